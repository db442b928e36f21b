//! Whatever `fmt` accepts, it formats idempotently and without changing the
//! meaning: the formatted text parses to the same syntax tree.
#![no_main]

use chitieu::format::format_source;
use chitieu::syntax::parse;
use chitieu::{Limits, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let source = SourceFile::new("fuzz.plan", text);
    let Ok(once) = format_source(&source) else {
        return;
    };
    let formatted = SourceFile::new("fuzz.plan", once.clone());
    let twice = format_source(&formatted).expect("formatted text parses");
    assert_eq!(once, twice, "not idempotent");
    let limits = Limits::default();
    assert_eq!(parse(&source, &limits).0, parse(&formatted, &limits).0, "meaning changed");
});
