//! Types and units: what a literal is, how formulas combine units, and whether
//! a threshold fits its metric.

use rust_decimal::Decimal;

use super::problem::{TypeProblem, UnitClash};
use crate::i18n::Lang;
use crate::syntax::ast::{BinOp, Literal, MetricType};

/// The physical dimension behind a type: like dimensions add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    Plain,
    Minutes,
    Days,
    WorkingDays,
    Money,
}

/// The dimension of a type usable in arithmetic (`None` for dates and bools).
pub fn dim(ty: MetricType) -> Option<Dim> {
    match ty {
        MetricType::Ratio
        | MetricType::Rate
        | MetricType::PercentagePoints
        | MetricType::Count
        | MetricType::Number => Some(Dim::Plain),
        MetricType::Minutes => Some(Dim::Minutes),
        MetricType::Days => Some(Dim::Days),
        MetricType::WorkingDays => Some(Dim::WorkingDays),
        MetricType::Money => Some(Dim::Money),
        MetricType::Date | MetricType::Bool => None,
    }
}

/// The type of a metric inferred from a literal it is compared with: a
/// percent within 0..100% is a share, beyond it a rate.
pub fn literal_type(literal: &Literal) -> Option<MetricType> {
    Some(match literal {
        Literal::Number(_) => MetricType::Number,
        Literal::Percent(p) if p.is_sign_negative() || *p > Decimal::ONE => MetricType::Rate,
        Literal::Percent(_) => MetricType::Ratio,
        Literal::PercentagePoints(_) => MetricType::PercentagePoints,
        Literal::Minutes(_) => MetricType::Minutes,
        Literal::Days(_) => MetricType::Days,
        Literal::WorkingDays(_) => MetricType::WorkingDays,
        Literal::Money(_) => MetricType::Money,
        Literal::Date(_) => MetricType::Date,
        Literal::Bool(_) => MetricType::Bool,
        Literal::Invalid => return None,
    })
}

/// `a ratio`: what a metric of this type is, in English.
pub fn describe(ty: MetricType) -> &'static str {
    describe_in(ty, Lang::En)
}

/// `a ratio` (`một tỷ lệ`): what a metric of this type is.
pub fn describe_in(ty: MetricType, lang: Lang) -> &'static str {
    let (en, vi) = match ty {
        MetricType::Ratio => ("a ratio", "một tỷ lệ"),
        MetricType::Rate => ("a rate", "một tỷ lệ có thể vượt 100%"),
        MetricType::PercentagePoints => (
            "a difference in percentage points",
            "một mức chênh lệch tính bằng điểm phần trăm",
        ),
        MetricType::Count => ("a count", "một số đếm"),
        MetricType::Number => ("a number", "một số"),
        MetricType::Minutes => (
            "a duration in minutes",
            "một khoảng thời gian tính bằng phút",
        ),
        MetricType::Days => ("a duration in days", "một khoảng thời gian tính bằng ngày"),
        MetricType::WorkingDays => (
            "a duration in working days",
            "một khoảng thời gian tính bằng ngày làm việc",
        ),
        MetricType::Money => ("an amount of money", "một số tiền"),
        MetricType::Date => ("a date", "một ngày"),
        MetricType::Bool => ("a yes/no value", "một giá trị có/không"),
    };
    match lang {
        Lang::En => en,
        Lang::Vi => vi,
    }
}

/// One side of an arithmetic operation in a formula.
#[derive(Debug, Clone, Copy)]
pub struct Operand {
    pub ty: MetricType,
    pub dim: Dim,
    /// The number written, when the operand is a literal: 1 (or 100%) minus
    /// a share is a share, and `× 1`, `/ 1`, `+ 0`, `- 0` change no type.
    pub literal: Option<Decimal>,
}

/// Whether a type is a ratio of like quantities, bounded or not.
fn ratio_like(ty: MetricType) -> bool {
    matches!(ty, MetricType::Ratio | MetricType::Rate)
}

