//! JSON measurement files. Three shapes:
//! - `{"online_payment_ratio": 0.62, ...}`: one unit, named by the file;
//! - `{"unit": "Phường Trần Liễu", "period": "2025-H2", "values": {...}}`;
//! - a list of such objects, for many units.
//!
//! serde_json checks the document first (its messages, its limit on
//! nesting), building nothing ([`checked`]); then [`walk`] reads it again
//! keeping the place of every key and value, since a parsed map keeps
//! neither places nor a key given twice.
//! Numbers reach the value reader as the text written (`0.95` is the decimal
//! 0.95, never a float's approximation).

mod checked;
mod walk;

use std::collections::HashMap;

use walk::{Entry, Node, Tree};

use super::problem::{Conflict, JsonProblem, RowPart, ShapeKey, Twice};
use super::table::damaged_name;
use super::{MeasureFile, Name, Place, Raw, Reading};
use crate::diagnostic::RelatedLabel;
use crate::limits::Limits;
use crate::source::LineCol;
use crate::span::Span;

pub fn read(name: &str, stem: String, bytes: Vec<u8>, limits: &Limits) -> MeasureFile {
    let mut file = MeasureFile::text(name, stem, bytes);
    file.keep_shown(limits.shown_per_code);
    file.notation = super::notation::Notation::Json;
    if file.unusable() {
        return file;
    }
    let text = std::mem::take(&mut file.source.text);
    if let Err(error) = serde_json::from_str::<checked::Checked>(&text) {
        file.source.text = text;
        // serde_json counts a line's bytes; the heading and the message
        // both give the column in characters, as every diagnostic does.
        let at = offset_of(&file.source.text, error.line(), error.column());
        let at = file.source.clamp(file.source.point(at));
        let place = file.source.line_col(at.start);
        file.diagnostics
            .push(Place::span(at).report(unreadable(&error, place)));
        return file;
    }
    // A unit at a time: the tree of one unit is held, never the file's.
    let walked = walk::for_each_unit(file.source.id(), &text, |unit, listed| {
        read_unit(&mut file, &text, &unit, listed);
        file.bound_diagnostics();
    });
    if walked.is_none() {
        // serde_json read it, so the walk does too; should they ever
        // disagree, the file is reported, not half read.
        file.readings.clear();
        file.report_file(JsonProblem::WalkFailed);
    }
    file.source.text = text;
    file
}

/// The keys of the `{"unit", "period", "values"}` shape.
const SHAPE_KEYS: [&str; 3] = ["unit", "period", "values"];

fn read_unit(file: &mut MeasureFile, text: &str, tree: &Tree, listed: bool) {
    let Node::Object(entries) = &tree.node else {
        file.diagnostics
            .push(Place::span(tree.span.to(tree.span.start)).report(JsonProblem::NotAnObject));
        return;
    };
    if !entries.iter().any(|e| e.key == "values") {
        add_values(file, text, entries, &Object::default());
        return;
    }
    let (unit, unit_conflict) = shape_text(file, text, entries, ShapeKey::Unit);
    let (period, period_conflict) = shape_text(file, text, entries, ShapeKey::Period);
    // A unit's name is compared as a CSV file's is: trimmed, composed; and
    // decided as a `unit` column's value is: a placeholder names no unit
    // and is said (W0751), a unit of measure is no unit.
    if let Some((text, place)) = unit
        .as_ref()
        .filter(|(name, _)| super::blank::names_placeholder(name))
    {
        let problem = JsonProblem::UnitNamesNone {
            text: text.trim().to_string(),
            unit: file.default_unit.clone(),
        };
        file.diagnostics.push(place.report(problem));
    }
    let unit = unit
        .filter(|(name, _)| !super::blank::names_nothing(name))
        .filter(|(name, place)| !unit_of_measure(file, name, place))
        .map(|(name, place)| (super::value::nfc(name.trim()).into_owned(), place));
    let conflict = unit_conflict.or(period_conflict);
    let mut first_values: Option<Span> = None;
    for entry in entries {
        if SHAPE_KEYS.contains(&entry.key.as_str()) {
            continue;
        }
        file.diagnostics.push(
            Place::span(entry.key_span).report(JsonProblem::FieldNotUsed {
                key: entry.key.clone(),
            }),
        );
    }
    if !listed {
        if let Some((unit, _)) = &unit {
            file.default_unit.clone_from(unit);
        }
        file.period.clone_from(&period);
    }
    let (unit, period) = if listed {
        (unit.map(|(u, _)| u), period)
    } else {
        (None, None)
    };
    for entry in entries.iter().filter(|e| e.key == "values") {
        if let Some(first) = first_values {
            file.diagnostics
                .push(given_twice(entry, first, Twice::Same));
        }
        first_values.get_or_insert(entry.key_span);
        match &entry.value.node {
            Node::Object(values) => {
                let object = Object {
                    unit: unit.clone(),
                    period: period.clone(),
                    conflict: conflict.as_ref(),
                };
                add_values(file, text, values, &object);
            }
            _ => file
                .diagnostics
                .push(Place::span(entry.value.span).report(JsonProblem::ValuesNotAnObject)),
        }
    }
}

