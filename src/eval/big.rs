//! Arithmetic on big fractions, for [`super::exact`] where a value's terms
//! pass 128 bits (points and totals of many targets, a formula's
//! intermediate values). `num_rational`'s own operations reduce with a
//! binary greatest common divisor of the full-size terms, whose time is the
//! square of their length even where one of them is small, and compare by
//! continued fractions, one recursion a term. Here a greatest common
//! divisor starts with one division (the larger by the smaller, so that a
//! small term makes it cheap), a sum reduces by the common part of the
//! denominators only (Knuth, TAOCP 4.5.1), and a comparison multiplies
//! across: a sum of thousands of fractions with distinct denominators
//! costs milliseconds, not seconds.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Zero};

/// The greatest common divisor of the magnitudes (`gcd(0, b)` is `|b|`).
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (a, b) = (a.magnitude(), b.magnitude());
    let (large, small) = if a >= b { (a, b) } else { (b, a) };
    if small.is_zero() {
        return BigInt::from(large.clone());
    }
    if small.is_one() {
        return BigInt::one();
    }
    // One division first: after it both terms are at most the smaller one.
    let rest: BigUint = large % small;
    BigInt::from(small.gcd(&rest))
}

/// `a + b`, in lowest terms (both given in lowest terms).
pub fn add(a: &BigRational, b: &BigRational) -> BigRational {
    let (n1, d1, n2, d2) = (a.numer(), a.denom(), b.numer(), b.denom());
    let g = gcd(d1, d2);
    if g.is_one() {
        // Coprime denominators: the sum is in lowest terms as it is.
        return BigRational::new_raw(n1 * d2 + n2 * d1, d1 * d2);
    }
    let (e1, e2) = (d1 / &g, d2 / &g);
    let t = n1 * &e2 + n2 * &e1;
    if t.is_zero() {
        return BigRational::zero();
    }
    // t shares no factor with e1 or e2: only with g.
    let g2 = gcd(&t, &g);
    BigRational::new_raw(t / &g2, e1 * (d2 / g2))
}

/// `a × b`, in lowest terms (both given in lowest terms).
pub fn mul(a: &BigRational, b: &BigRational) -> BigRational {
    let (n1, d1, n2, d2) = (a.numer(), a.denom(), b.numer(), b.denom());
    if n1.is_zero() || n2.is_zero() {
        return BigRational::zero();
    }
    let (g1, g2) = (gcd(n1, d2), gcd(n2, d1));
    BigRational::new_raw((n1 / &g1) * (n2 / &g2), (d1 / g2) * (d2 / g1))
}

/// How `a` compares with `b` (denominators positive).
pub fn cmp(a: &BigRational, b: &BigRational) -> Ordering {
    if a.denom() == b.denom() {
        return a.numer().cmp(b.numer());
    }
    (a.numer() * b.denom()).cmp(&(b.numer() * a.denom()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn r(n: &str, d: &str) -> BigRational {
        BigRational::new(n.parse().unwrap(), d.parse().unwrap())
    }

    #[test]
    fn operations_agree_with_num_rational() {
        let big = "340282366920938463463374607431768211507"; // 2^128 + 51
        let values = [
            r("1", "3"),
            r("-5", "6"),
            r("7", big),
            r(big, "10"),
            r("-1", big),
            r("0", "1"),
            r("12", "1"),
        ];
        for a in &values {
            for b in &values {
                assert_eq!(add(a, b), a + b, "{a} + {b}");
                assert_eq!(mul(a, b), a * b, "{a} × {b}");
                assert_eq!(cmp(a, b), a.cmp(b), "{a} <> {b}");
                // Lowest terms, the denominator positive.
                let sum = add(a, b);
                assert!(sum.denom() > &BigInt::zero());
                assert!(gcd(sum.numer(), sum.denom()).is_one());
            }
        }
    }

    #[test]
    fn greatest_common_divisors_of_unlike_sizes() {
        let big: BigInt = "340282366920938463463374607431768211456".parse().unwrap();
        assert_eq!(gcd(&big, &BigInt::from(-48)), BigInt::from(16));
        assert_eq!(gcd(&BigInt::zero(), &BigInt::from(-7)), BigInt::from(7));
        assert_eq!(gcd(&BigInt::from(9), &BigInt::from(6)), BigInt::from(3));
    }
}
