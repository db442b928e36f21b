//! Phase 3a, measurements: files (CSV, XLSX, JSON) → readings, each with the
//! place it was read from. Nothing here knows the plan; `eval` interprets the
//! readings against it.

pub(crate) mod blank;
mod contained;
pub(crate) mod csv_file;
pub(crate) mod csv_readers;
pub(crate) mod decode;
pub mod exact;
pub(crate) mod fold;
pub mod inputs;
mod json_file;
pub mod notation;
pub mod problem;
mod separators;
pub(crate) mod shown_digits;
pub(crate) mod split_number;
pub(crate) mod table;
pub(crate) mod unit_column;
pub mod unit_of_measure;
pub mod value;
mod xlsx_file;
mod xlsx_sheet;
mod xlsx_stream;
mod xlsx_text;

use std::path::Path;

use chrono::NaiveDate;

use crate::diagnostic::repeats::{self, Hidden};
use crate::diagnostic::{Cell, Code, Diagnostic, Diagnostics, Problem, Severity};
use crate::limits::Limits;
use crate::source::SourceFile;
use crate::span::Span;
pub use problem::CellFault;
use problem::InputProblem;

/// A value as it stood in the file, before its metric's type is known.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Text(String),
    /// A number the file held as a number, as text with a decimal point
    /// and perhaps an exponent, never rounded: a JSON number as written, a
    /// spreadsheet cell's number as the workbook's text for it (or, where
    /// that is out of reach, the shortest decimal that reads back as its
    /// float). `measure::value` reads it exactly.
    Number(String),
    /// A spreadsheet number shown as a percent (its cell's format has `%`),
    /// as [`Raw::Number`] has it: the fraction it holds (`0.95` for 95%).
    Percent(String),
    Bool(bool),
    Date(NaiveDate),
    /// A spreadsheet cell that holds an error, or a date that cannot be read.
    CellError(CellFault),
    /// A value refused where it was read (a number split by the file's
    /// separator, a spreadsheet number no decimal can hold), with the
    /// diagnostic that says why, at the value's place: the metric is
    /// invalid, not missing.
    Refused(Box<Diagnostic>),
    Empty,
}

/// Where something was read: a span of the file's text, or a spreadsheet
/// cell (whose span only names the file).
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub span: Span,
    /// Boxed: a text file's places (most of them) carry no cell, and a
    /// reading holds two places (see [`Reading`]).
    pub cell: Option<Box<Cell>>,
}

impl Place {
    /// The place of a value read where its place is not kept (the streamed
    /// long CSV knows lines and columns): the diagnostics built there are
    /// placed by the caller.
    pub const NOWHERE: Place = Place {
        span: Span::NOWHERE,
        cell: None,
    };

    pub fn span(span: Span) -> Self {
        Place { span, cell: None }
    }

    /// A cell of a workbook, the file `in_file`.
    pub fn cell(in_file: &SourceFile, cell: Cell) -> Self {
        Place {
            span: in_file.point(0),
            cell: Some(Box::new(cell)),
        }
    }

    /// The diagnostic of `problem`, located here.
    pub fn report(&self, problem: impl Into<Problem>) -> Diagnostic {
        self.locate(Diagnostic::of(problem, self.span))
    }

    /// `diagnostic`, moved here.
    pub fn locate(&self, mut diagnostic: Diagnostic) -> Diagnostic {
        diagnostic.span = self.span;
        match &self.cell {
            Some(cell) => diagnostic.at_cell(Cell::clone(cell)),
            None => diagnostic,
        }
    }
}

/// A name read from a file (a unit's, a metric's), shared by the readings
/// that give it: a long table names each unit and metric on many rows.
pub type Name = std::sync::Arc<str>;

