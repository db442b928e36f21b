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
            let section = t
                .section
                .and_then(|i| plan.sections.get(i))
                .map_or("", |s| s.split('.').next().unwrap_or(""));
            format!(
                "§{section} {kind} {} {} owner={} points={}",
                t.id,
                t.expected,
                t.owner.as_deref().unwrap_or("-"),
                t.points
            )
        })
        .collect();
    insta::assert_snapshot!(summary.join("\n"));
    let period = plan.period.unwrap();
    assert_eq!(period.start.to_string(), "2025-07-01");
    assert_eq!(period.end.to_string(), "2025-12-31");
    // The 32 quantified rows of the domain notes' table (one row holds two
    // satisfaction targets) plus the two part-7 targets it folds away.
    let targets = plan
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Target)
        .count();
    assert_eq!(targets, 34);
    let due = |id: &str| {
        plan.targets
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.expected.clone())
    };
    assert_eq!(due("report_9_months").as_deref(), Some("<= 2025-09-10"));
    assert_eq!(due("report_annual").as_deref(), Some("<= 2025-12-10"));
}
