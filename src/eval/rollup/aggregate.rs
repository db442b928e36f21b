//! A parent's value of one metric from its children's: their sum, largest
//! or smallest, or why there is none. Never an aggregate of some children
//! only: one without a value leaves the parent's missing.

use crate::eval::formula::Slot;
use crate::measure::value::Value;
use crate::syntax::ast::Rollup;

/// What the children's values give a parent.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Aggregate {
    Value(Value),
    /// Every child reported `n/a` (`max` and `min` only: a sum needs every
    /// child's amount, and a count is never `n/a`).
    NotApplicable,
    /// The children without a value, and those whose value cannot be used
    /// (by name, in the register's order).
    Gaps {
        missing: Vec<String>,
        invalid: Vec<String>,
    },
    /// A sum past what a decimal holds.
    TooLarge,
}

/// The `rollup` (`sum`, `max` or `min`; `reported` takes nothing from the
/// children) of the children's slots, each with the child's name.
pub(super) fn aggregate<'a>(
    rollup: Rollup,
    children: impl IntoIterator<Item = (&'a str, Option<&'a Slot>)>,
) -> Aggregate {
    let mut missing = Vec::new();
    let mut invalid = Vec::new();
    let mut so_far: Option<Value> = None;
    let mut too_large = false;
    for (child, slot) in children {
        let value = match slot {
            Some(Slot::Value(value)) => *value,
            // Left out of a largest or smallest value; a sum needs each.
            Some(Slot::NotApplicable) if rollup != Rollup::Sum => continue,
            // A `children_met` share is the parent's own, never rolled up.
            Some(Slot::NotApplicable | Slot::Invalid | Slot::Share { .. }) => {
                invalid.push(child.to_string());
                continue;
            }
            // A child parent's own aggregate left missing by its children.
            Some(Slot::Empty | Slot::Incomplete) | None => {
                missing.push(child.to_string());
                continue;
            }
        };
        so_far = match (so_far, combine(rollup, so_far, value)) {
            (_, Ok(next)) => Some(next),
            (before, Err(Unfit::TooLarge)) => {
                too_large = true;
                before
            }
            (before, Err(Unfit::Kind)) => {
                invalid.push(child.to_string());
                before
            }
        };
    }
    if !missing.is_empty() || !invalid.is_empty() {
        return Aggregate::Gaps { missing, invalid };
    }
    if too_large {
        return Aggregate::TooLarge;
    }
    match so_far {
        Some(value) => Aggregate::Value(value),
        None => Aggregate::NotApplicable,
    }
}

enum Unfit {
    TooLarge,
    /// A value of another kind than those before it (a date among numbers):
    /// the checked plan gives each metric one type, so only a value of a
    /// metric used without declaration can be one.
    Kind,
}

fn combine(rollup: Rollup, so_far: Option<Value>, value: Value) -> Result<Value, Unfit> {
    let Some(before) = so_far else {
        return match (rollup, value) {
            (Rollup::Sum, Value::Number(_)) | (Rollup::Max | Rollup::Min | Rollup::Reported, _) => {
                Ok(value)
            }
            (Rollup::Sum, _) => Err(Unfit::Kind),
        };
    };
    match (rollup, before, value) {
        (Rollup::Sum, Value::Number(a), Value::Number(b)) => {
            a.checked_add(b).map(Value::Number).ok_or(Unfit::TooLarge)
        }
        (Rollup::Max, Value::Number(a), Value::Number(b)) => Ok(Value::Number(a.max(b))),
        (Rollup::Min, Value::Number(a), Value::Number(b)) => Ok(Value::Number(a.min(b))),
        (Rollup::Max, Value::Date(a), Value::Date(b)) => Ok(Value::Date(a.max(b))),
        (Rollup::Min, Value::Date(a), Value::Date(b)) => Ok(Value::Date(a.min(b))),
        _ => Err(Unfit::Kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn n(v: i64) -> Slot {
        Slot::Value(Value::Number(Decimal::from(v)))
    }

    #[test]
    fn a_sum_of_every_child_or_none() {
        let (a, b) = (n(2), n(3));
        let all = aggregate(Rollup::Sum, [("a", Some(&a)), ("b", Some(&b))]);
        assert_eq!(all, Aggregate::Value(Value::Number(Decimal::from(5))));
        let gap = aggregate(Rollup::Sum, [("a", Some(&a)), ("b", None)]);
        assert_eq!(
            gap,
            Aggregate::Gaps {
                missing: vec!["b".into()],
                invalid: vec![]
            }
        );
        let big = Slot::Value(Value::Number(Decimal::MAX));
        let over = aggregate(Rollup::Sum, [("a", Some(&big)), ("b", Some(&big))]);
        assert_eq!(over, Aggregate::TooLarge);
    }

    #[test]
    fn largest_and_smallest_leave_out_what_does_not_apply() {
        let (a, na, b) = (n(2), Slot::NotApplicable, n(7));
        let children = [("a", Some(&a)), ("x", Some(&na)), ("b", Some(&b))];
        assert_eq!(
            aggregate(Rollup::Min, children),
            Aggregate::Value(Value::Number(Decimal::from(2)))
        );
        assert_eq!(
            aggregate(Rollup::Max, children),
            Aggregate::Value(Value::Number(Decimal::from(7)))
        );
        assert_eq!(
            aggregate(Rollup::Max, [("x", Some(&na))]),
            Aggregate::NotApplicable
        );
        // A sum needs each child's amount.
        assert_eq!(
            aggregate(Rollup::Sum, [("a", Some(&a)), ("x", Some(&na))]),
            Aggregate::Gaps {
                missing: vec![],
                invalid: vec!["x".into()]
            }
        );
    }
}
