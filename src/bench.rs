//! Running an extractor over a dataset and scoring it: the [`Scorecard`].
//!
//! [`bench()`] gives every article of a dataset to an [`Extractor`], scores
//! its answer with [`crate::score`], and gathers the results with what makes
//! two scorecards comparable: the dataset's version and content hash, the
//! extractor's name and version, and claimbench's version. An article the
//! extractor fails on costs that article, not the run: it is scored as if
//! nothing had been extracted and listed in [`Scorecard::failures`].
//!
//! ```
//! use claimbench::extract::ReferenceExtractor;
//!
//! let scorecard = claimbench::bench(claimbench::dataset(), &ReferenceExtractor::new());
//! assert!(scorecard.micro.lenient.recall.unwrap() > 0.9);
//! scorecard.assert_at_least(0.9, 0.9);
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::conflict::{self, ConflictScore, Statement};
use crate::dataset::Dataset;
use crate::extract::{ArticleInput, Extraction, Extractor};
use crate::model::{Article, ClaimRef, ConflictGroup, DistractorReason, Layer, Value};
use crate::partition::Partition;
use crate::score::{self, ArticleScore, Counts, Hit, Metrics};
use crate::vocab::{Qualifier, Unit};

/// The version of the scorecard's JSON schema; bumped on any change that is
/// not the addition of a field.
pub const SCHEMA_VERSION: u32 = 1;

/// The result of scoring one extractor on one dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    /// [`SCHEMA_VERSION`].
    pub schema: u32,
    /// The version of claimbench that scored.
    pub claimbench_version: String,
    /// Which dataset.
    pub dataset: DatasetInfo,
    /// Which extractor.
    pub extractor: ExtractorInfo,
    /// Counts over all articles.
    pub counts: Counts,
    /// Metrics of the summed counts.
    pub micro: Metrics,
    /// The mean of per-article metrics.
    #[serde(rename = "macro")]
    pub macro_average: Metrics,
    /// Counts and metrics per unit.
    pub by_unit: BTreeMap<Unit, UnitScore>,
    /// Every article, in dataset order.
    pub articles: Vec<ArticleReport>,
    /// Articles the extractor failed on.
    pub failures: Vec<Failure>,
    /// How well the conflicts found on the extracted claims reproduce the
    /// dataset's conflict groups. Within a partition, only pairs of its own
    /// articles can be found; [`merge`] scores them over the whole.
    pub conflicts: ConflictScore,
    /// The share of the dataset this scorecard covers, if only a share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition: Option<Partition>,
    /// For a partition: every extracted claim as the conflict detector sees
    /// it, with the gold claim it matched, for [`merge`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<MatchedStatement>,
}

/// An extracted claim as the conflict detector sees it, and the gold claim
/// the scorer matched it to, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchedStatement {
    /// The statement.
    pub statement: Statement,
    /// The gold claim it matched.
    pub gold: Option<ClaimRef>,
}

/// Identifies a dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetInfo {
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// Its content hash (see [`Dataset::content_hash`]).
    pub content_hash: String,
    /// How many articles were scored.
    pub articles: usize,
    /// What the dataset annotates besides value and unit. Metrics of a
    /// layer it lacks are `None` ("not annotated"), not 0.
    #[serde(default = "Layer::every")]
    pub layers: Vec<Layer>,
}

impl DatasetInfo {
    fn of(dataset: &Dataset, articles: usize) -> DatasetInfo {
        DatasetInfo {
            name: dataset.manifest.name.clone(),
            version: dataset.version().to_owned(),
            content_hash: dataset.content_hash().to_owned(),
            articles,
            layers: dataset.layers().to_vec(),
        }
    }

    /// Whether the dataset annotates `layer`.
    pub fn annotates(&self, layer: Layer) -> bool {
        self.layers.contains(&layer)
    }
}

/// Identifies an extractor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractorInfo {
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: String,
}

/// Counts and metrics for one unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct UnitScore {
    /// The counts.
    pub counts: Counts,
    /// Their metrics.
    pub metrics: Metrics,
}

/// An article the extractor could not process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The article's id.
    pub article: String,
    /// What went wrong, with the offending output (truncated) when there is one.
    pub message: String,
}

