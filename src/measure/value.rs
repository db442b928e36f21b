//! Reading one value for a metric of a known type: numbers with a decimal
//! point or comma, percents, dates day-first, yes/no in English or Vietnamese,
//! minutes and đồng with or without their unit, and `n/a`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;

use super::Raw;
use crate::syntax::ast::MetricType;
use crate::syntax::literal::percent_to_fraction;

/// A usable value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Number(Decimal),
    Date(NaiveDate),
    Bool(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Interpreted {
    Value(Value),
    /// Written as `n/a`: the target does not apply to the unit.
    NotApplicable,
    /// Nothing written.
    Empty,
}

/// Why a value cannot be used: (kind, message, hint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Unreadable(String, String),
    WrongType(String, String),
    OutOfRange(String, String),
    CellError(String),
}

const NOT_APPLICABLE: [&str; 5] = ["n/a", "na", "không áp dụng", "khong ap dung", "kad"];
const TRUE_WORDS: [&str; 6] = ["true", "có", "co", "yes", "đạt", "1"];
const FALSE_WORDS: [&str; 6] = ["false", "không", "khong", "no", "không đạt", "0"];
const MINUTE_UNITS: [&str; 4] = ["min", "phút", "phut", "minutes"];
const MONEY_UNITS: [&str; 5] = ["vnd", "vnđ", "đồng", "dong", "đ"];
const POINT_UNITS: [&str; 2] = ["pp", "điểm %"];

pub fn interpret(raw: &Raw, ty: MetricType, decimal_comma: bool) -> Result<Interpreted, Problem> {
    let value = match raw {
        Raw::Empty => return Ok(Interpreted::Empty),
        Raw::CellError(e) => return Err(Problem::CellError(e.clone())),
        Raw::Text(text) => return interpret_text(text, ty, decimal_comma),
        Raw::Number(n) => Written::Number(*n),
        Raw::Bool(b) => Written::Bool(*b),
        Raw::Date(d) => Written::Date(*d),
    };
    typed(value, ty).map(Interpreted::Value)
}

/// A value written as text, for a metric of type `ty`.
pub fn interpret_text(
    text: &str,
    ty: MetricType,
    decimal_comma: bool,
) -> Result<Interpreted, Problem> {
    if let Some(value) = plain_value(text.as_bytes(), ty, decimal_comma) {
        return Ok(Interpreted::Value(value));
    }
    let trimmed = text.trim();
    if ty == MetricType::Bool {
        if let Some(b) = ascii_bool(trimmed.as_bytes()) {
            return Ok(Interpreted::Value(Value::Bool(b)));
        }
    } else if ty == MetricType::Date
        && trimmed
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
    {
        if let Ok(Some(d)) = date(trimmed) {
            return Ok(Interpreted::Value(Value::Date(d)));
        }
    } else if let Some(n) = PlainNumber::read(trimmed.as_bytes(), decimal_comma) {
        return match n.typed(ty) {
            Some(value) => Ok(Interpreted::Value(value)),
            None => typed(Written::Number(n.decimal()), ty).map(Interpreted::Value),
        };
    } else if is_plain_number(trimmed) {
        // Thousands separators, or the other decimal mark: sorted out by the
        // general reader of numbers.
        if let Ok(n) = number_text(trimmed, decimal_comma) {
            return typed(Written::Number(n), ty).map(Interpreted::Value);
        }
    }
    let folded: String = nfc(trimmed).to_lowercase();
    if folded.is_empty() {
        return Ok(Interpreted::Empty);
    }
    if NOT_APPLICABLE.contains(&folded.as_str()) {
        return Ok(Interpreted::NotApplicable);
    }
    typed(text_value(&folded, ty, decimal_comma)?, ty).map(Interpreted::Value)
}

/// Most values are plain numbers, ISO dates or ASCII yes/no words, usable
/// as they stand: read straight from their bytes, without folding, copying
/// or checking them as UTF-8 first (a value read here is ASCII). `None`
/// leaves the value to [`interpret_text`], which gives the same answer for
/// these and sorts out the rest. (Other white space than ASCII's is left to
/// it too.)
pub fn plain_value(bytes: &[u8], ty: MetricType, decimal_comma: bool) -> Option<Value> {
    let trimmed = bytes.trim_ascii();
    match ty {
        MetricType::Date => iso_date(trimmed).map(Value::Date),
        MetricType::Bool => ascii_bool(trimmed).map(Value::Bool),
        _ => PlainNumber::read(trimmed, decimal_comma).and_then(|n| n.typed(ty)),
    }
}

