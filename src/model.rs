//! The dataset's data model: articles, the claims and distractors annotated in
//! them, and the conflict groups that join claims across articles.
//!
//! These are plain serde types and the single source of truth for the YAML
//! fixture format (documented field by field in `CONTRIBUTING.md`). Every
//! struct rejects unknown fields, so a misspelt key in a fixture is an error
//! rather than a silently dropped annotation. Checks that need more than one
//! field, the article text or other files (quotes occur in the text, ids are
//! unique, references resolve) live in [`crate::fixture`], not here.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::vocab::{Qualifier, Unit};

/// One news article with its annotations.
///
/// In the fixture layout this is `fixtures/articles/<id>.yaml`; the text lives
/// beside it in the file named by [`Article::text_file`], byte for byte as
/// published, and is loaded into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Stable identifier; also the stem of the fixture's file names.
    pub id: String,
    /// The text file, relative to the YAML file's directory.
    pub text_file: String,
    /// Lower-case hex SHA-256 of the text file's bytes.
    pub text_sha256: String,
    /// Where the article comes from, as far as the text shows it.
    pub source: Source,
    /// Every checkable figure in the text.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Numerals in the text that are not claims.
    #[serde(default)]
    pub distractors: Vec<Distractor>,
    /// The article text, filled in by the loader from [`Article::text_file`].
    #[serde(skip)]
    pub text: String,
}

impl Article {
    /// The claim with this id, if any.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|claim| claim.id == id)
    }
}

/// Provenance of an article. Fields are recorded only when the text itself
/// gives evidence for them; otherwise they are `null`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The publishing outlet, when the text names it.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The article's address, when known.
    #[serde(default)]
    pub url: Option<String>,
    /// When the article was published, with the evidence for it.
    #[serde(default)]
    pub published: Option<DatedEvidence>,
    /// BCP 47 language tag of the text, such as `en`.
    pub language: String,
    /// Free-form remarks: how the outlet was identified, why a date is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The licence the text is published under, when it is an open one
    /// (a Wikinews article's CC BY 2.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
}

/// The licence of a text or a collection, with the attribution line it
/// requires. Every field is non-empty (the validator checks it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// The licence's short name: `CC BY 2.5`.
    pub name: String,
    /// The licence's text: `https://creativecommons.org/licenses/by/2.5/`.
    pub url: String,
    /// The attribution line the licence requires: for CC BY, the work's
    /// title, its author or publisher, its address and the licence.
    pub attribution: String,
}

impl Source {
    /// A source about which nothing is known but the language of its text:
    /// what synthetic and test articles carry.
    pub fn unknown(language: &str) -> Source {
        Source {
            outlet: None,
            url: None,
            published: None,
            language: language.to_owned(),
            note: None,
            licence: None,
        }
    }
}

/// A date, written only as precisely as the evidence allows, and that evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatedEvidence {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: PartialDate,
    /// What in the text (a dateline, a dated event) fixes the date.
    pub evidence: String,
}

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// Only the year is known.
    Year,
    /// The year and month are known.
    Month,
    /// The exact day is known.
    Day,
}

/// A calendar date known to a year, a month or a day.
///
/// Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its precision is the precision
/// it is written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year (four digits).
    pub year: u16,
    /// The month, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month; present only with a month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// How precisely this date is known.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for PartialDate {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || format!("`{s}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        let mut parts = s.split('-');
        let year = parts.next().filter(|p| p.len() == 4).ok_or_else(invalid)?;
        let year: u16 = year.parse().map_err(|_| invalid())?;
        let number = |part: Option<&str>| -> Result<Option<u8>, String> {
            part.map(|p| {
                if p.len() == 2 {
                    p.parse::<u8>().map_err(|_| invalid())
                } else {
                    Err(invalid())
                }
            })
            .transpose()
        };
        let month = number(parts.next())?;
        let day = number(parts.next())?;
        if parts.next().is_some() {
            return Err(invalid());
        }
        if let Some(month) = month
            && !(1..=12).contains(&month)
        {
            return Err(format!("`{s}` has month {month}; months run from 01 to 12"));
        }
        if let (Some(month), Some(day)) = (month, day)
            && (day == 0 || day > days_in_month(year, month))
        {
            return Err(format!("`{s}` has no day {day} in its month"));
        }
        Ok(PartialDate { year, month, day })
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Accept a bare year written as a YAML integer as well as a string.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Year(u16),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Year(year) => format!("{year:04}").parse(),
            Raw::Text(text) => text.parse(),
        }
        .map_err(serde::de::Error::custom)
    }
}

