//! What a figure counts and how it is hedged: the qualifier written before
//! it, the noun phrase after it (the *measure*), and from those the unit
//! `people` or `count` when the figure carries no unit of its own.
//!
//! When no noun follows a figure, the words around it can still say it
//! counts people (`12 were killed`, `killing at least 12`, `a crowd of
//! 5,000`, `the death toll rose to 45`), or it shares the noun of the figure
//! before it (`killed 12 people and wounded 40`). A figure with no unit
//! after all that is no claim.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::rules::{self, Rule};

use crate::lang::{
    FIGURE_RATIO_CONNECTIVES as RATIO_CONNECTIVES, FIGURE_SCORE_NOUNS as SCORE_NOUNS,
    FIGURE_SCORE_VERBS as SCORE_VERBS, MEASURE_AGGREGATE_NOUNS as AGGREGATE_NOUNS,
    MEASURE_AMOUNT_PREPOSITIONS, MEASURE_ANIMALS as ANIMALS,
    MEASURE_AUXILIARY_ADVERBS as AUXILIARY_ADVERBS, MEASURE_CASE_NOUNS as CASE_NOUNS,
    MEASURE_COMPARATIVE_MODIFIERS as COMPARATIVE_MODIFIERS, MEASURE_DAILY_ADJECTIVES,
    MEASURE_DEMONYM_ENDINGS as DEMONYM_ENDINGS, MEASURE_DIRECTION_PARTICLES as DIRECTION_PARTICLES,
    MEASURE_DISEASE_WORDS as DISEASE_WORDS,
    MEASURE_DISTRIBUTIVE_DETERMINERS as DISTRIBUTIVE_DETERMINERS,
    MEASURE_DURATION_PREPOSITIONS as DURATION_PREPOSITIONS,
    MEASURE_ESTIMATE_PARTICIPLE as ESTIMATED, MEASURE_FORECAST_NOUNS as FORECAST_NOUNS,
    MEASURE_FORECAST_VERBS as FORECAST_VERBS, MEASURE_GROUP_PREPOSITIONS as GROUP_PREPOSITIONS,
    MEASURE_HOURLY_ADJECTIVES, MEASURE_IMPERSONAL_POSSESSIVES as IMPERSONAL_POSSESSIVES,
    MEASURE_LOCATING_PREPOSITIONS as LOCATING_PREPOSITIONS,
    MEASURE_MEASURING_VERBS as MEASURING_VERBS, MEASURE_MONTHLY_ADJECTIVES,
    MEASURE_MOVEMENT_VERBS as MOVEMENT_VERBS, MEASURE_NOUN_DETERMINERS as DETERMINERS,
    MEASURE_OPPONENT_PREPOSITIONS as OPPONENT_PREPOSITIONS,
    MEASURE_OTHERS_PRONOUNS as OTHERS_PRONOUNS, MEASURE_PARTICIPLE_ADVERBS as PARTICIPLE_ADVERBS,
    MEASURE_PEOPLE_STATISTICS as PEOPLE_STATISTICS, MEASURE_PERIODICALS as PERIODICALS,
    MEASURE_PERSONAL_RELATIVES as PERSONAL_RELATIVES,
    MEASURE_POSTMODIFYING_PREPOSITIONS as MODIFYING_PREPOSITIONS,
    MEASURE_RELATIVE_PRONOUNS as RELATIVE_PRONOUNS,
    MEASURE_RELATIVE_TIME_DETERMINERS as RELATIVE_TIME_DETERMINERS,
    MEASURE_STOCK_INDICES as STOCK_INDICES, MEASURE_UPWARD_PARTICLE as UP,
    MEASURE_WEEKLY_ADJECTIVES, WORDS_ADVERB_ENDINGS as ADVERB_ENDINGS, WORDS_ARTICLES as ARTICLES,
    WORDS_BE_PARTICIPLES as BE_PARTICIPLES, WORDS_COMPLEMENTIZER as COMPLEMENTIZER,
    WORDS_CONJUNCTION_AND as AND, WORDS_CONJUNCTION_OR as OR, WORDS_DIMENSIONS as DIMENSIONS,
    WORDS_HAVE_FORMS as HAVE_FORMS, WORDS_INDEFINITE_ARTICLES as INDEFINITE_ARTICLES,
    WORDS_IRREGULAR_PAST_TENSES as IRREGULAR_PAST_TENSES, WORDS_MODAL_VERBS as MODAL_VERBS,
    WORDS_NEGATORS as NEGATORS, WORDS_OBJECT_PRONOUNS as OBJECT_PRONOUNS,
    WORDS_PARTITIVE_PRONOUNS as PARTITIVE_PRONOUNS,
    WORDS_PASSIVE_AUXILIARIES as PASSIVE_AUXILIARIES,
    WORDS_PAST_TENSE_ENDINGS as PAST_TENSE_ENDINGS,
    WORDS_PEOPLE_VERBS_FINITE as PEOPLE_VERBS_FINITE, WORDS_PLURAL_BE_FORMS as PLURAL_BE_FORMS,
    WORDS_PLURAL_ENDINGS as PLURAL_ENDINGS, WORDS_POSSESSIVE_DETERMINERS as POSSESSIVES,
    WORDS_PREPOSITION_AS as AS, WORDS_PREPOSITION_AT as AT, WORDS_PREPOSITION_BY as BY,
    WORDS_PREPOSITION_FOR as FOR, WORDS_PREPOSITION_FROM as FROM, WORDS_PREPOSITION_OF as OF,
    WORDS_PREPOSITION_PER as PER, WORDS_PREPOSITION_TO as TO,
    WORDS_PRESENT_PARTICIPLE_ENDINGS as PRESENT_PARTICIPLE_ENDINGS,
    WORDS_SINGULAR_BE_FORMS as SINGULAR_BE_FORMS, WordClass,
};
use crate::vocab::{Dimension, EXCEEDING_VERBS, Qualifier, Unit};

use super::figure::{Figure, Parse};
use super::lexicon::Class;
use super::sentence::Sentence;

/// Tokens `start..end` of the sentence.
pub(crate) type Range = (usize, usize);

/// The qualifier phrases of the vocabulary, each split into the words the
/// tokenizer produces, longest first.
static PHRASES: LazyLock<Vec<(Vec<String>, Qualifier)>> = LazyLock::new(|| {
    let mut phrases: Vec<(Vec<String>, Qualifier)> = Qualifier::phrases()
        .map(|(phrase, qualifier)| {
            let mut words = Vec::new();
            for word in phrase.split_whitespace() {
                match word.strip_suffix('.') {
                    Some(stem) => {
                        words.push(stem.to_owned());
                        words.push(".".to_owned());
                    }
                    None => words.push(word.to_owned()),
                }
            }
            (words, qualifier)
        })
        .collect();
    phrases.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    phrases
});

/// The indices into [`PHRASES`] of the phrases ending in each word (lower
/// case), longest first: a figure's hedge is looked up by the token before
/// it instead of comparing that token with every phrase's last word.
static PHRASES_BY_LAST_WORD: LazyLock<FxHashMap<String, Vec<usize>>> = LazyLock::new(|| {
    let mut by_last: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (index, (words, _)) in PHRASES.iter().enumerate() {
        if let Some(last) = words.last() {
            by_last
                .entry(last.to_ascii_lowercase())
                .or_default()
                .push(index);
        }
    }
    by_last
});

/// The qualifier phrase ending just before token `lead`, as its first token
/// and qualifier.
pub(crate) fn hedge_before(s: &Sentence<'_>, lead: usize) -> Option<(usize, Qualifier)> {
    ruled_hedge_before(s, lead)
        .filter(|&(_, _, rule)| !std::ptr::eq(rule, &rules::qualifier::MOVEMENT_NOT_A_BOUND))
        .map(|(first, qualifier, _)| (first, qualifier))
}

/// Where a figure whose numeral starts at `lead` starts with its hedge
/// (`at least 12` starts at `at`); `lead` when it has none.
pub(crate) fn hedged_start(s: &Sentence<'_>, lead: usize) -> usize {
    hedge_before(s, lead).map_or(lead, |(first, _)| first)
}

/// The qualifier phrase ending just before token `lead`, as its first token,
/// its qualifier and the rule that read it; `up to` after a verb of
/// movement is read as no hedge (`exact`, from `lead`), by its rule.
fn ruled_hedge_before(s: &Sentence<'_>, lead: usize) -> Option<(usize, Qualifier, &'static Rule)> {
    use rules::qualifier::{ESTIMATED_AT, HEDGE_BEFORE, MOVEMENT_NOT_A_BOUND, NOT_EXCEEDING};
    if lead >= 2 && s.is_any(lead - 1, AT) && s.is_any(lead - 2, ESTIMATED) {
        return Some((lead - 2, Qualifier::Estimated, &ESTIMATED_AT));
    }
    // Every phrase ends in one of these words or a full stop; most figures
    // have none before them, and this spares the phrase table.
    let last = lead.checked_sub(1)?;
    if !(s.has(last, Class::HEDGE_END) || s.is(last, ".")) {
        return None;
    }
    let ending_here = PHRASES_BY_LAST_WORD.get(&s.str(last).to_ascii_lowercase())?;
    for (words, qualifier) in ending_here.iter().map(|&index| &PHRASES[index]) {
        let Some(first) = lead.checked_sub(words.len()) else {
            continue;
        };
        if !words.iter().enumerate().all(|(k, w)| s.is(first + k, w)) {
            continue;
        }
        if words.len() == 1
            && EXCEEDING_VERBS.contains(&words[0].as_str())
            && first > 0
            && s.is_any(first - 1, NEGATORS)
        {
            // `not exceeding $5,000`: a ceiling.
            return Some((first - 1, Qualifier::UpTo, &NOT_EXCEEDING));
        }
        if words.len() == 2
            && UP.contains(&words[0].as_str())
            && TO.contains(&words[1].as_str())
            && first > 0
            && moves(s, first - 1)
        {
            // `the rate ticked up to 4.1%`: a movement, not a bound.
            return Some((lead, Qualifier::Exact, &MOVEMENT_NOT_A_BOUND));
        }
        if words.len() == 1
            && EXCEEDING_VERBS.contains(&words[0].as_str())
            && first > 0
            && s.is_in(first - 1, &[ARTICLES, POSSESSIVES])
        {
            // `the top ten countries`: a rank after a determiner, no verb.
            continue;
        }
        if words.len() == 1 && ESTIMATED.contains(&words[0].as_str()) {
            // `The agency estimated 300` is a verb of report; `estimated
            // 300` at the start of a clause or after a determiner is a hedge.
            let subject = first > 0 && s.is_word(first - 1) && !s.has(first - 1, Class::FUNCTION);
            if subject {
                continue;
            }
        }
        return Some((first, *qualifier, &HEDGE_BEFORE));
    }
    None
}

