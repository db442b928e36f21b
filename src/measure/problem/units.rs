//! Units of measure (`%`, `phút`, `triệu đồng`) beside values: ones that do
//! not fit the metric, values that carry another, and fractions under `%`.

use super::words::{example, pick, type_name};
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitProblem {
    /// A number between 0 and 1 (as written) under `%`.
    FractionUnderPercent { written: String },
    /// A duration that is no exact number of minutes (`ngày`) for a metric
    /// in minutes.
    NotMinutes { metric: String, unit: String },
    /// A unit chitieu knows that contradicts the metric's type.
    Unfit {
        metric: String,
        unit: String,
        ty: MetricType,
    },
    /// A word chitieu does not know, where it would decide the number.
    Unknown {
        metric: String,
        unit: String,
        ty: MetricType,
    },
    /// The value carries a unit of its own that is not its column's `unit`.
    Disagrees {
        metric: String,
        unit: String,
        own: OwnUnit,
    },
}

/// The unit a value carries of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnUnit {
    /// A spreadsheet cell formatted as a percent.
    CellPercent,
    /// Written after the number: the value as written, and its unit.
    Written { value: String, unit: String },
}

impl Describe for UnitProblem {
    fn code(&self) -> Code {
        match self {
            UnitProblem::FractionUnderPercent { .. } => Code::FractionUnderPercent,
            UnitProblem::NotMinutes { .. }
            | UnitProblem::Unfit { .. }
            | UnitProblem::Unknown { .. } => Code::UnitOfMeasureUnfit,
            UnitProblem::Disagrees { .. } => Code::UnitOfMeasureDisagrees,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            UnitProblem::FractionUnderPercent { written } => match lang {
                Lang::En => format!("`{written}` under `%` is read as `{written}%`"),
                Lang::Vi => format!("`{written}` dưới `%` được đọc là `{written}%`"),
            },
            UnitProblem::NotMinutes { metric, unit } => match lang {
                Lang::En => format!("`{metric}`: `{unit}` cannot be read as minutes exactly"),
                Lang::Vi => {
                    format!("`{metric}`: không thể đổi `{unit}` ra số phút một cách chính xác")
                }
            },
            UnitProblem::Unfit { metric, unit, ty } => match lang {
                Lang::En => format!(
                    "`{metric}`: the unit of measure `{unit}` does not fit {}",
                    type_name(*ty, lang)
                ),
                Lang::Vi => format!(
                    "`{metric}`: đơn vị tính `{unit}` không hợp với {}",
                    type_name(*ty, lang)
                ),
            },
            UnitProblem::Unknown { metric, unit, ty } => match lang {
                Lang::En => format!(
                    "`{metric}`: chitieu does not know the unit of measure `{unit}` for {}",
                    type_name(*ty, lang)
                ),
                Lang::Vi => format!(
                    "`{metric}`: chitieu không biết đơn vị tính `{unit}` dùng cho {}",
                    type_name(*ty, lang)
                ),
            },
            UnitProblem::Disagrees { metric, unit, own } => {
                let own = match (own, lang) {
                    (OwnUnit::CellPercent, _) => pick(
                        ("the cell shows a percent", "ô hiển thị dạng phần trăm"),
                        lang,
                    ),
                    (OwnUnit::Written { value, unit }, Lang::En) => {
                        format!("`{value}` is written in `{unit}`")
                    }
                    (OwnUnit::Written { value, unit }, Lang::Vi) => {
                        format!("`{value}` được ghi bằng `{unit}`")
                    }
                };
                match lang {
                    Lang::En => format!("`{metric}`: {own} but its unit of measure is `{unit}`"),
                    Lang::Vi => format!("`{metric}`: {own} nhưng đơn vị tính của dòng là `{unit}`"),
                }
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let words = match self {
            UnitProblem::FractionUnderPercent { .. } => ("less than 1%", "dưới 1%"),
            UnitProblem::NotMinutes { .. }
            | UnitProblem::Unfit { .. }
            | UnitProblem::Unknown { .. } => ("does not fit the metric", "không hợp với chỉ số"),
            UnitProblem::Disagrees { .. } => ("not the column's unit", "không phải đơn vị của cột"),
        };
        Some(pick(words, lang))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let words = match self {
            UnitProblem::FractionUnderPercent { written } => {
                // The percent it would be, with the file's own decimal mark.
                let percent = percent_of_fraction(written).unwrap_or_else(|| "95".to_string());
                return Some(match lang {
                    Lang::En => format!(
                        "if a fraction is meant (`{written}` for {percent}%), write the percent: `{percent}`"
                    ),
                    Lang::Vi => format!(
                        "nếu định ghi phân số (`{written}` cho {percent}%), hãy ghi số phần trăm: `{percent}`"
                    ),
                });
            }
            UnitProblem::NotMinutes { .. } => (
                "report the duration in `phút` or `giờ`",
                "báo cáo thời gian bằng `phút` hoặc `giờ`",
            ),
            UnitProblem::Unfit { ty, .. } => {
                let example = example(*ty, lang);
                return Some(match lang {
                    Lang::En => format!(
                        "the value is not used; report {example} or correct the unit of measure"
                    ),
                    Lang::Vi => {
                        format!(
                            "giá trị không được dùng; hãy báo cáo {example} hoặc sửa đơn vị tính"
                        )
                    }
                });
            }
            UnitProblem::Unknown { ty, .. } => match ty {
                MetricType::Ratio | MetricType::Rate => (
                    "for a ratio write `%`, or leave the unit of measure empty",
                    "với tỷ lệ hãy ghi `%`, hoặc để trống đơn vị tính",
                ),
                MetricType::PercentagePoints => (
                    "for percentage points write `điểm %`",
                    "với điểm phần trăm hãy ghi `điểm %`",
                ),
                MetricType::Minutes => (
                    "for minutes write `phút` or `giờ`",
                    "với số phút hãy ghi `phút` hoặc `giờ`",
                ),
                MetricType::Days => ("for days write `ngày`", "với số ngày hãy ghi `ngày`"),
                MetricType::WorkingDays => (
                    "for working days write `ngày làm việc`",
                    "với số ngày làm việc hãy ghi `ngày làm việc`",
                ),
                MetricType::Money => (
                    "for money write `đồng`, `nghìn đồng`, `triệu đồng` or `tỷ đồng`",
                    "với tiền hãy ghi `đồng`, `nghìn đồng`, `triệu đồng` hoặc `tỷ đồng`",
                ),
                MetricType::Count | MetricType::Number | MetricType::Date | MetricType::Bool => (
                    "correct the unit of measure, or leave it empty",
                    "sửa đơn vị tính, hoặc để trống",
                ),
            },
            UnitProblem::Disagrees { .. } => (
                "write the number alone, in the column's unit of measure",
                "chỉ ghi con số, theo đơn vị tính của cột",
            ),
        };
        Some(pick(words, lang))
    }
}

/// The percent a fraction written as in the file stands for, written with
/// the same decimal mark: `0,95` gives `95`, `0.955` gives `95.5`.
fn percent_of_fraction(written: &str) -> Option<String> {
    let comma = written.contains(',');
    let fraction: rust_decimal::Decimal = written.trim().replace(',', ".").parse().ok()?;
    let percent = fraction
        .checked_mul(rust_decimal::Decimal::ONE_HUNDRED)?
        .normalize()
        .to_string();
    Some(if comma {
        percent.replace('.', ",")
    } else {
        percent
    })
}
