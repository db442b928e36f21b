//! Values and points as people read them.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::eval::result::{Status, Tally};
use crate::i18n::Lang;
use crate::measure::value::Value;
use crate::syntax::ast::MetricType;

/// A measured value: ratios as percents, minutes and money with their unit,
/// numbers and dates as `lang` writes them.
pub fn value_text(value: &Value, ty: Option<MetricType>, lang: Lang) -> String {
    match value {
        Value::Number(n) => match ty {
            // A derived ratio can be any size; one too large to write as a
            // percent is written as it is.
            Some(MetricType::Ratio | MetricType::Rate) => match n.checked_mul(Decimal::ONE_HUNDRED)
            {
                Some(percent) => format!("{}%", lang.number(percent, 2)),
                None => lang.number(*n, 2),
            },
            // A difference of two ratios is in points, never a percent of
            // something.
            Some(MetricType::PercentagePoints) => match n.checked_mul(Decimal::ONE_HUNDRED) {
                Some(points) => format!(
                    "{} {}",
                    lang.number(points, 2),
                    lang.text("value.percentage_points")
                ),
                None => lang.number(*n, 2),
            },
            Some(MetricType::Minutes) => {
                format!("{} {}", lang.number(*n, 2), lang.text("value.minutes"))
            }
            Some(MetricType::Money) => {
                format!("{} {}", lang.number(*n, 0), lang.text("value.money"))
            }
            _ => lang.number(*n, 4),
        },
        Value::Date(d) => lang.date(*d),
        Value::Bool(true) => lang.text("value.true").to_string(),
        Value::Bool(false) => lang.text("value.false").to_string(),
    }
}

/// Points with two decimals: `3.85`, `4.00` (`3,85` in Vietnamese).
pub fn points_text(points: Decimal, lang: Lang) -> String {
    lang.decimal(&format!("{:.2}", points.round_dp(2)))
}

/// A percentage with one decimal: `68.6%` (`68,6%` in Vietnamese).
pub fn percent_text(percent: Option<Decimal>, lang: Lang) -> String {
    percent.map_or_else(
        || "-".to_string(),
        |p| lang.decimal(&format!("{:.1}%", p.round_dp(1))),
    )
}

/// A status in words.
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    lang.text(match status {
        Status::Pass => "status.pass",
        Status::Fail => "status.fail",
        Status::Missing => "status.missing",
        Status::NotApplicable => "status.not_applicable",
        Status::Invalid => "status.invalid",
    })
}

/// A tally's counts in words.
pub fn counts(t: &Tally, lang: Lang) -> String {
    let n = |v: usize| v.to_string();
    lang.fill(
        "report.counts",
        &[
            ("pass", &n(t.pass)),
            ("fail", &n(t.fail)),
            ("missing", &n(t.missing)),
            ("na", &n(t.not_applicable)),
            ("invalid", &n(t.invalid)),
        ],
    )
}

/// Text from inputs made safe for a terminal: control and invisible
/// characters (an ESC would start a terminal command) become U+FFFD.
pub fn printable(text: &str) -> Cow<'_, str> {
    let shown = |c: char| !(c.is_control() || crate::syntax::is_invisible(c));
    if text.chars().all(shown) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if shown(c) { c } else { '\u{FFFD}' })
            .collect(),
    )
}

/// The columns of a table of targets, as catalog keys, in order.
pub const TARGET_COLUMNS: [&str; 7] = [
    "column.status",
    "column.target",
    "column.content",
    "column.owner",
    "column.threshold",
    "column.actual",
    "column.points",
];
