//! Inputs too large or too strange to keep as files, made here: every one is
//! answered with a result or a located diagnostic, never a panic or a hang,
//! and no measurement row goes unaccounted for.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use chitieu::diagnostic::render;
use chitieu::diagnostic::repeats::SHOWN_PER_CODE;
use chitieu::i18n::Lang;
use chitieu::measure::{self, ReadOptions};
use chitieu::{check_source, eval, Code, SourceFile};

/// Runs `f` on its own thread and fails if it has not finished after a
/// generous bound: a guard against hangs, not a measure of speed (that is in
/// `benches/`).
fn finishes<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(8 * 1024 * 1024)
        .spawn(move || tx.send(f()).unwrap())
        .unwrap();
    // Generous: a shared machine under load runs a debug build slowly, and
    // a hang or a quadratic blow-up takes hours, not minutes.
    rx.recv_timeout(Duration::from_secs(180))
        .expect("did not finish: a hang")
}

fn codes(text: String) -> Vec<Code> {
    finishes(move || {
        let source = SourceFile::new("hostile.plan", text);
        let outcome = check_source(&source);
        // Rendering must not panic either, whatever the spans.
        let _ = render::render(&source, &outcome.diagnostics, false);
        outcome.diagnostics.iter().map(|d| d.code()).collect()
    })
}

#[test]
fn a_50_mb_plan_is_refused_at_once() {
    let text = "target a >= 1\n".repeat(50 * 1024 * 1024 / 14 + 1);
    assert_eq!(codes(text), vec![Code::FileTooLarge]);
}

/// A plan far past the limit is refused by its size: never read whole (a
/// 50 GB plan ran out of memory in check, fmt, diff and eval).
#[test]
fn a_50_gb_plan_is_refused_by_its_size_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.plan");
    // Sparse: costs nothing on the disk.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(50 << 30)
        .unwrap();
    let small = dir.path().join("small.plan");
    std::fs::write(&small, "metric m: count\ntarget a: m >= 1\n").unwrap();
    let said = "the plan file is 50 GiB, more than the limit of 8 MiB";
    let runs: [&[&str]; 4] = [
        &["check", "big.plan"],
        &["fmt", "--check", "big.plan"],
        &["eval", "big.plan", "."],
        &["git-textconv", "big.plan"],
    ];
    for args in runs {
        let out = finishes({
            let dir = dir.path().to_path_buf();
            move || {
                std::process::Command::new(env!("CARGO_BIN_EXE_chitieu"))
                    .args(args)
                    .current_dir(dir)
                    .env_remove("LANG")
                    .env_remove("LC_ALL")
                    .output()
                    .unwrap()
            }
        });
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let shown = all.contains(said) || all.contains("E0715");
        assert!(shown, "{args:?}: {all}");
    }
    // diff: both ways, the big side refused with its size.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .args([
            "git-diff",
            "big.plan",
            "small.plan",
            "0",
            "100644",
            "big.plan",
            "1",
            "100644",
        ])
        .current_dir(dir.path())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    let all =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(all.contains(said), "{all}");
}

#[test]
fn twenty_thousand_targets_are_checked() {
    let text: String = (0..20_000)
        .map(|i| format!("target t{i}: m{} >= {}%\n", i % 97, i % 50))
        .collect();
    let found = codes(text);
    assert!(
        found
            .iter()
            .all(|c| *c == Code::DuplicateTarget || *c == Code::Contradiction),
        "{found:?}"
    );
}

