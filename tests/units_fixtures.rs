//! Every folder under `tests/fixtures/units/` is one behaviour of the units
//! register (`--units`) and of targets for some units (`for`): its
//! `units.csv` (if any) is read, and the tree read from it snapshotted;
//! its `plan.plan` (if any) is checked against it as `check --units` does,
//! and its `measurements/` evaluated against both as `eval --units` does.
//! Diagnostics and reports are shown in English and Vietnamese.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chitieu::diagnostic::Diagnostics;
use chitieu::i18n::Lang;
use chitieu::report::{self, Report};
use chitieu::units::Register;
use chitieu::{check_source, eval, Code, SourceFile};

fn cases() -> Vec<PathBuf> {
    common::case_dirs("units")
}

fn rendered(diagnostics: &Diagnostics, lang: Lang) -> String {
    let mut out = Vec::new();
    diagnostics.write_in(false, lang, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Each unit with what the register says of it, and the roots.
fn tree(register: &Register) -> String {
    let mut out = String::new();
    let names = |units: &mut dyn Iterator<Item = &chitieu::units::UnitEntry>| {
        units
            .map(|u| u.name.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    for unit in register.units() {
        let _ = writeln!(
            out,
            "{} ; parent: {} ; level: {} ; tags: {} ; ancestors: {} ; children: {}",
            unit.name,
            unit.parent.as_deref().unwrap_or("-"),
            unit.level.as_deref().unwrap_or("-"),
            unit.tags.join(" | "),
            names(&mut register.ancestors(&unit.name)),
            names(&mut register.children(&unit.name)),
        );
    }
    let _ = writeln!(out, "roots: {}", names(&mut register.roots()));
    out
}

/// The snapshot of one case and the codes it reports.
fn run_case(dir: &Path) -> (String, Vec<Code>) {
    let mut out = String::new();
    let mut codes = Vec::new();
    let mut shown = |diagnostics: &Diagnostics, out: &mut String| {
        codes.extend(diagnostics.iter().map(|d| d.code()));
        out.push_str("----- DIAGNOSTICS\n");
        out.push_str(&rendered(diagnostics, Lang::En));
        out.push_str("----- TIẾNG VIỆT\n");
        out.push_str(&rendered(diagnostics, Lang::Vi));
    };
    let register = std::fs::read(dir.join("units.csv")).ok().map(|bytes| {
        let (register, diagnostics) = Register::parse("units.csv", bytes);
        out.push_str("----- REGISTER\n");
        out.push_str(&tree(&register));
        shown(&diagnostics, &mut out);
        register
    });
    let Ok(text) = std::fs::read_to_string(dir.join("plan.plan")) else {
        return (out, codes);
    };
    let source = SourceFile::new("plan.plan", text);
    let checked = check_source(&source);
    let mut diagnostics = Diagnostics::new();
    let mut found = checked.diagnostics.clone();
    if let Some(register) = &register {
        found.extend(chitieu::check::check_against_register(
            &checked.plan,
            register,
        ));
    }
    chitieu::diagnostic::sort(&mut found);
    diagnostics.add_file(source.clone(), found);
    out.push_str("===== PLAN\n");
    shown(&diagnostics, &mut out);
    let measurements = dir.join("measurements");
    if checked.has_errors() || !measurements.exists() {
        return (out, codes);
    }
    out.push_str("===== EVAL\n");
    if let Some(problem) = eval::applies::without_register(&checked.plan, register.as_ref()) {
        let mut why = Diagnostics::new();
        why.add_file(source, vec![problem]);
        shown(&why, &mut out);
        return (out, codes);
    }
    let mut inputs = common::read_case(&measurements, &Default::default());
    let metrics = eval::Metrics::new(&checked.plan);
    let scoped = eval::applies::Scoped::new(&checked.plan, register.as_ref(), &inputs);
    let scopes = eval::applies::Scopes::new(&metrics, &scoped);
    let mut units = Vec::new();
    let hints = eval::Hints::default();
    let _: Result<(), ()> =
        eval::evaluate_scoped(&scopes, &hints, &mut inputs, eval::Detail::Full, |u| {
            units.push(u);
            Ok(())
        });
    let measured = chitieu::measure::MeasureFile::diagnostics_of(inputs);
    shown(&measured, &mut out);
    for lang in [Lang::En, Lang::Vi] {
        let report = Report {
            plan_title: None,
            units: &units,
            lang,
            grades: &checked.plan.grades,
            rank_by: report::summary::RankBy::Percent,
            period: checked
                .plan
                .period
                .map(chitieu::eval::due::EvaluatedPeriod::of_plan),
        };
        out.push_str("----- REPORT\n");
        out.push_str(&report::text::render(&report, false));
    }
    (out, codes)
}

#[test]
fn units_fixtures() {
    for dir in cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (out, _) = run_case(&dir);
        insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("units", out);
        });
    }
}

/// A folder named after a code (`E0904_*`) must report it, and every
/// register code (E09xx, W09xx) must have such a folder.
#[test]
fn every_register_code_has_a_fixture_that_reports_it() {
    // Roll-up's codes (E092x, W092x) have cases of their own
    // (tests/rollup_fixtures.rs).
    let register = |c: chitieu::Code| c.family() == 9 && c.id().get(1..4) != Some("092");
    common::assert_codes_covered_where(register, &cases(), run_case);
}

/// A register of a nation's 3,321 communes under 63 provinces, with a
/// cycle among the provinces, is read and its tree walked quickly.
#[test]
fn a_national_register_is_read_fast() {
    let mut text = String::from("unit,parent,level\nViệt Nam,,quốc gia\n");
    for p in 0..63 {
        // The last two provinces are each other's parents.
        let parent = match p {
            61 => "Tỉnh 62".to_string(),
            62 => "Tỉnh 61".to_string(),
            _ => "Việt Nam".to_string(),
        };
        let _ = writeln!(text, "Tỉnh {p},{parent},tỉnh");
    }
    for c in 0..3321 {
        let _ = writeln!(text, "Xã {c},Tỉnh {},xã", c % 63);
    }
    let started = std::time::Instant::now();
    let (register, diagnostics) = Register::parse("national.csv", text.into_bytes());
    let walked: usize = register
        .units()
        .map(|u| register.ancestors(&u.name).count())
        .sum();
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    assert_eq!(register.len(), 1 + 63 + 3321);
    assert_eq!(
        diagnostics.iter().map(|d| d.code()).collect::<Vec<_>>(),
        [Code::RegisterCycle]
    );
    assert_eq!(register.children("Việt Nam").count(), 61);
    assert_eq!(register.roots().count(), 3);
    assert!(walked > 3321);
}

/// `eval --units` on the command line: the summary streamed or not gives
/// the same lines (units with targets of their own take the general path);
/// without the register, nothing is evaluated (E0241, exit 2).
#[test]
fn eval_with_a_register_from_the_command_line() {
    let dir = "tests/fixtures/units/for_level_tag_unit";
    let (plan, units, data) = (
        format!("{dir}/plan.plan"),
        format!("{dir}/units.csv"),
        format!("{dir}/measurements/m.csv"),
    );
    let args = ["eval", &plan, &data, "--units", &units, "--summary"];
    let streamed = common::chitieu(&args);
    let general = common::chitieu(&[&args[..], &["--no-stream"]].concat());
    assert_eq!(streamed.stdout, general.stdout);
    let text = String::from_utf8_lossy(&streamed.stdout);
    assert!(text.contains("Xã Phú Vang"), "{text}");
    assert_eq!(streamed.status.code(), Some(1));
    let without = common::chitieu(&["eval", &plan, &data]);
    assert_eq!(without.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&without.stderr).contains("E0241"));
    let checked = common::chitieu(&["check", &plan, "--units", &units]);
    assert_eq!(checked.status.code(), Some(0));
    let broken = "tests/fixtures/units/E0906_cycle/units.csv";
    let cycle = common::chitieu(&["check", &plan, "--units", broken]);
    assert_eq!(cycle.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&cycle.stderr).contains("E0906"));
}

