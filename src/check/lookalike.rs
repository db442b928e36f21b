//! Characters that look like Vietnamese letters but are other letters.

use super::problem::NameProblem;
use super::Checker;
use crate::span::Span;
use crate::syntax::ast::{Plan, Statement, Text};

/// (look-alike, the letter it imitates)
const LOOK_ALIKES: [(char, char); 26] = [
    ('\u{00D0}', 'Đ'), // Icelandic eth
    ('\u{00F0}', 'đ'),
    ('\u{0189}', 'Đ'), // African D
    ('\u{0256}', 'đ'),
    ('\u{0410}', 'A'), // Cyrillic
    ('\u{0412}', 'B'),
    ('\u{0415}', 'E'),
    ('\u{041A}', 'K'),
    ('\u{041C}', 'M'),
    ('\u{041D}', 'H'),
    ('\u{041E}', 'O'),
    ('\u{0420}', 'P'),
    ('\u{0421}', 'C'),
    ('\u{0422}', 'T'),
    ('\u{0425}', 'X'),
    ('\u{0430}', 'a'),
    ('\u{0435}', 'e'),
    ('\u{043E}', 'o'),
    ('\u{0440}', 'p'),
    ('\u{0441}', 'c'),
    ('\u{0443}', 'y'),
    ('\u{0445}', 'x'),
    ('\u{0456}', 'i'),
    ('\u{0391}', 'A'), // Greek
    ('\u{039F}', 'O'),
    ('\u{03BF}', 'o'),
];

/// The letter a look-alike imitates.
pub fn imitated(c: char) -> Option<char> {
    LOOK_ALIKES.iter().find(|(l, _)| *l == c).map(|(_, r)| *r)
}

/// The text with every look-alike replaced by the letter it imitates.
pub fn fold(text: &str) -> String {
    text.chars().map(|c| imitated(c).unwrap_or(c)).collect()
}

impl Checker<'_> {
    pub(super) fn check_lookalikes(&mut self, tree: &Plan) {
        for statement in &tree.statements {
            for text in texts(&statement.node) {
                self.lookalikes_in(text.span);
            }
        }
    }

    fn lookalikes_in(&mut self, span: Span) {
        let raw = self.source.slice(span);
        let found: Vec<(usize, char, char)> = raw
            .char_indices()
            .filter_map(|(i, c)| imitated(c).map(|r| (i, c, r)))
            .collect();
        for (i, c, real) in found {
            let at = span.start + i;
            let problem = NameProblem::LookAlike {
                found: c,
                imitated: real,
            };
            self.report_at(problem, Span::new(span.file, at, at + c.len_utf8()));
        }
    }
}

/// Every quoted text of a statement.
fn texts(statement: &Statement) -> Vec<&Text> {
    match statement {
        Statement::Title(t) => vec![t],
        Statement::Period { .. } => vec![],
        Statement::Owner(o) => std::iter::once(&o.key).chain(&o.full_name).collect(),
        Statement::Metric(m) => m.label.iter().collect(),
        Statement::Section(s) => std::iter::once(&s.title).chain(&s.owner).collect(),
        Statement::Target(t) => t.clauses.owner.iter().chain(&t.clauses.label).collect(),
        Statement::Task(t) => t.clauses.owner.iter().chain(&t.clauses.label).collect(),
        Statement::Override(o) => o.clauses.owner.iter().chain(&o.clauses.label).collect(),
        Statement::Grade(g) => vec![&g.name],
        // What a statement that does not parse holds is not looked into.
        Statement::Extends(_)
        | Statement::Drop(_)
        | Statement::Default(_)
        | Statement::Error(_) => {
            vec![]
        }
    }
}
