//! The words of problems with the period measurements say they cover.

use chrono::NaiveDate;

use crate::i18n::Lang;

pub(super) fn unreadable(period: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("`{period}` is not a period"),
        Lang::Vi => format!("`{period}` không phải là một kỳ"),
    }
}

/// Measurements of a period wholly (or `partly`) outside the plan's.
pub(super) fn outside(
    (start, end): (NaiveDate, NaiveDate),
    (plan_start, plan_end): (NaiveDate, NaiveDate),
    partly: bool,
    lang: Lang,
) -> String {
    let [start, end, plan_start, plan_end] =
        [start, end, plan_start, plan_end].map(|d| lang.date(d));
    match (lang, partly) {
        (Lang::En, false) => format!(
            "the measurements cover {start} .. {end}, outside the plan period {plan_start} .. {plan_end}"
        ),
        (Lang::En, true) => format!(
            "the measurements cover {start} .. {end}, partly outside the plan period {plan_start} .. {plan_end}"
        ),
        (Lang::Vi, false) => format!(
            "số liệu thuộc kỳ {start} .. {end}, nằm ngoài kỳ kế hoạch {plan_start} .. {plan_end}"
        ),
        (Lang::Vi, true) => format!(
            "số liệu thuộc kỳ {start} .. {end}, nằm một phần ngoài kỳ kế hoạch {plan_start} .. {plan_end}"
        ),
    }
}

pub(super) fn unreadable_hint(lang: Lang) -> String {
    lang.pick("write `2025-07-01..2025-12-31`, `2025-H2`, `2025-Q3`, `2025-10` (or `10/2025`) or `2025`; values of a period that cannot be read are not scored",
        "viết `2025-07-01..2025-12-31`, `2025-H2`, `2025-Q3`, `2025-10` (hoặc `10/2025`) hoặc `2025`; giá trị của kỳ không đọc được thì không được chấm điểm",
    )
}

/// What to do about measurements of a period wholly (or `partly`) outside
/// the plan's.
pub(super) fn outside_hint(partly: bool, lang: Lang) -> String {
    if partly {
        lang.pick(
            "the values are scored; check that they are the plan period's",
            "các giá trị vẫn được chấm điểm; hãy kiểm tra chúng có đúng của kỳ kế hoạch không",
        )
    } else {
        lang.pick("values of another period are not scored against this plan; check that the file and the plan are of the same period",
            "giá trị của kỳ khác không được chấm điểm theo kế hoạch này; hãy kiểm tra tệp và kế hoạch có cùng kỳ không",
        )
    }
}
