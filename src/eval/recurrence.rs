//! Whether a target is judged in the evaluated period (issue 16): its
//! recurrence (`every year`) and its window (`from`, `during`).
//!
//! A recurring target is judged when the evaluated period is exactly one of
//! its recurrence periods (calendar years, halves, quarters, months), with
//! that period's value. A shorter period that ends before its recurrence
//! period does is `not_due`: the year is not over. A period that is not one
//! of them and is not inside one (a five-year submission, or 2026-H2 for a
//! yearly target) is not judged: a value of five years, or of half a year,
//! says nothing of "5 every year", and a city could not defend a verdict on
//! it either way.
//!
//! A window is where the target holds: before it starts the target is
//! `not_due`; a period inside it is judged; a period after it, or only
//! partly in it, is not judged (the target no longer holds, or the value
//! covers days it does not hold on).
//!
//! A recurring task's due date repeats in each recurrence period: the one
//! occurrence inside the evaluated period is judged; none yet is `not_due`;
//! several (a five-year submission of a yearly report) is not judged.

use chrono::{Datelike, Months, NaiveDate};

use crate::check::model::{Period, TargetKind, Timing};
use crate::syntax::ast::Recurrence;

/// Days, both included.
pub type Days = (NaiveDate, NaiveDate);

/// Whether a target is judged in the evaluated period, and why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Judged,
    /// A task judged against the occurrence of its due date in the period:
    /// the date, and the number of recurrence periods it lies after the
    /// written one.
    Occurrence {
        due: NaiveDate,
        steps: u32,
    },
    /// Not yet: counted neither for nor against.
    NotDue(Pending),
    /// Not judged in this period: counted neither for nor against.
    NotJudged(Unjudged),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    /// The window starts on this day, after the evaluated period.
    WindowStarts(NaiveDate),
    /// The recurrence period that holds the evaluated one ends on this day.
    PeriodEnds(Recurrence, NaiveDate),
    /// The task's next due date, after the evaluated period.
    DueOn(NaiveDate),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unjudged {
    /// The window ended on this day, before the evaluated period.
    WindowEnded(NaiveDate),
    /// The evaluated period is only partly inside the window.
    PartlyInWindow(Days),
    /// The evaluated period is not one period of the recurrence, nor
    /// within one.
    NotOnePeriod(Recurrence),
    /// The task falls due this many times in the evaluated period.
    DueTimes(Recurrence, u32),
}

/// Whether a target with `timing` is judged in `evaluated` (the plan's
/// period where no submission says one), in a plan of `plan`; `due` is a
/// task's written due date.
pub(crate) fn when(
    (timing, kind, due): (&Timing, TargetKind, Option<NaiveDate>),
    plan: Option<Period>,
    evaluated: Option<Days>,
) -> When {
    let Some((start, end)) = evaluated else {
        return When::Judged;
    };
    if let Some(window) = timing.window {
        let last = window.end_in(plan);
        if end < window.start {
            return When::NotDue(Pending::WindowStarts(window.start));
        }
        if let Some(last) = last {
            if start > last {
                return When::NotJudged(Unjudged::WindowEnded(last));
            }
        }
        if start < window.start || last.is_some_and(|last| end > last) {
            let last = last.unwrap_or(NaiveDate::MAX);
            return When::NotJudged(Unjudged::PartlyInWindow((window.start, last)));
        }
    }
    let Some(every) = timing.every else {
        return When::Judged;
    };
    match (kind, due) {
        (TargetKind::Task, Some(due)) => occurrence(every, due, (start, end)),
        _ => recurring(every, (start, end)),
    }
}

/// A recurring target in the evaluated period.
fn recurring(every: Recurrence, (start, end): Days) -> When {
    let Some((first, last)) = containing(every, start) else {
        return When::Judged;
    };
    if (start, end) == (first, last) {
        When::Judged
    } else if start >= first && end < last {
        When::NotDue(Pending::PeriodEnds(every, last))
    } else {
        When::NotJudged(Unjudged::NotOnePeriod(every))
    }
}

/// A recurring task's due date in the evaluated period.
fn occurrence(every: Recurrence, due: NaiveDate, (start, end): Days) -> When {
    // The occurrences are `due` moved by whole recurrence periods: the
    // first on or after the period's start, counted from the written one
    // (which may lie before or after it).
    let step = every.months();
    let months_between = |a: NaiveDate, b: NaiveDate| -> i64 {
        i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
    };
    let mut k = months_between(due, start).div_euclid(i64::from(step));
    let at = |k: i64| shifted(due, k * i64::from(step));
    // Move to the first occurrence on or after `start`.
    while at(k).is_some_and(|d| d < start) {
        k += 1;
    }
    while at(k - 1).is_some_and(|d| d >= start) {
        k -= 1;
    }
    let Some(first) = at(k) else {
        return When::Judged;
    };
    if first > end {
        return When::NotDue(Pending::DueOn(first));
    }
    let mut times = 1u32;
    while at(k + i64::from(times)).is_some_and(|d| d <= end) && times < 1000 {
        times += 1;
    }
    if times > 1 {
        return When::NotJudged(Unjudged::DueTimes(every, times));
    }
    match u32::try_from(k) {
        Ok(steps) => When::Occurrence { due: first, steps },
        // An occurrence before the written due date: the task was not yet
        // set.
        Err(_) => When::NotDue(Pending::DueOn(due)),
    }
}

