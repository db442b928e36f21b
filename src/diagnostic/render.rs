//! Diagnostics rendered for people, with ariadne.

use ariadne::{CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};

use super::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::SourceFile;

/// Renders diagnostics of one file as text, in English. Colour is the
/// caller's decision (ariadne would colour whatever the terminal); trailing
/// spaces are trimmed.
pub fn render(source: &SourceFile, diagnostics: &[Diagnostic], color: bool) -> String {
    render_in(source, diagnostics, color, Lang::En)
}

/// [`render`] in `lang`.
pub fn render_in(
    source: &SourceFile,
    diagnostics: &[Diagnostic],
    color: bool,
    lang: Lang,
) -> String {
    // ariadne splits the text into lines when the `Source` is made: once per
    // file, not once per diagnostic.
    let lines = Source::from(source.text.as_str());
    let mut out = String::new();
    for diagnostic in diagnostics {
        let text = render_one(source, &lines, diagnostic, color, lang);
        out.push_str(&localize_help(&text, lang));
    }
    out
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

fn render_one(
    source: &SourceFile,
    lines: &Source<&str>,
    diagnostic: &Diagnostic,
    color: bool,
    lang: Lang,
) -> String {
    if let Some(cell) = &diagnostic.cell {
        return render_without_text(&format!("{} {cell}", source.name), diagnostic, lang);
    }
    if source.text.is_empty() {
        // A file that could not be read as text: there is no line to show.
        return render_without_text(&source.name, diagnostic, lang);
    }
    let name = source.name.as_str();
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
        .with_index_type(IndexType::Byte)
        .with_char_set(CharSet::Unicode)
        .with_color(color);
    // pest gives byte offsets and ariadne is told so; clamping keeps spans on
    // character boundaries, where ariadne would otherwise panic.
    let span = source.clamp(diagnostic.span);
    // ariadne draws no underline for a label without text; the code's title is
    // short enough to stand under the caret when the diagnostic has no label.
    let title = diagnostic.code().title(lang).to_string();
    let text = diagnostic.label(lang).unwrap_or(title);
    let primary = Label::new((name, span.range()))
        .with_message(&text)
        .with_color(accent)
        .with_order(0);
    let mut report = Report::build(kind, (name, span.range()))
        .with_config(config)
        .with_code(diagnostic.code().id())
        .with_message(diagnostic.message(lang))
        .with_label(primary);
    for (order, (related, text)) in diagnostic.related.iter().enumerate() {
        let related = source.clamp(*related);
        report.add_label(
            Label::new((name, related.range()))
                .with_message(text.text(lang))
                .with_color(Color::Blue)
                .with_order(order as i32 + 1),
        );
    }
    if let Some(hint) = diagnostic.hint(lang) {
        report.set_help(hint);
    }
    let mut bytes = Vec::new();
    let written = report.finish().write((name, lines), &mut bytes);
    let text = match written {
        // ariadne colours a custom kind (a severity in another language)
        // even with colour off.
        Ok(()) if !color => strip_colour(&String::from_utf8_lossy(&bytes)),
        Ok(()) => String::from_utf8_lossy(&bytes).into_owned(),
        // Writing into memory does not fail; if ariadne ever does, the
        // diagnostic must still reach the user.
        Err(_) => format!(
            "{}\n",
            one_line(&place(source, diagnostic), diagnostic, lang)
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
        diagnostic.message(lang),
        location
    );
    if let Some(hint) = diagnostic.hint(lang) {
        out.push_str(&format!("   │ Help: {hint}\n"));
    }
    out.push_str("───╯\n");
    out
}

/// A diagnostic on one line after its place in `source`, its hint on the
/// next, in `lang`: `file:line:col: error[E0101]: message`.
pub fn plain(source: &SourceFile, diagnostic: &Diagnostic, lang: Lang) -> String {
    format!(
        "{}\n",
        one_line(&place(source, diagnostic), diagnostic, lang)
    )
}

/// `file:line:col` of a diagnostic.
fn place(source: &SourceFile, diagnostic: &Diagnostic) -> String {
    let at = source.line_col(diagnostic.span.start);
    format!("{}:{}:{}", source.name, at.line, at.column)
}

/// A diagnostic on one line after its location, its hint on the next:
/// `file:line:col: error[E0709]: message`, in `lang` (`lỗi`, `cảnh báo`,
/// `gợi ý` in Vietnamese).
pub fn one_line(location: &str, d: &Diagnostic, lang: Lang) -> String {
    let severity = severity_word(d.severity(), lang).to_lowercase();
    let mut text = format!(
        "{location}: {severity}[{}]: {}",
        d.code().id(),
        d.message(lang)
    );
    if let Some(hint) = d.hint(lang) {
        text.push_str(&format!(
            "\n  {}: {hint}",
            lang.text("diagnostic.help").to_lowercase()
        ));
    }
    text
}

/// The text without terminal colour sequences (`ESC [ digits;... m`); any
/// other escape is left as it is, so no text is lost.
fn strip_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 2..).unwrap_or("");
        let params = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after.get(params..).is_some_and(|r| r.starts_with('m')) {
            rest = after.get(params + 1..).unwrap_or("");
        } else {
            out.push_str("\u{1b}[");
            rest = after;
        }
    }
    out.push_str(rest);
    out
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
    fn only_colour_sequences_are_stripped() {
        assert_eq!(strip_colour("\u{1b}[31mError:\u{1b}[0m x"), "Error: x");
        assert_eq!(strip_colour("a \u{1b}[2J b"), "a \u{1b}[2J b");
        assert_eq!(strip_colour("end \u{1b}["), "end \u{1b}[");
    }
}
