//! Measure frames: what a figure measures, read by documented rules from the
//! words around it, so that figures are compared only when they measure the
//! same thing (see [`super::compat`]).
//!
//! A [`Frame`] has seven fields, read with the lexicon of the language pack
//! (`src/lang/en/frames.yaml`, see [`super::lexicon`]) from the texts of a
//! [`Reading`], in this order of preference: the *measure* (a gold claim's
//! `measure`; for an extracted claim the words that name what is counted),
//! the figure's *clause*, its *sentence*, the *sentence before*, the
//! article's *headline* (its first line) and its *dateline* (the capitalised
//! words that open the first paragraph, up to a dash or a bracket).
//!
//! - **quantity**: what is counted, a quantity of the lexicon, from the
//!   measure, else the clause (see `Lexicon::quantity` for the choice among
//!   several); for a percentage, a broad quantity of the measure (a stock:
//!   GDP, a population) yields to another the clause names (the measure
//!   "gross domestic product" of "GDP expanded 6.9%" is growth, from the
//!   clause); the quantity of an event may be another (`the cost of` a
//!   storm is its `damage`, by the lexicon's `of_event`). No quantity, no
//!   comparison.
//! - **restrictions**: one value per axis of the lexicon (`who`: civilians,
//!   soldiers, children; `status`: registered, confirmed; `tally`: total or
//!   new; `event`: earthquake, flood, war, cholera), from the measure,
//!   else the clause; axes whose `reach` is `article` also from the
//!   sentence, the sentence before and the headline. A text that names two
//!   values of one axis ("civilians and soldiers") restricts it to neither;
//!   the source's words name none ("Police said 30 people died" counts no
//!   police).
//! - **place**: in the measure and the clause, a country after a locative
//!   word (`in`, `across`, `inside`; "in eastern Syria" is Syria) comes
//!   first, then another capitalised name after one ("in Leeds", as
//!   written; a province of the lexicon's list with its country: "in West
//!   Bengal" is India's), then any country or demonym ("Syrian refugees" are Syria's)
//!   except one just before an organisation's noun ("China's earthquake
//!   agency" says whose body reports, not where).
//!   The sentence and the sentence before give a place only after a
//!   locative word (a country named in passing, "backed by Russia", is not
//!   where the figure holds). Then the dateline's country, then the
//!   *article's country*, the one its text names most often (a figure "in
//!   the country" is in that one), then the dateline's other place; none
//!   of these for a figure "in the region", which holds beyond them. A
//!   country name inside a longer capitalised name is not read (`Latin
//!   America` is not the United States).
//! - **subjects**: the proper names the measure gives that are not places
//!   or months (`Apple`, `Likud`, `Camp Fire`), lower-cased; for a measure
//!   that names none, those of the clause. A name after a reporting word
//!   (`documented by the UN`, `according to Eurostat`), or in a clause and
//!   the source, is a source, not a subject. A clause's capitalised first
//!   word is skipped, unless it opens a longer name (`Cal Fire said`); a
//!   name that ends in an organisation's noun (`the Geological Survey`) is
//!   who counts, not a subject.
//! - **period**: the time the figure covers, the first pattern of the
//!   lexicon found in the measure, the clause or the sentence ("since March
//!   2011", "the past five days", "the first half"), leaving out the
//!   sentence's clauses that state other figures ("$9 billion in all: $4
//!   billion for this year") and the dateline that opens the first
//!   paragraph (its date is when the article was filed); a period counted
//!   from when it was stated (`last year`) is the year it names.
//! - **context**: the names of the article's headline ([`headline_names`]),
//!   what the whole article is about; they may anchor a match, never keep
//!   figures apart.
//! - **source**: who the figure is attributed to, as written; shown, never
//!   compared.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::lexicon::{LEXICON, Reach, Words};

/// What a figure measures.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Frame {
    /// What is counted, a quantity of the lexicon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<String>,
    /// Restriction axis → value, for the axes the texts name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub restrictions: BTreeMap<String, String>,
    /// Where the figure holds.
    #[serde(default, skip_serializing_if = "Place::is_unknown")]
    pub place: Place,
    /// Whose figure it is: proper names that are not places, lower-cased.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub subjects: BTreeSet<String>,
    /// The time the figure covers, as written (lower-cased).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The names the article's headline gives ([`headline_names`]): what
    /// the whole article is about. They can anchor a match that nothing
    /// closer to the figure anchors, but never keep two figures apart.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub context: BTreeSet<String>,
    /// Who the figure is attributed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Where a figure holds: a country of the lexicon, another place as
/// written, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Place {
    /// A country of the lexicon, by its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Another place (a region, a city), lower-cased as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<String>,
}

