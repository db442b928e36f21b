//! Where a report goes: every writer writes unit by unit into an
//! `io::Write` (standard output, or the atomic `--output` file), so that
//! memory holds one unit's text at a time, not the whole batch's.

use crate::eval::result::UnitResult;

/// What `write` writes, as one string: for tests and fuzzing, which compare
/// whole reports. Every writer writes UTF-8, and writing into a `Vec`
/// cannot fail.
pub fn collect(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let mut bytes = Vec::new();
    let _ = write(&mut bytes);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A report that takes the units one at a time, in order, writing each as
/// it comes; batch-level parts (a header, closing lines) from what it keeps
/// between units, never the units themselves.
pub trait UnitSink {
    /// Writes one unit.
    fn unit(&mut self, unit: &UnitResult) -> std::io::Result<()>;
    /// Writes what follows the last unit (also when there was none).
    fn finish(&mut self) -> std::io::Result<()>;
}

/// Every unit of `units` into `sink`, then its end.
pub fn write_all(sink: &mut dyn UnitSink, units: &[UnitResult]) -> std::io::Result<()> {
    for unit in units {
        sink.unit(unit)?;
    }
    sink.finish()
}
