//! The one container of diagnostics, for every phase: the diagnostics and
//! the map of the sources their spans point into.

use super::repeats::{self, Hidden, SHOWN_PER_CODE};
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
///
/// Memory is bounded: of each code in each file, only the diagnostics that
/// can still be shown (the first [`SHOWN_PER_CODE`] in sorted order, and the
/// one after, where W0745 stands) are kept; the others are counted
/// ([`Hidden`]), so that the counts of errors and warnings, W0745's count and
/// the exit status stay exact. Each list a container is given is sorted (a
/// file's diagnostics, or the whole once gathered), so the first in sorted
/// order are the first shown. `Diagnostics::showing(usize::MAX)` keeps every one.
#[derive(Debug, Clone)]
pub struct Diagnostics {
    sources: SourceMap,
    list: Vec<Diagnostic>,
    /// Diagnostics past the kept ones of their file and code, counted.
    hidden: Hidden,
    /// How many diagnostics of one code a file shows, text or JSON; the rest
    /// are counted in one W0745 (see [`repeats`]).
    shown_per_code: usize,
    /// The list's length at which the diagnostics past those kept are next
    /// dropped: twice what was kept, so that dropping costs amortised
    /// constant time per diagnostic.
    next_drop: usize,
    /// Whether what cannot be shown is dropped (and counted).
    drops: bool,
}

