//! `claimbench extract [FILE|-]`: runs the reference extractor on one text
//! and prints the claims it finds.
//!
//! The text is read from FILE, or from standard input when FILE is `-` or
//! absent, and must be UTF-8. The output is a list of extracted claims in
//! the wire format documented in `claimbench::extract::claim` (offsets count
//! characters): YAML by default, one JSON array with `--format json`, one
//! JSON object per line with `--format jsonl`. With `--explain` it prints,
//! in the same formats, every numeral of the text instead: the rules that
//! fired on it (`claimbench::extract::rules`), the one that decided, why,
//! and the claim it gave if it was kept. The exit status is 0 when the
//! text was read (whether or not it holds claims) and 2 when it could not be
//! read or is not UTF-8.

use std::io::{self, Read, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use claimbench::extract::ReferenceExtractor;
use serde::Serialize;

use super::{Outcome, fail};

/// Arguments of `claimbench extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article text to read; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Yaml)]
    format: ExtractFormat,
    /// Print every numeral with the rules that fired, the one that decided
    /// and the claim kept, if any, instead of the claims.
    #[arg(long)]
    explain: bool,
}

/// How `claimbench extract` prints the claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// A YAML list.
    Yaml,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// Runs `claimbench extract`.
pub fn run(args: &ExtractArgs) -> Outcome {
    let (name, bytes) = match args.file.as_deref() {
        None => ("standard input".to_owned(), read_stdin()),
        Some(path) if path.as_os_str() == "-" => ("standard input".to_owned(), read_stdin()),
        Some(path) => (path.display().to_string(), std::fs::read(path)),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(err) => return fail(format_args!("cannot read {name}: {err}")),
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            return fail(format_args!(
                "{name} is not UTF-8: invalid byte at offset {}",
                err.utf8_error().valid_up_to()
            ));
        }
    };
    let extractor = ReferenceExtractor::new();
    let written = if args.explain {
        write(&extractor.explain(&text), args.format)
    } else {
        write(&extractor.extract_text(&text), args.format)
    };
    match written {
        Ok(()) => Outcome::Ok,
        // A reader that stops early (`| head`) is not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Outcome::Ok,
        Err(err) => fail(format_args!("cannot write the claims: {err}")),
    }
}

fn read_stdin() -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Writes the claims or explanations as a YAML list, a JSON array or JSON
/// lines.
fn write<T: Serialize>(items: &[T], format: ExtractFormat) -> io::Result<()> {
    // Standard output is line-buffered: serde writes a claim in many small
    // pieces, so they are gathered before they reach it.
    let mut out = io::BufWriter::new(io::stdout().lock());
    match format {
        ExtractFormat::Yaml => {
            let yaml = serde_norway::to_string(items).map_err(io::Error::other)?;
            out.write_all(yaml.as_bytes())?;
        }
        ExtractFormat::Json => {
            serde_json::to_writer_pretty(&mut out, items)?;
            writeln!(out)?;
        }
        ExtractFormat::Jsonl => {
            for item in items {
                serde_json::to_writer(&mut out, item)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()
}
