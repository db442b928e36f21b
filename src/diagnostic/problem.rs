//! What a diagnostic says: a typed problem with its arguments (names, values,
//! suggestions), from which its code, message, label and hint are written in
//! each language. The user's own text is an argument and is never
//! translated. Each phase has its own kinds of problem, in its own module.

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
}

/// Every kind of problem chitieu reports, by phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Written in English where it was found, and put into other languages
    /// by the templates of `i18n::messages`: the kinds not yet typed.
    Text(Text),
    Syntax(crate::syntax::problem::SyntaxProblem),
    Check(crate::check::problem::CheckProblem),
    Measure(crate::measure::problem::MeasureProblem),
    Eval(crate::eval::problem::EvalProblem),
}

/// A problem written as English text (see [`Problem::Text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub code: Code,
    pub message: String,
    pub label: Option<String>,
    pub hint: Option<String>,
}

impl Describe for Text {
    fn code(&self) -> Code {
        self.code
    }

    fn message(&self, lang: Lang) -> String {
        lang.say(&self.message)
    }

    fn label(&self, lang: Lang) -> Option<String> {
        self.label.as_deref().map(|l| lang.say(l))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        self.hint.as_deref().map(|h| lang.say(h))
    }
}

impl Problem {
    fn describe(&self) -> &dyn Describe {
        match self {
            Problem::Text(p) => p,
            Problem::Syntax(p) => p,
            Problem::Check(p) => p,
            Problem::Measure(p) => p,
            Problem::Eval(p) => p,
        }
    }
}

// Inherent, so that callers need not bring the trait into scope.
impl Problem {
    pub fn code(&self) -> Code {
        self.describe().code()
    }

    pub fn message(&self, lang: Lang) -> String {
        self.describe().message(lang)
    }

    pub fn label(&self, lang: Lang) -> Option<String> {
        self.describe().label(lang)
    }

    pub fn hint(&self, lang: Lang) -> Option<String> {
        self.describe().hint(lang)
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

impl From<crate::eval::problem::EvalProblem> for Problem {
    fn from(p: crate::eval::problem::EvalProblem) -> Self {
        Problem::Eval(p)
    }
}
