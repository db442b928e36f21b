//! `cargo bench`: checking plans (the shipped one, and plans near the limits),
//! evaluating one unit's submission, and evaluating a batch of units.

use std::hint::black_box;
use std::path::Path;

use chitieu::measure::{self, ReadOptions};
use chitieu::{check_source, eval, SourceFile};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn shipped_plan() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/tran-lieu-2025-h2.plan"),
    )
    .unwrap_or_default()
}

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    let text = shipped_plan();
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("tran_lieu_2025_h2", |b| {
        b.iter(|| check_source(black_box(&SourceFile::new("plan", text.as_str()))))
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
    let mut lines = ward_text.lines();
    let mut batch = format!("{}\n", lines.next().unwrap_or_default());
    let body: Vec<&str> = lines.collect();
    for unit in 0..1_000 {
        for line in &body {
            if let Some((_, rest)) = line.split_once(';') {
                batch.push_str(&format!("u{unit:04};{rest}\n"));
            }
        }
    }
    group.sample_size(10);
    group.throughput(Throughput::Elements(1_000));
    group.bench_function("batch_1000_units_full_results", |b| {
        b.iter(|| {
            let mut files = vec![measure::read(
                Path::new("all.csv"),
                black_box(batch.as_bytes()),
                &ReadOptions::default(),
            )];
            eval::evaluate(&plan, &mut files)
        })
    });
    // `eval --summary`: streamed, one thread (the machine's second core
    // would only add noise here).
    let dir = tempfile::tempdir().ok();
    let path = dir.as_ref().map(|d| d.path().join("all.csv"));
    if let Some(path) = path.filter(|p| std::fs::write(p, &batch).is_ok()) {
        let limits = chitieu::Limits::default();
        group.bench_function("batch_1000_units_summary_streamed", |b| {
            b.iter(|| {
                eval::stream::long_csv_summary(&plan, "all.csv", black_box(&path), &limits, (1, 0))
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = check, format, evaluate
}
criterion_main!(benches);
