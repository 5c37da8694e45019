//! How far two annotations of the same texts agree: what `claimbench agree`
//! reports, for measuring inter-annotator agreement and for a reviewer who
//! compares a contribution with a second reading.
//!
//! Articles are paired by id. Within an article:
//!
//! - **Claims** are matched as the scorer matches an extractor's claims to
//!   the gold ([`crate::score::score_article`], the first annotation in the
//!   role of the gold): equal value and unit, one to one, nearest quotes
//!   first. `value_unit_f1` is `2 * matched / (claims_a + claims_b)`. Among
//!   the matched pairs, the agreement on the qualifier, the attribution (the
//!   same kind and the same source, by [`crate::score::normalize_source`] or
//!   an alias) and the span (the two figures overlap in the text) are
//!   shares of the matched pairs.
//! - **Units** are compared over the pairs whose figures overlap in the text,
//!   whatever their values: the share of them with the same unit.
//! - **Distractors** are matched occurrence by occurrence (a distractor
//!   whose quote appears twice counts twice), one to one, when their figures
//!   overlap in the text: `distractor_f1` is
//!   `2 * matched / (distractors_a + distractors_b)`, and
//!   `distractor_reason` the share of matched pairs with the same reason.
//!
//! Every disagreement is listed with both readings, at the line and column
//! of the figure in the text, in text order: a figure one annotation makes a
//! claim and the other a distractor or nothing, a distractor only one has,
//! two claims on one figure that differ in a field, two distractors with
//! different reasons. Figures are located at every occurrence of their
//! quote, as the validator and the scorer locate them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::extract::{ExtractedAttribution, ExtractedClaim, ExtractedFigure};
use crate::fixture::diagnostic::position_of_byte;
use crate::model::{Article, Claim, Distractor};
use crate::score::{normalize_source, score_article};

/// The agreement of two annotations, per article and overall.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// Figures over every article both annotations hold with the same text.
    pub overall: Figures,
    /// Each article both hold with the same text, by id.
    pub articles: Vec<ArticleAgreement>,
    /// Articles that cannot be compared: in one annotation only, or with
    /// texts that differ.
    pub unpaired: Vec<Unpaired>,
}

/// The agreement on one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleAgreement {
    /// The article's id.
    pub article: String,
    /// Its figures.
    pub figures: Figures,
    /// Every disagreement, in text order.
    pub disagreements: Vec<Disagreement>,
}

/// Counts and the agreement computed from them. A share is `None` when
/// there is nothing to share out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// Claims of the first annotation.
    pub claims_a: usize,
    /// Claims of the second annotation.
    pub claims_b: usize,
    /// Claim pairs with equal value and unit.
    pub matched: usize,
    /// Matched pairs with the same qualifier.
    pub qualifier_agreed: usize,
    /// Matched pairs with the same attribution kind and source.
    pub attribution_agreed: usize,
    /// Matched pairs whose figures overlap in the text.
    pub span_agreed: usize,
    /// Claim pairs whose figures overlap, whatever their values.
    pub overlapping: usize,
    /// Overlapping pairs with the same unit.
    pub unit_agreed: usize,
    /// Occurrences of distractors in the first annotation.
    pub distractors_a: usize,
    /// Occurrences of distractors in the second annotation.
    pub distractors_b: usize,
    /// Distractor pairs whose figures overlap.
    pub distractors_matched: usize,
    /// Matched distractor pairs with the same reason.
    pub reason_agreed: usize,
    /// `2 * matched / (claims_a + claims_b)`.
    pub value_unit_f1: Option<f64>,
    /// `qualifier_agreed / matched`.
    pub qualifier: Option<f64>,
    /// `attribution_agreed / matched`.
    pub attribution: Option<f64>,
    /// `span_agreed / matched`.
    pub span: Option<f64>,
    /// `unit_agreed / overlapping`.
    pub unit: Option<f64>,
    /// `2 * distractors_matched / (distractors_a + distractors_b)`.
    pub distractor_f1: Option<f64>,
    /// `reason_agreed / distractors_matched`.
    pub distractor_reason: Option<f64>,
}

