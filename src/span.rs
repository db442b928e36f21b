//! Byte spans into one source text.

use std::ops::Range;

/// A half-open byte range `start..end` into a source text.
///
/// Spans are bytes everywhere in chitieu, as pest gives them; they become lines
/// and character columns only when rendered (see [`crate::source::SourceFile`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// A zero-width span, used where something is missing.
    pub fn point(at: usize) -> Self {
        Span { start: at, end: at }
    }

    pub fn offset(self, by: usize) -> Self {
        Span::new(self.start + by, self.end + by)
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Self {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// A value with the place it was written.
///
/// Equality ignores the span, so two parses of the same plan compare equal
/// whatever the layout.
#[derive(Debug, Clone)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

impl<T: Eq> Eq for Spanned<T> {}
