//! Reading figures as written in English news text into numbers.
//!
//! [`parse_figure`] turns the figure of an annotation or of an extracted claim
//! (`417,300`, `62 918`, `3.8 billion`, `half a million`, `two-thirds`,
//! `96 percent`, `$5bn`, `US$2,500`, `Rs 5 lakh crore`, `hundreds`,
//! `between $140 and $345 billion`) into a [`Figure`]. The validator uses it
//! to check that each gold `value` agrees with its `figure`; the reference
//! extractor uses it to normalize what it finds. It reads a figure that has
//! already been cut out of the text; finding figures in running text is the
//! extractor's job.
//!
//! Every scale word, plural magnitude, currency sign and unit comes from the
//! language pack ([`crate::lang`]); this module knows only the grammar of
//! English numerals (digits and their separators, number words, fractions,
//! ranges). Vague quantities follow the annotation guide: a plural magnitude
//! `Ns` ("hundreds", "tens of thousands", "dozens") is the range `2N..=10N`.

use thiserror::Error;

use crate::lang::{self, Surface, SurfaceKind};
use crate::model::Value;
use crate::vocab::Unit;

/// A figure read from text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// The normalized number or range.
    pub value: Value,
    /// The unit the figure itself carries, if any: a sign or word of the
    /// language pack written before the number (`$`, `US$`, `Rs`, `€`,
    /// `magnitude`), a unit word or abbreviation after it (`percent`, `%`,
    /// `km`, `°C`, `dollars`), either with a rate after it (`$71 a barrel`
    /// is `usd/barrel`); for a bare fraction (`a third`, `1/3`, `½`),
    /// [`Unit::FRACTION`].
    pub unit: Option<Unit>,
    /// Whether the figure is a vague quantity (`hundreds`, `dozens`).
    pub vague: bool,
}

/// Why a figure could not be read: what is wrong, what the parser read
/// before it stopped, and where it stopped.
///
/// ```
/// use claimbench::number::{FigureErrorKind, parse_figure};
///
/// let error = parse_figure("1,000 residents").unwrap_err();
/// assert_eq!(error.kind, FigureErrorKind::Unexpected);
/// assert_eq!(error.read, "1,000");
/// let stop = error.stop.as_ref().unwrap();
/// assert_eq!((stop.column, stop.found.as_str()), (7, "residents"));
/// assert_eq!(
///     error.to_string(),
///     "cannot read `1,000 residents` as a figure: read `1,000` then stopped at `residents` (column 7 of the figure)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Error)]
#[error("cannot read `{text}` as a figure: {}", explain(.kind, .read, .stop))]
pub struct FigureError {
    /// The text that was given.
    pub text: String,
    /// What is wrong with it.
    pub kind: FigureErrorKind,
    /// The start of `text` that the parser read before it stopped, without
    /// surrounding white space (`1,000` of `1,000 residents`); empty when it
    /// read nothing.
    pub read: String,
    /// Where the parser stopped, when that is before the end of `text`.
    pub stop: Option<StoppedAt>,
}

/// Where [`parse_figure`] stopped reading a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoppedAt {
    /// The column of the first character not read, counted in characters
    /// (Unicode scalar values) from 1 at the start of the figure.
    pub column: usize,
    /// The word, number or sign that starts there.
    pub found: String,
}

/// What is wrong with a figure that [`parse_figure`] refuses.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum FigureErrorKind {
    /// Occurs when the figure is empty or only white space.
    Empty,
    /// Occurs when no number starts the figure (`many`, `to 5`), or none
    /// follows its sign or a range's separator (`$`, `12 and widgets`).
    NoNumber,
    /// Occurs when a number is followed by text that is neither a scale
    /// word, a unit of the language pack nor the rest of a range
    /// (`1,000 residents`).
    Unexpected,
    /// Occurs when a range has no high end (`between 10`, `10 to`).
    MissingHighEnd,
    /// Occurs when a range's low end is above its high end (`20 to 10`).
    ReversedRange {
        /// The low end as read.
        low: f64,
        /// The high end as read.
        high: f64,
    },
    /// Occurs when the figure carries two units that disagree: a sign and a
    /// unit word of different dimensions (`$5 km`), or the two ends of a
    /// range (`5 km to 6 miles`).
    UnitsDisagree {
        /// The unit read first.
        first: Unit,
        /// The unit that disagrees with it.
        second: Unit,
    },
    /// Occurs when a word that names money only on a scaled figure or after
    /// a sign follows a plain number (`5 pounds`; `5 million pounds` and
    /// `£5` are read).
    AmbiguousUnit,
    /// Occurs when the number is too large to represent.
    TooLarge,
}

/// The reason of a [`FigureError`], as its message says it.
fn explain(kind: &FigureErrorKind, read: &str, stop: &Option<StoppedAt>) -> String {
    let place = match stop {
        Some(stop) => format!(
            "stopped at `{}` (column {} of the figure)",
            stop.found, stop.column
        ),
        None => "the figure ended".to_owned(),
    };
    match kind {
        FigureErrorKind::Empty => "it is empty".to_owned(),
        FigureErrorKind::NoNumber if read.is_empty() => {
            format!("it does not start with a number: {place}")
        }
        FigureErrorKind::NoNumber => format!("read `{read}` but no number after it: {place}"),
        FigureErrorKind::Unexpected => format!("read `{read}` then {place}"),
        FigureErrorKind::MissingHighEnd => {
            format!("read `{read}` then the figure ended before the range's high end")
        }
        FigureErrorKind::ReversedRange { low, high } => {
            format!("the range's low end {low} is above its high end {high}")
        }
        FigureErrorKind::UnitsDisagree { first, second } => {
            format!("it carries two units, `{first}` and `{second}`: read `{read}` then {place}")
        }
        FigureErrorKind::AmbiguousUnit => format!(
            "read `{read}` then {place}, a word that names money only on a scaled figure or after a currency sign (`5 million pounds`, `£5`)"
        ),
        FigureErrorKind::TooLarge => "the number is too large".to_owned(),
    }
}

/// Reads a figure as written: digits, number words, fractions, scale words,
/// vague quantities, signs and units of the language pack, negative figures
/// and ranges.
///
/// `a` or `an` alone or before a unit is one (`a full year` has the figure
/// `a`; `an hour`), and a verb of multiplying of the pack alone is its
/// factor in `times` (`doubled` is 2).
///
/// A range's low end takes the high end's scale and unit when it has none
/// of its own (`5 to 6 million`, `between $140 and $345 billion`,
/// `2 to 2.5 percent`); a range whose low end is above its high end is an
/// error, never a range.
///
/// ```
/// use claimbench::number::parse_figure;
/// use claimbench::{Unit, Value};
///
/// assert_eq!(parse_figure("417,300").unwrap().value, Value::Number(417_300.0));
/// assert_eq!(parse_figure("half a million").unwrap().value, Value::Number(500_000.0));
/// let share = parse_figure("96 percent").unwrap();
/// assert_eq!((share.value, share.unit), (Value::Number(96.0), Some(Unit::PERCENT)));
/// let money = parse_figure("US$2,500").unwrap();
/// assert_eq!((money.value, money.unit), (Value::Number(2_500.0), Some(Unit::USD)));
/// let vague = parse_figure("tens of thousands").unwrap();
/// assert_eq!(vague.value, Value::Range { low: 20_000.0, high: 100_000.0 });
/// let range = parse_figure("between $140 and $345 billion").unwrap();
/// assert_eq!(range.value, Value::Range { low: 140e9, high: 345e9 });
/// ```
pub fn parse_figure(text: &str) -> Result<Figure, FigureError> {
    Parser {
        text,
        tokens: lex(text),
        at: 0,
    }
    .figure()
}

/// A token of a figure: a run of digits with its separators and decimals, a
/// run of letters, or any other character on its own.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    /// Byte offset in the figure.
    start: usize,
    /// Whether white space comes before it.
    spaced: bool,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A number written in digits; `plain` when it has neither separators
    /// nor decimals (a fraction's numerator or denominator).
    Digits {
        value: f64,
        plain: bool,
    },
    Word,
    Symbol,
}

