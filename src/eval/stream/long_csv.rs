//! A long-format CSV (`unit,metric,value`) read row by row: each unit is
//! scored when its last row has been read. A large file is read as two
//! stretches on two threads, split where the unit changes; when a file does
//! not suit streaming (another encoding, a unit whose rows are not together,
//! a broken quote), the caller falls back to the general path, which gives
//! the same results.

use std::collections::HashMap;
use std::fs::File;
use std::hash::BuildHasher;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use rustc_hash::{FxBuildHasher, FxHashSet};

use super::Streamed;
use crate::check::model::{CheckedPlan, MetricId};
use crate::diagnostic::repeats::{self, Hidden};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::eval::diagnostics::{self, computed_problems, na_refusal};
use crate::eval::formula::{Metrics, Slot, Slots};
use crate::eval::grade::grade_of;
use crate::eval::problem::FirstGiven;
use crate::eval::result::Totals;
use crate::eval::{period, problem_diagnostic, totals, Hints};
use crate::i18n::Lang;
use crate::index::IndexVec;
use crate::limits::Limits;
use crate::measure::csv_file::{field_spans, sniff_delimiter};
use crate::measure::notation::Notation;
use crate::measure::problem::FloatNoise;
use crate::measure::shown_digits::float_noise;
use crate::measure::split_number::splits_into;
use crate::measure::table::{damages, role, settle_metric_names, Role};
use crate::measure::unit_column::{says, Says};
use crate::measure::value::{interpret_text, plain_value, Interpreted};
use crate::measure::Place;
use crate::source::{FileId, LineCol};
use crate::span::Span;
use crate::syntax::ast::MetricType;

/// How a long CSV is laid out, from its header.
#[derive(Clone, Copy)]
struct Layout {
    delimiter: u8,
    decimal_comma: bool,
    /// Where the first data row starts, in bytes.
    data_start: u64,
    /// Line breaks and quotes before it.
    header_lines: u64,
    header_quotes: u64,
    unit_col: usize,
    metric_col: usize,
    value_col: usize,
    period_col: Option<usize>,
    needed: usize,
    /// The header's columns up to its last named one: a field beyond them
    /// makes the row unreadable, which the general path reports.
    named: usize,
    /// Whether the data may be numbers split by the separator (a comma
    /// file), which the general path reports.
    comma: bool,
    /// The unit column's role when it is `unit` or `đơn vị` alone: the
    /// reporting unit only while each name says so (`Phường 1`, not `%` or
    /// `km`); the general path reads a file where one does not.
    unit_by_values: Option<Role>,
}

/// Below this size one thread reads the whole file: a second costs about
/// what it saves (measured: even at 1.3 MB, 20% faster at 2.6 MB, a third
/// faster at 8 MB).
pub const SPLIT_FROM_BYTES: u64 = 1024 * 1024;

