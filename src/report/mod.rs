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
mod jsonl;
mod junit;
mod markdown;
mod table;

pub use conflicts::{conflicts_json, conflicts_markdown, conflicts_table};
pub use html::html;
pub use json::json;
pub use jsonl::jsonl;
pub use junit::junit;
pub use markdown::markdown;
pub use table::table;

/// Formats a ratio as a fixed three-decimal number, or `-` when undefined.
fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"))
}

/// Which columns of a metrics row the dataset annotates: located F1,
/// strict F1, attribution and qualifier.
#[derive(Clone, Copy)]
struct Annotated {
    located: bool,
    strict: bool,
    attribution: bool,
    qualifier: bool,
}

impl Annotated {
    fn of(dataset: &crate::bench::DatasetInfo) -> Annotated {
        use crate::model::Layer;
        let attribution = dataset.annotates(Layer::Attribution);
        let qualifier = dataset.annotates(Layer::Qualifier);
        Annotated {
            located: dataset.annotates(Layer::Spans),
            strict: attribution && qualifier,
            attribution,
            qualifier,
        }
    }
}

/// A metric's cell: its ratio, or `n/a` when the dataset does not annotate
/// what it needs (which is not the same as 0).
fn cell(value: Option<f64>, annotated: bool) -> String {
    if annotated {
        ratio(value)
    } else {
        NOT_ANNOTATED_CELL.to_owned()
    }
}

/// What a cell shows for a metric the dataset cannot measure.
const NOT_ANNOTATED_CELL: &str = "n/a";

/// A sentence naming the layers the dataset lacks, or `None` when it has
/// every layer.
fn not_annotated(dataset: &crate::bench::DatasetInfo) -> Option<String> {
    use crate::model::Layer;
    let missing: Vec<&str> = Layer::ALL
        .iter()
        .filter(|layer| !dataset.annotates(**layer))
        .map(|layer| layer.name())
        .collect();
    (!missing.is_empty()).then(|| {
        format!(
            "not annotated in this dataset: {} ({NOT_ANNOTATED_CELL} below)",
            missing.join(", ")
        )
    })
}

/// The first 12 hex digits of a content hash, enough to tell datasets apart
/// at a glance; JSON carries the whole hash.
fn short_hash(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}
