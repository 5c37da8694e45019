//! The default report: a plain-text table for a terminal.

use std::fmt::Write as _;

use super::{Annotated, NOT_ANNOTATED_CELL, cell, not_annotated, ratio, short_hash};
use crate::Scorecard;
use crate::model::Layer;
use crate::score::Metrics;

/// The scorecard as aligned text: a header naming what was scored, the micro
/// and macro metrics, one row per unit and per article, and with
/// `show_misses` every miss, false positive and distractor reported.
pub fn table(scorecard: &Scorecard, show_misses: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "claimbench {} · dataset {} {} ({}) · extractor {} {}",
        scorecard.claimbench_version,
        scorecard.dataset.name,
        scorecard.dataset.version,
        short_hash(&scorecard.dataset.content_hash),
        scorecard.extractor.name,
        scorecard.extractor.version,
    );
    let c = &scorecard.counts;
    let distractors = if scorecard.dataset.annotates(Layer::Distractors) {
        c.distractors_reported.to_string()
    } else {
        NOT_ANNOTATED_CELL.to_owned()
    };
    let _ = writeln!(
        out,
        "{} articles · {} gold claims · {} extracted · {} found · {distractors} distractors reported",
        scorecard.dataset.articles, c.gold, c.extracted, c.found
    );
    if let Some(line) = not_annotated(&scorecard.dataset) {
        let _ = writeln!(out, "{line}");
    }
    let annotated = Annotated::of(&scorecard.dataset);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<26} {:>6} {:>6} {:>6} {:>8} {:>8} {:>6} {:>6}",
        "", "P", "R", "F1", "loc. F1", "strict", "attr", "qual"
    );
    row(&mut out, "micro", &scorecard.micro, annotated);
    row(&mut out, "macro", &scorecard.macro_average, annotated);
    let _ = writeln!(out);
    for (unit, score) in &scorecard.by_unit {
        row(&mut out, &format!("unit {unit}"), &score.metrics, annotated);
    }
    let _ = writeln!(out);
    for article in &scorecard.articles {
        let label = if article.failed {
            format!("{} (failed)", article.id)
        } else {
            article.id.clone()
        };
        row(&mut out, &label, &article.metrics, annotated);
    }
    let _ = writeln!(
        out,
        "\nattribution partial credit {} · P, R, F1 on value and unit; loc. = span on the quote; \
         strict = value, unit, qualifier and attribution",
        cell(scorecard.micro.attribution_partial, annotated.attribution)
    );
    let value = &scorecard.micro.value;
    let _ = writeln!(
        out,
        "on value alone, units ignored: P {} · R {} · F1 {}",
        ratio(value.precision),
        ratio(value.recall),
        ratio(value.f1)
    );
    let conflicts = &scorecard.conflicts;
    if scorecard.dataset.annotates(Layer::Conflicts) {
        let _ = writeln!(
            out,
            "conflicts (default confidence): precision {} · recall {} · {} of {} expected pairs flagged with their verdict, {} flags; {} more pairs below it",
            ratio(conflicts.precision),
            ratio(conflicts.recall),
            conflicts.correct,
            conflicts.expected,
            conflicts.flagged,
            conflicts.beyond_default,
        );
    } else {
        let _ = writeln!(out, "conflicts: not annotated");
    }
    for failure in &scorecard.failures {
        let _ = writeln!(out, "failed on {}: {}", failure.article, failure.message);
    }
    if show_misses {
        let listing = scorecard.misses_listing();
        if !listing.is_empty() {
            let _ = writeln!(out, "\n{listing}");
        } else if conflicts.missed.is_empty() && conflicts.spurious.is_empty() {
            let _ = writeln!(out, "\n{}", crate::bench::NO_MISSES);
        }
        for pair in &conflicts.missed {
            let _ = writeln!(
                out,
                "conflict missed   {} ~ {} ({})",
                pair.a, pair.b, pair.verdict
            );
        }
        for pair in &conflicts.spurious {
            let _ = writeln!(
                out,
                "conflict spurious {} ~ {} ({})",
                pair.a, pair.b, pair.verdict
            );
        }
    }
    out
}

fn row(out: &mut String, label: &str, m: &Metrics, annotated: Annotated) {
    let _ = writeln!(
        out,
        "{:<26} {:>6} {:>6} {:>6} {:>8} {:>8} {:>6} {:>6}",
        label,
        ratio(m.lenient.precision),
        ratio(m.lenient.recall),
        ratio(m.lenient.f1),
        cell(m.located.f1, annotated.located),
        cell(m.strict.f1, annotated.strict),
        cell(m.attribution_exact, annotated.attribution),
        cell(m.qualifier_accuracy, annotated.qualifier),
    );
}
