//! Verdicts: whether two figures of one measure agree, and the one-line
//! explanation of every finding.
//!
//! A figure and its hedge admit an [`Interval`] (see [`Interval::of`]):
//! exact figures are rounded at their last significant digit, half-open as
//! rounding is, so exact counts are integers (115 and 116 seats conflict)
//! while a rounded figure (`12,000`, `1.2 million`) agrees with the exact
//! figures it rounds; `about` and `estimated` admit ±10%; bounds are open or
//! closed as `more than` and `at least` say. The verdict ([`judge`]) is
//! `agree` when the intervals overlap and the central figures are equal
//! within the coarser rounding, whatever the hedges ("up to 18,000" and
//! "18,000"),
//! `conflict` when the intervals do not overlap, `discrepancy` otherwise.
//! A figure in another unit of the dimension is converted first.
//!
//! Dates do not change a verdict (the guide's rule, see "Conflicts" in
//! CONTRIBUTING.md): the explanation says how far apart in time the two
//! figures were stated and, for a running total, whether the later is the
//! larger.

use std::fmt;

use serde::Serialize;

use super::compat::{Match, compare, key_match};
use super::{Finding, Statement};
use crate::model::{Value, Verdict};
use crate::vocab::{Qualifier, Unit};

pub(crate) fn is_share(unit: Unit) -> bool {
    matches!(unit, Unit::PERCENT | Unit::FRACTION)
}

/// The relative half-width given to `about` and `estimated` figures:
/// "about 500,000" admits 450,000 to 550,000.
pub const APPROXIMATE_TOLERANCE: f64 = 0.10;

/// The values a hedged figure admits. Bounds may be open (`more than`) and
/// infinite (`more than` has no upper bound).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// The lower bound.
    pub low: f64,
    /// Whether the lower bound itself is excluded.
    pub low_open: bool,
    /// The upper bound, possibly infinite.
    pub high: f64,
    /// Whether the upper bound itself is excluded.
    pub high_open: bool,
}

impl Interval {
    pub(crate) fn closed(low: f64, high: f64) -> Interval {
        Interval {
            low,
            low_open: false,
            high,
            high_open: false,
        }
    }

    /// The interval a figure and its qualifier admit:
    ///
    /// | qualifier | interval |
    /// | --- | --- |
    /// | `exact` | [x − h, x + h), h half a unit of its last significant digit (5 million: 4.5 to 5.5 million, 115: 114.5 to 115.5, so 115 and 116 do not overlap) |
    /// | `about`, `estimated` | x ± [`APPROXIMATE_TOLERANCE`] |
    /// | `more_than` / `at_least` | (x, ∞) / [x, ∞) |
    /// | `less_than` / `up_to` | [0, x) / [0, x] |
    /// | `range`, `vague` | [low, high] |
    pub fn of(value: Value, qualifier: Qualifier) -> Interval {
        let (low, high) = value.bounds();
        let mid = (low + high) / 2.0;
        match qualifier {
            Qualifier::Range | Qualifier::Vague => Interval::closed(low, high),
            Qualifier::Exact => {
                // Half-open, as rounding is: 115 stands for 114.5 up to but
                // not including 115.5, so exact adjacent counts (115 and
                // 116 seats) never overlap.
                let half_unit = rounding_unit(mid) / 2.0;
                Interval {
                    high_open: true,
                    ..Interval::closed(low - half_unit, high + half_unit)
                }
            }
            Qualifier::About | Qualifier::Estimated => Interval::closed(
                low - APPROXIMATE_TOLERANCE * low.abs(),
                high + APPROXIMATE_TOLERANCE * high.abs(),
            ),
            Qualifier::MoreThan => Interval {
                low,
                low_open: true,
                high: f64::INFINITY,
                high_open: true,
            },
            Qualifier::AtLeast => Interval {
                high: f64::INFINITY,
                high_open: true,
                ..Interval::closed(low, low)
            },
            Qualifier::LessThan => Interval {
                high_open: true,
                ..Interval::closed(0.0_f64.min(high), high)
            },
            Qualifier::UpTo => Interval::closed(0.0_f64.min(high), high),
        }
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let below = |a: &Interval, b: &Interval| {
            a.high < b.low || (a.high == b.low && (a.high_open || b.low_open))
        };
        !below(self, other) && !below(other, self)
    }

    pub(crate) fn scale(&self, factor: f64) -> Interval {
        Interval {
            low: self.low * factor,
            high: self.high * factor,
            ..*self
        }
    }