impl Place {
    /// Whether no place is known.
    pub fn is_unknown(&self) -> bool {
        self.country.is_none() && self.local.is_none()
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.country, &self.local) {
            (Some(c), Some(l)) => write!(f, "{l}, {c}"),
            (Some(c), None) => f.write_str(c),
            (None, Some(l)) => f.write_str(l),
            (None, None) => f.write_str("?"),
        }
    }
}

impl fmt::Display for Frame {
    /// `deaths | place Syria | event war | since march 2011 | source UN`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.quantity.as_deref().unwrap_or("no quantity"))?;
        for (axis, value) in &self.restrictions {
            write!(f, " | {axis} {value}")?;
        }
        if !self.place.is_unknown() {
            write!(f, " | place {}", self.place)?;
        }
        if !self.subjects.is_empty() {
            let names: Vec<&str> = self.subjects.iter().map(String::as_str).collect();
            write!(f, " | subjects {}", names.join(", "))?;
        }
        if let Some(period) = &self.period {
            write!(f, " | period {period}")?;
        }
        if !self.context.is_empty() {
            let names: Vec<&str> = self.context.iter().map(String::as_str).collect();
            write!(f, " | context {}", names.join(", "))?;
        }
        if let Some(source) = &self.source {
            write!(f, " | source {source}")?;
        }
        Ok(())
    }
}

/// The texts a frame is read from; any may be empty.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reading<'a> {
    /// What is counted, in words.
    pub measure: &'a str,
    /// The figure's clause.
    pub clause: &'a str,
    /// The figure's sentence.
    pub sentence: &'a str,
    /// The figure's sentence without the clauses that state other
    /// figures, where a period is looked for (a period beside another
    /// figure is that figure's); `None` reads the whole sentence.
    pub sentence_for_period: Option<&'a str>,
    /// The sentence before it.
    pub before: &'a str,
    /// The article's headline.
    pub headline: &'a str,
    /// The article's dateline.
    pub dateline: &'a str,
    /// The country the article names most often ([`article_country`]).
    pub article_country: Option<&'a str>,
    /// The names of the article's headline ([`headline_names`]).
    pub headline_names: &'a [String],
    /// Who the figure is attributed to.
    pub source: Option<&'a str>,
    /// The year the figure was stated in, which `last year` and `this
    /// year` count from.
    pub year: Option<u16>,
    /// The figure is a percentage. A stock's percentage is its change or a
    /// share of it: a broad quantity of the measure (`gross domestic
    /// product`) yields to one the clause names (`expanded 6.9%`).
    pub percent: bool,
}

