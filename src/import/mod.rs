//! Importers: other benchmarks' files turned into claimbench datasets and
//! predictions files, so that one harness scores extractors on claimbench's
//! articles and on the field's benchmarks with the same matching and the same
//! reports.
//!
//! An importer is pure: it reads bytes and returns the files of a dataset
//! ([`ImportedDataset`]) or the text of a predictions file (the shape of
//! [`crate::saved`]). Writing them, atomically, is the caller's
//! (`claimbench import`). Each importer documents its mapping on its module.

pub mod gum;
pub mod newsquant;
pub mod rule_corpus;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::model::Source;

/// The files of an imported dataset, by path relative to the dataset
/// directory (`dataset.yaml`, `conflicts.yaml`, `articles/<id>.yaml`,
/// `articles/<id>.txt`), and what the import left out or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDataset {
    /// Path to contents.
    pub files: BTreeMap<String, Vec<u8>>,
    /// How many articles were written.
    pub articles: usize,
    /// How many claims were written.
    pub claims: usize,
    /// Remarks for people: quantities left out and why, units read as
    /// counts, and the like, one sentence each.
    pub remarks: Vec<String>,
}

/// A predictions file made from another benchmark's outputs, with what the
/// conversion left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedPredictions {
    /// The predictions file: JSON lines, as [`crate::saved`] reads them.
    pub text: String,
    /// How many articles it answers.
    pub articles: usize,
    /// How many claims it holds.
    pub claims: usize,
    /// Remarks for people, one sentence each.
    pub remarks: Vec<String>,
}

/// Why a file could not be imported: every problem found, each placed in
/// the file. Nothing is written when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    problems: Vec<ImportProblem>,
}

/// One problem of an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// Where: `line 12, column 5` for a JSON error, or the JSON path of the
    /// field at fault (`[41].quantities[2].value`); for an import of several
    /// files, the file and its line (`dep/GUM_news_kites.conllu:12`).
    pub location: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl ImportError {
    pub(crate) fn new(problems: Vec<ImportProblem>) -> ImportError {
        ImportError { problems }
    }

    /// Every problem found, in file order.
    pub fn problems(&self) -> &[ImportProblem] {
        &self.problems
    }

    /// The problems of an import that reads several files, whose
    /// locations name their file (`articles/a.yaml:3:1`): one per line, each
    /// followed by a `help:` line.
    pub fn render_located(&self) -> String {
        self.render_each(|problem| problem.location.clone())
    }

    fn render_each(&self, place: impl Fn(&ImportProblem) -> String) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            out.push_str(&format!(
                "{}: {}\n  help: {}\n",
                place(problem),
                problem.message,
                problem.help
            ));
        }
        out
    }

    /// The problems, one per line, each prefixed by `file` and its place:
    /// `NewsQuant.json:12:5: ...` and a `help:` line.
    pub fn render(&self, file: &str) -> String {
        self.render_each(|problem| format!("{file}:{}", problem.location))
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problems.first() {
            Some(first) => write!(
                f,
                "{} problem(s); the first, at {}: {}",
                self.problems.len(),
                first.location,
                first.message
            ),
            None => f.write_str("the file could not be imported"),
        }
    }
}

impl std::error::Error for ImportError {}

/// An article file of an imported dataset, with claims of the importer's
/// shape `C` (the fields of the layers it has).
#[derive(Serialize)]
pub(crate) struct ArticleYaml<'a, C> {
    pub(crate) id: &'a str,
    pub(crate) text_file: String,
    pub(crate) text_sha256: String,
    pub(crate) source: Source,
    pub(crate) claims: Vec<C>,
}

/// An article file, its claims indented below `claims:` as the bundled
/// fixtures write them (the validator places each claim's problems by
/// reading claims one at a time, which expects that layout).
pub(crate) fn article_yaml<C: Serialize>(article: &ArticleYaml<'_, C>) -> Vec<u8> {
    let text = String::from_utf8(yaml(article)).expect("YAML is UTF-8");
    let Some((head, claims)) = text.split_once("\nclaims:\n") else {
        return text.into_bytes();
    };
    let mut out = format!("{head}\nclaims:\n");
    for line in claims.lines() {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    out.into_bytes()
}

/// `value` as YAML.
pub(crate) fn yaml<T: Serialize>(value: &T) -> Vec<u8> {
    serde_norway::to_string(value)
        .expect("import records serialize to YAML")
        .into_bytes()
}
