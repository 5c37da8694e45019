//! End-to-end checks of the reference extractor on sentences written for
//! these tests (none is from the bundled fixtures).

use super::*;
use crate::model::Value;
use crate::vocab::{Qualifier, Unit};

fn extract(text: &str) -> Vec<ExtractedClaim> {
    ReferenceExtractor::new().extract_text(text)
}

#[test]
fn spans_count_chars_and_cover_the_figure() {
    let text = "Café owners said 1,200 jobs — “about 40%” — were lost.";
    for claim in extract(text) {
        let span = claim
            .figure
            .span
            .expect("the reference extractor locates every figure");
        let sentence = claim.sentence.expect("and every sentence");
        assert_eq!(span.slice(text), Some(claim.figure.text.as_str()));
        assert!(sentence.start <= span.start && span.end <= sentence.end);
    }
}

#[test]
fn nothing_in_a_text_without_figures() {
    assert!(extract("The talks ended without a deal, officials said.").is_empty());
    assert!(extract("").is_empty());
}

#[test]
fn a_wire_story_paragraph() {
    let text = "At least 12 people were killed and more than 40 injured when a bus \
                overturned, police said. The regional government said 1,200 homes \
                were damaged and put the cost at $3.5bn.";
    let claims = extract(text);
    let summary: Vec<_> = claims
        .iter()
        .map(|c| {
            (
                c.figure.text.as_str(),
                c.unit,
                c.qualifier,
                c.attribution.text.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("12", Unit::PEOPLE, Qualifier::AtLeast, Some("police")),
            ("40", Unit::PEOPLE, Qualifier::MoreThan, Some("police")),
            (
                "1,200",
                Unit::COUNT,
                Qualifier::Exact,
                Some("The regional government")
            ),
            (
                "3.5bn",
                Unit::USD,
                Qualifier::Exact,
                Some("The regional government")
            ),
        ]
    );
    assert_eq!(claims[3].value, Value::Number(3.5e9));
}

#[test]
fn dates_years_and_boilerplate_give_nothing() {
    let text = "Posted on March 3, 2019 at 10:30\n\
                The plant opened in 1998 on Route 9.\n\
                Share 12 Comments\n\
                Subscribe to our newsletter for 2 free issues";
    assert_eq!(extract(text), []);
}

#[test]
fn calls_to_act_on_the_page_and_links_to_other_stories_give_nothing() {
    let text = "The storm cut power to 40,000 homes on the coast and closed every school in \
                the district. Click here to subscribe for $1 a month. Sign up to our \
                newsletter and get 20% off.\n\
                Read more: 7 ways to save on heating\n\
                Related - Storm leaves 3,000 without water";
    let figures: Vec<_> = extract(text)
        .into_iter()
        .map(|claim| claim.figure.text)
        .collect();
    assert_eq!(figures, ["40,000"]);
}

#[test]
fn everyday_words_of_the_interface_are_prose_in_a_sentence() {
    for text in [
        "Shares of the carmaker rose 9% to $31.40.",
        "Its market share rose to 12%.",
        "Comments from 300 residents were read out.",
    ] {
        assert!(!extract(text).is_empty(), "{text}");
    }
    assert!(!extract("Related-party loans rose to $3 billion.").is_empty());
    assert!(!extract("Shares, which fell 12%, recovered.").is_empty());
    for text in [
        "Share 12 Comments",
        "Comments (127)",
        "Share this: 40 likes",
    ] {
        assert_eq!(extract(text), [], "{text}");
    }
}

#[test]
fn a_short_sentence_about_shares_in_a_paragraph_is_the_article() {
    let text = "The company had a difficult year and cut its dividend for the first time \
                since it listed. Its shares fell 12%.";
    assert_eq!(extract(text).len(), 1);
}

#[test]
fn a_repeated_paragraph_is_reported_twice() {
    let paragraph = "Some 300 firefighters fought the blaze.";
    let text = format!("{paragraph}\n{paragraph}");
    let claims = extract(&text);
    assert_eq!(claims.len(), 2);
    assert_eq!(
        claims[1].figure.start(),
        claims[0]
            .figure
            .start()
            .map(|start| start + paragraph.chars().count() + 1)
    );
}

/// CONTRIBUTING.md, "Carried attribution": the rest of the paragraph and a
/// following paragraph that adds to the report keep its source; a new
/// paragraph in the outlet's voice does not.
#[test]
fn a_sentence_that_adds_to_a_report_keeps_its_source() {
    let text = "The coastguard said it had rescued 41 people on Sunday. Another 12 were \
                missing.\nThe ferry carried 300 cars. The police said 40 cars were found.\n\
                Another 5 boats sank in the storm.";
    let sources: Vec<_> = extract(text)
        .into_iter()
        .map(|claim| (claim.figure.text, claim.attribution.text))
        .collect();
    let coastguard = Some("The coastguard".to_owned());
    assert_eq!(
        sources,
        [
            ("41".to_owned(), coastguard.clone()),
            ("12".to_owned(), coastguard),
            ("300".to_owned(), None),
            ("40".to_owned(), Some("The police".to_owned())),
            ("5".to_owned(), Some("The police".to_owned())),
        ]
    );
}

/// A verb of speech as the first token once made the look for a
/// coordinated subject (`..., and said 300 ...`) read before the sentence.
#[test]
fn a_sentence_may_open_with_a_verb_of_speech() {
    for text in [
        "Said 300 people were hurt.",
        "Noted 40 beds.",
        "Adding 12 more.",
    ] {
        let _ = extract(text);
    }
    assert_eq!(extract("Said 300 people were hurt.").len(), 1);
}

#[test]
fn a_transcripts_speaker_label_attributes_its_line() {
    let text = "HOST: How bad is it?\nDR OKAFOR: We have 300 patients and 40 beds.\nUPDATE: 12 more wards opened.";
    let claims = extract(text);
    let sources: Vec<_> = claims
        .iter()
        .map(|claim| (claim.attribution.kind, claim.attribution.text.as_deref()))
        .collect();
    assert_eq!(
        sources,
        [
            (AttributionKind::DirectQuote, Some("DR OKAFOR")),
            (AttributionKind::DirectQuote, Some("DR OKAFOR")),
            (AttributionKind::Unattributed, None),
        ]
    );
}

#[test]
fn figures_in_quotes_are_direct_quotes_of_their_speaker() {
    let text = "The governor visited the site. “We have lost 300 homes,” the governor said.";
    let claims = extract(text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].attribution.kind, AttributionKind::DirectQuote);
    assert_eq!(claims[0].attribution.text.as_deref(), Some("the governor"));
}

