//! The protocol's own overhead: articles through `ProcessExtractor` to an
//! external program that answers at once with no claims
//! (`tests/extractors/instant.py`), so what is measured is serializing each
//! request, the pipes, the reader threads and parsing each answer. Target:
//! 2,000 articles per second.
//!
//! Run with `cargo bench --bench protocol`; figures go to BENCHMARKS.md.

use claimbench::extract::{ArticleInput, Extractor};
use claimbench::protocol::ProcessExtractor;
use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};

/// Articles per sample: the bundled ones, repeated.
const ARTICLES: usize = 2_000;

fn main() {
    divan::main();
}

fn articles() -> Vec<ArticleInput<'static>> {
    claimbench::dataset()
        .articles
        .iter()
        .cycle()
        .take(ARTICLES)
        .map(ArticleInput::from)
        .collect()
}

fn instant() -> ProcessExtractor {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extractors/instant.py");
    let extractor = ProcessExtractor::new("python3", [script]);
    extractor.start().expect("python3 runs");
    extractor
}

/// 2,000 bundled articles (about 3 KB each) through one running program.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn persistent_instant_extractor(bencher: Bencher) {
    let articles = articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let extractor = instant();
    // The first answer pays for starting Python; keep it out of the samples.
    extractor.extract(&articles[0]).expect("an answer");
    bencher
        .counter(ItemsCount::new(ARTICLES))
        .counter(BytesCount::new(bytes))
        .bench_local(|| {
            for article in &articles {
                black_box(extractor.extract(article).expect("an answer"));
            }
        });
}
