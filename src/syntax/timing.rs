//! The clauses that say when a target or task is judged (issue 16):
//! `every year|half|quarter|month`, a window `from DATE` or `during DATE ..
//! DATE`, and `cumulative`. Kept apart from `ast` so the parts of the time
//! design stay in files of their own.

use crate::i18n::Lang;
use crate::span::Spanned;

use super::ast::Literal;

/// `every year`: the target is judged in each period of this length, the
/// task's due date repeats in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Recurrence {
    Year,
    Half,
    Quarter,
    Month,
}

impl Recurrence {
    pub const ALL: [Recurrence; 4] = [
        Recurrence::Year,
        Recurrence::Half,
        Recurrence::Quarter,
        Recurrence::Month,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            Recurrence::Year => "year",
            Recurrence::Half => "half",
            Recurrence::Quarter => "quarter",
            Recurrence::Month => "month",
        }
    }

    /// Its length in months.
    pub fn months(self) -> u32 {
        match self {
            Recurrence::Year => 12,
            Recurrence::Half => 6,
            Recurrence::Quarter => 3,
            Recurrence::Month => 1,
        }
    }

    /// `year` (`năm`): the keyword in English, its word in Vietnamese.
    pub fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (_, Lang::En) => self.keyword(),
            (Recurrence::Year, Lang::Vi) => "năm",
            (Recurrence::Half, Lang::Vi) => "nửa năm",
            (Recurrence::Quarter, Lang::Vi) => "quý",
            (Recurrence::Month, Lang::Vi) => "tháng",
        }
    }

    /// `each year` (`mỗi năm`), for messages and reports.
    pub fn each(self, lang: Lang) -> &'static str {
        let (en, vi) = (
            match self {
                Recurrence::Year => "each year",
                Recurrence::Half => "each half-year",
                Recurrence::Quarter => "each quarter",
                Recurrence::Month => "each month",
            },
            match self {
                Recurrence::Year => "mỗi năm",
                Recurrence::Half => "mỗi nửa năm",
                Recurrence::Quarter => "mỗi quý",
                Recurrence::Month => "mỗi tháng",
            },
        );
        match lang {
            Lang::En => en,
            Lang::Vi => vi,
        }
    }
}

/// The dates within which a target or task is judged.
#[derive(Debug, Clone, PartialEq)]
pub enum Window {
    /// `from DATE`: from that day to the end of the plan's period.
    From(Spanned<Literal>),
    /// `during DATE .. DATE`: both days included.
    During(Spanned<Literal>, Spanned<Literal>),
}

impl Window {
    /// The clause's keyword.
    pub fn keyword(&self) -> &'static str {
        match self {
            Window::From(_) => "from",
            Window::During(..) => "during",
        }
    }
}
