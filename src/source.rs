//! A source text with its name, and the mapping from byte offsets to lines and
//! character columns.

use crate::span::Span;

/// The characters that end a line. The same set as ariadne's, so that the line
/// numbers in JSON output agree with the rendered report; `\r\n` counts once.
const LINE_BREAKS: [char; 7] = [
    '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
];

#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Byte offset of the start of each line, found the first time a line is
    /// asked for: most measurement files are never asked.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// Shrinks or moves a span so that it lies inside the text and on character
    /// boundaries: renderers panic or drop labels otherwise.
    pub fn clamp(&self, span: Span) -> Span {
        let len = self.text.len();
        let mut start = span.start.min(len);
        let mut end = span.end.min(len).max(start);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Span::new(start, end)
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.clamp(Span::point(offset)).start;
        let starts = self.line_starts.get_or_init(|| line_starts(&self.text));
        let line = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = starts.get(line).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The text a span covers (after clamping).
    pub fn slice(&self, span: Span) -> &str {
        let span = self.clamp(span);
        self.text.get(span.range()).unwrap_or("")
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !LINE_BREAKS.contains(&c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = chars.peek() {
                chars.next();
                next = j + 1;
            }
        }
        starts.push(next);
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_crlf_is_one_break() {
        let src = SourceFile::new("t", "ộ\r\nab\rc");
        assert_eq!(src.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(src.line_col(3), LineCol { line: 1, column: 2 });
        assert_eq!(src.line_col(5), LineCol { line: 2, column: 1 });
        assert_eq!(src.line_col(8), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn clamp_moves_to_char_boundaries() {
        let src = SourceFile::new("t", "aộb");
        assert_eq!(src.clamp(Span::new(2, 3)), Span::new(1, 4));
        assert_eq!(src.clamp(Span::new(10, 20)), Span::new(5, 5));
    }
}
