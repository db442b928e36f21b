//! The value of a metric for one unit: as reported, or computed from its
//! formula with exact decimals. The plan's metrics are numbered once
//! ([`Metrics`]), so evaluating a unit looks nothing up by name and writes no
//! text: why a value is missing is a [`Note`], put into words only where a
//! report shows it.

use rust_decimal::{Decimal, RoundingStrategy};
use rustc_hash::FxHashMap;

use super::result::{Disagreement, Input, ShareOutside, Why};
use crate::check::model::CheckedPlan;
use crate::limits::MAX_NESTING;
use crate::measure::value::Value;
use crate::span::Spanned;
use crate::syntax::ast::{BinOp, Expr, Literal, MetricType};

/// A reported metric, as far as the evaluator is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    Value(Value),
    NotApplicable,
    /// Reported but unusable; a diagnostic says why.
    Invalid,
    /// Reported empty.
    Empty,
}

/// Why a metric has no usable value; the metric by its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    NotReported(usize),
    ReportedNotApplicable(usize),
    CannotBeUsed(usize),
    /// A division by zero; the divisor when it is a metric.
    ZeroDivisor(Option<usize>),
    UnusableLiteral,
    NeedsNumbers,
    TooLarge,
    /// The value's kind does not fit the threshold's.
    CannotCompare,
    /// `n/a` reported for a target the plan does not let be not applicable.
    NaNotAllowed(usize),
    /// A zero divisor on a target the plan says always applies.
    AlwaysApplies(Option<usize>),
    /// A derived share of a whole came out below 0% or above 100%.
    ShareOutOfRange(usize),
    /// A derived share rounded onto the edge of its whole: whether it lies
    /// within 0..100% cannot be told.
    ShareUndecided(usize),
    /// A reported value disagrees with the one its formula gives from the
    /// unit's own counts.
    Disagrees(usize),
    /// A computed value, rounded to the decimal's 28 digits on the way,
    /// lies too close to a threshold or tier limit to tell on which side
    /// its exact value is.
    Inexact,
}

/// A metric's value for one unit, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Value(Value),
    /// A number computed with rounding (a quotient such as 2/3, a product
    /// with more than 28 decimals): the exact value lies within the second
    /// of the first.
    Approximate(Decimal, Decimal),
    Missing(Note),
    NotApplicable(Note),
    Invalid(Note),
}

/// A formula with its metrics numbered.
#[derive(Debug)]
enum Formula {
    Metric(usize),
    Number(Decimal),
    Unusable,
    Neg(Box<Formula>),
    Binary(Box<Formula>, BinOp, Box<Formula>),
}

/// The plan's metrics by number: names, types, formulas, the order they
/// are computed in, and the metric of each target.
pub struct Metrics<'p> {
    pub plan: &'p CheckedPlan,
    index: FxHashMap<&'p str, usize>,
    names: Vec<&'p str>,
    types: Vec<Option<MetricType>>,
    formulas: Vec<Option<Formula>>,
    /// Every metric after the metrics its formula uses, so that a unit's
    /// metrics are computed once each, in one pass, without recursion.
    order: Vec<usize>,
    /// The metric of each of the plan's targets, by the same index.
    target_metrics: Vec<Option<usize>>,
    /// Per metric, the targets whose value depends on it (directly or
    /// through formulas), in plan order.
    dependents: Vec<Vec<usize>>,
    /// The points of the targets before each, summed in plan order: the
    /// maximum of a unit that excludes none of them.
    max_before: Vec<Decimal>,
}

/// A zero divisor (the metric, when it is one) under targets that always
/// apply: the metrics to point at, and the targets' ids.
pub type AlwaysApplying<'p> = (Option<usize>, Vec<usize>, Vec<&'p str>);

