//! Reading a figure at a token: the numeral (digits, number words,
//! fractions, vague quantities, ranges and ratios), the currency sign before
//! it and the unit words after it, and the rules that tell a numeral that is
//! not a claim (a year, a date, a time, a duration, an identifier, an
//! ordinal, part of an address) from one that is.
//!
//! [`figure_at`] answers for one token: a [`Figure`], a span of tokens that
//! is a numeral but no claim and must not be read again, or nothing.

use crate::model::Value;
use crate::number::parse_figure;
use crate::vocab::{Dimension, HEDGES_AFTER, Qualifier, Unit};

use super::lexicon::Class;
use super::rules::{Rule, figure as rules, unit as unit_rules};
use super::sentence::Sentence;
use super::token::Kind;
use super::unit;
use crate::lang::{
    FIGURE_ADDRESS_PREPOSITIONS as ADDRESS_PREPOSITIONS, FIGURE_AGE_ADJECTIVES as AGE_ADJECTIVES,
    FIGURE_AMBIGUOUS_MAGNITUDES as AMBIGUOUS_MAGNITUDES,
    FIGURE_AMBIGUOUS_MONTHS as AMBIGUOUS_MONTHS, FIGURE_AMOUNT_COMPARATIVES as AMOUNT_COMPARATIVES,
    FIGURE_APPOSITION_ABBREVIATIONS as APPOSITION_ABBREVIATIONS,
    FIGURE_APPROXIMATION_SUFFIXES as APPROXIMATION_SUFFIXES,
    FIGURE_BARE_VERB_MARKERS as BARE_VERB_MARKERS, FIGURE_CHANGE_NOUNS as CHANGE_NOUNS,
    FIGURE_COMPARISON_MARKERS as COMPARISON_MARKERS, FIGURE_EXCESS_SUFFIXES as EXCESS_SUFFIXES,
    FIGURE_MERIDIEM_ABBREVIATIONS as MERIDIEM_ABBREVIATIONS, FIGURE_METRE_SYMBOL as METRE_SYMBOL,
    FIGURE_NEGATIVE_SIGN_WORDS as NEGATIVE_SIGN_WORDS, FIGURE_OPEN_HEDGES as OPEN_HEDGES,
    FIGURE_OTHER_WORDS as OTHER_WORDS, FIGURE_PART_ORDINALS as PART_ORDINALS,
    FIGURE_PERIOD_DETERMINERS as PERIOD_DETERMINERS, FIGURE_PHRASAL_PARTICLES as PHRASAL_PARTICLES,
    FIGURE_RANK_VERBS as RANK_VERBS, FIGURE_RATIO_CONNECTIVES as RATIO_CONNECTIVES,
    FIGURE_REMAINDER_ADJECTIVES as REMAINDER_ADJECTIVES, FIGURE_SCORE_NOUNS as SCORE_NOUNS,
    FIGURE_SCORE_VERBS as SCORE_VERBS, FIGURE_SHARE_DETERMINERS as SHARE_DETERMINERS,
    FIGURE_SINGLE_DETERMINERS as SINGLE_DETERMINERS, FIGURE_STRENGTH_SUFFIXES as STRENGTH_SUFFIXES,
    FIGURE_UNIT_INTENSIFIERS as UNIT_INTENSIFIERS, FIGURE_URL_MARKERS as URL_MARKERS,
    FIGURE_VAGUE_DETERMINER_PHRASES as VAGUE_DETERMINER_PHRASES,
    FIGURE_WHOLE_DETERMINERS as WHOLE_DETERMINERS,
    FIGURE_WHOLE_SET_DETERMINERS as WHOLE_SET_DETERMINERS,
    MEASURE_OTHERS_PRONOUNS as OTHERS_PRONOUNS, WORDS_BOUND_PREPOSITIONS as BOUND_PREPOSITIONS,
    WORDS_CLOCK_HOURS as CLOCK_HOURS, WORDS_COMPARATIVE_THAN as THAN, WORDS_CONJUNCTION_AND as AND,
    WORDS_CONJUNCTION_OR as OR, WORDS_CONSONANT_INDEFINITE_ARTICLE as A,
    WORDS_DIMENSIONS as DIMENSIONS, WORDS_DOZEN as DOZEN, WORDS_HUNDRED as HUNDRED,
    WORDS_INDEFINITE_ARTICLES as INDEFINITE_ARTICLES, WORDS_MODAL_VERBS as MODAL_VERBS,
    WORDS_PARTITIVE_PRONOUNS as PARTITIVE_PRONOUNS,
    WORDS_PASSIVE_AUXILIARIES as PASSIVE_AUXILIARIES,
    WORDS_PAST_TENSE_ENDINGS as PAST_TENSE_ENDINGS, WORDS_PLURAL_ENDINGS as PLURAL_ENDINGS,
    WORDS_POSSESSIVE_DETERMINERS as POSSESSIVES, WORDS_POSSESSIVE_ENDINGS as POSSESSIVE_ENDINGS,
    WORDS_PREPOSITION_AT as AT, WORDS_PREPOSITION_BETWEEN as BETWEEN, WORDS_PREPOSITION_BY as BY,
    WORDS_PREPOSITION_FROM as FROM, WORDS_PREPOSITION_OF as OF, WORDS_PREPOSITION_TO as TO,
    WORDS_PRESENT_PARTICIPLE_ENDINGS as PRESENT_PARTICIPLE_ENDINGS,
};

/// A numeral read at a token, with what the tokens around it say about it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    /// First token, including a currency sign before the numeral.
    pub lead: usize,
    /// First token of the numeral.
    pub start: usize,
    /// One past the numeral's last token.
    pub end: usize,
    /// One past the unit words after the numeral: where the measure starts.
    pub tail: usize,
    pub value: Value,
    /// The unit the figure itself carries (`%`, `$`, `square kilometres`, a
    /// bare fraction), if any.
    pub unit: Option<Unit>,
    pub vague: bool,
    pub range: bool,
    /// Written in words only, below a hundred and without a scale
    /// (`two`, `forty-five`): such numerals need a noun to be a claim.
    pub small_words: bool,
    /// A fraction or ratio (`half`, `a third`, `one in five`).
    pub fraction: bool,
    /// A hedge written after the numeral (`or more`, `-odd`, `+`).
    pub qualifier_after: Option<Qualifier>,
    /// `2,000-strong`: the figure counts the noun after it.
    pub strong: bool,
    /// The rule that read it.
    pub rule: &'static Rule,
    /// The rule that gave it the unit written with it, or said none is;
    /// `None` when the figure rule gives the unit (`doubled` is `times`).
    pub unit_rule: Option<&'static Rule>,
}

impl Figure {
    /// A figure of the one token `i` whose unit its rule gives (`doubled`
    /// is 2 `times`, a side of a score a `count`).
    fn one_token(i: usize, value: f64, unit: Unit, rule: &'static Rule) -> Figure {
        Figure {
            lead: i,
            start: i,
            end: i + 1,
            tail: i + 1,
            value: Value::Number(value),
            unit: Some(unit),
            vague: false,
            range: false,
            small_words: false,
            fraction: false,
            qualifier_after: None,
            strong: false,
            rule,
            unit_rule: None,
        }
    }
}

/// The answer of [`figure_at`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Parse {
    /// A figure that may be a claim.
    Figure(Figure),
    /// Tokens up to this index are a numeral that is no claim, as the rule
    /// says.
    Skip(usize, &'static Rule),
    /// No numeral starts here.
    Nothing,
}

/// What kind of numeral a [`Card`] is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CardKind {
    Digits,
    Words,
    Fraction { bare: bool },
    Vague,
}

/// A numeral without units: its tokens, value and scale.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Card {
    start: usize,
    end: usize,
    kind: CardKind,
    value: Value,
    /// The product of the scale words and suffixes written on it; 1 if none.
    scale: f64,
}

impl Card {
    fn number(&self) -> f64 {
        self.value.bounds().0
    }
}

/// The factor of a scale word written after a space (`million`, `bn`,
/// `lakh`, `hundred`), from the language pack.
fn scale_of(word: &str) -> Option<f64> {
    crate::lang::scale(word, false)
}

/// The value of a number token: digits, thousands separators (commas and
/// spaces, as the tokenizer grouped them) and one decimal point.
fn digits_value(text: &str) -> Option<f64> {
    let mut buffer = [0u8; 32];
    let mut len = 0;
    for byte in text.bytes() {
        if byte.is_ascii_digit() || byte == b'.' {
            *buffer.get_mut(len)? = byte;
            len += 1;
        }
    }
    std::str::from_utf8(&buffer[..len]).ok()?.parse().ok()
}

/// The value `parse_figure` reads in the tokens `from..to`.
fn read(s: &Sentence<'_>, from: usize, to: usize) -> Option<Value> {
    parse_figure(s.slice(from, to))
        .ok()
        .map(|figure| figure.value)
}

/// Scale words after `j` (`million`, `-billion`), and their product.
fn scales(s: &Sentence<'_>, mut j: usize) -> (usize, f64) {
    let mut scale = 1.0;
    loop {
        if s.has(j, Class::SCALE) || (s.is_any(j, HUNDRED) && scale == 1.0) {
            scale *= scale_of(s.str(j)).unwrap_or(1.0);
            j += 1;
        } else if s.is(j, "-") && s.joined(j - 1) && s.joined(j) && s.has(j + 1, Class::SCALE) {
            scale *= scale_of(s.str(j + 1)).unwrap_or(1.0);
            j += 2;
        } else {
            return (j, scale);
        }
    }
}

/// The numeral starting at token `i`, if one does.
fn cardinal(s: &Sentence<'_>, i: usize) -> Option<Card> {
    match s.kind(i)? {
        Kind::Number => digits(s, i),
        Kind::Word => words(s, i),
        Kind::Punct => None,
    }
}

