//! Phase 3b, evaluate: a checked plan and measurement files → a result per
//! unit. One unusable value makes its targets `invalid` and is reported; the
//! rest is still evaluated.

pub mod applies;
mod baseline;
mod big;
mod capped;
mod cumulative;
mod diagnostics;
pub mod due;
pub(crate) mod exact;
mod formula;
mod fraction;
pub mod grade;
mod inputs;
mod period;
pub mod problem;
mod reach;
pub mod recurrence;
pub mod result;
pub mod rollup;
mod scoring;
mod settle;
pub mod stream;
mod sum;
pub mod timed;

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use crate::check::model::{CheckedPlan, MetricId, Target, TargetId};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::index::{id, IndexVec};
use crate::measure::notation::Notation;
use crate::measure::value::{float_noise_in, Interpreted, Problem};
use crate::measure::{MeasureFile, Name, Place, Reading};
use rust_decimal::Decimal;

use crate::measure::value::Value;
use exact::Exact;
use scoring::Measured;

use crate::measure::Raw;
use crate::suggest::{closest, SEARCHES_PER_FILE};
use crate::syntax::ast::NaRule;
use applies::Scopes;
use diagnostics::{computed_problems, na_refusal};
pub use formula::Metrics;
use formula::{target_outcome, Note, Outcome, Outcomes, Slot, Slots};
use grade::grade_of;
use problem::{EvalProblem, FirstGiven};
use result::{
    Counting, Received, Refusal, Status, Tally, TargetResult, TaskCounts, UnitResult, Why,
};
use sum::Sum;

/// Evaluates every unit found in the files, in the order units first appear.
/// Diagnostics about the measurements are added to the files they concern.
pub fn evaluate(plan: &CheckedPlan, files: &mut [MeasureFile]) -> Vec<UnitResult> {
    evaluate_with(&Metrics::new(plan), &Hints::default(), files, Detail::Full)
}

/// How much of each unit's result to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every target's result and the totals per section and owner.
    Full,
    /// Only the unit's totals (for `--summary`): no per-target results.
    Totals,
}

/// "Did you mean" suggestions for metrics the plan does not have, computed
/// once per name however many files name it.
#[derive(Default)]
pub struct Hints(Mutex<HashMap<String, Option<String>>>);

impl Hints {
    /// The plan's metric closest to `metric`, if one is close; `nth` counts
    /// the metrics unknown to the plan before it in its file, which are
    /// given a suggestion only the first [`SEARCHES_PER_FILE`] times (see
    /// `crate::suggest`). A name's suggestion does not depend on the file,
    /// so files read in parallel share them.
    pub(crate) fn suggestion(
        &self,
        plan: &CheckedPlan,
        metric: &str,
        nth: usize,
    ) -> Option<String> {
        if nth >= SEARCHES_PER_FILE {
            return None;
        }
        let names = || {
            plan.metrics
                .iter()
                .filter(|m| m.baseline_of.is_none())
                .map(|m| m.name.as_str())
        };
        let compute = || closest(metric, names()).map(str::to_string);
        let Ok(mut known) = self.0.lock() else {
            return compute();
        };
        known
            .entry(metric.to_string())
            .or_insert_with(compute)
            .clone()
    }
}

id!(
    /// A reporting unit, as evaluation gathers the readings of the files.
    struct UnitId;
);

/// A unit's readings gathered from the files: each with its file's number
/// and the file. A file that gave no reading names its unit, with why
/// (boxed: a long file gathers a million units, each with its readings).
struct Gathered<'f> {
    name: &'f str,
    readings: Vec<Entry<'f>>,
    unscored: Option<Box<result::InputProblem>>,
}

/// A reading with its file and the file's number.
type Entry<'f> = (usize, &'f MeasureFile, &'f Reading);

/// The units of the files in the order they first appear, each with its
/// readings. Each reading's unit is found first, then each unit's readings
/// are given room for exactly their number: a long file whose units' rows
/// are spread apart gathers each unit a few readings at a time, and
/// vectors grown by doubling would hold up to twice what they need.
///
/// Baseline files (`--baseline`) come after the measurements and name no
/// unit of their own: their readings join the units the measurements name,
/// and those of other units are passed over.
fn gather(files: &[MeasureFile]) -> IndexVec<UnitId, Gathered<'_>> {
    let mut units: IndexVec<UnitId, Gathered> = IndexVec::new();
    let mut index_of: HashMap<&str, UnitId> = HashMap::new();
    let order = baseline::measurements_first(files);
    let mut ids: Vec<Option<UnitId>> =
        Vec::with_capacity(files.iter().map(|f| f.readings.len()).sum());
    for (_, file) in order.iter().filter(|(_, f)| !f.baseline) {
        if let Some(problem) = inputs::problem(file) {
            units.push(Gathered {
                name: &file.default_unit,
                readings: Vec::new(),
                unscored: Some(Box::new(problem)),
            });
            continue;
        }
        // Rows of one unit usually come together: look the unit up once per
        // run of rows, not once per row.
        let mut last: Option<(&str, UnitId)> = None;
        for reading in &file.readings {
            let unit = reading.unit.as_deref().unwrap_or(&file.default_unit);
            let id = match last {
                Some((name, id)) if name == unit => id,
                _ => *index_of.entry(unit).or_insert_with(|| {
                    units.push(Gathered {
                        name: unit,
                        readings: Vec::new(),
                        unscored: None,
                    })
                }),
            };
            ids.push(Some(id));
            last = Some((unit, id));
        }
    }
    for (_, file) in order.iter().filter(|(_, f)| f.baseline) {
        for reading in &file.readings {
            let unit = reading.unit.as_deref().unwrap_or(&file.default_unit);
            ids.push(index_of.get(unit).copied());
        }
    }
    drop(index_of);
    let mut counts: IndexVec<UnitId, usize> = IndexVec::beside(&units, 0);
    for id in ids.iter().flatten() {
        *counts.at_mut(*id) += 1;
    }
    for (id, unit) in units.iter_enumerated_mut() {
        unit.readings.reserve_exact(*counts.at(id));
    }
    // INVARIANT: `ids` holds one id per reading, in the files' order (a
    // file that names its unit with why gave none).
    let readings = order
        .iter()
        .flat_map(|&(f, file)| file.readings.iter().map(move |r| (f, file, r)));
    for (id, entry) in ids.into_iter().zip(readings) {
        if let Some(id) = id {
            units.at_mut(id).readings.push(entry);
        }
    }
    units
}

