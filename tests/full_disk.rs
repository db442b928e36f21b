//! Every command and format, its standard output a full disk (`/dev/full`,
//! as `> report.json` on a disk with no room): the run says once that the
//! output could not be written and ends with exit code 2, whatever its
//! command found, so that a script never takes a lost report for a result.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Stdio;

const PLAN: &str = "rules/tran-lieu-2025-h2.plan";
const MEASUREMENTS: &str = "examples/cac-phuong-2025-h2.csv";

fn fails_once(args: &[&str], input: &str) {
    let full = std::fs::File::create("/dev/full").unwrap();
    let out = common::run_with_stdout(args, input, Stdio::from(full));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    let said = stderr.matches("No space left on device").count()
        + stderr.matches("thiết bị hết chỗ trống").count();
    assert_eq!(said, 1, "{args:?} said it {said} times: {stderr}");
}

#[test]
fn check_fails_once() {
    fails_once(&["check", "--format", "json", "rules/"], "");
}

#[test]
fn eval_fails_once_in_every_format() {
    for format in ["text", "json", "markdown", "junit", "csv", "html"] {
        fails_once(&["eval", "--format", format, PLAN, MEASUREMENTS], "");
    }
    fails_once(&["eval", "--summary", PLAN, MEASUREMENTS], "");
}

#[test]
fn fmt_of_standard_input_fails_once() {
    fails_once(&["fmt", "-"], "target   a >= 1\n");
}

#[test]
fn diff_explain_and_help_fail_once() {
    fails_once(&["diff", PLAN, "rules/tran-lieu-2026-h1.plan"], "");
    fails_once(&["explain", "E0101"], "");
    fails_once(&["--lang", "vi", "explain", "W0722"], "");
    fails_once(&["--help"], "");
    fails_once(&["--version"], "");
    fails_once(&["git-textconv", PLAN], "");
}
