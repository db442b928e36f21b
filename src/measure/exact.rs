//! Numbers read exactly from the text written: its digits and its power of
//! ten, kept as they are until the value's type has been checked on them.
//! Whether a number is whole, negative or above one is decided on the
//! written digits, and a number becomes a `Decimal` only if the decimal can
//! hold it exactly; nothing is rounded on the way in. (`Decimal::from_str`
//! rounds past 28 digits, `from_scientific` turns `1e-34` into 0, and a
//! float cannot hold 0.6.)

use std::cmp::Ordering;

use rust_decimal::Decimal;

/// Exponents are kept within this bound: far beyond any that a decimal can
/// hold, and far from overflowing when digits are added to them.
const EXPONENT_BOUND: i64 = 1_000_000_000;

/// A number as written: `digits × 10^exponent`, with `digits` the
/// significant digits (no zeros before them, none after them; none at all
/// for zero).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exact {
    negative: bool,
    digits: Vec<u8>,
    exponent: i64,
}

impl Exact {
    /// `[+-]digits[.digits][e[+-]digits]` (or `.5`, `5.`), with `.` as the
    /// decimal mark and nothing else: the text must already be free of
    /// spaces, thousands separators and units.
    pub fn parse(text: &str) -> Option<Exact> {
        let bytes = text.as_bytes();
        let (negative, rest) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            Some((b'+', rest)) => (false, rest),
            _ => (false, bytes),
        };
        let (mantissa, exponent) = match rest.iter().position(|b| matches!(b, b'e' | b'E')) {
            Some(at) => (rest.get(..at)?, Some(rest.get(at + 1..)?)),
            None => (rest, None),
        };
        let (whole, fraction) = match mantissa.iter().position(|b| *b == b'.') {
            Some(at) => (mantissa.get(..at)?, mantissa.get(at + 1..)?),
            None => (mantissa, &[][..]),
        };
        let all_digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
        if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return None;
        }
        let written_exponent = match exponent {
            Some(e) => parse_exponent(e)?,
            None => 0,
        };
        let mut digits: Vec<u8> = whole.iter().chain(fraction).map(|b| b - b'0').collect();
        let fraction_len = i64::try_from(fraction.len()).ok()?;
        let mut exponent = written_exponent - fraction_len;
        while digits.last() == Some(&0) {
            digits.pop();
            exponent += 1;
        }
        let leading = digits.iter().take_while(|d| **d == 0).count();
        digits.drain(..leading);
        if digits.is_empty() {
            exponent = 0;
        }
        Some(Exact {
            negative: negative && !digits.is_empty(),
            digits,
            exponent,
        })
    }

    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Below zero (a written `-0` is zero, not negative).
    pub fn is_negative(&self) -> bool {
        self.negative
    }

    pub fn is_whole(&self) -> bool {
        self.exponent >= 0
    }

    /// How the number's size compares with 1 (its sign aside).
    pub fn magnitude_vs_one(&self) -> Ordering {
        if self.is_zero() {
            return Ordering::Less;
        }
        // The number of digits before the decimal point.
        let places = self.places();
        match places.cmp(&1) {
            Ordering::Equal if self.digits.len() > 1 => Ordering::Greater,
            Ordering::Equal => self.digits.first().copied().unwrap_or(0).cmp(&1),
            other => other,
        }
    }

    /// Whether the size is at most `100` (its sign aside).
    pub fn at_most_a_hundred(&self) -> bool {
        let places = self.places();
        places < 3 || places == 3 && self.digits == [1]
    }

    /// The number times `10^by` (a percent is the number times `10^-2`).
    pub fn scaled(mut self, by: i64) -> Exact {
        if !self.is_zero() {
            self.exponent = (self.exponent + by).clamp(-EXPONENT_BOUND, EXPONENT_BOUND);
        }
        self
    }

    /// The number of digits before the decimal point (0 or less for a
    /// number below 1).
    fn places(&self) -> i64 {
        i64::try_from(self.digits.len()).unwrap_or(i64::MAX) + self.exponent
    }

    /// The decimal, if a `Decimal` holds this number exactly: at most 28
    /// decimals and a coefficient below 2^96 (about 7.9 × 10^28).
    pub fn to_decimal(&self) -> Result<Decimal, Inexact> {
        const MAX_DIGITS: usize = 29;
        const MAX_SCALE: i64 = 28;
        if self.is_zero() {
            return Ok(Decimal::ZERO);
        }
        let too_large = self.exponent >= 0 && self.places() > MAX_DIGITS as i64;
        if too_large || self.exponent < -MAX_SCALE || self.digits.len() > MAX_DIGITS {
            return Err(self.inexact());
        }
        let coefficient = self
            .digits
            .iter()
            .try_fold(0i128, |n, d| n.checked_mul(10)?.checked_add(i128::from(*d)));
        let (coefficient, scale) = if self.exponent >= 0 {
            let power = 10i128.checked_pow(u32::try_from(self.exponent).unwrap_or(u32::MAX));
            (
                coefficient.zip(power).and_then(|(c, p)| c.checked_mul(p)),
                0,
            )
        } else {
            (
                coefficient,
                u32::try_from(-self.exponent).unwrap_or(u32::MAX),
            )
        };
        let signed = coefficient.map(|c| if self.negative { -c } else { c });
        signed
            .and_then(|c| Decimal::try_from_i128_with_scale(c, scale).ok())
            .ok_or_else(|| self.inexact())
    }

    fn inexact(&self) -> Inexact {
        if self.exponent >= 0 {
            Inexact::TooLarge
        } else if self.places() < -27 {
            Inexact::TooSmall
        } else {
            Inexact::TooManyDigits
        }
    }
}

