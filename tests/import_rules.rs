//! `claimbench import rules`: the rule corpus of `tests/rules/` becomes a
//! valid dataset, one article per example, that `bench --dataset` scores;
//! a malformed corpus file is refused with its problems located, and
//! nothing is written.

use std::path::{Path, PathBuf};

use claimbench::Dataset;
use claimbench::model::Layer;

#[path = "support/cli.rs"]
mod cli;
use cli::{arg, assert_left_alone, assert_nothing_written, claimbench, stderr, taken_dir};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// The corpus as plain YAML, read without claimbench: each example's text
/// and its number of expected claims, file by file in name order.
fn corpus() -> Vec<(String, usize)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    let mut examples = Vec::new();
    for path in files {
        let yaml: serde_norway::Value =
            serde_norway::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        for example in yaml.as_sequence().expect("a list of examples") {
            let text = example["text"].as_str().expect("a text").to_owned();
            let claims = example["claims"].as_sequence().expect("claims").len();
            examples.push((text, claims));
        }
    }
    examples
}

#[test]
fn the_corpus_becomes_a_dataset_that_bench_scores() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rules");
    let output = claimbench(&["import", "rules", "tests/rules", "--out", arg(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let examples = corpus();
    let claims: usize = examples.iter().map(|(_, n)| n).sum();
    assert!(
        stderr(&output).contains(&format!(
            "imported {} examples, {claims} claims",
            examples.len()
        )),
        "{}",
        stderr(&output)
    );

    let validation = claimbench::validate_dir(&out).unwrap();
    assert!(validation.is_ok(), "{:?}", validation.diagnostics);
    let validate = claimbench(&["validate", arg(&out)]);
    assert_eq!(validate.status.code(), Some(0), "{}", stderr(&validate));

    let dataset = Dataset::load(&out).unwrap();
    assert_eq!(
        dataset.layers(),
        [Layer::Spans, Layer::Qualifier, Layer::Attribution]
    );
    // One article per example, in corpus order, its text byte for byte.
    assert_eq!(dataset.articles.len(), examples.len());
    for (article, (text, n)) in dataset.articles.iter().zip(&examples) {
        assert_eq!(&article.text, text, "{}", article.id);
        assert_eq!(article.claims.len(), *n, "{}", article.id);
        let bytes = std::fs::read(out.join("articles").join(&article.text_file)).unwrap();
        assert_eq!(bytes, text.as_bytes(), "{}", article.id);
    }

    let bench = claimbench(&["bench", "--dataset", arg(&out), "--format", "json"]);
    assert_eq!(bench.status.code(), Some(0), "{}", stderr(&bench));
    let scorecard: serde_json::Value = serde_json::from_slice(&bench.stdout).unwrap();
    assert_eq!(scorecard["dataset"]["name"], "rule-corpus");
    assert_eq!(scorecard["dataset"]["articles"], examples.len());
    assert_eq!(
        scorecard["articles"].as_array().unwrap().len(),
        examples.len()
    );
    assert_eq!(scorecard["counts"]["gold"], claims);
    // The corpus holds what the reference extractor must return, so every
    // claim is found, located, and the extractor reports no other.
    assert_eq!(scorecard["counts"]["found"], claims);
    assert_eq!(scorecard["counts"]["located_found"], claims);
    assert_eq!(scorecard["counts"]["extracted"], claims);
    assert_eq!(scorecard["micro"]["measure"], serde_json::Value::Null);
}

/// Imports the corpus folder `rules` to `out`, which must be refused: exit
/// status 1, nothing written beside it in `dir`. Returns the problems.
fn refused(dir: &Path, rules: &Path, out: &Path) -> String {
    let output = claimbench(&["import", "rules", arg(rules), "--out", arg(out)]);
    let problems = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{problems}");
    assert!(problems.contains("nothing was written"), "{problems}");
    assert_nothing_written(dir, out);
    problems
}

#[test]
fn a_malformed_corpus_file_is_refused_located_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::copy(
        corpus_dir().join("measure.yaml"),
        rules.join("measure.yaml"),
    )
    .unwrap();
    let figure = rules.join("figure.yaml");
    let out = dir.path().join("out");
    let example = |claims: &str| {
        format!(
            "- name: a-count\n  rule: cardinal\n  text: |\n    Rescuers pulled 41 people from the rubble.\n  claims:\n{claims}"
        )
    };
    let file = figure.display();

    // An unknown unit.
    std::fs::write(
        &figure,
        example("    - {figure: \"41\", unit: persons, kind: unattributed}\n"),
    )
    .unwrap();
    let problems = refused(dir.path(), &rules, &out);
    assert!(
        problems.contains(&format!("{file}:6:28: `persons` is not an allowed value")),
        "{problems}"
    );
    assert!(problems.contains("help: write `people`"), "{problems}");

    // Claims that read, but whose figure the text lacks.
    std::fs::write(
        &figure,
        example("    - {figure: \"14\", unit: people, kind: unattributed}\n"),
    )
    .unwrap();
    let problems = refused(dir.path(), &rules, &out);
    assert!(
        problems.contains(&format!(
            "{file}:6:16: `[0].claims[0].figure`: the figure `14` does not occur in the text"
        )),
        "{problems}"
    );

    // Not YAML at all.
    std::fs::write(&figure, "- name: [a\n").unwrap();
    let problems = refused(dir.path(), &rules, &out);
    assert!(
        problems.contains(&format!("{file}:2:1: this is not valid YAML")),
        "{problems}"
    );
}

#[test]
fn an_existing_directory_or_a_missing_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let taken = taken_dir(dir.path());
    let output = claimbench(&["import", "rules", "tests/rules", "--out", arg(&taken)]);
    assert_left_alone(&output, &taken);

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let fresh = dir.path().join("fresh");
    let problems = refused(dir.path(), &empty, &fresh);
    assert!(problems.contains("holds no corpus file"), "{problems}");

    let missing = claimbench(&["import", "rules", "no/such/dir", "--out", arg(&fresh)]);
    assert_eq!(missing.status.code(), Some(2));
}
