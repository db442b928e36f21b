//! Rows and columns (from a CSV file or a sheet) → readings. The header names
//! the columns, in English or as Vietnamese tables name them (STT, chỉ tiêu,
//! đơn vị tính, giá trị, ghi chú); what a column is for is its role.

use super::blank::{is_dash, names_nothing, names_placeholder};
use super::fold::fold;
use super::problem::{ColumnKind, RowPart, TableProblem};
use super::{split_number, unit_column, MeasureFile, Name, Place, Raw, Reading};
use crate::diagnostic::Diagnostic;

pub struct TableCell {
    pub raw: Raw,
    pub place: Place,
}

impl TableCell {
    /// The cell's text, trimmed; `None` when it has none, or a dash alone
    /// (see `blank`).
    pub(crate) fn text(&self) -> Option<String> {
        self.has_text().then(|| self.written().trim().to_string())
    }

    /// The text as written, or nothing for a cell that is not text.
    fn written(&self) -> &str {
        match &self.raw {
            Raw::Text(t) | Raw::Number(t) | Raw::Percent(t) => t,
            _ => "",
        }
    }

    /// Whether [`text`](Self::text) has something, without writing it.
    fn has_text(&self) -> bool {
        let written = self.written();
        !written.trim().is_empty() && !is_dash(written)
    }

    /// [`text`](Self::text), taken from the cell: a text already trimmed
    /// is moved, not copied (a national batch reads millions of cells).
    fn take_text(&mut self) -> Option<String> {
        match &mut self.raw {
            Raw::Text(t) if t.len() == t.trim().len() && !t.is_empty() && !is_dash(t) => {
                Some(std::mem::take(t))
            }
            _ => self.text(),
        }
    }

    /// Whether the cell holds anything at all.
    pub(crate) fn is_blank(&self) -> bool {
        !self.has_text()
            && !matches!(
                self.raw,
                Raw::Bool(_) | Raw::Date(_) | Raw::CellError(_) | Raw::Refused(_)
            )
    }
}

/// A data row: where it starts, and its cells.
pub struct TableRow {
    pub place: Place,
    pub cells: Vec<TableCell>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The reporting unit (a ward, an office).
    Unit,
    Metric,
    Value,
    Period,
    Note,
    /// The unit of MEASURE (`%`, `phút`, `hồ sơ`).
    Measure,
    /// `unit` alone: the reporting unit unless the column's values are
    /// units of measure (see `unit_column`).
    UnitOrMeasure,
    /// `đơn vị` alone: the unit of measure unless the column's values name
    /// units (see `unit_column`).
    MeasureOrUnit,
    /// STT, the row's number: not used, and not worth a warning.
    RowNumber,
    /// `tên chỉ tiêu`: the metric where no column gives its code, its
    /// label (not read) beside one (see [`settle_metric_names`]).
    MetricName,
    Other,
}

/// Header names by role, compared folded (see [`fold`]): in any case,
/// composed or not, with or without diacritics, spaces or underscores.
const HEADERS: &[(&str, Role)] = &[
    ("unit", Role::UnitOrMeasure),
    ("đơn vị", Role::MeasureOrUnit),
    ("đơn vị báo cáo", Role::Unit),
    ("tên đơn vị", Role::Unit),
    ("đơn vị hành chính", Role::Unit),
    ("phường/xã", Role::Unit),
    ("xã/phường", Role::Unit),
    ("phường", Role::Unit),
    ("xã", Role::Unit),
    ("reporting unit", Role::Unit),
    ("unit name", Role::Unit),
    ("ward", Role::Unit),
    ("đơn vị tính", Role::Measure),
    ("ĐVT", Role::Measure),
    ("đơn vị đo", Role::Measure),
    ("unit of measure", Role::Measure),
    ("unit of measurement", Role::Measure),
    ("uom", Role::Measure),
    ("metric", Role::Metric),
    ("chỉ tiêu", Role::Metric),
    ("tên chỉ tiêu", Role::MetricName),
    ("mã chỉ tiêu", Role::Metric),
    ("chỉ số", Role::Metric),
    ("value", Role::Value),
    ("giá trị", Role::Value),
    ("kết quả", Role::Value),
    ("kết quả thực hiện", Role::Value),
    ("kết quả đạt được", Role::Value),
    ("thực hiện", Role::Value),
    ("số liệu", Role::Value),
    ("period", Role::Period),
    ("kỳ", Role::Period),
    ("kỳ báo cáo", Role::Period),
    // `kì` is the same word in the other spelling of the vowel.
    ("kì", Role::Period),
    ("kì báo cáo", Role::Period),
    ("note", Role::Note),
    ("ghi chú", Role::Note),
    ("STT", Role::RowNumber),
    ("TT", Role::RowNumber),
    ("số thứ tự", Role::RowNumber),
    ("No.", Role::RowNumber),
    ("#", Role::RowNumber),
];