impl Figures {
    fn add(&mut self, other: &Figures) {
        self.claims_a += other.claims_a;
        self.claims_b += other.claims_b;
        self.matched += other.matched;
        self.qualifier_agreed += other.qualifier_agreed;
        self.attribution_agreed += other.attribution_agreed;
        self.span_agreed += other.span_agreed;
        self.overlapping += other.overlapping;
        self.unit_agreed += other.unit_agreed;
        self.distractors_a += other.distractors_a;
        self.distractors_b += other.distractors_b;
        self.distractors_matched += other.distractors_matched;
        self.reason_agreed += other.reason_agreed;
    }

    /// Fills the shares from the counts.
    fn compute(mut self) -> Figures {
        let share = |n: usize, d: usize| (d > 0).then(|| n as f64 / d as f64);
        self.value_unit_f1 = share(2 * self.matched, self.claims_a + self.claims_b);
        self.qualifier = share(self.qualifier_agreed, self.matched);
        self.attribution = share(self.attribution_agreed, self.matched);
        self.span = share(self.span_agreed, self.matched);
        self.unit = share(self.unit_agreed, self.overlapping);
        self.distractor_f1 = share(
            2 * self.distractors_matched,
            self.distractors_a + self.distractors_b,
        );
        self.distractor_reason = share(self.reason_agreed, self.distractors_matched);
        self
    }
}

/// An article that only one annotation has, or whose texts differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unpaired {
    /// The article's id.
    pub article: String,
    /// What is wrong.
    pub problem: String,
}

/// One point on which the two annotations differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    /// Line of the figure in the text, from 1.
    pub line: usize,
    /// Column of the figure in the text, from 1, in characters.
    pub column: usize,
    /// The figure as written (the first annotation's, when both have one).
    pub figure: String,
    /// What differs: `claim/none`, `claim/distractor`, `fields`, `reason`...
    pub kind: DisagreementKind,
    /// The first annotation's reading, or `-` when it has none.
    pub a: String,
    /// The second annotation's reading, or `-` when it has none.
    pub b: String,
}

/// What kind of disagreement it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    /// A claim in the first annotation, nothing on that figure in the second.
    ClaimOnlyInA,
    /// A claim in the second annotation, nothing on that figure in the first.
    ClaimOnlyInB,
    /// The first says claim, the second distractor.
    ClaimInADistractorInB,
    /// The first says distractor, the second claim.
    DistractorInAClaimInB,
    /// A distractor in the first annotation only.
    DistractorOnlyInA,
    /// A distractor in the second annotation only.
    DistractorOnlyInB,
    /// Claims on the same figure that differ in the fields named in the
    /// readings.
    ClaimsDiffer,
    /// Distractors on the same figure with different reasons.
    ReasonsDiffer,
    /// Distractors that divide a numeral differently: two in one
    /// annotation (`May 7`, `2015`) where the other has one (`May 7, 2015`).
    DistractorsSplit,
}

impl DisagreementKind {
    fn label(self) -> &'static str {
        match self {
            DisagreementKind::ClaimOnlyInA => "claim only in A",
            DisagreementKind::ClaimOnlyInB => "claim only in B",
            DisagreementKind::ClaimInADistractorInB => "claim in A, distractor in B",
            DisagreementKind::DistractorInAClaimInB => "distractor in A, claim in B",
            DisagreementKind::DistractorOnlyInA => "distractor only in A",
            DisagreementKind::DistractorOnlyInB => "distractor only in B",
            DisagreementKind::ClaimsDiffer => "claims differ",
            DisagreementKind::ReasonsDiffer => "reasons differ",
            DisagreementKind::DistractorsSplit => "distractors split differently",
        }
    }
}