/// `2025-09-10`, read straight from its ten bytes; `None` for anything else
/// (including impossible dates, which the general reader reports).
fn iso_date(bytes: &[u8]) -> Option<NaiveDate> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = bytes else {
        return None;
    };
    let digit = |b: &u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
    let number = |digits: &[&u8]| {
        digits
            .iter()
            .try_fold(0u32, |n, b| Some(n * 10 + digit(b)?))
    };
    let year = i32::try_from(number(&[y1, y2, y3, y4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&[m1, m2])?, number(&[d1, d2])?)
}

/// `true` or `false` as most exports write them (other words, accents and
/// capitals go the general way).
fn ascii_bool(text: &[u8]) -> Option<bool> {
    match text {
        b"true" | b"1" => Some(true),
        b"false" | b"0" => Some(false),
        _ => None,
    }
}

/// A number written as digits, optionally signed and with a fractional part
/// after the file's decimal mark, of at most 18 digits: read straight into
/// an integer and a scale. Anything else (thousands separators, the other
/// mark, longer numbers) is left to the general reader.
#[derive(Debug, Clone, Copy)]
struct PlainNumber {
    negative: bool,
    digits: i64,
    scale: u32,
}

/// 10 to the power of each scale a plain number can have.
const POWERS_OF_TEN: [i64; 19] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
    1_000_000_000_000_000_000,
];

impl PlainNumber {
    fn read(bytes: &[u8], decimal_comma: bool) -> Option<PlainNumber> {
        const MAX_DIGITS: u32 = 18;
        let mark = if decimal_comma { b',' } else { b'.' };
        let (negative, digits) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, bytes),
        };
        // The whole part is not empty.
        if !digits.first()?.is_ascii_digit() {
            return None;
        }
        let (mut mantissa, mut count, mut scale) = (0i64, 0u32, None::<u32>);
        for b in digits {
            if b.is_ascii_digit() {
                count += 1;
                if count > MAX_DIGITS {
                    return None;
                }
                mantissa = mantissa * 10 + i64::from(b - b'0');
                if let Some(scale) = &mut scale {
                    *scale += 1;
                }
            } else if *b == mark && scale.is_none() {
                scale = Some(0);
            } else {
                return None;
            }
        }
        // A mark is followed by digits.
        if scale == Some(0) {
            return None;
        }
        Some(PlainNumber {
            negative,
            digits: mantissa,
            scale: scale.unwrap_or(0),
        })
    }

    fn decimal(self) -> Decimal {
        let mut n = Decimal::new(self.digits, self.scale);
        if self.negative {
            n.set_sign_negative(true);
        }
        n
    }

    /// What [`typed`] gives for this number, worked out on its digits, when
    /// it is a usable value of `ty`; `None` leaves the general rules to
    /// decide (values out of range, yes/no or date metrics, a negative
    /// zero) and to say what is wrong.
    fn typed(self, ty: MetricType) -> Option<Value> {
        let (mut digits, mut scale) = (self.digits, self.scale);
        // Trailing zeros dropped, as `normalize` drops them.
        while scale > 0 && digits % 10 == 0 {
            digits /= 10;
            scale -= 1;
        }
        let in_range = !self.negative
            && match ty {
                MetricType::Bool | MetricType::Date => false,
                MetricType::Ratio => POWERS_OF_TEN
                    .get(scale as usize)
                    .is_some_and(|one| digits <= *one),
                MetricType::Count => scale == 0,
                MetricType::Number
                | MetricType::Rate
                | MetricType::PercentagePoints
                | MetricType::Minutes
                | MetricType::Money => true,
            };
        if in_range {
            Some(Value::Number(Decimal::new(digits, scale)))
        } else if self.negative && digits != 0 && signed(ty) {
            Some(Value::Number(Decimal::new(-digits, scale)))
        } else {
            None
        }
    }
}

/// Whether values of `ty` may be below zero.
fn signed(ty: MetricType) -> bool {
    matches!(
        ty,
        MetricType::Number | MetricType::Rate | MetricType::PercentagePoints
    )
}

/// Digits with at most one separator and an optional sign: no words, units
/// or percent signs to fold, and no date (which has two separators).
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && digits.bytes().filter(|b| !b.is_ascii_digit()).count() <= 1
        && digits.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// NFC, without allocating a second copy when the text already is (ASCII
/// text always is).
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// What a value was written as, before the type's rules apply.
#[derive(Debug, Clone, Copy)]
enum Written {
    Number(Decimal),
    Percent(Decimal),
    Quantity(Decimal, MetricType),
    Date(NaiveDate),
    Bool(bool),
}

