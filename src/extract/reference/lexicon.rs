//! The word classes the rules consult, as one table built once: each
//! lower-case word maps to a set of [`Class`] bits.
//!
//! Every list here is general English (number words, months, function words,
//! nouns for people, verbs of speech); none names a person, place or outlet.
//! A word can belong to several classes (`estimates` is a verb of speech and
//! a noun for statistics).

use crate::number::{NUMBER_WORDS_BELOW_TWENTY, NUMBER_WORDS_TENS};
use std::collections::HashMap;
use std::sync::LazyLock;

/// A set of word classes, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Class(u64);

macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Class {
            $($(#[$doc])* pub(crate) const $name: Class = Class(1 << $bit);)*
        }
    };
}

classes! {
    /// `one` to `nineteen`, `twenty` to `ninety`.
    NUMBER_WORD = 0;
    /// `hundred`.
    HUNDRED = 1;
    /// `thousand`, `million`, `billion`, `trillion` and their abbreviations.
    SCALE = 2;
    /// `dozen`.
    DOZEN = 3;
    /// Plural magnitudes of vague quantities: `dozens`, `hundreds`, `tens`.
    PLURAL_MAGNITUDE = 4;
    /// `half`.
    HALF = 5;
    /// Singular denominators: `third`, `quarter`, `fifth`...
    DENOMINATOR = 6;
    /// Plural denominators: `thirds`, `quarters`, `fifths`...
    DENOMINATORS = 7;
    /// Words that make a following magnitude vague: `several`, `few`, `many`.
    VAGUE_DETERMINER = 8;
    /// Month names and their abbreviations.
    MONTH = 9;
    /// Days of the week.
    WEEKDAY = 10;
    /// Words and abbreviations of units of time (`days`, `hrs`), from the
    /// language pack: a number before one is a duration, or an age.
    TIME_UNIT = 11;
    /// Markers of a time of day: `am`, `pm`, `GMT`.
    TIME_OF_DAY = 12;
    /// Function words: never the head of a measure or part of a source's name.
    FUNCTION = 13;
    /// Nouns for people: a figure counting them has unit `people`.
    PERSON = 14;
    /// Nouns whose figure counts people: `toll`, `population`, `crowd`.
    PEOPLE_COLLECTIVE = 15;
    /// Verbs or participles after a bare figure that make it people:
    /// `12 died`, `12 were killed`.
    PEOPLE_AFTER = 16;
    /// Verbs whose object is people: `killed 12`, `evacuated 300`.
    PEOPLE_BEFORE = 17;
    /// Verbs of speech and report: `said`, `told`, `estimated`.
    SPEECH = 18;
    /// Verbs of speech that are also common nouns (`reports`, `estimates`):
    /// a verb only before `that`, a figure or a determiner.
    SPEECH_AMBIGUOUS = 19;
    /// Nouns for statistics: `statistics`, `figures`, `data`.
    STATISTICS = 20;
    /// Nouns for documents that carry a source's figures: `report`, `study`.
    DOCUMENT = 21;
    /// Nouns that a number after them identifies: `Resolution 2254`,
    /// `route 66`, `page 5`.
    IDENTIFIER_HEAD = 22;
    /// One-word surfaces of the language pack's units (`miles`, `kg`,
    /// `yen`): the head of no measure.
    UNIT_WORD = 23;
    /// Verbs of change: `from X to Y` after one is two figures, not a range.
    CHANGE = 24;
    /// Verbs linking a subject to its level: `rose to`, `stood at`, `reached`.
    LEVEL = 25;
    /// Personal, possessive and relative pronouns.
    PRONOUN = 26;
    /// Words that make a following small number anaphoric: `the two leaders`.
    DEFINITE = 27;
    /// `times`, `fold` (the pack's multiplier unit): not a count.
    MULTIPLIER = 28;
    /// Words of share and subscribe boilerplate that prose seldom uses:
    /// `subscribe`, `newsletter`, `cookies`.
    INTERFACE = 29;
    /// Auxiliaries and adverbs that may stand between a subject and its verb.
    AUXILIARY = 30;
    /// Scale suffixes written against digits: `12k`, `3bn`, `5m`.
    SCALE_SUFFIX = 31;
    /// Ordinal suffixes and decade plurals written against digits.
    ORDINAL_SUFFIX = 32;
    /// Nouns of rank: `No. 1`, `top 10`.
    RANK = 33;
    /// Verbs that say a phrase in quotation marks was written: `read`.
    QUOTE_VERB = 34;
    /// Words linking a figure to an age: `aged`, `age`, `ages`.
    AGE = 35;
    /// Adverbs that can follow a figure without naming what it counts.
    ADVERB_AFTER = 36;
    /// Places whose size is their population: `a city of 7 million`.
    PLACE = 37;
    /// Last words of the vocabulary's qualifier phrases (`than`, `least`).
    HEDGE_END = 38;
    /// Words after a length of time that make it a point in time or an age,
    /// not a duration: `two years ago`, `five years old`, `a week later`.
    TIME_REFERENCE = 41;
    /// Kinds of street: a number before a name ending in one is an address
    /// (`221 Baker Street`).
    STREET = 39;
    /// Labels of the page's buttons and counters that are also everyday
    /// words (`share`, `comments`, `views`): furniture only next to a number
    /// (`Share 12`, `Comments (127)`) or opening a line (`Share this`).
    INTERFACE_COUNTER = 40;
    /// Nouns for a kind of organisation (`agency`, `ministry`, `group`), from
    /// the language pack's `discourse.yaml`.
    ORGANISATION_NOUN = 42;
    /// Nouns that name a person by their role (`mayor`, `spokeswoman`), from
    /// the language pack.
    PERSON_ROLE = 43;
    /// Pronouns that stand for a person (`he`, `she`), from the language pack.
    PERSON_PRONOUN = 44;
    /// Pronouns that stand for an organisation (`it`), from the language pack.
    ORGANISATION_PRONOUN = 45;
    /// Pronouns for people in the plural or an organisation (`they`), from
    /// the language pack.
    PLURAL_PRONOUN = 46;
}

