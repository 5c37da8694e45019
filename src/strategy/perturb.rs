//! Perturbations of an article that must not change its gold claims, with
//! every gold span remapped through each edit.
//!
//! A [`Perturbed`] article is the edited text with its gold annotations
//! rewritten to match: each claim's and distractor's `quote`, `figure`,
//! `aliases` and `occurrences` are read back from the edited text through
//! the [`EditMap`], so [`score_article`](crate::score::score_article) scores
//! an extractor on it exactly as on the original. Edits are of five
//! [`Family`]s: page furniture inserted at paragraph boundaries
//! ([`BOILERPLATE`]), duplicated and moved paragraphs, whitespace and line
//! endings, and typography (straight or typographic quotes, dashes).
//!
//! Two rules keep the gold unchanged. A space inside a gold *figure* is never
//! touched (`50 442` stays one figure); a space elsewhere inside a quote is
//! changed in every occurrence of that quote at once, so duplicated
//! statements stay identical. Only paragraphs that hold no gold quote are
//! moved, because a paragraph can take its attribution from the one before
//! it. An edit sequence that would still leave the gold ambiguous (two
//! occurrences of a quote that no longer read the same) is rejected by the
//! strategy rather than scored.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

use proptest::prelude::*;

use crate::extract::Span;
use crate::model::Article;

/// Lines of page furniture that real scraped articles carry between
/// paragraphs: share and subscribe prompts, ad spam, photo captions and
/// bylines. None states a figure about the article's subject.
pub const BOILERPLATE: &[&str] = &[
    "Share this article",
    "Subscribe to our newsletter",
    "Share on Facebook | Share on Twitter | Email",
    "ADVERTISEMENT",
    "Advertisement - scroll to continue reading",
    "Click here to read more",
    "Sign up for our daily briefing and never miss a story.",
    "Lose weight fast with this one weird trick!",
    "Photo: Displaced families wait for aid near the border. (Reuters)",
    "A man walks past a damaged building. Photo: AFP",
    "By Staff Reporter",
    "By Jane Doe, Senior Correspondent",
    "Related: Leaders meet for talks in Geneva",
    "Follow us on Twitter and Facebook",
];

/// A family of perturbations; each is one invariance property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Share and subscribe lines, ad spam, photo captions and bylines
    /// inserted as paragraphs of their own.
    Boilerplate,
    /// A paragraph printed twice in a row, or a paragraph holding no gold
    /// quote moved elsewhere.
    Paragraphs,
    /// CRLF line endings, extra blank lines, trailing spaces, doubled spaces
    /// and non-breaking spaces where a normal space is.
    Whitespace,
    /// Straight quotes made typographic or typographic ones straight; dashes
    /// written as ASCII hyphens.
    Typography,
    /// Any of the above, mixed.
    Mixed,
}

impl Family {
    /// Every family, in a stable order.
    pub const ALL: [Family; 5] = [
        Family::Boilerplate,
        Family::Paragraphs,
        Family::Whitespace,
        Family::Typography,
        Family::Mixed,
    ];
}

/// One edit of an article's text. Positions are taken modulo the number
/// of choices in the text as it is when the edit is applied, so any edit
/// applies to any text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Edit {
    /// Inserts `text` as a paragraph of its own at a paragraph boundary.
    InsertParagraph {
        /// Which boundary (the start of a paragraph, or the end of the text).
        at: usize,
        /// The paragraph; one line, no line break.
        text: String,
    },
    /// Prints a paragraph twice in a row.
    DuplicateParagraph {
        /// Which paragraph.
        which: usize,
    },
    /// Moves a paragraph that holds no gold quote to another boundary.
    MoveParagraph {
        /// Which of the movable paragraphs.
        which: usize,
        /// To which boundary of the remaining text.
        to: usize,
    },
    /// Ends every line with CRLF instead of LF.
    CrLf,
    /// Adds an empty line at a paragraph boundary.
    BlankLine {
        /// Which boundary.
        at: usize,
    },
    /// Adds spaces at the end of a line.
    TrailingSpaces {
        /// Which line.
        which: usize,
    },
    /// Writes a space as two.
    DoubleSpace {
        /// Which space outside gold figures.
        which: usize,
    },
    /// Writes a space as a non-breaking space (U+00A0).
    NonBreakingSpace {
        /// Which space outside gold figures.
        which: usize,
    },
    /// Writes typographic quotes and apostrophes as straight ones.
    StraightQuotes,
    /// Writes straight quotes and apostrophes as typographic ones.
    TypographicQuotes,
    /// Writes em dashes as `--` and en dashes as `-`.
    AsciiDashes,
}