/// [`evaluate`] with the plan's metrics numbered beforehand, hints shared
/// across calls, and the detail wanted.
pub fn evaluate_with(
    metrics: &Metrics,
    hints: &Hints,
    files: &mut [MeasureFile],
    detail: Detail,
) -> Vec<UnitResult> {
    let mut units = Vec::new();
    let _: Result<(), std::convert::Infallible> =
        evaluate_each(metrics, hints, files, detail, |unit| {
            units.push(unit);
            Ok(())
        });
    units
}

/// [`evaluate_with`], each unit's result handed to `each` as soon as it is
/// made, in the same order, and then dropped: a report written unit by unit
/// never holds the batch's results. The files' diagnostics are complete
/// once it returns, also when `each` failed (the units after it are then
/// not evaluated).
pub fn evaluate_each<E>(
    metrics: &Metrics,
    hints: &Hints,
    files: &mut [MeasureFile],
    detail: Detail,
    each: impl FnMut(UnitResult) -> Result<(), E>,
) -> Result<(), E> {
    evaluate_scoped(&Scopes::whole(metrics), hints, files, detail, each)
}

/// [`evaluate_each`], each unit against the plan of the targets it is for
/// (`for level`, `for tag`, `for unit`; see [`applies`]).
pub fn evaluate_scoped<E>(
    scopes: &Scopes,
    hints: &Hints,
    files: &mut [MeasureFile],
    detail: Detail,
    mut each: impl FnMut(UnitResult) -> Result<(), E>,
) -> Result<(), E> {
    let plan = scopes.whole_metrics().plan;
    let mut found: Vec<(usize, Diagnostic)> = scopes.outside().to_vec();
    let mut unknown: BTreeMap<(usize, Name), (usize, usize)> = BTreeMap::new();
    let read: &[MeasureFile] = files;
    let periods = period::check_periods(plan, read, &mut found);
    let baseline_files = read.iter().any(|f| f.baseline);
    let mut warned = baseline::Warned::new();
    let mut outcome = Ok(());
    for unit in gather(read) {
        let result = if let Some(problem) = unit.unscored {
            let mut result = inputs::unscored(unit.name, *problem);
            result.grade = grade::unscored(&plan.grades);
            result
        } else {
            UnitEvaluation {
                metrics: scopes.of(unit.name),
                hints,
                files: read,
                found: &mut found,
                unknown: &mut unknown,
                periods: &periods,
                baseline_files,
                warned: &mut warned,
            }
            .unit(unit.name, &unit.readings, detail)
        };
        if let Err(error) = each(result) {
            outcome = Err(error);
            break;
        }
    }
    // An unknown metric is reported once per file, where it first stands,
    // with the number of rows that name it.
    for (index, count) in unknown.values() {
        if let Some((_, diagnostic)) = found.get_mut(*index) {
            if let crate::diagnostic::Problem::Eval(EvalProblem::UnknownMetric { rows, .. }) =
                &mut diagnostic.problem
            {
                *rows = *count;
            }
        }
    }
    hand_out(files, found);
    for file in files.iter_mut() {
        crate::diagnostic::sort(&mut file.diagnostics);
    }
    inputs::tag_units(files);
    outcome
}

/// Adds what evaluating found to the files it concerns, after theirs.
fn hand_out(files: &mut [MeasureFile], found: Vec<(usize, Diagnostic)>) {
    // A flood of diagnostics (a bad value a row) is one file's as a rule:
    // they are moved where they stand (the vector is reused), never held
    // twice.
    if let Some(&(f, _)) = found.first() {
        if found.iter().all(|(g, _)| *g == f) {
            if let Some(file) = files.get_mut(f) {
                let mut moved: Vec<Diagnostic> = found.into_iter().map(|(_, d)| d).collect();
                moved.splice(0..0, std::mem::take(&mut file.diagnostics));
                file.diagnostics = moved;
            }
            return;
        }
    }
    // Room made once a file, rather than vectors doubled past them.
    let mut per_file = vec![0usize; files.len()];
    for (f, _) in &found {
        if let Some(count) = per_file.get_mut(*f) {
            *count += 1;
        }
    }
    for (file, count) in files.iter_mut().zip(per_file) {
        file.diagnostics.reserve_exact(count);
    }
    for (f, diagnostic) in found {
        if let Some(file) = files.get_mut(f) {
            file.diagnostics.push(diagnostic);
        }
    }
}

struct UnitEvaluation<'a, 'f> {
    metrics: &'a Metrics<'a>,
    hints: &'a Hints,
    files: &'f [MeasureFile],
    found: &'f mut Vec<(usize, Diagnostic)>,
    /// Unknown metrics per file: where their diagnostic is, how many rows.
    unknown: &'f mut BTreeMap<(usize, Name), (usize, usize)>,
    /// Per file and period whose values are not scored (another period,
    /// or one that cannot be read), the diagnostic that says so.
    periods: &'f HashMap<(usize, String), usize>,
    /// Whether any `--baseline` file was given.
    baseline_files: bool,
    /// The baseline files and periods W0771 was said of.
    warned: &'f mut baseline::Warned,
}

