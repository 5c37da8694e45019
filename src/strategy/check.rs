//! The robustness properties, and a runner that puts any [`Extractor`]
//! through them and reports a pass rate and a minimal failing case each.
//!
//! Each [`Property`] pairs a strategy of this module's siblings with a check
//! ([`check_invariance`], [`check_planted`], [`check_safety`]). The checks
//! are public so that a crate's own `proptest!` tests can use them; [`run`]
//! drives them with a seeded [`TestRunner`], counts the cases that pass,
//! and shrinks the first failing case of each property to a minimal one.
//! The same seed always generates the same cases.
//!
//! What the properties compare, for a gold claim, is what the scorer judges
//! ([`score_article`]): the value and unit of the extracted claim matched to
//! it, its qualifier, and its attribution after [`normalize_source`].

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config as ProptestConfig, RngAlgorithm, TestRng, TestRunner};

use crate::dataset::Dataset;
use crate::extract::{ArticleInput, ExtractError, ExtractedClaim, Extractor, Span};
use crate::model::{Article, AttributionKind, Value};
use crate::score::{VALUE_TOLERANCE, normalize_source, score_article};
use crate::vocab::{Qualifier, Unit};

use super::perturb::{self, Family, Perturbed};
use super::plant::{self, Planted};
use super::text;

/// The longest arbitrary text the safety property generates, in `char`s.
pub const ARBITRARY_TEXT_CHARS: usize = 2_000;

/// One robustness property.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Property {
    /// Gold claims are found the same after inserted boilerplate.
    Boilerplate,
    /// ... after duplicated and moved paragraphs.
    Paragraphs,
    /// ... after whitespace and line-ending changes.
    Whitespace,
    /// ... after quote and dash changes.
    Typography,
    /// ... after a mix of all of these.
    MixedNoise,
    /// A planted claim in a text of its own is found.
    PlantedStandalone,
    /// A planted claim inserted into an article is found.
    PlantedInArticle,
    /// Arbitrary text gives no panic, no error, valid spans, in bounded time.
    ArbitraryText,
}

impl Property {
    /// Every property, in report order.
    pub const ALL: [Property; 8] = [
        Property::Boilerplate,
        Property::Paragraphs,
        Property::Whitespace,
        Property::Typography,
        Property::MixedNoise,
        Property::PlantedStandalone,
        Property::PlantedInArticle,
        Property::ArbitraryText,
    ];

    /// A stable name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Property::Boilerplate => "invariant-boilerplate",
            Property::Paragraphs => "invariant-paragraphs",
            Property::Whitespace => "invariant-whitespace",
            Property::Typography => "invariant-typography",
            Property::MixedNoise => "invariant-mixed-noise",
            Property::PlantedStandalone => "planted-standalone",
            Property::PlantedInArticle => "planted-in-article",
            Property::ArbitraryText => "arbitrary-text-safe",
        }
    }

    /// The noise family of an invariance property.
    pub fn family(self) -> Option<Family> {
        match self {
            Property::Boilerplate => Some(Family::Boilerplate),
            Property::Paragraphs => Some(Family::Paragraphs),
            Property::Whitespace => Some(Family::Whitespace),
            Property::Typography => Some(Family::Typography),
            Property::MixedNoise => Some(Family::Mixed),
            _ => None,
        }
    }
}

impl fmt::Display for Property {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A failing case, as people read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong, in one line.
    pub reason: String,
    /// The input: the text, or the article and its edits.
    pub input: String,
    /// The claims that should have been found, one a line.
    pub expected: Vec<String>,
    /// The claims that were, one a line.
    pub actual: Vec<String>,
}

