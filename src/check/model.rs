//! The checked plan: what the evaluator works from. Names are resolved, types
//! known, defaults filled in.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::span::{Span, Spanned};
use crate::syntax::ast::{Condition, Expr, MetricType, NaRule, Scoring};

#[derive(Debug, Clone, Default)]
pub struct CheckedPlan {
    pub title: Option<String>,
    pub period: Option<Period>,
    pub owners: Vec<Owner>,
    /// Every metric the plan mentions, declared or not, by name.
    pub metrics: BTreeMap<String, Metric>,
    pub sections: Vec<String>,
    /// The default owner of each section, by the same index, so a plan that
    /// extends this one and re-opens a section keeps it.
    pub section_owners: Vec<Option<String>>,
    /// Targets and tasks in the order written.
    pub targets: Vec<Target>,
    /// `default not_applicable RULE`, as this plan states it.
    pub default_not_applicable: Option<NaRule>,
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
}

#[derive(Debug, Clone)]
pub struct Metric {
    pub name: String,
    /// `None` where the type could not be determined (a diagnostic says why).
    pub ty: Option<MetricType>,
    pub label: Option<String>,
    pub formula: Option<Spanned<Expr>>,
    pub declared: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Target,
    /// A task: its metric is the date it was done, due on or before a date.
    Task,
}

#[derive(Debug, Clone)]
pub struct Target {
    /// Stable id used by results and diffs.
    pub id: String,
    pub kind: TargetKind,
    pub metric: String,
    pub condition: Condition,
    /// The condition as written, e.g. `>= 95%` or `in 95%..100%`.
    pub expected: String,
    /// The owner's key.
    pub owner: Option<String>,
    pub label: Option<String>,
    pub tags: Vec<String>,
    /// Index into [`CheckedPlan::sections`].
    pub section: Option<usize>,
    /// The most points the target can earn.
    pub points: Decimal,
    pub scoring: Scoring,
    /// What the plan says of the target being not applicable: on the target,
    /// or through `default not_applicable`. `None` when it says nothing.
    pub not_applicable: Option<NaRule>,
    /// A task without a `due` of its own is due at the end of the period, of
    /// whichever plan it ends up in.
    pub default_due: bool,
    /// The head of the statement: from its keyword to the end of its
    /// condition (or name, for a task), on one line in practice. For an
    /// inherited target, its definition in the plan it comes from (another
    /// file); for an overridden one, the `override`'s head.
    pub span: Span,
    /// Whether the target was written in this plan or inherited.
    pub origin: Origin,
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
}
