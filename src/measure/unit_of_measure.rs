//! Units of MEASURE (đơn vị tính: `%`, `phút`, `hồ sơ`, `triệu đồng`), as
//! Vietnamese tables give them beside each value, and how they bear on the
//! value: checked against the metric's type, and applied where they scale it
//! (`95` under `%` is 95%, `2` under `giờ` is 120 minutes, `5` under
//! `triệu đồng` is 5,000,000 đồng).
//!
//! A unit of measure is checked where it says something about the number:
//! percents (and percentage points), time and money. The noun of what is counted (`hồ sơ`, `lớp`,
//! `Kế hoạch`, `Báo cáo`) says nothing about it: it fits counts and numbers,
//! and yes/no and date rows too, where offices write the document's noun.
//! A word chitieu does not know is taken as such a noun: nouns are an open
//! class (`camera`, `trang`, `mô hình`), a warning on each would be noise,
//! and the word cannot change the number. The same word under a ratio, a
//! rate, percentage points, a duration or an amount is refused: there it
//! would decide the number.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::blank::names_nothing;
use super::fold::fold_unit;
use super::problem::{OwnUnit, UnitProblem, ValueProblem};
use super::value::{interpret, interpret_text, Interpreted, Problem, Value};
use super::{Place, Raw, Reading};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::syntax::ast::MetricType;

/// What a unit of measure says about the numbers written under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// `%`: the number is a percent.
    Percent,
    /// `tỷ lệ`: a ratio, written as a ratio is (`0,95` or `95%`).
    Ratio,
    /// `điểm %`: percentage points.
    Points,
    /// Minutes, or hours (60 minutes each).
    Minutes(u32),
    /// Days, for a metric in days.
    Days,
    /// Working days, for a metric in working days.
    WorkingDays,
    /// Weeks, months, years, seconds: durations that are no exact number
    /// of minutes or days (a month is no fixed number of days).
    OtherTime,
    /// Đồng, or thousands, millions or billions of đồng.
    Money(u64),
    /// The noun of what is counted.
    Noun,
    /// A unit of a physical quantity (`km`, `ha`, `tấn`): a count or a
    /// number, as written.
    Quantity,
}