/// Maps the characters of an edited text back to the original.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EditMap {
    /// For every `char` of the edited text, the `char` offset in the
    /// original it comes from, or `None` when it was inserted.
    origins: Vec<Option<usize>>,
}

impl EditMap {
    /// The original `char` offset the edited text's `char` at `at` comes
    /// from; `None` when it was inserted or `at` is past the end.
    pub fn origin(&self, at: usize) -> Option<usize> {
        self.origins.get(at).copied().flatten()
    }

    /// Where a span of the original text is in the edited text: one span
    /// per copy of it (a duplicated paragraph makes two), in text order. A
    /// span that an edit broke apart is not in the list.
    pub fn map_span(&self, old: Span) -> Vec<Span> {
        if old.start >= old.end {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (p, origin) in self.origins.iter().enumerate() {
            let starts_run =
                *origin == Some(old.start) && (p == 0 || self.origins[p - 1] != Some(old.start));
            if !starts_run {
                continue;
            }
            // Walk forward through the span's characters in order; inserted
            // characters inside it (a `\r` before a `\n`) are kept.
            let mut expected = old.start;
            let mut end = p + 1;
            let mut q = p + 1;
            while q < self.origins.len() {
                match self.origins[q] {
                    Some(o) if o == expected => end = q + 1,
                    Some(o) if o == expected + 1 && o < old.end => {
                        expected = o;
                        end = q + 1;
                    }
                    None if expected + 1 < old.end => {}
                    _ => break,
                }
                q += 1;
            }
            if expected + 1 == old.end {
                out.push(Span { start: p, end });
            }
        }
        out
    }
}

/// An article after a sequence of edits, with its gold remapped.
#[derive(Debug, Clone, PartialEq)]
pub struct Perturbed {
    /// The edited article: its text and every quote, figure, alias and
    /// occurrence count rewritten to match. `text_sha256` is the edited
    /// text's.
    pub article: Article,
    /// The edits, described for people, in the order they were applied.
    pub edits: Vec<String>,
    /// From the edited text back to the original.
    pub map: EditMap,
}

/// Why an edit sequence could not keep the gold exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemapError {
    /// The quote whose occurrences no longer read the same.
    pub quote: String,
}

impl fmt::Display for RemapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "after the edits the occurrences of `{}` no longer read the same",
            self.quote
        )
    }
}

impl std::error::Error for RemapError {}

/// One character of the text being edited and where it comes from.
#[derive(Debug, Clone, Copy)]
struct Piece {
    ch: char,
    origin: Option<usize>,
}

/// A gold quote's occurrences in the original, in `char`s, and where its
/// figure lies inside it.
struct Annotated {
    occurrences: Vec<Span>,
    figure: Option<Span>,
}

/// What the edits must respect, in `char` offsets of the original.
struct Protection {
    annotated: Vec<Annotated>,
    /// Characters inside a gold claim's quote (paragraphs holding one stay
    /// in place).
    in_claim: Vec<bool>,
}

