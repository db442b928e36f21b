//! Formulas deep and wide from a small spec, so that a long chain costs the
//! fuzzer a few bytes: checking, formatting, comparing and evaluating them
//! must never panic or overflow the stack, and a clean plan's metrics are
//! all computed.
//!
//! The spec: bytes 0-1 the length of a chain of derived metrics, byte 0
//! plus one shifted left by the low three bits of byte 1 (at most 5,000:
//! inputs stay short enough for the fuzzer to run many under its
//! sanitizer; the 60,000-deep chain is tests/deep_formulas.rs's), byte 2 how many of them a metric `wide` sums
//! (three per unit: up to 765, past the 500 operators a formula may hold),
//! byte 3 the value reported for `m0` (signed). Each further byte shapes one
//! link `m{i} = m{i-1} OP operand`, the bytes taken in turn: bits 0-1 the
//! operator (+ - * /), bit 2 a number operand (bits 3-6) rather than a
//! metric, bit 7 a metric further down the chain (a cycle) rather than one
//! before, bits 3-6 how far. `02` squares the metric before, at every link.
//! Bit 3 of byte 1 writes each link as methods write formulas instead:
//! `m{i-1} / operand else m{i-1}`, `max(m{i-1}, operand)`,
//! `min(m{i-1}, operand)`, `round(m{i-1} * operand, far)` by bits 0-1; bit 4
//! makes `wide` a `max` of its metrics, bit 5 a chain of `else`, one
//! quotient per alternative.
#![no_main]

use chitieu::diagnostic::render;
use chitieu::i18n::Lang;
use chitieu::measure::{self, ReadOptions};
use chitieu::{check_source, SourceFile};
use libfuzzer_sys::fuzz_target;

const MOST_LINKS: usize = 5_000;

fn plan(data: &[u8]) -> Option<(String, i8)> {
    let (&[low, high, width, value], links) = data.split_first_chunk::<4>()?;
    let n = ((usize::from(low) + 1) << (high & 7)).min(MOST_LINKS);
    let mut text = String::from("metric m0: number\n");
    for i in 1..n {
        let b = if links.is_empty() { 0 } else { links[i % links.len()] };
        let op = ["+", "-", "*", "/"][usize::from(b & 3)];
        let far = usize::from((b >> 3) & 15);
        let operand = if b & 4 != 0 {
            far.to_string()
        } else if b & 128 != 0 {
            format!("m{}", (i + far + 1) % n)
        } else {
            format!("m{}", (i - 1).saturating_sub(far))
        };
        let before = format!("m{}", i - 1);
        let formula = if high & 8 == 0 {
            format!("{before} {op} {operand}")
        } else {
            match b & 3 {
                0 => format!("{before} / {operand} else {before}"),
                1 => format!("max({before}, {operand})"),
                2 => format!("min({before}, {operand})"),
                _ => format!("round({before} * {operand}, {})", far % 11),
            }
        };
        text += &format!("metric m{i} = {formula}\n");
    }
    text += &format!("target chain: m{} >= 1\n", n - 1);
    let width = usize::from(width) * 3;
    if width > 0 {
        let terms: Vec<String> = (0..width).map(|i| format!("m{}", i % n)).collect();
        let formula = if high & 16 != 0 {
            format!("max({})", terms.join(", "))
        } else if high & 32 != 0 {
            let quotients: Vec<String> =
                (0..width).map(|i| format!("m{} / m{}", i % n, (i + 1) % n)).collect();
            quotients.join(" else ")
        } else {
            terms.join(" + ")
        };
        text += &format!("metric wide = {formula}\ntarget wide >= 1\n");
    }
    Some((text, value as i8))
}

fuzz_target!(|data: &[u8]| {
    let Some((text, value)) = plan(data) else {
        return;
    };
    let source = SourceFile::new("fuzz.plan", text);
    let checked = check_source(&source);
    let _ = render::render_in(&source, &checked.diagnostics, false, Lang::Vi);
    if checked.has_errors() {
        return;
    }
    chitieu::format::format_source(&source).expect("a clean plan formats");
    assert!(chitieu::diff::diff(&checked.plan, &checked.plan).is_empty(), "a plan differs from itself");
    let csv = format!("unit,metric,value\nward 1,m0,{value}\nward 2,m0,0\n");
    let mut files = vec![measure::read(std::path::Path::new("wards.csv"), csv.as_bytes(), &ReadOptions::default())];
    let units = chitieu::eval::evaluate(&checked.plan, &mut files);
    assert_eq!(units.len(), 2);
    let report = chitieu::report::Report {
        plan_title: None,
        units: &units,
        lang: Lang::En,
        grades: &checked.plan.grades,
        rank_by: chitieu::report::summary::RankBy::Percent,
        period: checked.plan.period.map(chitieu::eval::due::EvaluatedPeriod::of_plan),
    };
    let shown = chitieu::report::text::render(&report, false);
    // m0 reported, every metric of the chain can be computed: a target is
    // never missing for want of a value.
    assert!(!shown.contains("is not reported"), "{shown}");
});
