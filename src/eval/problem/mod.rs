//! The problems found in evaluating measurements against a plan (family 7:
//! metrics, values, periods, computed values), as typed values: each kind
//! with its arguments, written in each language (see
//! [`crate::diagnostic::Describe`]). The words of each concern are in its
//! own file: values as reported ([`values`]), values computed from them
//! ([`computed`]), periods and the plan ([`periods`]).

mod baseline;
mod computed;
mod periods;
mod timing;
mod values;

pub use baseline::{BaselineProblem, NoBaseline};
pub use timing::TimingEvalProblem;

use chrono::NaiveDate;

use super::result::{number_text, Disagreement, ShareOutside};
use crate::check::model::MaxBound;
use crate::check::MAX_POINTS;
use crate::diagnostic::{Cell, Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;

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
    /// A metric given again for a unit: with a different value neither is
    /// trusted (E0707), with the same one it is only said (W0708).
    GivenTwice {
        metric: String,
        unit: String,
        differs: bool,
        first: FirstGiven,
    },
    /// A metric reported without a value (W0714); whether it is of a type
    /// that always has one (a count, an amount of money), which is written 0
    /// when there is nothing, never `n/a`.
    EmptyValue { metric: String, always_valued: bool },
    /// `n/a` reported (as `written`) where it decides targets that the plan
    /// does not let be not applicable (E0717).
    NaRefused {
        metric: String,
        written: String,
        targets: Vec<String>,
    },
    /// `n/a` reported (as `written`) for a count or an amount of money
    /// (`ty`), which always has a value, with the targets on it it leaves
    /// invalid (E0717).
    NaForCount {
        metric: String,
        /// `None` for a value formulas are computed from that the plan
        /// does not declare.
        ty: Option<MetricType>,
        written: String,
        targets: Vec<String>,
    },
    /// `n/a` reported (as `written`) for a metric computed from `counts`
    /// that are not reported, with the targets it leaves invalid (E0717).
    NaWithoutCounts {
        metric: String,
        written: String,
        counts: Vec<String>,
        targets: Vec<String>,
    },
    /// A zero divisor (the metric, when the divisor is one) under targets
    /// the plan says always apply (E0717).
    AlwaysApplies {
        divisor: Option<String>,
        targets: Vec<String>,
    },
    /// A reported value that disagrees with the one its counts give (E0719).
    Disagrees(Disagreement),
    /// A derived share outside 0..100% (E0718).
    ShareOutOfRange(ShareOutside),
    /// A derived share above 100% whose targets all score in proportion:
    /// their points are capped at the maximum (W0739).
    ShareCapped(ShareOutside),
    /// A value reported for a metric the plan computes from its counts
    /// only (`computed`, `default computed`): not taken (W0752). `counts`:
    /// the values to report instead; `missing`: those of them not reported,
    /// whose targets are then missing, as if it had not been reported.
    ComputedOnly {
        metric: String,
        counts: Vec<String>,
        missing: Vec<String>,
    },
    /// A derived metric reported without all of its counts, whose value as
    /// the unit reports it (`shown`) decides points: taken on the unit's
    /// word (W0753); `missing`: the counts not reported.
    UnitsWord {
        metric: String,
        value: rust_decimal::Decimal,
        ty: Option<MetricType>,
        missing: Vec<String>,
    },
    /// A target whose computed value is too large to hold exactly: beyond
    /// the largest decimal, or a fraction of terms beyond 128 bits (E0721).
    TooLarge { target: String, metric: String },
    /// The metric that gives a target's maximum (`points max_21`) is not
    /// reported (`value` `None`), or not a number of zero or more: the
    /// value as shown, or `n/a` (E0740).
    BadMaximum {
        target: String,
        metric: String,
        value: Option<String>,
    },
    /// The metric that gives a target's maximum is outside the bound the
    /// plan sets on it (`points max_21 in 0..20`): the value as shown
    /// (E0754).
    MaxOutsideBound {
        target: String,
        metric: String,
        value: String,
        bound: MaxBound,
    },
    /// A period that cannot be read (E0709).
    PeriodUnreadable { period: String },
    /// Measurements of a period wholly outside the plan's (E0732).
    PeriodNotPlanned {
        covers: (NaiveDate, NaiveDate),
        plan: (NaiveDate, NaiveDate),
    },
    /// Measurements of a period partly outside the plan's (W0712).
    PeriodPartlyOutside {
        covers: (NaiveDate, NaiveDate),
        plan: (NaiveDate, NaiveDate),
    },
    /// The plan has errors, so nothing is evaluated (E0715); the plan as
    /// named on the command line.
    PlanNotUsable { plan: String },
    /// A unit's readings of periods other than the one it is evaluated for
    /// (`evaluated`, as written), each as written: kept, not scored (W0760).
    OtherPeriods {
        unit: String,
        evaluated: String,
        others: Vec<String>,
    },
    /// `eval --period` names a period that cannot be read (`plan` `None`),
    /// or one wholly outside the plan's (E0761).
    PeriodOption {
        period: String,
        plan: Option<(NaiveDate, NaiveDate)>,
    },
    /// Baseline values (`baseline(x)`, `--baseline`).
    Baseline(BaselineProblem),
    /// When a target is judged: `every`, `cumulative` (E0765, W0766).
    Timing(TimingEvalProblem),
}

