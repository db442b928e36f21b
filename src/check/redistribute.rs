//! W0415: a target whose points are to be redistributed when it does not
//! apply (`not_applicable redistribute`) in a section with no other target
//! worth points: there is nothing to share them with, so it would be left
//! out of the maximum, as `excluded` is. Checked on the final plan, at the
//! target that says so, or at the `override` that does.

use super::model::Origin;
use super::problem::ScoringProblem;
use super::Checker;
use crate::syntax::ast::NaRule;

impl Checker<'_> {
    pub(super) fn check_redistribution(&mut self) {
        let entries: Vec<_> = self.live_targets().map(|(_, e)| e).collect();
        let targets: Vec<_> = entries.iter().map(|e| &e.target).collect();
        let worth =
            |t: &&crate::check::model::Target| !t.points.is_zero() || t.points_from.is_some();
        let found: Vec<_> = targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let at = match (t.origin, entries.get(i).and_then(|e| e.na_here)) {
                    (Origin::Here, _) => t.name_span,
                    (_, Some(at)) => at,
                    _ => return None,
                };
                (t.not_applicable == Some(NaRule::Redistribute)).then_some((i, t, at))
            })
            .filter(|(i, t, _)| {
                !targets
                    .iter()
                    .enumerate()
                    .any(|(j, other)| j != *i && other.section == t.section && worth(other))
            })
            .map(|(_, t, at)| {
                let section = self.plan_section_title(t.section);
                (
                    ScoringProblem::NothingToShareWith {
                        id: t.name.clone(),
                        section,
                    },
                    at,
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
