//! Targets and tasks: ids, owners, thresholds against their metric's type,
//! due dates, points and scoring.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::interval::Interval;
use super::metrics::undeclared_metric;
use super::model::{
    Compares, Goal, MaxBound, Metric, MetricId, Origin, OwnerId, SaturatesAt, Scoring, Section,
    SectionId, Symbol, Target, TargetId, TargetKind, Threshold, Tier, Timing,
};
use super::owners::nfc;
use super::problem::{NameProblem, ScoringProblem, TargetProblem, TypeProblem};
use super::scoring_fits::Written;
use super::tiers::tier_text;
use super::types::{self, check_literal};
use super::{Checker, Entry};
use crate::diagnostic::{Describe, Diagnostic, RelatedLabel};
use crate::format::literal;
use crate::span::{Span, Spanned};
use crate::syntax::ast::{
    self, Clauses, CmpOp, Condition, Keyword, Literal, MetricType, Plan, Statement, TargetDecl,
    TaskDecl,
};
use crate::Severity;

/// The ids taken, each with where it was first written and, for an
/// inherited target, the `extends` it came through.
type Ids = BTreeMap<String, (Span, Option<Span>)>;

/// `diagnostic`, with the `extends` an inherited target it points at came
/// through as another place.
pub(super) fn inherited_through(diagnostic: Diagnostic, through: Option<Span>) -> Diagnostic {
    match through {
        Some(at) => diagnostic.with_related(at, RelatedLabel::InheritedThrough),
        None => diagnostic,
    }
}

/// The section a statement falls in, and its default owner.
#[derive(Clone, Default)]
struct SectionContext {
    id: Option<SectionId>,
    owner: Option<OwnerId>,
    /// The section statement does not parse: its owner is not known.
    unread: bool,
}

/// What a target's statement says, resolved, for [`Checker::push_target`].
struct Resolved<'d> {
    kind: TargetKind,
    name: &'d Spanned<String>,
    metric: MetricId,
    ty: Option<MetricType>,
    goal: Goal,
    /// Whether the threshold passed the type checks.
    ok: bool,
    clauses: &'d Clauses,
    /// The head of the statement.
    span: Span,
}

impl<'s> Checker<'s> {
    pub(super) fn collect_targets(&mut self, tree: &'s Plan) {
        let mut section = SectionContext::default();
        // Inherited ids are taken: a new target needs another, or `override`.
        let mut ids: Ids = self
            .live_targets()
            .map(|(_, e)| {
                (
                    e.target.name.clone(),
                    (e.target.span, e.target.origin.through()),
                )
            })
            .collect();
        for statement in &tree.statements {
            match &statement.node {
                Statement::Section(decl) => {
                    let owner = decl.owner.as_ref().and_then(|o| self.resolve_owner(o));
                    let title = nfc(&decl.title.node);
                    // A section of the plan it extends continues here, with
                    // its owner unless this one names another.
                    let (id, owner) = match self.plan.sections.position(|s| s.title == title) {
                        Some(id) => {
                            self.named(Symbol::Section(id), decl.title.span, false);
                            (id, owner.or(self.plan.sections.at(id).owner))
                        }
                        None => {
                            let id = self.plan.sections.push(Section {
                                title,
                                owner,
                                declared_at: decl.title.span,
                            });
                            self.named(Symbol::Section(id), decl.title.span, true);
                            (id, owner)
                        }
                    };
                    section = SectionContext {
                        id: Some(id),
                        owner,
                        unread: false,
                    };
                }
                Statement::Error(error) if error.meant() == Some(Keyword::Section) => {
                    section = SectionContext {
                        unread: true,
                        ..SectionContext::default()
                    };
                }
                Statement::Override(decl) => self.override_target(decl, statement.span),
                Statement::Drop(id) if self.drop_target(id) => {
                    ids.remove(&id.node);
                }
                Statement::Target(decl)
                    if self.unique_id(decl.id.as_ref().unwrap_or(&decl.metric), &mut ids) =>
                {
                    self.target(decl, statement.span, &section);
                }
                Statement::Task(decl) if self.unique_id(&decl.id, &mut ids) => {
                    self.task(decl, statement.span, &section);
                }
                _ => {}
            }
        }
    }

