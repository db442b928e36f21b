//! Phase 2, check: syntax tree → checked plan, with every problem found in
//! names, types and units, owners, periods, duplicates and contradictions.

mod consistency;
pub mod domain;
mod header;
mod inherit;
pub mod interval;
mod lookalike;
mod metrics;
pub mod model;
mod owners;
pub mod problem;
mod targets;
mod tier_warnings;
pub mod tiers;
mod types;
mod unread;

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{self, Diagnostic};
use crate::limits::Limits;
use crate::source::SourceFile;
use crate::syntax::{self, ast};
use model::CheckedPlan;
pub use types::{describe as describe_type, describe_in, example as example_of, example_in};

/// The result of checking one plan file.
#[derive(Debug, Clone)]
pub struct CheckOutcome {
    pub plan: CheckedPlan,
    /// Sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckOutcome {
    pub fn has_errors(&self) -> bool {
        diagnostic::has_errors(&self.diagnostics)
    }
}

/// Parses and checks one plan file with the default limits.
pub fn check_source(source: &SourceFile) -> CheckOutcome {
    check_source_with(source, &Limits::default())
}

/// Parses and checks one plan file. An `extends` is not followed here (that
/// needs the file system: see [`crate::load::load_plan`]) and is reported.
pub fn check_source_with(source: &SourceFile, limits: &Limits) -> CheckOutcome {
    let (tree, diagnostics) = syntax::parse(source, limits);
    check_parsed(source, &tree, diagnostics, Inheritance::NotFollowed)
}

/// What the plan builds on, as the loader found it.
#[derive(Debug, Clone, Copy)]
pub enum Inheritance<'b> {
    /// The plan it extends, checked.
    Base(&'b CheckedPlan),
    /// The `extends` could not be followed; a diagnostic already says why.
    Failed,
    /// Checked without a file system: an `extends` is reported.
    NotFollowed,
}

/// Checks a parsed plan; `diagnostics` are the parser's, to which the
/// checker's are added.
pub fn check_parsed(
    source: &SourceFile,
    tree: &ast::Plan,
    mut diagnostics: Vec<Diagnostic>,
    inheritance: Inheritance,
) -> CheckOutcome {
    let mut checker = Checker::new(source, inheritance);
    checker.run(tree);
    diagnostics.append(&mut checker.diagnostics);
    diagnostic::sort(&mut diagnostics);
    CheckOutcome {
        plan: checker.plan,
        diagnostics,
    }
}

/// State shared by the checks; each check lives in its own module as an
/// `impl Checker` block.
struct Checker<'s> {
    source: &'s SourceFile,
    inheritance: Inheritance<'s>,
    /// The `extends` statement, which inherited things point at.
    extends_at: Option<crate::span::Span>,
    /// This plan's own `default not_applicable`, where it is written.
    default_na_at: Option<crate::span::Span>,
    plan: CheckedPlan,
    diagnostics: Vec<Diagnostic>,
    /// Declared metrics by name, with the declaration.
    declared: BTreeMap<String, &'s ast::MetricDecl>,
    /// Per target, whether its condition passed the type checks and can be
    /// compared with other targets' conditions.
    condition_ok: Vec<bool>,
    /// The ids of targets whose scoring this file writes (a `target` with a
    /// `scoring` clause, or an `override` of the scoring); the others keep the
    /// scoring of the plan they were inherited from.
    scoring_here: BTreeSet<String>,
    /// How many errors have been reported so far.
    errors: usize,
    /// What the statements that do not parse still say.
    unread: unread::Unread,
}

impl<'s> Checker<'s> {
    fn new(source: &'s SourceFile, inheritance: Inheritance<'s>) -> Self {
        Checker {
            source,
            inheritance,
            extends_at: None,
            default_na_at: None,
            plan: CheckedPlan::default(),
            diagnostics: Vec::new(),
            declared: BTreeMap::new(),
            condition_ok: Vec::new(),
            scoring_here: BTreeSet::new(),
            errors: 0,
            unread: unread::Unread::default(),
        }
    }

    fn report(&mut self, diagnostic: Diagnostic) {
        if diagnostic.severity() == crate::Severity::Error {
            self.errors += 1;
        }
        self.diagnostics.push(diagnostic);
    }

    /// Reports a problem at one place.
    fn report_at(&mut self, problem: impl Into<diagnostic::Problem>, span: crate::span::Span) {
        self.report(Diagnostic::of(problem, span));
    }

    fn run(&mut self, tree: &'s ast::Plan) {
        self.unread = unread::Unread::of(tree);
        self.check_lookalikes(tree);
        self.collect_header(tree);
        self.inherit(tree);
        self.collect_owners(tree);
        self.collect_metrics(tree);
        self.collect_targets(tree);
        self.check_inherited_deadlines();
        self.check_consistency();
        self.check_tiers();
        self.check_unused_metrics(tree);
    }
}
