//! Any bytes as a .csv measurement file, read and evaluated against the
//! shipped plan: never a panic.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use chitieu::check::model::CheckedPlan;
use chitieu::measure::{self, ReadOptions};
use libfuzzer_sys::fuzz_target;

fn plan() -> &'static CheckedPlan {
    static PLAN: OnceLock<CheckedPlan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let text = include_str!("../../rules/tran-lieu-2025-h2.plan");
        chitieu::check_source(&chitieu::SourceFile::new("plan", text)).plan
    })
}

fuzz_target!(|data: &[u8]| {
    let mut files = vec![measure::read(Path::new("fuzz.csv"), data, &ReadOptions::default())];
    let units = chitieu::eval::evaluate(plan(), &mut files);
    let _ = chitieu::report::json::render(&units);
    let _ = chitieu::report::csv_report::render(&units);
    let _ = chitieu::diagnostic::render::render(&files[0].source, &files[0].diagnostics, false);
});