/// One checkable figure stated in an article.
///
/// The quantity is written flat (`value`, `unit`, `qualifier`) to keep the
/// fixtures easy to read; [`Claim::quantity`] gathers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Identifier, unique within the article, in kebab-case.
    pub id: String,
    /// The shortest phrase of the text that states the figure: qualifier,
    /// figure and the words naming what is counted. An exact substring;
    /// empty for an unlocated claim (a dataset without [`Layer::Spans`]).
    pub quote: String,
    /// The figure as written, an exact substring of `quote`; empty for an
    /// unlocated claim.
    pub figure: String,
    /// The normalized number, or the two ends of a range.
    pub value: Value,
    /// What the value is measured in.
    pub unit: Unit,
    /// How the text hedges the figure.
    pub qualifier: Qualifier,
    /// What is counted, in words (`people killed in the flooding`).
    pub measure: String,
    /// For a fraction or percentage of another figure in the same article,
    /// the id of that figure's claim ("half of ... 23 million").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// Who the article says the figure comes from.
    pub attribution: Attribution,
    /// How often the quote appears in the text (duplicated paragraphs).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub occurrences: u32,
    /// When the figure held, when the text dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<DatedEvidence>,
    /// Remarks for reviewers: why a reading was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A guess written by `claimbench new` that no person has decided yet;
    /// the validator refuses it (CB313) until the marker is removed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

impl Claim {
    /// The claim's value, unit and qualifier together.
    pub fn quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            unit: self.unit,
            qualifier: self.qualifier,
        }
    }
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A value with its unit and qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// The normalized number or range.
    pub value: Value,
    /// What it is measured in.
    pub unit: Unit,
    /// How it is hedged.
    pub qualifier: Qualifier,
}

/// A normalized figure: one number, or a range given by its two ends.
///
/// In YAML a number is written as a number (`350200`, `96`, `0.5`) or as an
/// exact fraction in a string (`"1/3"`); a range as `{low: 200, high: 1000}`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// A single number.
    Number(f64),
    /// A range, both ends inclusive, `low <= high`.
    Range {
        /// The lower end.
        low: f64,
        /// The upper end.
        high: f64,
    },
}

impl Value {
    /// The two ends of the value; a single number is a range of one point.
    pub fn bounds(&self) -> (f64, f64) {
        match *self {
            Value::Number(n) => (n, n),
            Value::Range { low, high } => (low, high),
        }
    }

    /// Whether this value equals `other` within a relative tolerance, end by
    /// end for ranges. A number never equals a range.
    pub fn approx_eq(&self, other: &Value, relative_tolerance: f64) -> bool {
        let close =
            |a: f64, b: f64| a == b || (a - b).abs() <= relative_tolerance * a.abs().max(b.abs());
        match (self, other) {
            (Value::Number(a), Value::Number(b)) => close(*a, *b),
            (Value::Range { low: a, high: b }, Value::Range { low: c, high: d }) => {
                close(*a, *c) && close(*b, *d)
            }
            _ => false,
        }
    }
}

/// For people: whole numbers in full (`350200`), others to six
/// significant digits (`0.35`, `0.333333` for a third, `2.75`); the JSON
/// forms keep every digit.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => f.write_str(&readable(*n)),
            Value::Range { low, high } => write!(f, "{}..{}", readable(*low), readable(*high)),
        }
    }
}

