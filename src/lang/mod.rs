//! The English language pack: every unit, currency and scale word claimbench
//! knows, and the lookups over them.
//!
//! The pack is data: `src/lang/en/units.yaml` (dimensions and units),
//! `currencies.yaml` (ISO 4217 currencies, their names, signs and prefixed
//! forms such as `A$` and `LE`) and `scales.yaml` (`million`, `bn`, `lakh`,
//! plural magnitudes, verbs of multiplying) and `qualifiers.yaml` (the hedges
//! written before and after a figure, `about`, `or more`, and the verbs of
//! exceeding, `topped`). The word classes the reference
//! extractor's rules read are data too, one constant per class named for
//! its file: `words.yaml` holds the general classes every stage shares
//! (function words by their part in a sentence, months, nouns for people,
//! verbs of speech), `figure.yaml`, `measure.yaml` and `attribution.yaml`
//! those of one stage, `discourse.yaml` those of attribution across
//! sentences (words that continue a report, pronouns by the kind of source
//! they stand for, nouns for kinds of organisation and roles of people).
//! Rule code names a class, never a word (a test checks this). `build.rs` checks them (unique
//! ids and surfaces, known dimensions) and compiles them into the tables
//! included below, so nothing is read at run time. The pack's measure-frame
//! lexicon (`frames.yaml`: quantities, restrictions, countries and
//! demonyms, period patterns) is compiled in and read by
//! `conflict::lexicon`, whose tests check it.
//!
//! Everything that reads a unit reads it here: [`crate::vocab::Unit`] (the
//! fixture format and the wire format), [`crate::number::parse_figure`] (the
//! validator), the scorer, the conflict detector and the reference
//! extractor. No other table of units, currencies or scale words exists in
//! `src/`.

// The generated tables write each factor with every digit the pack gives
// (`6.283185307179586` for a turn), which clippy takes for a constant.
#![allow(clippy::approx_constant)]

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::vocab::{Unit, normalize_name};

/// A dimension's row of the pack.
#[derive(Debug)]
pub(crate) struct DimensionDef {
    pub dimension: Dimension,
    pub id: &'static str,
    /// The unit factors convert to; `None` when the dimension's units do not
    /// convert (counts, money across currencies, magnitudes).
    pub base: Option<UnitId>,
    /// The two dimensions this one is a quotient of (speed: length per
    /// duration), if it is one.
    pub quotient: Option<(Dimension, Dimension)>,
}

/// A unit's row of the pack.
#[derive(Debug)]
pub(crate) struct UnitDef {
    pub id: UnitId,
    /// The canonical id, as fixtures write it.
    pub name: &'static str,
    pub dimension: Dimension,
    pub doc: &'static str,
    /// `value in base = value * factor + offset`, where the conversion is exact.
    pub factor: Option<f64>,
    pub offset: f64,
    /// The unit the factor converts to when it is not the dimension's base:
    /// a minor unit's currency (cents to dollars).
    pub base: Option<UnitId>,
    /// Word surfaces (names, their plurals, invariant words), matched
    /// ignoring case.
    pub words: &'static [&'static str],
    /// Singular names, for compound adjectives (`a 300-mile border`).
    pub singular: &'static [&'static str],
    /// Abbreviations and symbols, matched exactly.
    pub abbreviations: &'static [&'static str],
    /// Signs and words written before the figure (`$`, `A$`, `magnitude`).
    pub prefixes: &'static [&'static str],
    /// Names fixtures and programs may use that running text does not.
    pub aliases: &'static [&'static str],
    /// Words that name this unit only on a scaled figure or with a sign
    /// (`pound`: `5 million pounds`).
    pub ambiguous: &'static [&'static str],
    /// Words that name the unit only as what a rate is per: `a share`,
    /// `per capita`.
    pub per_words: &'static [&'static str],
}

