//! Who a figure comes from: a direct quote and its speaker, `according to
//! X`, statistics provided by X, `X said` before or after the figure, or the
//! outlet's own voice.
//!
//! Sources are noun phrases as written (`the health ministry`, `police`,
//! `Amnesty International`). A pronoun (`he said`) is resolved to the
//! nearest named source of a verb of speech in the sentences before it; if
//! there is none, the pronoun itself is reported.
//!
//! The words the rules read are the language pack's `attribution.yaml` and
//! the general classes of `words.yaml`, through the lexicon's classes and
//! the `ATTRIBUTION_*` and `WORDS_*` tables.

use crate::model::AttributionKind;

use super::discourse::{self, Fit};
use super::lexicon::Class;
use super::rules::{Rule, attribution as rules};
use super::sentence::{self, Sentence};
use super::token::{Token, tokenize};
use super::unit;
use crate::lang::{
    ATTRIBUTION_ADJUNCT_OPENERS as ADJUNCT_OPENERS,
    ATTRIBUTION_COMMITMENT_NOUNS as COMMITMENT_NOUNS, ATTRIBUTION_COUNTING_VERBS as COUNTING_VERBS,
    ATTRIBUTION_DECLARATION_NOUNS as DECLARATION_NOUNS, ATTRIBUTION_DEMAND_VERBS as DEMAND_VERBS,
    ATTRIBUTION_DOCUMENT_OPENERS as DOCUMENT_OPENERS, ATTRIBUTION_ESTIMATE_NOUNS as ESTIMATE_NOUNS,
    ATTRIBUTION_EXPECTATION_VERBS as EXPECTATION_VERBS,
    ATTRIBUTION_FIGURE_OPENERS as FIGURE_OPENERS, ATTRIBUTION_HEARER_VERBS as HEARER_VERBS,
    ATTRIBUTION_LOCATIVE_ADVERBS as LOCATIVE_ADVERBS, ATTRIBUTION_MEDIA_NOUNS as MEDIA_NOUNS,
    ATTRIBUTION_NAME_PREPOSITIONS as NAME_PREPOSITIONS,
    ATTRIBUTION_PREVERBAL_ADVERBS as PREVERBAL_ADVERBS,
    ATTRIBUTION_PROVENANCE_PARTICIPLES as PROVENANCE_PARTICIPLES,
    ATTRIBUTION_PUBLICATION_VERBS as PUBLICATION_VERBS, ATTRIBUTION_PUT_FORMS as PUT_FORMS,
    ATTRIBUTION_QUOTING_VERBS as QUOTING_VERBS, ATTRIBUTION_RECORD_VERBS as RECORD_VERBS,
    ATTRIBUTION_REPORT_ADJUNCT_OPENERS as REPORT_ADJUNCT_OPENERS,
    ATTRIBUTION_REPORT_MODIFIERS as REPORT_MODIFIERS, ATTRIBUTION_REVISED_NOUNS as REVISED_NOUNS,
    ATTRIBUTION_REVISION_VERBS as REVISION_VERBS,
    ATTRIBUTION_SOURCE_PREPOSITIONS as SOURCE_PREPOSITIONS,
    ATTRIBUTION_SPEECH_PARTICIPLES as SPEECH_PARTICIPLES,
    ATTRIBUTION_TIME_ADJUNCT_OPENERS as TIME_ADJUNCT_OPENERS,
    ATTRIBUTION_TRANSITIVE_SPEECH_PARTICIPLES as TRANSITIVE_SPEECH_PARTICIPLES,
    ATTRIBUTION_TRANSITIVE_SPEECH_VERBS as TRANSITIVE_SPEECH_VERBS,
    ATTRIBUTION_VALUATION_VERBS as VALUATION_VERBS, ATTRIBUTION_VALUE_OPENERS as VALUE_OPENERS,
    FIGURE_OTHER_WORDS as OTHER_WORDS, MEASURE_AGGREGATE_NOUNS as AGGREGATE_NOUNS,
    WORDS_ABBREVIATIONS as ABBREVIATIONS, WORDS_ADVERB_ENDINGS as ADVERB_ENDINGS,
    WORDS_ARTICLES as ARTICLES, WORDS_CLAUSE_OPENERS as CLAUSE_OPENERS,
    WORDS_COMPLEMENTIZER as COMPLEMENTIZER, WORDS_CONJUNCTION_AND as AND,
    WORDS_CONJUNCTION_BUT as BUT,
    WORDS_CONSONANT_INDEFINITE_ARTICLE as CONSONANT_INDEFINITE_ARTICLE,
    WORDS_DEFINITE_ARTICLE as DEFINITE_ARTICLE, WORDS_HAVE_FORMS as HAVE_FORMS,
    WORDS_INDEFINITE_ARTICLES as INDEFINITE_ARTICLES,
    WORDS_INDEFINITE_PRONOUNS as INDEFINITE_PRONOUNS,
    WORDS_PASSIVE_AUXILIARIES as PASSIVE_AUXILIARIES,
    WORDS_PAST_TENSE_ENDINGS as PAST_TENSE_ENDINGS, WORDS_PLURAL_ENDINGS as PLURAL_ENDINGS,
    WORDS_POSSESSIVE_DETERMINERS as POSSESSIVE_DETERMINERS,
    WORDS_POSSESSIVE_ENDINGS as POSSESSIVE_ENDINGS, WORDS_PREPOSITION_AS as AS,
    WORDS_PREPOSITION_AT as AT, WORDS_PREPOSITION_BY as BY, WORDS_PREPOSITION_FOR as FOR,
    WORDS_PREPOSITION_FROM as FROM, WORDS_PREPOSITION_OF as OF, WORDS_PREPOSITION_TO as TO,
    WORDS_SEQUENCE_ADVERBS as SEQUENCE_ADVERBS, WORDS_SUBJECT_PRONOUNS as SUBJECT_PRONOUNS,
    WORDS_THIRD_PERSON_POSSESSIVES as THIRD_PERSON_POSSESSIVES,
};
use crate::vocab::Dimension;

/// A source found for a figure: how it is attributed, and the byte range
/// of the phrase naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Source {
    pub kind: AttributionKind,
    pub span: Option<(usize, usize)>,
    /// The rule that found it.
    pub rule: &'static Rule,
}

impl Source {
    pub(crate) const UNATTRIBUTED: Source = Source {
        kind: AttributionKind::Unattributed,
        span: None,
        rule: &rules::OUTLET_VOICE,
    };

    /// A source of `kind` at `span`, found by `rule`.
    pub(crate) fn new(kind: AttributionKind, span: (usize, usize), rule: &'static Rule) -> Source {
        Source {
            kind,
            span: Some(span),
            rule,
        }
    }

    /// This source as found by `rule`: a pronoun resolved to its source
    /// keeps that rule, and no source stays the outlet's voice.
    fn by(self, rule: &'static Rule) -> Source {
        if self.kind == AttributionKind::Unattributed
            || std::ptr::eq(self.rule, &rules::PRONOUN_OF_FITTING_KIND)
        {
            self
        } else {
            Source { rule, ..self }
        }
    }
}

/// Where the quotation holding a figure opens and closes (byte offsets of
/// the quotation marks); `close` is `None` when it runs to the line's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    pub open: usize,
    pub close: Option<usize>,
}

fn lower_ed(s: &Sentence<'_>, k: usize) -> bool {
    let word = s.str(k);
    !s.capitalized(k) && word.len() > 4 && PAST_TENSE_ENDINGS.ends(word, 0)
}

/// Whether the past participle at `k` opens a phrase that modifies the
/// noun before it inside a subject (`Doctors linked to the movement`, `a
/// report issued by the ministry`): a noun before it and a preposition
/// after it, other than the `to` of a receiver.
fn modifying_participle(s: &Sentence<'_>, k: usize) -> bool {
    // `Statistics supplied to reporters`: `to` after a participle of
    // provenance names who received them, not who gave them.
    let to_a_receiver = s.is_any(k, PROVENANCE_PARTICIPLES) && s.is_any(k + 1, TO);
    k < s.len()
        && !to_a_receiver
        && lower_ed(s, k)
        && k > 0
        && s.is_word(k - 1)
        && !s.has(k - 1, Class::FUNCTION)
        && !lower_ed(s, k - 1)
        && s.is_in(k + 1, &[BY, TO, NAME_PREPOSITIONS])
}

/// Punctuation or a year inside a name: `US-led`, `AT&T`, `Marks &
/// Spencer`, `farmers' union`, `U.N.`, `Reuters/Ipsos`, `the 2024 labour
/// force survey`.
fn joins_name(s: &Sentence<'_>, k: usize) -> bool {
    if (s.is(k, "&") || s.is_any(k, AND)) && k > 0 && s.capitalized(k - 1) && s.capitalized(k + 1) {
        return true;
    }
    // A year inside a name, but not the end of a date (`March 2024 police`).
    let year = s.str(k).len() == 4
        && s.str(k).bytes().all(|b| b.is_ascii_digit())
        && ("1800".."2101").contains(&s.str(k));
    let determined = k > 0
        && (s.is_in(
            k - 1,
            &[
                DEFINITE_ARTICLE,
                CONSONANT_INDEFINITE_ARTICLE,
                THIRD_PERSON_POSSESSIVES,
            ],
        ) || POSSESSIVE_ENDINGS.ends(s.str(k - 1), 0));
    if year && determined && s.is_word(k + 1) && !s.has(k + 1, Class::FUNCTION) {
        return true;
    }
    k > 0
        && s.joined(k - 1)
        && match s.str(k) {
            "-" | "&" => s.joined(k),
            // `Reuters/Ipsos`, `NBC/WSJ`: two names that share a poll.
            "/" => s.joined(k) && s.capitalized(k - 1) && s.capitalized(k + 1),
            "'" | "’" => s.is_word(k - 1),
            // `U.N.`, `Gov. Jane Doe`, `Harwick Steel Corp. said`
            "." => {
                s.is_word(k - 1) && s.str(k - 1).len() == 1
                    || title(s, k - 1)
                    || s.capitalized(k - 1) && s.is_any(k - 1, ABBREVIATIONS)
            }
            _ => false,
        }
}

/// Whether the word at `k` is an abbreviated title before a name: a short
/// capitalized word, its full stop and a capitalized word after it (`Gov.
/// Jane Doe`, `Sen. Smith`, `Dr. Ruiz`).
fn title(s: &Sentence<'_>, k: usize) -> bool {
    s.is_word(k)
        && s.capitalized(k)
        && s.str(k).len() <= 4
        && s.is(k + 1, ".")
        && s.is_word(k + 2)
        && s.capitalized(k + 2)
}