/// `n` to six significant digits, without trailing zeros; whole numbers
/// and non-finite ones as Rust writes them.
fn readable(n: f64) -> String {
    const SIGNIFICANT: i32 = 6;
    if n.fract() == 0.0 || !n.is_finite() {
        return n.to_string();
    }
    // The position of the first significant digit: 1 for 2.75, -1 for 0.035.
    let magnitude = n.abs().log10().floor() as i32 + 1;
    let decimals = usize::try_from(SIGNIFICANT - magnitude).unwrap_or(0);
    let fixed = format!("{n:.decimals$}");
    if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        fixed
    }
}

impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        match *self {
            Value::Number(n) => serializer.serialize_f64(n),
            Value::Range { low, high } => {
                let mut range = serializer.serialize_struct("Range", 2)?;
                range.serialize_field("low", &low)?;
                range.serialize_field("high", &high)?;
                range.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

const VALUE_EXPECTED: &str =
    "a number (417300, 0.5), a fraction in quotes (\"1/3\"), or a range {low: 200, high: 1000}";

impl<'de> serde::de::Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(VALUE_EXPECTED)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        if v.is_finite() {
            Ok(Value::Number(v))
        } else {
            Err(E::custom(format!("{v} is not a finite number")))
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        parse_fraction(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format!("`{v}` is not a value: expected {VALUE_EXPECTED}")))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        use serde::de::Error;
        let (mut low, mut high) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let end: Value = map.next_value()?;
            let Value::Number(end) = end else {
                return Err(A::Error::custom("the ends of a range must be numbers"));
            };
            match key.as_str() {
                "low" if low.is_none() => low = Some(end),
                "high" if high.is_none() => high = Some(end),
                "low" | "high" => return Err(A::Error::duplicate_field("low or high")),
                other => return Err(A::Error::unknown_field(other, &["low", "high"])),
            }
        }
        let low = low.ok_or_else(|| A::Error::missing_field("low"))?;
        let high = high.ok_or_else(|| A::Error::missing_field("high"))?;
        if low > high {
            return Err(A::Error::custom(format!(
                "range {low}..{high} has its low end above its high end"
            )));
        }
        Ok(Value::Range { low, high })
    }
}

/// Parses `"p/q"` with whole numbers `p` and `q > 0`.
fn parse_fraction(text: &str) -> Option<f64> {
    let (numerator, denominator) = text.trim().split_once('/')?;
    let numerator: u32 = numerator.trim().parse().ok()?;
    let denominator: u32 = denominator.trim().parse().ok()?;
    (denominator != 0).then(|| f64::from(numerator) / f64::from(denominator))
}

/// Who an article says a figure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// How the text attributes the figure.
    pub kind: AttributionKind,
    /// A canonical name for the source; absent when unattributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The phrases of the text that name the source, each an exact substring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Attribution {
    /// The outlet states the figure in its own voice.
    pub fn unattributed() -> Self {
        Attribution {
            kind: AttributionKind::Unattributed,
            source: None,
            aliases: Vec::new(),
        }
    }
}

/// How a text attributes a figure to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// The figure is inside quotation marks spoken or written by the source.
    DirectQuote,
    /// `X said / announced / reported / estimated that ...`, and paragraphs
    /// that continue a named source's report.
    ReportedSpeech,
    /// `..., according to X`.
    AccordingTo,
    /// `statistics (provided by | provided to ...) X`, `figures from X`.
    StatisticsProvided,
    /// The outlet states the figure in its own voice.
    Unattributed,
}

impl AttributionKind {
    /// The kind as the YAML and every report write it (its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::DirectQuote => "direct_quote",
            AttributionKind::ReportedSpeech => "reported_speech",
            AttributionKind::AccordingTo => "according_to",
            AttributionKind::StatisticsProvided => "statistics_provided",
            AttributionKind::Unattributed => "unattributed",
        }
    }
}

/// A numeral in the text that is not a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Distractor {
    /// A short phrase of the text around the numeral; an exact substring.
    pub quote: String,
    /// The numeral as written, an exact substring of `quote`.
    pub figure: String,
    /// Why it is not a claim.
    pub reason: DistractorReason,
    /// How often the quote appears in the text.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub occurrences: u32,
    /// See [`Claim::draft`].
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

