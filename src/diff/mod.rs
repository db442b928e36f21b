//! `chitieu diff`: what a change of plan means. Two checked plans are compared
//! by meaning: targets by their stable id, thresholds by the values they
//! accept (so `60%` and `0.60` are the same and raising `>=` is stricter),
//! owners, points, scoring, deadlines, labels; metrics, owners and the header
//! too. Layout and comments never show.

mod milestones;
pub mod render;
pub mod text;
mod tiers;
mod timing;

use std::collections::HashMap;

use serde::Serialize;

use crate::check;
use crate::check::interval::{comparable, Judged};
use crate::check::model::{CheckedPlan, Metric, Scoring, Target, TargetId, TargetKind};
use crate::syntax::ast::NaRule;

/// What changed about one thing of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `target`, `task`, `metric`, `owner` or `plan`.
    pub subject: &'static str,
    /// The target's id, the metric's or owner's name, or the header's field.
    pub target: String,
    pub kind: Kind,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    /// The target accepts fewer values than before.
    Stricter,
    /// The target accepts more values than before.
    Looser,
    /// The threshold changed in a way that is neither (e.g. `>=` to `<=`).
    Threshold,
    /// A tier pays for values that fail the target (it did not, or for
    /// other values).
    TiersPayFailures,
    /// No tier pays for failing values any more.
    TiersPayFailuresMended,
    /// Values that meet the target earn nothing from its tiers (they all
    /// did, or other values did not).
    TiersMissValues,
    /// Every value that meets the target earns a tier again.
    TiersMissValuesMended,
    /// A task's deadline moved earlier.
    DeadlineEarlier,
    /// A task's deadline moved later.
    DeadlineLater,
    /// A deadline moved with the period: as far into the new period as it was
    /// into the old one.
    DeadlineMoved,
    /// A target's milestone moved earlier: due sooner (stricter).
    MilestoneEarlier,
    /// A target's milestone moved later: due later (looser).
    MilestoneLater,
    /// A target judged in every period now has a milestone: not due before.
    MilestoneAdded,
    /// A target's milestone is gone: it is judged in every period.
    MilestoneRemoved,
    /// `default by end` stated or withdrawn.
    DefaultByEnd,
    Metric,
    Owner,
    /// The co-ordinating owners (`owner "A" with "B", "C"`) changed: the
    /// lists before and after.
    CoOwners,
    Points,
    /// A target only tracked (no condition, no points) now earns points.
    NowScored,
    /// A target that earned points (without a condition) is now only
    /// tracked.
    NowTracked,
    Scoring,
    /// A scoring that pays a value less: saturating at a higher share, or
    /// linear where it saturated.
    ScoringStricter,
    /// A scoring that pays a value more: saturating at a lower share, or
    /// saturating where it was linear.
    ScoringLooser,
    /// The step its points are rounded to (`round 0.01`).
    Rounding,
    NotApplicable,
    /// A `not_applicable` rule that treats a unit better (W0802's order).
    NotApplicableLooser,
    /// A `not_applicable` rule that treats a unit worse.
    NotApplicableStricter,
    /// The plan's `default round` changed (each target it rounds has its
    /// own `rounding` line too).
    DefaultRound,
    /// The plan's `default rank_by` changed: what a ranking orders by.
    DefaultRankBy,
    /// `default computed` stated or withdrawn.
    DefaultComputed,
    /// A metric's `computed` stated or withdrawn.
    Computed,
    /// How a measured metric rolls up from children to parents changed
    /// (stated or by its type: `rollup sum` to `rollup reported`).
    Rollup,
    Label,
    Tags,
    Section,
    Type,
    Formula,
    FullName,
    Period,
    Title,
    /// A grade is tried at another place among the plan's grades.
    GradeOrder,
    /// The units a target is for (`for level`, `for tag`, `for unit`):
    /// `(every unit)` on the side without a `for`.
    Applies,
    /// `every year` and the like added, removed or changed.
    Recurrence,
    /// The window changed, neither holding the other.
    Window,
    /// A narrower window: judged in fewer periods.
    WindowLooser,
    /// A wider window: judged in more periods.
    WindowStricter,
    /// `cumulative` added or removed.
    Cumulative,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Stricter => "stricter",
            Kind::Looser => "looser",
            Kind::Threshold => "threshold",
            Kind::TiersPayFailures => "tiers_pay_failures",
            Kind::TiersPayFailuresMended => "tiers_pay_failures_mended",
            Kind::TiersMissValues => "tiers_miss_values",
            Kind::TiersMissValuesMended => "tiers_miss_values_mended",
            Kind::DeadlineEarlier => "deadline_earlier",
            Kind::DeadlineLater => "deadline_later",
            Kind::DeadlineMoved => "deadline_moved",
            Kind::MilestoneEarlier => "milestone_earlier",
            Kind::MilestoneLater => "milestone_later",
            Kind::MilestoneAdded => "milestone_added",
            Kind::MilestoneRemoved => "milestone_removed",
            Kind::DefaultByEnd => "default_by_end",
            Kind::Metric => "metric",
            Kind::Owner => "owner",
            Kind::CoOwners => "co_owners",
            Kind::Points => "points",
            Kind::NowScored => "now_scored",
            Kind::NowTracked => "now_tracked",
            Kind::Scoring => "scoring",
            Kind::ScoringStricter => "scoring_stricter",
            Kind::ScoringLooser => "scoring_looser",
            Kind::Rounding => "rounding",
            Kind::NotApplicable => "not_applicable",
            Kind::NotApplicableLooser => "not_applicable_looser",
            Kind::NotApplicableStricter => "not_applicable_stricter",
            Kind::DefaultRound => "default_round",
            Kind::DefaultRankBy => "default_rank_by",
            Kind::DefaultComputed => "default_computed",
            Kind::Computed => "computed",
            Kind::Rollup => "rollup",
            Kind::Label => "label",
            Kind::Tags => "tags",
            Kind::Section => "section",
            Kind::Type => "type",
            Kind::Formula => "formula",
            Kind::FullName => "full_name",
            Kind::Period => "period",
            Kind::Title => "title",
            Kind::GradeOrder => "grade_order",
            Kind::Applies => "applies_to",
            Kind::Recurrence => "recurrence",
            Kind::Window => "window",
            Kind::WindowLooser => "window_looser",
            Kind::WindowStricter => "window_stricter",
            Kind::Cumulative => "cumulative",
        }
    }
}

