//! The plan's title and period.

use super::model::Period;
use super::problem::{NameProblem, TargetProblem};
use super::Checker;
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::Span;
use crate::syntax::ast::{Literal, Plan, Statement};

impl Checker<'_> {
    pub(super) fn collect_header(&mut self, tree: &Plan) {
        let mut title_at: Option<Span> = None;
        let mut period_at: Option<Span> = None;
        let mut default_na_at: Option<Span> = None;
        let mut default_round_at: Option<Span> = None;
        let mut rank_by_at: Option<Span> = None;
        let mut default_computed_at: Option<Span> = None;
        let mut default_by_at: Option<Span> = None;
        for statement in &tree.statements {
            match &statement.node {
                Statement::Extends(_) => match self.extends_at {
                    Some(first) => self.duplicate_header(statement.span, first, "extends"),
                    None => self.extends_at = Some(statement.span),
                },
                Statement::Title(title) => match title_at {
                    Some(first) => self.duplicate_header(statement.span, first, "plan"),
                    None => {
                        title_at = Some(statement.span);
                        self.plan.title = Some(title.node.clone());
                    }
                },
                Statement::Period { start, end } => {
                    if let Some(first) = period_at {
                        self.duplicate_header(statement.span, first, "period");
                        continue;
                    }
                    period_at = Some(statement.span);
                    let (Literal::Date(from), Literal::Date(to)) = (&start.node, &end.node) else {
                        self.period_unusable = true;
                        continue;
                    };
                    if to < from {
                        self.period_unusable = true;
                        let problem = TargetProblem::PeriodReversed {
                            start: *from,
                            end: *to,
                        };
                        self.report(
                            Diagnostic::of(problem, end.span)
                                .with_related(start.span, RelatedLabel::StartDate),
                        );
                        continue;
                    }
                    self.plan.period = Some(Period {
                        start: *from,
                        end: *to,
                    });
                }
                Statement::Default(decl) => {
                    if let Some(rule) = &decl.not_applicable {
                        if self.first_default(
                            &mut default_na_at,
                            rule.span,
                            "default not_applicable",
                        ) {
                            self.default_na_at = Some(rule.span);
                            self.plan.default_not_applicable = Some(rule.node);
                        }
                    }
                    if let Some(step) = &decl.round {
                        if self.first_default(&mut default_round_at, step.span, "default round") {
                            self.default_round_at = Some(step.span);
                            self.plan.default_round = self.round(Some(step));
                        }
                    }
                    if let Some(by) = &decl.rank_by {
                        if self.first_default(&mut rank_by_at, by.span, "default rank_by") {
                            self.plan.rank_by = Some(by.node);
                        }
                    }
                    if let Some(at) = decl.computed.as_ref().map(|c| c.span) {
                        if self.first_default(&mut default_computed_at, at, "default computed") {
                            self.plan.default_computed = true;
                        }
                    }
                    if let Some(at) = decl.by_end.as_ref().map(|c| c.span) {
                        if self.first_default(&mut default_by_at, at, "default by end") {
                            self.plan.default_by_end = true;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether the `default CLAUSE` at `span` is the plan's first (kept
    /// in `first`); a later one is reported beside it.
    fn first_default(
        &mut self,
        first: &mut Option<Span>,
        span: Span,
        clause: &'static str,
    ) -> bool {
        let Some(earlier) = *first else {
            *first = Some(span);
            return true;
        };
        self.report(
            Diagnostic::of(NameProblem::RepeatedDefault { clause }, span)
                .with_related(earlier, RelatedLabel::FirstStated),
        );
        false
    }

    fn duplicate_header(&mut self, span: Span, first: Span, keyword: &str) {
        let problem = NameProblem::DuplicateHeader {
            keyword: keyword.to_string(),
        };
        self.report(Diagnostic::of(problem, span).with_related(first, RelatedLabel::FirstOne));
    }

    /// Warns when a date (a due date when `due`) lies outside the plan's
    /// period.
    pub(super) fn check_in_period(&mut self, date: &Literal, span: Span, due: bool) {
        let (Some(period), Literal::Date(date)) = (self.plan.period, date) else {
            return;
        };
        if *date < period.start || *date > period.end {
            let problem = TargetProblem::DateOutsidePeriod {
                due,
                date: *date,
                start: period.start,
                end: period.end,
            };
            self.report_at(problem, span);
        }
    }
}
