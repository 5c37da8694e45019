//! The closed vocabularies of the dataset: units and qualifiers.
//!
//! Units come from the language pack ([`crate::lang`]); qualifiers are the
//! table below. Both are shared by the fixture format, the validator, the
//! reference extractor and the scorer, so that `km2`, `square kilometres`
//! and `sq km` mean the same unit everywhere. Fixtures use the canonical names
//! only; [`Unit::from_name`] and [`Qualifier::from_phrase`] also accept the
//! spellings found in running text and in other programs' output.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::lang::{Dimension, UnitId};

/// What a value is measured in: a unit of the language pack (`km2`, `usd`,
/// `celsius`), or a rate of one unit per another (`usd/barrel`,
/// `people/day`).
///
/// The vocabulary is closed: a figure whose unit is not in the pack
/// (`src/lang/en/`) is out of the dataset's scope until the unit is added
/// there (see `CONTRIBUTING.md`). Every unit of the pack has a constant
/// named after its id: [`Unit::KM2`], [`Unit::USD`], [`Unit::CELSIUS`].
///
/// ```
/// use claimbench::Unit;
///
/// assert_eq!(Unit::from_name("Square-Kilometres"), Some(Unit::KM2));
/// assert_eq!(Unit::from_name("A$"), Some(Unit::AUD));
/// let oil = Unit::from_name("dollars per barrel").unwrap();
/// assert_eq!(oil.to_string(), "usd/barrel");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Unit {
    of: UnitId,
    per: Option<UnitId>,
}

impl Unit {
    /// A unit of the pack.
    pub const fn simple(of: UnitId) -> Unit {
        Unit { of, per: None }
    }

    /// A rate: `of` per `per` (`usd/barrel`). A length per a duration is
    /// the speed unit it equals, so that one speed has one name:
    ///
    /// ```
    /// use claimbench::{Unit, UnitId};
    ///
    /// assert_eq!(Unit::rate(UnitId::Km, UnitId::Hour), Unit::KM_PER_HOUR);
    /// assert_eq!(Unit::rate(UnitId::Usd, UnitId::Barrel).to_string(), "usd/barrel");
    /// ```
    pub fn rate(of: UnitId, per: UnitId) -> Unit {
        match UnitId::quotient(of, per) {
            Some(unit) => Unit::simple(unit),
            None => Unit { of, per: Some(per) },
        }
    }

    /// The unit counted (the numerator of a rate).
    pub fn of(self) -> UnitId {
        self.of
    }

    /// The unit a rate is per, if it is one.
    pub fn per(self) -> Option<UnitId> {
        self.per
    }

    /// Every unit of the pack (no rates), in pack order.
    pub fn all() -> impl Iterator<Item = Unit> {
        UnitId::all().map(Unit::simple)
    }

    /// The canonical name, as written in fixtures: the id (`km2`), or two
    /// ids joined by `/` for a rate (`usd/barrel`).
    pub fn name(self) -> String {
        self.to_string()
    }

    /// The unit a canonical name stands for: exactly as fixtures write it.
    pub fn from_id(id: &str) -> Option<Unit> {
        Unit::parse_id(id)
    }

    /// The unit a name, alias, abbreviation or sign stands for, ignoring
    /// case, hyphens and repeated spaces for words: `"Square-Kilometres"` is
    /// [`Unit::KM2`], `"MW"` is [`Unit::MEGAWATT`]. A rate is two names
    /// joined by `/`, ` per ` or ` a `: `"$/barrel"`, `"people per day"`.
    pub fn from_name(name: &str) -> Option<Unit> {
        if let Some(unit) = Unit::parse_id(name.trim()) {
            return Some(unit);
        }
        if let Some(unit) = crate::lang::unit_named(name) {
            return Some(Unit::simple(unit));
        }
        let lower = normalize_name(name);
        for separator in ["/", " per ", " a ", " an "] {
            if let Some((of, per)) = lower.split_once(separator) {
                let of = crate::lang::unit_named(of)?;
                let per = crate::lang::per_unit_named(per)?;
                return Some(Unit::rate(of, per));
            }
        }
        None
    }

    /// The unit this one converts into for comparison: the base unit of its
    /// dimension (`m2` for `km2` and `square_mile`), of each part of a rate,
    /// or the unit itself when the pack gives no exact conversion (`people`,
    /// `usd`). Two units with the same base can be [converted](Unit::convert)
    /// into each other.
    pub fn base(self) -> Unit {
        let base = |id: UnitId| id.conversion().map_or(id, |(_, _, base)| base);
        Unit {
            of: base(self.of),
            per: self.per.map(base),
        }
    }

