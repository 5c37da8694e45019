//! claimbench: a curated dataset of checkable numeric claims in real news
//! articles, and a harness that scores claim extractors against it.
#![warn(missing_docs)]

pub mod conflict;
pub mod model;
pub mod number;
pub mod vocab;

pub use model::{
    Article, Attribution, AttributionKind, Claim, ClaimRef, ConflictGroup, DatePrecision,
    DatedEvidence, Distractor, DistractorReason, PartialDate, Quantity, Source, Value, Verdict,
};
pub use vocab::{Qualifier, Unit};
