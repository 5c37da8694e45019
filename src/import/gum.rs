//! The Wikinews collection, rebuilt from a checkout of the GUM corpus
//! (`claimbench import gum GUM_DIR --out DIR`).
//!
//! claimbench ships its annotations of Wikinews articles
//! (`collections/wikinews/`, embedded in the library as [`Collection::embedded`])
//! but not their texts: those are GUM's (github.com/amir-zeldes/gum, texts
//! CC BY 2.5 from Wikinews). The import rebuilds each text from GUM's
//! dependency file for its document, checks it byte for byte against the
//! annotation's `text_sha256`, and returns the files of a complete dataset.
//!
//! ## The text rule
//!
//! From `GUM_news_<name>.conllu`, read line by line (a line ends at `\n`;
//! a `\r` before it is dropped):
//!
//! - a line that is exactly `# newpar` starts a paragraph;
//! - a line starting `# text = ` adds a sentence to the current paragraph:
//!   the rest of the line, verbatim;
//! - a line starting `# meta::title = ` gives the title;
//! - every other line is ignored.
//!
//! A paragraph is its sentences joined by one space; a paragraph without
//! sentences is dropped. The text is the paragraphs joined by one blank line
//! (`"\n\n"`), ending with one `"\n"`. The first paragraph is the headline
//! and must equal the title. A sentence before the first `# newpar`, a file
//! without a title or sentences, a headline that is not the title and a
//! file that is not UTF-8 are errors, each placed at its line.
//!
//! ## The collection's files
//!
//! `dataset.yaml`, `conflicts.yaml` and `articles/<id>.yaml` are a dataset's
//! (without texts); `gum.yaml` ([`GumManifest`]) names the GUM commit the
//! annotations were made at and maps each article id to its GUM document.
//! Documents of `gum.yaml` without an annotation yet are left out (and
//! counted in a remark); an annotation without a document is an error.

use std::collections::{BTreeMap, BTreeSet};

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::{ImportError, ImportProblem, ImportedDataset};

/// The Wikinews collection as the repository holds it.
static WIKINEWS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/collections/wikinews");

/// The manifest of the collection's files, relative to its directory.
pub const GUM_MANIFEST: &str = "gum.yaml";

/// `gum.yaml`: where the texts of a collection come from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GumManifest {
    /// The corpus's repository.
    pub repository: String,
    /// The commit of GUM the annotations were made at (40 hex digits).
    pub commit: String,
    /// Each article and its document.
    #[serde(default)]
    pub documents: Vec<GumDocument>,
}

/// One article of the collection and the GUM document its text comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GumDocument {
    /// The article's id (the stem of `articles/<id>.yaml`).
    pub article: String,
    /// The document's name, the stem of its file (`GUM_news_afghan`).
    pub document: String,
}

/// What an import needs to know of an annotation; the validator checks the
/// rest once the dataset is assembled.
#[derive(Debug, Deserialize)]
struct AnnotationHead {
    text_file: String,
    text_sha256: String,
    #[serde(default)]
    claims: Vec<serde::de::IgnoredAny>,
}

/// The files of a collection: the dataset's without texts, and `gum.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    /// Path (relative to the collection's directory, `/`-separated) to
    /// contents.
    files: BTreeMap<String, Vec<u8>>,
}

impl Collection {
    /// The collection embedded in the library, from `collections/wikinews/`.
    pub fn embedded() -> Collection {
        let mut files = BTreeMap::new();
        collect_embedded(&WIKINEWS, &mut files);
        Collection { files }
    }

