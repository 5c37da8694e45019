//! Saved predictions: an extractor's answers kept in a file, so that a run
//! can be scored again, or scored for the first time, without running the
//! extractor.
//!
//! A predictions file is JSON lines, one protocol response per article,
//! exactly what a program speaking [`crate::protocol`] prints:
//!
//! ```json
//! {"claimbench_protocol": 1, "name": "my-extractor", "version": "0.3.1"}
//! {"id": "000_2147dc3f6a007f90", "claims": [{"figure": {"text": "12"}, "value": 12, "unit": "people", "qualifier": "at_least", "attribution": {"kind": "unattributed"}}]}
//! {"id": "001_998be1bf658dc753", "error": "model refused the input"}
//! ```
//!
//! The first line may be a handshake: its `offsets` say how the spans of
//! the file count (`chars` by default), and its `name` and `version` say
//! which extractor made the answers ([`SavedPredictions::made_by`]).
//! Blank lines are skipped. [`SavedPredictions`] is an
//! [`Extractor`] that answers from the file; its name is the file's name and
//! its version the file's SHA-256, so a scorecard says exactly which answers
//! it scored.
//!
//! Problems cost the article they belong to, never the run:
//!
//! - an article with no line in the file fails with "no answer";
//! - a line that is a JSON object with an `id` but is not a valid response
//!   (or whose claims are invalid for the article's text) fails that
//!   article, naming the line;
//! - two lines for one article fail it, naming both lines;
//! - a line with no readable `id` (not JSON, not an object) cannot be
//!   given to any article: it is listed in [`SavedPredictions::unreadable`]
//!   with its line number, for the caller to report.
//!
//! [`Recorder`] is the other half: it wraps a live extractor, keeps every
//! answer, and writes them as such a file ([`Recorder::to_file`]) in dataset
//! order. Scoring that file gives the live run's scorecard, to the last bit,
//! with only [`Scorecard::extractor`](crate::Scorecard::extractor) naming the
//! file instead of the program.
//!
//! This module does no I/O: it parses bytes and returns text.

use std::collections::BTreeMap;
use std::sync::Mutex;

use serde::Serialize;
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use crate::dataset::Dataset;
use crate::extract::{
    ArticleInput, ExtractError, ExtractErrorKind, ExtractedClaim, Extraction, Extractor,
};
use crate::fixture::source::hex;
use crate::protocol::{self, Message, OffsetUnit};

/// A predictions file, read: an [`Extractor`] that answers from it.
#[derive(Debug, Clone)]
pub struct SavedPredictions {
    name: String,
    version: String,
    made_by: Option<(String, String)>,
    offsets: OffsetUnit,
    answers: BTreeMap<String, Saved>,
    unreadable: Vec<LineProblem>,
}

/// One article's line, as read.
#[derive(Debug, Clone)]
struct Saved {
    line: usize,
    answer: Result<Result<Vec<Json>, String>, String>,
    duplicate_of: Option<usize>,
}

/// A line of a predictions file that belongs to no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    /// The line number, counted from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl SavedPredictions {
    /// Reads the predictions file `bytes`, naming it `name` in reports.
    /// Reading never fails: every problem is kept for the article it
    /// concerns, or listed in [`SavedPredictions::unreadable`].
    pub fn parse(name: &str, bytes: &[u8]) -> SavedPredictions {
        let mut saved = SavedPredictions {
            name: name.to_owned(),
            version: format!("sha256:{}", hex(&Sha256::digest(bytes))),
            made_by: None,
            offsets: OffsetUnit::Chars,
            answers: BTreeMap::new(),
            unreadable: Vec::new(),
        };
        let mut first = true;
        for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
            let line_number = index + 1;
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let was_first = std::mem::replace(&mut first, false);
            let value: Json = match serde_json::from_slice(line) {
                Ok(value) => value,
                Err(error) => {
                    saved.reject(line_number, format!("invalid JSON: {error}"));
                    continue;
                }
            };
            let id = value.get("id").and_then(Json::as_str).map(str::to_owned);
            match protocol::message(value) {
                Ok(Message::Handshake(handshake)) if was_first => {
                    saved.offsets = handshake.offsets;
                    saved.made_by = handshake
                        .name
                        .map(|name| (name, handshake.version.unwrap_or_else(|| "unknown".into())));
                }
                Ok(Message::Handshake(_)) => saved.reject(
                    line_number,
                    "a handshake is allowed on the first line only".into(),
                ),
                Ok(Message::Response(response)) => match response.id {
                    Some(id) => saved.answer(id, line_number, Ok(response.answer)),
                    None => saved.reject(
                        line_number,
                        "the response has no `id`, so it answers no article".into(),
                    ),
                },
                Err(message) => match id {
                    Some(id) => saved.answer(id, line_number, Err(message)),
                    None => saved.reject(line_number, message),
                },
            }
        }
        saved
    }

    fn reject(&mut self, line: usize, message: String) {
        self.unreadable.push(LineProblem { line, message });
    }

    fn answer(
        &mut self,
        id: String,
        line: usize,
        answer: Result<Result<Vec<Json>, String>, String>,
    ) {
        match self.answers.get_mut(&id) {
            Some(earlier) => {
                earlier.duplicate_of.get_or_insert(line);
            }
            None => {
                self.answers.insert(
                    id,
                    Saved {
                        line,
                        answer,
                        duplicate_of: None,
                    },
                );
            }
        }
    }

    /// The lines that answer no article, in file order.
    pub fn unreadable(&self) -> &[LineProblem] {
        &self.unreadable
    }

    /// The extractor the handshake names, as `(name, version)`, if any.
    pub fn made_by(&self) -> Option<(&str, &str)> {
        self.made_by
            .as_ref()
            .map(|(name, version)| (name.as_str(), version.as_str()))
    }

    /// The ids the file answers that `dataset` has no article for, each
    /// with its line, in id order.
    pub fn unknown_articles(&self, dataset: &Dataset) -> Vec<(&str, usize)> {
        self.answers
            .iter()
            .filter(|(id, _)| dataset.article(id).is_none())
            .map(|(id, saved)| (id.as_str(), saved.line))
            .collect()
    }
}

