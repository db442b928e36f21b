//! Every file and every unit accounted for, as `chitieu eval` is run: a
//! file that cannot be read and a file without data are listed in every
//! report as what they are, `--format json` carries every diagnostic once,
//! a folder that cannot be listed or a FIFO never stops a batch, two files
//! of the same name are two units, and units come in the same order in a
//! summary as in the full report.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::chitieu;

const PLAN: &str = "tests/fixtures/cli/inputs.plan";
/// A unit that reported, one whose file cannot be read, one whose file has
/// no data, one named inside its file.
const BATCH: &str = "tests/fixtures/cli/inputs";

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = chitieu(args);
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Every report format lists the unreadable file's unit and the empty
/// file's unit, with their status and reason, and exits 2; rankings put
/// them after the units that reported, without a rank.
#[test]
fn every_format_lists_units_whose_input_could_not_be_used() {
    let mut all = String::new();
    let formats: [&[&str]; 11] = [
        &["--format", "text"],
        &["--format", "json"],
        &["--format", "csv"],
        &["--format", "markdown"],
        &["--format", "junit"],
        &["--format", "html"],
        &["--summary"],
        &["--summary", "--format", "json"],
        &["--summary", "--format", "csv"],
        &["--summary", "--rank"],
        &["--summary", "--rank", "--format", "json"],
    ];
    for format in formats {
        let mut args = vec!["eval"];
        args.extend_from_slice(format);
        args.extend_from_slice(&[PLAN, BATCH]);
        let (code, out, err) = run(&args);
        assert_eq!(code, Some(2), "{format:?}: {err}");
        for (unit, why) in [("b-hong", "E0702"), ("c-trong", "E0730")] {
            assert!(out.contains(unit), "{format:?} lacks {unit}:\n{out}");
            assert!(out.contains(why), "{format:?} lacks {why}:\n{out}");
        }
        for status in ["a-phuong", "Xã D"] {
            assert!(out.contains(status), "{format:?} lacks {status}:\n{out}");
        }
        if format.contains(&"html") {
            // The page itself is snapshotted in html.rs; here, its ranking.
            let ranking = out.split("<table class=\"ranking\">").nth(1).unwrap();
            all.push_str(&format!("===== {format:?}\n{ranking}\n"));
        } else {
            all.push_str(&format!("===== {format:?}\n{out}\n"));
        }
    }
    insta::assert_snapshot!(all);
}

/// `eval --summary` with `args`, streamed and read whole: both must give
/// the same lines and exit code. The streamed run's outcome.
fn summary_both_ways(args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["eval", "--summary"];
    all.extend_from_slice(args);
    let streamed = run(&all);
    all.insert(2, "--no-stream");
    let whole = run(&all);
    assert_eq!(streamed.0, whole.0, "{args:?}");
    assert_eq!(streamed.1, whole.1, "{args:?}");
    streamed
}

/// The streamed summary (a folder read file by file) gives the lines the
/// general path gives, units not scored included.
#[test]
fn streamed_and_whole_summaries_list_the_same_units() {
    for format in ["text", "json", "csv"] {
        summary_both_ways(&["--format", format, PLAN, BATCH]);
        summary_both_ways(&["--rank", "--format", format, PLAN, BATCH]);
    }
}

/// A folder whose file cannot be opened (a broken link) is read file by
/// file too, and gives the same lines.
#[test]
fn a_file_that_cannot_be_opened_is_listed_both_ways() {
    let dir = "tests/fixtures/eval/E0731_broken_link";
    let plan = "tests/fixtures/eval/common.plan";
    let (code, out, _) = summary_both_ways(&["--format", "csv", plan, dir]);
    assert_eq!(code, Some(2));
    assert!(
        out.contains(",unreadable,tests/fixtures/eval/E0731_broken_link/b.csv: [E0731]"),
        "{out}"
    );
}

