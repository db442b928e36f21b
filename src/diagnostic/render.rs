//! Diagnostics rendered for people, with ariadne.

use std::ops::Range;

use ariadne::{CharSet, Color, Config, Label, Report, ReportKind, Source};

use super::{Diagnostic, Related, Severity};
use crate::i18n::Lang;
use crate::source::{FileId, LineCol, SourceFile, Sources};
use crate::span::Span;

/// Renders diagnostics as text, in English. `sources` holds the files their
/// spans point into: a [`crate::source::SourceMap`], or one
/// [`SourceFile`] whose diagnostics point only into it. Colour is the
/// caller's decision (ariadne would colour whatever the terminal); trailing
/// spaces are trimmed.
pub fn render<S: Sources + ?Sized>(sources: &S, diagnostics: &[Diagnostic], color: bool) -> String {
    render_in(sources, diagnostics, color, Lang::En)
}

/// [`render`] in `lang`.
pub fn render_in<S: Sources + ?Sized>(
    sources: &S,
    diagnostics: &[Diagnostic],
    color: bool,
    lang: Lang,
) -> String {
    // ariadne splits a text into lines when its `Source` is made: once per
    // file, not once per diagnostic.
    let mut cache = Lines {
        sources,
        made: Vec::new(),
    };
    let mut out = String::new();
    for diagnostic in diagnostics {
        // What would act in the input (ESC, U+202E) is shown replaced.
        let text = crate::printable::rendered(color, |color| {
            localize_help(&render_one(&mut cache, diagnostic, color, lang), lang)
        });
        out.push_str(&text);
    }
    out
}

/// The files ariadne reads, split into lines the first time one is shown.
/// Diagnostics come file by file, so only the last few files split are
/// kept: a batch of many files never holds the lines of them all.
struct Lines<'s, S: ?Sized> {
    sources: &'s S,
    made: Vec<(FileId, Source<String>)>,
}

impl<'s, S: Sources + ?Sized> Lines<'s, S> {
    /// The file a place is in, when it has text to show.
    fn shown(&self, id: FileId) -> Option<&'s SourceFile> {
        self.sources.file(id).filter(|f| !f.text.is_empty())
    }

    /// A span of a shown file as ariadne counts it, in characters, after
    /// clamping it onto character boundaries. ariadne is told to count
    /// characters, not bytes: counting bytes, it places a source group of
    /// another file than the diagnostic's by a character offset taken for
    /// a byte offset (and may cut a character in two).
    fn chars(&mut self, span: Span) -> Option<(Shown, Range<usize>)> {
        let file = self.shown(span.file)?;
        let span = file.clamp(span);
        let lines = ariadne::Cache::fetch(self, &Some(span.file)).ok()?;
        // ariadne's lines are the source map's (see `lines_as_editors_see`),
        // so a line and column the map gives is a character offset there.
        let count = |byte: usize| -> Option<usize> {
            let at = file.line_col(byte);
            // ariadne has no empty line after a final line break: the end of
            // the text stands for it.
            match lines.line(at.line.checked_sub(1)?) {
                Some(line) => Some(line.offset() + at.column - 1),
                None => Some(lines.len()),
            }
        };
        let start = count(span.start)?;
        let end = count(span.end)?.max(start);
        Some((Some(span.file), start..end))
    }
}

/// The source of a label as ariadne knows it. The report itself is placed in
/// no file (`None`): ariadne heads a group of labels in the report's file
/// with the report's position, even a second group of that file (a related
/// place on an earlier line), and with its first label's position otherwise.
type Shown = Option<FileId>;

impl<'s, S: Sources + ?Sized> ariadne::Cache<Shown> for Lines<'s, S> {
    type Storage = String;

    fn fetch(&mut self, id: &Shown) -> Result<&Source<String>, impl std::fmt::Debug> {
        let Some(id) = id else {
            return Err("no file");
        };
        let at = match self.made.iter().position(|(made, _)| made == id) {
            Some(at) => at,
            None => {
                let Some(file) = self.sources.file(*id) else {
                    return Err("no such file");
                };
                // A diagnostic and its related places stand in a few files.
                const KEPT: usize = 8;
                if self.made.len() >= KEPT {
                    self.made.remove(0);
                }
                self.made
                    .push((*id, Source::from(lines_as_editors_see(&file.text))));
                self.made.len() - 1
            }
        };
        self.made
            .get(at)
            .map(|(_, lines)| lines)
            .ok_or("no such file")
    }

    fn display<'a>(&self, id: &'a Shown) -> Option<impl std::fmt::Display + 'a> {
        Some(
            id.and_then(|id| self.sources.file(id))
                .map_or_else(String::new, |f| f.name.clone()),
        )
    }
}