/// Compares annotation `a` with annotation `b`.
pub fn agree(a: &Dataset, b: &Dataset) -> Agreement {
    let in_b: BTreeMap<&str, &Article> = b.articles.iter().map(|x| (x.id.as_str(), x)).collect();
    let mut unpaired = Vec::new();
    let mut articles = Vec::new();
    let mut overall = Figures::default();
    for article_a in &a.articles {
        let Some(article_b) = in_b.get(article_a.id.as_str()) else {
            unpaired.push(Unpaired {
                article: article_a.id.clone(),
                problem: "only in A".into(),
            });
            continue;
        };
        if article_a.text != article_b.text {
            unpaired.push(Unpaired {
                article: article_a.id.clone(),
                problem: format!(
                    "the texts differ (SHA-256 {} in A, {} in B)",
                    article_a.text_sha256, article_b.text_sha256
                ),
            });
            continue;
        }
        let compared = agree_article(article_a, article_b);
        overall.add(&compared.figures);
        articles.push(compared);
    }
    let in_a: std::collections::BTreeSet<&str> = a.articles.iter().map(|x| x.id.as_str()).collect();
    for article_b in &b.articles {
        if !in_a.contains(article_b.id.as_str()) {
            unpaired.push(Unpaired {
                article: article_b.id.clone(),
                problem: "only in B".into(),
            });
        }
    }
    Agreement {
        overall: overall.compute(),
        articles,
        unpaired,
    }
}

/// A figure of a claim or distractor at one occurrence of its quote, in
/// bytes of the text.
#[derive(Debug, Clone, Copy)]
struct Located {
    start: usize,
    end: usize,
}

impl Located {
    fn overlaps(&self, other: &Located) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Every occurrence of `figure` inside an occurrence of `quote`.
fn occurrences(text: &str, quote: &str, figure: &str) -> Vec<Located> {
    let Some(offset) = quote.find(figure) else {
        return Vec::new();
    };
    if quote.is_empty() {
        return Vec::new();
    }
    text.match_indices(quote)
        .map(|(at, _)| Located {
            start: at + offset,
            end: at + offset + figure.len(),
        })
        .collect()
}

fn overlaps_any(a: &[Located], b: &[Located]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x.overlaps(y)))
}

