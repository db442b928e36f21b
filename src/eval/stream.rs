//! Streaming evaluation of a long-format CSV (`unit,metric,value`) for
//! `eval --summary`: rows are read one at a time, each unit is scored when its
//! last row has been read, and only its totals are kept, so memory does not
//! grow with the number of units. Statuses and points come from the same
//! [`judge`](super::judge) and formulas as the general path; when a file does
//! not suit streaming (another encoding, a unit whose rows are not together,
//! a broken quote), the caller falls back to the general path, which gives
//! the same results.

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;
use std::io::{BufRead, BufReader, Read};

use super::formula::{Slot, Slots, Values};
use super::result::{Tally, TargetResult, UnitResult};
use super::{judge, period, problem_diagnostic};
use crate::check::model::CheckedPlan;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::limits::Limits;
use crate::measure::csv_file::sniff_delimiter;
use crate::measure::table::{role, Role};
use crate::measure::value::{interpret_text, Interpreted};
use crate::measure::Place;
use crate::suggest::did_you_mean;
use crate::syntax::ast::MetricType;

/// What streaming gave: the units' totals in input order, and diagnostics as
/// `file:line:column: severity[code]: message` lines.
pub struct Streamed {
    pub units: Vec<UnitResult>,
    pub diagnostics: Vec<String>,
    pub errors: usize,
}

/// Streams `reader` (the file `name`), or `None` when the file does not suit
/// streaming and the general path must read it.
pub fn long_csv_summary(
    plan: &CheckedPlan,
    name: &str,
    reader: impl Read,
    limits: &Limits,
) -> Option<Streamed> {
    let mut input = BufReader::with_capacity(1 << 16, reader);
    let head = input.fill_buf().ok()?;
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let bom = head.starts_with(&[0xEF, 0xBB, 0xBF]);
    let first_line = head.split(|b| *b == b'\n').next()?;
    let delimiter = sniff_delimiter(std::str::from_utf8(first_line).ok()?);
    if bom {
        input.consume(3);
    }
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    if !csv.read_byte_record(&mut record).ok()? {
        return None;
    }
    let roles: Vec<Role> = record
        .iter()
        .map(|f| std::str::from_utf8(f).map_or(Role::Other, role))
        .collect();
    let column = |wanted: Role| roles.iter().position(|r| *r == wanted);
    let (unit_col, metric_col, value_col) = (
        column(Role::Unit)?,
        column(Role::Metric)?,
        column(Role::Value)?,
    );
    if roles
        .iter()
        .zip(record.iter())
        .any(|(r, f)| *r == Role::Other && !f.is_empty())
    {
        // Unused columns are reported by the general path.
        return None;
    }
    let mut stream = Stream {
        plan,
        metrics: MetricIndex::new(plan),
        name,
        limits,
        decimal_comma: delimiter != b',',
        period_col: column(Role::Period),
        needed: unit_col.max(metric_col).max(value_col) + 1,
        columns: (unit_col, metric_col, value_col),
        out: Streamed {
            units: Vec::new(),
            diagnostics: Vec::new(),
            errors: 0,
        },
        unit: Unit::default(),
        seen: HashSet::new(),
        unknown: HashMap::new(),
        periods: HashSet::new(),
    };
    while csv.read_byte_record(&mut record).ok()? {
        stream.row(&record)?;
    }
    stream.finish_unit();
    stream.report_unknown();
    // A file without data rows is evaluated as the file's own unit by the
    // general path.
    (!stream.out.units.is_empty()).then_some(stream.out)
}

/// The plan's metrics by number, so a row costs one hash lookup and no
/// allocation.
struct MetricIndex<'p> {
    index: FxHashMap<&'p str, usize>,
    types: Vec<Option<MetricType>>,
}

impl<'p> MetricIndex<'p> {
    fn new(plan: &'p CheckedPlan) -> Self {
        MetricIndex {
            index: plan
                .metrics
                .keys()
                .enumerate()
                .map(|(i, k)| (k.as_str(), i))
                .collect(),
            types: plan.metrics.values().map(|m| m.ty).collect(),
        }
    }
}

