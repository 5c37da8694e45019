//! Hostile input: every case of issue 7's list that `tests/validate_hostile.rs`
//! and `tests/broken/` do not already cover, each with a clear error or a
//! documented correct result and never a panic. `RELIABILITY.md` lists every
//! case, these and the older ones.
//!
//! Dataset cases copy `tests/hostile/base/` (a two-article dataset with no
//! problems) into a temporary directory and spoil one file, usually by putting
//! a file of `tests/hostile/cases/` in place of `articles/a.yaml`. Text cases
//! go through the reference extractor and `claimbench extract`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimbench::Validation;
use claimbench::extract::{ExtractedClaim, ReferenceExtractor};
use sha2::{Digest, Sha256};
use tempfile::TempDir;

fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

fn base() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in ["dataset.yaml", "conflicts.yaml"] {
        std::fs::copy(hostile().join("base").join(file), dir.path().join(file)).unwrap();
    }
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for file in ["a.yaml", "a.txt", "b.yaml", "b.txt"] {
        std::fs::copy(
            hostile().join("base/articles").join(file),
            dir.path().join("articles").join(file),
        )
        .unwrap();
    }
    dir
}

/// Validates a copy of the base dataset after `spoil` has edited it.
fn validate(spoil: impl FnOnce(&Path)) -> Validation {
    let dir = base();
    spoil(dir.path());
    claimbench::validate_dir(dir.path()).unwrap()
}

/// Validates the base dataset with `cases/<case>` as `articles/a.yaml`.
fn validate_case(case: &str) -> Validation {
    validate(|dir| {
        std::fs::copy(
            hostile().join("cases").join(case),
            dir.join("articles/a.yaml"),
        )
        .unwrap();
    })
}

/// Each diagnostic as `path:line:column CODE`, with its message.
fn found(validation: &Validation) -> Vec<(String, String)> {
    validation
        .diagnostics
        .iter()
        .map(|d| {
            let at = format!("{}:{}:{} {}", d.path, d.line, d.column, d.code);
            (at, d.message.clone())
        })
        .collect()
}

