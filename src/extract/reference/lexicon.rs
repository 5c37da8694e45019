//! The word classes the rules consult, as one table built once: each
//! lower-case word maps to a set of [`Class`] bits.
//!
//! Every list here is general English (number words, months, function words,
//! nouns for people, verbs of speech); none names a person, place or outlet.
//! A word can belong to several classes (`estimates` is a verb of speech and
//! a noun for statistics).

use crate::lang::{self, WordClass};
use crate::number::{NUMBER_WORDS_BELOW_TWENTY, NUMBER_WORDS_TENS};
// Every token is looked up: Fx hashing is several times faster than SipHash
// on short keys, and the keys come from the language pack.
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// A set of word classes, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Class(u64);

macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Class {
            $($(#[$doc])* pub(crate) const $name: Class = Class(1 << $bit);)*
        }
    };
}

classes! {
    /// `one` to `nineteen`, `twenty` to `ninety`.
    NUMBER_WORD = 0;
    /// `hundred`.
    HUNDRED = 1;
    /// `thousand`, `million`, `billion`, `trillion` and their abbreviations.
    SCALE = 2;
    /// `dozen`.
    DOZEN = 3;
    /// Plural magnitudes of vague quantities: `dozens`, `hundreds`, `tens`.
    PLURAL_MAGNITUDE = 4;
    /// `half`.
    HALF = 5;
    /// Singular denominators: `third`, `quarter`, `fifth`...
    DENOMINATOR = 6;
    /// Plural denominators: `thirds`, `quarters`, `fifths`...
    DENOMINATORS = 7;
    /// Words that make a following magnitude vague: `several`, `few`, `many`.
    VAGUE_DETERMINER = 8;
    /// Month names and their abbreviations.
    MONTH = 9;
    /// Days of the week.
    WEEKDAY = 10;
    /// Words and abbreviations of units of time (`days`, `hrs`), from the
    /// language pack: a number before one is a duration, or an age.
    TIME_UNIT = 11;
    /// Markers of a time of day: `am`, `pm`, `GMT`.
    TIME_OF_DAY = 12;
    /// Function words: never the head of a measure or part of a source's name.
    FUNCTION = 13;
    /// Nouns for people: a figure counting them has unit `people`.
    PERSON = 14;
    /// Nouns whose figure counts people: `toll`, `population`, `crowd`.
    PEOPLE_COLLECTIVE = 15;
    /// Verbs or participles after a bare figure that make it people:
    /// `12 died`, `12 were killed`.
    PEOPLE_AFTER = 16;
    /// Verbs whose object is people: `killed 12`, `evacuated 300`.
    PEOPLE_BEFORE = 17;
    /// Verbs of speech and report: `said`, `told`, `estimated`.
    SPEECH = 18;
    /// Verbs of speech that are also common nouns (`reports`, `estimates`):
    /// a verb only before `that`, a figure or a determiner.
    SPEECH_AMBIGUOUS = 19;
    /// Nouns for statistics: `statistics`, `figures`, `data`.
    STATISTICS = 20;
    /// Nouns for documents that carry a source's figures: `report`, `study`.
    DOCUMENT = 21;
    /// Nouns that a number after them identifies: `Resolution 2254`,
    /// `route 66`, `page 5`.
    IDENTIFIER_HEAD = 22;
    /// One-word surfaces of the language pack's units (`miles`, `kg`,
    /// `yen`): the head of no measure.
    UNIT_WORD = 23;
    /// Verbs of change: `from X to Y` after one is two figures, not a range.
    CHANGE = 24;
    /// Verbs linking a subject to its level: `rose to`, `stood at`, `reached`.
    LEVEL = 25;
    /// Personal, possessive and relative pronouns.
    PRONOUN = 26;
    /// Words that make a following small number anaphoric: `the two leaders`.
    DEFINITE = 27;
    /// `times`, `fold` (the pack's multiplier unit): not a count.
    MULTIPLIER = 28;
    /// Words of share and subscribe boilerplate that prose seldom uses:
    /// `subscribe`, `newsletter`, `cookies`.
    INTERFACE = 29;
    /// Auxiliaries and adverbs that may stand between a subject and its verb.
    AUXILIARY = 30;
    /// Scale suffixes written against digits: `12k`, `3bn`, `5m`.
    SCALE_SUFFIX = 31;
    /// Ordinal suffixes and decade plurals written against digits.
    ORDINAL_SUFFIX = 32;
    /// Nouns of rank: `No. 1`, `top 10`.
    RANK = 33;
    /// Verbs that say a phrase in quotation marks was written: `read`.
    QUOTE_VERB = 34;
    /// Words linking a figure to an age: `aged`, `age`, `ages`.
    AGE = 35;
    /// Adverbs that can follow a figure without naming what it counts.
    ADVERB_AFTER = 36;
    /// Places whose size is their population: `a city of 7 million`.
    PLACE = 37;
    /// Last words of the vocabulary's qualifier phrases (`than`, `least`).
    HEDGE_END = 38;
    /// Words after a length of time that make it a point in time or an age,
    /// not a duration: `two years ago`, `five years old`, `a week later`.
    TIME_REFERENCE = 41;
    /// Kinds of street: a number before a name ending in one is an address
    /// (`221 Baker Street`).
    STREET = 39;
    /// Labels of the page's buttons and counters that are also everyday
    /// words (`share`, `comments`, `views`): furniture only next to a number
    /// (`Share 12`, `Comments (127)`) or opening a line (`Share this`).
    INTERFACE_COUNTER = 40;
    /// Nouns for a kind of organisation (`agency`, `ministry`, `group`), from
    /// the language pack's `discourse.yaml`.
    ORGANISATION_NOUN = 42;
    /// Nouns that name a person by their role (`mayor`, `spokeswoman`), from
    /// the language pack.
    PERSON_ROLE = 43;
    /// Pronouns that stand for a person (`he`, `she`), from the language pack.
    PERSON_PRONOUN = 44;
    /// Pronouns that stand for an organisation (`it`), from the language pack.
    ORGANISATION_PRONOUN = 45;
    /// Pronouns for people in the plural or an organisation (`they`), from
    /// the language pack.
    PLURAL_PRONOUN = 46;
    /// Any word of the table: every word of a class of the language pack or
    /// of a qualifier phrase of the vocabulary has it, so a token without it
    /// is none of the words the rules compare tokens with, which spares
    /// comparing it.
    KNOWN = 47;
    /// Verbs and adverbs of multiplying, from the language pack:
    /// `doubled`, `triple`, `twice`.
    MULTIPLYING = 48;
}

