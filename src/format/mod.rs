//! `chitieu fmt`: one canonical layout for plan files, comments kept next to
//! what they were next to. Formatting is idempotent and keeps the meaning:
//! the formatted text parses to the same syntax tree, spans aside.
//!
//! Each statement prints as lines (a head line, then one indented line per
//! clause, in a fixed order). Every comment is first attached to a line: an
//! end-of-line comment to the line it ends, a comment on a line of its own to
//! the line that follows it. A blank line is kept wherever the source had one
//! (at most one), and a section always starts after one. Around syntax
//! errors ([`format_keeping_errors`]), the statements that hold them are
//! kept as written, and the others formatted as ever.

mod comments;
mod one_line;
pub(crate) mod printer;

pub use one_line::one_line_per_statement;
pub use printer::{expression, grade_condition, grade_test, literal, scoring_text};

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::limits::Limits;
use crate::source::{FileId, SourceFile};
use crate::span::{Span, Spanned};
use crate::syntax::ast::Statement;
use crate::syntax::{self, chunks};
use comments::Comment;
use printer::Line;

/// The canonical text of a plan, or the syntax errors that prevent it (a
/// file that does not parse is never rewritten).
pub fn format_source(source: &SourceFile) -> Result<String, Vec<Diagnostic>> {
    let (text, diagnostics) = format_keeping_errors(source);
    if diagnostic::has_errors(&diagnostics) {
        return Err(diagnostics);
    }
    Ok(text)
}

/// The canonical text of a plan whatever its errors, with the syntax
/// diagnostics. A statement that does not parse, or that holds a syntax
/// error (an unterminated text, a clause given twice), is kept exactly as
/// written (its line ends made `\n`), its comments included, from its first word to the end of its
/// last line; the statements around it are formatted. What to do with a
/// plan that has errors is the caller's choice: `chitieu fmt` refuses it
/// ([`format_source`]), an editor may format around them.
pub fn format_keeping_errors(source: &SourceFile) -> (String, Vec<Diagnostic>) {
    let (tree, diagnostics) = syntax::parse(source, &Limits::default());
    let text = source.text.as_str();
    let verbatim = Verbatim::new(source.id(), text, &diagnostics);
    let statements: Vec<Printed> = tree
        .statements
        .iter()
        .map(|s| match verbatim.span_of(s) {
            Some(span) => Printed {
                blank_before: false,
                lines: vec![Line {
                    // Line ends are layout: the canonical text ends its
                    // lines with `\n` only, kept statements too. A lone `\r`
                    // ends a line as well, so it becomes `\n` in one pass
                    // (`\r\r\n` would otherwise take two).
                    text: printer::verbatim(text, span)
                        .replace("\r\n", "\n")
                        .replace('\r', "\n"),
                    anchor: span,
                }],
                as_written: true,
            },
            None => Printed {
                blank_before: printer::wants_blank_before(&s.node),
                lines: printer::statement(text, &s.node, s.span),
                as_written: false,
            },
        })
        .collect();
    let kept: Vec<Span> = statements
        .iter()
        .filter(|s| s.as_written)
        .flat_map(|s| s.lines.iter().map(|l| l.anchor))
        .collect();
    let anchors: Vec<Span> = statements
        .iter()
        .flat_map(|s| s.lines.iter().map(|l| l.anchor))
        .collect();
    // Comments inside a statement kept as written are printed with it.
    let mut found = comments::scan(source.id(), text);
    found.retain(|c| !within(&kept, c.span.start));
    let attached = attach(found, &anchors);

    let mut writer = Writer {
        text,
        out: String::new(),
        last_end: None,
    };
    let mut line_index = 0;
    for statement in &statements {
        for (i, line) in statement.lines.iter().enumerate() {
            let indent = if i == 0 { "" } else { "  " };
            let here = attached.get(line_index);
            line_index += 1;
            let force_blank = i == 0 && statement.blank_before;
            let mut first = true;
            for comment in here.map_or(&[][..], |a| a.leading.as_slice()) {
                let printed = format!("{indent}{}", comment.text);
                writer.item(comment.span, printed.trim_end(), force_blank && first);
                first = false;
            }
            let mut printed = format!("{indent}{}", line.text);
            if let Some(comment) = here.and_then(|a| a.trailing.first()) {
                printed.push_str("  ");
                printed.push_str(&comment.text);
            }
            let printed = if statement.as_written {
                printed.as_str()
            } else {
                printed.trim_end()
            };
            writer.item(line.anchor, printed, force_blank && first);
        }
    }
    for comment in attached.last().map_or(&[][..], |a| a.leading.as_slice()) {
        writer.item(comment.span, &comment.text, false);
    }
    (writer.out, diagnostics)
}