impl Class {
    /// The empty set.
    pub(crate) const NONE: Class = Class(0);

    /// This set less the classes of `other`.
    pub(crate) fn without(self, other: Class) -> Class {
        Class(self.0 & !other.0)
    }

    /// Whether any class of `other` is in this set.
    pub(crate) fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;
    fn bitor(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Class {
    fn bitor_assign(&mut self, other: Class) {
        self.0 |= other.0;
    }
}

const DENOMINATORS: &[&str] = &[
    "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const TIMES_OF_DAY: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "est",
    "edt",
    "pst",
    "pdt",
    "o'clock",
    "o’clock",
];

/// Abbreviations of hours that make a four-digit numeral a time of day in
/// 24-hour notation (`1400 hrs`, `0630h`); after any other numeral they are
/// a length of time (`72 hrs`).
pub(crate) const CLOCK_HOURS: &[&str] = &["hrs", "h"];

/// Determiners, pronouns, prepositions, conjunctions, auxiliaries and common
/// adverbs: words that end a noun phrase.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "some",
    "any",
    "each",
    "every",
    "all",
    "both",
    "either",
    "neither",
    "no",
    "not",
    "nor",
    "other",
    "another",
    "such",
    "own",
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "it",
    "its",
    "they",
    "them",
    "their",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "where",
    "when",
    "while",
    "why",
    "how",
    "whether",
    "if",
    "than",
    "then",
    "and",
    "or",
    "but",
    "so",
    "yet",
    "because",
    "although",
    "though",
    "unless",
    "until",
    "since",
    "as",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "without",
    "within",
    "into",
    "onto",
    "upon",
    "over",
    "under",
    "above",
    "below",
    "about",
    "around",
    "across",
    "against",
    "among",
    "amid",
    "between",
    "through",
    "throughout",
    "during",
    "before",
    "after",
    "behind",
    "beyond",
    "near",
    "off",
    "out",
    "up",
    "down",
    "per",
    "via",
    "including",
    "excluding",
    "despite",
    "toward",
    "towards",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "also",
    "just",
    "only",
    "even",
    "still",
    "already",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "more",
    "most",
    "less",
    "least",
    "fewer",
    "very",
    "too",
    "again",
    "ago",
    "here",
    "there",
    "now",
    "more",
    "respectively",
    "apiece",
    "each",
    "abroad",
    "overseas",
    "away",
    "back",
    "together",
    "alone",
    "instead",
    "however",
    "according",
    "said",
    "says",
    "told",
    "including",
    "like",
    "plus",
    "minus",
    "versus",
    "vs",
    "etc",
    "whereas",
    "altogether",
    "total",
    "exactly",
    "precisely",
    "barely",
    "merely",
    "fully",
    "well",
    "perhaps",
    "maybe",
    "possibly",
    "probably",
    "reportedly",
    "allegedly",
    "officially",
    "another",
    "estimated",
    "upwards",
    "close",
    "circa",
    "approx",
];

/// Words after a figure that name no measure but do not end the clause.
const ADVERBS_AFTER: &[&str] = &[
    "abroad",
    "overseas",
    "apiece",
    "each",
    "altogether",
    "respectively",
    "more",
    "alone",
    "ago",
    "earlier",
    "later",
    "so",
    "home",
    "overnight",
    "today",
    "yesterday",
    "tonight",
    "daily",
    "annually",
    "nationwide",
    "worldwide",
];

/// Nouns for people, singular or plural.
const PERSONS: &[&str] = &[
    "people",
    "person",
    "persons",
    "individual",
    "individuals",
    "civilian",
    "civilians",
    "troops",
    "soldier",
    "soldiers",
    "servicemen",
    "servicemembers",
    "personnel",
    "sailors",
    "marines",
    "airmen",
    "pilots",
    "officer",
    "officers",
    "police",
    "policemen",
    "policewomen",
    "officials",
    "refugee",
    "refugees",
    "migrant",
    "migrants",
    "immigrants",
    "emigrants",
    "asylum-seekers",
    "seekers",
    "evacuees",
    "residents",
    "inhabitants",
    "citizens",
    "nationals",
    "villagers",
    "locals",
    "child",
    "children",
    "kids",
    "babies",
    "infants",
    "minors",
    "teenagers",
    "teens",
    "youths",
    "youngsters",
    "students",
    "pupils",
    "teachers",
    "woman",
    "women",
    "man",
    "men",
    "girls",
    "boys",
    "adults",
    "workers",
    "employees",
    "staff",
    "staffers",
    "voters",
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "rioters",
    "fighters",
    "militants",
    "militiamen",
    "rebels",
    "insurgents",
    "jihadists",
    "terrorists",
    "combatants",
    "gunmen",
    "attackers",
    "suspects",
    "prisoners",
    "detainees",
    "inmates",
    "hostages",
    "captives",
    "victims",
    "casualties",
    "fatalities",
    "deaths",
    "dead",
    "killed",
    "wounded",
    "injured",
    "missing",
    "survivors",
    "patients",
    "doctors",
    "nurses",
    "members",
    "supporters",
    "fans",
    "spectators",
    "visitors",
    "tourists",
    "passengers",
    "travellers",
    "travelers",
    "commuters",
    "customers",
    "users",
    "subscribers",
    "viewers",
    "readers",
    "listeners",
    "followers",
    "participants",
    "delegates",
    "lawmakers",
    "legislators",
    "senators",
    "judges",
    "lawyers",
    "journalists",
    "reporters",
    "diplomats",
    "ministers",
    "leaders",
    "executives",
    "farmers",
    "miners",
    "volunteers",
    "recruits",
    "conscripts",
    "veterans",
    "pensioners",
    "retirees",
    "seniors",
    "elderly",
    "mothers",
    "fathers",
    "parents",
    "homeless",
    "unemployed",
    "displaced",
    "occupants",
    "crew",
    "crewmembers",
    "guards",
    "agents",
    "spies",
    "employees",
    "applicants",
    "candidates",
    "defendants",
    "migrants",
    "settlers",
    "worshippers",
    "pilgrims",
    "athletes",
    "players",
    "runners",
    "guests",
    "attendees",
    "mourners",
    "rescuers",
    "firefighters",
    "paramedics",
    "medics",
    "health-workers",
    "aid-workers",
    "peacekeepers",
    "mercenaries",
    "contractors",
    "advisers",
    "advisors",
    "inspectors",
    "observers",
    "monitors",
    "americans",
    "europeans",
    "africans",
    "drivers",
    "motorists",
    "cyclists",
    "pedestrians",
    "riders",
    "borrowers",
    "buyers",
    "shoppers",
    "consumers",
    "taxpayers",
    "homeowners",
    "renters",
    "tenants",
    "landlords",
    "investors",
    "shareholders",
    "donors",
    "graduates",
    "respondents",
    "scientists",
    "researchers",
    "engineers",
    "economists",
    "surgeons",
    "physicians",
    "midwives",
    "carers",
    "caregivers",
    "academics",
    "professors",
    "priests",
    "fishermen",
    "labourers",
    "laborers",
    "newborns",
    "toddlers",
    "orphans",
    "widows",
    "jurors",
    "witnesses",
    "smugglers",
    "traffickers",
    "entrepreneurs",
    "owners",
    "enumerators",
    "specialists",
    "daughters",
    "sons",
    "grandchildren",
    "relatives",
    "siblings",
    "brothers",
    "sisters",
    "husbands",
    "wives",
    "activists",
    "defenders",
    "lifeguards",
    "rangers",
    "wardens",
    "neighbours",
    "neighbors",
    "vaccinators",
    "staffers",
    "clinicians",
    "technicians",
    "porters",
    "dockers",
    "truckers",
    "bakers",
];

const PEOPLE_COLLECTIVES: &[&str] = &[
    "toll",
    "population",
    "populations",
    "crowd",
    "crowds",
    "force",
    "army",
    "contingent",
    "workforce",
    "delegation",
    "turnout",
    "audience",
    "headcount",
    "membership",
    "electorate",
    "garrison",
    "battalion",
    "brigade",
];

const PEOPLE_AFTER: &[&str] = &[
    "died",
    "dead",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "perished",
    "drowned",
    "survived",
    "fled",
    "protested",
    "marched",
    "gathered",
    "rallied",
    "demonstrated",
    "attended",
    "arrested",
    "detained",
    "displaced",
    "evacuated",
    "rescued",
    "hospitalized",
    "hospitalised",
    "kidnapped",
    "abducted",
    "executed",
    "deported",
    "infected",
    "jailed",
    "sentenced",
    "voted",
    "signed",
    "applied",
    "enrolled",
    "volunteered",
    "treated",
    "diagnosed",
    "vaccinated",
    "tested",
    "admitted",
    "discharged",
    "stranded",
    "trapped",
    "imprisoned",
    "convicted",
    "charged",
    "resettled",
    "relocated",
    "employed",
    "unemployed",
    "hired",
    "recruited",
    "trained",
    "graduated",
];

const PEOPLE_BEFORE: &[&str] = &[
    "kill",
    "kills",
    "killed",
    "killing",
    "injure",
    "injures",
    "injured",
    "injuring",
    "wound",
    "wounds",
    "wounded",
    "wounding",
    "arrest",
    "arrests",
    "arrested",
    "arresting",
    "detain",
    "detains",
    "detained",
    "detaining",
    "evacuate",
    "evacuates",
    "evacuated",
    "evacuating",
    "displace",
    "displaces",
    "displaced",
    "displacing",
    "uproot",
    "uprooted",
    "uprooting",
    "rescue",
    "rescues",
    "rescued",
    "rescuing",
    "employ",
    "employs",
    "employed",
    "employing",
    "hire",
    "hires",
    "hired",
    "hiring",
    "deport",
    "deports",
    "deported",
    "deporting",
    "execute",
    "executed",
    "executing",
    "abduct",
    "abducted",
    "abducting",
    "kidnap",
    "kidnapped",
    "kidnapping",
    "infect",
    "infected",
    "infecting",
    "hospitalized",
    "hospitalised",
    "house",
    "houses",
    "housed",
    "housing",
    "host",
    "hosts",
    "hosted",
    "hosting",
    "shelter",
    "shelters",
    "sheltered",
    "sheltering",
    "treat",
    "treated",
    "treating",
    "vaccinate",
    "vaccinated",
    "vaccinating",
    "sentence",
    "sentenced",
    "jailed",
    "recruit",
    "recruited",
    "recruiting",
    "train",
    "trained",
    "training",
    "deploy",
    "deploys",
    "deployed",
    "deploying",
    "laid",
    "sacked",
];

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "announces",
    "announce",
    "reported",
    "estimated",
    "estimate",
    "stated",
    "added",
    "adds",
    "declared",
    "declares",
    "noted",
    "confirmed",
    "confirms",
    "claimed",
    "warned",
    "warns",
    "wrote",
    "writes",
    "documented",
    "recorded",
    "counted",
    "tallied",
    "verified",
    "found",
    "finds",
    "showed",
    "shows",
    "show",
    "revealed",
    "reveals",
    "tweeted",
    "posted",
    "insisted",
    "insists",
    "explained",
    "explains",
    "acknowledged",
    "admitted",
    "argued",
    "argues",
    "testified",
    "disclosed",
    "indicated",
    "indicates",
    "projected",
    "projects",
    "predicted",
    "predicts",
    "forecast",
    "forecasts",
    "calculated",
    "calculates",
    "concluded",
    "alleged",
    "alleges",
    "asserted",
    "stressed",
    "emphasised",
    "emphasized",
    "put",
    "puts",
    "cited",
    "cites",
    "suggested",
    "suggests",
    "published",
    "publishes",
    "released",
    "releases",
    "reckons",
    "reckoned",
    "spoke",
    "speaks",
];