impl Frame {
    /// Reads the frame of a figure (see the module documentation).
    ///
    /// ```
    /// use claimbench::conflict::{Frame, Reading};
    ///
    /// let frame = Frame::read(&Reading {
    ///     measure: "civilians killed in eastern Ukraine since February",
    ///     ..Reading::default()
    /// });
    /// assert_eq!(frame.quantity.as_deref(), Some("deaths"));
    /// assert_eq!(frame.restrictions["who"], "civilians");
    /// assert_eq!(frame.place.country.as_deref(), Some("Ukraine"));
    /// assert_eq!(frame.period.as_deref(), Some("since february"));
    /// ```
    pub fn read(reading: &Reading<'_>) -> Frame {
        let lexicon = &*LEXICON;
        // The measure and the clause are always read; the wider texts only
        // when they are needed (most figures find their place nearer), and
        // each at most once.
        let (measure, clause) = (&Words::of(reading.measure), &Words::of(reading.clause));
        let wider: [(&str, std::cell::OnceCell<Words>); 4] = [
            reading.sentence,
            reading.before,
            reading.headline,
            reading.dateline,
        ]
        .map(|text| (text, std::cell::OnceCell::new()));
        let words = |i: usize| wider[i].1.get_or_init(|| Words::of(wider[i].0));
        let (sentence, before, headline, dateline) =
            (|| words(0), || words(1), || words(2), || words(3));
        let narrow = |w: &Words| lexicon.quantity(w).filter(|q| !q.broad);
        let found = lexicon
            .quantity(measure)
            .filter(|q| !(q.broad && reading.percent && narrow(clause).is_some()))
            .or_else(|| lexicon.quantity(clause));
        let mut quantity = found.map(|q| q.id.clone());
        let mut restrictions = BTreeMap::new();
        if let Some(quantity) = &quantity {
            // Who reports a figure is not whom it counts: "Police said 30
            // people died" counts no police. The source's words are left
            // out of the texts that name it.
            let unsourced = |text: &str| {
                reading
                    .source
                    .filter(|s| !s.is_empty() && text.contains(*s))
                    .map(|s| Words::of(&text.replacen(s, " ", 1)))
            };
            let clause_unsourced = unsourced(reading.clause);
            let clause = clause_unsourced.as_ref().unwrap_or(clause);
            let sentence_unsourced = std::cell::OnceCell::new();
            for axis in lexicon.axes.iter().filter(|a| a.applies(quantity)) {
                let find = |w: &Words| Some(lexicon.values(axis, w)).filter(|v| !v.is_empty());
                let named = find(measure)
                    .or_else(|| find(clause))
                    .or_else(|| match axis.reach {
                        Reach::Clause => None,
                        Reach::Article => find(
                            sentence_unsourced
                                .get_or_init(|| unsourced(reading.sentence))
                                .as_ref()
                                .unwrap_or_else(|| sentence()),
                        )
                        .or_else(|| find(before()))
                        .or_else(|| find(headline())),
                    });
                if let Some([value]) = named.as_deref() {
                    restrictions.insert(axis.axis.clone(), (*value).to_owned());
                }
            }
        }
        // `the cost of Harvey` (a storm) is the damage it did.
        if let Some((of_event, events)) = found.and_then(|q| q.of_event.as_ref())
            && restrictions
                .get("event")
                .is_some_and(|e| events.contains(e))
        {
            quantity = Some(of_event.clone());
        }
        let place = place_in(measure, true)
            .or_else(|| place_in(clause, true))
            .or_else(|| place_in(sentence(), false))
            .or_else(|| place_in(before(), false))
            .or_else(|| {
                // `infected in the region`: the figure holds beyond the
                // dateline's place and the article's country.
                if [measure, clause].iter().any(|w| in_a_region(w)) {
                    return None;
                }
                place_in(dateline(), true)
                    .filter(|p| p.country.is_some())
                    .or_else(|| {
                        reading.article_country.map(|country| Place {
                            country: Some(country.to_owned()),
                            local: None,
                        })
                    })
                    .or_else(|| place_in(dateline(), true))
            })
            .unwrap_or_default();
        let period = [
            reading.measure,
            reading.clause,
            reading.sentence_for_period.unwrap_or(reading.sentence),
        ]
        .iter()
        .find_map(|t| period_in(without_dateline(t, reading.dateline)))
        .map(|period| absolute_year(period, reading.year));
        let source = Words::of(reading.source.unwrap_or_default());
        // The measure's names are the claim's own words; a clause's may name
        // the source, whose words are left out.
        let subjects = Some(subjects_in(measure, &place, &Words::default(), 0))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| subjects_in(clause, &place, &source, 1));
        Frame {
            quantity,
            restrictions,
            place,
            subjects,
            period,
            context: reading.headline_names.iter().cloned().collect(),
            source: reading.source.map(str::to_owned),
        }
    }

    /// The frame without its source: what [`super::compat::compare`] looks
    /// at, so that statements with one signature compare alike.
    pub(crate) fn signature(&self) -> Frame {
        Frame {
            source: None,
            ..self.clone()
        }
    }
}

/// `text` without the dateline it opens with, if it does: the date of a
/// dateline is when the article was filed, not the period of its figures.
fn without_dateline<'t>(text: &'t str, dateline: &str) -> &'t str {
    let dateline = dateline.trim_end();
    match text.strip_prefix(dateline) {
        Some(rest) if !dateline.is_empty() => rest,
        _ => text,
    }
}

/// Whether the text says its figure holds in a wider area than a country,
/// after a locative (`in the region`, `across the continent`).
fn in_a_region(words: &Words) -> bool {
    let lexicon = &*LEXICON;
    let raw = &words.raw;
    (0..raw.len()).any(|i| {
        lexicon.locatives.contains(&raw[i])
            && raw[i + 1..]
                .iter()
                .take_while(|w| lexicon.qualifiers.contains(*w))
                .count()
                .checked_add(i + 1)
                .and_then(|at| raw.get(at))
                .is_some_and(|w| lexicon.regions.contains(w))
    })
}

/// Whether `word` may be part of a name: capitalised, and not one of the
/// lexicon's capitalised words that never begin a place (`March`, `The`).
fn name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && !LEXICON.not_places.contains(word)
}

