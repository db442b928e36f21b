//! Where a report goes: every writer writes unit by unit into an
//! `io::Write` (standard output, or the atomic `--output` file), so that
//! memory holds one unit's text at a time, not the whole batch's.

/// What `write` writes, as one string: for tests and fuzzing, which compare
/// whole reports. Every writer writes UTF-8, and writing into a `Vec`
/// cannot fail.
pub fn collect(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let mut bytes = Vec::new();
    let _ = write(&mut bytes);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
