//! Any bytes as a plan file: decoding, parsing, checking and rendering the
//! diagnostics (text and JSON) must never panic.
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
    for diagnostic in &diagnostics {
        let _ = json::to_json(&source, diagnostic);
    }
});
