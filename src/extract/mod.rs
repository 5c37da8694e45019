//! Claim extraction: the [`Extractor`] trait every extractor implements, the
//! shape of what it returns ([`ExtractedClaim`], documented field by field in
//! [`claim`] as the wire format), and the rule-based [`ReferenceExtractor`]
//! that claimbench ships as its baseline.
//!
//! An extractor reads one article at a time ([`ArticleInput`]: its id, text
//! and language) and returns every checkable figure it finds. The trait is
//! object safe and takes `&self`, so an extractor can live behind
//! `Box<dyn Extractor + Send + Sync>` and be shared between threads; one that
//! needs state between calls (a child process it talks to, a cache) keeps it
//! behind interior mutability. Extraction can fail ([`ExtractError`]) for
//! extractors that do I/O; the reference extractor never does.
//!
//! ```
//! use claimbench::extract::{ArticleInput, Extractor, ReferenceExtractor};
//! use claimbench::{Qualifier, Unit, Value};
//!
//! let text = "At least 12 people were killed, police said.";
//! let claims = ReferenceExtractor::new()
//!     .extract(&ArticleInput::new("example", text))
//!     .unwrap();
//! assert_eq!(claims.len(), 1);
//! assert_eq!(claims[0].figure.text, "12");
//! assert_eq!(claims[0].value, Value::Number(12.0));
//! assert_eq!(claims[0].unit, Unit::PEOPLE);
//! assert_eq!(claims[0].qualifier, Qualifier::AtLeast);
//! assert_eq!(claims[0].attribution.text.as_deref(), Some("police"));
//! ```

pub mod claim;
pub(crate) mod reference;

use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::Article;

pub use claim::{ExtractedAttribution, ExtractedClaim, ExtractedFigure, Span};
pub use reference::{Explanation, ReferenceExtractor, rules};
pub(crate) use reference::{names_people, numerals};

/// Something that finds checkable numeric claims in an article.
///
/// Implementations must be deterministic for a given article (the scorer and
/// the snapshot tests rely on it) and must return claims whose spans lie
/// inside the article's text.
pub trait Extractor {
    /// A short, stable name for reports (`reference`, `my-model`).
    fn name(&self) -> &str;

    /// The extractor's version, recorded in every report so that scores of
    /// different versions are not compared by mistake.
    fn version(&self) -> &str;

    /// Every claim found in `article`, in the order of the text.
    ///
    /// # Errors
    ///
    /// When the extractor could not run on this article (see
    /// [`ExtractErrorKind`]). Finding nothing is not an error: it is an empty
    /// list.
    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError>;

    /// [`extract`](Extractor::extract), with the claims the extractor gave
    /// that claimbench could not read as claims (a unit outside the
    /// language pack) kept apart instead of dropped, so that the scorer
    /// counts each as a false positive with its reason. Extractors whose
    /// claims are Rust values cannot give such claims and keep the default;
    /// [`ProcessExtractor`](crate::protocol::ProcessExtractor), which reads
    /// another program's JSON, overrides it.
    ///
    /// # Errors
    ///
    /// As [`extract`](Extractor::extract).
    fn extract_checked(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        self.extract(article).map(Extraction::from)
    }
}

/// What an extractor gave for one article: the claims claimbench could read,
/// and those it could not, each with why.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// The claims that were read, in the extractor's order.
    pub claims: Vec<ExtractedClaim>,
    /// The claims that were given but could not be read, in the extractor's
    /// order.
    pub rejected: Vec<RejectedClaim>,
}

/// A claim an extractor gave that claimbench could not read, such as one
/// whose unit is not in the language pack. It costs that claim only: the
/// scorer counts it as extracted and matched to nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedClaim {
    /// Its index in the extractor's answer.
    pub index: usize,
    /// The figure as the extractor gave it.
    pub figure: String,
    /// Character offset of the figure, when the extractor gave one.
    pub start: Option<usize>,
    /// Why it could not be read, with what to do about it.
    pub reason: String,
    /// The claim as the extractor gave it, its offsets counted in `char`s:
    /// what a predictions file keeps, so that re-scoring rejects it again.
    pub given: serde_json::Value,
}

impl Extraction {
    /// The index in the extractor's answer of `claims[read]`: the claims
    /// rejected before it count too.
    pub fn answer_index(&self, read: usize) -> usize {
        let mut index = read;
        for rejected in &self.rejected {
            if rejected.index <= index {
                index += 1;
            } else {
                break;
            }
        }
        index
    }
}

impl Extraction {
    /// Every claim of the answer in the extractor's order, as JSON in the
    /// wire shape: the claims that were read and, where they stood, those
    /// that were not, as given.
    pub fn to_wire(&self) -> Vec<serde_json::Value> {
        let mut read = self.claims.iter();
        let mut rejected = self.rejected.iter().peekable();
        let total = self.claims.len() + self.rejected.len();
        (0..total)
            .filter_map(|index| match rejected.peek() {
                Some(claim) if claim.index == index => rejected.next().map(|c| c.given.clone()),
                _ => read
                    .next()
                    .map(|claim| serde_json::to_value(claim).expect("a claim serializes")),
            })
            .collect()
    }
}

