//! A plan diff for people (text), pull requests (Markdown) and machines (JSON).

use std::fmt::Write;

use super::{Change, Kind};
use crate::report::markdown::escape;

fn sign(kind: Kind) -> char {
    match kind {
        Kind::Added => '+',
        Kind::Removed => '-',
        _ => '~',
    }
}

fn words(kind: Kind) -> &'static str {
    match kind {
        Kind::Added => "added",
        Kind::Removed => "removed",
        Kind::Stricter => "stricter",
        Kind::Looser => "looser",
        Kind::Threshold => "threshold changed",
        Kind::DeadlineEarlier => "deadline earlier",
        Kind::DeadlineLater => "deadline later",
        Kind::DeadlineMoved => "deadline moved with the period",
        Kind::Metric => "metric changed",
        Kind::Owner => "owner changed",
        Kind::Points => "points changed",
        Kind::Scoring => "scoring changed",
        Kind::NotApplicable => "not-applicable rule changed",
        Kind::Label => "label changed",
        Kind::Tags => "tags changed",
        Kind::Section => "moved to another section",
        Kind::Type => "type changed",
        Kind::Formula => "formula changed",
        Kind::FullName => "full name changed",
        Kind::Period => "period changed",
        Kind::Title => "title changed",
    }
}

fn values(change: &Change) -> String {
    match (&change.old, &change.new) {
        (Some(old), Some(new)) => format!("{old} → {new}"),
        (None, Some(new)) => new.clone(),
        (Some(old), None) => old.clone(),
        (None, None) => String::new(),
    }
}

pub fn text(changes: &[Change]) -> String {
    let mut out = String::new();
    for change in changes {
        let _ = write!(
            out,
            "{} {} {}: {}",
            sign(change.kind),
            change.subject,
            change.target,
            words(change.kind)
        );
        let shown = values(change);
        if !shown.is_empty() {
            let _ = write!(out, ": {shown}");
        }
        out.push('\n');
    }
    if changes.is_empty() {
        out.push_str("no change in meaning\n");
    }
    out
}

pub fn markdown(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "No change in meaning.\n".to_string();
    }
    let mut out =
        String::from("| | Subject | Change | Old | New |\n| --- | --- | --- | --- | --- |\n");
    for change in changes {
        let cell = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} {} | {} | {} | {} |",
            sign(change.kind),
            change.subject,
            escape(&change.target),
            words(change.kind),
            cell(&change.old),
            cell(&change.new)
        );
    }
    out
}

pub fn json(changes: &[Change]) -> String {
    let list: Vec<serde_json::Value> = changes
        .iter()
        .map(|c| {
            serde_json::json!({
                "subject": c.subject,
                "target": c.target,
                "kind": c.kind.as_str(),
                "old": c.old,
                "new": c.new,
            })
        })
        .collect();
    format!("{}\n", serde_json::Value::Array(list))
}
