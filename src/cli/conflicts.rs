//! `claimbench conflicts`: the groups of figures from different articles
//! that measure the same thing, with their verdicts, for a dataset's gold
//! claims or for the claims an extractor finds in its texts (see
//! `claimbench::conflict`). The confident matches by default, every
//! compatible pair with `--all`; every statement's frame with `--frames`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::extractor::ExtractorArgs;
use claimbench::conflict::{
    CONFIDENT, Statement, detect_at, extracted_statements, gold_statements,
};
use claimbench::{Dataset, report};

use super::{Outcome, fail, load_dataset, write_output};

/// Arguments of `claimbench conflicts`.
#[derive(Debug, Args)]
pub struct ConflictsArgs {
    /// A dataset directory [default: the bundled dataset]
    #[arg(long, value_name = "DIR")]
    dataset: Option<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ConflictsFormat::Table)]
    format: ConflictsFormat,

    /// Write to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Use the claims an extractor finds in the texts instead of the gold
    /// claims (the reference extractor, unless --extractor-cmd names another)
    #[arg(long)]
    extracted: bool,

    /// Show every pair whose frames are compatible, not only the confident
    /// matches (a matched quantity and place)
    #[arg(long)]
    all: bool,

    /// Also list every statement's frame (quantity, restrictions, place,
    /// subjects, period, headline names, source), to see why two figures
    /// were or were not compared (table format)
    #[arg(long)]
    frames: bool,

    #[command(flatten)]
    extractor: ExtractorArgs,
}

/// How `conflicts` prints its groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ConflictsFormat {
    /// Text for a terminal.
    Table,
    /// One JSON document.
    Json,
    /// GitHub-flavoured Markdown.
    Markdown,
}

/// Runs `claimbench conflicts`.
pub fn run(args: &ConflictsArgs) -> Outcome {
    let dataset = match load_dataset(args.dataset.as_deref()) {
        Ok(dataset) => dataset,
        Err(outcome) => return outcome,
    };
    let dataset: &Dataset = &dataset;
    let statements: Vec<Statement> = if args.extracted || args.extractor.extractor_cmd.is_some() {
        let extractor = match args.extractor.extractor() {
            Ok(extractor) => extractor,
            Err(message) => return fail(message),
        };
        // The reference extractor is stateless and runs on all cores; a
        // program sees the articles one at a time, in dataset order.
        let (statements, failures) =
            extracted_statements(&dataset.articles, extractor.get(), extractor.parallel());
        for (article, error) in failures {
            eprintln!("claimbench: the extractor failed on {article}: {error}");
        }
        statements
    } else {
        gold_statements(&dataset.articles)
    };
    let min_confidence = if args.all { 0.0 } else { CONFIDENT };
    let groups = detect_at(&statements, min_confidence);
    let frames = args.frames.then_some(statements.as_slice());
    let rendered = match args.format {
        ConflictsFormat::Table => report::conflicts_table(&groups, frames),
        ConflictsFormat::Json => report::conflicts_json(&groups),
        ConflictsFormat::Markdown => report::conflicts_markdown(&groups),
    };
    match write_output(args.output.as_deref(), &rendered) {
        Ok(()) => Outcome::Ok,
        Err(outcome) => outcome,
    }
}