impl<'p> Metrics<'p> {
    pub fn new(plan: &'p CheckedPlan) -> Self {
        let names: Vec<&str> = plan.metrics.keys().map(String::as_str).collect();
        let index: FxHashMap<&str, usize> =
            names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let formulas: Vec<Option<Formula>> = plan
            .metrics
            .values()
            .map(|m| m.formula.as_ref().map(|f| compile(f, &index, 0)))
            .collect();
        let target_metrics: Vec<Option<usize>> = plan
            .targets
            .iter()
            .map(|t| index.get(t.metric.as_str()).copied())
            .collect();
        let mut max_before = vec![Decimal::ZERO];
        let mut sum = Decimal::ZERO;
        for target in &plan.targets {
            if !target.points.is_zero() {
                sum += target.points;
            }
            max_before.push(sum);
        }
        let order = computing_order(&formulas);
        let dependents = dependents(&formulas, &target_metrics, names.len());
        Metrics {
            plan,
            max_before,
            types: plan.metrics.values().map(|m| m.ty).collect(),
            index,
            names,
            formulas,
            order,
            target_metrics,
            dependents,
        }
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The points of the plan's targets before target number `target`.
    pub fn max_before(&self, target: usize) -> Decimal {
        self.max_before.get(target).copied().unwrap_or_default()
    }

    /// The number of the metric called `name`.
    pub fn number(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    pub fn name(&self, metric: usize) -> &'p str {
        self.names.get(metric).copied().unwrap_or("")
    }

    /// The metric's type; `None` when unknown (only in a plan with errors).
    pub fn ty(&self, metric: usize) -> Option<MetricType> {
        self.types.get(metric).copied().flatten()
    }

    /// The targets whose value depends on the metric.
    pub fn dependents(&self, metric: usize) -> &[usize] {
        self.dependents.get(metric).map_or(&[], Vec::as_slice)
    }

    /// The reported metrics a metric is computed from (itself when it has
    /// no formula), in the order its formulas name them: where a problem with
    /// a computed value is pointed at.
    pub fn leaves(&self, metric: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut seen = vec![false; self.len()];
        let mut pending = vec![metric];
        while let Some(m) = pending.pop() {
            match seen.get_mut(m) {
                Some(mark) if !*mark => *mark = true,
                _ => continue,
            }
            match self.formulas.get(m).and_then(Option::as_ref) {
                Some(formula) => {
                    let mut names = Vec::new();
                    formula_metrics(formula, &mut names);
                    pending.extend(names.into_iter().rev());
                }
                None => out.push(m),
            }
        }
        out
    }

    /// The targets that the unit's `n/a` for the metric leaves not
    /// applicable although the plan does not let them be.
    pub fn refusing_na(&self, metric: usize, outcomes: &[Outcome]) -> Vec<&'p str> {
        let decided = Outcome::NotApplicable(Note::ReportedNotApplicable(metric));
        self.dependents(metric)
            .iter()
            .filter(|t| self.target_outcome(**t, outcomes) == decided)
            .filter_map(|t| self.plan.targets.get(*t))
            .filter(|t| !t.allows_reported_na())
            .map(|t| t.id.as_str())
            .collect()
    }

    /// Every metric's outcome for a unit's slots (by metric number), each
    /// computed once.
    pub fn outcomes(&self, slots: &[Option<Slot>]) -> Vec<Outcome> {
        let mut out = vec![Outcome::Missing(Note::UnusableLiteral); self.len()];
        for &metric in &self.order {
            let outcome = self.metric(metric, slots, &out);
            if let Some(place) = out.get_mut(metric) {
                *place = outcome;
            }
        }
        out
    }

    /// The outcome of target number `target`, from a unit's [`outcomes`].
    pub fn target_outcome(&self, target: usize, outcomes: &[Outcome]) -> Outcome {
        self.target_metrics
            .get(target)
            .copied()
            .flatten()
            .and_then(|metric| outcomes.get(metric).copied())
            // Unreachable for a checked plan: every target's metric is known.
            .unwrap_or(Outcome::Invalid(Note::UnusableLiteral))
    }

