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
    /// Units whose parents lead back to them, in the order of the register:
    /// the first few named, `more` the others.
    Cycle {
        units: Vec<String>,
        more: usize,
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
    /// A quote opened on `line` and closed on `last` (`closed`) or never:
    /// lines `line..=last` were read as one row, which is not read.
    UnclosedQuote {
        line: u64,
        last: u64,
        closed: bool,
    },
    /// A cell holding a control character (the first): the row is not read.
    DamagedCell {
        text: String,
        first: char,
    },
    /// A row with `fields` non-empty fields past the header's `header`;
    /// read as tags (`as_tags`: the tags are the last column) or not read.
    BeyondHeader {
        fields: usize,
        header: usize,
        as_tags: bool,
    },
    /// A tag written twice in one unit's tags (as a plan compares them).
    RepeatedTag {
        tag: String,
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
            UnitsProblem::UnclosedQuote { .. } => Code::RegisterUnclosedQuote,
            UnitsProblem::DamagedCell { .. } => Code::RegisterDamagedCell,
            UnitsProblem::BeyondHeader { .. } => Code::RegisterBeyondHeader,
            UnitsProblem::RepeatedTag { .. } => Code::RegisterRepeatedTag,
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
            (UnitsProblem::Cycle { units, more }, En) => format!(
                "these units are each other's parents, in a cycle: {}{}",
                quoted(units),
                match more {
                    0 => String::new(),
                    n => format!(" and {} more", lang.count(*n)),
                }
            ),
            (UnitsProblem::Cycle { units, more }, Vi) => format!(
                "các đơn vị này là cấp trên của nhau, thành vòng: {}{}",
                quoted(units),
                match more {
                    0 => String::new(),
                    n => format!(" và {} đơn vị khác", lang.count(*n)),
                }
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
            (UnitsProblem::UnclosedQuote { line, last, closed }, En) => match (closed, line == last) {
                (true, _) => format!("a quote opened on line {line} is not closed before line {last}: lines {line}–{last} were read as one row, and none of their units is in the register"),
                (false, true) => format!("a quote opened on line {line}, the register's last, is never closed: its unit is not in the register"),
                (false, false) => format!("a quote opened on line {line} is never closed: lines {line}–{last}, to the end of the register, were read as one row, and none of their units is in the register"),
            },
            (UnitsProblem::UnclosedQuote { line, last, closed }, Vi) => match (closed, line == last) {
                (true, _) => format!("dấu ngoặc kép mở ở dòng {line} chưa được đóng trước dòng {last}: các dòng {line}–{last} bị đọc thành một dòng, và không đơn vị nào của chúng có trong danh mục"),
                (false, true) => format!("dấu ngoặc kép mở ở dòng {line}, dòng cuối của danh mục, không được đóng: đơn vị của dòng này không có trong danh mục"),
                (false, false) => format!("dấu ngoặc kép mở ở dòng {line} không bao giờ được đóng: các dòng {line}–{last}, đến hết danh mục, bị đọc thành một dòng, và không đơn vị nào của chúng có trong danh mục"),
            },
            (UnitsProblem::DamagedCell { text, first }, _) => {
                let code = u32::from(*first);
                let text = crate::printable::printable(text);
                lang.pick(
                    &format!("the cell `{text}` holds a control character (U+{code:04X}): the register is damaged here, and its row is not read"),
                    &format!("ô `{text}` có ký tự điều khiển (U+{code:04X}): danh mục bị hỏng ở chỗ này, và dòng của nó không được đọc"),
                )
            }
            (UnitsProblem::BeyondHeader { fields, header, as_tags }, En) => match as_tags {
                true => format!("this row has {fields} more field(s) than the header's {header}: they are read as more tags"),
                false => format!("this row has {fields} more field(s) than the header's {header}: they are not read"),
            },
            (UnitsProblem::BeyondHeader { fields, header, as_tags }, Vi) => match as_tags {
                true => format!("dòng này có thêm {fields} trường ngoài {header} cột của dòng tiêu đề: chúng được đọc thành nhãn"),
                false => format!("dòng này có thêm {fields} trường ngoài {header} cột của dòng tiêu đề: chúng không được đọc"),
            },
            (UnitsProblem::RepeatedTag { tag }, En) => {
                format!("the tag `{tag}` is written twice for this unit: it is kept once")
            }
            (UnitsProblem::RepeatedTag { tag }, Vi) => {
                format!("nhãn `{tag}` được ghi hai lần cho đơn vị này: chỉ giữ một lần")
            }
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
            UnitsProblem::DamagedCell { .. } => Some(lang.pick(
                "retype the cell in the register",
                "gõ lại ô này trong danh mục",
            )),
            UnitsProblem::BeyondHeader { .. } => Some(lang.pick(
                "quote a cell that holds the file's separator: `\"du_lich;ven_bien\"`",
                "đặt trong ngoặc kép ô có chứa dấu phân cách của tệp: `\"du_lich;ven_bien\"`",
            )),
            UnitsProblem::RepeatedTag { .. } => Some(lang.pick("delete one", "xoá một lần")),
            UnitsProblem::UnclosedQuote { .. } => Some(lang.pick(
                "close the quote where the cell ends, or delete it: a cell is quoted only to hold the separator",
                "đóng dấu ngoặc kép ở cuối ô, hoặc xoá nó: chỉ cần đặt ô trong ngoặc kép khi ô chứa dấu phân cách",
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