pub(crate) fn role(header: &str) -> Role {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static FOLDED: OnceLock<HashMap<String, Role>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| HEADERS.iter().map(|(h, r)| (fold(h), *r)).collect());
    folded.get(&fold(header)).copied().unwrap_or(Role::Other)
}

/// `tên chỉ tiêu` (the metric's name) is the metric column where no column
/// gives the metric's code (`mã chỉ tiêu`, `chỉ tiêu`, `metric`); beside
/// one, it is the metric's label, not read: a table with both is read by
/// the code, not refused for two metric columns.
pub(crate) fn settle_metric_names(roles: &mut [Role]) {
    let has_code = roles.contains(&Role::Metric);
    for role in roles.iter_mut().filter(|r| **r == Role::MetricName) {
        *role = if has_code { Role::Note } else { Role::Metric };
    }
}

/// How many rows below the first a header is looked for: offices put a
/// title, a subtitle or the reporting office above the table.
pub(crate) const HEADER_SEARCH: usize = 10;

/// Whether a row names a metric and a value column: a header.
fn names_columns(row: &TableRow) -> bool {
    let roles: Vec<Role> = row
        .cells
        .iter()
        .map(|cell| cell.text().map_or(Role::Other, |t| role(&t)))
        .collect();
    roles
        .iter()
        .any(|r| matches!(r, Role::Metric | Role::MetricName))
        && roles.contains(&Role::Value)
}

/// Takes the header out of a table's rows, leaving the data rows: the first
/// row that is not blank, or, when that row names no metric and value
/// columns but one of the next few does, that one; the rows above it (a
/// title, as offices write above their tables) are reported (W0728) and not
/// read. `None` for a table without a row that is not blank.
pub fn take_header(file: &mut MeasureFile, rows: &mut Vec<TableRow>) -> Option<TableRow> {
    let first = rows
        .iter()
        .position(|r| !r.cells.iter().all(TableCell::is_blank))?;
    let header = if rows.get(first).is_some_and(names_columns) {
        first
    } else {
        rows.iter()
            .enumerate()
            .skip(first + 1)
            .take(HEADER_SEARCH)
            .find(|(_, r)| names_columns(r))
            .map_or(first, |(i, _)| i)
    };
    let above = rows
        .iter()
        .take(header)
        .filter(|r| !r.cells.iter().all(TableCell::is_blank))
        .count();
    if above > 0 {
        if let Some(title) = rows.get(first) {
            let text = title
                .cells
                .iter()
                .filter_map(TableCell::text)
                .collect::<Vec<_>>()
                .join(" ");
            file.diagnostics
                .push(title.place.report(TableProblem::RowsAboveHeader {
                    count: above,
                    first: text,
                }));
        }
    }
    let mut data = rows.split_off(header);
    let header_row = if data.is_empty() {
        None
    } else {
        Some(data.remove(0))
    };
    *rows = data;
    header_row
}

/// The kind of column of `role`, as a second one is reported.
fn column_kind(role: Role) -> ColumnKind {
    match role {
        Role::Unit => ColumnKind::ReportingUnit,
        Role::Metric => ColumnKind::Metric,
        Role::Value => ColumnKind::Value,
        Role::Period => ColumnKind::Period,
        Role::Measure => ColumnKind::UnitOfMeasure,
        Role::Note
        | Role::UnitOrMeasure
        | Role::MeasureOrUnit
        | Role::RowNumber
        | Role::MetricName
        | Role::Other => ColumnKind::Other,
    }
}

/// The columns of each role that is read, in the order of the header.
#[derive(Default)]
pub(crate) struct Columns {
    unit: Vec<usize>,
    /// Whether a placeholder in the reporting unit's column is told
    /// (W0751): not under `đơn vị` alone, whose dashes say a value has no
    /// unit of measure as often as that a row has no ward.
    tell_placeholders: bool,
    metric: Vec<usize>,
    value: Vec<usize>,
    period: Vec<usize>,
    measure: Vec<usize>,
}