/// Every change from `old` to `new`, in a stable order: the header, owners,
/// metrics, then targets in the new plan's order (removed ones where they
/// stood in the old).
pub fn diff(old: &CheckedPlan, new: &CheckedPlan) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |subject, target: &str, kind, old: Option<String>, new: Option<String>| {
        changes.push(Change {
            subject,
            target: target.to_string(),
            kind,
            old,
            new,
        });
    };
    if old.title != new.title {
        push(
            "plan",
            "title",
            Kind::Title,
            old.title.clone(),
            new.title.clone(),
        );
    }
    let period = |p: &CheckedPlan| p.period.map(|p| format!("{} .. {}", p.start, p.end));
    if period(old) != period(new) {
        push("plan", "period", Kind::Period, period(old), period(new));
    }
    // The plan's own line: its targets' `rounding` lines follow, one for
    // each target the default rounds.
    let round = |p: &CheckedPlan| p.default_round.map(|r| r.normalize().to_string());
    if round(old) != round(new) {
        push(
            "plan",
            "default_round",
            Kind::DefaultRound,
            round(old),
            round(new),
        );
    }
    // Not stated is by percentage, but says so: `(none)` on its side.
    let rank_by = |p: &CheckedPlan| p.rank_by.map(|r| r.keyword().to_string());
    if old.rank_by.unwrap_or_default() != new.rank_by.unwrap_or_default() {
        push(
            "plan",
            "default_rank_by",
            Kind::DefaultRankBy,
            rank_by(old),
            rank_by(new),
        );
    }
    let computed = |p: &CheckedPlan| p.default_computed.then(|| "computed".to_string());
    if computed(old) != computed(new) {
        push(
            "plan",
            "default_computed",
            Kind::DefaultComputed,
            computed(old),
            computed(new),
        );
    }
    if let Some((kind, before, after)) = milestones::default_by_end(old, new) {
        push("plan", "default_by_end", kind, before, after);
    }
    for (_, owner) in old.declared_owners() {
        match new.declared_owners().find(|(_, o)| o.key == owner.key) {
            None => push(
                "owner",
                &owner.key,
                Kind::Removed,
                owner.full_name.clone(),
                None,
            ),
            Some((_, now)) if now.full_name != owner.full_name => push(
                "owner",
                &owner.key,
                Kind::FullName,
                owner.full_name.clone(),
                now.full_name.clone(),
            ),
            Some(_) => {}
        }
    }
    for (_, owner) in new
        .declared_owners()
        .filter(|(_, o)| !old.declared_owners().any(|(_, p)| p.key == o.key))
    {
        push(
            "owner",
            &owner.key,
            Kind::Added,
            None,
            owner.full_name.clone(),
        );
    }
    for metric in old.metrics.iter().filter(|m| m.declared()) {
        let name = metric.name.as_str();
        match declared(new, name) {
            None => push(
                "metric",
                name,
                Kind::Removed,
                Some(metric_text(metric)),
                None,
            ),
            Some(now) => {
                for (kind, before, after) in metric_changes(metric, now) {
                    push("metric", name, kind, before, after);
                }
            }
        }
    }
    for metric in new.metrics.iter().filter(|m| m.declared()) {
        if declared(old, &metric.name).is_none() {
            let text = Some(metric_text(metric));
            push("metric", &metric.name, Kind::Added, None, text);
        }
    }
    let (old_ids, new_ids) = (ids(old), ids(new));
    for target in &old.targets {
        if !new_ids.contains_key(target.name.as_str()) {
            push(
                subject(target),
                &target.name,
                Kind::Removed,
                Some(target.threshold().written.clone()),
                None,
            );
        }
    }
    for target in &new.targets {
        match old_ids.get(target.name.as_str()).copied() {
            None => push(
                subject(target),
                &target.name,
                Kind::Added,
                None,
                Some(target.threshold().written.clone()),
            ),
            Some(before) => {
                let before = old.targets.at(before);
                for (kind, a, b) in target_changes(old, before, new, target) {
                    push(subject(target), &target.name, kind, a, b);
                }
            }
        }
    }
    for (kind, name, before, after) in grade_changes(old, new) {
        push("grade", name, kind, before, after);
    }
    changes
}

