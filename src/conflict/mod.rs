//! Cross-article conflict detection: which figures from different articles
//! measure the same thing, and whether they agree.
//!
//! The detector works on [`Statement`]s, a view that gold claims and
//! extracted claims both convert into, and does no I/O. It runs in three
//! steps, each documented on its function:
//!
//! 1. [`MeasureKey::of`] reduces a measure to a *concept* from general
//!    synonym sets ("killed", "deaths", "death toll" are one concept) and the
//!    places or subjects it names;
//! 2. statements with the same concept, units of one dimension that convert
//!    into each other (or the same unit) and compatible subjects form a
//!    group;
//! 3. every pair of statements from different articles in a group gets a
//!    [`Verdict`] by comparing the [`Interval`]s their qualifiers imply, the
//!    second converted into the first's unit when they differ (2 square
//!    miles against 5 square kilometres).
//!
//! An extractor may name what a figure measures itself (the `conflict_key`
//! of an extracted claim): such statements group by that key and unit alone.
//!
//! Dates do not change a verdict: every finding names when each figure was
//! stated (its `as_of` date, else the article's publication date) and says
//! how many years apart they are, so a reader can judge whether time explains
//! a difference. (A rule that excused, say, a rising death toll would also
//! excuse a real contradiction between a figure and a later, smaller one.)

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

mod extracted;
mod scoring;

pub use extracted::{WINDOW_WORDS, extracted_index, extracted_label, statements_from_extracted};
pub use scoring::{ConflictScore, LISTING_LIMIT, VerdictPair, expected_pairs, score_statements};

use crate::model::{Article, Claim, PartialDate, Value, Verdict};
use crate::vocab::{Qualifier, Unit};

/// One figure as the conflict detector sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The article the figure is stated in.
    pub article: String,
    /// The claim's id (gold) or another label unique within the article.
    pub claim: String,
    /// The figure.
    pub value: Value,
    /// Its unit.
    pub unit: Unit,
    /// Its hedge.
    pub qualifier: Qualifier,
    /// For a share of another figure ("half of 23 million"), that figure.
    pub base: Option<Base>,
    /// What is counted, in words.
    pub measure: String,
    /// Who the article says the figure comes from; `None` for the outlet's own voice.
    pub attribution: Option<String>,
    /// When the figure held or was published, if known.
    pub date: Option<PartialDate>,
    /// An extractor's own name for what the figure measures; when present
    /// it replaces the measure words for grouping (see [`detect`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// The figure a share is a share of.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Base {
    /// Its value.
    pub value: Value,
    /// Its unit, which becomes the share's effective unit.
    pub unit: Unit,
    /// Its hedge.
    pub qualifier: Qualifier,
}

impl Statement {
    /// The statement of a gold claim: its `as_of` date, else the article's
    /// publication date; its `of` claim, if any, as the base.
    pub fn from_claim(article: &Article, claim: &Claim) -> Statement {
        let base = claim
            .of
            .as_deref()
            .and_then(|id| article.claim(id))
            .map(|base| Base {
                value: base.value,
                unit: base.unit,
                qualifier: base.qualifier,
            });
        let date = claim
            .as_of
            .as_ref()
            .or(article.source.published.as_ref())
            .map(|dated| dated.date);
        Statement {
            article: article.id.clone(),
            claim: claim.id.clone(),
            value: claim.value,
            unit: claim.unit,
            qualifier: claim.qualifier,
            base,
            measure: claim.measure.clone(),
            attribution: claim.attribution.source.clone(),
            date,
            key: None,
        }
    }

    /// The statements of every gold claim of an article.
    pub fn from_article(article: &Article) -> Vec<Statement> {
        article
            .claims
            .iter()
            .map(|claim| Statement::from_claim(article, claim))
            .collect()
    }

    /// The unit the statement counts in: a share of another figure counts in
    /// that figure's unit.
    pub fn effective_unit(&self) -> Unit {
        match self.base {
            Some(base) if is_share(self.unit) => base.unit,
            _ => self.unit,
        }
    }