    /// The product of two intervals of non-negative values.
    pub(crate) fn times(&self, other: &Interval) -> Interval {
        Interval {
            low: self.low * other.low,
            low_open: self.low_open || other.low_open,
            high: self.high * other.high,
            high_open: self.high_open || other.high_open,
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let open = if self.low_open { '(' } else { '[' };
        let close = if self.high_open { ')' } else { ']' };
        let high = if self.high.is_infinite() {
            "∞".to_owned()
        } else {
            format_number(self.high)
        };
        write!(f, "{open}{}, {high}{close}", format_number(self.low))
    }
}

/// The unit of the last significant digit of a number written in full:
/// 5,000,000 → 1,000,000; 350,200 → 100; 1.5 → 0.1; 0 → 1.
pub(crate) fn rounding_unit(x: f64) -> f64 {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return 1.0;
    }
    let mut unit = 10f64.powi(x.log10().floor() as i32);
    // Walk down from the leading digit until the remainder is negligible;
    // at most 15 steps for an f64.
    for _ in 0..15 {
        let remainder = x / unit - (x / unit).round();
        if remainder.abs() < 1e-9 {
            return unit;
        }
        unit /= 10.0;
    }
    unit
}

/// Formats a number for people: whole numbers with thousands separators,
/// large numbers rounded to whole numbers, small ones to four decimals.
pub(crate) fn format_number(x: f64) -> String {
    if !x.is_finite() || x.abs() >= 1e15 {
        return format!("{x}");
    }
    if x.abs() < 1000.0 && x.fract() != 0.0 {
        let text = format!("{x:.4}");
        return text.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    let digits = format!("{}", x.abs().round() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 { format!("-{out}") } else { out }
}

/// The verdict on two statements of the same measure:
/// `agree` when their central figures are equal within the rounding of the
/// coarser one, `conflict` when their intervals do not overlap, and
/// `discrepancy` otherwise. The finding carries the frames' [`Match`]
/// (empty, with confidence 0, when the frames are not compatible).
pub fn judge(a: &Statement, b: &Statement) -> Finding {
    let matched = match (&a.key, &b.key) {
        (Some(x), Some(y)) if x == y => Some(key_match(x)),
        _ => compare(&a.frame, &b.frame),
    };
    judge_matched(a, b, matched)
}

/// [`judge`] with the frames' match already known.
pub(crate) fn judge_matched(a: &Statement, b: &Statement, matched: Option<Match>) -> Finding {
    let (ia, ib) = (a.interval(), b.interval());
    let (ca, cb) = (central(a), central(b));
    let rounding_a = rounding_unit(ca) / 2.0;
    let rounding_b = rounding_unit(cb) / 2.0;
    // Compare in a's unit: b's interval, central figure and rounding are
    // converted when it is written in another unit of the dimension.
    let (unit_a, unit_b) = (a.effective_unit(), b.effective_unit());
    let converted = (unit_a != unit_b).then(|| {
        let to_a = |x: f64| unit_b.convert(x, unit_a).unwrap_or(x);
        let scale = to_a(1.0) - to_a(0.0);
        let interval = Interval {
            low: to_a(ib.low),
            high: to_a(ib.high),
            ..ib
        };
        (interval, to_a(cb), rounding_b * scale)
    });
    let (ib_in_a, cb_in_a, rounding_b_in_a) = converted.unwrap_or((ib, cb, rounding_b));
    let rounding = rounding_a.max(rounding_b_in_a);
    // The same figure within rounding agrees whatever the hedges, as long
    // as they admit it ("up to 18,000" and "18,000"); "more than 100" and
    // "100" do not overlap and conflict.
    let verdict = if !ia.overlaps(&ib_in_a) {
        Verdict::Conflict
    } else if (ca - cb_in_a).abs() <= rounding * (1.0 + 1e-9) {
        Verdict::Agree
    } else {
        Verdict::Discrepancy
    };
    let mut described_b = describe(b, &ib);
    if let Some((interval, central, _)) = converted {
        described_b.push_str(&format!(
            " = {} {unit_a} {interval}",
            format_number(central)
        ));
    }
    let explanation = format!(
        "{} against {}: {}{}",
        describe(a, &ia),
        described_b,
        match verdict {
            Verdict::Agree => "the same figure within rounding",
            Verdict::Discrepancy => "different figures whose hedged intervals overlap",
            Verdict::Conflict => "the hedged intervals do not overlap",
        },
        time_apart(a, b)
    );
    let (matched, confidence) = matched.map_or((Vec::new(), 0.0), |m| (m.fields, m.confidence));
    Finding {
        a: a.clone(),
        b: b.clone(),
        verdict,
        explanation,
        confidence,
        matched,
    }
}

/// How far apart in time two figures were stated: `; stated N days apart`
/// (months, or years, as precisely as both dates are known) when they
/// differ, and, for a running total (a `cumulative` quantity), which of the
/// two is the later and whether it is the larger, so that a reader can weigh
/// whether time explains the difference. Time never changes the verdict: a
/// rule that excused a rising toll would also excuse a real contradiction.
fn time_apart(a: &Statement, b: &Statement) -> String {
    let (Some(da), Some(db)) = (a.date, b.date) else {
        return String::new();
    };
    let distance = match ((da.month, da.day), (db.month, db.day)) {
        ((Some(ma), Some(xa)), (Some(mb), Some(xb))) => {
            let days = days_from_civil(da.year, ma, xa).abs_diff(days_from_civil(db.year, mb, xb));
            (days > 0).then(|| plural(days, "day"))
        }
        ((Some(ma), _), (Some(mb), _)) => {
            let months = (i64::from(da.year) * 12 + i64::from(ma))
                .abs_diff(i64::from(db.year) * 12 + i64::from(mb));
            (months > 0).then(|| plural(months, "month"))
        }
        _ => {
            let years = da.year.abs_diff(db.year);
            (years > 0).then(|| plural(u64::from(years), "year"))
        }
    };
    let Some(distance) = distance else {
        return String::new();
    };
    let mut out = format!("; stated {distance} apart");
    let cumulative = a
        .frame
        .quantity
        .as_deref()
        .is_some_and(super::lexicon::is_cumulative);
    if cumulative {
        let (earlier, later) = if (da.year, da.month, da.day) <= (db.year, db.month, db.day) {
            (a, b)
        } else {
            (b, a)
        };
        let (early, late) = (central(earlier), central(later));
        if late > early {
            out.push_str(", the later figure the larger, as a running total grows");
        } else if late < early {
            out.push_str(", the later figure the smaller");
        }
    }
    out
}

fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: u16, month: u8, day: u8) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The figure a statement names, in its effective unit.
fn central(s: &Statement) -> f64 {
    let (low, high) = s.value.bounds();
    let own = (low + high) / 2.0;
    match s.base {
        Some(base) if is_share(s.unit) => {
            let share = if s.unit == Unit::PERCENT {
                own / 100.0
            } else {
                own
            };
            let (blow, bhigh) = base.value.bounds();
            share * (blow + bhigh) / 2.0
        }
        _ => own,
    }
}

fn describe(s: &Statement, interval: &Interval) -> String {
    let figure = match s.value {
        Value::Number(n) => format_number(n),
        Value::Range { low, high } => format!("{}-{}", format_number(low), format_number(high)),
    };
    let figure = match s.base {
        Some(base) if is_share(s.unit) => {
            let (low, high) = base.value.bounds();
            format!(
                "{figure} {} of {} {} (about {} {})",
                s.unit,
                format_number((low + high) / 2.0),
                base.unit,
                format_number(central(s)),
                base.unit
            )
        }
        _ => format!("{figure} {}", s.unit),
    };
    let hedge = match s.qualifier {
        Qualifier::Exact => String::new(),
        other => format!("{} ", other.name().replace('_', " ")),
    };
    let source = s.attribution.as_deref().unwrap_or("the outlet");
    let date = s
        .date
        .map(|d| format!(", {d}"))
        .unwrap_or_else(|| ", undated".to_owned());
    format!("{hedge}{figure} {interval} ({source}, {}{date})", s.article)
}

#[cfg(test)]
mod tests {
    use super::super::test_statement as statement;
    use super::*;

    #[test]
    fn exact_figures_are_rounded_at_their_last_significant_digit() {
        let five_million = Interval::of(Value::Number(5e6), Qualifier::Exact);
        assert_eq!((five_million.low, five_million.high), (4.5e6, 5.5e6));
        let precise = Interval::of(Value::Number(350_200.0), Qualifier::Exact);
        assert_eq!((precise.low, precise.high), (350_150.0, 350_250.0));
    }

    #[test]
    fn exact_adjacent_counts_conflict() {
        let a = statement("a", 115.0, Qualifier::Exact, "seats won in Nepal");
        let b = statement("b", 116.0, Qualifier::Exact, "seats won in Nepal");
        assert_eq!(judge(&a, &b).verdict, Verdict::Conflict);
        assert_eq!(judge(&b, &a).verdict, Verdict::Conflict);
    }

    #[test]
    fn a_rounded_figure_agrees_with_the_exact_figures_it_rounds() {
        let round = statement("a", 12_000.0, Qualifier::Exact, "people evacuated in Peru");
        let exact = statement("b", 12_340.0, Qualifier::Exact, "people evacuated in Peru");
        assert_eq!(judge(&round, &exact).verdict, Verdict::Agree);
        let million = statement("c", 1.2e6, Qualifier::Exact, "people evacuated in Peru");
        let precise = statement(
            "d",
            1_236_500.0,
            Qualifier::Exact,
            "people evacuated in Peru",
        );
        assert_eq!(judge(&million, &precise).verdict, Verdict::Agree);
        let far = statement("e", 13_100.0, Qualifier::Exact, "people evacuated in Peru");
        assert_eq!(judge(&round, &far).verdict, Verdict::Conflict);
    }

    #[test]
    fn more_than_is_open_and_unbounded() {
        let more = Interval::of(Value::Number(100.0), Qualifier::MoreThan);
        assert!(more.low_open && more.high.is_infinite());
        let exactly_100 = Interval::closed(100.0, 100.0);
        assert!(!more.overlaps(&exactly_100));
        let at_least = Interval::of(Value::Number(100.0), Qualifier::AtLeast);
        assert!(at_least.overlaps(&exactly_100));
    }

    #[test]
    fn a_bound_and_an_estimate_that_overlap_are_a_discrepancy() {
        let a = statement("a", 12_000.0, Qualifier::MoreThan, "people killed");
        let b = statement("b", 20_000.0, Qualifier::Estimated, "people killed");
        assert_eq!(judge(&a, &b).verdict, Verdict::Discrepancy);
    }

    #[test]
    fn figures_far_apart_conflict() {
        let a = statement("a", 3_000.0, Qualifier::About, "people displaced");
        let b = statement("b", 9_000.0, Qualifier::Exact, "people displaced");
        let finding = judge(&a, &b);
        assert_eq!(finding.verdict, Verdict::Conflict);
        assert!(
            finding.explanation.contains("about 3,000 people"),
            "{}",
            finding.explanation
        );
        assert!(
            finding.explanation.contains("9,000 people"),
            "{}",
            finding.explanation
        );
    }

    #[test]
    fn the_explanation_says_how_far_apart_in_time_as_precisely_as_the_dates_allow() {
        let mut a = statement("a", 3_000.0, Qualifier::About, "people displaced");
        let mut b = statement("b", 9_000.0, Qualifier::Exact, "people displaced");
        a.date = Some("2015-03".parse().unwrap());
        b.date = Some("2019".parse().unwrap());
        assert!(judge(&a, &b).explanation.contains("; stated 4 years apart"));
        b.date = Some("2015-11-02".parse().unwrap());
        assert!(
            judge(&a, &b)
                .explanation
                .contains("; stated 8 months apart")
        );
        a.date = Some("2015-10-28".parse().unwrap());
        assert!(judge(&a, &b).explanation.contains("; stated 5 days apart"));
        b.date = a.date;
        assert!(!judge(&a, &b).explanation.contains("apart"));
    }

    #[test]
    fn a_later_larger_running_total_is_still_judged_and_said_to_be_later() {
        let mut early = statement(
            "a",
            120.0,
            Qualifier::Exact,
            "people killed by the quake in Peru",
        );
        let mut late = statement(
            "b",
            410.0,
            Qualifier::Exact,
            "people killed by the quake in Peru",
        );
        early.date = Some("2016-04-17".parse().unwrap());
        late.date = Some("2016-04-20".parse().unwrap());
        let finding = judge(&late, &early);
        assert_eq!(finding.verdict, Verdict::Conflict);
        assert!(
            finding.explanation.ends_with(
                "; stated 3 days apart, the later figure the larger, as a running total grows"
            ),
            "{}",
            finding.explanation
        );
    }

    #[test]
    fn the_same_round_figure_agrees() {
        let a = statement("a", 2e6, Qualifier::Exact, "refugees");
        let b = statement("b", 2e6, Qualifier::About, "refugees abroad");
        assert_eq!(judge(&a, &b).verdict, Verdict::Agree);
    }

    #[test]
    fn a_share_of_a_base_figure_counts_in_the_base_unit() {
        let mut share = statement("a", 0.25, Qualifier::Exact, "people who fled the country");
        share.unit = Unit::FRACTION;
        share.base = Some(super::super::Base {
            value: Value::Number(40e6),
            unit: Unit::PEOPLE,
            qualifier: Qualifier::Exact,
        });
        assert_eq!(share.effective_unit(), Unit::PEOPLE);
        let interval = share.interval();
        assert!(interval.low <= 10e6 && 10e6 <= interval.high, "{interval}");
        let abroad = statement("b", 10e6, Qualifier::Exact, "refugees");
        assert_eq!(judge(&share, &abroad).verdict, Verdict::Agree);
    }

    #[test]
    fn numbers_are_formatted_for_people() {
        assert_eq!(format_number(12_925_000.000_000_002), "12,925,000");
        assert_eq!(format_number(417_300.0), "417,300");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(1.0 / 3.0), "0.3333");
        assert_eq!(format_number(96.0), "96");
    }

    #[test]
    fn rounding_unit_finds_the_last_significant_digit() {
        assert_eq!(rounding_unit(5e6), 1e6);
        assert_eq!(rounding_unit(350_200.0), 100.0);
        assert_eq!(rounding_unit(96.0), 1.0);
        assert!((rounding_unit(1.5) - 0.1).abs() < 1e-12);
    }
}
