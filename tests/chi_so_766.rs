//! The 766 index as a plan (`rules/chi-so-766.plan`) on its example units
//! (`examples/chi-so-766/`): the plan is clean and has the index's groups and
//! maxima, and `eval` gives, indicator by indicator, the points computed
//! without chitieu by `examples/tools/chi_so_766_points.py`
//! (`examples/tools/chi-so-766-diem-mong-doi.csv`), the payment group rounded per
//! indicator (1.79 + 1.87 + 3.63 = 7.29 where the exact sum shows 7.28).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use chitieu::check::model::TargetKind;
use chitieu::{check_source, SourceFile};
use common::chitieu;
use rust_decimal::{Decimal, RoundingStrategy};

const PLAN: &str = "rules/chi-so-766.plan";
const UNITS: &str = "examples/chi-so-766/don-vi-thang-10-2025.csv";
const EXPECTED: &str = "examples/tools/chi-so-766-diem-mong-doi.csv";

fn stdout(args: &[&str]) -> String {
    let out = chitieu(args);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0), "every indicator only scores");
    String::from_utf8(out.stdout).unwrap()
}

fn decimal(value: &serde_json::Value) -> Decimal {
    // serde_json keeps a number's text (arbitrary_precision): exact.
    Decimal::from_str(&value.to_string()).unwrap()
}

/// To `places` decimals, half away from zero, as the portal and the
/// independent computation round.
fn rounded(d: Decimal, places: u32) -> Decimal {
    d.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// The entries of a unit's `list` (`results`, `sections`) in its JSON.
fn entries<'a>(unit: &'a serde_json::Value, list: &str) -> std::slice::Iter<'a, serde_json::Value> {
    unit[list].as_array().unwrap().iter()
}

/// JSON Lines of the example units, one document per unit.
fn units() -> Vec<serde_json::Value> {
    stdout(&["eval", "--format", "json", PLAN, UNITS])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn plan_is_clean_with_23_indicators_in_six_groups() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(PLAN);
    let outcome = check_source(&SourceFile::new(
        "chi-so-766.plan",
        std::fs::read_to_string(path).unwrap(),
    ));
    let source = SourceFile::new("x", "");
    assert!(
        outcome.diagnostics.is_empty(),
        "{}",
        common::rendered(&source, &outcome.diagnostics)
    );
    let plan = outcome.plan;
    let targets: Vec<_> = plan
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Target)
        .collect();
    assert_eq!(targets.len(), 23);
    assert_eq!(plan.grades.len(), 3);
}

/// Each group's maximum is the index's, for every unit, whatever it had to
/// count: nothing to count never shrinks a maximum.
#[test]
fn every_unit_has_the_groups_maxima() {
    for unit in units() {
        let maxima: Vec<(String, Decimal)> = entries(&unit, "sections")
            .map(|s| {
                (
                    s["name"].as_str().unwrap().to_string(),
                    decimal(&s["max_points"]),
                )
            })
            .collect();
        let expected = [
            ("Công khai, minh bạch (18 điểm)", 18),
            ("Tiến độ, kết quả giải quyết (20 điểm)", 20),
            ("Cung cấp dịch vụ trực tuyến (12 điểm)", 12),
            ("Thanh toán trực tuyến (10 điểm)", 10),
            ("Số hóa hồ sơ (22 điểm)", 22),
            ("Mức độ hài lòng (18 điểm)", 18),
        ]
        .map(|(name, max)| (name.to_string(), Decimal::from(max)));
        assert_eq!(maxima, expected, "{}", unit["unit"]);
        assert_eq!(decimal(&unit["summary"]["max_points"]), Decimal::from(100));
    }
}

/// chitieu's points, per unit and indicator, against the independent
/// computation's, to four decimals (and so to the hundredth); the totals too.
#[test]
fn points_match_the_independent_computation() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXPECTED)).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut expected: BTreeMap<(String, String), (Decimal, Decimal)> = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        expected.insert(
            (row[0].to_string(), row[1].to_string()),
            (
                Decimal::from_str(&row[2]).unwrap(),
                Decimal::from_str(&row[3]).unwrap(),
            ),
        );
    }
    let mut compared = 0;
    for unit in units() {
        let name = unit["unit"].as_str().unwrap().to_string();
        let mut results: Vec<(String, Decimal, Decimal)> = entries(&unit, "results")
            .map(|r| {
                (
                    r["target"].as_str().unwrap().to_string(),
                    decimal(&r["points"]),
                    decimal(&r["max_points"]),
                )
            })
            .collect();
        results.push((
            "total".to_string(),
            decimal(&unit["summary"]["points"]),
            decimal(&unit["summary"]["max_points"]),
        ));
        for (target, points, max) in results {
            let (want, want_max) = expected
                .get(&(name.clone(), target.clone()))
                .unwrap_or_else(|| panic!("{name} {target} not in {EXPECTED}"));
            assert_eq!(
                (rounded(points, 4), max),
                (*want, *want_max),
                "{name} {target}: chitieu {points}, computed {want}"
            );
            assert_eq!(rounded(points, 2), rounded(*want, 2), "{name} {target}");
            compared += 1;
        }
    }
    assert_eq!(compared, expected.len(), "every expected row compared");
}

