//! The annotation guide's examples of the units beyond counts and shares
//! (durations, multipliers, readings on a scale, rates, money, hedges after
//! the figure, changes and calendar periods) are annotated as the guide
//! says, in a dataset of their own, and the validator accepts every one; the
//! forms the guide says the parser does not read yet are refused.

use claimbench::number::parse_figure;
use sha2::{Digest, Sha256};

/// An id of a form the id-from-hash rule (CB206) leaves alone, so that
/// every example text can share it.
const ID: &str = "guide-example";

/// Sentences of the guide's examples.
const TEXT: &str = "The war lasted 13 years and the talks 72 hours. \
Russia came a full year after the others. The toll doubled and prices rose ten times. \
A magnitude 7.6 earthquake hit; a 7.6-magnitude quake followed. The index fell 300 points. \
It was 40C by day and minus 4 degrees at night. \
Oil sold at $71 a barrel as 2,000 people a day left. \
Unemployment stayed at 4% or below and 300 or more people marched. \
The rate rose from 3% to 5%, while from 2,000 to 3,000 people were displaced. \
Sales grew in the first half and in the 2014-2015 fiscal year. \
The grant was A$5 million, the loan ¥300 billion yuan, the budget Rs 5 lakh crore, \
the fee £1,717 and a second grant $2 million (Australian). Egypt spent LE18 billion. \
The fine was 5 pounds. A 29-year-old waited. \
They were twice refused entry, and one in three callers hung up after half an hour. \
Each side scored two or three goals.\n";

/// `(id, quote, figure, value, unit, qualifier)` of each claim the guide's
/// rules give.
const CLAIMS: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("war", "13 years", "13", "13", "year", "exact"),
    ("talks", "72 hours", "72", "72", "hour", "exact"),
    ("arrival", "a full year", "a", "1", "year", "exact"),
    ("toll", "The toll doubled", "doubled", "2", "times", "exact"),
    ("prices", "ten times", "ten", "10", "times", "exact"),
    (
        "quake",
        "magnitude 7.6 earthquake",
        "7.6",
        "7.6",
        "magnitude",
        "exact",
    ),
    (
        "aftershock",
        "7.6-magnitude quake",
        "7.6",
        "7.6",
        "magnitude",
        "exact",
    ),
    ("index", "300 points", "300", "300", "index_points", "exact"),
    ("day", "40C", "40C", "40", "celsius", "exact"),
    (
        "night",
        "minus 4 degrees",
        "minus 4",
        "-4",
        "degree",
        "exact",
    ),
    ("oil", "$71 a barrel", "$71", "71", "usd/barrel", "exact"),
    (
        "exodus",
        "2,000 people a day",
        "2,000",
        "2000",
        "people/day",
        "exact",
    ),
    ("unemployment", "4% or below", "4%", "4", "percent", "up_to"),
    (
        "march",
        "300 or more people",
        "300",
        "300",
        "people",
        "at_least",
    ),
    ("before", "from 3%", "3%", "3", "percent", "exact"),
    ("after", "to 5%", "5%", "5", "percent", "exact"),
    (
        "displaced",
        "from 2,000 to 3,000 people",
        "from 2,000 to 3,000",
        "{low: 2000, high: 3000}",
        "people",
        "range",
    ),
    (
        "grant",
        "A$5 million",
        "A$5 million",
        "5000000",
        "aud",
        "exact",
    ),
    (
        "loan",
        "¥300 billion yuan",
        "¥300 billion yuan",
        "300000000000",
        "cny",
        "exact",
    ),
    (
        "budget",
        "Rs 5 lakh crore",
        "Rs 5 lakh crore",
        "5000000000000",
        "inr",
        "exact",
    ),
    ("fee", "£1,717", "£1,717", "1717", "gbp", "exact"),
    (
        "second-grant",
        "$2 million (Australian)",
        "2 million",
        "2000000",
        "aud",
        "exact",
    ),
    (
        "egypt",
        "LE18 billion",
        "LE18 billion",
        "18000000000",
        "egp",
        "exact",
    ),
    ("fine", "5 pounds", "5", "5", "gbp", "exact"),
    ("refusals", "twice refused", "twice", "2", "times", "exact"),
    (
        "callers",
        "one in three callers",
        "one in three",
        "\"1/3\"",
        "fraction",
        "exact",
    ),
    ("wait", "half an hour", "half", "0.5", "hour", "exact"),
    (
        "goals",
        "two or three goals",
        "two or three",
        "{low: 2, high: 3}",
        "count",
        "range",
    ),
];

