//! Scoring extracted claims against the gold: matching, then metrics.
//!
//! Pure code, no I/O. [`score_article`] matches one article's extracted claims
//! to its gold claims and returns an [`ArticleScore`]; [`Counts`] add up over
//! articles, and [`Metrics`] are derived from counts, so the score of a whole
//! run is the sum of the scores of its parts.
//!
//! # Matching
//!
//! Each gold claim has one *slot* per occurrence of its quote in the text (a
//! statement in a duplicated paragraph has two). Matching is a one-to-one
//! assignment between extracted claims and slots. A pair is *eligible* when
//! the values are equal within a relative tolerance of [`VALUE_TOLERANCE`]
//! (ranges end by end) and the units are the same [`Unit`] (spellings such as
//! `km2`, `sq km` and `square kilometres` are one unit, see
//! [`Unit::from_name`]). It is *located* when the extracted figure's span also
//! overlaps the slot's occurrence of the quote.
//!
//! Three assignments are computed with the Hungarian algorithm: *lenient*
//! (eligible pairs), *located* (located pairs) and *value only* (pairs of
//! equal values whatever their units, for comparison with benchmarks that
//! score values alone). Each maximizes first the
//! number of pairs, then, among assignments with as many pairs, the number of
//! pairs with a located span, the right qualifier and the right attribution,
//! in that order of weight; then the assignment whose figures lie nearest
//! their quotes (total distance in characters, each capped at 4,095). Any tie
//! left after that is broken by the algorithm's fixed order over the input, so
//! the same input always gives the same result.
//!
//! A gold claim is *found* when any of its slots is matched; reporting both
//! occurrences of a duplicated statement is therefore not a false positive,
//! and is not counted twice either. The attribution and qualifier of a found
//! claim are judged on its best pair.
//!
//! # Attribution
//!
//! An extracted attribution is *exactly* right when, after [`normalize_source`]
//! (case, punctuation and leading articles), it equals the gold source or one
//! of its aliases; for an unattributed gold claim, when the extracted claim is
//! unattributed too. *Partial* credit is the best token-overlap F1 between the
//! extracted text and the source or an alias.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::extract::{ExtractedClaim, Span};
use crate::model::{Article, Claim, DistractorReason, Layer};
use crate::vocab::{Qualifier, Unit};

/// Relative tolerance on values: `|a - b| <= 1e-5 * max(|a|, |b|)`. Wide
/// enough for `1/3` written as `0.333333`, narrow enough that 350,200 and
/// 350,000 differ.
pub const VALUE_TOLERANCE: f64 = 1e-5;

/// Counts that add up over articles; every metric is derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    /// Gold claims.
    pub gold: usize,
    /// Extracted claims.
    pub extracted: usize,
    /// Gold claims found (value and unit).
    pub found: usize,
    /// Extracted claims matched to a gold occurrence (value and unit).
    pub matched: usize,
    /// Gold claims found with a located span.
    pub located_found: usize,
    /// Extracted claims matched with a located span.
    pub located_matched: usize,
    /// Extracted claims matched on value and unit that gave no span, so
    /// could not be located.
    pub unlocated_matched: usize,
    /// Found gold claims whose attribution is exactly right.
    pub attribution_exact: usize,
    /// Sum over found gold claims of the partial attribution credit (0 to 1).
    pub attribution_partial: f64,
    /// Found gold claims whose qualifier is right.
    pub qualifier_correct: usize,
    /// Gold claims found with value, unit, qualifier and attribution all right.
    pub strict_found: usize,
    /// Extracted claims matched with value, unit, qualifier and attribution all right.
    pub strict_matched: usize,
    /// Gold claims matched on value alone, whatever the units (as
    /// benchmarks that score values without units count).
    #[serde(default)]
    pub value_found: usize,
    /// Extracted claims matched on value alone.
    #[serde(default)]
    pub value_matched: usize,
    /// Gold distractors (numerals that are not claims).
    pub distractors: usize,
    /// Extracted claims whose figure overlaps a distractor.
    pub distractors_reported: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.gold += other.gold;
        self.extracted += other.extracted;
        self.found += other.found;
        self.matched += other.matched;
        self.located_found += other.located_found;
        self.located_matched += other.located_matched;
        self.unlocated_matched += other.unlocated_matched;
        self.attribution_exact += other.attribution_exact;
        self.attribution_partial += other.attribution_partial;
        self.qualifier_correct += other.qualifier_correct;
        self.strict_found += other.strict_found;
        self.strict_matched += other.strict_matched;
        self.value_found += other.value_found;
        self.value_matched += other.value_matched;
        self.distractors += other.distractors;
        self.distractors_reported += other.distractors_reported;
    }
}