/// Compares the two annotations of one article.
pub fn agree_article(a: &Article, b: &Article) -> ArticleAgreement {
    let text = &a.text;
    let claims_a: Vec<Vec<Located>> = a
        .claims
        .iter()
        .map(|c| occurrences(text, &c.quote, &c.figure))
        .collect();
    let claims_b: Vec<Vec<Located>> = b
        .claims
        .iter()
        .map(|c| occurrences(text, &c.quote, &c.figure))
        .collect();
    let distractors_a: Vec<Vec<Located>> = a
        .distractors
        .iter()
        .map(|d| occurrences(text, &d.quote, &d.figure))
        .collect();
    let distractors_b: Vec<Vec<Located>> = b
        .distractors
        .iter()
        .map(|d| occurrences(text, &d.quote, &d.figure))
        .collect();

    // Claims as the scorer matches them, the first annotation as the gold.
    let as_extracted: Vec<ExtractedClaim> = b
        .claims
        .iter()
        .zip(&claims_b)
        .map(|(claim, at)| extracted(text, claim, at.first().copied()))
        .collect();
    let score = score_article(a, &as_extracted);
    let mut figures = Figures {
        claims_a: a.claims.len(),
        claims_b: b.claims.len(),
        ..Figures::default()
    };
    // One pair per claim of A: the scorer may pair several occurrences.
    let mut pair_of_a: BTreeMap<usize, usize> = BTreeMap::new();
    for &(e, g) in &score.matched {
        pair_of_a.entry(g).or_insert(e);
    }
    let mut paired_b = vec![false; b.claims.len()];
    for (&g, &e) in &pair_of_a {
        if paired_b[e] {
            continue;
        }
        paired_b[e] = true;
        figures.matched += 1;
        let (ca, cb) = (&a.claims[g], &b.claims[e]);
        figures.qualifier_agreed += usize::from(ca.qualifier == cb.qualifier);
        figures.attribution_agreed += usize::from(same_attribution(ca, cb));
        figures.span_agreed += usize::from(overlaps_any(&claims_a[g], &claims_b[e]));
    }

    let mut disagreements = Vec::new();
    let mut b_claim_seen = vec![false; b.claims.len()];
    for (i, claim) in a.claims.iter().enumerate() {
        let at = &claims_a[i];
        let overlapping: Vec<usize> = (0..b.claims.len())
            .filter(|&j| overlaps_any(at, &claims_b[j]))
            .collect();
        for &j in &overlapping {
            b_claim_seen[j] = true;
            figures.overlapping += 1;
            figures.unit_agreed += usize::from(claim.unit == b.claims[j].unit);
            let differences = claim_differences(claim, &b.claims[j]);
            if !differences.is_empty() {
                let (a_reading, b_reading) = differences.into_iter().fold(
                    (String::new(), String::new()),
                    |(mut ra, mut rb), (field, va, vb)| {
                        let sep = if ra.is_empty() { "" } else { "; " };
                        let _ = write!(ra, "{sep}{field}: {va}");
                        let _ = write!(rb, "{sep}{field}: {vb}");
                        (ra, rb)
                    },
                );
                disagreements.push(disagreement(
                    text,
                    at,
                    &claim.figure,
                    DisagreementKind::ClaimsDiffer,
                    format!("{}: {a_reading}", claim.id),
                    format!("{}: {b_reading}", b.claims[j].id),
                ));
            }
        }
        if overlapping.is_empty() {
            let distractor =
                (0..b.distractors.len()).find(|&j| overlaps_any(at, &distractors_b[j]));
            let (kind, b_reading) = match distractor {
                Some(j) => (
                    DisagreementKind::ClaimInADistractorInB,
                    distractor_reading(&b.distractors[j]),
                ),
                None => (DisagreementKind::ClaimOnlyInA, "-".to_owned()),
            };
            disagreements.push(disagreement(
                text,
                at,
                &claim.figure,
                kind,
                claim_reading(claim),
                b_reading,
            ));
        }
    }
    for (j, claim) in b.claims.iter().enumerate() {
        if b_claim_seen[j] {
            continue;
        }
        let at = &claims_b[j];
        let distractor = (0..a.distractors.len()).find(|&i| overlaps_any(at, &distractors_a[i]));
        let (kind, a_reading) = match distractor {
            Some(i) => (
                DisagreementKind::DistractorInAClaimInB,
                distractor_reading(&a.distractors[i]),
            ),
            None => (DisagreementKind::ClaimOnlyInB, "-".to_owned()),
        };
        disagreements.push(disagreement(
            text,
            at,
            &claim.figure,
            kind,
            a_reading,
            claim_reading(claim),
        ));
    }
    // Distractors occurrence by occurrence: a distractor whose quote appears
    // five times against five distractors of longer quotes is no split.
    let occurrences_of = |distractors: &[Vec<Located>]| -> Vec<(usize, Located)> {
        distractors
            .iter()
            .enumerate()
            .flat_map(|(i, at)| at.iter().map(move |&at| (i, at)))
            .collect()
    };
    let (occ_a, occ_b) = (
        occurrences_of(&distractors_a),
        occurrences_of(&distractors_b),
    );
    figures.distractors_a = occ_a.len();
    figures.distractors_b = occ_b.len();
    let mut b_matched = vec![false; occ_b.len()];
    for &(i, at) in &occ_a {
        let distractor = &a.distractors[i];
        let here = std::slice::from_ref(&at);
        let overlapping: Vec<usize> = (0..occ_b.len())
            .filter(|&k| occ_b[k].1.overlaps(&at))
            .collect();
        // One to one: a distractor of B that covers two of A (`May 7, 2015`
        // against `May 7` and `2015`) matches the first of them only.
        let free = overlapping.iter().copied().find(|&k| !b_matched[k]);
        match (free, overlapping.first()) {
            (Some(k), _) => {
                b_matched[k] = true;
                figures.distractors_matched += 1;
                let other = &b.distractors[occ_b[k].0];
                if distractor.reason == other.reason {
                    figures.reason_agreed += 1;
                } else {
                    disagreements.push(disagreement(
                        text,
                        here,
                        &distractor.figure,
                        DisagreementKind::ReasonsDiffer,
                        distractor_reading(distractor),
                        distractor_reading(other),
                    ));
                }
            }
            // Every distractor of B here already matched another of A.
            (None, Some(&k)) => disagreements.push(disagreement(
                text,
                here,
                &distractor.figure,
                DisagreementKind::DistractorsSplit,
                distractor_reading(distractor),
                distractor_reading(&b.distractors[occ_b[k].0]),
            )),
            (None, None) => {
                // A claim of B on this figure is listed from B's claims.
                let claimed_in_b = claims_b.iter().any(|c| overlaps_any(here, c));
                if !claimed_in_b {
                    disagreements.push(disagreement(
                        text,
                        here,
                        &distractor.figure,
                        DisagreementKind::DistractorOnlyInA,
                        distractor_reading(distractor),
                        "-".to_owned(),
                    ));
                }
            }
        }
    }
    for (k, &(j, at)) in occ_b.iter().enumerate() {
        let here = std::slice::from_ref(&at);
        // A claim of A on this figure is listed from A's claims.
        if b_matched[k] || claims_a.iter().any(|c| overlaps_any(here, c)) {
            continue;
        }
        let distractor = &b.distractors[j];
        let (kind, a_reading) = match occ_a.iter().find(|(_, a_at)| a_at.overlaps(&at)) {
            // It overlaps a distractor of A that matched another of B.
            Some(&(i, _)) => (
                DisagreementKind::DistractorsSplit,
                distractor_reading(&a.distractors[i]),
            ),
            None => (DisagreementKind::DistractorOnlyInB, "-".to_owned()),
        };
        disagreements.push(disagreement(
            text,
            here,
            &distractor.figure,
            kind,
            a_reading,
            distractor_reading(distractor),
        ));
    }
    disagreements.sort_by_key(|d| (d.line, d.column, d.kind));
    ArticleAgreement {
        article: a.id.clone(),
        figures: figures.compute(),
        disagreements,
    }
}

