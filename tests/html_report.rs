//! `claimbench bench --format html`: the page for the reference extractor
//! on the bundled dataset (snapshot), every gold claim highlighted as often
//! as its quote appears, every kind of highlight drawn for an extractor that
//! makes each kind of mistake, the filter, and a page that loads nothing.

use std::process::Command;

use claimbench::extract::{
    ArticleInput, ExtractError, ExtractedAttribution, ExtractedClaim, ExtractedFigure, Extractor,
    ReferenceExtractor,
};
use claimbench::{AttributionKind, Claim, Qualifier, Unit, Value, bench, dataset, report};

/// The reference extractor, made to commit one of each mistake in every
/// article with two claims or more: of the gold claims it finds, it drops
/// the first attributed one's attribution, leaves out the first of the
/// others, reads the second of them in the wrong unit, reports the first distractor as a claim, and
/// adds a claim on the article's last word and one with no position.
/// Articles with fewer claims are left as the reference extractor reads
/// them.
struct OneOfEach;

impl Extractor for OneOfEach {
    fn name(&self) -> &str {
        "one-of-each"
    }

    fn version(&self) -> &str {
        "1"
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        let mut claims = ReferenceExtractor::new().extract(article)?;
        let gold = dataset().article(&article.id).expect("a bundled article");
        if gold.claims.len() < 2 {
            return Ok(claims);
        }
        // Where the reference extractor reports each gold claim it finds.
        let found = |claim: &Claim| {
            claims
                .iter()
                .position(|c| c.value.approx_eq(&claim.value, 1e-9) && c.unit == claim.unit)
        };
        let attributed = gold
            .claims
            .iter()
            .filter(|claim| claim.attribution.kind != AttributionKind::Unattributed)
            .find_map(found);
        let mut others: Vec<usize> = gold
            .claims
            .iter()
            .filter_map(found)
            .filter(|&i| Some(i) != attributed)
            .collect();
        others.dedup();
        let (missed, wrong_unit) = (others.first().copied(), others.get(1).copied());
        if let Some(i) = attributed {
            claims[i].attribution = ExtractedAttribution::unattributed();
        }
        if let Some(i) = wrong_unit {
            claims[i].unit = if claims[i].unit == Unit::USD {
                Unit::PEOPLE
            } else {
                Unit::USD
            };
        }
        if let Some(i) = missed {
            claims.remove(i);
        }
        let made_up = |figure: ExtractedFigure| ExtractedClaim {
            figure,
            value: Value::Number(7.0),
            unit: Unit::COUNT,
            qualifier: Qualifier::Exact,
            measure: None,
            attribution: ExtractedAttribution::unattributed(),
            sentence: None,
            conflict_key: None,
        };
        if let Some(distractor) = gold.distractors.first() {
            let at = article.text.find(&distractor.quote).unwrap()
                + distractor.quote.find(&distractor.figure).unwrap();
            let start = article.text[..at].chars().count();
            claims.push(made_up(ExtractedFigure::at(
                start,
                start + distractor.figure.chars().count(),
                distractor.figure.clone(),
            )));
        }
        // The last word of the text, which no bundled quote ends on.
        let text = article.text.trim_end_matches(|c: char| !c.is_alphabetic());
        let word = text.chars().rev().take_while(|c| c.is_alphabetic()).count();
        let end = text.chars().count();
        let last: String = text.chars().skip(end - word).collect();
        claims.push(made_up(ExtractedFigure::at(end - word, end, last)));
        claims.push(made_up(ExtractedFigure {
            text: "seven".to_owned(),
            span: None,
        }));
        Ok(claims)
    }
}

/// Hides what changes with every release or dataset edit.
fn stable(page: &str) -> String {
    let dataset = dataset();
    let named = format!(" on {} {}", dataset.manifest.name, dataset.version());
    page.replace(&named, " on [dataset]")
        .replace(dataset.content_hash(), "[hash]")
        .replace(&dataset.content_hash()[..12], "[hash]")
        .replace(env!("CARGO_PKG_VERSION"), "[version]")
}

/// How often `needle` appears in `haystack`.
fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn the_reference_extractors_page_on_the_bundled_dataset() {
    let page = report::html(&bench(dataset(), &ReferenceExtractor::new()), dataset());
    insta::assert_snapshot!("html_report", stable(&page));
}

