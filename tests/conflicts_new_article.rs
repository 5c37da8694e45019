//! Adding an article on an unrelated topic to the bundled dataset needs no
//! change to the conflict detector: the article below (a flood, with its
//! residents, soldiers and dead counted; written for this test) joins a copy
//! of the bundled dataset, which stays valid, and the detector flags no pair
//! that `conflicts.yaml` does not list, so not even a `distinct` entry is
//! needed. A second check shows that a `distinct` entry, when a reader does
//! record one, is honoured by the audit.

use std::path::Path;

use claimbench::conflict::{Statement, audit, detect, detect_at};
use claimbench::{ClaimRef, Dataset};
use sha2::{Digest, Sha256};

#[path = "support/dirs.rs"]
mod dirs;
use dirs::copy_dir;

const TEXT: &str = "Floodwaters force thousands from riverside towns

SYLHET, Bangladesh — Some 23,000 residents were evacuated on Friday after two days of monsoon rain pushed the river over its banks, district officials said.

About 600 soldiers were sent to help, the army said in a statement.

At least 14 people have died, most of them swept away by the current.
";

fn annotation(id: &str, sha: &str) -> String {
    format!(
        r#"id: {id}
text_file: {id}.txt
text_sha256: {sha}
source:
  outlet: null
  url: null
  published: null
  language: en
  note: Written for a test of the conflict detector; no outlet published it.
claims:
  - id: residents-evacuated
    quote: Some 23,000 residents
    figure: "23,000"
    value: 23000
    unit: people
    qualifier: about
    measure: residents evacuated from the flooded river towns
    attribution:
      kind: reported_speech
      source: district officials
      aliases: [district officials]
  - id: soldiers-sent
    quote: About 600 soldiers
    figure: "600"
    value: 600
    unit: people
    qualifier: about
    measure: soldiers sent to help with the flood
    attribution:
      kind: reported_speech
      source: the army
      aliases: [the army]
  - id: flood-deaths
    quote: At least 14 people
    figure: "14"
    value: 14
    unit: people
    qualifier: at_least
    measure: people who died in the flood
    attribution:
      kind: unattributed
  - id: headline-evacuated
    quote: force thousands
    figure: thousands
    value: {{low: 2000, high: 10000}}
    unit: people
    qualifier: vague
    measure: people forced from the riverside towns by the flood
    attribution:
      kind: unattributed
  - id: rain-before-the-flood
    quote: two days of monsoon rain
    figure: two
    value: 2
    unit: day
    qualifier: exact
    measure: length of the monsoon rain that pushed the river over its banks
    attribution:
      kind: reported_speech
      source: district officials
      aliases: [district officials]
distractors: []
"#
    )
}

/// A copy of the bundled dataset with the flood article added.
fn with_flood_article(dir: &Path) -> Dataset {
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"), dir);
    let sha = format!("{:x}", Sha256::digest(TEXT.as_bytes()));
    let id = format!("005_{}", &sha[..16]);
    let articles = dir.join("articles");
    std::fs::write(articles.join(format!("{id}.txt")), TEXT).unwrap();
    std::fs::write(articles.join(format!("{id}.yaml")), annotation(&id, &sha)).unwrap();
    Dataset::load(dir).unwrap_or_else(|error| panic!("{error}: {:#?}", error.diagnostics()))
}

fn gold(dataset: &Dataset) -> Vec<Statement> {
    dataset
        .articles
        .iter()
        .flat_map(Statement::from_article)
        .collect()
}

#[test]
fn an_unrelated_flood_article_needs_no_code_and_no_distinct_entry() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = with_flood_article(dir.path());
    assert_eq!(
        dataset.articles.len(),
        claimbench::dataset().articles.len() + 1
    );
    let found = detect(&gold(&dataset));
    let audit = audit(&dataset.conflicts, &dataset.distinct, &found);
    assert!(audit.passes(), "{audit:#?}");
    assert!(audit.unlisted.is_empty(), "{:#?}", audit.unlisted);
    // Its soldiers are not the US troops in Syria, nor its residents
    // Syria's population, even among the pairs below the default confidence.
    let everything = detect_at(&gold(&dataset), 0.0);
    let flood_id = &dataset
        .articles
        .iter()
        .find(|article| article.text == TEXT)
        .expect("the flood article is in the copy")
        .id;
    let paired_with_flood: Vec<String> = everything
        .iter()
        .flat_map(|g| &g.findings)
        .filter(|f| &f.a.article == flood_id || &f.b.article == flood_id)
        .map(|f| {
            format!(
                "{}#{} ~ {}#{}",
                f.a.article, f.a.claim, f.b.article, f.b.claim
            )
        })
        .collect();
    assert!(paired_with_flood.is_empty(), "{paired_with_flood:#?}");
}

#[test]
fn a_recorded_distinct_pair_that_the_detector_flags_fails_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = with_flood_article(dir.path());
    let found = detect(&gold(&dataset));
    let flagged = &found[0].findings[0];
    let side = |s: &Statement| ClaimRef {
        article: s.article.clone(),
        claim: s.claim.clone(),
    };
    let distinct = [claimbench::DistinctPair {
        a: side(&flagged.b),
        b: side(&flagged.a),
        reason: "recorded for the test".to_owned(),
    }];
    let audit = audit(&dataset.conflicts, &distinct, &found);
    assert!(!audit.passes());
    assert_eq!(audit.distinct_flagged.len(), 1, "{audit:#?}");
}
