//! When a target is due: its milestone (`by DATE`, or the plan's end under
//! `default by end`), and a task's due date. Evaluation asks through
//! `eval::due`; `check::consistency` compares only targets due together.

use chrono::NaiveDate;

use super::{CheckedPlan, Target, TargetKind};

impl CheckedPlan {
    /// The date from which `target` is judged: its own `by`, else the end
    /// of the plan's period under `default by end`; `None` for a target
    /// judged in every period (tasks have their due dates instead).
    pub fn milestone(&self, target: &Target) -> Option<NaiveDate> {
        if target.kind == TargetKind::Task {
            return None;
        }
        // `default by end` is for targets without times of their own: a
        // recurring or windowed target is due in its periods (A2).
        let own_times = target.timing.every.is_some() || target.timing.window.is_some();
        target.by.or_else(|| {
            self.period
                .filter(|_| self.default_by_end && !own_times)
                .map(|p| p.end)
        })
    }

    /// Whether a target's due-ness can depend on the period evaluated: a
    /// milestone, or a task (due by a date). A plan without any is judged
    /// alike in every period.
    pub fn timed(&self) -> bool {
        self.targets
            .iter()
            .any(|t| t.kind == TargetKind::Task || self.milestone(t).is_some())
    }
}
