//! The problems found in reading measurement files (family 7: files, tables, values), as typed values: each kind with its
//! arguments, written in each language here (see [`crate::diagnostic::Describe`]).

use crate::diagnostic::{Code, Describe};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureProblem {}

impl Describe for MeasureProblem {
    fn code(&self) -> Code {
        match *self {}
    }

    fn message(&self, _lang: Lang) -> String {
        match *self {}
    }
}