impl Protection {
    fn new(article: &Article) -> Protection {
        let text = &article.text;
        let len = text.chars().count();
        let mut in_claim = vec![false; len];
        let quotes = article
            .claims
            .iter()
            .map(|c| (c.quote.as_str(), c.figure.as_str(), true))
            .chain(
                article
                    .distractors
                    .iter()
                    .map(|d| (d.quote.as_str(), d.figure.as_str(), false)),
            );
        let annotated = quotes
            .map(|(quote, figure, is_claim)| {
                let occurrences = find_all(text, quote);
                if is_claim {
                    for span in &occurrences {
                        in_claim[span.start..span.end].fill(true);
                    }
                }
                let figure = quote.find(figure).map(|at| {
                    let start = quote[..at].chars().count();
                    Span {
                        start,
                        end: start + figure.chars().count(),
                    }
                });
                Annotated {
                    occurrences,
                    figure,
                }
            })
            .collect();
        Protection {
            annotated,
            in_claim,
        }
    }

    /// The original characters that must change together with `origin`
    /// (the same place in every occurrence of a quote), or `None` when
    /// `origin` is inside a gold figure and must not change at all.
    fn linked(&self, origin: usize) -> Option<BTreeSet<usize>> {
        let mut linked = BTreeSet::from([origin]);
        for annotated in &self.annotated {
            for occurrence in &annotated.occurrences {
                if !(occurrence.start..occurrence.end).contains(&origin) {
                    continue;
                }
                let offset = origin - occurrence.start;
                if annotated
                    .figure
                    .is_some_and(|f| (f.start..f.end).contains(&offset))
                {
                    return None;
                }
                linked.extend(annotated.occurrences.iter().map(|o| o.start + offset));
            }
        }
        Some(linked)
    }
}

/// The `char` spans of every non-overlapping occurrence of `needle`, as the
/// scorer finds them.
fn find_all(text: &str, needle: &str) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut chars_before = 0;
    let mut last = 0;
    for (at, _) in text.match_indices(needle) {
        chars_before += text[last..at].chars().count();
        let len = needle.chars().count();
        out.push(Span {
            start: chars_before,
            end: chars_before + len,
        });
        chars_before += len;
        last = at + needle.len();
    }
    out
}

/// A paragraph: a run of non-empty line content, in piece indices, without
/// its line break.
fn paragraphs(pieces: &[Piece]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=pieces.len() {
        if i == pieces.len() || pieces[i].ch == '\n' {
            let mut end = i;
            if end > start && pieces[end - 1].ch == '\r' {
                end -= 1;
            }
            if pieces[start..end].iter().any(|p| !p.ch.is_whitespace()) {
                out.push((start, end));
            }
            start = i + 1;
        }
    }
    out
}

/// The separator between paragraphs: a blank line when the text uses them,
/// and CRLF when it does.
fn separator(pieces: &[Piece]) -> String {
    let text: String = pieces.iter().map(|p| p.ch).collect();
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    if text.contains(&format!("{newline}{newline}")) {
        newline.repeat(2)
    } else {
        newline.to_owned()
    }
}

fn inserted(text: &str) -> impl Iterator<Item = Piece> + '_ {
    text.chars().map(|ch| Piece { ch, origin: None })
}

/// Inserts `paragraph` (pieces) at boundary `k` of `paras`: before the
/// paragraph `k`, or at the end when `k == paras.len()`.
fn insert_at_boundary(pieces: &mut Vec<Piece>, k: usize, paragraph: Vec<Piece>) -> usize {
    let sep = separator(pieces);
    let paras = paragraphs(pieces);
    if let Some(&(start, _)) = paras.get(k) {
        let mut block = paragraph;
        block.extend(inserted(&sep));
        pieces.splice(start..start, block);
        start
    } else {
        let ends_with_newline = pieces.last().is_some_and(|p| p.ch == '\n');
        let newline = if sep.contains('\r') { "\r\n" } else { "\n" };
        // After a final line break, the separator less that line break.
        let prefix = if pieces.is_empty() {
            ""
        } else if ends_with_newline {
            &sep[newline.len()..]
        } else {
            &sep
        };
        let mut block: Vec<Piece> = inserted(prefix).collect();
        let at = pieces.len() + block.len();
        block.extend(paragraph);
        if ends_with_newline {
            block.extend(inserted(newline));
        }
        pieces.extend(block);
        at
    }
}

