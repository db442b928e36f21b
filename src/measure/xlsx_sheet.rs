//! A sheet's cells, read one at a time as the sheet's XML holds them
//! (calamine's cell reader), never as the rectangle its declared dimension
//! or its farthest cells span: one cell at XFD1048576 beside one at A1 would
//! be a rectangle of 17 billion cells. A sheet costs memory in proportion
//! to the cells it holds; the table made of them (each row from the sheet's
//! first column to its last cell) is bounded by `Limits::max_xlsx_cells`,
//! and a row wider than a table row may be (`Limits::max_columns`) is
//! reported and left out, as a CSV row is.

use std::collections::HashMap;
use std::io::{Read, Seek};
use std::ops::ControlFlow;
use std::sync::Arc;

use calamine::{Data, DataRef, Xlsx};

use super::problem::WorkbookProblem;
use super::table::{TableCell, TableRow};
use super::{MeasureFile, Place, Raw};
use crate::diagnostic::Cell;
use crate::limits::Limits;

/// A cell the sheet holds: where it stands (counted from 0), its value, and
/// whether its format shows a percent.
pub(super) struct SheetCell {
    pub row: u32,
    pub column: u32,
    pub data: Data,
    pub percent: bool,
}

impl SheetCell {
    pub fn of(row: u32, column: u32, value: &DataRef<'_>, percent: bool) -> Self {
        SheetCell {
            row,
            column,
            data: Data::from(value.clone()),
            percent,
        }
    }
}

/// The place of each cell of sheet `sheet` of `file`: every place shares
/// the sheet's name (`Cell::sheet`).
pub(super) fn cell_places(file: &MeasureFile, sheet: &str) -> impl Fn(u32, u32) -> Place {
    let source = file.source.clone();
    let sheet: Arc<str> = Arc::from(sheet);
    move |row, column| {
        let cell = Cell {
            sheet: Arc::clone(&sheet),
            row,
            column,
        };
        Place::cell(&source, cell)
    }
}

/// The cells sheet `sheet` holds (calamine leaves empty ones out), by row
/// and column; of two cells written at one place, the later, as calamine's
/// own ranges keep it. More than `limits.max_xlsx_cells`, or more text than
/// `limits.max_xlsx_text_bytes`, is refused at once, before the rest is read
/// (and before the text of the cell past the bound is copied).
pub(super) fn held_cells<RS: Read + Seek>(
    workbook: &mut Xlsx<RS>,
    sheet: &str,
    limits: &Limits,
) -> Result<Vec<SheetCell>, WorkbookProblem> {
    let mut cells = Vec::new();
    let mut tally = Tally::default();
    each_cell(workbook, sheet, |row, column, value, percent| {
        tally.count(value, sheet, limits)?;
        cells.push(SheetCell::of(row, column, value, percent));
        Ok(ControlFlow::Continue(()))
    })?;
    // Sheets write their cells in order, so this sort finds them sorted.
    cells.sort_by_key(|c| (c.row, c.column));
    cells.reverse();
    cells.dedup_by_key(|c| (c.row, c.column));
    cells.reverse();
    Ok(cells)
}

