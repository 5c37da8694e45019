//! Scoring speed: 100,000 gold claims against 100,000 extracted claims,
//! spread over 10,000 synthetic articles of 10 claims each, as a run over a
//! large dataset would see them. The extracted side is the gold with one
//! claim in ten missed and one false positive in ten added.
//!
//! Run with `cargo bench --bench score`; figures go to BENCHMARKS.md.

use claimbench::extract::{ExtractedAttribution, ExtractedClaim, ExtractedFigure};
use claimbench::score::{Counts, score_article};
use claimbench::{Article, Attribution, AttributionKind, Claim, Qualifier, Source, Unit, Value};
use divan::counter::ItemsCount;
use divan::{Bencher, black_box};

const ARTICLES: usize = 10_000;
const CLAIMS_PER_ARTICLE: usize = 10;

fn main() {
    divan::main();
}

/// One synthetic article: ten sentences, each stating one figure.
fn article(n: usize) -> (Article, Vec<ExtractedClaim>) {
    let mut text = String::new();
    let mut claims = Vec::new();
    let mut extracted = Vec::new();
    for i in 0..CLAIMS_PER_ARTICLE {
        let value = (n * CLAIMS_PER_ARTICLE + i + 1) as f64 * 10.0;
        let figure = format!("{value}");
        let quote = format!("more than {figure} people");
        let start = text.chars().count() + "Officials said ".len() + "more than ".len();
        text.push_str(&format!(
            "Officials said {quote} were affected in district {i}. "
        ));
        claims.push(Claim {
            id: format!("c{i}"),
            quote,
            figure: figure.clone(),
            value: Value::Number(value),
            unit: Unit::PEOPLE,
            qualifier: Qualifier::MoreThan,
            measure: "people affected".to_owned(),
            of: None,
            attribution: Attribution {
                kind: AttributionKind::ReportedSpeech,
                source: Some("officials".to_owned()),
                aliases: vec!["Officials".to_owned()],
            },
            occurrences: 1,
            as_of: None,
            note: None,
            draft: false,
        });
        // One claim in ten is missed, and a wrong one reported in its place:
        // twice the value, far outside the relative tolerance (`value + 1`
        // would be within it from 100,000 up, and be found).
        let reported = if i == 3 { value * 2.0 } else { value };
        extracted.push(ExtractedClaim {
            figure: ExtractedFigure::at(start, start + figure.len(), figure),
            value: Value::Number(reported),
            unit: Unit::PEOPLE,
            qualifier: Qualifier::MoreThan,
            measure: Some("people".to_owned()),
            attribution: ExtractedAttribution {
                kind: AttributionKind::ReportedSpeech,
                text: Some("Officials".to_owned()),
                span: None,
            },
            sentence: None,
            conflict_key: None,
        });
    }
    let article = Article {
        id: format!("a{n:05}"),
        text_file: String::new(),
        text_sha256: String::new(),
        source: Source::unknown("en"),
        claims,
        distractors: Vec::new(),
        text,
    };
    (article, extracted)
}

/// Scores 100,000 extracted claims against 100,000 gold claims.
#[divan::bench(sample_count = 10)]
fn score_100k_against_100k(bencher: Bencher) {
    let corpus: Vec<(Article, Vec<ExtractedClaim>)> = (0..ARTICLES).map(article).collect();
    bencher
        .counter(ItemsCount::new(ARTICLES * CLAIMS_PER_ARTICLE))
        .bench(|| {
            let mut total = Counts::default();
            for (gold, extracted) in &corpus {
                total += score_article(black_box(gold), black_box(extracted)).counts;
            }
            assert_eq!(total.gold, ARTICLES * CLAIMS_PER_ARTICLE);
            assert_eq!(total.found, ARTICLES * (CLAIMS_PER_ARTICLE - 1));
            total
        });
}