impl Default for Diagnostics {
    fn default() -> Self {
        Diagnostics::showing(SHOWN_PER_CODE)
    }
}

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// A container that shows `shown_per_code` diagnostics of a code in a
    /// file and keeps no more than it can show; `usize::MAX` keeps and shows
    /// every one (`--all-diagnostics`).
    pub fn showing(shown_per_code: usize) -> Self {
        Diagnostics {
            sources: SourceMap::default(),
            list: Vec::new(),
            hidden: Hidden::default(),
            shown_per_code,
            next_drop: repeats::DROP_FROM,
            drops: shown_per_code != usize::MAX,
        }
    }

    /// The diagnostics past those that can be shown, dropped and counted
    /// (see [`repeats::keep_first`]), once the list has doubled since last
    /// time.
    fn bound(&mut self) {
        if self.list.len() >= self.next_drop {
            self.drop_past_shown();
        }
    }

    /// The diagnostics past those that can be shown, dropped and counted.
    fn drop_past_shown(&mut self) {
        if !self.drops {
            return;
        }
        let keep = self.shown_per_code.saturating_add(1);
        repeats::keep_shown(&mut self.list, keep, &mut self.hidden);
        self.next_drop = repeats::next_drop(self.list.len());
    }

    /// Calls `show` with each diagnostic to show, in order: at most
    /// [`SHOWN_PER_CODE`] of a code in a file (unless every one is shown),
    /// the rest counted in one W0745 after the file's.
    pub fn for_each_shown<E>(
        &self,
        show: impl FnMut(&Diagnostic) -> Result<(), E>,
    ) -> Result<(), E> {
        repeats::for_each_shown_of(&self.list, &self.hidden, self.shown_per_code, show)
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
            self.bound();
        } else {
            for d in moved {
                self.push(d);
            }
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
        for d in diagnostics {
            self.push(d.positioned(file).in_file(file.id(), id));
        }
        id
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
        self.bound();
    }

    /// Counts diagnostics not kept where they were found (a stretch of a
    /// streamed file keeps only what it can show).
    pub fn count_hidden(&mut self, hidden: Hidden) {
        self.hidden.join(hidden);
    }

    /// Adds another container's files and diagnostics after these; its
    /// files get ids of this map.
    pub fn append(&mut self, other: Diagnostics) {
        self.join(other, false);
    }

    /// Adds another container's files and diagnostics; a file of a name
    /// already here is the same file (a plan extended by two plans that are
    /// both checked), and a diagnostic it gives again is not added twice.
    ///
    /// Once some of a file's diagnostics of a code were dropped (counted
    /// only), one given again may no longer be found among the kept: a
    /// diagnostic all of whose places lie in files already here is then
    /// taken for one given again. A plan's diagnostics are the same whoever
    /// extends it, and a diagnostic found while checking another plan about
    /// an inherited target names that plan's `extends`.
    pub fn merge(&mut self, other: Diagnostics) {
        self.join(other, true);
    }

    fn join(&mut self, other: Diagnostics, same_names: bool) {
        let Diagnostics {
            sources,
            list,
            hidden,
            ..
        } = other;
        let mut ids = Vec::with_capacity(sources.len());
        let mut known = Vec::with_capacity(sources.len());
        for file in sources.into_files() {
            let here = same_names.then(|| self.sources.find(&file.name)).flatten();
            known.push(here.is_some());
            ids.push(here.unwrap_or_else(|| self.sources.add(file)));
        }
        let new_id = |id: FileId| ids.get(id.index()).copied().unwrap_or(FileId::NONE);
        let is_known = |id: FileId| known.get(id.index()).copied().unwrap_or(false);
        for mut d in list {
            let was_known = is_known(d.span.file);
            let all_known = was_known && d.related.iter().all(|r| is_known(r.span.file));
            d.span.file = new_id(d.span.file);
            for related in &mut d.related {
                related.span.file = new_id(related.span.file);
            }
            let dropped_before = all_known && self.hidden.of(d.span.file, d.code()) > 0;
            if !(was_known && (dropped_before || self.list.contains(&d))) {
                self.push(d);
            }
        }
        self.hidden.join(hidden.moved(new_id));
    }

    /// Sorts by file (in the map's order), then position and code; stable.
    pub fn sort(&mut self) {
        self.drop_past_shown();
        super::sort(&mut self.list);
    }

    /// How many of a code in a file were counted and not kept.
    pub fn hidden(&self) -> &Hidden {
        &self.hidden
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

    /// How many diagnostics were given, kept or counted.
    pub fn len(&self) -> usize {
        self.list.len().saturating_add(self.hidden.total())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn has_errors(&self) -> bool {
        super::has_errors(&self.list) || self.hidden.errors() > 0
    }

    /// How many are errors, kept or counted.
    pub fn errors(&self) -> usize {
        let kept = self.list.iter().filter(|d| d.severity() == Severity::Error);
        kept.count().saturating_add(self.hidden.errors())
    }

    /// How many files the diagnostics stand in.
    pub fn files_with_diagnostics(&self) -> usize {
        let mut files: Vec<FileId> = self.list.iter().map(|d| d.span.file).collect();
        files.extend(self.hidden.files());
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
        render::write_shown(
            &self.sources,
            (&self.list, &self.hidden),
            color,
            lang,
            self.shown_per_code,
            out,
        )
    }

    /// `2 errors, 1 warning` in `lang`; empty when there is nothing.
    pub fn summary_in(&self, lang: Lang) -> String {
        let errors = self.errors();
        render::counts_in(errors, self.len().saturating_sub(errors), lang)
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

    #[test]
    fn a_flood_of_one_code_keeps_what_can_be_shown_and_counts_the_rest() {
        let file = SourceFile::new("a", "x".repeat(100_001));
        let mut all = Diagnostics::new();
        let id = all.add_source(file);
        // Found in reverse: the first to show are the last pushed.
        for i in (0..100_000).rev() {
            all.push(Diagnostic::of(problem(), Span::new(id, i, i + 1)));
        }
        all.sort();
        assert_eq!(all.as_slice().len(), SHOWN_PER_CODE + 1);
        assert_eq!((all.len(), all.errors()), (100_000, 100_000));
        let mut shown = Vec::new();
        let _: Result<(), ()> = all.for_each_shown(|d| {
            shown.push((d.span.start, d.message(Lang::En)));
            Ok(())
        });
        assert_eq!(shown.len(), SHOWN_PER_CODE + 1);
        let starts: Vec<usize> = shown.iter().map(|(start, _)| *start).collect();
        assert_eq!(starts, (0..=SHOWN_PER_CODE).collect::<Vec<_>>());
        let more = shown.last().map(|(_, m)| m.as_str()).unwrap_or_default();
        assert!(more.contains("and 99,980 more E"), "{more}");
    }

    #[test]
    fn merging_counts_a_shared_files_flood_once_after_dropping_it() {
        let load = |own: &str| {
            let mut d = Diagnostics::showing(usize::MAX);
            let own = d.add_source(SourceFile::new(own, "extends \"base\"\n"));
            let base = d.add_source(SourceFile::new("base", "x".repeat(100)));
            for i in 0..30 {
                d.push(Diagnostic::of(problem(), Span::new(base, i, i + 1)));
            }
            // About `base`, found through `own`: one per extending plan.
            d.push(
                Diagnostic::of(problem(), Span::new(base, 40, 41))
                    .with_related(Span::new(own, 0, 7), RelatedLabel::InheritedThrough),
            );
            d
        };
        let mut all = Diagnostics::new();
        all.merge(load("a"));
        // Sorting drops what cannot be shown: the next merge cannot find
        // every diagnostic it gives again among those kept.
        all.sort();
        assert_eq!(all.as_slice().len(), SHOWN_PER_CODE + 1);
        all.merge(load("b"));
        all.sort();
        assert_eq!((all.len(), all.files_with_diagnostics()), (32, 1));
    }

    #[test]
    fn every_one_is_kept_when_every_one_is_shown() {
        let mut all = Diagnostics::showing(usize::MAX);
        let id = all.add_source(SourceFile::new("a", "x".repeat(10_001)));
        for i in 0..10_000 {
            all.push(Diagnostic::of(problem(), Span::new(id, i, i + 1)));
        }
        assert_eq!((all.as_slice().len(), all.len()), (10_000, 10_000));
    }
}
