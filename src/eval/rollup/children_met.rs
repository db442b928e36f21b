//! `children_met(TARGET)` at a parent: the share of its children where the
//! target is met, from their results. A child where the target is missing,
//! invalid or failed counts as not met (a unit that did not report is no
//! unit that met it); one where it is not applicable, not yet due or not
//! for it (`for level`) is left out, as is one whose input could not be
//! used. No child counted: the
//! share does not apply.

use crate::eval::formula::Slot;
use crate::eval::result::{Status, UnitResult};
use crate::eval::{Metrics, UnitValues};

/// Whether the plan uses `children_met` at all.
pub(super) fn used(metrics: &Metrics) -> bool {
    metrics
        .plan
        .metrics
        .iter()
        .any(|m| m.children_met.is_some())
}

/// Gives each `children_met(TARGET)` metric of a parent its share, from
/// its children's results.
pub(super) fn fill(metrics: &Metrics, values: &mut UnitValues, children: &[&UnitResult]) {
    for (m, metric) in metrics.plan.metrics.iter_enumerated() {
        let Some(target) = &metric.children_met else {
            continue;
        };
        let (mut met, mut counted) = (0u64, 0u64);
        for child in children.iter().filter(|c| c.scored()) {
            let status = child
                .results
                .iter()
                .find(|r| &r.target == target)
                .map(|r| r.status);
            match status {
                Some(Status::Pass) => {
                    met += 1;
                    counted += 1;
                }
                Some(Status::Fail | Status::Missing | Status::Invalid) => counted += 1,
                // Not the child's to meet: not applicable, not yet due,
                // without a condition, or not for it (`for level`).
                Some(Status::NotApplicable | Status::NotDue | Status::Scored | Status::Tracked)
                | None => {}
            }
        }
        let slot = match counted {
            0 => Slot::NotApplicable,
            _ => Slot::Share { met, counted },
        };
        *values.slots.at_mut(m) = Some(slot);
    }
}
