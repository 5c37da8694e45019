//! The wire format of an extracted claim: what every [`Extractor`] returns,
//! what `claimbench extract` prints, and what an external extractor writes.
//!
//! [`Extractor`]: super::Extractor
//!
//! # Offsets
//!
//! Every span is a pair of **Unicode code point (`char`) offsets** into the
//! article's text, **half-open** (`start` inclusive, `end` exclusive), counted
//! from 0 at the first character of the text. They are not byte offsets: in
//! `"café 12"` the figure `12` is `{start: 5, end: 7}`.
//!
//! # Fields
//!
//! One claim is an object with these fields, in this order (YAML shown;
//! JSON has the same shape):
//!
//! ```yaml
//! figure:                 # the figure as written (required)
//!   start: 9              #   char offset of its first character (optional, with end)
//!   end: 11               #   char offset one past its last character (optional, with start)
//!   text: "12"            #   the text between them, exactly
//! value: 12.0             # the normalized number, or {low: 2.0, high: 3.0} for a range
//! unit: people            # a unit id of the language pack (people, km2, celsius, usd...) or a rate (usd/barrel)
//! qualifier: at_least     # exact | about | more_than | at_least | less_than | up_to | range | estimated | vague
//! measure: people         # the noun phrase naming what is counted, as written; null when none
//! attribution:            # who the text says the figure comes from (required)
//!   kind: reported_speech #   direct_quote | reported_speech | according_to | statistics_provided | unattributed
//!   text: police          #   the phrase naming the source, as written; absent when unattributed
//!   span: {start: 32, end: 38}  # where `text` is in the article; absent when not known
//! sentence: {start: 0, end: 45} # the sentence or clause that states the figure (optional)
//! conflict_key: storm-deaths    # the extractor's name for what is measured (optional)
//! ```
//!
//! - `figure` is the numeral only: digits with their separators and scale
//!   (`350,200`, `3.8bn`, `5 million`), number words (`half a million`,
//!   `a third`), a vague quantity (`hundreds`), or both ends of a range
//!   (`2,000 and 3,000`). Hedges (`more than`), currency signs and units
//!   (`$`, `percent`, `square kilometres`) are outside it.
//! - `value` follows the annotation guide: `96 percent` is `96`, `half` is
//!   `0.5`, vague quantities are the range `2N..10N`.
//! - `measure` is a best effort; the scorer does not use it, and the
//!   conflict detector reads it first when it looks for what a figure
//!   measures (then the words around the figure).
//! - `conflict_key`, when given, replaces that search: claims with the same
//!   key and unit are compared for conflicts, across articles, and with
//!   nothing else. Use it when the extractor knows better than synonym sets
//!   what a figure measures.
//! - `attribution.kind` is `unattributed` exactly when `text` is absent.
//!
//! Objects are read with unknown fields rejected, so a misspelt field in an
//! external extractor's output is an error rather than silently dropped. New
//! optional fields may be added in later versions of the format.

use serde::{Deserialize, Serialize};

use crate::model::{AttributionKind, Value};
use crate::vocab::{Qualifier, Unit};

/// A half-open range of Unicode code point offsets into an article's text.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// Offset of the first character, counting `char`s from 0.
    pub start: usize,
    /// Offset one past the last character.
    pub end: usize,
}

impl Span {
    /// Whether the two spans share at least one character.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The characters of `text` this span covers, or `None` when it falls
    /// outside `text` or `start > end`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        if self.start > self.end {
            return None;
        }
        let mut indices = text
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(text.len()));
        let start = indices.nth(self.start)?;
        let end = if self.end == self.start {
            start
        } else {
            indices.nth(self.end - self.start - 1)?
        };
        Some(&text[start..end])
    }
}

/// The figure as written, and where it is in the text.
///
/// On the wire it is one flat object, `{"start": 9, "end": 11, "text": "12"}`,
/// where `start` and `end` go together and may both be left out by an
/// extractor that cannot give offsets; its claims are then scored as
/// *unlocated* (matched on value and unit only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "FigureWire", into = "FigureWire")]
pub struct ExtractedFigure {
    /// The figure exactly as in the article.
    pub text: String,
    /// Where it is, when the extractor knows.
    pub span: Option<Span>,
}

impl ExtractedFigure {
    /// A figure at a known place.
    pub fn at(start: usize, end: usize, text: impl Into<String>) -> Self {
        ExtractedFigure {
            text: text.into(),
            span: Some(Span { start, end }),
        }
    }

    /// Where the figure starts, when known.
    pub fn start(&self) -> Option<usize> {
        self.span.map(|span| span.start)
    }
}

/// The flat wire shape of [`ExtractedFigure`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureWire {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    text: String,
}

