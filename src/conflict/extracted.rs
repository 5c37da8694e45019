//! Statements from an extractor's claims, so that the conflict detector can
//! run on extracted output as it does on the gold.
//!
//! An extracted claim carries its figure and, at best, the noun phrase it
//! counts (`individuals`, `people`), which rarely names the event ("killed",
//! "fled the country"). The measure of a statement is therefore read from
//! the claim's clause: the first of these that names a quantity of the
//! lexicon is used:
//!
//! 1. the extractor's measure words;
//! 2. up to [`WINDOW_WORDS`] words before the figure, back to the start of
//!    its clause or the previous figure (`killed an estimated`);
//! 3. the words after the figure, up to the end of its clause or the next
//!    figure (`abroad as refugees`).
//!
//! A share stated of another figure ("half of the country's population of
//! 23 million people to flee the country") takes that figure as its base,
//! when the base follows it in the same clause after `of` within
//! [`WINDOW_WORDS`] words; its measure is read first from the words after the
//! base, which say what happened to the share (`to flee the country`).
//! Clauses end at `,`, `;`, `:`, brackets, dashes and quotation marks.
//!
//! A measure that names a change and no quantity (`November's gain`) is an
//! ellipsis: it is what the nearest figure before it in its sentence, in
//! the same unit, measures, with its own words after (`jobs November's
//! gain`).
//!
//! The statement's [`Frame`] is then read ([`Frame::read`]) from that
//! measure, the figure's part of its clause (between the figures before and
//! after it), its sentence, the sentence before, and the
//! article's headline and dateline.

use super::context;
use super::frame::{Frame, Reading};
use super::lexicon::{LEXICON, Words};
use super::{Base, Statement};
use crate::extract::{ExtractError, ExtractedClaim, Extractor, Span};
use crate::model::Article;
use crate::vocab::Unit;

/// The statements of the claims `extractor` finds in `articles`, in
/// article order, with the articles it failed on and why: a failure costs
/// that article's statements, never the others'. With `parallel` the
/// articles are extracted on all cores (rayon), which suits a stateless
/// extractor such as the reference one; without, one at a time in order,
/// as a program behind the protocol needs. The statements are the same
/// either way.
///
/// ```
/// use claimbench::conflict::extracted_statements;
/// use claimbench::extract::ReferenceExtractor;
///
/// let dataset = claimbench::dataset();
/// let (statements, failures) =
///     extracted_statements(&dataset.articles, &ReferenceExtractor::new(), true);
/// assert!(failures.is_empty());
/// assert!(statements.iter().any(|s| s.frame.quantity.as_deref() == Some("deaths")));
/// ```
pub fn extracted_statements(
    articles: &[Article],
    extractor: &(dyn Extractor + Sync),
    parallel: bool,
) -> (Vec<Statement>, Vec<(String, ExtractError)>) {
    use rayon::prelude::*;
    let one = |article: &Article| {
        extractor
            .extract(&article.into())
            .map(|claims| statements_from_extracted(article, &claims))
            .map_err(|error| (article.id.clone(), error))
    };
    let outcomes: Vec<_> = if parallel {
        articles.par_iter().map(one).collect()
    } else {
        articles.iter().map(one).collect()
    };
    let mut statements = Vec::new();
    let mut failures = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(more) => statements.extend(more),
            Err(failure) => failures.push(failure),
        }
    }
    (statements, failures)
}

/// The statements of every gold claim of `articles`, in article order,
/// read on all cores.
pub fn gold_statements(articles: &[Article]) -> Vec<Statement> {
    use rayon::prelude::*;
    articles
        .par_iter()
        .flat_map_iter(Statement::from_article)
        .collect()
}

/// Whether `text` names a change of a level (`gain`, `rise`, `drop`): a
/// value of the lexicon's `direction` axis.
fn names_a_change(text: &str) -> bool {
    let words = Words::of(text);
    LEXICON
        .axes
        .iter()
        .filter(|axis| axis.axis == "direction")
        .any(|axis| !LEXICON.values(axis, &words).is_empty())
}

/// How many words before a figure, or between a share and its base, are
/// read.
pub const WINDOW_WORDS: usize = 6;

