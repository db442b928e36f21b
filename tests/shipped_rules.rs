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

/// The programme of Decision 2629/QĐ-TTg (digital government) in its two
/// phases, evaluated for one province (Hải Phòng) in 2026 and in 2030, and
/// the city roll-up of the shipped wards' example.
mod programme_2629 {
    use super::common;

    const PHASE_1: &str = "rules/chinh-phu-so-2629-giai-doan-1.plan";
    const PHASE_2: &str = "rules/chinh-phu-so-2629-giai-doan-2.plan";
    const UNITS: &str = "examples/chinh-phu-so-2629/don-vi.csv";
    const BASELINE: &str = "examples/chinh-phu-so-2629/ky-goc-2024.csv";

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    /// Standard error, then standard output, of one run, with its exit code.
    fn run(args: &[&str]) -> String {
        let out = common::chitieu(args);
        format!(
            "exit: {:?}\n----- STDERR\n{}----- STDOUT\n{}",
            out.status.code(),
            text(&out.stderr),
            text(&out.stdout)
        )
    }

    #[test]
    fn both_phases_check_clean() {
        for plan in [PHASE_1, PHASE_2] {
            let out = common::chitieu(&["check", plan]);
            assert_eq!(out.status.code(), Some(0), "{plan}");
            assert_eq!(text(&out.stderr), "", "{plan}");
        }
    }

    /// 2026, inside the first phase: the targets due by 2027 are not due,
    /// the yearly ones are judged.
    fn province_2026(format: &str) -> String {
        run(&[
            "eval",
            "--format",
            format,
            "--period",
            "2026",
            "--units",
            UNITS,
            PHASE_1,
            "examples/chinh-phu-so-2629/giai-doan-1.csv",
            // Last: it takes every path that follows it.
            "--baseline",
            BASELINE,
        ])
    }

    /// 2030, the end of the second phase: everything is due, the open
    /// datasets of 2028..2030 are summed.
    fn province_2030(format: &str) -> String {
        run(&[
            "eval",
            "--format",
            format,
            "--units",
            UNITS,
            PHASE_2,
            "examples/chinh-phu-so-2629/giai-doan-2.csv",
            "--baseline",
            BASELINE,
        ])
    }

    #[test]
    fn province_in_2026_text() {
        insta::assert_snapshot!(province_2026("text"));
    }

    /// A JSON report's lines (one per unit), each laid out on many lines so
    /// that a change shows as a few lines of the snapshot.
    fn pretty(run: &str) -> String {
        let (head, stdout) = run.split_once("----- STDOUT\n").unwrap();
        let mut out = format!("{head}----- STDOUT\n");
        for line in stdout.lines() {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            out.push_str(&serde_json::to_string_pretty(&value).unwrap());
            out.push('\n');
        }
        out
    }

    #[test]
    fn province_in_2026_json() {
        insta::assert_snapshot!(pretty(&province_2026("json")));
    }

    #[test]
    fn province_in_2030_text() {
        insta::assert_snapshot!(province_2030("text"));
    }

    #[test]
    fn province_in_2030_json() {
        insta::assert_snapshot!(pretty(&province_2030("json")));
    }

    /// The four wards of the shipped example and their city, Hải Phòng.
    #[test]
    fn city_rollup_of_the_wards() {
        insta::assert_snapshot!(run(&[
            "eval",
            "--units",
            "examples/don-vi-hai-phong.csv",
            "--rollup",
            "rules/tran-lieu-2025-h2.plan",
            "examples/cac-phuong-2025-h2.csv",
        ]));
    }

    /// Each target's status and value in a JSON report of one unit.
    fn results(run: &str) -> Vec<(String, String, serde_json::Value)> {
        let stdout = run.split_once("----- STDOUT\n").unwrap().1;
        let line: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
        let field = |r: &serde_json::Value, k: &str| r.get(k).cloned().unwrap();
        let text = |r: &serde_json::Value, k: &str| field(r, k).as_str().unwrap().to_string();
        field(&line, "results")
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (text(r, "target"), text(r, "status"), field(r, "actual")))
            .collect()
    }

    fn status_of<'r>(results: &'r [(String, String, serde_json::Value)], id: &str) -> &'r str {
        results
            .iter()
            .find(|(t, _, _)| t == id)
            .map_or("absent", |(_, s, _)| s.as_str())
    }

    /// The statuses the examples' README describes.
    #[test]
    fn what_the_examples_readme_says() {
        let in_2026 = results(&province_2026("json"));
        for id in ["full_online_ratio", "satisfaction_ratio", "processing_cut"] {
            assert_eq!(status_of(&in_2026, id), "not_due", "{id} in 2026");
        }
        assert_eq!(status_of(&in_2026, "open_datasets"), "pass");
        assert_eq!(
            status_of(&in_2026, "annual_digital_government_report"),
            "pass"
        );
        assert_eq!(status_of(&in_2026, "digital_spending_share"), "fail");
        let in_2030 = results(&province_2030("json"));
        assert!(in_2030.iter().all(|(_, s, _)| s != "not_due"));
        assert_eq!(status_of(&in_2030, "open_datasets_total"), "pass");
        let summed = in_2030.iter().find(|(t, _, _)| t == "open_datasets_total");
        assert_eq!(summed.map(|(_, _, v)| v.to_string()).as_deref(), Some("21"));
        assert_eq!(status_of(&in_2030, "once_only_ratio"), "fail");
        assert_eq!(
            status_of(&in_2030, "annual_digital_government_report"),
            "fail"
        );
        // For the nation only: absent for the province, never missing.
        assert_eq!(status_of(&in_2030, "egdi_rank_asean"), "absent");
        assert!(in_2030.iter().all(|(_, s, _)| s != "missing"));
    }
}
