//! A derived metric's formula, compiled once by the checker: metrics by id,
//! numbers as exact decimals.

use rust_decimal::Decimal;

use super::MetricId;
use crate::index::IndexVec;
use crate::syntax::ast::BinOp;

#[derive(Debug, Clone, PartialEq)]
pub struct Formula {
    pub term: Term,
    /// In one canonical spelling (`fmt`'s), for display and to tell whether
    /// a formula changed.
    pub text: String,
    /// Whether the plan states the type of its result (`metric x: ratio =
    /// a / b`) rather than leaving it to the formula (`metric x = a / b`).
    pub type_stated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    Metric(MetricId),
    Number(Decimal),
    /// What cannot take part in arithmetic (a date, a yes/no value, a value
    /// that could not be read): only in a plan with errors.
    Invalid,
    Neg(Box<Term>),
    Binary(Box<Term>, BinOp, Box<Term>),
    /// The largest of two or more values.
    Max(Vec<Term>),
    /// The smallest of two or more values.
    Min(Vec<Term>),
    /// A value to a number of decimal places (at most
    /// [`crate::check::problem::MAX_ROUND_PLACES`]), half away from zero.
    Round(Box<Term>, u32),
    /// The first alternative that is not "not applicable" (`a else b`).
    Else(Vec<Term>),
    /// A call the checker refused (a function there is not, the wrong
    /// number of arguments), its arguments kept for the metrics they name:
    /// only in a plan with errors.
    Refused(Vec<Term>),
}

impl Term {
    /// Adds the metrics it names to `out`, in the order written. Formulas
    /// are walked with a list, not recursion, here and wherever their depth
    /// is not bounded by the walk itself.
    pub fn metrics(&self, out: &mut Vec<MetricId>) {
        let mut pending = vec![self];
        while let Some(term) = pending.pop() {
            match term {
                Term::Metric(m) => out.push(*m),
                Term::Number(_) | Term::Invalid => {}
                Term::Neg(inner) | Term::Round(inner, _) => pending.push(inner),
                Term::Binary(left, _, right) => {
                    pending.push(right);
                    pending.push(left);
                }
                Term::Max(terms) | Term::Min(terms) | Term::Else(terms) | Term::Refused(terms) => {
                    pending.extend(terms.iter().rev());
                }
            }
        }
    }

    /// The metrics it names given new ids.
    pub(in crate::check) fn renumber(&mut self, new_of: &IndexVec<MetricId, MetricId>) {
        let mut pending = vec![self];
        while let Some(term) = pending.pop() {
            match term {
                Term::Metric(m) => *m = *new_of.at(*m),
                Term::Number(_) | Term::Invalid => {}
                Term::Neg(inner) | Term::Round(inner, _) => pending.push(inner),
                Term::Binary(left, _, right) => {
                    pending.push(right);
                    pending.push(left);
                }
                Term::Max(terms) | Term::Min(terms) | Term::Else(terms) | Term::Refused(terms) => {
                    pending.extend(terms)
                }
            }
        }
    }
}
