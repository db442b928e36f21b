//! Excel workbooks (`.xlsx`), read with calamine: the first sheet, or the one
//! named. Places are cells such as `Sheet1!B7`.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, DataType, Reader, Xlsx};

use super::contained::quietly;
use super::exact::Exact;
use super::problem::WorkbookProblem;
use super::shown_digits::excel_shows;
use super::table::{add_readings, take_header};
use super::xlsx_sheet::{cell_places, held_cells, table_rows, widen, Budget, SheetCell};
use super::{xlsx_stream, xlsx_text, CellFault, MeasureFile, Place, Raw, ReadOptions};
use crate::limits::Limits;

pub fn read(name: &str, stem: String, bytes: &[u8], options: &ReadOptions) -> MeasureFile {
    let mut file = MeasureFile::empty(name, stem);
    let sheet = options.sheet.as_deref();
    let limits = &options.limits;
    file.keep_shown(limits.shown_per_code);
    if let Err(problem) = unpacks_safely(bytes, limits) {
        file.report_file(problem);
        return file;
    }
    // calamine can panic on hostile workbooks (it multiplies cell references
    // without overflow checks); a panic there is this file's problem, reported
    // like any unreadable workbook, never the batch's end.
    let read = quietly(|| read_sheet(&mut file, bytes, sheet, limits));
    let problem = match read {
        Ok(Ok(())) => return file,
        Ok(Err(problem)) => problem,
        Err(_) => WorkbookProblem::ReaderFailed,
    };
    // Nothing of a sheet that cannot be read, or is over the bound on
    // cells, is read.
    let mut file = MeasureFile::empty(name, file.default_unit);
    file.report_file(problem);
    file
}

/// Reads the chosen sheet into `file`: row by row when it writes its
/// cells in order (see `xlsx_stream`), else its cells held and sorted.
fn read_sheet(
    file: &mut MeasureFile,
    bytes: &[u8],
    sheet: Option<&str>,
    limits: &Limits,
) -> Result<(), WorkbookProblem> {
    let (mut workbook, sheet_name) = open_sheet(bytes, sheet)?;
    let survey = xlsx_stream::survey(&mut workbook, &sheet_name, limits)?;
    if survey.in_order {
        return xlsx_stream::read_rows(file, bytes, &mut workbook, &sheet_name, &survey, limits);
    }
    let cells = held_cells(&mut workbook, &sheet_name, limits)?;
    table(file, bytes, &sheet_name, cells, limits)
}

/// Reads the sheet's `cells` as a table into `file`.
fn table(
    file: &mut MeasureFile,
    bytes: &[u8],
    sheet_name: &str,
    cells: Vec<SheetCell>,
    limits: &Limits,
) -> Result<(), WorkbookProblem> {
    // The text each number cell holds, read where the float would round
    // it; a workbook whose parts cannot be read so keeps its floats.
    let texts = if cells.is_empty() {
        None
    } else {
        quietly(|| xlsx_text::number_texts(bytes, sheet_name, cells.len()))
            .ok()
            .flatten()
    }
    .unwrap_or_default();
    let corner = (
        cells.first().map_or(0, |c| c.row),
        cells.iter().map(|c| c.column).min().unwrap_or(0),
    );
    let at = cell_places(file, sheet_name);
    let mut budget = Budget::new(sheet_name, limits);
    let mut rounded = RoundedCells::default();
    let mut rows = table_rows(
        file,
        cells,
        &at,
        limits,
        &mut budget,
        |file, cell, place| {
            let text = texts.get(&(cell.row, cell.column)).cloned();
            cell_raw(file, Some(&mut rounded), cell, text, place)
        },
    )?;
    rounded.summarise(file);
    let Some(header) = take_header(file, &mut rows) else {
        let sheet = sheet_name.to_string();
        file.diagnostics
            .push(at(corner.0, corner.1).report(WorkbookProblem::EmptySheet { sheet }));
        return Ok(());
    };
    widen(&mut rows, header.cells.len(), corner.1, &at, &mut budget)?;
    add_readings(file, header.cells, rows, false);
    Ok(())
}