/// `choice` modulo `count`; `count` is at least 1.
fn pick(choice: usize, count: usize) -> usize {
    choice % count.max(1)
}

/// A position among the choices an edit has, shrinking toward the first.
fn position() -> std::ops::Range<usize> {
    0..4096
}

fn boundaries(pieces: &[Piece]) -> usize {
    paragraphs(pieces).len() + 1
}

fn quoted_line(pieces: &[Piece], (start, end): (usize, usize)) -> String {
    let line: String = pieces[start..end].iter().map(|p| p.ch).collect();
    let short: String = line.chars().take(40).collect();
    if short.len() < line.len() {
        format!("{short:?}…")
    } else {
        format!("{short:?}")
    }
}

/// Applies one edit; returns its description.
fn apply_edit(pieces: &mut Vec<Piece>, edit: &Edit, protection: &Protection) -> String {
    match edit {
        Edit::InsertParagraph { at, text } => {
            let k = pick(*at, boundaries(pieces));
            insert_at_boundary(pieces, k, inserted(text).collect());
            format!("inserted {text:?} as paragraph {k}")
        }
        Edit::DuplicateParagraph { which } => {
            let paras = paragraphs(pieces);
            if paras.is_empty() {
                return "duplicated nothing (no paragraph)".to_owned();
            }
            let k = pick(*which, paras.len());
            let copy = pieces[paras[k].0..paras[k].1].to_vec();
            let description = format!("duplicated paragraph {k} {}", quoted_line(pieces, paras[k]));
            insert_at_boundary(pieces, k + 1, copy);
            description
        }
        Edit::MoveParagraph { which, to } => {
            let paras = paragraphs(pieces);
            let movable: Vec<usize> = (0..paras.len())
                .filter(|&k| {
                    let (start, end) = paras[k];
                    !pieces[start..end]
                        .iter()
                        .any(|p| p.origin.is_some_and(|o| protection.in_claim[o]))
                })
                .collect();
            if movable.is_empty() || paras.len() < 2 {
                return "moved nothing (no movable paragraph)".to_owned();
            }
            let k = movable[pick(*which, movable.len())];
            let (start, end) = paras[k];
            // Take the paragraph with the line breaks after it (or, for the
            // last paragraph, the ones before it).
            let (cut_start, cut_end) = match paras.get(k + 1) {
                Some(&(next, _)) => (start, next),
                None => (paras[k - 1].1, end),
            };
            let description = format!("moved paragraph {k} {}", quoted_line(pieces, paras[k]));
            let paragraph: Vec<Piece> = pieces[start..end].to_vec();
            pieces.drain(cut_start..cut_end);
            let to = pick(*to, boundaries(pieces));
            insert_at_boundary(pieces, to, paragraph);
            format!("{description} to boundary {to}")
        }
        Edit::CrLf => {
            let mut out = Vec::with_capacity(pieces.len() + pieces.len() / 40);
            for (i, piece) in pieces.iter().enumerate() {
                if piece.ch == '\n' && (i == 0 || pieces[i - 1].ch != '\r') {
                    out.push(Piece {
                        ch: '\r',
                        origin: None,
                    });
                }
                out.push(*piece);
            }
            *pieces = out;
            "wrote line endings as CRLF".to_owned()
        }
        Edit::BlankLine { at } => {
            let paras = paragraphs(pieces);
            let k = pick(*at, paras.len() + 1);
            let at = paras.get(k).map_or(pieces.len(), |p| p.0);
            let newline = if separator(pieces).contains('\r') {
                "\r\n"
            } else {
                "\n"
            };
            pieces.splice(at..at, inserted(newline));
            format!("added a blank line at boundary {k}")
        }
        Edit::TrailingSpaces { which } => {
            let paras = paragraphs(pieces);
            if paras.is_empty() {
                return "added no trailing spaces (no paragraph)".to_owned();
            }
            let k = pick(*which, paras.len());
            let end = paras[k].1;
            pieces.splice(end..end, inserted("  "));
            format!("added trailing spaces to paragraph {k}")
        }
        Edit::DoubleSpace { which } | Edit::NonBreakingSpace { which } => {
            let nbsp = matches!(edit, Edit::NonBreakingSpace { .. });
            let candidates: Vec<(usize, Option<BTreeSet<usize>>)> = pieces
                .iter()
                .enumerate()
                .filter(|(_, p)| p.ch == ' ')
                .filter_map(|(i, p)| match p.origin {
                    None => Some((i, None)),
                    Some(o) => protection.linked(o).map(|linked| (i, Some(linked))),
                })
                .collect();
            if candidates.is_empty() {
                return "changed no space (none outside gold figures)".to_owned();
            }
            let (at, linked) = &candidates[pick(*which, candidates.len())];
            let targets: Vec<usize> = (0..pieces.len())
                .rev()
                .filter(|&i| match linked {
                    None => i == *at,
                    Some(linked) => {
                        pieces[i].ch == ' ' && pieces[i].origin.is_some_and(|o| linked.contains(&o))
                    }
                })
                .collect();
            for &i in &targets {
                if nbsp {
                    pieces[i].ch = '\u{a0}';
                } else {
                    pieces.insert(i + 1, pieces[i]);
                }
            }
            let what = if nbsp {
                "a non-breaking space"
            } else {
                "two spaces"
            };
            let context: String = pieces[at.saturating_sub(12)..(at + 12).min(pieces.len())]
                .iter()
                .map(|p| p.ch)
                .collect();
            format!("wrote the space in {context:?} as {what}")
        }
        Edit::StraightQuotes => {
            for piece in pieces.iter_mut() {
                piece.ch = match piece.ch {
                    '‘' | '’' => '\'',
                    '“' | '”' => '"',
                    other => other,
                };
            }
            "wrote typographic quotes as straight ones".to_owned()
        }
        Edit::TypographicQuotes => {
            for i in 0..pieces.len() {
                let opens = i == 0 || {
                    let before = pieces[i - 1].ch;
                    before.is_whitespace() || matches!(before, '(' | '[' | '—' | '–')
                };
                pieces[i].ch = match (pieces[i].ch, opens) {
                    ('"', true) => '“',
                    ('"', false) => '”',
                    ('\'', true) => '‘',
                    ('\'', false) => '’',
                    (other, _) => other,
                };
            }
            "wrote straight quotes as typographic ones".to_owned()
        }
        Edit::AsciiDashes => {
            let mut out = Vec::with_capacity(pieces.len());
            for piece in pieces.iter() {
                match piece.ch {
                    '—' => out.extend([Piece { ch: '-', ..*piece }; 2]),
                    '–' => out.push(Piece { ch: '-', ..*piece }),
                    _ => out.push(*piece),
                }
            }
            *pieces = out;
            "wrote dashes as ASCII hyphens".to_owned()
        }
    }
}

