//! Byte spans into the files of a source map.

use std::ops::Range;

use crate::source::FileId;

/// A half-open byte range `start..end` into the text of one file.
///
/// Spans are bytes everywhere in chitieu, as pest gives them; they become lines
/// and character columns only when rendered (see [`crate::source::SourceMap`]).
/// A span is made from the file it points into ([`SourceFile::span`]), or
/// from another span of that file ([`Span::to`], [`Span::join`],
/// [`Span::offset`]); there is no default file.
///
/// [`SourceFile::span`]: crate::source::SourceFile::span
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The place of a diagnostic built before it is placed: the code that
    /// reads a value builds the diagnostic about it, and the caller, who
    /// knows where the value was read, moves it there. Never rendered as a
    /// place (it names no file).
    pub const NOWHERE: Span = Span {
        file: FileId::NONE,
        start: 0,
        end: 0,
    };

    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span {
            file,
            start,
            end: end.max(start),
        }
    }

    /// A zero-width span, used where something is missing.
    pub fn point(file: FileId, at: usize) -> Self {
        Span {
            file,
            start: at,
            end: at,
        }
    }

    pub fn offset(self, by: usize) -> Self {
        Span::new(self.file, self.start + by, self.end + by)
    }

    /// From this span's start to `end`, in the same file.
    pub fn to(self, end: usize) -> Self {
        Span::new(self.file, self.start, end)
    }

    /// The smallest span covering both; a span of another file is not
    /// joined (a place cannot cover two files).
    pub fn join(self, other: Span) -> Self {
        if other.file != self.file {
            return self;
        }
        Span::new(
            self.file,
            self.start.min(other.start),
            self.end.max(other.end),
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{SourceFile, SourceMap};

    #[test]
    fn spans_stay_in_their_file() {
        let mut map = SourceMap::new();
        let a = map.add(SourceFile::new("a", "0123456789"));
        let b = map.add(SourceFile::new("b", "0123456789"));
        let here = Span::new(a, 2, 4);
        assert_eq!(here.join(Span::new(a, 6, 8)), Span::new(a, 2, 8));
        assert_eq!(here.join(Span::new(b, 6, 8)), here);
        assert_eq!(here.to(9), Span::new(a, 2, 9));
        assert_eq!(here.offset(3), Span::new(a, 5, 7));
        assert_eq!(Span::new(b, 5, 1), Span::point(b, 5));
    }
}
