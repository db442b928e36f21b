//! Markdown, for reports and pull-request comments.

use std::fmt::Write;

use super::format::{
    counts, grade_text, group_columns, not_scored, points_text_in, status_word, total_texts,
    TotalBounds, TotalPlaces, TARGET_COLUMNS,
};
use super::rule::{expected_text, notes};
use super::text::{actual, results_percent_column};
use super::Report;
use crate::eval::result::{Tally, UnitResult};
use crate::i18n::Lang;

/// The whole report as one string (tests, fuzzing); the CLI writes it
/// with [`write`].
pub fn render(report: &Report) -> String {
    super::sink::collect(|out| write(report, out))
}

/// Writes the report unit by unit (see [`MarkdownSink`]).
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bounds = TotalBounds::of(report.grades);
    let mut sink = MarkdownSink::new(report.plan_title, &bounds, report.lang, out);
    super::sink::write_all(&mut sink, report.units)
}

/// The Markdown report, one unit at a time: only one unit's text is held.
pub struct MarkdownSink<'a> {
    plan_title: Option<&'a str>,
    bounds: &'a TotalBounds,
    lang: Lang,
    out: &'a mut dyn std::io::Write,
    text: String,
}

impl<'a> MarkdownSink<'a> {
    pub fn new(
        plan_title: Option<&'a str>,
        bounds: &'a TotalBounds,
        lang: Lang,
        out: &'a mut dyn std::io::Write,
    ) -> Self {
        MarkdownSink {
            plan_title,
            bounds,
            lang,
            out,
            text: String::new(),
        }
    }
}

impl super::sink::UnitSink for MarkdownSink<'_> {
    fn unit(&mut self, unit: &UnitResult) -> std::io::Result<()> {
        self.text.clear();
        let (title, bounds) = (self.plan_title, self.bounds);
        unit_markdown(&mut self.text, (title, bounds), self.lang, unit);
        self.out.write_all(self.text.as_bytes())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn unit_markdown(
    out: &mut String,
    (plan_title, bounds): (Option<&str>, &TotalBounds),
    lang: Lang,
    unit: &UnitResult,
) {
    let _ = writeln!(out, "## {}\n", escape(&unit.unit));
    if let Some(title) = plan_title {
        let _ = writeln!(out, "{}: {}  ", lang.text("report.plan"), escape(title));
    }
    if let Some(period) = &unit.period {
        let _ = writeln!(
            out,
            "{}: {}  ",
            lang.text("report.period_label"),
            escape(period)
        );
    }
    if let Some(problem) = &unit.input {
        let _ = writeln!(
            out,
            "**{}**: {}\n",
            not_scored(problem, lang),
            escape(&problem.reason(lang))
        );
        return;
    }
    let s = &unit.summary;
    let [points, max, percent] = total_texts(s, bounds, lang);
    let _ = writeln!(
        out,
        "**{points} / {max} {} ({percent})**: {}\n",
        lang.text("html.points"),
        counts(s, lang)
    );
    if let Some(grade) = grade_text(unit.grade.as_deref(), lang) {
        let grade = format!("**{}**", escape(&grade));
        let _ = writeln!(out, "{}\n", lang.fill("report.grade", &[("grade", &grade)]));
    }
    let columns = TARGET_COLUMNS;
    let _ = writeln!(out, "| {} |", columns.map(|c| lang.text(c)).join(" | "));
    let _ = writeln!(out, "| --- | --- | --- | --- | --- | --- | ---: |");
    // One number of decimals for the percents of the table.
    let percents = results_percent_column(&unit.results);
    // Targets' points with at least the decimals of their total.
    let places = TotalPlaces::of(s, bounds).points;
    for r in &unit.results {
        // A table cell holds no line break: the notes follow the label,
        // in italics and parentheses, as the text report puts them below it.
        let mut content = escape(r.label.as_deref().unwrap_or(""));
        for note in notes(r, lang) {
            if !content.is_empty() {
                content.push(' ');
            }
            let _ = write!(content, "_({})_", escape(&note));
        }
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} | {} / {} |",
            status_word(r.status, lang),
            r.target,
            content,
            escape(&super::owners::owner_text(r, lang)),
            escape(&expected_text(r, lang)),
            escape(&actual(r, percents, lang)),
            points_text_in(&r.points, &r.max_points, places, lang),
            points_text_in(&r.max_points, &r.max_points, places, lang)
        );
    }
    groups(out, lang.text("column.section"), &unit.sections, lang);
    groups(out, lang.text("column.owner"), &unit.owners, lang);
    if let Some(note) = super::owners::overlap_note(unit, lang) {
        let _ = writeln!(out, "\n_{}_", escape(note));
    }
    out.push('\n');
}

fn groups(out: &mut String, heading: &str, groups: &[(String, Tally)], lang: Lang) {
    if groups.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n| {heading} | {} | {} | % |\n| --- | ---: | ---: | ---: |",
        lang.text("column.points"),
        lang.text("column.max"),
    );
    for ((name, _), [points, max, percent]) in groups.iter().zip(group_columns(groups, lang)) {
        let _ = writeln!(out, "| {} | {points} | {max} | {percent} |", escape(name));
    }
}

/// Text from plans and measurements, made inert in Markdown: characters
/// that format, link or break a table are escaped, HTML is neutralised,
/// line breaks are folded, and characters that would act (ESC, NUL,
/// U+202E) are replaced (see [`crate::printable`]).
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
            c if crate::printable::is_hidden(c) => out.push(crate::printable::REPLACEMENT),
            c => out.push(c),
        }
    }
    out
}