impl Class {
    /// The empty set.
    pub(crate) const NONE: Class = Class(0);

    /// This set less the classes of `other`.
    pub(crate) fn without(self, other: Class) -> Class {
        Class(self.0 & !other.0)
    }

    /// Whether any class of `other` is in this set.
    pub(crate) fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

/// The word classes of the language pack ([`crate::lang::WordClass`]) a
/// token is a word of, or the first word of a phrase of: one bit per class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordSet([u64; WordSet::WORDS]);

impl WordSet {
    const WORDS: usize = lang::WORD_CLASS_COUNT.div_ceil(64);

    /// The empty set: numbers, and words of no class.
    pub(crate) const NONE: WordSet = WordSet([0; WordSet::WORDS]);

    fn insert(&mut self, class: WordClass) {
        let index = class.index();
        self.0[index / 64] |= 1 << (index % 64);
    }

    /// Whether `class` is in the set.
    #[inline]
    pub(crate) fn has(self, class: WordClass) -> bool {
        let index = class.index();
        self.0[index / 64] & (1 << (index % 64)) != 0
    }
}

/// What the lexicon knows of one word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    /// The rules' classes.
    pub class: Class,
    /// The language pack's classes.
    pub words: WordSet,
    /// Whether some unit surface of the language pack starts with this
    /// word or mark: a token without it has no unit surface to compare.
    pub starts_surface: bool,
}

