//! What a unit's targets finally earn, once each is judged: the points of
//! targets that do not apply and say `not_applicable redistribute` shared
//! among the other targets of their section, then each target's points
//! rounded to its step (`round 0.01`). Both paths of evaluation (every
//! target's result, and the totals alone of `--summary`) settle here.

use std::collections::HashMap;

use super::exact::Exact;
use super::result::Status;
use crate::check::model::{CheckedPlan, SectionId, Target};
use crate::syntax::ast::NaRule;

/// A target's verdict as settling sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub status: Status,
    pub points: Exact,
    pub max_points: Exact,
    /// The maximum it gives away to the others of its section: it does not
    /// apply and says `not_applicable redistribute` (zero otherwise).
    pub gives: Exact,
    /// The share of its group's given maxima it received (zero when it
    /// received none), already in its maximum.
    pub received: Exact,
    /// Its maximum from the data is not known (see `Tally::unknown_maxima`).
    pub max_unknown: bool,
}

/// Whether any target of the plan shares its points when it does not
/// apply: only then must a unit's targets be settled together.
pub fn redistributes(plan: &CheckedPlan) -> bool {
    plan.targets
        .iter()
        .any(|t| t.not_applicable == Some(NaRule::Redistribute))
}

/// Whether a target receives a share of its section's redistributed points:
/// it applies (whatever its verdict, missing and invalid included, which
/// earn nothing of it) and is worth points.
fn receives(score: &Score) -> bool {
    score.status != Status::NotApplicable && score.max_points > Exact::ZERO
}

/// Settles a unit's scores, given in the plan's order of targets: shares
/// redistributed points within each section (the targets outside any
/// section are one group), then rounds.
///
/// A target that gives its points was judged with a maximum of 0, and
/// gives its own maximum (its points, or the unit's value of the metric
/// its `points` names). A group's given maxima are shared equally among its
/// receivers: each receiver's share is exactly the pool over their number
/// (40/3, never 13.33 beside 13.34), its larger maximum its own plus the
/// share, and it earns of that the share of its own it earned ((points +
/// share) × rate under `linear`). Its `round` then applies. The group's
/// maximum stays exactly the same, and a group whose receivers all earn
/// their maximum earns it exactly. A group where no target receives keeps
/// nothing to share: its givers stay excluded.
pub fn settle(plan: &CheckedPlan, scores: &mut [Score]) {
    if redistributes(plan) {
        share(plan, scores);
    }
    for (target, score) in plan.targets.iter().zip(scores.iter_mut()) {
        let points = std::mem::take(&mut score.points);
        score.points = rounded(target, points, &score.max_points);
    }
}

/// A target's points rounded to its step, if it has one
/// ([`super::scoring::rounded`]).
pub fn rounded(target: &Target, points: Exact, max: &Exact) -> Exact {
    match target.round {
        // INVARIANT: rounding to a step fails only past the largest decimal,
        // which points within a plan's maxima (1,000,000 each) never reach;
        // the exact points are kept if it ever did.
        Some(step) => super::scoring::rounded(&points, step, max).unwrap_or(points),
        None => points,
    }
}

/// A group's maxima to share, and how many receive them.
#[derive(Default)]
struct Pool {
    points: Exact,
    receivers: u32,
    /// Each receiver's share, once the group is counted.
    each: Option<Exact>,
}

/// Shares the maxima of each group in two passes over the targets: one
/// counts each group's pool and receivers, one gives each receiver its
/// share. A target finds its group through a map (a plan may have
/// thousands of sections, and searching a list per target, then walking
/// every target per group, was quadratic).
fn share(plan: &CheckedPlan, scores: &mut [Score]) {
    let mut group_of: HashMap<Option<SectionId>, usize> = HashMap::new();
    let mut pools: Vec<Pool> = Vec::new();
    let mut member_of: Vec<usize> = Vec::with_capacity(plan.targets.len());
    for (target, score) in plan.targets.iter().zip(scores.iter()) {
        let at = *group_of.entry(target.section).or_insert_with(|| {
            pools.push(Pool::default());
            pools.len() - 1
        });
        member_of.push(at);
        // INVARIANT: `at` was pushed above or when the group was first met.
        let Some(pool) = pools.get_mut(at) else {
            continue;
        };
        if !score.gives.is_zero() {
            pool.points = pool.points.plus(&score.gives);
        } else if receives(score) {
            pool.receivers = pool.receivers.saturating_add(1);
        }
    }
    for pool in &mut pools {
        if pool.points.is_zero() || pool.receivers == 0 {
            continue;
        }
        let receivers = Exact::Decimal(pool.receivers.into());
        pool.each = pool.points.checked_div(&receivers);
    }
    for (score, at) in scores.iter_mut().zip(member_of) {
        let Some(each) = pools.get(at).and_then(|pool| pool.each.as_ref()) else {
            continue;
        };
        if !receives(score) {
            continue;
        }
        let max = &score.max_points;
        let larger = max.plus(each);
        score.points = if score.points == *max {
            larger.clone()
        } else {
            // INVARIANT: a receiver's maximum is above zero (`receives`).
            score
                .points
                .times(&larger)
                .checked_div(max)
                .unwrap_or_else(|| larger.clone())
        };
        score.max_points = larger;
        score.received = each.clone();
    }
}

/// Per section (`None`: the targets outside any), the ids of the targets
/// that gave their points to the others, in plan order: what a report
/// names beside a share received. Only results ask, not totals.
pub fn givers(plan: &CheckedPlan, scores: &[Score]) -> HashMap<Option<SectionId>, Vec<String>> {
    let mut givers: HashMap<Option<SectionId>, Vec<String>> = HashMap::new();
    for (target, score) in plan.targets.iter().zip(scores) {
        if !score.gives.is_zero() {
            givers
                .entry(target.section)
                .or_default()
                .push(target.name.clone());
        }
    }
    givers
}
