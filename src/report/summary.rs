//! One line per unit, for batches: counts, points and percentage, in the
//! order the units came (or ranked as PAR INDEX results are published).
//! Lines are written to the output as they are made, not gathered first.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::columns::Columns;
use super::csv_report::text as csv_text;
use super::format::{
    max_unknown as max_unknown_reason, own_places, printable, TotalBounds, TotalPlaces,
};
use super::json::input_json;
use crate::check::model::Grade;
use crate::eval::due::EvaluatedPeriod;
use crate::eval::result::{Exact, UnitGrade, UnitTotal};
use crate::i18n::Lang;

pub use crate::syntax::ast::RankBy;

/// The units ranked by `by`, highest first, with their 1-based rank. Ties
/// are ordered by the other measure, then by the unit's name (its bytes),
/// so that the ranking never depends on the order the units came in. A
/// unit without a percentage ranks after every unit with one: first those
/// whose maximum is 0, then those whose maximum is not known (a maximum
/// from the data missing: its total is of a smaller maximum, and would
/// otherwise rank above a complete unit with more points). Units that were
/// not scored (their input could not be used) have no rank: they come
/// after every unit that was, in input order.
pub fn ordered<'u>(
    units: impl IntoIterator<Item = UnitTotal<'u>>,
    by: RankBy,
) -> Vec<(Option<usize>, UnitTotal<'u>)> {
    let units: Vec<UnitTotal> = units.into_iter().collect();
    let places = ordered_places(&units, by);
    let mut slots: Vec<Option<UnitTotal>> = units.into_iter().map(Some).collect();
    // INVARIANT: `places` names each place of `units` once.
    places
        .into_iter()
        .filter_map(|(rank, at)| Some((rank, slots.get_mut(at)?.take()?)))
        .collect()
}

/// [`ordered`] as the units' places in `units`, with their rank: what
/// pairs a ranked row with the unit it is of, whatever its name and
/// totals share with another unit's.
pub fn ordered_places(units: &[UnitTotal], by: RankBy) -> Vec<(Option<usize>, usize)> {
    let (mut scored, unscored): (Vec<usize>, Vec<usize>) =
        (0..units.len()).partition(|&at| units.get(at).is_some_and(|u| u.input.is_none()));
    // Stable: units alike in every key keep input order. Each percentage
    // (a division) is worked out once, not per comparison.
    // INVARIANT: every place is below `units.len()`; none is left out.
    scored.sort_by_cached_key(|&at| units.get(at).map(|u| rank_key(u, by)));
    scored
        .into_iter()
        .enumerate()
        .map(|(i, at)| (Some(i + 1), at))
        .chain(unscored.into_iter().map(|at| (None, at)))
        .collect()
}

/// What a unit ranks by: see [`ordered`].
fn rank_key<'u>(u: &UnitTotal<'u>, by: RankBy) -> impl Ord + 'u {
    use std::cmp::Reverse;
    let s = &u.summary;
    let percent = Reverse(s.percent());
    let points = Reverse(s.points.clone());
    let (first, second) = match by {
        RankBy::Percent => (Ok(percent), Err(points)),
        RankBy::Points => (Err(points), Ok(percent)),
    };
    (!s.max_known(), s.percent().is_none(), first, second, u.unit)
}

/// [`ordered`] without gathering the units when they keep input order (the
/// rank is then not shown).
fn in_order<'u>(
    units: impl IntoIterator<Item = UnitTotal<'u>, IntoIter: 'u>,
    rank: Option<RankBy>,
) -> Box<dyn Iterator<Item = (Option<usize>, UnitTotal<'u>)> + 'u> {
    match rank {
        Some(by) => Box::new(ordered(units, by).into_iter()),
        None => Box::new(units.into_iter().map(|u| (None, u))),
    }
}

/// The period each unit was evaluated for, where some unit's is not the
/// plan's (`plan`): a column then says each unit's; else `None` (the plan's
/// period, said once by the plan, is left out of every line).
fn periods_shown<'u>(
    units: impl Iterator<Item = UnitTotal<'u>>,
    plan: Option<EvaluatedPeriod>,
) -> Option<impl Fn(&UnitTotal) -> String> {
    let mut units = units.map(move |u| u.evaluated.or(plan));
    units
        .any(|period| period != plan)
        .then_some(move |u: &UnitTotal| u.evaluated.or(plan).map(|p| p.name()).unwrap_or_default())
}