/// The JSON records of diagnostics: as many as standard error counts, each
/// once, with its place and, where it concerns one unit, the unit.
#[test]
fn json_carries_every_diagnostic_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("long.csv"),
        "unit,metric,value,extra\nXã 1,waiting_time,abc,\nXã 1,online_payment_ratio,0.7,\n\
         Xã 2,waiting_time,12,\nXã 2,wating_time,13,\nXã 2,online_payment_ratio,7,\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("one.json"),
        "{\"waiting_time\": \"12 giờ\"}",
    )
    .unwrap();
    std::fs::write(dir.path().join("two.json"), "[1]").unwrap();
    let (code, out, err) = run(&[
        "eval",
        "--format",
        "json",
        PLAN,
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2));
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let units: Vec<&str> = lines.iter().filter_map(|l| l["unit"].as_str()).collect();
    assert_eq!(units, ["Xã 1", "Xã 2", "one", "two"]);
    let records: Vec<&serde_json::Value> =
        lines.iter().filter_map(|l| l.get("diagnostic")).collect();
    let count = |severity: &str| records.iter().filter(|r| r["severity"] == severity).count();
    let (errors, warnings) = (count("error"), count("warning"));
    assert!(
        err.contains(&format!(
            "{errors} errors, {warnings} warnings in the measurements"
        )),
        "{errors} errors and {warnings} warnings in JSON; standard error says:\n{err}"
    );
    let mut seen = std::collections::BTreeSet::new();
    for r in &records {
        let key = (
            r["file"].to_string(),
            r["line"].to_string(),
            r["column"].to_string(),
            r["code"].to_string(),
            r["message"].to_string(),
        );
        assert!(seen.insert(key), "given twice: {r}");
        for field in ["code", "severity", "file", "line", "column", "message"] {
            assert!(!r[field].is_null(), "{field} missing in {r}");
        }
    }
    let unit_of = |code: &str, message_part: &str| -> Option<String> {
        records
            .iter()
            .find(|r| r["code"] == code && r["message"].as_str().unwrap().contains(message_part))
            .unwrap_or_else(|| panic!("no {code} {message_part} in {records:?}"))
            .get("unit")
            .and_then(|u| u.as_str())
            .map(str::to_string)
    };
    // A value of one unit of a long file is that unit's; the file's unused
    // column and unknown metric concern no one unit; a file of one unit
    // is that unit's, whatever the diagnostic.
    assert_eq!(unit_of("E0709", "abc").as_deref(), Some("Xã 1"));
    assert_eq!(
        unit_of("E0711", "online_payment_ratio").as_deref(),
        Some("Xã 2")
    );
    assert_eq!(unit_of("W0704", "extra"), None);
    assert_eq!(unit_of("W0706", "wating_time"), None);
    assert!(unit_of("E0702", "object").as_deref() == Some("two"));
    insta::assert_snapshot!(records
        .iter()
        .map(|r| {
            let mut r = (*r).clone();
            let file = r["file"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string();
            r["file"] = serde_json::Value::String(file);
            r.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n"));
}

/// Makes `dir/sub` a folder that cannot be listed: without permission, or,
/// where permissions do not stop the caller (root), with a path longer
/// than the system takes. Returns the name the folder is reported by.
#[cfg(unix)]
fn unlistable(dir: &Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let sub = dir.join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("hidden.csv"), "metric,value\nwaiting_time,1\n").unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&sub).is_err() {
        return "sub".to_string();
    }
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    // Folders moved into new ones from the inside out: no call is given the
    // whole path.
    let names = ["d".repeat(250), "e".repeat(250)];
    let mut top = sub.join(&names[0]);
    std::fs::create_dir(&top).unwrap();
    std::fs::write(top.join("deep.csv"), "metric,value\n").unwrap();
    for level in 1..20 {
        let outer = sub.join(&names[level % 2]);
        std::fs::create_dir(&outer).unwrap();
        std::fs::rename(&top, outer.join(&names[(level + 1) % 2])).unwrap();
        top = outer;
    }
    names[1].clone()
}

/// A subfolder that cannot be listed is reported by its own name and
/// listed as not read; the files beside it are still scored. `check` goes
/// on beside it too.
#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_listed_is_reported_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("a.csv"), "metric,value\nwaiting_time,12\n").unwrap();
    std::fs::write(root.join("z.csv"), "metric,value\nwaiting_time,30\n").unwrap();
    let name = unlistable(root);
    let (code, out, err) = run(&["eval", "--summary", PLAN, root.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("E0731") && err.contains(&name), "{err}");
    assert!(out.contains("a ") && out.contains("z "), "{out}");
    assert!(
        out.contains("not scored: could not be read (E0731)"),
        "{out}"
    );
    let (_, json, _) = run(&["eval", "--format", "json", PLAN, root.to_str().unwrap()]);
    assert!(json.contains("\"code\":\"E0731\""), "{json}");

    std::fs::write(root.join("a.plan"), "target waiting_time <= 15 min 60%\n").unwrap();
    let (code, _, err) = run(&["check", root.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("[E0731]") && err.contains(&name), "{err}");
    assert!(
        err.contains("E0101"),
        "a.plan beside it is still checked: {err}"
    );
    // In JSON too, the folder is a record of its own among the plan's.
    let (code, json, _) = run(&["check", "--format", "json", root.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{json}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"E0731") && codes.contains(&"E0101"),
        "{json}"
    );
    assert!(report["errors"].as_u64().unwrap() >= 2, "{json}");
    let folder = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "E0731")
        .unwrap();
    assert!(folder["file"].as_str().unwrap().ends_with(&name), "{json}");
    assert!(
        folder["message"]
            .as_str()
            .unwrap()
            .starts_with("the folder cannot be listed"),
        "{json}"
    );
}

/// Runs chitieu with a deadline: a FIFO must never make it hang.
fn run_within(args: &[&str], seconds: u64) -> (Option<i32>, String, String) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while child.try_wait().unwrap().is_none() {
        let hung = Instant::now() > deadline;
        if hung {
            child.kill().unwrap();
        }
        assert!(!hung, "chitieu {args:?} hung");
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

/// A FIFO and a socket inside a folder are skipped with a warning and
/// nothing waits for them; the other files are scored, as a summary and
/// as a full report, and `check` skips them too.
#[cfg(unix)]
#[test]
fn special_files_in_a_folder_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("a.csv"), "metric,value\nwaiting_time,12\n").unwrap();
    mkfifo(&root.join("b.csv"));
    mkfifo(&root.join("b.plan"));
    let _socket = std::os::unix::net::UnixListener::bind(root.join("c.json")).unwrap();
    let path = root.to_str().unwrap();
    for args in [
        &["eval", "--summary", PLAN, path][..],
        &["eval", "--summary", "--no-stream", PLAN, path],
        &["eval", "--format", "json", PLAN, path],
    ] {
        let (code, out, err) = run_within(args, 20);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(err.contains("W0733") && err.contains("b.csv"), "{err}");
        assert!(err.contains("c.json"), "{err}");
        assert!(
            out.contains("\"unit\":\"a\"") || out.starts_with("unit"),
            "{out}"
        );
        assert!(
            out.contains("\"unit\":\"a\"") || out.contains("\na "),
            "{out}"
        );
        for skipped in ["\"unit\":\"b\"", "\"unit\":\"c\"", "\nb ", "\nc "] {
            assert!(!out.contains(skipped), "{out}");
        }
    }
    // Its only plan skipped, the folder has nothing to check (E0742).
    let (code, _, err) = run_within(&["check", path], 20);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("[W0733] Warning: this is a FIFO") && err.contains("b.plan"),
        "{err}"
    );
    assert!(err.contains("[E0742]"), "{err}");
}