fn text_value(text: &str, ty: MetricType, decimal_comma: bool) -> Result<Written, Problem> {
    if ty == MetricType::Bool {
        if TRUE_WORDS.contains(&text) {
            return Ok(Written::Bool(true));
        }
        if FALSE_WORDS.contains(&text) {
            return Ok(Written::Bool(false));
        }
    }
    if let Some(date) = date(text)? {
        return Ok(Written::Date(date));
    }
    if let Some(number) = text.strip_suffix('%') {
        return number_text(number.trim(), decimal_comma).map(Written::Percent);
    }
    for (units, unit_ty) in [
        (&MINUTE_UNITS[..], MetricType::Minutes),
        (&MONEY_UNITS[..], MetricType::Money),
        (&POINT_UNITS[..], MetricType::PercentagePoints),
    ] {
        for unit in units {
            if let Some(number) = text.strip_suffix(unit) {
                if number.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
                    return number_text(number.trim(), decimal_comma)
                        .map(|n| Written::Quantity(n, unit_ty));
                }
            }
        }
    }
    // Yes/no words for a metric of another type: read, then refused by type.
    let is_word =
        |words: &[&str]| words.contains(&text) && !text.starts_with(|c: char| c.is_ascii_digit());
    if is_word(&TRUE_WORDS) || is_word(&FALSE_WORDS) {
        return Ok(Written::Bool(is_word(&TRUE_WORDS)));
    }
    number_text(text, decimal_comma).map(Written::Number)
}

/// `2025-09-10`, or day first: `10/09/2025`, `10-09-2025`, `10.09.2025`.
fn date(text: &str) -> Result<Option<NaiveDate>, Problem> {
    let mut parts = text.split(['-', '/', '.']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Ok(None);
    };
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !(all_digits(a) && all_digits(b) && all_digits(c)) {
        return Ok(None);
    }
    let (year, month, day) = if a.len() == 4 {
        (a, b, c)
    } else if c.len() == 4 {
        (c, b, a)
    } else {
        return Ok(None);
    };
    let parse = |s: &str| s.parse::<u32>().unwrap_or(0);
    let year = i32::try_from(parse(year)).unwrap_or(0);
    NaiveDate::from_ymd_opt(year, parse(month), parse(day))
        .map(Some)
        .ok_or_else(|| {
            Problem::Unreadable(
                format!("`{text}` is not a date in the calendar"),
                "dates are day first (`10/09/2025` is 10 September) or year-month-day".to_string(),
            )
        })
}

/// A number with a decimal point or comma and optional thousands separators.
fn number_text(text: &str, decimal_comma: bool) -> Result<Decimal, Problem> {
    let unreadable = || {
        Problem::Unreadable(
            format!("`{text}` is not a number"),
            "write a number such as `0,95`, `95%`, `12` or `5.000.000`".to_string(),
        )
    };
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (sign, digits) = match compact.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", compact.strip_prefix('+').unwrap_or(&compact)),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == 'e' || c == 'E')
    {
        return Err(unreadable());
    }
    let (decimal, grouping) = if decimal_comma {
        (',', '.')
    } else {
        ('.', ',')
    };
    let plain = if digits.contains(decimal) && digits.contains(grouping) {
        ungroup(digits, grouping)
            .ok_or_else(unreadable)?
            .replace(decimal, ".")
    } else if digits.contains(grouping) {
        // Only one kind of separator: a thousands separator if it groups by
        // three (`5.000.000`), otherwise the other locale's decimal point.
        ungroup(digits, grouping).unwrap_or_else(|| digits.replace(grouping, "."))
    } else {
        digits.replace(decimal, ".")
    };
    let number = format!("{sign}{plain}");
    if number.matches('.').count() > 1 {
        return Err(unreadable());
    }
    if number.contains(['e', 'E']) {
        return Decimal::from_scientific(&number).map_err(|_| {
            Problem::Unreadable(
                format!("`{text}` is too large or too small to hold exactly"),
                "use at most 28 significant digits".to_string(),
            )
        });
    }
    Decimal::from_str_exact(&number).map_err(|_| {
        Problem::Unreadable(
            format!("`{text}` has too many digits to hold exactly"),
            "use at most 28 significant digits".to_string(),
        )
    })
}

/// The digits without their thousands separators, if the separators group
/// the integer part by three (`5.000.000`, `1.234,5`).
fn ungroup(digits: &str, separator: char) -> Option<String> {
    let end = digits
        .find(|c: char| !c.is_ascii_digit() && c != separator)
        .unwrap_or(digits.len());
    let (integer, rest) = (digits.get(..end)?, digits.get(end..)?);
    let groups: Vec<&str> = integer.split(separator).collect();
    let first = groups.first()?;
    let grouped = groups.len() > 1
        && !first.is_empty()
        && first.len() <= 3
        && *first != "0"
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && !rest.contains(separator);
    grouped.then(|| format!("{}{rest}", groups.concat()))
}

