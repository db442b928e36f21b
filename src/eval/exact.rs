//! Exact numbers for computed values, points and totals. A value is a
//! decimal while every operation on it stays exact in a decimal (sums,
//! products, quotients that end within 28 digits: `57 / 60` is 0.95); a
//! quotient that never ends (`6 / 7`) is an exact fraction instead. A
//! fraction whose numerator and denominator fit in 128 bits is held
//! without allocating ([`Exact::Small`]); only a larger one is a big
//! rational. A formula's value must be a decimal or a small fraction (the
//! evaluator calls a larger one "too large"), so that a chain of squarings
//! cannot grow without end; only points and totals may be big, and they
//! grow with the number of targets summed, which the plan bounds.
//!
//! Nothing is rounded here but by [`Exact::round_dp`] and
//! [`Exact::round_to_step`] (a formula's `round`, a target's `round STEP`,
//! and what a report shows), always half away from zero on the exact value.

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::{BigRational, Ratio};
use num_traits::{Signed, ToPrimitive};
use rust_decimal::{Decimal, RoundingStrategy};

use super::{big, fraction};

/// `d` to `places` decimals, half away from zero: the one rounding of
/// everything chitieu shows or computes (1.785 to two places is 1.79, where
/// `round_dp`'s half to even would give 1.78).
pub fn round_half_away(d: Decimal, places: u32) -> Decimal {
    d.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// The most decimals a decimal holds.
const FINEST_SCALE: u32 = 28;

/// An exact number. Always in its canonical form: a decimal if it is one
/// (its denominator divides 10^28 and its digits fit), else a small
/// fraction if its terms fit in 128 bits, else a big one; a fraction is in
/// lowest terms with a positive denominator, and a small one never has
/// `i128::MIN` as numerator (so that negating it cannot overflow).
#[derive(Debug, Clone)]
pub enum Exact {
    Decimal(Decimal),
    Small(Ratio<i128>),
    Big(Box<BigRational>),
}

impl Default for Exact {
    fn default() -> Self {
        Exact::ZERO
    }
}

impl From<Decimal> for Exact {
    fn from(d: Decimal) -> Self {
        Exact::Decimal(d)
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Exact {}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Self) -> Ordering {
        if let (Exact::Decimal(a), Exact::Decimal(b)) = (self, other) {
            return a.cmp(b);
        }
        match (self.parts(), other.parts()) {
            (Some(a), Some(b)) => {
                fraction::cmp(a, b).unwrap_or_else(|| big::cmp(&self.big(), &other.big()))
            }
            _ => big::cmp(&self.big(), &other.big()),
        }
    }
}

impl PartialEq<Decimal> for Exact {
    fn eq(&self, other: &Decimal) -> bool {
        matches!(self, Exact::Decimal(d) if d == other)
    }
}

impl Exact {
    pub const ZERO: Exact = Exact::Decimal(Decimal::ZERO);

    pub fn is_zero(&self) -> bool {
        matches!(self, Exact::Decimal(d) if d.is_zero())
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Exact::Decimal(d) => d.is_sign_negative() && !d.is_zero(),
            Exact::Small(r) => r.is_negative(),
            Exact::Big(r) => r.is_negative(),
        }
    }

    /// The value, if it is a decimal.
    pub fn decimal(&self) -> Option<Decimal> {
        match self {
            Exact::Decimal(d) => Some(*d),
            _ => None,
        }
    }

    pub fn checked_add(&self, other: &Exact) -> Option<Exact> {
        Some(self.plus(other))
    }

    pub fn checked_sub(&self, other: &Exact) -> Option<Exact> {
        Some(self.plus(&other.neg()))
    }

    pub fn checked_mul(&self, other: &Exact) -> Option<Exact> {
        Some(self.times(other))
    }

    /// `self + other`, exactly.
    pub fn plus(&self, other: &Exact) -> Exact {
        if let (Exact::Decimal(a), Exact::Decimal(b)) = (self, other) {
            // A sum is rounded only where it loses scale.
            let v = a.checked_add(*b);
            if let Some(v) = v.filter(|v| v.scale() == a.scale().max(b.scale())) {
                return Exact::Decimal(v);
            }
        }
        self.fraction_op(other, fraction::add, big::add)
    }

    /// `self × other`, exactly.
    pub fn times(&self, other: &Exact) -> Exact {
        if let (Exact::Decimal(a), Exact::Decimal(b)) = (self, other) {
            if a.is_zero() || b.is_zero() {
                return Exact::ZERO;
            }
            let v = a.checked_mul(*b);
            if let Some(v) = v.filter(|v| v.scale() == a.scale() + b.scale()) {
                return Exact::Decimal(v);
            }
        }
        self.fraction_op(other, fraction::mul, big::mul)
    }

    /// `self / other`; `None` when `other` is zero. A quotient that ends is
    /// a decimal again (57 / 60 is 0.95).
    pub fn checked_div(&self, other: &Exact) -> Option<Exact> {
        if other.is_zero() {
            return None;
        }
        Some(self.times(&other.recip()?))
    }

    pub fn neg(&self) -> Exact {
        match self {
            Exact::Decimal(d) => Exact::Decimal(-*d),
            // INVARIANT: a small fraction's numerator is never i128::MIN.
            Exact::Small(r) => Exact::Small(Ratio::new_raw(-*r.numer(), *r.denom())),
            Exact::Big(r) => Exact::Big(Box::new(-(**r).clone())),
        }
    }

    pub fn abs(&self) -> Exact {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `1 / self`; `None` for zero.
    fn recip(&self) -> Option<Exact> {
        if self.is_zero() {
            return None;
        }
        Some(match self.parts() {
            // A fraction of 128-bit terms stays one, unreduced only where
            // a decimal's denominator is a power of ten (reduced by the
            // operation it goes into).
            Some(parts) => Exact::Small(raw(fraction::recip(parts)?)),
            None => Exact::from_big(self.big().into_owned().recip()),
        })
    }

    /// `op` on the two as fractions of 128-bit terms where it does not
    /// overflow, else as big ones.
    fn fraction_op(
        &self,
        other: &Exact,
        small_op: fn(fraction::Parts, fraction::Parts) -> Option<fraction::Parts>,
        big_op: fn(&BigRational, &BigRational) -> BigRational,
    ) -> Exact {
        if let (Some(a), Some(b)) = (self.parts(), other.parts()) {
            if let Some(v) = small_op(a, b) {
                return canonical(v);
            }
        }
        Exact::from_big(big_op(&self.big(), &other.big()))
    }

    /// The value as a fraction of 128-bit terms, if it is one (a decimal's
    /// is over a power of ten, not reduced).
    fn parts(&self) -> Option<fraction::Parts> {
        match self {
            Exact::Decimal(d) => Some((d.mantissa(), pow10(d.scale())?)),
            Exact::Small(r) => Some((*r.numer(), *r.denom())),
            Exact::Big(_) => None,
        }
    }

    /// The value as a big fraction (borrowed where it is one).
    fn big(&self) -> Cow<'_, BigRational> {
        match self {
            Exact::Big(r) => Cow::Borrowed(r),
            Exact::Small(r) => Cow::Owned(BigRational::new_raw(
                BigInt::from(*r.numer()),
                BigInt::from(*r.denom()),
            )),
            Exact::Decimal(d) => Cow::Owned(BigRational::new(
                BigInt::from(d.mantissa()),
                BigInt::from(10).pow(d.scale()),
            )),
        }
    }

    /// The value, if it is a big fraction.
    pub(super) fn as_big(&self) -> Option<&BigRational> {
        match self {
            Exact::Big(r) => Some(r),
            _ => None,
        }
    }

    /// A big fraction (in lowest terms, its denominator positive) in its
    /// canonical form.
    pub(super) fn from_big(r: BigRational) -> Exact {
        if let (Some(n), Some(d)) = (r.numer().to_i128(), r.denom().to_i128()) {
            if n != i128::MIN {
                return canonical((n, d));
            }
        }
        Exact::Big(Box::new(r))
    }

    /// The smaller of two.
    pub fn min(self, other: Exact) -> Exact {
        if other < self {
            other
        } else {
            self
        }
    }

    /// The value rounded half away from zero to `places` decimals (at most
    /// 28); `None` if the rounded value does not fit a decimal.
    pub fn round_dp(&self, places: u32) -> Option<Decimal> {
        if let Exact::Decimal(d) = self {
            return Some(round_half_away(*d, places.min(FINEST_SCALE)));
        }
        let places = places.min(FINEST_SCALE);
        if let Some(rounded) = self.parts().and_then(|p| fraction::round(p, places)) {
            return Decimal::try_from_i128_with_scale(rounded, places).ok();
        }
        let r = self.big();
        let scaled = r.numer() * BigInt::from(10).pow(places);
        let (q, rest) = scaled.div_rem(r.denom());
        // Half away from zero: |rest| ≥ denominator / 2 moves one step out.
        let q = if rest.abs() * 2 >= *r.denom() {
            q + if r.is_negative() { -1 } else { 1 }
        } else {
            q
        };
        Decimal::try_from_i128_with_scale(q.to_i128()?, places).ok()
    }

    /// The value as a decimal to show or write: itself when it is one, else
    /// rounded half away from zero to as many decimals (up to 28) as a
    /// decimal holds for it; `None` past the largest decimal.
    pub fn shown(&self) -> Option<Decimal> {
        if let Exact::Decimal(d) = self {
            return Some(*d);
        }
        // As many decimals as the digits before the point leave of the
        // decimal's 28 or 29 (a mantissa below 2^96).
        let whole = self.abs().round_dp(0).unwrap_or(Decimal::MAX);
        let digits = whole
            .mantissa()
            .unsigned_abs()
            .checked_ilog10()
            .map_or(0, |d| d + 1);
        let most = (FINEST_SCALE + 1).saturating_sub(digits).min(FINEST_SCALE);
        (0..=most).rev().find_map(|p| self.round_dp(p))
    }

    /// [`Exact::shown_or_max`] for a total, which grades and ranks: a value
    /// that is no decimal is never written as one that ends before its last
    /// place. Where the rounding ends in 0 (59.99…97 to 27 places is
    /// 60.00…0, which reads as meeting `>= 60 points`), the last place
    /// moves one step towards the value (59.99…99): so written, it lies on
    /// the value's side of every decimal with fewer places (0, its maximum,
    /// 100%, a whole number, a grade's bound), within one step of it.
    pub fn shown_on_its_side(&self) -> Decimal {
        let rounded = self.shown_or_max();
        if matches!(self, Exact::Decimal(_)) || rounded.mantissa() % 10 != 0 {
            return rounded;
        }
        let step = Decimal::new(1, rounded.scale());
        let towards = match self.cmp(&Exact::Decimal(rounded)) {
            Ordering::Less => rounded.checked_sub(step),
            Ordering::Greater => rounded.checked_add(step),
            Ordering::Equal => None,
        };
        // Past the largest decimal, the rounding stands.
        towards.unwrap_or(rounded)
    }

    /// [`Exact::shown`], the largest decimal past it.
    pub fn shown_or_max(&self) -> Decimal {
        self.shown().unwrap_or(if self.is_negative() {
            Decimal::MIN
        } else {
            Decimal::MAX
        })
    }

    /// The value as reports write it: [`Exact::shown_or_max`], without
    /// trailing zeros.
    pub fn written(&self) -> Decimal {
        self.shown_or_max().normalize()
    }

    /// The nearest multiple of `step` (positive), half away from zero.
    pub fn round_to_step(&self, step: Decimal) -> Option<Exact> {
        let steps = self.checked_div(&Exact::Decimal(step))?.round_dp(0)?;
        steps.checked_mul(step).map(Exact::Decimal)
    }

    /// The largest multiple of `step` (positive) not above the value.
    pub fn floor_to_step(&self, step: Decimal) -> Option<Exact> {
        let steps = self.checked_div(&Exact::Decimal(step))?.big().floor();
        let steps = Decimal::try_from_i128_with_scale(steps.to_integer().to_i128()?, 0).ok()?;
        steps.checked_mul(step).map(Exact::Decimal)
    }
}

