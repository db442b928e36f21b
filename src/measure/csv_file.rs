//! CSV measurement files: comma, semicolon or tab separated, as Excel writes
//! them in English or Vietnamese locales.

use std::cell::Cell;
use std::ops::{ControlFlow, Range};

use super::csv_readers::with_reader;
use super::notation::Notation;
use super::problem::TableProblem;
use super::table::{add_readings, take_header, Header, Names, TableCell, TableRow, HEADER_SEARCH};
use super::{MeasureFile, Place, Raw};
use crate::diagnostic::Diagnostic;
use crate::limits::Limits;
use crate::source::FileId;
use crate::span::Span;

/// A text up to this size is read in one pass, its rows held until they
/// become readings (about 20 times its size at most); a longer one in two
/// passes, rows made into readings as they are read, none held (a national
/// CSV whose units' rows are spread apart).
const HELD_ROWS_UP_TO: usize = 1 << 20;

pub fn read(name: &str, stem: String, bytes: Vec<u8>, limits: &Limits) -> MeasureFile {
    read_held_up_to(name, stem, bytes, limits, HELD_ROWS_UP_TO)
}

/// [`read`], the rows of a text up to `held_up_to` bytes held.
fn read_held_up_to(
    name: &str,
    stem: String,
    bytes: Vec<u8>,
    limits: &Limits,
    held_up_to: usize,
) -> MeasureFile {
    let mut file = MeasureFile::text(name, stem, bytes);
    file.keep_shown(limits.shown_per_code);
    if file.unusable() {
        return file;
    }
    let delimiter = sniff_delimiter(&file.source.text);
    // The vi-VN Excel separates fields with `;` because `,` is its decimal
    // separator; Excel's tab-separated "Unicode text" follows the locale too.
    file.decimal_comma = delimiter != b',';
    file.notation = Notation::of_table(file.decimal_comma);
    // The text is lent to the reading while the readings go into the file,
    // and given back after.
    let text = std::mem::take(&mut file.source.text);
    let csv = Csv {
        file: file.source.id(),
        text: &text,
        delimiter,
        counted: Cell::new((0, 1)),
    };
    if text.len() <= held_up_to {
        read_held(&mut file, &csv, limits);
    } else {
        read_in_passes(&mut file, &csv, limits);
    }
    file.source.text = text;
    file
}

/// The text of a CSV file, and how its fields are separated.
struct Csv<'t> {
    file: FileId,
    text: &'t str,
    delimiter: u8,
    /// A byte offset and its 1-based line, as the source map counts lines:
    /// lines are counted on from there, only when a diagnostic must name
    /// them, so that a text is counted through about once per pass.
    counted: Cell<(usize, u64)>,
}

