//! `eval --summary` streams a long CSV unit by unit; the general path reads
//! it whole. Both must give the same verdicts, points and exit code, on clean
//! and messy data, and on data that streaming hands back to the general path.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::chitieu;

const PLAN: &str = "rules/tran-lieu-2025-h2.plan";

/// A small seeded national file: every metric of the example ward for many
/// units, with values varied, some rows dropped, some zero denominators,
/// some on the threshold, some bad.
fn synthetic(units: usize, messy: bool) -> String {
    let example = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cac-phuong-2025-h2.csv"),
    )
    .unwrap();
    let rows: Vec<(String, String)> = example
        .lines()
        .skip(1)
        .filter(|l| l.starts_with("\"Phường Trần Liễu\""))
        .filter_map(|l| {
            let mut parts = l.rsplitn(3, ',');
            let value = parts.next()?.to_string();
            let metric = parts.next()?.to_string();
            Some((metric, value))
        })
        .collect();
    let mut state: u64 = 766;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut out = String::from("unit,metric,value\n");
    for unit in 0..units {
        for (metric, value) in &rows {
            let roll = next() % 100;
            let value = match roll {
                0..=2 => continue,
                3..=5 if metric.ends_with("ratio") => "0.95".to_string(),
                6..=8 if metric == "payments_total" => "0".to_string(),
                9 if messy => "không rõ".to_string(),
                10 if messy => "-4".to_string(),
                11 if messy => String::new(),
                13 if messy => "n/a".to_string(),
                14..=16 if messy && metric == "dossiers_on_time" => "99999".to_string(),
                _ if metric.ends_with("ratio") => format!("0.{:02}", 40 + next() % 60),
                _ => value.clone(),
            };
            out.push_str(&format!("Xã {unit:04},{metric},{value}\n"));
            if messy && roll == 12 {
                out.push_str(&format!("Xã {unit:04},{metric},0.5\n"));
            }
        }
        if messy && unit % 7 == 0 {
            out.push_str(&format!("Xã {unit:04},extra_metric,1\n"));
        }
    }
    out
}

/// Runs both ways and returns the streamed run's standard error.
fn compare(csv: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("all.csv");
    std::fs::write(&path, csv).unwrap();
    compare_path(path.to_str().unwrap())
}

/// Evaluates `path` streamed and whole in every summary format and compares.
fn compare_path(path: &str) -> String {
    for format in ["text", "json", "csv"] {
        let streamed = chitieu(&["eval", "--summary", "--format", format, PLAN, path]);
        let whole = chitieu(&[
            "eval",
            "--summary",
            "--no-stream",
            "--format",
            format,
            PLAN,
            path,
        ]);
        assert_eq!(
            String::from_utf8_lossy(&streamed.stdout),
            String::from_utf8_lossy(&whole.stdout),
            "{format}"
        );
        assert_eq!(streamed.status.code(), whole.status.code(), "{format}");
    }
    String::from_utf8(chitieu(&["eval", "--summary", PLAN, path]).stderr).unwrap()
}

/// The summaries of the fixture `case` streamed, in every summary format,
/// unranked, ranked and ranked by points (three per format: text, JSON,
/// CSV), each checked to be what the general path says (and its
/// exit status, never a panic's).
fn fixture_summaries_both_ways(case: &str) -> Vec<String> {
    let dir = common::fixture_dir("eval").join(case);
    let plan = dir.join("plan.plan");
    let units = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "csv"))
        .unwrap();
    let (plan, units) = (plan.to_str().unwrap(), units.to_str().unwrap());
    let mut said = Vec::new();
    for format in ["text", "json", "csv"] {
        for rank in [None, Some("--rank"), Some("points")] {
            let mut args = vec!["eval", "--summary", "--format", format, plan, units];
            match rank {
                Some("points") => args.splice(2..2, ["--rank-by", "points"]).for_each(drop),
                Some(flag) => args.insert(2, flag),
                None => {}
            }
            let streamed = chitieu(&args);
            args.insert(2, "--no-stream");
            let whole = chitieu(&args);
            assert_ne!(streamed.status.code(), Some(101), "{case}");
            assert_eq!(streamed.status.code(), whole.status.code(), "{case}");
            let out = String::from_utf8(streamed.stdout).unwrap();
            assert_eq!(
                out,
                String::from_utf8(whole.stdout).unwrap(),
                "{case} {format} {rank:?}"
            );
            said.push(out);
        }
    }
    said
}