fn typed(written: Written, ty: MetricType) -> Result<Value, Problem> {
    let wrong = |what: &str| {
        Problem::WrongType(
            format!(
                "{what} cannot be a value of {}",
                crate::check::describe_type(ty)
            ),
            format!("report {}", crate::check::example_of(ty)),
        )
    };
    let number = match (written, ty) {
        (Written::Bool(b), MetricType::Bool) => return Ok(Value::Bool(b)),
        (Written::Number(n), MetricType::Bool) if n.is_zero() || n == Decimal::ONE => {
            return Ok(Value::Bool(n == Decimal::ONE))
        }
        (Written::Date(d), MetricType::Date) => return Ok(Value::Date(d)),
        (Written::Bool(_), _) => return Err(wrong("a yes/no value")),
        (Written::Date(_), _) => return Err(wrong("a date")),
        (_, MetricType::Bool | MetricType::Date) => return Err(wrong("a number")),
        (
            Written::Percent(p) | Written::Quantity(p, MetricType::PercentagePoints),
            MetricType::Ratio
            | MetricType::Rate
            | MetricType::PercentagePoints
            | MetricType::Number,
        ) => percent_to_fraction(p).ok_or_else(|| {
            Problem::Unreadable(format!("`{p}%` has too many digits"), String::new())
        })?,
        (Written::Percent(_), _) => return Err(wrong("a percent")),
        (Written::Quantity(n, unit), _) if unit == ty => n,
        (Written::Quantity(_, MetricType::Minutes), _) => {
            return Err(wrong("a duration in minutes"))
        }
        (Written::Quantity(_, MetricType::PercentagePoints), _) => {
            return Err(wrong("a difference in percentage points"))
        }
        (Written::Quantity(..), _) => return Err(wrong("an amount of money")),
        (Written::Number(n), _) => n,
    };
    check_range(number, ty, matches!(written, Written::Percent(_))).map(Value::Number)
}

fn check_range(n: Decimal, ty: MetricType, was_percent: bool) -> Result<Decimal, Problem> {
    let out_of_range = |message: String, hint: String| Err(Problem::OutOfRange(message, hint));
    match ty {
        MetricType::Ratio if n > Decimal::ONE || n.is_sign_negative() && !n.is_zero() => {
            let hint = if !was_percent && n > Decimal::ONE && n <= Decimal::ONE_HUNDRED {
                format!("did you mean `{n}%`? a ratio is between 0 and 1, or 0% and 100%")
            } else {
                "a ratio lies between 0% and 100%".to_string()
            };
            out_of_range(
                format!("a ratio of {} is outside 0%..100%", shown(n, was_percent)),
                hint,
            )
        }
        MetricType::Count if n.is_sign_negative() && !n.is_zero() => out_of_range(
            format!("a count cannot be negative ({n})"),
            "report how many there were".to_string(),
        ),
        // A number written without decimals (scale 0) is whole: no need to
        // compute its fraction.
        MetricType::Count if n.scale() != 0 && !n.fract().is_zero() => Err(Problem::WrongType(
            format!("a count is a whole number, not {n}"),
            "report how many there were".to_string(),
        )),
        MetricType::Minutes | MetricType::Money if n.is_sign_negative() && !n.is_zero() => {
            out_of_range(
                format!("{n} is negative"),
                "durations and amounts are zero or more".to_string(),
            )
        }
        _ => Ok(n.normalize()),
    }
}

