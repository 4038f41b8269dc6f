//! Throughput and worst-case checks of the doubling finder, through the public API.
//! Run with `cargo test --release --test repair_modes -- --ignored --nocapture`.

use std::time::Instant;

use newsprint::lines::{Line, LineIndices};
use newsprint::repair::find_doubled;
use newsprint::Options;

/// `count` different lines: rotations of `line`.
fn rotations(line: &str, count: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    for i in 0..count {
        let r = i % chars.len();
        out.extend(&chars[r..]);
        out.extend(&chars[..r]);
        out.push('\n');
    }
    out
}

fn time(label: &str, input: &str) -> usize {
    let lines: Vec<Line> = LineIndices::new(input).collect();
    let start = Instant::now();
    let edits = find_doubled(input, &lines, &Options::new());
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{label}: {:.1} MB in {secs:.3}s = {:.0} MB/s, {} edits",
        input.len() as f64 / 1e6,
        input.len() as f64 / 1e6 / secs,
        edits.len()
    );
    edits.len()
}

#[test]
fn doubled_page_is_repaired() {
    let page = "深港合作深港合作，，新篇章新篇章\n\n項項目目名名稱稱一一11\n";
    let lines: Vec<Line> = LineIndices::new(page).collect();
    let edits = find_doubled(page, &lines, &Options::new());
    let mut out = String::new();
    let mut pos = 0;
    for e in &edits {
        out.push_str(&page[pos..e.span.start]);
        pos = e.span.end;
    }
    out.push_str(&page[pos..]);
    assert_eq!(out, "深港合作，新篇章\n\n項目名稱一1\n");
}

#[test]
#[ignore]
fn clean_cjk_only() {
    let cjk_line = "香港作為國際金融、貿易和航運中心，擁有成熟的資本市場、專業的服務體系。";
    let latin = "The quick brown fox jumps over the lazy dog, and the bookkeeper had had coffee.";
    let input = rotations(
        if std::env::var("LATIN").is_ok() {
            latin
        } else {
            cjk_line
        },
        200_000,
    );
    for _ in 0..5 {
        time("clean cjk", &input);
    }
}

#[test]
#[ignore]
fn throughput() {
    let cjk_line = "香港作為國際金融、貿易和航運中心，擁有成熟的資本市場、專業的服務體系。\n";
    let latin_line =
        "The quick brown fox jumps over the lazy dog, and the bookkeeper had had coffee.\n";
    assert_eq!(time("clean cjk", &cjk_line.repeat(200_000)), 0);
    assert_eq!(time("clean latin", &latin_line.repeat(200_000)), 0);
    time(
        "doubled cjk",
        &"前海作為粵港澳大灣區前海作為粵港澳大灣區，，在推動內在推動內\n".repeat(100_000),
    );
    time(
        "per-char",
        &"項項目目描描述述：：負責隧洞爆破方案優化設計\n".repeat(100_000),
    );
    time("one char x 1e7", &"年".repeat(10_000_000));
    time("ab x 5e6", &"ab".repeat(5_000_000));
    time("identical lines", &"同一行文字重複出現\n".repeat(1_000_000));
    time("10MB clean line", &cjk_line.repeat(100_000));
}
