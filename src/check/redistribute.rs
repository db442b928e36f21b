//! W0415: a target whose points are to be redistributed when it does not
//! apply (`not_applicable redistribute`) in a section with no other target
//! worth points: there is nothing to share them with, so it would be left
//! out of the maximum, as `excluded` is. Checked on the final plan, at what
//! in this file makes it so: the target that says so, the `override` that
//! does, or the last `override` or `drop` that took the section's other
//! points away (a target that had nothing to share with in the plan it
//! extends is reported there).

use super::model::{Origin, SectionId};
use super::problem::ScoringProblem;
use super::{Checker, Entry};
use crate::span::Span;
use crate::syntax::ast::NaRule;

impl Checker<'_> {
    pub(super) fn check_redistribution(&mut self) {
        let live: Vec<&Entry> = self.live_targets().map(|(_, e)| e).collect();
        let found: Vec<_> = live
            .iter()
            .enumerate()
            .filter(|(_, e)| e.target.not_applicable == Some(NaRule::Redistribute))
            .filter(|(i, e)| {
                !live.iter().enumerate().any(|(j, other)| {
                    j != *i
                        && other.target.section == e.target.section
                        && other.target.worth_points()
                })
            })
            .filter_map(|(_, e)| {
                let at = match (e.target.origin, e.na_here) {
                    (Origin::Here, _) => e.target.name_span,
                    (_, Some(at)) => at,
                    _ => self.last_change_in(e.target.section)?,
                };
                let problem = ScoringProblem::NothingToShareWith {
                    id: e.target.name.clone(),
                    section: self.plan_section_title(e.target.section),
                };
                Some((problem, at))
            })
            .collect();
        for (problem, span) in found {
            self.report_at(problem, span);
        }
    }

    /// The last `override` or `drop` in this file of an inherited target of
    /// `section` that was worth points before it.
    fn last_change_in(&self, section: Option<SectionId>) -> Option<Span> {
        self.targets
            .iter()
            .filter(|e| e.target.section == section)
            .filter_map(|e| e.changed_at)
            .max_by_key(|at| at.start)
    }

    fn plan_section_title(&self, section: Option<SectionId>) -> Option<String> {
        section.map(|s| self.plan.sections.at(s).title.clone())
    }
}
