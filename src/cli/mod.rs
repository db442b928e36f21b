//! Command-line arguments and the commands they run.

// First: its macros (`out!`, `outln!`, `err!`, `errln!`) serve the modules
// below.
#[macro_use]
pub mod output;

mod check;
mod clap_vi;
mod color;
mod diff;
mod eval;
mod explain;
mod fmt;
mod git;
mod help;
mod help_vi;
mod message;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use message::CliMessage;

/// Exit codes shared by every command.
pub mod exit {
    /// Everything passed (warnings allowed).
    pub const OK: u8 = 0;
    /// The plan or the measurements have errors, or targets were not met.
    pub const PROBLEMS: u8 = 1;
    /// The command could not run: bad arguments, an unreadable file.
    pub const CANNOT_RUN: u8 = 2;
}

#[derive(Parser)]
#[command(
    name = "chitieu",
    version,
    about = "Plan targets (chỉ tiêu) as text: check plans, evaluate measurements"
)]
struct Cli {
    /// The language chitieu speaks: vi or en (default: from the locale, LANG
    /// and the like, else English). Machine formats stay English.
    #[arg(long, value_enum, global = true)]
    lang: Option<LangChoice>,
    #[command(subcommand)]
    command: Command,
}

/// The language of this run, set once from `--lang` or the locale.
static LANG: std::sync::OnceLock<chitieu::i18n::Lang> = std::sync::OnceLock::new();

/// The language of this run (English until it is set).
pub fn lang() -> chitieu::i18n::Lang {
    LANG.get().copied().unwrap_or_default()
}

/// The file to read among the plan files found, or `None` after saying why
/// a path is not one: a path that could not be read (`unreadable` is then
/// set) or a special file skipped with a warning.
fn plan_file(found: chitieu::files::Found, unreadable: &mut bool) -> Option<std::path::PathBuf> {
    use chitieu::files::Found;
    match found {
        Found::File(path) => Some(path),
        Found::Unreadable(path, error) | Found::Unlistable(path, error) => {
            let path = path.display().to_string();
            let error = error.to_string();
            errln!("{}", CliMessage::CannotRead { path, error }.say());
            *unreadable = true;
            None
        }
        Found::Special(path, kind) => {
            let path = path.display().to_string();
            errln!("{}", CliMessage::NotAFile { path, kind }.say());
            None
        }
        Found::Empty(path) => {
            let path = path.display().to_string();
            errln!("{}", CliMessage::NoPlanFiles { path }.say());
            *unreadable = true;
            None
        }
        // A walk for plans passes other files over without a word.
        Found::NotRead(_) => None,
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check plan files and folders of them; report every problem found.
    Check(check::CheckArgs),
    /// Score measurement files against a plan, per unit and target.
    Eval(eval::EvalArgs),
    /// Rewrite plan files in the canonical layout (`-` reads standard input).
    Fmt(fmt::FmtArgs),
    /// Compare two plans by meaning: which targets got stricter, looser,
    /// added, removed, re-owned, re-scored.
    Diff(diff::DiffArgs),
    /// The semantic diff as git's external diff driver calls it (see docs/reviewing.md):
    /// PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH RENAME-INFO],
    /// or PATH alone for an unmerged file.
    #[command(hide = true)]
    GitDiff {
        #[arg(num_args = 1..=9, required = true)]
        args: Vec<std::path::PathBuf>,
    },
    /// A plan as git's textconv gives it to `git log -p` and `git show`: one
    /// line per statement (see docs/reviewing.md).
    #[command(hide = true)]
    GitTextconv { file: std::path::PathBuf },
    /// Explain a diagnostic code, with an example and its fix, or a word of the plan language.
    Explain {
        /// A code such as E0101 or W0201, or a word such as redistribute, round, else or grade.
        code: String,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// The language of what chitieu says to people.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LangChoice {
    /// Tiếng Việt
    Vi,
    /// English
    En,
}

/// `--lang`, or the environment's locale when it is not given.
fn resolve(choice: Option<LangChoice>) -> chitieu::i18n::Lang {
    match choice {
        Some(LangChoice::Vi) => chitieu::i18n::Lang::Vi,
        Some(LangChoice::En) => chitieu::i18n::Lang::En,
        None => chitieu::i18n::Lang::from_env(),
    }
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let asked = help::lang_from_args(&args);
    let command = help::localize(Cli::command(), asked);
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            // clap speaks English only: its common errors are said in
            // Vietnamese here (`clap_vi`), with the same exit code.
            match clap_vi::say(&error).filter(|_| asked == chitieu::i18n::Lang::Vi) {
                Some(said) => err!("{said}"),
                None => {
                    if let Err(error) = error.print() {
                        output::lost(&error);
                    }
                }
            }
            // `--help` and `--version` go to standard output: lost, they
            // are a failure like any report.
            output::finish();
            if output::failed() {
                return ExitCode::from(exit::CANNOT_RUN);
            }
            return ExitCode::from(if error.use_stderr() {
                exit::CANNOT_RUN
            } else {
                exit::OK
            });
        }
    };
    let _ = LANG.set(resolve(cli.lang));
    let code = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Fmt(args) => fmt::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::GitDiff { args } => git::diff_driver(&args),
        Command::GitTextconv { file } => git::textconv(&file),
        Command::Explain { code } => explain::run(&code),
    };
    output::finish();
    if output::failed() {
        return ExitCode::from(exit::CANNOT_RUN);
    }
    ExitCode::from(code)
}