/// The type of `l op r`, or why the units do not combine.
///
/// Shares stay shares only where they must: a share times a share and
/// `1 - share`. Ratios added are rates; the difference of two ratios is in
/// percentage points. A quotient of counts is a share of a whole (dossiers
/// on time over dossiers resolved); a quotient of amounts or durations is a
/// rate (revenue over its estimate may exceed it). The plan may state the
/// other (`metric x: rate = a / b`).
pub fn combine(op: BinOp, l: Operand, r: Operand) -> Result<MetricType, UnitClash> {
    use MetricType::{Count, Number, PercentagePoints as Pp, Rate, Ratio};
    let is = |o: &Operand, n: Decimal| o.literal == Some(n);
    match op {
        BinOp::Mul | BinOp::Div if is(&r, Decimal::ONE) => return Ok(l.ty),
        BinOp::Mul if is(&l, Decimal::ONE) => return Ok(r.ty),
        BinOp::Add | BinOp::Sub if is(&r, Decimal::ZERO) => return Ok(l.ty),
        BinOp::Add if is(&l, Decimal::ZERO) => return Ok(r.ty),
        _ => {}
    }
    if l.dim != Dim::Plain || r.dim != Dim::Plain {
        return combine_quantities(op, l, r);
    }
    Ok(match (op, l.ty, r.ty) {
        (BinOp::Add | BinOp::Sub | BinOp::Mul, Count, Count) => Count,
        (BinOp::Add | BinOp::Sub, Pp, Pp) => Pp,
        (BinOp::Sub, _, Ratio) if is(&l, Decimal::ONE) => Ratio,
        (BinOp::Sub, _, Rate) if is(&l, Decimal::ONE) => Rate,
        (BinOp::Add, a, b) if ratio_like(a) && ratio_like(b) => Rate,
        (BinOp::Sub, a, b) if ratio_like(a) && ratio_like(b) => Pp,
        (BinOp::Add, a, Pp) | (BinOp::Add, Pp, a) | (BinOp::Sub, a, Pp) if ratio_like(a) => Rate,
        (BinOp::Mul, Ratio, Ratio) => Ratio,
        (BinOp::Mul, a, b) if ratio_like(a) && ratio_like(b) => Rate,
        (BinOp::Mul, Number, Pp) | (BinOp::Mul, Pp, Number) | (BinOp::Div, Pp, Number) => Pp,
        (BinOp::Div, Count, Count) => Ratio,
        (BinOp::Div, a, b) if (ratio_like(a) || a == Pp) && a == b => Rate,
        (BinOp::Div, a, b) if ratio_like(a) && ratio_like(b) => Rate,
        _ => Number,
    })
}

/// The one type of two values that stand for each other (the arguments of
/// `max`, the sides of `else`), or `None` where they cannot: a share beside
/// a rate is a rate, a number of no particular kind beside another plain
/// value a number; a count beside a share compares things with percents.
pub fn unify(a: MetricType, b: MetricType) -> Option<MetricType> {
    if a == b {
        return Some(a);
    }
    if ratio_like(a) && ratio_like(b) {
        return Some(MetricType::Rate);
    }
    let plain = |t: MetricType| dim(t) == Some(Dim::Plain);
    if (a == MetricType::Number || b == MetricType::Number) && plain(a) && plain(b) {
        return Some(MetricType::Number);
    }
    None
}

/// [`combine`] where a side has a unit (minutes, money).
fn combine_quantities(op: BinOp, l: Operand, r: Operand) -> Result<MetricType, UnitClash> {
    match op {
        BinOp::Add | BinOp::Sub if l.dim == r.dim => Ok(l.ty),
        BinOp::Add | BinOp::Sub => Err(UnitClash::AddedAcrossUnits),
        BinOp::Mul => match (l.dim, r.dim) {
            (Dim::Plain, _) => Ok(r.ty),
            (_, Dim::Plain) => Ok(l.ty),
            _ => Err(UnitClash::UnitsMultiplied),
        },
        BinOp::Div => match (l.dim, r.dim) {
            (Dim::Plain, _) => Err(UnitClash::PlainOverQuantity),
            (_, Dim::Plain) => Ok(l.ty),
            (a, b) if a == b => Ok(MetricType::Rate),
            _ => Err(UnitClash::DividedAcrossUnits),
        },
    }
}

/// Whether a derived metric may be declared `stated` when its formula gives
/// `computed`: the plan may say whether a ratio (or a plain number, such as
/// `done * 100 / total`) is a share or may exceed its whole, and may widen
/// any plain value to a number; units must agree.
pub fn fits_stated(stated: MetricType, computed: MetricType) -> bool {
    let plain = dim(computed) == Some(Dim::Plain);
    stated == computed
        || ratio_like(stated) && (ratio_like(computed) || computed == MetricType::Number)
        || stated == MetricType::Number && plain
}

