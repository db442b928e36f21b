//! Values that cannot be used for their metric: why, from the value as
//! written (`written`, quoted as it stands in the file).

use super::words::{pick, type_name};
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::measure::exact::Inexact;
use crate::measure::notation::Notation;
use crate::syntax::ast::MetricType;

/// The value of `metric` cannot be used, for a reason of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnusableValue {
    pub metric: String,
    pub why: ValueProblem,
    /// How the file writes values: the hint's examples are written so.
    pub notation: Notation,
}

impl Describe for UnusableValue {
    fn code(&self) -> Code {
        self.why.code()
    }

    fn message(&self, lang: Lang) -> String {
        format!("`{}`: {}", self.metric, self.why.message(lang))
    }

    fn label(&self, lang: Lang) -> Option<String> {
        Some(lang.pick("cannot be used", "không dùng được"))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(self.why.hint_in(lang, self.notation))
    }
}

/// A CSV or JSON number written as a program writes a binary float
/// (`written`), read at 15 significant digits as a spreadsheet shows it
/// (`read`); see `measure::shown_digits`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FloatNoise {
    pub written: String,
    pub read: String,
}

impl Describe for FloatNoise {
    fn code(&self) -> Code {
        Code::NumberShownRounded
    }

    fn message(&self, lang: Lang) -> String {
        let FloatNoise { written, read } = self;
        match lang {
            Lang::En => format!(
                "`{written}` is a binary float's noise: read as `{read}`, as a spreadsheet shows it (15 significant digits)"
            ),
            Lang::Vi => format!(
                "`{written}` là sai số của số thực nhị phân: đọc là `{read}`, như bảng tính hiển thị (15 chữ số có nghĩa)"
            ),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let read = &self.read;
        Some(match lang {
            Lang::En => format!("read as `{read}`"),
            Lang::Vi => format!("đọc là `{read}`"),
        })
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let read = &self.read;
        Some(match lang {
            Lang::En => format!("write `{read}`: round the value where the file is made"),
            Lang::Vi => format!("ghi `{read}`: làm tròn giá trị ở nơi tạo tệp"),
        })
    }
}

/// Why a value cannot be used, whatever its metric's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueProblem {
    /// Not a value of `ty` at all.
    NotA {
        written: String,
        ty: MetricType,
    },
    /// One comma that may separate thousands or decimals: the value read
    /// each way, as it would be written without doubt.
    Ambiguous {
        written: String,
        thousands: String,
        decimals: String,
    },
    NotInCalendar {
        written: String,
    },
    DateWithoutYear {
        written: String,
    },
    /// A value of another kind than the metric's type.
    WrongKind {
        written: String,
        kind: Kind,
        ty: MetricType,
    },
    /// A count with a fractional part.
    NotWhole {
        written: String,
    },
    /// A ratio outside 0..1; `bare` when it was written without `%` and
    /// lies within 0..100 (a percent without its sign, most likely).
    RatioOutside {
        written: String,
        bare: bool,
    },
    NegativeCount {
        written: String,
    },
    /// A duration or an amount below zero.
    Negative {
        written: String,
    },
    /// A value too large once scaled by its unit of measure (`5 tỷ đồng`).
    ScaledTooLarge {
        written: String,
        unit: String,
    },
    /// A number that a decimal cannot hold exactly (it is never rounded).
    Inexact {
        written: String,
        why: Inexact,
    },
    /// A spreadsheet cell that holds no value.
    CellError {
        fault: CellFault,
    },
}

/// What a spreadsheet cell that holds no value holds instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellFault {
    /// The spreadsheet's error, such as `#DIV/0!`.
    Error(String),
    /// A date cell whose number makes no date.
    UnreadableDate,
}

/// What a value was written as, when that is not its metric's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    YesNo,
    Date,
    DateTime,
    Time,
    DayMonth,
    Percent,
    Number,
    /// A number with the unit of a type (`12 phút`, `5000 VND`).
    Quantity(MetricType),
}

impl Kind {
    fn name(self, lang: Lang) -> String {
        let words = match self {
            Kind::YesNo => ("a yes/no value", "một giá trị có/không"),
            Kind::Date => ("a date", "một ngày"),
            Kind::DateTime => ("a date and time", "một ngày giờ"),
            Kind::Time => ("a time of day", "một giờ trong ngày"),
            Kind::DayMonth => (
                "a day and month without a year",
                "một ngày tháng không có năm",
            ),
            Kind::Percent => ("a percent", "một tỷ lệ phần trăm"),
            Kind::Number => ("a number", "một số"),
            Kind::Quantity(ty) => return type_name(ty, lang).to_string(),
        };
        pick(words, lang)
    }
}

