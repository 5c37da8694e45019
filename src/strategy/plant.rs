//! Planted claims: generated sentences that state a figure with a known
//! value, unit, qualifier and attribution, alone or inserted into an article.
//!
//! A [`PlantedClaim`] is one sentence built from a template (`X, according to
//! Y`; `Y said X`; `Y has documented X`; `X, Y told reporters`; `Y estimated
//! that X`; `According to Y, X`; or `X` in the outlet's voice), where `X`
//! states a figure in one of several [`NumberFormat`]s (`350,200`, `350 200`,
//! `350200`, `3.5 million`, `six million`, `half a million`) with a hedge
//! from the annotation guide's table. [`standalone`] puts it between neutral
//! sentences (written for claimbench, none from the fixtures);
//! [`planted_in`] inserts that paragraph into an article at a paragraph
//! boundary.

use std::sync::Arc;

use proptest::prelude::*;
use proptest::sample::select;

use crate::extract::Span;
use crate::model::{Article, AttributionKind, Value};
use crate::vocab::{Qualifier, Unit};

use super::perturb::{self, Edit, Perturbed};

/// Sentences that state no figure and name no source, to surround a
/// planted claim.
pub const NEUTRAL_SENTENCES: &[&str] = &[
    "The announcement came as talks resumed in the capital.",
    "Rain had slowed the work of rescue teams earlier in the week.",
    "Schools in the area remained closed on Tuesday.",
    "Residents described long queues at the few bakeries still open.",
    "The road to the north was reopened after the flooding receded.",
    "Diplomats expect further meetings before the end of the month.",
    "Much of the region has been without electricity since the storm.",
];

/// Sources as written in running text; each is also the attribution an
/// extractor should report (compared after
/// [`normalize_source`](crate::score::normalize_source)).
pub const SOURCES: &[&str] = &[
    "the health ministry",
    "the UN refugee agency",
    "local officials",
    "the Red Crescent",
    "the provincial governor",
    "Amnesty International",
    "police",
    "the World Food Programme",
    "aid workers",
];

/// How a planted figure is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberFormat {
    /// Digits grouped with commas: `350,200`.
    Commas,
    /// Digits grouped with spaces: `350 200`.
    Spaces,
    /// Digits without separators: `350200` (five digits or more, so that
    /// it cannot read as a year).
    Plain,
    /// Up to three digits: `12`.
    Small,
    /// A decimal with a scale word: `3.5 million`.
    DecimalScale,
    /// Digits with a scale word: `23 million`.
    Scale,
    /// Number words: `six million`, `twelve thousand`.
    Words,
    /// `half a million`.
    HalfAMillion,
}

/// Which way a template attributes the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Template {
    /// `X, according to Y.`
    AccordingTo,
    /// `According to Y, X.`
    AccordingToFirst,
    /// `Y said X.`
    Said,
    /// `Y has documented X.`
    Documented,
    /// `X, Y told reporters.`
    ToldReporters,
    /// `Y estimated that X.`
    Estimated,
    /// `X.` in the outlet's own voice.
    Unattributed,
}

impl Template {
    /// Every template.
    pub const ALL: [Template; 7] = [
        Template::AccordingTo,
        Template::AccordingToFirst,
        Template::Said,
        Template::Documented,
        Template::ToldReporters,
        Template::Estimated,
        Template::Unattributed,
    ];

    /// The template's shape, as reports name it: `X, according to Y`,
    /// with `X` the figure's clause and `Y` the source.
    pub fn shape(self) -> &'static str {
        match self {
            Template::AccordingTo => "X, according to Y",
            Template::AccordingToFirst => "According to Y, X",
            Template::Said => "Y said X",
            Template::Documented => "Y has documented X",
            Template::ToldReporters => "X, Y told reporters",
            Template::Estimated => "Y estimated that X",
            Template::Unattributed => "X (the outlet's own voice)",
        }
    }
}

/// A generated sentence and the claim it states.
#[derive(Debug, Clone, PartialEq)]
pub struct PlantedClaim {
    /// The sentence.
    pub sentence: String,
    /// The figure as written in it.
    pub figure: String,
    /// Its value.
    pub value: Value,
    /// Its unit.
    pub unit: Unit,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// The source as written, `None` in the outlet's voice.
    pub source: Option<String>,
    /// How the sentence attributes it.
    pub kind: AttributionKind,
    /// The template it was built from.
    pub template: Template,
}

/// A text holding a planted claim, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Planted {
    /// The whole text given to the extractor.
    pub text: String,
    /// The planted sentence's `char` span in `text`.
    pub span: Span,
    /// What it states.
    pub claim: PlantedClaim,
    /// The article it was inserted into, with its gold remapped; `None`
    /// for a standalone text.
    pub article: Option<Perturbed>,
}

/// What is counted: the unit, the nouns, a finite predicate for `X` as a
/// clause and a participle for `Y has documented X`.
struct Subject {
    unit: Unit,
    nouns: &'static [&'static str],
    finite: &'static [&'static str],
    participles: &'static [&'static str],
}

