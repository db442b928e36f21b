//! Cutting a plan file into statements.
//!
//! A statement starts on a line that has no indentation or whose first word is
//! a keyword that only starts statements; other indented lines continue the
//! statement above. `owner` is both a statement and a clause: indented, it is
//! the clause. Blank and comment lines belong to no statement of their own.

use crate::source::FileId;
use crate::span::Span;

pub const STATEMENT_KEYWORDS: [&str; 12] = [
    "plan", "period", "owner", "metric", "section", "target", "task", "extends", "override",
    "drop", "default", "grade",
];

/// The bytes of the byte-order marks `text` starts with: one, or several
/// where files were joined or saved twice by an editor (all are skipped,
/// so that `fmt`, which writes none, gives what it is given again).
pub fn leading_marks(text: &str) -> usize {
    text.len() - text.trim_start_matches('\u{FEFF}').len()
}

/// The byte spans of the statements of `text`, the text of `file`, in order.
/// Leading byte-order marks are skipped.
pub fn statement_spans(file: FileId, text: &str) -> Vec<Span> {
    let body_start = leading_marks(text);
    let mut spans: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    let body = text.get(body_start..).unwrap_or("");
    // Each line with the `\n` or `\r` that ends it (`\r\n` gives an empty
    // second line); found with memchr, as checking every plan starts here.
    let ends = memchr::memchr2_iter(b'\n', b'\r', body.as_bytes())
        .map(|at| at + 1)
        .chain(std::iter::once(body.len()));
    let mut previous_end = 0;
    for end in ends {
        // Line breaks are ASCII: the offsets are character boundaries.
        let line = body.get(previous_end..end).unwrap_or("");
        let line_start = body_start + previous_end;
        previous_end = end;
        let trimmed = line.trim_start_matches([' ', '\t']);
        let content = trimmed.trim_end_matches(['\r', '\n']);
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        let content_start = line_start + (line.len() - trimmed.len());
        let content_end = content_start + content.len();
        let indented = trimmed.len() != line.len();
        let word = first_word(content);
        let starts_statement = !indented || (word != "owner" && STATEMENT_KEYWORDS.contains(&word));
        match current.as_mut() {
            Some(span) if !starts_statement => span.end = content_end,
            _ => {
                spans.extend(current.take());
                current = Some(Span::new(file, content_start, content_end));
            }
        }
    }
    spans.extend(current);
    spans
}

/// The leading identifier of a statement's text (may be empty).
pub fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    text.get(..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(text: &str) -> Vec<&str> {
        statement_spans(FileId::FIRST, text)
            .into_iter()
            .map(|s| text.get(s.range()).unwrap())
            .collect()
    }

    #[test]
    fn indented_lines_continue_and_keywords_start() {
        let text =
            "# c\ntarget a >= 1\n  owner \"x\"\n\n  # note\n  target b >= 2\nmetric c: count\r\n";
        assert_eq!(
            chunks(text),
            [
                "target a >= 1\n  owner \"x\"",
                "target b >= 2",
                "metric c: count"
            ]
        );
    }

    #[test]
    fn unindented_unknown_word_starts_a_statement() {
        assert_eq!(
            chunks("target a >= 1\ntargt b >= 2"),
            ["target a >= 1", "targt b >= 2"]
        );
    }

    #[test]
    fn the_keywords_are_the_syntax_tree_s() {
        let words = crate::syntax::ast::Keyword::ALL.map(|k| k.word());
        assert_eq!(words, STATEMENT_KEYWORDS);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        assert_eq!(
            chunks("target a >= 1\rtarget b >= 2\r"),
            ["target a >= 1", "target b >= 2"]
        );
    }
}
