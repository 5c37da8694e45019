//! The `claimbench` command line: clap derive, one module per subcommand,
//! the [`Command`] enum here. The `///` comments are the help text. Flags
//! that several subcommands take live in flattened structs ([`DatasetArgs`],
//! [`OutputArgs`]). The exit status is one of three ([`Outcome`]).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod agree;
mod bench;
mod conflicts;
mod coverage;
mod export;
mod extract;
mod extractor;
mod import;
mod merge;
mod new;
mod robustness;
mod schema;
mod synth;
mod validate;

/// A curated dataset of checkable numeric claims in news articles, and a
/// harness that scores claim extractors against it.
///
/// Exit status: 0 when all is well, 1 when problems were found, 2 when the
/// command could not run.
#[derive(Debug, Parser)]
#[command(name = "claimbench", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a dataset and report every problem with its file, line, column
    /// and code (see docs/diagnostics.md), then a summary.
    Validate(validate::ValidateArgs),
    /// Run the reference extractor on one article text (FILE, or standard
    /// input) and print the claims it finds.
    Extract(extract::ExtractArgs),
    /// Score an extractor on a dataset (the reference extractor on the
    /// bundled dataset by default) and print its scorecard.
    Bench(bench::BenchArgs),
    /// List the figures from different articles that measure the same thing
    /// in a dataset's gold claims, and whether they agree, differ or conflict.
    Conflicts(conflicts::ConflictsArgs),
    /// Turn another benchmark's files into a claimbench dataset, or its
    /// predictions into a predictions file for `bench --predictions`.
    Import(import::ImportArgs),
    /// Write the gold of a dataset as JSON Lines or CSV tables (articles,
    /// claims, distractors, conflict groups) for pandas and `datasets`; the
    /// columns are documented in src/export.rs.
    Export(export::ExportArgs),
    /// Compare two annotations of the same texts: agreement on claims
    /// (value and unit, qualifier, attribution, span) and distractors, per
    /// article and overall, then every disagreement with both readings.
    Agree(agree::AgreeArgs),
    /// Add a text to a dataset as a new article: copy it under the id the
    /// guide's rule gives it and write a skeleton of its annotation, every
    /// numeral a draft claim or distractor for a person to decide.
    New(new::NewArgs),
    /// Print the JSON Schemas of a dataset's files (an article's YAML,
    /// conflicts.yaml, dataset.yaml), for editors and other tools.
    Schema(schema::SchemaArgs),
    /// Combine the JSON scorecards of `bench --partition K/N` runs into the
    /// scorecard of the whole run.
    Merge(merge::MergeArgs),
    /// Measure the share of the quantities of outside unit test sets that
    /// the reference extractor finds with the right value and unit.
    #[command(hide = true)]
    Coverage(coverage::CoverageArgs),
    /// Write a synthetic dataset for scale tests and benchmarks.
    #[command(hide = true)]
    Synth(synth::SynthArgs),
    /// Put an extractor through generated cases (noise that must not change
    /// its answers, planted claims it must find, arbitrary text it must
    /// survive) and print each property's pass rate and minimal failing case.
    Robustness(robustness::RobustnessArgs),
}

/// The dataset a subcommand works on.
#[derive(Debug, Clone, Args)]
pub struct DatasetArgs {
    /// A dataset directory holding dataset.yaml, conflicts.yaml and
    /// articles/ [default: fixtures/ in a claimbench checkout, else the
    /// dataset bundled in claimbench]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// How a subcommand prints its results.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output format: `human` for people, `json` for programs.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Human,
    /// One JSON document.
    Json,
}

/// How a subcommand ended, and so the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Status 0: nothing wrong.
    Ok,
    /// Status 1: the command ran and found problems.
    Problems,
    /// Status 2: the command could not run.
    Error,
}

/// Prints `error: {message}` to standard error; the command could not run.
pub fn fail(message: impl std::fmt::Display) -> Outcome {
    eprintln!("error: {message}");
    Outcome::Error
}

