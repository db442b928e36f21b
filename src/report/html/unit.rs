//! The scorecard of one unit.

use std::fmt::Write;

use super::svg::{bars, Bar};
use super::{escape, isolated};
use crate::eval::result::{Tally, UnitResult};
use crate::i18n::Lang;
use crate::report::format::{
    counts, grade_text, group_columns, not_scored, points_text_in, status_word, total_texts,
    TotalBounds, TotalPlaces, TARGET_COLUMNS,
};
use crate::report::rule::{expected_text, notes};
use crate::report::text::{actual, results_percent_column};
use crate::report::Report;

pub fn body(report: &Report, unit: &UnitResult) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<h1>{} – {}</h1>",
        lang.text("html.scorecard"),
        isolated(&unit.unit)
    );
    meta(&mut out, report, unit.period.as_deref());
    if let Some(problem) = &unit.input {
        let _ = writeln!(
            out,
            "<div class=\"total unscored\"><span class=\"points\">{}</span><span>{}</span></div>",
            escape(&not_scored(problem, lang)),
            escape(&problem.reason(lang)),
        );
        return out;
    }
    let s = &unit.summary;
    let grade = grade_words(unit, lang)
        .map(|g| format!("<span class=\"grade\">{g}</span>"))
        .unwrap_or_default();
    let bounds = TotalBounds::of(report.grades);
    let [points, max, percent] = total_texts(s, &bounds, lang);
    let _ = writeln!(
        out,
        "<div class=\"total\"><span class=\"percent\">{}</span>\
         <span class=\"points\">{} / {} {}</span>{grade}<span>{}</span></div>",
        escape(&percent),
        points,
        max,
        lang.text("html.points"),
        escape(&counts(s, lang)),
    );
    out.push_str("<div class=\"charts\">\n");
    group_chart(
        &mut out,
        "sections",
        lang.text("html.by_section"),
        &unit.sections,
        lang,
    );
    group_chart(
        &mut out,
        "owners",
        lang.text(match crate::report::owners::shared(unit) {
            true => "html.by_owner_shared",
            false => "html.by_owner",
        }),
        &unit.owners,
        lang,
    );
    if let Some(note) = crate::report::owners::overlap_note(unit, lang) {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
    }
    out.push_str("</div>\n");
    let _ = writeln!(out, "<h2>{}</h2>", lang.text("html.targets"));
    targets_table(&mut out, unit, TotalPlaces::of(s, &bounds).points, lang);
    out
}

/// `Grade: Tốt`, the name isolated, where the plan grades.
pub fn grade_words(unit: &UnitResult, lang: Lang) -> Option<String> {
    grade_text(unit.grade.as_deref(), lang)
        .map(|g| lang.fill("report.grade", &[("grade", &isolated(&g))]))
}

/// The plan's title and the period, under the heading.
pub fn meta(out: &mut String, report: &Report, period: Option<&str>) {
    let lang = report.lang;
    let mut parts = Vec::new();
    if let Some(title) = report.plan_title {
        parts.push(format!("{}: {}", lang.text("report.plan"), isolated(title)));
    }
    if let Some(period) = period {
        parts.push(format!(
            "{}: {}",
            lang.text("report.period_label"),
            isolated(period)
        ));
    }
    if !parts.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", parts.join(" · "));
    }
}

fn group_chart(out: &mut String, class: &str, title: &str, groups: &[(String, Tally)], lang: Lang) {
    if groups.is_empty() {
        return;
    }
    let list: Vec<Bar> = groups
        .iter()
        .zip(group_columns(groups, lang))
        .map(|((name, t), [points, max, percent])| Bar {
            label: name.clone(),
            percent: t.percent(),
            // Points as the plan counts them, then their share.
            value: format!("{points}/{max} · {percent}"),
        })
        .collect();
    let _ = writeln!(
        out,
        "<figure><figcaption>{}</figcaption>{}</figure>",
        escape(title),
        bars(class, title, &list)
    );
}

/// The table of a unit's targets: status, id, label and notes, owner,
/// condition and scoring, value, points (with at least `places` decimals:
/// those of the unit's total).
pub fn targets_table(out: &mut String, unit: &UnitResult, places: u32, lang: Lang) {
    let columns = TARGET_COLUMNS;
    out.push_str("<table class=\"targets\">\n<colgroup>");
    for column in columns {
        let _ = write!(
            out,
            "<col class=\"{}\">",
            column.trim_start_matches("column.")
        );
    }
    out.push_str("</colgroup>\n<thead><tr>");
    for column in columns {
        let _ = write!(out, "<th>{}</th>", lang.text(column));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let mut section: Option<&str> = None;
    // One number of decimals for the percents of the table.
    let percents = results_percent_column(&unit.results);
    for r in &unit.results {
        if r.section.as_deref() != section {
            section = r.section.as_deref();
            if let Some(name) = section {
                let _ = writeln!(
                    out,
                    "<tr class=\"section\"><th colspan=\"{}\">{}</th></tr>",
                    columns.len(),
                    isolated(name)
                );
            }
        }
        let note: String = notes(r, lang)
            .map(|n| format!("<div class=\"note\">{}</div>", escape(&n)))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td class=\"status {}\">{} {}</td><td><code>{}</code></td><td>{}{note}</td>\
             <td>{}</td><td class=\"cond\">{}</td><td class=\"num\">{}</td><td class=\"num\">{} / {}</td></tr>",
            r.status.as_str(),
            mark(r.status),
            status_word(r.status, lang),
            escape(&r.target),
            isolated(r.label.as_deref().unwrap_or("")),
            isolated(&crate::report::owners::owner_text(r, lang)),
            escape(&expected_text(r, lang)),
            escape(&actual(r, percents, lang)),
            points_text_in(&r.points, &r.max_points, places, lang),
            points_text_in(&r.max_points, &r.max_points, places, lang),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A mark beside each status, so that it reads without colour.
pub fn mark(status: crate::eval::result::Status) -> &'static str {
    use crate::eval::result::Status;
    match status {
        Status::Pass => "✓",
        Status::Fail => "✗",
        Status::Missing => "?",
        Status::NotApplicable => "–",
        Status::Invalid => "!",
        Status::Scored => "•",
        Status::Tracked => "·",
        Status::NotDue => "…",
    }
}
