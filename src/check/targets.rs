//! Targets and tasks: ids, owners, thresholds against their metric's type,
//! due dates, points and scoring.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::interval::Interval;
use super::metrics::undeclared_metric;
use super::model::{Origin, Target, TargetKind};
use super::owners::nfc;
use super::problem::{NameProblem, TargetProblem, TypeProblem};
use super::types::{self, check_literal};
use super::Checker;
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::{Span, Spanned};
use crate::syntax::ast::{
    Clauses, CmpOp, Condition, Keyword, Literal, MetricType, Plan, Scoring, Statement, TargetDecl,
    TaskDecl,
};

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

/// The section a statement falls in: its index and its default owner.
#[derive(Clone, Default)]
struct SectionContext {
    index: Option<usize>,
    owner: Option<String>,
    /// The section statement does not parse: its owner is not known.
    unread: bool,
}

impl<'s> Checker<'s> {
    pub(super) fn collect_targets(&mut self, tree: &'s Plan) {
        let mut section = SectionContext::default();
        // Inherited ids are taken: a new target needs another, or `override`.
        let mut ids: Ids = self
            .plan
            .targets
            .iter()
            .map(|t| (t.id.clone(), (t.span, t.origin.through())))
            .collect();
        for statement in &tree.statements {
            match &statement.node {
                Statement::Section(decl) => {
                    let owner = decl.owner.as_ref().and_then(|o| self.resolve_owner(o));
                    let title = nfc(&decl.title.node);
                    // A section of the plan it extends continues here, with
                    // its owner unless this one names another.
                    let (index, owner) = match self.plan.sections.iter().position(|s| *s == title) {
                        Some(index) => {
                            let inherited = self.plan.section_owners.get(index).cloned().flatten();
                            (index, owner.or(inherited))
                        }
                        None => {
                            self.plan.sections.push(title);
                            self.plan.section_owners.push(owner.clone());
                            (self.plan.sections.len() - 1, owner)
                        }
                    };
                    section = SectionContext {
                        index: Some(index),
                        owner,
                        unread: false,
                    };
                }
                Statement::Error(error) if error.keyword() == Some(Keyword::Section) => {
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
        let metric = &decl.metric.node;
        let ty = self.target_metric_type(decl);
        let ok = match ty {
            Some(ty) => self.check_condition(ty, &decl.condition.node, metric),
            None => false,
        };
        let expected = collapse_space(self.source.slice(decl.condition.span));
        let id = decl.id.as_ref().unwrap_or(&decl.metric).node.clone();
        let head = span.to(decl.condition.span.end);
        self.push_target(
            TargetKind::Target,
            id,
            metric.clone(),
            (decl.condition.node.clone(), expected, ok),
            (&decl.clauses, decl.metric.span, head, ty, section),
        );
    }

    fn task(&mut self, decl: &TaskDecl, span: Span, section: &SectionContext) {
        let id = decl.id.node.clone();
        let due = match &decl.due {
            Some(due) => self.checked_due(due),
            None => match self.plan.period {
                Some(period) => Some(Spanned::new(Literal::Date(period.end), decl.id.span)),
                // The period that would give the date does not parse.
                None if self.unread.period => None,
                None => {
                    let problem = TargetProblem::NoDeadline { id: id.clone() };
                    self.report_at(problem, decl.id.span);
                    None
                }
            },
        };
        self.plan
            .metrics
            .entry(id.clone())
            .or_insert_with(|| undeclared_metric(&id, MetricType::Date));
        let (condition, expected, ok) = match due {
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
        let head = span.to(decl.id.span.end);
        self.push_target(
            TargetKind::Task,
            id.clone(),
            id,
            (condition, expected, ok),
            (
                &decl.clauses,
                decl.id.span,
                head,
                Some(MetricType::Date),
                section,
            ),
        );
        if decl.due.is_none() {
            if let Some(task) = self.plan.targets.last_mut() {
                task.default_due = true;
            }
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
    fn push_target(
        &mut self,
        kind: TargetKind,
        id: String,
        metric: String,
        (condition, expected, ok): (Condition, String, bool),
        (clauses, name_span, span, ty, section): (
            &Clauses,
            Span,
            Span,
            Option<MetricType>,
            &SectionContext,
        ),
    ) {
        let owner = match &clauses.owner {
            Some(text) => self.resolve_owner(text),
            None => section.owner.clone(),
        };
        if owner.is_none()
            && clauses.owner.is_none()
            && !self.plan.owners.is_empty()
            && !section.unread
        {
            self.report_at(NameProblem::NoOwner { id: id.clone() }, name_span);
        }
        let (points, scoring) = self.scoring(clauses, ty, &condition, &metric);
        if clauses.scoring.is_some() {
            self.scoring_here.insert(id.clone());
        }
        self.condition_ok.push(ok);
        self.plan.targets.push(Target {
            id,
            kind,
            metric,
            condition,
            expected,
            owner,
            label: clauses.label.as_ref().map(|l| l.node.clone()),
            tags: clauses.tags.iter().map(|t| t.node.clone()).collect(),
            section: section.index,
            points,
            scoring,
            not_applicable: clauses
                .not_applicable
                .as_ref()
                .map(|n| n.node)
                .or(self.plan.default_not_applicable),
            default_due: false,
            span,
            origin: Origin::Here,
        });
    }

    /// The type of the metric a target measures; an undeclared metric takes its
    /// type from the first threshold written for it.
    fn target_metric_type(&mut self, decl: &TargetDecl) -> Option<MetricType> {
        let name = &decl.metric.node;
        if self.declared.contains_key(name) || self.inherited_metric(name) {
            return self.plan.metrics.get(name).and_then(|m| m.ty);
        }
        let inferred = match &decl.condition.node {
            Condition::Compare(_, value) => types::literal_type(&value.node),
            Condition::Range(low, high) => {
                types::literal_type(&low.node).or_else(|| types::literal_type(&high.node))
            }
        };
        let known = self.plan.metrics.get(name).and_then(|m| m.ty);
        let likely = known.or(inferred).unwrap_or(MetricType::Number);
        self.undeclared(name, decl.metric.span, likely);
        if let Some(known) = self.plan.metrics.get(name) {
            return known.ty;
        }
        let ty = inferred?;
        self.plan
            .metrics
            .insert(name.clone(), undeclared_metric(name, ty));
        Some(ty)
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
    /// metric's type and the condition.
    pub(super) fn scoring(
        &mut self,
        clauses: &Clauses,
        ty: Option<MetricType>,
        condition: &Condition,
        metric: &str,
    ) -> (Decimal, Scoring) {
        let written_points = clauses.points.as_ref().and_then(|p| self.points_value(p));
        let Some(scoring) = &clauses.scoring else {
            return (
                written_points.unwrap_or(Decimal::ONE),
                Scoring::AllOrNothing,
            );
        };
        match &scoring.node {
            Scoring::Linear => {
                if let Some(ty) = ty.filter(|t| !matches!(t, MetricType::Ratio | MetricType::Rate))
                {
                    let problem = TypeProblem::LinearNotRatio {
                        metric: metric.to_string(),
                        ty,
                    };
                    self.report_at(problem, scoring.span);
                }
            }
            Scoring::Saturating => {
                let fits = match condition {
                    // Not `>`: a value at the threshold fails it, yet
                    // would earn full points.
                    Condition::Compare(op, value) => {
                        op.node == CmpOp::Ge
                            && ty.and_then(types::dim).is_some()
                            && value.node.as_decimal().is_some_and(|d| d > Decimal::ZERO)
                    }
                    Condition::Range(..) => false,
                };
                if !fits {
                    self.report_at(TypeProblem::SaturatingMisfit, scoring.span);
                }
            }
            Scoring::Tiers(tiers) => {
                return (
                    self.tiers(tiers, clauses, written_points, ty, metric),
                    scoring.node.clone(),
                );
            }
            _ => {}
        }
        (written_points.unwrap_or(Decimal::ONE), scoring.node.clone())
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
