//! The user's text quoted in a message, label or hint is cut as a long
//! source line is: a value that swallowed the rest of its file (an open
//! quote) would otherwise be printed whole, up to 64 KiB, in every message,
//! note and report line that names it.

use super::render::LONG_LINE;

/// `text` with every stretch in backticks longer than [`LONG_LINE`]
/// characters cut to its first ones and `…`. When the backticks do not pair
/// (a value holding one), every stretch between them is looked at: the
/// words of a message are never that long.
pub fn cut_long_quotes(text: String) -> String {
    // Characters are no more than bytes: a short text has nothing to cut.
    if text.len() <= LONG_LINE {
        return text;
    }
    let paired = text.matches('`').count() % 2 == 0;
    let long =
        |(i, s): &(usize, &str)| (!paired || i % 2 == 1) && s.chars().nth(LONG_LINE).is_some();
    if !text.split('`').enumerate().any(|p| long(&p)) {
        return text;
    }
    let mut out = String::with_capacity(LONG_LINE * 4);
    for (i, stretch) in text.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        if long(&(i, stretch)) {
            out.extend(stretch.chars().take(LONG_LINE));
            out.push('…');
        } else {
            out.push_str(stretch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_values_are_cut_and_words_kept() {
        let value = "x".repeat(5_000);
        let cut = cut_long_quotes(format!("`m`: `{value}` is not a ratio"));
        let expected = format!("`m`: `{}…` is not a ratio", "x".repeat(LONG_LINE));
        assert_eq!(cut, expected);
        let words = "word ".repeat(100);
        assert_eq!(cut_long_quotes(words.clone()), words);
        let short = "`a`b` c".to_string();
        assert_eq!(cut_long_quotes(short.clone()), short);
        // A value that holds a backtick: its stretches are cut all the same.
        let odd = cut_long_quotes(format!("`{value}`{value}` is not a count"));
        assert!(odd.chars().count() < 3 * LONG_LINE, "{odd}");
    }
}
