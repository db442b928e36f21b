//! `chitieu diff` compares plans by meaning: every folder under
//! `tests/fixtures/diff/` holds an `old.plan` and a `new.plan`, and their
//! diff is snapshotted as text and JSON, and as text and Markdown in
//! Vietnamese (git's use of it: `tests/git.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chitieu::i18n::Lang;

use std::path::{Path, PathBuf};

use chitieu::diff::{diff, render};
use chitieu::load::load_plan;

fn cases() -> Vec<PathBuf> {
    common::case_dirs("diff")
}

fn changes(old: &Path, new: &Path) -> Vec<chitieu::diff::Change> {
    let (old, new) = (load_plan(old).unwrap(), load_plan(new).unwrap());
    assert!(!old.has_errors() && !new.has_errors());
    diff(&old.plan, &new.plan)
}

#[test]
fn diff_fixtures() {
    for dir in cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let changes = changes(&dir.join("old.plan"), &dir.join("new.plan"));
        let out = format!(
            "{}\n{}\n----- TIẾNG VIỆT\n{}\n{}",
            render::text(&changes, Lang::En),
            render::json(&changes),
            render::text(&changes, Lang::Vi),
            render::markdown(&changes, Lang::Vi)
        );
        insta::with_settings!({ snapshot_suffix => name, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("diff", out);
        });
    }
}

#[test]
fn reformatting_shows_no_change_and_exits_0() {
    let dir = common::fixture_dir("diff").join("reformatting_only");
    let out = common::chitieu(&[
        "diff",
        dir.join("old.plan").to_str().unwrap(),
        dir.join("new.plan").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "no change in meaning\n"
    );
}

#[test]
fn the_next_period_plan_as_text_json_and_markdown() {
    let args = |format: &str| {
        let out = common::chitieu(&[
            "diff",
            "--format",
            format,
            "rules/tran-lieu-2025-h2.plan",
            "rules/tran-lieu-2026-h1.plan",
        ]);
        assert_eq!(out.status.code(), Some(1), "changes exit 1");
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&args("json")).unwrap();
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["kind"] == "stricter" && c["target"] == "online_payment_ratio"));
    insta::assert_snapshot!(format!("{}\n{}", args("text"), args("markdown")));
}

#[test]
fn a_plan_with_errors_exits_2() {
    let out = common::chitieu(&[
        "diff",
        "rules/tran-lieu-2025-h2.plan",
        "tests/fixtures/check/E0101_missing_comparison.plan",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("E0101"));
}