/// Speech verbs that are also common nouns or past tenses of other senses.
const SPEECH_AMBIGUOUS: &[&str] = &[
    "reports",
    "estimates",
    "estimate",
    "claims",
    "states",
    "notes",
    "records",
    "counts",
    "shows",
    "show",
    "found",
    "put",
    "puts",
    "projects",
    "forecast",
    "forecasts",
    "released",
    "releases",
    "published",
    "cited",
    "cites",
];

const STATISTICS: &[&str] = &[
    "statistics",
    "stats",
    "figures",
    "data",
    "numbers",
    "estimates",
    "tally",
    "tallies",
    "count",
    "counts",
    "records",
    "census",
    "results",
];

const DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "surveys",
    "analysis",
    "estimate",
    "poll",
    "polls",
    "document",
    "documents",
    "letter",
    "memo",
    "release",
    "assessment",
    "review",
    "audit",
    "investigation",
    "database",
    "website",
    "tally",
    "count",
    "census",
    "research",
    "paper",
    "briefing",
    "filing",
    "account",
    "projection",
    "projections",
    "copy",
    "dossier",
    "inquiry",
    "modelling",
    "modeling",
];

const IDENTIFIER_HEADS: &[&str] = &[
    "resolution",
    "resolutions",
    "route",
    "article",
    "articles",
    "section",
    "chapter",
    "paragraph",
    "clause",
    "amendment",
    "proposition",
    "prop",
    "bill",
    "act",
    "flight",
    "room",
    "gate",
    "junction",
    "exit",
    "terminal",
    "platform",
    "highway",
    "interstate",
    "motorway",
    "level",
    "phase",
    "category",
    "grade",
    "stage",
    "size",
    "page",
    "pages",
    "pp",
    "p",
    "vol",
    "volume",
    "version",
    "model",
    "episode",
    "round",
    "game",
    "match",
    "lot",
    "district",
    "ward",
    "precinct",
    "zone",
    "sector",
    "block",
    "floor",
    "apartment",
    "suite",
    "bus",
    "line",
    "channel",
    "no",
    "nos",
    "number",
    "item",
    "exhibit",
    "figure",
    "table",
    "appendix",
    "code",
    "form",
    "rule",
    "regulation",
    "directive",
    "magnitude",
    "hotline",
    "ext",
    "tel",
    "phone",
    "fax",
    "covid",
];