/// Asserts the diagnostics are exactly `expected` (`path:line:column CODE`,
/// and a fragment of the message).
fn check(validation: &Validation, expected: &[(&str, &str)]) {
    let found = found(validation);
    assert_eq!(
        found.len(),
        expected.len(),
        "expected {expected:#?}, found {found:#?}"
    );
    for ((at, message), (want_at, want_message)) in found.iter().zip(expected) {
        assert_eq!(at, want_at, "{found:#?}");
        assert!(
            message.contains(want_message),
            "`{message}` does not mention `{want_message}`"
        );
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Rewrites `articles/a.txt` with `edit` and records its new hash, so that
/// only the edit itself is under test.
fn edit_text(dir: &Path, edit: impl FnOnce(Vec<u8>) -> Vec<u8>) {
    let text = edit(read(&dir.join("articles/a.txt")));
    let hash = format!("{:x}", Sha256::digest(&text));
    std::fs::write(dir.join("articles/a.txt"), text).unwrap();
    let yaml = String::from_utf8(read(&dir.join("articles/a.yaml"))).unwrap();
    let old = yaml
        .lines()
        .find(|line| line.starts_with("text_sha256:"))
        .unwrap()
        .to_owned();
    let yaml = yaml.replace(&old, &format!("text_sha256: {hash}"));
    std::fs::write(dir.join("articles/a.yaml"), yaml).unwrap();
}

const BOM: &[u8] = "\u{feff}".as_bytes();

fn with_bom(bytes: Vec<u8>) -> Vec<u8> {
    [BOM, &bytes].concat()
}

fn crlf(bytes: Vec<u8>) -> Vec<u8> {
    String::from_utf8(bytes)
        .unwrap()
        .replace('\n', "\r\n")
        .into_bytes()
}

// ---------------------------------------------------------------------------
// Byte order marks, line endings, encodings

#[test]
fn the_base_dataset_is_valid() {
    check(&validate(|_| ()), &[]);
}

/// Guards the fix in `YamlDoc::scan`: the scanner skipped the mark but the
/// deserializer did not, so a valid file lost its first key
/// (`CB107 ... lacks the required field`).
#[test]
fn a_yaml_file_with_a_bom_reads_as_without_it() {
    check(
        &validate(|dir| {
            let yaml = dir.join("articles/a.yaml");
            std::fs::write(&yaml, with_bom(read(&yaml))).unwrap();
            let manifest = dir.join("dataset.yaml");
            std::fs::write(&manifest, with_bom(read(&manifest))).unwrap();
        }),
        &[],
    );
}

#[test]
fn positions_after_a_yaml_bom_count_from_after_it() {
    let validation = validate(|dir| {
        let yaml = dir.join("articles/a.yaml");
        let text = String::from_utf8(read(&yaml)).unwrap();
        let spoiled = text.replacen("id: a\n", "id: a\nsorce: x\n", 1);
        std::fs::write(&yaml, with_bom(spoiled.into_bytes())).unwrap();
    });
    check(
        &validation,
        &[("articles/a.yaml:3:1 CB106", "unknown field `sorce`")],
    );
}

/// A text keeps its mark: texts are kept byte for byte, so the mark is the
/// text's first character and offsets count it.
#[test]
fn a_text_with_a_bom_is_valid_and_offsets_count_the_mark() {
    check(&validate(|dir| edit_text(dir, with_bom)), &[]);
    let text = "\u{feff}Some 1,200 people fled.";
    let claims = extract_checked(text);
    let span = claims[0].figure.span.unwrap();
    assert_eq!((span.start, span.end), (6, 11));
}

#[test]
fn a_text_whose_line_endings_changed_fails_its_hash() {
    let validation = validate(|dir| {
        let text = dir.join("articles/a.txt");
        std::fs::write(&text, crlf(read(&text))).unwrap();
    });
    check(
        &validation,
        &[(
            "articles/a.yaml:4:14 CB203",
            "is not the recorded `text_sha256`",
        )],
    );
}

#[test]
fn a_text_with_crlf_line_endings_and_its_hash_is_valid() {
    check(&validate(|dir| edit_text(dir, crlf)), &[]);
}

#[test]
fn a_yaml_file_with_crlf_line_endings_is_valid() {
    check(
        &validate(|dir| {
            let yaml = dir.join("articles/a.yaml");
            std::fs::write(&yaml, crlf(read(&yaml))).unwrap();
        }),
        &[],
    );
}

#[test]
fn a_yaml_file_that_is_not_utf8_names_the_byte() {
    let validation = validate(|dir| {
        let yaml = dir.join("articles/a.yaml");
        let mut bytes = read(&yaml);
        bytes.splice(4..4, [0xff, 0xfe]);
        std::fs::write(&yaml, bytes).unwrap();
    });
    check(
        &validation,
        &[("articles/a.yaml:1:5 CB003", "byte offset 4")],
    );
}

// ---------------------------------------------------------------------------
// YAML features

#[test]
fn a_duplicate_top_level_key_is_refused() {
    check(
        &validate_case("duplicate-top-level-key.yaml"),
        &[("articles/a.yaml:48:1 CB105", "the key `id` appears twice")],
    );
}

#[test]
fn a_single_anchor_is_refused() {
    check(
        &validate_case("anchor.yaml"),
        &[("articles/a.yaml:4:9 CB102", "anchors")],
    );
}

#[test]
fn core_and_custom_tags_are_refused() {
    for case in ["tag-core.yaml", "tag-custom.yaml"] {
        check(
            &validate_case(case),
            &[("articles/a.yaml:8:13 CB102", "tags")],
        );
    }
}

#[test]
fn a_second_document_is_refused_where_it_starts() {
    check(
        &validate_case("two-documents.yaml"),
        &[("articles/a.yaml:48:1 CB102", "a second YAML document")],
    );
}

/// One document that opens with `---` is one document: it is accepted.
#[test]
fn a_leading_document_marker_is_accepted() {
    check(&validate_case("leading-separator.yaml"), &[]);
}

// ---------------------------------------------------------------------------
// Numbers

#[test]
fn a_value_beyond_f64_range_is_refused() {
    check(
        &validate_case("value-beyond-f64.yaml"),
        &[("articles/a.yaml:14:12 CB109", "`1e400` is not a value")],
    );
    check(
        &validate_case("range-infinite.yaml"),
        &[("articles/a.yaml:27:18 CB109", "`-1e400` is not a value")],
    );
}

#[test]
fn a_nan_value_is_refused() {
    check(
        &validate_case("value-nan.yaml"),
        &[("articles/a.yaml:14:12 CB109", "NaN is not a finite number")],
    );
}

/// A negative value is well formed; it is refused because the figure
/// (`1,200`) does not read as it.
#[test]
fn a_negative_count_disagrees_with_its_figure() {
    check(
        &validate_case("value-negative.yaml"),
        &[(
            "articles/a.yaml:14:12 CB305",
            "the value -1200 does not match the figure `1,200`",
        )],
    );
}

#[test]
fn negative_or_huge_occurrences_are_refused() {
    check(
        &validate_case("occurrences-negative.yaml"),
        &[("articles/a.yaml:48:18 CB109", "integer `-5`, expected u32")],
    );
    check(
        &validate_case("occurrences-beyond-f64.yaml"),
        &[("articles/a.yaml:48:18 CB109", "expected u32")],
    );
}

#[test]
fn figures_beyond_f64_range_never_read_as_infinite() {
    let huge = "9".repeat(400);
    for figure in [
        "1e400",
        "-1e400",
        huge.as_str(),
        "NaN",
        "-5",
        "inf",
        "1,000e400",
    ] {
        if let Ok(read) = claimbench::number::parse_figure(figure) {
            let (low, high) = match read.value {
                claimbench::Value::Number(n) => (n, n),
                claimbench::Value::Range { low, high } => (low, high),
            };
            assert!(
                low.is_finite() && high.is_finite(),
                "{figure} read as {low}..{high}"
            );
        }
    }
}

#[test]
fn a_response_value_beyond_f64_range_is_an_error() {
    let line = br#"{"id":"a","claims":[{"figure":{"text":"1"},"value":1e400,"unit":"people","qualifier":"exact","attribution":{"kind":"unattributed"}}]}"#;
    let error = claimbench::fuzzing::parse_line(line).err().unwrap();
    assert!(error.contains("number out of range"), "{error}");
}

#[test]
fn a_response_with_a_negative_offset_is_an_error() {
    let line = br#"{"id":"a","claims":[{"figure":{"start":-5,"end":1,"text":"1"},"value":1,"unit":"people","qualifier":"exact","attribution":{"kind":"unattributed"}}]}"#;
    let Ok(claimbench::fuzzing::Line::Response(Ok(claims))) = claimbench::fuzzing::parse_line(line)
    else {
        panic!("the line is a response with claims");
    };
    let error = claimbench::fuzzing::check_claims(
        claims,
        "1 person",
        claimbench::protocol::OffsetUnit::Chars,
    )
    .unwrap_err();
    assert!(error.starts_with("claims[0].figure"), "{error}");
}

// ---------------------------------------------------------------------------
// Empty files

#[test]
fn an_empty_article_yaml_lacks_its_id() {
    check(
        &validate(|dir| std::fs::write(dir.join("articles/a.yaml"), "").unwrap()),
        &[("articles/a.yaml:1:1 CB107", "lacks the required field `id`")],
    );
}

#[test]
fn an_empty_manifest_lacks_its_name() {
    check(
        &validate(|dir| std::fs::write(dir.join("dataset.yaml"), "").unwrap()),
        &[("dataset.yaml:1:1 CB107", "lacks the required field `name`")],
    );
}

/// `groups` may be left out, and an empty file leaves it out: a dataset
/// without conflict groups is valid.
#[test]
fn an_empty_conflicts_file_means_no_groups() {
    let validation = validate(|dir| std::fs::write(dir.join("conflicts.yaml"), "").unwrap());
    check(&validation, &[]);
    assert_eq!(validation.summary.conflict_groups, 0);
}

#[test]
fn an_empty_text_fails_its_hash_and_every_quote() {
    let validation = validate(|dir| std::fs::write(dir.join("articles/a.txt"), "").unwrap());
    let found = found(&validation);
    assert_eq!(found[0].0, "articles/a.yaml:4:14 CB203", "{found:#?}");
    assert!(
        found[1..]
            .iter()
            .all(|(at, _)| at.ends_with("CB301") || at.ends_with("CB311")),
        "{found:#?}"
    );
    assert!(ReferenceExtractor::new().extract_text("").is_empty());
}

// ---------------------------------------------------------------------------
// Symbolic links. A link whose target escapes the dataset is refused:
// `tests/validate_hostile.rs` (a_text_linked_from_outside_the_dataset_is_refused)
// and `tests/broken/cb202-text-path-escapes` (`..` in `text_file`).

#[test]
fn a_text_linked_from_inside_the_dataset_is_accepted() {
    check(
        &validate(|dir| {
            std::fs::rename(dir.join("articles/a.txt"), dir.join("a-original.txt")).unwrap();
            std::os::unix::fs::symlink("../a-original.txt", dir.join("articles/a.txt")).unwrap();
        }),
        &[],
    );
}

#[test]
fn a_dangling_text_link_is_a_missing_file() {
    let validation = validate(|dir| {
        std::fs::remove_file(dir.join("articles/a.txt")).unwrap();
        std::os::unix::fs::symlink("nowhere.txt", dir.join("articles/a.txt")).unwrap();
    });
    check(
        &validation,
        &[
            (
                "articles/a.txt:1:1 CB001",
                "cannot be read to compute the content hash",
            ),
            (
                "articles/a.yaml:3:12 CB001",
                "the text file `articles/a.txt` cannot be read",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------
// Texts through the reference extractor and `claimbench extract`

/// Extracts from `text`, asserting every figure span slices to its text.
fn extract_checked(text: &str) -> Vec<ExtractedClaim> {
    let claims = ReferenceExtractor::new().extract_text(text);
    assert!(!claims.is_empty(), "no claims in {text:?}");
    for claim in &claims {
        let span = claim
            .figure
            .span
            .expect("the reference extractor locates figures");
        assert_eq!(span.slice(text), Some(claim.figure.text.as_str()));
        for span in [claim.attribution.span, claim.sentence]
            .into_iter()
            .flatten()
        {
            assert!(span.slice(text).is_some(), "{span:?} outside the text");
        }
    }
    claims
}

fn article() -> String {
    String::from_utf8(read(&hostile().join("crlf-article.txt"))).unwrap()
}

#[test]
fn crlf_spans_slice_to_their_figures() {
    let text = article();
    assert!(
        text.contains("\r\n"),
        "the case file keeps its CRLF endings"
    );
    let crlf = extract_checked(&text);
    let lf = extract_checked(&text.replace("\r\n", "\n"));
    // The same figures, read the same way; only the offsets move.
    let figures = |claims: &[ExtractedClaim]| -> Vec<_> {
        claims
            .iter()
            .map(|c| (c.figure.text.clone(), c.value, c.unit, c.qualifier))
            .collect()
    };
    assert_eq!(figures(&crlf), figures(&lf));
}

fn claimbench(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `claimbench extract --format jsonl` on `text`, each figure span checked
/// against the text.
fn extract_cli(text: &str) -> Vec<serde_json::Value> {
    let (status, out, err) = claimbench(&["extract", "--format", "jsonl"], text.as_bytes());
    assert_eq!(status, 0, "{err}");
    let claims: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(!claims.is_empty());
    for claim in &claims {
        let figure = &claim["figure"];
        let span = claimbench::extract::Span {
            start: figure["start"].as_u64().unwrap() as usize,
            end: figure["end"].as_u64().unwrap() as usize,
        };
        assert_eq!(span.slice(text), figure["text"].as_str());
    }
    claims
}

#[test]
fn crlf_and_bom_spans_are_right_through_the_command() {
    let text = article();
    assert_eq!(
        extract_cli(&text).len(),
        ReferenceExtractor::new().extract_text(&text).len()
    );
    extract_cli(&format!("\u{feff}{text}"));
}

#[test]
fn a_text_that_is_not_utf8_is_refused_by_the_command() {
    let mut bytes = b"Some 1,200 people fled".to_vec();
    bytes.insert(5, 0xc3);
    let (status, out, err) = claimbench(&["extract"], &bytes);
    assert_eq!(status, 2, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("standard input is not UTF-8: invalid byte at offset 5"),
        "{err}"
    );
}

/// A 100 MB article (25 MB in a debug build, which is about ten times
/// slower) is read whole and extracted correctly, in bounded time and in
/// memory close to its size: `claimbench extract` has no size limit, because
/// the reference extractor is linear (RELIABILITY.md has the figures).
#[test]
fn a_100_mb_article_is_extracted_in_bounded_time_and_memory() {
    let size: usize = if cfg!(debug_assertions) {
        25_000_000
    } else {
        100_000_000
    };
    let paragraph = article().replace("\r\n", "\n") + "\n";
    let copies = size / paragraph.len() + 1;
    let per_copy = ReferenceExtractor::new().extract_text(&paragraph).len();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, paragraph.repeat(copies)).unwrap();
    let out = std::fs::File::create(dir.path().join("out.jsonl")).unwrap();

    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(["extract", "--format", "jsonl"])
        .arg(&path)
        .stdout(out)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Poll the child's peak resident memory (Linux) until it exits.
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let status = loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse().ok());
            peak_kb = peak_kb.max(hwm.unwrap_or(0));
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "extraction is not bounded"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success());
    let took = started.elapsed();
    let text_mb = (paragraph.len() * copies) as u64 / 1_000_000;
    // The text itself, its claims as output, and a margin.
    assert!(
        peak_kb / 1000 < 3 * text_mb + 100,
        "peak memory {peak_kb} kB for a {text_mb} MB text"
    );
    let lines = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let claims: Vec<&str> = lines.lines().collect();
    assert_eq!(claims.len(), per_copy * copies, "took {took:?}");
    // The last claim's offsets are right at the far end of the text.
    let last: serde_json::Value = serde_json::from_str(claims.last().unwrap()).unwrap();
    let end = last["figure"]["end"].as_u64().unwrap() as usize;
    let chars_per_copy = paragraph.chars().count();
    assert!(end > chars_per_copy * (copies - 1), "{last}");
}

/// Text pasted from a PDF or a scraper often has no line breaks at all. The
/// extractor looks up the line around each sentence and figure (for
/// boilerplate, speaker labels and quotations), once per line: a 10 MB
/// line (4 MB in a debug build) is extracted in about the time of the same
/// text with its line breaks (`benches/extract.rs` has the figures; the
/// bound here is generous), where it once took time growing with the square
/// of the line.
#[test]
fn a_text_with_no_line_breaks_is_extracted_in_linear_time() {
    let size: usize = if cfg!(debug_assertions) {
        4_000_000
    } else {
        10_000_000
    };
    let copy = article().replace("\r\n", " ").replace('\n', " ") + " ";
    assert!(!copy.contains('\n'));
    let per_copy = ReferenceExtractor::new().extract_text(&copy).len();
    assert!(per_copy > 0);
    let copies = size / copy.len() + 1;
    let text = copy.repeat(copies);
    let started = Instant::now();
    let claims = ReferenceExtractor::new().extract_text(&text);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(60), "took {took:?}");
    assert_eq!(claims.len(), per_copy * copies);
    let last = claims.last().unwrap().figure.span.unwrap();
    assert!(last.start > copy.chars().count() * (copies - 1));
}
