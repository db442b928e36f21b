//! CSV for Excel: one row per unit and target, and one row for a unit whose
//! input could not be used (its `status` is `unreadable` or `no_data`, its
//! `note` says why). Text that Excel would take for a formula (starting
//! with `=`, `+`, `-`, `@`) is neutralised; numbers stay numbers.

use crate::check::model::Scoring;
use crate::eval::result::UnitResult;
use crate::i18n::Lang;
use crate::measure::value::Value;

const HEADER: [&str; 16] = [
    "unit",
    "section",
    "target",
    "metric",
    "label",
    "owner",
    "status",
    "expected",
    "actual",
    "points",
    "max_points",
    "note",
    "period",
    "scoring",
    "received",
    // The co-ordinating owners' keys, `;` between them; `owner` is the lead.
    "co_owners",
];

/// With a last column, `grade`, when the plan grades its units: the unit's
/// grade on each of its rows (empty when none holds).
pub fn render(units: &[UnitResult]) -> String {
    super::sink::collect(|out| write(units, out))
}

/// As [`render`], written row by row (see [`CsvSink`]).
pub fn write(units: &[UnitResult], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::sink::write_all(&mut CsvSink::new(out), units)
}

/// The CSV report, one unit's rows at a time (through the csv writer's own
/// small buffer).
pub struct CsvSink<'a> {
    writer: csv::Writer<&'a mut dyn std::io::Write>,
    /// Whether the header is written; the first unit tells whether the
    /// plan grades its units (every unit has a grade then, or none does).
    header: bool,
    graded: bool,
}

impl<'a> CsvSink<'a> {
    pub fn new(out: &'a mut dyn std::io::Write) -> Self {
        CsvSink {
            writer: csv::WriterBuilder::new().from_writer(out),
            header: false,
            graded: false,
        }
    }

    fn header(&mut self, graded: bool) -> std::io::Result<()> {
        if !self.header {
            self.header = true;
            self.graded = graded;
            self.writer
                .write_record(HEADER.iter().chain(graded.then_some(&"grade")))?;
        }
        Ok(())
    }
}

impl super::sink::UnitSink for CsvSink<'_> {
    fn unit(&mut self, unit: &UnitResult) -> std::io::Result<()> {
        self.header(unit.grade.graded())?;
        let grade = self.graded.then(|| text(unit.grade.name().unwrap_or("")));
        if let Some(problem) = &unit.input {
            // One row for a unit not scored: its input's status and why.
            let empty = String::new;
            let record = [
                text(&unit.unit),
                empty(),
                empty(),
                empty(),
                empty(),
                empty(),
                problem.status.as_str().to_string(),
                empty(),
                empty(),
                empty(),
                empty(),
                text(&problem.reason(Lang::En)),
                empty(),
                empty(),
                empty(),
                empty(),
            ];
            self.writer.write_record(record.iter().chain(&grade))?;
            return Ok(());
        }
        for r in &unit.results {
            let actual = match &r.actual {
                Some(Value::Number(n)) => n.normalize().to_string(),
                Some(Value::Date(d)) => d.to_string(),
                Some(Value::Bool(b)) => b.to_string(),
                None => String::new(),
            };
            let record = [
                text(&unit.unit),
                text(r.section.as_deref().unwrap_or("")),
                text(&r.target),
                text(&r.metric),
                text(r.label.as_deref().unwrap_or("")),
                text(r.owner.as_deref().unwrap_or("")),
                r.status.as_str().to_string(),
                text(&r.expected),
                actual,
                r.points.written().to_string(),
                r.max_points.written().to_string(),
                text(
                    &r.note
                        .as_ref()
                        .map(|n| n.text(Lang::En))
                        .unwrap_or_default(),
                ),
                text(unit.period.as_deref().unwrap_or("")),
                r.scoring.as_deref().map(Scoring::text).unwrap_or_default(),
                r.received
                    .as_deref()
                    .map(|received| received.points.written().to_string())
                    .unwrap_or_default(),
                text(&super::owners::co_owners_field(r)),
            ];
            self.writer.write_record(record.iter().chain(&grade))?;
        }
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.header(false)?;
        self.writer.flush()
    }
}

/// A text cell that cannot be taken for a formula, its characters that
/// would act (ESC, NUL, U+202E) replaced (see [`crate::printable`]).
pub fn text(value: &str) -> String {
    let value = crate::printable::printable(value);
    if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.into_owned()
    }
}
