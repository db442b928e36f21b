//! Metric declarations, derived metrics' formulas and their cycles, names used
//! without declaration, and declarations nothing uses.

use std::collections::{BTreeMap, BTreeSet};

use super::model::Metric;
use super::problem::{NameProblem, TypeProblem};
use super::types::{self, Dim};
use super::{Checker, Inheritance};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::{Span, Spanned};
use crate::suggest::closest;
use crate::syntax::ast::{BinOp, Expr, Literal, MetricDef, MetricType, Plan, Statement};

/// How far the typing of derived metrics has got.
#[derive(Default)]
struct Progress {
    /// Metrics being typed, innermost last: a name met again closes a cycle.
    stack: Vec<String>,
    done: BTreeMap<String, Option<MetricType>>,
    cycle_reported: BTreeSet<String>,
}

impl<'s> Checker<'s> {
    pub(super) fn collect_metrics(&mut self, tree: &'s Plan) {
        for statement in &tree.statements {
            let Statement::Metric(decl) = &statement.node else {
                continue;
            };
            let name = decl.name.node.clone();
            let inherited = self
                .inherited_metric(&name)
                .then_some(self.extends_at)
                .flatten();
            if let Some(first) = self.declared.get(&name).map(|d| d.name.span).or(inherited) {
                let problem = NameProblem::DuplicateMetric { name };
                self.report(
                    Diagnostic::of(problem, decl.name.span)
                        .with_related(first, RelatedLabel::FirstDeclared),
                );
                continue;
            }
            self.declared.insert(name, decl);
        }
        let mut progress = Progress::default();
        let names: Vec<String> = self.declared.keys().cloned().collect();
        for name in names {
            self.metric_type(&name, &mut progress);
        }
        // A metric whose declaration does not parse is declared, of a type
        // not known.
        for name in &self.unread.metrics {
            if !self.plan.metrics.contains_key(name) {
                let metric = Metric {
                    name: name.clone(),
                    ty: None,
                    label: None,
                    formula: None,
                    declared: true,
                };
                self.plan.metrics.insert(name.clone(), metric);
            }
        }
    }

    /// Whether the plan it extends declares this metric.
    pub(super) fn inherited_metric(&self, name: &str) -> bool {
        match self.inheritance {
            Inheritance::Base(base) => base.metrics.get(name).is_some_and(|m| m.declared),
            _ => false,
        }
    }

    /// Whether this plan, or the one it extends, declares any metric.
    fn declares_metrics(&self) -> bool {
        !self.declared.is_empty()
            || matches!(self.inheritance, Inheritance::Base(base) if base.metrics.values().any(|m| m.declared))
    }

    /// The type of a declared metric, typing its formula first if derived.
    fn metric_type(&mut self, name: &str, progress: &mut Progress) -> Option<MetricType> {
        if let Some(done) = progress.done.get(name) {
            return *done;
        }
        let decl = *self.declared.get(name)?;
        if let Some(at) = progress.stack.iter().position(|n| n == name) {
            self.report_cycle(at, name, decl.name.span, progress);
            return None;
        }
        progress.stack.push(name.to_string());
        let (ty, formula) = match &decl.def {
            MetricDef::Typed(ty) => (Some(ty.node), None),
            MetricDef::Derived(expr, stated) => {
                let computed = self.expr_type(expr, progress);
                (
                    self.stated_type(name, stated.as_ref(), computed),
                    Some(expr.clone()),
                )
            }
            MetricDef::Invalid => (None, None),
        };
        progress.stack.pop();
        progress.done.insert(name.to_string(), ty);
        self.plan.metrics.insert(
            name.to_string(),
            Metric {
                name: name.to_string(),
                ty,
                label: decl.label.as_ref().map(|l| l.node.clone()),
                formula,
                declared: true,
            },
        );
        ty
    }

    /// The type of a derived metric: the one the plan states, if its formula
    /// can give it, else the formula's.
    fn stated_type(
        &mut self,
        name: &str,
        stated: Option<&Spanned<MetricType>>,
        computed: Option<MetricType>,
    ) -> Option<MetricType> {
        let Some(stated) = stated else {
            return computed;
        };
        let computed = computed?;
        if types::fits_stated(stated.node, computed) {
            return Some(stated.node);
        }
        let problem = TypeProblem::FormulaGives {
            name: name.to_string(),
            stated: stated.node,
            computed,
        };
        self.report_at(problem, stated.span);
        None
    }

    fn report_cycle(&mut self, at: usize, name: &str, span: Span, progress: &mut Progress) {
        let members: Vec<String> = progress.stack.iter().skip(at).cloned().collect();
        if members.iter().any(|m| progress.cycle_reported.contains(m)) {
            return;
        }
        progress.cycle_reported.extend(members.iter().cloned());
        let mut cycle = members;
        cycle.push(name.to_string());
        let problem = NameProblem::MetricCycle {
            name: name.to_string(),
            cycle,
        };
        self.report_at(problem, span);
    }

