//! The fixture loader and validator, in memory: the small valid dataset of
//! `tests/hostile/base/` (two articles, one conflict group; six times faster
//! to validate than the bundled fixtures) with one file replaced by the
//! input. The first byte picks the file (an article's YAML, its text,
//! `conflicts.yaml` or `dataset.yaml`); the rest is its bytes.
#![no_main]

use std::sync::OnceLock;

use claimbench::fuzzing::{Files, validate_files};
use libfuzzer_sys::fuzz_target;

const TARGETS: [&str; 4] = [
    "articles/a.yaml",
    "articles/a.txt",
    "conflicts.yaml",
    "dataset.yaml",
];

fn fixtures() -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/hostile/base");
        let mut files = Files::new();
        for dir in ["", "articles"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let entry = entry.unwrap();
                if entry.file_type().unwrap().is_file() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let path = if dir.is_empty() {
                        name
                    } else {
                        format!("{dir}/{name}")
                    };
                    files.insert(path, std::fs::read(entry.path()).unwrap());
                }
            }
        }
        files
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, contents)) = data.split_first() else {
        return;
    };
    let mut files = fixtures().clone();
    let target = TARGETS[usize::from(selector) % TARGETS.len()];
    files.insert(target.to_owned(), contents.to_vec());
    let validation = validate_files(&files);
    // Validation never panics, every diagnostic says something, and those
    // on the replaced file point inside it (lines and columns from 1).
    // YAML ends a line at `\n`, `\r\n` or a lone `\r`.
    let lines = 1 + contents
        .iter()
        .enumerate()
        .filter(|&(at, &b)| b == b'\n' || (b == b'\r' && contents.get(at + 1) != Some(&b'\n')))
        .count();
    for diagnostic in &validation.diagnostics {
        assert!(!diagnostic.message.is_empty());
        if diagnostic.path == target {
            assert!(
                diagnostic.line >= 1 && diagnostic.column >= 1,
                "{diagnostic}"
            );
            assert!(diagnostic.line <= lines + 1, "{diagnostic} ({lines} lines)");
        }
    }
});
