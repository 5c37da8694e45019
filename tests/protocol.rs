//! External extractors over the JSON-lines protocol (`claimbench::protocol`):
//! the dependency-free example, a handshake with byte offsets, one-shot mode,
//! and one fake extractor per fault (`tests/extractors/*.py`). Each fault
//! must cost exactly its article: the run completes, every other article is
//! scored exactly as in a clean run of the example (whose behaviour the
//! fakes share), and the failure names the article and what went wrong.

use std::time::{Duration, Instant};

use claimbench::extract::Extractor;
use claimbench::protocol::{MAX_FAILED_STARTS, Mode, ProcessExtractor};
use claimbench::{Scorecard, dataset};

const EXTRACTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/extractors/");
const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/regex_extractor.py");

/// Scores `extractor` on the bundled dataset as `claimbench bench` does,
/// naming it after the run.
fn score(extractor: &ProcessExtractor) -> Scorecard {
    claimbench::bench(dataset(), extractor)
}

fn example() -> ProcessExtractor {
    ProcessExtractor::new("python3", ["-B", EXAMPLE])
}

/// A fake from `tests/extractors/`, with a short time limit per article.
/// The startup allowance is generous, and costs nothing: it ends as soon as
/// the fake reads its first request, and only a busy machine makes Python
/// take seconds to get there. (`-B`: no `__pycache__` in the source tree
/// from the fakes' imports.)
fn fake(script: &str, args: &[&str]) -> ProcessExtractor {
    ProcessExtractor::new(
        "python3",
        ["-B".to_owned(), format!("{EXTRACTORS}{script}.py")]
            .into_iter()
            .chain(args.iter().map(|a| a.to_string())),
    )
    .timeout(Duration::from_secs(1))
    .startup_timeout(Duration::from_secs(10))
}

/// The article each fake fails on: one in the middle, so that some are
/// answered before the fault and some by the restarted program after it.
fn target() -> &'static str {
    let articles = &dataset().articles;
    assert!(
        articles.len() >= 3,
        "the dataset has articles on both sides"
    );
    &articles[articles.len() / 2].id
}

/// Runs `script` failing on the target article and checks that only that
/// article failed, with a message holding each of `expected`.
fn check_fault(script: &str, args: &[&str], expected: &[&str]) -> String {
    let target = target();
    let mut all_args = vec![target];
    all_args.extend_from_slice(args);
    let scorecard = score(&fake(script, &all_args));
    let clean = score(&example());
    assert!(clean.failures.is_empty(), "{:?}", clean.failures);
    assert_eq!(scorecard.articles.len(), dataset().articles.len());
    assert_eq!(scorecard.failures.len(), 1, "{:#?}", scorecard.failures);
    let failure = &scorecard.failures[0];
    assert_eq!(failure.article, target);
    for part in expected {
        assert!(
            failure.message.contains(part),
            "`{part}` is not in: {}",
            failure.message
        );
    }
    for (article, clean) in scorecard.articles.iter().zip(&clean.articles) {
        if article.id == target {
            assert!(article.failed);
            assert_eq!(article.counts.extracted, 0);
        } else {
            assert_eq!(
                article, clean,
                "article {} is scored as in a clean run",
                article.id
            );
        }
    }
    failure.message.clone()
}

#[test]
fn the_dependency_free_example_scores_every_article_and_names_itself() {
    let scorecard = score(&example());
    assert!(scorecard.failures.is_empty(), "{:?}", scorecard.failures);
    assert_eq!(scorecard.extractor.name, "regex-example");
    assert_eq!(scorecard.extractor.version, "1.0");
    assert!(scorecard.counts.extracted > 0);
    assert!(scorecard.counts.matched > 0, "{:?}", scorecard.counts);
}

#[test]
fn without_a_handshake_the_report_names_the_command() {
    let extractor = fake("error_response", &["no-such-article"]);
    let scorecard = score(&extractor);
    assert!(scorecard.failures.is_empty(), "{:?}", scorecard.failures);
    assert!(
        scorecard.extractor.name.starts_with("python3 "),
        "{}",
        scorecard.extractor.name
    );
    assert!(
        scorecard
            .extractor
            .name
            .ends_with("error_response.py no-such-article")
    );
    assert_eq!(scorecard.extractor.version, "unknown");
}

#[test]
fn byte_offsets_declared_in_the_handshake_are_read_as_chars() {
    // The fixtures have curly quotes and dashes, so bytes and chars differ.
    assert!(dataset().articles.iter().any(|a| !a.text.is_ascii()));
    let bytes = score(&fake("byte_offsets", &[]));
    let chars = score(&example());
    assert!(bytes.failures.is_empty(), "{:?}", bytes.failures);
    assert_eq!(bytes.extractor.name, "bytes");
    assert_eq!(bytes.extractor.version, "2.0");
    assert_eq!(bytes.articles, chars.articles);
}

