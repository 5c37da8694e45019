//! `claimbench bench --extractor-cmd` from the command line: the report names
//! the program from its handshake, a failed article makes the exit status 1
//! and is listed in the report, a command that cannot start is status 2, and
//! no progress bar reaches a pipe.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use claimbench::dataset;

const EXAMPLE: &str = "python3 examples/regex_extractor.py";

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

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("a JSON scorecard")
}

#[test]
fn the_example_is_scored_and_named_by_its_handshake() {
    let output = bench(&["--extractor-cmd", EXAMPLE, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let scorecard = json(&output);
    assert_eq!(scorecard["extractor"]["name"], "regex-example");
    assert_eq!(scorecard["extractor"]["version"], "1.0");
    assert_eq!(scorecard["failures"], serde_json::json!([]));
    assert_eq!(
        scorecard["articles"].as_array().map(Vec::len),
        Some(dataset().articles.len())
    );
    // Nothing but the scorecard: no progress bar on a pipe.
    assert_eq!(stderr(&output), "");
}

#[test]
fn one_shot_scores_the_same_as_persistent() {
    let persistent = json(&bench(&["--extractor-cmd", EXAMPLE, "--format", "json"]));
    let output = bench(&["--extractor-cmd", EXAMPLE, "--one-shot", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let one_shot = json(&output);
    assert_eq!(one_shot["counts"], persistent["counts"]);
    assert_eq!(one_shot["articles"], persistent["articles"]);
}

#[test]
fn a_failed_article_is_reported_and_makes_the_status_1() {
    let target = &dataset().articles[1].id;
    let command = format!("python3 -B tests/extractors/hang.py {target}");
    let output = bench(&[
        "--extractor-cmd",
        &command,
        "--timeout",
        "0.5",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let scorecard = json(&output);
    let failures = scorecard["failures"].as_array().expect("a list");
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0]["article"], target.as_str());
    let message = failures[0]["message"].as_str().expect("a message");
    assert!(message.starts_with("no answer within 0.5 s"), "{message}");
    assert!(
        stderr(&output).contains("the extractor failed on 1 of"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_command_that_cannot_start_is_status_2() {
    let output = bench(&["--extractor-cmd", "no-such-extractor --flag"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("error: cannot start `no-such-extractor --flag`"),
        "{}",
        stderr(&output)
    );
    let unbalanced = bench(&["--extractor-cmd", "python3 'unclosed"]);
    assert_eq!(unbalanced.status.code(), Some(2));
    assert!(stderr(&unbalanced).contains("cannot split --extractor-cmd"));
}

#[test]
fn flags_are_checked() {
    let one_shot_alone = bench(&["--one-shot"]);
    assert_eq!(one_shot_alone.status.code(), Some(2));
    assert!(stderr(&one_shot_alone).contains("--extractor-cmd"));
    let zero = bench(&["--extractor-cmd", EXAMPLE, "--timeout", "0"]);
    assert_eq!(zero.status.code(), Some(2));
    assert!(stderr(&zero).contains("not a number of seconds above 0"));
}

/// The trap of a program that buffers its answers: it reads each request and
/// never answers. Three starts of 3 s each and it is given up on, where the
/// 60 s startup allowance used to be spent again after every restart (five
/// articles took over five minutes). Only Linux tells claimbench that the
/// program has read its request, ending the allowance early.
#[cfg(target_os = "linux")]
#[test]
fn a_silent_extractor_costs_three_short_starts_and_names_the_likely_cause() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let count = dir.path().join("starts");
    let command = format!(
        "python3 -B tests/extractors/unflushed.py {}",
        count.display()
    );
    let started = Instant::now();
    let output = bench(&[
        "--extractor-cmd",
        &command,
        "--timeout",
        "3",
        "--format",
        "json",
    ]);
    let took = started.elapsed();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let starts = std::fs::read_to_string(&count).expect("the fake counts its starts");
    assert_eq!(starts.lines().count(), 3, "{starts}");
    let scorecard = json(&output);
    let messages: Vec<&str> = scorecard["failures"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|failure| failure["message"].as_str().expect("a message"))
        .collect();
    assert_eq!(messages.len(), dataset().articles.len(), "{messages:#?}");
    for message in &messages[..3] {
        assert!(message.starts_with("no answer within 3 s;"), "{message}");
        assert!(message.contains("not flushed"), "{message}");
        assert!(message.contains("print(..., flush=True)"), "{message}");
    }
    assert!(messages[2].contains("not started again"), "{}", messages[2]);
    for message in &messages[3..] {
        assert!(message.starts_with("not run: "), "{message}");
    }
    // A generous bound on a loaded machine: the three starts take 9 s.
    assert!(took < Duration::from_secs(30), "{took:?}");
}
