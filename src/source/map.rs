//! The source map: every text read in one run (plan files, measurement
//! files), numbered by [`FileId`], so that a [`Span`] can say which file it
//! points into and a diagnostic can point into several.

use super::{LineCol, SourceFile, Utf16Position};
use crate::span::Span;

/// A file of a [`SourceMap`]: its number in the order files were added.
///
/// Only a map hands ids out ([`SourceMap::add`]); a file made on its own
/// ([`SourceFile::new`]) is the first file of a map of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(u32);

impl FileId {
    /// The first file of a map: also a file made on its own.
    pub(crate) const FIRST: FileId = FileId(0);

    /// No file: the place of a diagnostic built before the code that found
    /// the problem places it (see [`Span::NOWHERE`]). No map holds it.
    pub const NONE: FileId = FileId(u32::MAX);

    /// The file's number in its map, from 0.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Where files are looked up by id: a whole [`SourceMap`], or one
/// [`SourceFile`] on its own (which answers for its own id only).
pub trait Sources {
    fn file(&self, id: FileId) -> Option<&SourceFile>;
}

impl Sources for SourceFile {
    fn file(&self, id: FileId) -> Option<&SourceFile> {
        (id == self.id()).then_some(self)
    }
}

impl Sources for SourceMap {
    fn file(&self, id: FileId) -> Option<&SourceFile> {
        self.get(id)
    }
}

/// Every source of a run, each with the id its spans carry.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap::default()
    }

    /// Adds a file and gives it its id. Spans into it are made after, from
    /// the file as the map holds it ([`SourceFile::span`]), so that they
    /// carry this id.
    pub fn add(&mut self, mut file: SourceFile) -> FileId {
        // More than four billion files do not fit in memory anyway; the
        // last id stays `NONE`, which no lookup answers.
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        file.id = id;
        self.files.push(file);
        id
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.index())
    }

    /// The file's name; empty for an id this map did not hand out.
    pub fn name(&self, id: FileId) -> &str {
        self.get(id).map_or("", |file| file.name.as_str())
    }

    /// The first file of this name.
    pub fn find(&self, name: &str) -> Option<FileId> {
        self.files
            .iter()
            .find(|f| f.name == name)
            .map(SourceFile::id)
    }

    /// The files in the order they were added.
    pub fn files(&self) -> impl Iterator<Item = &SourceFile> {
        self.files.iter()
    }

    /// The files, in the order they were added, to be added to another map
    /// (which gives them its own ids).
    pub fn into_files(self) -> impl Iterator<Item = SourceFile> {
        self.files.into_iter()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The 1-based line and character column where a span starts, in its
    /// file; `None` for a file this map does not hold.
    pub fn line_col(&self, span: Span) -> Option<LineCol> {
        Some(self.get(span.file)?.line_col(span.start))
    }

    /// The 0-based line and UTF-16 column where a span starts, as an editor
    /// speaking the Language Server Protocol counts.
    pub fn position_utf16(&self, span: Span) -> Option<Utf16Position> {
        Some(self.get(span.file)?.position_utf16(span.start))
    }

    /// The empty span at a position an editor gives (0-based line, UTF-16
    /// column) in `file`.
    pub fn span_at_utf16(&self, file: FileId, position: Utf16Position) -> Option<Span> {
        let source = self.get(file)?;
        Some(source.point(source.offset_of_utf16(position)))
    }

    /// The text a span covers, in its file.
    pub fn slice(&self, span: Span) -> &str {
        self.get(span.file).map_or("", |file| file.slice(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_handed_out_in_order_and_name_their_file() {
        let mut map = SourceMap::new();
        let a = map.add(SourceFile::new("a.plan", "target x >= 1\n"));
        let b = map.add(SourceFile::new("b.plan", "ộ\nđạt >= 2\n"));
        assert_eq!((a.index(), b.index()), (0, 1));
        assert_eq!(map.name(b), "b.plan");
        assert_eq!(map.get(b).map(SourceFile::id), Some(b));
        assert_eq!(map.find("a.plan"), Some(a));
        assert_eq!(map.find("c.plan"), None);
        assert!(map.get(FileId::NONE).is_none());
        assert_eq!(map.name(FileId::NONE), "");
    }

    #[test]
    fn positions_are_answered_in_the_span_s_own_file() {
        let mut map = SourceMap::new();
        let a = map.add(SourceFile::new("a.plan", "ab\ncd\n"));
        let b = map.add(SourceFile::new("b.plan", "ộ𝔸x\r\nđạt\n"));
        // The same offsets mean other places in each file.
        let in_a = Span::new(a, 4, 5);
        // Byte 14 is inside `ạ` (12..15): taken to its end.
        let in_b = Span::new(b, 12, 14);
        assert_eq!(map.line_col(in_a), Some(LineCol { line: 2, column: 2 }));
        assert_eq!(map.line_col(in_b), Some(LineCol { line: 2, column: 2 }));
        assert_eq!(map.slice(in_a), "d");
        assert_eq!(map.slice(in_b), "ạ");
        let utf16 = Utf16Position {
            line: 0,
            character: 3,
        };
        assert_eq!(map.position_utf16(Span::point(b, 7)), Some(utf16));
        assert_eq!(map.span_at_utf16(b, utf16), Some(Span::point(b, 7)));
        // Inside `𝔸`'s two units: the character's start.
        let inside = Utf16Position {
            line: 0,
            character: 2,
        };
        assert_eq!(map.span_at_utf16(b, inside), Some(Span::point(b, 3)));
        assert_eq!(map.line_col(Span::point(FileId::NONE, 0)), None);
    }

    #[test]
    fn a_file_alone_answers_for_its_own_id_only() {
        let file = SourceFile::new("k.plan", "x");
        assert!(file.file(FileId::FIRST).is_some());
        assert!(file.file(FileId::NONE).is_none());
        let mut map = SourceMap::new();
        map.add(SourceFile::new("other", ""));
        let id = map.add(file);
        assert_eq!(map.get(id).map(|f| f.point(0).file), Some(id));
    }
}