/// A FIFO named by `extends` (itself, or through a link in the plan's
/// folder) is refused, never read: `check`, `eval` and `diff` of the plan
/// finish, with the `extends` reported, instead of waiting for a writer.
#[cfg(unix)]
#[test]
fn a_fifo_or_device_named_by_extends_is_refused_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    mkfifo(&root.join("base.plan"));
    std::os::unix::fs::symlink("base.plan", root.join("link.plan")).unwrap();
    std::fs::write(root.join("ward.plan"), "extends \"base.plan\"\n").unwrap();
    std::fs::write(root.join("linked.plan"), "extends \"link.plan\"\n").unwrap();
    std::fs::write(root.join("a.csv"), "metric,value\nwaiting_time,12\n").unwrap();
    for plan in ["ward.plan", "linked.plan"] {
        let plan = root.join(plan);
        let plan = plan.to_str().unwrap();
        let csv = root.join("a.csv");
        for args in [
            &["check", plan][..],
            &["eval", plan, csv.to_str().unwrap()],
            &["diff", plan, plan],
        ] {
            let (code, _, err) = run_within(args, 20);
            assert!(matches!(code, Some(1 | 2)), "{args:?}: {err}");
            assert!(err.contains("E0805") && err.contains("a FIFO"), "{err}");
        }
    }
}

