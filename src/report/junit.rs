//! JUnit XML for CI dashboards: one test suite per unit, one test case per
//! target. Failures and missing values fail; unusable values are errors; not
//! applicable targets are skipped, and so are targets only tracked whose
//! value is missing or unusable (it fails nothing). A unit whose input could not be used has
//! one test case, its input, in error.

use std::fmt::Write;

use super::format::{points_text, value_text};
use super::rule::{expected_text, notes};
use crate::eval::result::{Status, UnitResult};
use crate::i18n::Lang;

/// The whole report as one string (tests, fuzzing); the CLI writes it
/// with [`write`].
pub fn render(units: &[UnitResult]) -> String {
    super::sink::collect(|out| write(units, out))
}

/// Writes the report one test suite (unit) at a time (see [`JunitSink`]).
pub fn write(units: &[UnitResult], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::sink::write_all(&mut JunitSink::new(out), units)
}

/// JUnit XML, one test suite (unit) at a time: only one unit's XML is held.
pub struct JunitSink<'a> {
    out: &'a mut dyn std::io::Write,
    /// Whether the XML declaration and `<testsuites>` were written.
    started: bool,
    text: String,
}

impl<'a> JunitSink<'a> {
    pub fn new(out: &'a mut dyn std::io::Write) -> Self {
        JunitSink {
            out,
            started: false,
            text: String::new(),
        }
    }

    fn start(&mut self) -> std::io::Result<()> {
        if !self.started {
            self.started = true;
            self.out
                .write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n")?;
        }
        Ok(())
    }
}

impl super::sink::UnitSink for JunitSink<'_> {
    fn unit(&mut self, unit: &UnitResult) -> std::io::Result<()> {
        self.start()?;
        self.text.clear();
        suite(&mut self.text, unit);
        self.out.write_all(self.text.as_bytes())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.start()?;
        self.out.write_all(b"</testsuites>\n")
    }
}

/// One unit's test suite.
fn suite(out: &mut String, unit: &UnitResult) {
    if let Some(problem) = &unit.input {
        // A unit not scored is one test case in error: its input.
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n    \
             <testcase classname=\"input\" name=\"{}\">\n      \
             <error message=\"{}\" type=\"{}\"/>\n    </testcase>\n  </testsuite>",
            escape(&unit.unit),
            escape(&problem.file),
            escape(&problem.reason(Lang::En)),
            problem.status.as_str()
        );
        return;
    }
    let s = &unit.summary;
    let untracked = unit
        .results
        .iter()
        .filter(|r| r.status == Status::Tracked && r.note.is_some())
        .count();
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">",
        escape(&unit.unit),
        unit.results.len(),
        s.fail + s.missing,
        s.invalid,
        s.not_applicable + untracked + s.not_due as usize
    );
    let unknown = super::format::max_unknown(s, Lang::En);
    if unit.grade.graded() || unknown.is_some() {
        let _ = writeln!(out, "    <properties>");
        if unit.grade.graded() {
            let _ = writeln!(
                out,
                "      <property name=\"grade\" value=\"{}\"/>",
                escape(unit.grade.name().unwrap_or(""))
            );
        }
        // No percentage and no grade, and why.
        if let Some(why) = unknown {
            let _ = writeln!(
                out,
                "      <property name=\"no_percent\" value=\"{}\"/>",
                escape(&why)
            );
        }
        let _ = writeln!(out, "    </properties>");
    }
    for r in &unit.results {
        let name = match &r.label {
            Some(label) => format!("{}: {}", r.target, label),
            None => r.target.clone(),
        };
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\"",
            escape(r.section.as_deref().unwrap_or(&unit.unit)),
            escape(&name)
        );
        let actual = r.actual.as_ref().map_or_else(
            || "-".to_string(),
            |v| value_text(v, r.ty, &r.boundaries, Lang::En),
        );
        // A target without a condition expects nothing; how it scores is
        // said where it is not all or nothing.
        let expected = match expected_text(r, Lang::En).as_str() {
            "" => String::new(),
            written => format!("expected {written}, "),
        };
        let notes: String = notes(r, Lang::En).map(|n| format!(" ({n})")).collect();
        let detail = format!(
            "{expected}actual {}, {} / {} points{notes}",
            actual,
            points_text(&r.points, &r.max_points, Lang::En),
            points_text(&r.max_points, &r.max_points, Lang::En),
        );
        let element = match r.status {
            // A target that only scores has nothing to fail, nor one
            // only tracked that has its value.
            Status::Pass | Status::Scored => {
                out.push_str("/>\n");
                continue;
            }
            Status::Tracked if r.note.is_none() => {
                out.push_str("/>\n");
                continue;
            }
            Status::Fail | Status::Missing => "failure",
            Status::Invalid => "error",
            // A tracked value missing or unusable is shown, and fails
            // nothing: its note says why.
            // Not yet due: skipped, not failed.
            Status::NotApplicable | Status::Tracked | Status::NotDue => "skipped",
        };
        let _ = writeln!(
            out,
            ">\n      <{element} message=\"{}\" type=\"{}\"/>\n    </testcase>",
            escape(&detail),
            r.status.as_str()
        );
    }
    out.push_str("  </testsuite>\n");
}

/// Text made safe inside XML attributes; characters XML 1.0 forbids, and
/// those that would act where the text is shown (see
/// [`crate::printable`]), are replaced.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(' '),
            c if crate::printable::is_hidden(c) || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push('\u{FFFD}')
            }
            c => out.push(c),
        }
    }
    out
}