/// One article's score, with what was found, missed and made up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// The article's id.
    pub id: String,
    /// Its counts.
    pub counts: Counts,
    /// Its metrics.
    pub metrics: Metrics,
    /// Its counts by unit (see [`Scorecard::by_unit`]).
    pub by_unit: BTreeMap<Unit, Counts>,
    /// Gold claims found.
    pub hits: Vec<HitReport>,
    /// Gold claims not found.
    pub misses: Vec<GoldReport>,
    /// Extracted claims that match no gold claim and are not distractors.
    pub false_positives: Vec<ExtractedReport>,
    /// Extracted claims whose figure is a distractor (a date, a year, an
    /// identifier), with the reason it is not a claim. These are false
    /// positives too, listed apart.
    pub distractors_reported: Vec<DistractorReport>,
    /// Claims the extractor gave that could not be read (a unit outside the
    /// language pack), each with why. They are false positives too, listed
    /// apart; in JSON the field is left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<RejectedReport>,
    /// Whether the extractor failed on this article.
    pub failed: bool,
}

/// A gold claim, as reports show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldReport {
    /// Its id.
    pub id: String,
    /// Its quote.
    pub quote: String,
    /// Its value.
    pub value: Value,
    /// Its unit.
    pub unit: Unit,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// Its source, `None` when unattributed.
    pub source: Option<String>,
}

/// An extracted claim, as reports show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedReport {
    /// Its index in the extractor's answer.
    pub index: usize,
    /// The figure as the extractor gave it.
    pub figure: String,
    /// Character offset of the figure, when the extractor gave one.
    pub start: Option<usize>,
    /// The line of the text the figure starts on, from 1, when `start` is
    /// known; for people looking for it in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The column (in characters, from 1) the figure starts at on `line`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Its value.
    pub value: Value,
    /// Its unit.
    pub unit: Unit,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// Its attribution text, `None` when unattributed.
    pub attribution: Option<String>,
}

/// A claim the extractor gave that could not be read, as reports show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedReport {
    /// Its index in the extractor's answer.
    pub index: usize,
    /// The figure as the extractor gave it.
    pub figure: String,
    /// Character offset of the figure, when the extractor gave one.
    pub start: Option<usize>,
    /// The line (from 1) of the figure's start, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The column (in characters, from 1) of the figure's start on `line`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Why it could not be read, with what to do about it.
    pub reason: String,
}

/// An extracted claim whose figure is not a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DistractorReport {
    /// The extracted claim.
    pub extracted: ExtractedReport,
    /// Why its figure is not a claim.
    pub reason: DistractorReason,
}

/// A gold claim that was found, with what the extractor said about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HitReport {
    /// The gold claim.
    pub gold: GoldReport,
    /// The extracted claim of its best pair.
    pub extracted: ExtractedReport,
    /// How well they agree.
    pub judgement: Hit,
}

/// Scores `extractor` on every article of `dataset`, one article at a time.
pub fn bench(dataset: &Dataset, extractor: &dyn Extractor) -> Scorecard {
    bench_observed(dataset, extractor, |_| {})
}

/// [`bench()`], calling `before_article` with each article's id before the
/// extractor sees it (to draw progress, say). The extractor is named after
/// the run, so that a program that names itself when it starts (see
/// [`crate::protocol`]) is reported under that name.
pub fn bench_observed(
    dataset: &Dataset,
    extractor: &dyn Extractor,
    mut before_article: impl FnMut(&str),
) -> Scorecard {
    let outcomes: Vec<Result<Extraction, String>> = dataset
        .articles
        .iter()
        .map(|article| {
            before_article(&article.id);
            extractor
                .extract_checked(&ArticleInput::from(article))
                .map_err(|error| error.to_string())
        })
        .collect();
    let info = ExtractorInfo {
        name: extractor.name().to_owned(),
        version: extractor.version().to_owned(),
    };
    Scorecard::new(dataset, info, outcomes)
}

/// [`bench_observed`] with the articles extracted and scored on all cores
/// (rayon). The scorecard is identical to a single-threaded run's: every
/// article is scored on its own and the results are assembled in dataset
/// order. `after_article` is called from worker threads, in no set order.
pub fn bench_parallel(
    dataset: &Dataset,
    extractor: &(dyn Extractor + Sync),
    after_article: impl Fn(&str) + Sync,
) -> Scorecard {
    use rayon::prelude::*;
    let parts: Vec<ArticlePart> = dataset
        .articles
        .par_iter()
        .map(|article| {
            let outcome = extractor
                .extract_checked(&ArticleInput::from(article))
                .map_err(|error| error.to_string());
            let part = ArticlePart::score(article, outcome);
            after_article(&article.id);
            part
        })
        .collect();
    let info = ExtractorInfo {
        name: extractor.name().to_owned(),
        version: extractor.version().to_owned(),
    };
    Scorecard::from_parts(dataset, info, parts)
}

