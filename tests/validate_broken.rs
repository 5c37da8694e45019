//! The corpus of broken datasets under `tests/broken/`: each case is a tiny
//! complete dataset directory with deliberate problems, named after the
//! diagnostic code it pins (`cb301-quote-not-in-text`). Its diagnostics are
//! snapshotted (paths relative to the case, so machine-independent) and must
//! include that code. Also checked here: every code has a case, and
//! `docs/diagnostics.md` documents every code.

use std::path::Path;

use claimbench::{Code, Validation};

/// Codes whose triggers are too large or too machine-specific to commit as
/// a case; `tests/validate_hostile.rs` builds them at run time.
const BUILT_AT_RUN_TIME: &[Code] = &[Code::FileTooLarge, Code::YamlTooManyNodes];

fn broken_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/broken"))
}

/// The diagnostics as the command line prints them, without a path prefix.
fn render(validation: &Validation) -> String {
    validation
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The code a case is named after (`cb301-...` pins CB301), if any.
fn pinned_code(case: &str) -> Option<Code> {
    let prefix = case.split('-').next()?.to_uppercase();
    Code::ALL
        .iter()
        .copied()
        .find(|code| code.as_str() == prefix)
}

#[test]
fn broken_corpus() {
    insta::glob!("broken/*", |path| {
        let case = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(path.is_dir(), "tests/broken/ holds only case directories");
        let validation = claimbench::validate_dir(path).unwrap();
        assert!(
            !validation.diagnostics.is_empty(),
            "{case}: a broken case must yield diagnostics"
        );
        if let Some(code) = pinned_code(&case) {
            assert!(
                validation.diagnostics.iter().any(|d| d.code == code),
                "{case}: no {code} among\n{}",
                render(&validation)
            );
        }
        insta::assert_snapshot!(render(&validation));
    });
}

#[test]
fn every_code_has_a_broken_case() {
    let cases: Vec<String> = std::fs::read_dir(broken_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for code in Code::ALL {
        let has_case = cases.iter().any(|case| pinned_code(case) == Some(*code));
        assert!(
            has_case || BUILT_AT_RUN_TIME.contains(code),
            "no case in tests/broken/ is named after {code}"
        );
    }
}

#[test]
fn every_code_is_documented() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/diagnostics.md"))
        .unwrap();
    for code in Code::ALL {
        assert!(
            doc.contains(&format!("| {code} |")),
            "docs/diagnostics.md has no table row for {code}"
        );
    }
}

#[test]
fn problems_in_every_file_are_reported_in_one_run() {
    let validation = claimbench::validate_dir(broken_dir().join("many-problems-at-once")).unwrap();
    let files: std::collections::BTreeSet<&str> = validation
        .diagnostics
        .iter()
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(
        files.into_iter().collect::<Vec<_>>(),
        ["articles/a.yaml", "articles/b.yaml", "conflicts.yaml"]
    );
    // Two claims of one file fail to deserialize; both are reported.
    let schema_errors = validation
        .diagnostics
        .iter()
        .filter(|d| d.path == "articles/a.yaml" && d.code.as_str().starts_with("CB1"))
        .count();
    assert_eq!(schema_errors, 2, "{}", render(&validation));
}

#[test]
fn a_missing_directory_cannot_be_validated() {
    let error = claimbench::validate_dir(broken_dir().join("no-such-case")).unwrap_err();
    assert_eq!(error.kind(), claimbench::LoadErrorKind::NotADirectory);
    let error =
        claimbench::Dataset::load(broken_dir().join("cb301-quote-not-in-text")).unwrap_err();
    assert_eq!(error.kind(), claimbench::LoadErrorKind::Invalid);
    assert_eq!(error.diagnostics()[0].code, Code::QuoteNotFound);
}

/// Help lines that send the reader to `CONTRIBUTING.md` name a section of it
/// (`see "Units" in CONTRIBUTING.md`), and that section exists.
#[test]
fn help_lines_name_sections_of_the_guide_that_exist() {
    let guide =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CONTRIBUTING.md")).unwrap();
    let headings: Vec<&str> = guide
        .lines()
        .filter(|line| line.starts_with('#'))
        .map(|line| line.trim_start_matches('#').trim())
        .collect();
    let mut named = 0;
    for entry in std::fs::read_dir(broken_dir()).unwrap() {
        let path = entry.unwrap().path();
        let validation = claimbench::validate_dir(&path).unwrap();
        for diagnostic in &validation.diagnostics {
            let help = &diagnostic.help;
            let mentions = help.matches("CONTRIBUTING.md").count();
            let sections: Vec<&str> = help
                .split(" in CONTRIBUTING.md")
                .take(mentions)
                .map(|before| before.rsplit('"').nth(1).unwrap_or(""))
                .collect();
            for section in sections {
                assert!(
                    headings.contains(&section),
                    "{}: the help `{help}` names no heading of CONTRIBUTING.md (`{section}`)",
                    path.display()
                );
                named += 1;
            }
        }
    }
    assert!(named >= 4, "only {named} help lines name a section");
}