/// The place a text names, by the rules of the module documentation; any
/// country it names, locative or not, when `any_country`.
fn place_in(words: &Words, any_country: bool) -> Option<Place> {
    let lexicon = &*LEXICON;
    let raw = &words.raw;
    let mut local = None;
    for i in 0..raw.len() {
        if !lexicon.locatives.contains(&raw[i]) {
            continue;
        }
        let mut at = i + 1;
        while at < raw.len() && lexicon.qualifiers.contains(&raw[at]) {
            at += 1;
        }
        if at >= raw.len() {
            continue;
        }
        if let Some((country, _)) = lexicon.country_at(words, at) {
            return Some(Place {
                country: Some(country.to_owned()),
                local: None,
            });
        }
        if local.is_none() && name_word(&raw[at]) {
            let end = (at..raw.len())
                .find(|&j| !name_word(&raw[j]) || (j > at && !words.after_space[j]))
                .unwrap_or(raw.len());
            let name = raw[at..end].join(" ").to_lowercase();
            // `in Texas`, `in northern Gaza`: a province is in its country.
            if let Some(&country) = lexicon.provinces.get(&name) {
                return Some(Place {
                    country: Some(lexicon.country_names[country].clone()),
                    local: Some(name),
                });
            }
            local = Some(name);
        }
    }
    if local.is_some() {
        return Some(Place {
            country: None,
            local,
        });
    }
    if !any_country {
        return None;
    }
    (0..raw.len())
        .filter_map(|i| standalone_country_at(words, i).map(|found| (i, found)))
        .find(|&(i, (_, len))| !qualifies_an_organisation(words, i + len))
        .map(|(_, (country, _))| Place {
            country: Some(country.to_owned()),
            local: None,
        })
}

/// Whether an organisation's noun (`agency`, `ministry`) is at word `at` or
/// follows it with at most two lower-case words between: a country just
/// before it says whose body it is ("China's earthquake agency").
fn qualifies_an_organisation(words: &Words, at: usize) -> bool {
    let lexicon = &*LEXICON;
    (at..words.raw.len().min(at + 3))
        .take_while(|&j| {
            j == at
                || words.raw[j - 1]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })
        .any(|j| lexicon.organisations.contains(&words.stems[j]))
}

/// The country named at word `i` and how many words it takes, unless the
/// name is part of a longer capitalised name, which is not a country on its
/// own (`Latin America`, `the US Geological Survey`, `China Earthquake
/// Networks Center`).
fn standalone_country_at(words: &Words, i: usize) -> Option<(&'static str, usize)> {
    let lexicon = &*LEXICON;
    let raw = &words.raw;
    let inside = i > 0 && words.after_space[i] && name_word(&raw[i - 1]);
    let found = (!inside).then(|| lexicon.country_at(words, i)).flatten()?;
    let next = i + found.1;
    let continued = next < raw.len() && words.after_space[next] && name_word(&raw[next]);
    (!continued).then_some(found)
}

/// Words after which a name is a source: `documented by`, `according to`.
const REPORTING: &[&str] = &[
    "report", "record", "document", "count", "estimat", "confirm", "register", "verify", "compil",
    "publish", "tally", "accord", "say", "said",
];

/// The subjects a text names (see the module documentation), from word
/// `from` on (a clause's first word is capitalised whether or not it is a
/// name).
fn subjects_in(words: &Words, place: &Place, source: &Words, from: usize) -> BTreeSet<String> {
    let lexicon = &*LEXICON;
    let raw = &words.raw;
    let mut subjects = BTreeSet::new();
    // A capitalised first word is skipped as the sentence's capital, unless
    // it opens a longer name (`Cal Fire said`), which is read whole.
    let opens_a_name =
        raw.len() > 1 && name_word(&raw[0]) && name_word(&raw[1]) && words.after_space[1];
    let mut i = if opens_a_name { 0 } else { from };
    while i < raw.len() {
        if let Some((_, len)) = lexicon.country_at(words, i) {
            i += len;
            continue;
        }
        if !name_word(&raw[i]) {
            i += 1;
            continue;
        }
        let end = (i + 1..raw.len())
            .find(|&j| !name_word(&raw[j]) || !words.after_space[j])
            .unwrap_or(raw.len());
        let name = raw[i..end].join(" ");
        let reported = (i >= 2
            && matches!(raw[i - 1].as_str(), "by" | "to" | "the")
            && words.stems[i.saturating_sub(3)..i - 1]
                .iter()
                .any(|w| REPORTING.iter().any(|r| w.starts_with(r))))
            || source.raw.iter().any(|w| w == &raw[i]);
        let lower = name.to_lowercase();
        // A name that ends in an organisation's noun (`the Geological
        // Survey`, `the Elections Committee`) is who counts, not what.
        let counts = lexicon.organisations.contains(&words.stems[end - 1]);
        if !reported && !counts && place.local.as_deref() != Some(lower.as_str()) {
            subjects.insert(lower);
        }
        i = end;
    }
    subjects
}

