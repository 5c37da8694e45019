//! The reference extractor on the bundled dataset, through the scorer: every
//! gold claim but the known misses of `tests/support/mod.rs` found with the
//! right value and unit (and located on its quote), at least 90% with the right attribution, no distractor reported,
//! nothing at all for an article without claims. A failure prints the
//! scorer's list of misses, false positives and distractors.

use claimbench::extract::ReferenceExtractor;
use claimbench::{bench, dataset};

mod support;
use support::{KNOWN_MISSES, misses};

/// The share of found claims whose attribution must be exactly right.
const ATTRIBUTION_FLOOR: f64 = 0.9;

#[test]
fn every_gold_claim_is_found_with_its_value_and_unit_on_its_quote() {
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    let counts = scorecard.counts;
    assert!(counts.gold > 0, "the bundled dataset has claims");
    // Every claim but the known misses (tests/support/mod.rs), and those
    // exactly.
    assert_eq!(
        misses(&scorecard),
        KNOWN_MISSES,
        "\n{}",
        scorecard.misses_listing()
    );
    assert_eq!(
        counts.found,
        counts.gold - KNOWN_MISSES.len(),
        "\n{}",
        scorecard.misses_listing()
    );
    assert_eq!(
        counts.located_found,
        counts.found,
        "\n{}",
        scorecard.misses_listing()
    );
}

#[test]
fn attribution_is_right_for_at_least_ninety_percent() {
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    let accuracy = scorecard
        .micro
        .attribution_exact
        .expect("claims were found");
    let wrong: Vec<String> = scorecard
        .articles
        .iter()
        .flat_map(|article| {
            article
                .hits
                .iter()
                .filter(|hit| !hit.judgement.attribution_exact)
                .map(move |hit| {
                    format!(
                        "{}#{}: extracted {:?}, gold {:?}",
                        article.id, hit.gold.id, hit.extracted.attribution, hit.gold.source
                    )
                })
        })
        .collect();
    assert!(
        accuracy >= ATTRIBUTION_FLOOR,
        "attribution accuracy {accuracy:.3}:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_distractor_is_reported() {
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    assert!(
        scorecard.counts.distractors > 0,
        "the bundled dataset has distractors"
    );
    assert_eq!(
        scorecard.counts.distractors_reported,
        0,
        "\n{}",
        scorecard.misses_listing()
    );
}

#[test]
fn nothing_is_extracted_from_an_article_without_claims() {
    let dataset = dataset();
    let scorecard = bench(dataset, &ReferenceExtractor::new());
    let empty: Vec<_> = dataset
        .articles
        .iter()
        .filter(|article| article.claims.is_empty())
        .collect();
    assert!(
        !empty.is_empty(),
        "the bundled dataset has an article without claims"
    );
    for article in empty {
        let report = scorecard
            .articles
            .iter()
            .find(|report| report.id == article.id)
            .expect("every article is scored");
        assert_eq!(
            report.counts.extracted,
            0,
            "\n{}",
            scorecard.misses_listing()
        );
    }
}