impl std::ops::BitOr for Class {
    type Output = Class;
    fn bitor(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Class {
    fn bitor_assign(&mut self, other: Class) {
        self.0 |= other.0;
    }
}

/// Builds the table: one entry per word, with every class it belongs to.
fn build() -> HashMap<&'static str, Entry> {
    let mut table: HashMap<&'static str, Entry> = classes()
        .into_iter()
        .map(|(word, class)| {
            let words = WordSet::NONE;
            let starts_surface = false;
            (
                word,
                Entry {
                    class,
                    words,
                    starts_surface,
                },
            )
        })
        .collect();
    for first in lang::surface_first_tokens() {
        table.entry(first).or_default().starts_surface = true;
    }
    for &class in lang::WORD_CLASSES {
        for phrase in class.words() {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            let entry = table.entry(first).or_default();
            entry.class |= Class::KNOWN;
            entry.words.insert(class);
        }
    }
    table
}

/// The rules' classes of every word.
fn classes() -> HashMap<&'static str, Class> {
    let mut table: HashMap<&'static str, Class> = HashMap::default();
    for (phrase, _) in crate::vocab::Qualifier::phrases() {
        if let Some(last) = phrase.split_whitespace().last() {
            let last = last.trim_end_matches('.');
            *table.entry(last).or_default() |= Class::HEDGE_END;
        }
    }
    // Scale words, plural magnitudes and unit words come from the language
    // pack.
    for (word, _, glued, spaced) in crate::lang::scales() {
        let word = lower_static(word);
        if spaced && !lang::WORDS_HUNDRED.contains(&word) && !lang::WORDS_DOZEN.contains(&word) {
            *table.entry(word).or_default() |= Class::SCALE;
        }
        if glued {
            *table.entry(word).or_default() |= Class::SCALE_SUFFIX;
        }
    }
    for (word, _) in crate::lang::multiplying_verbs().chain(crate::lang::multiplying_adverbs()) {
        *table.entry(lower_static(word)).or_default() |= Class::MULTIPLYING;
    }
    for word in crate::lang::plural_magnitudes() {
        *table.entry(lower_static(word)).or_default() |= Class::PLURAL_MAGNITUDE;
    }
    for (word, unit) in crate::lang::unit_words() {
        let word = lower_static(word);
        *table.entry(word).or_default() |= Class::UNIT_WORD;
        match unit.dimension() {
            crate::lang::Dimension::Duration => *table.entry(word).or_default() |= Class::TIME_UNIT,
            crate::lang::Dimension::Multiplier => {
                *table.entry(word).or_default() |= Class::MULTIPLIER
            }
            _ => {}
        }
    }
    // Every word the rules may compare a token with is in the table.
    for class in crate::lang::WORD_CLASSES {
        for word in class.iter().flat_map(|phrase| phrase.split(' ')) {
            *table.entry(word).or_default() |= Class::KNOWN;
        }
    }
    let vocabulary = crate::vocab::Qualifier::phrases()
        .map(|(phrase, _)| phrase)
        .chain(
            crate::vocab::HEDGES_AFTER
                .iter()
                .flat_map(|(first, second, _)| [*first, *second]),
        );
    for word in vocabulary.flat_map(str::split_whitespace) {
        *table.entry(lower_static(word)).or_default() |= Class::KNOWN;
    }
    let mut add = |words: &[&'static str], class: Class| {
        for word in words {
            *table.entry(word).or_default() |= class;
        }
    };
    // Number words, written as `parse_figure` reads them ("zero" is no
    // figure in news text).
    add(&NUMBER_WORDS_BELOW_TWENTY[1..], Class::NUMBER_WORD);
    add(&NUMBER_WORDS_TENS, Class::NUMBER_WORD);
    add(&lang::WORDS_HUNDRED, Class::HUNDRED);
    add(&lang::WORDS_DOZEN, Class::DOZEN);
    add(&lang::WORDS_HALF, Class::HALF);
    add(&lang::WORDS_DENOMINATORS, Class::DENOMINATOR);
    add(&lang::WORDS_PLURAL_DENOMINATORS, Class::DENOMINATORS);
    add(&lang::WORDS_VAGUE_DETERMINERS, Class::VAGUE_DETERMINER);
    add(&lang::WORDS_MONTHS, Class::MONTH);
    add(&lang::WORDS_WEEKDAYS, Class::WEEKDAY);
    add(&lang::WORDS_TIMES_OF_DAY, Class::TIME_OF_DAY);
    add(&lang::WORDS_FUNCTION_WORDS, Class::FUNCTION);
    add(&lang::WORDS_PERSONS, Class::PERSON);
    add(&lang::WORDS_PEOPLE_COLLECTIVES, Class::PEOPLE_COLLECTIVE);
    add(&lang::WORDS_PEOPLE_AFTER, Class::PEOPLE_AFTER);
    add(&lang::WORDS_PEOPLE_BEFORE, Class::PEOPLE_BEFORE);
    add(&lang::WORDS_SPEECH_VERBS, Class::SPEECH);
    add(
        &lang::WORDS_SPEECH_AMBIGUOUS,
        Class::SPEECH_AMBIGUOUS | Class::SPEECH,
    );
    add(&lang::WORDS_SPEECH_NOUNS, Class::SPEECH);
    add(&lang::WORDS_STATISTICS, Class::STATISTICS);
    add(&lang::WORDS_DOCUMENTS, Class::DOCUMENT);
    add(&lang::WORDS_IDENTIFIER_HEADS, Class::IDENTIFIER_HEAD);
    add(&lang::WORDS_CHANGES, Class::CHANGE);
    add(&lang::WORDS_LEVELS, Class::LEVEL);
    add(&lang::WORDS_PRONOUNS, Class::PRONOUN);
    add(&lang::WORDS_INDEFINITE_PRONOUNS, Class::PRONOUN);
    add(&lang::WORDS_DEFINITES, Class::DEFINITE);
    add(&lang::WORDS_INTERFACE, Class::INTERFACE);
    add(&lang::WORDS_INTERFACE_COUNTERS, Class::INTERFACE_COUNTER);
    add(&lang::WORDS_AUXILIARIES, Class::AUXILIARY);
    add(&lang::WORDS_WEEKDAYS, Class::AUXILIARY);
    add(&lang::WORDS_ORDINAL_SUFFIXES, Class::ORDINAL_SUFFIX);
    add(&lang::WORDS_RANKS, Class::RANK);
    add(&lang::WORDS_QUOTE_VERBS, Class::QUOTE_VERB);
    add(&lang::WORDS_AGES, Class::AGE);
    add(&lang::WORDS_STREETS, Class::STREET);
    add(&lang::WORDS_TIME_REFERENCES, Class::TIME_REFERENCE);
    add(&lang::WORDS_ADVERBS_AFTER, Class::ADVERB_AFTER);
    // The discourse classes of the language pack: one-word entries only;
    // the rules match the phrases (`prime minister`) by their last word.
    let words = |list: WordClass| list.words().iter().copied().filter(|w| !w.contains(' '));
    for (list, class) in [
        (
            crate::lang::DISCOURSE_ORGANISATION_NOUNS,
            Class::ORGANISATION_NOUN,
        ),
        (crate::lang::DISCOURSE_PERSON_ROLES, Class::PERSON_ROLE),
        (
            crate::lang::DISCOURSE_PERSON_PRONOUNS,
            Class::PERSON_PRONOUN,
        ),
        (
            crate::lang::DISCOURSE_ORGANISATION_PRONOUNS,
            Class::ORGANISATION_PRONOUN,
        ),
        (
            crate::lang::DISCOURSE_PLURAL_PRONOUNS,
            Class::PLURAL_PRONOUN,
        ),
    ] {
        add(&words(list).collect::<Vec<_>>(), class);
    }
    add(&lang::WORDS_PLACES, Class::PLACE);
    // Every word of the table is known, whatever its classes.
    for class in table.values_mut() {
        *class |= Class::KNOWN;
    }
    table
}

