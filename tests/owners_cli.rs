//! Several owners (`owner "A" with "B", "C"`) in machine reports: the CSV's
//! `owner` holds the lead and `co_owners` the others' keys, whatever
//! `--lang`; JSON says that owner totals count such a target for each.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::chitieu;

const CASE: &str = "tests/fixtures/eval/several_owners_count_for_each";

fn report(format: &str) -> String {
    let plan = format!("{CASE}/plan.plan");
    let units = format!("{CASE}/units.csv");
    let out = chitieu(&["eval", &plan, &units, "--format", format, "--lang", "vi"]);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn csv_keeps_the_lead_in_owner_and_the_others_in_co_owners() {
    let csv = report("csv");
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",received,co_owners"), "{header}");
    assert!(
        csv.contains(",Sở GD&ĐT,pass,") || csv.contains(",Sở GD&ĐT,fail,"),
        "{csv}"
    );
    assert!(csv.contains(",Sở Nội vụ;Sở KH&CN\n"), "{csv}");
    assert!(!csv.contains(" with "), "{csv}");
}

#[test]
fn json_says_owner_totals_count_each_owner_and_always_has_not_due() {
    let json = report("json");
    let first = json.lines().next().unwrap();
    assert!(first.contains("\"owners_count_each\":true"), "{first}");
    assert!(first.contains("\"not_due\":0"), "{first}");
}
