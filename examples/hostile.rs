//! `hostile [SIZE_MB] [FILTER]`: runs the cleaner on hostile inputs at two sizes and
//! checks that the time grows linearly.
//!
//! ```sh
//! cargo run --release --example hostile        # 1 MB and 10 MB
//! cargo run --release --example hostile -- 4   # 0.4 MB and 4 MB
//! cargo run --release --example hostile -- 10 lines   # inputs named *lines*
//! ```
//!
//! Each input (one endless line, a million blank lines, `ab` or `年`
//! repeated, one-character lines, caption markers, doubled lines,
//! per-character and per-run doubling, hyphen lines, long runs of spaces,
//! mixed line ends …) is built at SIZE/10 and SIZE megabytes (MB = 10^6
//! bytes; default SIZE 10) and cleaned with [`newsprint::clean`], three
//! times each; the table gives the median time at both sizes, their ratio
//! (10 when the cost is linear) and the peak heap memory of one run at the
//! large size as a multiple of the input.
//!
//! The last line is `worst ratio: X`. The process exits with status 1 when
//! any ratio is 15 or more, and 2 for a bad argument. Building the inputs is
//! not timed.

use std::hint::black_box;
use std::io::Write;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;

#[global_allocator]
static ALLOC: common::Counting = common::Counting;

/// A ratio of the large to the small time at or above this fails the run.
const LIMIT: f64 = 15.0;

/// Repeats `unit` until the text holds at least `size` bytes (at least one
/// copy).
fn fill(unit: &str, size: usize) -> String {
    let copies = size.div_ceil(unit.len().max(1)).max(1);
    unit.repeat(copies)
}

/// Repeats the lines of `units` in turn, each written by `line`, until the
/// text holds at least `size` bytes.
fn fill_lines(units: &[&str], size: usize, mut line: impl FnMut(&mut String, &str)) -> String {
    let mut out = String::with_capacity(size + 256);
    let mut i = 0;
    while out.len() < size {
        line(&mut out, units[i % units.len()]);
        i += 1;
    }
    out
}

const EN: &[&str] = &[
    "Port Ellery welcomed its first passenger ferry",
    "in eleven years on Saturday, and nearly half",
    "the town came down to the quay to watch.",
    "",
    "The new vessel, a forty-metre catamaran",
    "built in a northern shipyard, made the",
    "crossing in just under an hour.",
    "",
];

const ZH: &[&str] = &[
    "停業三年的臨溪鎮舊書市",
    "集昨日在老街騎樓下重新",
    "開張，數十個攤位從清晨",
    "起便擠滿了前來尋書的本",
    "地居民。",
    "",
    "前海作為粵港澳大灣區",
    "的核心引擎之一。",
    "",
];

/// Builds an input of at least the given number of bytes.
type Builder = fn(usize) -> String;

