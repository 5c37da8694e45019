//! `claimbench agree` as a reviewer runs it: two copies of the bundled
//! dataset agree fully; a second annotation that changes a qualifier and a
//! distractor's reason and lacks an article gets each difference listed at its
//! place in the text, with both readings, in text and JSON; an invalid
//! directory is reported with its diagnostics.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value as Json;

#[path = "support/dirs.rs"]
mod dirs;
use dirs::copy_dir;

fn claimbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the claimbench binary runs")
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
const EDITED: &str = "001_998be1bf658dc753";
const DROPPED: &str = "004_3a6e2a65b1b008f0";

/// A copy of the bundled dataset, and a second annotation of it that reads
/// one qualifier and one distractor's reason differently, and lacks one
/// article.
fn two_annotations() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    copy_dir(Path::new(FIXTURES), &a);
    copy_dir(Path::new(FIXTURES), &b);
    let yaml = b.join("articles").join(format!("{EDITED}.yaml"));
    let text = std::fs::read_to_string(&yaml).unwrap();
    let edited = text
        .replacen("    qualifier: about\n", "    qualifier: exact\n", 1)
        .replace(
            "  - quote: Resolution 2254\n    figure: \"2254\"\n    reason: identifier\n",
            "  - quote: Resolution 2254\n    figure: \"2254\"\n    reason: ordinal\n",
        );
    assert_ne!(edited, text);
    assert!(edited.contains("reason: ordinal"), "the reason is changed");
    std::fs::write(&yaml, edited).unwrap();
    for extension in ["yaml", "txt"] {
        std::fs::remove_file(b.join("articles").join(format!("{DROPPED}.{extension}"))).unwrap();
    }
    let path = |p: &Path| p.to_str().unwrap().to_owned();
    (dir, path(&a), path(&b))
}

#[test]
fn an_annotation_agrees_with_itself() {
    let output = claimbench(&["agree", FIXTURES, FIXTURES]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("(value+unit F1 1.000)"), "{stdout}");
    assert!(stdout.contains("\n0 disagreements\n"), "{stdout}");
}

#[test]
fn every_difference_is_listed_with_both_readings_at_its_place() {
    let (_dir, a, b) = two_annotations();
    let output = claimbench(&["agree", &a, &b]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains(&format!("{DROPPED}: not compared: only in A")),
        "{stdout}"
    );
    // The changed distractor appears twice in the text: each occurrence
    // is a disagreement.
    assert!(stdout.contains("\n3 disagreements\n"), "{stdout}");
    let text = std::fs::read_to_string(Path::new(FIXTURES).join(format!("articles/{EDITED}.txt")))
        .unwrap();
    // Where the changed distractor's numeral is first in the text.
    let at = text.find("2254").unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    assert!(
        stdout.contains(&format!(
            "{EDITED}:{line}:{column}: reasons differ \"2254\"\n  A: distractor (identifier) \"Resolution 2254\"\n  B: distractor (ordinal) \"Resolution 2254\"\n"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("claims differ"), "{stdout}");
    assert!(stdout.contains("qualifier: about"), "{stdout}");
    assert!(stdout.contains("qualifier: exact"), "{stdout}");
}

#[test]
fn the_json_report_has_the_same_figures() {
    let (_dir, a, b) = two_annotations();
    let output = claimbench(&["agree", &a, &b, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report: Json = serde_json::from_slice(&output.stdout).unwrap();
    let overall = &report["overall"];
    let claims_a = overall["claims_a"].as_u64().unwrap();
    let claims_b = overall["claims_b"].as_u64().unwrap();
    // The dropped article is not compared, so both count the same claims;
    // every one matches on value and unit, and one qualifier differs.
    assert_eq!(claims_a, claims_b);
    assert_eq!(overall["matched"].as_u64(), Some(claims_a));
    assert_eq!(
        overall["qualifier_agreed"].as_u64(),
        Some(claims_a - 1),
        "{overall}"
    );
    assert_eq!(overall["distractors_b"], overall["distractors_a"]);
    assert_eq!(
        overall["reason_agreed"].as_u64().unwrap() + 2,
        overall["distractors_matched"].as_u64().unwrap()
    );
    assert_eq!(report["unpaired"][0]["article"], DROPPED);
    let kinds: Vec<&str> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|article| article["disagreements"].as_array().unwrap())
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    assert!(kinds.contains(&"claims_differ") && kinds.contains(&"reasons_differ"));
}

#[test]
fn an_invalid_annotation_is_reported_not_compared() {
    let (_dir, a, b) = two_annotations();
    let yaml = Path::new(&b)
        .join("articles")
        .join(format!("{EDITED}.yaml"));
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        text.replacen("qualifier: exact", "qualifier: roughly", 1),
    )
    .unwrap();
    let output = claimbench(&["agree", &a, &b]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains(&format!("{EDITED}.yaml")), "{stderr}");
    assert!(output.stdout.is_empty());
}
