//! Owners: declarations, and the owner a target or section names.
//!
//! Names are compared after NFC normalisation, so "HĐND" typed decomposed on
//! one machine matches the composed form typed on another.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use super::lookalike;
use super::model::{Owner, OwnerId, Symbol};
use super::problem::{NameProblem, OwnerSuggestion, OWNERS_LISTED};
use super::targets::inherited_through;
use super::Checker;
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::span::Span;
use crate::syntax::ast::{Plan, Statement, Text};

pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

impl Checker<'_> {
    pub(super) fn collect_owners(&mut self, tree: &Plan) {
        // Owners inherited with `extends` are shown where the plan extended
        // declares them, with the `extends` they came through.
        let through = self.extends_at;
        let mut seen: BTreeMap<String, (OwnerId, Span, Option<Span>)> = self
            .plan
            .declared_owners()
            .filter_map(|(id, o)| Some((o.key.clone(), (id, o.declared_at?, through))))
            .collect();
        for statement in &tree.statements {
            let Statement::Owner(decl) = &statement.node else {
                continue;
            };
            let key = nfc(&decl.key.node);
            if let Some(&(id, first, through)) = seen.get(&key) {
                self.named(Symbol::Owner(id), decl.key.span, false);
                let diagnostic = Diagnostic::of(NameProblem::DuplicateOwner { key }, decl.key.span)
                    .with_related(first, RelatedLabel::FirstDeclared);
                self.report(inherited_through(diagnostic, through));
                continue;
            }
            let id = self.plan.owners.push(Owner {
                key: key.clone(),
                full_name: decl.full_name.as_ref().map(|f| nfc(&f.node)),
                declared_at: Some(decl.key.span),
            });
            self.named(Symbol::Owner(id), decl.key.span, true);
            self.adopt_named_owner(&key, id);
            seen.insert(key, (id, decl.key.span, None));
        }
    }

    /// Points what the plan extended gave the owner named `key` (named, not
    /// declared: that plan declares none) at the owner this plan declares
    /// with that key, as the name always meant it.
    fn adopt_named_owner(&mut self, key: &str, declared: OwnerId) {
        let Some(named) = self.plan.owners.position(|o| !o.declared() && o.key == key) else {
            return;
        };
        let adopt = |owner: &mut Option<OwnerId>| {
            if *owner == Some(named) {
                *owner = Some(declared);
            }
        };
        for entry in self.targets.iter_mut() {
            adopt(&mut entry.target.owner);
        }
        for section in self.plan.sections.iter_mut() {
            adopt(&mut section.owner);
        }
    }

    /// Whether the plan, or the plan it extends, declares owners.
    pub(super) fn declares_owners(&self) -> bool {
        self.plan.owners.iter().any(Owner::declared)
    }

    /// The owner a text names, by short or full name. Reports an unknown
    /// owner when the plan declares owners; a plan without owner
    /// declarations takes any name as it is.
    pub(super) fn resolve_owner(&mut self, text: &Text) -> Option<OwnerId> {
        let wanted = nfc(&text.node);
        if !self.declares_owners() {
            let id = match self.plan.owners.position(|o| o.key == wanted) {
                Some(id) => id,
                None => self.plan.owners.push(Owner {
                    key: wanted,
                    full_name: None,
                    declared_at: None,
                }),
            };
            self.named(Symbol::Owner(id), text.span, false);
            return Some(id);
        }
        let found = self
            .plan
            .declared_owners()
            .find(|(_, o)| o.key == wanted || o.full_name.as_deref() == Some(wanted.as_str()));
        if let Some((id, _)) = found {
            self.named(Symbol::Owner(id), text.span, false);
            return Some(id);
        }
        if self.unread.may_declare_owner(&wanted) || self.base_unknown() {
            return None;
        }
        let problem = NameProblem::UnknownOwner {
            suggestion: self.owner_suggestion(&wanted),
            name: wanted,
        };
        self.report_at(problem, text.span);
        None
    }

    fn owner_suggestion(&mut self, wanted: &str) -> OwnerSuggestion {
        let folded = lookalike::fold(wanted);
        let names = || {
            self.plan
                .declared_owners()
                .flat_map(|(_, o)| std::iter::once(o.key.as_str()).chain(o.full_name.as_deref()))
        };
        if let Some(same) = names().find(|n| *n == folded) {
            return OwnerSuggestion::LookAlike(same.to_string());
        }
        let search = self.suggestions.search(wanted);
        match search.and_then(|mut s| s.closest(names())) {
            Some(near) => OwnerSuggestion::Near(near.to_string()),
            None => {
                let listed = OWNERS_LISTED;
                let keys: Vec<String> = self
                    .plan
                    .declared_owners()
                    .take(listed)
                    .map(|(_, o)| o.key.clone())
                    .collect();
                let more = self
                    .plan
                    .declared_owners()
                    .count()
                    .saturating_sub(keys.len());
                OwnerSuggestion::Declared { keys, more }
            }
        }
    }
}
