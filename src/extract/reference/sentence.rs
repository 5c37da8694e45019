//! Finding the sentence around a position, and the token view of a sentence
//! that the rules read.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets)
//! followed by white space and a capital, a digit or an opening quote, unless
//! the word before the full stop is an abbreviation (`Nov.`, `Mr.`, `U.S.`);
//! and at a line break, unless the next line starts in lower case (text
//! wrapped mid-sentence). Sentences longer than [`MAX_SENTENCE`] bytes are cut,
//! which bounds the work per figure on text without punctuation.

use super::lexicon::Class;
use super::token::{Kind, Token};
use crate::lang::WordClass;

/// The most bytes a sentence spans on either side of the position it is
/// looked up from.
pub(crate) const MAX_SENTENCE: usize = 1200;

/// The byte range of the sentence around `at`.
pub(crate) fn bounds(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let low = floor_char(text, at.saturating_sub(MAX_SENTENCE));
    let high = floor_char(text, (at + MAX_SENTENCE).min(text.len()));
    let mut start = low;
    let mut i = at;
    while let Some(mark) = last_mark(bytes, low, i) {
        i = mark;
        match bytes[i] {
            b'\n' if line_break_ends(bytes, i) => {
                start = i + 1;
                break;
            }
            b'.' | b'!' | b'?' => {
                if let Some(next) = sentence_end(text, i).filter(|&next| next <= at) {
                    start = next;
                    break;
                }
            }
            _ => {}
        }
    }
    let mut end = high;
    let mut i = at;
    while let Some(mark) = next_mark(bytes, i, high) {
        i = mark;
        match bytes[i] {
            b'\n' if line_break_ends(bytes, i) => {
                end = i;
                break;
            }
            b'.' | b'!' | b'?' if sentence_end(text, i).is_some() => {
                end = after_closers(text, i + 1).min(high);
                break;
            }
            _ => {}
        }
        i += 1;
    }
    (skip_space(text, start, end), trim_end(text, start, end))
}

/// The first byte in `from..to` that may end a sentence (`.`, `!`, `?` or a
/// line break). Searched with `memchr`: most bytes of a sentence are none.
fn next_mark(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let window = bytes.get(from..to)?;
    let stop = memchr::memchr3(b'.', b'!', b'?', window).unwrap_or(window.len());
    let line = memchr::memchr(b'\n', &window[..stop]);
    let found = line.unwrap_or(stop);
    (found < window.len()).then_some(from + found)
}

/// The last byte in `from..to` that may end a sentence, as [`next_mark`].
fn last_mark(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let window = bytes.get(from..to)?;
    let stop = memchr::memrchr3(b'.', b'!', b'?', window);
    let after = stop.map_or(0, |at| at + 1);
    let line = memchr::memrchr(b'\n', &window[after..]).map(|at| after + at);
    line.or(stop).map(|at| from + at)
}

