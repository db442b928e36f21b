//! Plans that build on another: what `extends` inherits, and the `override`
//! and `drop` statements that change inherited targets by id.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::interval::{comparable, Judged};
use super::model::{Goal, Scoring, Symbol, Target, TargetId, TargetKind, Threshold, Timing};
use super::problem::{PlanProblem, TargetProblem, TypeProblem};
use super::scoring_fits::Written;
use super::targets::{collapse_space, inherited_through};
use super::{Checker, Entry, Inheritance};
use crate::check::model::Origin;
use crate::diagnostic::Diagnostic;
use crate::span::{Span, Spanned};
use crate::syntax::ast::{CmpOp, Condition, Literal, NaRule, OverrideDecl, Plan, Statement};

impl<'s> Checker<'s> {
    /// Whether this plan extends one whose declarations are not known: its
    /// `extends` does not parse, or names a plan that could not be used (a
    /// diagnostic already says why). Any metric or owner may be declared
    /// there, so none is reported as undeclared.
    pub(super) fn base_unknown(&self) -> bool {
        self.unread.extends
            || match self.inheritance {
                Inheritance::Base(_) => false,
                Inheritance::Failed => true,
                Inheritance::NotFollowed => self.extends_at.is_some(),
            }
    }

    /// Takes over the base plan's owners, metrics, sections and targets. The
    /// plan's own title and period win; inherited tasks due by the end of the
    /// period are due by the end of this one. Inherited targets keep the
    /// place of their definition (in the base plan's file) and say which
    /// `extends` brought them.
    pub(super) fn inherit(&mut self, tree: &Plan) {
        let Some(at) = self.extends_at else {
            return;
        };
        let base = match self.inheritance {
            Inheritance::Base(base) => base,
            Inheritance::Failed => return,
            Inheritance::NotFollowed => {
                let path = tree.statements.iter().find_map(|s| match &s.node {
                    Statement::Extends(p) => Some(p.node.clone()),
                    _ => None,
                });
                let problem = PlanProblem::ExtendsNotFollowed {
                    path: path.unwrap_or_default(),
                };
                self.report_at(problem, at);
                return;
            }
        };
        if self.plan.title.is_none() {
            self.plan.title.clone_from(&base.title);
        }
        if self.plan.period.is_none() {
            self.plan.period = base.period;
        }
        // The base's default holds here too unless this plan states its own;
        // either holds for inherited targets that say nothing themselves.
        if self.plan.default_not_applicable.is_none() {
            self.plan.default_not_applicable = base.default_not_applicable;
        }
        if self.plan.default_round.is_none() {
            self.plan.default_round = base.default_round;
        }
        if self.plan.rank_by.is_none() {
            self.plan.rank_by = base.rank_by;
        }
        // What the base computes only stays so here.
        self.plan.default_computed |= base.default_computed;
        // So does `default by end`: the base's targets without a date of
        // their own are due at the end of this plan, as its tasks are.
        self.plan.default_by_end |= base.default_by_end;
        // The base's ids stay valid here: its vectors are taken over whole.
        self.plan.owners.clone_from(&base.owners);
        self.plan.metrics.clone_from(&base.metrics);
        self.metric_ids = base
            .metrics
            .iter_enumerated()
            .map(|(id, m)| (m.name.clone(), id))
            .collect();
        self.plan.sections.clone_from(&base.sections);
        let mut loosened: Vec<String> = Vec::new();
        for target in &base.targets {
            let mut target = target.clone();
            target.origin = Origin::Inherited { through: at };
            let rounded_by_default = target.round.is_none()
                && self.plan.default_round.is_some()
                && self.default_round_at.is_some();
            if target.round.is_none() {
                target.round = self.plan.default_round;
            }
            if target.not_applicable.is_none() {
                target.not_applicable = self.plan.default_not_applicable;
                if looser_na(None, target.not_applicable) {
                    loosened.push(target.name.clone());
                }
            }
            if let (TargetKind::Task, true, Some(period)) =
                (target.kind, target.default_due, self.plan.period)
            {
                let due = Spanned::new(Literal::Date(period.end), at);
                let condition = Condition::Compare(Spanned::new(CmpOp::Le, at), due);
                let written = format!("<= {}", period.end);
                target.goal = Goal::Threshold(Threshold::of(&condition, written));
            }
            // An override or drop of it that does not parse: nothing is
            // checked against a target whose fate is not known.
            let dropped = self.unread.changed.contains(&target.name);
            let points = target.points;
            let id = self.targets.push(Entry {
                target,
                condition_ok: true,
                by_unusable: false,
                scoring_here: false,
                na_here: None,
                changed_at: None,
                dropped,
            });
            if rounded_by_default {
                self.rounded_by_default.push((id, points));
            }
        }
        self.warn_default_loosens(&loosened);
    }

