//! The unit and currency tables of `CONTRIBUTING.md` ("Units") are rendered
//! from the language pack the library compiles (`src/lang/en/`), so the
//! guide can never name a unit the validator refuses or miss one it takes.
//!
//! Each table sits between two marker comments. When the guide disagrees
//! with the pack, the test fails and prints the table it expected; with
//! `CLAIMBENCH_UPDATE_GUIDE=1` it rewrites the guide instead (atomically)
//! and passes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use claimbench::lang::Written;
use claimbench::{Dimension, UnitId};

/// The environment variable that makes the test rewrite the guide.
const UPDATE: &str = "CLAIMBENCH_UPDATE_GUIDE";

fn guide_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("CONTRIBUTING.md")
}

/// A table's marker comments: the rendered table goes between them.
fn markers(name: &str) -> (String, String) {
    (
        format!(
            "<!-- {name} table: rendered from src/lang/en/ by tests/guide_units.rs; \
             edit the pack, then run `{UPDATE}=1 cargo test --test guide_units` -->"
        ),
        format!("<!-- end of {name} table -->"),
    )
}

/// A surface as the guide writes it: in backticks, pipes escaped.
fn code(surface: &str) -> String {
    format!("`{}`", surface.replace('|', "\\|"))
}

/// Each surface once, in the order given.
fn unique<'a>(surfaces: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for surface in surfaces {
        if !seen.contains(&surface) {
            seen.push(surface);
        }
    }
    seen
}

