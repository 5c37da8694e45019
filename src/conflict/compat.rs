//! Which frames are compatible, and how confident a match is.
//!
//! Two [`Frame`]s are compatible, and their figures compared, only when
//! **every** rule holds:
//!
//! 1. both name a quantity, and the same one (a statement with no quantity
//!    is compared with nothing);
//! 2. on every restriction axis that applies to the quantity, the values are
//!    the same or one is unknown, never different (civilians are not
//!    soldiers); an axis with a default (`tally`: `total`) reads a missing
//!    value as the default, so a `new` count never meets a running total;
//! 3. the places are the same or one is unknown: two known countries that
//!    differ, or two other places that differ, keep the figures apart; a
//!    country on one side and a city on the other are compatible but not a
//!    match;
//! 4. the subjects (proper names that are not places: a party, a company, a
//!    named fire) are unknown on one side or the same on both; two sides
//!    naming different subjects (Likud's seats, the Joint List's; a
//!    company's jobs, its unit's) are kept apart; the names of the
//!    articles' headlines (the frame's `context`) never keep figures apart;
//! 5. the periods are the same or one is unknown; a fiscal period and a
//!    calendar one are not known to differ, nor to be the same (a fiscal
//!    year starts in another month for every government and company): such
//!    a match is never confident;
//! 6. a local place that the other side names as a subject is named by both
//!    (`Grenfell Tower in west London` against `in Grenfell Tower`): not a
//!    different place, nor a matched one.
//!
//! The [`Match`] lists the fields known on both sides that matched, and a
//! confidence: [`BASE_CONFIDENCE`] for the quantity, [`PLACE_CONFIDENCE`]
//! more for an *anchor*, a matched place or matched subjects,
//! [`FIELD_CONFIDENCE`] more for every other matched field (a second
//! anchor, a restriction axis named on both sides, the period), at most 1.
//! When neither place nor subjects match, what the two figures are about
//! anchors the match instead (`context`): each side's subjects and local
//! place, and its headline's name when the headline names one thing only.
//! Without an anchor it stays below [`super::CONFIDENT`], at most
//! [`PLACELESS_CONFIDENCE`]: the same quantity of the same kind of event
//! somewhere unnamed, of someone unnamed, is too often another event. The source is never
//! compared: two sources' figures for one measure are what a conflict is.

use serde::Serialize;

use super::frame::Frame;
use super::lexicon::LEXICON;

/// The confidence a shared quantity gives.
pub const BASE_CONFIDENCE: f64 = 0.4;
/// What a matched place adds.
pub const PLACE_CONFIDENCE: f64 = 0.4;
/// What every other matched field adds.
pub const FIELD_CONFIDENCE: f64 = 0.1;
/// The most a match without a matched place reaches.
pub const PLACELESS_CONFIDENCE: f64 = 0.7;

/// A frame field known on both sides of a match, and its value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MatchedField {
    /// `quantity`, `place`, `period`, a restriction axis, or `key` (an
    /// extractor's own key).
    pub field: String,
    /// The shared value.
    pub value: String,
}

/// Two compatible frames: what matched and how confidently.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// The fields known on both sides, in frame order.
    pub fields: Vec<MatchedField>,
    /// From 0 to 1 (see the module documentation).
    pub confidence: f64,
}

fn field(field: &str, value: &str) -> MatchedField {
    MatchedField {
        field: field.to_owned(),
        value: value.to_owned(),
    }
}