    /// The values the statement admits, in its effective unit.
    pub fn interval(&self) -> Interval {
        let own = Interval::of(self.value, self.qualifier);
        match self.base {
            Some(base) if is_share(self.unit) => {
                let share = if self.unit == Unit::PERCENT {
                    own.scale(0.01)
                } else {
                    own
                };
                share.times(&Interval::of(base.value, base.qualifier))
            }
            _ => own,
        }
    }
}

fn is_share(unit: Unit) -> bool {
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
    fn closed(low: f64, high: f64) -> Interval {
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
    /// | `exact` | x ± half a unit of its last significant digit (5 million: 4.5 to 5.5 million) |
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
                let half_unit = rounding_unit(mid) / 2.0;
                Interval::closed(low - half_unit, high + half_unit)
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

    fn scale(&self, factor: f64) -> Interval {
        Interval {
            low: self.low * factor,
            high: self.high * factor,
            ..*self
        }
    }

    /// The product of two intervals of non-negative values.
    fn times(&self, other: &Interval) -> Interval {
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
fn rounding_unit(x: f64) -> f64 {
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
fn format_number(x: f64) -> String {
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

/// What a measure counts, reduced for grouping: a concept from the synonym
/// sets and the places or subjects it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct MeasureKey {
    /// The concept, named by the first entry of its synonym set (`deaths`),
    /// or the measure's own content words when no set matches.
    pub concept: String,
    /// Proper names in the measure, lower-cased, without a possessive `'s`.
    /// Names match their demonyms when compared (see [`MeasureKey::matches`]).
    pub subjects: BTreeSet<String>,
}

/// General synonym and lemma sets. Each concept lists phrases that name it;
/// a measure takes the concept of the first phrase it contains, in table
/// order, so more specific concepts (refugees, displaced) come before
/// broader ones (population). Phrases are matched on whole words after
/// lower-casing and [`lemma`].
const CONCEPTS: &[(&str, &[&str])] = &[
    (
        "deaths",
        &[
            "kill",
            "death",
            "dead",
            "die",
            "fatality",
            "death toll",
            "life lost",
            "lose their life",
        ],
    ),
    ("injuries", &["injure", "injury", "wound", "hurt"]),
    (
        "refugees",
        &[
            "refugee",
            "flee abroad",
            "flee the country",
            "drive abroad",
            "leave the country",
            "asylum seeker",
            "abroad",
        ],
    ),
    (
        "displaced",
        &[
            "displace",
            "uproot",
            "flee their home",
            "flee home",
            "homeless",
            "lose their home",
        ],
    ),
    (
        "detained",
        &["arrest", "detain", "detainee", "prisoner", "jail"],
    ),
    ("missing", &["missing", "disappear"]),
    ("troops", &["troop", "soldier", "personnel"]),
    (
        "territory",
        &["territory", "land", "area", "territory control"],
    ),
    ("population", &["population", "inhabitant", "resident"]),
    (
        "money",
        &["spend", "invest", "fund", "aid", "cost", "budget"],
    ),
];

impl MeasureKey {
    /// Reduces a measure to its key.
    ///
    /// ```
    /// use claimbench::conflict::MeasureKey;
    ///
    /// let a = MeasureKey::of("people killed in the Yemeni civil war");
    /// let b = MeasureKey::of("the Yemen war's death toll");
    /// assert_eq!(a.concept, "deaths");
    /// assert!(a.matches(&b));
    /// assert!(!a.matches(&MeasureKey::of("people killed in Sudan")));
    /// ```
    pub fn of(measure: &str) -> MeasureKey {
        let words = lemmas(measure);
        let concept =
            concept_of_lemmas(&words).map_or_else(|| content_words(&words), str::to_owned);
        let subjects = measure
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map(strip_possessive)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter(|w| !STOP_WORDS.contains(&w.to_lowercase().as_str()))
            .map(str::to_lowercase)
            .collect();
        MeasureKey { concept, subjects }
    }

    /// Whether two keys measure the same thing: the same concept, and subjects
    /// that share a name (or a name and its demonym) when both name any.
    pub fn matches(&self, other: &MeasureKey) -> bool {
        self.concept == other.concept
            && (self.subjects.is_empty()
                || other.subjects.is_empty()
                || self
                    .subjects
                    .iter()
                    .any(|s| other.subjects.iter().any(|o| same_subject(s, o))))
    }
}

/// The concept of the first synonym set, in table order, that `text`
/// names; `None` when it names none.
pub fn concept_of(text: &str) -> Option<&'static str> {
    concept_of_lemmas(&lemmas(text))
}

fn lemmas(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| lemma(&strip_possessive(w).to_lowercase()))
        .collect()
}

fn concept_of_lemmas(words: &[String]) -> Option<&'static str> {
    let text = format!(" {} ", words.join(" "));
    CONCEPTS
        .iter()
        .find(|(_, phrases)| {
            phrases.iter().any(|phrase| {
                let phrase: Vec<String> = phrase.split(' ').map(lemma).collect();
                text.contains(&format!(" {} ", phrase.join(" ")))
            })
        })
        .map(|(concept, _)| *concept)
}

/// Words that say nothing about what is measured; capitalized, they are not
/// subjects either ("The death toll").
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "by", "for", "to", "and", "or", "as", "at", "from", "with",
    "its", "their", "his", "her", "who", "that", "which", "number", "people", "share", "over",
    "since", "this", "these", "those",
];

