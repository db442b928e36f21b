//! The one container of diagnostics, for every phase: the diagnostics and
//! the map of the sources their spans point into.

use super::repeats::{self, SHOWN_PER_CODE};
use super::{render, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::{FileId, SourceFile, SourceMap};

/// Diagnostics with the sources they point into: what loading a plan,
/// checking it, reading measurements and evaluating them (in full or
/// streamed) hand over, to be rendered as text or JSON.
///
/// The diagnostics keep the order they were given in: a phase that sorts
/// (checking, evaluating) has sorted them, and a streamed evaluation keeps
/// the order it found them in. [`Diagnostics::sort`] sorts by file (in the
/// map's order), then position.
#[derive(Debug, Clone)]
pub struct Diagnostics {
    sources: SourceMap,
    list: Vec<Diagnostic>,
    /// How many diagnostics of one code a file shows, text or JSON; the rest
    /// are counted in one W0745 (see [`repeats`]).
    shown_per_code: usize,
}

impl Default for Diagnostics {
    fn default() -> Self {
        Diagnostics {
            sources: SourceMap::default(),
            list: Vec::new(),
            shown_per_code: SHOWN_PER_CODE,
        }
    }
}

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Every diagnostic shown, however many of a code a file has
    /// (`--all-diagnostics`).
    pub fn show_every_one(&mut self) {
        self.shown_per_code = usize::MAX;
    }

    /// Calls `show` with each diagnostic to show, in order: at most
    /// [`SHOWN_PER_CODE`] of a code in a file (unless every one is shown),
    /// the rest counted in one W0745 after the file's.
    pub fn for_each_shown<E>(
        &self,
        show: impl FnMut(&Diagnostic) -> Result<(), E>,
    ) -> Result<(), E> {
        repeats::for_each_shown(&self.list, self.shown_per_code, show)
    }

    /// The sources the diagnostics point into.
    pub fn sources(&self) -> &SourceMap {
        &self.sources
    }

    /// Adds a source; diagnostics about it are made from the file as the
    /// map holds it, so that their spans carry its id.
    pub fn add_source(&mut self, file: SourceFile) -> FileId {
        self.sources.add(file)
    }

    /// A file read on its own, with its diagnostics (whose places are in
    /// it): it joins the map, and its diagnostics point into it there.
    pub fn add_file(&mut self, file: SourceFile, diagnostics: Vec<Diagnostic>) -> FileId {
        let alone = file.id();
        let id = self.sources.add(file);
        let moved = diagnostics.into_iter().map(|d| d.in_file(alone, id));
        if self.list.is_empty() {
            // The first file's diagnostics are moved where they stand (the
            // vector is reused): a flood of them is never held twice.
            self.list = moved.collect();
        } else {
            self.list.extend(moved);
        }
        id
    }

    /// A file read on its own whose text is not kept (a streamed batch
    /// keeps no file's text): it joins the map by its name only, and each
    /// of its diagnostics keeps the line and column it stands at.
    pub fn add_file_without_text(
        &mut self,
        file: &SourceFile,
        diagnostics: impl IntoIterator<Item = Diagnostic>,
    ) -> FileId {
        let id = self.sources.add(SourceFile::new(file.name.as_str(), ""));
        self.list.extend(
            diagnostics
                .into_iter()
                .map(|d| d.positioned(file).in_file(file.id(), id)),
        );
        id
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Adds another container's files and diagnostics after these; its
    /// files get ids of this map.
    pub fn append(&mut self, other: Diagnostics) {
        self.join(other, false);
    }

    /// Adds another container's files and diagnostics; a file of a name
    /// already here is the same file (a plan extended by two plans that are
    /// both checked), and a diagnostic it gives again is not added twice.
    pub fn merge(&mut self, other: Diagnostics) {
        self.join(other, true);
    }

    fn join(&mut self, other: Diagnostics, same_names: bool) {
        let Diagnostics { sources, list, .. } = other;
        let mut ids = Vec::with_capacity(sources.len());
        let mut known = Vec::with_capacity(sources.len());
        for file in sources.into_files() {
            let here = same_names.then(|| self.sources.find(&file.name)).flatten();
            known.push(here.is_some());
            ids.push(here.unwrap_or_else(|| self.sources.add(file)));
        }
        let new_id = |id: FileId| ids.get(id.index()).copied().unwrap_or(FileId::NONE);
        for mut d in list {
            let was_known = known.get(d.span.file.index()).copied().unwrap_or(false);
            d.span.file = new_id(d.span.file);
            for related in &mut d.related {
                related.span.file = new_id(related.span.file);
            }
            if !(was_known && self.list.contains(&d)) {
                self.list.push(d);
            }
        }
    }

    /// Sorts by file (in the map's order), then position and code; stable.
    pub fn sort(&mut self) {
        super::sort(&mut self.list);
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.list.iter()
    }

    /// The diagnostics in runs that stand in one file each, with the file:
    /// one run per file once sorted.
    pub fn by_file(&self) -> impl Iterator<Item = (FileId, &[Diagnostic])> {
        self.list
            .chunk_by(|a, b| a.span.file == b.span.file)
            .map(|run| (run.first().map_or(FileId::NONE, |d| d.span.file), run))
    }

    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.list
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn has_errors(&self) -> bool {
        super::has_errors(&self.list)
    }

    /// How many are errors.
    pub fn errors(&self) -> usize {
        self.list
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .count()
    }

    /// How many files the diagnostics stand in.
    pub fn files_with_diagnostics(&self) -> usize {
        let mut files: Vec<FileId> = self.list.iter().map(|d| d.span.file).collect();
        files.sort_unstable();
        files.dedup();
        files.len()
    }

    /// Where a diagnostic stands, on one line: `file:line:column`, or the
    /// file and the cell.
    pub fn location(&self, diagnostic: &Diagnostic) -> String {
        render::place(&self.sources, diagnostic)
    }

    /// Where a related place of a diagnostic stands, as [`Self::location`]
    /// says it.
    pub fn related_location(&self, related: &super::Related) -> String {
        render::related_place(&self.sources, related)
    }

    /// The diagnostics rendered for people (see [`render::render_in`]).
    pub fn render_in(&self, color: bool, lang: Lang) -> String {
        let mut out = Vec::new();
        // Writing into memory does not fail.
        let _ = self.write_in(color, lang, &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The diagnostics rendered for people and written to `out` one by one
    /// (see [`render::write_in`]).
    pub fn write_in(
        &self,
        color: bool,
        lang: Lang,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        render::write_in(
            &self.sources,
            &self.list,
            color,
            lang,
            self.shown_per_code,
            out,
        )
    }

    /// `2 errors, 1 warning` in `lang`; empty when there is nothing.
    pub fn summary_in(&self, lang: Lang) -> String {
        render::summary_in(&self.list, lang)
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::RelatedLabel;
    use crate::syntax::problem::SyntaxProblem;

    fn problem() -> SyntaxProblem {
        SyntaxProblem::FileTooLarge { bytes: 2, limit: 1 }
    }

    #[test]
    fn files_read_alone_join_with_their_diagnostics() {
        let mut all = Diagnostics::new();
        for name in ["a.csv", "b.csv"] {
            let file = SourceFile::new(name, "x,y\n1,2\n");
            let d = Diagnostic::of(problem(), file.span(4, 5))
                .with_related(file.span(0, 1), RelatedLabel::FirstOne);
            all.add_file(file, vec![d]);
        }
        let places: Vec<String> = all.iter().map(|d| all.location(d)).collect();
        assert_eq!(places, ["a.csv:2:1", "b.csv:2:1"]);
        let b = all
            .iter()
            .nth(1)
            .map(|d| (d.span.file, d.related[0].span.file));
        assert_eq!(
            b,
            Some((
                all.sources().find("b.csv").unwrap(),
                all.sources().find("b.csv").unwrap()
            ))
        );
    }

    #[test]
    fn merging_keeps_a_shared_file_once_and_its_diagnostics_once() {
        let load = |own: &str| {
            let mut d = Diagnostics::new();
            let own = d.add_source(SourceFile::new(own, "extends \"base\"\n"));
            let base = d.add_source(SourceFile::new("base", "target a >= 1\n"));
            d.push(Diagnostic::of(problem(), Span::new(base, 0, 6)));
            // Found while checking `own`, about a target of `base`.
            d.push(
                Diagnostic::of(problem(), Span::new(base, 7, 8))
                    .with_related(Span::new(own, 0, 7), RelatedLabel::InheritedThrough),
            );
            d
        };
        let mut all = load("a");
        all.merge(load("b"));
        let names: Vec<&str> = all.sources().files().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a", "base", "b"]);
        all.sort();
        let places: Vec<(String, Vec<String>)> = all
            .iter()
            .map(|d| {
                let related = d
                    .related
                    .iter()
                    .map(|r| all.sources().name(r.span.file).to_string());
                (all.location(d), related.collect())
            })
            .collect();
        assert_eq!(
            places,
            [
                ("base:1:1".to_string(), vec![]),
                ("base:1:8".to_string(), vec!["a".to_string()]),
                ("base:1:8".to_string(), vec!["b".to_string()]),
            ]
        );
        assert_eq!(all.files_with_diagnostics(), 1);
        assert_eq!(all.errors(), 3);
    }

    use crate::span::Span;
}
