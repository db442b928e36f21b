//! chitieu in git: `git-diff`, the external diff driver that `git diff` (and
//! `git log -p --ext-diff`, `git show --ext-diff`) runs for `.plan` files, and
//! `git-textconv`, the text conversion that `git log -p` and `git show` use.
//! Git stops when either fails, so both exit 0 and say what went wrong
//! instead, and neither ever prints nothing for a change.

use std::path::{Path, PathBuf};

use chitieu::check::model::CheckedPlan;
use chitieu::diagnostic::Diagnostics;
use chitieu::diff::{self, render as diff_render};
use chitieu::limits::Limits;
use chitieu::source::Bounded;
use chitieu::{files, format, Severity};

use super::exit;
use super::message::{shown, CliMessage};

/// Git's external diff driver: `PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
/// NEW-HEX NEW-MODE`, and for a renamed file `NEW-PATH RENAME-INFO` after
/// them (`PATH` alone for an unmerged file). An added or deleted file comes
/// as `/dev/null`. When a version cannot
/// be compared by meaning, the reason is shown and then the text diff.
pub fn diff_driver(args: &[PathBuf]) -> u8 {
    // During a merge, git passes an unmerged path alone; it has no two
    // versions to compare.
    if let [path] = args {
        outln!("* Unmerged path {}", shown(path));
        return exit::OK;
    }
    let (Some(path), Some(old_file), Some(new_file)) = (args.first(), args.get(1), args.get(4))
    else {
        errln!("{}", CliMessage::GitDiffArguments.say());
        return exit::CANNOT_RUN;
    };
    // A renamed file's new path comes eighth.
    let new_path = args.get(7).unwrap_or(path);
    outln!("chitieu diff a/{} b/{}", shown(path), shown(new_path));
    let prefix = std::env::var_os("GIT_PREFIX").map(PathBuf::from);
    let place = |shown: &Path| in_work_tree(shown, (new_file, new_path), prefix.as_deref());
    let old = Version::read(old_file, path, &place(path), 'a');
    let new = Version::read(new_file, new_path, &place(new_path), 'b');
    match (&old.plan, &new.plan) {
        (Ok(before), Ok(after)) => out!(
            "{}",
            diff_render::text(&diff::diff(before, after), super::lang())
        ),
        _ => {
            for version in [&old, &new] {
                if let Err(why) = &version.plan {
                    out!("{why}");
                }
            }
            let text = diff::text::unified(&old.name, &old.text, &new.name, &new.text);
            if text.is_empty() {
                outln!("{}", CliMessage::TextDidNotChange.say());
            } else {
                out!("{text}");
            }
        }
    }
    exit::OK
}

/// Where a path that git shows lies from the top of the work tree, where git
/// runs the driver (and so where a plan's `extends` is read from). In a
/// subfolder, `git diff --relative` (or `diff.relative`) shows paths from that
/// folder, which git names in `GIT_PREFIX`; without it, paths are shown from
/// the top and `GIT_PREFIX` is set all the same. The new version, when git
/// hands over the work tree's own file (a relative path, not a temporary
/// copy), tells which; otherwise the path is taken from the top where it, or
/// else its folder, is there, and from the subfolder when only there.
fn in_work_tree(
    shown: &Path,
    (new_file, new_shown): (&Path, &Path),
    prefix: Option<&Path>,
) -> PathBuf {
    let Some(prefix) = prefix.filter(|p| !p.as_os_str().is_empty()) else {
        return shown.to_path_buf();
    };
    let from_prefix = prefix.join(shown);
    if new_file.is_relative() {
        if new_file == prefix.join(new_shown) {
            return from_prefix;
        }
        if new_file == new_shown {
            return shown.to_path_buf();
        }
    }
    let folder_there = shown
        .parent()
        .is_none_or(|folder| folder.as_os_str().is_empty() || folder.is_dir());
    if shown.exists() || !from_prefix.exists() && folder_there {
        shown.to_path_buf()
    } else {
        from_prefix
    }
}

/// One side of a change: its text and its checked plan, or why it has none.
struct Version {
    /// `a/PATH` or `b/PATH`, as git names the sides.
    name: String,
    text: String,
    plan: Result<CheckedPlan, String>,
}

