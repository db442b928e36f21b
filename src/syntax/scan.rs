//! A light pass over plan text that tells code from texts and comments, for
//! the checks that run before pest (nesting) and for the formatter (comments).

/// Where a character stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Code,
    /// Inside a quoted text, quotes included.
    Text,
    /// Inside a comment, from `#` to the end of the line.
    Comment,
}

/// Each character of `text` with its byte offset and region. Texts end at
/// their closing quote or at the end of the line, as the grammar says.
pub fn regions(text: &str) -> impl Iterator<Item = (usize, char, Region)> + '_ {
    let mut state = Region::Code;
    let mut escaped = false;
    text.char_indices().map(move |(i, c)| {
        let line_end = c == '\n' || c == '\r';
        let region = match state {
            Region::Code => match c {
                '"' => Region::Text,
                '#' => Region::Comment,
                _ => Region::Code,
            },
            Region::Text | Region::Comment if line_end => Region::Code,
            other => other,
        };
        state = match region {
            Region::Text if escaped => {
                escaped = false;
                Region::Text
            }
            Region::Text if c == '\\' => {
                escaped = true;
                Region::Text
            }
            // The opening quote was seen in code; a later one closes.
            Region::Text if c == '"' && state == Region::Text => Region::Code,
            other => other,
        };
        (i, c, region)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_code_from_texts_and_comments() {
        let text = "a \"b # \\\" c\" # d\ne";
        let shown: String = regions(text)
            .map(|(_, _, r)| match r {
                Region::Code => 'c',
                Region::Text => 't',
                Region::Comment => '#',
            })
            .collect();
        let expected = format!("cc{}c{}cc", "t".repeat(10), "#".repeat(3));
        assert_eq!(shown, expected);
    }
}
