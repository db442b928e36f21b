//! Rows and columns (from a CSV file or a sheet) → readings. The header names
//! the columns; Vietnamese names are accepted beside the English ones.

use unicode_normalization::UnicodeNormalization;

use super::{MeasureFile, Place, Raw, Reading};
use crate::diagnostic::Code;

pub struct TableCell {
    pub raw: Raw,
    pub place: Place,
}

impl TableCell {
    fn text(&self) -> Option<String> {
        match &self.raw {
            Raw::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
            Raw::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// Whether [`text`](Self::text) has something, without writing it.
    fn has_text(&self) -> bool {
        match &self.raw {
            Raw::Text(t) => !t.trim().is_empty(),
            Raw::Number(_) => true,
            _ => false,
        }
    }

    /// [`text`](Self::text), taken from the cell: a text already trimmed
    /// is moved, not copied (a national batch reads millions of cells).
    fn take_text(&mut self) -> Option<String> {
        match &mut self.raw {
            Raw::Text(t) if t.len() == t.trim().len() && !t.is_empty() => Some(std::mem::take(t)),
            _ => self.text(),
        }
    }
}

/// A data row: where it starts, and its cells.
pub struct TableRow {
    pub place: Place,
    pub cells: Vec<TableCell>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Unit,
    Metric,
    Value,
    Period,
    Note,
    Other,
}

pub(crate) fn role(header: &str) -> Role {
    let name: String = header
        .trim()
        .nfc()
        .collect::<String>()
        .to_lowercase()
        .replace(' ', "_");
    match name.as_str() {
        "unit" | "đơn_vị" | "don_vi" => Role::Unit,
        "metric" | "chỉ_tiêu" | "chi_tieu" => Role::Metric,
        "value" | "giá_trị" | "gia_tri" => Role::Value,
        "period" | "kỳ" | "kỳ_báo_cáo" | "ky_bao_cao" => Role::Period,
        "note" | "ghi_chú" | "ghi_chu" => Role::Note,
        _ => Role::Other,
    }
}

/// Adds the readings of a table to `file`, reporting what cannot be used.
pub fn add_readings(file: &mut MeasureFile, header: &[TableCell], rows: Vec<TableRow>) {
    let roles: Vec<Role> = header
        .iter()
        .map(|cell| cell.text().map_or(Role::Other, |t| role(&t)))
        .collect();
    let column = |wanted: Role| roles.iter().position(|r| *r == wanted);
    let (Some(metric_col), Some(value_col)) = (column(Role::Metric), column(Role::Value)) else {
        let place = header.first().map(|c| c.place.clone()).unwrap_or_default();
        file.rows += rows.len();
        file.diagnostics.push(
            place
                .diagnostic(Code::MissingColumns, "the header row has no `metric` and `value` columns")
                .with_hint("the first row must name the columns, e.g. `metric;value` or `unit;metric;value`"),
        );
        return;
    };
    let (unit_col, period_col) = (column(Role::Unit), column(Role::Period));
    // Trailing separators leave columns without a name: not worth a warning,
    // but data found under them is (it lies beyond the named columns).
    let named = header
        .iter()
        .rposition(|c| c.text().is_some())
        .map_or(0, |i| i + 1);
    for (cell, role) in header.iter().zip(&roles).take(named) {
        if *role == Role::Other {
            let Some(name) = cell.text() else { continue };
            file.diagnostics.push(
                cell.place
                    .diagnostic(Code::ExtraColumn, format!("column `{name}` is not used"))
                    .with_hint(
                        "chitieu reads the columns `unit`, `metric`, `value`, `period` and `note`",
                    ),
            );
        }
    }
    let needed = metric_col.max(value_col) + 1;
    for mut row in rows {
        if row.cells.iter().all(|c| {
            !c.has_text() && !matches!(c.raw, Raw::Bool(_) | Raw::Date(_) | Raw::CellError(_))
        }) {
            continue;
        }
        file.rows += 1;
        if row.cells.len() < needed {
            file.diagnostics.push(
                row.place
                    .diagnostic(
                        Code::RaggedRow,
                        format!(
                            "this row has {} fields but the header has {}",
                            row.cells.len(),
                            header.len()
                        ),
                    )
                    .with_hint("each row needs at least a metric and a value"),
            );
            continue;
        }
        for (index, cell) in row.cells.iter().enumerate().skip(named) {
            if cell.has_text() {
                file.diagnostics.push(
                    cell.place
                        .diagnostic(
                            Code::ExtraColumn,
                            format!("field {} lies beyond the header and is not used", index + 1),
                        )
                        .with_hint("remove the extra separator or name the column in the header"),
                );
            }
        }
        let mut take = |col: Option<usize>| {
            col.and_then(|c| row.cells.get_mut(c))
                .and_then(|c| Some((c.take_text()?, c.place.clone())))
        };
        let unit = take(unit_col).map(|(t, _)| match super::value::nfc(&t) {
            std::borrow::Cow::Borrowed(_) => t,
            std::borrow::Cow::Owned(normal) => normal,
        });
        let period = take(period_col);
        let Some((metric_name, metric_place)) = take(Some(metric_col)) else {
            file.diagnostics.push(
                row.place
                    .diagnostic(Code::RaggedRow, "this row has no metric name")
                    .with_hint("name the metric in the `metric` column"),
            );
            continue;
        };
        let Some(value) = row.cells.get_mut(value_col) else {
            continue;
        };
        file.readings.push(Reading {
            unit,
            metric: metric_name,
            metric_place,
            value: std::mem::replace(&mut value.raw, Raw::Empty),
            value_place: value.place.clone(),
            period,
        });
    }
}