impl Columns {
    fn of(&mut self, role: Role) -> Option<&mut Vec<usize>> {
        match role {
            Role::Unit => Some(&mut self.unit),
            Role::Metric => Some(&mut self.metric),
            Role::Value => Some(&mut self.value),
            Role::Period => Some(&mut self.period),
            Role::Measure => Some(&mut self.measure),
            Role::Note
            | Role::UnitOrMeasure
            | Role::MeasureOrUnit
            | Role::RowNumber
            | Role::MetricName
            | Role::Other => None,
        }
    }
}

/// Adds the readings of a table to `file`, reporting what cannot be used.
/// In a `comma_separated` file, a number split by the commas is looked for
/// (see `split_number`).
pub fn add_readings(
    file: &mut MeasureFile,
    header: Vec<TableCell>,
    mut rows: Vec<TableRow>,
    comma_separated: bool,
) {
    let header = Header::new(header, comma_separated);
    // Before anything is read from the rows: the fields after a split
    // number stand under their own columns only once its parts are out.
    for row in &mut rows {
        header.prepare(row);
    }
    let mut votes = header.votes();
    for row in &rows {
        votes.see(row);
    }
    let mut reader = header.reader(file, votes, Names::default());
    // A row gives one reading as a rule: room made once, rather than a
    // vector doubled past the rows' count (a long file's readings are most
    // of what the general path holds).
    reader.make_room(file, rows.len());
    for row in rows {
        reader.row(file, row);
    }
}

/// A table's header, read: what each column is for, before the columns
/// headed `unit` or `đơn vị` alone are decided by their values.
pub(crate) struct Header {
    cells: Vec<TableCell>,
    roles: Vec<Role>,
    /// The columns up to the last one with a name: trailing separators
    /// leave columns without one, not worth a warning, but data found under
    /// them is (it lies beyond the named columns).
    named: usize,
    comma_separated: bool,
}

impl Header {
    pub(crate) fn new(cells: Vec<TableCell>, comma_separated: bool) -> Self {
        let mut roles: Vec<Role> = cells
            .iter()
            .map(|cell| cell.text().map_or(Role::Other, |t| role(&t)))
            .collect();
        settle_metric_names(&mut roles);
        let named = cells
            .iter()
            .rposition(|c| c.text().is_some())
            .map_or(0, |i| i + 1);
        Header {
            cells,
            roles,
            named,
            comma_separated,
        }
    }

    /// Makes a data row ready to be looked at: in a comma-separated file, a
    /// number split by the commas is refused where it stands.
    pub(crate) fn prepare(&self, row: &mut TableRow) {
        if self.comma_separated {
            split_number::refuse_splits(std::slice::from_mut(row), &self.roles, self.named);
        }
    }

    /// Whether a column waits on its values to be decided (see
    /// `unit_column`): the rows are then looked at before any is read.
    pub(crate) fn waits_on_values(&self) -> bool {
        unit_column::waits(&self.roles)
    }

    /// The count of what the rows' values say of the columns that wait on
    /// them, to be given every row ([`unit_column::Votes::see`]).
    pub(crate) fn votes(&self) -> unit_column::Votes {
        unit_column::Votes::new(&self.roles)
    }

    /// The columns decided by `votes` (reported when they cannot be): how
    /// each row is read, its names kept by `names`.
    pub(crate) fn reader(
        mut self,
        file: &mut MeasureFile,
        votes: unit_column::Votes,
        names: Names,
    ) -> RowReader {
        let headed_don_vi: Vec<bool> = self
            .roles
            .iter()
            .map(|r| *r == Role::MeasureOrUnit)
            .collect();
        if !votes.decide(file, &self.cells, &mut self.roles) {
            return RowReader::Count { blank_too: false };
        }
        let header = &self.cells;
        let mut columns = Columns {
            tell_placeholders: self
                .roles
                .iter()
                .zip(&headed_don_vi)
                .all(|(role, don_vi)| *role != Role::Unit || !don_vi),
            ..Columns::default()
        };
        for (index, (cell, role)) in header.iter().zip(&self.roles).enumerate() {
            let Some(list) = columns.of(*role) else {
                continue;
            };
            if let Some(first) = list.first().and_then(|f| header.get(*f)) {
                file.diagnostics
                    .push(cell.place.report(TableProblem::SecondColumn {
                        kind: column_kind(*role),
                        name: cell.text().unwrap_or_default(),
                        first: first.text().unwrap_or_default(),
                    }));
            }
            list.push(index);
        }
        let (Some(&metric_col), Some(&value_col)) = (columns.metric.first(), columns.value.first())
        else {
            let place = header
                .first()
                .map_or_else(|| Place::span(file.source.point(0)), |c| c.place.clone());
            file.diagnostics
                .push(place.report(TableProblem::NoMetricValueColumns));
            return RowReader::Count { blank_too: true };
        };
        for (cell, role) in header.iter().zip(&self.roles).take(self.named) {
            if *role == Role::Other {
                let Some(name) = cell.text() else { continue };
                file.diagnostics
                    .push(cell.place.report(TableProblem::ColumnNotUsed { name }));
            }
        }
        RowReader::Read {
            needed: metric_col.max(value_col) + 1,
            value_col,
            columns,
            header: self,
            names,
        }
    }
}

