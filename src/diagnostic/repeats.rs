//! Repeats of one code in one file, summarised: a line of 2,000 repeated
//! labels, or a JSON file of a thousand units with one bad value each, shows
//! the first few of each code in each file and then one W0745 that counts the
//! rest. The counts of errors and warnings, and the exit status, come from
//! the full list: only what is shown is bounded.
//!
//! What cannot be shown is not kept either: [`keep_first`] keeps, of each
//! code in each file, the first [`SHOWN_PER_CODE`] and the one after (where
//! W0745 stands) in the order they will be printed, and counts the others in
//! [`Hidden`]. A flood of one kind then costs a count, not a record each.

use std::collections::BTreeMap;

use super::{Code, Describe, Diagnostic, Problem, Severity};
use crate::i18n::Lang;
use crate::source::FileId;

/// How many diagnostics of one code a file shows before the rest are counted.
pub const SHOWN_PER_CODE: usize = 20;

/// The diagnostics of one code in a file past those shown: how many, and
/// their code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoreLikeThis {
    pub code: Code,
    pub count: usize,
}

impl Describe for MoreLikeThis {
    fn code(&self) -> Code {
        Code::MoreLikeThis
    }

    fn message(&self, lang: Lang) -> String {
        let (count, code) = (lang.count(self.count), self.code.id());
        match lang {
            Lang::En => format!("and {count} more {code} in this file, not shown one by one"),
            Lang::Vi => {
                format!("và {count} chẩn đoán {code} khác trong tệp này, không hiện từng cái")
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        Some(
            match lang {
                Lang::En => "the first of them",
                Lang::Vi => "chẩn đoán đầu tiên trong số đó",
            }
            .to_string(),
        )
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        Some(
            match lang {
                Lang::En => "fix the ones shown and run again; `--all-diagnostics` shows each",
                Lang::Vi => {
                    "sửa những chỗ được hiện rồi chạy lại; `--all-diagnostics` hiện từng cái"
                }
            }
            .to_string(),
        )
    }
}

/// The length below which a list gathering diagnostics drops nothing.
pub const DROP_FROM: usize = 4096;

/// The length at which a list gathering diagnostics, `kept` long after it
/// last dropped what cannot be shown, drops again: twice that, so dropping
/// costs amortised constant time per diagnostic, and the list never holds
/// more than twice what it keeps (or [`DROP_FROM`]).
pub fn next_drop(kept: usize) -> usize {
    kept.saturating_mul(2).max(DROP_FROM)
}

/// Diagnostics not kept, counted by file and code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hidden(BTreeMap<(FileId, Code), usize>);

impl Hidden {
    pub fn add(&mut self, file: FileId, code: Code, count: usize) {
        if count > 0 {
            let n = self.0.entry((file, code)).or_insert(0);
            *n = n.saturating_add(count);
        }
    }

    /// How many of `code` in `file` are not kept.
    pub fn of(&self, file: FileId, code: Code) -> usize {
        self.0.get(&(file, code)).copied().unwrap_or(0)
    }

    pub fn total(&self) -> usize {
        self.0.values().sum()
    }

    pub fn errors(&self) -> usize {
        let errors = self
            .0
            .iter()
            .filter(|((_, c), _)| c.severity() == Severity::Error);
        errors.map(|(_, n)| n).sum()
    }

    /// The files that have diagnostics not kept.
    pub fn files(&self) -> impl Iterator<Item = FileId> + '_ {
        self.0.keys().map(|(file, _)| *file)
    }

    /// The counts with their files given the ids `new_id` says.
    pub fn moved(self, new_id: impl Fn(FileId) -> FileId) -> Hidden {
        let mut moved = Hidden::default();
        for ((file, code), count) in self.0 {
            moved.add(new_id(file), code, count);
        }
        moved
    }

    pub fn join(&mut self, other: Hidden) {
        for ((file, code), count) in other.0 {
            self.add(file, code, count);
        }
    }
}

/// Keeps in `list`, of each file and code that `group` gives, the `keep`
/// first by `order` (ties in list order, as a stable sort leaves them), and
/// counts the others in `hidden`; the kept stay in their order. Items
/// `group` gives no key are all kept. Only the groups past `keep` compute
/// their order.
pub fn keep_first<T, O: Ord>(
    list: &mut Vec<T>,
    keep: usize,
    hidden: &mut Hidden,
    group: impl Fn(&T) -> Option<(FileId, Code)>,
    order: impl Fn(&T) -> O,
) {
    let keys: Vec<Option<(FileId, Code)>> = list.iter().map(&group).collect();
    let mut sizes: BTreeMap<(FileId, Code), usize> = BTreeMap::new();
    for key in keys.iter().flatten() {
        *sizes.entry(*key).or_insert(0) += 1;
    }
    sizes.retain(|_, size| *size > keep);
    if sizes.is_empty() {
        return;
    }
    let mut over: BTreeMap<(FileId, Code), Vec<(O, usize)>> = BTreeMap::new();
    for (at, (item, key)) in list.iter().zip(&keys).enumerate() {
        if let Some(key) = key.filter(|key| sizes.contains_key(key)) {
            over.entry(key).or_default().push((order(item), at));
        }
    }
    let mut dropped = vec![false; list.len()];
    for ((file, code), mut members) in over {
        members.sort_unstable();
        for (_, at) in members.iter().skip(keep) {
            if let Some(flag) = dropped.get_mut(*at) {
                *flag = true;
            }
        }
        hidden.add(file, code, members.len().saturating_sub(keep));
    }
    let mut flags = dropped.into_iter();
    list.retain(|_| !flags.next().unwrap_or(false));
}

/// Keeps in `list`, of each file and code, the `keep` first in the order
/// they will be printed (file, place, message: the order of
/// [`super::sort`]), and counts the others in `hidden`. A diagnostic that
/// itself counts others of its code is always kept.
pub fn keep_shown(list: &mut Vec<Diagnostic>, keep: usize, hidden: &mut Hidden) {
    keep_first(
        list,
        keep,
        hidden,
        |d| (!d.problem.counts_others()).then(|| (d.span.file, d.code())),
        |d| {
            let place = (d.cell.clone(), d.position, d.span.start, d.span.end);
            (place, d.message(Lang::En))
        },
    );
}

/// Calls `show` with each diagnostic to show, in order: in each run of one
/// file, the first `bound` of each code, and after the run one W0745 per code
/// that had more, standing where the first not shown stood (codes in their
/// catalogue order). A diagnostic that itself counts others of its code is
/// always shown. A list sorted by file has one run per file.
pub fn for_each_shown<E>(
    list: &[Diagnostic],
    bound: usize,
    show: impl FnMut(&Diagnostic) -> Result<(), E>,
) -> Result<(), E> {
    for_each_shown_of(list, &Hidden::default(), bound, show)
}

/// [`for_each_shown`] of a list whose diagnostics past the kept ones are
/// counted in `hidden` (see [`keep_first`]): W0745 counts them too.
pub fn for_each_shown_of<E>(
    list: &[Diagnostic],
    hidden: &Hidden,
    bound: usize,
    mut show: impl FnMut(&Diagnostic) -> Result<(), E>,
) -> Result<(), E> {
    let runs = list.chunk_by(|a, b| a.span.file == b.span.file);
    for run in runs {
        // A run's codes: a few dozen at most, so a vector is enough.
        let mut seen: Vec<(Code, usize, Option<&Diagnostic>)> = Vec::new();
        for d in run {
            if d.problem.counts_others() {
                show(d)?;
                continue;
            }
            let code = d.code();
            let at = match seen.iter().position(|(c, _, _)| *c == code) {
                Some(at) => at,
                None => {
                    seen.push((code, 0, None));
                    seen.len() - 1
                }
            };
            let Some((_, count, first_hidden)) = seen.get_mut(at) else {
                continue;
            };
            *count += 1;
            if *count <= bound {
                show(d)?;
            } else if first_hidden.is_none() {
                *first_hidden = Some(d);
            }
        }
        seen.sort_by_key(|(code, _, _)| *code);
        let file = run.first().map_or(FileId::NONE, |d| d.span.file);
        for (code, count, first_hidden) in seen {
            if let Some(first) = first_hidden {
                let count = count.saturating_add(hidden.of(file, code));
                let count = count.saturating_sub(bound);
                show(&more_like_this(first, code, count))?;
            }
        }
    }
    Ok(())
}

/// The W0745 that counts `count` diagnostics of `code`, at `first`'s place.
fn more_like_this(first: &Diagnostic, code: Code, count: usize) -> Diagnostic {
    Diagnostic {
        problem: Problem::Repeats(MoreLikeThis { code, count }),
        span: first.span,
        related: Vec::new(),
        cell: first.cell.clone(),
        position: first.position,
        unit: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use crate::syntax::problem::SyntaxProblem;

    #[test]
    fn past_the_bound_one_diagnostic_counts_the_rest() {
        let file = SourceFile::new("a", "x".repeat(100));
        let list: Vec<Diagnostic> = (0..25)
            .map(|i| {
                Diagnostic::of(
                    SyntaxProblem::FileTooLarge { bytes: 2, limit: 1 },
                    file.span(i, i + 1),
                )
            })
            .collect();
        let mut shown = Vec::new();
        let _: Result<(), ()> = for_each_shown(&list, 3, |d| {
            shown.push(d.clone());
            Ok(())
        });
        assert_eq!(shown.len(), 4);
        let last = shown.last().unwrap();
        assert_eq!(last.code(), Code::MoreLikeThis);
        assert_eq!(last.span.start, 3);
        assert!(last.message(Lang::En).contains("22 more"));
    }

    fn flood(file: &SourceFile, n: usize) -> impl Iterator<Item = Diagnostic> + '_ {
        // In reverse, so that the first to show are the last found.
        (0..n).rev().map(move |i| {
            Diagnostic::of(
                SyntaxProblem::FileTooLarge { bytes: 2, limit: 1 },
                file.span(i, i + 1),
            )
        })
    }

    #[test]
    fn a_flood_keeps_the_first_to_show_and_counts_the_rest() {
        let file = SourceFile::new("a", "x".repeat(100_001));
        let mut list = Vec::new();
        let mut hidden = Hidden::default();
        for d in flood(&file, 100_000) {
            list.push(d);
            if list.len() >= 1_000 {
                keep_first(
                    &mut list,
                    4,
                    &mut hidden,
                    |d| Some((d.span.file, d.code())),
                    |d| d.span.start,
                );
            }
        }
        keep_first(
            &mut list,
            4,
            &mut hidden,
            |d| Some((d.span.file, d.code())),
            |d| d.span.start,
        );
        assert_eq!(list.len(), 4);
        assert_eq!(hidden.total(), 99_996);
        let starts: Vec<usize> = list.iter().map(|d| d.span.start).collect();
        assert_eq!(starts, [3, 2, 1, 0]);
        super::super::sort(&mut list);
        let mut shown = Vec::new();
        let _: Result<(), ()> = for_each_shown_of(&list, &hidden, 3, |d| {
            shown.push(d.clone());
            Ok(())
        });
        assert_eq!(shown.len(), 4);
        let last = shown.last().unwrap();
        assert_eq!(last.span.start, 3);
        assert!(last.message(Lang::En).contains("99,997 more"));
    }
}
