//! The names of the reference extractor's rules: every decision it makes
//! about a numeral (read as a figure, skipped as a year, attributed to the
//! speaker after it) is made by one of these, and `claimbench extract
//! --explain` prints them.
//!
//! Each stage lists its rules in one ordered list, in the order the
//! extractor tries them: [`CANDIDATE`], [`FIGURE`], [`UNIT`], [`MEASURE`],
//! [`QUALIFIER`], [`ATTRIBUTION`].
//! A rule is a name (kebab case, stable: reports and the rule corpus
//! `tests/rules/` use it) and a one-line doc. Each rule is a `static`, so a
//! rule is one address: recording one costs a pointer copy, and code that
//! asks which rule decided compares addresses ([`std::ptr::eq`]). The
//! explanation around it is only built when asked for.

use serde::Serialize;

/// The stage of extraction a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Where a numeral starts, and which sentences are read at all.
    Candidate,
    /// Whether a numeral is a figure, and which.
    Figure,
    /// The unit written with a figure.
    Unit,
    /// Whether a figure counts something, and its unit.
    Measure,
    /// How the figure is hedged.
    Qualifier,
    /// Who the figure comes from.
    Attribution,
}

/// A named rule of the reference extractor.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// The stage it belongs to.
    pub stage: Stage,
    /// Its stable name.
    pub name: &'static str,
    /// What it decides, in one line.
    pub doc: &'static str,
}

macro_rules! rules {
    ($stage:ident, $list:ident: $($id:ident = $name:literal, $doc:literal;)*) => {
        $(
            #[doc = $doc]
            pub static $id: Rule = Rule { stage: Stage::$stage, name: $name, doc: $doc };
        )*
        /// The stage's rules, in the order they are tried.
        pub static $list: &[&Rule] = &[$(&$id),*];
    };
}

/// The rules that find the numerals of a text, and set aside the sentences
/// that are no part of the article.
pub mod candidate {
    use super::{Rule, Stage};
    rules! { Candidate, CANDIDATE:
        BOILERPLATE = "boilerplate", "Skipped: the sentence is share, subscribe or link furniture, not the article.";
        DIGITS = "digits", "A run of digits, with its separators and decimals, is a numeral to read (`12,480`, `2.5`).";
        ONE_UNIT_OF_TIME_PHRASE = "one-unit-of-time-phrase", "An indefinite article, a unit of time and a word that places an event are a numeral to read (`a year ago`, `an hour later`), though the validator counts no `a` as a numeral.";
        NUMBER_WORD = "number-word", "A number word, fraction, vague magnitude or verb or adverb of multiplying, standing as a whole word, is a numeral to read (`twelve`, `half`, `dozens`, `doubled`, `twice`).";
    }
}

/// The rules that read a numeral as a figure or skip it.
pub mod figure {
    use super::{Rule, Stage};
    rules! { Figure, FIGURE:
        ONE_UNIT_OF_TIME = "one-unit-of-time", "`a` or `an` before a unit of time that places an event counts one of the unit (`a year ago`, `an hour later`, `a full year after`).";
        MULTIPLIED = "multiplied", "A verb of multiplying, past or a gerund, is a figure: `doubled`, `tripled`, `a doubling of rations`.";
        SCORE = "score", "Each side of a game's score is a count of its own (`won 3–1`, `Sweden 1 – 0 Korea`, `a 2-1 win`).";
        MULTIPLYING_ADVERB = "multiplying-adverb", "An adverb of multiplying is a figure, whether it multiplies or counts how often: `twice as many`, `was twice denied`.";
        CURRENCY_UNREADABLE = "currency-unreadable", "Skipped: the sign or code before the numeral is no currency it can take.";
        GLUED = "glued", "Skipped: the numeral is part of a word, a code or a list glued to it (`F-16`, `COVID-19`).";
        ADDRESS_BESIDE_UNIT = "address-beside-unit", "Skipped: the numeral is part of an address or a model name next to a unit.";
        NOT_A_FIGURE_RANGE = "not-a-figure-range", "Skipped: a pair of numerals joined by a dash that is a date span, a code or a tally, not a range (`2019-20`).";
        ORDINAL_OR_CODE = "ordinal-or-code", "Skipped: digits glued to letters that are no unit (`3rd`, `1990s`, `4G`).";
        TIME_NOT_A_QUANTITY = "time-not-a-quantity", "Skipped: a time of day or an age (`10 p.m.`, `five years old`).";
        COUNT_COMPOUND = "count-compound", "A whole number but `one` joined by a hyphen to a lower-case noun counts the noun (`a 547-seat parliament`, `the three-nation alliance`).";
        COMPOUND_REJECTED = "compound-rejected", "Skipped: the numeral opens a compound that names no quantity (`a 24-7 service`).";
        YEAR = "year", "Skipped: a year (`in 2019`), with no unit.";
        DAY_OF_MONTH = "day-of-month", "Skipped: the day of a date (`March 3`, `3 March`).";
        IDENTIFIER = "identifier", "Skipped: a number that identifies (`Resolution 2254`, `route 66`, `No. 1`).";
        HOUSE_NUMBER = "house-number", "Skipped: a house number before a street.";
        AGE_IN_APPOSITION = "age-in-apposition", "Skipped: an age after a name (`Ana Ruiz, 34,`).";
        SMALL_NUMBER_WORD = "small-number-word", "Skipped: a small number in words that counts nothing new (`the two leaders`).";
        FRACTION_NOT_A_CLAIM = "fraction-not-a-claim", "Skipped: a fraction that is no share of anything (`a third time`).";
        CARDINAL = "cardinal", "A number, with its scale and range, is a figure.";
    }
}