/// `date` moved by `months` (back when negative), the day of the month
/// kept where the month has it (the last day otherwise).
pub(crate) fn shifted(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let n = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
    if months >= 0 {
        date.checked_add_months(n)
    } else {
        date.checked_sub_months(n)
    }
}

/// The recurrence period (calendar year, half, quarter, month) that holds
/// `day`.
pub(crate) fn containing(every: Recurrence, day: NaiveDate) -> Option<Days> {
    let months = every.months();
    let first = NaiveDate::from_ymd_opt(day.year(), day.month0() / months * months + 1, 1)?;
    let last = first.checked_add_months(Months::new(months))?.pred_opt()?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::model::Window;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn every(e: Recurrence) -> Timing {
        Timing {
            every: Some(e),
            ..Timing::default()
        }
    }

    const T: TargetKind = TargetKind::Target;

    #[test]
    fn recurring_targets() {
        let year = every(Recurrence::Year);
        let at = |days| when((&year, T, None), None, Some(days));
        assert_eq!(at((d(2026, 1, 1), d(2026, 12, 31))), When::Judged);
        assert_eq!(
            at((d(2026, 1, 1), d(2026, 6, 30))),
            When::NotDue(Pending::PeriodEnds(Recurrence::Year, d(2026, 12, 31)))
        );
        assert_eq!(
            at((d(2026, 7, 1), d(2026, 12, 31))),
            When::NotJudged(Unjudged::NotOnePeriod(Recurrence::Year))
        );
        assert_eq!(
            at((d(2026, 1, 1), d(2030, 12, 31))),
            When::NotJudged(Unjudged::NotOnePeriod(Recurrence::Year))
        );
        let quarter = every(Recurrence::Quarter);
        let q = |days| when((&quarter, T, None), None, Some(days));
        assert_eq!(q((d(2026, 7, 1), d(2026, 9, 30))), When::Judged);
    }

    #[test]
    fn windows() {
        let from = Timing {
            window: Some(Window {
                start: d(2027, 1, 1),
                end: Some(d(2028, 12, 31)),
            }),
            ..Timing::default()
        };
        let at = |days| when((&from, T, None), None, Some(days));
        assert_eq!(
            at((d(2026, 1, 1), d(2026, 12, 31))),
            When::NotDue(Pending::WindowStarts(d(2027, 1, 1)))
        );
        assert_eq!(at((d(2027, 1, 1), d(2027, 12, 31))), When::Judged);
        assert_eq!(
            at((d(2029, 1, 1), d(2029, 12, 31))),
            When::NotJudged(Unjudged::WindowEnded(d(2028, 12, 31)))
        );
        assert_eq!(
            at((d(2026, 1, 1), d(2030, 12, 31))),
            When::NotJudged(Unjudged::PartlyInWindow((d(2027, 1, 1), d(2028, 12, 31))))
        );
    }

    #[test]
    fn recurring_tasks() {
        let year = every(Recurrence::Year);
        let due = Some(d(2026, 11, 15));
        let task = |days| when((&year, TargetKind::Task, due), None, Some(days));
        assert_eq!(
            task((d(2026, 1, 1), d(2026, 12, 31))),
            When::Occurrence {
                due: d(2026, 11, 15),
                steps: 0
            }
        );
        assert_eq!(
            task((d(2028, 1, 1), d(2028, 12, 31))),
            When::Occurrence {
                due: d(2028, 11, 15),
                steps: 2
            }
        );
        assert_eq!(
            task((d(2027, 1, 1), d(2027, 6, 30))),
            When::NotDue(Pending::DueOn(d(2027, 11, 15)))
        );
        assert_eq!(
            task((d(2026, 1, 1), d(2030, 12, 31))),
            When::NotJudged(Unjudged::DueTimes(Recurrence::Year, 5))
        );
        let month = every(Recurrence::Month);
        let monthly = |days| {
            when(
                (&month, TargetKind::Task, Some(d(2026, 1, 31))),
                None,
                Some(days),
            )
        };
        assert_eq!(
            monthly((d(2026, 2, 1), d(2026, 2, 28))),
            When::Occurrence {
                due: d(2026, 2, 28),
                steps: 1
            }
        );
    }
}