/// Whether a literal can be compared with a metric of type `ty`: the
/// problem when it cannot. A share lies within 0..100% whether it is
/// reported or derived; a rate may pass 100%.
pub fn check_literal(ty: MetricType, literal: &Literal, metric: &str) -> Option<TypeProblem> {
    let metric = metric.to_string();
    let mismatch = || TypeProblem::ComparedWith {
        metric: metric.clone(),
        ty,
        literal: literal.kind(),
    };
    match (ty, literal) {
        (_, Literal::Invalid) => None,
        (MetricType::Count | MetricType::Number, Literal::Number(d))
        | (MetricType::Money, Literal::Money(d))
            if thousands_dot(ty, *d) =>
        {
            let unit = if ty == MetricType::Money { " VND" } else { "" };
            Some(TypeProblem::ThousandsDot {
                metric,
                value: *d,
                unit,
            })
        }
        (MetricType::Ratio, Literal::Number(d)) if d.is_sign_negative() || *d > one() => {
            Some(TypeProblem::RatioOutOfRange { metric, value: *d })
        }
        (MetricType::Ratio, Literal::Percent(p)) if p.is_sign_negative() || *p > one() => {
            Some(TypeProblem::ShareOutOfRange { metric })
        }
        (MetricType::Ratio | MetricType::Rate, Literal::Number(_) | Literal::Percent(_)) => None,
        (MetricType::PercentagePoints, Literal::PercentagePoints(_)) => None,
        (MetricType::Number, Literal::Number(_) | Literal::Percent(_)) => None,
        (MetricType::Count, Literal::Number(d)) => (!d.fract().is_zero() || d.is_sign_negative())
            .then_some(TypeProblem::CountNotWhole { metric, value: *d }),
        (MetricType::Minutes, Literal::Minutes(_)) => None,
        (MetricType::Days, Literal::Days(_)) => None,
        (MetricType::WorkingDays, Literal::WorkingDays(_)) => None,
        (MetricType::Money, Literal::Money(_)) => None,
        (MetricType::Date, Literal::Date(_)) => None,
        (MetricType::Bool, Literal::Bool(_)) => None,
        _ => Some(mismatch()),
    }
}

/// Whether `value`, compared with a metric of type `ty`, was likely written
/// with a dot grouping thousands (`1.000`, `12.500`): exactly three digits
/// after the dot and one to three before. For a count or money (neither
/// has a thousandth); for a plain number only when the digits after the dot
/// are zeros (`2.000`), since `1.500` may well mean 1.5.
fn thousands_dot(ty: MetricType, value: Decimal) -> bool {
    let whole = value.trunc();
    let likely = value.scale() == 3 && whole >= Decimal::ONE && whole < Decimal::from(1000);
    likely && (ty != MetricType::Number || value.fract().is_zero())
}

/// `a percent such as `95%``: a value of this type, in English.
pub fn example(ty: MetricType) -> &'static str {
    example_in(ty, Lang::En)
}

/// `a percent such as `95%`` (`một tỷ lệ phần trăm như `95%``): a value of
/// this type.
pub fn example_in(ty: MetricType, lang: Lang) -> &'static str {
    let (en, vi) = match ty {
        MetricType::Ratio => ("a percent such as `95%`", "một tỷ lệ phần trăm như `95%`"),
        MetricType::Rate => ("a percent such as `105%`", "một tỷ lệ phần trăm như `105%`"),
        MetricType::PercentagePoints => (
            "percentage points such as `2 pp`",
            "số điểm phần trăm như `2 pp`",
        ),
        MetricType::Count => ("a whole number such as `10`", "một số nguyên như `10`"),
        MetricType::Number => ("a number such as `1.5`", "một số như `1.5`"),
        MetricType::Minutes => ("minutes such as `15 min`", "số phút như `15 min`"),
        MetricType::Days => ("days such as `5 days`", "số ngày như `5 days`"),
        MetricType::WorkingDays => (
            "working days such as `5 working_days`",
            "số ngày làm việc như `5 working_days`",
        ),
        MetricType::Money => (
            "an amount such as `5000000 VND`",
            "một số tiền như `5000000 VND`",
        ),
        MetricType::Date => ("a date such as `2025-09-10`", "một ngày như `2025-09-10`"),
        MetricType::Bool => ("`true` or `false`", "`true` hoặc `false`"),
    };
    match lang {
        Lang::En => en,
        Lang::Vi => vi,
    }
}

fn one() -> Decimal {
    Decimal::ONE
}
