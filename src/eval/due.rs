//! Time: the period a unit is evaluated for, and whether a target is due in
//! it. A milestone (`by DATE`, or the plan's end under `default by end`) is
//! due in a period that ends on or after its date; a task in a period that
//! ends on or after its due date, or earlier when it was reported done by
//! the end of the period (done early). What is not due is `not_due`: its
//! value still shown, counted neither for nor against the unit.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::exact::Exact;
use super::formula::Note;
use super::result::Status;
use super::scoring::Measured;
use super::{period, Entry, Judgement};
use crate::check::model::{CheckedPlan, Period, Target, TargetKind};
use crate::measure::value::Value;

/// `eval --period P`: the period asked for, as written and as read.
pub type Asked = (String, EvaluatedPeriod);

/// The period a unit is evaluated for: `eval --period`, else the period
/// its readings name (the latest ending, when they name several), else
/// its file's, else the plan's. Both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EvaluatedPeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl EvaluatedPeriod {
    /// The period a text names (`2026`, `2026-H1`, `08/2026`, ...).
    pub fn parse(text: &str) -> Option<EvaluatedPeriod> {
        period::parse(text).map(|(start, end)| EvaluatedPeriod { start, end })
    }

    pub fn of_plan(plan: Period) -> EvaluatedPeriod {
        EvaluatedPeriod {
            start: plan.start,
            end: plan.end,
        }
    }

    /// The shortest text `--period` reads as this period: `2026`,
    /// `2026-H1`, `2026-Q3`, `2026-08`, else `2026-01-01..2026-02-15`.
    /// Summaries show it; it is worked out from the dates, so a unit's
    /// period reads alike whichever way it was written.
    pub fn name(&self) -> String {
        use chrono::Datelike;
        let year = self.start.year();
        let month = self.start.month();
        let named = [
            format!("{year}"),
            format!("{year}-H{}", (month - 1) / 6 + 1),
            format!("{year}-Q{}", (month - 1) / 3 + 1),
            format!("{year}-{month:02}"),
        ];
        named
            .into_iter()
            .find(|text| EvaluatedPeriod::parse(text) == Some(*self))
            .unwrap_or_else(|| format!("{}..{}", self.start, self.end))
    }
}

/// `eval --period P`: the period `text` names, within the plan's; else
/// E0761, about the command line (a file of its own, `--period`, with no
/// line), boxed: it is rare, and the period asked for small.
pub fn asked(
    plan: &CheckedPlan,
    text: &str,
) -> Result<Asked, Box<(crate::source::SourceFile, crate::diagnostic::Diagnostic)>> {
    let read = EvaluatedPeriod::parse(text);
    let within = |p: &EvaluatedPeriod| {
        plan.period
            .is_none_or(|plan| plan.start <= p.start && p.end <= plan.end)
    };
    match read {
        Some(period) if within(&period) => Ok((text.trim().to_string(), period)),
        _ => {
            let problem = super::problem::EvalProblem::PeriodOption {
                period: text.to_string(),
                plan: read.and(plan.period).map(|p| (p.start, p.end)),
            };
            let source = crate::source::SourceFile::new("--period", "");
            let note = crate::diagnostic::Diagnostic::of(problem, source.point(0));
            Err(Box::new((source, note)))
        }
    }
}

/// Whether `target` is due in `period`, on its milestone alone (a task is
/// judged by [`settle_due`], which also knows when it was done). Without a
/// period known, everything is due, as before milestones.
pub fn is_due(plan: &CheckedPlan, target: &Target, period: Option<EvaluatedPeriod>) -> bool {
    let Some(period) = period else {
        return true;
    };
    due_date(plan, target).is_none_or(|date| period.end >= date)
}

/// The date from which a target is judged: its milestone, or a task's due
/// date; `None` for a target judged in every period.
pub fn due_date(plan: &CheckedPlan, target: &Target) -> Option<NaiveDate> {
    match target.kind {
        TargetKind::Task => target.threshold().due_date(),
        TargetKind::Target => plan.milestone(target),
    }
}

/// Makes a judgement `not_due` where its target is not due in `period`: a
/// task reported done by the end of the period, and so by its due date,
/// stays met (done early). The value stays, to be shown; nothing is earned
/// or risked.
pub(crate) fn settle_due(
    plan: &CheckedPlan,
    target: &Target,
    period: Option<EvaluatedPeriod>,
    judged: &mut Judgement,
) {
    // A tracked target with a milestone is not due before it either.
    if is_due(plan, target, period) {
        return;
    }
    let done_early = target.kind == TargetKind::Task
        && judged.status == Status::Pass
        && matches!(
            (&judged.measured, period),
            (Some(Measured::Other(Value::Date(done))), Some(p)) if *done <= p.end
        );
    if done_early {
        return;
    }
    // Why, and from when, even where the value cannot be used: the target
    // is not due all the same, and the value's diagnostic is reported (an
    // error in a file is still one: the run ends with 2).
    judged.note = due_date(plan, target).map(Note::DueFrom);
    judged.status = Status::NotDue;
    judged.points = Exact::ZERO;
    judged.max_points = Exact::ZERO;
    judged.gives = Exact::ZERO;
    judged.max_unknown = false;
}

