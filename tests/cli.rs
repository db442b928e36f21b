//! The `chitieu` command as a user runs it: output and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::chitieu;

use std::path::Path;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn shipped_rules_check_silently() {
    let out = chitieu(&["check", "rules/"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stderr), "");
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn folder_with_errors_and_warnings_exits_1() {
    let out = chitieu(&["check", "tests/fixtures/cli/mixed"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(text(&out.stderr));
}

#[test]
fn warnings_alone_exit_0() {
    let out = chitieu(&["check", "tests/fixtures/cli/mixed/sub/warns.plan"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("W0204"));
}

#[test]
fn json_output_lists_every_diagnostic() {
    let out = chitieu(&["check", "--format", "json", "tests/fixtures/cli/mixed"]);
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    insta::assert_json_snapshot!(value);
}

/// Two plans extend one base: the base's own warning is shown once, and a
/// warning about the task both inherit is shown at the task in base.plan,
/// once with each plan's `extends` beside it.
#[test]
fn a_base_extended_by_two_checked_plans_is_shown_once() {
    let out = chitieu(&["check", "tests/fixtures/cli/shared_base"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(text(&out.stderr));
}

/// A related place in another file is given with its own file, line and
/// column: the inherited target a new one contradicts, in base.plan, and
/// the `extends` it came through; a problem of an inherited task stands in
/// base.plan, the `extends` in main.plan.
#[test]
fn json_gives_each_related_place_in_its_file() {
    let contradicts = "tests/fixtures/extends/E0402_contradicts_inherited_target/main.plan";
    let due = "tests/fixtures/extends/W0603_inherited_task_outside_period/main.plan";
    let out = chitieu(&["check", "--format", "json", contradicts, due]);
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    insta::assert_json_snapshot!(value);
}

#[test]
fn unreadable_file_exits_2_and_still_checks_the_rest() {
    let out = chitieu(&[
        "check",
        "no/such/file.plan",
        "tests/fixtures/cli/mixed/sub/bad.plan",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("[E0731] Error: the file cannot be opened"),
        "{err}"
    );
    assert!(err.contains("╭─[ no/such/file.plan ]"), "{err}");
    assert!(err.contains("E0303"), "{err}");
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(chitieu(&["check"]).status.code(), Some(2));
    assert_eq!(
        chitieu(&["check", "--format", "xml", "rules"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(chitieu(&["frobnicate"]).status.code(), Some(2));
}

/// clap's own argument errors in the language of the run: the common kinds
/// in Vietnamese under `--lang vi`, with the usage line and exit code 2.
#[test]
fn bad_arguments_are_said_in_vietnamese_under_lang_vi() {
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &["--lang", "vi", "eval"],
            &[
                "lỗi: thiếu các đối số bắt buộc sau:",
                "<PLAN>",
                "Cách dùng: chitieu eval",
            ],
        ),
        (
            &["--lang", "vi", "check", "--bogus", "rules"],
            &[
                "lỗi: đối số '--bogus' không hợp lệ",
                "Cách dùng: chitieu check",
            ],
        ),
        (
            &["check", "--lang=vi", "--format", "xml", "rules"],
            &[
                "giá trị 'xml' không hợp lệ cho '--format",
                "[giá trị có thể: ",
            ],
        ),
        (
            &["--lang", "vi", "chek"],
            &["không có lệnh 'chek'", "gợi ý: có lệnh tương tự: 'check'"],
        ),
    ];
    for (args, said) in cases {
        let out = chitieu(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        for words in said {
            assert!(stderr.contains(words), "{args:?}: {stderr}");
        }
        for english in [
            "error:",
            "required arguments",
            "unexpected argument",
            "invalid value",
        ] {
            assert!(!stderr.contains(english), "{args:?}: {stderr}");
        }
    }
    // English stays clap's own.
    let out = chitieu(&["--lang", "en", "eval"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the following required arguments were not provided"));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let file = "tests/fixtures/cli/mixed/sub/bad.plan";
    let plain = text(&chitieu(&["check", file]).stderr);
    let never = text(&chitieu(&["check", "--color", "never", file]).stderr);
    let always = text(&chitieu(&["check", "--color", "always", file]).stderr);
    assert!(!plain.contains('\u{1b}'));
    assert!(!never.contains('\u{1b}'));
    assert!(always.contains('\u{1b}'));
}

#[test]
fn explain_prints_meaning_example_and_fix() {
    let out = chitieu(&["explain", "e0303"]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn explain_knows_every_code() {
    for code in chitieu::Code::ALL {
        let out = chitieu(&["explain", code.id()]);
        assert_eq!(out.status.code(), Some(0), "{}", code.id());
        assert!(
            text(&out.stdout).contains("Fix"),
            "{} has no fix",
            code.id()
        );
    }
}

/// `explain` says what a word of the language does too, in English and
/// Vietnamese, with an example and the page of the docs; a word it does
/// not know keeps the message of an unknown code.
#[test]
fn explain_says_what_words_of_the_language_do() {
    let mut out = String::new();
    for lang in ["en", "vi"] {
        for word in [
            "redistribute",
            "round",
            "else",
            "grade",
            "points",
            "scored",
            "computed",
            "default",
            "by",
            "every",
            "cumulative",
            "not_due",
            "with",
            "days",
            "period",
        ] {
            let said = chitieu(&["--lang", lang, "explain", word]);
            assert_eq!(said.status.code(), Some(0), "{lang} {word}");
            out.push_str(&format!("----- {lang} {word}\n{}", text(&said.stdout)));
        }
    }
    insta::assert_snapshot!(out);
    let unknown = chitieu(&["explain", "redistributes"]);
    assert_eq!(unknown.status.code(), Some(2));
    let said = text(&unknown.stderr);
    assert!(said.contains("is neither a chitieu diagnostic code nor a word"));
    assert!(
        said.contains("the words are: all_or_nothing, baseline, by, children_met, computed, cumulative, days, default, during, else"),
        "{said}"
    );
    assert!(said.contains("tracked"), "{said}");
    // The words of roll-up (issue 16), in both languages.
    for lang in ["en", "vi"] {
        for word in ["rollup", "children_met"] {
            let said = chitieu(&["--lang", lang, "explain", word]);
            assert_eq!(said.status.code(), Some(0), "{lang} {word}");
            assert!(
                text(&said.stdout).contains("docs/rollup.md"),
                "{lang} {word}"
            );
        }
    }
}

#[test]
fn explain_unknown_code_exits_2() {
    let out = chitieu(&["explain", "E9999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("E0101"));
}

#[test]
fn output_is_deterministic() {
    let args = ["check", "--format", "json", "tests/fixtures/check"];
    let first = chitieu(&args).stdout;
    assert!(Path::new("tests/fixtures/check").exists());
    assert_eq!(first, chitieu(&args).stdout);
}

/// A measurement file given to `check` is said to be one, once, rather than
/// as one unknown statement per row (exit 2, as for `eval`).
#[test]
fn check_of_a_measurement_file_says_so_once() {
    let out = chitieu(&["check", "examples/cac-phuong-2025-h2.csv"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(
        err.trim_end(),
        "error: `examples/cac-phuong-2025-h2.csv` looks like a measurement file, not a plan: \
         `chitieu check` reads plans; `chitieu eval plan.plan examples/cac-phuong-2025-h2.csv` scores it"
    );
    assert!(!err.contains("E0108"), "{err}");
}
