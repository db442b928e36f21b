//! Every command and format, its standard output a pipe whose reader has
//! gone (`chitieu check --format json rules/ | head -c 10`): the run ends
//! quietly, as the platform expects, by SIGPIPE as `cat` does, with no
//! panic message.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Output, Stdio};

/// The writing end of a pipe whose reading end is already closed, so that
/// the first write fails whatever its size (a pipe that `head` closes later
/// would take a small output into its buffer).
fn closed_pipe() -> Stdio {
    let mut ends = [0; 2];
    // SAFETY: `pipe` writes two new descriptors into `ends`, each then
    // owned once.
    assert_eq!(unsafe { libc::pipe(ends.as_mut_ptr()) }, 0);
    let (read, write) = unsafe { (OwnedFd::from_raw_fd(ends[0]), OwnedFd::from_raw_fd(ends[1])) };
    drop(read);
    Stdio::from(write)
}

/// Runs chitieu with `args`, its standard output a closed pipe and its
/// standard input `input`.
fn run(args: &[&str], input: &str) -> Output {
    common::run_with_stdout(args, input, closed_pipe())
}

fn ends_quietly(args: &[&str], input: &str) {
    let out = run(args, input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{args:?}: {stderr}"
    );
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGPIPE),
        "{args:?} ended with {:?}: {stderr}",
        out.status
    );
}

const PLAN: &str = "rules/tran-lieu-2025-h2.plan";
const MEASUREMENTS: &str = "examples/cac-phuong-2025-h2.csv";

#[test]
fn check_stops_quietly() {
    ends_quietly(&["check", "--format", "json", "rules/"], "");
    ends_quietly(
        &["check", "--format", "json", "tests/fixtures/cli/mixed"],
        "",
    );
}

#[test]
fn eval_stops_quietly_in_every_format() {
    for format in ["text", "json", "markdown", "junit", "csv", "html"] {
        ends_quietly(&["eval", "--format", format, PLAN, MEASUREMENTS], "");
    }
}

#[test]
fn eval_summary_stops_quietly_streamed_or_not() {
    for format in ["text", "json", "csv"] {
        ends_quietly(
            &["eval", "--summary", "--format", format, PLAN, MEASUREMENTS],
            "",
        );
        ends_quietly(
            &[
                "eval",
                "--summary",
                "--no-stream",
                "--format",
                format,
                PLAN,
                MEASUREMENTS,
            ],
            "",
        );
    }
}

#[test]
fn fmt_stops_quietly() {
    let plan = std::fs::read_to_string(PLAN).unwrap();
    ends_quietly(&["fmt", "-"], &plan);
    ends_quietly(
        &["fmt", "--check", "tests/fixtures/fmt/messy_layout.plan"],
        "",
    );
}

#[test]
fn diff_and_explain_stop_quietly() {
    ends_quietly(&["diff", PLAN, "rules/tran-lieu-2026-h1.plan"], "");
    ends_quietly(&["explain", "E0101"], "");
    ends_quietly(&["--lang", "vi", "explain", "W0722"], "");
}

#[test]
fn help_and_version_stop_quietly() {
    ends_quietly(&["--help"], "");
    ends_quietly(&["eval", "--help"], "");
    ends_quietly(&["--version"], "");
}

#[test]
fn git_commands_stop_quietly() {
    ends_quietly(&["git-textconv", PLAN], "");
    ends_quietly(
        &[
            "git-diff",
            PLAN,
            PLAN,
            "0000000",
            "100644",
            "rules/tran-lieu-2026-h1.plan",
            "0000000",
            "100644",
        ],
        "",
    );
}

/// Diagnostics go to standard error: a closed standard error ends the run
/// as quietly.
#[test]
fn a_closed_standard_error_ends_quietly_too() {
    let out = common::plain(&mut Command::new(env!("CARGO_BIN_EXE_chitieu")))
        .args(["check", "tests/fixtures/cli/mixed"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
}