/// A scale word's row of the pack.
#[derive(Debug)]
pub(crate) struct ScaleDef {
    pub word: &'static str,
    pub factor: f64,
    /// May be written against the digits: `13million`, `5bn`.
    pub glued: bool,
    /// May be written after a space: `5 bln`.
    pub spaced: bool,
}

/// A word class of the pack's class files (`words.yaml`, `figure.yaml`...):
/// its words or phrases in lower case, and its number, which is its bit in
/// the set of classes the reference extractor's lexicon gives each token,
/// so that testing a token against a class is one bit test.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordClass {
    index: u16,
    has_phrases: bool,
    words: &'static [&'static str],
}

impl WordClass {
    const fn new(index: u16, has_phrases: bool, words: &'static [&'static str]) -> WordClass {
        WordClass {
            index,
            has_phrases,
            words,
        }
    }

    /// Its number among the pack's classes, below [`WORD_CLASS_COUNT`].
    pub(crate) fn index(self) -> usize {
        usize::from(self.index)
    }

    /// Whether some entry is a phrase of several words (`out of`).
    pub(crate) fn has_phrases(self) -> bool {
        self.has_phrases
    }

    /// Its words and phrases.
    pub(crate) fn words(self) -> &'static [&'static str] {
        self.words
    }

    /// For a class of endings (`-ed`, `'s`): whether `word` ends in one of
    /// them, respecting case, with at least `stem` bytes before it.
    pub(crate) fn ends(self, word: &str, stem: usize) -> bool {
        self.words
            .iter()
            .any(|ending| word.len() >= ending.len() + stem && word.ends_with(ending))
    }
}

impl std::ops::Deref for WordClass {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        self.words
    }
}

impl IntoIterator for WordClass {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;
    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

include!(concat!(env!("OUT_DIR"), "/lang_en.rs"));

/// A unit's surfaces as the pack lists them ([`UnitId::written`]).
///
/// ```
/// use claimbench::UnitId;
///
/// let written = UnitId::Mile.written();
/// assert_eq!(written.names, ["mile"]);
/// assert_eq!(written.abbreviations, ["mi"]);
/// assert_eq!(UnitId::Usd.written().prefixes[0], "$");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Names, read ignoring case and in their regular plural as well.
    pub names: &'static [&'static str],
    /// Words read ignoring case and never pluralized (`feet`, `celsius`).
    pub invariant: &'static [&'static str],
    /// Abbreviations and symbols after the figure, read exactly as written.
    pub abbreviations: &'static [&'static str],
    /// Signs and words written before the figure (`$`, `A$`, `magnitude`).
    pub prefixes: &'static [&'static str],
    /// Words that name the unit only on a scaled figure or after a sign
    /// (`pound`: `5 million pounds`), and their plural.
    pub ambiguous: &'static [&'static str],
    /// Words that name the unit only as what a rate is per (`a share`).
    pub per_words: &'static [&'static str],
    /// Names fixtures and other programs may use that running text does
    /// not state the unit with (`persons`).
    pub aliases: &'static [&'static str],
}

