//! Unit coverage against outside test sets: the share of the quantities of a
//! file of `{text, quantities: [{value, normalized_unit}]}` records (the
//! shape of Recognizers-Text's unit test sets and of NewsQuant as the CQE
//! evaluation publishes them) that an extractor finds with the right value
//! and unit.
//!
//! It measures how much of the field's units the language pack and the
//! extractor know; it is no benchmark of claims (those sets have no spans,
//! sources or distractors). A gold quantity is *found* when an extracted
//! claim of its sentence, used once, has the same value (relative tolerance
//! 1e-6) and a unit that [`units_agree`] with the gold unit, which is read
//! by [`gold_unit`].
//!
//! The files are not claimbench's and never enter the repository: `.ci/run`
//! reads the copies beside it, and the tests use small files of the same
//! shape written for them.

use serde::Deserialize;

use crate::extract::{ArticleInput, ExtractedClaim, Extractor};
use crate::vocab::{Dimension, Unit};

/// One sentence of a test set.
#[derive(Debug, Clone, Deserialize)]
pub struct Record {
    /// The sentence.
    pub text: String,
    /// Its quantities.
    pub quantities: Vec<Quantity>,
}

/// One gold quantity: a value and the set's name for its unit.
#[derive(Debug, Clone, Deserialize)]
pub struct Quantity {
    /// The value, as the set writes it (a string of digits).
    pub value: serde_json::Value,
    /// The set's name for the unit (`dollar`, `kilometre per hour`, `-`).
    pub normalized_unit: String,
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct CoverageError {
    /// The file.
    pub path: String,
    /// What is wrong, with the line and column where JSON says.
    pub message: String,
}

/// Reads a test set from its JSON text; `path` names it in errors.
pub fn parse(path: &str, json: &str) -> Result<Vec<Record>, CoverageError> {
    serde_json::from_str(json).map_err(|error| CoverageError {
        path: path.to_owned(),
        message: format!(
            "line {}, column {}: {error}; expected a JSON list of {{\"text\", \"quantities\": [{{\"value\", \"normalized_unit\"}}]}}",
            error.line(),
            error.column()
        ),
    })
}

/// The unit a test set's unit name stands for, in claimbench's vocabulary.
///
/// Names of the pack (`mile`, `pound-mass`, `japanese yen`, `kilometre per
/// hour`) are read by [`Unit::from_name`]; the table below holds the set's
/// names that the pack spells otherwise. A name for a thing counted
/// (`door version`, `dolphin`) or none (`-`) is a count: `None`, which
/// [`units_agree`] reads as `people` or `count`.
pub fn gold_unit(name: &str) -> Option<Unit> {
    const NAMES: &[(&str, &str)] = &[
        ("percentage", "percent"),
        ("point", "index_points"),
        ("mark", "dem"),
        ("netherlands guilde", "nlg"),
        ("cup", "cup_measure"),
        ("degree", "degree"),
        ("ton", "tonnes"),
        ("bit", "bit"),
    ];
    let lower = name.trim().to_lowercase();
    if let Some((_, id)) = NAMES.iter().find(|(written, _)| *written == lower) {
        return Unit::from_id(id);
    }
    if lower == "-" || lower == "count" || lower == "people" {
        return None;
    }
    if let Some(unit) = Unit::from_name(&lower) {
        return (unit.dimension() != Dimension::Count).then_some(unit);
    }
    // `percentage per year`, `dollar per share`: a rate of two known units,
    // or nothing.
    if let Some((of, per)) = lower.split_once(" per ") {
        let of = gold_unit(of)?;
        let per = gold_unit(per)?;
        return Some(Unit::rate(of.of(), per.of()));
    }
    None
}

/// Whether an extracted unit agrees with a gold one: the same unit; any
/// temperature for an unnamed `degree`; `people` or `count` for a count.
pub fn units_agree(gold: Option<Unit>, extracted: Unit) -> bool {
    match gold {
        None => extracted.dimension() == Dimension::Count,
        Some(gold) if gold == Unit::DEGREE => extracted.dimension() == Dimension::Temperature,
        Some(gold) => gold == extracted,
    }
}

/// One gold quantity and whether it was found.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The sentence.
    pub text: String,
    /// The gold value as written and its unit name.
    pub gold: (String, String),
    /// Whether an extracted claim matched it.
    pub found: bool,
    /// What the extractor found in the sentence, as `value unit` pairs.
    pub extracted: Vec<String>,
}

