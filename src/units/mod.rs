//! The units register (`--units FILE`): which units there are, each one's
//! parent, level and tags. A CSV with the columns `unit`, `parent`, `level`
//! and optionally `tags` (or `đơn vị`, `cấp trên`, `cấp`, `nhãn`), read
//! with the separators and encodings measurement files are read with. See
//! docs/units.md.
//!
//! A register with errors stays usable: a duplicate row is passed over (the
//! first is kept), and a unit whose parent is unknown, itself, or in a cycle
//! with it has no parent.

mod columns;
pub mod problem;
mod tree;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::measure::csv_file::{field_spans, quote_left_open, sniff_delimiter};
use crate::measure::csv_readers::with_reader;
use crate::measure::fold::fold_unit;
use crate::measure::value::nfc;
use crate::source::{Bounded, SourceFile};
use crate::span::Span;
use columns::{Column, Columns};
pub use problem::UnitsProblem;

/// The largest register read: a nation's communes are a few hundred
/// kilobytes.
pub const MAX_REGISTER_BYTES: usize = 64 << 20;

/// The units of a cycle named in its diagnostic (and their places shown);
/// the others are counted.
pub const NAMED_IN_CYCLE: usize = 20;

/// One unit of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitEntry {
    /// NFC, trimmed: as measurement files' unit names are matched.
    pub name: String,
    /// Its parent's name, when the register gives one that can be used (a
    /// unit of the register, not itself, not in a cycle with it).
    pub parent: Option<String>,
    pub level: Option<String>,
    /// In the order written, each once.
    pub tags: Vec<String>,
    /// Its unit cell in the register.
    pub span: Span,
}

/// The units of a register, in the order of its rows.
#[derive(Debug, Clone, Default)]
pub struct Register {
    entries: Vec<UnitEntry>,
    /// Rows by name; looked up only, never iterated.
    by_name: HashMap<String, usize>,
    /// Each row's usable parent row.
    parents: Vec<Option<usize>>,
    /// Each row's children, in the order of the register.
    children: Vec<Vec<usize>>,
}

impl Register {
    /// Reads the register at `path`; its diagnostics (the file's text kept
    /// in them).
    pub fn read(path: &Path) -> (Register, Diagnostics) {
        let name = path.display().to_string();
        let problem = match crate::source::read_file(path, MAX_REGISTER_BYTES) {
            Ok(Bounded::All(bytes)) => return Register::parse(&name, bytes),
            Ok(Bounded::TooLarge(size)) => UnitsProblem::TooLarge {
                path: name.clone(),
                size,
                limit: MAX_REGISTER_BYTES,
            },
            Err(error) => UnitsProblem::Unreadable {
                path: name.clone(),
                error: error.to_string(),
            },
        };
        let source = SourceFile::new(name.as_str(), "");
        let at = source.point(0);
        let mut diagnostics = Diagnostics::new();
        diagnostics.add_file(source, vec![Diagnostic::of(problem, at)]);
        (Register::default(), diagnostics)
    }

    /// The register in `bytes` (UTF-8 with or without a BOM, or UTF-16 with
    /// one), named `name` in its diagnostics.
    pub fn parse(name: &str, bytes: Vec<u8>) -> (Register, Diagnostics) {
        match crate::measure::decode::text(bytes) {
            Ok(text) => Reading::new(SourceFile::new(name, text)).read(),
            Err(undecoded) => {
                let byte = match undecoded.problem {
                    crate::measure::problem::InputProblem::NotUtf8 { byte, .. } => Some(byte),
                    _ => None,
                };
                let text = undecoded.text_before;
                let source = SourceFile::new(name, text.as_str());
                let at = source.point(text.len());
                let found = Diagnostic::of(UnitsProblem::NotText { byte }, at);
                let mut diagnostics = Diagnostics::new();
                diagnostics.add_file(source, vec![found]);
                (Register::default(), diagnostics)
            }
        }
    }

    /// The unit named `name` (compared NFC, trimmed).
    pub fn get(&self, name: &str) -> Option<&UnitEntry> {
        self.row(name).and_then(|row| self.entries.get(row))
    }

    fn row(&self, name: &str) -> Option<usize> {
        self.by_name.get(nfc(name.trim()).as_ref()).copied()
    }

