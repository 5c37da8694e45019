//! `claimbench import gum`: texts rebuilt from GUM-shaped dependency files
//! (a checkout's `dep/` folder or a folder of the files) become, with the
//! annotations, a valid dataset; a missing document, a changed text and a
//! malformed file are refused with every problem located, and nothing is
//! written. The files in tests/gum/ are small files of GUM's shape with
//! sentences written for these tests, and annotations of them.

use std::path::Path;
use std::process::Output;

use claimbench::Dataset;

#[path = "support/cli.rs"]
mod cli;
use cli::{arg, assert_left_alone, assert_nothing_written, claimbench, stderr, taken_dir};

const ANNOTATIONS: &str = "tests/gum/annotations";

fn import(gum: &str, out: &Path) -> Output {
    import_with(gum, out, Path::new(ANNOTATIONS))
}

fn import_with(gum: &str, out: &Path, annotations: &Path) -> Output {
    claimbench(&[
        "import",
        "gum",
        gum,
        "--out",
        arg(out),
        "--annotations",
        arg(annotations),
    ])
}

/// A copy in `dir/annotations` of the sample's annotation files `names`.
fn copy_annotations(dir: &Path, names: &[&str]) -> std::path::PathBuf {
    let annotations = dir.join("annotations");
    std::fs::create_dir_all(annotations.join("articles")).unwrap();
    for name in names {
        std::fs::copy(Path::new(ANNOTATIONS).join(name), annotations.join(name)).unwrap();
    }
    annotations
}

/// A copy of the sample's `dep/` folder in `dir`, as a GUM checkout.
fn checkout(dir: &Path) -> std::path::PathBuf {
    let dep = dir.join("gum").join("dep");
    std::fs::create_dir_all(&dep).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gum/dep");
    for entry in std::fs::read_dir(sample).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dep.join(entry.file_name())).unwrap();
    }
    dir.join("gum")
}

#[test]
fn a_checkout_becomes_a_valid_dataset_with_the_texts_the_rule_gives() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("wikinews");
    let output = import("tests/gum", &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("imported 2 articles, 4 claims"),
        "{}",
        stderr(&output)
    );
    let dataset = Dataset::load(&out).unwrap();
    assert_eq!(dataset.manifest.name, "gum-sample");
    let ids: Vec<&str> = dataset.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["000_1e424d9fbc67f49a", "001_ae0f0f92b6fa5d3a"]);
    // Headline, then paragraphs separated by a blank line, sentences of a
    // paragraph joined by a space, one final newline.
    assert_eq!(
        dataset.articles[1].text,
        "Kites fill the sky over Brindle Bay\n\nSome 40 kites flew over the bay on Sunday. Organisers said about 2,000 people came to watch.\n\nThe festival began in 2009.\n"
    );
    // No file of the collection that is not a dataset's.
    assert!(!out.join("gum.yaml").exists());
    let validation = claimbench::validate_dir(&out).unwrap();
    assert!(validation.is_ok(), "{:#?}", validation.diagnostics);
}

#[test]
fn a_folder_of_the_files_works_like_a_checkout() {
    let dir = tempfile::tempdir().unwrap();
    let from_checkout = dir.path().join("a");
    let from_folder = dir.path().join("b");
    assert_eq!(import("tests/gum", &from_checkout).status.code(), Some(0));
    assert_eq!(import("tests/gum/dep", &from_folder).status.code(), Some(0));
    let a = Dataset::load(&from_checkout).unwrap();
    let b = Dataset::load(&from_folder).unwrap();
    assert_eq!(a.content_hash(), b.content_hash());
}

#[test]
fn a_changed_text_names_the_article_both_hashes_and_the_gum_version() {
    let dir = tempfile::tempdir().unwrap();
    let gum = checkout(dir.path());
    let kites = gum.join("dep/GUM_news_kites.conllu");
    let edited = std::fs::read_to_string(&kites)
        .unwrap()
        .replace("Some 40 kites", "Some 41 kites");
    std::fs::write(&kites, edited).unwrap();
    let out = dir.path().join("out");
    let output = import(arg(&gum), &out);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("GUM_news_kites.conllu: "), "{err}");
    assert!(err.contains("article `001_ae0f0f92b6fa5d3a`"), "{err}");
    assert!(
        err.contains("ae0f0f92b6fa5d3a9f40ca97914e94e2ba76b862cbb166662b6b3bb1eadee4ce"),
        "the expected hash: {err}"
    );
    assert!(err.contains("another version of GUM"), "{err}");
    assert!(
        err.contains("0123456789abcdef0123456789abcdef01234567"),
        "the commit: {err}"
    );
    assert_nothing_written(dir.path(), &out);
}

