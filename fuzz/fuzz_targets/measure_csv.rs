//! Any bytes as a .csv measurement file, read and evaluated against the
//! shipped plan: never a panic.
#![no_main]

#[path = "shared/measure.rs"]
mod shared;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| shared::read_and_evaluate(data, "fuzz.csv"));