fn digits(s: &Sentence<'_>, i: usize) -> Option<Card> {
    if let Some(card) = measured_fraction(s, i) {
        return Some(card);
    }
    let text = s.str(i);
    if text.len() > 1 && text.starts_with('0') && !text.starts_with("0.") {
        return None;
    }
    let mut j = i + 1;
    let mut scale = 1.0;
    let glued_on = |k: usize| s.joined(k) && (s.is_word(k + 1) || s.is_number(k + 1));
    // `1.8m tall`: before an adjective of length, a glued `m` is metres.
    let metres = s.is_any(j, METRE_SYMBOL) && s.is_any(j + 1, DIMENSIONS);
    if s.joined(i) && s.has(j, Class::SCALE_SUFFIX) && !glued_on(j) && !metres {
        scale = crate::lang::scale(s.str(j), true)?;
        j += 1;
    }
    let (j, more) = scales(s, j);
    let scale = scale * more;
    // Read here rather than by `parse_figure`: digits are most figures, and
    // the tokenizer has already checked their separators.
    let value = digits_value(text)? * scale;
    Some(Card {
        start: i,
        end: j,
        kind: CardKind::Digits,
        value: Value::Number(value),
        scale,
    })
}

/// A fraction in digits, or a whole number and one, before a unit of the
/// pack: `1/2 cup`, `a 1/4 mile oval`, `10 1/2 miles`. Without a unit after
/// it, `9/11` and `24/7` are names and dates, not figures.
fn measured_fraction(s: &Sentence<'_>, i: usize) -> Option<Card> {
    let slashed = |k: usize| -> Option<f64> {
        let glued = s.joined(k) && s.is(k + 1, "/") && s.joined(k + 1);
        if !(glued && s.is_number(k) && s.is_number(k + 2)) {
            return None;
        }
        let numerator = digits_value(s.str(k))?;
        let denominator = digits_value(s.str(k + 2))?;
        (numerator > 0.0 && numerator < denominator && denominator <= 16.0)
            .then(|| numerator / denominator)
    };
    let (value, end) = match slashed(i) {
        Some(part) => (part, i + 3),
        None => {
            // The shape first: most numerals are no mixed number.
            let part = slashed(i + 1).filter(|_| !s.joined(i))?;
            (digits_value(s.str(i))? + part, i + 4)
        }
    };
    // The unit after the fraction must not itself be glued on (`1/2in`).
    let unit = unit::unit_after(s, end, false)?;
    (unit.unit.dimension() != Dimension::Share && !s.joined(end - 1)).then_some(Card {
        start: i,
        end,
        kind: CardKind::Digits,
        value: Value::Number(value),
        scale: 1.0,
    })
}

fn words(s: &Sentence<'_>, i: usize) -> Option<Card> {
    let class = s.class(i);
    // Every numeral in words opens with a word of the lexicon.
    if !class.has(Class::KNOWN) {
        return None;
    }
    if class.has(Class::PLURAL_MAGNITUDE) {
        return vague(s, i);
    }
    if class.has(Class::VAGUE_DETERMINER) || s.phrase_at(i, VAGUE_DETERMINER_PHRASES).is_some() {
        return vague_determined(s, i);
    }
    if let Some(card) = fraction(s, i) {
        return Some(card);
    }
    let a = s.is_any(i, INDEFINITE_ARTICLES);
    if a && !(s.has(i + 1, Class::SCALE) || s.is_any(i + 1, HUNDRED) || s.is_any(i + 1, DOZEN)) {
        return None;
    }
    if !a && !class.has(Class::NUMBER_WORD) {
        return None;
    }
    let mut j = i + 1;
    loop {
        let class = s.class(j);
        let number = class.has(Class::NUMBER_WORD | Class::HUNDRED | Class::DOZEN | Class::SCALE);
        // `twenty-five`, `two hundred and fifty`
        let joined_number =
            s.is(j, "-") && s.joined(j - 1) && s.joined(j) && s.has(j + 1, Class::NUMBER_WORD);
        let and_number = s.is_any(j, AND)
            && s.has(j - 1, Class::HUNDRED | Class::SCALE)
            && s.has(j + 1, Class::NUMBER_WORD);
        if number {
            j += 1;
        } else if joined_number || and_number {
            j += 2;
        } else {
            break;
        }
    }
    let value = read(s, i, j)?;
    let scale = (i..j)
        .filter(|&k| s.has(k, Class::SCALE | Class::HUNDRED | Class::DOZEN))
        .filter_map(|k| scale_of(s.str(k)))
        .product();
    Some(Card {
        start: i,
        end: j,
        kind: CardKind::Words,
        value,
        scale,
    })
}

/// `hundreds`, `tens of thousands`, `dozens`; `scores` and `tens` only
/// before `of`.
fn vague(s: &Sentence<'_>, i: usize) -> Option<Card> {
    if s.is_any(i, AMBIGUOUS_MAGNITUDES) && !s.is_any(i + 1, OF) {
        return None;
    }
    let mut j = i + 1;
    while s.is_any(j, OF) && s.has(j + 1, Class::PLURAL_MAGNITUDE) {
        j += 2;
    }
    Some(Card {
        start: i,
        end: j,
        kind: CardKind::Vague,
        value: read(s, i, j)?,
        scale: 1.0,
    })
}

/// `several hundred`, `a few thousand`, `many millions`: the magnitude `N`
/// after the determiner makes the vague range `2N..10N`, as `hundreds` does.
fn vague_determined(s: &Sentence<'_>, i: usize) -> Option<Card> {
    let first = i + s.phrase_at(i, VAGUE_DETERMINER_PHRASES).unwrap_or(1);
    if s.has(first, Class::PLURAL_MAGNITUDE) {
        return vague(s, first);
    }
    if !(s.has(first, Class::SCALE) || s.is_any(first, HUNDRED) || s.is_any(first, DOZEN)) {
        return None;
    }
    let (end, magnitude) = scales(s, first);
    let (end, magnitude) = if s.is_any(first, DOZEN) {
        (first + 1, 12.0)
    } else {
        (end, magnitude)
    };
    Some(Card {
        start: i,
        end,
        kind: CardKind::Vague,
        value: Value::Range {
            low: 2.0 * magnitude,
            high: 10.0 * magnitude,
        },
        scale: 1.0,
    })
}

/// `half`, `a third`, `two-thirds`, `three quarters`, `half a million`,
/// `a quarter of a million`, `half-million`.
fn fraction(s: &Sentence<'_>, i: usize) -> Option<Card> {
    let words_end = if s.has(i, Class::HALF) {
        i + 1
    } else {
        let singular = s.is_any(i, SINGLE_DETERMINERS);
        if !singular && !s.has(i, Class::NUMBER_WORD) {
            return None;
        }
        let mut d = i + 1;
        if s.is(d, "-") && s.joined(i) && s.joined(d) {
            d += 1;
        }
        let denominator = if singular {
            Class::DENOMINATOR | Class::HALF
        } else {
            Class::DENOMINATORS
        };
        if !s.has(d, denominator) {
            return None;
        }
        d + 1
    };
    // A scale after the fraction: `[of] [a] million` or `-million`.
    let mut k = words_end;
    if s.is_any(k, OF) {
        k += 1;
    }
    if s.is_any(k, INDEFINITE_ARTICLES) {
        k += 1;
    }
    let scale_at = if s.has(k, Class::SCALE) {
        Some(k)
    } else if s.is(words_end, "-")
        && s.joined(words_end - 1)
        && s.joined(words_end)
        && s.has(words_end + 1, Class::SCALE)
    {
        Some(words_end + 1)
    } else {
        None
    };
    if scale_at.is_none() && s.is_any(i, INDEFINITE_ARTICLES) && s.has(i + 1, Class::HALF) {
        // A lone `a half` is part of `an hour and a half`, not a share.
        return None;
    }
    let end = scale_at.map_or(words_end, |at| at + 1);
    Some(Card {
        start: i,
        end,
        kind: CardKind::Fraction {
            bare: scale_at.is_none(),
        },
        value: read(s, i, end)?,
        scale: 1.0,
    })
}

/// A currency or other unit written before the numeral at `i` (`$`, `A$`,
/// `Rs`, `magnitude`): its unit and the first token of the figure. `Err` for
/// a currency sign the language pack does not know.
fn currency_before(s: &Sentence<'_>, i: usize) -> Result<(usize, Option<Unit>), ()> {
    Ok(match unit::prefix_before(s, i)? {
        Some((lead, unit)) => (lead, Some(Unit::simple(unit))),
        None => (i, None),
    })
}

/// What the words after a numeral say.
#[derive(Debug, Clone, Copy, PartialEq)]
enum After {
    /// A unit of the language pack, ending before this token.
    Unit(Unit, usize),
    /// A word that makes the numeral no claim: a time of day, or a length
    /// of time that dates something (`two years ago`) or gives an age
    /// (`five years old`).
    Reject,
    /// Nothing the rules know.
    Plain,
}

/// The unit words at `j`, after a numeral that ends at `j` (`percent`,
/// `square kilometres`, `miles`, `°C`, `dollars`), or a reason it is no
/// claim.
fn unit_after(s: &Sentence<'_>, j: usize, scaled: bool) -> After {
    if j >= s.len() {
        return After::Plain;
    }
    if s.has(j, Class::TIME_OF_DAY) {
        return After::Reject;
    }
    if j > 0 && s.is_any(j, CLOCK_HOURS) && is_clock_reading(s.str(j - 1)) {
        return After::Reject;
    }
    // `3 p.m.`, `10 a.m.`: the full stops are tokens of their own.
    let meridiem = || {
        MERIDIEM_ABBREVIATIONS
            .iter()
            .filter_map(|abbreviation| abbreviation.split_once('.'))
            .any(|(first, second)| s.is(j, first) && s.is(j + 2, second))
    };
    if s.joined(j) && s.is(j + 1, ".") && meridiem() {
        return After::Reject;
    }
    // `two full years`: an adjective that stresses a unit of time.
    let stressed = || {
        s.is_any(j, UNIT_INTENSIFIERS)
            .then(|| unit::unit_after(s, j + 1, scaled))
            .flatten()
            .filter(|found| found.unit.dimension() == Dimension::Duration)
    };
    let Some(found) = unit::unit_after(s, j, scaled).or_else(stressed) else {
        return After::Plain;
    };
    // `five years old`: an age. A length of time that places an event
    // (`two years ago`, `six minutes later`) is a duration all the same.
    if found.unit.dimension() == Dimension::Duration && s.is_any(found.end, AGE_ADJECTIVES) {
        return After::Reject;
    }
    After::Unit(Unit::simple(found.unit), found.end)
}

