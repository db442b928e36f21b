//! JSON documents and their objects of values.

use super::words::{json_reason, pick};
use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonProblem {
    /// serde_json could not read the document: why, and where (its 1-based
    /// line and column) when it says.
    Unreadable {
        reason: String,
        at: Option<(usize, usize)>,
    },
    /// The walk that keeps places could not read what serde_json did.
    WalkFailed,
    NotAnObject,
    /// A key beside `values` other than `unit` and `period`.
    FieldNotUsed {
        key: String,
    },
    ValuesNotAnObject,
    /// A `unit` that is a unit of measure (`name`): the values are the
    /// file's `unit`'s.
    UnitOfMeasure {
        name: String,
        unit: String,
    },
    /// A `unit` written as a dash, `x` or `n/a` (`text`): it names no unit,
    /// and the values are the file's unit's (`unit`), as a table's
    /// placeholder in its unit column (W0751).
    UnitNamesNone {
        text: String,
        unit: String,
    },
    /// `unit` or `period` given as something else than a string.
    NotAString {
        key: ShapeKey,
    },
    /// A key given twice in one object, and what that does.
    KeyTwice {
        key: String,
        then: Twice,
    },
    /// A value in an object that names two units or two periods.
    ValueOfConflict {
        conflict: Conflict,
    },
}

/// The keys of a `{"unit", "period", "values"}` object that say whose
/// values they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKey {
    Unit,
    Period,
}

impl ShapeKey {
    pub fn key(self) -> &'static str {
        match self {
            ShapeKey::Unit => "unit",
            ShapeKey::Period => "period",
        }
    }
}

/// What a key given twice does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Twice {
    /// Nothing: the same value, or a key that is read once.
    Same,
    /// A metric with two different values: the metric is invalid.
    Differs,
    /// `unit` or `period` with two different texts: the object's values
    /// are refused.
    Conflict(Conflict),
}

/// An object that names two units, or gives two periods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub key: ShapeKey,
    pub first: String,
    pub second: String,
}

impl Conflict {
    fn says(&self, lang: Lang) -> String {
        let Conflict { first, second, .. } = self;
        match (self.key, lang) {
            (ShapeKey::Unit, Lang::En) => {
                format!("the object names two units, `{first}` and `{second}`")
            }
            (ShapeKey::Unit, Lang::Vi) => {
                format!("đối tượng ghi hai đơn vị, `{first}` và `{second}`")
            }
            (ShapeKey::Period, Lang::En) => {
                format!("the object gives two periods, `{first}` and `{second}`")
            }
            (ShapeKey::Period, Lang::Vi) => {
                format!("đối tượng ghi hai kỳ báo cáo, `{first}` và `{second}`")
            }
        }
    }
}

