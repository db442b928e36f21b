//! The checked plan: what evaluation and `diff` work from, a representation
//! of its own rather than the syntax tree's. Metrics, owners, sections and
//! targets are held in vectors indexed by ids of their own
//! ([`crate::index::IndexVec`]); a target refers to its metric, owner and
//! section by id, its threshold is the interval of values it accepts
//! ([`Threshold`]), and formulas are compiled with metrics by id
//! ([`Formula`]), in an order the checker works out. Names and the text as
//! written are kept for display only. Declarations keep the span of their
//! name, and [`Symbols`] indexes where each is defined and named.

mod applies;
mod formula;
mod grade;
mod milestone;
mod symbols;
mod threshold;
mod timing;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::index::{id, IndexVec};
use crate::span::Span;
use crate::syntax::ast::{MetricType, NaRule};

pub use applies::{Applies, AppliesTo};
pub use formula::{Formula, Term};
pub use grade::{no_tasks_share, Grade, GradeCounts, GradeTest, Quantity};
pub use symbols::{Dropped, Occurrence, Symbol, Symbols};
pub use threshold::{Compares, Threshold};
pub use timing::{Timing, Window};

id!(
    /// A metric of a checked plan.
    pub struct MetricId;
);
id!(
    /// An owner of a checked plan.
    pub struct OwnerId;
);
id!(
    /// A section of a checked plan.
    pub struct SectionId;
);
id!(
    /// A target or task of a checked plan.
    pub struct TargetId;
);
id!(
    /// A target of the plan extended that this plan drops.
    pub struct DroppedId;
);

#[derive(Debug, Clone, Default)]
pub struct CheckedPlan {
    pub title: Option<String>,
    pub period: Option<Period>,
    /// Declared owners in the order declared, and the names a plan that
    /// declares none gives its targets and sections (one that a plan
    /// extending it then declares is left named by nothing: its targets are
    /// the declared owner's).
    pub owners: IndexVec<OwnerId, Owner>,
    /// Every metric the plan mentions, declared or not, in the order of
    /// their names: whatever goes through them goes in one order, however
    /// the plan is laid out.
    pub metrics: IndexVec<MetricId, Metric>,
    /// Every metric after the metrics its formula uses, so that a unit's
    /// metrics are computed once each, in one pass. Metrics on a cycle (only
    /// in a plan with errors) come last, in id order.
    pub evaluation_order: Vec<MetricId>,
    pub sections: IndexVec<SectionId, Section>,
    /// Targets and tasks in the order written.
    pub targets: IndexVec<TargetId, Target>,
    /// `default not_applicable RULE`, as this plan states it.
    pub default_not_applicable: Option<NaRule>,
    /// `default round STEP`, as this plan states it.
    pub default_round: Option<Decimal>,
    /// What a ranking of units orders by when the command line does not
    /// say (`default rank_by points`); `None` where the plan does not say
    /// either (by percentage).
    pub rank_by: Option<crate::syntax::ast::RankBy>,
    /// `default computed`, stated by this plan or the plan it extends: every
    /// derived metric's value comes from its counts only.
    pub default_computed: bool,
    /// `default by end`, stated by this plan or the plan it extends: every
    /// target without a `by` of its own is a milestone at the plan's end.
    pub default_by_end: bool,
    /// The grades of a unit's total, in the order they are tried: this
    /// plan's, or, when it declares none, those of the plan it extends.
    pub grades: Vec<Grade>,
    /// Where each metric, owner, section and target is defined and named.
    pub symbols: Symbols,
}

impl CheckedPlan {
    /// Whether a unit's report of the metric is refused: it is derived, and
    /// the plan says it is computed from its counts only (`computed`, or
    /// `default computed`).
    pub fn computed_only(&self, metric: MetricId) -> bool {
        self.metrics
            .at(metric)
            .computed_only_under(self.default_computed)
    }

    /// The metric called `name`.
    pub fn metric(&self, name: &str) -> Option<MetricId> {
        // The metrics are in name order.
        self.metrics.binary_search_by(|m| m.name.as_str().cmp(name))
    }

