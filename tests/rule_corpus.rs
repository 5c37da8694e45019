//! The rule corpus: every example of `tests/rules/*.yaml` run through the
//! reference extractor, one test per example, named `<file>::<example>` so
//! that a failure names the rule's file and the example.
//!
//! An example is a short text written for one rule, with every claim the
//! extractor must return (figure, attribution kind and source). Positive
//! examples show the rule deciding (it is the deciding rule of at least one
//! numeral, as `ReferenceExtractor::explain` reports); negative ones
//! (`negative: true`) show a text it must leave alone (it decides none).
//! Adding an example is adding a YAML entry.
//!
//! This binary runs on libtest-mimic (`harness = false`) because libtest
//! cannot make one test per entry found at run time.

use std::path::{Path, PathBuf};

use claimbench::AttributionKind;
use claimbench::extract::{ReferenceExtractor, rules};
use libtest_mimic::{Arguments, Failed, Trial};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    name: String,
    /// The rule the example exercises.
    rule: String,
    /// A text the rule must not change.
    #[serde(default)]
    negative: bool,
    text: String,
    claims: Vec<Expected>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    figure: String,
    kind: AttributionKind,
    #[serde(default)]
    source: Option<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

fn check(example: &Example) -> Result<(), Failed> {
    if !rules::STAGES
        .iter()
        .flat_map(|stage| stage.iter())
        .any(|rule| rule.name == example.rule)
    {
        return Err(format!(
            "`{}` is no rule of claimbench::extract::rules",
            example.rule
        )
        .into());
    }
    let explained = ReferenceExtractor::new().explain(&example.text);
    let decides = explained
        .iter()
        .any(|numeral| numeral.decided.name == example.rule);
    if decides == example.negative {
        let decided: Vec<String> = explained
            .iter()
            .map(|numeral| format!("{}: {}", numeral.numeral.text, numeral.decided.name))
            .collect();
        return Err(format!(
            "rule `{}` {} ({})",
            example.rule,
            if example.negative {
                "decided, but the example is negative"
            } else {
                "decided nothing"
            },
            decided.join(", ")
        )
        .into());
    }
    let found: Vec<Expected> = ReferenceExtractor::new()
        .extract_text(&example.text)
        .into_iter()
        .map(|claim| Expected {
            figure: claim.figure.text,
            kind: claim.attribution.kind,
            source: claim.attribution.text,
        })
        .collect();
    let explained_claims: Vec<Expected> = explained
        .into_iter()
        .filter_map(|numeral| numeral.claim)
        .map(|claim| Expected {
            figure: claim.figure.text,
            kind: claim.attribution.kind,
            source: claim.attribution.text,
        })
        .collect();
    if explained_claims != found {
        return Err("explain gives other claims than extract".into());
    }
    if found == example.claims {
        return Ok(());
    }
    let show = |claims: &[Expected]| {
        claims
            .iter()
            .map(|c| format!("  {} {:?} {:?}", c.figure, c.kind, c.source))
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "rule `{}`{}:\n{}\nexpected:\n{}\nfound:\n{}",
        example.rule,
        if example.negative { " (negative)" } else { "" },
        example.text.trim_end(),
        show(&example.claims),
        show(&found)
    )
    .into())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/rules is a readable directory")
        .map(|entry| entry.expect("tests/rules is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "tests/rules holds the corpus");
    for path in files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("a corpus file is readable");
        let examples: Vec<Example> =
            serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for example in examples {
            let name = format!("{stem}::{}", example.name);
            trials.push(Trial::test(name, move || check(&example)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
