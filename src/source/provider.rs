//! Where plans are read from: the disk, or an editor's unsaved buffers over
//! it. The loader (`crate::load`) reads a plan and every plan it `extends`
//! through a provider, and keeps its confinement rules whatever the provider.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::Bounded;
use crate::files::Special;

/// A file system as the loader sees it.
pub trait SourceProvider {
    /// The bytes of the file at `path` (as [`Self::canonicalize`] gave it),
    /// or its size when that is more than `limit`: a plan too large to
    /// check is never read whole.
    fn read(&self, path: &Path, limit: usize) -> io::Result<Bounded>;

    /// The absolute path with every link resolved, or an error when nothing
    /// is there.
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;

    /// What kind of special file (FIFO, socket, device) is at `path`, or
    /// `None` for a regular file, a folder or nothing. A plan named by
    /// `extends` is never read from one: reading a FIFO waits for a writer
    /// that may never come, and a device may never end.
    fn special(&self, path: &Path) -> Option<Special>;
}

/// The disk.
#[derive(Debug, Clone, Copy, Default)]
pub struct Disk;

impl SourceProvider for Disk {
    fn read(&self, path: &Path, limit: usize) -> io::Result<Bounded> {
        super::read_file(path, limit)
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        path.canonicalize()
    }

    fn special(&self, path: &Path) -> Option<Special> {
        let kind = std::fs::metadata(path).ok()?.file_type();
        (!kind.is_file() && !kind.is_dir()).then(|| Special::of(kind))
    }
}

/// Texts that are not (or not yet) on the disk, read before it: an editor's
/// unsaved buffers, or an old version of a plan that git hands over. A
/// buffer stands at a path in a folder of the provider below, which need
/// not hold the file.
#[derive(Debug, Clone, Default)]
pub struct Overlay<P = Disk> {
    /// By the path of the buffer, its folder resolved below.
    buffers: BTreeMap<PathBuf, Vec<u8>>,
    below: P,
}

impl Overlay<Disk> {
    /// Buffers over the disk.
    pub fn over_disk() -> Self {
        Overlay::over(Disk)
    }
}

impl<P: SourceProvider> Overlay<P> {
    pub fn over(below: P) -> Self {
        Overlay {
            buffers: BTreeMap::new(),
            below,
        }
    }

    /// Puts a buffer at `path`, in place of any file there. Its folder must
    /// exist below (a plan's `extends` is confined to its folder, which is
    /// resolved on the disk); an error says when it does not.
    pub fn insert(&mut self, path: &Path, bytes: impl Into<Vec<u8>>) -> io::Result<()> {
        let key = self.key(path).ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "a buffer needs a file name")
        })??;
        self.buffers.insert(key, bytes.into());
        Ok(())
    }

    /// The path a buffer at `path` is kept under: its folder resolved below,
    /// then its name. `None` for a path without a file name (`..`, `/`).
    fn key(&self, path: &Path) -> Option<io::Result<PathBuf>> {
        let name = path.file_name()?;
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        Some(self.below.canonicalize(folder).map(|f| f.join(name)))
    }

    /// The buffer at `path`, if there is one.
    fn buffer(&self, path: &Path) -> Option<(PathBuf, &[u8])> {
        let key = self.key(path)?.ok()?;
        let bytes = self.buffers.get(&key)?;
        Some((key, bytes))
    }
}

impl<P: SourceProvider> SourceProvider for Overlay<P> {
    fn read(&self, path: &Path, limit: usize) -> io::Result<Bounded> {
        match self.buffer(path) {
            Some((_, bytes)) if bytes.len() > limit => Ok(Bounded::TooLarge(bytes.len())),
            Some((_, bytes)) => Ok(Bounded::All(bytes.to_vec())),
            None => self.below.read(path, limit),
        }
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        match self.buffer(path) {
            Some((key, _)) => Ok(key),
            None => self.below.canonicalize(path),
        }
    }

    fn special(&self, path: &Path) -> Option<Special> {
        match self.buffer(path) {
            Some(_) => None,
            None => self.below.special(path),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn buffers_come_before_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let on_disk = dir.path().join("a.plan");
        std::fs::write(&on_disk, "disk").unwrap();
        let mut overlay = Overlay::over_disk();
        let only_here = dir.path().join("b.plan");
        overlay.insert(&only_here, "buffer b").unwrap();
        assert_eq!(overlay.read(&on_disk, 9).unwrap(), all(b"disk"));
        let b = overlay.canonicalize(&only_here).unwrap();
        assert_eq!(overlay.read(&b, 9).unwrap(), all(b"buffer b"));
        assert_eq!(overlay.read(&b, 7).unwrap(), Bounded::TooLarge(8));
        overlay.insert(&on_disk, "buffer a").unwrap();
        let a = overlay.canonicalize(&on_disk).unwrap();
        assert_eq!(overlay.read(&a, 9).unwrap(), all(b"buffer a"));
        // Nothing at all: the disk's error.
        assert!(overlay.canonicalize(&dir.path().join("c.plan")).is_err());
        // A buffer in a folder that does not exist cannot be placed.
        assert!(overlay
            .insert(&dir.path().join("nowhere/d.plan"), "d")
            .is_err());
    }

    fn all(bytes: &[u8]) -> Bounded {
        Bounded::All(bytes.to_vec())
    }
}
