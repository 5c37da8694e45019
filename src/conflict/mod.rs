//! Cross-article conflict detection: which figures from different articles
//! measure the same thing, and whether they agree. Precision comes first: a
//! figure is compared only with figures whose measure frame is compatible,
//! and the default output shows only confident matches.
//!
//! The detector works on [`Statement`]s, a view that gold claims and
//! extracted claims both convert into, and does no I/O. One module per step:
//!
//! 1. [`frame`]: every statement's [`Frame`] (quantity, restrictions, place,
//!    period, source), read from its measure and the text around it with the
//!    lexicon of `src/lang/en/frames.yaml` ([`lexicon`]); gold claims from
//!    their `measure`, their sentence, and the article's headline and
//!    dateline; extracted claims also from the figure's clause and the
//!    sentence before ([`extracted`]);
//! 2. [`compat`]: which frames are compatible (same quantity; restrictions,
//!    places and periods the same or unknown, never different) and how
//!    confident the match is;
//! 3. [`verdict`]: the verdict on every compatible pair from different
//!    articles, from the intervals their hedges admit, and its explanation.
//!
//! [`detect`] reports the pairs matched with at least [`CONFIDENT`]
//! confidence, [`detect_at`] those above any threshold (`claimbench
//! conflicts --all` uses 0). Work is bounded by what is reported: statements
//! are bucketed by quantity and unit base (an extractor's own `conflict_key`
//! is a bucket of its own), then into classes of identical frames; frames
//! are compared class against class, and statement pairs are enumerated only
//! for class pairs that are reported. A bucket of 10,000 figures of one
//! quantity with no place costs one comparison, not 50 million.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub mod compat;
mod context;
mod extracted;
pub mod frame;
mod lexicon;
mod scoring;
pub mod verdict;

pub use compat::{Match, MatchedField, compare};
pub use extracted::{
    WINDOW_WORDS, extracted_index, extracted_label, extracted_statements, gold_statements,
    statements_from_extracted,
};
pub use frame::{Frame, Place, Reading};
pub use scoring::{Audit, ConflictScore, VerdictPair, audit, expected_pairs, score_statements};
pub use verdict::{APPROXIMATE_TOLERANCE, Interval, judge};

use crate::extract::Span;
use crate::model::{Article, Claim, PartialDate, Value, Verdict};
use crate::vocab::{Qualifier, Unit};
use verdict::is_share;

/// The confidence at and above which a match is shown by default: a matched
/// quantity and place (see [`compat`]).
pub const CONFIDENT: f64 = 0.8;

/// One figure as the conflict detector sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The article the figure is stated in.
    pub article: String,
    /// The claim's id (gold) or another label unique within the article.
    pub claim: String,
    /// The figure.
    pub value: Value,
    /// Its unit.
    pub unit: Unit,
    /// Its hedge.
    pub qualifier: Qualifier,
    /// For a share of another figure ("half of 23 million"), that figure.
    pub base: Option<Base>,
    /// What is counted, in words.
    pub measure: String,
    /// Who the article says the figure comes from; `None` for the outlet's own voice.
    pub attribution: Option<String>,
    /// When the figure held or was published, if known.
    pub date: Option<PartialDate>,
    /// An extractor's own name for what the figure measures; when present
    /// it replaces the frame for grouping (see [`detect`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// What the figure measures, as [`Frame::read`] reads it.
    #[serde(default)]
    pub frame: Frame,
}

/// The figure a share is a share of.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Base {
    /// Its value.
    pub value: Value,
    /// Its unit, which becomes the share's effective unit.
    pub unit: Unit,
    /// Its hedge.
    pub qualifier: Qualifier,
}

impl Statement {
    /// The statement of a gold claim: its `as_of` date, else the article's
    /// publication date; its `of` claim, if any, as the base; its frame read
    /// from its `measure`, the sentence of its quote, and the article's
    /// headline and dateline.
    pub fn from_claim(article: &Article, claim: &Claim) -> Statement {
        Statement::from_claim_in(article, &context::ArticleText::of(article), claim)
    }

