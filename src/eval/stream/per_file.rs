//! `--summary` of many files, one or a few units each.

use super::Streamed;
use crate::check::model::CheckedPlan;
use crate::diagnostic::{Diagnostic, Problem};
use crate::eval::problem::EvalProblem;
use crate::eval::result::{Totals, UnitTotal};
use crate::eval::{evaluate_with, Detail, Hints, Metrics};
use crate::files::PathList;
use crate::measure::{inputs, ReadOptions};
use crate::source::FileId;

/// Unknown metrics of a batch: the metric, the file it was first found in
/// and the diagnostic found there (with its line and column), and how many
/// files name it.
type Unknown = Vec<(String, String, Diagnostic, usize)>;

/// `--summary` of many files, one or a few units each: every file is read,
/// scored and reduced to its units' totals before the next, on up to
/// `threads` threads over consecutive shares of the list, so memory does not
/// grow with the number of files. Diagnostics are one line each; an unknown
/// metric is reported once for the whole batch, with the number of files
/// that name it.
pub fn per_file_summary(
    plan: &CheckedPlan,
    paths: &PathList,
    options: &ReadOptions,
    threads: usize,
) -> Streamed {
    let share = paths.len().div_ceil(threads.max(1)).max(1);
    let (metrics, hints) = (Metrics::new(plan), Hints::default());
    let one = |start: usize| -> (Streamed, Unknown) {
        let mut out = Streamed::new(options.limits.shown_per_code);
        let mut units = Totals::default();
        let mut unknown: Unknown = Vec::new();
        for path in paths.range(start, start + share) {
            let name = path.display().to_string();
            let unit = inputs::stem(&path);
            let mut files = vec![inputs::read_file(&path, &name, unit, options)];
            let results = evaluate_with(&metrics, &hints, &mut files, Detail::Totals);
            for file in files {
                let mut said = Vec::new();
                for d in file.diagnostics {
                    let Problem::Eval(EvalProblem::UnknownMetric { metric, .. }) = &d.problem
                    else {
                        said.push(d);
                        continue;
                    };
                    match unknown.iter_mut().find(|(m, ..)| m == metric) {
                        Some(entry) => entry.3 += 1,
                        None => {
                            let metric = metric.to_string();
                            let d = d.positioned(&file.source);
                            unknown.push((metric, file.source.name.clone(), d, 1));
                        }
                    }
                }
                if !said.is_empty() {
                    out.diagnostics.add_file_without_text(&file.source, said);
                }
            }
            for unit in results.iter().map(UnitTotal::from) {
                units.push_total(&unit);
            }
        }
        out.parts.push(units);
        (out, unknown)
    };
    let parts: Vec<(Streamed, Unknown)> = if threads > 1 && paths.len() > share {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..paths.len())
                .step_by(share)
                .map(|start| scope.spawn(move || one(start)))
                .collect();
            // A share that failed (a bug) must not vanish from the
            // summary: its failure is raised again here.
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    } else {
        vec![one(0)]
    };
    let mut out = Streamed::new(options.limits.shown_per_code);
    let mut unknown: Unknown = Vec::new();
    for (part, part_unknown) in parts {
        out.parts.extend(part.parts);
        out.diagnostics.append(part.diagnostics);
        for (metric, at, d, count) in part_unknown {
            match unknown.iter_mut().find(|(m, ..)| *m == metric) {
                Some(entry) => entry.3 += count,
                None => unknown.push((metric, at, d, count)),
            }
        }
    }
    for (_, name, mut d, count) in unknown {
        if let Problem::Eval(EvalProblem::UnknownMetric { more_files, .. }) = &mut d.problem {
            *more_files = count - 1;
        }
        let file = out.file(&name);
        out.diagnostics.push(d.in_file(FileId::FIRST, file));
    }
    // Each file's in the order of their places, as the general path gives
    // them (an unknown metric is counted over all files, so comes last).
    out.diagnostics.sort();
    out
}
