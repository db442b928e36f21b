//! A rolled-up batch (`eval --rollup`) as the reports show it: each parent
//! followed by its children, ranked, recursively (the city, then its wards
//! from the best), each child's place among its siblings and each parent's
//! ranking of its children kept on their [`Standing`]s.
//!
//! [`Standing`]: crate::eval::rollup::Standing

use std::collections::HashMap;
use std::fmt::Write;

use super::format::{printable, TotalBounds};
use super::summary::{ordered_places, RankBy};
use super::text::total_line;
use crate::eval::result::{UnitResult, UnitTotal};
use crate::eval::rollup::{Ranked, Standing};
use crate::i18n::Lang;

/// `units` (as `eval::rollup::evaluate_rolled_up` gives them: each parent
/// before its children) in the order the reports show them: each root,
/// then each of its children by rank, each followed by its own children,
/// and so down; then the units the register does not name, as they came.
/// Each child gets its rank among its siblings, and each parent its
/// ranking of them.
pub fn arrange(units: Vec<UnitResult>, by: RankBy) -> Vec<UnitResult> {
    let at: HashMap<&str, usize> = units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.standing.is_some())
        .map(|(i, u)| (u.unit.as_str(), i))
        .collect();
    // Per unit, its children's places in `units`, ranked, with their ranks.
    let ranked: Vec<Vec<(Option<usize>, usize)>> = units
        .iter()
        .map(|unit| {
            let Some(standing) = &unit.standing else {
                return Vec::new();
            };
            let children: Vec<usize> = standing
                .children
                .iter()
                .filter_map(|c| at.get(c.as_str()).copied())
                .collect();
            let totals: Vec<UnitTotal> = children
                .iter()
                .filter_map(|&c| units.get(c).map(UnitTotal::from))
                .collect();
            ordered_places(&totals, by)
                .into_iter()
                .filter_map(|(rank, i)| Some((rank, *children.get(i)?)))
                .collect()
        })
        .collect();
    drop(at);
    // The order shown: a walk from the roots, children by rank.
    let mut order: Vec<usize> = Vec::with_capacity(units.len());
    let mut pending: Vec<usize> = units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.standing.as_ref().is_some_and(|s| s.parent.is_none()))
        .map(|(i, _)| i)
        .rev()
        .collect();
    let mut shown = vec![false; units.len()];
    while let Some(i) = pending.pop() {
        match shown.get_mut(i) {
            Some(done) if !*done => *done = true,
            _ => continue,
        }
        order.push(i);
        if let Some(children) = ranked.get(i) {
            pending.extend(children.iter().rev().map(|(_, c)| *c));
        }
    }
    // What the walk did not reach (not in the register, or below a unit
    // met twice), as it came.
    order.extend((0..units.len()).filter(|&i| !shown.get(i).copied().unwrap_or(true)));
    let mut ranks: Vec<Option<usize>> = vec![None; units.len()];
    let mut rankings: Vec<Vec<Ranked>> = Vec::with_capacity(units.len());
    for children in &ranked {
        let mut ranking = Vec::with_capacity(children.len());
        for &(rank, c) in children {
            if let Some(slot) = ranks.get_mut(c) {
                *slot = rank;
            }
            if let Some(child) = units.get(c) {
                ranking.push(Ranked {
                    rank,
                    unit: child.unit.clone(),
                    summary: child.summary.clone(),
                });
            }
        }
        rankings.push(ranking);
    }
    let mut slots: Vec<Option<UnitResult>> = units.into_iter().map(Some).collect();
    for ((unit, rank), ranking) in slots.iter_mut().zip(ranks).zip(rankings) {
        if let Some(standing) = unit.as_mut().and_then(|u| u.standing.as_mut()) {
            standing.rank = rank;
            standing.ranking = ranking;
        }
    }
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i)?.take())
        .collect()
}

/// `Part of: Hà Nội, rank 2 of its units` under a unit's name.
pub fn parent_line(out: &mut String, standing: &Standing, lang: Lang) {
    let Some(parent) = &standing.parent else {
        return;
    };
    let parent = printable(parent);
    let line = match standing.rank {
        Some(rank) => lang.fill(
            "report.parent_rank",
            &[("parent", &parent), ("rank", &rank.to_string())],
        ),
        None => lang.fill("report.parent", &[("parent", &parent)]),
    };
    let _ = writeln!(out, "{line}");
}

/// A parent's children ranked, each with its total, after the parent's.
pub fn ranking_lines(out: &mut String, standing: &Standing, bounds: &TotalBounds, lang: Lang) {
    if standing.ranking.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", lang.text("report.children"));
    let width = standing
        .ranking
        .iter()
        .map(|r| printable(&r.unit).chars().count())
        .max()
        .unwrap_or(0)
        .min(super::WIDEST_COLUMN);
    for child in &standing.ranking {
        let place = match child.rank {
            Some(rank) => format!("{rank:>3}."),
            None => "   -".to_string(),
        };
        let total = match child.rank {
            Some(_) => total_line(&child.summary, bounds, lang),
            None => lang.text("report.child_not_scored").to_string(),
        };
        let _ = writeln!(out, "{place} {:<width$}  {total}", printable(&child.unit));
    }
}
