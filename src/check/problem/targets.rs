//! Targets: targets on one metric that repeat or contradict each other,
//! conditions no value meets, tiers that disagree with their target, and the
//! plan's period and due dates.

use chrono::NaiveDate;

use crate::diagnostic::{Code, Describe};
use crate::i18n::quoted;
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetProblem {
    /// A target with the same condition as an earlier one on its metric.
    DuplicateTarget {
        earlier: String,
        metric: String,
    },
    /// A target no value can meet together with an earlier one: both
    /// conditions as the plan writes them.
    Contradiction {
        metric: String,
        earlier: String,
        later: String,
    },
    /// A range written high end first: its ends as written.
    ReversedRange {
        low: String,
        high: String,
    },
    /// A condition no value of the metric's type can meet, as written.
    NeverMet {
        metric: String,
        written: String,
        ty: MetricType,
    },
    /// A tier (as written) that pays for values failing the target's
    /// condition (`expected`); `inherited` when the tiers came from the plan
    /// this one extends.
    TierPaysFailure {
        tier: String,
        id: String,
        expected: String,
        values: Vec<String>,
        inherited: bool,
    },
    /// Values that meet the target's condition but earn no tier.
    TiersMissValues {
        id: String,
        expected: String,
        values: Vec<String>,
        inherited: bool,
    },
    PeriodReversed {
        start: NaiveDate,
        end: NaiveDate,
    },
    /// A date (a threshold, or a due date) outside the plan's period.
    DateOutsidePeriod {
        due: bool,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// An inherited task due outside this plan's period.
    InheritedDueOutsidePeriod {
        id: String,
        due: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// A task without a due date in a plan without a period.
    NoDeadline {
        id: String,
    },
}

impl Describe for TargetProblem {
    fn code(&self) -> Code {
        match self {
            TargetProblem::DuplicateTarget { .. } => Code::DuplicateTarget,
            TargetProblem::Contradiction { .. } => Code::Contradiction,
            TargetProblem::ReversedRange { .. } | TargetProblem::NeverMet { .. } => {
                Code::EmptyRange
            }
            TargetProblem::TierPaysFailure { .. } => Code::TierPaysFailure,
            TargetProblem::TiersMissValues { .. } => Code::TiersMissValues,
            TargetProblem::PeriodReversed { .. } => Code::PeriodReversed,
            TargetProblem::DateOutsidePeriod { .. }
            | TargetProblem::InheritedDueOutsidePeriod { .. } => Code::DeadlineOutsidePeriod,
            TargetProblem::NoDeadline { .. } => Code::NoDeadline,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        let date = |d: &NaiveDate| lang.date(*d);
        match (self, lang) {
            (TargetProblem::DuplicateTarget { earlier, metric }, En) => {
                format!("this target repeats `{earlier}` on `{metric}`")
            }
            (TargetProblem::DuplicateTarget { earlier, metric }, Vi) => {
                format!("chỉ tiêu này lặp lại `{earlier}` trên `{metric}`")
            }
            (
                TargetProblem::Contradiction {
                    metric,
                    earlier,
                    later,
                },
                En,
            ) => format!("no value of `{metric}` can meet both `{earlier}` and `{later}`"),
            (
                TargetProblem::Contradiction {
                    metric,
                    earlier,
                    later,
                },
                Vi,
            ) => format!("không giá trị nào của `{metric}` thỏa cả `{earlier}` lẫn `{later}`"),
            (TargetProblem::ReversedRange { .. }, _) => lang.pick(
                "this range is empty: its low end is above its high end",
                "khoảng này rỗng: đầu dưới lớn hơn đầu trên",
            ),
            (
                TargetProblem::NeverMet {
                    metric,
                    written,
                    ty,
                },
                _,
            ) => {
                let why = never_met_because(lang, *ty);
                match lang {
                    En => format!("no value of `{metric}` can meet `{written}`: {why}"),
                    Vi => format!("không giá trị nào của `{metric}` đạt được `{written}`: {why}"),
                }
            }
            (
                TargetProblem::TierPaysFailure {
                    tier,
                    id,
                    expected,
                    values,
                    ..
                },
                En,
            ) => format!(
                "tier `{tier}` of `{id}` pays points for values that fail `{expected}`: {}",
                quoted(values)
            ),
            (
                TargetProblem::TierPaysFailure {
                    tier,
                    id,
                    expected,
                    values,
                    ..
                },
                Vi,
            ) => format!(
                "bậc `{tier}` của `{id}` cho điểm cả những giá trị không đạt `{expected}`: {}",
                quoted(values)
            ),
            (
                TargetProblem::TiersMissValues {
                    id,
                    expected,
                    values,
                    ..
                },
                En,
            ) => format!(
                "values that meet `{expected}` earn nothing from the tiers of `{id}`: {}",
                quoted(values)
            ),
            (
                TargetProblem::TiersMissValues {
                    id,
                    expected,
                    values,
                    ..
                },
                Vi,
            ) => format!(
                "những giá trị đạt `{expected}` không được điểm ở bậc nào của `{id}`: {}",
                quoted(values)
            ),
            (TargetProblem::PeriodReversed { start, end }, En) => format!(
                "the period ends on {} before it starts on {}",
                date(end),
                date(start)
            ),
            (TargetProblem::PeriodReversed { start, end }, Vi) => format!(
                "kỳ kết thúc ngày {} trước khi bắt đầu ngày {}",
                date(end),
                date(start)
            ),
            (
                TargetProblem::DateOutsidePeriod {
                    due,
                    date: d,
                    start,
                    end,
                },
                _,
            ) => {
                let what = match (lang, due) {
                    (En, false) => "date",
                    (En, true) => "due date",
                    (Vi, false) => "ngày",
                    (Vi, true) => "hạn",
                };
                let (d, start, end) = (date(d), date(start), date(end));
                match lang {
                    En => format!("{what} {d} is outside the plan period {start} .. {end}"),
                    Vi => format!("{what} {d} nằm ngoài kỳ kế hoạch {start} .. {end}"),
                }
            }
            (
                TargetProblem::InheritedDueOutsidePeriod {
                    id,
                    due,
                    start,
                    end,
                },
                _,
            ) => {
                let (due, start, end) = (date(due), date(start), date(end));
                match lang {
                    En => format!(
                        "inherited task `{id}` is due {due}, outside the plan period {start} .. {end}"
                    ),
                    Vi => format!(
                        "nhiệm vụ kế thừa `{id}` có hạn {due}, nằm ngoài kỳ kế hoạch {start} .. {end}"
                    ),
                }
            }
            (TargetProblem::NoDeadline { id }, En) => {
                format!("task `{id}` has no due date and the plan has no period")
            }
            (TargetProblem::NoDeadline { id }, Vi) => {
                format!("nhiệm vụ `{id}` không có hạn và kế hoạch không có kỳ")
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            TargetProblem::DuplicateTarget { .. } => (
                "same condition as an earlier target",
                "cùng điều kiện với một chỉ tiêu trước",
            ),
            TargetProblem::Contradiction { .. } => (
                "contradicts an earlier target",
                "mâu thuẫn với một chỉ tiêu trước",
            ),
            TargetProblem::ReversedRange { .. } => (
                "no value lies in this range",
                "không giá trị nào nằm trong khoảng này",
            ),
            TargetProblem::NeverMet { .. } => ("never met", "không bao giờ đạt"),
            TargetProblem::TierPaysFailure { .. } => (
                "pays for values that fail the target",
                "cho điểm cả giá trị không đạt chỉ tiêu",
            ),
            TargetProblem::TiersMissValues { .. } => (
                "no tier pays for some values that meet the target",
                "có giá trị đạt chỉ tiêu mà không bậc nào cho điểm",
            ),
            TargetProblem::PeriodReversed { .. } => ("end date", "ngày kết thúc"),
            TargetProblem::DateOutsidePeriod { .. } => ("outside the period", "ngoài kỳ"),
            TargetProblem::InheritedDueOutsidePeriod { .. } | TargetProblem::NoDeadline { .. } => {
                return None
            }
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        let (en, vi) = match (self, lang) {
            (TargetProblem::DuplicateTarget { .. }, _) => (
                "remove one of them; their points would count twice",
                "bỏ một trong hai; điểm của chúng sẽ bị tính hai lần",
            ),
            (TargetProblem::Contradiction { .. }, _) => {
                ("correct one of the thresholds", "sửa một trong các ngưỡng")
            }
            (TargetProblem::ReversedRange { low, high }, En) => {
                return Some(format!("write the low end first: `in {high}..{low}`"))
            }
            (TargetProblem::ReversedRange { low, high }, Vi) => {
                return Some(format!("viết đầu dưới trước: `in {high}..{low}`"))
            }
            (TargetProblem::NeverMet { .. }, _) => (
                "write a threshold that some value of the metric can meet",
                "viết một ngưỡng mà có giá trị của chỉ số đạt được",
            ),
            (
                TargetProblem::TierPaysFailure {
                    id,
                    expected,
                    inherited: true,
                    ..
                }
                | TargetProblem::TiersMissValues {
                    id,
                    expected,
                    inherited: true,
                    ..
                },
                _,
            ) => return Some(inherited_tiers(lang, id, expected)),
            (TargetProblem::TierPaysFailure { expected, .. }, En) => {
                return Some(format!(
                "move the tier's threshold within `{expected}`, or change the target's threshold"
            ))
            }
            (TargetProblem::TierPaysFailure { expected, .. }, Vi) => {
                return Some(format!(
                    "đưa ngưỡng của bậc vào trong `{expected}`, hoặc sửa ngưỡng của chỉ tiêu"
                ))
            }
            (TargetProblem::TiersMissValues { .. }, _) => (
                "add a tier that pays for these values, or widen a tier to the target's threshold",
                "thêm một bậc cho điểm những giá trị này, hoặc nới một bậc tới ngưỡng của chỉ tiêu",
            ),
            (TargetProblem::PeriodReversed { .. }, _) => (
                "write the start date first: `period START .. END`",
                "viết ngày bắt đầu trước: `period BẮT_ĐẦU .. KẾT_THÚC`",
            ),
            (TargetProblem::DateOutsidePeriod { .. }, _) => (
                "check the year and month; a date outside the period is rarely meant",
                "kiểm tra năm và tháng; hiếm khi ngày nằm ngoài kỳ là có chủ ý",
            ),
            (TargetProblem::InheritedDueOutsidePeriod { id, .. }, En) => {
                return Some(format!(
                    "give it a new date (`override {id} due ...`) or `drop {id}`"
                ))
            }
            (TargetProblem::InheritedDueOutsidePeriod { id, .. }, Vi) => {
                return Some(format!(
                    "đặt hạn mới (`override {id} due ...`) hoặc bỏ nó (`drop {id}`)"
                ))
            }
            (TargetProblem::NoDeadline { .. }, _) => (
                "add `due YYYY-MM-DD` to the task or a `period` to the plan",
                "thêm `due YYYY-MM-DD` vào nhiệm vụ hoặc `period` vào kế hoạch",
            ),
        };
        Some(lang.pick(en, vi))
    }
}

/// Why no value of a metric of this type meets a condition.
fn never_met_because(lang: Lang, ty: MetricType) -> String {
    let (en, vi) = match ty {
        MetricType::Ratio => (
            "a share of a whole lies within 0%..100%",
            "tỷ lệ trên tổng số chỉ nằm trong 0%..100%",
        ),
        MetricType::Count => (
            "a count is a whole number, 0 or more",
            "số đếm là số nguyên, từ 0 trở lên",
        ),
        MetricType::Minutes | MetricType::Days | MetricType::WorkingDays | MetricType::Money => (
            "durations and amounts are 0 or more",
            "thời gian và số tiền từ 0 trở lên",
        ),
        MetricType::Date => ("dates are whole days", "ngày là số ngày nguyên"),
        _ => ("no number lies there", "không có số nào nằm trong đó"),
    };
    lang.pick(en, vi)
}

/// The hint of tiers that came from the plan this one extends.
fn inherited_tiers(lang: Lang, id: &str, expected: &str) -> String {
    match lang {
        Lang::En => format!(
            "the tiers come from the plan this one extends; give `{id}` tiers that fit `{expected}` (`override {id} scoring tiers ...`)"
        ),
        Lang::Vi => format!(
            "các bậc lấy từ kế hoạch được mở rộng; hãy cho `{id}` các bậc khớp với `{expected}` (`override {id} scoring tiers ...`)"
        ),
    }
}
