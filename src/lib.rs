//! claimbench: a curated dataset of checkable numeric claims in real news
//! articles, and a harness that scores claim extractors against it.
//!
//! A *claim* is a checkable figure as an article states it: the number, its
//! unit, how it is hedged ("more than", "about"), what it measures, and who
//! the article says it comes from. The bundled [`dataset()`] records every
//! claim in a set of real articles, kept verbatim with their noise, and the
//! numerals that are not claims (dates, years, identifiers). An
//! [`Extractor`](extract::Extractor) reads an article and returns the claims
//! it finds; [`bench()`] scores it against the gold and returns a
//! [`Scorecard`]:
//!
//! ```
//! use claimbench::extract::ReferenceExtractor;
//!
//! let scorecard = claimbench::bench(claimbench::dataset(), &ReferenceExtractor::new());
//! println!("{}", claimbench::report::table(&scorecard, true));
//! // In an extractor crate's own tests: fail with every miss listed.
//! scorecard.assert_at_least(0.9, 0.9);
//! ```
//!
//! Where things are:
//!
//! - [`model`] and [`vocab`]: the data model and its closed vocabularies,
//!   which are also the YAML fixture format, and [`schema`]: that format
//!   as JSON Schemas for editors;
//! - [`dataset`](mod@dataset) and [`fixture`]: loading and validating a
//!   dataset, with diagnostics that name file, line and column;
//! - [`number`]: reading figures as written (`350,200`, `half a million`);
//! - [`extract`]: the [`Extractor`](extract::Extractor) trait, the shape of
//!   an extracted claim (also the wire format for external extractors), and
//!   the rule-based [`ReferenceExtractor`](extract::ReferenceExtractor);
//! - [`export`]: the gold as JSON Lines and CSV tables;
//! - [`score`], [`mod@bench`] and [`report`]: matching, metrics, scorecards
//!   and their formats;
//! - [`answers`]: scoring claims extracted elsewhere (saved outputs, the
//!   Python package), given per article id;
//! - [`protocol`]: any program as an extractor, over JSON lines
//!   ([`ProcessExtractor`](protocol::ProcessExtractor));
//! - [`saved`]: an extractor's answers saved to a file, scored again
//!   without running it; [`import`]: other benchmarks (NewsQuant) as
//!   datasets and predictions files;
//! - [`conflict`]: figures from different articles that measure the same
//!   thing, and whether they agree;
//! - [`strategy`]: proptest strategies (noise, planted claims, arbitrary
//!   text) and the robustness properties any extractor can be put through.
//!
//! `ARCHITECTURE.md` maps the code; `CONTRIBUTING.md` is the annotation guide.
#![warn(missing_docs)]

pub mod agree;
pub mod answers;
pub mod bench;
pub mod conflict;
pub mod coverage;
pub mod dataset;
pub mod export;
pub mod extract;
pub mod fixture;
#[doc(hidden)]
pub mod fuzzing;
pub mod import;
pub mod lang;
pub mod model;
pub mod number;
pub mod partition;
pub mod protocol;
pub mod report;
pub mod saved;
pub mod scaffold;
pub mod schema;
pub mod score;
pub mod strategy;
#[doc(hidden)]
pub mod synth;
pub mod vocab;

pub use bench::{Scorecard, bench, merge};
pub use dataset::{Dataset, LoadError, LoadErrorKind, dataset, try_dataset};
pub use fixture::{Code, Diagnostic, Summary, Validation, validate_bundled, validate_dir};
pub use model::{
    Article, Attribution, AttributionKind, Claim, ClaimRef, ConflictGroup, DatePrecision,
    DatedEvidence, DistinctPair, Distractor, DistractorReason, PartialDate, Quantity, Source,
    Value, Verdict,
};
pub use vocab::{Dimension, Qualifier, Unit, UnitId};