impl UnitId {
    /// The pack's row for this unit.
    pub(crate) fn def(self) -> &'static UnitDef {
        &UNITS[self as usize]
    }

    /// Every unit of the pack, in pack order.
    pub fn all() -> impl Iterator<Item = UnitId> {
        UNITS.iter().map(|def| def.id)
    }

    /// The canonical id (`km2`, `usd`).
    pub fn name(self) -> &'static str {
        self.def().name
    }

    /// What the unit measures.
    pub fn dimension(self) -> Dimension {
        self.def().dimension
    }

    /// The pack's one-line description of the unit.
    pub fn doc(self) -> &'static str {
        self.def().doc
    }

    /// The unit a canonical id stands for.
    pub fn from_id(id: &str) -> Option<UnitId> {
        IDS.get(id).copied()
    }

    /// How running text writes the unit, as the pack lists it: for
    /// documentation (the unit table of `CONTRIBUTING.md` is rendered from
    /// it) and for tools that want the same spellings.
    pub fn written(self) -> Written {
        let def = self.def();
        Written {
            // build.rs writes each name and its plural first, then the
            // invariant words.
            names: def.singular,
            invariant: &def.words[2 * def.singular.len()..],
            abbreviations: def.abbreviations,
            prefixes: def.prefixes,
            ambiguous: def.ambiguous,
            per_words: def.per_words,
            aliases: def.aliases,
        }
    }

    /// How the unit converts: `value in base = value * factor + offset`,
    /// and the base unit; `None` when the conversion is not exact.
    pub(crate) fn conversion(self) -> Option<(f64, f64, UnitId)> {
        let def = self.def();
        let factor = def.factor?;
        let base = def
            .base
            .or_else(|| dimension_def(def.dimension).base)
            .unwrap_or(self);
        Some((factor, def.offset, base))
    }

    /// The unit of a quotient dimension that `of` per `per` is, when the
    /// pack has one with that factor: kilometres per hour for `km` per
    /// `hour`. `None` for other rates (`usd` per `barrel`).
    pub(crate) fn quotient(of: UnitId, per: UnitId) -> Option<UnitId> {
        let (of_factor, of_offset, _) = of.conversion()?;
        let (per_factor, per_offset, _) = per.conversion()?;
        if of_offset != 0.0 || per_offset != 0.0 {
            return None;
        }
        let dimension = DIMENSIONS
            .iter()
            .find(|def| def.quotient == Some((of.dimension(), per.dimension())))?
            .dimension;
        let factor = of_factor / per_factor;
        UNITS
            .iter()
            .filter(|def| def.dimension == dimension)
            .find(|def| {
                def.factor
                    .is_some_and(|f| (f - factor).abs() <= 1e-9 * factor.abs())
            })
            .map(|def| def.id)
    }

    /// This unit's value in the unit its factor converts to, and that unit:
    /// `None` when the conversion is not exact.
    #[cfg(test)]
    pub(crate) fn to_base(self, value: f64) -> Option<(f64, UnitId)> {
        let (factor, offset, base) = self.conversion()?;
        Some((value * factor + offset, base))
    }
}

impl Dimension {
    /// The dimension's id in the pack (`length`, `money`).
    pub fn name(self) -> &'static str {
        dimension_def(self).id
    }
}

fn dimension_def(dimension: Dimension) -> &'static DimensionDef {
    DIMENSIONS
        .iter()
        .find(|def| def.dimension == dimension)
        .expect("build.rs writes a row for every dimension")
}

static IDS: LazyLock<HashMap<&'static str, UnitId>> =
    LazyLock::new(|| UNITS.iter().map(|def| (def.name, def.id)).collect());

/// Every name a unit goes by outside running text or in it, normalized
/// ([`normalize_name`]): ids, words, aliases, ambiguous words, and
/// abbreviations and prefixes where their lower-case form is unambiguous.
static NAMES: LazyLock<HashMap<String, UnitId>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    let mut folded: HashMap<String, Option<UnitId>> = HashMap::new();
    for def in UNITS {
        for abbreviation in def.abbreviations.iter().chain(def.prefixes) {
            let entry = folded
                .entry(normalize_name(abbreviation))
                .or_insert(Some(def.id));
            if *entry != Some(def.id) {
                *entry = None;
            }
        }
    }
    names.extend(
        folded
            .into_iter()
            .filter_map(|(name, unit)| Some((name, unit?))),
    );
    for def in UNITS {
        for word in def
            .words
            .iter()
            .chain(def.aliases)
            .chain(def.ambiguous)
            .chain(std::iter::once(&def.name))
        {
            names.insert(normalize_name(word), def.id);
        }
    }
    names
});

/// Abbreviations and prefixes exactly as written, for names whose case
/// decides the unit (`MW` megawatts, `mW` nothing).
static EXACT: LazyLock<HashMap<&'static str, UnitId>> = LazyLock::new(|| {
    let mut exact = HashMap::new();
    for def in UNITS {
        for surface in def.abbreviations.iter().chain(def.prefixes) {
            exact.entry(*surface).or_insert(def.id);
        }
    }
    exact
});

