//! The plan's title and period.

use super::model::Period;
use super::Checker;
use crate::diagnostic::{Code, Diagnostic};
use crate::span::Span;
use crate::syntax::ast::{Literal, Plan, Statement};

impl Checker<'_> {
    pub(super) fn collect_header(&mut self, tree: &Plan) {
        let mut title_at: Option<Span> = None;
        let mut period_at: Option<Span> = None;
        let mut default_na_at: Option<Span> = None;
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
                        continue;
                    };
                    if to < from {
                        self.report(
                            Diagnostic::new(
                                Code::PeriodReversed,
                                end.span,
                                format!("the period ends on {to} before it starts on {from}"),
                            )
                            .with_label("end date")
                            .with_related(start.span, "start date")
                            .with_hint("write the start date first: `period START .. END`"),
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
                        match default_na_at {
                            Some(first) => self.duplicate_default(rule.span, first),
                            None => {
                                default_na_at = Some(rule.span);
                                self.default_na_at = Some(rule.span);
                                self.plan.default_not_applicable = Some(rule.node);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn duplicate_default(&mut self, span: Span, first: Span) {
        self.report(
            Diagnostic::new(
                Code::RepeatedClause,
                span,
                "`default not_applicable` is given twice",
            )
            .with_label("given again here")
            .with_related(first, "first given here")
            .with_hint("a plan states its default once; keep one"),
        );
    }

    fn duplicate_header(&mut self, span: Span, first: Span, keyword: &str) {
        self.report(
            Diagnostic::new(
                Code::DuplicateHeader,
                span,
                format!("the plan has a second `{keyword}` statement"),
            )
            .with_label("second one")
            .with_related(first, "first one")
            .with_hint(format!("a plan has one `{keyword}`; remove one of them")),
        );
    }

    /// Warns when a date lies outside the plan's period.
    pub(super) fn check_in_period(&mut self, date: &Literal, span: Span, what: &str) {
        let (Some(period), Literal::Date(date)) = (self.plan.period, date) else {
            return;
        };
        if *date < period.start || *date > period.end {
            self.report(
                Diagnostic::new(
                    Code::DeadlineOutsidePeriod,
                    span,
                    format!(
                        "{what} {date} is outside the plan period {} .. {}",
                        period.start, period.end
                    ),
                )
                .with_label("outside the period")
                .with_hint("check the year and month; a date outside the period is rarely meant"),
            );
        }
    }
}
