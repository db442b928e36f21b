//! Metric declarations, derived metrics' formulas and their cycles, names used
//! without declaration, and declarations nothing uses.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::model::{Formula, Metric, MetricId, Symbol, Term};
use super::problem::{NameProblem, TypeProblem};
use super::targets::inherited_through;
use super::types::{self, Dim};
use super::{Checker, Inheritance};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::format::expression;
use crate::span::{Span, Spanned};
use crate::syntax::ast::{BinOp, Expr, Literal, MetricDef, MetricType, Plan, Statement};

/// How far the typing of derived metrics has got.
#[derive(Default)]
pub(super) struct Progress<'s> {
    /// Metrics being typed, innermost last: a name met again closes a cycle.
    stack: Vec<&'s str>,
    /// Where each metric being typed stands in `stack`.
    on_stack: FxHashMap<&'s str, usize>,
    /// Per metric on `stack`, the names its formula uses still to be met,
    /// the next last.
    uses: Vec<Vec<&'s str>>,
    done: FxHashMap<&'s str, Option<MetricType>>,
    /// Stretches of `stack` (first and last place) on a cycle reported, in
    /// order: a cycle is reported once, where the first of its metrics is
    /// met again, and told reported in constant time (a metric can close
    /// cycles as often as formulas name it).
    reported: Vec<(usize, usize)>,
}

impl Progress<'_> {
    /// The metric at `place` of the stack is typed: no stretch reported
    /// reaches it any more.
    fn leave(&mut self, place: usize) {
        if let Some(last) = self.reported.last_mut() {
            if last.1 == place {
                if last.0 == place {
                    self.reported.pop();
                } else {
                    last.1 -= 1;
                }
            }
        }
    }
}

impl<'s> Checker<'s> {
    pub(super) fn collect_metrics(&mut self, tree: &'s Plan) {
        self.collect_target_metrics(tree);
        for statement in &tree.statements {
            let Statement::Metric(decl) = &statement.node else {
                continue;
            };
            let name = decl.name.node.clone();
            // One the plan extended declares is shown there, with the
            // `extends` it came through.
            let first = match self.declared.get(&name) {
                Some(first) => Some((first.name.span, None)),
                None => self
                    .inherited_declaration(&name)
                    .map(|at| (at, self.extends_at)),
            };
            if let Some((first, through)) = first {
                let problem = NameProblem::DuplicateMetric { name };
                let diagnostic = Diagnostic::of(problem, decl.name.span)
                    .with_related(first, RelatedLabel::FirstDeclared);
                self.report(inherited_through(diagnostic, through));
                continue;
            }
            self.declared.insert(name, decl);
        }
        let mut progress = Progress::default();
        let names: Vec<&'s str> = self
            .declared
            .values()
            .map(|d| d.name.node.as_str())
            .collect();
        for name in names {
            self.type_metric(name, &mut progress);
        }
        // A metric whose declaration does not parse is declared, of a type
        // not known.
        let unread: Vec<String> = self.unread.metrics.iter().cloned().collect();
        for name in unread {
            if !self.metric_ids.contains_key(&name) {
                self.set_metric(Metric {
                    name,
                    ty: None,
                    label: None,
                    formula: None,
                    declared_at: None,
                    computed_only: false,
                    baseline_of: None,
                    rollup: None,
                    children_met: None,
                });
            }
        }
        self.compile_formulas(tree);
        self.finish_baselines(tree);
    }

    /// Compiles every declared formula, now that every metric named has an
    /// id, and notes where each declaration and formula names a metric.
    fn compile_formulas(&mut self, tree: &'s Plan) {
        for statement in &tree.statements {
            let Statement::Metric(decl) = &statement.node else {
                continue;
            };
            let id = self.metric_id(&decl.name.node, MetricType::Number);
            let first = self
                .declared
                .get(&decl.name.node)
                .is_some_and(|d| std::ptr::eq(*d, decl));
            self.named(Symbol::Metric(id), decl.name.span, first);
            if let (true, MetricDef::Derived(expr, stated)) = (first, &decl.def) {
                let term = self.compile(expr);
                self.plan.metrics.at_mut(id).formula = Some(Formula {
                    term,
                    text: expression(&expr.node),
                    type_stated: stated.is_some(),
                });
            }
        }
    }

    /// A formula with metrics by id and numbers as decimals; notes where it
    /// names metrics. Recurses over the formula alone, whose depth the parser
    /// bounds (E0104: [`crate::limits::MAX_OPERATORS`] operators); any cap
    /// here would change a value that check called clean.
    pub(super) fn compile(&mut self, expr: &Spanned<Expr>) -> Term {
        match &expr.node {
            Expr::Metric(name) => {
                let id = self.metric_id(name, MetricType::Number);
                self.named(Symbol::Metric(id), expr.span, false);
                Term::Metric(id)
            }
            Expr::Literal(literal) => match literal {
                Literal::Number(d)
                | Literal::Percent(d)
                | Literal::Minutes(d)
                | Literal::Days(d)
                | Literal::WorkingDays(d)
                | Literal::Money(d)
                | Literal::PercentagePoints(d) => Term::Number(*d),
                Literal::Date(_) | Literal::Bool(_) | Literal::Invalid => Term::Invalid,
            },
            Expr::Neg(inner) => Term::Neg(Box::new(self.compile(inner))),
            Expr::Binary(left, op, right) => Term::Binary(
                Box::new(self.compile(left)),
                *op,
                Box::new(self.compile(right)),
            ),
            Expr::Call(name, arguments) if name.node == super::children_met::CHILDREN_MET => {
                self.compile_children_met(arguments)
            }
            Expr::Call(name, arguments) => self.compile_call(&name.node, arguments),
            Expr::Else(alternatives) => {
                Term::Else(alternatives.iter().map(|a| self.compile(a)).collect())
            }
        }
    }

