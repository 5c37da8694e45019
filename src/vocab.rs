//! The closed vocabularies of the dataset: units and qualifiers.
//!
//! Each vocabulary is one table, shared by the fixture format, the validator,
//! the reference extractor and the scorer, so that `km2`, `square kilometres`
//! and `sq km` mean the same unit everywhere. Fixtures use the canonical names
//! only; [`Unit::from_name`] and [`Qualifier::from_phrase`] also accept the
//! spellings found in running text and in other programs' output.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a value is measured in.
///
/// The list is closed: a figure whose unit is not here is out of the
/// dataset's scope until a unit is added (see `CONTRIBUTING.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of human beings: people killed, refugees, troops.
    People,
    /// A number of anything that is not people: attacks, villages, vehicles.
    Count,
    /// A percentage, stored as written: `96 percent` is 96.
    Percent,
    /// A share written as a fraction: `half` is 0.5, `a third` is 1/3.
    Fraction,
    /// Square kilometres.
    Km2,
    /// Kilometres.
    Km,
    /// United States dollars.
    Usd,
    /// Euros.
    Eur,
    /// Pounds sterling.
    Gbp,
    /// Metric tonnes.
    Tonnes,
}

/// The dimension a unit measures; units of different dimensions never match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Numbers of people or things.
    Count,
    /// Shares of a whole (percentages and fractions).
    Share,
    /// Surface areas.
    Area,
    /// Lengths.
    Length,
    /// Sums of money.
    Money,
    /// Masses.
    Mass,
}

/// Every unit with its canonical name and the other names it goes by.
/// Aliases are compared after [`normalize_name`].
const UNITS: &[(Unit, &str, &[&str])] = &[
    (
        Unit::People,
        "people",
        &["persons", "person", "individuals"],
    ),
    (Unit::Count, "count", &["number", "items"]),
    (
        Unit::Percent,
        "percent",
        &["%", "per cent", "pct", "percentage"],
    ),
    (Unit::Fraction, "fraction", &["share", "ratio"]),
    (
        Unit::Km2,
        "km2",
        &[
            "km²",
            "sq km",
            "sq. km",
            "sqkm",
            "square kilometers",
            "square kilometres",
            "square kilometer",
            "square kilometre",
            "square-kilometers",
            "square-kilometres",
        ],
    ),
    (
        Unit::Km,
        "km",
        &["kilometers", "kilometres", "kilometer", "kilometre"],
    ),
    (
        Unit::Usd,
        "usd",
        &["$", "us$", "dollars", "dollar", "us dollars"],
    ),
    (Unit::Eur, "eur", &["€", "euros", "euro"]),
    (Unit::Gbp, "gbp", &["£", "pounds sterling", "sterling"]),
    (Unit::Tonnes, "tonnes", &["tonne", "metric tons", "t"]),
];

impl Unit {
    /// Every unit, in vocabulary order.
    pub const ALL: [Unit; 10] = [
        Unit::People,
        Unit::Count,
        Unit::Percent,
        Unit::Fraction,
        Unit::Km2,
        Unit::Km,
        Unit::Usd,
        Unit::Eur,
        Unit::Gbp,
        Unit::Tonnes,
    ];

    /// The canonical name, as written in fixtures.
    pub fn name(self) -> &'static str {
        UNITS
            .iter()
            .find(|(unit, _, _)| *unit == self)
            .map(|(_, name, _)| *name)
            .expect("every unit is in the table")
    }

    /// The unit a name or alias stands for, ignoring case, hyphens and
    /// repeated spaces: `"Square-Kilometres"` is [`Unit::Km2`].
    pub fn from_name(name: &str) -> Option<Unit> {
        let wanted = normalize_name(name);
        UNITS.iter().find_map(|(unit, canonical, aliases)| {
            (normalize_name(canonical) == wanted
                || aliases.iter().any(|alias| normalize_name(alias) == wanted))
            .then_some(*unit)
        })
    }

    /// What the unit measures.
    pub fn dimension(self) -> Dimension {
        match self {
            Unit::People | Unit::Count => Dimension::Count,
            Unit::Percent | Unit::Fraction => Dimension::Share,
            Unit::Km2 => Dimension::Area,
            Unit::Km => Dimension::Length,
            Unit::Usd | Unit::Eur | Unit::Gbp => Dimension::Money,
            Unit::Tonnes => Dimension::Mass,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
/// they hedge it as [`Qualifier::MoreThan`].
pub(crate) const EXCEEDING_VERBS: &[&str] = &[
    "exceed",
    "exceeded",
    "exceeds",
    "exceeding",
    "surpass",
    "surpassed",
    "surpasses",
    "surpassing",
    "topped",
    "topping",
    "tops",
    "top",
];

/// Hedging phrases and the qualifier each maps to, compared after
/// [`normalize_name`]. The annotation guide in `CONTRIBUTING.md` lists the
/// same table.
const QUALIFIER_PHRASES: &[(&str, Qualifier)] = &[
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("some", Qualifier::About),
    ("roughly", Qualifier::About),
    ("approximately", Qualifier::About),
    ("approx.", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("close to", Qualifier::About),
    ("circa", Qualifier::About),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("at most", Qualifier::UpTo),
    ("no more than", Qualifier::UpTo),
    ("a maximum of", Qualifier::UpTo),
    ("an estimated", Qualifier::Estimated),
    ("estimated", Qualifier::Estimated),
    ("est.", Qualifier::Estimated),
];

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
        for unit in Unit::ALL {
            assert_eq!(Unit::from_name(unit.name()), Some(unit));
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
            assert_eq!(Unit::from_name(spelling), Some(Unit::Km2), "{spelling}");
        }
        assert_eq!(Unit::from_name("furlongs"), None);
    }

    #[test]
    fn units_of_a_dimension_share_it() {
        assert_eq!(Unit::Percent.dimension(), Unit::Fraction.dimension());
        assert_ne!(Unit::People.dimension(), Unit::Km2.dimension());
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