/// A FIFO named on the command line is read, as a stream.
#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("ward.csv");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(
                fifo,
                "metric,value\nwaiting_time,12\nonline_payment_ratio,0.7\n",
            )
            .unwrap()
        })
    };
    let (code, out, err) = run_within(
        &[
            "eval",
            "--summary",
            "--format",
            "csv",
            PLAN,
            fifo.to_str().unwrap(),
        ],
        20,
    );
    writer.join().unwrap();
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("\nward,2,0,0,0,0,0,2,2,100,reported,\n"),
        "{out}"
    );
}

/// Two files of the same name in two folders are two units, named by
/// their paths, whether the summary is streamed or not; units named inside
/// their files keep their names and are joined.
#[test]
fn files_of_the_same_name_are_two_units() {
    let dir = "tests/fixtures/eval/W0734_same_file_names";
    let plan = "tests/fixtures/eval/common.plan";
    let streamed = summary_both_ways(&["--format", "csv", plan, dir]);
    let units: Vec<&str> = streamed
        .1
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        units,
        [
            format!("{dir}/quan1/phuong-1.csv"),
            "Xã An Hưng".to_string(),
            format!("{dir}/quan2/phuong-1.csv")
        ]
    );
    assert!(streamed.2.contains("W0734"), "{}", streamed.2);
    // Named one by one on the command line, the same.
    let (_, out, _) = run(&[
        "eval",
        "--summary",
        plan,
        &format!("{dir}/quan1/phuong-1.csv"),
        &format!("{dir}/quan2/phuong-1.csv"),
    ]);
    assert_eq!(out.lines().count(), 3, "{out}");
    // A file of the same name whose unit is named inside: the other one's
    // unit is still named by its path, streamed or not.
    let mixed = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(mixed.path().join("quan1")).unwrap();
    std::fs::create_dir_all(mixed.path().join("quan2")).unwrap();
    std::fs::write(
        mixed.path().join("quan1/x.json"),
        "{\"unit\": \"Xã A\", \"values\": {\"waiting_time\": 3}}",
    )
    .unwrap();
    std::fs::write(
        mixed.path().join("quan2/x.csv"),
        "metric,value\nwaiting_time,4\n",
    )
    .unwrap();
    let path = mixed.path().to_str().unwrap();
    let (_, out, _) = summary_both_ways(&["--format", "json", plan, path]);
    assert!(out.contains("\"unit\":\"Xã A\""), "{out}");
    assert!(out.contains("quan2/x.csv\""), "{out}");
}

/// The units of a full report, in order.
fn report_units(args: &[&str]) -> Vec<String> {
    let mut all = vec!["eval", "--format", "json"];
    all.extend_from_slice(args);
    run(&all)
        .1
        .lines()
        .filter_map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            line["unit"].as_str().map(str::to_string)
        })
        .collect()
}

