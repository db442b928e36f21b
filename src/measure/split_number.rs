//! Numbers split by the separator of a comma-separated file. `late,1,500`
//! under `metric,value` is the number `1,500` written without quotes: read
//! as it stands, the value would be `1` and `500` a field beyond the header,
//! or a note, the unit of measure, a unit's name or a period. A row whose
//! value is a number followed by a field of digits that no column reads as a
//! value is taken as such a split: its value is refused where it stands
//! (E0735), so that the metric is invalid, never read as `1` and never
//! missing, and the fields after the split are read by the columns they
//! belong to (`fee,1,500,000,VND` under `metric,value,ĐVT` is in `VND`),
//! never taken from the shifted cells.

use super::problem::TableProblem;
use super::separators::{number_text, NotRead};
use super::table::{Role, TableCell, TableRow};
use super::unit_of_measure::classify;
use super::{Place, Raw};

/// Finds the numbers split by the commas in `rows` (whose columns have
/// `roles`): each such value is refused where it stands and the fields it
/// was split into are taken out of its row, so that the fields after them
/// stand under their own columns.
/// `named` is the number of the header's columns up to its last named one:
/// a row with a field beyond them has been shifted.
pub(crate) fn refuse_splits(rows: &mut [TableRow], roles: &[Role], named: usize) {
    let Some(value) = roles.iter().position(|r| *r == Role::Value) else {
        return;
    };
    for row in rows {
        let shifted = row.cells.iter().skip(named).any(|c| written(c).is_some());
        let Some((refused, taken)) = refused_split(&row.cells, value, roles, shifted) else {
            continue;
        };
        let parts = value + 1..=value + taken;
        if row.cells.get(parts.clone()).is_none() {
            continue;
        }
        row.cells.drain(parts);
        if let Some(cell) = row.cells.get_mut(value) {
            *cell = refused;
        }
    }
}

/// Whether `field`, standing right after `value` (a number), is the first
/// part of that number split by the commas: digits (perhaps ending in `%`
/// or in a unit of measure, `500 VND`). Under a note, the unit of measure
/// or beyond the header, any digits are (`0,6`). Under a column that reads
/// a unit's name, a metric or a period (`takes_text`), digits are when they
/// are a group of three (`1,500`: no year, no ward's code and no metric is
/// that) or follow a whole part of 0 (`0,7`, a decimal); a row that has a
/// field beyond the header has been shifted, and is not asked this (its
/// fields are under no column of their own). The streamed reader hands
/// such rows to the general path by this test.
pub(crate) fn splits_into(value: &str, field: &str, takes_text: bool) -> bool {
    let zero = {
        let whole = value.trim().trim_start_matches(['-', '+']);
        !whole.is_empty() && whole.bytes().all(|b| b == b'0')
    };
    part(field).is_some_and(|(digits, _)| !takes_text || digits.len() == 3 || zero)
}

/// Whether a column of `role` reads text that a part of a number could be
/// mistaken for: a unit's name, a metric or a period.
fn takes_text(role: Option<&Role>) -> bool {
    role.is_some_and(|r| {
        matches!(
            r,
            Role::Unit
                | Role::Metric
                | Role::Period
                | Role::UnitOrMeasure
                | Role::MeasureOrUnit
                | Role::MetricName
        )
    })
}