impl ValueProblem {
    pub fn code(&self) -> Code {
        match self {
            ValueProblem::NotA { .. }
            | ValueProblem::Ambiguous { .. }
            | ValueProblem::NotInCalendar { .. }
            | ValueProblem::DateWithoutYear { .. } => Code::UnreadableValue,
            ValueProblem::WrongKind { .. } | ValueProblem::NotWhole { .. } => Code::WrongValueType,
            ValueProblem::RatioOutside { .. }
            | ValueProblem::NegativeCount { .. }
            | ValueProblem::Negative { .. }
            | ValueProblem::ScaledTooLarge { .. } => Code::ValueOutOfRange,
            ValueProblem::Inexact { .. } => Code::InexactValue,
            ValueProblem::CellError { .. } => Code::CellError,
        }
    }

    /// Why, after the metric's name; the value quoted is cut as a long
    /// line is (the reports say this without the diagnostic).
    pub fn message(&self, lang: Lang) -> String {
        crate::diagnostic::quoted::cut_long_quotes(self.said(lang))
    }

    fn said(&self, lang: Lang) -> String {
        match (self, lang) {
            (ValueProblem::NotA { written, ty }, Lang::En) => {
                format!("`{written}` is not {}", type_name(*ty, lang))
            }
            (ValueProblem::NotA { written, ty }, Lang::Vi) => match ty {
                MetricType::Number => format!("`{written}` không phải là số"),
                MetricType::Date => format!("`{written}` không phải là ngày"),
                _ => format!("`{written}` không phải {}", type_name(*ty, lang)),
            },
            (ValueProblem::Ambiguous { written, .. }, Lang::En) => format!(
                "`{written}` can be read two ways: its comma may separate thousands or decimals"
            ),
            (ValueProblem::Ambiguous { written, .. }, Lang::Vi) => format!(
                "`{written}` có thể đọc theo hai cách: dấu phẩy có thể là dấu phân cách hàng nghìn hoặc dấu thập phân"
            ),
            (ValueProblem::NotInCalendar { written }, Lang::En) => {
                format!("`{written}` is not a date in the calendar")
            }
            (ValueProblem::NotInCalendar { written }, Lang::Vi) => {
                format!("`{written}` không phải ngày có trong lịch")
            }
            (ValueProblem::DateWithoutYear { written }, Lang::En) => {
                format!("`{written}` is a date without a year")
            }
            (ValueProblem::DateWithoutYear { written }, Lang::Vi) => {
                format!("`{written}` là ngày không có năm")
            }
            (ValueProblem::WrongKind { written, kind, ty }, Lang::En) => format!(
                "`{written}` is {}, but the metric is {}",
                kind.name(lang),
                type_name(*ty, lang)
            ),
            (ValueProblem::WrongKind { written, kind, ty }, Lang::Vi) => format!(
                "`{written}` là {}, nhưng chỉ số là {}",
                kind.name(lang),
                type_name(*ty, lang)
            ),
            (ValueProblem::NotWhole { written }, Lang::En) => {
                format!("a count is a whole number, not `{written}`")
            }
            (ValueProblem::NotWhole { written }, Lang::Vi) => {
                format!("số đếm là số nguyên, không phải `{written}`")
            }
            (ValueProblem::RatioOutside { written, .. }, Lang::En) => {
                format!("a ratio of `{written}` is outside 0%..100%")
            }
            (ValueProblem::RatioOutside { written, .. }, Lang::Vi) => {
                format!("tỷ lệ `{written}` nằm ngoài 0%..100%")
            }
            (ValueProblem::NegativeCount { written }, Lang::En) => {
                format!("a count cannot be negative (`{written}`)")
            }
            (ValueProblem::NegativeCount { written }, Lang::Vi) => {
                format!("số đếm không thể âm (`{written}`)")
            }
            (ValueProblem::Negative { written }, Lang::En) => format!("`{written}` is negative"),
            (ValueProblem::Negative { written }, Lang::Vi) => format!("`{written}` là số âm"),
            (ValueProblem::ScaledTooLarge { written, unit }, Lang::En) => {
                format!("`{written} {unit}` is too large to hold exactly")
            }
            (ValueProblem::ScaledTooLarge { written, unit }, Lang::Vi) => {
                format!("`{written} {unit}` quá lớn để lưu chính xác")
            }
            (ValueProblem::Inexact { written, why }, _) => {
                let (en, vi) = match why {
                    Inexact::TooLarge => ("is too large to hold exactly", "quá lớn để lưu chính xác"),
                    Inexact::TooSmall => ("is too small to hold exactly", "quá nhỏ để lưu chính xác"),
                    Inexact::TooManyDigits => (
                        "has more digits than can be held exactly",
                        "có nhiều chữ số hơn mức lưu được chính xác",
                    ),
                };
                format!("`{written}` {}", lang.pick(en, vi))
            }
            (ValueProblem::CellError { fault }, _) => {
                let error = match fault {
                    CellFault::Error(error) => error.as_str(),
                    CellFault::UnreadableDate => match lang {
                        Lang::En => "an unreadable date",
                        Lang::Vi => "một ngày không đọc được",
                    },
                };
                match lang {
                    Lang::En => format!("the cell holds the error `{error}`"),
                    Lang::Vi => format!("ô chứa lỗi `{error}`"),
                }
            }
        }
    }

