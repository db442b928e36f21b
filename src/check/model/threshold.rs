//! A threshold resolved: the interval of values it accepts, with exact
//! decimal bounds, open or closed, and what kind of value it is compared
//! with. The text as written is kept for display only.

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::check::domain::Domain;
use crate::check::interval::Interval;
use crate::syntax::ast::{CmpOp, Condition, Literal, MetricType};

/// The values a target (or one tier) accepts.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    /// The values it accepts as numbers: dates as days since the start of
    /// the era, `false` and `true` as 0 and 1, shares as fractions. As
    /// written, not yet brought into the metric's domain ([`accepted`]).
    /// `None` where a value could not be read (an error says why).
    ///
    /// [`accepted`]: Threshold::accepted
    pub interval: Option<Interval>,
    pub compares: Compares,
    /// As written, spaces collapsed: `>= 95%`, `in 95%..100%`, `<= 2025-09-09`.
    pub written: String,
}

/// What kind of value a threshold is compared with: a value of any other
/// kind cannot be judged by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compares {
    Numbers,
    Dates,
    /// `== true` or `== false`.
    YesNo,
    /// Nothing: a yes/no value ordered, a range of two kinds, a value that
    /// could not be read (only in a plan with errors).
    Nothing,
}

impl Threshold {
    /// The threshold of a target without a condition: it accepts nothing
    /// and compares nothing.
    pub const NONE: Threshold = Threshold {
        interval: None,
        compares: Compares::Nothing,
        written: String::new(),
    };

    /// The threshold a condition of the syntax tree states.
    pub(in crate::check) fn of(condition: &Condition, written: String) -> Threshold {
        let kind = |literal: &Literal| match literal {
            Literal::Number(_)
            | Literal::Percent(_)
            | Literal::Minutes(_)
            | Literal::Days(_)
            | Literal::WorkingDays(_)
            | Literal::Money(_)
            | Literal::PercentagePoints(_) => Compares::Numbers,
            Literal::Date(_) => Compares::Dates,
            Literal::Bool(_) | Literal::Invalid => Compares::Nothing,
        };
        let compares = match condition {
            Condition::Compare(op, value) => match value.node {
                Literal::Bool(_) if op.node == CmpOp::Eq => Compares::YesNo,
                ref other => kind(other),
            },
            Condition::Range(low, high) => match (kind(&low.node), kind(&high.node)) {
                (a, b) if a == b => a,
                _ => Compares::Nothing,
            },
        };
        Threshold {
            interval: Interval::of(condition),
            compares,
            written,
        }
    }

    /// The values it accepts of a metric of type `ty`, in the type's domain:
    /// thresholds that accept the same values give the same interval.
    pub fn accepted(&self, ty: Option<MetricType>) -> Option<Interval> {
        Some(self.interval?.in_domain(Domain::of(ty)))
    }

    /// Whether it compares dates.
    pub fn on_dates(&self) -> bool {
        self.compares == Compares::Dates
    }

    /// The numbers at its ends, where it compares numbers.
    pub fn numbers(&self) -> impl Iterator<Item = Decimal> {
        let interval = self.interval.filter(|_| self.compares == Compares::Numbers);
        let ends = interval.map(|i| [i.low, i.high]).unwrap_or_default();
        ends.into_iter().flatten().map(|bound| bound.value)
    }

    /// The least number it accepts, bound included or not, where it
    /// compares numbers and has a lower bound (`>= 80%`: 0.8).
    pub fn lowest_number(&self) -> Option<Decimal> {
        let interval = self
            .interval
            .filter(|_| self.compares == Compares::Numbers)?;
        Some(interval.low?.value)
    }

    /// The date at its upper end, where it compares dates: a task's due
    /// date.
    pub fn due_date(&self) -> Option<NaiveDate> {
        let interval = self.interval.filter(|_| self.on_dates())?;
        let days = interval.high?.value.to_i32()?;
        NaiveDate::from_num_days_from_ce_opt(days)
    }
}
