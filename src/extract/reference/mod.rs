//! The reference extractor: rule-based, no model, no network.
//!
//! It works in one pass over the text and analyses only the sentences that
//! hold a numeral, so its cost is close to that of finding the numerals:
//!
//! 1. **Candidates** ([`candidate`]): a byte scan for ASCII digits and an
//!    Aho-Corasick automaton for number words (`six`, `half`, `hundreds`,
//!    `two-thirds`) and the phrases `a year ago`, `an hour later`, all
//!    checked for word boundaries.
//! 2. **Sentence**: for each candidate not yet covered, the sentence around
//!    it ([`sentence::bounds`], bounded to a few hundred bytes) is tokenized
//!    ([`token::tokenize`]).
//! 3. **Figures** ([`figure::figure_at`]): numerals with their currency and
//!    units, minus years, dates, times, durations, identifiers, ordinals and
//!    addresses.
//! 4. **Measure** ([`measure::read`]): the noun phrase after the figure
//!    and the unit `people` or `count`; figures that count nothing are
//!    dropped. Then the **qualifier** ([`measure::qualifier`]): the hedge
//!    before or after the figure.
//! 5. **Attribution** ([`attribution`]): a quotation's speaker, `according
//!    to`, statistics, `X said`, or the outlet's voice.
//!
//! Memory is the output plus one token buffer per article; nothing is kept
//! between articles.

mod attribution;
mod candidate;
mod discourse;
mod figure;
mod lexicon;
mod measure;
pub mod rules;
mod sentence;
mod token;
mod unit;
#[cfg(test)]
mod word_literals;

use serde::Serialize;

use crate::model::{AttributionKind, Value};
use discourse::headline_source;

use super::claim::{ExtractedAttribution, ExtractedClaim, ExtractedFigure, Span};
use super::{ArticleInput, ExtractError, Extractor};
use attribution::{Quote, Source};
use candidate::Candidates;
pub(crate) use candidate::numerals;
use figure::{Parse, figure_at};
use lexicon::Class;
use rules::Rule;
use sentence::Sentence;
use token::Token;

/// The rule-based extractor claimbench ships: the baseline every other
/// extractor is compared with.
///
/// It never fails and never does I/O; [`ReferenceExtractor::extract_text`]
/// is the infallible form of [`Extractor::extract`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ReferenceExtractor {
    _private: (),
}

impl ReferenceExtractor {
    /// The extractor. Its tables are built once per process, on first use.
    pub fn new() -> Self {
        ReferenceExtractor { _private: () }
    }

    /// Every claim in `text`, in the order of the text.
    pub fn extract_text(&self, text: &str) -> Vec<ExtractedClaim> {
        let mut out = Vec::new();
        extract_into(text, &mut out, None);
        out
    }

    /// Every numeral the extractor read in `text`, in the order of the
    /// text, with the rules that fired on it and the claim it gave, if
    /// any: what `claimbench extract --explain` prints. The claims are
    /// those of [`extract_text`](Self::extract_text).
    pub fn explain(&self, text: &str) -> Vec<Explanation> {
        let mut out = Vec::new();
        let mut trace = Trace::default();
        extract_into(text, &mut out, Some(&mut trace));
        trace
            .numerals
            .into_iter()
            .map(|(span, written, fired, claim)| {
                let decided = fired.last().copied().unwrap_or(&rules::figure::CARDINAL);
                Explanation {
                    numeral: ExtractedFigure::at(span.start, span.end, &written),
                    decided,
                    why: decided.doc,
                    fired,
                    claim: claim.map(|index| out[index].clone()),
                }
            })
            .collect()
    }
}

/// The extractor's name in reports and on the wire: a name, not a word the
/// rules read.
const NAME: &str = "reference";

impl Extractor for ReferenceExtractor {
    fn name(&self) -> &str {
        NAME
    }

    fn version(&self) -> &str {
        env!("CARGO_PKG_VERSION")
    }

    fn extract(&self, article: &ArticleInput<'_>) -> Result<Vec<ExtractedClaim>, ExtractError> {
        Ok(self.extract_text(&article.text))
    }
}