/// The value cell of a row (at `value`) refused, and how many fields after
/// it the split took, when the number was split; `None` otherwise.
/// `roles` are the header's columns (a field beyond them has none); a
/// `shifted` row has a field beyond them.
fn refused_split(
    cells: &[TableCell],
    value: usize,
    roles: &[Role],
    shifted: bool,
) -> Option<(TableCell, usize)> {
    let first = cells.get(value).and_then(written)?;
    let number = first.strip_prefix(['-', '+']).unwrap_or(first);
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || !number.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    // The fields it was split into: digits, each group after the first of
    // three; the last may end in `%` or a unit of measure. A second value
    // column holds a value of its own.
    let mut parts = vec![first];
    for (index, cell) in cells.iter().enumerate().skip(value + 1) {
        let role = roles.get(index);
        if role == Some(&Role::Value) {
            break;
        }
        let Some(text) = written(cell) else { break };
        let Some((digits, unit)) = part(text) else {
            break;
        };
        let fits = if parts.len() == 1 {
            splits_into(first, text, takes_text(role) && !shifted)
        } else {
            digits.len() == 3
        };
        if !fits {
            break;
        }
        parts.push(text);
        // A unit ends the number; so does a decimal part (`0,6`).
        if !unit.is_empty() || digits.len() != 3 {
            break;
        }
    }
    let taken = parts.len() - 1;
    if taken == 0 {
        return None;
    }
    let place = {
        let first = cells.get(value)?.place.span;
        let end = cells.get(value + taken)?.place.span.end;
        Place::span(first.to(end))
    };
    let joined = parts.join(",");
    let readings = readings(&joined);
    let diagnostic = place.report(TableProblem::SplitNumber { joined, readings });
    let cell = TableCell {
        raw: Raw::Refused(Box::new(diagnostic)),
        place,
    };
    Some((cell, taken))
}

/// A part of a split number: its digits, and what follows them: nothing,
/// `%`, or a space and a unit of measure chitieu knows (`000 VND`,
/// `500 phút`); `None` for anything else (`2025-H2`, a note in words).
fn part(field: &str) -> Option<(&str, &str)> {
    let field = field.trim();
    let end = field
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(field.len());
    let (digits, rest) = field.split_at_checked(end)?;
    let unit_follows = rest.is_empty()
        || rest == "%"
        || rest.starts_with(char::is_whitespace) && classify(rest.trim()).is_some();
    (!digits.is_empty() && unit_follows).then_some((digits, rest))
}

/// The text of a cell read from a CSV file.
fn written(cell: &TableCell) -> Option<&str> {
    match &cell.raw {
        Raw::Text(text) => Some(text.trim()),
        _ => None,
    }
}