    fn unique_id(&mut self, id: &Spanned<String>, ids: &mut Ids) -> bool {
        let Some(&(first, through)) = ids.get(&id.node) else {
            ids.insert(id.node.clone(), (id.span, None));
            return true;
        };
        let problem = NameProblem::DuplicateTargetId {
            id: id.node.clone(),
        };
        let diagnostic =
            Diagnostic::of(problem, id.span).with_related(first, RelatedLabel::FirstOne);
        self.report(inherited_through(diagnostic, through));
        false
    }

    fn target(&mut self, decl: &TargetDecl, span: Span, section: &SectionContext) {
        let metric_name = &decl.metric.node;
        let (metric, ty) = self.target_metric(decl);
        self.named(Symbol::Metric(metric), decl.metric.span, false);
        let resolved = match &decl.condition {
            Some(condition) => {
                let ok = match ty {
                    Some(ty) => self.check_condition(ty, &condition.node, metric_name),
                    None => false,
                };
                let written = collapse_space(self.source.slice(condition.span));
                Resolved {
                    kind: TargetKind::Target,
                    name: decl.id.as_ref().unwrap_or(&decl.metric),
                    metric,
                    ty,
                    goal: Goal::Threshold(Threshold::of(&condition.node, written)),
                    ok,
                    clauses: &decl.clauses,
                    span: span.to(condition.span.end),
                }
            }
            // Nothing to compare with other targets: it only scores.
            None => Resolved {
                kind: TargetKind::Target,
                name: decl.id.as_ref().unwrap_or(&decl.metric),
                metric,
                ty,
                goal: Goal::Scores,
                ok: false,
                clauses: &decl.clauses,
                span: span.to(decl.metric.span.end),
            },
        };
        let id = self.push_target(resolved, section);
        if let Some(by) = &decl.by {
            match self.checked_by(by) {
                Some(date) => self.targets.at_mut(id).target.by = Some(date),
                None => self.targets.at_mut(id).by_unusable = true,
            }
        }
    }

    fn task(&mut self, decl: &TaskDecl, span: Span, section: &SectionContext) {
        let id = decl.id.node.clone();
        let due = match &decl.due {
            Some(due) => self.checked_due(due),
            None => match self.plan.period {
                Some(period) => Some(Spanned::new(Literal::Date(period.end), decl.id.span)),
                // The period that would give the date does not parse, or
                // is not a period (a diagnostic says why).
                None if self.unread.period || self.period_unusable => None,
                None => {
                    let problem = TargetProblem::NoDeadline { id: id.clone() };
                    self.report_at(problem, decl.id.span);
                    None
                }
            },
        };
        let metric = self.metric_id(&id, MetricType::Date);
        let (condition, written, ok) = match due {
            Some(due) => {
                let written = match decl.due.as_ref() {
                    Some(d) => self.source.slice(d.span).to_string(),
                    None => date_text(&due.node),
                };
                let op = Spanned::new(CmpOp::Le, due.span);
                (Condition::Compare(op, due), format!("<= {written}"), true)
            }
            None => {
                let placeholder = Spanned::new(Literal::Invalid, decl.id.span);
                let op = Spanned::new(CmpOp::Le, decl.id.span);
                (Condition::Compare(op, placeholder), String::new(), false)
            }
        };
        let resolved = Resolved {
            kind: TargetKind::Task,
            name: &decl.id,
            metric,
            ty: Some(MetricType::Date),
            goal: Goal::Threshold(Threshold::of(&condition, written)),
            ok,
            clauses: &decl.clauses,
            span: span.to(decl.id.span.end),
        };
        let task = self.push_target(resolved, section);
        if decl.due.is_none() {
            self.targets.at_mut(task).target.default_due = true;
        }
    }