/// Graded units (bands at their bounds, conditions on counts of targets
/// and of tasks) get the same grades streamed and read whole, in every
/// summary format, ranked or not.
#[test]
fn grades_are_the_same_both_ways() {
    for case in ["grades_bands", "grades_on_counts", "grades_on_tasks_done"] {
        for out in fixture_summaries_both_ways(case) {
            assert!(
                out.contains("Hoàn thành") || out.contains("Xuất sắc"),
                "{out}"
            );
        }
    }
    // A target failed, every task done: excellent; a task not reported, or
    // done late: not.
    // Three summaries a format (unranked, by percent, by points): JSON unranked.
    let json = &fixture_summaries_both_ways("grades_on_tasks_done")[3];
    for (unit, grade) in [
        ("Xã B", "Hoàn thành xuất sắc"),
        ("Xã D", "Hoàn thành tốt"),
        ("Xã E", "Hoàn thành"),
        ("Xã G", "Không hoàn thành"),
    ] {
        let line = json.lines().find(|l| l.contains(unit)).unwrap();
        assert!(line.contains(&format!(r#""grade":"{grade}""#)), "{line}");
    }
}

/// Exact values (issue 15): fractions that never end (6/7 × 7/12), a total
/// on a grade's edge, shares redistributed with `round`, a redistributed
/// maximum from the data, values never pre-rounded, a fraction grown too
/// large and a maximum from the data beyond the limit: the streamed summary
/// says exactly what the general path says, in every format, ranked or not,
/// and neither panics.
#[test]
fn exact_values_are_the_same_both_ways() {
    for case in [
        "formula_fraction_product_exact",
        "grades_on_an_exact_total",
        "not_applicable_redistribute_rounded_shares",
        "not_applicable_redistribute_maximum_from_the_data",
        "rounding_exact_values_not_prerounded",
        "E0721_formula_too_large",
        "E0740_maximum_from_the_data_above_the_limit",
        "formula_fraction_judged_exactly_near_threshold",
        "E0740_maximum_unknown_no_percent_no_grade",
        "grades_total_kept_off_points_bounds",
        "grades_total_kept_off_a_percent_bound_with_decimals",
        "grades_total_kept_off_a_small_percent_bound",
        "not_applicable_redistribute_total_between_steps",
        "ranking_by_points_and_percent",
    ] {
        fixture_summaries_both_ways(case);
    }
    // The grade on the edge: exactly 50% is `Đạt`.
    let json = &fixture_summaries_both_ways("grades_on_an_exact_total")[3];
    assert!(
        json.contains(r#""percent":50,"not_due":0,"evaluated":null,"grade":"Đạt""#),
        "{json}"
    );
}

/// A count's `n/a` (issue 15), refused under a fallback and under
/// `not_applicable full`, and a share's `n/a` without its counts: their
/// targets invalid, streamed as read whole; the unit that writes it earns
/// nothing from them, and the run exits 2.
#[test]
fn a_counts_na_is_refused_the_same_both_ways() {
    for case in [
        "na_of_a_count_never_falls_back",
        "na_of_a_count_under_full",
        "na_of_a_share_without_its_counts",
    ] {
        let csv = &fixture_summaries_both_ways(case)[6];
        // Invalid once, 0 of 6 points.
        assert!(csv.contains(",0,0,0,0,1,0,0,6,0,reported"), "{case}: {csv}");
    }
}

/// A share reported beside some of its counts that rule it out (issue 17:
/// `paid` 0 with `p` 100%; `synced` 50 of at least 1000 with `r14` 100%) is
/// refused streamed as read whole; a reported value the counts given allow
/// stands.
#[test]
fn a_share_ruled_out_by_some_counts_is_refused_the_same_both_ways() {
    let csv = &fixture_summaries_both_ways("E0719_reported_share_ruled_out_by_some_counts")[6];
    assert!(csv.contains(",0,1,0,0,2,0,0,13,0,"), "{csv}");
    assert!(csv.contains(",1,0,0,0,0,2,6.07,13,"), "{csv}");
}

#[test]
fn clean_data_gives_the_same_summary_both_ways() {
    compare(&synthetic(300, false));
}

#[test]
fn messy_data_gives_the_same_summary_both_ways() {
    let err = compare(&synthetic(300, true));
    // The streamed path reports as `file:line:column: ...`: it did stream.
    for code in [
        ": error[E0711]:",
        ": warning[W0706]:",
        ": error[E0717]:",
        ": error[E0718]:",
    ] {
        assert!(err.contains(code), "{code} {err}");
    }
}

#[test]
fn units_whose_rows_are_apart_fall_back_to_the_same_results() {
    let mut lines: Vec<String> = synthetic(40, true).lines().map(String::from).collect();
    let header = lines.remove(0);
    lines.sort_by_key(|l| l.split(',').nth(1).map(String::from));
    let err = compare(&format!("{header}\n{}\n", lines.join("\n")));
    // The general path renders with ariadne: streaming handed over.
    assert!(err.contains("[E0711] Error"), "{err}");
}

/// A file over 1 MiB is read whole in passes, its rows never all held (the
/// header among the first, the `unit` column's values, then the readings):
/// it gives what the stream gives.
#[test]
fn a_long_file_read_in_passes_gives_the_same_summary() {
    let csv = synthetic(700, true);
    assert!(csv.len() > 1 << 20, "{}", csv.len());
    compare(&csv);
}

#[test]
fn the_shipped_examples_give_the_same_summary_both_ways() {
    compare(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/cac-phuong-2025-h2.csv"),
        )
        .unwrap(),
    );
}

/// Two threads on two halves give what one thread gives: the same units in
/// the same order and the same diagnostics, line numbers included.
#[test]
fn two_threads_give_what_one_gives() {
    use chitieu::eval::stream::long_csv_summary;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let plan = chitieu::load::load_plan(&root.join(PLAN)).unwrap().plan;
    let dir = tempfile::tempdir().unwrap();
    let limits = chitieu::Limits::default();
    let quoted = std::fs::read_to_string(root.join("examples/cac-phuong-2025-h2.csv")).unwrap();
    for (name, text) in [
        ("messy.csv", synthetic(200, true)),
        ("clean.csv", synthetic(50, false)),
        ("quoted.csv", quoted),
        ("split_in_quotes.csv", quoted_lines_in_the_middle()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).unwrap();
        let one = long_csv_summary(&plan, name, &path, &limits, (1, 0), None).unwrap();
        let two = long_csv_summary(&plan, name, &path, &limits, (2, 0), None).unwrap();
        assert!(one.units().eq(two.units()), "{name}");
        let (one_said, two_said) = (one.diagnostics.as_slice(), two.diagnostics.as_slice());
        let first_difference = one_said.iter().zip(two_said).position(|(a, b)| a != b);
        assert_eq!(
            (
                one_said.len(),
                first_difference.map(|i| (&one_said[i], &two_said[i]))
            ),
            (two_said.len(), None),
            "{name}"
        );
        assert_eq!(one.errors(), two.errors(), "{name}");
    }
}

/// A clean file with, in its middle, a quoted value whose lines look like
/// rows of other units: the middle of the file falls inside the quotes.
fn quoted_lines_in_the_middle() -> String {
    // Small enough that the quoted value stays under the 64 KiB field limit.
    let text = synthetic(30, false);
    let lines: Vec<&str> = text.lines().collect();
    let middle = lines.len() / 2;
    let unit = lines[middle - 1].split(',').next().unwrap();
    let fake_rows: String = (0..lines.len())
        .map(|i| format!("Xã {i:04},extra_metric,{i}\n"))
        .collect();
    let mut out = lines[..middle].join("\n");
    out.push_str(&format!("\n{unit},extra_metric,\"{fake_rows}\"\n"));
    out.push_str(&lines[middle..].join("\n"));
    out.push('\n');
    out
}

/// A folder of one file per unit (CSV and JSON) gives the same summary file
/// by file as read together.
#[test]
fn a_folder_of_unit_files_gives_the_same_summary_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let text = synthetic(60, true);
    let mut units: std::collections::BTreeMap<String, Vec<(String, String)>> = Default::default();
    for line in text.lines().skip(1) {
        let mut parts = line.splitn(3, ',');
        let (unit, metric, value) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        units
            .entry(unit.to_string())
            .or_default()
            .push((metric.to_string(), value.to_string()));
    }
    for (i, (unit, rows)) in units.iter().enumerate() {
        if i % 2 == 0 {
            let body: String = rows
                .iter()
                .map(|(m, v)| format!("{unit},{m},{v}\n"))
                .collect();
            std::fs::write(
                dir.path().join(format!("u{i:03}.csv")),
                format!("unit,metric,value\n{body}"),
            )
            .unwrap();
        } else {
            let values: serde_json::Map<String, serde_json::Value> = rows
                .iter()
                .map(|(m, v)| (m.clone(), serde_json::Value::String(v.clone())))
                .collect();
            let json = serde_json::json!({ "unit": unit, "values": values });
            std::fs::write(dir.path().join(format!("u{i:03}.json")), json.to_string()).unwrap();
        }
    }
    let err = compare_path(dir.path().to_str().unwrap());
    assert!(
        err.contains("more files)"),
        "unknown metrics are counted over the batch: {err}"
    );
}

/// Where each diagnostic stands (`line:column`), streamed and read whole,
/// in a file with Windows line endings (as Excel writes CSV), blank lines,
/// a quoted value over two lines and no line break at the end: both name the
/// same places, the ones the rows are on.
#[test]
fn both_ways_name_the_same_lines_whatever_the_line_endings() {
    let rows = [
        "unit,metric,value",
        "Xã 1,higher_legal_docs_deployed_ratio,abc",
        "",
        "",
        "Xã 1,faulty_legal_docs_handled_ratio,\"0.9\r\nx\"",
        "Xã 2,higher_legal_docs_deployed_ratio,0.9",
        "",
        "Xã 2,faulty_legal_docs_handled_ratio,xyz",
    ];
    let dir = tempfile::tempdir().unwrap();
    for ending in ["\n", "\r\n"] {
        let path = dir.path().join("endings.csv");
        std::fs::write(&path, rows.join(ending)).unwrap();
        let path = path.to_str().unwrap();
        let places = |args: &[&str], marker: &str| -> Vec<String> {
            let err = String::from_utf8(chitieu(args).stderr).unwrap();
            err.lines()
                .filter_map(|l| l.split_once(marker))
                .filter_map(|(_, rest)| {
                    let rest = rest.strip_prefix(':')?;
                    let mut parts = rest.splitn(3, ':');
                    Some(format!(
                        "{}:{}",
                        parts.next()?,
                        parts.next()?.trim_end_matches(" ]")
                    ))
                })
                .collect()
        };
        let streamed = places(&["eval", "--summary", PLAN, path], "endings.csv");
        let whole = places(
            &["eval", "--summary", "--no-stream", PLAN, path],
            "endings.csv",
        );
        assert_eq!(streamed, ["2:39", "5:38", "9:38"], "{ending:?}");
        assert_eq!(whole, streamed, "{ending:?}");
    }
}

/// Tables as offices make them. A `Đơn vị` column of ward names, with an
/// STT column and the metrics' names beside it, streams; a `unit` column of units of measure (`%`,
/// `phút`), one holding both (E0723) and a `ĐVT` column are handed to the
/// general path: each gives what the general path gives, and units of
/// measure never become units.
#[test]
fn unit_and_measure_columns_give_the_same_summary_both_ways() {
    let wards: String = synthetic(30, true)
        .lines()
        .enumerate()
        .map(|(i, line)| match i {
            0 => "STT,Đơn vị,Mã chỉ tiêu,Giá trị,Tên chỉ tiêu\n".to_string(),
            _ => format!("{i},{line},chỉ tiêu số {i}\n"),
        })
        .collect();
    let err = compare(&wards);
    assert!(err.contains(": error[E0711]:"), "it streamed: {err}");

    let dir = tempfile::tempdir().unwrap();
    let summary = |name: &str, text: &str| -> (String, String) {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();
        let err = compare_path(path);
        let out = chitieu(&["eval", "--summary", "--format", "csv", PLAN, path]);
        (String::from_utf8(out.stdout).unwrap(), err)
    };
    let (out, _) = summary(
        "phuong-x.csv",
        "unit,metric,value\n%,online_payment_ratio,62\nphút,waiting_time,12\n",
    );
    assert!(out.contains("phuong-x") && !out.contains("phút"), "{out}");
    let (_, err) = summary(
        "mixed.csv",
        "unit,metric,value\nXã 1,online_payment_ratio,0.62\n%,online_payment_ratio,62\n",
    );
    assert!(err.contains("[E0723]"), "{err}");
    let (out, _) = summary(
        "phuong-y.csv",
        "đơn vị báo cáo;chỉ tiêu;ĐVT;giá trị\nXã 1;online_payment_ratio;%;62\nXã 1;waiting_time;giờ;0,25\n",
    );
    assert!(out.contains("Xã 1"), "{out}");
}

/// Tables as people fill them in: a dash for a unit or a value, a number
/// split by the commas, a field beyond the header, a comma that may separate
/// thousands or decimals, a `Đơn vị` column of units of measure or of ward
/// names. Streaming reads what it can read the same way (a dash value, a
/// comma it cannot settle, ward names) and hands the rest to the general
/// path; either way the summary is the general path's, and neither a dash
/// nor a unit of measure becomes a unit.
#[test]
fn dashes_split_numbers_and_unit_columns_give_the_same_summary_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let summary = |name: &str, text: &str| -> (Vec<String>, String) {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();
        let err = compare_path(path);
        let out = chitieu(&["eval", "--summary", "--format", "csv", PLAN, path]);
        let units = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect();
        (units, err)
    };
    // The file, its text, the units listed, a code reported and whether it
    // streams.
    type Case<'c> = (&'c str, &'c str, &'c [&'c str], &'c str, Option<bool>);
    let cases: [Case; 11] = [
        (
            "split-period.csv",
            "unit,metric,value,period\nXã 1,dossiers_resolved,1,500\nXã 1,waiting_time,12,2025\n",
            &["Xã 1"],
            "E0735",
            Some(false),
        ),
        (
            "split-unit-after.csv",
            "metric,value,unit\nwaiting_time,12,Xã 1\ndossiers_resolved,1,500,Xã 1\npayments_total,0,7,Xã 1\n",
            &["Xã 1"],
            "E0735",
            Some(false),
        ),
        (
            "year-after.csv",
            "unit,metric,value,period\nXã 1,waiting_time,12,2025\nXã 2,waiting_time,-,2025\n",
            &["Xã 1", "Xã 2"],
            "W0714",
            Some(true),
        ),
        (
            "dash-unit.csv",
            "unit,metric,value\nXã 1,waiting_time,12\n-,waiting_time,12\n—,payments_total,4\n",
            &["Xã 1", "dash-unit"],
            "",
            None,
        ),
        (
            "dash-value.csv",
            "unit,metric,value\nXã 1,waiting_time,-\nXã 2,waiting_time,7\n",
            &["Xã 1", "Xã 2"],
            "W0714",
            Some(true),
        ),
        (
            "split.csv",
            "unit,metric,value\nXã 1,dossiers_resolved,1,500\nXã 1,dossiers_on_time,1450\n",
            &["Xã 1"],
            "E0735",
            Some(false),
        ),
        (
            "split-note.csv",
            "unit,metric,value,note\nXã 1,payments_total,0,6\nXã 1,payments_online,5,năm\n",
            &["Xã 1"],
            "E0735",
            Some(false),
        ),
        (
            "beyond.csv",
            "unit,metric,value\nXã 1,waiting_time,12,,x\nXã 2,waiting_time,3\n",
            &["Xã 2"],
            "E0705",
            Some(false),
        ),
        (
            "ambiguous.csv",
            "unit,metric,value\nXã 1,dossiers_resolved,\"1,500\"\nXã 1,payments_total,\"1,500,000\"\n",
            &["Xã 1"],
            "E0709",
            Some(true),
        ),
        (
            "don-vi.csv",
            "Đơn vị;Chỉ tiêu;Giá trị\nkm;waiting_time;3\nHS;dossiers_resolved;40\n",
            &["don-vi"],
            "",
            None,
        ),
        (
            "don-vi-wards.csv",
            "Đơn vị,Chỉ tiêu,Giá trị\nPhường 1,waiting_time,3\nPhường 2,waiting_time,-\n",
            &["Phường 1", "Phường 2"],
            "W0714",
            Some(true),
        ),
    ];
    for (name, text, units, code, streams) in cases {
        let (listed, err) = summary(name, text);
        assert_eq!(listed, units, "{name}");
        if code.is_empty() {
            continue;
        }
        // Streamed diagnostics are one line each (`file:line:col:
        // warning[W0714]: ...`), the general path's are drawn.
        let one_line = err.contains(&format!("[{code}]:"));
        assert!(err.contains(&format!("[{code}]")), "{name}: {err}");
        assert_eq!(Some(one_line), streams, "{name}: {err}");
    }
}

/// What a diagnostic says, for comparing two ways of evaluating: where, its
/// code, its words in both languages, and its related places (where, and
/// what each is).
fn said(location: String, related: Vec<String>, d: &chitieu::Diagnostic) -> Vec<String> {
    use chitieu::i18n::Lang;
    let mut out = vec![location, d.code().id().to_string()];
    for lang in [Lang::En, Lang::Vi] {
        out.push(d.message(lang));
        out.extend(d.label(lang));
        out.extend(d.hint(lang));
        out.extend(d.related.iter().map(|r| r.label.text(lang)));
    }
    out.extend(related);
    out
}

/// Diagnostics as [`said`] says them, sorted.
type Said = Vec<Vec<String>>;

/// The diagnostics of the general path and of the streamed long CSV (on one
/// thread and on two, split from the first byte) for the one CSV file in
/// `dir`, sorted; `None` when it does not stream.
fn both_ways(
    plan: &chitieu::check::model::CheckedPlan,
    dir: &std::path::Path,
) -> Option<(Said, [Said; 2])> {
    let options = common::case_options(dir);
    let mut files = common::read_case(dir, &options);
    let [file] = files.as_slice() else {
        return None;
    };
    let name = file.source.name.clone();
    let streamed = |threads| {
        let path = dir.join(&name);
        let split = (threads, 0);
        // Every diagnostic kept, as the general path's file keeps them.
        let limits = chitieu::Limits {
            shown_per_code: usize::MAX,
            ..options.limits
        };
        let out =
            chitieu::eval::stream::long_csv_summary(plan, &name, &path, &limits, split, None)?;
        let mut said: Said = out
            .diagnostics
            .iter()
            .map(|d| {
                let all = &out.diagnostics;
                let related = d.related.iter().map(|r| all.related_location(r));
                said(all.location(d), related.collect(), d)
            })
            .collect();
        said.sort();
        Some(said)
    };
    let (one, two) = (streamed(1)?, streamed(2)?);
    chitieu::eval::evaluate(plan, &mut files);
    let mut general: Said = Vec::new();
    for file in &files {
        for d in &file.diagnostics {
            let place = |span: chitieu::span::Span| {
                let at = file.source.line_col(span.start);
                format!("{}:{}:{}", file.source.name, at.line, at.column)
            };
            let related = d.related.iter().map(|r| place(r.span)).collect();
            general.push(said(place(d.span), related, d));
        }
    }
    general.sort();
    Some((general, [one, two]))
}

/// Every eval fixture of one long CSV that streams, and a messy national
/// file, give the same diagnostics streamed (on one thread or two) as the
/// general path gives: the same codes at the same places, with the same
/// messages, labels and hints in both languages, built by the same code.
#[test]
fn streamed_diagnostics_are_the_general_paths() {
    let mut compared = 0;
    let mut cases: Vec<(std::path::PathBuf, std::path::PathBuf)> = common::case_dirs("eval")
        .into_iter()
        .map(|dir| {
            let plan = common::eval_case_plan(&dir);
            (plan, dir)
        })
        .collect();
    let messy = tempfile::tempdir().unwrap();
    std::fs::write(messy.path().join("all.csv"), synthetic(60, true)).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    cases.push((root.join(PLAN), messy.path().to_path_buf()));
    for (plan, dir) in cases {
        let text = std::fs::read_to_string(&plan).unwrap();
        let checked = chitieu::check_source(&chitieu::SourceFile::new("plan.plan", text));
        if checked.has_errors() {
            continue;
        }
        let Some((general, streamed)) = both_ways(&checked.plan, &dir) else {
            continue;
        };
        for (threads, streamed) in streamed.iter().enumerate() {
            assert_eq!(
                streamed,
                &general,
                "{} on {} thread(s)",
                dir.display(),
                threads + 1
            );
        }
        compared += 1;
    }
    assert!(compared > 10, "only {compared} cases streamed");
}

/// A file of gigabytes with no line break after its header (here one quoted
/// field that never closes) is one row to the CSV reader, which would hold it
/// whole: the stream stops once a row is past what any row may be, and the
/// general path refuses the file by its size (E0716), within a gigabyte of
/// memory (the file is sparse: no disk is used).
#[cfg(unix)]
#[test]
fn a_file_without_line_breaks_is_refused_not_held_whole() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flat.csv");
    let mut file = std::fs::File::create(&path).unwrap();
    file.write_all(b"unit,metric,value\nw,waiting_time,\"")
        .unwrap();
    file.set_len(4 << 30).unwrap();
    let script = format!("ulimit -v 1000000 && exec \"$0\" eval --summary {PLAN} \"$1\"");
    let out = common::plain(&mut std::process::Command::new("sh"))
        .args(["-c", &script, env!("CARGO_BIN_EXE_chitieu")])
        .arg(&path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("E0716"), "{stderr}");
}

