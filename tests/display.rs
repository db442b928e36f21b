//! Values near a threshold, a tier limit, 0%, 100% or the maximum of points
//! are shown in every human format (Markdown, HTML, JUnit, the summary; the
//! text report is in the eval fixtures) with the digits that keep them on
//! their side, in English and Vietnamese; machine formats carry them exactly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::chitieu;

const PLAN: &str = "tests/fixtures/eval/display_near_thresholds/plan.plan";
const DATA: &str = "tests/fixtures/eval/display_near_thresholds/wards.csv";

fn stdout(args: &[&str]) -> String {
    String::from_utf8(chitieu(args).stdout).unwrap()
}

#[test]
fn human_formats_never_round_a_value_onto_the_other_side() {
    let mut out = String::new();
    for lang in ["en", "vi"] {
        for format in ["markdown", "junit"] {
            out.push_str(&format!("----- {format} {lang}\n"));
            out.push_str(&stdout(&[
                "--lang", lang, "eval", "--format", format, PLAN, DATA,
            ]));
        }
        out.push_str(&format!("----- summary {lang}\n"));
        out.push_str(&stdout(&["--lang", lang, "eval", "--summary", PLAN, DATA]));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn the_scorecard_shows_the_digits_too() {
    const UNIT: &str = "tests/fixtures/html/near-thresholds.csv";
    let en = stdout(&["--lang", "en", "eval", "--format", "html", PLAN, UNIT]);
    for shown in [
        "59.9999%",
        // A table's percents share one number of decimals (99.9950%).
        "99.995",
        "5.9997",
        "0.001",
        "10.001 min",
        "999999.5 VND",
    ] {
        assert!(
            en.contains(shown),
            "{shown} is not in the English scorecard"
        );
    }
    for hidden in [">60%<", ">6.00<", ">0%<", ">1000000 VND<"] {
        assert!(!en.contains(hidden), "{hidden} is in the English scorecard");
    }
    let vi = stdout(&["--lang", "vi", "eval", "--format", "html", PLAN, UNIT]);
    for shown in ["59,9999%", "99,995", "5,9997", "0,001", "10,001 phút"] {
        assert!(
            vi.contains(shown),
            "{shown} is not in the Vietnamese scorecard"
        );
    }
    let batch = stdout(&["--lang", "en", "eval", "--format", "html", PLAN, DATA]);
    assert!(batch.contains("99.998%"), "the batch's total near 100%");
}

#[test]
fn machine_formats_carry_exact_values() {
    let json = stdout(&["eval", "--format", "json", PLAN, DATA]);
    for exact in [
        "\"actual\":0.599999",
        "\"actual\":0.99995",
        "\"points\":5.9997",
        "\"actual\":999999.5",
        "\"points\":12.9997",
    ] {
        assert!(json.contains(exact), "{exact} is not in {json}");
    }
    let csv = stdout(&["eval", "--format", "csv", PLAN, DATA]);
    assert!(csv.contains(",0.599999,0,2,"), "{csv}");
    assert!(csv.contains(",0.99995,5.9997,6,"), "{csv}");
    let summary = stdout(&["eval", "--summary", "--format", "json", PLAN, DATA]);
    assert!(summary.contains("\"points\":12.9997"), "{summary}");
}
