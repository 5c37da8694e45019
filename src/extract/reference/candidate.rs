//! The candidate stage: where the numerals of a text are, found in one pass
//! before any sentence is read. ASCII digits by a byte scan; number words
//! (`six`, `half`, `hundreds`, `doubled`) and the phrases in which `a`
//! counts one unit of time (`a year ago`) by one Aho-Corasick automaton,
//! each checked for word boundaries. The validator counts the numerals of
//! a text with [`numerals`], which leaves out those phrases.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::figure;

/// The language pack's scale words that a numeral may start with (`hundred`,
/// `million`, `lakh`, `dozen`; not abbreviations such as `bn`, which only
/// follow a number) and its plural magnitudes (`hundreds`, `tens`,
/// `dozens`, `crores`).
fn scale_words() -> impl Iterator<Item = &'static str> {
    let words = crate::lang::scales()
        .filter(|&(word, _, _, spaced)| spaced && word.chars().count() >= 4)
        .map(|(word, ..)| word);
    words.chain(crate::lang::plural_magnitudes())
}

/// The words a numeral in words may start with (the number, fraction and
/// scale words, the verbs and adverbs of multiplying), followed by the
/// singular names of the units of time, which make a numeral of an
/// indefinite article before them (see [`next_candidate_word`]). One
/// automaton finds both in one pass over the text.
struct CandidateWords {
    automaton: AhoCorasick,
    /// The patterns before this index are number words.
    number_words: usize,
}

static CANDIDATE_WORDS: LazyLock<CandidateWords> = LazyLock::new(|| {
    let number_words: Vec<&str> = crate::number::NUMBER_WORDS_BELOW_TWENTY[1..]
        .iter()
        .chain(&crate::number::NUMBER_WORDS_TENS)
        .copied()
        .chain(crate::lang::FIGURE_FRACTION_OPENERS.iter().copied())
        .chain(scale_words())
        .chain(figure::multiplying_verbs())
        .chain(crate::lang::multiplying_adverbs().map(|(word, _)| word))
        .collect();
    let units_of_time = crate::lang::UnitId::all()
        .map(crate::lang::UnitId::def)
        .filter(|unit| unit.dimension == crate::lang::Dimension::Duration)
        .flat_map(|unit| unit.singular.iter().copied());
    let automaton = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(number_words.iter().copied().chain(units_of_time))
        .expect("the number words and the units of time build an automaton");
    CandidateWords {
        automaton,
        number_words: number_words.len(),
    }
});

/// The next candidate word at or after `from`: a number word standing as a
/// whole word, its start and end; or, with `phrases`, a phrase in which an
/// indefinite article counts one unit of time (`a year ago`, `an hour
/// later`, `a full year after`; the figure rule
/// [`super::rules::figure::ONE_UNIT_OF_TIME`]), from its article to its unit, with
/// any whitespace between the words. The phrases are candidates so that a
/// sentence with no other numeral is read, but no numerals for the
/// validator: `a` is written everywhere, and an annotator finds these by
/// the guide's rule.
fn next_candidate_word(text: &str, from: usize, phrases: bool) -> Option<(usize, usize)> {
    let words = &*CANDIDATE_WORDS;
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        let found = words
            .automaton
            .find(aho_corasick::Input::new(bytes).span(at..bytes.len()))?;
        let (start, end) = (found.start(), found.end());
        if stands_alone(text, start, end) {
            if found.pattern().as_usize() < words.number_words {
                return Some((start, end));
            }
            if phrases
                && let Some(article) = article_counting_one(text, start, end)
                && article >= from
            {
                return Some((article, end));
            }
        }
        at = start + 1;
    }
    None
}

/// Whether `text[start..end]` stands as a whole word.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let after_ok = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    before_ok && after_ok
}

/// The start of the indefinite article that counts one of the unit of time
/// at `unit_start..unit_end`: `a` or `an` before it (perhaps with `full`,
/// `whole` or `entire` between) and a word that places an event after it.
fn article_counting_one(text: &str, unit_start: usize, unit_end: usize) -> Option<usize> {
    let is_any = |word: &str, class: crate::lang::WordClass| {
        class.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    let after = text[unit_end..].trim_start();
    let reference_end = after
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    if !is_any(&after[..reference_end], crate::lang::WORDS_TIME_REFERENCES) {
        return None;
    }
    // The word that ends just before byte `at`, past whitespace.
    let word_before = |at: usize| {
        let before = text[..at].trim_end();
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_alphabetic())
            .last()
            .map(|(k, _)| k)?;
        stands_alone(text, start, before.len()).then(|| (start, &before[start..]))
    };
    let (mut start, mut word) = word_before(unit_start)?;
    if is_any(word, crate::lang::FIGURE_UNIT_INTENSIFIERS) {
        (start, word) = word_before(start)?;
    }
    is_any(word, crate::lang::WORDS_INDEFINITE_ARTICLES).then_some(start)
}