    /// A written due date, if it is a date; reported otherwise, and warned
    /// about when outside the plan's period.
    pub(super) fn checked_due(&mut self, due: &Spanned<Literal>) -> Option<Spanned<Literal>> {
        match &due.node {
            Literal::Date(_) => {
                self.check_in_period(&due.node, due.span, true);
                Some(due.clone())
            }
            Literal::Invalid => None,
            other => {
                let problem = TypeProblem::DueNotDate {
                    literal: other.kind(),
                };
                self.report_at(problem, due.span);
                None
            }
        }
    }

    /// Records a target with its owner, points and scoring resolved.
    fn push_target(&mut self, resolved: Resolved, section: &SectionContext) -> TargetId {
        let Resolved {
            kind,
            name,
            metric,
            ty,
            goal,
            ok,
            clauses,
            span,
        } = resolved;
        let owner = match &clauses.owner {
            Some(text) => self.resolve_owner(text),
            None => section.owner,
        };
        if owner.is_none() && clauses.owner.is_none() && self.declares_owners() && !section.unread {
            let problem = NameProblem::NoOwner {
                id: name.node.clone(),
            };
            self.report_at(problem, name.span);
        }
        let co_owners = self.resolve_co_owners(owner, &clauses.co_owners);
        let metric_name = self.plan.metrics.at(metric).name.clone();
        let (points, scoring) = match &goal {
            Goal::Threshold(threshold) => self.scoring(clauses, ty, threshold, &metric_name),
            Goal::Scores => self.scoring_only(clauses, ty, &metric_name),
        };
        let points_from = clauses
            .points_from
            .as_ref()
            .and_then(|from| self.points_from(from));
        let points_bound = match (&clauses.points_from, points_from) {
            (Some(from), Some(id)) => {
                let tiers = matches!(scoring, Scoring::Tiers(_));
                self.points_bound(from, (id, tiers), clauses.points_bound.as_ref())
            }
            _ => None,
        };
        // A maximum from the data is no number of the plan's.
        let points = if points_from.is_some() {
            Decimal::ZERO
        } else {
            points
        };
        let written_round = self.round(clauses.round.as_ref());
        let round = written_round.or(self.plan.default_round);
        let applies = self.applies(&clauses.applies);
        let timing = self.timing(clauses, (kind, &name.node, metric), Timing::default());
        let target = Target {
            applies,
            name: name.node.clone(),
            kind,
            metric,
            goal,
            points_from,
            points_bound,
            round,
            owner,
            co_owners,
            label: clauses.label.as_ref().map(|l| l.node.clone()),
            tags: clauses.tags.iter().map(|t| t.node.clone()).collect(),
            section: section.id,
            points,
            scoring,
            not_applicable: clauses
                .not_applicable
                .as_ref()
                .map(|n| n.node)
                .or(self.plan.default_not_applicable),
            default_due: false,
            by: None,
            span,
            origin: Origin::Here,
            name_span: name.span,
            timing,
        };
        self.check_scoring_fits(&target, ty, &Written::of(clauses, None, name.span));
        match (written_round, &clauses.round, self.default_round_at) {
            (Some(_), Some(at), _) => self.check_round_fits(&target, at.span),
            // The plan's `default round` is checked on each of its targets
            // that rounds by it, as on inherited ones: shown at the default.
            // A target without points is left alone: a default is for
            // those it suits.
            (None, None, Some(at)) if target.worth_points() => {
                self.check_round_fits(&target, at);
            }
            _ => {}
        }
        let id = self.targets.push(Entry {
            target,
            condition_ok: ok,
            by_unusable: false,
            scoring_here: clauses.scoring.is_some(),
            na_here: None,
            changed_at: None,
            dropped: false,
        });
        self.named(Symbol::Target(id), name.span, true);
        id
    }