/// The country `text` names most often (by name or demonym; the first
/// named on a tie), if any. A country inside a longer name counts (the
/// `Syrian Democratic Forces` say where an article is).
pub fn article_country(text: &str) -> Option<&'static str> {
    let lexicon = &*LEXICON;
    let words = Words::of(text);
    let mut counts: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < words.raw.len() {
        match lexicon.country_at(&words, i) {
            Some((country, len)) => {
                match counts.iter_mut().find(|(c, _, _)| *c == country) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push((country, 1, i)),
                }
                i += len;
            }
            None => i += 1,
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n, first)| (n, std::cmp::Reverse(first)))
        .map(|(country, _, _)| country)
}

/// The first period pattern of the lexicon in `text`, lower-cased, without
/// its leading preposition.
fn period_in(text: &str) -> Option<String> {
    if !LEXICON.any_period.is_match(text) {
        return None;
    }
    let found = LEXICON
        .periods
        .iter()
        .filter_map(|pattern| pattern.find(text))
        .min_by_key(|m| (m.start(), std::cmp::Reverse(m.end())))?;
    let period = found.as_str().to_lowercase();
    let trimmed = ["in ", "over ", "during ", "for "]
        .iter()
        .find_map(|p| period.strip_prefix(p))
        .unwrap_or(&period);
    Some(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A period that counts in years from when the figure was stated (`last
/// year`, `this year`, `next year`) as the year it names, so that "last
/// year" in a report of 2016 is the "2015" of another; any other period,
/// or any without a year to count from, as it is.
fn absolute_year(period: String, year: Option<u16>) -> String {
    let Some(year) = year else { return period };
    let year = i32::from(year);
    let named = match period.as_str() {
        "last year" => year - 1,
        "this year" => year,
        "next year" => year + 1,
        _ => return period,
    };
    named.to_string()
}

/// The proper names of an article's headline that are neither countries
/// nor months, lower-cased: `Camp Fire toll climbs` gives `camp fire`. A
/// headline in title case (most words capitalised) gives none, since its
/// capitals say nothing; its first word only when it opens a longer name or
/// the body writes it as a name: capitalised after a lower-case word, or
/// capitalised wherever it stands and never in lower case. The source a
/// headline ends with (`..., WHO says`, `...: UN`) says who reports, not
/// what the article is about, and gives no name.
pub fn headline_names(text: &str) -> Vec<String> {
    let lexicon = &*LEXICON;
    let (whole, _) = headline_and_dateline(text);
    let headline = without_headline_source(whole);
    let words = Words::of(headline);
    let raw = &words.raw;
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let later = raw
        .iter()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic));
    let (capitals, all) = later.fold((0, 0), |(c, n), w| (c + usize::from(capitalised(w)), n + 1));
    if all == 0 || capitals * 2 > all {
        return Vec::new();
    }
    let body = std::cell::OnceCell::new();
    let named_in_body = |word: &str| {
        let body = body.get_or_init(|| Words::of(text.get(whole.len()..).unwrap_or_default()));
        let after_lower_case = (1..body.raw.len()).any(|i| {
            body.raw[i] == word
                && body.raw[i - 1]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        });
        let lower = word.to_lowercase();
        let only_capitalised = body.raw.iter().any(|w| w == word) && !body.raw.contains(&lower);
        after_lower_case || only_capitalised
    };
    let mut names = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if let Some((_, len)) = lexicon.country_at(&words, i) {
            i += len;
            continue;
        }
        if !name_word(&raw[i]) {
            i += 1;
            continue;
        }
        let end = (i + 1..raw.len())
            .find(|&j| !name_word(&raw[j]) || !words.after_space[j])
            .unwrap_or(raw.len());
        let opening = i == 0 && end == 1 && !named_in_body(&raw[0]);
        if !opening {
            names.push(raw[i..end].join(" ").to_lowercase());
        }
        i = end;
    }
    names.sort();
    names.dedup();
    names
}

/// The headline without the source it ends with: after its last comma or
/// colon, words ending in a verb of report (`Ebola cases climb, WHO says`)
/// or, after a colon, any (`Cholera spreads: NGO`).
fn without_headline_source(headline: &str) -> &str {
    let Some(at) = headline.rfind([',', ':']) else {
        return headline;
    };
    let tail = Words::of(&headline[at + 1..]);
    let reports = tail
        .stems
        .last()
        .is_some_and(|last| REPORTING.iter().any(|r| last.starts_with(r)));
    let short = (1..=4).contains(&tail.raw.len());
    if short && (reports || headline[at..].starts_with(':')) {
        &headline[..at]
    } else {
        headline
    }
}

