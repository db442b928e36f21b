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
    #[serde(flatten)]
    pub place: JsonPlace<'a>,
    /// The short words under the place in the text form ("declared again
    /// here").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
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
    /// For W0745, the code of the diagnostics it counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeated_code: Option<&'static str>,
    /// For W0745, how many diagnostics of that code it counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
}

/// Where a span stands: its file, and its start and end.
#[derive(Debug, Serialize)]
pub struct JsonPlace<'a> {
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
}

/// Another place of a diagnostic: where it is, and what it is to it.
#[derive(Debug, Serialize)]
pub struct JsonRelated<'a> {
    #[serde(flatten)]
    pub place: JsonPlace<'a>,
    pub label: String,
}

impl<'a> JsonPlace<'a> {
    /// Where `span` stands in its file, after clamping; a file the sources
    /// do not hold has no name, and line and column 1.
    fn of<S: Sources + ?Sized>(sources: &'a S, span: Span) -> Self {
        let (file, span, start, end) = match sources.file(span.file) {
            Some(file) => {
                let span = file.clamp(span);
                let (start, end) = (file.line_col(span.start), file.line_col(span.end));
                (file.name.as_str(), span, start, end)
            }
            None => {
                let start = LineCol { line: 1, column: 1 };
                ("", span, start, start)
            }
        };
        JsonPlace {
            file,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            start_byte: span.start,
            end_byte: span.end,
        }
    }

    /// The place at one position, its span left as it is.
    fn at(mut self, position: LineCol) -> Self {
        (self.line, self.column) = (position.line, position.column);
        (self.end_line, self.end_column) = (position.line, position.column);
        self
    }
}

pub fn to_json<'a, S: Sources + ?Sized>(
    sources: &'a S,
    diagnostic: &'a Diagnostic,
) -> JsonDiagnostic<'a> {
    let mut place = JsonPlace::of(sources, diagnostic.span);
    if let Some(cell) = &diagnostic.cell {
        place = place.at(LineCol {
            line: cell.row as usize + 1,
            column: cell.column as usize + 1,
        });
    }
    if let Some(position) = diagnostic.position {
        place = place.at(position);
    }
    let related = diagnostic
        .related
        .iter()
        .map(|related| {
            let place = JsonPlace::of(sources, related.span);
            JsonRelated {
                place: match related.position {
                    Some(position) => place.at(position),
                    None => place,
                },
                label: related.label.text(Lang::En),
            }
        })
        .collect();
    let repeats = match &diagnostic.problem {
        super::Problem::Repeats(more) => Some(more),
        _ => None,
    };
    JsonDiagnostic {
        code: diagnostic.code().id(),
        severity: diagnostic.severity().as_str(),
        message: diagnostic.message(Lang::En),
        place,
        label: diagnostic.label(Lang::En),
        hint: diagnostic.hint(Lang::En),
        cell: diagnostic.cell.as_ref().map(ToString::to_string),
        unit: diagnostic.unit.as_deref(),
        related,
        repeated_code: repeats.map(|r| r.code.id()),
        count: repeats.map(|r| r.count),
    }
}