/// Calls `each` with every cell sheet `sheet` holds (calamine leaves empty
/// ones out), as the sheet writes them: its row and column, its value, and
/// whether its format shows a percent; until `each` breaks or fails.
pub(super) fn each_cell<RS: Read + Seek>(
    workbook: &mut Xlsx<RS>,
    sheet: &str,
    mut each: impl FnMut(u32, u32, &DataRef<'_>, bool) -> Result<ControlFlow<()>, WorkbookProblem>,
) -> Result<(), WorkbookProblem> {
    let unreadable = |error: calamine::XlsxError| WorkbookProblem::SheetUnreadable {
        sheet: sheet.to_string(),
        error: error.to_string(),
    };
    let mut reader = match workbook.worksheet_cells_reader(sheet) {
        Ok(reader) => reader,
        // A chart sheet or a dialog sheet holds no cells: an empty sheet,
        // as calamine's ranges have it.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(()),
        Err(error) => return Err(unreadable(error)),
    };
    let mut percent_styles = PercentStyles::default();
    while let Some((cell, style)) = reader.next_cell_with_style_id().map_err(unreadable)? {
        if matches!(cell.get_value(), DataRef::Empty) {
            continue;
        }
        let (row, column) = cell.get_position();
        let percent = percent_styles.shows_percent(style, reader.styles());
        if each(row, column, cell.get_value(), percent)?.is_break() {
            break;
        }
    }
    Ok(())
}

/// The cells and text of a sheet so far, within the limits.
#[derive(Default)]
pub(super) struct Tally {
    pub cells: usize,
    text_bytes: usize,
}

impl Tally {
    /// Counts one more cell holding `value`: more than
    /// `limits.max_xlsx_cells`, or more text than
    /// `limits.max_xlsx_text_bytes`, is refused at once.
    pub fn count(
        &mut self,
        value: &DataRef<'_>,
        sheet: &str,
        limits: &Limits,
    ) -> Result<(), WorkbookProblem> {
        if self.cells >= limits.max_xlsx_cells {
            return Err(too_many_cells(sheet, limits));
        }
        self.cells += 1;
        // A shared string is held once by the workbook but copied into each
        // cell that shows it: counted at each, so that memory follows the
        // text the table really holds.
        self.text_bytes = self.text_bytes.saturating_add(text_len(value));
        if self.text_bytes > limits.max_xlsx_text_bytes {
            return Err(WorkbookProblem::TooMuchText {
                sheet: sheet.to_string(),
                limit: limits.max_xlsx_text_bytes,
            });
        }
        Ok(())
    }
}

/// The bytes of text a cell's value holds (none for a number or a date).
fn text_len(value: &DataRef<'_>) -> usize {
    match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.len(),
        DataRef::SharedString(s) => s.len(),
        DataRef::Int(_)
        | DataRef::Float(_)
        | DataRef::Bool(_)
        | DataRef::DateTime(_)
        | DataRef::Error(_)
        | DataRef::Empty => 0,
    }
}

fn too_many_cells(sheet: &str, limits: &Limits) -> WorkbookProblem {
    WorkbookProblem::TooManyCells {
        sheet: sheet.to_string(),
        limit: limits.max_xlsx_cells,
    }
}

/// Whether a style's number format shows a percent, worked out once per
/// style: a sheet has millions of cells and a handful of styles.
#[derive(Default)]
struct PercentStyles(HashMap<usize, bool>);

impl PercentStyles {
    /// Style 0 is the default format, and an id outside the palette has
    /// none: neither shows a percent.
    fn shows_percent(&mut self, style: usize, palette: &[calamine::Style]) -> bool {
        if style == 0 {
            return false;
        }
        *self.0.entry(style).or_insert_with(|| {
            palette
                .get(style)
                .and_then(|s| s.number_format.as_ref())
                .is_some_and(|format| is_percent_format(&format.format_code))
        })
    }
}

/// Whether a number format shows a percent: a `%` that is not quoted or
/// escaped text (`0.0%`, not `0 "%"`).
pub(super) fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// How many cells the table made of a sheet may still take.
pub(super) struct Budget {
    left: usize,
    sheet: String,
    limit: usize,
}

impl Budget {
    pub fn new(sheet: &str, limits: &Limits) -> Self {
        Budget {
            left: limits.max_xlsx_cells,
            sheet: sheet.to_string(),
            limit: limits.max_xlsx_cells,
        }
    }

    pub fn take(&mut self, cells: usize) -> Result<(), WorkbookProblem> {
        self.left = self
            .left
            .checked_sub(cells)
            .ok_or(WorkbookProblem::TooManyCells {
                sheet: self.sheet.clone(),
                limit: self.limit,
            })?;
        Ok(())
    }
}