/// The subject of the verb at `v`: the noun phrase before it, past
/// auxiliaries, adverbs, a day (`on Monday`) and an apposition between commas
/// (`Jane Doe, a spokeswoman, said`).
pub(crate) fn subject_before(s: &Sentence<'_>, v: usize) -> Option<(usize, usize)> {
    let mut end = v;
    while end > 0
        && s.is_word(end - 1)
        // `officials previously said`; but `Mary Kelly said`.
        && (s.has(end - 1, Class::AUXILIARY)
            || ADVERB_ENDINGS.ends(s.str(end - 1), 0) && !s.capitalized(end - 1)
            // `a doctor there said`, `ISAF often says`
            || (s.is_any(end - 1, LOCATIVE_ADVERBS) || s.is_any(end - 1, PREVERBAL_ADVERBS))
                && end >= 2
                && s.is_word(end - 2))
        && !s.has(end - 1, Class::PRONOUN)
    {
        end -= 1;
    }
    if end >= 3 && s.has(end - 1, Class::WEEKDAY) && s.is_any(end - 2, TIME_ADJUNCT_OPENERS) {
        // `a report issued by the ministry on Thursday said`
        end -= 2;
    }
    if end >= 2 && end < v && lower_ed(s, end - 1) && s.is_word(end - 2) {
        // `figures released on Monday showed`: a participle and its day
        // between the subject and its verb.
        end -= 1;
    }
    if end > 0 && s.is(end - 1, ")") {
        // `the World Health Organization (WHO) said`
        end = (end.saturating_sub(8)..end - 1)
            .rev()
            .find(|&k| s.is(k, "("))?;
    }
    if end > 0 && s.is(end - 1, ",") {
        // An apposition: take the noun phrase before the comma that opens it.
        // With no comma before it, a short opening phrase is the subject,
        // set off by a stray comma: `The security firm Vulnlab, has said`.
        let open = (end.saturating_sub(14)..end - 1)
            .rev()
            .find(|&k| s.is(k, ","));
        end = match open {
            Some(open) => open,
            // Not `Recipients, said Maurer, are ...`: the speaker follows.
            None if end <= 11
                && (0..end - 1).all(|k| s.is_word(k))
                && !(v + 1 < s.len() && s.capitalized(v + 1)) =>
            {
                end - 1
            }
            None => return None,
        };
    }
    let mut start = end;
    while start > 0 && end - start < 10 {
        let k = start - 1;
        if s.is_word(k) {
            let class = s.class(k);
            if class.has(Class::FUNCTION) {
                // `other figures showed`: a determiner of a further one.
                if s.is_in(k, &[ARTICLES, OTHER_WORDS]) || class.has(Class::PRONOUN) {
                    start = k;
                    // `a report by the institute`, `the head of the agency`:
                    // the determiner of an inner phrase.
                    let inner_phrase = k >= 2
                        && s.is_word(k - 2)
                        && !s.has(k - 2, Class::FUNCTION)
                        && (s.is_any(k - 1, NAME_PREPOSITIONS)
                            || s.is_any(k - 1, BY)
                                && s.has(k - 2, Class::DOCUMENT | Class::STATISTICS)
                            || modifying_participle(s, k - 2));
                    if inner_phrase && !class.has(Class::PRONOUN) {
                        continue;
                    }
                    break;
                }
                let inner =
                    start < end && k > 0 && s.is_word(k - 1) && !s.has(k - 1, Class::FUNCTION);
                // `Doctors Without Borders`
                let title_case = start < end
                    && k > 0
                    && s.capitalized(k)
                    && s.capitalized(k - 1)
                    && s.capitalized(start);
                if title_case {
                    start = k;
                    continue;
                }
                if s.is_any(k, AND) && start < end && joins_name(s, k) {
                    // `the College of Nursing and Midwifery`
                    start = k;
                    continue;
                }
                let by_a_document =
                    s.is_any(k, BY) && k > 0 && s.has(k - 1, Class::DOCUMENT | Class::STATISTICS);
                let after_participle = k > 0 && modifying_participle(s, k - 1);
                if (s.is_any(k, NAME_PREPOSITIONS) || by_a_document || after_participle) && inner {
                    start = k;
                    continue;
                }
                break;
            }
            let hyphenated = k > 0 && s.is(k - 1, "-") && s.joined(k - 1);
            // `last month police said`: a time ends the name before it.
            let time = s.has(k, Class::MONTH | Class::WEEKDAY | Class::TIME_UNIT);
            if start < end && modifying_participle(s, k) {
                // `Doctors linked to the movement said`, `a report issued
                // by the ministry said`
                start = k;
                continue;
            }
            if time && start < end
                || (lower_ed(s, k) && !hyphenated)
                || class.has(Class::SPEECH) && !class.has(Class::DOCUMENT | Class::STATISTICS)
            {
                break;
            }
            start = k;
        } else if joins_name(s, k) {
            start = k;
        } else if s.is(k, ")")
            && start < end
            && let Some(open) = (k.saturating_sub(8)..k).rev().find(|&m| s.is(m, "("))
        {
            // `Public Health Scotland (PHS) data showed`
            start = open;
        } else if start < end
            && s.is_number(k)
            && !s.has(start, Class::SCALE)
            && k > 1
            && s.is_any(k - 1, NAME_PREPOSITIONS)
            && s.is_word(k - 2)
            && !s.has(k - 2, Class::FUNCTION)
        {
            // `a survey of 2,000 adults found`: a number inside the name.
            start = k;
        } else {
            break;
        }
    }
    while start < end && s.is_any(start, NAME_PREPOSITIONS) {
        start += 1;
    }
    let named = (start..end).any(|k| !s.has(k, Class::FUNCTION) || s.has(k, Class::PRONOUN));
    // `$37.73 billion tallied a year earlier`, `across four states`: a
    // figure or its scale is no subject.
    let scale = (start..end).all(|k| s.is_number(k) || s.has(k, Class::SCALE | Class::NUMBER_WORD));
    // `School data sent to the Gazette shows`: the receiver of the
    // figures is no subject; the figures are, when they are named for a
    // source (bare `Statistics supplied to reporters` name none).
    if start >= 3
        && s.is_any(start - 1, TO)
        && s.is_any(start - 2, PROVENANCE_PARTICIPLES)
        && s.has(start - 3, Class::STATISTICS | Class::DOCUMENT)
    {
        return subject_before(s, start - 2).filter(|&(a, b)| {
            (a..b).any(|k| !s.has(k, Class::STATISTICS | Class::DOCUMENT | Class::FUNCTION))
        });
    }
    (start < end && named && !scale).then_some((start, end))
}

/// The noun phrase starting at `k` (`the coalition`, `John Smith`, `a report
/// by the ministry`), up to ten tokens; stops at a comma, a verb form or a
/// function word other than an inner `of`/`for`/`at`/`from`.
pub(crate) fn phrase_after(s: &Sentence<'_>, k: usize) -> Option<(usize, usize)> {
    let mut end = k;
    while s.is_in(end, &[ARTICLES, THIRD_PERSON_POSSESSIVES]) {
        end += 1;
    }
    let first_word = end;
    while end < s.len() && end - k < 10 {
        if s.is_word(end) {
            let class = s.class(end);
            if class.has(Class::FUNCTION) {
                // `the Office for the Environment`, `Doctors Without
                // Borders`, `Ambassador to the United Nations`
                // `the Irish Nurses and Midwives Organisation`
                let in_a_name = end > first_word
                    && s.capitalized(end - 1)
                    && (s.capitalized(end) && s.capitalized(end + 1)
                        || s.is_any(end, AND) && s.capitalized(end + 1)
                        || s.is_in(end, &[OF, FOR, TO])
                            && s.is_any(end + 1, DEFINITE_ARTICLE)
                            && s.capitalized(end + 2));
                let inner = in_a_name
                    || s.is_in(end, &[OF, FOR, AT])
                        && end > first_word
                        && s.is_word(end + 1)
                        && !s.has(end + 1, Class::FUNCTION | Class::WEEKDAY | Class::MONTH)
                    || s.is_any(end, DEFINITE_ARTICLE)
                        && end > first_word
                        && (s.is_in(end - 1, &[OF, FOR, AT])
                            || s.is_any(end - 1, TO) && s.capitalized(end + 1));
                if !inner {
                    break;
                }
            } else if end > first_word
                && (lower_ed(s, end)
                    || s.has(end, Class::WEEKDAY | Class::MONTH)
                    || class.has(Class::SPEECH)
                        && !class.has(Class::DOCUMENT | Class::STATISTICS)
                        // `the United States`: a capital inside a name is
                        // no verb.
                        && !(s.capitalized(end) && s.capitalized(end - 1)))
            {
                break;
            }
            end += 1;
        } else if joins_name(s, end) {
            end += 1;
        } else {
            break;
        }
    }
    while end > first_word && s.has(end - 1, Class::FUNCTION) {
        end -= 1;
    }
    (end > first_word).then_some((k, end))
}

/// `according to X`, `statistics provided by X`, `X statistics provided to
/// Y`, `figures from X`, `a report by X`: the source named in a phrase that
/// starts at `k` (after `according to`) or is the sentence's statistics.
fn source_phrase(s: &Sentence<'_>, k: usize, default: AttributionKind) -> Option<Source> {
    let (start, end) = phrase_after(s, k)?;
    let head = end - 1;
    let mut after = end;
    if s.is_any(after, PROVENANCE_PARTICIPLES) {
        after += 1;
        // `results released on Wednesday by the department`
        while s.is_any(after, TIME_ADJUNCT_OPENERS) || s.has(after, Class::WEEKDAY | Class::MONTH) {
            after += 1;
        }
        if s.is_any(after, TO) {
            // `statistics provided to the paper by the ministry`: the
            // provider follows the receiver.
            if let Some((_, receiver_end)) = phrase_after(s, after + 1)
                && s.is_in(receiver_end, &[BY, FROM])
                && let Some((provider_start, provider_end)) = phrase_after(s, receiver_end + 1)
            {
                return Some(Source::new(
                    AttributionKind::StatisticsProvided,
                    byte_span(s, provider_start, provider_end),
                    &rules::SPEAKER_BEFORE_FIGURE,
                ));
            }
            // `coalition statistics provided to the paper`: the statistics
            // are named for their source; the receiver is not it. Bare
            // `statistics provided to the paper` name no source at all.
            if (start..end).all(|k| s.has(k, Class::STATISTICS | Class::FUNCTION)) {
                return None;
            }
            return Some(Source::new(
                AttributionKind::StatisticsProvided,
                byte_span(s, start, end),
                &rules::SPEAKER_BEFORE_FIGURE,
            ));
        }
    }
    let statistics = s.has(head, Class::STATISTICS);
    // `the report of 2005`: a year after `of` names no source, and the
    // document is the source.
    if s.is_in(after, &[BY, FROM, OF])
        && (statistics || s.has(head, Class::DOCUMENT))
        && let Some((inner_start, inner_end)) = phrase_after(s, after + 1)
    {
        return Some(Source::new(
            if statistics {
                AttributionKind::StatisticsProvided
            } else {
                default
            },
            source_span(s, inner_start, inner_end),
            &rules::SPEAKER_BEFORE_FIGURE,
        ));
    }
    Some(Source::new(
        default,
        source_span(s, start, end),
        &rules::SPEAKER_BEFORE_FIGURE,
    ))
}

fn byte_span(s: &Sentence<'_>, start: usize, end: usize) -> (usize, usize) {
    (s.tokens[start].start, s.tokens[end - 1].end)
}

/// The bytes of the source that tokens `start..end` name: the named
/// possessor of a document or medium (`the State Election Commission's
/// website`, `the WHO's latest report`), as `a report by X` is X's;
/// otherwise the phrase itself. A possessor that names no one (`the
/// agency's latest figures`) stands for a source named before, and the
/// phrase stays whole.
fn source_span(s: &Sentence<'_>, start: usize, end: usize) -> (usize, usize) {
    let head = end - 1;
    let document = s.has(head, Class::DOCUMENT | Class::STATISTICS) || s.is_any(head, MEDIA_NOUNS);
    // The possessor, with at most two words describing the document after
    // it (`Oxfam's annual report`, `the WHO's latest weekly bulletin`).
    let possessor = (start.max(head.saturating_sub(3))..head)
        .rev()
        .take_while(|&k| s.is_word(k))
        .find_map(|k| Some((k, possessive_ending(s.str(k))?)))
        .filter(|&(k, _)| (k + 1..head).all(|m| !s.has(m, Class::FUNCTION)));
    if document && let Some((possessor, ending)) = possessor {
        let named = (start..=possessor).any(|k| s.capitalized(k) && !s.has(k, Class::FUNCTION));
        if named {
            let (first, last) = byte_span(s, start, possessor + 1);
            return (first, last - ending.len());
        }
    }
    byte_span(s, start, end)
}

/// The possessive ending of `word` (`'s`, `’s`, `s'`), when a name stands
/// before it.
fn possessive_ending(word: &str) -> Option<&'static str> {
    POSSESSIVE_ENDINGS
        .iter()
        .find(|ending| word.len() > ending.len() && word.ends_with(*ending))
        .copied()
}