/// Grades added, removed, changed (stricter when they accept fewer units,
/// looser when more, `Threshold` when neither) and tried at another place,
/// by name: the old plan's removed first, then the new plan's in order.
fn grade_changes<'p>(
    old: &'p CheckedPlan,
    new: &'p CheckedPlan,
) -> Vec<(Kind, &'p str, Option<String>, Option<String>)> {
    let mut changes = Vec::new();
    let find = |plan: &'p CheckedPlan, name: &str| {
        plan.grades.iter().enumerate().find(|(_, g)| g.name == name)
    };
    for grade in &old.grades {
        if find(new, &grade.name).is_none() {
            changes.push((
                Kind::Removed,
                grade.name.as_str(),
                Some(grade.written.clone()),
                None,
            ));
        }
    }
    // Places among the grades both plans have, so that adding or removing
    // one does not move the others.
    let kept = |plan: &'p CheckedPlan, other: &'p CheckedPlan| -> Vec<&'p str> {
        plan.grades
            .iter()
            .filter(|g| find(other, &g.name).is_some())
            .map(|g| g.name.as_str())
            .collect()
    };
    let (old_kept, new_kept) = (kept(old, new), kept(new, old));
    for grade in &new.grades {
        let name = grade.name.as_str();
        let Some((_, before)) = find(old, name) else {
            changes.push((Kind::Added, name, None, Some(grade.written.clone())));
            continue;
        };
        let (a, b) = (before, grade);
        let (narrower, wider) = (
            check::grades::accepts_within(b, a),
            check::grades::accepts_within(a, b),
        );
        let kind = match (narrower, wider) {
            (true, true) => None,
            (true, false) => Some(Kind::Stricter),
            (false, true) => Some(Kind::Looser),
            (false, false) => Some(Kind::Threshold),
        };
        if let Some(kind) = kind {
            changes.push((kind, name, Some(a.written.clone()), Some(b.written.clone())));
        }
        let place = |list: &[&str]| {
            list.iter()
                .position(|n| *n == name)
                .map(|p| (p + 1).to_string())
        };
        let (was, is) = (place(&old_kept), place(&new_kept));
        if was != is {
            changes.push((Kind::GradeOrder, name, was, is));
        }
    }
    changes
}

