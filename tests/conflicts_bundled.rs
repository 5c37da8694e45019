//! The conflict detector on the bundled gold claims finds exactly the
//! cross-article pairs of `fixtures/conflicts.yaml`, with their verdicts.

use std::collections::BTreeSet;

use claimbench::conflict::{Statement, detect};
use claimbench::{Verdict, dataset};

type Pair = (String, String, String, String, Verdict);

fn ordered(a: (&str, &str), b: (&str, &str), verdict: Verdict) -> Pair {
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    (
        a.0.to_owned(),
        a.1.to_owned(),
        b.0.to_owned(),
        b.1.to_owned(),
        verdict,
    )
}

#[test]
fn gold_claims_reproduce_every_bundled_conflict_group() {
    let dataset = dataset();
    let statements: Vec<Statement> = dataset
        .articles
        .iter()
        .flat_map(Statement::from_article)
        .collect();
    let found: BTreeSet<Pair> = detect(&statements)
        .into_iter()
        .flat_map(|group| group.findings)
        .map(|f| {
            ordered(
                (&f.a.article, &f.a.claim),
                (&f.b.article, &f.b.claim),
                f.verdict,
            )
        })
        .collect();

    let mut expected = BTreeSet::new();
    for group in &dataset.conflicts {
        for (i, a) in group.claims.iter().enumerate() {
            for b in &group.claims[i + 1..] {
                if a.article != b.article {
                    expected.insert(ordered(
                        (&a.article, &a.claim),
                        (&b.article, &b.claim),
                        group.verdict,
                    ));
                }
            }
        }
    }
    assert!(
        !expected.is_empty(),
        "the bundled dataset has conflict groups"
    );
    let missed: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "missed: {missed:#?}\nnot in conflicts.yaml: {extra:#?}"
    );
}

#[test]
fn the_death_toll_explanation_names_figures_articles_sources_and_dates() {
    let dataset = dataset();
    let statements: Vec<Statement> = dataset
        .articles
        .iter()
        .flat_map(Statement::from_article)
        .collect();
    let finding = detect(&statements)
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
}