/// Where a verb of speech stands relative to the figure it attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    /// `The ministry said 300 ...`: the verb introduces the figure.
    Before,
    /// `... 300 homes, the ministry said.`: the verb closes the sentence.
    After,
}

/// Whether the word at `v` is used as a verb of speech with a source.
fn speech_verb(s: &Sentence<'_>, v: usize, position: Position) -> bool {
    let class = s.class(v);
    if !(class.has(Class::SPEECH) || s.is_any(v, REVISION_VERBS)) || !s.is_word(v) {
        return false;
    }
    if v > 0 && s.is_in(v - 1, &[ARTICLES, DEFINITE_ARTICLE, PASSIVE_AUXILIARIES]) {
        // `an estimated`, `the forecast`, `was reported`: no subject speaks.
        return false;
    }
    // `11 confirmed cases`, `11 new confirmed cases`, `40 reported
    // deaths`: between a figure and its noun a participle modifies the
    // noun.
    let after_figure = |k: usize| s.is_number(k) || s.has(k, Class::NUMBER_WORD);
    let figure_before = v >= 1 && after_figure(v - 1)
        || v >= 2 && after_figure(v - 2) && s.is_word(v - 1) && !s.has(v - 1, Class::FUNCTION);
    if figure_before
        && PAST_TENSE_ENDINGS.ends(s.str(v), 0)
        && s.is_word(v + 1)
        && !s.has(v + 1, Class::FUNCTION)
    {
        return false;
    }
    // `a unique light show`, `the group's previous estimate`: a base form
    // is a verb of the class whose `-s` form is one too (`show`,
    // `estimate`).
    // Built only when asked: this runs for every verb of report.
    let base_form = || {
        let word = s.str(v).to_ascii_lowercase();
        PLURAL_ENDINGS.iter().any(|ending| {
            crate::lang::WORDS_SPEECH_AMBIGUOUS.contains(&format!("{word}{ending}").as_str())
        })
    };
    // `its report`, `the group's estimate`: a word just after a possessive
    // is the possessor's noun; so is a base form after a possessive and an
    // adjective that dates a report (`the group's previous estimate`); but
    // `the agency's figures show`, `its estimate put`.
    let possessive = |k: usize| {
        s.is_any(k, THIRD_PERSON_POSSESSIVES)
            || s.is_word(k) && POSSESSIVE_ENDINGS.ends(s.str(k), 0)
    };
    let after_possessive = v >= 1 && possessive(v - 1)
        || v >= 2 && possessive(v - 2) && s.is_any(v - 1, REPORT_MODIFIERS) && base_form();
    if after_possessive {
        return false;
    }
    if position == Position::After {
        // `..., officials said.`, `..., figures show.`, `..., he added on
        // Monday`, `..., she told reporters`.
        let next = v + 1;
        return next >= s.len()
            || s.is_any(v, HEARER_VERBS)
            || s.kind(next) == Some(super::token::Kind::Punct) && !s.is_one_of(next, &["-", "$"])
            || s.is_any(next, REPORT_ADJUNCT_OPENERS)
            || s.has(next, Class::WEEKDAY);
    }
    // `Paris claims she spent twelve years`: a pronoun that is only ever
    // a subject opens the reported clause, as `that` does.
    // So does a short noun phrase before a finite `be` or `have`: `DOH
    // added most dengue cases were reported`; not `employers added 500
    // jobs`.
    let subject_then_verb = || {
        (v + 2..(v + 6).min(s.len()))
            .find(|&k| !s.is_word(k) || s.is_in(k, &[PASSIVE_AUXILIARIES, HAVE_FORMS]))
            .is_some_and(|k| {
                s.is_in(k, &[PASSIVE_AUXILIARIES, HAVE_FORMS])
                    && (v + 1..k).all(|m| s.is_word(m) && !s.has(m, Class::PRONOUN))
            })
    };
    let clause_follows =
        s.is_any(v + 1, COMPLEMENTIZER) || s.is_any(v + 1, SUBJECT_PRONOUNS) || subject_then_verb();
    let next_is_content = clause_follows
        || s.is_in(v + 1, &[ARTICLES, FIGURE_OPENERS])
        || s.is_number(v + 1)
        || s.has(v + 1, Class::NUMBER_WORD | Class::PLURAL_MAGNITUDE);
    // `at` then the figure: `put the toll at 300`, `measured it at
    // magnitude 6.0`; not `put 40 chairs at the door`.
    let value_at = |k: usize| s.is_any(k, AT) && value_at_word(s, k + 1);
    if s.is_any(v, VALUATION_VERBS) && (v + 1..(v + 10).min(s.len())).any(value_at) {
        return true;
    }
    // `officials raised the death toll to 48`: a reported figure's new
    // value, given with `to`; not `the bank raised rates to 5%`.
    if s.is_any(v, REVISION_VERBS) {
        let to = (v + 2..(v + 10).min(s.len())).find(|&k| s.is_any(k, TO));
        return to.is_some_and(|to| {
            (v + 1..to).any(|k| s.is_any(k, REVISED_NOUNS)) && value_at_word(s, to + 1)
        });
    }
    // `police counted 5,000 marchers`; but `exports recorded a 12% rise`.
    // So is `recorded a total of 212 rescues`.
    let figure_at = |k: usize| s.is_number(k) || s.has(k, Class::NUMBER_WORD | Class::HEDGE_END);
    let total_of = s.is_any(v + 1, ARTICLES)
        && s.is_any(v + 2, AGGREGATE_NOUNS)
        && s.is_any(v + 3, OF)
        && figure_at(v + 4);
    let record_of_a_figure = s.is_any(v, COUNTING_VERBS) && (figure_at(v + 1) || total_of);
    let strict = (s.is_any(v, TRANSITIVE_SPEECH_VERBS)
        || s.is_any(v, COUNTING_VERBS) && !record_of_a_figure)
        && !clause_follows;
    let documented = || {
        subject_before(s, v).is_some_and(|subject| {
            s.has(
                subject_head(s, subject),
                Class::STATISTICS | Class::DOCUMENT,
            )
        })
    };
    if strict && documented() {
        // `The survey found Smith on 49%`
        return true;
    }
    if class.has(Class::SPEECH_AMBIGUOUS) && !next_is_content {
        return false;
    }
    // `a unique light show that can be seen`: a base form after a subject
    // opened by `a` does not agree with it, so it is the subject's noun.
    if class.has(Class::SPEECH_AMBIGUOUS)
        && base_form()
        && subject_before(s, v).is_some_and(|(start, _)| s.is_any(start, INDEFINITE_ARTICLES))
    {
        return false;
    }
    if strict {
        return false;
    }
    if s.is_any(v, PUT_FORMS) {
        // `put` reports only a value given `at`, handled above.
        return false;
    }
    true
}

/// Whether a figure opens at token `k`, after the `at` or `to` that gives a
/// value (`put the toll at 300`, `at magnitude 6.0`, `to nearly 1,578`,
/// `at $3 billion`); not `put 40 chairs at the door`.
fn value_at_word(s: &Sentence<'_>, k: usize) -> bool {
    s.is_number(k)
        || s.is_word(k) && !s.has(k, Class::FUNCTION) && s.is_number(k + 1)
        || s.has(k, Class::NUMBER_WORD | Class::HEDGE_END)
        || s.is_one_of(k, &["$", "£", "€"])
        || s.is_any(k, VALUE_OPENERS)
}

/// The head of a subject: its last word before an inner preposition (`poll`
/// in `a poll of 1,500 voters`, `analysis` in `analysis by the institute`).
fn subject_head(s: &Sentence<'_>, (start, end): (usize, usize)) -> usize {
    (start + 1..end)
        .find(|&k| s.is_in(k, &[NAME_PREPOSITIONS, BY]) || modifying_participle(s, k))
        .map_or(end - 1, |k| k - 1)
}

/// Whether a subject is only a pronoun (`he`, `they`, `which`).
fn is_pronoun(s: &Sentence<'_>, (start, end): (usize, usize)) -> bool {
    end - start == 1 && s.has(start, Class::PRONOUN)
}

/// Whether a subject opens just after a figure and is the figure's own
/// phrase: a share of the people asked (`percent of people` in `31 percent
/// of people said`, `Another 33 percent said`, `a third of voters said`),
/// who answer for themselves, or a clause on the figure (`percent gain
/// economists` in `the 3 percent gain economists had predicted`). Neither
/// is the source of the figures around it.
fn respondents(s: &Sentence<'_>, (start, _): (usize, usize)) -> bool {
    // Not `the Jan. 30-31 poll found`: a date before a subject.
    let share_after_a_number = start > 0
        && (s.is_number(start - 1) || s.has(start - 1, Class::NUMBER_WORD))
        && unit::unit_after(s, start, false)
            .is_some_and(|found| found.unit.dimension() == Dimension::Share);
    let fraction_of = start >= 2
        && s.is_any(start - 1, OF)
        && s.has(
            start - 2,
            Class::HALF | Class::DENOMINATOR | Class::DENOMINATORS,
        );
    share_after_a_number || fraction_of
}

/// Whether a subject is what a figure before it counts, with a determiner
/// before both (`the 75,968 cases reported last year`): its verb is a
/// participle of the noun phrase, and the things counted report nothing.
fn counted_by_the_figure(s: &Sentence<'_>, (start, _): (usize, usize)) -> bool {
    start >= 2
        && (s.is_number(start - 1) || s.has(start - 1, Class::NUMBER_WORD))
        && s.is_any(start - 2, ARTICLES)
}

/// The kind a subject gives its verb's report: statistics when the subject
/// is statistics (`Government data showed`).
fn kind_of_subject(s: &Sentence<'_>, subject: (usize, usize)) -> AttributionKind {
    if s.has(subject_head(s, subject), Class::STATISTICS) {
        AttributionKind::StatisticsProvided
    } else {
        AttributionKind::ReportedSpeech
    }
}

