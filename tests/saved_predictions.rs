//! `claimbench bench --save-predictions` and `--predictions`: a live run's
//! answers saved to a file score to the live run's scorecard, and a
//! predictions file's absent articles and bad lines cost their articles only.

use std::path::Path;
use std::process::{Command, Output};

use claimbench::dataset;
use claimbench::extract::ReferenceExtractor;
use claimbench::saved::{Recorder, SavedPredictions};
use sha2::{Digest, Sha256};

fn bench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("bench")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("the report was written"))
        .expect("a JSON scorecard")
}

/// Saves the run of `extractor_args` to a predictions file, scores that file,
/// and checks that the two scorecards agree in everything but the extractor,
/// which names the file and its SHA-256. Returns the live scorecard.
fn check_round_trip(extractor_args: &[&str], expected_status: i32) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let predictions = dir.path().join("answers.jsonl");
    let live_report = dir.path().join("live.json");
    let saved_report = dir.path().join("saved.json");
    let path = |p: &Path| p.to_str().unwrap().to_owned();

    let mut args = vec!["--format".to_owned(), "json".to_owned()];
    args.extend(["--output".to_owned(), path(&live_report)]);
    args.extend(["--save-predictions".to_owned(), path(&predictions)]);
    args.extend(extractor_args.iter().map(|a| (*a).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let live = bench(&args);
    assert_eq!(
        live.status.code(),
        Some(expected_status),
        "{}",
        stderr(&live)
    );

    let rescored = bench(&[
        "--format",
        "json",
        "--output",
        &path(&saved_report),
        "--predictions",
        &path(&predictions),
    ]);
    assert_eq!(
        rescored.status.code(),
        Some(expected_status),
        "{}",
        stderr(&rescored)
    );
    let mut live = json(&live_report);
    let mut saved = json(&saved_report);
    let bytes = std::fs::read(&predictions).unwrap();
    assert_eq!(saved["extractor"]["name"], "answers.jsonl");
    assert_eq!(
        saved["extractor"]["version"],
        format!("sha256:{:x}", Sha256::digest(&bytes))
    );
    let live_extractor = live["extractor"].take();
    saved["extractor"] = serde_json::Value::Null;
    assert_eq!(saved, live);
    live["extractor"] = live_extractor;
    live
}

#[test]
fn a_saved_reference_run_scores_as_the_live_run() {
    let live = check_round_trip(&[], 0);
    assert_eq!(live["extractor"]["name"], "reference");
    assert!(live["counts"]["found"].as_u64().unwrap() > 0);
}

#[test]
fn a_saved_external_run_keeps_its_failures() {
    let target = &dataset().articles[2].id;
    let command = format!("python3 -B tests/extractors/error_response.py {target}");
    let live = check_round_trip(&["--extractor-cmd", &command], 1);
    let failures = live["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0]["article"], target.as_str());
}

#[test]
fn a_saved_run_keeps_the_claims_it_could_not_read() {
    let target = &dataset().articles[2].id;
    let command = format!("python3 -B tests/extractors/unknown_unit.py {target}");
    let live = check_round_trip(&["--extractor-cmd", &command], 0);
    let article = live["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|article| article["id"] == target.as_str())
        .unwrap();
    let rejected = article["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert!(
        rejected[0]["reason"]
            .as_str()
            .unwrap()
            .contains("`furlongs`")
    );
}

#[test]
fn the_library_round_trip_gives_the_same_scorecard() {
    let reference = ReferenceExtractor::new();
    let recorder = Recorder::new(&reference);
    let live = claimbench::bench(dataset(), &recorder);
    let file = recorder.to_file(dataset());
    assert_eq!(file.lines().count(), dataset().articles.len() + 1);
    let saved = SavedPredictions::parse("run.jsonl", file.as_bytes());
    assert_eq!(
        saved.made_by(),
        Some(("reference", live.extractor.version.as_str()))
    );
    let mut rescored = claimbench::bench(dataset(), &saved);
    assert_eq!(rescored.extractor.name, "run.jsonl");
    rescored.extractor = live.extractor.clone();
    assert_eq!(rescored, live);
}

#[test]
fn absent_articles_and_bad_lines_cost_their_articles_only() {
    let articles = &dataset().articles;
    let reference = ReferenceExtractor::new();
    let recorder = Recorder::new(&reference);
    let live = claimbench::bench(dataset(), &recorder);
    let file = recorder.to_file(dataset());
    let mut lines: Vec<String> = file.lines().map(str::to_owned).collect();
    // Line 1 is the handshake, line 2 the first article's answer.
    lines[2] = format!(r#"{{"id": "{}", "claims": "none"}}"#, articles[1].id);
    lines.remove(3);
    lines.push("this is not JSON".to_owned());
    lines.push(r#"{"id": "no-such-article", "claims": []}"#.to_owned());
    let dir = tempfile::tempdir().unwrap();
    let predictions = dir.path().join("edited.jsonl");
    std::fs::write(&predictions, lines.join("\n")).unwrap();

    let output = bench(&[
        "--format",
        "json",
        "--predictions",
        predictions.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let scorecard: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let failures = scorecard["failures"].as_array().unwrap();
    let failed: Vec<&str> = failures
        .iter()
        .map(|f| f["article"].as_str().unwrap())
        .collect();
    assert_eq!(failed, [articles[1].id.as_str(), articles[2].id.as_str()]);
    let bad_line = failures[0]["message"].as_str().unwrap();
    assert!(
        bad_line.starts_with("edited.jsonl line 3: invalid response"),
        "{bad_line}"
    );
    let absent = failures[1]["message"].as_str().unwrap();
    assert!(absent.starts_with("no answer"), "{absent}");
    // The other articles keep their live scores.
    for (i, article) in scorecard["articles"].as_array().unwrap().iter().enumerate() {
        if i != 1 && i != 2 {
            assert_eq!(
                article["counts"],
                serde_json::to_value(live.articles[i].counts).unwrap()
            );
        }
    }
    let warnings = stderr(&output);
    let file = predictions.display();
    assert!(
        warnings.contains(&format!("{file}:{}: invalid JSON", lines.len() - 1)),
        "{warnings}"
    );
    assert!(
        warnings.contains(&format!(
            "{file}:{}: the dataset has no article `no-such-article`",
            lines.len()
        )),
        "{warnings}"
    );
}

#[test]
fn predictions_and_an_extractor_command_exclude_each_other() {
    let output = bench(&["--predictions", "x.jsonl", "--extractor-cmd", "true"]);
    assert_eq!(output.status.code(), Some(2));
    let output = bench(&["--predictions", "/no/such/file.jsonl"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read /no/such/file.jsonl"));
}