/// The words chitieu knows, folded (see [`fold_unit`]) when first used.
const KNOWN: &[(&str, Measure)] = &[
    ("%", Measure::Percent),
    ("phần trăm", Measure::Percent),
    ("percent", Measure::Percent),
    ("tỷ lệ %", Measure::Percent),
    ("tỷ lệ", Measure::Ratio),
    ("tỉ lệ", Measure::Ratio),
    ("ratio", Measure::Ratio),
    ("điểm %", Measure::Points),
    ("điểm phần trăm", Measure::Points),
    ("pp", Measure::Points),
    ("percentage point", Measure::Points),
    ("percentage points", Measure::Points),
    ("phút", Measure::Minutes(1)),
    ("min", Measure::Minutes(1)),
    ("mins", Measure::Minutes(1)),
    ("minute", Measure::Minutes(1)),
    ("minutes", Measure::Minutes(1)),
    ("giờ", Measure::Minutes(60)),
    // Spelt without diacritics, as some keyboards leave them: only where no
    // ward or other word is spelt so (not `dong`, `nam`, `tan`).
    ("phut", Measure::Minutes(1)),
    ("gio", Measure::Minutes(60)),
    ("trieu dong", Measure::Money(1_000_000)),
    ("ty dong", Measure::Money(1_000_000_000)),
    ("nghin dong", Measure::Money(1_000)),
    ("diem %", Measure::Points),
    ("giờ làm việc", Measure::Minutes(60)),
    ("tiếng", Measure::Minutes(60)),
    ("h", Measure::Minutes(60)),
    ("hour", Measure::Minutes(60)),
    ("hours", Measure::Minutes(60)),
    ("giây", Measure::OtherTime),
    ("second", Measure::OtherTime),
    ("seconds", Measure::OtherTime),
    ("ngày", Measure::Days),
    ("ngày làm việc", Measure::WorkingDays),
    ("day", Measure::Days),
    ("days", Measure::Days),
    ("working day", Measure::WorkingDays),
    ("working days", Measure::WorkingDays),
    ("working_days", Measure::WorkingDays),
    ("tuần", Measure::OtherTime),
    ("week", Measure::OtherTime),
    ("weeks", Measure::OtherTime),
    ("tháng", Measure::OtherTime),
    ("month", Measure::OtherTime),
    ("months", Measure::OtherTime),
    ("quý", Measure::OtherTime),
    ("năm", Measure::OtherTime),
    ("year", Measure::OtherTime),
    ("years", Measure::OtherTime),
    ("đồng", Measure::Money(1)),
    ("đ", Measure::Money(1)),
    ("VND", Measure::Money(1)),
    ("VNĐ", Measure::Money(1)),
    ("nghìn đồng", Measure::Money(1_000)),
    ("ngàn đồng", Measure::Money(1_000)),
    ("nghìn", Measure::Money(1_000)),
    ("ngàn", Measure::Money(1_000)),
    ("1.000 đồng", Measure::Money(1_000)),
    ("1.000 đ", Measure::Money(1_000)),
    ("1.000 VND", Measure::Money(1_000)),
    ("nghìn VND", Measure::Money(1_000)),
    ("triệu đồng", Measure::Money(1_000_000)),
    ("triệu", Measure::Money(1_000_000)),
    ("tr.đ", Measure::Money(1_000_000)),
    ("tr.đồng", Measure::Money(1_000_000)),
    ("triệu VND", Measure::Money(1_000_000)),
    ("tỷ đồng", Measure::Money(1_000_000_000)),
    ("tỉ đồng", Measure::Money(1_000_000_000)),
    ("tỷ", Measure::Money(1_000_000_000)),
    ("tỉ", Measure::Money(1_000_000_000)),
    ("tỷ VND", Measure::Money(1_000_000_000)),
    // Units of physical quantities, as reports of works and land give them.
    ("km", Measure::Quantity),
    ("m", Measure::Quantity),
    ("mét", Measure::Quantity),
    ("cm", Measure::Quantity),
    ("m2", Measure::Quantity),
    ("m²", Measure::Quantity),
    ("mét vuông", Measure::Quantity),
    ("km2", Measure::Quantity),
    ("km²", Measure::Quantity),
    ("m3", Measure::Quantity),
    ("m³", Measure::Quantity),
    ("ha", Measure::Quantity),
    ("héc ta", Measure::Quantity),
    ("hecta", Measure::Quantity),
    ("sào", Measure::Quantity),
    ("tấn", Measure::Quantity),
    ("tạ", Measure::Quantity),
    ("kg", Measure::Quantity),
    ("g", Measure::Quantity),
    ("lít", Measure::Quantity),
    ("kWh", Measure::Quantity),
    ("MW", Measure::Quantity),
    // Nouns of what is counted in administrative-reform reports.
    ("hồ sơ", Measure::Noun),
    ("ho so", Measure::Noun),
    ("HS", Measure::Noun),
    ("VB", Measure::Noun),
    ("bản", Measure::Noun),
    ("camera", Measure::Noun),
    ("điểm camera", Measure::Noun),
    ("con", Measure::Noun),
    ("cây", Measure::Noun),
    ("căn", Measure::Noun),
    ("căn hộ", Measure::Noun),
    ("nhà", Measure::Noun),
    ("ngôi nhà", Measure::Noun),
    ("tuyến", Measure::Noun),
    ("tuyến đường", Measure::Noun),
    ("km đường", Measure::Noun),
    ("xe", Measure::Noun),
    ("trường", Measure::Noun),
    ("trẻ", Measure::Noun),
    ("học sinh", Measure::Noun),
    ("lao động", Measure::Noun),
    ("thôn", Measure::Noun),
    ("tổ dân phố", Measure::Noun),
    ("khu dân cư", Measure::Noun),
    ("tổ chức", Measure::Noun),
    ("hồ sơ TTHC", Measure::Noun),
    ("lớp", Measure::Noun),
    ("lớp học", Measure::Noun),
    ("người", Measure::Noun),
    ("người dân", Measure::Noun),
    ("lượt", Measure::Noun),
    ("lượt người", Measure::Noun),
    ("lượt truy cập", Measure::Noun),
    ("văn bản", Measure::Noun),
    ("văn bản QPPL", Measure::Noun),
    ("thủ tục", Measure::Noun),
    ("thủ tục hành chính", Measure::Noun),
    ("TTHC", Measure::Noun),
    ("cuộc", Measure::Noun),
    ("cuộc họp", Measure::Noun),
    ("lần", Measure::Noun),
    ("buổi", Measure::Noun),
    ("đợt", Measure::Noun),
    ("hội nghị", Measure::Noun),
    ("đơn vị", Measure::Noun),
    ("cơ quan", Measure::Noun),
    ("phòng", Measure::Noun),
    ("doanh nghiệp", Measure::Noun),
    ("DN", Measure::Noun),
    ("hộ", Measure::Noun),
    ("hộ gia đình", Measure::Noun),
    ("cán bộ", Measure::Noun),
    ("công chức", Measure::Noun),
    ("viên chức", Measure::Noun),
    ("CBCCVC", Measure::Noun),
    ("học viên", Measure::Noun),
    ("báo cáo", Measure::Noun),
    ("kế hoạch", Measure::Noun),
    ("quyết định", Measure::Noun),
    ("đề án", Measure::Noun),
    ("dự án", Measure::Noun),
    ("chương trình", Measure::Noun),
    ("mô hình", Measure::Noun),
    ("sáng kiến", Measure::Noun),
    ("nhiệm vụ", Measure::Noun),
    ("công trình", Measure::Noun),
    ("dịch vụ", Measure::Noun),
    ("DVC", Measure::Noun),
    ("DVCTT", Measure::Noun),
    ("hệ thống", Measure::Noun),
    ("tài khoản", Measure::Noun),
    ("giao dịch", Measure::Noun),
    ("kiến nghị", Measure::Noun),
    ("phản ánh", Measure::Noun),
    ("phản ánh, kiến nghị", Measure::Noun),
    ("đơn", Measure::Noun),
    ("vụ", Measure::Noun),
    ("việc", Measure::Noun),
    ("tin", Measure::Noun),
    ("bài", Measure::Noun),
    ("tin bài", Measure::Noun),
    ("tin, bài", Measure::Noun),
    ("trang", Measure::Noun),
    ("điểm", Measure::Noun),
    ("cái", Measure::Noun),
    ("chiếc", Measure::Noun),
    ("bộ", Measure::Noun),
    ("máy", Measure::Noun),
    ("thiết bị", Measure::Noun),
    ("giấy phép", Measure::Noun),
    ("thông báo", Measure::Noun),
    ("cơ sở dữ liệu", Measure::Noun),
    ("CSDL", Measure::Noun),
    ("bộ dữ liệu", Measure::Noun),
    ("chỉ tiêu", Measure::Noun),
    ("case", Measure::Noun),
    ("cases", Measure::Noun),
    ("dossier", Measure::Noun),
    ("dossiers", Measure::Noun),
    ("people", Measure::Noun),
    ("persons", Measure::Noun),
    ("times", Measure::Noun),
    ("documents", Measure::Noun),
];