/// Applies `edits` to `article` in order and remaps its gold.
///
/// # Errors
///
/// When after the edits the occurrences of a gold quote no longer all read
/// the same, or the edited text holds a copy of a quote that is not one of
/// its occurrences (an inserted paragraph that repeats it), so that the
/// gold would be ambiguous.
pub fn apply(article: &Article, edits: &[Edit]) -> Result<Perturbed, RemapError> {
    let protection = Protection::new(article);
    let mut pieces: Vec<Piece> = article
        .text
        .chars()
        .enumerate()
        .map(|(at, ch)| Piece {
            ch,
            origin: Some(at),
        })
        .collect();
    let descriptions = edits
        .iter()
        .map(|edit| apply_edit(&mut pieces, edit, &protection))
        .collect();
    let text: String = pieces.iter().map(|p| p.ch).collect();
    let map = EditMap {
        origins: pieces.iter().map(|p| p.origin).collect(),
    };
    let mut edited = article.clone();
    for (claim, annotated) in edited.claims.iter_mut().zip(&protection.annotated) {
        let (quote, figure, occurrences) = remap_quote(&text, &map, &claim.quote, annotated)?;
        claim.quote = quote;
        claim.figure = figure;
        claim.occurrences = occurrences;
        for alias in &mut claim.attribution.aliases {
            if let Some(first) = find_all(&article.text, alias).first()
                && let Some(new) = map.map_span(*first).first()
                && let Some(slice) = new.slice(&text)
            {
                *alias = slice.to_owned();
            }
        }
    }
    let distractors = protection.annotated[edited.claims.len()..].iter();
    for (distractor, annotated) in edited.distractors.iter_mut().zip(distractors) {
        let (quote, figure, occurrences) = remap_quote(&text, &map, &distractor.quote, annotated)?;
        distractor.quote = quote;
        distractor.figure = figure;
        distractor.occurrences = occurrences;
    }
    edited.text_sha256 = sha256_hex(&text);
    edited.text = text;
    Ok(Perturbed {
        article: edited,
        edits: descriptions,
        map,
    })
}

