//! Problems of when a target is judged, met in evaluating (issue 16):
//! periods that a cumulative sum would count twice (E0765), and a recurring
//! target or task the evaluated period cannot judge (W0766).

use crate::diagnostic::Code;
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimingEvalProblem {
    /// Two periods a unit submitted overlap (`2026` and `2026-H1`): the
    /// cumulative target on `metric` is invalid rather than counted twice.
    PeriodsOverlap {
        target: String,
        metric: String,
        first: String,
        second: String,
    },
    /// The evaluated period is not one period of a recurring target's
    /// recurrence (a five-year submission for `every year`), or holds
    /// several of a recurring task's due dates: not judged.
    NotOnePeriod {
        target: String,
        period: String,
        every: &'static str,
    },
}

impl TimingEvalProblem {
    pub fn code(&self) -> Code {
        match self {
            TimingEvalProblem::PeriodsOverlap { .. } => Code::PeriodsOverlap,
            TimingEvalProblem::NotOnePeriod { .. } => Code::NotOneRecurrencePeriod,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                TimingEvalProblem::PeriodsOverlap {
                    target,
                    metric,
                    first,
                    second,
                },
                Lang::En,
            ) => format!(
                "the periods `{first}` and `{second}` overlap: the cumulative target `{target}` cannot sum `{metric}` without counting days twice"
            ),
            (
                TimingEvalProblem::PeriodsOverlap {
                    target,
                    metric,
                    first,
                    second,
                },
                Lang::Vi,
            ) => format!(
                "kỳ `{first}` và kỳ `{second}` chồng lên nhau: chỉ tiêu cộng dồn `{target}` không cộng `{metric}` được mà không tính trùng"
            ),
            (
                TimingEvalProblem::NotOnePeriod {
                    target,
                    period,
                    every,
                },
                Lang::En,
            ) => format!(
                "`{target}` is judged `every {every}`, and the period `{period}` is not one {every}: it is not judged"
            ),
            (
                TimingEvalProblem::NotOnePeriod {
                    target,
                    period,
                    every,
                },
                Lang::Vi,
            ) => format!(
                "`{target}` được đánh giá `every {every}`, mà kỳ `{period}` không phải một kỳ như vậy: không đánh giá"
            ),
        }
    }

    pub fn label(&self, lang: Lang) -> String {
        match self {
            TimingEvalProblem::PeriodsOverlap { .. } => lang.pick("overlaps", "chồng lên"),
            TimingEvalProblem::NotOnePeriod { .. } => {
                lang.pick("not one recurrence period", "không phải một kỳ lặp")
            }
        }
    }

    pub fn hint(&self, lang: Lang) -> String {
        match self {
            TimingEvalProblem::PeriodsOverlap { .. } => lang.pick(
                "submit periods that do not overlap (the years, or their halves, not both); the target is invalid until then",
                "nộp các kỳ không chồng lên nhau (các năm, hoặc các nửa năm, không cả hai); đến lúc đó chỉ tiêu không hợp lệ",
            ),
            TimingEvalProblem::NotOnePeriod { every, .. } => match lang {
                Lang::En => format!("evaluate each {every} on its own (`period` column `2026`, `2026-H1`, `2026-Q3`, `2026-08`); it counts neither for nor against the unit here"),
                Lang::Vi => format!("đánh giá riêng từng kỳ `{every}` (cột `period` ghi `2026`, `2026-H1`, `2026-Q3`, `2026-08`); ở đây chỉ tiêu không tính cho cũng không tính trừ đơn vị"),
            },
        }
    }
}
