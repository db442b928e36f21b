//! When a checked target or task is judged: its recurrence, its window and
//! whether its value is summed over periods (issue 16).

use chrono::{Datelike, Months, NaiveDate};

use super::Period;
use crate::syntax::ast::Recurrence;

/// What a target's `every`, `from`/`during` and `cumulative` clauses say,
/// checked. The default (none of them) is judged in every evaluated
/// period, as a plan without them always was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timing {
    pub every: Option<Recurrence>,
    pub window: Option<Window>,
    /// `cumulative` on a metric that adds up (E0619 otherwise, and the
    /// clause is then not kept: the target is invalid).
    pub cumulative: bool,
}

/// The days within which a target is judged, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    pub start: NaiveDate,
    /// `None` for `from DATE`: the end of the period of whichever plan the
    /// target ends up in (a plan that extends this one may run longer).
    pub end: Option<NaiveDate>,
}

impl Window {
    /// Its last day in a plan of `period` (no last day without one).
    pub fn end_in(&self, period: Option<Period>) -> Option<NaiveDate> {
        self.end.or(period.map(|p| p.end))
    }
}

impl Timing {
    /// Whether any of its clauses is written.
    pub fn is_written(&self) -> bool {
        *self != Timing::default()
    }
}

impl Timing {
    /// Whether a task due on `due` falls due within `start ..= end`: on
    /// that day, or for a recurring task on one of its occurrences (`due`
    /// moved on by whole recurrence periods, never back: before its
    /// written date the task is not yet set).
    pub fn falls_due_within(&self, due: NaiveDate, (start, end): (NaiveDate, NaiveDate)) -> bool {
        let Some(every) = self.every else {
            return start <= due && due <= end;
        };
        let step = every.months();
        // Start one step before the first occurrence that may be inside.
        let months = (start.year() - due.year()) * 12 + start.month() as i32 - due.month() as i32;
        let mut k = u32::try_from(months / step as i32 - 1).unwrap_or(0);
        while let Some(at) = k
            .checked_mul(step)
            .and_then(|m| due.checked_add_months(Months::new(m)))
        {
            if at > end {
                return false;
            }
            if at >= start {
                return true;
            }
            k += 1;
        }
        false
    }
}
