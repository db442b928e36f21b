//! Words compared as offices type them: the same header or unit of measure
//! arrives composed or decomposed, in capitals or not, with or without its
//! diacritics (`Đơn vị tính`, `DON_VI_TINH`, `đơn vị  tính`), with spaces,
//! underscores or dots between its parts (`Đ.V.T`, `ĐVT`).

use unicode_normalization::UnicodeNormalization;

/// `text` reduced to what tells such words apart: lower case, without
/// diacritics (`đ` is `d`), without spaces, underscores, dots or hyphens.
/// Other marks (`%`, `/`, digits) stay.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '.' | '-'))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// A unit of measure reduced to what tells units apart: lower case,
/// composed (NFC), without spaces, underscores, dots or hyphens, but with
/// its diacritics: `Đông` (east, a ward's name) is not `đồng`, `Nam` (south)
/// is not `năm` (year), `Ban` (a board) is not `bản` (a copy).
pub fn fold_unit(text: &str) -> String {
    text.nfd()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '.' | '-'))
        .flat_map(char::to_lowercase)
        .nfc()
        .collect()
}

/// The marks NFD splits Vietnamese letters into (accents, the horn of `ơ`
/// and `ư`, the breve of `ă`, the circumflex of `â`, `ê`, `ô`).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn one_word_however_typed() {
        let composed = "Đơn vị tính";
        let decomposed: String =
            unicode_normalization::UnicodeNormalization::nfd(composed).collect();
        for text in [
            composed,
            &decomposed,
            "DON_VI_TINH",
            "don vi  tinh",
            "đơn.vị.tính",
        ] {
            assert_eq!(fold(text), "donvitinh", "{text}");
        }
        assert_eq!(fold("Đ.V.T"), "dvt");
        assert_eq!(fold("Phường/Xã"), "phuong/xa");
        assert_eq!(fold(" % "), "%");
        assert_eq!(fold("Người"), "nguoi");
    }

    #[test]
    fn units_keep_their_diacritics() {
        use super::fold_unit;
        let decomposed: String = unicode_normalization::UnicodeNormalization::nfd("Đồng").collect();
        assert_eq!(fold_unit(&decomposed), "đồng");
        assert_eq!(fold_unit("ĐỒNG"), "đồng");
        assert_eq!(fold_unit("Tr.đ"), "trđ");
        assert_eq!(fold_unit("Hồ sơ"), "hồsơ");
        assert_ne!(fold_unit("Đông"), fold_unit("đồng"));
        assert_ne!(fold_unit("Nam"), fold_unit("năm"));
        assert_ne!(fold_unit("Ban"), fold_unit("bản"));
    }
}