    fn from_claim_in(
        article: &Article,
        text: &context::ArticleText<'_>,
        claim: &Claim,
    ) -> Statement {
        let chars = &text.chars;
        let base = claim
            .of
            .as_deref()
            .and_then(|id| article.claim(id))
            .map(|base| Base {
                value: base.value,
                unit: base.unit,
                qualifier: base.qualifier,
            });
        let date = claim
            .as_of
            .as_ref()
            .or(article.source.published.as_ref())
            .map(|dated| dated.date);
        let (sentence, sentence_for_period) = (!claim.quote.is_empty())
            .then(|| article.text.find(&claim.quote))
            .flatten()
            .map(|byte| {
                let start = article.text[..byte].chars().count();
                let quote = Span {
                    start,
                    end: start + claim.quote.chars().count(),
                };
                let sentence = context::sentence(chars, quote.start, quote.end);
                (
                    context::text(chars, sentence),
                    context::sentence_without_other_figures(chars, sentence, quote),
                )
            })
            .unwrap_or_default();
        let frame = Frame::read(&Reading {
            measure: &claim.measure,
            sentence: &sentence,
            sentence_for_period: Some(&sentence_for_period),
            headline: text.headline,
            dateline: text.dateline,
            article_country: text.country,
            headline_names: &text.headline_names,
            source: claim.attribution.source.as_deref(),
            year: date.map(|date| date.year),
            percent: claim.unit == Unit::PERCENT,
            ..Reading::default()
        });
        Statement {
            article: article.id.clone(),
            claim: claim.id.clone(),
            value: claim.value,
            unit: claim.unit,
            qualifier: claim.qualifier,
            base,
            measure: claim.measure.clone(),
            attribution: claim.attribution.source.clone(),
            date,
            key: None,
            frame,
        }
    }

    /// The statements of every gold claim of an article.
    pub fn from_article(article: &Article) -> Vec<Statement> {
        let text = context::ArticleText::of(article);
        article
            .claims
            .iter()
            .map(|claim| Statement::from_claim_in(article, &text, claim))
            .collect()
    }

    /// The unit the statement counts in: a share of another figure counts in
    /// that figure's unit.
    pub fn effective_unit(&self) -> Unit {
        match self.base {
            Some(base) if is_share(self.unit) => base.unit,
            _ => self.unit,
        }
    }

    /// The values the statement admits, in its effective unit.
    pub fn interval(&self) -> Interval {
        let own = Interval::of(self.value, self.qualifier);
        match self.base {
            Some(base) if is_share(self.unit) => {
                let share = if self.unit == Unit::PERCENT {
                    own.scale(0.01)
                } else {
                    own
                };
                share.times(&Interval::of(base.value, base.qualifier))
            }
            _ => own,
        }
    }
}

/// A pair of statements from different articles whose frames are
/// compatible.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The first statement (ordered by article, then claim).
    pub a: Statement,
    /// The second statement.
    pub b: Statement,
    /// How they relate.
    pub verdict: Verdict,
    /// One line naming the figures, articles, attributions and dates.
    pub explanation: String,
    /// How confident the frames' match is, from 0 to 1 (see [`compat`]).
    pub confidence: f64,
    /// The frame fields known on both sides that matched.
    pub matched: Vec<MatchedField>,
}

/// Statements of one quantity (or one extractor key) and unit base, and
/// the findings among them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The quantity, or `key:` and the extractor's key.
    pub quantity: String,
    /// The effective unit of the first statement. The others share it or
    /// convert into it ([`Unit::base`]); findings compare in this unit.
    pub unit: Unit,
    /// The statements of the findings, ordered by article and claim.
    pub statements: Vec<Statement>,
    /// One finding per reported pair.
    pub findings: Vec<Finding>,
}

impl Group {
    /// The strongest verdict among the group's findings: a conflict outweighs
    /// a discrepancy, which outweighs agreement.
    pub fn verdict(&self) -> Option<Verdict> {
        self.findings.iter().map(|f| f.verdict).max()
    }
}

/// The pairs matched with at least [`CONFIDENT`] confidence, grouped by
/// quantity and unit. See [`detect_at`].
pub fn detect(statements: &[Statement]) -> Vec<Group> {
    detect_at(statements, CONFIDENT)
}