    fn metric(&self, metric: usize, slots: &[Option<Slot>], done: &[Outcome]) -> Outcome {
        let reported = match slots.get(metric).and_then(Option::as_ref) {
            Some(Slot::Value(v)) => Some(Outcome::Value(*v)),
            Some(Slot::NotApplicable) => {
                Some(Outcome::NotApplicable(Note::ReportedNotApplicable(metric)))
            }
            Some(Slot::Invalid) => Some(Outcome::Invalid(Note::CannotBeUsed(metric))),
            Some(Slot::Empty) | None => None,
        };
        match (reported, self.computed(metric, done)) {
            (None, None) => Outcome::Missing(Note::NotReported(metric)),
            (Some(reported), None) => reported,
            (None, Some(computed)) => computed,
            (Some(reported), Some(computed)) => {
                reconcile(metric, self.ty(metric), reported, computed)
            }
        }
    }

    /// A derived metric's value from its formula (`None` for a measured
    /// one), with a share of a whole checked to lie within 0..100%.
    fn computed(&self, metric: usize, done: &[Outcome]) -> Option<Outcome> {
        let formula = self.formulas.get(metric).and_then(Option::as_ref)?;
        let outcome = formula_outcome(formula, done, 0);
        if self.ty(metric) != Some(MetricType::Ratio) {
            return Some(outcome);
        }
        // A share computed outside 0..100% says the counts are wrong: it is
        // refused, as the same share reported would be.
        let (value, error) = match outcome {
            Outcome::Value(Value::Number(v)) => (v, Decimal::ZERO),
            Outcome::Approximate(v, error) => (v, error),
            // A part with no whole (473 online payments of 0) is no share.
            Outcome::NotApplicable(Note::ZeroDivisor(_)) if part_without_whole(formula, done) => {
                return Some(Outcome::Invalid(Note::ShareOutOfRange(metric)))
            }
            other => return Some(other),
        };
        // A part over its whole known exactly is compared as counts are,
        // whatever rounding the quotient took: 10^27 of 10^27 + 1 is within.
        if let Some(within) = exact_quotient_within_one(formula, done) {
            return Some(if within {
                outcome
            } else {
                Outcome::Invalid(Note::ShareOutOfRange(metric))
            });
        }
        let (low, high) = (
            value.checked_sub(error).unwrap_or(Decimal::MIN),
            value.checked_add(error).unwrap_or(Decimal::MAX),
        );
        Some(if low > Decimal::ONE || high < Decimal::ZERO {
            Outcome::Invalid(Note::ShareOutOfRange(metric))
        } else if high > Decimal::ONE || low < Decimal::ZERO {
            // Rounded onto the edge of the whole: it cannot be told whether
            // the share is in range.
            Outcome::Invalid(Note::ShareUndecided(metric))
        } else {
            outcome
        })
    }

    /// The derived shares out of range among a unit's outcomes, for the
    /// metrics some target depends on (by number), with the values they
    /// came from.
    pub fn shares_out_of_range(&self, outcomes: &[Outcome]) -> Vec<(usize, ShareOutside)> {
        (0..outcomes.len())
            .filter(|m| !self.dependents(*m).is_empty())
            .filter_map(|m| Some((m, self.share_out_of_range(m, outcomes)?)))
            .collect()
    }