/// The plan's targets by their ids (the first, should a plan with errors
/// give two the same), so that each target of one plan is found in the other
/// without going through all of them.
fn ids(plan: &CheckedPlan) -> HashMap<&str, TargetId> {
    let mut ids = HashMap::with_capacity(plan.targets.len());
    for (id, target) in plan.targets.iter_enumerated() {
        ids.entry(target.name.as_str()).or_insert(id);
    }
    ids
}

/// The metric called `name`, if the plan declares it.
fn declared<'p>(plan: &'p CheckedPlan, name: &str) -> Option<&'p Metric> {
    let id = plan.metric(name)?;
    Some(plan.metrics.at(id)).filter(|m| m.declared())
}

fn subject(target: &Target) -> &'static str {
    match target.kind {
        TargetKind::Target => "target",
        TargetKind::Task => "task",
    }
}

type Field = (Kind, Option<String>, Option<String>);

fn metric_text(metric: &Metric) -> String {
    match (&metric.formula, metric.ty) {
        (Some(formula), _) => format!("= {}", formula.text),
        (None, Some(ty)) => ty.keyword().to_string(),
        (None, None) => String::new(),
    }
}

fn metric_changes(old: &Metric, new: &Metric) -> Vec<Field> {
    let mut out = Vec::new();
    let formula = |m: &Metric| m.formula.as_ref().map(|f| f.text.clone());
    if formula(old) != formula(new) {
        out.push((Kind::Formula, formula(old), formula(new)));
    } else if old.ty != new.ty {
        out.push((
            Kind::Type,
            old.ty.map(|t| t.keyword().into()),
            new.ty.map(|t| t.keyword().into()),
        ));
    }
    if old.label != new.label {
        out.push((Kind::Label, old.label.clone(), new.label.clone()));
    }
    let computed = |m: &Metric| m.computed_only.then(|| "computed".to_string());
    if computed(old) != computed(new) {
        out.push((Kind::Computed, computed(old), computed(new)));
    }
    // The roll-up that applies, stated or by type: a parent's value of the
    // metric, and so its verdicts, change with it.
    let rollup = |m: &Metric| m.rolls_up().map(|r| format!("rollup {}", r.keyword()));
    if rollup(old) != rollup(new) {
        out.push((Kind::Rollup, rollup(old), rollup(new)));
    }
    out
}