/// Why a numeral is not a checkable figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DistractorReason {
    /// A calendar date (`June 22, 2021`, `Nov. 6`, `2021-09-27`).
    Date,
    /// A year on its own (`in 2011`, `since 2014`).
    Year,
    /// A time of day (`10:30`, `3 p.m.`).
    Time,
    /// A name or number that identifies something (`Resolution 2254`, `F-16`).
    Identifier,
    /// A rank or order (`first`, `3rd`).
    Ordinal,
    /// Part of a web or e-mail address.
    Url,
    /// A numeral in a set phrase that counts nothing (`one of the`).
    Idiom,
    /// A person's age (`Ana Ruiz, 29,`, `children under five`, `the
    /// retirement age to 67`).
    Age,
    /// A quantity in a unit outside the vocabulary, or a reading on a scale
    /// (`5 miles`, `300 points`, `40 lire`, `magnitude 6.8`).
    Unit,
}

impl fmt::Display for DistractorReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DistractorReason::Date => "date",
            DistractorReason::Year => "year",
            DistractorReason::Time => "time",
            DistractorReason::Identifier => "identifier",
            DistractorReason::Ordinal => "ordinal",
            DistractorReason::Url => "url",
            DistractorReason::Idiom => "idiom",
            DistractorReason::Age => "age",
            DistractorReason::Unit => "unit",
        })
    }
}

/// Claims in different articles that measure the same thing, and whether
/// they agree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictGroup {
    /// Identifier, unique in `conflicts.yaml`, in kebab-case.
    pub id: String,
    /// What every claim in the group measures.
    pub measure: String,
    /// The claims, from at least two different articles.
    pub claims: Vec<ClaimRef>,
    /// Whether the figures agree.
    pub verdict: Verdict,
    /// One line naming the figures and why they agree or not.
    pub explanation: String,
}

/// A reference to one claim of one article.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct ClaimRef {
    /// The article's id.
    pub article: String,
    /// The claim's id within that article.
    pub claim: String,
}

impl fmt::Display for ClaimRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.article, self.claim)
    }
}

/// How the figures of a conflict group relate, ordered from agreement to
/// conflict.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The same figure, within rounding.
    Agree,
    /// Different figures whose hedged intervals still overlap
    /// (`more than 350,200` against `an estimated half a million`).
    Discrepancy,
    /// Figures whose hedged intervals do not overlap.
    Conflict,
}

impl Verdict {
    /// The verdict as every report writes it: `agree`, `discrepancy` or
    /// `conflict` (its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Discrepancy => "discrepancy",
            Verdict::Conflict => "conflict",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `fixtures/conflicts.yaml`: the conflict groups of the dataset, and the
/// pairs a reader judged to measure different things.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictsFile {
    /// The groups.
    #[serde(default)]
    pub groups: Vec<ConflictGroup>,
    /// Pairs of claims from different articles that measure different
    /// things, which the conflict detector must not flag.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distinct: Vec<DistinctPair>,
}

/// Two claims from different articles that a reader judged to measure
/// different things, with why: the conflict detector must not flag them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DistinctPair {
    /// One claim.
    pub a: ClaimRef,
    /// The other, from another article.
    pub b: ClaimRef,
    /// Why they measure different things, in one line.
    pub reason: String,
}

/// `fixtures/dataset.yaml`: what the dataset is and which version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatasetManifest {
    /// The dataset's name.
    pub name: String,
    /// Its version, bumped whenever an annotation or text changes.
    pub version: String,
    /// One paragraph on what it holds.
    pub description: String,
    /// What its annotations record besides each claim's value and unit;
    /// every layer when left out. See [`Layer`].
    #[serde(default = "Layer::every", skip_serializing_if = "Layer::is_every")]
    pub layers: Vec<Layer>,
    /// Where its texts come from, for a collection of one source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The licence of its texts, for a collection under one licence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
}

