//! Arbitrary text for no-panic properties: any Unicode, and news-like text
//! that reaches the extraction rules more often than random characters do.

use proptest::prelude::*;

/// Words, numerals and punctuation of news text: figures in many formats,
/// hedges, units, speech verbs, dates, identifiers and quotation marks.
pub const NEWS_PIECES: &[&str] = &[
    "12",
    "417,300",
    "62 918",
    "3.8bn",
    "$",
    "£",
    "€",
    "%",
    "percent",
    "per",
    "cent",
    "million",
    "half",
    "a",
    "third",
    "two-thirds",
    "hundreds",
    "of",
    "tens",
    "thousands",
    "between",
    "and",
    "to",
    "-",
    "–",
    "more",
    "than",
    "at",
    "least",
    "about",
    "some",
    "an",
    "estimated",
    "people",
    "troops",
    "said",
    "according",
    "the",
    "ministry",
    ",",
    ".",
    "\"",
    "“",
    "”",
    "\n",
    "Nov.",
    "2021",
    "one",
    "in",
    "five",
    "square",
    "km",
    "he",
    "told",
    "statistics",
    "provided",
    "by",
    "www.example.com/12",
    "F-16",
    "3rd",
    "10:30",
    "’s",
    "aged",
    "years",
    " ",
];

/// Any string of Unicode scalar values, control characters included, of at
/// most `max_chars` characters.
pub fn unicode(max_chars: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max_chars)
        .prop_map(|chars| chars.into_iter().collect())
}

/// News-like text: up to `max_pieces` of [`NEWS_PIECES`] and short runs of
/// printable Unicode, joined by spaces.
pub fn news_like(max_pieces: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            3 => proptest::sample::select(NEWS_PIECES).prop_map(str::to_owned),
            1 => "\\PC{0,6}",
        ],
        0..=max_pieces,
    )
    .prop_map(|pieces| pieces.join(" "))
}

/// Either kind of text, up to a few thousand bytes: what the safety
/// property feeds an extractor.
pub fn arbitrary(max_chars: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        unicode(max_chars),
        news_like(max_chars / 4),
        // Long lines of one repeated piece, where quadratic scans show.
        (
            proptest::sample::select(NEWS_PIECES),
            1..=(max_chars / 4).max(1)
        )
            .prop_map(move |(piece, n)| piece.repeat(n).chars().take(max_chars).collect()),
    ]
}
