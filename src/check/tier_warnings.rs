//! Warnings for tiers that disagree with their target (see `check::tiers`):
//! W0404 when a tier pays for values that fail the target, W0405 when values
//! that meet it earn nothing. The usual way to get there is an `override` that
//! moves a threshold and leaves the tiers as they were, so the check runs on
//! the final plan, once every override has been applied.

use super::model::{Origin, Scoring, Target, TargetKind, Tier};
use super::problem::TargetProblem;
use super::tiers::{disagreement, values_text};
use super::{Checker, Entry, Inheritance};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::Span;

impl Checker<'_> {
    pub(super) fn check_tiers(&mut self) {
        let mut found = Vec::new();
        for (_, entry) in self.live_targets() {
            if entry.condition_ok && self.tiers_to_check(entry) {
                found.extend(self.tier_warnings(entry));
            }
        }
        for diagnostic in found {
            self.report(diagnostic);
        }
    }

    /// Whether this plan decides the target's tiers or its condition: an
    /// inherited target left as it was has been checked with its own plan.
    fn tiers_to_check(&self, entry: &Entry) -> bool {
        let target = &entry.target;
        if !matches!(target.scoring, Scoring::Tiers(_)) {
            return false;
        }
        if entry.scoring_here {
            return true;
        }
        match self.inheritance {
            Inheritance::Base(base) => !base
                .targets
                .iter()
                .any(|t| t.name == target.name && t.threshold() == target.threshold()),
            Inheritance::Failed | Inheritance::NotFollowed => true,
        }
    }

    fn tier_warnings(&self, entry: &Entry) -> Vec<Diagnostic> {
        let target = &entry.target;
        let Scoring::Tiers(tiers) = &target.scoring else {
            return Vec::new();
        };
        let metric = self.plan.metrics.at(target.metric);
        let Some(ty) = metric.ty else {
            return Vec::new();
        };
        let Some(found) = disagreement(target, ty) else {
            return Vec::new();
        };
        let place = self.place(entry, tiers);
        let mut out = Vec::new();
        for (index, failing) in &found.paying_failures {
            let Some(tier) = tiers.get(*index) else {
                continue;
            };
            let at = if place.here { tier.span } else { place.span };
            let problem = TargetProblem::TierPaysFailure {
                tier: tier.written.clone(),
                id: target.name.clone(),
                expected: target.threshold().written.clone(),
                values: values_text(failing, &metric.name, ty),
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
                id: target.name.clone(),
                expected: target.threshold().written.clone(),
                values: values_text(&found.unpaid, &metric.name, ty),
                inherited: !place.here,
            };
            out.push(place.dress(Diagnostic::of(problem, at), target));
        }
        out
    }

    /// Where a disagreement is told: at the tiers when this plan wrote them,
    /// else at the target (its `override`, or its definition in the plan it
    /// was inherited from).
    fn place(&self, entry: &Entry, tiers: &[Tier]) -> Place {
        let here = entry.scoring_here && !tiers.is_empty();
        Place {
            here,
            span: entry.target.span,
            origin: entry.target.origin,
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

fn tiers_span(tiers: &[Tier]) -> Option<Span> {
    tiers.iter().map(|tier| tier.span).reduce(Span::join)
}
