//! The value of a metric for one unit: as reported, or computed from its
//! formula with exact decimals. The checked plan gives metrics by id and
//! formulas compiled, in the order they are computed; [`Metrics`] adds
//! what evaluation asks of them (the targets that depend on each metric,
//! the names a measurement file may give), so evaluating a unit looks
//! nothing up by name and writes no text: why a value is missing is a
//! [`Note`], put into words only where a report shows it.

use num_rational::Ratio;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use super::exact::Exact;
use std::sync::Arc;

use super::result::{Allowed, Disagreement, Input, ShareOutside, Why};
use crate::check::model::{CheckedPlan, MetricId, Scoring, Target, TargetId, Term};
use crate::index::IndexVec;
use crate::measure::value::Value;
use crate::syntax::ast::{BinOp, MetricType};

/// A reported metric, as far as the evaluator is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum Slot {
    Value(Value),
    NotApplicable,
    /// Reported but unusable; a diagnostic says why.
    Invalid,
    /// Reported empty.
    Empty,
    /// Not reported by a parent whose children's aggregate of it is
    /// missing (`eval --rollup`, W0921 names the children).
    Incomplete,
    /// `children_met(TARGET)` at a parent: `met` of `counted` children met
    /// the target, kept as the two counts so that 2 of 3 is exactly 2/3,
    /// not a decimal cut at 28 digits.
    Share {
        met: u64,
        counted: u64,
    },
}

/// Why a metric has no usable value; the metric by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    NotReported(MetricId),
    /// No value of the metric in the baseline period (`baseline(x)`, the
    /// metric `x` named): no `--baseline` file gives one for the unit.
    NoBaseline(MetricId),
    /// A parent's value that some of its children do not give (roll-up).
    ChildrenIncomplete(MetricId),
    ReportedNotApplicable(MetricId),
    CannotBeUsed(MetricId),
    /// A division by zero; the divisor when it is a metric.
    ZeroDivisor(Option<MetricId>),
    UnusableLiteral,
    NeedsNumbers,
    TooLarge,
    /// The value's kind does not fit the threshold's.
    CannotCompare,
    /// `n/a` reported for a target the plan does not let be not applicable.
    NaNotAllowed(MetricId),
    /// `n/a` reported for a count or an amount of money, which always has a
    /// value (0 when there is nothing to count).
    NaForCount(MetricId),
    /// `n/a` reported for a metric computed from counts that are not all
    /// reported: only they can say there is nothing to count.
    NaWithoutCounts(MetricId),
    /// A zero divisor on a target the plan says always applies.
    AlwaysApplies(Option<MetricId>),
    /// A derived share of a whole came out below 0% or above 100%.
    ShareOutOfRange(MetricId),
    /// A reported value disagrees with the one its formula gives from the
    /// unit's own counts.
    Disagrees(MetricId),
    /// The metric that gives a target's maximum (`points max_21`) is not a
    /// number of zero or more.
    BadMaximum(MetricId),
    /// The metric that gives a target's maximum is outside the bound the
    /// plan sets (`points max_21 in 0..20`, E0754).
    MaxOutsideBound(MetricId),
    /// The metric that gives a target's maximum is 0 for the unit: the
    /// target is worth nothing to it, which its result says.
    ZeroMaximum(MetricId),
    /// Not yet due: its milestone, or a task's due date, after the end of
    /// the period evaluated (see `eval::due`).
    DueFrom(chrono::NaiveDate),
    /// Not judged in the evaluated period, or judged on a sum over periods
    /// that cannot be made: its target's times say why (`eval::timed`).
    Timed,
}

/// A metric's value for one unit, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Value(Value),
    /// A number that no decimal holds exactly (a quotient such as 6/7), as
    /// an exact fraction of 128-bit terms in lowest terms (a larger one is
    /// `Invalid(TooLarge)`). A decimal is always a `Value`.
    Fraction(Ratio<i128>),
    Missing(Note),
    NotApplicable(Note),
    Invalid(Note),
}

/// A unit's reported metrics, by id.
pub type Slots = IndexVec<MetricId, Option<Slot>>;

/// Every metric's outcome for a unit, by id.
pub type Outcomes = IndexVec<MetricId, Outcome>;

/// The checked plan with what evaluation asks of it: the metric a
/// measurement file names, the targets that depend on each metric, the
/// points before each target and the values where each target's verdict
/// turns.
pub struct Metrics<'p> {
    pub plan: &'p CheckedPlan,
    /// The plan's metrics by name, for reading measurement files.
    index: FxHashMap<&'p str, MetricId>,
    /// Per metric, the targets whose value depends on it (directly or
    /// through formulas), in plan order.
    dependents: IndexVec<MetricId, Vec<TargetId>>,
    /// The points of the targets before each, summed in plan order: the
    /// maximum of a unit that excludes none of them.
    max_before: IndexVec<TargetId, Decimal>,
    /// The points of every target.
    max_points: Decimal,
    /// Per target, where its verdict or points turn ([`Target::boundaries`]).
    boundaries: IndexVec<TargetId, Vec<Decimal>>,
    /// Per metric, whether its formula's `else` takes the place of a value
    /// the unit reported `n/a`: only where every target that depends on it
    /// lets a unit write `n/a` (a unit cannot exempt itself). A count's
    /// `n/a` is invalid before any `else` sees it.
    na_falls_back: IndexVec<MetricId, bool>,
    /// Per metric, whether its targets cap it above 100% (see `capped`).
    caps_share: IndexVec<MetricId, bool>,
    /// Per share of a whole, the quotients of two counts or amounts inside
    /// its formula (part, whole): each is a part of its whole too.
    share_parts: IndexVec<MetricId, Vec<(MetricId, MetricId)>>,
    /// Per metric, whether a unit's report of it is refused: the plan
    /// computes it from its counts only ([`CheckedPlan::computed_only`]).
    computed_only: IndexVec<MetricId, bool>,
    /// Per metric, whether a unit's `n/a` for it is refused whatever the
    /// plan's rules, and why (see [`Metrics::never_na`]).
    never_na: IndexVec<MetricId, Option<Option<MetricType>>>,
    /// Whether a target shares its points when it does not apply: a unit's
    /// targets are then settled together.
    pub redistributes: bool,
    /// Per target, how its points are scored, as results show it (shared by
    /// every unit's results); `None` for a target only tracked.
    rules: IndexVec<TargetId, Option<Arc<Scoring>>>,
    /// `eval --period`: the period every unit is evaluated for, as written
    /// and as read.
    pub asked: Option<(String, super::due::EvaluatedPeriod)>,
}