    /// A collection in a directory laid out as `collections/wikinews/`:
    /// `dataset.yaml`, `conflicts.yaml`, `gum.yaml` and `articles/*.yaml`.
    /// Other files are not read.
    ///
    /// # Errors
    ///
    /// When a file cannot be read (a missing `articles/` is no error).
    pub fn from_dir(dir: &std::path::Path) -> std::io::Result<Collection> {
        let mut files = BTreeMap::new();
        for name in ["dataset.yaml", "conflicts.yaml", GUM_MANIFEST] {
            let path = dir.join(name);
            let bytes = std::fs::read(&path).map_err(|error| {
                std::io::Error::new(error.kind(), format!("{}: {error}", path.display()))
            })?;
            files.insert(name.to_owned(), bytes);
        }
        let articles = dir.join("articles");
        if articles.is_dir() {
            for entry in std::fs::read_dir(&articles)? {
                let entry = entry?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".yaml") && entry.file_type()?.is_file() {
                    files.insert(format!("articles/{name}"), std::fs::read(entry.path())?);
                }
            }
        }
        Ok(Collection { files })
    }

    /// The annotations' ids (their file stems), in order.
    fn annotations(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().filter_map(|(path, bytes)| {
            let stem = path.strip_prefix("articles/")?.strip_suffix(".yaml")?;
            (!stem.contains('/')).then_some((stem, bytes.as_slice()))
        })
    }

    /// The GUM documents the annotations need, as file names
    /// (`GUM_news_afghan.conllu`), in order; empty when `gum.yaml` cannot
    /// be read ([`import`] reports why).
    pub fn documents_needed(&self) -> Vec<String> {
        let Ok(manifest) = self.manifest() else {
            return Vec::new();
        };
        let annotated: BTreeSet<&str> = self.annotations().map(|(id, _)| id).collect();
        manifest
            .documents
            .iter()
            .filter(|d| annotated.contains(d.article.as_str()) && plain_name(&d.document))
            .map(|d| format!("{}.conllu", d.document))
            .collect()
    }

    fn manifest(&self) -> Result<GumManifest, ImportProblem> {
        let bytes = self.files.get(GUM_MANIFEST).ok_or_else(|| ImportProblem {
            location: GUM_MANIFEST.to_owned(),
            message: "the collection has no `gum.yaml`".to_owned(),
            help: "add it: the GUM repository, its commit and each article's document".to_owned(),
        })?;
        serde_norway::from_slice(bytes).map_err(|error| yaml_problem(GUM_MANIFEST, &error))
    }
}

fn collect_embedded(dir: &Dir<'static>, files: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        files.insert(path, file.contents().to_vec());
    }
    for sub in dir.dirs() {
        collect_embedded(sub, files);
    }
}

/// A problem of a YAML file of the collection, at serde's line and column.
fn yaml_problem(path: &str, error: &serde_norway::Error) -> ImportProblem {
    let location = match error.location() {
        Some(at) => format!("{path}:{}:{}", at.line(), at.column()),
        None => path.to_owned(),
    };
    ImportProblem {
        location,
        message: error.to_string(),
        help: "correct the file (CONTRIBUTING.md describes its fields)".to_owned(),
    }
}

/// Whether `name` is a file name of its own: no separators, not `.` or `..`.
fn plain_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != ".."
}

