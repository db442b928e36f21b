//! The words of problems with values as reported: metrics the plan does not
//! have, metrics given twice, empty values, `n/a` where the plan does not
//! allow it or for a count, which always has a value.

use super::FirstGiven;
use crate::check::describe_in;
use crate::i18n::quoted;
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

pub(super) fn unknown_metric(metric: &str, rows: usize, more_files: usize, lang: Lang) -> String {
    let mut text = match lang {
        Lang::En => format!("the plan has no metric `{metric}`"),
        Lang::Vi => format!("kế hoạch không có chỉ số `{metric}`"),
    };
    if rows > 1 {
        text.push_str(&match lang {
            Lang::En => format!(" ({rows} rows name it)"),
            Lang::Vi => format!(" ({rows} dòng ghi chỉ số này)"),
        });
    }
    if more_files > 0 {
        text.push_str(&match lang {
            Lang::En => format!(" (and in {more_files} more files)"),
            Lang::Vi => format!(" (và trong {more_files} tệp khác)"),
        });
    }
    text
}

pub(super) fn unknown_metric_hint(suggestion: Option<&str>, lang: Lang) -> String {
    match (suggestion, lang) {
        (Some(name), Lang::En) => format!("did you mean `{name}`?"),
        (Some(name), Lang::Vi) => format!("có phải ý bạn là `{name}`?"),
        (None, _) => lang.pick(
            "the value is ignored; check the metric names in the plan",
            "giá trị bị bỏ qua; kiểm tra tên chỉ số trong kế hoạch",
        ),
    }
}

pub(super) fn given_twice(metric: &str, unit: &str, differs: bool, lang: Lang) -> String {
    match (lang, differs) {
        (Lang::En, false) => format!("`{metric}` is given twice for `{unit}`"),
        (Lang::En, true) => {
            format!("`{metric}` is given twice for `{unit}` with different values")
        }
        (Lang::Vi, false) => format!("`{metric}` được báo cáo hai lần cho `{unit}`"),
        (Lang::Vi, true) => {
            format!("`{metric}` được báo cáo hai lần cho `{unit}` với hai giá trị khác nhau")
        }
    }
}

/// Where the first value stands when the diagnostic does not point there,
/// and, for two different values, what to do about them.
pub(super) fn given_twice_hint(differs: bool, first: &FirstGiven, lang: Lang) -> Option<String> {
    let first = match first {
        FirstGiven::Here => None,
        FirstGiven::In { file, cell } => {
            let at = match cell {
                Some(cell) => format!("{file} {cell}"),
                None => file.clone(),
            };
            Some(match lang {
                Lang::En => format!("first given in {}", at.trim_end()),
                Lang::Vi => format!("báo cáo lần đầu trong {}", at.trim_end()),
            })
        }
    };
    let keep_one = differs.then(|| {
        lang.pick(
            "keep one of the values; until then targets on it are invalid",
            "giữ lại một giá trị; trước đó các chỉ tiêu trên chỉ số này không hợp lệ",
        )
    });
    match (first, keep_one) {
        (Some(first), Some(keep_one)) => Some(format!("{first}; {keep_one}")),
        (first, keep_one) => first.or(keep_one),
    }
}

pub(super) fn empty(metric: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("`{metric}` has no value"),
        Lang::Vi => format!("`{metric}` không có giá trị"),
    }
}

pub(super) fn na_refused(metric: &str, written: &str, targets: &[String], lang: Lang) -> String {
    let ids = quoted(targets);
    match (lang, targets.len() == 1) {
        (Lang::En, true) => format!(
            "`{metric}` is reported as `{written}`, but the plan does not let target {ids} be not applicable"
        ),
        (Lang::En, false) => format!(
            "`{metric}` is reported as `{written}`, but the plan does not let targets {ids} be not applicable"
        ),
        (Lang::Vi, true) => format!(
            "`{metric}` được báo cáo là `{written}`, nhưng kế hoạch không cho phép chỉ tiêu {ids} không áp dụng"
        ),
        (Lang::Vi, false) => format!(
            "`{metric}` được báo cáo là `{written}`, nhưng kế hoạch không cho phép các chỉ tiêu {ids} không áp dụng"
        ),
    }
}

