//! Which inputs stream: the decision, in the library rather than in the
//! command line, so that tests take the paths `eval --summary` takes.

use std::path::PathBuf;

use super::{long_csv_summary, per_file_summary, Streamed, SPLIT_FROM_BYTES};
use crate::check::model::CheckedPlan;
use crate::eval::due::Asked;
use crate::files;
use crate::measure::{self, ReadOptions};

/// The summary of `inputs` (files or folders) streamed, on up to `threads`
/// threads: one long CSV read row by row, or many files read one at a time.
/// `None` when the inputs do not suit streaming (a unit spread over files,
/// files of one name, a workbook or JSON given alone); the general path
/// then reads them, with the same results.
pub fn streamed_summary(
    plan: &CheckedPlan,
    inputs: &[PathBuf],
    options: &ReadOptions,
    threads: usize,
    asked: Option<&Asked>,
) -> Option<Streamed> {
    // Baseline values join each unit's from other files (and a unit
    // without one is reported, E0770): the general path takes such a plan.
    // A unit's periods are weighed together (`eval::timed`): the general
    // path sees them all.
    if plan.uses_baselines() || crate::eval::timed::plan_is_timed(plan) {
        return None;
    }
    let [path] = inputs else {
        return file_by_file(plan, inputs, options, threads, asked);
    };
    if path.is_dir() {
        return file_by_file(plan, inputs, options, threads, asked);
    }
    let csv_like = path.extension().is_some_and(|e| {
        matches!(
            e.to_string_lossy().to_lowercase().as_str(),
            "csv" | "tsv" | "txt"
        )
    });
    if !csv_like || !path.is_file() {
        return None;
    }
    let name = path.display().to_string();
    long_csv_summary(
        plan,
        &name,
        path,
        &options.limits,
        (threads, SPLIT_FROM_BYTES),
        asked,
    )
}

/// Several files or a folder, one file at a time. A unit spread over
/// several files, and files of one name (whose units are named by their
/// paths), are left to the general path, which sees every file at once.
fn file_by_file(
    plan: &CheckedPlan,
    inputs: &[PathBuf],
    options: &ReadOptions,
    threads: usize,
    asked: Option<&Asked>,
) -> Option<Streamed> {
    let paths = files::file_list(inputs, measure::MEASUREMENTS)?;
    if any_twice(paths.iter().map(|p| measure::inputs::stem(&p))) {
        return None;
    }
    let streamed = per_file_summary(plan, &paths, options, threads, asked);
    drop(paths);
    if any_twice(streamed.units().map(|u| u.unit)) {
        return None;
    }
    Some(streamed)
}

/// Whether a name comes twice. Names are compared by hash, sorted (lighter
/// than a hashed set): two names with the same hash (most unlikely) only
/// send the batch the general way.
fn any_twice<T: std::hash::Hash>(names: impl Iterator<Item = T>) -> bool {
    let hasher = rustc_hash::FxBuildHasher;
    let mut hashes: Vec<u64> = names
        .map(|name| std::hash::BuildHasher::hash_one(&hasher, name))
        .collect();
    hashes.sort_unstable();
    hashes.windows(2).any(|pair| pair.first() == pair.last())
}
