//! `chitieu diff OLD NEW`

use std::path::{Path, PathBuf};

use chitieu::diagnostic::render;
use chitieu::diff::{self, render as diff_render};
use chitieu::load::{load_plan, LoadedPlan};

use super::{color::use_color, exit, ColorChoice};

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Json,
    Markdown,
}

#[derive(clap::Args)]
pub struct DiffArgs {
    /// The plan before the change.
    old: PathBuf,
    /// The plan after the change.
    new: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
}

/// 0 no change in meaning, 1 changes, 2 a plan could not be used.
pub fn run(args: &DiffArgs) -> u8 {
    let color = use_color(args.color);
    let (Some(old), Some(new)) = (usable(&args.old, color), usable(&args.new, color)) else {
        return exit::CANNOT_RUN;
    };
    let changes = diff::diff(&old.plan, &new.plan);
    let text = match args.format {
        DiffFormat::Text => diff_render::text(&changes, super::lang()),
        DiffFormat::Json => diff_render::json(&changes),
        DiffFormat::Markdown => diff_render::markdown(&changes, super::lang()),
    };
    print!("{text}");
    if changes.is_empty() {
        exit::OK
    } else {
        exit::PROBLEMS
    }
}

/// The loaded plan, or `None` after reporting why it cannot be compared.
pub fn usable(path: &Path, color: bool) -> Option<LoadedPlan> {
    let loaded = match load_plan(path) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!(
                "{}",
                super::say(&format!("error: cannot read `{}`: {error}", path.display()))
            );
            return None;
        }
    };
    if loaded.has_errors() {
        for (source, diagnostics) in &loaded.files {
            eprint!(
                "{}",
                render::render_in(source, diagnostics, color, super::lang())
            );
        }
        eprintln!(
            "{}",
            super::say(&format!(
                "error: `{}` has errors; run `chitieu check` on it",
                path.display()
            ))
        );
        return None;
    }
    Some(loaded)
}

/// Git's external diff driver: `PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
/// NEW-HEX NEW-MODE`. An added or deleted file comes as `/dev/null`. Git stops
/// if the driver fails, so this exits 0 and says what went wrong instead.
pub fn git(args: &[PathBuf]) -> u8 {
    let (Some(path), Some(old_file), Some(new_file)) = (args.first(), args.get(1), args.get(4))
    else {
        eprintln!(
            "{}",
            super::say(
                "error: git-diff takes the 7 arguments git passes to an external diff driver"
            )
        );
        return exit::CANNOT_RUN;
    };
    println!("chitieu diff a/{0} b/{0}", path.display());
    let load = |file: &Path| -> Option<chitieu::check::model::CheckedPlan> {
        if file == Path::new("/dev/null") {
            return Some(chitieu::check::model::CheckedPlan::default());
        }
        let bytes = std::fs::read(file).ok()?;
        let loaded = chitieu::load::load_plan_bytes(path, bytes).ok()?;
        (!loaded.has_errors()).then_some(loaded.plan)
    };
    match (load(old_file), load(new_file)) {
        (Some(old), Some(new)) => print!(
            "{}",
            diff_render::text(&diff::diff(&old, &new), super::lang())
        ),
        _ => println!(
            "(a version has errors or cannot be read; run `chitieu check {}`)",
            path.display()
        ),
    }
    exit::OK
}