fn known() -> &'static HashMap<String, Measure> {
    static KNOWN_FOLDED: OnceLock<HashMap<String, Measure>> = OnceLock::new();
    KNOWN_FOLDED.get_or_init(|| KNOWN.iter().map(|(w, m)| (fold_unit(w), *m)).collect())
}

/// What the unit of measure `text` says, or `None` for a word chitieu does
/// not know. Units are compared with their diacritics, in any case and
/// composed or not (`Đông`, a ward, is not `đồng`). A unit per something (`phút/hồ sơ`, `người/lớp`) is its first
/// part's; brackets around it (`(%)`) do not count; any other words with a
/// `%` and no digit (`Tỷ lệ (%)`, `% kế hoạch`) are a percent.
pub fn classify(text: &str) -> Option<Measure> {
    let folded = fold_unit(text);
    let folded = folded.trim_matches(['(', ')']);
    let first = folded.split('/').next().unwrap_or(folded);
    known().get(first).copied().or_else(|| {
        (folded.contains('%') && !folded.contains(|c: char| c.is_ascii_digit()))
            .then_some(Measure::Percent)
    })
}

/// How a unit of measure bears on a value of a metric's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// The number is read as written.
    AsWritten,
    /// The number is a percent.
    Percent,
    /// The number is in percentage points.
    Points,
    /// The number is multiplied.
    Scaled(Decimal),
    /// The unit contradicts the type.
    No,
}

