//! Numbers split by the separator of a comma-separated file. `late,1,500`
//! under `metric,value` is the number `1,500` written without quotes: read
//! as it stands, the value would be `1` and `500` a field beyond the header
//! (or a note, or the unit of measure). A row whose value is a number
//! followed by a field of digits alone that no column reads as a value is
//! taken as such a split: its value is refused where it stands (E0735), so
//! that the metric is invalid, never read as `1` and never missing.

use super::separators::{number_text, NotRead};
use super::table::{Role, TableCell};
use super::{Place, Raw};
use crate::diagnostic::Code;
use crate::span::Span;

/// The value cell of `row` (at `value`) refused, and how many fields after
/// it the split took, when the number was split; `None` otherwise.
/// `roles` are the header's columns (a field beyond them has none).
pub(crate) fn refused_split(
    cells: &[TableCell],
    value: usize,
    roles: &[Role],
) -> Option<(TableCell, usize)> {
    let first = cells.get(value).and_then(written)?;
    let number = first.strip_prefix(['-', '+']).unwrap_or(first);
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || !number.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    // The fields it was split into: digits (the last may end in `%`), each
    // group after a group of three; none under a column read as a unit, a
    // metric, a value or a period.
    let mut parts = vec![first];
    for (index, cell) in cells.iter().enumerate().skip(value + 1) {
        let takes_values = roles.get(index).is_some_and(|r| {
            matches!(
                r,
                Role::Unit
                    | Role::Metric
                    | Role::Value
                    | Role::Period
                    | Role::UnitOrMeasure
                    | Role::MeasureOrUnit
            )
        });
        let Some(part) = written(cell).filter(|_| !takes_values) else {
            break;
        };
        let digits = part.strip_suffix('%').unwrap_or(part);
        let after_a_group = parts.len() == 1 || parts.last().is_some_and(|p| p.len() == 3);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || !after_a_group {
            break;
        }
        parts.push(part);
        if digits.len() < part.len() {
            break;
        }
    }
    let taken = parts.len() - 1;
    if taken == 0 {
        return None;
    }
    let place = {
        let start = cells.get(value)?.place.span.start;
        let end = cells.get(value + taken)?.place.span.end;
        Place::span(Span::new(start, end))
    };
    let joined = parts.join(",");
    let diagnostic = place
        .diagnostic(
            Code::SplitNumber,
            format!("`{joined}` is one number split by the commas that separate the fields"),
        )
        .with_label("split number")
        .with_hint(match readings(&joined).as_slice() {
            [one] => format!("quote it or write it without a separator: `{one}`"),
            [a, b, ..] => format!("quote it or write it without a separator: `{a}` or `{b}`"),
            [] => "quote it or write it without a separator".to_string(),
        });
    let cell = TableCell {
        raw: Raw::Refused(Box::new(diagnostic)),
        place,
    };
    Some((cell, taken))
}

/// The text of a cell read from a CSV file.
fn written(cell: &TableCell) -> Option<&str> {
    match &cell.raw {
        Raw::Text(text) => Some(text.trim()),
        _ => None,
    }
}

/// What `joined` (`1,500`, `0,6`, `95,5%`) can mean, without separators:
/// both readings where the comma may separate thousands or decimals.
fn readings(joined: &str) -> Vec<String> {
    let (number, percent) = match joined.strip_suffix('%') {
        Some(number) => (number, "%"),
        None => (joined, ""),
    };
    let plain = |text: &str, decimal_comma| {
        number_text(text, decimal_comma)
            .ok()
            .and_then(|n| n.to_decimal().ok())
            .map(|d| format!("{}{percent}", d.normalize()))
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
                    place: Place::span(Span::new(at, at + f.len())),
                };
                at += f.len() + 1;
                cell
            })
            .collect()
    }

    /// The number the split is read as and the hint, or `None`.
    fn split(fields: &[&str], roles: &[Role]) -> Option<(String, usize, String)> {
        let (cell, taken) = refused_split(&cells(fields), 1, roles)?;
        let Raw::Refused(d) = cell.raw else {
            panic!("{:?}", cell.raw)
        };
        Some((d.message, taken, d.hint.unwrap_or_default()))
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

    #[test]
    fn other_rows_are_not_splits() {
        let period = [Role::Metric, Role::Value, Role::Period];
        assert!(split(&["late", "1", "2025"], &period).is_none());
        let header = [Role::Metric, Role::Value];
        assert!(split(&["late", "1", "x"], &header).is_none());
        assert!(split(&["late", "abc", "500"], &header).is_none());
        assert!(split(&["late", "1", ""], &header).is_none());
        assert!(split(&["late", "1"], &header).is_none());
    }
}
