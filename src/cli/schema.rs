//! `claimbench schema`: prints or writes the JSON Schemas of a dataset's
//! files (see `claimbench::schema`).

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use claimbench::schema::SchemaFile;

use super::{Outcome, fail, write_output};

/// Arguments of `claimbench schema`.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  claimbench schema article              print the article schema
  claimbench schema --out-dir docs/schema  write all three schemas

A fixture names its schema on its first line, for editors with a YAML
language server:
  # yaml-language-server: $schema=../../docs/schema/article.schema.json")]
pub struct SchemaArgs {
    /// The file whose schema to print: an article's YAML, conflicts.yaml or
    /// dataset.yaml [default with --out-dir: all three]
    #[arg(value_enum, value_name = "FILE", required_unless_present = "out_dir")]
    file: Option<FileArg>,

    /// Write the schemas (FILE's, or all three) into DIR as
    /// `<file>.schema.json`, each atomically, instead of printing one
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

/// The files that have a schema, as the command line names them.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum FileArg {
    /// `articles/<id>.yaml`
    Article,
    /// `conflicts.yaml`
    Conflicts,
    /// `dataset.yaml`
    Dataset,
}

impl From<FileArg> for SchemaFile {
    fn from(file: FileArg) -> SchemaFile {
        match file {
            FileArg::Article => SchemaFile::Article,
            FileArg::Conflicts => SchemaFile::Conflicts,
            FileArg::Dataset => SchemaFile::Dataset,
        }
    }
}

/// Runs `claimbench schema`.
pub fn run(args: &SchemaArgs) -> Outcome {
    let files: Vec<SchemaFile> = match args.file {
        Some(file) => vec![file.into()],
        None => SchemaFile::ALL.to_vec(),
    };
    let Some(dir) = &args.out_dir else {
        return match write_output(None, &files[0].render()) {
            Ok(()) => Outcome::Ok,
            Err(outcome) => outcome,
        };
    };
    if !dir.is_dir() {
        return fail(format_args!(
            "{} is not a directory\n\
             help: create it first, or give --out-dir an existing directory",
            dir.display()
        ));
    }
    for file in files {
        if let Err(outcome) = write_output(Some(&dir.join(file.file_name())), &file.render()) {
            return outcome;
        }
    }
    Outcome::Ok
}