/// How a table's data rows are read, once its header is.
#[allow(
    clippy::large_enum_variant,
    reason = "one a table, never moved row by row"
)]
pub(crate) enum RowReader {
    Read {
        header: Header,
        columns: Columns,
        /// The fields a row needs: up to its metric and value.
        needed: usize,
        value_col: usize,
        names: Names,
    },
    /// The rows are not read (the header names no metric and value, or a
    /// column could not be decided), only counted: every row, or those
    /// that are not blank (`blank_too` false).
    Count { blank_too: bool },
}

impl RowReader {
    /// [`Header::prepare`], for rows that are read.
    pub(crate) fn prepare(&self, row: &mut TableRow) {
        if let RowReader::Read { header, .. } = self {
            header.prepare(row);
        }
    }

    /// Makes room for the readings of `rows` rows, if they are read.
    pub(crate) fn make_room(&self, file: &mut MeasureFile, rows: usize) {
        if let RowReader::Read { .. } = self {
            file.readings.reserve(rows);
        }
    }

    /// Reads one data row (made ready by [`Header::prepare`]) into `file`,
    /// whose diagnostics stay within what it keeps.
    pub(crate) fn row(&mut self, file: &mut MeasureFile, row: TableRow) {
        self.read_row(file, row);
        file.bound_diagnostics();
    }

    fn read_row(&mut self, file: &mut MeasureFile, mut row: TableRow) {
        let (header, columns, needed, value_col, names) = match self {
            RowReader::Read {
                header,
                columns,
                needed,
                value_col,
                names,
            } => (&*header, &*columns, *needed, *value_col, names),
            RowReader::Count { blank_too } => {
                if *blank_too || !row.cells.iter().all(TableCell::is_blank) {
                    file.rows += 1;
                }
                return;
            }
        };
        if row.cells.iter().all(TableCell::is_blank) {
            return;
        }
        file.rows += 1;
        if row.cells.len() < needed {
            file.diagnostics
                .push(row.place.report(TableProblem::TooFewFields {
                    fields: row.cells.len(),
                    header: header.cells.len(),
                }));
            return;
        }
        if let Some((index, cell)) = row
            .cells
            .iter()
            .enumerate()
            .skip(header.named)
            .find(|(_, c)| c.has_text())
        {
            // A number split by the commas, in a row not read, is still
            // reported.
            if let Some(Raw::Refused(split)) = row.cells.get(value_col).map(|c| &c.raw) {
                file.diagnostics.push((**split).clone());
            }
            file.diagnostics
                .push(cell.place.report(TableProblem::BeyondHeader {
                    field: index + 1,
                    columns: header.named,
                }));
            return;
        }
        read_row(file, &mut row, columns, names);
    }
}

/// How many metrics' names a thread keeps from file to file.
const KEPT_METRICS: usize = 4096;

thread_local! {
    static METRICS: std::cell::RefCell<rustc_hash::FxHashSet<Name>> =
        std::cell::RefCell::new(Default::default());
}

/// The names a table's rows give (units, metrics), each kept once where
/// that pays: a name like the row before's is that row's (a unit's rows
/// together, a metric's in a file sorted by metric); a long table
/// ([`Names::shared`]) also keeps every name it met, since it names a unit
/// on several rows spread apart.
#[derive(Default)]
pub(crate) struct Names {
    last_unit: Option<Name>,
    last_metric: Option<Name>,
    met: Option<rustc_hash::FxHashSet<Name>>,
}

impl Names {
    /// Names that keep every name met.
    pub(crate) fn shared() -> Self {
        Names {
            met: Some(Default::default()),
            ..Names::default()
        }
    }