/// The dataset in `dir`, or the bundled one. An invalid dataset is an error
/// (status 2) that shows every problem as `claimbench validate` does.
pub fn load_dataset(
    dir: Option<&std::path::Path>,
) -> Result<std::borrow::Cow<'static, claimbench::Dataset>, Outcome> {
    use std::borrow::Cow;
    match dir {
        None => claimbench::try_dataset()
            .map(Cow::Borrowed)
            .map_err(|error| invalid_dataset(error, None)),
        Some(dir) => claimbench::Dataset::load(dir)
            .map(Cow::Owned)
            .map_err(|error| invalid_dataset(&error, Some(dir))),
    }
}

/// Reports a dataset that could not be loaded: an invalid one with every
/// diagnostic, in the validator's format, then what to do.
fn invalid_dataset(error: &claimbench::LoadError, dir: Option<&std::path::Path>) -> Outcome {
    if error.kind() != claimbench::LoadErrorKind::Invalid {
        return fail(error);
    }
    let prefix = dir.map_or_else(|| "fixtures".to_owned(), |dir| dir.display().to_string());
    for diagnostic in error.diagnostics() {
        eprintln!("{}\n", diagnostic.render(&prefix));
    }
    let problems = match error.diagnostics().len() {
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    match dir {
        None => fail(format_args!(
            "the dataset bundled in this claimbench (fixtures/ when it was built) has {problems}, shown above\n\
             help: fix them (`claimbench validate fixtures` in the checkout checks them without a rebuild), then rebuild"
        )),
        Some(dir) => fail(format_args!(
            "the dataset in `{}` has {problems}, shown above\n\
             help: fix them, and run `claimbench validate {}` to check",
            dir.display(),
            dir.display()
        )),
    }
}

/// Writes `contents` to `path`, or to standard output when there is no path.
/// A file is written to a temporary file beside it and renamed into place,
/// so an error never leaves it truncated or half-written.
///
/// The file gets the mode a plain file created by the user gets (`0666`
/// less the umask), or keeps the mode it had when it is replaced; errors
/// name `path`, never the temporary file.
pub fn write_output(path: Option<&std::path::Path>, contents: &str) -> Result<(), Outcome> {
    use std::io::Write;
    let Some(path) = path else {
        let mut stdout = std::io::stdout().lock();
        return match stdout
            .write_all(contents.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => Ok(()),
            // A closed pipe (`| head`) is the reader's choice, not an error.
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(error) => Err(fail(format_args!(
                "cannot write to standard output: {error}"
            ))),
        };
    };
    write_atomically(path, contents.as_bytes())
        .map_err(|error| fail(format_args!("cannot write {}: {error}", path.display())))
}

/// Writes `bytes` to a new temporary file beside `path`, then renames it
/// onto `path`. The temporary file is removed on failure.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => std::path::Path::new("."),
    };
    let replaced = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|metadata| metadata.permissions());
    // The file is opened here rather than by `tempfile`, whose own files are
    // private (0600) and whose errors carry the temporary file's name.
    let mut file = tempfile::Builder::new()
        .prefix(".claimbench-")
        .suffix(".tmp")
        .make_in(dir, |temporary| {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o666);
            options.open(temporary)
        })?;
    if let Some(permissions) = replaced {
        file.as_file().set_permissions(permissions)?;
    }
    file.as_file_mut().write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// Parses the arguments and runs the subcommand. Usage errors exit with
/// status 2 (clap's own), `--help` and `--version` with 0.
pub fn run() -> ExitCode {
    ExitCode::from(run_from(std::env::args_os()))
}

/// [`run`] on these arguments (the first names the program), returning the
/// exit status rather than exiting: the Python package's `claimbench`
/// console script runs the command line this way, inside the interpreter.
pub fn run_from<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to standard output with status 0; usage
            // errors to standard error with clap's status 2.
            let _ = error.print();
            return u8::try_from(error.exit_code()).unwrap_or(2);
        }
    };
    let outcome = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Conflicts(args) => conflicts::run(&args),
        Command::Merge(args) => merge::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Synth(args) => synth::run(&args),
        Command::Coverage(args) => coverage::run(&args),
        Command::Extract(args) => extract::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Agree(args) => agree::run(&args),
        Command::New(args) => new::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Robustness(args) => robustness::run(&args),
    };
    match outcome {
        Outcome::Ok => 0,
        Outcome::Problems => 1,
        Outcome::Error => 2,
    }
}