/// Precision, recall and F1. A ratio whose denominator is zero is `None`
/// (precision with nothing extracted, recall with nothing to find).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Share of extracted claims that match.
    pub precision: Option<f64>,
    /// Share of gold claims found.
    pub recall: Option<f64>,
    /// Harmonic mean of the two; `None` unless both are defined.
    pub f1: Option<f64>,
}

impl Prf {
    fn new(matched: usize, extracted: usize, found: usize, gold: usize) -> Prf {
        let precision = ratio(matched as f64, extracted);
        let recall = ratio(found as f64, gold);
        let f1 = match (precision, recall) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            (Some(_), Some(_)) => Some(0.0),
            _ => None,
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }

    fn mean(all: &[Prf]) -> Prf {
        Prf {
            precision: mean(all.iter().map(|m| m.precision)),
            recall: mean(all.iter().map(|m| m.recall)),
            f1: mean(all.iter().map(|m| m.f1)),
        }
    }
}

fn ratio(numerator: f64, denominator: usize) -> Option<f64> {
    (denominator > 0).then(|| numerator / denominator as f64)
}

/// The mean of the defined values, `None` when there are none.
fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let defined: Vec<f64> = values.flatten().collect();
    (!defined.is_empty()).then(|| defined.iter().sum::<f64>() / defined.len() as f64)
}

/// The metrics of a set of articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Figures matched on value and unit.
    pub lenient: Prf,
    /// Figures matched on value and unit with a span on the gold quote.
    pub located: Prf,
    /// Figures with value, unit, qualifier and attribution all right.
    pub strict: Prf,
    /// Figures matched on value alone, whatever the units: a one-to-one
    /// assignment of its own, for comparison with benchmarks that score
    /// values without units.
    #[serde(default)]
    pub value: Prf,
    /// Share of found claims whose attribution is exactly right.
    pub attribution_exact: Option<f64>,
    /// Mean partial (token-overlap) attribution credit over found claims.
    pub attribution_partial: Option<f64>,
    /// Share of found claims whose qualifier is right.
    pub qualifier_accuracy: Option<f64>,
}

impl Metrics {
    /// The metrics of these counts (micro-averaged when they are a sum).
    pub fn from_counts(c: &Counts) -> Metrics {
        Metrics {
            lenient: Prf::new(c.matched, c.extracted, c.found, c.gold),
            located: Prf::new(c.located_matched, c.extracted, c.located_found, c.gold),
            strict: Prf::new(c.strict_matched, c.extracted, c.strict_found, c.gold),
            value: Prf::new(c.value_matched, c.extracted, c.value_found, c.gold),
            attribution_exact: ratio(c.attribution_exact as f64, c.found),
            attribution_partial: ratio(c.attribution_partial, c.found),
            qualifier_accuracy: ratio(c.qualifier_correct as f64, c.found),
        }
    }

    /// These metrics with every one that needs a layer missing from
    /// `layers` set to `None`: located needs [`Layer::Spans`], qualifier
    /// accuracy [`Layer::Qualifier`], attribution [`Layer::Attribution`], and
    /// strict both of the last two. A dataset that does not annotate
    /// something says nothing about how well it was found.
    pub fn annotated(mut self, layers: &[Layer]) -> Metrics {
        let has = |layer| layers.contains(&layer);
        if !has(Layer::Spans) {
            self.located = Prf::default();
        }
        if !has(Layer::Qualifier) {
            self.qualifier_accuracy = None;
        }
        if !has(Layer::Attribution) {
            self.attribution_exact = None;
            self.attribution_partial = None;
        }
        if !has(Layer::Qualifier) || !has(Layer::Attribution) {
            self.strict = Prf::default();
        }
        self
    }

