//! Whether a `tiers` scoring agrees with its target. Tiers pay the best tier a
//! value meets, whether or not the value meets the target; so a tier should
//! not pay for a value that fails the target, and every value that meets the
//! target should earn something. `check` warns where they disagree
//! (`check::tier_warnings`), `diff` says when a change makes or mends it.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::domain::Domain;
use super::interval::{tighter_high, tighter_low, Interval};
use super::model::{Scoring, Target, Tier};
use crate::format::literal;
use crate::syntax::ast::{self, MetricType};

/// Where a target's tiers and its condition disagree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Disagreement {
    /// Each tier (by index) that pays for values failing the target, with
    /// those values.
    pub paying_failures: Vec<(usize, Vec<Interval>)>,
    /// The values that meet the target and earn nothing from any tier.
    pub unpaid: Vec<Interval>,
}

impl Disagreement {
    /// Every value that fails the target and still earns points, in order.
    pub fn failures_paid(&self) -> Vec<Interval> {
        let mut all: Vec<Interval> = self
            .paying_failures
            .iter()
            .flat_map(|(_, values)| values.iter().copied())
            .collect();
        all.sort();
        all.dedup();
        merge(all)
    }
}

/// How a target's tiers disagree with its condition on a metric of type `ty`;
/// `None` when it is not scored by tiers or something cannot be judged (an
/// error says why).
pub fn disagreement(target: &Target, ty: MetricType) -> Option<Disagreement> {
    let Scoring::Tiers(tiers) = &target.scoring else {
        return None;
    };
    let domain = Domain::of(Some(ty));
    let accepted = target.threshold().accepted(Some(ty))?;
    let paying = paying(tiers, ty)?;
    if accepted.is_empty() {
        return None;
    }
    let paying_failures = paying
        .iter()
        .map(|&(index, pays)| (index, pays.minus(&[accepted], domain)))
        .filter(|(_, failing)| !failing.is_empty())
        .collect();
    let paid: Vec<Interval> = paying.iter().map(|&(_, pays)| pays).collect();
    Some(Disagreement {
        paying_failures,
        unpaid: accepted.minus(&paid, domain),
    })
}

/// What a tiers scoring means: each paying tier's points and values, in
/// order, so that tiers written differently but paying the same compare
/// equal.
pub fn meaning(scoring: &Scoring, ty: MetricType) -> Option<Vec<(Decimal, Interval)>> {
    let Scoring::Tiers(tiers) = scoring else {
        return None;
    };
    let mut list: Vec<(Decimal, Interval)> = paying(tiers, ty)?
        .into_iter()
        .filter_map(|(index, pays)| Some((tiers.get(index)?.points?.normalize(), pays)))
        .collect();
    list.sort();
    Some(list)
}

/// The tiers that pay something, by index, with the values each accepts;
/// `None` when a tier cannot be judged.
fn paying(tiers: &[Tier], ty: MetricType) -> Option<Vec<(usize, Interval)>> {
    let mut out = Vec::new();
    for (index, tier) in tiers.iter().enumerate() {
        if !tier.fits {
            return None;
        }
        let pays = tier.threshold.accepted(Some(ty))?;
        if tier.points? > Decimal::ZERO {
            out.push((index, pays));
        }
    }
    Some(out)
}

/// Sorted intervals with the overlapping ones joined.
fn merge(sorted: Vec<Interval>) -> Vec<Interval> {
    let mut out: Vec<Interval> = Vec::new();
    for next in sorted {
        match out.last_mut() {
            Some(last) if !last.disjoint(next) => {
                last.low = match (last.low, next.low) {
                    (Some(a), Some(b)) => Some(if tighter_low(a, b) { b } else { a }),
                    _ => None,
                };
                last.high = match (last.high, next.high) {
                    (Some(a), Some(b)) => Some(if tighter_high(a, b) { b } else { a }),
                    _ => None,
                };
            }
            _ => out.push(next),
        }
    }
    out
}

/// A tier as the plan writes it: `1 if <= 15 min`.
pub fn tier_text(tier: &ast::Tier) -> String {
    format!(
        "{} if {} {}",
        literal(&tier.points.node),
        tier.op.node.symbol(),
        literal(&tier.value.node)
    )
}

/// Values as the plan would compare them, one piece each:
/// `12 min < waiting_time <= 15 min`.
pub fn values_text(pieces: &[Interval], metric: &str, ty: MetricType) -> Vec<String> {
    pieces
        .iter()
        .map(|piece| {
            let low = piece.low.map(|b| (value_text(b.value, ty), b.inclusive));
            let high = piece.high.map(|b| (value_text(b.value, ty), b.inclusive));
            let op = |inclusive: bool| if inclusive { "<=" } else { "<" };
            match (low, high) {
                (Some((l, true)), Some((h, true))) if l == h => format!("{metric} == {l}"),
                (Some((l, li)), Some((h, hi))) => format!("{l} {} {metric} {} {h}", op(li), op(hi)),
                (Some((l, li)), None) => format!("{metric} {} {l}", if li { ">=" } else { ">" }),
                (None, Some((h, hi))) => format!("{metric} {} {h}", op(hi)),
                (None, None) => metric.to_string(),
            }
        })
        .collect()
}

/// A value of type `ty` as the plan writes it.
fn value_text(value: Decimal, ty: MetricType) -> String {
    let value = value.normalize();
    match ty {
        MetricType::Ratio | MetricType::Rate => match value.checked_mul(Decimal::ONE_HUNDRED) {
            Some(percent) => format!("{}%", percent.normalize()),
            None => value.to_string(),
        },
        MetricType::PercentagePoints => match value.checked_mul(Decimal::ONE_HUNDRED) {
            Some(points) => format!("{} pp", points.normalize()),
            None => value.to_string(),
        },
        MetricType::Minutes => format!("{value} min"),
        MetricType::Days => format!("{value} days"),
        MetricType::WorkingDays => format!("{value} working_days"),
        MetricType::Money => format!("{value} VND"),
        MetricType::Date => value
            .to_i32()
            .and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
            .map_or_else(|| value.to_string(), |d| d.format("%Y-%m-%d").to_string()),
        MetricType::Bool => (value == Decimal::ONE).to_string(),
        MetricType::Count | MetricType::Number => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::interval::test_interval as iv;

    #[test]
    fn failing_values_of_several_tiers_are_joined() {
        let found = Disagreement {
            paying_failures: vec![
                (0, vec![iv(Some((12, false)), Some((15, true)))]),
                (1, vec![iv(Some((12, false)), Some((20, true)))]),
                (2, vec![iv(Some((12, true)), Some((13, true)))]),
            ],
            unpaid: Vec::new(),
        };
        assert_eq!(
            found.failures_paid(),
            vec![iv(Some((12, true)), Some((20, true)))]
        );
    }

    #[test]
    fn values_read_as_the_plan_compares_them() {
        let pieces = [
            iv(None, Some((3, false))),
            iv(Some((5, true)), Some((5, true))),
            iv(Some((12, false)), Some((15, true))),
        ];
        assert_eq!(
            values_text(&pieces, "m", MetricType::Minutes),
            vec!["m < 3 min", "m == 5 min", "12 min < m <= 15 min"]
        );
    }
}
