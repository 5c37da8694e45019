//! `claimbench agree`: how far two annotations of the same texts agree, and
//! every point where they differ (see `claimbench::agree`).

use std::path::PathBuf;

use clap::Args;

use claimbench::agree::{agree, render_text};

use super::{Format, Outcome, OutputArgs, fail, load_dataset, write_output};

/// Arguments of `claimbench agree`.
#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// The first annotation: a dataset directory
    #[arg(value_name = "DIR_A")]
    a: PathBuf,

    /// The second annotation of the same texts: a dataset directory
    #[arg(value_name = "DIR_B")]
    b: PathBuf,

    #[command(flatten)]
    output: OutputArgs,

    /// Write to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// Runs `claimbench agree`.
pub fn run(args: &AgreeArgs) -> Outcome {
    // Report both directories' problems before giving up on either.
    let a = load_dataset(Some(&args.a));
    let b = load_dataset(Some(&args.b));
    let (a, b) = match (a, b) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(outcome), _) | (_, Err(outcome)) => return outcome,
    };
    let agreement = agree(&a, &b);
    let rendered = match args.output.format {
        Format::Human => render_text(&agreement),
        Format::Json => match serde_json::to_string_pretty(&agreement) {
            Ok(json) => json + "\n",
            Err(error) => return fail(format_args!("cannot write the report as JSON: {error}")),
        },
    };
    match write_output(args.out.as_deref(), &rendered) {
        Ok(()) => Outcome::Ok,
        Err(outcome) => outcome,
    }
}