fn target_changes(
    old_plan: &CheckedPlan,
    old: &Target,
    new_plan: &CheckedPlan,
    new: &Target,
) -> Vec<Field> {
    let mut out = Vec::new();
    let (old_metric, new_metric) = (old_plan.metric_name(old), new_plan.metric_name(new));
    if old_metric != new_metric {
        out.push((
            Kind::Metric,
            Some(old_metric.to_string()),
            Some(new_metric.to_string()),
        ));
    }
    // A target without a condition has no threshold to write (`None`).
    let written = |t: &Target| (!t.scores_only()).then(|| t.threshold().written.clone());
    if old.scores_only() != new.scores_only() {
        out.push((Kind::Threshold, written(old), written(new)));
    } else if let Some(kind) = threshold_change(old_plan, old, new_plan, new) {
        out.push((kind, written(old), written(new)));
    }
    out.extend(milestones::milestone_change(old_plan, old, new_plan, new));
    let text = |o: &Option<String>| o.clone();
    let (old_owner, new_owner) = (old_plan.owner_key(old), new_plan.owner_key(new));
    if old_owner != new_owner {
        let key = |k: Option<&str>| k.map(str::to_string);
        out.push((Kind::Owner, key(old_owner), key(new_owner)));
    }
    // Co-ordinating owners by name, as a set: the order written says nothing.
    let co = |plan: &CheckedPlan, t: &Target| {
        let mut keys = plan.co_owner_keys(t);
        keys.sort_unstable();
        keys.join(", ")
    };
    let (old_co, new_co) = (co(old_plan, old), co(new_plan, new));
    if old_co != new_co {
        let shown = |s: String| (!s.is_empty()).then_some(s);
        out.push((Kind::CoOwners, shown(old_co), shown(new_co)));
    }
    // Points are a number, or the name of the metric that gives them and
    // the bound on it, as written (a bound added or moved changes which
    // units' maxima are taken).
    let points = |plan: &CheckedPlan, t: &Target| match (t.points_from, t.points_bound) {
        (Some(from), Some(b)) => format!("{} in {}..{}", plan.metrics.at(from).name, b.low, b.high),
        (Some(from), None) => plan.metrics.at(from).name.clone(),
        (None, _) => t.points.normalize().to_string(),
    };
    if points(old_plan, old) != points(new_plan, new) {
        // Tracked to scored (or back) is a change of what the target is,
        // not only of a number: it is named as such.
        let kind = match (old.tracked_only(), new.tracked_only()) {
            (true, false) => Kind::NowScored,
            (false, true) => Kind::NowTracked,
            _ => Kind::Points,
        };
        out.push((
            kind,
            Some(points(old_plan, old)),
            Some(points(new_plan, new)),
        ));
    }
    // Rounding 0 points changes nothing: a target worth none in both plans
    // (only tracked, or `points 0`) says nothing of its step.
    if old.round != new.round && (old.worth_points() || new.worth_points()) {
        let step = |t: &Target| t.round.map(|r| r.normalize().to_string());
        out.push((Kind::Rounding, step(old), step(new)));
    }
    // A target only tracked has no scoring: its side is shown as none, and
    // a target that starts (or stops) earning points all or nothing says
    // nothing more than its `now_scored` line.
    let scoring = |t: &Target| (!t.tracked_only()).then(|| t.scoring.text());
    let (old_scoring, new_scoring) = (scoring(old), scoring(new));
    let default = Some(Scoring::AllOrNothing.text());
    let only_default =
        |a: &Option<String>, b: &Option<String>| a.is_none() && (b.is_none() || *b == default);
    if !tiers::same_scoring(old_plan, old, new_plan, new)
        && !only_default(&old_scoring, &new_scoring)
        && !only_default(&new_scoring, &old_scoring)
    {
        // Shares of another metric are not weighed against each other.
        let kind = (old_metric == new_metric)
            .then(|| scoring_change(old, new))
            .flatten()
            .unwrap_or(Kind::Scoring);
        out.push((kind, old_scoring, new_scoring));
    }
    out.extend(tiers::agreement_changes(old_plan, old, new_plan, new));
    out.extend(timing::timing_changes(old_plan, old, new_plan, new));
    if old.not_applicable != new.not_applicable {
        // A rule not stated is a meaning of its own (no `n/a`, excluded on
        // a zero denominator): `null` in JSON, named when shown.
        let word = |r: Option<NaRule>| r.map(|r| r.keyword().to_string());
        // A rule that treats a unit better when it writes `n/a` or has
        // nothing to count is looser, as W0802 ranks them (full, then
        // excluded or redistribute, then zero, then refused); otherwise the
        // rule changed.
        let (a, b) = (old.not_applicable, new.not_applicable);
        let kind = match (check::looser_na(a, b), check::looser_na(b, a)) {
            (true, false) => Kind::NotApplicableLooser,
            (false, true) => Kind::NotApplicableStricter,
            _ => Kind::NotApplicable,
        };
        out.push((kind, word(old.not_applicable), word(new.not_applicable)));
    }
    if old.label != new.label {
        out.push((Kind::Label, text(&old.label), text(&new.label)));
    }
    if old.applies != new.applies {
        let units = |t: &Target| Some(t.applies.written()).filter(|w| !w.is_empty());
        out.push((Kind::Applies, units(old), units(new)));
    }
    if old.tags != new.tags {
        out.push((
            Kind::Tags,
            Some(old.tags.join(", ")),
            Some(new.tags.join(", ")),
        ));
    }
    let section = |plan: &CheckedPlan, t: &Target| plan.section_title(t).map(str::to_string);
    if section(old_plan, old) != section(new_plan, new) {
        out.push((
            Kind::Section,
            section(old_plan, old),
            section(new_plan, new),
        ));
    }
    out
}

