//! What a unit's targets finally earn, once each is judged: the points of
//! targets that do not apply and say `not_applicable redistribute` shared
//! among the other targets of their section, then each target's points
//! rounded to its step (`round 0.01`). Both paths of evaluation (every
//! target's result, and the totals alone of `--summary`) settle here.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::result::Status;
use super::scoring::rounded;
use crate::check::model::{CheckedPlan, SectionId, Target};
use crate::syntax::ast::NaRule;

/// Decimal places of a share of redistributed points (10/3 is
/// 3.33333333333333333333, and the last share takes the rest).
const SHARE_PLACES: u32 = 20;

/// A target's verdict as settling sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub status: Status,
    pub points: Decimal,
    pub max_points: Decimal,
}

/// Whether any target of the plan shares its points when it does not
/// apply: only then must a unit's targets be settled together.
pub fn redistributes(plan: &CheckedPlan) -> bool {
    plan.targets
        .iter()
        .any(|t| t.not_applicable == Some(NaRule::Redistribute))
}

/// Whether a target does not apply and shares its points.
fn gives(target: &Target, score: &Score) -> bool {
    score.status == Status::NotApplicable && target.na_rule() == NaRule::Redistribute
}

/// Whether a target receives a share of its section's redistributed points:
/// it applies (whatever its verdict, missing and invalid included, which
/// earn nothing of it) and is worth points.
fn receives(score: &Score) -> bool {
    score.status != Status::NotApplicable && score.max_points > Decimal::ZERO
}

/// Settles a unit's scores, given in the plan's order of targets: shares
/// redistributed points within each section (the targets outside any
/// section are one group), then rounds.
///
/// A target that gives its points was judged with a maximum of 0; its
/// points are shared equally among the receiving targets of its group, and
/// each receiver earns of its larger maximum the share of its own it
/// earned ((points + share) × rate under `linear`): the group's maximum
/// stays the same. The shares are exact decimals: each is the pool divided
/// by the receivers to 20 decimals, and the last takes what the others
/// leave, so that they sum to the pool exactly. A group where no target receives keeps nothing
/// to share: its givers stay excluded.
pub fn settle(plan: &CheckedPlan, scores: &mut [Score]) {
    if redistributes(plan) {
        share(plan, scores);
    }
    for (target, score) in plan.targets.iter().zip(scores.iter_mut()) {
        round(target, score);
    }
}

/// Rounds one target's points to its step, if it has one.
pub fn round(target: &Target, score: &mut Score) {
    if let Some(step) = target.round {
        score.points = rounded(score.points, step, score.max_points);
    }
}

/// A group's points to share, and how far their sharing has gone.
#[derive(Default)]
struct Pool {
    points: Decimal,
    receivers: usize,
    /// Each receiver's share but the last's, once the group is counted.
    each: Option<Decimal>,
    /// Receivers not yet given their share, and what the others were given.
    left: usize,
    given: Decimal,
}

/// Shares the points of each group in two passes over the targets: one
/// counts each group's pool and receivers, one gives each receiver its
/// share, in the plan's order. A target finds its group through a map (a
/// plan may have thousands of sections, and searching a list per target,
/// then walking every target per group, was quadratic).
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
        if gives(target, score) {
            pool.points += target.points;
        } else if receives(score) {
            pool.receivers += 1;
        }
    }
    for pool in &mut pools {
        if pool.points.is_zero() || pool.receivers == 0 {
            continue;
        }
        // Held to SHARE_PLACES decimals, so that a receiver's points plus
        // its share (5 + 10/3) are still exact within a decimal's 28 digits.
        pool.each = pool
            .points
            .checked_div(Decimal::from(pool.receivers))
            .map(|each| each.round_dp(SHARE_PLACES));
        pool.left = pool.receivers;
    }
    for (score, at) in scores.iter_mut().zip(member_of) {
        let Some(pool) = pools.get_mut(at) else {
            continue;
        };
        let Some(each) = pool.each else {
            continue;
        };
        if !receives(score) {
            continue;
        }
        pool.left -= 1;
        let share = if pool.left == 0 {
            pool.points - pool.given
        } else {
            each
        };
        pool.given += share;
        let max = score.max_points;
        let larger = max + share;
        score.points = if score.points == max {
            larger
        } else {
            score
                .points
                .checked_mul(larger)
                .and_then(|p| p.checked_div(max))
                .or_else(|| score.points.checked_div(max)?.checked_mul(larger))
                .unwrap_or(larger)
        };
        score.max_points = larger;
    }
}