    /// The metric a target measures, and its type; an undeclared metric
    /// takes its type from the first threshold written for it that says
    /// one.
    fn target_metric(&mut self, decl: &TargetDecl) -> (MetricId, Option<MetricType>) {
        let name = &decl.metric.node;
        if self.declared.contains_key(name) || self.inherited_metric(name) {
            let id = self.metric_id(name, MetricType::Number);
            return (id, self.plan.metrics.at(id).ty);
        }
        let inferred = match decl.condition.as_ref().map(|c| &c.node) {
            Some(Condition::Compare(_, value)) => types::literal_type(&value.node),
            Some(Condition::Range(low, high)) => {
                types::literal_type(&low.node).or_else(|| types::literal_type(&high.node))
            }
            // Without a condition, the scoring says what is measured: a
            // rate scored `linear` or `saturating` is a ratio, tiers say it
            // with their values; a target only tracked reads a number.
            // Never no type: readings of a metric without one would be
            // dropped.
            None => Some(scored_type(decl)),
        };
        let known = self.metric_named(name).and_then(|m| m.ty);
        let likely = known.or(inferred).unwrap_or(MetricType::Number);
        self.undeclared(name, decl.metric.span, likely);
        if let (Some(id), Some(_)) = (self.metric_ids.get(name), known) {
            return (*id, known);
        }
        match inferred {
            Some(ty) => (self.set_metric(undeclared_metric(name, ty)), Some(ty)),
            // Its type is unknown until a threshold says one (the value
            // here could not be read: an error says why).
            None => {
                let id = match self.metric_ids.get(name) {
                    Some(id) => *id,
                    None => self.set_metric(Metric {
                        ty: None,
                        ..undeclared_metric(name, MetricType::Number)
                    }),
                };
                (id, None)
            }
        }
    }

    /// Checks a condition's values against the metric's type; true when the
    /// condition is sound enough to compare with other targets.
    pub(super) fn check_condition(
        &mut self,
        ty: MetricType,
        condition: &Condition,
        metric: &str,
    ) -> bool {
        let before = self.error_count();
        match condition {
            Condition::Compare(op, value) => {
                self.check_value(ty, value, metric);
                if ty == MetricType::Bool && op.node != CmpOp::Eq {
                    self.bool_ordering(op.span, metric);
                }
            }
            Condition::Range(low, high) => {
                self.check_value(ty, low, metric);
                self.check_value(ty, high, metric);
                if ty == MetricType::Bool {
                    self.bool_ordering(low.span.join(high.span), metric);
                } else if let (Some(l), Some(h)) = (low.node.as_decimal(), high.node.as_decimal()) {
                    if l > h && self.error_count() == before {
                        let problem = TargetProblem::ReversedRange {
                            low: self.source.slice(low.span).to_string(),
                            high: self.source.slice(high.span).to_string(),
                        };
                        self.report_at(problem, low.span.join(high.span));
                    }
                }
            }
        }
        let written = match condition {
            Condition::Compare(_, v) => v.node != Literal::Invalid,
            Condition::Range(l, h) => l.node != Literal::Invalid && h.node != Literal::Invalid,
        };
        if self.error_count() == before && written && ty != MetricType::Bool {
            self.unsatisfiable(ty, condition, metric);
        }
        self.error_count() == before && written
    }

    /// Reports a condition that no value of the metric's type can meet
    /// (`> 100%` on a share, `< 0` on a count, `in 4.2..4.8` on a count).
    fn unsatisfiable(&mut self, ty: MetricType, condition: &Condition, metric: &str) {
        if !Interval::accepted(condition, Some(ty)).is_some_and(Interval::is_empty) {
            return;
        }
        let (span, written) = match condition {
            Condition::Compare(op, v) => {
                let span = op.span.join(v.span);
                (span, collapse_space(self.source.slice(span)))
            }
            Condition::Range(low, high) => {
                let span = low.span.join(high.span);
                (
                    span,
                    format!("in {}", collapse_space(self.source.slice(span))),
                )
            }
        };
        let problem = TargetProblem::NeverMet {
            metric: metric.to_string(),
            written,
            ty,
        };
        self.report_at(problem, span);
    }

