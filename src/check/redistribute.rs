//! W0415: a target whose points are to be redistributed when it does not
//! apply (`not_applicable redistribute`) in a section with no other target
//! worth points: there is nothing to share them with, so it would be left
//! out of the maximum, as `excluded` is. Checked on the final plan.

use super::model::Origin;
use super::problem::ScoringProblem;
use super::Checker;
use crate::syntax::ast::NaRule;

impl Checker<'_> {
    pub(super) fn check_redistribution(&mut self) {
        let targets: Vec<_> = self.live_targets().map(|(_, e)| &e.target).collect();
        let worth =
            |t: &&crate::check::model::Target| !t.points.is_zero() || t.points_from.is_some();
        let found: Vec<_> = targets
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.not_applicable == Some(NaRule::Redistribute) && t.origin == Origin::Here
            })
            .filter(|(i, t)| {
                !targets
                    .iter()
                    .enumerate()
                    .any(|(j, other)| j != *i && other.section == t.section && worth(other))
            })
            .map(|(_, t)| {
                let section = self.plan_section_title(t.section);
                (
                    ScoringProblem::NothingToShareWith {
                        id: t.name.clone(),
                        section,
                    },
                    t.name_span,
                )
            })
            .collect();
        for (problem, span) in found {
            self.report_at(problem, span);
        }
    }

    fn plan_section_title(
        &self,
        section: Option<crate::check::model::SectionId>,
    ) -> Option<String> {
        section.map(|s| self.plan.sections.at(s).title.clone())
    }
}
