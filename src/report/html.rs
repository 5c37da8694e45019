//! The scorecard as one self-contained HTML page: the summary, a legend,
//! then every article's text with the gold claims, the extracted claims and
//! the distractors highlighted, and the conflict groups.
//!
//! The page loads nothing (no scripts, fonts or style sheets from anywhere):
//! its style is inline, and the "only articles with errors" filter is a
//! checkbox read by CSS, so it works offline and with scripts off. Every
//! highlight is a `<mark>` with a `data-kind` (one of [`Kind`]'s names) and,
//! for a gold claim, `data-gold="ARTICLE#CLAIM"`; each can take keyboard
//! focus, and shows the gold and extracted value, unit, qualifier and
//! attribution on hover and on focus. Each kind has its own border style
//! and symbol as well as its colour, so the page reads without colour.

use std::fmt::Write as _;

use super::{ratio, short_hash};
use crate::bench::{ArticleReport, ExtractedReport, Scorecard};
use crate::dataset::Dataset;
use crate::export::locate;
use crate::extract::Span;
use crate::model::{Article, AttributionKind, Claim, Verdict};
use crate::score::Metrics;

/// What a highlight shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A gold claim found with its value, unit and attribution.
    Matched,
    /// A gold claim found, with the attribution wrong.
    AttributionWrong,
    /// A gold claim whose figure the extractor reported with another value
    /// or unit: an unmatched extracted claim overlaps its quote.
    ValueWrong,
    /// A gold claim not found.
    Missed,
    /// An extracted claim that matches no gold claim.
    FalsePositive,
    /// An extracted claim whose figure is a distractor.
    DistractorReported,
    /// A numeral that is not a claim, left alone by the extractor.
    Distractor,
}

impl Kind {
    const ALL: [Kind; 7] = [
        Kind::Matched,
        Kind::AttributionWrong,
        Kind::ValueWrong,
        Kind::Missed,
        Kind::FalsePositive,
        Kind::DistractorReported,
        Kind::Distractor,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::Matched => "matched",
            Kind::AttributionWrong => "attribution-wrong",
            Kind::ValueWrong => "value-wrong",
            Kind::Missed => "missed",
            Kind::FalsePositive => "false-positive",
            Kind::DistractorReported => "distractor-reported",
            Kind::Distractor => "distractor",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Matched => "matched",
            Kind::AttributionWrong => "attribution wrong",
            Kind::ValueWrong => "value or unit wrong",
            Kind::Missed => "missed",
            Kind::FalsePositive => "false positive",
            Kind::DistractorReported => "distractor reported",
            Kind::Distractor => "distractor",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Kind::Matched => "a gold claim found with the right value, unit and attribution",
            Kind::AttributionWrong => "a gold claim found, but attributed to the wrong source",
            Kind::ValueWrong => "a gold claim whose figure was reported with another value or unit",
            Kind::Missed => "a gold claim the extractor did not report",
            Kind::FalsePositive => "an extracted claim that matches no gold claim",
            Kind::DistractorReported => {
                "an extracted claim on a numeral that is not a claim (a date, a year, an id)"
            }
            Kind::Distractor => "a numeral that is not a claim, rightly left alone",
        }
    }
}