/// A zero divisor (the metric, when it is one) under targets that always
/// apply: the metrics to point at, and the targets' ids.
pub type AlwaysApplying<'p> = (Option<MetricId>, Vec<MetricId>, Vec<&'p str>);

impl<'p> Metrics<'p> {
    pub fn new(plan: &'p CheckedPlan) -> Self {
        let index = plan
            .metrics
            .iter_enumerated()
            .map(|(id, m)| (m.name.as_str(), id))
            .collect();
        let mut sum = Decimal::ZERO;
        let max_before = plan.targets.map(|target| {
            let before = sum;
            if !target.points.is_zero() {
                sum += target.points;
            }
            before
        });
        let dependents = dependents(plan);
        let na_falls_back = dependents.map(|targets| {
            !targets.is_empty()
                && targets
                    .iter()
                    .all(|t| plan.targets.at(*t).allows_reported_na())
        });
        Metrics {
            plan,
            index,
            dependents,
            max_before,
            max_points: sum,
            boundaries: plan.targets.map(|t| t.boundaries().collect()),
            na_falls_back,
            caps_share: super::capped::capping_targets(plan),
            share_parts: plan.metrics.map(|m| share_parts(plan, m)),
            never_na: never_na(plan),
            computed_only: plan
                .metrics
                .map(|m| m.computed_only_under(plan.default_computed)),
            redistributes: super::settle::redistributes(plan),
            rules: plan
                .targets
                .map(|t| (!t.tracked_only()).then(|| Arc::new(t.scoring.clone()))),
            asked: None,
        }
    }

    /// The same, every unit evaluated for `period` (`eval --period`), as
    /// written and as read.
    pub fn asking(mut self, period: Option<(String, super::due::EvaluatedPeriod)>) -> Self {
        self.asked = period;
        self
    }

    pub fn len(&self) -> usize {
        self.plan.metrics.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plan.metrics.is_empty()
    }

    /// The points of the plan's targets before `target`.
    pub fn max_before(&self, target: TargetId) -> Decimal {
        *self.max_before.at(target)
    }

    /// The points of all the plan's targets.
    pub fn max_points(&self) -> Decimal {
        self.max_points
    }

    /// Where a target's verdict or points turn.
    pub fn boundaries(&self, target: TargetId) -> &[Decimal] {
        self.boundaries.at(target)
    }

    /// How a target's points are scored, as results show it.
    pub fn rule(&self, target: TargetId) -> Option<Arc<Scoring>> {
        self.rules.at(target).clone()
    }

    /// The metric a measurement file calls `name`.
    pub fn number(&self, name: &str) -> Option<MetricId> {
        self.index.get(name).copied()
    }

    /// The metric that holds the baseline value of the metric a baseline
    /// file calls `name`, when the plan uses its baseline.
    pub fn baseline_number(&self, name: &str) -> Option<MetricId> {
        self.number(&crate::check::baseline_twin_name(name))
            .filter(|twin| self.baseline_of(*twin).is_some())
    }

    /// For a metric holding a baseline value, the metric it is the
    /// baseline of.
    pub fn baseline_of(&self, metric: MetricId) -> Option<MetricId> {
        self.plan.metrics.at(metric).baseline_of
    }

