//! The skeleton of a new article, as `claimbench new` writes it: the id the
//! guide's rule gives the text (the next running number, then the first 16
//! hex digits of its SHA-256), and an article YAML listing every numeral of
//! the text (as [`crate::extract::reference::numerals`] finds them) as a
//! draft claim, pre-filled from the reference extractor's claim covering it,
//! or a draft distractor with a guessed reason. Every item is marked
//! `draft: true`, which the validator refuses (CB313) until a person has
//! decided it. No I/O here: the command line reads and writes the files.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use crate::extract::ExtractedClaim;
use crate::extract::reference::{ReferenceExtractor, numerals};
use crate::model::{AttributionKind, Value};

/// How many hex digits of the text's SHA-256 an article id carries.
const ID_HEX_DIGITS: usize = 16;

/// A text that is not UTF-8: where its first invalid byte is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "line {line}, column {column}: the text is not UTF-8 (byte {offset} starts no character)\n\
     help: save the text as UTF-8 (for example `iconv -f LATIN1 -t UTF-8`) and try again"
)]
pub struct NotUtf8 {
    /// The byte offset of the first invalid byte.
    pub offset: usize,
    /// Its line, from 1.
    pub line: usize,
    /// Its column in characters, from 1.
    pub column: usize,
}

/// Reads `bytes` as a text, or says where it is not UTF-8.
pub fn text_of(bytes: &[u8]) -> Result<&str, NotUtf8> {
    std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        let (line, column) = crate::fixture::diagnostic::position_of_byte(bytes, offset);
        NotUtf8 {
            offset,
            line,
            column,
        }
    })
}

/// The lower-case hex SHA-256 of `bytes`, as `text_sha256` records it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// The id of an article whose text hashes to `sha256` (lower-case hex),
/// with running number `number`: `005_c3dad76a7cc05e81`.
pub fn article_id(number: u32, sha256: &str) -> String {
    let digits = sha256.get(..ID_HEX_DIGITS).unwrap_or(sha256);
    format!("{number:03}_{digits}")
}

/// The running number after the highest one among `stems` (file stems of
/// a dataset's `articles/`, such as `004_95a7...`); 0 when none has one.
pub fn next_number<'a>(stems: impl IntoIterator<Item = &'a str>) -> u32 {
    stems
        .into_iter()
        .filter_map(|stem| {
            let (digits, _) = stem.split_once('_')?;
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse::<u32>().ok())?
        })
        .max()
        .map_or(0, |highest| highest.saturating_add(1))
}

/// What the skeleton of a text holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skeleton {
    /// The article YAML.
    pub yaml: String,
    /// How many draft claims it lists.
    pub claims: usize,
    /// How many draft distractors it lists.
    pub distractors: usize,
}

/// The article YAML of `text` under `id`, its text file `<id>.txt`.
pub fn skeleton(id: &str, text: &str) -> Skeleton {
    let extracted = ReferenceExtractor::new().extract_text(text);
    let figures: Vec<(usize, usize)> = extracted
        .iter()
        .map(|claim| figure_bytes(text, claim))
        .collect();
    let mut claims = String::new();
    let mut distractors = String::new();
    let (mut claim_count, mut distractor_count) = (0, 0);
    let mut claim_ids: Vec<String> = Vec::new();
    let mut distractor_quotes: Vec<String> = Vec::new();
    let mut written = vec![false; extracted.len()];
    for (start, end) in numerals(text) {
        let covering = figures
            .iter()
            .position(|&(a, b)| a < end && start < b && a < b);
        match covering {
            Some(i) if !written[i] => {
                written[i] = true;
                claim_count += 1;
                write_claim(&mut claims, text, &extracted[i], figures[i], &mut claim_ids);
            }
            Some(_) => {}
            None => {
                let quote = distractor_quote(text, start, end);
                if distractor_quotes.contains(&quote) {
                    // Its `occurrences` already counts this one.
                    continue;
                }
                distractor_count += 1;
                write_distractor(&mut distractors, text, &quote, &text[start..end]);
                distractor_quotes.push(quote);
            }
        }
    }
    let mut yaml = String::new();
    let _ = write!(
        yaml,
        "\
id: {id}
text_file: {id}.txt
text_sha256: {sha}
# Fill in the source from evidence in the text only (\"The article file,
# field by field\" in CONTRIBUTING.md); leave a field null without evidence.
source:
  # outlet: the outlet's name, only when the text names it (a byline,
  # \"provided to X\", boilerplate)
  outlet: null
  # url: where the text was published, only when known
  url: null
  # published: {{date: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", evidence: what in
  # the text dates it}}, or null when the text gives no evidence
  published: null
  language: en

# Every numeral of the text is below, as a draft claim (pre-filled by the
# reference extractor) or a draft distractor (with a guessed reason). Check
# each against the text and the guide, move it to the other list if it is
# on the wrong one, then delete its `draft: true` line: the validator refuses
# drafts (CB313).
",
        sha = sha256_hex(text.as_bytes()),
    );
    yaml.push_str(if claims.is_empty() {
        "claims: []"
    } else {
        "claims:\n"
    });
    yaml.push_str(claims.trim_end_matches('\n'));
    yaml.push_str(if distractors.is_empty() {
        "\n\ndistractors: []\n"
    } else {
        "\n\ndistractors:\n"
    });
    yaml.push_str(distractors.trim_end_matches('\n'));
    if !distractors.is_empty() {
        yaml.push('\n');
    }
    Skeleton {
        yaml,
        claims: claim_count,
        distractors: distractor_count,
    }
}

