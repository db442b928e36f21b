//! Evaluation for `eval --summary` that keeps only each unit's totals, so
//! memory does not grow with the number of units: a long-format CSV read row
//! by row ([`long_csv_summary`]), or many small files read one at a time
//! ([`per_file_summary`]). Statuses and points come from the same
//! [`judge`](super::judge) and formulas as the general path.

mod long_csv;
mod per_file;

pub use long_csv::{long_csv_summary, SPLIT_FROM_BYTES};
pub use per_file::per_file_summary;

use super::result::UnitTotal;
use crate::diagnostic::{Diagnostic, Severity};

/// What a streamed evaluation gave: the units' totals in input order, and
/// diagnostics as `file:line:column: severity[code]: message` lines, the
/// same whatever the number of threads.
pub struct Streamed {
    pub units: Vec<UnitTotal>,
    pub diagnostics: Vec<String>,
    pub errors: usize,
}

impl Streamed {
    fn new() -> Self {
        Streamed {
            units: Vec::new(),
            diagnostics: Vec::new(),
            errors: 0,
        }
    }

    /// Adds a diagnostic found at `location` (`file:line:column`, or a
    /// file and a cell) as one line, with its hint below.
    fn report(&mut self, location: &str, d: &Diagnostic) {
        if d.severity() == Severity::Error {
            self.errors += 1;
        }
        let mut text = format!(
            "{location}: {}[{}]: {}",
            d.severity().as_str(),
            d.code.id(),
            d.message
        );
        if let Some(hint) = &d.hint {
            text.push_str("\n  help: ");
            text.push_str(hint);
        }
        self.diagnostics.push(text);
    }
}