impl Scorecard {
    /// Scores the extractor's answers, one per article of `dataset` in order:
    /// its claims (a `Vec<ExtractedClaim>` or an [`Extraction`] with the
    /// claims that could not be read), or why it failed on that article.
    ///
    /// For a [partition](Dataset::partition) of a dataset, the scorecard
    /// covers that share only, records which share it is, and keeps the
    /// statements the conflict detector needs, so that [`merge`] can combine
    /// the shares into the scorecard of the whole.
    pub fn new(
        dataset: &Dataset,
        extractor: ExtractorInfo,
        outcomes: impl IntoIterator<Item = Result<impl Into<Extraction>, String>>,
    ) -> Scorecard {
        let parts = dataset
            .articles
            .iter()
            .zip(outcomes)
            .map(|(article, outcome)| ArticlePart::score(article, outcome.map(Into::into)))
            .collect();
        Scorecard::from_parts(dataset, extractor, parts)
    }

    /// Assembles the per-article parts, in dataset order.
    fn from_parts(
        dataset: &Dataset,
        extractor: ExtractorInfo,
        parts: Vec<ArticlePart>,
    ) -> Scorecard {
        let mut articles = Vec::with_capacity(parts.len());
        let mut failures = Vec::new();
        let mut statements = Vec::new();
        for part in parts {
            articles.push(part.report);
            failures.extend(part.failure);
            statements.extend(part.statements);
        }
        let mut scorecard = Scorecard::assemble(
            dataset.conflicts.as_slice(),
            DatasetInfo::of(dataset, articles.len()),
            extractor,
            articles,
            failures,
            &statements,
        );
        if let Some(partition) = dataset.partition_of() {
            scorecard.partition = Some(partition);
            scorecard.statements = statements;
        }
        scorecard
    }

    /// Everything that is derived from the per-article reports and the
    /// statements: totals, micro, macro, per unit, conflicts. One run and a
    /// merge of partitions both go through here, in article order, so they
    /// give the same numbers to the last bit.
    fn assemble(
        groups: &[ConflictGroup],
        dataset: DatasetInfo,
        extractor: ExtractorInfo,
        mut articles: Vec<ArticleReport>,
        failures: Vec<Failure>,
        statements: &[MatchedStatement],
    ) -> Scorecard {
        let layers = dataset.layers.clone();
        let annotated = |metrics: Metrics| metrics.annotated(&layers);
        for article in &mut articles {
            article.metrics = annotated(article.metrics);
        }
        let mut counts = Counts::default();
        let mut by_unit: BTreeMap<Unit, Counts> = BTreeMap::new();
        for article in &articles {
            counts += article.counts;
            for (unit, unit_counts) in &article.by_unit {
                *by_unit.entry(*unit).or_default() += *unit_counts;
            }
        }
        let gold: BTreeMap<(&str, &str), &ClaimRef> = statements
            .iter()
            .filter_map(|m| {
                let key = (m.statement.article.as_str(), m.statement.claim.as_str());
                m.gold.as_ref().map(|gold| (key, gold))
            })
            .collect();
        let all: Vec<Statement> = statements.iter().map(|m| m.statement.clone()).collect();
        let conflicts = conflict::score_statements(groups, &all, |s| {
            gold.get(&(s.article.as_str(), s.claim.as_str())).copied()
        });
        let per_article: Vec<Metrics> = articles.iter().map(|a| a.metrics).collect();
        Scorecard {
            schema: SCHEMA_VERSION,
            claimbench_version: env!("CARGO_PKG_VERSION").to_owned(),
            dataset,
            extractor,
            counts,
            micro: annotated(Metrics::from_counts(&counts)),
            macro_average: annotated(Metrics::macro_average(&per_article)),
            by_unit: by_unit
                .into_iter()
                .map(|(unit, counts)| {
                    let metrics = annotated(Metrics::from_counts(&counts));
                    (unit, UnitScore { counts, metrics })
                })
                .collect(),
            articles,
            failures,
            conflicts,
            partition: None,
            statements: Vec::new(),
        }
    }

