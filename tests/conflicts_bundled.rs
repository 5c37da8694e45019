//! The conflict detector on the bundled gold claims: every expected pair of
//! `fixtures/conflicts.yaml` is found with its verdict, no recorded
//! `distinct` pair is flagged, and (as the bundled dataset lists every pair
//! a reader would group) nothing else is flagged either.

use claimbench::conflict::{Statement, audit, detect};
use claimbench::{Verdict, dataset};

fn gold_statements() -> Vec<Statement> {
    dataset()
        .articles
        .iter()
        .flat_map(Statement::from_article)
        .collect()
}

#[test]
fn gold_claims_reproduce_every_bundled_conflict_group_and_no_distinct_pair() {
    let dataset = dataset();
    assert!(
        !dataset.conflicts.is_empty(),
        "the bundled dataset has conflict groups"
    );
    let audit = audit(
        &dataset.conflicts,
        &dataset.distinct,
        &detect(&gold_statements()),
    );
    assert!(audit.passes(), "{audit:#?}");
    assert!(
        audit.unlisted.is_empty(),
        "flagged pairs in neither `groups` nor `distinct` of conflicts.yaml: {:#?}",
        audit.unlisted
    );
}

#[test]
fn the_death_toll_explanation_names_figures_articles_sources_and_dates() {
    let finding = detect(&gold_statements())
        .into_iter()
        .flat_map(|group| group.findings)
        .find(|f| f.verdict == Verdict::Discrepancy)
        .expect("a discrepancy among the bundled claims");
    for needle in [
        "350,200",
        "500,000",
        "000_2147dc3f6a007f90",
        "002_6e551aa18b2db598",
        "UN human rights office",
        "2021-09",
        "2018",
    ] {
        assert!(
            finding.explanation.contains(needle),
            "`{needle}` missing from: {}",
            finding.explanation
        );
    }
    let fields: Vec<&str> = finding.matched.iter().map(|f| f.field.as_str()).collect();
    assert!(
        fields.contains(&"quantity") && fields.contains(&"place"),
        "{fields:?}"
    );
}