    pub fn name(&self, metric: MetricId) -> &'p str {
        &self.plan.metrics.at(metric).name
    }

    /// The metric's type; `None` when unknown (only in a plan with errors).
    pub fn ty(&self, metric: MetricId) -> Option<MetricType> {
        self.plan.metrics.at(metric).ty
    }

    /// Whether the unit's `n/a` for the metric is refused whatever the
    /// plan's rules, and why: it is a count or an amount of money
    /// (`Some(Some(ty))`), which always has a value, or a value the plan's
    /// formulas are computed from without the plan declaring it
    /// (`Some(None)`): its kind was never said, so a unit cannot blank it to
    /// send a formula to its fallback.
    pub fn never_na(&self, metric: MetricId) -> Option<Option<MetricType>> {
        *self.never_na.at(metric)
    }

    /// The metric's formula, if it is derived.
    fn formula(&self, metric: MetricId) -> Option<&'p Term> {
        self.plan
            .metrics
            .at(metric)
            .formula
            .as_ref()
            .map(|f| &f.term)
    }

    /// What the metric's `else` takes the place of.
    fn allowed_na(&self, metric: MetricId) -> AllowedNa {
        if *self.na_falls_back.at(metric) {
            AllowedNa::Reported
        } else {
            AllowedNa::ZeroDivisorOnly
        }
    }

    /// Slots for a unit that has reported nothing yet.
    pub fn empty_slots(&self) -> Slots {
        IndexVec::beside(&self.plan.metrics, None)
    }

    /// The targets whose value depends on the metric.
    pub fn dependents(&self, metric: MetricId) -> &[TargetId] {
        self.dependents.at(metric)
    }

    /// The reported metrics a metric is computed from (itself when it has
    /// no formula), in the order its formulas name them: where a problem with
    /// a computed value is pointed at.
    pub fn leaves(&self, metric: MetricId) -> Vec<MetricId> {
        let mut out = Vec::new();
        let mut seen = IndexVec::beside(&self.plan.metrics, false);
        let mut pending = vec![metric];
        while let Some(m) = pending.pop() {
            if std::mem::replace(seen.at_mut(m), true) {
                continue;
            }
            match self.formula(m) {
                Some(formula) => {
                    let mut names = Vec::new();
                    formula.metrics(&mut names);
                    pending.extend(names.into_iter().rev());
                }
                None => out.push(m),
            }
        }
        out
    }

    /// The targets that the unit's `n/a` for the metric leaves not
    /// applicable although the plan does not let them be.
    pub fn refusing_na(&self, metric: MetricId, outcomes: &Outcomes) -> Vec<&'p str> {
        let decided = Outcome::NotApplicable(Note::ReportedNotApplicable(metric));
        let plan = self.plan;
        self.dependents(metric)
            .iter()
            .map(|t| plan.targets.at(*t))
            .filter(|t| target_outcome(t, outcomes) == decided)
            .filter(|t| !t.allows_reported_na())
            .map(|t| t.name.as_str())
            .collect()
    }

    /// The targets worth points on a metric, by name: those that a refused
    /// value of it (a count's `n/a`, or an `n/a` without its counts) leaves
    /// invalid, as no `else` replaces one (a target only tracked stays so,
    /// with a note).
    pub fn invalidated_by(&self, metric: MetricId) -> Vec<&'p str> {
        let plan = self.plan;
        self.dependents(metric)
            .iter()
            .map(|t| plan.targets.at(*t))
            .filter(|t| !t.tracked_only())
            .map(|t| t.name.as_str())
            .collect()
    }

    /// Every metric's outcome for a unit's slots, each computed once.
    pub fn outcomes(&self, slots: &Slots) -> Outcomes {
        let mut out = IndexVec::beside(slots, Outcome::Missing(Note::UnusableLiteral));
        for &metric in &self.plan.evaluation_order {
            *out.at_mut(metric) = self.metric(metric, slots, &out);
        }
        out
    }

    /// Whether a unit's report of the metric is refused: the plan computes
    /// it from its counts only.
    pub fn computed_only(&self, metric: MetricId) -> bool {
        *self.computed_only.at(metric)
    }

    fn metric(&self, metric: MetricId, slots: &Slots, done: &Outcomes) -> Outcome {
        // What the plan computes only is computed as if not reported (W0752
        // says the report was not taken).
        let slot = match self.computed_only(metric) {
            true => &None,
            false => slots.at(metric),
        };
        let reported = match slot {
            Some(Slot::Value(v)) => Some(Outcome::Value(*v)),
            // A count's `n/a` is refused whatever the plan's rules: it is
            // invalid, so no `else` and no `not_applicable` rule pays for it.
            Some(Slot::NotApplicable) if self.never_na(metric).is_some() => {
                Some(Outcome::Invalid(Note::NaForCount(metric)))
            }
            Some(Slot::NotApplicable) => {
                Some(Outcome::NotApplicable(Note::ReportedNotApplicable(metric)))
            }
            Some(Slot::Invalid) => Some(Outcome::Invalid(Note::CannotBeUsed(metric))),
            Some(Slot::Empty) | None => None,
            Some(Slot::Incomplete) => Some(Outcome::Missing(Note::ChildrenIncomplete(metric))),
            Some(Slot::Share { met, counted }) => Some(outcome_of(
                Exact::Decimal(Decimal::from(*met))
                    .checked_div(&Exact::Decimal(Decimal::from(*counted))),
            )),
        };
        match (reported, self.computed(metric, done)) {
            (None, None) => Outcome::Missing(match self.baseline_of(metric) {
                Some(of) => Note::NoBaseline(of),
                None => Note::NotReported(metric),
            }),
            (Some(reported), None) => reported,
            (None, Some(computed)) => computed,
            (Some(Outcome::Value(Value::Number(r))), Some(Outcome::Missing(_)))
                if self.ruled_out(metric, r, done).is_some() =>
            {
                Outcome::Invalid(Note::Disagrees(metric))
            }
            (Some(reported), Some(computed)) => {
                reconcile(metric, self.ty(metric), reported, computed)
            }
        }
    }

    /// A derived metric's value from its formula (`None` for a measured
    /// one), with a share of a whole checked to lie within 0..100%.
    fn computed(&self, metric: MetricId, done: &Outcomes) -> Option<Outcome> {
        let formula = self.formula(metric)?;
        #[cfg(test)]
        tests::COMPUTED.with(|c| c.set(c.get() + 1));
        let allowed = self.allowed_na(metric);
        let outcome = formula_outcome(formula, done, allowed);
        if self.ty(metric) != Some(MetricType::Ratio) {
            return Some(outcome);
        }
        // A share computed outside 0..100% says the counts are wrong: it is
        // refused, as the same share reported would be.
        let value = match number(&outcome) {
            Some(value) => value,
            // A part with no whole (473 online payments of 0) is no share.
            None if matches!(outcome, Outcome::NotApplicable(Note::ZeroDivisor(_)))
                && part_without_whole(formula, done, allowed) =>
            {
                return Some(Outcome::Invalid(Note::ShareOutOfRange(metric)))
            }
            None => return Some(outcome),
        };
        // Whatever its targets, where the plan declares it a share of a
        // whole; a quotient typed by its formula alone is capped by targets
        // that score in proportion, as the method's portal caps it (see
        // `capped`).
        let capped = *self.caps_share.at(metric);
        let above = value > Exact::Decimal(Decimal::ONE) && !capped;
        // A part over its whole inside the formula (`(a / b + c / d) / 2`,
        // `done / total * paid / payable`) cannot exceed it either, even
        // where the whole formula's value stays within 0..100%, or is a
        // quotient the portal caps (only a declared `rate` may exceed).
        let inner = self.part_above_its_whole(metric, done).is_some();
        Some(if value.is_negative() || above || inner {
            Outcome::Invalid(Note::ShareOutOfRange(metric))
        } else {
            outcome
        })
    }

    /// A quotient of two counts or amounts inside a share's formula that
    /// comes above its whole: the part, the whole and the quotient.
    fn part_above_its_whole(
        &self,
        metric: MetricId,
        done: &Outcomes,
    ) -> Option<(MetricId, MetricId, Exact)> {
        self.share_parts
            .at(metric)
            .iter()
            .find_map(|&(part, whole)| {
                let (p, w) = (number(done.at(part))?, number(done.at(whole))?);
                if w.is_zero() || p <= w {
                    return None;
                }
                Some((part, whole, p.checked_div(&w)?))
            })
    }

    /// What the values a unit gave allow a derived metric it reported
    /// directly to be, where its value lies outside it (see `reach`).
    fn ruled_out(&self, metric: MetricId, value: Decimal, done: &Outcomes) -> Option<Allowed> {
        let formula = self.formula(metric)?;
        super::reach::ruled_out(self, formula, value, least_scale(self.ty(metric)), done)
    }

    /// Where a derived metric's value is taken as the unit reported it,
    /// without all of its counts: the counts not reported. Only where the
    /// value stands (neither refused nor computed) and decides points.
    pub fn taken_on_word(&self, metric: MetricId, outcomes: &Outcomes) -> Option<Vec<MetricId>> {
        let Outcome::Value(Value::Number(_)) = outcomes.at(metric) else {
            return None;
        };
        let plan = self.plan;
        let decides = self
            .dependents(metric)
            .iter()
            .any(|t| !plan.targets.at(*t).tracked_only());
        if !decides || !matches!(self.computed(metric, outcomes)?, Outcome::Missing(_)) {
            return None;
        }
        Some(
            self.leaves(metric)
                .into_iter()
                .filter(|m| matches!(outcomes.at(*m), Outcome::Missing(_)))
                .collect(),
        )
    }

    /// The derived shares out of range among a unit's outcomes, for the
    /// metrics some target depends on, with the values they came from.
    pub fn shares_out_of_range(&self, outcomes: &Outcomes) -> Vec<(MetricId, ShareOutside)> {
        outcomes
            .ids()
            .filter(|m| !self.dependents(*m).is_empty())
            .filter_map(|m| Some((m, self.share_out_of_range(m, outcomes)?)))
            .collect()
    }

    /// The metric's share above its whole that its targets cap (see
    /// `capped`), with the values it came from.
    pub fn capped_share(&self, metric: MetricId, outcomes: &Outcomes) -> Option<ShareOutside> {
        let value = number(outcomes.at(metric))
            .filter(|v| *self.caps_share.at(metric) && *v > Exact::Decimal(Decimal::ONE))?
            .shown();
        let formula = self.formula(metric)?;
        Some(ShareOutside {
            metric: self.name(metric).to_string(),
            value,
            inputs: self.named(inputs_of(formula, outcomes)),
            part: None,
        })
    }

    /// Targets the plan says always apply that a zero divisor leaves without
    /// a value: per divisor, the divisor when it is a metric, the metrics to
    /// point at (the divisor, else what the target's formula names) and the
    /// targets' ids.
    pub fn always_applying(&self, outcomes: &Outcomes) -> Vec<AlwaysApplying<'p>> {
        let mut found: Vec<AlwaysApplying<'p>> = Vec::new();
        for target in &self.plan.targets {
            if target.na_rule() != crate::syntax::ast::NaRule::Never {
                continue;
            }
            let Outcome::NotApplicable(Note::ZeroDivisor(divisor)) =
                target_outcome(target, outcomes)
            else {
                continue;
            };
            if let Some(entry) = found
                .iter_mut()
                .find(|(d, ..)| *d == divisor && divisor.is_some())
            {
                entry.2.push(target.name.as_str());
                continue;
            }
            let mut at: Vec<MetricId> = divisor.into_iter().collect();
            if let Some(formula) = self.formula(target.metric) {
                formula.metrics(&mut at);
            }
            found.push((divisor, at, vec![target.name.as_str()]));
        }
        found
    }

    /// The metric's share out of range, if its outcome is one.
    fn share_out_of_range(&self, metric: MetricId, outcomes: &Outcomes) -> Option<ShareOutside> {
        if *outcomes.at(metric) != Outcome::Invalid(Note::ShareOutOfRange(metric)) {
            return None;
        }
        let formula = self.formula(metric)?;
        let whole_outcome = formula_outcome(formula, outcomes, self.allowed_na(metric));
        let whole_within = number(&whole_outcome)
            .is_some_and(|v| !v.is_negative() && v <= Exact::Decimal(Decimal::ONE));
        let value = match whole_outcome {
            Outcome::Value(Value::Number(value)) => Some(value),
            Outcome::Fraction(f) => Exact::Small(f).shown(),
            Outcome::NotApplicable(Note::ZeroDivisor(_)) => None,
            _ => return None,
        };
        let capped = *self.caps_share.at(metric);
        if let (true, Some((part, whole, quotient))) = (
            capped || whole_within,
            self.part_above_its_whole(metric, outcomes),
        ) {
            return Some(ShareOutside {
                metric: self.name(metric).to_string(),
                part: Some(format!("{} / {}", self.name(part), self.name(whole))),
                value: quotient.shown(),
                inputs: self.named(vec![
                    (part, number_value(outcomes.at(part))),
                    (whole, number_value(outcomes.at(whole))),
                ]),
            });
        }
        Some(ShareOutside {
            metric: self.name(metric).to_string(),
            value,
            inputs: self.named(inputs_of(formula, outcomes)),
            part: None,
        })
    }

    /// The note with the metrics it names, and for a share out of range
    /// the values it came from.
    pub fn why_in(&self, note: Note, slots: &Slots, outcomes: &Outcomes) -> Why {
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
    fn named(&self, inputs: Vec<(MetricId, Option<Value>)>) -> Vec<Input> {
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
        metric: MetricId,
        slots: &Slots,
        outcomes: &Outcomes,
    ) -> Option<Disagreement> {
        if *outcomes.at(metric) != Outcome::Invalid(Note::Disagrees(metric)) {
            return None;
        }
        let reported = match slots.at(metric) {
            Some(Slot::Value(v)) => Some(*v),
            _ => None,
        };
        let (computed, allowed) = match self.computed(metric, outcomes)? {
            Outcome::Value(v) => (Some(v), None),
            Outcome::Fraction(f) => (Exact::Small(f).shown().map(Value::Number), None),
            Outcome::Missing(_) => match reported {
                Some(Value::Number(r)) => (None, self.ruled_out(metric, r, outcomes)),
                _ => (None, None),
            },
            _ => (None, None),
        };
        let formula = self.formula(metric)?;
        Some(Disagreement {
            metric: self.name(metric).to_string(),
            ty: self.ty(metric),
            reported,
            computed,
            inputs: self.named(inputs_of(formula, outcomes)),
            allowed,
        })
    }

    /// The note with the metrics it names.
    pub fn why(&self, note: Note) -> Why {
        let name = |m: MetricId| self.name(m).to_string();
        match note {
            Note::NotReported(m) => Why::NotReported(name(m)),
            Note::NoBaseline(m) => Why::NoBaseline(name(m)),
            Note::ChildrenIncomplete(m) => Why::ChildrenIncomplete(name(m)),
            Note::ReportedNotApplicable(m) => Why::ReportedNotApplicable(name(m)),
            Note::CannotBeUsed(m) => Why::CannotBeUsed(name(m), None),
            Note::ZeroDivisor(divisor) => Why::ZeroDivisor(divisor.map(name)),
            Note::UnusableLiteral => Why::UnusableLiteral,
            Note::NeedsNumbers => Why::NeedsNumbers,
            Note::TooLarge => Why::TooLarge,
            Note::CannotCompare => Why::CannotCompare,
            Note::NaNotAllowed(m) => Why::NaNotAllowed(name(m), None),
            Note::NaForCount(m) if self.never_na(m) == Some(None) => {
                Why::NaNotAllowed(name(m), None)
            }
            Note::NaForCount(m) => Why::NaForCount(name(m), None),
            Note::NaWithoutCounts(m) => Why::NaWithoutCounts(name(m), None),
            Note::AlwaysApplies(divisor) => Why::AlwaysApplies(divisor.map(name)),
            Note::ShareOutOfRange(m) => Why::ShareOutOfRange(ShareOutside {
                metric: name(m),
                value: None,
                inputs: Vec::new(),
                part: None,
            }),
            Note::Disagrees(m) => Why::Disagrees(Disagreement {
                metric: name(m),
                ty: self.ty(m),
                reported: None,
                computed: None,
                inputs: Vec::new(),
                allowed: None,
            }),
            Note::BadMaximum(m) => Why::BadMaximum(name(m)),
            Note::MaxOutsideBound(m) => Why::MaxOutsideBound(name(m)),
            Note::ZeroMaximum(m) => Why::ZeroMaximum(name(m)),
            Note::DueFrom(date) => Why::DueFrom(date),
            Note::Timed => Why::Timed(super::timed::TimedWhy::Unknown),
        }
    }
}