    /// Warns when this plan's `default not_applicable` gives inherited
    /// targets that had no rule more than they had (W0802).
    fn warn_default_loosens(&mut self, loosened: &[String]) {
        let (Some(at), Some(rule), false) = (
            self.default_na_at,
            self.plan.default_not_applicable,
            loosened.is_empty(),
        ) else {
            return;
        };
        let problem = PlanProblem::DefaultLoosens {
            rule,
            ids: loosened.to_vec(),
        };
        self.report_at(problem, at);
    }

    /// Inherited tasks left with their own date (neither overridden nor
    /// dropped) that falls outside this plan's period: shown at the task, in
    /// the plan it comes from, with the `extends` that brought it.
    pub(super) fn check_inherited_deadlines(&mut self) {
        let stale: Vec<(String, Option<NaiveDate>, Timing, Span, Span)> = self
            .live_targets()
            .map(|(_, e)| &e.target)
            .filter(|t| t.kind == TargetKind::Task && !t.default_due)
            .filter_map(|t| match t.origin {
                Origin::Inherited { through } => Some((
                    t.name.clone(),
                    t.threshold().due_date(),
                    t.timing,
                    t.span,
                    through,
                )),
                Origin::Here | Origin::Overridden { .. } => None,
            })
            .collect();
        for (id, due, timing, at, through) in stale {
            self.inherited_due_outside_period(&id, (due, timing), (at, through));
        }
    }

    /// W0417 for inherited targets that round by this plan's `default
    /// round`, kept and with the points they came with (an override that
    /// changes them checks the step there), shown at the default. Targets
    /// without points are left alone: a default is for those it suits.
    pub(super) fn check_default_round_fits(&mut self) {
        let Some(at) = self.default_round_at else {
            return;
        };
        let unchanged: Vec<Target> = self
            .rounded_by_default
            .iter()
            .map(|(id, points)| (self.targets.at(*id), points))
            .filter(|(e, points)| !e.dropped && e.target.points == **points)
            .filter(|(e, _)| e.target.round == self.plan.default_round && e.target.worth_points())
            .map(|(e, _)| e.target.clone())
            .collect();
        for target in unchanged {
            self.check_round_fits(&target, at);
        }
    }

    fn inherited_due_outside_period(
        &mut self,
        id: &str,
        (due, timing): (Option<NaiveDate>, Timing),
        (at, through): (Span, Span),
    ) {
        let Some(period) = self.plan.period else {
            return;
        };
        if let Some(date) = due {
            // A recurring task is fine while one of its occurrences falls
            // in this plan's period.
            if !timing.falls_due_within(date, (period.start, period.end)) {
                let problem = TargetProblem::InheritedDueOutsidePeriod {
                    id: id.to_string(),
                    due: date,
                    start: period.start,
                    end: period.end,
                };
                let diagnostic = Diagnostic::of(problem, at);
                self.report(inherited_through(diagnostic, Some(through)));
            }
        }
    }

    /// The inherited target an `override` or `drop` names, or a diagnostic.
    fn inherited(&mut self, id: &Spanned<String>, statement: &str) -> Option<TargetId> {
        match self.inheritance {
            Inheritance::Failed => return None,
            Inheritance::Base(_) if self.extends_at.is_some() => {}
            // The `extends` is there but does not parse.
            _ if self.base_unknown() => return None,
            _ => {
                let problem = PlanProblem::OverrideWithoutExtends {
                    statement: statement.to_string(),
                };
                self.report_at(problem, id.span);
                return None;
            }
        }
        let found = self
            .live_targets()
            .find(|(_, e)| e.target.name == id.node)
            .map(|(found, _)| found);
        if let Some(found) = found {
            self.named(Symbol::Target(found), id.span, false);
        } else if !self.unread.ids.contains(&id.node) {
            let search = self.suggestions.search(&id.node);
            let suggestion = search
                .and_then(|mut s| {
                    s.closest(self.live_targets().map(|(_, e)| e.target.name.as_str()))
                })
                .map(str::to_string);
            let problem = PlanProblem::UnknownOverride {
                id: id.node.clone(),
                suggestion,
            };
            self.report_at(problem, id.span);
        }
        found
    }

    pub(super) fn drop_target(&mut self, id: &Spanned<String>) -> bool {
        let Some(dropped) = self.inherited(id, "drop") else {
            return false;
        };
        let entry = self.targets.at_mut(dropped);
        entry.dropped = true;
        if entry.target.worth_points() {
            entry.changed_at = Some(id.span);
        }
        true
    }

