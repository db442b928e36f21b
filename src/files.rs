//! Finding plan and measurement files and reading them as text.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::source::{Bounded, SourceFile};
use crate::syntax::problem::{NotUtf8, SyntaxProblem};

pub const PLAN_EXTENSION: &str = "plan";

/// One thing found among the paths given: a file to read, or why a path
/// could not be used. A walk never stops at a problem: it is reported where
/// it stands and the walk goes on beside it.
#[derive(Debug)]
pub enum Found {
    /// A file to read: found in a folder, or a path given as it is (which
    /// may be a FIFO, read as a stream).
    File(PathBuf),
    /// A path that could not be opened (a broken symbolic link, a path
    /// that does not exist).
    Unreadable(PathBuf, io::Error),
    /// A folder that could not be listed (without permission).
    Unlistable(PathBuf, io::Error),
    /// A FIFO, socket or device met inside a folder: it is not read, since
    /// reading a FIFO waits for a writer that may never come.
    Special(PathBuf, Special),
    /// A file inside a folder that is not of a kind read, and is said so
    /// (a measurement scan meets a `.pdf` or a file without an extension:
    /// perhaps a unit's submission, never dropped without a word).
    NotRead(PathBuf),
    /// A folder given in which no file of the kind wanted was found.
    Empty(PathBuf),
}

impl Found {
    pub fn path(&self) -> &Path {
        match self {
            Found::File(path)
            | Found::Unreadable(path, _)
            | Found::Unlistable(path, _)
            | Found::Special(path, _)
            | Found::NotRead(path)
            | Found::Empty(path) => path,
        }
    }
}

/// What kind of special file was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    Fifo,
    Socket,
    Device,
}

impl Special {
    /// The kind in words, as messages name it.
    pub fn name(self) -> &'static str {
        match self {
            Special::Fifo => "a FIFO (named pipe)",
            Special::Socket => "a socket",
            Special::Device => "a device",
        }
    }

    /// The kind in `lang`'s words, as messages name it.
    pub fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (_, Lang::En) => self.name(),
            (Special::Fifo, Lang::Vi) => "một FIFO (ống có tên)",
            (Special::Socket, Lang::Vi) => "một socket",
            (Special::Device, Lang::Vi) => "một thiết bị",
        }
    }

    /// The kind of a file that is neither a regular file nor a folder.
    pub fn of(file_type: fs::FileType) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Special::Fifo;
            }
            if file_type.is_socket() {
                return Special::Socket;
            }
        }
        let _ = file_type;
        Special::Device
    }
}

/// The plan files named by `paths`: files as given, folders searched
/// recursively for `*.plan`, in a sorted order so output is deterministic.
pub fn plan_files(paths: &[PathBuf]) -> Vec<Found> {
    files_matching(paths, |p| {
        p.extension().is_some_and(|e| e == PLAN_EXTENSION)
    })
}

/// What a folder's walk does with a file that is not a leftover of another
/// program (see [`is_leftover`]): which files are read, and which of the
/// others are said to be not read.
#[derive(Clone, Copy)]
pub struct Wanted {
    pub read: fn(&Path) -> bool,
    pub told: fn(&Path) -> bool,
}

impl Wanted {
    /// The files `read` accepts; the others are passed over without a word.
    pub fn only(read: fn(&Path) -> bool) -> Self {
        Wanted {
            read,
            told: |_| false,
        }
    }
}

/// Files that other programs leave beside the ones people put in a folder,
/// never anyone's submission or plan: the lock file of a workbook open in
/// Excel (`~$b.xlsx`), Windows' folder metadata (`Thumbs.db`,
/// `desktop.ini`), and hidden files and folders (a name that starts with
/// `.`: LibreOffice's lock files `.~lock.b.xlsx#`, macOS's `._b.csv` and
/// `.DS_Store`, a `.git` folder). A walk skips them (the workbook itself is
/// read), so that a shared folder where someone has a file open still
/// gives a clean batch. A path named on the command line is used whatever
/// its name.
pub fn is_leftover(name: &OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.starts_with("~$")
        || matches!(name.as_ref(), "Thumbs.db" | "desktop.ini")
}

/// The files named by `paths`: files as given, folders searched recursively
/// for files that `wanted` accepts, sorted; with every path that could not
/// be used where it stands.
pub fn files_matching(paths: &[PathBuf], wanted: fn(&Path) -> bool) -> Vec<Found> {
    files_wanted(paths, Wanted::only(wanted))
}

