//! `chitieu check PATHS...`

use std::io::Write;

use chitieu::diagnostic::{json, Diagnostics};
use std::path::{Path, PathBuf};

use chitieu::diagnostic::repeats::SHOWN_PER_CODE;
use chitieu::files::{self, Found};
use chitieu::load::load_plan_showing;
use chitieu::measure::{self, MeasureFile};
use chitieu::units::Register;
use chitieu::{Code, Diagnostic};

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
    /// Show every diagnostic: past 20 of one code in a file, the rest are
    /// otherwise counted in one (W0745).
    #[arg(long)]
    all_diagnostics: bool,
    /// A units register (CSV: unit, parent, level, tags) to check, and to
    /// check the plans' `for` clauses against (see docs/units.md).
    #[arg(long, value_name = "FILE")]
    units: Option<PathBuf>,
}

pub fn run(args: &CheckArgs) -> u8 {
    // What cannot be shown is not kept while the plans are gathered, nor
    // while each is loaded.
    let shown = if args.all_diagnostics {
        usize::MAX
    } else {
        SHOWN_PER_CODE
    };
    let mut checked = Diagnostics::showing(shown);
    let mut measurements_given = false;
    let register = args.units.as_deref().map(|path| {
        let (register, diagnostics) = Register::read(path);
        checked.append(diagnostics);
        register
    });
    for found in files::plan_files(&args.paths) {
        let path = match not_checked(found) {
            Ok(path) => path,
            Err(why) => {
                checked.append(why);
                continue;
            }
        };
        match load_plan_showing(&path, shown) {
            // A measurement file given where a plan was meant is said once,
            // rather than as one unknown statement per row; one that reads
            // as a plan (a `.txt` plan) is checked as one.
            Ok(loaded) if measure::is_measurement_file(&path) && !reads_as_plan(&loaded) => {
                let path = path.display().to_string();
                errln!("{}", CliMessage::CheckedMeasurements { path }.say());
                measurements_given = true;
            }
            // A plan extended by several checked plans is shown once.
            Ok(loaded) => {
                let mut diagnostics = loaded.diagnostics;
                if let Some(register) = &register {
                    // Names of the `for` clauses no unit of the register has.
                    let found = chitieu::check::check_against_register(&loaded.plan, register);
                    found.into_iter().for_each(|d| diagnostics.push(d));
                    diagnostics.sort();
                }
                checked.merge(diagnostics);
            }
            Err(error) => {
                if let Err(why) = not_checked(Found::Unreadable(path, error)) {
                    checked.append(why);
                }
            }
        }
    }
    // File by file, in the order they were first read.
    checked.sort();
    match args.format {
        Format::Text => print_text(&checked, use_color(args.color)),
        Format::Json => print_json(&checked),
    }
    if measurements_given || checked.iter().any(cannot_open) {
        exit::CANNOT_RUN
    } else if checked.has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    }
}

/// Whether a loaded file reads as a plan: it is UTF-8 text and every
/// statement starts with a keyword of the plan language.
fn reads_as_plan(loaded: &chitieu::load::LoadedPlan) -> bool {
    !loaded
        .diagnostics
        .iter()
        .any(|d| matches!(d.code(), Code::UnknownStatement | Code::NotUtf8))
}

/// Whether a diagnostic says a path could not be opened or listed, or held
/// no plan.
fn cannot_open(d: &Diagnostic) -> bool {
    use chitieu::diagnostic::Problem::Measure;
    use chitieu::measure::problem::{InputProblem, MeasureProblem::Input};
    matches!(
        d.problem,
        Measure(Input(
            InputProblem::CannotOpen { .. }
                | InputProblem::CannotList { .. }
                | InputProblem::NoPlanFiles
        ))
    )
}

/// The plan file to check, or what was found instead as a diagnostic about
/// its path, so that every format reports it: a file that cannot be opened
/// or a folder that cannot be listed (E0731; the plans beside it are still
/// checked), a special file skipped (W0733). The diagnostics are those a
/// measurement input gets.
fn not_checked(found: Found) -> Result<PathBuf, Diagnostics> {
    let shown = |path: &Path| path.display().to_string();
    match found {
        Found::File(path) => return Ok(path),
        Found::Empty(path) => {
            let file = measure::inputs::folder_without_plans(&shown(&path));
            return Err(MeasureFile::diagnostics_of(vec![file]));
        }
        _ => {}
    }
    let read = measure::inputs::read_found(vec![found], &Default::default(), &shown, &mut || {});
    Err(MeasureFile::diagnostics_of(read))
}

fn print_text(checked: &Diagnostics, color: bool) {
    let mut err = std::io::stderr().lock();
    // Each diagnostic is written as it is rendered.
    let _ = checked.write_in(color, super::lang(), &mut err);
    let summary = checked.summary_in(super::lang());
    if !summary.is_empty() {
        let files = checked.files_with_diagnostics();
        let count = summary;
        let _ = writeln!(err, "{}", CliMessage::InFiles { count, files }.say());
    }
}

fn print_json(checked: &Diagnostics) {
    let mut diagnostics = Vec::new();
    let _: Result<(), ()> = checked.for_each_shown(|d| {
        diagnostics
            .push(serde_json::to_value(json::to_json(checked.sources(), d)).unwrap_or_default());
        Ok(())
    });
    let errors = checked.errors();
    let files = checked.sources().files();
    let report = serde_json::json!({
        "files": files.map(|s| s.name.as_str()).collect::<Vec<_>>(),
        "errors": errors,
        "warnings": checked.len() - errors,
        "diagnostics": diagnostics,
    });
    let json = serde_json::to_string_pretty(&report).unwrap_or_default();
    outln!("{}", chitieu::printable::json_escaped(&json));
}