/// Every pair of statements from different articles whose frames are
/// compatible with at least `min_confidence`, judged, grouped by quantity
/// and unit base; groups without a finding are left out. The result does
/// not depend on the order of `statements`, and exact duplicates count
/// once.
pub fn detect_at(statements: &[Statement], min_confidence: f64) -> Vec<Group> {
    buckets(statements)
        .into_iter()
        .filter_map(|bucket| {
            let mut findings = Vec::new();
            for (i, j, matched) in bucket.class_pairs() {
                if matched.confidence < min_confidence {
                    continue;
                }
                for (x, y) in bucket.member_pairs(i, j) {
                    let (a, b) = if order(x, y).is_le() { (x, y) } else { (y, x) };
                    findings.push(verdict::judge_matched(a, b, Some(matched.clone())));
                }
            }
            if findings.is_empty() {
                return None;
            }
            findings.sort_by(|f, g| order(&f.a, &g.a).then_with(|| order(&f.b, &g.b)));
            let mut statements: Vec<Statement> = findings
                .iter()
                .flat_map(|f| [f.a.clone(), f.b.clone()])
                .collect();
            statements.sort_by(order);
            statements.dedup();
            Some(Group {
                quantity: bucket.label,
                unit: statements[0].effective_unit(),
                statements,
                findings,
            })
        })
        .collect()
}

/// Statements that may be compared: one quantity (or extractor key) and
/// unit base, in classes of identical frames.
pub(crate) struct Bucket<'a> {
    pub(crate) label: String,
    keyed: bool,
    pub(crate) classes: Vec<Vec<&'a Statement>>,
}

impl<'a> Bucket<'a> {
    /// Every pair of classes (a class with itself included, `i <= j`) whose
    /// frames are compatible, with their match.
    pub(crate) fn class_pairs(&self) -> Vec<(usize, usize, Match)> {
        let mut pairs = Vec::new();
        for i in 0..self.classes.len() {
            for j in i..self.classes.len() {
                let (a, b) = (self.classes[i][0], self.classes[j][0]);
                let matched = if self.keyed {
                    Some(compat::key_match(&self.label["key:".len()..]))
                } else {
                    compare(&a.frame, &b.frame)
                };
                if let Some(matched) = matched {
                    pairs.push((i, j, matched));
                }
            }
        }
        pairs
    }

    /// The pairs of statements from different articles of classes `i` and
    /// `j` (`i <= j`).
    pub(crate) fn member_pairs(
        &self,
        i: usize,
        j: usize,
    ) -> impl Iterator<Item = (&'a Statement, &'a Statement)> + '_ {
        let (ci, cj) = (&self.classes[i], &self.classes[j]);
        ci.iter()
            .enumerate()
            .flat_map(move |(n, x)| {
                let from = if i == j { n + 1 } else { 0 };
                cj[from.min(cj.len())..].iter().map(move |y| (*x, *y))
            })
            .filter(|(x, y)| x.article != y.article)
    }

    /// How many pairs [`Bucket::member_pairs`] yields, counted from
    /// per-article tallies without enumerating them.
    pub(crate) fn count_pairs(&self, i: usize, j: usize) -> u64 {
        fn tally<'s>(class: &[&'s Statement]) -> BTreeMap<&'s str, u64> {
            let mut per: BTreeMap<&str, u64> = BTreeMap::new();
            for s in class {
                *per.entry(s.article.as_str()).or_default() += 1;
            }
            per
        }
        let (ti, tj) = (tally(&self.classes[i]), tally(&self.classes[j]));
        let (ni, nj) = (self.classes[i].len() as u64, self.classes[j].len() as u64);
        if i == j {
            let squares: u64 = ti.values().map(|n| n * n).sum();
            (ni * ni - squares) / 2
        } else {
            let same: u64 = ti
                .iter()
                .map(|(article, n)| n * tj.get(article).copied().unwrap_or(0))
                .sum();
            ni * nj - same
        }
    }
}

