//! What a diagnostic says: a typed problem with its arguments (names, values,
//! suggestions), from which its code, message, label and hint are written in
//! each language. The user's own text is an argument and is never
//! translated. Each phase has its own kinds of problem, in its own module.

use super::quoted::cut_long_quotes;
use super::Code;
use crate::i18n::Lang;

/// What a kind of problem can say about itself, in a language.
pub trait Describe {
    fn code(&self) -> Code;
    /// One lowercase line, the user's own text in backticks.
    fn message(&self, lang: Lang) -> String;
    /// A few words under the caret; the code's title is shown when absent.
    fn label(&self, _lang: Lang) -> Option<String> {
        None
    }
    /// Advice: what to do about it.
    fn hint(&self, _lang: Lang) -> Option<String> {
        None
    }
    /// Whether it counts others of its code not reported one by one (the
    /// 21st W0722 of a sheet): it is shown even past the bound of its code
    /// (see [`super::repeats`]).
    fn counts_others(&self) -> bool {
        false
    }
}

/// Every kind of problem chitieu reports, by phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Syntax(crate::syntax::problem::SyntaxProblem),
    Check(crate::check::problem::CheckProblem),
    Measure(crate::measure::problem::MeasureProblem),
    Eval(crate::eval::problem::EvalProblem),
    /// The units register (`--units`).
    Units(crate::units::problem::UnitsProblem),
    /// Rolling units up to their parents (`eval --rollup`).
    Rollup(crate::eval::rollup::RollupProblem),
    /// Diagnostics of one code in one file past those shown (W0745).
    Repeats(super::repeats::MoreLikeThis),
}

impl Problem {
    fn describe(&self) -> &dyn Describe {
        match self {
            Problem::Syntax(p) => p,
            Problem::Check(p) => p,
            Problem::Measure(p) => p,
            Problem::Eval(p) => p,
            Problem::Units(p) => p,
            Problem::Rollup(p) => p,
            Problem::Repeats(p) => p,
        }
    }
}

// Inherent, so that callers need not bring the trait into scope.
impl Problem {
    pub fn code(&self) -> Code {
        self.describe().code()
    }

    // The user's text quoted is cut as a long line is (see `quoted`).
    pub fn message(&self, lang: Lang) -> String {
        cut_long_quotes(self.describe().message(lang))
    }

    pub fn label(&self, lang: Lang) -> Option<String> {
        self.describe().label(lang).map(cut_long_quotes)
    }

    pub fn hint(&self, lang: Lang) -> Option<String> {
        self.describe().hint(lang).map(cut_long_quotes)
    }

    pub fn counts_others(&self) -> bool {
        self.describe().counts_others()
    }
}

impl From<crate::syntax::problem::SyntaxProblem> for Problem {
    fn from(p: crate::syntax::problem::SyntaxProblem) -> Self {
        Problem::Syntax(p)
    }
}

impl From<crate::check::problem::CheckProblem> for Problem {
    fn from(p: crate::check::problem::CheckProblem) -> Self {
        Problem::Check(p)
    }
}

impl From<crate::measure::problem::MeasureProblem> for Problem {
    fn from(p: crate::measure::problem::MeasureProblem) -> Self {
        Problem::Measure(p)
    }
}

impl From<crate::eval::rollup::RollupProblem> for Problem {
    fn from(p: crate::eval::rollup::RollupProblem) -> Self {
        Problem::Rollup(p)
    }
}

impl From<crate::eval::problem::EvalProblem> for Problem {
    fn from(p: crate::eval::problem::EvalProblem) -> Self {
        Problem::Eval(p)
    }
}
