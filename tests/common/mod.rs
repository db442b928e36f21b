//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use chitieu::diagnostic::render;
use chitieu::{check_source_with, Diagnostic, Limits, SourceFile};

pub fn fixture_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
}

/// Checks a plan file as the CLI would (decoding included).
pub fn check_file(path: &Path) -> (SourceFile, Vec<Diagnostic>) {
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let (source, problem) = chitieu::files::decode(&name, bytes);
    if let Some(problem) = problem {
        return (source, vec![problem]);
    }
    // A fixture may lower the limits in its first line, `# limits: name=value`,
    // so that limit diagnostics need no multi-megabyte files.
    let limits = source
        .text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# limits:"))
        .map_or_else(Limits::default, |s| Limits::default().with_settings(s));
    let outcome = check_source_with(&source, &limits);
    (source, outcome.diagnostics)
}

/// The rendered diagnostics, colour off, as a person sees them.
pub fn rendered(source: &SourceFile, diagnostics: &[Diagnostic]) -> String {
    render::render(source, diagnostics, false)
}

/// The rendered diagnostics in Vietnamese.
pub fn rendered_vi(source: &SourceFile, diagnostics: &[Diagnostic]) -> String {
    render::render_in(source, diagnostics, false, chitieu::i18n::Lang::Vi)
}

/// Runs the `chitieu` binary from the project folder, colour settings cleared.
pub fn chitieu(args: &[&str]) -> std::process::Output {
    plain(&mut std::process::Command::new(env!(
        "CARGO_BIN_EXE_chitieu"
    )))
    .args(args)
    .current_dir(env!("CARGO_MANIFEST_DIR"))
    .output()
    .unwrap()
}

/// Runs chitieu with `args` from the project's folder, its standard
/// output `stdout` (a closed pipe, a full disk) and its standard input
/// `input`.
pub fn run_with_stdout(
    args: &[&str],
    input: &str,
    stdout: std::process::Stdio,
) -> std::process::Output {
    let mut child = plain(&mut std::process::Command::new(env!(
        "CARGO_BIN_EXE_chitieu"
    )))
    .args(args)
    .current_dir(env!("CARGO_MANIFEST_DIR"))
    .stdin(std::process::Stdio::piped())
    .stdout(stdout)
    .stderr(std::process::Stdio::piped())
    .spawn()
    .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The command may end before it reads its input.
    let _ = std::io::Write::write_all(&mut stdin, input.as_bytes());
    drop(stdin);
    child.wait_with_output().unwrap()
}

/// `command` without colour settings, and in English unless a test asks for
/// another language.
pub fn plain(command: &mut std::process::Command) -> &mut std::process::Command {
    command
        .env_remove("FORCE_COLOR")
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
}

/// The plan an eval case is read against: its own `plan.plan`, or the
/// one the eval fixtures share.
pub fn eval_case_plan(dir: &Path) -> PathBuf {
    let own = dir.join("plan.plan");
    if own.exists() {
        own
    } else {
        fixture_dir("eval").join("common.plan")
    }
}

