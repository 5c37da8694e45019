//! The qualifier tables of `CONTRIBUTING.md` ("Qualifiers") list the same
//! hedges as the language pack (`src/lang/en/qualifiers.yaml`), which the
//! validator, the protocol and the reference extractor read: a phrase the
//! guide names is one the tools know, and the tools know no hedge the guide
//! leaves out.
//!
//! A table row is `| qualifier | phrases |`; its phrases are the items
//! between commas and semicolons, without examples in parentheses and
//! without the words `the verbs` that introduce the verbs of exceeding.

use std::collections::BTreeSet;

use claimbench::Qualifier;
use claimbench::vocab::HEDGES_AFTER;

const GUIDE: &str = include_str!("../CONTRIBUTING.md");

/// The rows of the table whose header's second cell is `header`, as
/// (qualifier, phrases).
fn table(header: &str) -> Vec<(Qualifier, BTreeSet<String>)> {
    let section = GUIDE
        .split("#### Qualifiers")
        .nth(1)
        .expect("the guide has a Qualifiers section");
    let start = section
        .find(&format!("| qualifier | {header} |"))
        .unwrap_or_else(|| panic!("the Qualifiers section has a `{header}` table"));
    section[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            let name = cells[0].trim().trim_matches('`');
            let qualifier = Qualifier::ALL
                .into_iter()
                .find(|q| q.name() == name)
                .unwrap_or_else(|| panic!("`{name}` in the guide is no qualifier"));
            (qualifier, phrases(cells[1]))
        })
        .collect()
}

/// The phrases of a cell: examples in parentheses dropped, items split at
/// commas and semicolons.
fn phrases(cell: &str) -> BTreeSet<String> {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in cell.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split([',', ';'])
        .map(|item| item.trim().trim_start_matches("the verbs ").to_string())
        .filter(|item| !item.is_empty())
        .collect()
}

/// The rows whose phrases are hedges of running text: `exact`, `range` and
/// `vague` describe the figure instead.
fn is_hedge(qualifier: Qualifier) -> bool {
    !matches!(
        qualifier,
        Qualifier::Exact | Qualifier::Range | Qualifier::Vague
    )
}

/// Fails naming the hedges only one of the guide and the pack lists.
fn assert_same(guide: &BTreeSet<(Qualifier, String)>, pack: &BTreeSet<(Qualifier, String)>) {
    let missing: Vec<_> = pack.difference(guide).collect();
    let unknown: Vec<_> = guide.difference(pack).collect();
    assert!(
        missing.is_empty() && unknown.is_empty(),
        "the guide's table misses {missing:?} and names {unknown:?}, which the pack does not know"
    );
}

#[test]
fn the_guide_lists_every_hedge_before_a_figure_the_pack_knows_and_no_other() {
    let guide: BTreeSet<(Qualifier, String)> = table("phrases")
        .into_iter()
        .filter(|(qualifier, _)| is_hedge(*qualifier))
        .flat_map(|(qualifier, phrases)| phrases.into_iter().map(move |p| (qualifier, p)))
        .collect();
    let pack: BTreeSet<(Qualifier, String)> = Qualifier::phrases()
        .map(|(phrase, qualifier)| (qualifier, phrase.to_string()))
        .collect();
    assert_same(&guide, &pack);
}

#[test]
fn the_guide_lists_every_hedge_after_a_figure_the_pack_knows_and_no_other() {
    let guide: BTreeSet<(Qualifier, String)> = table("phrases after the figure")
        .into_iter()
        .flat_map(|(qualifier, phrases)| phrases.into_iter().map(move |p| (qualifier, p)))
        .collect();
    let pack: BTreeSet<(Qualifier, String)> = HEDGES_AFTER
        .iter()
        .map(|(first, second, qualifier)| (*qualifier, format!("{first} {second}")))
        .collect();
    assert_same(&guide, &pack);
}

#[test]
fn every_hedge_phrase_reads_back_as_its_qualifier() {
    for (phrase, qualifier) in Qualifier::phrases() {
        assert_eq!(Qualifier::from_phrase(phrase), Some(qualifier), "{phrase}");
    }
}