/// A word of the language pack in lower case, as the table's keys are: the
/// pack's words are mostly lower case already; the few that are not are
/// lower-cased once, when the table is built, and live as long as it does.
fn lower_static(word: &'static str) -> &'static str {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Box::leak(word.to_ascii_lowercase().into_boxed_str())
    } else {
        word
    }
}

// Keyed by bytes: a token lower-cased in place is looked up without
// checking its UTF-8 again.
static TABLE: LazyLock<HashMap<&'static [u8], Entry>> = LazyLock::new(|| {
    build()
        .into_iter()
        .map(|(word, entry)| (word.as_bytes(), entry))
        .collect()
});

/// The longest word the table holds is shorter than this; longer words have
/// no class, which saves lower-casing them.
const MAX_WORD: usize = 24;

/// The classes of a word, compared without regard to ASCII case.
#[cfg(test)]
pub(crate) fn classify(word: &str) -> Class {
    look_up(word).class
}

/// What the lexicon knows of a word or mark, compared without regard to
/// ASCII case.
pub(crate) fn look_up(word: &str) -> Entry {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_WORD {
        // The table's words are shorter; whether a unit's surface starts
        // with it is left to the pack's own lookup.
        return Entry {
            starts_surface: true,
            ..Entry::default()
        };
    }
    let mut lower = [0u8; MAX_WORD];
    for (slot, byte) in lower.iter_mut().zip(bytes) {
        *slot = byte.to_ascii_lowercase();
    }
    TABLE
        .get(&lower[..bytes.len()])
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_ignore_case_and_combine() {
        assert!(classify("Million").has(Class::SCALE));
        assert!(classify("estimates").has(Class::SPEECH));
        assert!(classify("estimates").has(Class::STATISTICS));
        assert!(classify("Troops").has(Class::PERSON));
        assert_eq!(classify("xylophone"), Class::NONE);
        assert_eq!(classify(&"a".repeat(40)), Class::NONE);
    }

    #[test]
    fn every_unit_surface_starts_with_a_flagged_word_or_mark() {
        for first in lang::surface_first_tokens() {
            let entry = look_up(first);
            assert!(
                entry.starts_surface || !first.is_ascii(),
                "{first:?} starts a unit surface but its entry says not"
            );
        }
        assert!(look_up("km").starts_surface);
        assert!(look_up("%").starts_surface);
        assert!(!look_up("homes").starts_surface);
    }

    #[test]
    fn every_word_fits_the_lowercasing_buffer() {
        assert!(TABLE.keys().all(|word| word.len() <= MAX_WORD));
        assert!(TABLE.keys().all(|word| word.to_ascii_lowercase() == *word));
    }
}