impl Failure {
    fn new(reason: impl Into<String>, input: impl Into<String>) -> Failure {
        Failure {
            reason: reason.into(),
            input: input.into(),
            expected: Vec::new(),
            actual: Vec::new(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.reason)?;
        writeln!(f, "input:")?;
        for line in self.input.lines() {
            writeln!(f, "  {line}")?;
        }
        for (label, claims) in [("expected", &self.expected), ("actual", &self.actual)] {
            if claims.is_empty() {
                writeln!(f, "{label}: (none)")?;
            } else {
                writeln!(f, "{label}:")?;
                for claim in claims {
                    writeln!(f, "  {claim}")?;
                }
            }
        }
        Ok(())
    }
}

/// What an extractor found for one gold claim: the matched extracted
/// claim's value, unit, qualifier and normalized attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The gold claim's id.
    pub claim: String,
    /// The extracted value.
    pub value: Value,
    /// The extracted unit.
    pub unit: Unit,
    /// The extracted qualifier.
    pub qualifier: Qualifier,
    /// The extracted attribution after [`normalize_source`]; `None` when
    /// unattributed.
    pub attribution: Option<String>,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} {} {}, {}",
            self.claim,
            self.value,
            self.unit,
            self.qualifier,
            self.attribution
                .as_deref()
                .map_or("unattributed".to_owned(), |a| format!("from `{a}`")),
        )
    }
}

/// The normalized attribution of an extracted claim.
fn attribution_of(claim: &ExtractedClaim) -> Option<String> {
    claim
        .attribution
        .text
        .as_deref()
        .map(normalize_source)
        .filter(|_| claim.attribution.kind != AttributionKind::Unattributed)
}

/// For each gold claim of `article` that `extracted` finds, what it found,
/// in gold order.
pub fn found_claims(article: &Article, extracted: &[ExtractedClaim]) -> Vec<Found> {
    let score = score_article(article, extracted);
    score
        .hits
        .iter()
        .map(|hit| {
            let claim = &extracted[hit.extracted];
            Found {
                claim: hit.gold.clone(),
                value: claim.value,
                unit: claim.unit,
                qualifier: claim.qualifier,
                attribution: attribution_of(claim),
            }
        })
        .collect()
}

/// An extracted claim in one line.
fn summary(claim: &ExtractedClaim) -> String {
    let at = claim
        .figure
        .span
        .map_or(String::new(), |s| format!(" at {}..{}", s.start, s.end));
    format!(
        "`{}`{at}: {} {} {}, {}",
        claim.figure.text,
        claim.value,
        claim.unit,
        claim.qualifier,
        attribution_of(claim).map_or("unattributed".to_owned(), |a| format!("from `{a}`")),
    )
}

/// What an extractor finds on the unedited articles, for the invariance
/// properties to compare with.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    found: Vec<(String, Vec<Found>)>,
}

impl Baseline {
    /// Runs `extractor` once over `articles`.
    ///
    /// # Errors
    ///
    /// When the extractor fails on an article: the properties cannot run.
    pub fn new(
        extractor: &dyn Extractor,
        articles: &[Arc<Article>],
    ) -> Result<Baseline, ExtractError> {
        let found = articles
            .iter()
            .map(|article| {
                let claims = extractor.extract(&ArticleInput::from(&**article))?;
                Ok((article.id.clone(), found_claims(article, &claims)))
            })
            .collect::<Result<_, ExtractError>>()?;
        Ok(Baseline { found })
    }

    /// What was found on the unedited article with this id.
    pub fn found(&self, article: &str) -> &[Found] {
        self.found
            .iter()
            .find(|(id, _)| id == article)
            .map_or(&[], |(_, found)| found.as_slice())
    }
}

/// The lines of `text` that hold a gold quote whose finding changed, each
/// with its line number, escaped so that invisible characters show.
fn lines_with_quotes(article: &Article, claims: &[&str]) -> Vec<String> {
    let quotes: Vec<&str> = article
        .claims
        .iter()
        .filter(|c| claims.contains(&c.id.as_str()))
        .map(|c| c.quote.as_str())
        .collect();
    article
        .text
        .split('\n')
        .enumerate()
        .filter(|(_, line)| quotes.iter().any(|q| line.contains(q)))
        .map(|(n, line)| format!("line {}: {line:?}", n + 1))
        .collect()
}