/// Rebuilds the collection's dataset from the GUM documents in `gum`, by
/// file name (`GUM_news_afghan.conllu`; a missing one is a problem).
/// `gum_dir` is the folder they were read from, as problems show it.
///
/// # Errors
///
/// Every problem at once, each located (`GUM_DIR/dep/GUM_news_x.conllu:12`,
/// `articles/<id>.yaml:3:1`): a malformed file of the collection or of GUM,
/// an annotation without a document, a missing document, a text whose
/// SHA-256 is not its annotation's (another GUM version).
pub fn import(
    collection: &Collection,
    gum: &BTreeMap<String, Vec<u8>>,
    gum_dir: &str,
) -> Result<ImportedDataset, ImportError> {
    let mut problems = Vec::new();
    let manifest = collection.manifest().map_err(|p| problems.push(p)).ok();
    let mut by_article: BTreeMap<&str, &str> = BTreeMap::new();
    if let Some(manifest) = &manifest {
        let mut documents = BTreeSet::new();
        for entry in &manifest.documents {
            if !plain_name(&entry.document) {
                problems.push(manifest_problem(format!(
                    "the document `{}` of article `{}` is not a file name",
                    entry.document, entry.article
                )));
            } else if by_article.insert(&entry.article, &entry.document).is_some() {
                problems.push(manifest_problem(format!(
                    "the article `{}` is listed twice",
                    entry.article
                )));
            } else if !documents.insert(&entry.document) {
                problems.push(manifest_problem(format!(
                    "the document `{}` is listed for two articles",
                    entry.document
                )));
            }
        }
    }
    let mut files = BTreeMap::new();
    for name in ["dataset.yaml", "conflicts.yaml"] {
        match collection.files.get(name) {
            Some(bytes) => {
                files.insert(name.to_owned(), bytes.clone());
            }
            None => problems.push(ImportProblem {
                location: name.to_owned(),
                message: format!("the collection has no `{name}`"),
                help: "add it, as in a dataset directory".to_owned(),
            }),
        }
    }
    let (mut articles, mut claims) = (0, 0);
    for (id, bytes) in collection.annotations() {
        let yaml_path = format!("articles/{id}.yaml");
        let head: AnnotationHead = match serde_norway::from_slice(bytes) {
            Ok(head) => head,
            Err(error) => {
                problems.push(yaml_problem(&yaml_path, &error));
                continue;
            }
        };
        if !plain_name(&head.text_file) {
            problems.push(ImportProblem {
                location: yaml_path.clone(),
                message: format!("`text_file: {}` is not a file name", head.text_file),
                help: format!("write `text_file: {id}.txt`"),
            });
            continue;
        }
        if manifest.is_none() {
            continue;
        }
        let Some(document) = by_article.get(id) else {
            problems.push(manifest_problem(format!(
                "the article `{id}` (articles/{id}.yaml) has no document"
            )));
            continue;
        };
        let file_name = format!("{document}.conllu");
        let shown = format!("{}/{file_name}", gum_dir.trim_end_matches('/'));
        let Some(conllu) = gum.get(&file_name) else {
            problems.push(ImportProblem {
                location: shown,
                message: format!("the GUM document `{file_name}` of article `{id}` is missing"),
                help: "give a GUM checkout (with its `dep/` folder) or a folder of its `GUM_news_*.conllu` files".to_owned(),
            });
            continue;
        };
        let text = match rebuild_text(conllu) {
            Ok(text) => text,
            Err(found) => {
                problems.extend(
                    found
                        .into_iter()
                        .map(|(line, message, help)| ImportProblem {
                            location: format!("{shown}:{line}"),
                            message,
                            help,
                        }),
                );
                continue;
            }
        };
        let found = hex(&Sha256::digest(text.as_bytes()));
        if found != head.text_sha256 {
            let commit = manifest.as_ref().map_or("", |m| m.commit.as_str());
            problems.push(ImportProblem {
                location: shown,
                message: format!(
                    "the text rebuilt for article `{id}` has SHA-256 {found}, but its annotation records {}: this file is not the one annotated, probably from another version of GUM",
                    head.text_sha256
                ),
                help: format!(
                    "check out GUM at commit {commit}, the version the collection was annotated at, and import again"
                ),
            });
            continue;
        }
        files.insert(yaml_path, bytes.to_vec());
        files.insert(format!("articles/{}", head.text_file), text.into_bytes());
        articles += 1;
        claims += head.claims.len();
    }
    if !problems.is_empty() {
        return Err(ImportError::new(problems));
    }
    let mut remarks = Vec::new();
    let unannotated = by_article.len().saturating_sub(articles);
    if unannotated > 0 {
        remarks.push(format!(
            "{unannotated} of the {} documents of gum.yaml have no annotation in the collection yet and were not imported",
            by_article.len()
        ));
    }
    Ok(ImportedDataset {
        files,
        articles,
        claims,
        remarks,
    })
}

fn manifest_problem(message: String) -> ImportProblem {
    ImportProblem {
        location: GUM_MANIFEST.to_owned(),
        message,
        help: "list each article once, with the stem of its GUM file: `- {article: 000_..., document: GUM_news_...}`".to_owned(),
    }
}

/// One problem of a GUM file: its line (from 1), what is wrong, and how to
/// fix it.
type LineProblem = (usize, String, String);

