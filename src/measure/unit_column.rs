//! A column headed `đơn vị` or `unit` alone names the reporting unit or the
//! unit of measure: its values decide which.
//!
//! The Vietnamese `đơn vị`, in a table of indicators, most often means the
//! unit of measure (đơn vị tính), so it is the reporting unit only when its
//! values look like names of units: an administrative word (`Phường`, `Xã`,
//! `Thị trấn`, `Quận`, `Huyện`, `Thành phố`, `Tỉnh`, `UBND`, `Sở`, `Phòng`,
//! `Trung tâm`, `Ban`, `Văn phòng`...) or several words. Units of measure
//! chitieu knows, and short words it does not (`camera`, `HS`, `VB`), make
//! it the unit of measure. The English `unit` is the reporting unit unless
//! its values are units of measure chitieu knows, with their diacritics
//! (`Đông` and `Nam` are wards, `đồng` and `năm` units of measure); a
//! letter alone (`H`, `M`) is a ward's code there. Dashes, `x` and `n/a` say
//! nothing either way. A column whose values say both is E0723, and the
//! file's rows are not read rather than read by a guess.

use super::blank::names_nothing;
use super::fold::fold;
use super::problem::TableProblem;
use super::table::{Role, TableCell, TableRow};
use super::unit_of_measure::classify;
use super::{MeasureFile, Place, Raw};
use crate::diagnostic::RelatedLabel;

/// What one value of such a column says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Says {
    Measure,
    UnitName,
    Nothing,
}

/// What `text` says in a column of `role`: [`Role::UnitOrMeasure`] (`unit`)
/// or [`Role::MeasureOrUnit`] (`đơn vị`).
pub(crate) fn says(text: &str, role: Role) -> Says {
    if names_nothing(text) {
        Says::Nothing
    } else if role == Role::UnitOrMeasure && is_one_letter(text) {
        // `H`, `M`, `A`: in a `unit` column, the codes of wards, not hours
        // and metres (two of them would otherwise merge into one unit).
        Says::UnitName
    } else if classify(text).is_some() || role == Role::MeasureOrUnit && !names_a_unit(text) {
        Says::Measure
    } else {
        Says::UnitName
    }
}