/// Lines are built in one buffer and written whole: a national batch has
/// tens of thousands, and formatting each field into its own string cost
/// more than evaluating them.
///
/// `grades` are the plan's, in the order declared: the count of units per
/// grade below the lines follows it.
pub fn text<'u>(
    units: impl IntoIterator<Item = UnitTotal<'u>, IntoIter: Clone + 'u>,
    (grades, plan): (&[Grade], Option<EvaluatedPeriod>),
    rank: Option<RankBy>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let units = units.into_iter();
    let bounds = TotalBounds::of(grades);
    // Every unit is graded by the same plan: the first says whether it grades.
    let graded = units.clone().next().is_some_and(|u| u.grade.graded());
    // Rolled up (`eval --rollup`), a unit is indented under its parent.
    let indents = rollup_indents(units.clone());
    let indent = |u: &UnitTotal| indents.get(u.unit).map_or(0, |depth| 2 * depth);
    let widest = units
        .clone()
        .map(|u| indent(&u) + u.unit.chars().count())
        .max();
    // As wide as its heading too (`đơn vị`), so that the columns after it
    // stand under theirs.
    let heading = lang.text("summary.unit").chars().count();
    let width = super::column_width(widest.unwrap_or(4).max(4).max(heading));
    // Each unit's period, where some unit's is not the plan's.
    let period = periods_shown(units.clone(), plan);
    let period_wide = period.as_ref().map_or(0, |name| {
        let widest = units.clone().map(|u| name(&u).chars().count()).max();
        widest
            .unwrap_or(0)
            .max(lang.text("summary.period").chars().count())
    });
    // Targets that only score have a column where some unit has them.
    let scored = units.clone().any(|u| u.summary.scored > 0);
    // And targets not yet due, where the period evaluated leaves some.
    let not_due = units.clone().any(|u| u.summary.not_due > 0);
    let t = |key| lang.text(key);
    // A column is as wide as its heading where the heading is wider (a
    // language's words are not cut to fit).
    let wide = |key, least: usize| t(key).chars().count().max(least);
    let scored_wide = wide("summary.scored", 6);
    let not_due_wide = wide("summary.not_due", 7);
    let counts_wide = [
        wide("summary.pass", 5),
        wide("summary.fail", 5),
        wide("summary.missing", 7),
        wide("summary.na", 5),
        wide("summary.invalid", 7),
    ];
    let [pass_w, fail_w, missing_w, na_w, invalid_w] = counts_wide;
    let mut line: Vec<u8> = Vec::with_capacity(128);
    if rank.is_some() {
        write!(line, "{:<4}  ", t("summary.rank"))?;
    }
    write!(line, "{:<width$}", t("summary.unit"))?;
    if period.is_some() {
        write!(line, "  {:<period_wide$}", t("summary.period"))?;
    }
    write!(
        line,
        "  {:>pass_w$} {:>fail_w$} {:>missing_w$} {:>na_w$} {:>invalid_w$}",
        t("summary.pass"),
        t("summary.fail"),
        t("summary.missing"),
        t("summary.na"),
        t("summary.invalid"),
    )?;
    if scored {
        write!(line, " {:>scored_wide$}", t("summary.scored"))?;
    }
    if not_due {
        write!(line, " {:>not_due_wide$}", t("summary.not_due"))?;
    }
    writeln!(
        line,
        "  {:>8} {:>8} {:>7}{}",
        t("summary.points"),
        t("summary.max"),
        t("summary.percent"),
        if graded {
            format!("  {}", t("summary.grade"))
        } else {
            String::new()
        }
    )?;
    out.write_all(&line)?;
    let mut columns = Columns::default();
    // How many units got each grade, in the order the plan declares them,
    // and how many none.
    let mut per_grade: Vec<(&str, usize)> = grades.iter().map(|g| (g.name.as_str(), 0)).collect();
    let mut no_grade = 0usize;
    // Units not scored are counted too, so that the counts add up to the
    // units listed.
    let mut not_scored = 0usize;
    let mut max_unknown = 0usize;
    // Ranked, the lines are gathered: each column of numbers has one number
    // of decimals, the most any line needs. In input order, each line is
    // written as it comes, with the decimals its own numbers need.
    let ranked = rank.map(|by| ordered(units.clone(), by));
    let column = ranked.as_ref().map(|ranked| {
        let scored = ranked.iter().filter(|(rank, _)| rank.is_some());
        TotalPlaces::column(scored.map(|(_, u)| &u.summary), &bounds)
    });
    let lines: Box<dyn Iterator<Item = (Option<usize>, UnitTotal)>> = match ranked {
        Some(ranked) => Box::new(ranked.into_iter()),
        None => Box::new(units.map(|u| (None, u))),
    };
    for (position, u) in lines {
        let s = &u.summary;
        columns.clear();
        if rank.is_some() {
            match position {
                Some(position) => columns.count(position, 4),
                None => columns.left("   -", 4),
            }
            columns.push("  ");
        }
        match indent(&u) {
            0 => columns.left(&printable(u.unit), width),
            by => columns.left(&format!("{:by$}{}", "", printable(u.unit)), width),
        }
        if let Some(name) = &period {
            columns.push("  ");
            columns.left(&name(&u), period_wide);
        }
        columns.push(" ");
        if let Some(problem) = u.input {
            columns.push(" ");
            let status = lang.text(problem.status.key());
            let code = problem.code().id();
            columns.push(&lang.fill("summary.not_scored", &[("status", status), ("code", code)]));
            columns.push("\n");
            out.write_all(columns.bytes())?;
            not_scored += 1;
            continue;
        }
        for (count, wide) in [s.pass, s.fail, s.missing, s.not_applicable, s.invalid]
            .into_iter()
            .zip(counts_wide)
        {
            columns.push(" ");
            columns.count(count, wide);
        }
        if scored {
            columns.push(" ");
            columns.count(s.scored as usize, scored_wide);
        }
        if not_due {
            columns.push(" ");
            columns.count(s.not_due as usize, not_due_wide);
        }
        columns.push("  ");
        let numbers = columns.written();
        // As every human format shows a total: points off 0, the maximum,
        // a whole number and a grade's bound, the percentage off 0%, 100%, a
        // whole percentage and a grade's bound, when they are not on them.
        let (points, max) = (s.points_shown(), s.max_points.shown_or_max());
        let places = column.unwrap_or_else(|| TotalPlaces::of(s, &bounds));
        columns.fixed(points, own_places(&s.points, points, places.points), "", 8);
        columns.push(" ");
        columns.fixed(max, own_places(&s.max_points, max, places.max), "", 8);
        columns.push(" ");
        match (s.percent(), s.exact_percent()) {
            (Some(p), Some(e)) => columns.fixed(p, own_places(&e, p, places.percent), "%", 7),
            (Some(p), None) => columns.fixed(p, places.percent, "%", 7),
            (None, _) => columns.left("      -", 7),
        }
        if lang == Lang::Vi {
            decimal_commas(columns.since(numbers));
        }
        // Without a known maximum, no percentage and no grade, and why (in
        // the grade's column, or after the percentage).
        if !s.max_known() {
            columns.push("  ");
            // In the grade's column (no grade: `-`), or after the percentage.
            if graded {
                columns.push("- ");
            }
            columns.push(t("summary.max_unknown"));
            columns.push("\n");
            out.write_all(columns.bytes())?;
            max_unknown += 1;
            continue;
        }
        if graded {
            columns.push("  ");
            match u.grade {
                UnitGrade::Named(name) => {
                    columns.push(&printable(name));
                    // A name the plan does not declare cannot be given; kept
                    // (last) rather than dropped if it were.
                    match per_grade.iter_mut().find(|(g, _)| *g == name) {
                        Some((_, n)) => *n += 1,
                        None => per_grade.push((name, 1)),
                    }
                }
                _ => {
                    columns.push("-");
                    no_grade += 1;
                }
            }
        }
        columns.push("\n");
        out.write_all(columns.bytes())?;
    }
    // Grades no unit got are not listed; no unit scored (every input
    // unusable): no count line, not an empty one.
    per_grade.retain(|(_, n)| *n > 0);
    if graded && (!per_grade.is_empty() || no_grade > 0 || max_unknown > 0) {
        let none = lang.text("report.no_grade");
        // A name with a comma is quoted, so the list reads one way.
        let named = |name: &str| match printable(name) {
            shown if shown.contains(',') => format!("\"{shown}\""),
            shown => shown.to_string(),
        };
        let counts: Vec<String> = per_grade
            .iter()
            .map(|(name, n)| format!("{} {n}", named(name)))
            .chain((no_grade > 0).then(|| format!("{none} {no_grade}")))
            .chain(
                (max_unknown > 0)
                    .then(|| format!("{} {max_unknown}", lang.text("summary.grades_max_unknown"))),
            )
            .chain(
                (not_scored > 0)
                    .then(|| format!("{} {not_scored}", lang.text("summary.grades_not_scored"))),
            )
            .collect();
        let counts = counts.join(", ");
        writeln!(
            out,
            "\n{}",
            lang.fill("summary.grades", &[("counts", &counts)])
        )?;
    }
    Ok(())
}

