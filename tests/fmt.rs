//! `fmt` keeps meaning and is idempotent: on every fixture, on the shipped
//! plans and on generated plans. Formatted fixtures are snapshotted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use chitieu::format::{format_keeping_errors, format_source};
use chitieu::syntax::ast::Statement;
use chitieu::syntax::parse;
use chitieu::{Limits, SourceFile};
use proptest::prelude::*;

/// Checks both properties on one text; `false` if it does not parse.
fn properties_hold(name: &str, text: &str) -> bool {
    let source = SourceFile::new(name, text);
    let Ok(once) = format_source(&source) else {
        return false;
    };
    let formatted = SourceFile::new(name, once.clone());
    let twice = format_source(&formatted).expect("formatted text parses");
    assert_eq!(once, twice, "{name}: formatting twice changed the text");
    assert_keeps_meaning_and_comments(name, &source, &formatted);
    true
}

/// The formatted text parses to the same syntax tree, spans aside, and
/// holds every comment.
fn assert_keeps_meaning_and_comments(name: &str, source: &SourceFile, formatted: &SourceFile) {
    let once = &formatted.text;
    let (before, _) = parse(source, &Limits::default());
    let (after, _) = parse(formatted, &Limits::default());
    assert_eq!(
        before, after,
        "{name}: formatting changed the meaning\n{once}"
    );
    let comments = |t: &str| t.matches('#').count();
    assert_eq!(
        comments(&source.text),
        comments(once),
        "{name}: a comment was lost\n{once}"
    );
}

fn plan_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "plan"))
        .collect();
    files.sort();
    files
}

/// On how many plan files of `dirs` a property holds (it says `false`
/// where it does not apply, and fails where it does not hold).
fn files_where(dirs: &[&str], property: fn(&str, &str) -> bool) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for dir in dirs {
        for path in plan_files(&root.join(dir)) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if property(&path.display().to_string(), &text) {
                count += 1;
            }
        }
    }
    count
}

#[test]
fn every_fixture_and_shipped_plan_formats_idempotently_and_keeps_meaning() {
    let dirs = ["tests/fixtures/check", "tests/fixtures/fmt", "rules"];
    let formatted = files_where(&dirs, properties_hold);
    assert!(formatted > 30, "only {formatted} files were formatted");
}

#[test]
fn shipped_plans_are_canonical() {
    for path in plan_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let formatted = format_source(&SourceFile::new("x", text.clone())).unwrap();
        assert_eq!(
            text,
            formatted,
            "{} is not canonical: run `chitieu fmt rules/`",
            path.display()
        );
    }
}

#[test]
fn formatted_fixtures() {
    insta::glob!(common::fixture_dir("fmt"), "*.plan", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(format_source(&SourceFile::new("x", text)).unwrap());
    });
}

#[test]
fn a_file_with_syntax_errors_is_not_formatted() {
    assert!(format_source(&SourceFile::new("x", "target a 95%\n")).is_err());
}

// ---- formatting around errors ----------------------------------------------

/// Formatting around errors keeps every statement that does not parse byte
/// for byte, is idempotent, keeps the meaning, the comments and the
/// diagnostics; `false` if the text has no syntax error.
fn properties_hold_around_errors(name: &str, text: &str) -> bool {
    let source = SourceFile::new(name, text);
    let (once, diagnostics) = format_keeping_errors(&source);
    if !diagnostics
        .iter()
        .any(|d| d.severity() == chitieu::Severity::Error)
    {
        return false;
    }
    let (before, _) = parse(&source, &Limits::default());
    for statement in &before.statements {
        if matches!(statement.node, Statement::Error(_)) {
            let written = text
                .get(statement.span.range())
                .unwrap()
                .replace("\r\n", "\n")
                .replace('\r', "\n");
            assert!(
                once.contains(&written),
                "{name}: {written:?} is not kept as written\n{once}"
            );
        }
    }
    let formatted = SourceFile::new(name, once.clone());
    let (twice, again) = format_keeping_errors(&formatted);
    assert_eq!(once, twice, "{name}: formatting twice changed the text");
    let codes = |d: &[chitieu::Diagnostic]| d.iter().map(|d| d.code()).collect::<Vec<_>>();
    assert_eq!(
        codes(&diagnostics),
        codes(&again),
        "{name}: other diagnostics"
    );
    assert_keeps_meaning_and_comments(name, &source, &formatted);
    true
}

