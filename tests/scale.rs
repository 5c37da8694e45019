//! Scale: a synthetic dataset validates and scores, and scoring in parallel
//! gives exactly the scorecard of a single-threaded run. (Speed is measured
//! in BENCHMARKS.md, not here.)

use claimbench::bench::bench_parallel;
use claimbench::extract::ReferenceExtractor;
use claimbench::synth::{SynthSpec, write_dataset};
use claimbench::{Dataset, bench, dataset};

#[test]
fn parallel_scoring_equals_a_single_threaded_run_on_the_bundled_dataset() {
    let extractor = ReferenceExtractor::new();
    assert_eq!(
        bench_parallel(dataset(), &extractor, |_| {}),
        bench(dataset(), &extractor)
    );
}

#[test]
fn parallel_scoring_equals_a_single_threaded_run_on_a_synthetic_dataset() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let spec = SynthSpec {
        articles: 300,
        claims_per_article: 10,
        seed: 9,
    };
    write_dataset(dir.path(), spec).expect("written");
    let dataset = Dataset::load(dir.path()).expect("a synthetic dataset is valid");
    let extractor = ReferenceExtractor::new();
    let counted = std::sync::atomic::AtomicUsize::new(0);
    let parallel = bench_parallel(&dataset, &extractor, |_| {
        counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    });
    assert_eq!(counted.into_inner(), 300);
    assert_eq!(parallel.counts.gold, 3_000);
    assert_eq!(
        parallel.counts.found,
        3_000,
        "{}",
        parallel.misses_listing()
    );
    assert_eq!(parallel, bench(&dataset, &extractor));
}