/// Whether `text` is one letter alone.
fn is_one_letter(text: &str) -> bool {
    let mut chars = unicode_normalization::UnicodeNormalization::nfc(text.trim());
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Words that name administrative units and offices, folded; a word made
/// of one of the single letters and digits (`P1`, `Q3`) names one too.
const ADMINISTRATIVE: &[&str] = &[
    "phường",
    "xã",
    "thị trấn",
    "thị xã",
    "quận",
    "huyện",
    "thành phố",
    "tp",
    "tx",
    "tỉnh",
    "ubnd",
    "hđnd",
    "sở",
    "phòng",
    "trung tâm",
    "ban",
    "văn phòng",
    "vp",
    "cục",
    "chi cục",
    "thôn",
    "ấp",
    "khu phố",
];
const LETTERED: &[&str] = &["p", "q", "x"];

/// A single word longer than this is taken as a name typed without its
/// spaces (`PhuongTranLieu`), not as a unit of measure.
const SHORT: usize = 12;

/// Whether `text` looks like the name of a unit: several words, or a word
/// that names an administrative unit or office (`UBND`, `VP-UBND`, `P1`).
fn names_a_unit(text: &str) -> bool {
    if text.split_whitespace().count() > 1 || text.trim().chars().count() > SHORT {
        return true;
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(fold)
        .any(|word| {
            let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
            administrative(&word)
                || letters.len() < word.len()
                    && (administrative(letters) || LETTERED.contains(&letters))
        })
}

fn administrative(folded: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    FOLDED
        .get_or_init(|| ADMINISTRATIVE.iter().map(|w| fold(w)).collect())
        .contains(folded)
}

/// Whether a column of `roles` waits on its values: `đơn vị` or `unit`.
pub(crate) fn waits(roles: &[Role]) -> bool {
    roles.iter().copied().any(waits_on_values)
}

fn waits_on_values(role: Role) -> bool {
    matches!(role, Role::UnitOrMeasure | Role::MeasureOrUnit)
}

/// What the values of the columns that wait on them say, row after row:
/// the first unit of measure and the first name of a unit each holds.
pub(crate) struct Votes {
    columns: Vec<Vote>,
}

struct Vote {
    index: usize,
    role: Role,
    measure: Option<(String, Place)>,
    name: Option<(String, Place)>,
    /// The value of the row before: a long table gives each unit's name on
    /// a run of rows, and each run is looked at once.
    last: Option<Raw>,
}

impl Votes {
    pub(crate) fn new(roles: &[Role]) -> Self {
        let columns = roles
            .iter()
            .enumerate()
            .filter(|(_, role)| waits_on_values(**role))
            .map(|(index, role)| Vote {
                index,
                role: *role,
                measure: None,
                name: None,
                last: None,
            })
            .collect();
        Votes { columns }
    }

    /// Looks at the next data row.
    pub(crate) fn see(&mut self, row: &TableRow) {
        for vote in &mut self.columns {
            if vote.measure.is_some() && vote.name.is_some() {
                continue;
            }
            let Some(cell) = row.cells.get(vote.index) else {
                continue;
            };
            if vote.last.as_ref() == Some(&cell.raw) {
                continue;
            }
            vote.last = Some(cell.raw.clone());
            let Some(text) = cell.text() else {
                continue;
            };
            let slot = match says(&text, vote.role) {
                Says::Nothing => continue,
                Says::Measure => &mut vote.measure,
                Says::UnitName => &mut vote.name,
            };
            slot.get_or_insert((text, cell.place.clone()));
        }
    }

    /// Decides each `đơn vị` / `unit` column by what its values said (see
    /// the module): `false` when one holds both units of measure and names
    /// of units (reported): the file's rows are then not read.
    pub(crate) fn decide(
        self,
        file: &mut MeasureFile,
        header: &[TableCell],
        roles: &mut [Role],
    ) -> bool {
        let mut decided = true;
        for vote in self.columns {
            let Some(role) = roles.get_mut(vote.index) else {
                continue;
            };
            *role = match (vote.measure, vote.name) {
                (Some(_), None) => Role::Measure,
                (None, _) => Role::Unit,
                (Some((measure, measure_place)), Some((name, name_place))) => {
                    let Some(cell) = header.get(vote.index) else {
                        continue;
                    };
                    let mut diagnostic = cell.place.report(TableProblem::AmbiguousUnitColumn {
                        column: cell.text().unwrap_or_default(),
                        measure,
                        name,
                    });
                    if cell.place.cell.is_none() {
                        diagnostic = diagnostic
                            .with_related(measure_place.span, RelatedLabel::UnitOfMeasure)
                            .with_related(name_place.span, RelatedLabel::ReportingUnit);
                    }
                    file.diagnostics.push(diagnostic);
                    decided = false;
                    Role::Other
                }
            };
        }
        decided
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn don_vi_is_a_unit_of_measure_unless_its_values_name_units() {
        let vi = |text| says(text, Role::MeasureOrUnit);
        for text in [
            "km",
            "ha",
            "tấn",
            "m2",
            "m²",
            "HS",
            "VB",
            "camera",
            "Tỷ lệ (%)",
            "%",
            "lớp",
        ] {
            assert_eq!(vi(text), Says::Measure, "{text}");
        }
        for text in [
            "Phường 1",
            "Trần Liễu",
            "UBND",
            "VP-UBND",
            "P1",
            "Xã An Hưng",
            "PhuongTranLieu",
        ] {
            assert_eq!(vi(text), Says::UnitName, "{text}");
        }
        for text in ["-", "—", "–", "n/a", "x", ""] {
            assert_eq!(vi(text), Says::Nothing, "{text}");
        }
    }

    #[test]
    fn unit_is_a_reporting_unit_unless_its_values_are_units_of_measure() {
        let en = |text| says(text, Role::UnitOrMeasure);
        for text in ["km", "%", "phút", "Tỷ lệ (%)", "m²"] {
            assert_eq!(en(text), Says::Measure, "{text}");
        }
        for text in ["P1", "camera2", "Phường 1", "North"] {
            assert_eq!(en(text), Says::UnitName, "{text}");
        }
        // Names that read as units of measure without their diacritics,
        // and ward codes of one letter.
        for text in ["Đông", "Tây", "Nam", "Bắc", "Ban", "Sở", "H", "M", "đ", "A"] {
            assert_eq!(en(text), Says::UnitName, "{text}");
        }
        for text in ["đồng", "năm", "bản", "giờ", "h/lượt"] {
            assert_eq!(en(text), Says::Measure, "{text}");
        }
        assert_eq!(en("-"), Says::Nothing);
    }
}