impl Describe for JsonProblem {
    fn code(&self) -> Code {
        match self {
            JsonProblem::Unreadable { .. }
            | JsonProblem::WalkFailed
            | JsonProblem::NotAnObject
            | JsonProblem::ValuesNotAnObject => Code::MeasureUnreadable,
            JsonProblem::FieldNotUsed { .. } | JsonProblem::NotAString { .. } => Code::ExtraColumn,
            JsonProblem::UnitOfMeasure { .. } => Code::UnitOfMeasureNamesNoUnit,
            JsonProblem::UnitNamesNone { .. } => Code::UnitNamesNone,
            JsonProblem::KeyTwice { .. } | JsonProblem::ValueOfConflict { .. } => {
                Code::DuplicateColumn
            }
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            JsonProblem::Unreadable { reason, at } => {
                let reason = json_reason(reason, lang);
                match (at, lang) {
                    (None, Lang::En) => format!("the JSON cannot be read: {reason}"),
                    (None, Lang::Vi) => format!("không đọc được JSON: {reason}"),
                    (Some((line, column)), Lang::En) => {
                        format!("the JSON cannot be read: {reason} at line {line} column {column}")
                    }
                    (Some((line, column)), Lang::Vi) => {
                        format!("không đọc được JSON: {reason} tại dòng {line} cột {column}")
                    }
                }
            }
            JsonProblem::WalkFailed => lang.pick("the JSON cannot be read", "không đọc được JSON"),
            JsonProblem::NotAnObject => pick(
                (
                    "expected an object of metric values",
                    "cần một đối tượng gồm các giá trị chỉ số",
                ),
                lang,
            ),
            JsonProblem::FieldNotUsed { key } => match lang {
                Lang::En => format!("field `{key}` is not used"),
                Lang::Vi => format!("trường `{key}` không được dùng"),
            },
            JsonProblem::ValuesNotAnObject => pick(
                (
                    "`values` must be an object of metric values",
                    "`values` phải là một đối tượng gồm các giá trị chỉ số",
                ),
                lang,
            ),
            JsonProblem::UnitOfMeasure { name, unit } => match lang {
                Lang::En => format!(
                    "`{name}` is a unit of measure, not a reporting unit: the values are given to the file's unit `{unit}`"
                ),
                Lang::Vi => format!(
                    "`{name}` là đơn vị tính, không phải đơn vị báo cáo: các giá trị được gán cho đơn vị của tệp `{unit}`"
                ),
            },
            JsonProblem::UnitNamesNone { text, unit } => match lang {
                Lang::En => format!(
                    "the reporting unit `{text}` names no unit: the values are given to the file's unit `{unit}`"
                ),
                Lang::Vi => format!(
                    "đơn vị báo cáo `{text}` không nêu đơn vị nào: các giá trị được gán cho đơn vị của tệp `{unit}`"
                ),
            },
            JsonProblem::NotAString { key } => match lang {
                Lang::En => format!("`{}` is not a string and is not used", key.key()),
                Lang::Vi => format!("`{}` không phải chuỗi nên không được dùng", key.key()),
            },
            JsonProblem::KeyTwice { key, .. } => match lang {
                Lang::En => format!("key `{key}` is given twice in this object"),
                Lang::Vi => format!("khóa `{key}` xuất hiện hai lần trong đối tượng này"),
            },
            JsonProblem::ValueOfConflict { conflict } => match lang {
                Lang::En => format!("{}: this value is refused", conflict.says(lang)),
                Lang::Vi => format!("{}: giá trị này bị từ chối", conflict.says(lang)),
            },
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let words = match self {
            JsonProblem::FieldNotUsed { .. } | JsonProblem::NotAString { .. } => {
                ("field ignored", "trường bị bỏ qua")
            }
            JsonProblem::UnitOfMeasure { .. } => ("a unit of measure", "một đơn vị tính"),
            JsonProblem::UnitNamesNone { .. } => ("no unit", "không có đơn vị"),
            JsonProblem::KeyTwice { .. } => ("given again here", "báo cáo lại ở đây"),
            JsonProblem::ValueOfConflict { .. } => ("whose value?", "giá trị của ai?"),
            JsonProblem::Unreadable { .. }
            | JsonProblem::WalkFailed
            | JsonProblem::NotAnObject
            | JsonProblem::ValuesNotAnObject => return None,
        };
        Some(pick(words, lang))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let words = match self {
            JsonProblem::Unreadable { .. } | JsonProblem::WalkFailed => (
                "check the file with a JSON validator",
                "kiểm tra tệp bằng một công cụ kiểm tra JSON",
            ),
            JsonProblem::NotAnObject => (
                "write `{\"metric\": value, ...}` or `{\"unit\": ..., \"values\": {...}}`",
                "viết `{\"metric\": value, ...}` hoặc `{\"unit\": ..., \"values\": {...}}`",
            ),
            JsonProblem::FieldNotUsed { .. } => (
                "beside `values`, chitieu reads `unit` and `period`",
                "bên cạnh `values`, chitieu đọc `unit` và `period`",
            ),
            JsonProblem::ValuesNotAnObject => (
                "write `\"values\": {\"metric\": value, ...}`",
                "viết `\"values\": {\"metric\": value, ...}`",
            ),
            JsonProblem::UnitOfMeasure { .. } => (
                "name the reporting unit (`\"unit\": \"Phường Trần Liễu\"`) or leave `unit` out; write a value's unit of measure with the value (`\"95%\"`, `\"12 phút\"`)",
                "hãy ghi tên đơn vị báo cáo (`\"unit\": \"Phường Trần Liễu\"`) hoặc bỏ `unit`; đơn vị tính của một giá trị được viết cùng giá trị (`\"95%\"`, `\"12 phút\"`)",
            ),
            JsonProblem::UnitNamesNone { .. } => (
                "write the unit's name, or leave `unit` out where the values are the file's unit's",
                "ghi tên đơn vị, hoặc bỏ `unit` nếu các giá trị là của đơn vị của tệp",
            ),
            JsonProblem::NotAString {
                key: ShapeKey::Unit,
            } => (
                "write the unit's name in quotes, e.g. `\"unit\": \"Phường Trần Liễu\"`",
                "viết tên đơn vị trong dấu ngoặc kép, ví dụ `\"unit\": \"Phường Trần Liễu\"`",
            ),
            JsonProblem::NotAString {
                key: ShapeKey::Period,
            } => (
                "write the period in quotes, e.g. `\"period\": \"2025-H2\"`",
                "viết kỳ báo cáo trong dấu ngoặc kép, ví dụ `\"period\": \"2025-H2\"`",
            ),
            JsonProblem::KeyTwice {
                then: Twice::Same, ..
            } => ("keep one of them", "giữ lại một trong hai"),
            JsonProblem::KeyTwice {
                then: Twice::Differs,
                ..
            } => (
                "keep one of them; two different values make the metric invalid",
                "giữ lại một trong hai; hai giá trị khác nhau làm chỉ số không hợp lệ",
            ),
            JsonProblem::KeyTwice {
                then: Twice::Conflict(conflict),
                ..
            } => {
                let (why, key) = (conflict.says(lang), conflict.key.key());
                return Some(match (conflict.key, lang) {
                    (_, Lang::En) => format!(
                        "{why}: its values are refused, under the first; keep one `{key}`"
                    ),
                    (ShapeKey::Unit, Lang::Vi) => format!(
                        "{why}: các giá trị của nó bị từ chối, ghi dưới tên thứ nhất; hãy giữ một khóa `{key}`"
                    ),
                    (ShapeKey::Period, Lang::Vi) => format!(
                        "{why}: các giá trị của nó bị từ chối, ghi dưới kỳ thứ nhất; hãy giữ một khóa `{key}`"
                    ),
                });
            }
            JsonProblem::ValueOfConflict { .. } => (
                "keep one `unit` and one `period` in the object",
                "giữ một khóa `unit` và một khóa `period` trong đối tượng",
            ),
        };
        Some(pick(words, lang))
    }
}