/// The style sheet: colour, and for reading without it a border style and
/// a symbol per kind.
const STYLE: &str = r#"
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #111; background: #fff; }
table { border-collapse: collapse; }
th, td { padding: .2rem .6rem; border-bottom: 1px solid #ccc; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.text { white-space: pre-wrap; border: 1px solid #ccc; padding: .8rem; position: relative; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; position: relative; }
mark:focus { outline: 3px solid #1a4fd0; outline-offset: 1px; }
mark::before { font-size: .75em; font-weight: bold; padding-right: 1px; }
mark .tip { display: none; position: absolute; z-index: 10; left: 0; top: 100%; min-width: 18rem; max-width: 28rem; white-space: normal; background: #222; color: #fff; padding: .4rem .6rem; border-radius: 4px; font-size: .85rem; line-height: 1.35; }
mark:hover:not(:has(mark:hover)) > .tip, mark:focus > .tip { display: block; }
.matched { background: #c8efc8; border: 1px solid #1e7a1e; }
.matched::before { content: "\2713"; }
.attribution-wrong { background: #fff1b3; border: 2px solid #8a6d00; text-decoration: underline wavy #8a6d00; }
.attribution-wrong::before { content: "@?"; }
.value-wrong { background: #ffd8a8; border: 3px double #a64b00; }
.value-wrong::before { content: "\2260"; }
.missed { background: #ffc9c9; border: 2px dashed #b00020; }
.missed::before { content: "\2717"; }
.false-positive { background: #d7d0ff; border: 2px dotted #4b2bb5; }
.false-positive::before { content: "+"; }
.distractor-reported { background: #f3c4ec; border: 2px dotted #8b1277; text-decoration: line-through; }
.distractor-reported::before { content: "!"; }
.distractor { background: transparent; border-bottom: 1px dotted #666; border-radius: 0; }
.distractor::before { content: "\00b7"; }
.legend li { margin: .3rem 0; }
.filter { display: inline-block; margin: 1rem 0 1rem .4rem; font-weight: bold; }
#errors-only:checked ~ main .clean { display: none; }
.meta { color: #444; font-size: .9rem; }
.failed { color: #b00020; font-weight: bold; }
"#;

/// The scorecard of `dataset` as one HTML page, ending in a newline.
///
/// `dataset` must be the dataset the scorecard was made on (or a share of
/// it): articles of the scorecard it does not hold are listed without text.
pub fn html(scorecard: &Scorecard, dataset: &Dataset) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = format!(
        "claimbench: {} {} on {} {}",
        scorecard.extractor.name,
        scorecard.extractor.version,
        scorecard.dataset.name,
        scorecard.dataset.version
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    summary(&mut out, scorecard, &title);
    legend(&mut out);
    out.push_str(
        "<input type=\"checkbox\" id=\"errors-only\">\
         <label class=\"filter\" for=\"errors-only\">Show only articles with errors</label>\n\
         <main id=\"articles\">\n",
    );
    let mut tips = 0;
    for report in &scorecard.articles {
        article(&mut out, report, dataset.article(&report.id), &mut tips);
    }
    out.push_str("</main>\n");
    conflicts(&mut out, scorecard, dataset);
    out.push_str("</body>\n</html>\n");
    out
}

fn summary(out: &mut String, scorecard: &Scorecard, title: &str) {
    let c = &scorecard.counts;
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">Dataset hash <code>{}</code>, claimbench {}. \
         {} articles, {} gold claims, {} extracted, {} found, {} distractors reported.</p>\n</header>",
        escape(title),
        escape(short_hash(&scorecard.dataset.content_hash)),
        escape(&scorecard.claimbench_version),
        scorecard.dataset.articles,
        c.gold,
        c.extracted,
        c.found,
        c.distractors_reported,
    );
    out.push_str(
        "<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n<thead><tr><th scope=\"col\"></th>\
         <th scope=\"col\">precision</th><th scope=\"col\">recall</th><th scope=\"col\">F1</th>\
         <th scope=\"col\">located F1</th><th scope=\"col\">strict F1</th>\
         <th scope=\"col\">attribution</th><th scope=\"col\">qualifier</th></tr></thead>\n<tbody>\n",
    );
    metrics_row(out, "micro", &scorecard.micro);
    metrics_row(out, "macro", &scorecard.macro_average);
    for (unit, score) in &scorecard.by_unit {
        metrics_row(out, &unit.to_string(), &score.metrics);
    }
    out.push_str("</tbody>\n</table>\n");
    let conflicts = &scorecard.conflicts;
    let _ = writeln!(
        out,
        "<p>Conflicts: precision {}, recall {} ({} of {} expected pairs flagged with their verdict, {} flags).</p>",
        ratio(conflicts.precision),
        ratio(conflicts.recall),
        conflicts.correct,
        conflicts.expected,
        conflicts.flagged,
    );
    if !scorecard.failures.is_empty() {
        out.push_str("<h3>Failures</h3>\n<ul>\n");
        for failure in &scorecard.failures {
            let _ = writeln!(
                out,
                "<li><a href=\"#article-{}\">{}</a>: {}</li>",
                escape(&failure.article),
                escape(&failure.article),
                escape(&failure.message)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn metrics_row(out: &mut String, label: &str, m: &Metrics) {
    let _ = writeln!(
        out,
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        escape(label),
        ratio(m.lenient.precision),
        ratio(m.lenient.recall),
        ratio(m.lenient.f1),
        ratio(m.located.f1),
        ratio(m.strict.f1),
        ratio(m.attribution_exact),
        ratio(m.qualifier_accuracy),
    );
}

fn legend(out: &mut String) {
    out.push_str("<section id=\"legend\" class=\"legend\">\n<h2>Legend</h2>\n<ul>\n");
    for kind in Kind::ALL {
        let _ = writeln!(
            out,
            "<li><mark class=\"{0}\" data-legend=\"{0}\">{1}</mark> {2}</li>",
            kind.name(),
            kind.label(),
            kind.description()
        );
    }
    out.push_str(
        "</ul>\n<p>Hover over a highlight, or move to it with the Tab key, to see the gold \
         and extracted value, unit, qualifier and attribution.</p>\n</section>\n",
    );
}

/// One highlight to draw: a range of chars, and its mark.
struct Highlight {
    span: Span,
    kind: Kind,
    /// `ARTICLE#CLAIM` for a gold claim.
    gold: Option<String>,
    /// The hover and focus text, as lines.
    tip: Vec<String>,
}

fn article(out: &mut String, report: &ArticleReport, gold: Option<&Article>, tips: &mut usize) {
    let errors = report.failed
        || !report.misses.is_empty()
        || !report.false_positives.is_empty()
        || !report.distractors_reported.is_empty()
        || !report.rejected.is_empty()
        || report.hits.iter().any(|hit| !hit.judgement.strict());
    let class = if errors { "has-errors" } else { "clean" };
    let id = escape(&report.id);
    let c = &report.counts;
    let _ = writeln!(
        out,
        "<article class=\"article {class}\" id=\"article-{id}\" data-article=\"{id}\">\n<h2>{id}</h2>\n\
         <p class=\"meta\">{} gold claims, {} found, {} missed, {} extracted, {} false positives, \
         {} distractors reported.{}</p>",
        c.gold,
        c.found,
        report.misses.len(),
        c.extracted,
        report.false_positives.len() + report.rejected.len(),
        report.distractors_reported.len(),
        if report.failed {
            " <span class=\"failed\">The extractor failed on this article.</span>"
        } else {
            ""
        }
    );
    let Some(gold) = gold else {
        out.push_str(
            "<p>This article is not in the dataset given to the report.</p>\n</article>\n",
        );
        return;
    };
    let (highlights, unlocated) = highlights(report, gold);
    out.push_str("<div class=\"text\">");
    render_text(out, &gold.text, highlights, tips);
    out.push_str("</div>\n");
    if !unlocated.is_empty() {
        out.push_str("<p>Extracted claims without a position in the text:</p>\n<ul>\n");
        for (kind, lines) in unlocated {
            let _ = writeln!(
                out,
                "<li><mark class=\"{}\" data-kind=\"{}\">{}</mark> {}</li>",
                kind.name(),
                kind.name(),
                kind.label(),
                escape(&lines.join("; "))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n");
}

/// Every highlight of one article, and the extracted claims that have no
/// span to highlight (with their kind and description).
fn highlights(
    report: &ArticleReport,
    gold: &Article,
) -> (Vec<Highlight>, Vec<(Kind, Vec<String>)>) {
    let mut highlights = Vec::new();
    let mut unlocated = Vec::new();
    let extracted_span = |e: &ExtractedReport| {
        e.start.map(|start| Span {
            start,
            end: start + e.figure.chars().count(),
        })
    };
    // False positives whose figure lies in a missed claim's quote are that
    // claim's figure with another value or unit: drawn with the claim.
    let mut paired = vec![false; report.false_positives.len()];
    for claim in &gold.claims {
        let hit = report.hits.iter().find(|hit| hit.gold.id == claim.id);
        let spans = occurrences(&gold.text, &claim.quote);
        let mut tip = vec![gold_line(claim)];
        let kind = match hit {
            Some(hit) => {
                tip.push(extracted_line(&hit.extracted));
                tip.push(format!(
                    "qualifier {}, attribution {}",
                    if hit.judgement.qualifier_correct {
                        "right"
                    } else {
                        "wrong"
                    },
                    if hit.judgement.attribution_exact {
                        "right"
                    } else {
                        "wrong"
                    },
                ));
                if hit.judgement.attribution_exact {
                    Kind::Matched
                } else {
                    Kind::AttributionWrong
                }
            }
            None => {
                let mut kind = Kind::Missed;
                for (i, fp) in report.false_positives.iter().enumerate() {
                    if let Some(span) = extracted_span(fp)
                        && spans.iter().any(|quote| quote.overlaps(&span))
                    {
                        paired[i] = true;
                        kind = Kind::ValueWrong;
                        tip.push(extracted_line(fp));
                    }
                }
                if kind == Kind::Missed {
                    tip.push("not extracted".to_owned());
                }
                kind
            }
        };
        tip.insert(0, kind.label().to_owned());
        for span in spans {
            highlights.push(Highlight {
                span,
                kind,
                gold: Some(format!("{}#{}", gold.id, claim.id)),
                tip: tip.clone(),
            });
        }
    }
    let mut reported_distractors = Vec::new();
    for reported in &report.distractors_reported {
        let tip = vec![
            Kind::DistractorReported.label().to_owned(),
            format!("not a claim: {}", reported.reason),
            extracted_line(&reported.extracted),
        ];
        match extracted_span(&reported.extracted) {
            Some(span) => {
                reported_distractors.push(span);
                highlights.push(Highlight {
                    span,
                    kind: Kind::DistractorReported,
                    gold: None,
                    tip,
                });
            }
            None => unlocated.push((Kind::DistractorReported, tip[1..].to_vec())),
        }
    }
    for (i, fp) in report.false_positives.iter().enumerate() {
        if paired[i] {
            continue;
        }
        let tip = vec![Kind::FalsePositive.label().to_owned(), extracted_line(fp)];
        match extracted_span(fp) {
            Some(span) => highlights.push(Highlight {
                span,
                kind: Kind::FalsePositive,
                gold: None,
                tip,
            }),
            None => unlocated.push((Kind::FalsePositive, tip[1..].to_vec())),
        }
    }
    // Claims that could not be read (a unit outside the language pack) are
    // false positives too: drawn as such, with why they were rejected.
    for rejected in &report.rejected {
        let tip = vec![
            Kind::FalsePositive.label().to_owned(),
            format!(
                "extracted #{} \u{201c}{}\u{201d}, rejected: {}",
                rejected.index, rejected.figure, rejected.reason
            ),
        ];
        match rejected.start {
            Some(start) => highlights.push(Highlight {
                span: Span {
                    start,
                    end: start + rejected.figure.chars().count(),
                },
                kind: Kind::FalsePositive,
                gold: None,
                tip,
            }),
            None => unlocated.push((Kind::FalsePositive, tip[1..].to_vec())),
        }
    }
    for distractor in &gold.distractors {
        let Some(at) = locate(&distractor.quote, &distractor.quote, &distractor.figure) else {
            continue;
        };
        for quote in occurrences(&gold.text, &distractor.quote) {
            let span = Span {
                start: quote.start + at.figure_chars.0,
                end: quote.start + at.figure_chars.1,
            };
            if reported_distractors.iter().any(|r| r.overlaps(&span)) {
                continue;
            }
            highlights.push(Highlight {
                span,
                kind: Kind::Distractor,
                gold: None,
                tip: vec![
                    Kind::Distractor.label().to_owned(),
                    format!("not a claim: {}", distractor.reason),
                ],
            });
        }
    }
    (highlights, unlocated)
}

/// The char spans of every appearance of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    let mut spans = Vec::new();
    let mut chars_before = 0;
    let mut last = 0;
    for (at, found) in text.match_indices(needle) {
        chars_before += text[last..at].chars().count();
        let len = found.chars().count();
        spans.push(Span {
            start: chars_before,
            end: chars_before + len,
        });
        chars_before += len;
        last = at + found.len();
    }
    spans
}

fn gold_line(claim: &Claim) -> String {
    let attribution = match (&claim.attribution.kind, &claim.attribution.source) {
        (AttributionKind::Unattributed, _) | (_, None) => "unattributed".to_owned(),
        (kind, Some(source)) => format!("{source} ({})", kind_name(*kind)),
    };
    format!(
        "gold {}: value {}, unit {}, qualifier {}, attribution {attribution}",
        claim.id, claim.value, claim.unit, claim.qualifier
    )
}

fn extracted_line(extracted: &ExtractedReport) -> String {
    format!(
        "extracted #{} \u{201c}{}\u{201d}: value {}, unit {}, qualifier {}, attribution {}",
        extracted.index,
        extracted.figure,
        extracted.value,
        extracted.unit,
        extracted.qualifier,
        extracted.attribution.as_deref().unwrap_or("unattributed")
    )
}

fn kind_name(kind: AttributionKind) -> &'static str {
    match kind {
        AttributionKind::DirectQuote => "direct quote",
        AttributionKind::ReportedSpeech => "reported speech",
        AttributionKind::AccordingTo => "according to",
        AttributionKind::StatisticsProvided => "statistics provided",
        AttributionKind::Unattributed => "unattributed",
    }
}

/// Writes `text` with its highlights as properly nested `<mark>`s. Longer
/// spans enclose the shorter ones they contain; a span that crosses the end
/// of an enclosing one is cut there, so the markup always nests.
fn render_text(out: &mut String, text: &str, mut highlights: Vec<Highlight>, tips: &mut usize) {
    highlights.retain(|h| h.span.end > h.span.start);
    highlights.sort_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
    // Byte offset of every char boundary, so spans index the text directly.
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .collect();
    let byte = |char_offset: usize| bounds[char_offset.min(bounds.len() - 1)];
    // Each open mark: where it ends, what it is, and its tip's number.
    let mut open: Vec<(usize, &Highlight, usize)> = Vec::new();
    let mut written = 0;
    let close = |out: &mut String, written: &mut usize, end: usize, h: &Highlight, tip: usize| {
        out.push_str(&escape(&text[byte(*written)..byte(end)]));
        *written = end;
        let lines: Vec<String> = h.tip.iter().map(|line| escape(line)).collect();
        let _ = write!(
            out,
            "<span class=\"tip\" role=\"tooltip\" id=\"tip-{tip}\">{}</span></mark>",
            lines.join("<br>")
        );
    };
    for h in &highlights {
        while let Some(&(end, top, tip)) = open.last() {
            if end > h.span.start {
                break;
            }
            close(out, &mut written, end, top, tip);
            open.pop();
        }
        out.push_str(&escape(&text[byte(written)..byte(h.span.start)]));
        written = h.span.start;
        let end = open
            .last()
            .map_or(h.span.end, |&(outer, _, _)| h.span.end.min(outer));
        let gold = h
            .gold
            .as_deref()
            .map(|g| format!(" data-gold=\"{}\"", escape(g)))
            .unwrap_or_default();
        *tips += 1;
        let _ = write!(
            out,
            "<mark class=\"{0}\" data-kind=\"{0}\"{gold} tabindex=\"0\" aria-describedby=\"tip-{tips}\">",
            h.kind.name(),
        );
        open.push((end, h, *tips));
    }
    while let Some((end, top, tip)) = open.pop() {
        close(out, &mut written, end, top, tip);
    }
    out.push_str(&escape(&text[byte(written)..]));
}

fn conflicts(out: &mut String, scorecard: &Scorecard, dataset: &Dataset) {
    out.push_str("<section id=\"conflicts\">\n<h2>Conflict groups</h2>\n");
    if dataset.conflicts.is_empty() {
        out.push_str("<p>The dataset has no conflict groups.</p>\n");
    }
    let missed = &scorecard.conflicts.missed;
    for group in &dataset.conflicts {
        let _ = writeln!(
            out,
            "<section class=\"group\" id=\"group-{0}\">\n<h3>{0}: {1}</h3>\n<p>{2}</p>\n<p class=\"meta\">Measure: {3}</p>\n<ul>",
            escape(&group.id),
            match group.verdict {
                Verdict::Agree => "the figures agree",
                Verdict::Discrepancy => "a discrepancy",
                Verdict::Conflict => "a conflict",
            },
            escape(&group.explanation),
            escape(&group.measure),
        );
        for member in &group.claims {
            let quote = dataset
                .claim(member)
                .map(|claim| format!(": \u{201c}{}\u{201d}", claim.quote))
                .unwrap_or_default();
            let unflagged = missed
                .iter()
                .any(|pair| pair.a == *member || pair.b == *member);
            let _ = writeln!(
                out,
                "<li><a href=\"#article-{}\">{}</a>{}{}</li>",
                escape(&member.article),
                escape(&member.to_string()),
                escape(&quote),
                if unflagged {
                    " (a pair with this claim was not flagged)"
                } else {
                    ""
                }
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</section>\n");
}

/// Escapes text for HTML content and double-quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlight(start: usize, end: usize, kind: Kind) -> Highlight {
        Highlight {
            span: Span { start, end },
            kind,
            gold: None,
            tip: vec![kind.label().to_owned()],
        }
    }

    fn rendered(text: &str, highlights: Vec<Highlight>) -> String {
        let mut out = String::new();
        render_text(&mut out, text, highlights, &mut 0);
        out
    }

    #[test]
    fn nested_spans_nest_and_crossing_spans_are_cut() {
        let out = rendered(
            "ab cd ef",
            vec![
                highlight(0, 5, Kind::Missed),
                highlight(3, 8, Kind::FalsePositive),
            ],
        );
        assert_eq!(
            out,
            "<mark class=\"missed\" data-kind=\"missed\" tabindex=\"0\" aria-describedby=\"tip-1\">ab \
             <mark class=\"false-positive\" data-kind=\"false-positive\" tabindex=\"0\" aria-describedby=\"tip-2\">cd\
             <span class=\"tip\" role=\"tooltip\" id=\"tip-2\">false positive</span></mark>\
             <span class=\"tip\" role=\"tooltip\" id=\"tip-1\">missed</span></mark> ef"
        );
    }

    #[test]
    fn text_is_escaped_and_offsets_count_chars() {
        let out = rendered("é <b> 12", vec![highlight(6, 8, Kind::Matched)]);
        assert!(
            out.starts_with("é &lt;b&gt; <mark class=\"matched\""),
            "{out}"
        );
        assert!(out.contains(">12<span"), "{out}");
    }

    #[test]
    fn occurrences_are_counted_in_chars() {
        assert_eq!(
            occurrences("é 5 and é 5", "é 5"),
            vec![Span { start: 0, end: 3 }, Span { start: 8, end: 11 }]
        );
    }
}