fn list(surfaces: &[&str]) -> String {
    surfaces
        .iter()
        .map(|surface| code(surface))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words that name a unit only in some places (`pound`), if any.
fn ambiguous_part(written: &Written) -> Option<String> {
    (!written.ambiguous.is_empty()).then(|| {
        format!(
            "only on a scaled figure or after a sign: {}",
            list(written.ambiguous)
        )
    })
}

/// How running text writes a unit: words and abbreviations after the
/// figure, then the signs and words before it, the words that name it only
/// in some places, and the aliases of other programs.
fn written_cell(unit: UnitId) -> String {
    let written = unit.written();
    let mut parts = Vec::new();
    let after = unique(
        written
            .names
            .iter()
            .chain(written.invariant)
            .chain(written.abbreviations)
            .copied(),
    );
    if !after.is_empty() {
        parts.push(list(&after));
    }
    if !written.prefixes.is_empty() {
        parts.push(format!("before the figure: {}", list(written.prefixes)));
    }
    parts.extend(ambiguous_part(&written));
    if !written.per_words.is_empty() {
        parts.push(format!(
            "as what a rate is per: {}",
            list(written.per_words)
        ));
    }
    if !written.aliases.is_empty() {
        parts.push(format!("aliases: {}", list(written.aliases)));
    }
    if parts.is_empty() {
        "(read from the noun or the number word)".to_owned()
    } else {
        parts.join("; ")
    }
}

fn doc_cell(unit: UnitId) -> String {
    unit.doc().replace('|', "\\|")
}

/// One row per unit of every dimension but money, grouped by dimension in
/// pack order; the dimension is named on its group's first row.
fn units_table() -> String {
    let mut table = String::from("| dimension | unit | what it is for | written in text |\n");
    table.push_str("| --- | --- | --- | --- |\n");
    let mut previous: Option<Dimension> = None;
    let mut money_listed = false;
    for unit in UnitId::all() {
        let dimension = unit.dimension();
        let first = previous != Some(dimension);
        previous = Some(dimension);
        if dimension == Dimension::Money {
            if !money_listed {
                writeln!(
                    table,
                    "| **{}** | every currency | sums of money: see [Money](#money) | |",
                    dimension.name()
                )
                .unwrap();
                money_listed = true;
            }
            continue;
        }
        let dimension_cell = if first {
            format!("**{}**", dimension.name())
        } else {
            String::new()
        };
        writeln!(
            table,
            "| {dimension_cell} | {} | {} | {} |",
            code(unit.name()),
            doc_cell(unit),
            written_cell(unit)
        )
        .unwrap();
    }
    table
}

/// One row per currency and minor unit, in pack order: what is written
/// before the figure first.
fn currencies_table() -> String {
    let mut table = String::from("| unit | currency | written in text |\n");
    table.push_str("| --- | --- | --- |\n");
    for unit in UnitId::all().filter(|unit| unit.dimension() == Dimension::Money) {
        let written = unit.written();
        let surfaces = unique(
            written
                .prefixes
                .iter()
                .chain(written.names)
                .chain(written.invariant)
                .chain(written.abbreviations)
                .copied(),
        );
        let cell = std::iter::once(list(&surfaces))
            .chain(ambiguous_part(&written))
            .collect::<Vec<_>>()
            .join("; ");
        let doc = unit.doc().trim_end_matches('.').replace('|', "\\|");
        writeln!(table, "| {} | {doc} | {cell} |", code(unit.name())).unwrap();
    }
    table
}

/// Where the text between a table's markers starts and ends (byte
/// offsets), or why it cannot be found.
fn between(guide: &str, name: &str) -> Result<(usize, usize), String> {
    let (begin, end) = markers(name);
    let count = guide.matches(&begin).count();
    if count != 1 {
        return Err(format!(
            "CONTRIBUTING.md must hold the line\n{begin}\nexactly once (found {count}), \
             then the {name} table, then\n{end}"
        ));
    }
    let start = guide.find(&begin).unwrap() + begin.len();
    let stop = guide[start..]
        .find(&end)
        .map(|offset| start + offset)
        .ok_or_else(|| format!("CONTRIBUTING.md has no `{end}` after `{begin}`"))?;
    Ok((start, stop))
}

/// Compares one table of the guide with its rendering; rewrites the guide
/// when asked to.
fn check_table(name: &str, rendered: &str) {
    let path = guide_path();
    let guide = std::fs::read_to_string(&path).expect("CONTRIBUTING.md is readable");
    let (start, stop) = between(&guide, name).unwrap_or_else(|problem| panic!("{problem}"));
    let wanted = format!("\n{rendered}");
    if guide[start..stop] == wanted {
        return;
    }
    if std::env::var_os(UPDATE).is_some_and(|value| value == "1") {
        let updated = format!("{}{wanted}{}", &guide[..start], &guide[stop..]);
        let mut file =
            tempfile::NamedTempFile::new_in(path.parent().unwrap()).expect("a temporary file");
        std::io::Write::write_all(&mut file, updated.as_bytes()).expect("the guide is written");
        file.persist(&path).expect("the guide is replaced");
        eprintln!("rewrote the {name} table of {}", path.display());
        return;
    }
    panic!(
        "the {name} table of CONTRIBUTING.md disagrees with the language pack \
         (src/lang/en/). Run `{UPDATE}=1 cargo test --test guide_units` to rewrite it, \
         or paste this between its markers:\n\n{rendered}"
    );
}

#[test]
fn the_guide_lists_every_unit_of_the_pack() {
    check_table("units", &units_table());
}

#[test]
fn the_guide_lists_every_currency_of_the_pack() {
    check_table("currencies", &currencies_table());
}

#[test]
fn the_tables_name_each_unit_once_with_its_surfaces() {
    let units = units_table();
    let currencies = currencies_table();
    for unit in UnitId::all() {
        let id = code(unit.name());
        // The unit's own cell: the second of the units table, the first of
        // the currencies table.
        let rows = if unit.dimension() == Dimension::Money {
            currencies
                .lines()
                .filter(|line| line.starts_with(&format!("| {id} |")))
                .count()
        } else {
            units
                .lines()
                .filter(|line| line.split(" | ").nth(1) == Some(id.as_str()))
                .count()
        };
        assert_eq!(rows, 1, "{}", unit.name());
    }
    let km2 = units
        .lines()
        .find(|line| line.contains("| `km2` |"))
        .unwrap();
    assert!(
        km2.contains("`sq km`") && km2.contains("`square kilometre`"),
        "{km2}"
    );
    let aud = currencies
        .lines()
        .find(|line| line.starts_with("| `aud` |"))
        .unwrap();
    assert!(aud.contains("`A$`"), "{aud}");
}

#[test]
fn a_guide_without_markers_is_refused_with_the_lines_to_add() {
    let problem = between("# Units\n\nno table here\n", "units").unwrap_err();
    assert!(problem.contains(&markers("units").0), "{problem}");
}
