//! The gold as flat tables, for pandas, spreadsheets and Hugging Face
//! `datasets`: one row per article, claim, distractor and conflict-group
//! member, as JSON Lines or CSV. [`export`] returns the files' names and
//! contents and does no I/O; `claimbench export` writes them.
//!
//! # Files
//!
//! | file | one row per | format |
//! | --- | --- | --- |
//! | `dataset.json` | the dataset (one JSON object, not lines) | always JSON |
//! | `articles.jsonl` | article | always JSON Lines |
//! | `claims.jsonl` or `claims.csv` | gold claim | the chosen format |
//! | `distractors.jsonl` or `distractors.csv` | distractor | the chosen format |
//! | `conflicts.jsonl` or `conflicts.csv` | member of a conflict group | the chosen format |
//!
//! The article texts are JSON Lines in both formats: a CSV cell holding a
//! whole article, line breaks and all, is where CSV readers disagree.
//!
//! `dataset.json`: `name`, `version`, `description`, `content_hash` (see
//! [`Dataset::content_hash`]), `claimbench_version`, and the row counts
//! `articles`, `claims`, `distractors`, `conflict_groups`,
//! `conflict_members`.
//!
//! `articles`: `id`, `text` (exactly as stored; every offset counts into
//! it), `text_sha256`, and the source: `outlet`, `url`, `published` (a date
//! written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`), `published_evidence`,
//! `language`, `source_note`.
//!
//! `claims`: `article`, `claim` (the claim's id), `quote`, `figure`; where
//! they are, as half-open offsets counted in Unicode code points
//! (`quote_start`, `quote_end`, `figure_start`, `figure_end`, what Python's
//! `str` indexes) and in UTF-8 bytes (the same names ending in `_byte`),
//! all empty (`null`) for an unlocated claim of a dataset without spans;
//! `value` for a single number, or `low` and `high` for a range (the other
//! side empty); `unit`, its `dimension`, `qualifier`, `measure`, `of` (the id
//! of the claim this one is a share of); `attribution_kind`,
//! `attribution_source`, `attribution_aliases` (a list; in CSV, a JSON array
//! in one cell); `as_of` and `as_of_evidence`; `occurrences` (how often the
//! quote appears in the text); `note` (the annotator's remark, if any).
//!
//! `distractors`: `article`, `quote`, `figure`, the same eight offsets,
//! `reason`, `occurrences`.
//!
//! `conflicts`: `group`, `measure`, `verdict`, `explanation`, `article`,
//! `claim`: the group's fields repeated on each member's row.
//!
//! A quote that appears more than once (`occurrences` above 1) is located at
//! its first appearance; the figure at its first appearance inside that
//! quote. An absent value is `null` in JSON Lines and an empty cell in CSV.
//! Rows come in dataset order (articles by id, claims and distractors in
//! file order, groups in `conflicts.yaml` order). Columns may be added in
//! later versions; none will be removed or change meaning.

use serde::Serialize;

use crate::dataset::Dataset;
use crate::model::{AttributionKind, DistractorReason, Value, Verdict};
use crate::vocab::{Dimension, Qualifier, Unit};

/// The format of the claim, distractor and conflict tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per line (`.jsonl`).
    JsonLines,
    /// Comma-separated values with a header row (`.csv`, RFC 4180 quoting).
    Csv,
}

impl ExportFormat {
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::JsonLines => "jsonl",
            ExportFormat::Csv => "csv",
        }
    }
}

/// One file of an export: its name (no directory) and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// The file name, such as `claims.csv`.
    pub name: String,
    /// The whole file.
    pub contents: String,
}

/// Where a quote and its figure are in an article's text, in code points
/// and in UTF-8 bytes, half-open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Located {
    pub quote_chars: (usize, usize),
    pub figure_chars: (usize, usize),
    pub quote_bytes: (usize, usize),
    pub figure_bytes: (usize, usize),
}

