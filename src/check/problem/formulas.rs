//! Formulas as methods write them: the functions a formula calls (`max`,
//! `min`, `round`) and its fallbacks (`a else b`), where they are misspelt,
//! given the wrong arguments or mix types.

use rust_decimal::Decimal;

use crate::check::types::describe_in;
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::{Function, MetricType};
use crate::syntax::problem::did_you_mean;

/// The most decimal places `round` takes.
pub const MAX_ROUND_PLACES: u32 = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormulaProblem {
    /// A call of a function there is not (`maxx(a, b)`, `avg(a, b)`).
    UnknownFunction {
        name: String,
        suggestion: Option<Function>,
    },
    /// A function given too few or too many arguments.
    Arity { function: Function, given: usize },
    /// Arguments of `max` or `min` of different types (a count and a ratio).
    ArgumentsDiffer {
        function: Function,
        first: MetricType,
        other: MetricType,
    },
    /// `round`'s decimal places not a whole number from 0 to 10, as written.
    RoundPlaces { written: String },
    /// Alternatives of `a else b` of different types.
    AlternativesDiffer {
        first: MetricType,
        other: MetricType,
    },
    /// A value a share's formula can give that the plan alone fixes (a
    /// fallback, an argument of `max` or `min`, a constant expression), as
    /// written, outside 0..100%: `value` is what it comes to.
    ConstantOutsideShare {
        metric: String,
        written: String,
        value: Decimal,
    },
}

