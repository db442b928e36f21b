//! A plan diff for people (text), pull requests (Markdown) and machines (JSON).

use std::fmt::Write;

use super::{Change, Kind};
use crate::i18n::Lang;
use crate::report::markdown::escape;
use crate::syntax::ast::Recurrence;

fn sign(kind: Kind) -> char {
    match kind {
        Kind::Added => '+',
        Kind::Removed => '-',
        _ => '~',
    }
}

/// What a change is, in `lang`: a clause that is there or not (`default
/// by end`, `computed`, `cumulative`) says which it became.
fn change_words(change: &Change, lang: Lang) -> &'static str {
    let stated = change.old.is_none() && change.new.is_some();
    let withdrawn = change.old.is_some() && change.new.is_none();
    let key = match (change.kind, stated, withdrawn) {
        (Kind::DefaultByEnd, true, _) => "diff.default_by_end_stated",
        (Kind::DefaultByEnd, _, true) => "diff.default_by_end_withdrawn",
        (Kind::DefaultComputed, true, _) => "diff.default_computed_stated",
        (Kind::DefaultComputed, _, true) => "diff.default_computed_withdrawn",
        (Kind::Computed, true, _) => "diff.computed_stated",
        (Kind::Computed, _, true) => "diff.computed_withdrawn",
        (Kind::Cumulative, true, _) => "diff.cumulative_stated",
        (Kind::Cumulative, _, true) => "diff.cumulative_withdrawn",
        _ => return words(change.kind, lang),
    };
    lang.text(key)
}

/// What a change of `kind` is, in `lang`.
fn words(kind: Kind, lang: Lang) -> &'static str {
    lang.text(match kind {
        Kind::Added => "diff.added",
        Kind::Removed => "diff.removed",
        Kind::Stricter => "diff.stricter",
        Kind::Looser => "diff.looser",
        Kind::Threshold => "diff.threshold",
        Kind::TiersPayFailures => "diff.tiers_pay_failures",
        Kind::TiersPayFailuresMended => "diff.tiers_pay_failures_mended",
        Kind::TiersMissValues => "diff.tiers_miss_values",
        Kind::TiersMissValuesMended => "diff.tiers_miss_values_mended",
        Kind::DeadlineEarlier => "diff.deadline_earlier",
        Kind::DeadlineLater => "diff.deadline_later",
        Kind::DeadlineMoved => "diff.deadline_moved",
        Kind::MilestoneEarlier => "diff.milestone_earlier",
        Kind::MilestoneLater => "diff.milestone_later",
        Kind::MilestoneAdded => "diff.milestone_added",
        Kind::MilestoneRemoved => "diff.milestone_removed",
        Kind::DefaultByEnd => "diff.default_by_end",
        Kind::Metric => "diff.metric",
        Kind::Owner => "diff.owner",
        Kind::CoOwners => "diff.co_owners",
        Kind::Points => "diff.points",
        Kind::NowScored => "diff.now_scored",
        Kind::NowTracked => "diff.now_tracked",
        Kind::Scoring => "diff.scoring",
        Kind::ScoringStricter => "diff.scoring_stricter",
        Kind::ScoringLooser => "diff.scoring_looser",
        Kind::Rounding => "diff.rounding",
        Kind::NotApplicable => "diff.not_applicable",
        Kind::NotApplicableLooser => "diff.not_applicable_looser",
        Kind::NotApplicableStricter => "diff.not_applicable_stricter",
        Kind::DefaultRound => "diff.default_round",
        Kind::DefaultRankBy => "diff.default_rank_by",
        Kind::DefaultComputed => "diff.default_computed",
        Kind::Computed => "diff.computed",
        Kind::Rollup => "diff.rollup",
        Kind::Label => "diff.label",
        Kind::Tags => "diff.tags",
        Kind::Section => "diff.section",
        Kind::Type => "diff.type",
        Kind::Formula => "diff.formula",
        Kind::FullName => "diff.full_name",
        Kind::Period => "diff.period",
        Kind::Title => "diff.title",
        Kind::GradeOrder => "diff.grade_order",
        Kind::Applies => "diff.applies",
        Kind::Recurrence => "diff.recurrence",
        Kind::Window => "diff.window",
        Kind::WindowLooser => "diff.window_looser",
        Kind::WindowStricter => "diff.window_stricter",
        Kind::Cumulative => "diff.cumulative",
    })
}

