//! The scorecard of many units: their ranking, a histogram of their
//! percentages, and the share of units that met each target.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::svg::{bars, histogram, Bar};
use super::{escape, isolated};
use crate::eval::result::{UnitResult, UnitTotal};
use crate::report::format::{
    grade_text, not_scored, percent_text, points_text, total_percent_text, total_points_text,
};
use crate::report::summary::ordered;
use crate::report::Report;

pub fn body(report: &Report) -> String {
    let lang = report.lang;
    let units = report.units;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<h1>{}</h1>",
        escape(&lang.fill("html.batch", &[("n", &units.len().to_string())]))
    );
    super::unit::meta(&mut out, report, None);
    let totals: Vec<UnitTotal> = units.iter().map(UnitTotal::from).collect();
    let percents: Vec<Decimal> = totals.iter().filter_map(|u| u.summary.percent()).collect();
    let _ = writeln!(
        out,
        "<div class=\"charts\"><figure class=\"half\"><figcaption>{}</figcaption>{}</figure>",
        lang.text("html.histogram"),
        histogram(
            lang.text("html.histogram"),
            &percents,
            lang.text("html.units")
        )
    );
    let shares = met_shares(units);
    let list: Vec<Bar> = shares
        .iter()
        .map(|(target, share)| Bar {
            label: target.clone(),
            percent: Some(*share),
            value: percent_text(Some(*share), lang),
        })
        .collect();
    // A plan whose targets all lack a condition has nothing to meet.
    if list.is_empty() {
        out.push_str("</div>\n");
    } else {
        let _ = writeln!(
            out,
            "<figure><figcaption>{}</figcaption>{}</figure></div>",
            lang.text("html.share_met"),
            bars("share-met", lang.text("html.share_met"), &list)
        );
    }
    let _ = writeln!(out, "<h2>{}</h2>", lang.text("html.ranking"));
    out.push_str("<table class=\"ranking\">\n<thead><tr>");
    let graded = units.first().is_some_and(|u| u.grade.graded());
    let columns = [
        "column.rank",
        "column.unit",
        "column.points",
        "column.max",
        "column.percent",
    ];
    for column in columns.iter().chain(graded.then_some(&"column.grade")) {
        let _ = write!(out, "<th>{}</th>", lang.text(column));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (rank, unit) in ordered(totals, true) {
        let s = &unit.summary;
        let Some(rank) = rank else {
            if let Some(problem) = unit.input {
                let _ = writeln!(
                    out,
                    "<tr class=\"unscored\"><td class=\"num\">–</td><td>{}</td>\
                     <td colspan=\"{}\" class=\"input\"><b>{}</b><div class=\"note\">{}</div></td></tr>",
                    isolated(unit.unit),
                    if graded { 4 } else { 3 },
                    escape(&not_scored(problem, lang)),
                    escape(&problem.reason(lang)),
                );
            }
            continue;
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{rank}</td><td>{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td>{}</tr>",
            isolated(unit.unit),
            total_points_text(&s.points, &s.max_points, unit.grade.graded(), lang),
            points_text(&s.max_points, &s.max_points, lang),
            total_percent_text(s.percent(), lang),
            grade_text(unit.grade, lang)
                .map(|g| format!("<td class=\"grade\">{}</td>", isolated(&g)))
                .unwrap_or_default(),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// For each target with a condition, in plan order, the percentage of the
/// units scored that met it (passed, or did not apply); units not scored
/// have no say. Targets without a condition (they only score, or are only
/// tracked) are left out: nothing about them is met or not met, and
/// counting them as met would overstate the batch.
fn met_shares(units: &[UnitResult]) -> Vec<(String, Decimal)> {
    let scored: Vec<&UnitResult> = units.iter().filter(|u| u.scored()).collect();
    let Some(first) = scored.first() else {
        return Vec::new();
    };
    first
        .results
        .iter()
        .enumerate()
        .filter(|(_, r)| r.condition().is_some())
        .map(|(i, r)| {
            let met = scored
                .iter()
                .filter(|u| u.results.get(i).is_some_and(|t| t.status.is_met()))
                .count();
            let share = Decimal::from(met) * Decimal::ONE_HUNDRED / Decimal::from(scored.len());
            (r.target.clone(), share)
        })
        .collect()
}
