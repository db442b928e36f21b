//! The inputs of a batch, every one accounted for: each path found becomes a
//! file read, a file that says why it could not be read (a unit listed as
//! such), or a special file skipped with a warning; units named by their
//! files get names that differ.

use std::collections::HashMap;
use std::path::Path;

use super::problem::InputProblem;
use super::{read_owned, MeasureFile, ReadOptions};
use crate::files::{FileId, Found};
use crate::source::Bounded;

/// The unit a file names when it does not name one inside: its name
/// without the extension, composed (NFC) as names read inside files are
/// (a Mac writes file names decomposed).
pub fn stem(path: &Path) -> String {
    let stem = path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    match super::value::nfc(&stem) {
        std::borrow::Cow::Borrowed(_) => stem,
        std::borrow::Cow::Owned(composed) => composed,
    }
}

/// What `check` says of a folder given with no plan file in it (E0742),
/// as it says what it found in place of a plan the way an input does.
pub fn folder_without_plans(name: &str) -> MeasureFile {
    let mut file = MeasureFile::empty(name, name.to_string());
    file.report_file(InputProblem::NoPlanFiles);
    file
}

/// Reads everything found, in order. `shown` gives the name a path is shown
/// by (in diagnostics and as a unit's name); `done` is called after each.
pub fn read_found(
    found: Vec<Found>,
    options: &ReadOptions,
    shown: &dyn Fn(&Path) -> String,
    done: &mut dyn FnMut(),
) -> Vec<MeasureFile> {
    let names: Vec<String> = found.iter().map(|f| shown(f.path())).collect();
    let again = given_before(&found);
    let units = unit_names(&found, &names, &again);
    let mut files = Vec::with_capacity(found.len());
    for (((entry, name), unit), first) in found.into_iter().zip(&names).zip(units).zip(&again) {
        let name = name.clone();
        let renamed = unit.as_ref().is_some_and(|u| *u == name);
        let unit = unit.unwrap_or_else(|| stem(Path::new(&name)));
        let mut file = match entry {
            Found::File(_) if first.is_some() => {
                let first = first.and_then(|f| names.get(f)).map_or("", String::as_str);
                read_once(&name, unit, first)
            }
            Found::File(path) => read_file(&path, &name, unit, options),
            Found::Unreadable(path, error) => match broken_link(&path, &error) {
                Some(target) => link_to_nowhere(&name, unit, target),
                None => unopened(&name, unit, &error, false),
            },
            // A folder's files are unknown: it is listed by its path.
            Found::Unlistable(_, error) => unopened(&name, name.clone(), &error, true),
            Found::Special(_, kind) => {
                let mut file = MeasureFile::empty(&name, unit);
                file.report_file(InputProblem::NotAFile { kind });
                file
            }
            Found::NotRead(path) => {
                let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
                let mut file = MeasureFile::empty(&name, unit);
                file.report_file(InputProblem::NotRead { extension });
                file
            }
            // A folder with nothing to read is listed by its path, as one
            // that cannot be listed is.
            Found::Empty(_) => {
                let mut file = MeasureFile::empty(&name, name.clone());
                file.report_file(InputProblem::NoMeasurementFiles);
                file
            }
        };
        if renamed {
            note_renamed(&mut file);
        }
        files.push(file);
        done();
    }
    files
}

/// For each file found, the one before it that is the same file (by their
/// identities: `b.csv` and `./b.csv`, a file and a link to it, two hard
/// links to one file), if any.
fn given_before(found: &[Found]) -> Vec<Option<usize>> {
    let mut seen: HashMap<FileId, usize> = HashMap::new();
    found
        .iter()
        .enumerate()
        .map(|(index, f)| {
            let Found::File(path) = f else { return None };
            let id = FileId::of(path)?;
            match seen.entry(id) {
                std::collections::hash_map::Entry::Occupied(first) => Some(*first.get()),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(index);
                    None
                }
            }
        })
        .collect()
}

/// A file given again (as `first` before): not read a second time, and
/// skipped with a warning, naming no unit.
fn read_once(name: &str, unit: String, first: &str) -> MeasureFile {
    let mut file = MeasureFile::empty(name, unit);
    let first = first.to_string();
    file.report_file(InputProblem::SameFileTwice { first });
    file
}

/// The unit of each file that would share its name with another file's:
/// its path as shown. `None` where the stem is the file's own, and for a
/// file given again (`again`), which is not read twice.
fn unit_names(found: &[Found], names: &[String], again: &[Option<usize>]) -> Vec<Option<String>> {
    let names_unit = |(f, again): (&Found, &Option<usize>)| {
        again.is_none() && matches!(f, Found::File(..) | Found::Unreadable(..))
    };
    let mut by_stem: HashMap<String, Vec<&str>> = HashMap::new();
    for ((f, name), again) in found.iter().zip(names).zip(again) {
        if names_unit((f, again)) {
            let same = by_stem.entry(stem(Path::new(name))).or_default();
            if !same.contains(&name.as_str()) {
                same.push(name);
            }
        }
    }
    found
        .iter()
        .zip(names)
        .zip(again)
        .map(|((f, name), again)| {
            let shared = by_stem
                .get(&stem(Path::new(name)))
                .is_some_and(|same| same.len() > 1);
            (names_unit((f, again)) && shared).then(|| name.clone())
        })
        .collect()
}

