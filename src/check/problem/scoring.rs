//! Scoring as methods write it: targets without a condition, where a
//! saturating rule saturates, the step points are rounded to, and a maximum
//! read from the unit's data.

use crate::check::types::describe_in;
use crate::check::MAX_POINTS;
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use rust_decimal::Decimal;

use crate::syntax::ast::MetricType;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoringProblem {
    /// A target without a condition, worth points, scored by a rule that
    /// needs a condition (`all_or_nothing`, written or by default).
    NeedsCondition { id: String },
    /// `saturating` on a target without a condition, without the value it
    /// saturates at.
    SaturatesWhere { id: String },
    /// `saturating 50%` on a target that has a condition: it saturates at
    /// its threshold.
    SaturatesAtThreshold,
    /// `saturating X` where X is not a positive value.
    SaturatesAtNotPositive,
    /// `round X` where X is not a positive number (as written).
    RoundStep { written: String },
    /// `points m` where `m` is not a count or a number.
    PointsFromType { metric: String, ty: MetricType },
    /// `points m` beside tiers, which give the points themselves.
    PointsFromTiers { metric: String },
    /// `points m in LOW..HIGH` whose ends are not points from 0 to the most
    /// a plan may give, LOW no more than HIGH (as written).
    MaxBound { written: String },
    /// `points m` without a bound: the unit's maximum is taken on its word
    /// (W0755).
    MaxUnbounded { metric: String },
    /// `not_applicable redistribute` on a target whose section (by title;
    /// `None`: the targets outside any section) has no other target worth
    /// points.
    NothingToShareWith { id: String, section: Option<String> },
    /// `round STEP` written on a target it does not suit.
    RoundMisfit {
        id: String,
        step: Decimal,
        why: RoundMisfit,
    },
}

/// Why a rounding step does not suit a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundMisfit {
    /// The target earns no points (it is only tracked, or worth 0).
    NoPoints,
    /// The step is larger than the target's maximum: its points round to
    /// 0 or to the whole maximum, nothing between; `fits` is a step that
    /// divides the maximum.
    AboveMaximum { points: Decimal, fits: Decimal },
    /// The maximum is no multiple of the step: points just below it are
    /// shown as `shown` (full points, not rounded, as the maximum); `fits` is
    /// a step that divides the maximum.
    NotAMultiple {
        points: Decimal,
        shown: Decimal,
        fits: Decimal,
    },
}