/// The statements of an extractor's claims on one article, labelled by
/// [`extracted_label`] of their index in `claims`. Claims without a figure span cannot be placed in
/// their clause and are left out.
pub fn statements_from_extracted(article: &Article, claims: &[ExtractedClaim]) -> Vec<Statement> {
    let whole = context::ArticleText::of(article);
    let chars = &whole.chars;
    let names_quantity = |text: &str| LEXICON.quantity(&Words::of(text)).is_some();
    let located: Vec<(usize, Span)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, claim)| claim.figure.span.map(|span| (i, span)))
        .filter(|(_, span)| span.start <= span.end && span.end <= chars.len())
        .collect();
    located
        .iter()
        .map(|&(i, span)| {
            let claim = &claims[i];
            let sentence = sentence_of(chars, claim, span);
            let clause = context::clause(chars, sentence, span);
            let previous_end = located
                .iter()
                .map(|(_, other)| other.end)
                .filter(|&end| end <= span.start && end > clause.start)
                .max()
                .unwrap_or(clause.start);
            let next_start = |after: usize| {
                located
                    .iter()
                    .map(|(_, other)| other.start)
                    .filter(|&start| start >= after && start < clause.end)
                    .min()
                    .unwrap_or(clause.end)
            };
            let before = last_words(&text(chars, previous_end, span.start), WINDOW_WORDS);
            let after = text(chars, span.end, next_start(span.end));
            let base = is_share(claim.unit)
                .then(|| base_of(chars, &located, claims, span, clause))
                .flatten();
            let mut sources = Vec::new();
            if let Some((_, base_span)) = base {
                sources.push(text(chars, base_span.end, next_start(base_span.end)));
            }
            sources.extend(claim.measure.clone());
            sources.push(before);
            sources.push(after);
            let mut measure = sources
                .iter()
                .find(|source| names_quantity(source))
                .cloned()
                .or_else(|| claim.measure.clone())
                .unwrap_or_default();
            if !names_quantity(&measure) && names_a_change(&measure) {
                // `added 292,000 jobs, and November's gain was revised to
                // 252,000`: the change is one of what the figure before
                // it in the sentence, in the same unit, measures.
                let earlier = located
                    .iter()
                    .filter(|(j, other)| {
                        other.end <= span.start
                            && other.start >= sentence.start
                            && claims[*j].unit == claim.unit
                    })
                    .filter_map(|(j, _)| claims[*j].measure.as_deref())
                    .rfind(|earlier| names_quantity(earlier));
                if let Some(earlier) = earlier {
                    measure = format!("{earlier} {measure}");
                }
            }
            let frame = Frame::read(&Reading {
                measure: &measure,
                // The figure's own part of its clause: from the figure before
                // it to the figure after it, so that "Likud won 30 seats and
                // the Joint List 13" gives each figure its own party.
                clause: &context::text(
                    chars,
                    Span {
                        start: previous_end,
                        end: next_start(span.end),
                    },
                ),
                sentence: &context::text(chars, sentence),
                sentence_for_period: Some(&context::sentence_without_other_figures(
                    chars, sentence, span,
                )),
                before: &context::text(chars, context::sentence_before(chars, sentence.start)),
                headline: whole.headline,
                dateline: whole.dateline,
                article_country: whole.country,
                headline_names: &whole.headline_names,
                source: claim.attribution.text.as_deref(),
                year: article
                    .source
                    .published
                    .as_ref()
                    .map(|dated| dated.date.year),
                percent: claim.unit == Unit::PERCENT,
            });
            Statement {
                article: article.id.clone(),
                claim: extracted_label(i),
                value: claim.value,
                unit: claim.unit,
                qualifier: claim.qualifier,
                base: base.map(|(b, _)| Base {
                    value: claims[b].value,
                    unit: claims[b].unit,
                    qualifier: claims[b].qualifier,
                }),
                measure,
                attribution: claim.attribution.text.clone(),
                date: article.source.published.as_ref().map(|dated| dated.date),
                key: claim.conflict_key.clone(),
                frame,
            }
        })
        .collect()
}

/// The label of the statement of the extracted claim at `index`.
pub fn extracted_label(index: usize) -> String {
    format!("extracted-{index}")
}

/// The index of the extracted claim a statement label names, if it names one.
pub fn extracted_index(label: &str) -> Option<usize> {
    label.strip_prefix("extracted-")?.parse().ok()
}

fn is_share(unit: Unit) -> bool {
    matches!(unit, Unit::PERCENT | Unit::FRACTION)
}

/// The first count claim after a share in its clause, joined to it by `of`
/// within a few words: "40% of the 2,000 workers".
fn base_of(
    chars: &[char],
    located: &[(usize, Span)],
    claims: &[ExtractedClaim],
    share: Span,
    clause: Span,
) -> Option<(usize, Span)> {
    let &(index, span) = located
        .iter()
        .filter(|(_, other)| other.start >= share.end && other.end <= clause.end)
        .min_by_key(|(_, other)| other.start)?;
    if is_share(claims[index].unit) {
        return None;
    }
    let between = text(chars, share.end, span.start);
    let words: Vec<&str> = between.split_whitespace().collect();
    (words.first() == Some(&"of") && words.len() <= WINDOW_WORDS).then_some((index, span))
}

/// The figure's sentence: the extractor's, when it holds the figure, else
/// the sentence around the figure.
fn sentence_of(chars: &[char], claim: &ExtractedClaim, figure: Span) -> Span {
    claim
        .sentence
        .filter(|s| s.start <= figure.start && figure.end <= s.end && s.end <= chars.len())
        .unwrap_or_else(|| context::sentence(chars, figure.start, figure.end))
}

fn text(chars: &[char], start: usize, end: usize) -> String {
    chars[start.min(end)..end].iter().collect()
}

