//! `claimbench import`: another benchmark's files as a claimbench dataset or
//! predictions file (see `claimbench::import`).
//!
//! `claimbench import newsquant FILE --out DIR`, `claimbench import gum
//! GUM_DIR --out DIR` and `claimbench import rules RULES_DIR --out DIR` write
//! a dataset;
//! `claimbench import newsquant FILE --predictions --out FILE` writes a
//! predictions file for `bench --predictions`. Both write atomically: a
//! dataset is written to a temporary directory beside DIR, validated, and
//! renamed into place; a predictions file to a temporary file renamed into
//! place. The exit status is 0 when the import was written, 1 when the input
//! is malformed (every problem is listed with its line and column, and
//! nothing is written), and 2 when a file cannot be read or written.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use claimbench::import::{ImportError, ImportedDataset, gum, newsquant, rule_corpus};

use super::{Outcome, fail, load_dataset, write_output};

/// Arguments of `claimbench import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    benchmark: Benchmark,
}

/// The benchmarks claimbench imports.
#[derive(Debug, Subcommand)]
enum Benchmark {
    /// NewsQuant (Almasian et al., EMNLP 2023): its gold file as a dataset of
    /// unlocated claims, one article per sentence, or with --predictions a
    /// file of predictions in its shape (GPT-3's released ones) as a
    /// predictions file whose ids are the dataset's. The mapping of units and
    /// changes is documented in docs/newsquant.md. Exit status: 0 written, 1
    /// the file is malformed (every problem is listed with its line and
    /// column; nothing is written), 2 a file cannot be read or written
    Newsquant(NewsquantArgs),
    /// The Wikinews collection: rebuilds each article's text from a GUM
    /// checkout (or a folder of its GUM_news_*.conllu files) by the rule of
    /// docs/gum.md, checks it against the SHA-256 the annotation records,
    /// and writes the texts with the collection's annotations as a dataset.
    /// Exit status: 0 written, 1 a document is missing, changed or malformed
    /// (every problem is listed with its file and line; nothing is
    /// written), 2 a file cannot be read or written
    Gum(GumArgs),
    /// The rule corpus of the reference extractor (tests/rules/ of the
    /// repository: one YAML file per stage of rules) as a dataset (`claimbench
    /// import rules tests/rules --out target/rules`), so that
    /// `bench --dataset DIR` scores any extractor on its examples. Every
    /// example becomes an article whose text is the example's, its expected
    /// claims the article's claims, located by their figures, with unit,
    /// value, qualifier and attribution; the dataset's layers are spans,
    /// qualifier and attribution (no measures, distractors or conflicts).
    /// Exit status: 0 written, 1 a corpus file is malformed (every problem is
    /// listed with its file, line and column; nothing is written), 2 a file
    /// cannot be read or written
    Rules(RulesArgs),
}

/// Arguments of `claimbench import rules`.
#[derive(Debug, Args)]
struct RulesArgs {
    /// The folder of the corpus files: every `*.yaml` in it is read (not its
    /// subfolders)
    #[arg(value_name = "RULES_DIR")]
    rules_dir: PathBuf,

    /// The dataset directory to write: new, or empty
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
}

/// Arguments of `claimbench import gum`.
#[derive(Debug, Args)]
struct GumArgs {
    /// A GUM checkout (its `dep/` folder is read) or a folder of its
    /// `GUM_news_*.conllu` files
    #[arg(value_name = "GUM_DIR")]
    gum_dir: PathBuf,

    /// The dataset directory to write: new, or empty
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,

    /// Read the collection's annotations from DIR (laid out as
    /// collections/wikinews/ of the repository) instead of those built into
    /// claimbench
    #[arg(long, value_name = "DIR")]
    annotations: Option<PathBuf>,
}

