//! The rule corpus (`tests/rules/*.yaml`) as a dataset
//! (`claimbench import rules RULES_DIR --out DIR`), so that `claimbench
//! bench --dataset` scores any extractor on the examples written for the
//! reference extractor's rules.
//!
//! A corpus file is a YAML list of examples, each `{name, rule, negative?,
//! text, claims}`, every expected claim `{figure, unit, value?, qualifier?,
//! kind, source?, measure?}` ([`Example`], [`ExpectedClaim`]): the figure as written,
//! its unit (an id of the language pack), its value when the figure alone
//! does not give it (otherwise [`crate::number::parse_figure`] reads it),
//! its qualifier (`exact` when left out), the kind of attribution and the
//! source as the text names it, and what the figure counts as the text
//! writes it (checked by the test when given, not imported). `tests/rule_corpus.rs` runs the reference
//! extractor on every example through [`read_file`]; [`import`] makes a
//! dataset of them:
//!
//! - one article per example, positive or negative (the claims of a
//!   negative example are as exact an expectation as any), in the order of
//!   the files (by name) and of the examples in them; its id follows the
//!   guide's rule ([`crate::scaffold::article_id`]: the running number and
//!   the first 16 hex digits of the text's SHA-256), its text is the
//!   example's text byte for byte, and its source's `note` names the file,
//!   the example and its rule;
//! - one claim per expected claim, ids `claim-1`, `claim-2`... in order; the
//!   quote is the figure (or the example's `quote`, where it must run past
//!   the figure: `half an hour`), with `occurrences` when it occurs more
//!   than once in the text (the figure's every occurrence is then a place
//!   the claim may be found); the attribution is the kind, with the source
//!   as its canonical name and its one alias;
//! - a manifest whose layers are `spans`, `qualifier` and `attribution`:
//!   the corpus annotates no measures, lists no distractors (so the
//!   exhaustiveness check does not apply) and groups no conflicts.
//!
//! A file that is not such a list, an unknown field or unit, two examples of
//! one name in a file, a figure or source the text does not contain, a
//! figure the parser cannot read without a `value`, and a source given to an
//! unattributed claim (or missing from an attributed one) are refused, every
//! problem placed at its file, line and column, and nothing is written.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{ArticleYaml, ImportError, ImportProblem, ImportedDataset, article_yaml, yaml};
use crate::fixture::MAX_YAML_BYTES;
use crate::fixture::yaml::YamlDoc;
use crate::model::{Attribution, AttributionKind, DatasetManifest, Layer, Source, Value};
use crate::number::{FigureError, parse_figure};
use crate::scaffold::{article_id, sha256_hex, text_of};
use crate::vocab::{Qualifier, Unit};

/// What the help of a malformed file points to.
const FORMAT_HELP: &str = "the corpus format is described atop each file of tests/rules/ and in CONTRIBUTING.md (\"Working on the code\")";

/// One example of the corpus: a text written for one rule, and every claim
/// an extractor must find in it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Unique within its file, in kebab-case.
    pub name: String,
    /// The rule of `claimbench::extract::rules` the example exercises.
    pub rule: String,
    /// A text the rule must leave alone.
    #[serde(default)]
    pub negative: bool,
    /// The text, byte for byte.
    pub text: String,
    /// Every claim of the text, in the order of the text.
    pub claims: Vec<ExpectedClaim>,
}

/// A claim an example expects.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedClaim {
    /// The figure as written, a substring of the text.
    pub figure: String,
    /// The quote, when it must run past the figure to state it (`half an
    /// hour` for the figure `half`); the figure when left out.
    #[serde(default)]
    pub quote: Option<String>,
    /// The unit, an id of the language pack.
    pub unit: Unit,
    /// The value, when the figure alone does not give it.
    #[serde(default)]
    pub value: Option<Value>,
    /// How the text hedges the figure; `exact` when left out.
    #[serde(default = "exact")]
    pub qualifier: Qualifier,
    /// How the text attributes the figure.
    pub kind: AttributionKind,
    /// The source as the text names it; absent when unattributed.
    #[serde(default)]
    pub source: Option<String>,
    /// What the figure counts, as the text writes it (`Sweden`, `questioned
    /// him`): checked by `tests/rule_corpus.rs` when given, and not
    /// imported, since the corpus's dataset annotates no measures.
    #[serde(default)]
    pub measure: Option<String>,
}

fn exact() -> Qualifier {
    Qualifier::Exact
}

