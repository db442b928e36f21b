//! Whether a value meets a threshold, and the points it earns under the
//! target's scoring rule. All arithmetic is exact ([`Exact`]): points are
//! rounded only by a target's `round STEP`, on their exact value.

use chrono::Datelike;
use rust_decimal::Decimal;

use super::exact::Exact;
use crate::check::interval::Interval;
use crate::check::model::{Compares, Scoring, Target, Threshold};
use crate::measure::value::Value;

/// A target's measured value as scoring sees it: a number exactly (a
/// computed one may be a fraction no decimal holds), or another value.
#[derive(Debug, Clone)]
pub enum Measured {
    Number(Exact),
    Other(Value),
}

/// Whether `value` meets `threshold`; `None` if they cannot be compared.
pub fn meets(value: &Measured, threshold: &Threshold) -> Option<bool> {
    let interval = threshold.interval?;
    match (threshold.compares, value) {
        (Compares::Numbers, Measured::Number(v)) => Some(contains(interval, v)),
        // Days since the start of the era, as the interval counts them.
        (Compares::Dates, Measured::Other(Value::Date(d))) => {
            Some(interval.contains(Decimal::from(d.num_days_from_ce())))
        }
        (Compares::YesNo, Measured::Other(Value::Bool(b))) => {
            Some(interval.contains(Decimal::from(u8::from(*b))))
        }
        _ => None,
    }
}

/// Whether the interval holds `value`, compared exactly.
pub fn contains(interval: Interval, value: &Exact) -> bool {
    let above = match interval.low {
        Some(low) if low.inclusive => *value >= Exact::Decimal(low.value),
        Some(low) => *value > Exact::Decimal(low.value),
        None => true,
    };
    let below = match interval.high {
        Some(high) if high.inclusive => *value <= Exact::Decimal(high.value),
        Some(high) => *value < Exact::Decimal(high.value),
        None => true,
    };
    above && below
}

/// The points a measured value earns of `max`, the target's maximum (its
/// points, or the unit's value of the metric its `points` names); `None`
/// when they are too large to hold exactly.
pub fn points(target: &Target, max: &Exact, value: &Measured, met: bool) -> Option<Exact> {
    let number = match value {
        Measured::Number(n) => Some(n),
        Measured::Other(_) => None,
    };
    let zero = Exact::ZERO;
    match &target.scoring {
        Scoring::AllOrNothing => Some(if met { max.clone() } else { zero }),
        // points × rate, the rate kept within 0..1
        Scoring::Linear => match number {
            None => Some(zero),
            Some(rate) if rate.is_negative() => Some(zero),
            Some(rate) if *rate >= Exact::Decimal(Decimal::ONE) => Some(max.clone()),
            Some(rate) => max.checked_mul(rate),
        },
        // full points from the threshold on, in proportion below it
        Scoring::Saturating(at) => match (
            number,
            at.as_ref()
                .map(|at| at.value)
                .or_else(|| target.threshold().lowest_number()),
        ) {
            (_, _) if met => Some(max.clone()),
            // Without a condition, full points from where it saturates.
            (Some(v), Some(t)) if at.is_some() && *v >= Exact::Decimal(t) => Some(max.clone()),
            // Below the threshold: in proportion.
            (Some(v), Some(t)) if t > Decimal::ZERO => {
                if v.is_negative() {
                    return Some(zero);
                }
                max.checked_mul(v)?.checked_div(&Exact::Decimal(t))
            }
            _ => Some(zero),
        },
        Scoring::Tiers(tiers) => Some(Exact::Decimal(
            tiers
                .iter()
                .filter(|tier| meets(value, &tier.threshold) == Some(true))
                .filter_map(|tier| tier.points)
                .max()
                .unwrap_or(Decimal::ZERO),
        )),
    }
}

/// `points` rounded to a multiple of `step` (`round 0.01`), half away from
/// zero on their exact value. Points that are the whole maximum stay it
/// exactly (rounding neither takes from nor adds to a full score, so a
/// unit that meets everything earns its maximum); others never pass the
/// maximum: where the nearest multiple would, they are the largest
/// multiple below it. `None` when too large to hold.
pub fn rounded(points: &Exact, step: Decimal, max: &Exact) -> Option<Exact> {
    if points == max {
        return Some(max.clone());
    }
    let nearest = points.round_to_step(step)?;
    if nearest > *max {
        return max.floor_to_step(step);
    }
    Some(nearest)
}

#[cfg(test)]
mod tests {
    use super::{rounded, Exact};

    fn d(text: &str) -> Exact {
        Exact::Decimal(text.parse().unwrap_or_default())
    }

    fn r(points: &Exact, step: &str, max: &Exact) -> Exact {
        rounded(points, step.parse().unwrap_or_default(), max).unwrap_or_default()
    }

    #[test]
    fn rounds_half_away_from_zero_to_the_step() {
        assert_eq!(r(&d("1.785"), "0.01", &d("6")), d("1.79"));
        assert_eq!(r(&d("1.7849"), "0.01", &d("6")), d("1.78"));
        // A half exactly (1/3 × 1.5) rounds up, however near it a decimal
        // would hold it.
        let half = d("1")
            .checked_div(&d("3"))
            .and_then(|third| third.checked_mul(&d("1.5")));
        assert_eq!(r(&half.unwrap_or_default(), "1", &d("6")), d("1"));
        assert_eq!(r(&d("0.4999"), "1", &d("6")), d("0"));
        assert_eq!(r(&d("1.25"), "0.5", &d("6")), d("1.5"));
        // Never pre-rounded: 0.504999… (24 decimals) is 0.50.
        assert_eq!(
            r(&d("0.504999999999999999999999"), "0.01", &d("6")),
            d("0.5")
        );
        // The whole maximum stays whole; beside it, a multiple of the step.
        assert_eq!(r(&d("1.005"), "0.01", &d("1.005")), d("1.005"));
        assert_eq!(r(&d("1.0049"), "0.01", &d("1.0049")), d("1.0049"));
        assert_eq!(r(&d("13.3355"), "0.01", &d("13.336")), d("13.33"));
    }
}