fn shown(n: Decimal, was_percent: bool) -> String {
    if was_percent {
        format!("{}%", (n * Decimal::ONE_HUNDRED).normalize())
    } else {
        n.normalize().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn num(text: &str, ty: MetricType, comma: bool) -> Result<Interpreted, Problem> {
        interpret(&Raw::Text(text.to_string()), ty, comma)
    }

    fn dec(s: &str) -> Interpreted {
        Interpreted::Value(Value::Number(Decimal::from_str(s).unwrap()))
    }

    #[test]
    fn the_same_ratio_written_every_way() {
        for (text, comma) in [
            ("0.95", false),
            ("95%", false),
            ("0,95", true),
            ("95%", true),
            ("95,0%", true),
            ("0.95", true),
        ] {
            assert_eq!(
                num(text, MetricType::Ratio, comma),
                Ok(dec("0.95")),
                "{text}"
            );
        }
        assert_eq!(num("62,5%", MetricType::Ratio, true), Ok(dec("0.625")));
    }

    #[test]
    fn thousands_separators_follow_the_locale() {
        assert_eq!(
            num("5.000.000", MetricType::Money, true),
            Ok(dec("5000000"))
        );
        assert_eq!(
            num("5,000,000", MetricType::Money, false),
            Ok(dec("5000000"))
        );
        assert_eq!(
            num("5 000 000 VND", MetricType::Money, true),
            Ok(dec("5000000"))
        );
        assert_eq!(num("1.234,5", MetricType::Number, true), Ok(dec("1234.5")));
    }

    #[test]
    fn dates_are_day_first() {
        let d = |y, m, day| {
            Ok(Interpreted::Value(Value::Date(
                NaiveDate::from_ymd_opt(y, m, day).unwrap(),
            )))
        };
        assert_eq!(num("10/09/2025", MetricType::Date, true), d(2025, 9, 10));
        assert_eq!(num("2025-09-10", MetricType::Date, false), d(2025, 9, 10));
        assert!(matches!(
            num("31/02/2025", MetricType::Date, true),
            Err(Problem::Unreadable(..))
        ));
    }

    #[test]
    fn words_and_units() {
        assert_eq!(
            num("có", MetricType::Bool, true),
            Ok(Interpreted::Value(Value::Bool(true)))
        );
        assert_eq!(
            num("Không", MetricType::Bool, true),
            Ok(Interpreted::Value(Value::Bool(false)))
        );
        assert_eq!(num("12 min", MetricType::Minutes, false), Ok(dec("12")));
        assert_eq!(
            num("N/A", MetricType::Ratio, false),
            Ok(Interpreted::NotApplicable)
        );
    }

    #[test]
    fn unusable_values_say_why() {
        assert!(
            matches!(num("62", MetricType::Ratio, false), Err(Problem::OutOfRange(_, h)) if h.contains("62%"))
        );
        assert!(matches!(
            num("-3", MetricType::Count, false),
            Err(Problem::OutOfRange(..))
        ));
        assert!(matches!(
            num("2.5", MetricType::Count, false),
            Err(Problem::WrongType(..))
        ));
        assert!(matches!(
            num("10/09/2025", MetricType::Ratio, true),
            Err(Problem::WrongType(..))
        ));
        assert!(matches!(
            num("abc", MetricType::Ratio, true),
            Err(Problem::Unreadable(..))
        ));
        assert!(matches!(
            num("1e400", MetricType::Number, false),
            Err(Problem::Unreadable(..))
        ));
        assert!(matches!(
            num("NaN", MetricType::Number, false),
            Err(Problem::Unreadable(..))
        ));
        assert_eq!(num("-0", MetricType::Count, false), Ok(dec("0")));
    }

    proptest::proptest! {
        /// The shortcut for ISO dates reads what the general reader does.
        #[test]
        fn iso_dates_read_as_the_general_reader_reads_them(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}") {
            proptest::prop_assert_eq!(iso_date(text.as_bytes()), date(&text).ok().flatten());
        }

        /// The shortcut for plain numbers reads what the general reader does.
        #[test]
        fn plain_numbers_read_as_the_general_reader_reads_them(
            text in "-?[0-9]{1,12}([.,][0-9]{0,9})?",
            comma: bool,
        ) {
            let general = number_text(&text, comma).ok();
            if let Some(fast) = PlainNumber::read(text.as_bytes(), comma) {
                let fast = fast.decimal();
                proptest::prop_assert_eq!(Some(fast), general);
                proptest::prop_assert_eq!(fast.scale(), general.map_or(0, |g| g.scale()));
            }
        }

        /// A plain number's value, worked out on its digits, is the one the
        /// general rules give, to the scale and sign.
        #[test]
        fn plain_numbers_typed_as_the_general_rules_type_them(
            text in "-?[0-9]{1,12}([.][0-9]{0,9})?|-?0[.]0{0,5}|1[.]0{0,6}[0-9]?",
            ty in proptest::sample::select(MetricType::ALL.to_vec()),
        ) {
            if let Some(plain) = PlainNumber::read(text.as_bytes(), false) {
                let general = typed(Written::Number(plain.decimal()), ty).ok();
                if let Some(fast) = plain.typed(ty) {
                    proptest::prop_assert_eq!(Some(fast), general);
                    let scale = |v: Option<Value>| match v {
                        Some(Value::Number(n)) => Some((n.scale(), n.is_sign_negative())),
                        _ => None,
                    };
                    proptest::prop_assert_eq!(scale(Some(fast)), scale(general));
                }
            }
        }
    }
}
