//! Diagnostics as JSON, for editors and CI.

use serde::Serialize;

use super::Diagnostic;
use crate::i18n::Lang;
use crate::source::{LineCol, Sources};
use crate::span::Span;

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
    /// The other places that explain this one, each in its own file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<JsonRelated<'a>>,
}

/// Another place of a diagnostic: where it is, and what it is to it.
#[derive(Debug, Serialize)]
pub struct JsonRelated<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    pub label: String,
}

/// Where a span starts and ends in its file, after clamping: the file's
/// name, the start and end, and the span clamped.
fn located<S: Sources + ?Sized>(sources: &S, span: Span) -> (&str, LineCol, LineCol, Span) {
    match sources.file(span.file) {
        Some(file) => {
            let span = file.clamp(span);
            (
                file.name.as_str(),
                file.line_col(span.start),
                file.line_col(span.end),
                span,
            )
        }
        None => {
            let start = LineCol { line: 1, column: 1 };
            ("", start, start, span)
        }
    }
}

pub fn to_json<'a, S: Sources + ?Sized>(
    sources: &'a S,
    diagnostic: &'a Diagnostic,
) -> JsonDiagnostic<'a> {
    let (file, mut start, mut end, span) = located(sources, diagnostic.span);
    if let Some(cell) = &diagnostic.cell {
        start.line = cell.row as usize + 1;
        start.column = cell.column as usize + 1;
        end = start;
    }
    if let Some(position) = diagnostic.position {
        (start, end) = (position, position);
    }
    let related = diagnostic
        .related
        .iter()
        .map(|(span, label)| {
            let (file, start, end, span) = located(sources, *span);
            JsonRelated {
                file,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                start_byte: span.start,
                end_byte: span.end,
                label: label.text(Lang::En),
            }
        })
        .collect();
    JsonDiagnostic {
        code: diagnostic.code().id(),
        severity: diagnostic.severity().as_str(),
        message: diagnostic.message(Lang::En),
        file,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        start_byte: span.start,
        end_byte: span.end,
        hint: diagnostic.hint(Lang::En),
        cell: diagnostic.cell.as_ref().map(ToString::to_string),
        unit: diagnostic.unit.as_deref(),
        related,
    }
}
