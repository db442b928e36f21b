//! Standard output and standard error, for every command. A reader that has
//! gone (`chitieu check --format json rules/ | head -c 10`) ends the run
//! quietly, as the platform expects: on Unix the process ends by SIGPIPE, as
//! `cat` does (Rust ignores the signal by default, and `println!` then
//! panics on the closed pipe: [`end_quietly_on_closed_pipes`] restores it);
//! elsewhere what is written here to a closed pipe is dropped without a word
//! and the run ends with its own exit code.

use std::fmt::Display;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether some output could not be written (a full disk under `> file`):
/// the run then ends with exit code 2, whatever
/// its command found, so that a script never takes a lost report for a
/// result. (Standard output closed at start, `>&-`, cannot be told: Rust
/// opens it on `/dev/null` before `main`, as if the user had written
/// `> /dev/null`.)
static FAILED: AtomicBool = AtomicBool::new(false);

/// Restores SIGPIPE's default action: a write to a pipe whose reader has
/// gone ends the process, without a message, as for any Unix tool.
#[cfg(unix)]
pub fn end_quietly_on_closed_pipes() {
    // SAFETY: called first thing in `main`, before any other thread exists;
    // setting a signal's action to its default touches no memory of ours.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Elsewhere there is no SIGPIPE: the writes below drop what a closed pipe
/// cannot take.
#[cfg(not(unix))]
pub fn end_quietly_on_closed_pipes() {}

/// Whether the run must end with exit code 2 because output was lost.
pub fn failed() -> bool {
    FAILED.load(Ordering::Relaxed)
}

/// Output could not be written: said once on standard error (a run that
/// writes many pieces does not repeat it), and remembered for the exit code.
pub fn lost(error: &std::io::Error) {
    if FAILED.swap(true, Ordering::Relaxed) {
        return;
    }
    let error = error.to_string();
    let said = super::message::CliMessage::CannotWriteOutput { error }.say();
    let _ = writeln!(std::io::stderr().lock(), "{said}");
}

/// Writes `bytes` to standard output and flushes it; a closed pipe is not a
/// failure, any other is [`lost`].
pub fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let written = out.write_all(bytes).and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(error) => lost(&error),
    }
}

/// At the end of a run: what standard output still holds is flushed, and
/// a failure to write it is [`lost`].
pub fn finish() {
    match std::io::stdout().lock().flush() {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(error) => lost(&error),
    }
}

/// Writes `text` to standard output.
pub fn print(text: impl Display) {
    write_to(&mut std::io::stdout().lock(), text);
}

/// Writes `text` and a new line to standard output.
pub fn println(text: impl Display) {
    print(format_args!("{text}\n"));
}

/// Writes `text` to standard error.
pub fn eprint(text: impl Display) {
    write_to(&mut std::io::stderr().lock(), text);
}

/// Writes `text` and a new line to standard error.
pub fn eprintln(text: impl Display) {
    write_to(&mut std::io::stderr().lock(), format_args!("{text}\n"));
}

/// Writes `text` to `out`. A closed pipe is not worth a word; another
/// failure (a full disk under `> file`) is [`lost`]: never a panic, as
/// `print!` would.
fn write_to(out: &mut dyn Write, text: impl Display) {
    match write!(out, "{text}") {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(error) => lost(&error),
    }
}

/// `print!` through [`print`].
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::output::print(format_args!($($arg)*)) };
}

/// `println!` through [`println`].
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::output::println(format_args!($($arg)*)) };
}

/// `eprint!` through [`eprint`].
macro_rules! err {
    ($($arg:tt)*) => { $crate::cli::output::eprint(format_args!($($arg)*)) };
}

/// `eprintln!` through [`eprintln`].
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::output::eprintln(format_args!($($arg)*)) };
}
