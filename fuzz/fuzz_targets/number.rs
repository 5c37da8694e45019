//! The number parser: any UTF-8 string as a figure.
#![no_main]

use claimbench::Value;
use claimbench::number::parse_figure;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(figure) = parse_figure(text) {
        // A figure that parses is a finite number or an ordered finite range.
        match figure.value {
            Value::Number(n) => assert!(n.is_finite(), "{text:?} -> {n}"),
            Value::Range { low, high } => {
                assert!(
                    low.is_finite() && high.is_finite(),
                    "{text:?} -> {low}..{high}"
                );
            }
        }
    }
});
