//! What can be wrong with a units register (family 9): each kind with its
//! arguments, its words in English and Vietnamese side by side.

use crate::diagnostic::{Code, Describe, Problem};
use crate::i18n::{quoted, Lang};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitsProblem {
    /// The file cannot be opened, is too large or is not UTF-8 text: the
    /// system's words or ours.
    Unreadable {
        path: String,
        error: String,
    },
    /// A required column is not in the header: its English name.
    MissingColumn {
        column: &'static str,
    },
    /// A row whose unit cell is empty.
    EmptyUnit,
    /// A unit named on an earlier line again (`line`, 1-based).
    DuplicateUnit {
        unit: String,
        line: u64,
    },
    /// A parent that is no unit of the register; the closest name, if any.
    UnknownParent {
        unit: String,
        parent: String,
        suggestion: Option<String>,
    },
    SelfParent {
        unit: String,
    },
    /// Units whose parents lead back to them, in the order of the register.
    Cycle {
        units: Vec<String>,
    },
    /// A column chitieu does not read, or one read already (`twice`): it
    /// is passed over.
    UnknownColumn {
        header: String,
        twice: bool,
    },
    /// The file is larger than the register read at most (bytes).
    TooLarge {
        path: String,
        size: usize,
        limit: usize,
    },
    /// The bytes are not text: the first that cannot start a character,
    /// when it is UTF-8 that went wrong.
    NotText {
        byte: Option<u8>,
    },
}