/// The sheet's rows: each row that holds a cell, from the sheet's first
/// column (`first_column`) to its own last cell; rows that hold nothing are
/// not rows of the table (as blank lines are not in a CSV file). A row
/// wider than `limits.max_columns` is reported and counted, not read. Each
/// cell's value is `raw`'s, given the cell and its place.
pub(super) fn table_rows(
    file: &mut MeasureFile,
    cells: Vec<SheetCell>,
    at: &dyn Fn(u32, u32) -> Place,
    limits: &Limits,
    budget: &mut Budget,
    mut raw: impl FnMut(&mut MeasureFile, SheetCell, &Place) -> Raw,
) -> Result<Vec<TableRow>, WorkbookProblem> {
    let first_column = cells.iter().map(|c| c.column).min().unwrap_or(0);
    let mut rows = Vec::new();
    let mut cells = cells.into_iter().peekable();
    while let Some(first) = cells.next() {
        let row = first.row;
        let mut held = vec![first];
        while let Some(next) = cells.next_if(|c| c.row == row) {
            held.push(next);
        }
        let made = table_row(
            file,
            held,
            first_column,
            (at, limits),
            Some(&mut *budget),
            &mut raw,
        )?;
        rows.extend(made);
    }
    Ok(rows)
}

/// The table row of the cells of one sheet row (`held`, in order), from
/// the sheet's first column (`first_column`) to its last cell, its width
/// taken from `budget` when one is given; `None` for a row wider than
/// `limits.max_columns`, reported and counted (when a budget is given: a
/// row looked at again is not reported again).
pub(super) fn table_row(
    file: &mut MeasureFile,
    held: Vec<SheetCell>,
    first_column: u32,
    (at, limits): (&dyn Fn(u32, u32) -> Place, &Limits),
    budget: Option<&mut Budget>,
    raw: &mut impl FnMut(&mut MeasureFile, SheetCell, &Place) -> Raw,
) -> Result<Option<TableRow>, WorkbookProblem> {
    let Some(row) = held.first().map(|c| c.row) else {
        return Ok(None);
    };
    let place = at(row, first_column);
    let last = held.last().map_or(first_column, |c| c.column);
    let width = usize::try_from(last.saturating_sub(first_column))
        .map_or(usize::MAX, |w| w.saturating_add(1));
    if width > limits.max_columns {
        if budget.is_some() {
            file.rows += 1;
            let far = at(row, last);
            file.diagnostics
                .push(far.report(WorkbookProblem::RowTooWide {
                    columns: width,
                    limit: limits.max_columns,
                }));
        }
        return Ok(None);
    }
    if let Some(budget) = budget {
        budget.take(width)?;
    }
    let mut row_cells = Vec::with_capacity(width);
    for cell in held {
        let before = cell.column.saturating_sub(first_column);
        pad(&mut row_cells, before, row, first_column, at);
        let place = at(row, cell.column);
        let raw = raw(file, cell, &place);
        row_cells.push(TableCell { raw, place });
    }
    Ok(Some(TableRow {
        place,
        cells: row_cells,
    }))
}

/// Widens `rows` to `width` cells each (the header's), with empty cells:
/// a value left blank at the end of a row is an empty value, not a short
/// row.
pub(super) fn widen(
    rows: &mut [TableRow],
    width: usize,
    first_column: u32,
    at: &dyn Fn(u32, u32) -> Place,
    budget: &mut Budget,
) -> Result<(), WorkbookProblem> {
    for row in rows.iter_mut() {
        widen_row(row, width, first_column, at, Some(&mut *budget))?;
    }
    Ok(())
}

/// [`widen`] for one row; the cells added taken from `budget` when one is
/// given (a row only looked at takes none).
pub(super) fn widen_row(
    row: &mut TableRow,
    width: usize,
    first_column: u32,
    at: &dyn Fn(u32, u32) -> Place,
    budget: Option<&mut Budget>,
) -> Result<(), WorkbookProblem> {
    let Some(sheet_row) = row.place.cell.as_ref().map(|c| c.row) else {
        return Ok(());
    };
    if let Some(budget) = budget {
        budget.take(width.saturating_sub(row.cells.len()))?;
    }
    let width = u32::try_from(width).unwrap_or(u32::MAX);
    pad(&mut row.cells, width, sheet_row, first_column, at);
    Ok(())
}

/// Empty cells after the last of `cells`, up to `count` cells in all.
fn pad(
    cells: &mut Vec<TableCell>,
    count: u32,
    row: u32,
    first_column: u32,
    at: &dyn Fn(u32, u32) -> Place,
) {
    let from = u32::try_from(cells.len()).unwrap_or(u32::MAX);
    for offset in from..count {
        let place = at(row, first_column.saturating_add(offset));
        cells.push(TableCell {
            raw: Raw::Empty,
            place,
        });
    }
}