/// The units of a summary, in order.
fn summary_units(args: &[&str], stream: bool) -> Vec<String> {
    let mut all = vec!["eval", "--summary", "--format", "json"];
    if !stream {
        all.push("--no-stream");
    }
    all.extend_from_slice(args);
    run(&all)
        .1
        .lines()
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            line["unit"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Units come in the same order in a summary (streamed or not) as in the
/// full report: for a long CSV, a folder of files, and a mix of both with
/// units not scored.
#[test]
fn units_come_in_the_same_order_in_summaries_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let long = root.join("long.csv");
    let mut text = String::from("unit,metric,value\n");
    for unit in ["Xã 9", "Xã 1", "Phường 5", "Xã 3"] {
        text.push_str(&format!(
            "{unit},waiting_time,12\n{unit},online_payment_ratio,0.5\n"
        ));
    }
    std::fs::write(&long, text).unwrap();
    let folder = root.join("folder");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    for (name, body) in [
        ("m.csv", "metric,value\nwaiting_time,1\n"),
        (
            "b.json",
            "{\"unit\": \"Zeta\", \"values\": {\"waiting_time\": 3}}",
        ),
        ("sub/a.csv", "metric,value\nwaiting_time,2\n"),
        ("c.json", "{"),
        ("d.csv", "metric,value\n"),
        (
            "e.json",
            "[{\"unit\": \"Alpha\", \"values\": {\"waiting_time\": 4}}]",
        ),
    ] {
        std::fs::write(folder.join(name), body).unwrap();
    }
    let (long, folder) = (long.to_str().unwrap(), folder.to_str().unwrap());
    for args in [
        &[PLAN, long][..],
        &[PLAN, folder],
        &[PLAN, folder, long],
        &[PLAN, long, folder],
    ] {
        let report = report_units(args);
        assert!(report.len() >= 4, "{args:?}: {report:?}");
        assert_eq!(summary_units(args, true), report, "{args:?} streamed");
        assert_eq!(summary_units(args, false), report, "{args:?} whole");
    }
    assert_eq!(
        report_units(&[PLAN, folder]),
        ["Zeta", "c", "d", "Alpha", "m", "a"],
        "files in sorted path order, a unit not scored where its file stands"
    );
}

/// `--summary` writes text, JSON Lines, CSV (or the HTML scorecard); asked
/// for another format it says so and exits 2, writing nothing.
#[test]
fn summary_refuses_a_format_it_does_not_write() {
    for format in ["markdown", "junit"] {
        let (code, out, err) = run(&["eval", "--summary", "--format", format, PLAN, BATCH]);
        assert_eq!(code, Some(2), "{format}");
        assert!(out.is_empty(), "{format}: {out}");
        assert!(err.contains("--summary") && err.contains(format), "{err}");
    }
    let (code, _, err) = run(&[
        "--lang",
        "vi",
        "eval",
        "--summary",
        "--format",
        "junit",
        PLAN,
        BATCH,
    ]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("lỗi: `--summary`"), "{err}");
}

/// A file listed but gone (or locked) by the time it is read, in a summary
/// read file by file: its unit is listed as not read, like the general
/// path lists it.
#[test]
fn a_file_gone_before_it_is_read_is_listed_when_streamed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let plan = chitieu::load::load_plan(&root.join(PLAN)).unwrap().plan;
    let mut paths = chitieu::files::PathList::default();
    paths.push(&root.join(BATCH).join("a-phuong.csv"));
    paths.push(&root.join(BATCH).join("gone.csv"));
    let options = chitieu::measure::ReadOptions::default();
    for threads in [1, 2] {
        let streamed =
            chitieu::eval::stream::per_file_summary(&plan, &paths, &options, threads, None);
        let units: Vec<(String, Option<&str>)> = streamed
            .units()
            .map(|u| (u.unit.to_string(), u.input.map(|p| p.code().id())))
            .collect();
        assert_eq!(
            units,
            [
                ("a-phuong".to_string(), None),
                ("gone".to_string(), Some("E0731"))
            ]
        );
        assert_eq!(streamed.errors(), 1);
    }
}

/// The same file named twice, under two spellings (`b.csv ./b.csv`,
/// `sub/../b.csv`), by itself and inside a folder given too (`. b.csv`),
/// through a symbolic link named on the command line, or through a hard
/// link (two names of one file), is read once, with a warning (W0737),
/// streamed or not: one unit, its values counted once.
#[test]
fn a_file_given_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("b.csv"), "metric,value\nwaiting_time,12\n").unwrap();
    std::fs::create_dir(root.join("sub")).unwrap();
    let plain = root.join("b.csv");
    let dotted = root.join(".").join("b.csv");
    let up = root.join("sub").join("..").join("b.csv");
    let path = |p: &std::path::PathBuf| p.to_str().unwrap().to_string();
    let (plain, dotted, up, folder) = (
        path(&plain),
        path(&dotted),
        path(&up),
        path(&root.to_path_buf()),
    );
    let mut pairs = vec![
        [plain.clone(), dotted],
        [folder, plain.clone()],
        [plain.clone(), up],
    ];
    #[cfg(unix)]
    {
        let link = root.join("sub").join("l.csv");
        std::os::unix::fs::symlink(root.join("b.csv"), &link).unwrap();
        let hard = root.join("sub").join("hard.csv");
        std::fs::hard_link(root.join("b.csv"), &hard).unwrap();
        pairs.push([plain.clone(), path(&link)]);
        pairs.push([plain, path(&hard)]);
    }
    for paths in &pairs {
        let paths = [paths[0].as_str(), paths[1].as_str()];
        let mut args = vec![PLAN];
        args.extend(paths);
        for stream in [true, false] {
            assert_eq!(summary_units(&args, stream), ["b"], "{paths:?}");
        }
        let (code, out, err) = run(&[&["eval", "--format", "csv"][..], &args].concat());
        assert_eq!(code, Some(1), "{err}");
        assert_eq!(
            out.lines().filter(|l| l.starts_with("b,")).count(),
            2,
            "{out}"
        );
        assert!(err.contains("[W0737]") && !err.contains("W0708"), "{err}");
    }
}

