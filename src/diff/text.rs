//! The ordinary line diff of two texts, in git's unified format: what the
//! git diff driver shows when a version of a plan cannot be compared by
//! meaning, so that a reviewer never sees nothing.

/// The unified diff of `old` and `new` (3 lines of context), headed by their
/// names; empty when the texts are equal.
pub fn unified(old_name: &str, old: &str, new_name: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .header(old_name, new_name)
        .to_string();
    // Shown on a terminal: a comment's ESC is shown replaced.
    crate::printable::printable_lines(&diff).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_line_shows_as_in_git() {
        assert_eq!(
            unified(
                "a/k.plan",
                "target a >= 1\nx\n",
                "b/k.plan",
                "target a >= 2\nx\n"
            ),
            "--- a/k.plan\n+++ b/k.plan\n@@ -1,2 +1,2 @@\n-target a >= 1\n+target a >= 2\n x\n"
        );
        assert_eq!(unified("a", "same\n", "b", "same\n"), "");
    }
}
