//! What a change does to the agreement between a target's tiers and its
//! threshold (see `check::tiers`): a tightened threshold with the tiers left
//! as they were pays for values that now fail, a loosened one leaves values
//! that meet it without a tier. The diff says when a change makes such a
//! disagreement or mends one, with the values concerned.

use super::{Field, Kind};
use crate::check::interval::Interval;
use crate::check::model::{CheckedPlan, Target};
use crate::check::tiers::{disagreement, meaning, values_text};
use crate::syntax::ast::MetricType;

/// The values, as the plan would compare them, or `None` for no values.
fn shown(pieces: &[Interval], metric: &str, ty: MetricType) -> Option<String> {
    (!pieces.is_empty()).then(|| values_text(pieces, metric, ty).join(", "))
}

/// How the tiers' agreement with the threshold changed from `old` to `new`.
pub(super) fn agreement_changes(
    old_plan: &CheckedPlan,
    old: &Target,
    new_plan: &CheckedPlan,
    new: &Target,
) -> Vec<Field> {
    let side = |plan: &CheckedPlan, target: &Target| -> (Option<String>, Option<String>) {
        let found = plan
            .metric_type(target)
            .and_then(|ty| Some((ty, disagreement(target, ty)?)));
        let metric = plan.metric_name(target);
        match found {
            Some((ty, d)) => (
                shown(&d.failures_paid(), metric, ty),
                shown(&d.unpaid, metric, ty),
            ),
            None => (None, None),
        }
    };
    let ((old_paid, old_unpaid), (new_paid, new_unpaid)) =
        (side(old_plan, old), side(new_plan, new));
    let mut out = Vec::new();
    for (made, mended, before, after) in [
        (
            Kind::TiersPayFailures,
            Kind::TiersPayFailuresMended,
            old_paid,
            new_paid,
        ),
        (
            Kind::TiersMissValues,
            Kind::TiersMissValuesMended,
            old_unpaid,
            new_unpaid,
        ),
    ] {
        if before == after {
            continue;
        }
        let kind = if after.is_some() { made } else { mended };
        out.push((kind, before, after));
    }
    out
}

/// Whether two scorings pay the same: the same words, or tiers that pay the
/// same points for the same values of a metric whose type did not change.
pub(super) fn same_scoring(
    old_plan: &CheckedPlan,
    old: &Target,
    new_plan: &CheckedPlan,
    new: &Target,
) -> bool {
    if old.scoring.text() == new.scoring.text() {
        return true;
    }
    let (Some(ty), Some(new_ty)) = (old_plan.metric_type(old), new_plan.metric_type(new)) else {
        return false;
    };
    let before = meaning(&old.scoring, ty);
    before.is_some() && ty == new_ty && before == meaning(&new.scoring, ty)
}
