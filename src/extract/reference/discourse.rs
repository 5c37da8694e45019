//! Attribution across sentences and paragraphs: a source's report carried
//! to the figures that continue it, the kind of source a pronoun can stand
//! for, a headline's source, and whether a line's label is a transcript's
//! speaker or a dateline.
//!
//! The rules are CONTRIBUTING.md's "Carried attribution"; their words are
//! the language pack's `discourse.yaml`, read here through the lexicon's
//! classes and the `DISCOURSE_*` tables.

use crate::lang::{
    ATTRIBUTION_CONTINUATION_VERBS, DISCOURSE_HEADLINE_LABELS, DISCOURSE_LIST_MARKERS,
    DISCOURSE_REPORT_CONTINUATIONS, DISCOURSE_SCENE_CHANGES,
    WORDS_DEFINITE_ARTICLE as DEFINITE_ARTICLE, WordClass,
};
use crate::model::AttributionKind;

use super::super::claim::{ExtractedAttribution, ExtractedClaim};
use super::attribution;
use super::lexicon::Class;
use super::sentence::{self, Sentence};
use super::token::Token;

/// Whether the sentence opens with one of `phrases` (words separated by a
/// space, matched ignoring case).
pub(crate) fn opens_with(s: &Sentence<'_>, phrases: WordClass) -> bool {
    phrases
        .iter()
        .any(|phrase| phrase.split(' ').enumerate().all(|(k, word)| s.is(k, word)))
}

/// A source's report that later figures may continue: where the last
/// sentence of the report ends, and its attribution.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    end: usize,
    attribution: ExtractedAttribution,
}

/// How a sentence stands to the report before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Continuation {
    /// In the report's paragraph, with no other source or change of scene
    /// between.
    SameParagraph,
    /// Opening the next paragraph with a word that adds to the report.
    NextParagraph,
}

/// Whether the sentence `s` continues `report`, and how (CONTRIBUTING.md,
/// "Carried attribution").
pub(crate) fn continues(s: &Sentence<'_>, report: &Report) -> Option<Continuation> {
    let text = s.text;
    let between = text.get(report.end..s.start)?;
    if opens_with(s, DISCOURSE_SCENE_CHANGES) {
        return None;
    }
    let (rest_of_paragraph, continuation) = match (between.find('\n'), between.rfind('\n')) {
        (None, _) => (between, Continuation::SameParagraph),
        (Some(first), Some(last)) => {
            // One paragraph break and nothing after it: the sentence opens
            // the paragraph after the report's.
            let one_break = between[first..=last]
                .bytes()
                .all(|b| b.is_ascii_whitespace());
            let opens_paragraph = between[last + 1..].trim().is_empty();
            // `* Revenue rose ...`: the next item of a list goes on too.
            let adds = opens_with(s, DISCOURSE_REPORT_CONTINUATIONS)
                || opens_with(s, DISCOURSE_LIST_MARKERS);
            if !(one_break && opens_paragraph && adds) {
                return None;
            }
            (&between[..first], Continuation::NextParagraph)
        }
        (Some(_), None) => return None,
    };
    let gap_start = report.end;
    let gap_end = gap_start + rest_of_paragraph.len();
    (!ends_the_report(text, gap_start, gap_end)).then_some(continuation)
}

/// Whether text the extractor did not read (a sentence with no figure)
/// stands before `s` in its paragraph, after the last sentence read, which
/// ends at `from`.
fn unread_text_before(s: &Sentence<'_>, from: usize) -> bool {
    let Some(between) = s.text.get(from..s.start) else {
        return false;
    };
    let in_paragraph = between.rfind('\n').map_or(between, |at| &between[at + 1..]);
    !in_paragraph.trim().is_empty()
}