    /// The thresholds this scorecard falls below, as sentences for people;
    /// empty when it meets them all. A metric that is undefined (nothing to
    /// measure) meets any threshold.
    pub fn shortfalls(&self, min_f1: Option<f64>, min_attribution: Option<f64>) -> Vec<String> {
        let mut shortfalls = Vec::new();
        let mut check = |name: &str, value: Option<f64>, min: Option<f64>| {
            if let (Some(value), Some(min)) = (value, min)
                && value < min
            {
                shortfalls.push(format!("{name} {value:.3} is below the minimum {min:.3}"));
            }
        };
        check("F1", self.micro.lenient.f1, min_f1);
        check(
            "attribution accuracy",
            self.micro.attribution_exact,
            min_attribution,
        );
        shortfalls
    }

    /// Panics with a readable list of every miss, false positive and
    /// distractor reported when the micro F1 or the attribution accuracy is
    /// below its minimum: for extractor crates to call in their own tests.
    ///
    /// # Panics
    ///
    /// When a threshold is not met, or when the extractor failed on an article.
    #[track_caller]
    pub fn assert_at_least(&self, min_f1: f64, min_attribution: f64) {
        let shortfalls = self.shortfalls(Some(min_f1), Some(min_attribution));
        if shortfalls.is_empty() && self.failures.is_empty() {
            return;
        }
        let mut message = format!(
            "extractor {} {} on dataset {} {}:\n",
            self.extractor.name, self.extractor.version, self.dataset.name, self.dataset.version
        );
        for line in &shortfalls {
            let _ = writeln!(message, "  {line}");
        }
        for failure in &self.failures {
            let _ = writeln!(
                message,
                "  failed on {}: {}",
                failure.article, failure.message
            );
        }
        message.push_str(&self.misses_listing());
        panic!("{message}");
    }

    /// Every miss, false positive and distractor reported, and every found
    /// claim whose qualifier or source is wrong, one per line, grouped by
    /// article.
    pub fn misses_listing(&self) -> String {
        let mut out = String::new();
        let unattributed = |source: &Option<String>| {
            source.as_deref().map_or_else(
                || "unattributed".to_owned(),
                |source| format!("\"{source}\""),
            )
        };
        for article in &self.articles {
            let wrong = |hit: &&HitReport| {
                !hit.judgement.qualifier_correct || !hit.judgement.attribution_exact
            };
            if article.misses.is_empty()
                && article.false_positives.is_empty()
                && article.distractors_reported.is_empty()
                && article.rejected.is_empty()
                && !article.hits.iter().any(|hit| wrong(&hit))
            {
                continue;
            }
            let _ = writeln!(out, "{}:", article.id);
            for miss in &article.misses {
                let _ = writeln!(
                    out,
                    "  missed          {:<28} {} {} ({}) in \"{}\"",
                    miss.id, miss.value, miss.unit, miss.qualifier, miss.quote
                );
            }
            for hit in article.hits.iter().filter(wrong) {
                let (gold, extracted) = (&hit.gold, &hit.extracted);
                if !hit.judgement.qualifier_correct {
                    let _ = writeln!(
                        out,
                        "  wrong qualifier {:<28} \"{}\"{}: {}, gold {}",
                        gold.id,
                        extracted.figure,
                        at(extracted),
                        extracted.qualifier,
                        gold.qualifier
                    );
                }
                if !hit.judgement.attribution_exact {
                    let _ = writeln!(
                        out,
                        "  wrong source    {:<28} \"{}\"{}: {}, gold {}",
                        gold.id,
                        extracted.figure,
                        at(extracted),
                        unattributed(&extracted.attribution),
                        unattributed(&gold.source)
                    );
                }
            }
            for fp in &article.false_positives {
                let _ = writeln!(
                    out,
                    "  false positive  \"{}\"{} read as {} {} ({})",
                    fp.figure,
                    at(fp),
                    fp.value,
                    fp.unit,
                    fp.qualifier
                );
            }
            for d in &article.distractors_reported {
                let _ = writeln!(
                    out,
                    "  distractor      \"{}\"{} reported as {} {}; not a claim: {}",
                    d.extracted.figure,
                    at(&d.extracted),
                    d.extracted.value,
                    d.extracted.unit,
                    d.reason
                );
            }
            for rejected in &article.rejected {
                let _ = writeln!(
                    out,
                    "  unreadable      \"{}\"{} not scored: {}",
                    rejected.figure,
                    position(rejected.start, rejected.line, rejected.column),
                    rejected.reason
                );
            }
        }
        out
    }
}