/// What the reference extractor decided about one numeral of a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// The numeral as written, with its span in characters.
    pub numeral: ExtractedFigure,
    /// The rules that fired on it, stage by stage, in order.
    #[serde(serialize_with = "rule_names")]
    pub fired: Vec<&'static Rule>,
    /// The rule that decided: the one that skipped it, or the one that
    /// gave the claim its attribution.
    #[serde(serialize_with = "rule_name")]
    pub decided: &'static Rule,
    /// The doc line of the rule that decided.
    pub why: &'static str,
    /// The claim it gave; `None` when it was skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<ExtractedClaim>,
}

fn rule_name<S: serde::Serializer>(rule: &&'static Rule, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(rule.name)
}

fn rule_names<S: serde::Serializer>(rules: &[&'static Rule], out: S) -> Result<S::Ok, S::Error> {
    out.collect_seq(rules.iter().map(|rule| rule.name))
}

/// Whether each position of a line is inside quotation marks, advanced
/// monotonically through the text.
struct Quotes {
    pos: usize,
    open: Option<usize>,
}

impl Quotes {
    /// The opening quotation mark of the quotation holding byte `to`, if any.
    fn at(&mut self, text: &str, to: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        if to < self.pos {
            return self.open;
        }
        let mut i = self.pos;
        while i < to {
            match bytes[i] {
                b'\n' => self.open = None,
                b'"' => self.open = if self.open.is_some() { None } else { Some(i) },
                0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                    Some(0x9C) => self.open = Some(i),
                    Some(0x9D) => self.open = None,
                    _ => {}
                },
                0xC2 => match bytes.get(i + 1) {
                    Some(0xAB) => self.open = Some(i),
                    Some(0xBB) => self.open = None,
                    _ => {}
                },
                _ => {}
            }
            i += 1;
        }
        self.pos = to;
        self.open
    }
}

/// The closing quotation mark after byte `from` on its line, if any.
fn closing_quote(text: &str, from: usize, line_end: usize) -> Option<usize> {
    // A figure can run onto the next line (`12 million` wrapped after `12`).
    text.get(from..line_end)?
        .find(['"', '”', '»'])
        .map(|at| from + at)
}

/// Converts byte offsets to char offsets by counting from the last one.
#[derive(Debug, Clone, Copy)]
struct Chars {
    byte: usize,
    chars: usize,
}

impl Chars {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        let count = |from: usize, to: usize| {
            text.as_bytes()[from..to]
                .iter()
                .filter(|b| (**b as i8) >= -0x40)
                .count()
        };
        if byte >= self.byte {
            self.chars += count(self.byte, byte);
        } else {
            self.chars -= count(byte, self.byte);
        }
        self.byte = byte;
        self.chars
    }

    fn span(&mut self, text: &str, (start, end): (usize, usize)) -> Span {
        Span {
            start: self.at(text, start),
            end: self.at(text, end),
        }
    }
}

/// The line around the position being read, its ends found once per line,
/// and what the rules ask of the whole line (its speaker label, the next
/// closing quotation mark), found once per line or per quotation. A text
/// with no line breaks is one long line: looking its ends up again for each
/// sentence would make extraction grow with the square of the text.
/// Positions are asked for in the order of the text.
#[derive(Debug, Default)]
struct Lines {
    /// The line, `None` before the first question.
    bounds: Option<(usize, usize)>,
    /// The speaker label opening the line, once looked for.
    speaker: Option<Option<(usize, usize)>>,
    /// The last search for a closing quotation mark on the line: where it
    /// started and what it found.
    close: Option<(usize, Option<usize>)>,
    /// Whether the text is a transcript, once asked: kept from line to line.
    transcript: Option<bool>,
}

impl Lines {
    /// The line holding byte `at`, as [`line_bounds`] finds it.
    fn around(&mut self, text: &str, at: usize) -> (usize, usize) {
        match self.bounds {
            Some((start, end)) if (start..=end).contains(&at) => (start, end),
            _ => {
                let bounds = line_bounds(text, at);
                *self = Lines {
                    bounds: Some(bounds),
                    transcript: self.transcript,
                    ..Lines::default()
                };
                bounds
            }
        }
    }

    /// [`speaker_label`] of the line holding byte `at`, in bytes of the text.
    fn speaker(&mut self, text: &str, at: usize) -> Option<(usize, usize)> {
        let (start, end) = self.around(text, at);
        let label = *self
            .speaker
            .get_or_insert_with(|| speaker_label(&text[start..end]));
        let (a, b) = label?;
        // A label on one line only is a dateline (`LISBON: ...`), no speaker.
        let transcript = *self.transcript.get_or_insert_with(|| {
            discourse::is_transcript(text, |line| speaker_label(line).is_some())
        });
        transcript.then_some((start + a, start + b))
    }

