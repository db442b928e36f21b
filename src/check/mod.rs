//! Phase 2, check: syntax tree → checked plan, with every problem found in
//! names, types and units, owners, periods, duplicates and contradictions.

mod baseline;
pub use baseline::twin_name as baseline_twin_name;
mod applies;
mod children_met;
mod co_owners;
mod consistency;
pub mod domain;
mod finish;
mod fixed_branches;
mod functions;
pub mod grades;
mod header;
mod inherit;
mod milestones;
pub(crate) use inherit::looser_na;
pub mod interval;
mod lookalike;
mod metrics;
pub mod model;
mod owners;
pub mod problem;
mod redistribute;
mod rollup;
mod round_fit;
mod scoring_fits;
mod targets;
/// The most points a target may be worth, from the plan or from the data.
pub use applies::check_against_register;
pub use targets::MAX_POINTS;
mod tier_warnings;
pub mod tiers;
mod types;
mod unread;
mod windows;

use std::collections::BTreeMap;

use crate::diagnostic::{self, Diagnostic};
use crate::index::IndexVec;
use crate::limits::Limits;
use crate::source::SourceFile;
use crate::span::Span;
use crate::suggest::Suggestions;
use crate::syntax::{self, ast};
use model::{CheckedPlan, MetricId, Occurrence, Symbol, Target, TargetId};
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
        plan: checker.finish(),
        diagnostics,
    }
}

/// State shared by the checks; each check lives in its own module as an
/// `impl Checker` block.
struct Checker<'s> {
    source: &'s SourceFile,
    inheritance: Inheritance<'s>,
    /// The `extends` statement, which inherited things point at.
    extends_at: Option<Span>,
    /// This plan's own `default not_applicable`, where it is written.
    default_na_at: Option<Span>,
    /// This plan's own `default round`, where it is written.
    default_round_at: Option<Span>,
    /// Inherited targets that round by this plan's `default round`, with
    /// the points they were inherited with (W0417 once overrides are in).
    rounded_by_default: Vec<(TargetId, rust_decimal::Decimal)>,
    /// The plan as far as it is built. Until it is finished
    /// ([`Checker::finish`]) its metrics and owners are in the order met,
    /// and its targets are in `targets`.
    plan: CheckedPlan,
    /// The metrics met so far, by name.
    metric_ids: BTreeMap<String, MetricId>,
    /// Targets and tasks in the order written, those dropped included, so
    /// that ids stay put until the plan is finished.
    targets: IndexVec<TargetId, Entry>,
    /// Where this file names metrics, owners, sections and targets.
    occurrences: Vec<Occurrence>,
    diagnostics: Vec<Diagnostic>,
    /// Declared metrics by name, with the declaration.
    declared: BTreeMap<String, &'s ast::MetricDecl>,
    /// This plan's targets by id, with their metrics' names, for
    /// `children_met(TARGET)`.
    target_metrics: BTreeMap<String, String>,
    /// How many errors have been reported so far.
    errors: usize,
    /// What the statements that do not parse still say.
    unread: unread::Unread,
    /// Whether a `period` is written but is not one (its dates are not
    /// dates, or come in the wrong order): what follows only from a missing
    /// period is then not reported.
    period_unusable: bool,
    /// The file's "did you mean" searches, bounded (see `crate::suggest`).
    suggestions: Suggestions,
}

/// A target as the checker holds it, with what it knows of it.
#[derive(Debug, Clone)]
struct Entry {
    target: Target,
    /// Whether its condition passed the type checks and can be compared
    /// with other targets' conditions.
    condition_ok: bool,
    /// Whether its `by` is not a date in the period (E0601, E0608, E0609):
    /// when it is due is not known, so it clashes with no other target.
    by_unusable: bool,
    /// Whether this file writes its scoring (a `target` with a `scoring`
    /// clause, or an `override` of the scoring); the others keep the
    /// scoring of the plan they were inherited from.
    scoring_here: bool,
    /// Where an `override` in this file states the inherited target's
    /// `not_applicable` rule (a rule it must answer for here).
    na_here: Option<Span>,
    /// The last `override` or `drop` in this file of this inherited target,
    /// when it was worth points before:
    /// what it changes may leave another target of its section with
    /// nothing to share its points with (W0415).
    changed_at: Option<Span>,
    /// Left out with `drop`.
    dropped: bool,
}

impl<'s> Checker<'s> {
    fn new(source: &'s SourceFile, inheritance: Inheritance<'s>) -> Self {
        Checker {
            source,
            inheritance,
            extends_at: None,
            default_na_at: None,
            default_round_at: None,
            rounded_by_default: Vec::new(),
            plan: CheckedPlan::default(),
            metric_ids: BTreeMap::new(),
            targets: IndexVec::new(),
            occurrences: Vec::new(),
            diagnostics: Vec::new(),
            declared: BTreeMap::new(),
            target_metrics: BTreeMap::new(),
            errors: 0,
            unread: unread::Unread::default(),
            period_unusable: false,
            suggestions: Suggestions::default(),
        }
    }

    /// Targets and tasks not dropped, with their ids.
    fn live_targets(&self) -> impl Iterator<Item = (TargetId, &Entry)> {
        self.targets.iter_enumerated().filter(|(_, e)| !e.dropped)
    }

    /// Records that this file names `symbol` at `span`.
    fn named(&mut self, symbol: Symbol, span: Span, definition: bool) {
        self.occurrences.push(Occurrence {
            span,
            symbol,
            definition,
        });
    }

    fn report(&mut self, diagnostic: Diagnostic) {
        if diagnostic.severity() == crate::Severity::Error {
            self.errors += 1;
        }
        self.diagnostics.push(diagnostic);
    }

    /// Reports a problem at one place.
    fn report_at(&mut self, problem: impl Into<diagnostic::Problem>, span: Span) {
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
        self.check_inherited_milestones();
        self.check_default_by_end(tree);
        self.check_milestones_in_windows();
        self.check_default_round_fits();
        self.check_consistency();
        self.check_tiers();
        self.check_redistribution();
        self.collect_grades(tree);
        self.check_unused_metrics(tree);
    }
}
