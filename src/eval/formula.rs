//! The value of a metric for one unit: as reported, or computed from its
//! formula with exact decimals. The plan's metrics are numbered once
//! ([`Metrics`]), so evaluating a unit looks nothing up by name and writes no
//! text: why a value is missing is a [`Note`], put into words only where a
//! report shows it.

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use super::result::Why;
use crate::check::model::CheckedPlan;
use crate::limits::MAX_NESTING;
use crate::measure::value::Value;
use crate::span::Spanned;
use crate::syntax::ast::{BinOp, Expr, Literal, MetricType};

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

/// Why a metric has no usable value; the metric by its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    NotReported(usize),
    ReportedNotApplicable(usize),
    CannotBeUsed(usize),
    /// A division by zero; the divisor when it is a metric.
    ZeroDivisor(Option<usize>),
    UnusableLiteral,
    NeedsNumbers,
    TooLarge,
    /// The value's kind does not fit the threshold's.
    CannotCompare,
    /// A computed value, rounded to the decimal's 28 digits on the way,
    /// lies too close to a threshold or tier limit to tell on which side
    /// its exact value is.
    Inexact,
}

/// A metric's value for one unit, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Value(Value),
    /// A number computed with rounding (a quotient such as 2/3, a product
    /// with more than 28 decimals): the exact value lies within the second
    /// of the first.
    Approximate(Decimal, Decimal),
    Missing(Note),
    NotApplicable(Note),
    Invalid(Note),
}

/// A formula with its metrics numbered.
#[derive(Debug)]
enum Formula {
    Metric(usize),
    Number(Decimal),
    Unusable,
    Neg(Box<Formula>),
    Binary(Box<Formula>, BinOp, Box<Formula>),
}

/// The plan's metrics by number: names, types, formulas, and the metric of
/// each target.
pub struct Metrics<'p> {
    pub plan: &'p CheckedPlan,
    index: FxHashMap<&'p str, usize>,
    names: Vec<&'p str>,
    types: Vec<Option<MetricType>>,
    formulas: Vec<Option<Formula>>,
    /// The metric of each of the plan's targets, by the same index.
    target_metrics: Vec<Option<usize>>,
    /// The points of the targets before each, summed in plan order: the
    /// maximum of a unit that excludes none of them.
    max_before: Vec<Decimal>,
}

