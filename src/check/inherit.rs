//! Plans that build on another: what `extends` inherits, and the `override`
//! and `drop` statements that change inherited targets by id.

use super::interval::{comparable, Judged};
use super::problem::{PlanProblem, TargetProblem, TypeProblem};
use super::targets::{collapse_space, inherited_through};
use super::{Checker, Inheritance};
use crate::diagnostic::Diagnostic;
use crate::span::{Span, Spanned};
use crate::suggest::closest;
use crate::syntax::ast::{
    CmpOp, Condition, Literal, NaRule, OverrideDecl, Plan, Scoring, Statement,
};

use crate::check::model::{Origin, TargetKind};

impl<'s> Checker<'s> {
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
        self.plan.owners.clone_from(&base.owners);
        self.plan.metrics.clone_from(&base.metrics);
        self.plan.sections.clone_from(&base.sections);
        self.plan.section_owners.clone_from(&base.section_owners);
        let mut loosened: Vec<String> = Vec::new();
        for target in &base.targets {
            let mut target = target.clone();
            target.origin = Origin::Inherited { through: at };
            if target.not_applicable.is_none() {
                target.not_applicable = self.plan.default_not_applicable;
                if looser_na(None, target.not_applicable) {
                    loosened.push(target.id.clone());
                }
            }
            if let (TargetKind::Task, true, Some(period)) =
                (target.kind, target.default_due, self.plan.period)
            {
                let due = Spanned::new(Literal::Date(period.end), at);
                target.condition = Condition::Compare(Spanned::new(CmpOp::Le, at), due);
                target.expected = format!("<= {}", period.end);
            }
            self.plan.targets.push(target);
            self.condition_ok.push(true);
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
        let stale: Vec<(String, Condition, Span, Span)> = self
            .plan
            .targets
            .iter()
            .filter(|t| t.kind == TargetKind::Task && !t.default_due)
            .filter_map(|t| match t.origin {
                Origin::Inherited { through } => {
                    Some((t.id.clone(), t.condition.clone(), t.span, through))
                }
                Origin::Here | Origin::Overridden { .. } => None,
            })
            .collect();
        for (id, condition, at, through) in stale {
            self.inherited_due_outside_period(&id, &condition, (at, through));
        }
    }