const CHANGES: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "drops",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "climbs",
    "grew",
    "grown",
    "grow",
    "grows",
    "growth",
    "surged",
    "surge",
    "soared",
    "plunged",
    "plummeted",
    "slipped",
    "slid",
    "shrank",
    "shrunk",
    "cut",
    "cuts",
    "raised",
    "raise",
    "reduced",
    "reduce",
    "lowered",
    "boosted",
    "revised",
    "upgraded",
    "downgraded",
    "doubled",
    "tripled",
    "went",
    "moved",
    "changed",
    "expanded",
    "widened",
    "narrowed",
    "edged",
];

const LEVELS: &[&str] = &[
    "rose",
    "risen",
    "climbed",
    "jumped",
    "reached",
    "hit",
    "stood",
    "stands",
    "totalled",
    "totaled",
    "totals",
    "topped",
    "exceeded",
    "surpassed",
    "numbered",
    "numbers",
    "stayed",
    "remained",
    "hovered",
    "fell",
    "dropped",
    "declined",
    "increased",
    "decreased",
    "grew",
    "is",
    "was",
    "are",
    "were",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your",
    "which", "who", "this", "that", "these", "those", "one",
];

/// Kinds of street, after a house number and a name.
const STREETS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "terrace",
    "crescent",
];

