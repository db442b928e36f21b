//! Excel workbooks (`.xlsx`), read with calamine: the first sheet, or the one
//! named. Places are cells such as `Sheet1!B7`.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, DataType, Reader, Xlsx};

use super::exact::Exact;
use super::problem::WorkbookProblem;
use super::table::{add_readings, take_header, TableCell, TableRow};
use super::{xlsx_text, CellFault, MeasureFile, Place, Raw, ReadOptions};
use crate::diagnostic::Cell;
use crate::limits::Limits;

pub fn read(name: &str, stem: String, bytes: &[u8], options: &ReadOptions) -> MeasureFile {
    let mut file = MeasureFile::empty(name, stem);
    let sheet = options.sheet.as_deref();
    if let Err(problem) = unpacks_safely(bytes, &options.limits) {
        file.report_file(problem);
        return file;
    }
    // calamine can panic on hostile workbooks (it multiplies cell references
    // without overflow checks); a panic there is this file's problem, reported
    // like any unreadable workbook, never the batch's end.
    let opened =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| open_sheet(bytes, sheet)));
    let (mut workbook, sheet_name, range) = match opened {
        Ok(Ok(found)) => found,
        Ok(Err(problem)) => {
            file.report_file(problem);
            return file;
        }
        Err(_) => {
            file.report_file(WorkbookProblem::ReaderFailed);
            return file;
        }
    };
    // The text each number cell holds, read where the float would round
    // it; a workbook whose parts cannot be read so keeps its floats.
    let texts = std::panic::catch_unwind(|| xlsx_text::number_texts(bytes, &sheet_name))
        .ok()
        .flatten()
        .unwrap_or_default();
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let at = |row: usize, column: usize| Cell {
        sheet: sheet_name.clone(),
        row: row0 + row as u32,
        column: col0 + column as u32,
    };
    let source = file.source.clone();
    let mut rows: Vec<TableRow> = range
        .rows()
        .enumerate()
        .map(|(r, cells)| TableRow {
            place: Place::cell(&source, at(r, 0)),
            cells: cells
                .iter()
                .enumerate()
                .map(|(c, data)| {
                    let cell = at(r, c);
                    let text = texts.get(&(cell.row, cell.column));
                    let place = Place::cell(&source, cell);
                    let raw = match (data, text) {
                        (Data::Float(f), Some(text)) if Exact::parse(text).is_some() => {
                            file.diagnostics.extend(shown_otherwise(*f, text, &place));
                            Raw::Number(text.clone())
                        }
                        (Data::Float(f), _) => {
                            file.diagnostics
                                .extend(shown_otherwise(*f, &f.to_string(), &place));
                            raw(data, &place)
                        }
                        _ => raw(data, &place),
                    };
                    TableCell { raw, place }
                })
                .collect(),
        })
        .collect();
    let Some(header) = take_header(&mut file, &mut rows) else {
        let sheet = sheet_name.clone();
        file.diagnostics
            .push(Place::cell(&source, at(0, 0)).report(WorkbookProblem::EmptySheet { sheet }));
        return file;
    };
    let (header, mut data) = (header.cells, rows);
    // A cell shown as a percent holds the fraction it shows (0.017 for
    // 1.7%): told by the cell's format, which says what the number is (a
    // percent of a ratio, or percentage points) and, under `%`, tells it
    // from a percent written as such.
    let styles = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        workbook.worksheet_style(&sheet_name).ok()
    }));
    if let Ok(Some(styles)) = styles {
        mark_percent_cells(&mut data, &styles);
    }
    add_readings(&mut file, &header, data, false);
    file
}

/// Numbers in cells formatted as percents become [`Raw::Percent`].
fn mark_percent_cells(rows: &mut [TableRow], styles: &calamine::StyleRange) {
    for cell in rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
        let (Raw::Number(n), Some(at)) = (&mut cell.raw, &cell.place.cell) else {
            continue;
        };
        let percent = styles
            .get((at.row, at.column))
            .and_then(|style| style.number_format.as_ref())
            .is_some_and(|format| is_percent_format(&format.format_code));
        if percent {
            cell.raw = Raw::Percent(std::mem::take(n));
        }
    }
}

