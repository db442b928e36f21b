//! Problems of co-ordinating owners (`owner "A" with "B", "C"`).

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoOwnerProblem {
    /// An owner named twice in one `owner ... with ...` clause (as lead and
    /// co-ordinating, or twice co-ordinating): counted once.
    Repeated { name: String, lead: bool },
}

impl Describe for CoOwnerProblem {
    fn code(&self) -> Code {
        match self {
            CoOwnerProblem::Repeated { .. } => Code::OwnerListedTwice,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CoOwnerProblem::Repeated { name, lead: true }, Lang::En) => {
                format!("`{name}` leads this target and is listed as co-ordinating too")
            }
            (CoOwnerProblem::Repeated { name, lead: true }, Lang::Vi) => {
                format!("`{name}` chủ trì chỉ tiêu này và còn được ghi là phối hợp")
            }
            (CoOwnerProblem::Repeated { name, lead: false }, Lang::En) => {
                format!("`{name}` is listed twice as a co-ordinating owner")
            }
            (CoOwnerProblem::Repeated { name, lead: false }, Lang::Vi) => {
                format!("`{name}` được ghi hai lần là đơn vị phối hợp")
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        Some(lang.pick("named again", "ghi lại"))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(lang.pick(
            "each owner counts once for a target; remove the repetition",
            "mỗi đơn vị chỉ được tính một lần cho một chỉ tiêu; bỏ tên lặp lại",
        ))
    }
}
