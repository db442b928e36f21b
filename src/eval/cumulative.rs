//! The value of a `cumulative` target (issue 16): its metric summed over
//! the periods a unit submitted, from the plan's (or the window's) start to
//! the end of the evaluated period. Periods that overlap are never summed
//! (E0765: the target is invalid); a period missing from the series is
//! named in the result's note, beside the periods summed.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::recurrence::Days;

/// One period's value of the metric.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    /// As the submission writes it (`2026`, `2026-H1`).
    pub period: String,
    pub days: Days,
    pub value: Decimal,
}

/// A cumulative sum, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Summed {
    Total {
        total: Decimal,
        /// The periods summed, in order.
        periods: Vec<String>,
        /// The days from the start to the evaluated period's end that no
        /// period summed covers.
        gaps: Vec<Days>,
    },
    /// Two periods overlap: the earlier-starting one first.
    Overlap(String, String),
    /// The sum is beyond what a decimal holds.
    TooLarge,
}

/// The sum of `pieces` over `from ..= to`; pieces outside those days are
/// left out (they are of another window).
pub(crate) fn sum(mut pieces: Vec<Piece>, (from, to): Days) -> Summed {
    pieces.retain(|p| p.days.0 >= from && p.days.1 <= to);
    pieces.sort_by(|a, b| a.days.cmp(&b.days).then_with(|| a.period.cmp(&b.period)));
    let mut total = Decimal::ZERO;
    let mut gaps = Vec::new();
    let mut next = Some(from);
    let mut last: Option<&Piece> = None;
    for piece in &pieces {
        if let Some(before) = last {
            if piece.days.0 <= before.days.1 {
                return Summed::Overlap(before.period.clone(), piece.period.clone());
            }
        }
        if let Some(day) = next.filter(|day| *day < piece.days.0) {
            gaps.push((day, piece.days.0.pred_opt().unwrap_or(day)));
        }
        let Some(added) = total.checked_add(piece.value) else {
            return Summed::TooLarge;
        };
        total = added;
        next = piece.days.1.succ_opt();
        last = Some(piece);
    }
    if let Some(day) = next.filter(|day| *day <= to) {
        gaps.push((day, to));
    }
    Summed::Total {
        total,
        periods: pieces.into_iter().map(|p| p.period).collect(),
        gaps,
    }
}

/// `2026-01-01 .. 2026-12-31`.
pub(crate) fn days_text(days: Days, lang: crate::i18n::Lang) -> String {
    let (a, b): (NaiveDate, NaiveDate) = days;
    format!("{} .. {}", lang.date(a), lang.date(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn year(y: i32, value: i64) -> Piece {
        Piece {
            period: y.to_string(),
            days: (d(y, 1, 1), d(y, 12, 31)),
            value: Decimal::from(value),
        }
    }

    #[test]
    fn sums_and_gaps() {
        let pieces = vec![year(2028, 7), year(2026, 5), year(2030, 1)];
        assert_eq!(
            sum(pieces, (d(2026, 1, 1), d(2028, 12, 31))),
            Summed::Total {
                total: Decimal::from(12),
                periods: vec!["2026".into(), "2028".into()],
                gaps: vec![(d(2027, 1, 1), d(2027, 12, 31))],
            }
        );
    }

    #[test]
    fn overlaps_are_not_summed() {
        let half = Piece {
            period: "2026-H1".into(),
            days: (d(2026, 1, 1), d(2026, 6, 30)),
            value: Decimal::ONE,
        };
        assert_eq!(
            sum(vec![year(2026, 5), half], (d(2026, 1, 1), d(2026, 12, 31))),
            Summed::Overlap("2026-H1".into(), "2026".into())
        );
    }
}