impl ExpectedClaim {
    /// The claim's value: `value` when given, else the figure read by
    /// [`parse_figure`].
    ///
    /// # Errors
    ///
    /// When no value is given and the parser cannot read the figure.
    pub fn value(&self) -> Result<Value, FigureError> {
        match self.value {
            Some(value) => Ok(value),
            None => parse_figure(&self.figure).map(|figure| figure.value),
        }
    }
}

/// The problems of one corpus file, placed in it.
struct Problems<'a> {
    shown: &'a str,
    found: Vec<ImportProblem>,
}

impl Problems<'_> {
    fn at(&mut self, doc: &YamlDoc<'_>, path: &str, message: String, help: impl Into<String>) {
        let (line, column) = doc.position(path);
        self.found.push(ImportProblem {
            location: format!("{}:{line}:{column}", self.shown),
            message: format!("`{path}`: {message}"),
            help: help.into(),
        });
    }

    fn diagnostic(&mut self, diagnostic: &crate::Diagnostic) {
        self.found.push(ImportProblem {
            location: format!(
                "{}:{}:{}",
                diagnostic.path, diagnostic.line, diagnostic.column
            ),
            message: diagnostic.message.clone(),
            help: format!("{}; {FORMAT_HELP}", diagnostic.help),
        });
    }
}

/// The examples of one corpus file, shown in problems as `shown` (its
/// path).
///
/// # Errors
///
/// Every problem of the file (see the module docs), each at its line and
/// column.
pub fn read_file(shown: &str, bytes: &[u8]) -> Result<Vec<Example>, ImportError> {
    let mut problems = Problems {
        shown,
        found: Vec::new(),
    };
    let whole = |message: String, help: String| {
        ImportError::new(vec![ImportProblem {
            location: format!("{shown}:1:1"),
            message,
            help,
        }])
    };
    if bytes.len() as u64 > MAX_YAML_BYTES {
        return Err(whole(
            format!(
                "the file is {} bytes, more than the {MAX_YAML_BYTES} a corpus file may hold",
                bytes.len()
            ),
            "split its examples over several files".to_owned(),
        ));
    }
    let text = text_of(bytes).map_err(|error| {
        ImportError::new(vec![ImportProblem {
            location: format!("{shown}:{}:{}", error.line, error.column),
            message: format!(
                "the file is not UTF-8 (byte {} starts no character)",
                error.offset
            ),
            help: "save the file as UTF-8".to_owned(),
        }])
    })?;
    let doc = YamlDoc::scan(shown, text).map_err(|diagnostic| {
        problems.diagnostic(&diagnostic);
        ImportError::new(std::mem::take(&mut problems.found))
    })?;
    let Some(items) = doc.items("") else {
        return Err(whole(
            "the file is not a list of examples".to_owned(),
            format!(
                "write a YAML list of `{{name, rule, text, claims}}` (`[]` for none); {FORMAT_HELP}"
            ),
        ));
    };
    let mut examples = Vec::new();
    let mut names: HashMap<String, String> = HashMap::new();
    for item in items {
        let example: Example = match doc.parse_at(item) {
            Ok(example) => example,
            Err(diagnostic) => {
                problems.diagnostic(&diagnostic);
                continue;
            }
        };
        if let Some(first) = names.get(&example.name) {
            let (line, _) = doc.position(first);
            problems.at(
                &doc,
                &format!("{item}.name"),
                format!("the name `{}` is already used on line {line}", example.name),
                "give each example of the file its own name",
            );
        } else {
            names.insert(example.name.clone(), format!("{item}.name"));
        }
        check(&example, item, &doc, &mut problems);
        examples.push(example);
    }
    if problems.found.is_empty() {
        Ok(examples)
    } else {
        Err(ImportError::new(problems.found))
    }
}

