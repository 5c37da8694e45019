//! Reading a unit of the language pack at a token: the unit words or
//! abbreviation after a figure (`miles`, `°C`, `sq km`, `MW`), the currency
//! sign or prefix before it (`$`, `A$`, `LE`, `Rs`, `magnitude`), and the
//! unit a rate is per (`$71 a barrel`).
//!
//! Every surface comes from [`crate::lang`]; this module only knows how
//! tokens line up with a surface's tokens.

use crate::lang::{
    Dimension, FIGURE_DEGREE_SIGNS as DEGREE_SIGNS, FIGURE_DISTRIBUTIVES as DISTRIBUTIVES,
    FIGURE_EXCHANGE_PREPOSITIONS as EXCHANGE_PREPOSITIONS, Surface, SurfaceKind, UnitId,
    WORDS_DEFINITE_ARTICLE as DEFINITE_ARTICLE,
};

use super::sentence::Sentence;

/// A unit read at a token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct UnitMatch {
    pub unit: UnitId,
    /// One past the unit's last token.
    pub end: usize,
    /// Whether the surface names money and another unit, and the figure's
    /// scale chose between them (`5 million pounds`, `5 pounds`).
    pub by_scale: bool,
}

fn same(token: &str, surface: &str, fold_case: bool) -> bool {
    if !fold_case {
        return token == surface;
    }
    token.eq_ignore_ascii_case(surface) || (!token.is_ascii() && token.to_lowercase() == surface)
}

/// Where `surface` ends if the tokens from `j` spell it: words may be
/// joined by hyphens in the text (`square-kilometres`).
fn spells(s: &Sentence<'_>, j: usize, surface: &Surface) -> Option<usize> {
    let mut k = j;
    for (n, part) in surface.tokens.iter().enumerate() {
        if n > 0 && s.is(k, "-") && s.joined(k - 1) && s.joined(k) && part != "-" {
            k += 1;
        }
        // An abbreviation is written in one piece: `m2`, `km/h`; `12 m 2 dm`
        // is no `m2`.
        if n > 0 && !surface.fold_case && !part.chars().all(char::is_alphabetic) && !s.joined(k - 1)
        {
            return None;
        }
        if k >= s.len() || !same(s.str(k), part, surface.fold_case) {
            return None;
        }
        k += 1;
    }
    // A surface that ends in letters must end the word: `km` is not the
    // start of `kmart`.
    Some(k)
}

