//! The JSON-lines protocol that lets any program be an extractor, and the
//! runner that speaks it ([`ProcessExtractor`]).
//!
//! `docs/protocol.md` is the guide for extractor authors, with complete
//! examples; this page is the reference, and the two say the same thing.
//!
//! # Starting the program
//!
//! claimbench starts the program once, as a program and its arguments (no
//! shell: `claimbench bench --extractor-cmd` splits its string the way a
//! POSIX shell splits words, quotes included, and runs the result; write
//! `sh -c '...'` yourself for pipes or variables). Its working directory is
//! claimbench's, its environment is claimbench's plus
//! `CLAIMBENCH_PROTOCOL=1`. The program reads requests on standard input and
//! writes answers on standard output, one JSON object per line (UTF-8, `\n`
//! terminated, no newline inside an object; blank lines are skipped).
//! Standard output is for the protocol alone: logs go to standard error,
//! which claimbench reads continuously (so it never blocks the program) and
//! quotes the last lines of in failure messages. Each answer must be flushed.
//!
//! # Messages
//!
//! **Handshake** (program to claimbench, optional, first line only): who the
//! program is and how it counts offsets.
//!
//! ```json
//! {"claimbench_protocol": 1, "name": "my-extractor", "version": "0.3.1", "offsets": "utf8_bytes"}
//! ```
//!
//! `claimbench_protocol` is required and must be `1`; the rest are optional:
//! `name` and `version` go into the report (without them the report names
//! the command and version `unknown`); `offsets` is `chars` (Unicode code
//! points, the default), `utf8_bytes` or `utf16` (UTF-16 code units, as
//! JavaScript, Java and C# strings count). The handshake is recognized by its
//! key, so there is nothing to negotiate and no way to deadlock: claimbench
//! writes the first request at once and reads whatever comes first. A
//! program that takes long to load a model should write its handshake when
//! it is ready: see *Time limits*.
//!
//! **Request** (claimbench to program, one per article):
//!
//! ```json
//! {"protocol": 1, "id": "000_2147dc3f6a007f90", "text": "At least 12 people...", "metadata": {"language": "en"}}
//! ```
//!
//! `text` is the whole article, exactly as stored; every offset counts into
//! it. `metadata` holds what is known about the article; keys are left out
//! when unknown. Today it is `language` (a BCP 47 tag).
//!
//! **Response** (program to claimbench, one per request, in order):
//!
//! ```json
//! {"id": "000_2147dc3f6a007f90", "claims": [{"figure": {"start": 9, "end": 11, "text": "12"}, "value": 12, "unit": "people", "qualifier": "at_least", "attribution": {"kind": "unattributed"}}]}
//! {"id": "000_2147dc3f6a007f90", "error": "model refused the input"}
//! ```
//!
//! `id` repeats the request's. `claims` is a list of extracted claims in the
//! shape documented field by field in [`crate::extract::claim`] (unknown
//! fields are rejected), with two allowances on the wire: `unit` may be any
//! name [`Unit::from_name`](crate::Unit::from_name) knows (`"%"`,
//! `"square kilometres"`, `"dollars"`), and `qualifier` any hedging phrase
//! [`Qualifier::from_phrase`](crate::Qualifier::from_phrase) knows (`"more
//! than"`, `"about"`). A claim whose `unit` names no unit of the language
//! pack costs that claim only: the scorer counts it as a false positive and
//! the report lists it, with why, under `rejected`. `error` says the program
//! could not process this article; it costs that article only.
//!
//! # Offsets
//!
//! Spans (`figure.start`/`end`, `attribution.span`, `sentence`) are
//! half-open and count in the unit of the handshake, `chars` by default.
//! claimbench converts them to chars. An offset past the end of the text,
//! or inside a character (a UTF-8 continuation byte, the second half of a
//! UTF-16 surrogate pair), makes that article's answer invalid.
//!
//! # Faults
//!
//! Anything the program does costs at most the article at hand, which is
//! reported with the article's id, what went wrong, the offending output
//! (truncated) and the tail of standard error. When the conversation may be
//! out of step (the program timed out, exited, printed something that is not
//! a JSON object, a line longer than 16 MiB, a second handshake, or answered
//! for another article) claimbench kills the program (on Unix its whole
//! process group) and starts it again for the next article. A well-formed
//! response with an invalid claim (other than an unknown unit), or an
//! `error` response, costs the
//! article but keeps the program running. A program that cannot be started,
//! or that speaks another protocol version, fails every remaining article
//! with the same message rather than being restarted for each.
//!
//! # Time limits
//!
//! Each article has a timeout (30 s by default) from the moment its request
//! is written. The first article after every start also has the startup
//! timeout (60 s by default) on top, for loading; when the program writes
//! its handshake, the article's own timeout starts over from then.
//!
//! # One-shot mode
//!
//! With [`Mode::OneShot`] (`--one-shot`) the program is started once per
//! article. Its standard input is the article's text, raw UTF-8, closed at
//! the end; its environment also has `CLAIMBENCH_ARTICLE_ID` and, when known,
//! `CLAIMBENCH_LANGUAGE`. It writes to standard output either a JSON array
//! of claims, or one response object (`{"claims": [...]}` or
//! `{"error": "..."}`, where `id` may be left out), optionally preceded by a
//! handshake object for its offsets. It must exit with status 0 within the
//! timeout (startup included); anything else costs the article.
//!
//! # Versions
//!
//! This is version 1 ([`PROTOCOL_VERSION`]). Within version 1, claimbench
//! may add request fields and `metadata` keys (programs must ignore the ones
//! they do not know), and may accept new optional fields in handshakes,
//! responses and claims, and new values of `offsets`: these lists may grow.
//! A change that would break a program written against this page bumps the
//! version.

