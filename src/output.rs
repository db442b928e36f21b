//! Writing a result to a path (`eval --output`, `fmt`) so that readers never
//! see half of it and nothing but the result changes. What stands at the
//! path decides how:
//!
//! - a regular file is replaced atomically (a temporary file beside it,
//!   renamed over it) and keeps its mode (and, where allowed, its owner);
//! - nothing: a new file, made atomically the same way, with the mode the
//!   user's umask gives new files (the temporary file's own 0600 is never
//!   left on the result);
//! - a symbolic link: the file it points to is written as above, and the
//!   link stays a link;
//! - a FIFO or a character device (`/dev/stdout`, `/dev/null`, a terminal):
//!   written through, since it cannot be replaced without being destroyed;
//! - a folder, a socket or a block device (a disk): refused, never replaced.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a result could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The folder the file would be written in does not exist.
    NoFolder { folder: PathBuf },
    /// What stands at the path is not something a result is written to.
    Unwritable { kind: Unwritable },
    /// The system's reason (never naming the temporary file).
    Io(io::Error),
}

/// What a result is never written onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unwritable {
    Folder,
    Socket,
    /// A disk or a partition: writing through it would destroy what it holds.
    BlockDevice,
}

impl From<io::Error> for WriteError {
    fn from(error: io::Error) -> Self {
        WriteError::Io(error)
    }
}

/// Writes `contents` to `path` (see the module's description).
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), WriteError> {
    write_atomic_with(path, |out| out.write_all(contents))
}

/// [`write_atomic`] of what `write` writes, as it writes it: the result is
/// never held whole in memory.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let target = through_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_file() => replace(&target, Some(&meta), write),
        Ok(meta) => match kind_of(&meta) {
            Some(kind) => Err(WriteError::Unwritable { kind }),
            None => write_through(&target, write),
        },
        Err(error) if error.kind() == io::ErrorKind::NotFound => replace(&target, None, write),
        Err(error) => Err(error.into()),
    }
}

/// The path that `path` names once its symbolic links are followed, which
/// may not exist yet (a link to a file still to be made).
fn through_links(path: &Path) -> io::Result<PathBuf> {
    // As the system follows them: more links than this is a loop.
    const MOST_LINKS: usize = 40;
    let mut path = path.to_path_buf();
    for _ in 0..MOST_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(folder) if target.is_relative() => folder.join(target),
                    _ => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// What a file that is neither a regular file nor written through is, or
/// `None` for a FIFO or a character device, which are written through.
fn kind_of(meta: &std::fs::Metadata) -> Option<Unwritable> {
    if meta.is_dir() {
        return Some(Unwritable::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_socket() {
            return Some(Unwritable::Socket);
        }
        if kind.is_block_device() {
            return Some(Unwritable::BlockDevice);
        }
    }
    None
}

/// Writes into a FIFO or a device as it is.
fn write_through(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let file = std::fs::OpenOptions::new().write(true).open(target)?;
    let mut out = io::BufWriter::new(file);
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Writes a temporary file beside `target` and renames it over it; the
/// result gets the mode (and owner) of the file it replaces (`existing`),
/// or, for a new file, the mode the umask leaves of 0666.
fn replace(
    target: &Path,
    existing: Option<&std::fs::Metadata>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(WriteError::NoFolder {
            folder: folder.to_path_buf(),
        });
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".chitieu-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The kernel applies the umask to the mode a file is made with, as
        // it does for any new file: no need to read (and so set) the umask.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let file = builder.tempfile_in(folder).map_err(without_path)?;
    let mut buffered = io::BufWriter::new(file);
    write(&mut buffered)?;
    let file = buffered.into_inner().map_err(|e| e.into_error())?;
    if let Some(existing) = existing {
        keep_owner(file.as_file(), existing);
        file.as_file().set_permissions(existing.permissions())?;
    }
    file.as_file().sync_all()?;
    file.persist(target).map_err(|e| without_path(e.error))?;
    Ok(())
}

/// Gives the new file the owner and group of the one it replaces, where the
/// system allows it (as root, or a group of one's own); elsewhere the new
/// file is the writer's, as any file they write.
fn keep_owner(file: &std::fs::File, existing: &std::fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(file, Some(existing.uid()), Some(existing.gid()));
    }
    let _ = (file, existing);
}

/// The system's error without the temporary file's name, which tempfile
/// adds: the person asked for another file.
fn without_path(error: io::Error) -> WriteError {
    let os = error
        .get_ref()
        .and_then(|inner| inner.source())
        .and_then(|source| source.downcast_ref::<io::Error>())
        .and_then(io::Error::raw_os_error)
        .or_else(|| error.raw_os_error());
    WriteError::Io(match os {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::from(error.kind()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_followed_to_a_file_still_to_be_made() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.txt");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("sub/../target.txt", &link).unwrap();
            std::fs::create_dir(dir.path().join("sub")).unwrap();
            assert_eq!(
                through_links(&link).unwrap(),
                dir.path().join("sub/../target.txt")
            );
        }
    }

    #[test]
    fn a_loop_of_links_is_an_error() {
        #[cfg(unix)]
        {
            let dir = tempfile::tempdir().unwrap();
            let a = dir.path().join("a");
            std::os::unix::fs::symlink("b", &a).unwrap();
            std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
            assert!(through_links(&a).is_err());
        }
    }
}
