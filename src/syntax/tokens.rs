//! A tolerant scan of a statement's text into words, numbers, texts and
//! symbols, comments left out. It accepts any text and never fails, so it
//! can read what pest could not parse (`syntax::recover`) and tell what is
//! being written where an editor's cursor stands (`syntax::context`).

use std::ops::Range;

use super::scan::{regions, Region};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A name or keyword: letters, digits and `_`, not starting with a digit.
    Word,
    /// Starts with a digit: a number, a percent, a date, as far as it goes.
    Number,
    /// A quoted text; `closed` when its closing quote was written.
    Text { closed: bool },
    /// Any other character, one per token (`:`, `=`, `>`, `(`...).
    Symbol(char),
}

/// A token and its bytes `start..end` in the scanned text (not a `Span`:
/// the text scanned is often a piece of a file, and knows no file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The token's text in the text it was scanned from.
    pub fn text(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// What a text token holds between its quotes, escapes left as written.
    pub fn text_content(self, text: &str) -> &str {
        let raw = self.text(text);
        let inner = raw.strip_prefix('"').unwrap_or(raw);
        match self.kind {
            TokenKind::Text { closed: true } => inner.strip_suffix('"').unwrap_or(inner),
            _ => inner,
        }
    }

    pub fn is_word(self, text: &str, word: &str) -> bool {
        self.kind == TokenKind::Word && self.text(text) == word
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    // The token being read, and for a text whether the last character was
    // an escaping backslash.
    let mut current: Option<Token> = None;
    let mut escaped = false;
    for (i, c, region) in regions(text) {
        let end = i + c.len_utf8();
        let continues = match current.as_mut() {
            Some(token) => match token.kind {
                TokenKind::Text { ref mut closed } if region == Region::Text && !*closed => {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        *closed = true;
                    }
                    true
                }
                TokenKind::Word if region == Region::Code && is_word_char(c) => true,
                TokenKind::Number
                    if region == Region::Code && (is_word_char(c) || matches!(c, '.' | '%')) =>
                {
                    true
                }
                _ => false,
            },
            None => false,
        };
        if continues {
            if let Some(token) = current.as_mut() {
                token.end = end;
            }
            continue;
        }
        out.extend(current.take());
        escaped = false;
        let kind = match region {
            Region::Comment => continue,
            Region::Text => TokenKind::Text { closed: false },
            Region::Code if c.is_whitespace() => continue,
            Region::Code if c.is_ascii_digit() => TokenKind::Number,
            Region::Code if is_word_char(c) => TokenKind::Word,
            Region::Code => TokenKind::Symbol(c),
        };
        current = Some(Token {
            kind,
            start: i,
            end,
        });
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<String> {
        tokens(text)
            .into_iter()
            .map(|t| match t.kind {
                TokenKind::Word => format!("w:{}", t.text(text)),
                TokenKind::Number => format!("n:{}", t.text(text)),
                TokenKind::Text { closed } => format!("t{}:{}", u8::from(closed), t.text(text)),
                TokenKind::Symbol(c) => format!("s:{c}"),
            })
            .collect()
    }

    #[test]
    fn words_numbers_texts_and_symbols() {
        assert_eq!(
            shown("target a: ratio_1 >= 60% owner \"VP \\\"x\\\"\"\"B\" # c \"d\n  label"),
            [
                "w:target",
                "w:a",
                "s::",
                "w:ratio_1",
                "s:>",
                "s:=",
                "n:60%",
                "w:owner",
                "t1:\"VP \\\"x\\\"\"",
                "t1:\"B\"",
                "w:label"
            ]
        );
    }

    #[test]
    fn a_text_ends_at_the_end_of_its_line() {
        assert_eq!(shown("owner \"VP\n  x"), ["w:owner", "t0:\"VP", "w:x"]);
        let text = "owner \"V\\\"P";
        let last = tokens(text).pop().unwrap();
        assert_eq!(last.text_content(text), "V\\\"P");
    }

    #[test]
    fn any_text_is_scanned() {
        for text in [
            "",
            "\"",
            "\\",
            "#",
            "đ\u{200B}é",
            "\"\\",
            "1.5.%x",
            "\r\r\n\"",
        ] {
            let _ = tokens(text);
        }
    }
}
