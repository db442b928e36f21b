//! Formulas deep and wide, made at test time, on every path of the binary
//! (its main thread has the platform's stack, as a user's run does): a chain
//! of 60,000 derived metrics (each on the one before, a 2 MB plan within the
//! limits) overflowed the stack in `check`, `eval`, `diff` and `fmt --check`;
//! one of thousands of metrics summed through sums must be computed whole.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Output;

const DEPTH: usize = 60_000;

/// A chain `depth` deep: `m{i} = m{i-1} + 1`, one target on the last.
fn chain(depth: usize) -> String {
    let mut text = String::from("metric m0: number\n");
    for i in 1..depth {
        text += &format!("metric m{i}: number = m{} + 1\n", i - 1);
    }
    text += &format!("target chain: m{} >= 1\n", depth - 1);
    text
}

/// Runs the binary in `dir`; it must end as a process does, not by a
/// signal or a stack overflow.
fn run(dir: &Path, args: &[&str]) -> Output {
    let out = common::plain(&mut std::process::Command::new(env!(
        "CARGO_BIN_EXE_chitieu"
    )))
    .args(args)
    .current_dir(dir)
    .output()
    .unwrap();
    let stderr = text(&out.stderr);
    assert!(
        !stderr.contains("overflow") && out.status.code().is_some(),
        "{args:?}: {:?} {stderr}",
        out.status
    );
    out
}

/// What the binary writes on its standard output in `dir`.
fn stdout(dir: &Path, args: &[&str]) -> String {
    text(&run(dir, args).stdout)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A folder with the chain, the chain one shorter, and measurements of two
/// wards: 0 at the root comes to 59,999 (pass), -100,000 to -40,001 (fail).
fn chain_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("chain.plan"), chain(DEPTH)).unwrap();
    std::fs::write(dir.path().join("shorter.plan"), chain(DEPTH - 1)).unwrap();
    std::fs::write(
        dir.path().join("wards.csv"),
        "unit,metric,value\nward 1,m0,0\nward 2,m0,-100000\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_chain_of_60000_is_checked_and_formatted() {
    let dir = chain_folder();
    for args in [
        &["check", "chain.plan"][..],
        &["fmt", "--check", "chain.plan"],
    ] {
        let out = run(dir.path(), args);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
}

#[test]
fn a_chain_of_60000_is_evaluated_on_every_path() {
    let dir = chain_folder();
    let report = stdout(dir.path(), &["eval", "chain.plan", "wards.csv"]);
    assert!(report.contains("PASS     chain  >= 1  59999"), "{report}");
    assert!(report.contains("FAIL     chain  >= 1  -40001"), "{report}");
    let args = ["eval", "--format", "json", "chain.plan", "wards.csv"];
    let json = stdout(dir.path(), &args);
    assert!(
        json.contains("\"pass\"") && json.contains("\"fail\""),
        "{json}"
    );
    // A long CSV with --summary is streamed.
    let summary = stdout(
        dir.path(),
        &["eval", "--summary", "chain.plan", "wards.csv"],
    );
    assert!(summary.contains("ward 1      1     0"), "{summary}");
    assert!(summary.contains("ward 2      0     1"), "{summary}");
}

#[test]
fn a_chain_of_60000_is_compared() {
    let dir = chain_folder();
    let said = stdout(dir.path(), &["diff", "shorter.plan", "chain.plan"]);
    assert!(said.contains("metric m59999: added"), "{said}");
}

#[test]
fn a_cycle_of_60000_is_reported_in_one_short_line() {
    let dir = tempfile::tempdir().unwrap();
    let text_of_plan = chain(DEPTH).replacen(
        "metric m0: number\n",
        &format!("metric m0: number = m{} + 1\n", DEPTH - 1),
        1,
    );
    std::fs::write(dir.path().join("cycle.plan"), text_of_plan).unwrap();
    let said = text(&run(dir.path(), &["check", "cycle.plan"]).stderr);
    assert_eq!(said.matches("[E0202]").count(), 1, "{said}");
    assert!(said.contains("… 59991 more …"), "{said}");
    assert!(said.len() < 2_000, "{} bytes", said.len());
}

#[test]
fn thousands_of_metrics_summed_through_sums_are_computed_whole() {
    // 5,000 measured metrics, ten sums of 500 (the most operators a formula
    // may hold: 499 here), and their total.
    let dir = tempfile::tempdir().unwrap();
    let mut plan = String::new();
    let mut csv = String::from("unit,metric,value\n");
    for i in 0..5_000 {
        plan += &format!("metric a{i}: count\n");
        csv += &format!("ward 1,a{i},1\n");
    }
    for s in 0..10 {
        let terms: Vec<String> = (s * 500..(s + 1) * 500).map(|i| format!("a{i}")).collect();
        plan += &format!("metric s{s}: count = {}\n", terms.join(" + "));
    }
    let sums: Vec<String> = (0..10).map(|s| format!("s{s}")).collect();
    plan += &format!("metric total: count = {}\n", sums.join(" + "));
    plan += "target total >= 5000\n";
    std::fs::write(dir.path().join("wide.plan"), plan).unwrap();
    std::fs::write(dir.path().join("wards.csv"), csv).unwrap();
    let out = run(dir.path(), &["check", "wide.plan"]);
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}",
        text(&out.stderr)
    );
    let report = stdout(dir.path(), &["eval", "wide.plan", "wards.csv"]);
    assert!(report.contains("PASS     total  >= 5000  5000"), "{report}");
    let summary = stdout(dir.path(), &["eval", "--summary", "wide.plan", "wards.csv"]);
    assert!(summary.contains("ward 1      1     0"), "{summary}");
}

#[test]
fn a_fallback_of_50000_alternatives_and_a_max_of_50000_values_are_lists() {
    // `else` chains and calls' arguments are lists at every step (parse,
    // check, fmt, diff, eval): no stack grows with their length. The first
    // 49,999 alternatives divide by zero; the last is 7.
    let dir = tempfile::tempdir().unwrap();
    let n = 50_000;
    let mut alternatives: Vec<String> = (0..n - 1).map(|_| "q".to_string()).collect();
    alternatives.push("7".to_string());
    let values: Vec<String> = (0..n)
        .map(|i| if i == 777 { "a".into() } else { "z".into() })
        .collect();
    let plan = format!(
        "metric a: count\nmetric z: count\nmetric q: rate = a / z\nmetric fallback = {}\nmetric largest = max({})\ntarget fallback >= 7\ntarget largest >= 3\n",
        alternatives.join(" else "),
        values.join(", ")
    );
    std::fs::write(dir.path().join("lists.plan"), plan).unwrap();
    std::fs::write(
        dir.path().join("wards.csv"),
        "unit,metric,value\nward 1,a,3\nward 1,z,0\n",
    )
    .unwrap();
    let out = run(dir.path(), &["check", "lists.plan"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(dir.path(), &["fmt", "--check", "lists.plan"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    run(dir.path(), &["diff", "lists.plan", "lists.plan"]);
    let report = stdout(dir.path(), &["eval", "lists.plan", "wards.csv"]);
    assert!(report.contains("PASS     fallback  >= 7  7"), "{report}");
    assert!(report.contains("PASS     largest   >= 3  3"), "{report}");
    let summary = stdout(
        dir.path(),
        &["eval", "--summary", "lists.plan", "wards.csv"],
    );
    assert!(summary.contains("ward 1      2     0"), "{summary}");
}
