//! chitieu: a rule engine with its own small language for plan targets.
//!
//! The phases, each in its own module (see `ARCHITECTURE.md`):
//! [`syntax`] (text → syntax tree) → [`check`] (names, types → checked plan)
//! → report ([`diagnostic`]). The `chitieu` binary is a thin layer over this
//! library.
//!
//! ```
//! use chitieu::{check_source, SourceFile};
//!
//! let text = "target online_payment_ratio >= 0.60 owner \"VP HĐND-UBND\"\n";
//! let outcome = check_source(&SourceFile::new("k.plan", text));
//! assert!(outcome.diagnostics.is_empty());
//! let target = outcome.plan.targets.iter().next().unwrap();
//! let written = &target.threshold().written;
//! assert_eq!((target.name.as_str(), written.as_str()), ("online_payment_ratio", ">= 0.60"));
//!
//! // A problem is a located, coded diagnostic.
//! let outcome = check_source(&SourceFile::new("k.plan", "target a 60%\n"));
//! assert_eq!(outcome.diagnostics[0].code().id(), "E0101");
//! ```

pub mod check;
pub mod diagnostic;
pub mod diff;
pub mod eval;
pub mod files;
pub mod format;
pub mod i18n;
pub mod index;
pub mod limits;
pub mod load;
pub mod measure;
pub mod output;
pub mod printable;
pub mod report;
pub mod source;
pub mod span;
pub mod suggest;
pub mod syntax;
pub mod units;

pub use check::{check_source, check_source_with, CheckOutcome};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use limits::Limits;
pub use source::SourceFile;