/// Arguments of `claimbench import newsquant`.
#[derive(Debug, Args)]
struct NewsquantArgs {
    /// The NewsQuant JSON file (gold, or predictions with --predictions)
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// Where to write: a new (or empty) dataset directory, or with
    /// --predictions the predictions file
    #[arg(long, short, value_name = "PATH")]
    out: PathBuf,

    /// FILE holds predictions (`quantities` as lists of strings), not gold:
    /// write a predictions file for `claimbench bench --predictions`
    #[arg(long)]
    predictions: bool,

    /// With --predictions: the imported dataset, so that sentences it does
    /// not have are left out (and counted) rather than written
    #[arg(long, value_name = "DIR", requires = "predictions")]
    dataset: Option<PathBuf>,

    /// With --predictions: join a value that the file splits at its
    /// thousands separators (`" 33", " 790"`) back into one (33790). By
    /// default the second field alone is the value, as the CQE paper scored
    /// the file
    #[arg(long, requires = "predictions")]
    join_split_values: bool,
}

/// Runs `claimbench import`.
pub fn run(args: &ImportArgs) -> Outcome {
    match &args.benchmark {
        Benchmark::Newsquant(args) => run_newsquant(args),
        Benchmark::Gum(args) => run_gum(args),
        Benchmark::Rules(args) => run_rules(args),
    }
}

fn run_rules(args: &RulesArgs) -> Outcome {
    let dir = &args.rules_dir;
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            return fail(format_args!(
                "cannot read the corpus folder {}: {error}",
                dir.display()
            ));
        }
    };
    let mut files = BTreeMap::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => return fail(format_args!("cannot read {}: {error}", dir.display())),
        };
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".yaml") || !path.is_file() {
            continue;
        }
        // Reading stops past the size a corpus file may have, which the
        // import refuses.
        let mut bytes = Vec::new();
        let read = std::fs::File::open(&path).and_then(|file| {
            file.take(claimbench::fixture::MAX_YAML_BYTES + 1)
                .read_to_end(&mut bytes)
        });
        if let Err(error) = read {
            return fail(format_args!("cannot read {}: {error}", path.display()));
        }
        files.insert(name, bytes);
    }
    match rule_corpus::import(&files, &dir.display().to_string()) {
        Ok(imported) => written(&imported, "examples", &args.out),
        Err(error) => refused_located("the rule corpus", &error),
    }
}

fn run_gum(args: &GumArgs) -> Outcome {
    let collection = match &args.annotations {
        None => gum::Collection::embedded(),
        Some(dir) => match gum::Collection::from_dir(dir) {
            Ok(collection) => collection,
            Err(error) => {
                return fail(format_args!(
                    "cannot read the annotations in {}: {error}",
                    dir.display()
                ));
            }
        },
    };
    let dep = args.gum_dir.join("dep");
    let folder = if dep.is_dir() {
        dep
    } else {
        args.gum_dir.clone()
    };
    if !folder.is_dir() {
        return fail(format_args!(
            "{} is not a directory: give a GUM checkout or a folder of its GUM_news_*.conllu files",
            args.gum_dir.display()
        ));
    }
    let mut documents = BTreeMap::new();
    for name in collection.documents_needed() {
        match std::fs::read(folder.join(&name)) {
            Ok(bytes) => {
                documents.insert(name, bytes);
            }
            // A missing document is the import's to report, with the others.
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                return fail(format_args!(
                    "cannot read {}: {error}",
                    folder.join(&name).display()
                ));
            }
        }
    }
    match gum::import(&collection, &documents, &folder.display().to_string()) {
        Ok(imported) => written(&imported, "articles", &args.out),
        Err(error) => refused_located("the collection", &error),
    }
}

