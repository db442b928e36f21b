//! Loading a plan: reading, decoding, following `extends`, and
//! checking, with the diagnostics of every file involved.
//!
//! `extends` paths are relative to the file that names them and confined to
//! the folder of the plan given on the command line: absolute paths, `..`
//! that leaves it and symbolic links that point outside it are refused, so a
//! plan can never make chitieu read an arbitrary file. Files are read through
//! a [`SourceProvider`]: the disk, or an editor's unsaved buffers over it.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::check::model::CheckedPlan;
use crate::check::problem::{Outside, PlanProblem};
use crate::check::{check_parsed, Inheritance};
use crate::diagnostic::{Code, Diagnostic, Diagnostics, Severity};
use crate::limits::Limits;
use crate::source::{Bounded, Disk, FileId, Overlay, SourceProvider};
use crate::span::Span;
use crate::syntax::ast::Statement;
use crate::{files, syntax};

/// A plan as loaded: the checked plan (usable only without errors), and the
/// diagnostics with every file read (the plan's own first, then the ones it
/// builds on), sorted by file and position.
#[derive(Debug, Clone)]
pub struct LoadedPlan {
    pub plan: CheckedPlan,
    pub diagnostics: Diagnostics,
}

impl LoadedPlan {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

/// Reads and checks the plan at `path` from the disk, following `extends`
/// inside the plan's folder. Only a plan file that cannot be read at all is
/// an `Err`; everything else is a diagnostic.
pub fn load_plan(path: &Path) -> io::Result<LoadedPlan> {
    load_plan_from(&Disk, path)
}

/// [`load_plan`], keeping `shown_per_code` diagnostics of a code in a file
/// (`usize::MAX` keeps every one, for `--all-diagnostics`); the others are
/// counted, as a measurement file's are.
pub fn load_plan_showing(path: &Path, shown_per_code: usize) -> io::Result<LoadedPlan> {
    let limits = Limits {
        shown_per_code,
        ..Limits::default()
    };
    load_plan_within(&Disk, path, limits)
}

/// Checks `bytes` as if they were the plan at `path`: `extends` is followed
/// from there. Git hands an old version of a file over in a temporary file;
/// its `extends` still means the plans beside the file in the work tree.
pub fn load_plan_bytes(path: &Path, bytes: Vec<u8>) -> io::Result<LoadedPlan> {
    let mut overlay = Overlay::over_disk();
    overlay.insert(path, bytes)?;
    load_plan_from(&overlay, path)
}

/// [`load_plan`] through `provider`: an editor's unsaved buffers over the
/// disk ([`Overlay`]), or any other file system.
pub fn load_plan_from(provider: &dyn SourceProvider, path: &Path) -> io::Result<LoadedPlan> {
    load_plan_within(provider, path, Limits::default())
}

/// [`load_plan_from`] within `limits`. Of each code in each file, only the
/// diagnostics that can be shown (`limits.shown_per_code`) are kept, the
/// rest counted: a plan of 100,000 repeats of one mistake holds 21 of them,
/// not 100,000.
fn load_plan_within(
    provider: &dyn SourceProvider,
    path: &Path,
    limits: Limits,
) -> io::Result<LoadedPlan> {
    let root_dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let canonical_root = provider.canonicalize(&root_dir)?;
    let bytes = provider.read(path, limits.max_plan_bytes)?;
    let mut loader = Loader {
        provider,
        root: canonical_root.clone(),
        stack: Vec::new(),
        diagnostics: Diagnostics::showing(limits.shown_per_code),
        limits,
    };
    let own = canonical_root.join(path.file_name().unwrap_or_default());
    let (plan, _) = loader.load(path, own, bytes);
    // The plan's own file first, then the ones it builds on: the order in
    // which they were read.
    loader.diagnostics.sort();
    Ok(LoadedPlan {
        plan,
        diagnostics: loader.diagnostics,
    })
}

struct Loader<'p> {
    provider: &'p dyn SourceProvider,
    /// The canonical folder every extended plan must lie in.
    root: PathBuf,
    /// Canonical paths of the plans being loaded, to find cycles.
    stack: Vec<PathBuf>,
    diagnostics: Diagnostics,
    limits: Limits,
}