/// [`files_matching`] that also lists the files a folder holds that are
/// not read but are to be said so ([`Wanted::told`]), and each folder given
/// where nothing to read was found.
pub fn files_wanted(paths: &[PathBuf], wanted: Wanted) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                // Found, or said why not: a folder that cannot be listed is
                // not also said to be empty.
                let mut accounted = 0usize;
                walk(path, wanted, &mut |step| {
                    if !matches!(step, Step::NotRead(_) | Step::Special(..)) {
                        accounted += 1;
                    }
                    found.push(match step {
                        Step::File(file, _) | Step::Link(file) => Found::File(file.to_path_buf()),
                        Step::Unreadable(at, error) => Found::Unreadable(at.to_path_buf(), error),
                        Step::Unlistable(at, error) => Found::Unlistable(at.to_path_buf(), error),
                        Step::Special(at, kind) => Found::Special(at.to_path_buf(), kind),
                        Step::NotRead(at) => Found::NotRead(at.to_path_buf()),
                    });
                });
                if accounted == 0 {
                    found.push(Found::Empty(path.clone()));
                }
            }
            Ok(_) => found.push(Found::File(path.clone())),
            Err(error) => found.push(Found::Unreadable(path.clone(), error)),
        }
    }
    found
}

/// [`files_matching`] into one compact [`PathList`], or `None` when some
/// path was not a plain file to read, or one file is listed twice (named
/// twice, by itself and inside a folder given too, through a symbolic link
/// or a hard link: see [`FileId`]): the caller then takes the way that
/// reports it. A symbolic link to a file inside a folder sends the batch
/// that way too.
pub fn file_list(paths: &[PathBuf], wanted: Wanted) -> Option<PathList> {
    let mut list = PathList::default();
    // Each file's identity, hashed (two files whose identities share a hash,
    // most unlikely, only send the batch the other way): a national folder
    // lists tens of thousands of files.
    let mut ids: Vec<u64> = Vec::new();
    let hash = |id: &FileId| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, id);
    let mut plain = true;
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let before = list.len();
                walk(path, wanted, &mut |step| match step {
                    Step::File(file, id) => match id.or_else(|| FileId::of(file)) {
                        Some(id) => {
                            ids.push(hash(&id));
                            list.push(file);
                        }
                        None => plain = false,
                    },
                    Step::Link(..)
                    | Step::Unreadable(..)
                    | Step::Unlistable(..)
                    | Step::Special(..)
                    | Step::NotRead(..) => plain = false,
                });
                // A folder with nothing to read is said so by the caller's
                // other way.
                if list.len() == before {
                    plain = false;
                }
            }
            Ok(meta) => match FileId::from_metadata(path, &meta) {
                Some(id) => {
                    ids.push(hash(&id));
                    list.push(path);
                }
                None => plain = false,
            },
            Err(_) => plain = false,
        }
        if !plain {
            return None;
        }
    }
    ids.sort_unstable();
    if ids.windows(2).any(|pair| pair.first() == pair.last()) {
        return None;
    }
    list.shrink_to_fit();
    Some(list)
}

/// What tells one file from another however it is reached: on unix its
/// device and inode, so that a file named twice, through a symbolic link, as
/// `sub/../b.csv`, by its absolute path or through a hard link (`b.csv` and
/// `hard.csv`, two names of one file) is one file; elsewhere its canonical
/// path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileId {
    #[cfg(unix)]
    device: u64,
    #[cfg(unix)]
    inode: u64,
    #[cfg(not(unix))]
    canonical: PathBuf,
}

impl FileId {
    /// The identity of the file at `path` (links followed), or `None` when
    /// it cannot be had (the file is gone, or cannot be looked at).
    pub fn of(path: &Path) -> Option<FileId> {
        let meta = fs::metadata(path).ok()?;
        FileId::from_metadata(path, &meta)
    }

