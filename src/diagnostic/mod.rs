//! One diagnostic type for every phase, and its renderings.

mod codes;
pub mod json;
mod problem;
mod related;
pub mod render;

pub use codes::{Code, Severity};

#[cfg(test)]
mod tests {
    use super::Cell;

    #[test]
    fn cells_are_named_as_excel_names_them() {
        let cell = |row, column| Cell {
            sheet: "Sheet1".into(),
            row,
            column,
        };
        assert_eq!(cell(6, 1).to_string(), "Sheet1!B7");
        assert_eq!(cell(0, 25).a1(), "Z1");
        assert_eq!(cell(0, 26).a1(), "AA1");
    }
}

use crate::i18n::Lang;
use crate::span::Span;
pub use problem::{Describe, Problem};
pub use related::RelatedLabel;

/// A problem found in one source file: what it is ([`Problem`], which
/// decides its code and words), where, and the places that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub problem: Problem,
    pub span: Span,
    /// Other places in the same file that explain this one.
    pub related: Vec<(Span, RelatedLabel)>,
    /// For inputs that are not text (a spreadsheet), the cell, e.g.
    /// `Sheet1!B7`; the span is then empty.
    pub cell: Option<Cell>,
    /// For a measurement file, the unit the diagnostic concerns, when it
    /// concerns one unit.
    pub unit: Option<String>,
}

/// A spreadsheet cell: its sheet and 0-based row and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cell {
    pub sheet: String,
    pub row: u32,
    pub column: u32,
}

impl Cell {
    /// `B7`: the column letters and the 1-based row, as Excel shows them.
    pub fn a1(&self) -> String {
        let mut letters = Vec::new();
        let mut n = self.column + 1;
        while n > 0 {
            let rem = (n - 1) % 26;
            letters.push(char::from(b'A' + rem as u8));
            n = (n - 1) / 26;
        }
        letters.reverse();
        format!(
            "{}{}",
            letters.into_iter().collect::<String>(),
            self.row + 1
        )
    }
}

impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}!{}", self.sheet, self.a1())
    }
}

impl Diagnostic {
    /// A diagnostic of a typed problem.
    pub fn of(problem: impl Into<Problem>, span: Span) -> Self {
        Diagnostic {
            problem: problem.into(),
            span,
            related: Vec::new(),
            cell: None,
            unit: None,
        }
    }

    pub fn code(&self) -> Code {
        self.problem.code()
    }

    pub fn severity(&self) -> Severity {
        self.code().severity()
    }

    pub fn message(&self, lang: Lang) -> String {
        self.problem.message(lang)
    }

    pub fn label(&self, lang: Lang) -> Option<String> {
        self.problem.label(lang)
    }

    pub fn hint(&self, lang: Lang) -> Option<String> {
        self.problem.hint(lang)
    }

    pub fn at_cell(mut self, cell: Cell) -> Self {
        self.cell = Some(cell);
        self
    }

    pub fn with_related(mut self, span: Span, label: impl Into<RelatedLabel>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    pub fn offset(mut self, by: usize) -> Self {
        self.span = self.span.offset(by);
        for (span, _) in &mut self.related {
            *span = span.offset(by);
        }
        self
    }
}

/// Diagnostics sorted by position then code, so output never depends on the
/// order in which checks ran.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_cached_key(|d| {
        (
            d.cell.clone(),
            d.span.start,
            d.span.end,
            d.code(),
            d.message(Lang::En),
        )
    });
}

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity() == Severity::Error)
}
