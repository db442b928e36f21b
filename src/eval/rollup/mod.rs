//! Roll-up (`eval --units FILE --rollup`): each parent of the units
//! register scored from its children, recursively (wards → city → nation),
//! with its own targets.
//!
//! The roll-up works on measured values, before any formula: a parent's
//! value of a measured metric is its children's aggregate by the metric's
//! `rollup` (or the parent's own report, which wins), and the parent is
//! then evaluated as any unit, from those values. So a derived metric is
//! computed at the parent from the parent's rolled-up inputs (a ratio from
//! summed counts, never an average of ratios), and every check of a unit's
//! values (shares outside their whole, disagreeing reports) holds at the
//! parent too. The engine reads the hierarchy through [`Tree`], which the
//! units register answers.

mod aggregate;
mod children_met;
mod problem;
mod register;

use std::collections::{BTreeMap, HashMap};

use crate::diagnostic::Diagnostic;
use crate::index::IndexVec;
use crate::measure::MeasureFile;
use crate::syntax::ast::Rollup;
use aggregate::{aggregate, Aggregate};
pub use problem::{RollupProblem, CHILDREN_NAMED};

use super::applies::Scopes;
use super::formula::Slot;
use super::result::UnitResult;
use super::{
    gather, grade, hand_out, inputs, period, Detail, FirstRead, Hints, Metrics, Read,
    UnitEvaluation, UnitValues,
};

/// The hierarchy of units a roll-up follows: the units register.
pub trait Tree {
    /// The units without a parent, in the register's order.
    fn roots(&self) -> Vec<String>;
    /// A unit's children, in the register's order.
    fn children(&self, unit: &str) -> Vec<String>;
}

/// Where a unit stands in the hierarchy a roll-up scored, kept on its
/// result for the reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// Its parent in the register; `None` for a root.
    pub parent: Option<String>,
    /// How many parents are above it (0 for a root).
    pub depth: usize,
    /// Its children, in the register's order; empty for a unit scored
    /// from its own values only.
    pub children: Vec<String>,
    /// Its place among its parent's children, by the plan's ranking (set
    /// by `report::rollup::arrange`); `None` for a root or a unit not
    /// scored.
    pub rank: Option<usize>,
    /// Its children's totals, ranked (set by `report::rollup::arrange`).
    pub ranking: Vec<Ranked>,
}

/// A child's place and total, as its parent's report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// `None` for a child that was not scored (its input unusable).
    pub rank: Option<usize>,
    pub unit: String,
    pub summary: super::result::Tally,
}

/// A unit of the register as the walk from the roots met it.
struct Node {
    name: String,
    /// Its parent's place in the walk.
    parent: Option<usize>,
    depth: usize,
    /// Its children's places in the walk, in the register's order.
    children: Vec<usize>,
}

/// The register's units from the roots down, each before its children:
/// a unit met again (only a register with a cycle could give one; the
/// register reports it) is walked once. A stack, not recursion: a register
/// may chain many levels.
fn walk(tree: &dyn Tree) -> Vec<Node> {
    let mut nodes: Vec<Node> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut pending: Vec<(String, Option<usize>)> =
        tree.roots().into_iter().rev().map(|r| (r, None)).collect();
    while let Some((name, parent)) = pending.pop() {
        if seen.contains_key(&name) {
            continue;
        }
        let at = nodes.len();
        seen.insert(name.clone(), at);
        let depth = match parent.and_then(|p| nodes.get_mut(p)) {
            Some(p) => {
                p.children.push(at);
                p.depth + 1
            }
            None => 0,
        };
        for child in tree.children(&name).into_iter().rev() {
            pending.push((child, Some(at)));
        }
        nodes.push(Node {
            name,
            parent,
            depth,
            children: Vec::new(),
        });
    }
    nodes
}

/// What a unit of the files gave: its values, or, when its input could not
/// be used, its result.
enum Own<'f> {
    /// Its values, and the readings they were read from (a cumulative
    /// target sums the unit's other periods).
    Values(UnitValues, Read<'f>),
    Unscored(UnitResult),
}

