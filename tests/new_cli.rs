//! `claimbench new` as a contributor runs it: the text copied byte for
//! byte under the id the guide's rule gives it, a skeleton the validator
//! refuses (CB313, at each draft's line) until every draft is decided, the
//! next running number for the next text, and clear errors.

use std::path::Path;
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

fn claimbench(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .output()
        .expect("the claimbench binary runs")
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// An empty dataset directory in a temporary directory.
fn empty_dataset() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dataset.yaml"),
        "name: new-test\nversion: 0.0.1\ndescription: Articles added by claimbench new.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("conflicts.yaml"), "groups: []\n").unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    dir
}

fn add(dataset: &Path, name: &str, text: &str) -> Output {
    let file = dataset.join(name);
    std::fs::write(&file, text).unwrap();
    claimbench(&[
        "new",
        file.to_str().unwrap(),
        "--dataset",
        dataset.to_str().unwrap(),
    ])
}

// Written for this test; the reference extractor reads both figures right.
const TEXT: &str = "Flood waters rose in the valley on Tuesday.\n\n\
About 1,500 residents left their homes, the mayor said. In 2018 the river rose too.\n";

fn id_of(text: &str, number: u32) -> String {
    let sha = format!("{:x}", Sha256::digest(text.as_bytes()));
    format!("{number:03}_{}", &sha[..16])
}

#[test]
fn new_names_the_text_by_its_hash_and_copies_it_byte_for_byte() {
    let dataset = empty_dataset();
    let output = add(dataset.path(), "story.txt", TEXT);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let id = id_of(TEXT, 0);
    let articles = dataset.path().join("articles");
    assert_eq!(
        std::fs::read(articles.join(format!("{id}.txt"))).unwrap(),
        TEXT.as_bytes()
    );
    let yaml = std::fs::read_to_string(articles.join(format!("{id}.yaml"))).unwrap();
    let sha = format!("{:x}", Sha256::digest(TEXT.as_bytes()));
    assert!(yaml.contains(&format!("\ntext_sha256: {sha}\n")), "{yaml}");
    assert!(
        yaml.starts_with(&format!("id: {id}\ntext_file: {id}.txt\n")),
        "{yaml}"
    );

    // A second text gets the next number.
    let second = "Some 40 boats were lost.\n";
    let output = add(dataset.path(), "second.txt", second);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        articles
            .join(format!("{}.yaml", id_of(second, 1)))
            .is_file()
    );

    // The same text again is refused, and nothing is written.
    let before = std::fs::read_dir(&articles).unwrap().count();
    let output = add(dataset.path(), "again.txt", TEXT);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        text_of(&output.stderr).contains("already holds this text"),
        "{output:?}"
    );
    assert_eq!(std::fs::read_dir(&articles).unwrap().count(), before);
}

#[test]
fn a_new_article_names_its_schema_the_way_its_neighbours_do() {
    let dataset = empty_dataset();
    let articles = dataset.path().join("articles");
    // The first article of a dataset without schema lines gets none.
    let output = add(dataset.path(), "story.txt", TEXT);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let first = std::fs::read_to_string(articles.join(format!("{}.yaml", id_of(TEXT, 0)))).unwrap();
    assert!(first.starts_with("id: "), "{first}");

    // Once an article names its schema, the next one names the same.
    let modeline = "# yaml-language-server: $schema=../../docs/schema/article.schema.json";
    std::fs::write(
        articles.join(format!("{}.yaml", id_of(TEXT, 0))),
        format!("{modeline}\n{first}"),
    )
    .unwrap();
    let second = "Some 40 boats were lost.\n";
    let output = add(dataset.path(), "second.txt", second);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let yaml =
        std::fs::read_to_string(articles.join(format!("{}.yaml", id_of(second, 1)))).unwrap();
    assert!(
        yaml.starts_with(&format!("{modeline}\nid: {}\n", id_of(second, 1))),
        "{yaml}"
    );
}

#[test]
fn the_validator_refuses_each_draft_at_its_line_until_it_is_decided() {
    let dataset = empty_dataset();
    let output = add(dataset.path(), "story.txt", TEXT);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let yaml_path = dataset
        .path()
        .join("articles")
        .join(format!("{}.yaml", id_of(TEXT, 0)));
    let yaml = std::fs::read_to_string(&yaml_path).unwrap();
    let draft_lines: Vec<usize> = yaml
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == "draft: true")
        .map(|(i, _)| i + 1)
        .collect();
    // One claim (1,500 residents) and one distractor (2018).
    assert_eq!(draft_lines.len(), 2, "{yaml}");
    assert!(yaml.contains("figure: \"1,500\""), "{yaml}");
    assert!(yaml.contains("figure: \"2018\""), "{yaml}");

    let validation = claimbench::validate_dir(dataset.path()).unwrap();
    let drafts: Vec<usize> = validation
        .diagnostics
        .iter()
        .filter(|d| d.code == claimbench::Code::DraftNotDecided)
        .map(|d| d.line)
        .collect();
    assert_eq!(drafts, draft_lines, "{:?}", validation.diagnostics);
    let output = claimbench(&["validate", dataset.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        text_of(&output.stdout).contains("error[CB313]"),
        "{output:?}"
    );

    // Deciding the drafts: here the extractor was right, so the markers go.
    let decided: String = yaml
        .lines()
        .filter(|line| line.trim() != "draft: true")
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(&yaml_path, decided).unwrap();
    let validation = claimbench::validate_dir(dataset.path()).unwrap();
    assert!(
        validation.diagnostics.is_empty(),
        "{:?}",
        validation.diagnostics
    );
}

#[test]
fn bad_input_is_a_clear_error_and_writes_nothing() {
    let dataset = empty_dataset();
    let missing = dataset.path().join("missing.txt");
    let output = claimbench(&[
        "new",
        missing.to_str().unwrap(),
        "--dataset",
        dataset.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text_of(&output.stderr).contains("cannot read"),
        "{output:?}"
    );

    let latin1 = dataset.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 owners said 12 jobs went.\n").unwrap();
    let output = claimbench(&[
        "new",
        latin1.to_str().unwrap(),
        "--dataset",
        dataset.path().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text_of(&output.stderr);
    assert!(
        stderr.contains("line 1, column 4: the text is not UTF-8"),
        "{stderr}"
    );

    let not_a_dataset = tempfile::tempdir().unwrap();
    let output = add(not_a_dataset.path(), "story.txt", TEXT);
    assert_eq!(output.status.code(), Some(2));
    assert!(text_of(&output.stderr).contains("articles"), "{output:?}");
    assert_eq!(
        std::fs::read_dir(dataset.path().join("articles"))
            .unwrap()
            .count(),
        0
    );
}
