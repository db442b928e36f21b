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
use crate::diagnostic::{Diagnostic, Severity};

/// What a streamed evaluation gave: the units' totals in input order, and
/// diagnostics with where they stand (`file:line:column`, or a file and a
/// cell), the same whatever the number of threads.
pub struct Streamed {
    /// The units' totals, in lists read one after the other (one per
    /// stretch of the input or share of the files): joining them into one
    /// list would hold two copies at once.
    pub parts: Vec<Totals>,
    pub diagnostics: Vec<(String, Diagnostic)>,
    pub errors: usize,
}

impl Streamed {
    fn new() -> Self {
        Streamed {
            parts: Vec::new(),
            diagnostics: Vec::new(),
            errors: 0,
        }
    }

    /// The units in input order.
    pub fn units(&self) -> impl Iterator<Item = UnitTotal<'_>> + Clone {
        self.parts.iter().flat_map(Totals::iter)
    }

    /// Adds a diagnostic found at `location`.
    fn report(&mut self, location: &str, d: &Diagnostic) {
        if d.severity() == Severity::Error {
            self.errors += 1;
        }
        self.diagnostics.push((location.to_string(), d.clone()));
    }
}
