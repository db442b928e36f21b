//! Owners: declarations, and the owner a target or section names.
//!
//! Names are compared after NFC normalisation, so "HĐND" typed decomposed on
//! one machine matches the composed form typed on another.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use super::lookalike;
use super::model::Owner;
use super::problem::{NameProblem, OwnerSuggestion};
use super::Checker;
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::Span;
use crate::suggest::closest;
use crate::syntax::ast::{Plan, Statement, Text};

pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

impl Checker<'_> {
    pub(super) fn collect_owners(&mut self, tree: &Plan) {
        // Owners inherited with `extends` count as declared at that statement.
        // (Without an `extends` there are none.)
        let at = self.extends_at.unwrap_or(Span::NOWHERE);
        let mut seen: BTreeMap<String, Span> = self
            .plan
            .owners
            .iter()
            .map(|o| (o.key.clone(), at))
            .collect();
        for statement in &tree.statements {
            let Statement::Owner(decl) = &statement.node else {
                continue;
            };
            let key = nfc(&decl.key.node);
            if let Some(first) = seen.get(&key) {
                let first = *first;
                self.report(
                    Diagnostic::of(NameProblem::DuplicateOwner { key }, decl.key.span)
                        .with_related(first, RelatedLabel::FirstDeclared),
                );
                continue;
            }
            seen.insert(key.clone(), decl.key.span);
            self.plan.owners.push(Owner {
                key,
                full_name: decl.full_name.as_ref().map(|f| nfc(&f.node)),
            });
        }
    }

    /// The key of the owner a text names, by short or full name. Reports an
    /// unknown owner when the plan declares owners; a plan without owner
    /// declarations takes any name as it is.
    pub(super) fn resolve_owner(&mut self, text: &Text) -> Option<String> {
        let wanted = nfc(&text.node);
        if self.plan.owners.is_empty() {
            return Some(wanted);
        }
        let found = self
            .plan
            .owners
            .iter()
            .find(|o| o.key == wanted || o.full_name.as_deref() == Some(wanted.as_str()));
        if let Some(owner) = found {
            return Some(owner.key.clone());
        }
        if self.unread.may_declare_owner(&wanted) {
            return None;
        }
        let problem = NameProblem::UnknownOwner {
            suggestion: self.owner_suggestion(&wanted),
            name: wanted,
        };
        self.report_at(problem, text.span);
        None
    }

    fn owner_suggestion(&self, wanted: &str) -> OwnerSuggestion {
        let folded = lookalike::fold(wanted);
        let names = || {
            self.plan
                .owners
                .iter()
                .flat_map(|o| std::iter::once(o.key.as_str()).chain(o.full_name.as_deref()))
        };
        if let Some(same) = names().find(|n| *n == folded) {
            return OwnerSuggestion::LookAlike(same.to_string());
        }
        match closest(wanted, names()) {
            Some(near) => OwnerSuggestion::Near(near.to_string()),
            None => {
                OwnerSuggestion::Declared(self.plan.owners.iter().map(|o| o.key.clone()).collect())
            }
        }
    }
}