/// Four digits that read as a time in 24-hour notation: `1400`, `0630`.
fn is_clock_reading(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    bytes.len() == 4
        && bytes.iter().all(u8::is_ascii_digit)
        && digits[..2] < *"24"
        && digits[2..] < *"60"
}

/// `-strong`, `-odd`, `-plus`, `-year-old`, `-percent` and other words
/// joined to a numeral by a hyphen.
enum Compound {
    Unit(Unit, usize),
    Strong(usize),
    Hedge(Qualifier, usize),
    /// `a 547-seat parliament`: a noun after the hyphen, which the figure
    /// may count; the word after the hyphen is at the index.
    Noun(usize),
    Reject,
    None,
}

fn compound_after(s: &Sentence<'_>, j: usize) -> Compound {
    if !(s.is(j, "-") && s.joined(j - 1) && s.joined(j)) {
        if s.is(j, "+") && s.joined(j - 1) {
            return Compound::Hedge(Qualifier::MoreThan, j + 1);
        }
        return Compound::None;
    }
    let w = j + 1;
    if !s.is_word(w) {
        return Compound::Reject;
    }
    match unit_after(s, w, false) {
        // `a 10-year-old`: an age.
        After::Unit(unit, end)
            if unit.dimension() == Dimension::Duration
                && s.is(end, "-")
                && s.is_any(end + 1, AGE_ADJECTIVES) =>
        {
            return Compound::Reject;
        }
        After::Unit(unit, end) => return Compound::Unit(unit, end),
        After::Reject => return Compound::Reject,
        After::Plain => {}
    }
    if s.is_any(w, STRENGTH_SUFFIXES) {
        Compound::Strong(w + 1)
    } else if s.is_any(w, APPROXIMATION_SUFFIXES) {
        Compound::Hedge(Qualifier::About, w + 1)
    } else if s.is_any(w, EXCESS_SUFFIXES) {
        Compound::Hedge(Qualifier::MoreThan, w + 1)
    } else if !s.capitalized(w) {
        // `a 547-seat parliament`, `the 27-nation bloc`
        Compound::Noun(w)
    } else {
        // `a 3-D film`, `the 4-H club`: a name, not a count.
        Compound::Reject
    }
}

/// `one in five`, `1 in 4`, `nine out of ten`: a share as a ratio.
fn ratio(s: &Sentence<'_>, low: &Card) -> Option<Card> {
    if !matches!(low.kind, CardKind::Digits | CardKind::Words) || low.scale != 1.0 {
        return None;
    }
    let at = low.end + s.phrase_at(low.end, RATIO_CONNECTIVES)?;
    let high = cardinal(s, at)?;
    if !matches!(high.kind, CardKind::Digits | CardKind::Words) || high.scale != 1.0 {
        return None;
    }
    let (numerator, denominator) = (low.number(), high.number());
    if !(numerator > 0.0 && numerator < denominator && denominator <= 1000.0) {
        return None;
    }
    // `one in 17 adults`, `three out of four`, `nine out of ten`, `1 in
    // 100` state a proportion; `13 out of 17 regions` counts a part and
    // its whole.
    let proportion =
        numerator == 1.0 || denominator <= 10.0 || [100.0, 1000.0].contains(&denominator);
    if !proportion {
        return None;
    }
    Some(Card {
        start: low.start,
        end: high.end,
        kind: CardKind::Fraction { bare: true },
        value: Value::Number(numerator / denominator),
        scale: 1.0,
    })
}

fn is_year(card: &Card, s: &Sentence<'_>) -> bool {
    card.kind == CardKind::Digits
        && card.end == card.start + 1
        && s.str(card.start).len() == 4
        && s.str(card.start).bytes().all(|b| b.is_ascii_digit())
        && (1000.0..=2100.0).contains(&card.number())
}

/// Whether a change verb (`rose`, `cut`) stands within a few tokens before
/// `i`: then `from 5 to 7` and `5% to 7%` are two figures, not a range. A
/// form of `be`, a modal, `at` or `of` between them ends the change's reach:
/// `growth will be 3% to 5%` and `growth of 2 to 3 percent` are ranges.
fn change_before(s: &Sentence<'_>, i: usize) -> bool {
    (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| {
            !(s.is_any(k, PASSIVE_AUXILIARIES)
                || s.is_any(k, MODAL_VERBS)
                || s.is_any(k, AT)
                || s.is_any(k, OF))
        })
        .any(|k| s.has(k, Class::CHANGE))
}

/// The unit that a bare end of a change takes from its other end: `rose
/// from 3 to 5 percent`, `fell to 5% from 7`. The scale stays each end's
/// own, as the figure written says (`from 3 to 2 million` starts at 3).
fn other_end_of_change(s: &Sentence<'_>, lead: usize, card: &Card) -> Option<Unit> {
    if !matches!(card.kind, CardKind::Digits | CardKind::Words) || lead == 0 {
        return None;
    }
    let other = if s.is_any(lead - 1, FROM) && s.is_any(card.end, TO) {
        // `from X to Y`: the end after `to`, past a currency sign.
        if !change_before(s, lead - 1) {
            return None;
        }
        let first = (card.end + 1..card.end + 4).find(|&k| s.is_number(k))?;
        match figure_with(s, first, false) {
            Parse::Figure(other) if other.lead == card.end + 1 => other,
            _ => return None,
        }
    } else if s.is_any(lead - 1, FROM) && lead >= 2 && !content_word(s, card.end) {
        // `to Y from X`: the figure that ends just before `from`.
        (lead.saturating_sub(7)..lead - 1)
            .filter(|&k| s.is_number(k))
            .find_map(|k| match figure_with(s, k, false) {
                Parse::Figure(other)
                    if other.tail == lead - 1
                        && other.lead > 0
                        && s.is_any(other.lead - 1, TO)
                        && change_before(s, other.lead - 1) =>
                {
                    Some(other)
                }
                _ => None,
            })?
    } else {
        return None;
    };
    other.unit.filter(|_| !other.range && !other.vague)
}

/// The currency of the amount a bare scaled figure is compared with, when
/// a word of comparison stands shortly before it and nothing it counts
/// follows it: `revenue of $5 billion, up from 4.2 billion`, `20.91 billion
/// dollars, above estimates of 20.66 billion`. The amount compared with is
/// the nearest figure before it in the sentence, passing over a conversion
/// in brackets (`94.84 billion dollars (£75.4 billion) from 97.28 billion`).
fn currency_compared_with(s: &Sentence<'_>, lead: usize, card: &Card, tail: usize) -> Option<Unit> {
    if card.scale <= 1.0 || card.kind != CardKind::Digits || content_word(s, tail) {
        return None;
    }
    (lead.saturating_sub(COMPARISON_REACH)..lead).find(|&k| s.is_any(k, COMPARISON_MARKERS))?;
    let mut k = lead;
    while k > 0 {
        k -= 1;
        if s.is(k, ")") {
            // A conversion in brackets: pass over it to the amount it converts.
            k = (0..k).rev().find(|&open| s.is(open, "("))?;
            continue;
        }
        if !s.is_number(k) {
            continue;
        }
        let other = (k.saturating_sub(4)..=k)
            .filter(|&first| s.is_number(first))
            .find_map(|first| match figure_with(s, first, false) {
                Parse::Figure(figure) if figure.end > k => Some(figure),
                _ => None,
            })?;
        return other
            .unit
            .filter(|unit| unit.dimension() == Dimension::Money && unit.per().is_none());
    }
    None
}

/// Whether token `k` is a word that is no function word: after a bare
/// figure, what it may count (`4.2 billion customers`).
fn content_word(s: &Sentence<'_>, k: usize) -> bool {
    s.is_word(k) && !s.has(k, Class::FUNCTION)
}

/// How many tokens before a bare amount a word of comparison may stand.
const COMPARISON_REACH: usize = 8;

/// Whether token `k` (never the first) is a dash that can join two numerals
/// into a pair: a hyphen or an em dash written against both (`5-6`), or an en
/// dash, spaced or not (`5 – 6`).
fn joins_a_pair(s: &Sentence<'_>, k: usize) -> bool {
    match s.str(k) {
        "-" | "—" => s.joined(k - 1) && s.joined(k),
        "–" => true,
        _ => false,
    }
}

