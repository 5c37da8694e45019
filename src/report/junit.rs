//! The scorecard as JUnit XML: one test case per gold claim, so that CI
//! dashboards list every miss by name.

use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};

use crate::Scorecard;
use crate::bench::GoldReport;
use crate::conflict::VerdictPair;

/// One test suite per article, one test case per gold claim (`<article>::<claim>`):
/// passed when found with value and unit, failed when missed, and the case
/// message says what was wrong with a found claim's qualifier or attribution
/// without failing it. False positives and distractors reported are failed
/// test cases of their own, and an article the extractor failed on is an
/// error case. The report's properties name the dataset, extractor and
/// claimbench versions.
pub fn junit(scorecard: &Scorecard) -> String {
    let mut report = Report::new(format!("claimbench {}", scorecard.extractor.name));
    for article in &scorecard.articles {
        let mut suite = TestSuite::new(article.id.clone());
        suite.add_properties([
            Property::new(
                "dataset",
                format!("{} {}", scorecard.dataset.name, scorecard.dataset.version),
            ),
            Property::new("dataset_hash", scorecard.dataset.content_hash.clone()),
            Property::new(
                "extractor",
                format!(
                    "{} {}",
                    scorecard.extractor.name, scorecard.extractor.version
                ),
            ),
            Property::new("claimbench", scorecard.claimbench_version.clone()),
        ]);
        let case_name = |id: &str| format!("{}::{}", article.id, id);
        for hit in &article.hits {
            let mut case = TestCase::new(case_name(&hit.gold.id), TestCaseStatus::success());
            case.set_classname(article.id.clone());
            let mut notes = Vec::new();
            if !hit.judgement.qualifier_correct {
                notes.push(format!(
                    "qualifier {} (gold {})",
                    hit.extracted.qualifier, hit.gold.qualifier
                ));
            }
            if !hit.judgement.attribution_exact {
                notes.push(format!(
                    "attribution {} (gold {})",
                    source(hit.extracted.attribution.as_deref()),
                    source(hit.gold.source.as_deref())
                ));
            }
            if !notes.is_empty() {
                case.set_system_out(notes.join("; "));
            }
            suite.add_test_case(case);
        }
        for miss in &article.misses {
            let mut status = TestCaseStatus::non_success(if article.failed {
                NonSuccessKind::Error
            } else {
                NonSuccessKind::Failure
            });
            status.set_message(describe_miss(miss));
            let mut case = TestCase::new(case_name(&miss.id), status);
            case.set_classname(article.id.clone());
            suite.add_test_case(case);
        }
        let reported = article
            .false_positives
            .iter()
            .map(|e| ("false-positive", e, String::new()))
            .chain(article.distractors_reported.iter().map(|d| {
                (
                    "distractor",
                    &d.extracted,
                    format!("; not a claim: {}", d.reason),
                )
            }));
        for (kind, extracted, why) in reported {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(format!(
                "\"{}\"{} read as {} {} ({}){why}",
                extracted.figure,
                crate::bench::at(extracted.start),
                extracted.value,
                extracted.unit,
                extracted.qualifier
            ));
            let mut case = TestCase::new(
                case_name(&match extracted.start {
                    Some(start) => format!("{kind}@{start}"),
                    None => format!("{kind}#{}", extracted.index),
                }),
                status,
            );
            case.set_classname(article.id.clone());
            suite.add_test_case(case);
        }
        for rejected in &article.rejected {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(format!(
                "\"{}\"{} not scored: {}",
                rejected.figure,
                crate::bench::at(rejected.start),
                rejected.reason
            ));
            let mut case = TestCase::new(
                case_name(&match rejected.start {
                    Some(start) => format!("unreadable@{start}"),
                    None => format!("unreadable#{}", rejected.index),
                }),
                status,
            );
            case.set_classname(article.id.clone());
            suite.add_test_case(case);
        }
        if let Some(failure) = scorecard.failures.iter().find(|f| f.article == article.id) {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            status.set_message(failure.message.clone());
            let mut case = TestCase::new(case_name("extractor"), status);
            case.set_classname(article.id.clone());
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    let mut suite = TestSuite::new("conflicts");
    let conflicts = &scorecard.conflicts;
    let case = |pair: &VerdictPair, problem: Option<String>| {
        let status = match problem {
            None => TestCaseStatus::success(),
            Some(message) => {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status.set_message(message);
                status
            }
        };
        let mut case = TestCase::new(format!("conflicts::{}~{}", pair.a, pair.b), status);
        case.set_classname("conflicts");
        case
    };
    for pair in &conflicts.found {
        suite.add_test_case(case(pair, None));
    }
    for pair in &conflicts.missed {
        suite.add_test_case(case(
            pair,
            Some(format!("not flagged as {:?}", pair.verdict)),
        ));
    }
    for pair in &conflicts.spurious {
        let message = format!(
            "flagged as {:?}, which the dataset does not expect",
            pair.verdict
        );
        suite.add_test_case(case(pair, Some(message)));
    }
    report.add_test_suite(suite);
    report.to_string().expect("an in-memory report serializes")
}

fn describe_miss(miss: &GoldReport) -> String {
    format!(
        "missed {} {} ({}) in \"{}\"",
        miss.value, miss.unit, miss.qualifier, miss.quote
    )
}

fn source(name: Option<&str>) -> String {
    name.map_or_else(|| "unattributed".to_owned(), |name| format!("\"{name}\""))
}
