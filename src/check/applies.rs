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
                ForClause::Unit(units) => AppliesTo::Units(
                    units
                        .iter()
                        .map(|u| nfc(u.node.trim()).into_owned())
                        .collect(),
                ),
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
    let mut found = Vec::new();
    for target in plan.targets.iter() {
        let applies = &target.applies;
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
