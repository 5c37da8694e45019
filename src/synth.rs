//! Synthetic datasets for measuring claimbench at scale: `claimbench synth
//! DIR` (a hidden subcommand) writes a valid dataset of any size whose
//! articles state figures the reference extractor can find.
//!
//! Not a dataset for judging extractors: its sentences come from a handful
//! of templates. It exists so that benchmarks and scale tests run on
//! realistic file counts, sizes and claim densities.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::model::{
    Article, Attribution, AttributionKind, Claim, ConflictsFile, DatasetManifest, Distractor,
    DistractorReason, Layer, Source, Value,
};
use crate::vocab::{Qualifier, Unit};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthSpec {
    /// How many articles.
    pub articles: usize,
    /// How many claims in each.
    pub claims_per_article: usize,
    /// Varies the figures and templates.
    pub seed: u64,
}

/// The sentence templates: a lead word before the figure (kept in the quote
/// so that no quote is a substring of another), the unit, the qualifier and
/// whether it is attributed to officials.
const TEMPLATES: &[(&str, &str, Unit, Qualifier, bool)] = &[
    (
        "Officials said",
        "people were displaced by the floods",
        Unit::PEOPLE,
        Qualifier::Exact,
        true,
    ),
    (
        "The agency counted more than",
        "homes damaged in the storm",
        Unit::COUNT,
        Qualifier::MoreThan,
        false,
    ),
    (
        "Rescuers reached about",
        "villages cut off by landslides",
        Unit::COUNT,
        Qualifier::About,
        false,
    ),
    (
        "Officials said at least",
        "people were injured",
        Unit::PEOPLE,
        Qualifier::AtLeast,
        true,
    ),
    (
        "The fire burned some",
        "square kilometres of forest",
        Unit::KM2,
        Qualifier::About,
        false,
    ),
];

/// Writes a dataset of `spec.articles` articles with `spec.claims_per_article`
/// claims each into `dir` (created if needed; existing files are replaced).
///
/// # Errors
///
/// When a file cannot be written.
pub fn write_dataset(dir: &Path, spec: SynthSpec) -> io::Result<()> {
    let articles_dir = dir.join("articles");
    std::fs::create_dir_all(&articles_dir)?;
    let manifest = DatasetManifest {
        name: "synthetic".to_owned(),
        version: format!("0.0.0+seed.{}", spec.seed),
        description: format!(
            "{} synthetic articles of {} claims each, for benchmarks",
            spec.articles, spec.claims_per_article
        ),
        layers: Layer::every(),
        source: None,
        licence: None,
    };
    std::fs::write(dir.join("dataset.yaml"), to_yaml(&manifest)?)?;
    std::fs::write(
        dir.join("conflicts.yaml"),
        to_yaml(&ConflictsFile::default())?,
    )?;
    for n in 0..spec.articles {
        let (article, text) = article(n, spec);
        std::fs::write(articles_dir.join(&article.text_file), &text)?;
        std::fs::write(
            articles_dir.join(format!("{}.yaml", article.id)),
            to_yaml(&article)?,
        )?;
    }
    Ok(())
}

fn to_yaml<T: serde::Serialize>(value: &T) -> io::Result<String> {
    serde_norway::to_string(value).map_err(io::Error::other)
}

/// Article `n`: a headline, then one paragraph per claim, each with a
/// distinct figure.
fn article(n: usize, spec: SynthSpec) -> (Article, String) {
    let id = format!("{n:06}_synthetic");
    let mut text = format!("Storms hit the coast, report {n}\n\n");
    let mut claims = Vec::with_capacity(spec.claims_per_article);
    // Every numeral that is not a claim is a distractor, as in any dataset
    // with every layer: the headline's report number and each district's.
    let mut distractors = vec![identifier(format!("report {n}"), n)];
    for i in 0..spec.claims_per_article {
        let mix = (spec.seed as usize).wrapping_add(n * 31 + i * 7);
        let (lead, tail, unit, qualifier, attributed) = TEMPLATES[mix % TEMPLATES.len()];
        // Distinct within the article, so every quote occurs once.
        let value = (i as u64 + 1) * 1_000 + (mix % 97) as u64 * 10;
        let figure = group_thousands(value);
        let last_lead_word = lead.rsplit(' ').next().unwrap_or(lead);
        let first_tail_word = tail.split(' ').next().unwrap_or(tail);
        let quote = format!("{last_lead_word} {figure} {first_tail_word}");
        let _ = write!(text, "{lead} {figure} {tail} in district {i}.\n\n");
        // With its full stop, so that `district 1.` is not in `district 12.`.
        distractors.push(identifier(format!("in district {i}."), i));
        claims.push(Claim {
            id: format!("c{i}"),
            quote,
            figure,
            value: Value::Number(value as f64),
            unit,
            qualifier,
            measure: tail.to_owned(),
            of: None,
            attribution: if attributed {
                Attribution {
                    kind: AttributionKind::ReportedSpeech,
                    source: Some("officials".to_owned()),
                    aliases: vec!["Officials".to_owned()],
                }
            } else {
                Attribution::unattributed()
            },
            occurrences: 1,
            as_of: None,
            note: None,
            draft: false,
        });
    }
    let article = Article {
        text_file: format!("{id}.txt"),
        text_sha256: format!("{:x}", Sha256::digest(text.as_bytes())),
        id,
        source: Source::unknown("en"),
        claims,
        distractors,
        text: String::new(),
    };
    (article, text)
}

/// A distractor for the identifying number `number` in `quote`.
fn identifier(quote: String, number: usize) -> Distractor {
    Distractor {
        quote,
        figure: number.to_string(),
        reason: DistractorReason::Identifier,
        occurrences: 1,
        draft: false,
    }
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_synthetic_dataset_is_valid_and_the_reference_extractor_finds_it() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let spec = SynthSpec {
            articles: 12,
            claims_per_article: 10,
            seed: 3,
        };
        write_dataset(dir.path(), spec).expect("written");
        let dataset = crate::Dataset::load(dir.path()).unwrap_or_else(|error| {
            panic!("{error}: {:#?}", error.diagnostics());
        });
        assert_eq!(dataset.articles.len(), 12);
        let scorecard = crate::bench(&dataset, &crate::extract::ReferenceExtractor::new());
        assert_eq!(scorecard.counts.gold, 120);
        assert_eq!(
            scorecard.counts.found,
            120,
            "{}",
            scorecard.misses_listing()
        );
    }
}
