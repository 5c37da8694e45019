//! `claimbench coverage` (hidden): the share of the quantities of outside
//! unit test sets that the reference extractor finds with the right value
//! and unit. `.ci/run` runs it on the Recognizers-Text sets beside the
//! repository; the library side is `claimbench::coverage`.

use std::path::PathBuf;

use clap::Args;

use claimbench::coverage;
use claimbench::extract::ReferenceExtractor;

use super::{Outcome, fail};

/// Arguments of `claimbench coverage`.
#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// Test sets: JSON lists of `{text, quantities: [{value, normalized_unit}]}`
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// Also print every quantity that was not found, with what the
    /// extractor found in its sentence
    #[arg(long)]
    misses: bool,

    /// Exit 1 when any file's share is below this
    #[arg(long, value_name = "SHARE")]
    min_share: Option<f64>,
}

/// Runs `claimbench coverage`.
pub fn run(args: &CoverageArgs) -> Outcome {
    let extractor = ReferenceExtractor::new();
    let mut below = false;
    for path in &args.files {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => return fail(format!("{name}: {error}")),
        };
        let records = match coverage::parse(&name, &text) {
            Ok(records) => records,
            Err(error) => return fail(error),
        };
        let result = coverage::measure(&records, &extractor);
        println!(
            "{name}: {} of {} quantities found with the right value and unit ({:.3}); {} without a numeric value skipped",
            result.found(),
            result.outcomes.len(),
            result.share(),
            result.skipped
        );
        if args.misses {
            for outcome in result.outcomes.iter().filter(|o| !o.found) {
                println!(
                    "  missed {} {} in {:?}; found: [{}]",
                    outcome.gold.0,
                    outcome.gold.1,
                    outcome.text,
                    outcome.extracted.join(", ")
                );
            }
        }
        if args.min_share.is_some_and(|min| result.share() < min) {
            below = true;
        }
    }
    if below {
        Outcome::Problems
    } else {
        Outcome::Ok
    }
}
