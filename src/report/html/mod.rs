//! A scorecard as one self-contained HTML file: inline CSS and SVG, no script,
//! nothing fetched (a Content-Security-Policy forbids it), laid out for A4.
//! One unit gets its total, bar charts per section and per owner and the
//! table of targets; several units get their ranking, a histogram of their
//! percentages, the share of units meeting each target where it applies,
//! and each unit's table of targets, linked from the ranking. Every text from
//! plans and measurements is escaped and isolated (`<bdi>`), with control and
//! direction-changing characters replaced.

mod batch;
mod rollup;
mod svg;
mod unit;

use std::fmt::Write;

use super::format::printable;
use super::Report;

pub fn render(report: &Report) -> String {
    let lang = report.lang;
    let (title, body) = match report.units {
        [unit] => (
            format!("{} – {}", lang.text("html.scorecard"), unit.unit),
            unit::body(report, unit),
        ),
        units => (
            lang.fill("html.batch", &[("n", &units.len().to_string())]),
            batch::body(report),
        ),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\
         <footer>{}</footer>\n</body>\n</html>\n",
        lang.code(),
        escape(&title),
        lang.text("html.generated"),
    );
    out
}

/// Text from plans and measurements, safe inside HTML elements and
/// attributes: markup characters escaped, control and invisible characters
/// (direction overrides among them) replaced.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text isolated from the text around it, so that right-to-left
/// letters in a label cannot reorder the cells beside it.
pub fn isolated(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// Screen and A4 print. Statuses differ by colour and also by mark and
/// border, so they read in black and white.
const STYLE: &str = r#"
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; max-width: 190mm; margin: 8mm auto; padding: 0 4mm; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #888; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm; }
.meta { color: #333; margin: 0 0 3mm; }
.total { display: flex; gap: 6mm; align-items: baseline; border: 2px solid #111; padding: 3mm 4mm; margin: 3mm 0; }
.total .percent { font-size: 26pt; font-weight: bold; }
.total .points { font-size: 13pt; }
.total .grade { font-size: 13pt; font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 4mm; }
figure { margin: 0; flex: 1 1 100%; }
figure.half { flex: 1 1 85mm; }
figcaption { font-weight: bold; margin-bottom: 1mm; }
svg text { font-size: 10px; fill: #111; }
svg .bar { fill: #2d6a9f; }
svg .track { fill: #fff; stroke: #555; stroke-width: 0.6; }
table { border-collapse: collapse; width: 100%; }
table.targets { table-layout: fixed; font-size: 9pt; }
table.targets col.status { width: 13%; } table.targets col.target { width: 16%; } table.targets col.content { width: 28%; }
table.targets col.owner { width: 9%; } table.targets col.threshold { width: 12%; } table.targets col.actual { width: 11%; } table.targets col.points { width: 11%; }
table.targets td.num, td.cond { overflow-wrap: normal; }
td code { font-size: 8.5pt; overflow-wrap: anywhere; }
td { overflow-wrap: anywhere; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #eee; }
td.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.status { font-weight: bold; }
.pass { background: #d9f2d9; }
.fail { background: #f8d0d0; border: 2px solid #111; }
.missing { background: #fff2bf; border: 2px dashed #111; }
.not_applicable { background: #eeeeee; font-style: italic; font-weight: normal; }
.invalid { background: #ead7f5; border: 3px double #111; }
.scored { background: #dcebf7; }
.tracked { background: #f7f7f7; font-weight: normal; }
.not_due { background: #f7f7f7; font-style: italic; font-weight: normal; border: 1px dashed #777; }
.note { color: #444; font-size: 9pt; }
.unscored td.input, .total.unscored { background: #f4f4f4; border: 2px dotted #111; }
footer { margin-top: 6mm; color: #555; font-size: 8.5pt; }
@page { size: A4; margin: 12mm; }
@media print { body { margin: 0; max-width: none; padding: 0; } h2, h3 { break-after: avoid; } figure { break-inside: avoid; } }
"#;
