//! Hostile input is refused quickly, with a diagnostic, in bounded memory:
//! a 50 MB file, an alias bomb, nesting 10,000 levels deep, a flood of
//! nodes, a text linked from outside the dataset, and random damage to a
//! real fixture. Each case copies the bundled `fixtures/` into a temporary
//! directory and spoils one file. The limits are listed in
//! `docs/diagnostics.md`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimbench::{Code, Validation};
use proptest::prelude::*;
use tempfile::TempDir;

/// A bound on each refusal that only a refusal which reads, expands or
/// deserializes the whole input can exceed, far above the time measured in
/// `benches/hostile.rs` (milliseconds; see BENCHMARKS.md), so that a loaded
/// machine does not fail it. The speed itself is a benchmark, not a test.
const QUICK: Duration = Duration::from_secs(30);

/// A copy of the bundled fixtures, and the relative path of its first
/// article's YAML file.
fn copy_of_fixtures() -> (TempDir, String) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&from, dir.path());
    let mut yamls: Vec<String> = std::fs::read_dir(dir.path().join("articles"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    yamls.sort();
    let first = format!(
        "articles/{}",
        yamls.first().expect("fixtures hold an article")
    );
    (dir, first)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            // Copy the bytes, not the permissions: some texts are read-only.
            std::fs::write(&target, std::fs::read(entry.path()).unwrap()).unwrap();
        }
    }
}

/// Validates `dir`, asserting it is refused within [`QUICK`].
fn validate_quickly(dir: &Path) -> Validation {
    let started = Instant::now();
    let validation = claimbench::validate_dir(dir).unwrap();
    let took = started.elapsed();
    assert!(took < QUICK, "validation took {took:?}");
    validation
}

/// Asserts that `path` has a diagnostic with `code`, and returns it.
fn expect(validation: &Validation, path: &str, code: Code) -> claimbench::Diagnostic {
    validation
        .diagnostics
        .iter()
        .find(|d| d.path == path && d.code == code)
        .unwrap_or_else(|| panic!("no {code} for {path} in {:#?}", validation.diagnostics))
        .clone()
}

fn spoil(dir: &TempDir, path: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let file = dir.path().join(path);
    std::fs::write(&file, contents).unwrap();
    file
}

#[test]
fn a_50_mb_yaml_file_is_refused_by_its_size_unread() {
    let (dir, article) = copy_of_fixtures();
    let line = "claims: [] # padding padding padding padding padding padding\n";
    let big = line.repeat(50_000_000 / line.len() + 1);
    assert!(big.len() >= 50_000_000);
    spoil(&dir, &article, big);
    let validation = validate_quickly(dir.path());
    let diagnostic = expect(&validation, &article, Code::FileTooLarge);
    assert!(
        diagnostic.message.contains("4 MiB"),
        "{}",
        diagnostic.message
    );
    // The content hash refuses the file too: there is no hash to report.
    assert_eq!(validation.summary.content_hash, None);
}

#[test]
fn a_50_mb_text_is_refused_by_its_size_unread() {
    let (dir, article) = copy_of_fixtures();
    let text = article.replace(".yaml", ".txt");
    spoil(&dir, &text, vec![b'a'; 50_000_000]);
    let validation = validate_quickly(dir.path());
    expect(&validation, &text, Code::FileTooLarge);
}

#[test]
fn an_alias_bomb_is_refused_at_its_first_anchor() {
    let (dir, article) = copy_of_fixtures();
    // "Billion laughs": nine levels of nine aliases each, 9^9 strings if
    // expanded.
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names: Vec<char> = ('a'..='j').collect();
    for pair in names.windows(2) {
        let (previous, next) = (pair[0], pair[1]);
        let aliases = vec![format!("*{previous}"); 9].join(",");
        bomb.push_str(&format!("{next}: &{next} [{aliases}]\n"));
    }
    spoil(&dir, &article, bomb);
    let validation = validate_quickly(dir.path());
    let diagnostic = expect(&validation, &article, Code::YamlFeature);
    assert_eq!((diagnostic.line, diagnostic.column), (1, 4));
}

#[test]
fn an_alias_without_an_anchor_is_refused_too() {
    let (dir, article) = copy_of_fixtures();
    spoil(&dir, &article, "id: *missing\n");
    let validation = validate_quickly(dir.path());
    expect(&validation, &article, Code::YamlFeature);
}

#[test]
fn nesting_10_000_levels_deep_is_refused() {
    for (shape, yaml) in [
        (
            "flow sequences",
            format!("claims: {}{}", "[".repeat(10_000), "]".repeat(10_000)),
        ),
        (
            "flow mappings",
            format!("claims: {}1{}", "{a: ".repeat(10_000), "}".repeat(10_000)),
        ),
        (
            "block sequences",
            format!("claims:\n{}1\n", "- ".repeat(10_000)),
        ),
    ] {
        let (dir, article) = copy_of_fixtures();
        spoil(&dir, &article, yaml);
        let validation = validate_quickly(dir.path());
        let diagnostic = validation
            .diagnostics
            .iter()
            .find(|d| d.path == article)
            .unwrap_or_else(|| panic!("{shape}: no diagnostic"));
        assert_eq!(diagnostic.code, Code::YamlTooDeep, "{shape}: {diagnostic}");
    }
}

#[test]
fn more_than_100_000_nodes_are_refused() {
    let (dir, article) = copy_of_fixtures();
    let flood = format!("claims: [{}]\n", vec!["0"; 150_000].join(","));
    spoil(&dir, &article, flood);
    let validation = validate_quickly(dir.path());
    expect(&validation, &article, Code::YamlTooManyNodes);
}

#[cfg(unix)]
#[test]
fn a_text_linked_from_outside_the_dataset_is_refused() {
    let (dir, article) = copy_of_fixtures();
    let text = article.replace(".yaml", ".txt");
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("text.txt");
    std::fs::rename(dir.path().join(&text), &target).unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join(&text)).unwrap();
    let validation = validate_quickly(dir.path());
    let diagnostic = expect(&validation, &article, Code::TextPathEscapes);
    assert!(diagnostic.message.contains("symbolic link"), "{diagnostic}");
}

/// Characters that matter to YAML, to splice into a real fixture.
const DAMAGE: &[&str] = &[
    "", ":", "- ", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "!x ", "\n", "\t", "  ",
    "---\n", "|", ">", "?", ",", "\u{0}", "\u{feff}", "é", "9", "null", "~",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever is spliced into a real fixture, validation reports problems
    /// with positions inside the file and never panics.
    #[test]
    fn damaged_fixtures_never_panic(
        cut in 0.0f64..1.0,
        removed in 0usize..20,
        insert in prop::sample::select(DAMAGE),
    ) {
        let (dir, article) = copy_of_fixtures();
        let original = std::fs::read(dir.path().join(&article)).unwrap();
        let at = ((original.len() as f64) * cut) as usize;
        let end = (at + removed).min(original.len());
        let mut damaged = original[..at].to_vec();
        damaged.extend_from_slice(insert.as_bytes());
        damaged.extend_from_slice(&original[end..]);
        spoil(&dir, &article, &damaged);
        let validation = claimbench::validate_dir(dir.path()).unwrap();
        let lines = damaged.split(|&b| b == b'\n').count();
        for diagnostic in validation.diagnostics.iter().filter(|d| d.path == article) {
            prop_assert!(diagnostic.line >= 1 && diagnostic.column >= 1, "{}", diagnostic);
            prop_assert!(diagnostic.line <= lines + 1, "{} (file has {} lines)", diagnostic, lines);
        }
    }
}
