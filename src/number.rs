//! Reading figures as written in English news text into numbers.
//!
//! [`parse_figure`] turns the figure of an annotation or of an extracted claim
//! (`417,300`, `62 918`, `3.8 billion`, `half a million`, `two-thirds`,
//! `96 percent`, `$5bn`, `hundreds`, `between 10 and 20`) into a [`Figure`].
//! The validator uses it to check that each gold `value` agrees with its
//! `figure`; the reference extractor uses it to normalize what it finds. It
//! reads a figure that has already been cut out of the text; finding figures
//! in running text is the extractor's job.
//!
//! Vague quantities follow the annotation guide: a plural magnitude `Ns`
//! ("hundreds", "tens of thousands", "dozens") is the range `2N..=10N`.

use thiserror::Error;

use crate::model::Value;
use crate::vocab::Unit;

/// A figure read from text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// The normalized number or range.
    pub value: Value,
    /// The unit the figure itself carries, if any: `%` or `percent` give
    /// [`Unit::PERCENT`], a currency sign or name gives its currency, a bare
    /// fraction (`a third`) gives [`Unit::FRACTION`].
    pub unit: Option<Unit>,
    /// Whether the figure is a vague quantity (`hundreds`, `dozens`).
    pub vague: bool,
}

/// Why a figure could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("cannot read `{text}` as a figure: {reason}")]
pub struct FigureError {
    /// The text that was given.
    pub text: String,
    /// What is wrong with it.
    pub reason: String,
}

/// Reads a figure as written: digits, number words, fractions, scale words,
/// vague quantities, percentages, currencies and ranges.
///
/// ```
/// use claimbench::number::parse_figure;
/// use claimbench::{Unit, Value};
///
/// assert_eq!(parse_figure("417,300").unwrap().value, Value::Number(417_300.0));
/// assert_eq!(parse_figure("half a million").unwrap().value, Value::Number(500_000.0));
/// let share = parse_figure("96 percent").unwrap();
/// assert_eq!((share.value, share.unit), (Value::Number(96.0), Some(Unit::PERCENT)));
/// let vague = parse_figure("tens of thousands").unwrap();
/// assert_eq!(vague.value, Value::Range { low: 20_000.0, high: 100_000.0 });
/// ```
pub fn parse_figure(text: &str) -> Result<Figure, FigureError> {
    let fail = |reason: &str| FigureError {
        text: text.to_owned(),
        reason: reason.to_owned(),
    };
    let mut tokens = tokenize(text);
    if tokens.is_empty() {
        return Err(fail("it is empty"));
    }
    let unit = take_unit(&mut tokens);
    if tokens.is_empty() {
        return Err(fail("it has a unit but no number"));
    }
    if let Some(value) = vague_quantity(&tokens) {
        return Ok(Figure {
            value,
            unit,
            vague: true,
        });
    }
    if let Some((low, high)) = split_range(&tokens) {
        let (low, low_scaled) = number(low).ok_or_else(|| fail("the low end is not a number"))?;
        let (high, high_scaled) =
            number(high).ok_or_else(|| fail("the high end is not a number"))?;
        // "5 to 6 million": the scale written on the high end applies to both.
        let low = match (low_scaled, high_scaled) {
            (None, Some(scale)) => low.value * scale,
            _ => low.value,
        };
        let high = high.value;
        if low > high {
            return Err(fail("the range's low end is above its high end"));
        }
        return Ok(Figure {
            value: Value::Range { low, high },
            unit,
            vague: false,
        });
    }
    let (parsed, _) = number(&tokens).ok_or_else(|| fail("it is not a number claimbench reads"))?;
    Ok(Figure {
        value: Value::Number(parsed.value),
        unit: unit.or(parsed.bare_fraction.then_some(Unit::FRACTION)),
        vague: false,
    })
}