/// Where a reported metric was first read: the file and the place in it.
type FirstRead = (usize, Place);

/// The readings a unit's values were read from, scored ones first, and
/// those of its other periods (kept for cumulative targets).
#[derive(Default)]
pub(crate) struct Read<'e> {
    pub(crate) entries: Vec<Entry<'e>>,
    pub(crate) others: Vec<Entry<'e>>,
}

/// What a unit's readings give, per metric of the plan: its value (or why
/// there is none), where it was first read, the diagnostic that refused
/// it, and an `n/a` as written; with the period the readings say.
pub(crate) struct UnitValues {
    pub(crate) slots: Slots,
    pub(crate) firsts: IndexVec<MetricId, Option<FirstRead>>,
    pub(crate) refused: IndexVec<MetricId, Option<usize>>,
    pub(crate) written_na: IndexVec<MetricId, Option<String>>,
    pub(crate) period: Option<String>,
    /// The period the unit is evaluated for (see `due`).
    pub(crate) evaluated: Option<due::EvaluatedPeriod>,
    /// The period its readings (or `--period`) chose, where the plan does
    /// not refuse it (`None`: the plan's), as its result says.
    pub(crate) chosen: Option<due::EvaluatedPeriod>,
    /// Where its first measured value stands and whether a baseline file
    /// names it (see `baseline::missing`).
    pub(crate) baseline: baseline::BaselineSeen,
    /// Per one-off task, the earlier period whose report gave its done
    /// date (see `due::done_earlier`).
    pub(crate) done_in: IndexVec<MetricId, Option<String>>,
}

impl UnitEvaluation<'_, '_> {
    fn unit(&mut self, unit: &str, entries: &[Entry], detail: Detail) -> UnitResult {
        self.tagged(unit, |ev| {
            let (values, read) = ev.unit_values(unit, entries);
            ev.result_of(unit, values, &read, detail)
        })
    }

    /// `work` on the unit called `unit`: what it finds about the unit's
    /// values is tagged with it; an unknown metric is reported once per
    /// file, for no one unit.
    fn tagged<T>(&mut self, unit: &str, work: impl FnOnce(&mut Self) -> T) -> T {
        let found_before = self.found.len();
        let out = work(self);
        for (_, d) in self.found.iter_mut().skip(found_before) {
            if !matches!(
                d.problem,
                crate::diagnostic::Problem::Eval(EvalProblem::UnknownMetric { .. })
            ) {
                d.unit = Some(unit.to_string());
            }
        }
        out
    }

