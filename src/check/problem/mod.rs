//! The problems found in checking a plan (families 2 to 6 and 8: names,
//! types and units, targets, owners, dates, plans that build on others), as
//! typed values: each kind with its arguments, written in each language in
//! the module of its concern (see [`crate::diagnostic::Describe`]).

mod names;
mod plans;
mod targets;
mod types;

pub use names::{NameProblem, OwnerSuggestion};
pub use plans::{Outside, PlanProblem};
pub use targets::TargetProblem;
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
}

impl CheckProblem {
    fn describe(&self) -> &dyn Describe {
        match self {
            CheckProblem::Names(p) => p,
            CheckProblem::Types(p) => p,
            CheckProblem::Targets(p) => p,
            CheckProblem::Plans(p) => p,
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
}

/// Names in backticks, separated by commas: `` `a`, `b` ``.
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