/// The quote, figure and occurrence count of one annotation in the edited
/// text.
fn remap_quote(
    text: &str,
    map: &EditMap,
    quote: &str,
    annotated: &Annotated,
) -> Result<(String, String, u32), RemapError> {
    let fail = || RemapError {
        quote: quote.to_owned(),
    };
    let first = annotated.occurrences.first().ok_or_else(fail)?;
    let spans: Vec<Span> = annotated
        .occurrences
        .iter()
        .flat_map(|old| map.map_span(*old))
        .collect();
    let new_quote = spans
        .first()
        .and_then(|span| span.slice(text))
        .ok_or_else(fail)?;
    let mut sorted = spans.clone();
    sorted.sort();
    if find_all(text, new_quote) != sorted {
        return Err(fail());
    }
    let figure = annotated
        .figure
        .map(|f| Span {
            start: first.start + f.start,
            end: first.start + f.end,
        })
        .and_then(|old| map.map_span(old).first().copied())
        .and_then(|span| span.slice(text))
        .filter(|figure| new_quote.contains(figure))
        .ok_or_else(fail)?;
    let occurrences = u32::try_from(spans.len()).map_err(|_| fail())?;
    Ok((new_quote.to_owned(), figure.to_owned(), occurrences))
}

fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One edit of `family`.
pub fn edit(family: Family) -> BoxedStrategy<Edit> {
    let boilerplate = (position(), proptest::sample::select(BOILERPLATE)).prop_map(|(at, line)| {
        Edit::InsertParagraph {
            at,
            text: line.to_owned(),
        }
    });
    let paragraphs = prop_oneof![
        position().prop_map(|which| Edit::DuplicateParagraph { which }),
        (position(), position()).prop_map(|(which, to)| Edit::MoveParagraph { which, to }),
    ];
    let whitespace = prop_oneof![
        1 => Just(Edit::CrLf),
        1 => position().prop_map(|at| Edit::BlankLine { at }),
        1 => position().prop_map(|which| Edit::TrailingSpaces { which }),
        1 => position().prop_map(|which| Edit::DoubleSpace { which }),
        2 => position().prop_map(|which| Edit::NonBreakingSpace { which }),
    ];
    let typography = prop_oneof![
        Just(Edit::StraightQuotes),
        Just(Edit::TypographicQuotes),
        Just(Edit::AsciiDashes),
    ];
    match family {
        Family::Boilerplate => boilerplate.boxed(),
        Family::Paragraphs => paragraphs.boxed(),
        Family::Whitespace => whitespace.boxed(),
        Family::Typography => typography.boxed(),
        Family::Mixed => prop_oneof![boilerplate, paragraphs, whitespace, typography].boxed(),
    }
}