    /// The target or task whose id is `name`.
    pub fn target(&self, name: &str) -> Option<TargetId> {
        self.targets.position(|t| t.name == name)
    }

    /// The name of a target's metric.
    pub fn metric_name(&self, target: &Target) -> &str {
        &self.metrics.at(target.metric).name
    }

    /// The type of a target's metric; `None` when unknown (only in a plan
    /// with errors).
    pub fn metric_type(&self, target: &Target) -> Option<MetricType> {
        self.metrics.at(target.metric).ty
    }

    /// The key of a target's owner.
    pub fn owner_key(&self, target: &Target) -> Option<&str> {
        target.owner.map(|o| self.owners.at(o).key.as_str())
    }

    /// Whether a formula uses `baseline(x)`: the plan is then evaluated on
    /// the general path, which reads the `--baseline` files.
    pub fn uses_baselines(&self) -> bool {
        self.metrics.iter().any(|m| m.baseline_of.is_some())
    }

    /// The keys of a target's co-ordinating owners, in the order written.
    pub fn co_owner_keys(&self, target: &Target) -> Vec<&str> {
        target
            .co_owners
            .iter()
            .map(|o| self.owners.at(*o).key.as_str())
            .collect()
    }

    /// The title of a target's section.
    pub fn section_title(&self, target: &Target) -> Option<&str> {
        target.section.map(|s| self.sections.at(s).title.as_str())
    }

    /// What a symbol is called: a metric's or target's name, an owner's
    /// key, a section's title.
    pub fn symbol_name(&self, symbol: Symbol) -> &str {
        match symbol {
            Symbol::Metric(id) => &self.metrics.at(id).name,
            Symbol::Owner(id) => &self.owners.at(id).key,
            Symbol::Section(id) => &self.sections.at(id).title,
            Symbol::Target(id) => &self.targets.at(id).name,
            Symbol::Dropped(id) => &self.symbols.dropped.at(id).name,
        }
    }