/// One metric's value for one unit, as read. The general path holds every
/// reading of its files at once (a long CSV whose units' rows are spread
/// apart): what is rare (a period or unit of measure per row, a cell) is
/// boxed, and the unit and metric are [`Name`]s shared by the readings
/// that give them, so that a reading costs 144 bytes and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The unit the row names (long format); `None` means the file's unit.
    pub unit: Option<Name>,
    pub metric: Name,
    pub metric_place: Place,
    pub value: Raw,
    pub value_place: Place,
    /// The period the row says it covers, as written.
    pub period: Option<Box<(String, Place)>>,
    /// The unit of measure the row gives its value in (`%`, `phút`,
    /// `hồ sơ`), as written; read with the value by [`Reading::interpret`].
    pub measure: Option<Box<(String, Place)>>,
}

/// A measurement file, read: a file on its own, whose places are spans of
/// [`Self::source`]; [`Self::diagnostics_of`] puts files and their
/// diagnostics into one container.
#[derive(Debug, Clone)]
pub struct MeasureFile {
    /// The text (CSV, JSON); empty for a spreadsheet.
    pub source: SourceFile,
    pub readings: Vec<Reading>,
    /// Whether numbers use a decimal comma (`0,95`), as the vi-VN Excel writes
    /// them in semicolon-separated files.
    pub decimal_comma: bool,
    /// How the file writes values, for the examples of its hints (JSON, or
    /// a table with a decimal point or comma, which `decimal_comma` says).
    pub notation: notation::Notation,
    /// The unit that rows without a `unit` belong to: the file's own name for
    /// the unit, or its file name.
    pub default_unit: String,
    /// The period the file as a whole says it covers.
    pub period: Option<(String, Place)>,
    pub diagnostics: Vec<Diagnostic>,
    /// The diagnostics of a code past those the file keeps, counted, by the
    /// file's own id (see [`Self::keep_shown`]).
    pub hidden: Hidden,
    /// How many diagnostics of one code the file keeps as it is read: all
    /// unless [`Self::keep_shown`] says otherwise.
    keep_per_code: usize,
    /// The length of [`Self::diagnostics`] at which those past the kept
    /// ones are next dropped (see [`repeats::next_drop`]).
    next_drop: usize,
    /// Rows seen, used or reported, so that no row goes unaccounted for.
    pub rows: usize,
    /// Whether the file holds baseline values (`eval --baseline`): its
    /// readings are the earlier values of the plan's metrics, for the units
    /// the measurements name.
    pub baseline: bool,
}

impl MeasureFile {
    fn empty(name: &str, default_unit: String) -> Self {
        MeasureFile {
            source: SourceFile::new(name, ""),
            readings: Vec::new(),
            decimal_comma: false,
            notation: notation::Notation::DecimalPoint,
            default_unit,
            period: None,
            diagnostics: Vec::new(),
            hidden: Hidden::default(),
            keep_per_code: usize::MAX,
            next_drop: repeats::DROP_FROM,
            rows: 0,
            baseline: false,
        }
    }

    /// The file keeps, of each code, only the `shown_per_code` diagnostics
    /// that can be shown and the one W0745 stands at, counting the others
    /// in [`Self::hidden`]: a row's problem then costs a count, not a
    /// diagnostic held until the file is read (2,000,000 rows of one field
    /// held 925 MB of E0705 for a 9.8 MB file). `usize::MAX` keeps all
    /// (`--all-diagnostics`).
    pub(crate) fn keep_shown(&mut self, shown_per_code: usize) {
        self.keep_per_code = shown_per_code.saturating_add(1);
    }

    /// The diagnostics past those kept, dropped and counted, once the list
    /// has doubled since last time (so in amortised constant time a
    /// diagnostic). Readers call it as they go, after a row or a unit.
    pub(crate) fn bound_diagnostics(&mut self) {
        if self.diagnostics.len() < self.next_drop || self.keep_per_code == usize::MAX {
            return;
        }
        repeats::keep_shown(&mut self.diagnostics, self.keep_per_code, &mut self.hidden);
        self.next_drop = repeats::next_drop(self.diagnostics.len());
    }

