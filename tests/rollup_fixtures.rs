//! Every folder under `tests/fixtures/rollup/` is one behaviour of rolling
//! units up (`eval --rollup`): `plan.plan`, the hierarchy in `units.csv`
//! (a units register), the measurements in `data/`. The diagnostics,
//! the text report (parents, then their children ranked) in both languages
//! and the JSON lines are snapshotted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use chitieu::diagnostic::render;
use chitieu::eval::rollup::evaluate_rolled_up;
use chitieu::eval::{Detail, Hints, Metrics};
use chitieu::i18n::Lang;
use chitieu::report::{self, Report};
use chitieu::{check_source, Code, SourceFile};

fn cases() -> Vec<PathBuf> {
    common::case_dirs("rollup")
}

fn run_case(dir: &Path) -> (String, Vec<Code>) {
    let plan_text = std::fs::read_to_string(dir.join("plan.plan")).unwrap();
    let plan_source = SourceFile::new("plan.plan", plan_text);
    let checked = check_source(&plan_source);
    assert!(!checked.has_errors(), "{}", dir.display());
    let (units, register_diagnostics) = chitieu::units::Register::read(&dir.join("units.csv"));
    assert!(!register_diagnostics.has_errors(), "{}", dir.display());
    let mut inputs = common::read_case(&dir.join("data"), &common::case_options(dir));
    let metrics = Metrics::new(&checked.plan);
    let scoped = chitieu::eval::applies::Scoped::with_register(&checked.plan, &units, &inputs);
    let scopes = chitieu::eval::applies::Scopes::new(&metrics, &scoped);
    let results = evaluate_rolled_up(
        &scopes,
        &Hints::default(),
        &mut inputs,
        &units,
        Detail::Full,
    );
    let results = report::rollup::arrange(results, report::summary::RankBy::Percent);
    let mut out = String::from("----- DIAGNOSTICS\n");
    let mut codes = Vec::new();
    for input in &inputs {
        out.push_str(&render::render(&input.source, &input.diagnostics, false));
        codes.extend(input.diagnostics.iter().map(|d| d.code()));
    }
    out.push_str("----- REPORT\n");
    let report = Report {
        plan_title: None,
        units: &results,
        lang: Lang::En,
        grades: &checked.plan.grades,
        rank_by: report::summary::RankBy::Percent,
        period: checked
            .plan
            .period
            .map(chitieu::eval::due::EvaluatedPeriod::of_plan),
    };
    out.push_str(&report::text::render(&report, false));
    out.push_str("----- JSON\n");
    let diagnostics = chitieu::measure::MeasureFile::diagnostics_of(inputs.clone());
    out.push_str(&report::json::render(&results, &diagnostics));
    out.push_str("----- TIẾNG VIỆT\n");
    for input in &inputs {
        out.push_str(&render::render_in(
            &input.source,
            &input.diagnostics,
            false,
            Lang::Vi,
        ));
    }
    let report = Report {
        lang: Lang::Vi,
        ..report
    };
    out.push_str(&report::text::render(&report, false));
    (out, codes)
}

#[test]
fn rollup_fixtures() {
    for dir in cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (out, _) = run_case(&dir);
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("rollup", out);
        });
    }
}

/// A case named after a code reports it, and every roll-up code found in
/// evaluation (`E092x`, `W092x`) has such a case.
#[test]
fn every_rollup_code_has_a_case() {
    let rollup = |c: Code| c.id().get(1..4) == Some("092");
    common::assert_codes_covered_where(rollup, &cases(), run_case);
}