#[test]
fn every_gold_claim_is_highlighted_wherever_its_quote_appears() {
    let page = report::html(&bench(dataset(), &ReferenceExtractor::new()), dataset());
    for article in &dataset().articles {
        for claim in &article.claims {
            let mark = format!("data-gold=\"{}#{}\"", article.id, claim.id);
            assert_eq!(
                count(&page, &mark),
                claim.occurrences as usize,
                "{}#{}",
                article.id,
                claim.id
            );
        }
    }
    // What the reference extractor misses is drawn as missed, or as read
    // wrong when it reported the figure with another value or unit.
    let scorecard = bench(dataset(), &ReferenceExtractor::new());
    let missed: usize = scorecard
        .articles
        .iter()
        .flat_map(|report| {
            let article = dataset().article(&report.id).unwrap();
            report
                .misses
                .iter()
                .map(move |miss| article.claim(&miss.id).unwrap().occurrences as usize)
        })
        .sum();
    assert_eq!(
        count(&page, "data-kind=\"missed\"") + count(&page, "data-kind=\"value-wrong\""),
        missed
    );
}

#[test]
fn each_kind_of_mistake_has_its_own_highlight() {
    let scorecard = bench(dataset(), &OneOfEach);
    let page = report::html(&scorecard, dataset());
    for kind in [
        "matched",
        "missed",
        "value-wrong",
        "attribution-wrong",
        "false-positive",
        "distractor-reported",
        "distractor",
    ] {
        assert!(
            page.contains(&format!("data-kind=\"{kind}\" ")),
            "no {kind} highlight"
        );
        assert!(page.contains(&format!("data-legend=\"{kind}\"")), "{kind}");
    }
    // The claim with no position is listed under its article.
    assert!(page.contains("Extracted claims without a position"));
    assert!(page.contains("\u{201c}seven\u{201d}"));
    // The articles with any mistake can be shown alone; the others are clean.
    let with_errors = scorecard
        .articles
        .iter()
        .filter(|a| {
            a.failed
                || !a.misses.is_empty()
                || !a.false_positives.is_empty()
                || !a.distractors_reported.is_empty()
                || a.hits.iter().any(|hit| !hit.judgement.strict())
        })
        .count();
    assert!(with_errors > 0);
    assert_eq!(count(&page, "class=\"article has-errors\""), with_errors);
    assert_eq!(
        count(&page, "class=\"article clean\""),
        scorecard.articles.len() - with_errors
    );
    assert!(page.contains("#errors-only:checked ~ main .clean { display: none; }"));
}

#[test]
fn every_highlight_can_be_focused_and_names_its_tip() {
    let page = report::html(&bench(dataset(), &OneOfEach), dataset());
    let marks = count(&page, "<mark class=\"") - count(&page, "data-legend=");
    let listed = count(&page, "<li><mark class=\"");
    let legend = count(&page, "data-legend=");
    let in_text = marks - (listed - legend);
    assert!(in_text > 0);
    assert_eq!(count(&page, "tabindex=\"0\""), in_text);
    for n in 1..=in_text {
        assert!(
            page.contains(&format!("aria-describedby=\"tip-{n}\"")),
            "tip {n}"
        );
        assert_eq!(count(&page, &format!("id=\"tip-{n}\"")), 1, "tip {n}");
    }
}

#[test]
fn the_page_loads_nothing_from_anywhere() {
    let page = report::html(&bench(dataset(), &ReferenceExtractor::new()), dataset());
    for asset in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!page.contains(asset), "the page refers to {asset}");
    }
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.ends_with("</html>\n"));
    assert_eq!(count(&page, "<mark"), count(&page, "</mark>"));
}

#[test]
fn bench_writes_the_page_with_dash_o() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let output = Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .args(["bench", "--format", "html", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let written = std::fs::read_to_string(&path).unwrap();
    let expected = report::html(&bench(dataset(), &ReferenceExtractor::new()), dataset());
    assert_eq!(written, expected);
}

#[test]
fn a_claim_in_an_unknown_unit_is_drawn_as_a_false_positive_with_why() {
    use claimbench::answers::score_answers;
    use claimbench::bench::ExtractorInfo;
    let dataset = dataset();
    let mut answers: std::collections::BTreeMap<String, Vec<serde_json::Value>> = dataset
        .articles
        .iter()
        .map(|article| (article.id.clone(), Vec::new()))
        .collect();
    let article = &dataset.articles[0];
    let figure: String = article.text.chars().take(4).collect();
    answers.insert(
        article.id.clone(),
        vec![
            serde_json::json!({"figure": {"start": 0, "end": 4, "text": figure},
            "value": 4, "unit": "parsecs", "qualifier": "exact",
            "attribution": {"kind": "unattributed"}}),
        ],
    );
    let extractor = ExtractorInfo {
        name: "odd-units".into(),
        version: "1".into(),
    };
    let scorecard = score_answers(dataset, extractor, answers).unwrap();
    let page = report::html(&scorecard, dataset);
    let mark = "<mark class=\"false-positive\" data-kind=\"false-positive\" tabindex=\"0\"";
    let at = page.find(mark).expect("the rejected claim is drawn");
    let tip = &page[at..page[at..].find("</mark>").unwrap() + at];
    assert!(tip.contains("rejected: unknown unit `parsecs`"), "{tip}");
}