/// A target's outcome: its metric's, from a unit's [`Metrics::outcomes`].
pub fn target_outcome(target: &Target, outcomes: &Outcomes) -> Outcome {
    *outcomes.at(target.metric)
}

/// Per metric, the targets whose metric is it or is computed from it.
/// [`Metrics::never_na`] for every metric, worked out once per plan.
fn never_na(plan: &CheckedPlan) -> IndexVec<MetricId, Option<Option<MetricType>>> {
    let mut targeted = IndexVec::beside(&plan.metrics, false);
    // Whether every target on the metric compares it with whole numbers
    // only (`>= 5`): what a count is compared with.
    let mut whole = IndexVec::beside(&plan.metrics, true);
    for target in plan.targets.iter() {
        *targeted.at_mut(target.metric) = true;
        let mut numbers = target.boundaries().peekable();
        let whole_here = numbers.peek().is_some() && numbers.all(|n| n.fract().is_zero());
        *whole.at_mut(target.metric) &= whole_here;
    }
    let mut out = IndexVec::beside(&plan.metrics, None);
    for (id, m) in plan.metrics.iter_enumerated() {
        let always_valued = m.ty.filter(|ty| ty.always_has_value());
        // `children_met(TARGET)` is the plan's own (a ratio, n/a where a
        // unit has no children), though no statement declares it.
        let undeclared = m.declared_at.is_none() && m.formula.is_none() && m.children_met.is_none();
        // Not declared, a value's kind was never said: one a formula uses,
        // or one targets compare with whole numbers only (a count in all
        // but name), takes no `n/a`, as a count does not (docs/scoring.md,
        // "A count is never n/a"). One compared with a fraction, a share, a
        // duration, a date or a yes/no may be undefined.
        let count_like = *targeted.at(id) && *whole.at(id) && m.ty == Some(MetricType::Number);
        let refused = undeclared && (!*targeted.at(id) || count_like);
        *out.at_mut(id) = always_valued.map(Some).or_else(|| refused.then_some(None));
    }
    out
}

