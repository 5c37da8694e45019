//! What the tests of `claimbench import` share: running the binary, and
//! checking that a refused import left nothing behind and no directory it
//! was not given empty. Included with
//! `#[path = "support/cli.rs"] mod cli;`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `claimbench` with `args` in the repository's directory.
pub fn claimbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The standard error of a run, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A path as an argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// Nothing was written: neither `out` nor a temporary directory beside it
/// in `dir`.
pub fn assert_nothing_written(dir: &Path, out: &Path) {
    assert!(!out.exists(), "{} was written", out.display());
    let leftovers: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".claimbench-import"))
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}

/// A directory `dir/taken` holding a file of someone else's, for an import
/// to refuse as `--out`.
pub fn taken_dir(dir: &Path) -> PathBuf {
    let taken = dir.join("taken");
    std::fs::create_dir_all(&taken).unwrap();
    std::fs::write(taken.join("notes.txt"), "mine").unwrap();
    taken
}

/// The import `output` refused to write into the [`taken_dir`] `taken`
/// (status 2) and left it as it was.
pub fn assert_left_alone(output: &Output, taken: &Path) {
    assert_eq!(output.status.code(), Some(2), "{}", stderr(output));
    assert!(
        stderr(output).contains("is not an empty directory"),
        "{}",
        stderr(output)
    );
    assert_eq!(
        std::fs::read_to_string(taken.join("notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(std::fs::read_dir(taken).unwrap().count(), 1);
}