/// `(quote, figure, reason)` of each distractor.
const DISTRACTORS: &[(&str, &str, &str)] = &[
    ("the first half", "first half", "date"),
    ("the 2014-2015 fiscal year", "2014-2015", "year"),
    ("A 29-year-old", "29", "age"),
];

type ClaimRow<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a str);

fn article_yaml(text: &str, claims: &[ClaimRow<'_>], distractors: &[(&str, &str, &str)]) -> String {
    let sha = format!("{:x}", Sha256::digest(text.as_bytes()));
    let mut yaml = format!(
        "id: {ID}\ntext_file: {ID}.txt\ntext_sha256: {sha}\n\
         source: {{outlet: null, url: null, published: null, language: en}}\nclaims:\n"
    );
    for (id, quote, figure, value, unit, qualifier) in claims {
        yaml.push_str(&format!(
            "  - id: {id}\n    quote: \"{quote}\"\n    figure: \"{figure}\"\n    value: {value}\n    \
             unit: {unit}\n    qualifier: {qualifier}\n    measure: the guide's example\n    \
             attribution: {{kind: unattributed}}\n"
        ));
    }
    yaml.push_str(if distractors.is_empty() {
        "distractors: []\n"
    } else {
        "distractors:\n"
    });
    for (quote, figure, reason) in distractors {
        yaml.push_str(&format!(
            "  - quote: \"{quote}\"\n    figure: \"{figure}\"\n    reason: {reason}\n"
        ));
    }
    yaml
}

/// Validates a dataset of one article with `text` and these annotations.
fn validate(
    text: &str,
    claims: &[ClaimRow<'_>],
    distractors: &[(&str, &str, &str)],
) -> claimbench::Validation {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("dataset.yaml"),
        "name: guide-examples\nversion: 0.0.1\ndescription: The guide's examples.\n",
    )
    .unwrap();
    std::fs::write(root.join("conflicts.yaml"), "groups: []\n").unwrap();
    std::fs::create_dir(root.join("articles")).unwrap();
    std::fs::write(root.join(format!("articles/{ID}.txt")), text).unwrap();
    std::fs::write(
        root.join(format!("articles/{ID}.yaml")),
        article_yaml(text, claims, distractors),
    )
    .unwrap();
    claimbench::validate_dir(root).unwrap()
}

fn rendered(validation: &claimbench::Validation) -> Vec<String> {
    validation
        .diagnostics
        .iter()
        .map(|diagnostic| diagnostic.render("guide-examples"))
        .collect()
}

#[test]
fn the_guides_examples_validate_as_the_guide_annotates_them() {
    let validation = validate(TEXT, CLAIMS, DISTRACTORS);
    let problems = rendered(&validation);
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    assert_eq!(validation.summary.claims, CLAIMS.len());
}

#[test]
fn a_figure_whose_sign_names_another_unit_is_refused() {
    // A rate's sign must name its first unit; the name after `¥` decides
    // between yen and yuan only when the figure runs through it.
    let text = "Oil sold at $71 a barrel and the loan was ¥300 billion yuan.\n";
    let claims: &[ClaimRow<'_>] = &[
        ("oil", "$71 a barrel", "$71", "71", "eur/barrel", "exact"),
        (
            "loan",
            "¥300 billion yuan",
            "¥300 billion",
            "300000000000",
            "cny",
            "exact",
        ),
    ];
    let problems = rendered(&validate(text, claims, &[]));
    assert_eq!(problems.len(), 2, "{}", problems.join("\n\n"));
    assert!(
        problems.iter().all(|problem| problem.contains("CB306")),
        "{problems:?}"
    );
    assert!(
        problems[0].contains("`usd`") && problems[1].contains("`jpy`"),
        "{problems:?}"
    );
}

#[test]
fn the_forms_the_guide_records_as_distractors_are_refused_by_the_parser() {
    // CONTRIBUTING.md ("Multipliers") records these as distractors until
    // the parser reads them; when one starts parsing, annotate it as a
    // claim and change the guide.
    assert!(parse_figure("tenfold").is_err(), "tenfold now parses");
    // And `pounds` after a plain number may be a weight.
    assert!(parse_figure("5 pounds").is_err());
}