    fn expr_type(&mut self, expr: &Spanned<Expr>, progress: &mut Progress) -> Option<MetricType> {
        match &expr.node {
            Expr::Metric(name) => {
                if self.declared.contains_key(name) {
                    return self.metric_type(name, progress);
                }
                if self.inherited_metric(name) {
                    return self.plan.metrics.get(name).and_then(|m| m.ty);
                }
                if self.unread.metrics.contains(name) {
                    return None;
                }
                self.undeclared(name, expr.span, MetricType::Number);
                self.plan
                    .metrics
                    .entry(name.clone())
                    .or_insert_with(|| undeclared_metric(name, MetricType::Number));
                Some(MetricType::Number)
            }
            Expr::Literal(literal) => types::literal_type(literal),
            Expr::Neg(inner) => {
                let ty = self.expr_type(inner, progress)?;
                self.arith_dim(ty, inner.span)?;
                // A negated share is no share; a negated count no count.
                Some(match ty {
                    MetricType::Ratio => MetricType::Rate,
                    MetricType::Count => MetricType::Number,
                    other => other,
                })
            }
            Expr::Binary(left, op, right) => {
                let l = self.expr_type(left, progress);
                let r = self.expr_type(right, progress);
                if *op == BinOp::Div && is_literal_zero(right) {
                    self.report_at(TypeProblem::DivisionByZero, right.span);
                    return None;
                }
                let (l, r) = (l?, r?);
                let l = types::Operand {
                    ty: l,
                    dim: self.arith_dim(l, left.span)?,
                    literal: literal_number(left),
                };
                let r = types::Operand {
                    ty: r,
                    dim: self.arith_dim(r, right.span)?,
                    literal: literal_number(right),
                };
                match types::combine(*op, l, r) {
                    Ok(ty) => Some(ty),
                    Err(why) => {
                        let problem = TypeProblem::UnitsDoNotCombine {
                            left: l.ty,
                            op: *op,
                            right: r.ty,
                            why,
                        };
                        self.report_at(problem, expr.span);
                        None
                    }
                }
            }
        }
    }

    /// The dimension of an operand, or a diagnostic for a date or yes/no value
    /// in arithmetic.
    fn arith_dim(&mut self, ty: MetricType, span: Span) -> Option<Dim> {
        let dim = types::dim(ty);
        if dim.is_none() {
            self.report_at(TypeProblem::NotInFormula { ty }, span);
        }
        dim
    }

    /// Warns about a metric name that a plan with declarations does not declare.
    /// `likely` is the type the use suggests, for the hint.
    pub(super) fn undeclared(&mut self, name: &str, span: Span, likely: MetricType) {
        if !self.declares_metrics()
            || self.inherited_metric(name)
            || self.unread.metrics.contains(name)
            || self.unread.extends
        {
            return;
        }
        let known: Vec<String> = self
            .plan
            .metrics
            .values()
            .filter(|m| m.declared)
            .map(|m| m.name.clone())
            .chain(self.declared.keys().cloned())
            .collect();
        let problem = NameProblem::UndeclaredMetric {
            name: name.to_string(),
            suggestion: closest(name, known.iter().map(String::as_str)).map(str::to_string),
            likely,
        };
        self.report_at(problem, span);
    }

    /// Warns about declared metrics that no target uses, directly or through a
    /// derived metric.
    pub(super) fn check_unused_metrics(&mut self, tree: &Plan) {
        let mut used: BTreeSet<String> = BTreeSet::new();
        let mut pending: Vec<String> = self.plan.targets.iter().map(|t| t.metric.clone()).collect();
        pending.extend(self.unread.used.iter().cloned());
        while let Some(name) = pending.pop() {
            if !used.insert(name.clone()) {
                continue;
            }
            if let Some(formula) = self
                .plan
                .metrics
                .get(&name)
                .and_then(|m| m.formula.as_ref())
            {
                collect_names(&formula.node, &mut pending);
            }
        }
        for statement in &tree.statements {
            let Statement::Metric(decl) = &statement.node else {
                continue;
            };
            if used.contains(&decl.name.node) {
                continue;
            }
            let problem = NameProblem::UnusedMetric {
                name: decl.name.node.clone(),
            };
            self.report_at(problem, decl.name.span);
        }
    }
}

pub(super) fn undeclared_metric(name: &str, ty: MetricType) -> Metric {
    Metric {
        name: name.to_string(),
        ty: Some(ty),
        label: None,
        formula: None,
        declared: false,
    }
}

fn collect_names(expr: &Expr, out: &mut Vec<String>) {
    match expr {
        Expr::Metric(name) => out.push(name.clone()),
        Expr::Literal(_) => {}
        Expr::Neg(inner) => collect_names(&inner.node, out),
        Expr::Binary(l, _, r) => {
            collect_names(&l.node, out);
            collect_names(&r.node, out);
        }
    }
}

fn is_literal_zero(expr: &Spanned<Expr>) -> bool {
    matches!(&expr.node, Expr::Literal(literal) if literal.as_decimal().is_some_and(|d| d.is_zero()) && !matches!(literal, Literal::Date(_)))
}

/// The number a plain literal operand stands for (`1`, `100%`, `0`).
fn literal_number(expr: &Spanned<Expr>) -> Option<rust_decimal::Decimal> {
    match &expr.node {
        Expr::Literal(Literal::Number(d) | Literal::Percent(d)) => Some(d.normalize()),
        _ => None,
    }
}