    /// The unweighted mean of per-article metrics, each ratio over the
    /// articles where it is defined.
    pub fn macro_average(all: &[Metrics]) -> Metrics {
        Metrics {
            lenient: Prf::mean(&all.iter().map(|m| m.lenient).collect::<Vec<_>>()),
            located: Prf::mean(&all.iter().map(|m| m.located).collect::<Vec<_>>()),
            strict: Prf::mean(&all.iter().map(|m| m.strict).collect::<Vec<_>>()),
            value: Prf::mean(&all.iter().map(|m| m.value).collect::<Vec<_>>()),
            attribution_exact: mean(all.iter().map(|m| m.attribution_exact)),
            attribution_partial: mean(all.iter().map(|m| m.attribution_partial)),
            qualifier_accuracy: mean(all.iter().map(|m| m.qualifier_accuracy)),
        }
    }
}

/// A gold claim that was found, and how well.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// The gold claim's id.
    pub gold: String,
    /// The index of the extracted claim of its best pair.
    pub extracted: usize,
    /// Whether that pair is located.
    pub located: bool,
    /// Whether the qualifier is right.
    pub qualifier_correct: bool,
    /// Whether the attribution is exactly right.
    pub attribution_exact: bool,
    /// Partial attribution credit, 0 to 1.
    pub attribution_partial: f64,
}

impl Hit {
    /// Value, unit, qualifier and attribution all right.
    pub fn strict(&self) -> bool {
        self.qualifier_correct && self.attribution_exact
    }
}

/// One article's score: counts, and what was found, missed and made up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleScore {
    /// The article's id.
    pub article: String,
    /// Its counts.
    pub counts: Counts,
    /// Counts by unit: gold claims under the gold unit, extracted claims
    /// under the extracted unit.
    pub by_unit: BTreeMap<Unit, Counts>,
    /// Gold claims found, in gold order.
    pub hits: Vec<Hit>,
    /// Ids of gold claims not found, in gold order.
    pub misses: Vec<String>,
    /// Indices of extracted claims that match no gold claim.
    pub false_positives: Vec<usize>,
    /// Extracted claims whose figure overlaps a distractor.
    pub distractor_hits: Vec<DistractorHit>,
    /// The lenient assignment: `(extracted index, gold claim index)` for
    /// every matched extracted claim, in extracted order.
    pub matched: Vec<(usize, usize)>,
}

/// An extracted claim whose figure is a numeral the gold says is not a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DistractorHit {
    /// The index of the extracted claim.
    pub extracted: usize,
    /// Why the numeral is not a claim.
    pub reason: DistractorReason,
}

