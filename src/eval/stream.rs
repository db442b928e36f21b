//! Streaming evaluation of a long-format CSV (`unit,metric,value`) for
//! `eval --summary`: rows are read one at a time, each unit is scored when its
//! last row has been read, and only its totals are kept, so memory does not
//! grow with the number of units. Statuses and points come from the same
//! [`judge`](super::judge) and formulas as the general path; when a file does
//! not suit streaming (another encoding, a unit whose rows are not together,
//! a broken quote), the caller falls back to the general path, which gives
//! the same results.

use std::collections::{HashMap, HashSet};

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::formula::{Metrics, Slot};
use super::result::UnitResult;
use super::{period, problem_diagnostic, totals};
use crate::check::model::CheckedPlan;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::limits::Limits;
use crate::measure::csv_file::sniff_delimiter;
use crate::measure::table::{role, Role};
use crate::measure::value::{interpret_text, Interpreted};
use crate::measure::Place;
use crate::suggest::did_you_mean;

/// What streaming gave: the units' totals in input order, and diagnostics as
/// `file:line:column: severity[code]: message` lines: first those about
/// values in line order, then periods, then unknown metrics (each in the order
/// of the line they first stand on), whatever the number of threads.
pub struct Streamed {
    pub units: Vec<UnitResult>,
    pub diagnostics: Vec<String>,
    pub errors: usize,
}

/// How a long CSV is laid out, from its header.
#[derive(Clone, Copy)]
struct Layout {
    delimiter: u8,
    decimal_comma: bool,
    /// Where the first data row starts, in bytes.
    data_start: u64,
    unit_col: usize,
    metric_col: usize,
    value_col: usize,
    period_col: Option<usize>,
    needed: usize,
}

/// Below this size one thread reads the whole file: splitting costs a pass.
pub const SPLIT_FROM_BYTES: u64 = 8 * 1024 * 1024;

/// Streams the long CSV at `path` (shown as `name`), on up to `threads`
/// threads for files of `split_from` bytes or more, or `None` when the file
/// does not suit streaming and the general path must read it.
pub fn long_csv_summary(
    plan: &CheckedPlan,
    name: &str,
    path: &Path,
    limits: &Limits,
    (threads, split_from): (usize, u64),
) -> Option<Streamed> {
    let layout = layout(File::open(path).ok()?)?;
    let size = std::fs::metadata(path).ok()?.len();
    let metrics = Metrics::new(plan);
    let split = (threads > 1 && size >= split_from)
        .then(|| split_point(path, &layout, size / 2))
        .flatten();
    let chunks: Vec<(u64, u64, u64)> = match split {
        // The first stretch starts after the header's line.
        Some((at, lines_before)) => vec![(layout.data_start, at, 1), (at, size, lines_before)],
        None => vec![(layout.data_start, size, 1)],
    };
    let scan = |&(start, end, lines_before): &(u64, u64, u64)| -> Option<Chunk> {
        let mut file = File::open(path).ok()?;
        file.seek(SeekFrom::Start(start)).ok()?;
        let reader = BufReader::with_capacity(1 << 16, file.take(end - start));
        scan_chunk(&metrics, name, limits, layout, reader, lines_before)
    };
    let results: Vec<Option<Chunk>> = if chunks.len() > 1 {
        std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .iter()
                .map(|c| scope.spawn(move || scan(c)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().ok().flatten())
                .collect()
        })
    } else {
        chunks.iter().map(scan).collect()
    };
    merge(
        plan,
        name,
        results.into_iter().collect::<Option<Vec<Chunk>>>()?,
    )
}

/// The delimiter, columns and first data row of a long CSV, or `None` when
/// it is not one streaming reads (UTF-16, no `unit` column, unused columns).
fn layout(file: File) -> Option<Layout> {
    let mut input = BufReader::with_capacity(1 << 16, file);
    let head = input.fill_buf().ok()?;
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let bom: u64 = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let first_line = head.split(|b| *b == b'\n').next()?;
    let delimiter = sniff_delimiter(
        std::str::from_utf8(first_line)
            .ok()?
            .trim_start_matches('\u{FEFF}'),
    );
    input.consume(bom as usize);
    let mut csv = csv_reader(delimiter, input);
    let mut record = csv::ByteRecord::new();
    if !csv.read_byte_record(&mut record).ok()? {
        return None;
    }
    let roles: Vec<Role> = record
        .iter()
        .map(|f| std::str::from_utf8(f).map_or(Role::Other, role))
        .collect();
    if roles
        .iter()
        .zip(record.iter())
        .any(|(r, f)| *r == Role::Other && !f.is_empty())
    {
        // Unused columns are reported by the general path.
        return None;
    }
    let column = |wanted: Role| roles.iter().position(|r| *r == wanted);
    let (unit_col, metric_col, value_col) = (
        column(Role::Unit)?,
        column(Role::Metric)?,
        column(Role::Value)?,
    );
    Some(Layout {
        delimiter,
        decimal_comma: delimiter != b',',
        data_start: bom + csv.position().byte(),
        unit_col,
        metric_col,
        value_col,
        period_col: column(Role::Period),
        needed: unit_col.max(metric_col).max(value_col) + 1,
    })
}