    /// Every unit, in the order of the register.
    pub fn units(&self) -> impl Iterator<Item = &UnitEntry> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The units whose parent is `name`, in the order of the register.
    pub fn children(&self, name: &str) -> impl Iterator<Item = &UnitEntry> {
        let rows = self
            .row(name)
            .and_then(|row| self.children.get(row))
            .map_or(&[][..], Vec::as_slice);
        rows.iter().filter_map(|r| self.entries.get(*r))
    }

    /// The units without a usable parent, in the order of the register.
    pub fn roots(&self) -> impl Iterator<Item = &UnitEntry> {
        self.entries
            .iter()
            .zip(&self.parents)
            .filter(|(_, p)| p.is_none())
            .map(|(e, _)| e)
    }

    /// The parent of `name`, its parent, and so on to the top (the nearest
    /// first). Usable parents never form a cycle, so this ends.
    pub fn ancestors(&self, name: &str) -> impl Iterator<Item = &UnitEntry> {
        let mut at = self.row(name);
        std::iter::from_fn(move || {
            let parent = (*self.parents.get(at?)?)?;
            at = Some(parent);
            self.entries.get(parent)
        })
    }

    /// The levels of the register's units, sorted.
    pub fn levels(&self) -> BTreeSet<&str> {
        self.entries
            .iter()
            .filter_map(|e| e.level.as_deref())
            .collect()
    }

    /// The tags of the register's units, sorted.
    pub fn tags(&self) -> BTreeSet<&str> {
        self.entries
            .iter()
            .flat_map(|e| e.tags.iter().map(String::as_str))
            .collect()
    }
}

impl UnitEntry {
    /// Whether its level is `level`, compared as a plan writes it: in any
    /// case, spaces, underscores, dots and hyphens aside, diacritics kept
    /// (`Xã` is `xã`, not `xa`).
    pub fn has_level(&self, level: &str) -> bool {
        self.level.as_deref().is_some_and(|l| same_name(l, level))
    }

    /// Whether it carries the tag `tag`, compared as levels are.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| same_name(t, tag))
    }
}

/// Whether a level or tag of the register is the one a plan names.
pub fn same_name(register: &str, plan: &str) -> bool {
    fold_unit(register) == fold_unit(plan)
}

/// A register being read from its text.
struct Reading {
    source: SourceFile,
    register: Register,
    found: Vec<Diagnostic>,
    /// Per row, the parent as written and where.
    written_parents: Vec<Option<(String, Span)>>,
}

/// One record: its cells' text and spans, where it starts.
struct Row {
    cells: Vec<(String, Span)>,
    span: Span,
}

impl Row {
    fn cell(&self, at: Option<usize>) -> Option<&(String, Span)> {
        self.cells
            .get(at?)
            .filter(|(text, _)| !text.trim().is_empty())
    }
}

impl Reading {
    fn new(source: SourceFile) -> Self {
        Reading {
            source,
            register: Register::default(),
            found: Vec::new(),
            written_parents: Vec::new(),
        }
    }

    fn read(mut self) -> (Register, Diagnostics) {
        let (rows, swallowed) = self.rows();
        self.found.extend(swallowed);
        let mut rows = rows
            .into_iter()
            .filter(|r| r.cells.iter().any(|(t, _)| !t.trim().is_empty()));
        match rows.next() {
            Some(header) => {
                let columns = self.header(&header);
                if columns.unit.is_some() {
                    for row in rows {
                        self.row(&columns, &row);
                    }
                }
            }
            None => {
                let at = self.source.point(0);
                let column = Column::Unit.name();
                self.found
                    .push(Diagnostic::of(UnitsProblem::MissingColumn { column }, at));
            }
        }
        self.link();
        let mut found = self.found;
        crate::diagnostic::sort(&mut found);
        let mut diagnostics = Diagnostics::new();
        diagnostics.add_file(self.source, found);
        (self.register, diagnostics)
    }

