//! Reading a file no further than a limit. A plan (8 MiB) or a measurement
//! file (its own limit) larger than allowed is refused, and refusing it must
//! not cost its size first: a 50 GB plan read whole ran out of memory before
//! its size was checked.

use std::io::{self, Read};
use std::path::Path;

/// A file's bytes, or how many it has when that is more than allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bounded {
    All(Vec<u8>),
    /// More than the limit: the file's size, or the limit and one for a
    /// stream, whose size is not known before it is read.
    TooLarge(usize),
}

impl Bounded {
    /// `bytes` as read, or their count when past `limit`.
    pub fn of(bytes: Vec<u8>, limit: usize) -> Bounded {
        if bytes.len() > limit {
            Bounded::TooLarge(bytes.len())
        } else {
            Bounded::All(bytes)
        }
    }
}

/// The bytes of the file at `path`, never more than `limit` and one: a file
/// known to be larger is not read at all (its size comes from its metadata),
/// and a stream (a FIFO named on the command line) stops being read past the
/// limit.
pub fn read_file(path: &Path, limit: usize) -> io::Result<Bounded> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
    if meta.is_file() && size > limit {
        return Ok(Bounded::TooLarge(size));
    }
    let capacity = if meta.is_file() { size } else { 0 };
    read_stream(file, limit, capacity)
}

/// The bytes `reader` gives, never more than `limit` and one.
pub fn read_stream(reader: impl Read, limit: usize, capacity: usize) -> io::Result<Bounded> {
    let mut bytes = Vec::with_capacity(capacity.min(limit));
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(cap).read_to_end(&mut bytes)?;
    Ok(Bounded::of(bytes, limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_past_the_limit_is_measured_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.plan");
        let file = std::fs::File::create(&path).unwrap();
        // Sparse: a terabyte that costs nothing on the disk, and would
        // cost a terabyte of memory if read.
        file.set_len(1 << 40).unwrap();
        assert_eq!(read_file(&path, 8).unwrap(), Bounded::TooLarge(1 << 40));
        std::fs::write(&path, b"12345678").unwrap();
        assert_eq!(
            read_file(&path, 8).unwrap(),
            Bounded::All(b"12345678".to_vec())
        );
    }

    #[test]
    fn a_stream_stops_one_past_the_limit() {
        let endless = std::io::repeat(b'x');
        assert_eq!(read_stream(endless, 8, 0).unwrap(), Bounded::TooLarge(9));
        let short: &[u8] = b"abc";
        assert_eq!(
            read_stream(short, 8, 0).unwrap(),
            Bounded::All(b"abc".to_vec())
        );
    }
}