/// A statement's printed lines.
struct Printed {
    /// Whether it stands after a blank line whatever the source says.
    blank_before: bool,
    lines: Vec<Line>,
    /// Kept as written: one line holding its text, line breaks included.
    as_written: bool,
}

/// Which statements are kept as written: those that do not parse, and those
/// that hold a syntax error.
struct Verbatim {
    /// The statements' spans as the file is cut into them, comments and
    /// trailing white space of their last line included.
    chunks: Vec<Span>,
    /// Where each syntax error starts, sorted.
    errors: Vec<usize>,
}

impl Verbatim {
    fn new(file: FileId, text: &str, diagnostics: &[Diagnostic]) -> Self {
        let mut errors: Vec<usize> = diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .map(|d| d.span.start)
            .collect();
        errors.sort_unstable();
        Verbatim {
            chunks: chunks::statement_spans(file, text),
            errors,
        }
    }

    /// The span to keep as written, if the statement is to be kept so.
    fn span_of(&self, statement: &Spanned<Statement>) -> Option<Span> {
        if matches!(statement.node, Statement::Error(_)) {
            return Some(statement.span);
        }
        let chunk = self
            .chunks
            .get(
                self.chunks
                    .partition_point(|c| c.start <= statement.span.start)
                    .checked_sub(1)?,
            )
            .copied()?;
        let first_error = self.errors.partition_point(|at| *at < chunk.start);
        let holds_error = self
            .errors
            .get(first_error)
            .is_some_and(|at| *at <= chunk.end);
        holds_error.then_some(chunk)
    }
}

/// Whether `at` lies inside one of `spans` (sorted, apart).
fn within(spans: &[Span], at: usize) -> bool {
    spans
        .partition_point(|s| s.start <= at)
        .checked_sub(1)
        .and_then(|i| spans.get(i))
        .is_some_and(|s| at < s.end)
}

/// The comments that belong to one printed line.
#[derive(Default, Clone)]
struct Attached {
    leading: Vec<Comment>,
    trailing: Vec<Comment>,
}

/// Attaches comments to lines by their anchors; one extra slot at the end
/// holds the comments after the last line. Lines may be printed in another
/// order than written (clauses are sorted, points and scoring share a line),
/// so the nearest anchor is found by position, not by order: a binary search
/// in the anchors sorted once by start ([`ByPosition`]), so attaching is
/// O((lines + comments) log lines), where a scan of every anchor per comment
/// took 13 s for 99k commented statements. A line keeps one end-of-line
/// comment; another one that would join it is treated as standing on its own
/// line, as it will once printed.
fn attach(comments: Vec<Comment>, anchors: &[Span]) -> Vec<Attached> {
    let mut attached = vec![Attached::default(); anchors.len() + 1];
    let by_position = ByPosition::new(anchors);
    for comment in comments {
        let slot = match by_position.preceding(comment.span.start) {
            Some(i)
                if !comment.own_line && attached.get(i).is_some_and(|a| a.trailing.is_empty()) =>
            {
                attached.get_mut(i).map(|a| &mut a.trailing)
            }
            _ => {
                let i = by_position
                    .following(comment.span.end)
                    .unwrap_or(anchors.len());
                attached.get_mut(i).map(|a| &mut a.leading)
            }
        };
        if let Some(slot) = slot {
            slot.push(comment);
        }
    }
    attached
}

