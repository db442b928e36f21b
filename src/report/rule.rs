//! How a target is scored and what it received, in words beside its
//! condition: an officer checking a score needs the rule, not only the
//! condition (a target that only scores has none).

use super::format::points_text;
use crate::check::model::Scoring;
use crate::eval::result::{Received, TargetResult};
use crate::i18n::Lang;

/// A scoring rule in words (`linear`, `full from 80%`, `tiers: 2 if >=
/// 100%, 1 if >= 50%`); `None` for all or nothing, which the condition
/// says on its own.
pub fn rule_words(scoring: &Scoring, lang: Lang) -> Option<String> {
    match scoring {
        Scoring::AllOrNothing => None,
        Scoring::Linear => Some(lang.text("rule.linear").to_string()),
        Scoring::Saturating(None) => Some(lang.text("rule.saturating").to_string()),
        Scoring::Saturating(Some(at)) => Some(lang.fill(
            "rule.saturating_at",
            &[("at", &lang.plan_words(&at.written))],
        )),
        Scoring::Tiers(tiers) => {
            let written: Vec<&str> = tiers.iter().map(|t| t.written.as_str()).collect();
            Some(lang.fill(
                "rule.tiers",
                &[("tiers", &lang.plan_words(&written.join(", ")))],
            ))
        }
    }
}

/// What a target expects, for the expected column of reports for people:
/// its condition as the plan writes it (in `lang`'s words), and how it
/// scores where that is not all or nothing (`>= 80%; linear`); the rule
/// alone for a target that only scores; nothing for one only tracked.
pub fn expected_text(result: &TargetResult, lang: Lang) -> String {
    let condition = result.condition().map(|c| lang.condition(c));
    let rule = result.scoring.as_deref().and_then(|r| rule_words(r, lang));
    match (condition, rule) {
        (Some(condition), Some(rule)) => format!("{condition}; {rule}"),
        (Some(text), None) | (None, Some(text)) => text,
        (None, None) => String::new(),
    }
}

/// `receives 1.00 point from x, which does not apply`: the share of
/// redistributed points a target's maximum holds.
pub fn received_text(received: &Received, lang: Lang) -> String {
    let points = points_text(&received.points, &received.points, lang);
    let key = match (received.from.len(), points.as_str()) {
        (0 | 1, "1.00" | "1,00") => "note.received_one",
        (0 | 1, _) => "note.received",
        (_, "1.00" | "1,00") => "note.received_one_many",
        _ => "note.received_many",
    };
    lang.fill(
        key,
        &[("points", &points), ("from", &received.from.join(", "))],
    )
}

/// The notes of a target for people: why it has no verdict on a value, and
/// the points it received from others.
pub fn notes(result: &TargetResult, lang: Lang) -> impl Iterator<Item = String> + '_ {
    let why = result.note.as_ref().map(move |n| n.text(lang));
    let received = result
        .received
        .as_deref()
        .map(move |r| received_text(r, lang));
    why.into_iter().chain(received)
}