impl Describe for UnitsProblem {
    fn code(&self) -> Code {
        match self {
            UnitsProblem::Unreadable { .. }
            | UnitsProblem::NotText { .. }
            | UnitsProblem::TooLarge { .. } => Code::RegisterUnreadable,
            UnitsProblem::MissingColumn { .. } => Code::RegisterMissingColumn,
            UnitsProblem::EmptyUnit => Code::RegisterEmptyUnit,
            UnitsProblem::DuplicateUnit { .. } => Code::RegisterDuplicateUnit,
            UnitsProblem::UnknownParent { .. } => Code::RegisterUnknownParent,
            UnitsProblem::SelfParent { .. } => Code::RegisterSelfParent,
            UnitsProblem::Cycle { .. } => Code::RegisterCycle,
            UnitsProblem::UnknownColumn { .. } => Code::RegisterUnknownColumn,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (UnitsProblem::Unreadable { path, error }, En) => {
                format!("the units register `{path}` cannot be read: {error}")
            }
            (UnitsProblem::Unreadable { path, error }, Vi) => format!(
                "không đọc được danh mục đơn vị `{path}`: {}",
                lang.system_message(error)
            ),
            (UnitsProblem::MissingColumn { column }, En) => {
                format!("the units register has no `{column}` column")
            }
            (UnitsProblem::MissingColumn { column }, Vi) => {
                format!("danh mục đơn vị không có cột `{}`", vi_column(column))
            }
            (UnitsProblem::EmptyUnit, En) => "a row of the units register names no unit".into(),
            (UnitsProblem::EmptyUnit, Vi) => {
                "một dòng của danh mục đơn vị không ghi tên đơn vị".into()
            }
            (UnitsProblem::DuplicateUnit { unit, line }, En) => {
                format!("`{unit}` is already in the register, on line {line}")
            }
            (UnitsProblem::DuplicateUnit { unit, line }, Vi) => {
                format!("`{unit}` đã có trong danh mục, ở dòng {line}")
            }
            (UnitsProblem::UnknownParent { unit, parent, .. }, En) => {
                format!("the parent of `{unit}`, `{parent}`, is no unit of the register")
            }
            (UnitsProblem::UnknownParent { unit, parent, .. }, Vi) => {
                format!("đơn vị cấp trên của `{unit}` là `{parent}`, không có trong danh mục")
            }
            (UnitsProblem::SelfParent { unit }, En) => format!("`{unit}` is its own parent"),
            (UnitsProblem::SelfParent { unit }, Vi) => {
                format!("`{unit}` là đơn vị cấp trên của chính nó")
            }
            (UnitsProblem::Cycle { units }, En) => format!(
                "these units are each other's parents, in a cycle: {}",
                quoted(units)
            ),
            (UnitsProblem::Cycle { units }, Vi) => format!(
                "các đơn vị này là cấp trên của nhau, thành vòng: {}",
                quoted(units)
            ),
            (UnitsProblem::UnknownColumn { header, twice }, En) => match twice {
                false => format!("the column `{header}` is not read"),
                true => format!("the column `{header}` is given a second time and not read"),
            },
            (UnitsProblem::UnknownColumn { header, twice }, Vi) => match twice {
                false => format!("cột `{header}` không được đọc"),
                true => format!("cột `{header}` ghi lần thứ hai, không được đọc"),
            },
            (UnitsProblem::TooLarge { path, size, limit }, En) => format!(
                "the units register `{path}` holds {} bytes, more than the {} read",
                lang.count(*size),
                lang.count(*limit)
            ),
            (UnitsProblem::TooLarge { path, size, limit }, Vi) => format!(
                "danh mục đơn vị `{path}` có {} byte, nhiều hơn mức {} được đọc",
                lang.count(*size),
                lang.count(*limit)
            ),
            (UnitsProblem::NotText { byte }, _) => {
                let byte = byte.map(|b| format!("0x{b:02X}")).unwrap_or_default();
                match (lang, byte.is_empty()) {
                    (En, false) => format!("the units register is not UTF-8 text: byte {byte} cannot start a character"),
                    (En, true) => "the units register is not text: its UTF-16 is broken".into(),
                    (Vi, false) => format!("danh mục đơn vị không phải văn bản UTF-8: byte {byte} không mở đầu một ký tự được"),
                    (Vi, true) => "danh mục đơn vị không phải văn bản: mã UTF-16 của nó bị hỏng".into(),
                }
            }
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        match self {
            UnitsProblem::Unreadable { .. }
            | UnitsProblem::EmptyUnit
            | UnitsProblem::TooLarge { .. } => None,
            UnitsProblem::NotText { .. } => Some(lang.pick(
                "save it as CSV UTF-8 (Excel: Save As, CSV UTF-8)",
                "lưu lại dạng CSV UTF-8 (Excel: Lưu thành, CSV UTF-8)",
            )),
            UnitsProblem::SelfParent { .. } => Some(lang.pick(
                "it is used without a parent; write its real parent, or leave the cell empty",
                "nó được dùng như không có cấp trên; hãy ghi đúng cấp trên, hoặc để trống ô",
            )),
            UnitsProblem::MissingColumn { .. } => Some(lang.pick(
                "the header names the columns `unit`, `parent`, `level` and, if wanted, `tags` (or `đơn vị`, `cấp trên`, `cấp`, `nhãn`)",
                "dòng tiêu đề ghi các cột `đơn vị`, `cấp trên`, `cấp` và, nếu cần, `nhãn` (hoặc `unit`, `parent`, `level`, `tags`)",
            )),
            UnitsProblem::DuplicateUnit { .. } => Some(lang.pick(
                "the first row is used; remove the other, or name the units apart",
                "dòng đầu tiên được dùng; xoá dòng kia, hoặc đặt tên các đơn vị khác nhau",
            )),
            UnitsProblem::UnknownParent { suggestion, .. } => Some(match suggestion {
                Some(name) => crate::syntax::problem::did_you_mean(lang, name),
                None => lang.pick(
                    "add the parent as a unit of its own, or leave the cell empty for a unit at the top",
                    "thêm đơn vị cấp trên thành một dòng riêng, hoặc để trống ô với đơn vị cao nhất",
                ),
            }),
            UnitsProblem::Cycle { .. } => Some(lang.pick(
                "these units are used without a parent; write each one's real parent",
                "các đơn vị này được dùng như không có cấp trên; hãy ghi đúng cấp trên của từng đơn vị",
            )),
            UnitsProblem::UnknownColumn { .. } => Some(lang.pick(
                "the register reads `unit`, `parent`, `level` and `tags`",
                "danh mục đọc các cột `đơn vị`, `cấp trên`, `cấp` và `nhãn`",
            )),
        }
    }
}

/// A required column's Vietnamese header.
fn vi_column(column: &str) -> &'static str {
    match column {
        "unit" => "đơn vị",
        "parent" => "cấp trên",
        _ => "cấp",
    }
}

impl From<UnitsProblem> for Problem {
    fn from(p: UnitsProblem) -> Self {
        Problem::Units(p)
    }
}