mod process;

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::extract::{ArticleInput, ExtractedClaim, Extraction, RejectedClaim, Span};
use crate::vocab::{Qualifier, Unit};

pub use process::{Mode, ProcessExtractor};

/// The version of the protocol this claimbench speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// The key that marks a line as a handshake.
const HANDSHAKE_KEY: &str = "claimbench_protocol";

/// What a program's offsets count. This list may grow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OffsetUnit {
    /// Unicode code points (Rust `char`s, Python `str` indices): the default.
    #[default]
    Chars,
    /// Bytes of the UTF-8 encoding (Rust `str` and Go string indices).
    Utf8Bytes,
    /// UTF-16 code units (JavaScript, Java and C# string indices).
    Utf16,
}

/// The optional first line a program writes: who it is and how it counts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handshake {
    /// The protocol version the program speaks.
    #[serde(rename = "claimbench_protocol")]
    pub protocol: u32,
    /// The extractor's name, for reports.
    #[serde(default)]
    pub name: Option<String>,
    /// The extractor's version, for reports.
    #[serde(default)]
    pub version: Option<String>,
    /// What its offsets count.
    #[serde(default)]
    pub offsets: OffsetUnit,
}

/// A request on the wire.
#[derive(Serialize)]
struct RequestWire<'a> {
    protocol: u32,
    id: &'a str,
    text: &'a str,
    metadata: MetadataWire<'a>,
}

#[derive(Serialize)]
struct MetadataWire<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

/// A response on the wire, before its claims are checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResponseWire {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    claims: Option<Vec<Json>>,
    #[serde(default)]
    error: Option<String>,
}

/// One line (or, in one-shot mode, one document) from the program.
#[derive(Debug)]
pub(crate) enum Message {
    Handshake(Handshake),
    Response(Response),
}

/// A response: the article it answers and its claims (unchecked) or error.
#[derive(Debug)]
pub(crate) struct Response {
    pub id: Option<String>,
    pub answer: Result<Vec<Json>, String>,
}

/// The request line for `article`, newline included.
pub(crate) fn request_line(article: &ArticleInput<'_>) -> Vec<u8> {
    let request = RequestWire {
        protocol: PROTOCOL_VERSION,
        id: &article.id,
        text: &article.text,
        metadata: MetadataWire {
            language: article.language.as_deref(),
        },
    };
    let mut line = serde_json::to_vec(&request).expect("a request always serializes");
    line.push(b'\n');
    line
}

/// Reads one message from a parsed JSON value.
pub(crate) fn message(value: Json) -> Result<Message, String> {
    let Json::Object(object) = value else {
        return Err(format!(
            "expected a JSON object, found {}",
            json_kind(&value)
        ));
    };
    if object.contains_key(HANDSHAKE_KEY) {
        return serde_json::from_value(Json::Object(object))
            .map(Message::Handshake)
            .map_err(|error| format!("invalid handshake: {error}"));
    }
    let wire: ResponseWire = serde_json::from_value(Json::Object(object))
        .map_err(|error| format!("invalid response: {error}"))?;
    let answer = match (wire.claims, wire.error) {
        (Some(claims), None) => Ok(claims),
        (None, Some(error)) => Err(error),
        (Some(_), Some(_)) => {
            return Err("invalid response: it has both `claims` and `error`".to_owned());
        }
        (None, None) => {
            return Err("invalid response: it has neither `claims` nor `error`".to_owned());
        }
    };
    Ok(Message::Response(Response {
        id: wire.id,
        answer,
    }))
}

