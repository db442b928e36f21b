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
/// A line of a label holds this many characters; a longer label wraps.
const LABEL_LINE: usize = 34;
/// A label wraps onto at most this many lines (136 characters: a section's
/// title as plans write them fits whole); past them it is cut with `…`, so
/// that one huge label cannot make a chart huge.
const LABEL_LINES: usize = 4;
/// The height of one more line of a label.
const LINE: f64 = 12.0;
/// About how wide a character of the value after a bar is.
const CHAR: f64 = 6.0;

/// Horizontal bars, one per row, each on a 0–100% track; a label that does
/// not fit on a line wraps (see [`LABEL_LINES`]).
pub fn bars(class: &str, title: &str, bars: &[Bar]) -> String {
    let labels: Vec<Vec<String>> = bars.iter().map(|b| wrap(&b.label)).collect();
    let extra = |lines: usize| LINE * lines.saturating_sub(1) as f64;
    let height = labels.iter().map(|l| ROW + extra(l.len())).sum::<f64>() + 4.0;
    let widest_value = bars.iter().map(|b| b.value.chars().count()).max();
    let value_room = (CHAR * widest_value.unwrap_or(0) as f64).max(60.0);
    let width = LABEL_WIDTH + BAR_WIDTH + value_room;
    let mut out = open(class, title, width, height);
    let mut y = 2.0;
    for (bar, lines) in bars.iter().zip(&labels) {
        let share = bar
            .percent
            .and_then(|p| p.to_f64())
            .unwrap_or(0.0)
            .clamp(0.0, 100.0);
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">",
            LABEL_WIDTH - 4.0,
            y + 11.0,
        );
        for (i, line) in lines.iter().enumerate() {
            let dy = if i == 0 { 0.0 } else { LINE };
            let _ = write!(
                out,
                "<tspan x=\"{:.1}\" dy=\"{dy:.1}\">{}</tspan>",
                LABEL_WIDTH - 4.0,
                escape(line)
            );
        }
        let _ = writeln!(
            out,
            "</text>\
             <rect class=\"track\" x=\"{LABEL_WIDTH}\" y=\"{y:.1}\" width=\"{BAR_WIDTH}\" height=\"{:.1}\"/>\
             <rect class=\"bar\" x=\"{LABEL_WIDTH}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            ROW - 5.0,
            BAR_WIDTH * share / 100.0,
            ROW - 5.0,
            LABEL_WIDTH + BAR_WIDTH + 4.0,
            y + 11.0,
            escape(&bar.value),
        );
        y += ROW + extra(lines.len());
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

/// A label in lines of at most [`LABEL_LINE`] characters, broken between
/// words where it can, at most [`LABEL_LINES`] of them (the last ending in
/// `…` when the label goes on).
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut count = 0;
    for word in text.split(' ') {
        let length = word.chars().count();
        if count > 0 && count + 1 + length > LABEL_LINE {
            lines.push(std::mem::take(&mut line));
            count = 0;
        }
        if count > 0 {
            line.push(' ');
            count += 1;
        }
        for c in word.chars() {
            // A word longer than a line is broken where the line ends.
            if count == LABEL_LINE {
                lines.push(std::mem::take(&mut line));
                count = 0;
                if lines.len() > LABEL_LINES {
                    break;
                }
            }
            line.push(c);
            count += 1;
        }
        if lines.len() > LABEL_LINES {
            break;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if lines.len() > LABEL_LINES {
        lines.truncate(LABEL_LINES);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(LABEL_LINE - 1).collect();
            *last = kept + "…";
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn labels_wrap_whole_and_long_ones_are_cut() {
        assert_eq!(wrap("Cải cách hành chính"), ["Cải cách hành chính"]);
        let section = "Mức độ hài lòng của người dân, doanh nghiệp (20 điểm)";
        assert_eq!(wrap(section).join(" "), section);
        assert_eq!(wrap(&"x".repeat(40)), ["x".repeat(34), "x".repeat(6)]);
        let huge = wrap(&"ab ".repeat(1000));
        assert_eq!(huge.len(), 4);
        assert!(huge[3].ends_with('…'), "{huge:?}");
    }
}