    /// [`closing_quote`] after byte `from` on the line holding byte `at`.
    fn closing_quote(&mut self, text: &str, at: usize, from: usize) -> Option<usize> {
        let (_, end) = self.around(text, at);
        match self.close {
            // No closing mark between the last search's start and what it
            // found, so none between `from` and it either.
            Some((searched, found)) if searched <= from && found.is_none_or(|c| c >= from) => found,
            _ => {
                let found = closing_quote(text, from, end);
                self.close = Some((from, found));
                found
            }
        }
    }
}

/// The line holding byte `at`.
fn line_bounds(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
    (start, end)
}

/// Whether the sentence is share, subscribe or comment furniture rather
/// than the article: a short line with a word of the interface, a sentence
/// that tells the reader to act on the page (`Click here to subscribe for
/// $1 a month.`), or a line that links to another story (`Read more: 5
/// things to know`).
fn boilerplate(s: &Sentence<'_>, lines: &mut Lines) -> bool {
    const SHORT: usize = 80;
    let (start, end) = lines.around(s.text, s.start);
    if links_elsewhere(&s.text[start..end]) {
        return true;
    }
    if s.end - s.start >= SHORT {
        return false;
    }
    // A counter (`12 Comments`, `Share 40`) is a fragment of a few words; a
    // sentence of prose may count the same things (`Readers left 300
    // comments under the post`).
    let fragment = (0..s.len()).filter(|&k| s.is_word(k)).count() <= FRAGMENT_WORDS;
    let interface = (0..s.len()).any(|k| {
        s.has(k, Class::INTERFACE)
            || fragment && s.has(k, Class::INTERFACE_COUNTER) && counter_label(s, k)
    });
    interface && (end - start < SHORT || addresses_the_reader(s))
}

/// The most words a counter of the page has (`Share this article`, `12
/// Comments`, `Comments (127)`, `Posted 3 hours ago`).
const FRAGMENT_WORDS: usize = 5;

/// Whether the everyday word at `k` labels a button or a counter: next to
/// a number (`Share 12`, `12 Comments`, `Comments (127)`) or opening the
/// sentence before a determiner or punctuation (`Share this article`,
/// `Share:`).
fn counter_label(s: &Sentence<'_>, k: usize) -> bool {
    let number_after = s.is_number(k + 1) || s.is_one_of(k + 1, &["(", ":"]) && s.is_number(k + 2);
    let number_before = k > 0 && s.is_number(k - 1);
    // `Share this`, `Share:`; not `Shares, which fell 12%, recovered`.
    let opens =
        k == 0 && (s.len() == 1 || s.is_any(1, crate::lang::FIGURE_COUNTER_LABEL_FOLLOWERS));
    number_after || number_before || opens
}

/// Whether a sentence opens with an imperative of the page's interface:
/// `Click`, `Tap`, `Subscribe`, `Sign up`, `Follow us`, `Download`.
fn addresses_the_reader(s: &Sentence<'_>) -> bool {
    s.is_any(0, crate::lang::FIGURE_READER_IMPERATIVES)
        || s.phrase_at(0, crate::lang::FIGURE_READER_IMPERATIVE_PHRASES)
            .is_some()
}

/// The speaker label that opens a line of a transcript (`NEVILLE: We
/// need 300 more nurses.`), as a byte range of the line: one to four
/// capitalized words in capitals, then a colon. Labels of the page
/// (`UPDATE:`, `WATCH:`) name no speaker.
fn speaker_label(line: &str) -> Option<(usize, usize)> {
    let start = line.len() - line.trim_start().len();
    let colon = line[start..].find(':')? + start;
    let label = &line[start..colon];
    let words = label.split_whitespace().count();
    let letters = label.chars().filter(char::is_ascii_alphabetic).count();
    let shaped = (1..=4).contains(&words)
        && letters >= 2
        && label
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    let page_label = crate::lang::FIGURE_PAGE_LABELS
        .iter()
        .any(|page| page.eq_ignore_ascii_case(label.trim_end()));
    (shaped && !page_label).then_some((start, colon))
}