/// A kind of annotation a dataset may or may not record. Every claim has a
/// value and a unit; the rest is in layers, so that a dataset made from
/// another benchmark (which may give no spans and no sources) can say what it
/// lacks. The validator checks the layers a dataset has and nothing else, and
/// reports show "not annotated" for metrics of a layer it lacks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// Each claim's `quote` and `figure`, so the place of the figure in the
    /// text; without it claims are *unlocated*.
    Spans,
    /// Each claim's `qualifier` (without it, every qualifier is `exact`).
    Qualifier,
    /// Each claim's `measure`.
    Measure,
    /// Each claim's `attribution`.
    Attribution,
    /// Every numeral that is not a claim is listed as a distractor.
    Distractors,
    /// `conflicts.yaml` groups the claims that measure the same thing.
    Conflicts,
}

impl Layer {
    /// Every layer, in order.
    pub const ALL: [Layer; 6] = [
        Layer::Spans,
        Layer::Qualifier,
        Layer::Measure,
        Layer::Attribution,
        Layer::Distractors,
        Layer::Conflicts,
    ];

    /// Every layer, as a manifest that leaves `layers` out has.
    pub fn every() -> Vec<Layer> {
        Layer::ALL.to_vec()
    }

    /// Whether `layers` is every layer.
    pub fn is_every(layers: &[Layer]) -> bool {
        Layer::ALL.iter().all(|layer| layers.contains(layer))
    }

    /// The layer's name in the manifest (`spans`).
    pub fn name(self) -> &'static str {
        match self {
            Layer::Spans => "spans",
            Layer::Qualifier => "qualifier",
            Layer::Measure => "measure",
            Layer::Attribution => "attribution",
            Layer::Distractors => "distractors",
            Layer::Conflicts => "conflicts",
        }
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A claim as a dataset without every [`Layer`] writes it: the fields of the
/// layers it lacks may be left out. The validator reads claims in this shape
/// when the manifest leaves out a layer, checks that the fields of the layers
/// it has are there, and turns each into a [`Claim`] with empty text fields
/// and no attribution where nothing was written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialClaim {
    /// See [`Claim::id`].
    pub id: String,
    /// See [`Claim::quote`]; absent for an unlocated claim.
    #[serde(default)]
    pub quote: Option<String>,
    /// See [`Claim::figure`]; absent for an unlocated claim.
    #[serde(default)]
    pub figure: Option<String>,
    /// See [`Claim::value`].
    pub value: Value,
    /// See [`Claim::unit`].
    pub unit: Unit,
    /// See [`Claim::qualifier`].
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// See [`Claim::measure`].
    #[serde(default)]
    pub measure: Option<String>,
    /// See [`Claim::of`].
    #[serde(default)]
    pub of: Option<String>,
    /// See [`Claim::attribution`].
    #[serde(default)]
    pub attribution: Option<Attribution>,
    /// See [`Claim::occurrences`].
    #[serde(default = "one")]
    pub occurrences: u32,
    /// See [`Claim::as_of`].
    #[serde(default)]
    pub as_of: Option<DatedEvidence>,
    /// See [`Claim::note`].
    #[serde(default)]
    pub note: Option<String>,
    /// See [`Claim::draft`].
    #[serde(default)]
    pub draft: bool,
}

impl PartialClaim {
    /// The fields of `layers` this claim leaves out, by name.
    pub fn missing(&self, layers: &[Layer]) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let has = |layer| layers.contains(&layer);
        if has(Layer::Spans) {
            if self.quote.is_none() {
                missing.push("quote");
            }
            if self.figure.is_none() {
                missing.push("figure");
            }
        }
        if has(Layer::Qualifier) && self.qualifier.is_none() {
            missing.push("qualifier");
        }
        if has(Layer::Measure) && self.measure.is_none() {
            missing.push("measure");
        }
        if has(Layer::Attribution) && self.attribution.is_none() {
            missing.push("attribution");
        }
        missing
    }
}

