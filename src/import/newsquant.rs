//! NewsQuant, the news benchmark of the CQE paper (Almasian et al., EMNLP
//! 2023): sentences with their quantities, and predictions in its shape.
//!
//! # The gold file
//!
//! A JSON array of `{"text": ..., "quantities": [...]}`, each quantity
//! `{"change", "value", "unit", "normalized_unit", "referred_concepts"}`, all
//! strings. [`import_dataset`] makes a claimbench dataset of it:
//!
//! - one article per sentence; its id is `nq-` and the first 16 hex digits
//!   of the SHA-256 of the sentence ([`article_id`]), so it is the same in
//!   every file and whatever the order;
//! - one *unlocated* claim per quantity (NewsQuant gives no spans), with ids
//!   `q1`, `q2`... in file order; the manifest's layers are `qualifier`
//!   only (no spans, measures, attributions, distractors or conflicts);
//! - `value` is a number, or `low-high` for a range (its ends put in
//!   order);
//! - `change` becomes the qualifier: `=` exact, `~` about, `>` more than,
//!   `<` less than, `>=`/`≥` at least, `<=`/`≤` up to; a range is
//!   qualifier `range` whatever its change. `up` and `down` (the figure rose
//!   or fell) become `exact`, and the direction is kept in the claim's
//!   `note` (`newsquant change: up`). claimbench's model has no direction of
//!   change: a claim is a figure as stated, no extractor reports a
//!   direction over the protocol, and no metric would read one, so a new
//!   field would be carried without being scored;
//! - the unit through [`unit`]: the table [`UNITS`] for the names of
//!   NewsQuant whose claimbench unit is not found by its name, then the
//!   language pack (`Unit::from_name`, on the normalized unit and then on
//!   the unit as written), then, for anything else (a counted noun such as
//!   `home` or `solution`), `people` when the noun names people and `count`
//!   otherwise. A unit read as a noun is recorded in the claim's note;
//! - `referred_concepts` is the claim's `measure`, unless it is `-`.
//!
//! A file that is not such an array, a value that is not a number, a change
//! that is not one of the above, and a sentence given twice are refused,
//! every problem with its line and column, and nothing is written.
//!
//! # Predictions
//!
//! The predictions released with the paper (GPT-3's) are a list of
//! `{"text", "quantities"}` too, but each quantity is a list of strings,
//! `[change, value, unit as written, normalized unit, concept, ...]`, with
//! leading spaces. [`import_predictions`] turns it into a predictions file
//! for `claimbench bench --predictions` ([`crate::saved`]), one line per
//! sentence under the same ids as the dataset's:
//!
//! - strings are trimmed;
//! - a value written with thousands separators was split at its commas
//!   (`[" 33", " 790", " $", ...]` for $33,790). The paper's figures were
//!   computed on the file as it is, reading the second field alone (33), and
//!   so is the default here, to reproduce them; with `join_split_values`
//!   fields of exactly three digits after the value are joined to it again
//!   (33790), which scores GPT-3 as it answered;
//! - an empty list (`[]`) is no quantity; a list of fewer than five
//!   strings, or whose value is not a number or range (`pennies`, `same`),
//!   is left out, and counted in the remarks;
//! - a change of none of the forms above is read as exact, and counted;
//! - a sentence given more than once keeps its first answer (the others
//!   are counted); with a dataset, sentences it does not have (those of
//!   other test sets) are left out and counted, and sentences it has that
//!   the file lacks get no line, so `bench` reports them as unanswered.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{
    ArticleYaml, ImportError, ImportProblem, ImportedDataset, ImportedPredictions, article_yaml,
    yaml,
};
use crate::dataset::Dataset;
use crate::extract::{ExtractedAttribution, ExtractedClaim, ExtractedFigure, names_people};
use crate::fixture::source::hex;
use crate::model::{DatasetManifest, Layer, Source, Value};
use crate::saved;
use crate::vocab::{Qualifier, Unit};

