//! Phase 4, report: evaluation results for people (text, Markdown, HTML)
//! and machines (JSON Lines, JUnit XML, CSV). Every format escapes the text it
//! takes from plans and measurements.

mod columns;
pub mod csv_report;
mod format;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod summary;
pub mod text;

pub use format::{percent_text, points_text, status_word, value_text};

use crate::eval::result::UnitResult;

/// Everything a report shows about one evaluation.
pub struct Report<'a> {
    pub plan_title: Option<&'a str>,
    pub units: &'a [UnitResult],
    /// The language of the words around the data.
    pub lang: crate::i18n::Lang,
}

/// Writes a report so that readers never see half of it: into a temporary file
/// beside the target, then renamed over it.
pub fn write_atomic(path: &std::path::Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |out| out.write_all(contents))
}

/// [`write_atomic`] of what `write` writes, as it writes it: the report is
/// never held whole in memory.
pub fn write_atomic_with(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let file = tempfile::NamedTempFile::new_in(dir)?;
    let mut buffered = std::io::BufWriter::new(file);
    write(&mut buffered)?;
    let file = buffered.into_inner().map_err(|e| e.into_error())?;
    file.as_file().sync_all()?;
    file.persist(path).map(|_| ()).map_err(|e| e.error)
}