    fn check_value(&mut self, ty: MetricType, value: &Spanned<Literal>, metric: &str) {
        if let Some(problem) = check_literal(ty, &value.node, metric) {
            self.report_at(problem, value.span);
        }
        if ty == MetricType::Date {
            self.check_in_period(&value.node, value.span, false);
        }
    }

    fn bool_ordering(&mut self, span: Span, metric: &str) {
        let problem = TypeProblem::BoolOrdering {
            metric: metric.to_string(),
        };
        self.report_at(problem, span);
    }

    fn error_count(&self) -> usize {
        self.errors
    }

    /// The target's maximum points and its scoring rule, checked against the
    /// metric's type and the threshold.
    pub(super) fn scoring(
        &mut self,
        clauses: &Clauses,
        ty: Option<MetricType>,
        threshold: &Threshold,
        metric: &str,
    ) -> (Decimal, Scoring) {
        let written_points = clauses.points.as_ref().and_then(|p| self.points_value(p));
        let Some(scoring) = &clauses.scoring else {
            return (
                written_points.unwrap_or(Decimal::ONE),
                Scoring::AllOrNothing,
            );
        };
        let resolved = match &scoring.node {
            ast::Scoring::AllOrNothing => Scoring::AllOrNothing,
            ast::Scoring::Linear => {
                if let Some(ty) = ty.filter(|t| !matches!(t, MetricType::Ratio | MetricType::Rate))
                {
                    // A formula of this file whose type the plan does not
                    // state (an inherited one's statement is not known).
                    let derived_number = ty == MetricType::Number
                        && self
                            .declared
                            .get(metric)
                            .is_some_and(|d| matches!(d.def, ast::MetricDef::Derived(_, None)));
                    let problem = TypeProblem::LinearNotRatio {
                        metric: metric.to_string(),
                        ty,
                        conditioned: !threshold.written.is_empty(),
                        derived_number,
                    };
                    self.report_at(problem, scoring.span);
                }
                Scoring::Linear
            }
            // Whether it fits the threshold is checked on the target as it
            // ends up ([`Checker::check_scoring_fits`]).
            ast::Scoring::Saturating(_) => Scoring::Saturating(None),
            ast::Scoring::Tiers(tiers) => {
                let best = self.tiers(tiers, clauses, written_points, ty, metric);
                return (best, Scoring::Tiers(resolved_tiers(tiers, ty, metric)));
            }
        };
        (written_points.unwrap_or(Decimal::ONE), resolved)
    }

    /// Checks tiers; the target's points are the best tier's.
    fn tiers(
        &mut self,
        tiers: &[crate::syntax::ast::Tier],
        clauses: &Clauses,
        written_points: Option<Decimal>,
        ty: Option<MetricType>,
        metric: &str,
    ) -> Decimal {
        let mut best = Decimal::ZERO;
        for tier in tiers {
            if let Some(points) = self.points_value(&tier.points) {
                best = best.max(points);
            }
            if let Some(ty) = ty {
                self.check_value(ty, &tier.value, metric);
                if ty == MetricType::Bool && tier.op.node != CmpOp::Eq {
                    self.bool_ordering(tier.op.span, metric);
                }
            }
        }
        if let (Some(written), Some(clause)) = (written_points, &clauses.points) {
            if written != best {
                self.report_at(TypeProblem::PointsDisagree { written, best }, clause.span);
            }
        }
        best
    }

    /// The maximum points and scoring rule of a target without a
    /// condition: without points it is only tracked (0 points); with them,
    /// its rule must not need a condition.
    pub(super) fn scoring_only(
        &mut self,
        clauses: &Clauses,
        ty: Option<MetricType>,
        metric: &str,
    ) -> (Decimal, Scoring) {
        let written_points = clauses.points.as_ref().and_then(|p| self.points_value(p));
        // A rule that needs a condition is reported on the target as it
        // ends up ([`Checker::check_scoring_fits`]).
        let resolved = match clauses.scoring.as_ref() {
            None => Scoring::AllOrNothing,
            Some(scoring) => match &scoring.node {
                ast::Scoring::AllOrNothing => Scoring::AllOrNothing,
                ast::Scoring::Saturating(None) => Scoring::Saturating(None),
                ast::Scoring::Saturating(Some(at)) => {
                    Scoring::Saturating(self.saturates_at(at, ty, metric))
                }
                // Linear and tiers are checked as on any target; nothing is
                // compared with the threshold.
                _ => return self.scoring(clauses, ty, &Threshold::NONE, metric),
            },
        };
        (written_points.unwrap_or(Decimal::ZERO), resolved)
    }

