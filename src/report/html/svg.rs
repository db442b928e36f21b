//! Charts as plain SVG written here: horizontal bars for shares, vertical
//! bars for a histogram. Labels are escaped text elements.

use std::fmt::Write;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::escape;

/// One bar: its label, its share from 0 to 100, and the text at its end.
pub struct Bar {
    pub label: String,
    pub percent: Option<Decimal>,
    pub value: String,
}

const LABEL_WIDTH: f64 = 210.0;
const BAR_WIDTH: f64 = 300.0;
const ROW: f64 = 18.0;

/// Horizontal bars, one per row, each on a 0–100% track.
pub fn bars(class: &str, title: &str, bars: &[Bar]) -> String {
    let height = ROW * bars.len() as f64 + 4.0;
    let width = LABEL_WIDTH + BAR_WIDTH + 60.0;
    let mut out = open(class, title, width, height);
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW * i as f64 + 2.0;
        let share = bar
            .percent
            .and_then(|p| p.to_f64())
            .unwrap_or(0.0)
            .clamp(0.0, 100.0);
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\
             <rect class=\"track\" x=\"{LABEL_WIDTH}\" y=\"{y:.1}\" width=\"{BAR_WIDTH}\" height=\"{:.1}\"/>\
             <rect class=\"bar\" x=\"{LABEL_WIDTH}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            LABEL_WIDTH - 4.0,
            y + 11.0,
            escape(&shorten(&bar.label, 34)),
            ROW - 5.0,
            BAR_WIDTH * share / 100.0,
            ROW - 5.0,
            LABEL_WIDTH + BAR_WIDTH + 4.0,
            y + 11.0,
            escape(&bar.value),
        );
    }
    out.push_str("</svg>");
    out
}

/// Vertical bars over ten bins of 10 percentage points (the last holds 100%).
pub fn histogram(title: &str, percents: &[Decimal], units_word: &str) -> String {
    let mut bins = [0usize; 10];
    for p in percents {
        let bin = (p / Decimal::TEN).floor().to_usize().unwrap_or(0).min(9);
        if let Some(count) = bins.get_mut(bin) {
            *count += 1;
        }
    }
    let highest = bins.iter().copied().max().unwrap_or(0).max(1) as f64;
    let (width, height, base) = (520.0, 170.0, 140.0);
    let column = 48.0;
    let mut out = open("histogram", title, width, height);
    for (i, count) in bins.iter().enumerate() {
        let x = 20.0 + column * i as f64;
        let h = 120.0 * *count as f64 / highest;
        let _ = writeln!(
            out,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{count}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}–{}</text>",
            base - h,
            column - 6.0,
            x + (column - 6.0) / 2.0,
            base - h - 3.0,
            x + (column - 6.0) / 2.0,
            base + 13.0,
            i * 10,
            if i == 9 { 100 } else { i * 10 + 10 },
        );
    }
    let _ = write!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">% · {}</text></svg>",
        width - 4.0,
        height - 2.0,
        escape(units_word)
    );
    out
}

/// The opening tag of a chart, scaled to the width of its column.
fn open(class: &str, title: &str, width: f64, height: f64) -> String {
    format!(
        "<svg class=\"chart {class}\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n",
        escape(title)
    )
}

/// At most `chars` characters, with an ellipsis when cut.
fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}
