//! Units whose input could not be used, and which unit each diagnostic of a
//! measurement file concerns.

use super::result::{InputProblem, Tally, UnitResult};
use crate::diagnostic::Problem;
use crate::measure::problem::InputProblem as ReadingProblem;
use crate::measure::problem::MeasureProblem::Input;
use crate::measure::MeasureFile;

/// Why a file that gave no readings gave none, if it names a unit (a
/// skipped special file names none).
pub(crate) fn problem(file: &MeasureFile) -> Option<InputProblem> {
    let (status, problem) = file.unusable_input()?;
    Some(InputProblem {
        status,
        file: file.source.name.clone(),
        problem,
    })
}

/// A unit that was not scored: no results, zero totals, and why.
pub(crate) fn unscored(unit: &str, problem: InputProblem) -> UnitResult {
    UnitResult {
        evaluated: None,
        unit: unit.to_string(),
        period: None,
        results: Vec::new(),
        summary: Tally::default(),
        sections: Vec::new(),
        owners: Vec::new(),
        input: Some(Box::new(problem)),
        grade: super::grade::UnitGrade::Ungraded,
        standing: None,
    }
}

/// Tags with their unit the diagnostics of a file that concerns one unit
/// only (all its readings are that unit's, or it gave none and names one):
/// a diagnostic about a row or the whole file then says whose it is.
/// Diagnostics already tagged (a value of a long file's unit) keep their
/// unit; those of a file of many units about no one unit (an unknown
/// column) stay untagged.
pub(crate) fn tag_units(files: &mut [MeasureFile]) {
    for file in files {
        // Most files have nothing left to tag: their readings are not gone
        // through.
        if file.diagnostics.iter().all(|d| d.unit.is_some()) {
            continue;
        }
        let Some(unit) = only_unit(file) else {
            continue;
        };
        for d in file.diagnostics.iter_mut().filter(|d| d.unit.is_none()) {
            if !matches!(
                d.problem,
                Problem::Measure(Input(ReadingProblem::NotAFile { .. }))
            ) {
                d.unit = Some(unit.clone());
            }
        }
    }
}

/// The one unit a file concerns, if it concerns one.
fn only_unit(file: &MeasureFile) -> Option<String> {
    if file.skipped() {
        return None;
    }
    let mut units = file
        .readings
        .iter()
        .map(|r| r.unit.as_deref().unwrap_or(&file.default_unit));
    let Some(first) = units.next() else {
        return Some(file.default_unit.clone());
    };
    units.all(|u| u == first).then(|| first.to_string())
}