/// The rules that give a figure the unit written with it, in the order they
/// are tried; the last that gives one decides.
pub mod unit {
    use super::{Rule, Stage};
    rules! { Unit, UNIT:
        CURRENCY_BEFORE = "currency-before", "A currency sign, code or prefix written before the figure is its unit (`$5`, `US$2,500`, `LE18`, `magnitude 7.6`).";
        UNIT_AFTER = "unit-after", "The longest unit of the pack written after the figure is its unit; a currency named there wins over a sign before it (`12 square miles`, `¥5 billion yuan`).";
        MONEY_BY_SCALE = "money-by-scale", "A word that names money and another unit is money after a scale word, the other unit without one (`5 million pounds`, `5 pounds`).";
        DURATION = "duration", "A unit of time after the figure makes it a duration, also where it places an event (`72 hours`, `two years ago`, `six minutes later`).";
        COMPOUND_UNIT = "compound-unit", "A unit joined to the figure by a hyphen is its unit (`a 6-mile trek`).";
        UNIT_OF = "unit-of", "`of` and a unit after a vague magnitude or a fraction give its unit (`billions of dollars`).";
        FRACTION_OF_A_UNIT = "fraction-of-a-unit", "A fraction before `a` or `an` and a unit is that share of one of the unit (`half an hour`, `a quarter of a mile`).";
        RATE = "rate", "A unit after `a`, `per` or `/` makes the figure a rate (`$71 a barrel`, `10 mm/h`).";
        EXCHANGE_RATE = "exchange-rate", "An amount of money before `to the` or `against the` and a currency is the price of one of that currency (`¥145 to the dollar`).";
        SHARE = "share", "A fraction or ratio with no unit is a share (`two-thirds`, `one in five`).";
        OTHER_END_OF_CHANGE = "other-end-of-change", "A bare end of a change takes the unit written on its other end (`rose from 3 to 5 percent`, `fell to 5% from 7`).";
        CURRENCY_COMPARED_WITH = "currency-compared-with", "A bare amount with a scale word that a figure is compared with takes the figure's currency (`$5 billion, up from 4.2 billion`, `above estimates of 20.66 billion`).";
        NO_UNIT_WRITTEN = "no-unit-written", "No unit is written with the figure: the measure stage gives it from what the figure counts.";
    }
}

