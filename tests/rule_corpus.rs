//! The rule corpus: every example of `tests/rules/*.yaml` run through the
//! reference extractor, one test per example, named `<file>::<example>` so
//! that a failure names the rule's file and the example.
//!
//! Each file holds the examples of one stage of `claimbench::extract::rules`
//! (`candidate.yaml`, `figure.yaml`, `unit.yaml`, `measure.yaml`,
//! `qualifier.yaml`, `attribution.yaml`). An example is a
//! short text written for one rule, with every claim the extractor must
//! return: figure, unit, value (read from the figure unless given),
//! qualifier, attribution kind and source, and what it counts where the
//! example gives a `measure`, so a claim with a wrong unit or value fails
//! as a missing one does. The files are read by
//! `claimbench::import::rule_corpus::read_file`, the reader of
//! `claimbench import rules`, which makes a dataset of them (checked by
//! `tests/import_rules.rs`). Positive examples show the
//! rule applying to at least one numeral, as `ReferenceExtractor::explain`
//! reports it; negative ones (`negative: true`) show a text it must leave
//! alone (it applies to none). An attribution rule applies to a numeral
//! when it is the deciding rule (the one that gave the claim its
//! attribution); a rule of any other stage when it fired on the numeral or
//! decided it, since a kept claim is decided by its attribution rule while
//! `digits`, `cardinal`, `unit-after` and a measure rule such as
//! `noun-after` fired on it.
//!
//! One more test, `coverage::every_rule_has_a_positive_and_a_negative_example`,
//! fails naming every rule of `rules::STAGES` that lacks a positive or a
//! negative example, every example naming an unknown rule and every example
//! filed under another stage's file.
//!
//! Adding an example is adding a YAML entry.
//!
//! This binary runs on libtest-mimic (`harness = false`) because libtest
//! cannot make one test per entry found at run time.

use std::path::{Path, PathBuf};

use claimbench::extract::rules::{self, Rule, Stage};
use claimbench::extract::{Explanation, ExtractedClaim, ReferenceExtractor};
use claimbench::import::rule_corpus::{Example, ExpectedClaim, read_file};
use claimbench::score::VALUE_TOLERANCE;
use claimbench::{AttributionKind, Qualifier, Unit, Value};
use libtest_mimic::{Arguments, Failed, Trial};

/// A claim as the test compares it: expected ([`Expected::of`] the
/// corpus), or found by the extractor.
#[derive(Debug, Clone)]
struct Expected {
    figure: String,
    value: Value,
    unit: Unit,
    qualifier: Qualifier,
    kind: AttributionKind,
    source: Option<String>,
    /// What the claim counts; the extractor's is compared only where the
    /// corpus gives one.
    measure: Option<String>,
}

impl PartialEq for Expected {
    fn eq(&self, other: &Expected) -> bool {
        self.figure == other.figure
            && self.value.approx_eq(&other.value, VALUE_TOLERANCE)
            && self.unit == other.unit
            && self.qualifier == other.qualifier
            && self.kind == other.kind
            && self.source == other.source
            && self.measure == other.measure
    }
}

impl Expected {
    fn found(claim: ExtractedClaim) -> Expected {
        Expected {
            figure: claim.figure.text,
            value: claim.value,
            unit: claim.unit,
            qualifier: claim.qualifier,
            kind: claim.attribution.kind,
            source: claim.attribution.text,
            measure: claim.measure,
        }
    }

    /// The expected claim; `read_file` has checked that its value reads.
    fn of(claim: &ExpectedClaim) -> Result<Expected, Failed> {
        Ok(Expected {
            figure: claim.figure.clone(),
            value: claim.value().map_err(|error| error.to_string())?,
            unit: claim.unit,
            qualifier: claim.qualifier,
            kind: claim.kind,
            source: claim.source.clone(),
            measure: claim.measure.clone(),
        })
    }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// The rule of `claimbench::extract::rules` named `name`.
fn rule_named(name: &str) -> Option<&'static Rule> {
    rules::STAGES
        .iter()
        .flat_map(|stage| stage.iter().copied())
        .find(|rule| rule.name == name)
}

/// The corpus file that holds the examples of a stage's rules.
fn file_of(stage: Stage) -> &'static str {
    match stage {
        Stage::Candidate => "candidate",
        Stage::Figure => "figure",
        Stage::Unit => "unit",
        Stage::Measure => "measure",
        Stage::Qualifier => "qualifier",
        Stage::Attribution => "attribution",
    }
}

/// Whether `rule` applies to the numeral: an attribution rule when it
/// decided the numeral's attribution, a figure, measure or qualifier rule
/// when it fired on the numeral (or decided it).
fn applies(rule: &'static Rule, numeral: &Explanation) -> bool {
    match rule.stage {
        Stage::Attribution => numeral.decided == rule,
        Stage::Candidate | Stage::Figure | Stage::Unit | Stage::Measure | Stage::Qualifier => {
            numeral.decided == rule || numeral.fired.contains(&rule)
        }
    }
}