/// The unit being read.
#[derive(Default)]
struct Unit {
    name: Option<String>,
    period: Option<String>,
    /// Reported metrics, by number, with the line each was first given on.
    slots: Vec<Option<(Slot, u64)>>,
}

/// A unit's slots seen by name, for the formulas.
struct UnitSlots<'u> {
    index: &'u MetricIndex<'u>,
    slots: &'u [Option<(Slot, u64)>],
}

impl Slots for UnitSlots<'_> {
    fn slot(&self, name: &str) -> Option<&Slot> {
        let i = *self.index.index.get(name)?;
        self.slots.get(i)?.as_ref().map(|(slot, _)| slot)
    }
}

struct Stream<'p> {
    plan: &'p CheckedPlan,
    metrics: MetricIndex<'p>,
    name: &'p str,
    limits: &'p Limits,
    decimal_comma: bool,
    period_col: Option<usize>,
    needed: usize,
    columns: (usize, usize, usize),
    out: Streamed,
    unit: Unit,
    seen: HashSet<String>,
    /// Unknown metrics: where first seen, how many rows.
    unknown: HashMap<String, (u64, usize, usize)>,
    periods: HashSet<String>,
}

impl Stream<'_> {
    /// Reads one data row; `None` when the file must go the general way.
    fn row(&mut self, record: &csv::ByteRecord) -> Option<()> {
        let line = record.position().map_or(0, |p| p.line());
        let text = |i: usize| record.get(i).map(std::str::from_utf8);
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Some(());
        }
        if record.len() > self.limits.max_columns
            || record.iter().any(|f| f.len() > self.limits.max_field_bytes)
        {
            return None;
        }
        if record.len() < self.needed {
            return None;
        }
        let (unit_col, metric_col, value_col) = self.columns;
        let (Some(Ok(unit)), Some(Ok(metric)), Some(Ok(value))) =
            (text(unit_col), text(metric_col), text(value_col))
        else {
            return None;
        };
        let (unit, metric) = (unit.trim(), metric.trim());
        if unit.is_empty() || metric.is_empty() {
            return None;
        }
        if self.unit.name.as_deref() != Some(unit) {
            // Names the general path would normalise are left to it.
            if !unit.is_ascii() && crate::measure::value::nfc(unit) != unit {
                return None;
            }
            self.finish_unit();
            if !self.seen.insert(unit.to_string()) {
                return None;
            }
            self.unit.name = Some(unit.to_string());
            self.unit.slots = vec![None; self.metrics.types.len()];
        }
        if let Some(Some(Ok(period))) = self.period_col.map(text) {
            let period = period.trim();
            if !period.is_empty() {
                if self.unit.period.is_none() {
                    self.unit.period = Some(period.to_string());
                }
                if self.periods.insert(period.to_string()) {
                    if let Some(d) = period::check(self.plan.period, period, &Place::default()) {
                        self.report(&d, line, column(record, self.period_col.unwrap_or(0)));
                    }
                }
            }
        }
        let col = || column(record, value_col);
        let Some(&index) = self.metrics.index.get(metric) else {
            match self.unknown.get_mut(metric) {
                Some(entry) => entry.2 += 1,
                None => {
                    self.unknown
                        .insert(metric.to_string(), (line, column(record, metric_col), 1));
                }
            }
            return Some(());
        };
        let ty = self.metrics.types.get(index).copied().flatten();
        // A metric without a type (only in a plan with errors) is skipped, as
        // the general path skips it.
        let Some(ty) = ty else {
            return Some(());
        };
        let slot = match interpret_text(value, ty, self.decimal_comma) {
            Ok(Interpreted::Value(v)) => Slot::Value(v),
            Ok(Interpreted::NotApplicable) => Slot::NotApplicable,
            Ok(Interpreted::Empty) => {
                let d = Diagnostic::new(
                    Code::EmptyValue,
                    Default::default(),
                    format!("`{metric}` has no value"),
                )
                .with_hint("it counts as missing; write `n/a` if the target does not apply");
                self.report(&d, line, col());
                Slot::Empty
            }
            Err(problem) => {
                let d = problem_diagnostic(&Place::default(), metric, problem);
                self.report(&d, line, col());
                Slot::Invalid
            }
        };
        let unit_name = unit;
        let Some(entry) = self.unit.slots.get_mut(index) else {
            return Some(());
        };
        match entry {
            None => *entry = Some((slot, line)),
            Some((first, first_line)) => {
                let same = *first == slot;
                let (code, message) = if same {
                    (
                        Code::RepeatedValue,
                        format!("`{metric}` is given twice for `{unit_name}`"),
                    )
                } else {
                    (
                        Code::ConflictingValues,
                        format!(
                            "`{metric}` is given twice for `{unit_name}` with different values"
                        ),
                    )
                };
                let hint = if same {
                    format!("first given on line {first_line}")
                } else {
                    format!("first given on line {first_line}; keep one of the values; until then targets on it are invalid")
                };
                if !same {
                    *first = Slot::Invalid;
                }
                let d = Diagnostic::new(code, Default::default(), message).with_hint(hint);
                self.report(&d, line, col());
            }
        }
        Some(())
    }

    /// Scores the unit just read and keeps its totals.
    fn finish_unit(&mut self) {
        let unit = std::mem::take(&mut self.unit);
        let Some(name) = unit.name else {
            return;
        };
        let slots = UnitSlots {
            index: &self.metrics,
            slots: &unit.slots,
        };
        let values = Values {
            plan: self.plan,
            slots: &slots,
        };
        let mut summary = Tally::default();
        for target in &self.plan.targets {
            let judged = judge(target, values.metric(&target.metric));
            summary.add(&TargetResult {
                target: String::new(),
                kind: target.kind,
                metric: String::new(),
                ty: None,
                label: None,
                owner: None,
                section: None,
                status: judged.status,
                actual: None,
                expected: String::new(),
                points: judged.points,
                max_points: judged.max_points,
                note: None,
            });
        }
        self.out.units.push(UnitResult {
            unit: name,
            period: unit.period,
            results: Vec::new(),
            summary,
            sections: Vec::new(),
            owners: Vec::new(),
        });
    }

    fn report_unknown(&mut self) {
        let mut unknown: Vec<(String, (u64, usize, usize))> = self.unknown.drain().collect();
        unknown.sort_by_key(|(_, (line, _, _))| *line);
        for (metric, (line, col, count)) in unknown {
            let hint = did_you_mean(&metric, self.plan.metrics.keys().map(String::as_str))
                .unwrap_or_else(|| {
                    "the value is ignored; check the metric names in the plan".to_string()
                });
            let suffix = if count > 1 {
                format!(" ({count} rows name it)")
            } else {
                String::new()
            };
            let d = Diagnostic::new(
                Code::UnknownMetric,
                Default::default(),
                format!("the plan has no metric `{metric}`{suffix}"),
            )
            .with_hint(hint);
            self.report(&d, line, col);
        }
    }

    fn report(&mut self, d: &Diagnostic, line: u64, col: usize) {
        if d.severity() == Severity::Error {
            self.out.errors += 1;
        }
        let mut text = format!(
            "{}:{line}:{col}: {}[{}]: {}",
            self.name,
            d.severity().as_str(),
            d.code.id(),
            d.message
        );
        if let Some(hint) = &d.hint {
            text.push_str(&format!("\n  help: {hint}"));
        }
        self.out.diagnostics.push(text);
    }
}

/// The 1-based column of field `index`, counted in characters, for a record
/// without quotes (with quotes it is close).
fn column(record: &csv::ByteRecord, index: usize) -> usize {
    record
        .iter()
        .take(index)
        .map(|f| std::str::from_utf8(f).map_or(f.len(), |s| s.chars().count()) + 1)
        .sum::<usize>()
        + 1
}