/// Pronouns after `of` that make a figure a part of something already
/// named: `300 of them`, `300 of which`, `Of those, 12 ...`.
pub(crate) const PARTITIVE_PRONOUNS: &[&str] = &["them", "those", "whom", "these", "which"];

/// Adjectives that say which way a length was measured (`30 km long`,
/// `1.8m tall`).
pub(crate) const DIMENSIONS: &[&str] = &["long", "wide", "deep", "high", "tall", "thick", "across"];

/// Words before a length of time that make it one, even when `before` or
/// `after` follows: `lasted 72 hours before talks resumed`, `for two weeks
/// after the vote`.
pub(crate) const LASTING: &[&str] = &[
    "last", "lasts", "lasted", "lasting", "take", "takes", "took", "spend", "spends", "spent",
    "for",
];

/// Pronouns that stand for nobody in particular: pronouns, but never a
/// source and never resolved to one.
pub(crate) const INDEFINITE_PRONOUNS: &[&str] = &[
    "nobody",
    "everybody",
    "somebody",
    "anybody",
    "everyone",
    "someone",
    "anyone",
    "nothing",
];

const DEFINITES: &[&str] = &[
    "the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your", "all",
    "each", "every", "other", "first", "last", "next", "same", "whose",
];

const INTERFACE: &[&str] = &[
    "subscribe",
    "newsletter",
    "advertisement",
    "sponsored",
    "login",
    "cookie",
    "cookies",
];

