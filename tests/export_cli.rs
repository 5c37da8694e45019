//! `claimbench export` as a user runs it: both formats hold as many rows as
//! `validate` counts, every offset slices the article text to its quote and
//! figure (in code points and in UTF-8 bytes), the CSV and JSON Lines tables
//! have the same columns, and a dataset that cannot be loaded writes nothing.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Map, Value as Json};

fn claimbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the claimbench binary runs")
}

fn export(format: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = claimbench(&["export", "--format", format, "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    dir
}

type Row = Map<String, Json>;

fn json_lines(path: &Path) -> Vec<Row> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// A CSV table read back with the `csv` crate; every cell is a string.
fn csv_rows(path: &Path) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            header
                .iter()
                .cloned()
                .zip(record.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

/// `validate --format json`'s summary of the bundled dataset.
fn summary() -> Json {
    let output = claimbench(&["validate", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    report["summary"].clone()
}

fn texts(dir: &Path) -> BTreeMap<String, String> {
    json_lines(&dir.join("articles.jsonl"))
        .into_iter()
        .map(|row| {
            (
                row["id"].as_str().unwrap().to_owned(),
                row["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Checks the eight offsets of one row against its article's text.
fn check_spans(text: &str, quote: &str, figure: &str, offset: impl Fn(&str) -> usize) {
    let chars: Vec<char> = text.chars().collect();
    let by_chars =
        |start: &str, end: &str| -> String { chars[offset(start)..offset(end)].iter().collect() };
    assert_eq!(by_chars("quote_start", "quote_end"), quote);
    assert_eq!(by_chars("figure_start", "figure_end"), figure);
    let by_bytes = |start: &str, end: &str| &text[offset(start)..offset(end)];
    assert_eq!(by_bytes("quote_start_byte", "quote_end_byte"), quote);
    assert_eq!(by_bytes("figure_start_byte", "figure_end_byte"), figure);
    assert!(offset("quote_start") <= offset("figure_start"));
    assert!(offset("figure_end") <= offset("quote_end"));
}

#[test]
fn json_lines_rows_match_validate_and_every_span_slices_to_its_quote() {
    let dir = export("jsonl");
    let out = dir.path().join("out");
    let summary = summary();
    let texts = texts(&out);
    assert_eq!(texts.len() as u64, summary["articles"].as_u64().unwrap());

    let claims = json_lines(&out.join("claims.jsonl"));
    assert_eq!(claims.len() as u64, summary["claims"].as_u64().unwrap());
    for claim in &claims {
        let text = &texts[claim["article"].as_str().unwrap()];
        let quote = claim["quote"].as_str().unwrap();
        let figure = claim["figure"].as_str().unwrap();
        check_spans(text, quote, figure, |key| {
            claim[key].as_u64().unwrap() as usize
        });
        // A number has `value`; a range has `low` and `high`; never both.
        assert_ne!(
            claim["value"].is_null(),
            claim["low"].is_null(),
            "{claim:?}"
        );
        assert_eq!(claim["low"].is_null(), claim["high"].is_null(), "{claim:?}");
        assert!(claim["attribution_aliases"].is_array(), "{claim:?}");
    }

    let distractors = json_lines(&out.join("distractors.jsonl"));
    assert_eq!(
        distractors.len() as u64,
        summary["distractors"].as_u64().unwrap()
    );
    for distractor in &distractors {
        let text = &texts[distractor["article"].as_str().unwrap()];
        check_spans(
            text,
            distractor["quote"].as_str().unwrap(),
            distractor["figure"].as_str().unwrap(),
            |key| distractor[key].as_u64().unwrap() as usize,
        );
    }

    let members = json_lines(&out.join("conflicts.jsonl"));
    let groups: std::collections::BTreeSet<&str> = members
        .iter()
        .map(|m| m["group"].as_str().unwrap())
        .collect();
    assert_eq!(
        groups.len() as u64,
        summary["conflict_groups"].as_u64().unwrap()
    );
    let dataset = claimbench::dataset();
    let expected: usize = dataset.conflicts.iter().map(|g| g.claims.len()).sum();
    assert_eq!(members.len(), expected);
    for member in &members {
        let claim = claims
            .iter()
            .find(|c| c["article"] == member["article"] && c["claim"] == member["claim"]);
        assert!(
            claim.is_some(),
            "a conflict member names no claim: {member:?}"
        );
    }

    let manifest: Json =
        serde_json::from_str(&std::fs::read_to_string(out.join("dataset.json")).unwrap()).unwrap();
    assert_eq!(manifest["content_hash"], summary["content_hash"]);
    assert_eq!(manifest["version"], summary["version"]);
    assert_eq!(manifest["claims"], summary["claims"]);
    assert_eq!(manifest["conflict_members"].as_u64(), Some(expected as u64));
}

#[test]
fn csv_tables_have_the_json_lines_columns_and_rows() {
    let csv_dir = export("csv");
    let jsonl_dir = export("jsonl");
    let (csv_out, jsonl_out) = (csv_dir.path().join("out"), jsonl_dir.path().join("out"));
    let texts = texts(&csv_out);
    for table in ["claims", "distractors", "conflicts"] {
        let (header, rows) = csv_rows(&csv_out.join(format!("{table}.csv")));
        let lines = json_lines(&jsonl_out.join(format!("{table}.jsonl")));
        assert_eq!(rows.len(), lines.len(), "{table}");
        let keys: Vec<String> = lines[0].keys().cloned().collect();
        let mut sorted_header = header.clone();
        sorted_header.sort();
        assert_eq!(sorted_header, keys, "{table}: the same columns");
        for (row, line) in rows.iter().zip(&lines) {
            for (key, cell) in row {
                let expected = match &line[key] {
                    Json::Null => String::new(),
                    Json::String(text) => text.clone(),
                    other => other.to_string(),
                };
                assert_eq!(cell, &expected, "{table}.{key}");
            }
            if table != "conflicts" {
                let text = &texts[&row["article"]];
                check_spans(text, &row["quote"], &row["figure"], |key| {
                    row[key].parse().unwrap()
                });
            }
        }
    }
    let (header, _) = csv_rows(&csv_out.join("claims.csv"));
    insta::assert_snapshot!("claims_csv_columns", header.join("\n"));
}

#[test]
fn an_invalid_dataset_is_an_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let broken = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken/cb301-quote-not-in-text");
    let output = claimbench(&[
        "export",
        "--dataset",
        broken.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("claimbench validate"), "{stderr}");
    assert!(!out.exists(), "nothing is written for an invalid dataset");
}
