//! Scoring conflict detection: the pairs the detector flags on an extractor's
//! claims against the pairs of the dataset's conflict groups.
//!
//! Every conflict group of the gold yields one *expected pair* per two of its
//! claims from different articles, with the group's verdict. A *flagged pair*
//! is a pair the detector groups together (from different articles) whose two
//! claims the scorer matched to gold claims; pairs on claims that match no
//! gold claim are counted as unmatched flags. A flag is correct when its gold pair is expected with the
//! same verdict. Precision is correct flags over all flags (each gold pair
//! counted once however many duplicated statements flag it, plus every
//! unmatched flag); recall is expected pairs flagged with their verdict over
//! expected pairs.

use std::collections::{BTreeMap, BTreeSet};

use super::Statement;

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

/// Groups with more distinct gold claims than this are counted, not listed,
/// in [`ConflictScore::spurious`]: listing would be quadratic in their size.
pub const LISTING_LIMIT: usize = 64;

/// Runs the conflict detector's grouping on `statements` and scores the pairs
/// it flags against the dataset's `groups`; `gold` gives the gold claim the
/// scorer matched each statement to, if any.
///
/// Work is linear in the number of statements plus quadratic only in the
/// size of small groups: pairs are counted per group from per-article
/// tallies, and judged only where a verdict matters (pairs of an expected
/// group, and groups of at most [`LISTING_LIMIT`] gold claims, whose flagged
/// pairs are listed).
pub fn score_statements<'a>(
    groups: &[ConflictGroup],
    statements: &'a [Statement],
    gold: impl Fn(&Statement) -> Option<&'a ClaimRef>,
) -> ConflictScore {
    let expected = expected_pairs(groups);
    let clusters = super::cluster(statements);
    let mut distinct_pairs = 0u64;
    let mut unmatched = 0u64;
    let mut flagged: BTreeSet<VerdictPair> = BTreeSet::new();
    // Where each gold claim's first statement fell: its cluster and statement.
    let mut placed: BTreeMap<&ClaimRef, (usize, &Statement)> = BTreeMap::new();
    for (index, cluster) in clusters.iter().enumerate() {
        let mut per_article: BTreeMap<&str, (u64, u64, BTreeSet<&ClaimRef>)> = BTreeMap::new();
        for &statement in &cluster.members {
            let tally = per_article.entry(statement.article.as_str()).or_default();
            tally.0 += 1;
            if let Some(claim) = gold(statement) {
                tally.1 += 1;
                tally.2.insert(claim);
                placed.entry(claim).or_insert((index, statement));
            }
        }
        let all = cross_pairs(per_article.values().map(|t| t.0));
        let matched = cross_pairs(per_article.values().map(|t| t.1));
        unmatched += all - matched;
        distinct_pairs += cross_pairs(per_article.values().map(|t| t.2.len() as u64));
        let claims: Vec<&ClaimRef> = per_article
            .values()
            .flat_map(|t| t.2.iter().copied())
            .collect();
        if claims.len() <= LISTING_LIMIT {
            for (i, a) in claims.iter().enumerate() {
                for b in &claims[i + 1..] {
                    if a.article != b.article {
                        let verdict = super::judge(placed[a].1, placed[b].1).verdict;
                        flagged.insert(VerdictPair::new((*a).clone(), (*b).clone(), verdict));
                    }
                }
            }
        }
    }
    // Expected pairs in groups too large to list are judged one by one.
    for pair in &expected {
        if let (Some(&(ca, a)), Some(&(cb, b))) = (placed.get(&pair.a), placed.get(&pair.b))
            && ca == cb
        {
            let verdict = super::judge(a, b).verdict;
            flagged.insert(VerdictPair::new(pair.a.clone(), pair.b.clone(), verdict));
        }
    }
    let correct = flagged.intersection(&expected).count();
    let total = distinct_pairs as usize + unmatched as usize;
    ConflictScore {
        expected: expected.len(),
        flagged: total,
        correct,
        unmatched: unmatched as usize,
        precision: (total > 0).then(|| correct as f64 / total as f64),
        recall: (!expected.is_empty()).then(|| correct as f64 / expected.len() as f64),
        found: expected.intersection(&flagged).cloned().collect(),
        missed: expected.difference(&flagged).cloned().collect(),
        spurious: flagged.difference(&expected).cloned().collect(),
    }
}

/// Pairs of items from different articles, given each article's count.
fn cross_pairs(counts: impl Iterator<Item = u64>) -> u64 {
    let (sum, squares) = counts.fold((0u64, 0u64), |(s, q), n| (s + n, q + n * n));
    (sum * sum - squares) / 2
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
        Statement {
            article: article.to_owned(),
            claim: claim.to_owned(),
            value: crate::model::Value::Number(value),
            unit: crate::vocab::Unit::PEOPLE,
            qualifier: crate::vocab::Qualifier::Exact,
            base: None,
            measure: "people killed".to_owned(),
            attribution: None,
            date: None,
            key: None,
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
    fn cross_pairs_count_pairs_from_different_articles() {
        assert_eq!(cross_pairs([2, 1, 1].into_iter()), 5);
        assert_eq!(cross_pairs([3].into_iter()), 0);
    }
}
