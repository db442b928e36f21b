//! Words that stand inside the problems of measurement files, in each
//! language: a metric's type, an example of its values, and the messages of
//! the system and of the libraries chitieu reads files with (which speak
//! English), put into Vietnamese where they are known.

use crate::check::{describe_type, example_of};
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

/// A metric's type in words: "a ratio", "một tỷ lệ".
pub(super) fn type_name(ty: MetricType, lang: Lang) -> &'static str {
    let vi = match ty {
        MetricType::Ratio => "một tỷ lệ",
        MetricType::Rate => "một tỷ lệ có thể vượt 100%",
        MetricType::PercentagePoints => "một mức chênh lệch tính bằng điểm phần trăm",
        MetricType::Count => "một số đếm",
        MetricType::Number => "một số",
        MetricType::Minutes => "một khoảng thời gian tính bằng phút",
        MetricType::Money => "một số tiền",
        MetricType::Date => "một ngày",
        MetricType::Bool => "một giá trị có/không",
    };
    match lang {
        Lang::En => describe_type(ty),
        Lang::Vi => vi,
    }
}

/// A value of a metric's type, as an example: "a percent such as `95%`".
pub(super) fn example(ty: MetricType, lang: Lang) -> &'static str {
    let vi = match ty {
        MetricType::Ratio => "một tỷ lệ phần trăm như `95%`",
        MetricType::Rate => "một tỷ lệ phần trăm như `105%`",
        MetricType::PercentagePoints => "số điểm phần trăm như `2 pp`",
        MetricType::Count => "một số nguyên như `10`",
        MetricType::Number => "một số như `1.5`",
        MetricType::Minutes => "số phút như `15 min`",
        MetricType::Money => "một số tiền như `5000000 VND`",
        MetricType::Date => "một ngày như `2025-09-10`",
        MetricType::Bool => "`true` hoặc `false`",
    };
    match lang {
        Lang::En => example_of(ty),
        Lang::Vi => vi,
    }
}

/// What the operating system says, in `lang` where it is known.
pub(super) fn system(text: &str, lang: Lang) -> String {
    lang.system_message(text)
}

/// Why serde_json could not read a document (`EOF while parsing an
/// object`), without its place: in Vietnamese where it is known.
pub(super) fn json_reason(text: &str, lang: Lang) -> String {
    const VI: [(&str, &str); 9] = [
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
    match lang {
        Lang::En => en,
        Lang::Vi => vi,
    }
    .to_string()
}