#[test]
fn one_shot_mode_starts_the_program_per_article_and_scores_the_same() {
    let one_shot = score(&example().mode(Mode::OneShot));
    let persistent = score(&example());
    assert!(one_shot.failures.is_empty(), "{:?}", one_shot.failures);
    assert_eq!(one_shot.extractor.name, "regex-example");
    assert_eq!(one_shot.articles, persistent.articles);
}

#[test]
fn a_one_shot_program_that_exits_badly_costs_each_article_it_fails() {
    let extractor = ProcessExtractor::new(
        "sh",
        [
            "-c",
            "cat >/dev/null; echo \"no model for $CLAIMBENCH_ARTICLE_ID\" >&2; exit 3",
        ],
    )
    .mode(Mode::OneShot);
    let scorecard = score(&extractor);
    assert_eq!(scorecard.failures.len(), dataset().articles.len());
    for (failure, article) in scorecard.failures.iter().zip(&dataset().articles) {
        assert_eq!(failure.article, article.id);
        assert!(
            failure.message.contains("exited with status 3"),
            "{}",
            failure.message
        );
        assert!(
            failure
                .message
                .contains(&format!("no model for {}", article.id)),
            "{}",
            failure.message
        );
    }
}

#[test]
fn a_crash_costs_one_article_and_quotes_the_traceback() {
    check_fault(
        "crash",
        &[],
        &[
            "exited with status 1 before answering",
            "restarted it for the next article",
            "RuntimeError: the model fell over",
        ],
    );
}

#[test]
fn an_early_exit_costs_one_article() {
    check_fault(
        "early_exit",
        &[],
        &["exited with status 0 before answering"],
    );
}

#[test]
fn a_hang_costs_one_article_after_the_timeout() {
    let started = Instant::now();
    check_fault(
        "hang",
        &[],
        &["no answer within 1 s", "restarted it for the next article"],
    );
    // The hang costs its timeout, not the startup allowance of a fresh program.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn invalid_json_costs_one_article_and_is_quoted() {
    check_fault(
        "invalid_json",
        &[],
        &["invalid JSON", "\"Loading model... done {\""],
    );
}

#[test]
fn an_answer_for_another_article_costs_one_article() {
    let target = target();
    check_fault(
        "wrong_article",
        &[],
        &[&format!(
            "answered for article `not-{target}` instead of `{target}`"
        )],
    );
}

#[test]
fn offsets_out_of_range_cost_one_article() {
    let message = check_fault(
        "out_of_range",
        &[],
        &[
            "invalid claim: claims[",
            "figure: offset 1000000 is past the end of the text",
        ],
    );
    // The conversation was in step, so the program was kept.
    assert!(!message.contains("restarted"), "{message}");
}

#[test]
fn a_claim_with_an_unknown_unit_costs_that_claim_only() {
    let target = target();
    let scorecard = score(&fake("unknown_unit", &[target]));
    let clean = score(&example());
    assert!(scorecard.failures.is_empty(), "{:#?}", scorecard.failures);
    for (article, clean_article) in scorecard.articles.iter().zip(&clean.articles) {
        if article.id != target {
            assert_eq!(article, clean_article);
            continue;
        }
        // Every honest claim is scored as in the clean run; the extra one is
        // extracted, matched to nothing, and listed with its reason.
        assert_eq!(article.rejected.len(), 1, "{:#?}", article.rejected);
        let rejected = &article.rejected[0];
        assert_eq!((rejected.index, rejected.start), (0, Some(0)));
        assert!(
            rejected.reason.contains("unknown unit `furlongs`"),
            "{}",
            rejected.reason
        );
        assert_eq!(article.counts.extracted, clean_article.counts.extracted + 1);
        assert_eq!(article.counts.matched, clean_article.counts.matched);
        assert_eq!(article.counts.found, clean_article.counts.found);
        // The extra claim costs precision: one more extracted, none more
        // matched.
        let precision =
            clean_article.counts.matched as f64 / (clean_article.counts.extracted + 1) as f64;
        assert_eq!(article.metrics.lenient.precision, Some(precision));
        // Indices of the honest claims still count in the answer as given.
        let shifted = |report: &claimbench::bench::ArticleReport| -> Vec<usize> {
            report.hits.iter().map(|hit| hit.extracted.index).collect()
        };
        let expected: Vec<usize> = shifted(clean_article).iter().map(|i| i + 1).collect();
        assert_eq!(shifted(article), expected);
    }
    assert!(
        scorecard
            .misses_listing()
            .contains("not scored: unknown unit `furlongs`")
    );
}

