//! The bundled dataset is valid: one test per article file of
//! `fixtures/articles/`, named `article::<id>` so that a failure names the
//! file, and tests of the dataset as a whole (no diagnostics at all; the
//! embedded copy equals `fixtures/` on disk).
//!
//! This binary runs on libtest-mimic (`harness = false`) because libtest
//! cannot make one test per file found at run time.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use claimbench::{Dataset, Validation};
use libtest_mimic::{Arguments, Failed, Trial};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The validation of `fixtures/` on disk, shared by every test.
fn validation() -> &'static Validation {
    static VALIDATION: OnceLock<Validation> = OnceLock::new();
    VALIDATION.get_or_init(|| {
        claimbench::validate_dir(fixtures()).expect("fixtures/ is a readable directory")
    })
}

fn rendered(validation: &Validation, keep: impl Fn(&str) -> bool) -> Vec<String> {
    validation
        .diagnostics
        .iter()
        .filter(|d| keep(&d.path))
        .map(|d| d.render("fixtures"))
        .collect()
}

/// The article `stem` has no diagnostic, in its YAML file or its text, and
/// is in the embedded dataset.
fn article_validates(stem: &str) -> Result<(), Failed> {
    let problems = rendered(validation(), |path| {
        path.strip_prefix("articles/")
            .and_then(|name| name.rsplit_once('.'))
            .is_some_and(|(name, _)| name == stem)
    });
    if !problems.is_empty() {
        return Err(problems.join("\n\n").into());
    }
    if claimbench::dataset().article(stem).is_none() {
        return Err(
            format!("`{stem}` is not in the embedded dataset: rebuild (cargo build)").into(),
        );
    }
    Ok(())
}

fn bundled_dataset_has_no_diagnostics() -> Result<(), Failed> {
    let problems = rendered(validation(), |_| true);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n\n").into())
    }
}

fn embedded_dataset_equals_fixtures_on_disk() -> Result<(), Failed> {
    let on_disk = Dataset::load(fixtures()).map_err(|e| e.to_string())?;
    let embedded = claimbench::dataset();
    if embedded.content_hash() != on_disk.content_hash() {
        return Err(
            "the embedded fixtures differ from fixtures/ on disk: rebuild the crate \
                    (a new file under fixtures/ needs `touch src/dataset.rs`)"
                .into(),
        );
    }
    if *embedded != on_disk {
        return Err("the embedded dataset and fixtures/ hash alike but load differently".into());
    }
    Ok(())
}

fn embedded_validation_equals_disk_validation() -> Result<(), Failed> {
    let embedded = claimbench::validate_bundled();
    if &embedded == validation() {
        Ok(())
    } else {
        Err(format!(
            "validating the embedded copy gives {:?}, validating fixtures/ gives {:?}",
            embedded.summary,
            validation().summary
        )
        .into())
    }
}

fn summary_counts_match_the_loaded_dataset() -> Result<(), Failed> {
    let summary = &validation().summary;
    let dataset = claimbench::dataset();
    let claims: usize = dataset.articles.iter().map(|a| a.claims.len()).sum();
    let expected = (
        dataset.articles.len(),
        claims,
        dataset.conflicts.len(),
        Some(dataset.version()),
    );
    let actual = (
        summary.articles,
        summary.claims,
        summary.conflict_groups,
        summary.version.as_deref(),
    );
    if actual == expected {
        Ok(())
    } else {
        Err(format!("summary {actual:?}, dataset {expected:?}").into())
    }
}

fn main() {
    let arguments = Arguments::from_args();
    let mut stems: Vec<String> = std::fs::read_dir(fixtures().join("articles"))
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .filter_map(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    name.strip_suffix(".yaml").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    stems.sort();
    let found = stems.len();
    let mut trials = vec![
        Trial::test("fixtures_hold_at_least_one_article", move || {
            if found == 0 {
                Err("fixtures/articles/ holds no `*.yaml` file".into())
            } else {
                Ok(())
            }
        }),
        Trial::test(
            "bundled_dataset_has_no_diagnostics",
            bundled_dataset_has_no_diagnostics,
        ),
        Trial::test(
            "embedded_dataset_equals_fixtures_on_disk",
            embedded_dataset_equals_fixtures_on_disk,
        ),
        Trial::test(
            "embedded_validation_equals_disk_validation",
            embedded_validation_equals_disk_validation,
        ),
        Trial::test(
            "summary_counts_match_the_loaded_dataset",
            summary_counts_match_the_loaded_dataset,
        ),
    ];
    trials.extend(
        stems
            .into_iter()
            .map(|stem| Trial::test(format!("article::{stem}"), move || article_validates(&stem))),
    );
    libtest_mimic::run(&arguments, trials).exit();
}