/// Evaluates every unit of the files and every unit of `tree`, each parent
/// from its children's values (see the module's documentation): the
/// register's units from the roots down, each before its children, then
/// the units of the files the register does not name, in the order they
/// first appear. Each result carries its [`Standing`] (`None` for a unit
/// not in the register).
pub fn evaluate_rolled_up(
    scopes: &Scopes,
    hints: &Hints,
    files: &mut [MeasureFile],
    tree: &dyn Tree,
    detail: Detail,
) -> Vec<UnitResult> {
    // Each unit is scored by the targets for it (`for level`, ...): its
    // scope's metrics, which number the metrics as the whole plan does.
    let metrics = scopes.whole_metrics();
    let plan = metrics.plan;
    // `children_met` reads the children's verdicts: they are kept, and
    // dropped from the results after, where only totals are asked for.
    let asked = detail;
    let detail = if children_met::used(metrics) {
        Detail::Full
    } else {
        detail
    };
    let mut found: Vec<(usize, Diagnostic)> = scopes.outside().to_vec();
    let mut unknown = BTreeMap::new();
    let read: &[MeasureFile] = files;
    let periods = period::check_periods(plan, read, &mut found);
    let baseline_files = read.iter().any(|f| f.baseline);
    let mut warned = super::baseline::Warned::new();
    let mut ev = UnitEvaluation {
        metrics,
        hints,
        files: read,
        found: &mut found,
        unknown: &mut unknown,
        periods: &periods,
        baseline_files,
        warned: &mut warned,
    };
    // Each unit of the files, by name (looked up only); a name given by
    // two files whose input differs keeps the first, the other scored
    // alone after the register's units.
    // Keyed as the register keys its units (NFC, trimmed), so that a name
    // typed with other accents' code points is the register's unit.
    let key = |name: &str| crate::measure::value::nfc(name.trim()).into_owned();
    let mut own: HashMap<String, Own> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut apart: Vec<UnitResult> = Vec::new();
    for unit in gather(read) {
        let values = match unit.unscored {
            Some(problem) => {
                let mut result = inputs::unscored(unit.name, *problem);
                result.grade = grade::unscored(&plan.grades);
                Own::Unscored(result)
            }
            None => {
                ev.metrics = scopes.of(unit.name);
                let (values, read) =
                    ev.tagged(unit.name, |ev| ev.unit_values(unit.name, &unit.readings));
                Own::Values(values, read)
            }
        };
        match own.entry(key(unit.name)) {
            std::collections::hash_map::Entry::Occupied(_) => apart.push(match values {
                Own::Values(values, read) => ev.tagged(unit.name, |ev| {
                    ev.result_of(unit.name, values, &read, detail)
                }),
                Own::Unscored(result) => result,
            }),
            std::collections::hash_map::Entry::Vacant(slot) => {
                order.push(unit.name);
                slot.insert(values);
            }
        }
    }
    let nodes = walk(tree);
    // Children before parents: the walk reversed. Each unit's values as
    // its parent aggregates them, and where they were first read.
    let mut rolled: Vec<Option<UnitValues>> = Vec::new();
    rolled.resize_with(nodes.len(), || None);
    let mut results: Vec<Option<UnitResult>> = Vec::new();
    results.resize_with(nodes.len(), || None);
    for (at, node) in nodes.iter().enumerate().rev() {
        let mine = own.remove(&key(&node.name));
        ev.metrics = scopes.of(&node.name);
        // A parent's cumulative targets sum its own other periods only.
        let (values, read, unscored) = match mine {
            Some(Own::Values(values, read)) => (values, read, None),
            Some(Own::Unscored(result)) => (empty_values(metrics), Read::default(), Some(result)),
            None => (empty_values(metrics), Read::default(), None),
        };
        let values = if node.children.is_empty() {
            // No children: `children_met` does not apply.
            let mut values = values;
            children_met::fill(ev.metrics, &mut values, &[]);
            values
        } else {
            let children: Vec<(&str, &UnitValues)> = node
                .children
                .iter()
                .filter_map(|&c| Some((nodes.get(c)?.name.as_str(), rolled.get(c)?.as_ref()?)))
                .collect();
            let mut values = ev.tagged(&node.name, |ev| roll_up(ev, &node.name, values, &children));
            let results: Vec<&UnitResult> = node
                .children
                .iter()
                .filter_map(|&c| results.get(c)?.as_ref())
                .collect();
            children_met::fill(ev.metrics, &mut values, &results);
            values
        };
        let result = match unscored {
            // A leaf whose file cannot be used keeps the result that says
            // why; a parent is scored from its children all the same.
            Some(result) if node.children.is_empty() => result,
            _ => {
                let kept = keep_for_parent(&values);
                let result = ev.tagged(&node.name, |ev| {
                    ev.result_of(&node.name, values, &read, detail)
                });
                if let Some(slot) = rolled.get_mut(at) {
                    *slot = Some(kept);
                }
                result
            }
        };
        if rolled.get(at).is_some_and(Option::is_none) {
            if let Some(slot) = rolled.get_mut(at) {
                *slot = Some(empty_values(metrics));
            }
        }
        if let Some(slot) = results.get_mut(at) {
            *slot = Some(result);
        }
        // Its children's values are no longer needed.
        for &c in &node.children {
            if let Some(slot) = rolled.get_mut(c) {
                *slot = None;
            }
        }
    }
    let mut out: Vec<UnitResult> = Vec::with_capacity(nodes.len() + order.len());
    for (node, result) in nodes.iter().zip(results) {
        let Some(mut result) = result else { continue };
        result.standing = Some(Box::new(Standing {
            parent: node
                .parent
                .and_then(|p| nodes.get(p))
                .map(|p| p.name.clone()),
            depth: node.depth,
            children: node
                .children
                .iter()
                .filter_map(|&c| nodes.get(c).map(|c| c.name.clone()))
                .collect(),
            rank: None,
            ranking: Vec::new(),
        }));
        out.push(result);
    }
    // The files' units the register does not name, scored alone.
    for name in order {
        match own.remove(&key(name)) {
            Some(Own::Values(values, read)) => {
                ev.metrics = scopes.of(name);
                out.push(ev.tagged(name, |ev| ev.result_of(name, values, &read, detail)))
            }
            Some(Own::Unscored(result)) => out.push(result),
            None => {}
        }
    }
    out.extend(apart);
    if asked == Detail::Totals {
        for unit in &mut out {
            unit.results = Vec::new();
            unit.sections = Vec::new();
            unit.owners = Vec::new();
        }
    }
    hand_out(files, found);
    for file in files.iter_mut() {
        crate::diagnostic::sort(&mut file.diagnostics);
    }
    inputs::tag_units(files);
    out
}

