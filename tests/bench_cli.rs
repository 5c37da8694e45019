//! `claimbench bench` from the command line: formats, the CI gate, writing
//! to a file, and clear failures for a bad dataset or output path.

use std::process::{Command, Output};

fn bench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .arg("bench")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

#[test]
fn with_no_arguments_it_scores_the_reference_extractor_on_the_bundled_dataset() {
    let output = bench(&[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let table = stdout(&output);
    assert!(table.contains("extractor reference"), "{table}");
    assert!(table.contains("dataset claimbench"), "{table}");
    assert!(table.lines().any(|l| l.starts_with("micro")), "{table}");
}

#[test]
fn every_format_is_well_formed() {
    let json = stdout(&bench(&["--format", "json"]));
    let document: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(document["schema"], 1);
    assert_eq!(document["extractor"]["name"], "reference");
    assert_eq!(
        document["dataset"]["content_hash"].as_str().map(str::len),
        Some(64)
    );

    let markdown = stdout(&bench(&["--format", "markdown"]));
    assert!(markdown.starts_with("### claimbench"), "{markdown}");
    assert!(markdown.contains("| **micro** |"), "{markdown}");

    let junit = stdout(&bench(&["--format", "junit"]));
    assert!(junit.starts_with("<?xml"), "{junit}");
    assert!(junit.contains("<testsuites"), "{junit}");
}

#[test]
fn thresholds_gate_the_exit_status() {
    assert_eq!(
        bench(&["--min-f1", "0.9", "--min-attribution", "0.9"])
            .status
            .code(),
        Some(0)
    );
    let bad = bench(&["--min-f1", "1.5"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("not a ratio between 0 and 1"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn output_goes_to_the_file_and_nothing_to_stdout() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("scorecard.json");
    let output = bench(&[
        "--format",
        "json",
        "--output",
        path.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&path).expect("the report was written");
    assert!(serde_json::from_str::<serde_json::Value>(&written).is_ok());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("readable")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file is left behind: {leftovers:?}"
    );
}

#[test]
fn an_unwritable_output_or_a_missing_dataset_cannot_run() {
    let output = bench(&["--output", "/nonexistent-directory/scorecard.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/nonexistent-directory/scorecard.txt"),
        "{}",
        stderr(&output)
    );

    let output = bench(&["--dataset", "/nonexistent-dataset"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/nonexistent-dataset"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_invalid_dataset_points_to_validate() {
    let output = bench(&["--dataset", "tests/broken/cb301-quote-not-in-text"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("claimbench validate"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_failed_write_leaves_the_target_untouched_and_no_temporary_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    // A directory where the report should go: renaming onto it fails.
    let target = dir.path().join("report.json");
    std::fs::create_dir(&target).expect("created");
    std::fs::write(target.join("keep.txt"), "untouched").expect("written");
    let output = bench(&["--output", target.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(target.join("keep.txt")).expect("still there"),
        "untouched"
    );
    let entries: Vec<_> = std::fs::read_dir(dir.path())
        .expect("readable")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(entries, vec![std::ffi::OsString::from("report.json")]);
}

/// `claimbench bench --output FILE` under `umask`, through a shell.
#[cfg(unix)]
fn bench_under_umask(umask: &str, file: &std::path::Path) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask {umask} && exec \"$0\" bench --format json --output \"$1\""
        ))
        .arg(env!("CARGO_BIN_EXE_claimbench"))
        .arg(file)
        .output()
        .expect("sh runs")
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("written")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn a_new_output_file_gets_the_mode_the_umask_gives_a_plain_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("002", 0o664)] {
        let file = dir.path().join(format!("scorecard-{umask}.json"));
        let output = bench_under_umask(umask, &file);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(mode(&file), expected, "umask {umask}");
    }
}

#[cfg(unix)]
#[test]
fn a_replaced_output_file_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("scorecard.json");
    std::fs::write(&file, "old").expect("written");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("set");
    let output = bench_under_umask("022", &file);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(mode(&file), 0o600);
    assert_ne!(std::fs::read_to_string(&file).expect("readable"), "old");
}

#[test]
fn a_write_error_names_the_output_and_not_the_temporary_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    // A file where the output's directory should be.
    let not_a_dir = dir.path().join("plain-file");
    std::fs::write(&not_a_dir, "").expect("written");
    let target = not_a_dir.join("scorecard.txt");
    let output = bench(&["--output", target.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    let named = format!("error: cannot write {}: ", target.display());
    assert!(message.starts_with(&named), "{message}");
    // What follows is the system's reason, with no path of its own.
    let reason = &message[named.len()..];
    assert!(!reason.contains('/'), "{message}");
    assert!(!reason.contains(".claimbench-"), "{message}");
}
