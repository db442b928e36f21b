//! Words that stand inside the problems of measurement files, in each
//! language: a metric's type, an example of its values, and the messages of
//! the system and of the libraries chitieu reads files with (which speak
//! English), put into Vietnamese where they are known.

use crate::check::{describe_in, example_in};
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

/// A metric's type in words: "a ratio", "một tỷ lệ".
pub(super) fn type_name(ty: MetricType, lang: Lang) -> &'static str {
    describe_in(ty, lang)
}

/// A value of a metric's type, as an example: "a percent such as `95%`".
pub(super) fn example(ty: MetricType, lang: Lang) -> &'static str {
    example_in(ty, lang)
}

/// What the operating system says, in `lang` where it is known.
pub(super) fn system(text: &str, lang: Lang) -> String {
    lang.system_message(text)
}

/// Why serde_json could not read a document (`EOF while parsing an
/// object`), without its place: in Vietnamese where it is known.
pub(super) fn json_reason(text: &str, lang: Lang) -> String {
    const VI: [(&str, &str); 15] = [
        (
            "EOF while parsing an object",
            "tệp hết giữa chừng một đối tượng",
        ),
        (
            "EOF while parsing a list",
            "tệp hết giữa chừng một danh sách",
        ),
        ("EOF while parsing a string", "tệp hết giữa chừng một chuỗi"),
        (
            "EOF while parsing a value",
            "tệp hết giữa chừng một giá trị",
        ),
        ("key must be a string", "khóa phải là một chuỗi"),
        ("recursion limit exceeded", "lồng quá giới hạn"),
        ("expected value", "cần một giá trị"),
        ("trailing comma", "thừa dấu phẩy ở cuối"),
        ("invalid number", "số không hợp lệ"),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "gặp ký tự điều khiển (\\u0000-\\u001F) giữa một chuỗi",
        ),
        ("invalid escape", "chuỗi thoát không hợp lệ"),
        ("invalid unicode code point", "mã Unicode không hợp lệ"),
        ("trailing characters", "thừa ký tự sau dữ liệu"),
        ("number out of range", "số vượt phạm vi"),
        (
            "lone leading surrogate in hex escape",
            "nửa cặp thay thế (surrogate) đứng một mình trong chuỗi thoát",
        ),
    ];
    match (lang, text.strip_prefix("expected ")) {
        // `expected `,` or `}``: what was expected is JSON's own text.
        (Lang::Vi, Some(what)) if known(text, lang, &VI) == text => format!("cần {what}"),
        _ => known(text, lang, &VI),
    }
}

fn known(text: &str, lang: Lang, vi: &[(&str, &str)]) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Vi => vi
            .iter()
            .find(|(en, _)| *en == text)
            .map_or(text, |(_, vi)| vi)
            .to_string(),
    }
}

/// The words of `lang` in a pair of English and Vietnamese.
pub(super) fn pick((en, vi): (&str, &str), lang: Lang) -> String {
    lang.pick(en, vi)
}
