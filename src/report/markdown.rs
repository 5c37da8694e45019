//! The scorecard as GitHub-flavoured Markdown, for a pull-request comment.

use std::fmt::Write as _;

use super::{Annotated, NOT_ANNOTATED_CELL, cell, not_annotated, ratio, short_hash};
use crate::Scorecard;
use crate::model::Layer;
use crate::score::Metrics;

/// A heading naming what was scored, a metrics table (micro, macro, per
/// unit), a per-article table, and with `show_misses` a list of misses.
pub fn markdown(scorecard: &Scorecard, show_misses: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### claimbench: `{}` {} on {} {}\n",
        scorecard.extractor.name,
        scorecard.extractor.version,
        scorecard.dataset.name,
        scorecard.dataset.version
    );
    let distractors = if scorecard.dataset.annotates(Layer::Distractors) {
        scorecard.counts.distractors_reported.to_string()
    } else {
        NOT_ANNOTATED_CELL.to_owned()
    };
    let _ = writeln!(
        out,
        "Dataset hash `{}`, claimbench {}. {} articles, {} gold claims, {} extracted, {distractors} distractors reported.\n",
        short_hash(&scorecard.dataset.content_hash),
        scorecard.claimbench_version,
        scorecard.dataset.articles,
        scorecard.counts.gold,
        scorecard.counts.extracted,
    );
    if let Some(line) = not_annotated(&scorecard.dataset) {
        let _ = writeln!(out, "{line}.\n");
    }
    let annotated = Annotated::of(&scorecard.dataset);
    let header = "| | precision | recall | F1 | located F1 | strict F1 | attribution | qualifier |\n\
                  | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
    let _ = writeln!(out, "{header}");
    row(&mut out, "**micro**", &scorecard.micro, annotated);
    row(&mut out, "**macro**", &scorecard.macro_average, annotated);
    for (unit, score) in &scorecard.by_unit {
        row(&mut out, &format!("`{unit}`"), &score.metrics, annotated);
    }
    let value = &scorecard.micro.value;
    let _ = writeln!(
        out,
        "\nOn value alone, units ignored: precision {}, recall {}, F1 {}.",
        ratio(value.precision),
        ratio(value.recall),
        ratio(value.f1)
    );
    let conflicts = &scorecard.conflicts;
    if scorecard.dataset.annotates(Layer::Conflicts) {
        let _ = writeln!(
            out,
            "\nConflicts: precision {}, recall {} ({} of {} expected pairs flagged with their verdict, {} flags).",
            ratio(conflicts.precision),
            ratio(conflicts.recall),
            conflicts.correct,
            conflicts.expected,
            conflicts.flagged,
        );
    } else {
        let _ = writeln!(out, "\nConflicts: not annotated.");
    }
    let _ = writeln!(out, "\n<details><summary>Per article</summary>\n\n{header}");
    for article in &scorecard.articles {
        let label = if article.failed {
            format!("`{}` ⚠ failed", article.id)
        } else {
            format!("`{}`", article.id)
        };
        row(&mut out, &label, &article.metrics, annotated);
    }
    let _ = writeln!(out, "\n</details>");
    if !scorecard.failures.is_empty() {
        let _ = writeln!(out, "\n**Failures**\n");
        for failure in &scorecard.failures {
            let _ = writeln!(
                out,
                "- `{}`: {}",
                failure.article,
                failure.message.replace('\n', " ")
            );
        }
    }
    if show_misses {
        let listing = scorecard.misses_listing();
        if !listing.is_empty() {
            let _ = writeln!(
                out,
                "\n<details><summary>Misses</summary>\n\n```text\n{listing}```\n\n</details>"
            );
        } else {
            let _ = writeln!(out, "\n{}.", crate::bench::NO_MISSES);
        }
    }
    out
}

fn row(out: &mut String, label: &str, m: &Metrics, annotated: Annotated) {
    let _ = writeln!(
        out,
        "| {label} | {} | {} | {} | {} | {} | {} | {} |",
        ratio(m.lenient.precision),
        ratio(m.lenient.recall),
        ratio(m.lenient.f1),
        cell(m.located.f1, annotated.located),
        cell(m.strict.f1, annotated.strict),
        cell(m.attribution_exact, annotated.attribution),
        cell(m.qualifier_accuracy, annotated.qualifier),
    );
}
