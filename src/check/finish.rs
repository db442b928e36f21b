//! The checked plan finished: metrics numbered in the order of their names,
//! targets dropped left out, the order formulas are computed in worked out,
//! and the index of symbols built.

use std::collections::BTreeSet;

use super::model::{
    CheckedPlan, Dropped, DroppedId, Metric, MetricId, Occurrence, Symbol, Symbols, TargetId,
};
use super::Checker;
use crate::index::IndexVec;
use crate::span::Span;

impl Checker<'_> {
    pub(super) fn finish(self) -> CheckedPlan {
        let Checker {
            mut plan,
            targets,
            occurrences,
            ..
        } = self;
        let (mut metrics, metric_of) =
            std::mem::take(&mut plan.metrics).sorted_by(|a, b| a.name.cmp(&b.name));
        for metric in metrics.iter_mut() {
            metric.baseline_of = metric.baseline_of.map(|m| *metric_of.at(m));
            if let Some(formula) = &mut metric.formula {
                formula.term.renumber(&metric_of);
            }
        }
        // Each target kept gets its final id, each dropped one its place
        // among those dropped: per old id, what it became.
        let mut dropped = IndexVec::new();
        let mut target_of: IndexVec<TargetId, Symbol> = IndexVec::new();
        for entry in targets {
            let mut target = entry.target;
            let symbol = if entry.dropped {
                Symbol::Dropped(dropped.push(Dropped {
                    name: target.name,
                    declared_at: target.name_span,
                }))
            } else {
                target.metric = *metric_of.at(target.metric);
                target.points_from = target.points_from.map(|m| *metric_of.at(m));
                Symbol::Target(plan.targets.push(target))
            };
            target_of.push(symbol);
        }
        let occurrences = occurrences
            .into_iter()
            .map(|o| Occurrence {
                symbol: match o.symbol {
                    Symbol::Metric(m) => Symbol::Metric(*metric_of.at(m)),
                    Symbol::Target(t) => *target_of.at(t),
                    other => other,
                },
                ..o
            })
            .collect();
        plan.evaluation_order = evaluation_order(&metrics);
        plan.metrics = metrics;
        let definitions = definitions(&plan, &dropped);
        plan.symbols = Symbols::new(definitions, occurrences, dropped);
        plan
    }
}

/// Each symbol's definition, in the order of symbols.
fn definitions(plan: &CheckedPlan, dropped: &IndexVec<DroppedId, Dropped>) -> Vec<(Symbol, Span)> {
    let metrics = plan
        .metrics
        .iter_enumerated()
        .filter_map(|(id, m)| Some((Symbol::Metric(id), m.declared_at?)));
    let owners = plan
        .owners
        .iter_enumerated()
        .filter_map(|(id, o)| Some((Symbol::Owner(id), o.declared_at?)));
    let sections = plan
        .sections
        .iter_enumerated()
        .map(|(id, s)| (Symbol::Section(id), s.declared_at));
    let targets = plan
        .targets
        .iter_enumerated()
        .map(|(id, t)| (Symbol::Target(id), t.name_span));
    let dropped = dropped
        .iter_enumerated()
        .map(|(id, d)| (Symbol::Dropped(id), d.declared_at));
    metrics
        .chain(owners)
        .chain(sections)
        .chain(targets)
        .chain(dropped)
        .collect()
}

/// The metrics in the order they can be computed: each after the metrics
/// its formula names. Worked out with a list, not recursion, since a chain
/// of derived metrics is as long as the plan makes it. Metrics on a cycle
/// (only in a plan with errors) come last, in id order.
fn evaluation_order(metrics: &IndexVec<MetricId, Metric>) -> Vec<MetricId> {
    let mut uses: IndexVec<MetricId, Vec<MetricId>> = IndexVec::beside(metrics, Vec::new());
    let mut waiting_on: IndexVec<MetricId, usize> = IndexVec::beside(metrics, 0);
    for (metric, m) in metrics.iter_enumerated() {
        let mut names = Vec::new();
        if let Some(formula) = &m.formula {
            formula.term.metrics(&mut names);
        }
        let names: BTreeSet<MetricId> = names.into_iter().collect();
        for used in names {
            uses.at_mut(used).push(metric);
            *waiting_on.at_mut(metric) += 1;
        }
    }
    let mut ready: Vec<MetricId> = metrics
        .ids()
        .filter(|m| *waiting_on.at(*m) == 0)
        .rev()
        .collect();
    let mut order = Vec::with_capacity(metrics.len());
    let mut placed: IndexVec<MetricId, bool> = IndexVec::beside(metrics, false);
    while let Some(metric) = ready.pop() {
        order.push(metric);
        *placed.at_mut(metric) = true;
        for &user in uses.at(metric) {
            *waiting_on.at_mut(user) -= 1;
            if *waiting_on.at(user) == 0 {
                ready.push(user);
            }
        }
    }
    order.extend(metrics.ids().filter(|m| !placed.at(*m)));
    order
}