impl From<Vec<ExtractedClaim>> for Extraction {
    fn from(claims: Vec<ExtractedClaim>) -> Self {
        Extraction {
            claims,
            rejected: Vec::new(),
        }
    }
}

impl<E: Extractor + ?Sized> Extractor for &E {
    fn name(&self) -> &str {
        (**self).name()
    }

    fn version(&self) -> &str {
        (**self).version()
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        (**self).extract(article)
    }

    fn extract_checked(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        (**self).extract_checked(article)
    }
}

impl<E: Extractor + ?Sized> Extractor for Box<E> {
    fn name(&self) -> &str {
        (**self).name()
    }

    fn version(&self) -> &str {
        (**self).version()
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        (**self).extract(article)
    }

    fn extract_checked(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        (**self).extract_checked(article)
    }
}

/// What an extractor is given: one article's text and what is known about it.
///
/// This is also the request of the wire format for external extractors: it
/// serializes as `{"id": ..., "text": ..., "language": ...}`. The fields
/// borrow when they can and own when they must (a JSON string with escapes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleInput<'a> {
    /// The article's identifier, for error messages and reports.
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    /// The full text, exactly as stored; every offset an extractor returns
    /// counts Unicode code points (`char`s) of this string.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// BCP 47 language tag of the text (`en`), when known.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Cow<'a, str>>,
}

impl<'a> ArticleInput<'a> {
    /// An article with an id and a text and no other metadata.
    pub fn new(id: &'a str, text: &'a str) -> Self {
        ArticleInput {
            id: Cow::Borrowed(id),
            text: Cow::Borrowed(text),
            language: None,
        }
    }
}

impl<'a> From<&'a Article> for ArticleInput<'a> {
    fn from(article: &'a Article) -> Self {
        ArticleInput {
            id: Cow::Borrowed(&article.id),
            text: Cow::Borrowed(&article.text),
            language: Some(Cow::Borrowed(&article.source.language)),
        }
    }
}

/// Why an extractor could not process an article.
#[derive(Debug)]
pub struct ExtractError {
    kind: ExtractErrorKind,
    message: String,
    source: Option<Box<dyn StdError + Send + Sync>>,
}

/// The kinds of [`ExtractError`]. This list may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtractErrorKind {
    /// Occurs when reading from or writing to something outside the process
    /// fails, such as the pipe to an external extractor.
    Io,
    /// Occurs when an extractor's output cannot be read as extracted claims,
    /// or a claim's spans fall outside the text.
    InvalidOutput,
    /// Occurs when the extractor itself reports that it failed.
    Failed,
}

impl ExtractError {
    /// An error of `kind` with a message for people.
    pub fn new(kind: ExtractErrorKind, message: impl Into<String>) -> Self {
        ExtractError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// The same error, caused by `source`.
    pub fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ExtractErrorKind {
        self.kind
    }
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl StdError for ExtractError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Nothing;

    impl Extractor for Nothing {
        fn name(&self) -> &str {
            "nothing"
        }
        fn version(&self) -> &str {
            "0"
        }
        fn extract(&self, _: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
            Err(ExtractError::new(ExtractErrorKind::Failed, "always fails"))
        }
    }

    #[test]
    fn the_trait_is_object_safe_and_boxable() {
        let boxed: Box<dyn Extractor + Send + Sync> = Box::new(ReferenceExtractor::new());
        assert_eq!(boxed.name(), "reference");
        let failing: Box<dyn Extractor> = Box::new(Nothing);
        let err = failing.extract(&ArticleInput::new("a", "")).unwrap_err();
        assert_eq!(err.kind(), ExtractErrorKind::Failed);
        assert_eq!(err.to_string(), "always fails");
    }

    #[test]
    fn answer_indices_count_the_rejected_claims_before() {
        let rejected = |index| RejectedClaim {
            index,
            figure: String::new(),
            start: None,
            reason: String::new(),
            given: serde_json::Value::Null,
        };
        // The answer was: rejected, read, rejected, rejected, read, read.
        let extraction = Extraction {
            claims: Vec::new(),
            rejected: vec![rejected(0), rejected(2), rejected(3)],
        };
        let indices: Vec<usize> = (0..3).map(|i| extraction.answer_index(i)).collect();
        assert_eq!(indices, [1, 4, 5]);
        assert_eq!(Extraction::default().answer_index(7), 7);
    }

    #[test]
    fn article_input_round_trips_as_json() {
        let input = ArticleInput {
            language: Some(Cow::Borrowed("en")),
            ..ArticleInput::new("a1", "12 \"people\"")
        };
        let json = serde_json::to_string(&input).unwrap();
        assert_eq!(
            json,
            r#"{"id":"a1","text":"12 \"people\"","language":"en"}"#
        );
        let back: ArticleInput<'_> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, input);
    }
}