    fn unit(&mut self, text: String) -> Name {
        Self::name(&mut self.last_unit, &mut self.met, text)
    }

    /// A metric's name: the plan's few metrics are named in every file of
    /// a batch, so each thread keeps those it met (up to
    /// [`KEPT_METRICS`]), and a file of one unit allocates none.
    fn metric(&mut self, text: String) -> Name {
        if let Some(name) = self.last_metric.as_ref().filter(|name| ***name == *text) {
            return Name::clone(name);
        }
        let kept = METRICS.with(|kept| {
            let kept = kept.try_borrow().ok()?;
            kept.get(text.as_str()).cloned()
        });
        let name = match kept {
            Some(name) => name,
            None => {
                let name = Self::name(&mut self.last_metric, &mut self.met, text);
                METRICS.with(|kept| {
                    if let Ok(mut kept) = kept.try_borrow_mut() {
                        if kept.len() < KEPT_METRICS {
                            kept.insert(Name::clone(&name));
                        }
                    }
                });
                name
            }
        };
        self.last_metric = Some(Name::clone(&name));
        name
    }

    /// `text` as a name: the one before, one met, or a new one.
    fn name(
        last: &mut Option<Name>,
        met: &mut Option<rustc_hash::FxHashSet<Name>>,
        text: String,
    ) -> Name {
        if let Some(name) = last.as_ref().filter(|name| ***name == *text) {
            return Name::clone(name);
        }
        let name = match met {
            Some(met) => match met.get(text.as_str()) {
                Some(name) => Name::clone(name),
                None => {
                    let name = Name::from(text);
                    met.insert(Name::clone(&name));
                    name
                }
            },
            None => Name::from(text),
        };
        *last = Some(Name::clone(&name));
        name
    }
}

/// The readings of one row: each role's cell, and where a role has two
/// columns, what they say together.
fn read_row(file: &mut MeasureFile, row: &mut TableRow, columns: &Columns, names: &mut Names) {
    let Some(metric) = one_text(file, row, &columns.metric, RowPart::Metric) else {
        return;
    };
    // An empty cell is the file's unit's by design; a placeholder written
    // where a name was due (a dash, `x`, `n/a`) is said (W0751), then read
    // the same way.
    let placeholder = columns
        .unit
        .iter()
        .filter(|_| columns.tell_placeholders)
        .filter_map(|c| row.cells.get(*c))
        .find(|c| names_placeholder(c.written()))
        .map(|c| (c.written().trim().to_string(), c.place.clone()));
    let Some(unit) = one_text(file, row, &columns.unit, RowPart::ReportingUnit) else {
        return;
    };
    if let (Some((text, place)), true) = (
        placeholder,
        unit.as_ref().is_none_or(|(t, _)| names_nothing(t)),
    ) {
        file.diagnostics
            .push(place.report(TableProblem::UnitNamesNone { text }));
    }
    dated_periods(row, &columns.period);
    let Some(period) = one_text(file, row, &columns.period, RowPart::Period) else {
        return;
    };
    let Some((metric, metric_place)) = metric else {
        file.diagnostics
            .push(row.place.report(TableProblem::NoMetricName));
        return;
    };
    let damaged = damaged_name(RowPart::Metric, &metric, &metric_place).or_else(|| {
        let (name, place) = unit.as_ref()?;
        damaged_name(RowPart::ReportingUnit, name, place)
    });
    if let Some(diagnostic) = damaged {
        file.diagnostics.push(diagnostic);
        return;
    }
    let unit = unit
        .filter(|(t, _)| !names_nothing(t))
        .map(|(t, _)| match super::value::nfc(&t) {
            std::borrow::Cow::Borrowed(_) => names.unit(t),
            std::borrow::Cow::Owned(normal) => names.unit(normal),
        });
    let metric = names.metric(metric);
    let measure_of = |row: &TableRow, column: Option<&usize>| {
        column
            .and_then(|m| row.cells.get(*m))
            .and_then(|c| Some((c.text()?, c.place.clone())))
    };
    // The usual table: one value column, one unit of measure at most; the
    // row's texts are moved into its reading.
    if let ([value], [] | [_]) = (columns.value.as_slice(), columns.measure.as_slice()) {
        let measure = measure_of(row, columns.measure.first());
        let Some(cell) = row.cells.get_mut(*value) else {
            return;
        };
        let reading = Reading {
            unit,
            metric,
            metric_place,
            value: std::mem::replace(&mut cell.raw, Raw::Empty),
            value_place: cell.place.clone(),
            period: period.map(Box::new),
            measure: measure.map(Box::new),
        };
        file.readings.push(reading);
        return;
    }
    // Every reading the row can mean is read: the evaluator uses one if
    // they agree and refuses them all if they do not, as it does for a
    // metric given on two rows.
    let measures = distinct(row, &columns.measure, |a, b| match (a.text(), b.text()) {
        (Some(a), Some(b)) => fold(&a) == fold(&b),
        (a, b) => a == b,
    });
    let values = distinct(row, &columns.value, |a, b| {
        a.raw == b.raw || a.text() == b.text()
    });
    for value in values.iter().filter_map(|v| row.cells.get(*v)) {
        for measure in measures
            .iter()
            .map(Some)
            .chain(measures.is_empty().then_some(None))
        {
            let reading = Reading {
                unit: unit.clone(),
                metric: metric.clone(),
                metric_place: metric_place.clone(),
                value: value.raw.clone(),
                value_place: value.place.clone(),
                period: period.clone().map(Box::new),
                measure: measure_of(row, measure).map(Box::new),
            };
            file.readings.push(reading);
        }
    }
}

