//! Comments of a plan file, found outside strings, with whether each stands
//! on a line of its own.

use crate::span::Span;

#[derive(Debug, Clone)]
pub struct Comment {
    pub span: Span,
    /// The comment, `#` included, trailing white space removed.
    pub text: String,
    /// Whether nothing but white space precedes it on its line.
    pub own_line: bool,
}

pub fn scan(text: &str) -> Vec<Comment> {
    let mut comments = Vec::new();
    let mut line_start = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' | '\r' => in_string = false,
                _ => {}
            }
            if c == '\n' || c == '\r' {
                line_start = i + 1;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '\n' | '\r' => line_start = i + 1,
            '#' => {
                let rest = text.get(i..).unwrap_or("");
                let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
                let body = rest.get(..len).unwrap_or("").trim_end();
                let before = text.get(line_start..i).unwrap_or("");
                comments.push(Comment {
                    span: Span::new(i, i + len),
                    text: body.to_string(),
                    own_line: before.trim_start_matches('\u{FEFF}').trim().is_empty(),
                });
                while chars.peek().is_some_and(|(j, _)| *j < i + len) {
                    chars.next();
                }
            }
            _ => {}
        }
    }
    comments
}

/// Whether the text between two offsets holds an empty line.
pub fn has_blank_line(text: &str, from: usize, to: usize) -> bool {
    let between = text.get(from..to.max(from)).unwrap_or("");
    let normalised = between.replace("\r\n", "\n").replace('\r', "\n");
    normalised
        .split('\n')
        .skip(1)
        .collect::<Vec<_>>()
        .split_last()
        .is_some_and(|(_, middle)| middle.iter().any(|l| l.trim().is_empty()))
}