#[test]
fn ten_thousand_parentheses_are_refused_not_overflowed() {
    let text = format!(
        "metric x = {}a{}\ntarget x >= 1\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    assert_eq!(codes(text), vec![Code::NestingTooDeep]);
}

#[test]
fn unclosed_brackets_deep_inside_nesting_finish() {
    let statement = format!("metric x = {}a + (b * (c\n", "(".repeat(60));
    let text = statement.repeat(2_000);
    let found = codes(text);
    assert_eq!(found.len(), 2_000, "one syntax error per statement");
    assert!(found.iter().all(|c| *c == Code::SyntaxError));
}

#[test]
fn a_line_of_a_megabyte_is_read() {
    let text = format!("target a >= 1 label \"{}\"\n", "đ".repeat(500_000));
    assert_eq!(codes(text), vec![]);
}

#[test]
fn a_csv_field_of_a_megabyte_is_reported_and_the_rest_read() {
    let csv = format!(
        "metric,value,note\na,1,{}\nb,2,ok\n",
        "x".repeat(1024 * 1024)
    );
    let file = measure::read(
        Path::new("big.csv"),
        csv.as_bytes(),
        &ReadOptions::default(),
    );
    assert_eq!(file_codes(&file), vec![Code::MeasureLimit]);
    assert_eq!(file.readings.len(), 1);
    assert_eq!(file.rows, 2);
}

/// Every data row of a messy file is read or reported, and every reading is
/// used by the evaluation or reported where it stands.
#[test]
fn every_row_is_accounted_for() {
    let plan = check_source(&SourceFile::new(
        "p.plan",
        "metric a: ratio\nmetric b: count\nmetric c: minutes\ntarget a >= 50%\ntarget b >= 1\ntarget c <= 5 min\n",
    ))
    .plan;
    let csv = "metric;value;extra\n\
               a;0,6;\n\
               b\n\
               ;3\n\
               c;2 min;\n\
               a;0,7\n\
               zz;1\n\
               b;-1\n\
               c;\n\
               \n\
               b;2;x;y\n";
    let mut files = vec![measure::read(
        Path::new("m.csv"),
        csv.as_bytes(),
        &ReadOptions::default(),
    )];
    let file = &files[0];
    let row_problems = file
        .diagnostics
        .iter()
        .filter(|d| d.code() == Code::RaggedRow)
        .count();
    assert_eq!(file.rows, 9, "nine data rows; the blank line is none");
    assert_eq!(file.rows, file.readings.len() + row_problems);
    let readings = file.readings.clone();
    eval::evaluate(&plan, &mut files);
    let reported: Vec<_> = files[0].diagnostics.iter().map(|d| d.span).collect();
    let mut used = std::collections::BTreeSet::new();
    for reading in &readings {
        let spoken_for = reported.contains(&reading.value_place.span)
            || reported.contains(&reading.metric_place.span);
        if !spoken_for {
            assert!(
                used.insert(reading.metric.to_string()),
                "{} used twice without a word",
                reading.metric
            );
        }
    }
    // `b` is reported both times (-1 is out of range, 2 then conflicts with
    // it); `a` and `c` are each used once, their repeats reported.
    let expected: std::collections::BTreeSet<String> =
        ["a", "c"].iter().map(|s| s.to_string()).collect();
    assert_eq!(used, expected);
}

/// The general path keeps a result per unit (a summary its totals only):
/// why a unit was not scored, rare, is boxed. Its points and maximum are
/// exact numbers (48 bytes each: a fraction of two 128-bit terms held
/// inline, so that a total of rates allocates nothing). Its tally counts
/// the targets whose maximum from the data is not known (16 bytes more
/// with its alignment, 304 before; the compact rows of `--summary` keep it
/// in their padding). A rolled-up unit's place among its register's units
/// (`eval --rollup`) is boxed: 16 bytes more with the alignment, 320
/// before.
#[test]
fn a_unit_result_stays_compact() {
    let size = std::mem::size_of::<chitieu::eval::result::UnitResult>();
    assert!(size <= 336, "{size}");
}

/// A small deterministic generator in place of a fuzzer in the test suite:
/// byte soup and mutations of real inputs never panic any reader.
#[test]
fn random_bytes_never_panic() {
    let seeds: Vec<Vec<u8>> = vec![
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/tran-lieu-2025-h2.plan"))
            .unwrap(),
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cac-phuong-2025-h2.csv"),
        )
        .unwrap(),
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/tran-lieu-2025-h2/phuong-tran-lieu.json"),
        )
        .unwrap(),
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/tran-lieu-2025-h2/phuong-tran-lieu.xlsx"),
        )
        .unwrap(),
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    finishes(move || {
        for round in 0..400 {
            let seed = &seeds[round % seeds.len()];
            let mut bytes = seed.clone();
            for _ in 0..(next() % 16 + 1) {
                if bytes.is_empty() {
                    bytes.push(b'"');
                }
                let at = (next() as usize) % bytes.len();
                match next() % 4 {
                    0 => bytes[at] = next() as u8,
                    1 => bytes.insert(at, b"()\"#%;,\r\n\xC3\xA1\xFF"[(next() % 12) as usize]),
                    2 => {
                        bytes.remove(at);
                    }
                    _ => bytes.truncate(at),
                }
            }
            let (source, _) = chitieu::files::decode("fuzz.plan", bytes.clone());
            let outcome = check_source(&source);
            let _ = render::render(&source, &outcome.diagnostics, false);
            let _ = chitieu::format::format_source(&source);
            for name in ["f.csv", "f.json", "f.xlsx"] {
                let _ = measure::read(Path::new(name), &bytes, &ReadOptions::default());
            }
        }
    });
}

/// A workbook of one sheet whose `<sheetData>` is `rows`, its parts stored.
fn workbook(dimension: &str, rows: &str) -> Vec<u8> {
    workbook_named("Sheet1", dimension, rows)
}

