//! Bytes of a text measurement file → text: UTF-8 with or without a BOM, or
//! UTF-16 with a BOM (Excel's "Unicode text"); anything else is refused rather
//! than read as garbage.
//!
//! UTF-8 bytes become the text in place (their buffer is the text's): a
//! long file is never held twice, raw and decoded.

use super::problem::InputProblem;

const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Bytes that are not text: why, and the text up to the first byte that
/// is not (empty for UTF-16), at whose end the diagnostic stands.
#[derive(Debug, PartialEq, Eq)]
pub struct Undecoded {
    pub problem: InputProblem,
    pub text_before: String,
}

/// The text, or why the bytes are not text (a problem of the whole file).
pub fn text(mut bytes: Vec<u8>) -> Result<String, Undecoded> {
    if bytes.starts_with(&UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        return utf8(bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes)
}

fn utf8(bytes: Vec<u8>) -> Result<String, Undecoded> {
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let mut bytes = error.into_bytes();
        let byte = bytes.get(at).copied().unwrap_or(0);
        let pasted = mostly_utf8(&bytes);
        // The bytes before the first bad one are UTF-8: they stay the
        // file's text (in place), so that the diagnostic stands at its
        // line and column and quotes the line up to it.
        bytes.truncate(at);
        let text_before = String::from_utf8(bytes).unwrap_or_default();
        let (breaks, line_start) = crate::source::line_breaks(&text_before);
        let column = text_before.get(line_start..).unwrap_or("").chars().count();
        let problem = InputProblem::NotUtf8 {
            byte,
            line: breaks.saturating_add(1),
            column: column.saturating_add(1),
            pasted,
        };
        Undecoded {
            problem,
            text_before,
        }
    })
}

/// Whether bytes that are not all UTF-8 are mostly so: more of their
/// characters beyond ASCII are UTF-8 than there are stretches of bytes that
/// are not (a cell pasted from a legacy code page into a UTF-8 file, not a
/// file saved in one).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut wide, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    wide > bad
}

/// UTF-16 that is not: nothing of it is kept.
fn not_utf16() -> Undecoded {
    Undecoded {
        problem: InputProblem::NotUtf16,
        text_before: String::new(),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Undecoded> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFF,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok('\u{FFFF}') | Err(_) => {
                return Err(not_utf16());
            }
            Ok(c) => text.push(c),
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_bom_and_utf16() {
        assert_eq!(text(b"\xEF\xBB\xBFa;b".to_vec()).unwrap(), "a;b");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("đ\tx".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text(utf16).unwrap(), "đ\tx");
        assert!(text(b"ph\xF2ng".to_vec()).is_err());
        assert_eq!(
            text(b"\xEF\xBB\xBFa\r\nph\xF2ng".to_vec()),
            Err(Undecoded {
                problem: InputProblem::NotUtf8 {
                    byte: 0xF2,
                    line: 2,
                    column: 3,
                    pasted: false,
                },
                text_before: "a\r\nph".to_string(),
            })
        );
    }

    #[test]
    fn tells_a_pasted_cell_from_a_legacy_file() {
        // UTF-8 Vietnamese with one cell in Windows-1258, and a file all in it.
        assert!(mostly_utf8(
            b"Ph\xc6\xb0\xe1\xbb\x9dng,1\nPh\xfdng,2\nX\xc3\xa3,3"
        ));
        assert!(!mostly_utf8(b"Ph\xfdng,1\nX\xe3,2\n\xd0\xf4ng,3"));
    }
}