/// Whether the word at `k` is a verb of movement that `up` completes:
/// `ticked up`, `went up`, `moved up`; not `documented up to 300` or `could
/// cut up to 6,000`, where `up to` bounds the figure.
fn moves(s: &Sentence<'_>, k: usize) -> bool {
    s.is_any(k, MOVEMENT_VERBS)
}

/// How the figure is hedged, and the rule of [`rules::QUALIFIER`] that
/// decided it.
pub(crate) fn qualifier(s: &Sentence<'_>, figure: &Figure) -> (Qualifier, &'static Rule) {
    use rules::qualifier::{EXACT, HEDGE_AFTER, RANGE, VAGUE};
    if figure.vague {
        return (Qualifier::Vague, &VAGUE);
    }
    if figure.range {
        return (Qualifier::Range, &RANGE);
    }
    match ruled_hedge_before(s, figure.lead) {
        Some((_, qualifier, rule)) if qualifier != Qualifier::Exact => (qualifier, rule),
        before => figure
            .qualifier_after
            .map(|qualifier| (qualifier, &HEDGE_AFTER))
            .or_else(|| {
                given_as_estimate(s, figure)
                    .then_some((Qualifier::Estimated, &rules::qualifier::ESTIMATE_NOUN))
            })
            .or_else(|| {
                expected_to(s, figure)
                    .then_some((Qualifier::Estimated, &rules::qualifier::EXPECTED_TO))
            })
            .unwrap_or_else(|| (Qualifier::Exact, before.map_or(&EXACT, |(_, _, rule)| rule))),
    }
}

/// How far before a figure a passive verb of forecasting and its `to` may
/// stand, in tokens (`is expected to rise by as much as`).
const EXPECTED_TO_REACH: usize = 7;

/// Whether a passive verb of forecasting and `to` stand before the figure in
/// its clause, past words only: `is expected to touch 112.91 million
/// tonnes`, `was projected to grow 4%`.
fn expected_to(s: &Sentence<'_>, figure: &Figure) -> bool {
    let q = hedged_start(s, figure.lead);
    (q.saturating_sub(EXPECTED_TO_REACH)..q)
        .rev()
        .take_while(|&k| s.is_word(k))
        .any(|k| {
            k > 0
                && s.is_any(k, FORECAST_VERBS)
                && s.is_any(k - 1, PASSIVE_AUXILIARIES)
                && s.is_any(k + 1, TO)
        })
}

/// How many words a verb of estimating may stand before the `at` of its
/// figure, with its object between (`estimated the turnout at`).
const ESTIMATE_OBJECT_REACH: usize = 5;

/// Whether a noun of estimate gives the figure (`estimates of $20.66
/// billion`, `2.66 billion ringgit full year profit estimate`) or a verb
/// of estimating puts its object at it (`estimated losses at $2.5
/// million`).
fn given_as_estimate(s: &Sentence<'_>, figure: &Figure) -> bool {
    let q = hedged_start(s, figure.lead);
    if q >= 2 && s.is_any(q - 1, OF) && s.is_any(q - 2, FORECAST_NOUNS) {
        return true;
    }
    if q >= 2 && s.is_any(q - 1, AT) {
        let object = (q.saturating_sub(1 + ESTIMATE_OBJECT_REACH)..q - 1)
            .rev()
            .take_while(|&k| s.is_word(k))
            .find(|&k| s.is_any(k, ESTIMATED) || s.is_any(k, FORECAST_NOUNS));
        if object.is_some() {
            return true;
        }
    }
    // The phrase after the figure, to its head: `... full year profit
    // estimate`.
    let mut k = figure.tail;
    while k < figure.tail + 6 && s.is_word(k) && !s.has(k, Class::FUNCTION) {
        if s.is_any(k, FORECAST_NOUNS) && !s.is_word(k + 1) {
            return true;
        }
        k += 1;
    }
    false
}