impl Csv<'_> {
    /// Reads the records after the first `skip`, each made a row and handed
    /// to `each` until it breaks; the error that ended the text early, if
    /// any.
    fn rows(
        &self,
        skip: usize,
        mut each: impl FnMut(TableRow) -> ControlFlow<()>,
    ) -> Option<csv::Error> {
        let text = self.text;
        with_reader(self.delimiter, text.as_bytes(), |reader| {
            let mut record = csv::StringRecord::new();
            let mut spans = Vec::new();
            let mut index = 0usize;
            loop {
                match reader.next_record(&mut record) {
                    Ok(true) => {}
                    Ok(false) => return None,
                    Err(error) => return Some(error),
                }
                index += 1;
                if index <= skip {
                    continue;
                }
                // A record's position is where reading it began: after
                // the `\r` of a `\r\n` ending, or before blank lines.
                let read_from = record.position().map_or(0, |p| p.byte() as usize);
                let start = text
                    .get(read_from..)
                    .and_then(|rest| rest.find(|c| c != '\r' && c != '\n'))
                    .map_or(read_from, |skipped| read_from + skipped);
                let end = reader.byte() as usize;
                let row = self.row((start, end), &record, &mut spans);
                if each(row).is_break() {
                    return None;
                }
            }
        })
    }

    /// The row of `record`, whose text is `text[start..end]`: its cells
    /// with where each stands (`spans` is room to work in).
    fn row(
        &self,
        (start, end): (usize, usize),
        record: &csv::StringRecord,
        spans: &mut Vec<Range<usize>>,
    ) -> TableRow {
        let raw_line = self.text.get(start..end).unwrap_or("");
        field_spans(raw_line, self.delimiter, spans);
        let cells = record
            .iter()
            .enumerate()
            .map(|(i, field)| {
                let span = spans.get(i).map_or(Span::point(self.file, start), |s| {
                    Span::new(self.file, s.start + start, s.end + start)
                });
                TableCell {
                    raw: if field.trim().is_empty() {
                        Raw::Empty
                    } else {
                        Raw::Text(field.to_string())
                    },
                    place: Place::span(span),
                }
            })
            .collect();
        let line_end = raw_line.trim_end_matches(['\r', '\n']).len();
        TableRow {
            place: Place::span(Span::new(self.file, start, start + line_end)),
            cells,
        }
    }

    /// Why `row` is not read, if it is not: over the column or field
    /// limits, or rows swallowed by a quote left open.
    fn refused(&self, row: &TableRow, limits: &Limits) -> Option<Diagnostic> {
        over_limit(row, limits).or_else(|| self.swallowed(row))
    }

    /// A field opened by a quote that runs over a line break and is not
    /// closed where it ends (never, or by a quote that something other than
    /// the separator or the line's end follows: the opening quote of a later
    /// field): the rows after it were read into it. The lines it ran over
    /// are named, so that no row it swallowed goes unreported. A quoted line
    /// break (`"Phường⏎Hai"`, a note of two lines) is closed where its field
    /// ends, and read.
    fn swallowed(&self, row: &TableRow) -> Option<Diagnostic> {
        let (span, closing) = row.cells.iter().find_map(|cell| {
            let span = cell.place.span;
            quote_left_open(self.text.get(span.start..span.end)?).map(|closed| (span, closed))
        })?;
        let opened = span.start;
        let line = self.line_of(opened);
        // A field open to its row's end holds the row's line break.
        let row_end = row.place.span.end.max(span.end);
        let row_end = self
            .text
            .get(..row_end)?
            .trim_end_matches(['\r', '\n'])
            .len();
        let last = self.line_of(row_end);
        let problem = TableProblem::UnclosedQuote {
            line,
            last,
            closed: closing,
        };
        Some(Diagnostic::of(
            problem,
            Span::new(self.file, opened, opened + 1),
        ))
    }

    /// The 1-based line of byte `at`, counted on from the last one asked
    /// (from the start when `at` stands before it: a new pass).
    fn line_of(&self, at: usize) -> u64 {
        let (mut from, mut line) = self.counted.get();
        if at < from {
            (from, line) = (0, 1);
        }
        let (breaks, _) = crate::source::line_breaks(self.text.get(from..at).unwrap_or(""));
        line += breaks;
        self.counted.set((at, line));
        line
    }
}

/// Whether `field`, a field's text as written, opens a quote that runs
/// over a line break and is not closed where the field ends: `Some(true)`
/// when a quote that is not the field's end closes it (the opening quote of
/// a later field), `Some(false)` when none does. The units register reads
/// its rows so too.
pub(crate) fn quote_left_open(field: &str) -> Option<bool> {
    let inside = field.strip_prefix('"')?;
    if !inside.contains(['\n', '\r']) {
        return None;
    }
    match closing_quote(inside) {
        Some(at) if inside.get(at + 1..)?.trim().is_empty() => None,
        closing => Some(closing.is_some()),
    }
}