    /// The values a unit's readings give, each metric's first place and
    /// why a value was refused: what its result is made from
    /// ([`Self::result_of`]), and what a roll-up adds up.
    fn unit_values<'e>(&mut self, unit: &str, entries: &[Entry<'e>]) -> (UnitValues, Read<'e>) {
        let mut slots = self.metrics.empty_slots();
        let mut firsts: IndexVec<MetricId, Option<FirstRead>> = IndexVec::beside(&slots, None);
        // Per metric whose value was refused, the diagnostic that says why.
        let mut refused: IndexVec<MetricId, Option<usize>> = IndexVec::beside(&slots, None);
        // Per metric reported `n/a`, as written.
        let mut written_na: IndexVec<MetricId, Option<String>> = IndexVec::beside(&slots, None);
        // Baseline readings (`--baseline`) are of an earlier period by
        // design: they choose no period and are never set aside as another's.
        let (measured, earlier): (Vec<Entry>, Vec<Entry>) =
            entries.iter().partition(|(_, file, _)| !file.baseline);
        let chosen = due::unit_period(&measured, self.metrics.asked.as_ref(), |e| {
            due::period_text(e).is_some_and(|t| self.periods.contains_key(&(e.0, t.to_string())))
        });
        let evaluated = chosen.as_ref().map(|(_, p)| *p).or(self
            .metrics
            .plan
            .period
            .map(due::EvaluatedPeriod::of_plan));
        // The period shown: the one evaluated as written, else (a period
        // the plan refuses) the first one named, as before.
        let period = chosen.as_ref().map(|(text, _)| text.clone()).or_else(|| {
            measured
                .iter()
                .find_map(|e| due::period_text(e).map(str::to_string))
        });
        // A one-off task's done date from an earlier period's report.
        let (done, measured) = match &chosen {
            Some((_, period)) => due::done_earlier(self.metrics, measured, *period, |e| {
                self.refused_period(e).is_some()
            }),
            None => (Vec::new(), measured),
        };
        let scored = self.of_period(unit, &measured, chosen.as_ref());
        // A plan with targets judged at certain times keeps the unit's
        // other periods for its cumulative targets.
        let others: Vec<Entry> = match timed::plan_is_timed(self.metrics.plan) {
            true => timed::others(&measured, &scored),
            false => Vec::new(),
        };
        let mut entries = scored;
        let begins = evaluated.map(|p| p.start);
        entries.extend(baseline::choose(earlier, begins, self.warned, self.found));
        // Readings of a period the plan refuses (E0732, E0709) are not
        // scored: they stand for their metric only where nothing else
        // reports it, and never conflict with a scored reading.
        let refused_period = |e: &Entry| self.refused_period(e).is_some();
        entries.sort_by_key(|e| refused_period(e));
        let carried_from = entries.len();
        entries.extend(done.iter().map(|(e, _)| *e));
        // Per task, the earlier period whose report gave its done date.
        let mut done_in: IndexVec<MetricId, Option<String>> = IndexVec::beside(&slots, None);
        for (i, &(f, file, reading)) in entries.iter().enumerate() {
            let Some((metric, slot, refusal)) = self.read(f, file, reading) else {
                continue;
            };
            let stand_in = i >= carried_from || self.refused_period(&(f, file, reading)).is_some();
            if slots.at(metric).is_some() && stand_in {
                continue;
            }
            if let Some((_, period)) = i.checked_sub(carried_from).and_then(|d| done.get(d)) {
                *done_in.at_mut(metric) = Some(period.clone());
            }
            match (slots.at_mut(metric), firsts.at(metric)) {
                (Some(before), Some(first)) => {
                    if let Some(conflict) = self.record_again(before, first, unit, f, reading, slot)
                    {
                        *refused.at_mut(metric) = Some(conflict);
                    }
                }
                (entry, _) => {
                    if slot == Slot::NotApplicable {
                        *written_na.at_mut(metric) = Some(match &reading.value {
                            Raw::Text(text) => text.trim().to_string(),
                            _ => "n/a".to_string(),
                        });
                    }
                    *entry = Some(slot);
                    *firsts.at_mut(metric) = Some((f, reading.value_place.clone()));
                    *refused.at_mut(metric) = refusal;
                }
            }
        }
        let values = UnitValues {
            slots,
            firsts,
            refused,
            written_na,
            period,
            evaluated,
            chosen: chosen.map(|(_, p)| p),
            baseline: baseline::BaselineSeen::of(&entries),
            done_in,
        };
        (values, Read { entries, others })
    }

    /// A unit's result from its values.
    fn result_of(
        &mut self,
        unit: &str,
        values: UnitValues,
        Read { entries, others }: &Read,
        detail: Detail,
    ) -> UnitResult {
        let UnitValues {
            slots,
            firsts,
            mut refused,
            written_na,
            period,
            evaluated,
            chosen,
            baseline: seen,
            done_in,
        } = values;
        let outcomes = self.metrics.outcomes(&slots);
        let lacking = baseline::missing(
            self.metrics,
            unit,
            &seen,
            &outcomes,
            self.baseline_files,
            evaluated,
        );
        self.found.extend(lacking);
        // A unit's `n/a` where it decides a target the plan does not let be
        // not applicable.
        for (metric, written) in written_na.iter_enumerated() {
            let (Some(written), Some((f, place))) = (written, firsts.at(metric)) else {
                continue;
            };
            if let Some(diagnostic) = na_refusal(self.metrics, metric, written, &outcomes) {
                self.found.push((*f, place.locate(diagnostic)));
                *refused.at_mut(metric) = Some(self.found.len() - 1);
            }
        }
        for computed in computed_problems(self.metrics, &slots, &outcomes) {
            // Where the first value it is computed from was read, and the
            // values it names read in the same text file.
            let Some(((f, place), others)) = computed.places(|m| firsts.at(m).clone()) else {
                continue;
            };
            let mut diagnostic = place.locate(computed.diagnostic);
            for (m, (other, there)) in others {
                if other == f && there.cell.is_none() {
                    let label = RelatedLabel::ValueOf(self.metrics.name(m).to_string());
                    diagnostic = diagnostic.with_related(there.span, label);
                }
            }
            self.found.push((f, diagnostic));
        }
        let plan = self.metrics.plan;
        let mut times = timed::Times::at(evaluated);
        if timed::plan_is_timed(plan) {
            times.text.clone_from(&period);
            self.times(&mut times, (entries, others), &outcomes);
        }
        match detail {
            Detail::Full => {
                let (results, gives): (Vec<TargetResult>, Vec<Exact>) = plan
                    .targets
                    .iter_enumerated()
                    .map(|(t, target)| {
                        let (mut result, gives) =
                            self.target_result((t, target), (&slots, &outcomes), &refused, &times);
                        if let Some(period) = done_in.at(target.metric) {
                            result.note.get_or_insert(Why::DoneIn(period.clone()));
                        }
                        (result, gives)
                    })
                    .unzip();
                let mut result = tally(plan, unit, period, results, gives);
                result.evaluated = chosen;
                result
            }
            Detail::Totals => {
                let (summary, tasks) = totals(self.metrics, &outcomes, &times);
                UnitResult {
                    unit: unit.to_string(),
                    period,
                    evaluated: chosen,
                    results: Vec::new(),
                    grade: grade_of(&plan.grades, &summary, tasks).owned(),
                    summary,
                    sections: Vec::new(),
                    owners: Vec::new(),
                    input: None,
                    standing: None,
                }
            }
        }
    }

    /// The unit's readings scored for the period `chosen` (all of them when
    /// none is): those that name no period, or one that is it, or one the
    /// plan refuses (refused where they are read, E0732 or E0709). The
    /// others are kept (see [`due::readings_by_period`]) and not scored,
    /// which W0760 says once, at the first of them.
    fn of_period<'e>(
        &mut self,
        unit: &str,
        entries: &[Entry<'e>],
        chosen: Option<&(String, due::EvaluatedPeriod)>,
    ) -> Vec<Entry<'e>> {
        let Some((evaluated, period)) = chosen else {
            return entries.to_vec();
        };
        let mut others: Vec<String> = Vec::new();
        let mut first: Option<(usize, Place)> = None;
        let mut scored = Vec::with_capacity(entries.len());
        for entry in entries {
            let named = due::named_period(entry);
            if named.is_none_or(|p| p == *period) {
                scored.push(*entry);
                continue;
            }
            let text = due::period_text(entry).unwrap_or_default();
            if self.periods.contains_key(&(entry.0, text.to_string())) {
                scored.push(*entry);
                continue;
            }
            // Not scored for this period, but summed by a cumulative target.
            if timed::summed(self.metrics, entry, *period) {
                continue;
            }
            if !others.iter().any(|o| o == text) {
                others.push(text.to_string());
            }
            if first.is_none() {
                let (f, file, reading) = entry;
                let place = reading
                    .period
                    .as_deref()
                    .map(|(_, place)| place)
                    .or(file.period.as_ref().map(|(_, place)| place))
                    .unwrap_or(&reading.value_place);
                first = Some((*f, place.clone()));
            }
        }
        if let Some((f, place)) = first {
            let problem = EvalProblem::OtherPeriods {
                unit: unit.to_string(),
                evaluated: evaluated.clone(),
                others,
            };
            self.found.push((
                f,
                place.locate(Diagnostic::of(problem, crate::span::Span::NOWHERE)),
            ));
        }
        scored
    }

    /// The metric a reading is about, the slot it fills and the diagnostic
    /// that says why a value was refused (or its `n/a` not allowed), or
    /// `None` when its metric is not the plan's.
    fn read(
        &mut self,
        f: usize,
        file: &MeasureFile,
        reading: &Reading,
    ) -> Option<(MetricId, Slot, Option<usize>)> {
        let found_before = self.found.len();
        let (metric, slot) = self.slot(f, file, reading)?;
        let refusal = (matches!(slot, Slot::Invalid | Slot::NotApplicable)
            && self.found.len() > found_before)
            .then(|| self.found.len() - 1);
        // Values of another period (or of one that cannot be read) are not
        // scored; the period's diagnostic says why.
        if let Some(index) = self.refused_period(&(f, file, reading)) {
            return Some((metric, Slot::Invalid, Some(index)));
        }
        Some((metric, slot, refusal))
    }

    /// Where a reading names a period the plan refuses (outside it, or
    /// unreadable), the diagnostic that says so.
    fn refused_period(&self, entry: &Entry) -> Option<usize> {
        let text = due::period_text(entry)?;
        self.periods.get(&(entry.0, text.to_string())).copied()
    }

    /// The metric a reading is about and the slot it fills, or `None` when
    /// its metric is not the plan's.
    fn slot(
        &mut self,
        f: usize,
        file: &MeasureFile,
        reading: &Reading,
    ) -> Option<(MetricId, Slot)> {
        // A baseline file is last period's report: its values of metrics
        // whose baseline no formula uses are passed over.
        let number = match file.baseline {
            true => Some(self.metrics.baseline_number(&reading.metric)?),
            // A twin (`baseline(x)`) is read from the baseline files only.
            false => self
                .metrics
                .number(&reading.metric)
                .filter(|m| self.metrics.baseline_of(*m).is_none()),
        };
        let Some(number) = number else {
            if let Some((_, count)) = self.unknown.get_mut(&(f, reading.metric.clone())) {
                *count += 1;
                return None;
            }
            // The file's unknown metrics so far, counted up to the bound
            // on suggestions only.
            let in_file = (f, Name::from(""))..(f.saturating_add(1), Name::from(""));
            let nth = self.unknown.range(in_file).take(SEARCHES_PER_FILE).count();
            self.unknown
                .insert((f, reading.metric.clone()), (self.found.len(), 1));
            let metric = (&*reading.metric, nth);
            let found = diagnostics::unknown_metric(self.metrics, self.hints, metric, 1);
            self.found.push((f, reading.metric_place.locate(found)));
            return None;
        };
        let ty = self.metrics.ty(number)?;
        let name = &reading.metric;
        let slot = match reading.interpret(ty, file.decimal_comma) {
            Ok(Interpreted::Value(v)) => {
                let warning = reading.warning(ty, file.decimal_comma);
                self.found.extend(warning.map(|w| (f, w)));
                Slot::Value(v)
            }
            // Whether the plan allows it is known once the unit's counts are
            // (they may make the target not applicable anyway).
            Ok(Interpreted::NotApplicable) => Slot::NotApplicable,
            Ok(Interpreted::Empty) => {
                let diagnostic = reading
                    .value_place
                    .locate(diagnostics::empty_value(name, ty));
                self.found.push((f, diagnostic));
                Slot::Empty
            }
            Err(problem) => {
                // Refused as read at 15 digits: the warning says what was written.
                if let Some(noise) = float_noise_in(&reading.value) {
                    self.found.push((f, reading.value_place.report(noise)));
                }
                self.found.push((
                    f,
                    problem_diagnostic(&reading.value_place, name, problem, file.notation),
                ));
                Slot::Invalid
            }
        };
        Some((number, slot))
    }

    /// A metric given again: reported, and with a different value neither
    /// is trusted; then the diagnostic that says so, by its index.
    fn record_again(
        &mut self,
        before: &mut Slot,
        (first_file, first_place): &FirstRead,
        unit: &str,
        f: usize,
        reading: &Reading,
        slot: Slot,
    ) -> Option<usize> {
        let differs = *before != slot;
        let here = *first_file == f && first_place.cell.is_none();
        let first = if here {
            FirstGiven::Here
        } else {
            FirstGiven::In {
                file: self
                    .files
                    .get(*first_file)
                    .map_or_else(String::new, |file| file.source.name.clone()),
                cell: first_place.cell.as_deref().cloned(),
            }
        };
        let mut diagnostic = reading.value_place.locate(diagnostics::given_twice(
            &reading.metric,
            unit,
            differs,
            first,
        ));
        if here {
            diagnostic = diagnostic.with_related(first_place.span, RelatedLabel::FirstGiven);
        }
        if differs {
            *before = Slot::Invalid;
        }
        self.found.push((f, diagnostic));
        differs.then(|| self.found.len() - 1)
    }

    fn target_result(
        &self,
        (t, target): (TargetId, &Target),
        (slots, outcomes): (&Slots, &Outcomes),
        refused: &IndexVec<MetricId, Option<usize>>,
        times: &timed::Times,
    ) -> (TargetResult, Exact) {
        let boundaries = self.metrics.boundaries(t);
        let plan = self.metrics.plan;
        let judged = timed::judge_at(plan, (t, target), outcomes, times);
        let timed_why = || times.why(plan, (t, target), outcomes).map(Why::Timed);
        let result = TargetResult {
            target: target.name.clone(),
            kind: target.kind,
            metric: plan.metric_name(target).to_string(),
            ty: plan.metric_type(target),
            label: target.label.clone(),
            owner: plan.owner_key(target).map(str::to_string),
            co_owners: plan
                .co_owner_keys(target)
                .into_iter()
                .map(str::to_string)
                .collect(),
            section: plan.section_title(target).map(str::to_string),
            status: judged.status,
            actual: judged.actual(),
            expected: times.expected(plan, (t, target), outcomes),
            boundaries: boundaries.to_vec(),
            points: judged.points,
            max_points: judged.max_points,
            max_unknown: judged.max_unknown,
            note: judged
                .note
                .map(|n| {
                    let refusal = |m: MetricId| refused.at(m).and_then(|i| self.refusal(i));
                    match n {
                        Note::CannotBeUsed(m) => {
                            Why::CannotBeUsed(self.metrics.name(m).to_string(), refusal(m))
                        }
                        Note::NaNotAllowed(m) => {
                            Why::NaNotAllowed(self.metrics.name(m).to_string(), refusal(m))
                        }
                        // An undeclared value's `n/a` is refused as one the
                        // plan does not allow; a count's, for what it is.
                        Note::NaForCount(m) if self.metrics.never_na(m) == Some(None) => {
                            Why::NaNotAllowed(self.metrics.name(m).to_string(), refusal(m))
                        }
                        Note::NaForCount(m) => {
                            Why::NaForCount(self.metrics.name(m).to_string(), refusal(m))
                        }
                        Note::NaWithoutCounts(m) => {
                            Why::NaWithoutCounts(self.metrics.name(m).to_string(), refusal(m))
                        }
                        Note::Timed => timed_why().unwrap_or(Why::Timed(timed::TimedWhy::Unknown)),
                        other => self.metrics.why_in(other, slots, outcomes),
                    }
                })
                .or_else(timed_why),
            scoring: self.metrics.rule(t),
            received: None,
        };
        (result, judged.gives)
    }

    /// The diagnostic number `index` of those found, in short, for a note.
    fn refusal(&self, index: usize) -> Option<Refusal> {
        let (f, diagnostic) = self.found.get(index)?;
        let file = self.files.get(*f)?;
        Some(Refusal {
            code: diagnostic.code().id(),
            at: crate::diagnostic::render::place(&file.source, diagnostic),
            problem: diagnostic.problem.clone(),
        })
    }
}