/// Says why a file's unit is named by its path, if the file's unit is the
/// file's (the file did not name its unit inside).
fn note_renamed(file: &mut MeasureFile) {
    let file_named = file.readings.is_empty() || file.readings.iter().any(|r| r.unit.is_none());
    if !file_named || file.default_unit != file.source.name {
        return;
    }
    let unit = file.default_unit.clone();
    file.report_file(InputProblem::SameFileName { unit });
    crate::diagnostic::sort(&mut file.diagnostics);
}

/// Reads the file at `path` (shown as `name`), whose rows without a unit
/// belong to `unit`: its bytes up to the size limit, then their contents.
/// A file that cannot be opened becomes one that says so.
pub fn read_file(path: &Path, name: &str, unit: String, options: &ReadOptions) -> MeasureFile {
    let limit = options.limits.max_measure_bytes;
    match crate::source::read_file(path, limit) {
        Ok(Bounded::All(bytes)) => read_owned(Path::new(name), unit, bytes, options),
        Ok(Bounded::TooLarge(size)) => {
            let mut file = MeasureFile::empty(name, unit);
            file.report_file(InputProblem::TooLarge { size, limit });
            file
        }
        Err(error) => match broken_link(path, &error) {
            Some(target) => link_to_nowhere(name, unit, target),
            None => unopened(name, unit, &error, false),
        },
    }
}

/// A link that leads nowhere, as a file that says so.
fn link_to_nowhere(name: &str, unit: String, target: String) -> MeasureFile {
    let mut file = MeasureFile::empty(name, unit);
    file.report_file(InputProblem::BrokenLink { target });
    file
}

/// Where a link that leads nowhere points, when `path` is one: "No such
/// file" for a name `ls` shows would send a person looking for the wrong
/// thing.
fn broken_link(path: &Path, error: &std::io::Error) -> Option<String> {
    if error.kind() != std::io::ErrorKind::NotFound {
        return None;
    }
    let target = std::fs::read_link(path).ok()?;
    Some(target.display().to_string())
}

/// A file or folder that could not be opened or listed, as a file that says
/// so: its unit (named by it) is listed as unreadable.
pub fn unopened(name: &str, unit: String, error: &std::io::Error, folder: bool) -> MeasureFile {
    let mut file = MeasureFile::empty(name, unit);
    let error = error.to_string();
    let problem = if folder {
        InputProblem::CannotList { error }
    } else {
        InputProblem::CannotOpen { error }
    };
    file.report_file(problem);
    file
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::measure::InputStatus;

    fn status(file: &MeasureFile) -> Option<(InputStatus, Code)> {
        file.unusable_input()
            .map(|(s, problem)| (s, problem.code()))
    }

    /// Files that give nothing say why, and are told apart: could not be
    /// read, or read without data.
    #[test]
    fn files_without_readings_say_why() {
        let options = ReadOptions::default();
        let read =
            |name: &str, text: &str| super::super::read(Path::new(name), text.as_bytes(), &options);
        let no_data = |code| Some((InputStatus::NoData, code));
        let unreadable = |code| Some((InputStatus::Unreadable, code));
        let cases = [
            ("empty.csv", "", no_data(Code::MissingColumns)),
            ("header.csv", "metric,value\n", no_data(Code::NoData)),
            ("ragged.csv", "metric,value\nx\n", no_data(Code::NoData)),
            ("cols.csv", "a,b\n1,2\n", no_data(Code::MissingColumns)),
            ("obj.json", "{}", no_data(Code::NoData)),
            ("list.json", "[]", no_data(Code::NoData)),
            ("bad.json", "{", unreadable(Code::MeasureUnreadable)),
            ("x.doc", "x", unreadable(Code::MeasureUnreadable)),
            ("ok.csv", "metric,value\nx,1\n", None),
        ];
        for (name, text, expected) in cases {
            assert_eq!(status(&read(name, text)), expected, "{name}");
        }
        let latin = super::super::read(Path::new("w.csv"), b"metric,value\nx,\xe0\n", &options);
        assert_eq!(status(&latin), unreadable(Code::MeasureEncoding));
    }

    /// Units named by files whose names are the same get their paths as
    /// names; files named apart keep their stems.
    #[test]
    fn files_with_the_same_name_name_their_units_by_path() {
        let found = [
            Found::File("quan1/phuong-1.csv".into()),
            Found::File("quan2/phuong-1.csv".into()),
            Found::File("quan2/phuong-2.csv".into()),
            Found::Special("quan2/phuong-2.json".into(), crate::files::Special::Fifo),
        ];
        let names: Vec<String> = found
            .iter()
            .map(|f| f.path().display().to_string())
            .collect();
        assert_eq!(
            unit_names(&found, &names, &[None; 4]),
            [
                Some("quan1/phuong-1.csv".to_string()),
                Some("quan2/phuong-1.csv".to_string()),
                None,
                None
            ]
        );
    }
}