/// A range whose low end is `low`: `X to Y`, `X-Y`, `X–Y`, `between X and Y`,
/// `X or Y`. Returns the range's numeral, its end, and a unit written on the
/// low end (`10% to 20%`); `Err` for a hyphenated pair that is no range
/// (`3-1`, `2020-21`).
fn range(s: &Sentence<'_>, lead: usize, low: &Card) -> Result<Option<(Card, Option<Unit>)>, usize> {
    if !matches!(low.kind, CardKind::Digits | CardKind::Words) {
        return Ok(None);
    }
    let mut k = low.end;
    let mut low_unit = None;
    if let After::Unit(unit, end) = unit_after(s, k, false) {
        low_unit = Some(unit);
        k = end;
    }
    let before = lead.checked_sub(1);
    let between = before.is_some_and(|b| s.is_any(b, BETWEEN));
    let from = before.is_some_and(|b| s.is_any(b, FROM));
    let by = before.is_some_and(|b| s.is_any(b, BY));
    if k >= s.len() {
        return Ok(None);
    }
    let joined = s.joined(k - 1) && s.joined(k);
    let connector = s.str(k);
    let dash = matches!(connector, "-" | "–" | "—") && joined;
    let mut bare_before_unit = false;
    let ok = match connector {
        _ if joins_a_pair(s, k) => true,
        _ if s.is_any(k, TO) && from => !change_before(s, lead - 1),
        // `rose 2 to 3 percent`: a bare low end with the unit written on
        // the high end is a range even after a change (checked below).
        _ if s.is_any(k, TO) => {
            bare_before_unit = low_unit.is_none();
            bare_before_unit || !by && !change_before(s, lead)
        }
        _ if s.is_any(k, AND) => between,
        _ if s.is_any(k, OR) => !s.is_any(k + 1, OPEN_HEDGES),
        _ => false,
    };
    if !ok {
        return Ok(None);
    }
    let mut h = k + 1;
    // `between $140 and $345 billion`: a sign on the high end too; but
    // `up 3 percent to $96`, a sign after another unit, is a change.
    if let Some(skip) = (1..=3).find(
        |&skip| matches!(unit::prefix_before(s, h + skip), Ok(Some((first, _))) if first == h),
    ) {
        if low_unit.is_some_and(|unit| unit.dimension() != Dimension::Money) {
            return Ok(None);
        }
        h += skip;
    }
    let Some(high) =
        cardinal(s, h).filter(|c| matches!(c.kind, CardKind::Digits | CardKind::Words))
    else {
        return if dash && s.is_number(k + 1) {
            Err(k + 2)
        } else {
            Ok(None)
        };
    };
    let high_unit = unit_after(s, high.end, high.scale > 1.0);
    // `growth of 14 percent to 2,050,832`: a unit written on the low end
    // only is no range's; a range writes it on the high end too, or there
    // alone (`10% to 20%`, `10 to 20%`).
    if low_unit.is_some() && !matches!(high_unit, After::Unit(..)) {
        return Ok(None);
    }
    // `up 0.6% to 309,381 yen`: ends in two different units are a change,
    // not a range.
    if let (Some(low_unit), After::Unit(high_unit, _)) = (low_unit, &high_unit)
        && low_unit != *high_unit
    {
        return Ok(None);
    }
    // `dropped 10 to 2,450`: two bare ends after a change are a change;
    // `to cut 7,000 to 9,000 jobs` writes what both count once, a range.
    let changed = by || change_before(s, lead);
    let counted_once = matches!(high_unit, After::Unit(..)) || content_word(s, high.end);
    if bare_before_unit && changed && !counted_once {
        return Ok(None);
    }
    let high_value = high.number();
    let mut low_value = low.number();
    if low.scale == 1.0 && high.scale > 1.0 && low_value * high.scale <= high_value {
        // `5 to 6 million`: the scale written on the high end applies to both.
        low_value *= high.scale;
    }
    if is_year(low, s) && is_year(&high, s) {
        return Err(high.end);
    }
    if low_value >= high_value {
        return if dash { Err(high.end) } else { Ok(None) };
    }
    Ok(Some((
        Card {
            start: low.start,
            end: high.end,
            kind: low.kind,
            value: Value::Range {
                low: low_value,
                high: high_value,
            },
            scale: high.scale,
        },
        low_unit,
    )))
}

/// The whitespace-delimited run of text around bytes `start..end` contains
/// an address: a URL, an e-mail, a path.
fn in_address(text: &str, start: usize, end: usize) -> bool {
    let (from, to) = whitespace_run(text, start, end);
    let run = &text[from..to];
    run.contains(['/', '@', '=', '_', '\\', '|'])
        || URL_MARKERS.iter().any(|marker| run.contains(marker))
}

/// The bytes of the run of text without white space around `start..end`.
fn whitespace_run(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let from = bytes[..start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(0, |at| at + 1);
    let to = bytes[end..]
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .map_or(bytes.len(), |at| end + at);
    (from, to)
}

/// Whether the figure at `start..end` is part of an address, once a sign
/// before it (from token `lead`) and a unit written against it are set
/// aside: `10km/hr` is a speed, `S/250` a sum in soles, `/2021/12` a path.
fn in_address_beside_unit(s: &Sentence<'_>, lead: usize, start: usize, end: usize) -> bool {
    let text_start = s.tokens[start].start;
    let text_end = s.tokens[end - 1].end;
    let unit_end = unit::unit_after(s, end, false)
        .filter(|_| s.joined(end - 1))
        .map(|found| s.tokens[found.end - 1].end);
    if lead == start && unit_end.is_none() {
        return in_address(s.text, text_start, text_end);
    }
    let figure_start = s.tokens[lead].start;
    let figure_end = unit_end.unwrap_or(text_end);
    let (run_start, run_end) = whitespace_run(s.text, figure_start, figure_end);
    let rest = format!(
        "{}{}",
        &s.text[run_start..figure_start],
        &s.text[figure_end..run_end]
    );
    in_address(&rest, 0, 0)
}

/// Whether the numeral at `start..end` is glued to letters or to another
/// number in a way that makes it an identifier, ordinal, date or time
/// (`F-16`, `G20`, `3rd`, `1990s`, `10:30`, `2021-09-27`, `9/11`).
fn glued(s: &Sentence<'_>, lead: usize, start: usize, end: usize) -> bool {
    if lead > 0 && s.joined(lead - 1) {
        let before = s.str(lead - 1);
        if s.is_word(lead - 1) && lead == start {
            return true;
        }
        if matches!(before, "#" | "/" | ":" | "+" | "." | "-" | "–" | "[" | "№")
            && lead >= 2
            && s.joined(lead - 2)
            && (s.is_word(lead - 2) || s.is_number(lead - 2))
        {
            return true;
        }
        if matches!(before, "#" | "№" | "[") {
            return true;
        }
    }
    if end < s.len() && s.joined(end - 1) {
        let after = s.str(end);
        if s.has(end, Class::ORDINAL_SUFFIX) {
            return true;
        }
        if matches!(after, ":" | "/" | "." | "]") && s.joined(end) && s.is_number(end + 1) {
            return true;
        }
        if after == "]" {
            return true;
        }
    }
    false
}

/// Whether the word at `k` is a month's name: capitalized, or a name that
/// is no other word in lower case (`may` is a modal, `march` a verb, and
/// `jan`, `dec`, `sep` are too short to trust uncapitalized).
fn names_a_month(s: &Sentence<'_>, k: usize) -> bool {
    s.has(k, Class::MONTH) && (s.capitalized(k) || !s.is_any(k, AMBIGUOUS_MONTHS))
}

/// Whether the numeral is a day of the month next to a month's name
/// (`Nov. 6`, `6 November`, `the 6th of June`).
fn is_day_of_month(s: &Sentence<'_>, card: &Card) -> bool {
    if card.kind != CardKind::Digits || card.end != card.start + 1 {
        return false;
    }
    let day = card.number();
    if !(1.0..=31.0).contains(&day) || s.str(card.start).len() > 2 {
        return false;
    }
    let month = |k: usize| names_a_month(s, k);
    let mut before = card.start;
    if before > 0 && s.is(before - 1, ".") {
        before -= 1;
    }
    let after = card.end;
    (before > 0 && (month(before - 1) || s.has(before - 1, Class::WEEKDAY)))
        || month(after)
        || (s.is_any(after, OF) && month(after + 1))
}

/// Whether the word before the figure marks it as an identifier or a rank
/// (`Resolution 2254`, `Route 66`, `page 5`, `No. 1`, `top 10`), or names it
/// (`Windows 10`, `Group of Seven`).
fn identified(s: &Sentence<'_>, lead: usize, unit_after: bool) -> bool {
    let Some(before) = lead.checked_sub(1) else {
        return false;
    };
    let word = if s.is(before, ".") && before > 0 {
        before - 1
    } else {
        before
    };
    if !s.is_word(word) {
        return false;
    }
    let class = s.class(word);
    // `to top 2 million`, `could top 40%`: the verb, not a rank.
    if s.is_any(word, RANK_VERBS) && word > 0 && s.is_any(word - 1, BARE_VERB_MARKERS) {
        return false;
    }
    // `the top ten countries`, `the top five largest producers` count a
    // set; `the top 10 list`, `No. 1` rank.
    if class.has(Class::RANK) && !class.has(Class::IDENTIFIER_HEAD | Class::AGE) {
        let number_end = (lead..lead + 4)
            .find(|&k| !(s.is_number(k) || s.has(k, Class::NUMBER_WORD)))
            .unwrap_or(lead + 1);
        return !names_a_set(s, number_end);
    }
    if class.has(Class::IDENTIFIER_HEAD | Class::RANK | Class::AGE) {
        return true;
    }
    // `Storm Kills 40 People`: a verb in a title-case headline names nothing.
    if class.has(Class::PEOPLE_BEFORE | Class::CHANGE | Class::LEVEL | Class::SPEECH) {
        return false;
    }
    // `raise the retirement age to 67`, `children under five`, `people
    // over 75`: an age, after the word for it or after people.
    let small = s.is_number(lead) && digits_value(s.str(lead)).is_some_and(|v| v <= 120.0)
        || s.has(lead, Class::NUMBER_WORD);
    if word >= 1
        && small
        && !s.has(lead + 1, Class::SCALE)
        && (s.is_in(word, &[TO, FROM, OF, AT]) && s.has(word - 1, Class::AGE)
            || s.is_any(word, BOUND_PREPOSITIONS) && s.has(word - 1, Class::PERSON))
    {
        return true;
    }
    if class.has(Class::FUNCTION) {
        return false;
    }
    if word != before {
        // `i.e. 907,159 votes`: an abbreviation that opens an apposition
        // restates, it names nothing.
        let text = &s.text[..s.tokens[before].end];
        let restating = APPOSITION_ABBREVIATIONS.iter().any(|abbreviation| {
            text.get(text.len().saturating_sub(abbreviation.len())..)
                .is_some_and(|end| end.eq_ignore_ascii_case(abbreviation))
        });
        // `Oct. 2-8` is a date, any other `Word.` an abbreviation.
        return !restating;
    }
    if names_a_month(s, word) && lead < s.len() && s.str(lead).len() <= 2 {
        // `October 2-8`; but `In March 2,000 workers went on strike`.
        return true;
    }
    // `Britain's 1.2 million`: a possessive owns the figure, it names nothing.
    if POSSESSIVE_ENDINGS
        .iter()
        .any(|ending| s.str(word).ends_with(ending))
    {
        return false;
    }
    // `iPhone 15`, `eBay 2`: a capital inside a word marks a product's name.
    // A unit after the figure makes it a quantity whatever word stands
    // before it (`US Posts 3 Percent Rise`).
    let inner_capital = s.str(word).chars().skip(1).any(char::is_uppercase);
    (s.capitalized(word) || inner_capital)
        && !class.has(Class::MONTH | Class::WEEKDAY)
        && !unit_after
}

/// Whether the numeral is an age set off by commas after a name: `Jane
/// Doe, 29, said`.
fn is_age_in_apposition(s: &Sentence<'_>, card: &Card) -> bool {
    card.kind == CardKind::Digits
        && card.end == card.start + 1
        && card.number() < 120.0
        && card.start >= 2
        && s.is(card.start - 1, ",")
        && s.is_word(card.start - 2)
        && s.capitalized(card.start - 2)
        && s.is_one_of(card.end, &[",", "."])
}

/// Whether the numeral is a house number: up to three capitalized words
/// after it end in a kind of street (`221 Baker Street`, `10 Downing St`).
fn is_house_number(s: &Sentence<'_>, card: &Card) -> bool {
    if card.kind != CardKind::Digits || card.end != card.start + 1 {
        return false;
    }
    // `221 Baker Street`; but `12 Wall Street banks` counts banks, unless
    // a preposition of place says it is where (`at 25 Main Street sold`).
    let placed = card.start > 0 && s.is_any(card.start - 1, ADDRESS_PREPOSITIONS);
    let ends_name =
        |k: usize| placed || !s.is_word(k + 1) || s.has(k + 1, Class::FUNCTION | Class::SPEECH);
    (card.end..card.end + 4)
        .take_while(|&k| s.is_word(k) && s.capitalized(k))
        .skip(1)
        .any(|k| s.has(k, Class::STREET) && ends_name(k))
}

/// The verbs of multiplying of the pack that the extractor reads as
/// figures: the past forms (`doubled`, `halved`) and the gerunds (`a
/// doubling of rations`). The base and `-s` forms are as often adjectives
/// and nouns (`double digits`, `mixed doubles`).
pub(crate) fn multiplying_verbs() -> impl Iterator<Item = &'static str> {
    crate::lang::multiplying_verbs()
        .map(|(word, _)| word)
        .filter(|word| PAST_TENSE_ENDINGS.ends(word, 0) || PRESENT_PARTICIPLE_ENDINGS.ends(word, 0))
}

