//! The set of values a condition accepts, as an interval: to find targets
//! that repeat or contradict each other, and to tell a stricter threshold from
//! a looser one.

use rust_decimal::Decimal;

use crate::check::model::Period;
use crate::syntax::ast::{CmpOp, Condition, Literal};

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

    /// Whether no value lies in both.
    pub fn disjoint(self, other: Interval) -> bool {
        let low = tighter(self.low, other.low, |a, b| a > b);
        let high = tighter(self.high, other.high, |a, b| a < b);
        match (low, high) {
            (Some(l), Some(h)) => {
                l.value > h.value || (l.value == h.value && !(l.inclusive && h.inclusive))
            }
            _ => false,
        }
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

/// The intervals of an old and a new condition, made comparable: a condition
/// on dates is judged relative to the start of its plan's period, so a
/// deadline one month into 2025-H2 equals one a month into 2026-H1.
pub fn comparable(
    old: &Condition,
    old_period: Option<Period>,
    new: &Condition,
    new_period: Option<Period>,
) -> Option<(Interval, Interval)> {
    let (a, b) = (Interval::of(old)?, Interval::of(new)?);
    let shift = match (on_dates(old) && on_dates(new), old_period, new_period) {
        (true, Some(before), Some(after)) => Decimal::from((after.start - before.start).num_days()),
        _ => Decimal::ZERO,
    };
    Some((a.shifted(shift), b))
}

pub fn on_dates(condition: &Condition) -> bool {
    match condition {
        Condition::Compare(_, v) => matches!(v.node, Literal::Date(_)),
        Condition::Range(low, _) => matches!(low.node, Literal::Date(_)),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at_least(v: i64, inclusive: bool) -> Interval {
        Interval {
            low: Some(Bound {
                value: Decimal::from(v),
                inclusive,
            }),
            high: None,
        }
    }

    #[test]
    fn raising_a_lower_bound_narrows() {
        assert!(at_least(97, true).within(at_least(95, true)));
        assert!(!at_least(95, true).within(at_least(97, true)));
        assert!(at_least(95, false).within(at_least(95, true)));
    }
}