/// The diagnostic for a value that cannot be used, at its place in a file
/// that writes values in `notation`.
pub(crate) fn problem_diagnostic(
    place: &Place,
    name: &str,
    problem: Problem,
    notation: Notation,
) -> Diagnostic {
    problem.at(place, name, notation)
}

/// A target's verdict on a metric's outcome: the one place statuses and
/// points are decided, for every way of evaluating.
pub(crate) struct Judgement {
    pub status: Status,
    /// The value judged, exactly (shown only by a full result:
    /// [`Judgement::actual`]).
    pub measured: Option<Measured>,
    pub points: Exact,
    pub max_points: Exact,
    /// The maximum a target that does not apply gives away to the others
    /// of its section (`not_applicable redistribute`); zero otherwise.
    pub gives: Exact,
    pub note: Option<Note>,
    /// Its maximum comes from the data (`points METRIC`) and the unit's
    /// value of that metric is missing or unusable: the unit's percentage
    /// and grade cannot be known.
    pub max_unknown: bool,
}

/// A unit's totals, judged from its slots without per-target results.
///
/// The sums are the ones [`Counting::count`] makes target by target, for less:
/// adding zero leaves a decimal as it is, so zeros are not added; and until
/// a target's maximum differs from its points (excluded, or read from the
/// data) the maximum so far is the plan's, summed once in the same order
/// ([`Metrics::max_before`]). A plan that redistributes points settles a
/// unit's targets together ([`settle::settle`]). Beside them, its tasks
/// done and not done, for its grade.
pub(crate) fn totals(
    metrics: &Metrics,
    outcomes: &Outcomes,
    times: &timed::Times,
) -> (Tally, TaskCounts) {
    if metrics.redistributes {
        return settled_totals(metrics, outcomes, times);
    }
    let mut summary = Counting::default();
    let mut max_points: Option<Sum> = None;
    for (t, target) in metrics.plan.targets.iter_enumerated() {
        let judged = timed::judge_at(metrics.plan, (t, target), outcomes, times);
        let points = settle::rounded(target, judged.points, &judged.max_points);
        summary.count_status(target.kind, judged.status);
        summary.add_points(&points);
        if judged.max_unknown {
            summary.unknown_max();
        }
        if judged.max_points != target.points && max_points.is_none() {
            let mut before = Sum::default();
            before.add(&Exact::Decimal(metrics.max_before(t)));
            max_points = Some(before);
        }
        if let Some(sum) = &mut max_points {
            sum.add(&judged.max_points);
        }
    }
    let tasks = summary.tasks();
    let mut summary = summary.done();
    summary.max_points =
        max_points.map_or_else(|| Exact::Decimal(metrics.max_points()), Sum::total);
    (summary, tasks)
}