/// Cuts a figure into [`Token`]s, reading thousands separators (`417,300`,
/// `62 918`) and Indian grouping (`1,91,791`) into the number.
fn lex(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<char> = text.chars().collect();
    let offsets: Vec<usize> = text.char_indices().map(|(offset, _)| offset).collect();
    let byte_at = |k: usize| offsets.get(k).copied().unwrap_or(text.len());
    let mut tokens = Vec::new();
    let mut spaced = false;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if c.is_whitespace() {
            spaced = true;
            k += 1;
            continue;
        }
        // `twenty-five`, `two-thirds`, `two-and-a-half`: a hyphen between
        // letters joins words as a space would.
        let between_letters = k > 0
            && chars[k - 1].is_alphabetic()
            && chars.get(k + 1).is_some_and(|next| next.is_alphabetic());
        if between_letters && matches!(c, '-' | '\u{2010}' | '\u{2011}') {
            k += 1;
            continue;
        }
        let from = k;
        let kind = if c.is_ascii_digit() {
            let (end, value, plain) = digits_literal(&chars, k);
            k = end;
            Kind::Digits { value, plain }
        } else if c.is_alphabetic() {
            while chars.get(k).is_some_and(|c| c.is_alphabetic()) {
                k += 1;
            }
            Kind::Word
        } else {
            k += 1;
            Kind::Symbol
        };
        tokens.push(Token {
            text: &text[byte_at(from)..byte_at(k)],
            start: byte_at(from),
            spaced,
            kind,
        });
        spaced = false;
    }
    tokens
}

/// Reads the digits starting at `k`: groups after a comma or a space that
/// hold exactly three digits, Indian pairs, and one decimal part. Returns
/// where the number ends, its value and whether it was plain digits.
fn digits_literal(chars: &[char], mut k: usize) -> (usize, f64, bool) {
    let mut digits = String::new();
    let mut plain = true;
    let mut in_lakh = false;
    loop {
        while let Some(c) = chars.get(k).filter(|c| c.is_ascii_digit()) {
            digits.push(*c);
            k += 1;
        }
        let Some(&separator) = chars.get(k) else {
            break;
        };
        let rest = &chars[k + 1..];
        // Indian grouping opens with one or two digits, as the extractor's
        // tokenizer requires; later pairs continue it.
        let lakh = separator == ',' && (digits.len() <= 2 || in_lakh) && is_lakh_pairs(rest);
        let thousands = (separator == ',' || separator.is_whitespace()) && is_digit_group(rest);
        if !(lakh || thousands) {
            break;
        }
        in_lakh |= lakh;
        plain = false;
        k += 1;
    }
    if chars.get(k) == Some(&'.') && chars.get(k + 1).is_some_and(char::is_ascii_digit) {
        plain = false;
        digits.push('.');
        k += 1;
        while let Some(c) = chars.get(k).filter(|c| c.is_ascii_digit()) {
            digits.push(*c);
            k += 1;
        }
    }
    // Digits and one point always parse; a number too long for an f64 is
    // infinite and refused by the parser.
    let value = digits.parse().unwrap_or(f64::INFINITY);
    (k, value, plain)
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

/// Hyphens and dashes: between two numbers, a range's separator.
const DASHES: &[&str] = &["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"];

/// A number read without its sign or unit.
#[derive(Debug, Clone, Copy)]
struct Numeral {
    value: f64,
    /// The factor of the scale word that ends it (`6 million` has 1e6,
    /// `two hundred` 100), which a range's low end without any scale word
    /// takes from its high end.
    scale: Option<f64>,
    /// Whether a scale word is written anywhere in it (`a hundred and
    /// fifty` is scaled, but ends in no scale).
    scaled: bool,
    /// A fraction standing alone (`a third`, `1/3`), not of a scale (`a
    /// third of a million`).
    bare_fraction: bool,
}

/// One end of a range, or the whole of a single figure.
#[derive(Debug, Clone, Copy)]
struct End {
    numeral: Numeral,
    unit: Option<Unit>,
}

impl End {
    fn unit(&self) -> Option<Unit> {
        self.unit
            .or(self.numeral.bare_fraction.then_some(Unit::FRACTION))
    }
}

struct Parser<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    /// The next token to read.
    at: usize,
}

impl<'a> Parser<'a> {
    fn figure(mut self) -> Result<Figure, FigureError> {
        if self.tokens.is_empty() {
            return Err(self.error(FigureErrorKind::Empty));
        }
        if let Some(factor) = self.multiplying_verb() {
            return Ok(Figure {
                value: Value::Number(factor),
                unit: Some(Unit::TIMES),
                vague: false,
            });
        }
        if let Some(share) = self.one_in_n() {
            return Ok(Figure {
                value: Value::Number(share),
                unit: Some(Unit::FRACTION),
                vague: false,
            });
        }
        if let Some(value) = self.vague() {
            let unit = self.unit_after(true)?;
            self.finish()?;
            return Ok(Figure {
                value,
                unit,
                vague: true,
            });
        }
        let introduced = self.is_word(0, "between") || self.is_word(0, "from");
        if introduced {
            self.at += 1;
        }
        let low = self.end()?;
        if self.done() {
            if introduced {
                return Err(self.error(FigureErrorKind::MissingHighEnd));
            }
            return Ok(Figure {
                value: Value::Number(low.numeral.value),
                unit: low.unit(),
                vague: false,
            });
        }
        // `one or two`, `two or three`: alternatives read as the range they
        // span. (`300 or more` never reaches here: its figure is `300`.)
        let alternatives = !introduced && self.is_word(0, "or");
        if !(self.is_word(0, "to")
            || self.is_word(0, "and")
            || alternatives
            || self.is_symbol(0, DASHES))
        {
            return Err(self.error(FigureErrorKind::Unexpected));
        }
        self.at += 1;
        if self.done() {
            return Err(self.error(FigureErrorKind::MissingHighEnd));
        }
        let high_at = self.at;
        let high = self.end()?;
        self.finish()?;
        self.range(low, high, high_at)
    }

    /// A verb or adverb of multiplying of the pack as the whole figure
    /// (`doubled` and `twice` are 2 `times`, `halved` 0.5).
    fn multiplying_verb(&mut self) -> Option<f64> {
        let [token] = self.tokens.as_slice() else {
            return None;
        };
        let factor = lang::multiplying_verb(token.text)
            .or_else(|| lang::multiplying_adverb(token.text))
            .filter(|_| token.kind == Kind::Word)?;
        self.at = 1;
        Some(factor)
    }

