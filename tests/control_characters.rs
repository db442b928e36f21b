//! Characters that act instead of showing (ESC starting a terminal command,
//! OSC setting a window's title, BEL, NUL, CR, U+202E turning text around),
//! written into a plan, a measurement file or a file's name, never reach
//! an output raw: every output for people shows them replaced (U+FFFD),
//! in colour or not; JSON escapes them, and reads back as the input.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

/// ESC with a command that clears the screen, OSC setting the title ended
/// by BEL, NUL, a lone CR, DEL, a C1 control and the right-to-left override.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}\0\r\u{7f}\u{9b}\u{202E}";

/// A character that would act where the output is shown (the line breaks
/// and tabs that lay text out aside).
fn acts(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn run(dir: &Path, args: &[&str]) -> Output {
    common::plain(&mut Command::new(env!("CARGO_BIN_EXE_chitieu")))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// `text` (one output) holds no character that would act; `\r\n` line
/// ends, which some formats write, aside.
fn assert_inert(what: &str, text: &str) {
    let text = text.replace("\r\n", "\n");
    let found: Vec<String> = text
        .chars()
        .filter(|c| acts(*c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(found.is_empty(), "{what} lets {found:?} through:\n{text}");
}

/// Both outputs of a run for people are inert, and the input's text shows
/// in them, replaced.
fn assert_shown_replaced(what: &str, out: &Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_inert(&format!("{what} (stdout)"), &stdout);
    assert_inert(&format!("{what} (stderr)"), &stderr);
    assert!(
        stdout.contains('\u{FFFD}') || stderr.contains('\u{FFFD}'),
        "{what} does not show the input's characters replaced:\n{stdout}\n{stderr}"
    );
}

/// A folder with a plan whose comment holds the characters, a CSV file
/// whose name, metric name and value hold them, and a JSON file whose unit
/// (and a value) hold them as escapes, NUL included.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string(common::fixture_dir("eval").join("common.plan")).unwrap();
    let comment = format!("# note {}\n", HOSTILE.replace(['\0', '\r'], ""));
    std::fs::write(dir.path().join("plan.plan"), format!("{comment}{plan}")).unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let csv_name = format!("ward{}.csv", HOSTILE.replace('\0', ""));
    let csv = format!(
        "metric,value\non{h}time,1\nwaiting_time,12{h}\nonline_payment_ratio,0.7\n",
        h = HOSTILE.replace('\0', "")
    );
    std::fs::write(data.join(csv_name), csv).unwrap();
    let escaped: String = serde_json::to_string(&format!("Phường{HOSTILE}")).unwrap();
    let json = format!(
        r#"{{"unit": {escaped}, "values": {{"online_payment_ratio": "x{}"}}}}"#,
        serde_json::to_string(HOSTILE).unwrap().trim_matches('"')
    );
    std::fs::write(data.join("j.json"), json).unwrap();
    dir
}

#[test]
fn every_eval_format_for_people_shows_them_replaced() {
    let dir = folder();
    for format in ["text", "markdown", "junit", "csv", "html"] {
        for color in ["never", "always"] {
            let out = run(
                dir.path(),
                &[
                    "eval",
                    "--format",
                    format,
                    "--color",
                    color,
                    "plan.plan",
                    "data",
                ],
            );
            assert_shown_replaced(&format!("eval --format {format} --color {color}"), &out);
        }
    }
    for format in ["text", "csv"] {
        let args = ["eval", "--summary", "--format", format, "plan.plan", "data"];
        assert_shown_replaced(
            &format!("eval --summary --format {format}"),
            &run(dir.path(), &args),
        );
    }
}

#[test]
fn json_escapes_them_and_reads_back_as_the_input() {
    let dir = folder();
    for args in [
        &["eval", "--format", "json", "plan.plan", "data"][..],
        &["eval", "--summary", "--format", "json", "plan.plan", "data"][..],
    ] {
        let out = run(dir.path(), args);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_inert(&format!("{args:?} (stdout)"), &stdout);
        assert_inert(
            &format!("{args:?} (stderr)"),
            &String::from_utf8_lossy(&out.stderr),
        );
        let units: Vec<String> = stdout
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
            .filter_map(|line| line.get("unit")?.as_str().map(str::to_string))
            .collect();
        assert!(
            units.contains(&format!("Phường{HOSTILE}")),
            "{args:?}: the unit's name is not kept: {units:?}"
        );
    }
}

#[test]
fn check_diagnostics_show_them_replaced_in_colour_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let h = HOSTILE.replace('\0', "");
    let name = format!("plan{h}.plan");
    std::fs::write(
        dir.path().join(&name),
        format!("target a >= 1 label \"x{h}y\"\ntarget b{h} >= 1\n"),
    )
    .unwrap();
    for color in ["never", "always"] {
        let out = run(dir.path(), &["check", "--color", color, &name]);
        assert_shown_replaced(&format!("check --color {color}"), &out);
    }
    let out = run(dir.path(), &["check", "--format", "json", &name]);
    assert_inert("check --format json", &String::from_utf8_lossy(&out.stdout));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json.to_string().contains("plan\\u001b"), "{json}");
}

#[test]
fn diff_fmt_and_explain_show_them_replaced() {
    let dir = folder();
    let h = HOSTILE.replace(['\0', '\r'], "");
    // A plan in need of formatting, its name and a comment holding them.
    let messy = format!("messy{h}.plan");
    std::fs::write(dir.path().join(&messy), format!("# {h}\ntarget   a >= 1\n")).unwrap();
    assert_shown_replaced("fmt --check", &run(dir.path(), &["fmt", "--check", &messy]));
    // Git's diff driver, given a plan with an error: the texts compared.
    std::fs::write(
        dir.path().join("broken.plan"),
        format!("# {h}\ntarget a >=\n"),
    )
    .unwrap();
    let args = [
        "git-diff",
        &messy,
        &messy,
        "0",
        "100644",
        "broken.plan",
        "1",
        "100644",
    ];
    assert_shown_replaced("git-diff", &run(dir.path(), &args));
    let labelled = dir.path().join("labelled.plan");
    std::fs::write(&labelled, format!("target a >= 1 label \"{h}\"\n")).unwrap();
    let out = run(dir.path(), &["git-textconv", "labelled.plan"]);
    assert_shown_replaced("git-textconv", &out);
    // A plan whose name holds them, compared: said in the messages.
    let bad = format!("bad{h}.plan");
    std::fs::write(dir.path().join(&bad), "target a >=\n").unwrap();
    assert_shown_replaced("diff", &run(dir.path(), &["diff", "plan.plan", &bad]));
    let out = run(
        dir.path(),
        &["diff", "--format", "json", "plan.plan", &messy],
    );
    assert_inert("diff --format json", &String::from_utf8_lossy(&out.stdout));
    assert_shown_replaced("explain", &run(dir.path(), &["explain", &format!("E{h}")]));
    assert_shown_replaced(
        "eval of a missing file",
        &run(
            dir.path(),
            &["eval", "plan.plan", &bad.replace("bad", "none")],
        ),
    );
}
