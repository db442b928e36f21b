//! Numbers as a spreadsheet shows them. Excel holds a number as a binary
//! float and shows and computes with 15 significant digits: a cell that a
//! formula left at 0.59999999999999998 (the float one step below 0.6) is
//! 0.6 on screen and in every sum, and so is it for the method that scores
//! it. chitieu reads a workbook's number cells so (W0722 names both texts).
//!
//! A CSV or JSON text is read as written, with one exception: a number
//! written as a program writes a binary float, the shortest text that
//! reads back as that float, with 16 or 17 significant digits and a
//! fraction (`1.0000000000000002`, `0.30000000000000004`). No person writes
//! such a number; it is the noise of binary arithmetic, and it is read at
//! 15 significant digits as a spreadsheet would show it, with a warning
//! (W0722) naming both texts. A whole number is never rounded (a 16-digit
//! amount in đồng is exact), nor a text of more digits than a float's
//! (written so on purpose, and read exactly or refused as too precise).
//! Its decimal mark may be a comma (`0,30000000000000004`) wherever a
//! decimal comma is accepted (a semicolon file, a quoted cell of a comma
//! file, a JSON string): the same value gets the same reading and warning.

/// The significant digits Excel shows and computes with.
pub(crate) const SHOWN_DIGITS: usize = 15;

/// `f` as Excel shows it: rounded to 15 significant digits, then written
/// as the shortest decimal that reads back as that (no exponent).
pub(crate) fn as_shown(f: f64) -> Option<String> {
    if !f.is_finite() {
        return None;
    }
    let rounded: f64 = format!("{f:.14e}").parse().ok()?;
    Some(rounded.to_string())
}

/// The digits of a decimal number's text without leading or trailing
/// zeros, and the power of ten of the last of them (`-0.0120e5` is `12`
/// and 2): `None` when the text is not a plain decimal (a sign, digits,
/// at most one `.`, an optional exponent).
fn digits(text: &str) -> Option<(String, i64)> {
    let text = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = || whole.bytes().chain(fraction.bytes());
    if whole.is_empty() && fraction.is_empty() || !all().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let joined: String = all().map(char::from).collect();
    let trailing = joined.len() - joined.trim_end_matches('0').len();
    let significant = joined.trim_matches('0').to_string();
    let places = i64::try_from(fraction.len()).ok()?;
    let last = exponent
        .checked_sub(places)?
        .checked_add(i64::try_from(trailing).ok()?)?;
    Some((significant, last))
}

/// How many significant digits a decimal number's text has (`None` when
/// it is not one).
fn significant_digits(text: &str) -> Option<usize> {
    digits(text).map(|(d, _)| d.len())
}

/// A workbook's number cell as Excel shows it, given its text (`held`) and
/// float (`f`): `None` when Excel shows it as held (15 significant digits
/// or fewer), else the number shown.
pub(crate) fn excel_shows(held: &str, f: f64) -> Option<String> {
    if significant_digits(held)? <= SHOWN_DIGITS {
        return None;
    }
    as_shown(f)
}

/// A CSV or JSON value written as a program writes a binary float (see the
/// module), rewritten at 15 significant digits: `1.0000000000000002` is
/// `1`, `30.000000000000004%` is `30%`, and with a decimal comma
/// `0,30000000000000004` is `0,3`, in any file. `None` for any other text.
pub(crate) fn float_noise(text: &str) -> Option<String> {
    let text = text.trim();
    let (number, percent) = match text.strip_suffix('%') {
        Some(number) => (number.trim_end(), true),
        None => (text, false),
    };
    // Most values have few digits: told without allocating.
    if number.bytes().filter(u8::is_ascii_digit).count() <= SHOWN_DIGITS {
        return None;
    }
    // The decimal mark is the one mark written, a point or a comma,
    // whatever the file's locale: one mark among 16 or more digits can
    // separate nothing but decimals (see `separators`), so the number is
    // read so wherever it is accepted, and its noise is the same.
    let mark = match (number.matches('.').count(), number.matches(',').count()) {
        (0, 1) => ',',
        (1 | 0, 0) => '.',
        _ => return None,
    };
    if !number.contains([mark, 'e', 'E']) {
        return None;
    }
    let number = number.replace(mark, ".");
    let (written, last) = digits(&number)?;
    if !(SHOWN_DIGITS + 1..=SHOWN_DIGITS + 2).contains(&written.len()) {
        return None;
    }
    let f: f64 = number.parse().ok()?;
    // The shortest text of the float: the written one, or it was not
    // written by a program printing that float.
    if digits(&f.to_string())? != (written, last) {
        return None;
    }
    let shown = as_shown(f)?;
    let shown = if mark == ',' {
        shown.replace('.', ",")
    } else {
        shown
    };
    Some(if percent { shown + "%" } else { shown })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_decimal_texts() {
        assert_eq!(digits("-0.0120e5"), Some(("12".to_string(), 2)));
        assert_eq!(digits("1000"), Some(("1".to_string(), 3)));
        assert_eq!(
            digits("1.0000000000000002"),
            Some(("10000000000000002".to_string(), -16))
        );
        assert_eq!(digits("1.2.3"), None);
        assert_eq!(digits("."), None);
        assert_eq!(significant_digits("0.59999999999999998"), Some(17));
    }

    #[test]
    fn binary_noise_is_read_as_a_spreadsheet_shows_it() {
        let noise = float_noise;
        assert_eq!(noise("1.0000000000000002").as_deref(), Some("1"));
        assert_eq!(noise("0.30000000000000004").as_deref(), Some("0.3"));
        assert_eq!(noise("0.5999999999999999").as_deref(), Some("0.6"));
        assert_eq!(noise("30.000000000000004%").as_deref(), Some("30%"));
        assert_eq!(noise("1.0000000000000002e-1").as_deref(), Some("0.1"));
        // A decimal comma, in any file: the same reading and the same noise.
        assert_eq!(noise("0,30000000000000004").as_deref(), Some("0,3"));
        assert_eq!(noise("0,5999999999999999%").as_deref(), Some("0,6%"));
        // Whole numbers, and texts that are not a float's shortest.
        assert_eq!(noise("1234567890123456"), None);
        assert_eq!(noise("1.00000000000000002"), None);
        assert_eq!(noise("1.000000000000000200"), Some("1".to_string()));
        assert_eq!(noise("0.123456789012345"), None);
        assert_eq!(noise("1.234,30000000000000004"), None);
        assert_eq!(noise("abc"), None);
    }

    #[test]
    fn excel_shows_fifteen_digits() {
        assert_eq!(
            excel_shows("0.59999999999999998", 0.6).as_deref(),
            Some("0.6")
        );
        assert_eq!(
            excel_shows("1.0000000000000002", 1.0000000000000002).as_deref(),
            Some("1")
        );
        assert_eq!(excel_shows("0.017", 0.017), None);
        assert_eq!(excel_shows("1e-30", 1e-30), None);
    }
}