/// Splits into lower-case tokens on white space and hyphens, keeping digit
/// groups together ("62 918" is one token "62918"; "417,300" is "417300").
fn tokenize(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut in_lakh = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_space = c.is_whitespace();
        // A thousands separator: a comma or space between a digit and a group
        // of exactly three digits.
        let in_digits = current.chars().last().is_some_and(|d| d.is_ascii_digit())
            && current.chars().all(|d| d.is_ascii_digit() || d == ',');
        // Indian grouping opens with one or two digits, as the extractor's
        // tokenizer requires; later pairs continue it.
        let lakh = c == ',' && (current.len() <= 2 || in_lakh) && is_lakh_pairs(&chars[i + 1..]);
        if in_digits && ((c == ',' || is_space) && is_digit_group(&chars[i + 1..]) || lakh) {
            in_lakh |= lakh;
            i += 1;
            continue;
        }
        let between_digits = current.ends_with(|d: char| d.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
        if c == '-' && between_digits {
            // "300-400" is a range; "twenty-five" and "two-thirds" are one number.
            tokens.push(std::mem::take(&mut current));
            tokens.push("-".to_owned());
        } else if is_space || c == '-' || c == '\u{2010}' || c == '\u{2011}' {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
        } else if c == '\u{2013}' || c == '\u{2014}' {
            // An en or em dash is a range separator of its own.
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            tokens.push("-".to_owned());
        } else {
            current.extend(c.to_lowercase());
        }
        i += 1;
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Whether `rest` starts with pairs of digits between commas that end in a
/// group of three: the rest of `1,91,791` or `12,34,567` (Indian grouping).
fn is_lakh_pairs(rest: &[char]) -> bool {
    let mut at = 0;
    loop {
        let pair = rest
            .get(at..at + 2)
            .is_some_and(|p| p.iter().all(char::is_ascii_digit));
        if !pair || rest.get(at + 2) != Some(&',') {
            return false;
        }
        at += 3;
        if is_digit_group(&rest[at..]) {
            return true;
        }
    }
}

/// Whether `rest` starts with exactly three digits not followed by another digit.
fn is_digit_group(rest: &[char]) -> bool {
    rest.len() >= 3
        && rest[..3].iter().all(|c| c.is_ascii_digit())
        && rest.get(3).is_none_or(|c| !c.is_ascii_digit())
}

/// Removes a leading currency and a trailing percent or currency name,
/// returning the unit they give.
fn take_unit(tokens: &mut Vec<String>) -> Option<Unit> {
    let mut unit = None;
    for (sign, currency) in [
        ("us$", Unit::USD),
        ("$", Unit::USD),
        ("€", Unit::EUR),
        ("£", Unit::GBP),
    ] {
        if let Some(rest) = tokens[0].strip_prefix(sign) {
            unit = Some(currency);
            if rest.is_empty() {
                tokens.remove(0);
            } else {
                tokens[0] = rest.to_owned();
            }
            break;
        }
    }
    if tokens.is_empty() {
        return unit;
    }
    let last = tokens.len() - 1;
    if let Some(number) = tokens[last].strip_suffix('%') {
        if number.is_empty() {
            tokens.pop();
        } else {
            tokens[last] = number.to_owned();
        }
        return Some(Unit::PERCENT);
    }
    if tokens.len() >= 2 && tokens[tokens.len() - 2..] == ["per", "cent"] {
        tokens.truncate(tokens.len() - 2);
        return Some(Unit::PERCENT);
    }
    if let Some(found) = tokens.last().and_then(|word| Unit::from_name(word))
        && matches!(found, Unit::PERCENT | Unit::USD | Unit::EUR | Unit::GBP)
        && tokens.len() > 1
    {
        tokens.pop();
        return Some(found);
    }
    unit
}

/// The range a vague quantity stands for: every token a plural magnitude,
/// joined by "of" ("tens of thousands"), is `2N..=10N` where N is the product
/// of the magnitudes.
fn vague_quantity(tokens: &[String]) -> Option<Value> {
    let mut magnitude = 1.0;
    let mut expect_magnitude = true;
    for token in tokens {
        if expect_magnitude {
            magnitude *= plural_magnitude(token)?;
        } else if token != "of" {
            return None;
        }
        expect_magnitude = !expect_magnitude;
    }
    (!expect_magnitude).then_some(Value::Range {
        low: 2.0 * magnitude,
        high: 10.0 * magnitude,
    })
}

fn plural_magnitude(word: &str) -> Option<f64> {
    Some(match word {
        "tens" => 10.0,
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    })
}

/// Splits "between X and Y", "from X to Y", "X to Y", "X - Y" into its ends.
fn split_range(tokens: &[String]) -> Option<(&[String], &[String])> {
    let tokens = match tokens.first().map(String::as_str) {
        Some("between" | "from") => &tokens[1..],
        _ => tokens,
    };
    let at = tokens
        .iter()
        .position(|t| matches!(t.as_str(), "to" | "and" | "-"))?;
    // "a hundred and fifty" is one number, not a range.
    if tokens[at] == "and" && number(tokens).is_some() {
        return None;
    }
    let (low, high) = (&tokens[..at], &tokens[at + 1..]);
    (!low.is_empty() && !high.is_empty()).then_some((low, high))
}

/// A number read from tokens.
#[derive(Debug, Clone, Copy)]
struct Parsed {
    value: f64,
    /// A fraction standing alone ("a third"), not of a scale ("a third of a million").
    bare_fraction: bool,
}

/// Reads a whole token slice as one number; also returns the scale word
/// factor written on it, if any ("6 million" has 1e6).
fn number(tokens: &[String]) -> Option<(Parsed, Option<f64>)> {
    if tokens.is_empty() {
        return None;
    }
    if let Some(found) = fraction_then_scale(tokens) {
        return Some(found);
    }
    let (mantissa, rest) = cardinal(tokens)?;
    let mut scale = None::<f64>;
    for token in rest {
        let factor = scale_word(token)?;
        scale = Some(scale.unwrap_or(1.0) * factor);
    }
    let value = mantissa * scale.unwrap_or(1.0);
    value.is_finite().then_some((
        Parsed {
            value,
            bare_fraction: false,
        },
        scale,
    ))
}

/// "half", "a third", "two-thirds", "three quarters", optionally followed by
/// "(of) (a) million".
fn fraction_then_scale(tokens: &[String]) -> Option<(Parsed, Option<f64>)> {
    let (fraction, used) = fraction(tokens)?;
    let mut rest = &tokens[used..];
    if rest.is_empty() {
        return Some((
            Parsed {
                value: fraction,
                bare_fraction: true,
            },
            None,
        ));
    }
    if rest[0] == "of" {
        rest = &rest[1..];
    }
    if matches!(rest.first().map(String::as_str), Some("a" | "an")) {
        rest = &rest[1..];
    }
    if rest.is_empty() {
        return None;
    }
    let mut scale = 1.0;
    for token in rest {
        scale *= scale_word(token)?;
    }
    Some((
        Parsed {
            value: fraction * scale,
            bare_fraction: false,
        },
        Some(scale),
    ))
}

/// A fraction at the start of `tokens`, and how many tokens it took.
fn fraction(tokens: &[String]) -> Option<(f64, usize)> {
    let first = tokens[0].as_str();
    if first == "half" {
        return Some((0.5, 1));
    }
    let numerator = match first {
        "a" | "an" | "one" => 1.0,
        word => small_number_word(word)?,
    };
    let denominator = denominator_word(tokens.get(1)?, numerator > 1.0)?;
    Some((numerator / denominator, 2))
}

fn denominator_word(word: &str, plural: bool) -> Option<f64> {
    let singular = if plural {
        word.strip_suffix('s')?
    } else {
        word
    };
    Some(match singular {
        "half" if !plural => 2.0,
        "halve" if plural => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

/// A cardinal at the start of `tokens` (digits or number words) and the
/// tokens after it.
fn cardinal(tokens: &[String]) -> Option<(f64, &[String])> {
    if let Some((value, suffix_scale)) = digits(&tokens[0]) {
        return Some((value * suffix_scale, &tokens[1..]));
    }
    number_words(tokens)
}

/// Digits with an optional decimal part and an attached scale suffix
/// ("3.8bn", "12k"). Separators were removed by [`tokenize`].
fn digits(token: &str) -> Option<(f64, f64)> {
    let split = token
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(token.len());
    let (number, suffix) = token.split_at(split);
    if number.is_empty() || number.starts_with('.') || number.ends_with('.') {
        return None;
    }
    if number.matches('.').count() > 1 {
        return None;
    }
    let value: f64 = number.parse().ok()?;
    let scale = match suffix {
        "" => 1.0,
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "bn" | "b" => 1e9,
        "tn" => 1e12,
        _ => return None,
    };
    Some((value, scale))
}

/// English number words up to the hundreds, with "a hundred", "a dozen" and
/// "and": "two hundred and fifty", "twenty-five", "a dozen". Larger scales
/// are left to the caller so that "two hundred thousand" reads as 200 × 1e3.
fn number_words(tokens: &[String]) -> Option<(f64, &[String])> {
    let mut total = 0.0;
    let mut used = 0;
    let mut seen_any = false;
    while used < tokens.len() {
        let word = tokens[used].as_str();
        if let Some(n) = small_number_word(word) {
            total += n;
        } else if word == "hundred" && seen_any {
            total *= 100.0;
        } else if word == "dozen" && seen_any {
            total *= 12.0;
        } else if (word == "a" || word == "an") && !seen_any {
            // "a hundred", "a dozen", "a million": "a" is one only before a magnitude.
            let next = tokens.get(used + 1).map(String::as_str);
            if !matches!(next, Some("hundred" | "dozen"))
                && next.is_none_or(|n| scale_word(n).is_none())
            {
                return None;
            }
            total = 1.0;
        } else if word == "and"
            && seen_any
            && tokens
                .get(used + 1)
                .is_some_and(|n| small_number_word(n).is_some())
        {
            // "two hundred and fifty"
        } else {
            break;
        }
        seen_any = true;
        used += 1;
    }
    seen_any.then_some((total, &tokens[used..]))
}

/// The English number words below twenty, in order from zero.
pub(crate) const NUMBER_WORDS_BELOW_TWENTY: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The English words for twenty to ninety, in order.
pub(crate) const NUMBER_WORDS_TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn small_number_word(word: &str) -> Option<f64> {
    if let Some(n) = NUMBER_WORDS_BELOW_TWENTY.iter().position(|w| *w == word) {
        return Some(n as f64);
    }
    NUMBER_WORDS_TENS
        .iter()
        .position(|w| *w == word)
        .map(|n| (n as f64 + 2.0) * 10.0)
}

fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: f64) {
        let figure = parse_figure(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(figure.value, Value::Number(expected), "{text}");
    }

    #[test]
    fn digits_with_separators() {
        check("417,300", 417_300.0);
        check("62 918", 62_918.0);
        check("62\u{a0}918", 62_918.0);
        check("1,234,567.5", 1_234_567.5);
        check("1.5", 1.5);
        check("12,000", 12_000.0);
        check("1,91,791", 191_791.0);
        check("12,34,567", 1_234_567.0);
        check("3,28,726.5", 328_726.5);
        assert!(parse_figure("123,45,678").is_err());
    }

    #[test]
    fn scale_words_multiply() {
        check("5 million", 5e6);
        check("3.8 billion", 3.8e9);
        check("3.8bn", 3.8e9);
        check("two hundred thousand", 200_000.0);
        check("a million", 1e6);
    }

    #[test]
    fn number_words() {
        check("six million", 6e6);
        check("twenty-five", 25.0);
        check("two hundred and fifty", 250.0);
        check("a dozen", 12.0);
        check("one hundred", 100.0);
    }

    #[test]
    fn fractions_stand_alone_or_scale() {
        let third = parse_figure("a third").unwrap();
        assert_eq!(third.value, Value::Number(1.0 / 3.0));
        assert_eq!(third.unit, Some(Unit::FRACTION));
        check("two-thirds", 2.0 / 3.0);
        check("three quarters", 0.75);
        check("half", 0.5);
        check("half a million", 500_000.0);
        check("a quarter of a million", 250_000.0);
        assert_eq!(parse_figure("half a million").unwrap().unit, None);
    }

    #[test]
    fn percentages_and_currencies_carry_their_unit() {
        for text in ["96 percent", "96%", "96 per cent", "96 Percent"] {
            let figure = parse_figure(text).unwrap();
            assert_eq!(figure.value, Value::Number(96.0), "{text}");
            assert_eq!(figure.unit, Some(Unit::PERCENT), "{text}");
        }
        let money = parse_figure("$5 billion").unwrap();
        assert_eq!(
            (money.value, money.unit),
            (Value::Number(5e9), Some(Unit::USD))
        );
        let money = parse_figure("5 billion dollars").unwrap();
        assert_eq!(
            (money.value, money.unit),
            (Value::Number(5e9), Some(Unit::USD))
        );
        let money = parse_figure("£3m").unwrap();
        assert_eq!(
            (money.value, money.unit),
            (Value::Number(3e6), Some(Unit::GBP))
        );
    }

    #[test]
    fn vague_quantities_are_two_to_ten_times_their_magnitude() {
        let check_vague = |text: &str, low: f64, high: f64| {
            let figure = parse_figure(text).unwrap();
            assert!(figure.vague, "{text}");
            assert_eq!(figure.value, Value::Range { low, high }, "{text}");
        };
        check_vague("Hundreds", 200.0, 1000.0);
        check_vague("dozens", 24.0, 120.0);
        check_vague("tens of thousands", 20_000.0, 100_000.0);
        check_vague("hundreds of thousands", 200_000.0, 1_000_000.0);
        check_vague("billions", 2e9, 1e10);
    }

    #[test]
    fn ranges() {
        let range = |text: &str| parse_figure(text).unwrap().value;
        assert_eq!(
            range("between 10 and 20"),
            Value::Range {
                low: 10.0,
                high: 20.0
            }
        );
        assert_eq!(
            range("5 to 6 million"),
            Value::Range {
                low: 5e6,
                high: 6e6
            }
        );
        assert_eq!(
            range("300-400"),
            Value::Range {
                low: 300.0,
                high: 400.0
            }
        );
        assert_eq!(
            range("300–400"),
            Value::Range {
                low: 300.0,
                high: 400.0
            }
        );
        assert!(parse_figure("20 to 10").is_err());
    }

    #[test]
    fn non_figures_are_errors_not_panics() {
        for text in [
            "", "many", "$", "%", "1.2.3", "a", "half of", "-", "and", "to 5",
        ] {
            assert!(parse_figure(text).is_err(), "{text:?} should not parse");
        }
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn integers_round_trip_with_or_without_separators(
                n in 0u64..1_000_000_000_000,
                separator in prop::sample::select(vec!["", ",", " ", "\u{a0}"]),
            ) {
                let text = crate::strategy::plant::grouped(n, separator);
                prop_assert_eq!(parse_figure(&text).unwrap().value, Value::Number(n as f64));
            }

            #[test]
            fn scale_words_multiply_by_their_power_of_ten(
                n in 1u32..1000,
                (word, factor) in prop::sample::select(vec![
                    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
                ]),
            ) {
                let text = format!("{n} {word}");
                prop_assert_eq!(parse_figure(&text).unwrap().value, Value::Number(f64::from(n) * factor));
            }

            #[test]
            fn decimals_round_trip(whole in 0u32..100_000, frac in 0u32..1000) {
                let text = format!("{whole}.{frac:03}");
                let expected: f64 = text.parse().unwrap();
                prop_assert_eq!(parse_figure(&text).unwrap().value, Value::Number(expected));
            }

            #[test]
            fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
                let _ = parse_figure(&text);
            }
        }
    }
}
