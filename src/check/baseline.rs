//! `baseline(x)`: the value of metric `x` in an earlier period. Each metric
//! whose earlier value a formula uses gets a metric of its own, its twin,
//! named `baseline(x)` (no plan can write that name), of `x`'s type: a
//! measured `x`'s twin is read from the `--baseline` files, a derived `x`'s
//! is computed from the twins of its inputs by `x`'s own formula (or taken
//! as the baseline files report it, as for measurements). Evaluation then
//! needs nothing new beyond reading those files into the twins.

use super::metrics::Progress;
use super::model::{Formula, Metric, MetricId, Term};
use super::problem::BaselineProblem;
use super::Checker;
use crate::format::expression;
use crate::span::Spanned;
use crate::syntax::ast::{Expr, Function, MetricType, Plan, Statement};

impl<'s> Checker<'s> {
    /// The type of `baseline(x)`: `x`'s. Its argument must be a metric's
    /// name: an earlier value is read or computed per metric.
    pub(super) fn baseline_type(
        &mut self,
        argument: &Spanned<Expr>,
        progress: &Progress,
    ) -> Option<MetricType> {
        let ty = self.expr_type(argument, progress);
        if matches!(argument.node, Expr::Metric(_)) {
            return ty;
        }
        let problem = BaselineProblem::NotAMetric {
            written: expression(&argument.node),
        };
        self.report_at(problem, argument.span);
        None
    }

    /// `baseline(x)` compiled: the twin of `x`.
    pub(super) fn compile_baseline(&mut self, argument: &Spanned<Expr>) -> Term {
        match self.compile(argument) {
            Term::Metric(of) if matches!(argument.node, Expr::Metric(_)) => {
                Term::Metric(self.baseline_twin(of))
            }
            other => Term::Refused(vec![other]),
        }
    }

    /// The metric that holds `of`'s value in the baseline period, made the
    /// first time it is asked for.
    fn baseline_twin(&mut self, of: MetricId) -> MetricId {
        let original = self.plan.metrics.at(of);
        let name = twin_name(&original.name);
        if let Some(id) = self.metric_ids.get(&name) {
            return *id;
        }
        let twin = Metric {
            name,
            ty: original.ty,
            label: original.label.clone(),
            formula: None,
            declared_at: None,
            computed_only: original.computed_only,
            baseline_of: Some(of),
            // A parent's earlier value comes from its children's as its
            // value does.
            rollup: original.rollup,
            children_met: None,
        };
        self.set_metric(twin)
    }

    /// Gives each derived metric's twin its formula, over the twins of its
    /// inputs, and reports `baseline(x)` where `x`'s value depends on a
    /// baseline itself: that is the period before the baseline, which no
    /// file given can hold (E0321).
    pub(super) fn finish_baselines(&mut self, tree: &Plan) {
        let mut pending: Vec<MetricId> = self
            .plan
            .metrics
            .iter_enumerated()
            .filter(|(_, m)| m.baseline_of.is_some())
            .map(|(id, _)| id)
            .collect();
        let mut earlier = Vec::new();
        while let Some(twin) = pending.pop() {
            let Some(of) = self.plan.metrics.at(twin).baseline_of else {
                continue;
            };
            let Some(formula) = self.plan.metrics.at(of).formula.clone() else {
                continue;
            };
            if self.uses_baseline(&formula.term) {
                earlier.push(of);
                continue;
            }
            let known = self.plan.metrics.len();
            let term = self.twin_term(&formula.term);
            // Twins made for the inputs get their own formulas in turn.
            pending.extend(self.plan.metrics.ids().skip(known));
            self.plan.metrics.at_mut(twin).formula = Some(Formula { term, ..formula });
        }
        if earlier.is_empty() {
            return;
        }
        for statement in &tree.statements {
            let Statement::Metric(decl) = &statement.node else {
                continue;
            };
            let crate::syntax::ast::MetricDef::Derived(expr, _) = &decl.def else {
                continue;
            };
            let mut exprs = vec![expr];
            while let Some(e) = exprs.pop() {
                match &e.node {
                    Expr::Call(name, arguments) => {
                        if let (Some(Function::Baseline), [argument]) =
                            (Function::named(&name.node), arguments.as_slice())
                        {
                            if let Expr::Metric(metric) = &argument.node {
                                let id = self.metric_ids.get(metric).copied();
                                if id.is_some_and(|id| earlier.contains(&id)) {
                                    let problem = BaselineProblem::BeforeBaseline {
                                        metric: metric.clone(),
                                    };
                                    self.report_at(problem, e.span);
                                }
                            }
                        }
                        exprs.extend(arguments);
                    }
                    Expr::Neg(inner) => exprs.push(inner),
                    Expr::Binary(l, _, r) => exprs.extend([&**l, &**r]),
                    Expr::Else(alternatives) => exprs.extend(alternatives),
                    Expr::Metric(_) | Expr::Literal(_) => {}
                }
            }
        }
    }

    /// Whether a formula's value depends on a baseline value: it names a
    /// twin, or a derived metric whose formula does.
    fn uses_baseline(&self, term: &Term) -> bool {
        let mut seen = std::collections::BTreeSet::new();
        let mut names = Vec::new();
        term.metrics(&mut names);
        while let Some(m) = names.pop() {
            if !seen.insert(m) {
                continue;
            }
            let metric = self.plan.metrics.at(m);
            if metric.baseline_of.is_some() {
                return true;
            }
            if let Some(formula) = &metric.formula {
                formula.term.metrics(&mut names);
            }
        }
        false
    }

    /// A formula over metrics made the same formula over their twins.
    fn twin_term(&mut self, term: &Term) -> Term {
        match term {
            Term::Metric(m) => Term::Metric(self.baseline_twin(*m)),
            Term::Number(n) => Term::Number(*n),
            Term::Invalid => Term::Invalid,
            Term::Neg(inner) => Term::Neg(Box::new(self.twin_term(inner))),
            Term::Binary(l, op, r) => Term::Binary(
                Box::new(self.twin_term(l)),
                *op,
                Box::new(self.twin_term(r)),
            ),
            Term::Max(terms) => Term::Max(self.twin_terms(terms)),
            Term::Min(terms) => Term::Min(self.twin_terms(terms)),
            Term::Round(inner, places) => Term::Round(Box::new(self.twin_term(inner)), *places),
            Term::Else(terms) => Term::Else(self.twin_terms(terms)),
            Term::Refused(terms) => Term::Refused(self.twin_terms(terms)),
        }
    }

    fn twin_terms(&mut self, terms: &[Term]) -> Vec<Term> {
        terms.iter().map(|t| self.twin_term(t)).collect()
    }
}

/// The name of the metric that holds `metric`'s baseline value.
pub fn twin_name(metric: &str) -> String {
    format!("baseline({metric})")
}
