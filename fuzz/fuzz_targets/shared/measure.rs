//! What the measurement fuzz targets share: any bytes read as a file of one
//! kind and evaluated against the shipped plan, reports rendered.

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
    let _ = chitieu::report::csv_report::render(&units);
    let _ = chitieu::diagnostic::render::render(&files[0].source, &files[0].diagnostics, false);
    let all = measure::MeasureFile::diagnostics_of(files);
    let _ = chitieu::report::json::render(&units, &all);
}