/// Whether a line opens with the label of a link to another story: `Read
/// more:`, `Also read:`, `Related:`, `See also:`.
fn links_elsewhere(line: &str) -> bool {
    let line = line.trim_start();
    crate::lang::FIGURE_LINK_LABELS.iter().any(|label| {
        let Some(rest) = line
            .get(..label.len())
            .filter(|head| head.eq_ignore_ascii_case(label))
            .map(|_| &line[label.len()..])
        else {
            return false;
        };
        // `Related: ...`, `Related - ...`; not `Related-party loans`.
        rest.trim_start().starts_with([':', '|'])
            || rest.starts_with(char::is_whitespace)
                && rest.trim_start().starts_with(['-', '–', '—'])
    })
}

/// Appends every claim in `text` to `out`.
fn extract_into(text: &str, out: &mut Vec<ExtractedClaim>, mut trace: Option<&mut Trace>) {
    let mut candidates = Candidates::with_phrases(text);
    let mut tokens: Vec<Token> = Vec::new();
    let mut quotes = Quotes { pos: 0, open: None };
    let mut chars = Chars { byte: 0, chars: 0 };
    let mut lines = Lines::default();
    let mut from = 0;
    let mut report = None;
    let disease = measure::DiseaseMention::in_text(text);
    while let Some(at) = candidates.next_from(from) {
        let (start, end) = sentence::bounds(text, at);
        // A sentence cut at its length limit must not be read twice.
        let start = start.max(from);
        if at < start || at >= end {
            from = at + 1;
            continue;
        }
        let s = Sentence::tokenized(text, start, end, &mut tokens);
        let first_claim = out.len();
        analyze(
            &s,
            &disease,
            &mut quotes,
            &mut chars,
            &mut lines,
            out,
            trace.as_deref_mut(),
        );
        let claims = &mut out[first_claim..];
        let in_sentence = discourse::carry_in_sentence(claims);
        // A report made by a sentence with no figure just before this one
        // in its paragraph, asked for when no other report continues.
        let opened_before = || {
            let (end, source) = discourse::source_without_figures(&s, from)?;
            let attribution = attribution_of(text, source, &mut chars.clone());
            Some(discourse::Report::new(end, attribution))
        };
        if let Some(trace) = trace.as_deref_mut() {
            let own: Vec<bool> = (0..claims.len())
                .map(|k| !in_sentence.contains(&k))
                .collect();
            trace.carried(first_claim, &own, &rules::attribution::CARRIED_IN_SENTENCE);
        }
        match trace.as_deref_mut() {
            None => {
                discourse::carry(&s, &mut report, claims, opened_before);
            }
            Some(trace) => {
                let own: Vec<bool> = claims
                    .iter()
                    .map(|claim| claim.attribution.kind != AttributionKind::Unattributed)
                    .collect();
                if let Some(continuation) = discourse::carry(&s, &mut report, claims, opened_before)
                {
                    let rule = match continuation {
                        discourse::Continuation::SameParagraph => {
                            &rules::attribution::CARRIED_IN_PARAGRAPH
                        }
                        discourse::Continuation::NextParagraph => {
                            &rules::attribution::CARRIED_ACROSS_PARAGRAPHS
                        }
                    };
                    trace.carried(first_claim, &own, rule);
                }
            }
        }
        from = end;
    }
}

/// What an explanation records while the text is read: for each numeral,
/// its span, the rules that fired in order (the last decided), and the
/// index of its claim.
#[derive(Debug, Default)]
struct Trace {
    numerals: Vec<(Span, String, Vec<&'static Rule>, Option<usize>)>,
}

impl Trace {
    fn push(&mut self, span: Span, text: &str, fired: Vec<&'static Rule>, claim: Option<usize>) {
        self.numerals.push((span, text.to_owned(), fired, claim));
    }

