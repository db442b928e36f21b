//! The value of a metric for one unit: as reported, or computed from its
//! formula with exact decimals.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::check::model::CheckedPlan;
use crate::limits::MAX_NESTING;
use crate::measure::value::Value;
use crate::span::Spanned;
use crate::syntax::ast::{BinOp, Expr, Literal};

/// A reported metric, as far as the evaluator is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    Value(Value),
    NotApplicable,
    /// Reported but unusable; a diagnostic says why.
    Invalid,
    /// Reported empty.
    Empty,
}

/// A metric's value for one unit, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Value(Value),
    Missing(String),
    NotApplicable(String),
    Invalid(String),
}

/// Where the reported metrics of one unit are kept.
pub trait Slots {
    fn slot(&self, name: &str) -> Option<&Slot>;
}

impl Slots for BTreeMap<String, Slot> {
    fn slot(&self, name: &str) -> Option<&Slot> {
        self.get(name)
    }
}

pub struct Values<'a> {
    pub plan: &'a CheckedPlan,
    pub slots: &'a dyn Slots,
}

impl Values<'_> {
    pub fn metric(&self, name: &str) -> Outcome {
        self.metric_at(name, 0)
    }

    fn metric_at(&self, name: &str, depth: usize) -> Outcome {
        match self.slots.slot(name) {
            Some(Slot::Value(v)) => return Outcome::Value(*v),
            Some(Slot::NotApplicable) => {
                return Outcome::NotApplicable(format!("`{name}` is reported as not applicable"))
            }
            Some(Slot::Invalid) => return Outcome::Invalid(format!("`{name}` cannot be used")),
            Some(Slot::Empty) | None => {}
        }
        let formula = self.plan.metrics.get(name).and_then(|m| m.formula.as_ref());
        match formula {
            // A checked plan has no cycles; the depth bound is a second guard.
            Some(formula) if depth <= MAX_NESTING => self.expr(formula, depth + 1),
            _ => Outcome::Missing(format!("`{name}` is not reported")),
        }
    }

    fn expr(&self, expr: &Spanned<Expr>, depth: usize) -> Outcome {
        match &expr.node {
            Expr::Metric(name) => self.metric_at(name, depth),
            Expr::Literal(literal) => match literal_value(literal) {
                Some(v) => Outcome::Value(Value::Number(v)),
                None => Outcome::Invalid("the formula has an unusable literal".to_string()),
            },
            Expr::Neg(inner) => match self.expr(inner, depth + 1) {
                Outcome::Value(Value::Number(v)) => Outcome::Value(Value::Number(-v)),
                Outcome::Value(_) => Outcome::Invalid("the formula needs numbers".to_string()),
                other => other,
            },
            Expr::Binary(left, op, right) => {
                let l = self.expr(left, depth + 1);
                let r = self.expr(right, depth + 1);
                let (l, r) = match (l, r) {
                    (Outcome::Value(Value::Number(l)), Outcome::Value(Value::Number(r))) => (l, r),
                    (l, r) => return worst(l, r),
                };
                let computed = match op {
                    BinOp::Add => l.checked_add(r),
                    BinOp::Sub => l.checked_sub(r),
                    BinOp::Mul => l.checked_mul(r),
                    BinOp::Div if r.is_zero() => {
                        return Outcome::NotApplicable(format!(
                            "`{}` is 0, so there is nothing to measure",
                            describe(right)
                        ))
                    }
                    BinOp::Div => l.checked_div(r),
                };
                match computed {
                    Some(v) => Outcome::Value(Value::Number(v)),
                    None => Outcome::Invalid("the formula's result is too large".to_string()),
                }
            }
        }
    }
}

/// Of two operands that are not both numbers, the one that decides: an
/// unusable value over a missing one over a not-applicable one.
fn worst(l: Outcome, r: Outcome) -> Outcome {
    let rank = |o: &Outcome| match o {
        Outcome::Invalid(_) => 3,
        Outcome::Missing(_) => 2,
        Outcome::NotApplicable(_) => 1,
        Outcome::Value(Value::Number(_)) => 0,
        Outcome::Value(_) => 4,
    };
    let pick = if rank(&l) >= rank(&r) { l } else { r };
    match pick {
        Outcome::Value(_) => Outcome::Invalid("the formula needs numbers".to_string()),
        other => other,
    }
}

fn describe(expr: &Spanned<Expr>) -> String {
    match &expr.node {
        Expr::Metric(name) => name.clone(),
        _ => "the divisor".to_string(),
    }
}

pub fn literal_value(literal: &Literal) -> Option<Decimal> {
    match literal {
        Literal::Number(d) | Literal::Percent(d) | Literal::Minutes(d) | Literal::Money(d) => {
            Some(*d)
        }
        _ => None,
    }
}