/// Invariance: the gold claims an extractor finds on the edited article,
/// and what it finds for each, are what it found on the original.
///
/// # Errors
///
/// A [`Failure`] naming the edits, the lines of the claims that changed,
/// and what was found before and after.
pub fn check_invariance(
    extractor: &dyn Extractor,
    baseline: &Baseline,
    case: &Perturbed,
) -> Result<(), Failure> {
    let article = &case.article;
    let expected = baseline.found(&article.id);
    let describe = |changed: &[&str]| {
        let mut input = format!("article {}, edited:\n", article.id);
        for edit in &case.edits {
            input.push_str(&format!("- {edit}\n"));
        }
        for line in lines_with_quotes(article, changed) {
            input.push_str(&format!("{line}\n"));
        }
        input
    };
    let claims = extractor
        .extract(&ArticleInput::from(article))
        .map_err(|error| Failure::new(format!("the extractor failed: {error}"), describe(&[])))?;
    let actual = found_claims(article, &claims);
    if actual == expected {
        return Ok(());
    }
    let changed: Vec<&str> = article
        .claims
        .iter()
        .map(|c| c.id.as_str())
        .filter(|id| {
            expected.iter().find(|f| f.claim == *id) != actual.iter().find(|f| f.claim == *id)
        })
        .collect();
    Err(Failure {
        reason: format!(
            "what was found for {} changed under the edits",
            changed.join(", ")
        ),
        input: describe(&changed),
        expected: expected.iter().map(Found::to_string).collect(),
        actual: actual.iter().map(Found::to_string).collect(),
    })
}

/// Recovery: the planted claim is found, with a figure in the planted
/// sentence (or no span), the right value, unit, qualifier and attribution
/// (after [`normalize_source`]).
///
/// # Errors
///
/// A [`Failure`] with the planted sentence, the claim it states and the
/// claims found in it.
pub fn check_planted(extractor: &dyn Extractor, case: &Planted) -> Result<(), Failure> {
    let planted = &case.claim;
    let mut input = match &case.article {
        Some(perturbed) => format!(
            "article {}, {}:\n",
            perturbed.article.id,
            perturbed.edits.join("; ")
        ),
        None => String::new(),
    };
    let sentence_text = case.span.slice(&case.text).unwrap_or_default();
    if case.article.is_some() {
        input.push_str(&format!("{sentence_text:?}"));
    } else {
        input.push_str(&format!("{:?}", case.text));
    }
    let expected_source = planted.source.as_deref().map(normalize_source);
    let expected = format!(
        "`{}`: {} {} {}, {}",
        planted.figure,
        planted.value,
        planted.unit,
        planted.qualifier,
        expected_source
            .as_deref()
            .map_or("unattributed".to_owned(), |a| format!("from `{a}`")),
    );
    let claims = extractor
        .extract(&ArticleInput::new("planted", &case.text))
        .map_err(|error| Failure::new(format!("the extractor failed: {error}"), input.clone()))?;
    let in_sentence: Vec<&ExtractedClaim> = claims
        .iter()
        .filter(|c| c.figure.span.is_none_or(|s| s.overlaps(&case.span)))
        .collect();
    let right = |c: &&ExtractedClaim| {
        c.value.approx_eq(&planted.value, VALUE_TOLERANCE)
            && c.unit == planted.unit
            && c.qualifier == planted.qualifier
            && attribution_of(c) == expected_source
    };
    if in_sentence.iter().any(right) {
        return Ok(());
    }
    Err(Failure {
        reason: format!(
            "the planted claim (template `{}`) was not found as stated",
            planted.template.shape()
        ),
        input,
        expected: vec![expected],
        actual: in_sentence.iter().map(|c| summary(c)).collect(),
    })
}

