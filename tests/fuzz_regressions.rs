//! Inputs found by the fuzz targets in `fuzz/` (see RELIABILITY.md), each
//! pinned with the behaviour that was fixed. Datasets are validated in memory
//! through `claimbench::fuzzing::validate_files`, as the `fixture` target
//! does, over the small dataset in `tests/hostile/base/`.

use std::path::Path;

use claimbench::fuzzing::{Files, validate_files};
use claimbench::{Code, Validation};

fn base() -> Files {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/base");
    let mut files = Files::new();
    for path in [
        "dataset.yaml",
        "conflicts.yaml",
        "articles/a.yaml",
        "articles/a.txt",
        "articles/b.yaml",
        "articles/b.txt",
    ] {
        files.insert(path.to_owned(), std::fs::read(root.join(path)).unwrap());
    }
    files
}

fn with(path: &str, contents: impl Into<Vec<u8>>) -> Validation {
    let mut files = base();
    files.insert(path.to_owned(), contents.into());
    validate_files(&files)
}

/// Lines as YAML counts them: `\n`, `\r\n` and a lone `\r` each end one.
fn yaml_lines(bytes: &[u8]) -> usize {
    1 + bytes
        .iter()
        .enumerate()
        .filter(|&(at, &b)| b == b'\n' || (b == b'\r' && bytes.get(at + 1) != Some(&b'\n')))
        .count()
}

/// Found by the `fixture` target (crash-7dd1f043..., selector 3 for
/// `dataset.yaml`), whose check then counted lines by `\n` only: a file
/// broken into lines by lone `\r`s had a diagnostic on line 11 of three.
/// Line 11 is right, since YAML ends a line at a lone `\r` too; the target
/// now counts as YAML does, and looking into it found the real bug pinned
/// by the next test.
#[test]
fn lone_cr_input_from_the_fuzzer_is_positioned_inside_the_file() {
    let input: &[u8] = b"# Thcheckablearticles/b.yam figure (va\r\r\r\r\r\r\r\r\r\r not claims, an -0bdeht\n  groups oF figurs oF figures that measure tes.\n";
    let validation = with("dataset.yaml", input);
    let diagnostic = validation
        .diagnostics
        .iter()
        .find(|d| d.path == "dataset.yaml")
        .expect("the manifest is invalid");
    assert_eq!(diagnostic.code, Code::InvalidValue);
    assert_eq!((diagnostic.line, diagnostic.column), (11, 2));
    assert!(diagnostic.line <= yaml_lines(input));
}

/// The same bug, seen from a real file with old Mac line endings: once one
/// claim failed, every other record was cut out of the file at the wrong
/// place and reported as lacking its `id`, and the article was dropped.
#[test]
fn a_yaml_file_with_lone_cr_line_endings_keeps_its_other_records() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/cases");
    let yaml = std::fs::read_to_string(root.join("value-nan.yaml")).unwrap();
    let validation = with("articles/a.yaml", yaml.replace('\n', "\r"));
    let found: Vec<String> = validation
        .diagnostics
        .iter()
        .map(|d| format!("{}:{}:{} {}", d.path, d.line, d.column, d.code))
        .collect();
    assert_eq!(found, ["articles/a.yaml:14:12 CB109"]);
    assert_eq!(validation.summary.articles, 2);
    assert_eq!(validation.summary.claims, 3);
}

/// A valid file with lone `\r` or `\r\n` line endings is valid.
#[test]
fn valid_yaml_with_any_line_ending_is_valid() {
    let yaml = String::from_utf8(base()["articles/a.yaml"].clone()).unwrap();
    for ending in ["\r", "\r\n"] {
        let validation = with("articles/a.yaml", yaml.replace('\n', ending));
        assert!(
            validation.is_ok(),
            "{ending:?}: {:#?}",
            validation.diagnostics
        );
    }
}