/// The hostile inputs: a name and a builder.
fn inputs() -> Vec<(&'static str, Builder)> {
    vec![
        ("one line, no break", |n| {
            fill(
                "The quick brown fox jumps over the lazy dog. 前海作為粵港澳大灣區的核心引擎之一。",
                n,
            )
        }),
        ("blank lines \\n", |n| fill("\n", n)),
        ("ab repeated", |n| fill("ab", n)),
        ("年 repeated", |n| fill("年", n)),
        ("年\\n lines", |n| fill("年\n", n)),
        ("a\\n lines", |n| fill("a\n", n)),
        ("● repeated", |n| fill("●", n)),
        ("●\\n lines", |n| fill("●\n", n)),
        ("every line doubled (en)", |n| {
            fill_lines(EN, n, |out, l| {
                for _ in 0..2 {
                    out.push_str(l);
                    out.push('\n');
                }
            })
        }),
        ("every line doubled (zh)", |n| {
            fill_lines(ZH, n, |out, l| {
                for _ in 0..2 {
                    out.push_str(l);
                    out.push('\n');
                }
            })
        }),
        ("per-character doubling", |n| {
            fill_lines(EN, n, |out, l| {
                for c in l.chars() {
                    out.push(c);
                    out.push(c);
                }
                out.push('\n');
            })
        }),
        ("per-character doubling, one line", |n| {
            fill("TThhee  qquuiicckk  bbrroowwnn  ffooxx  ", n)
        }),
        ("CJK, every run doubled", |n| {
            fill_lines(ZH, n, |out, l| {
                // Runs end at punctuation: `開張，數十` → `開張開張，，數十數十`.
                let mut run = String::new();
                for c in l.chars() {
                    if matches!(c, '，' | '。') {
                        out.push_str(&run);
                        out.push_str(&run);
                        run.clear();
                        out.push(c);
                        out.push(c);
                    } else {
                        run.push(c);
                    }
                }
                out.push_str(&run);
                out.push_str(&run);
                out.push('\n');
            })
        }),
        ("CJK doubled, one line", |n| {
            fill("前海作為粵港澳大灣區前海作為粵港澳大灣區", n)
        }),
        ("-\\n lines", |n| fill("-\n", n)),
        ("word-\\n lines", |n| fill("be-\n", n)),
        ("spaces, one line", |n| fill(" ", n)),
        ("64K spaces between words", |n| {
            let mut unit = String::from("word");
            unit.push_str(&" ".repeat(65536));
            unit.push_str("word\n");
            fill(&unit, n)
        }),
        ("ideographic spaces", |n| fill("\u{3000}", n)),
        ("CRLF/CR/LF alternating", |n| {
            fill("A line of text\r\nanother line\rand a third one\n", n)
        }),
        ("\\r\\n blank lines", |n| fill("\r\n", n)),
        ("\\r lone, repeated", |n| fill("\r", n)),
    ]
}

/// The median of three timed runs of `clean` on `text`, in seconds.
fn median_secs(text: &str) -> f64 {
    let mut times: Vec<f64> = (0..3)
        .map(|_| {
            let t = Instant::now();
            black_box(newsprint::clean(black_box(text)));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[1]
}

/// Peak heap bytes of one run of `clean` on `text`, beyond what was live
/// before.
fn peak_bytes(text: &str) -> usize {
    let base = common::LIVE.load(Relaxed);
    common::PEAK.store(base, Relaxed);
    let doc = newsprint::clean(text);
    let peak = common::PEAK.load(Relaxed) - base;
    drop(black_box(doc));
    peak
}

fn main() {
    let size_mb: f64 = match std::env::args().nth(1) {
        None => 10.0,
        Some(s) => match s.parse::<f64>() {
            Ok(v) if v > 0.0 && v.is_finite() => v,
            _ => {
                eprintln!("usage: hostile [SIZE_MB]  (a positive number, default 10)");
                std::process::exit(2);
            }
        },
    };
    let filter = std::env::args().nth(2).unwrap_or_default();
    let large = (size_mb * 1e6) as usize;
    let small = (large / 10).max(1);
    let label = |n: usize| format!("{:.1} MB", n as f64 / 1e6);

    println!(
        "{:<34} {:>10} {:>10} {:>7} {:>11}",
        "input",
        label(small),
        label(large),
        "ratio",
        "peak heap"
    );
    let mut worst = 0.0f64;
    let mut failed = Vec::new();
    for (name, build) in inputs() {
        if !name.contains(filter.as_str()) {
            continue;
        }
        let a = build(small);
        let b = build(large);
        let ta = median_secs(&a);
        let tb = median_secs(&b);
        let peak = peak_bytes(&b);
        let ratio = tb / ta.max(1e-9);
        worst = worst.max(ratio);
        let flag = if ratio >= LIMIT {
            failed.push(name);
            "  <-- not linear"
        } else {
            ""
        };
        println!(
            "{:<34} {:>8.1}ms {:>8.1}ms {:>7.2} {:>10.2}x{}",
            name,
            ta * 1e3,
            tb * 1e3,
            ratio,
            peak as f64 / b.len() as f64,
            flag
        );
        std::io::stdout().flush().ok();
    }
    if !failed.is_empty() {
        println!("ratio at or above {LIMIT}: {}", failed.join(", "));
    }
    println!("worst ratio: {worst:.2}");
    if !failed.is_empty() {
        std::process::exit(1);
    }
}
