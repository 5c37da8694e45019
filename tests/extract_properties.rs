//! Properties of the reference extractor on generated text: it never
//! panics, and every span it returns lies in the text and covers exactly
//! the text it reports.

use claimbench::extract::ReferenceExtractor;
use claimbench::strategy::text::news_like;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn check_spans(text: &str) {
    for claim in ReferenceExtractor::new().extract_text(text) {
        let figure = claim
            .figure
            .span
            .expect("the reference extractor locates every figure");
        let sentence = claim.sentence.expect("and every sentence");
        assert_eq!(figure.slice(text), Some(claim.figure.text.as_str()));
        assert!(sentence.slice(text).is_some());
        assert!(sentence.start <= figure.start && figure.end <= sentence.end);
        if let (Some(span), Some(source)) = (claim.attribution.span, &claim.attribution.text) {
            assert_eq!(span.slice(text), Some(source.as_str()));
        }
        let (low, high) = claim.value.bounds();
        assert!(low.is_finite() && high.is_finite() && low <= high);
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/extract_properties.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let _ = ReferenceExtractor::new().extract_text(&text);
    }

    #[test]
    fn spans_lie_in_the_text_and_cover_what_they_report(text in news_like(80)) {
        check_spans(&text);
    }
}

/// Regression: a figure whose scale word wraps onto the next line inside a
/// quotation made the closing-quote search slice backwards (found by
/// `spans_lie_in_the_text_and_cover_what_they_report`).
#[test]
fn a_figure_wrapped_across_lines_in_a_quote() {
    check_spans("\" 12 people 12 million \n million 12");
    check_spans("“They said 12\nmillion left");
}

#[test]
fn empty_and_whitespace_texts_give_nothing() {
    for text in ["", " ", "\n\n", "\u{a0}"] {
        assert!(ReferenceExtractor::new().extract_text(text).is_empty());
    }
}