#[test]
fn formatted_around_errors() {
    insta::glob!(common::fixture_dir("fmt_errors"), "*.plan", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(properties_hold_around_errors("x", &text));
        let (formatted, _) = format_keeping_errors(&SourceFile::new("x", text));
        insta::assert_snapshot!(formatted);
    });
}

#[test]
fn a_crlf_file_with_errors_formats_with_one_kind_of_line_end() {
    let text = "metric a: ratio\r\ntarget   a >= 50%\r\ntarget a >=\r\n  owner \"X\"\r\n# c\r\n";
    assert!(properties_hold_around_errors("x", text));
    let (once, _) = format_keeping_errors(&SourceFile::new("x", text));
    assert!(!once.contains('\r'), "{once:?}");
    assert!(once.contains("target a >=\n  owner \"X\"\n"), "{once:?}");
}

#[test]
fn every_fixture_with_errors_formats_around_them() {
    let formatted = files_where(&["tests/fixtures/check"], properties_hold_around_errors);
    assert!(formatted > 20, "only {formatted} files had errors");
}

#[test]
fn a_file_too_large_is_kept_as_written() {
    let text = format!(
        "\u{FEFF}target a  >= 1\n{}\n\n",
        "#".repeat(8 * 1024 * 1024)
    );
    let source = SourceFile::new("x", text.as_str());
    let (once, _) = format_keeping_errors(&source);
    assert_eq!(
        once,
        format!("{}\n", text.trim_start_matches('\u{FEFF}').trim_end())
    );
    let (twice, _) = format_keeping_errors(&SourceFile::new("x", once.clone()));
    assert_eq!(once, twice);
}

#[test]
fn statements_past_the_limit_are_kept_as_written() {
    let text = "target a >= 1\n".repeat(3);
    let limits = Limits {
        max_statements: 2,
        ..Limits::default()
    };
    let (tree, _) = parse(&SourceFile::new("x", text.as_str()), &limits);
    assert_eq!(tree.statements.len(), 3);
    assert!(matches!(
        tree.statements.last().map(|s| &s.node),
        Some(Statement::Error(read)) if read.head.is_none()
    ));
}

// ---- generated plans -----------------------------------------------------

fn ident() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["a", "b", "ratio_x", "dossiers", "on_time", "w_2"])
        .prop_map(String::from)
}

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "VP HĐND-UBND",
        "Hồ sơ \\\"đúng\\\" hạn",
        "Phòng Văn hóa",
        "x # not a comment",
        "a\\\\b",
    ])
    .prop_map(|t| format!("\"{t}\""))
}

fn value() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "60%",
        "0.60",
        "95.5%",
        "15 min",
        "12 phút",
        "5 days",
        "4.5 ngày",
        "3 working_days",
        "2 ngày làm việc",
        "5_000_000 VND",
        "2025-09-10",
        "true",
        "-3",
        "100",
    ])
    .prop_map(String::from)
}

fn expr(depth: u32) -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        ident(),
        prop::sample::select(vec!["1", "0.5", "60%"]).prop_map(String::from)
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    prop_oneof![
        leaf,
        (
            expr(depth - 1),
            prop::sample::select(vec!["+", "-", "*", "/"]),
            expr(depth - 1)
        )
            .prop_map(|(l, op, r)| format!("{l} {op} {r}")),
        expr(depth - 1).prop_map(|e| format!("({e})")),
        expr(depth - 1).prop_map(|e| format!("-{e}")),
        (
            prop::sample::select(vec!["max", "min"]),
            prop::collection::vec(expr(depth - 1), 2..4)
        )
            .prop_map(|(f, args)| format!("{f}( {} )", args.join(" ,"))),
        (expr(depth - 1), 0..11u32).prop_map(|(e, n)| format!("round({e},{n})")),
        (expr(depth - 1), expr(depth - 1)).prop_map(|(a, b)| format!("{a}   else {b}")),
    ]
    .boxed()
}