/// The byte range of an extracted claim's figure (its span counts chars).
fn figure_bytes(text: &str, claim: &ExtractedClaim) -> (usize, usize) {
    claim.figure.span.map_or((0, 0), |span| {
        (byte_of_char(text, span.start), byte_of_char(text, span.end))
    })
}

/// The byte offset of char offset `chars` in `text`, or its end.
fn byte_of_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(text.len()))
        .nth(chars)
        .unwrap_or(text.len())
}

/// A YAML scalar holding `s` exactly: a JSON string is a YAML double-quoted
/// scalar, and quoting every string keeps figures strings for YAML 1.1
/// readers too.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A value as the guide writes it: whole numbers without a decimal point.
fn value_yaml(value: Value) -> String {
    let number = |n: f64| {
        if n.fract() == 0.0 && n.abs() < 1e15 {
            format!("{}", n as i64)
        } else {
            format!("{n}")
        }
    };
    match value {
        Value::Number(n) => number(n),
        Value::Range { low, high } => format!("{{low: {}, high: {}}}", number(low), number(high)),
    }
}

/// The serde name of a unit, qualifier or attribution kind.
fn serde_name(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

fn write_claim(
    out: &mut String,
    text: &str,
    claim: &ExtractedClaim,
    (start, end): (usize, usize),
    ids: &mut Vec<String>,
) {
    let measure = claim.measure.clone().unwrap_or_default();
    // The quote runs from the figure to the end of the measure's words when
    // they follow it in the same sentence; else it is the figure alone.
    let limit = claim
        .sentence
        .map_or(text.len(), |sentence| byte_of_char(text, sentence.end));
    let quote_end = if measure.is_empty() {
        end
    } else {
        text[end..limit.max(end)]
            .find(measure.as_str())
            .map_or(end, |at| end + at + measure.len())
    };
    let quote = &text[start..quote_end];
    let id = unique_id(&measure, ids);
    let _ = writeln!(out, "  - id: {id}");
    let _ = writeln!(out, "    quote: {}", quoted(quote));
    let _ = writeln!(out, "    figure: {}", quoted(&text[start..end]));
    let _ = writeln!(out, "    value: {}", value_yaml(claim.value));
    let _ = writeln!(out, "    unit: {}", serde_name(claim.unit));
    let _ = writeln!(out, "    qualifier: {}", serde_name(claim.qualifier));
    let _ = writeln!(out, "    measure: {}", quoted(&measure));
    let occurrences = text.matches(quote).count();
    out.push_str("    attribution:\n");
    let _ = writeln!(out, "      kind: {}", serde_name(claim.attribution.kind));
    if claim.attribution.kind != AttributionKind::Unattributed
        && let Some(source) = &claim.attribution.text
    {
        let _ = writeln!(out, "      source: {}", quoted(source));
        let _ = writeln!(out, "      aliases: [{}]", quoted(source));
    }
    if occurrences > 1 {
        let _ = writeln!(out, "    occurrences: {occurrences}");
    }
    out.push_str("    draft: true\n\n");
}

/// A kebab-case id from the first words of `measure`, made unique among
/// `ids` with a number, and recorded there.
fn unique_id(measure: &str, ids: &mut Vec<String>) -> String {
    let words: Vec<String> = measure
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(4)
        .map(str::to_ascii_lowercase)
        .collect();
    let base = if words.is_empty() {
        "figure".to_owned()
    } else {
        words.join("-")
    };
    let mut id = base.clone();
    let mut n = 2;
    while ids.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    ids.push(id.clone());
    id
}

/// The numeral at `start..end` with the word before and the word after it
/// on the same line: enough context to tell distractors apart.
fn distractor_quote(text: &str, start: usize, end: usize) -> String {
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |at| end + at);
    let before = &text[line_start..start];
    let after = &text[end..line_end];
    let from = word_edge(before.trim_end(), true).map_or(start, |at| line_start + at);
    let to = word_edge(after, false).map_or(end, |at| end + at);
    text[from..to].trim().to_owned()
}

