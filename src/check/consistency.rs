//! Targets on one metric that repeat or contradict each other.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::interval::{tighter_high, tighter_low, Bound, Interval};
use super::model::{MetricId, Origin, TargetId, Timing};
use super::problem::TargetProblem;
use super::targets::inherited_through;
use super::Checker;
use crate::diagnostic::{Code, Diagnostic, RelatedLabel};

/// Targets that can clash: on one metric, due at one milestone, for the
/// same units (as written), judged at the same times (`every`, a window,
/// `cumulative`: other times judge other values).
type Group = (MetricId, Option<NaiveDate>, String, Timing);

impl Checker<'_> {
    pub(super) fn check_consistency(&mut self) {
        // Only targets on the same metric due at the same milestone can
        // clash ("30% by 2026, 50% by 2028" are steps, not contradictions):
        // group them first. Targets for different units (`for`) never do:
        // which units both are for is the register's to say, not the plan's.
        let mut by_metric: BTreeMap<Group, Vec<(TargetId, Interval)>> = BTreeMap::new();
        // A target whose `by` is unusable (reported) is due when no one
        // knows: comparing it would only echo that error.
        let comparable = |e: &&super::Entry| e.condition_ok && !e.by_unusable;
        for (id, entry) in self.live_targets().filter(|(_, e)| comparable(e)) {
            let target = &entry.target;
            let ty = self.plan.metrics.at(target.metric).ty;
            if let Some(interval) = target.threshold().accepted(ty) {
                by_metric
                    .entry((
                        target.metric,
                        self.plan.milestone(target),
                        target.applies.written(),
                        target.timing,
                    ))
                    .or_default()
                    .push((id, interval));
            }
        }
        let mut found = Vec::new();
        for targets in by_metric.values() {
            found.extend(
                clashes(targets)
                    .into_iter()
                    .map(|(i, j, code)| self.clash(i, j, code)),
            );
        }
        // Through `report`, like every other problem, so that errors are
        // counted.
        for diagnostic in found {
            self.report(diagnostic);
        }
    }

    /// The diagnostic for a later target `j` that repeats or contradicts an
    /// earlier target `i`.
    fn clash(&self, i: TargetId, j: TargetId, code: Code) -> Diagnostic {
        let (earlier, later) = (&self.targets.at(i).target, &self.targets.at(j).target);
        let metric = self.plan.metrics.at(later.metric).name.clone();
        let diagnostic = if code == Code::DuplicateTarget {
            let problem = TargetProblem::DuplicateTarget {
                earlier: earlier.name.clone(),
                metric,
            };
            Diagnostic::of(problem, later.span)
                .with_related(earlier.span, RelatedLabel::FirstWritten)
        } else {
            let problem = TargetProblem::Contradiction {
                metric,
                earlier: earlier.threshold().written.clone(),
                later: later.threshold().written.clone(),
            };
            Diagnostic::of(problem, later.span)
                .with_related(earlier.span, RelatedLabel::EarlierTarget)
        };
        // Targets inherited as they were stand in the plan they come from:
        // the `extends` they came through is shown too.
        let through = [earlier, later].into_iter().find_map(|t| match t.origin {
            Origin::Inherited { through } => Some(through),
            Origin::Here | Origin::Overridden { .. } => None,
        });
        inherited_through(diagnostic, through)
    }
}

/// For each target of one metric (in order) that repeats or contradicts an
/// earlier one, the pair and the code; at most one per target. Linear in the
/// number of targets: a target contradicts some earlier one exactly when it
/// misses the earlier one whose upper end is lowest or whose lower end is
/// highest.
fn clashes<T: Copy + Ord>(targets: &[(T, Interval)]) -> Vec<(T, T, Code)> {
    let mut seen: BTreeMap<Interval, T> = BTreeMap::new();
    let mut lowest_high: Option<(Bound, T, Interval)> = None;
    let mut highest_low: Option<(Bound, T, Interval)> = None;
    let mut out = Vec::new();
    for &(j, interval) in targets {
        if let Some(&i) = seen.get(&interval) {
            out.push((i, j, Code::DuplicateTarget));
            continue;
        }
        let conflict = [lowest_high, highest_low]
            .into_iter()
            .flatten()
            .find(|(_, _, earlier)| earlier.disjoint(interval));
        if let Some((_, i, _)) = conflict {
            out.push((i, j, Code::Contradiction));
        }
        seen.insert(interval, j);
        if let Some(high) = interval.high {
            if lowest_high.is_none_or(|(b, _, _)| tighter_high(high, b)) {
                lowest_high = Some((high, j, interval));
            }
        }
        if let Some(low) = interval.low {
            if highest_low.is_none_or(|(b, _, _)| tighter_low(low, b)) {
                highest_low = Some((low, j, interval));
            }
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::interval::test_interval as iv;

    #[test]
    fn exclusive_bounds_win_ties() {
        // >= 5, > 5, then <= 5: only `> 5` contradicts the last one.
        let targets = [
            (0, iv(Some((5, true)), None)),
            (1, iv(Some((5, false)), None)),
            (2, iv(None, Some((5, true)))),
        ];
        assert_eq!(clashes(&targets), vec![(1, 2, Code::Contradiction)]);
    }

    #[test]
    fn duplicates_and_ranges() {
        let targets = [
            (0, iv(Some((95, true)), Some((100, true)))),
            (1, iv(Some((95, true)), Some((100, true)))),
            (2, iv(None, Some((90, true)))),
            (3, iv(Some((96, true)), None)),
        ];
        assert_eq!(
            clashes(&targets),
            vec![
                (0, 1, Code::DuplicateTarget),
                (0, 2, Code::Contradiction),
                (2, 3, Code::Contradiction)
            ]
        );
    }
}