/// The unit a name stands for: an id, a word (ignoring case, hyphens and
/// spacing), an abbreviation or sign as written, or, where that is
/// unambiguous, an abbreviation in another case.
pub(crate) fn unit_named(name: &str) -> Option<UnitId> {
    let trimmed = name.trim();
    if let Some(unit) = EXACT.get(trimmed) {
        return Some(*unit);
    }
    NAMES.get(&normalize_name(trimmed)).copied()
}

/// The unit a word names as what a rate is per (`share`, `capita`), from
/// the pack's `per_words`, else as [`unit_named`] reads it.
pub(crate) fn per_unit_named(name: &str) -> Option<UnitId> {
    let wanted = normalize_name(name);
    UNITS
        .iter()
        .find(|def| {
            def.per_words
                .iter()
                .any(|word| normalize_name(word) == wanted)
        })
        .map(|def| def.id)
        .or_else(|| unit_named(name))
}

/// Suggestions for a name that is no unit: the canonical ids of the units
/// whose id or surface is nearest to `wanted` by edit distance, best first,
/// and only those within a third of its length (at least 2 edits).
pub(crate) fn nearest_ids(wanted: &str, how_many: usize) -> Vec<&'static str> {
    let wanted = normalize_name(wanted);
    let mut scored: Vec<(usize, &'static str)> = UNITS
        .iter()
        .map(|def| {
            let distance = std::iter::once(def.name)
                .chain(def.words.iter().copied())
                .chain(def.abbreviations.iter().copied())
                .map(|name| edit_distance(&wanted, &normalize_name(name)))
                .min()
                .unwrap_or(usize::MAX);
            (distance, def.name)
        })
        .collect();
    let limit = (wanted.chars().count() / 3).max(2);
    scored.retain(|(distance, _)| *distance <= limit);
    scored.sort();
    scored
        .into_iter()
        .take(how_many)
        .map(|(_, name)| name)
        .collect()
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// The factor of a scale word as written (`million`, `bn`, `Lakh`), if the
/// pack has it; `glued` says whether it was written against the digits.
pub(crate) fn scale(word: &str, glued: bool) -> Option<f64> {
    SCALES
        .iter()
        .find(|scale| {
            let same = if scale.word.len() == 1 {
                scale.word == word
            } else {
                scale.word.eq_ignore_ascii_case(word)
            };
            same && if glued { scale.glued } else { scale.spaced }
        })
        .map(|scale| scale.factor)
}

/// Every scale word of the pack, with its factor and where it may stand.
pub(crate) fn scales() -> impl Iterator<Item = (&'static str, f64, bool, bool)> {
    SCALES
        .iter()
        .map(|scale| (scale.word, scale.factor, scale.glued, scale.spaced))
}

/// The magnitude of a plural magnitude (`hundreds` is 100), ignoring case.
pub(crate) fn plural_magnitude(word: &str) -> Option<f64> {
    PLURAL_MAGNITUDES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, factor)| *factor)
}

/// Every plural magnitude of the pack.
pub(crate) fn plural_magnitudes() -> impl Iterator<Item = &'static str> {
    PLURAL_MAGNITUDES.iter().map(|(word, _)| *word)
}

/// The factor of a verb of multiplying (`doubled` is 2), ignoring case.
pub fn multiplying_verb(word: &str) -> Option<f64> {
    MULTIPLYING_VERBS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, factor)| *factor)
}

/// The factor of an adverb of multiplying (`twice` is 2), ignoring case.
pub fn multiplying_adverb(word: &str) -> Option<f64> {
    MULTIPLYING_ADVERBS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, factor)| *factor)
}

/// Every verb of multiplying of the pack, with its factor.
pub(crate) fn multiplying_verbs() -> impl Iterator<Item = (&'static str, f64)> {
    MULTIPLYING_VERBS.iter().copied()
}