/// How a unit of measure (`None`: a word chitieu does not know, taken as a
/// noun) bears on a value of type `ty`.
fn fit(measure: Option<Measure>, ty: MetricType) -> Fit {
    use MetricType as T;
    let scaled = |factor: Decimal| {
        if factor == Decimal::ONE {
            Fit::AsWritten
        } else {
            Fit::Scaled(factor)
        }
    };
    match (measure, ty) {
        (Some(Measure::Percent), T::Ratio | T::Rate | T::PercentagePoints | T::Number) => {
            Fit::Percent
        }
        (Some(Measure::Ratio), T::Ratio | T::Rate | T::Number) => Fit::AsWritten,
        (Some(Measure::Points), T::PercentagePoints) => Fit::Points,
        (Some(Measure::Minutes(factor)), T::Minutes) => scaled(Decimal::from(factor)),
        (Some(Measure::Minutes(_)), T::Count | T::Number) => Fit::AsWritten,
        // A `days` metric takes working days too (its label says which days
        // it counts); a `working_days` metric refuses calendar days.
        (Some(Measure::Days | Measure::WorkingDays), T::Days)
        | (Some(Measure::WorkingDays), T::WorkingDays) => Fit::AsWritten,
        (
            Some(Measure::OtherTime | Measure::Days | Measure::WorkingDays),
            T::Count | T::Number | T::Date,
        ) => Fit::AsWritten,
        (Some(Measure::Money(factor)), T::Money) => scaled(Decimal::from(factor)),
        (Some(Measure::Money(_)), T::Number) => Fit::AsWritten,
        (Some(Measure::Noun) | None, T::Count | T::Number | T::Bool | T::Date) => Fit::AsWritten,
        (Some(Measure::Quantity), T::Count | T::Number) => Fit::AsWritten,
        _ => Fit::No,
    }
}

impl Reading {
    /// The value read for a metric of type `ty`, its unit of measure (if the
    /// table gave one) checked and applied. A problem with the unit is a
    /// diagnostic of its own ([`Problem::Measure`]), at the unit's cell or
    /// the value's.
    pub fn interpret(&self, ty: MetricType, decimal_comma: bool) -> Result<Interpreted, Problem> {
        match self.measure.as_deref() {
            Some((unit, place)) if !names_nothing(unit) => {
                Measured::new(self, unit, place, ty, decimal_comma).read()
            }
            _ => interpret(&self.value, ty, decimal_comma),
        }
    }
}

impl Reading {
    /// A warning about the value read for a metric of type `ty`, once it
    /// has been read: a number written as a binary float's noise, read at
    /// 15 significant digits (W0722); a number between 0 and 1 under `%` (W0727) is read as
    /// less than 1%, but is more likely a fraction written by mistake; not
    /// so for percentage points, which are written in points (`0,5` under
    /// `%` is 0.5 pp, as shown).
    pub fn warning(&self, ty: MetricType, decimal_comma: bool) -> Option<Diagnostic> {
        // A binary float's noise, read as a spreadsheet shows it (W0722).
        if let Some(noise) = super::value::float_noise_in(&self.value) {
            return Some(self.value_place.report(noise));
        }
        if ty == MetricType::PercentagePoints {
            return None;
        }
        let (unit, _) = self.measure.as_deref()?;
        let written = fraction_under_percent(&self.value, unit, decimal_comma)?;
        Some(
            self.value_place
                .report(UnitProblem::FractionUnderPercent { written }),
        )
    }
}

