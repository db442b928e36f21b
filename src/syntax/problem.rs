//! The problems found in the syntax of plans (family 1), as typed values: each kind with its
//! arguments, written in each language here (see [`crate::diagnostic::Describe`]).

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {}

impl Describe for SyntaxProblem {
    fn code(&self) -> Code {
        match *self {}
    }

    fn message(&self, _lang: Lang) -> String {
        match *self {}
    }
}