/// Every adverb of multiplying of the pack, with its factor.
pub(crate) fn multiplying_adverbs() -> impl Iterator<Item = (&'static str, f64)> {
    MULTIPLYING_ADVERBS.iter().copied()
}

/// A surface of a unit cut into the tokens the extractor's tokenizer makes
/// of it (`sq. km` is `sq`, `.`, `km`).
#[derive(Debug, Clone)]
pub(crate) struct Surface {
    pub tokens: Vec<String>,
    /// Compared ignoring case (words) or exactly (abbreviations and signs).
    pub fold_case: bool,
    pub unit: UnitId,
    pub kind: SurfaceKind,
}

/// Where a surface stands and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SurfaceKind {
    /// A word after the figure (`miles`, `degrees Celsius`).
    Word,
    /// An abbreviation or symbol after the figure (`km`, `°C`, `%`).
    Abbreviation,
    /// A word that names the unit only on a scaled figure (`pounds`).
    Ambiguous,
    /// A sign or word before the figure (`$`, `A$`, `magnitude`).
    Prefix,
    /// A word that names the unit only after `a`, `per` (`a share`).
    Per,
}

/// Cuts a surface as the extractor's tokenizer cuts text: runs of letters
/// (with apostrophes inside), runs of ASCII digits, and every other
/// character that is not white space on its own. Hyphens between words are
/// dropped, since text writes `square-kilometres` and `square kilometres`.
pub(crate) fn surface_tokens(surface: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_kind = 0u8;
    let flush = |current: &mut String, tokens: &mut Vec<String>| {
        if !current.is_empty() {
            tokens.push(std::mem::take(current));
        }
    };
    for c in surface.chars() {
        let kind = if c.is_alphabetic() {
            1
        } else if c.is_ascii_digit() {
            2
        } else if (c == '\'' || c == '’') && current_kind == 1 {
            1
        } else {
            3
        };
        if c.is_whitespace() {
            flush(&mut current, &mut tokens);
            current_kind = 0;
            continue;
        }
        if kind != current_kind || kind == 3 {
            flush(&mut current, &mut tokens);
        }
        current.push(c);
        current_kind = kind;
    }
    flush(&mut current, &mut tokens);
    // `square-kilometres`: a hyphen between two words is a space.
    let mut joined = Vec::with_capacity(tokens.len());
    for (k, token) in tokens.iter().enumerate() {
        let between_words = token == "-"
            && k > 0
            && k + 1 < tokens.len()
            && tokens[k - 1].chars().all(char::is_alphabetic)
            && tokens[k + 1].chars().all(char::is_alphabetic);
        if !between_words {
            joined.push(token.clone());
        }
    }
    joined
}

/// Every surface of the pack, tokenized, grouped by the lower-case form of
/// its first token, longest first within a group.
// Keyed by bytes, so that a word lower-cased on the stack is looked up
// without checking its UTF-8 again.
static SURFACES: LazyLock<FxHashMap<Box<[u8]>, Vec<Surface>>> = LazyLock::new(|| {
    let mut surfaces: FxHashMap<Box<[u8]>, Vec<Surface>> = FxHashMap::default();
    let mut add = |text: &str, fold_case: bool, unit: UnitId, kind: SurfaceKind| {
        let tokens = surface_tokens(text);
        let Some(first) = tokens.first().map(|t| t.to_lowercase()) else {
            return;
        };
        let tokens = if fold_case {
            tokens.iter().map(|t| t.to_lowercase()).collect()
        } else {
            tokens
        };
        surfaces
            .entry(first.into_bytes().into_boxed_slice())
            .or_default()
            .push(Surface {
                tokens,
                fold_case,
                unit,
                kind,
            });
    };
    for def in UNITS {
        for word in def.words {
            add(word, true, def.id, SurfaceKind::Word);
        }
        for abbreviation in def.abbreviations {
            add(abbreviation, false, def.id, SurfaceKind::Abbreviation);
        }
        for word in def.ambiguous {
            add(word, true, def.id, SurfaceKind::Ambiguous);
            add(&format!("{word}s"), true, def.id, SurfaceKind::Ambiguous);
        }
        for word in def.per_words {
            add(word, true, def.id, SurfaceKind::Per);
        }
        for prefix in def.prefixes {
            // `US$`, `HK$`, `magnitude` in any case; `LE`, `Rs`, `R` only as
            // written, since short letter prefixes are words in lower case.
            let fold = prefix.chars().count() >= 3;
            add(prefix, fold, def.id, SurfaceKind::Prefix);
        }
    }
    for group in surfaces.values_mut() {
        group.sort_by_key(|surface| std::cmp::Reverse(surface.tokens.len()));
    }
    surfaces
});