/// Locates the first appearance of `quote` in `text` and of `figure` in it.
/// A valid dataset always finds both; `None` otherwise.
pub(crate) fn locate(text: &str, quote: &str, figure: &str) -> Option<Located> {
    let quote_start = text.find(quote)?;
    let figure_start = quote_start + quote.find(figure)?;
    let chars = |byte: usize| text[..byte].chars().count();
    let quote_bytes = (quote_start, quote_start + quote.len());
    let figure_bytes = (figure_start, figure_start + figure.len());
    Some(Located {
        quote_chars: (chars(quote_bytes.0), chars(quote_bytes.1)),
        figure_chars: (chars(figure_bytes.0), chars(figure_bytes.1)),
        quote_bytes,
        figure_bytes,
    })
}

/// Every file of the export of `dataset`, in the order of the module docs.
pub fn export(dataset: &Dataset, format: ExportFormat) -> Vec<ExportFile> {
    let mut claims = Vec::new();
    let mut distractors = Vec::new();
    let mut articles = Vec::new();
    for article in &dataset.articles {
        let source = &article.source;
        articles.push(ArticleRow {
            id: &article.id,
            text: &article.text,
            text_sha256: &article.text_sha256,
            outlet: source.outlet.as_deref(),
            url: source.url.as_deref(),
            published: source.published.as_ref().map(|p| p.date.to_string()),
            published_evidence: source.published.as_ref().map(|p| p.evidence.as_str()),
            language: &source.language,
            source_note: source.note.as_deref(),
        });
        for claim in &article.claims {
            // An unlocated claim (a dataset without spans) has no offsets.
            let at = (!claim.quote.is_empty())
                .then(|| locate(&article.text, &claim.quote, &claim.figure))
                .flatten();
            let (value, low, high) = match claim.value {
                Value::Number(n) => (Some(n), None, None),
                Value::Range { low, high } => (None, Some(low), Some(high)),
            };
            claims.push(ClaimRow {
                article: &article.id,
                claim: &claim.id,
                quote: &claim.quote,
                figure: &claim.figure,
                spans: Spans::from(at),
                value,
                low,
                high,
                unit: claim.unit,
                dimension: claim.unit.dimension(),
                qualifier: claim.qualifier,
                measure: &claim.measure,
                of: claim.of.as_deref(),
                attribution_kind: claim.attribution.kind,
                attribution_source: claim.attribution.source.as_deref(),
                attribution_aliases: claim
                    .attribution
                    .aliases
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
                as_of: claim.as_of.as_ref().map(|d| d.date.to_string()),
                as_of_evidence: claim.as_of.as_ref().map(|d| d.evidence.as_str()),
                occurrences: claim.occurrences,
                note: claim.note.as_deref(),
            });
        }
        for distractor in &article.distractors {
            let at = locate(&article.text, &distractor.quote, &distractor.figure);
            distractors.push(DistractorRow {
                article: &article.id,
                quote: &distractor.quote,
                figure: &distractor.figure,
                spans: Spans::from(at),
                reason: distractor.reason,
                occurrences: distractor.occurrences,
            });
        }
    }
    let conflicts: Vec<ConflictRow> = dataset
        .conflicts
        .iter()
        .flat_map(|group| {
            group.claims.iter().map(move |member| ConflictRow {
                group: &group.id,
                measure: &group.measure,
                verdict: group.verdict,
                explanation: &group.explanation,
                article: &member.article,
                claim: &member.claim,
            })
        })
        .collect();
    let manifest = ManifestRow {
        name: &dataset.manifest.name,
        version: dataset.version(),
        description: &dataset.manifest.description,
        content_hash: dataset.content_hash(),
        claimbench_version: env!("CARGO_PKG_VERSION"),
        articles: articles.len(),
        claims: claims.len(),
        distractors: distractors.len(),
        conflict_groups: dataset.conflicts.len(),
        conflict_members: conflicts.len(),
    };
    let mut dataset_json =
        serde_json::to_string_pretty(&manifest).expect("the manifest row serializes");
    dataset_json.push('\n');

    let extension = format.extension();
    let claims_table = match format {
        ExportFormat::JsonLines => json_lines(&claims),
        // A CSV cell holds one value: the aliases go in as a JSON array.
        ExportFormat::Csv => csv_table(
            &claims
                .into_iter()
                .map(|row| {
                    row.map_aliases(|aliases| {
                        serde_json::to_string(&aliases).expect("a list of strings serializes")
                    })
                })
                .collect::<Vec<_>>(),
        ),
    };
    vec![
        ExportFile {
            name: "dataset.json".to_owned(),
            contents: dataset_json,
        },
        ExportFile {
            name: "articles.jsonl".to_owned(),
            contents: json_lines(&articles),
        },
        ExportFile {
            name: format!("claims.{extension}"),
            contents: claims_table,
        },
        ExportFile {
            name: format!("distractors.{extension}"),
            contents: match format {
                ExportFormat::JsonLines => json_lines(&distractors),
                ExportFormat::Csv => csv_table(&distractors),
            },
        },
        ExportFile {
            name: format!("conflicts.{extension}"),
            contents: match format {
                ExportFormat::JsonLines => json_lines(&conflicts),
                ExportFormat::Csv => csv_table(&conflicts),
            },
        },
    ]
}

