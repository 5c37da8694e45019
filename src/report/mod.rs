//! Writing a [`Scorecard`] for people and programs: a terminal table, JSON,
//! Markdown for a pull-request comment, JUnit XML for CI dashboards, and a
//! self-contained HTML page with every article's claims highlighted; and
//! the conflict groups of [`crate::conflict`] as a table, JSON or Markdown.
//!
//! Every writer returns a `String` and does no I/O; the command line decides
//! where it goes. Every format names the dataset (version and content hash),
//! the extractor (name and version) and claimbench's version, so that two
//! results can be told apart.
//!
//! [`Scorecard`]: crate::Scorecard

mod conflicts;
mod html;
mod json;
mod junit;
mod markdown;
mod table;

pub use conflicts::{conflicts_json, conflicts_markdown, conflicts_table};
pub use html::html;
pub use json::json;
pub use junit::junit;
pub use markdown::markdown;
pub use table::table;

/// Formats a ratio as a fixed three-decimal number, or `-` when undefined.
fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"))
}

/// The first 12 hex digits of a content hash, enough to tell datasets apart
/// at a glance; JSON carries the whole hash.
fn short_hash(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}