/// A claim of the second annotation in the wire form the scorer reads.
fn extracted(text: &str, claim: &Claim, at: Option<Located>) -> ExtractedClaim {
    let chars = |byte: usize| text[..byte].chars().count();
    let figure = match at {
        Some(at) => ExtractedFigure::at(chars(at.start), chars(at.end), claim.figure.clone()),
        None => ExtractedFigure {
            text: claim.figure.clone(),
            span: None,
        },
    };
    ExtractedClaim {
        figure,
        value: claim.value,
        unit: claim.unit,
        qualifier: claim.qualifier,
        measure: Some(claim.measure.clone()),
        attribution: ExtractedAttribution {
            kind: claim.attribution.kind,
            text: claim.attribution.source.clone(),
            span: None,
        },
        sentence: None,
        conflict_key: None,
    }
}

/// The same kind, and the same source by name or alias.
fn same_attribution(a: &Claim, b: &Claim) -> bool {
    if a.attribution.kind != b.attribution.kind {
        return false;
    }
    match (&a.attribution.source, &b.attribution.source) {
        (None, None) => true,
        (Some(_), Some(_)) => {
            let names = |c: &Claim| -> Vec<String> {
                c.attribution
                    .source
                    .iter()
                    .chain(&c.attribution.aliases)
                    .map(|name| normalize_source(name))
                    .collect()
            };
            let (na, nb) = (names(a), names(b));
            na.iter().any(|name| nb.contains(name))
        }
        _ => false,
    }
}