    /// The owners the plan declares, in order.
    pub fn declared_owners(&self) -> impl Iterator<Item = (OwnerId, &Owner)> + Clone {
        self.owners.iter_enumerated().filter(|(_, o)| o.declared())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    /// The short name targets refer to, NFC-normalised.
    pub key: String,
    pub full_name: Option<String>,
    /// Where its key is declared; `None` for a name that a plan without
    /// owner declarations takes as it is.
    pub declared_at: Option<Span>,
}

impl Owner {
    pub fn declared(&self) -> bool {
        self.declared_at.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct Metric {
    pub name: String,
    /// `None` where the type could not be determined (a diagnostic says why).
    pub ty: Option<MetricType>,
    pub label: Option<String>,
    pub formula: Option<Formula>,
    /// Where its name is declared; `None` for a metric used without
    /// declaration.
    pub declared_at: Option<Span>,
    /// `computed` after its formula: its value comes from its counts only,
    /// never from a unit's report of it (see [`CheckedPlan::computed_only`]).
    pub computed_only: bool,
    /// For the value of a metric in the baseline period (`baseline(x)`, a
    /// metric of its own named so): the metric it is the earlier value of.
    /// Read from the `--baseline` files only, never from the measurements.
    pub baseline_of: Option<MetricId>,
    /// `rollup sum|max|min|reported` as the plan states it; see
    /// [`Metric::rolls_up`] for the one that applies.
    pub rollup: Option<crate::syntax::ast::Rollup>,
    /// For the metric `children_met(TARGET)` a formula's call makes: the
    /// target whose share of children met it holds (a roll-up gives it).
    pub children_met: Option<String>,
}

impl Metric {
    /// How a parent's value of the metric comes from its children's: the
    /// stated roll-up, else its type's ([`Rollup::default_for`]: counts and
    /// money summed, the rest reported by the parent); `None` for a
    /// derived metric, which a parent computes from its own rolled-up
    /// inputs.
    ///
    /// [`Rollup::default_for`]: crate::syntax::ast::Rollup::default_for
    pub fn rolls_up(&self) -> Option<crate::syntax::ast::Rollup> {
        use crate::syntax::ast::Rollup;
        if self.formula.is_some() || self.children_met.is_some() {
            return None;
        }
        Some(
            self.rollup
                .or(self.ty.map(Rollup::default_for))
                .unwrap_or(Rollup::Reported),
        )
    }

    /// Whether a unit's report of it is refused, under a plan that does or
    /// does not say `default computed`: it is derived, and computed only.
    pub fn computed_only_under(&self, default_computed: bool) -> bool {
        self.formula.is_some() && (self.computed_only || default_computed)
    }

    pub fn declared(&self) -> bool {
        self.declared_at.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// As written, NFC-normalised.
    pub title: String,
    /// The section's default owner, as first declared: a plan that extends
    /// this one and re-opens the section keeps it.
    pub owner: Option<OwnerId>,
    /// Where its title is first written.
    pub declared_at: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Target,
    /// A task: its metric is the date it was done, due on or before a date.
    Task,
}

/// What a target asks of its metric's value: one threshold for the whole
/// period. Milestones (a threshold that changes by date) are to be a
/// schedule, another variant.
#[derive(Debug, Clone, PartialEq)]
pub enum Goal {
    Threshold(Threshold),
    /// No condition: the target only scores (its status is `scored`, never
    /// met nor failed), or, worth no points, is only tracked.
    Scores,
}

#[derive(Debug, Clone)]
pub struct Target {
    /// The id the plan gives it (its metric's name when it gives none),
    /// stable across plans: results, overrides and `diff` know targets by it.
    pub name: String,
    pub kind: TargetKind,
    pub metric: MetricId,
    pub goal: Goal,
    pub owner: Option<OwnerId>,
    /// `owner "A" with "B", "C"`: the co-ordinating owners, in the order
    /// written, each once and never the lead. Owner totals count the target
    /// for each of them as for its lead.
    pub co_owners: Vec<OwnerId>,
    pub label: Option<String>,
    pub tags: Vec<String>,
    pub section: Option<SectionId>,
    /// The most points the target can earn (with `points_from`, until the
    /// unit's data says otherwise: 0).
    pub points: Decimal,
    /// `points max_21`: the unit's value of this metric is the maximum.
    pub points_from: Option<MetricId>,
    /// `points max_21 in 0..20`: the values of `points_from` the plan
    /// accepts as a maximum; `None` takes the unit's word (W0755).
    pub points_bound: Option<MaxBound>,
    pub scoring: Scoring,
    /// `round 0.01` (or the plan's `default round`): the step its points
    /// are rounded to, half away from zero, before they are summed.
    pub round: Option<Decimal>,
    /// What the plan says of the target being not applicable: on the target,
    /// or through `default not_applicable`. `None` when it says nothing.
    pub not_applicable: Option<NaRule>,
    /// A task without a `due` of its own is due at the end of the period, of
    /// whichever plan it ends up in.
    pub default_due: bool,
    /// `by DATE`: a milestone of its own, due from the evaluated period
    /// that ends on or after the date (see [`CheckedPlan::milestone`]).
    pub by: Option<NaiveDate>,
    /// The head of the statement: from its keyword to the end of its
    /// condition (or name, for a task), on one line in practice. For an
    /// inherited target, its definition in the plan it comes from (another
    /// file); for an overridden one, the `override`'s head.
    pub span: Span,
    /// Where its id is written (its metric's name, when it has no id of its
    /// own): its definition, in the plan it comes from for an inherited one
    /// (overridden or not).
    pub name_span: Span,
    /// Whether the target was written in this plan or inherited.
    pub origin: Origin,
    /// The units it is for (`for level`, `for tag`, `for unit`).
    pub applies: Applies,
    /// When it is judged: `every`, `from`/`during`, `cumulative`.
    pub timing: Timing,
}

/// The least and the most points a maximum from the data may be
/// (`points max_21 in 0..20`), both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaxBound {
    pub low: Decimal,
    pub high: Decimal,
}

impl MaxBound {
    pub fn holds(&self, value: Decimal) -> bool {
        self.low <= value && value <= self.high
    }
}

/// Where a target of a checked plan comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Written in this plan.
    Here,
    /// Taken as it was from the plan this one extends, through the
    /// `extends` at `through` (in this plan).
    Inherited { through: Span },
    /// Inherited through the `extends` at `through`, then changed by an
    /// `override` in this plan.
    Overridden { through: Span },
}

impl Origin {
    /// The `extends` an inherited target, changed or not, came through.
    pub fn through(self) -> Option<Span> {
        match self {
            Origin::Here => None,
            Origin::Inherited { through } | Origin::Overridden { through } => Some(through),
        }
    }
}

impl Target {
    /// The threshold it is judged by; a target that only scores has none,
    /// an empty threshold that accepts nothing and compares nothing.
    pub fn threshold(&self) -> &Threshold {
        match &self.goal {
            Goal::Threshold(threshold) => threshold,
            Goal::Scores => &NO_THRESHOLD,
        }
    }

