//! The shipped plan compiles without a single diagnostic and expresses the
//! seed plan: its targets, owners, period and deadlines.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use chitieu::check::model::TargetKind;
use chitieu::{check_source, SourceFile};

fn shipped() -> chitieu::CheckOutcome {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/tran-lieu-2025-h2.plan");
    let text = std::fs::read_to_string(&path).unwrap();
    check_source(&SourceFile::new("tran-lieu-2025-h2.plan", text))
}

#[test]
fn shipped_plan_is_clean() {
    let outcome = shipped();
    let source = SourceFile::new("x", "");
    assert!(
        outcome.diagnostics.is_empty(),
        "{}",
        common::rendered(&source, &outcome.diagnostics)
    );
}

#[test]
fn shipped_plan_has_every_quantified_target_with_its_owner() {
    let plan = shipped().plan;
    let summary: Vec<String> = plan
        .targets
        .iter()
        .map(|t| {
            let kind = match t.kind {
                TargetKind::Target => "target",
                TargetKind::Task => "task",
            };
            let section = plan
                .section_title(t)
                .map_or("", |s| s.split('.').next().unwrap_or(""));
            format!(
                "§{section} {kind} {} {} owner={} points={}",
                t.name,
                t.threshold().written,
                plan.owner_key(t).unwrap_or("-"),
                t.points
            )
        })
        .collect();
    insta::assert_snapshot!(summary.join("\n"));
    let period = plan.period.unwrap();
    assert_eq!(period.start.to_string(), "2025-07-01");
    assert_eq!(period.end.to_string(), "2025-12-31");
    // The 32 quantified rows of the domain notes' table (one row holds two
    // satisfaction targets), the two part-7 targets it folds away, section
    // 1's "no assigned task overdue" and section 8's more enterprises and
    // more capital entering the market.
    let targets = plan
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Target)
        .count();
    assert_eq!(targets, 37);
    let due = |id: &str| {
        plan.targets
            .iter()
            .find(|t| t.name == id)
            .map(|t| t.threshold().written.clone())
    };
    // "Trước ngày 10/9" is strictly before the day.
    assert_eq!(due("report_9_months").as_deref(), Some("<= 2025-09-09"));
    assert_eq!(due("report_annual").as_deref(), Some("<= 2025-12-09"));
}

/// A ward that writes `n/a` for every value of the shipped plan does not
/// exempt itself: only the two targets the plan lets be not applicable are,
/// every other target is invalid, and the evaluation exits 2.
#[test]
fn a_unit_cannot_exempt_itself() {
    let plan = shipped().plan;
    let mut csv = String::from("metric,value\n");
    for metric in plan.metrics.iter().filter(|m| m.formula.is_none()) {
        csv.push_str(&format!("{},n/a\n", metric.name));
    }
    let dir = tempfile::tempdir().unwrap();
    let ward = dir.path().join("ward.csv");
    std::fs::write(&ward, csv).unwrap();
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/tran-lieu-2025-h2.plan");
    let out = common::chitieu(&[
        "eval",
        "--format",
        "json",
        rules.to_str().unwrap(),
        ward.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let line: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    let results = line["results"].as_array().unwrap();
    let not_applicable: Vec<&str> = results
        .iter()
        .filter(|r| r["status"] == "not_applicable")
        .map(|r| r["target"].as_str().unwrap())
        .collect();
    assert_eq!(
        not_applicable,
        ["faulty_legal_docs_handled_ratio", "satisfaction_land_ratio"]
    );
    assert!(results
        .iter()
        .filter(|r| r["status"] != "not_applicable")
        .all(|r| r["status"] == "invalid"));
    assert_eq!(line["summary"]["points"], serde_json::json!(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("[E0717]"), "{stderr}");
}
