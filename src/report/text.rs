//! The report for people on a terminal: per section, each target with its
//! status, condition, value and points, its label below; then totals.

use std::fmt::Write;

use super::format::{
    counts, grade_text, group_columns, not_scored, percent_column, points_text_in, printable,
    status_word, total_texts, value_text_in, TotalBounds, TotalPlaces,
};
use super::rule::{expected_text, notes};
use super::Report;
use crate::eval::result::{Status, Tally, TargetResult, UnitResult};
use crate::i18n::Lang;

/// The whole report as one string (tests, fuzzing); the CLI writes it
/// with [`write`].
pub fn render(report: &Report, color: bool) -> String {
    super::sink::collect(|out| write(report, color, out))
}

/// Writes the report unit by unit (see [`TextSink`]).
pub fn write(report: &Report, color: bool, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bounds = TotalBounds::of(report.grades);
    let mut sink = TextSink::new(report.plan_title, &bounds, report.lang, color, out);
    super::sink::write_all(&mut sink, report.units)
}

/// The text report, one unit at a time: only one unit's text is held.
pub struct TextSink<'a> {
    plan_title: Option<&'a str>,
    bounds: &'a TotalBounds,
    lang: Lang,
    color: bool,
    out: &'a mut dyn std::io::Write,
    /// Whether a unit was written (units are a blank line apart).
    any: bool,
    text: String,
}

impl<'a> TextSink<'a> {
    pub fn new(
        plan_title: Option<&'a str>,
        bounds: &'a TotalBounds,
        lang: Lang,
        color: bool,
        out: &'a mut dyn std::io::Write,
    ) -> Self {
        TextSink {
            plan_title,
            bounds,
            lang,
            color,
            out,
            any: false,
            text: String::new(),
        }
    }
}