/// The qualifier of a figure whose source is known: a figure someone
/// expects, forecasts or predicts (the attribution rule
/// `expected-by-subject`) with no hedge of its own is `estimated`
/// (CONTRIBUTING.md, "Expectations and consensus estimates").
pub(crate) fn expected_value(
    (qualifier, rule): (Qualifier, &'static Rule),
    source: &'static Rule,
) -> (Qualifier, &'static Rule) {
    if qualifier == Qualifier::Exact
        && std::ptr::eq(source, &rules::attribution::EXPECTED_BY_SUBJECT)
    {
        (Qualifier::Estimated, &rules::qualifier::EXPECTED_VALUE)
    } else {
        (qualifier, rule)
    }
}

/// Whether the word at `k` is in lower case and ends in one of `endings`,
/// with at least three bytes before the ending.
pub(super) fn lower_ends_with(s: &Sentence<'_>, k: usize, endings: WordClass) -> bool {
    !s.capitalized(k) && endings.ends(s.str(k), 3)
}

/// A verb form that ends a noun phrase: `homes destroyed`, `people fleeing`.
pub(super) fn verb_like(s: &Sentence<'_>, k: usize) -> bool {
    let class = s.class(k);
    if class.has(Class::PERSON | Class::PEOPLE_COLLECTIVE) {
        return false;
    }
    // `waiting lists`, `living standards`: a present participle before a
    // plural modifies it.
    let modifies_plural = lower_ends_with(s, k, PRESENT_PARTICIPLE_ENDINGS)
        && s.is_word(k + 1)
        && !s.has(k + 1, Class::FUNCTION)
        && lower_ends_with(s, k + 1, PLURAL_ENDINGS);
    class.has(Class::PEOPLE_AFTER | Class::SPEECH | Class::CHANGE) && !modifies_plural
        || lower_ends_with(s, k, PAST_TENSE_ENDINGS)
        || s.is_any(k, IRREGULAR_PAST_TENSES)
        || lower_ends_with(s, k, ADVERB_ENDINGS)
}

/// Whether the word at `k`, inside a noun phrase, is a plural noun that is
/// also a verb of speech (`member states`, `police reports`): it is a noun
/// unless an object follows it (`the union states that`).
fn plural_noun(s: &Sentence<'_>, k: usize) -> bool {
    s.has(k, Class::SPEECH_AMBIGUOUS)
        && lower_ends_with(s, k, PLURAL_ENDINGS)
        && !(s.is_any(k + 1, COMPLEMENTIZER) || s.is_any(k + 1, ARTICLES) || s.is_number(k + 1))
}

/// Whether the noun phrase ending at `end` is followed by a verb of
/// expectation (`economists had expected`, `analysts forecast`).
fn expects(s: &Sentence<'_>, end: usize) -> bool {
    let verb = if s.is_any(end, HAVE_FORMS) {
        end + 1
    } else {
        end
    };
    s.is_any(verb, FORECAST_VERBS)
        && !(s.is_any(verb + 1, COMPLEMENTIZER) || s.is_any(verb + 1, TO))
}

/// The noun phrase starting at token `from` (after an optional `of` and
/// determiners), up to six words.
/// `noun_expected` says the first word is a noun even if it looks like a
/// verb (`a 40% rise`).
fn noun_phrase(s: &Sentence<'_>, from: usize, noun_expected: bool) -> Option<Range> {
    let mut k = from;
    if s.is_any(k, OF) {
        k += 1;
    }
    while s.is_any(k, DETERMINERS) {
        k += 1;
    }
    // `150 more officers`, `20 extra buses`, `140 other asylum seekers`
    if s.is_any(k, COMPARATIVE_MODIFIERS) && s.is_word(k + 1) && !s.has(k + 1, Class::FUNCTION) {
        k += 1;
    }
    if s.is_any(from, OF) && !s.is_number(k) && s.is_word(k) && s.is_number(k + 1) {
        // `300 of its scheduled 1,700 flights`
        k += 1;
    }
    if s.is_any(from, OF) && (s.is_number(k) || s.has(k, Class::NUMBER_WORD)) {
        // `15 of its 90 stores`: the part counts what the whole counts.
        k += 1;
        while s.has(k, Class::SCALE | Class::HUNDRED) {
            k += 1;
        }
    }
    let first = k;
    let mut last = None;
    let mut words = 0;
    while k < s.len() && words < 6 {
        if s.is_word(k) {
            let class = s.class(k);
            // `cut 500 jobs last year`: a phrase of time ends the noun's.
            if words > 0
                && (s.is_any(k, RELATIVE_TIME_DETERMINERS) || s.is_any(k, DISTRIBUTIVE_DETERMINERS))
            {
                break;
            }
            // `the US$212 million`: a currency's prefix, not a noun.
            if s.joined(k) && s.is_one_of(k + 1, &["$", "€", "£"]) {
                break;
            }
            // `rockets overnight`, `sent 200 home`; but `home games`.
            let adverb = class.has(Class::ADVERB_AFTER)
                && (!s.is_word(k + 1) || s.has(k + 1, Class::FUNCTION));
            // `11 new confirmed cases`: a participle between a modifier
            // and a plural noun modifies the noun; but `troops deployed
            // months ago`, `firms reported difficulties`.
            let modifies_plural = k > 0
                && !lower_ends_with(s, k - 1, PLURAL_ENDINGS)
                && lower_ends_with(s, k, PAST_TENSE_ENDINGS)
                && s.is_word(k + 1)
                && lower_ends_with(s, k + 1, PLURAL_ENDINGS)
                && !s.has(
                    k + 1,
                    Class::FUNCTION | Class::TIME_UNIT | Class::ADVERB_AFTER,
                )
                && !verb_like(s, k + 1);
            if class.has(Class::FUNCTION)
                || adverb
                || (words > 0 && verb_like(s, k) && !plural_noun(s, k) && !modifies_plural)
            {
                break;
            }
            // `reportedly died` is an adverb; `likely voters`, `monthly
            // users` an adjective before a noun.
            let adjective =
                s.is_word(k + 1) && !s.has(k + 1, Class::FUNCTION) && !verb_like(s, k + 1);
            if words == 0 && lower_ends_with(s, k, ADVERB_ENDINGS) && !adjective {
                break;
            }
            // `protested` alone is a verb; `armed men` an adjective and a noun.
            // A verb said of people modifies only a noun (`wounded
            // soldiers`, `missing children`), not `died due to the heat`.
            // A finite verb modifies nothing: `Thousands join marches`.
            let people_verb_alone = class.has(Class::PEOPLE_AFTER)
                && s.is_word(k + 1)
                && (!lower_ends_with(s, k + 1, PLURAL_ENDINGS) || s.is_any(k, PEOPLE_VERBS_FINITE))
                && !s.has(k + 1, Class::PERSON);
            // `57,597 announced earlier`: an adverb after a participle
            // says when it was done; the participle modifies no noun.
            let modifies_next = s.is_word(k + 1)
                && !s.has(k + 1, Class::FUNCTION | Class::ADVERB_AFTER)
                && !verb_like(s, k + 1)
                && !people_verb_alone;
            // An irregular past tense modifies no noun: `85 failed the test`.
            if words == 0
                && verb_like(s, k)
                && (!modifies_next || s.is_any(k, IRREGULAR_PAST_TENSES))
                && !noun_expected
                && !plural_noun(s, k)
            {
                // `3,412 reports of fraud`, `21 states and 105 districts`
                // are nouns; `300 states that` is not.
                break;
            }
            last = Some(k);
            words += 1;
            k += 1;
            // A noun for people heads its phrase (`refugees fled`,
            // `Americans support`) unless another noun follows (`police
            // officers`, `police reports`).
            // So does a name of people of a nation, party or faith
            // (`Greeks worship`), unless another name follows.
            let people = class.has(Class::PERSON) || demonym(s, k - 1) && !s.capitalized(k);
            if people && !s.has(k, Class::PERSON) && !plural_noun(s, k) {
                break;
            }
        } else if s.is(k, ".") && words > 0 && s.joined(k - 1) && s.str(k - 1).len() == 1 {
            // `U.S. troops`: the full stops of an initialism.
            k += 1;
        } else if s.is(k, "-") && s.joined(k - 1) && s.joined(k) && words > 0 {
            if s.is_word(k + 1) {
                k += 1;
            } else if s.is_number(k + 1) {
                // `F-35 jets`: a model's number is part of its name.
                last = Some(k + 1);
                k += 2;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    last.map(|last| (first, last + 1))
}

/// How far before a level the name of its index is looked for, in tokens,
/// and in sentences that open with `it`.
const INDEX_REACH: usize = 16;
const INDEX_SENTENCES_BACK: usize = 3;

/// The stock index a bare level at `figure` is a level of: a name of one
/// (`Nifty`, `the index`) before it in its sentence, within
/// [`INDEX_REACH`], when the figure follows `at`, `to`, `of`, `from` or a
/// verb of level (`closed at`, `touched a high of`, `hit 10,000`).
fn index_of_level(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let q = hedged_start(s, figure.lead);
    let before = q.checked_sub(1)?;
    let placed = s.is_in(before, &[AT, TO, OF, FROM]) || s.has(before, Class::LEVEL);
    if !placed {
        return None;
    }
    let named = |s: &Sentence<'_>, to: usize| {
        (to.saturating_sub(INDEX_REACH)..to)
            .rev()
            .find_map(|k| s.phrase_at(k, STOCK_INDICES).map(|len| (k, k + len)))
    };
    named(s, q).or_else(|| {
        // `The Sensex closed at 35,260.54. It touched a high of 35,402`:
        // `it` opening the sentence stands for the index of the one before.
        if !(s.len() > 0 && s.has(0, Class::ORGANISATION_PRONOUN) && s.start > 0) {
            return None;
        }
        // Past the white space between them, a paragraph break too; and
        // past a sentence before that opens with `it` too.
        let mut at = s.start;
        let mut tokens = Vec::new();
        for _ in 0..INDEX_SENTENCES_BACK {
            let last = s.text[..at].trim_end().len().checked_sub(1)?;
            let (start, end) = super::sentence::bounds(s.text, last);
            let before = Sentence::tokenized(s.text, start, end.min(at), &mut tokens);
            if named(&before, before.len()).is_some() {
                return Some((0, 1));
            }
            if !(before.len() > 0 && before.has(0, Class::ORGANISATION_PRONOUN)) {
                return None;
            }
            at = start;
        }
        None
    })
}

/// Whether a capitalized plural names people of a nation, party or faith
/// (`Syrians`, `Iraqis`, `Britons`, `Democrats`).
fn demonym(s: &Sentence<'_>, k: usize) -> bool {
    let word = s.str(k);
    s.capitalized(k)
        && word.len() > 4
        && !word.bytes().all(|b| b.is_ascii_uppercase())
        && DEMONYM_ENDINGS.iter().any(|suffix| word.ends_with(suffix))
}

/// The unit a measure phrase gives a bare figure: `people` for people,
/// `count` for anything else, `None` for a phrase that makes it no claim.
fn unit_of_phrase(s: &Sentence<'_>, (first, end): Range) -> Option<Unit> {
    let head = head_of(s, (first, end));
    let head_class = s.class(head);
    if head_class.has(Class::TIME_UNIT | Class::UNIT_WORD | Class::MULTIPLIER) {
        return None;
    }
    // `600,000 CFA francs sewn into ...`: a unit out of the vocabulary
    // opening the phrase.
    if (first..end.min(first + 2)).any(|k| s.has(k, Class::UNIT_WORD)) {
        return None;
    }
    // `police officers` are people; `police reports` are not. `one death`,
    // `one victim`: the singular of a plural for people is one too.
    // (Asked last, and of a word with no plural ending only: it builds the
    // plural and looks it up.)
    let singular_of_people = || {
        !PLURAL_ENDINGS.ends(s.str(head), 0)
            && PLURAL_ENDINGS.iter().any(|ending| {
                super::lexicon::look_up(&format!("{}{ending}", s.str(head)))
                    .class
                    .has(Class::PERSON)
            })
    };
    let people = (first..end).any(|k| s.has(k, Class::PERSON)) && !plural_noun(s, head)
        || demonym(s, head)
        || s.is_any(head, PEOPLE_STATISTICS)
        || head_class.has(Class::PEOPLE_COLLECTIVE)
        || singular_of_people();
    // `40 new cases of cholera` are people who caught it; `the court heard
    // 40 cases` are not.
    let patients = s.is_any(head, CASE_NOUNS) && names_a_disease(s);
    let people = people || patients;
    // `the tiger population`: a collective of animals.
    let of_animals =
        head_class.has(Class::PEOPLE_COLLECTIVE) && (first..head).any(|k| s.is_any(k, ANIMALS));
    if of_animals {
        Some(Unit::COUNT)
    } else if people || head_class.has(Class::PEOPLE_COLLECTIVE) {
        Some(Unit::PEOPLE)
    } else {
        Some(Unit::COUNT)
    }
}

/// The language pack's words of a disease, to find where a text first names
/// one.
static DISEASE_FINDER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(crate::lang::MEASURE_DISEASE_WORDS)
        .expect("the words of a disease build an automaton")
});

/// Where a text first names a disease (see
/// `measure::cases_of_the_disease`), looked up the first time a count of
/// cases asks: most texts have none.
pub(crate) struct DiseaseMention<'t> {
    text: &'t str,
    first: std::cell::OnceCell<usize>,
}

impl<'t> DiseaseMention<'t> {
    pub(crate) fn in_text(text: &'t str) -> Self {
        DiseaseMention {
            text,
            first: std::cell::OnceCell::new(),
        }
    }

    /// Whether the text names a disease before byte `at`.
    pub(crate) fn before(&self, at: usize) -> bool {
        let first = *self.first.get_or_init(|| {
            super::candidate::next_whole_word(&DISEASE_FINDER, self.text, 0)
                .map_or(usize::MAX, |(at, _)| at)
        });
        first < at
    }
}

/// `12 farmers were interviewed. Among them, 9 took loans`: a bare figure
/// that `skipped` as counting nothing, after an opening group preposition,
/// partitive pronoun and comma, counts what the last count before its
/// sentence counts (`earlier`, asked only then: people or things).
pub(crate) fn part_of_an_earlier_count(
    s: &Sentence<'_>,
    figure: &Figure,
    skipped: &'static rules::Rule,
    earlier: impl FnOnce() -> Option<Unit>,
) -> Result<Reading, &'static rules::Rule> {
    let opens_with_group = s.is_any(0, GROUP_PREPOSITIONS)
        && s.is_any(1, PARTITIVE_PRONOUNS)
        && s.is(2, ",")
        && hedged_start(s, figure.lead) == 3;
    if !std::ptr::eq(skipped, &rules::measure::COUNTS_NOTHING) || !opens_with_group {
        return Err(skipped);
    }
    match earlier() {
        Some(unit) if matches!(unit, Unit::PEOPLE | Unit::COUNT) => Ok(Reading {
            unit,
            measure: None,
            from_noun: false,
            rule: &rules::measure::PART_OF_AN_EARLIER_COUNT,
        }),
        _ => Err(skipped),
    }
}

/// `From 6,323 cases reported in May`: in a text that has been about a
/// disease (`about_disease`: a word of one before the sentence, asked only
/// of a count of cases), cases
/// counted with no disease in their own sentence are people too.
pub(crate) fn cases_of_the_disease(
    s: &Sentence<'_>,
    reading: Reading,
    about_disease: impl FnOnce() -> bool,
) -> Reading {
    match reading.measure {
        Some(measure)
            if reading.unit == Unit::COUNT
                && s.is_any(head_of(s, measure), CASE_NOUNS)
                && about_disease() =>
        {
            Reading {
                unit: Unit::PEOPLE,
                rule: &rules::measure::CASES_OF_THE_DISEASE,
                ..reading
            }
        }
        _ => reading,
    }
}

/// Whether the sentence names a disease or an outbreak (`cholera`, `the
/// outbreak`), so that its cases are people.
fn names_a_disease(s: &Sentence<'_>) -> bool {
    (0..s.len()).any(|k| s.is_any(k, DISEASE_WORDS))
}

/// What a count is per, when a rate follows its noun: `3,000 people a day`,
/// `40 flights per week`; but `killed 5 people a year ago` dates them.
fn per_unit_after(s: &Sentence<'_>, at: usize) -> Option<crate::vocab::UnitId> {
    let per = super::unit::per_after(s, at)?;
    (!s.has(per.end, Class::TIME_REFERENCE)).then_some(per.unit)
}

