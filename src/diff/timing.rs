//! What a change of when a target is judged means (issue 16): its
//! recurrence, its window and `cumulative`.
//!
//! A window is where a target is held to its condition: outside it the
//! target is not judged. A narrower window holds units to the target in
//! fewer periods, so it is looser; a wider one is stricter (no window is
//! the whole plan period, the widest). Windows that neither hold the other
//! are only said to have changed.

use chrono::NaiveDate;

use super::{Field, Kind};
use crate::check::model::{CheckedPlan, Target, Window};

pub(super) fn timing_changes(
    old_plan: &CheckedPlan,
    old: &Target,
    new_plan: &CheckedPlan,
    new: &Target,
) -> Vec<Field> {
    let mut out = Vec::new();
    let (a, b) = (old.timing, new.timing);
    if a.every != b.every {
        let word = |t: &Target| t.timing.every.map(|e| e.keyword().to_string());
        out.push((Kind::Recurrence, word(old), word(new)));
    }
    if a.window != b.window {
        let kind = match (days(old_plan, a.window), days(new_plan, b.window)) {
            (was, now) if was == now => Kind::Window,
            ((s0, e0), (s1, e1)) if s1 >= s0 && e1 <= e0 => Kind::WindowLooser,
            ((s0, e0), (s1, e1)) if s1 <= s0 && e1 >= e0 => Kind::WindowStricter,
            _ => Kind::Window,
        };
        out.push((kind, a.window.map(text), b.window.map(text)));
    }
    if a.cumulative != b.cumulative {
        let word = |t: &Target| t.timing.cumulative.then(|| "cumulative".to_string());
        out.push((Kind::Cumulative, word(old), word(new)));
    }
    out
}

/// The first and last day a target is judged in a plan: its window, or the
/// plan's period (every day, without one).
fn days(plan: &CheckedPlan, window: Option<Window>) -> (NaiveDate, NaiveDate) {
    let period = plan
        .period
        .map_or((NaiveDate::MIN, NaiveDate::MAX), |p| (p.start, p.end));
    match window {
        Some(w) => (w.start, w.end_in(plan.period).unwrap_or(period.1)),
        None => period,
    }
}

/// `from 2026-01-01`, `2026-01-01 .. 2027-12-31`.
fn text(window: Window) -> String {
    match window.end {
        Some(end) => format!("{} .. {}", window.start, end),
        None => format!("from {}", window.start),
    }
}
