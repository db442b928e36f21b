//! Reading one value for a metric of a known type: numbers with a decimal
//! point or comma, percents, dates day-first, yes/no in English or Vietnamese,
//! minutes and đồng with or without their unit, and `n/a`.
//!
//! Numbers are read exactly from their text ([`Exact`]): whether a value is
//! whole, negative or above 100% is decided on the written digits, and a
//! value that a decimal cannot hold exactly is refused, never rounded.
//! Messages quote the value as it was written.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;

use super::blank::is_dash;
use super::exact::{Exact, Inexact};
use super::notation::Notation;
use super::problem::{FloatNoise, Kind, UnusableValue, ValueProblem};
use super::separators::{number_text, NotRead};
use super::shown_digits::float_noise;
use super::{Place, Raw};
use crate::diagnostic::Diagnostic;
use crate::syntax::ast::MetricType;

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

/// Why a value cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The value, as written, cannot be one of its metric.
    Value(ValueProblem),
    /// Refused for its unit of measure, or where it was read, with a
    /// diagnostic of its own (at the unit's cell, or at the value's); see
    /// `unit_of_measure`.
    Measure(Box<Diagnostic>),
}

impl Problem {
    /// The diagnostic of a value of `metric` that cannot be used, read at
    /// `place` of a file that writes values in `notation`.
    pub fn at(self, place: &Place, metric: &str, notation: Notation) -> Diagnostic {
        match self {
            Problem::Value(why) => place.report(UnusableValue {
                metric: metric.to_string(),
                why,
                notation,
            }),
            Problem::Measure(diagnostic) => *diagnostic,
        }
    }
}

impl From<ValueProblem> for Problem {
    fn from(why: ValueProblem) -> Self {
        Problem::Value(why)
    }
}

const NOT_APPLICABLE: [&str; 5] = ["n/a", "na", "không áp dụng", "khong ap dung", "kad"];
const TRUE_WORDS: [&str; 6] = ["true", "có", "co", "yes", "đạt", "1"];
const FALSE_WORDS: [&str; 6] = ["false", "không", "khong", "no", "không đạt", "0"];
const MINUTE_UNITS: [&str; 4] = ["min", "phút", "phut", "minutes"];
// Working days before days: `5 ngày làm việc` does not end with `ngày`, but
// `5 working days` ends with `days`.
const WORKING_DAY_UNITS: [&str; 5] = [
    "ngày làm việc",
    "ngay lam viec",
    "working days",
    "working_days",
    "working day",
];
const DAY_UNITS: [&str; 4] = ["ngày", "days", "day", "ngay"];
const MONEY_UNITS: [&str; 5] = ["vnd", "vnđ", "đồng", "dong", "đ"];
const POINT_UNITS: [&str; 4] = ["pp", "điểm %", "điểm phần trăm", "điểm%"];

/// Whether `text` says "not applicable" (`n/a`, `không áp dụng`...), in
/// any case or Unicode form.
pub fn is_not_applicable(text: &str) -> bool {
    NOT_APPLICABLE.contains(&nfc(text.trim()).to_lowercase().as_str())
}

pub fn interpret(raw: &Raw, ty: MetricType, decimal_comma: bool) -> Result<Interpreted, Problem> {
    if let Some(shown) = noise_read_as_shown(raw) {
        return interpret(&shown, ty, decimal_comma);
    }
    let (written, text) = match raw {
        Raw::Empty => return Ok(Interpreted::Empty),
        Raw::CellError(fault) => {
            return Err(ValueProblem::CellError {
                fault: fault.clone(),
            }
            .into())
        }
        Raw::Refused(diagnostic) => return Err(Problem::Measure(diagnostic.clone())),
        Raw::Text(text) => return interpret_text(text, ty, decimal_comma),
        // A number the file held as a number, in the file's own notation
        // (a JSON number, a cell's text): read exactly.
        Raw::Number(text) => match Exact::parse(text.trim()) {
            Some(n) => (Written::Number(n), text.as_str()),
            None => return Err(not_a(text, ty)),
        },
        // A cell shown as a percent holds the fraction (0.017 for 1.7%):
        // for what is written as a percent (a ratio, percentage points) it
        // is that percent, so 1.7% shown is 1.7 points; for other types
        // the number as held.
        Raw::Percent(text) => match Exact::parse(text.trim()) {
            Some(n) if percent_of(ty) => (Written::Percent(n.scaled(2)), text.as_str()),
            Some(n) => (Written::Number(n), text.as_str()),
            None => return Err(not_a(text, ty)),
        },
        Raw::Bool(true) => (Written::Bool(true), "true"),
        Raw::Bool(false) => (Written::Bool(false), "false"),
        Raw::Date(d) => {
            return typed(Written::Date(*d), ty, &d.to_string()).map(Interpreted::Value)
        }
    };
    typed(written, ty, text).map(Interpreted::Value)
}