/// What changed (`plan`, `target`, `task`, `metric`, `owner`), in `lang`.
fn subject(subject: &str, lang: Lang) -> &str {
    match subject {
        "plan" => lang.text("diff.subject.plan"),
        "target" => lang.text("diff.subject.target"),
        "task" => lang.text("diff.subject.task"),
        "metric" => lang.text("diff.subject.metric"),
        "owner" => lang.text("diff.subject.owner"),
        "grade" => lang.text("diff.subject.grade"),
        other => other,
    }
}

/// What changed: its kind and name (`target online`, `chỉ tiêu online`,
/// the name passed through `shown`), or the plan's own title or period in
/// the word order of `lang` (`plan title`, `tiêu đề kế hoạch`).
fn heading(change: &Change, lang: Lang, shown: impl Fn(&str) -> String) -> String {
    match (change.subject, change.target.as_str()) {
        ("plan", "title") => lang.text("diff.plan.title").to_string(),
        ("plan", "period") => lang.text("diff.plan.period").to_string(),
        ("plan", "default_round") => lang.text("diff.plan.default_round").to_string(),
        ("plan", "default_rank_by") => lang.text("diff.plan.default_rank_by").to_string(),
        ("plan", "default_computed") => lang.text("diff.plan.default_computed").to_string(),
        ("plan", "default_by_end") => lang.text("diff.plan.default_by_end").to_string(),
        (kind, name) => format!("{} {}", subject(kind, lang), shown(name)),
    }
}

/// A change's old or new value as people read it: conditions, deadlines,
/// tiers, points and periods with their values, units and words in `lang`
/// (`từ 95% đến 100%`, `<= 10/09/2025`); names, formulas, types and the
/// plan's own text (labels, sections, owners' names) as written.
fn value_text(change: &Change, value: &str, lang: Lang) -> String {
    // A grade's condition is shown as the plan writes it, in every
    // language, so that it can be pasted back: its tests mix words
    // (`and`, `not_met`) that only the plan's language has.
    if change.subject == "grade" {
        return value.to_string();
    }
    // A recurrence (`year`) in the words of `lang` (`năm`).
    if change.kind == Kind::Recurrence {
        if let Some(every) = Recurrence::ALL.iter().find(|r| r.keyword() == value) {
            return every.word(lang).to_string();
        }
    }
    // A window from a day on (`from 2026-01-01`), in the words of `lang`.
    let window = matches!(
        change.kind,
        Kind::Window | Kind::WindowLooser | Kind::WindowStricter
    );
    if let Some(day) = value.strip_prefix("from ").filter(|_| window) {
        let from = lang.pick("from", "từ");
        return format!("{from} {}", lang.condition(day));
    }
    let plan_words = match change.kind {
        Kind::Added | Kind::Removed => matches!(change.subject, "target" | "task" | "grade"),
        Kind::Stricter
        | Kind::Looser
        | Kind::Threshold
        | Kind::TiersPayFailures
        | Kind::TiersPayFailuresMended
        | Kind::TiersMissValues
        | Kind::TiersMissValuesMended
        | Kind::DeadlineEarlier
        | Kind::DeadlineLater
        | Kind::DeadlineMoved
        | Kind::MilestoneEarlier
        | Kind::MilestoneLater
        | Kind::MilestoneAdded
        | Kind::MilestoneRemoved
        | Kind::Points
        | Kind::NowScored
        | Kind::NowTracked
        | Kind::Scoring
        | Kind::ScoringStricter
        | Kind::ScoringLooser
        | Kind::Rounding
        | Kind::DefaultRound
        | Kind::Window
        | Kind::WindowLooser
        | Kind::WindowStricter
        | Kind::Period => true,
        _ => false,
    };
    if plan_words {
        lang.condition(value)
    } else {
        value.to_string()
    }
}