/// Reads one line of the persistent protocol.
pub(crate) fn parse_line(line: &[u8]) -> Result<Message, String> {
    let value: Json =
        serde_json::from_slice(line).map_err(|error| format!("invalid JSON: {error}"))?;
    message(value)
}

fn json_kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// Checks the claims of a response against `text`: their shape, with unit and
/// qualifier aliases read, and their offsets, converted from `unit` to chars.
/// A claim whose unit is not in the language pack is kept apart as rejected
/// (it costs that claim); any other fault fails the answer, with the claim at
/// fault named (`claims[2].figure: ...`).
pub(crate) fn claims(
    values: Vec<Json>,
    text: &str,
    unit: OffsetUnit,
) -> Result<Extraction, String> {
    let offsets = Offsets::new(text, unit);
    let mut extraction = Extraction::default();
    for (index, mut value) in values.into_iter().enumerate() {
        let unknown_unit = canonicalize_names(&mut value);
        if unknown_unit.is_some()
            && let Json::Object(claim) = &mut value
        {
            // Read the rest of the claim as usual: only its unit is at fault.
            claim.insert("unit".to_owned(), Json::from(Unit::COUNT.name()));
        }
        let mut claim: ExtractedClaim =
            serde_path_to_error::deserialize(value).map_err(|error| {
                let path = error.path().to_string();
                let error = error.into_inner();
                if path == "." {
                    format!("claims[{index}]: {error}")
                } else {
                    format!("claims[{index}].{path}: {error}")
                }
            })?;
        let at = |what: &str, error: String| format!("claims[{index}].{what}: {error}");
        if let Some(span) = &mut claim.figure.span {
            *span = offsets.span(*span).map_err(|e| at("figure", e))?;
        }
        if let Some(span) = &mut claim.attribution.span {
            *span = offsets.span(*span).map_err(|e| at("attribution.span", e))?;
        }
        if let Some(span) = &mut claim.sentence {
            *span = offsets.span(*span).map_err(|e| at("sentence", e))?;
        }
        match unknown_unit {
            Some(name) => extraction.rejected.push(RejectedClaim {
                index,
                start: claim.figure.start(),
                figure: claim.figure.text,
                reason: unknown_unit_reason(&name),
            }),
            None => extraction.claims.push(claim),
        }
    }
    Ok(extraction)
}

/// Why a unit name is refused, with the nearest ids of the pack.
fn unknown_unit_reason(name: &str) -> String {
    let mut reason = format!("unknown unit `{name}`: no unit of the language pack has this name");
    let nearest = crate::lang::nearest_ids(name, 3);
    if !nearest.is_empty() {
        let _ = write!(reason, " (nearest: {})", nearest.join(", "));
    }
    reason.push_str("; see the units in CONTRIBUTING.md");
    reason
}

/// Replaces a `unit` or `qualifier` alias with its canonical name, leaving
/// an unknown qualifier for serde to reject with the list of names. Returns
/// the unit as written when it names no unit of the pack.
fn canonicalize_names(value: &mut Json) -> Option<String> {
    let Json::Object(claim) = value else {
        return None;
    };
    let mut unknown_unit = None;
    if let Some(Json::String(name)) = claim.get_mut("unit") {
        match Unit::from_name(name) {
            Some(unit) => *name = unit.name(),
            None => unknown_unit = Some(name.clone()),
        }
    }
    if let Some(Json::String(name)) = claim.get_mut("qualifier") {
        let known = Qualifier::ALL.iter().any(|q| q.name() == name.as_str());
        if !known && let Some(qualifier) = Qualifier::from_phrase(name) {
            *name = qualifier.name().to_owned();
        }
    }
    unknown_unit
}

/// Converts offsets of one unit into char offsets of one text.
struct Offsets {
    unit: OffsetUnit,
    chars: usize,
    /// For bytes and UTF-16: the offset, in that unit, of every char
    /// boundary, ascending (one more entry than there are chars).
    boundaries: Vec<usize>,
}

