//! The JSON Schemas of a dataset's files: the committed copies in
//! `docs/schema/` are what `claimbench schema` prints today, every dataset
//! file of the repository names its schema on its first line and validates
//! against it, and the schemas refuse what the loader refuses.
//!
//! The deliberately broken datasets (`tests/broken/`, `tests/hostile/cases/`)
//! are left out: they exist to fail.

use std::path::{Path, PathBuf};
use std::process::Command;

use claimbench::schema::{MODELINE_PREFIX, SchemaFile};
use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The dataset directories of the repository that must be valid.
const DATASETS: [&str; 5] = [
    "fixtures",
    "collections/wikinews",
    "tests/conflict_scenarios",
    "tests/gum/annotations",
    "tests/hostile/base",
];

/// Every file of `dir` that has a schema: dataset.yaml, conflicts.yaml and
/// the articles' YAML.
fn dataset_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = vec![dir.join("dataset.yaml"), dir.join("conflicts.yaml")];
    let mut articles: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "{} has no articles", dir.display());
    files.extend(articles);
    files
}

fn schema_file(path: &Path) -> SchemaFile {
    SchemaFile::for_file_name(path.file_name().unwrap().to_str().unwrap())
}

fn validator(file: SchemaFile) -> jsonschema::Validator {
    jsonschema::validator_for(&file.schema()).expect("the schema is a valid JSON Schema")
}

fn yaml_as_json(text: &str) -> Value {
    serde_norway::from_str(text).expect("the file is YAML")
}

