//! `chitieu check PATHS...`

use std::io::Write;

use chitieu::diagnostic::{self, json, render};
use std::path::{Path, PathBuf};

use chitieu::files::{self, Found};
use chitieu::load::load_plan;
use chitieu::{measure, Diagnostic, SourceFile};

use super::message::CliMessage;
use super::{color::use_color, exit, ColorChoice, Format};

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Plan files (`.plan`) or folders to search for them.
    #[arg(required = true)]
    paths: Vec<std::path::PathBuf>,
    /// What to write: text for people (the default), or json, one document
    /// for editors and CI.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Colour: auto (when writing to a terminal), always or never.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

pub fn run(args: &CheckArgs) -> u8 {
    let mut checked: Vec<(SourceFile, Vec<Diagnostic>)> = Vec::new();
    for found in files::plan_files(&args.paths) {
        let path = match not_checked(found) {
            Ok(path) => path,
            Err(why) => {
                checked.push(why);
                continue;
            }
        };
        match load_plan(&path) {
            Ok(loaded) => {
                // A plan extended by several checked plans is shown once.
                for (source, diagnostics) in loaded.files {
                    if !checked.iter().any(|(s, _)| s.name == source.name) {
                        checked.push((source, diagnostics));
                    }
                }
            }
            Err(error) => checked.extend(not_checked(Found::Unreadable(path, error)).err()),
        }
    }
    let all: Vec<Diagnostic> = checked
        .iter()
        .flat_map(|(_, d)| d.iter().cloned())
        .collect();
    match args.format {
        Format::Text => print_text(&checked, &all, use_color(args.color)),
        Format::Json => print_json(&checked, &all),
    }
    if all.iter().any(cannot_open) {
        exit::CANNOT_RUN
    } else if diagnostic::has_errors(&all) {
        exit::PROBLEMS
    } else {
        exit::OK
    }
}

/// Whether a diagnostic says a path could not be opened or listed.
fn cannot_open(d: &Diagnostic) -> bool {
    use chitieu::diagnostic::Problem::Measure;
    use chitieu::measure::problem::{InputProblem, MeasureProblem::Input};
    matches!(
        d.problem,
        Measure(Input(
            InputProblem::CannotOpen { .. } | InputProblem::CannotList { .. }
        ))
    )
}

/// The plan file to check, or what was found instead as a diagnostic about
/// its path, so that every format reports it: a file that cannot be opened
/// or a folder that cannot be listed (E0731; the plans beside it are still
/// checked), a special file skipped (W0733). The diagnostics are those a
/// measurement input gets.
fn not_checked(found: Found) -> Result<PathBuf, (SourceFile, Vec<Diagnostic>)> {
    if let Found::File(path) = found {
        return Ok(path);
    }
    let shown = |path: &Path| path.display().to_string();
    let name = shown(found.path());
    let read = measure::inputs::read_found(vec![found], &Default::default(), &shown, &mut || {});
    Err(read.into_iter().next().map_or_else(
        || (SourceFile::new(name, ""), Vec::new()),
        |file| (file.source, file.diagnostics),
    ))
}

fn print_text(checked: &[(SourceFile, Vec<Diagnostic>)], all: &[Diagnostic], color: bool) {
    let mut err = std::io::stderr().lock();
    for (source, diagnostics) in checked {
        let _ =
            err.write_all(render::render_in(source, diagnostics, color, super::lang()).as_bytes());
    }
    let summary = render::summary_in(all, super::lang());
    if !summary.is_empty() {
        let files = checked.iter().filter(|(_, d)| !d.is_empty()).count();
        let count = summary;
        let _ = writeln!(err, "{}", CliMessage::InFiles { count, files }.say());
    }
}

fn print_json(checked: &[(SourceFile, Vec<Diagnostic>)], all: &[Diagnostic]) {
    let diagnostics: Vec<_> = checked
        .iter()
        .flat_map(|(source, diagnostics)| diagnostics.iter().map(move |d| json::to_json(source, d)))
        .collect();
    let errors = all
        .iter()
        .filter(|d| d.severity() == chitieu::Severity::Error)
        .count();
    let report = serde_json::json!({
        "files": checked.iter().map(|(s, _)| s.name.as_str()).collect::<Vec<_>>(),
        "errors": errors,
        "warnings": all.len() - errors,
        "diagnostics": diagnostics,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
}