    /// Whether it has no condition: it only scores, or is only tracked.
    pub fn scores_only(&self) -> bool {
        matches!(self.goal, Goal::Scores)
    }

    /// Whether it may earn points: a maximum of the plan's above zero, or
    /// one from the data.
    pub fn worth_points(&self) -> bool {
        !self.points.is_zero() || self.points_from.is_some()
    }

    /// Whether it has no condition and earns no points: it is shown with
    /// its value and counts in no total.
    pub fn tracked_only(&self) -> bool {
        self.scores_only() && self.points.is_zero() && self.points_from.is_none()
    }

    /// What a not-applicable result earns: the plan's rule, or, where the
    /// plan says nothing, exclusion (it counts neither for nor against).
    pub fn na_rule(&self) -> NaRule {
        self.not_applicable.unwrap_or(NaRule::Excluded)
    }

    /// Whether a unit may report `n/a` for this target: only where the plan
    /// states that it can be not applicable. A unit cannot exempt itself.
    pub fn allows_reported_na(&self) -> bool {
        self.not_applicable
            .is_some_and(|rule| rule != NaRule::Never)
    }

    /// The values, in the metric's own units, where the verdict or the
    /// points turn: its thresholds and the limits of its tiers.
    pub fn boundaries(&self) -> impl Iterator<Item = Decimal> + '_ {
        let tiers = match &self.scoring {
            Scoring::Tiers(tiers) => tiers.as_slice(),
            _ => &[],
        };
        self.threshold()
            .numbers()
            .chain(tiers.iter().flat_map(|tier| tier.threshold.numbers()))
    }
}

/// The threshold of every target without a condition.
static NO_THRESHOLD: Threshold = Threshold::NONE;

/// How a target's points are earned.
#[derive(Debug, Clone, PartialEq)]
pub enum Scoring {
    AllOrNothing,
    /// Points in proportion to a rate, kept within 0..100%.
    Linear,
    /// Full points from the threshold on, in proportion below it; the
    /// value it saturates at, for a target without a condition.
    Saturating(Option<SaturatesAt>),
    /// The points of the best tier the value meets.
    Tiers(Vec<Tier>),
}

impl Scoring {
    /// As the plan writes it, in one canonical spelling.
    pub fn text(&self) -> String {
        match self {
            Scoring::AllOrNothing => "all_or_nothing".to_string(),
            Scoring::Linear => "linear".to_string(),
            Scoring::Saturating(None) => "saturating".to_string(),
            Scoring::Saturating(Some(at)) => format!("saturating {}", at.written),
            Scoring::Tiers(tiers) => {
                let list: Vec<&str> = tiers.iter().map(|t| t.written.as_str()).collect();
                format!("tiers {}", list.join(", "))
            }
        }
    }
}

/// `saturating 50%`: where a target without a condition earns its full
/// points.
#[derive(Debug, Clone, PartialEq)]
pub struct SaturatesAt {
    /// In the metric's units, shares as fractions (50% is 0.5).
    pub value: Decimal,
    /// `50%`, in one canonical spelling.
    pub written: String,
}

/// `2 if >= 100%`: these points for a value that meets this comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    /// `None` when not written as a number (an error says so).
    pub points: Option<Decimal>,
    pub threshold: Threshold,
    /// Whether its value can be compared with the metric's (an error says
    /// why not).
    pub fits: bool,
    /// `2 if >= 100%`, in one canonical spelling.
    pub written: String,
    /// From its points to its value.
    pub span: Span,
}