    /// Every record of the text, cells located; the records a quote left
    /// open swallowed are not among them, and are said (E0907).
    fn rows(&self) -> (Vec<Row>, Vec<Diagnostic>) {
        let text = self.source.text.as_str();
        let delimiter = sniff_delimiter(text);
        let file = &self.source;
        with_reader(delimiter, text.as_bytes(), |reader| {
            let mut rows = Vec::new();
            let mut swallowed = Vec::new();
            let mut record = csv::StringRecord::new();
            let mut spans = Vec::new();
            loop {
                let start = reader.byte() as usize;
                match reader.next_record(&mut record) {
                    Ok(true) => {}
                    // The reader reads any text; should it stop, what came
                    // before is used.
                    Ok(false) | Err(_) => return (rows, swallowed),
                }
                let end = reader.byte() as usize;
                let start = text
                    .get(start..end)
                    .and_then(|raw| raw.find(|c| c != '\r' && c != '\n'))
                    .map_or(start, |skip| start + skip);
                field_spans(text.get(start..end).unwrap_or(""), delimiter, &mut spans);
                let cells = record
                    .iter()
                    .enumerate()
                    .map(|(i, field)| {
                        let span = spans.get(i).map_or(file.point(start), |s| {
                            file.span(start + s.start, start + s.end)
                        });
                        (field.to_string(), span)
                    })
                    .collect();
                let span = file.span(start, start);
                let row = Row { cells, span };
                match self.swallowed(&row, end) {
                    Some(diagnostic) => swallowed.push(diagnostic),
                    None => rows.push(row),
                }
            }
        })
    }

    /// E0907 when a cell of `row` (which ends at byte `end`) opens a quote
    /// that is not closed where the cell ends: the rows after it were read
    /// into it, as E0746 says of a measurement file.
    fn swallowed(&self, row: &Row, end: usize) -> Option<Diagnostic> {
        let text = self.source.text.as_str();
        let (span, closed) = row.cells.iter().find_map(|(_, span)| {
            quote_left_open(text.get(span.start..span.end)?).map(|closed| (*span, closed))
        })?;
        let end = text
            .get(..end.max(span.end))?
            .trim_end_matches(['\r', '\n'])
            .len();
        let line = |at: usize| self.source.line_col(at).line as u64;
        let problem = UnitsProblem::UnclosedQuote {
            line: line(span.start),
            last: line(end),
            closed,
        };
        Some(Diagnostic::of(
            problem,
            self.source.span(span.start, span.start + 1),
        ))
    }

    /// The columns the header names; unknown ones and missing ones said.
    fn header(&mut self, header: &Row) -> Columns {
        let mut columns = Columns {
            width: header.cells.len(),
            ..Columns::default()
        };
        for (at, (text, span)) in header.cells.iter().enumerate() {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            let column = Column::of(text);
            if !column.is_some_and(|c| columns.set(c, at)) {
                let header = text.to_string();
                let twice = column.is_some();
                let problem = UnitsProblem::UnknownColumn { header, twice };
                self.found.push(Diagnostic::of(problem, *span));
            }
        }
        let at = header.cells.first().map_or(header.span, |(_, s)| *s);
        for (column, place) in [
            (Column::Unit, columns.unit),
            (Column::Parent, columns.parent),
            (Column::Level, columns.level),
        ] {
            if place.is_none() {
                let column = column.name();
                self.found
                    .push(Diagnostic::of(UnitsProblem::MissingColumn { column }, at));
            }
        }
        columns
    }

