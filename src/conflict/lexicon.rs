//! The lexicon of measure frames, read from the language pack's
//! `src/lang/en/frames.yaml` (compiled into the library with
//! `include_str!` and parsed once), and the word matching the frame reader
//! does with it.
//!
//! Text is split into words at every character that is not a letter, a digit
//! or an apostrophe (so `US-backed` is `US backed`), a possessive `'s` is
//! dropped, and `U.S.`, `U.K.` and `U.N.` are read as `US`, `UK` and `UN`.
//! Phrases of quantities and restrictions are compared on *stems*:
//! lower-cased, a regular ending (`-ing`, `-ed`, `-es`, `-s`; `-ies` and
//! `-ied` as `-y`), a consonant doubled before `-ed` or `-ing` and a final
//! `e` dropped, with the irregular forms of
//! [`IRREGULAR`]; `killed`, `kills` and `kill` are one stem, as are
//! `damage` and `damaged`. Place names are compared as written.

// The lexicon is looked up for every word of every statement's texts: its
// keys are short words, for which Fx hashing is several times faster than
// the default SipHash (and the keys come from the pack, not from users).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use std::sync::LazyLock;

use regex::{Regex, RegexSet};
use serde::Deserialize;

/// The pack file, compiled in.
const FRAMES_YAML: &str = include_str!("../lang/en/frames.yaml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    quantities: Vec<QuantityEntry>,
    restrictions: Vec<AxisEntry>,
    places: PlacesEntry,
    countries: Vec<CountryEntry>,
    periods: Vec<String>,
    fiscal_period_words: Vec<String>,
    months: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuantityEntry {
    id: String,
    #[serde(default)]
    cumulative: bool,
    #[serde(default)]
    broad: bool,
    #[serde(default)]
    of_event: Option<OfEventEntry>,
    phrases: Vec<String>,
}

/// What a quantity is when it is one of an event's (`the cost of a storm`
/// is its damage).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OfEventEntry {
    quantity: String,
    events: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AxisEntry {
    axis: String,
    reach: Reach,
    #[serde(default)]
    default: Option<String>,
    #[serde(default)]
    applies_to: Vec<String>,
    #[serde(default)]
    one_sided: Option<OneSided>,
    values: Vec<ValueEntry>,
}

/// What a value named on one side only does to a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum OneSided {
    /// The match is never confident.
    Weak,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ValueEntry {
    id: String,
    phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesEntry {
    locatives: Vec<String>,
    qualifiers: Vec<String>,
    not_places: Vec<String>,
    organisations: Vec<String>,
    regions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryEntry {
    name: String,
    #[serde(default)]
    names: Vec<String>,
    demonyms: Vec<String>,
    #[serde(default)]
    provinces: Vec<String>,
}

/// Where a restriction's value is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Reach {
    /// The measure and the figure's clause.
    Clause,
    /// Also the sentence, the sentence before and the headline.
    Article,
}

/// A phrase as a sequence of stems.
pub(crate) type Phrase = Vec<String>;

/// A quantity of the lexicon.
#[derive(Debug)]
pub(crate) struct Quantity {
    pub id: String,
    pub cumulative: bool,
    pub broad: bool,
    /// The quantity it is when the statement's `event` is one of these:
    /// (that quantity, the events).
    pub of_event: Option<(String, Vec<String>)>,
    pub phrases: Vec<Phrase>,
}

/// A restriction axis and its values.
#[derive(Debug)]
pub(crate) struct Axis {
    pub axis: String,
    pub reach: Reach,
    pub default: Option<String>,
    /// The quantities the axis applies to; every quantity when empty.
    pub applies_to: Vec<String>,
    /// Whether a value named on one side only weakens a match.
    pub one_sided_weak: bool,
    pub values: Vec<(String, Vec<Phrase>)>,
    /// (value, phrase) by the phrase's first stem.
    index: HashMap<String, Vec<(usize, usize)>>,
}

impl Axis {
    /// Whether the axis restricts `quantity`.
    pub fn applies(&self, quantity: &str) -> bool {
        self.applies_to.is_empty() || self.applies_to.iter().any(|q| q == quantity)
    }
}

/// The whole lexicon.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub quantities: Vec<Quantity>,
    /// (quantity, phrase) by the phrase's first stem.
    quantity_index: HashMap<String, Vec<(usize, usize)>>,
    pub axes: Vec<Axis>,
    /// Country names by first word: (the words as written, the country).
    countries: HashMap<String, Vec<(Vec<String>, usize)>>,
    pub country_names: Vec<String>,
    /// The country of each province, state or territory, by its name in
    /// lower case (`texas`, `gaza strip`).
    pub provinces: HashMap<String, usize>,
    pub locatives: HashSet<String>,
    pub qualifiers: HashSet<String>,
    pub not_places: HashSet<String>,
    /// Nouns of a region around the article's place (`in the region`):
    /// the figure holds beyond its country.
    pub regions: HashSet<String>,
    /// Stems of the nouns of an organisation (`agency`, `ministry`): a
    /// country that qualifies one names whose body it is, not a place.
    pub organisations: HashSet<String>,
    pub periods: Vec<Regex>,
    /// All of `periods` at once: most texts name no period, and one pass
    /// says so.
    pub any_period: RegexSet,
    /// Words that make a period an accounting one (`fiscal`), lower case.
    pub fiscal_period_words: HashSet<String>,
}

/// The lexicon, parsed on first use. The file is part of the library and
/// checked by this module's tests, so a mistake in it fails `cargo test`.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    parse(FRAMES_YAML).unwrap_or_else(|message| panic!("src/lang/en/frames.yaml: {message}"))
});

