//! Per-claim results as JSON lines: one line per gold claim, per unmatched
//! extracted claim and per failed article, for people who want to join the
//! results with their own data rather than read aggregates.
//!
//! Every line is one JSON object with a `kind`; `docs/scorecard.md` lists
//! every kind and field. The first line is the `run`, naming what was
//! scored. Then, article by article in dataset order: a `gold` line for each
//! found gold claim (in gold order), then for each missed one, then a
//! `false_positive` line for each extracted claim that matches nothing and is
//! no distractor, a `distractor` line for each extracted claim whose figure
//! is a distractor, and a `failure` line if the extractor failed on the
//! article. This list of kinds may grow; readers should skip kinds and
//! fields they do not know.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::Scorecard;
use crate::bench::{DatasetInfo, ExtractedReport, ExtractorInfo, GoldReport, HitReport};
use crate::model::{DistractorReason, Layer};

/// The scorecard's per-claim results as JSON lines, each ending in a newline.
pub fn jsonl(scorecard: &Scorecard) -> String {
    let mut out = String::new();
    let mut line = |record: &Line<'_>| {
        out.push_str(&serde_json::to_string(record).expect("a record has string keys"));
        out.push('\n');
    };
    let layers = &scorecard.dataset.layers;
    line(&Line::Run {
        claimbench_version: &scorecard.claimbench_version,
        dataset: &scorecard.dataset,
        extractor: &scorecard.extractor,
    });
    let failures: BTreeMap<&str, &str> = scorecard
        .failures
        .iter()
        .map(|f| (f.article.as_str(), f.message.as_str()))
        .collect();
    for article in &scorecard.articles {
        let id = article.id.as_str();
        for hit in &article.hits {
            line(&Line::Gold {
                article: id,
                claim: &hit.gold.id,
                found: true,
                gold: &hit.gold,
                extracted: Some(&hit.extracted),
                right: Some(Right::of(hit, layers)),
            });
        }
        for miss in &article.misses {
            line(&Line::Gold {
                article: id,
                claim: &miss.id,
                found: false,
                gold: miss,
                extracted: None,
                right: None,
            });
        }
        for extracted in &article.false_positives {
            line(&Line::FalsePositive {
                article: id,
                extracted,
            });
        }
        for distractor in &article.distractors_reported {
            line(&Line::Distractor {
                article: id,
                extracted: &distractor.extracted,
                reason: distractor.reason,
            });
        }
        if let Some(message) = failures.get(id) {
            line(&Line::Failure {
                article: id,
                message,
            });
        }
    }
    out
}

/// One line of the output. The wire shape is documented in
/// `docs/scorecard.md`, not here, and may only grow.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Line<'a> {
    Run {
        claimbench_version: &'a str,
        dataset: &'a DatasetInfo,
        extractor: &'a ExtractorInfo,
    },
    Gold {
        article: &'a str,
        claim: &'a str,
        found: bool,
        gold: &'a GoldReport,
        extracted: Option<&'a ExtractedReport>,
        right: Option<Right>,
    },
    FalsePositive {
        article: &'a str,
        extracted: &'a ExtractedReport,
    },
    Distractor {
        article: &'a str,
        extracted: &'a ExtractedReport,
        reason: DistractorReason,
    },
    Failure {
        article: &'a str,
        message: &'a str,
    },
}

/// What a found claim's extracted claim got right; `None` where the dataset
/// does not annotate that layer.
#[derive(Serialize)]
struct Right {
    value: bool,
    unit: bool,
    qualifier: Option<bool>,
    attribution: Option<bool>,
    span: Option<bool>,
}

impl Right {
    fn of(hit: &HitReport, layers: &[Layer]) -> Right {
        let judged = |layer: Layer, right: bool| layers.contains(&layer).then_some(right);
        // A pair is only formed on equal value and unit (see `crate::score`).
        Right {
            value: true,
            unit: true,
            qualifier: judged(Layer::Qualifier, hit.judgement.qualifier_correct),
            attribution: judged(Layer::Attribution, hit.judgement.attribution_exact),
            span: judged(Layer::Spans, hit.judgement.located),
        }
    }
}
