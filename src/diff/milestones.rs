//! Milestones in a change of plan: a target's date moved (earlier is
//! stricter: due sooner; later is looser), added (not due before it) or
//! removed (judged in every period), and `default by end` stated or
//! withdrawn. A target's date is the one it is judged from (its own `by`,
//! or the plan's end under `default by end`), so a default that moves
//! shows at each target it moves too.

use super::{Field, Kind};
use crate::check::model::{CheckedPlan, Target};

/// How `old`'s milestone became `new`'s, if it changed.
pub(super) fn milestone_change(
    old_plan: &CheckedPlan,
    old: &Target,
    new_plan: &CheckedPlan,
    new: &Target,
) -> Option<Field> {
    let (before, after) = (old_plan.milestone(old), new_plan.milestone(new));
    let kind = match (before, after) {
        (Some(a), Some(b)) if b < a => Kind::MilestoneEarlier,
        (Some(a), Some(b)) if b > a => Kind::MilestoneLater,
        (None, Some(_)) => Kind::MilestoneAdded,
        (Some(_), None) => Kind::MilestoneRemoved,
        _ => return None,
    };
    let text = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    Some((kind, text(before), text(after)))
}

/// `default by end` stated or withdrawn.
pub(super) fn default_by_end(old: &CheckedPlan, new: &CheckedPlan) -> Option<Field> {
    let stated = |p: &CheckedPlan| p.default_by_end.then(|| "by end".to_string());
    (old.default_by_end != new.default_by_end)
        .then(|| (Kind::DefaultByEnd, stated(old), stated(new)))
}
