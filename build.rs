//! Two jobs at build time:
//!
//! - Rebuilds the library when anything under `fixtures/` changes, including a
//!   newly added file: the bundled dataset is embedded with `include_dir!`,
//!   which by itself tracks only the files that existed at the last build.
//! - Compiles the English language pack (`src/lang/en/*.yaml`: units,
//!   currencies, scale words, hedges) into Rust tables (`$OUT_DIR/lang_en.rs`, included
//!   by `src/lang/mod.rs`), so the library reads no file at run time and a
//!   mistake in the pack (a duplicate surface, an unknown dimension) fails the
//!   build with the file and the entry at fault. The word classes of
//!   `words.yaml`, `figure.yaml`, `measure.yaml`, `attribution.yaml` and
//!   `discourse.yaml` become one constant each, named for the file and the
//!   class (`report_continuations` of `discourse.yaml` is
//!   `DISCOURSE_REPORT_CONTINUATIONS`); two classes listing the same words
//!   fail the build.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

fn main() {
    println!("cargo:rerun-if-changed=fixtures");
    println!("cargo:rerun-if-changed=collections");
    println!("cargo:rerun-if-changed=src/lang/en");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang_en.rs");
    match generate(Path::new("src/lang/en")) {
        Ok(code) => std::fs::write(&out, code).expect("OUT_DIR is writable"),
        Err(message) => {
            eprintln!("error in the language pack: {message}");
            std::process::exit(1);
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitsFile {
    dimensions: Vec<DimensionEntry>,
    units: Vec<UnitEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimensionEntry {
    id: String,
    doc: String,
    #[serde(default)]
    base: Option<String>,
    /// The dimension is one dimension per another (speed: length per
    /// duration), so that a rate of those is written as its unit.
    #[serde(default)]
    quotient: Option<[String; 2]>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Surfaces {
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    invariant: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    ambiguous: Vec<String>,
    #[serde(default)]
    per_words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitEntry {
    id: String,
    dimension: String,
    doc: String,
    #[serde(default)]
    factor: Option<f64>,
    #[serde(default)]
    offset: Option<f64>,
    #[serde(flatten)]
    surfaces: Surfaces,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrenciesFile {
    currencies: Vec<CurrencyEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyEntry {
    code: String,
    #[serde(default = "yes")]
    plain_code: bool,
    #[serde(default)]
    code_is_word: bool,
    #[serde(flatten)]
    surfaces: Surfaces,
    #[serde(default)]
    minor: Vec<MinorEntry>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MinorEntry {
    id: String,
    doc: String,
    factor: f64,
    #[serde(flatten)]
    surfaces: Surfaces,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScalesFile {
    scales: Vec<ScaleEntry>,
    plural_magnitudes: Vec<MagnitudeEntry>,
    multiplying_verbs: Vec<VerbEntry>,
    multiplying_adverbs: Vec<VerbEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScaleEntry {
    word: String,
    factor: f64,
    glued: bool,
    spaced: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MagnitudeEntry {
    word: String,
    factor: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QualifiersFile {
    hedges: Vec<HedgeEntry>,
    exceeding_verbs: Vec<String>,
}

/// The hedges of one qualifier: phrases written before the figure, and
/// two-word hedges written after it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeEntry {
    qualifier: String,
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

/// The qualifiers a hedging phrase may stand for: `exact` is no hedge, and
/// `range` and `vague` are read from the figure, not from a phrase.
const HEDGE_QUALIFIERS: [&str; 6] = [
    "about",
    "more_than",
    "at_least",
    "less_than",
    "up_to",
    "estimated",
];

/// The qualifier tables of `qualifiers.yaml`, after checking each phrase is
/// lower case with single spaces, given once, and each hedge after a figure
/// two words.
fn qualifiers(file: &QualifiersFile, w: &mut String) -> Result<(), String> {
    let name = "qualifiers.yaml";
    let mut seen = std::collections::HashSet::new();
    let mut check = |phrase: &str| {
        let tidy = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        if tidy != phrase || phrase.to_lowercase() != phrase || phrase.is_empty() {
            return Err(format!(
                "{name}: `{phrase}` must be lower case, with single spaces between words"
            ));
        }
        if !seen.insert(phrase.to_string()) {
            return Err(format!("{name}: `{phrase}` is given twice"));
        }
        Ok(())
    };
    let mut before = String::new();
    let mut after = String::new();
    for hedge in &file.hedges {
        if !HEDGE_QUALIFIERS.contains(&hedge.qualifier.as_str()) {
            return Err(format!(
                "{name}: `{}` is no qualifier a phrase may stand for; use one of {}",
                hedge.qualifier,
                HEDGE_QUALIFIERS.join(", ")
            ));
        }
        let variant = format!("crate::vocab::Qualifier::{}", pascal(&hedge.qualifier));
        for phrase in &hedge.before {
            check(phrase)?;
            writeln!(before, "    ({phrase:?}, {variant}),").unwrap();
        }
        for phrase in &hedge.after {
            check(phrase)?;
            let Some((first, second)) = phrase.split_once(' ').filter(|(_, s)| !s.contains(' '))
            else {
                return Err(format!(
                    "{name}: the hedge after a figure `{phrase}` must be two words (`or more`)"
                ));
            };
            writeln!(after, "    ({first:?}, {second:?}, {variant}),").unwrap();
        }
    }
    for verb in &file.exceeding_verbs {
        check(verb)?;
    }
    writeln!(
        w,
        "/// Hedging phrases written before a figure and the qualifier each stands for.\n\
         pub(crate) const QUALIFIER_PHRASES: &[(&str, crate::vocab::Qualifier)] = &[\n{before}];"
    )
    .unwrap();
    writeln!(
        w,
        "/// Hedges written after a figure, as two words (`300 or more`), with their qualifiers.\n\
         pub const HEDGES_AFTER: &[(&str, &str, crate::vocab::Qualifier)] = &[\n{after}];"
    )
    .unwrap();
    writeln!(
        w,
        "/// Verbs that put a figure below what they report (`the toll topped 300`).\n\
         pub(crate) const EXCEEDING_VERBS: &[&str] = &{:?};",
        file.exceeding_verbs
    )
    .unwrap();
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerbEntry {
    words: Vec<String>,
    factor: f64,
}

/// One unit as the generated table holds it.
struct Unit {
    id: String,
    dimension: String,
    doc: String,
    factor: Option<f64>,
    offset: f64,
    /// For a minor unit of money: the currency it converts to.
    base: Option<String>,
    /// Name words and their plurals, and invariant words.
    words: Vec<String>,
    /// Singular names, for compound adjectives (`a 300-mile border`).
    singular: Vec<String>,
    abbreviations: Vec<String>,
    prefixes: Vec<String>,
    aliases: Vec<String>,
    ambiguous: Vec<String>,
    per_words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordClassFile {
    classes: Vec<WordClassEntry>,
}

/// A word class of one of [`WORD_CLASS_FILES`]: words or phrases of
/// lower-case words separated by one space.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordClassEntry {
    id: String,
    doc: String,
    words: Vec<String>,
}

/// The word classes of the file `name` as constants, after checking that
/// ids and the words of each class are unique and every word is lower case
/// with single spaces.
/// Writes the classes of one file as `WordClass` constants, numbered from
/// `index` on: the number is the class's bit in a token's set of classes.
fn word_classes(
    name: &str,
    file: &WordClassFile,
    index: &mut usize,
    w: &mut String,
) -> Result<(), String> {
    let prefix = name.trim_end_matches(".yaml").to_uppercase();
    let mut ids = std::collections::HashSet::new();
    for class in &file.classes {
        if !ids.insert(class.id.as_str()) {
            return Err(format!("{name}: class `{}` is given twice", class.id));
        }
        let mut seen = std::collections::HashSet::new();
        for word in &class.words {
            let tidy = word.split_whitespace().collect::<Vec<_>>().join(" ");
            if tidy != *word || word.to_lowercase() != *word || word.is_empty() {
                return Err(format!(
                    "{name}: class `{}`: `{word}` must be lower case, with single spaces between words",
                    class.id
                ));
            }
            if !seen.insert(word.as_str()) {
                return Err(format!("{name}: class `{}` lists `{word}` twice", class.id));
            }
        }
        writeln!(w, "/// {}", class.doc).unwrap();
        writeln!(
            w,
            "pub(crate) const {prefix}_{}: WordClass = WordClass::new({}, {}, &{:?});",
            class.id.to_uppercase(),
            *index,
            class.words.iter().any(|word| word.contains(' ')),
            class.words
        )
        .unwrap();
        *index += 1;
    }
    Ok(())
}

/// The files of word classes, by the stage that reads them: `words.yaml`
/// holds the general classes every stage shares (function words, months,
/// nouns for people, verbs of speech), the others the words of one stage.
const WORD_CLASS_FILES: [&str; 5] = [
    "words.yaml",
    "figure.yaml",
    "measure.yaml",
    "attribution.yaml",
    "discourse.yaml",
];

/// Refuses two classes, in any of the files, that list the same words: a
/// class is defined once and every rule that needs it names that one.
fn each_class_defined_once(files: &[(&str, WordClassFile)]) -> Result<(), String> {
    let mut seen: HashMap<Vec<&str>, String> = HashMap::new();
    for (name, file) in files {
        for class in &file.classes {
            let mut words: Vec<&str> = class.words.iter().map(String::as_str).collect();
            words.sort_unstable();
            let here = format!("{name}: `{}`", class.id);
            if let Some(there) = seen.insert(words, here.clone()) {
                return Err(format!(
                    "{here} lists the same words as {there}: keep one class and name it in both places"
                ));
            }
        }
    }
    Ok(())
}

fn read<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<T, String> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_norway::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The regular English plural of the last word of `name`: +s; +es after
/// s, x, z, ch, sh; consonant + y gives ies. Irregular plurals are listed in
/// the pack as `invariant` words.
fn plural(name: &str) -> String {
    let lower = name.to_lowercase();
    let vowel_y = ["ay", "ey", "oy", "uy"]
        .iter()
        .any(|end| lower.ends_with(end));
    if lower.ends_with(['s', 'x', 'z']) || lower.ends_with("ch") || lower.ends_with("sh") {
        format!("{name}es")
    } else if lower.ends_with('y') && !vowel_y {
        format!("{}ies", &name[..name.len() - 1])
    } else {
        format!("{name}s")
    }
}

fn unit_from(
    id: String,
    dimension: String,
    doc: String,
    factor: Option<f64>,
    offset: Option<f64>,
    base: Option<String>,
    surfaces: Surfaces,
) -> Unit {
    let mut words = Vec::new();
    for name in &surfaces.names {
        words.push(name.clone());
        words.push(plural(name));
    }
    words.extend(surfaces.invariant.iter().cloned());
    Unit {
        id,
        dimension,
        doc,
        factor,
        offset: offset.unwrap_or(0.0),
        base,
        words,
        singular: surfaces.names,
        abbreviations: surfaces.abbreviations,
        prefixes: surfaces.prefixes,
        aliases: surfaces.aliases,
        ambiguous: surfaces.ambiguous,
        per_words: surfaces.per_words,
    }
}

fn pascal(id: &str) -> String {
    id.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// Lower-cases and folds hyphens, underscores and runs of white space, as
/// `vocab::normalize_name` does at run time.
fn normalize(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn generate(dir: &Path) -> Result<String, String> {
    let units_file: UnitsFile = read(dir, "units.yaml")?;
    let currencies: CurrenciesFile = read(dir, "currencies.yaml")?;
    let scales: ScalesFile = read(dir, "scales.yaml")?;
    let qualifier_file: QualifiersFile = read(dir, "qualifiers.yaml")?;
    let word_class_files = WORD_CLASS_FILES
        .into_iter()
        .map(|name| Ok((name, read::<WordClassFile>(dir, name)?)))
        .collect::<Result<Vec<_>, String>>()?;
    each_class_defined_once(&word_class_files)?;

    let dimensions: Vec<&DimensionEntry> = units_file.dimensions.iter().collect();
    let dimension_ids: Vec<&str> = dimensions.iter().map(|d| d.id.as_str()).collect();

    // Units in pack order, with the currencies where the `money` dimension's
    // units would be: reports list units in this order.
    let mut by_dimension: BTreeMap<usize, Vec<Unit>> = BTreeMap::new();
    for entry in units_file.units {
        let Some(position) = dimension_ids.iter().position(|d| *d == entry.dimension) else {
            return Err(format!(
                "units.yaml: unit `{}` has dimension `{}`, which `dimensions` does not list",
                entry.id, entry.dimension
            ));
        };
        by_dimension.entry(position).or_default().push(unit_from(
            entry.id,
            entry.dimension,
            entry.doc,
            entry.factor,
            entry.offset,
            None,
            entry.surfaces,
        ));
    }
    let money = dimension_ids
        .iter()
        .position(|d| *d == "money")
        .ok_or("units.yaml: the `money` dimension is missing")?;
    let mut money_units = Vec::new();
    for currency in currencies.currencies {
        let id = currency.code.to_lowercase();
        let mut surfaces = currency.surfaces;
        if currency.plain_code {
            surfaces.prefixes.push(currency.code.clone());
            surfaces.abbreviations.push(currency.code.clone());
            surfaces.aliases.push(currency.code.clone());
            if !currency.code_is_word {
                surfaces.invariant.push(currency.code.to_lowercase());
            }
        }
        // A sign is written before the figure or after it: `€15`, `15 €`.
        for prefix in surfaces.prefixes.clone() {
            if !prefix.chars().any(char::is_alphabetic) && !surfaces.abbreviations.contains(&prefix)
            {
                surfaces.abbreviations.push(prefix);
            }
        }
        let name = surfaces
            .names
            .first()
            .or(surfaces.invariant.first())
            .cloned()
            .unwrap_or_else(|| currency.code.clone());
        money_units.push(unit_from(
            id.clone(),
            "money".into(),
            format!("{} ({}).", name, currency.code),
            Some(1.0),
            None,
            None,
            surfaces,
        ));
        for minor in currency.minor {
            money_units.push(unit_from(
                minor.id,
                "money".into(),
                minor.doc,
                Some(minor.factor),
                None,
                Some(id.clone()),
                minor.surfaces,
            ));
        }
    }
    by_dimension.entry(money).or_default().extend(money_units);
    let units: Vec<Unit> = by_dimension.into_values().flatten().collect();

    // Checks: unique ids, unique surfaces, bases that exist.
    let mut ids = HashMap::new();
    for (index, unit) in units.iter().enumerate() {
        if ids.insert(unit.id.clone(), index).is_some() {
            return Err(format!("the unit id `{}` is defined twice", unit.id));
        }
        if unit.id.contains('/') || unit.id != unit.id.to_lowercase() {
            return Err(format!(
                "unit id `{}`: ids are lower-case and have no `/`",
                unit.id
            ));
        }
    }
    for dimension in &dimensions {
        if let Some(base) = &dimension.base
            && !ids.contains_key(base)
        {
            return Err(format!(
                "units.yaml: dimension `{}` names the base unit `{base}`, which is not defined",
                dimension.id
            ));
        }
        for part in dimension.quotient.iter().flatten() {
            if !dimensions.iter().any(|d| &d.id == part) {
                return Err(format!(
                    "units.yaml: dimension `{}` is a quotient of `{part}`, which is not a dimension",
                    dimension.id
                ));
            }
        }
    }
    let mut words: HashMap<String, &str> = HashMap::new();
    let mut exact: HashMap<String, &str> = HashMap::new();
    for unit in &units {
        for word in unit.words.iter().chain(&unit.aliases) {
            if let Some(other) = words.insert(normalize(word), &unit.id)
                && other != unit.id
            {
                return Err(format!(
                    "the name `{word}` belongs to both `{other}` and `{}`",
                    unit.id
                ));
            }
        }
        for abbreviation in &unit.abbreviations {
            if let Some(other) = exact.insert(abbreviation.clone(), &unit.id)
                && other != unit.id
            {
                return Err(format!(
                    "the abbreviation `{abbreviation}` belongs to both `{other}` and `{}`",
                    unit.id
                ));
            }
        }
    }
    let mut prefixes: HashMap<String, &str> = HashMap::new();
    for unit in &units {
        for prefix in &unit.prefixes {
            if let Some(other) = prefixes.insert(prefix.clone(), &unit.id)
                && other != unit.id
            {
                return Err(format!(
                    "the prefix `{prefix}` belongs to both `{other}` and `{}`",
                    unit.id
                ));
            }
        }
    }

    let mut code = String::new();
    let w = &mut code;
    writeln!(
        w,
        "// Generated by build.rs from src/lang/en/*.yaml. Do not edit."
    )
    .unwrap();
    writeln!(w).unwrap();
    writeln!(
        w,
        "/// The dimension a unit measures; units of different dimensions never match."
    )
    .unwrap();
    writeln!(w, "#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]").unwrap();
    writeln!(w, "#[serde(rename_all = \"snake_case\")]").unwrap();
    writeln!(w, "#[non_exhaustive]").unwrap();
    writeln!(w, "pub enum Dimension {{").unwrap();
    for dimension in &dimensions {
        writeln!(w, "    /// {}", dimension.doc).unwrap();
        writeln!(w, "    {},", pascal(&dimension.id)).unwrap();
    }
    writeln!(w, "}}").unwrap();
    writeln!(w).unwrap();
    writeln!(w, "pub(crate) const DIMENSIONS: &[DimensionDef] = &[").unwrap();
    for dimension in &dimensions {
        let base = match &dimension.base {
            Some(base) => format!("Some(UnitId::{})", pascal(base)),
            None => "None".into(),
        };
        let quotient = match &dimension.quotient {
            Some([of, per]) => format!(
                "Some((Dimension::{}, Dimension::{}))",
                pascal(of),
                pascal(per)
            ),
            None => "None".into(),
        };
        writeln!(
            w,
            "    DimensionDef {{ dimension: Dimension::{}, id: {:?}, base: {base}, quotient: {quotient} }},",
            pascal(&dimension.id),
            dimension.id
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
    writeln!(w).unwrap();
    writeln!(w, "/// A unit of the language pack, by its canonical id.").unwrap();
    writeln!(
        w,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]"
    )
    .unwrap();
    writeln!(w, "#[non_exhaustive]").unwrap();
    writeln!(w, "pub enum UnitId {{").unwrap();
    for unit in &units {
        writeln!(w, "    /// `{}`: {}", unit.id, unit.doc).unwrap();
        writeln!(w, "    {},", pascal(&unit.id)).unwrap();
    }
    writeln!(w, "}}").unwrap();
    writeln!(w).unwrap();
    writeln!(w, "impl Unit {{").unwrap();
    for unit in &units {
        writeln!(w, "    /// `{}`: {}", unit.id, unit.doc).unwrap();
        writeln!(
            w,
            "    pub const {}: Unit = Unit::simple(UnitId::{});",
            unit.id.to_uppercase(),
            pascal(&unit.id)
        )
        .unwrap();
    }
    writeln!(w, "}}").unwrap();
    writeln!(w).unwrap();
    writeln!(w, "pub(crate) const UNITS: &[UnitDef] = &[").unwrap();
    for unit in &units {
        let factor = match unit.factor {
            Some(f) => format!("Some({f:?})"),
            None => "None".into(),
        };
        let base = match &unit.base {
            Some(base) => format!("Some(UnitId::{})", pascal(base)),
            None => "None".into(),
        };
        writeln!(w, "    UnitDef {{").unwrap();
        writeln!(w, "        id: UnitId::{},", pascal(&unit.id)).unwrap();
        writeln!(w, "        name: {:?},", unit.id).unwrap();
        writeln!(
            w,
            "        dimension: Dimension::{},",
            pascal(&unit.dimension)
        )
        .unwrap();
        writeln!(w, "        doc: {:?},", unit.doc).unwrap();
        writeln!(w, "        factor: {factor},").unwrap();
        writeln!(w, "        offset: {:?},", unit.offset).unwrap();
        writeln!(w, "        base: {base},").unwrap();
        for (field, list) in [
            ("words", &unit.words),
            ("singular", &unit.singular),
            ("abbreviations", &unit.abbreviations),
            ("prefixes", &unit.prefixes),
            ("aliases", &unit.aliases),
            ("ambiguous", &unit.ambiguous),
            ("per_words", &unit.per_words),
        ] {
            writeln!(w, "        {field}: &{list:?},").unwrap();
        }
        writeln!(w, "    }},").unwrap();
    }
    writeln!(w, "];").unwrap();
    writeln!(w).unwrap();
    writeln!(w, "pub(crate) const SCALES: &[ScaleDef] = &[").unwrap();
    for scale in &scales.scales {
        writeln!(
            w,
            "    ScaleDef {{ word: {:?}, factor: {:?}, glued: {}, spaced: {} }},",
            scale.word, scale.factor, scale.glued, scale.spaced
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
    writeln!(w, "pub(crate) const PLURAL_MAGNITUDES: &[(&str, f64)] = &[").unwrap();
    for magnitude in &scales.plural_magnitudes {
        writeln!(w, "    ({:?}, {:?}),", magnitude.word, magnitude.factor).unwrap();
    }
    writeln!(w, "];").unwrap();
    for (name, entries) in [
        ("MULTIPLYING_VERBS", &scales.multiplying_verbs),
        ("MULTIPLYING_ADVERBS", &scales.multiplying_adverbs),
    ] {
        writeln!(w, "pub(crate) const {name}: &[(&str, f64)] = &[").unwrap();
        for entry in entries {
            for word in &entry.words {
                writeln!(w, "    ({word:?}, {:?}),", entry.factor).unwrap();
            }
        }
        writeln!(w, "];").unwrap();
    }
    qualifiers(&qualifier_file, w)?;
    let mut classes = 0;
    for (name, file) in &word_class_files {
        word_classes(name, file, &mut classes, w)?;
    }
    writeln!(
        w,
        "/// How many word classes the files above define.\n\
         pub(crate) const WORD_CLASS_COUNT: usize = {classes};"
    )
    .unwrap();
    writeln!(
        w,
        "/// Every word class of the files above, in the order of their \
         numbers, for the reference extractor's table of known words.\n\
         pub(crate) const WORD_CLASSES: &[WordClass] = &["
    )
    .unwrap();
    for (name, file) in &word_class_files {
        let prefix = name.trim_end_matches(".yaml").to_uppercase();
        for class in &file.classes {
            writeln!(w, "    {prefix}_{},", class.id.to_uppercase()).unwrap();
        }
    }
    writeln!(w, "];").unwrap();
    Ok(code)
}