/// One article's share of a scorecard: its report, its failure if the
/// extractor failed, and its statements for the conflict detector.
struct ArticlePart {
    report: ArticleReport,
    failure: Option<Failure>,
    statements: Vec<MatchedStatement>,
}

impl ArticlePart {
    fn score(article: &Article, outcome: Result<Extraction, String>) -> ArticlePart {
        let (extraction, failure) = match outcome {
            Ok(extraction) => (extraction, None),
            Err(message) => (
                Extraction::default(),
                Some(Failure {
                    article: article.id.clone(),
                    message,
                }),
            ),
        };
        let claims = &extraction.claims;
        let mut score = score::score_article(article, claims);
        // A claim that could not be read was extracted and matches nothing.
        score.counts.extracted += extraction.rejected.len();
        let gold_of: BTreeMap<usize, ClaimRef> = score
            .matched
            .iter()
            .map(|&(extracted, gold)| {
                let claim = ClaimRef {
                    article: article.id.clone(),
                    claim: article.claims[gold].id.clone(),
                };
                (extracted, claim)
            })
            .collect();
        let statements = conflict::statements_from_extracted(article, claims)
            .into_iter()
            .map(|statement| {
                let gold = conflict::extracted_index(&statement.claim)
                    .and_then(|index| gold_of.get(&index).cloned());
                MatchedStatement { statement, gold }
            })
            .collect();
        let failed = failure.is_some();
        ArticlePart {
            report: ArticleReport::new(article, &extraction, score, failed),
            failure,
            statements,
        }
    }
}

/// Why partition scorecards cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot merge: {0}")]
pub struct MergeError(String);

