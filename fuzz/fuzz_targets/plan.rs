//! Any bytes as a plan file: decoding, parsing, checking and rendering the
//! diagnostics (text and JSON) must never panic, and the text never carries
//! a control character of the input raw.
#![no_main]

use chitieu::diagnostic::{json, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (source, problem) = chitieu::files::decode("fuzz.plan", data.to_vec());
    let diagnostics = match problem {
        Some(problem) => vec![problem],
        None => chitieu::check_source(&source).diagnostics,
    };
    let _ = render::render(&source, &diagnostics, true);
    // What would act in the input (ESC, BEL, U+202E) is shown replaced.
    let shown = render::render(&source, &diagnostics, false);
    let acts = |c: char| chitieu::printable::is_hidden(c) && !matches!(c, '\n' | '\t');
    assert!(!shown.replace("\r\n", "\n").chars().any(acts), "a control character reaches the terminal");
    for diagnostic in &diagnostics {
        let _ = json::to_json(&source, diagnostic);
    }
});