/// A place near `target` to split the file: the start of a line where the
/// unit changes, outside any quoted field; with the number of lines before it.
fn split_point(path: &Path, layout: &Layout, target: u64) -> Option<(u64, u64)> {
    let mut input = BufReader::with_capacity(1 << 16, File::open(path).ok()?);
    let (mut offset, mut lines, mut quotes) = (0u64, 0u64, 0u64);
    // Whole blocks up to the middle are only counted, not split into lines.
    loop {
        let block = input.fill_buf().ok()?;
        let len = block.len() as u64;
        if len == 0 || offset + len > target {
            break;
        }
        lines += block.iter().filter(|b| **b == b'\n').count() as u64;
        quotes += block.iter().filter(|b| **b == b'"').count() as u64;
        input.consume(len as usize);
        offset += len;
    }
    let mut line = Vec::new();
    let mut previous_unit: Option<Vec<u8>> = None;
    loop {
        line.clear();
        let read = input.read_until(b'\n', &mut line).ok()?;
        if read == 0 {
            return None;
        }
        if offset >= target && offset >= layout.data_start && quotes % 2 == 0 {
            let unit = unit_of(&line, layout)?;
            match &previous_unit {
                Some(before) if *before != unit => return Some((offset, lines)),
                _ => previous_unit = Some(unit),
            }
        }
        quotes += line.iter().filter(|b| **b == b'"').count() as u64;
        lines += 1;
        offset += read as u64;
    }
}

/// A CSV reader that takes every row as data, whatever its length.
fn csv_reader<R: Read>(delimiter: u8, input: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(input)
}

/// The unit field of one line.
fn unit_of(line: &[u8], layout: &Layout) -> Option<Vec<u8>> {
    let mut csv = csv_reader(layout.delimiter, line);
    let mut record = csv::ByteRecord::new();
    csv.read_byte_record(&mut record).ok()?;
    record.get(layout.unit_col).map(|u| u.trim_ascii().to_vec())
}

/// What one stretch of the file gave.
struct Chunk {
    units: Vec<UnitResult>,
    /// Diagnostics about values, in line order.
    diagnostics: Vec<String>,
    errors: usize,
    unknown: HashMap<String, (u64, usize, usize)>,
    /// Distinct periods with where each first stands.
    periods: Vec<(String, u64, usize)>,
}

fn scan_chunk(
    metrics: &Metrics,
    name: &str,
    limits: &Limits,
    layout: Layout,
    reader: impl Read,
    lines_before: u64,
) -> Option<Chunk> {
    let mut csv = csv_reader(layout.delimiter, reader);
    let mut record = csv::ByteRecord::new();
    let mut stream = Stream {
        metrics,
        name,
        limits,
        layout,
        lines_before,
        out: Streamed {
            units: Vec::new(),
            diagnostics: Vec::new(),
            errors: 0,
        },
        unit: Unit::default(),
        seen: HashSet::new(),
        unknown: HashMap::new(),
        periods: HashMap::new(),
    };
    while csv.read_byte_record(&mut record).ok()? {
        stream.row(&record)?;
    }
    stream.finish_unit();
    let mut periods: Vec<(String, u64, usize)> = stream
        .periods
        .into_iter()
        .map(|(p, (l, c))| (p, l, c))
        .collect();
    periods.sort_by_key(|(_, line, _)| *line);
    Some(Chunk {
        units: stream.out.units,
        diagnostics: stream.out.diagnostics,
        errors: stream.out.errors,
        unknown: stream.unknown,
        periods,
    })
}

