//! What the statements that do not parse still tell the checker. A syntax
//! error already fails the plan; these keep the checker from adding
//! diagnostics that follow only from the statement's absence: its metric
//! reported as unused or undeclared, an `override` of its target as unknown,
//! its owner as unknown, the plan as lacking an `extends` or a period, the
//! metrics and owners of the plan an unread `extends` names as undeclared.
//! Nothing is checked against what they hold, so no duplicate is reported
//! against them either.

use std::collections::BTreeSet;

use super::owners::nfc;
use crate::syntax::ast::{ErrorStatement, Keyword, Plan, Statement};

#[derive(Debug, Default)]
pub(super) struct Unread {
    /// Metrics that `metric` statements which do not parse declare.
    pub metrics: BTreeSet<String>,
    /// Metrics such statements use: the metric of a `target`, the operands
    /// of a formula, the words of a statement with a misspelt keyword.
    pub used: BTreeSet<String>,
    /// Ids of targets and tasks that do not parse.
    pub ids: BTreeSet<String>,
    /// Ids that `override` and `drop` statements which do not parse name:
    /// what becomes of those inherited targets is not known.
    pub changed: BTreeSet<String>,
    /// Owners that `owner` statements which do not parse declare, by key.
    pub owners: BTreeSet<String>,
    /// Whether an `owner` statement whose key could not be read does not
    /// parse: then any owner may be the one it declares.
    pub any_owner: bool,
    /// Whether an `extends` does not parse: then any metric or owner may
    /// be declared in the plan it names.
    pub extends: bool,
    /// Whether a `period` does not parse.
    pub period: bool,
}

impl Unread {
    pub fn of(tree: &Plan) -> Self {
        let mut unread = Unread::default();
        for statement in &tree.statements {
            if let Statement::Error(error) = &statement.node {
                unread.add(error);
            }
        }
        unread
    }

    fn add(&mut self, error: &ErrorStatement) {
        self.used
            .extend(error.uses.iter().map(|name| name.node.clone()));
        let Some(keyword) = error.meant() else {
            return;
        };
        let metric = error.metric.as_ref().map(|m| m.node.clone());
        match keyword {
            Keyword::Metric => self.metrics.extend(metric),
            Keyword::Target => {
                let id = error.id.as_ref().map(|i| i.node.clone());
                self.ids.extend(id.or_else(|| metric.clone()));
                self.used.extend(metric);
            }
            Keyword::Task => self.ids.extend(error.id.as_ref().map(|i| i.node.clone())),
            Keyword::Owner => match &error.text {
                Some(key) => {
                    self.owners.insert(nfc(&key.node));
                }
                None => self.any_owner = true,
            },
            Keyword::Extends => self.extends = true,
            Keyword::Period => self.period = true,
            Keyword::Override | Keyword::Drop => {
                self.changed
                    .extend(error.id.as_ref().map(|i| i.node.clone()));
            }
            Keyword::Plan | Keyword::Section | Keyword::Default | Keyword::Grade => {}
        }
    }

    /// Whether an owner statement that does not parse may declare `key`.
    /// (An `extends` that does not parse: see `Checker::base_unknown`.)
    pub fn may_declare_owner(&self, key: &str) -> bool {
        self.any_owner || self.owners.contains(key)
    }
}