/// What a figure counts: its unit and the tokens of its measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Reading {
    pub unit: Unit,
    pub measure: Option<Range>,
    /// The unit came from a noun after the figure, so a figure after it in
    /// the sentence with no noun of its own may share it.
    pub from_noun: bool,
    /// The rule of [`rules::measure`] that read it.
    pub rule: &'static Rule,
}

/// The unit and measure of `figure`; `previous` is the reading of the last
/// figure before it in the sentence. The rules are tried in the order of
/// [`rules::MEASURE`]; a figure that counts nothing is the skipping rule.
pub(crate) fn read(
    s: &Sentence<'_>,
    figure: &Figure,
    previous: Option<Reading>,
) -> Result<Reading, &'static Rule> {
    if figure.lead > 0 && s.is_any(figure.lead - 1, PER) {
        // `12 deaths per 100,000 people`: the second figure is a base.
        return Err(&rules::measure::RATE_BASE);
    }
    let reading_on_a_scale =
        figure.unit.is_none() && figure.lead > 0 && s.is_any(figure.lead - 1, MEASURING_VERBS);
    let determined = figure.lead > 0 && s.is_any(figure.lead - 1, INDEFINITE_ARTICLES);
    let phrase = noun_phrase(s, figure.tail, determined)
        // `30 km long`: the adjective says which way it was measured; but
        // `40 high schools`.
        .filter(|&(first, end)| !(s.is_any(first, DIMENSIONS) && end - first == 1))
        // `the 210,000 economists had expected`: the noun is the subject of
        // a clause about the figure, not what it counts.
        .filter(|&(_, end)| !expects(s, end));
    if reading_on_a_scale && phrase.is_none() {
        // `an aftershock measuring 5.1`: a reading on a scale of its own;
        // but `inspectors measured 300 homes`.
        return Err(&rules::measure::SCALE_READING);
    }
    if let Some(unit) = figure.unit {
        if std::ptr::eq(figure.rule, &rules::figure::SCORE)
            && let Some(side) = side_of_score(s, figure)
        {
            return Ok(Reading {
                unit,
                measure: Some(side),
                from_noun: false,
                rule: &rules::measure::SCORE_SIDE,
            });
        }
        let own = phrase.filter(|&(_, end)| !s.has(end - 1, Class::TIME_UNIT));
        let duration = unit.per().is_none() && unit.dimension() == Dimension::Duration;
        if duration
            && own.is_none()
            && let Some(measure) = duration_of(s, figure)
        {
            return Ok(Reading {
                unit,
                measure: Some(measure),
                from_noun: false,
                rule: &rules::measure::DURATION_OF_VERB,
            });
        }
        // `2.4 billion gallons of jet fuel a year`: what is measured, then
        // what it is per.
        let per = own
            .filter(|_| unit.per().is_none() && s.is_any(figure.tail, OF))
            .and_then(|(_, end)| per_unit_after(s, end));
        let measure = own
            .or_else(|| subject_of(s, figure))
            .or_else(|| amount_in(s, figure))
            .or_else(|| in_apposition(s, figure))
            .or_else(|| verb_of_object(s, figure));
        // `average weekly earnings were $900`: the period the measure's
        // noun names.
        if per.is_none()
            && unit.per().is_none()
            && unit.dimension() == Dimension::Money
            && let Some(period) = measure.and_then(|measure| period_of_noun(s, measure))
        {
            return Ok(Reading {
                unit: Unit::rate(unit.of(), period),
                measure,
                from_noun: false,
                rule: &rules::measure::PERIOD_OF_THE_NOUN,
            });
        }
        return Ok(Reading {
            unit: per.map_or(unit, |per| Unit::rate(unit.of(), per)),
            measure,
            from_noun: false,
            rule: &rules::measure::OWN_UNIT,
        });
    }
    // `1,710 others were wounded`, `12 more died`: a word that stands for
    // more of the same is no noun; the words after it say what it counts.
    if let Some((first, end)) = phrase
        && end - first == 1
        && s.is_any(first, OTHERS_PRONOUNS)
    {
        let past = Figure {
            tail: end,
            ..figure.clone()
        };
        if let Some(measure) = people_from_context(s, &past) {
            return Ok(Reading {
                unit: Unit::PEOPLE,
                measure,
                from_noun: false,
                rule: &rules::measure::PEOPLE_IN_CONTEXT,
            });
        }
    }
    // `down from 7.4 million the month before`, `52 last year`: a phrase of
    // time after the figure says when, not what.
    let phrase = phrase.filter(|&(first, end)| {
        let when = !s.is_any(figure.tail, OF)
            && s.has(end - 1, Class::TIME_UNIT)
            && (first > figure.tail
                || s.is_any(first, RELATIVE_TIME_DETERMINERS)
                || s.has(first, Class::NUMBER_WORD));
        !when
    });
    // `the Nifty ending at 10,616`, `an intra-day high of 35,402`: a level
    // of a stock index the sentence names.
    if phrase.is_none()
        && let Some(index) = index_of_level(s, figure)
    {
        return Ok(Reading {
            unit: Unit::INDEX_POINTS,
            measure: Some(index),
            from_noun: false,
            rule: &rules::measure::INDEX_LEVEL,
        });
    }
    // `the rupee closed at 84.72`: people and things come in whole numbers.
    let (low, high) = figure.value.bounds();
    let whole = |v: f64| (v - v.round()).abs() <= 1e-6 * v.abs().max(1.0);
    if !(whole(low) && whole(high)) {
        return Err(&rules::measure::NOT_WHOLE);
    }
    if let Some(phrase) = phrase {
        let partitive_of_time = s.is_any(figure.tail, OF) && s.has(phrase.1 - 1, Class::TIME_UNIT);
        let unit = unit_of_phrase(s, phrase)
            .filter(|_| !partitive_of_time)
            .ok_or(&rules::measure::COUNTS_NOTHING)?;
        return Ok(Reading {
            unit: per_unit_after(s, phrase.1).map_or(unit, |per| Unit::rate(unit.of(), per)),
            measure: Some(phrase),
            from_noun: true,
            rule: &rules::measure::NOUN_AFTER,
        });
    }
    // `the death toll rose to nine`: a level after a verb of level.
    let level = figure.lead >= 2
        && (s.is_any(figure.lead - 1, TO) || s.is_any(figure.lead - 1, AT))
        && s.has(figure.lead - 2, Class::LEVEL | Class::CHANGE);
    let of_those = s.is_any(figure.tail, OF) && s.is_any(figure.tail + 1, PARTITIVE_PRONOUNS);
    if figure.small_words
        && !figure.strong
        && !level
        && !of_those
        && !object_of_people(s, hedged_start(s, figure.lead))
        && !people_verb_after(s, figure)
        && !opens_a_list(s, figure)
    {
        // `two` with no noun after it counts nothing checkable.
        return Err(&rules::measure::BARE_SMALL_NUMBER);
    }
    people_from_context(s, figure)
        .map(|measure| Reading {
            unit: Unit::PEOPLE,
            measure,
            from_noun: false,
            rule: &rules::measure::PEOPLE_IN_CONTEXT,
        })
        .or_else(|| {
            // `Of the deaths, 17,388 were reported in Kashmir`; but `Of the
            // victims, 9 were children` counts children.
            let partitive = fronted_partitive(s, figure)?;
            Some(Reading {
                unit: unit_of_phrase(s, partitive)?,
                measure: Some(partitive),
                from_noun: false,
                rule: &rules::measure::FRONTED_PARTITIVE,
            })
        })
        .or_else(|| {
            // `72,500, 48,773 and 41,470 visitors`: a list's figures count
            // what its last one counts.
            let mut k = figure.tail;
            for _ in 0..LIST_REACH {
                let separator = k;
                while s.is(k, ",") || s.is_in(k, &[AND, OR]) {
                    k += 1;
                }
                if k == separator || !(s.is_number(k) || s.has(k, Class::NUMBER_WORD)) {
                    return None;
                }
                // The last figure of a list follows `and` or `or`: `In
                // week 28, 11 new cases` is no list.
                let last = s.is_in(k - 1, &[AND, OR]);
                let Parse::Figure(next) = super::figure::figure_at(s, k) else {
                    return None;
                };
                if next.unit.is_some() {
                    return None;
                }
                // Only the last figure is read: reading each would read the
                // rest of the list again from it, without end on a long one.
                if !last {
                    k = next.tail.max(next.end);
                    continue;
                }
                return read(s, &next, None)
                    .ok()
                    .filter(|reading| std::ptr::eq(reading.rule, &rules::measure::NOUN_AFTER))
                    .map(|reading| Reading {
                        rule: &rules::measure::LIST_SHARES_NOUN,
                        ..reading
                    });
            }
            None
        })
        .or_else(|| {
            // `the death toll rose to 45`; `waiting lists hit a record
            // 6.1m` (a large figure counts its subject).
            // `the number of buses rose to 800` counts at any size.
            let subject = subject_of(s, figure)?;
            // `the highest number of adult tigers at 93`
            let a_number_of = (subject.0..subject.1)
                .any(|k| s.is_any(k, AGGREGATE_NOUNS) && (k == subject.0 || s.is_any(k + 1, OF)));
            let unit = unit_of_phrase(s, subject).filter(|unit| {
                *unit == Unit::PEOPLE
                    || a_number_of
                    || s.has(head_of(s, subject), Class::PEOPLE_COLLECTIVE)
                    || figure.value.bounds().0 >= 1000.0
            })?;
            Some(Reading {
                unit,
                measure: Some(subject),
                from_noun: false,
                rule: &rules::measure::SUBJECT_COUNTED,
            })
        })
        .or_else(|| {
            // `13 out of 17 regions`: the part counts what the whole counts.
            let connective = s.phrase_at(figure.tail, RATIO_CONNECTIVES)?;
            let whole = super::figure::figure_at(s, figure.tail + connective);
            let Parse::Figure(whole) = whole else {
                return None;
            };
            let reading = read(s, &whole, None).ok()?;
            Some(Reading {
                rule: &rules::measure::PART_OUT_OF_WHOLE,
                ..reading
            })
        })
        .or_else(|| {
            // `1,500 beds, 300 of which`; but not `12 of the`.
            let partitive = s.is_any(figure.tail, OF);
            let of_the_same = partitive && s.is_any(figure.tail + 1, PARTITIVE_PRONOUNS);
            // `moved to Dublin at 17`, `the index closed at 38,000`: after a
            // preposition of place or time a bare figure is no more of the
            // same.
            let q = hedged_start(s, figure.lead);
            let placed = q > 0 && s.is_any(q - 1, LOCATING_PREPOSITIONS);
            let previous = previous.filter(|_| if partitive { of_the_same } else { !placed })?;
            if matches!(previous.unit, Unit::PEOPLE | Unit::COUNT) {
                return Some(Reading {
                    rule: &rules::measure::SAME_AS_BEFORE,
                    ..previous
                });
            }
            // `a third of patients waited a year, and 289,000 waited two`:
            // a share names what the bare figure after it counts.
            // Only people: `support rose to 45% from 41` has no count.
            let measure = previous.measure?;
            (unit_of_phrase(s, measure)? == Unit::PEOPLE).then_some(Reading {
                unit: Unit::PEOPLE,
                measure: Some(measure),
                from_noun: false,
                rule: &rules::measure::SAME_AS_BEFORE,
            })
        })
        .ok_or(&rules::measure::COUNTS_NOTHING)
}