fn parse(yaml: &str) -> Result<Lexicon, String> {
    let file: File = serde_norway::from_str(yaml).map_err(|e| e.to_string())?;
    let phrases =
        |list: &[String]| -> Vec<Phrase> { list.iter().map(|p| Words::of(p).stems).collect() };
    let mut ids = HashSet::default();
    for q in &file.quantities {
        if !ids.insert(q.id.as_str()) {
            return Err(format!("the quantity `{}` is listed twice", q.id));
        }
    }
    let quantities: Vec<Quantity> = file
        .quantities
        .iter()
        .map(|q| Quantity {
            id: q.id.clone(),
            cumulative: q.cumulative,
            broad: q.broad,
            of_event: q
                .of_event
                .as_ref()
                .map(|of| (of.quantity.clone(), of.events.clone())),
            phrases: phrases(&q.phrases),
        })
        .collect();
    for q in &file.quantities {
        if let Some(of) = &q.of_event {
            if !ids.contains(of.quantity.as_str()) {
                return Err(format!(
                    "the quantity `{}` becomes `{}` of an event, not a quantity",
                    q.id, of.quantity
                ));
            }
            let events = file.restrictions.iter().find(|a| a.axis == "event");
            if let Some(unknown) = of
                .events
                .iter()
                .find(|e| !events.is_some_and(|a| a.values.iter().any(|v| &v.id == *e)))
            {
                return Err(format!(
                    "the quantity `{}` names the event `{unknown}`, not a value of the axis `event`",
                    q.id
                ));
            }
        }
    }
    let mut axes = Vec::new();
    for a in &file.restrictions {
        for q in &a.applies_to {
            if !ids.contains(q.as_str()) {
                return Err(format!(
                    "the axis `{}` applies to `{q}`, not a quantity",
                    a.axis
                ));
            }
        }
        if let Some(default) = &a.default
            && !a.values.iter().any(|v| &v.id == default)
        {
            return Err(format!(
                "the axis `{}` defaults to `{default}`, not one of its values",
                a.axis
            ));
        }
        let values: Vec<(String, Vec<Phrase>)> = a
            .values
            .iter()
            .map(|v| (v.id.clone(), phrases(&v.phrases)))
            .collect();
        axes.push(Axis {
            axis: a.axis.clone(),
            reach: a.reach,
            default: a.default.clone(),
            applies_to: a.applies_to.clone(),
            one_sided_weak: a.one_sided == Some(OneSided::Weak),
            index: first_stems(values.iter().map(|(_, p)| p.as_slice())),
            values,
        });
    }
    let mut countries: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::default();
    let mut seen = HashSet::default();
    for (index, c) in file.countries.iter().enumerate() {
        let surfaces = std::iter::once(&c.name).chain(&c.names).chain(&c.demonyms);
        for surface in surfaces {
            if !seen.insert(surface.clone()) {
                return Err(format!("`{surface}` names two countries"));
            }
            let words = Words::of(surface).raw;
            let first = words.first().ok_or("an empty country name")?.clone();
            countries.entry(first).or_default().push((words, index));
        }
    }
    let mut provinces = HashMap::default();
    for (index, c) in file.countries.iter().enumerate() {
        for province in &c.provinces {
            if seen.contains(province) {
                return Err(format!(
                    "the province `{province}` is also a country's name"
                ));
            }
            if provinces.insert(province.to_lowercase(), index).is_some() {
                return Err(format!("the province `{province}` is listed twice"));
            }
        }
    }
    for list in countries.values_mut() {
        // Longest first, so that "South Sudan" wins over "Sudan"... and
        // "North Korean" over "North Korea".
        list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    }
    let months = file.months.join("|");
    let periods = file
        .periods
        .iter()
        .map(|p| {
            let pattern = format!(
                r"(?i)\b(?:{})\b",
                p.replace("{month}", &format!("(?:{months})"))
            );
            Regex::new(&pattern).map_err(|e| format!("the period `{p}`: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let any_period = RegexSet::new(periods.iter().map(Regex::as_str))
        .map_err(|e| format!("the periods together: {e}"))?;
    let set = |list: &[String]| list.iter().cloned().collect::<HashSet<_>>();
    Ok(Lexicon {
        quantity_index: first_stems(quantities.iter().map(|q| q.phrases.as_slice())),
        quantities,
        axes,
        countries,
        country_names: file.countries.iter().map(|c| c.name.clone()).collect(),
        provinces,
        locatives: set(&file.places.locatives),
        qualifiers: set(&file.places.qualifiers),
        not_places: set(&file.places.not_places),
        regions: set(&file.places.regions),
        fiscal_period_words: set(&file.fiscal_period_words),
        organisations: file
            .places
            .organisations
            .iter()
            .map(|word| stem(&word.to_lowercase()))
            .collect(),
        periods,
        any_period,
    })
}

/// An index of phrase lists by their phrases' first stems: (list, phrase).
fn first_stems<'a>(
    lists: impl Iterator<Item = &'a [Phrase]>,
) -> HashMap<String, Vec<(usize, usize)>> {
    let mut index: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    for (list, phrases) in lists.enumerate() {
        for (n, phrase) in phrases.iter().enumerate() {
            if let Some(first) = phrase.first() {
                index.entry(first.clone()).or_default().push((list, n));
            }
        }
    }
    index
}

/// Every occurrence in `words` of a phrase of `index`: (start, end, list).
fn occurrences<'a>(
    index: &HashMap<String, Vec<(usize, usize)>>,
    phrase: impl Fn(usize, usize) -> &'a Phrase,
    words: &Words,
) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    for (at, stem) in words.stems.iter().enumerate() {
        for &(list, n) in index.get(stem).into_iter().flatten() {
            let p = phrase(list, n);
            let end = at + p.len();
            if end <= words.stems.len() && words.stems[at..end] == **p {
                found.push((at, end, list));
            }
        }
    }
    found
}

impl Lexicon {
    /// The quantity `words` name: among the entries that are not broad, the
    /// one whose phrase starts first (the longer phrase on a tie, then the
    /// earlier entry); a broad entry only when no other matches.
    pub fn quantity(&self, words: &Words) -> Option<&Quantity> {
        let found = occurrences(
            &self.quantity_index,
            |q, n| &self.quantities[q].phrases[n],
            words,
        );
        let best = |broad: bool| {
            found
                .iter()
                .filter(|(_, _, q)| self.quantities[*q].broad == broad)
                .map(|&(start, end, q)| (start, std::cmp::Reverse(end - start), q))
                .min()
                .map(|(_, _, q)| &self.quantities[q])
        };
        best(false).or_else(|| best(true))
    }

    /// The values of `axis` that `words` name, in lexicon order. An
    /// occurrence inside a longer phrase of another value does not count
    /// ("non-combatant" names civilians, not combatants).
    pub fn values<'a>(&self, axis: &'a Axis, words: &Words) -> Vec<&'a str> {
        let occurrences = occurrences(&axis.index, |v, n| &axis.values[v].1[n], words);
        let mut named: Vec<usize> = occurrences
            .iter()
            .filter(|(start, end, v)| {
                !occurrences
                    .iter()
                    .any(|(s, e, w)| w != v && s <= start && end <= e && e - s > end - start)
            })
            .map(|(_, _, v)| *v)
            .collect();
        named.sort_unstable();
        named.dedup();
        named
            .into_iter()
            .map(|v| axis.values[v].0.as_str())
            .collect()
    }

    /// The country whose name or demonym starts at word `at`, with how many
    /// words it takes.
    pub fn country_at(&self, words: &Words, at: usize) -> Option<(&str, usize)> {
        let first = &words.raw[at];
        // Only a word in capitals is looked up again in title case (`KENYA`
        // in a dateline), which spares a new string for every other word.
        let candidates = self
            .countries
            .get(first)
            .or_else(|| is_capitals(first).then(|| self.countries.get(&title_case(first)))?)?;
        candidates.iter().find_map(|(surface, index)| {
            let end = at + surface.len();
            (end <= words.raw.len()
                && words.raw[at..end].iter().zip(surface).all(|(w, s)| {
                    w == s || (is_capitals(w) && w.to_lowercase() == s.to_lowercase())
                }))
            .then(|| (self.country_names[*index].as_str(), surface.len()))
        })
    }
}

