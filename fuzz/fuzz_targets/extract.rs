//! The reference extractor: any text (invalid UTF-8 replaced). Every span it
//! returns must lie in the text, and a figure's span must slice to its text.
#![no_main]

use claimbench::extract::ReferenceExtractor;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for claim in ReferenceExtractor::new().extract_text(&text) {
        if let Some(span) = claim.figure.span {
            assert_eq!(
                span.slice(&text),
                Some(claim.figure.text.as_str()),
                "{text:?}"
            );
        }
        if let Some(span) = claim.attribution.span {
            assert!(span.slice(&text).is_some(), "{text:?}");
        }
        if let Some(span) = claim.sentence {
            assert!(span.slice(&text).is_some(), "{text:?}");
        }
    }
});