/// A sheet's cell as a table cell's value, given the text of a number
/// cell (`text`, where it could be read): its number read as Excel shows
/// it, at 15 significant digits (noted in `rounded` when it differs from
/// the text, if given), a percent cell's fraction as its percent.
pub(super) fn cell_raw(
    file: &mut MeasureFile,
    rounded: Option<&mut RoundedCells>,
    cell: SheetCell,
    text: Option<String>,
    place: &Place,
) -> Raw {
    let raw = match &cell.data {
        Data::Float(f) => {
            let held = text.unwrap_or_else(|| f.to_string());
            match excel_shows(&held, *f) {
                Some(shown) => {
                    if let Some(rounded) = rounded {
                        rounded.note(file, held, shown.clone(), place);
                    }
                    Raw::Number(shown)
                }
                None if Exact::parse(&held).is_some() => Raw::Number(held),
                None => raw(&cell.data, place),
            }
        }
        _ => raw(&cell.data, place),
    };
    // A cell shown as a percent holds the fraction it shows (0.017 for
    // 1.7%): told by the cell's format, which says what the number is (a
    // percent of a ratio, or percentage points) and, under `%`, tells it
    // from a percent written as such.
    match raw {
        Raw::Number(n) if cell.percent => Raw::Percent(n),
        raw => raw,
    }
}

/// The cells that Excel shows otherwise than they hold (W0722), read as
/// shown: the first few are reported each at its cell, the rest in one
/// warning, so that a column of a formula's noise does not bury the report.
#[derive(Default)]
pub(super) struct RoundedCells {
    reported: usize,
    /// The first cell not reported by itself, and how many there are.
    more: Option<(Place, usize)>,
}

/// How many cells shown rounded are reported each by itself.
const ROUNDED_REPORTED: usize = 20;

impl RoundedCells {
    pub fn note(&mut self, file: &mut MeasureFile, held: String, shown: String, place: &Place) {
        if self.reported < ROUNDED_REPORTED {
            self.reported += 1;
            let problem = WorkbookProblem::ShownRounded { held, shown };
            file.diagnostics.push(place.report(problem));
            return;
        }
        match &mut self.more {
            Some((_, count)) => *count += 1,
            None => self.more = Some((place.clone(), 1)),
        }
    }

    pub fn summarise(self, file: &mut MeasureFile) {
        if let Some((place, count)) = self.more {
            file.diagnostics
                .push(place.report(WorkbookProblem::MoreShownRounded { count }));
        }
    }
}

/// A workbook read from bytes in memory.
type Workbook<'b> = Xlsx<Cursor<&'b [u8]>>;

/// The workbook and the chosen sheet's name, or why they cannot be had.
fn open_sheet<'b>(
    bytes: &'b [u8],
    sheet: Option<&str>,
) -> Result<(Workbook<'b>, String), WorkbookProblem> {
    let workbook: Workbook<'_> =
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
    Ok((workbook, sheet_name))
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
    shared_strings_fit(&mut archive)?;
    if total > limits.max_xlsx_unpacked_bytes {
        return Err(WorkbookProblem::UnpacksTooLarge {
            total,
            limit: limits.max_xlsx_unpacked_bytes,
        });
    }
    Ok(())
}

/// The reader reserves room for as many shared strings as the table
/// declares (`uniqueCount`) before reading one: a 2 KB file that declares
/// fifty billion would end the process, not only this file. Each string takes
/// at least a few bytes of the part, so a count above the part's size is a
/// lie, refused before the reader sees it.
fn shared_strings_fit(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<(), WorkbookProblem> {
    use std::io::Read;
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index(index) else {
            continue;
        };
        if !part.name().is_ok_and(|n| n.ends_with("sharedStrings.xml")) {
            continue;
        }
        let size = part.size();
        // The count is an attribute of the first element: it is near the
        // start.
        // A read that fails (a part whose checksum is wrong, which the
        // reader does not check) still leaves what it read: the count is
        // judged on that, never skipped.
        let mut head = Vec::with_capacity(4096);
        let _ = part.take(4096).read_to_end(&mut head);
        if let Some(declared) = attribute_number(&head, b"uniqueCount") {
            if declared > size {
                return Err(WorkbookProblem::SharedStringsOverstated { declared, size });
            }
        }
    }
    Ok(())
}

/// The number in `name="123"` (or `'123'`) in `xml`, if there is one that
/// fits a `u64`; a larger one reads as `u64::MAX`.
fn attribute_number(xml: &[u8], name: &[u8]) -> Option<u64> {
    let at = xml.windows(name.len()).position(|w| w == name)?;
    let rest = xml.get(at + name.len()..)?;
    let rest = rest.strip_prefix(b"=")?;
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))?;
    let digits: Vec<u8> = rest
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    if digits.is_empty() {
        return None;
    }
    Some(
        std::str::from_utf8(&digits)
            .ok()?
            .parse::<u64>()
            .unwrap_or(u64::MAX),
    )
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
