//! Names: metrics undeclared, declared twice, in a cycle or unused; target
//! ids and owners given twice; header statements given twice; unknown
//! owners, look-alike letters and targets without an owner.

use crate::diagnostic::{Code, Describe};
use crate::i18n::quoted;
use crate::i18n::Lang;
use crate::syntax::ast::MetricType;
use crate::syntax::problem::did_you_mean;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// A metric used but not declared, in a plan that declares metrics;
    /// `likely` is the type its use suggests.
    UndeclaredMetric {
        name: String,
        suggestion: Option<String>,
        likely: MetricType,
    },
    /// Derived metrics that depend on themselves: the metrics of the cycle,
    /// in order, ending with `name` again.
    MetricCycle {
        name: String,
        cycle: Vec<String>,
    },
    DuplicateMetric {
        name: String,
    },
    UnusedMetric {
        name: String,
    },
    DuplicateTargetId {
        id: String,
    },
    DuplicateOwner {
        key: String,
    },
    /// A second `plan`, `period` or `extends` statement.
    DuplicateHeader {
        keyword: String,
    },
    /// A second `default not_applicable` or `default round`; `clause` names
    /// which (`default round`), so the message names the default repeated.
    RepeatedDefault {
        clause: &'static str,
    },
    UnknownOwner {
        name: String,
        suggestion: OwnerSuggestion,
    },
    /// A letter of another alphabet that looks like the one it imitates.
    LookAlike {
        found: char,
        imitated: char,
    },
    NoOwner {
        id: String,
    },
}

/// How many declared owners a hint lists when none is close: a plan of
/// thousands of owners gives a hint of a line, not of a page.
pub const OWNERS_LISTED: usize = 10;

/// What an unknown owner may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerSuggestion {
    /// A declared owner it differs from only by look-alike letters.
    LookAlike(String),
    /// A declared owner whose name is close.
    Near(String),
    /// None is close: the first declared owners' keys (at most
    /// [`OWNERS_LISTED`]), and how many more are declared.
    Declared { keys: Vec<String>, more: usize },
}