/// One of `articles`, edited by one to four edits of `family`, with its
/// gold remapped. Edit sequences that would leave the gold ambiguous are
/// rejected (see [`apply`]). Shrinks toward the first article and fewer,
/// earlier edits.
///
/// # Panics
///
/// When `articles` is empty.
pub fn perturbed(articles: Vec<Arc<Article>>, family: Family) -> impl Strategy<Value = Perturbed> {
    (
        proptest::sample::select(articles),
        proptest::collection::vec(edit(family), 1..=4),
    )
        .prop_filter_map("the gold stays exact", |(article, edits)| {
            apply(&article, &edits).ok()
        })
}

/// The articles of a dataset that have gold claims, shared for
/// [`perturbed`] and [`planted_in`](super::plant::planted_in).
pub fn with_claims(articles: &[Article]) -> Vec<Arc<Article>> {
    articles
        .iter()
        .filter(|article| !article.claims.is_empty())
        .cloned()
        .map(Arc::new)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, quote: &str, figure: &str) -> Article {
        let mut article = crate::dataset().articles[0].clone();
        article.text = text.to_owned();
        article.claims.truncate(1);
        article.claims[0].quote = quote.to_owned();
        article.claims[0].figure = figure.to_owned();
        article.claims[0].attribution.aliases.clear();
        article.distractors.clear();
        article
    }

    #[test]
    fn a_duplicated_paragraph_doubles_the_occurrences() {
        let a = article("One.\n\nAbout 12 people left.\n", "About 12 people", "12");
        let p = apply(&a, &[Edit::DuplicateParagraph { which: 1 }]).unwrap();
        assert_eq!(
            p.article.text,
            "One.\n\nAbout 12 people left.\n\nAbout 12 people left.\n"
        );
        assert_eq!(p.article.claims[0].occurrences, 2);
        assert_eq!(p.map.map_span(Span { start: 6, end: 21 }).len(), 2);
    }

    #[test]
    fn crlf_and_dashes_keep_quotes_and_figures() {
        let a = article(
            "A.\nSome 300–400 homes\nB.",
            "Some 300–400 homes",
            "300–400",
        );
        let p = apply(&a, &[Edit::CrLf, Edit::AsciiDashes]).unwrap();
        assert_eq!(p.article.text, "A.\r\nSome 300-400 homes\r\nB.");
        assert_eq!(p.article.claims[0].quote, "Some 300-400 homes");
        assert_eq!(p.article.claims[0].figure, "300-400");
    }

    #[test]
    fn spaces_inside_a_gold_figure_are_never_touched() {
        let a = article("x 62 918 people", "62 918 people", "62 918");
        for n in 0..4 {
            let p = apply(&a, &[Edit::NonBreakingSpace { which: n }]).unwrap();
            assert!(p.article.text.contains("62 918"), "{:?}", p.article.text);
        }
    }

    #[test]
    fn a_space_in_a_repeated_quote_changes_in_every_occurrence() {
        let a = article(
            "about 12 people.\nabout 12 people.",
            "about 12 people",
            "12",
        );
        let mut a = a;
        a.claims[0].occurrences = 2;
        let p = apply(&a, &[Edit::NonBreakingSpace { which: 0 }]).unwrap();
        assert_eq!(
            p.article.text,
            "about\u{a0}12 people.\nabout\u{a0}12 people."
        );
        assert_eq!(p.article.claims[0].quote, "about\u{a0}12 people");
        assert_eq!(p.article.claims[0].occurrences, 2);
    }

    #[test]
    fn inserting_a_copy_of_a_quote_is_rejected() {
        let a = article("About 12 people left.", "12 people", "12");
        let edit = Edit::InsertParagraph {
            at: 0,
            text: "12 people".to_owned(),
        };
        assert!(apply(&a, &[edit]).is_err());
    }
}
