//! Every folder under `tests/fixtures/eval/` is one behaviour of `eval`: its
//! measurement files are read and evaluated against its own `plan.plan` (or
//! the shared `common.plan`), and the diagnostics and the report are
//! snapshotted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use chitieu::diagnostic::render;
use chitieu::i18n::Lang;
use chitieu::report::{self, Report};
use chitieu::{check_source, eval, Code, SourceFile};

fn cases() -> Vec<PathBuf> {
    common::case_dirs("eval")
}

/// The rendered diagnostics and report of one case, and the codes reported.
fn run_case(dir: &Path) -> (String, Vec<Code>) {
    let plan_path = common::eval_case_plan(dir);
    let plan_text = std::fs::read_to_string(&plan_path).unwrap();
    let plan_source = SourceFile::new("plan.plan", plan_text);
    let checked = check_source(&plan_source);
    let mut out = String::new();
    let mut codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code()).collect();
    if checked.has_errors() {
        out.push_str(&render::render(&plan_source, &checked.diagnostics, false));
        codes.push(Code::PlanNotUsable);
        out.push_str("(the plan has errors: E0715, nothing evaluated)\n");
        return (out, codes);
    }
    // A case may ask for a period, as `eval --period` does.
    let asked = match std::fs::read_to_string(dir.join("period")) {
        Err(_) => None,
        Ok(text) => match eval::due::asked(&checked.plan, text.trim()) {
            Ok(asked) => Some(asked),
            Err(why) => {
                let (source, note) = *why;
                codes.push(note.code());
                for lang in [Lang::En, Lang::Vi] {
                    out.push_str(&render::plain(&source, &note, lang));
                }
                out.push_str("(nothing evaluated)\n");
                return (out, codes);
            }
        },
    };
    let mut inputs = common::read_case(dir, &common::case_options(dir));
    let metrics = eval::Metrics::new(&checked.plan).asking(asked);
    let units = eval::evaluate_with(
        &metrics,
        &eval::Hints::default(),
        &mut inputs,
        eval::Detail::Full,
    );
    out.push_str("----- DIAGNOSTICS\n");
    for input in &inputs {
        out.push_str(&render::render(&input.source, &input.diagnostics, false));
        // The codes shown: past 20 of a code in a file, W0745 counts the rest.
        let bound = chitieu::diagnostic::repeats::SHOWN_PER_CODE;
        let _: Result<(), ()> =
            chitieu::diagnostic::repeats::for_each_shown(&input.diagnostics, bound, |d| {
                codes.push(d.code());
                Ok(())
            });
    }
    out.push_str("----- REPORT\n");
    let report = Report {
        plan_title: None,
        units: &units,
        lang: Lang::En,
        grades: &checked.plan.grades,
        rank_by: report::summary::RankBy::Percent,
        period: checked
            .plan
            .period
            .map(chitieu::eval::due::EvaluatedPeriod::of_plan),
    };
    out.push_str(&report::text::render(&report, false));
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
fn eval_fixtures() {
    for dir in cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (out, _) = run_case(&dir);
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("eval", out);
        });
    }
}

/// A folder named after a code (`E0707_*`) must report it, and every eval code
/// (E07xx, W07xx) must have such a folder.
#[test]
fn every_eval_code_has_a_fixture_that_reports_it() {
    common::assert_codes_covered(7, &cases(), run_case);
}