/// The rules that decide whether a figure counts something.
pub mod measure {
    use super::{Rule, Stage};
    rules! { Measure, MEASURE:
        RATE_BASE = "rate-base", "Skipped: a figure after `per` is the base of a rate (`12 deaths per 100,000 people`).";
        SCALE_READING = "scale-reading", "Skipped: a bare figure after a verb of measuring is a reading on a scale of its own (`an aftershock measuring 5.1`).";
        SCORE_SIDE = "score-side", "A side of a score measures the side it is the score of, when the sentence names it (`Sweden beat Chile 2-1`, `lost 1–2 to England`, `Belgium 3 – 0 Panama`).";
        DURATION_OF_VERB = "duration-of-verb", "A length of time measures the verb it is the length of, with the verb's object (`spending twelve years`, `questioned him for two hours`).";
        OWN_UNIT = "own-unit", "The figure's own unit (a currency, `km`, `%`), measuring the noun after it, the subject, what an amount is in, a noun in apposition or the verb whose object it is.";
        PERIOD_OF_THE_NOUN = "period-of-the-noun", "An amount of money measuring a noun that `daily`, `weekly`, `monthly` or `hourly` modifies is a rate per that period (`average weekly earnings were $900`).";
        INDEX_LEVEL = "index-level", "A bare level after `at`, `to`, `of`, `from` or a verb of level, in a sentence that names a stock index before it, is the index's level in points (`the Nifty ending at 10,616`, `closed up at 35,260.54`).";
        NOT_WHOLE = "not-whole", "Skipped: a bare figure that is not a whole number counts no people or things (`the rupee closed at 84.72`).";
        NOUN_AFTER = "noun-after", "The noun after a bare figure says what it counts, and its unit (`300 homes`, `41 people`).";
        BARE_SMALL_NUMBER = "bare-small-number", "Skipped: a small number in words with no noun after it counts nothing checkable (`the two met`).";
        PEOPLE_IN_CONTEXT = "people-in-context", "A verb or noun around a bare figure says it counts people (`12 died`, `killing 12`, `a crowd of 5,000`).";
        CASES_OF_THE_DISEASE = "cases-of-the-disease", "Cases counted in a text that an earlier sentence makes about a disease are people, though their own sentence names none (`Dengue spread. From 6,323 cases in May, ...`).";
        FRONTED_PARTITIVE = "fronted-partitive", "A bare figure after an opening `Of the X,` counts what X counts (`Of the deaths, 17,388 were reported in Kashmir`).";
        PART_OF_AN_EARLIER_COUNT = "part-of-an-earlier-count", "A bare figure after an opening `Among them,` or `Of these,` counts what the last count before its sentence counts (`12 farmers were interviewed. Among them, 9 took loans`).";
        LIST_SHARES_NOUN = "list-shares-noun", "A bare figure in a list counts what the list's last figure counts (`72,500, 48,773 and 41,470 visitors`).";
        SUBJECT_COUNTED = "subject-counted", "A bare figure after a verb of level, or a form of `be`, counts the subject (`the death toll rose to 45`, `the death toll was 45`).";
        PART_OUT_OF_WHOLE = "part-out-of-whole", "A bare figure before `out of` and a whole that is no proportion counts what the whole counts (`13 out of 17 regions`).";
        SAME_AS_BEFORE = "same-as-before", "A bare figure counts what the figure before it in the sentence counts (`1,500 beds, 300 of which`).";
        COUNTS_NOTHING = "counts-nothing", "Skipped: the figure has no unit and no noun of what it counts.";
    }
}

/// The rules that decide how a figure is hedged, in the order they are
/// tried.
pub mod qualifier {
    use super::{Rule, Stage};
    rules! { Qualifier, QUALIFIER:
        VAGUE = "vague", "A vague magnitude is vague (`dozens`, `several hundred`, `tens of thousands`).";
        RANGE = "range", "Two figures joined as a range are a range (`12 to 14`, `between 40 and 50`).";
        ESTIMATED_AT = "estimated-at", "`estimated at` before the figure makes it an estimate.";
        ESTIMATE_NOUN = "estimate-noun", "A figure that a noun of estimate or forecast gives, with `of` before it or ending the phrase after it, or that a verb of estimating puts `at`, is an estimate (`estimates of $20.66 billion`, `a 2.66 billion ringgit profit estimate`, `estimated the turnout at half a million`).";
        EXPECTED_TO = "expected-to", "A figure a passive verb of forecasting says something is to reach is an estimate (`output is expected to touch 112.91 million tonnes`, `growth was projected to hit 4%`).";
        NOT_EXCEEDING = "not-exceeding", "A negated verb of exceeding before the figure makes it a ceiling (`not exceeding $5,000`).";
        MOVEMENT_NOT_A_BOUND = "movement-not-a-bound", "`up to` after a verb of movement says where the figure moved, not a bound (`ticked up to 4.1%`).";
        HEDGE_BEFORE = "hedge-before", "A qualifier phrase of the vocabulary before the figure (`at least 12`, `nearly 300`).";
        HEDGE_AFTER = "hedge-after", "A qualifier phrase of the vocabulary after the figure (`12 or more`, `300-odd`).";
        EXPECTED_VALUE = "expected-value", "A figure a subject expects, forecasts or predicts, with no hedge of its own, is estimated (`Analysts expected $48.66 billion`).";
        EXACT = "exact", "No hedge before or after: the figure is exact.";
    }
}

