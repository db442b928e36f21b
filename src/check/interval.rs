//! The set of values a condition accepts, as an interval: to find targets
//! that repeat or contradict each other, to tell a stricter threshold from
//! a looser one, and to find the values a tier pays for but the target does
//! not accept. Compared in their metric's domain (`check::domain`).

use rust_decimal::Decimal;

use crate::check::domain::Domain;
use crate::check::model::{Period, Threshold};
use crate::syntax::ast::{CmpOp, Condition, Literal, MetricType};

/// One end of the set of values a condition accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Bound {
    pub value: Decimal,
    pub inclusive: bool,
}

/// The values a condition accepts: `None` ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Interval {
    pub low: Option<Bound>,
    pub high: Option<Bound>,
}

impl Interval {
    pub fn of(condition: &Condition) -> Option<Interval> {
        let point = |lit: &Literal| -> Option<Decimal> {
            match lit {
                Literal::Bool(b) => Some(Decimal::from(u8::from(*b))),
                other => other.as_decimal(),
            }
        };
        let bound = |value: Decimal, inclusive| {
            Some(Bound {
                value: value.normalize(),
                inclusive,
            })
        };
        Some(match condition {
            Condition::Compare(op, value) => {
                let v = point(&value.node)?;
                match op.node {
                    CmpOp::Ge => Interval {
                        low: bound(v, true),
                        high: None,
                    },
                    CmpOp::Gt => Interval {
                        low: bound(v, false),
                        high: None,
                    },
                    CmpOp::Le => Interval {
                        low: None,
                        high: bound(v, true),
                    },
                    CmpOp::Lt => Interval {
                        low: None,
                        high: bound(v, false),
                    },
                    CmpOp::Eq => Interval {
                        low: bound(v, true),
                        high: bound(v, true),
                    },
                }
            }
            Condition::Range(low, high) => Interval {
                low: bound(point(&low.node)?, true),
                high: bound(point(&high.node)?, true),
            },
        })
    }

    /// The values a condition on a metric of type `ty` accepts, in the
    /// type's domain: conditions that accept the same values give the same
    /// interval.
    pub fn accepted(condition: &Condition, ty: Option<MetricType>) -> Option<Interval> {
        Some(Interval::of(condition)?.in_domain(Domain::of(ty)))
    }

    /// Whether `value` lies in it.
    pub fn contains(self, value: Decimal) -> bool {
        let above = match self.low {
            Some(low) if low.inclusive => value >= low.value,
            Some(low) => value > low.value,
            None => true,
        };
        let below = match self.high {
            Some(high) if high.inclusive => value <= high.value,
            Some(high) => value < high.value,
            None => true,
        };
        above && below
    }

    /// Whether no value lies in both.
    pub fn disjoint(self, other: Interval) -> bool {
        self.intersect(other).is_empty()
    }

    /// The values both accept.
    pub fn intersect(self, other: Interval) -> Interval {
        Interval {
            low: tighter(self.low, other.low, |a, b| a > b),
            high: tighter(self.high, other.high, |a, b| a < b),
        }
    }

    /// Whether no value lies in it.
    pub fn is_empty(self) -> bool {
        match (self.low, self.high) {
            (Some(l), Some(h)) => {
                l.value > h.value || (l.value == h.value && !(l.inclusive && h.inclusive))
            }
            _ => false,
        }
    }

    /// The values of `self` that none of `others` accepts, in order, each
    /// brought into `domain` (so on a count the values above 12 up to 15 are
    /// `in 13..15`); empty pieces are left out.
    pub fn minus(self, others: &[Interval], domain: Domain) -> Vec<Interval> {
        let mut pieces = vec![self];
        for other in others {
            pieces = pieces
                .into_iter()
                .flat_map(|piece| piece.outside(*other))
                .map(|piece| piece.in_domain(domain))
                .filter(|piece| !piece.is_empty())
                .collect();
        }
        pieces.sort();
        pieces
    }

    /// The parts of `self` below and above `other`.
    fn outside(self, other: Interval) -> Vec<Interval> {
        let flip = |b: Bound| Bound {
            value: b.value,
            inclusive: !b.inclusive,
        };
        let below = other.low.map(|b| Interval {
            low: None,
            high: Some(flip(b)),
        });
        let above = other.high.map(|b| Interval {
            low: Some(flip(b)),
            high: None,
        });
        [below, above]
            .into_iter()
            .flatten()
            .map(|side| self.intersect(side))
            .filter(|piece| !piece.is_empty())
            .collect()
    }
}

