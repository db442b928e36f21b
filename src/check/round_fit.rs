//! W0417: a `round STEP` written on a target it does not suit: one that
//! earns no points, a step larger than its maximum (its points round to 0
//! or the maximum, nothing between), or a maximum that is no multiple of
//! the step (full points are not shown as such). Checked on the target as
//! it ends up, written directly or by an `override`, where `round` is
//! written, or at the plan's `default round` for the targets (its own and
//! inherited ones) that round by it; a maximum read from the data is not
//! known here.

use rust_decimal::{Decimal, RoundingStrategy};

use super::model::Target;
use super::problem::{RoundMisfit, ScoringProblem};
use super::Checker;
use crate::span::Span;

impl Checker<'_> {
    /// Warns when the step `target` rounds to, written at `at`, does not
    /// suit its maximum.
    pub(super) fn check_round_fits(&mut self, target: &Target, at: Span) {
        let (Some(step), None) = (target.round, target.points_from) else {
            return;
        };
        let Some(why) = misfit(target.points, step) else {
            return;
        };
        let problem = ScoringProblem::RoundMisfit {
            id: target.name.clone(),
            step,
            why,
        };
        self.report_at(problem, at);
    }
}

/// Why `step` does not suit a maximum of `points`, if it does not.
fn misfit(points: Decimal, step: Decimal) -> Option<RoundMisfit> {
    if points.is_zero() {
        return Some(RoundMisfit::NoPoints);
    }
    let points = points.normalize();
    if step > points {
        let fits = fitting_step(points, points);
        return Some(RoundMisfit::AboveMaximum { points, fits });
    }
    if points.checked_rem(step)?.is_zero() {
        return None;
    }
    // As evaluation shows it: half away from zero, never above the maximum.
    let shown = points
        .checked_div(step)?
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .checked_mul(step)?
        .min(points)
        .normalize();
    let fits = fitting_step(points, step);
    Some(RoundMisfit::NotAMultiple {
        points,
        shown,
        fits,
    })
}

/// The largest usual step no larger than `at_most` that divides `points`
/// (the points' own last decimal place at worst).
fn fitting_step(points: Decimal, at_most: Decimal) -> Decimal {
    const USUAL: [Decimal; 9] = [
        Decimal::from_parts(10, 0, 0, false, 0),
        Decimal::from_parts(5, 0, 0, false, 0),
        Decimal::ONE,
        Decimal::from_parts(5, 0, 0, false, 1),
        Decimal::from_parts(25, 0, 0, false, 2),
        Decimal::from_parts(1, 0, 0, false, 1),
        Decimal::from_parts(5, 0, 0, false, 2),
        Decimal::from_parts(1, 0, 0, false, 2),
        Decimal::from_parts(1, 0, 0, false, 3),
    ];
    USUAL
        .into_iter()
        .filter(|s| *s <= at_most)
        .find(|s| points.checked_rem(*s).is_some_and(|r| r.is_zero()))
        .unwrap_or_else(|| Decimal::new(1, points.scale()))
}

#[cfg(test)]
mod tests {
    use super::{misfit, RoundMisfit};
    use rust_decimal::Decimal;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn a_step_that_divides_the_maximum_fits() {
        assert_eq!(misfit(d("6"), d("0.01")), None);
        assert_eq!(misfit(d("1"), d("0.25")), None);
        assert_eq!(misfit(d("7.5"), d("0.5")), None);
    }

    #[test]
    fn a_step_that_does_not_is_told_with_one_that_does() {
        assert_eq!(
            misfit(d("1"), d("0.3")),
            Some(RoundMisfit::NotAMultiple {
                points: d("1"),
                shown: d("0.9"),
                fits: d("0.25")
            })
        );
        assert_eq!(
            misfit(d("1"), d("7")),
            Some(RoundMisfit::AboveMaximum {
                points: d("1"),
                fits: d("1")
            })
        );
        assert_eq!(misfit(d("0"), d("0.01")), Some(RoundMisfit::NoPoints));
    }
}