/// A unit without a reading: every metric missing.
fn empty_values(metrics: &Metrics) -> UnitValues {
    let slots = metrics.empty_slots();
    let done_in = IndexVec::beside(&slots, None);
    UnitValues {
        firsts: IndexVec::beside(&slots, None),
        refused: IndexVec::beside(&slots, None),
        written_na: IndexVec::beside(&slots, None),
        slots,
        period: None,
        evaluated: metrics
            .plan
            .period
            .map(super::due::EvaluatedPeriod::of_plan),
        chosen: None,
        baseline: Default::default(),
        done_in,
    }
}

/// What a parent aggregates of a unit: its slots and places, no refusals
/// (those stay the unit's own).
fn keep_for_parent(values: &UnitValues) -> UnitValues {
    UnitValues {
        slots: values.slots.clone(),
        firsts: values.firsts.clone(),
        refused: IndexVec::beside(&values.slots, None),
        written_na: IndexVec::beside(&values.slots, None),
        period: values.period.clone(),
        evaluated: values.evaluated,
        chosen: values.chosen,
        baseline: values.baseline.clone(),
        // Which period gave a task's date is the unit's own note.
        done_in: IndexVec::beside(&values.slots, None),
    }
}

/// The first place a unit's values were read: where what is found of a
/// parent without readings of its own is shown.
fn anchor(values: &UnitValues) -> Option<FirstRead> {
    values.firsts.iter().flatten().next().cloned()
}

