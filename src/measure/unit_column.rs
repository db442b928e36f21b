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
use super::{MeasureFile, Raw};
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

/// Decides each `đơn vị` / `unit` column by its values (see the module):
/// `false` when one holds both units of measure and names of units
/// (reported): the file's rows are then not read.
pub(crate) fn decide(
    file: &mut MeasureFile,
    header: &[TableCell],
    roles: &mut [Role],
    rows: &[TableRow],
) -> bool {
    let mut decided = true;
    for (index, role) in roles.iter_mut().enumerate() {
        if !matches!(*role, Role::UnitOrMeasure | Role::MeasureOrUnit) {
            continue;
        }
        let (mut measure, mut name) = (None, None);
        // A long table gives each unit's name on a run of rows: each run is
        // looked at once.
        let mut last: Option<&Raw> = None;
        for cell in rows.iter().filter_map(|row| row.cells.get(index)) {
            if last == Some(&cell.raw) {
                continue;
            }
            last = Some(&cell.raw);
            let Some(text) = cell.text() else {
                continue;
            };
            let slot = match says(&text, *role) {
                Says::Nothing => continue,
                Says::Measure => &mut measure,
                Says::UnitName => &mut name,
            };
            slot.get_or_insert((text, cell.place.clone()));
            if measure.is_some() && name.is_some() {
                break;
            }
        }
        *role = match (&measure, &name) {
            (Some(_), None) => Role::Measure,
            (None, _) => Role::Unit,
            (Some((measure, measure_place)), Some((name, name_place))) => {
                let Some(cell) = header.get(index) else {
                    continue;
                };
                let mut diagnostic = cell.place.report(TableProblem::AmbiguousUnitColumn {
                    column: cell.text().unwrap_or_default(),
                    measure: measure.clone(),
                    name: name.clone(),
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
