//! The exhaustiveness check (CB312) on copies of the bundled dataset: with
//! any one distractor removed, the numeral it accounted for is reported in
//! the article's text file, at its line and column. (Distractors written
//! in digits: the scanner does not read ordinal words such as `first`.)

use std::path::Path;

use claimbench::Code;
use claimbench::model::Article;

#[path = "support/dirs.rs"]
mod dirs;
use dirs::copy_dir;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
}

/// Line and column (from 1, columns in characters) of byte `at` of `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[test]
fn removing_any_bundled_distractor_reports_its_numeral_where_the_text_has_it() {
    let dataset = claimbench::dataset();
    let mut removed = 0;
    for article in &dataset.articles {
        for (index, distractor) in article.distractors.iter().enumerate() {
            // The scanner finds digits and cardinal number words; ordinal
            // words (`the first option`) are distractors it does not find,
            // so removing one leaves nothing to report.
            if !distractor.figure.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let dir = tempfile::tempdir().unwrap();
            copy_dir(fixtures(), dir.path());
            let yaml_path = dir
                .path()
                .join("articles")
                .join(format!("{}.yaml", article.id));
            let mut edited: Article =
                serde_norway::from_str(&std::fs::read_to_string(&yaml_path).unwrap()).unwrap();
            edited.distractors.remove(index);
            std::fs::write(&yaml_path, serde_norway::to_string(&edited).unwrap()).unwrap();

            let validation = claimbench::validate_dir(dir.path()).unwrap();
            let text_file = format!("articles/{}", article.text_file);
            // Every place of the removed distractor's figure (`Nov. 6` for
            // a date, whose numeral is its `6`), in each occurrence of its
            // quote.
            let expected: Vec<(usize, usize)> = article
                .text
                .match_indices(&distractor.quote)
                .flat_map(|(at, _)| {
                    let figure_at = at + distractor.quote.find(&distractor.figure).unwrap();
                    let figure = &article.text[figure_at..figure_at + distractor.figure.len()];
                    figure
                        .char_indices()
                        .map(move |(i, _)| figure_at + i)
                        .collect::<Vec<_>>()
                })
                .map(|at| position(&article.text, at))
                .collect();
            assert!(!expected.is_empty());
            let context = format!(
                "{} without distractor `{}`:\n{:#?}",
                article.id, distractor.quote, validation.diagnostics
            );
            assert!(
                validation
                    .diagnostics
                    .iter()
                    .all(|d| d.code == Code::NumeralNotCovered && d.path == text_file),
                "{context}"
            );
            let found: Vec<(usize, usize)> = validation
                .diagnostics
                .iter()
                .map(|d| (d.line, d.column))
                .collect();
            assert!(
                expected.iter().any(|at| found.contains(at)),
                "{context}\nexpected one at {expected:?}"
            );
            removed += 1;
        }
    }
    assert!(removed > 0, "the bundled dataset has distractors");
}
