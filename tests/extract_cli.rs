//! `claimbench extract` as a user runs it: a file or standard input, the
//! three formats, and exit status 2 with the file named when it cannot be
//! read or is not UTF-8.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use claimbench::extract::ExtractedClaim;

const TEXT: &str = "At least 12 people were killed, police said.\n";

fn claimbench(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claimbench binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin takes the text");
    child.wait_with_output().expect("claimbench exits")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

#[test]
fn yaml_from_a_file_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, TEXT).unwrap();
    let output = claimbench(&["extract", path.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let claims: Vec<ExtractedClaim> = serde_norway::from_str(stdout(&output)).unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].figure.text, "12");
}

#[test]
fn standard_input_with_a_dash_or_nothing() {
    for args in [&["extract", "-"][..], &["extract"][..]] {
        let output = claimbench(args, TEXT.as_bytes());
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        assert!(
            stdout(&output).contains("text: '12'"),
            "{}",
            stdout(&output)
        );
    }
}

#[test]
fn json_and_json_lines() {
    let output = claimbench(&["extract", "--format", "json"], TEXT.as_bytes());
    let claims: Vec<ExtractedClaim> = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(claims.len(), 1);
    let text = TEXT.repeat(2);
    let output = claimbench(&["extract", "--format", "jsonl"], text.as_bytes());
    let lines: Vec<ExtractedClaim> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
}

#[test]
fn a_text_without_claims_prints_an_empty_list() {
    let output = claimbench(&["extract"], b"Nothing to see here.");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "[]\n");
}

#[test]
fn invalid_utf8_exits_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"caf\xe9 12 people").unwrap();
    let output = claimbench(&["extract", path.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("latin1.txt") && stderr.contains("UTF-8"),
        "{stderr}"
    );
    let output = claimbench(&["extract"], b"\xff\xfe");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("standard input"));
}

#[test]
fn a_missing_file_exits_2_naming_it() {
    let output = claimbench(&["extract", "no/such/article.txt"], b"");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no/such/article.txt"), "{stderr}");
}

/// `--explain` lists every numeral: a year and a date skipped by their
/// rules, a claim with the rule that attributed it, and a claim that took
/// the report of the sentence before.
#[test]
fn explain_names_the_deciding_rule_of_every_numeral() {
    let text = "In 2024 the port authority said 212 ships docked on May 3. \
                Tankers made up 38 of the arrivals.\n";
    let output = claimbench(&["extract", "--explain"], text.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    insta::assert_snapshot!(stdout(&output));
}
