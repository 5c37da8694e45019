//! Entry points for the fuzz targets in `fuzz/` (see `RELIABILITY.md`).
//!
//! This module is public only so that the fuzz crate, which sits outside
//! the workspace, and the hostile-input tests (`tests/hostile.rs`) can reach
//! code that is otherwise `pub(crate)`: the protocol's line parser and claims
//! checker, and the validator over files held in memory. It is
//! `#[doc(hidden)]`, not part of the API, and may change in
//! any release. Each function takes untrusted input and must never panic.

use std::collections::BTreeMap;
use std::io::{self, Read};

use crate::extract::Extraction;
use crate::fixture::Validation;
use crate::fixture::source::FileSource;
use crate::protocol::{self, OffsetUnit};

/// A dataset held in memory: relative paths with `/` separators to bytes.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Validates the dataset in `files`, as
/// [`validate_dir`](crate::validate_dir) validates a directory.
pub fn validate_files(files: &Files) -> Validation {
    crate::fixture::validate_source(&MemorySource { files })
}

/// What one line from an external extractor parsed into: a handshake's
/// offset unit, a response's claims (still unchecked) or error, or why the
/// line is invalid.
pub enum Line {
    /// A handshake that declares how the program counts offsets.
    Handshake(OffsetUnit),
    /// A response; `Err` is the error the program reported.
    Response(Result<Vec<serde_json::Value>, String>),
}

/// Parses one line of the persistent protocol.
///
/// # Errors
///
/// When the line is not a valid handshake or response.
pub fn parse_line(line: &[u8]) -> Result<Line, String> {
    protocol::parse_line(line).map(|message| match message {
        protocol::Message::Handshake(handshake) => Line::Handshake(handshake.offsets),
        protocol::Message::Response(response) => Line::Response(response.answer),
    })
}

/// Checks a response's claims against `text`, converting offsets counted in
/// `unit` to chars; claims with a unit outside the pack come back rejected.
///
/// # Errors
///
/// When a claim is malformed or an offset does not fit the text.
pub fn check_claims(
    values: Vec<serde_json::Value>,
    text: &str,
    unit: OffsetUnit,
) -> Result<Extraction, String> {
    protocol::claims(values, text, unit)
}

struct MemorySource<'a> {
    files: &'a Files,
}

impl MemorySource<'_> {
    fn file(&self, path: &str) -> io::Result<&[u8]> {
        self.files
            .get(path)
            .map(Vec::as_slice)
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    }
}

impl FileSource for MemorySource<'_> {
    fn files(&self) -> Result<Vec<String>, (String, io::Error)> {
        // A BTreeMap's keys are already sorted by their bytes.
        Ok(self.files.keys().cloned().collect())
    }

    fn is_dir(&self, path: &str) -> bool {
        let prefix = format!("{path}/");
        self.files.keys().any(|name| name.starts_with(&prefix))
    }

    fn size(&self, path: &str) -> io::Result<u64> {
        Ok(self.file(path)?.len() as u64)
    }

    fn open(&self, path: &str) -> io::Result<Box<dyn Read + '_>> {
        Ok(Box::new(self.file(path)?))
    }

    fn stays_inside(&self, path: &str) -> io::Result<bool> {
        self.file(path).map(|_| true)
    }
}
