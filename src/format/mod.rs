//! `chitieu fmt`: one canonical layout for plan files, comments kept next to
//! what they were next to. Formatting is idempotent and keeps the meaning:
//! the formatted text parses to the same syntax tree, spans aside.
//!
//! Each statement prints as lines (a head line, then one indented line per
//! clause, in a fixed order). Every comment is first attached to a line: an
//! end-of-line comment to the line it ends, a comment on a line of its own to
//! the line that follows it. A blank line is kept wherever the source had one
//! (at most one), and a section always starts after one.

mod comments;
mod one_line;
mod printer;

pub use one_line::one_line_per_statement;
pub use printer::{expression, literal, scoring_text};

use crate::diagnostic::{self, Diagnostic};
use crate::limits::Limits;
use crate::source::SourceFile;
use crate::span::Span;
use crate::syntax;
use comments::Comment;
use printer::Line;

/// The canonical text of a plan, or the syntax errors that prevent it (a
/// file that does not parse is never rewritten).
pub fn format_source(source: &SourceFile) -> Result<String, Vec<Diagnostic>> {
    let (tree, diagnostics) = syntax::parse(source, &Limits::default());
    if diagnostic::has_errors(&diagnostics) {
        return Err(diagnostics);
    }
    let text = source.text.as_str();
    let statements: Vec<(bool, Vec<Line>)> = tree
        .statements
        .iter()
        .map(|s| {
            (
                printer::wants_blank_before(&s.node),
                printer::statement(&s.node, s.span),
            )
        })
        .collect();
    let anchors: Vec<Span> = statements
        .iter()
        .flat_map(|(_, lines)| lines.iter().map(|l| l.anchor))
        .collect();
    let attached = attach(comments::scan(source.id(), text), &anchors);

    let mut writer = Writer {
        text,
        out: String::new(),
        last_end: None,
    };
    let mut line_index = 0;
    for (section, lines) in &statements {
        for (i, line) in lines.iter().enumerate() {
            let indent = if i == 0 { "" } else { "  " };
            let here = attached.get(line_index);
            line_index += 1;
            let force_blank = i == 0 && *section;
            let mut first = true;
            for comment in here.map_or(&[][..], |a| a.leading.as_slice()) {
                writer.item(
                    comment.span,
                    &format!("{indent}{}", comment.text),
                    force_blank && first,
                );
                first = false;
            }
            let mut printed = format!("{indent}{}", line.text);
            if let Some(comment) = here.and_then(|a| a.trailing.first()) {
                printed.push_str("  ");
                printed.push_str(&comment.text);
            }
            writer.item(line.anchor, &printed, force_blank && first);
        }
    }
    for comment in attached.last().map_or(&[][..], |a| a.leading.as_slice()) {
        writer.item(comment.span, &comment.text, false);
    }
    Ok(writer.out)
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
/// so the nearest anchor is searched by position, not by order. A line keeps
/// one end-of-line comment; another one that would join it is treated as
/// standing on its own line, as it will once printed.
fn attach(comments: Vec<Comment>, anchors: &[Span]) -> Vec<Attached> {
    let mut attached = vec![Attached::default(); anchors.len() + 1];
    let following = |comment: &Comment| {
        anchors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.start >= comment.span.end)
            .min_by_key(|(_, a)| a.start)
            .map_or(anchors.len(), |(i, _)| i)
    };
    for comment in comments {
        let preceding = anchors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.start <= comment.span.start)
            .max_by_key(|(_, a)| a.start)
            .map(|(i, _)| i);
        let slot = match preceding {
            Some(i)
                if !comment.own_line && attached.get(i).is_some_and(|a| a.trailing.is_empty()) =>
            {
                attached.get_mut(i).map(|a| &mut a.trailing)
            }
            _ => {
                let i = following(&comment);
                attached.get_mut(i).map(|a| &mut a.leading)
            }
        };
        if let Some(slot) = slot {
            slot.push(comment);
        }
    }
    attached
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
        self.out.push_str(line.trim_end());
        self.out.push('\n');
        self.last_end = Some(span.end.max(self.last_end.unwrap_or(0)));
    }
}