impl Describe for FormulaProblem {
    fn code(&self) -> Code {
        match self {
            FormulaProblem::UnknownFunction { .. } => Code::UnknownFunction,
            FormulaProblem::Arity { .. } => Code::FunctionArity,
            FormulaProblem::ArgumentsDiffer { .. } => Code::ArgumentsDiffer,
            FormulaProblem::AlternativesDiffer { .. } => Code::AlternativesDiffer,
            FormulaProblem::RoundPlaces { .. } => Code::RoundPlaces,
            FormulaProblem::ConstantOutsideShare { .. } => Code::ConstantOutsideShare,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        let ty = |t: &MetricType| describe_in(*t, lang);
        match (self, lang) {
            (FormulaProblem::UnknownFunction { name, .. }, En) => {
                format!("formulas have no function `{name}`")
            }
            (FormulaProblem::UnknownFunction { name, .. }, Vi) => {
                format!("công thức không có hàm `{name}`")
            }
            (FormulaProblem::Arity { function, given }, En) => format!(
                "`{}` takes {}, not {given}",
                function.name(),
                takes(*function, lang)
            ),
            (FormulaProblem::Arity { function, given }, Vi) => format!(
                "`{}` nhận {}, không phải {given}",
                function.name(),
                takes(*function, lang)
            ),
            (
                FormulaProblem::ArgumentsDiffer {
                    function,
                    first,
                    other,
                },
                En,
            ) => format!(
                "`{}` of {} and {}: its arguments must be of one type",
                function.name(),
                ty(first),
                ty(other)
            ),
            (
                FormulaProblem::ArgumentsDiffer {
                    function,
                    first,
                    other,
                },
                Vi,
            ) => format!(
                "`{}` của {} và {}: các đối số phải cùng một kiểu",
                function.name(),
                ty(first),
                ty(other)
            ),
            (FormulaProblem::RoundPlaces { written }, En) => format!(
                "`round` takes a whole number of decimal places from 0 to {MAX_ROUND_PLACES}, not `{written}`"
            ),
            (FormulaProblem::RoundPlaces { written }, Vi) => format!(
                "`round` nhận số chữ số thập phân là số nguyên từ 0 đến {MAX_ROUND_PLACES}, không phải `{written}`"
            ),
            (FormulaProblem::AlternativesDiffer { first, other }, En) => format!(
                "`else` falls back from {} to {}: both sides must be of one type",
                ty(first),
                ty(other)
            ),
            (FormulaProblem::AlternativesDiffer { first, other }, Vi) => format!(
                "`else` thay {} bằng {}: hai vế phải cùng một kiểu",
                ty(first),
                ty(other)
            ),
            (
                FormulaProblem::ConstantOutsideShare {
                    metric,
                    written,
                    value,
                },
                En,
            ) => format!(
                "`{metric}` is a share of a whole, within 0%..100%, but its formula can give `{written}`{}",
                which_is(written, *value, ", which is ", lang)
            ),
            (
                FormulaProblem::ConstantOutsideShare {
                    metric,
                    written,
                    value,
                },
                Vi,
            ) => format!(
                "`{metric}` là tỷ lệ trên tổng số, trong khoảng 0%..100%, nhưng công thức của nó có thể cho ra `{written}`{}",
                which_is(written, *value, ", tức là ", lang)
            ),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            FormulaProblem::UnknownFunction { .. } => ("unknown function", "hàm không xác định"),
            FormulaProblem::Arity { .. } => return None,
            FormulaProblem::ArgumentsDiffer { other, .. }
            | FormulaProblem::AlternativesDiffer { other, .. } => {
                let t = describe_in(*other, lang);
                return Some(match lang {
                    Lang::En => format!("this is {t}"),
                    Lang::Vi => format!("đây là {t}"),
                });
            }
            FormulaProblem::RoundPlaces { .. } => ("decimal places", "số chữ số thập phân"),
            FormulaProblem::ConstantOutsideShare { .. } => (
                "fixed by the plan, outside 0..100%",
                "do kế hoạch ấn định, ngoài 0..100%",
            ),
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        let known = || {
            let list: Vec<String> = Function::ALL
                .iter()
                .map(|f| format!("`{}`", f.usage()))
                .collect();
            list.join(", ")
        };
        match (self, lang) {
            (FormulaProblem::UnknownFunction { suggestion, .. }, _) => {
                let known = match lang {
                    En => format!("formulas call {}", known()),
                    Vi => format!("công thức gọi được {}", known()),
                };
                Some(match suggestion {
                    Some(f) => format!("{} {known}", did_you_mean(lang, f.name())),
                    None => known,
                })
            }
            (FormulaProblem::Arity { function, .. }, En) => {
                Some(format!("write `{}`", function.usage()))
            }
            (FormulaProblem::Arity { function, .. }, Vi) => {
                Some(format!("viết `{}`", function.usage()))
            }
            // Beside minutes or money a plain number other than 0 is
            // refused: the hint does not offer `1` there.
            (FormulaProblem::ArgumentsDiffer { first, other, .. }, _)
                if [first, other]
                    .iter()
                    .any(|t| matches!(t, MetricType::Minutes | MetricType::Days | MetricType::WorkingDays | MetricType::Money)) =>
            {
                Some(lang.pick(
                    "compare like with like: minutes with minutes (`15 min`), days with days (`5 days`), money with money (`1000 VND`); of plain numbers only `0` fits them",
                    "so sánh cùng loại với nhau: phút với phút (`15 min`), ngày với ngày (`5 days`), tiền với tiền (`1000 VND`); trong các số thuần chỉ `0` hợp với chúng",
                ))
            }
            (FormulaProblem::ArgumentsDiffer { .. }, _) => Some(lang.pick(
                "compare like with like: counts with counts, ratios with ratios; a plain number such as `1` fits either",
                "so sánh cùng loại với nhau: số đếm với số đếm, tỷ lệ với tỷ lệ; một số thuần như `1` hợp với cả hai",
            )),
            (FormulaProblem::RoundPlaces { .. }, _) => Some(lang.pick(
                "write e.g. `round(x, 4)`: four decimal places, `0.9667` for 29/30",
                "viết ví dụ `round(x, 4)`: bốn chữ số thập phân, `0.9667` cho 29/30",
            )),
            (FormulaProblem::AlternativesDiffer { .. }, _) => Some(lang.pick(
                "fall back to a value of the same kind; a plain `0` fits any",
                "thay bằng một giá trị cùng loại; số `0` hợp với mọi kiểu",
            )),
            (FormulaProblem::ConstantOutsideShare { metric, .. }, En) => Some(format!(
                "a share is a fraction or a percentage (`else 0.05` or `else 5%` for five percent); if `{metric}` may exceed its whole, declare it `metric {metric}: rate = ...`"
            )),
            (FormulaProblem::ConstantOutsideShare { metric, .. }, Vi) => Some(format!(
                "tỷ lệ viết dưới dạng phân số hoặc phần trăm (`else 0.05` hoặc `else 5%` cho năm phần trăm); nếu `{metric}` có thể vượt tổng, khai báo nó `metric {metric}: rate = ...`"
            )),
        }
    }
}

/// A share as a percentage in a language's way of writing numbers: `500%`.
fn percent_of(value: Decimal, lang: Lang) -> String {
    let percent = value
        .checked_mul(Decimal::ONE_HUNDRED)
        .map_or_else(|| value.to_string(), |p| p.normalize().to_string());
    format!("{}%", lang.decimal(&percent))
}

/// What a function takes: `two or more values`.
fn takes(function: Function, lang: Lang) -> String {
    match function {
        Function::Max | Function::Min => lang.pick("two or more values", "hai giá trị trở lên"),
        Function::Round => lang.pick(
            "a value and a number of decimal places",
            "một giá trị và số chữ số thập phân",
        ),
        Function::Baseline => lang.pick("one metric's name", "tên của một chỉ số"),
    }
}

/// `, which is 500%` after a constant written `5`; nothing after one written
/// as the percentage it is (`150%`).
fn which_is(written: &str, value: Decimal, joint: &str, lang: Lang) -> String {
    let shown = percent_of(value, lang);
    if written.trim() == shown || written.trim() == percent_of(value, Lang::En) {
        String::new()
    } else {
        format!("{joint}{shown}")
    }
}