fn run_newsquant(args: &NewsquantArgs) -> Outcome {
    let bytes = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(error) => return fail(format_args!("cannot read {}: {error}", args.file.display())),
    };
    let name = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let file = args.file.display().to_string();
    if args.predictions {
        let dataset = match args.dataset.as_deref().map(|dir| load_dataset(Some(dir))) {
            None => None,
            Some(Ok(dataset)) => Some(dataset),
            Some(Err(outcome)) => return outcome,
        };
        let imported = match newsquant::import_predictions(
            &bytes,
            &name,
            dataset.as_deref(),
            args.join_split_values,
        ) {
            Ok(imported) => imported,
            Err(error) => return refused(&file, &error),
        };
        if let Err(outcome) = write_output(Some(&args.out), &imported.text) {
            return outcome;
        }
        eprintln!(
            "claimbench: wrote predictions for {} sentences, {} claims, to {}",
            imported.articles,
            imported.claims,
            args.out.display()
        );
        remarks(&imported.remarks);
        return Outcome::Ok;
    }
    match newsquant::import_dataset(&bytes, &name) {
        Ok(imported) => written(&imported, "sentences", &args.out),
        Err(error) => refused(&file, &error),
    }
}

/// Writes an imported dataset to `out` ([`write_dataset_dir`]) and says
/// what it holds, its articles counted as `articles` (`sentences`); status
/// 2 when it cannot be written.
fn written(imported: &ImportedDataset, articles: &str, out: &Path) -> Outcome {
    if let Err(message) = write_dataset_dir(out, &imported.files) {
        return fail(message);
    }
    eprintln!(
        "claimbench: imported {} {articles}, {} claims, into {}",
        imported.articles,
        imported.claims,
        out.display()
    );
    remarks(&imported.remarks);
    Outcome::Ok
}

fn remarks(remarks: &[String]) {
    for remark in remarks {
        eprintln!("claimbench: {remark}");
    }
}

/// Lists every problem of an import of several files (`what`), each at its
/// file; status 1, nothing written.
fn refused_located(what: &str, error: &ImportError) -> Outcome {
    eprint!("{}", error.render_located());
    eprintln!(
        "claimbench: {what} was not imported ({} problem(s)); nothing was written",
        error.problems().len()
    );
    Outcome::Problems
}

/// Lists every problem of a malformed input; status 1, nothing written.
fn refused(file: &str, error: &ImportError) -> Outcome {
    eprint!("{}", error.render(file));
    eprintln!(
        "claimbench: {file} was not imported ({} problem(s)); nothing was written",
        error.problems().len()
    );
    Outcome::Problems
}

/// Writes the files of a dataset to a temporary directory beside `out`,
/// checks that they load as a valid dataset, and renames the directory to
/// `out`, which must not exist or be empty: an error leaves nothing behind.
fn write_dataset_dir(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let shown = out.display();
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .map(|mut entries| entries.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(format!(
                "{shown} exists and is not an empty directory; choose a new one, or remove it first"
            ));
        }
    }
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let cannot = |error: std::io::Error| format!("cannot write {shown}: {error}");
    std::fs::create_dir_all(parent).map_err(cannot)?;
    let temporary = tempfile::Builder::new()
        .prefix(".claimbench-import-")
        .tempdir_in(parent)
        .map_err(cannot)?;
    // A dataset has `articles/`, even one whose collection has no article yet.
    std::fs::create_dir_all(temporary.path().join("articles")).map_err(cannot)?;
    for (path, bytes) in files {
        let target = temporary.path().join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(cannot)?;
        }
        std::fs::write(&target, bytes).map_err(cannot)?;
    }
    if let Err(error) = claimbench::Dataset::load(temporary.path()) {
        let diagnostics: Vec<String> = error
            .diagnostics()
            .iter()
            .map(|d| d.render(&shown.to_string()))
            .collect();
        return Err(format!(
            "the imported dataset does not validate, so nothing was written: {error}\n{}",
            diagnostics.join("\n")
        ));
    }
    if out.exists() {
        std::fs::remove_dir(out).map_err(cannot)?;
    }
    let kept = temporary.keep();
    std::fs::rename(&kept, out).map_err(|error| {
        let _ = std::fs::remove_dir_all(&kept);
        cannot(error)
    })
}