/// A unit's totals where points are shared among targets: every target is
/// judged first, then settled together.
fn settled_totals(
    metrics: &Metrics,
    outcomes: &Outcomes,
    times: &timed::Times,
) -> (Tally, TaskCounts) {
    let plan = metrics.plan;
    let mut scores: Vec<settle::Score> = plan
        .targets
        .iter_enumerated()
        .map(|t| timed::judge_at(plan, t, outcomes, times).score())
        .collect();
    settle::settle(plan, &mut scores);
    let mut summary = Counting::default();
    for (target, score) in plan.targets.iter().zip(&scores) {
        summary.count(target.kind, score.status, &score.points, &score.max_points);
        if score.max_unknown {
            summary.unknown_max();
        }
    }
    let tasks = summary.tasks();
    (summary.done(), tasks)
}

impl Judgement {
    /// The value as a result shows it: a fraction to as many decimals as a
    /// decimal holds (it is judged and scored exactly).
    fn actual(&self) -> Option<Value> {
        match self.measured.as_ref()? {
            Measured::Number(n) => n.shown().map(Value::Number),
            Measured::Other(value) => Some(*value),
        }
    }

    fn score(self) -> settle::Score {
        settle::Score {
            status: self.status,
            points: self.points,
            max_points: self.max_points,
            gives: self.gives,
            received: Exact::ZERO,
            max_unknown: self.max_unknown,
        }
    }
}