/// The measure's content words in order, for measures outside every synonym
/// set: two such measures group only when they say the same thing.
fn content_words(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// A crude English lemma: enough to join the inflections that news text uses
/// for counted events (killed/kills/killing, fled/flees/fleeing, deaths).
fn lemma(word: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("fled", "flee"),
        ("fleeing", "flee"),
        ("flees", "flee"),
        ("died", "die"),
        ("dying", "die"),
        ("dies", "die"),
        ("lost", "lose"),
        ("losing", "lose"),
        ("lives", "life"),
        ("driven", "drive"),
        ("drove", "drive"),
        ("left", "leave"),
        ("leaving", "leave"),
        ("fatalities", "fatality"),
        ("casualties", "casualty"),
        ("injuries", "injury"),
        ("homes", "home"),
        ("spent", "spend"),
        ("held", "hold"),
    ];
    if let Some((_, base)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return (*base).to_owned();
    }
    for suffix in ["ed", "ing", "s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
            && !word.ends_with("ss")
        {
            // "injured" -> "injur" -> "injure": restore a dropped final e
            // for the stems the synonym sets list with one.
            let restored = format!("{stem}e");
            if ["injure", "displace", "arrive", "invade", "issue"].contains(&restored.as_str()) {
                return restored;
            }
            return stem.to_owned();
        }
    }
    word.to_owned()
}

/// Whether two proper names name the same place or people: equal, or one a
/// prefix of the other of at least four letters, which joins a country to its
/// demonyms (Yemen, Yemeni, Yemenis; Iraq, Iraqi; Chad, Chadian; Iran,
/// Iranian) without a table of countries.
fn same_subject(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.chars().count() >= 4 && long.starts_with(short))
}

/// A pair of statements from different articles that measure the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The first statement (ordered by article, then claim).
    pub a: Statement,
    /// The second statement.
    pub b: Statement,
    /// How they relate.
    pub verdict: Verdict,
    /// One line naming the figures, articles, attributions and dates.
    pub explanation: String,
}

/// Statements that measure the same thing, and the verdict on every pair of
/// them from different articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// What the statements measure.
    pub key: MeasureKey,
    /// The effective unit of the first statement. The others share it or
    /// convert into it ([`Unit::base`]); findings compare in this unit.
    pub unit: Unit,
    /// The statements, ordered by article and claim.
    pub statements: Vec<Statement>,
    /// One finding per pair from different articles.
    pub findings: Vec<Finding>,
}

impl Group {
    /// The strongest verdict among the group's findings: a conflict outweighs
    /// a discrepancy, which outweighs agreement.
    pub fn verdict(&self) -> Option<Verdict> {
        self.findings.iter().map(|f| f.verdict).max()
    }
}