/// In `part`, the start of its last word (`last`) or the end of the first
/// word after leading spaces; `None` when it has no word.
fn word_edge(part: &str, last: bool) -> Option<usize> {
    if last {
        let trimmed = part.trim_end();
        if trimmed.is_empty() {
            return None;
        }
        Some(trimmed.rfind(char::is_whitespace).map_or(0, |at| at + 1))
    } else {
        let lead = part.len() - part.trim_start().len();
        let rest = &part[lead..];
        if rest.is_empty() {
            return None;
        }
        Some(lead + rest.find(char::is_whitespace).unwrap_or(rest.len()))
    }
}

/// A guessed reason for a numeral the reference extractor makes no claim
/// of: a year for four digits from 1000 to 2100, a time for digits before
/// `:` and digits, else the catch-all the person must replace.
fn guessed_reason(text: &str, figure: &str, end: usize) -> &'static str {
    let rest = &text.as_bytes()[end..];
    if rest.first() == Some(&b':') && rest.get(1).is_some_and(u8::is_ascii_digit) {
        "time"
    } else if figure.len() == 4
        && figure
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2100).contains(&y))
    {
        "year"
    } else if figure.bytes().all(|b| b.is_ascii_digit()) {
        "identifier"
    } else {
        "idiom"
    }
}

fn write_distractor(out: &mut String, text: &str, quote: &str, figure: &str) {
    let end = text
        .find(quote)
        .and_then(|at| quote.find(figure).map(|f| at + f + figure.len()))
        .unwrap_or(text.len());
    let _ = writeln!(out, "  - quote: {}", quoted(quote));
    let _ = writeln!(out, "    figure: {}", quoted(figure));
    let _ = writeln!(
        out,
        "    reason: {}  # a guess",
        guessed_reason(text, figure, end)
    );
    let occurrences = text.matches(quote).count();
    if occurrences > 1 {
        let _ = writeln!(out, "    occurrences: {occurrences}");
    }
    out.push_str("    draft: true\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_take_the_next_number_and_sixteen_hex_digits() {
        let sha = sha256_hex(b"abc");
        assert_eq!(
            sha,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(article_id(5, &sha), "005_ba7816bf8f01cfea");
        assert_eq!(next_number(["000_aa", "004_bb", "notes", "x_1"]), 5);
        assert_eq!(next_number(["wire-story"]), 0);
        assert_eq!(next_number([]), 0);
    }

    #[test]
    fn a_text_that_is_not_utf8_is_located() {
        let error = text_of(b"ok\nab\xff").unwrap_err();
        assert_eq!((error.line, error.column, error.offset), (2, 3, 5));
    }

    #[test]
    fn every_numeral_is_a_draft_claim_or_distractor() {
        let text = "In 2019 about 1,200 workers lost their jobs, the union said.\n";
        let skeleton = skeleton("000_x", text);
        assert_eq!((skeleton.claims, skeleton.distractors), (1, 1));
        assert!(
            skeleton.yaml.contains("figure: \"1,200\""),
            "{}",
            skeleton.yaml
        );
        assert!(
            skeleton.yaml.contains("quote: \"In 2019 about\""),
            "{}",
            skeleton.yaml
        );
        assert!(skeleton.yaml.contains("reason: year"), "{}", skeleton.yaml);
        assert_eq!(skeleton.yaml.matches("\n    draft: true\n").count(), 2);
    }
}
