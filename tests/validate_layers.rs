//! Datasets that annotate less: the manifest's `layers` decide what the
//! validator asks of each claim. Without `spans` a claim may be unlocated,
//! without `attribution` its attribution is not checked, and a field of a
//! layer the dataset has is still required, reported at the claim.

use std::path::Path;

use claimbench::{Code, Dataset, validate_dir};
use sha2::{Digest, Sha256};

const TEXT: &str = "The library lent 300 books in March, police said.";

/// Writes a one-article dataset with `layers` (a YAML list, or nothing for
/// every layer) and `claims` (the YAML of the claims list, indented).
fn dataset(dir: &Path, layers: Option<&str>, claims: &str) {
    let layers = layers.map_or_else(String::new, |list| format!("layers: {list}\n"));
    std::fs::write(
        dir.join("dataset.yaml"),
        format!("name: t\nversion: '1'\ndescription: a test\n{layers}"),
    )
    .unwrap();
    std::fs::write(dir.join("conflicts.yaml"), "groups: []\n").unwrap();
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(dir.join("articles/a.txt"), TEXT).unwrap();
    let sha = format!("{:x}", Sha256::digest(TEXT.as_bytes()));
    std::fs::write(
        dir.join("articles/a.yaml"),
        format!(
            "id: a\ntext_file: a.txt\ntext_sha256: {sha}\nsource:\n  language: en\nclaims:\n{claims}"
        ),
    )
    .unwrap();
}

const UNLOCATED: &str = "  - id: books\n    value: 300\n    unit: count\n    qualifier: exact\n";

#[test]
fn an_unlocated_claim_is_valid_without_the_spans_layer() {
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path(), Some("[qualifier]"), UNLOCATED);
    let validation = validate_dir(dir.path()).unwrap();
    assert!(
        validation.diagnostics.is_empty(),
        "{:?}",
        validation.diagnostics
    );
    let loaded = Dataset::load(dir.path()).unwrap();
    let claim = &loaded.articles[0].claims[0];
    assert_eq!(claim.quote, "");
    assert_eq!(claim.attribution, claimbench::Attribution::unattributed());
}

#[test]
fn a_field_of_an_annotated_layer_is_still_required() {
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path(), Some("[spans, qualifier]"), UNLOCATED);
    let validation = validate_dir(dir.path()).unwrap();
    // Diagnostics are sorted by place, then code and message.
    let found: Vec<(Code, usize, &str)> = validation
        .diagnostics
        .iter()
        .map(|d| (d.code, d.line, d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Code::MissingField,
                7,
                "`claims[0]` lacks the field `figure`, which the dataset's layers require"
            ),
            (
                Code::MissingField,
                7,
                "`claims[0]` lacks the field `quote`, which the dataset's layers require"
            ),
        ]
    );
}

#[test]
fn with_every_layer_an_unlocated_claim_is_refused_as_before() {
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path(), None, UNLOCATED);
    let validation = validate_dir(dir.path()).unwrap();
    assert!(
        validation
            .diagnostics
            .iter()
            .any(|d| d.code == Code::MissingField && d.message.contains("`quote`")),
        "{:?}",
        validation.diagnostics
    );
}

#[test]
fn a_located_claim_is_checked_against_the_text_even_without_spans() {
    let dir = tempfile::tempdir().unwrap();
    // The quote is not in the text: a located claim is checked as ever.
    let claims = "  - id: books\n    quote: 301 books\n    figure: '301'\n    value: 301\n    unit: count\n    qualifier: exact\n";
    dataset(dir.path(), Some("[qualifier]"), claims);
    let validation = validate_dir(dir.path()).unwrap();
    let codes: Vec<Code> = validation.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::QuoteNotFound]);
}

#[test]
fn without_the_attribution_layer_attributions_are_not_judged() {
    let dir = tempfile::tempdir().unwrap();
    // An alias that is not in the text would be CB311 with attribution.
    let claims = format!(
        "{UNLOCATED}    attribution:\n      kind: reported_speech\n      source: the police\n      aliases: [the constabulary]\n"
    );
    dataset(dir.path(), Some("[qualifier]"), &claims);
    assert!(validate_dir(dir.path()).unwrap().diagnostics.is_empty());
    dataset(dir.path(), Some("[qualifier, attribution]"), &claims);
    let codes: Vec<Code> = validate_dir(dir.path())
        .unwrap()
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(codes, [Code::AliasNotInText]);
}