/// `n/a` for a count or an amount of money (`ty`), with the targets it
/// leaves invalid.
pub(super) fn na_for_count(
    metric: &str,
    ty: Option<MetricType>,
    written: &str,
    targets: &[String],
    lang: Lang,
) -> String {
    let Some(ty) = ty else {
        let mut text = match lang {
            Lang::En => format!("`{metric}` is reported as `{written}`, but the plan does not declare it: a value whose kind it never says, one its formulas are computed from or one compared with whole numbers only (as a count is), is never n/a"),
            Lang::Vi => format!("`{metric}` được báo cáo là `{written}`, nhưng kế hoạch không khai báo nó: giá trị mà kế hoạch không nói rõ loại, dùng để tính các công thức hoặc chỉ được so với số nguyên (như số đếm), không bao giờ là n/a"),
        };
        text.push_str(&invalid_targets(targets, lang));
        return text;
    };
    let what = describe_in(ty, lang);
    let always = match (lang, ty == MetricType::Money) {
        (Lang::En, false) => "a count always has a value",
        (Lang::En, true) => "an amount always has a value",
        (Lang::Vi, false) => "số đếm luôn có giá trị",
        (Lang::Vi, true) => "số tiền luôn có giá trị",
    };
    let mut text = match lang {
        Lang::En => format!("`{metric}` is {what}, reported as `{written}`: {always}"),
        Lang::Vi => format!("`{metric}` là {what} nhưng được báo cáo là `{written}`: {always}"),
    };
    text.push_str(&invalid_targets(targets, lang));
    text
}

/// `n/a` for a metric computed from `counts`, which are not reported, with
/// the targets it leaves invalid.
pub(super) fn na_without_counts(
    metric: &str,
    written: &str,
    counts: &[String],
    targets: &[String],
    lang: Lang,
) -> String {
    let names = quoted(counts);
    let mut text = match (lang, counts.len() == 1) {
        (Lang::En, true) => format!("`{metric}` is reported as `{written}`, but {names}, which it is computed from, is not: only it can say there is nothing to count"),
        (Lang::En, false) => format!("`{metric}` is reported as `{written}`, but {names}, which it is computed from, are not: only they can say there is nothing to count"),
        (Lang::Vi, true) => format!("`{metric}` được báo cáo là `{written}` nhưng {names}, số liệu dùng để tính nó, chưa được báo cáo: chỉ nó mới cho biết có gì để đếm hay không"),
        (Lang::Vi, false) => format!("`{metric}` được báo cáo là `{written}` nhưng {names}, các số liệu dùng để tính nó, chưa được báo cáo: chỉ chúng mới cho biết có gì để đếm hay không"),
    };
    text.push_str(&invalid_targets(targets, lang));
    text
}

/// ` (targets `a`, `b` are invalid)`, or nothing without targets.
fn invalid_targets(targets: &[String], lang: Lang) -> String {
    if targets.is_empty() {
        return String::new();
    }
    let ids = quoted(targets);
    match (lang, targets.len() == 1) {
        (Lang::En, true) => format!(" (target {ids} is invalid)"),
        (Lang::En, false) => format!(" (targets {ids} are invalid)"),
        (Lang::Vi, true) => format!(" (chỉ tiêu {ids} không hợp lệ)"),
        (Lang::Vi, false) => format!(" (các chỉ tiêu {ids} không hợp lệ)"),
    }
}

pub(super) fn na_for_count_hint(lang: Lang) -> String {
    lang.pick("write 0 when there is nothing to count; what a zero earns is the plan's to say (its `not_applicable` rule where a share divides by it), not the unit's",
        "ghi 0 khi không có gì để đếm; số 0 được bao nhiêu điểm là do kế hoạch quyết định (quy tắc `not_applicable` khi một tỷ lệ chia cho nó), không phải do đơn vị",
    )
}

pub(super) fn na_refused_hint(lang: Lang) -> String {
    lang.pick("report the value; a unit may write `n/a` only for targets whose plan says `not_applicable` (on the target or as its `default`), and never where it says `not_applicable never`",
        "báo cáo giá trị; đơn vị chỉ được ghi `n/a` cho những chỉ tiêu mà kế hoạch ghi `not_applicable` (ở chỉ tiêu hoặc ở `default`), và không bao giờ ở chỉ tiêu ghi `not_applicable never`",
    )
}