    /// `saturating X` checked against the metric's type: a value above
    /// zero.
    fn saturates_at(
        &mut self,
        at: &Spanned<Literal>,
        ty: Option<MetricType>,
        metric: &str,
    ) -> Option<SaturatesAt> {
        let errors = self.error_count();
        if let Some(ty) = ty {
            self.check_value(ty, at, metric);
        }
        let value = at
            .node
            .as_decimal()
            .filter(|_| at.node != Literal::Invalid)?;
        if matches!(at.node, Literal::Date(_) | Literal::Bool(_)) || value <= Decimal::ZERO {
            if self.error_count() == errors {
                self.report_at(ScoringProblem::SaturatesAtNotPositive, at.span);
            }
            return None;
        }
        (self.error_count() == errors).then(|| SaturatesAt {
            value,
            written: literal(&at.node),
        })
    }

    /// `points NAME`: the metric the unit's maximum is read from, a count
    /// or a number (whether tiers beside it give the points instead is
    /// checked on the target as it ends up).
    pub(super) fn points_from(&mut self, from: &Spanned<String>) -> Option<MetricId> {
        let name = &from.node;
        if !self.declared.contains_key(name) && !self.inherited_metric(name) {
            self.undeclared(name, from.span, MetricType::Number);
        }
        let id = self.metric_id(name, MetricType::Number);
        self.named(Symbol::Metric(id), from.span, false);
        // Kept even where it does not fit, so that the metric counts as
        // used; a plan with errors is not evaluated.
        if let Some(ty) = self
            .plan
            .metrics
            .at(id)
            .ty
            .filter(|ty| !matches!(ty, MetricType::Count | MetricType::Number))
        {
            let problem = ScoringProblem::PointsFromType {
                metric: name.clone(),
                ty,
            };
            self.report_at(problem, from.span);
        }
        Some(id)
    }

    /// `in LOW..HIGH` after `points NAME`: points from 0 to the most a plan
    /// may give, the lower first (E0316). Without one, the unit's maximum is
    /// taken on its word, which the plan is warned of (W0755).
    pub(super) fn points_bound(
        &mut self,
        from: &Spanned<String>,
        (id, tiers): (MetricId, bool),
        bound: Option<&Spanned<(Spanned<Literal>, Spanned<Literal>)>>,
    ) -> Option<MaxBound> {
        let Some(bound) = bound else {
            // A metric that cannot be a maximum, or beside tiers, has its
            // error (E0413).
            let ty = self.plan.metrics.at(id).ty;
            if tiers || ty.is_some_and(|ty| !matches!(ty, MetricType::Count | MetricType::Number)) {
                return None;
            }
            let problem = ScoringProblem::MaxUnbounded {
                metric: from.node.clone(),
            };
            self.report_at(problem, from.span);
            return None;
        };
        let (low, high) = &bound.node;
        let points = |l: &Literal| match l {
            Literal::Number(d) if !d.is_sign_negative() && *d <= MAX_POINTS => Some(d.normalize()),
            _ => None,
        };
        match (points(&low.node), points(&high.node)) {
            (Some(low), Some(high)) if low <= high => Some(MaxBound { low, high }),
            // Reported where it is read.
            _ if matches!(low.node, Literal::Invalid) || matches!(high.node, Literal::Invalid) => {
                None
            }
            _ => {
                let written = collapse_space(self.source.slice(bound.span));
                self.report_at(ScoringProblem::MaxBound { written }, bound.span);
                None
            }
        }
    }

