//! Loading a plan from disk: reading, decoding, following `extends`, and
//! checking, with the diagnostics of every file involved.
//!
//! `extends` paths are relative to the file that names them and confined to
//! the folder of the plan given on the command line: absolute paths, `..`
//! that leaves it and symbolic links that point outside it are refused, so a
//! plan can never make chitieu read an arbitrary file.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::check::model::CheckedPlan;
use crate::check::problem::{Outside, PlanProblem};
use crate::check::{check_parsed, Inheritance};
use crate::diagnostic::{self, Diagnostic};
use crate::limits::Limits;
use crate::source::SourceFile;
use crate::span::Span;
use crate::syntax::ast::Statement;
use crate::{files, syntax};

/// A plan as loaded: the checked plan (usable only without errors) and each
/// file read, the plan's own first, with its diagnostics.
#[derive(Debug, Clone)]
pub struct LoadedPlan {
    pub plan: CheckedPlan,
    pub files: Vec<(SourceFile, Vec<Diagnostic>)>,
}

impl LoadedPlan {
    pub fn has_errors(&self) -> bool {
        self.files.iter().any(|(_, d)| diagnostic::has_errors(d))
    }

    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.files.iter().flat_map(|(_, d)| d.iter())
    }
}

/// Reads and checks the plan at `path`, following `extends` inside the plan's
/// folder. Only a plan file that cannot be read at all is an `Err`; everything
/// else is a diagnostic.
pub fn load_plan(path: &Path) -> io::Result<LoadedPlan> {
    let bytes = std::fs::read(path)?;
    load_plan_bytes(path, bytes)
}

/// Checks `bytes` as if they were the plan at `path`: `extends` is followed
/// from there. Git hands an old version of a file over in a temporary file;
/// its `extends` still means the plans beside the file in the work tree.
pub fn load_plan_bytes(path: &Path, bytes: Vec<u8>) -> io::Result<LoadedPlan> {
    let root_dir = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let root_dir = if root_dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root_dir
    };
    let canonical_root = root_dir.canonicalize()?;
    let mut loader = Loader {
        root: canonical_root.clone(),
        stack: Vec::new(),
        files: Vec::new(),
    };
    let own = canonical_root.join(path.file_name().unwrap_or_default());
    let plan = loader.load(path, own, bytes);
    // The plan's own file first, then the ones it builds on.
    loader.files.reverse();
    Ok(LoadedPlan {
        plan,
        files: loader.files,
    })
}

struct Loader {
    /// The canonical folder every extended plan must lie in.
    root: PathBuf,
    /// Canonical paths of the plans being loaded, to find cycles.
    stack: Vec<PathBuf>,
    files: Vec<(SourceFile, Vec<Diagnostic>)>,
}

impl Loader {
    /// Loads one plan; `shown` is its path as the user would name it (the
    /// command line's path, or the extending plan's folder joined with what
    /// its `extends` says), so names never depend on the working folder.
    fn load(&mut self, shown: &Path, canonical: PathBuf, bytes: Vec<u8>) -> CheckedPlan {
        let name = shown.display().to_string();
        let (source, problem) = files::decode(&name, bytes);
        if let Some(problem) = problem {
            self.files.push((source, vec![problem]));
            return CheckedPlan::default();
        }
        let (tree, mut diagnostics) = syntax::parse(&source, &Limits::default());
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
                .map_err(|d| diagnostics.push(*d))
        });
        self.stack.pop();
        let inheritance = match &base {
            Some(Ok(plan)) => Inheritance::Base(plan),
            Some(Err(())) => Inheritance::Failed,
            None => Inheritance::NotFollowed,
        };
        let outcome = check_parsed(&source, &tree, diagnostics, inheritance);
        self.files.push((source, outcome.diagnostics));
        outcome.plan
    }

    /// The checked plan an `extends` names, or the diagnostic that says why
    /// it cannot be used.
    fn follow(
        &mut self,
        dir: &Path,
        shown_dir: &Path,
        written: &str,
        span: Span,
    ) -> Result<CheckedPlan, Box<Diagnostic>> {
        let refuse = |problem: PlanProblem| Box::new(Diagnostic::of(problem, span));
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
        let canonical = joined.canonicalize().map_err(|error| {
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
        let bytes = std::fs::read(&canonical).map_err(|error| {
            refuse(PlanProblem::ExtendsUnreadable {
                path: path(),
                error: error.to_string(),
            })
        })?;
        let shown = lexical_join(shown_dir, relative);
        let name = shown.display().to_string();
        let before = self.files.len();
        let plan = self.load(&shown, canonical, bytes);
        let broken = self
            .files
            .iter()
            .skip(before)
            .any(|(_, d)| diagnostic::has_errors(d));
        if broken {
            return Err(refuse(PlanProblem::ExtendsBroken { path: path(), name }));
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
