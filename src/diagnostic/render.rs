//! Diagnostics rendered for people, with ariadne.

use std::ops::Range;

use ariadne::{CharSet, Color, Config, Label, Report, ReportKind, Source};

use super::repeats::{self, SHOWN_PER_CODE};
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

/// [`render`] in `lang`, repeats of a code in a file past
/// [`SHOWN_PER_CODE`] counted in one diagnostic.
pub fn render_in<S: Sources + ?Sized>(
    sources: &S,
    diagnostics: &[Diagnostic],
    color: bool,
    lang: Lang,
) -> String {
    let mut out = Vec::new();
    // Writing into memory does not fail.
    let _ = write_in(sources, diagnostics, color, lang, SHOWN_PER_CODE, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes each diagnostic to `out` as soon as it is rendered (a long list is
/// never held whole as text), at most `bound` of a code in a file, the rest
/// counted in one W0745 (see [`repeats::for_each_shown`]).
pub fn write_in<S: Sources + ?Sized>(
    sources: &S,
    diagnostics: &[Diagnostic],
    color: bool,
    lang: Lang,
    bound: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let hidden = repeats::Hidden::default();
    write_shown(sources, (diagnostics, &hidden), color, lang, bound, out)
}

/// [`write_in`] of the diagnostics kept of a container, with those it only
/// counted (see [`repeats::keep_first`]).
pub fn write_shown<S: Sources + ?Sized>(
    sources: &S,
    (diagnostics, hidden): (&[Diagnostic], &repeats::Hidden),
    color: bool,
    lang: Lang,
    bound: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // ariadne splits a text into lines when its `Source` is made: once per
    // file, not once per diagnostic.
    let mut cache = Lines {
        sources,
        made: Vec::new(),
    };
    repeats::for_each_shown_of(diagnostics, hidden, bound, |diagnostic| {
        // What would act in the input (ESC, U+202E) is shown replaced.
        let text = crate::printable::rendered(color, |color| {
            localize_help(&render_one(&mut cache, diagnostic, color, lang), lang)
        });
        out.write_all(text.as_bytes())
    })
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

/// A related place of a diagnostic: its span, where ariadne sees it, and
/// its label's text.
type RelatedShown = (Span, (Shown, Range<usize>), String);

/// A line longer than this many characters is shown cut around the span:
/// whole, it would be reprinted by every diagnostic on it (2,000 labels on a
/// line of 140 KB made 140 MB of output).
pub(crate) const LONG_LINE: usize = 300;
/// Characters of a cut line shown on each side of the span.
const AROUND: usize = 60;
/// Characters of the span itself shown in a cut line; a longer span is cut
/// too.
const SPAN_SHOWN: usize = 120;

/// The stretch of a long line a diagnostic shows: its text with `…` where
/// the line goes on, the line's 0-based number, and the characters of the
/// line it starts and ends at.
struct Cut {
    file: FileId,
    text: String,
    line: usize,
    /// The character offset of the line in its file, as ariadne counts.
    line_start: usize,
    from: usize,
    to: usize,
}

impl Cut {
    /// Where a place of the file (a character range) stands in the shown
    /// text, if it starts within it; its end is cut to the text's.
    fn shown(&self, at: &(Shown, Range<usize>)) -> Option<Range<usize>> {
        if at.0 != Some(self.file) {
            return None;
        }
        let start = at.1.start.checked_sub(self.line_start)?;
        if start < self.from || start > self.to {
            return None;
        }
        let end =
            at.1.end
                .saturating_sub(self.line_start)
                .clamp(start, self.to);
        let lead = usize::from(self.from > 0);
        Some(start - self.from + lead..end - self.from + lead)
    }
}

impl<'s, S: Sources + ?Sized> Lines<'s, S> {
    /// Whether the line a place starts on is too long to show whole.
    fn is_long(&mut self, at: &(Shown, Range<usize>)) -> bool {
        let Ok(lines) = ariadne::Cache::fetch(self, &at.0) else {
            return false;
        };
        lines
            .get_offset_line(at.1.start)
            .is_some_and(|(line, _, _)| line.len() > LONG_LINE)
    }

    /// The stretch of the line `at` starts on that a diagnostic shows.
    fn cut(&mut self, at: &(Shown, Range<usize>)) -> Option<Cut> {
        let file = at.0?;
        let lines = ariadne::Cache::fetch(self, &at.0).ok()?;
        let (line, index, column) = lines.get_offset_line(at.1.start)?;
        let text = lines.get_line_text(line)?;
        let text = text.trim_end_matches([
            '\r', '\n', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}',
        ]);
        let length = text.chars().count();
        // A span may start on the line's break, past its last character.
        let column = column.min(length);
        let span_end = at.1.end.saturating_sub(line.offset()).clamp(column, length);
        let from = column.saturating_sub(AROUND);
        let to = (span_end.min(column + SPAN_SHOWN) + AROUND).min(length);
        let mut shown = String::new();
        if from > 0 {
            shown.push('…');
        }
        shown.extend(text.chars().skip(from).take(to.saturating_sub(from)));
        if to < length {
            shown.push('…');
        }
        Some(Cut {
            file,
            text: shown,
            line: index,
            line_start: line.offset(),
            from,
            to,
        })
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

/// ariadne writes `Help:` and `Note:` in English whatever the language, at
/// an indent that depends on the layout (deeper beside a span of several
/// lines): each is put in `lang` where it heads a line's text, after the
/// frame, never inside the text of a message or a source line.
fn localize_help(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let words = [
        ("Help", lang.text("diagnostic.help")),
        ("Note", lang.text("diagnostic.note")),
    ];
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(&localize_line(line, &words));
    }
    out
}

/// `line` with the English word that heads its text after the frame (box
/// drawing, spaces, colour codes) replaced by its translation.
fn localize_line(line: &str, words: &[(&str, &str)]) -> String {
    let mut rest = line;
    loop {
        let trimmed =
            rest.trim_start_matches(|c: char| c == ' ' || ('\u{2500}'..='\u{257F}').contains(&c));
        match skip_colour(trimmed) {
            Some(after) => rest = after,
            None => {
                rest = trimmed;
                break;
            }
        }
    }
    let frame = line.len() - rest.len();
    for (english, translated) in words {
        let Some(after) = rest.strip_prefix(english) else {
            continue;
        };
        let after_colour = skip_colour(after).unwrap_or(after);
        if after_colour.starts_with(':') {
            let head = line.get(..frame).unwrap_or("");
            return format!("{head}{translated}{after}");
        }
    }
    line.to_string()
}

/// The text after one colour code (`ESC [ ... m`) at its start, if any.
fn skip_colour(text: &str) -> Option<&str> {
    let inside = text.strip_prefix("\u{1b}[")?;
    let end = inside.find('m')?;
    inside.get(end + 1..)
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
    // A place in a file without text to show (it could not be read) is left
    // out rather than losing the whole diagnostic.
    let related: Vec<RelatedShown> = diagnostic
        .related
        .iter()
        .filter_map(|r| Some((r.span, cache.chars(r.span)?, single(r.label.text(lang)))))
        .collect();
    let long = std::iter::once(&span)
        .chain(related.iter().map(|(_, shown, _)| shown))
        .any(|shown| cache.is_long(shown));
    if long {
        if let Some(cut) = cache.cut(&span) {
            return render_cut(cache.sources, cut, diagnostic, &span, &related, color, lang);
        }
    }
    let labels = related
        .into_iter()
        .map(|(_, shown, text)| (shown, text))
        .collect();
    let report = build_report(diagnostic, span, labels, Vec::new(), color, lang);
    let sources = cache.sources;
    finish(report, &mut *cache, color, || {
        one_line(&place(sources, diagnostic), diagnostic, lang)
    })
}

/// The report of a diagnostic whose primary label is `span` and whose
/// related places are `related` (in order), with `notes` below.
fn build_report<'a>(
    diagnostic: &Diagnostic,
    span: (Shown, Range<usize>),
    related: Vec<((Shown, Range<usize>), String)>,
    notes: Vec<String>,
    color: bool,
    lang: Lang,
) -> ariadne::ReportBuilder<'a, (Shown, Range<usize>)> {
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
    for (order, (related, text)) in related.into_iter().enumerate() {
        report.add_label(
            Label::new(related)
                .with_message(text)
                .with_color(Color::Blue)
                .with_order(order as i32 + 1),
        );
    }
    for note in notes {
        report.add_note(note);
    }
    if let Some(hint) = diagnostic.hint(lang) {
        report.set_help(single(hint));
    }
    report
}

/// The report written out, its colour and line ends settled; `fallback`
/// is the diagnostic on one line, written if ariadne fails.
fn finish<C: ariadne::Cache<Shown>>(
    report: ariadne::ReportBuilder<'_, (Shown, Range<usize>)>,
    cache: C,
    color: bool,
    fallback: impl FnOnce() -> String,
) -> String {
    let mut bytes = Vec::new();
    let written = report.finish().write(cache, &mut bytes);
    let text = match written {
        // ariadne colours a custom kind (a severity in another language)
        // even with colour off.
        Ok(()) if !color => strip_colour(&String::from_utf8_lossy(&bytes)),
        Ok(()) => String::from_utf8_lossy(&bytes).into_owned(),
        // Writing into memory does not fail; if ariadne ever does, the
        // diagnostic must still reach the user.
        Err(_) => format!("{}\n", fallback()),
    };
    trim_line_ends(&text)
}

/// A diagnostic on a long line, shown on the stretch of it around its span
/// ([`Cut`]); a related place outside that stretch is a note giving its
/// position. ariadne heads the snippet with the column in the stretch: the
/// heading is given the column in the line.
fn render_cut<S: Sources + ?Sized>(
    sources: &S,
    cut: Cut,
    diagnostic: &Diagnostic,
    span: &(Shown, Range<usize>),
    related: &[RelatedShown],
    color: bool,
    lang: Lang,
) -> String {
    // The cut is made around the span's start, so it shows it.
    let primary = cut.shown(span).unwrap_or(0..0);
    let mut labels = Vec::new();
    let mut notes = Vec::new();
    for (at, shown, text) in related {
        match cut.shown(shown) {
            Some(range) => labels.push(((Some(cut.file), range), text.clone())),
            None => notes.push(format!("{}: {text}", span_place(sources, *at))),
        }
    }
    let name = sources.file(cut.file).map_or("", |f| f.name.as_str());
    let report = build_report(
        diagnostic,
        (Some(cut.file), primary),
        labels,
        notes,
        color,
        lang,
    );
    let lead = usize::from(cut.from > 0);
    let window = Window {
        name,
        lines: Source::from(cut.text),
    };
    let text = finish(report, window, color, || {
        one_line(&place(sources, diagnostic), diagnostic, lang)
    });
    let from = cut.from;
    renumber(&text, cut.line + 1, |shown| {
        shown.saturating_sub(lead).saturating_add(from)
    })
}

/// `file:line:column` of a span's start.
fn span_place<S: Sources + ?Sized>(sources: &S, at: Span) -> String {
    sources.file(at.file).map_or_else(String::new, |file| {
        let at = file.line_col(file.clamp(at).start);
        format!("{}:{}:{}", file.name, at.line, at.column)
    })
}

/// A cut report, shown by ariadne as line 1 of the stretch, given its place
/// in the file: the heading (`╭─[ file:1:column ]`) gets the line and the
/// column in the line, the snippet's row its line number, and the margin of
/// every other row (and the closing `───╯`) widens to the number's width.
/// (ariadne's display line offset moves the heading's number, not the
/// row's.)
fn renumber(text: &str, line: usize, column: impl Fn(usize) -> usize) -> String {
    let number = line.to_string();
    let wider = number.len().saturating_sub(1);
    let mut out = String::with_capacity(text.len() + 64);
    let (mut heading, mut row) = (false, false);
    for (index, part) in text.split_inclusive('\n').enumerate() {
        if index == 0 {
            out.push_str(part);
            continue;
        }
        if !heading && part.contains('╭') {
            heading = true;
            out.push_str(&" ".repeat(wider));
            out.push_str(&heading_at(part, &number, &column));
            continue;
        }
        if heading && !row && part.contains("1 │") {
            row = true;
            out.push_str(&part.replacen("1 │", &format!("{number} │"), 1));
            continue;
        }
        match part.find('─').filter(|_| part.contains('╯')) {
            Some(at) if part.trim_start_matches(|c| c != '─').starts_with("───╯") => {
                let (before, after) = part.split_at(at);
                out.push_str(before);
                out.push_str(&"─".repeat(wider));
                out.push_str(after);
            }
            _ => {
                out.push_str(&" ".repeat(wider));
                out.push_str(part);
            }
        }
    }
    out
}

/// The heading row with `:1:column` made `:line:column in the line`.
fn heading_at(row: &str, line: &str, column: &impl Fn(usize) -> usize) -> String {
    let Some(at) = row.rfind(":1:") else {
        return row.to_string();
    };
    let (head, rest) = row.split_at(at);
    let rest = rest.trim_start_matches(":1:");
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (shown, tail) = rest.split_at(digits);
    match shown.parse::<usize>() {
        Ok(shown) => format!("{head}:{line}:{}{tail}", column(shown)),
        Err(_) => row.to_string(),
    }
}

/// The one stretch of a long line a cut diagnostic shows, as ariadne reads it.
struct Window<'n> {
    name: &'n str,
    lines: Source<String>,
}

impl ariadne::Cache<Shown> for Window<'_> {
    type Storage = String;

    fn fetch(&mut self, _: &Shown) -> Result<&Source<String>, impl std::fmt::Debug> {
        Ok::<_, ()>(&self.lines)
    }

    fn display<'a>(&self, _: &'a Shown) -> Option<impl std::fmt::Display + 'a> {
        Some(self.name.to_string())
    }
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
    counts_in(errors, diagnostics.len() - errors, lang)
}