fn dependents(plan: &CheckedPlan) -> IndexVec<MetricId, Vec<TargetId>> {
    let mut out = IndexVec::beside(&plan.metrics, Vec::new());
    let mut seen: IndexVec<MetricId, Option<TargetId>> = IndexVec::beside(&plan.metrics, None);
    for (target, t) in plan.targets.iter_enumerated() {
        let mut pending: Vec<MetricId> = [Some(t.metric), t.points_from]
            .into_iter()
            .flatten()
            .collect();
        while let Some(m) = pending.pop() {
            if *seen.at(m) == Some(target) {
                continue;
            }
            *seen.at_mut(m) = Some(target);
            out.at_mut(m).push(target);
            if let Some(formula) = &plan.metrics.at(m).formula {
                formula.term.metrics(&mut pending);
            }
        }
    }
    out
}

/// What `a else b` takes the place of besides a zero divisor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AllowedNa {
    ZeroDivisorOnly,
    /// Also a value the unit reported `n/a`, which every target depending
    /// on the metric lets it write.
    Reported,
}

/// A formula's value part way through computing it: a number exactly, of
/// any size, or the outcome that says why there is none (never a number).
/// Only the formula's own value must fit in 128-bit terms
/// ([`outcome_of`]): `a / b + c / d - c / d` is `a / b` however large
/// `b × d` is. A decimal or a small fraction, as most values are, is held
/// without allocating.
enum Partial {
    Number(Exact),
    Not(Outcome),
}

