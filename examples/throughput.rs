//! `throughput FILE [ITERS]`: cleans FILE ITERS times in process and prints
//! the median throughput of newsprint, of `textwrap::unfill` and of a naive
//! line join on the same text, the ratio to the naive join, and newsprint's
//! peak memory as a multiple of the input. With `STAGE_MEMORY` set in the
//! environment it also prints the heap held after each stage.
//!
//! MB = 10^6 bytes of input. The file read is not timed. The last line is
//! `throughput: <median MB/s> MB/s`.

use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;

#[global_allocator]
static ALLOC: common::Counting = common::Counting;

fn median_mb_s(bytes: usize, iters: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..iters)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    bytes as f64 / 1e6 / times[times.len() / 2]
}

/// Prints the heap held after each stage, as a multiple of the input.
fn stage_memory(text: &str) {
    use newsprint::lines::{Line, LineIndices};
    use newsprint::{join, repair, segment, Options};
    let n = text.len() as f64;
    let base = common::LIVE.load(Relaxed);
    let held = |name: &str| {
        eprintln!(
            "{name}: {:.2}x",
            (common::LIVE.load(Relaxed) - base) as f64 / n
        )
    };
    let options = Options::new();
    let lines: Vec<Line> = LineIndices::new(text).collect();
    held("lines");
    let deleted = repair::find_repairs(text, &lines, &options);
    held("repair");
    let segments = segment::segment(text, &lines, &deleted, &options);
    held("segment");
    let doc = join::join(text, &lines, &segments, &deleted, &options);
    held("join");
    drop(doc);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE [ITERS]");
        std::process::exit(2);
    };
    let iters: usize = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10)
        .max(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("throughput: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let n = text.len();

    let base = common::LIVE.load(Relaxed);
    common::PEAK.store(base, Relaxed);
    let doc = newsprint::clean(&text);
    let peak = common::PEAK.load(Relaxed) - base;
    if std::env::var_os("STAGE_MEMORY").is_some() {
        stage_memory(&text);
    }
    let blocks = doc.len();
    drop(doc);

    let naive = median_mb_s(n, iters, || {
        std::hint::black_box(common::naive_join(std::hint::black_box(&text)));
    });
    let unfill = median_mb_s(n, iters, || {
        std::hint::black_box(textwrap::unfill(std::hint::black_box(&text)).0.len());
    });
    let ours = median_mb_s(n, iters, || {
        std::hint::black_box(newsprint::clean(std::hint::black_box(&text)));
    });
    println!("input: {n} bytes, {blocks} blocks, {iters} iterations");
    println!(
        "peak memory: {:.2}x input ({peak} bytes)",
        peak as f64 / n.max(1) as f64
    );
    println!("textwrap::unfill: {unfill:.1} MB/s");
    println!("naive join: {naive:.1} MB/s");
    println!("ratio: {:.2}x the naive join", ours / naive);
    println!("throughput: {ours:.1} MB/s");
}
