//! Scoring conflict detection: the pairs the detector flags on an extractor's
//! claims against the pairs of the dataset's conflict groups.
//!
//! Every conflict group of the gold yields one *expected pair* per two of its
//! claims from different articles, with the group's verdict. A *flagged pair*
//! is a pair the detector reports by default (from different articles,
//! matched with at least [`super::CONFIDENT`] confidence) whose two claims
//! the scorer matched to gold claims; pairs on claims that match no gold
//! claim are counted as unmatched flags. The compatible pairs below the
//! default confidence (what `claimbench conflicts --all` adds) are counted,
//! not scored. A flag is correct when its gold pair is expected with the
//! same verdict. Precision is correct flags over all flags (each gold pair
//! counted once however many duplicated statements flag it, plus every
//! unmatched flag); recall is expected pairs flagged with their verdict over
//! expected pairs.

use std::collections::BTreeSet;

use super::Statement;

use serde::{Deserialize, Serialize};

use crate::model::{ClaimRef, ConflictGroup, DistinctPair, Verdict};

/// A pair of gold claims and the verdict on them, the claims in order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct VerdictPair {
    /// The first claim.
    pub a: ClaimRef,
    /// The second claim.
    pub b: ClaimRef,
    /// The verdict.
    pub verdict: Verdict,
}

impl VerdictPair {
    /// The pair with its claims in a canonical order.
    pub fn new(a: ClaimRef, b: ClaimRef, verdict: Verdict) -> VerdictPair {
        let (a, b) = if (&a.article, &a.claim) <= (&b.article, &b.claim) {
            (a, b)
        } else {
            (b, a)
        };
        VerdictPair { a, b, verdict }
    }
}

/// How well the conflicts found on extracted claims reproduce the gold groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictScore {
    /// Expected pairs.
    pub expected: usize,
    /// Flags: distinct flagged gold pairs plus unmatched flags.
    pub flagged: usize,
    /// Flags whose gold pair is expected with the same verdict.
    pub correct: usize,
    /// Flags on claims that match no gold claim.
    pub unmatched: usize,
    /// `correct / flagged`, `None` with no flags.
    pub precision: Option<f64>,
    /// `correct / expected`, `None` with nothing expected.
    pub recall: Option<f64>,
    /// Expected pairs flagged with their verdict.
    pub found: Vec<VerdictPair>,
    /// Expected pairs not flagged with their verdict.
    pub missed: Vec<VerdictPair>,
    /// Flagged gold pairs that are not expected with that verdict.
    pub spurious: Vec<VerdictPair>,
    /// Pairs of statements whose frames are compatible but below the
    /// default confidence: flagged only by `conflicts --all`.
    #[serde(default)]
    pub beyond_default: usize,
}

/// Every cross-article pair of every group, with the group's verdict.
pub fn expected_pairs(groups: &[ConflictGroup]) -> BTreeSet<VerdictPair> {
    let mut pairs = BTreeSet::new();
    for group in groups {
        for (i, a) in group.claims.iter().enumerate() {
            for b in &group.claims[i + 1..] {
                if a.article != b.article {
                    pairs.insert(VerdictPair::new(a.clone(), b.clone(), group.verdict));
                }
            }
        }
    }
    pairs
}

/// Runs the conflict detector on `statements` and scores the pairs it flags
/// by default against the dataset's `groups`; `gold` gives the gold claim
/// the scorer matched each statement to, if any.
///
/// Only the reported pairs are enumerated (see [`super::detect`]); the pairs
/// below the default confidence are counted class by class from per-article
/// tallies.
pub fn score_statements<'a>(
    groups: &[ConflictGroup],
    statements: &'a [Statement],
    gold: impl Fn(&Statement) -> Option<&'a ClaimRef>,
) -> ConflictScore {
    let expected = expected_pairs(groups);
    let mut unmatched = 0usize;
    let mut beyond = 0u64;
    let mut flagged: BTreeSet<VerdictPair> = BTreeSet::new();
    for bucket in super::buckets(statements) {
        for (i, j, matched) in bucket.class_pairs() {
            if matched.confidence < super::CONFIDENT {
                beyond += bucket.count_pairs(i, j);
                continue;
            }
            for (x, y) in bucket.member_pairs(i, j) {
                match (gold(x), gold(y)) {
                    (Some(a), Some(b)) if a != b => {
                        let verdict =
                            super::verdict::judge_matched(x, y, Some(matched.clone())).verdict;
                        flagged.insert(VerdictPair::new(a.clone(), b.clone(), verdict));
                    }
                    (Some(_), Some(_)) => {}
                    _ => unmatched += 1,
                }
            }
        }
    }
    let correct = flagged.intersection(&expected).count();
    let total = flagged.len() + unmatched;
    ConflictScore {
        expected: expected.len(),
        flagged: total,
        correct,
        unmatched,
        precision: (total > 0).then(|| correct as f64 / total as f64),
        recall: (!expected.is_empty()).then(|| correct as f64 / expected.len() as f64),
        found: expected.intersection(&flagged).cloned().collect(),
        missed: expected.difference(&flagged).cloned().collect(),
        spurious: flagged.difference(&expected).cloned().collect(),
        beyond_default: beyond as usize,
    }
}