fn last_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut start = words.len().saturating_sub(n);
    // A window that cuts a name in two (`Cal | Fire said`) leaves out the
    // rest of it too: half a name would be read as a name of its own.
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if start > 0 && capitalised(words[start - 1]) {
        while start < words.len() && capitalised(words[start]) {
            start += 1;
        }
    }
    words[start..].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extractor, ReferenceExtractor};
    use crate::model::Source;

    #[test]
    fn the_window_before_a_figure_never_keeps_half_a_name() {
        assert_eq!(
            last_words("The agency said that Cal Fire said the blaze had burned", 6),
            "said the blaze had burned"
        );
        assert_eq!(
            last_words("Later that week Cal Fire said it had burned", 6),
            "Cal Fire said it had burned"
        );
    }

    fn article(text: &str) -> Article {
        Article {
            id: "a".to_owned(),
            text_file: String::new(),
            text_sha256: String::new(),
            source: Source::unknown("en"),
            claims: Vec::new(),
            distractors: Vec::new(),
            text: text.to_owned(),
        }
    }

    /// The reference extractor, except on texts that ask it to fail.
    struct FailsOnRequest;

    impl Extractor for FailsOnRequest {
        fn name(&self) -> &str {
            "fails-on-request"
        }
        fn version(&self) -> &str {
            "0"
        }
        fn extract(
            &self,
            article: &crate::extract::ArticleInput<'_>,
        ) -> Result<Vec<ExtractedClaim>, ExtractError> {
            if article.text.contains("FAIL") {
                return Err(ExtractError::new(
                    crate::extract::ExtractErrorKind::Failed,
                    "asked to fail",
                ));
            }
            ReferenceExtractor::new().extract(article)
        }
    }

    #[test]
    fn an_extractor_that_fails_costs_one_article_on_one_core_or_all() {
        let mut articles = Vec::new();
        for (id, text) in [
            ("a", "Floods killed 40 people in Kenya."),
            ("b", "FAIL: 12 people died."),
            ("c", "The floods in Kenya killed 52 people."),
        ] {
            articles.push(Article {
                id: id.to_owned(),
                ..article(text)
            });
        }
        let sequential = extracted_statements(&articles, &FailsOnRequest, false);
        let parallel = extracted_statements(&articles, &FailsOnRequest, true);
        assert_eq!(sequential.0, parallel.0);
        let from: Vec<&str> = sequential.0.iter().map(|s| s.article.as_str()).collect();
        assert_eq!(from, ["a", "c"]);
        let failed: Vec<&str> = sequential.1.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(failed, ["b"]);
        assert_eq!(parallel.1.len(), 1);
    }

    fn statements(text: &str) -> Vec<Statement> {
        let article = article(text);
        let claims = ReferenceExtractor::new()
            .extract(&(&article).into())
            .expect("the reference extractor does not fail");
        statements_from_extracted(&article, &claims)
    }

    fn concept(statement: &Statement) -> Option<&str> {
        statement.frame.quantity.as_deref()
    }

    #[test]
    fn a_change_that_names_no_quantity_is_the_one_before_it() {
        let found = statements(
            "Factories added 48,000 jobs in March, and February's gain was revised to 51,000.",
        );
        let quantities: Vec<_> = found.iter().map(|s| s.frame.quantity.as_deref()).collect();
        assert_eq!(quantities, [Some("jobs"), Some("jobs")], "{found:#?}");
        assert_eq!(
            found[1]
                .frame
                .restrictions
                .get("direction")
                .map(String::as_str),
            Some("gained")
        );
        // A figure in another unit is no antecedent.
        let found = statements("Factories added 48,000 jobs, a gain of 3%.");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[1].frame.quantity, None, "{found:#?}");
    }

    #[test]
    fn each_figure_of_a_list_takes_the_verb_of_its_own_clause() {
        let found = statements(
            "The storm killed an estimated 1,200 people, displaced around 40,000 people \
             and left 3,000 homeless.",
        );
        let concepts: Vec<_> = found.iter().map(concept).collect();
        assert_eq!(concepts[0], Some("deaths"), "{found:#?}");
        assert_eq!(concepts[1], Some("internally displaced"), "{found:#?}");
    }

    #[test]
    fn the_noun_before_the_figure_names_what_is_counted() {
        let found = statements("Officials recorded the deaths of more than 900 migrants at sea.");
        assert_eq!(concept(&found[0]), Some("deaths"), "{found:#?}");
    }

    #[test]
    fn a_share_of_a_later_figure_takes_it_as_base_and_its_predicate_as_measure() {
        let found = statements(
            "The drought forced a quarter of the region's 8 million residents to leave the country.",
        );
        let share = found
            .iter()
            .find(|s| s.unit == Unit::FRACTION)
            .expect("the share is extracted");
        let base = share.base.expect("the share has a base");
        assert_eq!(base.unit, Unit::PEOPLE);
        assert_eq!(share.effective_unit(), Unit::PEOPLE);
        assert_eq!(concept(share), Some("refugees"), "{share:#?}");
    }

    #[test]
    fn a_share_without_of_has_no_base() {
        let found = statements("Turnout was 64 percent, and 2 million people voted by post.");
        let share = found
            .iter()
            .find(|s| s.unit == Unit::PERCENT)
            .expect("a share");
        assert_eq!(share.base, None);
    }
}