/// How many figures of a list after a bare figure are read to find the
/// noun they share.
const LIST_REACH: usize = 8;

/// The noun phrase of `Of the X,` opening the sentence, when the figure
/// opens the clause after its comma: `Of the deaths, 17,388 were reported
/// in Kashmir`, `Of the 300 injured, 40 are in hospital`.
fn fronted_partitive(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let q = hedged_start(s, figure.lead);
    if !s.is_any(0, OF) {
        return None;
    }
    let phrase = noun_phrase(s, 0, false)?;
    (s.is(phrase.1, ",") && phrase.1 + 1 == q).then_some(phrase)
}

/// Words around a figure with no noun that say it counts people:
/// `12 were killed`, `12 died`, `5 million abroad as refugees`, `killing at
/// least 12`, `a crowd of 5,000`. Returns the measure's tokens, if any.
/// The first token from `k` past forms of `be` and `have` and the adverbs
/// between them and a participle (`were still`, `have been`).
fn past_auxiliaries(s: &Sentence<'_>, mut k: usize) -> usize {
    while s.is_any(k, PLURAL_BE_FORMS)
        || s.is_any(k, SINGULAR_BE_FORMS)
        || s.is_any(k, HAVE_FORMS)
        || s.is_any(k, BE_PARTICIPLES)
        || s.is_any(k, PARTICIPLE_ADVERBS)
        || s.has(k, Class::ADVERB_AFTER)
    {
        k += 1;
    }
    k
}

/// Whether another figure follows the figure in a list (`three and nine
/// patients`, `two, five and 12 cases`): the list's last noun may say what
/// a small number counts.
fn opens_a_list(s: &Sentence<'_>, figure: &Figure) -> bool {
    let mut k = figure.tail;
    while s.is(k, ",") || s.is_in(k, &[AND, OR]) {
        k += 1;
    }
    k > figure.tail && (s.is_number(k) || s.has(k, Class::NUMBER_WORD))
}

/// Whether a verb only persons undergo or do follows the figure as its
/// verb, past auxiliaries: `five are still trapped`, `eight were rescued`.
fn people_verb_after(s: &Sentence<'_>, figure: &Figure) -> bool {
    s.has(past_auxiliaries(s, figure.tail), Class::PEOPLE_AFTER)
}

fn people_from_context(s: &Sentence<'_>, figure: &Figure) -> Option<Option<Range>> {
    let q = hedged_start(s, figure.lead);
    let collective = Class::PEOPLE_COLLECTIVE | Class::PLACE;
    if q >= 2 && s.is_any(q - 1, OF) && s.has(q - 2, collective) {
        let start = (q - 2).saturating_sub(2);
        let start = (start..q - 2)
            .find(|&k| (k..q - 2).all(|m| s.is_word(m) && !s.has(m, Class::FUNCTION)))
            .unwrap_or(q - 2);
        // `a tiger population of 250` counts tigers.
        if !(start..q - 2).any(|k| s.is_any(k, ANIMALS)) {
            return Some(Some((start, q - 1)));
        }
    }

    let mut k = figure.tail;
    // `34,215 who arrived across land borders`: a relative pronoun of
    // persons after the figure; its verb says what they did.
    if s.is_any(k, PERSONAL_RELATIVES) && s.is_word(k + 1) {
        let verb = (k + 1..(k + 4).min(s.len()))
            .find(|&v| {
                !(s.is_any(v, PLURAL_BE_FORMS)
                    || s.is_any(v, HAVE_FORMS)
                    || s.is_any(v, BE_PARTICIPLES))
            })
            .filter(|&v| s.is_word(v))
            .unwrap_or(k + 1);
        return Some(Some((verb, verb + 1)));
    }
    if s.is_any(k, OF) && s.is_any(k + 1, PARTITIVE_PRONOUNS) {
        // `300 of them were children`
        k += 2;
    }
    let subject_end = k;
    let k = past_auxiliaries(s, k);
    if s.has(k, Class::PEOPLE_AFTER) {
        return Some(Some((k, k + 1)));
    }
    // `12 were children`: a noun for people after a form of `be`.
    let linked =
        (subject_end..k).any(|m| s.is_any(m, PLURAL_BE_FORMS) || s.is_any(m, SINGULAR_BE_FORMS));
    if linked && s.has(k, Class::PERSON) {
        return Some(Some((k, k + 1)));
    }
    // `... abroad as refugees`
    for a in figure.tail..(figure.tail + 3).min(s.len()) {
        if s.is_any(a, AS) {
            let mut n = a + 1;
            while s.is_any(n, DETERMINERS) {
                n += 1;
            }
            if s.has(n, Class::PERSON) {
                return Some(Some((n, n + 1)));
            }
        }
        if !(s.is_word(a) && s.has(a, Class::ADVERB_AFTER | Class::FUNCTION)) {
            break;
        }
    }
    object_of_people(s, q).then(|| {
        // `killing at least 12`: the verb says what befell them.
        let verb = verb_before(s, q);
        Some((verb, verb + 1))
    })
}

/// The token before a hedged figure starting at `q` and a determiner
/// (`killing all six`, `killing at least 12`), where a verb whose object it
/// is would stand.
fn verb_before(s: &Sentence<'_>, q: usize) -> usize {
    let q = if q > 1 && s.is_any(q - 1, DETERMINERS) {
        q - 1
    } else {
        q
    };
    q.wrapping_sub(1)
}

/// Whether the hedged figure starting at `q` is the object of a verb whose
/// object is people (`killing at least 12`, `killing all six aboard`): a
/// count of people even in small words.
fn object_of_people(s: &Sentence<'_>, q: usize) -> bool {
    let verb = verb_before(s, q);
    verb < s.len() && s.has(verb, Class::PEOPLE_BEFORE) && s.is_word(verb)
}

/// The subject a figure is the level of: `the death toll rose to 45`,
/// `unemployment stood at 7%`, `the number of refugees reached 3,000`,
/// `a population of 23 million`.
fn subject_of(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let q = hedged_start(s, figure.lead);
    // `raised the death toll to 37`, `triple the number of buses to 3,000`:
    // the object a verb brings to the figure, when it counts people or is a
    // number of something.
    if q >= 2
        && s.is_any(q - 1, TO)
        && let Some(object) = phrase_before(s, q - 1, false)
        && (unit_of_phrase(s, object) == Some(Unit::PEOPLE) || s.is_any(object.0, AGGREGATE_NOUNS))
    {
        return Some(object);
    }
    // `cut its workforce by 10%`, `would increase food needs by 50
    // percent`: the object a verb of change changes by the figure.
    if q >= 2
        && s.is_any(q - 1, BY)
        && let Some(object) = phrase_before(s, q - 1, false)
    {
        let mut verb = object.0;
        while verb > 0 && s.is_any(verb - 1, DETERMINERS) {
            verb -= 1;
        }
        if verb > 0 && s.has(verb - 1, Class::CHANGE) && s.is_word(verb - 1) {
            return Some(object);
        }
    }
    let mut of = false;
    let mut end = if s.is_any(q, ESTIMATED) || s.is_one_of(q, EXCEEDING_VERBS) {
        // `damage estimated at`, `the toll topped 300`
        q
    } else if q >= 1 && s.is_any(q - 1, OF) {
        // `a population of 23 million`: the noun just before `of`.
        of = true;
        q - 1
    } else {
        // The nearest verb of level or change before the figure in its
        // clause: `rose by a third to 3,069`, `hit a record 6.1m`.
        let verb = (q.saturating_sub(8)..q)
            .rev()
            .take_while(|&k| s.is_word(k) || s.is_number(k) || s.is(k, "%"))
            .find(|&k| {
                // `has gone up to 235`: a verb of movement and its direction.
                let moved = s.is_any(k, MOVEMENT_VERBS) && s.is_any(k + 1, DIRECTION_PARTICLES);
                (s.has(k, Class::LEVEL | Class::CHANGE) || moved) && s.is_word(k)
            });
        // `put the crowd at 100,000`; `the death toll was 15`: a form of
        // `be` just before the figure links it to its subject.
        verb.or_else(|| (q >= 1 && s.is_any(q - 1, AT)).then(|| q - 1))
            .or_else(|| (q >= 1 && s.is_any(q - 1, SINGULAR_BE_FORMS)).then_some(q))?
    };
    while end > 0
        && (s.is_any(end - 1, HAVE_FORMS)
            || s.is_any(end - 1, AUXILIARY_ADVERBS)
            || s.is_any(end - 1, SINGULAR_BE_FORMS)
            || s.is_any(end - 1, MODAL_VERBS))
    {
        end -= 1;
    }
    if !of {
        end = before_relative_clause(s, end);
    }
    phrase_before(s, end, of)
}

/// The adjectives of a period, each with the unit of time it names.
static PERIOD_ADJECTIVES: [(WordClass, crate::vocab::UnitId); 4] = [
    (MEASURE_DAILY_ADJECTIVES, crate::vocab::UnitId::Day),
    (MEASURE_WEEKLY_ADJECTIVES, crate::vocab::UnitId::Week),
    (MEASURE_MONTHLY_ADJECTIVES, crate::vocab::UnitId::Month),
    (MEASURE_HOURLY_ADJECTIVES, crate::vocab::UnitId::Hour),
];

