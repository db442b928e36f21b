//! Whatever `fmt` formats, it formats idempotently and without changing the
//! meaning: the formatted text parses to the same syntax tree. Around syntax
//! errors too, where the statements that hold them are kept as written.
#![no_main]

use chitieu::format::{format_keeping_errors, format_source};
use chitieu::syntax::parse;
use chitieu::{Limits, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let source = SourceFile::new("fuzz.plan", text);
    let (once, _) = format_keeping_errors(&source);
    let formatted = SourceFile::new("fuzz.plan", once.clone());
    let (twice, _) = format_keeping_errors(&formatted);
    assert_eq!(once, twice, "not idempotent");
    let limits = Limits::default();
    assert_eq!(parse(&source, &limits).0, parse(&formatted, &limits).0, "meaning changed");
    if format_source(&source).is_ok() {
        format_source(&formatted).expect("formatted text parses");
    }
});
