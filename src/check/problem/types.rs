//! Types and units: derived metrics against their stated type, thresholds
//! against their metric's type, formulas whose units do not combine, points
//! and scoring rules that do not fit their target.

use rust_decimal::Decimal;

use crate::check::targets::MAX_POINTS;
use crate::check::types::{describe_in, example_in};
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;
use crate::syntax::ast::{BinOp, LiteralKind, MetricType};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeProblem {
    /// A derived metric whose formula cannot give the type it is declared with.
    FormulaGives {
        name: String,
        stated: MetricType,
        computed: MetricType,
    },
    /// A threshold of another kind than its metric's type.
    ComparedWith {
        metric: String,
        ty: MetricType,
        literal: LiteralKind,
    },
    /// A plain number outside 0..1 compared with a share.
    RatioOutOfRange {
        metric: String,
        value: Decimal,
    },
    /// A percent outside 0%..100% compared with a share.
    ShareOutOfRange {
        metric: String,
    },
    /// A yes/no metric compared by size.
    BoolOrdering {
        metric: String,
    },
    /// A count compared with a number that is not a whole one.
    CountNotWhole {
        metric: String,
        value: Decimal,
    },
    /// A count, money or whole number written with three digits after the
    /// dot (`1.000`): a decimal point to the plan, a thousands separator in
    /// Vietnamese writing.
    ThousandsDot {
        metric: String,
        value: Decimal,
        /// ` VND` after an amount of money, so that the fix is a value.
        unit: &'static str,
    },
    /// Linear scoring of a metric that is not a ratio.
    LinearNotRatio {
        metric: String,
        ty: MetricType,
        /// Whether the target has a condition: one without has no
        /// `all_or_nothing` to fall back on (E0410).
        conditioned: bool,
        /// Whether the metric is a formula worked out as a number (a
        /// quotient by a plain number, `/ 12`, is one), which the plan may
        /// state a rate.
        derived_number: bool,
    },
    /// Saturating scoring of a target that is not `>= a positive number`.
    SaturatingMisfit,
    DivisionByZero,
    /// Points written beside tiers that give other points.
    PointsDisagree {
        written: Decimal,
        best: Decimal,
    },
    PointsTooMany {
        value: Decimal,
    },
    PointsNegative {
        value: Decimal,
    },
    PointsNotNumber {
        literal: LiteralKind,
    },
    /// Points overridden on a target whose tiers set them.
    PointsSetByTiers,
    /// Tiers an `override` writes without points, on an inherited target
    /// worth other points than their best tier: written directly with the
    /// points it keeps, the target would give `PointsDisagree`.
    InheritedPointsDisagree {
        inherited: Decimal,
        best: Decimal,
    },
    /// Two sides of a formula whose units do not combine.
    UnitsDoNotCombine {
        left: MetricType,
        op: BinOp,
        right: MetricType,
        why: UnitClash,
    },
    /// A date or yes/no value in a formula.
    NotInFormula {
        ty: MetricType,
    },
    DueNotDate {
        literal: LiteralKind,
    },
    /// A due date given to an inherited target that is not a task.
    NotATask {
        id: String,
    },
}

/// Why two sides of a formula do not combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClash {
    AddedAcrossUnits,
    UnitsMultiplied,
    PlainOverQuantity,
    DividedAcrossUnits,
}