/// A name that holds a control character (NUL, ESC): no plan names a
/// metric so, and no form writes one; the file is damaged there, and it is
/// said so at the name, not blamed on the plan (W0747). A line break or a
/// tab is layout a quoted name may hold (`"Phường⏎Hai"`), not damage.
pub(crate) fn damaged_name(part: RowPart, name: &str, place: &Place) -> Option<Diagnostic> {
    let first = name.chars().find(|&c| damages(c))?;
    Some(place.report(TableProblem::DamagedName {
        part,
        name: name.to_string(),
        first,
    }))
}

/// Whether `c` in a name says the file is damaged (see [`damaged_name`]).
pub(crate) fn damages(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// The text of a role's cell in `row` (the row's `part`), from the first of
/// its columns that has one: `Some(None)` when none has, `None` (reported)
/// when two columns name different things.
/// A spreadsheet turns a period typed `08/2026` into a date (the 1st of the
/// month, shown `mm/yyyy`): a period cell holding a date is read as its
/// month when it is a 1st, else as that one day, never dropped.
fn dated_periods(row: &mut TableRow, columns: &[usize]) {
    use chrono::Datelike;
    for &c in columns {
        let Some(cell) = row.cells.get_mut(c) else {
            continue;
        };
        if let Raw::Date(date) = cell.raw {
            let text = match date.day() {
                1 => format!("{:04}-{:02}", date.year(), date.month()),
                _ => format!("{date}..{date}"),
            };
            cell.raw = Raw::Text(text);
        }
    }
}

fn one_text(
    file: &mut MeasureFile,
    row: &mut TableRow,
    columns: &[usize],
    part: RowPart,
) -> Option<Option<(String, Place)>> {
    let mut take = |c: usize| {
        row.cells
            .get_mut(c)
            .and_then(|c| Some((c.take_text()?, c.place.clone())))
    };
    let Some((first, rest)) = columns.split_first() else {
        return Some(None);
    };
    let mut found = take(*first);
    for column in rest {
        let Some((text, place)) = take(*column) else {
            continue;
        };
        match &found {
            None => found = Some((text, place)),
            Some((before, _)) if super::value::nfc(before) == super::value::nfc(&text) => {}
            Some((before, _)) => {
                file.diagnostics
                    .push(place.report(TableProblem::RowNamesTwo {
                        part,
                        first: before.clone(),
                        second: text,
                    }));
                return None;
            }
        }
    }
    Some(found)
}

/// The columns among `columns` whose cells in `row` say different things
/// (by `same`), blank ones left out unless all are: one column in the usual
/// table.
fn distinct(
    row: &TableRow,
    columns: &[usize],
    same: impl Fn(&TableCell, &TableCell) -> bool,
) -> Vec<usize> {
    let cell = |c: &usize| row.cells.get(*c);
    let mut kept: Vec<usize> = Vec::with_capacity(1);
    for column in columns {
        let Some(this) = cell(column) else { continue };
        if this.is_blank() {
            continue;
        }
        if !kept.iter().filter_map(cell).any(|k| same(k, this)) {
            kept.push(*column);
        }
    }
    if kept.is_empty() {
        kept.extend(columns.first());
    }
    kept
}
