//! Targets on one metric that repeat or contradict each other.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::Checker;
use crate::diagnostic::{Code, Diagnostic};
use crate::syntax::ast::{CmpOp, Condition, Literal};

/// One end of the set of values a condition accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Bound {
    value: Decimal,
    inclusive: bool,
}

/// The values a condition accepts: `None` ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Interval {
    low: Option<Bound>,
    high: Option<Bound>,
}

impl Interval {
    fn of(condition: &Condition) -> Option<Interval> {
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
    fn disjoint(self, other: Interval) -> bool {
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

impl Checker<'_> {
    pub(super) fn check_consistency(&mut self) {
        // Only targets on the same metric can clash: group them first.
        let mut by_metric: BTreeMap<&str, Vec<(usize, Interval)>> = BTreeMap::new();
        for (i, target) in self.plan.targets.iter().enumerate() {
            if !self.condition_ok.get(i).copied().unwrap_or(false) {
                continue;
            }
            if let Some(interval) = Interval::of(&target.condition) {
                by_metric
                    .entry(target.metric.as_str())
                    .or_default()
                    .push((i, interval));
            }
        }
        let mut found = Vec::new();
        for targets in by_metric.values() {
            found.extend(
                clashes(targets)
                    .into_iter()
                    .filter_map(|(i, j, code)| self.clash(i, j, code)),
            );
        }
        self.diagnostics.extend(found);
    }

    /// The diagnostic for a later target `j` that repeats or contradicts an
    /// earlier target `i`.
    fn clash(&self, i: usize, j: usize, code: Code) -> Option<Diagnostic> {
        let (earlier, later) = (self.plan.targets.get(i)?, self.plan.targets.get(j)?);
        let metric = &later.metric;
        Some(if code == Code::DuplicateTarget {
            Diagnostic::new(
                code,
                later.span,
                format!("this target repeats `{}` on `{metric}`", earlier.id),
            )
            .with_label("same condition as an earlier target")
            .with_related(earlier.span, "first written here")
            .with_hint("remove one of them; their points would count twice")
        } else {
            Diagnostic::new(
                code,
                later.span,
                format!(
                    "no value of `{metric}` can meet both `{}` and `{}`",
                    earlier.expected, later.expected
                ),
            )
            .with_label("contradicts an earlier target")
            .with_related(earlier.span, "earlier target")
            .with_hint("correct one of the thresholds")
        })
    }
}

/// For each target of one metric (in order) that repeats or contradicts an
/// earlier one, the pair and the code; at most one per target. Linear in the
/// number of targets: a target contradicts some earlier one exactly when it
/// misses the earlier one whose upper end is lowest or whose lower end is
/// highest.
fn clashes(targets: &[(usize, Interval)]) -> Vec<(usize, usize, Code)> {
    let mut seen: BTreeMap<Interval, usize> = BTreeMap::new();
    let mut lowest_high: Option<(Bound, usize, Interval)> = None;
    let mut highest_low: Option<(Bound, usize, Interval)> = None;
    let mut out = Vec::new();
    for &(j, interval) in targets {
        if let Some(&i) = seen.get(&interval) {
            out.push((i, j, Code::DuplicateTarget));
            continue;
        }
        let conflict = [lowest_high, highest_low]
            .into_iter()
            .flatten()
            .find(|(_, _, earlier)| earlier.disjoint(interval));
        if let Some((_, i, _)) = conflict {
            out.push((i, j, Code::Contradiction));
        }
        seen.insert(interval, j);
        if let Some(high) = interval.high {
            if lowest_high.is_none_or(|(b, _, _)| tighter_high(high, b)) {
                lowest_high = Some((high, j, interval));
            }
        }
        if let Some(low) = interval.low {
            if highest_low.is_none_or(|(b, _, _)| tighter_low(low, b)) {
                highest_low = Some((low, j, interval));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether upper bound `a` admits less than `b`: `< 5` is tighter than `<= 5`.
fn tighter_high(a: Bound, b: Bound) -> bool {
    a.value < b.value || (a.value == b.value && !a.inclusive && b.inclusive)
}

/// Whether lower bound `a` admits less than `b`: `> 5` is tighter than `>= 5`.
fn tighter_low(a: Bound, b: Bound) -> bool {
    a.value > b.value || (a.value == b.value && !a.inclusive && b.inclusive)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(low: Option<(i64, bool)>, high: Option<(i64, bool)>) -> Interval {
        let b = |(v, inclusive): (i64, bool)| Bound {
            value: Decimal::from(v),
            inclusive,
        };
        Interval {
            low: low.map(b),
            high: high.map(b),
        }
    }

    #[test]
    fn exclusive_bounds_win_ties() {
        // >= 5, > 5, then <= 5: only `> 5` contradicts the last one.
        let targets = [
            (0, iv(Some((5, true)), None)),
            (1, iv(Some((5, false)), None)),
            (2, iv(None, Some((5, true)))),
        ];
        assert_eq!(clashes(&targets), vec![(1, 2, Code::Contradiction)]);
    }

    #[test]
    fn duplicates_and_ranges() {
        let targets = [
            (0, iv(Some((95, true)), Some((100, true)))),
            (1, iv(Some((95, true)), Some((100, true)))),
            (2, iv(None, Some((90, true)))),
            (3, iv(Some((96, true)), None)),
        ];
        assert_eq!(
            clashes(&targets),
            vec![
                (0, 1, Code::DuplicateTarget),
                (0, 2, Code::Contradiction),
                (2, 3, Code::Contradiction)
            ]
        );
    }
}
