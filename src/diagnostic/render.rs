//! Diagnostics rendered for people, with ariadne.

use ariadne::{CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};

use super::{Diagnostic, Severity};
use crate::source::SourceFile;

/// Renders diagnostics of one file as text. Colour is the caller's decision
/// (ariadne would colour whatever the terminal); trailing spaces are trimmed.
pub fn render(source: &SourceFile, diagnostics: &[Diagnostic], color: bool) -> String {
    // ariadne splits the text into lines when the `Source` is made: once per
    // file, not once per diagnostic.
    let lines = Source::from(source.text.as_str());
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_one(source, &lines, diagnostic, color));
    }
    out
}

fn render_one(
    source: &SourceFile,
    lines: &Source<&str>,
    diagnostic: &Diagnostic,
    color: bool,
) -> String {
    if let Some(cell) = &diagnostic.cell {
        return render_without_text(&format!("{} {cell}", source.name), diagnostic);
    }
    if source.text.is_empty() {
        // A file that could not be read as text: there is no line to show.
        return render_without_text(&source.name, diagnostic);
    }
    let name = source.name.as_str();
    let kind = match diagnostic.severity() {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let accent = match diagnostic.severity() {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
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
    let text = diagnostic
        .label
        .as_deref()
        .unwrap_or(diagnostic.code.title());
    let primary = Label::new((name, span.range()))
        .with_message(text)
        .with_color(accent)
        .with_order(0);
    let mut report = Report::build(kind, (name, span.range()))
        .with_config(config)
        .with_code(diagnostic.code.id())
        .with_message(&diagnostic.message)
        .with_label(primary);
    for (order, (related, text)) in diagnostic.related.iter().enumerate() {
        let related = source.clamp(*related);
        report.add_label(
            Label::new((name, related.range()))
                .with_message(text)
                .with_color(Color::Blue)
                .with_order(order as i32 + 1),
        );
    }
    if let Some(hint) = &diagnostic.hint {
        report.set_help(hint);
    }
    let mut bytes = Vec::new();
    let written = report.finish().write((name, lines), &mut bytes);
    let text = match written {
        Ok(()) => String::from_utf8_lossy(&bytes).into_owned(),
        // Writing into memory does not fail; if ariadne ever does, the
        // diagnostic must still reach the user.
        Err(_) => plain(source, diagnostic),
    };
    trim_line_ends(&text)
}

/// A diagnostic with no source line to show: at a spreadsheet cell, or about a
/// whole file.
fn render_without_text(location: &str, diagnostic: &Diagnostic) -> String {
    let mut out = format!(
        "[{}] {}: {}\n   ╭─[ {} ]\n",
        diagnostic.code.id(),
        match diagnostic.severity() {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
        },
        diagnostic.message,
        location
    );
    if let Some(hint) = &diagnostic.hint {
        out.push_str(&format!("   │ Help: {hint}\n"));
    }
    out.push_str("───╯\n");
    out
}

/// A one-line form, `file:line:col: error[E0101]: message`.
pub fn plain(source: &SourceFile, diagnostic: &Diagnostic) -> String {
    let at = source.line_col(diagnostic.span.start);
    format!(
        "{}:{}:{}: {}[{}]: {}\n",
        source.name,
        at.line,
        at.column,
        diagnostic.severity().as_str(),
        diagnostic.code.id(),
        diagnostic.message
    )
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
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(plural(errors, "error"));
    }
    if warnings > 0 {
        parts.push(plural(warnings, "warning"));
    }
    parts.join(", ")
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