/// A parent's values: its own report of each metric where it gave one,
/// else its children's aggregate by the metric's roll-up (`reported`
/// metrics and formulas take nothing from the children).
fn roll_up(
    ev: &mut UnitEvaluation,
    parent: &str,
    mut own: UnitValues,
    children: &[(&str, &UnitValues)],
) -> UnitValues {
    let metrics = ev.metrics;
    let plan = metrics.plan;
    let place = anchor(&own).or_else(|| children.iter().find_map(|(_, v)| anchor(v)));
    // A parent without readings of its own is evaluated for its
    // children's period.
    if own.period.is_none() {
        if let Some((_, child)) = children.iter().find(|(_, v)| v.period.is_some()) {
            own.period = child.period.clone();
            own.evaluated = child.evaluated;
            own.chosen = child.chosen;
        }
    }
    let mut unreported = Vec::new();
    for (m, metric) in plan.metrics.iter_enumerated() {
        let Some(rollup) = metric.rolls_up() else {
            continue;
        };
        let needed = !metrics.dependents(m).is_empty();
        if rollup == Rollup::Reported {
            if own.slots.at(m).is_none() && needed {
                unreported.push(metric.name.clone());
            }
            continue;
        }
        // Where this metric's problems are shown: the parent's reading of
        // it, else the first child's, else the parent's first place.
        let place = own
            .firsts
            .at(m)
            .clone()
            .or_else(|| children.iter().find_map(|(_, v)| v.firsts.at(m).clone()))
            .or_else(|| place.clone());
        let of_children = aggregate(
            rollup,
            children
                .iter()
                .map(|(name, values)| (*name, values.slots.at(m).as_ref())),
        );
        match (own.slots.at(m).clone(), of_children) {
            (Some(Slot::Value(reported)), Aggregate::Value(aggregated)) => {
                if reported != aggregated {
                    let problem = RollupProblem::Differs {
                        metric: metric.name.clone(),
                        ty: metric.ty,
                        parent: parent.to_string(),
                        rollup,
                        reported,
                        children: aggregated,
                    };
                    report(ev, own.firsts.at(m).clone(), problem);
                }
            }
            // The parent's own word (a value, `n/a`, one refused) stands.
            (Some(_), _) => {}
            (None, Aggregate::Value(value)) => {
                *own.slots.at_mut(m) = Some(Slot::Value(value));
                *own.firsts.at_mut(m) = place.clone();
            }
            (None, Aggregate::NotApplicable) => {
                *own.slots.at_mut(m) = Some(Slot::NotApplicable);
                *own.firsts.at_mut(m) = place.clone();
            }
            (None, Aggregate::Gaps { missing, invalid }) => {
                let problem = RollupProblem::Incomplete {
                    metric: metric.name.clone(),
                    parent: parent.to_string(),
                    rollup,
                    invalid: invalid.clone(),
                    missing,
                };
                // Said where a target depends on it: an unused metric's
                // gaps change nothing.
                if needed {
                    let index = report(ev, place.clone(), problem);
                    let slot = match invalid.is_empty() {
                        true => Slot::Incomplete,
                        false => Slot::Invalid,
                    };
                    *own.slots.at_mut(m) = Some(slot);
                    *own.refused.at_mut(m) = index;
                    *own.firsts.at_mut(m) = place.clone();
                }
            }
            (None, Aggregate::TooLarge) => {
                let problem = RollupProblem::TooLarge {
                    metric: metric.name.clone(),
                    parent: parent.to_string(),
                };
                let index = report(ev, place.clone(), problem);
                *own.slots.at_mut(m) = Some(Slot::Invalid);
                *own.refused.at_mut(m) = index;
                *own.firsts.at_mut(m) = place.clone();
            }
        }
    }
    if !unreported.is_empty() {
        let problem = RollupProblem::NotReported {
            parent: parent.to_string(),
            metrics: unreported,
        };
        report(ev, place, problem);
    }
    own
}

/// Adds `problem` at `place` to what was found, and says where it stands
/// among them; `None` where nothing of the parent or its children was read
/// (then every child's targets are missing too, which its report shows).
fn report(
    ev: &mut UnitEvaluation,
    place: Option<FirstRead>,
    problem: RollupProblem,
) -> Option<usize> {
    let (f, place) = place?;
    ev.found.push((f, place.report(problem)));
    Some(ev.found.len() - 1)
}