/// A value written as a program writes a binary float, as a spreadsheet
/// shows it (see `shown_digits`); a JSON number is written with a point.
pub fn noise_read_as_shown(raw: &Raw) -> Option<Raw> {
    match raw {
        Raw::Text(text) => float_noise(text).map(Raw::Text),
        Raw::Number(text) => float_noise(text).map(Raw::Number),
        Raw::Percent(text) => float_noise(text).map(Raw::Percent),
        _ => None,
    }
}

/// The warning that a value was read as a spreadsheet shows it (W0722),
/// when it was: the text as written and as read.
pub fn float_noise_in(raw: &Raw) -> Option<FloatNoise> {
    let (written, read) = match raw {
        Raw::Text(text) | Raw::Number(text) | Raw::Percent(text) => (text, float_noise(text)?),
        _ => return None,
    };
    Some(FloatNoise {
        written: written.trim().to_string(),
        read,
    })
}

/// Whether a value of `ty` may be written as a percent.
fn percent_of(ty: MetricType) -> bool {
    matches!(
        ty,
        MetricType::Ratio | MetricType::Rate | MetricType::PercentagePoints | MetricType::Number
    )
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
    if let Some(shown) = float_noise(text) {
        return interpret_text(&shown, ty, decimal_comma);
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
    }
    // Words are matched without regard to case or Unicode form; the text
    // as written is what messages quote.
    let folded: String = nfc(trimmed).to_lowercase();
    if folded.is_empty() || is_dash(&folded) {
        return Ok(Interpreted::Empty);
    }
    if NOT_APPLICABLE.contains(&folded.as_str()) {
        return Ok(Interpreted::NotApplicable);
    }
    typed(
        text_value(&folded, trimmed, ty, decimal_comma)?,
        ty,
        trimmed,
    )
    .map(Interpreted::Value)
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
/// mark, exponents, longer numbers) is left to the general reader.
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
        // 16 digits or more with a fraction may be a binary float's noise
        // (see `shown_digits`): the general reader decides.
        if scale > 0 && digits >= 10_i64.pow(15) {
            return None;
        }
        let in_range = !self.negative
            && match ty {
                // Percentage points written bare are points, not a
                // fraction: left to the general rules, which scale them.
                MetricType::Bool | MetricType::Date | MetricType::PercentagePoints => false,
                MetricType::Ratio => POWERS_OF_TEN
                    .get(scale as usize)
                    .is_some_and(|one| digits <= *one),
                MetricType::Count => scale == 0,
                MetricType::Number
                | MetricType::Rate
                | MetricType::Minutes
                | MetricType::Days
                | MetricType::WorkingDays
                | MetricType::Money => true,
            };
        if in_range {
            Some(Value::Number(Decimal::new(digits, scale)))
        } else if self.negative && digits != 0 && signed(ty) && ty != MetricType::PercentagePoints {
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
#[derive(Debug, Clone)]
enum Written {
    Number(Exact),
    Percent(Exact),
    Quantity(Exact, MetricType),
    Date(NaiveDate),
    Bool(bool),
    /// A date with a time of day (`2025-09-10T08:00`, `10/09/2025 08:00`).
    DateTime(NaiveDate),
    /// A time of day alone (`08:30`).
    Time,
    /// A day and a month without a year (`10/9`).
    DayMonth,
}

/// `folded` is the text in lower case, for words; `written` the text as
/// written, for messages.
fn text_value(
    folded: &str,
    written: &str,
    ty: MetricType,
    decimal_comma: bool,
) -> Result<Written, Problem> {
    let not_read = |why: NotRead| match why {
        NotRead::NotANumber => not_a(written, ty),
        NotRead::Ambiguous => ambiguous(written),
    };
    if ty == MetricType::Bool {
        if TRUE_WORDS.contains(&folded) {
            return Ok(Written::Bool(true));
        }
        if FALSE_WORDS.contains(&folded) {
            return Ok(Written::Bool(false));
        }
    }
    if let Some(date) = date(folded)? {
        return Ok(Written::Date(date));
    }
    if let Some(kind) = date_or_time(folded) {
        return Ok(kind);
    }
    // Units first: `điểm %` (percentage points, as chitieu itself writes
    // them in Vietnamese) ends with a `%` but is no percent.
    for (units, unit_ty) in [
        (&MINUTE_UNITS[..], MetricType::Minutes),
        (&WORKING_DAY_UNITS[..], MetricType::WorkingDays),
        (&DAY_UNITS[..], MetricType::Days),
        (&MONEY_UNITS[..], MetricType::Money),
        (&POINT_UNITS[..], MetricType::PercentagePoints),
    ] {
        for unit in units {
            if let Some(number) = folded.strip_suffix(unit) {
                if number.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
                    return number_text(number.trim(), decimal_comma)
                        .map(|n| Written::Quantity(n, unit_ty))
                        .map_err(not_read);
                }
            }
        }
    }
    if let Some(number) = folded.strip_suffix('%') {
        return number_text(number.trim(), decimal_comma)
            .map(Written::Percent)
            .map_err(not_read);
    }
    // Yes/no words for a metric of another type: read, then refused by type.
    let is_word = |words: &[&str]| {
        words.contains(&folded) && !folded.starts_with(|c: char| c.is_ascii_digit())
    };
    if is_word(&TRUE_WORDS) || is_word(&FALSE_WORDS) {
        return Ok(Written::Bool(is_word(&TRUE_WORDS)));
    }
    number_text(folded, decimal_comma)
        .map(Written::Number)
        .map_err(not_read)
}

/// `written` has one comma that may separate thousands or decimals (see
/// `separators`): the two readings are offered, never chosen.
fn ambiguous(written: &str) -> Problem {
    let (before, after) = written.split_once(',').unwrap_or((written, ""));
    let fraction_end = after
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after.len());
    let (fraction, rest) = after.split_at_checked(fraction_end).unwrap_or((after, ""));
    let fraction = fraction.trim_end_matches('0');
    let decimal = if fraction.is_empty() {
        format!("{before}{rest}")
    } else {
        format!("{before}.{fraction}{rest}")
    };
    ValueProblem::Ambiguous {
        written: written.to_string(),
        thousands: format!("{before}{after}"),
        decimals: decimal,
    }
    .into()
}

