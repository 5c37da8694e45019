//! Hostile input: how long `claimbench validate` takes to refuse a dataset
//! whose first article is a 50 MB file, an alias bomb, nesting 10,000
//! levels deep or a flood of 150,000 nodes (the cases of
//! `tests/validate_hostile.rs`, which check the diagnostics). Each refusal
//! should cost about what validating the clean dataset costs: the limits
//! are enforced before anything is expanded or deserialized.
//!
//! Run with `cargo bench --bench hostile`; figures go to BENCHMARKS.md.

use std::path::Path;

use divan::black_box;
use tempfile::TempDir;

fn main() {
    divan::main();
}

/// A copy of the bundled fixtures whose first article's YAML is `yaml`.
fn spoiled(yaml: &[u8]) -> TempDir {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let dir = tempfile::tempdir().expect("a temporary directory");
    copy_dir(&from, dir.path());
    let articles = dir.path().join("articles");
    let mut yamls: Vec<_> = std::fs::read_dir(&articles)
        .expect("fixtures/articles")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    yamls.sort();
    std::fs::write(&yamls[0], yaml).expect("the spoiled article is written");
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a directory");
    for entry in std::fs::read_dir(from).expect("a fixtures directory") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::write(&target, std::fs::read(entry.path()).expect("a file")).expect("a copy");
        }
    }
}

fn alias_bomb() -> Vec<u8> {
    let mut bomb = String::from("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    let names: Vec<char> = ('a'..='j').collect();
    for pair in names.windows(2) {
        let aliases = vec![format!("*{}", pair[0]); 9].join(",");
        bomb.push_str(&format!("{}: &{} [{aliases}]\n", pair[1], pair[1]));
    }
    bomb.into_bytes()
}

fn run(dir: &TempDir) {
    let validation = claimbench::validate_dir(dir.path()).expect("the directory is read");
    assert!(!validation.diagnostics.is_empty(), "the input is refused");
    black_box(validation);
}

/// The clean bundled dataset, for comparison.
#[divan::bench(sample_count = 10)]
fn clean(bencher: divan::Bencher) {
    let dir = spoiled(
        &std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/articles/000_2147dc3f6a007f90.yaml"),
        )
        .expect("the first article"),
    );
    bencher.bench(|| black_box(claimbench::validate_dir(dir.path()).expect("read")));
}

#[divan::bench(sample_count = 10)]
fn file_of_50_mb(bencher: divan::Bencher) {
    let line = "claims: [] # padding padding padding padding padding padding\n";
    let dir = spoiled(line.repeat(50_000_000 / line.len() + 1).as_bytes());
    bencher.bench(|| run(&dir));
}

#[divan::bench(sample_count = 10)]
fn alias_bomb_of_9_to_the_9(bencher: divan::Bencher) {
    let dir = spoiled(&alias_bomb());
    bencher.bench(|| run(&dir));
}

#[divan::bench(sample_count = 10)]
fn nesting_10_000_deep(bencher: divan::Bencher) {
    let yaml = format!("claims: {}{}", "[".repeat(10_000), "]".repeat(10_000));
    let dir = spoiled(yaml.as_bytes());
    bencher.bench(|| run(&dir));
}

#[divan::bench(sample_count = 10)]
fn nodes_150_000(bencher: divan::Bencher) {
    let yaml = format!("claims: [{}]\n", vec!["0"; 150_000].join(","));
    let dir = spoiled(yaml.as_bytes());
    bencher.bench(|| run(&dir));
}