/// NewsQuant's normalized unit names whose claimbench unit the language
/// pack does not find by name, and that unit's id. Every other name goes
/// through [`Unit::from_name`] first.
pub const UNITS: &[(&str, &str)] = &[
    // A bare number: NewsQuant writes `-` for "no unit".
    ("-", "count"),
    ("percentage", "percent"),
    ("% -", "percent"),
    ("percentage per year", "percent/year"),
    ("year of age", "year"),
    ("month of age", "month"),
    ("pound sterling", "gbp"),
    ("pound-mass", "pound_mass"),
    ("united states dollar per barrel", "usd/barrel"),
];

/// How [`unit`] read a NewsQuant unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitReading {
    /// Through the table [`UNITS`].
    Table(Unit),
    /// Through the language pack, by name.
    Pack(Unit),
    /// As a counted noun: `people` or `count`.
    Noun(Unit),
}

impl UnitReading {
    /// The claimbench unit.
    pub fn unit(self) -> Unit {
        match self {
            UnitReading::Table(unit) | UnitReading::Pack(unit) | UnitReading::Noun(unit) => unit,
        }
    }
}

/// The claimbench unit of a NewsQuant quantity, from its normalized unit and
/// its unit as written; see the module docs for the order of the rules.
pub fn unit(normalized: &str, written: &str) -> UnitReading {
    let normalized = normalized.trim();
    let written = written.trim();
    if let Some((_, id)) = UNITS.iter().find(|(name, _)| *name == normalized)
        && let Some(unit) = Unit::from_id(id)
    {
        return UnitReading::Table(unit);
    }
    if let Some(unit) = Unit::from_name(normalized).or_else(|| Unit::from_name(written)) {
        return UnitReading::Pack(unit);
    }
    let noun = if normalized.is_empty() {
        written
    } else {
        normalized
    };
    UnitReading::Noun(if names_people(noun) || names_people(written) {
        Unit::PEOPLE
    } else {
        Unit::COUNT
    })
}

/// The article id of a sentence: `nq-` and the first 16 hex digits of its
/// SHA-256.
pub fn article_id(text: &str) -> String {
    let digest = hex(&Sha256::digest(text.as_bytes()));
    format!("nq-{}", &digest[..16])
}

/// The qualifier a `change` stands for, and whether it is a direction
/// (`up`, `down`); `None` for a change of no known form.
fn qualifier(change: &str) -> Option<(Qualifier, bool)> {
    Some(match change.trim() {
        "=" => (Qualifier::Exact, false),
        "~" | "∼" | "≈" | "∼=" | "~=" => (Qualifier::About, false),
        ">" => (Qualifier::MoreThan, false),
        ">=" | "≥" => (Qualifier::AtLeast, false),
        "<" => (Qualifier::LessThan, false),
        "<=" | "≤" => (Qualifier::UpTo, false),
        "up" | "down" => (Qualifier::Exact, true),
        _ => return None,
    })
}

/// A value as NewsQuant writes it: a number, or `low-high`.
fn value(text: &str) -> Option<Value> {
    let text = text.trim();
    let number = |t: &str| t.trim().parse::<f64>().ok().filter(|n| n.is_finite());
    if let Some(n) = number(text) {
        return Some(Value::Number(n));
    }
    // The separator is a hyphen after the first character (a leading one is
    // a minus sign).
    let at = text.char_indices().skip(1).find(|&(_, c)| c == '-')?.0;
    let (a, b) = (number(&text[..at])?, number(&text[at + 1..])?);
    Some(Value::Range {
        low: a.min(b),
        high: a.max(b),
    })
}

/// One sentence of the gold file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldEntry {
    text: String,
    quantities: Vec<GoldQuantity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldQuantity {
    change: String,
    value: String,
    unit: String,
    normalized_unit: String,
    referred_concepts: String,
}

/// One sentence of a predictions file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PredictedEntry {
    text: String,
    quantities: Vec<Vec<String>>,
}

