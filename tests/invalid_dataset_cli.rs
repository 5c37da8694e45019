//! Every command that reads a dataset reports an invalid one as
//! `claimbench validate` does, every problem with its file, line and code,
//! and exits with status 2 instead of panicking. The dataset is a copy of
//! the bundled fixtures with two problems a contributor makes while
//! annotating: the state `fixtures/` is in between edits.

use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

#[path = "support/dirs.rs"]
mod dirs;
use dirs::copy_dir;

fn claimbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The bundled fixtures with an unknown field in the first article and a
/// quote that is not in the text of the second.
fn half_annotated() -> TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        dir.path(),
    );
    let mut yamls: Vec<_> = std::fs::read_dir(dir.path().join("articles"))
        .expect("readable")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    yamls.sort();
    let first = std::fs::read_to_string(&yamls[0]).expect("readable");
    std::fs::write(&yamls[0], format!("{first}\ncolour: blue\n")).expect("written");
    let second = std::fs::read_to_string(&yamls[1]).expect("readable");
    let spoiled = second.replacen("quote: ", "quote: Nowhere in the text ", 1);
    assert_ne!(spoiled, second, "the second article has a quote to spoil");
    std::fs::write(&yamls[1], spoiled).expect("written");
    dir
}

/// The `path:line:column: error[CODE]` heads of the validator's report.
fn validator_heads(dir: &str) -> Vec<String> {
    let output = claimbench(&["validate", dir]);
    assert_eq!(output.status.code(), Some(1));
    let heads: Vec<String> = String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .filter(|line| line.contains(": error["))
        .map(|line| line[..line.find("]:").expect("a code") + 1].to_owned())
        .collect();
    assert!(heads.len() >= 2, "{heads:?}");
    heads
}

#[test]
fn bench_conflicts_and_merge_report_every_problem_and_exit_2() {
    let dir = half_annotated();
    let dir = dir.path().to_str().expect("a UTF-8 path");
    let heads = validator_heads(dir);
    let runs: [&[&str]; 3] = [
        &["bench", "--dataset", dir],
        &["conflicts", "--dataset", dir],
        &["merge", "--dataset", dir, "nonexistent.json"],
    ];
    for args in runs {
        let output = claimbench(args);
        let stderr = String::from_utf8(output.stderr).expect("UTF-8");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        for head in &heads {
            assert!(
                stderr.contains(head.as_str()),
                "{args:?} lacks {head}: {stderr}"
            );
        }
        assert!(
            stderr.contains(&format!("has {} problems, shown above", heads.len())),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains(&format!("claimbench validate {dir}")),
            "{args:?}: {stderr}"
        );
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn the_bundled_dataset_is_loaded_without_panicking() {
    let bundled = claimbench::try_dataset().expect("the bundled fixtures are valid");
    assert!(std::ptr::eq(bundled, claimbench::dataset()));
}
