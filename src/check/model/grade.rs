//! Grades of a unit's total (`grade "Tốt" >= 80% and not_met <= 20%`), as
//! evaluation reads them: each test a quantity of the unit's totals and the
//! interval of values it accepts.

use rust_decimal::Decimal;

use crate::check::interval::Interval;
use crate::span::Span;
use crate::syntax::ast::GradeMeasure;

/// One grade of the plan; grades are tried in the order declared.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub name: String,
    /// Where its name is written (in the plan it was inherited from, if it
    /// was).
    pub declared_at: Span,
    /// Alternatives (`or`), each a list of tests that must all hold (`and`).
    pub any_of: Vec<Vec<GradeTest>>,
    /// The condition in its canonical spelling, for display and `diff`.
    pub written: String,
}

/// A test of a grade: the values of one quantity it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GradeTest {
    pub quantity: Quantity,
    /// On the total's share of the maximum and on shares of targets, a
    /// fraction (80% is 0.8); on points and counts, the number.
    pub accepts: Interval,
}

/// What a grade's test compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quantity {
    /// The unit's points as a share of its maximum (`>= 90%`).
    Percent,
    /// The unit's points (`> 90 points`).
    Points,
    /// A share of the unit's targets and tasks (`not_met <= 20%`), or of
    /// its tasks alone (`tasks_done == 100%`).
    Share(GradeMeasure),
    /// How many of the unit's targets and tasks (`missing == 0`), or of its
    /// tasks alone (`tasks_not_done <= 1`).
    Count(GradeMeasure),
}

impl Quantity {
    /// Whether it reads the unit's total (which a plan without points does
    /// not have).
    pub fn on_total(self) -> bool {
        matches!(self, Quantity::Percent | Quantity::Points)
    }

    /// Whether it reads the unit's tasks alone (which a plan without tasks
    /// does not have).
    pub fn on_tasks(self) -> bool {
        matches!(self, Quantity::Share(m) | Quantity::Count(m) if m.of_tasks())
    }
}

impl Grade {
    /// Whether its condition holds for `counts`: one alternative whose
    /// tests all hold.
    pub fn holds(&self, counts: &GradeCounts) -> bool {
        self.any_of
            .iter()
            .any(|all| all.iter().all(|test| test.holds(counts)))
    }
}

/// What a grade reads of a unit's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GradeCounts {
    pub points: Decimal,
    pub max_points: Decimal,
    /// Passed, scored (a target without a condition) or not applicable.
    pub met: usize,
    /// Failed, missing or invalid.
    pub not_met: usize,
    pub missing: usize,
    /// Of the tasks among them, those met (done by the due date, or not
    /// applicable) and those not.
    pub tasks_done: usize,
    pub tasks_not_done: usize,
}

impl GradeCounts {
    fn count(&self, measure: GradeMeasure) -> usize {
        match measure {
            GradeMeasure::Met => self.met,
            GradeMeasure::NotMet => self.not_met,
            GradeMeasure::Missing => self.missing,
            GradeMeasure::TasksDone => self.tasks_done,
            GradeMeasure::TasksNotDone => self.tasks_not_done,
        }
    }

    /// The whole a share of `measure` is of: the targets and tasks, or the
    /// tasks alone.
    fn whole(&self, measure: GradeMeasure) -> usize {
        if measure.of_tasks() {
            self.tasks_done + self.tasks_not_done
        } else {
            self.met + self.not_met
        }
    }
}

impl GradeTest {
    /// Whether the test holds. A share is compared without dividing (the
    /// part against the bound times the whole), so it is exact; a unit whose
    /// maximum is 0 has no percentage, and one with no targets no shares:
    /// such a test does not hold. A plan without tasks leaves none undone:
    /// its units have done 100% of their tasks and left 0% not done, so
    /// "every task done" holds (`check` says so, W0429).
    pub fn holds(&self, counts: &GradeCounts) -> bool {
        match self.quantity {
            Quantity::Points => self.accepts.contains(counts.points),
            Quantity::Percent => share_holds(self.accepts, counts.points, counts.max_points),
            Quantity::Share(measure) if measure.of_tasks() && counts.whole(measure) == 0 => {
                self.accepts.contains(no_tasks_share(measure))
            }
            Quantity::Share(measure) => share_holds(
                self.accepts,
                Decimal::from(counts.count(measure)),
                Decimal::from(counts.whole(measure)),
            ),
            Quantity::Count(measure) => self.accepts.contains(Decimal::from(counts.count(measure))),
        }
    }
}