/// What `joined` (`1,500`, `0,6`, `95,5%`, `1,500,000 VND`) can mean,
/// without separators: both readings where the comma may separate
/// thousands or decimals.
fn readings(joined: &str) -> Vec<String> {
    let end = joined
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(joined.len(), |at| at + 1);
    let (number, unit) = joined.split_at_checked(end).unwrap_or((joined, ""));
    let plain = |text: &str, decimal_comma| {
        number_text(text, decimal_comma)
            .ok()
            .and_then(|n| n.to_decimal().ok())
            .map(|d| format!("{}{unit}", d.normalize()))
    };
    match number_text(number, false) {
        Err(NotRead::Ambiguous) => [
            plain(&number.replacen(',', "", 1), false),
            plain(number, true),
        ]
        .into_iter()
        .flatten()
        .collect(),
        _ => plain(number, false).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;
    use crate::span::Span;

    fn cells(fields: &[&str]) -> Vec<TableCell> {
        let mut at = 0;
        fields
            .iter()
            .map(|f| {
                let cell = TableCell {
                    raw: if f.is_empty() {
                        Raw::Empty
                    } else {
                        Raw::Text(f.to_string())
                    },
                    place: Place::span(Span::new(FileId::FIRST, at, at + f.len())),
                };
                at += f.len() + 1;
                cell
            })
            .collect()
    }

    /// The number the split is read as, how many fields it took and the
    /// hint, or `None`.
    fn split(fields: &[&str], roles: &[Role]) -> Option<(String, usize, String)> {
        let shifted = fields.len() > roles.len();
        let (cell, taken) = refused_split(&cells(fields), 1, roles, shifted)?;
        let Raw::Refused(d) = cell.raw else {
            panic!("{:?}", cell.raw)
        };
        let lang = crate::i18n::Lang::En;
        Some((d.message(lang), taken, d.hint(lang).unwrap_or_default()))
    }

    #[test]
    fn numbers_split_by_commas() {
        let header = [Role::Metric, Role::Value];
        let (message, taken, hint) = split(&["late", "1", "500"], &header).unwrap();
        assert!(message.starts_with("`1,500` "), "{message}");
        assert_eq!(taken, 1);
        assert!(hint.ends_with("`1500` or `1.5`"), "{hint}");
        let (message, taken, hint) = split(&["fee", "1", "500", "000"], &header).unwrap();
        assert!(message.starts_with("`1,500,000` "), "{message}");
        assert_eq!(taken, 2);
        assert!(hint.ends_with(": `1500000`"), "{hint}");
        let (_, _, hint) = split(&["q", "0", "6"], &header).unwrap();
        assert!(hint.ends_with(": `0.6`"), "{hint}");
        let (_, _, hint) = split(&["q", "95", "5%"], &header).unwrap();
        assert!(hint.ends_with(": `95.5%`"), "{hint}");
        let note = [Role::Metric, Role::Value, Role::Note];
        assert!(split(&["late", "1", "500"], &note).is_some());
    }

    /// Whatever column follows the value, a group of three digits is the
    /// rest of the number; the unit written after the last group is part of
    /// it.
    #[test]
    fn a_split_is_a_split_under_any_column() {
        for role in [
            Role::UnitOrMeasure,
            Role::Unit,
            Role::Period,
            Role::Measure,
            Role::Note,
        ] {
            let header = [Role::Metric, Role::Value, role];
            let (message, taken, _) = split(&["late", "1", "500"], &header).unwrap();
            assert!(message.starts_with("`1,500` "), "{role:?}: {message}");
            assert_eq!(taken, 1, "{role:?}");
        }
        let header = [Role::Metric, Role::Value];
        let (message, taken, hint) = split(&["fee", "1", "500", "000 VND"], &header).unwrap();
        assert!(message.starts_with("`1,500,000 VND` "), "{message}");
        assert_eq!(taken, 2);
        assert!(hint.ends_with(": `1500000 VND`"), "{hint}");
    }

    #[test]
    fn other_rows_are_not_splits() {
        let period = [Role::Metric, Role::Value, Role::Period];
        assert!(split(&["late", "1", "2025"], &period).is_none());
        assert!(split(&["late", "1", "5"], &period).is_none());
        let unit = [Role::Metric, Role::Value, Role::UnitOrMeasure];
        assert!(split(&["late", "1", "12"], &unit).is_none());
        assert!(split(&["late", "1", "5", "P1"], &unit).is_some());
        assert!(split(&["q", "0", "7"], &unit).is_some());
        let values = [Role::Metric, Role::Value, Role::Value];
        assert!(split(&["late", "1", "500"], &values).is_none());
        let header = [Role::Metric, Role::Value];
        assert!(split(&["late", "1", "x"], &header).is_none());
        assert!(split(&["late", "abc", "500"], &header).is_none());
        assert!(split(&["late", "1", ""], &header).is_none());
        assert!(split(&["late", "1"], &header).is_none());
        assert!(split(&["late", "1", "500 hồ sơ đã trả"], &header).is_none());
    }

    /// The fields after a split stand under their own columns.
    #[test]
    fn fields_after_a_split_are_read_by_their_columns() {
        let roles = [Role::Metric, Role::Value, Role::Measure, Role::Unit];
        let mut rows = [TableRow {
            place: Place::NOWHERE,
            cells: cells(&["fee", "1", "500", "000", "VND", "Phường 1"]),
        }];
        refuse_splits(&mut rows, &roles, roles.len());
        let texts: Vec<Option<&str>> = rows[0].cells.iter().map(written).collect();
        assert_eq!(texts, [Some("fee"), None, Some("VND"), Some("Phường 1")]);
    }
}
