//! Cells that say nothing. Offices fill a cell they have nothing for with a
//! dash (`-`, `–`, `—`): a value so written is an empty value (W0714, the
//! metric counts as missing), and a reporting unit, a unit of measure or a
//! metric so written names none. A unit or a unit of measure written `n/a`
//! or `x` names none either (a value `n/a` keeps its meaning: not
//! applicable).

use super::value::is_not_applicable;

/// Whether `text` is a dash alone (or several).
pub fn is_dash(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text
            .chars()
            .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}' | '\u{2212}'))
}

/// Whether a reporting unit's or a unit of measure's cell names nothing:
/// empty, a dash, `x` or `n/a`.
pub fn names_nothing(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || is_dash(text) || text.eq_ignore_ascii_case("x") || is_not_applicable(text)
}

/// Whether a cell that names nothing is not empty: a dash, `x` or `n/a`
/// written where a name was due.
pub fn names_placeholder(text: &str) -> bool {
    !text.trim().is_empty() && names_nothing(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_and_placeholders() {
        for text in ["-", " – ", "—", "--", "−"] {
            assert!(is_dash(text), "{text}");
            assert!(names_nothing(text), "{text}");
        }
        for text in ["", "x", "N/A", "không áp dụng"] {
            assert!(!is_dash(text), "{text}");
            assert!(names_nothing(text), "{text}");
        }
        for text in ["-5", "Phường 1", "%", "a-b"] {
            assert!(!is_dash(text) && !names_nothing(text), "{text}");
        }
    }
}