impl Extractor for SavedPredictions {
    fn name(&self) -> &str {
        &self.name
    }

    fn version(&self) -> &str {
        &self.version
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        self.extract_checked(article)
            .map(|extraction| extraction.claims)
    }

    fn extract_checked(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        let invalid = |message: String| ExtractError::new(ExtractErrorKind::InvalidOutput, message);
        let Some(saved) = self.answers.get(article.id.as_ref()) else {
            return Err(invalid(format!(
                "no answer: {} has no line for this article",
                self.name
            )));
        };
        let line = saved.line;
        if let Some(again) = saved.duplicate_of {
            return Err(invalid(format!(
                "{} answers this article twice, on lines {line} and {again}",
                self.name
            )));
        }
        match &saved.answer {
            Err(message) => Err(invalid(format!("{} line {line}: {message}", self.name))),
            Ok(Err(message)) => Err(ExtractError::new(ExtractErrorKind::Failed, message.clone())),
            Ok(Ok(claims)) => protocol::claims(claims.clone(), &article.text, self.offsets)
                .map_err(|message| invalid(format!("{} line {line}: {message}", self.name))),
        }
    }
}

/// A live extractor whose answers are kept, to be written as a predictions
/// file: `bench` it like the extractor it wraps, then call
/// [`Recorder::to_file`].
pub struct Recorder<'a> {
    inner: &'a (dyn Extractor + Sync),
    answers: Mutex<BTreeMap<String, Result<Vec<serde_json::Value>, String>>>,
}

impl<'a> Recorder<'a> {
    /// Records the answers of `inner`.
    pub fn new(inner: &'a (dyn Extractor + Sync)) -> Recorder<'a> {
        Recorder {
            inner,
            answers: Mutex::new(BTreeMap::new()),
        }
    }

    /// The predictions file: a handshake naming the extractor, then one
    /// response per article of `dataset` that was extracted, in dataset
    /// order. Spans count `char`s.
    pub fn to_file(&self, dataset: &Dataset) -> String {
        let answers = self
            .answers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut out = handshake_line(self.inner.name(), self.inner.version());
        for article in &dataset.articles {
            if let Some(answer) = answers.get(&article.id) {
                out.push_str(&response_line(&article.id, answer));
            }
        }
        out
    }
}

impl Extractor for Recorder<'_> {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn version(&self) -> &str {
        self.inner.version()
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        self.extract_checked(article)
            .map(|extraction| extraction.claims)
    }

    fn extract_checked(&self, article: &ArticleInput<'_>) -> Result<Extraction, ExtractError> {
        // Every claim as given, the unreadable ones too, so that re-scoring
        // the file gives the scorecard of this run.
        let answer = self.inner.extract_checked(article);
        let kept = match &answer {
            Ok(extraction) => Ok(extraction.to_wire()),
            Err(error) => Err(error.to_string()),
        };
        self.answers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(article.id.to_string(), kept);
        answer
    }
}

/// The handshake line of a predictions file, newline included.
pub fn handshake_line(name: &str, version: &str) -> String {
    #[derive(Serialize)]
    struct HandshakeWire<'a> {
        claimbench_protocol: u32,
        name: &'a str,
        version: &'a str,
        offsets: OffsetUnit,
    }
    let handshake = HandshakeWire {
        claimbench_protocol: protocol::PROTOCOL_VERSION,
        name,
        version,
        offsets: OffsetUnit::Chars,
    };
    let mut line = serde_json::to_string(&handshake).expect("a handshake always serializes");
    line.push('\n');
    line
}