impl Loader<'_> {
    /// Loads one plan; `shown` is its path as the user would name it (the
    /// command line's path, or the extending plan's folder joined with what
    /// its `extends` says), so names never depend on the working folder.
    /// With the plan, whether its own file has an error, beside an
    /// `extends` of a broken plan (E0806), which says only that the error is
    /// further down.
    fn load(&mut self, shown: &Path, canonical: PathBuf, bytes: Bounded) -> (CheckedPlan, bool) {
        let name = shown.display().to_string();
        let (source, problem) = files::decode_plan(&name, bytes, self.limits.max_plan_bytes);
        let undecodable = problem.is_some();
        let id = self
            .diagnostics
            .add_file(source, problem.into_iter().collect());
        if undecodable {
            return (CheckedPlan::default(), true);
        }
        let Some((tree, mut diagnostics)) = self.parse(id) else {
            return (CheckedPlan::default(), true);
        };
        let extends = tree.statements.iter().find_map(|s| match &s.node {
            Statement::Extends(path) => Some(path.clone()),
            _ => None,
        });
        self.stack.push(canonical.clone());
        let base = extends.map(|path| {
            let dir = canonical
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let shown_dir = shown.parent().map(Path::to_path_buf).unwrap_or_default();
            self.follow(&dir, &shown_dir, &path.node, path.span)
                .map_err(|said| diagnostics.extend(said.map(|d| *d)))
        });
        self.stack.pop();
        let inheritance = match &base {
            Some(Ok(plan)) => Inheritance::Base(plan),
            Some(Err(())) => Inheritance::Failed,
            None => Inheritance::NotFollowed,
        };
        // INVARIANT: `id` was handed out by this map above.
        let Some(source) = self.diagnostics.sources().get(id) else {
            return (CheckedPlan::default(), true);
        };
        let outcome = check_parsed(source, &tree, diagnostics, inheritance);
        let own_errors = outcome
            .diagnostics
            .iter()
            .any(|d| d.severity() == Severity::Error && d.code() != Code::ExtendsBroken);
        for diagnostic in outcome.diagnostics {
            self.diagnostics.push(diagnostic);
        }
        (outcome.plan, own_errors)
    }

    /// The syntax tree and syntax diagnostics of file `id` of the map.
    fn parse(&self, id: FileId) -> Option<(syntax::ast::Plan, Vec<Diagnostic>)> {
        // INVARIANT: `id` was handed out by this map.
        let source = self.diagnostics.sources().get(id)?;
        Some(syntax::parse(source, &self.limits))
    }

    /// The checked plan an `extends` names, or the diagnostic that says why
    /// it cannot be used (none when the plan is broken only because a plan
    /// it builds on is: that plan's own `extends` says so, once, rather than
    /// every plan of a long chain). Whatever the provider, the plan must lie
    /// in the root folder: named by a relative path, not leaving the folder,
    /// and not reached through a link that points outside it.
    fn follow(
        &mut self,
        dir: &Path,
        shown_dir: &Path,
        written: &str,
        span: Span,
    ) -> Result<CheckedPlan, Option<Box<Diagnostic>>> {
        let refuse = |problem: PlanProblem| Some(Box::new(Diagnostic::of(problem, span)));
        let path = || written.to_string();
        let outside = |how| refuse(PlanProblem::ExtendsOutside { path: path(), how });
        let relative = Path::new(written);
        if relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
        {
            return Err(outside(Outside::AbsolutePath));
        }
        let joined = lexical_join(dir, relative);
        if !joined.starts_with(&self.root) {
            return Err(outside(Outside::LeavesFolder));
        }
        let canonical = self.provider.canonicalize(&joined).map_err(|error| {
            refuse(PlanProblem::ExtendsMissing {
                path: path(),
                error: error.to_string(),
            })
        })?;
        if !canonical.starts_with(&self.root) {
            return Err(outside(Outside::LinkOutside));
        }
        if self.stack.contains(&canonical) {
            return Err(refuse(PlanProblem::ExtendsCycle { path: path() }));
        }
        // Loading recurses once per plan of the chain (and each level
        // inherits from the next), so its length is bounded before reading.
        let limit = self.limits.max_extends_depth;
        if self.stack.len() >= limit {
            return Err(refuse(PlanProblem::ExtendsTooDeep {
                path: path(),
                limit,
            }));
        }
        if let Some(kind) = self.provider.special(&canonical) {
            return Err(refuse(PlanProblem::ExtendsSpecial { path: path(), kind }));
        }
        let limit = self.limits.max_plan_bytes;
        let bytes = self.provider.read(&canonical, limit).map_err(|error| {
            refuse(PlanProblem::ExtendsUnreadable {
                path: path(),
                error: error.to_string(),
            })
        })?;
        let shown = lexical_join(shown_dir, relative);
        let name = shown.display().to_string();
        // Errors are counted, kept or not: the plan built on is broken when
        // loading it gave any.
        let before = self.diagnostics.errors();
        let (plan, own_errors) = self.load(&shown, canonical, bytes);
        if own_errors {
            return Err(refuse(PlanProblem::ExtendsBroken { path: path(), name }));
        }
        if self.diagnostics.errors() > before {
            return Err(None);
        }
        Ok(plan)
    }
}

/// `dir/relative` with `.` and `..` resolved without touching the disk.
fn lexical_join(dir: &Path, relative: &Path) -> PathBuf {
    let mut out = dir.to_path_buf();
    for component in relative.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(part) => out.push(part),
            _ => {}
        }
    }
    out
}