/// A workbook of one sheet named `sheet` whose `<sheetData>` is `rows`.
fn workbook_named(sheet: &str, dimension: &str, rows: &str) -> Vec<u8> {
    use std::io::Write;
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>"#
            ),
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in parts {
        zip.start_file(name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn xlsx_codes(bytes: &[u8]) -> Vec<Code> {
    file_codes(&measure::read(
        Path::new("far.xlsx"),
        bytes,
        &ReadOptions::default(),
    ))
}

fn file_codes(file: &measure::MeasureFile) -> Vec<Code> {
    file.diagnostics.iter().map(|d| d.code()).collect()
}

/// Cells far apart cost memory by the cells held, not by the rectangle
/// they span (calamine's ranges would take 549 GB here, and abort).
#[test]
fn a_cell_at_the_last_column_and_row_is_not_a_rectangle() {
    let rows = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>metric</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>waiting_time</t></is></c><c r="B2"><v>12</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#;
    let bytes = workbook("A1:XFD1048576", rows);
    let file =
        finishes(move || measure::read(Path::new("far.xlsx"), &bytes, &ReadOptions::default()));
    assert_eq!(file.readings.len(), 1);
    assert_eq!(file_codes(&file), vec![Code::MeasureLimit]);
}

/// A sheet named with 64 KB (Excel stops at 31 characters, a hostile file
/// does not) costs its name once, not once per cell: every place of the
/// sheet shares it (a hundred thousand cells would otherwise take 6 GB).
#[test]
fn a_long_sheet_name_is_held_once_not_per_cell() {
    let name = "S".repeat(65_536);
    let rows = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>metric</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>waiting_time</t></is></c><c r="B2"><v>12</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>online_payment_ratio</t></is></c><c r="B3"><v>0.6</v></c></row>"#;
    let bytes = workbook_named(&name, "A1:B3", rows);
    let file =
        finishes(move || measure::read(Path::new("named.xlsx"), &bytes, &ReadOptions::default()));
    let sheets: Vec<_> = file
        .readings
        .iter()
        .flat_map(|r| [&r.metric_place, &r.value_place])
        .map(|place| &place.cell.as_ref().unwrap().sheet)
        .collect();
    assert_eq!(sheets.len(), 4);
    assert_eq!(sheets[0].len(), 65_536);
    assert!(sheets.iter().all(|s| std::sync::Arc::ptr_eq(s, sheets[0])));
}

/// Rows each with a cell 900 columns to the right: every row within the
/// width of a table row, but the table of them (180 million cells) over
/// the limit on cells, refused before it is made.
#[test]
fn a_table_of_far_cells_is_refused_not_made() {
    let rows: String = (1..=200_000)
        .map(|r| {
            format!(r#"<row r="{r}"><c r="A{r}"><v>1</v></c><c r="AHP{r}"><v>2</v></c></row>"#)
        })
        .collect();
    let bytes = workbook("A1:AHP200000", &rows);
    assert_eq!(
        finishes(move || xlsx_codes(&bytes)),
        vec![Code::MeasureLimit]
    );
}

/// How many of `diagnostics` of `code` suggest a name ("did you mean").
fn suggestions(diagnostics: &[chitieu::Diagnostic], code: Code) -> (usize, usize) {
    let of_code: Vec<_> = diagnostics.iter().filter(|d| d.code() == code).collect();
    let suggest = of_code
        .iter()
        .filter(|d| {
            d.hint(chitieu::i18n::Lang::En)
                .is_some_and(|h| h.contains("did you mean"))
        })
        .count();
    (of_code.len(), suggest)
}

/// 5,000 metrics, each used misspelt: every pair of names compared took
/// 28 s (10,000 of each 112 s). A file gets the first 100 suggestions; the
/// diagnostics all stay.
#[test]
fn five_thousand_misspelt_metrics_get_a_hundred_suggestions() {
    let mut text: String = (0..5_000)
        .map(|i| format!("metric metric_{i:04}: count\n"))
        .collect();
    text.extend((0..5_000).map(|i| format!("target t{i}: metrc_{i:04} >= 1\n")));
    let diagnostics =
        finishes(move || check_source(&SourceFile::new("hostile.plan", text)).diagnostics);
    let (warned, suggested) = suggestions(&diagnostics, Code::UndeclaredMetric);
    assert_eq!(
        (warned, suggested),
        (5_000, chitieu::suggest::SEARCHES_PER_FILE)
    );
}

#[test]
fn five_thousand_unknown_metrics_of_a_file_get_a_hundred_suggestions() {
    let (plan, csv) = finishes(|| {
        let mut text: String = (0..5_000)
            .map(|i| format!("metric metric_{i:04}: count\n"))
            .collect();
        text.push_str("target metric_0000 >= 1\n");
        let plan = check_source(&SourceFile::new("p.plan", text)).plan;
        let csv: String = std::iter::once("metric,value\n".to_string())
            .chain((0..5_000).map(|i| format!("metrc_{i:04},1\n")))
            .collect();
        (plan, csv)
    });
    let diagnostics = finishes(move || {
        let mut files = vec![measure::read(
            Path::new("m.csv"),
            csv.as_bytes(),
            &ReadOptions::default(),
        )];
        eval::evaluate(&plan, &mut files);
        files.remove(0).diagnostics
    });
    let (warned, suggested) = suggestions(&diagnostics, Code::UnknownMetric);
    assert_eq!(
        (warned, suggested),
        (5_000, chitieu::suggest::SEARCHES_PER_FILE)
    );
}

/// The rendered diagnostics of a plan, every one shown or at most 20 of a
/// code.
fn plan_rendered(text: String, bound: usize) -> (usize, String) {
    finishes(move || {
        let source = SourceFile::new("hostile.plan", text);
        let outcome = check_source(&source);
        let mut out = Vec::new();
        render::write_in(
            &source,
            &outcome.diagnostics,
            false,
            Lang::En,
            bound,
            &mut out,
        )
        .unwrap();
        (outcome.diagnostics.len(), String::from_utf8(out).unwrap())
    })
}

#[test]
fn two_thousand_repeated_labels_on_a_line_are_shown_in_kilobytes() {
    // 140 MB of output once: each diagnostic reprinted the 20 KB line.
    let text = format!(
        "metric a: count\ntarget a >= 1{}\n",
        " label \"x\"".repeat(2_000)
    );
    let (found, shown) = plan_rendered(text.clone(), SHOWN_PER_CODE);
    assert_eq!(found, 1_999, "every repeat is still a diagnostic");
    assert!(shown.len() < 16 * 1024, "{} bytes", shown.len());
    assert!(shown.contains("[W0745] Warning: and 1,979 more E0110 in this file"));
    // Every one shown, each on a cut line: a small multiple of the input.
    let (_, all) = plan_rendered(text, usize::MAX);
    assert_eq!(all.matches("[E0110]").count(), 1_999);
    assert!(all.len() < 2_000 * 1_024, "{} bytes", all.len());
}

#[test]
fn a_one_line_json_of_a_thousand_bad_values_is_shown_in_kilobytes() {
    // 480 MB of output once: each diagnostic reprinted the 80 KB line.
    let units: Vec<String> = (0..1_000)
        .map(|i| format!("{{\"unit\": \"Ward {i}\", \"values\": {{\"on_time\": \"bad{i}\"}}}}"))
        .collect();
    let json = format!("[{}]", units.join(", "));
    let file = finishes(move || {
        let plan = SourceFile::new("p.plan", "metric on_time: ratio\ntarget on_time >= 60%\n");
        let plan = check_source(&plan).plan;
        let file = measure::read(
            Path::new("one.json"),
            json.as_bytes(),
            &ReadOptions::default(),
        );
        let mut inputs = vec![file];
        eval::evaluate(&plan, &mut inputs);
        inputs.pop().unwrap()
    });
    let found = file.diagnostics.len();
    let shown = render::render(&file.source, &file.diagnostics, false);
    assert!(found >= 1_000, "{found} diagnostics");
    assert!(shown.len() < 16 * 1024, "{} bytes", shown.len());
    assert!(shown.contains("[W0745]"));
    let mut out = Vec::new();
    render::write_in(
        &file.source,
        &file.diagnostics,
        false,
        Lang::En,
        usize::MAX,
        &mut out,
    )
    .unwrap();
    assert!(out.len() < found * 1_024, "{} bytes", out.len());
}

#[test]
fn check_streams_a_bounded_list_and_json_counts_the_rest() {
    let dir = std::env::temp_dir().join(format!("chitieu-floods-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plan = dir.join("labels.plan");
    let text = format!(
        "metric a: count\ntarget a >= 1{}\n",
        " label \"x\"".repeat(2_000)
    );
    std::fs::write(&plan, text).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_chitieu"))
            .args(args)
            .arg(&plan)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .output()
            .unwrap()
    };
    let text = run(&["check", "--color", "never"]);
    assert!(text.stderr.len() < 16 * 1024, "{} bytes", text.stderr.len());
    let stderr = String::from_utf8_lossy(&text.stderr);
    assert!(stderr.ends_with("1,999 errors in 1 file\n"), "{stderr}");
    let json = run(&["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["errors"], 1_999);
    let shown = report["diagnostics"].as_array().unwrap();
    assert_eq!(shown.len(), 21);
    assert_eq!(shown[20]["code"], "W0745");
    assert_eq!(shown[20]["repeated_code"], "E0110");
    assert_eq!(shown[20]["count"], 1_979);
    let all = run(&["check", "--format", "json", "--all-diagnostics"]);
    let report: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 1_999);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The general path holds every reading of its files at once (a long CSV
/// whose units' rows are spread apart): a reading stays compact (its unit
/// and metric are names shared by the readings that give them).
#[test]
fn a_reading_stays_compact() {
    assert!(
        std::mem::size_of::<measure::Reading>() <= 144,
        "{}",
        std::mem::size_of::<measure::Reading>()
    );
}

/// `plan` evaluated on the long CSV `csv`, within the bound of [`finishes`].
fn evaluated(
    plan: chitieu::check::model::CheckedPlan,
    csv: String,
) -> Vec<chitieu::eval::result::UnitResult> {
    finishes(move || {
        let mut files = vec![measure::read(
            Path::new("m.csv"),
            csv.as_bytes(),
            &ReadOptions::default(),
        )];
        eval::evaluate(&plan, &mut files)
    })
}

/// A plan of 5,000 sections, each with its own owner and target, scored
/// for 200 units: each unit's totals per section and per owner find their
/// group by name in constant time (a search of the list made it 5 billion
/// comparisons; 20,000 sections took two seconds per unit in a release
/// build).
#[test]
fn five_thousand_sections_are_tallied_per_unit_in_linear_time() {
    let (plan, csv) = finishes(|| {
        let mut text: String = "metric m: count\n".to_string();
        text.extend((0..5_000).map(|i| format!("owner \"O{i}\"\n")));
        text.extend(
            (0..5_000).map(|i| format!("section \"S{i}\" owner \"O{i}\"\ntarget t{i}: m >= {i}\n")),
        );
        let checked = check_source(&SourceFile::new("p.plan", text));
        assert!(!checked.has_errors());
        let csv: String = std::iter::once("unit,metric,value\n".to_string())
            .chain((0..200).map(|u| format!("w{u},m,{u}\n")))
            .collect();
        (checked.plan, csv)
    });
    let units = evaluated(plan, csv);
    assert_eq!(units.len(), 200);
    for unit in &units {
        assert_eq!((unit.sections.len(), unit.owners.len()), (5_000, 5_000));
    }
}

/// A streamed long CSV whose every row names a period of its own: the
/// periods are told apart by a set, not by searching the list of those seen
/// (150,000 periods made 11 billion comparisons).
#[test]
fn a_period_on_every_row_of_a_stream_is_linear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("periods.csv");
    let csv: String = std::iter::once("unit,period,metric,value\n".to_string())
        .chain((0..150_000).map(|i| format!("w{i},2025-H2-{i},waiting_time,1\n")))
        .collect();
    std::fs::write(&path, csv).unwrap();
    let plan = check_source(&SourceFile::new(
        "p.plan",
        "metric waiting_time: minutes\ntarget waiting_time <= 15 min\n".to_string(),
    ))
    .plan;
    finishes(move || {
        let limits = chitieu::limits::Limits::default();
        eval::stream::long_csv_summary(&plan, "periods.csv", &path, &limits, (1, u64::MAX), None)
            .map(|streamed| streamed.diagnostics.len())
    });
}

/// A plan of 12,000 sections, each with a target that shares its points
/// when it does not apply and one that receives them, scored for 10 units
/// that report every shared target not applicable: each target finds its
/// group through a map, in one pass (a search of the list of groups per
/// target, then a walk of every target per group, took 20 s for 4,000
/// sections and 20 units).
#[test]
fn twelve_thousand_sections_share_their_points_in_linear_time() {
    let (plan, csv) = finishes(|| {
        let mut text = String::new();
        text.extend((0..12_000).map(|i| format!("metric m{i}: count\nmetric k{i}: count\n")));
        text.extend((0..12_000).map(|i| {
            format!(
                "section \"S{i}\"\ntarget a{i}: m{i} >= 1 not_applicable redistribute\n\
                 target b{i}: k{i} >= 1\n"
            )
        }));
        let checked = check_source(&SourceFile::new("p.plan", text));
        assert!(!checked.has_errors());
        let mut csv = "unit,metric,value\n".to_string();
        for u in 0..10 {
            csv.extend((0..12_000).map(|i| format!("w{u},m{i},n/a\nw{u},k{i},1\n")));
        }
        (checked.plan, csv)
    });
    let units = evaluated(plan, csv);
    assert_eq!(units.len(), 10);
}

/// Counts what is written and the largest single write.
#[derive(Default)]
struct Pieces {
    bytes: Vec<u8>,
    largest: usize,
}

impl std::io::Write for Pieces {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.largest = self.largest.max(buf.len());
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A flood of units, each with a bad value (issue 14: 100,000 of them held
/// gigabytes of report text before the first byte was written): every
/// format but HTML is written as the units are evaluated, one unit's text
/// at a time, and says the same bytes as the whole report made at once.
#[test]
fn a_report_of_many_units_is_written_unit_by_unit() {
    use chitieu::report::{self, sink::UnitSink};
    let plan = check_source(&SourceFile::new(
        "p.plan",
        "plan \"P\"\nmetric a: ratio\nmetric b: count\ntarget a >= 50% \"A\"\ntarget b >= 1\n",
    ))
    .plan;
    let units = 2_000;
    let mut csv = String::from("unit,metric,value\n");
    for u in 0..units {
        csv.push_str(&format!("u{u},a,60%\nu{u},b,x{u}\n"));
    }
    let read = || {
        vec![measure::read(
            Path::new("m.csv"),
            csv.as_bytes(),
            &ReadOptions::default(),
        )]
    };
    let whole = eval::evaluate(&plan, &mut read());
    let whole_report = report::Report {
        plan_title: plan.title.as_deref(),
        units: &whole,
        lang: Lang::En,
        grades: &plan.grades,
        rank_by: Default::default(),
        period: plan
            .period
            .map(chitieu::eval::due::EvaluatedPeriod::of_plan),
    };
    let expected = [
        report::text::render(&whole_report, false),
        report::markdown::render(&whole_report),
        report::junit::render(&whole),
        report::csv_report::render(&whole),
        report::json::render(&whole, &chitieu::diagnostic::Diagnostics::new()),
    ];
    let bounds = report::TotalBounds::of(&plan.grades);
    for (format, expected) in expected.iter().enumerate() {
        let mut out = Pieces::default();
        {
            let out: &mut dyn std::io::Write = &mut out;
            let mut sink: Box<dyn UnitSink> = match format {
                0 => Box::new(report::text::TextSink::new(
                    plan.title.as_deref(),
                    &bounds,
                    Lang::En,
                    false,
                    out,
                )),
                1 => Box::new(report::markdown::MarkdownSink::new(
                    plan.title.as_deref(),
                    &bounds,
                    Lang::En,
                    out,
                )),
                2 => Box::new(report::junit::JunitSink::new(out)),
                3 => Box::new(report::csv_report::CsvSink::new(out)),
                _ => Box::new(report::json::JsonSink { out }),
            };
            let metrics = eval::Metrics::new(&plan);
            let hints = eval::Hints::default();
            eval::evaluate_each(&metrics, &hints, &mut read(), eval::Detail::Full, |unit| {
                sink.unit(&unit)
            })
            .and_then(|()| sink.finish())
            .unwrap();
        }
        let written = String::from_utf8(out.bytes).unwrap();
        assert_eq!(&written, expected, "format {format}");
        assert!(
            out.largest * 20 < written.len(),
            "format {format}: a write of {} bytes in {}",
            out.largest,
            written.len()
        );
    }
}

/// A plan's loader keeps, of each code in each file, what can be shown and
/// counts the rest (100,000 repeats of one mistake once held every one); the
/// counts, the exit status and `--all-diagnostics` stay exact.
#[test]
fn a_loaded_plan_keeps_what_it_shows_of_repeated_errors() {
    let plan = Path::new("tests/fixtures/cli/hostile/repeated_errors.plan");
    let loaded = chitieu::load::load_plan(plan).unwrap();
    assert_eq!(loaded.diagnostics.errors(), 599);
    assert!(loaded.has_errors());
    // Two codes, each with what can be shown and the one after it.
    let kept = loaded.diagnostics.as_slice().len();
    assert_eq!(kept, 2 * (SHOWN_PER_CODE + 1), "{kept} kept");
    let shown = loaded.diagnostics.render_in(false, Lang::En);
    assert!(shown.contains("and 279 more E0205 in this file"), "{shown}");
    let all = chitieu::load::load_plan_showing(plan, usize::MAX).unwrap();
    assert_eq!(all.diagnostics.as_slice().len(), 599);
}

/// A sheet is read row by row when it writes its cells in order, and whole
/// when it does not (a hand-made file may write row 9 before row 2): both
/// give the same readings and diagnostics. The rows here have a title above
/// the header, a `đơn vị` column decided by its values, a number shown
/// rounded, a row wider than a table row may be, and short rows.
#[test]
fn a_sheet_read_row_by_row_reads_as_the_sheet_held_whole() {
    let text = |r: &str, t: &str| format!(r#"<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>"#);
    let number = |r: &str, v: &str| format!(r#"<c r="{r}"><v>{v}</v></c>"#);
    let mut rows = vec![
        format!(r#"<row r="1">{}</row>"#, text("A1", "Báo cáo quý")),
        format!(
            r#"<row r="2">{}{}{}{}</row>"#,
            text("A2", "đơn vị"),
            text("B2", "chỉ tiêu"),
            text("C2", "giá trị"),
            text("D2", "ghi chú")
        ),
    ];
    for r in 3..=40 {
        let unit = format!("Phường {}", r % 7);
        let value = if r % 5 == 0 {
            "0.6000000000000001"
        } else {
            "0.75"
        };
        let mut row = format!(
            r#"<row r="{r}">{}{}{}"#,
            text(&format!("A{r}"), &unit),
            text(&format!("B{r}"), "online_payment_ratio"),
            number(&format!("C{r}"), value)
        );
        if r == 17 {
            row.push_str(&number(&format!("ZZ{r}"), "1"));
        }
        row.push_str("</row>");
        rows.push(row);
    }
    let in_order = workbook("A1:D40", &rows.concat());
    // Row 9 written last: the sheet is read whole and sorted.
    let ninth = rows.remove(8);
    rows.push(ninth);
    let out_of_order = workbook("A1:D40", &rows.concat());
    let options = ReadOptions {
        limits: chitieu::limits::Limits {
            max_columns: 100,
            ..Default::default()
        },
        ..Default::default()
    };
    let read = |bytes: &[u8]| {
        let mut file = measure::read(Path::new("q.xlsx"), bytes, &options);
        chitieu::diagnostic::sort(&mut file.diagnostics);
        let shown = render::render(&file.source, &file.diagnostics, false);
        (format!("{:?}", file.readings), shown, file.rows)
    };
    let (streamed, held) = (read(&in_order), read(&out_of_order));
    assert_eq!(streamed, held);
    assert!(streamed.1.contains("[W0728]"), "{}", streamed.1);
    assert!(streamed.1.contains("[W0722]"), "{}", streamed.1);
    assert!(streamed.1.contains("[E0716]"), "{}", streamed.1);
    assert_eq!(streamed.0.matches("Reading {").count(), 37);
}

/// Runs the `chitieu` binary in `dir` with `args`, colour and language
/// settings cleared.
fn chitieu_in(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .env_remove("FORCE_COLOR")
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Names longer than 65,535 characters (an owner, a section, a target's
/// metric, a unit: within the limits, a JSON unit name has none) made the
/// text report and `--summary` panic: Rust's formatter refuses a width past
/// that, and every column was padded to its longest name. Columns are padded
/// to at most `WIDEST_COLUMN` characters, so a long name costs its own line
/// only.
#[test]
fn names_past_sixty_five_thousand_characters_are_reported_not_padded() {
    let long = 70_000;
    let (owner, section, metric, unit) = (
        "O".repeat(long),
        "S".repeat(long),
        "m".repeat(long),
        "U".repeat(long),
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.plan"),
        format!(
            "plan \"P\"\nowner \"{owner}\" \"o\"\nmetric {metric}: count\nmetric b: count\n\
             section \"{section}\" owner \"{owner}\"\ntarget {metric} >= 1\ntarget b >= 1\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.json"),
        format!(
            "[{{\"unit\": \"{unit}\", \"values\": {{\"{metric}\": 2, \"b\": 0}}}},\n\
             {{\"unit\": \"short\", \"values\": {{\"{metric}\": 2, \"b\": 3}}}}]"
        ),
    )
    .unwrap();
    for args in [
        &["eval", "p.plan", "m.json"][..],
        &["eval", "--summary", "p.plan", "m.json"],
        &["eval", "--summary", "--rank", "p.plan", "m.json"],
    ] {
        let out = chitieu_in(dir.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains(&unit), "{args:?}");
        // A line without a long name is as short as ever: no column is
        // padded to 70,000 characters.
        for line in stdout.lines().filter(|l| l.len() < long) {
            assert!(line.len() < 400, "{args:?}: a line of {}", line.len());
        }
        assert!(stdout.len() < 16 * long, "{args:?}: {} bytes", stdout.len());
    }
}

/// A streamed `--summary` of a folder finds an unknown metric among those
/// of the batch by name: a search of the list made two files of 50,000
/// unknown metrics each take two minutes in a release build.
#[test]
fn a_folder_of_many_unknown_metrics_is_summarised_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    for (file, prefix) in [("a.csv", "zz"), ("b.csv", "yy"), ("c.csv", "zz")] {
        let csv: String = std::iter::once("metric,value\n".to_string())
            .chain((0..30_000).map(|i| format!("{prefix}{i},1\n")))
            .collect();
        std::fs::write(dir.path().join(file), csv).unwrap();
    }
    let plan = check_source(&SourceFile::new(
        "p.plan",
        "metric a: count\ntarget a >= 1\n".to_string(),
    ))
    .plan;
    let folder = vec![dir.path().to_path_buf()];
    let streamed = finishes(move || {
        let options = ReadOptions::default();
        eval::stream::streamed_summary(&plan, &folder, &options, 1, None).unwrap()
    });
    // One W0706 a metric (kept or counted), however many files name it.
    let all = &streamed.diagnostics;
    assert_eq!(all.len(), 60_000);
    let first = all.iter().next().unwrap();
    assert_eq!(first.code(), Code::UnknownMetric);
    assert!(
        first.message(Lang::En).contains("zz0"),
        "{}",
        first.message(Lang::En)
    );
}

/// The bytes the current thread holds, and the most it held: each test
/// runs on its own thread, so what one reads is not blurred by the others.
mod held {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    pub struct Counting;

    thread_local! {
        static NOW: Cell<isize> = const { Cell::new(0) };
        static PEAK: Cell<isize> = const { Cell::new(0) };
    }

    fn add(bytes: isize) {
        let _ = NOW.try_with(|now| {
            let held = now.get() + bytes;
            now.set(held);
            let _ = PEAK.try_with(|peak| peak.set(peak.get().max(held)));
        });
    }

    // SAFETY: every call is passed on to the system's allocator unchanged;
    // only sizes are counted, in thread-local cells that allocate nothing.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let at = unsafe { System.alloc(layout) };
            if !at.is_null() {
                add(layout.size() as isize);
            }
            at
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            let at = unsafe { System.alloc_zeroed(layout) };
            if !at.is_null() {
                add(layout.size() as isize);
            }
            at
        }

        unsafe fn dealloc(&self, at: *mut u8, layout: Layout) {
            unsafe { System.dealloc(at, layout) };
            add(-(layout.size() as isize));
        }

        unsafe fn realloc(&self, at: *mut u8, layout: Layout, size: usize) -> *mut u8 {
            let moved = unsafe { System.realloc(at, layout, size) };
            if !moved.is_null() {
                add(size as isize - layout.size() as isize);
            }
            moved
        }
    }

    /// What `f` gives, and the most bytes it held at once on this thread
    /// beyond what was held before.
    pub fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
        let start = NOW.with(Cell::get);
        PEAK.with(|peak| peak.set(start));
        let given = f();
        let peak = PEAK.with(Cell::get);
        (given, usize::try_from(peak - start).unwrap_or(0))
    }
}

#[global_allocator]
static ALLOCATOR: held::Counting = held::Counting;

/// `text` read as the measurement file `name`, and the most bytes reading
/// it held at once.
fn read_held(name: &str, text: String) -> (measure::MeasureFile, usize) {
    let name = name.to_string();
    finishes(move || {
        held::peak_of(|| {
            measure::read_owned(
                Path::new(&name),
                "m".to_string(),
                text.into_bytes(),
                &ReadOptions::default(),
            )
        })
    })
}

/// A problem on every row costs a count once the file keeps what it can
/// show, not a diagnostic held until the file is read: 2,000,000 rows of
/// one field held 925 MB of E0705 for a 9.8 MB file, 4,000,000 `[]` in a
/// JSON list 1.6 GB for 12 MB. Every one is still counted.
#[test]
fn a_problem_on_every_row_is_counted_not_held() {
    // Past 1 MiB, so read in passes, rows not held.
    let rows = 300_000;
    let csv: String = std::iter::once("unit,metric,value\n".to_string())
        .chain((0..rows).map(|i| format!("u{}\n", i % 1000)))
        .collect();
    let json = format!("[{}]", vec!["[]"; rows].join(","));
    for (name, text) in [("rows.csv", csv), ("lists.json", json)] {
        let size = text.len();
        let (file, peak) = read_held(name, text);
        // Room for a reading a line is made ahead (144 bytes); a diagnostic
        // held a row cost 460 bytes more.
        assert!(peak < 250 * rows, "{name}: {peak} bytes held for {size}");
        let all = measure::MeasureFile::diagnostics_of(vec![file]);
        // Each row's error (and the file's E0730 for the CSV), counted.
        assert!(all.errors() >= rows, "{name}: {}", all.errors());
        // Those kept between two drops, at most.
        let kept = all.as_slice().len();
        assert!(
            kept <= chitieu::diagnostic::repeats::DROP_FROM,
            "{name}: {kept}"
        );
    }
}

/// A JSON file costs its readings, not a parsed document beside a tree of
/// places: 2,000,000 one-key objects (16 MB) took 2 GB, 20,000 units nested
/// 120 deep (14 MB) as much.
#[test]
fn a_json_file_costs_its_readings_not_its_trees() {
    let flat = format!("[{}]", vec![r#"{"a":1}"#; 200_000].join(","));
    let deep = format!("{}1{}", r#"{"a":"#.repeat(120), "}".repeat(120));
    let deep = format!("[{}]", vec![deep.as_str(); 2_000].join(","));
    for (name, text, most) in [("flat.json", flat, 40), ("deep.json", deep, 2)] {
        let size = text.len();
        let (file, peak) = read_held(name, text);
        assert!(!file.readings.is_empty(), "{name}");
        assert!(peak < most * size, "{name}: {peak} bytes held for {size}");
    }
}

/// Twenty thousand grades (each told shadowed by the one before it) are
/// checked in bounded time and memory: only the first 100 are compared with
/// each other (W0418), where comparing them all took 3 GB and did not end.
#[test]
fn twenty_thousand_grades_are_not_compared_pairwise() {
    let mut text = String::from("metric a: ratio\ntarget a >= 1% points 10\n");
    for i in 0..20_000 {
        text.push_str(&format!("grade \"G{i}\" >= {}%\n", i % 100));
    }
    let codes = codes(text);
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == Code::GradesNotCompared)
            .count(),
        1
    );
    assert!(
        codes
            .iter()
            .filter(|c| **c == Code::UnreachableGrade)
            .count()
            < 100
    );
}