/// Where the quote that closes a quoted field stands in its text after the
/// opening quote (`""` is a quote inside the field), if one does.
fn closing_quote(inside: &str) -> Option<usize> {
    let mut quotes = inside.bytes().enumerate().filter(|(_, b)| *b == b'"');
    while let Some((at, _)) = quotes.next() {
        match quotes.next() {
            Some((next, _)) if next == at + 1 => {}
            _ => return Some(at),
        }
    }
    None
}

/// Reports the error that ended the text early, if any.
fn report_unreadable(file: &mut MeasureFile, error: Option<csv::Error>) -> Option<Diagnostic> {
    let error = error?;
    let at = error.position().map_or(0, |p| p.byte() as usize);
    let error = error.to_string();
    let at = file.source.point(at);
    Some(Place::span(at).report(TableProblem::CsvUnreadable { error }))
}

/// Reads every row, then the header and the readings, as a workbook's
/// sheet is read.
fn read_held(file: &mut MeasureFile, csv: &Csv, limits: &Limits) {
    let mut rows: Vec<TableRow> = Vec::new();
    let unreadable = csv.rows(0, |row| {
        rows.push(row);
        ControlFlow::Continue(())
    });
    if let Some(diagnostic) = report_unreadable(file, unreadable) {
        file.diagnostics.push(diagnostic);
    }
    let Some(header) = take_header(file, &mut rows) else {
        file.report_file(empty_file(csv.delimiter));
        return;
    };
    if !header_within_limits(file, &header, limits) {
        return;
    }
    within_limits(file, csv, &mut rows, limits);
    add_readings(file, header.cells, rows, csv.delimiter == b',');
}

