//! One line per unit, for batches: counts, points and percentage, in the
//! order the units came (or ranked as PAR INDEX results are published).
//! Lines are written to the output as they are made, not gathered first.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::csv_report::text as csv_text;
use super::format::{percent_text, points_text, printable};
use super::json::number;
use crate::eval::result::UnitTotal;
use crate::i18n::Lang;

/// The units in input order, or ranked by percentage (highest first; ties
/// keep input order), with their 1-based rank.
pub fn ordered<'u>(
    units: impl IntoIterator<Item = &'u UnitTotal>,
    rank: bool,
) -> Vec<(usize, &'u UnitTotal)> {
    let mut list: Vec<&UnitTotal> = units.into_iter().collect();
    if rank {
        // A stable sort keeps input order among equal percentages.
        list.sort_by(|a, b| {
            let key = |u: &UnitTotal| u.summary.percent().unwrap_or(Decimal::MIN);
            key(b).cmp(&key(a))
        });
    }
    list.into_iter()
        .enumerate()
        .map(|(i, u)| (i + 1, u))
        .collect()
}

pub fn text<'u>(
    units: impl IntoIterator<Item = &'u UnitTotal>,
    rank: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let list = ordered(units, rank);
    let width = list
        .iter()
        .map(|(_, u)| u.unit.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let t = |key| lang.text(key);
    if rank {
        write!(out, "{:<4}  ", t("summary.rank"))?;
    }
    writeln!(
        out,
        "{:<width$}  {:>5} {:>5} {:>7} {:>5} {:>7}  {:>8} {:>8} {:>7}",
        t("summary.unit"),
        t("summary.pass"),
        t("summary.fail"),
        t("summary.missing"),
        t("summary.na"),
        t("summary.invalid"),
        t("summary.points"),
        t("summary.max"),
        t("summary.percent")
    )?;
    for (position, u) in list {
        let s = &u.summary;
        if rank {
            write!(out, "{position:>4}  ")?;
        }
        writeln!(
            out,
            "{:<width$}  {:>5} {:>5} {:>7} {:>5} {:>7}  {:>8} {:>8} {:>7}",
            printable(&u.unit),
            s.pass,
            s.fail,
            s.missing,
            s.not_applicable,
            s.invalid,
            points_text(s.points, lang),
            points_text(s.max_points, lang),
            percent_text(s.percent(), lang)
        )?;
    }
    Ok(())
}

pub fn json_lines<'u>(
    units: impl IntoIterator<Item = &'u UnitTotal>,
    rank: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    for (position, u) in ordered(units, rank) {
        let s = &u.summary;
        let mut line = serde_json::json!({
            "unit": &*u.unit,
            "pass": s.pass,
            "fail": s.fail,
            "missing": s.missing,
            "not_applicable": s.not_applicable,
            "invalid": s.invalid,
            "points": number(s.points, 4),
            "max_points": number(s.max_points, 4),
            "percent": s.percent().map_or(serde_json::Value::Null, |p| number(p, 2)),
        });
        if let (true, Some(object)) = (rank, line.as_object_mut()) {
            object.insert("rank".to_string(), serde_json::json!(position));
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub fn csv<'u>(
    units: impl IntoIterator<Item = &'u UnitTotal>,
    rank: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    if rank {
        out.write_all(b"rank,")?;
    }
    out.write_all(b"unit,pass,fail,missing,not_applicable,invalid,points,max_points,percent\n")?;
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    for (position, u) in ordered(units, rank) {
        let s = &u.summary;
        let mut record = Vec::new();
        if rank {
            record.push(position.to_string());
        }
        record.extend([
            csv_text(&u.unit),
            s.pass.to_string(),
            s.fail.to_string(),
            s.missing.to_string(),
            s.not_applicable.to_string(),
            s.invalid.to_string(),
            s.points.round_dp(4).normalize().to_string(),
            s.max_points.round_dp(4).normalize().to_string(),
            s.percent()
                .map(|p| p.round_dp(2).normalize().to_string())
                .unwrap_or_default(),
        ]);
        writer.write_record(&record)?;
    }
    writer.flush()
}