/// The unit of time an adjective of period in the measure `phrase`, or
/// just before it, names (`weekly` in `average weekly earnings`, which the
/// measure leaves out as an adverb's ending).
fn period_of_noun(s: &Sentence<'_>, (start, end): Range) -> Option<crate::vocab::UnitId> {
    // `the daily newspaper raised $5 million`: a body that comes out daily
    // is no amount per day.
    if (start..end).any(|k| {
        s.has(
            k,
            Class::ORGANISATION_NOUN | Class::PERSON | Class::DOCUMENT,
        ) || s.is_any(k, PERIODICALS)
    }) {
        return None;
    }
    let mut first = start;
    while first > 0
        && start - first < 2
        && s.is_word(first - 1)
        && !s.has(first - 1, Class::FUNCTION)
    {
        first -= 1;
    }
    (first..end).find_map(|k| {
        PERIOD_ADJECTIVES
            .iter()
            .find(|(class, _)| s.is_any(k, *class))
            .map(|&(_, unit)| unit)
    })
}

/// How far back a relative clause between a subject and its verb may
/// reach, in tokens.
const RELATIVE_CLAUSE_REACH: usize = 10;

/// Where the subject of the verb at `verb` ends when a relative clause of
/// words only stands between them: `the number of ships that used the
/// canal so far this year reached` ends at `that`. The word before the
/// pronoun is a noun (no function word, no verb of report: `said that`
/// opens what was said).
fn before_relative_clause(s: &Sentence<'_>, verb: usize) -> usize {
    (verb.saturating_sub(RELATIVE_CLAUSE_REACH)..verb)
        .rev()
        .take_while(|&k| s.is_word(k) || s.is_number(k))
        .find(|&k| s.is_any(k, RELATIVE_PRONOUNS))
        .filter(|&k| {
            k > 0
                && s.is_word(k - 1)
                && !s.has(k - 1, Class::FUNCTION | Class::SPEECH)
                && !verb_like(s, k - 1)
        })
        .unwrap_or(verb)
}

/// What an amount is given in or for: `$40 million in damage`, `€2bn in
/// new loans`, `$3bn for reconstruction`, `£2bn on defence`: `in`, `for` or
/// `on` and a noun with no determiner (`in the region` says where, `for
/// the year` when), not a time, a month or a place.
fn amount_in(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    if !s.is_any(figure.tail, MEASURE_AMOUNT_PREPOSITIONS) || s.is_any(figure.tail + 1, DETERMINERS)
    {
        return None;
    }
    let (first, end) = noun_phrase(s, figure.tail + 1, true)?;
    let head = end - 1;
    let when_or_where = (first..end).any(|k| {
        s.capitalized(k)
            || s.has(
                k,
                Class::TIME_UNIT | Class::MONTH | Class::WEEKDAY | Class::PLACE,
            )
    });
    (!when_or_where && s.is_word(head)).then_some((first, end))
}

/// The verb whose object an amount is, when nothing else names it: `the
/// firm earned $11 billion`, `the agency appealed for $7.7 billion`,
/// `winning three points`: a form in `-ed` or `-ing` right before the
/// figure (and its hedge), with the `for` that may follow it.
fn verb_of_object(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let q = hedged_start(s, figure.lead);
    let verb = q.checked_sub(1)?;
    let (verb, end) = if s.is_any(verb, FOR) {
        (verb.checked_sub(1)?, q)
    } else {
        (verb, q)
    };
    let past = s.is_word(verb)
        && !s.has(verb, Class::FUNCTION)
        && !after_determiner(s, verb)
        && (lower_ends_with(s, verb, PAST_TENSE_ENDINGS)
            || lower_ends_with(s, verb, PRESENT_PARTICIPLE_ENDINGS)
            || s.has(verb, Class::CHANGE));
    past.then_some((verb, end))
}

/// Whether the word at `k` follows a determiner, which makes a form in
/// `-ed` or `-ing` an adjective or a noun (`each printed sample`, `in the
/// evening`), not a verb.
fn after_determiner(s: &Sentence<'_>, k: usize) -> bool {
    k > 0 && (s.is_any(k - 1, DETERMINERS) || s.is_any(k - 1, DISTRIBUTIVE_DETERMINERS))
}

/// The side of a game a side of its score belongs to, as the sentence names
/// it (`side_of_score` of the `2` and the `1` of `Sweden beat Chile 2-1` are
/// `Sweden` and `Chile`). After a verb of scoring the first number is the
/// subject's (`Tunisia lost 1–2 to England`) and the second the object's or
/// the name after a preposition of the opponent; a passive verb turns them
/// round (`Chile were beaten 2-0 by Spain`). With no verb, each side is the
/// name written beside it (`Belgium 3 – 0 Panama`), and a noun of a result
/// names the opponent after it (`a 2-1 win over Peru`).
fn side_of_score(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let (first, second) = super::figure::score_pair(s, figure.start)?;
    let opponent_after = |k: usize| {
        let mut k = k;
        if !s.is_any(k, OPPONENT_PREPOSITIONS) {
            return None;
        }
        k += 1;
        while s.is_any(k, ARTICLES) {
            k += 1;
        }
        name_from(s, k)
    };
    let verb = (first.saturating_sub(4)..first)
        .rev()
        .find(|&k| s.is_any(k, SCORE_VERBS));
    let (left, right) = match verb {
        Some(verb) => {
            let passive = verb > 0 && s.is_any(verb - 1, PASSIVE_AUXILIARIES);
            let mut end = verb;
            while end > 0
                && (s.is_any(end - 1, PASSIVE_AUXILIARIES) || s.is_any(end - 1, HAVE_FORMS))
            {
                end -= 1;
            }
            let subject = name_until(s, end);
            if passive {
                let agent = s
                    .is_any(second + 1, BY)
                    .then(|| name_from(s, second + 2))
                    .flatten();
                (agent, subject)
            } else {
                let object = name_until(s, first).filter(|&(start, _)| start > verb);
                (subject, object.or_else(|| opponent_after(second + 1)))
            }
        }
        None => {
            let result = (second + 1..=second + 2).find(|&k| s.is_any(k, SCORE_NOUNS));
            let right = name_from(s, second + 1)
                .or_else(|| result.and_then(|noun| opponent_after(noun + 1)));
            (name_until(s, first), right)
        }
    };
    if figure.start == first { left } else { right }
}

/// Whether the word at `k` can be part of a name: capitalized, and no
/// function word or word of time (`The`, `On`, `Monday`, `Yesterday`).
fn in_name(s: &Sentence<'_>, k: usize) -> bool {
    s.is_word(k)
        && s.capitalized(k)
        && !s.has(
            k,
            Class::FUNCTION | Class::TIME_REFERENCE | Class::WEEKDAY | Class::MONTH,
        )
}

/// The name of up to four capitalized words ending before token `end`.
fn name_until(s: &Sentence<'_>, end: usize) -> Option<Range> {
    let mut start = end;
    while start > 0 && end - start < 4 && in_name(s, start - 1) {
        start -= 1;
    }
    (start < end).then_some((start, end))
}

/// The name of up to four capitalized words starting at token `from`.
fn name_from(s: &Sentence<'_>, from: usize) -> Option<Range> {
    let mut end = from;
    while end < s.len() && end - from < 4 && in_name(s, end) {
        end += 1;
    }
    (end > from).then_some((from, end))
}

/// What a length of time is the length of, when no noun after it says: the
/// verb whose object it is (`spending twelve years`), or the verb, with its
/// object, before a preposition of duration (`questioned him for two
/// hours`, `has been waging for almost 15 years`, `halted the broadcasts
/// within 48 hours`): a verb in `-ed` or `-ing` within four words before the
/// preposition, with only its object between (`cooked each printed sample
/// for 3 minutes`: a form after a determiner is no verb).
fn duration_of(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let q = hedged_start(s, figure.lead);
    let verb_at = |k: usize| {
        s.is_word(k)
            && !s.has(k, Class::FUNCTION)
            && !after_determiner(s, k)
            && (lower_ends_with(s, k, PAST_TENSE_ENDINGS)
                || lower_ends_with(s, k, PRESENT_PARTICIPLE_ENDINGS))
    };
    if q > 0 && verb_at(q - 1) {
        return Some((q - 1, q));
    }
    // `for the next 30 hours`, `over the last 30 years`
    let mut p = q;
    while p > 0 && (s.is_any(p - 1, DETERMINERS) || s.is_any(p - 1, RELATIVE_TIME_DETERMINERS)) {
        p -= 1;
    }
    let preposition = p.checked_sub(1)?;
    if !s.is_any(preposition, DURATION_PREPOSITIONS) {
        return None;
    }
    let object = |k: usize| {
        s.is_word(k)
            && (!s.has(k, Class::FUNCTION)
                || s.is_any(k, OBJECT_PRONOUNS)
                || s.is_any(k, DETERMINERS)
                || s.is_any(k, DISTRIBUTIVE_DETERMINERS))
    };
    (preposition.saturating_sub(4)..preposition)
        .rev()
        .take_while(|&k| object(k))
        .find(|&k| verb_at(k))
        .map(|verb| (verb, preposition))
}

/// The noun a figure stands in apposition to: `The fine, $3 million, was
/// paid`: the figure between commas right after a noun phrase.
fn in_apposition(s: &Sentence<'_>, figure: &Figure) -> Option<Range> {
    let closed = s.is(figure.tail, ",") || figure.tail >= s.len();
    if figure.lead < 2 || !s.is(figure.lead - 1, ",") || !closed {
        return None;
    }
    phrase_before(s, figure.lead - 1, false)
}

/// Whether the `by` at `k` names the agent of a participle in `-ed` that
/// follows a noun: `people displaced by the floods`, `homes destroyed by
/// the fire`.
fn agent_after_noun(s: &Sentence<'_>, k: usize) -> bool {
    k >= 2
        && lower_ends_with(s, k - 1, PAST_TENSE_ENDINGS)
        && s.is_word(k - 2)
        && !s.has(k - 2, Class::FUNCTION)
}

