//! Diagnostics in another language, gettext-style: a diagnostic is written in
//! English where it is found, and its message, label and hint are looked up
//! here when shown. Each entry pairs an English template, where `{}` stands
//! for a part that varies (most often the user's own text in backticks), with
//! its translation, where `{}` takes the parts in order and `{0}`, `{1}`...
//! take them by number. A part that is itself an English phrase of the table
//! (such as a type's name) is translated too.

use super::Lang;

/// The most specific template that matches `text` in `table` (the one with
/// the most fixed text), with the parts it captured.
fn find<'t>(table: &'t [(&'t str, &'t str)], text: &str) -> Option<(&'t str, Vec<String>)> {
    find_entry(table, text).map(|(_, translated, parts)| (translated, parts))
}

/// [`find`], with the English template too.
fn find_entry<'t>(
    table: &'t [(&'t str, &'t str)],
    text: &str,
) -> Option<(&'t str, &'t str, Vec<String>)> {
    table
        .iter()
        .filter_map(|(english, translated)| {
            let parts = capture(english, text)?;
            let fixed = english.len() - 2 * parts.len();
            Some((fixed, *english, *translated, parts))
        })
        .max_by_key(|(fixed, ..)| *fixed)
        .map(|(_, english, translated, parts)| (english, translated, parts))
}

/// The parts of `text` that the `{}` of `template` stand for, or `None` when
/// `text` does not follow the template. Each part is as short as the fixed
/// text after it allows.
fn capture(template: &str, text: &str) -> Option<Vec<String>> {
    let mut pieces = template.split("{}");
    let first = pieces.next()?;
    let mut rest = text.strip_prefix(first)?;
    let mut parts = Vec::new();
    let pieces: Vec<&str> = pieces.collect();
    for (i, piece) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        let at = if last {
            rest.len()
                .checked_sub(piece.len())
                .filter(|at| rest.get(*at..) == Some(*piece))?
        } else if piece.is_empty() {
            return None;
        } else {
            rest.find(piece)?
        };
        parts.push(rest.get(..at)?.to_string());
        rest = rest.get(at + piece.len()..)?;
    }
    // A template without parts matches only its own text; otherwise the last
    // fixed text was matched at the end.
    if pieces.is_empty() && !rest.is_empty() {
        return None;
    }
    Some(parts)
}

/// `translated` with its `{}` and `{N}` filled from `parts`.
fn fill(translated: &str, parts: &[String]) -> String {
    let mut out = String::with_capacity(translated.len() + 16);
    let mut next = 0;
    let mut rest = translated;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find('}') else {
            out.push_str(rest.get(open..).unwrap_or(""));
            return out;
        };
        let inside = after.get(..close).unwrap_or("");
        let index = if inside.is_empty() {
            next += 1;
            Some(next - 1)
        } else {
            inside.parse::<usize>().ok()
        };
        match index.and_then(|i| parts.get(i)) {
            Some(part) => out.push_str(part),
            None => {
                out.push('{');
                out.push_str(inside);
                out.push('}');
            }
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Templates general enough to match text that is not chitieu's (`{} or
/// {}` would split "No such file or directory") are not used inside other
/// messages: a part is translated only by a phrase or by a template with at
/// least this much fixed text.
const MIN_FIXED_INSIDE: usize = 8;

/// `text` translated by `table`, with the parts no entry translates.
fn translate_in(
    lang: Lang,
    table: &[(&str, &str)],
    text: &str,
    depth: usize,
) -> Option<(String, Vec<String>)> {
    let (english, translated, parts) = find_entry(table, text)?;
    // Parts the template quotes in backticks are the user's own text.
    let quoted: Vec<bool> = english
        .split("{}")
        .map(|piece| piece.ends_with('`'))
        .collect();
    let mut gaps = Vec::new();
    let parts: Vec<String> = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let inner = (depth < 3)
                .then(|| find(table, &part))
                .flatten()
                .filter(|(_, p)| p.is_empty() || fixed_len(table, &part) >= MIN_FIXED_INSIDE)
                .and_then(|_| translate_in(lang, table, &part, depth + 1));
            match inner {
                Some((t, mut g)) => {
                    gaps.append(&mut g);
                    t
                }
                None => {
                    gaps.push(part.clone());
                    // A date or a number that chitieu wrote (not the user's
                    // text in backticks) as the language writes it.
                    if part.starts_with('`') || quoted.get(i).copied().unwrap_or(false) {
                        part
                    } else {
                        lang.plan_value(&part)
                    }
                }
            }
        })
        .collect();
    Some((fill(translated, &parts), gaps))
}

/// How much fixed text the template that matches `text` has.
fn fixed_len(table: &[(&str, &str)], text: &str) -> usize {
    table
        .iter()
        .filter_map(|(english, _)| {
            let parts = capture(english, text)?;
            Some(english.len() - 2 * parts.len())
        })
        .max()
        .unwrap_or(0)
}

/// Whether an untranslated part reads like chitieu's own English (three or
/// more lowercase words) rather than the user's text, a number, a path or a
/// system's message (which starts with a capital).
fn reads_like_english(part: &str) -> bool {
    if part.starts_with('`') || part.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    part.split_whitespace()
        .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .count()
        >= 3
}

impl Lang {
    /// A diagnostic's text (message, label or hint) in this language, or
    /// `None` when the table has no template for it.
    pub fn translate(self, text: &str) -> Option<String> {
        match self {
            Lang::En => Some(text.to_string()),
            Lang::Vi => translate_in(self, super::vi_messages::MESSAGES, text, 0).map(|(t, _)| t),
        }
    }

    /// Like [`Self::translate`], but `None` also when a part of the text
    /// that reads like chitieu's own English was left untranslated: for the
    /// tests that keep the languages complete.
    pub fn translate_fully(self, text: &str) -> Option<String> {
        match self {
            Lang::En => Some(text.to_string()),
            Lang::Vi => {
                let (t, gaps) = translate_in(self, super::vi_messages::MESSAGES, text, 0)?;
                (!gaps.iter().any(|g| reads_like_english(g))).then_some(t)
            }
        }
    }

    /// [`Self::translate`], or the text as it is.
    pub fn say(self, text: &str) -> String {
        self.translate(text).unwrap_or_else(|| text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_capture_and_fill() {
        let table = [
            (
                "the plan has no metric `{}`",
                "kế hoạch không có chỉ số `{}`",
            ),
            ("`{}` is given twice for `{}`", "`{1}` khai `{0}` hai lần"),
            ("a ratio", "một tỷ lệ"),
            (
                "{} cannot be a value of {}",
                "{0} không thể là giá trị của {1}",
            ),
        ];
        let go = |text: &str| find(&table, text).map(|(t, p)| fill(t, &p));
        assert_eq!(
            go("the plan has no metric `x`").as_deref(),
            Some("kế hoạch không có chỉ số `x`")
        );
        assert_eq!(
            go("`m` is given twice for `u`").as_deref(),
            Some("`u` khai `m` hai lần")
        );
        assert_eq!(go("the plan has no metric `x` again"), None);
        assert_eq!(capture("no parts", "no parts"), Some(vec![]));
        assert_eq!(capture("no parts", "no parts!"), None);
    }
}
