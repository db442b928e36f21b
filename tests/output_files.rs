//! Results written to files (`eval --output`, `fmt`): atomically, and never
//! over what is not a regular file: a FIFO is written through, a folder
//! refused; a result keeps the mode of the file it replaces or gets the
//! umask's for a new one; a symbolic link stays a link; a folder that does
//! not exist is named, not a temporary file.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const PLAN: &str = "rules/tran-lieu-2025-h2.plan";
const LONG: &str = "examples/cac-phuong-2025-h2.csv";

fn project(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(path)
        .display()
        .to_string()
}

/// Runs chitieu in `dir` with `args`, under umask `umask`; fails if it has
/// not ended after a generous bound (reading a FIFO waits for a writer).
fn run_in(dir: &Path, umask: &str, args: &[&str]) -> Output {
    let mut script = format!("umask {umask}; exec \"$0\"");
    for (i, _) in args.iter().enumerate() {
        script.push_str(&format!(" \"${}\"", i + 1));
    }
    let mut child = common::plain(&mut Command::new("sh"))
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_chitieu"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        let waits = started.elapsed() > Duration::from_secs(60);
        if waits {
            child.kill().unwrap();
        }
        assert!(!waits, "chitieu {args:?} did not end: it waits");
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

fn eval_into(dir: &Path, umask: &str, output: &str) -> Output {
    run_in(
        dir,
        umask,
        &["eval", "--output", output, &project(PLAN), &project(LONG)],
    )
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

#[test]
fn a_new_report_gets_the_umask_mode() {
    let dir = tempfile::tempdir().unwrap();
    let out = eval_into(dir.path(), "027", "report.txt");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(mode(&dir.path().join("report.txt")), 0o640);
    let out = eval_into(dir.path(), "022", "other.txt");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(mode(&dir.path().join("other.txt")), 0o644);
}

#[test]
fn a_replaced_report_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.txt");
    std::fs::write(&report, "old").unwrap();
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o604)).unwrap();
    let out = eval_into(dir.path(), "077", "report.txt");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(mode(&report), 0o604);
    assert!(std::fs::read_to_string(&report).unwrap().contains("Unit"));
}

/// A report with another hard link is replaced at the path named, as any
/// report is (atomically): the other link keeps the old report. Writing
/// through it would give up the atomic write (docs/limits.md says so).
#[test]
fn a_hard_linked_report_is_replaced_at_its_path_only() {
    let dir = tempfile::tempdir().unwrap();
    let (h1, h2) = (dir.path().join("h1"), dir.path().join("h2"));
    std::fs::write(&h1, "old").unwrap();
    std::fs::hard_link(&h1, &h2).unwrap();
    let out = eval_into(dir.path(), "022", "h1");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(std::fs::read_to_string(&h1).unwrap().contains("Unit"));
    assert_eq!(std::fs::read_to_string(&h2).unwrap(), "old");
}

#[test]
fn a_fifo_is_written_through_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.fifo");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = eval_into(dir.path(), "022", "report.fifo");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    // Before the reader is waited for: a FIFO replaced leaves it waiting.
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced");
    let read = reader.join().unwrap();
    assert!(read.contains("Unit"), "{read}");
}

#[test]
fn a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    let out = eval_into(dir.path(), "022", "reports");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: `reports` is a folder: chitieu does not write over it"),
        "{err}"
    );
    assert!(dir.path().join("reports").is_dir());
}

#[test]
fn a_missing_folder_is_named_without_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = eval_into(dir.path(), "022", "no/such/report.txt");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().unwrap_or_default();
    assert_eq!(
        last,
        "error: cannot write `no/such/report.txt`: the folder `no/such` does not exist"
    );
}

#[test]
fn a_report_through_a_link_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::os::unix::fs::symlink("out/real.txt", dir.path().join("link.txt")).unwrap();
    let out = eval_into(dir.path(), "022", "link.txt");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let link = std::fs::symlink_metadata(dir.path().join("link.txt")).unwrap();
    assert!(link.file_type().is_symlink());
    assert!(std::fs::read_to_string(dir.path().join("out/real.txt"))
        .unwrap()
        .contains("Unit"));
}

#[test]
fn fmt_formats_the_file_a_link_points_to_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let messy = std::fs::read_to_string(project("tests/fixtures/fmt/messy_layout.plan")).unwrap();
    std::fs::write(dir.path().join("real.plan"), &messy).unwrap();
    std::fs::set_permissions(
        dir.path().join("real.plan"),
        std::fs::Permissions::from_mode(0o664),
    )
    .unwrap();
    std::os::unix::fs::symlink("real.plan", dir.path().join("link.plan")).unwrap();
    let out = run_in(dir.path(), "077", &["fmt", "link.plan"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let link = std::fs::symlink_metadata(dir.path().join("link.plan")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let formatted = std::fs::read_to_string(dir.path().join("real.plan")).unwrap();
    assert_ne!(formatted, messy);
    assert_eq!(mode(&dir.path().join("real.plan")), 0o664);
}

#[test]
fn fmt_skips_a_fifo_without_waiting_or_replacing_it() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.plan");
    mkfifo(&fifo);
    let out = run_in(dir.path(), "022", &["fmt", "pipe.plan"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`pipe.plan` is a FIFO (named pipe), not a file: skipped"),
        "{err}"
    );
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
}
