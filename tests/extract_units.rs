//! `claimbench extract` finds, with the right value and unit, a figure
//! written in every dimension and in the common currency signs of the
//! language pack: the sentences of `src/lang/en/examples.yaml`, each written
//! for that file. (The library test `lang::agreement` checks the same
//! examples against the number parser.)

use std::io::Write;
use std::process::{Command, Stdio};

use claimbench::extract::ExtractedClaim;
use claimbench::{Unit, Value};
use serde::Deserialize;

#[derive(Deserialize)]
struct Examples {
    examples: Vec<Example>,
}

#[derive(Deserialize)]
struct Example {
    text: String,
    figure: String,
    value: Value,
    unit: Unit,
}

fn extract(text: &str) -> Vec<ExtractedClaim> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(["extract", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the claimbench binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(text.as_bytes())
        .expect("stdin takes the text");
    let output = child.wait_with_output().expect("claimbench exits");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).expect("the output is a JSON list of claims")
}

#[test]
fn every_dimension_and_currency_of_the_pack_is_extracted() {
    let yaml = include_str!("../src/lang/en/examples.yaml");
    let examples: Examples = serde_norway::from_str(yaml).expect("examples.yaml is well formed");
    // One run over every example, a paragraph each, as a user would paste
    // an article.
    let text: String = examples
        .examples
        .iter()
        .map(|example| format!("{}\n\n", example.text))
        .collect();
    let claims = extract(&text);
    let mut missed = Vec::new();
    let mut paragraph_start = 0;
    for example in &examples.examples {
        // Spans count chars; the example's paragraph is these chars.
        let paragraph = paragraph_start..paragraph_start + example.text.chars().count();
        paragraph_start = paragraph.end + 2;
        let found = claims.iter().any(|claim| {
            let in_paragraph = claim
                .figure
                .span
                .is_some_and(|span| paragraph.contains(&span.start) && span.end <= paragraph.end);
            in_paragraph
                && claim.figure.text == example.figure
                && claim.value.approx_eq(&example.value, 1e-9)
                && claim.unit == example.unit
        });
        if !found {
            missed.push(format!(
                "{} {} in {:?}",
                example.value, example.unit, example.text
            ));
        }
    }
    assert!(examples.examples.len() >= 40, "the pack has examples");
    assert!(missed.is_empty(), "not extracted:\n{}", missed.join("\n"));
}
