//! Conflict groups for people and programs: a table, JSON and Markdown.

use std::fmt::Write as _;

use serde::Serialize;

use crate::conflict::Group;
use crate::model::Verdict;

/// The groups as text: one block per group naming the measure, the verdict
/// and one line per pair of figures from different articles.
pub fn conflicts_table(groups: &[Group]) -> String {
    let mut out = String::new();
    for group in groups {
        let _ = writeln!(
            out,
            "{} · {} ({}) · {} statements",
            verdict_name(group.verdict()),
            group.key.concept,
            group.unit,
            group.statements.len()
        );
        for finding in &group.findings {
            let _ = writeln!(
                out,
                "  {:<11} {}",
                verdict_name(Some(finding.verdict)),
                finding.explanation
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{}", summary(groups));
    out
}

/// The groups as GitHub-flavoured Markdown: one table row per finding.
pub fn conflicts_markdown(groups: &[Group]) -> String {
    let mut out =
        String::from("| measure | unit | verdict | explanation |\n| --- | --- | --- | --- |\n");
    for group in groups {
        for finding in &group.findings {
            let _ = writeln!(
                out,
                "| {} | {} | **{}** | {} |",
                group.key.concept,
                group.unit,
                verdict_name(Some(finding.verdict)),
                finding.explanation.replace('|', "\\|")
            );
        }
    }
    let _ = writeln!(out, "\n{}", summary(groups));
    out
}

/// The groups as pretty-printed JSON: `{"schema": 1, "groups": [...]}`, each
/// group with its `key` (concept and subjects), `unit`, `verdict`,
/// `statements` and `findings` (`a`, `b`, `verdict`, `explanation`).
pub fn conflicts_json(groups: &[Group]) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        schema: u32,
        groups: Vec<GroupWithVerdict<'a>>,
    }
    #[derive(Serialize)]
    struct GroupWithVerdict<'a> {
        verdict: Option<Verdict>,
        #[serde(flatten)]
        group: &'a Group,
    }
    let document = Document {
        schema: 1,
        groups: groups
            .iter()
            .map(|group| GroupWithVerdict {
                verdict: group.verdict(),
                group,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&document)
        .expect("groups have string keys and finite numbers");
    out.push('\n');
    out
}

fn verdict_name(verdict: Option<Verdict>) -> &'static str {
    verdict.map_or("-", Verdict::as_str)
}

fn summary(groups: &[Group]) -> String {
    let count = |verdict| {
        groups
            .iter()
            .flat_map(|g| &g.findings)
            .filter(|f| f.verdict == verdict)
            .count()
    };
    format!(
        "{} groups; pairs: {} conflict, {} discrepancy, {} agree",
        groups.len(),
        count(Verdict::Conflict),
        count(Verdict::Discrepancy),
        count(Verdict::Agree)
    )
}
