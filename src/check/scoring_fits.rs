//! A target's scoring checked against the rest of it, on the target as it
//! ends up: one written directly, and one an `override` makes from an
//! inherited target and what the override writes, go through the same
//! checks. A condition beside `saturating X` (E0411), `saturating` that
//! the threshold cannot score (E0306) or on a target without a condition
//! that does not say where (E0410), points on a target without a condition
//! scored `all_or_nothing` (E0410), and tiers beside a maximum from the
//! data (E0413). Each is shown at what the statement writes that makes it
//! so (an inherited target is sound: the plan it comes from has no errors).

use super::model::{Scoring, Target};
use super::problem::{ScoringProblem, TypeProblem};
use super::targets::saturates;
use super::Checker;
use crate::span::Span;
use crate::syntax::ast::{self, Clauses, MetricType};

/// What a target's statement, or the `override` that changes it, writes
/// that the scoring checks point at.
pub(super) struct Written<'c> {
    /// The scoring as written here; `None` when it is kept.
    pub scoring: Option<&'c ast::Scoring>,
    pub scoring_at: Option<Span>,
    pub points_at: Option<Span>,
    pub points_from_at: Option<Span>,
    /// The condition, or an override's new due date.
    pub condition_at: Option<Span>,
    /// The target's id where the statement writes it.
    pub name_at: Span,
    /// A scoring is written that does not read (reported already).
    pub scoring_unread: bool,
}

impl<'c> Written<'c> {
    pub fn of(clauses: &'c Clauses, condition_at: Option<Span>, name_at: Span) -> Self {
        Written {
            scoring: clauses.scoring.as_ref().map(|s| &s.node),
            scoring_at: clauses.scoring.as_ref().map(|s| s.span),
            points_at: clauses.points.as_ref().map(|p| p.span),
            points_from_at: clauses.points_from.as_ref().map(|p| p.span),
            condition_at,
            name_at,
            scoring_unread: clauses.scoring_unread,
        }
    }

    /// The first of `spans` written, or the id.
    fn first(&self, spans: &[Option<Span>]) -> Span {
        spans
            .iter()
            .flatten()
            .next()
            .copied()
            .unwrap_or(self.name_at)
    }
}

impl Checker<'_> {
    pub(super) fn check_scoring_fits(
        &mut self,
        target: &Target,
        ty: Option<MetricType>,
        written: &Written,
    ) {
        // Whether it saturates, and at a value of its own: as written here
        // (a value that is not one was reported already), or as kept.
        let saturating = match (written.scoring, &target.scoring) {
            (Some(ast::Scoring::Saturating(at)), _) => Some(at.is_some()),
            (Some(_), _) => None,
            (None, Scoring::Saturating(at)) => Some(at.is_some()),
            (None, _) => None,
        };
        let conditioned = !target.scores_only();
        let at_rule = written.first(&[written.scoring_at, written.condition_at]);
        match saturating {
            Some(true) if conditioned => {
                self.report_at(ScoringProblem::SaturatesAtThreshold, at_rule);
            }
            Some(false) if !conditioned => {
                let problem = ScoringProblem::SaturatesWhere {
                    id: target.name.clone(),
                };
                self.report_at(problem, at_rule);
            }
            Some(false) if !saturates(target.threshold(), ty) => {
                self.report_at(TypeProblem::SaturatingMisfit, at_rule);
            }
            _ => {}
        }
        // An unknown rule left the default in its place: not the user's.
        if !conditioned
            && target.worth_points()
            && target.scoring == Scoring::AllOrNothing
            && !written.scoring_unread
        {
            let at = written.first(&[
                written.scoring_at,
                written.points_at,
                written.points_from_at,
            ]);
            let problem = ScoringProblem::NeedsCondition {
                id: target.name.clone(),
            };
            self.report_at(problem, at);
        }
        if let (Some(from), Scoring::Tiers(_)) = (target.points_from, &target.scoring) {
            let at = written.first(&[written.points_from_at, written.scoring_at]);
            let problem = ScoringProblem::PointsFromTiers {
                metric: self.plan.metrics.at(from).name.clone(),
            };
            self.report_at(problem, at);
        }
    }
}
