//! `claimbench export`: writes the gold of a dataset as flat tables (JSON
//! Lines or CSV) into a directory, for pandas and Hugging Face `datasets`.
//! The files and their columns are documented on `claimbench::export`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use claimbench::export::{ExportFormat, export};

use super::{Outcome, fail, load_dataset, write_output};

/// Arguments of `claimbench export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Format of the claim, distractor and conflict tables (the article
    /// texts are always JSON Lines)
    #[arg(long, value_enum, default_value_t = TableFormat::Jsonl)]
    format: TableFormat,

    /// A dataset directory to export [default: the bundled dataset]
    #[arg(long, value_name = "DIR")]
    dataset: Option<PathBuf>,

    /// The directory to write into, created if missing; files already there
    /// with the same names are replaced
    #[arg(long, value_name = "DIR", default_value = ".")]
    out: PathBuf,
}

/// The table formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TableFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// Runs `claimbench export`.
pub fn run(args: &ExportArgs) -> Outcome {
    let dataset = match load_dataset(args.dataset.as_deref()) {
        Ok(dataset) => dataset,
        Err(outcome) => return outcome,
    };
    let format = match args.format {
        TableFormat::Jsonl => ExportFormat::JsonLines,
        TableFormat::Csv => ExportFormat::Csv,
    };
    if let Err(error) = std::fs::create_dir_all(&args.out) {
        return fail(format_args!(
            "cannot create the directory {}: {error}",
            args.out.display()
        ));
    }
    let files = export(&dataset, format);
    for file in &files {
        if let Err(outcome) = write_output(Some(&args.out.join(&file.name)), &file.contents) {
            return outcome;
        }
    }
    let names: Vec<&str> = files.iter().map(|file| file.name.as_str()).collect();
    eprintln!(
        "claimbench: wrote {} into {}",
        names.join(", "),
        args.out.display()
    );
    Outcome::Ok
}
