//! `claimbench robustness`: puts an extractor through the robustness
//! properties of `claimbench::strategy::check` and prints the pass rate of
//! each and, for each failing property, its minimal (shrunk) failing case.
//!
//! Without `--extractor-cmd` it tests the reference extractor; with it, a
//! program speaking the protocol of `claimbench::protocol`
//! (docs/protocol.md), started once for the run.
//!
//! The cases come from the bundled dataset and `--seed`: the same seed
//! generates the same cases, so a failure printed once is reproduced by
//! running the same command again. The exit status is 0 when every case
//! passed, 1 when a property failed, and 2 when the run could not start
//! (the extractor command cannot be started, or the extractor failed on an
//! unedited article).

use clap::Args;

use claimbench::extract::Extractor;
use claimbench::strategy::check::{self, Config};

use super::extractor::ExtractorArgs;
use super::{Outcome, fail, write_output};

/// Arguments of `claimbench robustness`.
#[derive(Debug, Args)]
pub struct RobustnessArgs {
    #[command(flatten)]
    extractor: ExtractorArgs,

    /// Cases generated per property
    #[arg(long, value_name = "N", default_value_t = 64)]
    cases: u32,

    /// Seed of the generated cases; the same seed reproduces a failure
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
}

/// Runs `claimbench robustness`.
pub fn run(args: &RobustnessArgs) -> Outcome {
    match args.extractor.extractor() {
        Ok(extractor) => test(extractor.get(), args),
        Err(message) => fail(message),
    }
}

fn test(extractor: &dyn Extractor, args: &RobustnessArgs) -> Outcome {
    let config = Config {
        cases: args.cases,
        seed: args.seed,
        ..Config::default()
    };
    let dataset = match super::load_dataset(None) {
        Ok(dataset) => dataset,
        Err(outcome) => return outcome,
    };
    let report = match check::run(extractor, &dataset, &config) {
        Ok(report) => report,
        Err(error) => {
            return fail(format_args!(
                "the extractor failed on an unedited article: {error}"
            ));
        }
    };
    if let Err(outcome) = write_output(None, &report.to_string()) {
        return outcome;
    }
    if report.passed() {
        Outcome::Ok
    } else {
        Outcome::Problems
    }
}
