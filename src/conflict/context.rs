//! The texts around a figure that its frame is read from: its sentence, the
//! sentence before and its clause.
//!
//! A sentence ends at `.`, `!` or `?` followed by white space, or at a line
//! break; a clause inside it ends at `,`, `;`, `:`, brackets, dashes and
//! quotation marks. Offsets are `char` offsets into the article's text.

use crate::extract::Span;
use crate::model::Article;

/// What every frame of an article reads besides the figure's own
/// surroundings, computed once per article.
pub(crate) struct ArticleText<'a> {
    pub chars: Vec<char>,
    pub headline: &'a str,
    pub dateline: &'a str,
    pub country: Option<&'static str>,
    pub headline_names: Vec<String>,
}

impl<'a> ArticleText<'a> {
    pub(crate) fn of(article: &'a Article) -> ArticleText<'a> {
        let (headline, dateline) = super::frame::headline_and_dateline(&article.text);
        ArticleText {
            chars: article.text.chars().collect(),
            headline,
            dateline,
            country: super::frame::article_country(&article.text),
            headline_names: super::frame::headline_names(&article.text),
        }
    }
}

fn ends_sentence(chars: &[char], i: usize) -> bool {
    chars[i] == '\n'
        || (matches!(chars[i], '.' | '!' | '?')
            && chars.get(i + 1).is_none_or(|c| c.is_whitespace()))
}

/// The sentence holding `start..end`.
pub(crate) fn sentence(chars: &[char], start: usize, end: usize) -> Span {
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    let from = (0..start)
        .rev()
        .find(|&i| ends_sentence(chars, i))
        .map_or(0, |i| i + 1);
    let to = (end..chars.len())
        .find(|&i| ends_sentence(chars, i))
        .map_or(chars.len(), |i| i + 1);
    Span {
        start: from,
        end: to,
    }
}

/// The sentence before the one that starts at `start` (skipping blank
/// lines), empty at the start of the text.
pub(crate) fn sentence_before(chars: &[char], start: usize) -> Span {
    let end = (0..start.min(chars.len()))
        .rev()
        .find(|&i| !chars[i].is_whitespace())
        .map_or(0, |i| i + 1);
    if end == 0 {
        return Span { start: 0, end: 0 };
    }
    let span = sentence(chars, end - 1, end - 1);
    Span {
        start: span.start,
        end: end.max(span.start),
    }
}

/// The clause of `sentence` holding `figure`.
pub(crate) fn clause(chars: &[char], sentence: Span, figure: Span) -> Span {
    let is_break = |c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–' | '"' | '“' | '”' | '\n'
        )
    };
    let start = (sentence.start..figure.start)
        .rev()
        .find(|&i| is_break(chars[i]))
        .map_or(sentence.start, |i| i + 1);
    let end = (figure.end..sentence.end)
        .find(|&i| is_break(chars[i]))
        .unwrap_or(sentence.end);
    Span { start, end }
}

/// The text of `sentence` without the clauses, other than the one holding
/// `figure`, that hold a digit: what is left says things of the figure or
/// of the whole sentence, while a clause with another figure ("$5.8
/// billion for this year") speaks of that figure.
pub(crate) fn sentence_without_other_figures(
    chars: &[char],
    sentence: Span,
    figure: Span,
) -> String {
    let own = clause(chars, sentence, figure);
    let mut kept = String::new();
    let mut at = sentence.start;
    while at < sentence.end.min(chars.len()) {
        let part = clause(chars, sentence, Span { start: at, end: at });
        let end = part.end.max(at + 1).min(sentence.end);
        let is_own = part.start <= own.start && own.end <= end;
        let text = text(chars, Span { start: at, end });
        if is_own || !text.chars().any(|c| c.is_ascii_digit()) {
            kept.push_str(&text);
        }
        at = end;
    }
    kept
}

/// The text of a span.
pub(crate) fn text(chars: &[char], span: Span) -> String {
    chars[span.start.min(span.end)..span.end.min(chars.len())]
        .iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_followed_by_space_and_at_line_breaks() {
        let chars: Vec<char> = "The river rose 3.5 metres. Then 200 homes flooded!\nNext line."
            .chars()
            .collect();
        let at = |needle: &str| {
            let text: String = chars.iter().collect();
            text.find(needle)
                .map(|b| text[..b].chars().count())
                .expect("present")
        };
        let figure = at("200");
        let s = sentence(&chars, figure, figure + 3);
        assert_eq!(text(&chars, s), " Then 200 homes flooded!");
        let before = sentence_before(&chars, s.start);
        assert_eq!(text(&chars, before), "The river rose 3.5 metres.");
        assert_eq!(text(&chars, sentence_before(&chars, 0)), "");
    }

    #[test]
    fn the_clauses_of_other_figures_are_left_out_of_the_sentence() {
        let text_of = "In May, donors pledged $9 billion in Oslo: $4 billion for this year.";
        let chars: Vec<char> = text_of.chars().collect();
        let whole = sentence(&chars, 0, 0);
        let figure = text_of.find("$9").unwrap();
        let figure = Span {
            start: figure,
            end: figure + 10,
        };
        let kept = sentence_without_other_figures(&chars, whole, figure);
        assert_eq!(kept, "In May, donors pledged $9 billion in Oslo:");
    }
}
