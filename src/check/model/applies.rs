//! Which units a target or task is for (`for level`, `for tag`, `for
//! unit`): every clause must hold for a unit (AND); the names of one `for
//! unit` are alternatives (OR). For a unit outside, the target is absent:
//! not in its results, counted nowhere.

use crate::measure::value::nfc;
use crate::span::Span;
use crate::units::UnitEntry;

/// One `for` clause, its names as written (units NFC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppliesTo {
    Level(String),
    Tag(String),
    Units(Vec<String>),
}

/// A target's `for` clauses; none: every unit. Compared by its clauses,
/// not where they are written.
#[derive(Debug, Clone, Default)]
pub struct Applies {
    pub clauses: Vec<AppliesTo>,
    /// Per clause, where each of its names is written.
    pub places: Vec<Vec<Span>>,
}

impl PartialEq for Applies {
    fn eq(&self, other: &Self) -> bool {
        self.clauses == other.clauses
    }
}

impl Eq for Applies {}

impl Applies {
    /// Whether it is for every unit.
    pub fn everyone(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Whether a units register decides it (a level or a tag).
    pub fn needs_register(&self) -> bool {
        self.clauses
            .iter()
            .any(|c| matches!(c, AppliesTo::Level(_) | AppliesTo::Tag(_)))
    }

    /// Whether it is for the unit `unit`, which the register describes as
    /// `entry` (`None`: no register, or a unit not in it: no level, no tag).
    pub fn holds(&self, unit: &str, entry: Option<&UnitEntry>) -> bool {
        self.clauses.iter().all(|clause| match clause {
            AppliesTo::Level(level) => entry.is_some_and(|e| e.has_level(level)),
            AppliesTo::Tag(tag) => entry.is_some_and(|e| e.has_tag(tag)),
            AppliesTo::Units(units) => {
                let unit = nfc(unit.trim());
                units.iter().any(|u| *u == unit)
            }
        })
    }

    /// The clauses as a plan writes them, for `diff`: `for level xã for
    /// unit "A"`; empty for every unit.
    pub fn written(&self) -> String {
        let quoted = |s: &str| crate::format::printer::string(s);
        self.clauses
            .iter()
            .map(|c| match c {
                AppliesTo::Level(l) => format!("for level {}", quoted(l)),
                AppliesTo::Tag(t) => format!("for tag {}", quoted(t)),
                AppliesTo::Units(units) => {
                    let units: Vec<String> = units.iter().map(|u| quoted(u)).collect();
                    format!("for unit {}", units.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}