/// The stricter of two bounds on the same side.
fn tighter(
    a: Option<Bound>,
    b: Option<Bound>,
    beyond: fn(Decimal, Decimal) -> bool,
) -> Option<Bound> {
    match (a, b) {
        (Some(a), Some(b)) if beyond(a.value, b.value) => Some(a),
        (Some(a), Some(b)) if beyond(b.value, a.value) => Some(b),
        (Some(a), Some(b)) => Some(Bound {
            value: a.value,
            inclusive: a.inclusive && b.inclusive,
        }),
        (a, b) => a.or(b),
    }
}

/// A threshold with the type of the metric it is on and the period of its
/// plan: what it takes to judge which values it accepts.
#[derive(Debug, Clone, Copy)]
pub struct Judged<'c> {
    pub threshold: &'c Threshold,
    pub ty: Option<MetricType>,
    pub period: Option<Period>,
}

/// The intervals of an old and a new condition, made comparable: each in its
/// metric's domain, and a condition on dates judged relative to the start of
/// its plan's period, so a deadline one month into 2025-H2 equals one a month
/// into 2026-H1.
/// When the metric's type changed, the values are compared as plain numbers
/// (the type change is a change of its own).
pub fn comparable(old: Judged, new: Judged) -> Option<(Interval, Interval)> {
    let ty = if old.ty == new.ty { old.ty } else { None };
    let (a, b) = (old.threshold.accepted(ty)?, new.threshold.accepted(ty)?);
    let dates = old.threshold.on_dates() && new.threshold.on_dates();
    let shift = match (dates, old.period, new.period) {
        (true, Some(before), Some(after)) => Decimal::from((after.start - before.start).num_days()),
        _ => Decimal::ZERO,
    };
    Some((a.shifted(shift), b))
}

impl Interval {
    /// The interval moved by `by` (days, for dates).
    pub fn shifted(self, by: Decimal) -> Interval {
        let shift = |b: Option<Bound>| {
            b.map(|b| Bound {
                value: (b.value + by).normalize(),
                inclusive: b.inclusive,
            })
        };
        Interval {
            low: shift(self.low),
            high: shift(self.high),
        }
    }

    /// Whether every value `self` accepts, `other` accepts too.
    pub fn within(self, other: Interval) -> bool {
        if self.is_empty() {
            return true;
        }
        let low_ok = match (self.low, other.low) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(a), Some(b)) => a == b || tighter_low(a, b),
        };
        let high_ok = match (self.high, other.high) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(a), Some(b)) => a == b || tighter_high(a, b),
        };
        low_ok && high_ok
    }
}

/// Whether upper bound `a` admits less than `b`: `< 5` is tighter than `<= 5`.
pub fn tighter_high(a: Bound, b: Bound) -> bool {
    a.value < b.value || (a.value == b.value && !a.inclusive && b.inclusive)
}

/// Whether lower bound `a` admits less than `b`: `> 5` is tighter than `>= 5`.
pub fn tighter_low(a: Bound, b: Bound) -> bool {
    a.value > b.value || (a.value == b.value && !a.inclusive && b.inclusive)
}

/// An interval on whole numbers, for tests: `(value, inclusive)` ends.
#[cfg(test)]
pub(crate) fn test_interval(low: Option<(i64, bool)>, high: Option<(i64, bool)>) -> Interval {
    let bound = |(v, inclusive): (i64, bool)| Bound {
        value: Decimal::from(v),
        inclusive,
    };
    Interval {
        low: low.map(bound),
        high: high.map(bound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_least(v: i64, inclusive: bool) -> Interval {
        test_interval(Some((v, inclusive)), None)
    }

    #[test]
    fn what_a_range_leaves_of_a_wider_one() {
        let domain = Domain::of(Some(MetricType::Count));
        let wide = test_interval(Some((0, true)), Some((20, true)));
        let middle = test_interval(Some((5, true)), Some((10, false)));
        let left = wide.minus(&[middle], domain);
        let ends: Vec<(Decimal, Decimal)> = left
            .iter()
            .filter_map(|i| Some((i.low?.value, i.high?.value)))
            .collect();
        // On a count, below 5 is up to 4 and from 10 on is 10 itself.
        assert_eq!(
            ends,
            vec![
                (Decimal::from(0), Decimal::from(4)),
                (Decimal::from(10), Decimal::from(20))
            ]
        );
        assert!(wide.minus(&[wide], domain).is_empty());
    }

    #[test]
    fn raising_a_lower_bound_narrows() {
        assert!(at_least(97, true).within(at_least(95, true)));
        assert!(!at_least(95, true).within(at_least(97, true)));
        assert!(at_least(95, false).within(at_least(95, true)));
    }
}
