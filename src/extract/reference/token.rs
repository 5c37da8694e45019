//! Splitting one sentence into tokens: words, numbers and single punctuation
//! characters, each with its byte span in the article and its word classes.
//!
//! White space is dropped; two tokens with no space between them are
//! *adjacent* (`F` `-` `16`, `17` `Credit`, `3.8` `bn`), which many rules
//! test. A number token is digits with their thousands separators (`350,200`,
//! `50 442`) and one decimal part; letters written against it are a separate
//! word token.

use super::lexicon::{Class, WordSet, look_up};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with apostrophes between them (`country’s`).
    Word,
    /// ASCII digits with separators and a decimal part.
    Number,
    /// Any other character that is not white space.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first byte in the article.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    pub kind: Kind,
    /// The word's classes; empty for numbers and punctuation.
    pub class: Class,
    /// The language pack's classes the word or mark is in; empty for
    /// numbers.
    pub words: WordSet,
    /// Whether the first character is upper case.
    pub capitalized: bool,
    /// Whether a unit surface of the language pack may start here: the
    /// lexicon's flag, or a token it cannot tell for (a number, a word
    /// that is not ASCII, whose case the lexicon does not fold).
    pub starts_surface: bool,
}

/// Appends the tokens of `text[start..end]` to `out`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut at = start;
    while at < end {
        let byte = bytes[at];
        if byte.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        if byte.is_ascii_digit() {
            let stop = number_end(bytes, at, end);
            out.push(Token {
                start: at,
                end: stop,
                kind: Kind::Number,
                class: Class::NONE,
                words: WordSet::NONE,
                capitalized: false,
                starts_surface: true,
            });
            at = stop;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        if c.is_alphabetic() {
            let (stop, ascii) = word_end(text, at, end);
            let word = &text[at..stop];
            let entry = look_up(word);
            let mut class = entry.class;
            if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) {
                // `US`, `IT`, `AM`: an acronym, not the function word.
                class = class
                    .without(Class::FUNCTION | Class::PRONOUN | Class::DEFINITE | Class::AUXILIARY);
            }
            out.push(Token {
                start: at,
                end: stop,
                kind: Kind::Word,
                class,
                words: entry.words,
                capitalized: c.is_uppercase(),
                starts_surface: entry.starts_surface || !ascii,
            });
            at = stop;
            continue;
        }
        let stop = at + c.len_utf8();
        let entry = look_up(&text[at..stop]);
        out.push(Token {
            start: at,
            end: stop,
            kind: Kind::Punct,
            class: Class::NONE,
            // A few classes hold marks (`#`, `°`).
            words: entry.words,
            capitalized: false,
            starts_surface: entry.starts_surface || !c.is_ascii(),
        });
        at = stop;
    }
}

/// The end of the word starting at `start`, and whether it is all ASCII.
fn word_end(text: &str, start: usize, end: usize) -> (usize, bool) {
    // Most words are ASCII letters: read them as bytes, and go on by
    // characters only from the first byte that is not one.
    let bytes = text.as_bytes();
    let mut ascii_end = start;
    while ascii_end < end && bytes[ascii_end].is_ascii_alphabetic() {
        ascii_end += 1;
    }
    // An ASCII byte other than an apostrophe ends the word there.
    if ascii_end == end || bytes[ascii_end].is_ascii() && bytes[ascii_end] != b'\'' {
        return (ascii_end, true);
    }
    let mut chars = text[ascii_end..end].char_indices().peekable();
    let mut stop = ascii_end;
    while let Some((offset, c)) = chars.next() {
        let apostrophe =
            (c == '\'' || c == '’') && chars.peek().is_some_and(|(_, next)| next.is_alphabetic());
        if c.is_alphabetic() || c == '\u{AD}' || apostrophe {
            stop = ascii_end + offset + c.len_utf8();
        } else {
            break;
        }
    }
    (stop, text[start..stop].is_ascii())
}