/// The fields in which two claims on one figure differ, with both values.
fn claim_differences(a: &Claim, b: &Claim) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    if a.figure != b.figure {
        out.push(("figure", a.figure.clone(), b.figure.clone()));
    }
    if !a.value.approx_eq(&b.value, crate::score::VALUE_TOLERANCE) {
        out.push(("value", a.value.to_string(), b.value.to_string()));
    }
    if a.unit != b.unit {
        out.push(("unit", a.unit.to_string(), b.unit.to_string()));
    }
    if a.qualifier != b.qualifier {
        out.push((
            "qualifier",
            a.qualifier.to_string(),
            b.qualifier.to_string(),
        ));
    }
    if !same_attribution(a, b) {
        out.push((
            "attribution",
            attribution_reading(a),
            attribution_reading(b),
        ));
    }
    out
}

fn attribution_reading(claim: &Claim) -> String {
    match &claim.attribution.source {
        Some(source) => format!("{} {source:?}", claim.attribution.kind.as_str()),
        None => claim.attribution.kind.as_str().to_owned(),
    }
}

fn claim_reading(claim: &Claim) -> String {
    format!(
        "claim {}: {} {} {}, {}",
        claim.id,
        claim.value,
        claim.unit,
        claim.qualifier,
        attribution_reading(claim)
    )
}

fn distractor_reading(distractor: &Distractor) -> String {
    format!("distractor ({}) {:?}", distractor.reason, distractor.quote)
}

fn disagreement(
    text: &str,
    at: &[Located],
    figure: &str,
    kind: DisagreementKind,
    a: String,
    b: String,
) -> Disagreement {
    let (line, column) = at
        .first()
        .map_or((0, 0), |at| position_of_byte(text.as_bytes(), at.start));
    Disagreement {
        line,
        column,
        figure: figure.to_owned(),
        kind,
        a,
        b,
    }
}