/// The share of `measure` (one of tasks) in a plan without tasks, as a
/// fraction: none is left undone, so all are done.
pub fn no_tasks_share(measure: GradeMeasure) -> Decimal {
    match measure {
        GradeMeasure::TasksDone => Decimal::ONE,
        _ => Decimal::ZERO,
    }
}

/// Whether `part` is a share of `whole` that `accepts` holds (bounds are
/// fractions), compared as `part` against each bound times `whole`.
fn share_holds(accepts: Interval, part: Decimal, whole: Decimal) -> bool {
    if whole <= Decimal::ZERO {
        return false;
    }
    let scale = |bound: Option<crate::check::interval::Bound>| match bound {
        None => Some(None),
        Some(b) => b.value.checked_mul(whole).map(|value| {
            Some(crate::check::interval::Bound {
                value,
                inclusive: b.inclusive,
            })
        }),
    };
    match (scale(accepts.low), scale(accepts.high)) {
        (Some(low), Some(high)) => Interval { low, high }.contains(part),
        // A bound times a checked plan's points cannot overflow a decimal;
        // were it to, no unit is taken to meet it.
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::interval::Bound;

    fn at_least(value: Decimal, quantity: Quantity) -> GradeTest {
        GradeTest {
            quantity,
            accepts: Interval {
                low: Some(Bound {
                    value,
                    inclusive: true,
                }),
                high: None,
            },
        }
    }

    fn counts(points: i64, max: i64, met: usize, not_met: usize) -> GradeCounts {
        GradeCounts {
            points: Decimal::new(points, 2),
            max_points: Decimal::new(max, 2),
            met,
            not_met,
            missing: 0,
            tasks_done: 0,
            tasks_not_done: 0,
        }
    }

    /// `>= 90%` holds at exactly 90%, not just below it, and never on a
    /// maximum of 0; 2 points of 3 (a quotient that does not end) are at
    /// least 66.66% and less than 66.67%.
    #[test]
    fn shares_are_compared_without_rounding() {
        let ninety = at_least(Decimal::new(9, 1), Quantity::Percent);
        assert!(ninety.holds(&counts(270, 300, 0, 0)));
        assert!(!ninety.holds(&counts(26999, 30000, 0, 0)));
        assert!(!ninety.holds(&counts(0, 0, 0, 0)));
        let two_of_three = counts(200, 300, 0, 0);
        assert!(at_least(Decimal::new(6666, 4), Quantity::Percent).holds(&two_of_three));
        assert!(!at_least(Decimal::new(6667, 4), Quantity::Percent).holds(&two_of_three));
        let all_met = at_least(Decimal::ONE, Quantity::Share(GradeMeasure::Met));
        assert!(all_met.holds(&counts(0, 0, 3, 0)));
        assert!(!all_met.holds(&counts(0, 0, 2, 1)));
        assert!(!all_met.holds(&counts(0, 0, 0, 0)));
    }

    /// `tasks_done` and `tasks_not_done` are shares of the tasks alone,
    /// whatever the targets; with no task, all are done and none is not.
    #[test]
    fn shares_of_tasks_are_of_the_tasks_alone() {
        let every_task = at_least(Decimal::ONE, Quantity::Share(GradeMeasure::TasksDone));
        let none_undone = GradeTest {
            quantity: Quantity::Share(GradeMeasure::TasksNotDone),
            accepts: Interval {
                low: None,
                high: Some(Bound {
                    value: Decimal::ZERO,
                    inclusive: true,
                }),
            },
        };
        let with_tasks = |done, not_done| GradeCounts {
            tasks_done: done,
            tasks_not_done: not_done,
            ..counts(0, 0, 5, 3)
        };
        assert!(every_task.holds(&with_tasks(2, 0)));
        assert!(none_undone.holds(&with_tasks(2, 0)));
        assert!(!every_task.holds(&with_tasks(2, 1)));
        assert!(!none_undone.holds(&with_tasks(2, 1)));
        assert!(every_task.holds(&with_tasks(0, 0)));
        assert!(none_undone.holds(&with_tasks(0, 0)));
        let half = at_least(Decimal::new(5, 1), Quantity::Share(GradeMeasure::TasksDone));
        assert!(half.holds(&with_tasks(1, 1)));
        assert!(!half.holds(&with_tasks(1, 2)));
    }
}