/// A national file with one bad value in each of 6,000 units: what cannot
/// be shown is not kept, streamed (in stretches, on two threads) or read
/// whole, and both ways still count every one (W0745, the exit code).
#[test]
fn a_flood_of_one_code_is_kept_bounded_and_counted_exactly() {
    use chitieu::diagnostic::repeats::SHOWN_PER_CODE;
    use chitieu::eval::stream::long_csv_summary;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let plan = chitieu::load::load_plan(&root.join(PLAN)).unwrap().plan;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flood.csv");
    let mut csv = String::from("unit,metric,value\n");
    for unit in 0..6_000 {
        csv.push_str(&format!("Xã {unit:05},assigned_tasks_overdue,không rõ\n"));
    }
    std::fs::write(&path, &csv).unwrap();
    let limits = chitieu::Limits::default();
    for threads in [1, 2] {
        let streamed =
            long_csv_summary(&plan, "flood.csv", &path, &limits, (threads, 0), None).unwrap();
        assert_eq!(streamed.diagnostics.len(), 6_000);
        assert_eq!(streamed.errors(), 6_000);
        assert_eq!(streamed.diagnostics.as_slice().len(), SHOWN_PER_CODE + 1);
    }
    let path = path.to_str().unwrap();
    let streamed = chitieu(&["eval", "--summary", PLAN, path]);
    let whole = chitieu(&["eval", "--summary", "--no-stream", PLAN, path]);
    // Streamed diagnostics are one line each; read whole, with the line.
    assert_eq!(streamed.stdout, whole.stdout);
    for run in [&streamed, &whole] {
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(said.contains("and 5,980 more E0709"), "{said}");
        assert_eq!(run.status.code(), Some(2));
    }
    let every = chitieu(&["eval", "--summary", "--all-diagnostics", PLAN, path]);
    let every = String::from_utf8(every.stderr).unwrap();
    assert_eq!(every.matches("error[E0709]").count(), 6_000);
    assert!(!every.contains("W0745"), "every one is shown");
}

/// Each unit's period in every summary format, ranked or not, streamed as
/// read whole: the half-year its rows name, or the plan's year for a unit
/// whose rows name none. The long CSV of one period does stream.
#[test]
fn summaries_show_each_units_period_both_ways() {
    let dir = common::fixture_dir("eval").join("summary_period_of_the_rows");
    let text = std::fs::read_to_string(dir.join("plan.plan")).unwrap();
    let plan = chitieu::check_source(&chitieu::SourceFile::new("plan.plan", text)).plan;
    let wards = dir.join("wards.csv");
    let options = chitieu::measure::ReadOptions::default();
    let streamed = chitieu::eval::stream::streamed_summary(&plan, &[wards], &options, 1, None);
    let periods: Vec<Option<String>> = streamed
        .expect("a long CSV of one period streams")
        .units()
        .map(|u| u.evaluated.map(|p| p.name()))
        .collect();
    let h1 = Some("2026-H1".to_string());
    assert_eq!(periods, [h1.clone(), h1, None]);
    let said = fixture_summaries_both_ways("summary_period_of_the_rows");
    insta::assert_snapshot!(said.join("-----\n"));
}