/// `doubled`, `halved`: a verb of multiplying is its factor in `times`,
/// except in idioms (`doubled down`, `doubled as a shelter`, `doubled over`).
/// `twice`, `thrice`: so is an adverb of multiplying, unless a hyphen joins
/// it to a modifier (`a twice-weekly bulletin`).
fn multiplied(s: &Sentence<'_>, i: usize) -> Option<Figure> {
    if !s.has(i, Class::MULTIPLYING) {
        return None;
    }
    let word = s.str(i);
    let (factor, rule) = match crate::lang::multiplying_adverb(word) {
        Some(factor) => {
            if s.is(i + 1, "-") && s.joined(i) {
                return None;
            }
            (factor, &rules::MULTIPLYING_ADVERB)
        }
        None => {
            // `doubled`, `a doubling of rations`; not `doubled down`,
            // `doubling as a shelter`.
            let past = PAST_TENSE_ENDINGS.ends(word, 0);
            let gerund = PRESENT_PARTICIPLE_ENDINGS.ends(word, 0);
            if !(past || gerund) || s.is_any(i + 1, PHRASAL_PARTICLES) {
                return None;
            }
            (crate::lang::multiplying_verb(word)?, &rules::MULTIPLIED)
        }
    };
    Some(Figure::one_token(i, factor, Unit::TIMES, rule))
}

/// `a year ago`, `an hour later`, `a full year after`: an indefinite
/// article before a unit of time and a word that places an event counts
/// one of the unit. Elsewhere `a` counts nothing (`for a year`, `$71 a
/// day`, `a year-old`), so the word after the unit must say so.
fn one_unit_of_time(s: &Sentence<'_>, i: usize) -> Option<Figure> {
    // Asked of every token: the classes first.
    let unit_next = s.has(i + 1, Class::TIME_UNIT)
        || s.has(i + 2, Class::TIME_UNIT) && s.is_any(i + 1, UNIT_INTENSIFIERS);
    if !unit_next || !s.is_any(i, INDEFINITE_ARTICLES) || s.joined(i) {
        return None;
    }
    let After::Unit(unit, after) = unit_after(s, i + 1, false) else {
        return None;
    };
    if unit.dimension() != Dimension::Duration || !s.has(after, Class::TIME_REFERENCE) {
        return None;
    }
    Some(Figure {
        tail: after,
        unit_rule: Some(&unit_rules::DURATION),
        ..Figure::one_token(i, 1.0, unit, &rules::ONE_UNIT_OF_TIME)
    })
}

/// `won 3–1`, `Sweden 1 – 0 Korea`, `a 2-1 win`: two small whole numbers
/// joined by a dash in the report of a game are a score, and each side is a
/// `count` of its own (the goals or points of one side), read one at a time.
/// A game's report is a verb of scoring within four words before the pair, a
/// noun of a result just after it, or a name on each side of it. A chain of
/// three numbers (`1-2-3`) is a code; a unit after the pair (`3-4%`) makes
/// it a range.
fn score_side(s: &Sentence<'_>, i: usize) -> Option<Figure> {
    let (first, second) = score_pair(s, i)?;
    let verb = (first.saturating_sub(4)..first).any(|k| s.is_any(k, SCORE_VERBS));
    let noun = (second + 1..=second + 2).any(|k| s.is_any(k, SCORE_NOUNS));
    let names = first > 0 && s.capitalized(first - 1) && s.capitalized(second + 1);
    if !(verb || noun || names) {
        return None;
    }
    let scored = s.str(i).parse().ok()?;
    Some(Figure::one_token(i, scored, Unit::COUNT, &rules::SCORE))
}

/// The tokens of the two small whole numbers joined by a dash that token `i`
/// is one of, as `(first, second)`: the shape of a score, whether or not
/// the words around it report a game. A chain of three numbers and a pair
/// with a unit after it are no such pair.
pub(crate) fn score_pair(s: &Sentence<'_>, i: usize) -> Option<(usize, usize)> {
    let goals = |k: usize| {
        s.is_number(k) && s.str(k).len() <= 2 && s.str(k).bytes().all(|b| b.is_ascii_digit())
    };
    if !goals(i) {
        return None;
    }
    let dash = |k: usize| joins_a_pair(s, k);
    let first = if i + 2 < s.len() && dash(i + 1) && goals(i + 2) {
        i
    } else if i >= 2 && dash(i - 1) && goals(i - 2) {
        i - 2
    } else {
        return None;
    };
    let second = first + 2;
    let chained_before = first >= 2 && dash(first - 1) && s.is_number(first - 2);
    let chained_after = second + 2 < s.len() && dash(second + 1) && s.is_number(second + 2);
    if chained_before || chained_after || unit::unit_after(s, second + 1, false).is_some() {
        return None;
    }
    Some((first, second))
}

/// The figure at token `i`.
pub(crate) fn figure_at(s: &Sentence<'_>, i: usize) -> Parse {
    figure_with(s, i, true)
}

