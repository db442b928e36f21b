//! The values a metric of each type can take. Two thresholds that accept the
//! same values of the metric mean the same thing, however they are written:
//! on a count `> 4` is `>= 5`, on a share `>= 95%` is `in 95%..100%`, on dates
//! `< 2025-09-11` is `<= 2025-09-10`. Intervals are brought into their
//! metric's domain before they are compared (see [`Interval::in_domain`]).

use rust_decimal::Decimal;

use super::interval::{Bound, Interval};
use crate::syntax::ast::MetricType;

/// The values of one type: whole numbers or not, and the least and greatest
/// value if there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Domain {
    pub whole: bool,
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
}

impl Domain {
    /// The domain of a type; an unknown type is taken as unbounded and
    /// continuous, so that nothing is merged that might differ.
    pub fn of(ty: Option<MetricType>) -> Domain {
        let continuous = |low: Option<Decimal>, high: Option<Decimal>| Domain {
            whole: false,
            low,
            high,
        };
        let whole = |low: Option<Decimal>, high: Option<Decimal>| Domain {
            whole: true,
            low,
            high,
        };
        let Some(ty) = ty else {
            return continuous(None, None);
        };
        match ty {
            // A share of a whole: 0..100%.
            MetricType::Ratio => continuous(Some(Decimal::ZERO), Some(Decimal::ONE)),
            MetricType::Count => whole(Some(Decimal::ZERO), None),
            // Durations (half a day of work is a duration too) and amounts.
            MetricType::Minutes
            | MetricType::Days
            | MetricType::WorkingDays
            | MetricType::Money => continuous(Some(Decimal::ZERO), None),
            // Days since the start of the era.
            MetricType::Date => whole(None, None),
            // `false` is 0 and `true` 1.
            MetricType::Bool => whole(Some(Decimal::ZERO), Some(Decimal::ONE)),
            // A ratio that may pass 100%, and a difference of two ratios.
            MetricType::Rate | MetricType::PercentagePoints => continuous(None, None),
            MetricType::Number => continuous(None, None),
        }
    }
}

impl Interval {
    /// The same values of a metric of `domain`, written one way only: open
    /// ends of whole-number domains closed at the next whole value, ends
    /// beyond the domain's clipped to it, and absent ends made the domain's.
    /// An interval that no value of the domain meets comes out empty
    /// ([`Interval::is_empty`]).
    pub fn in_domain(self, domain: Domain) -> Interval {
        let low = self
            .low
            .map(|b| if domain.whole { whole_low(b) } else { b });
        let high = self
            .high
            .map(|b| if domain.whole { whole_high(b) } else { b });
        let floor = domain.low.map(closed);
        let ceiling = domain.high.map(closed);
        Interval {
            low: match (low, floor) {
                (Some(b), Some(f)) if b.value < f.value => Some(f),
                (None, f) => f,
                (b, _) => b,
            },
            high: match (high, ceiling) {
                (Some(b), Some(c)) if b.value > c.value => Some(c),
                (None, c) => c,
                (b, _) => b,
            },
        }
    }
}

fn closed(value: Decimal) -> Bound {
    Bound {
        value: value.normalize(),
        inclusive: true,
    }
}

/// The least whole value a lower bound admits: `>= 4.5` and `> 4` both admit
/// 5 first. A bound too large to move is kept as it is.
fn whole_low(b: Bound) -> Bound {
    let value = if b.inclusive {
        Some(b.value.ceil())
    } else {
        b.value.floor().checked_add(Decimal::ONE)
    };
    value.map_or(b, closed)
}

/// The greatest whole value an upper bound admits: `<= 4.5` and `< 5` both
/// admit 4 last.
fn whole_high(b: Bound) -> Bound {
    let value = if b.inclusive {
        Some(b.value.floor())
    } else {
        b.value.ceil().checked_sub(Decimal::ONE)
    };
    value.map_or(b, closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(value: i64, scale: u32, inclusive: bool) -> Option<Bound> {
        Some(Bound {
            value: Decimal::new(value, scale),
            inclusive,
        })
    }

    fn normal(ty: MetricType, low: Option<Bound>, high: Option<Bound>) -> Interval {
        Interval { low, high }.in_domain(Domain::of(Some(ty)))
    }

    #[test]
    fn a_share_at_least_95_percent_is_the_range_up_to_100() {
        let at_least = normal(MetricType::Ratio, bound(95, 2, true), None);
        let range = normal(MetricType::Ratio, bound(95, 2, true), bound(100, 2, true));
        assert_eq!(at_least, range);
    }

    #[test]
    fn counts_close_open_ends_at_the_next_whole_number() {
        let above_4 = normal(MetricType::Count, bound(4, 0, false), None);
        let at_least_5 = normal(MetricType::Count, bound(5, 0, true), None);
        assert_eq!(above_4, at_least_5);
        let below_5 = normal(MetricType::Count, None, bound(5, 0, false));
        let at_most_4_5 = normal(MetricType::Count, None, bound(45, 1, true));
        assert_eq!(below_5, at_most_4_5);
        assert_eq!(below_5.low, bound(0, 0, true), "counts start at 0");
        // `> 4` and `>= 4` still differ.
        assert_ne!(above_4, normal(MetricType::Count, bound(4, 0, true), None));
    }

    #[test]
    fn continuous_types_keep_open_ends() {
        let minutes = normal(MetricType::Minutes, None, bound(15, 0, false));
        assert_eq!(minutes.high, bound(15, 0, false));
        assert_eq!(minutes.low, bound(0, 0, true), "durations start at 0");
        let number = normal(MetricType::Number, bound(-3, 0, false), None);
        assert_eq!(
            number,
            Interval {
                low: bound(-3, 0, false),
                high: None
            }
        );
    }

    #[test]
    fn an_interval_no_value_meets_comes_out_empty() {
        assert!(normal(MetricType::Count, bound(42, 1, true), bound(48, 1, true)).is_empty());
        assert!(normal(MetricType::Ratio, bound(1, 0, false), None).is_empty());
        assert!(!normal(MetricType::Number, bound(42, 1, true), bound(48, 1, true)).is_empty());
    }

    #[test]
    fn huge_bounds_do_not_overflow() {
        let huge = normal(
            MetricType::Count,
            Some(Bound {
                value: Decimal::MAX,
                inclusive: false,
            }),
            None,
        );
        assert_eq!(huge.low.map(|b| b.value), Some(Decimal::MAX));
    }
}
