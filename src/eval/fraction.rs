//! Arithmetic on fractions of two 128-bit terms, for [`super::exact`]: each
//! operation multiplies with checked 128-bit integers and reduces the
//! result with one greatest common divisor, computed on 64 bits where both
//! numbers fit (counts and points do): a unit's rates, points and totals
//! are computed without allocating, and without the several divisions of
//! 128-bit numbers a general rational type spends on each operation.
//! `None` says the result does not fit; the caller then computes on big
//! integers.

use std::cmp::Ordering;

/// A fraction as its numerator and denominator: the denominator positive,
/// the numerator never `i128::MIN` (so that negating it cannot overflow).
pub type Parts = (i128, i128);

/// The greatest common divisor (`gcd(0, b)` is `b`).
pub fn gcd(a: u128, b: u128) -> u128 {
    match (u64::try_from(a), u64::try_from(b)) {
        (Ok(a), Ok(b)) => u128::from(gcd64(a, b)),
        _ => gcd128(a, b),
    }
}

/// Stein's binary algorithm, on the width of the integers given.
macro_rules! binary_gcd {
    ($a:expr, $b:expr) => {{
        let (mut a, mut b) = ($a, $b);
        if a == 0 || b == 0 {
            return a | b;
        }
        let shift = (a | b).trailing_zeros();
        a >>= a.trailing_zeros();
        loop {
            b >>= b.trailing_zeros();
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            b -= a;
            if b == 0 {
                return a << shift;
            }
        }
    }};
}

fn gcd64(a: u64, b: u64) -> u64 {
    binary_gcd!(a, b)
}

fn gcd128(a: u128, b: u128) -> u128 {
    binary_gcd!(a, b)
}

/// `a / g` for a positive `g` that divides `a`, on 64 bits where both fit.
fn div(a: i128, g: u128) -> i128 {
    let magnitude = a.unsigned_abs();
    let quotient = match (u64::try_from(magnitude), u64::try_from(g)) {
        (Ok(m), Ok(g)) if g > 0 => u128::from(m / g),
        _ => magnitude.checked_div(g).unwrap_or(magnitude),
    };
    // INVARIANT: the quotient is at most |a|, so it fits where a did,
    // except |i128::MIN| divided by 1, which a `Parts` never holds.
    let quotient = i128::try_from(quotient).unwrap_or(i128::MAX);
    if a < 0 {
        -quotient
    } else {
        quotient
    }
}

/// `n / d` (`d` positive) in lowest terms; `None` for `i128::MIN` as the
/// numerator.
pub fn reduce((n, d): Parts) -> Option<Parts> {
    if n == i128::MIN {
        return None;
    }
    let g = gcd(n.unsigned_abs(), d.unsigned_abs());
    if g <= 1 {
        return Some((n, d));
    }
    Some((div(n, g), div(d, g)))
}

/// `a × b` in lowest terms.
pub fn mul((n1, d1): Parts, (n2, d2): Parts) -> Option<Parts> {
    if let (Some(n), Some(d)) = (n1.checked_mul(n2), d1.checked_mul(d2)) {
        return reduce((n, d));
    }
    // Reduced across first, the terms may still fit.
    let (g1, g2) = (
        gcd(n1.unsigned_abs(), d2.unsigned_abs()),
        gcd(n2.unsigned_abs(), d1.unsigned_abs()),
    );
    let n = div(n1, g1.max(1)).checked_mul(div(n2, g2.max(1)))?;
    let d = div(d1, g2.max(1)).checked_mul(div(d2, g1.max(1)))?;
    reduce((n, d))
}

/// `a + b` in lowest terms.
pub fn add((n1, d1): Parts, (n2, d2): Parts) -> Option<Parts> {
    if d1 == d2 {
        return reduce((n1.checked_add(n2)?, d1));
    }
    let n = n1.checked_mul(d2)?.checked_add(n2.checked_mul(d1)?)?;
    reduce((n, d1.checked_mul(d2)?))
}

/// `1 / a`; `None` for zero.
pub fn recip((n, d): Parts) -> Option<Parts> {
    match n.cmp(&0) {
        Ordering::Equal => None,
        // INVARIANT: `n` is not i128::MIN and `d` is positive, so neither
        // negation overflows.
        Ordering::Less => Some((-d, -n)),
        Ordering::Greater => Some((d, n)),
    }
}

/// How `a` compares with `b`; `None` when the cross products overflow.
pub fn cmp((n1, d1): Parts, (n2, d2): Parts) -> Option<Ordering> {
    if d1 == d2 {
        return Some(n1.cmp(&n2));
    }
    Some(n1.checked_mul(d2)?.cmp(&n2.checked_mul(d1)?))
}

/// `a × 10^places` rounded half away from zero to a whole number; `None`
/// when it does not fit. The whole part and the remainder are scaled apart,
/// so that a large numerator over a small denominator (a percentage of
/// points) fits as long as the result does.
pub fn round((n, d): Parts, places: u32) -> Option<i128> {
    let scale = 10i128.checked_pow(places)?;
    let (whole, rest) = (n / d, n % d);
    let scaled = rest.checked_mul(scale)?;
    let (q, rest) = (scaled / d, scaled % d);
    // Half away from zero: a remainder of at least half the denominator
    // moves one step out.
    let q = if rest.unsigned_abs().checked_mul(2)? >= d.unsigned_abs() {
        if n < 0 {
            q - 1
        } else {
            q + 1
        }
    } else {
        q
    };
    whole.checked_mul(scale)?.checked_add(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greatest_common_divisors() {
        assert_eq!(gcd(12, 18), 6);
        assert_eq!(gcd(0, 7), 7);
        assert_eq!(gcd(1 << 100, 3 << 90), 1 << 90);
        assert_eq!(
            gcd(u128::from(u64::MAX) * 3, u128::from(u64::MAX) * 5),
            u128::from(u64::MAX)
        );
    }

    #[test]
    fn operations_give_lowest_terms() {
        assert_eq!(mul((6, 7), (7, 12)), Some((1, 2)));
        assert_eq!(add((1, 3), (1, 6)), Some((1, 2)));
        assert_eq!(add((-1, 3), (1, 3)), Some((0, 1)));
        assert_eq!(recip((-2, 3)), Some((-3, 2)));
        assert_eq!(cmp((1, 3), (333, 1000)), Some(Ordering::Greater));
        assert_eq!(round((2, 3), 4), Some(6667));
        assert_eq!(round((-1, 8), 2), Some(-13));
        assert_eq!(reduce((i128::MIN, 3)), None);
        assert_eq!(mul((i128::MAX, 1), (2, 1)), None);
    }
}