/// Vietnamese writes a decimal comma; only numbers are passed here.
fn decimal_commas(numbers: &mut [u8]) {
    for b in numbers.iter_mut().filter(|b| **b == b'.') {
        *b = b',';
    }
}

/// Per unit of a rolled-up batch that has a parent, how many parents are
/// above it (its parent's chain among the units listed, at most 64 deep);
/// empty for a batch that is not rolled up.
fn rollup_indents<'u>(
    units: impl Iterator<Item = UnitTotal<'u>>,
) -> std::collections::HashMap<&'u str, usize> {
    let parents: std::collections::HashMap<&str, &str> =
        units.filter_map(|u| Some((u.unit, u.parent?))).collect();
    parents
        .keys()
        .map(|&unit| {
            let mut depth = 0;
            let mut at = unit;
            while let Some(&parent) = parents.get(at) {
                depth += 1;
                at = parent;
                if depth >= 64 {
                    break;
                }
            }
            (unit, depth)
        })
        .collect()
}

/// `plan`: the plan's period, which a unit evaluated for no other is
/// evaluated for.
pub fn json_lines<'u>(
    units: impl IntoIterator<Item = UnitTotal<'u>, IntoIter: 'u>,
    plan: Option<EvaluatedPeriod>,
    rank: Option<RankBy>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut line: Vec<u8> = Vec::with_capacity(192);
    for (position, u) in in_order(units, rank) {
        let s = &u.summary;
        line.clear();
        line.extend_from_slice(b"{\"unit\":");
        serde_json::to_writer(&mut line, u.unit)?;
        // Rolled up: the unit's parent (a root's is null).
        if let Some(parent) = u.parent {
            line.extend_from_slice(b",\"parent\":");
            serde_json::to_writer(&mut line, parent)?;
        }
        // A decimal's text (digits, at most one point and a sign) is a JSON
        // number as it stands.
        write!(
            line,
            ",\"pass\":{},\"fail\":{},\"missing\":{},\"not_applicable\":{},\"invalid\":{},\"scored\":{},\"points\":{},\"max_points\":{},\"percent\":",
            s.pass,
            s.fail,
            s.missing,
            s.not_applicable,
            s.invalid,
            s.scored,
            s.points_shown().normalize(),
            exact(&s.max_points),
        )?;
        match s.percent() {
            Some(p) => write!(line, "{}", p.normalize())?,
            None => line.extend_from_slice(b"null"),
        }
        // Why the percentage (and the grade) are null, only where it is so.
        if !s.max_known() {
            write!(line, ",\"unknown_maxima\":{}", s.unknown_maxima)?;
        }
        // Targets not yet due in the period evaluated; always, 0 when none
        // (a stable schema).
        write!(line, ",\"not_due\":{}", s.not_due)?;
        // The period evaluated, always (null only where neither the plan
        // nor the unit's readings name one), as the full report writes it.
        match u.evaluated.or(plan) {
            Some(p) => write!(
                line,
                ",\"evaluated\":{{\"start\":\"{}\",\"end\":\"{}\"}}",
                p.start, p.end
            )?,
            None => line.extend_from_slice(b",\"evaluated\":null"),
        }
        if u.grade.graded() {
            line.extend_from_slice(b",\"grade\":");
            serde_json::to_writer(&mut line, &u.grade.name())?;
        }
        match u.input {
            None => line.extend_from_slice(br#","input":{"status":"reported"}"#),
            Some(problem) => {
                line.extend_from_slice(b",\"input\":");
                serde_json::to_writer(&mut line, &input_json(Some(problem)))?;
            }
        }
        if rank.is_some() {
            match position {
                Some(position) => write!(line, ",\"rank\":{position}")?,
                None => line.extend_from_slice(b",\"rank\":null"),
            }
        }
        line.extend_from_slice(b"}\n");
        // What would act in a unit's name is escaped (see
        // `printable::json_escaped`); the line is UTF-8, written by serde_json.
        match std::str::from_utf8(&line).map(crate::printable::json_escaped) {
            Ok(std::borrow::Cow::Owned(escaped)) => out.write_all(escaped.as_bytes())?,
            _ => out.write_all(&line)?,
        }
    }
    Ok(())
}

