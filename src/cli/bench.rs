//! `claimbench bench`: scores an extractor on a dataset and prints the
//! scorecard (see `claimbench::bench` and `claimbench::report`).
//!
//! With no arguments it scores the reference extractor on the bundled
//! dataset and prints a table. The exit status is 0 when every article was
//! scored and every `--min-*` threshold is met, 1 when an article failed or a
//! threshold was missed, and 2 when the run could not start (an invalid
//! dataset, an unwritable `--output`, an extractor command that cannot be
//! started).
//!
//! `--extractor-cmd` runs a program as the extractor over the protocol of
//! `claimbench::protocol` (docs/protocol.md). `--predictions FILE` scores
//! answers saved earlier (`claimbench::saved`) without running anything, and
//! `--save-predictions FILE` keeps a live run's answers for that. A progress bar is drawn on
//! standard error when it is a terminal, `CI` is not set, and the run
//! lasts more than half a second.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use clap::{Args, ValueEnum};

use claimbench::extract::Extractor;
use claimbench::partition::Partition;
use claimbench::saved::{Recorder, SavedPredictions};
use claimbench::{Dataset, Scorecard, report};

use super::extractor::ExtractorArgs;
use super::{Outcome, fail, load_dataset, write_output};

/// Arguments of `claimbench bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// A dataset directory to score on [default: the bundled dataset]
    #[arg(long, value_name = "DIR")]
    dataset: Option<PathBuf>,

    /// Score only share K of N of the articles (a stable split by article
    /// id), to spread a run over N machines; `claimbench merge` combines the
    /// JSON scorecards
    #[arg(long, value_name = "K/N")]
    partition: Option<Partition>,

    #[command(flatten)]
    report: ReportArgs,

    #[command(flatten)]
    extractor: ExtractorArgs,

    /// Score the answers saved in FILE instead of running an extractor: JSON
    /// lines, one protocol response per article (`{"id": ..., "claims":
    /// [...]}`), as `--save-predictions` writes them. Articles without a line
    /// fail; so does each article whose line is invalid
    #[arg(long, value_name = "FILE", conflicts_with_all = ["extractor_cmd", "save_predictions"])]
    predictions: Option<PathBuf>,

    /// Also write the extractor's answer for every article to FILE
    /// (atomically, once the run is over), to score it again later with
    /// `--predictions FILE`
    #[arg(long, value_name = "FILE")]
    save_predictions: Option<PathBuf>,
}

/// How a scorecard is reported, and the thresholds that gate the exit
/// status; shared with `merge`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Report format
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    format: ReportFormat,

    /// Write the report to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Also list each missed gold claim, false positive and distractor
    /// reported, with its quote, and each found claim whose qualifier or
    /// source is wrong (table and markdown formats)
    #[arg(long, value_enum, value_name = "WHAT")]
    show: Option<Show>,

    /// Exit with status 1 when the micro F1 on value and unit is below this
    #[arg(long, value_name = "RATIO", value_parser = ratio)]
    min_f1: Option<f64>,

    /// Exit with status 1 when the exact attribution accuracy is below this
    #[arg(long, value_name = "RATIO", value_parser = ratio)]
    min_attribution: Option<f64>,
}

impl ReportArgs {
    /// Writes the report and says how the run ended: status 1 when an
    /// article failed or a threshold was missed (said on standard error).
    ///
    /// `dataset` is the dataset scored: the HTML report shows its texts.
    pub fn finish(&self, scorecard: &Scorecard, dataset: &Dataset) -> Outcome {
        let show_misses = self.show == Some(Show::Misses);
        let rendered = match self.format {
            ReportFormat::Table => report::table(scorecard, show_misses),
            ReportFormat::Json => report::json(scorecard),
            ReportFormat::Jsonl => report::jsonl(scorecard),
            ReportFormat::Markdown => report::markdown(scorecard, show_misses),
            ReportFormat::Junit => report::junit(scorecard),
            ReportFormat::Html => report::html(scorecard, dataset),
        };
        if let Err(outcome) = write_output(self.output.as_deref(), &rendered) {
            return outcome;
        }
        let shortfalls = scorecard.shortfalls(self.min_f1, self.min_attribution);
        for shortfall in &shortfalls {
            eprintln!("claimbench: {shortfall}");
        }
        if !scorecard.failures.is_empty() {
            eprintln!(
                "claimbench: the extractor failed on {} of {} articles",
                scorecard.failures.len(),
                scorecard.dataset.articles
            );
        }
        if shortfalls.is_empty() && scorecard.failures.is_empty() {
            Outcome::Ok
        } else {
            Outcome::Problems
        }
    }
}

/// How `bench` prints its scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    /// Aligned text for a terminal.
    Table,
    /// The scorecard as JSON (schema in docs/scorecard.md).
    Json,
    /// Per-claim results as JSON lines: one line per gold claim, unmatched
    /// extracted claim and failed article (schema in docs/scorecard.md).
    Jsonl,
    /// GitHub-flavoured Markdown for a pull-request comment.
    Markdown,
    /// JUnit XML for CI dashboards: a test case per gold claim, per false
    /// positive, per distractor reported and per conflict pair, so more
    /// cases than gold claims.
    Junit,
    /// One self-contained HTML page: the summary, then every article with
    /// its gold claims, extracted claims and distractors highlighted.
    Html,
}