    /// One row: its unit entered unless empty or named before.
    fn row(&mut self, columns: &Columns, row: &Row) {
        let Some((name, span)) = row.cell(columns.unit) else {
            let at = row
                .cells
                .get(columns.unit.unwrap_or(0))
                .map_or(row.span, |(_, s)| *s);
            self.found.push(Diagnostic::of(UnitsProblem::EmptyUnit, at));
            return;
        };
        // A control character says the file is damaged there: the row is
        // not read, and said so at the cell (as W0747 of a measurement).
        let damaged = row.cells.iter().find_map(|(text, span)| {
            let first = text.chars().find(|&c| crate::measure::table::damages(c))?;
            Some((text, span, first))
        });
        if let Some((text, span, first)) = damaged {
            let problem = UnitsProblem::DamagedCell {
                text: text.clone(),
                first,
            };
            self.found.push(Diagnostic::of(problem, *span));
            return;
        }
        let name = nfc(name.trim()).into_owned();
        let register = &mut self.register;
        if let Some(&first) = register.by_name.get(&name) {
            let line = register
                .entries
                .get(first)
                .map_or(0, |e| self.source.line_col(e.span.start).line as u64);
            let problem = UnitsProblem::DuplicateUnit { unit: name, line };
            self.found.push(Diagnostic::of(problem, *span));
            return;
        }
        let text = |at: Option<usize>| row.cell(at).map(|(t, s)| (nfc(t.trim()).into_owned(), *s));
        let level = text(columns.level).map(|(t, _)| t);
        let mut tags = Vec::new();
        if let Some((cell, at)) = row.cell(columns.tags) {
            if let Some(tag) = columns::tags(cell, &mut tags) {
                let problem = UnitsProblem::RepeatedTag { tag };
                self.found.push(Diagnostic::of(problem, *at));
            }
        }
        // Fields past the header's: an unquoted list of tags the separator
        // split, when the tags are the last column (kept as tags), else not
        // read; said either way.
        let beyond: Vec<&(String, Span)> = row
            .cells
            .iter()
            .skip(columns.width)
            .filter(|(t, _)| !t.trim().is_empty())
            .collect();
        if let Some((_, first)) = beyond.first() {
            let as_tags = columns.tags.is_some() && columns.tags == columns.width.checked_sub(1);
            if as_tags {
                for (cell, _) in &beyond {
                    let _ = columns::tags(cell, &mut tags);
                }
            }
            let problem = UnitsProblem::BeyondHeader {
                fields: beyond.len(),
                header: columns.width,
                as_tags,
            };
            self.found.push(Diagnostic::of(problem, *first));
        }
        register
            .by_name
            .insert(name.clone(), register.entries.len());
        register.entries.push(UnitEntry {
            name,
            parent: None,
            level,
            tags,
            span: *span,
        });
        self.written_parents.push(text(columns.parent));
    }

    /// Each unit's parent found among the units; unknown parents, units
    /// their own parent and cycles said, and their parents not used.
    fn link(&mut self) {
        let register = &mut self.register;
        let mut links: Vec<Option<usize>> = Vec::with_capacity(register.entries.len());
        for (row, (entry, written)) in register
            .entries
            .iter()
            .zip(&self.written_parents)
            .enumerate()
        {
            let Some((parent, span)) = written else {
                links.push(None);
                continue;
            };
            let unit = entry.name.clone();
            let problem = match register.by_name.get(parent) {
                Some(&p) if p == row => UnitsProblem::SelfParent { unit },
                Some(&p) => {
                    links.push(Some(p));
                    continue;
                }
                None => {
                    let names = register.entries.iter().map(|e| e.name.as_str());
                    let suggestion = crate::suggest::closest(parent, names).map(str::to_string);
                    UnitsProblem::UnknownParent {
                        unit,
                        parent: parent.clone(),
                        suggestion,
                    }
                }
            };
            self.found.push(Diagnostic::of(problem, *span));
            links.push(None);
        }
        for cycle in tree::cycles(&links) {
            // A cycle may hold a whole register: its first units are named,
            // and the others counted, so the message stays short.
            let units: Vec<String> = cycle
                .iter()
                .take(NAMED_IN_CYCLE)
                .filter_map(|r| register.entries.get(*r).map(|e| e.name.clone()))
                .collect();
            let more = cycle.len().saturating_sub(units.len());
            // Said once, at the parent cell of its first unit in the register.
            let at = cycle
                .first()
                .and_then(|r| self.written_parents.get(*r))
                .and_then(|w| w.as_ref().map(|(_, s)| *s));
            if let Some(at) = at {
                let mut diagnostic = Diagnostic::of(UnitsProblem::Cycle { units, more }, at);
                for r in cycle.iter().skip(1).take(NAMED_IN_CYCLE - 1) {
                    if let Some(Some((_, span))) = self.written_parents.get(*r) {
                        diagnostic = diagnostic
                            .with_related(*span, crate::diagnostic::RelatedLabel::InCycle);
                    }
                }
                self.found.push(diagnostic);
            }
            for r in cycle {
                if let Some(link) = links.get_mut(r) {
                    *link = None;
                }
            }
        }
        register.children = vec![Vec::new(); register.entries.len()];
        for (row, link) in links.iter().enumerate() {
            if let Some(parent) = *link {
                if let Some(children) = register.children.get_mut(parent) {
                    children.push(row);
                }
            }
        }
        let names: Vec<Option<String>> = links
            .iter()
            .map(|l| l.and_then(|p| register.entries.get(p).map(|e| e.name.clone())))
            .collect();
        for (entry, name) in register.entries.iter_mut().zip(names) {
            entry.parent = name;
        }
        register.parents = links;
    }
}