/// Reads a long text without holding its rows: the header among the first
/// rows; then, if a column waits on its values (`unit`, `đơn vị`), a pass
/// that only looks at them; then a pass that makes each row into readings
/// as it is read. The diagnostics come in the order [`read_held`] gives
/// them.
fn read_in_passes(file: &mut MeasureFile, csv: &Csv, limits: &Limits) {
    // The header is looked for among the first rows that are not blank
    // (see `take_header`): they alone are held.
    let (mut first, mut blank_before) = (Vec::new(), 0usize);
    let early_end = csv.rows(0, |row| {
        if first.is_empty() && row.cells.iter().all(TableCell::is_blank) {
            blank_before += 1;
            return ControlFlow::Continue(());
        }
        first.push(row);
        if first.len() > HEADER_SEARCH {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let before_header = file.diagnostics.len();
    let held = first.len();
    let Some(header) = take_header(file, &mut first) else {
        if let Some(diagnostic) = report_unreadable(file, early_end) {
            file.diagnostics.push(diagnostic);
        }
        file.report_file(empty_file(csv.delimiter));
        return;
    };
    if !header_within_limits(file, &header, limits) {
        return;
    }
    // The records up to the header's, which the passes over the data skip.
    let skip = blank_before + held - first.len();
    drop(first);
    let after_header = file.diagnostics.len();
    let header = Header::new(header.cells, csv.delimiter == b',');
    let mut votes = header.votes();
    if header.waits_on_values() {
        csv.rows(skip, |mut row| {
            if csv.refused(&row, limits).is_none() {
                header.prepare(&mut row);
                votes.see(&row);
            }
            ControlFlow::Continue(())
        });
    }
    // A long table names a unit on rows that may stand far apart.
    let mut reader = header.reader(file, votes, Names::shared());
    // Room for a reading a line: a long file's readings are most of what
    // the general path holds, and a vector doubled past their count would
    // hold up to twice as much, and more while it moves.
    let lines = memchr::memchr_iter(b'\n', csv.text.as_bytes()).count();
    reader.make_room(file, lines.saturating_sub(skip).saturating_add(1));
    // Rows over the limits are reported before the others' diagnostics, as
    // `read_held` reports them.
    let mut over_limits = Vec::new();
    let unreadable = csv.rows(skip, |mut row| {
        match csv.refused(&row, limits) {
            Some(diagnostic) => {
                file.rows += 1;
                over_limits.push(diagnostic);
            }
            None => {
                reader.prepare(&mut row);
                reader.row(file, row);
            }
        }
        ControlFlow::Continue(())
    });
    // The rows' diagnostics past those kept may have been dropped (some of
    // the header's too, with a thousand columns unused): the places
    // noted are clamped, and the file's diagnostics are sorted before use.
    let after_header = after_header.min(file.diagnostics.len());
    file.diagnostics
        .splice(after_header..after_header, over_limits);
    if let Some(diagnostic) = report_unreadable(file, unreadable) {
        let before_header = before_header.min(file.diagnostics.len());
        file.diagnostics.insert(before_header, diagnostic);
    }
}

/// Keeps the rows within the column and field limits, in place (a second
/// vector of a long file's rows would double what they hold); the others are
/// reported and counted, never silently dropped.
fn within_limits(file: &mut MeasureFile, csv: &Csv, rows: &mut Vec<TableRow>, limits: &Limits) {
    rows.retain(|row| match csv.refused(row, limits) {
        Some(diagnostic) => {
            file.rows += 1;
            file.diagnostics.push(diagnostic);
            false
        }
        None => true,
    });
}

/// Whether the header is within the column and field limits; if it is
/// not, it is reported and the file is not read (its rows have no columns
/// to be read by), as a row over them is not.
fn header_within_limits(file: &mut MeasureFile, header: &TableRow, limits: &Limits) -> bool {
    let diagnostic = if header.cells.len() > limits.max_columns {
        // At the first field past the limit: a header that wide is a long
        // line, shown cut around its diagnostic's place.
        let past = header.cells.get(limits.max_columns);
        let place = past.map_or(&header.place, |cell| &cell.place);
        place.report(TableProblem::HeaderTooWide {
            fields: header.cells.len(),
            limit: limits.max_columns,
        })
    } else {
        match over_limit(header, limits) {
            Some(diagnostic) => diagnostic,
            None => return true,
        }
    };
    file.diagnostics.push(diagnostic);
    false
}

/// The file has no row: the hint's header is written with its separator.
fn empty_file(delimiter: u8) -> TableProblem {
    TableProblem::EmptyFile {
        separator: char::from(delimiter),
    }
}

/// Why `row` is over the column or field limits, if it is.
fn over_limit(row: &TableRow, limits: &Limits) -> Option<Diagnostic> {
    if row.cells.len() > limits.max_columns {
        return Some(row.place.report(TableProblem::TooManyFields {
            fields: row.cells.len(),
            limit: limits.max_columns,
        }));
    }
    row.cells.iter().find_map(|cell| match &cell.raw {
        Raw::Text(text) if text.len() > limits.max_field_bytes => {
            Some(cell.place.report(TableProblem::FieldTooLarge {
                bytes: text.len(),
                limit: limits.max_field_bytes,
            }))
        }
        _ => None,
    })
}

/// The separator of the header line: the most frequent of `;`, tab and `,`
/// outside quotes (ties in that order).
pub(crate) fn sniff_delimiter(text: &str) -> u8 {
    // The first line with a separator: a title above the table has none.
    let has_separator = |l: &&str| l.contains([';', '\t', ',']);
    let mut lines = text.lines().take(12);
    let line = lines
        .clone()
        .find(has_separator)
        .or_else(|| lines.next())
        .unwrap_or("");
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in &mut counts {
                if c == char::from(*d) {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// The byte ranges of the fields of one record's raw text, quotes included.
pub(crate) fn field_spans(raw: &str, delimiter: u8, spans: &mut Vec<Range<usize>>) {
    spans.clear();
    let mut start = 0;
    let mut quoted = false;
    // Quotes, separators and line breaks are ASCII, and no byte of another
    // character's UTF-8 is: bytes can be looked at one by one.
    for (i, b) in raw.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b if b == delimiter && !quoted => {
                spans.push(start..i);
                start = i + 1;
            }
            b'\n' | b'\r' if !quoted => {
                spans.push(start..i);
                return;
            }
            _ => {}
        }
    }
    spans.push(start..raw.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CSV texts of the fixtures, with their paths.
    fn fixture_texts() -> Vec<(String, Vec<u8>)> {
        fn walk(dir: &std::path::Path, found: &mut Vec<(String, Vec<u8>)>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
            entries.sort_by_key(std::fs::DirEntry::path);
            for entry in entries {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path
                    .extension()
                    .is_some_and(|e| matches!(e.to_str(), Some("csv" | "tsv" | "txt")))
                {
                    // Special files and links to nowhere stand among the
                    // fixtures of inputs that are not files.
                    if let Ok(bytes) = std::fs::read(&path) {
                        found.push((path.display().to_string(), bytes));
                    }
                }
            }
        }
        let mut found = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        walk(&root.join("tests/fixtures"), &mut found);
        walk(&root.join("examples"), &mut found);
        found
    }

    /// A long text is read in passes, its rows never held: it gives what
    /// its rows held give, readings and diagnostics in the same order, for
    /// every CSV of the fixtures, within the usual limits and tight ones.
    #[test]
    fn passes_read_as_held_rows_do() {
        let tight = Limits {
            max_columns: 3,
            max_field_bytes: 12,
            ..Limits::default()
        };
        let texts = fixture_texts();
        assert!(texts.len() > 50, "{} texts", texts.len());
        // A text that ends early, rows blank before its header, a title
        // above it, and a column that waits on its values.
        let more: [&[u8]; 4] = [
            b"\n\n;\nB\xc3\xa1o c\xc3\xa1o\n\nunit;metric;value\nP1;a;1\n%;b;2\nP2;a;\"3",
            b"title\n\nunit,metric,value,note\nP1,a,1,500,x\nP1,b,2,,\n,,,\nP2,a,1,2\n",
            b"\xef\xbb\xbf\xc4\x91\xc6\xa1n v\xe1\xbb\x8b;ch\xe1\xbb\x89 ti\xc3\xaau;gi\xc3\xa1 tr\xe1\xbb\x8b\nh\xe1\xbb\x93 s\xc6\xa1;a;1\n",
            b"",
        ];
        let texts = texts.into_iter().chain(
            more.iter()
                .enumerate()
                .map(|(i, t)| (format!("more{i}.csv"), t.to_vec())),
        );
        for (name, bytes) in texts {
            for limits in [&Limits::default(), &tight] {
                let read = |held_up_to| {
                    let file =
                        read_held_up_to(&name, "u".into(), bytes.clone(), limits, held_up_to);
                    format!("{file:?}")
                };
                assert_eq!(read(0), read(usize::MAX), "{name}");
            }
        }
    }

    #[test]
    fn finds_the_quote_that_closes_a_field() {
        assert_eq!(closing_quote("a\"\"b\",x"), Some(4));
        assert_eq!(closing_quote("a\"\"b"), None);
        assert_eq!(closing_quote("0.62\nx,\"2\""), Some(7));
        assert_eq!(closing_quote("55%\nx,1\n"), None);
    }

    #[test]
    fn sniffs_the_locale_separator() {
        assert_eq!(sniff_delimiter("metric;value\nx;0,5"), b';');
        assert_eq!(sniff_delimiter("metric,value"), b',');
        assert_eq!(sniff_delimiter("metric\tvalue"), b'\t');
        assert_eq!(sniff_delimiter("\"a;b\",value"), b',');
    }

    #[test]
    fn field_spans_skip_quoted_separators() {
        let raw = "Xã;\"b;c\";đ\r\n";
        // Room to work in, with something in it already.
        let mut spans = vec![99..99, 0..1];
        field_spans(raw, b';', &mut spans);
        let spans: Vec<&str> = spans.iter().map(|s| raw.get(s.clone()).unwrap()).collect();
        assert_eq!(spans, ["Xã", "\"b;c\"", "đ"]);
    }
}