/// The paragraph with no claim that introduces the list whose first item
/// `s` opens: `Acme said in a filing on Aug 30:` then `* Net profit rose to
/// ...`. Its start, the end of its last sentence, and `true`; `None` unless
/// `s` opens a paragraph with a list marker just after a paragraph ending
/// in a colon. (A paragraph with a date is read, so it may end before
/// `from`; one with a claim gives its report the usual way.)
fn list_introduced(s: &Sentence<'_>) -> Option<(usize, usize, bool)> {
    let text = s.text;
    let before = text.get(..s.start)?;
    let paragraph_break = before.trim_end_matches([' ', '\t']).ends_with('\n');
    if !paragraph_break || !opens_with(s, DISCOURSE_LIST_MARKERS) {
        return None;
    }
    let introduction = before.trim_end();
    if !introduction.ends_with(':') {
        return None;
    }
    let end = introduction.len();
    let paragraph_start = introduction.rfind('\n').map_or(0, |at| at + 1);
    (paragraph_start < end).then_some((paragraph_start, end, true))
}

/// The report made just before `s` in its paragraph by a sentence with no
/// figure, which the extractor did not read (`The department noted,
/// however, that fewer died this year. A total of 233 patients died ...`):
/// that sentence's end and the source a figure at its end would have.
/// `from` is where the last sentence read ends.
pub(crate) fn source_without_figures(
    s: &Sentence<'_>,
    from: usize,
) -> Option<(usize, attribution::Source)> {
    let text = s.text;
    let (paragraph_start, end, listed) = if unread_text_before(s, from) {
        // Only the sentence just before `s`, in its paragraph.
        let paragraph_start = from + text[from..s.start].rfind('\n').map_or(0, |at| at + 1);
        let end = paragraph_start + text[paragraph_start..s.start].trim_end().len();
        (paragraph_start, end, false)
    } else {
        list_introduced(s)?
    };
    let start = sentence::bounds(text, end - 1).0.max(paragraph_start);
    let start = start + (text[start..end].len() - text[start..end].trim_start().len());
    let mut tokens: Vec<Token> = Vec::new();
    let gap = Sentence::tokenized(text, start, end, &mut tokens);
    // Most such sentences have no verb of report: one bit test a token says
    // so before the attribution rules are asked.
    let speech = (0..gap.len()).any(|k| gap.has(k, Class::SPEECH));
    if !speech && !attribution::names_a_source(&gap) || opens_with(&gap, DISCOURSE_SCENE_CHANGES) {
        return None;
    }
    let source = attribution::attribute(&gap, gap.len(), gap.len());
    if !matches!(
        source.kind,
        AttributionKind::ReportedSpeech | AttributionKind::AccordingTo
    ) {
        return None;
    }
    // An agency's, a ministry's or a document's statement opens its data
    // (`The report notes that ...`); a person's remark with no figure (`the
    // ambassador says there were concerns`) is comment, and the figures
    // after it the outlet's.
    let (span_start, span_end) = source.span?;
    // `The official added that ...`: a speaker going on with a report
    // begun before, whoever speaks.
    let after_source = gap.tokens.iter().position(|token| token.start >= span_end);
    let continued = after_source.is_some_and(|k| {
        (k..(k + 2).min(gap.len())).any(|v| gap.is_any(v, ATTRIBUTION_CONTINUATION_VERBS))
    });
    let institutional = listed
        || continued
        || if span_start < start {
            // `The department noted ...` resolved to the agency named before:
            // the phrase that stands for it says what kind it is.
            (0..gap.len())
                .find_map(|k| {
                    pronoun_fit(&gap, (k, k + 1)).or_else(|| pronoun_fit(&gap, (k, k + 2)))
                })
                .is_some_and(|fit| !fit.admits(Fit::PERSON))
        } else {
            let first = gap
                .tokens
                .iter()
                .position(|token| token.start >= span_start)?;
            let last = gap.tokens.iter().rposition(|token| token.end <= span_end)?;
            let document = gap.has(last, Class::DOCUMENT | Class::STATISTICS);
            last >= first && (document || !source_fit(&gap, (first, last + 1)).admits(Fit::PERSON))
        };
    institutional.then_some((end, source))
}

