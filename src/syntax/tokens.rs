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

/// The tokens of `text`, in order, read as they are asked for: a scan holds
/// one token at a time, however long the text.
pub fn tokens(text: &str) -> impl Iterator<Item = Token> + '_ {
    Tokens {
        regions: regions(text),
        current: None,
        escaped: false,
    }
}

struct Tokens<I> {
    regions: I,
    /// The token being read.
    current: Option<Token>,
    /// Inside a text, whether the last character was an escaping backslash.
    escaped: bool,
}

impl<I: Iterator<Item = (usize, char, Region)>> Iterator for Tokens<I> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            let Some((i, c, region)) = self.regions.next() else {
                return self.current.take();
            };
            let end = i + c.len_utf8();
            if self.continues(c, region) {
                if let Some(token) = self.current.as_mut() {
                    token.end = end;
                }
                continue;
            }
            let finished = self.current.take();
            self.escaped = false;
            let kind = match region {
                Region::Comment => None,
                Region::Text => Some(TokenKind::Text { closed: false }),
                Region::Code if c.is_whitespace() => None,
                Region::Code if c.is_ascii_digit() => Some(TokenKind::Number),
                Region::Code if is_word_char(c) => Some(TokenKind::Word),
                Region::Code => Some(TokenKind::Symbol(c)),
            };
            self.current = kind.map(|kind| Token {
                kind,
                start: i,
                end,
            });
            if finished.is_some() {
                return finished;
            }
        }
    }
}

impl<I> Tokens<I> {
    /// Whether the character continues the current token (and, in a text,
    /// follows its escapes and closing quote).
    fn continues(&mut self, c: char, region: Region) -> bool {
        let Some(token) = self.current.as_mut() else {
            return false;
        };
        match &mut token.kind {
            TokenKind::Text { closed } if region == Region::Text && !*closed => {
                if self.escaped {
                    self.escaped = false;
                } else if c == '\\' {
                    self.escaped = true;
                } else if c == '"' {
                    *closed = true;
                }
                true
            }
            TokenKind::Word => region == Region::Code && is_word_char(c),
            TokenKind::Number => {
                region == Region::Code && (is_word_char(c) || matches!(c, '.' | '%'))
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<String> {
        tokens(text)
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
        let last = tokens(text).last().unwrap();
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