impl Partial {
    /// A metric's outcome, as a formula uses it.
    fn of(outcome: Outcome) -> Partial {
        match number(&outcome) {
            Some(n) => Partial::Number(n),
            None => Partial::Not(outcome),
        }
    }

    /// The outcome of the formula whose value this is.
    fn outcome(self) -> Outcome {
        match self {
            Partial::Number(n) => outcome_of(Some(n)),
            Partial::Not(outcome) => outcome,
        }
    }

    fn number(&self) -> Option<&Exact> {
        match self {
            Partial::Number(n) => Some(n),
            Partial::Not(_) => None,
        }
    }
}

/// A formula's outcome from the outcomes of the metrics it names (see
/// [`partial`]).
fn formula_outcome(formula: &Term, done: &Outcomes, allowed: AllowedNa) -> Outcome {
    partial(formula, done, allowed).outcome()
}

/// A formula's value from the outcomes of the metrics it names. Recurses
/// over the formula alone, whose depth the parser bounds (E0104: at most
/// [`crate::limits::MAX_OPERATORS`] operators, and brackets, those of calls
/// included, at most [`crate::limits::MAX_NESTING`] deep; a chain of `else`
/// and a call's arguments are lists, walked by loops); the metrics it names
/// are already computed, in the checked plan's evaluation order, each
/// within 128-bit terms, so that an intermediate value has at most as many
/// bits as the formula has operands of 256 bits. No cap here: one would
/// change the verdict of a plan that check called clean.
fn partial(formula: &Term, done: &Outcomes, allowed: AllowedNa) -> Partial {
    match formula {
        Term::Metric(m) => Partial::of(*done.at(*m)),
        Term::Number(v) => Partial::Number(Exact::Decimal(*v)),
        Term::Invalid | Term::Refused(_) => Partial::Not(Outcome::Invalid(Note::UnusableLiteral)),
        Term::Neg(inner) => match partial(inner, done, allowed) {
            Partial::Number(v) => Partial::Number(v.neg()),
            Partial::Not(Outcome::Value(_)) => Partial::Not(Outcome::Invalid(Note::NeedsNumbers)),
            other => other,
        },
        Term::Binary(left, op, right) => {
            let (l, r) = match (partial(left, done, allowed), partial(right, done, allowed)) {
                (Partial::Number(l), Partial::Number(r)) => (l, r),
                (l, r) => return worst(l, r),
            };
            let result = match op {
                BinOp::Add => l.checked_add(&r),
                BinOp::Sub => l.checked_sub(&r),
                BinOp::Mul => l.checked_mul(&r),
                BinOp::Div if r.is_zero() => {
                    let divisor = match **right {
                        Term::Metric(m) => Some(m),
                        _ => None,
                    };
                    return Partial::Not(Outcome::NotApplicable(Note::ZeroDivisor(divisor)));
                }
                BinOp::Div => l.checked_div(&r),
            };
            result.map_or(
                Partial::Not(Outcome::Invalid(Note::TooLarge)),
                Partial::Number,
            )
        }
        Term::Max(terms) => extreme(terms, done, allowed, std::cmp::Ordering::Greater),
        Term::Min(terms) => extreme(terms, done, allowed, std::cmp::Ordering::Less),
        Term::Round(inner, places) => match partial(inner, done, allowed) {
            Partial::Number(value) => match value.round_dp(*places) {
                Some(rounded) => Partial::Number(Exact::Decimal(rounded)),
                None => Partial::Not(Outcome::Invalid(Note::TooLarge)),
            },
            not => worst(not, Partial::Number(Exact::ZERO)),
        },
        Term::Else(alternatives) => {
            let mut value = Partial::Not(Outcome::Missing(Note::UnusableLiteral));
            for alternative in alternatives {
                value = partial(alternative, done, allowed);
                if !matches!(&value, Partial::Not(o) if falls_back(o, allowed)) {
                    return value;
                }
            }
            value
        }
    }
}

/// Whether `else` takes the place of this outcome: a zero divisor, or an
/// `n/a` the plan lets the unit write. A value missing or unusable stays
/// so: `else` never hides what a unit failed to report.
fn falls_back(outcome: &Outcome, allowed: AllowedNa) -> bool {
    match outcome {
        Outcome::NotApplicable(Note::ZeroDivisor(_)) => true,
        Outcome::NotApplicable(Note::ReportedNotApplicable(_)) => allowed == AllowedNa::Reported,
        _ => false,
    }
}