    /// What to do about it, with examples as the plan writes values.
    pub fn hint(&self, lang: Lang) -> String {
        self.hint_in(lang, Notation::DecimalPoint)
    }

    /// What to do about it, with examples as a file of `notation` writes
    /// values (`0.95` in JSON, `1,5` where numbers take a decimal comma).
    pub fn hint_in(&self, lang: Lang, notation: Notation) -> String {
        let words = match self {
            ValueProblem::NotA { ty, .. } | ValueProblem::WrongKind { ty, .. } => {
                let example = notation.example(*ty, lang);
                return match lang {
                    Lang::En => format!("report {example}"),
                    Lang::Vi => format!("báo cáo {example}"),
                };
            }
            ValueProblem::Ambiguous {
                thousands,
                decimals,
                ..
            } => {
                return match lang {
                    Lang::En => format!("write `{thousands}` or `{decimals}`, whichever is meant"),
                    Lang::Vi => format!("hãy viết `{thousands}` hoặc `{decimals}`, tùy theo ý muốn"),
                }
            }
            ValueProblem::NotInCalendar { .. } => (
                "dates are day first (`10/09/2025` is 10 September) or year-month-day",
                "ngày viết ngày trước (`10/09/2025` là 10 tháng 9) hoặc năm-tháng-ngày",
            ),
            ValueProblem::DateWithoutYear { .. } => (
                "write the year too, e.g. `10/09/2025`",
                "ghi cả năm, ví dụ `10/09/2025`",
            ),
            ValueProblem::NotWhole { .. } | ValueProblem::NegativeCount { .. } => {
                ("report how many there were", "báo cáo số lượng thực tế")
            }
            ValueProblem::RatioOutside {
                written,
                bare: true,
            } => {
                let meant = notation.percent_meant(written);
                return match lang {
                    Lang::En => format!(
                        "did you mean `{meant}`? a ratio is between 0 and 1, or 0% and 100%"
                    ),
                    Lang::Vi => format!(
                        "có phải ý bạn là `{meant}`? tỷ lệ nằm trong 0 đến 1, hoặc 0% đến 100%"
                    ),
                }
            }
            ValueProblem::RatioOutside { bare: false, .. } => (
                "a ratio lies between 0% and 100%",
                "tỷ lệ nằm trong khoảng 0% đến 100%",
            ),
            ValueProblem::Negative { .. } => (
                "durations and amounts are zero or more",
                "thời gian và số tiền phải từ 0 trở lên",
            ),
            ValueProblem::ScaledTooLarge { .. } => (
                "check the value and its unit of measure",
                "kiểm tra giá trị và đơn vị tính của nó",
            ),
            ValueProblem::Inexact {
                why: Inexact::TooLarge,
                ..
            } => (
                "numbers are held exactly up to 79228162514264337593543950335",
                "số được lưu chính xác đến 79228162514264337593543950335",
            ),
            ValueProblem::Inexact {
                why: Inexact::TooSmall,
                ..
            } => (
                "numbers are held exactly to 28 decimals and never rounded; write `0` if it is zero",
                "số được lưu chính xác đến 28 chữ số thập phân và không bao giờ bị làm tròn; ghi `0` nếu giá trị bằng 0",
            ),
            ValueProblem::Inexact {
                why: Inexact::TooManyDigits,
                ..
            } => (
                "numbers are held exactly to 28 decimals and never rounded; write it with fewer digits",
                "số được lưu chính xác đến 28 chữ số thập phân và không bao giờ bị làm tròn; hãy ghi với ít chữ số hơn",
            ),
            ValueProblem::CellError { .. } => (
                "correct the formula in the spreadsheet",
                "sửa công thức trong bảng tính",
            ),
        };
        pick(words, lang)
    }
}
