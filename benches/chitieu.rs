//! `cargo bench`: checking plans (the shipped one, and plans near the limits),
//! evaluating one unit's submission, and evaluating a batch of units, with
//! the seed plan and with the 766 index's plan (issue 15's forms).

use std::hint::black_box;
use std::path::Path;

use chitieu::measure::{self, ReadOptions};
use chitieu::{check_source, eval, SourceFile};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn shipped_plan() -> String {
    read_text("rules/tran-lieu-2025-h2.plan")
}

/// The 766 index: `else`, `max`, targets that only score, `round 0.01`, a
/// maximum from the data and grades.
fn plan_766() -> String {
    read_text("rules/chi-so-766.plan")
}

fn read_text(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_default()
}

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    let text = shipped_plan();
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("tran_lieu_2025_h2", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", text.as_str()))))
    });
    let text_766 = plan_766();
    group.throughput(Throughput::Bytes(text_766.len() as u64));
    group.bench_function("chi_so_766", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", text_766.as_str()))))
    });
    // Near the limits: 100,000 statements (the most a file may hold) and a
    // formula nested 64 deep (the deepest allowed), repeated.
    let many: String = (0..100_000)
        .map(|i| format!("target t{i}: m{} >= {}%\n", i % 1000, i % 100))
        .collect();
    group.sample_size(10);
    group.throughput(Throughput::Bytes(many.len() as u64));
    group.bench_function("100k_statements", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", many.as_str()))))
    });
    let nested = format!(
        "metric x = {}a{}\ntarget x >= 1\n",
        "(".repeat(63),
        ")".repeat(63)
    )
    .repeat(1_000);
    group.throughput(Throughput::Bytes(nested.len() as u64));
    group.bench_function("1k_formulas_nested_63_deep", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", nested.as_str()))))
    });
    let unclosed = format!("metric x = {}a + (b * (c\n", "(".repeat(60)).repeat(1_000);
    group.bench_function("1k_unclosed_formulas_60_deep", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", unclosed.as_str()))))
    });
    // "Did you mean" at its worst: 10,000 metrics alike, each used
    // misspelt (every pair compared took 112 s; the first 100 are searched).
    let mut misspelt: String = (0..10_000)
        .map(|i| format!("metric metric_{i:05}: count\n"))
        .collect();
    misspelt.extend((0..10_000).map(|i| format!("target t{i}: metrc_{i:05} >= 1\n")));
    group.throughput(Throughput::Bytes(misspelt.len() as u64));
    group.bench_function("10k_misspelt_metrics", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", misspelt.as_str()))))
    });
    group.finish();
}

/// `fmt` of a plan where every statement carries comments: 99,000
/// statements, each with a comment at its end, every other one with a
/// comment above (a scan of every line per comment took 13 s; each comment
/// finds its line by a binary search now).
fn format(c: &mut Criterion) {
    let mut group = c.benchmark_group("fmt");
    let commented: String = (0..49_500)
        .map(|i| {
            format!(
                "# metric {i}\nmetric m{i}: count  # trailing {i}\ntarget t{i}: m{i} >= {i}  # target {i}\n"
            )
        })
        .collect();
    group.sample_size(10);
    group.throughput(Throughput::Bytes(commented.len() as u64));
    group.bench_function("99k_commented_statements", |b| {
        b.iter(|| {
            chitieu::format::format_source(black_box(&SourceFile::new("plan", commented.as_str())))
        })
    });
    group.finish();
}

fn evaluate(c: &mut Criterion) {
    let mut group = c.benchmark_group("eval");
    let plan = check_source(&SourceFile::new("plan", shipped_plan())).plan;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ward = std::fs::read(root.join("examples/tran-lieu-2025-h2/phuong-tran-lieu.csv"))
        .unwrap_or_default();
    group.bench_function("one_unit_read_and_score", |b| {
        b.iter(|| {
            let mut files = vec![measure::read(
                Path::new("ward.csv"),
                black_box(&ward),
                &ReadOptions::default(),
            )];
            eval::evaluate(&plan, &mut files)
        })
    });
    let read = measure::read(Path::new("ward.csv"), &ward, &ReadOptions::default());
    group.bench_function("one_unit_score", |b| {
        b.iter(|| {
            let mut files = vec![read.clone()];
            eval::evaluate(black_box(&plan), &mut files)
        })
    });
    // A thousand units, each reporting what the ward reports.
    let ward_text = String::from_utf8_lossy(&ward).into_owned();
    let batch = replicated(&ward_text, 1_000, |unit, line| {
        line.split_once(';')
            .map(|(_, rest)| format!("u{unit:04};{rest}"))
    });
    batch_of_1000(&mut group, &plan, &batch);
    group.finish();
}

/// A long CSV of 1,000 units evaluated with `plan`: the full results, and
/// `eval --summary` streamed, one thread (the machine's second core would
/// only add noise here).
fn batch_of_1000(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    plan: &chitieu::check::model::CheckedPlan,
    batch: &str,
) {
    group.sample_size(10);
    group.throughput(Throughput::Elements(1_000));
    group.bench_function("batch_1000_units_full_results", |b| {
        b.iter(|| {
            let mut files = vec![measure::read(
                Path::new("all.csv"),
                black_box(batch.as_bytes()),
                &ReadOptions::default(),
            )];
            eval::evaluate(plan, &mut files)
        })
    });
    let dir = tempfile::tempdir().ok();
    let path = dir.as_ref().map(|d| d.path().join("all.csv"));
    if let Some(path) = path.filter(|p| std::fs::write(p, batch).is_ok()) {
        let limits = chitieu::Limits::default();
        group.bench_function("batch_1000_units_summary_streamed", |b| {
            b.iter(|| {
                let path = black_box(&path);
                eval::stream::long_csv_summary(plan, "all.csv", path, &limits, (1, 0), None)
            })
        });
    }
}

/// The 766 index's plan on 1,000 units: the four example units, 250 times
/// each under other names; the full results and the streamed summary.
fn evaluate_766(c: &mut Criterion) {
    let mut group = c.benchmark_group("eval_766");
    let plan = check_source(&SourceFile::new("plan", plan_766())).plan;
    let units = read_text("examples/chi-so-766/don-vi-thang-10-2025.csv");
    // `"Phường Trần Liễu",metric,value`
    let batch = replicated(&units, 250, |copy, line| {
        line.split_once("\",")
            .map(|(name, rest)| format!("{name} {copy:03}\",{rest}"))
    });
    batch_of_1000(&mut group, &plan, &batch);
    group.finish();
}

/// A CSV file's header, then its rows `copies` times over, each row as
/// `row` writes it for that copy (left out where it gives `None`).
fn replicated(text: &str, copies: usize, row: impl Fn(usize, &str) -> Option<String>) -> String {
    let mut lines = text.lines();
    let mut batch = format!("{}\n", lines.next().unwrap_or_default());
    let body: Vec<&str> = lines.collect();
    for copy in 0..copies {
        for line in &body {
            if let Some(written) = row(copy, line) {
                batch.push_str(&written);
                batch.push('\n');
            }
        }
    }
    batch
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = check, format, evaluate, evaluate_766
}
criterion_main!(benches);