    /// `one in three`, `1 in 4`: a share of a whole, as the whole figure,
    /// in `fraction` (one in three is 1/3). Both numbers are small whole
    /// numbers in digits or words, the first no larger than the second.
    fn one_in_n(&mut self) -> Option<f64> {
        let [part, word, whole] = self.tokens.as_slice() else {
            return None;
        };
        if word.kind != Kind::Word || !word.text.eq_ignore_ascii_case("in") {
            return None;
        }
        let small = |token: &Token<'_>| match token.kind {
            Kind::Digits { value, plain: true } => Some(value),
            Kind::Word => small_number_word(&token.text.to_ascii_lowercase()),
            _ => None,
        };
        let (part, whole) = (small(part)?, small(whole)?);
        if part < 1.0 || whole < part {
            return None;
        }
        self.at = 3;
        Some(part / whole)
    }

    /// Joins a range's ends: the low end takes the high end's scale and
    /// unit when it has none.
    fn range(&self, low: End, high: End, high_at: usize) -> Result<Figure, FigureError> {
        let low_value = match high.numeral.scale {
            Some(scale) if !low.numeral.scaled => low.numeral.value * scale,
            _ => low.numeral.value,
        };
        let high_value = high.numeral.value;
        let unit = match (low.unit(), high.unit()) {
            (Some(first), Some(second)) if first != second => {
                return Err(
                    self.error_at(FigureErrorKind::UnitsDisagree { first, second }, high_at)
                );
            }
            (first, second) => first.or(second),
        };
        // Anything but `low <= high` is refused, NaN too (no figure should
        // produce one).
        let ordered = matches!(
            low_value.partial_cmp(&high_value),
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        );
        if !ordered {
            return Err(self.error_at(
                FigureErrorKind::ReversedRange {
                    low: low_value,
                    high: high_value,
                },
                self.tokens.len(),
            ));
        }
        Ok(Figure {
            value: Value::Range {
                low: low_value,
                high: high_value,
            },
            unit,
            vague: false,
        })
    }

    /// A single figure or one end of a range: `minus`, a sign, the number,
    /// its unit and a rate.
    fn end(&mut self) -> Result<End, FigureError> {
        let start = self.at;
        let negative = self.is_word(0, "minus") || self.is_symbol(0, &["-", "\u{2212}"]);
        if negative {
            self.at += 1;
        }
        let sign = self.prefix();
        let Some(mut numeral) = self.numeral() else {
            return Err(self.error(FigureErrorKind::NoNumber));
        };
        if !numeral.value.is_finite() {
            return Err(self.error_at(FigureErrorKind::TooLarge, start));
        }
        if negative {
            numeral.value = -numeral.value;
        }
        let unit_at = self.at;
        let after = self.unit_after(numeral.scaled || sign.is_some())?;
        let unit = match (sign, after) {
            // `¥5 yuan`: the name after the figure decides between the
            // currencies a sign may stand for.
            (Some(first), Some(second)) if first.dimension() != second.dimension() => {
                return Err(
                    self.error_at(FigureErrorKind::UnitsDisagree { first, second }, unit_at)
                );
            }
            (sign, after) => after.or(sign),
        };
        let unit = self.rate(unit);
        Ok(End { numeral, unit })
    }

    /// A sign or word of the pack written before the number (`$`, `US$`,
    /// `Rs`, `magnitude`).
    fn prefix(&mut self) -> Option<Unit> {
        let (unit, _, end) =
            self.surface_at(self.at, |surface| surface.kind == SurfaceKind::Prefix)?;
        self.skip_to(end);
        Some(Unit::simple(unit))
    }

    /// A unit word or abbreviation after the number (`percent`, `km`,
    /// `°C`), or the singular name after a hyphen (`300-mile`). Words that
    /// name money only on a scaled figure (`pounds`) are read when `scaled`.
    fn unit_after(&mut self, scaled: bool) -> Result<Option<Unit>, FigureError> {
        let Some(token) = self.peek(0) else {
            return Ok(None);
        };
        let glued = !token.spaced && self.previous_is_digits();
        let hyphen = glued
            && token.text == "-"
            && self
                .peek(1)
                .is_some_and(|next| next.kind == Kind::Word && !next.spaced);
        let at = if hyphen { self.at + 1 } else { self.at };
        let found = self.surface_at(at, |surface| match surface.kind {
            SurfaceKind::Word => true,
            // `40C`, `5t`: a one-letter abbreviation only against the digits.
            SurfaceKind::Abbreviation => !hyphen && (glued || !surface.is_one_letter()),
            SurfaceKind::Ambiguous => !hyphen,
            SurfaceKind::Prefix | SurfaceKind::Per => false,
        });
        let Some((unit, kind, end)) = found else {
            return Ok(None);
        };
        if kind == SurfaceKind::Ambiguous && !scaled {
            return Err(self.error(FigureErrorKind::AmbiguousUnit));
        }
        self.skip_to(end);
        Ok(Some(Unit::simple(unit)))
    }

    /// `$71 a barrel`, `dollars per barrel`, `km/day`: a unit per another.
    fn rate(&mut self, unit: Option<Unit>) -> Option<Unit> {
        let of = unit.filter(|unit| unit.per().is_none())?;
        let joined = self.is_word(0, "per")
            || self.is_word(0, "a")
            || self.is_word(0, "an")
            || self.is_symbol(0, &["/"]);
        if !joined {
            return unit;
        }
        let found = self.surface_at(self.at + 1, |surface| {
            matches!(surface.kind, SurfaceKind::Word | SurfaceKind::Abbreviation)
                && !surface.is_one_letter()
        });
        match found {
            Some((per, _, end)) => {
                self.skip_to(end);
                Some(Unit::rate(of.of(), per))
            }
            None => unit,
        }
    }

    /// The longest surface of the pack that starts at token `at` and that
    /// `wanted` accepts: its unit, kind and the byte offset where it ends
    /// (always the end of a token).
    fn surface_at(
        &self,
        at: usize,
        wanted: impl Fn(&Surface) -> bool,
    ) -> Option<(lang::UnitId, SurfaceKind, usize)> {
        let token = self.tokens.get(at)?;
        if matches!(token.kind, Kind::Digits { .. }) {
            return None;
        }
        lang::surfaces_starting(token.text)
            .iter()
            .filter(|surface| wanted(surface))
            .find_map(|surface| {
                let end = surface_end(self.text, token.start, surface)?;
                self.ends_a_token(end)
                    .then_some((surface.unit, surface.kind, end))
            })
    }

    /// Whether a token ends at byte `end` (and so the next starts after it).
    fn ends_a_token(&self, end: usize) -> bool {
        end == self.text.len()
            || self
                .tokens
                .iter()
                .any(|token| token.start + token.text.len() == end)
    }

    /// Moves past every token before byte `end`.
    fn skip_to(&mut self, end: usize) {
        while self.peek(0).is_some_and(|token| token.start < end) {
            self.at += 1;
        }
    }

    /// A number: a fraction, digits, or number words, with their scales.
    fn numeral(&mut self) -> Option<Numeral> {
        if let Some(numeral) = self.fraction() {
            return Some(numeral);
        }
        let Some(Kind::Digits { value, .. }) = self.peek(0).map(|token| token.kind) else {
            return self.number_words();
        };
        self.at += 1;
        let mut value = value;
        // `2½`
        if let Some(fraction) = self
            .peek(0)
            .filter(|token| !token.spaced)
            .and_then(|token| vulgar_fraction(token.text))
        {
            value += fraction;
            self.at += 1;
        }
        // `2 and a half million`
        if let Some((fraction, used)) = self.and_a_fraction() {
            value += fraction;
            self.at += used;
        }
        let Some((scale, last)) = self.scales() else {
            return Some(Numeral {
                value,
                scale: None,
                scaled: false,
                bare_fraction: false,
            });
        };
        value *= scale;
        // `6 million and a half`
        if let Some((fraction, used)) = self.and_a_fraction() {
            value += fraction * last;
            self.at += used;
        }
        Some(Numeral {
            value,
            scale: Some(scale),
            scaled: true,
            bare_fraction: false,
        })
    }

    /// Scale words of the pack after a number (`million`, glued `bn`,
    /// `lakh crore`): their product and the last one's factor.
    fn scales(&mut self) -> Option<(f64, f64)> {
        let mut product = None::<f64>;
        let mut last = 1.0;
        while let Some(token) = self.peek(0).filter(|token| token.kind == Kind::Word) {
            let glued = !token.spaced && self.previous_is_digits();
            let Some(factor) = lang::scale(token.text, glued) else {
                break;
            };
            product = Some(product.unwrap_or(1.0) * factor);
            last = factor;
            self.at += 1;
        }
        product.map(|product| (product, last))
    }

    /// A fraction (`half`, `a third`, `two-thirds`, `1/3`, `½`), alone or
    /// of a scale (`half a million`, `a quarter of a million`).
    fn fraction(&mut self) -> Option<Numeral> {
        let value = self.fraction_value()?;
        let before = self.at;
        if self.is_word(0, "of") {
            self.at += 1;
        }
        if self.is_word(0, "a") || self.is_word(0, "an") {
            self.at += 1;
        }
        match self.scales() {
            Some((scale, _)) => Some(Numeral {
                value: value * scale,
                scale: Some(scale),
                scaled: true,
                bare_fraction: false,
            }),
            None => {
                self.at = before;
                Some(Numeral {
                    value,
                    scale: None,
                    scaled: false,
                    bare_fraction: true,
                })
            }
        }
    }

    fn fraction_value(&mut self) -> Option<f64> {
        let first = self.peek(0)?;
        match first.kind {
            Kind::Digits {
                value: numerator,
                plain: true,
            } => {
                let slash = self.peek(1).filter(|t| t.text == "/" && !t.spaced)?;
                let _ = slash;
                let Kind::Digits {
                    value: denominator,
                    plain: true,
                } = self.peek(2).filter(|t| !t.spaced)?.kind
                else {
                    return None;
                };
                if denominator == 0.0 {
                    return None;
                }
                self.at += 3;
                Some(numerator / denominator)
            }
            Kind::Digits { .. } => None,
            Kind::Symbol => {
                let value = vulgar_fraction(first.text)?;
                self.at += 1;
                Some(value)
            }
            Kind::Word => {
                let word = first.text.to_lowercase();
                if word == "half" {
                    self.at += 1;
                    return Some(0.5);
                }
                let numerator = match word.as_str() {
                    "a" | "an" | "one" => 1.0,
                    word => small_number_word(word)?,
                };
                let denominator = self.peek(1).filter(|t| t.kind == Kind::Word)?;
                let denominator =
                    denominator_word(&denominator.text.to_lowercase(), numerator > 1.0)?;
                self.at += 2;
                Some(numerator / denominator)
            }
        }
    }

    /// `and a half`, `and three quarters` at the next token: the fraction
    /// and how many tokens it takes.
    fn and_a_fraction(&self) -> Option<(f64, usize)> {
        if !self.is_word(0, "and") {
            return None;
        }
        let numerator = self.peek(1).filter(|t| t.kind == Kind::Word)?;
        let numerator = match numerator.text.to_lowercase().as_str() {
            "a" | "an" | "one" => 1.0,
            word => small_number_word(word)?,
        };
        let denominator = self.peek(2).filter(|t| t.kind == Kind::Word)?;
        let denominator = denominator_word(&denominator.text.to_lowercase(), numerator > 1.0)?;
        Some((numerator / denominator, 3))
    }

    /// English number words up to the trillions: `twenty-three thousand`,
    /// `two hundred and five thousand`, `one million two hundred thousand`,
    /// `a dozen`, `six million and a half`, `two and a half million`, `five
    /// lakh crore`.
    fn number_words(&mut self) -> Option<Numeral> {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum Last {
            Start,
            Tens,
            Units,
            Hundred,
            And,
            Scale,
            /// `and a half`, `dozen`: only a scale may follow.
            Closed,
        }
        let start = self.at;
        let mut total = 0.0;
        let mut chunk = None::<f64>;
        let mut last = Last::Start;
        let mut last_scale = 1.0;
        let mut trailing_scale = None;
        let mut scaled = false;
        while let Some(token) = self.peek(0) {
            if token.kind != Kind::Word {
                break;
            }
            let word = token.text.to_lowercase();
            if let Some(n) = small_number_word(&word) {
                let fits = match last {
                    Last::Start | Last::Hundred | Last::And | Last::Scale => true,
                    Last::Tens => (1.0..10.0).contains(&n),
                    Last::Units | Last::Closed => false,
                };
                if !fits {
                    break;
                }
                chunk = Some(chunk.unwrap_or(0.0) + n);
                last = if n >= 20.0 { Last::Tens } else { Last::Units };
                trailing_scale = None;
            } else if word == "hundred"
                && matches!(last, Last::Tens | Last::Units)
                && chunk.is_some_and(|c| c < 100.0)
            {
                chunk = chunk.map(|c| c * 100.0);
                last = Last::Hundred;
                trailing_scale = Some(100.0);
                scaled = true;
            } else if word == "dozen" && matches!(last, Last::Tens | Last::Units) {
                chunk = chunk.map(|c| c * 12.0);
                last = Last::Closed;
                trailing_scale = Some(12.0);
                scaled = true;
            } else if let Some(factor) = lang::scale(token.text, false).filter(|f| *f >= 1e3) {
                match (chunk, last) {
                    (Some(c), _) => total += c * factor,
                    // `five lakh crore`: scales multiply one another.
                    (None, Last::Scale) => total *= factor,
                    _ => break,
                }
                chunk = None;
                last = Last::Scale;
                last_scale = factor;
                trailing_scale = Some(factor);
                scaled = true;
            } else if (word == "a" || word == "an") && last == Last::Start {
                // `a hundred`, `a dozen`, `a million`: `a` is one before a
                // magnitude; and one of a unit when it is the whole figure or
                // a unit follows (`a full year` has the figure `a`; `an
                // hour`), as the annotation guide writes durations.
                let magnitude = self.peek(1).is_some_and(|next| {
                    next.text.eq_ignore_ascii_case("hundred")
                        || next.text.eq_ignore_ascii_case("dozen")
                        || lang::scale(next.text, false).is_some()
                });
                let of_a_unit = self.tokens.len() == self.at + 1
                    || self
                        .surface_at(self.at + 1, |surface| {
                            matches!(surface.kind, SurfaceKind::Word | SurfaceKind::Abbreviation)
                                && !surface.is_one_letter()
                        })
                        .is_some();
                if magnitude {
                    chunk = Some(1.0);
                    last = Last::Units;
                } else if of_a_unit && self.at == 0 {
                    chunk = Some(1.0);
                    last = Last::Closed;
                } else {
                    break;
                }
            } else if word == "and" {
                if let Some((fraction, used)) = self.and_a_fraction() {
                    match last {
                        // `six million and a half`
                        Last::Scale => total += fraction * last_scale,
                        // `two and a half`
                        Last::Tens | Last::Units => {
                            chunk = Some(chunk.unwrap_or(0.0) + fraction);
                            trailing_scale = None;
                        }
                        _ => break,
                    }
                    self.at += used;
                    last = Last::Closed;
                    continue;
                }
                // `two hundred and fifty`, `a thousand and one`
                let number_follows = self
                    .peek(1)
                    .is_some_and(|next| small_number_word(&next.text.to_lowercase()).is_some());
                if !(number_follows && matches!(last, Last::Hundred | Last::Scale)) {
                    break;
                }
                last = Last::And;
            } else {
                break;
            }
            self.at += 1;
        }
        if self.at == start {
            return None;
        }
        Some(Numeral {
            value: total + chunk.unwrap_or(0.0),
            scale: trailing_scale,
            scaled,
            bare_fraction: false,
        })
    }

    /// A vague quantity: plural magnitudes joined by `of` (`tens of
    /// thousands`) is `2N..=10N`, N the product of the magnitudes.
    fn vague(&mut self) -> Option<Value> {
        let magnitude_at = |k: usize| {
            self.peek(k)
                .filter(|token| token.kind == Kind::Word)
                .and_then(|token| lang::plural_magnitude(token.text))
        };
        let mut magnitude = magnitude_at(0)?;
        let mut used = 1;
        while self.is_word(used, "of") {
            let Some(next) = magnitude_at(used + 1) else {
                break;
            };
            magnitude *= next;
            used += 2;
        }
        self.at += used;
        Some(Value::Range {
            low: 2.0 * magnitude,
            high: 10.0 * magnitude,
        })
    }

    fn finish(&self) -> Result<(), FigureError> {
        if self.done() {
            Ok(())
        } else {
            Err(self.error(FigureErrorKind::Unexpected))
        }
    }

    fn done(&self) -> bool {
        self.at >= self.tokens.len()
    }

    fn peek(&self, ahead: usize) -> Option<&Token<'a>> {
        self.tokens.get(self.at + ahead)
    }

    fn is_word(&self, ahead: usize, word: &str) -> bool {
        self.peek(ahead)
            .is_some_and(|token| token.kind == Kind::Word && token.text.eq_ignore_ascii_case(word))
    }

    fn is_symbol(&self, ahead: usize, symbols: &[&str]) -> bool {
        self.peek(ahead)
            .is_some_and(|token| token.kind == Kind::Symbol && symbols.contains(&token.text))
    }

    fn previous_is_digits(&self) -> bool {
        self.at > 0 && matches!(self.tokens[self.at - 1].kind, Kind::Digits { .. })
    }

    /// An error at the next token.
    fn error(&self, kind: FigureErrorKind) -> FigureError {
        self.error_at(kind, self.at)
    }

    /// An error that stopped the parser at token `at` (past the end: after
    /// the whole figure).
    fn error_at(&self, kind: FigureErrorKind, at: usize) -> FigureError {
        let stop = self.tokens.get(at).map(|token| StoppedAt {
            column: self.text[..token.start].chars().count() + 1,
            found: token.text.to_owned(),
        });
        let read_to = self.tokens.get(at).map_or(self.text.len(), |t| t.start);
        FigureError {
            text: self.text.to_owned(),
            kind,
            // `five-six` read `five`: the hyphen joined the word it stopped at.
            read: self.text[..read_to]
                .trim_end_matches(['-', '\u{2010}', '\u{2011}'])
                .trim()
                .to_owned(),
            stop,
        }
    }
}