/// The worked case: the portal rounds each payment indicator to 0.01 before
/// the sum, 1.79 + 1.87 + 3.63 = 7.29; summed exact they would make
/// 7.2847…, shown as 7.28.
#[test]
fn payment_group_is_rounded_per_indicator() {
    let unit = units()
        .into_iter()
        .find(|u| u["unit"] == "Phường Trần Liễu")
        .unwrap();
    let points = |target: &str| {
        entries(&unit, "results")
            .find(|r| r["target"] == target)
            .map(|r| decimal(&r["points"]))
            .unwrap()
    };
    let d = |s: &str| Decimal::from_str(s).unwrap();
    assert_eq!(points("i3_5a"), d("1.79"));
    assert_eq!(points("i3_5b"), d("1.87"));
    assert_eq!(points("i3_6"), d("3.63"));
    let group = entries(&unit, "sections")
        .find(|s| s["name"] == "Thanh toán trực tuyến (10 điểm)")
        .map(|s| decimal(&s["points"]))
        .unwrap();
    assert_eq!(group, d("7.29"));
    // The same rates unrounded: 2 × (65/91) / 80% + 2 × (50/67) / 80% +
    // 6 × 109/180.
    let exact =
        d("2.5") * d("65") / d("91") + d("2.5") * d("50") / d("67") + d("6") * d("109") / d("180");
    assert_eq!(rounded(exact, 2), d("7.28"));
}

/// The streamed summary (`--summary`, JSON Lines) gives each unit exactly
/// the counts, points, maximum and grade of the full evaluation.
#[test]
fn streamed_summary_agrees_with_the_full_results() {
    let summary: Vec<serde_json::Value> =
        stdout(&["eval", "--summary", "--format", "json", PLAN, UNITS])
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let full = units();
    assert_eq!(summary.len(), full.len());
    for (streamed, unit) in summary.iter().zip(&full) {
        assert_eq!(streamed["unit"], unit["unit"]);
        assert_eq!(streamed["grade"], unit["grade"], "{}", unit["unit"]);
        for key in [
            "pass",
            "fail",
            "missing",
            "not_applicable",
            "invalid",
            "scored",
        ] {
            assert_eq!(
                streamed[key], unit["summary"][key],
                "{} {key}",
                unit["unit"]
            );
        }
        for key in ["points", "max_points"] {
            assert_eq!(
                decimal(&streamed[key]),
                decimal(&unit["summary"][key]),
                "{} {key}",
                unit["unit"]
            );
        }
    }
}

#[test]
fn text_report_of_the_example_units() {
    insta::assert_snapshot!(stdout(&["eval", PLAN, UNITS]));
}

#[test]
fn ranked_summary_of_the_example_units() {
    insta::assert_snapshot!(stdout(&["eval", "--summary", "--rank", PLAN, UNITS]));
}

/// The first example unit's values, as `metric,value` pairs in file order.
fn first_unit() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(UNITS)).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let mut first: Option<String> = None;
    let mut values = Vec::new();
    for row in rows.records() {
        let row = row.unwrap();
        let (unit, metric, value) = (&row[0], &row[1], &row[2]);
        if first.get_or_insert_with(|| unit.to_string()) != unit {
            break;
        }
        values.push((metric.to_string(), value.to_string()));
    }
    values
}

/// A long CSV of the first example unit under each name, with its values
/// replaced where `changes` says so for that name.
fn units_csv(units: &[(&str, &[(&str, &str)])]) -> String {
    let mut out = String::from("unit,metric,value\n");
    for (name, changes) in units {
        for (metric, value) in first_unit() {
            let value = changes
                .iter()
                .find(|(m, _)| *m == metric)
                .map_or(value, |(_, v)| v.to_string());
            out.push_str(&format!("{name},{metric},{value}\n"));
        }
    }
    out
}

