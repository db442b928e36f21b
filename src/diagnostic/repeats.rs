//! Repeats of one code in one file, summarised: a line of 2,000 repeated
//! labels, or a JSON file of a thousand units with one bad value each, shows
//! the first few of each code in each file and then one W0745 that counts the
//! rest. The counts of errors and warnings, and the exit status, come from
//! the full list: only what is shown is bounded.

use super::{Code, Describe, Diagnostic, Problem};
use crate::i18n::Lang;

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
        let (count, code) = (self.count, self.code.id());
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

/// Calls `show` with each diagnostic to show, in order: in each run of one
/// file, the first `bound` of each code, and after the run one W0745 per code
/// that had more, standing where the first not shown stood (codes in their
/// catalogue order). A diagnostic that itself counts others of its code is
/// always shown. A list sorted by file has one run per file.
pub fn for_each_shown<E>(
    list: &[Diagnostic],
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
        for (code, count, first_hidden) in seen {
            if let Some(first) = first_hidden {
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
}