/// The old and new values as shown, `None` where nothing is shown. What was
/// added or removed has one side, and so have the values that tiers come to
/// concern; any other change shows both, a missing side named (`(none)`, or
/// `none` for tiers that no longer concern any value), so that a title
/// removed does not read as the title it was.
fn sides(change: &Change, lang: Lang) -> (Option<String>, Option<String>) {
    // No tags at all is a side missing, not an empty text.
    let shown = |v: &Option<String>| {
        v.as_deref()
            .filter(|v| !v.is_empty())
            .map(|v| value_text(change, v, lang))
    };
    let (old, new) = (shown(&change.old), shown(&change.new));
    let missing = match change.kind {
        Kind::Added | Kind::Removed | Kind::TiersPayFailures | Kind::TiersMissValues => {
            return (old, new)
        }
        Kind::TiersPayFailuresMended | Kind::TiersMissValuesMended => lang.text("diff.no_values"),
        _ => lang.text("diff.nothing"),
    };
    if old.is_none() && new.is_none() {
        return (None, None);
    }
    let or_missing = |side: Option<String>| Some(side.unwrap_or_else(|| missing.to_string()));
    (or_missing(old), or_missing(new))
}

fn values(change: &Change, lang: Lang) -> String {
    match sides(change, lang) {
        (Some(old), Some(new)) => format!("{old} → {new}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    }
}

pub fn text(changes: &[Change], lang: Lang) -> String {
    let mut out = String::new();
    for change in changes {
        let _ = write!(
            out,
            "{} {}: {}",
            sign(change.kind),
            heading(change, lang, str::to_string),
            change_words(change, lang)
        );
        let shown = values(change, lang);
        if !shown.is_empty() {
            let _ = write!(out, ": {shown}");
        }
        out.push('\n');
    }
    if changes.is_empty() {
        out.push_str(lang.text("diff.none"));
        out.push('\n');
    }
    // Plans with errors are not compared, and a string with a control
    // character is one; this keeps the text safe should that change.
    crate::printable::printable_lines(&out).into_owned()
}

pub fn markdown(changes: &[Change], lang: Lang) -> String {
    if changes.is_empty() {
        return format!("{}\n", lang.text("diff.none_sentence"));
    }
    let mut out = format!(
        "| | {} | {} | {} | {} |\n| --- | --- | --- | --- | --- |\n",
        lang.text("diff.column.subject"),
        lang.text("diff.column.change"),
        lang.text("diff.column.old"),
        lang.text("diff.column.new"),
    );
    for change in changes {
        let (old, new) = sides(change, lang);
        let cell = |v: Option<String>| v.as_deref().map(escape).unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            sign(change.kind),
            heading(change, lang, escape),
            change_words(change, lang),
            cell(old),
            cell(new)
        );
    }
    out
}

pub fn json(changes: &[Change]) -> String {
    let list: Vec<serde_json::Value> = changes
        .iter()
        .map(|c| {
            // A grade is named under a key of its own, not as a target.
            let name_key = if c.subject == "grade" {
                "grade"
            } else {
                "target"
            };
            let mut object = serde_json::Map::new();
            object.insert("subject".into(), c.subject.into());
            object.insert(name_key.into(), c.target.clone().into());
            object.insert("kind".into(), c.kind.as_str().into());
            object.insert("old".into(), c.old.clone().into());
            object.insert("new".into(), c.new.clone().into());
            serde_json::Value::Object(object)
        })
        .collect();
    let json = serde_json::Value::Array(list).to_string();
    format!("{}\n", crate::printable::json_escaped(&json))
}