/// Glue between tokens: a space, or a line break with indentation and maybe
/// a comment, as planners write long statements.
fn gap() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![" ", "  ", "\t", "\n  ", "  # note\n    ", "\r\n\t"])
}

/// Clauses of a target or task: each kind at most once, in any order, each
/// after its own gap.
fn clauses() -> impl Strategy<Value = String> {
    (
        prop::option::of(
            (text(), prop::collection::vec(text(), 0..3)).prop_map(|(lead, co)| match co.len() {
                0 => format!("owner {lead}"),
                _ => format!("owner {lead} with {}", co.join(", ")),
            }),
        ),
        prop::option::of(text().prop_map(|t| format!("label {t}"))),
        prop::option::of(
            prop::collection::vec(ident(), 1..3).prop_map(|v| format!("tags {}", v.join(", "))),
        ),
        prop::option::of(prop::sample::select(vec![
            "points 2",
            "points 0.5",
            "points max_21",
        ])),
        prop::option::of(prop::sample::select(vec![
            "scoring linear",
            "scoring saturating",
            "scoring saturating 50%",
            "scoring tiers 2 if >= 100%, 1 if >= 95%",
        ])),
        prop::option::of(prop::sample::select(vec![
            "not_applicable zero",
            "not_applicable excluded",
            "not_applicable redistribute",
        ])),
        prop::option::of(prop::sample::select(vec!["round 0.01", "round 0.5"])),
        prop::option::of(prop::sample::select(vec![
            "for level xa",
            "for tag \"ven biển\"",
            "for unit \"A\", \"Phường B\"",
            "for level \"xã\" for tag a_1",
        ])),
        prop::option::of(prop::sample::select(vec![
            "every year",
            "every quarter",
            "from 2025-07-01",
            "during 2025-07-01 .. 2025-09-30",
            "cumulative",
        ])),
    )
        .prop_map(|(o, l, t, p, s, n, r, f, w)| {
            let list: Vec<String> = [
                o,
                l,
                t,
                p.map(String::from),
                s.map(String::from),
                n.map(String::from),
                r.map(String::from),
                f.map(String::from),
                w.map(String::from),
            ]
            .into_iter()
            .flatten()
            .collect();
            list
        })
        .prop_shuffle()
        .prop_flat_map(|list| {
            let n = list.len();
            (Just(list), prop::collection::vec(gap(), n))
        })
        .prop_map(|(list, gaps)| {
            list.iter()
                .zip(gaps)
                .map(|(c, g)| format!("{g}{c}"))
                .collect()
        })
}

fn statement() -> impl Strategy<Value = String> {
    prop_oneof![
        text().prop_map(|t| format!("plan {t}")),
        (text(), prop::option::of(text()))
            .prop_map(|(k, f)| format!("owner {k} {}", f.unwrap_or_default())),
        (
            ident(),
            prop::sample::select(vec!["ratio", "count", "minutes", "bool"])
        )
            .prop_map(|(n, t)| format!("metric {n}: {t}")),
        (ident(), expr(3)).prop_map(|(n, e)| format!("metric {n} = {e}")),
        (text(), prop::option::of(text())).prop_map(|(t, o)| match o {
            Some(o) => format!("section {t} owner {o}"),
            None => format!("section {t}"),
        }),
        (
            prop::option::of(ident()),
            ident(),
            prop::sample::select(vec![">=", ">", "<=", "<", "=="]),
            value(),
            clauses()
        )
            .prop_map(|(id, m, op, v, tail)| {
                let id = id.map(|i| format!("{i}: ")).unwrap_or_default();
                format!("target {id}{m} {op} {v}{tail}")
            }),
        (ident(), gap(), clauses())
            .prop_map(|(id, g, tail)| format!("task {id}{g}due 2025-09-10{tail}")),
        (
            prop::sample::select(vec!["in 95%..100%", "in 1..2", "in 2025-07-01..2025-12-31"]),
            ident(),
            clauses()
        )
            .prop_map(|(range, m, tail)| format!("target {m} {range}{tail}")),
        // Without a condition: a target that only scores.
        (ident(), clauses()).prop_map(|(m, tail)| format!("target {m}{tail}")),
        prop::sample::select(vec![
            "default round 0.01",
            "default not_applicable redistribute"
        ])
        .prop_map(String::from),
    ]
}

