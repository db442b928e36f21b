//! Sources: a text with its name and the mapping from byte offsets to lines
//! and columns ([`SourceFile`]), the map of every source of a run
//! ([`SourceMap`], whose [`FileId`]s spans carry), and where plans are read
//! from ([`SourceProvider`]: the disk, or an editor's unsaved buffers over
//! it).

mod bounded;
mod map;
mod provider;

pub use bounded::{read_file, read_stream, Bounded};

pub use map::{FileId, SourceMap, Sources};
pub use provider::{Disk, Overlay, SourceProvider};

use crate::span::Span;

/// The characters that end a line, as editors and the Language Server
/// Protocol count them; `\r\n` counts once. (ariadne also breaks lines at
/// form feeds, vertical tabs, U+0085, U+2028 and U+2029: the renderer shows
/// it those as other characters, so that its lines are these.)
const LINE_BREAKS: [char; 2] = ['\n', '\r'];

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Its id in the map that holds it; a file made on its own is the first
    /// of a map of its own.
    id: FileId,
    pub name: String,
    pub text: String,
    /// Byte offset of the start of each line, found the first time a line is
    /// asked for: most measurement files are never asked.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

/// A 0-based line and a 0-based column counted in UTF-16 code units, as the
/// Language Server Protocol counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Utf16Position {
    pub line: usize,
    pub character: usize,
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
            id: FileId::FIRST,
            name: name.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// The id its spans carry.
    pub fn id(&self) -> FileId {
        self.id
    }

    /// The span `start..end` of this file.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.id, start, end)
    }

    /// The empty span at `at` in this file.
    pub fn point(&self, at: usize) -> Span {
        Span::point(self.id, at)
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
        Span::new(span.file, start, end)
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        let (line, before) = self.line_of(offset);
        LineCol {
            line: line + 1,
            column: before.chars().count() + 1,
        }
    }

    /// The 0-based line of a byte offset (clamped into the text) and the
    /// text of that line before it.
    fn line_of(&self, offset: usize) -> (usize, &str) {
        let offset = self.clamp(self.point(offset)).start;
        let starts = self.line_starts.get_or_init(|| line_starts(&self.text));
        let line = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = starts.get(line).copied().unwrap_or(0);
        (line, self.text.get(start..offset).unwrap_or(""))
    }

    /// The 0-based line and the 0-based column in UTF-16 code units of a
    /// byte offset: the position an editor speaking the Language Server
    /// Protocol counts (a Vietnamese letter outside the basic plane, or an
    /// emoji, takes two units; `ộ` takes one, though it is three bytes).
    pub fn position_utf16(&self, offset: usize) -> Utf16Position {
        let (line, before) = self.line_of(offset);
        Utf16Position {
            line,
            character: before.encode_utf16().count(),
        }
    }

    /// The byte offset of a 0-based line and UTF-16 column, as an editor
    /// gives it; a column past the line's end (or inside a character's two
    /// units) is taken to the nearest character boundary before it.
    pub fn offset_of_utf16(&self, position: Utf16Position) -> usize {
        let starts = self.line_starts.get_or_init(|| line_starts(&self.text));
        let Some(&start) = starts.get(position.line) else {
            return self.text.len();
        };
        let end = starts
            .get(position.line + 1)
            .copied()
            .unwrap_or(self.text.len());
        // A column past the end stops before the line break, never on the
        // next line or between `\r` and `\n`.
        let line = self.text.get(start..end).unwrap_or("");
        let line = line.trim_end_matches(['\r', '\n']);
        let end = start + line.len();
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units + c.len_utf16() > position.character {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }

    /// The text a span of this file covers (after clamping); empty for a
    /// span of another file.
    pub fn slice(&self, span: Span) -> &str {
        if span.file != self.id {
            return "";
        }
        let span = self.clamp(span);
        self.text.get(span.range()).unwrap_or("")
    }
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(later_line_starts(text)).collect()
}

