//! Vietnamese and English: both catalogs hold the same keys with the same
//! placeholders, every key the code asks for exists, every diagnostic the
//! fixtures produce reads in Vietnamese, and `--lang` and the locale choose
//! the language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chitieu::i18n::Lang;
use chitieu::Code;
use common::chitieu;

fn catalog(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    let list = lang.catalog();
    let map: BTreeMap<_, _> = list.iter().copied().collect();
    assert_eq!(map.len(), list.len(), "{lang:?}: a key is given twice");
    map
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn both_catalogs_have_the_same_keys_and_placeholders() {
    let (en, vi) = (catalog(Lang::En), catalog(Lang::Vi));
    let only_en: Vec<_> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
    let only_vi: Vec<_> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in Vietnamese: {only_en:?}");
    assert!(only_vi.is_empty(), "missing in English: {only_vi:?}");
    for (key, english) in &en {
        let vietnamese = vi[key];
        assert!(
            !english.is_empty() && !vietnamese.is_empty(),
            "{key} is empty"
        );
        assert_eq!(placeholders(english), placeholders(vietnamese), "{key}");
    }
}

/// String literals such as `"status.pass"` in the source: the keys the code
/// asks the catalog for.
fn keys_in(text: &str) -> Vec<String> {
    const FAMILIES: [&str; 12] = [
        "status",
        "input",
        "report",
        "summary",
        "note",
        "value",
        "html",
        "column",
        "condition",
        "diagnostic",
        "count",
        "explain",
    ];
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| {
            literal.split_once('.').is_some_and(|(family, rest)| {
                FAMILIES.contains(&family)
                    && !rest.is_empty()
                    && rest
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.')
            })
        })
        .map(str::to_string)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_key_the_code_uses_is_in_the_catalog() {
    let en = catalog(Lang::En);
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut used = 0;
    for file in files
        .iter()
        .filter(|f| !f.ends_with("i18n/en.rs") && !f.ends_with("i18n/vi.rs"))
    {
        for key in keys_in(&std::fs::read_to_string(file).unwrap()) {
            used += 1;
            assert!(
                en.contains_key(key.as_str()),
                "{}: `{key}` is not in the catalog",
                file.display()
            );
        }
    }
    assert!(used > 50, "the scan found only {used} keys");
}

/// Every message, label and hint that a fixture produces (plans, plans that
/// build on others, measurements, and why a unit was not scored), and every
/// code's title, has a Vietnamese translation.
#[test]
fn every_diagnostic_reads_in_vietnamese() {
    let mut diagnostics = Vec::new();
    for entry in std::fs::read_dir(common::fixture_dir("check")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "plan") {
            diagnostics.extend(common::check_file(&path).1);
        }
    }
    for dir in common::case_dirs("extends") {
        for main in [dir.join("main.plan"), dir.join("inner/main.plan")] {
            if let Ok(loaded) = chitieu::load::load_plan(&main) {
                diagnostics.extend(loaded.diagnostics.iter().cloned());
            }
        }
    }
    let (eval_diagnostics, unscored) = common::eval_fixture_diagnostics();
    diagnostics.extend(eval_diagnostics);
    // Every text a diagnostic says is written in Vietnamese: it differs
    // from the English (the user's own text alone could not make a message).
    let mut missing: BTreeSet<String> = BTreeSet::new();
    for d in &diagnostics {
        let pairs = [
            (Some(d.message(Lang::En)), Some(d.message(Lang::Vi))),
            (d.label(Lang::En), d.label(Lang::Vi)),
            (d.hint(Lang::En), d.hint(Lang::Vi)),
        ];
        for (en, vi) in pairs {
            if en.is_some() && en == vi {
                missing.extend(en.clone());
            }
            if let (Some(en), Some(vi)) = (en, vi) {
                missing.extend(leftovers(&en, &vi));
            }
        }
        for label in d.related.iter().map(|r| &r.label) {
            if label.text(Lang::En) == label.text(Lang::Vi) {
                missing.insert(label.text(Lang::En));
            }
        }
    }
    // Why a unit was not scored, as every report's not-scored row says it.
    assert!(!unscored.is_empty(), "no fixture has a unit not scored");
    for (en, vi) in unscored {
        if en == vi {
            missing.insert(en);
        }
    }
    for code in Code::ALL {
        if Lang::Vi.title(*code).is_none() {
            missing.insert(format!("the title of {}", code.id()));
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts have no Vietnamese:\n{}",
        missing.len(),
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(
        diagnostics.len() > 100,
        "only {} diagnostics seen",
        diagnostics.len()
    );
}

/// The parts of a text in backticks: the user's names and plan text, which
/// no translation touches.
fn in_backticks(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// English words that no Vietnamese sentence holds (`to` and `an` are
/// Vietnamese words too, so they are not here).
const ENGLISH: [&str; 28] = [
    "the", "is", "are", "expected", "found", "write", "declare", "with", "such", "must", "file",
    "empty", "row", "columns", "compare", "whole", "value", "here", "given", "again", "of", "or",
    "and", "not", "for", "from", "should", "this",
];

/// The placeholders of examples (`metric name: count`), and their words in
/// Vietnamese.
const PLACEHOLDERS: [(&str, &str); 4] = [
    ("name", "ten"),
    ("THRESHOLD", "NGƯỠNG"),
    ("START", "BẮT_ĐẦU"),
    ("END", "KẾT_THÚC"),
];

/// The English words of a Vietnamese text, outside backticks.
fn english_words(vi: &str) -> Vec<String> {
    let prose: String = vi.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    prose
        // Names (`all_or_nothing`, Markdown's `all\_or\_nothing`) are one word.
        .split(|c: char| !(c.is_alphabetic() || c == '_' || c == '\\'))
        .filter(|word| ENGLISH.contains(&word.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

/// What is wrong with a Vietnamese text beside its English: a name in
/// backticks translated (`metric unused: count` said `chỉ số \`không
/// dùng\``), or English words left in it (`declare it, e.g. ...`).
fn leftovers(en: &str, vi: &str) -> Vec<String> {
    let mut wrong = Vec::new();
    let kept = in_backticks(vi);
    for name in in_backticks(en) {
        // An example's placeholders are words, and said in the language.
        let mut localised = name.to_string();
        for (english, vietnamese) in PLACEHOLDERS {
            localised = localised.replace(english, vietnamese);
        }
        if !kept.contains(&name) && !kept.contains(&localised.as_str()) {
            wrong.push(format!("`{name}` is not kept in: {vi}"));
        }
    }
    let english = english_words(vi);
    if !english.is_empty() {
        wrong.push(format!("English words {english:?} in: {vi}"));
    }
    wrong
}

#[test]
fn leftovers_are_caught() {
    assert_eq!(
        leftovers("metric unused: `count`", "chỉ số `không dùng`").len(),
        1
    );
    assert_eq!(
        leftovers(
            "declare it, e.g. `metric x: number`",
            "declare it, ví dụ `metric x: number`"
        )
        .len(),
        1
    );
    assert!(leftovers("write `60.5%`", "viết `60.5%`: the `tiers`").len() == 1);
    assert!(leftovers("unused `a`", "không dùng `a`").is_empty());
}

/// `diff --lang vi` says conditions, dates and numbers as `eval --lang vi`
/// does, and the plan's own parts in Vietnamese word order: every diff
/// fixture, as text and Markdown in Vietnamese.
#[test]
fn diff_reads_in_vietnamese() {
    use chitieu::diff::{diff, render};
    let mut wrong = Vec::new();
    for dir in common::case_dirs("diff") {
        let load = |name: &str| chitieu::load::load_plan(&dir.join(name)).unwrap();
        let (old, new) = (load("old.plan"), load("new.plan"));
        let changes = diff(&old.plan, &new.plan);
        let said = format!(
            "{}{}",
            render::text(&changes, Lang::Vi),
            render::markdown(&changes, Lang::Vi)
        );
        for line in said.lines() {
            // A formula, a type and the plan's own texts are shown as
            // written, and so is a grade's condition, which mixes words only
            // the plan's language has (`and not_met <= 20%`), and a
            // target's `for` clauses: pasteable.
            if line.contains("đổi công thức")
                || line.contains("xếp loại ")
                || line.contains("đổi đơn vị áp dụng")
            {
                continue;
            }
            let words: Vec<&str> = line
                .split(|c: char| c.is_whitespace() || c == '|')
                .filter(|w| !w.is_empty())
                .collect();
            let iso_date = |w: &str| {
                let parts: Vec<&str> = w.split('-').collect();
                parts.len() == 3
                    && parts
                        .iter()
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            };
            // A point between digits that does not start a group of three
            // (`5.000.000` groups digits in Vietnamese, `12.5` is English).
            let decimal_point = |w: &str| {
                let bytes = w.as_bytes();
                (1..bytes.len()).any(|i| {
                    let digits_after = bytes[i + 1..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                    bytes[i] == b'.'
                        && bytes[i - 1].is_ascii_digit()
                        && digits_after > 0
                        && digits_after != 3
                })
            };
            let english_unit =
                |w: &str| matches!(w, "min" | "VND" | "pp" | "if" | "true" | "false");
            let english_range = words
                .windows(2)
                .any(|w| w[0] == "in" && w[1].starts_with(|c: char| c.is_ascii_digit()));
            let plan_order = line.contains("kế hoạch tiêu đề") || line.contains("kế hoạch kỳ");
            if words
                .iter()
                .any(|w| iso_date(w) || decimal_point(w) || english_unit(w))
                || english_range
                || plan_order
                || !english_words(line).is_empty()
            {
                wrong.push(format!("{}: {line}", dir.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "not Vietnamese:\n{}", wrong.join("\n"));
}

#[test]
fn the_locale_chooses_the_language_and_lang_overrides_it() {
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_chitieu"));
        command
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in env {
            command.env(k, v);
        }
        let out = command.args(args).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let args = [
        "eval",
        "--summary",
        "rules/tran-lieu-2025-h2.plan",
        "examples/cac-phuong-2025-h2.csv",
    ];
    let vi = run(&[("LANG", "vi_VN.UTF-8")], &args);
    let en = run(&[], &args);
    assert!(vi.starts_with("đơn vị") && vi.contains("86,7%"), "{vi}");
    assert!(en.starts_with("unit") && en.contains("86.7%"), "{en}");
    let mut forced = vec!["--lang", "en"];
    forced.extend_from_slice(&args);
    assert_eq!(run(&[("LC_ALL", "vi_VN.UTF-8")], &forced), en);
}

/// A Vietnamese report: statuses, dates day first, decimal commas.
#[test]
fn a_report_in_vietnamese() {
    let out = chitieu(&[
        "eval",
        "--lang",
        "vi",
        "rules/tran-lieu-2025-h2.plan",
        "examples/tran-lieu-2025-h2/phuong-tran-lieu.json",
    ]);
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

/// Every code is explained in Vietnamese too, with the same examples.
#[test]
fn every_code_is_explained_in_vietnamese() {
    for code in Code::ALL {
        let vi = Lang::Vi
            .explanation(code.id())
            .unwrap_or_else(|| panic!("{} has no Vietnamese explanation", code.id()));
        let examples = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.starts_with("    ") && !l.contains('#'))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(examples(vi), examples(code.explanation()), "{}", code.id());
        // An example is what the user writes, the same in both languages:
        // chitieu's English output shown as one would read as English on
        // the Vietnamese page.
        for line in examples(vi) {
            let output = ["warning[", "error[", "Warning:", "Error:"];
            let shown = output.iter().any(|o| line.trim_start().starts_with(o));
            assert!(!shown, "{}: an example of output: {line}", code.id());
        }
    }
}

/// `explain` in Vietnamese.
#[test]
fn explain_in_vietnamese() {
    let out = chitieu(&["explain", "--lang", "vi", "E0707"]);
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

/// `--help` of every command in Vietnamese: the command's own texts are
/// translated (clap's fixed notes such as `[default: ...]` stay).
#[test]
fn help_in_vietnamese() {
    let mut all = String::new();
    for command in [
        &[][..],
        &["check"],
        &["eval"],
        &["fmt"],
        &["diff"],
        &["explain"],
    ] {
        let mut args = vec!["--lang", "vi"];
        args.extend_from_slice(command);
        args.push("--help");
        let vi = String::from_utf8(chitieu(&args).stdout).unwrap();
        let mut args: Vec<&str> = command.to_vec();
        args.push("--help");
        let en = String::from_utf8(chitieu(&args).stdout).unwrap();
        assert_eq!(vi.lines().count(), en.lines().count(), "{command:?}");
        for (v, e) in vi.lines().zip(en.lines()) {
            // A line of prose (not clap's notes, values or usage) must change.
            let prose = e.split_whitespace().count() > 4
                && !e.trim_start().starts_with(['-', '[', '<'])
                && !e.contains("Print this message");
            assert!(!prose || v != e, "untranslated help: {e}");
        }
        all.push_str(&vi);
        all.push_str("=====\n");
    }
    insta::assert_snapshot!(all);
}

/// The one-line diagnostics (those of a streamed `--summary`, and E0715 when
/// the plan has errors) say lỗi, cảnh báo and gợi ý in Vietnamese: every
/// eval fixture, summed up in Vietnamese, writes no English word of them.
#[test]
fn one_line_diagnostics_in_vietnamese() {
    let mut said = String::new();
    for dir in common::case_dirs("eval") {
        let plan = common::eval_case_plan(&dir);
        let (plan, dir) = (plan.display().to_string(), dir.display().to_string());
        let out = chitieu(&["--lang", "vi", "eval", "--summary", &plan, &dir]);
        let err = String::from_utf8(out.stderr).unwrap();
        for english in ["error[", "warning[", "help:", "Error:", "Warning:", "Help:"] {
            assert!(!err.contains(english), "{dir}: `{english}` in\n{err}");
        }
        said.push_str(&err);
    }
    for vietnamese in [
        "lỗi[E0715]: kế hoạch có lỗi",
        "cảnh báo[W0706]",
        "\n  gợi ý: ",
    ] {
        assert!(said.contains(vietnamese), "no `{vietnamese}` in\n{said}");
    }
}

/// ariadne's own words, `Help:` and `Note:`, are said in Vietnamese in every
/// layout (deeper beside a span of several lines, with colour or without):
/// no diagnostic of any check or eval fixture, shown in Vietnamese, has a
/// line whose text after the frame starts with them.
#[test]
fn boxed_diagnostics_say_help_and_note_in_vietnamese() {
    let mut runs: Vec<Vec<String>> = Vec::new();
    for dir in common::case_dirs("eval") {
        let plan = common::eval_case_plan(&dir);
        for color in ["never", "always"] {
            runs.push(vec![
                "--lang".into(),
                "vi".into(),
                "eval".into(),
                "--color".into(),
                color.into(),
                plan.display().to_string(),
                dir.display().to_string(),
            ]);
        }
    }
    let plans = std::iter::once(common::fixture_dir("check")).chain(common::case_dirs("extends"));
    for dir in plans {
        runs.push(vec![
            "--lang".into(),
            "vi".into(),
            "check".into(),
            "--all-diagnostics".into(),
            dir.display().to_string(),
        ]);
    }
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = String::from_utf8(chitieu(&args).stderr).unwrap();
        for line in err.lines() {
            let text = line
                .replace("\u{1b}[0m", "")
                .replace("\u{1b}[38;5;115m", "")
                .replace("\u{1b}[38;5;240m", "");
            let text = text
                .trim_start_matches(|c: char| c == ' ' || ('\u{2500}'..='\u{257F}').contains(&c));
            assert!(
                !text.starts_with("Help:") && !text.starts_with("Note:"),
                "{args:?}: {line:?} in\n{err}"
            );
        }
    }
}