/// The next match of a finder at or after a position, remembered until the
/// reader passes it.
#[derive(Default)]
struct NextMatch {
    /// Its start and end, if one is left after the last position asked for.
    found: Option<(usize, usize)>,
    /// No match is left after `found`.
    exhausted: bool,
}

impl NextMatch {
    fn at_or_after(
        &mut self,
        find: impl Fn(&str, usize) -> Option<(usize, usize)>,
        text: &str,
        from: usize,
    ) -> Option<usize> {
        if !self.exhausted && self.found.is_none_or(|(at, _)| at < from) {
            self.found = find(text, from);
            self.exhausted = self.found.is_none();
        }
        self.found.map(|(start, _)| start)
    }
}

/// The first match of `automaton` in `text` at or after `from` that stands
/// as whole words.
pub(crate) fn next_whole_word(
    automaton: &AhoCorasick,
    text: &str,
    mut from: usize,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    while from < bytes.len() {
        let found = automaton.find(aho_corasick::Input::new(bytes).span(from..bytes.len()))?;
        if stands_alone(text, found.start(), found.end()) {
            return Some((found.start(), found.end()));
        }
        from = found.start() + 1;
    }
    None
}

/// The positions where a numeral may start, in order: ASCII digits and
/// number words standing as whole words; when reading a text for its
/// claims, also the phrases of [`next_candidate_word`].
pub(crate) struct Candidates<'t> {
    text: &'t str,
    /// The next candidate word.
    word: NextMatch,
    /// Whether the phrases of one unit of time are candidates.
    phrases: bool,
}

impl<'t> Candidates<'t> {
    /// The numerals of `text`, as the validator counts them.
    fn new(text: &'t str) -> Self {
        Candidates {
            text,
            word: NextMatch::default(),
            phrases: false,
        }
    }

    /// The numerals of `text` and the phrases that count one unit of time.
    pub(crate) fn with_phrases(text: &'t str) -> Self {
        Candidates {
            phrases: true,
            ..Candidates::new(text)
        }
    }

    /// The first candidate at or after `from`.
    pub(crate) fn next_from(&mut self, from: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let digit = bytes[from.min(bytes.len())..]
            .iter()
            .position(u8::is_ascii_digit)
            .map(|at| from + at);
        let phrases = self.phrases;
        let find = |text: &str, from: usize| next_candidate_word(text, from, phrases);
        let word = self.word.at_or_after(find, self.text, from);
        [digit, word].into_iter().flatten().min()
    }

    /// The end of the numeral that starts at `at`, a position
    /// [`Candidates::next_from`] just gave: the number word's end, or for
    /// digits the end of the number as written, its digits with the `,` and
    /// `.` between them (`350,200`, `2.5`; `2021-09-27` is three numerals).
    fn numeral_end(&self, at: usize) -> usize {
        if let Some((start, end)) = self.word.found
            && start == at
        {
            return end;
        }
        let bytes = self.text.as_bytes();
        let mut end = at;
        while end < bytes.len() {
            let separated = matches!(bytes[end], b',' | b'.')
                && end > at
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if bytes[end].is_ascii_digit() || separated {
                end += 1;
            } else {
                break;
            }
        }
        end
    }
}

/// Every numeral of `text` as the extractor's first step finds it, in
/// order: the byte range of each run of digits (with the `,` and `.` between
/// them) and of each number word standing as a whole word (`six`, `half`,
/// `hundreds`, `doubled`). The validator uses it to check that a dataset
/// accounts for every numeral of its texts.
pub(crate) fn numerals(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut candidates = Candidates::new(text);
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = candidates.next_from(from)?;
        let end = candidates.numeral_end(start).max(start + 1);
        from = end;
        Some((start, end))
    })
}

/// Letters, and non-ASCII characters other than spaces and punctuation,
/// count as word characters, so that `often` holds no `ten` and `naïve` no
/// candidate, while a number word next to a non-breaking space, a
/// typographic quote or a dash (`a\u{a0}third`, `“six`) still stands alone.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !(c.is_whitespace()
            || matches!(c, '\u{2000}'..='\u{206f}' | '«' | '»' | '\u{3000}'..='\u{303f}'))
    }
}