/// The source of a figure at tokens `lead..end` of `s`, not in quotation
/// marks.
pub(crate) fn attribute(s: &Sentence<'_>, lead: usize, end: usize) -> Source {
    // `according to X`
    if let Some(after) =
        (0..s.len()).find_map(|k| s.phrase_at(k, SOURCE_PREPOSITIONS).map(|len| k + len))
    {
        if let Some(source) = source_phrase(s, after, AttributionKind::AccordingTo) {
            return source.by(&rules::ACCORDING_TO);
        }
        // `According to her, 200 were missing`: the pronoun stands for the
        // nearest earlier source of its kind.
        if let Some(fit) = discourse::pronoun_fit(s, (after, after + 1))
            && let Some(span) = named_source_before(s.text, s.tokens[after].start, fit)
        {
            return Source::new(
                AttributionKind::AccordingTo,
                span,
                &rules::PRONOUN_OF_FITTING_KIND,
            );
        }
    }
    // `statistics provided by X`, `figures from X` as a phrase of their own.
    for k in 0..s.len() {
        let direct = s.is_in(k + 1, &[FROM, BY]);
        let published = s.is_any(k + 1, PUBLICATION_VERBS) && s.is_in(k + 2, &[BY, FROM, TO]);
        // `figures from last year`, `data from March`: a time, not a provider.
        let after = k + if direct { 2 } else { 3 };
        if s.has(k, Class::STATISTICS) && (direct || published) && !names_a_time(s, after) {
            let start = (0..k)
                .rev()
                .take_while(|&m| s.is_word(m) && !s.has(m, Class::FUNCTION))
                .last()
                .unwrap_or(k);
            // `data from over 2,700 airports`: a provider is named, not
            // counted; the statistics alone are no source.
            let provider_named = |source: &Source| {
                !direct || source.span.is_some_and(|(a, _)| a > s.tokens[start].start)
            };
            if let Some(source) = source_phrase(s, start, AttributionKind::StatisticsProvided)
                && source.kind == AttributionKind::StatisticsProvided
                && provider_named(&source)
            {
                return source.by(&rules::STATISTICS_PROVIDER);
            }
        }
    }
    // `..., police said.` / `..., said a spokesman.` after the figure.
    for v in end..s.len() {
        // `..., said Jane Doe, a county official.`
        if s.is(v - 1, ",")
            && s.has(v, Class::QUOTE_VERB)
            && s.is_word(v)
            && let Some(subject) = phrase_after(s, v + 1)
            && !is_pronoun(s, subject)
        {
            return reported(s, subject, AttributionKind::ReportedSpeech)
                .by(&rules::SPEAKER_AFTER_FIGURE);
        }
        if !speech_verb(s, v, Position::After) {
            continue;
        }
        if let Some(subject) = subject_before(s, v).map(|subject| coordinated(s, subject, end))
            && subject.0 > end
            && matches!(s.str(subject.0 - 1), "," | "”" | "\"" | "—" | "–")
            && !ends_a_list(s, subject)
            && !respondents(s, subject)
        {
            // `The ministry confirmed 39 were rescued, AFP reported`: the
            // figure is in the ministry's words, which AFP reports.
            if let Some(inner) = named_speaker_before(s, lead) {
                return reported(s, inner, kind_of_subject(s, inner)).by(&rules::NESTED_REPORT);
            }
            return reported(s, subject, kind_of_subject(s, subject))
                .by(&rules::SPEAKER_AFTER_FIGURE);
        }
    }
    if let Some(speaker) = quoted_as_saying(s, lead) {
        return reported(s, speaker, kind_of_subject(s, speaker)).by(&rules::QUOTED_AS_SAYING);
    }
    // `X said (that) ... figure`: the nearest verb before the figure, but a
    // named subject before a pronoun (`the director announced her office
    // has documented`).
    let mut pronoun = None;
    for v in (0..lead).rev() {
        if v > 0
            && s.is(v - 1, ",")
            && s.is_any(v, SPEECH_PARTICIPLES)
            && let Some(source) = speaker_of_clause_before(s, v - 1)
        {
            return source.by(&rules::PARTICIPLE_CONTINUES_SPEAKER);
        }
        if !speech_verb(s, v, Position::Before) {
            continue;
        }
        // `The union rejected the offer and said 300 members ...`: a second
        // verb shares the subject that opens the sentence.
        let coordinated = || {
            let verb = if v > 0 && s.is_any(v - 1, SEQUENCE_ADVERBS) {
                v - 1
            } else {
                v
            };
            let subject = opening_subject(s, verb)?;
            (verb > 0 && s.is_in(verb - 1, &[AND, BUT])).then_some(subject)
        };
        let Some(subject) = subject_before(s, v).or_else(coordinated) else {
            continue;
        };
        // `31 percent of people said ..., while 26 percent said`: the
        // people asked answer for themselves.
        if closes_a_clause(s, v, lead) || respondents(s, subject) {
            continue;
        }
        if s.has(subject.0, Class::PRONOUN) {
            // `he`, `her office`: keep looking for a named subject.
            pronoun.get_or_insert(subject);
            continue;
        }
        // `the commissioner said the state had recorded 21 deaths`: a record
        // reported by a speaker is the speaker's.
        if s.is_any(v, RECORD_VERBS)
            && let Some(outer) = (0..subject.0).rev().find_map(|u| {
                let speaks = !s.is_any(u, RECORD_VERBS) && speech_verb(s, u, Position::Before);
                subject_before(s, u).filter(|_| speaks)
            })
            && !s.has(outer.0, Class::PRONOUN)
        {
            return reported(s, outer, kind_of_subject(s, outer));
        }
        let source = reported(s, subject, kind_of_subject(s, subject));
        // `economists had forecast 3% growth`: a verb of expecting is a verb
        // of speech too, and the figure is what its subject expects.
        let passive = v > 0 && s.is_any(v - 1, PASSIVE_AUXILIARIES);
        if s.is_any(v, EXPECTATION_VERBS) && !passive {
            return source.by(&rules::EXPECTED_BY_SUBJECT);
        }
        return source;
    }
    if let Some(subject) = pronoun {
        return reported(s, subject, AttributionKind::ReportedSpeech);
    }
    if let Some(source) = declared(s, lead) {
        return source;
    }
    if let Some(source) = possessed_estimate(s, lead) {
        return source;
    }
    if let Some(subject) = setter(s, lead, end) {
        return reported(s, subject, AttributionKind::ReportedSpeech).by(&rules::SET_BY_SUBJECT);
    }
    if let Some(subject) = expecter(s, lead, end) {
        return reported(s, subject, AttributionKind::ReportedSpeech)
            .by(&rules::EXPECTED_BY_SUBJECT);
    }
    if let Some(document) = document_opening(s) {
        return Source::new(
            AttributionKind::ReportedSpeech,
            byte_span(s, document.0, document.1),
            &rules::IN_A_DOCUMENT,
        );
    }
    Source::UNATTRIBUTED
}

/// The subject of a verb of demanding whose object is the figure, past an
/// article: `the union demanded 300 more nurses`, `the city has called for
/// 40 tankers`.
fn demander(s: &Sentence<'_>, lead: usize) -> Option<(usize, usize)> {
    let mut object = super::measure::hedged_start(s, lead);
    while object > 0 && s.is_any(object - 1, ARTICLES) {
        object -= 1;
    }
    let verb = (object.saturating_sub(2)..object)
        .find(|&k| s.phrase_at(k, DEMAND_VERBS) == Some(object - k))?;
    let subject = subject_before(s, verb)?;
    (!s.is_any(subject.0, INDEFINITE_PRONOUNS)).then_some(subject)
}

/// Whether a time opens at token `k` (`last year`, `March`, `2019`): after
/// `figures from` it says when, not who provided them.
fn names_a_time(s: &Sentence<'_>, k: usize) -> bool {
    s.is_any(k, crate::lang::MEASURE_RELATIVE_TIME_DETERMINERS)
        || s.has(k, Class::MONTH | Class::WEEKDAY)
        || s.is_number(k)
}

/// Whom a source quotes before the figure at `lead`: `DPA quoted an
/// official as saying that floods killed 15`, `Reuters cited a police
/// spokesman as saying`. The one quoted speaks, not the outlet quoting.
fn quoted_as_saying(s: &Sentence<'_>, lead: usize) -> Option<(usize, usize)> {
    let saying = (1..lead)
        .rev()
        .find(|&k| s.is_any(k, SPEECH_PARTICIPLES) && s.is_any(k - 1, AS))?;
    let quoted = (saying.saturating_sub(10)..saying - 1)
        .rev()
        .find(|&k| s.is_any(k, QUOTING_VERBS))?;
    let (start, end) = phrase_after(s, quoted + 1)?;
    (end == saying - 1 && start < end).then_some((start, end))
}

/// Whoever expects the figure at tokens `lead..end`: the subject of a verb
/// of expecting whose object it is (`Analysts are expecting $12.72
/// billion`, `economists expect about 200,000 jobs`), or the subject of a
/// clause of expecting after the figure's noun (`the 3 percent gain
/// economists had predicted`, `the $4bn the ministry forecast`).
/// How far before a figure the verb of expecting whose infinitive holds it
/// is looked for, in tokens (`expects its operating profit to fall 19.7% to
/// ¥4.3 trillion`).
const INFINITIVE_REACH: usize = 14;

fn expecter(s: &Sentence<'_>, lead: usize, end: usize) -> Option<(usize, usize)> {
    // Before: the verb, then at most four tokens of hedge, sign, article or
    // the words of its object (`expected a more modest 48.66 billion`,
    // `forecast profit of $2 billion`).
    let object = (lead.saturating_sub(5)..lead).rev().find(|&v| {
        // `the forecast of 4.1 million` is a noun.
        let noun = v > 0 && s.is_in(v - 1, &[ARTICLES, DEFINITE_ARTICLE]);
        s.is_any(v, EXPECTATION_VERBS)
            && !noun
            && (v + 1..lead).all(|k| {
                !s.is_word(k)
                    || s.is_in(k, &[ARTICLES, FIGURE_OPENERS, OF])
                    || s.has(k, Class::HEDGE_END)
                    || !s.capitalized(k) && !s.has(k, Class::FUNCTION | Class::SPEECH)
            })
            && (v + 1..lead)
                .all(|k| !s.is(k, ",") && !s.is_any(k, COMPLEMENTIZER) && !s.is_any(k, TO))
    });
    if let Some(v) = object {
        // `damages were expected to exceed $5m`: what is expected is the
        // subject, and who expects it is not said.
        if v > 0 && s.is_any(v - 1, PASSIVE_AUXILIARIES) && s.is_any(v + 1, TO) {
            return None;
        }
        // `Analysts are expecting`: the progressive's `are` is no passive.
        let verb = if v > 0 && s.is_any(v - 1, PASSIVE_AUXILIARIES) {
            v - 1
        } else {
            v
        };
        return subject_before(s, verb).filter(|&subject| !respondents(s, subject));
    }
    // `the brewer expects its exports to climb 8% to 2.4 million litres`, `the
    // council has projected ridership to reach 4 million`: the verb, its
    // object, and `to` with the infinitive whose figures are expected.
    let infinitive = (lead.saturating_sub(INFINITIVE_REACH)..lead)
        .rev()
        .find(|&v| {
            let noun = v > 0 && s.is_in(v - 1, &[ARTICLES, DEFINITE_ARTICLE]);
            let passive = v > 0 && s.is_any(v - 1, PASSIVE_AUXILIARIES);
            let Some(to) = (v + 2..lead.min(v + 8)).find(|&k| s.is_any(k, TO)) else {
                return false;
            };
            s.is_any(v, EXPECTATION_VERBS)
                && !noun
                && !passive
                && s.is_word(to + 1)
                && (v + 1..to).all(|k| {
                    (s.is_word(k) || s.is_number(k))
                        && !s.is_any(k, COMPLEMENTIZER)
                        && !s.has(k, Class::SPEECH)
                })
                && (to + 1..lead).all(|k| !s.is(k, ",") && !s.is_any(k, COMPLEMENTIZER))
        });
    if let Some(v) = infinitive {
        return subject_before(s, v).filter(|&subject| !respondents(s, subject));
    }
    // After: the figure's noun, a subject, perhaps `had`, and the verb
    // closing the clause.
    let closes = |v: usize| v + 1 >= s.len() || !s.is_word(v + 1) || s.is_in(v + 1, &[AND, BUT]);
    let v =
        (end + 2..(end + 7).min(s.len())).find(|&v| s.is_any(v, EXPECTATION_VERBS) && closes(v))?;
    let subject_end = if s.is_any(v - 1, HAVE_FORMS) {
        v - 1
    } else {
        v
    };
    // `the government forecast`, `the IMF predicted`: an article or a
    // name opens the subject; else it is the one word before the verb.
    let opened = (end..subject_end).find(|&k| s.is_any(k, ARTICLES));
    let named = (end..subject_end)
        .find(|&k| (k..subject_end).all(|m| s.capitalized(m) || joins_name(s, m)));
    // With neither, the figure's noun must stand between (`gain` in `the 3
    // percent gain economists had predicted`).
    let start = match opened.or(named) {
        Some(start) => start,
        // Not `as` in `seven miles (11 km), as predicted`.
        None if (end..subject_end - 1).any(|k| s.is_word(k) && !s.has(k, Class::FUNCTION))
            && !s.has(subject_end - 1, Class::FUNCTION) =>
        {
            subject_end - 1
        }
        None => return None,
    };
    let plain = (start..subject_end).all(|k| s.is_word(k) || joins_name(s, k));
    (start < subject_end && plain).then_some((start, subject_end))
}

