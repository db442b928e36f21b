//! What rolling units up finds: a parent's own value unlike its children's
//! aggregate, an aggregate that children without a usable value leave
//! missing or invalid, a `reported` metric the parent did not report, a sum
//! too large to hold.

use crate::diagnostic::{Code, Describe};
use crate::eval::result::number_text;
use crate::i18n::{quoted, Lang};
use crate::measure::value::Value;
use crate::syntax::ast::{MetricType, Rollup};

/// At most this many children are named in a message; the rest counted.
pub const CHILDREN_NAMED: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RollupProblem {
    /// The parent reported its own value of a summed (max, min) metric,
    /// and its children's aggregate differs: the parent's is used (W0920).
    Differs {
        metric: String,
        ty: Option<MetricType>,
        parent: String,
        rollup: Rollup,
        reported: Value,
        children: Value,
    },
    /// Children without a value (`missing`) or with one that cannot be
    /// used (`invalid`) leave the parent's aggregate missing or invalid:
    /// never a sum of some of them (W0921).
    Incomplete {
        metric: String,
        parent: String,
        rollup: Rollup,
        missing: Vec<String>,
        invalid: Vec<String>,
    },
    /// `reported` metrics that targets depend on and the parent did not
    /// report: missing at the parent (W0922).
    NotReported {
        parent: String,
        metrics: Vec<String>,
    },
    /// The children's sum is too large to hold (E0920).
    TooLarge { metric: String, parent: String },
}

impl Describe for RollupProblem {
    fn code(&self) -> Code {
        match self {
            RollupProblem::Differs { .. } => Code::RollupDiffers,
            RollupProblem::Incomplete { .. } => Code::RollupIncomplete,
            RollupProblem::NotReported { .. } => Code::RollupNotReported,
            RollupProblem::TooLarge { .. } => Code::RollupTooLarge,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match self {
            RollupProblem::Differs {
                metric,
                ty,
                parent,
                rollup,
                reported,
                children,
            } => {
                let (reported, children) = (shown(*reported, *ty, lang), shown(*children, *ty, lang));
                match lang {
                    En => format!(
                        "`{parent}` reports {reported} for `{metric}`, but the {} of its children's is {children}: its own value is used",
                        what(*rollup, En)
                    ),
                    Vi => format!(
                        "`{parent}` báo cáo `{metric}` là {reported}, nhưng {} của các đơn vị con là {children}: dùng giá trị đơn vị tự báo cáo",
                        what(*rollup, Vi)
                    ),
                }
            }
            RollupProblem::Incomplete {
                metric,
                parent,
                rollup,
                missing,
                invalid,
            } => {
                let (state, whose) = match (invalid.is_empty(), lang) {
                    (true, En) => ("missing", format!("no value from {}", names(missing, En))),
                    (false, En) => (
                        "invalid",
                        format!("the value of {} cannot be used", names(invalid, En)),
                    ),
                    (true, Vi) => (
                        "thiếu",
                        format!("không có giá trị của {}", names(missing, Vi)),
                    ),
                    (false, Vi) => (
                        "không hợp lệ",
                        format!("giá trị của {} không dùng được", names(invalid, Vi)),
                    ),
                };
                match lang {
                    En => format!(
                        "the {} of `{metric}` at `{parent}` is {state}: {whose}",
                        what(*rollup, En)
                    ),
                    Vi => format!(
                        "{} `{metric}` của `{parent}` {state}: {whose}",
                        capitalised(what(*rollup, Vi)),
                    ),
                }
            }
            RollupProblem::NotReported { parent, metrics } => match lang {
                En => format!(
                    "`{parent}` does not report {}, which its children's values do not give (`rollup reported`): missing at `{parent}`",
                    quoted(metrics)
                ),
                Vi => format!(
                    "`{parent}` không báo cáo {}, chỉ số không lấy từ các đơn vị con (`rollup reported`): thiếu số liệu ở `{parent}`",
                    quoted(metrics)
                ),
            },
            RollupProblem::TooLarge { metric, parent } => match lang {
                En => format!(
                    "the sum of `{metric}` over the children of `{parent}` is too large to hold"
                ),
                Vi => format!(
                    "tổng `{metric}` của các đơn vị con của `{parent}` quá lớn, không lưu được"
                ),
            },
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(match self {
            RollupProblem::Differs { .. } => lang.pick(
                "check the parent's figure against its children's; a metric the children's values do not add up to says `rollup reported`",
                "đối chiếu số liệu của đơn vị cấp trên với các đơn vị con; chỉ số mà giá trị các đơn vị con không cộng thành thì ghi `rollup reported`",
            ),
            RollupProblem::Incomplete { .. } => lang.pick(
                "an aggregate of some children would pass for the whole: report the value at each child named, or the parent's own value",
                "tổng của một số đơn vị con sẽ bị coi là của tất cả: báo cáo giá trị ở từng đơn vị con được nêu, hoặc giá trị của chính đơn vị cấp trên",
            ),
            RollupProblem::NotReported { .. } => lang.pick(
                "the parent reports these itself (one procedure is offered by many units, so counts of them do not add up); a metric that does add up says `rollup sum`",
                "đơn vị cấp trên tự báo cáo các chỉ số này (một thủ tục do nhiều đơn vị cung cấp nên không cộng được); chỉ số cộng được thì ghi `rollup sum`",
            ),
            RollupProblem::TooLarge { .. } => return None,
        })
    }
}

/// What an aggregate is called: the sum, the largest value...
fn what(rollup: Rollup, lang: Lang) -> &'static str {
    match (rollup, lang) {
        (Rollup::Sum | Rollup::Reported, Lang::En) => "sum",
        (Rollup::Max, Lang::En) => "largest",
        (Rollup::Min, Lang::En) => "smallest",
        (Rollup::Sum | Rollup::Reported, Lang::Vi) => "tổng",
        (Rollup::Max, Lang::Vi) => "giá trị lớn nhất",
        (Rollup::Min, Lang::Vi) => "giá trị nhỏ nhất",
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first [`CHILDREN_NAMED`] names quoted, the rest counted.
fn names(all: &[String], lang: Lang) -> String {
    let shown = quoted(all.get(..CHILDREN_NAMED).unwrap_or(all));
    match all.len().saturating_sub(CHILDREN_NAMED) {
        0 => shown,
        more => match lang {
            Lang::En => format!("{shown} and {} more", lang.count(more)),
            Lang::Vi => format!("{shown} và {} đơn vị khác", lang.count(more)),
        },
    }
}

fn shown(value: Value, ty: Option<MetricType>, lang: Lang) -> String {
    match value {
        Value::Number(n) => number_text(n, ty, lang),
        Value::Date(d) => lang.date(d),
        Value::Bool(b) => b.to_string(),
    }
}