#[test]
fn a_100_mb_line_costs_one_article_and_memory_stays_bounded() {
    let message = check_fault(
        "huge_line",
        &[],
        &[
            "printed a line longer than 16 MiB",
            "restarted it for the next article",
        ],
    );
    assert!(
        message.len() < 2_000,
        "the quote is truncated: {} bytes",
        message.len()
    );
}

#[test]
fn a_flood_on_standard_error_never_blocks_the_program() {
    let scorecard = score(&fake("stderr_flood", &[target(), "answer"]));
    assert!(scorecard.failures.is_empty(), "{:?}", scorecard.failures);
    assert_eq!(scorecard.articles, score(&example()).articles);
}

#[test]
fn a_flood_on_standard_error_is_quoted_by_its_tail() {
    let message = check_fault(
        "stderr_flood",
        &["crash"],
        &["exited with status 9", "the flood is over"],
    );
    assert!(
        message.len() < 2_000,
        "the tail is bounded: {} bytes",
        message.len()
    );
}

#[test]
fn a_reported_error_costs_one_article_and_keeps_the_program() {
    let message = check_fault(
        "error_response",
        &[],
        &["the extractor reported an error: \"input too long for the model\""],
    );
    assert!(!message.contains("restarted"), "{message}");
}

#[test]
fn another_protocol_version_fails_every_article_without_restarts() {
    let scorecard = score(&fake("future_protocol", &["none"]));
    assert_eq!(scorecard.failures.len(), dataset().articles.len());
    for failure in &scorecard.failures {
        assert!(
            failure
                .message
                .contains("speaks protocol version 2, but this claimbench speaks 1"),
            "{}",
            failure.message
        );
    }
}

#[test]
fn a_program_that_cannot_start_is_an_error_before_any_article() {
    let extractor = ProcessExtractor::new("/nonexistent/extractor", ["--flag"]);
    let error = extractor.start().expect_err("there is no such program");
    assert!(
        error
            .to_string()
            .starts_with("cannot start `/nonexistent/extractor --flag`:"),
        "{error}"
    );
    let scorecard = score(&extractor);
    assert_eq!(scorecard.failures.len(), dataset().articles.len());
}

/// How many starts a counting fake recorded in `path`, one line each.
fn starts(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |text| text.lines().count())
}

#[test]
fn a_program_that_dies_at_every_start_is_given_up_after_three() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let count = dir.path().join("starts");
    let extractor = fake("dies_at_start", &[count.to_str().expect("UTF-8")]);
    let scorecard = score(&extractor);
    assert_eq!(starts(&count), MAX_FAILED_STARTS as usize);
    let messages: Vec<&str> = scorecard
        .failures
        .iter()
        .map(|failure| failure.message.as_str())
        .collect();
    assert_eq!(messages.len(), dataset().articles.len(), "{messages:#?}");
    let last_start = MAX_FAILED_STARTS as usize - 1;
    for message in &messages[..last_start] {
        assert!(
            message.contains("exited with status 1 before answering")
                && message.contains("restarted it for the next article")
                && message.contains("No module named 'the_model'"),
            "{message}"
        );
    }
    assert!(
        messages[last_start].contains(&format!(
            "before its first answer in {MAX_FAILED_STARTS} starts in a row, so it is not started again in this run"
        )),
        "{}",
        messages[last_start]
    );
    for message in &messages[last_start + 1..] {
        assert!(message.starts_with("not run: `python3 "), "{message}");
    }
}

#[test]
fn a_program_that_loads_before_reading_keeps_its_startup_allowance() {
    // It loads for 1.5 s, longer than the 1 s timeout, before it reads.
    let extractor = fake("slow_start", &["1.5"]).startup_timeout(Duration::from_secs(20));
    let scorecard = score(&extractor);
    assert!(scorecard.failures.is_empty(), "{:#?}", scorecard.failures);
    assert_eq!(scorecard.articles, score(&example()).articles);
}

/// Linux tells how much of its input a program has read; elsewhere a
/// program keeps the allowance until its handshake or its first answer.
#[cfg(target_os = "linux")]
#[test]
fn the_startup_allowance_ends_once_the_program_has_read_its_request() {
    // It reads its first request at once and then takes 3 s over it: within
    // the 20 s allowance, but the allowance is for loading, and reading
    // shows it has loaded; 3 s is over its 1 s timeout.
    let extractor = fake("slow_start", &["3", "lazy"]).startup_timeout(Duration::from_secs(20));
    let first = &dataset().articles[0];
    let error = extractor
        .extract(&first.into())
        .expect_err("the first article times out");
    let message = error.to_string();
    assert!(message.starts_with("no answer within 1 s;"), "{message}");
    assert!(!message.contains("startup"), "{message}");
}
