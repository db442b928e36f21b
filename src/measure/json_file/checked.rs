//! Whether a text is a JSON document as serde_json reads it (its messages,
//! its limit on nesting), without building the document: a
//! `serde_json::Value` costs an ordered map per object, about a hundred
//! times the text of a list of small objects (16 MB of `{"a":1}` took
//! 2 GB), only to be dropped before [`super::walk`] reads the text again.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// What reading a document into this keeps: nothing. serde_json reads it as
/// it reads a `Value` (`deserialize_any`, with its limit on nesting), so it
/// accepts and refuses the same documents with the same messages.
pub struct Checked;

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnyValue)
    }
}

/// Takes every JSON value, keeping none.
struct AnyValue;

impl<'de> Visitor<'de> for AnyValue {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_i128<E>(self, _: i128) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_u128<E>(self, _: u128) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_none<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Checked, A::Error> {
        while items.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }

    /// An object; with serde_json's `arbitrary_precision`, a number too (a
    /// map of one entry holding its text).
    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Checked, A::Error> {
        while entries.next_entry::<Checked, Checked>()?.is_some() {}
        Ok(Checked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same documents are accepted and refused, with the same message,
    /// as when read into a `serde_json::Value`.
    #[test]
    fn reads_as_a_value_is_read() {
        let deep_ok = format!("{}1{}", "[".repeat(127), "]".repeat(127));
        let too_deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        for text in [
            r#"{"a": 1, "a": [true, null, "x\u00e9"], "b": {"c": -0.5e-3}}"#,
            "1e400",
            "-123456789012345678901234567890",
            "[1, 2,]",
            r#"{"a" 1}"#,
            "\"\\ud800\"",
            "[1] 2",
            "",
            &deep_ok,
            &too_deep,
        ] {
            let value = serde_json::from_str::<serde_json::Value>(text).map(|_| ());
            let checked = serde_json::from_str::<Checked>(text).map(|_| ());
            assert_eq!(
                value.map_err(|e| e.to_string()),
                checked.map_err(|e| e.to_string()),
                "{text}"
            );
        }
    }
}