/// The noun phrase ending before token `end`, with the phrases that modify
/// it (`the death toll from the earthquake in the north`), up to fourteen
/// tokens; with `of`, the noun before `of` alone (`a depth of 10 km`).
fn phrase_before(s: &Sentence<'_>, end: usize, of: bool) -> Option<Range> {
    let mut start = end;
    while start > 0 && end - start < 14 {
        let k = start - 1;
        // Modifying phrases belong to the subject of a verb, not to the
        // noun before `of` (`struck at a depth of 10 km`).
        let inner = !of && start < end && k > 0 && s.is_word(k - 1);
        // `the number of people employed decreased`: a participle after a
        // noun, just before the verb, modifies the noun.
        let postmodifier = start == end
            && !s.has(k, Class::CHANGE | Class::LEVEL)
            && k > 0
            && s.is_word(k - 1)
            && !s.has(k - 1, Class::FUNCTION)
            && !verb_like(s, k - 1);
        // `the number of people displaced by the floods`: a participle and
        // its agent after a noun modify the noun.
        let agent = !of && start < end && s.is_any(k, BY) && agent_after_noun(s, k);
        let participle_of_agent =
            !of && start < end && s.is_any(start, BY) && agent_after_noun(s, start);
        if s.is_word(k)
            && !s.has(k, Class::FUNCTION)
            && (!verb_like(s, k) || plural_noun(s, k) || postmodifier || participle_of_agent)
        {
            start = k;
        } else if inner && s.is_any(k, MODIFYING_PREPOSITIONS)
            || agent
            || s.is_any(k, OF) && start < end && k > 0 && s.is_word(k - 1)
        {
            // `the number of refugees`, `deaths from the virus`
            start = k;
        } else if inner && s.is_number(k) {
            // `a magnitude 6.8 earthquake`
            start = k;
        } else if !of
            && start < end
            && (s.is_any(k, ARTICLES) || s.is_any(k, IMPERSONAL_POSSESSIVES))
            && k > 0
            && (s.is_any(k - 1, OF)
                || s.is_any(k - 1, MODIFYING_PREPOSITIONS)
                || s.is_any(k - 1, BY) && agent_after_noun(s, k - 1))
        {
            // `deaths from the virus`
            start = k;
        } else if s.is_one_of(k, &["'", "’"]) && k > 0 && s.joined(k - 1) && s.is_word(k - 1) {
            start = k;
        } else if s.is(k, "-") && k > 0 && s.joined(k - 1) && s.joined(k) && s.is_word(k - 1) {
            // `a pre-tax profit of`
            start = k;
        } else {
            break;
        }
    }
    while start < end
        && (s.is_any(start, OF)
            || s.is_one_of(start, &["'", "’"])
            || s.is_any(start, ARTICLES)
            || s.is_any(start, IMPERSONAL_POSSESSIVES)
            || s.is_any(start, MODIFYING_PREPOSITIONS)
            || s.is_number(start))
    {
        start += 1;
    }
    (start < end).then_some((start, end))
}

/// The head of a measure: the last word before the first phrase that
/// modifies it (`toll` in `death toll from the earthquake`).
fn head_of(s: &Sentence<'_>, (first, end): Range) -> usize {
    (first + 1..end)
        .find(|&k| s.is_any(k, MODIFYING_PREPOSITIONS))
        .map_or(end - 1, |k| k - 1)
}

#[cfg(test)]
mod tests {
    use super::super::figure::{Parse, figure_at};
    use super::*;

    /// Each figure of `text` with its unit, qualifier and measure text.
    fn readings(text: &str) -> Vec<(String, Option<Unit>, Qualifier, Option<String>)> {
        let mut tokens = Vec::new();
        let s = Sentence::whole(text, &mut tokens);
        let mut out = Vec::new();
        let mut previous = None;
        let mut i = 0;
        while i < s.len() {
            match figure_at(&s, i) {
                Parse::Figure(f) => {
                    let reading = read(&s, &f, previous).ok();
                    previous = reading.or(previous);
                    out.push((
                        s.slice(f.start, f.end).to_owned(),
                        reading.map(|r| r.unit),
                        qualifier(&s, &f).0,
                        reading
                            .and_then(|r| r.measure)
                            .map(|(a, b)| s.slice(a, b).to_owned()),
                    ));
                    i = f.tail.max(f.end);
                }
                Parse::Skip(end, _) => i = end.max(i + 1),
                Parse::Nothing => i += 1,
            }
        }
        out
    }