/// A file named on the command line without an extension is reported as
/// such, not as a file of the extension `.`.
#[test]
fn a_file_without_an_extension_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("phuong-1");
    std::fs::write(&path, "metric,value\nwaiting_time,12\n").unwrap();
    let (code, _, err) = run(&["eval", PLAN, path.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("the file has no extension"), "{err}");
    assert!(!err.contains("`.`"), "{err}");
}

/// A folder's files that are not read are never dropped without a word:
/// a workbook of a kind not read is a unit not scored (E0702), as when it
/// is named; any other file is named (W0741) and is not a unit; what other
/// programs leave beside the real files (Excel's and LibreOffice's lock
/// files, macOS's `._` companions, `.DS_Store`) and hidden files, plans and
/// Markdown notes are passed over. Both ways of a summary agree.
#[test]
fn every_file_of_a_folder_is_read_or_named() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("a.csv"), "metric,value\nwaiting_time,12\n").unwrap();
    for name in [
        "b.xls",
        "c.ods",
        "d-khong-duoi",
        "e.pdf",
        "~$a.xlsx",
        ".~lock.a.csv#",
        "._a.csv",
        ".DS_Store",
        "Thumbs.db",
        ".an.csv",
        "ghi-chu.md",
        "ke-hoach.plan",
    ] {
        std::fs::write(root.join(name), "x\n").unwrap();
    }
    let path = root.to_str().unwrap();
    for args in [
        &["eval", "--summary", PLAN, path][..],
        &["eval", "--summary", "--no-stream", PLAN, path],
        &["eval", "--format", "json", PLAN, path],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        for unit in ["b", "c"] {
            let listed = out.contains(&format!("\"unit\":\"{unit}\""))
                || out.contains(&format!("\n{unit} "));
            assert!(listed, "{args:?} lacks {unit}:\n{out}");
        }
        assert_eq!(err.matches("[E0702]").count(), 2, "{err}");
        assert_eq!(err.matches("[W0741]").count(), 2, "{err}");
        assert!(
            err.contains("d-khong-duoi") && err.contains("e.pdf"),
            "{err}"
        );
        for unit in [
            "d-khong-duoi",
            "e",
            "~$a",
            "._a",
            ".an",
            "ghi-chu",
            "Thumbs",
        ] {
            assert!(!out.contains(&format!("\"unit\":\"{unit}\"")), "{out}");
            assert!(!out.contains(&format!("\n{unit} ")), "{out}");
        }
        for passed_over in [
            "~$a",
            ".~lock",
            "._a",
            ".DS_Store",
            "Thumbs",
            ".an.csv",
            "ghi-chu",
            "ke-hoach",
        ] {
            assert!(!err.contains(passed_over), "{passed_over}: {err}");
        }
    }
}

/// A folder with nothing to read is an input that cannot be used: `eval`
/// lists it as a unit not scored (E0742) and exits 2, never 1 with an empty
/// report; `check` and `fmt` say a folder holds no plan, and exit 2.
#[test]
fn a_folder_with_nothing_to_read_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("~$a.xlsx"), "x").unwrap();
    let path = root.to_str().unwrap();
    for args in [
        &["eval", PLAN, path][..],
        &["eval", "--summary", PLAN, path],
        &["eval", "--summary", "--no-stream", PLAN, path],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains("[E0742]"), "{args:?}: {err}");
        assert!(out.contains(path), "{args:?}: {out}");
    }
    let (code, _, err) = run(&["check", path]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("[E0742]"), "{err}");
    let (code, _, err) = run(&["fmt", path]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("E0742"), "{err}");
}
