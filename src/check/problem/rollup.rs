//! The `rollup` clause of a metric: a roll-up its type cannot take, and a
//! roll-up written on a derived metric (computed at the parent instead).

use crate::check::describe_in;
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::{MetricType, Rollup};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RollupProblem {
    /// `rollup sum` on a share, a date or yes/no; `max`/`min` on yes/no.
    Misfit {
        metric: String,
        ty: MetricType,
        rollup: Rollup,
    },
    /// `rollup` on a metric with a formula: a parent computes it from its
    /// own rolled-up inputs, never from its children's values of it.
    OnDerived { metric: String },
    /// `children_met(...)` whose argument is not a target of the plan (as
    /// written), with the closest id.
    ChildrenMetTarget {
        written: String,
        suggestion: Option<String>,
    },
    /// `children_met(TARGET)` of a target whose metric itself depends on
    /// `children_met`.
    ChildrenMetCycle { target: String, metric: String },
}

impl Describe for RollupProblem {
    fn code(&self) -> Code {
        match self {
            RollupProblem::Misfit { .. } => Code::RollupMisfit,
            RollupProblem::OnDerived { .. } => Code::RollupOnDerived,
            RollupProblem::ChildrenMetTarget { .. } => Code::ChildrenMetTarget,
            RollupProblem::ChildrenMetCycle { .. } => Code::ChildrenMetCycle,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (RollupProblem::Misfit { metric, ty, rollup }, En) => format!(
                "`{metric}` is {}: its children's values cannot be rolled up by `{}`",
                describe_in(*ty, En),
                rollup.keyword()
            ),
            (RollupProblem::Misfit { metric, ty, rollup }, Vi) => format!(
                "`{metric}` là {}: không cộng dồn giá trị của các đơn vị con theo `{}` được",
                describe_in(*ty, Vi),
                rollup.keyword()
            ),
            (RollupProblem::OnDerived { metric }, En) => {
                format!("`{metric}` is computed by its formula: it does not roll up itself")
            }
            (RollupProblem::OnDerived { metric }, Vi) => {
                format!("`{metric}` được tính theo công thức: bản thân nó không được cộng dồn")
            }
            (RollupProblem::ChildrenMetTarget { written, .. }, En) => format!(
                "`children_met` takes the id of one of the plan's targets, not `{written}`"
            ),
            (RollupProblem::ChildrenMetTarget { written, .. }, Vi) => format!(
                "`children_met` nhận mã của một chỉ tiêu trong kế hoạch, không phải `{written}`"
            ),
            (RollupProblem::ChildrenMetCycle { target, metric }, En) => format!(
                "target `{target}` is on `{metric}`, which depends on `children_met` itself: it cannot be judged from its own share"
            ),
            (RollupProblem::ChildrenMetCycle { target, metric }, Vi) => format!(
                "chỉ tiêu `{target}` đo `{metric}`, chỉ số phụ thuộc chính `children_met`: không đánh giá được từ tỷ lệ của chính nó"
            ),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        if let RollupProblem::ChildrenMetTarget {
            suggestion: Some(id),
            ..
        } = self
        {
            return Some(crate::syntax::problem::did_you_mean(lang, id));
        }
        Some(match (self, lang) {
            (RollupProblem::Misfit { ty, .. }, En) if share(*ty) => "a parent's share comes from \
                its summed counts: declare the counts (`rollup sum`) and the share as a formula \
                over them (`metric r = done / total`), or let the parent report it \
                (`rollup reported`)"
                .to_string(),
            (RollupProblem::Misfit { ty, .. }, Vi) if share(*ty) => "tỷ lệ của đơn vị cấp trên \
                được tính từ tổng các số đếm: khai báo các số đếm (`rollup sum`) và tỷ lệ là \
                công thức trên chúng (`metric r = done / total`), hoặc để đơn vị cấp trên tự báo \
                cáo (`rollup reported`)"
                .to_string(),
            (RollupProblem::Misfit { ty, .. }, En) => {
                format!("{} rolls up by {}", describe_in(*ty, En), fitting(*ty))
            }
            (RollupProblem::Misfit { ty, .. }, Vi) => format!(
                "{} được cộng dồn theo {}",
                describe_in(*ty, Vi),
                fitting(*ty)
            ),
            (RollupProblem::OnDerived { .. }, En) => "remove `rollup`: at a parent the formula \
                is computed from the parent's rolled-up values of the metrics it names (a ratio \
                from summed counts, never an average of ratios); say how those metrics roll up"
                .to_string(),
            (RollupProblem::ChildrenMetTarget { .. }, En) => {
                "write `children_met(ID)`, ID a target's id (`target ID: metric ...`)".to_string()
            }
            (RollupProblem::ChildrenMetTarget { .. }, Vi) => {
                "viết `children_met(ID)`, ID là mã một chỉ tiêu (`target ID: metric ...`)".to_string()
            }
            (RollupProblem::ChildrenMetCycle { .. }, En) => "name a target on a metric its units measure or compute from their own values (`level5: data_level >= 5`)".to_string(),
            (RollupProblem::ChildrenMetCycle { .. }, Vi) => "nêu một chỉ tiêu trên chỉ số mà đơn vị đo hoặc tính từ số liệu của chính mình (`level5: data_level >= 5`)".to_string(),
            (RollupProblem::OnDerived { .. }, Vi) => "bỏ `rollup`: ở đơn vị cấp trên, công thức \
                được tính từ giá trị đã cộng dồn của các chỉ số nó dùng (tỷ lệ từ tổng các số \
                đếm, không bao giờ là trung bình các tỷ lệ); hãy nói các chỉ số đó cộng dồn thế \
                nào"
            .to_string(),
        })
    }
}

/// Whether values of `ty` are shares, which a parent computes from counts.
fn share(ty: MetricType) -> bool {
    matches!(
        ty,
        MetricType::Ratio | MetricType::Rate | MetricType::PercentagePoints
    )
}

/// The roll-ups `ty` takes, in backticks.
fn fitting(ty: MetricType) -> String {
    let words: Vec<String> = Rollup::ALL
        .iter()
        .filter(|r| r.fits(ty))
        .map(|r| format!("`{}`", r.keyword()))
        .collect();
    words.join(", ")
}