/// Every schema error of `instance`, one line each.
fn errors(file: SchemaFile, instance: &Value) -> Vec<String> {
    validator(file)
        .iter_errors(instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

#[test]
fn the_committed_schemas_are_current() {
    let mut stale = Vec::new();
    for file in SchemaFile::ALL {
        let path = root().join("docs/schema").join(file.file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != file.render() {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from the model: run `cargo run -- schema --out-dir docs/schema` and commit the result",
        stale.join(", ")
    );
}

#[test]
fn every_dataset_file_names_its_schema_on_its_first_line() {
    let mut wrong = Vec::new();
    for dataset in DATASETS {
        for path in dataset_files(&root().join(dataset)) {
            let text = std::fs::read_to_string(&path).unwrap();
            let relative = path.strip_prefix(root()).unwrap();
            let depth = relative.components().count() - 1;
            let expected = format!(
                "{MODELINE_PREFIX}{}docs/schema/{}",
                "../".repeat(depth),
                schema_file(&path).file_name()
            );
            if text.lines().next() != Some(expected.as_str()) {
                wrong.push(format!("{}: expected `{expected}`", relative.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "files without their schema line:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_dataset_file_validates_against_its_schema() {
    let mut invalid = Vec::new();
    let mut checked = 0;
    for dataset in DATASETS {
        for path in dataset_files(&root().join(dataset)) {
            let instance = yaml_as_json(&std::fs::read_to_string(&path).unwrap());
            for error in errors(schema_file(&path), &instance) {
                invalid.push(format!("{}: {error}", path.display()));
            }
            checked += 1;
        }
    }
    assert!(invalid.is_empty(), "{}", invalid.join("\n"));
    assert!(checked > 100, "only {checked} files were checked");
}

/// A change to the sample article of [`article_with`].
type Edit = Box<dyn FnOnce(&mut Value)>;

/// A small valid article, changed by `edit`, and whether the schema and
/// the loader's types accept it.
fn article_with(edit: impl FnOnce(&mut Value)) -> (bool, bool) {
    let mut article = json!({
        "id": "000_0123456789abcdef",
        "text_file": "000_0123456789abcdef.txt",
        "text_sha256": "0".repeat(64),
        "source": {"language": "en", "published": {"date": "2020-05", "evidence": "dateline"}},
        "claims": [{
            "id": "homes",
            "quote": "about 4,000 people",
            "figure": "4,000",
            "value": 4000,
            "unit": "people",
            "qualifier": "about",
            "measure": "people without power",
            "attribution": {"kind": "unattributed"}
        }],
        "distractors": [{"quote": "on March 3", "figure": "3", "reason": "date"}]
    });
    edit(&mut article);
    let by_schema = errors(SchemaFile::Article, &article).is_empty();
    let by_serde = serde_json::from_value::<claimbench::model::Article>(article).is_ok();
    (by_schema, by_serde)
}

#[test]
fn the_article_schema_accepts_and_refuses_what_the_loader_does() {
    let unit = claimbench::Unit::all().next().unwrap().name();
    let cases: Vec<(&str, Edit, bool)> = vec![
        ("as written", Box::new(|_| {}), true),
        (
            "a known unit",
            Box::new(move |a| a["claims"][0]["unit"] = json!(unit)),
            true,
        ),
        (
            "a rate of two units",
            Box::new(|a| a["claims"][0]["unit"] = json!("usd/barrel")),
            true,
        ),
        (
            "a fraction in quotes",
            Box::new(|a| a["claims"][0]["value"] = json!("1/3")),
            true,
        ),
        (
            "a range",
            Box::new(|a| a["claims"][0]["value"] = json!({"low": 200, "high": 1000})),
            true,
        ),
        (
            "a bare year as a number",
            Box::new(|a| a["source"]["published"]["date"] = json!(2020)),
            true,
        ),
        (
            "a misspelt field",
            Box::new(|a| a["claims"][0]["qualifer"] = json!("about")),
            false,
        ),
        (
            "an unknown unit",
            Box::new(|a| a["claims"][0]["unit"] = json!("furlongs")),
            false,
        ),
        (
            "an unknown qualifier",
            Box::new(|a| a["claims"][0]["qualifier"] = json!("roughly")),
            false,
        ),
        (
            "a missing attribution",
            Box::new(|a| {
                a["claims"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("attribution");
            }),
            false,
        ),
        (
            "a fraction over zero",
            Box::new(|a| a["claims"][0]["value"] = json!("1/0")),
            false,
        ),
        (
            "a range with a third end",
            Box::new(|a| a["claims"][0]["value"] = json!({"low": 1, "high": 2, "mid": 1.5})),
            false,
        ),
        (
            "month 13",
            Box::new(|a| a["source"]["published"]["date"] = json!("2020-13")),
            false,
        ),
        (
            "an unknown distractor reason",
            Box::new(|a| a["distractors"][0]["reason"] = json!("weekday")),
            false,
        ),
    ];
    for (case, edit, valid) in cases {
        let (by_schema, by_serde) = article_with(edit);
        assert_eq!(by_serde, valid, "the loader on {case}");
        assert_eq!(by_schema, valid, "the schema on {case}");
    }
}

#[test]
fn the_conflicts_and_dataset_schemas_refuse_unknown_fields() {
    let conflicts = json!({"groups": [], "distinct": [], "pairs": []});
    assert!(!errors(SchemaFile::Conflicts, &conflicts).is_empty());
    assert!(errors(SchemaFile::Conflicts, &json!({"groups": []})).is_empty());
    let dataset = json!({"name": "d", "version": "1.0.0", "description": "x"});
    assert!(errors(SchemaFile::Dataset, &dataset).is_empty());
    let mut misspelt = dataset.clone();
    misspelt["licnce"] = json!("CC BY");
    assert!(!errors(SchemaFile::Dataset, &misspelt).is_empty());
    let mut layer = dataset;
    layer["layers"] = json!(["spans", "footnotes"]);
    assert!(!errors(SchemaFile::Dataset, &layer).is_empty());
}

fn claimbench(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_schema_command_prints_one_schema_or_writes_all() {
    let printed = claimbench(&["schema", "conflicts"]);
    assert!(printed.status.success());
    assert_eq!(
        String::from_utf8(printed.stdout).unwrap(),
        SchemaFile::Conflicts.render()
    );

    let out = tempfile::tempdir().unwrap();
    let written = claimbench(&["schema", "--out-dir", out.path().to_str().unwrap()]);
    assert!(written.status.success(), "{written:?}");
    for file in SchemaFile::ALL {
        let text = std::fs::read_to_string(out.path().join(file.file_name())).unwrap();
        assert_eq!(text, file.render());
    }

    let missing = claimbench(&["schema"]);
    assert_eq!(missing.status.code(), Some(2));

    let nowhere = out.path().join("absent");
    let refused = claimbench(&["schema", "--out-dir", nowhere.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert!(stderr.contains("is not a directory"), "{stderr}");
}