/// Where `surface` ends if it is written at byte `start` of `text`: its
/// tokens in order, with white space (or, between words, a hyphen) allowed
/// between them, compared ignoring case when the surface says so, and
/// never ending inside a word or a number.
fn surface_end(text: &str, start: usize, surface: &Surface) -> Option<usize> {
    let mut at = start;
    let mut previous: Option<&str> = None;
    for token in &surface.tokens {
        if let Some(previous) = previous {
            let rest = &text[at..];
            let trimmed = rest.trim_start();
            let mut skipped = rest.len() - trimmed.len();
            let between_words =
                previous.ends_with(char::is_alphabetic) && token.starts_with(char::is_alphabetic);
            if skipped == 0 && between_words && trimmed.starts_with('-') {
                skipped = 1;
            }
            at += skipped;
        }
        let rest = &text[at..];
        let length = if surface.fold_case {
            let chars = token.chars().count();
            let end = rest
                .char_indices()
                .nth(chars)
                .map_or(rest.len(), |(b, _)| b);
            (rest[..end].to_lowercase() == *token).then_some(end)?
        } else {
            rest.starts_with(token.as_str()).then_some(token.len())?
        };
        at += length;
        let next = text[at..].chars().next();
        let last = token.chars().last();
        let inside_word =
            last.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
        let inside_number =
            last.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit());
        if inside_word || inside_number {
            return None;
        }
        previous = Some(token);
    }
    Some(at)
}