fn json_lines<T: Serialize>(rows: &[T]) -> String {
    let mut out = String::new();
    for row in rows {
        out.push_str(&serde_json::to_string(row).expect("export rows serialize"));
        out.push('\n');
    }
    out
}

fn csv_table<T: Serialize>(rows: &[T]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer
            .serialize(row)
            .expect("export rows are flat and serialize to CSV");
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8")
}

#[derive(Serialize)]
struct ManifestRow<'a> {
    name: &'a str,
    version: &'a str,
    description: &'a str,
    content_hash: &'a str,
    claimbench_version: &'a str,
    articles: usize,
    claims: usize,
    distractors: usize,
    conflict_groups: usize,
    conflict_members: usize,
}

#[derive(Serialize)]
struct ArticleRow<'a> {
    id: &'a str,
    text: &'a str,
    text_sha256: &'a str,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    published_evidence: Option<&'a str>,
    language: &'a str,
    source_note: Option<&'a str>,
}

/// The eight offsets of a quote and its figure. Written out field by field
/// rather than flattened, because the CSV writer cannot flatten.
#[derive(Debug, Clone, Copy)]
struct Spans {
    quote_start: Option<usize>,
    quote_end: Option<usize>,
    figure_start: Option<usize>,
    figure_end: Option<usize>,
    quote_start_byte: Option<usize>,
    quote_end_byte: Option<usize>,
    figure_start_byte: Option<usize>,
    figure_end_byte: Option<usize>,
}

impl From<Option<Located>> for Spans {
    /// The offsets of a located quote; all empty for an unlocated claim.
    fn from(at: Option<Located>) -> Spans {
        Spans {
            quote_start: at.map(|at| at.quote_chars.0),
            quote_end: at.map(|at| at.quote_chars.1),
            figure_start: at.map(|at| at.figure_chars.0),
            figure_end: at.map(|at| at.figure_chars.1),
            quote_start_byte: at.map(|at| at.quote_bytes.0),
            quote_end_byte: at.map(|at| at.quote_bytes.1),
            figure_start_byte: at.map(|at| at.figure_bytes.0),
            figure_end_byte: at.map(|at| at.figure_bytes.1),
        }
    }
}

/// Serializes a row's leading fields, the eight offsets, then the rest.
macro_rules! serialize_with_spans {
    ($serializer:expr, $name:literal, $row:expr, [$($before:ident),*], [$($after:ident),*]) => {{
        use serde::ser::SerializeStruct;
        let row = $row;
        // serde_json writes `{}` at once for a struct announced as empty:
        // the count must be right.
        let fields = 8 $(+ { let _ = stringify!($before); 1 })* $(+ { let _ = stringify!($after); 1 })*;
        let mut s = $serializer.serialize_struct($name, fields)?;
        $(s.serialize_field(stringify!($before), &row.$before)?;)*
        let spans = &row.spans;
        s.serialize_field("quote_start", &spans.quote_start)?;
        s.serialize_field("quote_end", &spans.quote_end)?;
        s.serialize_field("figure_start", &spans.figure_start)?;
        s.serialize_field("figure_end", &spans.figure_end)?;
        s.serialize_field("quote_start_byte", &spans.quote_start_byte)?;
        s.serialize_field("quote_end_byte", &spans.quote_end_byte)?;
        s.serialize_field("figure_start_byte", &spans.figure_start_byte)?;
        s.serialize_field("figure_end_byte", &spans.figure_end_byte)?;
        $(s.serialize_field(stringify!($after), &row.$after)?;)*
        s.end()
    }};
}

