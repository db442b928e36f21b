//! Numbers written with decimal marks and thousands separators, as people
//! type them in either locale: `0,95` and `5.000.000` (vi-VN), `0.95` and
//! `5,000,000` (en), `1.234,5` and `1,234.5`.
//!
//! A number whose marks allow one reading is read so, whatever the file's
//! locale: several marks of one kind only separate thousands (`1,500,000`,
//! `5.000.000`), a mark followed by other than three digits is a decimal
//! mark (`1,5`, `0,955`: a group of thousands never follows `0`), and with
//! both kinds the last is the decimal mark. One mark followed by exactly
//! three digits after one to three digits not starting with 0 (`1,500`,
//! `1.240`) could be either: the file's locale settles it where it can (in a
//! semicolon or tab file, the vi-VN one, `.` separates thousands and `,`
//! decimals; elsewhere `.` is a decimal point), and a comma there is left
//! unsettled, since whoever wrote a comma-separated file may have been
//! writing vi-VN numbers: it is refused, never guessed.

use super::exact::Exact;

/// Why a text is not read as a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRead {
    /// It is not a number.
    NotANumber,
    /// A comma that may separate thousands or decimals (`1,500`).
    Ambiguous,
}

/// A number with decimal marks and thousands separators (or spaces
/// between its groups of three), read exactly.
pub fn number_text(text: &str, decimal_comma: bool) -> Result<Exact, NotRead> {
    let text = text.trim();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.contains(is_space) {
        let plain = space_grouped(digits).ok_or(NotRead::NotANumber)?;
        return Exact::parse(&format!("{sign}{plain}")).ok_or(NotRead::NotANumber);
    }
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'e' | 'E' | '+' | '-'))
    {
        return Err(NotRead::NotANumber);
    }
    let plain = plain_digits(digits, decimal_comma)?;
    Exact::parse(&format!("{sign}{plain}")).ok_or(NotRead::NotANumber)
}

