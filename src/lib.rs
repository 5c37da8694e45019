//! claimbench: a curated dataset of checkable numeric claims in real news
//! articles, and a harness that scores claim extractors against it.
#![warn(missing_docs)]

pub mod bench;
pub mod conflict;
pub mod dataset;
pub mod extract;
pub mod fixture;
pub mod model;
pub mod number;
pub mod report;
pub mod score;
pub mod vocab;

pub use bench::{Scorecard, bench};
pub use dataset::{Dataset, LoadError, LoadErrorKind, dataset};
pub use fixture::{Code, Diagnostic, Summary, Validation, validate_bundled, validate_dir};
pub use model::{
    Article, Attribution, AttributionKind, Claim, ClaimRef, ConflictGroup, DatePrecision,
    DatedEvidence, Distractor, DistractorReason, PartialDate, Quantity, Source, Value, Verdict,
};
pub use vocab::{Qualifier, Unit};