/// The figure at token `i`; a bare end of a comparison takes the unit of
/// the figure it is compared with only if `compare` (the figure compared
/// with is read without, so no reading recurses).
fn figure_with(s: &Sentence<'_>, i: usize, compare: bool) -> Parse {
    if let Some(figure) = one_unit_of_time(s, i)
        .or_else(|| multiplied(s, i))
        .or_else(|| score_side(s, i))
    {
        return Parse::Figure(figure);
    }
    let Some(card) = cardinal(s, i) else {
        return Parse::Nothing;
    };
    let Ok((lead, currency)) = currency_before(s, i) else {
        return Parse::Skip(card.end, &rules::CURRENCY_UNREADABLE);
    };
    // A fraction in digits (`1/2 cup`) is not an address for its slash.
    let slashed = (card.start..card.end).any(|k| s.is(k, "/"));
    if glued(s, lead, card.start, card.end) {
        return Parse::Skip(card.end, &rules::GLUED);
    }
    if !slashed && in_address_beside_unit(s, lead, i, card.end) {
        return Parse::Skip(card.end, &rules::ADDRESS_BESIDE_UNIT);
    }
    let mut card = card;
    // `-5 degrees`, `minus 4C`, `−3.5%`: a sign written against the figure,
    // not the dash of a range or a compound (`5-6`, `F-16`).
    let mut lead = lead;
    let minus_sign = lead > 0
        && matches!(s.str(lead - 1), "-" | "−")
        && s.joined(lead - 1)
        && (lead == 1 || !s.joined(lead - 2) || s.kind(lead - 2) == Some(Kind::Punct))
        && !(lead >= 2 && s.is_number(lead - 2));
    let minus_word = lead > 0 && s.is_any(lead - 1, NEGATIVE_SIGN_WORDS);
    if (minus_sign || minus_word)
        && card.kind == CardKind::Digits
        && let Value::Number(v) = card.value
    {
        card.value = Value::Number(-v);
        lead -= 1;
    }
    let mut low_unit = None;
    let mut range_found = false;
    if let Some(found) = ratio(s, &card) {
        card = found;
    } else {
        match range(s, lead, &card) {
            Err(end) => return Parse::Skip(end, &rules::NOT_A_FIGURE_RANGE),
            Ok(Some((found, unit))) => {
                card = found;
                low_unit = unit;
                range_found = true;
            }
            Ok(None) => {}
        }
    }
    let scaled = card.scale > 1.0 && card.scale != 100.0 && card.scale != 12.0;
    // A numeral glued to letters that are no unit or scale: `3rd`, `1990s`, `4G`.
    if s.joined(card.end - 1) && s.is_word(card.end) {
        let known = !s.has(card.end, Class::ORDINAL_SUFFIX)
            && matches!(unit_after(s, card.end, scaled), After::Unit(..));
        if !known {
            return Parse::Skip(card.end + 1, &rules::ORDINAL_OR_CODE);
        }
    }
    let mut unit = currency.or(low_unit);
    let mut unit_rule = if currency.is_some() {
        &unit_rules::CURRENCY_BEFORE
    } else if low_unit.is_some() {
        &unit_rules::UNIT_AFTER
    } else {
        &unit_rules::NO_UNIT_WRITTEN
    };
    let mut tail = card.end;
    match unit_after(s, card.end, scaled) {
        After::Unit(found, end) => {
            // `¥5 billion yuan`: a currency's name after the figure decides.
            let named_currency = unit.is_some_and(|u| u.dimension() == Dimension::Money)
                && found.dimension() == Dimension::Money;
            if named_currency || unit.is_none() {
                unit = Some(found);
                let by_scale = unit::unit_after(s, card.end, scaled).is_some_and(|m| m.by_scale);
                unit_rule = if by_scale {
                    &unit_rules::MONEY_BY_SCALE
                } else if found.dimension() == Dimension::Duration {
                    &unit_rules::DURATION
                } else {
                    &unit_rules::UNIT_AFTER
                };
            }
            tail = end;
        }
        After::Reject => return Parse::Skip(card.end + 1, &rules::TIME_NOT_A_QUANTITY),
        After::Plain => {}
    }
    let mut qualifier_after = None;
    let mut strong = false;
    let mut compound_count = false;
    match compound_after(s, tail) {
        Compound::Unit(found, end) => {
            if unit.is_none() {
                unit = Some(found);
                unit_rule = &unit_rules::COMPOUND_UNIT;
            }
            tail = end;
        }
        Compound::Strong(end) => {
            strong = true;
            tail = end;
        }
        Compound::Hedge(qualifier, end) => {
            qualifier_after = Some(qualifier);
            tail = end;
        }
        // `a one-time charge`, `a one-off payment`: `one` before a hyphen
        // is an idiom's, and a scaled or vague number counts no noun so.
        Compound::Noun(noun)
            if matches!(card.kind, CardKind::Digits | CardKind::Words)
                && card.scale == 1.0
                && card.number() != 1.0
                && card.number().fract() == 0.0 =>
        {
            compound_count = true;
            tail = noun;
        }
        Compound::Noun(_) | Compound::Reject => {
            return Parse::Skip(tail + 2, &rules::COMPOUND_REJECTED);
        }
        Compound::None => {}
    }
    // `billions of dollars`, `tens of thousands of square kilometres`,
    // `half of the money` (the latter has no unit).
    let vague = card.kind == CardKind::Vague;
    if matches!(card.kind, CardKind::Vague | CardKind::Fraction { .. })
        && s.is_any(tail, OF)
        && let After::Unit(found, end) = unit_after(s, tail + 1, true)
        && (vague || found.dimension() == Dimension::Money)
    {
        if unit.is_none() {
            unit = Some(found);
            unit_rule = &unit_rules::UNIT_OF;
        }
        tail = end;
    }
    // `half an hour`, `a quarter of a mile`: a fraction of one of a unit.
    if unit.is_none() && matches!(card.kind, CardKind::Fraction { .. }) && card.number() < 1.0 {
        let article = tail + usize::from(s.is_any(tail, OF));
        if s.is_any(article, INDEFINITE_ARTICLES)
            && let After::Unit(found, end) = unit_after(s, article + 1, false)
        {
            unit = Some(found);
            unit_rule = &unit_rules::FRACTION_OF_A_UNIT;
            tail = end;
        }
    }
    if let Some(&(_, _, qualifier)) = HEDGES_AFTER
        .iter()
        .find(|(first, second, _)| s.is(tail, first) && s.is(tail + 1, second))
        // `5% and more than 20 ...`, `10 or over 20`: another figure's hedge.
        .filter(|_| !s.is_any(tail + 2, THAN) && !s.is_number(tail + 2))
    {
        qualifier_after = Some(qualifier);
        tail += 2;
    }
    // `$71 a barrel`, `5 km per hour`, `10 mm/h`: a rate.
    if let Some(of) = unit
        && of.per().is_none()
        && let Some(per) = unit::per_after(s, tail)
    {
        unit = Some(Unit::rate(of.of(), per.unit));
        unit_rule = &unit_rules::RATE;
        tail = per.end;
    }
    // `¥145 to the dollar`: an exchange rate.
    if let Some(of) = unit
        && of.per().is_none()
        && of.dimension() == Dimension::Money
        && let Some(per) = unit::currency_priced(s, tail)
    {
        unit = Some(Unit::rate(of.of(), per.unit));
        unit_rule = &unit_rules::EXCHANGE_RATE;
        tail = per.end;
    }
    if compare && unit.is_none() && !range_found {
        if let Some(other_unit) = other_end_of_change(s, lead, &card) {
            unit = Some(other_unit);
            unit_rule = &unit_rules::OTHER_END_OF_CHANGE;
        } else if let Some(currency) = currency_compared_with(s, lead, &card, tail) {
            unit = Some(currency);
            unit_rule = &unit_rules::CURRENCY_COMPARED_WITH;
        }
    }
    let fraction = matches!(card.kind, CardKind::Fraction { .. });
    if let CardKind::Fraction { bare: true } = card.kind
        && unit.is_none()
    {
        unit = Some(Unit::FRACTION);
        unit_rule = &unit_rules::SHARE;
    }
    if is_year(&card, s) && unit.is_none() && !range_found {
        return Parse::Skip(card.end, &rules::YEAR);
    }
    // `aged between 18 and 24`: the word before the range marks it.
    let between_or_from = |k: usize| s.is_any(k, BETWEEN) || s.is_any(k, FROM);
    let marked = if range_found && lead > 0 && between_or_from(lead - 1) {
        lead - 1
    } else {
        lead
    };
    let not_a_quantity = if is_day_of_month(s, &card) {
        Some(&rules::DAY_OF_MONTH)
    } else if currency.is_some() {
        None
    } else if identified(
        s,
        marked,
        // `FIFA World Cup 2018 day five`: a unit of time after a name's
        // number is the next phrase, not the number's unit.
        unit.is_some_and(|unit| unit.dimension() != Dimension::Duration),
    ) {
        Some(&rules::IDENTIFIER)
    } else if is_house_number(s, &card) {
        Some(&rules::HOUSE_NUMBER)
    } else if is_age_in_apposition(s, &card) {
        Some(&rules::AGE_IN_APPOSITION)
    } else {
        None
    };
    if let Some(rule) = not_a_quantity {
        return Parse::Skip(card.end, rule);
    }
    let small_words = card.kind == CardKind::Words && card.scale == 1.0 && card.number() < 100.0;
    // `the six-mile trip`, `one penny`: a unit says what a small number
    // counts, so no noun need follow it.
    // `the three-nation alliance`: a compound says what it counts and
    // points back at nothing.
    if small_words && unit.is_none() && !compound_count && !card_is_claimable(s, lead, &card) {
        return Parse::Skip(card.end, &rules::SMALL_NUMBER_WORD);
    }
    let of_a_unit = std::ptr::eq(unit_rule, &unit_rules::FRACTION_OF_A_UNIT);
    if fraction && !of_a_unit && !fraction_is_claimable(s, lead, &card, tail) {
        return Parse::Skip(card.end, &rules::FRACTION_NOT_A_CLAIM);
    }
    Parse::Figure(Figure {
        lead,
        start: card.start,
        end: card.end,
        tail,
        value: card.value,
        unit,
        vague: card.kind == CardKind::Vague,
        range: range_found,
        small_words,
        fraction,
        qualifier_after,
        strong,
        rule: if compound_count {
            &rules::COUNT_COMPOUND
        } else {
            &rules::CARDINAL
        },
        unit_rule: Some(unit_rule),
    })
}

/// Whether the content words from `k`, up to three, hold a plural noun or a
/// noun for people: the set a number before them counts (`the two
/// companies`, `the top five largest producers`), not `the two met` or
/// `the two others`.
fn names_a_set(s: &Sentence<'_>, k: usize) -> bool {
    (k..k + 3)
        .take_while(|&m| s.is_word(m) && !s.has(m, Class::FUNCTION))
        .any(|m| {
            s.has(m, Class::PERSON)
                || super::measure::lower_ends_with(s, m, PLURAL_ENDINGS)
                    && !super::measure::verb_like(s, m)
                    && !s.is_any(m, OTHERS_PRONOUNS)
        })
}

