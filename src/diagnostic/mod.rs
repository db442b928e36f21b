//! One diagnostic type for every phase, and its renderings.

mod codes;
pub mod json;
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

use crate::span::Span;

/// A problem found in one source file.
///
/// The message is one lowercase line with the user's own text in backticks;
/// advice goes into `hint`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub span: Span,
    /// A few words under the caret; the message is shown when absent.
    pub label: Option<String>,
    /// Other places in the same file that explain this one.
    pub related: Vec<(Span, String)>,
    pub hint: Option<String>,
    /// For inputs that are not text (a spreadsheet), the cell, e.g.
    /// `Sheet1!B7`; the span is then empty.
    pub cell: Option<Cell>,
    /// For a measurement file, the unit the diagnostic concerns, when it
    /// concerns one.
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
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span,
            label: None,
            related: Vec::new(),
            hint: None,
            cell: None,
            unit: None,
        }
    }

    pub fn at_cell(mut self, cell: Cell) -> Self {
        self.cell = Some(cell);
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint.or(self.hint);
        self
    }

    /// The diagnostic with its words in `lang`: message, labels and hint
    /// (the code, the places and the user's own text stay as they are).
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> Diagnostic {
        let mut d = self.clone();
        if lang == crate::i18n::Lang::En {
            return d;
        }
        d.message = lang.say(&d.message);
        d.label = d.label.map(|l| lang.say(&l));
        d.hint = d.hint.map(|h| lang.say(&h));
        for (_, label) in &mut d.related {
            *label = lang.say(label);
        }
        d
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
    diagnostics.sort_by(|a, b| {
        (&a.cell, a.span.start, a.span.end, a.code, &a.message).cmp(&(
            &b.cell,
            b.span.start,
            b.span.end,
            b.code,
            &b.message,
        ))
    });
}

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity() == Severity::Error)
}