/// Whether two frames are compatible (see the module documentation), and
/// if so what matched.
///
/// ```
/// use claimbench::conflict::{Frame, Reading, compare};
///
/// let read = |measure| Frame::read(&Reading { measure, ..Reading::default() });
/// let a = read("people killed by the earthquake in Nepal");
/// let b = read("the quake's death toll in Nepal");
/// assert!(compare(&a, &b).is_some_and(|m| m.confidence >= 0.8));
/// assert!(compare(&a, &read("people killed by the floods in Nepal")).is_none());
/// ```
pub fn compare(a: &Frame, b: &Frame) -> Option<Match> {
    let quantity = match (&a.quantity, &b.quantity) {
        (Some(x), Some(y)) if x == y => x,
        _ => return None,
    };
    let mut fields = vec![field("quantity", quantity)];
    let mut extra = 0usize;
    let mut weak = false;
    for axis in LEXICON.axes.iter().filter(|axis| axis.applies(quantity)) {
        let value = |frame: &Frame| {
            frame
                .restrictions
                .get(&axis.axis)
                .map(|v| (v.clone(), true))
                .or_else(|| axis.default.clone().map(|d| (d, false)))
        };
        let named = |frame: &Frame| frame.restrictions.contains_key(&axis.axis);
        if axis.one_sided_weak && named(a) != named(b) {
            weak = true;
        }
        match (value(a), value(b)) {
            (Some((x, _)), Some((y, _))) if x != y => return None,
            (Some((x, true)), Some((_, true))) => {
                fields.push(field(&axis.axis, &x));
                extra += 1;
            }
            _ => {}
        }
    }
    let same = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    };
    let countries = same(&a.place.country, &b.place.country);
    let mut locals = same(&a.place.local, &b.place.local);
    // A local place that the other side names as a subject is one both name
    // ("Grenfell Tower in west London" against "in Grenfell Tower"): not a
    // different place, and not a matched one.
    let named_by = |f: &Frame, other: &Frame| {
        f.place
            .local
            .as_ref()
            .is_some_and(|local| other.subjects.contains(local))
    };
    if locals == Some(false) && (named_by(a, b) || named_by(b, a)) {
        locals = None;
    }
    if countries == Some(false) || locals == Some(false) {
        return None;
    }
    let place_matched = countries == Some(true) || locals == Some(true);
    if place_matched {
        fields.push(field("place", &a.place.to_string()));
    }
    let only_country = |f: &Frame| f.place.country.is_some() && f.place.local.is_none();
    let only_local = |f: &Frame| f.place.country.is_none() && f.place.local.is_some();
    if (only_country(a) && only_local(b)) || (only_local(a) && only_country(b)) {
        weak = true;
    }
    if !a.subjects.is_empty() && !b.subjects.is_empty() && a.subjects != b.subjects {
        return None;
    }
    let names = |f: &Frame| -> std::collections::BTreeSet<String> {
        f.subjects
            .iter()
            .cloned()
            .chain(f.place.local.clone())
            .collect()
    };
    let shared: Vec<String> = names(a)
        .intersection(&names(b))
        .filter(|name| !(place_matched && a.place.local.as_ref() == Some(*name)))
        .cloned()
        .collect();
    let subjects_matched = !shared.is_empty();
    if subjects_matched {
        fields.push(field("subjects", &shared.join(", ")));
    }
    let mut anchors = usize::from(place_matched) + usize::from(subjects_matched);
    if anchors == 2 {
        extra += 1;
    }
    if anchors == 0 {
        // Nothing near either figure anchors them: what each is about does,
        // its own names and its headline's one name (a headline with
        // several names is about several things).
        let about = |f: &Frame| -> std::collections::BTreeSet<String> {
            let mut about = names(f);
            if f.context.len() == 1 {
                about.extend(f.context.iter().cloned());
            }
            about
        };
        let shared: Vec<String> = about(a).intersection(&about(b)).cloned().collect();
        if !shared.is_empty() {
            fields.push(field("context", &shared.join(", ")));
            anchors = 1;
        }
    }
    let place_matched = anchors > 0;
    // A fiscal period and a calendar one are not known to differ, nor to be
    // the same: a fiscal year starts in another month for every government
    // and company.
    let fiscal = |f: &Frame| {
        f.period.as_deref().is_some_and(|p| {
            p.split_whitespace()
                .any(|word| LEXICON.fiscal_period_words.contains(word))
        })
    };
    let periods = if a.period.is_some() && b.period.is_some() && fiscal(a) != fiscal(b) {
        weak = true;
        None
    } else {
        same(&a.period, &b.period)
    };
    match periods {
        Some(false) => return None,
        Some(true) => {
            fields.push(field("period", a.period.as_deref().unwrap_or_default()));
            extra += 1;
        }
        None => {}
    }
    let mut confidence = BASE_CONFIDENCE + FIELD_CONFIDENCE * extra as f64;
    if place_matched {
        confidence += PLACE_CONFIDENCE;
    }
    if !place_matched || weak {
        confidence = confidence.min(PLACELESS_CONFIDENCE);
    }
    Some(Match {
        fields,
        confidence: (confidence.min(1.0) * 100.0).round() / 100.0,
    })
}