/// The text with the characters at which ariadne, but no editor, ends a
/// line replaced by U+FFFD (one character for one, so that offsets counted
/// in characters still hold): line numbers then agree with the source map.
fn lines_as_editors_see(text: &str) -> String {
    text.chars()
        .map(|c| {
            if crate::source::breaks_only_for_ariadne(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// A message, label or hint as one line: text from inputs in it (a value
/// with a line break) must not start a line that reads as a diagnostic of
/// its own.
fn single(text: String) -> String {
    crate::printable::printable(&text).into_owned()
}

/// ariadne writes `Help:` in English whatever the language.
fn localize_help(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let help = lang.text("diagnostic.help");
    text.replace("│ Help:", &format!("│ {help}:"))
        .replace("Help\u{1b}[0m:", &format!("{help}\u{1b}[0m:"))
}

/// `Error` or `Warning`, in `lang`.
pub fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    lang.text(match severity {
        Severity::Error => "diagnostic.error",
        Severity::Warning => "diagnostic.warning",
    })
}

fn render_one<S: Sources + ?Sized>(
    cache: &mut Lines<'_, S>,
    diagnostic: &Diagnostic,
    color: bool,
    lang: Lang,
) -> String {
    let id = diagnostic.span.file;
    let name = cache.sources.file(id).map_or("", |f| f.name.as_str());
    if let Some(cell) = &diagnostic.cell {
        return render_without_text(&format!("{name} {cell}"), diagnostic, lang);
    }
    if diagnostic.position.is_some() {
        // Read as a stream: the text is not kept.
        return render_without_text(&place(cache.sources, diagnostic), diagnostic, lang);
    }
    let Some(span) = cache.chars(diagnostic.span) else {
        // A file that could not be read as text: there is no line to show.
        return render_without_text(name, diagnostic, lang);
    };
    let accent = match diagnostic.severity() {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
    };
    let kind = match (lang, diagnostic.severity()) {
        (Lang::En, Severity::Error) => ReportKind::Error,
        (Lang::En, Severity::Warning) => ReportKind::Warning,
        (_, severity) => ReportKind::Custom(severity_word(severity, lang), accent),
    };
    let config = Config::default()
        .with_char_set(CharSet::Unicode)
        .with_color(color);
    // ariadne draws no underline for a label without text; the code's title is
    // short enough to stand under the caret when the diagnostic has no label.
    let title = diagnostic.code().title(lang).to_string();
    let text = single(diagnostic.label(lang).unwrap_or(title));
    let primary = Label::new(span.clone())
        .with_message(&text)
        .with_color(accent)
        .with_order(0);
    let mut report = Report::build(kind, (None, span.1.clone()))
        .with_config(config)
        .with_code(diagnostic.code().id())
        .with_message(single(diagnostic.message(lang)))
        .with_label(primary);
    for (order, related) in diagnostic.related.iter().enumerate() {
        // A place in a file without text to show (it could not be read)
        // is left out rather than losing the whole diagnostic.
        let Some(place) = cache.chars(related.span) else {
            continue;
        };
        report.add_label(
            Label::new(place)
                .with_message(single(related.label.text(lang)))
                .with_color(Color::Blue)
                .with_order(order as i32 + 1),
        );
    }
    if let Some(hint) = diagnostic.hint(lang) {
        report.set_help(single(hint));
    }
    let mut bytes = Vec::new();
    let written = report.finish().write(&mut *cache, &mut bytes);
    let text = match written {
        // ariadne colours a custom kind (a severity in another language)
        // even with colour off.
        Ok(()) if !color => strip_colour(&String::from_utf8_lossy(&bytes)),
        Ok(()) => String::from_utf8_lossy(&bytes).into_owned(),
        // Writing into memory does not fail; if ariadne ever does, the
        // diagnostic must still reach the user.
        Err(_) => format!(
            "{}\n",
            one_line(&place(cache.sources, diagnostic), diagnostic, lang)
        ),
    };
    trim_line_ends(&text)
}

/// A diagnostic with no source line to show: at a spreadsheet cell, or about a
/// whole file.
fn render_without_text(location: &str, diagnostic: &Diagnostic, lang: Lang) -> String {
    let mut out = format!(
        "[{}] {}: {}\n   ╭─[ {} ]\n",
        diagnostic.code().id(),
        severity_word(diagnostic.severity(), lang),
        single(diagnostic.message(lang)),
        location
    );
    if let Some(hint) = diagnostic.hint(lang) {
        let hint = single(hint);
        out.push_str(&format!("   │ Help: {hint}\n"));
    }
    out.push_str("───╯\n");
    out
}

/// A diagnostic on one line after its place, its hint on the next, in
/// `lang`: `file:line:col: error[E0101]: message`.
/// Each related place follows on a line of its own: `  first given here:
/// file:line:col`.
pub fn plain<S: Sources + ?Sized>(sources: &S, diagnostic: &Diagnostic, lang: Lang) -> String {
    let mut text = one_line(&place(sources, diagnostic), diagnostic, lang);
    for related in &diagnostic.related {
        let label = single(related.label.text(lang));
        let at = related_place(sources, related);
        text.push_str(&crate::printable::printable_lines(&format!(
            "\n  {label}: {at}"
        )));
    }
    text.push('\n');
    text
}

/// Where a diagnostic stands: `file:line:col` (the column in characters),
/// or the file and the cell of a workbook.
pub fn place<S: Sources + ?Sized>(sources: &S, diagnostic: &Diagnostic) -> String {
    let file = sources.file(diagnostic.span.file);
    let name = file.map_or("", |f| f.name.as_str());
    if let Some(cell) = &diagnostic.cell {
        return format!("{name} {cell}");
    }
    file_line_col(sources, diagnostic.span, diagnostic.position)
}

/// Where a related place stands: `file:line:col`.
pub fn related_place<S: Sources + ?Sized>(sources: &S, related: &Related) -> String {
    file_line_col(sources, related.span, related.position)
}

/// `file:line:col` of a span, or of `position` in its file when the text
/// was not kept.
fn file_line_col<S: Sources + ?Sized>(
    sources: &S,
    span: Span,
    position: Option<LineCol>,
) -> String {
    let file = sources.file(span.file);
    let name = file.map_or("", |f| f.name.as_str());
    let at = match (position, file) {
        (Some(at), _) => at,
        (None, Some(file)) => file.line_col(span.start),
        (None, None) => LineCol { line: 1, column: 1 },
    };
    format!("{name}:{}:{}", at.line, at.column)
}

/// A diagnostic on one line after its location, its hint on the next:
/// `file:line:col: error[E0709]: message`, in `lang` (`lỗi`, `cảnh báo`,
/// `gợi ý` in Vietnamese).
pub fn one_line(location: &str, d: &Diagnostic, lang: Lang) -> String {
    let severity = severity_word(d.severity(), lang).to_lowercase();
    let mut text = format!(
        "{location}: {severity}[{}]: {}",
        d.code().id(),
        single(d.message(lang))
    );
    if let Some(hint) = d.hint(lang).map(single) {
        text.push_str(&format!(
            "\n  {}: {hint}",
            lang.text("diagnostic.help").to_lowercase()
        ));
    }
    crate::printable::printable_lines(&text).into_owned()
}

/// The text without the colour ariadne gives a custom kind's name even
/// with colour off: the header starts `ESC[..m[CODE] Kind:ESC[0m`. Only
/// those two sequences go; one written in the input is kept, for
/// `printable` to show replaced rather than to vanish.
fn strip_colour(text: &str) -> String {
    let Some(after) = text.strip_prefix("\u{1b}[") else {
        return text.to_string();
    };
    let params = after
        .find(|c: char| !(c.is_ascii_digit() || c == ';'))
        .unwrap_or(after.len());
    let Some(header) = after.get(params..).and_then(|r| r.strip_prefix('m')) else {
        return text.to_string();
    };
    match header.split_once("\u{1b}[0m") {
        Some((kind, rest)) => format!("{kind}{rest}"),
        None => header.to_string(),
    }
}

fn trim_line_ends(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `2 errors, 1 warning` style counts; empty when there is nothing.
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    summary_in(diagnostics, Lang::En)
}

/// [`summary`] in `lang`.
pub fn summary_in(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let mut parts = Vec::new();
    let count =
        |n: usize, one, many| lang.fill(if n == 1 { one } else { many }, &[("n", &n.to_string())]);
    if errors > 0 {
        parts.push(count(errors, "count.error", "count.errors"));
    }
    if warnings > 0 {
        parts.push(count(warnings, "count.warning", "count.warnings"));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::strip_colour;

    #[test]
    fn only_the_kinds_colour_is_stripped() {
        assert_eq!(strip_colour("\u{1b}[31mError:\u{1b}[0m x"), "Error: x");
        assert_eq!(strip_colour("a \u{1b}[2J b"), "a \u{1b}[2J b");
        assert_eq!(strip_colour("end \u{1b}["), "end \u{1b}[");
        assert_eq!(
            strip_colour("\u{1b}[33mKind:\u{1b}[0m x\u{1b}[31my\u{1b}[0m"),
            "Kind: x\u{1b}[31my\u{1b}[0m"
        );
    }
}
