//! Scoring conflict detection: the pairs the detector flags on an extractor's
//! claims against the pairs of the dataset's conflict groups.
//!
//! Every conflict group of the gold yields one *expected pair* per two of its
//! claims from different articles, with the group's verdict. A *flagged pair*
//! is a finding on extracted claims whose two claims the scorer matched to
//! gold claims; findings on claims that match no gold claim are counted as
//! unmatched flags. A flag is correct when its gold pair is expected with the
//! same verdict. Precision is correct flags over all flags (each gold pair
//! counted once however many duplicated statements flag it, plus every
//! unmatched flag); recall is expected pairs flagged with their verdict over
//! expected pairs.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{ClaimRef, ConflictGroup, Verdict};

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

/// Scores flagged gold pairs (duplicates allowed) and a count of unmatched
/// flags against the expected groups.
pub fn score_conflicts(
    groups: &[ConflictGroup],
    flagged: impl IntoIterator<Item = VerdictPair>,
    unmatched: usize,
) -> ConflictScore {
    let expected = expected_pairs(groups);
    let flagged: BTreeSet<VerdictPair> = flagged.into_iter().collect();
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

    #[test]
    fn a_flag_counts_once_and_only_with_the_right_verdict() {
        let right = VerdictPair::new(claim("b", "y"), claim("a", "x"), Verdict::Conflict);
        let wrong = VerdictPair::new(claim("a", "z"), claim("b", "y"), Verdict::Agree);
        let score = score_conflicts(&groups(), [right.clone(), right, wrong], 1);
        assert_eq!(score.correct, 1);
        assert_eq!(score.flagged, 3);
        assert_eq!(score.precision, Some(1.0 / 3.0));
        assert_eq!(score.recall, Some(0.5));
        assert_eq!(score.missed.len(), 1);
        assert_eq!(score.spurious.len(), 1);
    }
}