/// Whether `name`, given as `unit`, is a unit of measure (`%`, `phút`,
/// `lớp`), as a table's `unit` column decides its values: then reported
/// (W0738), and the values are the file's unit's.
fn unit_of_measure(file: &mut MeasureFile, name: &str, place: &Place) -> bool {
    use super::table::Role;
    use super::unit_column::{says, Says};
    if says(name, Role::UnitOrMeasure) != Says::Measure {
        return false;
    }
    let problem = JsonProblem::UnitOfMeasure {
        name: name.trim().to_string(),
        unit: file.default_unit.clone(),
    };
    file.diagnostics.push(place.report(problem));
    true
}

/// The text of `key` (`unit` or `period`) in a `{"unit", "period",
/// "values"}` object, if given as a string (one that is not is reported);
/// when it is given twice with different texts (reported), the first, and
/// why the object's values are refused.
fn shape_text(
    file: &mut MeasureFile,
    source: &str,
    entries: &[Entry],
    key: ShapeKey,
) -> (Option<(String, Place)>, Option<Conflict>) {
    let mut found: Option<(&Entry, String)> = None;
    let mut conflict = None;
    for entry in entries.iter().filter(|e| e.key == key.key()) {
        let text = match (&entry.value.node, key) {
            (Node::String(text), _) => text.clone(),
            // `"period": 2026`: a whole number is a year.
            (Node::Number, ShapeKey::Period) if year_number(source, entry.value.span) => source
                .get(entry.value.span.range())
                .unwrap_or_default()
                .to_string(),
            _ => {
                file.diagnostics
                    .push(Place::span(entry.value.span).report(JsonProblem::NotAString { key }));
                continue;
            }
        };
        // `"period": ""` names no period, as a blank period cell does.
        if key == ShapeKey::Period && text.trim().is_empty() {
            continue;
        }
        match &found {
            None => found = Some((entry, text)),
            Some((first, before)) => {
                let same = match key {
                    ShapeKey::Unit => {
                        super::value::nfc(before.trim()) == super::value::nfc(text.trim())
                    }
                    ShapeKey::Period => *before == text,
                };
                let then = if same {
                    Twice::Same
                } else {
                    let why = Conflict {
                        key,
                        first: before.clone(),
                        second: text,
                    };
                    conflict.get_or_insert(why.clone());
                    Twice::Conflict(why)
                };
                file.diagnostics
                    .push(given_twice(entry, first.key_span, then));
            }
        }
    }
    let found = found.map(|(entry, text)| (text, Place::span(entry.value.span)));
    (found, conflict)
}

/// Whether a JSON number is written as a whole number that can be a year
/// (`2026`, not `2026.5` or `2e3`).
fn year_number(source: &str, span: Span) -> bool {
    source
        .get(span.range())
        .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
}

/// A key given again in one object, reported at its second place, with
/// what that does.
fn given_twice(entry: &Entry, first: Span, then: Twice) -> crate::diagnostic::Diagnostic {
    Place::span(entry.key_span)
        .report(JsonProblem::KeyTwice {
            key: entry.key.clone(),
            then,
        })
        .with_related(first, RelatedLabel::FirstGiven)
}

/// Why serde_json could not read the document, and where.
fn unreadable(error: &serde_json::Error, at: LineCol) -> JsonProblem {
    let text = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&place) {
        Some(reason) => JsonProblem::Unreadable {
            reason: reason.to_string(),
            at: Some((at.line, at.column)),
        },
        None => JsonProblem::Unreadable {
            reason: text,
            at: None,
        },
    }
}