/// The report for a terminal: the overall figures, one line per article,
/// then every disagreement with both readings.
pub fn render_text(agreement: &Agreement) -> String {
    let mut out = String::new();
    let share = |x: Option<f64>| x.map_or_else(|| "-".to_owned(), |x| format!("{x:.3}"));
    let o = &agreement.overall;
    let _ = writeln!(
        out,
        "claims: A {}, B {}, matched {} (value+unit F1 {})",
        o.claims_a,
        o.claims_b,
        o.matched,
        share(o.value_unit_f1)
    );
    let _ = writeln!(
        out,
        "matched claims agree on: qualifier {}, attribution {}, span {}; unit (same figure) {}",
        share(o.qualifier),
        share(o.attribution),
        share(o.span),
        share(o.unit)
    );
    let _ = writeln!(
        out,
        "distractors: A {}, B {}, matched {} (F1 {}), reason {}",
        o.distractors_a,
        o.distractors_b,
        o.distractors_matched,
        share(o.distractor_f1),
        share(o.distractor_reason)
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<22} {:>4} {:>4} {:>8} {:>9} {:>11} {:>8} {:>13}",
        "article", "A", "B", "v+u F1", "qualifier", "attribution", "span", "distractor F1"
    );
    for article in &agreement.articles {
        let f = &article.figures;
        let _ = writeln!(
            out,
            "{:<22} {:>4} {:>4} {:>8} {:>9} {:>11} {:>8} {:>13}",
            article.article,
            f.claims_a,
            f.claims_b,
            share(f.value_unit_f1),
            share(f.qualifier),
            share(f.attribution),
            share(f.span),
            share(f.distractor_f1)
        );
    }
    for unpaired in &agreement.unpaired {
        let _ = writeln!(
            out,
            "{}: not compared: {}",
            unpaired.article, unpaired.problem
        );
    }
    let total: usize = agreement
        .articles
        .iter()
        .map(|a| a.disagreements.len())
        .sum();
    let _ = writeln!(out);
    let _ = writeln!(out, "{total} disagreements");
    for article in &agreement.articles {
        for d in &article.disagreements {
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {:?}\n  A: {}\n  B: {}",
                article.article,
                d.line,
                d.column,
                d.kind.label(),
                d.figure,
                d.a,
                d.b
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attribution, AttributionKind, DistractorReason, Source, Value};
    use crate::vocab::{Qualifier, Unit};

    const TEXT: &str =
        "Storm kills 12\n\nPolice said 12 people died on 3 May and 40 homes burned.\n";

    fn unit(id: &str) -> Unit {
        Unit::from_id(id).unwrap()
    }

    fn claim(id: &str, quote: &str, figure: &str, value: f64, unit: Unit) -> Claim {
        Claim {
            id: id.into(),
            quote: quote.into(),
            figure: figure.into(),
            value: Value::Number(value),
            unit,
            qualifier: Qualifier::Exact,
            measure: "people killed".into(),
            of: None,
            attribution: Attribution {
                kind: AttributionKind::Unattributed,
                source: None,
                aliases: Vec::new(),
            },
            occurrences: 1,
            as_of: None,
            note: None,
            draft: false,
        }
    }

    fn article(claims: Vec<Claim>, distractors: Vec<Distractor>) -> Article {
        Article {
            id: "000_0000000000000000".into(),
            text_file: "000_0000000000000000.txt".into(),
            text_sha256: String::new(),
            source: Source::unknown("en"),
            claims,
            distractors,
            text: TEXT.into(),
        }
    }

    fn date() -> Distractor {
        Distractor {
            quote: "on 3 May".into(),
            figure: "3 May".into(),
            reason: DistractorReason::Date,
            occurrences: 1,
            draft: false,
        }
    }

    #[test]
    fn attribution_kinds_read_as_the_yaml_writes_them() {
        for kind in [
            AttributionKind::DirectQuote,
            AttributionKind::ReportedSpeech,
            AttributionKind::AccordingTo,
            AttributionKind::StatisticsProvided,
            AttributionKind::Unattributed,
        ] {
            let written = serde_json::to_string(&kind).unwrap();
            assert_eq!(written, format!("\"{}\"", kind.as_str()));
        }
    }

    #[test]
    fn identical_annotations_agree_fully() {
        let a = article(
            vec![claim("deaths", "12 people", "12", 12.0, unit("people"))],
            vec![date()],
        );
        let agreed = agree_article(&a, &a.clone());
        assert!(
            agreed.disagreements.is_empty(),
            "{:?}",
            agreed.disagreements
        );
        let f = &agreed.figures;
        assert_eq!(f.value_unit_f1, Some(1.0));
        assert_eq!(f.qualifier, Some(1.0));
        assert_eq!(f.attribution, Some(1.0));
        assert_eq!(f.span, Some(1.0));
        assert_eq!(f.distractor_f1, Some(1.0));
    }

    #[test]
    fn a_claim_against_a_distractor_and_a_missing_claim_are_listed() {
        let a = article(
            vec![
                claim("deaths", "12 people", "12", 12.0, unit("people")),
                claim("homes", "40 homes", "40", 40.0, unit("count")),
            ],
            vec![date()],
        );
        let mut homes_date = date();
        homes_date.quote = "40 homes".into();
        homes_date.figure = "40".into();
        homes_date.reason = DistractorReason::Identifier;
        let b = article(
            vec![claim("dead", "12 people", "12", 12.0, unit("people"))],
            vec![homes_date],
        );
        let agreed = agree_article(&a, &b);
        let kinds: Vec<DisagreementKind> = agreed.disagreements.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DisagreementKind::DistractorOnlyInA,
                DisagreementKind::ClaimInADistractorInB
            ]
        );
        let homes = &agreed.disagreements[1];
        assert_eq!((homes.line, homes.column), (3, 41));
        assert!(homes.b.contains("identifier"), "{}", homes.b);
        let f = &agreed.figures;
        assert_eq!(f.matched, 1);
        assert_eq!(f.value_unit_f1, Some(2.0 / 3.0));
        assert_eq!(f.distractor_f1, Some(0.0));
    }

    #[test]
    fn distractors_match_one_to_one() {
        let whole = Distractor {
            quote: "on 3 May".into(),
            figure: "3 May".into(),
            reason: DistractorReason::Date,
            occurrences: 1,
            draft: false,
        };
        let mut day = whole.clone();
        day.figure = "3".into();
        let mut month = whole.clone();
        month.quote = "3 May and".into();
        month.figure = "3 May".into();
        let a = article(Vec::new(), vec![day, month]);
        let b = article(Vec::new(), vec![whole]);
        let agreed = agree_article(&a, &b);
        let kinds: Vec<DisagreementKind> = agreed.disagreements.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DisagreementKind::DistractorsSplit]);
        let reversed = agree_article(&b, &a);
        let kinds: Vec<DisagreementKind> = reversed.disagreements.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [DisagreementKind::DistractorsSplit]);
        let f = agreed.figures;
        assert_eq!((f.distractors_a, f.distractors_b), (2, 1));
        assert_eq!(f.distractors_matched, 1);
        assert_eq!(f.distractor_f1, Some(2.0 / 3.0));
    }

    #[test]
    fn a_repeated_distractor_matches_each_of_its_occurrences() {
        // `12` twice in the text: once as one distractor of two occurrences,
        // once as two distractors with longer quotes.
        let twice = Distractor {
            quote: "12".into(),
            figure: "12".into(),
            reason: DistractorReason::Identifier,
            occurrences: 2,
            draft: false,
        };
        let mut headline = twice.clone();
        headline.quote = "kills 12".into();
        headline.occurrences = 1;
        let mut body = headline.clone();
        body.quote = "said 12".into();
        let a = article(Vec::new(), vec![twice]);
        let b = article(Vec::new(), vec![headline, body]);
        let agreed = agree_article(&a, &b);
        assert!(
            agreed.disagreements.is_empty(),
            "{:?}",
            agreed.disagreements
        );
        assert_eq!(agreed.figures.distractors_matched, 2);
        assert_eq!(agreed.figures.distractor_f1, Some(1.0));
    }

    #[test]
    fn claims_on_one_figure_that_differ_name_the_fields() {
        let a = article(
            vec![claim("deaths", "12 people", "12", 12.0, unit("people"))],
            Vec::new(),
        );
        let mut other = claim("deaths", "said 12 people", "12", 12.0, unit("people"));
        other.qualifier = Qualifier::About;
        other.attribution = Attribution {
            kind: AttributionKind::ReportedSpeech,
            source: Some("Police".into()),
            aliases: Vec::new(),
        };
        let b = article(vec![other], Vec::new());
        let agreed = agree_article(&a, &b);
        assert_eq!(agreed.figures.matched, 1);
        assert_eq!(agreed.figures.qualifier, Some(0.0));
        assert_eq!(agreed.figures.attribution, Some(0.0));
        assert_eq!(agreed.figures.span, Some(1.0));
        let [d] = agreed.disagreements.as_slice() else {
            panic!("{:?}", agreed.disagreements)
        };
        assert_eq!(d.kind, DisagreementKind::ClaimsDiffer);
        assert!(d.a.contains("qualifier: exact"), "{}", d.a);
        assert!(d.b.contains("qualifier: about"), "{}", d.b);
        assert!(d.b.contains("reported_speech \"Police\""), "{}", d.b);
    }

    #[test]
    fn a_different_unit_on_the_same_figure_is_no_match_but_counts_against_units() {
        let a = article(
            vec![claim("homes", "40 homes", "40", 40.0, unit("count"))],
            Vec::new(),
        );
        let b = article(
            vec![claim("homes", "40 homes", "40", 40.0, unit("people"))],
            Vec::new(),
        );
        let agreed = agree_article(&a, &b);
        assert_eq!(agreed.figures.matched, 0);
        assert_eq!(agreed.figures.overlapping, 1);
        assert_eq!(agreed.figures.unit, Some(0.0));
        assert_eq!(agreed.disagreements.len(), 1);
        assert!(agreed.disagreements[0].a.contains("unit: count"));
    }
}
