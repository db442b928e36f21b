//! Text from inputs (plans, measurement files, their names) shown to people
//! never carries a character that acts instead of showing: a control
//! character (ESC starts a terminal command, OSC sets a window's title, BEL
//! rings, CR goes back over a line, NUL cuts a document), a direction
//! override or isolate (U+202E shows what follows backwards) or an invisible
//! one. Outputs for people show each as U+FFFD, visibly; machine formats
//! (JSON) keep it, escaped. Each output passes its text through here at the
//! one place where it is put together.

use std::borrow::Cow;

/// The character shown in place of one that would act.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether `c` acts instead of showing: a control character, a direction
/// mark, embedding, override or isolate, a line or paragraph separator, or
/// an invisible character.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` with every character that would act replaced (line breaks and
/// tabs too: a field, a name, a cell).
pub fn printable(text: &str) -> Cow<'_, str> {
    replaced(text, |c, _| is_hidden(c))
}

/// `text` of many lines (a rendered diagnostic, a diff) with every
/// character that would act replaced, except the line breaks (`\n`, and
/// `\r\n`) and tabs that lay it out.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    replaced(text, |c, next| match c {
        '\n' | '\t' => false,
        '\r' => next != Some('\n'),
        c => is_hidden(c),
    })
}

/// `text` with the characters `hidden` picks (given the character after
/// each) replaced; borrowed when there are none, the usual case.
fn replaced(text: &str, hidden: impl Fn(char, Option<char>) -> bool) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let hide = hidden(c, chars.peek().map(|(_, next)| *next));
        match (&mut out, hide) {
            (Some(out), true) => out.push(REPLACEMENT),
            (Some(out), false) => out.push(c),
            (None, true) => {
                let mut started = String::with_capacity(text.len() + 2);
                started.push_str(text.get(..at).unwrap_or(""));
                started.push(REPLACEMENT);
                out = Some(started);
            }
            (None, false) => {}
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// A diagnostic rendered for people by `render`, given whether in colour:
/// rendered without colour first, where every escape sequence is the
/// input's; if the input holds a character that would act, that rendering
/// is shown with each replaced (and without colour), else the one asked
/// for. Colour sequences are never mistaken for the input's, nor the
/// input's let through for colour.
pub fn rendered(color: bool, mut render: impl FnMut(bool) -> String) -> String {
    let plain = render(false);
    match printable_lines(&plain) {
        Cow::Owned(shown) => shown,
        Cow::Borrowed(_) if color => render(true),
        Cow::Borrowed(_) => plain,
    }
}

/// JSON text with the characters that would act written as `\uXXXX`
/// escapes: serde_json escapes the control characters below U+0020, not
/// DEL, the C1 controls, direction overrides or invisible characters. They
/// can stand only inside strings, where an escape means the same.
pub fn json_escaped(json: &str) -> Cow<'_, str> {
    // Outside strings, pretty JSON lays itself out with line breaks.
    let escaped = |c: char| is_hidden(c) && !matches!(c, '\n' | '\r' | '\t');
    if !json.chars().any(escaped) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if escaped(c) {
            // Every hidden character is in the Basic Multilingual Plane:
            // one escape each.
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_would_act_is_replaced() {
        assert_eq!(printable("a\u{1b}]0;x\u{7}b"), "a\u{FFFD}]0;x\u{FFFD}b");
        assert_eq!(
            printable("u\u{202E}\u{2066}v\0\u{9B}"),
            "u\u{FFFD}\u{FFFD}v\u{FFFD}\u{FFFD}"
        );
        assert_eq!(printable("a\nb"), "a\u{FFFD}b");
        assert!(matches!(printable("Phường Trần Lãm"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_keep_their_layout() {
        assert_eq!(printable_lines("a\r\nb\tc\n"), "a\r\nb\tc\n");
        assert_eq!(
            printable_lines("a\rb\u{1b}[2J\n"),
            "a\u{FFFD}b\u{FFFD}[2J\n"
        );
    }

    #[test]
    fn colour_is_kept_only_for_input_that_does_not_act() {
        let render = |input: &'static str| {
            move |color: bool| {
                if color {
                    format!("\u{1b}[31mError:\u{1b}[0m {input}\n")
                } else {
                    format!("Error: {input}\n")
                }
            }
        };
        assert_eq!(rendered(true, render("x")), "\u{1b}[31mError:\u{1b}[0m x\n");
        assert_eq!(rendered(false, render("x")), "Error: x\n");
        assert_eq!(
            rendered(true, render("\u{1b}[8mhidden")),
            "Error: \u{FFFD}[8mhidden\n"
        );
    }

    #[test]
    fn json_escapes_what_serde_json_leaves() {
        let json = serde_json::to_string("a\u{1b}\u{7F}\u{9B}\u{202E}b").unwrap();
        assert_eq!(json_escaped(&json), r#""a\u001b\u007F\u009B\u202Eb""#);
        let back: String = serde_json::from_str(&json_escaped(&json)).unwrap();
        assert_eq!(back, "a\u{1b}\u{7F}\u{9B}\u{202E}b");
    }
}
