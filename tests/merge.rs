//! Splitting a run with `--partition K/N` and merging the scorecards gives
//! exactly the scorecard of one run, whatever N and whatever the extractor
//! gets right or wrong; partitions that do not fit together are refused.

use claimbench::bench::{ExtractorInfo, merge};
use claimbench::extract::{
    ArticleInput, ExtractError, ExtractedClaim, Extractor, ReferenceExtractor,
};
use claimbench::partition::Partition;
use claimbench::{Scorecard, Value, bench, dataset};
use proptest::prelude::*;

/// The reference extractor with seeded mistakes: it drops some claims,
/// shifts some values and fails on some articles, so that merged scorecards
/// have misses, false positives and failures to combine.
struct Erratic {
    seed: u64,
}

impl Erratic {
    fn roll(&self, salt: &str, n: usize) -> u64 {
        let mut x = self.seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for byte in salt.bytes() {
            x = (x ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3);
        }
        x % 5
    }
}

impl Extractor for Erratic {
    fn name(&self) -> &str {
        "erratic"
    }

    fn version(&self) -> &str {
        "1"
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        if self.roll(&article.id, 0) == 0 {
            return Err(ExtractError::new(
                claimbench::extract::ExtractErrorKind::Failed,
                "erratic failure",
            ));
        }
        let claims = ReferenceExtractor::new().extract(article)?;
        Ok(claims
            .into_iter()
            .enumerate()
            .filter(|(i, _)| self.roll(&article.id, i + 1) != 1)
            .map(|(i, mut claim)| {
                if self.roll(&article.id, i + 100) == 2
                    && let Value::Number(n) = claim.value
                {
                    claim.value = Value::Number(n + 1.0);
                }
                claim
            })
            .collect())
    }
}

/// Scores every partition of `count` and sends each through JSON, as files
/// from different machines would arrive.
fn partitions(extractor: &dyn Extractor, count: u32) -> Vec<Scorecard> {
    (1..=count)
        .map(|index| {
            let partition = Partition::new(index, count).expect("a valid partition");
            let share = dataset().partition(partition);
            let scorecard = bench(&share, extractor);
            let json = claimbench::report::json(&scorecard);
            serde_json::from_str(&json).expect("a scorecard reads back from its JSON")
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merged_partitions_equal_one_run(seed in any::<u64>(), count in 1u32..=5) {
        let extractor = Erratic { seed };
        let whole = bench(dataset(), &extractor);
        let mut parts = partitions(&extractor, count);
        // The order the files are given in does not matter.
        parts.reverse();
        let merged = merge(dataset(), parts).expect("the partitions fit together");
        prop_assert_eq!(merged, whole);
    }
}

#[test]
fn the_reference_extractor_merges_to_its_single_run() {
    let whole = bench(dataset(), &ReferenceExtractor::new());
    let merged = merge(dataset(), partitions(&ReferenceExtractor::new(), 3)).expect("fits");
    assert_eq!(merged, whole);
}

#[test]
fn a_missing_or_repeated_partition_is_refused() {
    let mut parts = partitions(&ReferenceExtractor::new(), 3);
    parts.pop();
    let error = merge(dataset(), parts.clone()).expect_err("one is missing");
    assert!(
        error.to_string().contains("partition 3/3 is missing"),
        "{error}"
    );
    parts.push(parts[0].clone());
    let error = merge(dataset(), parts).expect_err("one is repeated");
    assert!(error.to_string().contains("is given twice"), "{error}");
}

#[test]
fn a_whole_run_or_another_extractor_is_refused() {
    let whole = bench(dataset(), &ReferenceExtractor::new());
    let error = merge(dataset(), vec![whole]).expect_err("not a partition");
    assert!(error.to_string().contains("not of a partition"), "{error}");

    let mut parts = partitions(&ReferenceExtractor::new(), 2);
    parts[1].extractor = ExtractorInfo {
        name: "other".to_owned(),
        version: "1".to_owned(),
    };
    let error = merge(dataset(), parts).expect_err("two extractors");
    assert!(
        error.to_string().contains("scored extractor other"),
        "{error}"
    );
}

#[test]
fn a_partition_scores_only_its_share_and_says_which() {
    let partition = Partition::new(2, 3).expect("valid");
    let share = dataset().partition(partition);
    let scorecard = bench(&share, &ReferenceExtractor::new());
    assert_eq!(scorecard.partition, Some(partition));
    assert!(scorecard.articles.iter().all(|a| partition.contains(&a.id)));
    assert_eq!(scorecard.dataset.content_hash, dataset().content_hash());
}

#[test]
fn the_command_line_merge_of_partition_files_is_byte_for_byte_the_single_run() {
    let claimbench = env!("CARGO_BIN_EXE_claimbench");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut files = Vec::new();
    for k in 1..=3 {
        let path = dir.path().join(format!("part-{k}.json"));
        let status = std::process::Command::new(claimbench)
            .args([
                "bench",
                "--partition",
                &format!("{k}/3"),
                "--format",
                "json",
                "--output",
            ])
            .arg(&path)
            .status()
            .expect("bench runs");
        assert!(status.success());
        files.push(path);
    }
    let merged = std::process::Command::new(claimbench)
        .args(["merge", "--format", "json"])
        .args(&files)
        .output()
        .expect("merge runs");
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    let whole = std::process::Command::new(claimbench)
        .args(["bench", "--format", "json"])
        .output()
        .expect("bench runs");
    assert_eq!(merged.stdout, whole.stdout);
}

#[test]
fn validating_every_partition_finds_every_article_problem_once() {
    use claimbench::fixture::validate_dir_partition;
    let dir = "tests/broken/many-problems-at-once";
    let whole = claimbench::validate_dir(dir).expect("the directory exists");
    let of_articles = |diagnostics: &[claimbench::Diagnostic]| -> Vec<String> {
        diagnostics
            .iter()
            .filter(|d| d.path.starts_with("articles/"))
            .map(|d| d.to_string())
            .collect()
    };
    let expected = of_articles(&whole.diagnostics);
    assert!(
        !expected.is_empty(),
        "the broken dataset has article problems"
    );
    let mut found = Vec::new();
    let mut articles = 0;
    for k in 1..=3 {
        let partition = Partition::new(k, 3).expect("valid");
        let share = validate_dir_partition(dir, partition).expect("the directory exists");
        found.extend(of_articles(&share.diagnostics));
        articles += share.summary.articles;
    }
    found.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(found, expected);
    assert_eq!(articles, whole.summary.articles);
}