/// A surface of one letter (`C`, `t`): read only against the digits.
/// The value of a vulgar fraction character (`½`, `¾`).
fn vulgar_fraction(text: &str) -> Option<f64> {
    let mut chars = text.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let (numerator, denominator) = match c {
        '½' => (1.0, 2.0),
        '⅓' => (1.0, 3.0),
        '⅔' => (2.0, 3.0),
        '¼' => (1.0, 4.0),
        '¾' => (3.0, 4.0),
        '⅕' => (1.0, 5.0),
        '⅖' => (2.0, 5.0),
        '⅗' => (3.0, 5.0),
        '⅘' => (4.0, 5.0),
        '⅙' => (1.0, 6.0),
        '⅚' => (5.0, 6.0),
        '⅐' => (1.0, 7.0),
        '⅛' => (1.0, 8.0),
        '⅜' => (3.0, 8.0),
        '⅝' => (5.0, 8.0),
        '⅞' => (7.0, 8.0),
        '⅑' => (1.0, 9.0),
        '⅒' => (1.0, 10.0),
        _ => return None,
    };
    Some(numerator / denominator)
}

/// The denominator an ordinal word names (`third`, `quarters`), plural
/// after a numerator above one.
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
#[cfg(test)]
mod tests {
    use super::*;

    use crate::vocab::UnitId;

