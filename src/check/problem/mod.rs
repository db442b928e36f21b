//! The problems found in checking a plan (families 2 to 6 and 8: names,
//! types and units, targets, owners, dates, plans that build on others), as
//! typed values: each kind with its arguments, written in each language in
//! the module of its concern (see [`crate::diagnostic::Describe`]).

mod applies;
mod baseline;
mod co_owners;
mod formulas;
mod grades;
mod milestones;
mod names;
mod plans;
mod rollup;
mod scoring;
mod targets;
mod timing;
mod types;

pub use applies::AppliesProblem;
pub use baseline::BaselineProblem;
pub use co_owners::CoOwnerProblem;
pub use formulas::{FormulaProblem, MAX_ROUND_PLACES};
pub use grades::{GradeProblem, OutOfRange, WrongKind};
pub use milestones::MilestoneProblem;
pub use names::{NameProblem, OwnerSuggestion, OWNERS_LISTED};
pub use plans::{Outside, PlanProblem};
pub use rollup::RollupProblem;
pub use scoring::{RoundMisfit, ScoringProblem};
pub use targets::TargetProblem;
pub use timing::TimingProblem;
pub use types::{TypeProblem, UnitClash};

use crate::diagnostic::{Code, Describe, Problem};
use crate::i18n::Lang;

/// A problem of a plan, by concern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckProblem {
    /// Metric, target and owner names, and statements given twice.
    Names(NameProblem),
    /// Types and units of metrics, thresholds, formulas, points and scoring.
    Types(TypeProblem),
    /// Targets against each other, their tiers, periods and due dates.
    Targets(TargetProblem),
    /// Plans that build on others (`extends`, `override`, `drop`).
    Plans(PlanProblem),
    /// Functions and fallbacks in formulas.
    Formulas(FormulaProblem),
    /// Targets without a condition, saturation, rounding, data maxima.
    Scoring(ScoringProblem),
    /// Grades of a unit's total.
    Grades(GradeProblem),
    /// Milestones (`by DATE`).
    Milestones(MilestoneProblem),
    /// `baseline(x)` in formulas.
    Baseline(BaselineProblem),
    /// Co-ordinating owners of a target.
    CoOwners(CoOwnerProblem),
    /// Targets for some units (`for`) and the units register.
    Applies(AppliesProblem),
    /// When a target is judged: `every`, windows, `cumulative`.
    Timing(TimingProblem),
    /// How metrics roll up from children to parents (`rollup`).
    Rollup(RollupProblem),
}

impl CheckProblem {
    fn describe(&self) -> &dyn Describe {
        match self {
            CheckProblem::Names(p) => p,
            CheckProblem::Types(p) => p,
            CheckProblem::Targets(p) => p,
            CheckProblem::Plans(p) => p,
            CheckProblem::Formulas(p) => p,
            CheckProblem::Scoring(p) => p,
            CheckProblem::Grades(p) => p,
            CheckProblem::Milestones(p) => p,
            CheckProblem::Baseline(p) => p,
            CheckProblem::CoOwners(p) => p,
            CheckProblem::Applies(p) => p,
            CheckProblem::Timing(p) => p,
            CheckProblem::Rollup(p) => p,
        }
    }
}

impl Describe for CheckProblem {
    fn code(&self) -> Code {
        self.describe().code()
    }

    fn message(&self, lang: Lang) -> String {
        self.describe().message(lang)
    }

    fn label(&self, lang: Lang) -> Option<String> {
        self.describe().label(lang)
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        self.describe().hint(lang)
    }
}

macro_rules! concern {
    ($($concern:ident => $variant:ident),* $(,)?) => {
        $(
            impl From<$concern> for CheckProblem {
                fn from(p: $concern) -> Self {
                    CheckProblem::$variant(p)
                }
            }

            impl From<$concern> for Problem {
                fn from(p: $concern) -> Self {
                    Problem::Check(CheckProblem::$variant(p))
                }
            }
        )*
    };
}