/// Whether a change of scoring pays every value at least as much, or at
/// most as much, on a target whose condition is kept: `saturating X` pays
/// full points from X and in proportion below, so a higher X pays less (is
/// stricter) and a lower one more; saturating pays at least what `linear`
/// pays. `None` where the change is of another kind, or its sides cannot be
/// weighed (another condition, a `saturating` at the threshold beside one
/// at a value).
fn scoring_change(old: &Target, new: &Target) -> Option<Kind> {
    if old.threshold().written != new.threshold().written {
        return None;
    }
    match (&old.scoring, &new.scoring) {
        (Scoring::Saturating(Some(a)), Scoring::Saturating(Some(b))) => {
            match b.value.cmp(&a.value) {
                std::cmp::Ordering::Greater => Some(Kind::ScoringStricter),
                std::cmp::Ordering::Less => Some(Kind::ScoringLooser),
                std::cmp::Ordering::Equal => None,
            }
        }
        (Scoring::Linear, Scoring::Saturating(_)) => Some(Kind::ScoringLooser),
        (Scoring::Saturating(_), Scoring::Linear) => Some(Kind::ScoringStricter),
        _ => None,
    }
}

/// How a threshold changed, judged by the values it accepts. Conditions on
/// dates are compared relative to their plan's period, so a deadline that moves
/// with the period is neither earlier nor later; tasks due by the end of the
/// period in both plans do not change at all.
fn threshold_change(
    old_plan: &CheckedPlan,
    old: &Target,
    new_plan: &CheckedPlan,
    new: &Target,
) -> Option<Kind> {
    if old.default_due && new.default_due {
        return None;
    }
    let (old_judged, new_judged) = (judged(old_plan, old), judged(new_plan, new));
    // The same values on the same days: no change, even across periods.
    let absolute = comparable(
        Judged {
            period: None,
            ..old_judged
        },
        Judged {
            period: None,
            ..new_judged
        },
    )?;
    if absolute.0 == absolute.1 {
        return None;
    }
    let (a, b) = comparable(old_judged, new_judged)?;
    let dates = old.threshold().on_dates() && new.threshold().on_dates();
    Some(match (dates, b.within(a), a.within(b)) {
        (true, true, true) => Kind::DeadlineMoved,
        (true, true, false) => Kind::DeadlineEarlier,
        (true, false, true) => Kind::DeadlineLater,
        (_, true, false) => Kind::Stricter,
        (_, false, true) => Kind::Looser,
        _ => Kind::Threshold,
    })
}

/// A target's condition with what it takes to judge it.
fn judged<'p>(plan: &'p CheckedPlan, target: &'p Target) -> Judged<'p> {
    Judged {
        threshold: target.threshold(),
        ty: plan.metric_type(target),
        period: plan.period,
    }
}
