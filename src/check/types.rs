//! Types and units: what a literal is, how formulas combine units, and whether
//! a threshold fits its metric.

use crate::diagnostic::{Code, Diagnostic};
use crate::span::Span;
use crate::syntax::ast::{BinOp, Literal, MetricType};

/// The physical dimension behind a type: like dimensions add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    Plain,
    Minutes,
    Money,
}

/// The dimension of a type usable in arithmetic (`None` for dates and bools).
pub fn dim(ty: MetricType) -> Option<Dim> {
    match ty {
        MetricType::Ratio | MetricType::Count | MetricType::Number => Some(Dim::Plain),
        MetricType::Minutes => Some(Dim::Minutes),
        MetricType::Money => Some(Dim::Money),
        MetricType::Date | MetricType::Bool => None,
    }
}

/// The type of a metric inferred from a literal it is compared with.
pub fn literal_type(literal: &Literal) -> Option<MetricType> {
    Some(match literal {
        Literal::Number(_) => MetricType::Number,
        Literal::Percent(_) => MetricType::Ratio,
        Literal::Minutes(_) => MetricType::Minutes,
        Literal::Money(_) => MetricType::Money,
        Literal::Date(_) => MetricType::Date,
        Literal::Bool(_) => MetricType::Bool,
        Literal::Invalid => return None,
    })
}

pub fn describe(ty: MetricType) -> &'static str {
    match ty {
        MetricType::Ratio => "a ratio",
        MetricType::Count => "a count",
        MetricType::Number => "a number",
        MetricType::Minutes => "a duration in minutes",
        MetricType::Money => "an amount of money",
        MetricType::Date => "a date",
        MetricType::Bool => "a yes/no value",
    }
}

/// Two operands of one kind keep it; plain mixtures become numbers.
pub fn same_kind(a: MetricType, b: MetricType, dim: Dim) -> MetricType {
    match dim {
        Dim::Minutes => MetricType::Minutes,
        Dim::Money => MetricType::Money,
        Dim::Plain if a == b => a,
        Dim::Plain => MetricType::Number,
    }
}

/// The type of `l op r`, or why the units do not combine.
pub fn combine(
    op: BinOp,
    (l, ld): (MetricType, Dim),
    (r, rd): (MetricType, Dim),
) -> Result<MetricType, &'static str> {
    match op {
        BinOp::Add | BinOp::Sub => {
            if ld == rd {
                Ok(same_kind(l, r, ld))
            } else {
                Err("only values of the same unit add up")
            }
        }
        BinOp::Mul => match (ld, rd) {
            (Dim::Plain, Dim::Plain) if l == MetricType::Count && r == MetricType::Count => {
                Ok(MetricType::Count)
            }
            (Dim::Plain, Dim::Plain) => Ok(MetricType::Number),
            (Dim::Plain, _) => Ok(r),
            (_, Dim::Plain) => Ok(l),
            _ => Err("two quantities with units cannot be multiplied"),
        },
        BinOp::Div => match (ld, rd) {
            (Dim::Plain, Dim::Plain) if l == MetricType::Count && r == MetricType::Count => {
                Ok(MetricType::Ratio)
            }
            (Dim::Plain, Dim::Plain) => Ok(MetricType::Number),
            (Dim::Plain, _) => {
                Err("a plain number divided by a quantity with a unit has no meaning here")
            }
            (_, Dim::Plain) => Ok(l),
            (a, b) if a == b => Ok(MetricType::Ratio),
            _ => Err("quantities of different units cannot be divided"),
        },
    }
}

/// Whether a literal can be compared with a metric of type `ty`. `derived`
/// metrics (a quotient such as revenue over estimate) may pass 100%.
pub fn check_literal(
    ty: MetricType,
    literal: &Literal,
    span: Span,
    metric: &str,
    derived: bool,
) -> Option<Diagnostic> {
    let mismatch = |hint: String| {
        Some(
            Diagnostic::new(
                Code::TypeMismatch,
                span,
                format!(
                    "`{metric}` is {} but is compared with {}",
                    describe(ty),
                    literal.describe()
                ),
            )
            .with_label(format!("expected {}", describe(ty)))
            .with_hint(hint),
        )
    };
    let unit_hint = |unit: &str| format!("write the value with its unit, e.g. `15 {unit}`");
    let retype = || {
        format!(
            "compare with {} or declare `{metric}` with another type",
            example(ty)
        )
    };
    match (ty, literal) {
        (_, Literal::Invalid) => None,
        (MetricType::Ratio, Literal::Number(d)) if d.is_sign_negative() || *d > one() => Some(
            Diagnostic::new(
                Code::RatioOutOfRange,
                span,
                format!("`{metric}` is a ratio, but `{d}` is outside 0..1"),
            )
            .with_label("outside 0..100%")
            .with_hint(format!("write a percent (`{d}%`) or a fraction (0..1)")),
        ),
        (MetricType::Ratio, Literal::Percent(p))
            if !derived && (p.is_sign_negative() || *p > one()) =>
        {
            Some(
                Diagnostic::new(
                    Code::RatioOutOfRange,
                    span,
                    format!("`{metric}` is a ratio and can never be outside 0%..100%"),
                )
                .with_label("outside 0..100%")
                .with_hint("a ratio threshold lies between 0% and 100%"),
            )
        }
        (MetricType::Ratio, Literal::Number(_) | Literal::Percent(_)) => None,
        (MetricType::Number, Literal::Number(_) | Literal::Percent(_)) => None,
        (MetricType::Count, Literal::Number(d)) => {
            if d.fract().is_zero() && !d.is_sign_negative() {
                None
            } else {
                Some(
                    Diagnostic::new(
                        Code::CountNotWhole,
                        span,
                        format!("`{metric}` is a count, but `{d}` is not a whole number of things"),
                    )
                    .with_label("not a whole number")
                    .with_hint(format!(
                        "use a whole number, or declare `{metric}` as `number`"
                    )),
                )
            }
        }
        (MetricType::Minutes, Literal::Minutes(_)) => None,
        (MetricType::Minutes, Literal::Number(_)) => mismatch(unit_hint("min")),
        (MetricType::Money, Literal::Money(_)) => None,
        (MetricType::Money, Literal::Number(_)) => mismatch(unit_hint("VND")),
        (MetricType::Date, Literal::Date(_)) => None,
        (MetricType::Bool, Literal::Bool(_)) => None,
        _ => mismatch(retype()),
    }
}

pub fn example(ty: MetricType) -> &'static str {
    match ty {
        MetricType::Ratio => "a percent such as `95%`",
        MetricType::Count => "a whole number such as `10`",
        MetricType::Number => "a number such as `1.5`",
        MetricType::Minutes => "minutes such as `15 min`",
        MetricType::Money => "an amount such as `5000000 VND`",
        MetricType::Date => "a date such as `2025-09-10`",
        MetricType::Bool => "`true` or `false`",
    }
}

fn one() -> rust_decimal::Decimal {
    rust_decimal::Decimal::ONE
}