/// Streams the long CSV at `path` (shown as `name`), on up to `threads`
/// threads for files of `split_from` bytes or more, or `None` when the file
/// does not suit streaming and the general path must read it.
pub fn long_csv_summary(
    plan: &CheckedPlan,
    name: &str,
    path: &Path,
    limits: &Limits,
    (threads, split_from): (usize, u64),
    asked: Option<&crate::eval::due::Asked>,
) -> Option<Streamed> {
    // As `streamed_summary`: a plan with `baseline(x)`, or with targets
    // whose unit's periods are weighed together (`eval::timed`), takes the
    // general path.
    if plan.uses_baselines() || crate::eval::timed::plan_is_timed(plan) {
        return None;
    }
    let layout = layout(File::open(path).ok()?)?;
    let row_bound = row_bound(limits);
    let size = std::fs::metadata(path).ok()?.len();
    let metrics = Metrics::new(plan).asking(asked.cloned());
    let scan = |&(start, end): &(u64, u64)| -> Option<Chunk> {
        let mut file = File::open(path).ok()?;
        file.seek(SeekFrom::Start(start)).ok()?;
        let reader = Counting::new(file.take(end.saturating_sub(start)), row_bound);
        scan_chunk(&metrics, limits, layout, reader, RawRows::new(path, start))
    };
    let whole = [(layout.data_start, size)];
    let split = (threads > 1 && size >= split_from)
        .then(|| split_point(path, &layout, size / 2, row_bound))
        .flatten();
    if let Some(at) = split {
        let halves = [(layout.data_start, at), (at, size)];
        let chunks: Option<Vec<Chunk>> = std::thread::scope(|scope| {
            let handles: Vec<_> = halves
                .iter()
                .map(|c| scope.spawn(move || scan(c)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().ok().flatten())
                .collect()
        });
        // A split inside a quoted field shows as an odd number of quotes
        // before it (or as a stretch that could not be read): the whole is
        // then read again on one thread.
        let outside_quotes = |chunks: &Vec<Chunk>| {
            (layout.header_quotes + chunks.first().map_or(0, |c| c.quotes)) % 2 == 0
        };
        if let Some(chunks) = chunks.filter(outside_quotes) {
            return merge(plan, (&metrics, limits), name, &layout, chunks);
        }
    }
    let chunks: Option<Vec<Chunk>> = whole.iter().map(scan).collect();
    merge(plan, (&metrics, limits), name, &layout, chunks?)
}

/// The most bytes the reader may pass on for one row before the row is
/// known to be over the limits (more fields than a row may have, or a field
/// larger than one may be, each of its bytes a doubled quote at worst), with
/// the reader's buffer read ahead. The CSV reader grows a row's buffer
/// until the row ends: a file of gigabytes without a line break would be
/// one row held whole. Past the bound the stretch stops, and the general
/// path (which bounds the file's size first) reports the file.
fn row_bound(limits: &Limits) -> u64 {
    let field = (limits.max_field_bytes as u64)
        .saturating_mul(2)
        .saturating_add(3);
    (limits.max_columns as u64)
        .saturating_mul(field)
        .saturating_add(STRETCH_BUFFER as u64)
}

/// A reader that counts the quotes it passes on, so that whether a stretch
/// of the file ends inside a quoted field is known without a pass of its
/// own (its line breaks the CSV reader counts), knows how its input
/// ended, and fails once it has passed on more than `row_bound` bytes since
/// the row before ended ([`Counting::row_read`]).
struct Counting<R> {
    inner: R,
    quotes: u64,
    /// Bytes passed on, and the last of them.
    total: u64,
    last: Option<u8>,
    /// Whether the input has ended.
    done: bool,
    /// Bytes passed on since the last row was read, and the most allowed.
    since_row: u64,
    row_bound: u64,
}

impl<R> Counting<R> {
    fn new(inner: R, row_bound: u64) -> Self {
        Counting {
            inner,
            quotes: 0,
            total: 0,
            last: None,
            done: false,
            since_row: 0,
            row_bound,
        }
    }

    /// A row has been read: the next may take `row_bound` bytes again.
    fn row_read(&mut self) {
        self.since_row = 0;
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.since_row > self.row_bound {
            return Err(std::io::Error::other("a row longer than a row may be"));
        }
        let n = self.inner.read(buf)?;
        self.since_row += n as u64;
        let read = buf.get(..n).unwrap_or_default();
        self.quotes += count_quotes(read);
        self.total += n as u64;
        self.last = read.last().copied().or(self.last);
        self.done |= n == 0 && !buf.is_empty();
        Ok(n)
    }
}

fn count_quotes(bytes: &[u8]) -> u64 {
    // Most files have few quotes: searching for them skips the rest.
    memchr::memchr_iter(b'"', bytes).count() as u64
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
    let head = head.to_vec();
    input.consume(bom as usize);
    // The header must end in the first block (below): reading no further
    // keeps a file without a line break from being read whole as its header.
    let block = head.len() as u64;
    let mut csv = csv_reader(delimiter, input.take(block), 1 << 16);
    let mut record = csv::ByteRecord::new();
    if !csv.read_byte_record(&mut record).ok()? {
        return None;
    }
    let mut roles: Vec<Role> = record
        .iter()
        .map(|f| std::str::from_utf8(f).map_or(Role::Other, role))
        .collect();
    settle_metric_names(&mut roles);
    if roles
        .iter()
        .zip(record.iter())
        .any(|(r, f)| *r == Role::Other && !f.trim_ascii().is_empty())
    {
        // Unused columns are reported by the general path.
        return None;
    }
    // Units of measure, and two columns of one role, are left to the
    // general path too.
    let count = |wanted: &[Role]| roles.iter().filter(|r| wanted.contains(r)).count();
    if count(&[Role::Measure]) > 0
        || count(&[Role::Unit, Role::UnitOrMeasure, Role::MeasureOrUnit]) > 1
        || [Role::Metric, Role::Value, Role::Period]
            .iter()
            .any(|r| count(&[*r]) > 1)
    {
        return None;
    }
    let column = |wanted: Role| roles.iter().position(|r| *r == wanted);
    let by_values = [Role::UnitOrMeasure, Role::MeasureOrUnit]
        .into_iter()
        .find(|r| roles.contains(r));
    let (unit_col, metric_col, value_col) = (
        column(Role::Unit).or(by_values.and_then(column))?,
        column(Role::Metric)?,
        column(Role::Value)?,
    );
    let named = record
        .iter()
        .rposition(|f| !f.trim_ascii().is_empty())
        .map_or(0, |i| i + 1);
    let data_start = bom + csv.position().byte();
    // A header longer than the first block is not a long CSV's.
    let header = head.get(..usize::try_from(data_start).ok()?)?;
    let header_lines = memchr::memchr_iter(b'\n', header).count() as u64;
    let header_quotes = count_quotes(header);
    Some(Layout {
        delimiter,
        decimal_comma: delimiter != b',',
        data_start,
        header_lines,
        header_quotes,
        unit_col,
        metric_col,
        value_col,
        period_col: column(Role::Period),
        needed: unit_col.max(metric_col).max(value_col) + 1,
        named,
        comma: delimiter == b',',
        unit_by_values: column(Role::Unit).is_none().then_some(by_values).flatten(),
    })
}

/// A place near `target` to split the file: the start of a line where the
/// unit changes. Whether it stands outside any quoted field is known only
/// when the stretch before it has been read (an even number of quotes).
fn split_point(path: &Path, layout: &Layout, target: u64, row_bound: u64) -> Option<u64> {
    let mut file = File::open(path).ok()?;
    let target = target.max(layout.data_start);
    file.seek(SeekFrom::Start(target)).ok()?;
    let mut input = BufReader::with_capacity(1 << 16, file);
    // The rest of the line the target falls in.
    let skipped = (&mut input).take(row_bound).skip_until(b'\n').ok()? as u64;
    if skipped >= row_bound {
        return None;
    }
    let start = target + skipped;
    let mut csv = csv_reader(layout.delimiter, Counting::new(input, row_bound), 1 << 16);
    let mut record = csv::ByteRecord::new();
    let mut first_unit: Option<Vec<u8>> = None;
    while csv.read_byte_record(&mut record).ok()? {
        csv.get_mut().row_read();
        let unit = record.get(layout.unit_col)?.trim_ascii();
        match &first_unit {
            Some(before) if before.as_slice() != unit => {
                return Some(start + record.position()?.byte());
            }
            Some(_) => {}
            None => first_unit = Some(unit.to_vec()),
        }
    }
    None
}

/// The read buffer of a stretch: fewer, larger reads than the csv crate's
/// 8 KiB.
const STRETCH_BUFFER: usize = 256 * 1024;

/// A CSV reader that takes every row as data, whatever its length.
///
/// Rows end at `\n` only: with the default `\r\n` ending a row would end at
/// its `\r`, and the next row's position (the line reported for it) would be
/// the line before. The `\r` left at the end of a row's last field is white
/// space, which every field read here is trimmed of.
fn csv_reader<R: Read>(delimiter: u8, input: R, buffer: usize) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .buffer_capacity(buffer)
        .delimiter(delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        .has_headers(false)
        .flexible(true)
        .from_reader(input)
}

/// The line `record` starts on, given the line the reader stands on after
/// it and whether a line break ended it. The record's own position is where
/// reading began, before any blank lines the reader skipped: the line is
/// worked out from the end instead, less the line breaks inside the record
/// and the one that ended it.
fn start_line(record: &csv::ByteRecord, line_after: u64, unbroken: bool) -> u64 {
    let began = record.position().map_or(1, csv::Position::line);
    // Most rows are one line: nothing skipped, nothing inside.
    if line_after <= began + 1 && !unbroken {
        return began;
    }
    let inside = memchr::memchr_iter(b'\n', record.as_slice()).count() as u64;
    line_after.saturating_sub(inside + u64::from(!unbroken))
}

/// A diagnostic about one row, with its lines (its own, and any it names)
/// counted from the start of its stretch of the file.
struct Found {
    line: u64,
    col: usize,
    diagnostic: Diagnostic,
}

/// What one stretch of the file gave; lines counted from its start.
struct Chunk {
    units: Totals,
    /// The units' names, hashed, to tell whether a unit's rows are in two
    /// stretches.
    seen: FxHashSet<u64>,
    /// Diagnostics about values, in line order: of each code, those that
    /// can be shown (see [`Stream::report`]); the others are in `hidden`.
    found: Vec<Found>,
    hidden: Hidden,
    /// Unknown metrics: where each first stands, how many rows name it.
    unknown: HashMap<String, (u64, usize, usize)>,
    /// Distinct periods with where each first stands.
    periods: Vec<(String, u64, usize)>,
    newlines: u64,
    quotes: u64,
}

fn scan_chunk<R: Read>(
    metrics: &Metrics,
    limits: &Limits,
    layout: Layout,
    reader: Counting<R>,
    raw: RawRows,
) -> Option<Chunk> {
    let mut csv = csv_reader(layout.delimiter, reader, STRETCH_BUFFER);
    let mut record = csv::ByteRecord::new();
    let mut stream = Stream {
        metrics,
        limits,
        layout,
        units: Totals::default(),
        found: Vec::new(),
        hidden: Hidden::default(),
        next_drop: repeats::DROP_FROM,
        unit: Unit::new(metrics),
        first: None,
        next: IndexVec::beside(&metrics.plan.metrics, None),
        raw,
        seen: FxHashSet::default(),
        unknown: HashMap::new(),
        periods: HashMap::new(),
    };
    while csv.read_byte_record(&mut record).ok()? {
        csv.get_mut().row_read();
        let input = csv.get_ref();
        let after = csv.position();
        // The input's last row, with no line break after it.
        let unbroken = input.done && after.byte() == input.total && input.last != Some(b'\n');
        let at = RowAt {
            line: start_line(&record, after.line(), unbroken),
            start: record.position().map_or(0, csv::Position::byte),
            end: after.byte(),
            broken: !unbroken,
        };
        stream.row(&record, at)?;
    }
    stream.finish_unit();
    let mut periods: Vec<(String, u64, usize)> = stream
        .periods
        .into_iter()
        .map(|(p, (l, c))| (p, l, c))
        .collect();
    periods.sort_by_key(|(_, line, _)| *line);
    // The stretch ends where a line starts: the reader has counted all its
    // line breaks.
    let newlines = csv.position().line().saturating_sub(1);
    let counted = csv.into_inner();
    Some(Chunk {
        units: stream.units,
        seen: stream.seen,
        found: stream.found,
        hidden: stream.hidden,
        unknown: stream.unknown,
        periods,
        newlines,
        quotes: counted.quotes,
    })
}

/// The chunks joined in file order, with their lines counted from the start
/// of the file; `None` if a unit's rows are in two of them (the general path
/// then reads the file).
fn merge(
    plan: &CheckedPlan,
    (metrics, limits): (&Metrics, &Limits),
    name: &str,
    layout: &Layout,
    chunks: Vec<Chunk>,
) -> Option<Streamed> {
    let mut out = Streamed::new(limits.shown_per_code);
    // A unit named in two stretches sends the file the general way; each
    // stretch's names are checked against the ones before, without
    // gathering them all into one set.
    let seen: Vec<&FxHashSet<u64>> = chunks.iter().map(|c| &c.seen).collect();
    if seen.iter().enumerate().any(|(i, later)| {
        seen.iter()
            .take(i)
            .any(|earlier| later.iter().any(|h| earlier.contains(h)))
    }) {
        return None;
    }
    let mut unknown: HashMap<String, (u64, usize, usize)> = HashMap::new();
    let mut periods: Vec<(String, u64, usize)> = Vec::new();
    let mut seen_periods: FxHashSet<String> = FxHashSet::default();
    let mut lines_before = layout.header_lines;
    let file = out.file(name);
    for chunk in chunks {
        out.parts.push(chunk.units);
        out.diagnostics.count_hidden(chunk.hidden.moved(|_| file));
        for found in chunk.found {
            let line = lines_before + found.line;
            let mut d = found.diagnostic;
            let moved = usize::try_from(lines_before).unwrap_or(usize::MAX);
            for position in d.related.iter_mut().filter_map(|r| r.position.as_mut()) {
                position.line = position.line.saturating_add(moved);
            }
            out.report(file, (line, found.col), d);
        }
        for (metric, (line, col, count)) in chunk.unknown {
            let line = lines_before + line;
            let entry = unknown.entry(metric).or_insert((line, col, 0));
            if line < entry.0 {
                (entry.0, entry.1) = (line, col);
            }
            entry.2 += count;
        }
        for (period, line, col) in chunk.periods {
            // A set, not a search of the list: a file may name a period
            // of its own on each of a million rows.
            if seen_periods.insert(period.clone()) {
                periods.push((period, lines_before + line, col));
            }
        }
        lines_before += chunk.newlines;
    }
    // A file without data rows is evaluated as the file's own unit by the
    // general path.
    out.units().next()?;
    // Values of another period are not scored: that is the general path's.
    if periods
        .iter()
        .any(|(period, _, _)| period::refuses(plan.period, period))
    {
        return None;
    }
    // So is a file whose periods decide what is due (what is due depends
    // on the end of the period evaluated alone), or which of its readings
    // are scored: each unit is evaluated for its own period there.
    let plan_end = plan.period.map(|p| p.end);
    let timed = plan.timed()
        && metrics.asked.is_none()
        && periods.iter().any(|(p, _, _)| {
            crate::eval::due::EvaluatedPeriod::parse(p).map(|p| p.end) != plan_end
        });
    let other = |text: &str| {
        metrics.asked.as_ref().is_some_and(|(_, asked)| {
            crate::eval::due::EvaluatedPeriod::parse(text).is_some_and(|p| p != *asked)
        })
    };
    if timed || periods.len() > 1 || periods.iter().any(|(p, _, _)| other(p)) {
        return None;
    }
    for (period, line, col) in periods {
        if let Some(d) = period::check(plan.period, &period, &Place::NOWHERE) {
            out.report(file, (line, col), d);
        }
    }
    let mut unknown: Vec<(String, (u64, usize, usize))> = unknown.into_iter().collect();
    unknown.sort_by_key(|(_, (line, _, _))| *line);
    let hints = Hints::default();
    for (nth, (metric, (line, col, count))) in unknown.into_iter().enumerate() {
        let d = diagnostics::unknown_metric(metrics, &hints, (&metric, nth), count);
        out.report(file, (line, col), d);
    }
    // In the order of their places, as the general path gives them.
    out.diagnostics.sort();
    Some(out)
}

/// The unit being read.
struct Unit {
    name: Option<String>,
    /// Reported metrics.
    slots: Slots,
    /// The row each metric was first given on (its column is worked out
    /// only for a diagnostic).
    lines: IndexVec<MetricId, RowAt>,
    /// The metric of its last row the plan knows.
    last: Option<MetricId>,
    /// Metrics reported `n/a`: where, and as written.
    written_na: Vec<(MetricId, u64, usize, String)>,
    /// The period its rows name: what the general path evaluates it for
    /// without `--period` (a file whose rows name two periods, or one the
    /// plan refuses, is left to the general path).
    period: Option<crate::eval::due::EvaluatedPeriod>,
}

impl Unit {
    /// No unit read yet, with room for every metric of the plan.
    fn new(metrics: &Metrics) -> Unit {
        let slots = metrics.empty_slots();
        Unit {
            name: None,
            lines: IndexVec::beside(&slots, RowAt::default()),
            slots,
            last: None,
            written_na: Vec::new(),
            period: None,
        }
    }
}

struct Stream<'p> {
    metrics: &'p Metrics<'p>,
    limits: &'p Limits,
    layout: Layout,
    units: Totals,
    found: Vec<Found>,
    /// Diagnostics past those that can be shown, counted.
    hidden: Hidden,
    /// The length of `found` at which what cannot be shown is dropped.
    next_drop: usize,
    unit: Unit,
    /// Units usually give the same metrics in the same order, so a row's
    /// metric is guessed and checked with one comparison before it is
    /// looked up: the metric that came first, and the one that came after
    /// each metric, last time.
    first: Option<MetricId>,
    next: IndexVec<MetricId, Option<MetricId>>,
    raw: RawRows<'p>,
    seen: FxHashSet<u64>,
    /// Unknown metrics: where first seen, how many rows.
    unknown: HashMap<String, (u64, usize, usize)>,
    /// Distinct periods: where each first stands.
    periods: HashMap<String, (u64, usize)>,
}

