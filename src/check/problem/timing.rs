//! What is wrong with when a target or task is judged: `every`, a window
//! (`from`, `during`) and `cumulative` (issue 16).

use chrono::NaiveDate;

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::{LiteralKind, MetricType};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimingProblem {
    /// A window's bound that is not a date (`from 2026`).
    WindowNotDate {
        keyword: &'static str,
        literal: LiteralKind,
    },
    /// `during B .. A` with B after A.
    WindowReversed { start: NaiveDate, end: NaiveDate },
    /// A window that does not lie within the plan's period.
    WindowOutsidePeriod {
        start: NaiveDate,
        end: Option<NaiveDate>,
        plan: (NaiveDate, NaiveDate),
    },
    /// `cumulative` on a metric whose values do not add up.
    CumulativeNotAdditive {
        metric: String,
        /// Its type; `None` for a derived metric without one.
        ty: Option<MetricType>,
        derived: bool,
    },
    /// `cumulative` on a task: a date is not summed.
    CumulativeTask { id: String },
    /// A recurrence longer than the plan's period (or the window): no
    /// whole period of it is ever evaluated.
    RecurrenceLongerThanPeriod { every: &'static str },
    /// A milestone after the target's window ends: never judged.
    MilestoneAfterWindow {
        id: String,
        by: NaiveDate,
        end: NaiveDate,
    },
}

impl Describe for TimingProblem {
    fn code(&self) -> Code {
        match self {
            TimingProblem::WindowNotDate { .. } => Code::WindowNotDate,
            TimingProblem::WindowReversed { .. } => Code::WindowReversed,
            TimingProblem::WindowOutsidePeriod { .. } => Code::WindowOutsidePeriod,
            TimingProblem::CumulativeNotAdditive { .. } => Code::CumulativeNotAdditive,
            TimingProblem::CumulativeTask { .. } => Code::CumulativeTask,
            TimingProblem::RecurrenceLongerThanPeriod { .. } => Code::RecurrenceLongerThanPeriod,
            TimingProblem::MilestoneAfterWindow { .. } => Code::MilestoneAfterWindow,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        let date = |d: &NaiveDate| lang.date(*d);
        match (self, lang) {
            (TimingProblem::WindowNotDate { keyword, literal }, En) => {
                format!("`{keyword}` takes a date, not {}", literal.describe(lang))
            }
            (TimingProblem::WindowNotDate { keyword, literal }, Vi) => {
                format!("`{keyword}` cần một ngày, không phải {}", literal.describe(lang))
            }
            (TimingProblem::WindowReversed { start, end }, En) => {
                format!("the window ends on {} before it starts on {}", date(end), date(start))
            }
            (TimingProblem::WindowReversed { start, end }, Vi) => format!(
                "khoảng thời gian kết thúc ngày {} trước khi bắt đầu ngày {}",
                date(end),
                date(start)
            ),
            (TimingProblem::WindowOutsidePeriod { start, end, plan }, _) => {
                // `from DATE` runs to the plan's end: say so, not a lone day.
                let window = match (end, lang) {
                    (Some(end), _) => format!("{} .. {}", date(start), date(end)),
                    (None, En) => format!("from {} to the plan's end", date(start)),
                    (None, Vi) => format!("từ {} đến hết kỳ kế hoạch", date(start)),
                };
                let (a, b) = (date(&plan.0), date(&plan.1));
                match lang {
                    En => format!("the window {window} is not within the plan period {a} .. {b}"),
                    Vi => format!(
                        "khoảng thời gian {window} không nằm trong kỳ kế hoạch {a} .. {b}"
                    ),
                }
            }
            (
                TimingProblem::CumulativeNotAdditive {
                    metric,
                    ty,
                    derived,
                },
                _,
            ) => {
                let what = match (derived, ty) {
                    (true, _) => lang.pick("a derived metric", "một chỉ số suy ra"),
                    (false, Some(ty)) => match lang {
                        En => format!("a `{}`", ty.keyword()),
                        Vi => format!("kiểu `{}`", ty.keyword()),
                    },
                    (false, None) => lang.pick("of no known type", "không rõ kiểu"),
                };
                match lang {
                    En => format!(
                        "`{metric}` is {what}: its values over several periods do not add up"
                    ),
                    Vi => format!(
                        "`{metric}` là {what}: giá trị của nhiều kỳ không cộng dồn được"
                    ),
                }
            }
            (TimingProblem::CumulativeTask { id }, En) => {
                format!("task `{id}` cannot be cumulative: a date is not summed")
            }
            (TimingProblem::CumulativeTask { id }, Vi) => {
                format!("nhiệm vụ `{id}` không cộng dồn được: ngày không cộng được")
            }
            (TimingProblem::RecurrenceLongerThanPeriod { every }, En) => format!(
                "`every {every}`: the plan period (or the window) holds no whole {every}"
            ),
            (TimingProblem::MilestoneAfterWindow { id, by, end }, En) => format!(
                "`{id}` is due by {} but its window ends on {}: it is never judged",
                date(by),
                date(end)
            ),
            (TimingProblem::MilestoneAfterWindow { id, by, end }, Vi) => format!(
                "`{id}` đến hạn từ {} nhưng khoảng thời gian của nó kết thúc ngày {}: không bao giờ được đánh giá",
                date(by),
                date(end)
            ),
            (TimingProblem::RecurrenceLongerThanPeriod { every }, Vi) => format!(
                "`every {every}`: kỳ kế hoạch (hoặc khoảng thời gian) không chứa trọn một kỳ lặp lại"
            ),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            TimingProblem::WindowNotDate { .. } => (
                "write a date: `from 2026-01-01`",
                "ghi một ngày: `from 2026-01-01`",
            ),
            TimingProblem::WindowReversed { .. } => (
                "write the earlier date first: `during 2026-01-01 .. 2027-12-31`",
                "ghi ngày sớm hơn trước: `during 2026-01-01 .. 2027-12-31`",
            ),
            TimingProblem::WindowOutsidePeriod { .. } => (
                "a target is only evaluated within the plan's period: check the year",
                "chỉ tiêu chỉ được đánh giá trong kỳ kế hoạch: kiểm tra lại năm",
            ),
            TimingProblem::CumulativeNotAdditive { .. } => (
                "only a `count` or `money` adds up over periods; make the target cumulative on the counts, and compute the share from them",
                "chỉ `count` hoặc `money` cộng dồn được qua các kỳ; đặt chỉ tiêu cộng dồn trên các số đếm, rồi tính tỷ lệ từ chúng",
            ),
            TimingProblem::CumulativeTask { .. } => (
                "remove `cumulative`; `every year` repeats a task's due date",
                "bỏ `cumulative`; `every year` lặp lại hạn của nhiệm vụ",
            ),
            TimingProblem::MilestoneAfterWindow { .. } => (
                "move the milestone into the window, or widen the window",
                "dời mốc vào trong khoảng thời gian, hoặc mở rộng khoảng",
            ),
            TimingProblem::RecurrenceLongerThanPeriod { .. } => (
                "use a shorter recurrence, or remove `every`",
                "dùng chu kỳ ngắn hơn, hoặc bỏ `every`",
            ),
        };
        Some(lang.pick(en, vi))
    }
}
