//! Problems of baseline values (`baseline(x)`, `eval --baseline`).

use chrono::NaiveDate;

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineProblem {
    /// A unit has no baseline value of `metric`, which targets need
    /// (E0770), and why.
    Missing {
        unit: String,
        metric: String,
        why: NoBaseline,
    },
    /// A baseline file's period does not end before the evaluated period
    /// begins (W0771).
    NotEarlier {
        covers: (NaiveDate, NaiveDate),
        evaluated: NaiveDate,
    },
}

/// Why a unit has no baseline value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoBaseline {
    /// No `--baseline` file was given.
    NoFiles,
    /// The baseline files do not name the unit.
    UnitAbsent,
    /// The baseline files name the unit but give no value of the metric.
    MetricAbsent,
}

impl Describe for BaselineProblem {
    fn code(&self) -> Code {
        match self {
            BaselineProblem::Missing { .. } => Code::NoBaseline,
            BaselineProblem::NotEarlier { .. } => Code::BaselineNotEarlier,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            BaselineProblem::Missing { unit, metric, why } => {
                let why = match (why, lang) {
                    (NoBaseline::NoFiles, Lang::En) => "no `--baseline` file was given",
                    (NoBaseline::NoFiles, Lang::Vi) => "không có tệp `--baseline` nào",
                    (NoBaseline::UnitAbsent, Lang::En) => {
                        "the baseline files do not name this unit"
                    }
                    (NoBaseline::UnitAbsent, Lang::Vi) => "các tệp kỳ gốc không có đơn vị này",
                    (NoBaseline::MetricAbsent, Lang::En) => {
                        "the baseline files give no value of it for this unit"
                    }
                    (NoBaseline::MetricAbsent, Lang::Vi) => {
                        "các tệp kỳ gốc không có giá trị của nó cho đơn vị này"
                    }
                };
                match lang {
                    Lang::En => format!(
                        "`{unit}` has no baseline value of `{metric}`, which the plan's `baseline(...)` needs: {why}"
                    ),
                    Lang::Vi => format!(
                        "`{unit}` không có giá trị kỳ gốc của `{metric}`, mà `baseline(...)` trong kế hoạch cần: {why}"
                    ),
                }
            }
            BaselineProblem::NotEarlier { covers, evaluated } => {
                let (from, to) = (lang.date(covers.0), lang.date(covers.1));
                let evaluated = lang.date(*evaluated);
                match lang {
                    Lang::En => format!(
                        "this baseline file covers {from}..{to}, which does not end before the evaluated period begins ({evaluated})"
                    ),
                    Lang::Vi => format!(
                        "tệp kỳ gốc này thuộc kỳ {from}..{to}, không kết thúc trước khi kỳ được đánh giá bắt đầu ({evaluated})"
                    ),
                }
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        Some(match self {
            BaselineProblem::Missing { .. } => {
                lang.pick("no baseline for this unit", "đơn vị này không có kỳ gốc")
            }
            BaselineProblem::NotEarlier { .. } => {
                lang.pick("not an earlier period", "không phải kỳ trước")
            }
        })
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(match self {
            BaselineProblem::Missing { why, .. } => match why {
                NoBaseline::NoFiles => lang.pick(
                    "give last period's files with `--baseline PATH`; the targets that need it are missing",
                    "đưa vào các tệp của kỳ trước bằng `--baseline PATH`; các chỉ tiêu cần nó là thiếu số liệu",
                ),
                NoBaseline::UnitAbsent | NoBaseline::MetricAbsent => lang.pick(
                    "the baseline files name units and metrics as the measurements do; the targets that need it are missing",
                    "tệp kỳ gốc ghi tên đơn vị và chỉ số như số liệu báo cáo; các chỉ tiêu cần nó là thiếu số liệu",
                ),
            },
            BaselineProblem::NotEarlier { .. } => lang.pick(
                "the values are used as the baseline still; give the files of the period before",
                "các giá trị vẫn được dùng làm kỳ gốc; hãy đưa vào tệp của kỳ trước",
            ),
        })
    }
}