impl Stream<'_> {
    /// Reads one data row, which starts on `line` of its stretch; `None`
    /// when the file must go the general way.
    fn row(&mut self, record: &csv::ByteRecord, at: RowAt) -> Option<()> {
        // The fields' bytes one after the other: one look for a blank row,
        // and no field is too long when all of them together are not.
        let bytes = record.as_slice();
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Some(());
        }
        if record.len() > self.limits.max_columns
            || (bytes.len() > self.limits.max_field_bytes
                && record.iter().any(|f| f.len() > self.limits.max_field_bytes))
            || record.len() < self.layout.needed
        {
            return None;
        }
        let layout = self.layout;
        let field = |i: usize| record.get(i).map(<[u8]>::trim_ascii);
        // Fields beyond the header, and numbers that may have been split by
        // the commas, are reported by the general path.
        if record.len() > layout.named
            && record
                .iter()
                .skip(layout.named)
                .any(|f| !f.trim_ascii().is_empty())
        {
            return None;
        }
        if layout.comma {
            let next = layout.value_col + 1;
            let takes_text = [
                Some(layout.unit_col),
                Some(layout.metric_col),
                layout.period_col,
            ]
            .contains(&Some(next));
            let text = |i: usize| field(i).and_then(|f| std::str::from_utf8(f).ok());
            let split = field(next).is_some_and(|f| f.first().is_some_and(u8::is_ascii_digit))
                && text(next)
                    .zip(text(layout.value_col))
                    .is_some_and(|(f, value)| splits_into(value, f, takes_text));
            if split {
                return None;
            }
        }
        let (Some(unit), Some(metric), Some(value)) = (
            field(layout.unit_col),
            field(layout.metric_col),
            record.get(layout.value_col),
        ) else {
            return None;
        };
        if unit.is_empty() || metric.is_empty() {
            return None;
        }
        // A damaged name (W0747) is reported by the general path.
        let damaged =
            |name: &[u8]| std::str::from_utf8(name).map_or(true, |n| n.chars().any(damages));
        if damaged(unit) || damaged(metric) {
            return None;
        }
        if !self
            .unit
            .name
            .as_deref()
            .is_some_and(|name| same(name.as_bytes(), unit))
        {
            self.start_unit(std::str::from_utf8(unit).ok()?.trim())?;
        }
        if let Some(period) = layout.period_col.and_then(field) {
            if !period.is_empty() {
                let period = std::str::from_utf8(period).ok()?.trim();
                // Read once per unit: the file names one period, or is
                // read the general way.
                if self.unit.period.is_none() {
                    self.unit.period = crate::eval::due::EvaluatedPeriod::parse(period);
                }
                if !self.periods.contains_key(period) {
                    let place = self.place(record, at, layout.period_col.unwrap_or(0));
                    self.periods.insert(period.to_string(), place);
                }
            }
        }
        let guess = match self.unit.last {
            Some(last) => *self.next.at(last),
            None => self.first,
        };
        let (index, metric) = match guess {
            Some(g) if same(self.metrics.name(g).as_bytes(), metric) => {
                (Some(g), self.metrics.name(g))
            }
            _ => {
                let metric = std::str::from_utf8(metric).ok()?.trim();
                (self.metrics.number(metric), metric)
            }
        };
        // Bytes that are not UTF-8 anywhere send the file to the general
        // path, which reports the encoding; a value read as a plain value
        // is ASCII, so only the others are checked.
        let Some(index) = index else {
            std::str::from_utf8(value).ok()?;
            match self.unknown.get_mut(metric) {
                Some(entry) => entry.2 += 1,
                None => {
                    let (line, col) = self.place(record, at, layout.metric_col);
                    self.unknown.insert(metric.to_string(), (line, col, 1));
                }
            }
            return Some(());
        };
        match self.unit.last {
            Some(last) => *self.next.at_mut(last) = Some(index),
            None => self.first = Some(index),
        }
        self.unit.last = Some(index);
        // A metric without a type (only in a plan with errors) is skipped, as
        // the general path skips it.
        let Some(ty) = self.metrics.ty(index) else {
            std::str::from_utf8(value).ok()?;
            return Some(());
        };
        let slot = match plain_value(value, ty, layout.decimal_comma) {
            Some(v) => Slot::Value(v),
            None => {
                let text = std::str::from_utf8(value).ok()?;
                let (line, col) = self.place(record, at, layout.value_col);
                self.other_value(text, (index, ty), metric, line, col)
            }
        };
        let (entry, first_line) = (self.unit.slots.at_mut(index), self.unit.lines.at_mut(index));
        let Some(first) = entry else {
            *entry = Some(slot);
            *first_line = at;
            return Some(());
        };
        let (differs, first_at) = (*first != slot, *first_line);
        if differs {
            *first = Slot::Invalid;
        }
        // Its line is counted from the start of the stretch, as this one's
        // is: merging moves both.
        let (first_line, first_column) = self.raw_place(first_at, layout.value_col);
        let first = LineCol {
            line: usize::try_from(first_line).unwrap_or(usize::MAX),
            column: first_column,
        };
        let unit_name = self.unit.name.as_deref().unwrap_or("");
        let d = diagnostics::given_twice(metric, unit_name, differs, FirstGiven::Here)
            .with_related_at(Span::NOWHERE, first, RelatedLabel::FirstGiven);
        let (line, col) = self.place(record, at, layout.value_col);
        self.report(d, line, col);
        Some(())
    }

    /// A binary float's noise read at 15 significant digits (W0722), as
    /// the general path reports it.
    fn report_noise(&mut self, text: &str, line: u64, col: usize) {
        if let Some(read) = float_noise(text) {
            let written = text.trim().to_string();
            let noise = FloatNoise { written, read };
            self.report(Diagnostic::of(noise, Span::NOWHERE), line, col);
        }
    }

    /// The slot of a value that is not a plain one (`n/a`, empty, written
    /// with words or separators, or unusable), reporting what is wrong.
    fn other_value(
        &mut self,
        text: &str,
        (index, ty): (MetricId, MetricType),
        metric: &str,
        line: u64,
        col: usize,
    ) -> Slot {
        match interpret_text(text, ty, self.layout.decimal_comma) {
            Ok(Interpreted::Value(v)) => {
                self.report_noise(text, line, col);
                Slot::Value(v)
            }
            // Whether the plan allows it is known once the unit's counts are.
            Ok(Interpreted::NotApplicable) => {
                self.unit
                    .written_na
                    .push((index, line, col, text.trim().to_string()));
                Slot::NotApplicable
            }
            Ok(Interpreted::Empty) => {
                self.report(diagnostics::empty_value(metric, ty), line, col);
                Slot::Empty
            }
            Err(problem) => {
                self.report_noise(text, line, col);
                let notation = Notation::of_table(self.layout.decimal_comma);
                let d = problem_diagnostic(&Place::NOWHERE, metric, problem, notation);
                self.report(d, line, col);
                Slot::Invalid
            }
        }
    }

    /// Scores the unit before and starts reading `name`'s rows; `None` when
    /// they must go the general way.
    fn start_unit(&mut self, name: &str) -> Option<()> {
        // Names the general path would normalise are left to it.
        if !name.is_ascii() && crate::measure::value::nfc(name) != name {
            return None;
        }
        // A name that names nothing (`-`, `n/a`), or a unit of measure in a
        // column that may hold either, is left to the general path.
        if crate::measure::blank::names_nothing(name) {
            return None;
        }
        if let Some(role) = self.layout.unit_by_values {
            if says(name, role) != Says::UnitName {
                return None;
            }
        }
        self.finish_unit();
        // Two names with the same hash (most unlikely) only send the file
        // the general way.
        if !self.seen.insert(FxBuildHasher.hash_one(name)) {
            return None;
        }
        // The lists of the unit before are cleared, not made anew.
        let unit = &mut self.unit;
        unit.name = Some(name.to_string());
        unit.slots.fill(None);
        unit.lines.fill(RowAt::default());
        unit.last = None;
        unit.written_na.clear();
        unit.period = None;
        Some(())
    }

    /// Scores the unit just read, keeps its totals and leaves no unit
    /// being read.
    fn finish_unit(&mut self) {
        let Some(name) = self.unit.name.take() else {
            return;
        };
        let outcomes = self.metrics.outcomes(&self.unit.slots);
        for (metric, line, col, written) in std::mem::take(&mut self.unit.written_na) {
            if let Some(d) = na_refusal(self.metrics, metric, &written, &outcomes) {
                self.report(d, line, col);
            }
        }
        for computed in computed_problems(self.metrics, &self.unit.slots, &outcomes) {
            let read_at = |m: MetricId| {
                let at = *self.unit.lines.at(m);
                (at.line > 0).then_some(at)
            };
            let Some((shown, others)) = computed.places(read_at) else {
                continue;
            };
            let mut diagnostic = computed.diagnostic;
            for (m, at) in others {
                let (line, column) = self.raw_place(at, self.layout.value_col);
                let line = usize::try_from(line).unwrap_or(usize::MAX);
                let label = RelatedLabel::ValueOf(self.metrics.name(m).to_string());
                diagnostic =
                    diagnostic.with_related_at(Span::NOWHERE, LineCol { line, column }, label);
            }
            let (line, col) = self.raw_place(shown, self.layout.value_col);
            self.report(diagnostic, line, col);
        }
        // Every unit of a streamed file is evaluated for one period: the
        // one asked for, else the plan's (`merge` sends a file whose
        // periods would change that the general way).
        let evaluated = self.metrics.asked.as_ref().map(|(_, p)| *p).or(self
            .metrics
            .plan
            .period
            .map(crate::eval::due::EvaluatedPeriod::of_plan));
        let (summary, tasks) = totals(
            self.metrics,
            &outcomes,
            &crate::eval::timed::Times::at(evaluated),
        );
        let grade = grade_of(&self.metrics.plan.grades, &summary, tasks);
        // Kept as the general path keeps it: the period asked for, else its
        // rows', else none (the plan's).
        let asked = self.metrics.asked.as_ref().map(|(_, p)| *p);
        let evaluated = asked.or(self.unit.period);
        self.units.push(&name, &summary, grade, evaluated);
    }

    /// The line and column of field `index` of `record`, which stands at
    /// `at`.
    fn place(&mut self, record: &csv::ByteRecord, at: RowAt, index: usize) -> (u64, usize) {
        if written_plainly(record, at) {
            return (at.line, unquoted_column(record, index));
        }
        self.raw_place(at, index)
    }

    /// The line and column of field `index` of the row at `at`, read again.
    fn raw_place(&mut self, at: RowAt, index: usize) -> (u64, usize) {
        match self.raw.place(at, index, self.layout.delimiter) {
            Some((lines, column)) => (at.line.saturating_add(lines), column),
            None => (at.line, 1),
        }
    }

    /// Keeps a diagnostic, and of each code only those that can be shown
    /// (the first in the order they will be printed, by line and column,
    /// and the one after, where W0745 stands): a flood of one kind in a
    /// national file costs a count, not a record each.
    fn report(&mut self, diagnostic: Diagnostic, line: u64, col: usize) {
        self.found.push(Found {
            line,
            col,
            diagnostic,
        });
        if self.found.len() >= self.next_drop && self.limits.shown_per_code != usize::MAX {
            repeats::keep_first(
                &mut self.found,
                self.limits.shown_per_code.saturating_add(1),
                &mut self.hidden,
                |f| {
                    let d = &f.diagnostic;
                    (!d.problem.counts_others()).then(|| (FileId::NONE, d.code()))
                },
                // The order of `diagnostic::sort` in one file and code: the
                // file's lines are this stretch's shifted.
                |f| (f.line, f.col, f.diagnostic.message(Lang::En)),
            );
            self.next_drop = repeats::next_drop(self.found.len());
        }
    }
}

