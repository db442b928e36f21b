//! The problems found in reading measurement files (family 7: files, tables,
//! values), as typed values: each kind with its arguments, written in each
//! language next to each other (see [`crate::diagnostic::Describe`]). One
//! enum, split by concern: the inputs (files found, decoded or not), tables
//! (CSV and sheet rows and columns), JSON objects, workbooks, units of
//! measure, and values that cannot be used for their metric.

mod inputs;
mod json;
mod tables;
mod units;
mod values;
mod words;
mod workbooks;

pub use inputs::InputProblem;
pub use json::{Conflict, JsonProblem, ShapeKey, Twice};
pub use tables::{ColumnKind, RowPart, TableProblem};
pub use units::{OwnUnit, UnitProblem};
pub use values::{CellFault, FloatNoise, Kind, UnusableValue, ValueProblem};
pub use workbooks::WorkbookProblem;

use crate::diagnostic::{Code, Describe, Problem};
use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureProblem {
    Input(InputProblem),
    Table(TableProblem),
    Json(JsonProblem),
    Workbook(WorkbookProblem),
    Unit(UnitProblem),
    Value(UnusableValue),
    Noise(FloatNoise),
}

impl MeasureProblem {
    fn concern(&self) -> &dyn Describe {
        match self {
            MeasureProblem::Input(p) => p,
            MeasureProblem::Table(p) => p,
            MeasureProblem::Json(p) => p,
            MeasureProblem::Workbook(p) => p,
            MeasureProblem::Unit(p) => p,
            MeasureProblem::Value(p) => p,
            MeasureProblem::Noise(p) => p,
        }
    }
}

impl Describe for MeasureProblem {
    fn code(&self) -> Code {
        self.concern().code()
    }

    fn message(&self, lang: Lang) -> String {
        self.concern().message(lang)
    }

    fn label(&self, lang: Lang) -> Option<String> {
        self.concern().label(lang)
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        self.concern().hint(lang)
    }

    fn counts_others(&self) -> bool {
        self.concern().counts_others()
    }
}

/// Each concern's problem is a measure problem, and so a problem
/// (`Diagnostic::of(TableProblem::EmptyFile, span)`).
macro_rules! concern {
    ($($kind:ident => $variant:ident),* $(,)?) => {$(
        impl From<$kind> for MeasureProblem {
            fn from(p: $kind) -> Self {
                MeasureProblem::$variant(p)
            }
        }

        impl From<$kind> for Problem {
            fn from(p: $kind) -> Self {
                Problem::Measure(MeasureProblem::$variant(p))
            }
        }
    )*};
}

concern! {
    InputProblem => Input,
    TableProblem => Table,
    JsonProblem => Json,
    WorkbookProblem => Workbook,
    UnitProblem => Unit,
    UnusableValue => Value,
    FloatNoise => Noise,
}

#[cfg(test)]
mod tests;