    /// Targets the plan says always apply that a zero divisor leaves without
    /// a value: per divisor, the divisor when it is a metric, the metrics to
    /// point at (the divisor, else what the target's formula names) and the
    /// targets' ids.
    pub fn always_applying(&self, outcomes: &[Outcome]) -> Vec<AlwaysApplying<'p>> {
        let mut found: Vec<AlwaysApplying<'p>> = Vec::new();
        for (t, target) in self.plan.targets.iter().enumerate() {
            if target.na_rule() != crate::syntax::ast::NaRule::Never {
                continue;
            }
            let Outcome::NotApplicable(Note::ZeroDivisor(divisor)) =
                self.target_outcome(t, outcomes)
            else {
                continue;
            };
            if let Some(entry) = found
                .iter_mut()
                .find(|(d, ..)| *d == divisor && divisor.is_some())
            {
                entry.2.push(target.id.as_str());
                continue;
            }
            let mut at: Vec<usize> = divisor.into_iter().collect();
            if let Some(Some(formula)) = self
                .target_metrics
                .get(t)
                .copied()
                .flatten()
                .and_then(|m| self.formulas.get(m))
            {
                formula_metrics(formula, &mut at);
            }
            found.push((divisor, at, vec![target.id.as_str()]));
        }
        found
    }

    /// The metric's share out of range, if its outcome is one.
    fn share_out_of_range(&self, metric: usize, outcomes: &[Outcome]) -> Option<ShareOutside> {
        if outcomes.get(metric) != Some(&Outcome::Invalid(Note::ShareOutOfRange(metric))) {
            return None;
        }
        let formula = self.formulas.get(metric).and_then(Option::as_ref)?;
        let value = match formula_outcome(formula, outcomes, 0) {
            Outcome::Value(Value::Number(value)) | Outcome::Approximate(value, _) => Some(value),
            Outcome::NotApplicable(Note::ZeroDivisor(_)) => None,
            _ => return None,
        };
        Some(ShareOutside {
            metric: self.name(metric).to_string(),
            value,
            inputs: self.named(inputs_of(formula, outcomes)),
        })
    }

    /// The note with the metrics it names, and for a share out of range
    /// the values it came from.
    pub fn why_in(&self, note: Note, slots: &[Option<Slot>], outcomes: &[Outcome]) -> Why {
        match note {
            Note::ShareOutOfRange(metric) => match self.share_out_of_range(metric, outcomes) {
                Some(share) => Why::ShareOutOfRange(share),
                None => self.why(note),
            },
            Note::Disagrees(metric) => match self.disagreement(metric, slots, outcomes) {
                Some(d) => Why::Disagrees(d),
                None => self.why(note),
            },
            _ => self.why(note),
        }
    }

    /// Metrics a formula names, with their values: by name and type.
    fn named(&self, inputs: Vec<(usize, Option<Value>)>) -> Vec<Input> {
        inputs
            .into_iter()
            .map(|(m, value)| Input {
                name: self.name(m).to_string(),
                value,
                ty: self.ty(m),
            })
            .collect()
    }

    /// What a reported value and its counts say, where they disagree.
    pub fn disagreement(
        &self,
        metric: usize,
        slots: &[Option<Slot>],
        outcomes: &[Outcome],
    ) -> Option<Disagreement> {
        if outcomes.get(metric) != Some(&Outcome::Invalid(Note::Disagrees(metric))) {
            return None;
        }
        let reported = match slots.get(metric).and_then(Option::as_ref) {
            Some(Slot::Value(v)) => Some(*v),
            _ => None,
        };
        let computed = match self.computed(metric, outcomes)? {
            Outcome::Value(v) => Some(v),
            Outcome::Approximate(v, _) => Some(Value::Number(v)),
            _ => None,
        };
        let formula = self.formulas.get(metric).and_then(Option::as_ref)?;
        Some(Disagreement {
            metric: self.name(metric).to_string(),
            ty: self.ty(metric),
            reported,
            computed,
            inputs: self.named(inputs_of(formula, outcomes)),
        })
    }

    /// The note with the metrics it names.
    pub fn why(&self, note: Note) -> Why {
        let name = |m: usize| self.name(m).to_string();
        match note {
            Note::NotReported(m) => Why::NotReported(name(m)),
            Note::ReportedNotApplicable(m) => Why::ReportedNotApplicable(name(m)),
            Note::CannotBeUsed(m) => Why::CannotBeUsed(name(m), None),
            Note::ZeroDivisor(divisor) => Why::ZeroDivisor(divisor.map(name)),
            Note::UnusableLiteral => Why::UnusableLiteral,
            Note::NeedsNumbers => Why::NeedsNumbers,
            Note::TooLarge => Why::TooLarge,
            Note::CannotCompare => Why::CannotCompare,
            Note::NaNotAllowed(m) => Why::NaNotAllowed(name(m), None),
            Note::AlwaysApplies(divisor) => Why::AlwaysApplies(divisor.map(name)),
            Note::ShareOutOfRange(m) => Why::ShareOutOfRange(ShareOutside {
                metric: name(m),
                value: None,
                inputs: Vec::new(),
            }),
            Note::ShareUndecided(m) => Why::ShareUndecided(name(m)),
            Note::Disagrees(m) => Why::Disagrees(Disagreement {
                metric: name(m),
                ty: self.ty(m),
                reported: None,
                computed: None,
                inputs: Vec::new(),
            }),
            Note::Inexact => Why::Inexact,
        }
    }
}