/// A reading with a unit of measure, being read.
struct Measured<'r> {
    reading: &'r Reading,
    unit: &'r str,
    unit_place: &'r Place,
    ty: MetricType,
    decimal_comma: bool,
}

impl<'r> Measured<'r> {
    fn new(
        reading: &'r Reading,
        unit: &'r str,
        unit_place: &'r Place,
        ty: MetricType,
        decimal_comma: bool,
    ) -> Self {
        Measured {
            reading,
            unit: unit.trim(),
            unit_place,
            ty,
            decimal_comma,
        }
    }

    fn read(&self) -> Result<Interpreted, Problem> {
        let raw = &self.reading.value;
        let plain = interpret(raw, self.ty, self.decimal_comma);
        // Nothing written, `n/a`, a spreadsheet error or a value refused
        // where it was read: the unit does not bear on it.
        if matches!(raw, Raw::Empty | Raw::CellError(_) | Raw::Refused(_))
            || matches!(plain, Ok(Interpreted::Empty | Interpreted::NotApplicable))
        {
            return plain;
        }
        let measure = classify(self.unit);
        let fit = fit(measure, self.ty);
        if fit == Fit::No {
            return Err(self.unfit(measure));
        }
        let (text, decimal_comma): (Cow<'_, str>, bool) = match raw {
            Raw::Text(text) => (Cow::Borrowed(text.trim()), self.decimal_comma),
            Raw::Number(text) => (Cow::Borrowed(text.trim()), false),
            // A spreadsheet cell shown as a percent holds the fraction.
            Raw::Percent(_) if measure == Some(Measure::Percent) => return plain,
            Raw::Percent(_) => return Err(self.disagrees(OwnUnit::CellPercent)),
            Raw::Bool(_) | Raw::Date(_) | Raw::Empty | Raw::CellError(_) | Raw::Refused(_) => {
                return plain
            }
        };
        let number = match own_unit(&text) {
            Some((number, own)) if self.agrees(own, measure) => number,
            Some((_, own)) if classify(own).is_some() => {
                return Err(self.disagrees(OwnUnit::Written {
                    value: text.to_string(),
                    unit: own.to_string(),
                }))
            }
            _ => &text,
        };
        // Whether the value's own unit was taken off.
        let stripped = number.len() != text.len();
        match fit {
            Fit::AsWritten if !stripped => plain,
            Fit::AsWritten | Fit::No => interpret_text(number, self.ty, decimal_comma),
            // What is not a number is refused as written, without the `%`.
            Fit::Percent | Fit::Points if !is_number(number, decimal_comma) => {
                interpret_text(number, self.ty, decimal_comma)
            }
            Fit::Percent => interpret_text(&format!("{number}%"), self.ty, decimal_comma),
            Fit::Points => interpret_text(&format!("{number} pp"), self.ty, decimal_comma),
            Fit::Scaled(factor) => {
                let unscaled = if stripped {
                    interpret_text(number, self.ty, decimal_comma)
                } else {
                    plain
                };
                self.scaled(unscaled?, factor, number)
            }
        }
    }

    /// A value read in the column's unit, in the metric's (`2` hours are
    /// 120 minutes).
    fn scaled(
        &self,
        value: Interpreted,
        factor: Decimal,
        written: &str,
    ) -> Result<Interpreted, Problem> {
        let Interpreted::Value(Value::Number(n)) = value else {
            return Ok(value);
        };
        n.checked_mul(factor)
            .map(|n| Interpreted::Value(Value::Number(n.normalize())))
            .ok_or_else(|| {
                ValueProblem::ScaledTooLarge {
                    written: written.to_string(),
                    unit: self.unit.to_string(),
                }
                .into()
            })
    }