    /// What the unit measures (for a rate, what its numerator measures).
    pub fn dimension(self) -> Dimension {
        self.of.dimension()
    }

    /// `value` in this unit written in `other`, when both measure the same
    /// thing and the pack converts them exactly: 2 square miles are about
    /// 5.18 square kilometres; dollars never become euros.
    pub fn convert(self, value: f64, other: Unit) -> Option<f64> {
        if self == other {
            return Some(value);
        }
        let (factor, offset, base) = self.of.conversion()?;
        let (other_factor, other_offset, other_base) = other.of.conversion()?;
        if base != other_base {
            return None;
        }
        let mut converted = (value * factor + offset - other_offset) / other_factor;
        match (self.per, other.per) {
            (None, None) => {}
            (Some(per), Some(other_per)) => {
                let (per_factor, _, per_base) = per.conversion()?;
                let (other_per_factor, _, other_per_base) = other_per.conversion()?;
                if per_base != other_per_base {
                    return None;
                }
                converted *= other_per_factor / per_factor;
            }
            _ => return None,
        }
        Some(converted)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.of.name())?;
        if let Some(per) = self.per {
            write!(f, "/{}", per.name())?;
        }
        Ok(())
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Unit, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Unit::from_id(&name)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown unit `{name}`")))
    }
}

/// Lower-cases and folds hyphens, underscores and runs of white space into
/// one space, so that alias tables need list each spelling once.
pub fn normalize_name(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How a text hedges a figure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated without hedging: `5 million refugees`.
    Exact,
    /// Approximate: `about`, `around`, `some`, `roughly`, `approximately`,
    /// `nearly`, `almost`, `close to`.
    About,
    /// A strict lower bound: `more than`, `over`, `above`, `in excess of`.
    MoreThan,
    /// An inclusive lower bound: `at least`, `no fewer than`, `a minimum of`.
    AtLeast,
    /// A strict upper bound: `less than`, `fewer than`, `under`, `below`.
    LessThan,
    /// An inclusive upper bound: `up to`, `as many as`, `at most`.
    UpTo,
    /// An explicit range: `between X and Y`, `X to Y`, `X-Y`.
    Range,
    /// Presented as an estimate: `an estimated`, `estimated at`.
    Estimated,
    /// A vague quantity with no figure of its own: `hundreds of`, `dozens`,
    /// `tens of thousands`; its value is the range the guide assigns.
    Vague,
}

/// Verbs that put a figure below what they report (`the toll topped 300`):
/// they hedge it as [`Qualifier::MoreThan`]. The list is the language
/// pack's (`src/lang/en/qualifiers.yaml`).
pub(crate) use crate::lang::EXCEEDING_VERBS;

/// Hedging phrases written before a figure and the qualifier each maps to,
/// compared after [`normalize_name`]: the language pack's table
/// (`src/lang/en/qualifiers.yaml`), which the guide in `CONTRIBUTING.md`
/// lists too.
use crate::lang::QUALIFIER_PHRASES;

impl Qualifier {
    /// Every qualifier, in vocabulary order.
    pub const ALL: [Qualifier; 9] = [
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::LessThan,
        Qualifier::UpTo,
        Qualifier::Range,
        Qualifier::Estimated,
        Qualifier::Vague,
    ];

    /// The canonical name, as written in fixtures.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::Range => "range",
            Qualifier::Estimated => "estimated",
            Qualifier::Vague => "vague",
        }
    }

    /// The qualifier a hedging phrase of running text stands for:
    /// `"Some"` is [`Qualifier::About`], `"as many as"` is [`Qualifier::UpTo`].
    pub fn from_phrase(phrase: &str) -> Option<Qualifier> {
        let wanted = normalize_name(phrase);
        QUALIFIER_PHRASES
            .iter()
            .find(|(text, _)| *text == wanted)
            .map(|(_, qualifier)| *qualifier)
            .or_else(|| {
                EXCEEDING_VERBS
                    .contains(&wanted.as_str())
                    .then_some(Qualifier::MoreThan)
            })
    }

    /// The hedging phrases of running text, longest first, with their
    /// qualifiers: for matchers that must prefer `more than` to `more`.
    pub fn phrases() -> impl Iterator<Item = (&'static str, Qualifier)> {
        let mut phrases = QUALIFIER_PHRASES.to_vec();
        phrases.extend(
            EXCEEDING_VERBS
                .iter()
                .map(|verb| (*verb, Qualifier::MoreThan)),
        );
        phrases.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
        phrases.into_iter()
    }
}

