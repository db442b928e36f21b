//! `chitieu diff OLD NEW`

use std::path::{Path, PathBuf};

use chitieu::diff::{self, render as diff_render};
use chitieu::load::{load_plan, LoadedPlan};

use super::message::CliMessage;
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
    /// What to write: text (the default), json for machines, or markdown for
    /// pull requests.
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    /// Colour: auto (when writing to a terminal), always or never.
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
    out!("{text}");
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
            let (path, error) = (path.display().to_string(), error.to_string());
            errln!("{}", CliMessage::CannotRead { path, error }.say());
            return None;
        }
    };
    if loaded.has_errors() {
        err!("{}", loaded.diagnostics.render_in(color, super::lang()));
        let path = path.display().to_string();
        errln!("{}", CliMessage::PlanHasErrors { path }.say());
        return None;
    }
    Some(loaded)
}
