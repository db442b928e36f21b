//! Warnings for tiers that disagree with their target (see `check::tiers`):
//! W0404 when a tier pays for values that fail the target, W0405 when values
//! that meet it earn nothing. The usual way to get there is an `override` that
//! moves a threshold and leaves the tiers as they were, so the check runs on
//! the final plan, once every override has been applied.

use super::model::{Origin, Target, TargetKind};
use super::problem::TargetProblem;
use super::tiers::{disagreement, tier_text, values_text};
use super::{Checker, Inheritance};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::Span;
use crate::syntax::ast::{Scoring, Tier};

impl Checker<'_> {
    pub(super) fn check_tiers(&mut self) {
        let mut found = Vec::new();
        for (i, target) in self.plan.targets.iter().enumerate() {
            if self.condition_ok.get(i).copied().unwrap_or(false) && self.tiers_to_check(target) {
                found.extend(self.tier_warnings(target));
            }
        }
        for diagnostic in found {
            self.report(diagnostic);
        }
    }

    /// Whether this plan decides the target's tiers or its condition: an
    /// inherited target left as it was has been checked with its own plan.
    fn tiers_to_check(&self, target: &Target) -> bool {
        if !matches!(target.scoring, Scoring::Tiers(_)) {
            return false;
        }
        if self.scoring_here.contains(&target.id) {
            return true;
        }
        match self.inheritance {
            Inheritance::Base(base) => !base
                .targets
                .iter()
                .any(|t| t.id == target.id && t.expected == target.expected),
            Inheritance::Failed | Inheritance::NotFollowed => true,
        }
    }

    fn tier_warnings(&self, target: &Target) -> Vec<Diagnostic> {
        let Scoring::Tiers(tiers) = &target.scoring else {
            return Vec::new();
        };
        let Some(ty) = self.plan.metrics.get(&target.metric).and_then(|m| m.ty) else {
            return Vec::new();
        };
        let Some(found) = disagreement(target, ty) else {
            return Vec::new();
        };
        let place = self.place(target, tiers);
        let mut out = Vec::new();
        for (index, failing) in &found.paying_failures {
            let Some(tier) = tiers.get(*index) else {
                continue;
            };
            let at = if place.here {
                tier_span(tier)
            } else {
                place.span
            };
            let problem = TargetProblem::TierPaysFailure {
                tier: tier_text(tier),
                id: target.id.clone(),
                expected: target.expected.clone(),
                values: values_text(failing, &target.metric, ty),
                inherited: !place.here,
            };
            out.push(place.dress(Diagnostic::of(problem, at), target));
        }
        if !found.unpaid.is_empty() {
            let at = match tiers_span(tiers) {
                Some(tiers) if place.here => tiers,
                _ => place.span,
            };
            let problem = TargetProblem::TiersMissValues {
                id: target.id.clone(),
                expected: target.expected.clone(),
                values: values_text(&found.unpaid, &target.metric, ty),
                inherited: !place.here,
            };
            out.push(place.dress(Diagnostic::of(problem, at), target));
        }
        out
    }

    /// Where a disagreement is told: at the tiers when this plan wrote them,
    /// else at the target (its `override`, or its definition in the plan it
    /// was inherited from).
    fn place(&self, target: &Target, tiers: &[Tier]) -> Place {
        let here = self.scoring_here.contains(&target.id) && !tiers.is_empty();
        Place {
            here,
            span: target.span,
            origin: target.origin,
        }
    }
}

/// Where a disagreement is shown, and what is pointed at beside it.
struct Place {
    /// The tiers were written in this file.
    here: bool,
    /// The target's head.
    span: Span,
    /// Whether the target (and so its tiers) came through an `extends`.
    origin: Origin,
}

impl Place {
    fn dress(&self, diagnostic: Diagnostic, target: &Target) -> Diagnostic {
        if self.here {
            let what = match target.kind {
                TargetKind::Target => RelatedLabel::TheTarget,
                TargetKind::Task => RelatedLabel::TheTask,
            };
            return diagnostic.with_related(self.span, what);
        }
        match self.origin {
            // Shown at the `override`: the tiers came through the `extends`.
            Origin::Overridden { through } => {
                diagnostic.with_related(through, RelatedLabel::TiersInheritedHere)
            }
            // Shown at the target in the plan it comes from.
            Origin::Inherited { through } => {
                diagnostic.with_related(through, RelatedLabel::InheritedThrough)
            }
            Origin::Here => diagnostic,
        }
    }
}

fn tier_span(tier: &Tier) -> Span {
    tier.points.span.join(tier.value.span)
}

fn tiers_span(tiers: &[Tier]) -> Option<Span> {
    tiers.iter().map(tier_span).reduce(Span::join)
}