/// The metrics in the order they can be computed: each after the metrics
/// its formula names. Worked out with a list, not recursion, since a chain
/// of derived metrics is as long as the plan makes it. Metrics on a cycle
/// (only in a plan with errors) come last, in number order.
fn computing_order(formulas: &[Option<Formula>]) -> Vec<usize> {
    let count = formulas.len();
    let mut uses: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut waiting_on = vec![0usize; count];
    for (metric, formula) in formulas.iter().enumerate() {
        let mut names = Vec::new();
        if let Some(formula) = formula {
            formula_metrics(formula, &mut names);
        }
        names.sort_unstable();
        names.dedup();
        for used in names {
            if let Some(list) = uses.get_mut(used) {
                list.push(metric);
            }
            if let Some(n) = waiting_on.get_mut(metric) {
                *n += 1;
            }
        }
    }
    let mut ready: Vec<usize> = (0..count)
        .filter(|m| waiting_on.get(*m) == Some(&0))
        .rev()
        .collect();
    let mut order = Vec::with_capacity(count);
    let mut placed = vec![false; count];
    while let Some(metric) = ready.pop() {
        order.push(metric);
        if let Some(p) = placed.get_mut(metric) {
            *p = true;
        }
        for &user in uses.get(metric).map_or(&[][..], Vec::as_slice) {
            if let Some(n) = waiting_on.get_mut(user) {
                *n -= 1;
                if *n == 0 {
                    ready.push(user);
                }
            }
        }
    }
    order.extend((0..count).filter(|m| placed.get(*m) == Some(&false)));
    order
}

/// Per metric, the targets whose metric is it or is computed from it.
fn dependents(
    formulas: &[Option<Formula>],
    target_metrics: &[Option<usize>],
    count: usize,
) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut seen = vec![usize::MAX; count];
    for (target, metric) in target_metrics.iter().enumerate() {
        let mut pending: Vec<usize> = metric.iter().copied().collect();
        while let Some(m) = pending.pop() {
            match seen.get_mut(m) {
                Some(mark) if *mark != target => *mark = target,
                _ => continue,
            }
            if let Some(list) = out.get_mut(m) {
                list.push(target);
            }
            if let Some(Some(formula)) = formulas.get(m) {
                formula_metrics(formula, &mut pending);
            }
        }
    }
    out
}

/// The metrics a formula names, in the order written.
fn formula_metrics(formula: &Formula, out: &mut Vec<usize>) {
    let mut pending = vec![formula];
    while let Some(f) = pending.pop() {
        match f {
            Formula::Metric(m) => out.push(*m),
            Formula::Number(_) | Formula::Unusable => {}
            Formula::Neg(inner) => pending.push(inner),
            Formula::Binary(l, _, r) => {
                pending.push(r);
                pending.push(l);
            }
        }
    }
}

