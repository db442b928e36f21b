//! Comments of a plan file, found outside strings, with whether each stands
//! on a line of its own.

use crate::source::FileId;
use crate::span::Span;
use crate::syntax::scan::{regions, Region};

#[derive(Debug, Clone)]
pub struct Comment {
    pub span: Span,
    /// The comment, `#` included, trailing white space removed.
    pub text: String,
    /// Whether nothing but white space precedes it on its line.
    pub own_line: bool,
}

/// The comments of `text`, the text of `file`.
pub fn scan(file: FileId, text: &str) -> Vec<Comment> {
    let mut comments: Vec<Comment> = Vec::new();
    let mut line_start = 0;
    let mut current: Option<usize> = None;
    let mut finish = |start: usize, end: usize, line_start: usize| {
        let body = text.get(start..end).unwrap_or("").trim_end();
        let before = text.get(line_start..start).unwrap_or("");
        comments.push(Comment {
            span: Span::new(file, start, start + body.len()),
            text: body.to_string(),
            own_line: before.trim_start_matches('\u{FEFF}').trim().is_empty(),
        });
    };
    for (i, c, region) in regions(text) {
        match (region, current) {
            (Region::Comment, None) => current = Some(i),
            (Region::Comment, Some(_)) => {}
            (_, Some(start)) => {
                finish(start, i, line_start);
                current = None;
            }
            (_, None) => {}
        }
        if c == '\n' || c == '\r' {
            line_start = i + 1;
        }
    }
    if let Some(start) = current {
        finish(start, text.len(), line_start);
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