/// A claim row; `A` is the aliases' column: a list in JSON Lines, a JSON
/// array in one string in CSV.
struct ClaimRow<'a, A> {
    article: &'a str,
    claim: &'a str,
    quote: &'a str,
    figure: &'a str,
    spans: Spans,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Unit,
    dimension: Dimension,
    qualifier: Qualifier,
    measure: &'a str,
    of: Option<&'a str>,
    attribution_kind: AttributionKind,
    attribution_source: Option<&'a str>,
    attribution_aliases: A,
    as_of: Option<String>,
    as_of_evidence: Option<&'a str>,
    occurrences: u32,
    note: Option<&'a str>,
}

impl<'a, A> ClaimRow<'a, A> {
    fn map_aliases<B>(self, f: impl FnOnce(A) -> B) -> ClaimRow<'a, B> {
        ClaimRow {
            attribution_aliases: f(self.attribution_aliases),
            article: self.article,
            claim: self.claim,
            quote: self.quote,
            figure: self.figure,
            spans: self.spans,
            value: self.value,
            low: self.low,
            high: self.high,
            unit: self.unit,
            dimension: self.dimension,
            qualifier: self.qualifier,
            measure: self.measure,
            of: self.of,
            attribution_kind: self.attribution_kind,
            attribution_source: self.attribution_source,
            as_of: self.as_of,
            as_of_evidence: self.as_of_evidence,
            occurrences: self.occurrences,
            note: self.note,
        }
    }
}

impl<A: Serialize> Serialize for ClaimRow<'_, A> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_with_spans!(
            serializer,
            "ClaimRow",
            self,
            [article, claim, quote, figure],
            [
                value,
                low,
                high,
                unit,
                dimension,
                qualifier,
                measure,
                of,
                attribution_kind,
                attribution_source,
                attribution_aliases,
                as_of,
                as_of_evidence,
                occurrences,
                note
            ]
        )
    }
}

struct DistractorRow<'a> {
    article: &'a str,
    quote: &'a str,
    figure: &'a str,
    spans: Spans,
    reason: DistractorReason,
    occurrences: u32,
}

impl Serialize for DistractorRow<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_with_spans!(
            serializer,
            "DistractorRow",
            self,
            [article, quote, figure],
            [reason, occurrences]
        )
    }
}

#[derive(Serialize)]
struct ConflictRow<'a> {
    group: &'a str,
    measure: &'a str,
    verdict: Verdict,
    explanation: &'a str,
    article: &'a str,
    claim: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_code_points_and_bytes_apart() {
        let text = "Café owners said more than 12 people came.";
        let at = locate(text, "more than 12 people", "12").unwrap();
        assert_eq!(at.quote_chars, (17, 36));
        assert_eq!(at.quote_bytes, (18, 37));
        assert_eq!(at.figure_chars, (27, 29));
        assert_eq!(at.figure_bytes, (28, 30));
        assert_eq!(&text[at.figure_bytes.0..at.figure_bytes.1], "12");
        assert_eq!(locate(text, "13 people", "13"), None);
    }

    #[test]
    fn a_figure_is_looked_for_inside_its_quote_not_before_it() {
        let text = "In 12 towns, 12 people were hurt.";
        let at = locate(text, "12 people", "12").unwrap();
        assert_eq!(at.figure_chars, (13, 15));
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        #[derive(Serialize)]
        struct Row<'a> {
            a: &'a str,
            b: Option<f64>,
        }
        let table = csv_table(&[
            Row {
                a: "x, \"y\"\nz",
                b: None,
            },
            Row {
                a: "plain",
                b: Some(1.5),
            },
        ]);
        assert_eq!(table, "a,b\n\"x, \"\"y\"\"\nz\",\nplain,1.5\n");
    }
}
