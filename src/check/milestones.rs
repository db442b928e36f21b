//! Milestones (`by DATE`): the date a target is judged from, checked
//! against the plan's period, and inherited ones against this plan's.

use chrono::NaiveDate;

use super::model::{Origin, TargetKind};
use super::problem::MilestoneProblem;
use super::targets::inherited_through;
use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::span::{Span, Spanned};
use crate::syntax::ast::Literal;

impl Checker<'_> {
    /// A written milestone, if it is a date; reported when it is not one,
    /// and when it lies outside the plan's period (kept: it is judged from
    /// that date all the same).
    pub(super) fn checked_by(&mut self, by: &Spanned<Literal>) -> Option<NaiveDate> {
        let date = match &by.node {
            Literal::Date(date) => *date,
            // An impossible date is reported as one.
            Literal::Invalid => return None,
            other => {
                let problem = MilestoneProblem::NotDate {
                    literal: other.kind(),
                };
                self.report_at(problem, by.span);
                return None;
            }
        };
        if let Some(period) = self.plan.period {
            if date < period.start || date > period.end {
                let problem = MilestoneProblem::OutsidePeriod {
                    date,
                    start: period.start,
                    end: period.end,
                };
                self.report_at(problem, by.span);
            }
        }
        Some(date)
    }

    /// `override TASK by DATE`: a task has a due date instead.
    pub(super) fn by_on_task(&mut self, id: &str, kind: TargetKind, at: Span) -> bool {
        if kind != TargetKind::Task {
            return false;
        }
        let problem = MilestoneProblem::OnTask { id: id.to_string() };
        self.report_at(problem, at);
        true
    }

    /// Inherited targets left with their own milestone (not overridden)
    /// outside this plan's period: one before it is past (judged always),
    /// one after it never due here. Shown at the target, in the plan it
    /// comes from, with the `extends` that brought it.
    pub(super) fn check_inherited_milestones(&mut self) {
        let Some(period) = self.plan.period else {
            return;
        };
        let outside: Vec<(String, NaiveDate, Span, Span)> = self
            .live_targets()
            .map(|(_, e)| &e.target)
            .filter_map(|t| match (t.origin, t.by) {
                (Origin::Inherited { through }, Some(by))
                    if by < period.start || by > period.end =>
                {
                    Some((t.name.clone(), by, t.span, through))
                }
                _ => None,
            })
            .collect();
        for (id, date, at, through) in outside {
            let problem = MilestoneProblem::InheritedOutside {
                id,
                date,
                start: period.start,
                end: period.end,
                past: date < period.start,
            };
            self.report(inherited_through(
                Diagnostic::of(problem, at),
                Some(through),
            ));
        }
    }
}
