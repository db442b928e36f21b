//! The diagnostics about a unit's values, built here once for every way of
//! evaluating (the general path, and the streamed long CSV, which shows
//! them on one line each); each way places them where it found them.

use super::formula::{target_outcome, Metrics, Note, Outcome, Outcomes, Slot, Slots};
use super::problem::{EvalProblem, FirstGiven};
use super::Hints;
use crate::check::model::MetricId;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::syntax::ast::MetricType;

/// A metric the plan does not have, named by `rows` rows of a file, with
/// the plan's metric closest to it if one is close (for the first few
/// unknown in the file: `nth` counts those before it).
pub(crate) fn unknown_metric(
    metrics: &Metrics,
    hints: &Hints,
    (metric, nth): (&str, usize),
    rows: usize,
) -> Diagnostic {
    let problem = EvalProblem::UnknownMetric {
        metric: metric.to_string(),
        suggestion: hints.suggestion(metrics.plan, metric, nth),
        rows,
        more_files: 0,
    };
    Diagnostic::of(problem, Span::NOWHERE)
}

/// A metric given again for `unit`: with a different value (`differs`)
/// neither is trusted. `first` says where the first value stands.
pub(crate) fn given_twice(
    metric: &str,
    unit: &str,
    differs: bool,
    first: FirstGiven,
) -> Diagnostic {
    Diagnostic::of(
        EvalProblem::GivenTwice {
            metric: metric.to_string(),
            unit: unit.to_string(),
            differs,
            first,
        },
        Span::NOWHERE,
    )
}

/// A metric of type `ty` reported without a value.
pub(crate) fn empty_value(metric: &str, ty: MetricType) -> Diagnostic {
    Diagnostic::of(
        EvalProblem::EmptyValue {
            metric: metric.to_string(),
            always_valued: ty.always_has_value(),
        },
        Span::NOWHERE,
    )
}

/// `n/a` reported (as `written`) for a count or an amount of money, which
/// always has a value, for a metric computed from counts the unit left out,
/// or for a metric on which the plan has targets that may not be not
/// applicable; `None` when all may be.
pub(crate) fn na_refusal(
    metrics: &Metrics,
    metric: MetricId,
    written: &str,
    outcomes: &Outcomes,
) -> Option<Diagnostic> {
    if let Some(ty) = metrics.never_na(metric) {
        let problem = EvalProblem::NaForCount {
            metric: metrics.name(metric).to_string(),
            ty,
            written: written.trim().to_string(),
            targets: names(metrics.invalidated_by(metric)),
        };
        return Some(Diagnostic::of(problem, Span::NOWHERE));
    }
    if *outcomes.at(metric) == Outcome::Invalid(Note::NaWithoutCounts(metric)) {
        let missing = metrics.leaves(metric).into_iter();
        let problem = EvalProblem::NaWithoutCounts {
            metric: metrics.name(metric).to_string(),
            written: written.trim().to_string(),
            counts: missing
                .filter(|m| matches!(outcomes.at(*m), Outcome::Missing(_)))
                .map(|m| metrics.name(m).to_string())
                .collect(),
            targets: names(metrics.invalidated_by(metric)),
        };
        return Some(Diagnostic::of(problem, Span::NOWHERE));
    }
    let refusing = metrics.refusing_na(metric, outcomes);
    if refusing.is_empty() {
        return None;
    }
    let problem = EvalProblem::NaRefused {
        metric: metrics.name(metric).to_string(),
        written: written.trim().to_string(),
        targets: names(refusing),
    };
    Some(Diagnostic::of(problem, Span::NOWHERE))
}

fn names(targets: Vec<&str>) -> Vec<String> {
    targets.into_iter().map(str::to_string).collect()
}

/// A problem with a unit's computed values, and where to show it.
pub(crate) struct Computed {
    /// The reported metrics it comes from: it is shown where the first of
    /// them that was read stands.
    pub at: Vec<MetricId>,
    /// Whether it names the values of the others (of `at` after the
    /// first), which are then pointed at too.
    pub names_values: bool,
    pub diagnostic: Diagnostic,
}

impl Computed {
    /// Where it is shown, and the values it names that are pointed at too
    /// (each metric with where its value was read), given where each
    /// metric's first value was read: the same on every path.
    pub(crate) fn places<P: PartialEq>(
        &self,
        read_at: impl Fn(MetricId) -> Option<P>,
    ) -> Option<(P, Vec<(MetricId, P)>)> {
        let shown = self.at.iter().find_map(|m| read_at(*m))?;
        let named = if self.names_values {
            self.at.get(1..).unwrap_or_default()
        } else {
            &[]
        };
        let others = named
            .iter()
            .filter_map(|m| read_at(*m).map(|p| (*m, p)))
            .filter(|(_, p)| *p != shown)
            .collect();
        Some((shown, others))
    }
}