/// `2 errors, 1 warning` in `lang`; empty when both are none.
pub fn counts_in(errors: usize, warnings: usize, lang: Lang) -> String {
    let mut parts = Vec::new();
    let count =
        |n: usize, one, many| lang.fill(if n == 1 { one } else { many }, &[("n", &lang.count(n))]);
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
    use super::{localize_help, strip_colour};
    use crate::i18n::Lang;

    #[test]
    fn help_and_note_are_said_in_vietnamese_at_any_indent() {
        let english = "   │\n   │     Help: a\n   │ Note: x.plan:2:21: b\n \
                       2 │ Help: a line of the file\n\
                       \u{1b}[38;5;240m   │\u{1b}[0m \u{1b}[38;5;115mHelp\u{1b}[0m: c\n\
                       ───╯ Helpful: d\n";
        assert_eq!(
            localize_help(english, Lang::Vi),
            "   │\n   │     Gợi ý: a\n   │ Ghi chú: x.plan:2:21: b\n \
             2 │ Help: a line of the file\n\
             \u{1b}[38;5;240m   │\u{1b}[0m \u{1b}[38;5;115mGợi ý\u{1b}[0m: c\n\
             ───╯ Helpful: d\n"
        );
        assert_eq!(localize_help(english, Lang::En), english);
    }

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
