//! When a checked target or task is judged: its recurrence, its window and
//! whether its value is summed over periods (issue 16).

use chrono::NaiveDate;

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
