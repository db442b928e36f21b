//! Plans that build on another: every folder under `tests/fixtures/extends/`
//! is loaded from its `main.plan` (in `inner/` when that exists), and the
//! diagnostics of every file involved and the resulting targets snapshotted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use chitieu::diagnostic::render;
use chitieu::load::load_plan;
use chitieu::Code;

fn cases() -> Vec<PathBuf> {
    common::case_dirs("extends")
}

fn main_plan(dir: &Path) -> PathBuf {
    let inner = dir.join("inner/main.plan");
    if inner.exists() {
        inner
    } else {
        dir.join("main.plan")
    }
}

/// What a case shows: diagnostics per file (named relative to the case) and
/// the targets of the plan, and the codes reported.
fn run_case(plan: &Path, base: &Path) -> (String, Vec<Code>) {
    let loaded = load_plan(plan).unwrap();
    let mut out = String::new();
    let mut codes = Vec::new();
    let base = base.canonicalize().unwrap().display().to_string();
    let sources = loaded.diagnostics.sources();
    for (_, diagnostics) in loaded.diagnostics.by_file() {
        let rendered = render::render(sources, diagnostics, false);
        out.push_str(&rendered.replace(&base, "<case>"));
        let rendered = render::render_in(sources, diagnostics, false, chitieu::i18n::Lang::Vi);
        out.push_str(&rendered.replace(&base, "<case>"));
        codes.extend(diagnostics.iter().map(|d| d.code()));
    }
    out.push_str("----- TARGETS\n");
    if !loaded.has_errors() {
        let plan = &loaded.plan;
        for t in &plan.targets {
            let section = plan.section_title(t).unwrap_or("");
            // A milestone only where a target has one.
            let by = plan
                .milestone(t)
                .map(|d| format!(" by={d}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "{} {} owner={} points={}{by} section={section}",
                t.name,
                t.threshold().written,
                plan.owner_key(t).unwrap_or("-"),
                t.points
            ));
            // Shown only where a target is not for every unit.
            if !t.applies.everyone() {
                out.push_str(&format!(" {}", t.applies.written()));
            }
            out.push('\n');
        }
    }
    (out, codes)
}

#[test]
fn extends_fixtures() {
    for dir in cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (out, _) = run_case(&main_plan(&dir), &dir);
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("extends", out);
        });
    }
}

#[test]
fn every_extends_code_has_a_fixture_that_reports_it() {
    common::assert_codes_covered(8, &cases(), |dir| run_case(&main_plan(dir), dir));
}

#[cfg(unix)]
#[test]
fn symlink_outside_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.plan"), "target a >= 1\n").unwrap();
    let plans = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.plan"),
        plans.path().join("link.plan"),
    )
    .unwrap();
    std::fs::write(plans.path().join("main.plan"), "extends \"link.plan\"\n").unwrap();
    let loaded = load_plan(&plans.path().join("main.plan")).unwrap();
    let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code()).collect();
    assert_eq!(codes, vec![Code::ExtendsOutside]);
    assert!(
        !loaded
            .diagnostics
            .iter()
            .any(|d| d.message(chitieu::i18n::Lang::En).contains("secret"))
            || codes == vec![Code::ExtendsOutside]
    );
}

#[test]
fn the_next_period_plan_inherits_and_tightens() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = load_plan(&root.join("rules/tran-lieu-2026-h1.plan")).unwrap();
    assert!(!loaded.has_errors());
    assert_eq!(loaded.diagnostics.len(), 0, "the shipped plans are clean");
    let target = |id: &str| {
        loaded
            .plan
            .targets
            .iter()
            .find(|t| t.name == id)
            .map(|t| t.threshold().written.clone())
    };
    assert_eq!(target("online_payment_ratio").as_deref(), Some(">= 70%"));
    assert_eq!(target("report_9_months"), None, "dropped");
    assert_eq!(
        target("legal_docs_review").as_deref(),
        Some("<= 2026-06-30"),
        "due by the end of the new period"
    );
}

/// Plans read through a source provider: an editor's unsaved buffers over
/// the disk.
mod unsaved_buffers {
    use super::*;
    use chitieu::load::load_plan_from;
    use chitieu::source::Overlay;

    const BASE: &str = "plan \"Kế hoạch 2025-H2\"\nperiod 2025-07-01 .. 2025-12-31\nmetric online_ratio: ratio\ntarget online_ratio >= 60%\n";