/// The most a target can earn for a unit when the metric `from` gives it:
/// the unit's value of it, a number from zero to the most points a plan may
/// give a target (so that sums of points stay exact), a decimal or a
/// quotient no decimal holds (20 × 1 / 3); otherwise the outcome that says
/// why there is no maximum.
fn maximum(target: &Target, from: MetricId, outcomes: &Outcomes) -> Result<Exact, Outcome> {
    let value = match *outcomes.at(from) {
        Outcome::Value(Value::Number(n)) => Some(Exact::Decimal(n)),
        Outcome::Fraction(f) => Some(Exact::Small(f)),
        _ => None,
    };
    let within = |v: &Exact, low: Decimal, high: Decimal| {
        Exact::Decimal(low) <= *v && *v <= Exact::Decimal(high)
    };
    match (*outcomes.at(from), value) {
        (_, Some(v))
            if target
                .points_bound
                .is_some_and(|b| !within(&v, b.low, b.high)) =>
        {
            Err(Outcome::Invalid(Note::MaxOutsideBound(from)))
        }
        (_, Some(v)) if within(&v, Decimal::ZERO, crate::check::MAX_POINTS) => Ok(v),
        (Outcome::Missing(note), _) => Err(Outcome::Missing(note)),
        (Outcome::Invalid(note), _) => Err(Outcome::Invalid(note)),
        _ => Err(Outcome::Invalid(Note::BadMaximum(from))),
    }
}

/// Whether a unit's value can be a target's maximum: within the bounds a
/// plan's own `points` have.
pub(crate) fn usable_maximum(n: Decimal) -> bool {
    !n.is_sign_negative() && n <= crate::check::MAX_POINTS
}

/// The verdict of `target` on its metric's outcome among a unit's `outcomes`. Its points are not
/// yet settled ([`settle`]): neither shared nor rounded.
pub(crate) fn judge(target: &Target, outcomes: &Outcomes) -> Judgement {
    let mut judged = verdict(target, outcomes);
    // A target only tracked keeps its value, or the note that says why it
    // has none, and earns and risks nothing.
    if target.tracked_only() {
        judged.status = Status::Tracked;
        judged.points = Exact::ZERO;
        judged.max_points = Exact::ZERO;
        judged.gives = Exact::ZERO;
        judged.max_unknown = false;
    } else if let Some(from) = target.points_from {
        // A maximum of 0 from the data is the method's word that the target
        // does not apply to this unit: it is worth nothing to it. It is
        // counted as not applicable, with why, so that every report (the
        // summaries' counts too) shows it as such, not as a target scored
        // 0 of 0 like the others. A target with no verdict keeps its own,
        // and so does one the plan says always applies (`not_applicable
        // never`): a unit's 0 must not turn its fail into "not applicable"
        // (and so lift a grade that asks every target met).
        let judged_on_value = matches!(judged.status, Status::Pass | Status::Fail | Status::Scored);
        let may_not_apply = target.na_rule() != crate::syntax::ast::NaRule::Never;
        if !judged.max_unknown && judged_on_value && may_not_apply && judged.max_points.is_zero() {
            judged.status = Status::NotApplicable;
            judged.note = Some(Note::ZeroMaximum(from));
            judged.points = Exact::ZERO;
            judged.gives = Exact::ZERO;
        }
    }
    judged
}

/// [`judge`] in the period a unit is evaluated for: a target not due in
/// it is `not_due` ([`due::settle_due`]). Both ways of evaluating judge
/// through it.
pub(crate) fn judge_in(
    plan: &CheckedPlan,
    target: &Target,
    outcomes: &Outcomes,
    evaluated: Option<due::EvaluatedPeriod>,
) -> Judgement {
    let mut judged = judge(target, outcomes);
    due::settle_due(plan, target, evaluated, &mut judged);
    judged
}

