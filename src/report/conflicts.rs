//! Conflict groups for people and programs: a table, JSON and Markdown.
//! Every finding names both claims (`article#claim`), so that the output
//! can be compared with `conflicts.yaml`, the frame fields that matched and
//! the match's confidence.

use std::fmt::Write as _;

use serde::Serialize;

use crate::conflict::{Finding, Group, Statement};
use crate::model::Verdict;

/// The groups as text: one block per group naming the quantity, the verdict
/// and, per pair of figures from different articles, a line with the two
/// claims, the confidence and matched fields, and the explanation; then,
/// with `frames`, every statement's frame.
pub fn conflicts_table(groups: &[Group], frames: Option<&[Statement]>) -> String {
    let mut out = String::new();
    for group in groups {
        let _ = writeln!(
            out,
            "{} · {} ({}) · {} statements",
            verdict_name(group.verdict()),
            group.quantity,
            group.unit,
            group.statements.len()
        );
        for finding in &group.findings {
            let _ = writeln!(
                out,
                "  {:<11} {} · {}",
                verdict_name(Some(finding.verdict)),
                pair_and_match(finding),
                finding.explanation
            );
        }
        let _ = writeln!(out);
    }
    if let Some(statements) = frames {
        let _ = writeln!(out, "frames:");
        for statement in statements {
            let _ = writeln!(
                out,
                "  {}#{}: {}",
                statement.article, statement.claim, statement.frame
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{}", summary(groups));
    out
}

/// `a#x ~ b#y · confidence 0.9 (quantity deaths, place Syria)`.
fn pair_and_match(finding: &Finding) -> String {
    let matched: Vec<String> = finding
        .matched
        .iter()
        .map(|f| format!("{} {}", f.field, f.value))
        .collect();
    format!(
        "{}#{} ~ {}#{} · confidence {:.2} ({})",
        finding.a.article,
        finding.a.claim,
        finding.b.article,
        finding.b.claim,
        finding.confidence,
        matched.join(", ")
    )
}

/// The groups as GitHub-flavoured Markdown: one table row per finding.
pub fn conflicts_markdown(groups: &[Group]) -> String {
    let mut out = String::from(
        "| quantity | unit | verdict | claims and match | explanation |\n| --- | --- | --- | --- | --- |\n",
    );
    for group in groups {
        for finding in &group.findings {
            let _ = writeln!(
                out,
                "| {} | {} | **{}** | {} | {} |",
                group.quantity,
                group.unit,
                verdict_name(Some(finding.verdict)),
                pair_and_match(finding).replace('|', "\\|"),
                finding.explanation.replace('|', "\\|")
            );
        }
    }
    let _ = writeln!(out, "\n{}", summary(groups));
    out
}

/// The groups as pretty-printed JSON: `{"schema": 2, "groups": [...]}`, each
/// group with its `quantity`, `unit`, `verdict`, `statements` (each with
/// its `frame`) and `findings` (`a`, `b`, `verdict`, `explanation`,
/// `confidence`, `matched`: `{field, value}`).
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
        schema: 2,
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
