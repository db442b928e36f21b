//! Literal values: exact decimals, percents, quantities with a unit, dates.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::ast::Literal;
use super::problem::DateError;

/// Why a literal could not be turned into a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiteralError {
    /// Too many digits to be held exactly.
    Number(String),
    /// A date that is not in the calendar, as written, and why.
    Date { text: String, why: DateError },
}

/// Parses a decimal as written in a plan (`0.60`, `5_000_000`, `-2`), exactly:
/// a number that would have to be rounded is refused.
pub fn parse_decimal(text: &str) -> Result<Decimal, LiteralError> {
    let cleaned: String = text.chars().filter(|c| *c != '_').collect();
    Decimal::from_str_exact(&cleaned).map_err(|_| LiteralError::Number(text.to_string()))
}

/// `60` as a percent is the fraction 0.60: the scale moves by two, exactly.
pub fn percent_to_fraction(value: Decimal) -> Option<Decimal> {
    let mut fraction = value;
    fraction.set_scale(value.scale() + 2).ok()?;
    Some(fraction)
}

pub fn parse_date(text: &str) -> Result<NaiveDate, LiteralError> {
    let refused = |why| LiteralError::Date {
        text: text.to_string(),
        why,
    };
    let mut parts = text.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return Err(refused(DateError::NotADate));
    };
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
        return Ok(date);
    }
    if !(1..=12).contains(&month) {
        return Err(refused(DateError::NoMonth(month)));
    }
    let days = days_in_month(year, month);
    Err(refused(DateError::DaysInMonth { month, year, days }))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some())
        .unwrap_or(28)
}

pub const MINUTE_UNITS: [&str; 2] = ["min", "phút"];

/// Which days a duration counts: every day, or working days only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Days {
    Calendar,
    Working,
}

/// The days a unit word of the grammar's `day_unit` counts (`5 days`,
/// `5 ngày`; `5 working_days`, `5 ngày làm việc`, its words apart by any
/// number of spaces), or `None` for another unit.
pub fn day_unit(unit: &str) -> Option<Days> {
    let words: Vec<&str> = unit.split_whitespace().collect();
    match words.as_slice() {
        ["day" | "days" | "ngày"] => Some(Days::Calendar),
        ["working_day" | "working_days"] | ["ngày", "làm", "việc"] => Some(Days::Working),
        _ => None,
    }
}
pub const MONEY_UNITS: [&str; 3] = ["VND", "đồng", "đ"];

/// A number with a unit: minutes, Vietnamese đồng, or percentage points
/// (held as a fraction, as a percent is). `None` when the points cannot be
/// held exactly as a fraction.
pub fn quantity(value: Decimal, unit: &str) -> Option<Literal> {
    if let Some(days) = day_unit(unit) {
        return Some(match days {
            Days::Calendar => Literal::Days(value),
            Days::Working => Literal::WorkingDays(value),
        });
    }
    Some(if MINUTE_UNITS.contains(&unit) {
        Literal::Minutes(value)
    } else if unit == "pp" {
        Literal::PercentagePoints(percent_to_fraction(value)?)
    } else {
        Literal::Money(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact() {
        assert_eq!(parse_decimal("0.60").unwrap().to_string(), "0.60");
        assert_eq!(
            parse_decimal("5_000_000").unwrap(),
            Decimal::from(5_000_000)
        );
        assert!(parse_decimal("99999999999999999999999999999999").is_err());
        assert!(parse_decimal("0.12345678901234567890123456789").is_err());
    }

    #[test]
    fn percent_is_a_fraction() {
        let p = percent_to_fraction(parse_decimal("62.5").unwrap()).unwrap();
        assert_eq!(p, parse_decimal("0.625").unwrap());
    }

    #[test]
    fn impossible_dates_explain_themselves() {
        assert_eq!(
            parse_date("2025-02-30"),
            Err(LiteralError::Date {
                text: "2025-02-30".into(),
                why: DateError::DaysInMonth {
                    month: 2,
                    year: 2025,
                    days: 28
                }
            })
        );
        assert!(parse_date("2024-02-29").is_ok());
        assert!(matches!(
            parse_date("2025-13-01"),
            Err(LiteralError::Date {
                why: DateError::NoMonth(13),
                ..
            })
        ));
    }
}
