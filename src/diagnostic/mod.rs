//! One diagnostic type for every phase, and its renderings.

mod codes;
mod container;
pub mod json;
mod problem;
pub(crate) mod quoted;
mod related;
pub mod render;
pub mod repeats;

pub use codes::{Code, Severity};
pub use container::Diagnostics;

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

    #[test]
    fn a_sheet_name_past_a_hundred_characters_is_shown_cut() {
        let long = Cell {
            sheet: "Ś".repeat(150).into(),
            row: 1,
            column: 2,
        };
        assert_eq!(long.to_string(), format!("{}…!C2", "Ś".repeat(100)));
    }
}

use crate::i18n::Lang;
use crate::source::{FileId, LineCol};
use crate::span::Span;
pub use problem::{Describe, Problem};
pub use related::{Related, RelatedLabel};

/// A problem found in a source file: what it is ([`Problem`], which
/// decides its code and words), where (its span names the file), and the
/// places that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub problem: Problem,
    pub span: Span,
    /// Other places that explain this one, in its file or another (the
    /// definition of an inherited target in the plan it comes from).
    pub related: Vec<Related>,
    /// For inputs that are not text (a spreadsheet), the cell, e.g.
    /// `Sheet1!B7`; the span is then empty.
    pub cell: Option<Cell>,
    /// For a text read as a stream and not kept (`eval --summary`), the line
    /// and column where the problem stands; the span then only names the
    /// file.
    pub position: Option<LineCol>,
    /// For a measurement file, the unit the diagnostic concerns, when it
    /// concerns one unit.
    pub unit: Option<String>,
}

/// A spreadsheet cell: its sheet and 0-based row and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cell {
    /// Shared by every cell of the sheet: a workbook may name its sheet with
    /// a megabyte, and a sheet holds a million cells.
    pub sheet: std::sync::Arc<str>,
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

/// The most characters of a sheet's name a cell's place shows: Excel names
/// a sheet with at most 31, and a hostile workbook's name of a megabyte
/// would otherwise be repeated in every diagnostic's heading.
const SHEET_NAME_SHOWN: usize = 100;

impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.sheet.char_indices().nth(SHEET_NAME_SHOWN) {
            Some((cut, _)) => {
                let shown = self.sheet.get(..cut).unwrap_or_default();
                write!(f, "{shown}…!{}", self.a1())
            }
            None => write!(f, "{}!{}", self.sheet, self.a1()),
        }
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
            position: None,
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
        self.related.push(Related {
            span,
            label: label.into(),
            position: None,
        });
        self
    }

    /// A related place at a line and column of a text not kept (a stream);
    /// `file` is a span naming the file.
    pub fn with_related_at(
        mut self,
        file: Span,
        position: LineCol,
        label: impl Into<RelatedLabel>,
    ) -> Self {
        self.related.push(Related {
            span: file,
            label: label.into(),
            position: Some(position),
        });
        self
    }

    pub fn offset(mut self, by: usize) -> Self {
        self.span = self.span.offset(by);
        for related in &mut self.related {
            related.span = related.span.offset(by);
        }
        self
    }

    /// The diagnostic with the line and column it stands at in `file` kept
    /// (unless it stands at a cell), for a container that does not keep the
    /// file's text.
    #[must_use]
    pub fn positioned(mut self, file: &crate::source::SourceFile) -> Self {
        if self.cell.is_none() && self.position.is_none() {
            self.position = Some(file.line_col(self.span.start));
        }
        for related in &mut self.related {
            if related.position.is_none() && related.span.file == self.span.file {
                related.position = Some(file.line_col(related.span.start));
            }
        }
        self
    }

    /// The diagnostic with its places in file `from` (and any not yet
    /// placed) moved to file `to`: a file read on its own joins a map.
    #[must_use]
    pub fn in_file(mut self, from: FileId, to: FileId) -> Self {
        let move_to = |span: &mut Span| {
            if span.file == from || span.file == FileId::NONE {
                span.file = to;
            }
        };
        move_to(&mut self.span);
        for related in &mut self.related {
            move_to(&mut related.span);
        }
        self
    }
}

/// Diagnostics sorted by file, then position, then code, so output never
/// depends on the order in which checks ran. The sort is stable.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_cached_key(|d| {
        (
            d.span.file,
            // A file's summary (it gave no data) follows the rows' problems
            // that explain it, although it stands at the file's start.
            d.code() == Code::NoData,
            d.cell.clone(),
            d.position,
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