/// Whether a surface is a single letter: read only against the figure
/// (`40C`, `5t`) or after a degree sign. Signs (`$`, `%`) are not letters.
fn single_letter(surface: &Surface) -> bool {
    let mut chars = surface.tokens.iter().flat_map(|token| token.chars());
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// The unit written at `j`, after a figure whose last token is `j - 1`:
/// the longest surface of the pack that the tokens spell. `scaled` says
/// whether the figure carries a scale word (`5 million pounds` is money,
/// `5 pounds` a weight).
pub(crate) fn unit_after(s: &Sentence<'_>, j: usize, scaled: bool) -> Option<UnitMatch> {
    if j >= s.len() {
        return None;
    }
    let glued = j > 0 && s.joined(j - 1);
    let after_degree = j > 0 && DEGREE_SIGNS.contains(&s.str(j - 1));
    // `1.8 m`, `5 t.`: a lower-case letter after a space, with no word after
    // it to make it an initial or a name.
    let spaced_letter = s.str(j).chars().all(char::is_lowercase) && !s.is_word(j + 1);
    let mut ambiguous: Option<(usize, UnitId, UnitId)> = None;
    for surface in s.surfaces_starting(j) {
        if matches!(surface.kind, SurfaceKind::Prefix | SurfaceKind::Per) {
            continue;
        }
        if single_letter(surface) && !(glued || after_degree || spaced_letter) {
            continue;
        }
        let Some(end) = spells(s, j, surface) else {
            continue;
        };
        if surface.kind == SurfaceKind::Ambiguous {
            // The same word names money on a scaled figure and something
            // else otherwise; remember both readings.
            let entry = ambiguous.get_or_insert((end, surface.unit, surface.unit));
            if surface.unit.dimension() == Dimension::Money {
                entry.1 = surface.unit;
            } else {
                entry.2 = surface.unit;
            }
            continue;
        }
        if ambiguous.is_some_and(|(longest, _, _)| longest > end) {
            break;
        }
        return Some(UnitMatch {
            unit: surface.unit,
            end,
            by_scale: false,
        });
    }
    let (end, money, other) = ambiguous?;
    let unit = if scaled { money } else { other };
    (scaled || unit.dimension() != Dimension::Money).then_some(UnitMatch {
        unit,
        end,
        by_scale: money != other,
    })
}

/// The currency sign or unit prefix written just before the figure that
/// starts at token `i` (`$`, `US$`, `A$`, `LE`, `Rs.`, `CHF`, `magnitude`),
/// and its first token. A prefix of one letter (`R5bn`, `M7.6`) must be
/// written against the figure; a sign of letters and `$` that the pack
/// does not know (`Z$` is known, `XY$` is not) is `Err`: some currency, but
/// not one the figure can be given.
pub(crate) fn prefix_before(s: &Sentence<'_>, i: usize) -> Result<Option<(usize, UnitId)>, ()> {
    if i > s.len() {
        return Ok(None);
    }
    for length in (1..=longest_prefix()).rev() {
        if i < length {
            continue;
        }
        let first = i - length;
        // The tokens of a prefix are written together (`A` `$`, `Rs` `.`).
        if (first..i - 1).any(|k| !s.joined(k)) {
            continue;
        }
        for surface in s.surfaces_starting(first) {
            if surface.kind != SurfaceKind::Prefix || surface.tokens.len() != length {
                continue;
            }
            if single_letter(surface) && !s.joined(i - 1) {
                continue;
            }
            if spells(s, first, surface) == Some(i) {
                // `US$`'s `US` must not itself follow letters (`BUS$`).
                if first > 0 && s.joined(first - 1) && s.is_word(first - 1) {
                    continue;
                }
                return Ok(Some((first, surface.unit)));
            }
        }
    }
    // `Z$`, `XY$`: letters glued to a dollar sign name a currency the pack
    // does not list.
    if i >= 2 && s.str(i - 1) == "$" && s.joined(i - 2) && s.is_word(i - 2) {
        return Err(());
    }
    Ok(None)
}

/// The most tokens a prefix of the pack has (`U.S.$` has five).
fn longest_prefix() -> usize {
    static LONGEST: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
        crate::lang::prefix_surfaces()
            .map(|surface| surface.tokens.len())
            .max()
            .unwrap_or(1)
    });
    *LONGEST
}

/// The unit a rate is per, after a unit that ends at `at`: `a barrel`,
/// `per day`, `an hour`, `/h`. Only a singular word or an abbreviation.
pub(crate) fn per_after(s: &Sentence<'_>, at: usize) -> Option<UnitMatch> {
    let slash = s.is(at, "/") && at > 0 && s.joined(at - 1);
    if !(slash || s.is_any(at, DISTRIBUTIVES)) || at + 1 >= s.len() {
        return None;
    }
    let per_word = s.surfaces_starting(at + 1).iter().find_map(|surface| {
        (surface.kind == SurfaceKind::Per)
            .then(|| spells(s, at + 1, surface))
            .flatten()
            .map(|end| UnitMatch {
                unit: surface.unit,
                end,
                by_scale: false,
            })
    });
    if per_word.is_some() {
        return per_word;
    }
    let found = unit_after(s, at + 1, false)?;
    // `$1.2 billion a year earlier` says when, not how often.
    if s.has(found.end, super::lexicon::Class::TIME_REFERENCE) {
        return None;
    }
    // `a barrel`, not `a barrels`; and no currency is a rate's denominator.
    (singular(s, found) && found.unit.dimension() != Dimension::Money).then_some(found)
}