/// [`judge`], as for a target worth points.
fn verdict(target: &Target, outcomes: &Outcomes) -> Judgement {
    let from_data = target
        .points_from
        .map(|from| maximum(target, from, outcomes));
    let (max, outcome, max_unknown) = match from_data {
        None => (
            Exact::Decimal(target.points),
            target_outcome(target, outcomes),
            false,
        ),
        Some(Ok(max)) => (max, target_outcome(target, outcomes), false),
        // Without a maximum there are no points to earn, and the unit's
        // total is of a maximum that is not known.
        Some(Err(why)) => (Exact::ZERO, why, true),
    };
    let mut judged = Judgement {
        status: Status::Missing,
        measured: None,
        points: Exact::ZERO,
        max_points: max.clone(),
        gives: Exact::ZERO,
        note: None,
        max_unknown,
    };
    let measured = match outcome {
        Outcome::Value(Value::Number(n)) => Some(Measured::Number(Exact::Decimal(n))),
        Outcome::Fraction(f) => Some(Measured::Number(Exact::Small(f))),
        Outcome::Value(value) => Some(Measured::Other(value)),
        _ => None,
    };
    if let Some(measured) = measured {
        let met = if target.scores_only() {
            judged.status = Status::Scored;
            false
        } else {
            match scoring::meets(&measured, target.threshold()) {
                Some(met) => {
                    judged.status = if met { Status::Pass } else { Status::Fail };
                    met
                }
                None => {
                    judged.status = Status::Invalid;
                    judged.note = Some(Note::CannotCompare);
                    judged.measured = Some(measured);
                    return judged;
                }
            }
        };
        match scoring::points(target, &max, &measured, met) {
            Some(points) => judged.points = points,
            None => {
                judged.status = Status::Invalid;
                judged.note = Some(Note::TooLarge);
            }
        }
        judged.measured = Some(measured);
        return judged;
    }
    match outcome {
        Outcome::Value(_) | Outcome::Fraction(_) => {}
        Outcome::Missing(note) => judged.note = Some(note),
        Outcome::Invalid(note) => {
            judged.status = Status::Invalid;
            judged.note = Some(note);
        }
        // A unit's own `n/a` counts only where the plan allows it; a zero
        // denominator, only where the plan does not say the target always
        // applies.
        Outcome::NotApplicable(Note::ReportedNotApplicable(m)) if !target.allows_reported_na() => {
            judged.status = Status::Invalid;
            judged.note = Some(Note::NaNotAllowed(m));
        }
        Outcome::NotApplicable(Note::ZeroDivisor(divisor)) if target.na_rule() == NaRule::Never => {
            judged.status = Status::Invalid;
            judged.note = Some(Note::AlwaysApplies(divisor));
        }
        Outcome::NotApplicable(note) => {
            judged.status = Status::NotApplicable;
            judged.note = Some(note);
            match target.na_rule() {
                NaRule::Full => judged.points = max,
                NaRule::Zero => {}
                // Its maximum is shared among the other targets of its
                // section when the unit's targets are settled.
                NaRule::Redistribute => {
                    judged.gives = std::mem::replace(&mut judged.max_points, Exact::ZERO)
                }
                NaRule::Excluded | NaRule::Never => judged.max_points = Exact::ZERO,
            }
        }
    }
    judged
}

/// The unit's totals, overall, per section and per owner.
fn tally(
    plan: &CheckedPlan,
    unit: &str,
    period: Option<String>,
    mut results: Vec<TargetResult>,
    gives: Vec<Exact>,
) -> UnitResult {
    let mut scores: Vec<settle::Score> = results
        .iter_mut()
        .zip(gives)
        .map(|(r, gives)| settle::Score {
            status: r.status,
            points: std::mem::take(&mut r.points),
            max_points: std::mem::take(&mut r.max_points),
            gives,
            received: Exact::ZERO,
            max_unknown: r.max_unknown,
        })
        .collect();
    settle::settle(plan, &mut scores);
    let givers = settle::givers(plan, &scores);
    for ((result, score), target) in results.iter_mut().zip(scores).zip(plan.targets.iter()) {
        result.points = score.points;
        result.max_points = score.max_points;
        if !score.received.is_zero() {
            let from = givers.get(&target.section).cloned().unwrap_or_default();
            result.received = Some(Box::new(Received {
                points: score.received,
                from,
            }));
        }
    }
    let mut summary = Counting::default();
    let mut sections = Groups::default();
    let mut owners = Groups::default();
    for (_, owner) in plan.declared_owners() {
        owners.get(&owner.key);
    }
    for result in &results {
        summary.add(result);
        if let Some(tally) = result.section.as_deref().and_then(|s| sections.get(s)) {
            tally.add(result);
        }
        if let Some(tally) = result.owner.as_deref().and_then(|o| owners.get(o)) {
            tally.add(result);
        }
        // A target with several owners counts for each of them (the
        // reports say so): owner totals may add up to more than the unit's.
        for co in &result.co_owners {
            if let Some(tally) = owners.get(co) {
                tally.add(result);
            }
        }
    }
    let tasks = summary.tasks();
    let summary = summary.done();
    let sections = sections.done();
    let mut owners = owners.done();
    owners.retain(|(_, t)| t.counts().iter().sum::<usize>() + t.tracked as usize > 0);
    UnitResult {
        unit: unit.to_string(),
        period,
        evaluated: None,
        results,
        grade: grade_of(&plan.grades, &summary, tasks).owned(),
        summary,
        sections,
        owners,
        input: None,
        standing: None,
    }
}

/// Tallies by name, in the order the names first come. A name is found by
/// a map, not by a search of the list: a plan of 20,000 sections, each
/// with its owner and target, otherwise cost seconds per unit.
#[derive(Default)]
struct Groups<'n> {
    tallies: Vec<(String, Counting)>,
    at: HashMap<&'n str, usize>,
}

impl<'n> Groups<'n> {
    /// The tally of `name`, new if it has none yet.
    fn get(&mut self, name: &'n str) -> Option<&mut Counting> {
        let Groups { tallies, at } = self;
        let index = *at.entry(name).or_insert_with(|| {
            tallies.push((name.to_string(), Counting::default()));
            tallies.len() - 1
        });
        // INVARIANT: every index in `at` is that of the tally pushed with it.
        tallies.get_mut(index).map(|(_, t)| t)
    }

    /// The tallies counted, in the order their names first came.
    fn done(self) -> Vec<(String, Tally)> {
        self.tallies
            .into_iter()
            .map(|(name, counting)| (name, counting.done()))
            .collect()
    }
}