impl TryFrom<FigureWire> for ExtractedFigure {
    type Error = String;

    fn try_from(wire: FigureWire) -> Result<Self, String> {
        let span = match (wire.start, wire.end) {
            (Some(start), Some(end)) if start <= end => Some(Span { start, end }),
            (Some(start), Some(end)) => {
                return Err(format!(
                    "figure span starts at {start}, after its end {end}"
                ));
            }
            (None, None) => None,
            _ => return Err("a figure gives both `start` and `end`, or neither".to_owned()),
        };
        Ok(ExtractedFigure {
            text: wire.text,
            span,
        })
    }
}

impl From<ExtractedFigure> for FigureWire {
    fn from(figure: ExtractedFigure) -> Self {
        FigureWire {
            start: figure.span.map(|s| s.start),
            end: figure.span.map(|s| s.end),
            text: figure.text,
        }
    }
}

/// One checkable figure found in an article; see the [module docs](self)
/// for the wire format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractedClaim {
    /// The figure as written, with its span when known.
    pub figure: ExtractedFigure,
    /// The normalized number, or the two ends of a range.
    pub value: Value,
    /// What the value is measured in.
    pub unit: Unit,
    /// How the text hedges the figure.
    pub qualifier: Qualifier,
    /// The noun phrase naming what is counted, as written, if found.
    #[serde(default)]
    pub measure: Option<String>,
    /// Who the text says the figure comes from.
    pub attribution: ExtractedAttribution,
    /// The sentence or clause that states the figure, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Span>,
    /// The extractor's own conflict flag: a name for what the figure
    /// measures (`syria-war-deaths`). Claims with the same key and unit are
    /// compared for conflicts with each other and with nothing else,
    /// whatever their measure words; see [`crate::conflict`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_key: Option<String>,
}

/// Who an article says an extracted figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractedAttribution {
    /// How the text attributes the figure.
    pub kind: AttributionKind,
    /// The phrase naming the source, as written; `None` when unattributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where `text` is in the article, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl ExtractedAttribution {
    /// The outlet states the figure in its own voice.
    pub fn unattributed() -> Self {
        ExtractedAttribution {
            kind: AttributionKind::Unattributed,
            text: None,
            span: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slices_by_chars_not_bytes() {
        let text = "café 12 people";
        let span = Span { start: 5, end: 7 };
        assert_eq!(span.slice(text), Some("12"));
        assert_eq!(Span { start: 14, end: 14 }.slice(text), Some(""));
        assert_eq!(Span { start: 10, end: 15 }.slice(text), None);
        assert_eq!(Span { start: 3, end: 2 }.slice(text), None);
    }

    #[test]
    fn spans_overlap_only_when_they_share_a_char() {
        let a = Span { start: 0, end: 5 };
        assert!(a.overlaps(&Span { start: 4, end: 6 }));
        assert!(!a.overlaps(&Span { start: 5, end: 6 }));
    }

    #[test]
    fn a_claim_round_trips_and_rejects_unknown_fields() {
        let claim = ExtractedClaim {
            figure: ExtractedFigure::at(9, 11, "12"),
            value: Value::Number(12.0),
            unit: Unit::PEOPLE,
            qualifier: Qualifier::AtLeast,
            measure: Some("people".into()),
            attribution: ExtractedAttribution {
                kind: AttributionKind::ReportedSpeech,
                text: Some("police".into()),
                span: Some(Span { start: 32, end: 38 }),
            },
            sentence: Some(Span { start: 0, end: 45 }),
            conflict_key: None,
        };
        let json = serde_json::to_string(&claim).unwrap();
        let back: ExtractedClaim = serde_json::from_str(&json).unwrap();
        assert_eq!(back, claim);
        let misspelt = json.replace("\"measure\"", "\"measures\"");
        assert!(serde_json::from_str::<ExtractedClaim>(&misspelt).is_err());
    }

    #[test]
    fn a_figure_may_leave_out_its_span_but_not_half_of_it() {
        let unlocated: ExtractedFigure = serde_json::from_str(r#"{"text": "12"}"#).unwrap();
        assert_eq!(unlocated.span, None);
        let located: ExtractedFigure =
            serde_json::from_str(r#"{"start": 3, "end": 5, "text": "12"}"#).unwrap();
        assert_eq!(located.span, Some(Span { start: 3, end: 5 }));
        assert!(serde_json::from_str::<ExtractedFigure>(r#"{"start": 3, "text": "12"}"#).is_err());
        assert!(
            serde_json::from_str::<ExtractedFigure>(r#"{"start": 5, "end": 3, "text": "12"}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<ExtractedFigure>(r#"{"text": "12", "stat": 1}"#).is_err());
    }
}