const SUBJECTS: &[Subject] = &[
    Subject {
        unit: Unit::PEOPLE,
        nouns: &["people", "civilians", "residents", "refugees", "children"],
        finite: &[
            "have fled the region",
            "were displaced by the floods",
            "remain without shelter",
            "were evacuated from the coast",
        ],
        participles: &["killed", "displaced", "injured"],
    },
    Subject {
        unit: Unit::COUNT,
        nouns: &["homes", "schools", "vehicles", "wells"],
        finite: &["were destroyed", "have been damaged", "were left unusable"],
        participles: &["destroyed", "damaged"],
    },
    Subject {
        unit: Unit::PERCENT,
        nouns: &[
            "percent of the harvest",
            "per cent of the population",
            "percent of the budget",
        ],
        finite: &["was lost", "has been affected"],
        participles: &["lost", "affected"],
    },
    Subject {
        unit: Unit::KM2,
        nouns: &[
            "square kilometres of farmland",
            "square kilometers of forest",
        ],
        finite: &["were flooded", "have been cleared of mines"],
        participles: &["flooded", "burned"],
    },
];

/// The hedges of the annotation guide, by qualifier. `fewer` is for
/// counts and `less` for amounts.
fn hedges(qualifier: Qualifier, countable: bool) -> &'static [&'static str] {
    match qualifier {
        Qualifier::About => &[
            "about ",
            "around ",
            "some ",
            "roughly ",
            "nearly ",
            "almost ",
            "approximately ",
        ],
        Qualifier::MoreThan => &["more than ", "over "],
        Qualifier::AtLeast => &["at least ", "no fewer than "],
        Qualifier::LessThan if countable => &["fewer than "],
        Qualifier::LessThan => &["less than "],
        Qualifier::UpTo => &["up to ", "as many as "],
        Qualifier::Estimated => &["an estimated "],
        _ => &[""],
    }
}

/// The qualifiers a planted claim may carry: all but ranges and vague
/// quantities, which have figures of their own.
fn qualifiers() -> Vec<Qualifier> {
    Qualifier::ALL
        .into_iter()
        .filter(|q| !matches!(q, Qualifier::Range | Qualifier::Vague))
        .collect()
}

const WORDS: &[(&str, u32)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("twenty", 20),
];