/// The detector's findings on a dataset's gold claims held against its
/// `conflicts.yaml`: what a contributor needs to see (see "Conflicts" in
/// CONTRIBUTING.md).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Audit {
    /// Expected pairs the detector does not flag with their verdict.
    pub missed: Vec<VerdictPair>,
    /// Recorded `distinct` pairs the detector flags.
    pub distinct_flagged: Vec<VerdictPair>,
    /// Flagged pairs neither expected nor recorded as distinct: a group to
    /// add, a `distinct` entry to add, or a detector rule to fix.
    pub unlisted: Vec<VerdictPair>,
}

impl Audit {
    /// Whether every expected pair is found and no distinct pair flagged.
    pub fn passes(&self) -> bool {
        self.missed.is_empty() && self.distinct_flagged.is_empty()
    }
}

/// Holds the pairs of `findings` (gold statements, so their claim ids are
/// the gold's) against the dataset's `groups` and `distinct` pairs.
pub fn audit(groups: &[ConflictGroup], distinct: &[DistinctPair], found: &[super::Group]) -> Audit {
    let expected = expected_pairs(groups);
    let flagged: BTreeSet<VerdictPair> = found
        .iter()
        .flat_map(|group| &group.findings)
        .map(|f| {
            let side = |s: &Statement| ClaimRef {
                article: s.article.clone(),
                claim: s.claim.clone(),
            };
            VerdictPair::new(side(&f.a), side(&f.b), f.verdict)
        })
        .collect();
    let unordered = |p: &VerdictPair| (p.a.clone(), p.b.clone());
    let expected_claims: BTreeSet<(ClaimRef, ClaimRef)> = expected.iter().map(unordered).collect();
    let recorded: BTreeSet<(ClaimRef, ClaimRef)> = distinct
        .iter()
        .map(|d| unordered(&VerdictPair::new(d.a.clone(), d.b.clone(), Verdict::Agree)))
        .collect();
    Audit {
        missed: expected.difference(&flagged).cloned().collect(),
        distinct_flagged: flagged
            .iter()
            .filter(|p| recorded.contains(&unordered(p)))
            .cloned()
            .collect(),
        unlisted: flagged
            .iter()
            .filter(|p| {
                !expected_claims.contains(&unordered(p)) && !recorded.contains(&unordered(p))
            })
            .cloned()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(article: &str, claim: &str) -> ClaimRef {
        ClaimRef {
            article: article.to_owned(),
            claim: claim.to_owned(),
        }
    }

    fn groups() -> Vec<ConflictGroup> {
        vec![ConflictGroup {
            id: "g".to_owned(),
            measure: "m".to_owned(),
            claims: vec![claim("a", "x"), claim("b", "y"), claim("a", "z")],
            verdict: Verdict::Conflict,
            explanation: String::new(),
        }]
    }

    #[test]
    fn pairs_within_one_article_are_not_expected() {
        let pairs = expected_pairs(&groups());
        assert_eq!(pairs.len(), 2);
        assert!(pairs.iter().all(|p| p.a.article != p.b.article));
    }

    fn statement(article: &str, claim: &str, value: f64) -> Statement {
        placed(article, claim, value, "people killed in Chile")
    }

    fn placed(article: &str, claim: &str, value: f64, measure: &str) -> Statement {
        let frame = super::super::Frame::read(&super::super::Reading {
            measure,
            ..Default::default()
        });
        Statement {
            article: article.to_owned(),
            claim: claim.to_owned(),
            value: crate::model::Value::Number(value),
            unit: crate::vocab::Unit::PEOPLE,
            qualifier: crate::vocab::Qualifier::Exact,
            base: None,
            measure: measure.to_owned(),
            attribution: None,
            date: None,
            key: None,
            frame,
        }
    }

    #[test]
    fn a_flag_counts_once_and_only_with_the_right_verdict() {
        // x (a) and y (b) conflict as expected; z (a) agrees with y, which is
        // not expected; a duplicate of x and an unmatched claim in c add
        // nothing but an unmatched flag per cross-article pair.
        let statements = vec![
            statement("a", "x", 100.0),
            statement("a", "x-again", 100.0),
            statement("b", "y", 900.0),
            statement("a", "z", 900.0),
            statement("c", "unmatched", 5.0),
        ];
        let refs = [claim("a", "x"), claim("b", "y"), claim("a", "z")];
        let score = score_statements(&groups(), &statements, |s| match s.claim.as_str() {
            "x" | "x-again" => Some(&refs[0]),
            "y" => Some(&refs[1]),
            "z" => Some(&refs[2]),
            _ => None,
        });
        assert_eq!(score.expected, 2);
        assert_eq!(score.correct, 1, "{score:#?}");
        // Distinct gold pairs x~y, z~y, plus 4 pairs with the unmatched claim.
        assert_eq!(score.unmatched, 4);
        assert_eq!(score.flagged, 6);
        assert_eq!(score.recall, Some(0.5));
        assert_eq!(score.missed.len(), 1);
        assert_eq!(score.spurious.len(), 1);
    }

    #[test]
    fn pairs_below_the_default_confidence_are_counted_not_flagged() {
        // Three articles' figures with no place: compatible, not confident.
        let statements: Vec<Statement> = ["a", "b", "c"]
            .iter()
            .map(|article| placed(article, "s", 10.0, "people killed"))
            .collect();
        let score = score_statements(&groups(), &statements, |_| None);
        assert_eq!(score.flagged, 0, "{score:#?}");
        assert_eq!(score.beyond_default, 3);
    }
}