/// Why a decimal cannot hold a number exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inexact {
    /// More than about 7.9 × 10^28.
    TooLarge,
    /// Its first digit lies further than 28 places after the point.
    TooSmall,
    /// Too many significant digits (more than 28 decimals, or 29 digits in
    /// all).
    TooManyDigits,
}

/// An exponent's digits, with a sign; a very long one is kept at the bound
/// (it only needs to say "far out of reach").
fn parse_exponent(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = digits.iter().fold(0i64, |n, d| {
        (n * 10 + i64::from(d - b'0')).min(EXPONENT_BOUND)
    });
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn exact(text: &str) -> Result<Decimal, Inexact> {
        Exact::parse(text).unwrap().to_decimal()
    }

    #[test]
    fn numbers_are_read_as_written() {
        for (text, value) in [
            ("0.6000000000000000000000000000000", "0.6"),
            ("1E+2", "100"),
            ("1e2", "100"),
            ("-0", "0"),
            ("+5", "5"),
            ("007", "7"),
            ("007.50", "7.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("0e999999999999999999999", "0"),
            ("1e-28", "0.0000000000000000000000000001"),
            (
                "79228162514264337593543950335",
                "79228162514264337593543950335",
            ),
            (
                "7.9228162514264337593543950335e28",
                "79228162514264337593543950335",
            ),
            ("-12.5e-1", "-1.25"),
        ] {
            assert_eq!(exact(text), Ok(Decimal::from_str(value).unwrap()), "{text}");
        }
    }

    #[test]
    fn numbers_a_decimal_cannot_hold_are_refused() {
        for (text, why) in [
            ("0.59999999999999999999999999999", Inexact::TooManyDigits),
            ("99.99999999999999999999999999999", Inexact::TooManyDigits),
            ("1e-34", Inexact::TooSmall),
            ("1e-29", Inexact::TooSmall),
            ("1e400", Inexact::TooLarge),
            ("79228162514264337593543950336", Inexact::TooLarge),
            ("1e99999999999999999999", Inexact::TooLarge),
        ] {
            assert_eq!(exact(text), Err(why), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "nan", "inf", "--1", "1 2",
        ] {
            assert_eq!(Exact::parse(text), None, "{text}");
        }
    }

    #[test]
    fn sizes_are_judged_on_the_digits() {
        let e = |t: &str| Exact::parse(t).unwrap();
        assert_eq!(e("1").magnitude_vs_one(), Ordering::Equal);
        assert_eq!(e("1.000").magnitude_vs_one(), Ordering::Equal);
        assert_eq!(
            e("1.0000000000000000000000000000001").magnitude_vs_one(),
            Ordering::Greater
        );
        assert_eq!(
            e("0.99999999999999999999999999999999").magnitude_vs_one(),
            Ordering::Less
        );
        assert_eq!(e("10e-1").magnitude_vs_one(), Ordering::Equal);
        assert_eq!(e("2").magnitude_vs_one(), Ordering::Greater);
        assert!(e("100").at_most_a_hundred());
        assert!(!e("100.0000000000000000000000000000001").at_most_a_hundred());
        assert!(e("99.9").at_most_a_hundred());
        assert!(!e("1e-34").is_whole());
        assert!(e("1E+2").is_whole());
        assert!(!e("-0").is_negative());
    }

    proptest::proptest! {
        /// Any decimal, written plainly or with an exponent, reads back as
        /// itself, to the value.
        #[test]
        fn every_decimal_reads_back_exactly(
            mantissa in proptest::num::i128::ANY,
            scale in 0u32..=28,
            shift in -40i64..40,
        ) {
            let mantissa = mantissa % 79_228_162_514_264_337_593_543_950_336i128;
            let d = Decimal::from_i128_with_scale(mantissa, scale);
            proptest::prop_assert_eq!(exact(&d.to_string()), Ok(d));
            // `d` written as `d × 10^-shift` followed by `e{shift}`.
            let text = d.to_string();
            let shifted = if shift >= 0 {
                format!("{}e{shift}", Exact::parse(&text).unwrap().scaled(-shift).plain())
            } else {
                format!("{}E{shift}", Exact::parse(&text).unwrap().scaled(-shift).plain())
            };
            proptest::prop_assert_eq!(exact(&shifted), Ok(d), "{}", shifted);
        }

        /// A digit more than a decimal holds, at the end, is refused rather
        /// than rounded.
        #[test]
        fn one_digit_too_many_is_refused(
            mantissa in 1i128..79_228_162_514_264_337_593_543_950_335i128,
            extra in 1u8..=9,
        ) {
            let d = Decimal::from_i128_with_scale(mantissa, 28);
            let text = format!("{d}{extra}");
            proptest::prop_assert!(exact(&text).is_err(), "{}", text);
        }
    }

    impl Exact {
        /// The number written with its digits and a point, no exponent.
        fn plain(&self) -> String {
            let digits: String = self.digits.iter().map(|d| char::from(b'0' + d)).collect();
            let sign = if self.negative { "-" } else { "" };
            if digits.is_empty() {
                return "0".to_string();
            }
            if self.exponent >= 0 {
                let zeros = "0".repeat(self.exponent as usize);
                format!("{sign}{digits}{zeros}")
            } else {
                let point = (-self.exponent) as usize;
                if point >= digits.len() {
                    let zeros = "0".repeat(point - digits.len());
                    format!("{sign}0.{zeros}{digits}")
                } else {
                    let (a, b) = digits.split_at(digits.len() - point);
                    format!("{sign}{a}.{b}")
                }
            }
        }
    }
}