/// Whether two short byte strings are equal, compared eight bytes at a
/// time: names are compared on every row, and a call into the C library's
/// `memcmp` for each cost more than the comparison itself.
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut left, mut right) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |bytes: &[u8]| <[u8; 8]>::try_from(bytes).map(u64::from_ne_bytes).ok();
    (&mut left).zip(&mut right).all(|(l, r)| word(l) == word(r))
        && left
            .remainder()
            .iter()
            .zip(right.remainder())
            .all(|(l, r)| l == r)
}

/// The 1-based column of field `index`, counted in characters, for a record
/// written without quotes.
fn unquoted_column(record: &csv::ByteRecord, index: usize) -> usize {
    record
        .iter()
        .take(index)
        .map(|f| std::str::from_utf8(f).map_or(f.len(), |s| s.chars().count()) + 1)
        .sum::<usize>()
        + 1
}

/// Whether `record` was written as its fields joined by the separator: then
/// its columns follow from its fields. Quotes, doubled quotes and blank
/// lines skipped before it make it longer than that.
fn written_plainly(record: &csv::ByteRecord, at: RowAt) -> bool {
    let fields = record.len();
    let plain = record.as_slice().len() + fields.saturating_sub(1) + usize::from(at.broken);
    at.end.checked_sub(at.start) == u64::try_from(plain).ok()
}

