//! `claimbench::bench` and the report writers: the reference extractor's
//! scorecard on the bundled dataset, and a deliberately flawed extractor whose
//! misses, false positives and distractors every format must show.

use claimbench::extract::{
    ArticleInput, ExtractError, ExtractedAttribution, ExtractedClaim, ExtractedFigure, Extractor,
    ReferenceExtractor,
};
use claimbench::{Qualifier, Scorecard, Unit, Value, bench, dataset, report};

mod support;
use support::{KNOWN_MISSES, misses};

/// The reference extractor, except that it misses every percentage, reads
/// every area as a count, reports the first year of each text as a claim,
/// and drops every attribution.
struct Flawed;

impl Extractor for Flawed {
    fn name(&self) -> &str {
        "flawed"
    }

    fn version(&self) -> &str {
        "1.0"
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        let mut claims: Vec<ExtractedClaim> = ReferenceExtractor::new()
            .extract(article)?
            .into_iter()
            .filter(|claim| claim.unit != Unit::PERCENT)
            .map(|mut claim| {
                if claim.unit == Unit::KM2 {
                    claim.unit = Unit::COUNT;
                }
                claim.attribution = ExtractedAttribution::unattributed();
                claim
            })
            .collect();
        let text = &article.text;
        if let Some(byte) = text.find("2011") {
            let start = text[..byte].chars().count();
            claims.push(ExtractedClaim {
                figure: ExtractedFigure::at(start, start + 4, "2011"),
                value: Value::Number(2011.0),
                unit: Unit::COUNT,
                qualifier: Qualifier::Exact,
                measure: None,
                attribution: ExtractedAttribution::unattributed(),
                sentence: None,
                conflict_key: None,
            });
        }
        Ok(claims)
    }
}

/// Hides what changes with every release or dataset edit, so the snapshots
/// show only the scores.
fn stable(report: &str) -> String {
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    report
        .replace(&scorecard.dataset.content_hash, "[hash]")
        .replace(&scorecard.dataset.content_hash[..12], "[hash]")
        .replace(&scorecard.claimbench_version, "[version]")
        .replace(
            &format!("claimbench {}", scorecard.dataset.version),
            "claimbench [version]",
        )
        .replace(
            &format!("\"version\": \"{}\"", scorecard.dataset.version),
            "\"version\": \"[version]\"",
        )
}

fn flawed() -> Scorecard {
    bench(dataset(), &Flawed)
}

#[test]
fn the_reference_extractor_finds_every_bundled_claim_but_the_known_misses() {
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    assert_eq!(
        misses(&scorecard),
        KNOWN_MISSES,
        "{}",
        scorecard.misses_listing()
    );
    assert_eq!(
        scorecard.counts.found,
        scorecard.counts.gold - KNOWN_MISSES.len(),
        "{}",
        scorecard.misses_listing()
    );
    assert_eq!(
        scorecard.counts.distractors_reported,
        0,
        "{}",
        scorecard.misses_listing()
    );
    assert!(scorecard.failures.is_empty());
    assert!(scorecard.micro.attribution_exact.unwrap() >= 0.9);
}

#[test]
fn the_reference_extractors_claims_let_every_bundled_conflict_group_be_found() {
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    let conflicts = &scorecard.conflicts;
    assert!(
        conflicts.expected > 0,
        "the bundled dataset has conflict groups"
    );
    assert!(conflicts.missed.is_empty(), "{:#?}", conflicts.missed);
    assert!(conflicts.spurious.is_empty(), "{:#?}", conflicts.spurious);
    assert_eq!(conflicts.recall, Some(1.0));
    assert_eq!(conflicts.precision, Some(1.0));
}

#[test]
fn reports_name_the_dataset_extractor_and_claimbench_versions() {
    let scorecard = flawed();
    for rendered in [
        report::table(&scorecard, false),
        report::json(&scorecard),
        report::markdown(&scorecard, false),
        report::junit(&scorecard),
    ] {
        assert!(
            rendered.contains(&scorecard.dataset.content_hash[..12]),
            "{rendered}"
        );
        assert!(rendered.contains("flawed"), "{rendered}");
        assert!(rendered.contains(&scorecard.dataset.version), "{rendered}");
    }
}

#[test]
fn flawed_extractor_scores_below_the_reference_and_lists_why() {
    let scorecard = flawed();
    let counts = scorecard.counts;
    assert!(counts.found < counts.gold);
    assert!(counts.distractors_reported > 0);
    assert_eq!(
        scorecard.micro.attribution_exact.map(|a| a < 1.0),
        Some(true)
    );
    let listing = scorecard.misses_listing();
    assert!(
        listing.contains("missed          territory-lost-by-isis"),
        "{listing}"
    );
    assert!(listing.contains("distractor      \"2011\""), "{listing}");
    assert!(!scorecard.shortfalls(Some(0.99), None).is_empty());
    assert!(scorecard.shortfalls(Some(0.1), Some(0.0)).is_empty());
}

#[test]
fn assert_at_least_panics_with_the_list_of_misses() {
    let scorecard = flawed();
    let panic = std::panic::catch_unwind(|| scorecard.assert_at_least(0.99, 0.9))
        .expect_err("the flawed extractor is below the thresholds");
    let message = panic.downcast_ref::<String>().expect("a formatted message");
    assert!(message.contains("F1"), "{message}");
    assert!(message.contains("missed"), "{message}");
}

#[test]
fn json_report() {
    insta::assert_snapshot!(stable(&report::json(&flawed())));
}

#[test]
fn markdown_report() {
    insta::assert_snapshot!(stable(&report::markdown(&flawed(), true)));
}

#[test]
fn junit_report() {
    insta::assert_snapshot!(stable(&report::junit(&flawed())));
}

#[test]
fn table_report() {
    insta::assert_snapshot!(stable(&report::table(&flawed(), true)));
}