    #[cfg(unix)]
    fn from_metadata(_path: &Path, meta: &fs::Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId {
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    #[cfg(not(unix))]
    fn from_metadata(path: &Path, _meta: &fs::Metadata) -> Option<FileId> {
        Some(FileId {
            canonical: fs::canonicalize(path).ok()?,
        })
    }
}

/// One step of a walk.
enum Step<'a> {
    /// A file, with its identity when the listing gave it (on unix, the
    /// folder's device and the entry's inode, without looking at the file).
    File(&'a Path, Option<FileId>),
    /// A symbolic link to a file.
    Link(&'a Path),
    Unreadable(&'a Path, io::Error),
    Unlistable(&'a Path, io::Error),
    Special(&'a Path, Special),
    /// A file not read, to be said so.
    NotRead(&'a Path),
}

/// Calls `found` with the files under `dir` that `wanted` accepts, in the
/// order of their sorted paths (each folder's entries sorted by name, a
/// subfolder's files where its name falls), and with every folder that
/// cannot be listed and every special file where it stands.
fn walk(dir: &Path, wanted: Wanted, found: &mut dyn FnMut(Step<'_>)) {
    let listing = match fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(error) => return found(Step::Unlistable(dir, error)),
    };
    let mut entries = Vec::new();
    for entry in listing {
        // A listing that fails part way is reported; what it gave is kept.
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                found(Step::Unlistable(dir, error));
                break;
            }
        };
        #[cfg(unix)]
        let inode = std::os::unix::fs::DirEntryExt::ino(&entry);
        #[cfg(not(unix))]
        let inode = 0u64;
        entries.push((entry.file_name(), entry.file_type(), inode));
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // The files of a folder are on its device (a folder mounted on is a
    // folder of its own, walked with its device).
    #[cfg(unix)]
    let device = fs::metadata(dir)
        .ok()
        .map(|meta| std::os::unix::fs::MetadataExt::dev(&meta));
    let mut path = dir.to_path_buf();
    for (name, file_type, inode) in entries {
        if is_leftover(&name) {
            continue;
        }
        path.push(&name);
        match file_type {
            Ok(kind) if kind.is_dir() => walk(&path, wanted, found),
            Ok(kind) if kind.is_file() => {
                if !(wanted.read)(&path) {
                    if (wanted.told)(&path) {
                        found(Step::NotRead(&path));
                    }
                } else {
                    #[cfg(unix)]
                    let id = device.map(|device| FileId { device, inode });
                    #[cfg(not(unix))]
                    let id = {
                        let _ = inode;
                        None
                    };
                    found(Step::File(&path, id));
                }
            }
            // Symbolic links to folders are not followed (they could loop);
            // one to a file is read as the file, one that leads nowhere is
            // reported if its name is a wanted file's.
            Ok(kind) if kind.is_symlink() => match fs::metadata(&path) {
                Ok(target) if target.is_dir() => {}
                Ok(target) if target.is_file() => {
                    if (wanted.read)(&path) {
                        found(Step::Link(&path));
                    }
                }
                Ok(target) => found(Step::Special(&path, Special::of(target.file_type()))),
                Err(error) => {
                    if (wanted.read)(&path) {
                        found(Step::Unreadable(&path, error));
                    }
                }
            },
            Ok(kind) => found(Step::Special(&path, Special::of(kind))),
            Err(error) => found(Step::Unreadable(&path, error)),
        }
        path.pop();
    }
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

/// [`decode`] for a plan read no further than `limit`: one larger is an
/// empty source with E0105 giving its size, so that refusing a 50 GB plan
/// does not first read it (see [`crate::source::read_file`]).
pub fn decode_plan(name: &str, read: Bounded, limit: usize) -> (SourceFile, Option<Diagnostic>) {
    match read {
        Bounded::All(bytes) => decode(name, bytes),
        Bounded::TooLarge(bytes) => {
            let source = SourceFile::new(name, "");
            let problem = SyntaxProblem::FileTooLarge { bytes, limit };
            let diagnostic = Diagnostic::of(problem, source.point(0));
            (source, Some(diagnostic))
        }
    }
}

/// Turns a file's bytes into a source text. Text that is not UTF-8, or holds a
/// NUL byte, is reported (E0107) rather than read as garbage; the returned
/// source then shows what could be decoded, for locating the problem. The
/// source is a file on its own; [`crate::diagnostic::Diagnostics::add_file`]
/// puts it, with the diagnostic, into a map.
pub fn decode(name: &str, bytes: Vec<u8>) -> (SourceFile, Option<Diagnostic>) {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let source = SourceFile::new(name, "");
        let diagnostic = Diagnostic::of(SyntaxProblem::NotUtf8(NotUtf8::Utf16), source.point(0));
        return (source, Some(diagnostic));
    }
    // A byte-order mark at the start is not text: editors neither show nor
    // count it, so columns on the first line would be one off with it.
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            let nul = text.find('\0');
            let source = SourceFile::new(name, text);
            let diagnostic = nul.map(|at| {
                Diagnostic::of(
                    SyntaxProblem::NotUtf8(NotUtf8::NulByte),
                    source.span(at, at + 1),
                )
            });
            (source, diagnostic)
        }
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let byte = error.as_bytes().get(at).copied().unwrap_or(0);
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let source = SourceFile::new(name, text);
            let diagnostic = Diagnostic::of(
                SyntaxProblem::NotUtf8(NotUtf8::Byte(byte)),
                source.span(at, at + 1),
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
            .map(|found| match found {
                Found::File(path) => path,
                other => panic!("{other:?}"),
            })
            .collect();
        let mut sorted = plain.clone();
        sorted.sort();
        assert_eq!(plain, sorted);
        assert_eq!(plain.len(), 6);
        let compact: Vec<PathBuf> = file_list(&roots, Wanted::only(wanted))
            .unwrap()
            .iter()
            .collect();
        assert_eq!(compact, plain);
        let list = file_list(&roots, Wanted::only(wanted)).unwrap();
        assert_eq!(list.range(2, 4).collect::<Vec<_>>(), plain[2..4]);
        assert_eq!(list.range(5, 99).count(), 1);
    }

    /// What a walk gives, as `kind:name` relative to `root`.
    fn walked(root: &Path, wanted: fn(&Path) -> bool) -> Vec<String> {
        files_matching(&[root.to_path_buf()], wanted)
            .iter()
            .map(|found| {
                let kind = match found {
                    Found::File(_) => "file".to_string(),
                    Found::Unreadable(..) => "unreadable".to_string(),
                    Found::Unlistable(..) => "unlistable".to_string(),
                    Found::Special(_, kind) => format!("{kind:?}"),
                    Found::NotRead(_) => "not_read".to_string(),
                    Found::Empty(_) => "empty".to_string(),
                };
                let name = found.path().strip_prefix(root).unwrap().display();
                format!("{kind}:{name}")
            })
            .collect()
    }

    /// A folder that cannot be listed is reported by its own name where it
    /// stands, and the files beside it and after it are still found.
    #[cfg(unix)]
    #[test]
    fn an_unreadable_folder_is_reported_and_the_walk_goes_on() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in ["a.csv", "b/x.csv", "c.csv"] {
            let path = root.join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "metric,value\n").unwrap();
        }
        let locked = root.join("b");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        let wanted: fn(&Path) -> bool = |p| p.extension().is_some_and(|e| e == "csv");
        let listed = walked(root, wanted);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        if fs::read_dir(&locked).is_ok() && listed.contains(&"file:b/x.csv".to_string()) {
            // Running as root, permissions do not stop a listing; the
            // folder that cannot be listed is then one whose path is too
            // long for the system.
            return unreadable_by_length(root, wanted);
        }
        assert_eq!(listed, ["file:a.csv", "unlistable:b", "file:c.csv"]);
        assert!(file_list(&[root.to_path_buf()], Wanted::only(wanted)).is_none());
    }

    /// A folder whose path is longer than the system takes (4096 bytes on
    /// Linux) cannot be listed, whoever asks.
    #[cfg(unix)]
    fn unreadable_by_length(root: &Path, wanted: fn(&Path) -> bool) {
        // Made from the inside out, each folder moved into a new one, so
        // that no call is given the whole long path.
        let names = ["d".repeat(250), "e".repeat(250)];
        let mut top = root.join(&names[0]);
        fs::create_dir(&top).unwrap();
        fs::write(top.join("deep.csv"), "metric,value\n").unwrap();
        for level in 1..20 {
            let outer = root.join(&names[level % 2]);
            fs::create_dir(&outer).unwrap();
            fs::rename(&top, outer.join(&names[(level + 1) % 2])).unwrap();
            top = outer;
        }
        let listed = walked(root, wanted);
        let unreadable: Vec<&String> = listed
            .iter()
            .filter(|l| l.starts_with("unlistable:"))
            .collect();
        assert_eq!(unreadable.len(), 1, "{listed:?}");
        assert!(unreadable[0].ends_with(&names[0]) || unreadable[0].ends_with(&names[1]));
        assert!(listed.contains(&"file:a.csv".to_string()), "{listed:?}");
        assert!(listed.contains(&"file:c.csv".to_string()), "{listed:?}");
    }

    /// FIFOs and sockets inside a folder are reported, never opened (a FIFO
    /// would wait for a writer forever); a symbolic link to a file is read,
    /// one that leads nowhere is reported if its name is a wanted file's.
    #[cfg(unix)]
    #[test]
    fn special_files_and_broken_links_are_reported_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join("a.csv"), "metric,value\n").unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(root.join("b.csv"))
            .status()
            .unwrap();
        assert!(fifo.success());
        let _socket = std::os::unix::net::UnixListener::bind(root.join("c.sock")).unwrap();
        std::os::unix::fs::symlink(root.join("a.csv"), root.join("d.csv")).unwrap();
        std::os::unix::fs::symlink(root.join("nowhere.csv"), root.join("e.csv")).unwrap();
        std::os::unix::fs::symlink(root.join("nowhere"), root.join("f")).unwrap();
        std::os::unix::fs::symlink("/dev/null", root.join("g.csv")).unwrap();
        let wanted: fn(&Path) -> bool = |p| p.extension().is_some_and(|e| e == "csv");
        assert_eq!(
            walked(root, wanted),
            [
                "file:a.csv",
                "Fifo:b.csv",
                "Socket:c.sock",
                "file:d.csv",
                "unreadable:e.csv",
                "Device:g.csv"
            ]
        );
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
        let listed: Vec<PathBuf> = file_list(&[dir.path().to_path_buf()], Wanted::only(wanted))
            .unwrap()
            .iter()
            .collect();
        assert_eq!(listed, [dir.path().join(name)]);
    }
}
