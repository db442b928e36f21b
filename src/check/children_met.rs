//! `children_met(TARGET)` in a formula: at a parent (`eval --rollup`), the
//! share of its children where the target is met. Its argument is a target
//! of the plan (E0332, with the closest id); a target whose own value
//! depends on `children_met` cannot be named (E0333: it would be judged
//! from itself, level by level). It compiles to a metric of its own,
//! `children_met(TARGET)`, a ratio no unit reports, which the roll-up
//! gives each parent.

use std::collections::BTreeSet;

use super::model::{Metric, MetricId, Term};
use super::problem::RollupProblem;
use super::Checker;
use crate::span::{Span, Spanned};
use crate::suggest::closest;
use crate::syntax::ast::{Expr, MetricDef, MetricType, Plan, Statement};

/// The function's name as plans write it.
pub const CHILDREN_MET: &str = "children_met";

/// The target a call names: its one argument, a bare name.
fn named_target(arguments: &[Spanned<Expr>]) -> Option<&str> {
    match arguments {
        [Spanned {
            node: Expr::Metric(id),
            ..
        }] => Some(id),
        _ => None,
    }
}

/// The metric that holds a target's share of children met.
pub fn metric_name(target: &str) -> String {
    format!("{CHILDREN_MET}({target})")
}

impl<'s> Checker<'s> {
    /// The plan's targets by id, with their metrics: what `children_met`
    /// may name (read before metrics are typed, which targets follow).
    pub(super) fn collect_target_metrics(&mut self, tree: &'s Plan) {
        // Those the plan extends first: this plan's own may not redefine
        // them (an `override` keeps the metric).
        if let super::Inheritance::Base(base) = self.inheritance {
            for target in base.targets.iter() {
                let metric = base.metrics.at(target.metric).name.clone();
                self.target_metrics.insert(target.name.clone(), metric);
            }
        }
        for statement in &tree.statements {
            if let Statement::Target(decl) = &statement.node {
                let id = decl.id.as_ref().unwrap_or(&decl.metric);
                self.target_metrics
                    .entry(id.node.clone())
                    .or_insert_with(|| decl.metric.node.clone());
            }
        }
    }

    /// The type of `children_met(...)`, a ratio; reports an argument that
    /// is not a target of the plan, and a target that depends on
    /// `children_met` itself.
    pub(super) fn children_met_type(
        &mut self,
        arguments: &[Spanned<Expr>],
        span: Span,
    ) -> Option<MetricType> {
        let Some(target) = named_target(arguments).map(str::to_string) else {
            let written: Vec<String> = arguments
                .iter()
                .map(|a| crate::format::expression(&a.node))
                .collect();
            let problem = RollupProblem::ChildrenMetTarget {
                written: written.join(", "),
                suggestion: None,
            };
            self.report_at(problem, span);
            return None;
        };
        let Some(metric) = self.target_metrics.get(&target).cloned() else {
            let suggestion = closest(&target, self.target_metrics.keys().map(String::as_str))
                .map(str::to_string);
            let problem = RollupProblem::ChildrenMetTarget {
                written: target,
                suggestion,
            };
            let at = arguments.first().map_or(span, |a| a.span);
            self.report_at(problem, at);
            return None;
        };
        if self.depends_on_children_met(&metric) {
            let problem = RollupProblem::ChildrenMetCycle { target, metric };
            let at = arguments.first().map_or(span, |a| a.span);
            self.report_at(problem, at);
            return None;
        }
        Some(MetricType::Ratio)
    }

    /// Whether a metric's value comes, through its formula and those of the
    /// metrics it names, from a `children_met` call.
    fn depends_on_children_met(&self, metric: &str) -> bool {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut pending: Vec<&str> = vec![metric];
        while let Some(name) = pending.pop() {
            if !seen.insert(name) {
                continue;
            }
            let Some(decl) = self.declared.get(name) else {
                continue;
            };
            let MetricDef::Derived(expr, _) = &decl.def else {
                continue;
            };
            let mut exprs = vec![expr];
            while let Some(expr) = exprs.pop() {
                match &expr.node {
                    Expr::Metric(name) => pending.push(name),
                    Expr::Literal(_) => {}
                    Expr::Neg(inner) => exprs.push(inner),
                    Expr::Binary(left, _, right) => {
                        exprs.push(left);
                        exprs.push(right);
                    }
                    Expr::Call(function, _) if function.node == CHILDREN_MET => return true,
                    Expr::Call(_, terms) | Expr::Else(terms) => exprs.extend(terms.iter()),
                }
            }
        }
        false
    }

    /// `children_met(TARGET)` compiled: its metric, made once per target.
    pub(super) fn compile_children_met(&mut self, arguments: &[Spanned<Expr>]) -> Term {
        match named_target(arguments) {
            Some(target) if self.target_metrics.contains_key(target) => {
                Term::Metric(self.children_met_metric(target))
            }
            _ => Term::Refused(Vec::new()),
        }
    }

    fn children_met_metric(&mut self, target: &str) -> MetricId {
        let name = metric_name(target);
        if let Some(id) = self.metric_ids.get(&name) {
            return *id;
        }
        self.set_metric(Metric {
            name,
            ty: Some(MetricType::Ratio),
            label: None,
            formula: None,
            declared_at: None,
            computed_only: false,
            rollup: None,
            baseline_of: None,
            children_met: Some(target.to_string()),
        })
    }
}
