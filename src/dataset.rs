//! A whole dataset in memory: its manifest, its articles with their texts,
//! and its conflict groups, with the version and content hash every report
//! carries. [`Dataset::load`] reads one from a directory; [`dataset`] is the
//! one bundled in the library.
//!
//! A `Dataset` is always valid: loading runs the full validator of
//! [`crate::fixture`] and fails on any diagnostic.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use include_dir::{Dir, include_dir};

use crate::fixture::source::{EmbeddedSource, FileSource};
use crate::fixture::{self, Diagnostic, validate};
use crate::model::{Article, Claim, ClaimRef, ConflictGroup, DatasetManifest, DistinctPair, Layer};
use crate::partition::Partition;

/// The bundled fixtures, compiled into the library.
pub(crate) static FIXTURES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/fixtures");

/// A valid dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// `dataset.yaml`: name, version, description.
    pub manifest: DatasetManifest,
    /// The articles, sorted by id, each with its text.
    pub articles: Vec<Article>,
    /// The conflict groups of `conflicts.yaml`, in file order.
    pub conflicts: Vec<ConflictGroup>,
    /// The pairs `conflicts.yaml` records as measuring different things.
    pub distinct: Vec<DistinctPair>,
    content_hash: String,
    partition: Option<Partition>,
}

impl Dataset {
    /// Loads and validates the dataset in the directory `dir`.
    ///
    /// # Errors
    ///
    /// When `dir` is not a readable directory
    /// ([`LoadErrorKind::NotADirectory`]), or when validation finds any
    /// problem ([`LoadErrorKind::Invalid`], with the diagnostics).
    pub fn load(dir: impl AsRef<Path>) -> Result<Dataset, LoadError> {
        let dir = dir.as_ref();
        let source = fixture::open_dir(dir)?;
        Dataset::from_source(&source, dir)
    }

    fn from_source(source: &dyn FileSource, dir: &Path) -> Result<Dataset, LoadError> {
        let checked = validate::check(source);
        match (checked.manifest, checked.content_hash) {
            (Some(manifest), Some(content_hash)) if checked.diagnostics.is_empty() => Ok(Dataset {
                manifest,
                articles: checked.articles,
                conflicts: checked.conflicts,
                distinct: checked.distinct,
                content_hash,
                partition: None,
            }),
            _ => {
                let mut error = LoadError::new(LoadErrorKind::Invalid, dir, None);
                error.diagnostics = checked.diagnostics;
                Err(error)
            }
        }
    }

    /// What the dataset annotates besides value and unit, from
    /// `dataset.yaml` (every layer unless it says otherwise).
    pub fn layers(&self) -> &[Layer] {
        &self.manifest.layers
    }

    /// Whether the dataset annotates `layer`.
    pub fn annotates(&self, layer: Layer) -> bool {
        self.manifest.layers.contains(&layer)
    }

    /// The dataset's version, from `dataset.yaml`.
    pub fn version(&self) -> &str {
        &self.manifest.version
    }

    /// Lower-case hex SHA-256 over the sorted relative paths and bytes of
    /// every file of the dataset.
    ///
    /// The recipe, so that others can recompute it: take every file below
    /// the dataset directory (hidden files included, symbolic links
    /// followed), named by its path relative to that directory with `/`
    /// separators; sort the paths by their UTF-8 bytes; feed SHA-256, for
    /// each file in that order, the path's bytes, one zero byte, the file's
    /// length as an unsigned 64-bit big-endian integer, and the file's bytes.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// The same dataset with only the articles of one [`Partition`]; its
    /// version, content hash and conflict groups stay those of the whole.
    pub fn partition(&self, partition: Partition) -> Dataset {
        Dataset {
            articles: self
                .articles
                .iter()
                .filter(|article| partition.contains(&article.id))
                .cloned()
                .collect(),
            partition: Some(partition),
            manifest: self.manifest.clone(),
            conflicts: self.conflicts.clone(),
            distinct: self.distinct.clone(),
            content_hash: self.content_hash.clone(),
        }
    }

    /// The share of the whole dataset this is, if it is one.
    pub fn partition_of(&self) -> Option<Partition> {
        self.partition
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles
            .binary_search_by(|article| article.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.articles[i])
    }

    /// The claim a conflict group refers to.
    pub fn claim(&self, reference: &ClaimRef) -> Option<&Claim> {
        self.article(&reference.article)?.claim(&reference.claim)
    }
}

/// The dataset bundled with the library: `fixtures/` as it was when the
/// crate was compiled. It works from any directory and from the published
/// crate.
///
/// ```
/// let dataset = claimbench::dataset();
/// assert_eq!(dataset.content_hash().len(), 64);
/// assert!(dataset.articles.windows(2).all(|w| w[0].id < w[1].id));
/// ```
///
/// # Panics
///
/// If the bundled fixtures are invalid, which the crate's tests rule out
/// (`claimbench validate` shows the problems). Code that must not panic
/// even then, such as the `claimbench` command run from a checkout whose
/// fixtures are being edited, calls [`try_dataset`].
pub fn dataset() -> &'static Dataset {
    try_dataset().unwrap_or_else(|error| panic!("the bundled dataset is invalid: {error}"))
}

/// The bundled dataset, or every problem the validator found in it.
///
/// The fixtures are validated once per process, on first use; later calls
/// return the same result.
///
/// ```
/// let dataset = claimbench::try_dataset().expect("the bundled fixtures are valid");
/// assert_eq!(dataset, claimbench::dataset());
/// ```
///
/// # Errors
///
/// A [`LoadErrorKind::Invalid`] error with the diagnostics (paths relative
/// to `fixtures/`) when the fixtures compiled into this build are invalid.
pub fn try_dataset() -> Result<&'static Dataset, &'static LoadError> {
    static BUNDLED: OnceLock<Result<Dataset, LoadError>> = OnceLock::new();
    BUNDLED
        .get_or_init(|| {
            Dataset::from_source(&EmbeddedSource::new(&FIXTURES), Path::new("fixtures"))
        })
        .as_ref()
}

/// Why a dataset could not be loaded or validated.
#[derive(Debug)]
pub struct LoadError {
    kind: LoadErrorKind,
    path: PathBuf,
    source: Option<io::Error>,
    diagnostics: Vec<Diagnostic>,
}

/// The kind of a [`LoadError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// Occurs when the dataset path does not exist, cannot be read, or is
    /// not a directory.
    NotADirectory,
    /// Occurs when the dataset was read but has problems; see
    /// [`LoadError::diagnostics`].
    Invalid,
}

impl LoadError {
    pub(crate) fn new(kind: LoadErrorKind, path: &Path, source: Option<io::Error>) -> LoadError {
        LoadError {
            kind,
            path: path.to_path_buf(),
            source,
            diagnostics: Vec::new(),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> LoadErrorKind {
        self.kind
    }

    /// The dataset directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The problems found, for [`LoadErrorKind::Invalid`]; empty otherwise.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match self.kind {
            LoadErrorKind::NotADirectory => {
                write!(f, "`{path}` is not a readable dataset directory")?;
                if let Some(source) = &self.source {
                    write!(f, ": {source}")?;
                }
                Ok(())
            }
            LoadErrorKind::Invalid => {
                let n = self.diagnostics.len();
                write!(f, "the dataset in `{path}` has {n} problem(s)")?;
                if let Some(first) = self.diagnostics.first() {
                    write!(f, "; the first: {}", first.render(&path.to_string()))?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