impl super::sink::UnitSink for TextSink<'_> {
    fn unit(&mut self, unit: &UnitResult) -> std::io::Result<()> {
        self.text.clear();
        if self.any {
            self.text.push('\n');
        }
        self.any = true;
        let (title, bounds) = (self.plan_title, self.bounds);
        unit_text(&mut self.text, (title, bounds), self.lang, unit, self.color);
        self.out.write_all(self.text.as_bytes())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn unit_text(
    out: &mut String,
    (plan_title, bounds): (Option<&str>, &TotalBounds),
    lang: Lang,
    unit: &UnitResult,
    color: bool,
) {
    let _ = write!(
        out,
        "{}: {}",
        lang.text("report.unit"),
        printable(&unit.unit)
    );
    if let Some(period) = &unit.period {
        let _ = write!(
            out,
            " ({} {})",
            lang.text("report.period"),
            printable(period)
        );
    }
    out.push('\n');
    if let Some(title) = plan_title {
        let _ = writeln!(out, "{}: {}", lang.text("report.plan"), printable(title));
    }
    if let Some(standing) = &unit.standing {
        super::rollup::parent_line(out, standing, lang);
    }
    if let Some(problem) = &unit.input {
        let _ = writeln!(
            out,
            "\n{}\n  {}",
            not_scored(problem, lang),
            printable(&problem.reason(lang))
        );
        return;
    }
    let places = TotalPlaces::of(&unit.summary, bounds).points;
    let widths = Widths::of(&unit.results, places, lang);
    let mut current: Option<&str> = None;
    for result in &unit.results {
        let section = result
            .section
            .as_deref()
            .unwrap_or(lang.text("report.no_section"));
        if current != Some(section) {
            current = Some(section);
            let _ = writeln!(out, "\n{}", printable(section));
        }
        target_line(out, result, &widths, color, lang);
    }
    if !unit.sections.is_empty() {
        let _ = writeln!(out, "\n{}", lang.text("report.sections"));
        tally_lines(out, &unit.sections, lang);
    }
    if !unit.owners.is_empty() {
        let heading = match super::owners::shared(unit) {
            true => "report.owners_shared",
            false => "report.owners",
        };
        let _ = writeln!(out, "\n{}", lang.text(heading));
        tally_lines(out, &unit.owners, lang);
        if let Some(note) = super::owners::overlap_note(unit, lang) {
            let _ = writeln!(out, "  {note}");
        }
    }
    let _ = writeln!(out, "\n{}", total_line(&unit.summary, bounds, lang));
    if let Some(grade) = grade_text(unit.grade.as_deref(), lang) {
        let grade = printable(&grade);
        let _ = writeln!(out, "{}", lang.fill("report.grade", &[("grade", &grade)]));
    }
    if let Some(standing) = &unit.standing {
        super::rollup::ranking_lines(out, standing, bounds, lang);
    }
}

/// `Total: 40.00 / 50.00 points (80.0%): 8 pass, ...`
pub fn total_line(s: &Tally, bounds: &TotalBounds, lang: Lang) -> String {
    let [points, max, percent] = total_texts(s, bounds, lang);
    lang.fill(
        "report.total",
        &[
            ("points", &points),
            ("max", &max),
            ("percent", &percent),
            ("counts", &counts(s, lang)),
        ],
    )
}

struct Widths {
    status: usize,
    id: usize,
    expected: usize,
    actual: usize,
    points: usize,
    /// The decimals of the table's percents.
    percents: u32,
    /// The fewest decimals of its points: its total's.
    places: u32,
}

impl Widths {
    fn of(results: &[TargetResult], places: u32, lang: Lang) -> Widths {
        let column = results_percent_column(results);
        let max = |f: &dyn Fn(&TargetResult) -> usize| {
            super::column_width(results.iter().map(f).max().unwrap_or(0))
        };
        let statuses = [
            Status::Pass,
            Status::Fail,
            Status::Missing,
            Status::NotApplicable,
            Status::Invalid,
            Status::Scored,
            Status::Tracked,
        ];
        Widths {
            status: statuses
                .iter()
                .map(|s| status_word(*s, lang).chars().count())
                .max()
                .unwrap_or(0),
            id: max(&|r| r.target.chars().count()),
            expected: max(&|r| expected_text(r, lang).chars().count()),
            actual: max(&|r| actual(r, column, lang).chars().count()),
            percents: column,
            points: max(&|r| points(r, places, lang).chars().count()),
            places,
        }
    }
}

/// The value a target was judged on, or `-`.
/// A result's value in a table whose percents have `column` decimals (see
/// [`percent_column`]).
pub fn actual(result: &TargetResult, column: u32, lang: Lang) -> String {
    result.actual.as_ref().map_or_else(
        || "-".to_string(),
        |v| value_text_in(v, result.ty, &result.boundaries, column, lang),
    )
}

/// The decimals of the percents of a table of `results` (one unit's).
pub fn results_percent_column(results: &[TargetResult]) -> u32 {
    percent_column(
        results
            .iter()
            .filter_map(|r| Some((r.actual.as_ref()?, r.ty, r.boundaries.as_slice()))),
    )
}

fn points(result: &TargetResult, places: u32, lang: Lang) -> String {
    let max = &result.max_points;
    format!(
        "{}/{}",
        points_text_in(&result.points, max, places, lang),
        points_text_in(max, max, places, lang)
    )
}

fn target_line(out: &mut String, result: &TargetResult, w: &Widths, color: bool, lang: Lang) {
    let status = status_word(result.status, lang);
    let width = w.status;
    let painted = if color {
        format!(
            "\u{1b}[{}m{status:<width$}\u{1b}[0m",
            status_color(result.status)
        )
    } else {
        format!("{status:<width$}")
    };
    let line = format!(
        "  {painted}  {:<id$}  {:<ex$}  {:<ac$}  {:>pt$}  {}",
        result.target,
        expected_text(result, lang),
        actual(result, w.percents, lang),
        points(result, w.places, lang),
        printable(&super::owners::owner_text(result, lang)),
        id = w.id,
        ex = w.expected,
        ac = w.actual,
        pt = w.points,
    );
    let _ = writeln!(out, "{}", line.trim_end());
    let indent = " ".repeat(w.status + 4);
    if let Some(label) = &result.label {
        let _ = writeln!(out, "{indent}{}", printable(label));
    }
    for note in notes(result, lang) {
        let _ = writeln!(out, "{indent}({})", printable(&note));
    }
}

fn status_color(status: Status) -> &'static str {
    match status {
        Status::Pass => "32",
        Status::Fail => "31",
        Status::Missing => "33",
        Status::NotApplicable => "2",
        Status::Invalid => "35",
        Status::Scored => "36",
        Status::Tracked | Status::NotDue => "2",
    }
}

fn tally_lines(out: &mut String, groups: &[(String, Tally)], lang: Lang) {
    let widest = groups.iter().map(|(n, _)| n.chars().count()).max();
    let width = super::column_width(widest.unwrap_or(0));
    for ((name, _), [points, max, percent]) in groups.iter().zip(group_columns(groups, lang)) {
        let name = printable(name);
        let _ = writeln!(
            out,
            "  {name:<width$}  {points:>6} / {max:>6}  {percent:>6}"
        );
    }
}