    pub(super) fn override_target(&mut self, decl: &OverrideDecl, span: Span) {
        let Some(index) = self.inherited(&decl.id, "override") else {
            return;
        };
        let old = self.targets.at(index).target.clone();
        let mut new = old.clone();
        let metric = self.plan.metrics.at(old.metric).name.clone();
        let ty = self.plan.metrics.at(old.metric).ty;
        let mut head_end = decl.id.span.end;
        let mut ok = self.targets.at(index).condition_ok;
        if let Some(condition) = &decl.condition {
            ok = ty.is_some_and(|ty| self.check_condition(ty, &condition.node, &metric));
            let written = collapse_space(self.source.slice(condition.span));
            let threshold = Threshold::of(&condition.node, written);
            head_end = condition.span.end;
            self.warn_if_looser(&old, &threshold, condition.span);
            new.goal = Goal::Threshold(threshold);
        }
        if let Some(due) = &decl.due {
            if let Some(condition) = self.task_due(&old.name, old.kind, due) {
                let written = format!("<= {}", self.source.slice(due.span));
                let threshold = Threshold::of(&condition, written);
                self.warn_if_looser(&old, &threshold, due.span);
                new.goal = Goal::Threshold(threshold);
                new.default_due = false;
                ok = true;
            }
        }
        if let Some(by) = &decl.by {
            if !self.by_on_task(&old.name, old.kind, by.span) {
                if let Some(date) = self.checked_by(by) {
                    self.warn_if_later_milestone(&old, date, by.span);
                    new.by = Some(date);
                }
            }
        }
        // An `owner` clause names the owners anew: the lead, and the
        // co-ordinating owners it lists (none if it lists none).
        if let Some(owner) = &decl.clauses.owner {
            new.owner = self.resolve_owner(owner);
            new.co_owners = self.resolve_co_owners(new.owner, &decl.clauses.co_owners);
        }
        if let Some(label) = &decl.clauses.label {
            new.label = Some(label.node.clone());
        }
        // An override's `for` clauses replace the inherited ones.
        if !decl.clauses.applies.is_empty() {
            new.applies = self.applies(&decl.clauses.applies);
        }
        if !decl.clauses.tags.is_empty() {
            new.tags = decl.clauses.tags.iter().map(|t| t.node.clone()).collect();
        }
        if let Some(na) = &decl.clauses.not_applicable {
            new.not_applicable = Some(na.node);
            if looser_na(old.not_applicable, Some(na.node)) {
                let problem = PlanProblem::LooserNotApplicable {
                    id: old.name.clone(),
                    rule: na.node,
                    was: old.not_applicable,
                };
                self.report_at(problem, na.span);
            }
        }
        new.timing = self.timing(&decl.clauses, (old.kind, &old.name, old.metric), old.timing);
        let new_round = self.round(decl.clauses.round.as_ref());
        if new_round.is_some() {
            new.round = new_round;
        }
        let scoring_here = decl.clauses.scoring.is_some();
        if scoring_here {
            let (points, scoring) = if new.scores_only() {
                self.scoring_only(&decl.clauses, ty, &metric)
            } else {
                self.scoring(&decl.clauses, ty, new.threshold(), &metric)
            };
            let tiers = matches!(scoring, Scoring::Tiers(_));
            // Tiers set the points; written without them, they must pay
            // the points the target keeps, as `points` beside them must
            // (E0308). Tiers that replace tiers, a target only tracked, and
            // a maximum from the data (E0413) set nothing to disagree with.
            let kept = !matches!(old.scoring, Scoring::Tiers(_))
                && old.points_from.is_none()
                && old.points > Decimal::ZERO;
            if tiers && kept && decl.clauses.points.is_none() && points != old.points {
                let problem = TypeProblem::InheritedPointsDisagree {
                    inherited: old.points,
                    best: points,
                };
                let at = decl
                    .clauses
                    .scoring
                    .as_ref()
                    .map_or(decl.id.span, |s| s.span);
                self.report_at(problem, at);
            }
            new.points = if tiers || decl.clauses.points.is_some() {
                points
            } else {
                old.points
            };
            new.scoring = scoring;
        } else if let Some(points) = &decl.clauses.points {
            if let Some(value) = self.points_value(points) {
                if matches!(old.scoring, Scoring::Tiers(_)) {
                    self.report_at(TypeProblem::PointsSetByTiers, points.span);
                } else {
                    new.points = value;
                }
            }
        }
        // Points written as a number replace a maximum from the data, and
        // a metric written replaces the number.
        if decl.clauses.points.is_some() {
            new.points_from = None;
            new.points_bound = None;
        }
        if let Some(from) = &decl.clauses.points_from {
            new.points_from = self.points_from(from);
            new.points_bound = match new.points_from {
                Some(id) => {
                    let tiers = matches!(new.scoring, Scoring::Tiers(_));
                    self.points_bound(from, (id, tiers), decl.clauses.points_bound.as_ref())
                }
                None => None,
            };
            new.points = Decimal::ZERO;
        }
        let condition = decl
            .condition
            .as_ref()
            .map(|c| c.span)
            .or(decl.due.as_ref().map(|d| d.span));
        let written = Written::of(&decl.clauses, condition, decl.id.span);
        self.check_scoring_fits(&new, ty, &written);
        // The step is checked against the points the target ends up with,
        // whichever of the two this override changes (the step may be the
        // base's or a default's): shown where the override writes it.
        let points_changed =
            decl.clauses.points.is_some() || decl.clauses.points_from.is_some() || scoring_here;
        let round_at = match (new_round, &decl.clauses.round) {
            (Some(_), Some(at)) => Some(at.span),
            _ if points_changed => decl.clauses.points.as_ref().map(|p| p.span),
            _ => None,
        };
        if let Some(at) = round_at.or(points_changed.then_some(decl.id.span)) {
            self.check_round_fits(&new, at);
        }
        new.span = span.to(head_end);
        if let Some(through) = old.origin.through().or(self.extends_at) {
            new.origin = Origin::Overridden { through };
        }
        let entry = self.targets.at_mut(index);
        entry.target = new;
        entry.condition_ok = ok;
        entry.scoring_here |= scoring_here;
        if old.worth_points() {
            entry.changed_at = Some(decl.id.span);
        }
        if let Some(na) = &decl.clauses.not_applicable {
            entry.na_here = Some(na.span);
        }
    }