/// Safety: on `text` the extractor returns (no panic, no error) within
/// `limit`, and every span it gives lies in the text and covers what it
/// reports.
///
/// # Errors
///
/// A [`Failure`] with the text and the first problem.
pub fn check_safety(extractor: &dyn Extractor, text: &str, limit: Duration) -> Result<(), Failure> {
    let input = format!("{text:?}");
    let started = Instant::now();
    let claims = extractor
        .extract(&ArticleInput::new("arbitrary", text))
        .map_err(|error| Failure::new(format!("the extractor failed: {error}"), input.clone()))?;
    let elapsed = started.elapsed();
    if elapsed > limit {
        return Err(Failure::new(
            format!("extraction took {elapsed:?}, over the limit of {limit:?}"),
            input,
        ));
    }
    let bad_span = |span: Option<Span>, expected: Option<&str>| match span {
        None => false,
        Some(span) => match (span.slice(text), expected) {
            (None, _) => true,
            (Some(found), Some(expected)) => found != expected,
            (Some(_), None) => false,
        },
    };
    for claim in &claims {
        let (low, high) = claim.value.bounds();
        let problem = if bad_span(claim.figure.span, Some(&claim.figure.text)) {
            Some("a figure span does not cover the figure's text")
        } else if bad_span(claim.sentence, None) {
            Some("a sentence span falls outside the text")
        } else if bad_span(claim.attribution.span, claim.attribution.text.as_deref()) {
            Some("an attribution span does not cover its text")
        } else if !(low.is_finite() && high.is_finite() && low <= high) {
            Some("a value is not finite or its range is reversed")
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(Failure {
                reason: problem.to_owned(),
                input,
                expected: Vec::new(),
                actual: vec![summary(claim)],
            });
        }
    }
    Ok(())
}

/// How [`run`] generates and shrinks cases.
#[derive(Debug, Clone)]
pub struct Config {
    /// Cases per property.
    pub cases: u32,
    /// The seed; the same seed generates the same cases.
    pub seed: u64,
    /// The most simplification steps when shrinking a failing case.
    pub max_shrink_iters: u32,
    /// The longest one extraction may take in the safety property.
    pub time_limit: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            cases: 64,
            seed: 0,
            max_shrink_iters: 512,
            time_limit: Duration::from_secs(1),
        }
    }
}

/// How one property fared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyReport {
    /// The property.
    pub property: Property,
    /// Cases generated and checked.
    pub cases: u32,
    /// Cases that passed.
    pub passed: u32,
    /// The first failing case, shrunk to a minimal one; `None` when every
    /// case passed.
    pub failure: Option<Failure>,
}

impl PropertyReport {
    /// The share of cases that passed; 1 when there were none.
    pub fn pass_rate(&self) -> f64 {
        if self.cases == 0 {
            1.0
        } else {
            f64::from(self.passed) / f64::from(self.cases)
        }
    }
}

/// How an extractor fared on every property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The extractor's name and version.
    pub extractor: String,
    /// The seed the cases came from.
    pub seed: u64,
    /// One report per property, in [`Property::ALL`] order.
    pub properties: Vec<PropertyReport>,
}

impl Report {
    /// Whether every case of every property passed.
    pub fn passed(&self) -> bool {
        self.properties.iter().all(|p| p.failure.is_none())
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "robustness of {} · seed {}", self.extractor, self.seed)?;
        writeln!(f)?;
        for p in &self.properties {
            writeln!(
                f,
                "{:<24} {:>5}/{:<5} {:>6.1}%  {}",
                p.property.name(),
                p.passed,
                p.cases,
                100.0 * p.pass_rate(),
                if p.failure.is_none() { "ok" } else { "FAILED" },
            )?;
        }
        for p in &self.properties {
            if let Some(failure) = &p.failure {
                writeln!(f)?;
                writeln!(f, "{} failed; minimal case:", p.property.name())?;
                write!(f, "{failure}")?;
            }
        }
        Ok(())
    }
}

/// The runner's random number generator for one property: ChaCha seeded
/// from `seed` and the property's name, so properties draw independent
/// cases and the same seed always draws the same ones.
fn rng(seed: u64, property: Property) -> TestRng {
    // FNV-1a of the name, then splitmix64 to fill 32 bytes.
    let mut state = property
        .name()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
        ^ seed;
    let mut bytes = [0u8; 32];
    for chunk in bytes.chunks_mut(8) {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        chunk.copy_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// Runs `check` under `catch_unwind`, turning a panic into a failure.
fn guarded<T>(value: &T, check: &dyn Fn(&T) -> Result<(), Failure>) -> Result<(), Failure> {
    catch_unwind(AssertUnwindSafe(|| check(value))).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_owned());
        Err(Failure::new(
            format!("the extractor panicked: {message}"),
            "",
        ))
    })
}

