//! Baseline values (`baseline(x)`, read from the files given with `eval
//! --baseline`): the files read, their periods, and the units without one.
//! The checker gives each metric whose baseline a formula uses a metric of
//! its own (its twin, `Metric::baseline_of`); a baseline file's reading of
//! `x` fills `x`'s twin for the unit it names, and a twin not filled is
//! missing with `Note::NoBaseline`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::formula::{target_outcome, Note, Outcome, Outcomes};
use super::problem::{BaselineProblem, EvalProblem, NoBaseline};
use super::{due, period, recurrence, timed, Entry, Metrics};
use crate::check::model::{MetricId, Target};
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

/// The period of a baseline reading, if it says one that can be read.
fn covers(entry: &Entry) -> Option<(NaiveDate, NaiveDate)> {
    due::period_text(entry).and_then(period::parse)
}

/// Where a baseline reading says its period: its row's cell, else the
/// file's.
fn period_place<'f>(&(_, file, reading): &Entry<'f>) -> Option<&'f Place> {
    reading
        .period
        .as_deref()
        .or(file.period.as_ref())
        .map(|(_, place)| place)
}

/// A baseline file and a period it says that was warned of (W0771).
pub(super) type Warned = BTreeSet<(usize, (NaiveDate, NaiveDate))>;

/// Of a unit's baseline readings, per metric those of the latest period
/// that ends before `begins` (the start of the unit's evaluated period): a
/// file of several years (2025 and 2024, or last year's measurements
/// themselves) gives the one just before, and the others are passed over,
/// no conflict. Readings saying no period are kept. When no period of a
/// metric ends before `begins`, the latest is kept and W0771 says so, once
/// per file and period (`warned`).
pub(super) fn choose<'f>(
    earlier: Vec<Entry<'f>>,
    begins: Option<NaiveDate>,
    warned: &mut Warned,
    found: &mut Vec<(usize, Diagnostic)>,
) -> Vec<Entry<'f>> {
    let before = |covers: (NaiveDate, NaiveDate)| begins.is_none_or(|b| covers.1 < b);
    // Per metric, the period chosen: before `begins` first, then latest.
    let mut best: BTreeMap<&str, (bool, NaiveDate, NaiveDate)> = BTreeMap::new();
    for entry in &earlier {
        if let Some(covers) = covers(entry) {
            let key = (before(covers), covers.1, covers.0);
            let slot = best.entry(&*entry.2.metric).or_insert(key);
            *slot = (*slot).max(key);
        }
    }
    let mut kept = Vec::with_capacity(earlier.len());
    for entry in earlier {
        let Some(covers) = covers(&entry) else {
            kept.push(entry);
            continue;
        };
        let chosen = best.get(&*entry.2.metric);
        if chosen != Some(&(before(covers), covers.1, covers.0)) {
            continue;
        }
        if let (Some(evaluated), false) = (begins, before(covers)) {
            if warned.insert((entry.0, covers)) {
                if let Some(place) = period_place(&entry) {
                    let problem =
                        EvalProblem::Baseline(BaselineProblem::NotEarlier { covers, evaluated });
                    found.push((
                        entry.0,
                        place.locate(Diagnostic::of(problem, Span::NOWHERE)),
                    ));
                }
            }
        }
        kept.push(entry);
    }
    kept
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
    evaluated: Option<due::EvaluatedPeriod>,
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
        if !needed(metrics, twin, of, outcomes, evaluated) {
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

/// Whether a target judged in the unit's evaluated period is missing for
/// want of the baseline of `of`, whose twin is `twin`. A target not due
/// yet (a later milestone) or not judged in the period needs none now.
fn needed(
    metrics: &Metrics,
    twin: MetricId,
    of: MetricId,
    outcomes: &Outcomes,
    evaluated: Option<due::EvaluatedPeriod>,
) -> bool {
    let plan = metrics.plan;
    let lacking = Outcome::Missing(Note::NoBaseline(of));
    let times = timed::Times::at(evaluated);
    let judged = |target: &Target| {
        due::is_due(plan, target, evaluated)
            && !matches!(
                timed::when(plan, target, &times),
                recurrence::When::NotDue(_) | recurrence::When::NotJudged(_)
            )
    };
    *outcomes.at(twin) == lacking
        && metrics.dependents(twin).iter().any(|t| {
            let target = plan.targets.at(*t);
            judged(target) && target_outcome(target, outcomes) == lacking
        })
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
