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
        for t in &loaded.plan.targets {
            let section = t
                .section
                .and_then(|i| loaded.plan.sections.get(i))
                .map_or("", String::as_str);
            out.push_str(&format!(
                "{} {} owner={} points={} section={section}\n",
                t.id,
                t.expected,
                t.owner.as_deref().unwrap_or("-"),
                t.points
            ));
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
            .find(|t| t.id == id)
            .map(|t| t.expected.clone())
    };
    assert_eq!(target("online_payment_ratio").as_deref(), Some(">= 70%"));
    assert_eq!(target("report_9_months"), None, "dropped");
    assert_eq!(
        target("legal_docs_review").as_deref(),
        Some("<= 2026-06-30"),
        "due by the end of the new period"
    );
}
