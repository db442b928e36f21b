//! Baseline values (`baseline(x)`, read from the files given with `eval
//! --baseline`): the files read, their periods, and the units without one.
//! The checker gives each metric whose baseline a formula uses a metric of
//! its own (its twin, `Metric::baseline_of`); a baseline file's reading of
//! `x` fills `x`'s twin for the unit it names, and a twin not filled is
//! missing with `Note::NoBaseline`.

use std::collections::BTreeSet;

use super::formula::{target_outcome, Note, Outcome, Outcomes};
use super::problem::{BaselineProblem, EvalProblem, NoBaseline};
use super::{period, Entry, Metrics};
use crate::check::model::{CheckedPlan, MetricId};
use crate::diagnostic::Diagnostic;
use crate::measure::{MeasureFile, Place};
use crate::span::Span;

/// The files by their index, the measurements before the baseline files
/// (whose readings join the units the measurements name).
pub(super) fn measurements_first(files: &[MeasureFile]) -> Vec<(usize, &MeasureFile)> {
    let (mut order, baseline): (Vec<_>, Vec<_>) =
        files.iter().enumerate().partition(|(_, f)| !f.baseline);
    order.extend(baseline);
    order
}

/// Warns of each baseline file whose period (the file's, or its rows')
/// does not end before the evaluated period begins: the one `--period`
/// asks for (`asked`, its start), else the start of the measurements'
/// earliest period (a unit may be evaluated for a later one), else the
/// plan's.
pub(super) fn check_periods(
    plan: &CheckedPlan,
    asked: Option<chrono::NaiveDate>,
    files: &[MeasureFile],
    found: &mut Vec<(usize, Diagnostic)>,
) {
    // Each period a file says, once, where it first says it.
    let periods = |file: &MeasureFile| {
        let mut seen = BTreeSet::new();
        let mut all: Vec<(String, Place)> = Vec::new();
        let said = file
            .period
            .iter()
            .chain(file.readings.iter().filter_map(|r| r.period.as_deref()));
        for (text, place) in said {
            if seen.insert(text.as_str()) {
                all.push((text.clone(), place.clone()));
            }
        }
        all
    };
    let measured = files
        .iter()
        .filter(|f| !f.baseline)
        .flat_map(&periods)
        .filter_map(|(text, _)| period::parse(&text))
        .map(|(start, _)| start)
        .min();
    let Some(evaluated) = asked.or(measured).or(plan.period.map(|p| p.start)) else {
        return;
    };
    for (f, file) in files.iter().enumerate().filter(|(_, f)| f.baseline) {
        let mut said = BTreeSet::new();
        for (text, place) in periods(file) {
            let Some(covers) = period::parse(&text) else {
                continue;
            };
            if covers.1 < evaluated || !said.insert(covers) {
                continue;
            }
            let problem = EvalProblem::Baseline(BaselineProblem::NotEarlier { covers, evaluated });
            found.push((f, place.locate(Diagnostic::of(problem, Span::NOWHERE))));
        }
    }
}

/// Per metric whose baseline a target needs and the unit lacks, the
/// diagnostic that says so, placed at the unit's first value (E0770); why,
/// from what the baseline files give.
/// `first` is where the unit's first measured value stands, `named`
/// whether a baseline file names the unit (see [`BaselineSeen::of`]).
pub(super) fn missing(
    metrics: &Metrics,
    unit: &str,
    BaselineSeen { first, named }: &BaselineSeen,
    outcomes: &Outcomes,
    any_files: bool,
) -> Vec<(usize, Diagnostic)> {
    let plan = metrics.plan;
    let Some((f, first)) = first else {
        return Vec::new();
    };
    let (f, named) = (*f, *named);
    let mut out = Vec::new();
    for (twin, metric) in plan.metrics.iter_enumerated() {
        let (Some(of), None) = (metric.baseline_of, &metric.formula) else {
            continue;
        };
        if !needed(metrics, twin, of, outcomes) {
            continue;
        }
        let why = match (any_files, named) {
            (false, _) => NoBaseline::NoFiles,
            (true, false) => NoBaseline::UnitAbsent,
            (true, true) => NoBaseline::MetricAbsent,
        };
        let problem = EvalProblem::Baseline(BaselineProblem::Missing {
            unit: unit.to_string(),
            metric: metrics.name(of).to_string(),
            why,
        });
        let at = first.locate(Diagnostic::of(problem, Span::NOWHERE));
        out.push((f, at));
    }
    out
}

/// Whether a target is missing for want of the baseline of `of`, whose
/// twin is `twin`.
fn needed(metrics: &Metrics, twin: MetricId, of: MetricId, outcomes: &Outcomes) -> bool {
    let lacking = Outcome::Missing(Note::NoBaseline(of));
    *outcomes.at(twin) == lacking
        && metrics
            .dependents(twin)
            .iter()
            .any(|t| target_outcome(metrics.plan.targets.at(*t), outcomes) == lacking)
}

/// What [`missing`] needs of a unit's readings, kept beside its values
/// (a roll-up scores a unit from values, not readings): where its first
/// measured value stands, and whether a baseline file names it.
#[derive(Debug, Clone, Default)]
pub(crate) struct BaselineSeen {
    pub(crate) first: Option<(usize, crate::measure::Place)>,
    pub(crate) named: bool,
}

impl BaselineSeen {
    pub(super) fn of(entries: &[Entry]) -> BaselineSeen {
        BaselineSeen {
            first: entries
                .iter()
                .find(|(_, file, _)| !file.baseline)
                .map(|(f, _, reading)| (*f, reading.value_place.clone())),
            named: entries.iter().any(|(_, file, _)| file.baseline),
        }
    }
}
