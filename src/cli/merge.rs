//! `claimbench merge`: combines the JSON scorecards of the partitions of one
//! run (`bench --partition K/N --format json`) into the scorecard of the
//! whole run, and reports it as `bench` would.

use std::path::PathBuf;

use clap::Args;

use claimbench::{Dataset, Scorecard};

use super::bench::ReportArgs;
use super::{Outcome, fail, load_dataset};

/// Arguments of `claimbench merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The JSON scorecards of partitions 1/N to N/N, in any order
    #[arg(value_name = "FILE", required = true)]
    scorecards: Vec<PathBuf>,

    /// The dataset directory the partitions were scored on [default: the
    /// bundled dataset]
    #[arg(long, value_name = "DIR")]
    dataset: Option<PathBuf>,

    #[command(flatten)]
    report: ReportArgs,
}

/// Runs `claimbench merge`.
pub fn run(args: &MergeArgs) -> Outcome {
    let dataset = match load_dataset(args.dataset.as_deref()) {
        Ok(dataset) => dataset,
        Err(outcome) => return outcome,
    };
    let dataset: &Dataset = &dataset;
    let mut parts = Vec::with_capacity(args.scorecards.len());
    let mut unreadable = false;
    for path in &args.scorecards {
        let read = std::fs::read_to_string(path)
            .map_err(|error| error.to_string())
            .and_then(|text| {
                serde_json::from_str::<Scorecard>(&text).map_err(|error| {
                    format!("{error} (is it a scorecard written by `bench --format json`?)")
                })
            });
        match read {
            Ok(scorecard) => parts.push(scorecard),
            Err(message) => {
                eprintln!("error: {}: {message}", path.display());
                unreadable = true;
            }
        }
    }
    if unreadable {
        return Outcome::Error;
    }
    match claimbench::merge(dataset, parts) {
        Ok(scorecard) => args.report.finish(&scorecard, dataset),
        Err(error) => fail(error),
    }
}