/// The poll, survey or report that a sentence opens in (`In the
/// Reuters/Ipsos poll, 31 percent said`, `In a survey of 2,000 adults, ...`):
/// its figures are the document's when no speaker gives them. Not one
/// behind a possessive (`In its report`), whose owner is the source.
fn document_opening(s: &Sentence<'_>) -> Option<(usize, usize)> {
    if !s.is_any(0, DOCUMENT_OPENERS) || s.is_any(1, THIRD_PERSON_POSSESSIVES) {
        return None;
    }
    let (start, end) = phrase_after(s, 1)?;
    let head = subject_head(s, (start, end));
    s.has(head, Class::DOCUMENT).then_some((start, head + 1))
}

/// The possessor of a noun of report followed by `that` before the figure
/// (`Obama's declaration that he would withdraw 34,000 troops`, `the
/// ministry's statement that 300 homes were lost`), without its
/// possessive ending.
fn declared(s: &Sentence<'_>, lead: usize) -> Option<Source> {
    let noun = (1..lead)
        .rev()
        .find(|&k| s.is_any(k, DECLARATION_NOUNS) && s.is_any(k + 1, COMPLEMENTIZER))?;
    possessor(s, noun - 1, &rules::DECLARATION_OF_SOURCE)
}

/// The name whose possessive ends at token `possessor` (`the ministry's`,
/// `Wall Street’s`), without its ending, as the source `rule` found.
fn possessor(s: &Sentence<'_>, possessor: usize, rule: &'static Rule) -> Option<Source> {
    let ending = possessive_ending(s.str(possessor))?;
    let subject = subject_before(s, possessor + 1)?;
    let (start, end) = byte_span(s, subject.0, subject.1);
    Some(Source::new(
        AttributionKind::ReportedSpeech,
        (start, end - ending.len()),
        rule,
    ))
}

/// The possessor of the estimate, forecast or target whose value the
/// figure at `lead` gives with `of`: `the ministry's estimate of 300`,
/// `Wall Street's estimates of 20.66 billion`, `the group's latest forecast
/// of 2%`, `its target for the whole of 2013 of 9.5 per cent` (a pronoun
/// stands for the nearest earlier organisation). Not `a target of 7%`,
/// which no one owns, nor `the estimate of the ministry`.
fn possessed_estimate(s: &Sentence<'_>, lead: usize) -> Option<Source> {
    // Most figures have no such noun before them: one test a token says so
    // before the hedge is read.
    if !(lead.saturating_sub(12)..lead).any(|k| s.is_any(k, ESTIMATE_NOUNS)) {
        return None;
    }
    let hedged = super::measure::hedged_start(s, lead);
    if hedged < 3 || !s.is_any(hedged - 1, OF) {
        return None;
    }
    // The noun, perhaps with a phrase of time between it and `of`.
    let noun = (hedged.saturating_sub(8)..hedged - 1)
        .rev()
        .take_while(|&k| s.is_word(k) || s.is_number(k))
        .find(|&k| s.is_any(k, ESTIMATE_NOUNS))?;
    let mut owner = noun.checked_sub(1)?;
    if s.is_any(owner, REPORT_MODIFIERS) {
        owner = owner.checked_sub(1)?;
    }
    if s.is_any(owner, THIRD_PERSON_POSSESSIVES) {
        let fit = discourse::pronoun_fit(s, (owner, owner + 1))?;
        let span = named_source_before(s.text, s.tokens[owner].start, fit)?;
        return Some(Source::new(
            AttributionKind::ReportedSpeech,
            span,
            &rules::PRONOUN_OF_FITTING_KIND,
        ));
    }
    possessor(s, owner, &rules::POSSESSOR_OF_ESTIMATE)
}

/// The subject of the verb whose object is a target, appeal, pledge or
/// plan holding the figure at `lead..end`: the noun before `of` and the
/// figure (`set a target of 6.5 to 7 percent`) or after it, with at most
/// one word between (`launched a $415 million emergency appeal`), and the
/// verb just before the object's determiners. A target set by no one
/// named (`fell short of the 7% target`) has none.
fn setter(s: &Sentence<'_>, lead: usize, end: usize) -> Option<(usize, usize)> {
    if let Some(subject) = demander(s, lead) {
        return Some(subject);
    }
    let noun_after = (end..(end + 2).min(s.len())).find(|&k| s.is_any(k, COMMITMENT_NOUNS));
    // Most figures have no such noun near them: one bit test each says so
    // before the hedge is read.
    let noun_before = (lead.saturating_sub(5)..lead).any(|k| s.is_any(k, COMMITMENT_NOUNS));
    if noun_after.is_none() && !noun_before {
        return None;
    }
    let hedged = super::measure::hedged_start(s, lead);
    let object =
        if hedged >= 2 && s.is_any(hedged - 1, OF) && s.is_any(hedged - 2, COMMITMENT_NOUNS) {
            hedged - 2
        } else if noun_after
            .is_some_and(|noun| (end..noun).all(|k| s.is_word(k) && !s.has(k, Class::FUNCTION)))
        {
            hedged
        } else {
            return None;
        };
    let mut v = object;
    while v > 0 && s.is_in(v - 1, &[ARTICLES, THIRD_PERSON_POSSESSIVES]) {
        v -= 1;
    }
    let v = v.checked_sub(1)?;
    if !s.is_word(v) || s.capitalized(v) || s.has(v, Class::FUNCTION) {
        return None;
    }
    let subject = subject_before(s, v)?;
    (!s.is_any(subject.0, INDEFINITE_PRONOUNS)).then_some(subject)
}

/// A subject of two nouns joined by `and` after the comma that closes a
/// report (`..., the army and police said.`): [`subject_before`] stops at
/// the `and`, and the words back to the comma are the subject's first
/// half. Only between the comma and the verb: elsewhere an `and` before a
/// subject joins clauses (`12 died and officials said`).
fn coordinated(s: &Sentence<'_>, subject: (usize, usize), figure_end: usize) -> (usize, usize) {
    let (start, end) = subject;
    if start < 2 || !s.is_any(start - 1, AND) {
        return subject;
    }
    let comma = (figure_end..start - 1)
        .rev()
        .take(5)
        .take_while(|&k| s.is(k, ",") || s.is_word(k) && !s.has(k, Class::SPEECH))
        .find(|&k| s.is(k, ","));
    match comma {
        Some(comma) if comma + 1 < start - 1 => (comma + 1, end),
        _ => subject,
    }
}

/// Whether the phrase opening a sentence is its dateline: words in capitals
/// followed by a dash or a colon, or by an agency in brackets and one
/// (`NEW YORK (AP) —`, `LISBON:`). A dateline names a place, never a
/// source; but `UN (United Nations) said`.
fn dateline(s: &Sentence<'_>, (start, end): (usize, usize)) -> bool {
    let capitals =
        (start..end).all(|k| s.is_word(k) && s.str(k).bytes().all(|b| !b.is_ascii_lowercase()));
    let mark = |k: usize| s.is_one_of(k, &["—", "–", "-", ":"]);
    let after_agency = s.is(end, "(")
        && (end + 1..(end + 6).min(s.len()))
            .find(|&k| s.is(k, ")"))
            .is_some_and(|close| mark(close + 1));
    start == 0 && capitals && (mark(end) || after_agency)
}

/// Whether a subject joined by `and` after a comma is the end of a list of
/// names (`in Ondo, Bauchi, Taraba and Ebonyi states`): a name and another
/// comma before that comma. A list is no speaker.
fn ends_a_list(s: &Sentence<'_>, (start, end): (usize, usize)) -> bool {
    (start..end).any(|k| s.is_any(k, AND))
        && start >= 3
        && s.capitalized(start - 2)
        && s.is(start - 3, ",")
}

/// Whether the sentence names a source of its own: `according to`, or a
/// verb of speech with a subject.
pub(crate) fn names_a_source(s: &Sentence<'_>) -> bool {
    (0..s.len()).any(|k| s.phrase_at(k, SOURCE_PREPOSITIONS).is_some())
        || (0..s.len()).any(|v| {
            (speech_verb(s, v, Position::Before) || speech_verb(s, v, Position::After))
                && subject_before(s, v)
                    .is_some_and(|subject| !s.is_any(subject.0, INDEFINITE_PRONOUNS))
        })
}

/// The noun phrase that opens the sentence and ends before token `before`:
/// the subject of its first verb (`The mayor spoke on Monday, saying`). A
/// lone word before a comma (`Meanwhile,`) is a sentence adverb, not one.
fn opening_subject(s: &Sentence<'_>, before: usize) -> Option<(usize, usize)> {
    let (a, b) = phrase_after(s, 0).filter(|&(_, last)| last < before)?;
    let adverb = b - a == 1 && s.is(b, ",");
    (!adverb).then_some((a, b))
}

/// The speaker of the last verb of speech before token `end`: who a
/// participle (`adding that`) continues; else the subject that opens the
/// sentence (`The mayor spoke on Monday, saying`).
fn speaker_of_clause_before(s: &Sentence<'_>, end: usize) -> Option<Source> {
    let opening_subject = || {
        let subject = opening_subject(s, end)?;
        Some(reported(s, subject, kind_of_subject(s, subject)))
    };
    let speaker = (0..end).rev().find_map(|u| {
        if !s.is_word(u) || !s.has(u, Class::SPEECH | Class::QUOTE_VERB) {
            return None;
        }
        // `"...," said Jane Doe, adding`
        if u > 0
            && matches!(s.str(u - 1), "," | "\"" | "”")
            && let Some(speaker) = phrase_after(s, u + 1)
            && !is_pronoun(s, speaker)
        {
            return Some(reported(s, speaker, AttributionKind::ReportedSpeech));
        }
        let speaks = speech_verb(s, u, Position::After) || speech_verb(s, u, Position::Before);
        let subject = subject_before(s, u).filter(|_| speaks)?;
        Some(reported(s, subject, kind_of_subject(s, subject)))
    });
    // With no verb of speech before it, `adding` reports only what follows
    // `that` or a quotation mark: `opened a wing, adding 45 beds` adds beds.
    let participle = end + 1;
    let reports = !s.is_any(participle, TRANSITIVE_SPEECH_PARTICIPLES)
        || s.is_any(participle + 1, COMPLEMENTIZER)
        || s.is_one_of(participle + 1, &["\"", "“"]);
    speaker.or_else(|| opening_subject().filter(|_| reports))
}

/// Whether the verb at `v` closes the clause before it and a new clause,
/// in the outlet's voice, holds the figure at `lead`: `..., the minister
/// said on Monday, as waiting lists hit 6.1m`.
/// The named subject of the nearest verb of speech before the figure at
/// `lead` whose clause holds it (`The ministry confirmed on Sunday that 39
/// ...`); none for a pronoun, the people a poll asked or a clause closed
/// before the figure.
fn named_speaker_before(s: &Sentence<'_>, lead: usize) -> Option<(usize, usize)> {
    let v = (0..lead)
        .rev()
        .find(|&v| speech_verb(s, v, Position::Before))?;
    let subject = subject_before(s, v)?;
    let named = !s.has(subject.0, Class::PRONOUN)
        && !closes_a_clause(s, v, lead)
        && !respondents(s, subject)
        && discourse::pronoun_fit(s, subject).is_none();
    named.then_some(subject)
}

fn closes_a_clause(s: &Sentence<'_>, v: usize, lead: usize) -> bool {
    (v + 1..lead).any(|k| {
        // `said that A, and that B`: the second `that` is still reported.
        let reported_again = s.is_any(k + 1, AND) && s.is_any(k + 2, COMPLEMENTIZER);
        // `said that, as of May, ...`, `said the browser, as of May, had`: a
        // short phrase set into the reported clause between two commas.
        let set_in = k > 0 && s.is_any(k - 1, COMPLEMENTIZER)
            || (k + 2..lead.min(k + 8)).any(|m| s.is(m, ","));
        s.is(k, ",") && !reported_again && !set_in && s.is_any(k + 1, CLAUSE_OPENERS)
    })
}

