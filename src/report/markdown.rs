//! Markdown, for reports and pull-request comments.

use std::fmt::Write;

use super::format::{percent_text, points_text, value_text};
use super::text::{counts, status_word};
use super::Report;
use crate::eval::result::{Tally, UnitResult};

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for unit in report.units {
        unit_markdown(&mut out, report, unit);
    }
    out
}

fn unit_markdown(out: &mut String, report: &Report, unit: &UnitResult) {
    let _ = writeln!(out, "## {}\n", escape(&unit.unit));
    if let Some(title) = report.plan_title {
        let _ = writeln!(out, "Plan: {}  ", escape(title));
    }
    if let Some(period) = &unit.period {
        let _ = writeln!(out, "Period: {}  ", escape(period));
    }
    let s = &unit.summary;
    let _ = writeln!(
        out,
        "**{} / {} points ({})**: {}\n",
        points_text(s.points),
        points_text(s.max_points),
        percent_text(s.percent()),
        counts(s)
    );
    let _ = writeln!(
        out,
        "| Status | Target | Label | Owner | Expected | Actual | Points |"
    );
    let _ = writeln!(out, "| --- | --- | --- | --- | --- | --- | ---: |");
    for r in &unit.results {
        let actual = r
            .actual
            .as_ref()
            .map_or_else(|| "-".to_string(), |v| value_text(v, r.ty));
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} / {} |",
            status_word(r.status),
            r.target,
            escape(r.label.as_deref().unwrap_or("")),
            escape(r.owner.as_deref().unwrap_or("")),
            escape(&r.expected),
            escape(&actual),
            points_text(r.points),
            points_text(r.max_points)
        );
    }
    groups(out, "Section", &unit.sections);
    groups(out, "Owner", &unit.owners);
    out.push('\n');
}

fn groups(out: &mut String, heading: &str, groups: &[(String, Tally)]) {
    if groups.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n| {heading} | Points | Max | % |\n| --- | ---: | ---: | ---: |"
    );
    for (name, t) in groups {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(name),
            points_text(t.points),
            points_text(t.max_points),
            percent_text(t.percent())
        );
    }
}

/// Text from plans and measurements, made inert in Markdown: characters
/// that format, link or break a table are escaped, HTML is neutralised, and
/// line breaks are folded.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
