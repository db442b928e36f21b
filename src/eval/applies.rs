//! Targets for some units (`for level`, `for tag`, `for unit`) in
//! evaluation. A unit is evaluated against the plan of the targets it is
//! for: a target not for it is absent, not in its results and counted in
//! no total (neither missing nor not applicable). Units for which every
//! target holds use the whole plan; the others share one plan per set of
//! targets (a batch has a few: its levels and tags), made once.

use std::collections::{BTreeMap, HashMap};

use super::Metrics;
use crate::check::model::{AppliesTo, CheckedPlan};
use crate::check::problem::AppliesProblem;
use crate::diagnostic::Diagnostic;
use crate::index::IndexVec;
use crate::measure::MeasureFile;
use crate::units::Register;

/// The plans of a batch's units: for each unit some of whose targets are
/// not its own, the plan of its targets only; and the warnings for units
/// the register does not list.
#[derive(Debug, Default)]
pub struct Scoped {
    plans: Vec<CheckedPlan>,
    /// The plan of each unit that has one of its own (by number).
    of_unit: HashMap<String, usize>,
    /// W0241 per unit missing from the register, with its file's number.
    outside: Vec<(usize, Diagnostic)>,
}

impl Scoped {
    /// The plans of the units of `files`, by what `register` says of each.
    pub fn new(plan: &CheckedPlan, register: Option<&Register>, files: &[MeasureFile]) -> Scoped {
        let mut scoped = Scoped::default();
        if plan.targets.iter().all(|t| t.applies.everyone()) {
            return scoped;
        }
        let needs_register = plan.targets.iter().any(|t| t.applies.needs_register());
        let mut classes: BTreeMap<Vec<bool>, usize> = BTreeMap::new();
        let mut seen: HashMap<&str, ()> = HashMap::new();
        for (f, file) in files.iter().enumerate() {
            for reading in &file.readings {
                let unit = reading.unit.as_deref().unwrap_or(&file.default_unit);
                if seen.insert(unit, ()).is_some() {
                    continue;
                }
                let entry = register.and_then(|r| r.get(unit));
                if let (Some(register), None, true) = (register, entry, needs_register) {
                    let names = register.units().map(|u| u.name.as_str());
                    let problem = AppliesProblem::NotInRegister {
                        unit: unit.to_string(),
                        suggestion: crate::suggest::closest(unit, names).map(str::to_string),
                    };
                    // At the row that names it, or the file's start when
                    // its name is the file's.
                    let start = file.source.point(0);
                    let mut diagnostic = match (&reading.unit, &reading.metric_place.cell) {
                        (None, _) => Diagnostic::of(problem, start),
                        (Some(_), Some(_)) => {
                            reading.metric_place.locate(Diagnostic::of(problem, start))
                        }
                        (Some(_), None) => {
                            let at = reading.metric_place.span.start;
                            let text = file.source.text.get(..at).unwrap_or("");
                            let line = text.rfind('\n').map_or(0, |n| n + 1);
                            Diagnostic::of(problem, file.source.point(line))
                        }
                    };
                    diagnostic.unit = Some(unit.to_string());
                    scoped.outside.push((f, diagnostic));
                }
                let mask: Vec<bool> = plan
                    .targets
                    .iter()
                    .map(|t| t.applies.holds(unit, entry))
                    .collect();
                if mask.iter().all(|&m| m) {
                    continue;
                }
                let next = classes.len();
                let class = *classes.entry(mask).or_insert(next);
                scoped.of_unit.insert(unit.to_string(), class);
            }
        }
        let mut masks: Vec<(usize, Vec<bool>)> = classes.into_iter().map(|(m, c)| (c, m)).collect();
        masks.sort();
        scoped.plans = masks
            .iter()
            .map(|(_, mask)| restricted(plan, mask))
            .collect();
        scoped
    }

