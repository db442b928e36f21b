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
                diagnostics.extend(loaded.files.into_iter().flat_map(|(_, d)| d));
            }
        }
    }
    let (eval_diagnostics, unscored) = common::eval_fixture_diagnostics();
    diagnostics.extend(eval_diagnostics);
    let mut missing: BTreeSet<String> = common::untranslated(&diagnostics).into_iter().collect();
    // Why a unit was not scored, as every report's not-scored row says it.
    assert!(!unscored.is_empty(), "no fixture has a unit not scored");
    for why in unscored {
        if Lang::Vi.translate_fully(&why).is_none() {
            missing.insert(why);
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

/// The string literals of Rust source, unescaped, outside comments and
/// `#[cfg(test)]` items.
fn string_literals(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let starts = |i: usize, s: &str| s.chars().enumerate().all(|(k, c)| at(i + k) == c);
    let mut out = Vec::new();
    let (mut i, mut depth, mut test_item, mut skip_from) = (0, 0usize, false, None);
    while i < chars.len() {
        let c = at(i);
        if starts(i, "//") {
            while i < chars.len() && at(i) != '\n' {
                i += 1;
            }
        } else if starts(i, "/*") {
            i += 2;
            while i < chars.len() && !starts(i, "*/") {
                i += 1;
            }
            i += 2;
        } else if starts(i, "#[cfg(test)]") {
            test_item = true;
            i += 12;
        } else if c == '{' {
            if test_item && skip_from.is_none() {
                skip_from = Some(depth);
            }
            depth += 1;
            i += 1;
        } else if c == '}' {
            depth = depth.saturating_sub(1);
            if skip_from == Some(depth) {
                (skip_from, test_item) = (None, false);
            }
            i += 1;
        } else if c == '\'' {
            // A char literal (`'"'`, `'\''`) or a lifetime.
            if at(i + 1) == '\\' {
                i += 2;
                while at(i) != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == 'r'
            && (at(i + 1) == '"' || at(i + 1) == '#')
            && !(i > 0 && (at(i - 1).is_alphanumeric() || at(i - 1) == '_'))
        {
            let hashes = (i + 1..).take_while(|&k| at(k) == '#').count();
            let close: String = std::iter::once('"')
                .chain("#".repeat(hashes).chars())
                .collect();
            i += 2 + hashes;
            let mut literal = String::new();
            while i < chars.len() && !starts(i, &close) {
                literal.push(at(i));
                i += 1;
            }
            i += close.chars().count();
            if skip_from.is_none() {
                out.push(literal);
            }
        } else if c == '"' {
            i += 1;
            let mut literal = String::new();
            while i < chars.len() && at(i) != '"' {
                if at(i) == '\\' {
                    match at(i + 1) {
                        'n' => literal.push('\n'),
                        't' => literal.push('\t'),
                        '\n' => {
                            i += 1;
                            while at(i + 1).is_whitespace() {
                                i += 1;
                            }
                        }
                        'u' => {
                            let end = (i..).find(|&k| at(k) == '}').unwrap();
                            let hex: String = chars[i + 3..end].iter().collect();
                            literal.extend(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()));
                            i = end - 1;
                        }
                        other => literal.push(other),
                    }
                    i += 2;
                } else {
                    literal.push(at(i));
                    i += 1;
                }
            }
            i += 1;
            if skip_from.is_none() {
                out.push(literal);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// A text with holes: `Some(c)` a character, `None` any text.
type Pattern = Vec<Option<char>>;

/// A format string as a pattern: `{name}`, `{}` and `{:?}` are holes.
fn pattern(format: &str) -> Pattern {
    let mut out = Vec::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push(Some('{'));
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push(Some('}'));
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                out.push(None);
            }
            c => out.push(Some(c)),
        }
    }
    out
}

/// Whether some text fits both patterns (a hole of either takes any text,
/// holes of the other included).
fn patterns_meet(a: &[Option<char>], b: &[Option<char>]) -> bool {
    // The fixed text before the first hole and after the last must agree.
    let fixed = |p: &[Option<char>]| p.iter().map_while(|c| *c).collect::<Vec<char>>();
    let rev = |p: &[Option<char>]| p.iter().rev().copied().collect::<Vec<_>>();
    let agree = |x: Vec<char>, y: Vec<char>| x.iter().zip(&y).all(|(p, q)| p == q);
    if !agree(fixed(a), fixed(b)) || !agree(fixed(&rev(a)), fixed(&rev(b))) {
        return false;
    }
    let (n, m) = (a.len(), b.len());
    let mut seen = vec![vec![false; m + 1]; n + 1];
    let mut todo = vec![(0, 0)];
    while let Some((i, j)) = todo.pop() {
        if std::mem::replace(&mut seen[i][j], true) {
            continue;
        }
        if (i, j) == (n, m) {
            return true;
        }
        let (x, y) = (a.get(i).copied(), b.get(j).copied());
        if x == Some(None) {
            todo.push((i + 1, j));
            if j < m {
                todo.push((i, j + 1));
            }
        }
        if y == Some(None) {
            todo.push((i, j + 1));
            if i < n {
                todo.push((i + 1, j));
            }
        }
        if let (Some(Some(p)), Some(Some(q))) = (x, y) {
            if p == q {
                todo.push((i + 1, j + 1));
            }
        }
    }
    false
}

/// The words of chitieu's own English in a text: lowercase words outside
/// the user's text in backticks and the holes.
fn prose_words(text: &str) -> Vec<String> {
    let mut outside = String::new();
    let (mut quoted, mut hole) = (false, false);
    for c in text.chars() {
        match c {
            '`' => quoted = !quoted,
            '{' => hole = true,
            '}' => hole = false,
            c if !quoted && !hole => outside.push(c),
            _ => outside.push(' '),
        }
    }
    outside
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation()))
        .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\''))
        .map(str::to_string)
        .collect()
}