/// `written` cannot be read as a value of `ty`.
fn not_a(written: &str, ty: MetricType) -> Problem {
    ValueProblem::NotA {
        written: written.to_string(),
        ty,
    }
    .into()
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
            ValueProblem::NotInCalendar {
                written: text.to_string(),
            }
            .into()
        })
}

/// A date with a time of day, a time alone, or a day and month without a
/// year: things people write that are not numbers, named for what they are.
fn date_or_time(text: &str) -> Option<Written> {
    let is_time = |t: &str| {
        let mut parts = t.split(':');
        let hour = parts.next().filter(|h| (1..=2).contains(&h.len()));
        let minute = parts.next().filter(|m| m.len() == 2);
        let second = parts.next();
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        hour.zip(minute)
            .is_some_and(|(h, m)| digits(h) && digits(m))
            && second.is_none_or(|s| {
                let whole = s.split(['.', 'z', '+']).next().unwrap_or(s);
                whole.len() == 2 && digits(whole)
            })
            && parts.next().is_none()
    };
    if is_time(text) {
        return Some(Written::Time);
    }
    if let Some((day, time)) = text.split_once(['t', ' ']) {
        if is_time(time.trim()) {
            return match date(day.trim()) {
                Ok(Some(d)) => Some(Written::DateTime(d)),
                _ => None,
            };
        }
    }
    let day_month = text.split_once('/').is_some_and(|(d, m)| {
        let small = |s: &str, max: u32| {
            (1..=2).contains(&s.len())
                && s.bytes().all(|b| b.is_ascii_digit())
                && s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
        };
        small(d, 31) && small(m, 12)
    });
    day_month.then_some(Written::DayMonth)
}