/// Matches one article's extracted claims to its gold and counts.
///
/// `gold.text` must be loaded; extracted spans count `char`s of it.
pub fn score_article(gold: &Article, extracted: &[ExtractedClaim]) -> ArticleScore {
    let slots = slots(gold);
    let lenient = assign(gold, &slots, extracted, Pairing::Lenient);
    let located = assign(gold, &slots, extracted, Pairing::Located);
    let value_only = assign(gold, &slots, extracted, Pairing::Value);

    let mut counts = Counts {
        gold: gold.claims.len(),
        extracted: extracted.len(),
        distractors: gold.distractors.len(),
        ..Counts::default()
    };
    let mut by_unit: BTreeMap<Unit, Counts> = BTreeMap::new();
    for claim in &gold.claims {
        by_unit.entry(claim.unit).or_default().gold += 1;
    }
    for claim in extracted {
        by_unit.entry(claim.unit).or_default().extracted += 1;
    }

    // Judge every lenient pair, then keep each gold claim's best pair.
    let mut best: BTreeMap<usize, Hit> = BTreeMap::new();
    let mut matched_extracted = vec![false; extracted.len()];
    for &(e, slot) in &lenient {
        let claim = &gold.claims[slots[slot].claim];
        let hit = judge(
            claim,
            slot_located(&slots[slot], &extracted[e]),
            e,
            &extracted[e],
        );
        matched_extracted[e] = true;
        counts.matched += 1;
        counts.unlocated_matched += usize::from(extracted[e].figure.span.is_none());
        if hit.strict() {
            counts.strict_matched += 1;
        }
        let unit_counts = by_unit.entry(extracted[e].unit).or_default();
        unit_counts.matched += 1;
        if hit.strict() {
            unit_counts.strict_matched += 1;
        }
        let entry = best.entry(slots[slot].claim).or_insert_with(|| hit.clone());
        if rank(&hit) > rank(entry) {
            *entry = hit;
        }
    }
    for &(e, _) in &located {
        counts.located_matched += 1;
        by_unit
            .entry(extracted[e].unit)
            .or_default()
            .located_matched += 1;
    }
    for &(e, _) in &value_only {
        counts.value_matched += 1;
        by_unit.entry(extracted[e].unit).or_default().value_matched += 1;
    }
    let mut value_gold: Vec<usize> = value_only.iter().map(|&(_, s)| slots[s].claim).collect();
    value_gold.sort_unstable();
    value_gold.dedup();
    for &g in &value_gold {
        counts.value_found += 1;
        by_unit.entry(gold.claims[g].unit).or_default().value_found += 1;
    }
    let mut located_gold: Vec<usize> = located.iter().map(|&(_, s)| slots[s].claim).collect();
    located_gold.sort_unstable();
    located_gold.dedup();
    for &g in &located_gold {
        counts.located_found += 1;
        by_unit
            .entry(gold.claims[g].unit)
            .or_default()
            .located_found += 1;
    }

    let mut hits = Vec::new();
    let mut misses = Vec::new();
    for (g, claim) in gold.claims.iter().enumerate() {
        match best.remove(&g) {
            Some(hit) => {
                let unit_counts = by_unit.entry(claim.unit).or_default();
                for c in [&mut counts, unit_counts] {
                    c.found += 1;
                    c.attribution_exact += usize::from(hit.attribution_exact);
                    c.attribution_partial += hit.attribution_partial;
                    c.qualifier_correct += usize::from(hit.qualifier_correct);
                    c.strict_found += usize::from(hit.strict());
                }
                hits.push(hit);
            }
            None => misses.push(claim.id.clone()),
        }
    }

    let distractor_spans = distractor_spans(gold);
    let distractor_hits: Vec<DistractorHit> = extracted
        .iter()
        .enumerate()
        .filter_map(|(i, claim)| {
            let span = claim.figure.span?;
            distractor_spans
                .iter()
                .find(|(d, _)| d.overlaps(&span))
                .map(|&(_, reason)| DistractorHit {
                    extracted: i,
                    reason,
                })
        })
        .collect();
    counts.distractors_reported = distractor_hits.len();

    let mut matched: Vec<(usize, usize)> = lenient
        .iter()
        .map(|&(e, slot)| (e, slots[slot].claim))
        .collect();
    matched.sort_unstable();
    ArticleScore {
        matched,
        article: gold.id.clone(),
        counts,
        by_unit,
        hits,
        misses,
        false_positives: (0..extracted.len())
            .filter(|&e| !matched_extracted[e])
            .collect(),
        distractor_hits,
    }
}

/// Orders pairs of the same gold claim: located, then strict, then partial credit.
fn rank(hit: &Hit) -> (bool, bool, bool, u64) {
    (
        hit.located,
        hit.strict(),
        hit.qualifier_correct,
        (hit.attribution_partial * 1e6) as u64,
    )
}

/// One occurrence of a gold claim's quote.
#[derive(Debug, Clone, Copy)]
struct Slot {
    claim: usize,
    span: Span,
}

fn slots(gold: &Article) -> Vec<Slot> {
    let index = CharIndex::new(&gold.text);
    gold.claims
        .iter()
        .enumerate()
        .flat_map(|(claim, c)| {
            let spans = index.find_all(&gold.text, &c.quote);
            // A quote the validator would reject still gets one slot, so that
            // the claim can be found (unlocated) rather than silently dropped.
            let spans = if spans.is_empty() {
                vec![Span { start: 0, end: 0 }]
            } else {
                spans
            };
            spans.into_iter().map(move |span| Slot { claim, span })
        })
        .collect()
}