/// Where a metric given twice was first given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirstGiven {
    /// In the same text file: the diagnostic points there too.
    Here,
    /// In another file, or in a spreadsheet (at a cell, which cannot be
    /// pointed at).
    In { file: String, cell: Option<Cell> },
}

impl Describe for EvalProblem {
    fn code(&self) -> Code {
        match self {
            EvalProblem::UnknownMetric { .. } => Code::UnknownMetric,
            EvalProblem::GivenTwice { differs: true, .. } => Code::ConflictingValues,
            EvalProblem::GivenTwice { differs: false, .. } => Code::RepeatedValue,
            EvalProblem::EmptyValue { .. } => Code::EmptyValue,
            EvalProblem::NaRefused { .. }
            | EvalProblem::NaForCount { .. }
            | EvalProblem::NaWithoutCounts { .. }
            | EvalProblem::AlwaysApplies { .. } => Code::NotApplicableRefused,
            EvalProblem::Disagrees(_) => Code::DisagreesWithCounts,
            EvalProblem::ShareOutOfRange(_) => Code::ShareOutOfRange,
            EvalProblem::ShareCapped(_) => Code::ShareCapped,
            EvalProblem::ComputedOnly { .. } => Code::ComputedOnly,
            EvalProblem::UnitsWord { .. } => Code::UnitsWord,
            EvalProblem::TooLarge { .. } => Code::InexactComparison,
            EvalProblem::BadMaximum { .. } => Code::BadMaximum,
            EvalProblem::MaxOutsideBound { .. } => Code::MaxOutsideBound,
            EvalProblem::PeriodUnreadable { .. } => Code::UnreadableValue,
            EvalProblem::PeriodNotPlanned { .. } => Code::PeriodNotPlanned,
            EvalProblem::PeriodPartlyOutside { .. } => Code::PeriodOutsidePlan,
            EvalProblem::PlanNotUsable { .. } => Code::PlanNotUsable,
            EvalProblem::OtherPeriods { .. } => Code::OtherPeriodsNotScored,
            EvalProblem::PeriodOption { .. } => Code::PeriodOptionUnusable,
            EvalProblem::Baseline(p) => p.code(),
            EvalProblem::Timing(p) => p.code(),
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            EvalProblem::UnknownMetric {
                metric,
                rows,
                more_files,
                ..
            } => values::unknown_metric(metric, *rows, *more_files, lang),
            EvalProblem::GivenTwice {
                metric,
                unit,
                differs,
                ..
            } => values::given_twice(metric, unit, *differs, lang),
            EvalProblem::EmptyValue { metric, .. } => values::empty(metric, lang),
            EvalProblem::NaRefused {
                metric,
                written,
                targets,
            } => values::na_refused(metric, written, targets, lang),
            EvalProblem::NaForCount {
                metric,
                ty,
                written,
                targets,
            } => values::na_for_count(metric, *ty, written, targets, lang),
            EvalProblem::NaWithoutCounts {
                metric,
                written,
                counts,
                targets,
            } => values::na_without_counts(metric, written, counts, targets, lang),
            EvalProblem::AlwaysApplies { divisor, targets } => {
                computed::always_applies(divisor.as_deref(), targets, lang)
            }
            EvalProblem::Disagrees(disagreement) => computed::disagrees(disagreement, lang),
            EvalProblem::ShareOutOfRange(share) => computed::share_out_of_range(share, lang),
            EvalProblem::ShareCapped(share) => computed::share_capped(share, lang),
            EvalProblem::ComputedOnly {
                metric,
                counts,
                missing,
            } => computed::computed_only(metric, counts, missing, lang),
            EvalProblem::UnitsWord {
                metric,
                value,
                ty,
                missing,
            } => computed::units_word(metric, &number_text(*value, *ty, lang), missing, lang),
            EvalProblem::TooLarge { target, metric } => computed::too_large(target, metric, lang),
            EvalProblem::BadMaximum {
                target,
                metric,
                value,
            } => computed::bad_maximum(target, metric, value.as_deref(), lang),
            EvalProblem::MaxOutsideBound {
                target,
                metric,
                value,
                bound,
            } => computed::max_outside_bound(target, metric, value, bound, lang),
            EvalProblem::PeriodUnreadable { period } => periods::unreadable(period, lang),
            EvalProblem::PeriodNotPlanned { covers, plan } => {
                periods::outside(*covers, *plan, false, lang)
            }
            EvalProblem::PeriodPartlyOutside { covers, plan } => {
                periods::outside(*covers, *plan, true, lang)
            }
            EvalProblem::PlanNotUsable { .. } => lang.pick(
                "the plan has errors, so nothing was evaluated",
                "kế hoạch có lỗi nên chưa chấm điểm gì",
            ),
            EvalProblem::OtherPeriods {
                unit,
                evaluated,
                others,
            } => periods::others(unit, evaluated, others, lang),
            EvalProblem::PeriodOption { period, plan } => {
                periods::option_unusable(period, *plan, lang)
            }
            EvalProblem::Baseline(p) => p.message(lang),
            EvalProblem::Timing(p) => p.message(lang),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            EvalProblem::Baseline(p) => return p.label(lang),
            EvalProblem::Timing(p) => return Some(p.label(lang)),
            EvalProblem::UnknownMetric { .. } => ("not in the plan", "không có trong kế hoạch"),
            EvalProblem::GivenTwice { .. } => ("given again here", "báo cáo lại ở đây"),
            EvalProblem::EmptyValue { .. } => ("empty", "trống"),
            EvalProblem::NaRefused { .. } => ("not allowed here", "không được phép ở đây"),
            EvalProblem::NaForCount { ty: None, .. } => {
                ("not declared by the plan", "kế hoạch không khai báo")
            }
            EvalProblem::NaForCount { .. } => ("write 0 if there is none", "ghi 0 nếu không có"),
            EvalProblem::NaWithoutCounts { .. } => {
                ("its counts are not reported", "thiếu các số đếm của nó")
            }
            EvalProblem::AlwaysApplies { .. } => ("nothing to measure", "không có gì để đo"),
            EvalProblem::Disagrees(_) => {
                ("disagrees with its counts", "không khớp với các số liệu")
            }
            EvalProblem::ShareOutOfRange(_) => ("a share of a whole", "tỷ lệ trên tổng số"),
            EvalProblem::ShareCapped(_) => ("above its whole", "vượt tổng số"),
            EvalProblem::ComputedOnly { .. } => (
                "computed from its counts only",
                "chỉ tính từ các số đếm của nó",
            ),
            EvalProblem::UnitsWord { .. } => {
                ("taken as the unit reports it", "lấy theo đơn vị báo cáo")
            }
            EvalProblem::TooLarge { .. } => ("too large", "quá lớn"),
            EvalProblem::BadMaximum { value: None, .. } => {
                ("its maximum is not reported", "thiếu điểm tối đa")
            }
            EvalProblem::BadMaximum { .. } => ("not a maximum", "không phải điểm tối đa"),
            EvalProblem::MaxOutsideBound { .. } => {
                ("outside the plan's bound", "ngoài giới hạn của kế hoạch")
            }
            EvalProblem::PeriodNotPlanned { .. } => ("another period", "kỳ khác"),
            EvalProblem::PeriodPartlyOutside { .. } => (
                "partly outside the plan period",
                "một phần ngoài kỳ kế hoạch",
            ),
            EvalProblem::OtherPeriods { .. } => ("another period", "kỳ khác"),
            // The code's title stands under the caret.
            EvalProblem::PeriodUnreadable { .. }
            | EvalProblem::PlanNotUsable { .. }
            | EvalProblem::PeriodOption { .. } => return None,
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        match self {
            EvalProblem::Baseline(p) => p.hint(lang),
            EvalProblem::Timing(p) => Some(p.hint(lang)),
            EvalProblem::UnknownMetric { suggestion, .. } => {
                Some(values::unknown_metric_hint(suggestion.as_deref(), lang))
            }
            EvalProblem::GivenTwice { differs, first, .. } => {
                values::given_twice_hint(*differs, first, lang)
            }
            EvalProblem::EmptyValue { always_valued: true, .. } => Some(lang.pick("it counts as missing; write 0 when there is nothing to count",
                "được tính là thiếu số liệu; ghi 0 khi không có gì để đếm",
            )),
            EvalProblem::EmptyValue { .. } => Some(lang.pick("it counts as missing; write `n/a` where the plan lets the target be not applicable",
                "được tính là thiếu số liệu; chỉ ghi `n/a` khi kế hoạch cho phép chỉ tiêu không áp dụng",
            )),
            EvalProblem::NaRefused { .. } => Some(values::na_refused_hint(lang)),
            EvalProblem::NaForCount { ty: None, metric, .. } => Some(match lang {
                Lang::En => format!("report its value, or declare it in the plan with its kind (`metric {metric}: count`, or `ratio` and a `not_applicable` rule where n/a is meant)"),
                Lang::Vi => format!("báo cáo giá trị của nó, hoặc khai báo nó trong kế hoạch cùng loại của nó (`metric {metric}: count`, hoặc `ratio` và một quy tắc `not_applicable` khi muốn cho phép n/a)"),
            }),
            EvalProblem::NaForCount { .. } => Some(values::na_for_count_hint(lang)),
            EvalProblem::NaWithoutCounts { .. } => Some(lang.pick("report the counts, 0 where there is nothing to count: the plan's `not_applicable` rule then decides",
                "báo cáo các số đếm, ghi 0 khi không có gì để đếm: khi đó quy tắc `not_applicable` của kế hoạch quyết định",
            )),
            EvalProblem::AlwaysApplies { .. } => Some(computed::always_applies_hint(lang)),
            EvalProblem::Disagrees(_) => Some(lang.pick("correct the value or the counts; until they agree, targets on it are invalid",
                "sửa giá trị hoặc các số liệu; trước khi chúng khớp nhau, các chỉ tiêu trên đó không hợp lệ",
            )),
            EvalProblem::ShareOutOfRange(share) => {
                Some(computed::share_out_of_range_hint(&share.metric, lang))
            }
            EvalProblem::ShareCapped(_) => Some(lang.pick(
                "nothing to do if the method caps the points so; otherwise correct the counts",
                "không cần làm gì nếu phương pháp giới hạn điểm như vậy; nếu không, sửa số liệu",
            )),
            EvalProblem::ComputedOnly { counts, .. } => {
                Some(computed::computed_only_hint(counts, lang))
            }
            EvalProblem::UnitsWord { metric, .. } => Some(computed::units_word_hint(metric, lang)),
            EvalProblem::TooLarge { .. } => Some(lang.pick("this is the limit of chitieu's exact arithmetic, not an error in the data; if the method rounds a value on the way, say so with `round(x, 4)` in the formula",
                "đây là giới hạn của phép tính chính xác của chitieu, không phải lỗi số liệu; nếu phương pháp làm tròn một giá trị trong lúc tính, hãy ghi `round(x, 4)` trong công thức",
            )),
            EvalProblem::BadMaximum { metric, .. } => Some(match lang {
                Lang::En => format!("report the unit's maximum as `{metric}`, a number from 0 to {MAX_POINTS}"),
                Lang::Vi => format!("báo cáo điểm tối đa của đơn vị ở `{metric}`, là số từ 0 đến {MAX_POINTS}"),
            }),
            EvalProblem::MaxOutsideBound { metric, bound, .. } => Some(match lang {
                Lang::En => format!("report the maximum the method gives the unit as `{metric}`, from {} to {}; until then the unit's maximum is not known: no percentage, no grade", bound.low, bound.high),
                Lang::Vi => format!("báo cáo điểm tối đa mà phương pháp cho đơn vị ở `{metric}`, từ {} đến {}; đến lúc đó điểm tối đa của đơn vị là chưa biết: không có tỷ lệ phần trăm, không xếp loại", bound.low, bound.high),
            }),
            EvalProblem::PeriodUnreadable { period } => Some(periods::unreadable_hint(period, lang)),
            EvalProblem::PeriodNotPlanned { .. } => Some(periods::outside_hint(false, lang)),
            EvalProblem::PeriodPartlyOutside { .. } => Some(periods::outside_hint(true, lang)),
            EvalProblem::PlanNotUsable { plan } => Some(match lang {
                Lang::En => format!("run `chitieu check {plan}` and correct them"),
                Lang::Vi => format!("chạy `chitieu check {plan}` và sửa các lỗi đó"),
            }),
            EvalProblem::OtherPeriods { .. } => Some(periods::others_hint(lang)),
            EvalProblem::PeriodOption { period, .. } => Some(periods::option_hint(period, lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Describe;
    use rust_decimal::Decimal;

    /// The message and hint of `problem` in English and in Vietnamese.
    fn said(problem: &EvalProblem) -> [String; 4] {
        let hint = |lang| problem.hint(lang).unwrap_or_default();
        [
            problem.message(Lang::En),
            hint(Lang::En),
            problem.message(Lang::Vi),
            hint(Lang::Vi),
        ]
    }

    /// Where a value given twice was first given, when the diagnostic cannot
    /// point there: another file's cell, a line of a streamed file.
    #[test]
    fn where_a_value_was_first_given() {
        let twice = |differs, first| EvalProblem::GivenTwice {
            metric: "m".into(),
            unit: "Phường 1".into(),
            differs,
            first,
        };
        let cell = Cell {
            sheet: "Sheet1".into(),
            row: 3,
            column: 1,
        };
        let in_cell = FirstGiven::In {
            file: "a.xlsx".into(),
            cell: Some(cell),
        };
        let [_, en, _, vi] = said(&twice(false, in_cell));
        assert_eq!(en, "first given in a.xlsx Sheet1!B4");
        assert_eq!(vi, "báo cáo lần đầu trong a.xlsx Sheet1!B4");
        let [en_message, en, vi_message, vi] = said(&twice(true, FirstGiven::Here));
        assert_eq!(
            en_message,
            "`m` is given twice for `Phường 1` with different values"
        );
        assert_eq!(
            vi_message,
            "`m` được báo cáo hai lần cho `Phường 1` với hai giá trị khác nhau"
        );
        assert_eq!(
            en,
            "keep one of the values; until then targets on it are invalid"
        );
        assert_eq!(
            vi,
            "giữ lại một giá trị; trước đó các chỉ tiêu trên chỉ số này không hợp lệ"
        );
        assert_eq!(twice(false, FirstGiven::Here).hint(Lang::En), None);
    }

    /// Several targets, and a divisor that is not a metric.
    #[test]
    fn lists_of_targets_and_unnamed_divisors() {
        let targets = vec!["a".to_string(), "b".to_string()];
        let na = EvalProblem::NaRefused {
            metric: "m".into(),
            written: "KAD".into(),
            targets: targets.clone(),
        };
        let [en, _, vi, _] = said(&na);
        assert_eq!(en, "`m` is reported as `KAD`, but the plan does not let targets `a`, `b` be not applicable");
        assert_eq!(vi, "`m` được báo cáo là `KAD`, nhưng kế hoạch không cho phép các chỉ tiêu `a`, `b` không áp dụng");
        let money = EvalProblem::NaForCount {
            metric: "m".into(),
            ty: Some(MetricType::Money),
            written: "n/a".into(),
            targets: targets.clone(),
        };
        let [en, _, vi, _] = said(&money);
        assert_eq!(en, "`m` is an amount of money, reported as `n/a`: an amount always has a value (targets `a`, `b` are invalid)");
        assert_eq!(vi, "`m` là một số tiền nhưng được báo cáo là `n/a`: số tiền luôn có giá trị (các chỉ tiêu `a`, `b` không hợp lệ)");
        let unused = EvalProblem::NaForCount {
            metric: "m".into(),
            ty: Some(MetricType::Count),
            written: "KAD".into(),
            targets: Vec::new(),
        };
        let [en, _, vi, _] = said(&unused);
        assert_eq!(
            en,
            "`m` is a count, reported as `KAD`: a count always has a value"
        );
        assert_eq!(
            vi,
            "`m` là một số đếm nhưng được báo cáo là `KAD`: số đếm luôn có giá trị"
        );
        let without = EvalProblem::NaWithoutCounts {
            metric: "m".into(),
            written: "n/a".into(),
            counts: targets.clone(),
            targets: vec!["t".into()],
        };
        let [en, _, vi, _] = said(&without);
        assert_eq!(en, "`m` is reported as `n/a`, but `a`, `b`, which it is computed from, are not: only they can say there is nothing to count (target `t` is invalid)");
        assert_eq!(vi, "`m` được báo cáo là `n/a` nhưng `a`, `b`, các số liệu dùng để tính nó, chưa được báo cáo: chỉ chúng mới cho biết có gì để đếm hay không (chỉ tiêu `t` không hợp lệ)");
        let zero = EvalProblem::AlwaysApplies {
            divisor: None,
            targets,
        };
        let [en, _, vi, _] = said(&zero);
        assert_eq!(
            en,
            "the divisor is 0, but the plan says targets `a`, `b` always apply"
        );
        assert_eq!(
            vi,
            "số chia bằng 0, nhưng kế hoạch quy định các chỉ tiêu `a`, `b` luôn áp dụng"
        );
    }

    /// Computed values that cannot be judged, and shares below their whole,
    /// with values written as each language writes them.
    #[test]
    fn computed_values_in_each_language() {
        let too_large = EvalProblem::TooLarge {
            target: "t".into(),
            metric: "m".into(),
        };
        let [en, _, vi, _] = said(&too_large);
        assert!(en.contains("beyond 79228162514264337593543950335"), "{en}");
        assert!(vi.contains("`m` tính ra một số quá lớn"), "{vi}");
        let share = EvalProblem::ShareOutOfRange(ShareOutside {
            metric: "s".into(),
            part: None,
            value: Some(Decimal::new(-1, 7)),
            inputs: vec![crate::eval::result::Input {
                name: "a".into(),
                value: Some(crate::measure::value::Value::Number(Decimal::new(455, 3))),
                ty: Some(crate::syntax::ast::MetricType::Ratio),
            }],
        });
        let [en, _, vi, _] = said(&share);
        assert_eq!(
            en,
            "`s` comes to less than 0% (`a` 45.5%), but a share of a whole lies within 0%..100%"
        );
        assert_eq!(
            vi,
            "`s` tính ra dưới 0% (`a` 45,5%), nhưng tỷ lệ trên tổng số chỉ nằm trong 0%..100%"
        );
    }

    #[test]
    fn unreadable_periods() {
        let [en, en_hint, vi, _] = said(&EvalProblem::PeriodUnreadable {
            period: "nửa năm".into(),
        });
        assert_eq!(en, "`nửa năm` is not a period");
        assert!(en_hint.starts_with("write `2025-07-01..2025-12-31`"));
        assert_eq!(vi, "`nửa năm` không phải là một kỳ");
    }
}