impl<'p> Metrics<'p> {
    pub fn new(plan: &'p CheckedPlan) -> Self {
        let names: Vec<&str> = plan.metrics.keys().map(String::as_str).collect();
        let index: FxHashMap<&str, usize> =
            names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let formulas = plan
            .metrics
            .values()
            .map(|m| m.formula.as_ref().map(|f| compile(f, &index, 0)))
            .collect();
        let target_metrics = plan
            .targets
            .iter()
            .map(|t| index.get(t.metric.as_str()).copied())
            .collect();
        let mut max_before = vec![Decimal::ZERO];
        let mut sum = Decimal::ZERO;
        for target in &plan.targets {
            if !target.points.is_zero() {
                sum += target.points;
            }
            max_before.push(sum);
        }
        Metrics {
            plan,
            max_before,
            types: plan.metrics.values().map(|m| m.ty).collect(),
            index,
            names,
            formulas,
            target_metrics,
        }
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The points of the plan's targets before target number `target`.
    pub fn max_before(&self, target: usize) -> Decimal {
        self.max_before.get(target).copied().unwrap_or_default()
    }

    /// The number of the metric called `name`.
    pub fn number(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    pub fn name(&self, metric: usize) -> &'p str {
        self.names.get(metric).copied().unwrap_or("")
    }

    /// The metric's type; `None` when unknown (only in a plan with errors).
    pub fn ty(&self, metric: usize) -> Option<MetricType> {
        self.types.get(metric).copied().flatten()
    }

    /// The outcome of target number `target` for a unit's slots (by metric
    /// number).
    pub fn target_outcome(&self, target: usize, slots: &[Option<Slot>]) -> Outcome {
        match self.target_metrics.get(target).copied().flatten() {
            Some(metric) => self.metric(metric, slots, 0),
            // Unreachable for a checked plan: every target's metric is known.
            None => Outcome::Invalid(Note::UnusableLiteral),
        }
    }

    fn metric(&self, metric: usize, slots: &[Option<Slot>], depth: usize) -> Outcome {
        match slots.get(metric).and_then(Option::as_ref) {
            Some(Slot::Value(v)) => return Outcome::Value(*v),
            Some(Slot::NotApplicable) => {
                return Outcome::NotApplicable(Note::ReportedNotApplicable(metric))
            }
            Some(Slot::Invalid) => return Outcome::Invalid(Note::CannotBeUsed(metric)),
            Some(Slot::Empty) | None => {}
        }
        match self.formulas.get(metric).and_then(Option::as_ref) {
            // A checked plan has no cycles; the depth bound is a second guard.
            Some(formula) if depth <= MAX_NESTING => self.formula(formula, slots, depth + 1),
            _ => Outcome::Missing(Note::NotReported(metric)),
        }
    }

    fn formula(&self, formula: &Formula, slots: &[Option<Slot>], depth: usize) -> Outcome {
        match formula {
            Formula::Metric(m) => self.metric(*m, slots, depth),
            Formula::Number(v) => Outcome::Value(Value::Number(*v)),
            Formula::Unusable => Outcome::Invalid(Note::UnusableLiteral),
            Formula::Neg(inner) => match self.formula(inner, slots, depth + 1) {
                Outcome::Value(Value::Number(v)) => Outcome::Value(Value::Number(-v)),
                Outcome::Approximate(v, error) => Outcome::Approximate(-v, error),
                Outcome::Value(_) => Outcome::Invalid(Note::NeedsNumbers),
                other => other,
            },
            Formula::Binary(left, op, right) => {
                let l = self.formula(left, slots, depth + 1);
                let r = self.formula(right, slots, depth + 1);
                let ((l, l_error), (r, r_error)) = match (number(&l), number(&r)) {
                    (Some(l), Some(r)) => (l, r),
                    _ => return worst(l, r),
                };
                if *op == BinOp::Div && r.is_zero() {
                    // A divisor that is only nearly zero might not be zero.
                    if !r_error.is_zero() {
                        return Outcome::Invalid(Note::Inexact);
                    }
                    let divisor = match **right {
                        Formula::Metric(m) => Some(m),
                        _ => None,
                    };
                    return Outcome::NotApplicable(Note::ZeroDivisor(divisor));
                }
                super::exact::apply(*op, (l, l_error), (r, r_error))
            }
        }
    }

    /// The note with the metrics it names.
    pub fn why(&self, note: Note) -> Why {
        let name = |m: usize| self.name(m).to_string();
        match note {
            Note::NotReported(m) => Why::NotReported(name(m)),
            Note::ReportedNotApplicable(m) => Why::ReportedNotApplicable(name(m)),
            Note::CannotBeUsed(m) => Why::CannotBeUsed(name(m)),
            Note::ZeroDivisor(divisor) => Why::ZeroDivisor(divisor.map(name)),
            Note::UnusableLiteral => Why::UnusableLiteral,
            Note::NeedsNumbers => Why::NeedsNumbers,
            Note::TooLarge => Why::TooLarge,
            Note::CannotCompare => Why::CannotCompare,
            Note::Inexact => Why::Inexact,
        }
    }
}

/// A formula with names replaced by numbers; a name the plan does not know
/// (only in a plan with errors) leaves the formula unusable. Nesting is bounded
/// by the checker; the depth bound is a second guard.
fn compile(expr: &Spanned<Expr>, index: &FxHashMap<&str, usize>, depth: usize) -> Formula {
    if depth > MAX_NESTING {
        return Formula::Unusable;
    }
    match &expr.node {
        Expr::Metric(name) => index
            .get(name.as_str())
            .map_or(Formula::Unusable, |m| Formula::Metric(*m)),
        Expr::Literal(literal) => literal_value(literal).map_or(Formula::Unusable, Formula::Number),
        Expr::Neg(inner) => Formula::Neg(Box::new(compile(inner, index, depth + 1))),
        Expr::Binary(left, op, right) => Formula::Binary(
            Box::new(compile(left, index, depth + 1)),
            *op,
            Box::new(compile(right, index, depth + 1)),
        ),
    }
}

/// A number outcome and the bound of its error (zero when exact).
fn number(outcome: &Outcome) -> Option<(Decimal, Decimal)> {
    match outcome {
        Outcome::Value(Value::Number(v)) => Some((*v, Decimal::ZERO)),
        Outcome::Approximate(v, error) => Some((*v, *error)),
        _ => None,
    }
}

/// Of two operands that are not both numbers, the one that decides: an
/// unusable value over a missing one over a not-applicable one.
fn worst(l: Outcome, r: Outcome) -> Outcome {
    let rank = |o: &Outcome| match o {
        Outcome::Invalid(_) => 3,
        Outcome::Missing(_) => 2,
        Outcome::NotApplicable(_) => 1,
        Outcome::Value(Value::Number(_)) | Outcome::Approximate(..) => 0,
        Outcome::Value(_) => 4,
    };
    let pick = if rank(&l) >= rank(&r) { l } else { r };
    match pick {
        Outcome::Value(_) => Outcome::Invalid(Note::NeedsNumbers),
        other => other,
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