/// The largest char boundary at or below `at`.
fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn skip_space(text: &str, mut at: usize, end: usize) -> usize {
    while at < end {
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        if !c.is_whitespace() {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Whether the line break at `i` ends a sentence: it does unless the next
/// line goes on in lower case.
fn line_break_ends(bytes: &[u8], i: usize) -> bool {
    let next = bytes[i + 1..]
        .iter()
        .find(|b| **b != b' ' && **b != b'\t' && **b != b'\r');
    !next.is_some_and(|b| b.is_ascii_lowercase())
}

/// Skips closing quotes and brackets after a sentence's final punctuation.
fn after_closers(text: &str, mut at: usize) -> usize {
    for c in text[at..].chars() {
        if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// If the `.`, `!` or `?` at `i` ends a sentence, where the next one starts.
fn sentence_end(text: &str, i: usize) -> Option<usize> {
    let after = after_closers(text, i + 1);
    let rest = &text[after..];
    let trimmed = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if trimmed.len() == rest.len() && !rest.is_empty() && !rest.starts_with(['\n', '\r']) {
        return None;
    }
    let next = trimmed.chars().next();
    let starts_sentence = next.is_none_or(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                '"' | '“' | '‘' | '\'' | '(' | '[' | '\n' | '\r' | '-' | '–' | '—'
            )
    });
    if !starts_sentence {
        return None;
    }
    if text.as_bytes()[i] == b'.' && is_abbreviation(&text[..i]) {
        return None;
    }
    Some(after + (rest.len() - trimmed.len()))
}

/// Whether the text before a full stop ends in an abbreviation or an
/// initial (`J.`, `U.S.`).
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|c: char| !c.is_alphabetic() && c != '.')
        .map_or(0, |at| {
            at + before[at..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') || letters == 1 {
        // `U.S`, `a.m`, `J`
        return word.chars().next().is_some_and(char::is_uppercase) || word.contains('.');
    }
    // The lexicon's class bit first: asked at every full stop, and most
    // words before one are no abbreviation.
    let abbreviations = crate::lang::WORDS_ABBREVIATIONS;
    super::lexicon::look_up(word).words.has(abbreviations)
        && abbreviations
            .iter()
            .any(|abbr| abbr.eq_ignore_ascii_case(word))
}

/// A sentence as tokens, with helpers for the rules.
pub(crate) struct Sentence<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
    pub tokens: &'t [Token],
}

/// The words of a phrase of the language pack, split at its single
/// spaces. A plain byte loop: phrases are a few short words, and this runs
/// for every token that starts one (`in` starts `in the words of`).
fn words_of(phrase: &str) -> impl Iterator<Item = &str> {
    let mut rest = phrase;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (word, after) = match rest.bytes().position(|b| b == b' ') {
            Some(space) => (&rest[..space], &rest[space + 1..]),
            None => (rest, ""),
        };
        rest = after;
        Some(word)
    })
}

