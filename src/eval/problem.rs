//! The problems found in evaluating measurements against a plan (family 7:
//! metrics, periods, computed values), as typed values: each kind with its
//! arguments, written in each language here (see
//! [`crate::diagnostic::Describe`]).

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvalProblem {
    /// A metric the plan does not have; reported once per file (or once for
    /// a batch read file by file), with how many rows and other files name it.
    UnknownMetric {
        metric: String,
        /// The plan's metric closest to it, if one is close.
        suggestion: Option<String>,
        rows: usize,
        more_files: usize,
    },
}

impl Describe for EvalProblem {
    fn code(&self) -> Code {
        match self {
            EvalProblem::UnknownMetric { .. } => Code::UnknownMetric,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            EvalProblem::UnknownMetric {
                metric,
                rows,
                more_files,
                ..
            } => {
                let mut text = match lang {
                    Lang::En => format!("the plan has no metric `{metric}`"),
                    Lang::Vi => format!("kế hoạch không có chỉ số `{metric}`"),
                };
                if *rows > 1 {
                    text.push_str(&match lang {
                        Lang::En => format!(" ({rows} rows name it)"),
                        Lang::Vi => format!(" ({rows} dòng ghi chỉ số này)"),
                    });
                }
                if *more_files > 0 {
                    text.push_str(&match lang {
                        Lang::En => format!(" (and in {more_files} more files)"),
                        Lang::Vi => format!(" (và trong {more_files} tệp khác)"),
                    });
                }
                text
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        Some(
            match (self, lang) {
                (EvalProblem::UnknownMetric { .. }, Lang::En) => "not in the plan",
                (EvalProblem::UnknownMetric { .. }, Lang::Vi) => "không có trong kế hoạch",
            }
            .to_string(),
        )
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(match self {
            EvalProblem::UnknownMetric {
                suggestion: Some(name),
                ..
            } => match lang {
                Lang::En => format!("did you mean `{name}`?"),
                Lang::Vi => format!("có phải ý bạn là `{name}`?"),
            },
            EvalProblem::UnknownMetric {
                suggestion: None, ..
            } => match lang {
                Lang::En => "the value is ignored; check the metric names in the plan".to_string(),
                Lang::Vi => "giá trị bị bỏ qua; kiểm tra tên chỉ số trong kế hoạch".to_string(),
            },
        })
    }
}