    /// A text file's measurements start here: its bytes decoded into the
    /// source (UTF-8 in place), or the reason they cannot be (then
    /// [`Self::unusable`]).
    fn text(name: &str, default_unit: String, bytes: Vec<u8>) -> Self {
        let mut file = MeasureFile::empty(name, default_unit);
        match decode::text(bytes) {
            Ok(text) => file.source = SourceFile::new(name, text),
            Err(undecoded) => {
                let at = undecoded.text_before.len();
                file.source = SourceFile::new(name, undecoded.text_before);
                let at = file.source.point(at);
                file.diagnostics.push(Diagnostic::of(undecoded.problem, at));
            }
        }
        file
    }

    /// Reports a problem of the whole file.
    pub(crate) fn report_file(&mut self, problem: impl Into<Problem>) {
        let at = self.source.point(0);
        self.diagnostics.push(Diagnostic::of(problem, at));
    }

    /// The files' sources and diagnostics, in the files' order, in one
    /// container (their readings are dropped).
    pub fn diagnostics_of(files: Vec<MeasureFile>) -> Diagnostics {
        Self::diagnostics_showing(files, crate::diagnostic::repeats::SHOWN_PER_CODE)
    }

    /// [`Self::diagnostics_of`], showing `shown_per_code` of a code in a
    /// file (and keeping no more than can be shown: each file's diagnostics
    /// are sorted).
    pub fn diagnostics_showing(files: Vec<MeasureFile>, shown_per_code: usize) -> Diagnostics {
        let mut all = Diagnostics::showing(shown_per_code);
        for file in files {
            let id = all.add_file(file.source, file.diagnostics);
            all.count_hidden(file.hidden.moved(|_| id));
        }
        all
    }

    /// Whether the file could be read at all.
    pub fn unusable(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| matches!(d.code(), Code::MeasureEncoding | Code::MeasureUnreadable))
    }

    /// Why the file gave no readings at all: its status, and the problem
    /// that says so. `None` when it gave some, or when it is a special file
    /// that was skipped (it names no unit).
    pub fn unusable_input(&self) -> Option<(InputStatus, Problem)> {
        if !self.readings.is_empty() || self.skipped() {
            return None;
        }
        let whole_file = |d: &&Diagnostic| {
            matches!(
                d.code(),
                Code::MeasureEncoding
                    | Code::MeasureUnreadable
                    | Code::MeasureLimit
                    | Code::CannotOpen
            )
        };
        if self.rows == 0 {
            if let Some(d) = self.diagnostics.iter().find(whole_file) {
                return Some((InputStatus::Unreadable, d.problem.clone()));
            }
        }
        let says_why = |d: &&Diagnostic| matches!(d.code(), Code::MissingColumns | Code::NoData);
        let why = self.diagnostics.iter().find(says_why).or_else(|| {
            self.diagnostics
                .iter()
                .find(|d| d.severity() == Severity::Error)
        });
        let problem = why.map_or_else(
            || InputProblem::NoData { rows: 0 }.into(),
            |d| d.problem.clone(),
        );
        Some((InputStatus::NoData, problem))
    }

    /// Whether this is a special file (a FIFO, a socket) that was skipped,
    /// a file of a kind not read met in a folder, or a file given again,
    /// read where it was first given.
    pub fn skipped(&self) -> bool {
        self.diagnostics.iter().any(|d| {
            matches!(
                d.code(),
                Code::NotAFile | Code::SameFileTwice | Code::NotRead
            )
        })
    }

    /// A file that gave no readings and says nothing of why (a header
    /// without rows, `{}`, rows all refused) is reported, so that a unit
    /// never scores nothing without a reason.
    fn note_no_data(&mut self) {
        let explained = match self.unusable_input() {
            None | Some((InputStatus::Unreadable, ..)) => true,
            Some(_) => self
                .diagnostics
                .iter()
                .any(|d| matches!(d.code(), Code::MissingColumns | Code::NoData)),
        };
        if explained {
            return;
        }
        self.report_file(InputProblem::NoData { rows: self.rows });
    }
}

/// Why a file named a unit but gave it nothing to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputStatus {
    /// The file (or folder) could not be read at all: opened, decoded or
    /// parsed.
    Unreadable,
    /// The file was read but held no usable row: empty, a header only, or
    /// every row refused.
    NoData,
}

