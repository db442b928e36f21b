//! Targets for some units (`for level`, `for tag`, `for unit`): clauses no
//! unit can meet, names the units register does not know, and a register
//! missing where one decides.

use crate::diagnostic::{Code, Describe};
use crate::i18n::{quoted, Lang};
use crate::syntax::problem::did_you_mean;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppliesProblem {
    /// Two `for level` clauses of one target naming different levels.
    NoUnit { first: String, second: String },
    /// A level, tag or unit (`kind`: its keyword) no unit of the register
    /// has; the closest the register has.
    Unknown {
        kind: &'static str,
        name: String,
        suggestion: Option<String>,
    },
    /// Targets `for level` or `for tag` (their ids, the first few) and no
    /// register to decide them.
    WithoutRegister { targets: Vec<String>, more: usize },
    /// A measured unit the register does not list.
    NotInRegister { unit: String },
    /// The same `for` clause twice on a target, as written.
    Repeated { clause: String },
}

impl Describe for AppliesProblem {
    fn code(&self) -> Code {
        match self {
            AppliesProblem::NoUnit { .. } => Code::ForNoUnit,
            AppliesProblem::Unknown { .. } => Code::ForUnknown,
            AppliesProblem::WithoutRegister { .. } => Code::ForWithoutRegister,
            AppliesProblem::NotInRegister { .. } => Code::UnitNotInRegister,
            AppliesProblem::Repeated { .. } => Code::ForRepeated,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (AppliesProblem::NoUnit { first, second }, En) => format!(
                "no unit is both of level `{first}` and of level `{second}`: this target is for no unit"
            ),
            (AppliesProblem::NoUnit { first, second }, Vi) => format!(
                "không đơn vị nào vừa ở cấp `{first}` vừa ở cấp `{second}`: chỉ tiêu này không áp dụng cho đơn vị nào"
            ),
            (AppliesProblem::Unknown { kind, name, .. }, En) => {
                let what = match *kind {
                    "level" => "is of level",
                    "tag" => "has the tag",
                    _ => "is named",
                };
                format!("no unit of the units register {what} `{name}`")
            }
            (AppliesProblem::Unknown { kind, name, .. }, Vi) => {
                let what = match *kind {
                    "level" => "ở cấp",
                    "tag" => "có nhãn",
                    _ => "tên là",
                };
                format!("không đơn vị nào trong danh mục {what} `{name}`")
            }
            (AppliesProblem::WithoutRegister { targets, more }, _) => {
                let listed = quoted(targets);
                let are = if targets.len() + more == 1 { "is" } else { "are" };
                let more = match (lang, more) {
                    (_, 0) => String::new(),
                    (En, n) => format!(" and {n} more"),
                    (Vi, n) => format!(" và {n} chỉ tiêu khác"),
                };
                match lang {
                    En => format!("{listed}{more} {are} for some levels or tags of units, and no units register says which units those are"),
                    Vi => format!("{listed}{more} chỉ áp dụng cho một số cấp hay nhãn đơn vị, mà không có danh mục đơn vị nào cho biết đó là những đơn vị nào"),
                }
            }
            (AppliesProblem::NotInRegister { unit }, En) => format!(
                "`{unit}` is not in the units register: its targets for levels and tags are left out"
            ),
            (AppliesProblem::NotInRegister { unit }, Vi) => format!(
                "`{unit}` không có trong danh mục đơn vị: các chỉ tiêu theo cấp và nhãn không áp dụng cho nó"
            ),
            (AppliesProblem::Repeated { clause }, En) => {
                format!("`{clause}` is written twice on this target")
            }
            (AppliesProblem::Repeated { clause }, Vi) => {
                format!("`{clause}` được viết hai lần trong chỉ tiêu này")
            }
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        match self {
            AppliesProblem::NoUnit { .. } => Some(lang.pick(
                "keep one `for level`; for either of two levels, write two targets",
                "giữ một `for level`; để áp dụng cho một trong hai cấp, viết hai chỉ tiêu",
            )),
            AppliesProblem::Unknown { suggestion, .. } => {
                suggestion.as_deref().map(|s| did_you_mean(lang, s))
            }
            AppliesProblem::WithoutRegister { .. } => Some(lang.pick(
                "give the units register with `--units FILE` (see docs/units.md)",
                "đưa danh mục đơn vị bằng `--units FILE` (xem docs/units.md)",
            )),
            AppliesProblem::NotInRegister { .. } => Some(lang.pick(
                "add the unit to the register, or correct its name in the measurements",
                "thêm đơn vị vào danh mục, hoặc sửa tên của nó trong số liệu",
            )),
            AppliesProblem::Repeated { .. } => Some(lang.pick("delete one", "xoá một lần")),
        }
    }
}