fn distractor_spans(gold: &Article) -> Vec<(Span, DistractorReason)> {
    let index = CharIndex::new(&gold.text);
    gold.distractors
        .iter()
        .flat_map(|d| {
            let offset = d.quote.find(&d.figure).unwrap_or(0);
            let figure_start = d.quote[..offset].chars().count();
            let figure_len = d.figure.chars().count();
            index
                .find_all(&gold.text, &d.quote)
                .into_iter()
                .map(move |quote| {
                    let span = Span {
                        start: quote.start + figure_start,
                        end: quote.start + figure_start + figure_len,
                    };
                    (span, d.reason)
                })
        })
        .collect()
}

/// Converts byte offsets of one text into `char` offsets.
struct CharIndex {
    /// Byte offset of every `char`, in order.
    starts: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        CharIndex {
            starts: text.char_indices().map(|(at, _)| at).collect(),
        }
    }

    fn char_offset(&self, byte: usize) -> usize {
        self.starts.partition_point(|&start| start < byte)
    }

    /// The `char` spans of every non-overlapping occurrence of `needle`.
    fn find_all(&self, text: &str, needle: &str) -> Vec<Span> {
        if needle.is_empty() {
            return Vec::new();
        }
        text.match_indices(needle)
            .map(|(at, found)| Span {
                start: self.char_offset(at),
                end: self.char_offset(at + found.len()),
            })
            .collect()
    }
}

fn eligible(claim: &Claim, extracted: &ExtractedClaim, pairing: Pairing) -> bool {
    (pairing == Pairing::Value || claim.unit == extracted.unit)
        && claim.value.approx_eq(&extracted.value, VALUE_TOLERANCE)
}

/// Which pairs an assignment may make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    /// Equal value and unit.
    Lenient,
    /// Equal value and unit, with the figure's span on the quote.
    Located,
    /// Equal value, whatever the units.
    Value,
}

fn slot_located(slot: &Slot, extracted: &ExtractedClaim) -> bool {
    slot.span.end > slot.span.start
        && extracted
            .figure
            .span
            .is_some_and(|span| span.overlaps(&slot.span))
}

/// The optimal one-to-one assignment of extracted claims to slots, as
/// `(extracted index, slot index)` pairs; see the module docs.
fn assign(
    gold: &Article,
    slots: &[Slot],
    extracted: &[ExtractedClaim],
    pairing: Pairing,
) -> Vec<(usize, usize)> {
    if slots.is_empty() || extracted.is_empty() {
        return Vec::new();
    }
    // Weights: a pair is worth far more than any tie-breaking bonus, so the
    // assignment first maximizes the number of pairs.
    const PAIR: i64 = 1 << 20;
    let weight = |e: usize, s: usize| -> i64 {
        let slot = &slots[s];
        let claim = &gold.claims[slot.claim];
        let candidate = &extracted[e];
        if !eligible(claim, candidate, pairing) {
            return 0;
        }
        let located = slot_located(slot, candidate);
        if pairing == Pairing::Located && !located {
            return 0;
        }
        let hit = judge(claim, located, e, candidate);
        PAIR + 64 * i64::from(located)
            + 16 * i64::from(hit.qualifier_correct)
            + 8 * i64::from(hit.attribution_exact)
            + (4.0 * hit.attribution_partial) as i64
    };
    // kuhn_munkres wants no more rows than columns.
    let transpose = extracted.len() > slots.len();
    let (rows, columns) = if transpose {
        (slots.len(), extracted.len())
    } else {
        (extracted.len(), slots.len())
    };
    let mut values = Vec::with_capacity(rows * columns);
    for r in 0..rows {
        for c in 0..columns {
            let (e, s) = if transpose { (c, r) } else { (r, c) };
            let w = weight(e, s);
            // Remaining ties go to figures nearer their quotes.
            let distance = extracted[e]
                .figure
                .start()
                .map_or(usize::MAX, |start| start.abs_diff(slots[s].span.start));
            let proximity = 4095 - distance.min(4095) as i64;
            values.push(if w > 0 { w * 4096 + proximity } else { 0 });
        }
    }
    let matrix = pathfinding::matrix::Matrix::from_vec(rows, columns, values)
        .expect("the matrix has rows * columns values");
    let (_, assignment) = pathfinding::kuhn_munkres::kuhn_munkres(&matrix);
    assignment
        .into_iter()
        .enumerate()
        .map(|(r, c)| if transpose { (c, r) } else { (r, c) })
        .filter(|&(e, s)| weight(e, s) > 0)
        .collect()
}

