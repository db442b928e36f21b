//! The index of definitions and references a checked plan carries: every
//! folder under `tests/fixtures/symbols/` is loaded from its `main.plan`,
//! and where each metric, owner, section and target is defined and named is
//! snapshotted, by the text underlined.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use chitieu::check::model::{CheckedPlan, Symbol};
use chitieu::load::load_plan;
use chitieu::source::SourceMap;
use chitieu::span::Span;

/// `12:8 `visits``: where a span starts and what it underlines.
fn place(sources: &SourceMap, span: Span) -> String {
    let at = sources.line_col(span).unwrap();
    format!("{}:{} `{}`", at.line, at.column, sources.slice(span))
}

/// The name of the file a span lies in, when it is not the plan's own.
fn other_file(sources: &SourceMap, own: &str, span: Span) -> Option<String> {
    let file = sources.name(span.file);
    let name = Path::new(file).file_name().unwrap().to_string_lossy();
    (file != own).then(|| name.into_owned())
}

fn kind(symbol: Symbol) -> &'static str {
    match symbol {
        Symbol::Metric(_) => "metric",
        Symbol::Owner(_) => "owner",
        Symbol::Section(_) => "section",
        Symbol::Target(_) => "target",
        Symbol::Dropped(_) => "dropped",
    }
}

/// Every symbol of the plan, in the order of the index, with its
/// definition (in this file, or in the plan it extends: the span says
/// which) and references.
fn listing(plan: &CheckedPlan, sources: &SourceMap, own: &str) -> String {
    let mut symbols: Vec<Symbol> = plan
        .symbols
        .occurrences()
        .iter()
        .map(|o| o.symbol)
        .collect();
    symbols.extend(plan.metrics.ids().map(Symbol::Metric));
    symbols.extend(plan.owners.ids().map(Symbol::Owner));
    symbols.extend(plan.sections.ids().map(Symbol::Section));
    symbols.extend(plan.targets.ids().map(Symbol::Target));
    symbols.sort();
    symbols.dedup();
    let mut out = String::new();
    for symbol in symbols {
        let defined = match plan.symbols.definition(symbol) {
            None => "not declared".to_string(),
            Some(span) => match other_file(sources, own, span) {
                None => format!("defined at {}", place(sources, span)),
                Some(file) => format!("defined in {file} at {}", place(sources, span)),
            },
        };
        let named: Vec<String> = plan
            .symbols
            .references(symbol)
            .inspect(|span| assert_eq!(other_file(sources, own, *span), None))
            .map(|span| place(sources, span))
            .collect();
        out.push_str(&format!(
            "{} {}: {defined}\n",
            kind(symbol),
            plan.symbol_name(symbol)
        ));
        if !named.is_empty() {
            out.push_str(&format!("  named at {}\n", named.join(", ")));
        }
    }
    out
}

#[test]
fn symbols_fixtures() {
    for dir in common::case_dirs("symbols") {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let loaded = load_plan(&dir.join("main.plan")).unwrap();
        assert!(!loaded.has_errors(), "{name}: the fixture is a clean plan");
        let sources = loaded.diagnostics.sources();
        let own = dir.join("main.plan").display().to_string();
        let out = listing(&loaded.plan, sources, &own);
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("symbols", out);
        });
    }
}

/// A cursor anywhere on a name, or just after it, is on its symbol; on a
/// target's name that is its metric's too, it is on the metric.
#[test]
fn the_symbol_at_a_place_is_the_one_named_there() {
    for dir in common::case_dirs("symbols") {
        let loaded = load_plan(&dir.join("main.plan")).unwrap();
        let symbols = &loaded.plan.symbols;
        for o in symbols.occurrences() {
            let shared = symbols
                .occurrences()
                .iter()
                .find(|other| other.span == o.span && !other.definition);
            let expected = shared.map_or(o.symbol, |reference| reference.symbol);
            for offset in [o.span.start, o.span.end] {
                let found = symbols.at(o.span.file, offset);
                assert_eq!(found, Some(expected), "{dir:?} at {offset}");
            }
        }
        // Between names there is none, nor in another file.
        let first = symbols.occurrences().first().unwrap();
        assert_eq!(symbols.at(first.span.file, first.span.start - 1), None);
        let sources = loaded.diagnostics.sources();
        for file in sources.files().map(|f| f.id()) {
            if file != first.span.file {
                assert_eq!(symbols.at(file, first.span.start), None);
            }
        }
    }
}