/// The byte offsets where the lines after the first begin.
fn later_line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if !LINE_BREAKS.contains(&c) {
                continue;
            }
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    return Some(j + 1);
                }
            }
            return Some(i + c.len_utf8());
        }
        None
    })
}

/// How many line breaks `text` holds, as the source map counts them, and
/// the byte offset where its last line begins.
pub(crate) fn line_breaks(text: &str) -> (u64, usize) {
    later_line_starts(text).fold((0, 0), |(n, _), start| (n + 1, start))
}

/// Whether ariadne ends a line at `c` where editors do not.
pub(crate) fn breaks_only_for_ariadne(c: char) -> bool {
    matches!(c, '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
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
    fn utf16_positions_count_code_units_both_ways() {
        // `ộ` is three bytes and one unit; `𝔸` four bytes and two units.
        let src = SourceFile::new("t", "ộ𝔸x\r\nab");
        let at = |offset| src.position_utf16(offset);
        assert_eq!(
            at(0),
            Utf16Position {
                line: 0,
                character: 0
            }
        );
        assert_eq!(
            at(3),
            Utf16Position {
                line: 0,
                character: 1
            }
        );
        assert_eq!(
            at(7),
            Utf16Position {
                line: 0,
                character: 3
            }
        );
        assert_eq!(
            at(10),
            Utf16Position {
                line: 1,
                character: 0
            }
        );
        for offset in [0, 3, 7, 10, 11, 12] {
            assert_eq!(src.offset_of_utf16(at(offset)), offset);
        }
        // Inside `𝔸`'s two units: before it.
        let inside = Utf16Position {
            line: 0,
            character: 2,
        };
        assert_eq!(src.offset_of_utf16(inside), 3);
        let beyond = Utf16Position {
            line: 5,
            character: 0,
        };
        assert_eq!(src.offset_of_utf16(beyond), src.text.len());
    }

    #[test]
    fn a_column_past_the_end_stays_on_its_line() {
        let src = SourceFile::new("t", "ab\r\ncd\nef");
        for character in [2, 3, 4, 50] {
            let past = Utf16Position { line: 0, character };
            assert_eq!(src.offset_of_utf16(past), 2, "{character}");
        }
        let past = Utf16Position {
            line: 1,
            character: 9,
        };
        assert_eq!(src.offset_of_utf16(past), 6);
    }

    /// Lines end where editors end them: not at a form feed, vertical tab,
    /// U+0085, U+2028 or U+2029, which ariadne would also break at.
    #[test]
    fn lines_end_at_line_feeds_and_carriage_returns_only() {
        let src = SourceFile::new("t", "a\u{2028}b\u{0C}c\u{85}d\re\r\nf");
        let f = src.text.find('f').unwrap();
        assert_eq!(src.line_col(f), LineCol { line: 3, column: 1 });
        let d = src.text.find('d').unwrap();
        assert_eq!(src.line_col(d), LineCol { line: 1, column: 7 });
        assert_eq!(line_breaks("x\ny\r\nzz\u{2028}"), (2, 5));
    }

    #[test]
    fn clamp_moves_to_char_boundaries() {
        let src = SourceFile::new("t", "aộb");
        assert_eq!(src.clamp(src.span(2, 3)), src.span(1, 4));
        assert_eq!(src.clamp(src.span(10, 20)), src.span(5, 5));
    }

    #[test]
    fn a_span_of_another_file_covers_nothing_here() {
        let mut map = SourceMap::new();
        let a = map.add(SourceFile::new("a", "abc"));
        let b = map.add(SourceFile::new("b", "xyz"));
        let in_a = Span::new(a, 0, 2);
        assert_eq!(map.get(a).map(|f| f.slice(in_a)), Some("ab"));
        assert_eq!(map.get(b).map(|f| f.slice(in_a)), Some(""));
    }
}
