//! One corpus, every path: each eval fixture is evaluated by every path that
//! can read it (the general one; a long CSV streamed on one and on two
//! threads; a folder read file by file on one and on two threads), and the
//! units' totals and the diagnostics (place, code, message, label, hint and
//! the labels of related places) must be the same.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use chitieu::diagnostic::{Code, Diagnostic, Diagnostics};
use chitieu::eval::stream::{long_csv_summary, streamed_summary};
use chitieu::eval::{evaluate_with, Detail, Hints, Metrics};
use chitieu::i18n::Lang;
use chitieu::measure::MeasureFile;

/// A diagnostic as every path must give it.
type Said = (
    String,
    &'static str,
    String,
    Option<String>,
    Option<String>,
    Vec<String>,
);

fn said(all: &Diagnostics, d: &Diagnostic) -> Said {
    (
        all.location(d),
        d.code().id(),
        d.message(Lang::En),
        d.label(Lang::En),
        d.hint(Lang::En),
        d.related
            .iter()
            .map(|r| format!("{}: {}", r.label.text(Lang::En), all.related_location(r)))
            .collect(),
    )
}

/// Units (name and totals) and diagnostics, sorted, of one way.
type Outcome = (Vec<String>, Vec<Said>);

/// The general path, on the input as `eval` walks it (a folder's
/// measurement files, a file as given).
fn general(
    plan: &chitieu::check::model::CheckedPlan,
    dir: &Path,
    input: &Path,
    asked: Option<&chitieu::eval::due::Asked>,
) -> Outcome {
    let mut options = common::case_options(dir);
    // Every diagnostic kept as the files are read, to compare them all.
    options.limits.shown_per_code = usize::MAX;
    let found =
        chitieu::files::files_wanted(&[input.to_path_buf()], chitieu::measure::MEASUREMENTS);
    let shown = |p: &Path| p.display().to_string();
    let mut files = chitieu::measure::inputs::read_found(found, &options, &shown, &mut || {});
    let metrics = Metrics::new(plan).asking(asked.cloned());
    let units = evaluate_with(&metrics, &Hints::default(), &mut files, Detail::Totals);
    // With the period each unit was evaluated for (`None`: the plan's).
    let plans = plan
        .period
        .map(chitieu::eval::due::EvaluatedPeriod::of_plan);
    let names = units
        .iter()
        .map(|u| format!("{} {:?} {:?}", u.unit, u.summary, u.evaluated.or(plans)))
        .collect();
    // Every diagnostic kept, to compare them all.
    let all = MeasureFile::diagnostics_showing(files, usize::MAX);
    let mut diagnostics: Vec<Said> = all.iter().map(|d| said(&all, d)).collect();
    diagnostics.sort();
    (names, diagnostics)
}

fn streamed(
    plan: &chitieu::check::model::CheckedPlan,
    s: &chitieu::eval::stream::Streamed,
) -> Outcome {
    let plans = plan
        .period
        .map(chitieu::eval::due::EvaluatedPeriod::of_plan);
    let names = s
        .units()
        .map(|u| format!("{} {:?} {:?}", u.unit, u.summary, u.evaluated.or(plans)))
        .collect();
    let all = &s.diagnostics;
    // Each file's diagnostics come in the order of their places, as the
    // general path gives them, a file's "no data" (E0730) after the rows'
    // problems that explain it.
    let places: Vec<_> = all
        .iter()
        .map(|d| (d.span.file, d.code() == Code::NoData, d.position))
        .collect();
    assert!(
        places.is_sorted(),
        "streamed diagnostics out of order: {places:?}"
    );
    let mut diagnostics: Vec<Said> = all.iter().map(|d| said(all, d)).collect();
    diagnostics.sort();
    (names, diagnostics)
}

fn plan_of(dir: &Path) -> Option<chitieu::check::model::CheckedPlan> {
    let path = common::eval_case_plan(dir);
    let text = std::fs::read_to_string(path).unwrap();
    let checked = chitieu::check_source(&chitieu::SourceFile::new("plan.plan", text));
    (!checked.has_errors()).then_some(checked.plan)
}

#[test]
fn every_path_gives_what_the_general_path_gives() {
    let mut differences = Vec::new();
    let mut compared = 0;
    for dir in common::case_dirs("eval") {
        let Some(plan) = plan_of(&dir) else { continue };
        // The period a case asks for, as `eval --period` does.
        let asked = match std::fs::read_to_string(dir.join("period")) {
            Err(_) => None,
            Ok(text) => match chitieu::eval::due::asked(&plan, text.trim()) {
                Ok(asked) => Some(asked),
                Err(_) => continue,
            },
        };
        let asked = asked.as_ref();
        let mut options = common::case_options(&dir);
        // Every diagnostic kept, to compare them all.
        options.limits.shown_per_code = usize::MAX;
        let inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n != "plan.plan" && n != "limits" && n != "period")
            })
            .collect();
        let mut ways: Vec<(String, Outcome, Outcome)> = Vec::new();
        // As `eval --summary` streams the folder (file by file) or its one
        // CSV (row by row), on one thread and on two.
        let mut given = vec![dir.clone()];
        if let [single] = inputs.as_slice() {
            given.push(single.clone());
        }
        for input in &given {
            for threads in [1, 2] {
                if let Some(s) =
                    streamed_summary(&plan, std::slice::from_ref(input), &options, threads, asked)
                {
                    ways.push((
                        format!("{} ({threads})", input.display()),
                        streamed(&plan, &s),
                        general(&plan, &dir, input, asked),
                    ));
                }
            }
        }
        // A long CSV split however small it is.
        if let [single] = inputs.as_slice() {
            if single.extension().is_some_and(|e| e == "csv") {
                let name = single.display().to_string();
                if let Some(s) =
                    long_csv_summary(&plan, &name, single, &options.limits, (2, 0), asked)
                {
                    ways.push((
                        "long CSV split in two".to_string(),
                        streamed(&plan, &s),
                        general(&plan, &dir, single, asked),
                    ));
                }
            }
        }
        for (way, outcome, whole) in ways {
            compared += 1;
            if outcome != whole {
                differences.push(format!(
                    "{} by {way}:\n  units {:?}\n  vs    {:?}\n  said  {:#?}\n  vs    {:#?}",
                    dir.file_name().unwrap().to_string_lossy(),
                    outcome.0,
                    whole.0,
                    outcome.1,
                    whole.1
                ));
            }
        }
    }
    assert!(compared > 50, "only {compared} comparisons");
    assert!(
        differences.is_empty(),
        "{} ways differ:\n{}",
        differences.len(),
        differences.join("\n")
    );
}