/// The currency an amount of money that ends at `at` is the price of: `to
/// the dollar`, `against the euro` (an exchange rate).
pub(crate) fn currency_priced(s: &Sentence<'_>, at: usize) -> Option<UnitMatch> {
    if !(s.is_any(at, EXCHANGE_PREPOSITIONS) && s.is_any(at + 1, DEFINITE_ARTICLE)) {
        return None;
    }
    let found = unit_after(s, at + 2, false)?;
    (singular(s, found) && found.unit.dimension() == Dimension::Money).then_some(found)
}

/// Whether the unit `found` ends in its singular name or an abbreviation
/// (`a barrel`, not `a barrels`).
fn singular(s: &Sentence<'_>, found: UnitMatch) -> bool {
    let word = s.str(found.end - 1);
    found.unit.def().singular.iter().any(|name| {
        name.rsplit(' ')
            .next()
            .is_some_and(|last| last.eq_ignore_ascii_case(word))
    }) || found.unit.def().abbreviations.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::reference::sentence::Sentence;

    fn unit_in(text: &str, word: &str) -> Option<(String, String)> {
        let mut tokens = Vec::new();
        let s = Sentence::whole(text, &mut tokens);
        let j = (0..s.len()).find(|&k| s.str(k) == word)?;
        unit_after(&s, j, false).map(|m| (m.unit.name().to_owned(), s.slice(j, m.end).to_owned()))
    }

    fn prefix_in(text: &str, number: &str) -> Option<String> {
        let mut tokens = Vec::new();
        let s = Sentence::whole(text, &mut tokens);
        let i = (0..s.len()).find(|&k| s.str(k) == number)?;
        prefix_before(&s, i)
            .ok()
            .flatten()
            .map(|(_, unit)| unit.name().to_owned())
    }

    #[test]
    fn the_longest_surface_wins() {
        assert_eq!(
            unit_in("a field of 12 square miles", "square"),
            Some(("square_mile".into(), "square miles".into()))
        );
        assert_eq!(
            unit_in("it was 40 degrees Celsius", "degrees"),
            Some(("celsius".into(), "degrees Celsius".into()))
        );
        assert_eq!(
            unit_in("about 5 sq. km of forest", "sq"),
            Some(("km2".into(), "sq. km".into()))
        );
    }

    #[test]
    fn single_letters_only_against_the_figure() {
        assert_eq!(
            unit_in("highs of 40C today", "C"),
            Some(("celsius".into(), "C".into()))
        );
        assert_eq!(unit_in("Group 5 C qualifiers", "C"), None);
    }

    #[test]
    fn pounds_are_money_only_when_scaled() {
        let mut tokens = Vec::new();
        let s = Sentence::whole("5 pounds", &mut tokens);
        assert_eq!(unit_after(&s, 1, true).unwrap().unit, UnitId::Gbp);
        assert_eq!(unit_after(&s, 1, false).unwrap().unit, UnitId::PoundMass);
    }

    #[test]
    fn prefixes_before_the_figure() {
        assert_eq!(
            prefix_in("a bill of A$5 billion", "5").as_deref(),
            Some("aud")
        );
        assert_eq!(prefix_in("cost LE18 billion", "18").as_deref(), Some("egp"));
        assert_eq!(prefix_in("at Rs 5 lakh", "5").as_deref(), Some("inr"));
        assert_eq!(prefix_in("paid US$2,500", "2,500").as_deref(), Some("usd"));
        assert_eq!(
            prefix_in("a magnitude 7.6 quake", "7.6").as_deref(),
            Some("magnitude")
        );
        assert_eq!(prefix_in("the 5 winners", "5"), None);
    }

    #[test]
    fn rates_are_per_a_singular_unit() {
        let mut tokens = Vec::new();
        let s = Sentence::whole("$71 a barrel", &mut tokens);
        assert_eq!(per_after(&s, 2).unwrap().unit, UnitId::Barrel);
        let s = Sentence::whole("5 a barrels", &mut tokens);
        assert_eq!(per_after(&s, 1), None);
        let s = Sentence::whole("$1.40 a share", &mut tokens);
        assert_eq!(per_after(&s, 2).unwrap().unit, UnitId::Share);
        let s = Sentence::whole("$2 billion a year earlier", &mut tokens);
        assert_eq!(per_after(&s, 3), None);
    }
}
