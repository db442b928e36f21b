//! The scorecard of many units: their ranking, a histogram of their
//! percentages, and the share of units that met each target.

use std::collections::HashSet;
use std::fmt::Write;

use rust_decimal::Decimal;

use super::svg::{bars, histogram, Bar};
use super::{escape, isolated};
use crate::eval::result::{Status, UnitResult, UnitTotal};
use crate::i18n::Lang;
use crate::report::format::{
    grade_text, not_scored, percent_text, total_texts, TotalBounds, TotalPlaces,
};
use crate::report::summary::ordered_places;
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
            percent: *share,
            value: percent_text(*share, lang),
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
    // Each unit's period, where some unit's is not the plan's (as the
    // text summary shows it).
    let period = report.period;
    let periods = totals.iter().any(|u| u.evaluated.or(period) != period);
    let columns = [
        "column.rank",
        "column.unit",
        "column.period",
        "column.points",
        "column.max",
        "column.percent",
    ];
    let columns = columns.iter().filter(|c| periods || **c != "column.period");
    for column in columns.chain(graded.then_some(&"column.grade")) {
        let _ = write!(out, "<th>{}</th>", lang.text(column));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    // Each row is paired with its unit by the unit's place in the input,
    // which links the ranking to its table (names may repeat, and so may
    // totals).
    let ranked = ordered_places(&totals, report.rank_by);
    let ordered: Vec<(Option<usize>, &UnitTotal)> = ranked
        .iter()
        .filter_map(|&(rank, at)| Some((rank, totals.get(at)?)))
        .collect();
    let linked: HashSet<usize> = shown_units(&ranked, units).into_iter().collect();
    let bounds = TotalBounds::of(report.grades);
    // One number of decimals per column: the most any unit ranked needs.
    let decimals = TotalPlaces::column(
        ordered
            .iter()
            .filter(|(rank, _)| rank.is_some())
            .map(|(_, u)| &u.summary),
        &bounds,
    );
    for ((rank, unit), (_, at)) in ordered.into_iter().zip(&ranked) {
        let s = &unit.summary;
        let name = if linked.contains(at) {
            format!("<a href=\"#{}\">{}</a>", anchor(*at), isolated(unit.unit))
        } else {
            isolated(unit.unit)
        };
        let period_cell = match unit.evaluated.or(period) {
            _ if !periods => String::new(),
            Some(p) => format!("<td>{}</td>", isolated(&p.name())),
            None => "<td></td>".to_string(),
        };
        let Some(rank) = rank else {
            if let Some(problem) = unit.input {
                let _ = writeln!(
                    out,
                    "<tr class=\"unscored\"><td class=\"num\">–</td><td>{}</td>{period_cell}\
                     <td colspan=\"{}\" class=\"input\"><b>{}</b><div class=\"note\">{}</div></td></tr>",
                    isolated(unit.unit),
                    if graded { 4 } else { 3 },
                    escape(&not_scored(problem, lang)),
                    escape(&problem.reason(lang)),
                );
            }
            continue;
        };
        let texts = decimals.texts(s, lang);
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{rank}</td><td>{name}</td>{period_cell}<td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td>{}</tr>",
            texts[0],
            texts[1],
            escape(&texts[2]),
            grade_text(unit.grade, lang)
                .map(|g| format!("<td class=\"grade\">{}</td>", isolated(&g)))
                .unwrap_or_default(),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    // Rolled up, the tables follow the units' order (each parent, then its
    // units ranked): a city's table, then its wards'.
    let mut tables = ranked.clone();
    if units.iter().any(|u| u.standing.is_some()) {
        tables.sort_by_key(|&(_, at)| at);
    }
    unit_tables(&mut out, (&tables, &bounds), units, lang);
    out
}

/// For each target with a condition, in plan order (a target for some
/// units only where it first comes), the percentage of the units scored
/// where it applied that met it (passed), or `None` where it applied to
/// none; units not scored have no say, and a unit where it did not apply,
/// or that it is not for, neither (counting it as met would overstate the
/// batch).
/// Targets without a condition (they only score, or are only tracked) are
/// left out: nothing about them is met or not met.
fn met_shares(units: &[UnitResult]) -> Vec<(String, Option<Decimal>)> {
    // Targets by name, in the order they first come: a target for some
    // units only (`for`) is absent from the others' results, so units'
    // results do not line up by position.
    let mut order: Vec<(String, usize, usize)> = Vec::new();
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for unit in units.iter().filter(|u| u.scored()) {
        for result in unit.results.iter().filter(|r| r.condition().is_some()) {
            let index = *at.entry(result.target.as_str()).or_insert_with(|| {
                order.push((result.target.clone(), 0, 0));
                order.len() - 1
            });
            if let Some((_, met, applied)) = order.get_mut(index) {
                if !matches!(result.status, Status::NotApplicable | Status::NotDue) {
                    *applied += 1;
                }
                if result.status == Status::Pass {
                    *met += 1;
                }
            }
        }
    }
    order
        .into_iter()
        .map(|(target, met, applied)| {
            let share = match applied {
                0 => None,
                n => Some(Decimal::from(met) * Decimal::ONE_HUNDRED / Decimal::from(n)),
            };
            (target, share)
        })
        .collect()
}

/// The tables of targets of the units, in the order of the ranking, each
/// under a heading the ranking links to; at most [`MAX_TARGET_ROWS`] rows
/// in all, so that a national batch stays a page a browser opens (the page
/// says how many units it shows).
fn unit_tables(
    out: &mut String,
    (ranked, bounds): (&[(Option<usize>, usize)], &TotalBounds),
    units: &[UnitResult],
    lang: Lang,
) {
    let shown = shown_units(ranked, units);
    if shown.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h2>{}</h2>", lang.text("html.unit_tables"));
    if shown.len() < ranked.len() {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            escape(&lang.fill(
                "html.unit_tables_capped",
                &[
                    ("shown", &shown.len().to_string()),
                    ("n", &ranked.len().to_string()),
                    ("rows", &MAX_TARGET_ROWS.to_string()),
                ],
            ))
        );
    }
    // Rolled up: each unit's parent and children are linked by name.
    let anchors: std::collections::HashMap<&str, String> = shown
        .iter()
        .filter_map(|&at| Some((units.get(at)?.unit.as_str(), anchor(at))))
        .collect();
    for &at in &shown {
        let Some(unit) = units.get(at) else {
            continue;
        };
        let [points, max, percent] = total_texts(&unit.summary, bounds, lang);
        // The grade, as the ranking and a unit's own scorecard show it.
        let grade = super::unit::grade_words(unit, lang)
            .map(|g| format!(" · {g}"))
            .unwrap_or_default();
        // The period the unit is evaluated for, where one is named: units
        // of one scorecard may be of different periods.
        let period = unit
            .period
            .as_deref()
            .map(|p| format!(" ({} {})", lang.text("report.period"), isolated(p)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<h3 id=\"{}\">{}{period} · {points} / {max} {} ({}){grade}</h3>",
            anchor(at),
            isolated(&unit.unit),
            lang.text("html.points"),
            escape(&percent),
        );
        super::rollup::parent_line(out, unit, &anchors, lang);
        let places = TotalPlaces::of(&unit.summary, bounds).points;
        super::unit::targets_table(out, unit, places, lang);
        super::rollup::children_table(out, unit, (&anchors, bounds), lang);
    }
}

/// The most rows of targets the tables of units hold in one page.
pub const MAX_TARGET_ROWS: usize = 10_000;

/// The units (by their place in the input) whose tables are shown: the
/// scored ones in the order of the ranking, as long as their rows fit in
/// [`MAX_TARGET_ROWS`] (the first always does).
fn shown_units(ranked: &[(Option<usize>, usize)], units: &[UnitResult]) -> Vec<usize> {
    let mut rows = 0usize;
    let mut shown = Vec::new();
    for &(rank, at) in ranked {
        let Some(unit) = units.get(at).filter(|_| rank.is_some()) else {
            continue;
        };
        rows = rows.saturating_add(unit.results.len());
        if rows > MAX_TARGET_ROWS && !shown.is_empty() {
            break;
        }
        shown.push(at);
    }
    shown
}

/// The id of a unit's table: its place in the input (names may be anything).
fn anchor(at: usize) -> String {
    format!("unit-{}", at + 1)
}

#[cfg(test)]
mod tests {
    use super::met_shares;
    use crate::eval::applies::{Scoped, Scopes};
    use crate::eval::{evaluate_scoped, Detail, Hints, Metrics};
    use crate::units::Register;
    use crate::{check_source, SourceFile};

    /// A target for some units is counted among the units it is for, by
    /// name: the units' results do not line up by position.
    #[test]
    fn shares_follow_targets_by_name() {
        let plan = "metric a: count\nmetric b: count\n\
            target city: a >= 1 for level \"tỉnh\"\ntarget b >= 1\n";
        let checked = check_source(&SourceFile::new("p.plan", plan));
        let units = "unit,parent,level\nHuế,,tỉnh\nA,Huế,xã\n";
        let (register, _) = Register::parse("u.csv", units.as_bytes().to_vec());
        let data = "unit,metric,value\nA,b,0\nHuế,a,2\nHuế,b,1\n";
        let options = crate::measure::ReadOptions::default();
        let mut files = vec![crate::measure::read(
            std::path::Path::new("m.csv"),
            data.as_bytes(),
            &options,
        )];
        let metrics = Metrics::new(&checked.plan);
        let scoped = Scoped::new(&checked.plan, Some(&register), &files);
        let scopes = Scopes::new(&metrics, &scoped);
        let mut results = Vec::new();
        let _: Result<(), ()> =
            evaluate_scoped(&scopes, &Hints::default(), &mut files, Detail::Full, |u| {
                results.push(u);
                Ok(())
            });
        let shares: Vec<(String, String)> = met_shares(&results)
            .into_iter()
            .map(|(t, s)| (t, s.map(|s| s.round().to_string()).unwrap_or_default()))
            .collect();
        let expected = [("b", "50"), ("city", "100")].map(|(t, s)| (t.to_string(), s.to_string()));
        assert_eq!(shares, expected);
    }
}
