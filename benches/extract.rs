//! Throughput of the reference extractor over a corpus built by repeating
//! the bundled fixture texts to at least 10 MB, one article at a time.
//!
//! Run with `cargo bench --bench extract`; figures go to BENCHMARKS.md.

use claimbench::extract::{ArticleInput, Extractor, ReferenceExtractor};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

/// The smallest corpus the benchmark runs over.
const CORPUS_BYTES: usize = 10 * 1024 * 1024;

fn main() {
    divan::main();
}

/// The fixture texts, repeated in order until they hold `CORPUS_BYTES`.
fn corpus() -> Vec<String> {
    let texts: Vec<String> = claimbench::dataset()
        .articles
        .iter()
        .map(|article| article.text.clone())
        .collect();
    assert!(!texts.is_empty(), "the bundled dataset has no articles");
    let mut corpus = Vec::new();
    let mut bytes = 0;
    for text in texts.iter().cycle() {
        if bytes >= CORPUS_BYTES {
            break;
        }
        bytes += text.len();
        corpus.push(text.clone());
    }
    corpus
}

/// The whole corpus, article by article, as `claimbench bench` runs it.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn reference_extractor(bencher: Bencher) {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let extractor = ReferenceExtractor::new();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut claims = 0;
        for (i, text) in corpus.iter().enumerate() {
            let id = i.to_string();
            let found = extractor
                .extract(&ArticleInput::new(&id, black_box(text)))
                .expect("the reference extractor never fails");
            claims += found.len();
        }
        claims
    });
}