/// The largest (`Greater`) or smallest (`Less`) of values, compared
/// exactly; where one is not a number, the worst of them decides, as in
/// arithmetic.
fn extreme(
    terms: &[Term],
    done: &Outcomes,
    allowed: AllowedNa,
    wanted: std::cmp::Ordering,
) -> Partial {
    let mut best: Option<Exact> = None;
    let mut unusable: Option<Partial> = None;
    for term in terms {
        let value = match partial(term, done, allowed) {
            Partial::Number(value) => value,
            not => {
                unusable = Some(match unusable {
                    Some(before) => worst(before, not),
                    None => worst(not, Partial::Number(Exact::ZERO)),
                });
                continue;
            }
        };
        best = match best {
            Some(b) if value.cmp(&b) != wanted => Some(b),
            _ => Some(value),
        };
    }
    if let Some(not) = unusable {
        return not;
    }
    // INVARIANT: the checker compiles `max` and `min` with two or more
    // arguments; none would be a plan with errors, never evaluated.
    best.map_or(
        Partial::Not(Outcome::Invalid(Note::UnusableLiteral)),
        Partial::Number,
    )
}

/// The metrics a formula names (each once), with their values where they
/// have one, to be shown: a quotient no decimal holds (100 of 210) as its
/// 28-decimal rounding, which messages show to far fewer places.
fn inputs_of(formula: &Term, outcomes: &Outcomes) -> Vec<(MetricId, Option<Value>)> {
    let mut names = Vec::new();
    formula.metrics(&mut names);
    let mut seen = std::collections::HashSet::new();
    names.retain(|m| seen.insert(*m));
    names
        .into_iter()
        .map(|m| match outcomes.at(m) {
            Outcome::Value(v) => (m, Some(*v)),
            Outcome::Fraction(f) => (
                m,
                Exact::Small(*f).round_dp(FINEST_SHOWN).map(Value::Number),
            ),
            _ => (m, None),
        })
        .collect()
}

/// The decimals a quotient no decimal holds is shown to, as an input.
const FINEST_SHOWN: u32 = 28;