/// The article's headline (its first non-empty line) and dateline (the
/// opening of the next paragraph up to a dash or bracket, when it starts
/// with a word in capitals and is short).
pub(crate) fn headline_and_dateline(text: &str) -> (&str, &str) {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let headline = lines.next().unwrap_or("");
    let dateline = lines
        .next()
        .and_then(|body| {
            let first = body.split_whitespace().next()?;
            let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() < 3 || letters.iter().any(|c| c.is_lowercase()) {
                return None;
            }
            let end = body.find(['—', '–', '(']).or_else(|| body.find(" - "))?;
            (end <= 60).then(|| &body[..end])
        })
        .unwrap_or("");
    (headline, dateline)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(text: &str) -> Frame {
        Frame::read(&Reading {
            measure: text,
            ..Reading::default()
        })
    }

    #[test]
    fn the_quantity_is_the_first_specific_phrase_of_the_measure() {
        assert_eq!(
            measure("people injured in the storm that killed 12")
                .quantity
                .as_deref(),
            Some("injuries")
        );
        assert_eq!(
            measure("half of the region's population forced to flee the country")
                .quantity
                .as_deref(),
            Some("refugees")
        );
        assert_eq!(
            measure("residents of the valley").quantity.as_deref(),
            Some("population")
        );
        assert_eq!(measure("schools reopened after the strike").quantity, None);
        // The economy's output is a stock: how it changed is its growth.
        assert_eq!(
            measure("gross domestic product expanded 2.1% in the quarter")
                .quantity
                .as_deref(),
            Some("growth")
        );
        assert_eq!(
            measure("the size of the economy in 2019")
                .quantity
                .as_deref(),
            Some("gross domestic product")
        );
    }

    #[test]
    fn a_percentage_of_a_stock_is_what_the_clause_says_happened_to_it() {
        let output = |percent| {
            Frame::read(&Reading {
                measure: "economic output",
                clause: "economic output expanded 3.1% over the year",
                percent,
                ..Reading::default()
            })
            .quantity
        };
        assert_eq!(output(true).as_deref(), Some("growth"));
        assert_eq!(output(false).as_deref(), Some("gross domestic product"));
        // A count of the stock stays the stock, whatever the clause says.
        let population = Frame::read(&Reading {
            measure: "prewar population",
            clause: "a prewar population of 9 million, a third of whom fled abroad",
            ..Reading::default()
        });
        assert_eq!(population.quantity.as_deref(), Some("population"));
    }

    #[test]
    fn the_source_is_not_whom_a_figure_counts() {
        let frame = Frame::read(&Reading {
            clause: "Police said 14 people had drowned",
            source: Some("Police"),
            ..Reading::default()
        });
        assert_eq!(frame.quantity.as_deref(), Some("deaths"));
        assert_eq!(frame.restrictions.get("who"), None);
        let officers = Frame::read(&Reading {
            clause: "Police said 3 police officers had drowned",
            source: Some("Police"),
            ..Reading::default()
        });
        assert_eq!(
            officers.restrictions.get("who").map(String::as_str),
            Some("police")
        );
    }

    #[test]
    fn a_datelines_date_is_no_period() {
        let frame = Frame::read(&Reading {
            measure: "jobs cut",
            sentence: "OSLO, March 3, 2021 — The yard will cut 400 jobs.",
            dateline: "OSLO, March 3, 2021 ",
            ..Reading::default()
        });
        assert_eq!(frame.period, None);
        let dated = Frame::read(&Reading {
            measure: "jobs cut",
            sentence: "OSLO, March 3, 2021 — The yard cut 400 jobs in February.",
            dateline: "OSLO, March 3, 2021 ",
            ..Reading::default()
        });
        assert_eq!(dated.period.as_deref(), Some("february"));
    }

    #[test]
    fn the_same_count_worded_two_ways_is_one_quantity() {
        for text in [
            "confirmed cases of cholera",
            "people infected with cholera",
            "patients who tested positive",
        ] {
            assert_eq!(measure(text).quantity.as_deref(), Some("cases"), "{text}");
        }
    }

    #[test]
    fn restrictions_name_whom_and_two_values_of_one_axis_name_neither() {
        let civilians = measure("civilians killed by shelling");
        assert_eq!(
            civilians.restrictions.get("who").map(String::as_str),
            Some("civilians")
        );
        assert_eq!(
            civilians.restrictions.get("event").map(String::as_str),
            Some("attack")
        );
        let both = measure("civilians and soldiers killed");
        assert_eq!(both.restrictions.get("who"), None);
    }

    #[test]
    fn the_event_may_come_from_the_headline_but_the_whom_may_not() {
        let frame = Frame::read(&Reading {
            measure: "people killed",
            headline: "Flooding sweeps river towns; children among the missing",
            ..Reading::default()
        });
        assert_eq!(
            frame.restrictions.get("event").map(String::as_str),
            Some("flood")
        );
        assert_eq!(frame.restrictions.get("who"), None);
    }

    #[test]
    fn a_locative_place_wins_over_a_demonym() {
        let frame = measure("Sudanese refugees sheltering in Chad");
        assert_eq!(frame.place.country.as_deref(), Some("Chad"));
        assert_eq!(
            measure("Sudanese refugees").place.country.as_deref(),
            Some("Sudan")
        );
        assert_eq!(
            measure("homes lost in northern Italy")
                .place
                .country
                .as_deref(),
            Some("Italy")
        );
    }

    #[test]
    fn other_places_are_kept_as_written_and_long_names_are_not_split() {
        let frame = measure("people displaced in Sylhet Division");
        assert_eq!(frame.place.local.as_deref(), Some("sylhet division"));
        assert_eq!(frame.place.country, None);
        // A province of the lexicon's list is in its country.
        let frame = measure("people displaced in West Bengal");
        assert_eq!(frame.place.local.as_deref(), Some("west bengal"));
        assert_eq!(frame.place.country.as_deref(), Some("India"));
        assert_eq!(
            measure("quakes measured by the US Geological Survey").place,
            Place::default()
        );
        let latin = measure("migrants counted in Latin America");
        assert_eq!(latin.place.local.as_deref(), Some("latin america"));
        assert_eq!(measure("cases reported in March").place, Place::default());
    }

    #[test]
    fn the_place_falls_back_on_the_dateline_then_the_articles_country() {
        let frame = Frame::read(&Reading {
            measure: "people evacuated",
            sentence: "Officials said 4,000 people were evacuated overnight.",
            headline: "River bursts its banks",
            dateline: "LIMA, Peru ",
            article_country: Some("Chile"),
            ..Reading::default()
        });
        assert_eq!(frame.place.country.as_deref(), Some("Peru"));
        let frame = Frame::read(&Reading {
            measure: "people evacuated",
            sentence: "Backed by Brazil, officials said 4,000 people were evacuated in the country.",
            article_country: Some("Chile"),
            ..Reading::default()
        });
        assert_eq!(frame.place.country.as_deref(), Some("Chile"));
    }

    #[test]
    fn the_articles_country_is_the_one_named_most_often() {
        let text =
            "Kenyan officials met Ugandan envoys. Floods in Kenya rose. Kenya asked for aid.";
        assert_eq!(article_country(text), Some("Kenya"));
        assert_eq!(article_country("No country at all."), None);
    }

    #[test]
    fn subjects_are_names_that_are_neither_places_nor_sources() {
        let frame = measure("seats won by Likud in Israel");
        assert_eq!(frame.subjects.iter().collect::<Vec<_>>(), ["likud"]);
        let documented = measure("deaths documented by the WHO in Guinea");
        assert!(documented.subjects.is_empty(), "{documented:?}");
        let fire = measure("acres burned by the Dixie Fire in March");
        assert_eq!(fire.subjects.iter().collect::<Vec<_>>(), ["dixie fire"]);
    }

    #[test]
    fn a_clause_that_opens_with_a_name_keeps_it_whole_and_an_agency_is_no_subject() {
        let clause = |clause| {
            Frame::read(&Reading {
                clause,
                ..Reading::default()
            })
            .subjects
        };
        // The sentence's capital is skipped; a name that opens it is read
        // whole, so a source's name is not half left as a subject.
        assert!(clause("Officials said 40 homes burned").is_empty());
        let quarter = clause("Rio Tinto shipped 80 million tonnes of ore");
        assert_eq!(quarter.iter().collect::<Vec<_>>(), ["rio tinto"]);
        // Who counts is not what is counted.
        assert!(clause("the Federal Statistics Office counted 900 new firms").is_empty());
        assert!(clause("the Elections Committee gave Likud 30 seats").contains("likud"));
    }

    #[test]
    fn a_headline_names_what_the_article_is_about() {
        let text = "Dixie Fire toll rises as crews reach Greenville\n\n\
                    The fire has burned 400 homes, Cal Fire said.";
        assert_eq!(headline_names(text), ["dixie fire", "greenville"]);
        // The first word is the headline's capital unless the body names it.
        let text = "Ida leaves 12 dead\n\nThe remnants of Ida flooded basements.";
        assert_eq!(headline_names(text), ["ida"]);
        let text = "Storms leave 12 dead\n\nThe storms flooded basements.";
        assert!(headline_names(text).is_empty());
        // Countries are places, not names; a title-case headline says nothing.
        assert!(headline_names("Floods Sweep Northern Kenya Villages\n\nText.").is_empty());
        assert!(headline_names("Kenya counts flood losses\n\nText.").is_empty());
    }

    #[test]
    fn a_first_word_the_body_only_capitalises_is_a_name_and_a_headlines_source_is_none() {
        // The body writes it only at the start of sentences, never in lower
        // case: a name.
        let text = "Vantor to close two plants\n\nVantor said 900 jobs would go.";
        assert_eq!(headline_names(text), ["vantor"]);
        // Written in lower case too: a common word.
        let text = "Shares slide after results\n\nShares fell 4%. Its shares had risen.";
        assert!(headline_names(text).is_empty());
        // Who reports is not what the article is about.
        let text = "Cholera cases climb in Kasai, Red Cross says\n\nText.";
        assert_eq!(headline_names(text), ["kasai"]);
        let text = "Cholera cases climb in Kasai: Red Cross\n\nText.";
        assert_eq!(headline_names(text), ["kasai"]);
        // A comma that opens no source leaves the headline whole.
        let text = "Floods hit Kasai, Lomami and Sankuru provinces\n\nText.";
        assert_eq!(headline_names(text), ["kasai", "lomami", "sankuru"]);
    }

    #[test]
    fn the_cost_of_a_natural_disaster_is_its_damage() {
        let cost = |measure| {
            Frame::read(&Reading {
                measure,
                ..Reading::default()
            })
            .quantity
        };
        assert_eq!(cost("the cost of the hurricane").as_deref(), Some("damage"));
        assert_eq!(cost("the cost of the new stadium").as_deref(), Some("cost"));
        assert_eq!(
            cost("the cost of rebuilding after the earthquake").as_deref(),
            Some("reconstruction cost")
        );
        assert_eq!(cost("the flood aid bill").as_deref(), Some("spending"));
    }

    #[test]
    fn a_figure_in_the_region_is_not_in_the_articles_country() {
        let read = |clause| {
            Frame::read(&Reading {
                clause,
                article_country: Some("Chad"),
                dateline: "N'DJAMENA ",
                ..Reading::default()
            })
            .place
        };
        assert_eq!(
            read("400 people were displaced").country.as_deref(),
            Some("Chad")
        );
        let region = read("400 people were displaced across the region");
        assert_eq!((region.country, region.local), (None, None));
    }

    #[test]
    fn a_period_in_years_from_now_is_the_year_it_names() {
        let read = |measure, year| {
            Frame::read(&Reading {
                measure,
                year,
                ..Reading::default()
            })
            .period
        };
        let last = read("asylum claims lodged in the bloc last year", Some(2016));
        assert_eq!(last.as_deref(), Some("2015"));
        assert_eq!(
            read("claims lodged in 2015", Some(2016)).as_deref(),
            Some("2015")
        );
        assert_eq!(
            read("tourists expected this year", Some(2019)).as_deref(),
            Some("2019")
        );
        // Without the date it was stated, `last year` stays as written.
        assert_eq!(
            read("asylum claims lodged last year", None).as_deref(),
            Some("last year")
        );
    }

    #[test]
    fn a_country_that_qualifies_an_organisation_is_not_the_place() {
        let frame = Frame::read(&Reading {
            clause: "Japan's weather agency put the typhoon's gusts at 160 km/h",
            article_country: Some("Philippines"),
            ..Reading::default()
        });
        assert_eq!(frame.place.country.as_deref(), Some("Philippines"));
        let frame = Frame::read(&Reading {
            clause: "the German statistics office counted 1.1 million asylum seekers",
            ..Reading::default()
        });
        assert_eq!(frame.place.country, None);
        // A country that qualifies what is counted is its place.
        let frame = Frame::read(&Reading {
            clause: "some 5.6 million Syrian refugees",
            ..Reading::default()
        });
        assert_eq!(frame.place.country.as_deref(), Some("Syria"));
    }

    #[test]
    fn periods_are_read_without_their_preposition() {
        assert_eq!(
            measure("deaths over the past five days").period.as_deref(),
            Some("the past five days")
        );
        assert_eq!(
            measure("deaths in the past five days").period.as_deref(),
            Some("the past five days")
        );
        assert_eq!(
            measure("jobs added in the first half of 2019")
                .period
                .as_deref(),
            Some("the first half of 2019")
        );
        assert_eq!(
            measure("people detained since March 2011")
                .period
                .as_deref(),
            Some("since march 2011")
        );
        assert_eq!(measure("people detained as of May 3").period, None);
    }

    #[test]
    fn headline_and_dateline_are_read_from_the_top_of_the_text() {
        let text = "Quake shakes the coast\n\nQUITO, Ecuador (AP) — A strong earthquake struck.";
        assert_eq!(
            headline_and_dateline(text),
            ("Quake shakes the coast", "QUITO, Ecuador ")
        );
        let plain =
            "Quake shakes the coast\n\nA strong earthquake struck on Monday — officials said.";
        assert_eq!(headline_and_dateline(plain).1, "");
    }
}