/// The text of a GUM document by the rule of this module's documentation,
/// or every problem of the file.
///
/// # Errors
///
/// The file is not UTF-8, has a sentence before its first paragraph, no
/// title, no sentence, or a headline that is not its title.
pub fn rebuild_text(conllu: &[u8]) -> Result<String, Vec<LineProblem>> {
    const ANOTHER_FILE: &str = "this is not a GUM dependency file as the collection was annotated from: use the `dep/` file of a GUM checkout";
    let conllu = std::str::from_utf8(conllu).map_err(|error| {
        let line = conllu[..error.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        vec![(
            line,
            format!("the file is not valid UTF-8: {error}"),
            ANOTHER_FILE.to_owned(),
        )]
    })?;
    let mut problems = Vec::new();
    let mut title: Option<(usize, &str)> = None;
    let mut first_paragraph_line = None;
    let mut paragraphs: Vec<Vec<&str>> = Vec::new();
    for (index, line) in conllu.split('\n').enumerate() {
        let number = index + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line == "# newpar" {
            paragraphs.push(Vec::new());
            first_paragraph_line.get_or_insert(number);
        } else if let Some(sentence) = line.strip_prefix("# text = ") {
            match paragraphs.last_mut() {
                Some(paragraph) => paragraph.push(sentence),
                None => problems.push((
                    number,
                    "a `# text = ` sentence comes before the first `# newpar`, so it belongs to no paragraph".to_owned(),
                    ANOTHER_FILE.to_owned(),
                )),
            }
        } else if let Some(value) = line.strip_prefix("# meta::title = ") {
            title.get_or_insert((number, value));
        }
    }
    let paragraphs: Vec<String> = paragraphs
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join(" "))
        .collect();
    match (title, paragraphs.first()) {
        (None, _) => problems.push((
            1,
            "the file has no `# meta::title = ` line".to_owned(),
            ANOTHER_FILE.to_owned(),
        )),
        (Some(_), None) => problems.push((
            1,
            "the file has no `# text = ` sentence in a paragraph".to_owned(),
            ANOTHER_FILE.to_owned(),
        )),
        (Some((line, title)), Some(headline)) if headline != title => problems.push((
            first_paragraph_line.unwrap_or(1),
            format!(
                "the first paragraph, the headline, is `{headline}`, but the title (line {line}) is `{title}`"
            ),
            "the rule makes the first paragraph the headline: this file is laid out otherwise, perhaps from another version of GUM".to_owned(),
        )),
        _ => {}
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut text = paragraphs.join("\n\n");
    text.push('\n');
    Ok(text)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# newdoc id = GUM_news_kites\n# meta::title = Kites fill the sky\n# newpar\n# sent_id = GUM_news_kites-1\n# text = Kites fill the sky\n1\tKites\tkite\n\n# newpar\n# text = Some 40 kites flew on Sunday.\n# text = Nobody fell.\n\n# newpar\n# text = The next festival is in May.\n";

    #[test]
    fn paragraphs_are_joined_by_blank_lines_and_sentences_by_spaces() {
        assert_eq!(
            rebuild_text(DOC.as_bytes()).unwrap(),
            "Kites fill the sky\n\nSome 40 kites flew on Sunday. Nobody fell.\n\nThe next festival is in May.\n"
        );
    }

    #[test]
    fn carriage_returns_and_empty_paragraphs_change_nothing() {
        let crlf = DOC.replace('\n', "\r\n").replace(
            "# newpar\r\n# text = The",
            "# newpar\r\n# newpar\r\n# text = The",
        );
        assert_eq!(rebuild_text(crlf.as_bytes()), rebuild_text(DOC.as_bytes()));
    }

    #[test]
    fn a_headline_that_is_not_the_title_is_placed_at_its_paragraph() {
        let doc = DOC.replace("# text = Kites fill the sky", "# text = Kites fill the air");
        let problems = rebuild_text(doc.as_bytes()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, 3);
        assert!(
            problems[0].1.contains("`Kites fill the air`"),
            "{}",
            problems[0].1
        );
        assert!(problems[0].1.contains("(line 2)"), "{}", problems[0].1);
    }

    #[test]
    fn every_problem_of_a_file_is_reported_with_its_line() {
        let doc = "# text = Stray sentence\n# newpar\n# text = A\n# text = B\n";
        let problems = rebuild_text(doc.as_bytes()).unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|p| p.0).collect();
        assert_eq!(lines, [1, 1]);
        assert!(problems[0].1.contains("before the first `# newpar`"));
        assert!(problems[1].1.contains("no `# meta::title"));
    }

    #[test]
    fn a_file_that_is_not_utf8_names_its_line() {
        let mut doc = DOC.as_bytes().to_vec();
        doc.extend_from_slice(b"# text = caf\xe9\n");
        let problems = rebuild_text(&doc).unwrap_err();
        assert_eq!(problems[0].0, DOC.lines().count() + 1);
    }

    #[test]
    fn the_embedded_collection_reads() {
        let collection = Collection::embedded();
        let manifest = collection.manifest().unwrap();
        assert_eq!(manifest.commit, "72ce5ac14978a324c2fd18d49484e65292cbe316");
        assert!(collection.files.contains_key("dataset.yaml"));
        for (id, _) in collection.annotations() {
            assert!(
                manifest.documents.iter().any(|d| d.article == id),
                "{id} has no document in gum.yaml"
            );
        }
    }
}