/// Combines the scorecards of every partition `K/N` of one run (same
/// dataset, extractor and claimbench version) into exactly the scorecard of
/// a single run over the whole `dataset`.
///
/// # Errors
///
/// When a scorecard is not a partition, the partitions do not cover `1/N`
/// to `N/N` exactly once, or the scorecards differ in dataset, extractor or
/// claimbench version.
pub fn merge(dataset: &Dataset, parts: Vec<Scorecard>) -> Result<Scorecard, MergeError> {
    let fail = |message: String| Err(MergeError(message));
    let Some(first) = parts.first() else {
        return fail("no scorecards were given".to_owned());
    };
    let Some(count) = first.partition.map(|p| p.count()) else {
        return fail("a scorecard is not of a partition (made without --partition K/N)".to_owned());
    };
    let mut seen = vec![false; count as usize];
    for part in &parts {
        let Some(partition) = part.partition else {
            return fail(
                "a scorecard is not of a partition (made without --partition K/N)".to_owned(),
            );
        };
        if partition.count() != count {
            return fail(format!(
                "partition {partition} does not split into {count} like the first"
            ));
        }
        let slot = &mut seen[partition.index() as usize - 1];
        if *slot {
            return fail(format!("partition {partition} is given twice"));
        }
        *slot = true;
        if part.dataset.content_hash != dataset.content_hash()
            || part.dataset.version != dataset.version()
        {
            return fail(format!(
                "partition {partition} scored dataset {} ({}), not {} ({})",
                part.dataset.version,
                part.dataset.content_hash,
                dataset.version(),
                dataset.content_hash()
            ));
        }
        if part.extractor != first.extractor {
            return fail(format!(
                "partition {partition} scored extractor {} {}, not {} {}",
                part.extractor.name,
                part.extractor.version,
                first.extractor.name,
                first.extractor.version
            ));
        }
        if part.claimbench_version != env!("CARGO_PKG_VERSION") {
            return fail(format!(
                "partition {partition} was scored by claimbench {}; merge with that version",
                part.claimbench_version
            ));
        }
    }
    if let Some(missing) = seen.iter().position(|seen| !seen) {
        return fail(format!("partition {}/{count} is missing", missing + 1));
    }
    let extractor = first.extractor.clone();
    let mut articles = Vec::new();
    let mut failures = Vec::new();
    let mut statements = Vec::new();
    for part in parts {
        articles.extend(part.articles);
        failures.extend(part.failures);
        statements.extend(part.statements);
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    failures.sort_by(|a, b| a.article.cmp(&b.article));
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    let expected: Vec<&str> = dataset.articles.iter().map(|a| a.id.as_str()).collect();
    if ids != expected {
        return fail(
            "the partitions' articles are not exactly the dataset's, once each".to_owned(),
        );
    }
    Ok(Scorecard::assemble(
        &dataset.conflicts,
        DatasetInfo::of(dataset, articles.len()),
        extractor,
        articles,
        failures,
        &statements,
    ))
}

impl ArticleReport {
    fn new(
        article: &Article,
        extraction: &Extraction,
        score: ArticleScore,
        failed: bool,
    ) -> ArticleReport {
        let claims = &extraction.claims;
        let gold = |id: &str| {
            let claim = article
                .claim(id)
                .expect("scores name gold claims of their article");
            GoldReport {
                id: claim.id.clone(),
                quote: claim.quote.clone(),
                value: claim.value,
                unit: claim.unit,
                qualifier: claim.qualifier,
                source: claim.attribution.source.clone(),
            }
        };
        let extracted = |index: usize| {
            let claim = &claims[index];
            let start = claim.figure.start();
            let (line, column) = start
                .and_then(|start| line_column(&article.text, start))
                .unzip();
            ExtractedReport {
                index: extraction.answer_index(index),
                figure: claim.figure.text.clone(),
                start,
                line,
                column,
                value: claim.value,
                unit: claim.unit,
                qualifier: claim.qualifier,
                attribution: claim.attribution.text.clone(),
            }
        };
        ArticleReport {
            id: article.id.clone(),
            counts: score.counts,
            metrics: Metrics::from_counts(&score.counts),
            by_unit: score.by_unit.clone(),
            hits: score
                .hits
                .iter()
                .map(|hit| HitReport {
                    gold: gold(&hit.gold),
                    extracted: extracted(hit.extracted),
                    judgement: hit.clone(),
                })
                .collect(),
            misses: score.misses.iter().map(|id| gold(id)).collect(),
            false_positives: score
                .false_positives
                .iter()
                .filter(|&&i| !score.distractor_hits.iter().any(|d| d.extracted == i))
                .map(|&i| extracted(i))
                .collect(),
            distractors_reported: score
                .distractor_hits
                .iter()
                .map(|hit| DistractorReport {
                    extracted: extracted(hit.extracted),
                    reason: hit.reason,
                })
                .collect(),
            rejected: extraction
                .rejected
                .iter()
                .map(|rejected| {
                    let (line, column) = rejected
                        .start
                        .and_then(|start| line_column(&article.text, start))
                        .unzip();
                    RejectedReport {
                        index: rejected.index,
                        figure: rejected.figure.clone(),
                        start: rejected.start,
                        line,
                        column,
                        reason: rejected.reason.clone(),
                    }
                })
                .collect(),
            failed,
        }
    }
}

/// What `--show misses` says when there is nothing to list.
pub(crate) const NO_MISSES: &str =
    "no misses: every gold claim was found, with no false positives and no distractors reported";

/// ` at 3:14 (character 123)` for a known offset, nothing otherwise.
pub(crate) fn at(extracted: &ExtractedReport) -> String {
    position(extracted.start, extracted.line, extracted.column)
}

/// ` at line:column (character N)` for a figure's start, as far as known.
pub(crate) fn position(start: Option<usize>, line: Option<usize>, column: Option<usize>) -> String {
    match (start, line, column) {
        (Some(start), Some(line), Some(column)) => {
            format!(" at {line}:{column} (character {start})")
        }
        (Some(start), _, _) => format!(" at character {start}"),
        _ => String::new(),
    }
}

/// The line and column, both from 1 and the column in characters, of the
/// character at offset `start` of `text`; `None` past its end.
fn line_column(text: &str, start: usize) -> Option<(usize, usize)> {
    let mut line = 1;
    let mut column = 1;
    let mut chars = text.chars();
    for _ in 0..start {
        match chars.next()? {
            '\n' => {
                line += 1;
                column = 1;
            }
            _ => column += 1,
        }
    }
    Some((line, column))
}
