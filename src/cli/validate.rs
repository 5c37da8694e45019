//! `claimbench validate [DIR]`: validates a dataset directory, or the
//! bundled dataset, and prints every problem and a summary.
//!
//! With no DIR, in a claimbench checkout (a `Cargo.toml` of the package
//! `claimbench` and a `fixtures/dataset.yaml` in the current directory) it
//! checks `fixtures/` as it is on disk: a contributor editing the fixtures
//! wants them checked now, not the copy compiled into the binary, which
//! only a rebuild refreshes. `--bundled` checks the compiled-in copy.
//!
//! Human output is one block per problem,
//! `path:line:column: error[CODE]: message` and an indented `help:` line,
//! then one summary line. Lines and columns count from 1; columns count
//! characters.
//!
//! `--format json` prints one JSON document:
//!
//! ```text
//! {
//!   "dataset": "<DIR as given, or \"bundled\">",
//!   "diagnostics": [
//!     {"path": "DIR/articles/a.yaml", "line": 3, "column": 10, "code": "CB301",
//!      "message": "...", "help": "..."}
//!   ],
//!   "summary": {"articles": 5, "claims": 14, "distractors": 19,
//!               "conflict_groups": 3, "version": "0.1.0" | null,
//!               "content_hash": "<64 hex digits>" | null}
//! }
//! ```
//!
//! Fields may be added to any object; none will be removed or change
//! meaning. The exit status is 0 with no diagnostics, 1 with some, and 2
//! when the validation could not run (DIR is missing or not a directory).

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use claimbench::partition::Partition;
use claimbench::{Diagnostic, Summary, Validation};

use super::{DatasetArgs, Format, Outcome, OutputArgs, fail};

/// Arguments of `claimbench validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    dataset: DatasetArgs,
    #[command(flatten)]
    output: OutputArgs,

    /// Check the dataset compiled into this claimbench, even in a checkout
    /// (where the default is fixtures/ as it is on disk)
    #[arg(long, conflicts_with = "dir")]
    bundled: bool,

    /// Check only share K of N of the articles (a stable split by article
    /// id), to spread a large dataset over N machines; the manifest and the
    /// conflict groups are checked in every share
    #[arg(long, value_name = "K/N")]
    partition: Option<Partition>,
}

/// The JSON document of `--format json`.
#[derive(Serialize)]
struct Report<'a> {
    dataset: &'a str,
    diagnostics: Vec<Diagnostic>,
    summary: &'a Summary,
}

/// Runs `claimbench validate`.
pub fn run(args: &ValidateArgs) -> Outcome {
    let dir = match &args.dataset.dir {
        None if !args.bundled => checkout_fixtures(),
        dir => dir.clone(),
    };
    let (validation, dataset, prefix) = match &dir {
        None => (
            match args.partition {
                None => claimbench::validate_bundled(),
                Some(partition) => claimbench::fixture::validate_bundled_partition(partition),
            },
            "bundled".to_owned(),
            "fixtures".to_owned(),
        ),
        Some(dir) => match args.partition.map_or_else(
            || claimbench::validate_dir(dir),
            |partition| claimbench::fixture::validate_dir_partition(dir, partition),
        ) {
            Ok(validation) => {
                let shown = dir.display().to_string();
                (validation, shown.clone(), shown)
            }
            Err(error) => return fail(error),
        },
    };
    match args.output.format {
        Format::Human => print_human(&validation, &dataset, &prefix),
        Format::Json => {
            let report = Report {
                dataset: &dataset,
                diagnostics: validation
                    .diagnostics
                    .iter()
                    .map(|d| Diagnostic {
                        path: format!("{}/{}", prefix.trim_end_matches('/'), d.path),
                        ..d.clone()
                    })
                    .collect(),
                summary: &validation.summary,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(json) => println!("{json}"),
                Err(error) => return fail(error),
            }
        }
    }
    if validation.is_ok() {
        Outcome::Ok
    } else {
        Outcome::Problems
    }
}

/// `fixtures/` when the current directory is a claimbench checkout.
fn checkout_fixtures() -> Option<PathBuf> {
    let manifest = std::fs::read_to_string("Cargo.toml").ok()?;
    let is_claimbench = manifest
        .lines()
        .any(|line| line.trim() == r#"name = "claimbench""#);
    let fixtures = Path::new("fixtures");
    (is_claimbench && fixtures.join("dataset.yaml").is_file()).then(|| fixtures.to_path_buf())
}

fn print_human(validation: &Validation, dataset: &str, prefix: &str) {
    let dataset = if dataset == "bundled" {
        "the bundled dataset".to_owned()
    } else {
        format!("the dataset in {dataset}")
    };
    for diagnostic in &validation.diagnostics {
        println!("{}\n", diagnostic.render(prefix));
    }
    let summary = &validation.summary;
    let problems = match validation.diagnostics.len() {
        0 => "no problems".to_owned(),
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    println!(
        "checked {dataset}: {} articles, {} claims, {} distractors, {} conflict groups; version {}; content hash {}; {problems}",
        summary.articles,
        summary.claims,
        summary.distractors,
        summary.conflict_groups,
        summary.version.as_deref().unwrap_or("unknown"),
        summary.content_hash.as_deref().unwrap_or("unavailable"),
    );
}