/// What `--show` adds to the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Show {
    /// Every missed gold claim, false positive and distractor reported,
    /// and every found claim with a wrong qualifier or source.
    Misses,
}

fn ratio(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err(format!(
            "`{text}` is not a ratio between 0 and 1, such as 0.85"
        )),
    }
}

/// Runs `claimbench bench`.
pub fn run(args: &BenchArgs) -> Outcome {
    let dataset = match load_dataset(args.dataset.as_deref()) {
        Ok(dataset) => dataset,
        Err(outcome) => return outcome,
    };
    let dataset: &Dataset = &dataset;
    let whole = dataset;
    let share;
    let dataset = match args.partition {
        None => dataset,
        Some(partition) => {
            share = dataset.partition(partition);
            &share
        }
    };
    let scorecard = if let Some(path) = &args.predictions {
        let saved = match read_predictions(path, whole) {
            Ok(saved) => saved,
            Err(outcome) => return outcome,
        };
        score(dataset, &saved, true)
    } else {
        let extractor = match args.extractor.extractor() {
            Ok(extractor) => extractor,
            Err(message) => return fail(message),
        };
        match &args.save_predictions {
            None => score(dataset, extractor.get(), extractor.parallel()),
            Some(path) => {
                let recorder = Recorder::new(extractor.get());
                let scorecard = score(dataset, &recorder, extractor.parallel());
                if let Err(outcome) = write_output(Some(path), &recorder.to_file(dataset)) {
                    return outcome;
                }
                scorecard
            }
        }
    };
    args.report.finish(&scorecard, dataset)
}

/// How many problems of one kind a predictions file reports before it
/// only counts the rest.
const PROBLEMS_SHOWN: usize = 10;

/// Reads a predictions file, saying on standard error which lines answer no
/// article of `dataset` (they are ignored). A file that cannot be read is an
/// error (status 2).
fn read_predictions(path: &Path, dataset: &Dataset) -> Result<SavedPredictions, Outcome> {
    let bytes = std::fs::read(path)
        .map_err(|error| fail(format_args!("cannot read {}: {error}", path.display())))?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let saved = SavedPredictions::parse(&name, &bytes);
    let file = path.display();
    let mut problems: Vec<String> = saved
        .unreadable()
        .iter()
        .map(|p| {
            format!(
                "{file}:{}: {}; the line answers no article",
                p.line, p.message
            )
        })
        .collect();
    problems.extend(
        saved
            .unknown_articles(dataset)
            .into_iter()
            .map(|(id, line)| {
                format!("{file}:{line}: the dataset has no article `{id}`; the line is ignored")
            }),
    );
    for problem in problems.iter().take(PROBLEMS_SHOWN) {
        eprintln!("claimbench: {problem}");
    }
    if problems.len() > PROBLEMS_SHOWN {
        eprintln!(
            "claimbench: {file}: {} more lines answer no article",
            problems.len() - PROBLEMS_SHOWN
        );
    }
    Ok(saved)
}

/// Scores `extractor` on every article, with a progress bar, and names it
/// after the run (a program names itself in its handshake).
fn score(dataset: &Dataset, extractor: &(dyn Extractor + Sync), parallel: bool) -> Scorecard {
    let progress = Progress::new(dataset.articles.len());
    let scorecard = if parallel {
        claimbench::bench::bench_parallel(dataset, extractor, |_| progress.bar.inc(1))
    } else {
        claimbench::bench::bench_observed(dataset, extractor, |id| {
            progress.bar.set_message(id.to_owned());
            progress.bar.inc(1);
        })
    };
    progress.finish();
    scorecard
}

/// A progress bar that shows itself only on a terminal, outside CI, once
/// the run has lasted half a second.
struct Progress {
    bar: indicatif::ProgressBar,
    /// Dropping it tells the thread that would show the bar that the run is
    /// over.
    done: Option<mpsc::Sender<()>>,
    shower: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn new(articles: usize) -> Progress {
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
        let bar =
            ProgressBar::with_draw_target(Some(articles as u64), ProgressDrawTarget::hidden());
        if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
            return Progress {
                bar,
                done: None,
                shower: None,
            };
        }
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} {pos}/{len} articles [{elapsed}] {wide_msg}")
        {
            bar.set_style(style);
        }
        let (done, wait) = mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) =
                wait.recv_timeout(Duration::from_millis(500))
            {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(100));
            }
        });
        Progress {
            bar,
            done: Some(done),
            shower: Some(shower),
        }
    }

    fn finish(mut self) {
        drop(self.done.take());
        if let Some(shower) = self.shower.take() {
            let _ = shower.join();
        }
        self.bar.finish_and_clear();
    }
}