/// A formula's outcome from the outcomes of the metrics it names. Its
/// nesting is bounded by the checker; the depth bound is a second guard.
fn formula_outcome(formula: &Formula, done: &[Outcome], depth: usize) -> Outcome {
    if depth > MAX_NESTING {
        return Outcome::Invalid(Note::UnusableLiteral);
    }
    match formula {
        Formula::Metric(m) => done
            .get(*m)
            .copied()
            .unwrap_or(Outcome::Missing(Note::NotReported(*m))),
        Formula::Number(v) => Outcome::Value(Value::Number(*v)),
        Formula::Unusable => Outcome::Invalid(Note::UnusableLiteral),
        Formula::Neg(inner) => match formula_outcome(inner, done, depth + 1) {
            Outcome::Value(Value::Number(v)) => Outcome::Value(Value::Number(-v)),
            Outcome::Approximate(v, error) => Outcome::Approximate(-v, error),
            Outcome::Value(_) => Outcome::Invalid(Note::NeedsNumbers),
            other => other,
        },
        Formula::Binary(left, op, right) => {
            let l = formula_outcome(left, done, depth + 1);
            let r = formula_outcome(right, done, depth + 1);
            let ((l, l_error), (r, r_error)) = match (number(&l), number(&r)) {
                (Some(l), Some(r)) => (l, r),
                _ => return worst(l, r),
            };
            if *op == BinOp::Div && r.is_zero() {
                // A divisor that is only nearly zero might not be zero.
                if !r_error.is_zero() {
                    return Outcome::Invalid(Note::Inexact);
                }
                let divisor = match **right {
                    Formula::Metric(m) => Some(m),
                    _ => None,
                };
                return Outcome::NotApplicable(Note::ZeroDivisor(divisor));
            }
            super::exact::apply(*op, (l, l_error), (r, r_error))
        }
    }
}

/// A formula with names replaced by numbers; a name the plan does not know
/// (only in a plan with errors) leaves the formula unusable. Nesting is bounded
/// by the checker; the depth bound is a second guard.
fn compile(expr: &Spanned<Expr>, index: &FxHashMap<&str, usize>, depth: usize) -> Formula {
    if depth > MAX_NESTING {
        return Formula::Unusable;
    }
    match &expr.node {
        Expr::Metric(name) => index
            .get(name.as_str())
            .map_or(Formula::Unusable, |m| Formula::Metric(*m)),
        Expr::Literal(literal) => literal_value(literal).map_or(Formula::Unusable, Formula::Number),
        Expr::Neg(inner) => Formula::Neg(Box::new(compile(inner, index, depth + 1))),
        Expr::Binary(left, op, right) => Formula::Binary(
            Box::new(compile(left, index, depth + 1)),
            *op,
            Box::new(compile(right, index, depth + 1)),
        ),
    }
}

/// The metrics a formula names, with their values where they have one.
fn inputs_of(formula: &Formula, outcomes: &[Outcome]) -> Vec<(usize, Option<Value>)> {
    let mut names = Vec::new();
    formula_metrics(formula, &mut names);
    names
        .into_iter()
        .map(|m| match outcomes.get(m) {
            Some(Outcome::Value(v)) => (m, Some(*v)),
            _ => (m, None),
        })
        .collect()
}

/// For a formula `part / whole` whose two sides are known exactly, whether
/// the quotient lies within 0..1, decided on the sides themselves; `None`
/// for any other formula.
fn exact_quotient_within_one(formula: &Formula, done: &[Outcome]) -> Option<bool> {
    let Formula::Binary(part, BinOp::Div, whole) = formula else {
        return None;
    };
    let exact = |f: &Formula| match formula_outcome(f, done, 0) {
        Outcome::Value(Value::Number(v)) => Some(v),
        _ => None,
    };
    let (part, whole) = (exact(part)?, exact(whole)?);
    Some(if whole.is_sign_positive() && !whole.is_zero() {
        !part.is_sign_negative() && part <= whole || part.is_zero()
    } else {
        !part.is_sign_positive() && part >= whole || part.is_zero()
    })
}