/// A small number in words counts something only when it is not part of a
/// name (`Group of Seven`), a partitive (`one of the`), or anaphora (`the two
/// leaders`); and `one` only when a noun for people follows (`one soldier`)
/// or a hedge before it bounds a count (`at least one shell`). A definite
/// number still counts a whole set (`all seven astronauts`), what is left of
/// one (`the three remaining orbiters`) or a fixed set named by what it is
/// of (`the five pillars of the faith`).
fn card_is_claimable(s: &Sentence<'_>, lead: usize, card: &Card) -> bool {
    if s.capitalized(card.start) && !s.starts_clause(card.start) {
        return false;
    }
    // The content words after the number, up to three.
    let nouns = (card.end..card.end + 3)
        .take_while(|&k| s.is_word(k) && !s.has(k, Class::FUNCTION))
        .count();
    // `the two companies` counts the set it names, as `its seven mines`
    // does; `the two met` points back at a set and names none.
    let possessive = lead > 0 && s.is_any(lead - 1, POSSESSIVES);
    if lead > 0 && s.has(lead - 1, Class::DEFINITE) && !possessive {
        let whole_set = s.is_any(lead - 1, WHOLE_SET_DETERMINERS);
        let remainder = s.is_any(card.end, REMAINDER_ADJECTIVES);
        let set_of = nouns > 0 && s.is_any(card.end + nouns, OF);
        if !(whole_set || remainder || set_of || names_a_set(s, card.end)) {
            return false;
        }
    }
    // `five of the six members`, `six of them`, `fifty of the treated
    // patients` count; `one of the worst` does not.
    let part_of_a_count = s.is_any(card.end, OF)
        && (s.is_any(card.end + 1, WHOLE_DETERMINERS)
            && (s.is_number(card.end + 2) || s.has(card.end + 2, Class::NUMBER_WORD))
            || s.is_any(card.end + 1, PARTITIVE_PRONOUNS)
            || card.number() > 1.0
                && s.is_any(card.end + 1, WHOLE_DETERMINERS)
                && names_a_set(s, card.end + 2));
    // `one another`, `one other`, `the two others` point at the rest of a
    // set; `two other incidents` counts more of a kind.
    let noun_after_other = s.is_word(card.end + 1) && !s.has(card.end + 1, Class::FUNCTION);
    let other = s.is_any(card.end, OTHER_WORDS) && (card.number() == 1.0 || !noun_after_other);
    if s.is_any(card.end, OF) && !part_of_a_count || other {
        return false;
    }
    if card.number() == 1.0 && card.end == card.start + 1 {
        let person = (card.end..card.end + nouns).any(|k| s.has(k, Class::PERSON));
        let bounded = nouns > 0
            && super::measure::hedge_before(s, lead)
                .is_some_and(|(_, qualifier)| qualifier != Qualifier::Exact);
        // `11 new cases and one death`: joined to a count before it, one
        // is counted too.
        let number_at = |k: usize| s.is_number(k) || s.has(k, Class::NUMBER_WORD);
        let joined_to_a_count = nouns > 0
            && lead >= 2
            && s.is_any(lead - 1, AND)
            && (lead.saturating_sub(6)..lead - 1).any(number_at);
        return person || bounded || joined_to_a_count;
    }
    true
}