    fn check(text: &str, unit: Option<Unit>, qualifier: Qualifier, measure: Option<&str>) {
        let found = readings(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let (_, u, q, m) = &found[0];
        assert_eq!((*u, *q, m.as_deref()), (unit, qualifier, measure), "{text}");
    }

    #[test]
    fn a_count_per_a_unit_of_time_is_a_rate() {
        let unit_of = |text: &str| readings(text)[0].1.map(|unit| unit.to_string());
        assert_eq!(
            unit_of("The camp took in 2,000 people a day in June.").as_deref(),
            Some("people/day")
        );
        assert_eq!(
            unit_of("The airline runs 40 flights per week to Lisbon.").as_deref(),
            Some("count/week")
        );
        assert_eq!(
            unit_of("The airline buys 2.4 billion gallons of jet fuel a year.").as_deref(),
            Some("gallon/year")
        );
        assert_eq!(
            unit_of("The mine ships 300 tonnes of ore a day by rail.").as_deref(),
            Some("tonnes/day")
        );
        // A time phrase that dates the count is no rate.
        assert_eq!(
            unit_of("The flood killed 5 people a year ago.").as_deref(),
            Some("people")
        );
    }

    #[test]
    fn hedges_before_the_figure() {
        use Qualifier::*;
        let people = Some(Unit::PEOPLE);
        check("at least 12 people died", people, AtLeast, Some("people"));
        check("more than 300 migrants", people, MoreThan, Some("migrants"));
        check("nearly 40 teachers", people, About, Some("teachers"));
        check("some 2,000 troops", people, About, Some("troops"));
        check("up to 50 patients", people, UpTo, Some("patients"));
        check(
            "an estimated 9,000 residents",
            people,
            Estimated,
            Some("residents"),
        );
        check("fewer than 10 nurses", people, LessThan, Some("nurses"));
        check("as many as 80 miners", people, UpTo, Some("miners"));
        check("approx. 30 guests", people, About, Some("guests"));
        check("another 5,000 voters", people, Exact, Some("voters"));
        check("5,000 or more voters", people, AtLeast, Some("voters"));
        check(
            "inflation of 4% or below",
            Some(Unit::PERCENT),
            UpTo,
            Some("inflation"),
        );
        check("200 or so protesters", people, About, Some("protesters"));
        check(
            "seats from 5,000 rupees and up",
            Some(Unit::INR),
            AtLeast,
            None,
        );
    }

    #[test]
    fn up_to_after_a_verb_of_movement_is_no_hedge() {
        let percent = Some(Unit::PERCENT);
        check(
            "the bank could cut up to 900 jobs",
            Some(Unit::COUNT),
            Qualifier::UpTo,
            Some("jobs"),
        );
        check(
            "the agency recorded up to 300 deaths",
            Some(Unit::PEOPLE),
            Qualifier::UpTo,
            Some("deaths"),
        );
        check(
            "the rate ticked up to 5.2%",
            percent,
            Qualifier::Exact,
            Some("rate"),
        );
        check(
            "prices went up to 3%",
            percent,
            Qualifier::Exact,
            Some("prices"),
        );
        check(
            "up to 40% of homes",
            percent,
            Qualifier::UpTo,
            Some("homes"),
        );
    }

    #[test]
    fn negated_verbs_of_exceeding_bound_from_above() {
        check(
            "fines not exceeding $5,000",
            Some(Unit::USD),
            Qualifier::UpTo,
            None,
        );
    }

    #[test]
    fn verbs_of_exceeding_bound_from_below() {
        check(
            "the death toll topped 120",
            Some(Unit::PEOPLE),
            Qualifier::MoreThan,
            Some("death toll"),
        );
        check(
            "claims exceeded 9,000",
            Some(Unit::COUNT),
            Qualifier::MoreThan,
            Some("claims"),
        );
    }

    #[test]
    fn a_verb_before_is_no_estimate() {
        check(
            "The agency estimated 300 residents",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("residents"),
        );
        check(
            "damage estimated at $5 billion",
            Some(Unit::USD),
            Qualifier::Estimated,
            Some("damage"),
        );
    }

    #[test]
    fn nouns_for_people_give_people_and_other_nouns_count() {
        check(
            "1,200 homes were damaged",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("homes"),
        );
        check(
            "300 Palestinians",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("Palestinians"),
        );
        check(
            "Hundreds of US marines",
            Some(Unit::PEOPLE),
            Qualifier::Vague,
            Some("US marines"),
        );
        check(
            "40 armed men fled",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("armed men"),
        );
    }

    #[test]
    fn context_gives_people_when_no_noun_follows() {
        use Qualifier::*;
        let people = Some(Unit::PEOPLE);
        check("at least 12 were killed", people, AtLeast, Some("killed"));
        check("Thousands protested", people, Vague, Some("protested"));
        check(
            "the blast killed at least 12.",
            people,
            AtLeast,
            Some("killed"),
        );
        check(
            "the roof fell in, killing 12.",
            people,
            Exact,
            Some("killing"),
        );
        check("a crowd of 5,000 gathered", people, Exact, Some("crowd"));
        check("a port city of 2 million", people, Exact, Some("port city"));
        check(
            "the death toll rose to 45.",
            people,
            Exact,
            Some("death toll"),
        );
        check("sent 200 home as evacuees", people, Exact, Some("evacuees"));
        check("40 of them were nurses", people, Exact, Some("nurses"));
        check(
            "Of the victims, 9 were children.",
            people,
            Exact,
            Some("children"),
        );
    }

    #[test]
    fn an_amount_with_no_noun_is_what_its_verb_did() {
        let usd = Some(Unit::USD);
        check(
            "The bank earned $4.2 billion.",
            usd,
            Qualifier::Exact,
            Some("earned"),
        );
        check(
            "The agency appealed for $7.7 billion.",
            usd,
            Qualifier::Exact,
            Some("appealed for"),
        );
        // A noun after the figure still names it first.
        check(
            "The bank earned $4.2 billion in fees.",
            usd,
            Qualifier::Exact,
            Some("fees"),
        );
    }

    #[test]
    fn a_level_that_holds_names_its_subject() {
        let percent = Some(Unit::PERCENT);
        for text in [
            "joblessness stayed at 6.1 percent.",
            "joblessness remained at 6.1 percent.",
            "joblessness hovered at 6.1 percent.",
        ] {
            check(text, percent, Qualifier::Exact, Some("joblessness"));
        }
    }

    #[test]
    fn a_figure_without_a_noun_shares_the_noun_before_it() {
        let found = readings("The quake killed 12 people and injured 40.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1, Some(Unit::PEOPLE));
    }

    #[test]
    fn an_amount_names_what_it_is_given_in() {
        check(
            "The storm caused $40 million in damage.",
            Some(Unit::USD),
            Qualifier::Exact,
            Some("damage"),
        );
        check(
            "The bank offered €2 billion in new loans.",
            Some(Unit::EUR),
            Qualifier::Exact,
            Some("new loans"),
        );
        check(
            "The council set aside $3 million for reconstruction.",
            Some(Unit::USD),
            Qualifier::Exact,
            Some("reconstruction"),
        );
        check(
            "The state spent £2 billion on defence.",
            Some(Unit::GBP),
            Qualifier::Exact,
            Some("defence"),
        );
        // `for the year` says when, not what: the verb names the amount.
        check(
            "They raised $3 million for the year.",
            Some(Unit::USD),
            Qualifier::Exact,
            Some("raised"),
        );
        // Where and when are not what; the verb is.
        check(
            "They raised $3 million in the region.",
            Some(Unit::USD),
            Qualifier::Exact,
            Some("raised"),
        );
        check(
            "They raised $3 million in March.",
            Some(Unit::USD),
            Qualifier::Exact,
            Some("raised"),
        );
        check(
            "They hold $3 million in the region.",
            Some(Unit::USD),
            Qualifier::Exact,
            None,
        );
    }

    #[test]
    fn an_amount_in_apposition_names_its_noun() {
        check(
            "The fine, $3 million, was paid on Monday.",
            Some(Unit::USD),
            Qualifier::Exact,
            Some("fine"),
        );
        check(
            "After the vote, 40% said they were pleased.",
            Some(Unit::PERCENT),
            Qualifier::Exact,
            None,
        );
    }

    #[test]
    fn a_large_figure_counts_the_subject_of_its_verb() {
        check(
            "waiting lists hit a record 6.1m.",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("waiting lists"),
        );
        let found = readings("The number of people sleeping rough rose by a third to 3,069.");
        assert_eq!(found[1].1, Some(Unit::PEOPLE));
        assert_eq!(
            found[1].3.as_deref(),
            Some("number of people sleeping rough")
        );
    }

    #[test]
    fn adjectives_in_ly_and_nouns_that_look_like_verbs_head_a_measure() {
        check(
            "1,500 likely voters",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("likely voters"),
        );
        check(
            "40 million monthly listeners",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("monthly listeners"),
        );
        check(
            "218 reports of theft",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("reports"),
        );
        assert_eq!(readings("12 reportedly died")[0].3.as_deref(), Some("died"));
    }

    #[test]
    fn adverbs_after_a_noun_end_its_phrase() {
        check(
            "fired 30 rockets overnight",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("rockets"),
        );
        check(
            "12 straight home wins",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("straight home wins"),
        );
        check(
            "2 million cases worldwide",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("cases"),
        );
    }

    #[test]
    fn initialisms_are_part_of_a_measure() {
        check(
            "some 800 U.S. marines",
            Some(Unit::PEOPLE),
            Qualifier::About,
            Some("U.S. marines"),
        );
    }

    #[test]
    fn a_part_of_a_whole_in_words_and_other_members() {
        let found = readings("It will shut two of its seven plants.");
        assert_eq!(found[0].3.as_deref(), Some("plants"), "{found:?}");
        check(
            "with 140 other passengers",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("passengers"),
        );
    }

    #[test]
    fn more_words_around_a_count() {
        check(
            "hire 150 more officers",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("officers"),
        );
        let found = readings("It runs 300 of its planned 1,700 daily flights.");
        assert_eq!(found[0].3.as_deref(), Some("daily flights"), "{found:?}");
        check(
            "the death toll rose to nine",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("death toll"),
        );
        let found = readings("Sales rose to 800 homes, up from 700 two years ago.");
        assert_eq!(found[1].3.as_deref(), Some("homes"), "{found:?}");
    }

    #[test]
    fn an_object_brought_to_a_figure_is_its_measure() {
        check(
            "The blast raised the death toll to 37.",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("death toll"),
        );
        check(
            "The plan would triple the number of nurses to 3,000.",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("number of nurses"),
        );
        check(
            "The city will double the number of buses to 800.",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("number of buses"),
        );
        check(
            "Another 2,000 were treated in hospital.",
            Some(Unit::PEOPLE),
            Qualifier::Exact,
            Some("treated"),
        );
    }

    #[test]
    fn a_figure_after_a_preposition_of_place_is_no_more_of_the_same() {
        let found = readings("She had 3 children and moved to Lyon at 17.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1, None, "{found:?}");
        assert_eq!(
            readings("paid 600 CFA francs sewn in a coat")[0].1,
            Some(Unit::XOF)
        );
        let found = readings("Scores fell in 27 districts, and in 9 of them the drop was sharp.");
        assert_eq!(found[1].1, Some(Unit::COUNT), "{found:?}");
    }

    #[test]
    fn review_cases_keep_their_counts() {
        check(
            "40 high schools closed",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("high schools"),
        );
        check(
            "Inspectors measured 300 homes for damp.",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("homes"),
        );
        // The start of a change takes the unit of its end.
        let found = readings("Support rose to 45% from 41 in May.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1, Some(Unit::PERCENT), "{found:?}");
        let found = readings("It happened to 40 people, six of whom died.");
        assert_eq!(found[1].1, Some(Unit::PEOPLE), "{found:?}");
    }

    #[test]
    fn a_count_is_a_whole_number() {
        assert_eq!(readings("the rupee closed at 84.72 on Friday")[0].1, None);
        assert_eq!(readings("women have 1.6 children on average")[0].1, None);
        assert_eq!(readings("4.1 million voters")[0].1, Some(Unit::PEOPLE));
    }

    #[test]
    fn a_figure_after_a_share_counts_what_the_share_was_of() {
        let found =
            readings("About 40% of patients waited a month, while 12,000 had waited a year.");
        assert_eq!(found[1].1, Some(Unit::PEOPLE), "{found:?}");
        assert_eq!(found[1].3.as_deref(), Some("patients"));
    }

    #[test]
    fn a_part_of_something_named_before_counts_it() {
        let found = readings("The school has 900 pupils, 40 of whom board.");
        assert_eq!(found[1].1, Some(Unit::PEOPLE), "{found:?}");
        let found = readings("The port has 60 cranes, 12 of which are idle.");
        assert_eq!(found[1].1, Some(Unit::COUNT), "{found:?}");
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        let found = readings("Only 4 of the 31 county councils agreed.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, Some(Unit::COUNT));
        assert_eq!(found[0].3.as_deref(), Some("county councils"));
        assert_eq!(found[1].3.as_deref(), Some("county councils"));
    }

    #[test]
    fn a_noun_phrase_runs_through_model_numbers_and_plural_nouns() {
        check(
            "six F-16 jets landed",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("F-16 jets"),
        );
        check(
            "12 police reports were filed",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("police reports"),
        );
        let found = readings("The union counted 40 members, it states that clearly.");
        assert_eq!(found[0].3.as_deref(), Some("members"));
    }

    #[test]
    fn a_subject_keeps_the_phrases_that_modify_it() {
        // The magnitude is a claim of its own; the toll's subject keeps it.
        let found =
            readings("The death toll from the magnitude 7.1 quake in the south rose to 212.");
        assert_eq!(found[0].1, Some(Unit::MAGNITUDE), "{found:?}");
        assert_eq!(found[1].1, Some(Unit::PEOPLE), "{found:?}");
        assert_eq!(
            found[1].3.as_deref(),
            Some("death toll from the magnitude 7.1 quake in the south")
        );
        check(
            "The number of buses in service fell to 3,100.",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("number of buses in service"),
        );
    }

    #[test]
    fn hyphens_currency_prefixes_and_times_bound_a_measure() {
        check(
            "a pre-tax loss of £40m",
            Some(Unit::GBP),
            Qualifier::Exact,
            Some("pre-tax loss"),
        );
        check(
            "cut 500 jobs last year",
            Some(Unit::COUNT),
            Qualifier::Exact,
            Some("jobs"),
        );
        let found = readings("It got 19% of the US$40 million it sought.");
        assert_eq!(found[0].3, None, "{found:?}");
    }

    #[test]
    fn the_noun_before_of_stands_alone() {
        let found = readings("The quake struck at a depth of 10 km.");
        assert_eq!(found[0].3.as_deref(), Some("depth"));
    }

    #[test]
    fn a_phrase_of_time_after_a_figure_says_when_not_what() {
        let found = readings("Arrivals rose to 9,100 homes, up from 8,700 the year before.");
        assert_eq!(found[1].1, Some(Unit::COUNT), "{found:?}");
        assert_eq!(found[1].3.as_deref(), Some("homes"));
        let found = readings("Some 310 nurses quit, compared with 270 last year.");
        assert_eq!(found[1].1, Some(Unit::PEOPLE), "{found:?}");
        // A length of time is now a claim of its own unit, not a count.
        assert_eq!(readings("for 7 years")[0].1, Some(Unit::YEAR));
        // Seasons are lengths of time of their own.
        let found = readings("after two summers of drought");
        assert_eq!(found[0].1, Some(Unit::SEASON), "{found:?}");
    }

    #[test]
    fn dimensions_readings_and_expectations_are_not_measures() {
        assert_eq!(readings("a tremor measuring 4.3")[0].1, None);
        let found = readings("a queue 3 km long");
        assert_eq!((found[0].1, found[0].3.as_deref()), (Some(Unit::KM), None));
        let found =
            readings("Output rose by 120,000 cars, short of the 150,000 analysts had expected.");
        assert_eq!(found[1].3.as_deref(), Some("cars"), "{found:?}");
        assert_eq!(found[1].1, Some(Unit::COUNT));
    }

    #[test]
    fn a_figure_that_counts_nothing_is_dropped() {
        assert_eq!(readings("the vote fell 12 to 340")[0].1, None);
        // A stock index's level is in points.
        let index = readings("the index fell 12 to 340");
        assert_eq!(index[1].1, Some(Unit::INDEX_POINTS), "{index:?}");
        assert_eq!(readings("12 deaths per 100,000")[1].1, None);
        assert_eq!(readings("the vote was 52")[0].1, None);
    }

    #[test]
    fn shares_keep_their_unit_and_name_what_they_share() {
        check(
            "about 96 percent of the island",
            Some(Unit::PERCENT),
            Qualifier::About,
            Some("island"),
        );
        check(
            "half of the city’s housing stock",
            Some(Unit::FRACTION),
            Qualifier::Exact,
            Some("city’s housing stock"),
        );
        check(
            "unemployment stood at 7.5%",
            Some(Unit::PERCENT),
            Qualifier::Exact,
            Some("unemployment"),
        );
    }
}