/// The end of the number starting at `start`: digits, thousands separators
/// (a comma or a space before exactly three digits, when the first group has
/// at most three digits) and one decimal part.
fn number_end(bytes: &[u8], start: usize, end: usize) -> usize {
    let digits_from = |at: usize| {
        bytes[at..end]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(end, |n| at + n)
    };
    let mut stop = digits_from(start);
    let first_group = stop - start;
    if let Some(lakh) = lakh_end(bytes, stop, end, first_group) {
        // `3,28,726.5`: a decimal part may follow.
        if lakh + 1 < end && bytes[lakh] == b'.' && bytes[lakh + 1].is_ascii_digit() {
            return digits_from(lakh + 1);
        }
        return lakh;
    }
    let mut decimal = false;
    while let Some(&next) = bytes.get(stop).filter(|_| stop < end) {
        let separator = match next {
            b',' | b' ' => 1,
            // No-break space (U+00A0), thin space (U+2009), narrow no-break space (U+202F).
            0xC2 if bytes.get(stop + 1) == Some(&0xA0) => 2,
            0xE2 if matches!(bytes.get(stop + 1..stop + 3), Some([0x80, 0xAF | 0x89])) => 3,
            b'.' => 0,
            _ => break,
        };
        if next == b'.' {
            let after = digits_from(stop + 1);
            if decimal || after == stop + 1 {
                break;
            }
            decimal = true;
            stop = after;
            continue;
        }
        let group = stop + separator;
        if decimal || first_group > 3 || group >= end {
            break;
        }
        let after = digits_from(group);
        if after - group != 3 {
            break;
        }
        stop = after;
    }
    stop
}

/// The end of a number in Indian grouping (`1,91,791`, `12,34,567`): a
/// first group of one or two digits, then pairs, then a group of three, all
/// after commas. `at` is the end of the first group.
fn lakh_end(bytes: &[u8], mut at: usize, end: usize, first_group: usize) -> Option<usize> {
    if first_group > 2 {
        return None;
    }
    let mut pairs = 0;
    loop {
        if at >= end || bytes[at] != b',' {
            return None;
        }
        let group_end = bytes[at + 1..end]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(end, |n| at + 1 + n);
        match group_end - (at + 1) {
            3 if pairs > 0 => return Some(group_end),
            2 => {
                pairs += 1;
                at = group_end;
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, Kind)> {
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        out.iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    #[test]
    fn indian_grouping_is_one_number() {
        let words: Vec<&str> = texts("1,91,791 and 12,34,567.5 but 1,23 and 12,345,67")
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        assert_eq!(
            words,
            [
                "1,91,791",
                "and",
                "12,34,567.5",
                "but",
                "1",
                ",",
                "23",
                "and",
                "12,345",
                ",",
                "67"
            ]
        );
    }

    #[test]
    fn numbers_keep_their_separators_and_decimals() {
        let words: Vec<&str> = texts("417,300 and 62 918 and 1,234.5 and 3.8bn")
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        assert_eq!(
            words,
            [
                "417,300", "and", "62 918", "and", "1,234.5", "and", "3.8", "bn"
            ]
        );
    }

    #[test]
    fn no_break_spaces_group_digits() {
        assert_eq!(texts("50\u{a0}442")[0].0, "50\u{a0}442");
        assert_eq!(texts("50\u{202f}442")[0].0, "50\u{202f}442");
    }

    #[test]
    fn a_list_of_numbers_is_not_one_number() {
        let words: Vec<&str> = texts("in 2011, 2012 and 1,2").iter().map(|t| t.0).collect();
        assert_eq!(words, ["in", "2011", ",", "2012", "and", "1", ",", "2"]);
        assert_eq!(texts("in 2011 500 people")[1].0, "2011");
        assert_eq!(texts("a 1.2.3 release")[1].0, "1.2");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_on_hyphens() {
        let words: Vec<&str> = texts("the country’s F-16 o'clock")
            .iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(words, ["the", "country’s", "F", "-", "16", "o'clock"]);
    }

    #[test]
    fn sentence_end_after_a_number_is_punctuation() {
        let tokens = texts("rose to 12. Then");
        assert_eq!(tokens[2], ("12", Kind::Number));
        assert_eq!(tokens[3], (".", Kind::Punct));
    }
}
