//! Evaluation for `eval --summary` that keeps only each unit's totals, so
//! memory does not grow with the number of units: a long-format CSV read row
//! by row ([`long_csv_summary`]), or many small files read one at a time
//! ([`per_file_summary`]). Statuses and points come from the same
//! [`judge`](super::judge) and formulas as the general path.

mod choose;
mod long_csv;
mod per_file;

pub use choose::streamed_summary;
pub use long_csv::{long_csv_summary, SPLIT_FROM_BYTES};
pub use per_file::per_file_summary;

use super::result::{Totals, UnitTotal};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::source::{FileId, LineCol, SourceFile};
use crate::span::Span;

/// What a streamed evaluation gave: the units' totals in input order, and
/// the diagnostics in the order found, the same whatever the number of
/// threads. No file's text is kept: each diagnostic names its file and
/// keeps its line and column (or its cell).
pub struct Streamed {
    /// The units' totals, in lists read one after the other (one per
    /// stretch of the input or share of the files): joining them into one
    /// list would hold two copies at once.
    pub parts: Vec<Totals>,
    pub diagnostics: Diagnostics,
}

impl Streamed {
    /// Showing (and keeping) `shown_per_code` diagnostics of a code in a
    /// file.
    fn new(shown_per_code: usize) -> Self {
        Streamed {
            parts: Vec::new(),
            diagnostics: Diagnostics::showing(shown_per_code),
        }
    }

    /// The units in input order.
    pub fn units(&self) -> impl Iterator<Item = UnitTotal<'_>> + Clone {
        self.parts.iter().flat_map(Totals::iter)
    }

    /// How many of the diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.errors()
    }

    /// The file `name` of the map, added (by its name only) the first time.
    fn file(&mut self, name: &str) -> FileId {
        match self.diagnostics.sources().find(name) {
            Some(id) => id,
            None => self.diagnostics.add_source(SourceFile::new(name, "")),
        }
    }

    /// Adds a diagnostic found at line `line`, column `column` of `file`
    /// (both from 1).
    fn report(&mut self, file: FileId, (line, column): (u64, usize), d: Diagnostic) {
        let line = usize::try_from(line).unwrap_or(usize::MAX);
        let mut d = d.in_file(FileId::NONE, file);
        d.span = Span::point(file, 0);
        d.position = Some(LineCol { line, column });
        self.diagnostics.push(d);
    }
}
