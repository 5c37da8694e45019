//! Proptest strategies for testing claim extractors, and the robustness
//! properties built on them.
//!
//! Real articles arrive with ad spam, photo captions, repeated paragraphs,
//! odd whitespace and typographic quotes, and figures come written many
//! ways. These strategies generate such cases from the dataset's articles,
//! with the expected answer known for each:
//!
//! - [`perturb`]: an article with noise added that must not change its gold
//!   claims, and its gold remapped through every edit;
//! - [`plant`]: sentences that state a known figure in varied English, alone
//!   or inserted into an article;
//! - [`text`]: arbitrary text, for no-panic properties;
//! - [`check`]: the properties themselves, and a seeded runner that reports
//!   a pass rate and a minimal failing case per property (what
//!   `claimbench robustness` prints).
//!
//! In an extractor crate's tests:
//!
//! ```
//! use claimbench::strategy::prelude::*;
//! use claimbench::extract::ReferenceExtractor;
//!
//! let extractor = ReferenceExtractor::new();
//! let config = Config { cases: 4, ..Config::default() };
//! let report = run(&extractor, claimbench::dataset(), &config).unwrap();
//! assert!(report.passed(), "{report}");
//! ```
//!
//! `docs/robustness.md` explains how to add a perturbation or a template.

pub mod check;
pub mod perturb;
pub mod plant;
pub mod text;

/// What a test needs, in one `use`.
pub mod prelude {
    pub use super::check::{
        Baseline, Config, Failure, Property, Report, check_invariance, check_planted, check_safety,
        run,
    };
    pub use super::perturb::{Edit, EditMap, Family, Perturbed, perturbed, with_claims};
    pub use super::plant::{Planted, PlantedClaim, planted_claim, planted_in, standalone};
}
