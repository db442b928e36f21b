//! Statements printed canonically: one head line, then one indented line per
//! clause in a fixed order; literals in one spelling each.

use crate::span::{Span, Spanned};
use crate::syntax::ast::*;

/// One printed line and the source span it stands for, which decides the
/// comments that go with it.
pub struct Line {
    pub text: String,
    pub anchor: Span,
}

/// Sections start a new area of the plan, so they stand after a blank line.
pub fn wants_blank_before(statement: &Statement) -> bool {
    matches!(statement, Statement::Section(_))
}

/// The lines of a statement of `text` (the plan's whole text); one that
/// does not parse is its text as written.
pub fn statement(text: &str, statement: &Statement, span: Span) -> Vec<Line> {
    let line = |text: String, anchor: Span| Line { text, anchor };
    match statement {
        Statement::Error(_) => vec![line(verbatim(text, span).to_string(), span)],
        Statement::Title(title) => vec![line(format!("plan {}", string(&title.node)), span)],
        Statement::Period { start, end } => vec![line(
            format!("period {} .. {}", literal(&start.node), literal(&end.node)),
            span,
        )],
        Statement::Owner(owner) => {
            let mut text = format!("owner {}", string(&owner.key.node));
            if let Some(full) = &owner.full_name {
                text.push(' ');
                text.push_str(&string(&full.node));
            }
            vec![line(text, span)]
        }
        Statement::Metric(metric) => {
            let mut text = format!("metric {}", metric.name.node);
            match &metric.def {
                MetricDef::Typed(ty) => text.push_str(&format!(": {}", ty.node.keyword())),
                MetricDef::Derived(expr, stated) => {
                    if let Some(ty) = stated {
                        text.push_str(&format!(": {}", ty.node.keyword()));
                    }
                    text.push_str(&format!(" = {}", expression(&expr.node)));
                    if metric.computed.is_some() {
                        text.push_str(" computed");
                    }
                }
                MetricDef::Invalid => {}
            }
            if let Some(rollup) = &metric.rollup {
                text.push_str(&format!(" rollup {}", rollup.node.keyword()));
            }
            if let Some(label) = &metric.label {
                text.push(' ');
                text.push_str(&string(&label.node));
            }
            vec![line(text, span)]
        }
        Statement::Section(section) => {
            let mut text = format!("section {}", string(&section.title.node));
            if let Some(owner) = &section.owner {
                text.push_str(&format!(" owner {}", string(&owner.node)));
            }
            vec![line(text, span)]
        }
        Statement::Target(target) => {
            let id = target
                .id
                .as_ref()
                .map(|id| format!("{}: ", id.node))
                .unwrap_or_default();
            let (head, head_span) = match &target.condition {
                Some(c) => (
                    format!("target {id}{} {}", target.metric.node, condition(&c.node)),
                    span.to(c.span.end),
                ),
                None => (
                    format!("target {id}{}", target.metric.node),
                    span.to(target.metric.span.end),
                ),
            };
            let mut lines = vec![line(head, head_span)];
            lines.extend(by_line(target.by.as_ref()));
            lines.extend(clauses(&target.clauses, None));
            lines
        }
        Statement::Extends(path) => vec![line(format!("extends {}", string(&path.node)), span)],
        Statement::Grade(grade) => vec![line(
            format!(
                "grade {} {}",
                string(&grade.name.node),
                grade_condition(&grade.any_of)
            ),
            span,
        )],
        Statement::Drop(id) => vec![line(format!("drop {}", id.node), span)],
        Statement::Default(decl) => decl
            .not_applicable
            .iter()
            .map(|rule| format!("default not_applicable {}", rule.node.keyword()))
            .chain(
                decl.round
                    .iter()
                    .map(|step| format!("default round {}", literal(&step.node))),
            )
            .chain(
                decl.rank_by
                    .iter()
                    .map(|by| format!("default rank_by {}", by.node.keyword())),
            )
            .chain(decl.computed.iter().map(|_| "default computed".to_string()))
            .chain(decl.by_end.iter().map(|_| "default by end".to_string()))
            .map(|text| line(text, span))
            .collect(),
        Statement::Override(o) => {
            let mut head = format!("override {}", o.id.node);
            let mut end = o.id.span.end;
            if let Some(c) = &o.condition {
                head.push(' ');
                head.push_str(&condition(&c.node));
                end = c.span.end;
            }
            let mut lines = vec![line(head, span.to(end))];
            lines.extend(by_line(o.by.as_ref()));
            lines.extend(clauses(&o.clauses, o.due.as_ref()));
            lines
        }
        Statement::Task(task) => {
            let head = span.to(task.id.span.end);
            let mut lines = vec![line(format!("task {}", task.id.node), head)];
            lines.extend(clauses(&task.clauses, task.due.as_ref()));
            lines
        }
    }
}

/// The text of a span as written.
pub fn verbatim(text: &str, span: Span) -> &str {
    text.get(span.range()).unwrap_or("")
}