/// Whether a template translates a literal: some text fits both, and the
/// template says every word the literal says (a template such as `{} at line
/// {} column {}` fits almost anything, but translates none of its words). A
/// piece of a message (` ({count} rows name it)`, a phrase put into another
/// message) may fit inside a template that translates the whole message.
fn template_fits(literal: &str, template: &str) -> bool {
    let words: BTreeSet<String> = template
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .map(str::to_string)
        .collect();
    if !prose_words(literal).iter().all(|w| words.contains(w)) {
        return false;
    }
    let mut literal = pattern(literal);
    let piece = literal
        .first()
        .is_some_and(|c| matches!(c, Some(' ' | '(')))
        || !literal.contains(&None)
            && template.contains(literal.iter().flatten().collect::<String>().as_str());
    if piece {
        literal.insert(0, None);
        literal.push(None);
    }
    patterns_meet(&literal, &pattern(template))
}

/// Literals that are not messages: the HTML report's markup and styles (its
/// words come from the catalog); plan text that `fmt` prints and the git
/// driver's header line, which is a command; English words that chitieu reads
/// in measurement files (column headings, units of measure, `n/a` without
/// accents), never writes.
fn not_a_message(literal: &str) -> bool {
    const WRITTEN_AS_IS: [&str; 11] = [
        "points {} scoring {}",
        "chitieu diff a/{} b/{}",
        "unit of measure",
        "unit of measurement",
        "unit name",
        "percentage point",
        "khong ap dung",
        "trieu dong",
        "ty dong",
        "nghin dong",
        "ho so",
    ];
    literal.contains('<') || literal.contains("; }") || WRITTEN_AS_IS.contains(&literal)
}

/// Every message that the source can write, not only those the fixtures
/// produce: each string literal of the library and the command line that
/// reads as English prose has a Vietnamese template that fits it.
#[test]
fn every_message_in_the_source_has_a_vietnamese_template() {
    let templates = Lang::Vi.message_templates();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files.sort();
    let mut missing = Vec::new();
    let mut seen = 0;
    // The catalog and the codes' explanations are checked by the tests
    // above; JUnit is a machine format, in English; typed problems and
    // labels, the command line's messages and its help texts are written in
    // each language where they are defined.
    let elsewhere = |f: &&std::path::PathBuf| {
        let f = f.to_string_lossy();
        f.contains("/i18n/")
            || f.ends_with("diagnostic/codes.rs")
            || f.ends_with("report/junit.rs")
            || f.ends_with("/problem.rs")
            || f.contains("/problem/")
            || f.ends_with("diagnostic/related.rs")
            || f.ends_with("cli/message.rs")
            || f.ends_with("cli/help_vi.rs")
    };
    for file in files.iter().filter(|f| !elsewhere(f)) {
        for literal in string_literals(&std::fs::read_to_string(file).unwrap()) {
            if prose_words(&literal).len() < 2 || not_a_message(&literal) {
                continue;
            }
            seen += 1;
            if !templates.iter().any(|(e, _)| template_fits(&literal, e)) {
                let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                missing.push(format!("{}: {literal}", name.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts have no Vietnamese template:\n{}",
        missing.len(),
        missing.join("\n")
    );
    // Every phase's problems are typed and written where they are defined:
    // few English texts are left outside them (the words for types and
    // literals, a few phrases of the readers and of --help), but the scan
    // must still find them.
    assert!(seen > 10, "the scan found only {seen} messages");
}

/// The one-line diagnostics (those of a streamed `--summary`, and E0715 when
/// the plan has errors) say lỗi, cảnh báo and gợi ý in Vietnamese: every
/// eval fixture, summed up in Vietnamese, writes no English word of them.
#[test]
fn one_line_diagnostics_in_vietnamese() {
    let mut said = String::new();
    for dir in common::case_dirs("eval") {
        let own = dir.join("plan.plan");
        let plan = if own.exists() {
            own
        } else {
            common::fixture_dir("eval").join("common.plan")
        };
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