    /// Records that the claims from `first_claim` on without a source of
    /// their own (`own` is false) took the report's by `rule`.
    fn carried(&mut self, first_claim: usize, own: &[bool], rule: &'static Rule) {
        for (_, _, fired, claim) in &mut self.numerals {
            if let Some(index) = *claim
                && index >= first_claim
                && own.get(index - first_claim) == Some(&false)
            {
                fired.push(rule);
            }
        }
    }
}

/// Appends the claims of one sentence to `out`.
fn analyze(
    s: &Sentence<'_>,
    disease: &measure::DiseaseMention<'_>,
    quotes: &mut Quotes,
    chars: &mut Chars,
    lines: &mut Lines,
    out: &mut Vec<ExtractedClaim>,
    mut trace: Option<&mut Trace>,
) {
    if boilerplate(s, lines) {
        if let Some(trace) = trace {
            explain_boilerplate(s, chars, trace);
        }
        return;
    }
    let text = s.text;
    let first_claim = out.len();
    let mut previous = None;
    // Whether the last figure with a source was one its subject expects.
    let mut expectation = false;
    let mut i = 0;
    // The span of tokens `a..b` and its text, for an explanation.
    let numeral = |chars: &Chars, a: usize, b: usize| {
        let b = b.min(s.len()).max(a + 1);
        let bytes = (s.tokens[a].start, s.tokens[b - 1].end);
        (chars.clone().span(text, bytes), &text[bytes.0..bytes.1])
    };
    while i < s.len() {
        // The candidate rule that made the numeral at `i` one to read.
        let mut candidate = if s.is_number(i) {
            &rules::candidate::DIGITS
        } else {
            &rules::candidate::NUMBER_WORD
        };
        let figure = match figure_at(s, i) {
            Parse::Figure(figure) => {
                if std::ptr::eq(figure.rule, &rules::figure::ONE_UNIT_OF_TIME) {
                    candidate = &rules::candidate::ONE_UNIT_OF_TIME_PHRASE;
                }
                figure
            }
            Parse::Skip(end, rule) => {
                if let Some(trace) = trace.as_deref_mut() {
                    let (span, written) = numeral(chars, i, end);
                    trace.push(span, written, vec![candidate, rule], None);
                }
                i = end.max(i + 1);
                continue;
            }
            Parse::Nothing => {
                i += 1;
                continue;
            }
        };
        i = figure.tail.max(figure.end);
        let reading = measure::read(s, &figure, previous).or_else(|skipped| {
            measure::part_of_an_earlier_count(s, &figure, skipped, || {
                out[..first_claim].last().map(|claim| claim.unit)
            })
        });
        let reading = match reading {
            Ok(reading) => measure::cases_of_the_disease(s, reading, || disease.before(s.start)),
            Err(skipped) => {
                if let Some(trace) = trace.as_deref_mut() {
                    let (span, written) = numeral(chars, figure.start, figure.end);
                    let mut fired = vec![candidate, figure.rule];
                    fired.extend(figure.unit_rule);
                    fired.push(skipped);
                    trace.push(span, written, fired, None);
                }
                continue;
            }
        };
        // `Region III with 9,448 at 14 percent; Region IX with 5,708`: a
        // bare figure counts what the nearest count before it counts, past
        // the shares between them.
        let counts = |reading: &measure::Reading| {
            matches!(
                reading.unit,
                crate::vocab::Unit::PEOPLE | crate::vocab::Unit::COUNT
            )
        };
        if counts(&reading) || !previous.as_ref().is_some_and(counts) {
            previous = Some(reading);
        }
        let qualifier = measure::qualifier(s, &figure);
        let figure_start = s.tokens[figure.start].start;
        let figure_end = s.tokens[figure.end - 1].end;
        let source = match quotes.at(text, figure_start) {
            Some(open) => {
                let (line_start, line_end) = lines.around(text, figure_start);
                let quote = Quote {
                    open,
                    close: lines.closing_quote(text, figure_start, figure_end),
                };
                attribution::quoted(text, quote, line_start, line_end)
            }
            None => {
                let source = attribution::attribute(s, figure.lead, figure.end);
                if source.kind != AttributionKind::Unattributed {
                    source
                } else if let Some(label) = lines.speaker(text, figure_start) {
                    Source::new(
                        AttributionKind::DirectQuote,
                        label,
                        &rules::attribution::TRANSCRIPT_LABEL,
                    )
                } else if let Some(span) = headline_source(
                    text,
                    lines.around(text, figure_start),
                    (figure_start, figure_end),
                ) {
                    Source::new(
                        AttributionKind::ReportedSpeech,
                        span,
                        &rules::attribution::HEADLINE_SOURCE,
                    )
                } else {
                    source
                }
            }
        };
        // `Analysts expected $48.66 billion`: an expected value, read once
        // its source is known.
        // `The airline forecasts revenue to rise 5% to $3.1 billion and its
        // fleet to grow to 140 planes`: a figure with no source of its own after an
        // expected one in its sentence is expected too (its source is
        // carried with `carry_in_sentence`); a figure with a source of its
        // own ends the expectation.
        if source.kind != AttributionKind::Unattributed {
            expectation = std::ptr::eq(source.rule, &rules::attribution::EXPECTED_BY_SUBJECT);
        }
        let qualifier = measure::expected_value(
            qualifier,
            if expectation {
                &rules::attribution::EXPECTED_BY_SUBJECT
            } else {
                source.rule
            },
        );
        // The main cursor only moves forward through the figures; spans
        // elsewhere are counted from a copy of it.
        let figure_span = chars.span(text, (figure_start, figure_end));
        if let Some(trace) = trace.as_deref_mut() {
            let mut fired = vec![candidate, figure.rule];
            fired.extend(figure.unit_rule);
            fired.extend([reading.rule, qualifier.1, source.rule]);
            let written = &text[figure_start..figure_end];
            trace.push(figure_span, written, fired, Some(out.len()));
        }
        let attribution = attribution_of(text, source, &mut chars.clone());
        out.push(ExtractedClaim {
            figure: ExtractedFigure::at(
                figure_span.start,
                figure_span.end,
                &text[figure_start..figure_end],
            ),
            value: tidy(figure.value),
            unit: reading.unit,
            qualifier: qualifier.0,
            measure: reading.measure.map(|(a, b)| s.slice(a, b).to_owned()),
            attribution,
            sentence: None,
            conflict_key: None,
        });
    }
    if out.len() > first_claim {
        let start = chars.clone().at(text, s.start);
        let sentence = Span {
            start,
            end: chars.at(text, s.end),
        };
        for claim in &mut out[first_claim..] {
            claim.sentence = Some(sentence);
        }
    }
}

/// Records every numeral of a sentence of furniture as skipped for it.
fn explain_boilerplate(s: &Sentence<'_>, chars: &Chars, trace: &mut Trace) {
    let mut i = 0;
    while i < s.len() {
        let end = match figure_at(s, i) {
            Parse::Figure(figure) => figure.tail.max(figure.end),
            Parse::Skip(end, _) => end,
            Parse::Nothing => {
                i += 1;
                continue;
            }
        };
        let end = end.min(s.len()).max(i + 1);
        let bytes = (s.tokens[i].start, s.tokens[end - 1].end);
        let span = chars.clone().span(s.text, bytes);
        trace.push(
            span,
            &s.text[bytes.0..bytes.1],
            vec![&rules::candidate::BOILERPLATE],
            None,
        );
        i = end;
    }
}

/// Rounds away the binary noise of scaled decimals (`4.1 million` is
/// 4100000, not 4099999.9999999995); other values are left exact.
fn tidy(value: Value) -> Value {
    let round = |v: f64| {
        let r = v.round();
        if r != 0.0 && ((r - v) / r).abs() < 1e-9 {
            r
        } else {
            v
        }
    };
    match value {
        Value::Number(v) => Value::Number(round(v)),
        Value::Range { low, high } => Value::Range {
            low: round(low),
            high: round(high),
        },
    }
}

fn attribution_of(text: &str, source: Source, chars: &mut Chars) -> ExtractedAttribution {
    match source.span {
        Some(span) if source.kind != AttributionKind::Unattributed => ExtractedAttribution {
            kind: source.kind,
            text: Some(text[span.0..span.1].to_owned()),
            span: Some(chars.span(text, span)),
        },
        _ if source.kind == AttributionKind::DirectQuote => ExtractedAttribution {
            kind: source.kind,
            text: None,
            span: None,
        },
        _ => ExtractedAttribution::unattributed(),
    }
}

/// Whether `noun` names people, singular or plural (`workers`, `doctor`),
/// by the nouns for people the extractor reads `people` from: an
/// importer uses it to tell a count of people from a count of things.
pub(crate) fn names_people(noun: &str) -> bool {
    let Some(head) = noun.split_whitespace().last() else {
        return false;
    };
    let person = |word: &str| lexicon::look_up(word).class.has(lexicon::Class::PERSON);
    person(head)
        || crate::lang::WORDS_PLURAL_ENDINGS
            .iter()
            .any(|ending| person(&format!("{head}{ending}")))
}

#[cfg(test)]
mod tests;
