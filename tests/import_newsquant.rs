//! `claimbench import newsquant`: a NewsQuant-shaped gold file becomes a
//! valid dataset of unlocated claims, predictions in its shape become a
//! predictions file under the same ids, malformed files are refused with
//! every problem located and nothing written, and the reports of a dataset
//! without spans or attribution say so. The files in tests/newsquant/ are
//! small files of NewsQuant's shape, written for these tests.

use std::path::{Path, PathBuf};

use claimbench::import::newsquant::{article_id, import_dataset};
use claimbench::{Dataset, Qualifier, Unit, Value};

#[path = "support/cli.rs"]
mod cli;
use cli::{arg, assert_left_alone, assert_nothing_written, claimbench, stderr, taken_dir};

fn sample(name: &str) -> String {
    format!("tests/newsquant/{name}")
}

/// Imports the sample gold file into `dir/dataset`.
fn import_sample(dir: &Path) -> PathBuf {
    let out = dir.join("dataset");
    let output = claimbench(&[
        "import",
        "newsquant",
        &sample("gold.json"),
        "--out",
        arg(&out),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    out
}

/// Imports the sample predictions against the dataset in `dataset`.
fn import_predictions(dataset: &Path, extra: &[&str]) -> PathBuf {
    let out = dataset.with_file_name("predictions.jsonl");
    let mut args = vec!["import", "newsquant", "tests/newsquant/predictions.json"];
    args.extend([
        "--predictions",
        "--dataset",
        arg(dataset),
        "--out",
        arg(&out),
    ]);
    args.extend(extra);
    let output = claimbench(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let remarks = stderr(&output);
    assert!(
        remarks.contains("1 sentences are not in the dataset"),
        "{remarks}"
    );
    assert!(remarks.contains("1 sentences are given again"), "{remarks}");
    assert!(
        remarks.contains("1 sentences of the dataset have no prediction"),
        "{remarks}"
    );
    assert!(
        remarks.contains("1 predicted quantities were left out"),
        "{remarks}"
    );
    out
}

/// Hides what changes with claimbench's version.
fn stable(report: &str, dataset: &Dataset) -> String {
    report
        .replace(dataset.content_hash(), "[hash]")
        .replace(&dataset.content_hash()[..12], "[hash]")
        .replace(env!("CARGO_PKG_VERSION"), "[version]")
}

#[test]
fn the_gold_file_becomes_a_valid_dataset_of_unlocated_claims() {
    let dir = tempfile::tempdir().unwrap();
    let out = import_sample(dir.path());
    let validated = claimbench(&["validate", arg(&out)]);
    assert_eq!(validated.status.code(), Some(0), "{}", stderr(&validated));

    let dataset = Dataset::load(&out).expect("the import is valid");
    assert_eq!(dataset.layers(), [claimbench::model::Layer::Qualifier]);
    assert_eq!(dataset.articles.len(), 4);
    let text = "Nearly 40 volunteers walked about 12 km to raise $5,000 for the shelter.";
    let article = dataset
        .article(&article_id(text))
        .expect("ids come from the text");
    assert_eq!(article.text, text);
    let claims: Vec<(Value, Unit, Qualifier)> = article
        .claims
        .iter()
        .map(|c| (c.value, c.unit, c.qualifier))
        .collect();
    assert_eq!(
        claims,
        [
            (Value::Number(40.0), Unit::PEOPLE, Qualifier::About),
            (Value::Number(12.0), Unit::KM, Qualifier::About),
            (Value::Number(5000.0), Unit::USD, Qualifier::Exact),
        ]
    );
    assert!(article.claims.iter().all(|c| c.quote.is_empty()));

    let bakery = std::fs::read_to_string(out.join("articles").join(format!(
        "{}.yaml",
        article_id(&dataset_text(&dataset, "bakery"))
    )))
    .unwrap();
    insta::assert_snapshot!(bakery);
}

fn dataset_text(dataset: &Dataset, word: &str) -> String {
    dataset
        .articles
        .iter()
        .find(|a| a.text.contains(word))
        .map(|a| a.text.clone())
        .expect("the sample has the sentence")
}

#[test]
fn ids_do_not_depend_on_the_order_of_the_file() {
    let bytes = std::fs::read(sample("gold.json")).unwrap();
    let mut entries: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap();
    entries.reverse();
    let reversed = serde_json::to_vec_pretty(&entries).unwrap();
    let ids = |bytes: &[u8]| -> Vec<String> {
        import_dataset(bytes, "x")
            .unwrap()
            .files
            .into_keys()
            .collect()
    };
    assert_eq!(ids(&bytes), ids(&reversed));
}

#[test]
fn predictions_line_up_with_the_dataset_and_score_without_running_anything() {
    let dir = tempfile::tempdir().unwrap();
    let dataset_dir = import_sample(dir.path());
    let dataset = Dataset::load(&dataset_dir).unwrap();
    let predictions = import_predictions(&dataset_dir, &[]);
    let lines = std::fs::read_to_string(&predictions).unwrap();
    // The handshake, then the three sentences of the dataset the file answers.
    assert_eq!(lines.lines().count(), 4, "{lines}");

    let output = claimbench(&[
        "bench",
        "--dataset",
        arg(&dataset_dir),
        "--predictions",
        arg(&predictions),
        "--format",
        "json",
    ]);
    // The turnout sentence has no prediction: it fails, alone.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let scorecard: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let turnout = article_id(&dataset_text(&dataset, "Turnout"));
    assert_eq!(scorecard["failures"][0]["article"], turnout.as_str());
    assert_eq!(scorecard["failures"].as_array().unwrap().len(), 1);
    // 120 loaves, 40 volunteers and 12 km are found; 7 weeks is not in the
    // gold, and "5", "000" is read as 5, as the file writes it.
    assert_eq!(scorecard["counts"]["extracted"], 5);
    assert_eq!(scorecard["counts"]["found"], 3);
    assert_eq!(scorecard["counts"]["value_found"], 3);
    assert_eq!(scorecard["micro"]["value"]["precision"], 0.6);
    assert_eq!(
        scorecard["micro"]["attribution_exact"],
        serde_json::Value::Null
    );
    assert_eq!(scorecard["micro"]["located"]["f1"], serde_json::Value::Null);

    let joined = import_predictions(&dataset_dir, &["--join-split-values"]);
    let output = claimbench(&[
        "bench",
        "--dataset",
        arg(&dataset_dir),
        "--predictions",
        arg(&joined),
        "--format",
        "json",
    ]);
    let scorecard: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        scorecard["counts"]["found"], 4,
        "$5,000 is found once joined"
    );
}

#[test]
fn reports_on_a_dataset_without_attribution_say_not_annotated() {
    let dir = tempfile::tempdir().unwrap();
    let dataset_dir = import_sample(dir.path());
    let dataset = Dataset::load(&dataset_dir).unwrap();
    let predictions = import_predictions(&dataset_dir, &[]);
    let report = |format: &str| {
        let output = claimbench(&[
            "bench",
            "--dataset",
            arg(&dataset_dir),
            "--predictions",
            arg(&predictions),
            "--format",
            format,
        ]);
        stable(&String::from_utf8(output.stdout).unwrap(), &dataset)
    };
    let table = report("table");
    assert!(
        table.contains(
            "not annotated in this dataset: spans, measure, attribution, distractors, conflicts"
        ),
        "{table}"
    );
    assert!(table.contains("conflicts: not annotated"), "{table}");
    let markdown = report("markdown");
    assert!(markdown.contains("| n/a |"), "{markdown}");
    let junit = report("junit");
    assert!(
        junit.contains(r#"<property name="layers" value="qualifier"/>"#),
        "{junit}"
    );
    let jsonl = report("jsonl");
    for line in jsonl.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        if record["found"] == true {
            assert_eq!(record["right"]["attribution"], serde_json::Value::Null);
            assert_eq!(record["right"]["span"], serde_json::Value::Null);
            assert!(record["right"]["qualifier"].is_boolean());
        }
    }
    insta::assert_snapshot!("table_not_annotated", table);
    insta::assert_snapshot!("jsonl_not_annotated", jsonl);
}

#[test]
fn a_malformed_file_is_refused_with_every_problem_located_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"[
  {"text": "It cost 12 dollars.", "quantities": [
    {"change": "=", "value": "twelve", "unit": "dollars", "normalized_unit": "dollar", "referred_concepts": "-"},
    {"change": "?", "value": "12", "unit": "dollars", "normalized_unit": "dollar", "referred_concepts": "-"}
  ]},
  {"text": "It cost 12 dollars.", "quantities": []}
]"#,
    )
    .unwrap();
    let out = dir.path().join("out");
    let output = claimbench(&["import", "newsquant", arg(&bad), "--out", arg(&out)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let problems = stderr(&output);
    let file = bad.display();
    assert!(
        problems.contains(&format!(
            "{file}:3:5: [0].quantities[0].value: `twelve` is not a number"
        )),
        "{problems}"
    );
    assert!(
        problems.contains(&format!("{file}:4:5: [0].quantities[1].change: `?`")),
        "{problems}"
    );
    assert!(
        problems.contains(&format!("{file}:6:3: [1] repeats the sentence of [0]")),
        "{problems}"
    );
    assert!(problems.contains("nothing was written"), "{problems}");
    assert_nothing_written(dir.path(), &out);

    std::fs::write(&bad, "[\n  {\"text\": \"x\", \"quantities\": [}\n]").unwrap();
    let output = claimbench(&["import", "newsquant", arg(&bad), "--out", arg(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(&format!("{file}:2:")),
        "{}",
        stderr(&output)
    );

    std::fs::write(&bad, r#"[{"text": "x", "quantities": [], "extra": 1}]"#).unwrap();
    let output = claimbench(&["import", "newsquant", arg(&bad), "--out", arg(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("unknown field `extra`"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn an_existing_directory_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let out = taken_dir(dir.path());
    let output = claimbench(&[
        "import",
        "newsquant",
        &sample("gold.json"),
        "--out",
        arg(&out),
    ]);
    assert_left_alone(&output, &out);
    let missing = claimbench(&["import", "newsquant", "no/such.json", "--out", arg(&out)]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn the_export_of_unlocated_claims_has_no_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = import_sample(dir.path());
    let out = dir.path().join("tables");
    let export = claimbench(&["export", "--dataset", arg(&dataset), "--out", arg(&out)]);
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
    let claims = std::fs::read_to_string(out.join("claims.jsonl")).unwrap();
    let rows: Vec<serde_json::Value> = claims
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(!rows.is_empty());
    for row in &rows {
        for field in [
            "quote_start",
            "quote_end",
            "figure_start_byte",
            "figure_end_byte",
        ] {
            assert!(row[field].is_null(), "{field} in {row}");
        }
        assert!(row["value"].is_number() || row["low"].is_number(), "{row}");
    }
}