/// A value of type `ty`, or why `written` (the text as written, quoted in
/// messages) cannot be one.
fn typed(value: Written, ty: MetricType, written: &str) -> Result<Value, Problem> {
    let wrong = |kind: Kind| -> Problem {
        ValueProblem::WrongKind {
            written: written.to_string(),
            kind,
            ty,
        }
        .into()
    };
    let (number, was_percent) = match (value, ty) {
        (Written::Bool(b), MetricType::Bool) => return Ok(Value::Bool(b)),
        (Written::Number(n), MetricType::Bool)
            if n.is_zero() || !n.is_negative() && n.magnitude_vs_one().is_eq() =>
        {
            return Ok(Value::Bool(!n.is_zero()))
        }
        (Written::Date(d), MetricType::Date) => return Ok(Value::Date(d)),
        // A date metric is a day: a time of day written with it changes
        // nothing (as with a spreadsheet's date and time cells).
        (Written::DateTime(d), MetricType::Date) => return Ok(Value::Date(d)),
        (Written::DayMonth, MetricType::Date) => {
            return Err(ValueProblem::DateWithoutYear {
                written: written.to_string(),
            }
            .into())
        }
        (Written::Bool(_), _) => return Err(wrong(Kind::YesNo)),
        (Written::Date(_), _) => return Err(wrong(Kind::Date)),
        (Written::DateTime(_), _) => return Err(wrong(Kind::DateTime)),
        (Written::Time, _) => return Err(wrong(Kind::Time)),
        (Written::DayMonth, _) => return Err(wrong(Kind::DayMonth)),
        (
            Written::Percent(p) | Written::Quantity(p, MetricType::PercentagePoints),
            MetricType::Ratio
            | MetricType::Rate
            | MetricType::PercentagePoints
            | MetricType::Number,
        ) => (p.scaled(-2), true),
        (Written::Percent(_), _) => return Err(wrong(Kind::Percent)),
        (Written::Quantity(n, unit), _) if unit == ty => (n, false),
        // A `days` metric counts days as its label says, working days
        // included (the contract form's "(ngày làm việc)"): a value in
        // working days is one of its days. The other way round is refused:
        // a calendar day is not a working day.
        (Written::Quantity(n, MetricType::WorkingDays), MetricType::Days) => (n, false),
        (Written::Quantity(_, unit), _) => return Err(wrong(Kind::Quantity(unit))),
        (Written::Number(_), MetricType::Bool | MetricType::Date) => {
            return Err(wrong(Kind::Number))
        }
        // A difference in percentage points written bare (`1.7`) is in
        // points, as it is shown; a ratio written bare is a fraction.
        (Written::Number(n), MetricType::PercentagePoints) => (n.scaled(-2), false),
        (Written::Number(n), _) => (n, false),
    };
    check_range(&number, ty, was_percent, written)?;
    number
        .to_decimal()
        .map(Value::Number)
        .map_err(|why| inexact(why, written))
}

/// Whether a number's size and kind fit `ty`, judged on its digits.
fn check_range(n: &Exact, ty: MetricType, was_percent: bool, written: &str) -> Result<(), Problem> {
    let written = written.to_string();
    let problem = match ty {
        MetricType::Ratio if n.is_negative() || n.magnitude_vs_one().is_gt() => {
            let bare = !was_percent && !n.is_negative() && n.at_most_a_hundred();
            ValueProblem::RatioOutside { written, bare }
        }
        MetricType::Count if n.is_negative() => ValueProblem::NegativeCount { written },
        MetricType::Count if !n.is_whole() => ValueProblem::NotWhole { written },
        MetricType::Minutes | MetricType::Days | MetricType::WorkingDays | MetricType::Money
            if n.is_negative() =>
        {
            ValueProblem::Negative { written }
        }
        _ => return Ok(()),
    };
    Err(problem.into())
}