/// Sorts the statements (so that nothing depends on their order), drops
/// exact duplicates and statements with neither quantity nor key, and
/// buckets the rest by quantity (or key) and comparable unit, then by frame.
pub(crate) fn buckets(statements: &[Statement]) -> Vec<Bucket<'_>> {
    let mut sorted: Vec<&Statement> = statements.iter().collect();
    sorted.sort_by(|x, y| order(x, y));
    sorted.dedup_by(|x, y| x == y);
    let mut by_key: BTreeMap<(String, Unit), BTreeMap<Frame, Vec<&Statement>>> = BTreeMap::new();
    for statement in sorted {
        let (label, frame) = match (&statement.key, &statement.frame.quantity) {
            (Some(key), _) => (format!("key:{key}"), Frame::default()),
            (None, Some(quantity)) => (quantity.clone(), statement.frame.signature()),
            (None, None) => continue,
        };
        by_key
            .entry((label, comparable(statement.effective_unit())))
            .or_default()
            .entry(frame)
            .or_default()
            .push(statement);
    }
    by_key
        .into_iter()
        .map(|((label, _), classes)| Bucket {
            keyed: label.starts_with("key:"),
            label,
            classes: classes.into_values().collect(),
        })
        .collect()
}

/// What units a statement is compared with: every unit with the same base
/// (square miles with square kilometres, Fahrenheit with Celsius). A share
/// whose whole is not linked (a `percent` or `fraction` with no base
/// figure) is the exception: it meets its own unit only, because a
/// percentage and a fraction that are not of one named figure are, in news,
/// nearly always shares of different wholes.
fn comparable(unit: Unit) -> Unit {
    if unit.dimension() == crate::vocab::Dimension::Share {
        unit
    } else {
        unit.base()
    }
}

/// A total order on statements, so that grouping never depends on the order
/// they were given in.
fn order(x: &Statement, y: &Statement) -> std::cmp::Ordering {
    let bounds = |s: &Statement| s.value.bounds();
    (&x.article, &x.claim, &x.measure, x.unit, x.qualifier)
        .cmp(&(&y.article, &y.claim, &y.measure, y.unit, y.qualifier))
        .then_with(|| bounds(x).0.total_cmp(&bounds(y).0))
        .then_with(|| bounds(x).1.total_cmp(&bounds(y).1))
        .then_with(|| (&x.attribution, x.date).cmp(&(&y.attribution, y.date)))
        .then_with(|| format!("{:?}", x.base).cmp(&format!("{:?}", y.base)))
        .then_with(|| (&x.key, &x.frame).cmp(&(&y.key, &y.frame)))
}