/// `n` with its digits grouped in threes by `separator`: `350,200`.
pub fn grouped(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A figure written in `format`, and its value.
pub fn figure(format: NumberFormat) -> BoxedStrategy<(String, f64)> {
    let scales = select(&[("thousand", 1e3), ("million", 1e6), ("billion", 1e9)][..]);
    match format {
        NumberFormat::Commas => (1_000u64..100_000_000)
            .prop_map(|n| (grouped(n, ","), n as f64))
            .boxed(),
        NumberFormat::Spaces => (1_000u64..100_000_000)
            .prop_map(|n| (grouped(n, " "), n as f64))
            .boxed(),
        NumberFormat::Plain => (10_000u64..100_000_000)
            .prop_map(|n| (n.to_string(), n as f64))
            .boxed(),
        NumberFormat::Small => (2u64..1000).prop_map(|n| (n.to_string(), n as f64)).boxed(),
        NumberFormat::DecimalScale => (11u32..100, scales)
            .prop_filter("a decimal", |(tenths, _)| tenths % 10 != 0)
            .prop_map(|(tenths, (word, scale))| {
                (
                    format!("{}.{} {word}", tenths / 10, tenths % 10),
                    f64::from(tenths) * scale / 10.0,
                )
            })
            .boxed(),
        NumberFormat::Scale => (2u32..100, scales)
            .prop_map(|(n, (word, scale))| (format!("{n} {word}"), f64::from(n) * scale))
            .boxed(),
        NumberFormat::Words => (select(WORDS), scales)
            .prop_map(|((number, n), (word, scale))| {
                (format!("{number} {word}"), f64::from(n) * scale)
            })
            .boxed(),
        NumberFormat::HalfAMillion => Just(("half a million".to_owned(), 500_000.0)).boxed(),
    }
}

/// A percentage as written before `percent`: `40`, `12.5`.
pub fn percentage() -> impl Strategy<Value = (String, f64)> {
    prop_oneof![
        (1u32..100).prop_map(|n| (n.to_string(), f64::from(n))),
        (10u32..1000)
            .prop_filter("a decimal", |tenths| tenths % 10 != 0)
            .prop_map(|t| (format!("{}.{}", t / 10, t % 10), f64::from(t) / 10.0)),
    ]
}

/// Any [`NumberFormat`].
pub fn number_format() -> impl Strategy<Value = NumberFormat> {
    select(
        &[
            NumberFormat::Commas,
            NumberFormat::Spaces,
            NumberFormat::Plain,
            NumberFormat::Small,
            NumberFormat::DecimalScale,
            NumberFormat::Scale,
            NumberFormat::Words,
            NumberFormat::HalfAMillion,
        ][..],
    )
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The parts a planted sentence is built from, before it is written.
#[derive(Debug, Clone)]
struct Parts {
    template: Template,
    source: &'static str,
    qualifier: Qualifier,
    hedge: usize,
    subject: usize,
    noun: usize,
    predicate: usize,
    figure: (String, f64),
    /// The figure of a percentage, which is written as a share is.
    percent: (String, f64),
}

impl Parts {
    fn write(&self) -> PlantedClaim {
        let subject = &SUBJECTS[self.subject];
        let countable = matches!(subject.unit, Unit::PEOPLE | Unit::COUNT);
        let hedges = hedges(self.qualifier, countable);
        let hedge = hedges[self.hedge % hedges.len()];
        let noun = subject.nouns[self.noun % subject.nouns.len()];
        let (figure, value) = if subject.unit == Unit::PERCENT {
            &self.percent
        } else {
            &self.figure
        };
        let quantity = format!("{hedge}{figure} {noun}");
        let finite = subject.finite[self.predicate % subject.finite.len()];
        let participle = subject.participles[self.predicate % subject.participles.len()];
        let clause = format!("{quantity} {finite}");
        let source = self.source;
        let sentence = match self.template {
            Template::AccordingTo => format!("{}, according to {source}.", capitalize(&clause)),
            Template::AccordingToFirst => format!("According to {source}, {clause}."),
            Template::Said => format!("{} said {clause}.", capitalize(source)),
            Template::Documented => {
                format!(
                    "{} has documented {quantity} {participle}.",
                    capitalize(source)
                )
            }
            Template::ToldReporters => {
                format!("{}, {source} told reporters.", capitalize(&clause))
            }
            Template::Estimated => format!("{} estimated that {clause}.", capitalize(source)),
            Template::Unattributed => format!("{}.", capitalize(&clause)),
        };
        let kind = match self.template {
            Template::AccordingTo | Template::AccordingToFirst => AttributionKind::AccordingTo,
            Template::Unattributed => AttributionKind::Unattributed,
            _ => AttributionKind::ReportedSpeech,
        };
        PlantedClaim {
            sentence,
            figure: figure.clone(),
            value: Value::Number(*value),
            unit: subject.unit,
            qualifier: self.qualifier,
            source: (kind != AttributionKind::Unattributed).then(|| source.to_owned()),
            kind,
            template: self.template,
        }
    }
}

/// One planted sentence: any template, source, qualifier, subject and
/// number format.
pub fn planted_claim() -> impl Strategy<Value = PlantedClaim> {
    (
        select(&Template::ALL[..]),
        select(SOURCES),
        select(qualifiers()),
        (0..8usize, 0..SUBJECTS.len(), 0..8usize, 0..8usize),
        number_format().prop_flat_map(figure),
        percentage(),
    )
        .prop_map(
            |(template, source, qualifier, (hedge, subject, noun, predicate), figure, percent)| {
                Parts {
                    template,
                    source,
                    qualifier,
                    hedge,
                    subject,
                    noun,
                    predicate,
                    figure,
                    percent,
                }
                .write()
            },
        )
}

/// A paragraph: the planted sentence with up to one neutral sentence before
/// and after it; and the sentence's `char` span in it.
fn paragraph() -> impl Strategy<Value = (String, Span, PlantedClaim)> {
    (
        proptest::option::of(select(NEUTRAL_SENTENCES)),
        planted_claim(),
        proptest::option::of(select(NEUTRAL_SENTENCES)),
    )
        .prop_map(|(before, claim, after)| {
            let mut text = String::new();
            if let Some(before) = before {
                text.push_str(before);
                text.push(' ');
            }
            let start = text.chars().count();
            text.push_str(&claim.sentence);
            let span = Span {
                start,
                end: start + claim.sentence.chars().count(),
            };
            if let Some(after) = after {
                text.push(' ');
                text.push_str(after);
            }
            (text, span, claim)
        })
}

/// A planted sentence between neutral sentences, as a text of its own.
pub fn standalone() -> impl Strategy<Value = Planted> {
    paragraph().prop_map(|(text, span, claim)| Planted {
        text,
        span,
        claim,
        article: None,
    })
}

/// A planted paragraph inserted into one of `articles` at a paragraph
/// boundary, with the article's gold remapped. Insertions that would make
/// the gold ambiguous are rejected.
///
/// # Panics
///
/// When `articles` is empty.
pub fn planted_in(articles: Vec<Arc<Article>>) -> impl Strategy<Value = Planted> {
    (select(articles), 0..64usize, paragraph()).prop_filter_map(
        "the gold stays exact",
        |(article, at, (paragraph, span, claim))| {
            let edit = Edit::InsertParagraph {
                at,
                text: paragraph.clone(),
            };
            let perturbed = perturb::apply(&article, &[edit]).ok()?;
            // The inserted paragraph is the one run of inserted characters
            // that spells it.
            let origins: Vec<bool> = (0..perturbed.article.text.chars().count())
                .map(|at| perturbed.map.origin(at).is_none())
                .collect();
            let start = perturbed
                .article
                .text
                .match_indices(&paragraph)
                .map(|(at, _)| perturbed.article.text[..at].chars().count())
                .find(|&start| origins[start])?;
            Some(Planted {
                text: perturbed.article.text.clone(),
                span: Span {
                    start: start + span.start,
                    end: start + span.end,
                },
                claim,
                article: Some(perturbed),
            })
        },
    )
}
