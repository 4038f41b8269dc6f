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
//! bytes; default SIZE 10) and cleaned with [`newsprint::clean`] in three
//! fresh processes each (so that both sizes start from an empty heap); the
//! table gives the median time at both sizes, their ratio (10 when the cost
//! is linear) and the peak heap memory at the large size as a multiple of
//! the input.
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
        // Headings at the top of each piece over one long run of text,
        // and headline and deck between blank lines (the cut of a piece
        // must not creep forward a few bytes a pass).
        ("CJK headline over one long run", |n| {
            fill(
                "東京都、保育士の処遇改善へ\n月額２万円を上乗せ　来年度から\n\
                 東京都は１０日、都内の認可保育所\nで働く保育士の給与を、来年度から\n",
                n,
            )
        }),
        ("CJK headline and deck, blank between", |n| {
            fill(
                "社区长者食堂开进老小区\n\n成都武侯区已建成42个助餐点，每天服务老人近五千人次\n\n",
                n,
            )
        }),
        // A hyphen before a romanized name's syllable, after a long run
        // of CJK text with no space (the surname is read back a few bytes
        // only).
        ("CJK run, romanized names split", |n| {
            fill(
                "关于Wi-fi网络的建设，市政府表示将继续推进 Chen Yu-\nting 表示",
                n,
            )
        }),
        // Columns side by side under a headline across them, page after
        // page without a page break (one page for the gutter search).
        ("columns side by side", |n| {
            fill(
                "Council backs the new ferry landing after a long dispute\n\
                 The council voted on Tuesday to      was closed for repairs last\n\
                 rebuild the old ferry landing at     winter, and the ferry used a\n\
                 the foot of Mill Street. The pier    pontoon beside the fish market\n\
                 had been inspected twice and two     while the work went on, said\n\
                 of its piles were rotten. It         the harbour master.\n",
                n,
            )
        }),
        // A gap two spaces wide at a different column on every line.
        ("a gap on every line, moving", |n| {
            let mut unit = String::new();
            for k in 1..=60 {
                unit.push_str(&"word ".repeat(k % 12 + 1));
                unit.push_str(" other words follow here\n");
            }
            fill(&unit, n)
        }),
    ]
}

/// Runs `clean` once on input `name` built at `bytes`, in this process,
/// and prints the seconds it took and the peak heap bytes beyond what was
/// live before: the child's half of [`cold_run`].
fn time_one(name: &str, bytes: usize) {
    let Some((_, build)) = inputs().into_iter().find(|(n, _)| *n == name) else {
        eprintln!("hostile: no input named {name:?}");
        std::process::exit(2);
    };
    let text = build(bytes);
    let base = common::LIVE.load(Relaxed);
    common::PEAK.store(base, Relaxed);
    let t = Instant::now();
    // (With every stage on, the columns' gutter search too.)
    let cleaner = newsprint::Cleaner::new(newsprint::Options::new().split_columns(true));
    let doc = cleaner.clean(black_box(&text));
    let secs = t.elapsed().as_secs_f64();
    let peak = common::PEAK.load(Relaxed) - base;
    drop(black_box(doc));
    println!("{secs} {peak}");
}

/// One cold run in a fresh process: its time in seconds and peak heap
/// bytes. Each run starts with an empty heap, so the small and the large
/// input pay alike for the memory they first touch; timing both in one
/// process would let the small one reuse pages the process already holds.
fn cold_run(name: &str, bytes: usize) -> (f64, usize) {
    let exe = std::env::current_exe().expect("the running example's path");
    let out = std::process::Command::new(exe)
        .args(["--time", name, &bytes.to_string()])
        .output()
        .expect("a child process");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split_whitespace();
    let secs = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(f64::NAN);
    let peak = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    (secs, peak)
}

/// The median time of three cold runs, and the largest peak.
fn median_cold(name: &str, bytes: usize) -> (f64, usize) {
    let mut runs: Vec<(f64, usize)> = (0..3).map(|_| cold_run(name, bytes)).collect();
    let peak = runs.iter().map(|r| r.1).max().unwrap_or(0);
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    (runs[1].0, peak)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--time") {
        let bytes = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(0);
        time_one(args.get(2).map_or("", String::as_str), bytes);
        return;
    }
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
        let (ta, _) = median_cold(name, small);
        let (tb, peak) = median_cold(name, large);
        let large_len = build(large).len();
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
            peak as f64 / large_len as f64,
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
