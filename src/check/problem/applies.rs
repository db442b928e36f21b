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
    /// Two `for unit` clauses of one target whose lists have no unit in
    /// common (the units of the earlier ones, the later list).
    NoUnitInBoth {
        first: Vec<String>,
        second: Vec<String>,
    },
    /// `for unit` names units (the first few, `more` the others) the
    /// register gives other levels or tags than the target's other
    /// `for` clauses (as written) ask.
    NoNamedUnit {
        units: Vec<String>,
        more: usize,
        clauses: String,
    },
    /// Units of the register without a level (the first few, `more` the
    /// others), in a plan with targets `for level`.
    NoLevel { units: Vec<String>, more: usize },
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
    /// A measured unit the register does not list; the register's unit
    /// closest to its name.
    NotInRegister {
        unit: String,
        suggestion: Option<String>,
    },
    /// The same `for` clause twice on a target, as written.
    Repeated { clause: String },
}

impl Describe for AppliesProblem {
    fn code(&self) -> Code {
        match self {
            AppliesProblem::NoUnit { .. }
            | AppliesProblem::NoUnitInBoth { .. }
            | AppliesProblem::NoNamedUnit { .. } => Code::ForNoUnit,
            AppliesProblem::Unknown { .. } => Code::ForUnknown,
            AppliesProblem::NoLevel { .. } => Code::UnitsWithoutLevel,
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
            (AppliesProblem::NoUnitInBoth { first, second }, En) => format!(
                "no unit is both among {} and among {}: a unit must be in every `for unit` list, so this target is for no unit",
                quoted(first),
                quoted(second)
            ),
            (AppliesProblem::NoUnitInBoth { first, second }, Vi) => format!(
                "không đơn vị nào vừa thuộc {} vừa thuộc {}: đơn vị phải có trong mọi danh sách `for unit`, nên chỉ tiêu này không áp dụng cho đơn vị nào",
                quoted(first),
                quoted(second)
            ),
            (AppliesProblem::NoNamedUnit { units, more, clauses }, En) => format!(
                "by the units register, no unit of {}{} meets `{clauses}`: this target is for no unit",
                quoted(units),
                match more {
                    0 => String::new(),
                    n => format!(" and {} more", lang.count(*n)),
                }
            ),
            (AppliesProblem::NoNamedUnit { units, more, clauses }, Vi) => format!(
                "theo danh mục đơn vị, không đơn vị nào trong {}{} đúng với `{clauses}`: chỉ tiêu này không áp dụng cho đơn vị nào",
                quoted(units),
                match more {
                    0 => String::new(),
                    n => format!(" và {} đơn vị khác", lang.count(*n)),
                }
            ),
            (AppliesProblem::NoLevel { units, more }, En) => format!(
                "{}{} {} no level in the units register: no target `for level` is for {}",
                quoted(units),
                match more {
                    0 => String::new(),
                    n => format!(" and {} more", lang.count(*n)),
                },
                if units.len() + more == 1 { "has" } else { "have" },
                if units.len() + more == 1 { "it" } else { "them" },
            ),
            (AppliesProblem::NoLevel { units, more }, Vi) => format!(
                "{}{} không có cấp trong danh mục đơn vị: không chỉ tiêu `for level` nào áp dụng cho các đơn vị này",
                quoted(units),
                match more {
                    0 => String::new(),
                    n => format!(" và {} đơn vị khác", lang.count(*n)),
                },
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
            (AppliesProblem::NotInRegister { unit, .. }, En) => format!(
                "`{unit}` is not in the units register: its targets for levels and tags are left out, so its totals are not the plan's (the run exits 2)"
            ),
            (AppliesProblem::NotInRegister { unit, .. }, Vi) => format!(
                "`{unit}` không có trong danh mục đơn vị: các chỉ tiêu theo cấp và nhãn không áp dụng cho nó, nên tổng điểm của nó không theo đúng kế hoạch (lệnh kết thúc với mã 2)"
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
            AppliesProblem::NoUnitInBoth { .. } => Some(lang.pick(
                "for any of these units, write one `for unit` naming them all: `for unit \"A\", \"B\"`",
                "để áp dụng cho bất kỳ đơn vị nào trong số này, viết một `for unit` ghi tất cả: `for unit \"A\", \"B\"`",
            )),
            AppliesProblem::NoNamedUnit { .. } => Some(lang.pick(
                "check the units' level and tags in the register, or drop the `for level` or `for tag` the units already settle",
                "kiểm tra cấp và nhãn của các đơn vị trong danh mục, hoặc bỏ `for level` hay `for tag` vì các đơn vị đã được nêu tên",
            )),
            AppliesProblem::NoLevel { .. } => Some(lang.pick(
                "write each unit's level in the register's `level` column",
                "ghi cấp của từng đơn vị vào cột `cấp` của danh mục",
            )),
            AppliesProblem::Unknown { suggestion, .. } => {
                suggestion.as_deref().map(|s| did_you_mean(lang, s))
            }
            AppliesProblem::WithoutRegister { .. } => Some(lang.pick(
                "give the units register with `--units FILE` (see docs/units.md)",
                "đưa danh mục đơn vị bằng `--units FILE` (xem docs/units.md)",
            )),
            AppliesProblem::NotInRegister { suggestion, .. } => Some(match suggestion {
                Some(name) => did_you_mean(lang, name),
                None => lang.pick(
                    "add the unit to the register, or correct its name in the measurements",
                    "thêm đơn vị vào danh mục, hoặc sửa tên của nó trong số liệu",
                ),
            }),
            AppliesProblem::Repeated { .. } => Some(lang.pick("delete one", "xoá một lần")),
        }
    }
}