fn reported(s: &Sentence<'_>, subject: (usize, usize), kind: AttributionKind) -> Source {
    if s.is_any(subject.0, INDEFINITE_PRONOUNS) {
        // `Someone said 300 ...` names nobody.
        return Source::UNATTRIBUTED;
    }
    // `to $42.8bn from the previously reported`: a source names no
    // figure; what follows the last numeral or scale word in the phrase is
    // all it can be, past the prepositions that open it.
    // (`A survey of 900 firms` holds a number that counts its noun.)
    let subject = match (subject.0..subject.1).rev().find(|&k| {
        (s.is_number(k) || s.has(k, Class::SCALE))
            && s.has(k + 1, Class::FUNCTION)
            && !s.is_in(k + 1, &[OF, ARTICLES])
    }) {
        Some(numeral) => {
            let start = (numeral + 1..subject.1)
                .find(|&k| !s.has(k, Class::FUNCTION) || s.is_any(k, ARTICLES))
                .unwrap_or(subject.1);
            if start >= subject.1 || (start..subject.1).all(|k| s.is_any(k, ARTICLES)) {
                return Source::UNATTRIBUTED;
            }
            (start, subject.1)
        }
        None => subject,
    };
    // `analysis by the institute found`: the institute is the source.
    let head = subject_head(s, subject);
    // `a report issued by the ministry`, `figures from the department`:
    // past the participle.
    let by = head + 1 + usize::from(modifying_participle(s, head + 1));
    // `figures from the department`, `a statement from the ministry`,
    // `reports from ZBC`; not `a report from last year`.
    let from_provider = s.is_any(by, FROM)
        && s.has(head, Class::STATISTICS | Class::DOCUMENT)
        && !names_a_time(s, by + 1);
    if (s.is_any(by, BY) || from_provider)
        && s.has(head, Class::DOCUMENT | Class::STATISTICS)
        && let Some(provider) = phrase_after(s, by + 1)
        // A document `from` a place is no provider (`a report from the
        // scene`): a provider is a name or an organisation.
        && (s.is_any(by, BY)
            || s.has(head, Class::STATISTICS)
            || (provider.0..provider.1)
                .any(|k| s.capitalized(k) || s.has(k, Class::ORGANISATION_NOUN)))
    {
        return Source::new(
            if s.has(head, Class::STATISTICS) {
                AttributionKind::StatisticsProvided
            } else {
                kind
            },
            source_span(s, provider.0, provider.1),
            &rules::SPEAKER_BEFORE_FIGURE,
        );
    }
    // `the ministry` stands for the ministry named before; `it` for the
    // nearest organisation.
    let head = (!s.has(subject.0, Class::PRONOUN)).then(|| s.str(subject.1 - 1));
    let resolved = discourse::pronoun_fit(s, subject)
        .and_then(|fit| source_before(s.text, s.tokens[subject.0].start, fit, head));
    match resolved {
        Some(span) => Source::new(kind, span, &rules::PRONOUN_OF_FITTING_KIND),
        None => {
            let (start, end) = name_after_descriptor(s, subject);
            Source::new(
                kind,
                source_span(s, start, end),
                &rules::SPEAKER_BEFORE_FIGURE,
            )
        }
    }
}

/// The name at the end of a subject that a description in lower case
/// opens: `Malaysian mobile phone operator Axiata Group Bhd` is `Axiata
/// Group Bhd`, `carmaker Ford` is `Ford`. A name of words in capitals
/// throughout (`Chief Constable Keith Bristow`, `the Bank of England`) and
/// a phrase with no name at its end are kept whole.
fn name_after_descriptor(s: &Sentence<'_>, (start, end): (usize, usize)) -> (usize, usize) {
    // `the country's Transport Ministry`: a body's name after a possessor
    // in lower case is the source without it; a named possessor says which
    // body it is (`Japan's Health Ministry`).
    if s.has(end - 1, Class::ORGANISATION_NOUN)
        && let Some(possessor) = (start..end - 1)
            .rev()
            .find(|&k| POSSESSIVE_ENDINGS.ends(s.str(k), 0))
        && !s.capitalized(possessor)
        && s.capitalized(possessor + 1)
        && (possessor + 1..end).all(|k| s.is_word(k) && (s.capitalized(k) || joins_name(s, k)))
    {
        return (possessor + 1, end);
    }
    let name_start = (start..end)
        .rev()
        .take_while(|&k| s.is_word(k) && s.capitalized(k) || k > start && joins_name(s, k))
        .last();
    // `county Sheriff Sgt. Ana Ruiz`: a title opens the name, and what
    // describes the title stays with it.
    let titled = |name: usize| {
        let title = |k: usize| k + 2 < end && s.is_any(k, ABBREVIATIONS) && s.is(k + 1, ".");
        s.has(name, Class::PERSON_ROLE) || title(name) || title(name + 1)
    };
    match name_start {
        Some(name) if name > start && name < end && !titled(name) => {
            let before = name - 1;
            // Only a description of words alone: `residents in northern
            // Kenya` and `the board's Examination Controller X` are no
            // description of the name that ends them.
            let opening = (start..name)
                .take_while(|&k| s.is_in(k, &[ARTICLES, POSSESSIVE_DETERMINERS]))
                .count();
            let plain_words = (start + opening..name).all(|k| {
                s.is_word(k) && !s.has(k, Class::FUNCTION) && !POSSESSIVE_ENDINGS.ends(s.str(k), 0)
            });
            let described = plain_words
                && s.is_word(before)
                && !s.capitalized(before)
                && !s.has(before, Class::PERSON_ROLE);
            if described { (name, end) } else { (start, end) }
        }
        _ => (start, end),
    }
}

/// How far back a pronoun is resolved, in bytes and in sentences.
const RESOLVE_BYTES: usize = 3000;
const RESOLVE_SENTENCES: usize = 6;
/// How far back the name a description stands for is looked for, in
/// sentences: a quotation may run over many between the name and the
/// pronoun.
const RESOLVE_SENTENCES_FOR_A_NAME: usize = 12;

/// The nearest named source of a verb of speech before byte `before` that
/// can be what a pronoun of kind `fit` stands for: what `he` in `he said`
/// stands for (a person), or `it` (an organisation).
pub(crate) fn named_source_before(text: &str, before: usize, fit: Fit) -> Option<(usize, usize)> {
    source_before(text, before, fit, None)
}

/// [`named_source_before`], for a description with a head noun (`the
/// ministry`): the nearest source whose name holds the same noun (`the
/// country's Transport Ministry`, `the Ministry of Health`), past nearer
/// ones of its kind (`Agence France-Presse reported`); else the nearest of
/// its kind.
fn source_before(
    text: &str,
    before: usize,
    fit: Fit,
    head: Option<&str>,
) -> Option<(usize, usize)> {
    let mut nearest_of_kind = None;
    // `"...," said the official. According to her, ...`: a pronoun stands
    // for the name the description before it stands for, when the text
    // named one; else for the description.
    let description = std::cell::Cell::new(None);
    let mut take = |span: (usize, usize)| {
        let Some(head) = head else {
            if definite_description(&text[span.0..span.1]) {
                if description.get().is_none() {
                    description.set(Some(span));
                }
                return None;
            }
            return Some(span);
        };
        // `the agency` for `the European Union Agency for Asylum`: the
        // noun anywhere in the name.
        let named_for_it = text[span.0..span.1]
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.eq_ignore_ascii_case(head));
        if named_for_it {
            return Some(span);
        }
        nearest_of_kind.get_or_insert(span);
        None
    };
    let limit = before.saturating_sub(RESOLVE_BYTES);
    let mut tokens: Vec<Token> = Vec::new();
    let mut at = before;
    let own_start = sentence::bounds(text, before.min(text.len().saturating_sub(1))).0;
    let mut nearest = true;
    for read in 0..RESOLVE_SENTENCES_FOR_A_NAME {
        if at <= limit || read >= RESOLVE_SENTENCES && description.get().is_none() {
            break;
        }
        let (start, end) = sentence::bounds(text, at.saturating_sub(1).max(limit));
        let end = end.min(at);
        let s = Sentence::tokenized(text, start, end, &mut tokens);
        for v in (0..s.len()).rev() {
            if !s.has(v, Class::SPEECH | Class::QUOTE_VERB) || !s.is_word(v) {
                continue;
            }
            // `..., said Jane Doe.`, `"...," said the minister, ...`; not
            // `Jane Doe, the director, said the strike ...`.
            if v > 0
                && matches!(s.str(v - 1), "," | "”" | "\"")
                && let Some((a, b)) = phrase_after(&s, v + 1)
                && !is_pronoun(&s, (a, b))
                && (b >= s.len()
                    || s.kind(b) == Some(super::token::Kind::Punct)
                    || s.has(b, Class::WEEKDAY)
                    || s.is_any(b, ADJUNCT_OPENERS))
                && fit.admits(discourse::source_fit(&s, (a, b)))
            {
                let (a, b) = name_after_descriptor(&s, (a, b));
                if let Some(span) = take(byte_span(&s, a, b)) {
                    return Some(span);
                }
                continue;
            }
            if (speech_verb(&s, v, Position::Before) || speech_verb(&s, v, Position::After))
                && let Some(subject) = subject_before(&s, v)
                && !s.has(subject.0, Class::PRONOUN)
                && !ends_a_list(&s, subject)
                && !respondents(&s, subject)
                && !counted_by_the_figure(&s, subject)
                && discourse::pronoun_fit(&s, subject).is_none()
                && fit.admits(discourse::source_fit(&s, subject))
            {
                // The pronoun stands for the name, as the figure of the
                // sentence before is given to it: `Malaysian operator
                // Axiata Group Bhd said ... The company said` is Axiata's.
                let (a, b) = name_after_descriptor(&s, subject);
                if let Some(span) = take(byte_span(&s, a, b)) {
                    return Some(span);
                }
            }
        }
        // `..., according to data from the customs service. ... the agency
        // said`: a source named after a preposition of source.
        if let Some(after) =
            (0..s.len()).find_map(|k| s.phrase_at(k, SOURCE_PREPOSITIONS).map(|len| k + len))
            && let Some(Source {
                span: Some(span), ..
            }) = source_phrase(&s, after, AttributionKind::AccordingTo)
            && let Some(phrase) = tokens_of(&s, span)
            && discourse::pronoun_fit(&s, phrase).is_none()
            && fit.admits(discourse::source_fit(&s, phrase))
            && let Some(span) = take(span)
        {
            return Some(span);
        }
        // `Sofia Dreml accused him of lying. She said ...`: with no verb of
        // speech, the person who opens the sentence before.
        // (The white space between paragraphs is no sentence.)
        if end <= own_start
            && s.len() > 0
            && std::mem::take(&mut nearest)
            && let Some((a, b)) = opening_subject(&s, s.len())
            && !is_pronoun(&s, (a, b))
            && !dateline(&s, (a, b))
            && b - a >= 2
            && let kind = discourse::source_fit(&s, (a, b))
            && fit.admits(kind)
            && (kind == Fit::ORGANISATION
                || s.capitalized(b - 1)
                || s.is(b, ",") && s.capitalized(b + 1))
        {
            let (a, b) = name_after_descriptor(&s, (a, b));
            if let Some(span) = take(byte_span(&s, a, b)) {
                return Some(span);
            }
        }
        if start == 0 || start <= limit {
            break;
        }
        at = start;
        // Step over the white space between sentences.
        while at > limit && text.as_bytes()[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
    }
    nearest_of_kind.or(description.get())
}

/// The tokens of `s` that cover the bytes `span` exactly, if any.
fn tokens_of(s: &Sentence<'_>, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let first = s.tokens.iter().position(|token| token.start == start)?;
    let last = s.tokens[first..]
        .iter()
        .position(|token| token.end == end)?;
    Some((first, first + last + 1))
}

