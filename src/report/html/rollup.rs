//! A rolled-up batch (`eval --rollup`) in the scorecard: under each unit's
//! heading the parent it is part of, linked to the parent's table, and
//! after a parent's table its units ranked, each linked to its own table:
//! a city's table with its wards' ranking.

use std::collections::HashMap;
use std::fmt::Write;

use super::isolated;
use crate::eval::result::UnitResult;
use crate::i18n::Lang;
use crate::report::format::{TotalBounds, TotalPlaces};

/// The link to the table of the unit called `name`, where it is shown.
fn linked(name: &str, anchors: &HashMap<&str, String>) -> String {
    match anchors.get(name) {
        Some(anchor) => format!("<a href=\"#{anchor}\">{}</a>", isolated(name)),
        None => isolated(name),
    }
}

/// `Part of: Thành phố, rank 2 of its units`, the parent linked.
pub(super) fn parent_line(
    out: &mut String,
    unit: &UnitResult,
    anchors: &HashMap<&str, String>,
    lang: Lang,
) {
    let Some(standing) = &unit.standing else {
        return;
    };
    let Some(parent) = &standing.parent else {
        return;
    };
    // The words are the text report's, the parent's name put in as a link.
    const MARK: &str = "\u{0}";
    let words = match standing.rank {
        Some(rank) => lang.fill(
            "report.parent_rank",
            &[("parent", MARK), ("rank", &rank.to_string())],
        ),
        None => lang.fill("report.parent", &[("parent", MARK)]),
    };
    let (before, after) = words.split_once(MARK).unwrap_or((&words, ""));
    let _ = writeln!(
        out,
        "<p class=\"parent\">{}{}{}</p>",
        super::escape(before),
        linked(parent, anchors),
        super::escape(after)
    );
}

/// A parent's units ranked, with their totals, each linked to its table.
pub(super) fn children_table(
    out: &mut String,
    unit: &UnitResult,
    (anchors, bounds): (&HashMap<&str, String>, &TotalBounds),
    lang: Lang,
) {
    let Some(standing) = unit.standing.as_ref().filter(|s| !s.ranking.is_empty()) else {
        return;
    };
    let _ = writeln!(
        out,
        "<p class=\"children-heading\">{}</p>\n<table class=\"children\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        super::escape(lang.text("report.children")),
        lang.text("column.rank"),
        lang.text("column.unit"),
        lang.text("column.points"),
        lang.text("column.max"),
        lang.text("column.percent"),
    );
    let decimals = TotalPlaces::column(
        standing
            .ranking
            .iter()
            .filter(|c| c.rank.is_some())
            .map(|c| &c.summary),
        bounds,
    );
    for child in &standing.ranking {
        let name = linked(&child.unit, anchors);
        match child.rank {
            Some(rank) => {
                let texts = decimals.texts(&child.summary, lang);
                let _ = writeln!(
                    out,
                    "<tr><td class=\"num\">{rank}</td><td>{name}</td><td class=\"num\">{}</td>\
                     <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    texts[0],
                    texts[1],
                    super::escape(&texts[2]),
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "<tr class=\"unscored\"><td class=\"num\">–</td><td>{name}</td><td colspan=\"3\">{}</td></tr>",
                    super::escape(lang.text("report.child_not_scored"))
                );
            }
        }
    }
    out.push_str("</tbody>\n</table>\n");
}
