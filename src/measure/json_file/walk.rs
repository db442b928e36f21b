//! A JSON document read into a tree that keeps where every key and value
//! stands, every key of an object in order (a key given twice included),
//! and numbers as their text. It reads documents serde_json has already
//! accepted, so it only needs to find its way, and its depth is within
//! serde_json's limit on nesting.

use crate::span::Span;

/// A value and where it stands.
#[derive(Debug)]
pub struct Tree {
    pub node: Node,
    pub span: Span,
}

#[derive(Debug)]
pub enum Node {
    Object(Vec<Entry>),
    Array(Vec<Tree>),
    String(String),
    /// A number: its text is the tree's span.
    Number,
    Bool(bool),
    Null,
}

/// A key of an object, where it stands (quotes included), and its value.
#[derive(Debug)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Tree,
}

/// The tree of `text`, or `None` if it is not a JSON document.
pub fn parse(text: &str) -> Option<Tree> {
    let mut walk = Walk {
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let tree = walk.value()?;
    walk.space();
    (walk.at == walk.bytes.len()).then_some(tree)
}

struct Walk<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl Walk<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Steps over `byte`, after white space.
    fn eat(&mut self, byte: u8) -> Option<()> {
        self.space();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn value(&mut self) -> Option<Tree> {
        self.space();
        let start = self.at;
        let node = match self.peek()? {
            b'{' => Node::Object(self.object()?),
            b'[' => Node::Array(self.array()?),
            b'"' => Node::String(self.string()?.0),
            b't' => self.word("true", Node::Bool(true))?,
            b'f' => self.word("false", Node::Bool(false))?,
            b'n' => self.word("null", Node::Null)?,
            _ => {
                let length = self
                    .bytes
                    .get(start..)?
                    .iter()
                    .take_while(|b| {
                        b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
                    })
                    .count();
                if length == 0 {
                    return None;
                }
                self.at += length;
                Node::Number
            }
        };
        Some(Tree {
            node,
            span: Span::new(start, self.at),
        })
    }

    fn word(&mut self, word: &str, node: Node) -> Option<Node> {
        let end = self.at + word.len();
        (self.text.get(self.at..end)? == word).then(|| {
            self.at = end;
            node
        })
    }

    fn object(&mut self) -> Option<Vec<Entry>> {
        self.eat(b'{')?;
        let mut entries = Vec::new();
        self.space();
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(entries);
        }
        loop {
            self.space();
            let (key, key_span) = self.string()?;
            self.eat(b':')?;
            let value = self.value()?;
            entries.push(Entry {
                key,
                key_span,
                value,
            });
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Some(entries);
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self) -> Option<Vec<Tree>> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        self.space();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(items);
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(items);
                }
                _ => return None,
            }
        }
    }

    /// A string's text, unescaped, and its span, quotes included.
    fn string(&mut self) -> Option<(String, Span)> {
        let start = self.at;
        if self.peek()? != b'"' {
            return None;
        }
        let mut at = start + 1;
        let mut escaped = false;
        loop {
            match *self.bytes.get(at)? {
                b'\\' => {
                    escaped = true;
                    at += 2;
                }
                b'"' => break,
                _ => at += 1,
            }
        }
        let end = at + 1;
        self.at = end;
        let quoted = self.text.get(start..end)?;
        let text = if escaped {
            serde_json::from_str::<String>(quoted).ok()?
        } else {
            quoted.get(1..quoted.len() - 1)?.to_string()
        };
        Some((text, Span::new(start, end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_key_with_its_place() {
        let text = r#"{"a": 1, "b\"c": [true, null], "a": "x"}"#;
        let tree = parse(text).unwrap();
        let Node::Object(entries) = tree.node else {
            panic!("{tree:?}")
        };
        let keys: Vec<(&str, &str)> = entries
            .iter()
            .map(|e| (e.key.as_str(), text.get(e.key_span.range()).unwrap()))
            .collect();
        assert_eq!(
            keys,
            [("a", "\"a\""), ("b\"c", r#""b\"c""#), ("a", "\"a\"")]
        );
        let value = |i: usize| text.get(entries[i].value.span.range()).unwrap();
        assert_eq!(
            (value(0), value(1), value(2)),
            ("1", "[true, null]", "\"x\"")
        );
    }

    #[test]
    fn numbers_keep_their_text() {
        let text = "[0.59999999999999999999999999999, 1e-34, -0]";
        let Node::Array(items) = parse(text).unwrap().node else {
            panic!()
        };
        let texts: Vec<&str> = items
            .iter()
            .map(|t| text.get(t.span.range()).unwrap())
            .collect();
        assert_eq!(texts, ["0.59999999999999999999999999999", "1e-34", "-0"]);
    }

    #[test]
    fn not_json_is_none() {
        assert!(parse("{\"a\" 1}").is_none());
        assert!(parse("[1,").is_none());
        assert!(parse("1 2").is_none());
    }
}
