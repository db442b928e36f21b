//! The report for people on a terminal: per section, each target with its
//! status, condition, value and points, its label below; then totals.

use std::fmt::Write;

use super::format::{percent_text, points_text, printable, value_text};
use super::Report;
use crate::eval::result::{Status, Tally, TargetResult, UnitResult};

pub fn render(report: &Report, color: bool) -> String {
    let mut out = String::new();
    for (i, unit) in report.units.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        unit_text(&mut out, report, unit, color);
    }
    out
}

fn unit_text(out: &mut String, report: &Report, unit: &UnitResult, color: bool) {
    let _ = write!(out, "Unit: {}", printable(&unit.unit));
    if let Some(period) = &unit.period {
        let _ = write!(out, " (period {})", printable(period));
    }
    out.push('\n');
    if let Some(title) = report.plan_title {
        let _ = writeln!(out, "Plan: {}", printable(title));
    }
    let widths = Widths::of(&unit.results);
    let mut current: Option<&str> = None;
    for result in &unit.results {
        let section = result.section.as_deref().unwrap_or("(no section)");
        if current != Some(section) {
            current = Some(section);
            let _ = writeln!(out, "\n{}", printable(section));
        }
        target_line(out, result, &widths, color);
    }
    if !unit.sections.is_empty() {
        let _ = writeln!(out, "\nSections");
        tally_lines(out, &unit.sections);
    }
    if !unit.owners.is_empty() {
        let _ = writeln!(out, "\nOwners");
        tally_lines(out, &unit.owners);
    }
    let s = &unit.summary;
    let _ = writeln!(
        out,
        "\nTotal: {} / {} points ({}): {}",
        points_text(s.points),
        points_text(s.max_points),
        percent_text(s.percent()),
        counts(s)
    );
}

struct Widths {
    id: usize,
    expected: usize,
    actual: usize,
    points: usize,
}

impl Widths {
    fn of(results: &[TargetResult]) -> Widths {
        let max = |f: &dyn Fn(&TargetResult) -> usize| results.iter().map(f).max().unwrap_or(0);
        Widths {
            id: max(&|r| r.target.chars().count()),
            expected: max(&|r| r.expected.chars().count()),
            actual: max(&|r| actual(r).chars().count()),
            points: max(&|r| points(r).chars().count()),
        }
    }
}

fn actual(result: &TargetResult) -> String {
    result
        .actual
        .as_ref()
        .map_or_else(|| "-".to_string(), |v| value_text(v, result.ty))
}

fn points(result: &TargetResult) -> String {
    format!(
        "{}/{}",
        points_text(result.points),
        points_text(result.max_points)
    )
}

fn target_line(out: &mut String, result: &TargetResult, w: &Widths, color: bool) {
    let status = status_word(result.status);
    let painted = if color {
        format!(
            "\u{1b}[{}m{status:<7}\u{1b}[0m",
            status_color(result.status)
        )
    } else {
        format!("{status:<7}")
    };
    let line = format!(
        "  {painted}  {:<id$}  {:<ex$}  {:<ac$}  {:>pt$}  {}",
        result.target,
        result.expected,
        actual(result),
        points(result),
        printable(result.owner.as_deref().unwrap_or("")),
        id = w.id,
        ex = w.expected,
        ac = w.actual,
        pt = w.points,
    );
    let _ = writeln!(out, "{}", line.trim_end());
    let indent = " ".repeat(11);
    if let Some(label) = &result.label {
        let _ = writeln!(out, "{indent}{}", printable(label));
    }
    if let Some(note) = &result.note {
        let _ = writeln!(out, "{indent}({})", printable(note));
    }
}

pub fn status_word(status: Status) -> &'static str {
    match status {
        Status::Pass => "PASS",
        Status::Fail => "FAIL",
        Status::Missing => "MISSING",
        Status::NotApplicable => "N/A",
        Status::Invalid => "INVALID",
    }
}

fn status_color(status: Status) -> &'static str {
    match status {
        Status::Pass => "32",
        Status::Fail => "31",
        Status::Missing => "33",
        Status::NotApplicable => "2",
        Status::Invalid => "35",
    }
}

fn tally_lines(out: &mut String, groups: &[(String, Tally)]) {
    let width = groups
        .iter()
        .map(|(n, _)| n.chars().count())
        .max()
        .unwrap_or(0);
    for (name, tally) in groups {
        let name = printable(name);
        let _ = writeln!(
            out,
            "  {name:<width$}  {:>6} / {:>6}  {:>6}",
            points_text(tally.points),
            points_text(tally.max_points),
            percent_text(tally.percent()),
        );
    }
}

pub fn counts(t: &Tally) -> String {
    format!(
        "{} pass, {} fail, {} missing, {} not applicable, {} invalid",
        t.pass, t.fail, t.missing, t.not_applicable, t.invalid
    )
}
