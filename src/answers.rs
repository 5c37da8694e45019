//! Scoring claims extracted elsewhere: a map from article id to the claims
//! an extractor gave for that article, each in the wire shape of
//! [`crate::extract::claim`] (exactly what an extractor speaking
//! [`crate::protocol`] prints, offsets in code points). This is how the
//! Python package scores a notebook's or a batch job's output.
//!
//! [`score_answers`] checks every claim as the protocol runner does (unknown
//! fields, units and qualifiers by name or alias, offsets inside the text)
//! and returns every problem at once, each naming the article and the field
//! (`article 000_x: claims[2].qualifier: ...`). As in a `bench` run, a claim
//! whose unit is not in the language pack is no error: the scorecard lists
//! it as rejected, and it costs that claim only. An article of the dataset with
//! no entry in the map is scored as a failure ("no claims were given"), so
//! that a forgotten article shows in the scorecard instead of passing as
//! one where nothing was found; an empty list is an article where nothing
//! was found.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value as Json;

use crate::bench::{ExtractorInfo, Scorecard};
use crate::dataset::Dataset;
use crate::protocol::{self, OffsetUnit};

/// Why a set of answers could not be scored: every problem found, each a
/// sentence naming the article and, for a claim, its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswersError {
    /// The problems, in article order.
    pub problems: Vec<String>,
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problems.as_slice() {
            [one] => f.write_str(one),
            all => {
                write!(f, "{} problems in the claims given:", all.len())?;
                for problem in all {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for AnswersError {}

/// The message of an article that has no entry in the answers.
pub const NO_ANSWER: &str = "no claims were given for this article";

/// Scores `answers` on `dataset` under the extractor's name and version.
///
/// ```
/// use std::collections::BTreeMap;
/// use claimbench::answers::score_answers;
/// use claimbench::bench::ExtractorInfo;
///
/// let dataset = claimbench::dataset();
/// let answers: BTreeMap<String, Vec<serde_json::Value>> = dataset
///     .articles
///     .iter()
///     .map(|article| (article.id.clone(), Vec::new()))
///     .collect();
/// let extractor = ExtractorInfo { name: "nothing".into(), version: "1".into() };
/// let scorecard = score_answers(dataset, extractor, answers).unwrap();
/// assert_eq!(scorecard.counts.extracted, 0);
/// assert_eq!(scorecard.micro.lenient.recall, Some(0.0));
/// ```
///
/// # Errors
///
/// When an id names no article of the dataset, or a claim is not a valid
/// claim of its article; every such problem is listed.
pub fn score_answers(
    dataset: &Dataset,
    extractor: ExtractorInfo,
    mut answers: BTreeMap<String, Vec<Json>>,
) -> Result<Scorecard, AnswersError> {
    let mut problems = Vec::new();
    let mut outcomes = Vec::with_capacity(dataset.articles.len());
    for article in &dataset.articles {
        let outcome = match answers.remove(&article.id) {
            None => Err(NO_ANSWER.to_owned()),
            Some(claims) => match protocol::claims(claims, &article.text, OffsetUnit::Chars) {
                Ok(claims) => Ok(claims),
                Err(error) => {
                    problems.push(format!("article {}: {error}", article.id));
                    Err(error)
                }
            },
        };
        outcomes.push(outcome);
    }
    for id in answers.keys() {
        problems.push(format!(
            "article {id}: no article of the dataset has this id (the dataset has {} articles)",
            dataset.articles.len()
        ));
    }
    if problems.is_empty() {
        Ok(Scorecard::new(dataset, extractor, outcomes))
    } else {
        Err(AnswersError { problems })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{ArticleInput, Extractor, ReferenceExtractor};

    fn info() -> ExtractorInfo {
        ExtractorInfo {
            name: "reference".into(),
            version: ReferenceExtractor::new().version().into(),
        }
    }

    #[test]
    fn the_reference_extractors_claims_score_as_a_bench_run() {
        let dataset = crate::dataset();
        let extractor = ReferenceExtractor::new();
        let answers = dataset
            .articles
            .iter()
            .map(|article| {
                let claims = extractor.extract(&ArticleInput::from(article)).unwrap();
                let claims = claims
                    .iter()
                    .map(|claim| serde_json::to_value(claim).unwrap())
                    .collect();
                (article.id.clone(), claims)
            })
            .collect();
        let scored = score_answers(dataset, info(), answers).unwrap();
        assert_eq!(scored, crate::bench(dataset, &extractor));
    }

    #[test]
    fn every_bad_claim_and_unknown_article_is_named() {
        let dataset = crate::dataset();
        let first = &dataset.articles[0].id;
        let mut answers = BTreeMap::new();
        answers.insert(
            first.clone(),
            vec![
                serde_json::json!({"figure": {"text": "12"}, "value": 12, "unit": "people",
                    "qualifier": "exact", "attribution": {"kind": "unattributed"}}),
                serde_json::json!({"figure": {"text": "12"}, "value": 12, "unit": "people",
                    "qualifier": "sort of", "attribution": {"kind": "unattributed"}}),
            ],
        );
        answers.insert("no-such-article".to_owned(), Vec::new());
        let error = score_answers(dataset, info(), answers).unwrap_err();
        assert_eq!(error.problems.len(), 2, "{error}");
        assert!(
            error.problems[0].starts_with(&format!("article {first}: claims[1].qualifier: ")),
            "{error}"
        );
        assert!(error.problems[1].contains("no-such-article"), "{error}");
    }

    #[test]
    fn an_article_left_out_is_a_failure_not_a_clean_sheet() {
        let dataset = crate::dataset();
        let scorecard = score_answers(dataset, info(), BTreeMap::new()).unwrap();
        assert_eq!(scorecard.failures.len(), dataset.articles.len());
        assert!(scorecard.failures.iter().all(|f| f.message == NO_ANSWER));
    }
}
