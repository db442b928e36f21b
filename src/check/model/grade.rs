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
    /// A share of the unit's targets and tasks (`not_met <= 20%`).
    Share(GradeMeasure),
    /// How many of the unit's targets and tasks (`missing == 0`).
    Count(GradeMeasure),
}

impl Quantity {
    /// Whether it reads the unit's total (which a plan without points does
    /// not have).
    pub fn on_total(self) -> bool {
        matches!(self, Quantity::Percent | Quantity::Points)
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
}

impl GradeCounts {
    fn count(&self, measure: GradeMeasure) -> usize {
        match measure {
            GradeMeasure::Met => self.met,
            GradeMeasure::NotMet => self.not_met,
            GradeMeasure::Missing => self.missing,
        }
    }
}

impl GradeTest {
    /// Whether the test holds. A share is compared without dividing (the
    /// part against the bound times the whole), so it is exact; a unit whose
    /// maximum is 0 has no percentage, and one with no targets no shares:
    /// such a test does not hold.
    pub fn holds(&self, counts: &GradeCounts) -> bool {
        match self.quantity {
            Quantity::Points => self.accepts.contains(counts.points),
            Quantity::Percent => share_holds(self.accepts, counts.points, counts.max_points),
            Quantity::Share(measure) => share_holds(
                self.accepts,
                Decimal::from(counts.count(measure)),
                Decimal::from(counts.met + counts.not_met),
            ),
            Quantity::Count(measure) => self.accepts.contains(Decimal::from(counts.count(measure))),
        }
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
}