/// Whether a share's formula divides a number other than zero by zero
/// anywhere (`late / total`, or inside `1 - late / total`): a part of a
/// whole that has nothing in it.
fn part_without_whole(formula: &Formula, done: &[Outcome]) -> bool {
    let mut pending = vec![formula];
    while let Some(f) = pending.pop() {
        match f {
            Formula::Binary(part, op, whole) => {
                let zero_whole = matches!(
                    formula_outcome(whole, done, 0),
                    Outcome::Value(Value::Number(w)) if w.is_zero()
                );
                let some_part =
                    number(&formula_outcome(part, done, 0)).is_some_and(|(v, _)| !v.is_zero());
                if *op == BinOp::Div && zero_whole && some_part {
                    return true;
                }
                pending.push(part);
                pending.push(whole);
            }
            Formula::Neg(inner) => pending.push(inner),
            Formula::Metric(_) | Formula::Number(_) | Formula::Unusable => {}
        }
    }
    false
}

/// A reported value beside the one its formula computes from the unit's own
/// counts. Where the counts are not all given, the reported value stands;
/// where both are numbers that agree (to the digits the reported one is
/// written with: 96.45% beside 1196/1240, and a ratio to a whole percent
/// at least, so that 100% does not pass for 55%), the exact computed one is
/// used; where they disagree, or one says there is nothing to measure and
/// the other gives a value, neither is trusted.
fn reconcile(
    metric: usize,
    ty: Option<MetricType>,
    reported: Outcome,
    computed: Outcome,
) -> Outcome {
    // A fraction's two decimals are a whole percent (or percentage point).
    let least = match ty {
        Some(MetricType::Ratio | MetricType::Rate | MetricType::PercentagePoints) => 2,
        _ => 0,
    };
    let agree = |r: Decimal, c: Decimal, error: Decimal| {
        let scale = r.scale().max(least);
        r == c
            || c.checked_sub(error).is_some_and(|low| low <= r)
                && c.checked_add(error).is_some_and(|high| r <= high)
            || c.round_dp_with_strategy(scale, RoundingStrategy::MidpointAwayFromZero) == r
            || c.round_dp_with_strategy(scale, RoundingStrategy::ToZero) == r
    };
    match (reported, computed) {
        (reported, Outcome::Missing(_)) => reported,
        (Outcome::Invalid(_), _) => reported,
        (_, Outcome::Invalid(_)) => computed,
        (Outcome::Value(Value::Number(r)), Outcome::Value(Value::Number(c)))
            if agree(r, c, Decimal::ZERO) =>
        {
            computed
        }
        (Outcome::Value(Value::Number(r)), Outcome::Approximate(c, error))
            if agree(r, c, error) =>
        {
            computed
        }
        (Outcome::NotApplicable(_), Outcome::NotApplicable(_)) => computed,
        (
            Outcome::Value(_) | Outcome::NotApplicable(_),
            Outcome::Value(_) | Outcome::Approximate(..) | Outcome::NotApplicable(_),
        ) => Outcome::Invalid(Note::Disagrees(metric)),
        (reported, _) => reported,
    }
}

/// A number outcome and the bound of its error (zero when exact).
fn number(outcome: &Outcome) -> Option<(Decimal, Decimal)> {
    match outcome {
        Outcome::Value(Value::Number(v)) => Some((*v, Decimal::ZERO)),
        Outcome::Approximate(v, error) => Some((*v, *error)),
        _ => None,
    }
}

/// Of two operands that are not both numbers, the one that decides: an
/// unusable value over a missing one over a not-applicable one.
fn worst(l: Outcome, r: Outcome) -> Outcome {
    let rank = |o: &Outcome| match o {
        Outcome::Invalid(_) => 3,
        Outcome::Missing(_) => 2,
        Outcome::NotApplicable(_) => 1,
        Outcome::Value(Value::Number(_)) | Outcome::Approximate(..) => 0,
        Outcome::Value(_) => 4,
    };
    let pick = if rank(&l) >= rank(&r) { l } else { r };
    match pick {
        Outcome::Value(_) => Outcome::Invalid(Note::NeedsNumbers),
        other => other,
    }
}

pub fn literal_value(literal: &Literal) -> Option<Decimal> {
    match literal {
        Literal::Number(d)
        | Literal::Percent(d)
        | Literal::Minutes(d)
        | Literal::Money(d)
        | Literal::PercentagePoints(d) => Some(*d),
        _ => None,
    }
}