    /// The metric called `name`, if one has been met.
    pub(super) fn metric_named(&self, name: &str) -> Option<&Metric> {
        self.metric_ids
            .get(name)
            .map(|id| self.plan.metrics.at(*id))
    }

    /// The id of the metric called `name`; a metric met for the first time
    /// is taken as one used without declaration, of type `ty`.
    pub(super) fn metric_id(&mut self, name: &str, ty: MetricType) -> MetricId {
        match self.metric_ids.get(name) {
            Some(id) => *id,
            None => self.set_metric(undeclared_metric(name, ty)),
        }
    }

    /// Records a metric, in place of any met before by its name.
    pub(super) fn set_metric(&mut self, metric: Metric) -> MetricId {
        if let Some(id) = self.metric_ids.get(&metric.name) {
            *self.plan.metrics.at_mut(*id) = metric;
            return *id;
        }
        let name = metric.name.clone();
        let id = self.plan.metrics.push(metric);
        self.metric_ids.insert(name, id);
        id
    }

    /// Whether the plan it extends declares this metric.
    pub(super) fn inherited_metric(&self, name: &str) -> bool {
        self.inherited_declaration(name).is_some()
    }

    /// Where the plan it extends (or one further down) declares this
    /// metric: in that plan's file.
    fn inherited_declaration(&self, name: &str) -> Option<Span> {
        let Inheritance::Base(base) = self.inheritance else {
            return None;
        };
        base.metrics.at(base.metric(name)?).declared_at
    }

    /// Whether this plan, or the one it extends, declares any metric.
    fn declares_metrics(&self) -> bool {
        !self.declared.is_empty()
            || matches!(self.inheritance, Inheritance::Base(base) if base.metrics.iter().any(Metric::declared))
    }

    /// Types a declared metric, after every declared metric its formula
    /// names (and theirs). Depth first with lists of its own, not recursion:
    /// a chain of derived metrics is as long as the plan makes it.
    fn type_metric(&mut self, root: &'s str, progress: &mut Progress<'s>) {
        self.meet(root, progress);
        while let Some(uses) = progress.uses.last_mut() {
            if let Some(name) = uses.pop() {
                self.meet(name, progress);
                continue;
            }
            progress.uses.pop();
            if let Some(name) = progress.stack.pop() {
                progress.on_stack.remove(name);
                progress.leave(progress.stack.len());
                self.set_type(name, progress);
            }
        }
    }

    /// Meets a metric's name: a declared one not yet typed starts being
    /// typed, one being typed closes a cycle.
    fn meet(&mut self, name: &'s str, progress: &mut Progress<'s>) {
        if progress.done.contains_key(name) {
            return;
        }
        let Some(decl) = self.declared.get(name).copied() else {
            return;
        };
        if let Some(&at) = progress.on_stack.get(name) {
            self.report_cycle(at, name, decl.name.span, progress);
            return;
        }
        let mut uses = Vec::new();
        if let MetricDef::Derived(expr, _) = &decl.def {
            names_used(expr, &mut uses);
        }
        uses.reverse();
        progress.on_stack.insert(name, progress.stack.len());
        progress.stack.push(name);
        progress.uses.push(uses);
    }

