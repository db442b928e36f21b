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
pub mod sink;
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