/// One response line of a predictions file, newline included: the claims
/// of article `id`, or why the extractor failed on it.
pub fn response_line<C: Serialize>(id: &str, answer: &Result<Vec<C>, String>) -> String {
    #[derive(Serialize)]
    struct ResponseWire<'a, C> {
        id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        claims: Option<&'a [C]>,
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<&'a str>,
    }
    let response = match answer {
        Ok(claims) => ResponseWire {
            id,
            claims: Some(claims),
            error: None,
        },
        Err(message) => ResponseWire {
            id,
            claims: None,
            error: Some(message),
        },
    };
    let mut line = serde_json::to_string(&response).expect("a response always serializes");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Value;
    use crate::vocab::Unit;

    const CLAIM: &str = r#"{"figure": {"start": 0, "end": 2, "text": "12"}, "value": 12, "unit": "people", "qualifier": "exact", "attribution": {"kind": "unattributed"}}"#;

    fn extract(
        saved: &SavedPredictions,
        id: &str,
        text: &str,
    ) -> Result<Vec<ExtractedClaim>, String> {
        saved
            .extract(&ArticleInput::new(id, text))
            .map_err(|error| error.to_string())
    }

    #[test]
    fn a_response_line_answers_its_article() {
        let file = format!(
            "{{\"id\": \"a\", \"claims\": [{CLAIM}]}}\n\n{{\"id\": \"b\", \"error\": \"refused\"}}\n"
        );
        let saved = SavedPredictions::parse("p.jsonl", file.as_bytes());
        let claims = extract(&saved, "a", "12 people").unwrap();
        assert_eq!(claims[0].value, Value::Number(12.0));
        assert_eq!(claims[0].unit, Unit::PEOPLE);
        assert_eq!(extract(&saved, "b", "x"), Err("refused".to_owned()));
        assert!(saved.unreadable().is_empty());
        assert_eq!(saved.name(), "p.jsonl");
        assert_eq!(saved.version().len(), "sha256:".len() + 64);
    }

    #[test]
    fn an_absent_article_fails_alone() {
        let saved = SavedPredictions::parse("p.jsonl", br#"{"id": "a", "claims": []}"#);
        assert_eq!(extract(&saved, "a", ""), Ok(Vec::new()));
        let error = extract(&saved, "b", "").unwrap_err();
        assert!(error.starts_with("no answer"), "{error}");
    }

    #[test]
    fn a_bad_line_costs_its_article_and_names_its_line() {
        let file = format!(
            "{{\"id\": \"a\", \"claims\": [{CLAIM}]}}\n{{\"id\": \"b\", \"claim\": []}}\nnot json\n[1]\n"
        );
        let saved = SavedPredictions::parse("p.jsonl", file.as_bytes());
        let error = extract(&saved, "b", "").unwrap_err();
        assert!(
            error.starts_with("p.jsonl line 2: invalid response"),
            "{error}"
        );
        // Claims are checked against the article's text: this span is past its end.
        let error = extract(&saved, "a", "1").unwrap_err();
        assert!(
            error.contains("line 1: claims[0].figure: offset 2"),
            "{error}"
        );
        let lines: Vec<usize> = saved.unreadable().iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 4]);
    }

    #[test]
    fn an_article_answered_twice_fails_naming_both_lines() {
        let saved = SavedPredictions::parse(
            "p.jsonl",
            b"{\"id\": \"a\", \"claims\": []}\n{\"id\": \"a\", \"claims\": []}\n",
        );
        let error = extract(&saved, "a", "").unwrap_err();
        assert!(error.contains("twice, on lines 1 and 2"), "{error}");
    }

    #[test]
    fn the_handshake_sets_offsets_and_names_the_extractor() {
        // "é" is two UTF-8 bytes: the figure "12" is bytes 3..5, chars 2..4.
        let file = r#"{"claimbench_protocol": 1, "name": "x", "version": "2", "offsets": "utf8_bytes"}
{"id": "a", "claims": [{"figure": {"start": 3, "end": 5, "text": "12"}, "value": 12, "unit": "people", "qualifier": "exact", "attribution": {"kind": "unattributed"}}]}
{"claimbench_protocol": 1}"#;
        let saved = SavedPredictions::parse("p.jsonl", file.as_bytes());
        assert_eq!(saved.made_by(), Some(("x", "2")));
        let claims = extract(&saved, "a", "é 12").unwrap();
        assert_eq!(claims[0].figure.start(), Some(2));
        assert_eq!(saved.unreadable()[0].line, 3);
    }

    #[test]
    fn recorded_answers_read_back_as_they_were() {
        let claim: ExtractedClaim = serde_json::from_str(CLAIM).unwrap();
        let line = response_line("a", &Ok(vec![claim.clone()]));
        let failed = response_line::<ExtractedClaim>("b", &Err("it broke".to_owned()));
        let file = format!("{}{line}{failed}", handshake_line("ref", "1"));
        let saved = SavedPredictions::parse("p.jsonl", file.as_bytes());
        assert_eq!(extract(&saved, "a", "12 people"), Ok(vec![claim]));
        assert_eq!(extract(&saved, "b", ""), Err("it broke".to_owned()));
        assert_eq!(saved.made_by(), Some(("ref", "1")));
    }
}
