//! Finding plan files and reading them as text.

use std::ffi::{OsStr, OsString};
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
            Ok(meta) if meta.is_dir() => {
                let mut files = Vec::new();
                match walk(path, wanted, &mut |file| files.push(file.to_path_buf())) {
                    Ok(()) => found.extend(files.into_iter().map(Ok)),
                    Err(error) => found.push(Err((path.clone(), error))),
                }
            }
            Ok(_) => found.push(Ok(path.clone())),
            Err(error) => found.push(Err((path.clone(), error))),
        }
    }
    found
}

/// [`files_matching`] into one [`PathList`], or the first path that could
/// not be listed.
pub fn file_list(
    paths: &[PathBuf],
    wanted: fn(&Path) -> bool,
) -> Result<PathList, (PathBuf, io::Error)> {
    let mut list = PathList::default();
    for path in paths {
        let listed = match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, wanted, &mut |file| list.push(file)),
            Ok(_) => {
                list.push(path);
                Ok(())
            }
            Err(error) => Err(error),
        };
        listed.map_err(|error| (path.clone(), error))?;
    }
    list.shrink_to_fit();
    Ok(list)
}

/// Calls `found` with the files under `dir` that `wanted` accepts, in the
/// order of their sorted paths: each folder's entries sorted by name, a
/// subfolder's files where its name falls.
fn walk(dir: &Path, wanted: fn(&Path) -> bool, found: &mut dyn FnMut(&Path)) -> io::Result<()> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        // Symbolic links to folders are not followed: they could loop.
        entries.push((entry.file_name(), entry.file_type()?.is_dir()));
    }
    entries.sort_unstable();
    let mut path = dir.to_path_buf();
    for (name, is_dir) in entries {
        path.push(&name);
        if is_dir {
            walk(&path, wanted, found)?;
        } else if wanted(&path) {
            found(&path);
        }
        path.pop();
    }
    Ok(())
}

/// Many paths kept compactly: a national folder lists tens of thousands of
/// files, and one allocation per path would weigh more than their scores.
/// Each folder is kept once; the names of its files share one buffer.
#[derive(Debug, Default)]
pub struct PathList {
    folders: Vec<PathBuf>,
    names: OsString,
    /// Per path: its folder, and where its name ends in `names` (in bytes
    /// of [`OsStr::as_encoded_bytes`]).
    entries: Vec<(usize, usize)>,
    #[cfg(not(unix))]
    paths: Vec<PathBuf>,
}

impl PathList {
    #[cfg(unix)]
    pub fn push(&mut self, path: &Path) {
        let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
            // A path without a parent folder or a name (`/`, `..`) is kept
            // whole, as a folder of its own with an empty name.
            self.folders.push(path.to_path_buf());
            self.entries
                .push((self.folders.len() - 1, self.names.len()));
            return;
        };
        if self.folders.last().is_none_or(|last| last != folder) {
            self.folders.push(folder.to_path_buf());
        }
        self.names.push(name);
        self.entries
            .push((self.folders.len() - 1, self.names.len()));
    }

    #[cfg(not(unix))]
    pub fn push(&mut self, path: &Path) {
        self.paths.push(path.to_path_buf());
    }

    /// Gives back the room a growing list keeps spare.
    pub fn shrink_to_fit(&mut self) {
        self.folders.shrink_to_fit();
        self.names.shrink_to_fit();
        self.entries.shrink_to_fit();
        #[cfg(not(unix))]
        self.paths.shrink_to_fit();
    }

    pub fn len(&self) -> usize {
        #[cfg(unix)]
        let len = self.entries.len();
        #[cfg(not(unix))]
        let len = self.paths.len();
        len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Path number `index`.
    #[cfg(unix)]
    pub fn get(&self, index: usize) -> Option<PathBuf> {
        use std::os::unix::ffi::OsStrExt;
        let &(folder, end) = self.entries.get(index)?;
        let start = match index.checked_sub(1) {
            Some(before) => self.entries.get(before)?.1,
            None => 0,
        };
        let name = self.names.as_encoded_bytes().get(start..end)?;
        Some(self.folders.get(folder)?.join(OsStr::from_bytes(name)))
    }

    /// Path number `index`.
    #[cfg(not(unix))]
    pub fn get(&self, index: usize) -> Option<PathBuf> {
        self.paths.get(index).cloned()
    }

    /// The paths from number `start` to before `end`.
    pub fn range(&self, start: usize, end: usize) -> impl Iterator<Item = PathBuf> + '_ {
        (start..end.min(self.len())).filter_map(|i| self.get(i))
    }

    pub fn iter(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.range(0, self.len())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder's files come in the order of their sorted paths (a
    /// subfolder's files where its name falls, `a/` before `a.json`), the
    /// same from the compact list as from the plain one.
    #[test]
    fn folders_are_listed_in_sorted_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.json",
            "a.json",
            "a/z.json",
            "a/c/d.json",
            "ab.json",
            "Xã 1.json",
            "x.txt",
        ] {
            let path = root.join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "{}").unwrap();
        }
        let wanted: fn(&Path) -> bool = |p| p.extension().is_some_and(|e| e == "json");
        let roots = [root.to_path_buf()];
        let plain: Vec<PathBuf> = files_matching(&roots, wanted)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        let mut sorted = plain.clone();
        sorted.sort();
        assert_eq!(plain, sorted);
        assert_eq!(plain.len(), 6);
        let compact: Vec<PathBuf> = file_list(&roots, wanted).unwrap().iter().collect();
        assert_eq!(compact, plain);
        let list = file_list(&roots, wanted).unwrap();
        assert_eq!(list.range(2, 4).collect::<Vec<_>>(), plain[2..4]);
        assert_eq!(list.range(5, 99).count(), 1);
    }

    /// A file name that is not UTF-8 comes back byte for byte.
    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_kept_as_they_are() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = OsStr::from_bytes(b"x\xff\xfe.json");
        fs::write(dir.path().join(name), "{}").unwrap();
        let wanted: fn(&Path) -> bool = |_| true;
        let listed: Vec<PathBuf> = file_list(&[dir.path().to_path_buf()], wanted)
            .unwrap()
            .iter()
            .collect();
        assert_eq!(listed, [dir.path().join(name)]);
    }
}