/// Whether a source as written is a description with no name: `the`
/// and lower-case words (`the official`, `the health minister`).
fn definite_description(source: &str) -> bool {
    let words: Vec<&str> = source.split_whitespace().collect();
    let the = |word: &str| {
        DEFINITE_ARTICLE
            .words()
            .iter()
            .any(|the| word.eq_ignore_ascii_case(the))
    };
    words.len() >= 2
        && the(words[0])
        && words[1..]
            .iter()
            .all(|word| !word.starts_with(char::is_uppercase))
}

/// The speaker of a quotation that holds a figure: `“...,” he said`,
/// `“...,” said the minister`, `The minister said: “...”`, else the nearest
/// named speaker before it.
pub(crate) fn quoted(text: &str, quote: Quote, line_start: usize, line_end: usize) -> Source {
    let mut tokens: Vec<Token> = Vec::new();
    let mut rule = &rules::QUOTE_SPEAKER;
    let span = quote
        .close
        .and_then(|close| speaker_after_close(text, close, line_end, &mut tokens))
        .or_else(|| {
            let from = floor_boundary(text, quote.open.saturating_sub(200).max(line_start));
            tokens.clear();
            tokenize(text, from, quote.open, &mut tokens);
            speaker_before(&Sentence {
                text,
                start: from,
                end: quote.open,
                tokens: &tokens,
            })
        })
        .or_else(|| {
            // A quotation that runs on into the next paragraphs names its
            // speaker after it closes there.
            let close = quote
                .close
                .is_none()
                .then(|| closing_in_later_paragraphs(text, line_end))??;
            let found =
                speaker_after_close(text, close, line_bounds_end(text, close), &mut tokens)?;
            rule = &rules::QUOTATION_OVER_PARAGRAPHS;
            Some(found)
        })
        .or_else(|| named_source_before(text, quote.open, Fit::ANY));
    Source {
        kind: AttributionKind::DirectQuote,
        span,
        rule,
    }
}

/// [`speaker_after`] the closing quotation mark at byte `close`, looking no
/// further than `line_end`.
fn speaker_after_close(
    text: &str,
    close: usize,
    line_end: usize,
    tokens: &mut Vec<Token>,
) -> Option<(usize, usize)> {
    let from = close + text[close..].chars().next().map_or(1, char::len_utf8);
    let to = floor_boundary(text, (from + 200).min(line_end));
    tokens.clear();
    tokenize(text, from, to, tokens);
    speaker_after(&Sentence {
        text,
        start: from,
        end: to,
        tokens,
    })
}

/// How many paragraphs a quotation is followed into.
const QUOTE_PARAGRAPHS: usize = 6;

/// The closing quotation mark of a quotation left open at `line_end`, in
/// the paragraphs after it that each open with a quotation mark (the
/// convention for a quotation over several paragraphs).
fn closing_in_later_paragraphs(text: &str, mut line_end: usize) -> Option<usize> {
    for _ in 0..QUOTE_PARAGRAPHS {
        let rest = text.get(line_end..)?;
        let start = line_end + rest.find(|c: char| !c.is_whitespace())?;
        let end = line_bounds_end(text, start);
        let line = &text[start..end];
        let mark = line.chars().next()?;
        if !matches!(mark, '"' | '“' | '«') {
            return None;
        }
        let after = start + mark.len_utf8();
        if let Some(close) = text[after..end].find(['"', '”', '»']) {
            return Some(after + close);
        }
        line_end = end;
    }
    None
}

/// The end of the line holding byte `at`.
fn line_bounds_end(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i)
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `, he said`, `said the minister`, `read a statement from X` just after a
/// closing quotation mark.
fn speaker_after(s: &Sentence<'_>) -> Option<(usize, usize)> {
    let first = usize::from(s.is(0, ","));
    if s.has(first, Class::QUOTE_VERB | Class::SPEECH) {
        let (a, b) = phrase_after(s, first + 1)?;
        return Some(resolve(s, (a, b)));
    }
    for v in first + 1..(first + 12).min(s.len()) {
        if s.has(v, Class::QUOTE_VERB | Class::SPEECH) && s.is_word(v) {
            let subject = subject_before(s, v)?;
            if subject.0 != first {
                return None;
            }
            // `the fire chief, Ines Varga, said`: the name in apposition
            // to a title is the speaker.
            if s.is(subject.1, ",")
                && v >= 2
                && s.is(v - 1, ",")
                && subject.1 + 1 < v - 1
                && (subject.1 + 1..v - 1).all(|k| s.is_word(k) && s.capitalized(k))
                && !(subject.0..subject.1).any(|k| s.capitalized(k))
            {
                return Some((s.tokens[subject.1 + 1].start, s.tokens[v - 2].end));
            }
            return Some(resolve(s, subject));
        }
        // Words, a name's hyphen or full stop, and the commas of an
        // apposition (`the fire chief, Ines Varga, said`).
        if !s.is_word(v) && !s.is_one_of(v, &["-", ".", ","]) {
            return None;
        }
    }
    None
}

/// `The minister said:` or `the minister told reporters,` just before an
/// opening quotation mark.
fn speaker_before(s: &Sentence<'_>) -> Option<(usize, usize)> {
    let mut v = s.len().checked_sub(1)?;
    if s.is_one_of(v, &[":", ","]) {
        v = v.checked_sub(1)?;
    }
    // `told reporters:`
    let verb = (v.saturating_sub(3)..=v)
        .rev()
        .find(|&k| s.has(k, Class::SPEECH | Class::QUOTE_VERB));
    match verb {
        Some(verb) => Some(resolve(s, subject_before(s, verb)?)),
        None => source_phrase_before(s),
    }
}

/// `in the words of the prosecutor, ` or `according to the coach: ` just
/// before an opening quotation mark: the phrase after the compound
/// preposition, or the name in apposition to it (`in the words of the
/// Crown prosecutor, Mark Tedeschi, QC, “...”` is Mark Tedeschi's).
fn source_phrase_before(s: &Sentence<'_>) -> Option<(usize, usize)> {
    let opener = (0..s.len())
        .rev()
        .find_map(|k| s.phrase_at(k, SOURCE_PREPOSITIONS).map(|len| k + len))?;
    let (a, b) = phrase_after(s, opener)?;
    // Only names and the commas of an apposition up to the quotation.
    if !(b..s.len()).all(|k| s.is_one_of(k, &[",", ":"]) || s.is_word(k) && s.capitalized(k)) {
        return None;
    }
    if s.is(b, ",") && b + 1 < s.len() && s.is_word(b + 1) {
        let name_end = (b + 1..s.len()).find(|&k| !s.is_word(k)).unwrap_or(s.len());
        return Some(byte_span(s, b + 1, name_end));
    }
    Some(resolve(s, (a, b)))
}

