//! `claimbench new`: adds a text to a dataset as a new article, with a
//! skeleton of its annotation for a person to decide (see
//! `claimbench::scaffold`).

use std::path::{Path, PathBuf};

use clap::Args;

use claimbench::scaffold::{article_id, next_number, sha256_hex, skeleton, text_of};
use claimbench::schema::modeline_of;

use super::{Outcome, fail, write_atomically};

/// Arguments of `claimbench new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The article's text: a UTF-8 file, copied byte for byte
    #[arg(value_name = "TEXT")]
    text: PathBuf,

    /// The dataset directory to add it to (it holds articles/)
    #[arg(long, value_name = "DIR")]
    dataset: PathBuf,
}

/// Runs `claimbench new`.
pub fn run(args: &NewArgs) -> Outcome {
    let bytes = match std::fs::read(&args.text) {
        Ok(bytes) => bytes,
        Err(error) => return fail(format_args!("cannot read {}: {error}", args.text.display())),
    };
    let text = match text_of(&bytes) {
        Ok(text) => text,
        Err(error) => return fail(format_args!("{}: {error}", args.text.display())),
    };
    let articles = args.dataset.join("articles");
    if !articles.is_dir() {
        return fail(format_args!(
            "{} is not a directory\n\
             help: give --dataset a dataset directory (it holds dataset.yaml, conflicts.yaml and articles/)",
            articles.display()
        ));
    }
    let stems = match stems_in(&articles) {
        Ok(stems) => stems,
        Err(error) => return fail(format_args!("cannot list {}: {error}", articles.display())),
    };
    let sha = sha256_hex(&bytes);
    let id = article_id(next_number(stems.iter().map(String::as_str)), &sha);
    let hash_part = &id[id.find('_').map_or(0, |at| at + 1)..];
    if let Some(same) = stems
        .iter()
        .find(|stem| stem.ends_with(&format!("_{hash_part}")))
    {
        return fail(format_args!(
            "the dataset already holds this text, as the article {same} in {}",
            articles.display()
        ));
    }
    let text_path = articles.join(format!("{id}.txt"));
    let yaml_path = articles.join(format!("{id}.yaml"));
    for path in [&text_path, &yaml_path] {
        if path.exists() {
            return fail(format_args!(
                "{} already exists; claimbench new never overwrites a file",
                path.display()
            ));
        }
    }
    let skeleton = skeleton(&id, text);
    let yaml = match neighbours_modeline(&articles, &stems) {
        Some(modeline) => format!("{modeline}\n{}", skeleton.yaml),
        None => skeleton.yaml,
    };
    if let Err(error) = write_atomically(&text_path, &bytes) {
        return fail(format_args!(
            "cannot write {}: {error}",
            text_path.display()
        ));
    }
    if let Err(error) = write_atomically(&yaml_path, yaml.as_bytes()) {
        // Leave the dataset as it was: no text without its annotation.
        let _ = std::fs::remove_file(&text_path);
        return fail(format_args!(
            "cannot write {}: {error}",
            yaml_path.display()
        ));
    }
    println!(
        "added {} and {}: {} draft claims and {} draft distractors\n\
         next: decide each draft (CONTRIBUTING.md, \"Adding an article, step by step\"), fill in the source, \
         then run `claimbench validate {}`",
        text_path.display(),
        yaml_path.display(),
        skeleton.claims,
        skeleton.distractors,
        args.dataset.display()
    );
    Outcome::Ok
}

/// The schema line the dataset's articles start with, so a new article
/// names its schema the way its neighbours do: the path to the schema is
/// relative to where the dataset sits, which only its files know. The first
/// article (by name) that has one decides; a dataset without one gets none.
fn neighbours_modeline(articles: &Path, stems: &[String]) -> Option<String> {
    let mut stems: Vec<&String> = stems.iter().collect();
    stems.sort();
    stems.dedup();
    stems.into_iter().find_map(|stem| {
        let text = std::fs::read_to_string(articles.join(format!("{stem}.yaml"))).ok()?;
        modeline_of(&text).map(str::to_owned)
    })
}

/// The file stems in `dir` (`004_95a7...` for `004_95a7....yaml`).
fn stems_in(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut stems = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if let Some(stem) = path.file_stem().and_then(|stem| stem.to_str()) {
            stems.push(stem.to_owned());
        }
    }
    Ok(stems)
}