    fn inherited_due_outside_period(
        &mut self,
        id: &str,
        condition: &Condition,
        (at, through): (Span, Span),
    ) {
        let (Some(period), Condition::Compare(_, due)) = (self.plan.period, condition) else {
            return;
        };
        if let Literal::Date(date) = due.node {
            if date < period.start || date > period.end {
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

    /// The index of the inherited target an `override` or `drop` names, or a
    /// diagnostic.
    fn inherited(&mut self, id: &Spanned<String>, statement: &str) -> Option<usize> {
        match self.inheritance {
            Inheritance::Failed => return None,
            Inheritance::Base(_) if self.extends_at.is_some() => {}
            // The `extends` is there but does not parse.
            _ if self.unread.extends => return None,
            _ => {
                let problem = PlanProblem::OverrideWithoutExtends {
                    statement: statement.to_string(),
                };
                self.report_at(problem, id.span);
                return None;
            }
        }
        let found = self.plan.targets.iter().position(|t| t.id == id.node);
        if found.is_none() && !self.unread.ids.contains(&id.node) {
            let suggestion = closest(&id.node, self.plan.targets.iter().map(|t| t.id.as_str()))
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
        let Some(index) = self.inherited(id, "drop") else {
            return false;
        };
        if index < self.plan.targets.len() {
            self.plan.targets.remove(index);
        }
        if index < self.condition_ok.len() {
            self.condition_ok.remove(index);
        }
        true
    }

    pub(super) fn override_target(&mut self, decl: &OverrideDecl, span: Span) {
        let Some(index) = self.inherited(&decl.id, "override") else {
            return;
        };
        let Some(old) = self.plan.targets.get(index).cloned() else {
            return;
        };
        let mut new = old.clone();
        let metric = self.plan.metrics.get(&old.metric).cloned();
        let ty = metric.as_ref().and_then(|m| m.ty);
        let mut head_end = decl.id.span.end;
        let mut ok = self.condition_ok.get(index).copied().unwrap_or(false);
        if let Some(condition) = &decl.condition {
            ok = ty.is_some_and(|ty| self.check_condition(ty, &condition.node, &old.metric));
            new.condition = condition.node.clone();
            new.expected = collapse_space(self.source.slice(condition.span));
            head_end = condition.span.end;
            self.warn_if_looser(&old, &new.condition, &new.expected, condition.span);
        }
        if let Some(due) = &decl.due {
            if let Some(condition) = self.task_due(&old.id, old.kind, due) {
                new.expected = format!("<= {}", self.source.slice(due.span));
                self.warn_if_looser(&old, &condition, &new.expected, due.span);
                new.condition = condition;
                new.default_due = false;
                ok = true;
            }
        }
        if let Some(owner) = &decl.clauses.owner {
            new.owner = self.resolve_owner(owner);
        }
        if let Some(label) = &decl.clauses.label {
            new.label = Some(label.node.clone());
        }
        if !decl.clauses.tags.is_empty() {
            new.tags = decl.clauses.tags.iter().map(|t| t.node.clone()).collect();
        }
        if let Some(na) = &decl.clauses.not_applicable {
            new.not_applicable = Some(na.node);
            if looser_na(old.not_applicable, Some(na.node)) {
                let problem = PlanProblem::LooserNotApplicable {
                    id: old.id.clone(),
                    rule: na.node,
                    was: old.not_applicable,
                };
                self.report_at(problem, na.span);
            }
        }
        if decl.clauses.scoring.is_some() {
            self.scoring_here.insert(old.id.clone());
            let (points, scoring) = self.scoring(&decl.clauses, ty, &new.condition, &new.metric);
            let tiers = matches!(scoring, Scoring::Tiers(_));
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
        new.span = span.to(head_end);
        if let Some(through) = old.origin.through().or(self.extends_at) {
            new.origin = Origin::Overridden { through };
        }
        if let Some(slot) = self.plan.targets.get_mut(index) {
            *slot = new;
        }
        if let Some(slot) = self.condition_ok.get_mut(index) {
            *slot = ok;
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

    fn warn_if_looser(
        &mut self,
        old: &crate::check::model::Target,
        new: &Condition,
        written: &str,
        span: Span,
    ) {
        let base_period = match self.inheritance {
            Inheritance::Base(base) => base.period,
            _ => None,
        };
        let ty = self.plan.metrics.get(&old.metric).and_then(|m| m.ty);
        let Some((before, after)) = comparable(
            Judged {
                condition: &old.condition,
                ty,
                period: base_period,
            },
            Judged {
                condition: new,
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
            id: old.id.clone(),
            written: written.to_string(),
            before: old.expected.clone(),
            task: old.kind == TargetKind::Task,
        };
        self.report_at(problem, span);
    }
}

/// Whether `new` treats a unit better than `old` when it writes `n/a` or
/// has nothing to count: each case ranked from least to most lenient.
fn looser_na(old: Option<NaRule>, new: Option<NaRule>) -> bool {
    // A unit that writes `n/a`: refused, counted as 0, left out, full points.
    let written = |rule: Option<NaRule>| match rule {
        None | Some(NaRule::Never) => 0,
        Some(NaRule::Zero) => 1,
        Some(NaRule::Excluded) => 2,
        Some(NaRule::Full) => 3,
    };
    // A zero denominator: refused, counted as 0, left out, full points.
    let nothing = |rule: Option<NaRule>| match rule {
        Some(NaRule::Never) => 0,
        Some(NaRule::Zero) => 1,
        None | Some(NaRule::Excluded) => 2,
        Some(NaRule::Full) => 3,
    };
    written(new) > written(old) || nothing(new) > nothing(old)
}
