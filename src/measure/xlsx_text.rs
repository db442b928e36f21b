//! The text a workbook's number cells hold, as the sheet's XML writes it
//! (`<v>0.017</v>`). calamine gives each number as a binary float, which
//! rounds what it cannot hold: `1e-400` becomes 0, `4.9e-324` a subnormal
//! float, `0.59999999999999999999999999999` 0.6, and `1e308` is written back
//! as 309 digits. A number cell is read from its own text instead, as CSV
//! and JSON numbers are, so that nothing is rounded on the way in and
//! messages quote the cell as written.
//!
//! The sheet is found as calamine finds it: the workbook named by the
//! package's relationships, the sheet's part by the workbook's. Anything
//! that cannot be read here (a part missing, malformed XML) leaves the
//! cells to their floats: calamine has already read the same parts.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Number cells' texts by their (row, column), counted from 0 as calamine
/// counts them.
pub(crate) type CellTexts = HashMap<(u32, u32), String>;

/// The texts of the number cells of sheet `sheet` in the workbook `bytes`;
/// `None` when they cannot be had, or when there are more than `most` (the
/// cells calamine found: this reading is bounded as that one is).
pub(crate) fn number_texts(bytes: &[u8], sheet: &str, most: usize) -> Option<CellTexts> {
    let mut zip: Package<'_> = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let part = sheet_part(&mut zip, sheet)?;
    let mut texts = NumberTexts::new(xml(&mut zip, &part)?);
    let mut found = CellTexts::new();
    while let Some((at, text)) = texts.next_text()? {
        if found.len() >= most {
            return None;
        }
        found.insert(at, text);
    }
    Some(found)
}

/// Calls `read` with the texts of the number cells of sheet `sheet`, one at
/// a time in the order the sheet writes them (`None` when they cannot be
/// had): a sheet read row by row is given its texts in step, never all held.
pub(crate) fn with_number_texts<T>(
    bytes: &[u8],
    sheet: &str,
    read: impl FnOnce(Option<&mut NumberTexts<PartText<'_, '_>>>) -> T,
) -> T {
    let Some(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)).ok() else {
        return read(None);
    };
    let Some(part) = sheet_part(&mut zip, sheet) else {
        return read(None);
    };
    let mut texts = xml(&mut zip, &part).map(NumberTexts::new);
    let result = read(texts.as_mut());
    drop(texts);
    result
}

/// The name of the part of the package that holds sheet `sheet`.
fn sheet_part(zip: &mut Package<'_>, sheet: &str) -> Option<String> {
    let workbook = relationships(zip, "_rels/.rels")?
        .into_values()
        .find(|(kind, _)| kind.ends_with("/officeDocument"))
        .map_or_else(|| "xl/workbook.xml".to_string(), |(_, target)| target);
    let workbook = workbook.trim_start_matches('/').to_string();
    let (folder, file) = match workbook.rsplit_once('/') {
        Some((folder, file)) => (format!("{folder}/"), file.to_string()),
        None => (String::new(), workbook.clone()),
    };
    // A part's relationships are in `_rels/` beside it, named after it.
    let rels = [folder.as_str(), "_rels/", file.as_str(), ".rels"].concat();
    let targets = relationships(zip, &rels)?;
    let id = sheet_id(zip, &workbook, sheet)?;
    let (_, target) = targets.get(&id)?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("{folder}{target}"),
    })
}

/// A workbook read from bytes in memory.
type Package<'b> = zip::ZipArchive<Cursor<&'b [u8]>>;

/// The text of one part of a [`Package`], read as it is unpacked.
pub(crate) type PartText<'z, 'b> = BufReader<zip::read::ZipFile<'z, Cursor<&'b [u8]>>>;

/// The XML of part `name` of the package.
fn xml<'z, 'b>(zip: &'z mut Package<'b>, name: &str) -> Option<Reader<PartText<'z, 'b>>> {
    let part = zip.by_name(name).ok()?;
    Some(Reader::from_reader(BufReader::new(part)))
}

/// The value of the attribute of `element` whose local name is `local`
/// (`id` matches `r:id`), unescaped.
fn attribute(element: &BytesStart<'_>, local: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The relationships of a `.rels` part: by id, their type and target.
fn relationships(zip: &mut Package<'_>, name: &str) -> Option<HashMap<String, (String, String)>> {
    let mut reader = xml(zip, name)?;
    let mut found = HashMap::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                if let (Some(id), Some(kind), Some(target)) = (
                    attribute(&e, "Id"),
                    attribute(&e, "Type"),
                    attribute(&e, "Target"),
                ) {
                    found.insert(id, (kind, target));
                }
            }
            Event::Eof => return Some(found),
            _ => {}
        }
        buf.clear();
    }
}

/// The relationship id of sheet `sheet` in the workbook part `workbook`.
fn sheet_id(zip: &mut Package<'_>, workbook: &str, sheet: &str) -> Option<String> {
    let mut reader = xml(zip, workbook)?;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == "sheet"
                    && attribute(&e, "name").as_deref() == Some(sheet) =>
            {
                return attribute(&e, "id");
            }
            Event::Eof => return None,
            _ => {}
        }
        buf.clear();
    }
}

/// The texts of the number cells (`t` absent or `n`) of a sheet's XML, one
/// at a time in the order it writes them, placed as calamine places cells:
/// by their `r` reference, or, without one, after the cell before in its
/// row (an empty `<c/>` holds nothing and takes no place, as calamine reads
/// it).
pub(crate) struct NumberTexts<R: BufRead> {
    reader: Reader<R>,
    row: u32,
    column: u32,
    buf: Vec<u8>,
    /// The next text, read ahead by [`NumberTexts::text_at`].
    ahead: Option<((u32, u32), String)>,
    /// Whether the sheet's XML cannot be read further: no more texts.
    done: bool,
}

