//! JSON measurement files. Three shapes:
//! - `{"online_payment_ratio": 0.62, ...}`: one unit, named by the file;
//! - `{"unit": "Phường Trần Liễu", "period": "2025-H2", "values": {...}}`;
//! - a list of such objects, for many units.
//!
//! Numbers keep their exact text (serde_json's arbitrary precision), so `0.95`
//! is the decimal 0.95.

use serde_json::{Map, Value};

use super::{MeasureFile, Place, Raw, Reading};
use crate::diagnostic::Code;
use crate::span::Span;

pub fn read(name: &str, stem: String, bytes: &[u8]) -> MeasureFile {
    let mut file = MeasureFile::text(name, stem, bytes);
    if file.unusable() {
        return file;
    }
    let value: Value = match serde_json::from_str(&file.source.text) {
        Ok(value) => value,
        Err(error) => {
            let at = offset_of(&file.source.text, error.line(), error.column());
            file.diagnostics.push(
                Place::span(Span::point(at))
                    .diagnostic(
                        Code::MeasureUnreadable,
                        format!("the JSON cannot be read: {error}"),
                    )
                    .with_hint("check the file with a JSON validator"),
            );
            return file;
        }
    };
    let text = file.source.text.clone();
    let mut finder = KeyFinder {
        text: &text,
        from: 0,
    };
    match value {
        Value::Array(units) => {
            for unit in units {
                read_unit(&mut file, &mut finder, unit, true);
            }
        }
        other => read_unit(&mut file, &mut finder, other, false),
    }
    file
}

fn read_unit(file: &mut MeasureFile, finder: &mut KeyFinder, value: Value, listed: bool) {
    let Value::Object(mut object) = value else {
        let place = Place::span(Span::point(finder.from));
        file.diagnostics.push(
            place
                .diagnostic(
                    Code::MeasureUnreadable,
                    "expected an object of metric values",
                )
                .with_hint(
                    "write `{\"metric\": value, ...}` or `{\"unit\": ..., \"values\": {...}}`",
                ),
        );
        return;
    };
    if let Some(Value::Object(values)) = object.remove("values") {
        let unit = object
            .get("unit")
            .and_then(Value::as_str)
            .map(str::to_string);
        let period = match object.get("period") {
            Some(Value::String(p)) => Some((p.clone(), Place::span(finder.key("period")))),
            _ => None,
        };
        if !listed {
            if let Some(unit) = &unit {
                file.default_unit.clone_from(unit);
            }
            file.period.clone_from(&period);
        }
        finder.key("values");
        add_values(
            file,
            finder,
            values,
            if listed { unit } else { None },
            if listed { period } else { None },
        );
    } else {
        add_values(file, finder, object, None, None);
    }
}

fn add_values(
    file: &mut MeasureFile,
    finder: &mut KeyFinder,
    values: Map<String, Value>,
    unit: Option<String>,
    period: Option<(String, Place)>,
) {
    // The map keeps the document's order (serde_json's `preserve_order`), so
    // each key is searched from where the previous one stood; from the
    // object's start only if it is not found there.
    let object_start = finder.from;
    for (metric, value) in values {
        let mut span = finder.key(&metric);
        if span.start == span.end {
            finder.from = object_start;
            span = finder.key(&metric);
        }
        file.rows += 1;
        file.readings.push(Reading {
            unit: unit.clone(),
            metric,
            metric_place: Place::span(span),
            value: raw(value),
            value_place: Place::span(span),
            period: period.clone(),
            measure: None,
        });
    }
}

fn raw(value: Value) -> Raw {
    match value {
        Value::Null => Raw::Empty,
        Value::Bool(b) => Raw::Bool(b),
        // The number's text as written (serde_json's arbitrary precision
        // keeps it), read exactly by `measure::value`.
        Value::Number(n) => Raw::Number(n.to_string()),
        Value::String(s) => Raw::Text(s),
        Value::Array(_) | Value::Object(_) => Raw::Text(value.to_string()),
    }
}

/// Finds where keys stand in the text, since parsed JSON keeps no positions.
struct KeyFinder<'t> {
    text: &'t str,
    from: usize,
}

impl KeyFinder<'_> {
    /// The span of `"key"` used as a key (followed by `:`), searched from
    /// `from`; a zero-width span there when it is not found.
    fn key(&mut self, key: &str) -> Span {
        let needs_escape = key.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20);
        let quoted = if needs_escape {
            serde_json::to_string(key).unwrap_or_default()
        } else {
            String::new()
        };
        let escaped = needs_escape.then_some(quoted.as_str());
        let mut at = self.from;
        // Keys come in document order, so the next quote is usually the
        // key's own: each quote is tried, rather than a substring search.
        while let Some(start) = self.next_quote(at) {
            let found = match escaped {
                Some(quoted) => self
                    .text
                    .get(start..)
                    .is_some_and(|r| r.starts_with(quoted)),
                None => self
                    .text
                    .get(start + 1..)
                    .is_some_and(|r| r.strip_prefix(key).is_some_and(|r| r.starts_with('"'))),
            };
            if !found {
                at = start + 1;
                continue;
            }
            let end = start + escaped.map_or(key.len() + 2, str::len);
            let after = self.text.get(end..).unwrap_or("").trim_start();
            if after.starts_with(':') {
                self.from = end;
                return Span::new(start, end);
            }
            at = end;
        }
        Span::point(self.from)
    }

    /// Where the next `"` stands from `at`.
    fn next_quote(&self, at: usize) -> Option<usize> {
        let rest = self.text.as_bytes().get(at..)?;
        rest.iter().position(|b| *b == b'"').map(|i| at + i)
    }
}

/// The byte offset of a 1-based line and column (as serde_json counts them).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = text.get(line_start..).unwrap_or("");
    line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}