/// Reads a JSON array, placing a syntax or shape error at its line and
/// column and naming the field.
fn read_json<T: serde::de::DeserializeOwned>(bytes: &[u8], shape: &str) -> Result<T, ImportError> {
    let problem = |field: String, error: serde_json::Error| {
        ImportError::new(vec![ImportProblem {
            location: format!("{}:{}", error.line(), error.column()),
            message: format!("{field}{error}"),
            help: format!("the file must be a JSON array of {shape}"),
        }])
    };
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let field = if path == "." {
            String::new()
        } else {
            format!("{path}: ")
        };
        problem(field, error.into_inner())
    })?;
    deserializer
        .end()
        .map_err(|error| problem(String::new(), error))?;
    Ok(value)
}

/// The line and column (from 1) of every entry of the top-level array and
/// of every element of the arrays inside it (the quantities), found by
/// scanning the JSON, which has been parsed already.
struct Places {
    entries: Vec<(usize, Vec<usize>)>,
    line_starts: Vec<usize>,
}

impl Places {
    fn scan(bytes: &[u8]) -> Places {
        let mut entries: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        for (at, &byte) in bytes.iter().enumerate() {
            if in_string {
                match byte {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match byte {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    match depth {
                        1 => entries.push((at, Vec::new())),
                        3 => {
                            if let Some((_, quantities)) = entries.last_mut() {
                                quantities.push(at);
                            }
                        }
                        _ => {}
                    }
                    depth += 1;
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', bytes).map(|at| at + 1))
            .collect();
        Places {
            entries,
            line_starts,
        }
    }

    fn at(&self, offset: usize) -> String {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let column = offset - self.line_starts[line - 1] + 1;
        format!("{line}:{column}")
    }

    fn entry(&self, index: usize) -> String {
        self.entries
            .get(index)
            .map_or_else(|| format!("[{index}]"), |(at, _)| self.at(*at))
    }

    fn quantity(&self, index: usize, quantity: usize) -> String {
        self.entries
            .get(index)
            .and_then(|(_, quantities)| quantities.get(quantity))
            .map_or_else(|| self.entry(index), |at| self.at(*at))
    }
}

/// An unlocated claim as its YAML is written.
#[derive(Serialize)]
struct ClaimYaml {
    id: String,
    value: Value,
    unit: Unit,
    qualifier: Qualifier,
    #[serde(skip_serializing_if = "Option::is_none")]
    measure: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// The dataset of the NewsQuant gold file `bytes`; `source_name` (the file's
/// name) goes into the manifest's description.
///
/// # Errors
///
/// When the file is not a NewsQuant gold file, or any value, change or
/// sentence is refused (see the module docs): every problem, with its line
/// and column.
pub fn import_dataset(bytes: &[u8], source_name: &str) -> Result<ImportedDataset, ImportError> {
    let entries: Vec<GoldEntry> = read_json(
        bytes,
        "{\"text\": ..., \"quantities\": [{\"change\", \"value\", \"unit\", \"normalized_unit\", \"referred_concepts\"}]}",
    )?;
    let places = Places::scan(bytes);
    let mut problems = Vec::new();
    let mut files = BTreeMap::new();
    let mut first_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut claims_written = 0;
    let mut nouns: BTreeMap<String, usize> = BTreeMap::new();
    for (index, entry) in entries.iter().enumerate() {
        if entry.text.trim().is_empty() {
            problems.push(ImportProblem {
                location: places.entry(index),
                message: format!("[{index}].text is empty"),
                help: "give every entry its sentence, or remove the entry".into(),
            });
            continue;
        }
        let id = article_id(&entry.text);
        if let Some(&first) = first_of.get(&id) {
            problems.push(ImportProblem {
                location: places.entry(index),
                message: format!(
                    "[{index}] repeats the sentence of [{first}] (at {})",
                    places.entry(first)
                ),
                help: "give each sentence once, with all its quantities".into(),
            });
            continue;
        }
        first_of.insert(id.clone(), index);
        let mut claims = Vec::new();
        for (q, quantity) in entry.quantities.iter().enumerate() {
            let mut problem = |message: String, help: &str| {
                problems.push(ImportProblem {
                    location: places.quantity(index, q),
                    message: format!("[{index}].quantities[{q}].{message}"),
                    help: help.to_owned(),
                });
            };
            let Some(value) = value(&quantity.value) else {
                problem(
                    format!("value: `{}` is not a number or a range", quantity.value),
                    "write a number (`6.0`) or a range `low-high` (`15.0-17.0`)",
                );
                continue;
            };
            let Some((mut qualifier, direction)) = qualifier(&quantity.change) else {
                problem(
                    format!(
                        "change: `{}` is not a change NewsQuant uses",
                        quantity.change
                    ),
                    "write one of `=`, `~`, `>`, `<`, `>=`, `<=`, `up`, `down`",
                );
                continue;
            };
            if matches!(value, Value::Range { .. }) {
                qualifier = Qualifier::Range;
            }
            let reading = unit(&quantity.normalized_unit, &quantity.unit);
            let mut note = Vec::new();
            if direction {
                note.push(format!("newsquant change: {}", quantity.change.trim()));
            }
            if let UnitReading::Noun(unit) = reading {
                note.push(format!(
                    "newsquant unit `{}` ({}) read as {unit}",
                    quantity.unit.trim(),
                    quantity.normalized_unit.trim()
                ));
                *nouns
                    .entry(quantity.normalized_unit.trim().to_owned())
                    .or_default() += 1;
            }
            let concept = quantity.referred_concepts.trim();
            claims.push(ClaimYaml {
                id: format!("q{}", q + 1),
                value,
                unit: reading.unit(),
                qualifier,
                measure: (!concept.is_empty() && concept != "-").then(|| concept.to_owned()),
                note: (!note.is_empty()).then(|| note.join("; ")),
            });
        }
        claims_written += claims.len();
        let text_file = format!("{id}.txt");
        let article = ArticleYaml {
            id: &id,
            text_file: text_file.clone(),
            text_sha256: hex(&Sha256::digest(entry.text.as_bytes())),
            source: Source {
                note: Some(format!("sentence {index} of NewsQuant ({source_name})")),
                ..Source::unknown("en")
            },
            claims,
        };
        files.insert(format!("articles/{id}.yaml"), article_yaml(&article));
        files.insert(
            format!("articles/{text_file}"),
            entry.text.clone().into_bytes(),
        );
    }
    if !problems.is_empty() {
        return Err(ImportError::new(problems));
    }
    let manifest = DatasetManifest {
        name: "newsquant".to_owned(),
        version: format!("import-{}", &hex(&Sha256::digest(bytes))[..12]),
        description: format!(
            "NewsQuant (Almasian et al., EMNLP 2023), imported from {source_name} by claimbench {}: \
             one article per sentence, one unlocated claim per quantity.",
            env!("CARGO_PKG_VERSION")
        ),
        layers: vec![Layer::Qualifier],
        source: None,
        licence: None,
    };
    files.insert("dataset.yaml".to_owned(), yaml(&manifest));
    files.insert("conflicts.yaml".to_owned(), b"groups: []\n".to_vec());
    let mut remarks = Vec::new();
    if !nouns.is_empty() {
        let counted: usize = nouns.values().sum();
        remarks.push(format!(
            "{counted} quantities in {} units the language pack does not know were read as counts of nouns (people or count)",
            nouns.len()
        ));
    }
    Ok(ImportedDataset {
        files,
        articles: first_of.len(),
        claims: claims_written,
        remarks,
    })
}

/// A predicted quantity, read from its list of strings.
fn predicted_claim(
    fields: &[String],
    join_split_values: bool,
) -> Result<(ExtractedClaim, bool), &'static str> {
    let fields: Vec<&str> = fields.iter().map(|f| f.trim()).collect();
    if fields.len() < 5 {
        return Err("fewer than five fields");
    }
    // A value written with thousands separators arrives split at its commas.
    let mut figure = fields[1].to_owned();
    let mut next = 2;
    while join_split_values
        && fields.len() - next > 3
        && fields[next].len() >= 3
        && fields[next]
            .split('.')
            .next()
            .is_some_and(|whole| whole.len() == 3 && whole.bytes().all(|b| b.is_ascii_digit()))
    {
        figure.push_str(fields[next]);
        next += 1;
    }
    let value = value(&figure).ok_or("a value that is not a number")?;
    let (mut qualifier, known) = match qualifier(fields[0]) {
        Some((qualifier, _)) => (qualifier, true),
        None => (Qualifier::Exact, false),
    };
    if matches!(value, Value::Range { .. }) {
        qualifier = Qualifier::Range;
    }
    let unit = unit(fields[next + 1], fields[next]).unit();
    let concept = fields[next + 2];
    Ok((
        ExtractedClaim {
            figure: ExtractedFigure {
                text: figure,
                span: None,
            },
            value,
            unit,
            qualifier,
            measure: (!concept.is_empty() && concept != "-").then(|| concept.to_owned()),
            attribution: ExtractedAttribution::unattributed(),
            sentence: None,
            conflict_key: None,
        },
        known,
    ))
}

/// The predictions file of NewsQuant-shaped predictions `bytes` (named
/// `source_name` in its handshake). With `dataset`, sentences it lacks are
/// left out; with `join_split_values`, values split at their commas are
/// joined again; see the module docs.
///
/// # Errors
///
/// When the file is not a JSON array of `{"text", "quantities"}` with
/// quantities as lists of strings: the problem with its line and column.
pub fn import_predictions(
    bytes: &[u8],
    source_name: &str,
    dataset: Option<&Dataset>,
    join_split_values: bool,
) -> Result<ImportedPredictions, ImportError> {
    let entries: Vec<PredictedEntry> = read_json(
        bytes,
        "{\"text\": ..., \"quantities\": [[change, value, unit, normalized unit, concept], ...]}",
    )?;
    let mut answers: BTreeMap<String, Vec<ExtractedClaim>> = BTreeMap::new();
    let (mut repeated, mut unknown, mut left_out, mut odd_changes) = (0, 0, 0, 0);
    let mut left_out_why: BTreeSet<&str> = BTreeSet::new();
    for entry in &entries {
        let id = article_id(&entry.text);
        if dataset.is_some_and(|dataset| dataset.article(&id).is_none()) {
            unknown += 1;
            continue;
        }
        if answers.contains_key(&id) {
            repeated += 1;
            continue;
        }
        let mut claims = Vec::new();
        for fields in entry.quantities.iter().filter(|fields| !fields.is_empty()) {
            match predicted_claim(fields, join_split_values) {
                Ok((claim, known)) => {
                    odd_changes += usize::from(!known);
                    claims.push(claim);
                }
                Err(why) => {
                    left_out += 1;
                    left_out_why.insert(why);
                }
            }
        }
        answers.insert(id, claims);
    }
    let mut text = saved::handshake_line(source_name, "imported");
    let mut claims = 0;
    let ids: Vec<&String> = match dataset {
        Some(dataset) => dataset
            .articles
            .iter()
            .filter_map(|a| answers.get_key_value(&a.id).map(|(id, _)| id))
            .collect(),
        None => answers.keys().collect(),
    };
    for id in &ids {
        let answer = &answers[*id];
        claims += answer.len();
        text.push_str(&saved::response_line(id, &Ok(answer.clone())));
    }
    let mut remarks = Vec::new();
    if unknown > 0 {
        remarks.push(format!(
            "{unknown} sentences are not in the dataset (other test sets): left out"
        ));
    }
    if repeated > 0 {
        remarks.push(format!(
            "{repeated} sentences are given again: the first answer of each is kept"
        ));
    }
    if let Some(dataset) = dataset {
        let missing = dataset.articles.len() - ids.len();
        if missing > 0 {
            remarks.push(format!(
                "{missing} sentences of the dataset have no prediction: bench reports them as unanswered"
            ));
        }
    }
    if left_out > 0 {
        let why: Vec<&str> = left_out_why.into_iter().collect();
        remarks.push(format!(
            "{left_out} predicted quantities were left out ({})",
            why.join(", ")
        ));
    }
    if odd_changes > 0 {
        remarks.push(format!(
            "{odd_changes} predicted quantities have a change of no known form: read as exact"
        ));
    }
    Ok(ImportedPredictions {
        text,
        articles: ids.len(),
        claims,
        remarks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_sentence_alone() {
        let id = article_id("Prices rose 3 percent.");
        assert_eq!(id, article_id("Prices rose 3 percent."));
        assert_ne!(id, article_id("Prices rose 4 percent."));
        assert_eq!(id.len(), "nq-".len() + 16);
    }

    #[test]
    fn values_are_numbers_or_ranges_in_order() {
        assert_eq!(value(" 6.0"), Some(Value::Number(6.0)));
        assert_eq!(value("-2.5"), Some(Value::Number(-2.5)));
        let range = Value::Range {
            low: 3.0,
            high: 4.0,
        };
        assert_eq!(value("3.0-4.0"), Some(range));
        assert_eq!(value("3.0 - 4.0"), Some(range));
        assert_eq!(value("4-3"), Some(range));
        assert_eq!(value("pennies"), None);
        assert_eq!(value("1:36.6"), None);
    }

    #[test]
    fn changes_become_qualifiers_and_directions() {
        assert_eq!(qualifier("~"), Some((Qualifier::About, false)));
        assert_eq!(qualifier(" > "), Some((Qualifier::MoreThan, false)));
        assert_eq!(qualifier("up"), Some((Qualifier::Exact, true)));
        assert_eq!(qualifier("sideways"), None);
    }

    #[test]
    fn units_go_through_the_table_the_pack_then_nouns() {
        assert_eq!(unit("percentage", "%"), UnitReading::Table(Unit::PERCENT));
        assert_eq!(unit("-", "-"), UnitReading::Table(Unit::COUNT));
        assert_eq!(unit("kilometre", "km"), UnitReading::Pack(Unit::KM));
        assert_eq!(unit("dollar", "$"), UnitReading::Pack(Unit::USD));
        assert_eq!(unit("home", "homes"), UnitReading::Noun(Unit::COUNT));
        assert_eq!(unit("soldier", "soldiers"), UnitReading::Noun(Unit::PEOPLE));
        assert_eq!(
            unit("volunteer", "volunteers"),
            UnitReading::Noun(Unit::PEOPLE)
        );
        assert_eq!(unit("worker", "workers"), UnitReading::Noun(Unit::PEOPLE));
        assert_eq!(unit("japanese yen", "yen"), UnitReading::Pack(Unit::JPY));
        assert_eq!(
            unit("mile per hour", "mph"),
            UnitReading::Pack(Unit::MILE_PER_HOUR)
        );
        assert_eq!(
            unit("dollar per barrel", "$ a barrel").unit().name(),
            "usd/barrel"
        );
        for (_, id) in UNITS {
            assert!(Unit::from_id(id).is_some(), "{id} is not a unit id");
        }
    }

    #[test]
    fn a_predicted_value_split_at_its_commas_is_joined_again_on_request() {
        let fields = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let split = fields(&["=", " 33", " 790", " $", " dollar", " price"]);
        let (claim, known) = predicted_claim(&split, true).unwrap();
        assert!(known);
        assert_eq!(claim.value, Value::Number(33790.0));
        assert_eq!(claim.unit, Unit::USD);
        // As the file was scored for the paper: the second field alone.
        let (claim, _) = predicted_claim(&split, false).unwrap();
        assert_eq!(claim.value, Value::Number(33.0));
        // A sixth field that is not three digits is part of the concept.
        let winds = fields(&["=", " 60", " mph", " miles per hour", " winds", " Mars"]);
        let (claim, _) = predicted_claim(&winds, true).unwrap();
        assert_eq!(claim.value, Value::Number(60.0));
        assert_eq!(claim.measure.as_deref(), Some("winds"));
        assert!(predicted_claim(&fields(&["=", " 6"]), true).is_err());
        assert!(predicted_claim(&fields(&["=", " same", " x", " x", " x"]), true).is_err());
        let odd = fields(&["10", " 6", " %", " percentage", " x"]);
        let (claim, known) = predicted_claim(&odd, true).unwrap();
        assert!(!known);
        assert_eq!(claim.qualifier, Qualifier::Exact);
    }
}