/// The match of two statements that carry the same extractor key: the key
/// is the extractor's word that they measure the same thing.
pub(crate) fn key_match(key: &str) -> Match {
    Match {
        fields: vec![field("key", key)],
        confidence: 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::frame::Reading;
    use super::*;

    fn read(measure: &str) -> Frame {
        Frame::read(&Reading {
            measure,
            ..Reading::default()
        })
    }

    fn compared(a: &str, b: &str) -> Option<Match> {
        compare(&read(a), &read(b))
    }

    #[test]
    fn rule_1_different_quantities_or_none_are_never_compared() {
        assert!(compared("people killed in Chile", "people injured in Chile").is_none());
        assert!(compared("schools closed in Chile", "schools closed in Chile").is_none());
        // Money is compared by what it pays for, not by its unit.
        assert!(compared("the aid appeal for Haiti", "the cost of rebuilding Haiti").is_none());
    }

    #[test]
    fn rule_2_different_restrictions_keep_figures_apart_unknown_ones_do_not() {
        assert!(compared("civilians killed in Iraq", "soldiers killed in Iraq").is_none());
        let unknown =
            compared("civilians killed in Iraq", "people killed in Iraq").expect("compatible");
        assert!(!unknown.fields.iter().any(|f| f.field == "who"));
        // A new count never meets a running total.
        assert!(compared("new cases in Peru", "cases recorded in Peru").is_none());
        // An earthquake's toll is not a flood's, in the same country.
        assert!(
            compared(
                "people killed by the 2015 earthquake in Nepal",
                "people killed by floods in Nepal"
            )
            .is_none()
        );
    }

    #[test]
    fn rule_3_a_known_place_that_differs_keeps_figures_apart() {
        assert!(compared("Ebola cases in West Africa", "Ebola cases in West Bengal").is_none());
        assert!(compared("refugees hosted in Turkey", "Syrian refugees in Lebanon").is_none());
        let unnamed =
            compared("people displaced in Kenya", "people displaced").expect("compatible");
        assert!(unnamed.confidence < super::super::CONFIDENT, "{unnamed:?}");
    }

    #[test]
    fn rule_4_different_subjects_keep_figures_apart_and_a_shared_one_anchors() {
        assert!(compared("seats won by Likud", "seats won by the Joint List").is_none());
        assert!(
            compared(
                "jobs cut by Siemens",
                "Siemens jobs cut in the unit bought from Osram"
            )
            .is_none()
        );
        let same = compared("Likud seats", "seats won by Likud").expect("compatible");
        assert!(same.confidence >= super::super::CONFIDENT, "{same:?}");
    }

    #[test]
    fn a_stampede_and_a_fallen_structure_are_different_events() {
        let stampede = "pilgrims killed in a stampede near the shrine";
        assert!(
            compared(
                stampede,
                "worshippers killed when a crane collapsed on the mosque"
            )
            .is_none()
        );
        assert!(compared(stampede, "people killed in a crowd crush at the shrine").is_some());
        // Talks or a currency that collapse are no event of the axis.
        let talks = read("jobs lost since the talks collapsed");
        assert_eq!(talks.restrictions.get("event"), None);
        assert!(
            compared(
                "people killed when the bridge collapsed",
                "deaths in the bridge collapse"
            )
            .is_some()
        );
    }

    #[test]
    fn rule_5_a_fiscal_period_against_a_calendar_one_is_compatible_but_never_confident() {
        let fiscal = read("revenue in the fiscal first quarter");
        let calendar = read("revenue in the October-December period");
        let matched = compare(&fiscal, &calendar).expect("not known to differ");
        assert!(matched.confidence < super::super::CONFIDENT, "{matched:?}");
        // Two calendar periods that differ keep figures apart, as before.
        let other = read("revenue in the first quarter");
        assert!(compare(&calendar, &other).is_none(), "{other:?}");
        // A financial year is a fiscal one by another name.
        let financial = read("revenue in the financial year 2019");
        let year = read("revenue in 2019");
        let matched = compare(&financial, &year).expect("not known to differ");
        assert!(matched.confidence < super::super::CONFIDENT, "{matched:?}");
    }

    #[test]
    fn rule_6_a_local_place_the_other_side_names_is_not_a_different_place() {
        let near = read("people killed when fire swept Ashgrove Mill in northern Leeds");
        let at = read("people killed in Ashgrove Mill");
        assert_eq!(near.place.local.as_deref(), Some("leeds"), "{near:?}");
        assert!(near.subjects.contains("ashgrove mill"), "{near:?}");
        assert_eq!(at.place.local.as_deref(), Some("ashgrove mill"), "{at:?}");
        let both = compare(&near, &at).expect("both name the mill");
        assert!(both.fields.iter().all(|f| f.field != "place"), "{both:?}");
        // Two places neither side names twice stay apart.
        let elsewhere = read("people killed in Bramley");
        assert!(compare(&at, &elsewhere).is_none());
    }

    #[test]
    fn an_own_name_and_the_headlines_one_name_both_anchor() {
        let with = |measure, names: &[&str]| {
            let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
            Frame::read(&Reading {
                measure,
                headline_names: &names,
                ..Reading::default()
            })
        };
        // One side names a region, the other a country in it: no place
        // matches, but both articles are about the same outbreak.
        let region = with("cholera cases in East Anglia", &["cholera"]);
        let country = with("cholera cases", &["cholera"]);
        let matched = compare(&region, &country).expect("compatible");
        assert!(
            matched.fields.iter().any(|f| f.field == "context"),
            "{matched:?}"
        );
        let unrelated = with("cholera cases", &["yemen"]);
        let unanchored = compare(&region, &unrelated).expect("compatible");
        assert!(unanchored.confidence < super::super::CONFIDENT);
    }

    #[test]
    fn a_name_the_articles_are_about_anchors_but_never_separates() {
        let about = |measure, names: &[&str]| {
            let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
            Frame::read(&Reading {
                measure,
                headline_names: &names,
                ..Reading::default()
            })
        };
        let a = about("acres burned by the wildfire", &["dixie fire"]);
        let b = about("acres burned by the wildfire", &["dixie fire"]);
        let matched = compare(&a, &b).expect("compatible");
        assert!(matched.confidence >= super::super::CONFIDENT, "{matched:?}");
        assert!(matched.fields.iter().any(|f| f.field == "context"));
        // One side's subject is the other's headline name.
        let named = read("acres burned by the Dixie Fire");
        let one = compare(&named, &b).expect("compatible");
        assert!(one.confidence >= super::super::CONFIDENT, "{one:?}");
        // A headline that names two things says neither is the figure's.
        let two = about(
            "acres burned by the wildfire",
            &["dixie fire", "greenville"],
        );
        let ambiguous = compare(&named, &two).expect("compatible");
        assert!(
            ambiguous.confidence < super::super::CONFIDENT,
            "{ambiguous:?}"
        );
        // Different headlines: compatible, but not confident.
        let other = about("acres burned by the wildfire", &["caldor fire"]);
        let unanchored = compare(&a, &other).expect("headline names never keep figures apart");
        assert!(unanchored.confidence < super::super::CONFIDENT);
    }

    #[test]
    fn rule_5_different_periods_keep_figures_apart() {
        assert!(
            compared(
                "jobs added in Canada in March",
                "jobs added in Canada in April"
            )
            .is_none()
        );
        let same = compared(
            "jobs added in Canada in March",
            "jobs created in Canada in March",
        )
        .expect("compatible");
        assert!(same.fields.iter().any(|f| f.field == "period"));
    }

    #[test]
    fn a_group_named_on_one_side_only_or_a_province_against_its_country_is_not_confident() {
        let part =
            compared("civilians killed in Iraq", "people killed in Iraq").expect("compatible");
        assert!(part.confidence < super::super::CONFIDENT, "{part:?}");
        let province = compared(
            "people killed by the storm in Leyte",
            "storm deaths in Ecuador",
        );
        assert!(province.is_some_and(|m| m.confidence < super::super::CONFIDENT));
    }

    #[test]
    fn confidence_needs_a_matched_place() {
        let placed =
            compared("deaths from the storm in Cuba", "people killed in Cuba").expect("compatible");
        assert!(placed.confidence >= super::super::CONFIDENT, "{placed:?}");
        let placeless = compared(
            "deaths from the storm since June",
            "storm deaths since June",
        )
        .expect("compatible");
        assert!(
            placeless.confidence <= PLACELESS_CONFIDENCE,
            "{placeless:?}"
        );
    }
}