/// Groups statements that measure the same thing and judges every pair from
/// different articles. Only groups that span at least two articles are
/// returned; a statement whose measure names nothing joins no group. The result does not depend on the order of `statements`, and
/// exact duplicates (same article, claim and figure) count once.
pub fn detect(statements: &[Statement]) -> Vec<Group> {
    cluster(statements)
        .into_iter()
        .filter_map(|cluster| {
            let members = cluster.members;
            let findings: Vec<Finding> = members
                .iter()
                .enumerate()
                .flat_map(|(i, a)| members[i + 1..].iter().map(move |b| (*a, *b)))
                .filter(|(a, b)| a.article != b.article)
                .map(|(a, b)| judge(a, b))
                .collect();
            (!findings.is_empty()).then(|| Group {
                key: cluster.key,
                unit: cluster.unit,
                statements: members.into_iter().cloned().collect(),
                findings,
            })
        })
        .collect()
}

/// Statements that measure the same thing, before any pair is judged.
pub(crate) struct Cluster<'a> {
    pub(crate) key: MeasureKey,
    pub(crate) unit: Unit,
    pub(crate) members: Vec<&'a Statement>,
}

/// Groups statements as [`detect`] does: sorted first (so the result does
/// not depend on their order), exact duplicates dropped, and single-link
/// grouping where a statement joins the first group of its unit and concept
/// whose key it matches. Candidate groups are looked up by unit and concept,
/// so grouping stays linear in the number of statements.
pub(crate) fn cluster(statements: &[Statement]) -> Vec<Cluster<'_>> {
    let mut sorted: Vec<&Statement> = statements.iter().collect();
    sorted.sort_by(|x, y| order(x, y));
    sorted.dedup_by(|x, y| x == y);

    let mut clusters: Vec<Cluster<'_>> = Vec::new();
    // Keyed by the unit's base, so that square miles meet square kilometres.
    let mut by_concept: std::collections::HashMap<(Unit, String), Vec<usize>> =
        std::collections::HashMap::new();
    for statement in sorted {
        let key = match &statement.key {
            // An extractor's key groups only with the same key: the prefix
            // keeps it apart from every concept of the synonym sets.
            Some(key) => MeasureKey {
                concept: format!("key:{key}"),
                subjects: BTreeSet::new(),
            },
            None => MeasureKey::of(&statement.measure),
        };
        // A measure that names nothing cannot be compared with anything.
        if key.concept.is_empty() {
            continue;
        }
        let unit = statement.effective_unit();
        let candidates = by_concept
            .entry((comparable(unit), key.concept.clone()))
            .or_default();
        match candidates.iter().find(|&&c| clusters[c].key.matches(&key)) {
            Some(&c) => clusters[c].members.push(statement),
            None => {
                candidates.push(clusters.len());
                clusters.push(Cluster {
                    key,
                    unit,
                    members: vec![statement],
                });
            }
        }
    }
    clusters
}

/// What units a statement groups with: every unit with the same base (square
/// miles with square kilometres, Fahrenheit with Celsius). A share whose
/// whole is not linked (a `percent` or `fraction` with no base figure) is
/// the exception: it groups with its own unit only, because a percentage
/// and a fraction that are not of one named figure are, in news, nearly
/// always shares of different wholes, and their measure words alone would
/// pair them.
fn comparable(unit: Unit) -> Unit {
    if unit.dimension() == crate::vocab::Dimension::Share {
        unit
    } else {
        unit.base()
    }
}

/// A total order on statements, so that grouping never depends on the order
/// they were given in.
fn order(x: &Statement, y: &Statement) -> std::cmp::Ordering {
    let bounds = |s: &Statement| s.value.bounds();
    (&x.article, &x.claim, &x.measure, x.unit, x.qualifier)
        .cmp(&(&y.article, &y.claim, &y.measure, y.unit, y.qualifier))
        .then_with(|| bounds(x).0.total_cmp(&bounds(y).0))
        .then_with(|| bounds(x).1.total_cmp(&bounds(y).1))
        .then_with(|| (&x.attribution, x.date).cmp(&(&y.attribution, y.date)))
        .then_with(|| format!("{:?}", x.base).cmp(&format!("{:?}", y.base)))
}

