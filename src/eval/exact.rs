//! Arithmetic on computed values that knows when it rounded. A decimal holds
//! 28 decimals: 2/3 is rounded, and so is a product or sum that needs more.
//! Each result carries a bound on how far it may lie from the exact value
//! (zero when exact), so that a verdict is given only where the rounding
//! cannot have changed it ([`decides`]); elsewhere the target is `invalid`,
//! never guessed.

use rust_decimal::{Decimal, RoundingStrategy};

use super::formula::{Note, Outcome};
use crate::measure::value::Value;
use crate::syntax::ast::BinOp;

/// `d` to `places` decimals, half away from zero: the one rounding of
/// everything chitieu shows or computes (1.785 to two places is 1.79, where
/// `round_dp`'s half to even would give 1.78).
pub fn round_half_away(d: Decimal, places: u32) -> Decimal {
    d.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// `l op r` for operands known within their error bounds; the divisor is
/// not zero.
pub fn apply(
    op: BinOp,
    (l, l_error): (Decimal, Decimal),
    (r, r_error): (Decimal, Decimal),
) -> Outcome {
    let computed = match op {
        BinOp::Add => l.checked_add(r),
        BinOp::Sub => l.checked_sub(r),
        BinOp::Mul => l.checked_mul(r),
        BinOp::Div => l.checked_div(r),
    };
    let Some(v) = computed else {
        return Outcome::Invalid(Note::TooLarge);
    };
    let carried = match op {
        BinOp::Add | BinOp::Sub => l_error.checked_add(r_error),
        // |l|·er + |r|·el + el·er
        BinOp::Mul => l
            .abs()
            .checked_mul(r_error)
            .zip(r.abs().checked_mul(l_error))
            .zip(l_error.checked_mul(r_error))
            .and_then(|((a, b), c)| a.checked_add(b)?.checked_add(c)),
        // (el + |v|·er) / (|r| − er), when the divisor cannot be zero
        BinOp::Div if r_error.is_zero() => Some(l_error.checked_div(r.abs()).unwrap_or(l_error)),
        BinOp::Div => {
            let least = r.abs().checked_sub(r_error).filter(|d| d > &Decimal::ZERO);
            let Some(least) = least else {
                return Outcome::Invalid(Note::Inexact);
            };
            v.abs()
                .checked_mul(r_error)
                .and_then(|e| e.checked_add(l_error))
                .and_then(|e| e.checked_div(least))
        }
    };
    let Some(carried) = carried else {
        return Outcome::Invalid(Note::Inexact);
    };
    let rounding = if exact(op, l, r, v) {
        Decimal::ZERO
    } else if v.is_zero() {
        // Rounded to nothing, the result keeps no scale of its own (0.5
        // squared seven times is 0, of scale 0): it lies within a step of
        // the finest scale a decimal holds.
        Decimal::new(1, FINEST_SCALE)
    } else {
        step(v)
    };
    // The bound is itself computed with rounding: one step more covers it.
    let error = match carried.checked_add(rounding) {
        Some(e) if e.is_zero() => return Outcome::Value(Value::Number(v)),
        Some(e) => e.checked_add(step(e)),
        None => None,
    };
    match error {
        Some(error) => Outcome::Approximate(v, error),
        None => Outcome::Invalid(Note::Inexact),
    }
}

/// `round(x, places)`: half away from zero on the exact decimal. A value
/// known within an error is exact once rounded where both ends of its range
/// round alike (`round(2/3, 4)` is 0.6667); else the rounded value lies
/// within the farther of the ends' roundings.
pub fn round((v, error): (Decimal, Decimal), places: u32) -> Outcome {
    let round =
        |d: Decimal| d.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    let rounded = round(v);
    if error.is_zero() {
        return Outcome::Value(Value::Number(rounded));
    }
    let (Some(low), Some(high)) = (v.checked_sub(error), v.checked_add(error)) else {
        return Outcome::Invalid(Note::Inexact);
    };
    let (low, high) = (round(low), round(high));
    if low == high {
        return Outcome::Value(Value::Number(low));
    }
    let spread = high
        .checked_sub(rounded)
        .zip(rounded.checked_sub(low))
        .map(|(up, down)| up.max(down));
    match spread {
        Some(spread) => Outcome::Approximate(rounded, spread),
        None => Outcome::Invalid(Note::Inexact),
    }
}

/// Whether `v`, computed as `l op r`, is the exact result. A decimal
/// rounds by lowering the scale, so a sum at the larger scale of its
/// operands and a product at the sum of theirs were not rounded; a quotient
/// is exact if it multiplies back exactly. (Where this cannot tell, it says
/// no: the result then only carries a bound of one step.)
fn exact(op: BinOp, l: Decimal, r: Decimal, v: Decimal) -> bool {
    match op {
        BinOp::Add | BinOp::Sub => v.scale() == l.scale().max(r.scale()),
        // A product by zero is zero exactly, at whatever scale the
        // decimal gives it (`0.726 * 0` is `0`, of scale 0).
        BinOp::Mul => v.scale() == l.scale() + r.scale() || l.is_zero() || r.is_zero(),
        BinOp::Div => v
            .checked_mul(r)
            .is_some_and(|back| exact(BinOp::Mul, v, r, back) && back == l),
    }
}

/// The most decimals a decimal holds.
const FINEST_SCALE: u32 = 28;

/// One unit in the last place of `v`.
fn step(v: Decimal) -> Decimal {
    Decimal::new(1, v.scale())
}

/// Whether a value within `error` of `v` is on the same side of each of
/// `boundaries` as `v` (never on one, unless exact).
pub fn decides(v: Decimal, error: Decimal, boundaries: &[Decimal]) -> bool {
    boundaries.iter().all(|b| {
        v.checked_sub(*b)
            .is_some_and(|distance| distance.abs() > error)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn exactly(v: Decimal) -> (Decimal, Decimal) {
        (v, Decimal::ZERO)
    }

    #[test]
    fn exact_results_stay_values() {
        for (l, op, r, v) in [
            ("57", BinOp::Div, "60", "0.95"),
            ("0.5", BinOp::Mul, "0.2", "0.10"),
            ("1.25", BinOp::Add, "2", "3.25"),
            (
                "1",
                BinOp::Sub,
                "0.999999999999999999999999999",
                "0.000000000000000000000000001",
            ),
        ] {
            assert_eq!(
                apply(op, exactly(d(l)), exactly(d(r))),
                Outcome::Value(Value::Number(d(v))),
                "{l} {op:?} {r}"
            );
        }
    }

    #[test]
    fn rounded_results_carry_their_error() {
        let Outcome::Approximate(v, e) = apply(BinOp::Div, exactly(d("2")), exactly(d("3"))) else {
            panic!("2/3 is rounded");
        };
        assert_eq!(v, d("0.6666666666666666666666666667"));
        assert!(e > Decimal::ZERO && e < d("0.000000000000000000000000001"));
        assert!(decides(v, e, &[d("0.6")]));
        // 10^27 / (10^27 + 1) rounds onto 0.999…9990 (27 nines): its side
        // of that threshold cannot be told.
        let Outcome::Approximate(v, e) = apply(
            BinOp::Div,
            exactly(d("1000000000000000000000000000")),
            exactly(d("1000000000000000000000000001")),
        ) else {
            panic!("rounded");
        };
        assert_eq!(v, d("0.999999999999999999999999999"));
        assert!(!decides(v, e, &[d("0.999999999999999999999999999")]));
        assert!(decides(v, e, &[d("0.95")]));
    }

    #[test]
    fn a_product_rounded_to_zero_stays_near_zero() {
        // 0.5 squared again and again: from the seventh square on it rounds
        // to 0, whose bound must stay a step of 28 decimals (it was 1, then
        // grew past any threshold and the verdict became invalid).
        let mut x = exactly(d("0.5"));
        for _ in 0..32 {
            x = match apply(BinOp::Mul, x, x) {
                Outcome::Value(Value::Number(v)) => exactly(v),
                Outcome::Approximate(v, e) => (v, e),
                other => panic!("{other:?}"),
            };
        }
        assert_eq!(x.0, Decimal::ZERO);
        assert!(x.1 < d("0.000000000000000000000000001"), "{x:?}");
        assert!(decides(x.0, x.1, &[Decimal::ONE]));
    }

    #[test]
    fn errors_grow_through_operations() {
        let third = match apply(BinOp::Div, exactly(d("1")), exactly(d("3"))) {
            Outcome::Approximate(v, e) => (v, e),
            other => panic!("{other:?}"),
        };
        // (1/3) × 3 is 0.9999999999999999999999999999 as computed, 1 exactly.
        let Outcome::Approximate(v, e) = apply(BinOp::Mul, third, exactly(d("3"))) else {
            panic!("still approximate");
        };
        assert!(v < Decimal::ONE && v + e >= Decimal::ONE);
        assert!(!decides(v, e, &[Decimal::ONE]));
    }

    #[test]
    fn rounding_is_half_away_from_zero_and_knows_its_error() {
        let value = |o: Outcome| match o {
            Outcome::Value(Value::Number(v)) => v,
            other => panic!("{other:?}"),
        };
        assert_eq!(value(round(exactly(d("0.125")), 2)), d("0.13"));
        assert_eq!(value(round(exactly(d("-0.125")), 2)), d("-0.13"));
        assert_eq!(value(round(exactly(d("0.1249")), 2)), d("0.12"));
        // 2/3 rounds to 0.6667 at both ends of its error: exact.
        let Outcome::Approximate(v, e) = apply(BinOp::Div, exactly(d("2")), exactly(d("3"))) else {
            panic!("2/3 is rounded");
        };
        assert_eq!(value(round((v, e), 4)), d("0.6667"));
        // A value within 0.001 of 0.125 may round either way.
        assert_eq!(
            round((d("0.125"), d("0.001")), 2),
            Outcome::Approximate(d("0.13"), d("0.01"))
        );
    }

    #[test]
    fn a_product_by_zero_is_exact() {
        assert_eq!(
            apply(BinOp::Mul, exactly(d("0.726")), exactly(d("0"))),
            Outcome::Value(Value::Number(Decimal::ZERO))
        );
    }
}
