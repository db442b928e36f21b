//! CSV readers kept for reuse. Building one costs its table of transitions
//! (about 270,000 instructions, more than reading a ward's whole file), so
//! each thread keeps one per delimiter and points it at the next text: a
//! folder of 33,210 small files builds two tables, not 33,210.

use std::cell::RefCell;
use std::io::{Cursor, SeekFrom};

/// A reader over a copy of the text it reads.
pub type TextReader = csv::Reader<Cursor<Vec<u8>>>;

/// A reader keeps its copy of a text up to this size between files; a
/// larger one is let go.
const KEPT_TEXT_BYTES: usize = 1 << 20;

thread_local! {
    static KEPT: RefCell<Vec<(u8, TextReader)>> = const { RefCell::new(Vec::new()) };
}

/// What is asked of a CSV reader: the next record, and where it stands
/// after it.
pub trait Records {
    /// Reads the next record into `record`: `false` at the end.
    fn next_record(&mut self, record: &mut csv::StringRecord) -> csv::Result<bool>;
    /// The byte the reader stands at.
    fn byte(&self) -> u64;
}

impl<R: std::io::Read> Records for csv::Reader<R> {
    fn next_record(&mut self, record: &mut csv::StringRecord) -> csv::Result<bool> {
        self.read_record(record)
    }

    fn byte(&self) -> u64 {
        self.position().byte()
    }
}

/// Calls `read` with a reader over `text` that takes every row as data,
/// whatever its length, its fields separated by `delimiter`. A text longer
/// than [`KEPT_TEXT_BYTES`] is read where it stands, by a reader of its
/// own: a copy would hold it twice, and a reader's table costs nothing
/// beside it.
pub fn with_reader<T>(delimiter: u8, text: &[u8], read: impl FnOnce(&mut dyn Records) -> T) -> T {
    if text.len() > KEPT_TEXT_BYTES {
        return read(&mut builder(delimiter).from_reader(text));
    }
    let kept = KEPT.with(|kept| {
        let mut kept = kept.try_borrow_mut().ok()?;
        let at = kept.iter().position(|(d, _)| *d == delimiter)?;
        Some(kept.swap_remove(at).1)
    });
    let mut reader = match kept.and_then(|reader| pointed_at(reader, text)) {
        Some(reader) => reader,
        None => new_reader(delimiter, text.to_vec()),
    };
    let result = read(&mut reader);
    let copy = reader.get_mut().get_mut();
    if copy.capacity() > KEPT_TEXT_BYTES {
        *copy = Vec::new();
    }
    KEPT.with(|kept| {
        if let Ok(mut kept) = kept.try_borrow_mut() {
            kept.push((delimiter, reader));
        }
    });
    result
}

fn builder(delimiter: u8) -> csv::ReaderBuilder {
    let mut builder = csv::ReaderBuilder::new();
    builder
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true);
    builder
}

fn new_reader(delimiter: u8, text: Vec<u8>) -> TextReader {
    builder(delimiter).from_reader(Cursor::new(text))
}

/// `reader` made to read `text` from its start, as a new reader would
/// (line 1, record 0, a byte order mark skipped); `None` if it cannot be.
fn pointed_at(mut reader: TextReader, text: &[u8]) -> Option<TextReader> {
    let copy = reader.get_mut().get_mut();
    copy.clear();
    copy.extend_from_slice(text);
    reader
        .seek_raw(SeekFrom::Start(0), csv::Position::new())
        .ok()?;
    Some(reader)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(delimiter: u8, text: &str) -> Vec<(Vec<String>, u64, u64)> {
        with_reader(delimiter, text.as_bytes(), |reader| {
            let mut out = Vec::new();
            let mut record = csv::StringRecord::new();
            while reader.next_record(&mut record).unwrap() {
                let at = record.position().unwrap();
                out.push((
                    record.iter().map(String::from).collect(),
                    at.byte(),
                    at.line(),
                ));
            }
            out
        })
    }

    /// A kept reader reads the next text as a new one would: from its
    /// first byte and line, whatever the text before left unfinished.
    #[test]
    fn a_kept_reader_reads_as_a_new_one() {
        let texts = [
            "\u{feff}unit;metric\nA;\"x\ny\"\n",
            "unit;metric;value\nB;m;\"unclosed",
            "\u{feff}a;b\n\nc;d",
            "x",
        ];
        for _ in 0..2 {
            for text in texts {
                let fresh = {
                    let mut reader = new_reader(b';', text.as_bytes().to_vec());
                    let mut out = Vec::new();
                    let mut record = csv::StringRecord::new();
                    while reader.read_record(&mut record).unwrap() {
                        let at = record.position().unwrap();
                        out.push((
                            record.iter().map(String::from).collect::<Vec<_>>(),
                            at.byte(),
                            at.line(),
                        ));
                    }
                    out
                };
                assert_eq!(rows(b';', text), fresh, "{text:?}");
            }
        }
    }
}
