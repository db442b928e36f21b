//! Formulas as methods write them: `max(a, b)`, `min(a, b)`, `round(x, N)`
//! and `a else b`, typed (one type for values that stand for each other;
//! `round` keeps its argument's) and compiled.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::metrics::Progress;
use super::model::Term;
use super::problem::{FormulaProblem, MAX_ROUND_PLACES};
use super::types::{self, Dim};
use super::Checker;
use crate::format::expression;
use crate::span::{Span, Spanned};
use crate::suggest::closest;
use crate::syntax::ast::{Expr, Function, Literal, MetricType};

/// Whether values stand for each other in `max`, `min` or `else`, whose
/// types must agree.
#[derive(Clone, Copy)]
enum Alike {
    Arguments(Function),
    Alternatives,
}

impl<'s> Checker<'s> {
    /// The type of `name(arguments)`; reports a function there is not, the
    /// wrong number of arguments, `round`'s places and arguments of mixed
    /// types.
    pub(super) fn call_type(
        &mut self,
        name: &Spanned<String>,
        arguments: &[Spanned<Expr>],
        span: Span,
        progress: &Progress,
    ) -> Option<MetricType> {
        let Some(function) = Function::named(&name.node) else {
            // Its arguments are typed still, for the names they use.
            for argument in arguments {
                self.expr_type(argument, progress);
            }
            let names = Function::ALL.map(Function::name);
            let suggestion = closest(&name.node, names).and_then(Function::named);
            let problem = FormulaProblem::UnknownFunction {
                name: name.node.clone(),
                suggestion,
            };
            self.report_at(problem, name.span);
            return None;
        };
        if !arity_fits(function, arguments.len()) {
            for argument in arguments {
                self.expr_type(argument, progress);
            }
            let problem = FormulaProblem::Arity {
                function,
                given: arguments.len(),
            };
            self.report_at(problem, span);
            return None;
        }
        match (function, arguments) {
            (Function::Round, [value, places]) => {
                let ty = self.expr_type(value, progress);
                if round_places(places).is_err() {
                    let problem = FormulaProblem::RoundPlaces {
                        written: expression(&places.node),
                    };
                    self.report_at(problem, places.span);
                    return None;
                }
                let ty = ty?;
                self.arith_dim(ty, value.span)?;
                Some(ty)
            }
            (Function::Baseline, [argument]) => self.baseline_type(argument, progress),
            _ => self.alike_type(arguments, Alike::Arguments(function), progress),
        }
    }

    /// The type of `a else b else c`: its alternatives' one type.
    pub(super) fn else_type(
        &mut self,
        alternatives: &[Spanned<Expr>],
        progress: &Progress,
    ) -> Option<MetricType> {
        self.alike_type(alternatives, Alike::Alternatives, progress)
    }

    /// The one type of values that stand for each other: a plain number
    /// written (`0`, `1`) fits any type of its dimension, and `0` any type
    /// at all; a share and a rate are a rate; a number of no particular kind
    /// beside a count or a share is a number. Reports the first value whose
    /// type differs.
    fn alike_type(
        &mut self,
        values: &[Spanned<Expr>],
        alike: Alike,
        progress: &Progress,
    ) -> Option<MetricType> {
        let mut typed = Vec::with_capacity(values.len());
        let mut known = true;
        for value in values {
            let ty = self.expr_type(value, progress);
            let dim = ty.and_then(|ty| self.arith_dim(ty, value.span));
            match (ty, dim) {
                (Some(ty), Some(dim)) => typed.push((value, ty, dim)),
                _ => known = false,
            }
        }
        if !known {
            return None;
        }
        // The type of the values not written as plain numbers.
        let mut one: Option<(MetricType, Dim)> = None;
        for &(value, ty, dim) in &typed {
            if plain_number(value).is_some() {
                continue;
            }
            one = match one {
                None => Some((ty, dim)),
                Some((first, first_dim)) => match types::unify(first, ty) {
                    Some(unified) => Some((unified, first_dim)),
                    None => {
                        self.report_differ(alike, first, ty, value.span);
                        return None;
                    }
                },
            };
        }
        let Some((ty, dim)) = one else {
            return Some(MetricType::Number);
        };
        // A plain number beside minutes or money is one of them only if 0.
        for &(value, plain, _) in &typed {
            if dim != Dim::Plain && plain_number(value).is_some_and(|n| !n.is_zero()) {
                self.report_differ(alike, ty, plain, value.span);
                return None;
            }
        }
        Some(ty)
    }

    fn report_differ(&mut self, alike: Alike, first: MetricType, other: MetricType, span: Span) {
        let problem = match alike {
            Alike::Arguments(function) => FormulaProblem::ArgumentsDiffer {
                function,
                first,
                other,
            },
            Alike::Alternatives => FormulaProblem::AlternativesDiffer { first, other },
        };
        self.report_at(problem, span);
    }

    /// A call compiled; what typing refused compiles to an unusable term
    /// (the plan has errors, and is not evaluated).
    pub(super) fn compile_call(&mut self, name: &str, arguments: &[Spanned<Expr>]) -> Term {
        let compiled = |checker: &mut Self| -> Vec<Term> {
            arguments.iter().map(|a| checker.compile(a)).collect()
        };
        match Function::named(name) {
            Some(function) if !arity_fits(function, arguments.len()) => {
                Term::Refused(compiled(self))
            }
            Some(Function::Max) => Term::Max(compiled(self)),
            Some(Function::Min) => Term::Min(compiled(self)),
            Some(Function::Baseline) => match arguments {
                [argument] => self.compile_baseline(argument),
                _ => Term::Refused(compiled(self)),
            },
            Some(Function::Round) => match arguments {
                [value, places] => match round_places(places) {
                    Ok(places) => Term::Round(Box::new(self.compile(value)), places),
                    Err(()) => Term::Refused(compiled(self)),
                },
                _ => Term::Refused(compiled(self)),
            },
            None => Term::Refused(compiled(self)),
        }
    }
}

/// Whether a function takes this many arguments: `max` and `min` two or
/// more, `round` two.
fn arity_fits(function: Function, given: usize) -> bool {
    match function {
        Function::Max | Function::Min => given >= 2,
        Function::Round => given == 2,
        Function::Baseline => given == 1,
    }
}

/// `round`'s decimal places: a whole number from 0 to
/// [`MAX_ROUND_PLACES`], written as a plain number.
fn round_places(places: &Spanned<Expr>) -> Result<u32, ()> {
    let Expr::Literal(Literal::Number(n)) = &places.node else {
        return Err(());
    };
    if !n.fract().is_zero() || n.is_sign_negative() && !n.is_zero() {
        return Err(());
    }
    if *n > Decimal::from(MAX_ROUND_PLACES) {
        return Err(());
    }
    n.to_u32().ok_or(())
}

/// The number a value written as a plain number stands for (`0`, `12`).
fn plain_number(value: &Spanned<Expr>) -> Option<Decimal> {
    match &value.node {
        Expr::Literal(Literal::Number(n)) => Some(*n),
        _ => None,
    }
}