/// A fraction is a share only of something (`half of`, `half the`, `a third
/// of`), as a scale (`half a million`), or after `by` (`cut by a third`); not
/// `the second half`, `half-hearted` or `a third option`.
fn fraction_is_claimable(s: &Sentence<'_>, lead: usize, card: &Card, tail: usize) -> bool {
    if card.scale > 1.0 {
        return true;
    }
    if matches!(card.value, Value::Number(v) if v >= 1.0) {
        // `one and a half` times; `seven quarters` are a span of time.
        return !s.has(card.end - 1, Class::DENOMINATORS);
    }
    if lead > 0 && s.has(lead - 1, Class::DEFINITE) {
        return false;
    }
    // `one in eight`, even after `and`; not `the second half in May`.
    let number_at = |k: usize| s.is_number(k) || s.has(k, Class::NUMBER_WORD);
    // The connective's first word, and a number where the whole of it ends.
    let ratio = s.starts_phrase_of(card.start + 1, RATIO_CONNECTIVES)
        && RATIO_CONNECTIVES.iter().any(|connective| {
            let mut words = connective.split(' ');
            words
                .next()
                .is_some_and(|first| s.is(card.start + 1, first))
                && number_at(card.start + 2 + words.count())
        });
    if ratio {
        return true;
    }
    if lead > 0 && s.is_in(lead - 1, &[PART_ORDINALS, AND, A]) {
        return false;
    }
    let mut k = tail;
    if s.is_any(k, OF) {
        k += 1;
    }
    let shares_something = s.is_any(tail, OF) || s.is_any(tail, SHARE_DETERMINERS);
    if !shares_something {
        // `cut by a third`, `by nearly a third`, `by more than half`,
        // `more than a third`.
        let mut before = lead;
        while before > 0
            && lead - before < 2
            && !s.is_any(before - 1, OF)
            && (s.has(before - 1, Class::HEDGE_END) || s.is_any(before - 1, AMOUNT_COMPARATIVES))
        {
            before -= 1;
        }
        // `an increase of nearly a third`
        let change_of =
            before > 1 && s.is_any(before - 1, OF) && s.is_any(before - 2, CHANGE_NOUNS);
        let hedged_by = before > 0 && s.is_any(before - 1, BY) || change_of;
        return hedged_by || lead > 0 && (s.is_any(lead - 1, BY) || s.is_any(lead - 1, THAN));
    }
    // `half of 2021`, `half an hour`, `half of the year`: shares of time.
    while s.is_any(k, PERIOD_DETERMINERS) {
        k += 1;
    }
    !(s.has(k, Class::TIME_UNIT) || s.is_number(k) && s.str(k).len() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures of `text`, as (numeral text, value, unit), skipping
    /// everything else.
    fn figures(text: &str) -> Vec<(String, Value, Option<Unit>)> {
        let mut tokens = Vec::new();
        let s = Sentence::whole(text, &mut tokens);
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.len() {
            match figure_at(&s, i) {
                Parse::Figure(f) => {
                    out.push((s.slice(f.start, f.end).to_owned(), f.value, f.unit));
                    i = f.tail.max(f.end);
                }
                Parse::Skip(end, _) => i = end.max(i + 1),
                Parse::Nothing => i += 1,
            }
        }
        out
    }

    fn one(text: &str) -> (String, Value, Option<Unit>) {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn none(text: &str) {
        assert_eq!(figures(text), [], "{text}");
    }

    fn n(v: f64) -> Value {
        Value::Number(v)
    }

    fn r(low: f64, high: f64) -> Value {
        Value::Range { low, high }
    }

    #[test]
    fn digits_with_separators_and_scales() {
        assert_eq!(one("a crowd of 12,500 fans").1, n(12_500.0));
        assert_eq!(one("some 48 210 voters").1, n(48_210.0));
        assert_eq!(one("an area of 1,91,791 sq km").1, n(191_791.0));
        assert_eq!(one("an area of 3,28,726.5 sq km").1, n(328_726.5));
        assert_eq!(one("a debt of 3.8 billion").1, n(3.8e9));
        assert_eq!(one("the deal, worth $3.5bn, closed").1, n(3.5e9));
        assert_eq!(one("hired 12k workers").1, n(12_000.0));
        assert_eq!(one("80 crore people").1, n(8e8));
    }

    #[test]
    fn number_words_and_fractions() {
        assert_eq!(one("six million doses").1, n(6e6));
        assert_eq!(one("about half a million voters").1, n(500_000.0));
        assert_eq!(one("nearly two-thirds of voters").1, n(2.0 / 3.0));
        assert_eq!(one("a quarter of the budget").2, Some(Unit::FRACTION));
        assert_eq!(one("a quarter of a million homes").1, n(250_000.0));
        assert_eq!(one("twenty-five teachers").1, n(25.0));
        assert_eq!(one("sales fell by almost a third").1, n(1.0 / 3.0));
        assert_eq!(one("output grew by more than half").1, n(0.5));
        assert_eq!(one("a rise of almost a quarter in rents").1, n(0.25));
    }

    #[test]
    fn vague_quantities_are_ranges() {
        assert_eq!(one("Hundreds of firefighters").1, r(200.0, 1000.0));
        assert_eq!(one("tens of thousands of fans").1, r(20_000.0, 100_000.0));
        assert_eq!(one("dozens were hurt").1, r(24.0, 120.0));
        assert_eq!(one("several hundred miners").1, r(200.0, 1000.0));
        let money = one("billions of dollars in aid");
        assert_eq!(money.2, Some(Unit::USD));
        let area = one("tens of thousands of square kilometres of forest");
        assert_eq!(area.2, Some(Unit::KM2));
        none("the team scores often");
    }

    #[test]
    fn percent_area_money_and_mass_units() {
        for text in [
            "a 40% rise",
            "40 percent of homes",
            "40 per cent",
            "40pc of homes",
        ] {
            assert_eq!(one(text).2, Some(Unit::PERCENT), "{text}");
        }
        for text in [
            "12 square kilometres",
            "12 square-kilometers",
            "12 sq km",
            "12 sq. km",
            "12 km2",
            "12 km²",
            "12km²",
        ] {
            assert_eq!(one(text).2, Some(Unit::KM2), "{text}");
        }
        assert_eq!(one("a 20km convoy").2, Some(Unit::KM));
        assert_eq!(one("€5 billion").2, Some(Unit::EUR));
        assert_eq!(one("US$2 million").2, Some(Unit::USD));
        assert_eq!(one("5 billion dollars").2, Some(Unit::USD));
        assert_eq!(one("£3m").2, Some(Unit::GBP));
        assert_eq!(one("4 million pounds").2, Some(Unit::GBP));
        assert_eq!(one("300 tonnes of grain").2, Some(Unit::TONNES));
    }

    #[test]
    fn units_of_every_dimension_of_the_pack() {
        let unit = |text: &str| one(text).2.map(|unit| unit.to_string());
        assert_eq!(unit("a 5 mile walk").as_deref(), Some("mile"));
        assert_eq!(unit("weighs 200 pounds").as_deref(), Some("pound_mass"));
        assert_eq!(unit("cost A$5 million").as_deref(), Some("aud"));
        assert_eq!(unit("cost ¥300 billion").as_deref(), Some("jpy"));
        assert_eq!(unit("¥300 billion yuan").as_deref(), Some("cny"));
        assert_eq!(unit("paid Rs 500 each").as_deref(), Some("inr"));
        assert_eq!(unit("at 120 km/h").as_deref(), Some("km_per_hour"));
        assert_eq!(unit("12 square miles").as_deref(), Some("square_mile"));
        assert_eq!(
            unit("the index shed 312 points").as_deref(),
            Some("index_points")
        );
        assert_eq!(unit("150 millimetres of rain fell").as_deref(), Some("mm"));
        assert_eq!(
            unit("it cost 4,000 Kenyan shillings").as_deref(),
            Some("kes")
        );
        assert_eq!(unit("a 300-mile border").as_deref(), Some("mile"));
        assert_eq!(unit("oil at $71 a barrel").as_deref(), Some("usd/barrel"));
        // A glued `m` is metres before an adjective of length, else millions.
        assert_eq!(unit("a wall 4.5m high").as_deref(), Some("m"));
        assert_eq!(one("a wall 4.5m high").1, n(4.5));
        assert_eq!(one("a fund of $4.5m last year").1, n(4.5e6));
        // Fractions in digits before a unit, alone or after a whole number.
        assert_eq!(one("she poured 1/2 cup of oil").1, n(0.5));
        assert_eq!(unit("a 1/4 mile paved oval").as_deref(), Some("mile"));
        assert_eq!(one("it takes 10 1/2 miles of cable").1, n(10.5));
        none("since 9/11 the rules changed");
        none("the line is staffed 24/7");
        // Signs before the figure are read apart from the run they are in.
        assert_eq!(unit("a permit costs S/250 in Lima").as_deref(), Some("pen"));
        assert_eq!(unit("it raised U.S.$40 million").as_deref(), Some("usd"));
        assert_eq!(unit("a 7.6 magnitude quake").as_deref(), Some("magnitude"));
        assert_eq!(unit("highs of 40C").as_deref(), Some("celsius"));
        assert_eq!(
            one("support rose 2 percentage points").2,
            Some(Unit::PERCENT)
        );
    }

    #[test]
    fn a_word_that_is_no_unit_is_no_unit() {
        // `300 PCs` are computers, `Group 5 C` a name: no unit is read.
        assert_eq!(one("bought 300 PCs").2, None);
        none("the 3rd time");
    }

    #[test]
    fn ranges() {
        assert_eq!(
            one("between 2,000 and 3,000 protesters").1,
            r(2000.0, 3000.0)
        );
        assert_eq!(one("5 to 6 million people").1, r(5e6, 6e6));
        assert_eq!(one("300-400 homes").1, r(300.0, 400.0));
        assert_eq!(one("10% to 20%").1, r(10.0, 20.0));
        assert_eq!(one("$5 to $6 billion").1, r(5e9, 6e9));
        assert_eq!(one("two or three boats").1, r(2.0, 3.0));
        assert_eq!(one("from 900,000 to 1.2 million").1, r(900_000.0, 1.2e6));
    }

    #[test]
    fn a_change_from_one_figure_to_another_is_not_a_range() {
        assert_eq!(figures("prices rose from 5% to 7%").len(), 2);
        assert_eq!(figures("the toll rose to 45 from 30").len(), 2);
    }

    #[test]
    fn each_side_of_a_score_is_a_count_and_year_ranges_are_no_claims() {
        let side = |text: &str, value: f64| (text.to_owned(), n(value), Some(Unit::COUNT));
        assert_eq!(figures("won 3-1 at home"), [side("3", 3.0), side("1", 1.0)]);
        assert_eq!(
            figures("Chile 0 – 2 Peru"),
            [side("0", 0.0), side("2", 2.0)]
        );
        assert_eq!(figures("a 1-1 draw"), [side("1", 1.0), side("1", 1.0)]);
        // No game is reported: a range, or a code.
        assert_eq!(one("groups of 3-4 pupils").1, r(3.0, 4.0));
        assert_eq!(one("won 3-4% of the vote").2, Some(Unit::PERCENT));
        none("won the 1-2-3 lottery");
        none("the 2020-21 season");
        none("between 2011 and 2015");
    }

    #[test]
    fn ratios_are_fractions() {
        let found = one("one in five adults");
        assert_eq!((found.1, found.2), (n(0.2), Some(Unit::FRACTION)));
        assert_eq!(one("nine out of 10 doctors").1, n(0.9));
    }

    #[test]
    fn years_dates_and_times_are_no_claims() {
        none("in 2011");
        none("since March 2014");
        none("on Nov. 6");
        none("on 6 November");
        none("on December 6, 2017");
        none("at 10:30 local time");
        none("at 3 p.m.");
        none("the patrol left at 1400 hrs");
        none("curfew begins at 2130h");
        assert_eq!(
            one("the shelter stayed open for 72 hrs").2,
            Some(Unit::HOUR)
        );
        assert_eq!(one("a battery that lasts 250h").2, Some(Unit::HOUR));
        none("at 3pm");
        none("date 2021-09-27 here");
        none("on 27/09/2021");
    }

    #[test]
    fn verbs_of_multiplying_are_times_except_in_idioms() {
        assert_eq!(one("the price of bread doubled in a year").1, n(2.0));
        assert_eq!(
            one("the price of bread doubled in a year").2,
            Some(Unit::TIMES)
        );
        assert_eq!(one("exports nearly tripled").1, n(3.0));
        assert_eq!(one("the ministry halved its budget").1, n(0.5));
        none("the party doubled down on its pledge");
        none("the gym doubled as a shelter");
        none("he doubled over in pain");
        none("they booked a double room");
    }

    #[test]
    fn durations_are_claims_but_ages_are_not() {
        assert_eq!(one("for 13 years").2, Some(Unit::YEAR));
        assert_eq!(one("a two-day visit").2, Some(Unit::DAY));
        assert_eq!(one("held for 72 hours").1, n(72.0));
        none("a 40-year-old man");
        // A length of time that places an event is a duration all the same.
        assert_eq!(one("two years ago").2, Some(Unit::YEAR));
        assert_eq!(
            one("he arrived two hours before the match").2,
            Some(Unit::HOUR)
        );
        none("five years old");
        assert_eq!(
            one("the siege lasted 72 hours before troops withdrew").2,
            Some(Unit::HOUR)
        );
        assert_eq!(
            one("talks went on for three days after the vote").2,
            Some(Unit::DAY)
        );
        none("aged 45");
        none("aged between 18 and 24");
        none("raising the pension age to 68");
        none("said nurse Ana Ruiz, 29, at the clinic");
        assert_eq!(
            one("Most were men, and one in eight was a minor").1,
            n(0.125)
        );
        assert_eq!(one("Another six of them were hurt").1, n(6.0));
        none("vaccines for children under five");
        none("most deaths were people over 80");
        assert_eq!(one("over 80 people").1, n(80.0));
        // Half of one hour (CONTRIBUTING.md's table of values).
        let (_, value, unit) = one("half an hour");
        assert_eq!(value, n(0.5));
        assert_eq!(unit.map(|unit| unit.to_string()).as_deref(), Some("hour"));
        none("in the second half of the year");
    }

    #[test]
    fn identifiers_ordinals_and_addresses_are_no_claims() {
        none("under Resolution 2254");
        none("flew an F-16 jet");
        none("the G20 summit");
        none("Route 66");
        none("the 3rd time");
        none("in the 1990s");
        none("see www.example.com/2021/12");
        none("mail news24@example.org");
        none("No. 10 Downing Street");
        none("the top 10 list");
        none("Windows 10 users");
        none("COVID-19 cases");
        none("a third option");
        none("[12]");
        none("the new iPhone 15 costs more");
        assert_eq!(one("Storm Kills 40 People").1, n(40.0));
        assert_eq!(one("Exports Post 3 Percent Rise").2, Some(Unit::PERCENT));
        none("the poll, taken Oct. 2-8, of voters");
        none("the poll ran October 2-8");
        assert_eq!(one("In March 2,000 workers went on strike").1, n(2000.0));
        assert_eq!(one("12 Wall Street banks").1, n(12.0));
        none("in the second half in most markets");
        assert_eq!(one("the age of 300 machines").1, n(300.0));
        none("growth in seven quarters");
        // The part and the whole are two counts, as `13 out of 17` are.
        let part_and_whole: Vec<Value> = figures("five of the six judges")
            .into_iter()
            .map(|figure| figure.1)
            .collect();
        assert_eq!(part_and_whole, [n(5.0), n(6.0)]);
        assert_eq!(one("the firm closed its nine stores").1, n(9.0));
        none("the two met");
        assert_eq!(one("inflation at 6.6 pc").2, Some(Unit::PERCENT));
        assert_eq!(one("Britain's 1.2 million nurses").1, n(1.2e6));
        assert_eq!(one("turnout could top 2 million voters").1, n(2e6));
        none("she lives at 14 Elm Road");
        none("protesters gathered outside 10 Downing Street");
        assert_eq!(one("14 Elm trees fell").0, "14");
    }

    #[test]
    fn small_number_words_need_a_count() {
        none("one of the worst");
        none("the two met");
        none("the two others left");
        assert_eq!(one("the two leaders met").1, n(2.0));
        assert_eq!(one("the seven candidates debated").1, n(7.0));
        none("the Group of Seven");
        none("no one came");
        assert_eq!(one("one soldier died").1, n(1.0));
        assert_eq!(one("Two people died").1, n(2.0));
    }

    #[test]
    fn hedges_written_after_the_figure() {
        let mut tokens = Vec::new();
        let text = "a 2,000-strong force and 50-odd boats and 100+ cars";
        let s = Sentence::whole(text, &mut tokens);
        let Parse::Figure(strong) = figure_at(&s, 1) else {
            panic!()
        };
        assert!(strong.strong);
        let Parse::Figure(odd) = figure_at(&s, 6) else {
            panic!()
        };
        assert_eq!(odd.qualifier_after, Some(Qualifier::About));
        let Parse::Figure(plus) = figure_at(&s, 11) else {
            panic!()
        };
        assert_eq!(plus.qualifier_after, Some(Qualifier::MoreThan));
    }
}