fn check(example: &Example) -> Result<(), Failed> {
    let Some(rule) = rule_named(&example.rule) else {
        return Err(format!(
            "`{}` is no rule of claimbench::extract::rules",
            example.rule
        )
        .into());
    };
    let explained = ReferenceExtractor::new().explain(&example.text);
    let applied = explained.iter().any(|numeral| applies(rule, numeral));
    if applied == example.negative {
        let fired: Vec<String> = explained
            .iter()
            .map(|numeral| {
                let names: Vec<&str> = numeral.fired.iter().map(|rule| rule.name).collect();
                format!(
                    "{}: [{}] decided by {}",
                    numeral.numeral.text,
                    names.join(", "),
                    numeral.decided.name
                )
            })
            .collect();
        return Err(format!(
            "rule `{}` {} ({})",
            example.rule,
            if example.negative {
                "applies, but the example is negative"
            } else {
                "applies to no numeral"
            },
            fired.join("; ")
        )
        .into());
    }
    let mut found: Vec<Expected> = ReferenceExtractor::new()
        .extract_text(&example.text)
        .into_iter()
        .map(Expected::found)
        .collect();
    let explained_claims: Vec<Expected> = explained
        .into_iter()
        .filter_map(|numeral| numeral.claim)
        .map(Expected::found)
        .collect();
    if explained_claims != found {
        return Err("explain gives other claims than extract".into());
    }
    let expected = example
        .claims
        .iter()
        .map(Expected::of)
        .collect::<Result<Vec<_>, _>>()?;
    // A measure is checked where the corpus gives one.
    for (found, expected) in found.iter_mut().zip(&expected) {
        if expected.measure.is_none() {
            found.measure = None;
        }
    }
    if found == expected {
        return Ok(());
    }
    let show = |claims: &[Expected]| {
        claims
            .iter()
            .map(|c| {
                format!(
                    "  {} {} {} {} {} {:?} measure {:?}",
                    c.figure,
                    c.value,
                    c.unit,
                    c.qualifier,
                    c.kind.as_str(),
                    c.source,
                    c.measure
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(format!(
        "rule `{}`{}:\n{}\nexpected:\n{}\nfound:\n{}",
        example.rule,
        if example.negative { " (negative)" } else { "" },
        example.text.trim_end(),
        show(&expected),
        show(&found)
    )
    .into())
}

/// What the coverage test needs of an example: where it is, its rule and
/// whether it is negative.
struct Listed {
    file: String,
    name: String,
    rule: String,
    negative: bool,
}

/// Every rule of `rules::STAGES` has a positive and a negative example in
/// its stage's file, and every example names a rule of the stage of its
/// file.
fn coverage(listed: &[Listed]) -> Result<(), Failed> {
    let mut problems = Vec::new();
    for example in listed {
        match rule_named(&example.rule) {
            None => problems.push(format!(
                "{}::{} names `{}`, no rule of claimbench::extract::rules",
                example.file, example.name, example.rule
            )),
            Some(rule) if file_of(rule.stage) != example.file => problems.push(format!(
                "{}::{} is an example of `{}`, a rule of tests/rules/{}.yaml",
                example.file,
                example.name,
                example.rule,
                file_of(rule.stage)
            )),
            Some(_) => {}
        }
    }
    for rule in rules::STAGES.iter().flat_map(|stage| stage.iter()) {
        let has = |negative: bool| {
            listed
                .iter()
                .any(|example| example.rule == rule.name && example.negative == negative)
        };
        for (negative, what) in [(false, "positive"), (true, "negative")] {
            if !has(negative) {
                problems.push(format!(
                    "`{}` has no {what} example in tests/rules/{}.yaml",
                    rule.name,
                    file_of(rule.stage)
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let mut listed = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/rules is a readable directory")
        .map(|entry| entry.expect("tests/rules is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "tests/rules holds the corpus");
    for path in files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("a corpus file is readable");
        let examples: Vec<Example> = read_file(&path.display().to_string(), &bytes)
            .unwrap_or_else(|error| panic!("{}", error.render_located()));
        for example in examples {
            listed.push(Listed {
                file: stem.clone(),
                name: example.name.clone(),
                rule: example.rule.clone(),
                negative: example.negative,
            });
            let name = format!("{stem}::{}", example.name);
            trials.push(Trial::test(name, move || check(&example)));
        }
    }
    trials.push(Trial::test(
        "coverage::every_rule_has_a_positive_and_a_negative_example",
        move || coverage(&listed),
    ));
    libtest_mimic::run(&args, trials).exit();
}
