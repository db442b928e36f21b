//! `chitieu eval --baseline`: last period's files for `baseline(x)`, read
//! on the general path, also for `--summary`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::chitieu;

const CASE: &str = "tests/fixtures/eval/baseline_cut_processing_time";

fn run(extra: &[&str]) -> (String, String) {
    let plan = format!("{CASE}/plan.plan");
    let now = format!("{CASE}/2026.csv");
    let before = format!("{CASE}/baseline");
    let mut args = vec![
        "eval",
        plan.as_str(),
        now.as_str(),
        "--baseline",
        before.as_str(),
    ];
    args.extend(extra);
    let out = chitieu(&args);
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn baselines_score_the_cut_and_say_who_has_none() {
    let (report, diagnostics) = run(&["--format", "csv"]);
    assert!(report.contains("phuong_a,,cut,cut,"), "{report}");
    assert!(diagnostics.contains("E0770"), "{diagnostics}");
    assert!(
        !report.contains("phuong_z"),
        "a unit named only by the baseline files is no unit of the run: {report}"
    );
}

#[test]
fn a_summary_with_baselines_agrees_with_the_full_report() {
    let (summary, _) = run(&["--summary", "--format", "csv"]);
    let (streamless, _) = run(&["--summary", "--format", "csv", "--no-stream"]);
    assert_eq!(summary, streamless);
    // phuong_a meets both targets thanks to its baseline: 20 of 20 points.
    let line = summary.lines().find(|l| l.starts_with("phuong_a")).unwrap();
    assert!(line.contains(",20,20,"), "{line}");
}

#[test]
fn without_baseline_files_the_targets_on_them_are_missing() {
    let plan = format!("{CASE}/plan.plan");
    let now = format!("{CASE}/2026.csv");
    let out = chitieu(&["eval", "--format", "json", plan.as_str(), now.as_str()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"missing\""), "{text}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("no `--baseline` file was given"),
        "{stderr}"
    );
}
