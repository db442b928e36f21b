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
pub mod owners;
pub mod rollup;
pub mod rule;
pub mod sink;
pub mod summary;
pub mod text;

pub use format::{percent_text, points_text, status_word, value_text, TotalBounds};

use crate::eval::result::UnitResult;

/// The widest a column of text reports (a target's id, its condition and
/// value, a unit's or owner's name) is padded to. A longer name takes the
/// room it needs and pushes the rest of its own line right; the others keep
/// their widths. Padding every line to the longest name would make one name
/// of a megabyte cost a megabyte a line, and Rust's formatter panics on a
/// width past 65,535.
pub(crate) const WIDEST_COLUMN: usize = 100;

/// The width of a column whose widest text is `widest` characters.
pub(crate) fn column_width(widest: usize) -> usize {
    widest.min(WIDEST_COLUMN)
}

/// Everything a report shows about one evaluation.
pub struct Report<'a> {
    pub plan_title: Option<&'a str>,
    pub units: &'a [UnitResult],
    /// The language of the words around the data.
    pub lang: crate::i18n::Lang,
    /// The plan's grades: their bounds are values a total is never shown on
    /// when it is not on them.
    pub grades: &'a [crate::check::model::Grade],
    /// How the batch's ranking (HTML) orders its units.
    pub rank_by: summary::RankBy,
    /// The plan's period: a unit evaluated for no other is evaluated for
    /// it (the HTML ranking shows each unit's where some unit's is not).
    pub period: Option<crate::eval::due::EvaluatedPeriod>,
}
