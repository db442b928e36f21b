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

/// Unknown metrics of a batch, in the order first found: the metric, the
/// file it was first found in and the diagnostic found there (with its line
/// and column), and how many files name it; found by name in constant time
/// (a search of the list made two files of 50,000 unknown metrics each take
/// two minutes).
#[derive(Default)]
struct Unknown {
    found: Vec<(String, String, Diagnostic, usize)>,
    at: rustc_hash::FxHashMap<String, usize>,
}

impl Unknown {
    /// `count` more files name `metric`; `first` gives the file and the
    /// diagnostic when it is new.
    fn add(&mut self, metric: &str, count: usize, first: impl FnOnce() -> (String, Diagnostic)) {
        match self.at.get(metric).and_then(|&at| self.found.get_mut(at)) {
            Some(entry) => entry.3 += count,
            None => {
                let (file, diagnostic) = first();
                self.at.insert(metric.to_string(), self.found.len());
                self.found
                    .push((metric.to_string(), file, diagnostic, count));
            }
        }
    }
}

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
    asked: Option<&crate::eval::due::Asked>,
) -> Streamed {
    let share = paths.len().div_ceil(threads.max(1)).max(1);
    let (metrics, hints) = (Metrics::new(plan).asking(asked.cloned()), Hints::default());
    let one = |start: usize| -> (Streamed, Unknown) {
        let mut out = Streamed::new(options.limits.shown_per_code);
        let mut units = Totals::default();
        let mut unknown = Unknown::default();
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
                    let metric = metric.clone();
                    unknown.add(&metric, 1, || {
                        (file.source.name.clone(), d.positioned(&file.source))
                    });
                }
                if !said.is_empty() || file.hidden.total() > 0 {
                    let id = out.diagnostics.add_file_without_text(&file.source, said);
                    // Those the file did not keep as it was read, counted.
                    out.diagnostics.count_hidden(file.hidden.moved(|_| id));
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
    let mut unknown = Unknown::default();
    for (part, part_unknown) in parts {
        out.parts.extend(part.parts);
        out.diagnostics.append(part.diagnostics);
        for (metric, at, d, count) in part_unknown.found {
            unknown.add(&metric, count, || (at, d));
        }
    }
    for (_, name, mut d, count) in unknown.found {
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
