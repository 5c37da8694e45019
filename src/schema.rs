//! JSON Schemas of the three files a dataset is made of: an article's YAML
//! (`articles/<id>.yaml`), `conflicts.yaml` and `dataset.yaml`.
//!
//! The schemas are derived from the model types ([`crate::model`]) with
//! schemars, so they say what serde accepts: field names, which fields are
//! required, that unknown fields are refused, the enumerations (units,
//! qualifiers, attribution kinds, distractor reasons, verdicts), and the
//! shapes of a value (a number, a fraction in quotes, a `{low, high}`
//! range) and of a date. `claimbench schema` prints them and the committed
//! copies in `docs/schema/` are what fixtures name on their first line,
//!
//! ```yaml
//! # yaml-language-server: $schema=../../docs/schema/article.schema.json
//! ```
//!
//! so editors with a YAML language server complete and check fields while a
//! contributor annotates. The schemas check one file's shape only; what
//! needs the text or other files (quotes occur in the text, ids resolve,
//! every numeral is covered) is the validator's ([`crate::fixture`]).
//!
//! ```
//! use claimbench::schema::SchemaFile;
//!
//! let article = SchemaFile::Article.render();
//! assert!(article.contains("\"claims\""));
//! assert_eq!(SchemaFile::Article.file_name(), "article.schema.json");
//! ```

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::lang::UnitId;
use crate::model::{Article, ConflictsFile, DatasetManifest, PartialDate, Value};
use crate::vocab::Unit;

/// The first line of a fixture that names its schema, up to the schema's
/// address: `# yaml-language-server: $schema=`.
pub const MODELINE_PREFIX: &str = "# yaml-language-server: $schema=";

/// The schema line of a dataset file's `text`, when its first line is one.
///
/// ```
/// use claimbench::schema::modeline_of;
///
/// let yaml = "# yaml-language-server: $schema=../../docs/schema/article.schema.json\nid: x\n";
/// assert_eq!(
///     modeline_of(yaml),
///     Some("# yaml-language-server: $schema=../../docs/schema/article.schema.json")
/// );
/// assert_eq!(modeline_of("id: x\n"), None);
/// ```
pub fn modeline_of(text: &str) -> Option<&str> {
    let first = text.lines().next()?;
    first.starts_with(MODELINE_PREFIX).then_some(first)
}

/// One of the files of a dataset that has a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchemaFile {
    /// `articles/<id>.yaml`: one article's source, claims and distractors.
    Article,
    /// `conflicts.yaml`: the conflict groups and the distinct pairs.
    Conflicts,
    /// `dataset.yaml`: the dataset's name, version, layers and licence.
    Dataset,
}

impl SchemaFile {
    /// Every schema, in the order `claimbench schema` writes them.
    pub const ALL: [SchemaFile; 3] = [
        SchemaFile::Article,
        SchemaFile::Conflicts,
        SchemaFile::Dataset,
    ];

    /// The short name the CLI takes (`article`).
    pub fn name(self) -> &'static str {
        match self {
            SchemaFile::Article => "article",
            SchemaFile::Conflicts => "conflicts",
            SchemaFile::Dataset => "dataset",
        }
    }

    /// The file name of the committed schema (`article.schema.json`).
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The schema that a dataset file of this name follows: `dataset.yaml`,
    /// `conflicts.yaml`, or an article's YAML for any other `.yaml` name.
    pub fn for_file_name(file_name: &str) -> SchemaFile {
        match file_name {
            "dataset.yaml" => SchemaFile::Dataset,
            "conflicts.yaml" => SchemaFile::Conflicts,
            _ => SchemaFile::Article,
        }
    }

    /// The schema as a JSON value.
    pub fn schema(self) -> serde_json::Value {
        let generator = SchemaSettings::draft07().into_generator();
        let schema = match self {
            SchemaFile::Article => generator.into_root_schema_for::<Article>(),
            SchemaFile::Conflicts => generator.into_root_schema_for::<ConflictsFile>(),
            SchemaFile::Dataset => generator.into_root_schema_for::<DatasetManifest>(),
        };
        schema.to_value()
    }

    /// The schema as the committed file holds it: pretty JSON with a final
    /// newline.
    pub fn render(self) -> String {
        let mut json = serde_json::to_string_pretty(&self.schema())
            .expect("a schema built from serde_json values serializes");
        json.push('\n');
        json
    }
}

