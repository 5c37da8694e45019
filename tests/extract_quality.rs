//! The reference extractor on the bundled dataset, matched to the gold by
//! hand (value, unit and a figure inside an occurrence of the gold quote):
//! every gold claim found with the right value and unit, at least 90% with
//! the right attribution, no distractor reported, nothing at all for an
//! article without claims. Failures list every miss, one per line.

use claimbench::extract::{ExtractedClaim, ReferenceExtractor, Span};
use claimbench::score::normalize_source;
use claimbench::{Article, AttributionKind, Claim};

/// Relative tolerance on values, as in the annotation guide.
const TOLERANCE: f64 = 1e-5;

/// The share of found claims whose attribution must be right.
const ATTRIBUTION_FLOOR: f64 = 0.9;

/// The char spans of every occurrence of `quote` in `text`.
fn occurrences(text: &str, quote: &str) -> Vec<Span> {
    text.match_indices(quote)
        .map(|(at, _)| {
            let start = text[..at].chars().count();
            Span {
                start,
                end: start + quote.chars().count(),
            }
        })
        .collect()
}

/// The span of `figure` inside each occurrence of `quote`.
fn figure_spans(text: &str, quote: &str, figure: &str) -> Vec<Span> {
    let Some(offset) = quote.find(figure) else {
        return Vec::new();
    };
    let offset = quote[..offset].chars().count();
    occurrences(text, quote)
        .into_iter()
        .map(|quote| Span {
            start: quote.start + offset,
            end: quote.start + offset + figure.chars().count(),
        })
        .collect()
}

fn span(claim: &ExtractedClaim) -> Span {
    claim.figure.span()
}

/// The extracted claim that states `gold`: same value and unit, figure
/// inside an occurrence of the gold quote.
fn find<'e>(text: &str, gold: &Claim, extracted: &'e [ExtractedClaim]) -> Option<&'e ExtractedClaim> {
    let quotes = occurrences(text, &gold.quote);
    extracted.iter().find(|claim| {
        claim.value.approx_eq(&gold.value, TOLERANCE)
            && claim.unit == gold.unit
            && quotes.iter().any(|quote| quote.overlaps(&span(claim)))
    })
}

fn attribution_right(gold: &Claim, claim: &ExtractedClaim) -> bool {
    if gold.attribution.kind == AttributionKind::Unattributed {
        return claim.attribution.kind == AttributionKind::Unattributed;
    }
    let Some(text) = &claim.attribution.text else {
        return false;
    };
    let text = normalize_source(text);
    gold.attribution
        .source
        .iter()
        .chain(&gold.attribution.aliases)
        .any(|name| normalize_source(name) == text)
}

fn describe(claim: &ExtractedClaim) -> String {
    format!(
        "`{}` at {}..{} = {} {} {} ({:?} {:?})",
        claim.figure.text,
        claim.figure.start,
        claim.figure.end,
        claim.value,
        claim.unit,
        claim.qualifier,
        claim.attribution.kind,
        claim.attribution.text.as_deref().unwrap_or("-"),
    )
}

/// What went wrong on one article, one line each.
#[derive(Default)]
struct Report {
    misses: Vec<String>,
    found: usize,
    attributed: usize,
}

fn check(article: &Article, report: &mut Report) {
    let extracted = ReferenceExtractor::new().extract_text(&article.text);
    let id = &article.id;
    if article.claims.is_empty() {
        for claim in &extracted {
            report
                .misses
                .push(format!("{id}: extracted {} from an article with no claims", describe(claim)));
        }
    }
    for gold in &article.claims {
        match find(&article.text, gold, &extracted) {
            Some(claim) => {
                report.found += 1;
                if attribution_right(gold, claim) {
                    report.attributed += 1;
                } else {
                    report.misses.push(format!(
                        "{id}#{}: attribution {:?} {:?}, gold {:?} {:?} {:?} (not fatal below the floor)",
                        gold.id,
                        claim.attribution.kind,
                        claim.attribution.text,
                        gold.attribution.kind,
                        gold.attribution.source,
                        gold.attribution.aliases,
                    ));
                }
            }
            None => {
                let nearby: Vec<String> = extracted
                    .iter()
                    .filter(|claim| {
                        occurrences(&article.text, &gold.quote)
                            .iter()
                            .any(|quote| quote.overlaps(&span(claim)))
                    })
                    .map(describe)
                    .collect();
                report.misses.push(format!(
                    "{id}#{}: not found: `{}` = {} {}; extracted in the quote: [{}]",
                    gold.id,
                    gold.quote,
                    gold.value,
                    gold.unit,
                    nearby.join("; ")
                ));
            }
        }
    }
    for distractor in &article.distractors {
        for figure in figure_spans(&article.text, &distractor.quote, &distractor.figure) {
            for claim in extracted.iter().filter(|claim| span(claim).overlaps(&figure)) {
                report.misses.push(format!(
                    "{id}: reported the {:?} distractor `{}` as {}",
                    distractor.reason,
                    distractor.quote,
                    describe(claim)
                ));
            }
        }
    }
}

#[test]
fn the_reference_extractor_finds_the_bundled_gold() {
    let dataset = claimbench::dataset();
    let mut report = Report::default();
    for article in &dataset.articles {
        check(article, &mut report);
    }
    let gold: usize = dataset.articles.iter().map(|a| a.claims.len()).sum();
    let fatal: Vec<&String> = report
        .misses
        .iter()
        .filter(|miss| !miss.ends_with("(not fatal below the floor)"))
        .collect();
    let attribution = report.attributed as f64 / report.found.max(1) as f64;
    let summary = format!(
        "found {}/{gold} gold claims; attribution right on {}/{} ({:.0}%)\n{}",
        report.found,
        report.attributed,
        report.found,
        attribution * 100.0,
        report.misses.join("\n")
    );
    assert!(fatal.is_empty(), "{summary}");
    assert_eq!(report.found, gold, "{summary}");
    assert!(attribution >= ATTRIBUTION_FLOOR, "{summary}");
}