impl Report {
    /// The report of `attribution`, made by a sentence ending at byte `end`.
    pub(crate) fn new(end: usize, attribution: ExtractedAttribution) -> Report {
        Report { end, attribution }
    }
}

/// Whether a sentence between bytes `from` and `to` (sentences with no
/// figure, which the extractor did not read) ends the report: it names a
/// source of its own (a verb of speech with a subject, `according to`) or
/// opens with a change of scene.
fn ends_the_report(text: &str, from: usize, to: usize) -> bool {
    if text[from..to].trim().is_empty() {
        return false;
    }
    let mut tokens: Vec<Token> = Vec::new();
    let mut at = from;
    while at < to {
        let Some(skip) = text[at..to].find(|c: char| !c.is_whitespace()) else {
            return false;
        };
        at += skip;
        let (_, end) = sentence::bounds(text, at);
        let end = end.min(to).max(at + 1);
        let end = floor_boundary(text, end);
        if end <= at {
            return false;
        }
        let s = Sentence::tokenized(text, at, end, &mut tokens);
        if attribution::names_a_source(&s) || opens_with(&s, DISCOURSE_SCENE_CHANGES) {
            return true;
        }
        at = end;
    }
    false
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Gives each claim of a sentence that has no source of its own the
/// attribution of the nearest reported figure before it in the sentence
/// (`The WHO said 8,997 cases had been recorded, and 4,493 people had
/// died`; `..., the institute said, with 6.2 million out of work`); returns
/// the indices of the claims it gave one. A quotation's figure is not
/// carried (CONTRIBUTING.md, "Carried attribution").
pub(crate) fn carry_in_sentence(claims: &mut [ExtractedClaim]) -> Vec<usize> {
    let mut carried = Vec::new();
    let mut report: Option<ExtractedAttribution> = None;
    for (k, claim) in claims.iter_mut().enumerate() {
        if claim.attribution.kind == AttributionKind::Unattributed {
            if let Some(report) = &report {
                claim.attribution = report.clone();
                carried.push(k);
            }
        } else if is_a_report(&claim.attribution) {
            report = Some(claim.attribution.clone());
        }
    }
    carried
}

/// Whether an attribution is a report later figures may continue.
fn is_a_report(attribution: &ExtractedAttribution) -> bool {
    matches!(
        attribution.kind,
        AttributionKind::ReportedSpeech
            | AttributionKind::AccordingTo
            | AttributionKind::StatisticsProvided
    ) && attribution.text.is_some()
}

/// Gives the claims of `s` that have no source of their own the
/// attribution of the report they continue, then remembers the report
/// this sentence holds (its own source, or the one it continued) for the
/// next; a sentence whose figures are all in the outlet's voice ends the
/// report. When `report` does not go on into `s`, `opened_before` gives
/// the report a sentence with no figure just before it makes, if any
/// (see [`source_without_figures`]); it is asked only then.
///
/// Returns how the sentence continued the report, when it did.
pub(crate) fn carry(
    s: &Sentence<'_>,
    report: &mut Option<Report>,
    claims: &mut [ExtractedClaim],
    opened_before: impl FnOnce() -> Option<Report>,
) -> Option<Continuation> {
    if claims.is_empty() {
        return None;
    }
    // A sentence with a source of its own continues no report.
    let own_source = claims
        .iter()
        .any(|claim| claim.attribution.kind != AttributionKind::Unattributed);
    let continued = if own_source {
        None
    } else {
        report
            .as_ref()
            .and_then(|previous| Some((continues(s, previous)?, previous.attribution.clone())))
            .or_else(|| {
                opened_before().map(|opened| (Continuation::SameParagraph, opened.attribution))
            })
    };
    if let Some((_, attribution)) = &continued {
        for claim in claims
            .iter_mut()
            .filter(|claim| claim.attribution.kind == AttributionKind::Unattributed)
        {
            claim.attribution = attribution.clone();
        }
    }
    *report = claims
        .iter()
        .rev()
        .map(|claim| &claim.attribution)
        .find(|attribution| is_a_report(attribution))
        .map(|attribution| Report {
            end: s.end,
            attribution: attribution.clone(),
        });
    continued.map(|(continuation, _)| continuation)
}

/// The kinds of source a phrase can stand for, as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fit(u8);

impl Fit {
    pub(crate) const PERSON: Fit = Fit(1);
    pub(crate) const ORGANISATION: Fit = Fit(2);
    pub(crate) const PLURAL: Fit = Fit(4);
    /// A report, a survey, figures: `it` may stand for one, `the agency`
    /// may not.
    pub(crate) const DOCUMENT: Fit = Fit(8);
    pub(crate) const ANY: Fit = Fit(15);

    /// Whether a source of kinds `other` can be what this stands for.
    pub(crate) fn admits(self, other: Fit) -> bool {
        self.0 & other.0 != 0
    }
}

/// What the pronoun or definite noun at `k` can stand for: `he` a person,
/// `it` an organisation, `they` people or an organisation, `the agency` an
/// organisation; `None` when the word stands for no earlier source.
pub(crate) fn pronoun_fit(s: &Sentence<'_>, (start, end): (usize, usize)) -> Option<Fit> {
    if end - start == 1 {
        let class = s.class(start);
        return if class.has(Class::PERSON_PRONOUN) {
            Some(Fit::PERSON)
        } else if class.has(Class::ORGANISATION_PRONOUN) {
            Some(Fit(Fit::ORGANISATION.0 | Fit::DOCUMENT.0))
        } else if class.has(Class::PLURAL_PRONOUN) {
            Some(Fit(Fit::PLURAL.0 | Fit::ORGANISATION.0))
        } else if class.has(Class::PRONOUN) {
            Some(Fit::ANY)
        } else {
            None
        };
    }
    // `the agency`, `the group`: a kind of organisation after `the`.
    (end - start == 2
        && s.is_any(start, DEFINITE_ARTICLE)
        && s.has(start + 1, Class::ORGANISATION_NOUN))
    .then_some(Fit::ORGANISATION)
}

/// The kinds of source the phrase `start..end` names, followed by what
/// stands after it (an apposition such as `, a driver,` says a person): a
/// role or a singular noun for people is a person, a plural one people, a
/// kind of organisation, an acronym or a name after `the` an organisation;
/// a name alone may be either.
pub(crate) fn source_fit(s: &Sentence<'_>, (start, end): (usize, usize)) -> Fit {
    let head = end - 1;
    let role = |k: usize| {
        s.has(k, Class::PERSON_ROLE)
            || s.str(k).strip_suffix('s').is_some_and(|single| {
                super::lexicon::look_up(single)
                    .class
                    .has(Class::PERSON_ROLE)
            })
    };
    if s.is(end, ",")
        && (end + 1..(end + 6).min(s.len()))
            .take_while(|&k| !s.is(k, ","))
            .any(role)
    {
        return Fit::PERSON;
    }
    if s.has(head, Class::PERSON_ROLE) {
        return Fit::PERSON;
    }
    // `Health Minister Ana Costa`: a title before a name.
    let titled = s.capitalized(head)
        && (start..head).any(|k| {
            s.has(k, Class::PERSON_ROLE) && (k + 1..=head).all(|m| s.is_word(m) && s.capitalized(m))
        });
    if titled {
        return Fit::PERSON;
    }
    if s.has(head, Class::ORGANISATION_NOUN) {
        return Fit::ORGANISATION;
    }
    // `the data showed`, `the report said`: no one, though `it` may stand
    // for them.
    if s.has(head, Class::STATISTICS | Class::DOCUMENT) {
        return Fit::DOCUMENT;
    }
    if s.has(head, Class::PERSON) {
        // `officials`; `police` and `staff` may be either.
        return if s.str(head).ends_with('s') {
            Fit::PLURAL
        } else {
            Fit(Fit::PERSON.0 | Fit::PLURAL.0)
        };
    }
    let acronym = end - start == 1
        && s.str(start).len() >= 2
        && s.str(start).bytes().all(|b| b.is_ascii_uppercase());
    if acronym || s.is_any(start, DEFINITE_ARTICLE) && s.capitalized(head) {
        return Fit::ORGANISATION;
    }
    Fit::ANY
}

/// The source a headline names with a colon, after its figure (`Floods
/// force 40,000 from their homes: UN`) or before it (`Amnesty
/// International: At least 300 killed in protests`): the first line of the
/// text, with no full stop at its end, whose last colon is followed, or
/// whose first colon is preceded, by one to four words that name a source
/// (capitalized, or a noun for a person or an organisation) and no function
/// word. A label of the outlet's before the colon (`Breaking:`, `Live:`,
/// `Analysis:`) names none. Returns the byte range of the source.
pub(crate) fn headline_source(
    text: &str,
    line: (usize, usize),
    (figure_start, figure_end): (usize, usize),
) -> Option<(usize, usize)> {
    let (start, end) = line;
    if !text[..start].trim().is_empty() {
        return None;
    }
    let headline = text[start..end].trim_end();
    if headline.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let last_colon = start + headline.rfind(':')?;
    let first_colon = start + headline.find(':')?;
    let (source_start, source_end) = if last_colon >= figure_end {
        (last_colon + 1, start + headline.len())
    } else if first_colon < figure_start {
        (start, first_colon)
    } else {
        return None;
    };
    let mut tokens: Vec<Token> = Vec::new();
    let s = Sentence::tokenized(text, source_start, source_end, &mut tokens);
    if s.is_any(0, DISCOURSE_HEADLINE_LABELS) {
        return None;
    }
    let words = (1..=4).contains(&s.len()) && (0..s.len()).all(|k| s.is_word(k));
    let plain = (0..s.len()).all(|k| !s.has(k, Class::FUNCTION) || s.is_any(k, DEFINITE_ARTICLE));
    let source_noun = |k: usize| {
        s.has(
            k,
            Class::PERSON_ROLE | Class::ORGANISATION_NOUN | Class::DOCUMENT,
        )
    };
    // A headline's first word is capitalized whatever it is: before the
    // colon every word must be (`Amnesty International:`), or one a noun
    // for a source (`Police:`); not `Key players:`.
    let names = if source_start == start {
        (0..s.len()).all(|k| s.capitalized(k)) || (0..s.len()).any(source_noun)
    } else {
        (0..s.len()).any(|k| s.capitalized(k) || source_noun(k))
    };
    (words && plain && names).then(|| (s.tokens[0].start, s.tokens[s.len() - 1].end))
}

/// Whether the text is a transcript: at least two of its lines open with a
/// speaker's label. A single label (`LISBON: ...`) is a dateline.
pub(crate) fn is_transcript(text: &str, label: impl Fn(&str) -> bool) -> bool {
    text.lines().filter(|line| label(line)).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `read` of the phrase of the first `words` tokens of `text`.
    fn phrase<T>(text: &str, words: usize, read: impl Fn(&Sentence<'_>, (usize, usize)) -> T) -> T {
        let mut tokens = Vec::new();
        read(&Sentence::whole(text, &mut tokens), (0, words))
    }

    #[test]
    fn a_source_fits_the_pronouns_of_its_kind() {
        let fit = |text: &str, words: usize| phrase(text, words, source_fit);
        assert_eq!(fit("The mayor said", 2), Fit::PERSON);
        assert_eq!(fit("Jo Lin, a nurse, said", 2), Fit::PERSON);
        assert_eq!(fit("The health ministry said", 3), Fit::ORGANISATION);
        assert_eq!(fit("The Red Cross said", 3), Fit::ORGANISATION);
        assert_eq!(fit("UNICEF said", 1), Fit::ORGANISATION);
        assert_eq!(fit("Officials said", 1), Fit::PLURAL);
        assert_eq!(fit("Jo Lin said", 2), Fit::ANY);
        assert_eq!(fit("Health Minister Jo Lin said", 4), Fit::PERSON);
        assert_eq!(fit("The data showed", 2), Fit::DOCUMENT);
        assert!(!Fit::ORGANISATION.admits(Fit::DOCUMENT));
        assert!(!Fit::PERSON.admits(Fit::ORGANISATION));
        assert!(Fit::PERSON.admits(Fit::ANY));
    }

    #[test]
    fn pronouns_and_kinds_of_organisation_stand_for_a_source() {
        let fit = |text: &str, words: usize| phrase(text, words, pronoun_fit);
        assert_eq!(fit("She said", 1), Some(Fit::PERSON));
        assert_eq!(
            fit("It said", 1),
            Some(Fit(Fit::ORGANISATION.0 | Fit::DOCUMENT.0))
        );
        assert_eq!(fit("The agency said", 2), Some(Fit::ORGANISATION));
        assert_eq!(fit("The river rose", 2), None);
        assert_eq!(fit("Police said", 1), None);
    }

    #[test]
    fn a_headline_names_its_source_with_a_colon() {
        fn source(text: &str) -> Option<&str> {
            let line = (0, text.find('\n').unwrap_or(text.len()));
            let figure_start = text.find(|c: char| c.is_ascii_digit()).unwrap();
            headline_source(text, line, (figure_start, figure_start + 1)).map(|(a, b)| &text[a..b])
        }
        assert_eq!(
            source("Fares to rise 5% in May: rail regulator\nBody."),
            Some("rail regulator")
        );
        assert_eq!(
            source("Storm cuts power to 9,000 homes: Met Office"),
            Some("Met Office")
        );
        assert_eq!(source("Fares to rise 5%: what to know"), None);
        assert_eq!(source("Update: fares to rise 5% in May"), None);
        assert_eq!(
            source("Amnesty International: at least 3 killed in protests"),
            Some("Amnesty International")
        );
        assert_eq!(source("Breaking: 3 killed in floods\nBody."), None);
        assert_eq!(source("Key players: G Hunter (15.3 points)"), None);
        assert_eq!(
            source("Reports: asylum process to change for 5 nationalities"),
            None
        );
        assert_eq!(
            source("Flood death toll rises to 3 in the north: how it happened"),
            None
        );
        assert_eq!(source("Fares rose 5% in May: the operator.\nBody."), None);
        assert_eq!(source("Body first.\nFares to rise 5%: rail operator"), None);
    }

    /// An older source is not carried past a sentence that names another
    /// (the extractor reads no figure there, so it carries nothing).
    #[test]
    fn a_source_between_ends_the_older_report() {
        let text = "Police said 41 were hurt. The mayor said roads were shut. Tugs towed 6 boats.";
        let claims = super::super::ReferenceExtractor::new().extract_text(text);
        assert_eq!(claims.len(), 2);
        assert_eq!(claims[0].attribution.text.as_deref(), Some("Police"));
        assert_eq!(claims[1].attribution.kind, AttributionKind::Unattributed);
        let without = "Police said 41 were hurt. Roads were shut. Tugs towed 6 boats.";
        let claims = super::super::ReferenceExtractor::new().extract_text(without);
        assert_eq!(claims[1].attribution.text.as_deref(), Some("Police"));
    }

    #[test]
    fn one_label_is_a_dateline_two_are_a_transcript() {
        let label = |line: &str| {
            line.split_once(':')
                .is_some_and(|(l, _)| l.chars().all(|c| c.is_ascii_uppercase()))
        };
        assert!(!is_transcript(
            "LISBON: Flights were cut.\nStaff struck.",
            label
        ));
        assert!(is_transcript("HOST: Why?\nLEE: Costs.", label));
    }
}