/// Hedges written after a figure, as two words (`300 or more`, `4% or
/// below`, `200 or so`), with their qualifiers: the table of the guide's
/// "Qualifiers" section, kept in the language pack
/// (`src/lang/en/qualifiers.yaml`).
pub use crate::lang::HEDGES_AFTER;

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_round_trips_through_its_name() {
        for unit in Unit::all() {
            assert_eq!(Unit::from_name(&unit.name()), Some(unit));
            let yaml = serde_norway::to_string(&unit).unwrap();
            assert_eq!(yaml.trim(), unit.name());
        }
    }

    #[test]
    fn area_spellings_are_one_unit() {
        for spelling in [
            "km2",
            "km²",
            "sq km",
            "square kilometres",
            "Square-Kilometers",
        ] {
            assert_eq!(Unit::from_name(spelling), Some(Unit::KM2), "{spelling}");
        }
        assert_eq!(Unit::from_name("furlongs"), None);
    }

    #[test]
    fn a_length_per_a_duration_is_one_speed_unit() {
        for spelling in ["km/hour", "kilometres per hour", "km/h", "km_per_hour"] {
            assert_eq!(
                Unit::from_name(spelling),
                Some(Unit::KM_PER_HOUR),
                "{spelling}"
            );
        }
        assert_eq!(Unit::from_name("miles/hour"), Some(Unit::MILE_PER_HOUR));
        assert_eq!(Unit::from_id("m/second"), Some(Unit::METRE_PER_SECOND));
        // A length per a duration no speed unit has stays a rate.
        let per_day = Unit::from_name("km per day").unwrap();
        assert_eq!(per_day.to_string(), "km/day");
        assert!(
            (Unit::KM_PER_HOUR
                .convert(36.0, Unit::METRE_PER_SECOND)
                .unwrap()
                - 10.0)
                .abs()
                < 1e-9
        );
    }

    #[test]
    fn units_that_convert_share_a_base() {
        assert_eq!(Unit::KM2.base(), Unit::SQUARE_MILE.base());
        assert_eq!(Unit::CELSIUS.base(), Unit::FAHRENHEIT.base());
        assert_ne!(Unit::KM2.base(), Unit::KM.base());
        assert_eq!(Unit::PEOPLE.base(), Unit::PEOPLE);
        assert_ne!(Unit::USD.base(), Unit::EUR.base());
        let oil = Unit::from_id("usd/barrel").unwrap();
        assert_eq!(oil.base(), Unit::from_id("usd/m3").unwrap());
        for unit in Unit::all() {
            if unit.base() != unit {
                assert!(unit.convert(1.0, unit.base()).is_some(), "{unit}");
            }
        }
    }

    #[test]
    fn units_of_a_dimension_share_it() {
        assert_eq!(Unit::PERCENT.dimension(), Unit::FRACTION.dimension());
        assert_ne!(Unit::PEOPLE.dimension(), Unit::KM2.dimension());
    }

    #[test]
    fn every_qualifier_name_is_its_serde_name() {
        for qualifier in Qualifier::ALL {
            let yaml = serde_norway::to_string(&qualifier).unwrap();
            assert_eq!(yaml.trim(), qualifier.name());
        }
    }

    #[test]
    fn hedging_phrases_map_to_the_documented_qualifiers() {
        assert_eq!(Qualifier::from_phrase("Some"), Some(Qualifier::About));
        assert_eq!(Qualifier::from_phrase("nearly"), Some(Qualifier::About));
        assert_eq!(Qualifier::from_phrase("over"), Some(Qualifier::MoreThan));
        assert_eq!(Qualifier::from_phrase("as  many as"), Some(Qualifier::UpTo));
        assert_eq!(
            Qualifier::from_phrase("an estimated"),
            Some(Qualifier::Estimated)
        );
        assert_eq!(Qualifier::from_phrase("lots of"), None);
    }

    #[test]
    fn phrases_come_longest_first() {
        let lengths: Vec<usize> = Qualifier::phrases().map(|(text, _)| text.len()).collect();
        assert!(lengths.windows(2).all(|pair| pair[0] >= pair[1]));
    }
}
