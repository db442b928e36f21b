//! What the measurement fuzz targets share: any bytes read as a file of one
//! kind and evaluated against the shipped plan, reports rendered (the
//! `--summary` table too).

use std::path::Path;
use std::sync::OnceLock;

use chitieu::check::model::CheckedPlan;
use chitieu::measure::{self, ReadOptions};

fn plan() -> &'static CheckedPlan {
    static PLAN: OnceLock<CheckedPlan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let text = include_str!("../../../rules/tran-lieu-2025-h2.plan");
        chitieu::check_source(&chitieu::SourceFile::new("plan", text)).plan
    })
}

pub fn read_and_evaluate(data: &[u8], file_name: &str) {
    // libFuzzer's hook aborts at the first panic, even one chitieu contains
    // (calamine's, in the .xlsx reader); with the default hook a contained
    // panic is reported as an unreadable file, and any other still reaches
    // libfuzzer-sys, which aborts: a crash.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| drop(std::panic::take_hook()));
    let mut files = vec![measure::read(Path::new(file_name), data, &ReadOptions::default())];
    let units = chitieu::eval::evaluate(plan(), &mut files);
    // Outputs for people show a character of the input that would act
    // (ESC, BEL, NUL, U+202E) replaced; JSON escapes it.
    let report = chitieu::report::Report {
        plan_title: None,
        units: &units,
        lang: chitieu::i18n::Lang::En,
        grades: &plan().grades,
        rank_by: chitieu::report::summary::RankBy::Points,
        period: plan().period.map(chitieu::eval::due::EvaluatedPeriod::of_plan),
    };
    inert("text", &chitieu::report::text::render(&report, false));
    inert("markdown", &chitieu::report::markdown::render(&report));
    inert("junit", &chitieu::report::junit::render(&units));
    inert("csv", &chitieu::report::csv_report::render(&units));
    // `--summary`, ranked: its columns are padded to the names it shows.
    let mut summary = Vec::new();
    let totals = units.iter().map(chitieu::eval::result::UnitTotal::from);
    let (grades, lang) = (&plan().grades, chitieu::i18n::Lang::En);
    let said = chitieu::report::summary::text(totals, (grades, plan().period.map(chitieu::eval::due::EvaluatedPeriod::of_plan)), Some(chitieu::report::summary::RankBy::Percent), lang, &mut summary);
    assert!(said.is_ok(), "summary: {said:?}");
    inert("summary", &String::from_utf8_lossy(&summary));
    inert(
        "diagnostics",
        &chitieu::diagnostic::render::render(&files[0].source, &files[0].diagnostics, false),
    );
    let all = measure::MeasureFile::diagnostics_of(files);
    inert("json", &chitieu::report::json::render(&units, &all));
}

/// Fails (a crash for the fuzzer) when `text` holds a character that
/// would act, other than the line breaks and tabs that lay it out.
fn inert(what: &str, text: &str) {
    let acts = |c: char| chitieu::printable::is_hidden(c) && !matches!(c, '\n' | '\t');
    assert!(!text.replace("\r\n", "\n").chars().any(acts), "{what} lets a control character through");
}