/// 10^scale, for a decimal's scale (at most 28).
fn pow10(scale: u32) -> Option<i128> {
    POWERS_OF_TEN.get(usize::try_from(scale).ok()?).copied()
}

/// 10^0 to 10^28, looked up rather than computed: a decimal's scale is
/// turned into its denominator at every comparison with a fraction.
// INVARIANT: computed while compiling, so an index out of bounds fails the
// build, never a run.
#[allow(clippy::indexing_slicing)]
const POWERS_OF_TEN: [i128; FINEST_SCALE as usize + 1] = {
    let mut powers = [1i128; FINEST_SCALE as usize + 1];
    let mut i = 1;
    while i < powers.len() {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

/// A fraction of 128-bit terms in lowest terms, in its canonical form: a
/// decimal if it is one.
fn canonical((n, d): fraction::Parts) -> Exact {
    match as_decimal(n, d) {
        Some(d) => Exact::Decimal(d),
        None => Exact::Small(raw((n, d))),
    }
}

/// The parts as a `Ratio`, as they are.
fn raw((n, d): fraction::Parts) -> Ratio<i128> {
    Ratio::new_raw(n, d)
}

/// `n / d` (lowest terms, `d` positive) as a decimal, if it is one: its
/// denominator a divisor of 10^k for some k up to 28, and its digits within
/// a decimal's.
fn as_decimal(n: i128, d: i128) -> Option<Decimal> {
    if d == 1 {
        return Decimal::try_from_i128_with_scale(n, 0).ok();
    }
    let (twos, fives) = (d.trailing_zeros(), fives_in(d)?);
    let k = twos.max(fives);
    if k > FINEST_SCALE {
        return None;
    }
    let power = pow10(k)?;
    // On 64 bits where they fit (a count's quotient): a 128-bit division
    // costs several times more.
    let factor = match (u64::try_from(power), u64::try_from(d)) {
        (Ok(p), Ok(d)) if d > 0 => i128::from(p / d),
        _ => power.checked_div(d)?,
    };
    if factor.checked_mul(d)? != power {
        return None;
    }
    Decimal::try_from_i128_with_scale(n.checked_mul(factor)?, k).ok()
}

/// How many times 5 divides `d` (positive), if 2s and 5s are all its
/// factors; on 64 bits where it fits.
fn fives_in(d: i128) -> Option<u32> {
    let rest = d.unsigned_abs() >> d.trailing_zeros();
    let mut fives = 0;
    if let Ok(mut rest) = u64::try_from(rest) {
        while rest % 5 == 0 && rest > 0 {
            rest /= 5;
            fives += 1;
        }
        return (rest == 1).then_some(fives);
    }
    let mut rest = rest;
    while rest % 5 == 0 && rest > 0 {
        rest /= 5;
        fives += 1;
    }
    (rest == 1).then_some(fives)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Exact {
        Exact::Decimal(Decimal::from_str(text).unwrap())
    }

    fn q(a: &str, b: &str) -> Exact {
        d(a).checked_div(&d(b)).unwrap()
    }

    #[test]
    fn a_total_that_is_no_decimal_is_written_on_its_side() {
        // 60 - 1/(3 × 10^27): rounded to 27 places it is 60, shown below.
        let hair = q("1", "3000000000000000000000000000");
        let below = d("60").checked_sub(&hair).unwrap();
        assert_eq!(below.shown_or_max(), Decimal::from_str("60").unwrap());
        let shown = below.shown_on_its_side();
        assert!(shown < Decimal::from(60), "{shown}");
        assert_eq!(shown.to_string(), "59.999999999999999999999999999");
        let above = d("60").checked_add(&hair).unwrap();
        assert_eq!(
            above.shown_on_its_side().to_string(),
            "60.000000000000000000000000001"
        );
        // A rounding that does not end in 0 stands, and a decimal is itself.
        assert_eq!(q("1", "3").shown_on_its_side(), q("1", "3").shown_or_max());
        assert_eq!(d("60").shown_on_its_side(), Decimal::from(60));
    }

    #[test]
    fn terminating_results_stay_decimals() {
        assert!(
            matches!(q("57", "60"), Exact::Decimal(v) if v == Decimal::from_str("0.95").unwrap())
        );
        assert!(matches!(
            d("0.5").checked_mul(&d("0.2")),
            Some(Exact::Decimal(_))
        ));
        assert!(matches!(q("1", "1024"), Exact::Decimal(_)));
    }

    #[test]
    fn quotients_that_never_end_are_exact_fractions() {
        // 6/7 × 7/12 is 1/2 exactly: a decimal again.
        let product = q("6", "7").checked_mul(&q("7", "12")).unwrap();
        assert_eq!(product, d("0.5"));
        assert!(matches!(product, Exact::Decimal(_)));
        // 1/3 × 30 is 10; 1/3 × 3 is 1.
        assert_eq!(q("1", "3").checked_mul(&d("30")).unwrap(), d("10"));
        assert!(
            matches!(q("1", "3").checked_mul(&d("3")), Some(Exact::Decimal(one)) if one == Decimal::ONE)
        );
        // 10^27 / (10^27 + 1) lies between 27 nines and 1, where a decimal
        // of 28 digits would round it onto one of them.
        let near = q(
            "1000000000000000000000000000",
            "1000000000000000000000000001",
        );
        assert!(matches!(near, Exact::Small(_)));
        assert!(near > d("0.999999999999999999999999999"));
        assert!(near < d("0.9999999999999999999999999991"));
    }

    #[test]
    fn sums_of_many_fractions_grow_big_and_stay_exact() {
        let mut total = Exact::ZERO;
        let mut back = Exact::ZERO;
        for den in [
            1000003, 1000033, 1000037, 1000039, 1000081, 1000099, 1000117,
        ] {
            let part = q("1", &format!("{den}"));
            total = total.checked_add(&part).unwrap();
            back = back.checked_add(&part.neg()).unwrap();
        }
        assert!(matches!(total, Exact::Big(_)));
        assert!(total.checked_add(&back).unwrap().is_zero());
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_the_exact_value() {
        assert_eq!(d("0.125").round_dp(2), Decimal::from_str("0.13").ok());
        assert_eq!(d("-0.125").round_dp(2), Decimal::from_str("-0.13").ok());
        assert_eq!(
            d("0.504999999999999999999999").round_dp(2),
            Decimal::from_str("0.50").ok()
        );
        assert_eq!(q("2", "3").round_dp(4), Decimal::from_str("0.6667").ok());
        assert_eq!(q("-2", "3").round_dp(4), Decimal::from_str("-0.6667").ok());
        // 1/6 × 3 = 0.5: rounds up, however a decimal would hold 1/6.
        assert_eq!(
            q("1", "6").checked_mul(&d("3")).unwrap().round_dp(0),
            Some(Decimal::ONE)
        );
        assert_eq!(
            q("50", "3").round_to_step(Decimal::from_str("0.01").unwrap()),
            Some(d("16.67"))
        );
        assert_eq!(
            q("50", "3").floor_to_step(Decimal::from_str("0.01").unwrap()),
            Some(d("16.66"))
        );
        assert_eq!(
            q("1", "3").shown(),
            Decimal::from_str("0.3333333333333333333333333333").ok()
        );
    }

    #[test]
    fn powers_of_ten_are_looked_up() {
        for scale in 0..=FINEST_SCALE {
            assert_eq!(pow10(scale), 10i128.checked_pow(scale));
        }
        assert_eq!(pow10(FINEST_SCALE + 1), None);
    }

    #[test]
    fn the_smallest_numerator_never_stays_small() {
        // -2^127 / 3 cannot be negated in 128 bits: it is held big.
        let min = Exact::Decimal(Decimal::MIN);
        let x = min
            .checked_mul(&d("2147483648"))
            .unwrap()
            .checked_div(&d("3"))
            .unwrap();
        assert_eq!(x.neg().neg(), x);
    }
}