/// A statement for the tests of the conflict modules: an exact figure in
/// `people` whose frame is read from `measure` alone.
#[cfg(test)]
pub(crate) fn test_statement(
    article: &str,
    value: f64,
    qualifier: Qualifier,
    measure: &str,
) -> Statement {
    Statement {
        article: article.to_owned(),
        claim: format!("{measure}-{value}"),
        value: Value::Number(value),
        unit: Unit::PEOPLE,
        qualifier,
        base: None,
        measure: measure.to_owned(),
        attribution: None,
        date: None,
        key: None,
        frame: Frame::read(&Reading {
            measure,
            ..Reading::default()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_statement as statement;

    /// An exact figure in `unit`.
    fn measured(article: &str, value: f64, unit: Unit, measure: &str) -> Statement {
        Statement {
            unit,
            ..statement(article, value, Qualifier::Exact, measure)
        }
    }

    #[test]
    fn an_extractors_key_groups_whatever_the_measure_words() {
        let mut a = statement("a", 100.0, Qualifier::Exact, "people killed");
        let mut b = statement("b", 900.0, Qualifier::Exact, "residents of the valley");
        let c = statement("c", 120.0, Qualifier::Exact, "deaths");
        a.key = Some("valley-flood-toll".to_owned());
        b.key = Some("valley-flood-toll".to_owned());
        let groups = detect(&[a, b, c]);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert_eq!(groups[0].statements.len(), 2);
        assert_eq!(groups[0].verdict(), Some(Verdict::Conflict));
        assert_eq!(groups[0].findings[0].confidence, 1.0);
    }

    #[test]
    fn figures_in_units_of_one_dimension_are_compared_after_conversion() {
        let area = |article: &str, value: f64, unit: Unit| {
            measured(
                article,
                value,
                unit,
                "land burned by the wildfire in Greece",
            )
        };
        let miles = area("a", 2.0, Unit::SQUARE_MILE);
        let close = area("b", 5.0, Unit::KM2);
        let far = area("c", 50.0, Unit::KM2);
        let groups = detect(&[miles.clone(), close.clone(), far.clone()]);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert_eq!(groups[0].statements.len(), 3);

        // 2 square miles are about 5.18 km2: the same figure within rounding.
        let finding = judge(&close, &miles);
        assert_eq!(finding.verdict, Verdict::Agree, "{}", finding.explanation);
        assert!(
            finding.explanation.contains("2 square_mile")
                && finding.explanation.contains("= 5.18 km2"),
            "{}",
            finding.explanation
        );
        assert_eq!(judge(&far, &miles).verdict, Verdict::Conflict);
        assert_eq!(judge(&miles, &far).verdict, Verdict::Conflict);
        assert_eq!(judge(&miles, &close).verdict, Verdict::Agree);
    }

    #[test]
    fn a_percentage_and_a_fraction_of_no_named_whole_do_not_group() {
        let measure = "share of the vote won by the governing party in Peru";
        let percent = measured("a", 40.0, Unit::PERCENT, measure);
        let fraction = measured("b", 0.5, Unit::FRACTION, measure);
        assert!(detect(&[percent.clone(), fraction]).is_empty());
        let again = Statement {
            article: "c".to_owned(),
            ..percent.clone()
        };
        assert_eq!(detect(&[percent, again]).len(), 1);
    }

    #[test]
    fn units_of_different_dimensions_or_currencies_never_group() {
        let measure = "the cost of the new bridge in Norway";
        let dollars = measured("a", 5.0, Unit::USD, measure);
        let euros = measured("b", 5.0, Unit::EUR, measure);
        let metres = measured("c", 5.0, Unit::M, measure);
        assert!(detect_at(&[dollars, euros, metres], 0.0).is_empty());
    }

    #[test]
    fn statements_of_one_article_are_never_paired() {
        let groups = detect_at(
            &[
                statement("a", 100.0, Qualifier::Exact, "people killed in Chad"),
                statement("a", 900.0, Qualifier::Exact, "deaths in Chad"),
            ],
            0.0,
        );
        assert!(groups.is_empty());
    }

    #[test]
    fn a_statement_without_a_quantity_is_compared_with_nothing() {
        let groups = detect_at(
            &[
                statement("a", 12.0, Qualifier::Exact, "schools reopened in Chad"),
                statement("b", 30.0, Qualifier::Exact, "schools reopened in Chad"),
            ],
            0.0,
        );
        assert!(groups.is_empty(), "{groups:#?}");
    }

    #[test]
    fn placeless_matches_are_shown_only_with_every_confidence() {
        let all = [
            statement("a", 100.0, Qualifier::Exact, "people killed by the storm"),
            statement("b", 900.0, Qualifier::Exact, "storm deaths"),
        ];
        assert!(detect(&all).is_empty());
        let groups = detect_at(&all, 0.0);
        assert_eq!(groups.len(), 1);
        let finding = &groups[0].findings[0];
        assert!(finding.confidence < CONFIDENT);
        assert!(
            finding
                .matched
                .iter()
                .any(|f| f.field == "event" && f.value == "storm")
        );
    }

    #[test]
    fn a_large_bucket_of_one_frame_is_one_class() {
        let many: Vec<Statement> = (0..2_000)
            .map(|i| {
                statement(
                    &format!("a{i}"),
                    f64::from(i),
                    Qualifier::Exact,
                    "people displaced",
                )
            })
            .collect();
        let buckets = buckets(&many);
        assert_eq!(buckets.len(), 1);
        assert_eq!(buckets[0].classes.len(), 1);
        assert_eq!(buckets[0].count_pairs(0, 0), 2_000 * 1_999 / 2);
        assert!(detect(&many).is_empty());
    }
}
