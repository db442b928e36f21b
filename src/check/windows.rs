//! When a target or task is judged (issue 16): its `every`, its window
//! (`from`, `during`) and `cumulative`, checked against the plan's period
//! and the target's metric.

use chrono::{Datelike, NaiveDate};

use super::model::{MetricId, TargetKind, Timing, Window};
use super::problem::TimingProblem;
use super::Checker;
use crate::span::Spanned;
use crate::syntax::ast::{self, Clauses, Literal, MetricType, Recurrence};

impl Checker<'_> {
    /// The timing a target's (or override's) clauses write, checked; what
    /// they do not write is `kept` (an inherited target's).
    pub(super) fn timing(
        &mut self,
        clauses: &Clauses,
        (kind, id, metric): (TargetKind, &str, MetricId),
        kept: Timing,
    ) -> Timing {
        let mut timing = kept;
        if let Some(every) = &clauses.every {
            timing.every = Some(every.node);
        }
        if let Some(window) = &clauses.window {
            timing.window = self.window(window);
        }
        if let Some(cumulative) = &clauses.cumulative {
            timing.cumulative = self.cumulative_ok(kind, id, metric, cumulative);
        }
        if let Some(every) = &clauses.every {
            self.check_recurrence_fits(every, timing.window);
        }
        timing
    }

    /// A written window, if its bounds are dates in order within the
    /// plan's period; reported otherwise.
    fn window(&mut self, window: &Spanned<ast::Window>) -> Option<Window> {
        let keyword = window.node.keyword();
        let (start, end) = match &window.node {
            ast::Window::From(start) => (self.window_date(keyword, start)?, None),
            ast::Window::During(start, end) => {
                let start = self.window_date(keyword, start);
                let end = self.window_date(keyword, end);
                (start?, Some(end?))
            }
        };
        if let Some(end) = end.filter(|end| *end < start) {
            self.report_at(TimingProblem::WindowReversed { start, end }, window.span);
            return None;
        }
        if let Some(period) = self.plan.period {
            let outside = start < period.start
                || start > period.end
                || end.is_some_and(|end| end > period.end);
            if outside {
                let problem = TimingProblem::WindowOutsidePeriod {
                    start,
                    end,
                    plan: (period.start, period.end),
                };
                self.report_at(problem, window.span);
                return None;
            }
        }
        Some(Window { start, end })
    }

    fn window_date(&mut self, keyword: &'static str, date: &Spanned<Literal>) -> Option<NaiveDate> {
        match &date.node {
            Literal::Date(date) => Some(*date),
            Literal::Invalid => None,
            other => {
                let problem = TimingProblem::WindowNotDate {
                    keyword,
                    literal: other.kind(),
                };
                self.report_at(problem, date.span);
                None
            }
        }
    }

    /// Whether `cumulative` may stand on this target: a target (not a
    /// task) on a metric that adds up. A derived metric is refused rather
    /// than summed: the sum of its values is not its value of the sums.
    fn cumulative_ok(
        &mut self,
        kind: TargetKind,
        id: &str,
        metric: MetricId,
        at: &Spanned<()>,
    ) -> bool {
        if kind == TargetKind::Task {
            let problem = TimingProblem::CumulativeTask { id: id.to_string() };
            self.report_at(problem, at.span);
            return false;
        }
        let metric = self.plan.metrics.at(metric);
        let derived = metric.formula.is_some();
        let adds_up = matches!(metric.ty, Some(MetricType::Count | MetricType::Money));
        if adds_up && !derived {
            return true;
        }
        // A metric without a type or a declaration is reported as such.
        if metric.ty.is_none() && !derived {
            return false;
        }
        let problem = TimingProblem::CumulativeNotAdditive {
            metric: metric.name.clone(),
            ty: metric.ty,
            derived,
        };
        self.report_at(problem, at.span);
        false
    }

    /// W0621: no whole period of the recurrence lies within the plan's
    /// period (narrowed to the window), so the target is never judged.
    fn check_recurrence_fits(&mut self, every: &Spanned<Recurrence>, window: Option<Window>) {
        let Some(period) = self.plan.period else {
            return;
        };
        let start = window.map_or(period.start, |w| w.start.max(period.start));
        let end = window
            .and_then(|w| w.end)
            .map_or(period.end, |e| e.min(period.end));
        if first_whole(every.node, start).is_none_or(|(_, last)| last > end) {
            let problem = TimingProblem::RecurrenceLongerThanPeriod {
                every: every.node.keyword(),
            };
            self.report_at(problem, every.span);
        }
    }
}

impl Checker<'_> {
    /// W0622: a target whose milestone (`by DATE`) comes after its window
    /// ends is never judged: not due inside the window, not judged after.
    pub(super) fn check_milestones_in_windows(&mut self) {
        let period = self.plan.period;
        let late: Vec<_> = self
            .live_targets()
            .filter_map(|(_, e)| {
                let target = &e.target;
                let by = target.by?;
                let end = target.timing.window?.end_in(period)?;
                (by > end).then(|| (target.name.clone(), by, end, target.span))
            })
            .collect();
        for (id, by, end, span) in late {
            let problem = TimingProblem::MilestoneAfterWindow { id, by, end };
            self.report_at(problem, span);
        }
    }
}

/// The first whole period of `every` (calendar years, halves, quarters,
/// months) that starts on or after `from`: its first and last day.
pub(crate) fn first_whole(every: Recurrence, from: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let months = every.months();
    let index = from.month0() / months;
    let mut start = NaiveDate::from_ymd_opt(from.year(), index * months + 1, 1)?;
    if start < from {
        start = start.checked_add_months(chrono::Months::new(months))?;
    }
    let end = start
        .checked_add_months(chrono::Months::new(months))?
        .pred_opt()?;
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_whole_periods() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            first_whole(Recurrence::Year, d(2026, 1, 1)),
            Some((d(2026, 1, 1), d(2026, 12, 31)))
        );
        assert_eq!(
            first_whole(Recurrence::Year, d(2026, 3, 1)),
            Some((d(2027, 1, 1), d(2027, 12, 31)))
        );
        assert_eq!(
            first_whole(Recurrence::Half, d(2026, 3, 1)),
            Some((d(2026, 7, 1), d(2026, 12, 31)))
        );
        assert_eq!(
            first_whole(Recurrence::Quarter, d(2026, 4, 1)),
            Some((d(2026, 4, 1), d(2026, 6, 30)))
        );
        assert_eq!(
            first_whole(Recurrence::Month, d(2024, 2, 2)),
            Some((d(2024, 3, 1), d(2024, 3, 31)))
        );
    }
}
