//! `claimbench synth DIR` (hidden): writes a synthetic dataset for scale
//! tests and benchmarks (see `claimbench::synth`).

use std::path::PathBuf;

use clap::Args;

use claimbench::synth::{SynthSpec, write_dataset};

use super::{Outcome, fail};

/// Arguments of `claimbench synth`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    /// The directory to write the dataset into
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// How many articles
    #[arg(long, default_value_t = 10_000)]
    articles: usize,

    /// How many claims in each article
    #[arg(long, default_value_t = 10)]
    claims_per_article: usize,

    /// Varies figures and templates
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

/// Runs `claimbench synth`.
pub fn run(args: &SynthArgs) -> Outcome {
    let spec = SynthSpec {
        articles: args.articles,
        claims_per_article: args.claims_per_article,
        seed: args.seed,
    };
    match write_dataset(&args.dir, spec) {
        Ok(()) => Outcome::Ok,
        Err(error) => fail(format_args!("cannot write {}: {error}", args.dir.display())),
    }
}