    /// A new due date for an inherited task, as a condition.
    fn task_due(
        &mut self,
        id: &str,
        kind: TargetKind,
        due: &Spanned<Literal>,
    ) -> Option<Condition> {
        if kind != TargetKind::Task {
            let problem = TypeProblem::NotATask { id: id.to_string() };
            self.report_at(problem, due.span);
            return None;
        }
        let due = self.checked_due(due)?;
        Some(Condition::Compare(Spanned::new(CmpOp::Le, due.span), due))
    }

    /// W0802 where `override ID by DATE` makes an inherited target due
    /// later than its milestone, counted from the start of each plan's
    /// period (as a task's deadline), or gives one that had none.
    fn warn_if_later_milestone(&mut self, old: &Target, date: NaiveDate, span: Span) {
        let Inheritance::Base(base) = self.inheritance else {
            return;
        };
        let before = base.milestone(old);
        let later = match before {
            None => true,
            Some(before) => match (base.period, self.plan.period) {
                (Some(was), Some(now)) => (date - now.start) > (before - was.start),
                _ => date > before,
            },
        };
        if later {
            let problem = PlanProblem::LaterMilestone {
                id: old.name.clone(),
                date,
                before,
            };
            self.report_at(problem, span);
        }
    }

    fn warn_if_looser(&mut self, old: &Target, new: &Threshold, span: Span) {
        let base_period = match self.inheritance {
            Inheritance::Base(base) => base.period,
            _ => None,
        };
        let ty = self.plan.metrics.at(old.metric).ty;
        let Some((before, after)) = comparable(
            Judged {
                threshold: old.threshold(),
                ty,
                period: base_period,
            },
            Judged {
                threshold: new,
                ty,
                period: self.plan.period,
            },
        ) else {
            return;
        };
        if after.within(before) {
            return;
        }
        let problem = PlanProblem::LooserThreshold {
            id: old.name.clone(),
            written: new.written.clone(),
            before: old.threshold().written.clone(),
            task: old.kind == TargetKind::Task,
        };
        self.report_at(problem, span);
    }
}

/// Whether `new` treats a unit better than `old` when it writes `n/a` or
/// has nothing to count: each case ranked from least to most lenient
/// (`diff` calls such a change looser, the opposite stricter, and a change
/// looser in one case and stricter in the other, or between `excluded` and
/// `redistribute`, which rank alike, a change of rule).
pub(crate) fn looser_na(old: Option<NaRule>, new: Option<NaRule>) -> bool {
    // A unit that writes `n/a`: refused, counted as 0, left out, full points.
    let written = |rule: Option<NaRule>| match rule {
        None | Some(NaRule::Never) => 0,
        Some(NaRule::Zero) => 1,
        Some(NaRule::Excluded | NaRule::Redistribute) => 2,
        Some(NaRule::Full) => 3,
    };
    // A zero denominator: refused, counted as 0, left out, full points.
    let nothing = |rule: Option<NaRule>| match rule {
        Some(NaRule::Never) => 0,
        Some(NaRule::Zero) => 1,
        None | Some(NaRule::Excluded | NaRule::Redistribute) => 2,
        Some(NaRule::Full) => 3,
    };
    written(new) > written(old) || nothing(new) > nothing(old)
}