/// The checks of one example that need more than its fields' types.
fn check(example: &Example, item: &str, doc: &YamlDoc<'_>, problems: &mut Problems<'_>) {
    let text = example.text.as_str();
    for (j, claim) in example.claims.iter().enumerate() {
        let at = format!("{item}.claims[{j}]");
        if claim.figure.is_empty() || !text.contains(&claim.figure) {
            problems.at(
                doc,
                &format!("{at}.figure"),
                format!("the figure `{}` does not occur in the text", claim.figure),
                "copy the figure exactly as the text writes it",
            );
        } else {
            match claim.value() {
                Err(error) => problems.at(
                    doc,
                    &format!("{at}.figure"),
                    error.to_string(),
                    "add `value:` with the figure's number (`0.5`, `\"1/3\"`, `{low: 3, high: 4}`)",
                ),
                Ok(value) => check_range(value, claim.qualifier, &at, doc, problems),
            }
        }
        let source = claim.source.as_deref();
        match (claim.kind, source) {
            (AttributionKind::Unattributed, Some(_)) => problems.at(
                doc,
                &format!("{at}.source"),
                "an unattributed claim names a source".to_owned(),
                "remove `source`, or write the kind of attribution the text uses",
            ),
            (AttributionKind::Unattributed, None) => {}
            (kind, None) => problems.at(
                doc,
                &format!("{at}.kind"),
                format!("a claim of kind `{}` names no source", kind.as_str()),
                "add `source:` with the source as the text names it",
            ),
            (_, Some(source)) if source.is_empty() || !text.contains(source) => problems.at(
                doc,
                &format!("{at}.source"),
                format!("the source `{source}` does not occur in the text"),
                "copy the source exactly as the text names it",
            ),
            (_, Some(_)) => {}
        }
        if let Some(measure) = claim.measure.as_deref()
            && (measure.is_empty() || !text.contains(measure))
        {
            problems.at(
                doc,
                &format!("{at}.measure"),
                format!("the measure `{measure}` does not occur in the text"),
                "copy the measure exactly as the text writes it, or leave it out",
            );
        }
    }
}

/// A range value goes with qualifier `range` or `vague`, and only with
/// them, as the validator demands of a claim.
fn check_range(
    value: Value,
    qualifier: Qualifier,
    at: &str,
    doc: &YamlDoc<'_>,
    problems: &mut Problems<'_>,
) {
    let range = matches!(value, Value::Range { .. });
    if range == matches!(qualifier, Qualifier::Range | Qualifier::Vague) {
        return;
    }
    let (message, help) = if range {
        (
            format!("the value {value} is a range but the qualifier is `{qualifier}`"),
            "write `qualifier: range` (between X and Y) or `qualifier: vague` (hundreds)",
        )
    } else {
        (
            format!("the qualifier is `{qualifier}` but the value {value} is one number"),
            "write the value as a range `{low: ..., high: ...}`, or another qualifier",
        )
    };
    problems.at(doc, &format!("{at}.qualifier"), message, help);
}