/// Whether `quantity` is a running total (`cumulative` in the lexicon).
pub(crate) fn is_cumulative(quantity: &str) -> bool {
    LEXICON
        .quantities
        .iter()
        .any(|q| q.id == quantity && q.cumulative)
}

fn is_capitals(word: &str) -> bool {
    word.chars().count() > 2 && word.chars().all(|c| !c.is_lowercase())
}

fn title_case(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A text split into words, each as written and as a stem.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    pub raw: Vec<String>,
    pub stems: Vec<String>,
    /// Whether only white space separates the word from the one before.
    pub after_space: Vec<bool>,
}

impl Words {
    /// Splits `text` into words (see the module documentation).
    pub fn of(text: &str) -> Words {
        let text: std::borrow::Cow<'_, str> = if text.contains("U.") {
            text.replace("U.S.", "US")
                .replace("U.K.", "UK")
                .replace("U.N.", "UN")
                .into()
        } else {
            text.into()
        };
        let mut words = Words::default();
        let mut separator_is_space = false;
        let mut current = String::new();
        let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
        for c in text.chars().chain(std::iter::once('\n')) {
            if is_word(c) {
                current.push(c);
                continue;
            }
            let word = strip_possessive(&current).trim_matches(|c| c == '\'' || c == '’');
            if !word.is_empty() {
                words.stems.push(stem(&word.to_lowercase()));
                words.raw.push(word.to_owned());
                words.after_space.push(separator_is_space);
                separator_is_space = true;
            }
            current.clear();
            if !c.is_whitespace() {
                separator_is_space = false;
            }
        }
        words
    }
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Irregular forms news text uses for counted events, and their base form.
const IRREGULAR: &[(&str, &str)] = &[
    ("fled", "flee"),
    ("flees", "flee"),
    ("fleeing", "flee"),
    ("died", "die"),
    ("dies", "die"),
    ("dying", "die"),
    ("lost", "lose"),
    ("losing", "lose"),
    ("lives", "life"),
    ("driven", "drive"),
    ("drove", "drive"),
    ("left", "leave"),
    ("leaving", "leave"),
    ("spent", "spend"),
    ("held", "hold"),
    ("children", "child"),
    ("women", "woman"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("shrank", "shrink"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("hit", "hit"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("news", "news"),
    ("aids", "aids"),
    ("measles", "measles"),
    ("gdp", "gdp"),
];

/// The stem of a lower-cased word (see the module documentation).
pub(crate) fn stem(word: &str) -> String {
    static BY_FORM: LazyLock<HashMap<&str, &str>> =
        LazyLock::new(|| IRREGULAR.iter().copied().collect());
    let irregular = BY_FORM.get(word);
    let base = irregular.map_or(word, |base| base);
    let mut stem = base.to_owned();
    // A word of the table is its own stem's source: `news` and `aids` keep
    // their `s` (they are not `new` and `aid`).
    if irregular.is_none() {
        if let Some(s) = word
            .strip_suffix("ies")
            .or_else(|| word.strip_suffix("ied"))
            && s.len() >= 2
        {
            stem = format!("{s}y");
        } else {
            for suffix in ["ing", "ed", "es", "s"] {
                if let Some(s) = word.strip_suffix(suffix)
                    && s.len() >= 3
                    && !word.ends_with("ss")
                {
                    stem = s.to_owned();
                    // A consonant doubled before the ending is one in the
                    // base: `shipped` is `ship`, `planned` is `plan`
                    // (`added`, `killed` keep theirs: d and l double in
                    // bases too).
                    let last = stem.as_bytes()[stem.len() - 1];
                    if suffix != "s"
                        && suffix != "es"
                        && b"bgmnpt".contains(&last)
                        && stem.as_bytes()[stem.len() - 2] == last
                    {
                        stem.pop();
                    }
                    break;
                }
            }
        }
    }
    while stem.len() > 3 && stem.ends_with('e') {
        stem.pop();
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pack_file_parses_and_its_entries_are_consistent() {
        let lexicon = parse(FRAMES_YAML).unwrap_or_else(|m| panic!("{m}"));
        assert!(lexicon.quantities.len() > 30);
        assert!(lexicon.country_names.len() > 100);
        // Every phrase names its own quantity when it stands alone (no
        // earlier entry shadows it).
        for quantity in &lexicon.quantities {
            for phrase in &quantity.phrases {
                let words = Words {
                    raw: phrase.clone(),
                    stems: phrase.clone(),
                    after_space: vec![true; phrase.len()],
                };
                let named = lexicon.quantity(&words).map(|q| q.id.as_str());
                assert_eq!(named, Some(quantity.id.as_str()), "`{}`", phrase.join(" "));
            }
        }
        // No phrase names two values of one axis.
        for axis in &lexicon.axes {
            for (id, phrases) in &axis.values {
                for phrase in phrases {
                    let words = Words {
                        raw: phrase.clone(),
                        stems: phrase.clone(),
                        after_space: vec![true; phrase.len()],
                    };
                    assert_eq!(
                        lexicon.values(axis, &words),
                        [id.as_str()],
                        "{}",
                        phrase.join(" ")
                    );
                }
            }
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        for (a, b) in [
            ("killed", "kill"),
            ("damaged", "damage"),
            ("homes", "home"),
            ("injuries", "injury"),
            ("died", "die"),
            ("evacuees", "evacuee"),
            ("fled", "flee"),
            ("applied", "apply"),
            ("shipped", "ship"),
            ("planned", "plan"),
            ("added", "add"),
            ("killing", "kill"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("missing"), stem("mission"));
        // Words the table keeps as they are: news is not new, AIDS not aid.
        assert_ne!(stem("news"), stem("new"));
        assert_ne!(stem("aids"), stem("aid"));
        assert_eq!(stem("sought"), stem("seek"));
    }

    #[test]
    fn words_split_hyphens_and_drop_possessives() {
        let words = Words::of("the U.S.-backed forces' gains in Yemen's north");
        assert_eq!(
            words.raw,
            [
                "the", "US", "backed", "forces", "gains", "in", "Yemen", "north"
            ]
        );
    }

    #[test]
    fn a_country_is_read_from_its_name_its_demonym_or_a_dateline_in_capitals() {
        let lexicon = &*LEXICON;
        let read = |text: &str| {
            let words = Words::of(text);
            (0..words.raw.len())
                .find_map(|i| lexicon.country_at(&words, i))
                .map(|(c, _)| c)
        };
        assert_eq!(read("aid for Sudanese families"), Some("Sudan"));
        assert_eq!(read("the fighting in South Sudan"), Some("South Sudan"));
        assert_eq!(read("KATHMANDU, NEPAL (AP)"), Some("Nepal"));
        assert_eq!(read("troops sent by the U.S."), Some("United States"));
        assert_eq!(read("tell us what you think"), None);
    }
}
