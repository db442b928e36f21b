//! The period a measurement file says it covers, against the plan's.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::problem::EvalProblem;
use crate::check::model::{CheckedPlan, Period};
use crate::diagnostic::Diagnostic;
use crate::measure::{MeasureFile, Place};
use crate::span::Span;

/// Reports periods that cannot be read or do not lie within the plan's
/// period, once per file and period. Returns, per file and period whose
/// values must not be used (unreadable, or of another period), the index of
/// the diagnostic that says so in `found`.
pub fn check_periods(
    plan: &CheckedPlan,
    files: &[MeasureFile],
    found: &mut Vec<(usize, Diagnostic)>,
) -> HashMap<(usize, String), usize> {
    let mut refused = HashMap::new();
    // A baseline file's period is of an earlier period by design (see
    // `baseline::choose`).
    for (f, file) in files.iter().enumerate().filter(|(_, f)| !f.baseline) {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let periods = file
            .period
            .iter()
            .chain(file.readings.iter().filter_map(|r| r.period.as_deref()));
        for (text, place) in periods {
            if !seen.insert(text.as_str()) {
                continue;
            }
            if let Some(diagnostic) = check(plan.period, text, place) {
                if refuses(plan.period, text) {
                    refused.insert((f, text.clone()), found.len());
                }
                found.push((f, diagnostic));
            }
        }
    }
    refused
}

/// Whether values said to cover `text` must not be scored against a plan of
/// `plan`: the period cannot be read, or it lies wholly outside the plan's.
pub(crate) fn refuses(plan: Option<Period>, text: &str) -> bool {
    match parse(text) {
        None => true,
        Some((start, end)) => plan.is_some_and(|plan| end < plan.start || start > plan.end),
    }
}

pub(crate) fn check(plan: Option<Period>, text: &str, place: &Place) -> Option<Diagnostic> {
    let problem = problem(plan, text)?;
    Some(place.locate(Diagnostic::of(problem, Span::NOWHERE)))
}

/// What is wrong with measurements said to cover `text`, against a plan of
/// `plan`: a period that cannot be read, or one outside the plan's.
fn problem(plan: Option<Period>, text: &str) -> Option<EvalProblem> {
    let Some(covers) = parse(text) else {
        return Some(EvalProblem::PeriodUnreadable {
            period: text.to_string(),
        });
    };
    let plan = plan?;
    let (start, end) = covers;
    let planned = (plan.start, plan.end);
    if end < plan.start || start > plan.end {
        return Some(EvalProblem::PeriodNotPlanned {
            covers,
            plan: planned,
        });
    }
    (start < plan.start || end > plan.end).then_some(EvalProblem::PeriodPartlyOutside {
        covers,
        plan: planned,
    })
}

/// `2025-07-01..2025-12-31`, `2025-H2`, `2025-Q3`, a month (`2025-10`, or
/// `10/2025` as Vietnamese reports write it) or `2025`.
pub fn parse(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let text = text.trim();
    if let Some((a, b)) = text.split_once("..") {
        let (start, end) = (day(a)?, day(b)?);
        // A range that ends before it starts covers nothing.
        return (start <= end).then_some((start, end));
    }
    if let Some((month, year)) = text.split_once('/') {
        return month_of(year, month);
    }
    let (year, part) = match text.split_once('-') {
        Some((y, p)) => (y, Some(p.to_uppercase())),
        None => (text, None),
    };
    let year = year_of(year)?;
    let months = match part.as_deref() {
        None => (1, 12),
        Some("H1") => (1, 6),
        Some("H2") => (7, 12),
        Some("Q1") => (1, 3),
        Some("Q2") => (4, 6),
        Some("Q3") => (7, 9),
        Some("Q4") => (10, 12),
        Some(month) => return month_of(&year.to_string(), month),
    };
    let start = NaiveDate::from_ymd_opt(year, months.0, 1)?;
    let next = if months.1 == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, months.1 + 1, 1)?
    };
    Some((start, next.pred_opt()?))
}

/// A day of a range, `2026-06-30`, of a year [`year_of`] reads.
fn day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    year_of(text.get(..4)?)?;
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A year of a period: four digits, from 1000 (`0`, `0000` or `20261`
/// are typing slips, not years).
fn year_of(text: &str) -> Option<i32> {
    let four = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
    let year: i32 = text.parse().ok().filter(|_| four)?;
    (year >= 1000).then_some(year)
}

/// A range written last day first (`2026-06-30..2026-01-01`): its two days
/// as written, for the hint that turns it round.
pub(crate) fn reversed(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = text.trim().split_once("..")?;
    let (a, b) = (day(a)?, day(b)?);
    (a > b).then_some((a, b))
}

/// The month `month` (`10`, `09`, `9` after a slash) of `year`: four
/// digits, and one or two.
fn month_of(year: &str, month: &str) -> Option<(NaiveDate, NaiveDate)> {
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(year, 4..=4) || !digits(month, 1..=2) {
        return None;
    }
    let (year, month): (i32, u32) = (year_of(year)?, month.parse().ok()?);
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = match month {
        12 => NaiveDate::from_ymd_opt(year + 1, 1, 1)?,
        _ => NaiveDate::from_ymd_opt(year, month + 1, 1)?,
    };
    Some((start, next.pred_opt()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(parse("2025-H2"), Some((d(2025, 7, 1), d(2025, 12, 31))));
        assert_eq!(parse("2025-q1"), Some((d(2025, 1, 1), d(2025, 3, 31))));
        assert_eq!(
            parse("2025-07-01 .. 2025-12-31"),
            Some((d(2025, 7, 1), d(2025, 12, 31)))
        );
        assert_eq!(parse("nửa năm"), None);
        assert_eq!(parse("2025-10"), Some((d(2025, 10, 1), d(2025, 10, 31))));
        assert_eq!(parse("10/2025"), Some((d(2025, 10, 1), d(2025, 10, 31))));
        assert_eq!(parse("2/2024"), Some((d(2024, 2, 1), d(2024, 2, 29))));
        assert_eq!(parse("2025-12"), Some((d(2025, 12, 1), d(2025, 12, 31))));
        for not_a_period in [
            "2026-06-30..2026-01-01",
            "0",
            "0000",
            "0000-H1",
            "20261",
            "05/0000",
            "0999-01-01..2026-01-01",
        ] {
            assert_eq!(parse(not_a_period), None, "{not_a_period}");
        }
        assert_eq!(
            reversed("2026-06-30..2026-01-01"),
            Some((d(2026, 6, 30), d(2026, 1, 1)))
        );
        assert_eq!(
            parse("2026-01-01..2026-01-01"),
            Some((d(2026, 1, 1), d(2026, 1, 1)))
        );
        for not_a_month in ["2025-13", "2025-00", "13/2025", "10/25", "2025-1x", "/2025"] {
            assert_eq!(parse(not_a_month), None, "{not_a_month}");
        }
    }
}
