//! The counts of the dataset card (`docs/dataset.md`) are rendered from the
//! annotations themselves (`fixtures/` and `collections/wikinews/`), so the
//! card can never disagree with the data it describes. Only the YAML is
//! read, so the test needs no article text and runs on any clone.
//!
//! The tables sit between two marker comments. When the card disagrees with
//! the annotations the test fails and prints what it expected; with
//! `CLAIMBENCH_UPDATE_CARD=1` it rewrites the card (atomically) and passes.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The environment variable that makes the test rewrite the card.
const UPDATE: &str = "CLAIMBENCH_UPDATE_CARD";

/// The collections the card describes: a title and the directory, relative
/// to the repository, that holds `articles/*.yaml`.
const COLLECTIONS: &[(&str, &str)] = &[
    ("bundled (`fixtures/`)", "fixtures"),
    ("Wikinews (`collections/wikinews/`)", "collections/wikinews"),
];

/// What the card counts of one annotated article; other fields are ignored.
#[derive(Deserialize)]
struct Annotation {
    #[serde(default)]
    claims: Vec<ClaimFields>,
    #[serde(default)]
    distractors: Vec<DistractorFields>,
}

#[derive(Deserialize)]
struct ClaimFields {
    unit: String,
    qualifier: String,
    attribution: AttributionFields,
}

#[derive(Deserialize)]
struct AttributionFields {
    kind: String,
}

#[derive(Deserialize)]
struct DistractorFields {
    reason: String,
}

#[derive(Default)]
struct Counts {
    articles: usize,
    claims: usize,
    distractors: usize,
    units: BTreeMap<String, usize>,
    qualifiers: BTreeMap<String, usize>,
    attributions: BTreeMap<String, usize>,
    reasons: BTreeMap<String, usize>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn count(dir: &Path) -> Counts {
    let mut counts = Counts::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let annotation: Annotation = serde_norway::from_str(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        counts.articles += 1;
        counts.claims += annotation.claims.len();
        counts.distractors += annotation.distractors.len();
        for claim in &annotation.claims {
            *counts.units.entry(claim.unit.clone()).or_default() += 1;
            *counts
                .qualifiers
                .entry(claim.qualifier.clone())
                .or_default() += 1;
            *counts
                .attributions
                .entry(claim.attribution.kind.clone())
                .or_default() += 1;
        }
        for distractor in &annotation.distractors {
            *counts.reasons.entry(distractor.reason.clone()).or_default() += 1;
        }
    }
    counts
}

/// One table: a row per key of any collection, a column per collection,
/// rows in descending order of their total.
fn table(
    out: &mut String,
    title: &str,
    all: &[Counts],
    field: fn(&Counts) -> &BTreeMap<String, usize>,
) {
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for counts in all {
        for (key, n) in field(counts) {
            *totals.entry(key).or_default() += n;
        }
    }
    let mut keys: Vec<(&str, usize)> = totals.into_iter().collect();
    keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let _ = write!(out, "| {title} |");
    for (name, _) in COLLECTIONS {
        let _ = write!(out, " {name} |");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "| --- |{}", " ---: |".repeat(COLLECTIONS.len()));
    for (key, _) in keys {
        let _ = write!(out, "| `{key}` |");
        for counts in all {
            let _ = write!(out, " {} |", field(counts).get(key).copied().unwrap_or(0));
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out);
}

fn render() -> String {
    let all: Vec<Counts> = COLLECTIONS
        .iter()
        .map(|(_, dir)| count(&root().join(dir)))
        .collect();
    let mut out = String::new();
    let _ = write!(out, "| | ");
    let _ = writeln!(
        out,
        "{} |",
        COLLECTIONS
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = writeln!(out, "| --- |{}", " ---: |".repeat(COLLECTIONS.len()));
    for (label, field) in [
        (
            "articles",
            (|c: &Counts| c.articles) as fn(&Counts) -> usize,
        ),
        ("claims", |c: &Counts| c.claims),
        ("distractors", |c: &Counts| c.distractors),
    ] {
        let _ = write!(out, "| {label} |");
        for counts in &all {
            let _ = write!(out, " {} |", field(counts));
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out);
    table(&mut out, "claims by unit", &all, |c| &c.units);
    table(&mut out, "claims by qualifier", &all, |c| &c.qualifiers);
    table(&mut out, "claims by attribution", &all, |c| &c.attributions);
    table(&mut out, "distractors by reason", &all, |c| &c.reasons);
    out
}

const BEGIN: &str = "<!-- counts: rendered from the annotations by tests/dataset_card.rs; \
run `CLAIMBENCH_UPDATE_CARD=1 cargo test --test dataset_card` after changing them -->";
const END: &str = "<!-- end of counts -->";

#[test]
fn the_cards_counts_are_those_of_the_annotations() {
    let path = root().join("docs/dataset.md");
    let card = std::fs::read_to_string(&path).unwrap();
    let (Some(begin), Some(end)) = (card.find(BEGIN), card.find(END)) else {
        panic!("docs/dataset.md lacks the marker comments:\n{BEGIN}\n...\n{END}");
    };
    let current = &card[begin + BEGIN.len()..end];
    let expected = format!("\n\n{}", render());
    if current == expected {
        return;
    }
    if std::env::var_os(UPDATE).is_some() {
        let updated = format!("{}{BEGIN}{expected}{}", &card[..begin], &card[end..]);
        let temporary = path.with_extension("md.tmp");
        std::fs::write(&temporary, updated).unwrap();
        std::fs::rename(&temporary, &path).unwrap();
        return;
    }
    panic!(
        "docs/dataset.md's counts are out of date; run `{UPDATE}=1 cargo test --test dataset_card`. Expected:\n{expected}"
    );
}