/// `eval --units` says what `check --units` says of the `for` clauses: a
/// misspelt level leaves its target out, and W0240 names the closest; a
/// measured unit the register does not list (W0241, with the closest
/// name) makes the run exit 2, its totals not being the plan's.
#[test]
fn eval_says_for_names_the_register_lacks_and_exits_2_for_units_outside_it() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let plan = write(
        "p.plan",
        "metric x: count\ntarget commune: x >= 5 for level xa points 5\ntarget all: x >= 0 points 5\n",
    );
    let units = write("u.csv", "unit,parent,level\nCity,,tỉnh\nXã Hai,City,xã\n");
    let inside = write("m.csv", "unit,metric,value\nXã Hai,x,6\nCity,x,1\n");
    let run = common::chitieu(&["eval", &plan, &inside, "--units", &units, "--summary"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("W0240") && stderr.contains("`xã`"),
        "{stderr}"
    );
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    let outside = write("o.csv", "unit,metric,value\nXã  Hai,x,6\n");
    let run = common::chitieu(&["eval", &plan, &outside, "--units", &units, "--summary"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("W0241") && stderr.contains("`Xã Hai`"),
        "{stderr}"
    );
    assert_eq!(run.status.code(), Some(2), "{stderr}");
}

/// A cycle through a whole register names its first units and counts the
/// others: the message and its places stay short, and it is quick.
#[test]
fn a_cycle_of_many_units_is_said_briefly() {
    let n = 50_000;
    let mut text = String::from("unit,parent,level\n");
    for i in 0..n {
        let _ = writeln!(text, "U{i},U{},xã", (i + n - 1) % n);
    }
    let started = std::time::Instant::now();
    let (_, diagnostics) = Register::parse("cycle.csv", text.into_bytes());
    let shown = rendered(&diagnostics, Lang::En);
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert!(shown.contains("and 49,980 more"), "{shown}");
    assert!(shown.len() < 10_000, "{}", shown.len());
}
