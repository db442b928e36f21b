//! CSV measurement files: comma, semicolon or tab separated, as Excel writes
//! them in English or Vietnamese locales.

use super::notation::Notation;
use std::ops::Range;

use super::csv_readers::with_reader;
use super::problem::TableProblem;
use super::table::{add_readings, take_header, TableCell, TableRow};
use super::{MeasureFile, Place, Raw};
use crate::limits::Limits;
use crate::source::SourceFile;

pub fn read(name: &str, stem: String, bytes: &[u8], limits: &Limits) -> MeasureFile {
    let mut file = MeasureFile::text(name, stem, bytes);
    if file.unusable() {
        return file;
    }
    let delimiter = sniff_delimiter(&file.source.text);
    // The vi-VN Excel separates fields with `;` because `,` is its decimal
    // separator; Excel's tab-separated "Unicode text" follows the locale too.
    file.decimal_comma = delimiter != b',';
    file.notation = Notation::of_table(file.decimal_comma);
    let source = &file.source;
    let text = source.text.as_str();
    // Each record becomes a row as it is read: its text runs to where the
    // reader stands after it.
    let (mut rows, unreadable) = with_reader(delimiter, text.as_bytes(), |reader| {
        let mut rows: Vec<TableRow> = Vec::new();
        let mut record = csv::StringRecord::new();
        let mut spans = Vec::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(true) => {
                    // A record's position is where reading it began: after
                    // the `\r` of a `\r\n` ending, or before blank lines.
                    let read_from = record.position().map_or(0, |p| p.byte() as usize);
                    let start = text
                        .get(read_from..)
                        .and_then(|rest| rest.find(|c| c != '\r' && c != '\n'))
                        .map_or(read_from, |skipped| read_from + skipped);
                    let end = reader.position().byte() as usize;
                    rows.push(table_row(
                        source,
                        (start, end),
                        &record,
                        delimiter,
                        &mut spans,
                    ));
                }
                Ok(false) => return (rows, None),
                Err(error) => return (rows, Some(error)),
            }
        }
    });
    if let Some(error) = unreadable {
        let at = error.position().map_or(0, |p| p.byte() as usize);
        let error = error.to_string();
        let at = file.source.point(at);
        file.diagnostics
            .push(Place::span(at).report(TableProblem::CsvUnreadable { error }));
    }
    let Some(header) = take_header(&mut file, &mut rows) else {
        file.report_file(TableProblem::EmptyFile);
        return file;
    };
    within_limits(&mut file, &mut rows, limits);
    add_readings(&mut file, &header.cells, rows, delimiter == b',');
    file
}

/// The row of `record`, whose text is `source.text[start..end]`: its cells
/// with where each stands (`spans` is room to work in).
fn table_row(
    source: &SourceFile,
    (start, end): (usize, usize),
    record: &csv::StringRecord,
    delimiter: u8,
    spans: &mut Vec<Range<usize>>,
) -> TableRow {
    let raw_line = source.text.get(start..end).unwrap_or("");
    field_spans(raw_line, delimiter, spans);
    let cells = record
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let span = spans.get(i).map_or(source.point(start), |s| {
                source.span(s.start + start, s.end + start)
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
        place: Place::span(source.span(start, start + line_end)),
        cells,
    }
}

/// Keeps the rows within the column and field limits, in place (a second
/// vector of a long file's rows would double what they hold); the others are
/// reported and counted, never silently dropped.
fn within_limits(file: &mut MeasureFile, rows: &mut Vec<TableRow>, limits: &Limits) {
    rows.retain(|row| {
        let problem = if row.cells.len() > limits.max_columns {
            Some(row.place.report(TableProblem::TooManyFields {
                fields: row.cells.len(),
                limit: limits.max_columns,
            }))
        } else {
            row.cells.iter().find_map(|cell| match &cell.raw {
                Raw::Text(text) if text.len() > limits.max_field_bytes => {
                    Some(cell.place.report(TableProblem::FieldTooLarge {
                        bytes: text.len(),
                        limit: limits.max_field_bytes,
                    }))
                }
                _ => None,
            })
        };
        match problem {
            Some(diagnostic) => {
                file.rows += 1;
                file.diagnostics.push(diagnostic);
                false
            }
            None => true,
        }
    });
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
