//! Whether a value meets a condition, and the points it earns under the
//! target's scoring rule. All arithmetic is on exact decimals.

use rust_decimal::Decimal;

use crate::check::model::Target;
use crate::measure::value::Value;
use crate::syntax::ast::{CmpOp, Condition, Literal, Scoring};

/// Whether `value` meets `op threshold`; `None` if they cannot be compared.
pub fn compare(value: &Value, op: CmpOp, threshold: &Literal) -> Option<bool> {
    let ordering = match (value, threshold) {
        (Value::Number(v), _) => v.cmp(&super::formula::literal_value(threshold)?),
        (Value::Date(v), Literal::Date(t)) => v.cmp(t),
        (Value::Bool(v), Literal::Bool(t)) => return (op == CmpOp::Eq).then_some(v == t),
        _ => return None,
    };
    Some(match op {
        CmpOp::Ge => ordering.is_ge(),
        CmpOp::Gt => ordering.is_gt(),
        CmpOp::Le => ordering.is_le(),
        CmpOp::Lt => ordering.is_lt(),
        CmpOp::Eq => ordering.is_eq(),
    })
}

pub fn meets(value: &Value, condition: &Condition) -> Option<bool> {
    match condition {
        Condition::Compare(op, threshold) => compare(value, op.node, &threshold.node),
        Condition::Range(low, high) => {
            Some(compare(value, CmpOp::Ge, &low.node)? && compare(value, CmpOp::Le, &high.node)?)
        }
    }
}

/// The points a measured value earns.
pub fn points(target: &Target, value: &Value, met: bool) -> Decimal {
    let max = target.points;
    let number = match value {
        Value::Number(n) => Some(*n),
        _ => None,
    };
    match &target.scoring {
        Scoring::AllOrNothing => {
            if met {
                max
            } else {
                Decimal::ZERO
            }
        }
        // points × rate, the rate kept within 0..1
        Scoring::Linear => number.map_or(Decimal::ZERO, |rate| {
            let points = max * rate.clamp(Decimal::ZERO, Decimal::ONE);
            if rate < Decimal::ONE {
                short_of(max, points)
            } else {
                points
            }
        }),
        // full points from the threshold on, in proportion below it
        Scoring::Saturating => {
            let threshold = match &target.condition {
                Condition::Compare(_, t) => super::formula::literal_value(&t.node),
                Condition::Range(..) => None,
            };
            match (number, threshold) {
                (_, _) if met => max,
                // Below the threshold: in proportion (v < t, so the share is
                // under 1; dividing first only guards against an overflow).
                (Some(v), Some(t)) if t > Decimal::ZERO => {
                    let v = v.max(Decimal::ZERO);
                    let points = max
                        .checked_mul(v)
                        .and_then(|p| p.checked_div(t))
                        .or_else(|| max.checked_mul(v.checked_div(t)?))
                        .unwrap_or(max);
                    short_of(max, points)
                }
                _ => Decimal::ZERO,
            }
        }
        Scoring::Tiers(tiers) => tiers
            .iter()
            .filter(|tier| compare(value, tier.op.node, &tier.value.node) == Some(true))
            .filter_map(|tier| super::formula::literal_value(&tier.points.node))
            .max()
            .unwrap_or(Decimal::ZERO),
    }
}

/// Points that fall short of the maximum, kept short of it: a product or
/// quotient rounded to 28 digits could reach the maximum (and read as full
/// points) when the exact points are below it.
fn short_of(max: Decimal, points: Decimal) -> Decimal {
    if points < max {
        return points;
    }
    (0..=28)
        .rev()
        .filter_map(|scale| max.checked_sub(Decimal::new(1, scale)))
        .find(|below| below < &max)
        .unwrap_or(points)
}