#[test]
fn a_run_without_sentence_ends_is_read_once() {
    let text = format!(
        "{} 12 people {}",
        "word ".repeat(400),
        "and 40 homes ".repeat(200)
    );
    let claims = extract(&text);
    let mut starts: Vec<usize> = claims.iter().filter_map(|c| c.figure.start()).collect();
    let all = starts.len();
    starts.dedup();
    assert_eq!(starts.len(), all);
    assert_eq!(claims[0].figure.text, "12");
}

#[test]
fn scaled_decimals_are_whole_numbers() {
    let claims = extract("The region is home to 4.1 million people.");
    assert_eq!(claims[0].value, Value::Number(4_100_000.0));
}

#[test]
fn south_asian_scale_words_start_a_numeral() {
    let claims = extract("Lakhs of pilgrims gathered, and a crore rupees was raised.");
    let values: Vec<String> = claims
        .iter()
        .map(|c| format!("{} {}", c.value, c.unit))
        .collect();
    assert!(
        values.contains(&"200000..1000000 people".to_owned()),
        "{values:?}"
    );
}

#[test]
fn number_words_count_only_as_whole_words() {
    assert!(extract("They often met someone at the tennis club.").is_empty());
    assert_eq!(extract("Often, seven nurses worked the shift.").len(), 1);
}

/// Found by the `invariant-whitespace` robustness property: a number word
/// next to a non-breaking space was not a candidate, because every
/// non-ASCII byte counted as part of a word.
#[test]
fn number_words_next_to_non_breaking_spaces_are_found() {
    for (text, figure) in [
        (
            "Rebels hold around a\u{a0}third of the province.",
            "a\u{a0}third",
        ),
        (
            "Rebels hold around a third\u{a0}of the province.",
            "a third",
        ),
    ] {
        let claims = extract(text);
        assert_eq!(claims.len(), 1, "{text:?}");
        assert_eq!(claims[0].figure.text, figure);
        assert_eq!(claims[0].value, Value::Number(1.0 / 3.0));
        assert_eq!(claims[0].qualifier, Qualifier::About);
    }
    let claims = extract("Floods cut off\u{a0}six\u{a0}villages, “twelve bridges” were lost.");
    let figures: Vec<&str> = claims.iter().map(|c| c.figure.text.as_str()).collect();
    assert_eq!(figures, ["six", "twelve"]);
    assert!(extract("A naïve reading and often overlooked.").is_empty());
}

#[test]
fn the_line_cache_answers_as_a_fresh_search_would_at_every_position() {
    let text = "He said “12 died” and “40 fled”, then \"none\" again.\n\
                MAYOR: A “second” line with “300 homes\n\
                \n\
                and a last one, “unclosed.\n\
                HOST: Thank you.";
    // Two labels: a transcript, whose labels name speakers.
    let transcript = discourse::is_transcript(text, |line| speaker_label(line).is_some());
    assert!(transcript);
    let mut lines = Lines::default();
    for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
        let (start, end) = line_bounds(text, at);
        assert_eq!(lines.around(text, at), (start, end), "at {at}");
        assert_eq!(
            lines.closing_quote(text, at, at),
            closing_quote(text, at, end),
            "at {at}"
        );
        assert_eq!(
            lines.speaker(text, at),
            speaker_label(&text[start..end])
                .filter(|_| transcript)
                .map(|(a, b)| (start + a, start + b)),
            "at {at}"
        );
    }
}

#[test]
fn numerals_are_digit_runs_and_whole_number_words() {
    let text = "Often 1,250.5 of the twenty-six boats, and hundreds more, left at 7.";
    let found: Vec<&str> = numerals(text).map(|(a, b)| &text[a..b]).collect();
    // `ten` inside `Often` is no numeral; `twenty-six` is two words, each a
    // numeral of the scanner; a full stop after a number ends it.
    assert_eq!(found, ["1,250.5", "twenty", "six", "hundreds", "7"]);
    let text = "They were twice denied visas, not doubled.";
    let found: Vec<&str> = numerals(text).map(|(a, b)| &text[a..b]).collect();
    assert_eq!(found, ["twice", "doubled"]);
    assert_eq!(numerals("").count(), 0);
    assert_eq!(numerals("No figures here.").count(), 0);
}