/// The spaces people put between groups of thousands: a space, a
/// non-breaking space (as Excel and Word write them in the vi-VN locale),
/// a narrow one.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// `digits` whose whole part is grouped by three with single spaces
/// (`5 000 000`, `1 500,5`, `1 234.5`), with `.` as the only decimal mark
/// and no spaces; `None` when a space stands anywhere else (`1 5`,
/// `9 5`, `0 95`, `1 9999`): such a number cannot be read. After groups of
/// spaces, a `,` or a `.` can only be the decimal mark.
fn space_grouped(digits: &str) -> Option<String> {
    let end = digits
        .find(|c: char| !c.is_ascii_digit() && !is_space(c))
        .unwrap_or(digits.len());
    let (whole, rest) = (digits.get(..end)?, digits.get(end..)?);
    let groups: Vec<&str> = whole.split(is_space).collect();
    let first = groups.first()?;
    let grouped = (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && !rest.contains(is_space);
    if !grouped {
        return None;
    }
    let rest = match rest.strip_prefix([',', '.']) {
        Some(fraction) if !fraction.contains([',', '.']) => format!(".{fraction}"),
        Some(_) => return None,
        None => rest.to_string(),
    };
    Some(format!("{}{rest}", groups.concat()))
}

/// The digits with `.` as the only decimal mark and no separators.
fn plain_digits(digits: &str, decimal_comma: bool) -> Result<String, NotRead> {
    let count = |mark: char| digits.matches(mark).count();
    let (commas, dots) = (count(','), count('.'));
    let not_a_number = || NotRead::NotANumber;
    if commas == 0 && dots == 0 {
        return Ok(digits.to_string());
    }
    if commas > 0 && dots > 0 {
        // The last mark is the decimal one, written once; the other groups
        // the whole part by three (`1.234,5`, `1,234.5`).
        let (decimal, grouping) = match digits.rfind([',', '.']) {
            Some(at) if digits.get(at..).is_some_and(|r| r.starts_with(',')) => (',', '.'),
            _ => ('.', ','),
        };
        if count(decimal) != 1 {
            return Err(not_a_number());
        }
        return ungroup(digits, grouping)
            .map(|d| d.replace(decimal, "."))
            .ok_or_else(not_a_number);
    }
    let (mark, times) = if commas > 0 {
        (',', commas)
    } else {
        ('.', dots)
    };
    if times > 1 {
        return ungroup(digits, mark).ok_or_else(not_a_number);
    }
    let as_decimal = digits.replacen(mark, ".", 1);
    let Some(as_thousands) = ungroup(digits, mark) else {
        return Ok(as_decimal);
    };
    match (mark, decimal_comma) {
        ('.', true) => Ok(as_thousands),
        (',', true) | ('.', false) => Ok(as_decimal),
        _ => Err(NotRead::Ambiguous),
    }
}

/// The digits without their thousands separators, if the separators group
/// the whole part by three after one to three digits not starting with 0
/// (`5.000.000`, `1.234,5`).
fn ungroup(digits: &str, separator: char) -> Option<String> {
    let end = digits
        .find(|c: char| !c.is_ascii_digit() && c != separator)
        .unwrap_or(digits.len());
    let (integer, rest) = (digits.get(..end)?, digits.get(end..)?);
    let groups: Vec<&str> = integer.split(separator).collect();
    let first = groups.first()?;
    let grouped = groups.len() > 1
        && (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && !rest.contains(separator);
    grouped.then(|| format!("{}{rest}", groups.concat()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, decimal_comma: bool) -> Result<String, NotRead> {
        number_text(text, decimal_comma).map(|n| n.to_decimal().unwrap().to_string())
    }

    #[test]
    fn one_reading_is_read_in_either_locale() {
        for comma in [false, true] {
            assert_eq!(read("1,500,000", comma), Ok("1500000".into()));
            assert_eq!(read("5.000.000", comma), Ok("5000000".into()));
            assert_eq!(read("1,5", comma), Ok("1.5".into()));
            assert_eq!(read("0,955", comma), Ok("0.955".into()));
            assert_eq!(read("1,50", comma), Ok("1.5".into()));
            assert_eq!(read("1.234,5", comma), Ok("1234.5".into()));
            assert_eq!(read("1,234.5", comma), Ok("1234.5".into()));
            assert_eq!(read("5 000 000", comma), Ok("5000000".into()));
            assert_eq!(read("1 500,5", comma), Ok("1500.5".into()));
            assert_eq!(read("1 234.5", comma), Ok("1234.5".into()));
            assert_eq!(read("12\u{a0}500", comma), Ok("12500".into()));
            assert_eq!(read("-1 500", comma), Ok("-1500".into()));
            assert_eq!(read("1,2,3", comma), Err(NotRead::NotANumber));
            assert_eq!(read("1.234.5,6,7", comma), Err(NotRead::NotANumber));
        }
    }

    /// A space inside a number separates thousands only where it groups
    /// the whole part by three; anywhere else the number cannot be read,
    /// rather than read with its spaces dropped (`1 5` is not 15).
    #[test]
    fn a_space_is_a_thousands_separator_only_between_groups_of_three() {
        for comma in [false, true] {
            for text in [
                "1 5",
                "9 5",
                "0 95",
                "1 9999",
                "1\u{a0}5",
                "12 50",
                "1  500",
                "0 500",
                "1 500 ,5",
                "1,5 00",
                "1 500.000,5",
                "- 5",
            ] {
                assert_eq!(read(text, comma), Err(NotRead::NotANumber), "{text:?}");
            }
        }
    }

    #[test]
    fn the_locale_settles_a_group_of_three_where_it_can() {
        assert_eq!(read("1.240", true), Ok("1240".into()));
        assert_eq!(read("1,240", true), Ok("1.24".into()));
        assert_eq!(read("1.240", false), Ok("1.24".into()));
        assert_eq!(read("1,500", false), Err(NotRead::Ambiguous));
        assert_eq!(read("-12,500", false), Err(NotRead::Ambiguous));
        assert_eq!(read("95,125", false), Err(NotRead::Ambiguous));
        assert_eq!(read("012,500", false), Ok("12.5".into()));
    }
}
