//! The values a share's formula can give that the plan alone fixes: a
//! fallback (`a / b else 5`), an argument of `max` or `min`, a constant
//! expression. A `ratio` lies within 0..100%, so such a value outside it
//! could only make every unit that reaches it invalid (E0718, blaming the
//! unit's counts); it is refused where the plan writes it (E0315).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::problem::{FormulaProblem, MAX_ROUND_PLACES};
use super::Checker;
use crate::format::expression;
use crate::span::Spanned;
use crate::syntax::ast::{BinOp, Expr, Function, Literal, MetricType};

impl Checker<'_> {
    /// Reports each value fixed by the plan alone that a metric of type
    /// `ty` with this formula can give, where it lies outside 0..100% and
    /// the metric is a share of a whole.
    pub(super) fn check_fixed_branches(
        &mut self,
        name: &str,
        ty: MetricType,
        formula: &Spanned<Expr>,
    ) {
        if ty != MetricType::Ratio {
            return;
        }
        // The places whose value is the formula's: the whole, each
        // alternative of `else`, each argument of `max` and `min`, what
        // `round` rounds. A list, not recursion, as the formula's other walks.
        let mut pending = vec![formula];
        while let Some(expr) = pending.pop() {
            if let Some(value) = constant(expr) {
                if value.is_sign_negative() && !value.is_zero() || value > Decimal::ONE {
                    let problem = FormulaProblem::ConstantOutsideShare {
                        metric: name.to_string(),
                        written: expression(&expr.node),
                        value,
                    };
                    self.report_at(problem, expr.span);
                }
                continue;
            }
            match &expr.node {
                Expr::Else(alternatives) => pending.extend(alternatives.iter().rev()),
                Expr::Call(function, arguments) => match Function::named(&function.node) {
                    Some(Function::Max | Function::Min) => pending.extend(arguments.iter().rev()),
                    Some(Function::Round) => pending.extend(arguments.first()),
                    // A metric's value in an earlier period: nothing fixed.
                    Some(Function::Baseline) | None => {}
                },
                _ => {}
            }
        }
    }
}

/// The exact value of an expression no metric enters (`5`, `1 + 1`,
/// `max(2, 3)`); `None` where a metric enters, a value is not a plain
/// number or a percentage, or the arithmetic has no exact result (a
/// division by zero, an overflow). Recurses over the formula alone, whose
/// depth the parser bounds (E0104).
fn constant(expr: &Spanned<Expr>) -> Option<Decimal> {
    match &expr.node {
        Expr::Literal(Literal::Number(d) | Literal::Percent(d)) => Some(*d),
        Expr::Literal(_) | Expr::Metric(_) => None,
        Expr::Neg(inner) => Some(-constant(inner)?),
        Expr::Binary(left, op, right) => {
            let (a, b) = (constant(left)?, constant(right)?);
            match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                BinOp::Div => a.checked_div(b),
            }
        }
        Expr::Call(function, arguments) => {
            let values: Option<Vec<Decimal>> = arguments.iter().map(constant).collect();
            let values = values?;
            match Function::named(&function.node)? {
                Function::Max => values.into_iter().max(),
                Function::Min => values.into_iter().min(),
                // A metric's value in an earlier period: never fixed.
                Function::Baseline => None,
                Function::Round => {
                    let (value, places) = (values.first()?, values.get(1)?);
                    let places = places.fract().is_zero().then(|| places.to_u32())??;
                    (places <= MAX_ROUND_PLACES).then(|| {
                        value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
                    })
                }
            }
        }
        // The first alternative that applies: a constant always does.
        Expr::Else(alternatives) => constant(alternatives.first()?),
    }
}
