//! Diagnostics as JSON, for editors and CI.

use serde::Serialize;

use super::Diagnostic;
use crate::source::SourceFile;

#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub code: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub file: &'a str,
    /// 1-based line of the span's start.
    pub line: usize,
    /// 1-based column of the span's start, counted in characters.
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets of the span, for tools that prefer them.
    pub start_byte: usize,
    pub end_byte: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// For spreadsheets, the cell (`Sheet1!B7`); line and column are then its
    /// row and column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// For a measurement file, the unit the diagnostic concerns, when it
    /// concerns one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
}

pub fn to_json<'a>(source: &'a SourceFile, diagnostic: &'a Diagnostic) -> JsonDiagnostic<'a> {
    let span = source.clamp(diagnostic.span);
    let (mut start, mut end) = (source.line_col(span.start), source.line_col(span.end));
    if let Some(cell) = &diagnostic.cell {
        start.line = cell.row as usize + 1;
        start.column = cell.column as usize + 1;
        end = start;
    }
    JsonDiagnostic {
        code: diagnostic.code().id(),
        severity: diagnostic.severity().as_str(),
        message: diagnostic.message(crate::i18n::Lang::En),
        file: &source.name,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        start_byte: span.start,
        end_byte: span.end,
        hint: diagnostic.hint(crate::i18n::Lang::En),
        cell: diagnostic.cell.as_ref().map(ToString::to_string),
        unit: diagnostic.unit.as_deref(),
    }
}
