//! The command examples of the README and `docs/*.md` are what the program
//! prints. Every fenced block that starts with `$ ` is run with `sh` from the
//! project's folder, `chitieu` being the binary under test, and its output
//! (standard error, then standard output) compared line by line with the
//! block's lines; a line `...` stands for lines left out (none or more).
//! A file an example reads that the project does not hold is written by the
//! page itself, in a block whose first line is `# NAME` (the README's
//! `plan.plan`), or lies in `tests/fixtures/docs/PAGE/`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

mod common;

/// A page's fenced blocks, each as its lines.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    let mut open: Option<Vec<&str>> = None;
    for line in text.lines() {
        match (&mut open, line.starts_with("```")) {
            (None, true) => open = Some(Vec::new()),
            (Some(_), true) => out.extend(open.take()),
            (Some(block), false) => block.push(line),
            (None, false) => {}
        }
    }
    out
}

/// Whether `actual` is `expected` with its `...` lines standing for any
/// lines (trailing spaces ignored).
fn matches(expected: &[&str], actual: &[&str]) -> bool {
    // can[i][j]: expected[i..] matches actual[j..].
    let (n, m) = (expected.len(), actual.len());
    let mut can = vec![vec![false; m + 1]; n + 1];
    can[n][m] = true;
    for i in (0..n).rev() {
        for j in (0..=m).rev() {
            can[i][j] = if expected[i].trim_end() == "..." {
                can[i + 1][j] || (j < m && can[i][j + 1])
            } else {
                j < m && expected[i].trim_end() == actual[j].trim_end() && can[i + 1][j + 1]
            };
        }
    }
    can[0][0]
}

fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// A folder to run a page's examples in: the project's `rules/` and
/// `examples/`, the page's fixtures and the files its blocks write.
fn workspace(page: &Path, blocks: &[Vec<&str>]) -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for shared in ["rules", "examples"] {
        std::os::unix::fs::symlink(root.join(shared), dir.path().join(shared)).unwrap();
    }
    let stem = page.file_stem().unwrap();
    let fixtures = common::fixture_dir("docs").join(stem);
    if fixtures.is_dir() {
        copy_tree(&fixtures, dir.path());
    }
    for block in blocks {
        if let Some(name) = block.first().and_then(|l| l.strip_prefix("# ")) {
            if name.ends_with(".plan") && !name.contains(' ') {
                let text: String = block[1..].iter().map(|l| format!("{l}\n")).collect();
                std::fs::write(dir.path().join(name), text).unwrap();
            }
        }
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// What a command prints, standard error first, as a terminal would show it
/// when diagnostics come before the report.
fn run(command: &str, dir: &Path) -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_chitieu")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = common::plain(&mut std::process::Command::new("sh"))
        .arg("-c")
        .arg(command)
        .current_dir(dir)
        .env("PATH", path)
        .output()
        .unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    )
}

fn has_jq() -> bool {
    std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn command_examples_print_what_the_docs_show() {
    let mut wrong = Vec::new();
    let mut ran = 0;
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let blocks = blocks(&text);
        let examples: Vec<&Vec<&str>> = blocks
            .iter()
            .filter(|b| b.first().is_some_and(|l| l.starts_with("$ ")))
            .collect();
        if examples.is_empty() {
            continue;
        }
        let dir = workspace(&page, &blocks);
        for block in examples {
            let command = block[0].strip_prefix("$ ").unwrap();
            if command.contains("| jq") && !has_jq() {
                eprintln!("skipped without jq: {command}");
                continue;
            }
            ran += 1;
            let shown = run(command, dir.path());
            let actual: Vec<&str> = shown.lines().collect();
            if !matches(&block[1..], &actual) {
                wrong.push(format!(
                    "{}: $ {command}\n--- the page shows:\n{}\n--- the program prints:\n{shown}",
                    page.file_name().unwrap().to_string_lossy(),
                    block[1..].join("\n")
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
    assert!(ran >= 10, "only {ran} examples ran");
}

#[test]
fn left_out_lines_match_any_lines() {
    assert!(matches(&["a", "...", "d"], &["a", "b", "c", "d"]));
    assert!(matches(&["a", "...", "b"], &["a", "b"]));
    assert!(matches(&["...", "c"], &["a", "b", "c"]));
    assert!(!matches(&["a", "c"], &["a", "b", "c"]));
    assert!(!matches(&["a", "...", "x"], &["a", "b", "c"]));
    assert!(!matches(&["a", "b"], &["a", "b", "c"]));
}