/// Each unit's points per target, and the run's exit code and standard
/// error, evaluated in full and summarised streamed (which must agree).
fn scored(csv: &str) -> (BTreeMap<(String, String), String>, i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("units.csv");
    std::fs::write(&path, csv).unwrap();
    let path = path.to_str().unwrap();
    let out = chitieu(&["eval", "--format", "json", PLAN, path]);
    let mut points = BTreeMap::new();
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        let unit: serde_json::Value = serde_json::from_str(line).unwrap();
        // Diagnostics are records of their own.
        if unit.get("diagnostic").is_some() {
            continue;
        }
        for result in entries(&unit, "results") {
            let key = (unit["unit"].to_string(), result["target"].to_string());
            let value = format!("{} {}", result["status"], result["points"]);
            points.insert(key, value);
        }
    }
    let streamed = chitieu(&["eval", "--summary", "--format", "json", PLAN, path]);
    let whole = chitieu(&[
        "eval",
        "--summary",
        "--no-stream",
        "--format",
        "json",
        PLAN,
        path,
    ]);
    assert_eq!(streamed.stdout, whole.stdout);
    assert_eq!(streamed.status.code(), out.status.code());
    let stderr = String::from_utf8(out.stderr).unwrap();
    (points, out.status.code().unwrap(), stderr)
}

fn result<'a>(points: &'a BTreeMap<(String, String), String>, unit: &str, target: &str) -> &'a str {
    points
        .get(&(format!("\"{unit}\""), format!("\"{target}\"")))
        .unwrap()
}

/// Issue 15's hole: `n/a` for the larger count of 1.4 sent it to the
/// fallback (last year's total / 12: 6.00 points where the counts give
/// 0.60, and 3.3 from 0.52 to 4.00); `n/a` for the petitions received gave
/// 5.2 and 5.3 their `not_applicable full`, and so did `n/a` for their
/// shares with the counts left out. A count is never `n/a`, and a share's
/// `n/a` needs its counts: E0717 at the value, the targets on it invalid
/// (the 766 plan computes its shares from counts only: a share's `n/a` is
/// W0752, its targets missing without the counts),
/// exit 2.
#[test]
fn a_unit_never_raises_its_points_by_writing_na_for_a_count() {
    let counts: &[(&str, &str)] = &[
        ("dossiers_synced", "100"),
        ("dossiers_received_bcqg", "1000"),
        ("dossiers_received_dvcqg", "500"),
        ("dossiers_received_last_year", "1200"),
    ];
    let mut gamer = counts.to_vec();
    gamer[1].1 = "n/a";
    // The petitions' shares written `n/a`, their counts left out.
    let skipper = units_csv(&[("Skipper", &[])])
        .lines()
        .filter(|l| !l.contains(",petitions"))
        .skip(1)
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        + "Skipper,petitions_on_time_ratio,n/a\nSkipper,petitions_satisfied_ratio,n/a\n";
    let units = units_csv(&[
        ("Honest", counts),
        ("Gamer", &gamer),
        ("Blank", &[("petitions", "n/a")]),
    ]);
    let (points, code, stderr) = scored(&(units + &skipper));
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(result(&points, "Honest", "i1_4"), "\"scored\" 0.6");
    assert_eq!(result(&points, "Honest", "i3_3"), "\"scored\" 0.52");
    for (unit, target) in [
        ("Gamer", "i1_4"),
        ("Gamer", "i3_3"),
        ("Blank", "i5_2"),
        ("Blank", "i5_3"),
    ] {
        assert_eq!(
            result(&points, unit, target),
            "\"invalid\" 0",
            "{unit} {target}"
        );
    }
    // The plan computes its shares from counts only (`default computed`):
    // a share's `n/a` is not taken (W0752), and without the counts its
    // targets are missing, earning nothing either.
    for target in ["i5_2", "i5_3"] {
        assert_eq!(
            result(&points, "Skipper", target),
            "\"missing\" 0",
            "{target}"
        );
    }
    assert_eq!(stderr.matches("[E0717]").count(), 2, "{stderr}");
    assert_eq!(stderr.matches("[W0752]").count(), 2, "{stderr}");
    assert!(
        stderr.contains("Gamer,dossiers_received_bcqg,n/a"),
        "{stderr}"
    );
    assert!(stderr.contains("Blank,petitions,n/a"), "{stderr}");
}

/// 5.4: a dossier both overdue and disliked counts in both, so the two can
/// add up to more than the dossiers handled; the method floors the rate at
/// 0%, and so does the plan (never an invalid share).
#[test]
fn satisfaction_with_dossiers_floors_at_zero() {
    let overlapping: &[(&str, &str)] = &[
        ("dossiers_handled", "10"),
        ("dossiers_on_time", "10"),
        ("dossiers_digitised", "10"),
        ("dossiers_overdue", "6"),
        ("dossiers_disliked", "6"),
    ];
    let (points, code, stderr) = scored(&units_csv(&[("Overlapping", overlapping)]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(result(&points, "Overlapping", "i5_4"), "\"scored\" 0");
}
