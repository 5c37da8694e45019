//! `claimbench conflicts` on the bundled dataset: the death-toll discrepancy
//! with both figures, articles, sources and dates, and the refugee agreement.

use std::process::Command;

fn conflicts(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_claimbench"))
        .arg("conflicts")
        .args(args)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    (output.status.code().expect("an exit code"), stdout)
}

#[test]
fn the_table_names_both_sides_of_the_death_toll_and_the_refugee_agreement() {
    let (status, table) = conflicts(&[]);
    assert_eq!(status, 0, "{table}");
    let death_toll = table
        .lines()
        .find(|line| line.contains("350,200"))
        .expect("a line about the documented death toll");
    for needle in [
        "discrepancy",
        "more than 350,200",
        "500,000",
        "000_2147dc3f6a007f90",
        "002_6e551aa18b2db598",
        "UN human rights office",
        "2021-09",
        "2018",
    ] {
        assert!(
            death_toll.contains(needle),
            "`{needle}` missing from: {death_toll}"
        );
    }
    assert!(
        table
            .lines()
            .any(|line| line.trim_start().starts_with("agree") && line.contains("5,000,000")),
        "{table}"
    );
}

#[test]
fn json_lists_every_finding_with_its_verdict() {
    let (status, json) = conflicts(&["--format", "json"]);
    assert_eq!(status, 0);
    let document: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let verdicts: Vec<&str> = document["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .flat_map(|group| group["findings"].as_array().expect("findings"))
        .map(|finding| finding["verdict"].as_str().expect("a verdict"))
        .collect();
    let mut sorted = verdicts.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, ["agree", "conflict", "discrepancy"]);
}

#[test]
fn markdown_is_a_table_row_per_finding() {
    let (status, markdown) = conflicts(&["--format", "markdown"]);
    assert_eq!(status, 0);
    assert_eq!(
        markdown
            .lines()
            .filter(|l| l.starts_with("| deaths"))
            .count(),
        1,
        "{markdown}"
    );
    assert_eq!(
        markdown
            .lines()
            .filter(|l| l.starts_with("| refugees"))
            .count(),
        2,
        "{markdown}"
    );
}

#[test]
fn the_reference_extractors_claims_give_the_same_verdicts() {
    let (status, table) = conflicts(&["--extracted"]);
    assert_eq!(status, 0, "{table}");
    assert!(
        table.contains("1 conflict, 1 discrepancy, 1 agree"),
        "{table}"
    );
    assert!(table.contains("more than 350,200"), "{table}");
}

#[test]
fn every_finding_names_both_claims_its_matched_fields_and_confidence() {
    let (status, table) = conflicts(&[]);
    assert_eq!(status, 0, "{table}");
    let line = table
        .lines()
        .find(|line| line.contains("350,200"))
        .expect("the death toll");
    for needle in [
        "000_2147dc3f6a007f90#documented-war-deaths ~ 002_6e551aa18b2db598#war-deaths",
        "confidence 0.",
        "quantity deaths",
        "place Syria",
    ] {
        assert!(line.contains(needle), "`{needle}` missing from: {line}");
    }
}

#[test]
fn all_shows_at_least_the_default_pairs_and_frames_lists_every_statement() {
    let (_, default) = conflicts(&[]);
    let (status, all) = conflicts(&["--all", "--frames"]);
    assert_eq!(status, 0, "{all}");
    let findings = |table: &str| table.lines().filter(|l| l.contains(" ~ ")).count();
    assert!(findings(&all) >= findings(&default), "{all}");
    assert!(
        all.lines().any(|l| l
            .trim_start()
            .starts_with("002_6e551aa18b2db598#internally-displaced: internally displaced")),
        "{all}"
    );
}