impl Offsets {
    fn new(text: &str, unit: OffsetUnit) -> Offsets {
        let boundaries: Vec<usize> = match unit {
            OffsetUnit::Chars => Vec::new(),
            OffsetUnit::Utf8Bytes => text
                .char_indices()
                .map(|(at, _)| at)
                .chain(std::iter::once(text.len()))
                .collect(),
            OffsetUnit::Utf16 => std::iter::once(0)
                .chain(text.chars().scan(0, |at, c| {
                    *at += c.len_utf16();
                    Some(*at)
                }))
                .collect(),
        };
        let chars = match unit {
            OffsetUnit::Chars => text.chars().count(),
            _ => boundaries.len() - 1,
        };
        Offsets {
            unit,
            chars,
            boundaries,
        }
    }

    fn span(&self, span: Span) -> Result<Span, String> {
        Ok(Span {
            start: self.offset(span.start)?,
            end: self.offset(span.end)?,
        })
    }

    fn offset(&self, offset: usize) -> Result<usize, String> {
        let (name, length) = match self.unit {
            OffsetUnit::Chars => ("chars", self.chars),
            OffsetUnit::Utf8Bytes => ("UTF-8 bytes", self.boundaries[self.chars]),
            OffsetUnit::Utf16 => ("UTF-16 code units", self.boundaries[self.chars]),
        };
        if offset > length {
            return Err(format!(
                "offset {offset} is past the end of the text ({length} {name})"
            ));
        }
        match self.unit {
            OffsetUnit::Chars => Ok(offset),
            _ => self.boundaries.binary_search(&offset).map_err(|_| {
                format!("offset {offset} falls inside a character (offsets count {name})")
            }),
        }
    }
}

