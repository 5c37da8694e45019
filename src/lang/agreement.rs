//! The two readers of the language pack agree: the reference extractor,
//! which finds figures in running text, and [`parse_figure`], which the
//! validator uses to read the figure a contributor wrote in the gold. A
//! figure the extractor reports must be one the gold can record with the
//! same value, and a surface of the pack must mean the same unit to both;
//! otherwise a correct extractor would be scored against gold that cannot
//! say what it found.
//!
//! The figures come from the bundled articles and from the pack's examples
//! (`src/lang/en/examples.yaml`); the surfaces are every surface of the pack.

use serde::Deserialize;

use crate::extract::{ExtractedClaim, ReferenceExtractor};
use crate::lang::{self, Surface, SurfaceKind};
use crate::model::Value;
use crate::number::parse_figure;
use crate::vocab::{Dimension, Unit};

/// One sentence of `examples.yaml` and the figure the extractor must report
/// in it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Example {
    pub text: String,
    pub figure: String,
    pub value: Value,
    pub unit: Unit,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Examples {
    examples: Vec<Example>,
}

/// The pack's examples.
pub(crate) fn examples() -> Vec<Example> {
    let yaml = include_str!("en/examples.yaml");
    serde_norway::from_str::<Examples>(yaml)
        .expect("examples.yaml is well formed")
        .examples
}

fn extract(text: &str) -> Vec<ExtractedClaim> {
    ReferenceExtractor::new().extract_text(text)
}

/// Asserts that `parse_figure` reads the extractor's figure to its value.
fn parser_agrees(claim: &ExtractedClaim, context: &str) {
    let figure = &claim.figure.text;
    let parsed = parse_figure(figure).unwrap_or_else(|error| {
        panic!("{context}: the extractor reports {figure:?}, which the parser refuses: {error}")
    });
    assert!(
        parsed.value.approx_eq(&claim.value, 1e-9),
        "{context}: the extractor reads {figure:?} as {}, the parser as {}",
        claim.value,
        parsed.value
    );
}

#[test]
fn every_figure_the_extractor_reports_on_the_bundled_articles_parses_to_its_value() {
    let mut figures = 0;
    for article in &crate::dataset().articles {
        for claim in extract(&article.text) {
            parser_agrees(&claim, &article.id);
            figures += 1;
        }
    }
    assert!(
        figures >= 12,
        "the bundled articles have figures ({figures})"
    );
}

#[test]
fn the_extractor_finds_every_example_of_the_pack_and_the_parser_reads_it_alike() {
    let examples = examples();
    let mut dimensions: Vec<Dimension> = Vec::new();
    for example in &examples {
        let claims = extract(&example.text);
        let claim = claims
            .iter()
            .find(|claim| claim.figure.text == example.figure)
            .unwrap_or_else(|| {
                panic!(
                    "{:?}: no claim with the figure {:?} in {claims:#?}",
                    example.text, example.figure
                )
            });
        assert!(
            claim.value.approx_eq(&example.value, 1e-9) && claim.unit == example.unit,
            "{:?}: read as {} {}, expected {} {}",
            example.text,
            claim.value,
            claim.unit,
            example.value,
            example.unit
        );
        parser_agrees(claim, &example.text);
        dimensions.push(example.unit.dimension());
    }
    // Every dimension a news figure is written in has an example.
    for dimension in crate::lang::DIMENSIONS.iter().map(|def| def.dimension) {
        if dimension != Dimension::Angle {
            assert!(
                dimensions.contains(&dimension),
                "no example of {dimension:?}"
            );
        }
    }
}

/// How a surface is written after (or, for a sign, before) 250 so that both
/// readers should take it as its unit, and the value they should read; `None`
/// for surfaces neither reads on their own (see the rules in units.yaml).
fn phrase(surface: &Surface) -> Option<(String, f64)> {
    let text = surface.written();
    Some(match surface.kind {
        SurfaceKind::Prefix => (format!("{text}250"), 250.0),
        // Only as what a rate is per (`$250 a share`), tested with rates.
        SurfaceKind::Per => return None,
        // `5m` is five million and `5K` five thousand: a glued scale comes
        // before a unit.
        SurfaceKind::Abbreviation if lang::scale(&text, true).is_some() => return None,
        SurfaceKind::Abbreviation if surface.is_one_letter() => (format!("250{text}"), 250.0),
        // `pound` is money only on a scaled figure, and a weight the parser
        // leaves to the reader.
        SurfaceKind::Ambiguous if surface.unit.dimension() != Dimension::Money => return None,
        SurfaceKind::Ambiguous => (format!("250 million {text}"), 250e6),
        SurfaceKind::Word | SurfaceKind::Abbreviation => (format!("250 {text}"), 250.0),
    })
}

#[test]
fn every_surface_of_the_pack_means_the_same_unit_to_both_readers() {
    let mut misread = Vec::new();
    let mut checked = 0;
    for surface in lang::all_surfaces() {
        let Some((phrase, value)) = phrase(surface) else {
            continue;
        };
        let unit = Unit::simple(surface.unit);
        let parsed = parse_figure(&phrase).map(|figure| (figure.value, figure.unit));
        if parsed != Ok((Value::Number(value), Some(unit))) {
            misread.push(format!(
                "parser: {phrase:?} read as {parsed:?}, expected {unit}"
            ));
        }
        let sentence = format!("Officials reported {phrase} on Monday.");
        let claims = extract(&sentence);
        let found = claims
            .iter()
            .any(|claim| claim.unit == unit && claim.value.approx_eq(&Value::Number(value), 1e-9));
        if !found {
            let read: Vec<String> = claims
                .iter()
                .map(|claim| format!("{} {}", claim.value, claim.unit))
                .collect();
            misread.push(format!(
                "extractor: {sentence:?} read as {read:?}, expected {value} {unit}"
            ));
        }
        checked += 1;
    }
    assert!(checked > 600, "the pack has {checked} surfaces");
    assert!(
        misread.is_empty(),
        "{} of {checked} surfaces misread:\n{}",
        misread.len(),
        misread.join("\n")
    );
}