    /// Whether a value's own unit says what the column's does.
    fn agrees(&self, own: &str, column: Option<Measure>) -> bool {
        fold_unit(own) == fold_unit(self.unit) || column.is_some() && classify(own) == column
    }

    /// The unit of measure contradicts the metric's type: reported at the
    /// unit.
    fn unfit(&self, measure: Option<Measure>) -> Problem {
        let (metric, unit, ty) = (
            self.reading.metric.to_string(),
            self.unit.to_string(),
            self.ty,
        );
        let problem = match measure {
            Some(Measure::OtherTime | Measure::Days | Measure::WorkingDays)
                if ty == MetricType::Minutes =>
            {
                UnitProblem::NotMinutes { metric, unit }
            }
            Some(_) => UnitProblem::Unfit { metric, unit, ty },
            None => UnitProblem::Unknown { metric, unit, ty },
        };
        Problem::Measure(Box::new(self.unit_place.report(problem)))
    }

    /// The value carries a unit of its own that is not the column's:
    /// reported at the value.
    fn disagrees(&self, own: OwnUnit) -> Problem {
        let reading = self.reading;
        let mut diagnostic = reading.value_place.report(UnitProblem::Disagrees {
            metric: reading.metric.to_string(),
            unit: self.unit.to_string(),
            own,
        });
        if self.unit_place.cell.is_none() && reading.value_place.cell.is_none() {
            diagnostic =
                diagnostic.with_related(self.unit_place.span, RelatedLabel::ItsUnitOfMeasure);
        }
        Problem::Measure(Box::new(diagnostic))
    }
}

/// The value as written, when it is a number between 0 and 1 standing
/// under `%`: read as such (`0,95` is 0.95%), but more likely a fraction
/// written by mistake (95%), which is worth a warning. A value that carries
/// its own unit (`0,5%`, `95%`) says what it means.
fn fraction_under_percent(raw: &Raw, unit: &str, decimal_comma: bool) -> Option<String> {
    if classify(unit) != Some(Measure::Percent) {
        return None;
    }
    let (text, decimal_comma) = match raw {
        Raw::Text(text) => (Cow::Borrowed(text.trim()), decimal_comma),
        Raw::Number(text) => (Cow::Borrowed(text.trim()), false),
        _ => return None,
    };
    if own_unit(&text).is_some() {
        return None;
    }
    match interpret_text(&text, MetricType::Number, decimal_comma) {
        Ok(Interpreted::Value(Value::Number(n))) if n > Decimal::ZERO && n < Decimal::ONE => {
            Some(text.into_owned())
        }
        _ => None,
    }
}

/// Whether `text` reads as a number.
fn is_number(text: &str, decimal_comma: bool) -> bool {
    matches!(
        interpret_text(text, MetricType::Number, decimal_comma),
        Ok(Interpreted::Value(Value::Number(_)))
    )
}