#[test]
fn a_missing_document_and_a_malformed_file_are_reported_together() {
    let dir = tempfile::tempdir().unwrap();
    let gum = checkout(dir.path());
    std::fs::remove_file(gum.join("dep/GUM_news_kites.conllu")).unwrap();
    let ferry = gum.join("dep/GUM_news_ferry.conllu");
    let text = std::fs::read_to_string(&ferry).unwrap();
    // A sentence before the first paragraph (line 1) and a headline that
    // is not the title.
    let broken = format!(
        "# text = A stray sentence.\n{}",
        text.replace(
            "# text = Ferry service resumes after the storm",
            "# text = Ferry service resumes"
        )
    );
    std::fs::write(&ferry, broken).unwrap();
    let out = dir.path().join("out");
    let output = import(arg(&gum), &out);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(
            "GUM_news_ferry.conllu:1: a `# text = ` sentence comes before the first `# newpar`"
        ),
        "{err}"
    );
    // The title is on line 6 and the first `# newpar` on line 7 once the
    // stray line is added.
    assert!(
        err.contains("GUM_news_ferry.conllu:7: the first paragraph, the headline, is `Ferry service resumes`, but the title (line 6)"),
        "{err}"
    );
    assert!(
        err.contains(
            "the GUM document `GUM_news_kites.conllu` of article `001_ae0f0f92b6fa5d3a` is missing"
        ),
        "{err}"
    );
    assert!(err.contains("3 problem(s)"), "{err}");
    assert_nothing_written(dir.path(), &out);
}

#[test]
fn a_malformed_annotation_is_placed_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let annotations = copy_annotations(dir.path(), &["dataset.yaml", "conflicts.yaml", "gum.yaml"]);
    std::fs::write(
        annotations.join("articles/000_1e424d9fbc67f49a.yaml"),
        "id: 000_1e424d9fbc67f49a\ntext_file: [not, a, name]\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let output = import_with("tests/gum", &out, &annotations);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("articles/000_1e424d9fbc67f49a.yaml:2:"),
        "{err}"
    );
    assert_nothing_written(dir.path(), &out);
}

#[test]
fn annotations_that_do_not_validate_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let annotations = copy_annotations(
        dir.path(),
        &[
            "dataset.yaml",
            "conflicts.yaml",
            "gum.yaml",
            "articles/000_1e424d9fbc67f49a.yaml",
            "articles/001_ae0f0f92b6fa5d3a.yaml",
        ],
    );
    // Without its distractor, the year of the kites article is a numeral
    // no annotation covers.
    let kites = annotations.join("articles/001_ae0f0f92b6fa5d3a.yaml");
    let yaml = std::fs::read_to_string(&kites).unwrap();
    let cut = yaml.find("distractors:").unwrap();
    std::fs::write(&kites, &yaml[..cut]).unwrap();
    let out = dir.path().join("out");
    let output = import_with("tests/gum", &out, &annotations);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("does not validate"), "{err}");
    assert!(
        err.contains("articles/001_ae0f0f92b6fa5d3a.txt:5:23: error[CB312]: the numeral `2009`"),
        "{err}"
    );
    assert_nothing_written(dir.path(), &out);
}

#[test]
fn an_existing_directory_with_files_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let taken = taken_dir(dir.path());
    assert_left_alone(&import("tests/gum", &taken), &taken);
}

#[test]
fn an_empty_licence_field_is_refused_where_it_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert_eq!(import("tests/gum", &out).status.code(), Some(0));
    let article = out.join("articles/000_1e424d9fbc67f49a.yaml");
    let yaml = std::fs::read_to_string(&article).unwrap();
    let line = yaml
        .lines()
        .position(|l| l.trim_start().starts_with("attribution: '\"Ferry"))
        .unwrap()
        + 1;
    let blanked: Vec<String> = yaml
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                "    attribution: \"\"".to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect();
    std::fs::write(&article, blanked.join("\n") + "\n").unwrap();
    let manifest = out.join("dataset.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("name: CC BY 4.0", "name: \" \"")).unwrap();
    let validation = claimbench::validate_dir(&out).unwrap();
    let found: Vec<(String, usize, String)> = validation
        .diagnostics
        .iter()
        .map(|d| (d.path.clone(), d.line, d.code.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "articles/000_1e424d9fbc67f49a.yaml".to_owned(),
                line,
                "CB109".to_owned()
            ),
            ("dataset.yaml".to_owned(), 7, "CB109".to_owned()),
        ],
        "{:#?}",
        validation.diagnostics
    );
}