impl InputStatus {
    /// The status in machine formats.
    pub fn as_str(self) -> &'static str {
        match self {
            InputStatus::Unreadable => "unreadable",
            InputStatus::NoData => "no_data",
        }
    }

    /// The catalog key of the status in words.
    pub fn key(self) -> &'static str {
        match self {
            InputStatus::Unreadable => "input.unreadable",
            InputStatus::NoData => "input.no_data",
        }
    }
}

/// Options for reading measurement files.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The sheet of a workbook to read; the first when `None`.
    pub sheet: Option<String>,
    pub limits: Limits,
}

/// Reads a measurement file's bytes according to its extension; rows
/// without a unit belong to the unit named by the file.
pub fn read(path: &Path, bytes: &[u8], options: &ReadOptions) -> MeasureFile {
    read_as(path, inputs::stem(path), bytes, options)
}

/// [`read`], with rows without a unit given to `unit` (unless the file
/// names its own).
pub fn read_as(path: &Path, unit: String, bytes: &[u8], options: &ReadOptions) -> MeasureFile {
    read_owned(path, unit, bytes.to_vec(), options)
}

/// [`read_as`], given the bytes to keep: a text file's become its text, so
/// that a long file is held once, not twice.
pub fn read_owned(path: &Path, unit: String, bytes: Vec<u8>, options: &ReadOptions) -> MeasureFile {
    let mut file = read_kind(path, unit, bytes, options);
    file.note_no_data();
    file
}

fn read_kind(path: &Path, stem: String, bytes: Vec<u8>, options: &ReadOptions) -> MeasureFile {
    let name = path.display().to_string();
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if bytes.len() > options.limits.max_measure_bytes {
        let mut file = MeasureFile::empty(&name, stem);
        file.report_file(InputProblem::TooLarge {
            size: bytes.len(),
            limit: options.limits.max_measure_bytes,
        });
        return file;
    }
    match extension.as_str() {
        "csv" | "tsv" | "txt" => csv_file::read(&name, stem, bytes, &options.limits),
        "xlsx" | "xlsm" if is_ole(&bytes) => {
            let mut file = MeasureFile::empty(&name, stem);
            file.report_file(InputProblem::OleWorkbook);
            file
        }
        "xlsx" | "xlsm" => xlsx_file::read(&name, stem, &bytes, options),
        "json" => json_file::read(&name, stem, bytes, &options.limits),
        _ => {
            let mut file = MeasureFile::empty(&name, stem);
            let problem = if extension.is_empty() {
                InputProblem::NoExtension
            } else {
                InputProblem::UnknownExtension { extension }
            };
            file.report_file(problem);
            file
        }
    }
}

/// Whether bytes are an OLE compound file, not the zip an `.xlsx` is: Excel
/// writes a password-protected workbook so (its zip encrypted inside), and
/// an old `.xls` is one; the zip reader would say only "Could not find EOCD".
fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Whether a path names a file `read` understands.
pub fn is_measurement_file(path: &Path) -> bool {
    extension_in(path, &["csv", "tsv", "txt", "xlsx", "xlsm", "json"])
}

/// What a folder's walk for measurements reads, and what it says it does
/// not: every file `read` understands, and workbooks it does not (read,
/// they are units not scored, E0702, as when named on the command line);
/// any other file is named and not read (W0741), except plans and notes in
/// Markdown, which often sit beside submissions (and what
/// [`crate::files::is_leftover`] passes over).
pub const MEASUREMENTS: crate::files::Wanted = crate::files::Wanted {
    read: |path| is_measurement_file(path) || is_workbook_not_read(path),
    told: |path| !extension_in(path, &["plan", "md"]),
};

/// Workbooks of a kind chitieu does not read (old Excel, binary Excel,
/// OpenDocument, Numbers, WPS): a unit's submission, said so by name.
fn is_workbook_not_read(path: &Path) -> bool {
    extension_in(path, &["xls", "xlsb", "ods", "fods", "numbers", "et"])
}

fn extension_in(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| extensions.contains(&e.as_str()))
}
