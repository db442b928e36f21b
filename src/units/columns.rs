//! The columns of a units register, found by their header however an office
//! typed it (`Đơn vị`, `DON_VI`, `unit`), folded as measurement headers are.

use crate::measure::fold::fold;

/// What a column of the register holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Unit,
    Parent,
    Level,
    Tags,
}

impl Column {
    /// The column a header names, if it names one.
    pub fn of(header: &str) -> Option<Column> {
        match fold(header).as_str() {
            "unit" | "donvi" | "tendonvi" | "madonvi" => Some(Column::Unit),
            "parent" | "donvicha" | "captren" | "donvicaptren" => Some(Column::Parent),
            "level" | "cap" | "capdonvi" => Some(Column::Level),
            "tags" | "tag" | "nhan" => Some(Column::Tags),
            _ => None,
        }
    }

    /// The English name of a required column.
    pub fn name(self) -> &'static str {
        match self {
            Column::Unit => "unit",
            Column::Parent => "parent",
            Column::Level => "level",
            Column::Tags => "tags",
        }
    }
}

/// Where each column stands in a row, by the header's cells.
#[derive(Debug, Default, Clone, Copy)]
pub struct Columns {
    /// The number of the header's cells.
    pub width: usize,
    pub unit: Option<usize>,
    pub parent: Option<usize>,
    pub level: Option<usize>,
    pub tags: Option<usize>,
}

impl Columns {
    /// The place of `column`, set once: a second header for it is unknown.
    pub fn set(&mut self, column: Column, at: usize) -> bool {
        let slot = match column {
            Column::Unit => &mut self.unit,
            Column::Parent => &mut self.parent,
            Column::Level => &mut self.level,
            Column::Tags => &mut self.tags,
        };
        if slot.is_some() {
            return false;
        }
        *slot = Some(at);
        true
    }
}

/// The tags of a cell: names separated by `;` or `,`, trimmed, empty ones
/// dropped, each once (as a plan compares them), in the order written,
/// added to `tags`; the first tag written again, if any.
pub fn tags(cell: &str, tags: &mut Vec<String>) -> Option<String> {
    let mut again = None;
    for tag in cell.split([';', ',']) {
        let tag = crate::measure::value::nfc(tag.trim()).into_owned();
        if tag.is_empty() {
            continue;
        }
        if tags.iter().any(|t| super::same_name(t, &tag)) {
            again.get_or_insert(tag);
        } else {
            tags.push(tag);
        }
    }
    again
}
