//! Problems of `baseline(x)` in formulas.

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineProblem {
    /// `baseline(a / b)`, `baseline(5)`: its argument is no metric's name;
    /// the expression as written.
    NotAMetric { written: String },
    /// `baseline(x)` where `x`'s own value depends on a baseline: the
    /// period before the baseline, which no file given holds.
    BeforeBaseline { metric: String },
}

impl Describe for BaselineProblem {
    fn code(&self) -> Code {
        match self {
            BaselineProblem::NotAMetric { .. } => Code::BaselineNotAMetric,
            BaselineProblem::BeforeBaseline { .. } => Code::BaselineBeforeBaseline,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (BaselineProblem::NotAMetric { written }, Lang::En) => {
                format!("`baseline` takes a metric's name, not `{written}`")
            }
            (BaselineProblem::NotAMetric { written }, Lang::Vi) => {
                format!("`baseline` nhận tên một chỉ số, không phải `{written}`")
            }
            (BaselineProblem::BeforeBaseline { metric }, Lang::En) => format!(
                "`baseline({metric})` asks for the period before the baseline: `{metric}` itself is computed from a baseline value, and no file given holds that earlier period"
            ),
            (BaselineProblem::BeforeBaseline { metric }, Lang::Vi) => format!(
                "`baseline({metric})` cần kỳ trước kỳ gốc: bản thân `{metric}` được tính từ một giá trị kỳ gốc, và không tệp nào được đưa vào chứa kỳ sớm hơn đó"
            ),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        Some(match self {
            BaselineProblem::NotAMetric { .. } => {
                lang.pick("not a metric's name", "không phải tên chỉ số")
            }
            BaselineProblem::BeforeBaseline { .. } => lang.pick(
                "no file can give this",
                "không tệp nào cho được giá trị này",
            ),
        })
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(match self {
            BaselineProblem::NotAMetric { .. } => lang.pick(
                "name the metric, and compute with its baseline: `baseline(a) / baseline(b)`, or declare `metric r = a / b` and write `baseline(r)`",
                "ghi tên chỉ số rồi tính với giá trị kỳ gốc của nó: `baseline(a) / baseline(b)`, hoặc khai báo `metric r = a / b` rồi viết `baseline(r)`",
            ),
            BaselineProblem::BeforeBaseline { .. } => lang.pick(
                "take the baseline of the metrics it is computed from (`baseline(processing_days)`), or have the baseline files report the value as a metric of its own",
                "lấy giá trị kỳ gốc của các chỉ số mà nó được tính từ (`baseline(processing_days)`), hoặc để tệp kỳ gốc báo cáo giá trị đó như một chỉ số riêng",
            ),
        })
    }
}