/// A claim as an imported article writes it: located, with qualifier and
/// attribution, without measure.
#[derive(Serialize)]
struct ClaimYaml {
    id: String,
    quote: String,
    figure: String,
    value: Value,
    unit: Unit,
    qualifier: Qualifier,
    attribution: Attribution,
    #[serde(skip_serializing_if = "is_one")]
    occurrences: usize,
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

/// The dataset of the corpus files `files` (file name, such as
/// `figure.yaml`, to contents), taken in name order; `shown_dir` is the
/// folder they were read from, as problems show it.
///
/// # Errors
///
/// Every problem of every file (see the module docs), each placed at its
/// file, line and column; also when `files` is empty.
pub fn import(
    files: &BTreeMap<String, Vec<u8>>,
    shown_dir: &str,
) -> Result<ImportedDataset, ImportError> {
    if files.is_empty() {
        return Err(ImportError::new(vec![ImportProblem {
            location: shown_dir.to_owned(),
            message: "the folder holds no corpus file (`*.yaml`)".to_owned(),
            help: "give the rule corpus's folder, `tests/rules/` of the repository".to_owned(),
        }]));
    }
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for (name, bytes) in files {
        let shown = format!("{}/{name}", shown_dir.trim_end_matches('/'));
        match read_file(&shown, bytes) {
            Ok(examples) => read.push((name, examples)),
            Err(error) => problems.extend(error.problems().iter().cloned()),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::new(problems));
    }
    let mut out = BTreeMap::new();
    let (mut articles, mut claims, mut empty) = (0u32, 0, 0);
    for (name, examples) in &read {
        let stem = name.strip_suffix(".yaml").unwrap_or(name);
        for example in examples {
            let sha256 = sha256_hex(example.text.as_bytes());
            let id = article_id(articles, &sha256);
            articles += 1;
            let mut written = Vec::new();
            for (j, claim) in example.claims.iter().enumerate() {
                match claim_yaml(j, claim, &example.text) {
                    Ok(claim) => written.push(claim),
                    Err(error) => problems.push(ImportProblem {
                        location: format!("{}/{name}", shown_dir.trim_end_matches('/')),
                        message: format!("example `{}`: {error}", example.name),
                        help: "add `value:` with the figure's number".to_owned(),
                    }),
                }
            }
            claims += written.len();
            empty += usize::from(written.is_empty());
            let text_file = format!("{id}.txt");
            let article = ArticleYaml {
                id: &id,
                text_file: text_file.clone(),
                text_sha256: sha256,
                source: Source {
                    note: Some(format!(
                        "rule corpus {name}, example `{stem}::{}`, written for the rule `{}`{}",
                        example.name,
                        example.rule,
                        if example.negative {
                            " (negative: the rule must leave the text alone)"
                        } else {
                            ""
                        }
                    )),
                    ..Source::unknown("en")
                },
                claims: written,
            };
            out.insert(
                format!("articles/{id}.yaml"),
                figures_quoted(&article_yaml(&article)),
            );
            out.insert(
                format!("articles/{text_file}"),
                example.text.clone().into_bytes(),
            );
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::new(problems));
    }
    let mut hashed = Vec::new();
    for (name, bytes) in files {
        hashed.extend_from_slice(name.as_bytes());
        hashed.push(0);
        hashed.extend_from_slice(bytes);
    }
    let manifest = DatasetManifest {
        name: "rule-corpus".to_owned(),
        version: format!("import-{}", &sha256_hex(&hashed)[..12]),
        description: format!(
            "The rule corpus of claimbench's reference extractor (tests/rules/), imported by claimbench {}: \
             one article per example, positive or negative, with every claim it expects, located by its figure.",
            env!("CARGO_PKG_VERSION")
        ),
        layers: vec![Layer::Spans, Layer::Qualifier, Layer::Attribution],
        source: None,
        licence: None,
    };
    out.insert("dataset.yaml".to_owned(), yaml(&manifest));
    out.insert("conflicts.yaml".to_owned(), b"groups: []\n".to_vec());
    let mut remarks = Vec::new();
    if empty > 0 {
        remarks.push(format!(
            "{empty} examples expect no claim: their articles have none, so every claim an extractor finds in them is a false positive"
        ));
    }
    Ok(ImportedDataset {
        files: out,
        articles: articles as usize,
        claims,
        remarks,
    })
}

/// `yaml` with every plain `quote:` and `figure:` scalar double-quoted, as
/// the guide writes figures, so that YAML 1.1 readers (PyYAML) keep `1,200`
/// a string. A plain scalar on one line is the string itself, which a JSON
/// string writes as a double-quoted YAML scalar.
fn figures_quoted(yaml: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(yaml) else {
        return yaml.to_vec();
    };
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.lines() {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let plain = ["quote: ", "figure: "].iter().find_map(|key| {
            let value = body.strip_prefix(key)?;
            let quoted = value.starts_with(['\'', '"', '|', '>']);
            (!quoted && !value.is_empty()).then_some((key, value))
        });
        match plain {
            Some((key, value)) => {
                out.push_str(indent);
                out.push_str(key);
                out.push_str(&serde_json::to_string(value).unwrap_or_else(|_| value.to_owned()));
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// The claim written for the `j`th expected claim of an example of `text`.
fn claim_yaml(j: usize, claim: &ExpectedClaim, text: &str) -> Result<ClaimYaml, FigureError> {
    let source = claim.source.clone();
    let quote = claim.quote.clone().unwrap_or_else(|| claim.figure.clone());
    Ok(ClaimYaml {
        id: format!("claim-{}", j + 1),
        occurrences: text.matches(quote.as_str()).count(),
        quote,
        figure: claim.figure.clone(),
        value: claim.value()?,
        unit: claim.unit,
        qualifier: claim.qualifier,
        attribution: Attribution {
            kind: claim.kind,
            aliases: source.iter().cloned().collect(),
            source,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;

    const FIGURE: &str = "\
- name: two-figures
  rule: cardinal
  text: |
    Police said 12 cars and 12 vans were burned. About 3-4 people were hurt.
  claims:
    - {figure: \"12\", unit: count, kind: reported_speech, source: Police}
    - {figure: \"12\", unit: count, kind: reported_speech, source: Police}
    - {figure: \"3-4\", unit: people, qualifier: range, kind: unattributed}

- name: nothing-here
  rule: cardinal
  negative: true
  text: |
    The ferry left at 7.
  claims: []
";

    const MEASURE: &str = "\
- name: a-third
  rule: own-unit
  text: |
    A third of the homes were flooded.
  claims:
    - {figure: A third, unit: fraction, kind: unattributed}
";

    fn corpus(files: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        files
            .iter()
            .map(|(name, text)| ((*name).to_owned(), text.as_bytes().to_vec()))
            .collect()
    }

    /// The imported dataset, written to a temporary directory and loaded
    /// (so validated).
    fn load(imported: &ImportedDataset) -> Dataset {
        let dir = tempfile::tempdir().unwrap();
        for (path, bytes) in &imported.files {
            let target = dir.path().join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, bytes).unwrap();
        }
        Dataset::load(dir.path())
            .unwrap_or_else(|error| panic!("{error}: {:?}", error.diagnostics()))
    }

    #[test]
    fn every_example_becomes_an_article_with_its_claims() {
        let imported = import(
            &corpus(&[("measure.yaml", MEASURE), ("figure.yaml", FIGURE)]),
            "rules",
        )
        .unwrap();
        assert_eq!((imported.articles, imported.claims), (3, 4));
        assert_eq!(imported.remarks.len(), 1, "{:?}", imported.remarks);
        let dataset = load(&imported);
        // Files in name order: figure.yaml's examples come first.
        let first = &dataset.articles[0];
        let text = "Police said 12 cars and 12 vans were burned. About 3-4 people were hurt.\n";
        assert_eq!(first.id, article_id(0, &sha256_hex(text.as_bytes())));
        assert_eq!(
            imported.files[&format!("articles/{}.txt", first.id)],
            text.as_bytes()
        );
        assert_eq!(first.claims.len(), 3);
        let twelve = &first.claims[0];
        assert_eq!((twelve.quote.as_str(), twelve.occurrences), ("12", 2));
        assert_eq!(twelve.value, Value::Number(12.0));
        assert_eq!(twelve.unit, Unit::COUNT);
        assert_eq!(twelve.attribution.source.as_deref(), Some("Police"));
        assert_eq!(twelve.attribution.aliases, ["Police"]);
        assert_eq!(first.claims[1].id, "claim-2");
        let range = &first.claims[2];
        assert_eq!(range.qualifier, Qualifier::Range);
        assert_eq!(
            range.value,
            Value::Range {
                low: 3.0,
                high: 4.0
            }
        );
        assert_eq!(range.attribution.kind, AttributionKind::Unattributed);
        let negative = &dataset.articles[1];
        assert!(negative.claims.is_empty());
        let note = negative.source.note.as_deref().unwrap();
        assert!(
            note.contains("figure::nothing-here") && note.contains("negative"),
            "{note}"
        );
        let third = &dataset.articles[2];
        assert_eq!(
            third.claims[0].value.to_string(),
            Value::Number(1.0 / 3.0).to_string()
        );
        assert_eq!(
            dataset.layers(),
            [Layer::Spans, Layer::Qualifier, Layer::Attribution]
        );
        assert_eq!(first.text, text);
        let yaml = String::from_utf8_lossy(&imported.files[&format!("articles/{}.yaml", first.id)])
            .into_owned();
        assert!(yaml.contains("    figure: '12'\n"), "{yaml}");
        assert!(yaml.contains("    quote: \"3-4\"\n"), "{yaml}");
    }

    #[test]
    fn the_version_follows_the_files() {
        let one = import(&corpus(&[("figure.yaml", FIGURE)]), "rules").unwrap();
        let edited = FIGURE.replace("About 3-4", "Some 3-4");
        let two = import(&corpus(&[("figure.yaml", &edited)]), "rules").unwrap();
        let version = |imported: &ImportedDataset| {
            serde_norway::from_slice::<DatasetManifest>(&imported.files["dataset.yaml"])
                .unwrap()
                .version
        };
        assert_ne!(version(&one), version(&two));
        assert_eq!(
            version(&one),
            version(&import(&corpus(&[("figure.yaml", FIGURE)]), "r").unwrap())
        );
    }

    #[test]
    fn every_problem_is_placed_at_its_file_line_and_column() {
        let bad = "\
- name: a
  rule: cardinal
  text: |
    Police said 12 cars were burned.
  claims:
    - {figure: \"13\", unit: count, kind: unattributed}
    - {figure: \"12\", unit: count, kind: reported_speech}
- name: b
  rule: cardinal
  text: |
    Fire crews said 9 homes burned.
  claims:
    - {figure: \"9\", unit: homes, kind: unattributed}
- name: a
  rule: cardinal
  text: |
    Fire crews said 9 homes burned.
  claims:
    - {figure: \"9\", unit: count, kind: unattributed, source: Fire crews}
    - {figure: \"9\", unit: count, kind: according_to, source: fire crews}
    - {figure: \"9\", unit: count, qualifier: range, kind: unattributed}
- name: c
  rule: cardinal
  text: |
    Police arrested 3-4 fans.
  claims:
    - {figure: \"3-4\", unit: people, kind: unattributed}
";
        let error = import(
            &corpus(&[("figure.yaml", bad), ("measure.yaml", MEASURE)]),
            "rules",
        )
        .unwrap_err();
        let shown = error.render_located();
        let locations: Vec<&str> = error
            .problems()
            .iter()
            .map(|p| p.location.as_str())
            .collect();
        assert_eq!(
            locations,
            [
                "rules/figure.yaml:6:16",
                "rules/figure.yaml:7:41",
                "rules/figure.yaml:13:27",
                "rules/figure.yaml:14:9",
                "rules/figure.yaml:19:62",
                "rules/figure.yaml:20:62",
                "rules/figure.yaml:21:45",
                "rules/figure.yaml:27:7",
            ],
            "{shown}"
        );
        assert!(
            shown.contains("the figure `13` does not occur in the text"),
            "{shown}"
        );
        assert!(shown.contains("names no source"), "{shown}");
        assert!(shown.contains("nearest ids"), "{shown}");
        assert!(shown.contains("already used on line 1"), "{shown}");
        assert!(
            shown.contains("an unattributed claim names a source"),
            "{shown}"
        );
        assert!(
            shown.contains("the source `fire crews` does not occur"),
            "{shown}"
        );
        assert!(
            shown.contains("the qualifier is `range` but the value 9 is one number"),
            "{shown}"
        );
        assert!(
            shown.contains("the value 3..4 is a range but the qualifier is `exact`"),
            "{shown}"
        );
        assert!(shown.contains("help: "), "{shown}");
    }

    #[test]
    fn a_figure_the_parser_cannot_read_needs_a_value() {
        let unread = "\
- name: a
  rule: cardinal
  text: |
    The score was 12 and change.
  claims:
    - {figure: \"12 and change\", unit: count, kind: unattributed}
";
        let error = read_file("f.yaml", unread.as_bytes()).unwrap_err();
        assert_eq!(error.problems()[0].location, "f.yaml:6:16");
        assert!(error.problems()[0].help.contains("value:"));
        let given = unread.replace("unit: count,", "value: 12, unit: count,");
        let examples = read_file("f.yaml", given.as_bytes()).unwrap();
        assert_eq!(examples[0].claims[0].value(), Ok(Value::Number(12.0)));
    }

    #[test]
    fn a_measure_must_be_written_in_the_text() {
        let corpus = "\
- name: a
  rule: noun-after
  text: |
    Volunteers planted 40 oaks.
  claims:
    - {figure: \"40\", unit: count, kind: unattributed, measure: oak trees}
";
        let error = read_file("f.yaml", corpus.as_bytes()).unwrap_err();
        assert_eq!(error.problems()[0].location, "f.yaml:6:64");
        assert!(
            error.problems()[0]
                .message
                .contains("the measure `oak trees` does not occur in the text"),
            "{:?}",
            error.problems()
        );
        let written = corpus.replace("oak trees", "oaks");
        let examples = read_file("f.yaml", written.as_bytes()).unwrap();
        assert_eq!(examples[0].claims[0].measure.as_deref(), Some("oaks"));
    }

    #[test]
    fn a_file_that_is_no_list_or_no_yaml_is_refused() {
        for (bad, location) in [
            ("name: a\n", "f.yaml:1:1"),
            ("- name: [a\n", "f.yaml:2:1"),
            ("- &x {name: a}\n", "f.yaml:1:3"),
        ] {
            let error = read_file("f.yaml", bad.as_bytes()).unwrap_err();
            assert_eq!(error.problems()[0].location, location, "{bad}");
        }
        let error = read_file("f.yaml", b"- name: \xff\n").unwrap_err();
        assert_eq!(error.problems()[0].location, "f.yaml:1:9");
        assert!(import(&BTreeMap::new(), "rules").is_err());
    }
}
