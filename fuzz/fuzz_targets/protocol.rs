//! The protocol's response parser and claims checker. The input is an
//! article text, a newline, and one line from an external program; when the
//! line is a response with claims, they are checked against the text in every
//! offset unit, and every span that passes must lie in the text.
#![no_main]

use claimbench::fuzzing::{Line, check_claims, parse_line};
use claimbench::protocol::OffsetUnit;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, line) = match data.iter().position(|&b| b == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (&data[..0], data),
    };
    let text = String::from_utf8_lossy(text);
    let Ok(Line::Response(Ok(values))) = parse_line(line) else {
        return;
    };
    for unit in [OffsetUnit::Chars, OffsetUnit::Utf8Bytes, OffsetUnit::Utf16] {
        if let Ok(extraction) = check_claims(values.clone(), &text, unit) {
            for claim in extraction.claims {
                for span in [claim.figure.span, claim.attribution.span, claim.sentence]
                    .into_iter()
                    .flatten()
                {
                    assert!(span.slice(&text).is_some(), "{span:?} in {text:?}");
                }
            }
        }
    }
});
