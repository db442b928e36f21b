//! What is being written at a place of a plan, for an editor's completion:
//! a statement's keyword, a metric's name, an owner's name, an inherited
//! target's id. Read from the text between the start of the statement and
//! the place with the tolerant scan of `syntax::tokens`, so it works the same
//! inside statements that do not parse, which is where a statement being
//! written stands.

use super::ast::{Keyword, Plan};
use super::scan::{regions, Region};
use super::tokens::{tokens, Token, TokenKind};
use crate::source::SourceFile;

/// What is being written at a place, with what was typed of it so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Context {
    /// The first word of a statement (`target`, `metric`...).
    StatementKeyword { prefix: String },
    /// A metric's name: the one a target measures, or an operand of a
    /// formula.
    MetricName { prefix: String },
    /// An owner's name, inside the text of an `owner` clause (of a target,
    /// task, override or section), as typed after the opening quote.
    OwnerName { prefix: String },
    /// The id of an inherited target, after `override` or `drop`.
    TargetId { prefix: String },
    /// Nothing to offer: a comment, a value, a label, a new name.
    Unknown,
}

/// What is being written at byte `offset` of `source`, parsed as `plan`.
/// An offset inside a character counts from that character's start; one
/// past the end, from the end.
pub fn context_at(source: &SourceFile, plan: &Plan, offset: usize) -> Context {
    let text = source.text.as_str();
    let offset = (0..=offset.min(text.len()))
        .rev()
        .find(|at| text.is_char_boundary(*at))
        .unwrap_or(0);
    let before = text.get(..offset).unwrap_or("");
    let line_start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let line = before.get(line_start..).unwrap_or("");
    // The statement that starts last before the place; the text from its
    // start is what is being written, when it starts on the place's line
    // or the place continues it (an indented or comment line).
    let last = plan
        .statements
        .partition_point(|s| s.span.start <= offset)
        .checked_sub(1)
        .and_then(|i| plan.statements.get(i));
    let start = match last {
        Some(statement) if statement.span.start >= line_start => statement.span.start,
        _ if line.trim_start_matches('\u{FEFF}').is_empty() => line_start,
        Some(statement) => statement.span.start,
        None => line_start,
    };
    written(text.get(start..offset).unwrap_or(""))
}

/// The context at the end of `written`, the text of a statement up to the
/// place.
fn written(written: &str) -> Context {
    let in_comment = regions(written)
        .last()
        .is_some_and(|(_, _, region)| region == Region::Comment);
    if in_comment {
        return Context::Unknown;
    }
    let all: Vec<Token> = tokens(written).collect();
    // The token the place touches, if it is one being typed.
    let (current, previous) = match all.split_last() {
        Some((last, rest))
            if last.end == written.len()
                && matches!(
                    last.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Text { closed: false }
                ) =>
        {
            (Some(*last), rest)
        }
        _ => (None, all.as_slice()),
    };
    let typed = current.map_or("", |t| t.text(written)).to_string();
    match current.map(|t| t.kind) {
        Some(TokenKind::Text { .. }) => {
            // `owner` as a clause, not as the statement that declares one.
            let clause =
                previous.len() >= 2 && previous.last().is_some_and(|t| t.is_word(written, "owner"));
            return match current {
                Some(text) if clause => Context::OwnerName {
                    prefix: text.text_content(written).to_string(),
                },
                _ => Context::Unknown,
            };
        }
        Some(TokenKind::Number) => return Context::Unknown,
        _ => {}
    }
    let Some(first) = previous.first() else {
        return Context::StatementKeyword { prefix: typed };
    };
    let keyword = (first.kind == TokenKind::Word)
        .then(|| Keyword::from_word(first.text(written)))
        .flatten();
    let symbol = |token: Option<&Token>, wanted: &[char]| {
        token.is_some_and(|t| matches!(t.kind, TokenKind::Symbol(c) if wanted.contains(&c)))
    };
    match keyword {
        // `target |` or `target id: |`
        Some(Keyword::Target)
            if previous.len() == 1 || (previous.len() == 3 && symbol(previous.get(2), &[':'])) =>
        {
            Context::MetricName { prefix: typed }
        }
        Some(Keyword::Override | Keyword::Drop) if previous.len() == 1 => {
            Context::TargetId { prefix: typed }
        }
        // An operand of a formula: after its `=`, an operator, `(`, a
        // call's `,` or `else`.
        Some(Keyword::Metric)
            if previous.iter().any(|t| t.kind == TokenKind::Symbol('='))
                && (symbol(previous.last(), &['=', '+', '-', '*', '/', '(', ','])
                    || previous.last().is_some_and(|t| t.is_word(written, "else"))) =>
        {
            Context::MetricName { prefix: typed }
        }
        _ => Context::Unknown,
    }
}
