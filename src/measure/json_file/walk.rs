//! A JSON document read into a tree that keeps where every key and value
//! stands, every key of an object in order (a key given twice included),
//! and numbers as their text. It reads documents serde_json has already
//! accepted, so it only needs to find its way, and its depth is within
//! serde_json's limit on nesting.
//!
//! A measurement file is read a unit at a time ([`for_each_unit`]), and only
//! as deep as a value is read from ([`BUILT`]): a list of a million units,
//! or values nested a hundred deep, cost one unit's tree, not the file's.

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
    String(String),
    /// A number: its text is the tree's span.
    Number,
    Bool(bool),
    Null,
    /// A list, or an object deeper than any value is read from: its place
    /// only (a value written as one is refused by its text; a list of units
    /// is read by [`for_each_unit`]).
    Nested,
}

/// How many levels of objects are built: a unit, its `values` (in a list of
/// units, or not); an object inside a value is [`Node::Nested`].
pub const BUILT: usize = 3;

/// A key of an object, where it stands (quotes included), and its value.
#[derive(Debug)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Tree,
}

/// The tree of `text`, or `None` if it is not a JSON document.
#[cfg(test)]
pub fn parse(file: FileId, text: &str) -> Option<Tree> {
    let mut walk = Walk::new(file, text, usize::MAX);
    let tree = walk.value()?;
    walk.end()?;
    Some(tree)
}

/// Calls `unit` with each item of the document when it is a list (and
/// `true`), or with the document itself (and `false`), each built
/// [`BUILT`] levels deep; `None` if it is not a JSON document (the items
/// before the fault have been given).
pub fn for_each_unit(file: FileId, text: &str, mut unit: impl FnMut(Tree, bool)) -> Option<()> {
    let mut walk = Walk::new(file, text, BUILT);
    walk.space();
    if walk.peek()? != b'[' {
        unit(walk.value()?, false);
        return walk.end();
    }
    walk.items(b'[', b']', |walk| walk.value().map(|tree| unit(tree, true)))?;
    walk.end()
}

struct Walk<'t> {
    /// The file of the text, which every span points into.
    file: FileId,
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    /// How many lists and objects enclose the value being read.
    depth: usize,
    /// Lists and objects from this depth on are [`Node::Nested`].
    built: usize,
}

impl<'t> Walk<'t> {
    fn new(file: FileId, text: &'t str, built: usize) -> Self {
        Walk {
            file,
            bytes: text.as_bytes(),
            text,
            at: 0,
            depth: 0,
            built,
        }
    }

    /// Whether only white space is left.
    fn end(&mut self) -> Option<()> {
        self.space();
        (self.at == self.bytes.len()).then_some(())
    }

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
            b'{' if self.depth < self.built => Node::Object(self.object()?),
            b'{' | b'[' => self.nested()?,
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

    /// Steps over a list or object, strings inside it included.
    fn nested(&mut self) -> Option<Node> {
        let mut open = 0usize;
        loop {
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.at = self.string_end(self.at)?.0;
                    continue;
                }
                b'{' | b'[' => open += 1,
                b'}' | b']' => {
                    open = open.checked_sub(1)?;
                    if open == 0 {
                        self.at += 1;
                        return Some(Node::Nested);
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
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

    /// The items between `open` and `close`, separated by commas, each read
    /// by `item`.
    fn items<T>(
        &mut self,
        open: u8,
        close: u8,
        item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.eat(open)?;
        self.depth += 1;
        let items = self.items_within(close, item);
        self.depth -= 1;
        items
    }

    /// The items of [`Self::items`], after the opening bracket.
    fn items_within<T>(
        &mut self,
        close: u8,
        item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut item = item;
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
                    // A vector grown by pushes holds room for four at least:
                    // a list of objects of one key each took four times
                    // their size.
                    items.shrink_to_fit();
                    return Some(items);
                }
                _ => return None,
            }
        }
    }

    /// Where the string opening at `start` ends (past its closing quote),
    /// and whether it has escapes.
    fn string_end(&self, start: usize) -> Option<(usize, bool)> {
        if *self.bytes.get(start)? != b'"' {
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
                b'"' => return Some((at + 1, escaped)),
                _ => at += 1,
            }
        }
    }

    /// A string's text, unescaped, and its span, quotes included.
    fn string(&mut self) -> Option<(String, Span)> {
        let start = self.at;
        let (end, escaped) = self.string_end(start)?;
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
        let mut texts: Vec<&str> = Vec::new();
        for_each_unit(FileId::FIRST, text, |t, _| {
            texts.push(text.get(t.span.range()).unwrap())
        })
        .unwrap();
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
                // Unit by unit, built only as deep as values are read.
                let mut units = Vec::new();
                let walked = for_each_unit(FileId::FIRST, &text, |t, listed| units.push((t, listed)));
                proptest::prop_assert!(walked.is_some(), "{text}");
                let items = match &value {
                    serde_json::Value::Array(items) => items.iter().collect(),
                    _ => vec![&value],
                };
                proptest::prop_assert_eq!(items.len(), units.len(), "{}", text);
                for (item, (unit, listed)) in items.into_iter().zip(&units) {
                    proptest::prop_assert_eq!(*listed, value.is_array());
                    proptest::prop_assert!(same(item, unit, &text), "{text}");
                }
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
            // A list is its place: its text read back gives the same list.
            (V::Array(_), Node::Nested) => text
                .get(tree.span.range())
                .and_then(|t| serde_json::from_str::<V>(t).ok())
                .is_some_and(|list| &list == value),
            (V::Object(_), Node::Nested) => text
                .get(tree.span.range())
                .and_then(|t| serde_json::from_str::<V>(t).ok())
                .is_some_and(|object| &object == value),
            (V::Object(a), Node::Object(b)) => a.iter().all(|(key, value)| {
                b.iter()
                    .rev()
                    .find(|e| &e.key == key)
                    .is_some_and(|e| same(value, &e.value, text))
            }),
            _ => false,
        }
    }

    /// Units are given one at a time, their values' lists and objects as
    /// places only, which the text they span shows whole.
    #[test]
    fn units_come_one_at_a_time_and_deep_values_as_places() {
        let text = r#" [{"values": {"a": [1, {"b": "]}\""}], "c": 2}}, {"x": {}}] "#;
        let mut units = Vec::new();
        for_each_unit(FileId::FIRST, text, |tree, listed| {
            units.push((tree, listed))
        })
        .unwrap();
        assert_eq!(units.len(), 2);
        assert!(units.iter().all(|(_, listed)| *listed));
        let Node::Object(entries) = &units[0].0.node else {
            panic!()
        };
        let Node::Object(values) = &entries[0].value.node else {
            panic!()
        };
        assert!(matches!(values[0].value.node, Node::Nested));
        let (from, to) = (text.find("[1").unwrap(), text.find(", \"c\"").unwrap());
        let list = text.get(from..to).unwrap();
        assert_eq!(text.get(values[0].value.span.range()).unwrap(), list);
        assert!(matches!(values[1].value.node, Node::Number));
        let mut single = Vec::new();
        for_each_unit(FileId::FIRST, r#"{"a": 1}"#, |_, listed| {
            single.push(listed)
        })
        .unwrap();
        assert_eq!(single, [false]);
        assert!(for_each_unit(FileId::FIRST, "[{}, 1", |_, _| {}).is_none());
    }

    #[test]
    fn not_json_is_none() {
        assert!(parse(FileId::FIRST, "{\"a\" 1}").is_none());
        assert!(parse(FileId::FIRST, "[1,").is_none());
        assert!(parse(FileId::FIRST, "1 2").is_none());
    }
}
