//! Derived rates whose points are capped above their whole. The national 766
//! index scores `synced / max(bcqg, dvcqg)` as min(maximum, maximum × rate):
//! a unit that synced more dossiers than either count gets the full points.
//! A metric the plan declares a `rate` (a quotient that may exceed its whole)
//! is so, and so is a quotient whose type the plan leaves to its formula and
//! whose divisor is not one metric (`metric r14 = synced / max(bcqg, dvcqg)
//! else 0`, the method's own words, which the portal caps; a part over its
//! own whole, `on_time / handled`, cannot exceed it): where every target on
//! it scores in proportion (`linear`, `saturating`, which keep their points
//! within the maximum), a value above 100% is kept and a warning (W0739)
//! names the values it came from. A metric the plan declares a `ratio` (`metric p:
//! ratio = paid / payable`, a share of a whole) computed outside 0..100% is
//! refused (E0718) whatever its targets: its counts are wrong, and points
//! would reward them.

use crate::check::model::{CheckedPlan, MetricId, Scoring, Term};
use crate::index::IndexVec;
use crate::syntax::ast::{BinOp, MetricType};

/// Per metric, whether a value of it above 100% is capped by its targets:
/// a derived rate that no other formula uses and that gives no target its
/// maximum, whose targets (one at least) all score in proportion.
pub(super) fn capping_targets(plan: &CheckedPlan) -> IndexVec<MetricId, bool> {
    let mut caps = plan.metrics.map(|m| {
        m.formula.as_ref().is_some_and(|f| match m.ty {
            Some(MetricType::Rate) => true,
            Some(MetricType::Ratio) => !f.type_stated && !divides_by_a_metric(&f.term),
            _ => false,
        })
    });
    let mut used = Vec::new();
    for metric in plan.metrics.iter() {
        if let Some(formula) = &metric.formula {
            formula.term.metrics(&mut used);
        }
    }
    for target in plan.targets.iter() {
        used.extend(target.points_from);
    }
    for m in used {
        *caps.at_mut(m) = false;
    }
    let mut targeted = IndexVec::beside(&plan.metrics, false);
    for target in plan.targets.iter() {
        *targeted.at_mut(target.metric) = true;
        if !matches!(target.scoring, Scoring::Linear | Scoring::Saturating(_)) {
            *caps.at_mut(target.metric) = false;
        }
    }
    for (m, targeted) in targeted.iter_enumerated() {
        if !targeted {
            *caps.at_mut(m) = false;
        }
    }
    caps
}

/// Whether a formula's value is a quotient by one metric (`on_time /
/// handled`, `round(paid / payable, 4)`, `a / b else 0`): a part over its own
/// whole, which cannot exceed it, unlike a quotient by the larger of two
/// counts or by last year's monthly average (`synced / max(bcqg, dvcqg)`).
fn divides_by_a_metric(term: &Term) -> bool {
    let mut pending = vec![term];
    while let Some(term) = pending.pop() {
        match term {
            Term::Binary(_, BinOp::Div, whole) if matches!(**whole, Term::Metric(_)) => {
                return true
            }
            Term::Round(inner, _) => pending.push(inner),
            Term::Else(alternatives) => pending.extend(alternatives.iter()),
            _ => {}
        }
    }
    false
}
