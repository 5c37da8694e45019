//! Properties of the conflict detector that must hold for any claims:
//! verdicts do not depend on order, are symmetric, ignore exact duplicates and
//! survive rescaling; claims in different units are never grouped.

use claimbench::conflict::{Frame, Reading, Statement, detect, detect_at, judge};
use claimbench::{Qualifier, Unit, Value};
use proptest::prelude::*;

/// Measures of one place and of none, so that both confident and
/// placeless matches occur.
const MEASURES: &[&str] = &[
    "people killed in the fighting in Mali",
    "deaths in the fighting in Mali",
    "people killed in the fighting",
    "civilians killed in Mali",
    "refugees who fled abroad from Mali",
    "people displaced by the floods in Chad",
    "homes destroyed in Chad",
];

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop::sample::select(Qualifier::ALL.to_vec())
}

/// A statement whose figure is a small integer times a power of ten, as news
/// figures are written.
fn statement() -> impl Strategy<Value = Statement> {
    (
        prop::sample::select(vec!["a", "b", "c"]),
        0u32..1000,
        1u32..1000,
        0i32..5,
        prop::sample::select(vec![Unit::PEOPLE, Unit::COUNT, Unit::KM2]),
        qualifier(),
        prop::sample::select(MEASURES.to_vec()),
    )
        .prop_map(|(article, id, digits, power, unit, qualifier, measure)| {
            let x = f64::from(digits) * 10f64.powi(power);
            let value = if matches!(qualifier, Qualifier::Range | Qualifier::Vague) {
                Value::Range {
                    low: x,
                    high: 2.0 * x,
                }
            } else {
                Value::Number(x)
            };
            Statement {
                article: article.to_owned(),
                claim: format!("claim-{id}"),
                value,
                unit,
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
        })
}

fn statements() -> impl Strategy<Value = Vec<Statement>> {
    prop::collection::vec(statement(), 0..12)
}

proptest! {
    #[test]
    fn verdicts_do_not_depend_on_order(
        (original, shuffled) in statements().prop_flat_map(|s| (Just(s.clone()), Just(s).prop_shuffle()))
    ) {
        prop_assert_eq!(detect(&original), detect(&shuffled));
        prop_assert_eq!(detect_at(&original, 0.0), detect_at(&shuffled, 0.0));
    }

    #[test]
    fn the_default_pairs_are_the_confident_pairs_of_every_pair(all in statements()) {
        let pairs = |groups: Vec<claimbench::conflict::Group>| {
            groups
                .into_iter()
                .flat_map(|g| g.findings)
                .map(|f| (f.a.article, f.a.claim, f.b.article, f.b.claim, f.verdict))
                .collect::<std::collections::BTreeSet<_>>()
        };
        let confident: std::collections::BTreeSet<_> = detect_at(&all, 0.0)
            .into_iter()
            .flat_map(|g| g.findings)
            .filter(|f| f.confidence >= claimbench::conflict::CONFIDENT)
            .map(|f| (f.a.article, f.a.claim, f.b.article, f.b.claim, f.verdict))
            .collect();
        prop_assert_eq!(pairs(detect(&all)), confident);
    }

    #[test]
    fn verdicts_are_symmetric(a in statement(), b in statement()) {
        prop_assert_eq!(judge(&a, &b).verdict, judge(&b, &a).verdict);
    }

    #[test]
    fn an_exact_duplicate_changes_no_verdict(all in statements(), pick in any::<prop::sample::Index>()) {
        prop_assume!(!all.is_empty());
        let mut with_duplicate = all.clone();
        with_duplicate.push(pick.get(&all).clone());
        prop_assert_eq!(detect(&all), detect(&with_duplicate));
        prop_assert_eq!(detect_at(&all, 0.0), detect_at(&with_duplicate, 0.0));
    }

    // Written figures carry their precision in their significant digits
    // ("5 million" is rounded to the million), so the factor is a power of
    // ten: any other factor changes the digits and with them the rounding.
    #[test]
    fn scaling_every_figure_changes_no_verdict(all in statements(), power in 1i32..6) {
        let factor = 10f64.powi(power);
        let scaled: Vec<Statement> = all
            .iter()
            .cloned()
            .map(|mut s| {
                s.value = match s.value {
                    Value::Number(n) => Value::Number(n * factor),
                    Value::Range { low, high } => Value::Range { low: low * factor, high: high * factor },
                };
                s
            })
            .collect();
        let verdicts = |groups: Vec<claimbench::conflict::Group>| -> Vec<_> {
            groups
                .into_iter()
                .flat_map(|g| g.findings.into_iter().map(|f| (f.a.article, f.a.claim, f.b.article, f.b.claim, f.verdict)))
                .collect()
        };
        prop_assert_eq!(verdicts(detect(&all)), verdicts(detect(&scaled)));
    }

    #[test]
    fn claims_with_different_units_are_never_grouped(all in statements()) {
        for group in detect_at(&all, 0.0) {
            for statement in &group.statements {
                prop_assert_eq!(statement.unit, group.unit);
            }
        }
    }
}