/// The first tokens of every surface, lower case: for the extractor's
/// lexicon, which flags them so that a token no surface starts with is
/// never looked up here.
pub(crate) fn surface_first_tokens() -> impl Iterator<Item = &'static str> {
    SURFACES
        .keys()
        .filter_map(|first| std::str::from_utf8(first).ok())
}

/// The surfaces whose first token is `first` (compared ignoring case),
/// longest first. Callers compare the rest of the tokens themselves.
pub(crate) fn surfaces_starting(first: &str) -> &'static [Surface] {
    // Every token of the text is looked up: an ASCII word is lower-cased on
    // the stack, which gives what `to_lowercase` would.
    const MAX_ASCII: usize = 32;
    let mut buffer = [0u8; MAX_ASCII];
    let group = if first.len() <= MAX_ASCII && first.is_ascii() {
        let lower = &mut buffer[..first.len()];
        lower.copy_from_slice(first.as_bytes());
        lower.make_ascii_lowercase();
        SURFACES.get(&*lower)
    } else {
        SURFACES.get(first.to_lowercase().as_bytes())
    };
    group.map(Vec::as_slice).unwrap_or(&[])
}

/// The one-word surfaces (words and abbreviations, no signs) of every unit
/// that running text states, with their unit: for the extractor's word
/// classes.
pub(crate) fn unit_words() -> impl Iterator<Item = (&'static str, UnitId)> {
    UNITS.iter().flat_map(|def| {
        // Abbreviations count only where their case cannot mislead: `ft`,
        // `kg`; not `F` (a grade, a jet's name) or `MW`.
        let abbreviations = def.abbreviations.iter().filter(|abbreviation| {
            abbreviation.chars().count() > 1 && abbreviation.chars().all(char::is_lowercase)
        });
        def.words
            .iter()
            .chain(def.ambiguous)
            .chain(abbreviations)
            .filter(|word| word.chars().all(char::is_alphabetic))
            .map(move |word| (*word, def.id))
    })
}

impl Surface {
    /// Whether the surface is one letter (`C`, `t`), which running text
    /// states only against the digits (`40C`, `5t`).
    pub(crate) fn is_one_letter(&self) -> bool {
        let mut chars = self.tokens.iter().flat_map(|token| token.chars());
        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
    }

    /// The surface as text writes it: its tokens, with a space between
    /// words.
    #[cfg(test)]
    pub(crate) fn written(&self) -> String {
        let mut text = String::new();
        for token in &self.tokens {
            let words =
                text.ends_with(char::is_alphabetic) && token.starts_with(char::is_alphabetic);
            if words {
                text.push(' ');
            }
            text.push_str(token);
        }
        text
    }
}

/// The signs and words of the pack written before a figure (`$`, `U.S.$`,
/// `magnitude`).
pub(crate) fn prefix_surfaces() -> impl Iterator<Item = &'static Surface> {
    SURFACES
        .values()
        .flatten()
        .filter(|surface| surface.kind == SurfaceKind::Prefix)
}

/// Every surface of the pack: for tests that check each is read.
#[cfg(test)]
pub(crate) fn all_surfaces() -> impl Iterator<Item = &'static Surface> {
    SURFACES.values().flatten()
}

