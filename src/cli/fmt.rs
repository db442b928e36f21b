//! `chitieu fmt [--check] FILES...` and `chitieu fmt -`

use std::path::{Path, PathBuf};

use chitieu::diagnostic::render;
use chitieu::{files, format, output, Limits};

use super::message::{self, CliMessage};
use super::{color::use_color, exit, ColorChoice};

#[derive(clap::Args)]
pub struct FmtArgs {
    /// Plan files or folders; `-` reads standard input and writes standard
    /// output.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Change nothing; list the files that would change and exit 1 if any.
    #[arg(long)]
    check: bool,
    /// Colour: auto (when writing to a terminal), always or never.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

pub fn run(args: &FmtArgs) -> u8 {
    let color = use_color(args.color);
    if args.paths.iter().any(|p| p == Path::new("-")) {
        return stdin(args, color);
    }
    let mut code = exit::OK;
    for found in files::plan_files(&args.paths) {
        let mut unreadable = false;
        let Some(path) = super::plan_file(found, &mut unreadable) else {
            if unreadable {
                code = exit::CANNOT_RUN;
            }
            continue;
        };
        let outcome = one_file(&path, args.check, color);
        code = code.max(outcome);
    }
    code
}

/// Formats one file: 0 unchanged or rewritten, 1 would change (`--check`),
/// 2 could not be formatted.
fn one_file(path: &Path, check: bool, color: bool) -> u8 {
    let name = path.display().to_string();
    // A FIFO or a device named on the command line is not a file to
    // rewrite: reading a FIFO waits for a writer, and writing the result
    // back would replace it (see `chitieu::output`).
    if let Some(kind) = special(path) {
        let path = name;
        errln!("{}", CliMessage::NotAFile { path, kind }.say());
        return exit::OK;
    }
    // Never more than the limit and one byte: a plan too large to format
    // is refused by its size, not read whole first.
    let limit = Limits::default().max_plan_bytes;
    let bytes = match chitieu::source::read_file(path, limit) {
        Ok(bytes) => bytes,
        Err(error) => {
            let (path, error) = (name, error.to_string());
            errln!("{}", CliMessage::CannotRead { path, error }.say());
            return exit::CANNOT_RUN;
        }
    };
    let (source, problem) = files::decode_plan(&name, bytes, limit);
    if let Some(problem) = problem {
        err!(
            "{}",
            render::render_in(&source, &[problem], color, super::lang())
        );
        return exit::CANNOT_RUN;
    }
    let formatted = match format::format_source(&source) {
        Ok(text) => text,
        Err(diagnostics) => {
            err!(
                "{}",
                render::render_in(&source, &diagnostics, color, super::lang())
            );
            let path = name;
            errln!("{}", CliMessage::SyntaxErrorsNotFormatted { path }.say());
            return exit::CANNOT_RUN;
        }
    };
    if formatted == source.text {
        return exit::OK;
    }
    if check {
        outln!("{}", message::shown(path));
        return exit::PROBLEMS;
    }
    match output::write_atomic(path, formatted.as_bytes()) {
        Ok(()) => exit::OK,
        Err(error) => {
            errln!("{}", message::cannot_write(path, error).say());
            exit::CANNOT_RUN
        }
    }
}

fn stdin(args: &FmtArgs, color: bool) -> u8 {
    let limit = Limits::default().max_plan_bytes;
    let bytes = match chitieu::source::read_stream(std::io::stdin(), limit, 0) {
        Ok(bytes) => bytes,
        Err(error) => {
            let error = error.to_string();
            errln!("{}", CliMessage::CannotReadStdin { error }.say());
            return exit::CANNOT_RUN;
        }
    };
    let (source, problem) = files::decode_plan("<stdin>", bytes, limit);
    if let Some(problem) = problem {
        err!(
            "{}",
            render::render_in(&source, &[problem], color, super::lang())
        );
        return exit::CANNOT_RUN;
    }
    match format::format_source(&source) {
        Ok(text) => {
            if args.check {
                return if text == source.text {
                    exit::OK
                } else {
                    exit::PROBLEMS
                };
            }
            super::output::write_stdout(text.as_bytes());
            exit::OK
        }
        Err(diagnostics) => {
            err!(
                "{}",
                render::render_in(&source, &diagnostics, color, super::lang())
            );
            exit::CANNOT_RUN
        }
    }
}

/// What `path` is (links followed) when it is neither a file nor a folder.
fn special(path: &Path) -> Option<files::Special> {
    let meta = std::fs::metadata(path).ok()?;
    let plain = meta.is_file() || meta.is_dir();
    (!plain).then(|| files::Special::of(meta.file_type()))
}
