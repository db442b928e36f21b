//! The `rollup` clause of a metric declaration: a roll-up the metric's type
//! cannot take (E0330), and one written on a derived metric (E0331).

use super::problem::RollupProblem;
use super::Checker;
use crate::syntax::ast::{MetricDecl, MetricDef, MetricType, Rollup};

impl<'s> Checker<'s> {
    /// The roll-up `decl` states, once checked against the metric's type
    /// `ty`; `None` when it states none or one that is refused (reported).
    pub(super) fn check_rollup(
        &mut self,
        name: &str,
        decl: &MetricDecl,
        ty: Option<MetricType>,
    ) -> Option<Rollup> {
        let stated = decl.rollup.as_ref()?;
        if matches!(decl.def, MetricDef::Derived(..)) {
            let problem = RollupProblem::OnDerived {
                metric: name.to_string(),
            };
            self.report_at(problem, stated.span);
            return None;
        }
        // A type that could not be read is reported where it stands.
        let ty = ty?;
        if !stated.node.fits(ty) {
            let problem = RollupProblem::Misfit {
                metric: name.to_string(),
                ty,
                rollup: stated.node,
            };
            self.report_at(problem, stated.span);
            return None;
        }
        Some(stated.node)
    }
}