impl Unit {
    /// The unit for a rate such as `usd/barrel` or `people/day`, or a simple
    /// id.
    pub(crate) fn parse_id(id: &str) -> Option<Unit> {
        match id.split_once('/') {
            Some((of, per)) => Some(Unit::rate(UnitId::from_id(of)?, UnitId::from_id(per)?)),
            None => UnitId::from_id(id).map(Unit::simple),
        }
    }
}

#[cfg(test)]
mod agreement;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_has_a_row_at_its_index() {
        for (index, def) in UNITS.iter().enumerate() {
            assert_eq!(def.id as usize, index, "{}", def.name);
            assert_eq!(UnitId::from_id(def.name), Some(def.id));
        }
    }

    #[test]
    fn written_splits_names_from_invariant_words() {
        for def in UNITS {
            let written = def.id.written();
            for (k, name) in written.names.iter().enumerate() {
                assert_eq!(def.words[2 * k], *name, "{}", def.name);
                assert!(
                    def.words[2 * k + 1].len() > name.len(),
                    "{}: `{}` is the plural of `{name}`",
                    def.name,
                    def.words[2 * k + 1]
                );
            }
        }
        assert_eq!(UnitId::Foot.written().names, ["foot"]);
        assert_eq!(UnitId::Foot.written().invariant, ["feet"]);
        assert_eq!(UnitId::Celsius.written().names, [] as [&str; 0]);
    }

    #[test]
    fn surfaces_tokenize_like_the_extractor() {
        assert_eq!(surface_tokens("sq. km"), ["sq", ".", "km"]);
        assert_eq!(surface_tokens("km²"), ["km", "²"]);
        assert_eq!(
            surface_tokens("square-kilometres"),
            ["square", "kilometres"]
        );
        assert_eq!(surface_tokens("A$"), ["A", "$"]);
        assert_eq!(surface_tokens("°C"), ["°", "C"]);
        assert_eq!(surface_tokens("m/s"), ["m", "/", "s"]);
    }

    #[test]
    fn names_in_any_case_and_abbreviations_as_written() {
        assert_eq!(unit_named("Square-Miles"), Some(UnitId::SquareMile));
        assert_eq!(unit_named("MW"), Some(UnitId::Megawatt));
        assert_eq!(unit_named("mph"), Some(UnitId::MilePerHour));
        assert_eq!(unit_named("A$"), Some(UnitId::Aud));
        assert_eq!(unit_named("yen"), Some(UnitId::Jpy));
        assert_eq!(unit_named("furlongs"), None);
    }

    #[test]
    fn conversions_are_exact_where_the_pack_gives_a_factor() {
        let (metres, base) = UnitId::Mile.to_base(1.0).unwrap();
        assert_eq!(base, UnitId::M);
        assert!((metres - 1609.344).abs() < 1e-9);
        let (kelvin, _) = UnitId::Celsius.to_base(0.0).unwrap();
        assert!((kelvin - 273.15).abs() < 1e-9);
        let (fahrenheit_freezing, _) = UnitId::Fahrenheit.to_base(32.0).unwrap();
        assert!((fahrenheit_freezing - 273.15).abs() < 1e-6);
        assert_eq!(UnitId::Cent.to_base(150.0), Some((1.5, UnitId::Usd)));
        assert_eq!(UnitId::Month.to_base(1.0), None);
        assert_eq!(UnitId::Jpy.to_base(5.0), Some((5.0, UnitId::Jpy)));
    }

    #[test]
    fn nearest_ids_suggest_the_closest_units() {
        assert_eq!(nearest_ids("kilometers", 1), ["km"]);
        assert_eq!(nearest_ids("hectares", 1), ["hectare"]);
    }

    #[test]
    fn scales_respect_how_they_are_written() {
        assert_eq!(scale("bn", true), Some(1e9));
        assert_eq!(scale("Million", false), Some(1e6));
        assert_eq!(scale("m", true), Some(1e6));
        assert_eq!(scale("m", false), None);
        assert_eq!(scale("crore", false), Some(1e7));
    }
}