/// Why `written` cannot be held exactly.
fn inexact(why: Inexact, written: &str) -> Problem {
    ValueProblem::Inexact {
        written: written.to_string(),
        why,
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::i18n::Lang;
    use std::str::FromStr;

    /// A refused value's code, message and hint, in English.
    fn refused(result: Result<Interpreted, Problem>) -> Option<(Code, String, String)> {
        match result {
            Err(Problem::Value(why)) => {
                Some((why.code(), why.message(Lang::En), why.hint(Lang::En)))
            }
            _ => None,
        }
    }

    fn code(result: Result<Interpreted, Problem>) -> Option<Code> {
        refused(result).map(|(code, ..)| code)
    }

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
    fn a_dash_is_an_empty_value() {
        for text in ["-", " — ", "–"] {
            assert_eq!(num(text, MetricType::Count, false), Ok(Interpreted::Empty));
        }
        assert!(num("-5", MetricType::Count, false).is_err());
    }

    /// A comma that may separate thousands or decimals is refused outside
    /// a vi-VN file, offering both readings; the vi-VN file settles it.
    #[test]
    fn an_unsettled_comma_is_refused_with_both_readings() {
        for (text, hint) in [
            ("1,500", "write `1500` or `1.5`, whichever is meant"),
            ("1,000%", "write `1000%` or `1%`, whichever is meant"),
            ("95,125%", "write `95125%` or `95.125%`, whichever is meant"),
            (
                "1,500 VND",
                "write `1500 VND` or `1.5 VND`, whichever is meant",
            ),
        ] {
            assert!(
                matches!(refused(num(text, MetricType::Number, false)), Some((Code::UnreadableValue, m, h)) if m.contains(&format!("`{text}`")) && h == hint),
                "{text}"
            );
        }
        assert_eq!(num("1,500", MetricType::Number, true), Ok(dec("1.5")));
        assert_eq!(num("1.500", MetricType::Number, true), Ok(dec("1500")));
        assert_eq!(num("1.500", MetricType::Number, false), Ok(dec("1.5")));
        assert_eq!(
            num("5.000.000 VND", MetricType::Money, false),
            Ok(dec("5000000"))
        );
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
        assert_eq!(
            code(num("31/02/2025", MetricType::Date, true)),
            Some(Code::UnreadableValue)
        );
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
            matches!(refused(num("62", MetricType::Ratio, false)), Some((Code::ValueOutOfRange, _, h)) if h.contains("62%"))
        );
        assert_eq!(
            code(num("-3", MetricType::Count, false)),
            Some(Code::ValueOutOfRange)
        );
        assert_eq!(
            code(num("2.5", MetricType::Count, false)),
            Some(Code::WrongValueType)
        );
        assert_eq!(
            code(num("10/09/2025", MetricType::Ratio, true)),
            Some(Code::WrongValueType)
        );
        assert_eq!(
            code(num("abc", MetricType::Ratio, true)),
            Some(Code::UnreadableValue)
        );
        assert!(matches!(
            refused(num("1e400", MetricType::Number, false)),
            Some((Code::InexactValue, m, _)) if m.contains("`1e400`")
        ));
        assert_eq!(
            code(num("NaN", MetricType::Number, false)),
            Some(Code::UnreadableValue)
        );
        assert_eq!(num("-0", MetricType::Count, false), Ok(dec("0")));
    }

    fn number(raw: Raw, ty: MetricType) -> Result<Interpreted, Problem> {
        interpret(&raw, ty, false)
    }

    /// The cases of issue 12: nothing is rounded on the way in, whether the
    /// number comes as text or as a JSON number.
    #[test]
    fn numbers_are_never_rounded_on_the_way_in() {
        for raw in [
            |t: &str| Raw::Text(t.to_string()),
            |t: &str| Raw::Number(t.to_string()),
        ] {
            assert!(matches!(
                refused(number(raw("0.59999999999999999999999999999"), MetricType::Ratio)),
                Some((Code::InexactValue, m, _)) if m.contains("`0.59999999999999999999999999999`")
            ));
            assert!(matches!(
                refused(number(raw("1e-34"), MetricType::Count)),
                Some((Code::WrongValueType, m, _)) if m.contains("`1e-34`")
            ));
            assert_eq!(
                code(number(raw("99.99999999999999999"), MetricType::Count)),
                Some(Code::WrongValueType)
            );
            assert_eq!(
                code(number(raw("1e-34"), MetricType::Ratio)),
                Some(Code::InexactValue)
            );
            assert_eq!(
                number(raw("0.6000000000000000000000000000000"), MetricType::Ratio),
                Ok(dec("0.6"))
            );
            assert_eq!(number(raw("1E+2"), MetricType::Count), Ok(dec("100")));
            assert_eq!(number(raw("+5"), MetricType::Count), Ok(dec("5")));
            assert_eq!(number(raw("-0"), MetricType::Count), Ok(dec("0")));
            assert_eq!(number(raw("0.0e5"), MetricType::Ratio), Ok(dec("0")));
            assert_eq!(
                code(number(
                    raw("1.0000000000000000000000000000001"),
                    MetricType::Ratio
                )),
                Some(Code::ValueOutOfRange)
            );
            assert_eq!(
                code(number(raw("-1e-40"), MetricType::Count)),
                Some(Code::ValueOutOfRange)
            );
        }
        assert_eq!(num("007", MetricType::Count, false), Ok(dec("7")));
        assert_eq!(num("1,5E2", MetricType::Count, true), Ok(dec("150")));
        assert_eq!(
            code(num(
                "59,99999999999999999999999999999%",
                MetricType::Ratio,
                true
            )),
            Some(Code::InexactValue)
        );
        assert_eq!(
            num("59,99999999999999999999999999%", MetricType::Ratio, true),
            Ok(dec("0.5999999999999999999999999999"))
        );
    }

    /// Messages quote the value as written, and name a date, a time or a
    /// word for what it is.
    #[test]
    fn messages_quote_the_value_as_written() {
        let message = |text: &str, ty: MetricType| match refused(num(text, ty, true)) {
            Some((_, m, _)) => m,
            None => panic!("{text}: {:?}", num(text, ty, true)),
        };
        for (text, ty, said) in [
            ("NaN", MetricType::Ratio, "`NaN` is not a ratio"),
            ("ABC", MetricType::Date, "`ABC` is not a date"),
            (
                "10/09/2025",
                MetricType::Ratio,
                "`10/09/2025` is a date, but the metric is a ratio",
            ),
            (
                "2025-09-10T08:00",
                MetricType::Count,
                "`2025-09-10T08:00` is a date and time, but the metric is a count",
            ),
            (
                "10/9",
                MetricType::Ratio,
                "`10/9` is a day and month without a year, but the metric is a ratio",
            ),
            ("10/9", MetricType::Date, "`10/9` is a date without a year"),
            (
                "08:30",
                MetricType::Minutes,
                "`08:30` is a time of day, but the metric is a duration in minutes",
            ),
            (
                "Có",
                MetricType::Count,
                "`Có` is a yes/no value, but the metric is a count",
            ),
            (
                "150%",
                MetricType::Ratio,
                "a ratio of `150%` is outside 0%..100%",
            ),
            (
                "1E400",
                MetricType::Money,
                "`1E400` is too large to hold exactly",
            ),
        ] {
            assert_eq!(message(text, ty), said);
        }
        assert_eq!(
            num("2025-09-10T08:00", MetricType::Date, false),
            Ok(Interpreted::Value(Value::Date(
                NaiveDate::from_ymd_opt(2025, 9, 10).unwrap()
            )))
        );
    }

    proptest::proptest! {
        /// Any decimal, written plainly, with an exponent, as a percent or
        /// the vi-VN way, reads back as itself; one digit more is refused.
        #[test]
        fn decimals_read_back_exactly_in_any_notation(
            mantissa in 0i128..79_228_162_514_264_337_593_543_950_335i128,
            scale in 0u32..=28,
            negative: bool,
            extra in 1u8..=9,
        ) {
            let d = Decimal::from_i128_with_scale(if negative { -mantissa } else { mantissa }, scale);
            let text = d.to_string();
            let as_number = |t: &str| interpret(&Raw::Number(t.to_string()), MetricType::Number, false);
            let as_text = |t: &str, comma| num(t, MetricType::Number, comma);
            let want = Ok(Interpreted::Value(Value::Number(d.normalize())));
            proptest::prop_assert_eq!(as_number(&text), want.clone());
            proptest::prop_assert_eq!(as_text(&text, false), want.clone());
            proptest::prop_assert_eq!(as_text(&text.replace('.', ","), true), want.clone());
            proptest::prop_assert_eq!(as_text(&format!("{text}e0"), false), want.clone());
            let padded = if text.contains('.') { format!("{text}0") } else { format!("{text}.0") };
            proptest::prop_assert_eq!(as_number(&format!("{padded}E-0")), want.clone());
            if scale >= 2 {
                let percent = (d * Decimal::ONE_HUNDRED).to_string();
                proptest::prop_assert_eq!(as_text(&format!("{percent}%"), false), want.clone());
            }
            let more = if text.contains('.') { format!("{text}{extra}") } else { format!("{text}.{extra}") };
            if scale == 28 {
                let refused = code(as_number(&more)) == Some(Code::InexactValue);
                proptest::prop_assert!(refused, "{}", more);
            }
        }

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
            let general = number_text(&text, comma).ok().map(|n| n.to_decimal());
            if let Some(fast) = PlainNumber::read(text.as_bytes(), comma) {
                let mut fast = Decimal::new(fast.digits, fast.scale);
                if fast.is_zero() {
                    fast.set_sign_positive(true);
                } else if text.starts_with('-') {
                    fast.set_sign_negative(true);
                }
                proptest::prop_assert_eq!(Some(Ok(fast.normalize())), general);
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
                let general = Exact::parse(&text)
                    .and_then(|n| typed(Written::Number(n), ty, &text).ok());
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
