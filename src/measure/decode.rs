//! Bytes of a text measurement file → text: UTF-8 with or without a BOM, or
//! UTF-16 with a BOM (Excel's "Unicode text"); anything else is refused rather
//! than read as garbage.
//!
//! UTF-8 bytes become the text in place (their buffer is the text's): a
//! long file is never held twice, raw and decoded.

use super::problem::InputProblem;

const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// The text, or why the bytes are not text (a problem of the whole file).
pub fn text(mut bytes: Vec<u8>) -> Result<String, InputProblem> {
    if bytes.starts_with(&UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        return utf8(bytes, UTF8_BOM.len());
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes, 0)
}

fn utf8(bytes: Vec<u8>, skipped: usize) -> Result<String, InputProblem> {
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let byte = error.as_bytes().get(at).copied().unwrap_or(0);
        let offset = at + skipped;
        InputProblem::NotUtf8 { byte, offset }
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, InputProblem> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFF,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok('\u{FFFF}') | Err(_) => {
                return Err(InputProblem::NotUtf16);
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
            text(b"\xEF\xBB\xBFph\xF2ng".to_vec()),
            Err(InputProblem::NotUtf8 {
                byte: 0xF2,
                offset: 5
            })
        );
    }
}