/// The folders under `tests/fixtures/KIND/`, sorted: one case each.
pub fn case_dirs(kind: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixture_dir(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Every case named after a code (`E0707_*`) reports that code, and every code
/// of `family` has such a case. `run` gives a case's output and codes.
pub fn assert_codes_covered(
    family: u8,
    cases: &[PathBuf],
    run: impl Fn(&Path) -> (String, Vec<chitieu::Code>),
) {
    assert_codes_covered_where(|c| c.family() == family, cases, run);
}

/// [`assert_codes_covered`] for the codes `wanted` keeps (a family shared
/// by two kinds of fixtures: the units register's and roll-up's).
pub fn assert_codes_covered_where(
    wanted: impl Fn(chitieu::Code) -> bool,
    cases: &[PathBuf],
    run: impl Fn(&Path) -> (String, Vec<chitieu::Code>),
) {
    let mut covered = std::collections::BTreeSet::new();
    for dir in cases {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let Some(code) = name.split('_').next().and_then(chitieu::Code::from_id) else {
            continue;
        };
        let (out, codes) = run(dir);
        assert!(
            codes.contains(&code),
            "{name} does not report {}:\n{out}",
            code.id()
        );
        covered.insert(code);
    }
    let missing: Vec<&str> = chitieu::Code::ALL
        .iter()
        .filter(|c| wanted(**c) && !covered.contains(c))
        .map(|c| c.id())
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}

/// The diagnostics about measurements of every eval fixture (folders under
/// `tests/fixtures/eval/`, read against their own plan or `common.plan`),
/// and why each unit that was not scored was not (the message of its
/// `InputProblem`, which the reports show in place of its results).
pub fn eval_fixture_diagnostics() -> (Vec<Diagnostic>, Vec<(String, String)>) {
    let mut all = Vec::new();
    let mut unscored = Vec::new();
    for dir in case_dirs("eval") {
        let plan = eval_case_plan(&dir);
        let source = SourceFile::new("plan.plan", std::fs::read_to_string(&plan).unwrap());
        let checked = chitieu::check_source(&source);
        all.extend(checked.diagnostics.iter().cloned());
        if checked.has_errors() {
            continue;
        }
        let mut inputs = read_case(&dir, &case_options(&dir));
        let units = chitieu::eval::evaluate(&checked.plan, &mut inputs);
        unscored.extend(units.into_iter().filter_map(|u| u.input).map(|p| {
            (
                p.problem.message(chitieu::i18n::Lang::En),
                p.problem.message(chitieu::i18n::Lang::Vi),
            )
        }));
        all.extend(inputs.into_iter().flat_map(|i| i.diagnostics));
    }
    (all, unscored)
}

/// How an eval case is read: a case may lower the limits in a `limits` file
/// (`name=value ...`), so that limit diagnostics need no large files.
pub fn case_options(dir: &Path) -> chitieu::measure::ReadOptions {
    let limits = std::fs::read_to_string(dir.join("limits")).map_or_else(
        |_| chitieu::Limits::default(),
        |s| chitieu::Limits::default().with_settings(&s),
    );
    chitieu::measure::ReadOptions {
        limits,
        ..chitieu::measure::ReadOptions::default()
    }
}

/// A file of an eval case that is not a measurement: its plan, its limits,
/// the period asked for (`eval --period`).
fn is_case_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n == "plan.plan" || n == "limits" || n == "period")
}

/// The measurement files of an eval case, found as `eval` finds a folder's
/// (subfolders, links and special files included) and shown by their path
/// inside the case.
pub fn read_case(
    dir: &Path,
    options: &chitieu::measure::ReadOptions,
) -> Vec<chitieu::measure::MeasureFile> {
    // As `eval` walks a folder, except that a file without an extension is
    // read (as when it is named: E0702's case), and the case's own files
    // are not measurements.
    let wanted = chitieu::files::Wanted {
        read: |p| {
            !is_case_file(p)
                && ((chitieu::measure::MEASUREMENTS.read)(p) || p.extension().is_none())
        },
        told: |p| !is_case_file(p) && (chitieu::measure::MEASUREMENTS.told)(p),
    };
    let found = chitieu::files::files_wanted(&[dir.to_path_buf()], wanted);
    // The case's folder itself (E0742) is `.`.
    let shown = |p: &Path| match p.strip_prefix(dir).unwrap_or(p).display().to_string() {
        inside if inside.is_empty() => ".".to_string(),
        inside => inside,
    };
    let files = chitieu::measure::inputs::read_found(found, options, &shown, &mut || {});
    // A case's `baseline/` folder holds its `--baseline` files, read after
    // the measurements, as `eval` reads them.
    let (mut measured, baseline): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|f| !f.source.name.starts_with("baseline/"));
    measured.extend(baseline.into_iter().map(|mut f| {
        f.baseline = true;
        f
    }));
    measured
}