/// `d` as machine formats write it: exact, trailing zeros dropped (a
/// rounded number could read as the maximum or 100% when it is not).
fn exact(d: &Exact) -> Decimal {
    d.written()
}

/// With a last column, `grade`, when the plan grades its units; a column
/// `period` after `unit` where some unit's period is not the plan's
/// (`plan`).
pub fn csv<'u>(
    units: impl IntoIterator<Item = UnitTotal<'u>, IntoIter: Clone + 'u>,
    plan: Option<EvaluatedPeriod>,
    rank: Option<RankBy>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let units = units.into_iter();
    // A column of targets not yet due, after `scored`, where some unit has
    // them.
    let not_due = units.clone().any(|u| u.summary.not_due > 0);
    let period = periods_shown(units.clone(), plan);
    let mut units = units.peekable();
    let graded = units.peek().is_some_and(|u| u.grade.graded());
    if rank.is_some() {
        out.write_all(b"rank,")?;
    }
    out.write_all(b"unit,")?;
    if period.is_some() {
        out.write_all(b"period,")?;
    }
    out.write_all(b"pass,fail,missing,not_applicable,invalid,scored,")?;
    if not_due {
        out.write_all(b"not_due,")?;
    }
    out.write_all(b"points,max_points,percent,input,reason")?;
    out.write_all(if graded { b",grade\n" } else { b"\n" })?;
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    let mut field = String::new();
    for (position, u) in in_order(units, rank) {
        let s = &u.summary;
        if rank.is_some() {
            writer.write_field(position.map(|p| p.to_string()).unwrap_or_default())?;
        }
        writer.write_field(csv_text(u.unit).as_bytes())?;
        if let Some(name) = &period {
            writer.write_field(name(&u))?;
        }
        let not_due = not_due.then_some(s.not_due as usize);
        for count in s.counts().into_iter().chain(not_due) {
            field.clear();
            std::fmt::Write::write_fmt(&mut field, format_args!("{count}")).ok();
            writer.write_field(&field)?;
        }
        for number in [
            Some(s.points_shown().normalize()),
            Some(exact(&s.max_points)),
            s.percent().map(|p| p.normalize()),
        ] {
            field.clear();
            if let Some(n) = number {
                std::fmt::Write::write_fmt(&mut field, format_args!("{n}")).ok();
            }
            writer.write_field(&field)?;
        }
        match u.input {
            None => {
                writer.write_field("reported")?;
                // Why it has no percentage and no grade, if so.
                writer.write_field(max_unknown_reason(s, Lang::En).unwrap_or_default())?;
            }
            Some(problem) => {
                writer.write_field(problem.status.as_str())?;
                writer.write_field(csv_text(&problem.reason(Lang::En)))?;
            }
        }
        if graded {
            writer.write_field(csv_text(u.grade.name().unwrap_or("")))?;
        }
        writer.write_record(None::<&[u8]>)?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::result::Tally;

    /// Each ranked place is the unit's own, where two units share a name
    /// and a percentage and not their points (the HTML batch links rows by
    /// it: pairing by name and percentage could swap them).
    #[test]
    fn ordered_places_are_the_units_own() {
        let unit = |points: i64, max: i64| UnitTotal {
            unit: "",
            summary: Tally {
                points: Exact::Decimal(Decimal::from(points)),
                max_points: Exact::Decimal(Decimal::from(max)),
                ..Tally::default()
            },
            input: None,
            grade: crate::eval::result::UnitGrade::Ungraded,
            parent: None,
            evaluated: None,
        };
        let units = [unit(1, 2), unit(3, 6), unit(2, 4)];
        let by_points = ordered_places(&units, RankBy::Points);
        assert_eq!(by_points, [(Some(1), 1), (Some(2), 2), (Some(3), 0)]);
        let by_percent = ordered_places(&units, RankBy::Percent);
        assert_eq!(by_percent, [(Some(1), 1), (Some(2), 2), (Some(3), 0)]);
    }

    /// Ranked highest percentage first; equal percentages by points, then
    /// by name; units with nothing to count come last. By points, equal
    /// points by percentage.
    #[test]
    fn ranking_orders_ties_by_the_other_measure_then_by_name() {
        let tally = |points: i64, max: i64| Tally {
            points: Exact::Decimal(Decimal::from(points)),
            max_points: Exact::Decimal(Decimal::from(max)),
            ..Tally::default()
        };
        let units = [
            ("a", tally(1, 2)),
            ("b", tally(4, 5)),
            ("c", tally(2, 4)),
            ("d", tally(0, 0)),
            ("e", tally(8, 10)),
        ];
        let ranked: Vec<(Option<usize>, &str)> = ordered(
            units.iter().map(|(unit, summary)| UnitTotal {
                unit,
                summary: summary.clone(),
                input: None,
                grade: crate::eval::result::UnitGrade::Ungraded,
                parent: None,
                evaluated: None,
            }),
            RankBy::Percent,
        )
        .into_iter()
        .map(|(rank, u)| (rank, u.unit))
        .collect();
        let ranks = |r: &[(usize, &'static str)]| -> Vec<(Option<usize>, &'static str)> {
            r.iter().map(|(n, u)| (Some(*n), *u)).collect()
        };
        assert_eq!(
            ranked,
            ranks(&[(1, "e"), (2, "b"), (3, "c"), (4, "a"), (5, "d")])
        );
        let by_points: Vec<&str> = ordered(
            units.iter().map(|(unit, summary)| UnitTotal {
                unit,
                summary: summary.clone(),
                input: None,
                grade: crate::eval::result::UnitGrade::Ungraded,
                parent: None,
                evaluated: None,
            }),
            RankBy::Points,
        )
        .into_iter()
        .map(|(_, u)| u.unit)
        .collect();
        assert_eq!(by_points, ["e", "b", "c", "a", "d"]);
    }
}
