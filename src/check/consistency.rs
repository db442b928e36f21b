//! Targets on one metric that repeat or contradict each other.

use rust_decimal::Decimal;

use super::Checker;
use crate::diagnostic::{Code, Diagnostic};
use crate::syntax::ast::{CmpOp, Condition, Literal};

/// One end of the set of values a condition accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bound {
    value: Decimal,
    inclusive: bool,
}

/// The values a condition accepts: `None` ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        let bound = |value, inclusive| Some(Bound { value, inclusive });
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
        let mut found = Vec::new();
        let targets = &self.plan.targets;
        for (j, later) in targets.iter().enumerate() {
            for (i, earlier) in targets.iter().enumerate().take(j) {
                if earlier.metric != later.metric {
                    continue;
                }
                let comparable = self.condition_ok.get(i).copied().unwrap_or(false)
                    && self.condition_ok.get(j).copied().unwrap_or(false);
                let (Some(a), Some(b)) = (
                    Interval::of(&earlier.condition),
                    Interval::of(&later.condition),
                ) else {
                    continue;
                };
                if !comparable {
                    continue;
                }
                let metric = &later.metric;
                if a == b {
                    found.push(
                        Diagnostic::new(
                            Code::DuplicateTarget,
                            later.span,
                            format!("this target repeats `{}` on `{metric}`", earlier.id),
                        )
                        .with_label("same condition as an earlier target")
                        .with_related(earlier.span, "first written here")
                        .with_hint("remove one of them; their points would count twice"),
                    );
                    break;
                }
                if a.disjoint(b) {
                    found.push(
                        Diagnostic::new(
                            Code::Contradiction,
                            later.span,
                            format!(
                                "no value of `{metric}` can meet both `{}` and `{}`",
                                earlier.expected, later.expected
                            ),
                        )
                        .with_label("contradicts an earlier target")
                        .with_related(earlier.span, "earlier target")
                        .with_hint("correct one of the thresholds"),
                    );
                }
            }
        }
        self.diagnostics.extend(found);
    }
}
