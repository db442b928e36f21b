//! A line of fixed-width columns built straight into bytes. A national
//! batch summary has tens of thousands of lines, written after the last
//! unit is scored: through `write!` each cost more than scoring the unit.
//! The text is the one `format!` gives for the same widths (tested below).

use rust_decimal::Decimal;

#[cfg(doc)]
use crate::eval::exact::round_half_away;

#[derive(Default)]
pub struct Columns {
    line: Vec<u8>,
    /// One field's text before it is padded.
    field: Vec<u8>,
}

impl Columns {
    pub fn clear(&mut self) {
        self.line.clear();
    }

    pub fn bytes(&self) -> &[u8] {
        &self.line
    }

    /// Bytes written from `start` on, to change in place.
    pub fn since(&mut self, start: usize) -> &mut [u8] {
        self.line.get_mut(start..).unwrap_or_default()
    }

    /// How many bytes the line has so far.
    pub fn written(&self) -> usize {
        self.line.len()
    }

    #[inline]
    pub fn push(&mut self, text: &str) {
        self.line.extend_from_slice(text.as_bytes());
    }

    /// `text` followed by spaces up to `width` characters (`{:<width$}`).
    pub fn left(&mut self, text: &str, width: usize) {
        self.push(text);
        let pad = width.saturating_sub(text.chars().count());
        self.line.extend(std::iter::repeat_n(b' ', pad));
    }

    /// A count right-aligned in `width` (`{:>width$}`).
    pub fn count(&mut self, n: usize, width: usize) {
        self.field.clear();
        push_digits(&mut self.field, n as u128);
        self.right(width);
    }

    /// `d` to exactly `places` decimals (rounded half away from zero, as
    /// [`round_half_away`] rounds), then `suffix`, right-aligned in `width`:
    /// the text of `format!("{:.places$}{suffix}", round_half_away(d, places))`.
    pub fn fixed(&mut self, d: Decimal, places: u32, suffix: &str, width: usize) {
        self.field.clear();
        let digits = rounded_digits(d, places);
        // A value that rounds to zero loses its sign, as with `round_half_away`.
        if d.is_sign_negative() && digits != 0 {
            self.field.push(b'-');
        }
        let unit = 10u128.pow(places);
        push_digits(&mut self.field, digits / unit);
        if places > 0 {
            self.field.push(b'.');
            match u64::try_from(digits % unit) {
                Ok(fraction) => push_padded(&mut self.field, fraction, places as usize),
                // More decimals than a u64 holds: shown so rarely (to keep
                // a total off 100%) that the formatting machinery will do.
                Err(_) => self.field.extend_from_slice(
                    format!("{:0width$}", digits % unit, width = places as usize).as_bytes(),
                ),
            }
        }
        self.field.extend_from_slice(suffix.as_bytes());
        self.right(width);
    }

    /// The field right-aligned in `width` (its bytes are ASCII).
    fn right(&mut self, width: usize) {
        let pad = width.saturating_sub(self.field.len());
        self.line.extend(std::iter::repeat_n(b' ', pad));
        self.line.extend_from_slice(&self.field);
    }
}

/// The digits of `d` rounded to `places` decimals, half away from zero as
/// [`round_half_away`] rounds, at that scale: 3.856 to 2 places is 386,
/// 3.855 too.
fn rounded_digits(d: Decimal, places: u32) -> u128 {
    let (mantissa, scale) = (d.mantissa().unsigned_abs(), d.scale());
    if scale <= places {
        return mantissa * 10u128.pow(places - scale);
    }
    let divisor = 10u128.pow(scale - places);
    let (whole, rest) = (mantissa / divisor, mantissa % divisor);
    let up = rest * 2 >= divisor;
    whole + u128::from(up)
}

/// The decimal digits of `n`. (rust_decimal's own formatting with a
/// precision runs out of room and panics for numbers near its largest.)
fn push_digits(out: &mut Vec<u8>, n: u128) {
    const CHUNK: u128 = 1_000_000_000_000_000_000;
    match u64::try_from(n) {
        Ok(small) => push_padded(out, small, 1),
        Err(_) => {
            push_digits(out, n / CHUNK);
            push_padded(out, u64::try_from(n % CHUNK).unwrap_or_default(), 18);
        }
    }
}

/// The decimal digits of `n`, with zeros before them up to `width`.
fn push_padded(out: &mut Vec<u8>, mut n: u64, width: usize) {
    let start = out.len();
    loop {
        out.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    while out.len() - start < width {
        out.push(b'0');
    }
    if let Some(digits) = out.get_mut(start..) {
        digits.reverse();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::exact::round_half_away;
    use std::str::FromStr;

    fn fixed(d: Decimal, places: u32, suffix: &str, width: usize) -> String {
        let mut c = Columns::default();
        c.fixed(d, places, suffix, width);
        String::from_utf8(c.bytes().to_vec()).unwrap()
    }

    #[test]
    fn columns_as_format_writes_them() {
        let mut c = Columns::default();
        c.left("Xã", 5);
        c.count(42, 5);
        c.count(0, 3);
        c.push("|");
        assert_eq!(
            String::from_utf8(c.bytes().to_vec()).unwrap(),
            "Xã      42  0|"
        );
        for (text, places) in [("0", 2), ("63", 2), ("0.005", 2), ("0.015", 2), ("100", 1)] {
            let d = Decimal::from_str(text).unwrap();
            assert_eq!(
                fixed(d, places, "%", 8),
                format!(
                    "{:>8}",
                    format!("{:.*}%", places as usize, round_half_away(d, places))
                )
            );
        }
    }

    /// The digits of `round_half_away`, with zeros added up to `places` decimals.
    fn padded(d: Decimal, places: u32) -> String {
        let rounded = round_half_away(d, places);
        let mut expected = rounded.to_string();
        if places > 0 && rounded.scale() == 0 {
            expected.push('.');
        }
        expected.extend(std::iter::repeat_n(
            '0',
            (places - rounded.scale()) as usize,
        ));
        expected
    }

    proptest::proptest! {
        #[test]
        fn decimals_as_format_writes_them(
            mantissa in -10_000_000_000i64..10_000_000_000,
            scale in 0u32..12,
            places in 0u32..4,
            width in 0usize..12,
        ) {
            let d = Decimal::new(mantissa, scale);
            let expected = format!(
                "{:>width$}",
                format!("{:.*}%", places as usize, round_half_away(d, places))
            );
            proptest::prop_assert_eq!(fixed(d, places, "%", width), expected);
        }

        #[test]
        fn long_decimals_as_format_writes_them(
            mantissa in -(1i128 << 95)..(1i128 << 95),
            scale in 0u32..28,
            places in 0u32..4,
        ) {
            let d = Decimal::from_i128_with_scale(mantissa, scale);
            // `format!` with a precision panics this close to the largest
            // decimal: the digits of `round_half_away`, with zeros added.
            proptest::prop_assert_eq!(fixed(d, places, "", 0), padded(d, places));
        }

        /// Up to all 28 decimals, as a total kept off 100% may need.
        #[test]
        fn many_decimals_as_format_writes_them(
            mantissa in -(1i128 << 95)..(1i128 << 95),
            scale in 0u32..=28,
            fewer in 0u32..3,
        ) {
            let d = Decimal::from_i128_with_scale(mantissa, scale);
            let places = scale.saturating_sub(fewer);
            proptest::prop_assert_eq!(fixed(d, places, "", 0), padded(d, places));
        }
    }
}