/// Whether a share's formula divides a number other than zero by zero
/// anywhere (`late / total`, or inside `1 - late / total`): a part of a
/// whole that has nothing in it.
fn part_without_whole(formula: &Term, done: &Outcomes, allowed: AllowedNa) -> bool {
    let mut pending = vec![formula];
    while let Some(f) = pending.pop() {
        match f {
            Term::Binary(part, op, whole) => {
                let zero_whole = partial(whole, done, allowed)
                    .number()
                    .is_some_and(Exact::is_zero);
                let some_part = partial(part, done, allowed)
                    .number()
                    .is_some_and(|v| !v.is_zero());
                if *op == BinOp::Div && zero_whole && some_part {
                    return true;
                }
                pending.push(part);
                pending.push(whole);
            }
            Term::Neg(inner) | Term::Round(inner, _) => pending.push(inner),
            Term::Max(terms) | Term::Min(terms) | Term::Else(terms) => pending.extend(terms),
            Term::Metric(_) | Term::Number(_) | Term::Invalid | Term::Refused(_) => {}
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
/// the other gives a value, neither is trusted. An `n/a` whose counts are
/// not all reported is refused: a unit that leaves out its counts and
/// writes `n/a` would otherwise take the `not_applicable` rule's points (a
/// `full` one) whatever it had to count.
fn reconcile(
    metric: MetricId,
    ty: Option<MetricType>,
    reported: Outcome,
    computed: Outcome,
) -> Outcome {
    let least = least_scale(ty);
    // Whether the reported value is the computed one written to its own
    // digits (rounded half away from zero, or cut).
    let agree = |r: Decimal, c: &Exact| {
        let scale = r.scale().max(least);
        *c == r || c.round_dp(scale) == Some(r) || cut(c, scale) == Some(r)
    };
    match (reported, computed) {
        (Outcome::NotApplicable(Note::ReportedNotApplicable(_)), Outcome::Missing(_)) => {
            Outcome::Invalid(Note::NaWithoutCounts(metric))
        }
        (reported, Outcome::Missing(_)) => reported,
        (Outcome::Invalid(_), _) => reported,
        (_, Outcome::Invalid(_)) => computed,
        (
            Outcome::Value(Value::Number(r)),
            Outcome::Value(Value::Number(_)) | Outcome::Fraction(_),
        ) if number(&computed).is_some_and(|c| agree(r, &c)) => computed,
        (Outcome::NotApplicable(_), Outcome::NotApplicable(_)) => computed,
        (
            Outcome::Value(_) | Outcome::NotApplicable(_),
            Outcome::Value(_) | Outcome::Fraction(_) | Outcome::NotApplicable(_),
        ) => Outcome::Invalid(Note::Disagrees(metric)),
        (reported, _) => reported,
    }
}

/// The decimals a value of the type is always written to: a fraction's two
/// are a whole percent (or percentage point).
fn least_scale(ty: Option<MetricType>) -> u32 {
    match ty {
        Some(MetricType::Ratio | MetricType::Rate | MetricType::PercentagePoints) => 2,
        _ => 0,
    }
}

/// `c` cut (towards zero) to `scale` decimals.
fn cut(c: &Exact, scale: u32) -> Option<Decimal> {
    let rounded = c.round_dp(scale)?;
    let rounded_exact = Exact::Decimal(rounded);
    // Rounding half away from zero went past the value: one step back.
    let step = Decimal::new(1, scale);
    if c.is_negative() && rounded_exact < *c {
        rounded.checked_add(step)
    } else if !c.is_negative() && rounded_exact > *c {
        rounded.checked_sub(step)
    } else {
        Some(rounded)
    }
}

/// A number outcome, exactly.
pub(crate) fn number(outcome: &Outcome) -> Option<Exact> {
    match outcome {
        Outcome::Value(Value::Number(v)) => Some(Exact::Decimal(*v)),
        Outcome::Fraction(f) => Some(Exact::Small(*f)),
        _ => None,
    }
}

/// The outcome of a computed number: a decimal is a value, a fraction of
/// 128-bit terms a fraction; a larger one, or none (an overflow), is too
/// large.
fn outcome_of(value: Option<Exact>) -> Outcome {
    match value {
        Some(Exact::Decimal(d)) => Outcome::Value(Value::Number(d)),
        Some(Exact::Small(f)) => Outcome::Fraction(f),
        Some(Exact::Big(_)) | None => Outcome::Invalid(Note::TooLarge),
    }
}

/// Of two operands that are not both numbers, the one that decides: an
/// unusable value over a missing one over a not-applicable one.
fn worst(l: Partial, r: Partial) -> Partial {
    let rank = |p: &Partial| match p {
        Partial::Number(_) => 0,
        Partial::Not(Outcome::Invalid(_)) => 3,
        Partial::Not(Outcome::Missing(_)) => 2,
        Partial::Not(Outcome::NotApplicable(_)) => 1,
        Partial::Not(Outcome::Value(_) | Outcome::Fraction(_)) => 4,
    };
    let pick = if rank(&l) >= rank(&r) { l } else { r };
    match pick {
        Partial::Not(Outcome::Value(_) | Outcome::Fraction(_)) => {
            Partial::Not(Outcome::Invalid(Note::NeedsNumbers))
        }
        other => other,
    }
}

/// The quotients of two counts or amounts (part, whole) inside a share's
/// formula, found once per plan.
fn share_parts(
    plan: &CheckedPlan,
    metric: &crate::check::model::Metric,
) -> Vec<(MetricId, MetricId)> {
    let Some(formula) = metric
        .formula
        .as_ref()
        .filter(|_| metric.ty == Some(MetricType::Ratio))
    else {
        return Vec::new();
    };
    let amount = |m: MetricId| {
        matches!(
            plan.metrics.at(m).ty,
            Some(MetricType::Count | MetricType::Money)
        )
    };
    let mut found = Vec::new();
    let mut pending = vec![&formula.term];
    while let Some(term) = pending.pop() {
        match term {
            Term::Binary(left, op, right) => {
                if let (BinOp::Div, Term::Metric(part), Term::Metric(whole)) =
                    (op, &**left, &**right)
                {
                    if amount(*part) && amount(*whole) {
                        found.push((*part, *whole));
                    }
                }
                pending.push(right);
                pending.push(left);
            }
            Term::Neg(inner) | Term::Round(inner, _) => pending.push(inner),
            Term::Max(terms) | Term::Min(terms) | Term::Else(terms) | Term::Refused(terms) => {
                pending.extend(terms.iter());
            }
            Term::Metric(_) | Term::Number(_) | Term::Invalid => {}
        }
    }
    found
}

/// A decimal outcome as a value, for showing it.
fn number_value(outcome: &Outcome) -> Option<Value> {
    match outcome {
        Outcome::Value(v) => Some(*v),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use std::cell::Cell;

    use super::*;
    use crate::{check_source, SourceFile};

    thread_local! {
        /// Formulas computed on this thread.
        pub(super) static COMPUTED: Cell<usize> = const { Cell::new(0) };
    }

    /// The outcome of the plan's last target for a unit that reports
    /// `value` for each measured metric, and how many formulas were
    /// computed for it.
    fn evaluate(text: String, value: &str) -> (Outcome, usize) {
        let checked = check_source(&SourceFile::new("t.plan", text));
        assert!(!checked.has_errors());
        let metrics = Metrics::new(&checked.plan);
        let mut slots = metrics.empty_slots();
        for (id, metric) in checked.plan.metrics.iter_enumerated() {
            if metric.formula.is_none() {
                *slots.at_mut(id) = Some(Slot::Value(Value::Number(value.parse().unwrap())));
            }
        }
        COMPUTED.with(|c| c.set(0));
        let outcomes = metrics.outcomes(&slots);
        let target = checked.plan.targets.iter().last().unwrap();
        (target_outcome(target, &outcomes), COMPUTED.with(Cell::get))
    }

    #[test]
    fn each_metric_is_computed_once_per_unit() {
        // Each metric squares the one before: computed again for each use,
        // the last would take 2^32 computations.
        let mut text = String::from("metric m0: number\n");
        for i in 1..=32 {
            text += &format!("metric m{i}: number = m{} * m{}\n", i - 1, i - 1);
        }
        text += "target t: m32 >= 1\n";
        let (outcome, computed) = evaluate(text, "1");
        assert_eq!(outcome, Outcome::Value(Value::Number(Decimal::ONE)));
        assert_eq!(computed, 32);
    }

    #[test]
    fn a_chain_is_computed_in_linear_time() {
        // Written last first, so the order of computing is the checker's,
        // not the plan's.
        let mut text = String::from("target t: m5000 >= 1\n");
        for i in (1..=5000).rev() {
            text += &format!("metric m{i}: number = m{} + 1\n", i - 1);
        }
        text += "metric m0: number\n";
        let (outcome, computed) = evaluate(text, "0");
        assert_eq!(outcome, Outcome::Value(Value::Number(Decimal::from(5000))));
        assert_eq!(computed, 5000);
    }

    #[test]
    fn a_sum_of_the_most_operators_is_computed_whole() {
        // A left-deep tree 500 deep: a depth cap of 64 made it invalid.
        let names: Vec<String> = (0..=500).map(|i| format!("m{i}")).collect();
        let text = format!("metric total = {}\ntarget total >= 1\n", names.join(" + "));
        let (outcome, computed) = evaluate(text, "1");
        assert_eq!(computed, 1);
        assert_eq!(outcome, Outcome::Value(Value::Number(Decimal::from(501))));
    }
}
