//! `claimbench validate` as a user runs it: exit status 0 and the summary
//! line on the bundled dataset, 1 on every broken case with its code in the
//! output, 2 when the directory does not exist, and the JSON format.

use std::path::Path;
use std::process::{Command, Output};

#[path = "support/dirs.rs"]
mod dirs;
use dirs::copy_dir;

fn claimbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        // Run from elsewhere: the bundled dataset must not need fixtures/.
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the claimbench binary runs")
}

fn broken(case: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/broken")
        .join(case)
        .to_string_lossy()
        .into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn the_bundled_dataset_exits_0_with_its_summary() {
    let output = claimbench(&["validate"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let dataset = claimbench::dataset();
    let claims: usize = dataset.articles.iter().map(|a| a.claims.len()).sum();
    let distractors: usize = dataset.articles.iter().map(|a| a.distractors.len()).sum();
    let expected = format!(
        "checked the bundled dataset: {} articles, {claims} claims, {distractors} distractors, {} conflict groups; version {}; content hash {}; no problems\n",
        dataset.articles.len(),
        dataset.conflicts.len(),
        dataset.version(),
        dataset.content_hash(),
    );
    assert_eq!(stdout(&output), expected);
}

#[test]
fn the_fixtures_directory_exits_0() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let output = claimbench(&["validate", &fixtures.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(stdout(&output).ends_with("; no problems\n"));
}

#[test]
fn every_broken_case_exits_1_and_names_its_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut cases = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let case = entry.unwrap().file_name().to_string_lossy().into_owned();
        let output = claimbench(&["validate", &broken(&case)]);
        assert_eq!(output.status.code(), Some(1), "{case}: {output:?}");
        assert!(output.stderr.is_empty(), "{case}: {output:?}");
        let printed = stdout(&output);
        if let Some(code) = case.split('-').next().filter(|c| c.starts_with("cb")) {
            let tag = format!("error[{}]", code.to_uppercase());
            assert!(printed.contains(&tag), "{case}: no {tag} in\n{printed}");
        }
        // Each problem names the file as given on the command line.
        let first = printed.lines().next().unwrap();
        assert!(first.starts_with(&broken(&case)), "{case}: {first}");
        assert!(
            printed.lines().last().unwrap().contains("problem"),
            "{printed}"
        );
        cases += 1;
    }
    assert!(cases >= 12, "only {cases} broken cases");
}

#[test]
fn a_missing_directory_exits_2() {
    let output = claimbench(&["validate", &broken("no-such-case")]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn json_output_is_one_document_with_diagnostics_and_summary() {
    let output = claimbench(&[
        "validate",
        "--format",
        "json",
        &broken("cb305-value-mismatch"),
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(diagnostic["code"], "CB305");
    assert_eq!(diagnostic["line"], 14);
    assert_eq!(diagnostic["column"], 12);
    assert!(
        diagnostic["path"]
            .as_str()
            .unwrap()
            .ends_with("cb305-value-mismatch/articles/a.yaml")
    );
    assert_eq!(report["summary"]["articles"], 2);
    assert_eq!(report["summary"]["version"], "0.0.1");
    assert_eq!(
        report["summary"]["content_hash"].as_str().unwrap().len(),
        64
    );
}

/// `claimbench validate` with no directory, run in `dir`.
fn validate_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .arg("validate")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the claimbench binary runs")
}

#[test]
fn in_a_checkout_validate_checks_fixtures_as_they_are_on_disk() {
    let checkout = tempfile::tempdir().unwrap();
    let checkout = checkout.path();
    std::fs::write(
        checkout.join("Cargo.toml"),
        "[package]\nname = \"claimbench\"\n",
    )
    .unwrap();
    copy_dir(
        Path::new(&broken("cb301-quote-not-in-text")),
        &checkout.join("fixtures"),
    );
    let output = validate_in(checkout, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let out = stdout(&output);
    assert!(out.contains("fixtures/articles/"), "{out}");
    assert!(out.contains("error[CB301]"), "{out}");
    assert!(out.contains("checked the dataset in fixtures:"), "{out}");

    let bundled = validate_in(checkout, &["--bundled"]);
    assert_eq!(bundled.status.code(), Some(0), "{}", stdout(&bundled));
    assert!(stdout(&bundled).contains("checked the bundled dataset:"));

    // Another package's fixtures are not taken for claimbench's.
    std::fs::write(checkout.join("Cargo.toml"), "[package]\nname = \"other\"\n").unwrap();
    let elsewhere = validate_in(checkout, &[]);
    assert_eq!(elsewhere.status.code(), Some(0), "{}", stdout(&elsewhere));
    assert!(stdout(&elsewhere).contains("checked the bundled dataset:"));
}

#[test]
fn a_quote_typed_with_a_straight_apostrophe_gets_the_texts_spelling_as_its_hint() {
    use sha2::{Digest, Sha256};
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/base"),
        dir.path(),
    );
    let articles = dir.path().join("articles");
    let text = "TOWNVILLE — Some 1,200 people fled the town last week, officials said. \
                Hundreds of troops stayed behind. In 2019 a third of the town’s homes was empty.";
    std::fs::write(articles.join("a.txt"), text).unwrap();
    let hash: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let yaml = std::fs::read_to_string(articles.join("a.yaml"))
        .unwrap()
        .replace(
            "ad93a08d187e09996d95833cfc202bc6decfd8f19f9d8c193601c56d153db432",
            &hash,
        )
        .replace(
            "quote: a third of the town",
            "quote: a third of the town's homes",
        );
    std::fs::write(articles.join("a.yaml"), yaml).unwrap();
    let output = claimbench(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(
            "error[CB301]: the quote `a third of the town's homes` does not occur in the text"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "help: the text writes `a third of the town’s homes`, with `’` (U+2019) for `'` (U+0027): copy it exactly"
        ),
        "{out}"
    );
    assert_eq!(out.matches("error[").count(), 1, "{out}");
}
