//! chitieu: a rule engine with its own small language for plan targets.
//!
//! The phases, each in its own module (see `ARCHITECTURE.md`):
//! [`syntax`] (text → syntax tree) → [`check`] (names, types → checked plan)
//! → report ([`diagnostic`]). The `chitieu` binary is a thin layer over this
//! library.

pub mod check;
pub mod diagnostic;
pub mod diff;
pub mod eval;
pub mod files;
pub mod format;
pub mod limits;
pub mod load;
pub mod measure;
pub mod report;
pub mod source;
pub mod span;
mod suggest;
pub mod syntax;

pub use check::{check_source, check_source_with, CheckOutcome};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use limits::Limits;
pub use source::SourceFile;
