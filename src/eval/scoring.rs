//! Whether a value meets a threshold, and the points it earns under the
//! target's scoring rule. All arithmetic is on exact decimals.

use chrono::Datelike;
use rust_decimal::{Decimal, RoundingStrategy};

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

/// The points a measured value earns of `max`, the target's maximum (its
/// points, or the unit's value of the metric its `points` names).
pub fn points(target: &Target, max: Decimal, value: &Value, met: bool) -> Decimal {
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
        Scoring::Saturating(at) => match (
            number,
            at.as_ref()
                .map(|at| at.value)
                .or_else(|| target.threshold().lowest_number()),
        ) {
            (_, _) if met => max,
            // Without a condition, full points from where it saturates.
            (Some(v), Some(t)) if at.is_some() && v >= t => max,
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

/// Decimal places points are brought to before they are rounded to a step:
/// a quotient held to 28 digits (6 × 1/6 as 0.99999…98) then rounds as its
/// exact value would, and no points a method gives lie closer than this to
/// a half step without being on it.
const SETTLED_PLACES: u32 = 20;

/// `points` rounded half away from zero to a multiple of `step` (`round
/// 0.01`), never beyond `max`.
pub fn rounded(points: Decimal, step: Decimal, max: Decimal) -> Decimal {
    let points =
        points.round_dp_with_strategy(SETTLED_PLACES, RoundingStrategy::MidpointAwayFromZero);
    let Some(steps) = points.checked_div(step) else {
        return points;
    };
    let whole = steps.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    whole
        .checked_mul(step)
        .map_or(points, |p| p.min(max).normalize())
}

#[cfg(test)]
mod tests {
    use super::rounded;
    use rust_decimal::Decimal;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn rounds_half_away_from_zero_to_the_step() {
        let step = d("0.01");
        assert_eq!(rounded(d("1.785"), step, d("6")), d("1.79"));
        assert_eq!(rounded(d("1.7849"), step, d("6")), d("1.78"));
        // A half held to 28 digits below it (1/3 × 1.5) rounds as the half.
        assert_eq!(
            rounded(d("0.4999999999999999999999999998"), d("1"), d("6")),
            d("1")
        );
        assert_eq!(rounded(d("0.4999"), d("1"), d("6")), d("0"));
        assert_eq!(rounded(d("1.25"), d("0.5"), d("6")), d("1.5"));
        // Never beyond the maximum.
        assert_eq!(rounded(d("1.005"), step, d("1.005")), d("1.005"));
    }
}
