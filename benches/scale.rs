//! Scale: a synthetic dataset of 10,000 articles and 100,000 claims,
//! validated, and scored with the reference extractor on all cores, as
//! `claimbench validate DIR` and `claimbench bench --dataset DIR` do.
//! Targets on a 2-core machine: validate under 3 s, bench under 10 s, the
//! HTML report (`bench --format html`) of the first 100 articles under 1 s,
//! and `claimbench conflicts --extracted` (load, extract, read frames,
//! detect) under 5 s.
//!
//! Run with `cargo bench --bench scale`; figures go to BENCHMARKS.md. Peak
//! memory is measured on the command line (see BENCHMARKS.md).

use std::path::PathBuf;
use std::sync::OnceLock;

use claimbench::Dataset;
use claimbench::bench::bench_parallel;
use claimbench::extract::ReferenceExtractor;
use claimbench::synth::{SynthSpec, write_dataset};
use divan::black_box;

fn main() {
    divan::main();
}

/// The synthetic dataset, written once per benchmark process.
fn dataset_dir() -> &'static PathBuf {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().to_path_buf();
        let spec = SynthSpec {
            articles: 10_000,
            claims_per_article: 10,
            seed: 0,
        };
        write_dataset(&path, spec).expect("the synthetic dataset is written");
        (dir, path)
    })
    .1
}

/// `claimbench validate DIR`: read, parse and check 20,000 files.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn validate_10k_articles() -> usize {
    let validation = claimbench::validate_dir(dataset_dir()).expect("the directory exists");
    assert!(validation.is_ok());
    validation.summary.claims
}

/// `claimbench bench --dataset DIR`: load (with validation), extract, score
/// and find conflicts.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn bench_10k_articles() -> usize {
    let dataset = Dataset::load(dataset_dir()).expect("the synthetic dataset is valid");
    let scorecard = bench_parallel(&dataset, &ReferenceExtractor::new(), |_| {});
    assert_eq!(scorecard.counts.found, 100_000);
    black_box(scorecard).counts.gold
}

/// `claimbench conflicts --dataset DIR --extracted`: load (with
/// validation), extract on all cores, read every statement's frame and
/// detect the confident pairs.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn conflicts_extracted_10k_articles() -> usize {
    let dataset = Dataset::load(dataset_dir()).expect("the synthetic dataset is valid");
    let (statements, failures) = claimbench::conflict::extracted_statements(
        &dataset.articles,
        &ReferenceExtractor::new(),
        true,
    );
    assert!(failures.is_empty());
    assert_eq!(statements.len(), 100_000);
    black_box(claimbench::conflict::detect(&statements)).len()
}

/// `claimbench bench --format html` on the first 100 articles: writing the
/// page from their scorecard (scored beforehand, outside the timing).
#[divan::bench(sample_count = 10)]
fn html_report_first_100_articles(bencher: divan::Bencher) {
    let mut first = Dataset::load(dataset_dir()).expect("the synthetic dataset is valid");
    first.articles.truncate(100);
    let scorecard = bench_parallel(&first, &ReferenceExtractor::new(), |_| {});
    assert_eq!(scorecard.articles.len(), 100);
    bencher.bench(|| claimbench::report::html(black_box(&scorecard), black_box(&first)).len());
}
