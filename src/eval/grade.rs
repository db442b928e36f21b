//! A unit's grade, from its totals alone: the first of the plan's grades
//! whose condition holds. The general path and the streamed summaries grade
//! the same totals the same way.

use rust_decimal::Decimal;

use super::exact::Exact;
use super::scoring::contains;
use crate::check::model::{Grade, GradeCounts, GradeTest, Quantity};

use super::result::{Status, Tally};
use crate::check::model::TargetKind;

/// How many of a unit's tasks were done (passed, or not applicable, as
/// `met` counts them) and not done (failed, missing or invalid): what a
/// grade's `tasks_done` and `tasks_not_done` read. Counted beside a unit's
/// [`Tally`], not in it: no report shows them, and a unit's result and the
/// totals a summary keeps per unit stay as small as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TaskCounts {
    pub done: usize,
    pub not_done: usize,
}

impl TaskCounts {
    /// Counts one target's status if it is a task's.
    pub fn count(&mut self, kind: TargetKind, status: Status) {
        if kind != TargetKind::Task {
            return;
        }
        // A task always has its due date for a condition, so is never only
        // tracked; were it, it would count in neither, as a tracked target
        // counts in neither `met` nor `not_met`.
        match status {
            // Not due yet: neither done nor left undone.
            Status::Tracked | Status::NotDue => {}
            s if s.is_met() => self.done += 1,
            _ => self.not_done += 1,
        }
    }
}

/// A unit's grade, as reports show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnitGrade<S> {
    /// The plan declares no grades: reports show none of them.
    #[default]
    Ungraded,
    /// No grade's condition holds (or the unit was not scored).
    None,
    /// The unit's maximum is not known (a maximum from the data is missing
    /// or unusable): no grade can be given, whatever its points.
    MaxUnknown,
    Named(S),
}

impl<S: AsRef<str>> UnitGrade<S> {
    /// Whether the plan grades its units.
    pub fn graded(&self) -> bool {
        !matches!(self, UnitGrade::Ungraded)
    }

    /// The grade's name, if the unit has one.
    pub fn name(&self) -> Option<&str> {
        match self {
            UnitGrade::Named(name) => Some(name.as_ref()),
            _ => None,
        }
    }

    pub fn as_deref(&self) -> UnitGrade<&str> {
        match self {
            UnitGrade::Ungraded => UnitGrade::Ungraded,
            UnitGrade::None => UnitGrade::None,
            UnitGrade::MaxUnknown => UnitGrade::MaxUnknown,
            UnitGrade::Named(name) => UnitGrade::Named(name.as_ref()),
        }
    }
}

impl UnitGrade<&str> {
    pub fn owned(self) -> UnitGrade<String> {
        match self {
            UnitGrade::Ungraded => UnitGrade::Ungraded,
            UnitGrade::None => UnitGrade::None,
            UnitGrade::MaxUnknown => UnitGrade::MaxUnknown,
            UnitGrade::Named(name) => UnitGrade::Named(name.to_string()),
        }
    }
}

/// The first grade of `grades` that holds for `tally` and the unit's
/// `tasks`. The total and the percentage are compared exactly: a unit whose
/// points are 49.99…% of its maximum, however many digits it takes to tell,
/// is below `>= 50%`.
pub fn grade_of<'g>(grades: &'g [Grade], tally: &Tally, tasks: TaskCounts) -> UnitGrade<&'g str> {
    if grades.is_empty() {
        return UnitGrade::Ungraded;
    }
    // A total of a maximum that is not known is of a smaller one: it would
    // grade a unit that left a maximum out above a complete one.
    if !tally.max_known() {
        return UnitGrade::MaxUnknown;
    }
    let counts = GradeCounts {
        // Read only by the tests of the total, which are decided here.
        points: Decimal::ZERO,
        max_points: Decimal::ZERO,
        // As `Status::is_met` has it: a target that only scores is met. One
        // only tracked counts in neither: it is shown, never scored.
        met: tally.pass + tally.not_applicable + tally.scored as usize,
        not_met: tally.fail + tally.missing + tally.invalid,
        missing: tally.missing,
        tasks_done: tasks.done,
        tasks_not_done: tasks.not_done,
    };
    let holds = |test: &GradeTest| match test.quantity {
        Quantity::Points => contains(test.accepts, &tally.points),
        // A unit whose maximum is 0 has no percentage: such a test does not
        // hold. Bounds are fractions (80% is 0.8).
        Quantity::Percent => {
            tally.max_points > Exact::ZERO
                && tally
                    .points
                    .checked_div(&tally.max_points)
                    .is_some_and(|share| contains(test.accepts, &share))
        }
        _ => test.holds(&counts),
    };
    let grade = grades
        .iter()
        .find(|g| g.any_of.iter().any(|all| all.iter().all(holds)));
    match grade {
        Some(grade) => UnitGrade::Named(&grade.name),
        None => UnitGrade::None,
    }
}

/// The grade of a unit that was not scored: none, on a plan that grades.
pub fn unscored(grades: &[Grade]) -> UnitGrade<String> {
    if grades.is_empty() {
        UnitGrade::Ungraded
    } else {
        UnitGrade::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only tasks count; done as `met` counts a status, not done as
    /// `not_met` does.
    #[test]
    fn tasks_are_counted_as_met_counts_them() {
        let mut tasks = TaskCounts::default();
        for status in [Status::Pass, Status::NotApplicable] {
            tasks.count(TargetKind::Task, status);
        }
        for status in [Status::Fail, Status::Missing, Status::Invalid] {
            tasks.count(TargetKind::Task, status);
        }
        tasks.count(TargetKind::Target, Status::Fail);
        tasks.count(TargetKind::Target, Status::Pass);
        assert_eq!(
            tasks,
            TaskCounts {
                done: 2,
                not_done: 3
            }
        );
    }
}