/// A unit's readings by the period each names (its own, else its file's),
/// in the order of the periods (`None`, no period named, first) and, within
/// one, in the order read. A period that cannot be read, or that the plan
/// refuses, stands under `None` of a parse: such readings are refused
/// anyway (E0732, and its kin), never scored.
// Kept for targets summed over the periods submitted so far (cumulative
// targets, issue 16), which read a unit's earlier periods through it.
#[allow(dead_code)]
pub(crate) fn readings_by_period<'f>(
    entries: &[Entry<'f>],
) -> BTreeMap<Option<EvaluatedPeriod>, Vec<Entry<'f>>> {
    let mut by: BTreeMap<Option<EvaluatedPeriod>, Vec<Entry<'f>>> = BTreeMap::new();
    for entry in entries {
        by.entry(named_period(entry)).or_default().push(*entry);
    }
    by
}

/// The period a reading names, its own or its file's, as written.
pub(crate) fn period_text<'f>(&(_, file, reading): &Entry<'f>) -> Option<&'f str> {
    reading
        .period
        .as_deref()
        .or(file.period.as_ref())
        .map(|(text, _)| text.as_str())
}

/// The period a reading names, if it names one that can be read.
pub(crate) fn named_period(entry: &Entry) -> Option<EvaluatedPeriod> {
    period_text(entry).and_then(EvaluatedPeriod::parse)
}

/// The period a unit is evaluated for, with its text as written, and the
/// periods of its readings that are not it (their readings are not scored
/// for it): `asked` (`--period`) wins; else the latest ending period its
/// readings name (the longest of those ending together), leaving out
/// periods the plan refuses; else none (the plan's, as written nowhere).
pub(crate) fn unit_period<'f>(
    entries: &[Entry<'f>],
    asked: Option<&(String, EvaluatedPeriod)>,
    refused: impl Fn(&Entry<'f>) -> bool,
) -> Option<(String, EvaluatedPeriod)> {
    if let Some(asked) = asked {
        return Some(asked.clone());
    }
    let mut best: Option<(String, EvaluatedPeriod)> = None;
    for entry in entries.iter().filter(|e| !refused(e)) {
        let (Some(text), Some(period)) = (period_text(entry), named_period(entry)) else {
            continue;
        };
        let later = best.as_ref().is_none_or(|(_, b)| {
            (period.end, std::cmp::Reverse(period.start)) > (b.end, std::cmp::Reverse(b.start))
        });
        if later {
            best = Some((text.to_string(), period));
        }
    }
    best
}

/// A one-off task is done once: its done date, reported for an earlier
/// period than the one evaluated (one that ends before it ends), stands in
/// every later period. Splits a unit's readings into those dates, each with
/// the period that gave it (the latest period first), and the rest.
/// Recurring tasks are judged on each period's own report and take no part.
pub(crate) fn done_earlier<'f>(
    metrics: &super::Metrics,
    entries: Vec<Entry<'f>>,
    evaluated: EvaluatedPeriod,
    refused: impl Fn(&Entry<'f>) -> bool,
) -> (Vec<(Entry<'f>, String)>, Vec<Entry<'f>>) {
    let plan = metrics.plan;
    let one_off_task = |entry: &Entry| {
        metrics.number(&entry.2.metric).is_some_and(|m| {
            plan.targets
                .iter()
                .any(|t| t.kind == TargetKind::Task && t.timing.every.is_none() && t.metric == m)
        })
    };
    let mut carried = Vec::new();
    let mut rest = Vec::with_capacity(entries.len());
    for entry in entries {
        let earlier = named_period(&entry).filter(|p| *p != evaluated && p.end < evaluated.end);
        match (earlier, period_text(&entry)) {
            (Some(p), Some(text)) if !refused(&entry) && one_off_task(&entry) => {
                carried.push((p, entry, text.to_string()));
            }
            _ => rest.push(entry),
        }
    }
    // The latest first: a later report of the date is the one that stands.
    carried.sort_by_key(|(p, _, _)| std::cmp::Reverse((p.end, std::cmp::Reverse(p.start))));
    let carried = carried.into_iter().map(|(_, e, text)| (e, text)).collect();
    (carried, rest)
}

#[cfg(test)]
mod tests {
    use super::EvaluatedPeriod;

    /// A period is named as shortly as `--period` reads it back.
    #[test]
    fn a_period_is_named_shortly_and_read_back() {
        for (text, name) in [
            ("2026", "2026"),
            ("2026-H2", "2026-H2"),
            ("2026-Q1", "2026-Q1"),
            ("08/2026", "2026-08"),
            ("2026-04-01..2026-06-30", "2026-Q2"),
            ("2026-01-01..2026-02-15", "2026-01-01..2026-02-15"),
            ("2025-07-01..2026-06-30", "2025-07-01..2026-06-30"),
        ] {
            let period = EvaluatedPeriod::parse(text);
            assert_eq!(period.map(|p| p.name()).as_deref(), Some(name), "{text}");
            assert_eq!(EvaluatedPeriod::parse(name), period, "{name}");
        }
    }
}