/// The coverage of one test set.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Every gold quantity with a numeric value, in file order.
    pub outcomes: Vec<Outcome>,
    /// Gold quantities skipped because their value is no number.
    pub skipped: usize,
}

impl Coverage {
    /// Gold quantities found with the right value and unit.
    pub fn found(&self) -> usize {
        self.outcomes.iter().filter(|o| o.found).count()
    }

    /// The share found, 0 for an empty set.
    pub fn share(&self) -> f64 {
        if self.outcomes.is_empty() {
            0.0
        } else {
            self.found() as f64 / self.outcomes.len() as f64
        }
    }
}

fn number(value: &serde_json::Value) -> Option<f64> {
    match value {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().replace(',', "").parse().ok(),
        _ => None,
    }
}

fn same_value(gold: f64, claim: &ExtractedClaim) -> bool {
    let (low, high) = claim.value.bounds();
    [low, high]
        .iter()
        .any(|v| (v - gold).abs() <= 1e-6 * gold.abs().max(1.0))
}

/// Runs `extractor` over every sentence of `records` and matches its claims
/// to the gold quantities. An article the extractor fails on finds nothing.
pub fn measure(records: &[Record], extractor: &dyn Extractor) -> Coverage {
    let mut coverage = Coverage::default();
    for (index, record) in records.iter().enumerate() {
        let input = ArticleInput {
            id: format!("s{index}").into(),
            text: record.text.as_str().into(),
            language: Some("en".into()),
        };
        let claims = extractor.extract(&input).unwrap_or_default();
        let mut used = vec![false; claims.len()];
        let extracted: Vec<String> = claims
            .iter()
            .map(|c| format!("{} {}", c.value, c.unit))
            .collect();
        for quantity in &record.quantities {
            let Some(value) = number(&quantity.value) else {
                coverage.skipped += 1;
                continue;
            };
            let unit = gold_unit(&quantity.normalized_unit);
            let hit = claims.iter().enumerate().position(|(k, claim)| {
                !used[k] && same_value(value, claim) && units_agree(unit, claim.unit)
            });
            if let Some(k) = hit {
                used[k] = true;
            }
            coverage.outcomes.push(Outcome {
                text: record.text.clone(),
                gold: (
                    quantity.value.to_string().trim_matches('"').to_owned(),
                    quantity.normalized_unit.clone(),
                ),
                found: hit.is_some(),
                extracted: extracted.clone(),
            });
        }
    }
    coverage
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ReferenceExtractor;

    #[test]
    fn the_sets_unit_names_read_as_the_packs_units() {
        assert_eq!(gold_unit("dollar"), Some(Unit::USD));
        assert_eq!(gold_unit("japanese yen"), Some(Unit::JPY));
        assert_eq!(gold_unit("pound-mass"), Some(Unit::POUND_MASS));
        assert_eq!(gold_unit("kilometre per hour"), Some(Unit::KM_PER_HOUR));
        assert_eq!(gold_unit("barrel per day"), Some(Unit::BARREL_PER_DAY));
        assert_eq!(gold_unit("percentage"), Some(Unit::PERCENT));
        assert_eq!(gold_unit("door version"), None);
        assert_eq!(gold_unit("-"), None);
    }

    #[test]
    fn a_figure_is_found_with_its_value_and_unit_once() {
        let json = r#"[
            {"text": "The pass is 4,200 metres high and 12 miles long.",
             "quantities": [{"value": "4200", "normalized_unit": "metre"},
                            {"value": "12", "normalized_unit": "mile"},
                            {"value": "12", "normalized_unit": "mile"}]},
            {"text": "Tickets cost 40 euros.",
             "quantities": [{"value": "40", "normalized_unit": "dollar"},
                            {"value": "about", "normalized_unit": "dollar"}]}
        ]"#;
        let records = parse("set.json", json).unwrap();
        let coverage = measure(&records, &ReferenceExtractor::new());
        let found: Vec<bool> = coverage.outcomes.iter().map(|o| o.found).collect();
        // The second `12 miles` has no claim left; 40 euros are no dollars.
        assert_eq!(found, [true, true, false, false]);
        assert_eq!(coverage.skipped, 1);
        assert!((coverage.share() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn a_malformed_file_names_its_line_and_column() {
        let error = parse("bad.json", "[\n  {\"text\": 3}\n]").unwrap_err();
        assert!(
            error.to_string().starts_with("bad.json: line 2, column"),
            "{error}"
        );
    }
}
