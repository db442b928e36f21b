//! Values and points as people read them.

use rust_decimal::Decimal;

use crate::measure::value::Value;
use crate::syntax::ast::MetricType;

/// A measured value: ratios as percents, minutes and money with their unit.
pub fn value_text(value: &Value, ty: Option<MetricType>) -> String {
    match value {
        Value::Number(n) => match ty {
            Some(MetricType::Ratio) => {
                format!("{}%", (n * Decimal::ONE_HUNDRED).round_dp(2).normalize())
            }
            Some(MetricType::Minutes) => format!("{} min", n.round_dp(2).normalize()),
            Some(MetricType::Money) => format!("{} VND", n.round_dp(0).normalize()),
            _ => n.round_dp(4).normalize().to_string(),
        },
        Value::Date(d) => d.to_string(),
        Value::Bool(b) => b.to_string(),
    }
}

/// Points with two decimals: `3.85`, `4.00`.
pub fn points_text(points: Decimal) -> String {
    format!("{:.2}", points.round_dp(2))
}

/// A percentage with one decimal: `68.6%`.
pub fn percent_text(percent: Option<Decimal>) -> String {
    percent.map_or_else(|| "-".to_string(), |p| format!("{:.1}%", p.round_dp(1)))
}

/// Text from inputs made safe for a terminal: control and invisible
/// characters (an ESC would start a terminal command) become U+FFFD.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || crate::syntax::is_invisible(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}