impl Version {
    /// Reads the version git handed over in `file`, shown as `path`, as the
    /// plan at `at` in the work tree (whose `extends` is read from there).
    fn read(file: &Path, path: &Path, at: &Path, side: char) -> Version {
        let name = format!("{side}/{}", path.display());
        if file == Path::new("/dev/null") {
            return Version {
                name: "/dev/null".to_string(),
                text: String::new(),
                plan: Ok(CheckedPlan::default()),
            };
        }
        let limit = Limits::default().max_plan_bytes;
        let bytes = match chitieu::source::read_file(file, limit) {
            Ok(Bounded::All(bytes)) => bytes,
            Ok(too_large) => {
                // Refused by its size alone: never read whole.
                let mut diagnostics = Diagnostics::new();
                let (source, problem) = files::decode_plan(&name, too_large, limit);
                diagnostics.add_file(source, problem.into_iter().collect());
                let plan = Err(errors_of(&name, path, &diagnostics));
                let text = String::new();
                return Version { name, text, plan };
            }
            Err(error) => {
                let error = error.to_string();
                let why = CliMessage::VersionCannotBeRead {
                    name: name.clone(),
                    error,
                }
                .say();
                return Version {
                    name,
                    text: String::new(),
                    plan: Err(format!("{why}\n")),
                };
            }
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let plan = match chitieu::load::load_plan_bytes(at, bytes) {
            Ok(loaded) if !loaded.has_errors() => Ok(loaded.plan),
            Ok(loaded) => Err(errors_of(&name, path, &loaded.diagnostics)),
            Err(error) => {
                let error = error.to_string();
                let why = CliMessage::VersionCannotBeRead {
                    name: name.clone(),
                    error,
                };
                Err(format!("{}\n", why.say()))
            }
        };
        Version { name, text, plan }
    }
}

/// Why a version cannot be compared by meaning: a line saying so, then its
/// errors one a line (`file:line:column: [CODE] message`).
fn errors_of(name: &str, path: &Path, diagnostics: &Diagnostics) -> String {
    let mut out = CliMessage::VersionHasErrors {
        name: name.to_string(),
        path: path.display().to_string(),
    }
    .say();
    out.push('\n');
    for d in diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
    {
        let at = diagnostics.location(d);
        let message = d.message(super::lang());
        out.push_str(&format!("  {at}: [{}] {message}\n", d.code().id()));
    }
    // A file's name or a plan's word may hold an ESC: shown replaced.
    chitieu::printable::printable_lines(&out).into_owned()
}

/// Git's `textconv`: the plan in `file` as one line per statement (see
/// `chitieu::format::one_line_per_statement`). A file that is not UTF-8 text
/// is given back as it is, so git still shows a diff.
pub fn textconv(file: &Path) -> u8 {
    // A plan past the limit is shown as the line that says so (git still
    // shows a change of size), never read whole.
    let limit = Limits::default().max_plan_bytes;
    let bytes = match chitieu::source::read_file(file, limit) {
        Ok(Bounded::All(bytes)) => bytes,
        Ok(too_large) => {
            let name = file.display().to_string();
            let (_, problem) = files::decode_plan(&name, too_large, limit);
            let said = problem.map(|d| d.message(super::lang()));
            return print_for_git(format!("{}\n", said.unwrap_or_default()).as_bytes());
        }
        Err(error) => {
            let (path, error) = (file.display().to_string(), error.to_string());
            errln!("{}", CliMessage::CannotRead { path, error }.say());
            return exit::CANNOT_RUN;
        }
    };
    let name = file.display().to_string();
    let (source, problem) = files::decode(&name, bytes.clone());
    // Git shows the text on a terminal: a comment's ESC is shown replaced.
    let out = if problem.is_some() {
        bytes
    } else {
        let text = format::one_line_per_statement(&source);
        chitieu::printable::printable_lines(&text)
            .into_owned()
            .into_bytes()
    };
    print_for_git(&out)
}

/// Gives git the converted text.
fn print_for_git(out: &[u8]) -> u8 {
    use std::io::Write;
    match std::io::stdout().lock().write_all(out) {
        // Git closing the pipe has all it wants (see `output`).
        Ok(()) => exit::OK,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(error) => {
            super::output::lost(&error);
            exit::CANNOT_RUN
        }
    }
}