    fn expected(loaded: &chitieu::load::LoadedPlan) -> Vec<String> {
        loaded
            .plan
            .targets
            .iter()
            .map(|t| t.threshold().written.clone())
            .collect()
    }

    #[test]
    fn a_plan_extends_a_plan_that_is_only_a_buffer() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("main.plan");
        std::fs::write(&main, "extends \"base.plan\"\n").unwrap();
        let mut overlay = Overlay::over_disk();
        overlay.insert(&dir.path().join("base.plan"), BASE).unwrap();
        let loaded = load_plan_from(&overlay, &main).unwrap();
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        assert_eq!(expected(&loaded), [">= 60%"]);
        // The buffer's text is what diagnostics about it show.
        let base = loaded.diagnostics.sources().files().nth(1).unwrap();
        assert_eq!(base.text, BASE);
        // On the disk alone, there is nothing to extend.
        let codes: Vec<Code> = load_plan(&main)
            .unwrap()
            .diagnostics
            .iter()
            .map(|d| d.code())
            .collect();
        assert_eq!(codes, [Code::ExtendsUnreadable]);
    }

    #[test]
    fn a_buffer_wins_over_the_file_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("main.plan");
        std::fs::write(&main, "extends \"base.plan\"\n").unwrap();
        std::fs::write(dir.path().join("base.plan"), BASE).unwrap();
        let mut overlay = Overlay::over_disk();
        let edited = BASE.replace(">= 60%", ">= 75%");
        overlay
            .insert(&dir.path().join("base.plan"), edited)
            .unwrap();
        assert_eq!(expected(&load_plan(&main).unwrap()), [">= 60%"]);
        assert_eq!(
            expected(&load_plan_from(&overlay, &main).unwrap()),
            [">= 75%"]
        );
        // The plan itself, unsaved, with a problem: shown in its buffer.
        overlay
            .insert(&main, "extends \"base.plan\"\ntarget online_ratio >= 2\n")
            .unwrap();
        let loaded = load_plan_from(&overlay, &main).unwrap();
        let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code()).collect();
        assert_eq!(codes, [Code::DuplicateTargetId]);
        let places: Vec<String> = loaded
            .diagnostics
            .iter()
            .flat_map(|d| {
                let related = d.related.iter().map(|r| {
                    let span = &r.span;
                    let file = loaded.diagnostics.sources().name(span.file);
                    let at = loaded.diagnostics.sources().line_col(*span).unwrap();
                    format!(
                        "{}:{}",
                        Path::new(file).file_name().unwrap().to_string_lossy(),
                        at.line
                    )
                });
                related.collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(places, ["base.plan:4", "main.plan:1"]);
    }

    #[test]
    fn buffers_do_not_open_a_way_out_of_the_folder() {
        let root = tempfile::tempdir().unwrap();
        let plans = root.path().join("plans");
        std::fs::create_dir(&plans).unwrap();
        let main = plans.join("main.plan");
        let mut overlay = Overlay::over_disk();
        // A buffer beside the folder, named with `..`, and by an absolute
        // path: refused as the disk's files are.
        overlay
            .insert(&root.path().join("secret.plan"), BASE)
            .unwrap();
        let outside = root.path().join("secret.plan").display().to_string();
        for written in ["../secret.plan", outside.as_str()] {
            let text = format!("extends \"{written}\"\n");
            overlay.insert(&main, text.as_str()).unwrap();
            let loaded = load_plan_from(&overlay, &main).unwrap();
            let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code()).collect();
            assert_eq!(codes, [Code::ExtendsOutside], "{written}");
            assert_eq!(
                loaded.diagnostics.sources().len(),
                1,
                "{written}: nothing else read"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_outside_is_refused_through_the_overlay_too() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.plan"), BASE).unwrap();
        let plans = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.plan"),
            plans.path().join("link.plan"),
        )
        .unwrap();
        let main = plans.path().join("main.plan");
        let mut overlay = Overlay::over_disk();
        overlay.insert(&main, "extends \"link.plan\"\n").unwrap();
        let loaded = load_plan_from(&overlay, &main).unwrap();
        let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code()).collect();
        assert_eq!(codes, [Code::ExtendsOutside]);
    }
}
