//! Bytes of a text measurement file → text: UTF-8 with or without a BOM, or
//! UTF-16 with a BOM (Excel's "Unicode text"); anything else is refused rather
//! than read as garbage.

use super::problem::InputProblem;

/// The text, or why the bytes are not text (a problem of the whole file).
pub fn text(bytes: &[u8]) -> Result<String, InputProblem> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    utf8(bytes, 0)
}

fn utf8(bytes: &[u8], skipped: usize) -> Result<String, InputProblem> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let at = error.valid_up_to();
            let byte = bytes.get(at).copied().unwrap_or(0);
            let offset = at + skipped;
            Err(InputProblem::NotUtf8 { byte, offset })
        }
    }
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
        assert_eq!(text(b"\xEF\xBB\xBFa;b").unwrap(), "a;b");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("đ\tx".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text(&utf16).unwrap(), "đ\tx");
        assert!(text(b"ph\xF2ng").is_err());
    }
}
