//! A plan as `git log -p` and `git show` compare it (`chitieu git-textconv`,
//! git's `textconv`): one line per statement, in the order written, each in
//! the canonical spelling of `fmt` with its clauses on the same line and the
//! label last; comments and layout left out; a blank line before each
//! section. A line diff of two such renderings shows which statements changed
//! and nothing else. A statement that does not parse is kept as written (its
//! comments and extra white space removed), so a version with errors still
//! compares line by line.

use crate::limits::Limits;
use crate::source::SourceFile;
use crate::span::{Span, Spanned};
use crate::syntax::ast::Statement;
use crate::syntax::scan::{regions, Region};
use crate::syntax::{self, chunks};

use super::printer;

pub fn one_line_per_statement(source: &SourceFile) -> String {
    let text = source.text.as_str();
    let (tree, _) = syntax::parse(source, &Limits::default());
    let mut parsed = tree.statements.iter().peekable();
    let mut out = String::new();
    for chunk in chunks::statement_spans(source.id(), text) {
        // Statements come in the order of their chunks; the statements past
        // the limit share one error node.
        while parsed.next_if(|s| s.span.start < chunk.start).is_some() {}
        let statement = parsed.next_if(|s| s.span.start < chunk.end);
        let (line, section) = match statement {
            Some(statement) if !matches!(statement.node, Statement::Error(_)) => (
                one_line(text, statement),
                matches!(statement.node, Statement::Section(_)),
            ),
            _ => (as_written(text, chunk), false),
        };
        if section && !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A parsed statement on one line: its head, then its clauses with the label
/// moved to the end (labels are long, and thresholds are what reviewers
/// look for first).
fn one_line(text: &str, statement: &Spanned<Statement>) -> String {
    let lines = printer::statement(text, &statement.node, statement.span);
    let (labels, others): (Vec<_>, Vec<_>) = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| (i, line.text))
        .partition(|(i, text)| *i > 0 && text.starts_with("label "));
    others
        .into_iter()
        .chain(labels)
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A statement's text without its comments, its white space collapsed.
fn as_written(text: &str, chunk: Span) -> String {
    let body = text.get(chunk.range()).unwrap_or("");
    let kept: String = regions(body)
        .filter(|(_, _, region)| *region != Region::Comment)
        .map(|(_, c, _)| c)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> String {
        one_line_per_statement(&SourceFile::new("k.plan", text))
    }

    #[test]
    fn layout_comments_and_spelling_do_not_show() {
        let a = render(
            "# the plan\nsection \"A\" owner \"VP\"\ntarget online >= 60%  # raised later\n  label \"Trực tuyến\"\n  points 2\n",
        );
        let b = render(
            "section \"A\"   owner \"VP\"\n\ntarget online >= 60% points 2 label \"Trực tuyến\"\n",
        );
        assert_eq!(a, b);
        assert_eq!(
            a,
            "section \"A\" owner \"VP\"\ntarget online >= 60% points 2 label \"Trực tuyến\"\n"
        );
    }

    #[test]
    fn a_statement_that_does_not_parse_is_kept_as_written() {
        assert_eq!(
            render("target a >= 1\ntarget b 95%   # typo\n  owner \"VP\"\ntarget c >= 2\n"),
            "target a >= 1\ntarget b 95% owner \"VP\"\ntarget c >= 2\n"
        );
    }

    #[test]
    fn sections_stand_after_a_blank_line() {
        assert_eq!(
            render("target a >= 1\nsection \"B\"\ntarget b >= 2\n"),
            "target a >= 1\n\nsection \"B\"\ntarget b >= 2\n"
        );
    }
}
