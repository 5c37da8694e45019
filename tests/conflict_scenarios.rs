//! The conflict detector on the scenario corpus of `tests/conflict_scenarios/`
//! (reports of real events written for the tests, with decoys that share
//! words, places or units with a scenario but measure something else; see
//! its README), from the gold claims and from the reference extractor's
//! claims, at the default confidence. Thresholds: from gold claims precision
//! at least 0.9 and recall at least 0.8; from extracted claims precision at
//! least 0.6 and recall at least 0.5; at most one decoy claim in ten
//! flagged (paired with anything) from either. The figures are printed
//! (`cargo test --test conflict_scenarios -- --nocapture`).

use std::collections::BTreeSet;
use std::path::Path;

use claimbench::conflict::{Statement, VerdictPair, detect, expected_pairs};
use claimbench::extract::ReferenceExtractor;
use claimbench::{ClaimRef, Dataset};

fn corpus() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conflict_scenarios");
    Dataset::load(&dir).unwrap_or_else(|error| panic!("{error}: {:#?}", error.diagnostics()))
}

/// The decoy articles: their `source.note` starts with `Decoy`.
fn decoys(dataset: &Dataset) -> BTreeSet<String> {
    dataset
        .articles
        .iter()
        .filter(|a| {
            a.source
                .note
                .as_deref()
                .is_some_and(|n| n.starts_with("Decoy"))
        })
        .map(|a| a.id.clone())
        .collect()
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

#[test]
fn from_gold_claims_precision_and_recall_meet_the_thresholds() {
    let dataset = corpus();
    let decoys = decoys(&dataset);
    assert!(decoys.len() >= 10, "{decoys:?}");
    let statements: Vec<Statement> = dataset
        .articles
        .iter()
        .flat_map(Statement::from_article)
        .collect();
    let side = |s: &Statement| ClaimRef {
        article: s.article.clone(),
        claim: s.claim.clone(),
    };
    let flagged: BTreeSet<VerdictPair> = detect(&statements)
        .iter()
        .flat_map(|g| &g.findings)
        .map(|f| VerdictPair::new(side(&f.a), side(&f.b), f.verdict))
        .collect();
    let expected = expected_pairs(&dataset.conflicts);
    let correct = flagged.intersection(&expected).count();
    let precision = ratio(correct, flagged.len());
    let recall = ratio(correct, expected.len());
    let decoy_claims: BTreeSet<ClaimRef> = statements
        .iter()
        .filter(|s| decoys.contains(&s.article))
        .map(side)
        .collect();
    let flagged_decoys: BTreeSet<&ClaimRef> = flagged
        .iter()
        .flat_map(|p| [&p.a, &p.b])
        .filter(|c| decoy_claims.contains(*c))
        .collect();
    let decoy_rate = ratio(flagged_decoys.len(), decoy_claims.len());
    println!(
        "gold: {} expected pairs, {} flagged, {correct} correct: precision {precision:.3}, recall {recall:.3}; decoy claims flagged {} of {} ({decoy_rate:.3})",
        expected.len(),
        flagged.len(),
        flagged_decoys.len(),
        decoy_claims.len()
    );
    let wrong: Vec<_> = flagged.difference(&expected).collect();
    let missed: Vec<_> = expected.difference(&flagged).collect();
    println!("gold, flagged but not expected: {wrong:#?}\ngold, missed: {missed:#?}");
    assert!(
        precision >= 0.9,
        "precision {precision:.3}; flagged but not expected: {wrong:#?}"
    );
    assert!(recall >= 0.8, "recall {recall:.3}; missed: {missed:#?}");
    assert!(
        decoy_rate <= 0.1,
        "decoy claims flagged: {flagged_decoys:#?}"
    );
}

/// The scorecard of the reference extractor on the corpus, printed.
fn extracted_scorecard() -> claimbench::Scorecard {
    claimbench::bench(&corpus(), &ReferenceExtractor::new())
}

#[test]
fn from_the_reference_extractors_claims_recall_meets_the_threshold() {
    let scorecard = extracted_scorecard();
    let recall = scorecard.conflicts.recall.unwrap_or(0.0);
    assert!(
        recall >= 0.5,
        "recall {recall:.3}; missed: {:#?}",
        scorecard.conflicts.missed
    );
}

#[test]
fn from_the_reference_extractors_claims_precision_and_decoys_meet_the_thresholds() {
    let dataset = corpus();
    let decoys = decoys(&dataset);
    let scorecard = extracted_scorecard();
    let conflicts = &scorecard.conflicts;
    let precision = conflicts.precision.unwrap_or(0.0);
    let recall = conflicts.recall.unwrap_or(0.0);
    // Decoy claims the scorer matched to gold and the detector paired with
    // anything (a flag on an unmatched claim of a decoy counts as flagging
    // it too).
    let decoy_claims: usize = dataset
        .articles
        .iter()
        .filter(|a| decoys.contains(&a.id))
        .map(|a| a.claims.len())
        .sum();
    let flagged_decoys: BTreeSet<&ClaimRef> = conflicts
        .spurious
        .iter()
        .chain(&conflicts.found)
        .flat_map(|p| [&p.a, &p.b])
        .filter(|c| decoys.contains(&c.article))
        .collect();
    let decoy_rate = ratio(flagged_decoys.len(), decoy_claims);
    println!(
        "extracted: {} expected pairs, {} flagged ({} on unmatched claims), {} correct: precision {precision:.3}, recall {recall:.3}; {} pairs beyond the default; decoy claims flagged {} of {decoy_claims} ({decoy_rate:.3})",
        conflicts.expected,
        conflicts.flagged,
        conflicts.unmatched,
        conflicts.correct,
        conflicts.beyond_default,
        flagged_decoys.len(),
    );
    println!(
        "extracted, flagged but not expected: {:#?}\nextracted, missed: {:#?}",
        conflicts.spurious, conflicts.missed
    );
    assert!(
        precision >= 0.6,
        "precision {precision:.3}: {:#?}",
        conflicts.spurious
    );
    assert!(
        decoy_rate <= 0.1,
        "decoy claims flagged: {flagged_decoys:#?}"
    );
}