impl From<PartialClaim> for Claim {
    fn from(claim: PartialClaim) -> Claim {
        Claim {
            id: claim.id,
            quote: claim.quote.unwrap_or_default(),
            figure: claim.figure.unwrap_or_default(),
            value: claim.value,
            unit: claim.unit,
            qualifier: claim.qualifier.unwrap_or(Qualifier::Exact),
            measure: claim.measure.unwrap_or_default(),
            of: claim.of,
            attribution: claim.attribution.unwrap_or_else(Attribution::unattributed),
            occurrences: claim.occurrences,
            as_of: claim.as_of,
            note: claim.note,
            draft: claim.draft,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_for_people_to_six_significant_digits() {
        let shown = |n: f64| Value::Number(n).to_string();
        assert_eq!(shown(1.0 / 3.0), "0.333333");
        assert_eq!(shown(2.0 / 3.0 * 100.0), "66.6667");
        assert_eq!(shown(412_700.0), "412700");
        assert_eq!(shown(4.1e9), "4100000000");
        assert_eq!(shown(0.35), "0.35");
        assert_eq!(shown(-2.75), "-2.75");
        assert_eq!(shown(0.000_012_5), "0.0000125");
        assert_eq!(shown(1_234_567.5), "1234568");
        let range = Value::Range {
            low: 1.0 / 3.0,
            high: 0.5,
        };
        assert_eq!(range.to_string(), "0.333333..0.5");
    }

    #[test]
    fn verdicts_print_in_lower_case_as_in_json() {
        for verdict in [Verdict::Agree, Verdict::Discrepancy, Verdict::Conflict] {
            let json = serde_json::to_string(&verdict).unwrap();
            assert_eq!(json, format!("\"{verdict}\""));
        }
    }

    #[test]
    fn partial_date_precision_follows_its_form() {
        let day: PartialDate = "2021-09-27".parse().unwrap();
        assert_eq!(day.precision(), DatePrecision::Day);
        let month: PartialDate = "2017-11".parse().unwrap();
        assert_eq!(month.precision(), DatePrecision::Month);
        assert_eq!(month.to_string(), "2017-11");
        let year: PartialDate = "2018".parse().unwrap();
        assert_eq!(year.precision(), DatePrecision::Year);
    }

    #[test]
    fn partial_date_rejects_impossible_dates() {
        assert!("2021-13".parse::<PartialDate>().is_err());
        assert!("2021-02-29".parse::<PartialDate>().is_err());
        assert!("2020-02-29".parse::<PartialDate>().is_ok());
        assert!("21-01-01".parse::<PartialDate>().is_err());
        assert!("2021-1-01".parse::<PartialDate>().is_err());
        assert!("2021-01-01-01".parse::<PartialDate>().is_err());
    }

    #[test]
    fn value_reads_numbers_fractions_and_ranges() {
        let read = |yaml: &str| serde_norway::from_str::<Value>(yaml);
        assert_eq!(read("417300").unwrap(), Value::Number(417300.0));
        assert_eq!(read("0.5").unwrap(), Value::Number(0.5));
        assert_eq!(read("\"1/3\"").unwrap(), Value::Number(1.0 / 3.0));
        assert_eq!(
            read("{low: 200, high: 1000}").unwrap(),
            Value::Range {
                low: 200.0,
                high: 1000.0
            }
        );
        assert!(read("{low: 5, high: 1}").is_err());
        assert!(read("{low: 5, top: 1}").is_err());
        assert!(read("\"lots\"").is_err());
        assert!(read(".nan").is_err());
    }

    #[test]
    fn approx_eq_uses_a_relative_tolerance() {
        let a = Value::Number(1_000_000.0);
        assert!(a.approx_eq(&Value::Number(1_000_005.0), 1e-5));
        assert!(!a.approx_eq(&Value::Number(1_000_020.0), 1e-5));
        assert!(!a.approx_eq(
            &Value::Range {
                low: 1e6,
                high: 1e6
            },
            1e-5
        ));
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let yaml = "kind: unattributed\nsorce: x\n";
        let err = serde_norway::from_str::<Attribution>(yaml).unwrap_err();
        assert!(err.to_string().contains("unknown field `sorce`"), "{err}");
    }
}