/// Where a row stands in its stretch of the file: the line it starts on,
/// and its bytes (from where the reader began it, so with any blank lines
/// skipped before it), and whether a line break ends it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct RowAt {
    line: u64,
    start: u64,
    end: u64,
    broken: bool,
}

/// The bytes of rows read again from the file, for the column of a
/// diagnostic in a row written with quotes: the csv reader gives fields
/// without them. Only diagnostics pay for it.
struct RawRows<'a> {
    path: &'a Path,
    /// Where the stretch starts in the file.
    start: u64,
    file: Option<File>,
    bytes: Vec<u8>,
    spans: Vec<std::ops::Range<usize>>,
}

impl<'a> RawRows<'a> {
    fn new(path: &'a Path, start: u64) -> Self {
        RawRows {
            path,
            start,
            file: None,
            bytes: Vec::new(),
            spans: Vec::new(),
        }
    }

    /// Where field `index` of the row at `at` starts: the lines before it
    /// within the row (a quoted field may hold line breaks) and its 1-based
    /// column, in characters; `None` if the file cannot be read again.
    fn place(&mut self, at: RowAt, index: usize, delimiter: u8) -> Option<(u64, usize)> {
        if self.file.is_none() {
            self.file = File::open(self.path).ok();
        }
        let file = self.file.as_mut()?;
        file.seek(SeekFrom::Start(self.start.checked_add(at.start)?))
            .ok()?;
        // A row longer than the limits allow is never streamed.
        let len = at.end.checked_sub(at.start)?.min(1 << 26);
        self.bytes.clear();
        file.take(len).read_to_end(&mut self.bytes).ok()?;
        // Blank lines the reader skipped before the row.
        let blank = self
            .bytes
            .iter()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .count();
        let row = std::str::from_utf8(self.bytes.get(blank..)?).ok()?;
        field_spans(row, delimiter, &mut self.spans);
        let before = row.get(..self.spans.get(index)?.start)?;
        // Lines end as the general path's source map ends them.
        let (lines, line_start) = crate::source::line_breaks(before);
        let column = before.get(line_start..)?.chars().count() + 1;
        Some((lines, column))
    }
}