impl Describe for NameProblem {
    fn code(&self) -> Code {
        match self {
            NameProblem::UndeclaredMetric { .. } => Code::UndeclaredMetric,
            NameProblem::MetricCycle { .. } => Code::MetricCycle,
            NameProblem::DuplicateMetric { .. } => Code::DuplicateMetric,
            NameProblem::UnusedMetric { .. } => Code::UnusedMetric,
            NameProblem::DuplicateTargetId { .. } => Code::DuplicateTargetId,
            NameProblem::DuplicateOwner { .. } => Code::DuplicateOwner,
            NameProblem::DuplicateHeader { .. } => Code::DuplicateHeader,
            NameProblem::RepeatedDefault { .. } => Code::RepeatedClause,
            NameProblem::UnknownOwner { .. } => Code::UnknownOwner,
            NameProblem::LookAlike { .. } => Code::LookAlike,
            NameProblem::NoOwner { .. } => Code::NoOwner,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (NameProblem::UndeclaredMetric { name, .. }, En) => {
                format!("metric `{name}` is not declared")
            }
            (NameProblem::UndeclaredMetric { name, .. }, Vi) => {
                format!("chỉ số `{name}` chưa được khai báo")
            }
            (NameProblem::MetricCycle { name, cycle }, _) => {
                let path = cycle_path(cycle, lang);
                match lang {
                    En => format!("`{name}` depends on itself: {path}"),
                    Vi => format!("`{name}` phụ thuộc vào chính nó: {path}"),
                }
            }
            (NameProblem::DuplicateMetric { name }, En) => {
                format!("metric `{name}` is declared twice")
            }
            (NameProblem::DuplicateMetric { name }, Vi) => {
                format!("chỉ số `{name}` được khai báo hai lần")
            }
            (NameProblem::UnusedMetric { name }, En) => {
                format!("metric `{name}` is declared but no target uses it")
            }
            (NameProblem::UnusedMetric { name }, Vi) => {
                format!("chỉ số `{name}` được khai báo nhưng không chỉ tiêu nào dùng")
            }
            (NameProblem::DuplicateTargetId { id }, En) => {
                format!("two targets have the id `{id}`")
            }
            (NameProblem::DuplicateTargetId { id }, Vi) => format!("hai chỉ tiêu cùng mã `{id}`"),
            (NameProblem::DuplicateOwner { key }, En) => {
                format!("owner `{key}` is declared twice")
            }
            (NameProblem::DuplicateOwner { key }, Vi) => {
                format!("đơn vị chủ trì `{key}` được khai báo hai lần")
            }
            (NameProblem::DuplicateHeader { keyword }, En) => {
                format!("the plan has a second `{keyword}` statement")
            }
            (NameProblem::DuplicateHeader { keyword }, Vi) => {
                format!("kế hoạch có câu lệnh `{keyword}` thứ hai")
            }
            (NameProblem::RepeatedDefault { clause }, En) => {
                format!("`{clause}` is given twice")
            }
            (NameProblem::RepeatedDefault { clause }, Vi) => {
                format!("`{clause}` được khai hai lần")
            }
            (NameProblem::UnknownOwner { name, .. }, En) => {
                format!("`{name}` is not a declared owner")
            }
            (NameProblem::UnknownOwner { name, .. }, Vi) => {
                format!("`{name}` không phải đơn vị chủ trì đã khai báo")
            }
            (NameProblem::LookAlike { found, imitated }, _) => {
                let (c, r) = (u32::from(*found), u32::from(*imitated));
                match lang {
                    En => format!(
                        "`{found}` (U+{c:04X}) looks like `{imitated}` (U+{r:04X}) but is a different letter"
                    ),
                    Vi => format!(
                        "`{found}` (U+{c:04X}) trông giống `{imitated}` (U+{r:04X}) nhưng là một chữ khác"
                    ),
                }
            }
            (NameProblem::NoOwner { id }, En) => format!("`{id}` has no owner"),
            (NameProblem::NoOwner { id }, Vi) => format!("`{id}` không có đơn vị chủ trì"),
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            NameProblem::UndeclaredMetric { .. } => ("not declared", "chưa khai báo"),
            NameProblem::MetricCycle { .. } => ("part of a cycle", "nằm trong vòng lặp"),
            NameProblem::DuplicateMetric { .. } | NameProblem::DuplicateOwner { .. } => {
                ("declared again here", "khai báo lại ở đây")
            }
            NameProblem::UnusedMetric { .. } => ("unused", "không dùng"),
            NameProblem::DuplicateTargetId { .. } => {
                ("second target with this id", "chỉ tiêu thứ hai có mã này")
            }
            NameProblem::DuplicateHeader { .. } => ("second one", "cái thứ hai"),
            NameProblem::RepeatedDefault { .. } => ("given again here", "khai lại ở đây"),
            NameProblem::UnknownOwner { .. } => ("unknown owner", "đơn vị chủ trì không xác định"),
            NameProblem::LookAlike { .. } => ("look-alike", "chữ trông giống"),
            NameProblem::NoOwner { .. } => ("no owner", "không có đơn vị chủ trì"),
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        Some(match (self, lang) {
            (
                NameProblem::UndeclaredMetric {
                    suggestion: Some(near),
                    ..
                },
                _,
            ) => did_you_mean(lang, near),
            (NameProblem::UndeclaredMetric { name, likely, .. }, En) => {
                format!("declare it, e.g. `metric {name}: {}`", likely.keyword())
            }
            (NameProblem::UndeclaredMetric { name, likely, .. }, Vi) => {
                format!("hãy khai báo, ví dụ `metric {name}: {}`", likely.keyword())
            }
            (NameProblem::MetricCycle { .. }, _) => lang.pick(
                "base one of these metrics on measured metrics only",
                "cho một trong các chỉ số này chỉ dựa trên chỉ số đo được",
            ),
            (NameProblem::DuplicateMetric { .. }, _) => lang.pick(
                "remove one declaration or rename it",
                "bỏ một khai báo hoặc đổi tên",
            ),
            (NameProblem::UnusedMetric { name }, En) => {
                format!("add a target such as `target {name} >= ...`, or remove the declaration")
            }
            (NameProblem::UnusedMetric { name }, Vi) => {
                format!("thêm một chỉ tiêu như `target {name} >= ...`, hoặc bỏ khai báo")
            }
            (NameProblem::DuplicateTargetId { id }, En) => {
                format!("give each target on one metric its own id: `target {id}_2: {id} ...`")
            }
            (NameProblem::DuplicateTargetId { id }, Vi) => format!(
                "đặt cho mỗi chỉ tiêu trên cùng một chỉ số một mã riêng: `target {id}_2: {id} ...`"
            ),
            (NameProblem::DuplicateOwner { .. }, _) => lang.pick(
                "remove one of the declarations",
                "bỏ một trong các khai báo",
            ),
            (NameProblem::DuplicateHeader { keyword }, En) => {
                format!("a plan has one `{keyword}`; remove one of them")
            }
            (NameProblem::DuplicateHeader { keyword }, Vi) => {
                format!("kế hoạch chỉ có một `{keyword}`; bỏ một trong hai")
            }
            (NameProblem::RepeatedDefault { .. }, _) => lang.pick(
                "a plan states its default once; keep one",
                "một kế hoạch chỉ nêu mặc định một lần; giữ lại một câu",
            ),
            (NameProblem::UnknownOwner { suggestion, .. }, _) => owner_hint(lang, suggestion),
            (NameProblem::LookAlike { imitated, .. }, En) => {
                format!("retype it as `{imitated}`; names with look-alikes do not match")
            }
            (NameProblem::LookAlike { imitated, .. }, Vi) => {
                format!("gõ lại thành `{imitated}`; tên có chữ trông giống sẽ không khớp")
            }
            (NameProblem::NoOwner { .. }, _) => lang.pick(
                "add `owner \"...\"` to the target or to its section",
                "thêm `owner \"...\"` vào chỉ tiêu hoặc vào mục của nó",
            ),
        })
    }
}

fn owner_hint(lang: Lang, suggestion: &OwnerSuggestion) -> String {
    match (suggestion, lang) {
        (OwnerSuggestion::LookAlike(name), Lang::En) => {
            format!("did you mean `{name}`? the name differs from it only by a look-alike letter")
        }
        (OwnerSuggestion::LookAlike(name), Lang::Vi) => {
            format!("có phải ý bạn là `{name}`? tên chỉ khác ở một chữ trông giống")
        }
        (OwnerSuggestion::Near(name), _) => did_you_mean(lang, name),
        (OwnerSuggestion::Declared { keys, more: 0 }, Lang::En) => {
            format!("the declared owners are {}", quoted(keys))
        }
        (OwnerSuggestion::Declared { keys, more }, Lang::En) => {
            format!("the declared owners are {} and {more} more", quoted(keys))
        }
        (OwnerSuggestion::Declared { keys, more: 0 }, Lang::Vi) => {
            format!("các đơn vị chủ trì đã khai báo là {}", quoted(keys))
        }
        (OwnerSuggestion::Declared { keys, more }, Lang::Vi) => {
            format!(
                "các đơn vị chủ trì đã khai báo là {} và {more} đơn vị khác",
                quoted(keys)
            )
        }
    }
}

/// The metrics of a cycle joined by arrows. A long one (a chain of
/// thousands closed on itself) shows its ends and counts the metrics
/// between, so that one diagnostic stays a line long.
fn cycle_path(cycle: &[String], lang: Lang) -> String {
    const ENDS: usize = 5;
    let quoted = |m: &String| format!("`{m}`");
    let between = cycle.len().saturating_sub(2 * ENDS);
    if between <= 1 {
        return cycle.iter().map(quoted).collect::<Vec<_>>().join(" → ");
    }
    let more = match lang {
        Lang::En => format!("… {between} more …"),
        Lang::Vi => format!("… {between} chỉ số nữa …"),
    };
    let first = cycle.iter().take(ENDS).map(quoted);
    let last = cycle.iter().skip(ENDS + between).map(quoted);
    first
        .chain(std::iter::once(more))
        .chain(last)
        .collect::<Vec<_>>()
        .join(" → ")
}
