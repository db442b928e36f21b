//! A JSON document read into a tree that keeps where every key and value
//! stands, every key of an object in order (a key given twice included),
//! and numbers as their text. It reads documents serde_json has already
//! accepted, so it only needs to find its way, and its depth is within
//! serde_json's limit on nesting.

use crate::source::FileId;
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
pub fn parse(file: FileId, text: &str) -> Option<Tree> {
    let mut walk = Walk {
        file,
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let tree = walk.value()?;
    walk.space();
    (walk.at == walk.bytes.len()).then_some(tree)
}

struct Walk<'t> {
    /// The file of the text, which every span points into.
    file: FileId,
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
            span: Span::new(self.file, start, self.at),
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
        self.items(b'{', b'}', |walk| {
            walk.space();
            let (key, key_span) = walk.string()?;
            walk.eat(b':')?;
            let value = walk.value()?;
            Some(Entry {
                key,
                key_span,
                value,
            })
        })
    }

    fn array(&mut self) -> Option<Vec<Tree>> {
        self.items(b'[', b']', Self::value)
    }

    /// The items between `open` and `close`, separated by commas, each read
    /// by `item`.
    fn items<T>(
        &mut self,
        open: u8,
        close: u8,
        item: impl Fn(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.eat(open)?;
        let mut items = Vec::new();
        self.space();
        if self.peek()? == close {
            self.at += 1;
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            self.space();
            match self.peek()? {
                b',' => self.at += 1,
                b if b == close => {
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
        Some((text, Span::new(self.file, start, end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_key_with_its_place() {
        let text = r#"{"a": 1, "b\"c": [true, null], "a": "x"}"#;
        let tree = parse(FileId::FIRST, text).unwrap();
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
        let Node::Array(items) = parse(FileId::FIRST, text).unwrap().node else {
            panic!()
        };
        let texts: Vec<&str> = items
            .iter()
            .map(|t| text.get(t.span.range()).unwrap())
            .collect();
        assert_eq!(texts, ["0.59999999999999999999999999999", "1e-34", "-0"]);
    }

    proptest::proptest! {
        /// Whatever serde_json reads, the walk reads too, to the same
        /// strings and numbers.
        #[test]
        fn reads_what_serde_json_reads(text in json()) {
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
                let tree = parse(FileId::FIRST, &text);
                proptest::prop_assert!(tree.is_some(), "{text}");
                proptest::prop_assert!(same(&value, &tree.unwrap(), &text), "{text}");
            }
        }
    }

    /// JSON documents: nested lists and objects (keys from a few, so some
    /// are given twice), strings with escapes and Vietnamese letters,
    /// numbers in every notation, white space between the tokens.
    fn json() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            Just("false".to_string()),
            "-?(0|[1-9][0-9]{0,30})([.][0-9]{1,30})?([eE][+-]?[0-9]{1,3})?",
            r#""([a-zăđơ %]|\\["\\/nt]|\\u00[0-9a-f]{2})*""#,
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            let key = r#""(a|b|unit|values|đơn vị)""#;
            let space = "[ \n\t]{0,2}";
            prop_oneof![
                proptest::collection::vec((inner.clone(), space), 0..6).prop_map(|items| {
                    let items: Vec<String> = items
                        .into_iter()
                        .map(|(v, w)| format!("{w}{v}{w}"))
                        .collect();
                    format!("[{}]", items.join(","))
                }),
                proptest::collection::vec((key, inner, space), 0..6).prop_map(|entries| {
                    let entries: Vec<String> = entries
                        .into_iter()
                        .map(|(k, v, w)| format!("{w}{k}{w}:{w}{v}"))
                        .collect();
                    format!("{{{}}}", entries.join(","))
                }),
            ]
        })
    }

    /// Whether `tree` holds what `value` does (an object's last key wins in
    /// `value`, as serde_json keeps it).
    fn same(value: &serde_json::Value, tree: &Tree, text: &str) -> bool {
        use serde_json::Value as V;
        match (value, &tree.node) {
            (V::Null, Node::Null) => true,
            (V::Bool(a), Node::Bool(b)) => a == b,
            // serde_json writes exponents its own way (`0e0` as `0e+0`):
            // the text read back gives the same number.
            (V::Number(_), Node::Number) => text
                .get(tree.span.range())
                .and_then(|t| serde_json::from_str::<V>(t).ok())
                .is_some_and(|n| &n == value),
            (V::String(a), Node::String(b)) => a == b,
            (V::Array(a), Node::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b, text))
            }
            (V::Object(a), Node::Object(b)) => a.iter().all(|(key, value)| {
                b.iter()
                    .rev()
                    .find(|e| &e.key == key)
                    .is_some_and(|e| same(value, &e.value, text))
            }),
            _ => false,
        }
    }

    #[test]
    fn not_json_is_none() {
        assert!(parse(FileId::FIRST, "{\"a\" 1}").is_none());
        assert!(parse(FileId::FIRST, "[1,").is_none());
        assert!(parse(FileId::FIRST, "1 2").is_none());
    }
}