/// The lines' anchors in the order of their starts, each with its line's
/// index; lines whose anchors start together are in the order printed.
struct ByPosition(Vec<(usize, usize)>);

impl ByPosition {
    fn new(anchors: &[Span]) -> Self {
        let mut sorted: Vec<(usize, usize)> = anchors
            .iter()
            .enumerate()
            .map(|(line, anchor)| (anchor.start, line))
            .collect();
        sorted.sort_unstable();
        ByPosition(sorted)
    }

    /// The line whose anchor starts last at or before `at` (of several, the
    /// one printed last).
    fn preceding(&self, at: usize) -> Option<usize> {
        let after = self.0.partition_point(|(start, _)| *start <= at);
        self.0.get(after.checked_sub(1)?).map(|(_, line)| *line)
    }

    /// The line whose anchor starts first at or after `at` (of several, the
    /// one printed first).
    fn following(&self, at: usize) -> Option<usize> {
        let first = self.0.partition_point(|(start, _)| *start < at);
        self.0.get(first).map(|(_, line)| *line)
    }
}

/// Writes output lines, keeping one blank line wherever the source had one
/// between two consecutive items.
struct Writer<'t> {
    text: &'t str,
    out: String,
    last_end: Option<usize>,
}

impl Writer<'_> {
    fn item(&mut self, span: Span, line: &str, force_blank: bool) {
        if let Some(end) = self.last_end {
            if force_blank || comments::has_blank_line(self.text, end, span.start) {
                self.out.push('\n');
            }
        }
        self.out.push_str(line);
        self.out.push('\n');
        self.last_end = Some(span.end.max(self.last_end.unwrap_or(0)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(start: usize, own_line: bool) -> Comment {
        Comment {
            span: Span::new(FileId::FIRST, start, start + 1),
            text: "#".to_string(),
            own_line,
        }
    }

    /// The scan of every anchor per comment that this replaces, as it was.
    fn nearest_by_scan(anchors: &[Span], at: usize, end: usize) -> (Option<usize>, usize) {
        let preceding = anchors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.start <= at)
            .max_by_key(|(_, a)| a.start)
            .map(|(i, _)| i);
        let following = anchors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.start >= end)
            .min_by_key(|(_, a)| a.start)
            .map_or(anchors.len(), |(i, _)| i);
        (preceding, following)
    }

    #[test]
    fn the_search_finds_what_the_scan_found() {
        // Out of order and with shared starts, as sorted clauses print.
        let starts = [0, 10, 30, 20, 20, 40, 40, 50];
        let anchors: Vec<Span> = starts
            .iter()
            .map(|s| Span::new(FileId::FIRST, *s, s + 5))
            .collect();
        let by_position = ByPosition::new(&anchors);
        for at in 0..60 {
            let found = (
                by_position.preceding(at),
                by_position.following(at + 1).unwrap_or(anchors.len()),
            );
            assert_eq!(found, nearest_by_scan(&anchors, at, at + 1), "at {at}");
        }
    }

    /// 200,000 lines with 200,000 comments: 4·10^10 comparisons for a scan
    /// per comment, which would not finish; the search takes milliseconds.
    #[test]
    fn attaching_is_not_quadratic() {
        let n = 200_000;
        let anchors: Vec<Span> = (0..n)
            .map(|i| Span::new(FileId::FIRST, i * 10, i * 10 + 5))
            .collect();
        let comments: Vec<Comment> = (0..n).map(|i| comment(i * 10 + 6, i % 2 == 0)).collect();
        let attached = attach(comments, &anchors);
        let trailing = attached.iter().filter(|a| !a.trailing.is_empty()).count();
        let leading = attached.iter().filter(|a| !a.leading.is_empty()).count();
        assert_eq!((trailing, leading), (n / 2, n / 2));
    }
}
