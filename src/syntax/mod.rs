//! Phase 1, syntax: plan text → syntax tree with spans, and syntax diagnostics.

pub mod ast;
pub mod chunks;
mod context;
pub use context::{context_at, Context};
mod errors;
pub use errors::is_invisible;
mod grammar;
pub mod literal;
mod lower;
pub mod problem;
mod recover;
pub mod scan;
mod slips;
pub mod timing;
pub mod tokens;

use pest::Parser;

use crate::diagnostic::Diagnostic;
use crate::limits::{Limits, MAX_NESTING, MAX_OPERATORS};
use crate::source::{FileId, SourceFile};
use crate::span::{Span, Spanned};
use crate::suggest::closest;
use ast::{ErrorStatement, Plan, Statement};
use chunks::{first_word, STATEMENT_KEYWORDS};
use grammar::{PlanParser, Rule};
use problem::SyntaxProblem;

/// Parses a whole plan file. A statement with errors is reported and kept
/// as an error node ([`ast::Statement::Error`]) with what could be read of
/// it; the others are still parsed, so one typo does not hide the next.
/// What the limits leave unread (a file too large, the statements past the
/// most allowed) is one error node with nothing read.
pub fn parse(source: &SourceFile, limits: &Limits) -> (Plan, Vec<Diagnostic>) {
    let mut plan = Plan::default();
    let mut diagnostics = Vec::new();
    let text = source.text.as_str();
    if text.len() > limits.max_plan_bytes {
        let problem = SyntaxProblem::FileTooLarge {
            bytes: text.len(),
            limit: limits.max_plan_bytes,
        };
        diagnostics.push(Diagnostic::of(problem, source.point(0)));
        let start = chunks::leading_marks(text);
        let end = text.trim_end().len().max(start);
        plan.statements.push(unread(source.span(start, end)));
        return (plan, diagnostics);
    }
    let spans = chunks::statement_spans(source.id(), text);
    let past_limit = match (spans.get(limits.max_statements), spans.last()) {
        (Some(extra), Some(last)) => {
            let problem = SyntaxProblem::TooManyStatements {
                count: spans.len(),
                limit: limits.max_statements,
            };
            diagnostics.push(Diagnostic::of(problem, *extra));
            Some(extra.join(*last))
        }
        _ => None,
    };
    for span in spans.iter().take(limits.max_statements) {
        let chunk = text.get(span.range()).unwrap_or("");
        let statement = parse_statement(chunk, *span, limits, &mut diagnostics);
        plan.statements.push(statement);
    }
    plan.statements.extend(past_limit.map(unread));
    (plan, diagnostics)
}

/// An error node over text left unread.
fn unread(span: Span) -> Spanned<Statement> {
    Spanned::new(Statement::Error(ErrorStatement::default()), span)
}

fn parse_statement(
    chunk: &str,
    statement: Span,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) -> Spanned<Statement> {
    let (file, offset): (FileId, usize) = (statement.file, statement.start);
    let failed = || {
        let read = recover::read(chunk, file, offset, limits);
        Spanned::new(Statement::Error(read), statement)
    };
    let keyword = first_word(chunk);
    if !keyword.is_empty() && !STATEMENT_KEYWORDS.contains(&keyword) {
        let span = Span::new(file, offset, offset + keyword.len());
        let problem = SyntaxProblem::UnknownStatement {
            keyword: keyword.to_string(),
            suggestion: closest(keyword, STATEMENT_KEYWORDS).map(str::to_string),
        };
        diagnostics.push(Diagnostic::of(problem, span));
        return failed();
    }
    if let Some((at, problem)) = too_deep(chunk, limits) {
        diagnostics.push(Diagnostic::of(
            problem,
            Span::new(file, offset + at, offset + at + 1),
        ));
        return failed();
    }
    match PlanParser::parse(Rule::statement, chunk) {
        // INVARIANT: a statement the grammar accepts lowers to a node; were
        // the two to disagree, the statement would stay as an error node
        // rather than vanish.
        Ok(mut pairs) => pairs
            .next()
            .and_then(|pair| lower::Lowerer::new(file, offset, diagnostics).statement(pair))
            .unwrap_or_else(failed),
        Err(error) => {
            let slips = slips_to_report(chunk, &error);
            if slips.is_empty() {
                diagnostics.push(errors::syntax_error(&error, chunk, file, offset));
            }
            for slip in slips {
                let span = Span::new(file, offset + slip.range.start, offset + slip.range.end);
                let problem = SyntaxProblem::ValueSlip {
                    written: slip.written,
                    fixed: slip.fixed,
                    slip: slip.slip,
                };
                diagnostics.push(Diagnostic::of(problem, span));
            }
            failed()
        }
    }
}

/// The slips in the values of a statement that failed to parse
/// (`slips::find`) that explain its failure: all of them when the statement
/// parses once they are written as the language writes them, else those
/// where pest stopped. None when no slip explains it, and the general
/// syntax error stands.
fn slips_to_report(chunk: &str, error: &pest::error::Error<Rule>) -> Vec<slips::ValueSlip> {
    let found = slips::find(chunk);
    if found.is_empty() {
        return found;
    }
    let repaired = slips::repair(chunk, &found);
    if PlanParser::parse(Rule::statement, &repaired).is_ok() {
        return found;
    }
    let at = match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    found
        .into_iter()
        .filter(|slip| slip.range.start <= at && at <= slip.range.end)
        .collect()
}

/// Where a formula first goes past the nesting or length limits, outside texts
/// and comments, with the problem to report. Checked before pest runs, whose
/// recursion would otherwise exhaust the stack; runs of `-` nest as deeply as
/// parentheses do.
fn too_deep(chunk: &str, limits: &Limits) -> Option<(usize, SyntaxProblem)> {
    let counts_operators = first_word(chunk) == "metric";
    // Never above the highest, whatever an embedding application sets: the
    // checker and evaluator recurse over a formula's tree.
    let max_operators = limits.max_operators.min(MAX_OPERATORS);
    let max_nesting = limits.max_nesting.min(MAX_NESTING);
    // Most statements hold too few brackets, minus signs and operators to
    // reach a limit, wherever they stand: counting bytes settles it without
    // telling code from texts and comments.
    let count = |wanted: &[u8]| chunk.bytes().filter(|b| wanted.contains(b)).count();
    let nesting = count(b"(-");
    if nesting <= max_nesting && (!counts_operators || nesting + count(b"+*/") <= max_operators) {
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
            if operators > max_operators {
                let problem = SyntaxProblem::FormulaTooDeep {
                    limit: max_operators,
                    operators: true,
                };
                return Some((i, problem));
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
        if depth + minus_run > max_nesting {
            let problem = SyntaxProblem::FormulaTooDeep {
                limit: max_nesting,
                operators: false,
            };
            return Some((i, problem));
        }
    }
    None
}