    /// `round STEP`: a number above zero, no larger than points may be.
    pub(super) fn round(&mut self, step: Option<&Spanned<Literal>>) -> Option<Decimal> {
        let step = step?;
        match step.node {
            Literal::Number(d) if d > Decimal::ZERO && d <= MAX_POINTS => Some(d.normalize()),
            Literal::Invalid => None,
            _ => {
                let problem = ScoringProblem::RoundStep {
                    written: collapse_space(self.source.slice(step.span)),
                };
                self.report_at(problem, step.span);
                None
            }
        }
    }

    pub(super) fn points_value(&mut self, points: &Spanned<Literal>) -> Option<Decimal> {
        match &points.node {
            Literal::Number(d) if *d > MAX_POINTS => {
                self.report_at(TypeProblem::PointsTooMany { value: *d }, points.span);
                None
            }
            Literal::Number(d) if !d.is_sign_negative() => Some(*d),
            Literal::Invalid => None,
            Literal::Number(d) => {
                self.report_at(TypeProblem::PointsNegative { value: *d }, points.span);
                None
            }
            other => {
                let problem = TypeProblem::PointsNotNumber {
                    literal: other.kind(),
                };
                self.report_at(problem, points.span);
                None
            }
        }
    }
}

/// The most points a target or tier may be worth: a plan's totals, and a
/// unit's percentage of them, then stay far within exact decimals.
pub const MAX_POINTS: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

pub(super) fn collapse_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn date_text(literal: &Literal) -> String {
    match literal {
        Literal::Date(d) => d.to_string(),
        _ => String::new(),
    }
}

/// Whether full points from the threshold on fit it: `>=` a number above
/// zero (not `>`: a value at the threshold fails it, yet would earn full
/// points), on a metric whose values are quantities.
pub(super) fn saturates(threshold: &Threshold, ty: Option<MetricType>) -> bool {
    let from_above_zero = match threshold.interval {
        Some(interval) => {
            interval.high.is_none()
                && interval
                    .low
                    .is_some_and(|low| low.inclusive && low.value > Decimal::ZERO)
        }
        None => false,
    };
    matches!(threshold.compares, Compares::Numbers | Compares::Dates)
        && from_above_zero
        && ty.and_then(types::dim).is_some()
}

/// A scoring's tiers resolved: points, the values each pays for, and
/// whether its value fits the metric's type.
fn resolved_tiers(tiers: &[ast::Tier], ty: Option<MetricType>, metric: &str) -> Vec<Tier> {
    tiers
        .iter()
        .map(|tier| {
            let wrong = |ty| {
                check_literal(ty, &tier.value.node, metric)
                    .is_some_and(|p| p.code().severity() == Severity::Error)
            };
            let fits = ty.is_some_and(|ty| {
                !wrong(ty) && (ty != MetricType::Bool || tier.op.node == CmpOp::Eq)
            });
            let comparison = Condition::Compare(tier.op.clone(), tier.value.clone());
            let written = format!("{} {}", tier.op.node.symbol(), literal(&tier.value.node));
            Tier {
                points: match tier.points.node {
                    Literal::Number(points) => Some(points),
                    _ => None,
                },
                threshold: Threshold::of(&comparison, written),
                fits,
                written: tier_text(tier),
                span: tier.points.span.join(tier.value.span),
            }
        })
        .collect()
}

/// The type of an undeclared metric that a target without a condition
/// measures, as its scoring says it.
fn scored_type(decl: &TargetDecl) -> MetricType {
    match decl.clauses.scoring.as_ref().map(|s| &s.node) {
        Some(ast::Scoring::Linear | ast::Scoring::Saturating(_)) => MetricType::Ratio,
        Some(ast::Scoring::Tiers(tiers)) => tiers
            .iter()
            .find_map(|tier| types::literal_type(&tier.value.node))
            .unwrap_or(MetricType::Number),
        Some(ast::Scoring::AllOrNothing) | None => MetricType::Number,
    }
}
