//! Several owners of a target (`owner "A" with "B", "C"`): how reports name
//! them, and the note that owner totals count such a target for each.

use crate::eval::result::{TargetResult, UnitResult};
use crate::i18n::Lang;

/// The owners of a target as reports show them: the lead, then the
/// co-ordinating owners marked so (`A (co-ordinating: B, C)`,
/// `A (phối hợp: B, C)`).
pub fn owner_text(result: &TargetResult, lang: Lang) -> String {
    let lead = result.owner.as_deref().unwrap_or("");
    if result.co_owners.is_empty() {
        return lead.to_string();
    }
    let marker = lang.text("owner.co_ordinating");
    let co = result.co_owners.join(", ");
    match lead {
        "" => format!("({marker}: {co})"),
        lead => format!("{lead} ({marker}: {co})"),
    }
}

/// The co-ordinating owners of a target as the CSV report's `co_owners`
/// column writes them: their keys joined by `;` (the lead is in `owner`),
/// empty when none. A machine splits them; people read the text reports.
pub fn co_owners_field(result: &TargetResult) -> String {
    result.co_owners.join(";")
}

/// Whether a unit's owner totals count a target for several owners, so that
/// they add up to more than the unit's.
pub fn shared(unit: &UnitResult) -> bool {
    unit.results.iter().any(|r| !r.co_owners.is_empty())
}

/// The note under a unit's owner totals when a target counts for several
/// owners; `None` otherwise.
pub fn overlap_note(unit: &UnitResult, lang: Lang) -> Option<&'static str> {
    shared(unit).then(|| lang.text("report.owners_overlap"))
}
