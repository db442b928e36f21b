//! An `override` is checked as a target written directly is: what it
//! changes is checked against what it keeps. A condition added to a
//! target that kept its scoring (a `saturating X` of a target that only
//! scored: E0411; `saturating` that no longer fits the new threshold:
//! E0306), points given to a target that has no rule to score them
//! (E0410), and tiers beside a maximum from the data that the target kept
//! (E0413).

use super::model::{Scoring, Target};
use super::problem::{ScoringProblem, TypeProblem};
use super::targets::saturates;
use super::Checker;
use crate::span::Span;
use crate::syntax::ast::{self, Clauses, MetricType};

impl Checker<'_> {
    /// Checks the overridden target `new` against what `clauses` changed;
    /// `condition` is where the override writes a new condition or due date.
    pub(super) fn check_override_scoring(
        &mut self,
        new: &Target,
        clauses: &Clauses,
        condition: Option<Span>,
        ty: Option<MetricType>,
    ) {
        let scoring_here = clauses.scoring.as_ref().map(|s| s.span);
        if let (Some(at), None) = (condition, scoring_here) {
            match new.scoring {
                Scoring::Saturating(Some(_)) => {
                    self.report_at(ScoringProblem::SaturatesAtThreshold, at)
                }
                Scoring::Saturating(None) if !saturates(new.threshold(), ty) => {
                    self.report_at(TypeProblem::SaturatingMisfit, at)
                }
                _ => {}
            }
        }
        let worth = new.worth_points();
        // Written with its scoring in the override, the rule was checked
        // with the points the override writes; only those it keeps remain.
        let checked = matches!(
            clauses.scoring.as_ref().map(|s| &s.node),
            Some(ast::Scoring::AllOrNothing)
        ) && (clauses.points.is_some() || clauses.points_from.is_some());
        if new.scores_only() && worth && new.scoring == Scoring::AllOrNothing && !checked {
            let at = clauses
                .points
                .as_ref()
                .map(|p| p.span)
                .or(clauses.points_from.as_ref().map(|p| p.span))
                .or(scoring_here)
                .unwrap_or(new.name_span);
            let problem = ScoringProblem::NeedsCondition {
                id: new.name.clone(),
            };
            self.report_at(problem, at);
        }
        if let (Some(from), Scoring::Tiers(_), Some(at), None) = (
            new.points_from,
            &new.scoring,
            scoring_here,
            &clauses.points_from,
        ) {
            let problem = ScoringProblem::PointsFromTiers {
                metric: self.plan.metrics.at(from).name.clone(),
            };
            self.report_at(problem, at);
        }
    }
}