/// The verdict on two statements of the same measure:
/// `agree` when their central figures are equal within the rounding of the
/// coarser one, `conflict` when their intervals do not overlap, and
/// `discrepancy` otherwise.
pub fn judge(a: &Statement, b: &Statement) -> Finding {
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
    let same_hedge = a.qualifier == b.qualifier || (is_point(a) && is_point(b));
    let verdict = if !ia.overlaps(&ib_in_a) {
        Verdict::Conflict
    } else if same_hedge && (ca - cb_in_a).abs() <= rounding * (1.0 + 1e-9) {
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
        time_apart(a.date, b.date)
    );
    Finding {
        a: a.clone(),
        b: b.clone(),
        verdict,
        explanation,
    }
}

/// `; stated N years apart` when the two dates are at least a year apart,
/// so that a reader can weigh whether time explains the difference.
fn time_apart(a: Option<PartialDate>, b: Option<PartialDate>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if a.year.abs_diff(b.year) >= 1 => {
            let years = a.year.abs_diff(b.year);
            let plural = if years == 1 { "" } else { "s" };
            format!("; stated {years} year{plural} apart")
        }
        _ => String::new(),
    }
}

/// Whether the figure names a point (exact, about, estimated) rather than a
/// bound or a range: two point figures may agree whatever their hedges.
fn is_point(s: &Statement) -> bool {
    matches!(
        s.qualifier,
        Qualifier::Exact | Qualifier::About | Qualifier::Estimated
    )
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
    use super::*;

    fn statement(article: &str, value: f64, qualifier: Qualifier, measure: &str) -> Statement {
        Statement {
            article: article.to_owned(),
            claim: format!("{measure}-{value}"),
            value: Value::Number(value),
            unit: Unit::PEOPLE,
            qualifier,
            base: None,
            measure: measure.to_owned(),
            attribution: None,
            date: None,
            key: None,
        }
    }

    /// An exact figure in `unit`.
    fn measured(article: &str, value: f64, unit: Unit, measure: &str) -> Statement {
        Statement {
            unit,
            ..statement(article, value, Qualifier::Exact, measure)
        }
    }

    #[test]
    fn death_synonyms_share_a_concept() {
        for measure in [
            "people killed in the flooding",
            "deaths from the storm",
            "the death toll of the earthquake",
            "civilians who died in the shelling",
            "fatalities on the roads",
        ] {
            assert_eq!(MeasureKey::of(measure).concept, "deaths", "{measure}");
        }
    }

    #[test]
    fn fleeing_abroad_and_fleeing_home_are_different_concepts() {
        assert_eq!(
            MeasureKey::of("Sudanese who fled the country").concept,
            "refugees"
        );
        assert_eq!(MeasureKey::of("refugees in Chad").concept, "refugees");
        assert_eq!(
            MeasureKey::of("people who fled their homes in Darfur").concept,
            "displaced"
        );
        assert_eq!(
            MeasureKey::of("people uprooted by fighting").concept,
            "displaced"
        );
    }

    #[test]
    fn demonyms_match_their_country() {
        let country = MeasureKey::of("people killed in Yemen");
        for measure in [
            "Yemeni civilians killed",
            "Yemenis killed",
            "Yemen's war dead",
        ] {
            assert!(country.matches(&MeasureKey::of(measure)), "{measure}");
        }
        let iraq = MeasureKey::of("Iraqi civilians killed");
        assert!(iraq.matches(&MeasureKey::of("deaths in Iraq")));
        assert!(!iraq.matches(&MeasureKey::of("deaths in Iran")));
    }

    #[test]
    fn different_places_do_not_group() {
        let a = MeasureKey::of("people killed in Gaza");
        let b = MeasureKey::of("people killed in Ukraine");
        assert!(!a.matches(&b));
        let unnamed = MeasureKey::of("people killed");
        assert!(a.matches(&unnamed));
    }

    #[test]
    fn unknown_measures_group_only_when_they_say_the_same_thing() {
        let a = MeasureKey::of("vaccine doses delivered");
        let b = MeasureKey::of("the vaccine doses delivered");
        let c = MeasureKey::of("schools reopened");
        assert!(a.matches(&b));
        assert!(!a.matches(&c));
    }

    #[test]
    fn exact_figures_are_rounded_at_their_last_significant_digit() {
        let five_million = Interval::of(Value::Number(5e6), Qualifier::Exact);
        assert_eq!((five_million.low, five_million.high), (4.5e6, 5.5e6));
        let precise = Interval::of(Value::Number(350_200.0), Qualifier::Exact);
        assert_eq!((precise.low, precise.high), (350_150.0, 350_250.0));
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
    fn figures_stated_years_apart_say_so() {
        let mut a = statement("a", 3_000.0, Qualifier::About, "people displaced");
        let mut b = statement("b", 9_000.0, Qualifier::Exact, "people displaced");
        a.date = Some("2015-03".parse().unwrap());
        b.date = Some("2019".parse().unwrap());
        assert!(
            judge(&a, &b)
                .explanation
                .ends_with("; stated 4 years apart")
        );
        b.date = Some("2015-11-02".parse().unwrap());
        assert!(!judge(&a, &b).explanation.contains("apart"));
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
        share.base = Some(Base {
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
    fn an_extractors_key_groups_whatever_the_measure_words() {
        let mut a = statement("a", 100.0, Qualifier::Exact, "people killed");
        let mut b = statement("b", 900.0, Qualifier::Exact, "residents of the valley");
        let c = statement("c", 120.0, Qualifier::Exact, "deaths");
        a.key = Some("valley-flood-toll".to_owned());
        b.key = Some("valley-flood-toll".to_owned());
        let groups = detect(&[a, b, c]);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert_eq!(groups[0].statements.len(), 2);
        assert_eq!(groups[0].verdict(), Some(Verdict::Conflict));
    }

    #[test]
    fn figures_in_units_of_one_dimension_are_compared_after_conversion() {
        let area = |article: &str, value: f64, unit: Unit| {
            measured(article, value, unit, "land burned by the wildfire")
        };
        let miles = area("a", 2.0, Unit::SQUARE_MILE);
        let close = area("b", 5.0, Unit::KM2);
        let far = area("c", 50.0, Unit::KM2);
        let groups = detect(&[miles.clone(), close.clone(), far.clone()]);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert_eq!(groups[0].statements.len(), 3);

        // 2 square miles are about 5.18 km2: the same figure within rounding.
        let finding = judge(&close, &miles);
        assert_eq!(finding.verdict, Verdict::Agree, "{}", finding.explanation);
        assert!(
            finding.explanation.contains("2 square_mile")
                && finding.explanation.contains("= 5.18 km2"),
            "{}",
            finding.explanation
        );
        assert_eq!(judge(&far, &miles).verdict, Verdict::Conflict);
        // Either way round.
        assert_eq!(judge(&miles, &far).verdict, Verdict::Conflict);
        assert_eq!(judge(&miles, &close).verdict, Verdict::Agree);
    }

    #[test]
    fn a_percentage_and_a_fraction_of_no_named_whole_do_not_group() {
        let measure = "share of the vote won by the governing party";
        let percent = measured("a", 40.0, Unit::PERCENT, measure);
        let fraction = measured("b", 0.5, Unit::FRACTION, measure);
        assert!(detect(&[percent.clone(), fraction]).is_empty());
        let again = Statement {
            article: "c".to_owned(),
            ..percent.clone()
        };
        assert_eq!(detect(&[percent, again]).len(), 1);
    }

    #[test]
    fn units_of_different_dimensions_or_currencies_never_group() {
        let measure = "the cost of the new bridge";
        let dollars = measured("a", 5.0, Unit::USD, measure);
        let euros = measured("b", 5.0, Unit::EUR, measure);
        let metres = measured("c", 5.0, Unit::M, measure);
        assert!(detect(&[dollars, euros, metres]).is_empty());
    }

    #[test]
    fn statements_of_one_article_are_never_paired() {
        let groups = detect(&[
            statement("a", 100.0, Qualifier::Exact, "people killed"),
            statement("a", 900.0, Qualifier::Exact, "deaths"),
        ]);
        assert!(groups.is_empty());
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