    /// Types a declared metric whose formula's metrics are typed (or lie on
    /// a cycle, of no type).
    fn set_type(&mut self, name: &'s str, progress: &mut Progress<'s>) {
        let Some(decl) = self.declared.get(name).copied() else {
            return;
        };
        let ty = match &decl.def {
            MetricDef::Typed(ty) => Some(ty.node),
            MetricDef::Derived(expr, stated) => {
                let computed = self.expr_type(expr, progress);
                let ty = self.stated_type(name, stated.as_ref(), computed);
                if let Some(ty) = ty {
                    self.check_fixed_branches(name, ty, expr);
                }
                ty
            }
            MetricDef::Invalid => None,
        };
        progress.done.insert(name, ty);
        let rollup = self.check_rollup(name, decl, ty);
        // Its formula is compiled once every metric has an id.
        self.set_metric(Metric {
            name: name.to_string(),
            ty,
            label: decl.label.as_ref().map(|l| l.node.clone()),
            formula: None,
            declared_at: Some(decl.name.span),
            computed_only: decl.computed.is_some(),
            baseline_of: None,
            rollup,
            children_met: None,
        });
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

    /// Reports the cycle the metric at `at` of the stack closes, unless one
    /// of its metrics is on a cycle reported already.
    fn report_cycle(&mut self, at: usize, name: &str, span: Span, progress: &mut Progress) {
        if progress
            .reported
            .last()
            .is_some_and(|&(_, last)| last >= at)
        {
            return;
        }
        let top = progress.stack.len().saturating_sub(1);
        progress.reported.push((at, top));
        let mut cycle: Vec<String> = progress
            .stack
            .iter()
            .skip(at)
            .map(|m| m.to_string())
            .collect();
        cycle.push(name.to_string());
        let problem = NameProblem::MetricCycle {
            name: name.to_string(),
            cycle,
        };
        self.report_at(problem, span);
    }

    /// The type of a formula whose declared metrics are typed. Recurses over
    /// the formula alone, whose depth the parser bounds (E0104).
    pub(super) fn expr_type(
        &mut self,
        expr: &Spanned<Expr>,
        progress: &Progress,
    ) -> Option<MetricType> {
        match &expr.node {
            Expr::Metric(name) => {
                if self.declared.contains_key(name) {
                    // None on a cycle.
                    return progress.done.get(name.as_str()).copied().flatten();
                }
                if self.inherited_metric(name) {
                    return self.metric_named(name).and_then(|m| m.ty);
                }
                if self.unread.metrics.contains(name) {
                    return None;
                }
                self.undeclared(name, expr.span, MetricType::Number);
                self.metric_id(name, MetricType::Number);
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
            Expr::Call(name, arguments) if name.node == super::children_met::CHILDREN_MET => {
                self.children_met_type(arguments, expr.span)
            }
            Expr::Call(name, arguments) => self.call_type(name, arguments, expr.span, progress),
            Expr::Else(alternatives) => self.else_type(alternatives, progress),
        }
    }

    /// The dimension of an operand, or a diagnostic for a date or yes/no value
    /// in arithmetic.
    pub(super) fn arith_dim(&mut self, ty: MetricType, span: Span) -> Option<Dim> {
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
            || self.base_unknown()
        {
            return;
        }
        // In the order of their names, as the suggestion is the first of
        // the closest; gathered only while the file has searches left.
        let search = self.suggestions.search(name);
        let suggestion = search.and_then(|mut search| {
            let known = self
                .metric_ids
                .values()
                .map(|id| self.plan.metrics.at(*id))
                .filter(|m| m.declared())
                .map(|m| m.name.as_str())
                .chain(self.declared.keys().map(String::as_str));
            search.closest(known).map(str::to_string)
        });
        let problem = NameProblem::UndeclaredMetric {
            name: name.to_string(),
            suggestion,
            likely,
        };
        self.report_at(problem, span);
    }

    /// Warns about declared metrics that no target uses, directly or through a
    /// derived metric.
    pub(super) fn check_unused_metrics(&mut self, tree: &Plan) {
        let mut used: BTreeSet<MetricId> = BTreeSet::new();
        let mut pending: Vec<MetricId> = self
            .live_targets()
            .flat_map(|(_, e)| [Some(e.target.metric), e.target.points_from])
            .flatten()
            .collect();
        let unread = self.unread.used.iter();
        pending.extend(unread.filter_map(|name| self.metric_ids.get(name).copied()));
        while let Some(metric) = pending.pop() {
            if !used.insert(metric) {
                continue;
            }
            let declared = self.plan.metrics.at(metric);
            if let Some(formula) = &declared.formula {
                formula.term.metrics(&mut pending);
            }
            // `baseline(k)` reads `k` (from the baseline files): `k` is used.
            if let Some(of) = declared.baseline_of {
                pending.push(of);
            }
        }
        for statement in &tree.statements {
            let Statement::Metric(decl) = &statement.node else {
                continue;
            };
            let name = &decl.name.node;
            if self
                .metric_ids
                .get(name)
                .is_some_and(|id| used.contains(id))
            {
                continue;
            }
            let problem = NameProblem::UnusedMetric { name: name.clone() };
            self.report_at(problem, decl.name.span);
        }
    }
}

/// The metric names a formula uses, in the order written.
fn names_used<'s>(expr: &'s Spanned<Expr>, out: &mut Vec<&'s str>) {
    let mut pending = vec![expr];
    while let Some(expr) = pending.pop() {
        match &expr.node {
            Expr::Metric(name) => out.push(name),
            Expr::Literal(_) => {}
            Expr::Neg(inner) => pending.push(inner),
            Expr::Binary(left, _, right) => {
                pending.push(right);
                pending.push(left);
            }
            // `children_met(TARGET)` names a target, not a metric.
            Expr::Call(name, _) if name.node == super::children_met::CHILDREN_MET => {}
            Expr::Call(_, terms) | Expr::Else(terms) => pending.extend(terms.iter().rev()),
        }
    }
}

pub(super) fn undeclared_metric(name: &str, ty: MetricType) -> Metric {
    Metric {
        name: name.to_string(),
        ty: Some(ty),
        label: None,
        formula: None,
        declared_at: None,
        computed_only: false,
        baseline_of: None,
        rollup: None,
        children_met: None,
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
