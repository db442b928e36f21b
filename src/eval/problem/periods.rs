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

pub(super) fn unreadable_hint(period: &str, lang: Lang) -> String {
    if let Some(hint) = reversed_hint(period, lang) {
        return hint;
    }
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

/// A unit's readings of other periods than the one evaluated (W0760).
pub(super) fn others(unit: &str, evaluated: &str, others: &[String], lang: Lang) -> String {
    let list = others
        .iter()
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::En => format!(
            "`{unit}` is evaluated for `{evaluated}`: its readings of {list} are not scored for it"
        ),
        Lang::Vi => format!(
            "`{unit}` được đánh giá cho kỳ `{evaluated}`: số liệu của {list} không được chấm cho kỳ này"
        ),
    }
}

pub(super) fn others_hint(lang: Lang) -> String {
    lang.pick(
        "a unit is evaluated for one period: `--period P` chooses it, else the latest ending its readings name",
        "mỗi đơn vị được đánh giá cho một kỳ: `--period P` chọn kỳ đó, nếu không thì lấy kỳ kết thúc muộn nhất mà số liệu ghi",
    )
}

pub(super) fn option_hint(period: &str, lang: Lang) -> String {
    if let Some(hint) = reversed_hint(period, lang) {
        return hint;
    }
    lang.pick(
        "give a period within the plan's: `--period 2026`, `2026-H1`, `2026-Q3`, `2026-08` (or `08/2026`) or `2026-01-01..2026-06-30`",
        "ghi một kỳ nằm trong kỳ kế hoạch: `--period 2026`, `2026-H1`, `2026-Q3`, `2026-08` (hoặc `08/2026`) hoặc `2026-01-01..2026-06-30`",
    )
}

/// `--period` that cannot be read, or wholly outside the plan's period
/// (E0761).
pub(super) fn option_unusable(
    period: &str,
    plan: Option<(NaiveDate, NaiveDate)>,
    lang: Lang,
) -> String {
    match (plan, lang) {
        (None, Lang::En) => format!("`--period {period}` is not a period"),
        (None, Lang::Vi) => format!("`--period {period}` không phải là một kỳ"),
        (Some((start, end)), _) => {
            let (start, end) = (lang.date(start), lang.date(end));
            match lang {
                Lang::En => {
                    format!("`--period {period}` is not within the plan period {start} .. {end}")
                }
                Lang::Vi => {
                    format!("`--period {period}` không nằm trong kỳ kế hoạch {start} .. {end}")
                }
            }
        }
    }
}

/// A range whose first day is after its last (`2026-06-30..2026-01-01`):
/// the hint writes it the right way round.
fn reversed_hint(period: &str, lang: Lang) -> Option<String> {
    let (last, first) = crate::eval::period::reversed(period)?;
    Some(match lang {
        Lang::En => format!("the first day comes after the last: write the range from its first day, `{first}..{last}`"),
        Lang::Vi => format!("ngày đầu ở sau ngày cuối: hãy viết khoảng từ ngày đầu, `{first}..{last}`"),
    })
}