    /// [`Scoped::new`], and a plan for every unit of the register besides
    /// (`eval --rollup` scores parents that have no reading of their own).
    pub fn with_register(plan: &CheckedPlan, register: &Register, files: &[MeasureFile]) -> Scoped {
        let mut scoped = Scoped::new(plan, Some(register), files);
        if plan.targets.iter().all(|t| t.applies.everyone()) {
            return scoped;
        }
        let mut classes: BTreeMap<Vec<bool>, usize> = BTreeMap::new();
        for entry in register.units() {
            if scoped.of_unit.contains_key(&entry.name) {
                continue;
            }
            let mask: Vec<bool> = plan
                .targets
                .iter()
                .map(|t| t.applies.holds(&entry.name, Some(entry)))
                .collect();
            if mask.iter().all(|&m| m) {
                continue;
            }
            let class = match classes.get(&mask) {
                Some(class) => *class,
                None => {
                    scoped.plans.push(restricted(plan, &mask));
                    let class = scoped.plans.len() - 1;
                    classes.insert(mask, class);
                    class
                }
            };
            scoped.of_unit.insert(entry.name.clone(), class);
        }
        scoped
    }

    /// The units the register does not list (W0241), each with the number
    /// of the file where it is first read.
    pub fn outside(&self) -> &[(usize, Diagnostic)] {
        &self.outside
    }
}

/// `plan` with only the targets `mask` keeps.
fn restricted(plan: &CheckedPlan, mask: &[bool]) -> CheckedPlan {
    let mut targets = IndexVec::new();
    for (target, keep) in plan.targets.iter().zip(mask) {
        if *keep {
            targets.push(target.clone());
        }
    }
    CheckedPlan {
        targets,
        ..plan.clone()
    }
}

/// The metrics a unit is evaluated with: the whole plan's, or those of
/// the plan of its targets.
pub struct Scopes<'a> {
    whole: &'a Metrics<'a>,
    plans: Vec<Metrics<'a>>,
    of_unit: Option<&'a HashMap<String, usize>>,
    outside: &'a [(usize, Diagnostic)],
}

impl<'a> Scopes<'a> {
    /// Every unit evaluated against the whole plan.
    pub fn whole(metrics: &'a Metrics<'a>) -> Self {
        Scopes {
            whole: metrics,
            plans: Vec::new(),
            of_unit: None,
            outside: &[],
        }
    }

    /// Each unit evaluated against its plan in `scoped`.
    pub fn new(metrics: &'a Metrics<'a>, scoped: &'a Scoped) -> Self {
        Scopes {
            whole: metrics,
            plans: scoped
                .plans
                .iter()
                .map(|plan| Metrics::new(plan).asking(metrics.asked.clone()))
                .collect(),
            of_unit: Some(&scoped.of_unit),
            outside: &scoped.outside,
        }
    }

    /// The metrics of `unit`'s plan.
    pub(crate) fn of(&self, unit: &str) -> &Metrics<'a> {
        self.of_unit
            .and_then(|of| of.get(unit))
            .and_then(|class| self.plans.get(*class))
            .unwrap_or(self.whole)
    }

    /// The whole plan's metrics.
    pub(crate) fn whole_metrics(&self) -> &Metrics<'a> {
        self.whole
    }

    /// W0241 of the units the register does not list.
    pub(crate) fn outside(&self) -> &'a [(usize, Diagnostic)] {
        self.outside
    }
}

/// E0241 when the plan has targets for levels or tags and no register that
/// could be read is given: at the first such target's `for`.
pub fn without_register(plan: &CheckedPlan, register: Option<&Register>) -> Option<Diagnostic> {
    if register.is_some_and(|r| !r.is_empty()) {
        return None;
    }
    let needing: Vec<_> = plan
        .targets
        .iter()
        .filter(|t| t.applies.needs_register())
        .collect();
    let first = needing.first()?;
    const LISTED: usize = 3;
    let problem = AppliesProblem::WithoutRegister {
        targets: needing
            .iter()
            .take(LISTED)
            .map(|t| t.name.clone())
            .collect(),
        more: needing.len().saturating_sub(LISTED),
    };
    let applies = &first.applies;
    let at = applies
        .clauses
        .iter()
        .zip(&applies.places)
        .find(|(c, _)| !matches!(c, AppliesTo::Units(_)))
        .and_then(|(_, places)| places.first().copied())
        .unwrap_or(first.span);
    Some(Diagnostic::of(problem, at))
}