/// Checks `config.cases` cases of `strategy`, then shrinks the first
/// failing one.
fn run_strategy<S: Strategy>(
    property: Property,
    strategy: S,
    config: &Config,
    check: &dyn Fn(&S::Value) -> Result<(), Failure>,
) -> PropertyReport {
    let proptest_config = ProptestConfig {
        cases: config.cases,
        max_shrink_iters: config.max_shrink_iters,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let mut runner = TestRunner::new_with_rng(proptest_config, rng(config.seed, property));
    let mut report = PropertyReport {
        property,
        cases: 0,
        passed: 0,
        failure: None,
    };
    let mut first_failing = None;
    for _ in 0..config.cases {
        let Ok(tree) = strategy.new_tree(&mut runner) else {
            continue;
        };
        report.cases += 1;
        match guarded(&tree.current(), check) {
            Ok(()) => report.passed += 1,
            Err(failure) if first_failing.is_none() => first_failing = Some((tree, failure)),
            Err(_) => {}
        }
    }
    if let Some((mut tree, mut failure)) = first_failing {
        // Proptest's own shrinking loop: simplify while the case fails,
        // complicate back when a simplification passes.
        let mut steps = 0;
        if tree.simplify() {
            while steps < config.max_shrink_iters {
                steps += 1;
                match guarded(&tree.current(), check) {
                    Err(smaller) => {
                        failure = smaller;
                        if !tree.simplify() {
                            break;
                        }
                    }
                    Ok(()) => {
                        if !tree.complicate() {
                            break;
                        }
                    }
                }
            }
        }
        report.failure = Some(failure);
    }
    report
}

/// Puts `extractor` through every property on `dataset`'s articles.
///
/// # Errors
///
/// When the extractor fails on an unedited article of the dataset, so that
/// there is nothing to compare with.
pub fn run(
    extractor: &dyn Extractor,
    dataset: &Dataset,
    config: &Config,
) -> Result<Report, ExtractError> {
    let articles = perturb::with_claims(&dataset.articles);
    let baseline = Baseline::new(extractor, &articles)?;
    let properties = Property::ALL
        .iter()
        .map(|&property| run_property(extractor, property, &articles, &baseline, config))
        .collect();
    Ok(Report {
        extractor: format!("{} {}", extractor.name(), extractor.version()),
        seed: config.seed,
        properties,
    })
}

/// Puts `extractor` through one property.
pub fn run_property(
    extractor: &dyn Extractor,
    property: Property,
    articles: &[Arc<Article>],
    baseline: &Baseline,
    config: &Config,
) -> PropertyReport {
    if articles.is_empty()
        && property != Property::ArbitraryText
        && property != Property::PlantedStandalone
    {
        return PropertyReport {
            property,
            cases: 0,
            passed: 0,
            failure: None,
        };
    }
    if let Some(family) = property.family() {
        return run_strategy(
            property,
            perturb::perturbed(articles.to_vec(), family),
            config,
            &|case| check_invariance(extractor, baseline, case),
        );
    }
    match property {
        Property::PlantedStandalone => {
            run_strategy(property, plant::standalone(), config, &|case| {
                check_planted(extractor, case)
            })
        }
        Property::PlantedInArticle => run_strategy(
            property,
            plant::planted_in(articles.to_vec()),
            config,
            &|case| check_planted(extractor, case),
        ),
        _ => run_strategy(
            property,
            text::arbitrary(ARBITRARY_TEXT_CHARS),
            config,
            &|text: &String| {
                check_safety(extractor, text, config.time_limit).map_err(|mut failure| {
                    if failure.input.is_empty() {
                        failure.input = format!("{text:?}");
                    }
                    failure
                })
            },
        ),
    }
}