const INTERFACE_COUNTERS: &[&str] = &[
    "share", "shares", "comment", "comments", "views", "likes", "reply", "replies", "tweet",
    "tweets", "retweets", "reads", "photos", "images", "videos",
];

const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "previously",
    "earlier",
    "later",
    "recently",
    "already",
    "then",
    "again",
    "further",
    "separately",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "never",
    "once",
    "first",
    "last",
    "on",
    "this",
    "late",
    "early",
    "publicly",
    "officially",
    "initially",
    "repeatedly",
];

/// Builds the table: one entry per word, with every class it belongs to.
fn build() -> HashMap<&'static str, Class> {
    let mut table: HashMap<&'static str, Class> = HashMap::with_capacity(1500);
    for (phrase, _) in crate::vocab::Qualifier::phrases() {
        if let Some(last) = phrase.split_whitespace().last() {
            let last = last.trim_end_matches('.');
            *table.entry(last).or_default() |= Class::HEDGE_END;
        }
    }
    // Scale words, plural magnitudes and unit words come from the language
    // pack.
    for (word, _, glued, spaced) in crate::lang::scales() {
        let word = lower_static(word);
        if spaced && !matches!(word, "hundred" | "dozen") {
            *table.entry(word).or_default() |= Class::SCALE;
        }
        if glued {
            *table.entry(word).or_default() |= Class::SCALE_SUFFIX;
        }
    }
    for word in crate::lang::plural_magnitudes() {
        *table.entry(lower_static(word)).or_default() |= Class::PLURAL_MAGNITUDE;
    }
    for (word, unit) in crate::lang::unit_words() {
        let word = lower_static(word);
        *table.entry(word).or_default() |= Class::UNIT_WORD;
        match unit.dimension() {
            crate::lang::Dimension::Duration => *table.entry(word).or_default() |= Class::TIME_UNIT,
            crate::lang::Dimension::Multiplier => {
                *table.entry(word).or_default() |= Class::MULTIPLIER
            }
            _ => {}
        }
    }
    let mut add = |words: &[&'static str], class: Class| {
        for word in words {
            *table.entry(word).or_default() |= class;
        }
    };
    // Number words, written as `parse_figure` reads them ("zero" is no
    // figure in news text).
    add(&NUMBER_WORDS_BELOW_TWENTY[1..], Class::NUMBER_WORD);
    add(&NUMBER_WORDS_TENS, Class::NUMBER_WORD);
    add(&["hundred"], Class::HUNDRED);
    add(&["dozen"], Class::DOZEN);
    add(&["half"], Class::HALF);
    add(DENOMINATORS, Class::DENOMINATOR);
    add(
        &[
            "halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths",
            "ninths", "tenths",
        ],
        Class::DENOMINATORS,
    );
    add(&["several", "few", "many"], Class::VAGUE_DETERMINER);
    add(MONTHS, Class::MONTH);
    add(WEEKDAYS, Class::WEEKDAY);
    add(TIMES_OF_DAY, Class::TIME_OF_DAY);
    add(FUNCTION_WORDS, Class::FUNCTION);
    add(PERSONS, Class::PERSON);
    add(PEOPLE_COLLECTIVES, Class::PEOPLE_COLLECTIVE);
    add(PEOPLE_AFTER, Class::PEOPLE_AFTER);
    add(PEOPLE_BEFORE, Class::PEOPLE_BEFORE);
    add(SPEECH_VERBS, Class::SPEECH);
    add(SPEECH_AMBIGUOUS, Class::SPEECH_AMBIGUOUS | Class::SPEECH);
    add(&["reports", "estimates", "claims", "notes"], Class::SPEECH);
    add(STATISTICS, Class::STATISTICS);
    add(DOCUMENTS, Class::DOCUMENT);
    add(IDENTIFIER_HEADS, Class::IDENTIFIER_HEAD);
    add(CHANGES, Class::CHANGE);
    add(LEVELS, Class::LEVEL);
    add(PRONOUNS, Class::PRONOUN);
    add(INDEFINITE_PRONOUNS, Class::PRONOUN);
    add(DEFINITES, Class::DEFINITE);
    add(INTERFACE, Class::INTERFACE);
    add(INTERFACE_COUNTERS, Class::INTERFACE_COUNTER);
    add(AUXILIARIES, Class::AUXILIARY);
    add(WEEKDAYS, Class::AUXILIARY);
    add(
        &["st", "nd", "rd", "th", "s", "'s", "’s"],
        Class::ORDINAL_SUFFIX,
    );
    add(
        &["no", "nos", "number", "top", "rank", "ranked", "#"],
        Class::RANK,
    );
    add(
        &[
            "read", "reads", "said", "says", "added", "adds", "wrote", "writes", "stated",
        ],
        Class::QUOTE_VERB,
    );
    add(&["aged", "age", "ages"], Class::AGE);
    add(STREETS, Class::STREET);
    add(
        &["ago", "old", "later", "earlier", "before", "after", "hence"],
        Class::TIME_REFERENCE,
    );
    add(ADVERBS_AFTER, Class::ADVERB_AFTER);
    // The discourse classes of the language pack: one-word entries only;
    // the rules match the phrases (`prime minister`) by their last word.
    let words = |list: &'static [&'static str]| list.iter().copied().filter(|w| !w.contains(' '));
    for (list, class) in [
        (
            crate::lang::DISCOURSE_ORGANISATION_NOUNS,
            Class::ORGANISATION_NOUN,
        ),
        (crate::lang::DISCOURSE_PERSON_ROLES, Class::PERSON_ROLE),
        (
            crate::lang::DISCOURSE_PERSON_PRONOUNS,
            Class::PERSON_PRONOUN,
        ),
        (
            crate::lang::DISCOURSE_ORGANISATION_PRONOUNS,
            Class::ORGANISATION_PRONOUN,
        ),
        (
            crate::lang::DISCOURSE_PLURAL_PRONOUNS,
            Class::PLURAL_PRONOUN,
        ),
    ] {
        add(&words(list).collect::<Vec<_>>(), class);
    }
    add(
        &[
            "city",
            "country",
            "nation",
            "town",
            "village",
            "state",
            "island",
            "region",
            "capital",
            "province",
            "community",
            "district",
            "metropolis",
            "county",
        ],
        Class::PLACE,
    );
    table
}

