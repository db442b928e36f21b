//! `eval --units FILE --rollup` from the command line: it needs the
//! register, writes parents before their children in every format, and
//! links a city's table to its wards' in the HTML scorecard.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::chitieu;

const CASE: &str = "tests/fixtures/rollup/nation_provinces_communes";

fn rolled(extra: &[&str]) -> std::process::Output {
    let plan = format!("{CASE}/plan.plan");
    let data = format!("{CASE}/data");
    let units = format!("{CASE}/units.csv");
    let mut args = vec![
        "eval",
        plan.as_str(),
        data.as_str(),
        "--units",
        &units,
        "--rollup",
    ];
    args.extend_from_slice(extra);
    chitieu(&args)
}

#[test]
fn rollup_needs_a_register() {
    let plan = format!("{CASE}/plan.plan");
    let data = format!("{CASE}/data");
    let out = chitieu(&["eval", &plan, &data, "--rollup"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--units"));
}

/// The summary lists the nation, then each province ranked followed by its
/// communes ranked; its JSON lines name each unit's parent.
#[test]
fn the_summary_follows_the_tree() {
    let out = rolled(&["--summary", "--format", "json"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let units: Vec<(String, Option<String>)> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v.get("unit").is_some())
        .map(|v| {
            (
                v["unit"].as_str().unwrap().to_string(),
                v.get("parent").and_then(|p| p.as_str()).map(str::to_string),
            )
        })
        .collect();
    let names: Vec<&str> = units.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        names,
        [
            "Việt Nam",
            "Tỉnh Y",
            "Xã Y1",
            "Xã Y2",
            "Xã Y3",
            "Tỉnh X",
            "Xã X1",
            "Xã X2",
            "Xã Z"
        ]
    );
    assert_eq!(units[0].1, None);
    assert_eq!(units[2].1.as_deref(), Some("Tỉnh Y"));
    // A unit the register does not name has no parent.
    assert_eq!(units[8].1, None);
}

/// The text summary indents each unit under its parent.
#[test]
fn the_text_summary_indents_units_under_their_parents() {
    let out = rolled(&["--summary"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert!(lines[0].starts_with("Việt Nam "), "{text}");
    assert!(lines[1].starts_with("  Tỉnh Y "), "{text}");
    assert!(lines[2].starts_with("    Xã Y1 "), "{text}");
    assert!(lines[8].starts_with("Xã Z "), "{text}");
}

/// The full report in JSON Lines: the province's line names its communes
/// in ranked order, and each commune its rank.
#[test]
fn json_lines_say_parent_rank_and_children() {
    let out = rolled(&["--format", "json"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let province = lines.iter().find(|v| v["unit"] == "Tỉnh Y").unwrap();
    assert_eq!(province["parent"], "Việt Nam");
    assert_eq!(province["rank"], 1);
    assert_eq!(
        province["children"],
        serde_json::json!(["Xã Y1", "Xã Y2", "Xã Y3"])
    );
    let commune = lines.iter().find(|v| v["unit"] == "Xã Y2").unwrap();
    assert_eq!(commune["rank"], 2);
}

/// The scorecard shows each parent's table, then its units ranked, each
/// linked to its own table, which links back to the parent's.
#[test]
fn the_scorecard_links_a_city_to_its_wards() {
    let out = rolled(&["--format", "html", "--lang", "en"]);
    let page = String::from_utf8(out.stdout).unwrap();
    // The nation's table, then its units, before the next unit's heading.
    let (_, after) = page
        .split_once("<h3 id=\"unit-1\"><bdi>Việt Nam</bdi>")
        .unwrap();
    let (nation, _) = after.split_once("<h3 id=").unwrap();
    let (_, children) = nation.split_once("<table class=\"children\">").unwrap();
    assert!(children.contains("<a href=\"#unit-2\"><bdi>Tỉnh Y</bdi></a>"));
    assert!(page.contains(
        "<p class=\"parent\">Part of: <a href=\"#unit-1\"><bdi>Việt Nam</bdi></a>, rank 1 of its units</p>"
    ));
}
