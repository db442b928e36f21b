//! Phase 1, syntax: plan text → syntax tree with spans, and syntax diagnostics.

pub mod ast;
pub mod chunks;
mod errors;
pub use errors::is_invisible;
mod grammar;
pub mod literal;
mod lower;
pub mod problem;
pub mod scan;

use pest::Parser;

use crate::diagnostic::{Code, Diagnostic};
use crate::limits::Limits;
use crate::source::SourceFile;
use crate::span::Span;
use crate::suggest::did_you_mean;
use ast::Plan;
use chunks::{first_word, STATEMENT_KEYWORDS};
use grammar::{PlanParser, Rule};

/// Parses a whole plan file. Statements with errors are reported and left out;
/// the others are still parsed, so one typo does not hide the next.
pub fn parse(source: &SourceFile, limits: &Limits) -> (Plan, Vec<Diagnostic>) {
    let mut plan = Plan::default();
    let mut diagnostics = Vec::new();
    let text = source.text.as_str();
    if text.len() > limits.max_plan_bytes {
        diagnostics.push(
            Diagnostic::new(
                Code::FileTooLarge,
                Span::point(0),
                format!(
                    "the plan file is {} bytes, more than the limit of {} bytes",
                    text.len(),
                    limits.max_plan_bytes
                ),
            )
            .with_hint("check that this is the plan file you meant"),
        );
        return (plan, diagnostics);
    }
    let spans = chunks::statement_spans(text);
    if let Some(extra) = spans.get(limits.max_statements) {
        diagnostics.push(
            Diagnostic::new(
                Code::TooManyStatements,
                *extra,
                format!(
                    "the plan has {} statements, more than the limit of {}",
                    spans.len(),
                    limits.max_statements
                ),
            )
            .with_hint("split the plan into several files"),
        );
    }
    for span in spans.into_iter().take(limits.max_statements) {
        let chunk = text.get(span.range()).unwrap_or("");
        if let Some(statement) = parse_statement(chunk, span.start, limits, &mut diagnostics) {
            plan.statements.push(statement);
        }
    }
    (plan, diagnostics)
}

fn parse_statement(
    chunk: &str,
    offset: usize,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<crate::span::Spanned<ast::Statement>> {
    let keyword = first_word(chunk);
    if !keyword.is_empty() && !STATEMENT_KEYWORDS.contains(&keyword) {
        let span = Span::new(offset, offset + keyword.len());
        let hint = did_you_mean(keyword, STATEMENT_KEYWORDS).unwrap_or_else(|| {
            "a statement starts with `plan`, `period`, `owner`, `metric`, `section`, `target` or `task`; indent a line to continue the statement above".to_string()
        });
        diagnostics.push(
            Diagnostic::new(
                Code::UnknownStatement,
                span,
                format!("unknown statement `{keyword}`"),
            )
            .with_hint(hint),
        );
        return None;
    }
    if let Some((at, message)) = too_deep(chunk, limits) {
        diagnostics.push(
            Diagnostic::new(
                Code::NestingTooDeep,
                Span::new(offset + at, offset + at + 1),
                message,
            )
            .with_hint("remove needless parentheses or split the formula into derived metrics"),
        );
        return None;
    }
    match PlanParser::parse(Rule::statement, chunk) {
        Ok(mut pairs) => {
            let pair = pairs.next()?;
            lower::Lowerer::new(offset, diagnostics).statement(pair)
        }
        Err(error) => {
            diagnostics.push(errors::syntax_error(&error, chunk, offset));
            None
        }
    }
}

/// Where a formula first goes past the nesting or length limits, outside texts
/// and comments, with the message to give. Checked before pest runs, whose
/// recursion would otherwise exhaust the stack; runs of `-` nest as deeply as
/// parentheses do.
fn too_deep(chunk: &str, limits: &Limits) -> Option<(usize, String)> {
    let counts_operators = first_word(chunk) == "metric";
    // Most statements hold too few brackets, minus signs and operators to
    // reach a limit, wherever they stand: counting bytes settles it without
    // telling code from texts and comments.
    let count = |wanted: &[u8]| chunk.bytes().filter(|b| wanted.contains(b)).count();
    let nesting = count(b"(-");
    if nesting <= limits.max_nesting
        && (!counts_operators || nesting + count(b"+*/") <= limits.max_operators)
    {
        return None;
    }
    let mut depth = 0usize;
    let mut minus_run = 0usize;
    let mut operators = 0usize;
    for (i, c, region) in scan::regions(chunk) {
        if region != scan::Region::Code {
            continue;
        }
        if matches!(c, '+' | '-' | '*' | '/') && counts_operators {
            operators += 1;
            if operators > limits.max_operators {
                let message = format!(
                    "the formula has more than {} operators",
                    limits.max_operators
                );
                return Some((i, message));
            }
        }
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        match c {
            '-' => minus_run += 1,
            c if c.is_whitespace() => {}
            _ => minus_run = 0,
        }
        if depth + minus_run > limits.max_nesting {
            let message = format!(
                "the formula nests more than {} levels deep",
                limits.max_nesting
            );
            return Some((i, message));
        }
    }
    None
}