impl<R: BufRead> NumberTexts<R> {
    fn new(reader: Reader<R>) -> Self {
        NumberTexts {
            reader,
            row: 0,
            column: 0,
            buf: Vec::new(),
            ahead: None,
            done: false,
        }
    }

    /// The text of the number cell at `at`, for cells asked for in the
    /// order the sheet writes them; `None` when it has none.
    pub(crate) fn text_at(&mut self, at: (u32, u32)) -> Option<String> {
        loop {
            match &self.ahead {
                Some((next, _)) if *next > at => return None,
                Some((next, _)) if *next == at => return self.ahead.take().map(|(_, t)| t),
                _ if self.done => return None,
                _ => {}
            }
            self.ahead = match self.next_text() {
                Some(Some(found)) => Some(found),
                _ => {
                    self.done = true;
                    None
                }
            };
        }
    }

    /// The next number cell's place and text; `Some(None)` at the end, and
    /// `None` when the XML cannot be read.
    fn next_text(&mut self) -> Option<Option<((u32, u32), String)>> {
        // The cell being read, if it is a number cell, and its text so far.
        let mut cell: Option<((u32, u32), bool)> = None;
        let mut in_value = false;
        let mut text = String::new();
        loop {
            self.buf.clear();
            match self.reader.read_event_into(&mut self.buf).ok()? {
                Event::Start(e) if e.local_name().as_ref() == "row" => {
                    if let Some(r) = attribute(&e, "r").and_then(|r| r.parse::<u32>().ok()) {
                        self.row = r.checked_sub(1)?;
                    }
                    self.column = 0;
                }
                Event::End(e) if e.local_name().as_ref() == "row" => {
                    self.row = self.row.checked_add(1)?;
                    self.column = 0;
                }
                Event::Start(e) if e.local_name().as_ref() == "c" => {
                    let at = match attribute(&e, "r") {
                        Some(reference) => reference_of(&reference)?,
                        None => (self.row, self.column),
                    };
                    self.column = at.1.checked_add(1)?;
                    let number = attribute(&e, "t").is_none_or(|t| t == "n");
                    cell = Some((at, number));
                }
                Event::End(e) if e.local_name().as_ref() == "c" => cell = None,
                Event::Start(e) if e.local_name().as_ref() == "v" => {
                    in_value = matches!(cell, Some((_, true)));
                    text.clear();
                }
                Event::Text(t) if in_value => text.push_str(&t.xml10_content()),
                Event::End(e) if e.local_name().as_ref() == "v" => {
                    if let (true, Some((at, _))) = (in_value, cell) {
                        return Some(Some((at, text.trim().to_string())));
                    }
                    in_value = false;
                }
                Event::Eof => return Some(None),
                _ => {}
            }
        }
    }
}

/// The (row, column) of a cell reference (`B2` is (1, 1)), counted from 0.
fn reference_of(reference: &str) -> Option<(u32, u32)> {
    let letters = reference
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(reference.len());
    let (column, row) = reference.split_at_checked(letters)?;
    let column = column.bytes().try_fold(0u32, |n, b| {
        n.checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase().checked_sub(b'A')?) + 1)
    })?;
    let row: u32 = row.parse().ok()?;
    Some((row.checked_sub(1)?, column.checked_sub(1)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_counted_from_zero() {
        assert_eq!(reference_of("A1"), Some((0, 0)));
        assert_eq!(reference_of("B2"), Some((1, 1)));
        assert_eq!(reference_of("aa10"), Some((9, 26)));
        assert_eq!(reference_of("A0"), None);
        assert_eq!(reference_of("1"), None);
    }

    #[test]
    fn number_cells_keep_their_text() {
        let sheet = r#"<worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1e-400</v></c></row>
            <row r="2"><c r="A2" t="n"><v> 4.9e-324 </v></c><c><v>1e308</v></c><c r="D2" t="str"><v>x</v></c></row>
            <row><c/><c><f>A1</f><v>0.59999999999999999999999999999</v></c><c><v>7</v></c></row>
        </sheetData></worksheet>"#;
        let mut texts = NumberTexts::new(Reader::from_reader(sheet.as_bytes()));
        let mut found = Vec::new();
        while let Some(Some(next)) = texts.next_text() {
            found.push(next);
        }
        let found: Vec<((u32, u32), &str)> =
            found.iter().map(|(at, t)| (*at, t.as_str())).collect();
        assert_eq!(
            found,
            [
                ((0, 1), "1e-400"),
                ((1, 0), "4.9e-324"),
                ((1, 1), "1e308"),
                ((2, 0), "0.59999999999999999999999999999"),
                ((2, 1), "7"),
            ]
        );
        // Asked for in order, each place gets its own text or none.
        let mut texts = NumberTexts::new(Reader::from_reader(sheet.as_bytes()));
        assert_eq!(texts.text_at((0, 0)), None);
        assert_eq!(texts.text_at((0, 1)).as_deref(), Some("1e-400"));
        assert_eq!(texts.text_at((1, 1)).as_deref(), Some("1e308"));
        assert_eq!(texts.text_at((2, 1)).as_deref(), Some("7"));
        assert_eq!(texts.text_at((3, 0)), None);
    }
}
