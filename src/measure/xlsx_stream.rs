//! A sheet read row by row, as a long CSV text is: a workbook costs memory
//! in proportion to the readings it gives, not to its cells. A first pass
//! only counts the cells (within the limits), finds the table's first
//! column and whether the sheet writes its cells in order (as every
//! spreadsheet does); a sheet that does not is read whole
//! (`xlsx_sheet::held_cells`). Then the header is found among the first
//! rows, a pass looks at the values of a column headed `unit` or `đơn vị`
//! alone if there is one, and a last pass makes each row into readings as
//! it is read. Each pass reads the number cells' texts in step with the
//! cells (`xlsx_text::with_number_texts`), never all held. What is reported
//! (rows too wide, cells shown rounded) is reported once, in the pass that
//! makes the row's readings, so the diagnostics are those of the whole
//! sheet read at once.

use std::io::{Read, Seek};
use std::ops::ControlFlow;

use calamine::Xlsx;

use super::problem::WorkbookProblem;
use super::table::{take_header, Header, Names, TableCell, TableRow, HEADER_SEARCH};
use super::xlsx_file::{cell_raw, RoundedCells};
use super::xlsx_sheet::{cell_places, each_cell, table_row, widen_row, Budget, SheetCell, Tally};
use super::xlsx_text::with_number_texts;
use super::{MeasureFile, Place};
use crate::limits::Limits;

/// What the first pass finds: how many rows hold a cell, where the table
/// starts (the first cell's row, the leftmost column) and whether the cells
/// come in order, each after the one before (no place given twice).
pub(super) struct Survey {
    rows: usize,
    corner: (u32, u32),
    pub in_order: bool,
}

/// Counts the cells of sheet `sheet` within the limits (refused at once
/// past them, as `held_cells` refuses them).
pub(super) fn survey<RS: Read + Seek>(
    workbook: &mut Xlsx<RS>,
    sheet: &str,
    limits: &Limits,
) -> Result<Survey, WorkbookProblem> {
    let mut tally = Tally::default();
    let mut last: Option<(u32, u32)> = None;
    let mut found = Survey {
        rows: 0,
        corner: (0, u32::MAX),
        in_order: true,
    };
    each_cell(workbook, sheet, |row, column, value, _| {
        tally.count(value, sheet, limits)?;
        match last {
            None => {
                found.corner.0 = row;
                found.rows = 1;
            }
            Some(before) if before >= (row, column) => found.in_order = false,
            Some((before, _)) if before != row => found.rows += 1,
            Some(_) => {}
        }
        found.corner.1 = found.corner.1.min(column);
        last = Some((row, column));
        Ok(ControlFlow::Continue(()))
    })?;
    if last.is_none() {
        found.corner.1 = 0;
    }
    Ok(found)
}

/// Calls `each` with the cells of each row of the sheet in turn, in order,
/// until it breaks.
fn each_row<RS: Read + Seek>(
    workbook: &mut Xlsx<RS>,
    sheet: &str,
    mut each: impl FnMut(Vec<SheetCell>) -> Result<ControlFlow<()>, WorkbookProblem>,
) -> Result<(), WorkbookProblem> {
    let mut held: Vec<SheetCell> = Vec::new();
    let mut stopped = false;
    each_cell(workbook, sheet, |row, column, value, percent| {
        if held.first().is_some_and(|c| c.row != row) && each(std::mem::take(&mut held))?.is_break()
        {
            stopped = true;
            return Ok(ControlFlow::Break(()));
        }
        held.push(SheetCell::of(row, column, value, percent));
        Ok(ControlFlow::Continue(()))
    })?;
    if !stopped && !held.is_empty() {
        let _: ControlFlow<()> = each(held)?;
    }
    Ok(())
}

/// What every pass over a sheet's rows shares.
struct Passes<'a, RS> {
    workbook: &'a mut Xlsx<RS>,
    bytes: &'a [u8],
    sheet: &'a str,
    first_column: u32,
    at: &'a dyn Fn(u32, u32) -> Place,
    limits: &'a Limits,
}

/// How a pass treats each row it reads.
struct Pass<'p> {
    /// The rows after this sheet row only (all when `None`).
    after: Option<u32>,
    /// Each row widened to this many cells (the header's).
    width: Option<usize>,
    /// Where a row's cells are taken from and what it shows is reported
    /// (rows too wide, cells shown rounded); a pass without them only looks.
    reported: Option<(&'p mut Budget, &'p mut RoundedCells)>,
}