impl<'t> Sentence<'t> {
    /// The sentence at bytes `start..end` of `text`, its tokens written to
    /// `tokens` (a buffer reused from sentence to sentence).
    pub(crate) fn tokenized(
        text: &'t str,
        start: usize,
        end: usize,
        tokens: &'t mut Vec<Token>,
    ) -> Sentence<'t> {
        tokens.clear();
        super::token::tokenize(text, start, end, tokens);
        Sentence {
            text,
            start,
            end,
            tokens,
        }
    }

    /// The whole of `text` as one sentence: the view the rules' unit tests
    /// read.
    #[cfg(test)]
    pub(crate) fn whole(text: &'t str, tokens: &'t mut Vec<Token>) -> Sentence<'t> {
        Self::tokenized(text, 0, text.len(), tokens)
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token's text.
    pub(crate) fn str(&self, i: usize) -> &'t str {
        let token = &self.tokens[i];
        &self.text[token.start..token.end]
    }

    /// Whether token `i` exists and reads `word`, ignoring ASCII case.
    /// `word` is a word of the language pack or the vocabulary, or
    /// punctuation: a token the lexicon does not know is none of those
    /// words, and is not compared with them.
    #[inline]
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        if !token.class.has(Class::KNOWN)
            && word.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        {
            return false;
        }
        self.str(i).eq_ignore_ascii_case(word)
    }

    /// Whether token `i` exists and is a word of `class`: one bit test, as
    /// the lexicon gave each token the classes of the pack it is a word of
    /// (or the first word of a phrase of); only a class with phrases then
    /// compares the token with its one-word entries.
    #[inline]
    pub(crate) fn is_any(&self, i: usize, class: WordClass) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        token.words.has(class) && (!class.has_phrases() || self.is_one_word_of(i, class))
    }

    /// Whether token `i`, the first word of some phrase of `class`, is also
    /// one of its one-word entries: the slow path of [`Sentence::is_any`],
    /// kept out of line so that the bit test inlines.
    #[inline(never)]
    fn is_one_word_of(&self, i: usize, class: WordClass) -> bool {
        let text = self.str(i);
        class
            .words()
            .iter()
            .any(|word| word.len() == text.len() && text.eq_ignore_ascii_case(word))
    }

    /// The unit surfaces of the language pack that start at token `i`,
    /// longest first; none past the end. The token's flag spares the
    /// pack's lookup for words no surface starts with.
    pub(crate) fn surfaces_starting(&self, i: usize) -> &'static [crate::lang::Surface] {
        match self.tokens.get(i) {
            Some(token) if token.starts_surface => crate::lang::surfaces_starting(self.str(i)),
            _ => &[],
        }
    }

    /// Whether token `i` exists and is one of `words`, a list that is no
    /// class of the pack: marks (`$`, `-`), or the vocabulary's verbs.
    pub(crate) fn is_one_of(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|word| self.is(i, word))
    }

    /// Whether token `i` is a word of any of the word classes `classes`.
    pub(crate) fn is_in(&self, i: usize, classes: &[WordClass]) -> bool {
        classes.iter().any(|&class| self.is_any(i, class))
    }

    /// Whether token `i` exists and is the first word of an entry of
    /// `class` (the whole entry, for a one-word entry): one bit test.
    #[inline]
    pub(crate) fn starts_phrase_of(&self, i: usize, class: WordClass) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|token| token.words.has(class))
    }

    /// Whether one of the phrases of `class` (words separated by a space,
    /// matched as [`Sentence::is`] matches a word) starts at token `i`; if
    /// so, how many tokens it spans (two for `out of`).
    #[inline]
    pub(crate) fn phrase_at(&self, i: usize, class: WordClass) -> Option<usize> {
        // Most tokens start no phrase of the class: one bit says so, tested
        // inline where the rules ask.
        if !self.starts_phrase_of(i, class) {
            return None;
        }
        self.phrase_of_class_at(i, class)
    }

    /// The comparing half of [`Sentence::phrase_at`], for a token that
    /// starts some phrase of `class`.
    #[inline(never)]
    fn phrase_of_class_at(&self, i: usize, class: WordClass) -> Option<usize> {
        class.words().iter().find_map(|phrase| {
            let mut len = 0;
            for word in words_of(phrase) {
                if !self.is(i + len, word) {
                    return None;
                }
                len += 1;
            }
            Some(len)
        })
    }

    /// The classes of token `i`; none past the end.
    pub(crate) fn class(&self, i: usize) -> Class {
        self.tokens.get(i).map_or(Class::NONE, |t| t.class)
    }

    /// Whether token `i` exists and has any class of `class`.
    pub(crate) fn has(&self, i: usize, class: Class) -> bool {
        self.class(i).has(class)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub(crate) fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Number)
    }

    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.capitalized)
    }

    /// Whether tokens `i` and `i + 1` both exist with no space between them.
    pub(crate) fn joined(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].end == self.tokens[i + 1].start
    }

    /// Whether token `i` is the first word of a sentence or of a quotation
    /// or list item inside it.
    pub(crate) fn starts_clause(&self, i: usize) -> bool {
        i == 0
            || (self.kind(i - 1) == Some(Kind::Punct)
                && matches!(
                    self.str(i - 1),
                    "\"" | "“" | "‘" | ":" | "(" | "[" | "-" | "–" | "—" | "•" | "*"
                ))
    }

    /// The text from the start of token `from` to the end of token `to - 1`.
    pub(crate) fn slice(&self, from: usize, to: usize) -> &'t str {
        &self.text[self.tokens[from].start..self.tokens[to - 1].end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_at<'t>(text: &'t str, needle: &str) -> &'t str {
        let at = text.find(needle).unwrap();
        let (start, end) = bounds(text, at);
        &text[start..end]
    }

    #[test]
    fn sentences_end_at_a_full_stop_before_a_capital() {
        let text = "The storm hit on Friday. At least 12 people died. Rescuers searched.";
        assert_eq!(sentence_at(text, "12"), "At least 12 people died.");
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let text = "On Nov. 6 the U.S. Army said Dr. J. Smith counted 40 bodies. Next.";
        assert_eq!(
            sentence_at(text, "40"),
            "On Nov. 6 the U.S. Army said Dr. J. Smith counted 40 bodies."
        );
    }

    #[test]
    fn decimals_and_lower_case_continuations_stay_in_the_sentence() {
        let text = "Output rose 1.5 percent. \"It is good,\" he said. Then 3.2 followed.";
        assert_eq!(sentence_at(text, "1.5"), "Output rose 1.5 percent.");
        assert_eq!(sentence_at(text, "he said"), "\"It is good,\" he said.");
    }

    #[test]
    fn line_breaks_end_sentences_unless_the_text_was_wrapped() {
        let text = "Headline with 3 words\nBody text says 40 people\nwere hurt. Next";
        assert_eq!(sentence_at(text, "3"), "Headline with 3 words");
        assert_eq!(
            sentence_at(text, "40"),
            "Body text says 40 people\nwere hurt."
        );
    }

    /// `is_any` by its definition: the token's text is a one-word entry of
    /// the class, ignoring ASCII case.
    fn is_any_by_comparison(s: &Sentence<'_>, i: usize, class: WordClass) -> bool {
        class
            .words()
            .iter()
            .any(|word| s.str(i).eq_ignore_ascii_case(word))
    }

    #[test]
    fn the_class_bits_agree_with_comparing_the_words() {
        // Every word of every class, as written, capitalised and in capitals,
        // tested against every class.
        let words: Vec<&str> = crate::lang::WORD_CLASSES
            .iter()
            .flat_map(|class| class.words().iter().flat_map(|phrase| phrase.split(' ')))
            .collect();
        let mut text = String::new();
        for word in &words {
            let mut capitalised = word.to_string();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            text.push_str(&format!(
                "{word} {capitalised} {} ",
                word.to_ascii_uppercase()
            ));
        }
        text.push_str("xylophone 12 , $");
        let mut tokens = Vec::new();
        let s = Sentence::whole(&text, &mut tokens);
        let mut matches = 0;
        for i in 0..s.len() {
            for &class in crate::lang::WORD_CLASSES {
                let expected = is_any_by_comparison(&s, i, class);
                assert_eq!(
                    s.is_any(i, class),
                    expected,
                    "`{}` against {:?}",
                    s.str(i),
                    &class.words()[..class.words().len().min(4)]
                );
                matches += usize::from(expected);
            }
        }
        assert!(matches > words.len(), "only {matches} matches");
    }

    #[test]
    fn phrases_match_word_by_word_and_only_from_their_first_word() {
        // `in`, `out of`
        let class = crate::lang::FIGURE_RATIO_CONNECTIVES;
        let text = "Four out of five, out there, OUT OF reach in";
        let mut tokens = Vec::new();
        let s = Sentence::whole(text, &mut tokens);
        assert_eq!(s.phrase_at(1, class), Some(2));
        assert_eq!(s.phrase_at(2, class), None);
        assert_eq!(s.phrase_at(5, class), None);
        assert!(s.starts_phrase_of(5, class));
        assert_eq!(s.phrase_at(8, class), Some(2));
        assert_eq!(s.phrase_at(11, class), Some(1));
        assert!(s.is_any(11, class));
        assert!(!s.is_any(1, class), "a phrase is no one-word entry");
    }

    #[test]
    fn endings_respect_case_and_the_stem() {
        let endings = crate::lang::WORDS_PAST_TENSE_ENDINGS;
        assert!(endings.ends("doubled", 0));
        assert!(!endings.ends("DOUBLED", 0));
        assert!(endings.ends("ed", 0));
        assert!(!endings.ends("ed", 1));
        assert!(!endings.ends("double", 0));
    }

    #[test]
    fn very_long_runs_are_cut() {
        let text = format!("{} 12 people {}", "word ".repeat(600), "word ".repeat(600));
        let at = text.find("12").unwrap();
        let (start, end) = bounds(&text, at);
        assert!(end - start <= 2 * MAX_SENTENCE);
        assert!(start <= at && at < end);
    }
}
