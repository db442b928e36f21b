//! Whether a value meets a threshold, and the points it earns under the
//! target's scoring rule. All arithmetic is on exact decimals.

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::check::model::{Compares, Scoring, Target, Threshold};
use crate::measure::value::Value;

/// Whether `value` meets `threshold`; `None` if they cannot be compared.
pub fn meets(value: &Value, threshold: &Threshold) -> Option<bool> {
    let interval = threshold.interval?;
    let point = match (threshold.compares, value) {
        (Compares::Numbers, Value::Number(v)) => *v,
        // Days since the start of the era, as the interval counts them.
        (Compares::Dates, Value::Date(d)) => Decimal::from(d.num_days_from_ce()),
        (Compares::YesNo, Value::Bool(b)) => Decimal::from(u8::from(*b)),
        _ => return None,
    };
    Some(interval.contains(point))
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
        Scoring::Saturating => match (number, target.threshold().lowest_number()) {
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
        },
        Scoring::Tiers(tiers) => tiers
            .iter()
            .filter(|tier| meets(value, &tier.threshold) == Some(true))
            .filter_map(|tier| tier.points)
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