concern! {
    NameProblem => Names,
    TypeProblem => Types,
    TargetProblem => Targets,
    PlanProblem => Plans,
    FormulaProblem => Formulas,
    ScoringProblem => Scoring,
    GradeProblem => Grades,
    MilestoneProblem => Milestones,
    BaselineProblem => Baseline,
    CoOwnerProblem => CoOwners,
    AppliesProblem => Applies,
    TimingProblem => Timing,
    RollupProblem => Rollup,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{LiteralKind, MetricType};

    fn both(problem: impl Into<Problem>) -> [(String, Option<String>, Option<String>); 2] {
        let problem = problem.into();
        [Lang::En, Lang::Vi].map(|lang| {
            (
                problem.message(lang),
                problem.label(lang),
                problem.hint(lang),
            )
        })
    }

    /// The kinds and branches of plan problems that no fixture reaches, in
    /// both languages.
    #[test]
    fn problems_no_fixture_reaches_read_in_both_languages() {
        let [en, vi] = both(PlanProblem::ExtendsNotFollowed {
            path: "base.plan".into(),
        });
        assert_eq!(
            en.0,
            "`base.plan` is not read when a plan is checked from memory"
        );
        assert_eq!(
            vi.0,
            "`base.plan` không được đọc khi kế hoạch được kiểm tra từ bộ nhớ"
        );
        let [en, vi] = both(PlanProblem::ExtendsOutside {
            path: "link.plan".into(),
            how: Outside::LinkOutside,
        });
        assert_eq!(
            en.0,
            "`link.plan` is a link to a file outside the folder of the plan"
        );
        assert_eq!(
            vi.0,
            "`link.plan` là liên kết tới một tệp nằm ngoài thư mục của kế hoạch"
        );
        // The system's words are put into Vietnamese where chitieu knows them.
        let [en, vi] = both(PlanProblem::ExtendsUnreadable {
            path: "old".into(),
            error: "Is a directory (os error 21)".into(),
        });
        assert_eq!(en.0, "`old` cannot be read: Is a directory (os error 21)");
        assert_eq!(
            vi.0,
            "không đọc được `old`: đây là một thư mục (lỗi hệ điều hành 21)"
        );
        assert_eq!((en.2, vi.2), (None, None));
        let [_, vi] = both(PlanProblem::ExtendsUnreadable {
            path: "old".into(),
            error: "Stale file handle (os error 116)".into(),
        });
        assert_eq!(
            vi.0,
            "không đọc được `old`: Stale file handle (os error 116)"
        );
        let [en, vi] = both(TypeProblem::PointsNotNumber {
            literal: LiteralKind::Percent,
        });
        assert_eq!(
            en.0,
            "points must be a number of zero or more, not a percent"
        );
        assert_eq!(
            vi.0,
            "điểm phải là một số từ 0 trở lên, không phải một tỷ lệ phần trăm"
        );
        let [en, vi] = both(TypeProblem::NotATask { id: "r".into() });
        assert_eq!(en.0, "`r` is a target, not a task; it has no due date");
        assert_eq!(
            vi.2.as_deref(),
            Some("thay vào đó hãy đổi ngưỡng: `override r >= ...`")
        );
        let [en, vi] = both(TypeProblem::PointsSetByTiers);
        assert_eq!(
            en.2.as_deref(),
            Some("override the tiers with `scoring tiers ...` instead")
        );
        assert_eq!(
            vi.0,
            "chỉ tiêu này tính điểm theo bậc, và các bậc quyết định điểm của nó"
        );
        let [en, vi] = both(TypeProblem::NotInFormula {
            ty: MetricType::Bool,
        });
        assert_eq!(en.0, "a yes/no value cannot be used in a formula");
        assert_eq!(vi.0, "không dùng được giá trị có/không trong công thức");
        let [en, vi] = both(TypeProblem::ComparedWith {
            metric: "fee".into(),
            ty: MetricType::Money,
            literal: LiteralKind::Number,
        });
        assert_eq!(
            en.2.as_deref(),
            Some("write the value with its unit, e.g. `15 VND`")
        );
        assert_eq!(
            vi.2.as_deref(),
            Some("viết giá trị kèm đơn vị, ví dụ `15 VND`")
        );
    }
}