/// What the object a list of values stands in says of them: their unit and
/// period (the file's when `None`), and why they are refused, if the object
/// names two units or two periods.
#[derive(Default)]
struct Object<'c> {
    unit: Option<String>,
    period: Option<(String, Place)>,
    conflict: Option<&'c Conflict>,
}

fn add_values(file: &mut MeasureFile, text: &str, values: &[Entry], object: &Object) {
    let mut firsts: HashMap<&str, &Entry> = HashMap::new();
    for entry in values {
        file.bound_diagnostics();
        file.rows += 1;
        let value_place = Place::span(entry.value.span);
        let value = match object.conflict {
            // Every value is listed under the first unit, refused: neither
            // name can be trusted with it.
            Some(conflict) => {
                Raw::Refused(Box::new(value_place.report(JsonProblem::ValueOfConflict {
                    conflict: conflict.clone(),
                })))
            }
            None => raw(text, &entry.value),
        };
        // A metric given twice is an error at its second key; a value equal
        // to the first is not read again, a different one is, for the
        // evaluator to refuse both (as it does for two rows).
        if let Some(first) = firsts.get(entry.key.as_str()) {
            let same = raw(text, &first.value) == raw(text, &entry.value);
            let then = if same { Twice::Same } else { Twice::Differs };
            file.diagnostics
                .push(given_twice(entry, first.key_span, then));
            if same {
                continue;
            }
        } else {
            firsts.insert(&entry.key, entry);
        }
        let key_place = Place::span(entry.key_span);
        if let Some(damaged) = damaged_name(RowPart::Metric, &entry.key, &key_place) {
            file.diagnostics.push(damaged);
            continue;
        }
        file.readings.push(Reading {
            unit: object.unit.as_deref().map(Name::from),
            metric: Name::from(entry.key.as_str()),
            metric_place: Place::span(entry.key_span),
            value,
            value_place,
            period: object.period.clone().map(Box::new),
            measure: None,
        });
    }
}

fn raw(text: &str, tree: &Tree) -> Raw {
    match &tree.node {
        Node::Null => Raw::Empty,
        Node::Bool(b) => Raw::Bool(*b),
        Node::Number => Raw::Number(text.get(tree.span.range()).unwrap_or("").to_string()),
        Node::String(s) => Raw::Text(s.clone()),
        Node::Object(_) | Node::Nested => {
            Raw::Text(text.get(tree.span.range()).unwrap_or("").to_string())
        }
    }
}

/// The byte offset of a 1-based line and column (as serde_json counts them).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    // serde_json's column counts bytes (1-based): a line of Vietnamese
    // holds more bytes than characters.
    line_start
        .saturating_add(column.saturating_sub(1))
        .min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> MeasureFile {
        read(
            "data.json",
            "data".to_string(),
            text.as_bytes().to_vec(),
            &Limits::default(),
        )
    }

    #[test]
    fn numbers_reach_the_value_reader_as_written() {
        let file = read_text(r#"{"a": 0.59999999999999999999999999999, "b": 1e-34, "c": -0}"#);
        let values: Vec<&Raw> = file.readings.iter().map(|r| &r.value).collect();
        assert_eq!(
            values,
            [
                &Raw::Number("0.59999999999999999999999999999".to_string()),
                &Raw::Number("1e-34".to_string()),
                &Raw::Number("-0".to_string()),
            ]
        );
    }

    #[test]
    fn keys_and_values_keep_their_places() {
        let text = "{\"unit\": \"Xã 1\",\n \"values\": {\"a\": 0.5, \"b\": \"x\"}}";
        let file = read_text(text);
        let at = |span: Span| text.get(span.range()).unwrap();
        let places: Vec<(&str, &str)> = file
            .readings
            .iter()
            .map(|r| (at(r.metric_place.span), at(r.value_place.span)))
            .collect();
        assert_eq!(places, [("\"a\"", "0.5"), ("\"b\"", "\"x\"")]);
        assert_eq!(file.default_unit, "Xã 1");
    }

    #[test]
    fn a_key_given_twice_is_an_error_at_the_second() {
        let text = r#"{"a": 1, "a": 2, "b": 3, "b": 3}"#;
        let file = read_text(text);
        let codes: Vec<(&str, usize)> = file
            .diagnostics
            .iter()
            .map(|d| (d.code().id(), d.span.start))
            .collect();
        assert_eq!(codes, [("E0726", 9), ("E0726", 25)]);
        // Different values are both read (for the evaluator to refuse);
        // an equal one is read once.
        assert_eq!(file.readings.len(), 3);
    }
}