/// The rules that attribute a figure, in the order they are tried.
pub mod attribution {
    use super::{Rule, Stage};
    rules! { Attribution, ATTRIBUTION:
        QUOTE_SPEAKER = "quote-speaker", "A figure in quotation marks is a direct quote of the speaker named before or after the quotation.";
        QUOTATION_OVER_PARAGRAPHS = "quotation-over-paragraphs", "A quotation left open runs on in the next paragraphs that open with a quotation mark; its speaker is named where it closes.";
        ACCORDING_TO = "according-to", "`according to X` names the source.";
        STATISTICS_PROVIDER = "statistics-provider", "`statistics provided by X`, `figures from X` name the provider.";
        NESTED_REPORT = "nested-report", "A figure in the clause of a named speaker before it is the speaker's, though another reports the sentence after it (`The ministry confirmed 39 were rescued, AFP reported`).";
        SPEAKER_AFTER_FIGURE = "speaker-after-figure", "`..., X said.` or `..., said X` after the figure names the speaker.";
        PARTICIPLE_CONTINUES_SPEAKER = "participle-continues-speaker", "`..., adding that` continues the speaker of the clause before.";
        QUOTED_AS_SAYING = "quoted-as-saying", "`X quoted Y as saying` before the figure names Y, whom X quotes (`DPA quoted an official as saying 15 died`).";
        SPEAKER_BEFORE_FIGURE = "speaker-before-figure", "`X said (that)`, `X counted`, `X put the toll at` before the figure names X.";
        DECLARATION_OF_SOURCE = "declaration-of-source", "A figure in a `that` clause after a possessor's noun of report is the possessor's (`Obama's declaration that he would withdraw 34,000 troops`).";
        POSSESSOR_OF_ESTIMATE = "possessor-of-estimate", "A figure given with `of` after a possessor's estimate, forecast or target is the possessor's (`the ministry's estimate of 300`, `its target of 9.5%`).";
        SET_BY_SUBJECT = "set-by-subject", "A figure of a target, appeal, pledge, budget or plan that a verb's subject sets, or a figure it demands, is the subject's (`Premier Li set a target of 7%`, `the UN launched a $415 million appeal`, `the union demanded 300 nurses`).";
        EXPECTED_BY_SUBJECT = "expected-by-subject", "A figure that a subject expects, forecasts or predicts is the subject's (`Analysts are expecting $12.72 billion`, `the 3 percent gain economists had predicted`).";
        IN_A_DOCUMENT = "in-a-document", "A figure that no speaker gives, in a sentence that opens in a poll, survey or report, is the document's (`In the Reuters/Ipsos poll, 31 percent said`).";
        PRONOUN_OF_FITTING_KIND = "pronoun-of-fitting-kind", "A pronoun or `the agency` stands for the nearest earlier source of its kind (person, organisation, people).";
        TRANSCRIPT_LABEL = "transcript-label", "A line of a transcript is a direct quote of the speaker labelling it.";
        HEADLINE_SOURCE = "headline-source", "A headline's figure after `X:` or followed by `: X` is X's.";
        CARRIED_IN_SENTENCE = "carried-in-sentence", "A figure with no source of its own after a reported figure of its sentence continues that report (`The WHO said 8,997 cases were recorded, and 4,493 people died`).";
        CARRIED_IN_PARAGRAPH = "carried-in-paragraph", "A figure with no source of its own continues the report of the source before it in its paragraph.";
        CARRIED_ACROSS_PARAGRAPHS = "carried-across-paragraphs", "A paragraph opening with a word that adds to the report (`Another`, `Of those`) continues it.";
        OUTLET_VOICE = "outlet-voice", "No source: the outlet states the figure in its own voice.";
    }
}

pub use attribution::ATTRIBUTION;
pub use candidate::CANDIDATE;
pub use figure::FIGURE;
pub use measure::MEASURE;
pub use qualifier::QUALIFIER;
pub use unit::UNIT;

/// Every stage's list, in the order of extraction.
pub static STAGES: &[&[&Rule]] = &[CANDIDATE, FIGURE, UNIT, MEASURE, QUALIFIER, ATTRIBUTION];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let mut names = std::collections::HashSet::new();
        for (stage, rules) in [
            Stage::Candidate,
            Stage::Figure,
            Stage::Unit,
            Stage::Measure,
            Stage::Qualifier,
            Stage::Attribution,
        ]
        .into_iter()
        .zip(STAGES)
        {
            for rule in *rules {
                assert_eq!(rule.stage, stage, "{}", rule.name);
                assert!(names.insert(rule.name), "`{}` is listed twice", rule.name);
                assert!(
                    rule.name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{}",
                    rule.name
                );
                assert!(
                    rule.doc.ends_with('.') && !rule.doc.contains('\n'),
                    "{}",
                    rule.name
                );
            }
        }
    }
}