/// How well an eligible pair agrees beyond value and unit.
fn judge(claim: &Claim, located: bool, index: usize, extracted: &ExtractedClaim) -> Hit {
    let names: Vec<&str> = claim
        .attribution
        .source
        .iter()
        .chain(&claim.attribution.aliases)
        .map(String::as_str)
        .collect();
    let (exact, partial) = match (&claim.attribution.source, &extracted.attribution.text) {
        (None, None) => (true, 1.0),
        (None, Some(_)) | (Some(_), None) => (false, 0.0),
        (Some(_), Some(text)) => {
            let text = normalize_source(text);
            let exact = names.iter().any(|name| normalize_source(name) == text);
            let partial = names
                .iter()
                .map(|name| token_f1(&normalize_source(name), &text))
                .fold(0.0, f64::max);
            (exact, if exact { 1.0 } else { partial })
        }
    };
    Hit {
        gold: claim.id.clone(),
        extracted: index,
        located,
        qualifier_correct: claim.qualifier == extracted.qualifier,
        attribution_exact: exact,
        attribution_partial: partial,
    }
}

/// Lower-cases, replaces punctuation with spaces, folds white space and drops
/// a leading article: `"The  U.N. Office,"` becomes `"u n office"`.
pub fn normalize_source(name: &str) -> String {
    let lowered: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = lowered.split_whitespace().collect();
    if matches!(words.first(), Some(&("the" | "a" | "an"))) {
        words.remove(0);
    }
    words.join(" ")
}