/// A target's milestone, `by DATE`, on a line of its own after its head.
fn by_line(by: Option<&Spanned<Literal>>) -> Option<Line> {
    by.map(|by| Line {
        text: format!("by {}", literal(&by.node)),
        anchor: by.span,
    })
}

/// When the target is judged, read as one: `every year from 2026-01-01
/// cumulative`, with the place of its first and last clause.
fn timing(clauses: &Clauses) -> Option<(String, Span)> {
    let every = clauses
        .every
        .as_ref()
        .map(|e| (format!("every {}", e.node.keyword()), e.span));
    let window = clauses.window.as_ref().map(|w| {
        let text = match &w.node {
            Window::From(date) => format!("from {}", literal(&date.node)),
            Window::During(a, b) => {
                format!("during {} .. {}", literal(&a.node), literal(&b.node))
            }
        };
        (text, w.span)
    });
    let cumulative = clauses
        .cumulative
        .as_ref()
        .map(|c| ("cumulative".to_string(), c.span));
    let parts: Vec<(String, Span)> = [every, window, cumulative].into_iter().flatten().collect();
    let (_, first) = parts.first()?;
    let (_, last) = parts.last()?;
    let anchor = first.join(*last);
    let texts: Vec<&str> = parts.iter().map(|(text, _)| text.as_str()).collect();
    Some((texts.join(" "), anchor))
}

/// The clauses, one per line: label, due (tasks), when it is judged, owner, tags, points with
/// scoring, not_applicable.
fn clauses(clauses: &Clauses, due: Option<&Spanned<Literal>>) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut push = |text: String, anchor: Span| lines.push(Line { text, anchor });
    if let Some(label) = &clauses.label {
        push(format!("label {}", string(&label.node)), label.span);
    }
    if let Some(due) = due {
        push(format!("due {}", literal(&due.node)), due.span);
    }
    if let Some((text, anchor)) = timing(clauses) {
        push(text, anchor);
    }
    if let Some(owner) = &clauses.owner {
        let mut text = format!("owner {}", string(&owner.node));
        let mut anchor = owner.span;
        if let Some(last) = clauses.co_owners.last() {
            let co: Vec<String> = clauses.co_owners.iter().map(|o| string(&o.node)).collect();
            text.push_str(&format!(" with {}", co.join(", ")));
            anchor = anchor.join(last.span);
        }
        push(text, anchor);
    }
    if let (Some(first), Some(last)) = (clauses.tags.first(), clauses.tags.last()) {
        let names: Vec<&str> = clauses.tags.iter().map(|t| t.node.as_str()).collect();
        push(
            format!("tags {}", names.join(", ")),
            first.span.join(last.span),
        );
    }
    // Points, their scoring and their rounding read as one:
    // `points 2 scoring linear round 0.01`.
    let points = clauses
        .points
        .as_ref()
        .map(|p| (format!("points {}", literal(&p.node)), p.span))
        .or_else(|| {
            let from = clauses.points_from.as_ref()?;
            Some(match &clauses.points_bound {
                Some(b) => {
                    let (low, high) = &b.node;
                    let text = format!(
                        "points {} in {}..{}",
                        from.node,
                        literal(&low.node),
                        literal(&high.node)
                    );
                    (text, from.span.join(b.span))
                }
                None => (format!("points {}", from.node), from.span),
            })
        });
    let scoring = clauses
        .scoring
        .as_ref()
        .map(|s| (format!("scoring {}", scoring_text(&s.node)), s.span));
    let round = clauses
        .round
        .as_ref()
        .map(|r| (format!("round {}", literal(&r.node)), r.span));
    let parts: Vec<(String, Span)> = [points, scoring, round].into_iter().flatten().collect();
    if let (Some((_, first)), Some((_, last))) = (parts.first(), parts.last()) {
        let texts: Vec<&str> = parts.iter().map(|(text, _)| text.as_str()).collect();
        push(texts.join(" "), first.join(*last));
    }
    if let Some(na) = &clauses.not_applicable {
        push(format!("not_applicable {}", na.node.keyword()), na.span);
    }
    for applies in &clauses.applies {
        push(for_text(&applies.node), applies.span);
    }
    lines
}

/// A `for` clause: a level or tag as an identifier when it is one, else as
/// a string; units always as strings.
pub fn for_text(applies: &ForClause) -> String {
    let name = |text: &str| {
        let mut chars = text.chars();
        let ident = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        if ident {
            text.to_string()
        } else {
            string(text)
        }
    };
    match applies {
        ForClause::Level(level) => format!("for level {}", name(&level.node)),
        ForClause::Tag(tag) => format!("for tag {}", name(&tag.node)),
        ForClause::Unit(units) => {
            let units: Vec<String> = units.iter().map(|u| string(&u.node)).collect();
            format!("for unit {}", units.join(", "))
        }
    }
}

