//! Throughput of the whole pipeline, of each stage, and of the baselines
//! (a naive line join and `textwrap::unfill`) on the same inputs, plus a
//! length sweep that shows linear time.
//!
//! `cargo bench` runs it all; `cargo bench -- pipeline/zh` one group.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsprint::lines::{Line, LineIndices};
use newsprint::{join, repair, segment, Format, Options};

mod common;
use common::{naive_join, page, repeat_to};

const SIZES: &[(&str, usize)] = &[("1KB", 1_000), ("100KB", 100_000), ("10MB", 10_000_000)];

fn pipeline(c: &mut Criterion) {
    for lang in ["zh-hant", "en", "de"] {
        let sample = page(lang);
        let mut g = c.benchmark_group(format!("pipeline/{lang}"));
        g.sample_size(10);
        for &(label, size) in SIZES {
            let text = repeat_to(&sample, size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new("newsprint", label), &text, |b, t| {
                b.iter(|| newsprint::clean(black_box(t)))
            });
            g.bench_with_input(BenchmarkId::new("naive_join", label), &text, |b, t| {
                b.iter(|| naive_join(black_box(t)))
            });
            g.bench_with_input(BenchmarkId::new("textwrap_unfill", label), &text, |b, t| {
                b.iter(|| textwrap::unfill(black_box(t)).0.len())
            });
        }
        g.finish();
    }
}

fn stages(c: &mut Criterion) {
    let text = repeat_to(&page("zh-hant"), 100_000);
    let options = Options::new();
    let lines: Vec<Line> = LineIndices::new(&text).collect();
    let deleted = repair::find_repairs(&text, &lines, &options);
    let segments = segment::segment(&text, &lines, &deleted, &options);
    let doc = join::join(&text, &lines, &segments, &deleted, &options);
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("lines", |b| {
        b.iter(|| LineIndices::new(black_box(&text)).count())
    });
    g.bench_function("repair", |b| {
        b.iter(|| repair::find_repairs(black_box(&text), &lines, &options))
    });
    g.bench_function("segment", |b| {
        b.iter(|| segment::segment(black_box(&text), &lines, &deleted, &options))
    });
    g.bench_function("join", |b| {
        b.iter(|| join::join(black_box(&text), &lines, &segments, &deleted, &options))
    });
    g.bench_function("render_jsonl", |b| {
        b.iter(|| {
            let mut s = String::new();
            newsprint::render(black_box(&doc), Format::JsonLines, &mut s).unwrap();
            s
        })
    });
    g.finish();
}

/// Time per byte from 1 KB to 100 MB: flat when cost is linear.
fn linear(c: &mut Criterion) {
    let sample = page("zh-hant");
    let mut g = c.benchmark_group("linear");
    g.sample_size(10);
    for size in [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000] {
        let text = repeat_to(&sample, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, t| {
            b.iter(|| newsprint::clean(black_box(t)))
        });
    }
    g.finish();
}

criterion_group!(benches, pipeline, stages, linear);
criterion_main!(benches);