fn resolve(s: &Sentence<'_>, subject: (usize, usize)) -> (usize, usize) {
    let span = byte_span(s, subject.0, subject.1);
    match discourse::pronoun_fit(s, subject) {
        Some(fit) => named_source_before(s.text, s.start, fit).unwrap_or(span),
        None => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_is_resolved_across_a_paragraph_break() {
        // The blank line between the paragraphs is no sentence, and the
        // opening subject of the sentence before is still the nearest.
        for text in [
            "The ministry said 5,200 requests were logged. The agency said",
            "The ministry said 5,200 requests were logged.\n\nThe agency said",
            "The ministry said 5,200 requests were logged.\nThe agency said",
        ] {
            let before = text.rfind("The agency").unwrap();
            let found = named_source_before(text, before, Fit::ORGANISATION);
            assert_eq!(
                found.map(|(a, b)| &text[a..b]),
                Some("The ministry"),
                "{text:?}"
            );
        }
    }

    /// The attribution of the first digit in `text`, as (kind, source text).
    fn check(text: &str, kind: AttributionKind, source: Option<&str>) {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap();
        check_at(text, at, kind, source);
    }

    /// The attribution of the figure starting at byte `at`.
    fn check_at(text: &str, at: usize, kind: AttributionKind, source: Option<&str>) {
        let (start, end) = sentence::bounds(text, at);
        let mut tokens = Vec::new();
        tokenize(text, start, end, &mut tokens);
        let s = Sentence {
            text,
            start,
            end,
            tokens: &tokens,
        };
        let i = (0..s.len()).find(|&k| s.tokens[k].start == at).unwrap();
        let found = attribute(&s, i, i + 1);
        assert_eq!(
            (found.kind, found.span.map(|(a, b)| &text[a..b])),
            (kind, source),
            "{text}"
        );
    }

    use AttributionKind::*;

    #[test]
    fn according_to_names_the_phrase_after_it() {
        check(
            "About 40 died, according to the health ministry.",
            AccordingTo,
            Some("the health ministry"),
        );
        check(
            "According to the UN, 3 million fled.",
            AccordingTo,
            Some("the UN"),
        );
        check(
            "12 schools shut, according to a report by the education board.",
            AccordingTo,
            Some("the education board"),
        );
    }

    #[test]
    fn a_slash_joins_two_names_but_not_a_rate() {
        check(
            "The Reuters/Ipsos poll found that 49 percent backed the order.",
            ReportedSpeech,
            Some("The Reuters/Ipsos poll"),
        );
        check(
            "Officials said the river rose 3 cm/h overnight.",
            ReportedSpeech,
            Some("Officials"),
        );
    }

    #[test]
    fn respondents_are_no_source_of_the_next_share() {
        check_at(
            "Some 31 percent of people said yes, while 26 percent said no.",
            42,
            Unattributed,
            None,
        );
        check_at(
            "Three officials said 40 people had died.",
            21,
            ReportedSpeech,
            Some("Three officials"),
        );
    }

    #[test]
    fn statistics_name_their_provider() {
        check(
            "Some 900 farms closed, according to figures from the farmers' union.",
            StatisticsProvided,
            Some("the farmers' union"),
        );
        check(
            "About 7,000 jobs went, according to union statistics provided to this newspaper on Friday.",
            StatisticsProvided,
            Some("union statistics"),
        );
        check(
            "Statistics provided by the port authority show 300 ships docked.",
            StatisticsProvided,
            Some("the port authority"),
        );
    }

    #[test]
    fn statistics_given_to_a_receiver_name_the_provider_after_it() {
        check(
            "Figures provided to the newspaper by the port authority show 300 ships docked.",
            StatisticsProvided,
            Some("the port authority"),
        );
        check(
            "Statistics supplied to reporters show 300 ships docked.",
            Unattributed,
            None,
        );
    }

    #[test]
    fn whoever_keeps_the_record_is_the_source() {
        check(
            "The charity's office has recorded 812 evictions this winter.",
            ReportedSpeech,
            Some("The charity's office"),
        );
        check(
            "Stewards counted 5,000 marchers.",
            ReportedSpeech,
            Some("Stewards"),
        );
    }

    #[test]
    fn a_value_given_at_names_who_gave_it() {
        check(
            "Insurers estimate the losses at $3 billion.",
            ReportedSpeech,
            Some("Insurers"),
        );
        check(
            "Organisers put the crowd at 100,000.",
            ReportedSpeech,
            Some("Organisers"),
        );
        check("They put 40 chairs in the hall.", Unattributed, None);
    }

    #[test]
    fn a_participle_continues_its_speaker() {
        check(
            "\"We are stretched,\" said Ana Ruiz, a nurse, adding that 90 beds were full.",
            ReportedSpeech,
            Some("Ana Ruiz"),
        );
        check(
            "The mayor spoke on Monday, saying 300 homes had no power.",
            ReportedSpeech,
            Some("The mayor"),
        );
        check(
            "The governor visited the camp, warning that 4,000 tents were needed.",
            ReportedSpeech,
            Some("The governor"),
        );
        check(
            "The river rose overnight, flooding 300 homes.",
            Unattributed,
            None,
        );
    }

    #[test]
    fn a_day_and_a_participle_may_follow_the_subject() {
        check(
            "Government figures released on Monday showed 812 firms closed.",
            StatisticsProvided,
            Some("Government figures"),
        );
    }

    #[test]
    fn a_document_by_a_source_names_the_source() {
        check(
            "Emissions fell by 4.2 million tonnes, analysis by the Energy Institute found.",
            ReportedSpeech,
            Some("the Energy Institute"),
        );
        check(
            "About 61% of pupils passed, according to results published on Friday by the exam board.",
            StatisticsProvided,
            Some("the exam board"),
        );
        let text = "A survey of 900 firms found 14% planned to hire.";
        check_at(
            text,
            text.find("14").unwrap(),
            ReportedSpeech,
            Some("A survey of 900 firms"),
        );
    }

    #[test]
    fn a_document_reports_even_before_a_name() {
        check(
            "The poll found Ruiz on 47% and Lee on 41%.",
            ReportedSpeech,
            Some("The poll"),
        );
    }

    #[test]
    fn a_projection_by_a_source_names_the_source() {
        check(
            "Some 1,200 jobs will go, according to a projection by the county council.",
            AccordingTo,
            Some("the county council"),
        );
    }

    #[test]
    fn a_subject_may_hold_a_number() {
        let text =
            "A poll of 1,500 voters, carried out by a university, found that 62% backed the plan.";
        check_at(
            text,
            text.find("62").unwrap(),
            ReportedSpeech,
            Some("A poll of 1,500 voters"),
        );
    }

    #[test]
    fn said_after_the_figure_attributes_the_sentence() {
        check(
            "At least 12 people were killed, police said.",
            ReportedSpeech,
            Some("police"),
        );
        check(
            "The fire destroyed 300 homes, said Jane Doe, a county official.",
            ReportedSpeech,
            Some("Jane Doe"),
        );
        check(
            "The fire destroyed 300 homes, the county said on Monday.",
            ReportedSpeech,
            Some("the county"),
        );
    }

    #[test]
    fn everyday_words_inside_a_name_stay_in_it() {
        check(
            "About 900 visas were refused, according to the Home Office.",
            AccordingTo,
            Some("the Home Office"),
        );
        check(
            "The shadow home secretary said 40 officers were lost.",
            ReportedSpeech,
            Some("The shadow home secretary"),
        );
    }

    #[test]
    fn ampersands_and_years_are_part_of_a_name() {
        check(
            "Sales rose 4%, Smith & Jones said.",
            ReportedSpeech,
            Some("Smith & Jones"),
        );
        check(
            "About 12% were unemployed, according to the 2021 household survey.",
            AccordingTo,
            Some("the 2021 household survey"),
        );
    }

    #[test]
    fn a_second_verb_shares_the_opening_subject() {
        check(
            "The union rejected the offer and said 3,000 members would strike.",
            ReportedSpeech,
            Some("The union"),
        );
        check(
            "The regulator fined the bank but also noted that 40 branches had closed.",
            ReportedSpeech,
            Some("The regulator"),
        );
    }

    #[test]
    fn a_name_may_join_capitalized_words_with_and() {
        check(
            "The Royal Society of Arts and Sciences said 212 fellows resigned.",
            ReportedSpeech,
            Some("The Royal Society of Arts and Sciences"),
        );
    }

    #[test]
    fn a_pronoun_with_no_speaker_before_is_the_person_opening_the_last_sentence() {
        check(
            "The mayor said the city was ready. Councillor Ana Ruiz accused him of delay. She said 900 homes were empty.",
            ReportedSpeech,
            Some("Councillor Ana Ruiz"),
        );
        check(
            "The mayor said the city was ready. The river rose overnight. He said 900 homes were empty.",
            ReportedSpeech,
            Some("The mayor"),
        );
    }

    #[test]
    fn passives_and_indefinite_pronouns_name_no_speaker() {
        fn nearest(text: &str) -> Option<&str> {
            let at = text.rfind('"').unwrap();
            named_source_before(text, at, Fit::ANY).map(|(a, b)| &text[a..b])
        }
        assert_eq!(
            nearest(
                "The nurse said the ward was full. Such deaths rarely get counted. \"We lost 9 beds.\""
            ),
            Some("The nurse")
        );
        assert_eq!(
            nearest(
                "The nurse said the ward was full. Nobody will put a price at 12 beds. \"We lost 9 beds.\""
            ),
            Some("The nurse")
        );
    }

    #[test]
    fn a_pronoun_skips_a_phrase_that_is_the_object_of_said() {
        check(
            "The union's leader, Ana Ruiz, said the strike would go on. She said 900 members had joined.",
            ReportedSpeech,
            Some("The union's leader"),
        );
    }

    #[test]
    fn a_time_before_the_subject_is_not_part_of_it() {
        let text = "Between January and March 2024 police recorded 812 thefts.";
        check_at(
            text,
            text.find("812").unwrap(),
            ReportedSpeech,
            Some("police"),
        );
        check(
            "Last month the agency said 40 staff had left.",
            ReportedSpeech,
            Some("the agency"),
        );
    }

    #[test]
    fn review_cases_of_attribution() {
        check(
            "The storm battered the coast on Monday, claiming 12 lives.",
            Unattributed,
            None,
        );
        check(
            "Volunteers put 40 chairs at the entrance.",
            Unattributed,
            None,
        );
        check("Exports recorded a 12% rise.", Unattributed, None);
        check("Someone said 300 people were inside.", Unattributed, None);
        check(
            "\"We are full,\" said Ana Ruiz on Monday. She said 300 beds were taken.",
            ReportedSpeech,
            Some("Ana Ruiz"),
        );
        check(
            "The mayor said the city was ready. Meanwhile, rain fell. He said 300 beds were free.",
            ReportedSpeech,
            Some("The mayor"),
        );
        let text = "In 2023 officials said 300 firms closed.";
        check_at(
            text,
            text.find("300").unwrap(),
            ReportedSpeech,
            Some("officials"),
        );
    }

    #[test]
    fn a_sentence_adverb_is_no_subject() {
        let text = "Meanwhile, officials met on Monday, saying 300 homes were empty.";
        let mut tokens = Vec::new();
        let s = Sentence::whole(text, &mut tokens);
        assert_eq!(opening_subject(&s, s.len()), None);
    }

    #[test]
    fn a_headline_cue_after_the_figure_names_the_study() {
        check(
            "Walking cuts heart risk by 20%, study finds",
            ReportedSpeech,
            Some("study"),
        );
        check("The dig finds 40 coins.", Unattributed, None);
    }

    #[test]
    fn a_record_reported_by_a_speaker_is_the_speakers() {
        check(
            "The commissioner said the state had recorded 21 deaths.",
            ReportedSpeech,
            Some("The commissioner"),
        );
        check(
            "The state has recorded 21 deaths.",
            ReportedSpeech,
            Some("The state"),
        );
    }

    #[test]
    fn names_keep_their_small_words_surnames_and_acronyms() {
        check(
            "About 40 rivers dried up, the Office for the Environment said.",
            ReportedSpeech,
            Some("the Office for the Environment"),
        );
        check(
            "Some 300 patients were treated, Doctors Without Borders said.",
            ReportedSpeech,
            Some("Doctors Without Borders"),
        );
        check(
            "Rents rose 9%, Mary Kelly said.",
            ReportedSpeech,
            Some("Mary Kelly"),
        );
        check(
            "People familiar with the talks said 12 firms had bid.",
            ReportedSpeech,
            Some("People familiar with the talks"),
        );
        check(
            "Public Health Wales (PHW) data showed 812 cases.",
            StatisticsProvided,
            Some("Public Health Wales (PHW) data"),
        );
    }

    #[test]
    fn a_title_is_part_of_the_speakers_name() {
        check(
            "The blaze destroyed 70 homes, county Sheriff Sgt. Ana Ruiz said on Monday.",
            ReportedSpeech,
            Some("county Sheriff Sgt. Ana Ruiz"),
        );
    }

    #[test]
    fn said_before_the_figure_attributes_the_clause() {
        check(
            "The ministry said 1,200 homes were damaged.",
            ReportedSpeech,
            Some("The ministry"),
        );
        check(
            "The transport minister told reporters that 40 trains were cancelled.",
            ReportedSpeech,
            Some("The transport minister"),
        );
        check(
            "The agency's director, Jane Doe, said 90 staff would go.",
            ReportedSpeech,
            Some("The agency's director"),
        );
        check(
            "Last month the UN refugee chief announced that her agency has registered 50,000 arrivals.",
            ReportedSpeech,
            Some("the UN refugee chief"),
        );
        check(
            "The union on Tuesday said 4,000 members voted.",
            ReportedSpeech,
            Some("The union"),
        );
    }

    #[test]
    fn a_verb_closing_an_earlier_clause_does_not_reach_past_it() {
        let text = "Rates rose 1%, the central bank said on Monday, as exports hit 40 ports.";
        check(text, ReportedSpeech, Some("the central bank"));
        check_at(text, text.find("40").unwrap(), Unattributed, None);
    }

    #[test]
    fn and_that_continues_what_was_said() {
        let text = "The board said that 40 staff had left, and that 12 posts were vacant.";
        check_at(
            text,
            text.find("12").unwrap(),
            ReportedSpeech,
            Some("The board"),
        );
    }

    #[test]
    fn a_pronoun_resolves_to_the_last_named_speaker() {
        check(
            "The mayor spoke on Monday. The mayor said the city was ready. He said 300 beds were free.",
            ReportedSpeech,
            Some("The mayor"),
        );
    }

    #[test]
    fn the_outlets_own_voice_is_unattributed() {
        check("The war has killed 500,000 people.", Unattributed, None);
        check(
            "Doctors, who are backed by the union, treated 40 patients.",
            Unattributed,
            None,
        );
        check("An estimated 300 people attended.", Unattributed, None);
        check(
            "The strike, which was reported widely, cost 200 jobs.",
            Unattributed,
            None,
        );
    }

    #[test]
    fn verbs_that_take_plain_objects_report_only_before_that() {
        check("Employers added 531,000 jobs in May.", Unattributed, None);
        check("The attack claimed 40 lives.", Unattributed, None);
        check(
            "The union claimed that 9,000 members walked out.",
            ReportedSpeech,
            Some("The union"),
        );
        check(
            "Organisers put the crowd at 100,000.",
            ReportedSpeech,
            Some("Organisers"),
        );
        check(
            "About 40% of the stock was sold, company figures show.",
            StatisticsProvided,
            Some("company figures"),
        );
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_speech() {
        check(
            "Local reports of 40 deaths could not be confirmed.",
            Unattributed,
            None,
        );
        check(
            "The committee found 12 errors in the count.",
            Unattributed,
            None,
        );
        check(
            "Census data showed 12,000 residents left.",
            StatisticsProvided,
            Some("Census data"),
        );
    }

    #[test]
    fn quotes_name_their_speaker() {
        let check_quote = |text: &str, speaker: &str| {
            let open = text.find(['“', '"']).unwrap();
            let after = open + text[open..].chars().next().unwrap().len_utf8();
            let close = text[after..].find(['”', '"']).map(|at| at + after);
            let found = quoted(text, Quote { open, close }, 0, text.len());
            assert_eq!(found.kind, DirectQuote, "{text}");
            assert_eq!(
                found.span.map(|(a, b)| &text[a..b]),
                Some(speaker),
                "{text}"
            );
        };
        check_quote("“We lost 300 homes,” the mayor said.", "the mayor");
        check_quote(
            "\"We lost 300 homes,\" said Jane Doe, the mayor.",
            "Jane Doe",
        );
        check_quote("The mayor said: “We lost 300 homes.”", "The mayor");
        check_quote(
            "The mayor said the city was ready. “We lost 300 homes,” she added.",
            "The mayor",
        );
    }
}