/// At most `max` characters of a program's output, quoted, with its full
/// length when it was cut, so that a failure message stays readable.
pub(crate) fn excerpt(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut cut: String = text.chars().take(max).collect();
    let truncated = cut.len() < text.len();
    cut = format!("{cut:?}");
    if truncated {
        let _ = write!(cut, "... ({} bytes in all)", bytes.len());
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Value;

    fn claim(figure: &str) -> Json {
        serde_json::from_str(&format!(
            r#"{{"figure": {figure}, "value": 12, "unit": "people", "qualifier": "exact",
                "attribution": {{"kind": "unattributed"}}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn the_request_line_is_one_line_of_json() {
        let article = ArticleInput {
            language: Some("en".into()),
            ..ArticleInput::new("a1", "Line one.\nLine \"two\".")
        };
        let line = String::from_utf8(request_line(&article)).unwrap();
        assert_eq!(
            line,
            "{\"protocol\":1,\"id\":\"a1\",\"text\":\"Line one.\\nLine \\\"two\\\".\",\"metadata\":{\"language\":\"en\"}}\n"
        );
        let bare = String::from_utf8(request_line(&ArticleInput::new("a", ""))).unwrap();
        assert!(bare.contains(r#""metadata":{}"#), "{bare}");
    }

    #[test]
    fn a_handshake_is_told_from_a_response_by_its_key() {
        let Ok(Message::Handshake(handshake)) =
            parse_line(br#"{"claimbench_protocol": 1, "offsets": "utf16"}"#)
        else {
            panic!("a handshake")
        };
        assert_eq!(handshake.offsets, OffsetUnit::Utf16);
        assert_eq!(handshake.name, None);
        let Ok(Message::Response(response)) = parse_line(br#"{"id": "a", "error": "boom"}"#) else {
            panic!("a response")
        };
        assert_eq!(response.answer, Err("boom".to_owned()));
        let misspelt = parse_line(br#"{"claimbench_protocol": 1, "offset": "utf16"}"#);
        assert!(misspelt.unwrap_err().contains("unknown field `offset`"));
    }

    #[test]
    fn malformed_lines_are_errors_not_panics() {
        for line in [
            &b"not json"[..],
            b"[1, 2]",
            b"{\"id\": \"a\"}",
            b"{\"id\": \"a\", \"claims\": [], \"error\": \"x\"}",
            b"{\"id\": 3, \"claims\": []}",
            b"\xff\xfe",
            b"",
        ] {
            assert!(parse_line(line).is_err(), "{line:?}");
        }
    }

    /// The figure span `(start, end)` in `unit`, read against `text`: its
    /// span in chars, or the error.
    fn check(text: &str, unit: OffsetUnit, (start, end): (usize, usize)) -> Result<Span, String> {
        let figure = format!(r#"{{"start": {start}, "end": {end}, "text": "12"}}"#);
        claims(vec![claim(&figure)], text, unit).map(|read| read.claims[0].figure.span.unwrap())
    }

    #[test]
    fn byte_and_utf16_offsets_become_chars() {
        // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
        let text = "café 😀 12 people";
        let twelve = Ok(Span { start: 7, end: 9 });
        assert_eq!(check(text, OffsetUnit::Utf8Bytes, (11, 13)), twelve);
        assert_eq!(check(text, OffsetUnit::Utf16, (8, 10)), twelve);
        assert_eq!(check(text, OffsetUnit::Chars, (7, 9)), twelve);
    }

    #[test]
    fn offsets_out_of_range_or_inside_a_character_are_rejected() {
        let text = "café 12";
        let error = |unit, span| check(text, unit, span).unwrap_err();
        assert_eq!(
            error(OffsetUnit::Chars, (5, 8)),
            "claims[0].figure: offset 8 is past the end of the text (7 chars)"
        );
        assert_eq!(
            error(OffsetUnit::Utf8Bytes, (6, 9)),
            "claims[0].figure: offset 9 is past the end of the text (8 UTF-8 bytes)"
        );
        assert!(error(OffsetUnit::Utf8Bytes, (4, 5)).contains("falls inside a character"));
        assert!(
            check("😀", OffsetUnit::Utf16, (1, 2))
                .unwrap_err()
                .contains("inside a character")
        );
    }

    #[test]
    fn unit_and_qualifier_aliases_are_read_on_the_wire() {
        let mut value = claim(r#"{"text": "12"}"#);
        value["unit"] = "square kilometres".into();
        value["qualifier"] = "more than".into();
        let claims = claims(vec![value], "12", OffsetUnit::Chars).unwrap().claims;
        assert_eq!(claims[0].unit, Unit::KM2);
        assert_eq!(claims[0].qualifier, Qualifier::MoreThan);
        assert_eq!(claims[0].value, Value::Number(12.0));
    }

    #[test]
    fn a_bad_claim_is_named_by_its_index_and_field() {
        let mut value = claim(r#"{"text": "12"}"#);
        value["qualifier"] = "roughly-ish".into();
        let error = claims(
            vec![claim(r#"{"text": "12"}"#), value],
            "12",
            OffsetUnit::Chars,
        )
        .unwrap_err();
        assert!(error.starts_with("claims[1].qualifier: "), "{error}");
    }

    #[test]
    fn a_claim_with_an_unknown_unit_is_rejected_alone() {
        let mut furlongs = claim(r#"{"text": "12", "start": 0, "end": 2}"#);
        furlongs["unit"] = "furlongs".into();
        let read = claims(
            vec![
                claim(r#"{"text": "12"}"#),
                furlongs,
                claim(r#"{"text": "12"}"#),
            ],
            "12",
            OffsetUnit::Chars,
        )
        .unwrap();
        assert_eq!(read.claims.len(), 2);
        assert_eq!(read.rejected.len(), 1);
        let rejected = &read.rejected[0];
        assert_eq!((rejected.index, rejected.figure.as_str()), (1, "12"));
        assert_eq!(rejected.start, Some(0));
        assert!(
            rejected
                .reason
                .starts_with("unknown unit `furlongs`: no unit of the language pack"),
            "{}",
            rejected.reason
        );
        assert_eq!(read.answer_index(1), 2);
    }

    #[test]
    fn a_rejected_claim_with_another_fault_still_fails_the_answer() {
        let mut bad = claim(r#"{"text": "12", "start": 0, "end": 9}"#);
        bad["unit"] = "furlongs".into();
        let error = claims(vec![bad], "12", OffsetUnit::Chars).unwrap_err();
        assert!(error.starts_with("claims[0].figure: offset 9"), "{error}");
    }

    #[test]
    fn excerpts_are_cut_and_quoted() {
        assert_eq!(excerpt(b"ab\ncd", 10), r#""ab\ncd""#);
        assert_eq!(excerpt(b"abcdef", 3), r#""abc"... (6 bytes in all)"#);
        assert_eq!(excerpt(b"\xff", 3), "\"\u{fffd}\"");
    }
}