    fn figure(text: &str) -> Figure {
        parse_figure(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn check(text: &str, expected: f64) {
        assert_eq!(figure(text).value, Value::Number(expected), "{text}");
    }

    fn check_unit(text: &str, expected: f64, unit: Unit) {
        let figure = figure(text);
        assert_eq!(
            (figure.value, figure.unit),
            (Value::Number(expected), Some(unit)),
            "{text}"
        );
    }

    fn check_range(text: &str, low: f64, high: f64, unit: Option<Unit>) {
        let figure = figure(text);
        assert_eq!(
            (figure.value, figure.unit),
            (Value::Range { low, high }, unit),
            "{text}"
        );
    }

    fn error(text: &str) -> FigureError {
        match parse_figure(text) {
            Ok(figure) => panic!("{text:?} should not parse, but reads as {figure:?}"),
            Err(error) => error,
        }
    }

    fn unit(name: &str) -> Unit {
        Unit::from_id(name).unwrap_or_else(|| panic!("no unit `{name}` in the pack"))
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
        check("two dozen", 24.0);
        check("one hundred", 100.0);
    }

    #[test]
    fn number_words_up_to_the_millions() {
        check("twenty-three thousand", 23_000.0);
        check("two hundred and five thousand", 205_000.0);
        check("one million two hundred thousand", 1_200_000.0);
        check("a thousand and one", 1_001.0);
        check(
            "nine hundred and ninety-nine thousand nine hundred and ninety-nine",
            999_999.0,
        );
        check("Twenty Three Million", 23e6);
        // Two units words in a row are two numbers, not one.
        assert_eq!(error("five six").kind, FigureErrorKind::Unexpected);
    }

    #[test]
    fn fractions_stand_alone_or_scale() {
        let third = figure("a third");
        assert_eq!(third.value, Value::Number(1.0 / 3.0));
        assert_eq!(third.unit, Some(Unit::FRACTION));
        check("two-thirds", 2.0 / 3.0);
        check("three quarters", 0.75);
        check("half", 0.5);
        check("half a million", 500_000.0);
        check("a quarter of a million", 250_000.0);
        assert_eq!(figure("half a million").unit, None);
    }

    #[test]
    fn fractions_in_digits_and_signs() {
        check_unit("1/3", 1.0 / 3.0, Unit::FRACTION);
        check_unit("3/4", 0.75, Unit::FRACTION);
        check_unit("½", 0.5, Unit::FRACTION);
        check_unit("¾", 0.75, Unit::FRACTION);
        // A whole number with a fraction is a number, not a share.
        let mixed = figure("2½");
        assert_eq!((mixed.value, mixed.unit), (Value::Number(2.5), None));
        check("1½ million", 1.5e6);
        assert_eq!(error("1/0").kind, FigureErrorKind::Unexpected);
    }

    #[test]
    fn halves_after_a_scale_or_before_it() {
        check("six million and a half", 6.5e6);
        check("two and a half million", 2.5e6);
        check("a million and a half", 1.5e6);
        check("one and a half", 1.5);
        check("2 and a half million", 2.5e6);
        check("6 million and a half", 6.5e6);
        check("three and three quarters", 3.75);
        check("two-and-a-half million", 2.5e6);
        // Not a range whose low end (six million) is above its high end (a half).
        assert!(matches!(
            figure("six million and a half").value,
            Value::Number(_)
        ));
    }

    #[test]
    fn percentages_and_currencies_carry_their_unit() {
        for text in ["96 percent", "96%", "96 per cent", "96 Percent", "96 pct"] {
            check_unit(text, 96.0, Unit::PERCENT);
        }
        check_unit("$5 billion", 5e9, Unit::USD);
        check_unit("5 billion dollars", 5e9, Unit::USD);
        check_unit("£3m", 3e6, Unit::GBP);
    }

    #[test]
    fn currency_signs_before_figures_with_separators() {
        check_unit("£1,717", 1_717.0, Unit::GBP);
        check_unit("US$2,500", 2_500.0, Unit::USD);
        check_unit("€1,115", 1_115.0, Unit::EUR);
        check_unit("$1,000", 1_000.0, Unit::USD);
        check_unit("A$3.5 billion", 3.5e9, Unit::AUD);
        check_unit("C$200", 200.0, Unit::CAD);
        check_unit("HK$1,250,000", 1_250_000.0, Unit::HKD);
        check_unit("NZ$40", 40.0, Unit::NZD);
        check_unit("R$5bn", 5e9, Unit::BRL);
        check_unit("LE18 billion", 18e9, Unit::EGP);
        check_unit("Rs 500", 500.0, Unit::INR);
        check_unit("₹2,000 crore", 2e10, Unit::INR);
        check_unit("¥500 million", 5e8, Unit::JPY);
        check_unit("CHF 2.5 million", 2.5e6, Unit::CHF);
        check_unit("US $ 12", 12.0, Unit::USD);
        // The name after the figure decides what a sign stands for.
        check_unit("¥5 billion yuan", 5e9, Unit::CNY);
    }

    /// Each prefix of the pack, written as its tokens, before a number.
    #[test]
    fn every_sign_of_the_pack_reads_as_its_unit() {
        let mut signs = 0;
        for surface in lang::all_surfaces().filter(|s| s.kind == SurfaceKind::Prefix) {
            let text = format!("{}1,250", surface.written());
            check_unit(&text, 1_250.0, Unit::simple(surface.unit));
            signs += 1;
        }
        assert!(signs > 100, "the pack has {signs} signs");
    }

    /// Each unit word and abbreviation of the pack after a number; one-letter
    /// abbreviations against the digits, and money words that need a scale
    /// after one.
    #[test]
    fn every_unit_surface_of_the_pack_reads_as_its_unit() {
        let mut surfaces = 0;
        for surface in lang::all_surfaces() {
            let text = surface.written();
            let figure = match surface.kind {
                SurfaceKind::Prefix | SurfaceKind::Per => continue,
                // `5m` is five million and `5K` five thousand: a glued
                // scale comes before a unit.
                SurfaceKind::Abbreviation if lang::scale(&text, true).is_some() => continue,
                SurfaceKind::Abbreviation if surface.is_one_letter() => format!("250{text}"),
                // `pound` names a weight only on an unscaled figure, which
                // the parser leaves to the reader (an `AmbiguousUnit` error).
                SurfaceKind::Ambiguous
                    if surface.unit.dimension() != crate::vocab::Dimension::Money =>
                {
                    continue;
                }
                SurfaceKind::Ambiguous => format!("250 million {text}"),
                SurfaceKind::Word | SurfaceKind::Abbreviation => format!("250 {text}"),
            };
            let expected = if surface.kind == SurfaceKind::Ambiguous {
                250e6
            } else {
                250.0
            };
            check_unit(&figure, expected, Unit::simple(surface.unit));
            surfaces += 1;
        }
        assert!(surfaces > 500, "the pack has {surfaces} unit surfaces");
    }

    #[test]
    fn glued_scales_and_units() {
        check("13million", 13e6);
        check("3.8million", 3.8e6);
        check_unit("$5bn", 5e9, Unit::USD);
        check("5bln", 5e9);
        check_unit("€2.5bn", 2.5e9, Unit::EUR);
        check_unit("200km", 200.0, Unit::KM);
        check("12k", 12e3);
        check("3 lakh", 3e5);
        check_unit("40C", 40.0, Unit::CELSIUS);
        check_unit("5t", 5.0, Unit::TONNES);
        // Scales and one-letter units are glued or not read: `5 m` is no
        // million, and one-letter units need the digits.
        assert_eq!(error("5 m").kind, FigureErrorKind::Unexpected);
        assert_eq!(error("5 t").kind, FigureErrorKind::Unexpected);
        assert_eq!(error("12 k").kind, FigureErrorKind::Unexpected);
    }

    #[test]
    fn unit_words_and_abbreviations_after_the_figure() {
        check_unit("40 pc", 40.0, Unit::PERCENT);
        check_unit("4 tons", 4.0, Unit::TONNES);
        check("5 bln", 5e9);
        check_unit("300 miles", 300.0, Unit::MILE);
        check_unit("40°C", 40.0, Unit::CELSIUS);
        check_unit("40 °C", 40.0, Unit::CELSIUS);
        check_unit("12,300 square-kilometers", 12_300.0, Unit::KM2);
        check_unit("5 sq km", 5.0, Unit::KM2);
        check_unit("300-mile", 300.0, Unit::MILE);
        check_unit("72 hours", 72.0, unit("hour"));
        check_unit("5 million USD", 5e6, Unit::USD);
        check_unit("magnitude 7.6", 7.6, unit("magnitude"));
    }

    #[test]
    fn rates_keep_both_units() {
        check_unit(
            "$71 a barrel",
            71.0,
            Unit::rate(UnitId::Usd, UnitId::Barrel),
        );
        check_unit(
            "71 dollars per barrel",
            71.0,
            Unit::rate(UnitId::Usd, UnitId::Barrel),
        );
    }

    #[test]
    fn pounds_are_money_on_a_scaled_figure_or_after_a_sign() {
        check_unit("5 million pounds", 5e6, Unit::GBP);
        check_unit("£5 pounds", 5.0, Unit::GBP);
        assert_eq!(error("5 pounds").kind, FigureErrorKind::AmbiguousUnit);
    }

    #[test]
    fn negative_figures() {
        check_unit("-3.5%", -3.5, Unit::PERCENT);
        check_unit("minus 4 degrees", -4.0, Unit::DEGREE);
        check("\u{2212}2", -2.0);
        check_range("between -5 and -3", -5.0, -3.0, None);
        check_range("-5 to 5 percent", -5.0, 5.0, Some(Unit::PERCENT));
    }

    #[test]
    fn lakh_and_crore() {
        check_unit("Rs 5 lakh crore", 5e12, Unit::INR);
        check("3 lakh", 3e5);
        check("2 crore", 2e7);
        check("1.5 lakh", 1.5e5);
        check("five lakh", 5e5);
        check("5 lakh crore", 5e12);
    }

    #[test]
    fn vague_quantities_are_two_to_ten_times_their_magnitude() {
        let check_vague = |text: &str, low: f64, high: f64| {
            let figure = figure(text);
            assert!(figure.vague, "{text}");
            assert_eq!(figure.value, Value::Range { low, high }, "{text}");
        };
        check_vague("Hundreds", 200.0, 1000.0);
        check_vague("dozens", 24.0, 120.0);
        check_vague("tens of thousands", 20_000.0, 100_000.0);
        check_vague("hundreds of thousands", 200_000.0, 1_000_000.0);
        check_vague("billions", 2e9, 1e10);
        check_vague("lakhs", 2e5, 1e6);
    }

    #[test]
    fn ranges() {
        check_range("between 10 and 20", 10.0, 20.0, None);
        check_range("5 to 6 million", 5e6, 6e6, None);
        check_range("300-400", 300.0, 400.0, None);
        check_range("300–400", 300.0, 400.0, None);
        check_range("1,000-2,000", 1_000.0, 2_000.0, None);
        check_range("between one and two million", 1e6, 2e6, None);
        check_range("between two and three hundred", 200.0, 300.0, None);
        // A low end with a scale word of its own keeps it.
        check_range("a hundred and fifty to two hundred", 150.0, 200.0, None);
        check_range("5 million to 6 million", 5e6, 6e6, None);
        assert!(parse_figure("20 to 10").is_err());
    }

    #[test]
    fn ranges_whose_ends_carry_a_sign_or_a_unit() {
        check_range(
            "between $140 and $345 billion",
            140e9,
            345e9,
            Some(Unit::USD),
        );
        check_range("2 to 2.5 percent", 2.0, 2.5, Some(Unit::PERCENT));
        check_range("5-6 km", 5.0, 6.0, Some(Unit::KM));
        check_range("12 and 13million", 12e6, 13e6, None);
        check_range("Between 12 and 13million", 12e6, 13e6, None);
        check_range("$5 to 6 million", 5e6, 6e6, Some(Unit::USD));
        check_range("from 10% to 20%", 10.0, 20.0, Some(Unit::PERCENT));
        check_range("1/3 to 1/2", 1.0 / 3.0, 0.5, Some(Unit::FRACTION));
        let disagree = error("5 km to 6 miles");
        assert_eq!(
            disagree.kind,
            FigureErrorKind::UnitsDisagree {
                first: Unit::KM,
                second: Unit::MILE
            }
        );
    }

    #[test]
    fn a_range_is_never_reversed() {
        for text in [
            "20 to 10",
            "between 5 million and 4",
            "6 to 5 million",
            "between $345 and $140",
        ] {
            assert!(
                matches!(error(text).kind, FigureErrorKind::ReversedRange { .. }),
                "{text}"
            );
        }
        let reversed = error("20 to 10");
        assert_eq!(
            reversed.to_string(),
            "cannot read `20 to 10` as a figure: the range's low end 20 is above its high end 10"
        );
    }

    #[test]
    fn errors_say_what_was_read_and_where_reading_stopped() {
        let unknown = error("12 widgets");
        assert_eq!(unknown.kind, FigureErrorKind::Unexpected);
        assert_eq!(unknown.read, "12");
        assert_eq!(
            unknown.stop,
            Some(StoppedAt {
                column: 4,
                found: "widgets".to_owned()
            })
        );
        assert_eq!(
            unknown.to_string(),
            "cannot read `12 widgets` as a figure: read `12` then stopped at `widgets` (column 4 of the figure)"
        );
        // Columns count characters, not bytes.
        let after_sign = error("€5 things");
        assert_eq!(after_sign.stop.unwrap().column, 4);
        let sign_only = error("$");
        assert_eq!(
            (sign_only.kind, sign_only.read.as_str(), sign_only.stop),
            (FigureErrorKind::NoNumber, "$", None)
        );
        let words = error("many");
        assert_eq!(
            words.to_string(),
            "cannot read `many` as a figure: it does not start with a number: stopped at `many` (column 1 of the figure)"
        );
        let open = error("between 10");
        assert_eq!(
            (open.kind, open.read.as_str()),
            (FigureErrorKind::MissingHighEnd, "between 10")
        );
        let no_high = error("12 and widgets");
        assert_eq!(
            (no_high.kind, no_high.read.as_str()),
            (FigureErrorKind::NoNumber, "12 and")
        );
        assert_eq!(error("   ").kind, FigureErrorKind::Empty);
        assert_eq!(error(&"9".repeat(400)).kind, FigureErrorKind::TooLarge);
    }

    #[test]
    fn a_is_one_alone_or_before_a_unit() {
        let alone = figure("a");
        assert_eq!((alone.value, alone.unit), (Value::Number(1.0), None));
        check_unit("a year", 1.0, Unit::YEAR);
        check_unit("An hour", 1.0, Unit::HOUR);
        check_unit("a decade", 1.0, Unit::DECADE);
        // Not before words that are no unit, nor after a number.
        assert_eq!(error("a few").kind, FigureErrorKind::NoNumber);
        assert_eq!(error("a number").kind, FigureErrorKind::NoNumber);
        assert_eq!(error("5 a").kind, FigureErrorKind::Unexpected);
    }

    #[test]
    fn verbs_of_multiplying_are_times() {
        check_unit("doubled", 2.0, Unit::TIMES);
        check_unit("Tripled", 3.0, Unit::TIMES);
        check_unit("halved", 0.5, Unit::TIMES);
        check_unit("ten times", 10.0, Unit::TIMES);
        check_unit("2.5 times", 2.5, Unit::TIMES);
        check_unit("ten-fold", 10.0, Unit::TIMES);
        // A verb is the whole figure, never part of one.
        assert!(parse_figure("doubled 5").is_err());
    }

    #[test]
    fn alternatives_are_the_range_they_span() {
        let range = |text: &str| figure(text).value;
        assert_eq!(
            range("one or two"),
            Value::Range {
                low: 1.0,
                high: 2.0
            }
        );
        assert_eq!(
            range("two or three"),
            Value::Range {
                low: 2.0,
                high: 3.0
            }
        );
        assert_eq!(
            range("10 or 12"),
            Value::Range {
                low: 10.0,
                high: 12.0
            }
        );
        assert!(parse_figure("between 2 or 3").is_err());
        assert!(parse_figure("3 or 2").is_err());
        assert!(parse_figure("3 or more").is_err());
    }

    #[test]
    fn adverbs_of_multiplying_are_times() {
        check_unit("twice", 2.0, Unit::TIMES);
        check_unit("Thrice", 3.0, Unit::TIMES);
        assert!(parse_figure("twice 5").is_err());
    }

    #[test]
    fn one_in_n_is_a_fraction() {
        check_unit("one in three", 1.0 / 3.0, Unit::FRACTION);
        check_unit("1 in 4", 0.25, Unit::FRACTION);
        check_unit("Two in five", 0.4, Unit::FRACTION);
        // Not a share: the part is larger than the whole, or not a number.
        assert!(parse_figure("five in two").is_err());
        assert!(parse_figure("one in many").is_err());
    }

    #[test]
    fn non_figures_are_errors_not_panics() {
        for text in [
            "", "many", "$", "%", "1.2.3", "a few", "half of", "-", "and", "to 5", "10 to", "5 -",
        ] {
            assert!(parse_figure(text).is_err(), "{text:?} should not parse");
        }
    }

    /// English words for `n`, with or without the British `and`.
    fn spell(n: u64, british: bool) -> String {
        fn below_thousand(n: u64, british: bool) -> String {
            let mut parts = Vec::new();
            if n >= 100 {
                parts.push(format!(
                    "{} hundred",
                    NUMBER_WORDS_BELOW_TWENTY[(n / 100) as usize]
                ));
            }
            let rest = n % 100;
            if rest > 0 {
                if n >= 100 && british {
                    parts.push("and".to_owned());
                }
                parts.push(match rest {
                    0..20 => NUMBER_WORDS_BELOW_TWENTY[rest as usize].to_owned(),
                    _ if rest.is_multiple_of(10) => {
                        NUMBER_WORDS_TENS[(rest / 10 - 2) as usize].to_owned()
                    }
                    _ => format!(
                        "{}-{}",
                        NUMBER_WORDS_TENS[(rest / 10 - 2) as usize],
                        NUMBER_WORDS_BELOW_TWENTY[(rest % 10) as usize]
                    ),
                });
            }
            parts.join(" ")
        }
        if n == 0 {
            return "zero".to_owned();
        }
        let mut parts = Vec::new();
        for (factor, word) in [
            (1_000_000_000, "billion"),
            (1_000_000, "million"),
            (1_000, "thousand"),
        ] {
            let group = n / factor % 1000;
            if group > 0 {
                parts.push(format!("{} {word}", below_thousand(group, british)));
            }
        }
        let last = n % 1000;
        if last > 0 {
            if british && last < 100 && n >= 1000 {
                parts.push("and".to_owned());
            }
            parts.push(below_thousand(last, british));
        }
        parts.join(" ")
    }

    #[test]
    fn spelling_writes_english() {
        assert_eq!(spell(205_000, true), "two hundred and five thousand");
        assert_eq!(spell(1_023, true), "one thousand and twenty-three");
        assert_eq!(spell(1_200_000, false), "one million two hundred thousand");
    }

    mod properties {
        use super::super::*;
        use super::spell;
        use crate::vocab::UnitId;
        use proptest::prelude::*;

        fn prefixes() -> Vec<(String, Unit)> {
            lang::all_surfaces()
                .filter(|surface| surface.kind == SurfaceKind::Prefix)
                .map(|surface| (surface.written(), Unit::simple(surface.unit)))
                .collect()
        }

        fn glued_scales() -> Vec<(&'static str, f64)> {
            lang::scales()
                .filter(|(_, _, glued, _)| *glued)
                .map(|(word, factor, _, _)| (word, factor))
                .collect()
        }

        fn spaced_scales() -> Vec<(&'static str, f64)> {
            lang::scales()
                .filter(|(_, factor, _, spaced)| *spaced && *factor >= 1e3)
                .map(|(word, factor, _, _)| (word, factor))
                .collect()
        }

        fn close(a: f64, b: f64) -> bool {
            (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
        }

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
                (word, factor) in prop::sample::select(spaced_scales()),
            ) {
                let text = format!("{n} {word}");
                let figure = parse_figure(&text).unwrap();
                prop_assert_eq!(figure.value, Value::Number(f64::from(n) * factor));
            }

            #[test]
            fn decimals_round_trip(whole in 0u32..100_000, frac in 0u32..1000) {
                let text = format!("{whole}.{frac:03}");
                let expected: f64 = text.parse().unwrap();
                prop_assert_eq!(parse_figure(&text).unwrap().value, Value::Number(expected));
            }

            #[test]
            fn a_sign_before_grouped_digits_gives_its_unit(
                n in 0u64..1_000_000_000_000,
                (sign, unit) in prop::sample::select(prefixes()),
                space in prop::sample::select(vec!["", " "]),
            ) {
                let text = format!("{sign}{space}{}", crate::strategy::plant::grouped(n, ","));
                let figure = parse_figure(&text).unwrap();
                prop_assert_eq!((figure.value, figure.unit), (Value::Number(n as f64), Some(unit)));
            }

            #[test]
            fn glued_scales_multiply(
                whole in 1u32..1000,
                tenths in 0u32..10,
                (word, factor) in prop::sample::select(glued_scales()),
                sign in prop::sample::select(vec![("", None), ("$", Some(Unit::USD)), ("€", Some(Unit::EUR))]),
            ) {
                let text = format!("{}{whole}.{tenths}{word}", sign.0);
                let figure = parse_figure(&text).unwrap();
                let expected = format!("{whole}.{tenths}").parse::<f64>().unwrap() * factor;
                prop_assert!(matches!(figure.value, Value::Number(v) if close(v, expected)), "{text}: {:?}", figure.value);
                prop_assert_eq!(figure.unit, sign.1);
            }

            #[test]
            fn glued_units_are_read(
                n in 1u32..100_000,
                (word, unit) in prop::sample::select(vec![
                    ("km", Unit::KM), ("%", Unit::PERCENT), ("km2", Unit::KM2), ("°C", Unit::CELSIUS),
                    ("C", Unit::CELSIUS), ("t", Unit::TONNES), ("kg", Unit::simple(UnitId::Kg)),
                ]),
            ) {
                let text = format!("{n}{word}");
                let figure = parse_figure(&text).unwrap();
                prop_assert_eq!((figure.value, figure.unit), (Value::Number(f64::from(n)), Some(unit)));
            }

            #[test]
            fn a_half_after_or_before_a_scale(
                n in 1u64..100,
                (word, factor) in prop::sample::select(vec![
                    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
                ]),
            ) {
                let expected = (n as f64 + 0.5) * factor;
                let words = spell(n, false);
                for text in [
                    format!("{words} {word} and a half"),
                    format!("{words} and a half {word}"),
                    format!("{n} {word} and a half"),
                    format!("{n} and a half {word}"),
                ] {
                    let figure = parse_figure(&text).unwrap();
                    prop_assert!(matches!(figure.value, Value::Number(v) if close(v, expected)), "{text}: {:?}", figure.value);
                }
            }

            #[test]
            fn ranges_with_signs_scales_and_units(
                a in 0u32..10_000,
                b in 0u32..10_000,
                form in 0usize..5,
            ) {
                let (low, high) = (f64::from(a.min(b)), f64::from(a.max(b)));
                let (l, h) = (a.min(b), a.max(b));
                let (text, expected_low, expected_high, unit) = match form {
                    0 => (format!("between ${l} and ${h} billion"), low * 1e9, high * 1e9, Some(Unit::USD)),
                    1 => (format!("{l} to {h} percent"), low, high, Some(Unit::PERCENT)),
                    2 => (format!("{l}-{h} km"), low, high, Some(Unit::KM)),
                    3 => (format!("{l} and {h}million"), low * 1e6, high * 1e6, None),
                    _ => (format!("Between £{l} and {h} lakh"), low * 1e5, high * 1e5, Some(Unit::GBP)),
                };
                let figure = parse_figure(&text).unwrap();
                prop_assert_eq!(
                    (figure.value, figure.unit),
                    (Value::Range { low: expected_low, high: expected_high }, unit),
                    "{}", text
                );
            }

            #[test]
            fn a_range_low_above_high_is_an_error(
                a in 1u32..10_000,
                gap in 1u32..10_000,
                form in prop::sample::select(vec!["{a} to {b}", "between ${a} and ${b} million", "{a}-{b} km", "{a} and {b}bn"]),
            ) {
                let text = form.replace("{a}", &(a + gap).to_string()).replace("{b}", &a.to_string());
                let error = parse_figure(&text).unwrap_err();
                prop_assert!(matches!(error.kind, FigureErrorKind::ReversedRange { .. }), "{}: {:?}", text, error);
            }

            #[test]
            fn lakh_and_crore_multiply(n in 1u32..1000) {
                let lakh_crore = parse_figure(&format!("Rs {n} lakh crore")).unwrap();
                prop_assert_eq!((lakh_crore.value, lakh_crore.unit), (Value::Number(f64::from(n) * 1e12), Some(Unit::INR)));
                prop_assert_eq!(parse_figure(&format!("{n} lakh")).unwrap().value, Value::Number(f64::from(n) * 1e5));
                prop_assert_eq!(parse_figure(&format!("{n} crore")).unwrap().value, Value::Number(f64::from(n) * 1e7));
            }

            #[test]
            fn fractions_round_trip(
                numerator in 1u32..1000,
                denominator in 1u32..1000,
                whole in 0u32..100,
                (sign, value) in prop::sample::select(vec![("½", 0.5), ("¼", 0.25), ("¾", 0.75), ("⅓", 1.0 / 3.0)]),
            ) {
                let fraction = parse_figure(&format!("{numerator}/{denominator}")).unwrap();
                prop_assert_eq!(
                    (fraction.value, fraction.unit),
                    (Value::Number(f64::from(numerator) / f64::from(denominator)), Some(Unit::FRACTION))
                );
                let mixed = parse_figure(&format!("{whole}{sign}")).unwrap();
                prop_assert_eq!(mixed.value, Value::Number(f64::from(whole) + value));
            }

            #[test]
            fn negative_figures_round_trip(whole in 0u32..1000, tenths in 0u32..10) {
                let text = format!("-{whole}.{tenths}%");
                let expected = -format!("{whole}.{tenths}").parse::<f64>().unwrap();
                let share = parse_figure(&text).unwrap();
                prop_assert_eq!((share.value, share.unit), (Value::Number(expected), Some(Unit::PERCENT)));
                let cold = parse_figure(&format!("minus {whole} degrees")).unwrap();
                prop_assert_eq!((cold.value, cold.unit), (Value::Number(-f64::from(whole)), Some(Unit::DEGREE)));
            }

            #[test]
            fn number_words_round_trip(n in 0u64..1_000_000_000_000, british in any::<bool>()) {
                let text = spell(n, british);
                prop_assert_eq!(parse_figure(&text).unwrap().value, Value::Number(n as f64), "{}", text);
            }

            #[test]
            fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
                let _ = parse_figure(&text);
            }

            #[test]
            fn no_figure_is_a_reversed_range(text in "(between |from )?[0-9a-z$%,. -]{0,30}") {
                if let Ok(Figure { value: Value::Range { low, high }, .. }) = parse_figure(&text) {
                    prop_assert!(low <= high, "{}: {} > {}", text, low, high);
                }
            }
        }
    }
}