impl std::fmt::Display for SchemaFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The numerals of a fraction's string form, as [`Value`]'s deserializer
/// reads them (`"1/3"`, spaces allowed around the slash).
const FRACTION_PATTERN: &str = r"^\s*[0-9]+\s*/\s*0*[1-9][0-9]*\s*$";

impl JsonSchema for Value {
    fn schema_name() -> Cow<'static, str> {
        "Value".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The normalized figure: a number (417300, 0.5), an exact fraction in quotes (\"1/3\"), or a range {low: 200, high: 1000} with low <= high.",
            "anyOf": [
                { "type": "number" },
                { "type": "string", "pattern": FRACTION_PATTERN },
                {
                    "type": "object",
                    "properties": {
                        "low": { "type": "number" },
                        "high": { "type": "number" }
                    },
                    "required": ["low", "high"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date written only as precisely as the evidence allows: YYYY, YYYY-MM or YYYY-MM-DD (a bare year may be a YAML number).",
            "anyOf": [
                { "type": "integer", "minimum": 1000, "maximum": 9999 },
                {
                    "type": "string",
                    "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
                }
            ]
        })
    }
}

impl JsonSchema for Unit {
    fn schema_name() -> Cow<'static, str> {
        "Unit".into()
    }

    /// One `const` per unit of the language pack with its one-line doc,
    /// so an editor offers the ids with their meaning, and a pattern for a
    /// rate (`usd/barrel`): two ids joined by `/`.
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let units: Vec<serde_json::Value> = UnitId::all()
            .map(|unit| serde_json::json!({ "const": unit.name(), "description": unit.doc() }))
            .collect();
        let ids = UnitId::all()
            .map(|unit| regex_escape(unit.name()))
            .collect::<Vec<_>>()
            .join("|");
        let rate = serde_json::json!({
            "type": "string",
            "description": "A rate: the unit counted and the unit it is per, joined by `/` (usd/barrel).",
            "pattern": format!("^({ids})/({ids})$"),
        });
        let mut choices = units;
        choices.push(rate);
        json_schema!({
            "description": "A unit of the vocabulary (src/lang/en/units.yaml), by its id, or a rate of two of them.",
            "type": "string",
            "anyOf": choices
        })
    }
}

/// `text` with the characters a regular expression gives a meaning to
/// escaped; unit ids are plain words, but a pack may add `m2` or `km/h`.
fn regex_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$/".contains(c) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_schema_requires_what_serde_requires_and_refuses_unknown_fields() {
        let schema = SchemaFile::Article.schema();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(required, ["id", "text_file", "text_sha256", "source"]);
        assert_eq!(schema["additionalProperties"], false);
        // The loader fills `text` in from the text file: never written.
        assert!(schema["properties"].get("text").is_none());
    }

    #[test]
    fn every_unit_of_the_pack_is_offered_with_its_doc() {
        let schema = serde_json::to_value(Unit::json_schema(
            &mut SchemaSettings::draft07().into_generator(),
        ))
        .unwrap();
        let offered = schema["anyOf"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|choice| choice.get("const").is_some())
            .count();
        assert_eq!(offered, UnitId::all().count());
        assert!(schema["anyOf"].as_array().unwrap().iter().any(|choice| {
            choice["const"] == "usd" && !choice["description"].as_str().unwrap().is_empty()
        }));
    }

    #[test]
    fn the_fraction_pattern_reads_what_the_value_deserializer_reads() {
        let pattern = regex::Regex::new(FRACTION_PATTERN).unwrap();
        for accepted in ["1/3", " 2 / 5 ", "10/100"] {
            assert!(pattern.is_match(accepted), "{accepted}");
            assert!(serde_json::from_value::<Value>(accepted.into()).is_ok());
        }
        for refused in ["1/0", "a/3", "1.5/2", "1/3/4"] {
            assert!(!pattern.is_match(refused), "{refused}");
            assert!(serde_json::from_value::<Value>(refused.into()).is_err());
        }
    }

    #[test]
    fn file_names_map_to_their_schema() {
        assert_eq!(
            SchemaFile::for_file_name("dataset.yaml"),
            SchemaFile::Dataset
        );
        assert_eq!(
            SchemaFile::for_file_name("conflicts.yaml"),
            SchemaFile::Conflicts
        );
        assert_eq!(
            SchemaFile::for_file_name("000_ab12.yaml"),
            SchemaFile::Article
        );
        assert_eq!(SchemaFile::Conflicts.file_name(), "conflicts.schema.json");
    }
}