fn plan() -> impl Strategy<Value = String> {
    let separator = prop::sample::select(vec!["\n", "\n\n", "\n# between\n", "\r\n", "\n\n\n"]);
    prop::collection::vec((statement(), separator), 0..12).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(s, sep)| format!("{s}{sep}"))
            .collect::<String>()
    })
}

/// Statements with a syntax error, as planners write them: a missing
/// comparison, a misspelt keyword, an unfinished formula, an unquoted name,
/// a clause given twice, a text left open.
fn broken() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec![
            "target a 95%",
            "targt b >= 1",
            "metric x = (a +",
            "owner \"VP\" VP",
            "target c >= 1 points 2 points 3",
            "task d label \"open",
            "period 2025-07-01 - 2025-12-31",
            "\"loose text\"",
        ]),
        gap(),
        prop::option::of(text().prop_map(|t| format!("label {t}"))),
    )
        .prop_map(|(statement, g, tail)| match tail {
            Some(tail) => format!("{statement}{g}{tail}"),
            None => statement.to_string(),
        })
}

fn plan_with_errors() -> impl Strategy<Value = String> {
    let separator = prop::sample::select(vec!["\n", "\n\n", "\n# between\n", "\r\n", "  \n"]);
    let part = prop_oneof![3 => statement(), 1 => broken()];
    (
        broken(),
        prop::collection::vec((part, separator.clone()), 0..10),
        separator,
    )
        .prop_map(|(first, parts, sep)| {
            let rest: String = parts
                .into_iter()
                .map(|(s, sep)| format!("{s}{sep}"))
                .collect();
            format!("{rest}{first}{sep}")
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn generated_plans_format_idempotently_and_keep_meaning(text in plan()) {
        prop_assert!(properties_hold("generated.plan", &text), "did not parse:\n{}", text);
    }

    #[test]
    fn generated_plans_with_errors_format_around_them(text in plan_with_errors()) {
        prop_assert!(properties_hold_around_errors("generated.plan", &text), "no error:\n{}", text);
    }
}

// ---- the command ---------------------------------------------------------

#[test]
fn fmt_check_lists_files_that_would_change_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let messy = dir.path().join("messy.plan");
    let clean = dir.path().join("clean.plan");
    std::fs::write(&messy, "target  x >= 60%   owner \"A\"\n").unwrap();
    std::fs::write(&clean, "target x >= 60%\n  owner \"A\"\n").unwrap();
    let out = common::chitieu(&["fmt", "--check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        messy.display().to_string()
    );
    assert_eq!(
        std::fs::read_to_string(&messy).unwrap(),
        "target  x >= 60%   owner \"A\"\n"
    );

    let out = common::chitieu(&["fmt", messy.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&messy).unwrap(),
        "target x >= 60%\n  owner \"A\"\n"
    );
    let out = common::chitieu(&["fmt", "--check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fmt_dash_reads_stdin_and_writes_stdout() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(["fmt", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"metric r=a/ (b+c)  # x\ntarget r>=1")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "metric r = a / (b + c)  # x\ntarget r >= 1\n"
    );
}

#[test]
fn fmt_refuses_a_file_with_syntax_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.plan");
    std::fs::write(&bad, "target x 60%\n").unwrap();
    let out = common::chitieu(&["fmt", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("E0101"));
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), "target x 60%\n");
}