/// Whether a number format shows a percent: a `%` that is not quoted or
/// escaped text (`0.0%`, not `0 "%"`).
fn is_percent_format(code: &str) -> bool {
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

/// A workbook read from bytes in memory.
type Workbook<'b> = Xlsx<Cursor<&'b [u8]>>;

/// The workbook, the chosen sheet's name and its cells, or why they
/// cannot be had.
fn open_sheet<'b>(
    bytes: &'b [u8],
    sheet: Option<&str>,
) -> Result<(Workbook<'b>, String, calamine::Range<Data>), WorkbookProblem> {
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|error: calamine::XlsxError| {
            WorkbookProblem::NotAWorkbook {
                error: error.to_string(),
            }
        })?;
    let names = workbook.sheet_names();
    let chosen = match sheet {
        Some(wanted) => names.iter().find(|n| n.as_str() == wanted).cloned(),
        None => names.first().cloned(),
    };
    let Some(sheet_name) = chosen else {
        return Err(WorkbookProblem::NoSuchSheet {
            wanted: sheet.unwrap_or("").to_string(),
            sheets: names,
        });
    };
    let range = workbook.worksheet_range(&sheet_name).map_err(|error| {
        WorkbookProblem::SheetUnreadable {
            sheet: sheet_name.clone(),
            error: error.to_string(),
        }
    })?;
    Ok((workbook, sheet_name, range))
}

/// Refuses a workbook too large, or that would unpack to too much: its parts'
/// declared sizes are read from the zip directory before anything is unpacked.
/// A corrupt zip is left for calamine to report.
fn unpacks_safely(bytes: &[u8], limits: &Limits) -> Result<(), WorkbookProblem> {
    if bytes.len() > limits.max_xlsx_bytes {
        return Err(WorkbookProblem::TooLarge {
            size: bytes.len(),
            limit: limits.max_xlsx_bytes,
        });
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index_raw(index) else {
            continue;
        };
        let (size, packed) = (part.size(), part.compressed_size().max(1));
        if size / packed > limits.max_xlsx_ratio {
            return Err(WorkbookProblem::ZipBomb {
                part: part.name().unwrap_or_default().to_string(),
                ratio: size / packed,
            });
        }
        total = total.saturating_add(size);
    }
    if total > limits.max_xlsx_unpacked_bytes {
        return Err(WorkbookProblem::UnpacksTooLarge {
            total,
            limit: limits.max_xlsx_unpacked_bytes,
        });
    }
    Ok(())
}

fn raw(data: &Data, place: &Place) -> Raw {
    match data {
        Data::Int(i) => Raw::Number(i.to_string()),
        Data::Float(f) => float(*f, place),
        Data::String(s) => Raw::Text(s.clone()),
        Data::Bool(b) => Raw::Bool(*b),
        Data::DateTime(_) => data
            .as_date()
            .map_or_else(|| Raw::CellError(CellFault::UnreadableDate), Raw::Date),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Raw::Text(s.clone()),
        Data::Error(error) => Raw::CellError(CellFault::Error(error.to_string())),
        Data::Empty => Raw::Empty,
    }
}

/// A warning when Excel shows the cell's number otherwise than it holds it:
/// Excel shows at most 15 significant digits, so a cell that a formula left
/// at 0.5999999999999999 shows as 0.6. The value is read as held (`held`,
/// the cell's text), and the warning says so.
fn shown_otherwise(f: f64, held: &str, place: &Place) -> Option<crate::diagnostic::Diagnostic> {
    const EXCEL_DIGITS: usize = 15;
    let significant = f
        .to_string()
        .trim_start_matches('-')
        .replace('.', "")
        .trim_start_matches('0')
        .trim_end_matches('0')
        .len();
    if !f.is_finite() || significant <= EXCEL_DIGITS {
        return None;
    }
    let shown = format!("{f:.14e}").parse::<f64>().ok()?.to_string();
    Some(place.report(WorkbookProblem::ShownRounded {
        held: held.to_string(),
        shown,
    }))
}

/// A spreadsheet number as the decimal it shows: the shortest decimal that
/// reads back as the cell's binary float (Rust writes floats so, without an
/// exponent), as Excel shows `0.6` and not 0.59999999999999997779. It is
/// then read exactly like any written number. A number cell whose text is
/// beyond a float (`1e400`, `INF`, `NaN`, which Excel never writes) holds
/// no number that can be held: refused at its cell (E0720), not taken for
/// an error cell.
fn float(f: f64, place: &Place) -> Raw {
    if f.is_finite() {
        return Raw::Number(f.to_string());
    }
    Raw::Refused(Box::new(
        place.report(WorkbookProblem::BeyondAFloat { nan: f.is_nan() }),
    ))
}