impl<RS: Read + Seek> Passes<'_, RS> {
    /// Calls `each` with each sheet row of `pass` (its number, and the table
    /// row made of it: `None` for a row too wide), until it breaks.
    fn run(
        &mut self,
        file: &mut MeasureFile,
        mut pass: Pass<'_>,
        mut each: impl FnMut(
            &mut MeasureFile,
            u32,
            Option<TableRow>,
        ) -> Result<ControlFlow<()>, WorkbookProblem>,
    ) -> Result<(), WorkbookProblem> {
        let Passes {
            workbook,
            bytes,
            sheet,
            first_column,
            at,
            limits,
        } = self;
        with_number_texts(bytes, sheet, |mut texts| {
            each_row(workbook, sheet, |held| {
                let Some(number) = held.first().map(|c| c.row) else {
                    return Ok(ControlFlow::Continue(()));
                };
                if pass.after.is_some_and(|after| number <= after) {
                    return Ok(ControlFlow::Continue(()));
                }
                let (mut budget, mut rounded) = match &mut pass.reported {
                    Some((budget, rounded)) => (Some(&mut **budget), Some(&mut **rounded)),
                    None => (None, None),
                };
                let mut raw = |file: &mut MeasureFile, cell: SheetCell, place: &Place| {
                    let text = texts
                        .as_mut()
                        .and_then(|t| t.text_at((cell.row, cell.column)));
                    cell_raw(file, rounded.as_deref_mut(), cell, text, place)
                };
                let at_limits = (*at, *limits);
                let made = table_row(
                    file,
                    held,
                    *first_column,
                    at_limits,
                    budget.as_deref_mut(),
                    &mut raw,
                )?;
                let made = match (made, pass.width) {
                    (Some(mut row), Some(width)) => {
                        widen_row(&mut row, width, *first_column, at, budget)?;
                        Some(row)
                    }
                    (made, _) => made,
                };
                each(file, number, made)
            })
        })
    }
}

/// Reads the sheet `sheet_name` of the workbook `bytes` (open as
/// `workbook`), which writes its cells in order, into `file`, row by row.
pub(super) fn read_rows<RS: Read + Seek>(
    file: &mut MeasureFile,
    bytes: &[u8],
    workbook: &mut Xlsx<RS>,
    sheet_name: &str,
    survey: &Survey,
    limits: &Limits,
) -> Result<(), WorkbookProblem> {
    let at = cell_places(file, sheet_name);
    let (corner, first_column) = (survey.corner, survey.corner.1);
    let mut passes = Passes {
        workbook,
        bytes,
        sheet: sheet_name,
        first_column,
        at: &at,
        limits,
    };
    let mut budget = Budget::new(sheet_name, limits);
    let mut rounded = RoundedCells::default();
    // The first rows, among which the header is: the only ones held.
    let mut first: Vec<TableRow> = Vec::new();
    let mut last_held: Option<u32> = None;
    let reported = Some((&mut budget, &mut rounded));
    let pass = Pass {
        after: None,
        width: None,
        reported,
    };
    passes.run(file, pass, |_, number, made| {
        last_held = Some(number);
        if let Some(row) = made {
            if !(first.is_empty() && row.cells.iter().all(TableCell::is_blank)) {
                first.push(row);
            }
        }
        Ok(if first.len() > HEADER_SEARCH {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        })
    })?;
    let Some(header) = take_header(file, &mut first) else {
        let sheet = sheet_name.to_string();
        file.diagnostics
            .push(at(corner.0, corner.1).report(WorkbookProblem::EmptySheet { sheet }));
        rounded.summarise(file);
        return Ok(());
    };
    let width = header.cells.len();
    for row in &mut first {
        widen_row(row, width, first_column, &at, Some(&mut budget))?;
    }
    let header = Header::new(header.cells, false);
    let mut votes = header.votes();
    if header.waits_on_values() {
        for row in &first {
            votes.see(row);
        }
        // Looked at, not reported: the last pass reports each row once.
        let pass = Pass {
            after: last_held,
            width: Some(width),
            reported: None,
        };
        passes.run(file, pass, |_, _, made| {
            if let Some(row) = made {
                votes.see(&row);
            }
            Ok(ControlFlow::Continue(()))
        })?;
    }
    let mut reader = header.reader(file, votes, Names::default());
    reader.make_room(file, survey.rows.saturating_sub(1));
    for row in first {
        reader.row(file, row);
    }
    let pass = Pass {
        after: last_held,
        width: Some(width),
        reported: Some((&mut budget, &mut rounded)),
    };
    passes.run(file, pass, |file, _, made| {
        if let Some(row) = made {
            reader.row(file, row);
        }
        Ok(ControlFlow::Continue(()))
    })?;
    rounded.summarise(file);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::open_workbook_from_rs;

    use super::*;

    /// Whether the survey finds the sheet's cells in order (`None` when the
    /// workbook cannot be read).
    fn in_order(bytes: &[u8]) -> Option<bool> {
        let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).ok()?;
        let found = survey(&mut workbook, "Sheet1", &Limits::default()).ok()?;
        Some(found.in_order)
    }

    /// The same cells, with one row written last: read whole, not row by row
    /// (`tests/hostile.rs` checks that both ways read alike).
    #[test]
    fn a_sheet_out_of_order_is_told_from_one_in_order() {
        let seeds = "/fuzz/seeds/measure_xlsx/";
        let read = |name: &str| {
            let path = [env!("CARGO_MANIFEST_DIR"), seeds, name].concat();
            std::fs::read(path).ok().and_then(|bytes| in_order(&bytes))
        };
        assert_eq!(read("title-unit-column-rows-in-order.xlsx"), Some(true));
        assert_eq!(read("rows-out-of-order.xlsx"), Some(false));
    }
}