/// A value's number and the unit written after it (`95%`, `12 phút`,
/// `5.000.000 VND`), or `None` when nothing follows its last digit.
fn own_unit(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let last_digit = text.rfind(|c: char| c.is_ascii_digit())?;
    let (number, unit) = text.split_at_checked(last_digit + 1)?;
    let unit = unit.trim();
    (!unit.is_empty()).then_some((number, unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn reading(value: &str, unit: &str) -> Reading {
        Reading {
            unit: None,
            metric: "m".into(),
            metric_place: Place::NOWHERE,
            value: Raw::Text(value.to_string()),
            value_place: Place::NOWHERE,
            period: None,
            measure: Some(Box::new((unit.to_string(), Place::NOWHERE))),
        }
    }

    fn read(value: &str, unit: &str, ty: MetricType) -> Result<Interpreted, Problem> {
        reading(value, unit).interpret(ty, true)
    }

    fn number(s: &str) -> Result<Interpreted, Problem> {
        Ok(Interpreted::Value(Value::Number(
            Decimal::from_str(s).unwrap(),
        )))
    }

    fn code(result: Result<Interpreted, Problem>) -> Option<&'static str> {
        match result {
            Err(Problem::Measure(d)) => Some(d.code().id()),
            _ => None,
        }
    }

    #[test]
    fn units_are_known_however_typed() {
        assert_eq!(classify("ĐVT"), None);
        assert_eq!(classify(" % "), Some(Measure::Percent));
        assert_eq!(classify("(%)"), Some(Measure::Percent));
        assert_eq!(classify("Phút/lượt"), Some(Measure::Minutes(1)));
        assert_eq!(classify("Tr.đ"), Some(Measure::Money(1_000_000)));
        assert_eq!(classify("Hồ sơ"), Some(Measure::Noun));
        assert_eq!(classify("Phường 1"), None);
        assert_eq!(classify("Tỷ lệ (%)"), Some(Measure::Percent));
        assert_eq!(classify("% kế hoạch"), Some(Measure::Percent));
        assert_eq!(classify("written 95%"), None);
        assert_eq!(classify("m²"), Some(Measure::Quantity));
        assert_eq!(classify("HS"), Some(Measure::Noun));
    }

    #[test]
    fn a_value_with_its_own_percent_is_no_fraction_under_percent() {
        let under = |text: &str| fraction_under_percent(&Raw::Text(text.to_string()), "%", true);
        assert_eq!(under("0,95"), Some("0,95".to_string()));
        for text in ["95%", "62 %", "99,9%", "0,5%", "95"] {
            assert_eq!(under(text), None, "{text}");
        }
    }

    #[test]
    fn the_column_scales_the_value() {
        assert_eq!(read("95", "%", MetricType::Ratio), number("0.95"));
        assert_eq!(read("95,5", "%", MetricType::Ratio), number("0.955"));
        assert_eq!(read("95%", "%", MetricType::Ratio), number("0.95"));
        assert_eq!(read("2", "giờ", MetricType::Minutes), number("120"));
        assert_eq!(read("12 phút", "phút", MetricType::Minutes), number("12"));
        assert_eq!(read("12 min", "phút", MetricType::Minutes), number("12"));
        assert_eq!(
            read("1,5", "triệu đồng", MetricType::Money),
            number("1500000")
        );
        assert_eq!(read("12", "hồ sơ", MetricType::Count), number("12"));
        assert_eq!(read("12", "trang", MetricType::Count), number("12"));
        assert_eq!(
            read("n/a", "%", MetricType::Count),
            Ok(Interpreted::NotApplicable)
        );
        assert_eq!(read("120", "%", MetricType::Rate), number("1.2"));
        assert_eq!(
            read("1,7", "điểm %", MetricType::PercentagePoints),
            number("0.017")
        );
    }

    #[test]
    fn a_unit_that_contradicts_the_type_is_refused() {
        assert_eq!(code(read("95", "phút", MetricType::Ratio)), Some("E0724"));
        assert_eq!(code(read("95", "%", MetricType::Count)), Some("E0724"));
        assert_eq!(
            code(read("12", "hồ sơ", MetricType::Minutes)),
            Some("E0724")
        );
        assert_eq!(code(read("3", "ngày", MetricType::Minutes)), Some("E0724"));
        assert_eq!(
            code(read("3", "giây lát", MetricType::Money)),
            Some("E0724")
        );
        assert_eq!(code(read("95%", "hồ sơ", MetricType::Count)), Some("E0725"));
        assert_eq!(
            code(read("90 phút", "giờ", MetricType::Minutes)),
            Some("E0725")
        );
    }

    #[test]
    fn a_percent_column_keeps_the_value_in_range() {
        assert!(matches!(
            read("150", "%", MetricType::Ratio),
            Err(Problem::Value(ValueProblem::RatioOutside { written, .. })) if written == "150%"
        ));
        assert!(matches!(
            read("abc", "%", MetricType::Ratio),
            Err(Problem::Value(ValueProblem::NotA { written, .. })) if written == "abc"
        ));
    }
}