/// The chunks joined in file order; `None` if a unit's rows are in two of
/// them (the general path then reads the file).
fn merge(plan: &CheckedPlan, name: &str, chunks: Vec<Chunk>) -> Option<Streamed> {
    let mut out = Streamed {
        units: Vec::new(),
        diagnostics: Vec::new(),
        errors: 0,
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut unknown: HashMap<String, (u64, usize, usize)> = HashMap::new();
    let mut periods: Vec<(String, u64, usize)> = Vec::new();
    for chunk in chunks {
        // A chunk's units are its finished units, in order.
        for unit in &chunk.units {
            if !seen.insert(unit.unit.clone()) {
                return None;
            }
        }
        out.units.extend(chunk.units);
        out.diagnostics.extend(chunk.diagnostics);
        out.errors += chunk.errors;
        for (metric, (line, col, count)) in chunk.unknown {
            let entry = unknown.entry(metric).or_insert((line, col, 0));
            if line < entry.0 {
                (entry.0, entry.1) = (line, col);
            }
            entry.2 += count;
        }
        for (period, line, col) in chunk.periods {
            if !periods.iter().any(|(p, _, _)| *p == period) {
                periods.push((period, line, col));
            }
        }
    }
    // A file without data rows is evaluated as the file's own unit by the
    // general path.
    if out.units.is_empty() {
        return None;
    }
    let mut report = Reporter {
        name,
        out: &mut out,
    };
    for (period, line, col) in periods {
        if let Some(d) = period::check(plan.period, &period, &Place::default()) {
            report.report(&d, line, col);
        }
    }
    let mut unknown: Vec<(String, (u64, usize, usize))> = unknown.into_iter().collect();
    unknown.sort_by_key(|(_, (line, _, _))| *line);
    for (metric, (line, col, count)) in unknown {
        let hint =
            did_you_mean(&metric, plan.metrics.keys().map(String::as_str)).unwrap_or_else(|| {
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
        report.report(&d, line, col);
    }
    Some(out)
}

/// Writes diagnostics as `file:line:column: severity[code]: message` lines.
struct Reporter<'a> {
    name: &'a str,
    out: &'a mut Streamed,
}

impl Reporter<'_> {
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

/// The unit being read.
#[derive(Default)]
struct Unit {
    name: Option<String>,
    period: Option<String>,
    /// Reported metrics, by number.
    slots: Vec<Option<Slot>>,
    /// The line each metric was first given on, by number.
    lines: Vec<u64>,
}

struct Stream<'p> {
    metrics: &'p Metrics<'p>,
    name: &'p str,
    limits: &'p Limits,
    layout: Layout,
    /// Lines of the file before this stretch, for line numbers.
    lines_before: u64,
    out: Streamed,
    unit: Unit,
    seen: HashSet<String>,
    /// Unknown metrics: where first seen, how many rows.
    unknown: HashMap<String, (u64, usize, usize)>,
    /// Distinct periods: where each first stands.
    periods: HashMap<String, (u64, usize)>,
}

impl Stream<'_> {
    /// Reads one data row; `None` when the file must go the general way.
    fn row(&mut self, record: &csv::ByteRecord) -> Option<()> {
        let line = self.lines_before + record.position().map_or(0, |p| p.line());
        let text = |i: usize| record.get(i).map(std::str::from_utf8);
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Some(());
        }
        if record.len() > self.limits.max_columns
            || record.iter().any(|f| f.len() > self.limits.max_field_bytes)
        {
            return None;
        }
        if record.len() < self.layout.needed {
            return None;
        }
        let (unit_col, metric_col, value_col) = (
            self.layout.unit_col,
            self.layout.metric_col,
            self.layout.value_col,
        );
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
            self.unit.slots = vec![None; self.metrics.len()];
            self.unit.lines = vec![0; self.metrics.len()];
        }
        if let Some(Some(Ok(period))) = self.layout.period_col.map(text) {
            let period = period.trim();
            if !period.is_empty() {
                if self.unit.period.is_none() {
                    self.unit.period = Some(period.to_string());
                }
                if !self.periods.contains_key(period) {
                    let col = column(record, self.layout.period_col.unwrap_or(0));
                    self.periods.insert(period.to_string(), (line, col));
                }
            }
        }
        let col = || column(record, value_col);
        let Some(index) = self.metrics.number(metric) else {
            match self.unknown.get_mut(metric) {
                Some(entry) => entry.2 += 1,
                None => {
                    self.unknown
                        .insert(metric.to_string(), (line, column(record, metric_col), 1));
                }
            }
            return Some(());
        };
        let ty = self.metrics.ty(index);
        // A metric without a type (only in a plan with errors) is skipped, as
        // the general path skips it.
        let Some(ty) = ty else {
            return Some(());
        };
        let slot = match interpret_text(value, ty, self.layout.decimal_comma) {
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
        let (Some(entry), Some(first_line)) = (
            self.unit.slots.get_mut(index),
            self.unit.lines.get_mut(index),
        ) else {
            return Some(());
        };
        match entry {
            None => {
                *entry = Some(slot);
                *first_line = line;
            }
            Some(first) => {
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
        let summary = totals(self.metrics, &unit.slots);
        self.out.units.push(UnitResult {
            unit: name,
            period: unit.period,
            results: Vec::new(),
            summary,
            sections: Vec::new(),
            owners: Vec::new(),
        });
    }

    fn report(&mut self, d: &Diagnostic, line: u64, col: usize) {
        Reporter {
            name: self.name,
            out: &mut self.out,
        }
        .report(d, line, col);
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

/// Unknown metrics of a batch: the metric, its first report, how many files.
type Unknown = Vec<(String, String, usize)>;

/// `--summary` of many files, one or a few units each: every file is read,
/// scored and reduced to its units' totals before the next, on up to
/// `threads` threads over consecutive shares of the list, so memory does not
/// grow with the number of files. Diagnostics are one line each; an unknown
/// metric is reported once for the whole batch, with the number of files
/// that name it.
pub fn per_file_summary(
    plan: &CheckedPlan,
    paths: &[std::path::PathBuf],
    options: &crate::measure::ReadOptions,
    threads: usize,
) -> Streamed {
    let share = paths.len().div_ceil(threads.max(1)).max(1);
    let (metrics, hints) = (Metrics::new(plan), super::Hints::default());
    let one = |part: &[std::path::PathBuf]| -> (Streamed, Unknown) {
        let (metrics, hints) = (&metrics, &hints);
        let mut out = Streamed {
            units: Vec::new(),
            diagnostics: Vec::new(),
            errors: 0,
        };
        // Unknown metrics: the first report of each, and how many files.
        let mut unknown: Unknown = Vec::new();
        for path in part {
            let mut files = match std::fs::read(path) {
                Ok(bytes) => vec![crate::measure::read(path, &bytes, options)],
                Err(error) => {
                    out.errors += 1;
                    out.diagnostics
                        .push(format!("error: cannot read `{}`: {error}", path.display()));
                    continue;
                }
            };
            let units = super::evaluate_with(metrics, hints, &mut files, super::Detail::Totals);
            for file in &files {
                for d in &file.diagnostics {
                    if d.severity() == Severity::Error {
                        out.errors += 1;
                    }
                    let line = one_line(file, d);
                    if d.code == Code::UnknownMetric {
                        let metric = d.message.split('`').nth(1).unwrap_or("").to_string();
                        match unknown.iter_mut().find(|(m, _, _)| *m == metric) {
                            Some(entry) => entry.2 += 1,
                            None => unknown.push((metric, line, 1)),
                        }
                    } else {
                        out.diagnostics.push(line);
                    }
                }
            }
            out.units.extend(units);
        }
        (out, unknown)
    };
    let parts: Vec<(Streamed, Unknown)> = if threads > 1 && paths.len() > share {
        std::thread::scope(|scope| {
            let handles: Vec<_> = paths
                .chunks(share)
                .map(|part| scope.spawn(move || one(part)))
                .collect();
            handles.into_iter().filter_map(|h| h.join().ok()).collect()
        })
    } else {
        vec![one(paths)]
    };
    let mut out = Streamed {
        units: Vec::new(),
        diagnostics: Vec::new(),
        errors: 0,
    };
    let mut unknown: Unknown = Vec::new();
    for (part, part_unknown) in parts {
        out.units.extend(part.units);
        out.diagnostics.extend(part.diagnostics);
        out.errors += part.errors;
        for (metric, line, count) in part_unknown {
            match unknown.iter_mut().find(|(m, _, _)| *m == metric) {
                Some(entry) => entry.2 += count,
                None => unknown.push((metric, line, count)),
            }
        }
    }
    for (_, text, count) in unknown {
        let suffix = if count > 1 {
            format!(" (and in {} more files)", count - 1)
        } else {
            String::new()
        };
        let (first, rest) = text
            .split_once('\n')
            .map_or((text.as_str(), ""), |(a, b)| (a, b));
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!("\n{rest}")
        };
        out.diagnostics.push(format!("{first}{suffix}{rest}"));
    }
    out
}

/// `file:line:column: severity[code]: message` (or `file Sheet!A1: ...`).
fn one_line(file: &crate::measure::MeasureFile, d: &Diagnostic) -> String {
    let location = match &d.cell {
        Some(cell) => format!("{} {cell}", file.source.name),
        None => {
            let at = file.source.line_col(d.span.start);
            format!("{}:{}:{}", file.source.name, at.line, at.column)
        }
    };
    let mut text = format!(
        "{location}: {}[{}]: {}",
        d.severity().as_str(),
        d.code.id(),
        d.message
    );
    if let Some(hint) = &d.hint {
        text.push_str(&format!("\n  help: {hint}"));
    }
    text
}
