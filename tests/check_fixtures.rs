//! Every `tests/fixtures/check/*.plan` is checked and its rendered diagnostics
//! snapshotted under the source: one fixture per behaviour.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use chitieu::Code;

#[test]
fn check_fixtures() {
    let base = common::fixture_dir("check");
    insta::glob!(&base, "*.plan", |path| {
        let (source, diagnostics) = common::check_file(path);
        let shown = source.text.replace('\r', "␍");
        let snapshot = format!(
            "----- SOURCE\n{shown}\n----- DIAGNOSTICS\n{}----- TIẾNG VIỆT\n{}",
            common::rendered(&source, &diagnostics),
            common::rendered_vi(&source, &diagnostics)
        );
        insta::assert_snapshot!(snapshot);
    });
}

/// A fixture named after a code (`E0101_*.plan`) must report that code, and
/// every code must have such a fixture.
#[test]
fn every_code_has_a_fixture_that_reports_it() {
    let dir = common::fixture_dir("check");
    let mut covered = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(code) = name.split('_').next().and_then(Code::from_id) else {
            continue;
        };
        let (_, diagnostics) = common::check_file(&path);
        assert!(
            diagnostics.iter().any(|d| d.code() == code),
            "{name} does not report {}",
            code.id()
        );
        covered.insert(code);
    }
    // Reported only about what a plan inherits: `tests/extends.rs` asserts
    // their fixtures there (`tests/fixtures/extends/W0610_*`, `E0611_*`).
    let through_extends = [Code::InheritedMilestoneOutside, Code::MilestoneOnTask];
    let missing: Vec<&str> = Code::ALL
        .iter()
        // Measurements (7), `extends` (8) and the units register (9, and the
        // `for` codes that need one) have fixtures of their own kinds.
        .filter(|c| !matches!(c.family(), 7..=9) && !needs_register(**c) && !covered.contains(c))
        .filter(|c| !through_extends.contains(c))
        .map(|c| c.id())
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}

/// The `for` codes that only a units register or an evaluation reports:
/// their fixtures are under `tests/fixtures/units/`.
fn needs_register(code: Code) -> bool {
    matches!(
        code,
        Code::ForUnknown
            | Code::ForWithoutRegister
            | Code::UnitNotInRegister
            | Code::UnitsWithoutLevel
    )
}

/// Every snapshot of a fixture belongs to a fixture that still exists.
#[test]
fn no_snapshot_outlives_its_fixture() {
    let dir = common::fixture_dir("check");
    let snapshots = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    for entry in std::fs::read_dir(snapshots).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(fixture) = name
            .strip_prefix("check_fixtures__check_fixtures@")
            .and_then(|n| n.strip_suffix(".snap"))
        else {
            continue;
        };
        assert!(dir.join(fixture).exists(), "{name} has no fixture");
    }
}

/// The table in `docs/diagnostics.md` lists every diagnostic code.
#[test]
fn docs_list_every_code() {
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagnostics.md"),
    )
    .unwrap();
    for code in Code::ALL {
        assert!(
            docs.contains(&format!("| {} |", code.id())),
            "docs/diagnostics.md lacks {}",
            code.id()
        );
    }
}