pub fn scoring_text(scoring: &Scoring) -> String {
    match scoring {
        Scoring::AllOrNothing => "all_or_nothing".to_string(),
        Scoring::Linear => "linear".to_string(),
        Scoring::Saturating(None) => "saturating".to_string(),
        Scoring::Saturating(Some(at)) => format!("saturating {}", literal(&at.node)),
        Scoring::Tiers(tiers) => {
            let list: Vec<String> = tiers
                .iter()
                .map(|t| {
                    format!(
                        "{} if {} {}",
                        literal(&t.points.node),
                        t.op.node.symbol(),
                        literal(&t.value.node)
                    )
                })
                .collect();
            format!("tiers {}", list.join(", "))
        }
    }
}

pub fn condition(condition: &Condition) -> String {
    match condition {
        Condition::Compare(op, value) => format!("{} {}", op.node.symbol(), literal(&value.node)),
        Condition::Range(low, high) => {
            format!("in {}..{}", literal(&low.node), literal(&high.node))
        }
    }
}

/// A grade's condition: its tests joined by `and`, its alternatives by `or`.
pub fn grade_condition(any_of: &[Vec<Spanned<GradeTest>>]) -> String {
    let all = |tests: &Vec<Spanned<GradeTest>>| {
        tests
            .iter()
            .map(|t| grade_test(&t.node))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    any_of.iter().map(all).collect::<Vec<_>>().join(" or ")
}

/// `>= 90%`, `> 90 points`, `not_met <= 20%`.
pub fn grade_test(test: &GradeTest) -> String {
    let mut text = String::new();
    if let Some(measure) = &test.measure {
        text.push_str(measure.node.keyword());
        text.push(' ');
    }
    text.push_str(test.op.node.symbol());
    text.push(' ');
    text.push_str(&literal(&test.value.node));
    if test.points {
        text.push_str(" points");
    }
    text
}

/// A literal in its one canonical spelling.
pub fn literal(literal: &Literal) -> String {
    match literal {
        Literal::Number(d) => d.to_string(),
        Literal::Percent(fraction) => {
            let mut percent = *fraction;
            // Parsing moved the scale up by two; moving it back is exact.
            let scale = percent.scale().saturating_sub(2);
            let _ = percent.set_scale(scale);
            format!("{percent}%")
        }
        Literal::Minutes(d) => format!("{d} min"),
        Literal::Days(d) => format!("{d} days"),
        Literal::WorkingDays(d) => format!("{d} working_days"),
        Literal::Money(d) => format!("{d} VND"),
        Literal::PercentagePoints(fraction) => {
            let mut points = *fraction;
            let scale = points.scale().saturating_sub(2);
            let _ = points.set_scale(scale);
            format!("{points} pp")
        }
        Literal::Date(date) => date.format("%Y-%m-%d").to_string(),
        Literal::Bool(b) => b.to_string(),
        Literal::Invalid => String::new(),
    }
}

/// A formula with the parentheses its tree needs and no others:
/// `x / y else 0`, `max(a, b)`, `round(x, 4)`.
pub fn expression(expr: &Expr) -> String {
    match expr {
        Expr::Metric(name) => name.clone(),
        Expr::Literal(lit) => literal(lit),
        Expr::Neg(inner) => match &inner.node {
            Expr::Binary(..) | Expr::Else(_) => format!("-({})", expression(&inner.node)),
            other => format!("-{}", expression(other)),
        },
        Expr::Binary(left, op, right) => {
            let prec = precedence(*op);
            let left_needs = binding(&left.node) < prec;
            let right_needs = binding(&right.node) <= prec;
            format!(
                "{} {} {}",
                operand(&left.node, left_needs),
                op.symbol(),
                operand(&right.node, right_needs)
            )
        }
        Expr::Call(name, arguments) => {
            let arguments: Vec<String> = arguments.iter().map(|a| expression(&a.node)).collect();
            format!("{}({})", name.node, arguments.join(", "))
        }
        // An alternative that is itself a chain keeps its parentheses, so
        // the tree printed is the tree read.
        Expr::Else(alternatives) => {
            let alternatives: Vec<String> = alternatives
                .iter()
                .map(|a| operand(&a.node, matches!(a.node, Expr::Else(_))))
                .collect();
            alternatives.join(" else ")
        }
    }
}

fn operand(expr: &Expr, parenthesised: bool) -> String {
    if parenthesised {
        format!("({})", expression(expr))
    } else {
        expression(expr)
    }
}

/// How tightly a formula holds together: `else` loosest, then `+` and `-`,
/// then `*` and `/`; names, numbers, calls and signs tightest.
fn binding(expr: &Expr) -> u8 {
    match expr {
        Expr::Else(_) => 0,
        Expr::Binary(_, op, _) => precedence(*op),
        Expr::Metric(_) | Expr::Literal(_) | Expr::Neg(_) | Expr::Call(..) => 3,
    }
}

fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::Add | BinOp::Sub => 1,
        BinOp::Mul | BinOp::Div => 2,
    }
}

pub fn string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