/// What is wrong with a unit's computed values: reported values that
/// disagree with their counts (E0719), derived shares outside 0..100%
/// (E0718) or above it under targets that cap their points (W0739), zero
/// divisors under targets that always apply (E0717), values too large to
/// hold exactly (E0721).
pub(crate) fn computed_problems(
    metrics: &Metrics,
    slots: &Slots,
    outcomes: &Outcomes,
) -> Vec<Computed> {
    let mut found = Vec::new();
    let mut add = |at: Vec<MetricId>, names_values: bool, problem: EvalProblem| {
        found.push(Computed {
            at,
            names_values,
            diagnostic: Diagnostic::of(problem, Span::NOWHERE),
        });
    };
    for metric in outcomes
        .ids()
        .filter(|m| !metrics.dependents(*m).is_empty())
    {
        let Some(disagreement) = metrics.disagreement(metric, slots, outcomes) else {
            continue;
        };
        let mut at = vec![metric];
        at.extend(metrics.leaves(metric));
        add(at, true, EvalProblem::Disagrees(disagreement));
    }
    for (metric, share) in metrics.shares_out_of_range(outcomes) {
        add(
            metrics.leaves(metric),
            true,
            EvalProblem::ShareOutOfRange(share),
        );
    }
    for metric in outcomes.ids() {
        if let Some(share) = metrics.capped_share(metric, outcomes) {
            add(
                metrics.leaves(metric),
                true,
                EvalProblem::ShareCapped(share),
            );
        }
    }
    for metric in outcomes.ids() {
        if let Some(problem) = unit_word(metrics, metric, slots, outcomes) {
            add(vec![metric], false, problem);
        }
    }
    for (divisor, at, targets) in metrics.always_applying(outcomes) {
        let problem = EvalProblem::AlwaysApplies {
            divisor: divisor.map(|m| metrics.name(m).to_string()),
            targets: targets.into_iter().map(str::to_string).collect(),
        };
        let inputs = at.into_iter().flat_map(|m| metrics.leaves(m)).collect();
        add(inputs, false, problem);
    }
    for (metric, problem) in undecided(metrics, outcomes) {
        add(metrics.leaves(metric), false, problem);
    }
    for (from, target, value) in bad_maxima(metrics, outcomes) {
        // Shown at the maximum's value, or, when it is not reported, at the
        // values the target measures; one outside its bound, at the value.
        let mut at = metrics.leaves(from);
        if !matches!(value, Bad::Outside(_)) {
            at.extend(metrics.leaves(target.metric));
        }
        let (target_name, metric) = (target.name.clone(), metrics.name(from).to_string());
        let problem = match (value, target.points_bound) {
            (Bad::Outside(value), Some(bound)) => EvalProblem::MaxOutsideBound {
                target: target_name,
                metric,
                value,
                bound,
            },
            (Bad::Unusable(value) | Bad::Outside(value), _) => EvalProblem::BadMaximum {
                target: target_name,
                metric,
                value: Some(value),
            },
            (Bad::NotReported, _) => EvalProblem::BadMaximum {
                target: target_name,
                metric,
                value: None,
            },
        };
        add(at, false, problem);
    }
    found
}

/// What is wrong with a maximum from the data, with its value as shown.
enum Bad {
    /// Not reported.
    NotReported,
    /// Not a number of points at all (negative, too large, `n/a`).
    Unusable(String),
    /// Outside the plan's bound on it (E0754).
    Outside(String),
}

/// The targets whose maximum the unit's data gives (`points max_21`) and
/// does not: the metric, the target, and what is wrong with the value. A
/// value refused as it was read has its own diagnostic.
fn bad_maxima<'p>(
    metrics: &Metrics<'p>,
    outcomes: &Outcomes,
) -> Vec<(MetricId, &'p crate::check::model::Target, Bad)> {
    let mut found = Vec::new();
    for target in &metrics.plan.targets {
        let Some(from) = target.points_from else {
            continue;
        };
        let value = match *outcomes.at(from) {
            Outcome::Value(crate::measure::value::Value::Number(n))
                if target.points_bound.is_some_and(|b| !b.holds(n)) =>
            {
                Bad::Outside(n.normalize().to_string())
            }
            Outcome::Value(crate::measure::value::Value::Number(n))
                if !super::usable_maximum(n) =>
            {
                Bad::Unusable(n.normalize().to_string())
            }
            Outcome::NotApplicable(_) => Bad::Unusable("n/a".to_string()),
            Outcome::Missing(Note::NotReported(m)) if m == from => Bad::NotReported,
            _ => continue,
        };
        found.push((from, target, value));
    }
    found
}

/// A derived metric the unit reported itself: refused where the plan
/// computes it from its counts only (W0752), or taken on the unit's word
/// where its counts are not all reported and it decides points (W0753).
fn unit_word(
    metrics: &Metrics,
    metric: MetricId,
    slots: &Slots,
    outcomes: &Outcomes,
) -> Option<EvalProblem> {
    let reported = slots.at(metric).as_ref()?;
    let names = |ids: Vec<MetricId>| -> Vec<String> {
        ids.into_iter()
            .map(|m| metrics.name(m).to_string())
            .collect()
    };
    if metrics.computed_only(metric) {
        if !matches!(reported, Slot::Value(_) | Slot::NotApplicable) {
            return None;
        }
        let counts = metrics.leaves(metric);
        let missing = counts
            .iter()
            .copied()
            .filter(|m| matches!(outcomes.at(*m), Outcome::Missing(_)))
            .collect();
        return Some(EvalProblem::ComputedOnly {
            metric: metrics.name(metric).to_string(),
            counts: names(counts),
            missing: names(missing),
        });
    }
    let Slot::Value(crate::measure::value::Value::Number(value)) = reported else {
        return None;
    };
    let missing = metrics.taken_on_word(metric, outcomes)?;
    Some(EvalProblem::UnitsWord {
        metric: metrics.name(metric).to_string(),
        value: *value,
        ty: metrics.ty(metric),
        missing: names(missing),
    })
}

/// The targets of a unit's outcomes whose value is too large to hold
/// exactly, each with its metric.
fn undecided(metrics: &Metrics, outcomes: &Outcomes) -> Vec<(MetricId, EvalProblem)> {
    let mut found = Vec::new();
    for target in &metrics.plan.targets {
        if target_outcome(target, outcomes) != Outcome::Invalid(Note::TooLarge) {
            continue;
        }
        let problem = EvalProblem::TooLarge {
            target: target.name.clone(),
            metric: metrics.name(target.metric).to_string(),
        };
        found.push((target.metric, problem));
    }
    found
}
