//! A unit's grade, from its totals alone: the first of the plan's grades
//! whose condition holds. The general path and the streamed summaries grade
//! the same totals the same way.

use crate::check::model::{Grade, GradeCounts};

use super::result::Tally;

/// A unit's grade, as reports show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnitGrade<S> {
    /// The plan declares no grades: reports show none of them.
    #[default]
    Ungraded,
    /// No grade's condition holds (or the unit was not scored).
    None,
    Named(S),
}

impl<S: AsRef<str>> UnitGrade<S> {
    /// Whether the plan grades its units.
    pub fn graded(&self) -> bool {
        !matches!(self, UnitGrade::Ungraded)
    }

    /// The grade's name, if the unit has one.
    pub fn name(&self) -> Option<&str> {
        match self {
            UnitGrade::Named(name) => Some(name.as_ref()),
            _ => None,
        }
    }

    pub fn as_deref(&self) -> UnitGrade<&str> {
        match self {
            UnitGrade::Ungraded => UnitGrade::Ungraded,
            UnitGrade::None => UnitGrade::None,
            UnitGrade::Named(name) => UnitGrade::Named(name.as_ref()),
        }
    }
}

impl UnitGrade<&str> {
    pub fn owned(self) -> UnitGrade<String> {
        match self {
            UnitGrade::Ungraded => UnitGrade::Ungraded,
            UnitGrade::None => UnitGrade::None,
            UnitGrade::Named(name) => UnitGrade::Named(name.to_string()),
        }
    }
}

/// The first grade of `grades` that holds for `tally`.
pub fn grade_of<'g>(grades: &'g [Grade], tally: &Tally) -> UnitGrade<&'g str> {
    if grades.is_empty() {
        return UnitGrade::Ungraded;
    }
    let counts = GradeCounts {
        points: tally.points,
        max_points: tally.max_points,
        // As `Status::is_met` has it: a target that only scores is met. One
        // only tracked counts in neither: it is shown, never scored.
        met: tally.pass + tally.not_applicable + tally.scored as usize,
        not_met: tally.fail + tally.missing + tally.invalid,
        missing: tally.missing,
    };
    match grades.iter().find(|g| g.holds(&counts)) {
        Some(grade) => UnitGrade::Named(&grade.name),
        None => UnitGrade::None,
    }
}

/// The grade of a unit that was not scored: none, on a plan that grades.
pub fn unscored(grades: &[Grade]) -> UnitGrade<String> {
    if grades.is_empty() {
        UnitGrade::Ungraded
    } else {
        UnitGrade::None
    }
}
