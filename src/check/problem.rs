//! The problems found in names, types, targets, owners, dates and plans that build on others (families 2 to 6 and 8), as typed values: each kind with its
//! arguments, written in each language here (see [`crate::diagnostic::Describe`]).

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckProblem {}

impl Describe for CheckProblem {
    fn code(&self) -> Code {
        match *self {}
    }

    fn message(&self, _lang: Lang) -> String {
        match *self {}
    }
}