impl Describe for TypeProblem {
    fn code(&self) -> Code {
        match self {
            TypeProblem::FormulaGives { .. }
            | TypeProblem::ComparedWith { .. }
            | TypeProblem::DueNotDate { .. }
            | TypeProblem::NotATask { .. } => Code::TypeMismatch,
            TypeProblem::RatioOutOfRange { .. } | TypeProblem::ShareOutOfRange { .. } => {
                Code::RatioOutOfRange
            }
            TypeProblem::BoolOrdering { .. } => Code::BoolOrdering,
            TypeProblem::CountNotWhole { .. } => Code::CountNotWhole,
            TypeProblem::ThousandsDot { .. } => Code::ThousandsDot,
            TypeProblem::LinearNotRatio { .. } | TypeProblem::SaturatingMisfit => {
                Code::ScoringMismatch
            }
            TypeProblem::DivisionByZero => Code::DivisionByZero,
            TypeProblem::PointsDisagree { .. }
            | TypeProblem::InheritedPointsDisagree { .. }
            | TypeProblem::PointsTooMany { .. }
            | TypeProblem::PointsNegative { .. }
            | TypeProblem::PointsNotNumber { .. }
            | TypeProblem::PointsSetByTiers => Code::InvalidPoints,
            TypeProblem::UnitsDoNotCombine { .. } | TypeProblem::NotInFormula { .. } => {
                Code::UnitMismatch
            }
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        let ty = |t: &MetricType| describe_in(*t, lang);
        match (self, lang) {
            (TypeProblem::FormulaGives { name, stated, computed }, En) => format!(
                "`{name}` is declared as {}, but its formula gives {}",
                ty(stated),
                ty(computed)
            ),
            (TypeProblem::FormulaGives { name, stated, computed }, Vi) => format!(
                "`{name}` được khai báo là {}, nhưng công thức của nó cho ra {}",
                ty(stated),
                ty(computed)
            ),
            (TypeProblem::ComparedWith { metric, ty: t, literal }, En) => format!(
                "`{metric}` is {} but is compared with {}",
                ty(t),
                literal.describe(lang)
            ),
            (TypeProblem::ComparedWith { metric, ty: t, literal }, Vi) => format!(
                "`{metric}` là {} nhưng được so sánh với {}",
                ty(t),
                literal.describe(lang)
            ),
            (TypeProblem::RatioOutOfRange { metric, value }, En) => {
                format!("`{metric}` is a ratio, but `{value}` is outside 0..1")
            }
            (TypeProblem::RatioOutOfRange { metric, value }, Vi) => {
                format!("`{metric}` là một tỷ lệ, nhưng `{value}` nằm ngoài 0..1")
            }
            (TypeProblem::ShareOutOfRange { metric }, En) => {
                format!("`{metric}` is a share of a whole and can never be outside 0%..100%")
            }
            (TypeProblem::ShareOutOfRange { metric }, Vi) => format!(
                "`{metric}` là tỷ lệ trên tổng số nên không bao giờ nằm ngoài 0%..100%"
            ),
            (TypeProblem::BoolOrdering { metric }, En) => {
                format!("`{metric}` is a yes/no value and can only be compared with `==`")
            }
            (TypeProblem::BoolOrdering { metric }, Vi) => {
                format!("`{metric}` là giá trị có/không nên chỉ so sánh được bằng `==`")
            }
            (TypeProblem::CountNotWhole { metric, value }, En) => {
                format!("`{metric}` is a count, but `{value}` is not a whole number of things")
            }
            (TypeProblem::CountNotWhole { metric, value }, Vi) => {
                format!("`{metric}` là một số đếm, nhưng `{value}` không phải số nguyên")
            }
            (TypeProblem::ThousandsDot { metric, value, .. }, En) => format!(
                "`{value}` compared with `{metric}` reads as {}: a plan's dot is a decimal point, though Vietnamese writing groups thousands with it ({})",
                value.normalize(),
                thousands(value)
            ),
            (TypeProblem::ThousandsDot { metric, value, .. }, Vi) => format!(
                "`{value}` so với `{metric}` được đọc là {}: trong kế hoạch dấu chấm là dấu thập phân, dù văn bản tiếng Việt dùng nó để tách hàng nghìn ({})",
                lang.decimal(&value.normalize().to_string()),
                thousands(value)
            ),
            (TypeProblem::LinearNotRatio { metric, ty: t, .. }, En) => format!(
                "linear scoring gives points × rate, but `{metric}` is {}, not a ratio",
                ty(t)
            ),
            (TypeProblem::LinearNotRatio { metric, ty: t, .. }, Vi) => format!(
                "tính điểm tuyến tính cho điểm × tỷ lệ, nhưng `{metric}` là {}, không phải tỷ lệ",
                ty(t)
            ),
            (TypeProblem::SaturatingMisfit, _) => lang.pick("saturating scoring needs a target of the form `>= THRESHOLD` with a positive number: full points from the threshold on",
                "tính điểm bão hòa cần chỉ tiêu dạng `>= NGƯỠNG` với một số dương: đủ điểm từ ngưỡng trở lên",
            ),
            (TypeProblem::DivisionByZero, _) => lang.pick("division by zero", "chia cho 0"),
            (TypeProblem::PointsDisagree { written, best }, En) => {
                format!("`points {written}` disagrees with the best tier, worth {best}")
            }
            (TypeProblem::PointsDisagree { written, best }, Vi) => format!(
                "`points {written}` không khớp với bậc cao nhất, đáng {} điểm",
                lang.decimal(&best.to_string())
            ),
            (TypeProblem::InheritedPointsDisagree { inherited, best }, En) => format!(
                "the inherited target is worth {inherited} points, but the best of these tiers \
                 pays {best}: tiers set a target's points"
            ),
            (TypeProblem::InheritedPointsDisagree { inherited, best }, Vi) => format!(
                "chỉ tiêu kế thừa đáng {} điểm, nhưng bậc cao nhất của các bậc này chỉ cho {} \
                 điểm: các bậc quyết định điểm của chỉ tiêu",
                lang.decimal(&inherited.to_string()),
                lang.decimal(&best.to_string())
            ),
            (TypeProblem::PointsTooMany { value }, En) => {
                format!("points of at most {MAX_POINTS} are allowed, not `{value}`")
            }
            (TypeProblem::PointsTooMany { value }, Vi) => {
                format!("điểm tối đa là {MAX_POINTS}, không được là `{value}`")
            }
            (TypeProblem::PointsNegative { value }, En) => {
                format!("points cannot be negative, but `{value}` is")
            }
            (TypeProblem::PointsNegative { value }, Vi) => {
                format!("điểm không thể âm, nhưng `{value}` là số âm")
            }
            (TypeProblem::PointsNotNumber { literal }, En) => format!(
                "points must be a number of zero or more, not {}",
                literal.describe(lang)
            ),
            (TypeProblem::PointsNotNumber { literal }, Vi) => format!(
                "điểm phải là một số từ 0 trở lên, không phải {}",
                literal.describe(lang)
            ),
            (TypeProblem::PointsSetByTiers, _) => lang.pick("this target is scored by tiers, which set its points",
                "chỉ tiêu này tính điểm theo bậc, và các bậc quyết định điểm của nó",
            ),
            (
                TypeProblem::UnitsDoNotCombine {
                    left,
                    op,
                    right,
                    why,
                },
                _,
            ) => {
                let (left, op, right) = (ty(left), op.symbol(), ty(right));
                match lang {
                    En => format!(
                        "{left} {op} {right} does not make sense: {}",
                        why.text(lang)
                    ),
                    Vi => format!("{left} {op} {right} không có nghĩa: {}", why.text(lang)),
                }
            }
            (TypeProblem::NotInFormula { ty: t }, En) => {
                format!("{} cannot be used in a formula", ty(t))
            }
            (TypeProblem::NotInFormula { ty: t }, Vi) => {
                let what = match t {
                    MetricType::Date => "ngày",
                    MetricType::Bool => "giá trị có/không",
                    other => describe_in(*other, lang),
                };
                format!("không dùng được {what} trong công thức")
            }
            (TypeProblem::DueNotDate { literal }, En) => format!(
                "a due date must be a date, not {}",
                literal.describe(lang)
            ),
            (TypeProblem::DueNotDate { literal }, Vi) => {
                format!("hạn phải là một ngày, không phải {}", literal.describe(lang))
            }
            (TypeProblem::NotATask { id }, En) => {
                format!("`{id}` is a target, not a task; it has no due date")
            }
            (TypeProblem::NotATask { id }, Vi) => {
                format!("`{id}` là chỉ tiêu, không phải nhiệm vụ; nó không có hạn")
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            TypeProblem::FormulaGives { computed, .. } => {
                let t = describe_in(*computed, lang);
                return Some(match lang {
                    Lang::En => format!("the formula gives {t}"),
                    Lang::Vi => format!("công thức cho ra {t}"),
                });
            }
            TypeProblem::ComparedWith { ty, .. } => return Some(expected(lang, *ty)),
            TypeProblem::DueNotDate { .. } => return Some(expected(lang, MetricType::Date)),
            TypeProblem::RatioOutOfRange { .. } | TypeProblem::ShareOutOfRange { .. } => {
                ("outside 0..100%", "ngoài 0..100%")
            }
            TypeProblem::CountNotWhole { .. } => ("not a whole number", "không phải số nguyên"),
            TypeProblem::ThousandsDot { .. } => (
                "a decimal point, or thousands?",
                "dấu thập phân, hay tách hàng nghìn?",
            ),
            TypeProblem::LinearNotRatio { .. } | TypeProblem::SaturatingMisfit => {
                ("does not fit this target", "không hợp với chỉ tiêu này")
            }
            TypeProblem::PointsTooMany { .. } => ("too many", "quá lớn"),
            TypeProblem::PointsNegative { .. } => ("negative", "số âm"),
            TypeProblem::BoolOrdering { .. }
            | TypeProblem::DivisionByZero
            | TypeProblem::PointsDisagree { .. }
            | TypeProblem::InheritedPointsDisagree { .. }
            | TypeProblem::PointsNotNumber { .. }
            | TypeProblem::PointsSetByTiers
            | TypeProblem::UnitsDoNotCombine { .. }
            | TypeProblem::NotInFormula { .. }
            | TypeProblem::NotATask { .. } => return None,
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        let (en, vi) = match (self, lang) {
            (TypeProblem::FormulaGives { computed, .. }, En) => {
                return Some(format!(
                    "declare it `{}`, or change the formula",
                    computed.keyword()
                ))
            }
            (TypeProblem::FormulaGives { computed, .. }, Vi) => {
                return Some(format!(
                    "khai báo nó là `{}`, hoặc sửa công thức",
                    computed.keyword()
                ))
            }
            (
                TypeProblem::ComparedWith {
                    metric,
                    ty,
                    literal,
                },
                _,
            ) => return Some(compared_hint(lang, metric, *ty, *literal)),
            (TypeProblem::RatioOutOfRange { value, .. }, En) => {
                return Some(format!("write a percent (`{value}%`) or a fraction (0..1)"))
            }
            (TypeProblem::RatioOutOfRange { value, .. }, Vi) => {
                return Some(format!(
                    "viết dạng phần trăm (`{value}%`) hoặc phân số (0..1)"
                ))
            }
            (TypeProblem::ShareOutOfRange { .. }, _) => (
                "a share of a whole lies between 0% and 100%; declare a ratio that may exceed it as `rate`",
                "tỷ lệ trên tổng số nằm trong khoảng 0% đến 100%; tỷ lệ có thể vượt tổng thì khai báo là `rate`",
            ),
            (TypeProblem::BoolOrdering { metric }, En) => {
                return Some(format!("write `target {metric} == true`"))
            }
            (TypeProblem::BoolOrdering { metric }, Vi) => {
                return Some(format!("viết `target {metric} == true`"))
            }
            (TypeProblem::CountNotWhole { metric, .. }, En) => {
                return Some(format!(
                    "use a whole number, or declare `{metric}` as `number`"
                ))
            }
            (TypeProblem::CountNotWhole { metric, .. }, Vi) => {
                return Some(format!(
                    "dùng số nguyên, hoặc khai báo `{metric}` là `number`"
                ))
            }
            (
                TypeProblem::LinearNotRatio {
                    metric,
                    derived_number: true,
                    ..
                },
                En,
            ) => {
                return Some(format!(
                    "`{metric}` is worked out as a number (a quotient by a plain number such as `/ 12` is one); if it is a rate, state `: rate`: `metric {metric}: rate = ...`"
                ))
            }
            (
                TypeProblem::LinearNotRatio {
                    metric,
                    derived_number: true,
                    ..
                },
                Vi,
            ) => {
                return Some(format!(
                    "`{metric}` được tính ra là một số (thương với một số thuần như `/ 12` là số); nếu đó là tỷ lệ, hãy ghi `: rate`: `metric {metric}: rate = ...`"
                ))
            }
            (
                TypeProblem::LinearNotRatio {
                    conditioned: false, ..
                },
                _,
            ) => (
                "score it `saturating X` (full points from X on) or by `tiers`",
                "chấm `saturating X` (đủ điểm từ X trở lên) hoặc theo `tiers`",
            ),
            (TypeProblem::ThousandsDot { value, unit, .. }, En) => {
                let (big, small) = (thousands(value), value.normalize());
                return Some(format!(
                    "write `{big}{unit}` (or `{}{unit}`) if {big} was meant, `{}{unit}` if {small} was meant",
                    grouped(big),
                    decimal(small)
                ));
            }
            (TypeProblem::ThousandsDot { value, unit, .. }, Vi) => {
                let (big, small) = (thousands(value), value.normalize());
                return Some(format!(
                    "viết `{big}{unit}` (hoặc `{}{unit}`) nếu muốn nói {big}, `{}{unit}` nếu muốn nói {}",
                    grouped(big),
                    decimal(small),
                    Lang::Vi.decimal(&small.to_string())
                ));
            }
            (TypeProblem::LinearNotRatio { .. } | TypeProblem::SaturatingMisfit, _) => (
                "use `all_or_nothing` (the default) or `tiers` for this target",
                "dùng `all_or_nothing` (mặc định) hoặc `tiers` cho chỉ tiêu này",
            ),
            (TypeProblem::DivisionByZero, _) => (
                "divide by a metric or a non-zero number",
                "chia cho một chỉ số hoặc một số khác 0",
            ),
            (TypeProblem::PointsDisagree { .. }, _) => (
                "with tiers the points are the best tier's; remove the `points` clause",
                "khi tính theo bậc, điểm là điểm của bậc cao nhất; bỏ mệnh đề `points`",
            ),
            (TypeProblem::InheritedPointsDisagree { .. }, _) => (
                "write the new maximum beside the tiers (`points` equal to the best tier's), or \
                 tiers whose best pays the inherited points",
                "ghi điểm tối đa mới bên cạnh các bậc (`points` bằng điểm của bậc cao nhất), \
                 hoặc các bậc có bậc cao nhất bằng điểm kế thừa",
            ),
            (TypeProblem::PointsTooMany { .. }, _) => (
                "points weigh targets against each other; write e.g. `points 2`",
                "điểm dùng để so trọng số giữa các chỉ tiêu; viết ví dụ `points 2`",
            ),
            (TypeProblem::PointsNegative { .. }, _) => (
                "a target that is missed earns 0 points; write e.g. `points 2`",
                "chỉ tiêu không đạt được 0 điểm; viết ví dụ `points 2`",
            ),
            (TypeProblem::PointsNotNumber { .. }, _) => {
                ("write e.g. `points 2`", "viết ví dụ `points 2`")
            }
            (TypeProblem::PointsSetByTiers, _) => (
                "override the tiers with `scoring tiers ...` instead",
                "thay vào đó hãy ghi đè các bậc bằng `scoring tiers ...`",
            ),
            (TypeProblem::UnitsDoNotCombine { .. }, _) => (
                "only like units add up; a ratio is two like quantities divided",
                "chỉ cộng được các đơn vị đo giống nhau; tỷ lệ là thương của hai đại lượng cùng loại",
            ),
            (TypeProblem::NotInFormula { .. }, _) => (
                "formulas combine numbers, counts, ratios, minutes and money",
                "công thức kết hợp số, số đếm, tỷ lệ, phút và tiền",
            ),
            (TypeProblem::DueNotDate { .. }, _) => (
                "write the date as year-month-day, e.g. `due 2025-09-10`",
                "viết ngày theo năm-tháng-ngày, ví dụ `due 2025-09-10`",
            ),
            (TypeProblem::NotATask { id }, En) => {
                return Some(format!(
                    "change its threshold instead: `override {id} >= ...`"
                ))
            }
            (TypeProblem::NotATask { id }, Vi) => {
                return Some(format!("thay vào đó hãy đổi ngưỡng: `override {id} >= ...`"))
            }
        };
        Some(lang.pick(en, vi))
    }
}

/// `expected a ratio` (`cần một tỷ lệ`).
fn expected(lang: Lang, ty: MetricType) -> String {
    let t = describe_in(ty, lang);
    match lang {
        Lang::En => format!("expected {t}"),
        Lang::Vi => format!("cần {t}"),
    }
}

/// What to write instead of a threshold of the wrong kind.
fn compared_hint(lang: Lang, metric: &str, ty: MetricType, literal: LiteralKind) -> String {
    use LiteralKind::{Number, Percent};
    let unit = match (ty, literal) {
        (MetricType::PercentagePoints, Number | Percent) => {
            return lang.pick(
                "write the difference in percentage points, e.g. `2 pp`",
                "viết mức chênh lệch bằng điểm phần trăm, ví dụ `2 pp`",
            )
        }
        (MetricType::Minutes, Number) => "min",
        (MetricType::Days, Number) => "days",
        (MetricType::WorkingDays, Number) => "working_days",
        (MetricType::WorkingDays, LiteralKind::Days) => {
            return lang.pick(
                "`days` counts every day of the calendar, this metric working days only: write `5 working_days` (`5 ngày làm việc`), or declare the metric `days`",
                "`days` đếm mọi ngày theo lịch, chỉ số này chỉ đếm ngày làm việc: viết `5 working_days` (`5 ngày làm việc`), hoặc khai báo chỉ số kiểu `days`",
            )
        }
        (MetricType::Days, LiteralKind::WorkingDays) => {
            return lang.pick(
                "this metric counts every day of the calendar, `working_days` only working days: write `5 days` (`5 ngày`), or declare the metric `working_days`",
                "chỉ số này đếm mọi ngày theo lịch, `working_days` chỉ đếm ngày làm việc: viết `5 days` (`5 ngày`), hoặc khai báo chỉ số kiểu `working_days`",
            )
        }
        (MetricType::Days | MetricType::WorkingDays, LiteralKind::Minutes)
        | (MetricType::Minutes, LiteralKind::Days | LiteralKind::WorkingDays) => {
            return lang.pick(
                "days and minutes never compare: a day of work is no exact number of minutes; write the value in the metric's own unit",
                "ngày và phút không so sánh với nhau: một ngày làm việc không phải một số phút cố định; viết giá trị theo đơn vị của chỉ số",
            )
        }
        (MetricType::Money, Number) => "VND",
        _ => {
            let example = example_in(ty, lang);
            return match lang {
                Lang::En => {
                    format!("compare with {example} or declare `{metric}` with another type")
                }
                Lang::Vi => {
                    format!("so sánh với {example} hoặc khai báo `{metric}` với kiểu khác")
                }
            };
        }
    };
    match lang {
        Lang::En => format!("write the value with its unit, e.g. `15 {unit}`"),
        Lang::Vi => format!("viết giá trị kèm đơn vị, ví dụ `15 {unit}`"),
    }
}

impl UnitClash {
    fn text(self, lang: Lang) -> String {
        let (en, vi) = match self {
            UnitClash::AddedAcrossUnits => (
                "only values of the same unit add up",
                "chỉ cộng được các giá trị cùng đơn vị đo",
            ),
            UnitClash::UnitsMultiplied => (
                "two quantities with units cannot be multiplied",
                "không nhân được hai đại lượng có đơn vị đo",
            ),
            UnitClash::PlainOverQuantity => (
                "a plain number divided by a quantity with a unit has no meaning here",
                "một số thuần chia cho một đại lượng có đơn vị đo không có nghĩa ở đây",
            ),
            UnitClash::DividedAcrossUnits => (
                "quantities of different units cannot be divided",
                "không chia được các đại lượng khác đơn vị đo",
            ),
        };
        lang.pick(en, vi)
    }
}

/// `1.000` read as Vietnamese writing means it: one thousand (the digits
/// without the dot).
fn thousands(value: &Decimal) -> i128 {
    value.mantissa()
}

/// `1000000` as `1_000_000`.
fn grouped(whole: i128) -> String {
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && c.is_ascii_digit() {
            out.push('_');
        }
        out.push(c);
    }
    out
}

/// `1` as `1.0`, `1.5` as it is: a number that says it has a decimal point.
fn decimal(value: Decimal) -> String {
    if value.scale() == 0 {
        format!("{value}.0")
    } else {
        value.to_string()
    }
}