impl Describe for ScoringProblem {
    fn code(&self) -> Code {
        match self {
            ScoringProblem::NeedsCondition { .. } | ScoringProblem::SaturatesWhere { .. } => {
                Code::ScoringNeedsCondition
            }
            ScoringProblem::SaturatesAtThreshold | ScoringProblem::SaturatesAtNotPositive => {
                Code::SaturatesAt
            }
            ScoringProblem::RoundStep { .. } => Code::RoundStep,
            ScoringProblem::PointsFromType { .. } | ScoringProblem::PointsFromTiers { .. } => {
                Code::PointsFromData
            }
            ScoringProblem::MaxBound { .. } => Code::MaxBound,
            ScoringProblem::MaxUnbounded { .. } => Code::MaxUnbounded,
            ScoringProblem::NothingToShareWith { .. } => Code::NothingToShareWith,
            ScoringProblem::RoundMisfit { .. } => Code::RoundMisfit,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (ScoringProblem::NeedsCondition { id }, En) => format!(
                "`{id}` has no condition, so `all_or_nothing` cannot score it: nothing is met or failed"
            ),
            (ScoringProblem::NeedsCondition { id }, Vi) => format!(
                "`{id}` không có điều kiện nên không chấm được theo `all_or_nothing`: chỉ tiêu này không xét đạt/không đạt"
            ),
            (ScoringProblem::SaturatesWhere { id }, En) => format!(
                "`{id}` has no condition, so `saturating` needs the value it gives full points from"
            ),
            (ScoringProblem::SaturatesWhere { id }, Vi) => format!(
                "`{id}` không có điều kiện nên `saturating` cần giá trị mà từ đó được đủ điểm"
            ),
            (ScoringProblem::SaturatesAtThreshold, _) => lang.pick(
                "this target has a condition: it gives full points from its threshold, not from a value of its own",
                "chỉ tiêu này có điều kiện: được đủ điểm từ ngưỡng của nó, không theo một giá trị riêng",
            ),
            (ScoringProblem::SaturatesAtNotPositive, _) => lang.pick(
                "full points must start from a value above zero",
                "mức được đủ điểm phải lớn hơn 0",
            ),
            (ScoringProblem::RoundStep { written }, En) => format!(
                "points are rounded to a step above zero, such as 0.01, not `{written}`"
            ),
            (ScoringProblem::RoundStep { written }, Vi) => format!(
                "điểm được làm tròn theo một bước lớn hơn 0, như 0.01, không phải `{written}`"
            ),
            (ScoringProblem::PointsFromType { metric, ty }, _) => {
                let t = describe_in(*ty, lang);
                match lang {
                    En => format!("a maximum of points is a count or a number, and `{metric}` is {t}"),
                    Vi => format!("điểm tối đa phải là số đếm hoặc số, mà `{metric}` là {t}"),
                }
            }
            (ScoringProblem::MaxBound { written }, En) => format!(
                "a maximum from the data is bounded by points from 0 to {MAX_POINTS}, the lower first, not `{written}`"
            ),
            (ScoringProblem::MaxBound { written }, Vi) => format!(
                "điểm tối đa lấy từ số liệu được giới hạn bằng số điểm từ 0 đến {MAX_POINTS}, số nhỏ trước, không phải `{written}`"
            ),
            (ScoringProblem::MaxUnbounded { metric }, En) => format!(
                "the maximum is the unit's value of `{metric}`, without a bound: it is taken on the unit's word"
            ),
            (ScoringProblem::MaxUnbounded { metric }, Vi) => format!(
                "điểm tối đa là giá trị `{metric}` của đơn vị, không có giới hạn: đơn vị báo bao nhiêu được tin bấy nhiêu"
            ),
            (ScoringProblem::NothingToShareWith { id, section }, En) => {
                let group = match section {
                    Some(title) => format!("section \"{title}\""),
                    None => "the targets outside any section".to_string(),
                };
                format!("`{id}` shares its points when it does not apply, but no other target of {group} is worth points: they would be left out")
            }
            (ScoringProblem::NothingToShareWith { id, section }, Vi) => {
                let group = match section {
                    Some(title) => format!("mục \"{title}\""),
                    None => "các chỉ tiêu không thuộc mục nào".to_string(),
                };
                format!("`{id}` chia lại điểm khi không áp dụng, nhưng {group} không còn chỉ tiêu nào khác có điểm: điểm đó sẽ bị loại")
            }
            (ScoringProblem::PointsFromTiers { metric }, En) => format!(
                "the tiers give this target's points; `points {metric}` cannot also give them"
            ),
            (ScoringProblem::PointsFromTiers { metric }, Vi) => format!(
                "các bậc đã quyết định điểm của chỉ tiêu này; `points {metric}` không thể cũng quyết định"
            ),
            (ScoringProblem::RoundMisfit { id, step, why }, En) => match why {
                RoundMisfit::NoPoints => {
                    format!("`{id}` earns no points: `round {step}` has nothing to round")
                }
                RoundMisfit::AboveMaximum { points, .. } => format!(
                    "`round {step}` is larger than the maximum of `{id}` ({points}): its points round to 0 or {points}, nothing between"
                ),
                RoundMisfit::NotAMultiple { points, shown, .. } if shown == points => format!(
                    "the maximum of `{id}` ({points}) is no multiple of `round {step}`: its points rise in steps of {step}, then jump to {points}"
                ),
                // Points equal to the maximum are not rounded: below it,
                // the last step is `shown`.
                RoundMisfit::NotAMultiple { points, shown, .. } => format!(
                    "the maximum of `{id}` ({points}) is no multiple of `round {step}`: points just below it are shown as {shown}, and only full points as {points}"
                ),
            },
            (ScoringProblem::RoundMisfit { id, step, why }, Vi) => match why {
                RoundMisfit::NoPoints => {
                    format!("`{id}` không có điểm: `round {step}` không có gì để làm tròn")
                }
                RoundMisfit::AboveMaximum { points, .. } => format!(
                    "`round {step}` lớn hơn điểm tối đa của `{id}` ({points}): điểm chỉ được làm tròn thành 0 hoặc {points}, không có mức giữa"
                ),
                RoundMisfit::NotAMultiple { points, shown, .. } if shown == points => format!(
                    "điểm tối đa của `{id}` ({points}) không chia hết cho bước `round {step}`: điểm tăng từng bước {step} rồi nhảy lên {points}"
                ),
                RoundMisfit::NotAMultiple { points, shown, .. } => format!(
                    "điểm tối đa của `{id}` ({points}) không chia hết cho bước `round {step}`: điểm gần đủ chỉ hiện là {shown}, chỉ khi đủ điểm mới hiện {points}"
                ),
            },
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            ScoringProblem::RoundMisfit { why, .. } => {
                return Some(match (why, lang) {
                    (RoundMisfit::NoPoints, Lang::En) => {
                        "remove `round`, or give the target points".to_string()
                    }
                    (RoundMisfit::NoPoints, Lang::Vi) => {
                        "bỏ `round`, hoặc cho chỉ tiêu điểm".to_string()
                    }
                    (
                        RoundMisfit::AboveMaximum { fits, .. }
                        | RoundMisfit::NotAMultiple { fits, .. },
                        Lang::En,
                    ) => format!("round to a step that divides the maximum, such as `round {fits}`"),
                    (
                        RoundMisfit::AboveMaximum { fits, .. }
                        | RoundMisfit::NotAMultiple { fits, .. },
                        Lang::Vi,
                    ) => format!("làm tròn theo bước chia hết điểm tối đa, như `round {fits}`"),
                });
            }
            // The user's own metric, not an example name: the fix is one
            // line they can copy.
            ScoringProblem::PointsFromType { metric, .. } => {
                return Some(match lang {
                    Lang::En => format!("declare the maximum as `metric {metric}: number`"),
                    Lang::Vi => format!("khai báo điểm tối đa là `metric {metric}: number`"),
                });
            }
            ScoringProblem::NeedsCondition { .. } => (
                "give it a condition (`>= 90%`), or score it `linear`, `saturating 50%` or by `tiers`; without points it is only tracked",
                "thêm điều kiện (`>= 90%`), hoặc chấm `linear`, `saturating 50%` hay theo `tiers`; không có điểm thì chỉ theo dõi",
            ),
            ScoringProblem::SaturatesWhere { .. } => (
                "write where it saturates: `scoring saturating 50%`",
                "viết mức bão hòa: `scoring saturating 50%`",
            ),
            ScoringProblem::SaturatesAtThreshold => (
                "write `scoring saturating` alone, or change the threshold",
                "chỉ viết `scoring saturating`, hoặc đổi ngưỡng",
            ),
            ScoringProblem::RoundStep { .. } => ("write `round 0.01`", "viết `round 0.01`"),
            ScoringProblem::NothingToShareWith { .. } => (
                "put it in a section with the targets that share its points, or say `not_applicable excluded`",
                "đặt nó vào mục cùng các chỉ tiêu nhận điểm, hoặc ghi `not_applicable excluded`",
            ),
            ScoringProblem::PointsFromTiers { metric } => {
                return Some(match lang {
                    Lang::En => format!("remove `points {metric}` (the tiers give the points), or score without tiers"),
                    Lang::Vi => format!("bỏ `points {metric}` (các bậc đã cho điểm), hoặc chấm điểm không theo bậc"),
                });
            }
            ScoringProblem::MaxBound { .. } => (
                "write the range the method gives, such as `in 0..20`",
                "viết khoảng mà phương pháp cho, như `in 0..20`",
            ),
            ScoringProblem::MaxUnbounded { metric } => {
                return Some(match lang {
                    Lang::En => format!("write the range the method gives: `points {metric} in 0..20`; a unit's value outside it makes the target invalid (E0754)"),
                    Lang::Vi => format!("viết khoảng mà phương pháp cho: `points {metric} in 0..20`; giá trị của đơn vị ngoài khoảng đó làm chỉ tiêu không hợp lệ (E0754)"),
                });
            }
            ScoringProblem::SaturatesAtNotPositive => return None,
        };
        Some(lang.pick(en, vi))
    }
}
