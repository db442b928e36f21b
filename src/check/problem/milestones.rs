//! Milestones (`by DATE`): a date that is not one, one outside the plan's
//! period, an inherited one that the plan's period leaves behind or never
//! reaches, and `by` where a task has a due date instead.

use chrono::NaiveDate;

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::LiteralKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MilestoneProblem {
    /// `by` followed by a value that is not a date.
    NotDate { literal: LiteralKind },
    /// A milestone written in this plan outside its period.
    OutsidePeriod {
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// An inherited milestone outside this plan's period: before it (`past`:
    /// judged in every period) or after it (never due in this plan).
    InheritedOutside {
        id: String,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
        past: bool,
    },
    /// `override TASK by DATE`: a task is due by its `due` date.
    OnTask { id: String },
}

impl Describe for MilestoneProblem {
    fn code(&self) -> Code {
        match self {
            MilestoneProblem::NotDate { .. } => Code::MilestoneNotDate,
            MilestoneProblem::OutsidePeriod { .. } => Code::MilestoneOutsidePeriod,
            MilestoneProblem::InheritedOutside { .. } => Code::InheritedMilestoneOutside,
            MilestoneProblem::OnTask { .. } => Code::MilestoneOnTask,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        let date = |d: &NaiveDate| lang.date(*d);
        match (self, lang) {
            (MilestoneProblem::NotDate { literal }, En) => format!(
                "a milestone (`by`) must be a date, not {}",
                literal.describe(lang)
            ),
            (MilestoneProblem::NotDate { literal }, Vi) => format!(
                "mốc (`by`) phải là một ngày, không phải {}",
                literal.describe(lang)
            ),
            (
                MilestoneProblem::OutsidePeriod {
                    date: d,
                    start,
                    end,
                },
                En,
            ) => format!(
                "milestone {} lies outside the plan period {} .. {}",
                date(d),
                date(start),
                date(end)
            ),
            (
                MilestoneProblem::OutsidePeriod {
                    date: d,
                    start,
                    end,
                },
                Vi,
            ) => format!(
                "mốc {} nằm ngoài kỳ kế hoạch {} .. {}",
                date(d),
                date(start),
                date(end)
            ),
            (
                MilestoneProblem::InheritedOutside {
                    id,
                    date: d,
                    start,
                    end,
                    past,
                },
                _,
            ) => {
                let (d, start, end) = (date(d), date(start), date(end));
                match (lang, past) {
                    (En, true) => format!(
                        "inherited milestone of `{id}` ({d}) is before the plan period {start} .. {end}: it is past, and judged in every period"
                    ),
                    (En, false) => format!(
                        "inherited milestone of `{id}` ({d}) is after the plan period {start} .. {end}: it is never due in this plan"
                    ),
                    (Vi, true) => format!(
                        "mốc kế thừa của `{id}` ({d}) trước kỳ kế hoạch {start} .. {end}: đã qua, được đánh giá ở mọi kỳ"
                    ),
                    (Vi, false) => format!(
                        "mốc kế thừa của `{id}` ({d}) sau kỳ kế hoạch {start} .. {end}: không bao giờ đến hạn trong kế hoạch này"
                    ),
                }
            }
            (MilestoneProblem::OnTask { id }, En) => {
                format!("`{id}` is a task: it is due by its `due` date, not `by`")
            }
            (MilestoneProblem::OnTask { id }, Vi) => {
                format!("`{id}` là nhiệm vụ: hạn của nó là `due`, không phải `by`")
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            MilestoneProblem::NotDate { .. } => ("not a date", "không phải ngày"),
            MilestoneProblem::OutsidePeriod { .. } => ("outside the period", "ngoài kỳ"),
            MilestoneProblem::InheritedOutside { past: true, .. } => ("past", "đã qua"),
            MilestoneProblem::InheritedOutside { past: false, .. } => {
                ("never due", "không đến hạn")
            }
            MilestoneProblem::OnTask { .. } => ("a task", "nhiệm vụ"),
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        Some(match (self, lang) {
            (MilestoneProblem::NotDate { .. }, _) => {
                lang.pick("write `by YYYY-MM-DD`", "viết `by YYYY-MM-DD`")
            }
            (MilestoneProblem::OutsidePeriod { .. }, _) => lang.pick(
                "a milestone falls within the plan's period; correct the date or the `period`",
                "mốc phải nằm trong kỳ kế hoạch; sửa ngày hoặc `period`",
            ),
            (MilestoneProblem::InheritedOutside { id, .. }, En) => {
                format!("give it a new date (`override {id} by ...`) or `drop {id}`")
            }
            (MilestoneProblem::InheritedOutside { id, .. }, Vi) => {
                format!("đặt mốc mới (`override {id} by ...`) hoặc bỏ nó (`drop {id}`)")
            }
            (MilestoneProblem::OnTask { id }, _) => format!("`override {id} due YYYY-MM-DD`"),
        })
    }
}
