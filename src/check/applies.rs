//! The `for` clauses of a target or task, resolved into `model::Applies`:
//! a clause written twice (W0242), two levels no unit can both be of
//! (E0240). Against a units register (`check --units`), names no unit has
//! (W0240): `check_against_register`.

use super::model::{Applies, AppliesTo, CheckedPlan};
use super::problem::AppliesProblem;
use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::format::printer::for_text;
use crate::measure::value::nfc;
use crate::span::Spanned;
use crate::syntax::ast::ForClause;
use crate::units::{same_name, Register};

impl Checker<'_> {
    /// The units the clauses say a target is for.
    pub(super) fn applies(&mut self, clauses: &[Spanned<ForClause>]) -> Applies {
        let mut applies = Applies::default();
        let mut level: Option<String> = None;
        // The units every `for unit` so far names (AND of the lists).
        let mut units_so_far: Option<Vec<String>> = None;
        for (i, clause) in clauses.iter().enumerate() {
            if clauses.iter().take(i).any(|c| c.node == clause.node) {
                let clause_text = for_text(&clause.node);
                self.report_at(
                    AppliesProblem::Repeated {
                        clause: clause_text,
                    },
                    clause.span,
                );
                continue;
            }
            let places = match &clause.node {
                ForClause::Level(n) | ForClause::Tag(n) => vec![n.span],
                ForClause::Unit(units) => units.iter().map(|u| u.span).collect(),
            };
            let resolved = match &clause.node {
                ForClause::Level(l) => {
                    let name = nfc(l.node.trim()).into_owned();
                    match &level {
                        Some(first) if !same_name(first, &name) => {
                            let problem = AppliesProblem::NoUnit {
                                first: first.clone(),
                                second: name.clone(),
                            };
                            self.report_at(problem, clause.span);
                        }
                        _ => level = Some(name.clone()),
                    }
                    AppliesTo::Level(name)
                }
                ForClause::Tag(t) => AppliesTo::Tag(nfc(t.node.trim()).into_owned()),
                ForClause::Unit(units) => {
                    let names: Vec<String> = units
                        .iter()
                        .map(|u| nfc(u.node.trim()).into_owned())
                        .collect();
                    match &units_so_far {
                        Some(earlier) => {
                            let both: Vec<String> = earlier
                                .iter()
                                .filter(|u| names.contains(u))
                                .cloned()
                                .collect();
                            if both.is_empty() && !earlier.is_empty() {
                                let problem = AppliesProblem::NoUnitInBoth {
                                    first: earlier.clone(),
                                    second: names.clone(),
                                };
                                self.report_at(problem, clause.span);
                            }
                            units_so_far = Some(both);
                        }
                        None => units_so_far = Some(names.clone()),
                    }
                    AppliesTo::Units(names)
                }
            };
            applies.clauses.push(resolved);
            applies.places.push(places);
        }
        applies
    }
}

/// W0240 for each `for` name of `plan`'s own targets that no unit of the
/// register has, at the name, with the closest name the register has.
pub fn check_against_register(plan: &CheckedPlan, register: &Register) -> Vec<Diagnostic> {
    let levels: Vec<&str> = register.levels().into_iter().collect();
    let tags: Vec<&str> = register.tags().into_iter().collect();
    let units: Vec<&str> = register.units().map(|u| u.name.as_str()).collect();
    let mut found: Vec<Diagnostic> = without_level(plan, register).into_iter().collect();
    for target in plan.targets.iter() {
        let applies = &target.applies;
        found.extend(named_units_excluded(&target.applies, register));
        for (clause, names) in applies.clauses.iter().zip(&applies.places) {
            let (kind, written, known): (_, Vec<&String>, &[&str]) = match clause {
                AppliesTo::Level(l) => ("level", vec![l], &levels),
                AppliesTo::Tag(t) => ("tag", vec![t], &tags),
                AppliesTo::Units(u) => ("unit", u.iter().collect(), &units),
            };
            for (name, span) in written.into_iter().zip(names) {
                let has = match clause {
                    AppliesTo::Units(_) => register.get(name).is_some(),
                    _ => known.iter().any(|k| same_name(k, name)),
                };
                if has {
                    continue;
                }
                let suggestion = crate::suggest::closest(name, known.iter().copied());
                let problem = AppliesProblem::Unknown {
                    kind,
                    name: name.clone(),
                    suggestion: suggestion.map(str::to_string),
                };
                found.push(Diagnostic::of(problem, *span));
            }
        }
    }
    found
}

/// E0240 when a target's `for unit` names units of the register none of
/// which its `for level` or `for tag` clauses hold for (`for unit "A" for
/// level tỉnh`, A a commune): at its first `for level` or `for tag`. Said
/// only when every unit named is in the register (else W0240 says which is
/// not) and the plan alone did not find the lists disjoint.
fn named_units_excluded(applies: &Applies, register: &Register) -> Option<Diagnostic> {
    let mut lists = applies.clauses.iter().filter_map(|c| match c {
        AppliesTo::Units(units) => Some(units),
        _ => None,
    });
    let named = lists.next()?;
    let both: Vec<&String> = named
        .iter()
        .filter(|u| lists.clone().all(|l| l.contains(u)))
        .collect();
    if both.is_empty() || !applies.needs_register() {
        return None;
    }
    let entries: Vec<_> = both
        .iter()
        .map(|u| register.get(u))
        .collect::<Option<_>>()?;
    if entries.iter().any(|e| applies.holds(&e.name, Some(e))) {
        return None;
    }
    let at = applies
        .clauses
        .iter()
        .zip(&applies.places)
        .find(|(c, _)| !matches!(c, AppliesTo::Units(_)))
        .and_then(|(_, places)| places.first().copied())?;
    let problem = AppliesProblem::NoNamedUnit {
        units: both.iter().take(LISTED).map(|u| (*u).clone()).collect(),
        more: both.len().saturating_sub(LISTED),
        clauses: applies
            .clauses
            .iter()
            .filter(|c| !matches!(c, AppliesTo::Units(_)))
            .map(|c| match c {
                AppliesTo::Level(l) => format!("for level {}", crate::format::printer::string(l)),
                AppliesTo::Tag(t) => format!("for tag {}", crate::format::printer::string(t)),
                AppliesTo::Units(_) => String::new(),
            })
            .collect::<Vec<_>>()
            .join(" "),
    };
    Some(Diagnostic::of(problem, at))
}

/// The units named in a message, at most.
const LISTED: usize = 5;

/// W0243 when the plan has targets `for level` and units of the register
/// have no level (an empty cell): those targets are for none of them. Said
/// once, at the first `for level`, naming the first few units. A register
/// without levels at all is said otherwise (E0901, W0240).
fn without_level(plan: &CheckedPlan, register: &Register) -> Option<Diagnostic> {
    let at = plan.targets.iter().find_map(|t| {
        let applies = &t.applies;
        applies
            .clauses
            .iter()
            .zip(&applies.places)
            .find(|(c, _)| matches!(c, AppliesTo::Level(_)))
            .and_then(|(_, places)| places.first().copied())
    })?;
    if register.levels().is_empty() {
        return None;
    }
    let mut units = register.units().filter(|u| u.level.is_none());
    let named: Vec<String> = units
        .by_ref()
        .take(LISTED)
        .map(|u| u.name.clone())
        .collect();
    if named.is_empty() {
        return None;
    }
    let problem = AppliesProblem::NoLevel {
        units: named,
        more: units.count(),
    };
    Some(Diagnostic::of(problem, at))
}