/// Token-overlap F1 of two normalized names.
fn token_f1(a: &str, b: &str) -> f64 {
    let a: Vec<&str> = a.split(' ').filter(|t| !t.is_empty()).collect();
    let b: Vec<&str> = b.split(' ').filter(|t| !t.is_empty()).collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut remaining = b.clone();
    let mut common = 0;
    for token in &a {
        if let Some(at) = remaining.iter().position(|t| t == token) {
            remaining.swap_remove(at);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let precision = common as f64 / b.len() as f64;
    let recall = common as f64 / a.len() as f64;
    2.0 * precision * recall / (precision + recall)
}

/// The qualifier an extracted claim should have had, for reports.
pub fn gold_qualifier(gold: &Article, id: &str) -> Option<Qualifier> {
    gold.claim(id).map(|claim| claim.qualifier)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{ExtractedAttribution, ExtractedFigure};
    use crate::model::{Attribution, AttributionKind, Distractor, DistractorReason, Source, Value};

    const TEXT: &str = "Officials said 1,200 homes were damaged. \
        More than 40 people died, according to the Red Cross. \
        It happened in 2019. More than 40 people died, according to the Red Cross.";

    fn article() -> Article {
        let claim = |id: &str,
                     quote: &str,
                     figure: &str,
                     value: f64,
                     unit: Unit,
                     qualifier: Qualifier,
                     attribution: Attribution,
                     occurrences: u32| Claim {
            id: id.to_owned(),
            quote: quote.to_owned(),
            figure: figure.to_owned(),
            value: Value::Number(value),
            unit,
            qualifier,
            measure: "m".to_owned(),
            of: None,
            attribution,
            occurrences,
            as_of: None,
            note: None,
            draft: false,
        };
        Article {
            id: "a".to_owned(),
            text_file: "a.txt".to_owned(),
            text_sha256: String::new(),
            source: Source::unknown("en"),
            claims: vec![
                claim(
                    "homes",
                    "1,200 homes",
                    "1,200",
                    1200.0,
                    Unit::COUNT,
                    Qualifier::Exact,
                    Attribution {
                        kind: AttributionKind::ReportedSpeech,
                        source: Some("officials".to_owned()),
                        aliases: vec!["Officials".to_owned()],
                    },
                    1,
                ),
                claim(
                    "deaths",
                    "More than 40 people",
                    "40",
                    40.0,
                    Unit::PEOPLE,
                    Qualifier::MoreThan,
                    Attribution {
                        kind: AttributionKind::AccordingTo,
                        source: Some("International Red Cross".to_owned()),
                        aliases: vec!["Red Cross".to_owned()],
                    },
                    2,
                ),
            ],
            distractors: vec![Distractor {
                quote: "in 2019".to_owned(),
                figure: "2019".to_owned(),
                reason: DistractorReason::Year,
                occurrences: 1,
                draft: false,
            }],
            text: TEXT.to_owned(),
        }
    }

    fn extracted(
        figure: &str,
        nth: usize,
        value: f64,
        unit: Unit,
        qualifier: Qualifier,
        source: Option<&str>,
    ) -> ExtractedClaim {
        let byte = TEXT
            .match_indices(figure)
            .nth(nth)
            .expect("figure in text")
            .0;
        let start = TEXT[..byte].chars().count();
        ExtractedClaim {
            figure: ExtractedFigure::at(start, start + figure.chars().count(), figure),
            value: Value::Number(value),
            unit,
            qualifier,
            measure: None,
            attribution: match source {
                Some(text) => ExtractedAttribution {
                    kind: AttributionKind::AccordingTo,
                    text: Some(text.to_owned()),
                    span: None,
                },
                None => ExtractedAttribution::unattributed(),
            },
            sentence: None,
            conflict_key: None,
        }
    }

    #[test]
    fn a_perfect_extraction_scores_one_everywhere() {
        let score = score_article(
            &article(),
            &[
                extracted(
                    "1,200",
                    0,
                    1200.0,
                    Unit::COUNT,
                    Qualifier::Exact,
                    Some("officials"),
                ),
                extracted(
                    "40",
                    0,
                    40.0,
                    Unit::PEOPLE,
                    Qualifier::MoreThan,
                    Some("the Red Cross"),
                ),
            ],
        );
        let m = Metrics::from_counts(&score.counts);
        assert_eq!(m.lenient.f1, Some(1.0));
        assert_eq!(m.located.f1, Some(1.0));
        assert_eq!(m.strict.f1, Some(1.0));
        assert_eq!(m.attribution_exact, Some(1.0));
        assert!(score.misses.is_empty() && score.false_positives.is_empty());
    }

    #[test]
    fn value_only_matching_ignores_units_but_stays_one_to_one() {
        let homes_as_people = extracted("1,200", 0, 1200.0, Unit::PEOPLE, Qualifier::Exact, None);
        let score = score_article(&article(), &[homes_as_people.clone(), homes_as_people]);
        assert_eq!(score.counts.found, 0);
        assert_eq!(score.counts.value_found, 1);
        assert_eq!(score.counts.value_matched, 1);
        let m = Metrics::from_counts(&score.counts);
        assert_eq!(m.lenient.f1, Some(0.0));
        assert_eq!(m.value.precision, Some(0.5));
        assert_eq!(m.value.recall, Some(0.5));
    }

    #[test]
    fn metrics_of_layers_not_annotated_are_undefined_not_zero() {
        let nothing_right = extracted("40", 0, 40.0, Unit::PEOPLE, Qualifier::Exact, None);
        let score = score_article(&article(), &[nothing_right]);
        let m = Metrics::from_counts(&score.counts);
        assert_eq!(m.attribution_exact, Some(0.0));
        let m = m.annotated(&[Layer::Qualifier]);
        assert_eq!(m.lenient.recall, Some(0.5));
        assert_eq!(m.qualifier_accuracy, Some(0.0));
        assert_eq!(m.attribution_exact, None);
        assert_eq!(m.attribution_partial, None);
        assert_eq!(m.located, Prf::default());
        assert_eq!(m.strict, Prf::default());
        let all = Metrics::from_counts(&score.counts).annotated(&Layer::ALL);
        assert_eq!(all, Metrics::from_counts(&score.counts));
    }

    #[test]
    fn both_occurrences_of_a_duplicated_statement_count_once_and_are_not_false_positives() {
        let score = score_article(
            &article(),
            &[
                extracted(
                    "40",
                    0,
                    40.0,
                    Unit::PEOPLE,
                    Qualifier::MoreThan,
                    Some("Red Cross"),
                ),
                extracted(
                    "40",
                    1,
                    40.0,
                    Unit::PEOPLE,
                    Qualifier::MoreThan,
                    Some("Red Cross"),
                ),
            ],
        );
        assert_eq!(score.counts.found, 1);
        assert_eq!(score.counts.matched, 2);
        assert!(score.false_positives.is_empty());
        assert_eq!(score.misses, vec!["homes".to_owned()]);
    }

    #[test]
    fn the_same_figure_reported_twice_at_one_place_is_a_false_positive_when_slots_run_out() {
        let homes = extracted("1,200", 0, 1200.0, Unit::COUNT, Qualifier::Exact, None);
        let score = score_article(&article(), &[homes.clone(), homes]);
        assert_eq!(score.counts.matched, 1);
        assert_eq!(score.false_positives, vec![1]);
    }

    #[test]
    fn a_wrong_unit_or_value_is_not_a_match() {
        let score = score_article(
            &article(),
            &[
                extracted("1,200", 0, 1200.0, Unit::PEOPLE, Qualifier::Exact, None),
                extracted("40", 0, 41.0, Unit::PEOPLE, Qualifier::MoreThan, None),
            ],
        );
        assert_eq!(score.counts.matched, 0);
        assert_eq!(score.false_positives, vec![0, 1]);
    }

    #[test]
    fn a_span_elsewhere_matches_leniently_but_is_not_located() {
        // "40" reported at the position of "1,200".
        let mut claim = extracted("1,200", 0, 40.0, Unit::PEOPLE, Qualifier::MoreThan, None);
        claim.figure.text = "40".to_owned();
        let score = score_article(&article(), &[claim]);
        assert_eq!(score.counts.found, 1);
        assert_eq!(score.counts.located_found, 0);
    }

    #[test]
    fn a_claim_without_a_span_matches_on_value_and_unit_but_is_unlocated() {
        let mut claim = extracted("1,200", 0, 1200.0, Unit::COUNT, Qualifier::Exact, None);
        claim.figure.span = None;
        let score = score_article(&article(), &[claim]);
        assert_eq!(score.counts.found, 1);
        assert_eq!(score.counts.unlocated_matched, 1);
        assert_eq!(score.counts.located_found, 0);
    }

    #[test]
    fn attribution_credit_is_exact_after_normalizing_or_partial_by_tokens() {
        let score = score_article(
            &article(),
            &[extracted(
                "40",
                0,
                40.0,
                Unit::PEOPLE,
                Qualifier::MoreThan,
                Some("the Red Cross society"),
            )],
        );
        let hit = &score.hits[0];
        assert!(!hit.attribution_exact);
        assert!(
            (hit.attribution_partial - 0.8).abs() < 1e-9,
            "{}",
            hit.attribution_partial
        );
    }

    #[test]
    fn a_wrong_qualifier_fails_the_strict_score_only() {
        let score = score_article(
            &article(),
            &[extracted(
                "40",
                0,
                40.0,
                Unit::PEOPLE,
                Qualifier::About,
                Some("Red Cross"),
            )],
        );
        assert_eq!(score.counts.found, 1);
        assert_eq!(score.counts.qualifier_correct, 0);
        assert_eq!(score.counts.strict_found, 0);
    }

    #[test]
    fn a_reported_year_is_a_distractor_hit() {
        let score = score_article(
            &article(),
            &[extracted(
                "2019",
                0,
                2019.0,
                Unit::COUNT,
                Qualifier::Exact,
                None,
            )],
        );
        assert_eq!(
            score.distractor_hits,
            vec![DistractorHit {
                extracted: 0,
                reason: DistractorReason::Year
            }]
        );
        assert_eq!(score.counts.distractors_reported, 1);
    }

    #[test]
    fn normalize_source_folds_case_punctuation_and_articles() {
        assert_eq!(normalize_source("The  U.N. Office,"), "u n office");
        assert_eq!(normalize_source("an Agency"), "agency");
        assert_eq!(normalize_source("Theatre group"), "theatre group");
    }

    #[test]
    fn undefined_ratios_are_none_and_macro_skips_them() {
        let empty = Metrics::from_counts(&Counts::default());
        assert_eq!(empty.lenient.precision, None);
        let full = Metrics::from_counts(&Counts {
            gold: 1,
            extracted: 1,
            found: 1,
            matched: 1,
            ..Counts::default()
        });
        let average = Metrics::macro_average(&[empty, full]);
        assert_eq!(average.lenient.f1, Some(1.0));
    }
}