/// A word of the language pack in lower case, as the table's keys are: the
/// pack's words are mostly lower case already; the few that are not are
/// lower-cased once, when the table is built, and live as long as it does.
fn lower_static(word: &'static str) -> &'static str {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Box::leak(word.to_ascii_lowercase().into_boxed_str())
    } else {
        word
    }
}

static TABLE: LazyLock<HashMap<&'static str, Class>> = LazyLock::new(build);

/// The longest word the table holds is shorter than this; longer words have
/// no class, which saves lower-casing them.
const MAX_WORD: usize = 24;

/// The classes of a word, compared without regard to ASCII case.
pub(crate) fn classify(word: &str) -> Class {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_WORD {
        return Class::NONE;
    }
    let mut lower = [0u8; MAX_WORD];
    for (slot, byte) in lower.iter_mut().zip(bytes) {
        *slot = byte.to_ascii_lowercase();
    }
    // Lower-casing ASCII bytes keeps valid UTF-8 valid.
    let lower = std::str::from_utf8(&lower[..bytes.len()]).unwrap_or_default();
    TABLE.get(lower).copied().unwrap_or(Class::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_ignore_case_and_combine() {
        assert!(classify("Million").has(Class::SCALE));
        assert!(classify("estimates").has(Class::SPEECH));
        assert!(classify("estimates").has(Class::STATISTICS));
        assert!(classify("Troops").has(Class::PERSON));
        assert_eq!(classify("xylophone"), Class::NONE);
        assert_eq!(classify(&"a".repeat(40)), Class::NONE);
    }

    #[test]
    fn every_word_fits_the_lowercasing_buffer() {
        assert!(TABLE.keys().all(|word| word.len() <= MAX_WORD));
        assert!(
            TABLE
                .keys()
                .all(|word| word.to_lowercase() == *word || !word.is_ascii())
        );
    }
}
