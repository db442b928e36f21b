//! What is being written where an editor's cursor stands: every
//! `tests/fixtures/context/*.plan` marks places with `‸`; the plan is parsed
//! without the marks, and the context at each place snapshotted beside its
//! line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chitieu::syntax::{context_at, parse, Context};
use chitieu::{Limits, SourceFile};

const CURSOR: char = '‸';

/// The text without its marks, and the byte offset of each mark in it.
fn unmarked(marked: &str) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut places = Vec::new();
    for c in marked.chars() {
        if c == CURSOR {
            places.push(text.len());
        } else {
            text.push(c);
        }
    }
    (text, places)
}

fn contexts(marked: &str) -> Vec<Context> {
    let (text, places) = unmarked(marked);
    let source = SourceFile::new("x.plan", text);
    let (plan, _) = parse(&source, &Limits::default());
    places
        .into_iter()
        .map(|at| context_at(&source, &plan, at))
        .collect()
}

#[test]
fn context_fixtures() {
    insta::glob!(common::fixture_dir("context"), "*.plan", |path| {
        let marked = std::fs::read_to_string(path).unwrap();
        let found = contexts(&marked);
        assert!(!found.is_empty(), "a fixture marks at least one place");
        let mut found = found.into_iter();
        let mut shown = String::new();
        for line in marked.lines() {
            shown.push_str(line);
            shown.push('\n');
            for _ in line.matches(CURSOR) {
                shown.push_str(&format!("    => {:?}\n", found.next().unwrap()));
            }
        }
        insta::assert_snapshot!(shown);
    });
}

#[test]
fn any_place_of_any_text_has_a_context() {
    let text = "target t: a >= 1 owner \"VĐ\" # c\r\n  label \"x\\\"\nmetric m = (a + \u{FEFF}\n";
    let source = SourceFile::new("x.plan", text);
    let (plan, _) = parse(&source, &Limits::default());
    for at in 0..text.len() + 3 {
        let _ = context_at(&source, &plan, at);
    }
    let empty = SourceFile::new("x.plan", "");
    let (plan, _) = parse(&empty, &Limits::default());
    assert_eq!(
        context_at(&empty, &plan, 5),
        Context::StatementKeyword {
            prefix: String::new()
        }
    );
}

#[test]
fn inside_a_character_counts_from_its_start() {
    let marked = "target a >= 1 owner \"Đ‸\"";
    let (text, places) = unmarked(marked);
    let source = SourceFile::new("x.plan", text.as_str());
    let (plan, _) = parse(&source, &Limits::default());
    // One byte into `Đ` (two bytes): the owner typed so far is empty.
    let inside = places[0] - 1;
    assert_eq!(
        context_at(&source, &plan, inside),
        Context::OwnerName {
            prefix: String::new()
        }
    );
    assert_eq!(
        context_at(&source, &plan, places[0]),
        Context::OwnerName {
            prefix: "Đ".to_string()
        }
    );
    assert_eq!(
        context_at(&source, &plan, places[0] + 1),
        Context::Unknown,
        "after the closing quote nothing is offered",
    );
}
