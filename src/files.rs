//! Finding plan files and reading them as text.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::source::SourceFile;
use crate::span::Span;

pub const PLAN_EXTENSION: &str = "plan";

/// The plan files named by `paths`: files as given, folders searched
/// recursively for `*.plan`, in a sorted order so output is deterministic.
pub fn plan_files(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, io::Error)>> {
    files_matching(paths, |p| {
        p.extension().is_some_and(|e| e == PLAN_EXTENSION)
    })
}

/// The files named by `paths`: files as given, folders searched recursively
/// for files that `wanted` accepts, sorted.
pub fn files_matching(
    paths: &[PathBuf],
    wanted: fn(&Path) -> bool,
) -> Vec<Result<PathBuf, (PathBuf, io::Error)>> {
    let mut found = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => match walk(path, wanted) {
                Ok(mut files) => {
                    files.sort_unstable();
                    found.reserve_exact(files.len());
                    found.extend(files.into_iter().map(Ok));
                }
                Err(error) => found.push(Err((path.clone(), error))),
            },
            Ok(_) => found.push(Ok(path.clone())),
            Err(error) => found.push(Err((path.clone(), error))),
        }
    }
    found
}

fn walk(dir: &Path, wanted: fn(&Path) -> bool) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        // Symbolic links to folders are not followed: they could loop.
        let kind = entry.file_type()?;
        if kind.is_dir() {
            files.extend(walk(&path, wanted)?);
        } else if wanted(&path) {
            files.push(path);
        }
    }
    Ok(files)
}

/// Turns a file's bytes into a source text. Text that is not UTF-8, or holds a
/// NUL byte, is reported (E0107) rather than read as garbage; the returned
/// source then shows what could be decoded, for locating the problem.
pub fn decode(name: &str, bytes: Vec<u8>) -> (SourceFile, Option<Diagnostic>) {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let source = SourceFile::new(name, "");
        let diagnostic = Diagnostic::new(
            Code::NotUtf8,
            Span::point(0),
            "the file is UTF-16 text, not UTF-8",
        )
        .with_hint("save the file as UTF-8 (Notepad: Save as → Encoding: UTF-8)");
        return (source, Some(diagnostic));
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let nul = text.find('\0');
            let source = SourceFile::new(name, text);
            let diagnostic = nul.map(|at| {
                Diagnostic::new(
                    Code::NotUtf8,
                    Span::new(at, at + 1),
                    "the file contains a NUL byte, so it is not text",
                )
                .with_hint("check that this is a plan file; plan files are UTF-8 text")
            });
            (source, diagnostic)
        }
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let byte = error.as_bytes().get(at).copied().unwrap_or(0);
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let source = SourceFile::new(name, text);
            let diagnostic = Diagnostic::new(
                Code::NotUtf8,
                Span::new(at, at + 1),
                format!(
                    "the file is not UTF-8 text: byte 0x{byte:02X} cannot start a character here"
                ),
            )
            .with_hint(
                "save the file as UTF-8; legacy code pages such as Windows-1258 are not read",
            );
            (source, Some(diagnostic))
        }
    }
}
