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

/// Deletes `find_doubled`'s edits from `page`.
fn repaired(page: &str) -> String {
    let lines: Vec<Line> = LineIndices::new(page).collect();
    let mut out = String::new();
    let mut pos = 0;
    for e in &find_doubled(page, &lines, &Options::new()) {
        out.push_str(&page[pos..e.span.start]);
        pos = e.span.end;
    }
    out.push_str(&page[pos..]);
    out
}

#[test]
fn fake_bold_headings_on_a_clean_page_are_repaired() {
    // Only the headline and subheads are fake bold: a headline doubled per
    // character (with a real 人人 and a doubled ideographic space), a
    // subhead printed twice on two lines, one doubled per character.
    let page = concat!(
        "社社區區書書櫃櫃遍遍地地開開花花　　人人人人有有書書讀讀\n\n",
        "　　市府去年在公園、捷運站和里民活動中心\n設置的社區書櫃，至今已增加到一百二十座。\n\n",
        "誰來整理書櫃\n誰來整理書櫃\n\n",
        "　　住在大同區的陳太太常常帶孫子來換書。\n她說，孩子原本不愛看書，現在每個星期都吵\n著要來，慢慢地養成了習慣。\n\n",
        "志志工工輪輪班班維維護護\n\n",
        "　　書櫃由各里的志工輪流整理。謝謝大家。\n",
    );
    let want = concat!(
        "社區書櫃遍地開花　人人有書讀\n\n",
        "　　市府去年在公園、捷運站和里民活動中心\n設置的社區書櫃，至今已增加到一百二十座。\n\n",
        "誰來整理書櫃\n\n\n",
        "　　住在大同區的陳太太常常帶孫子來換書。\n她說，孩子原本不愛看書，現在每個星期都吵\n著要來，慢慢地養成了習慣。\n\n",
        "志工輪班維護\n\n",
        "　　書櫃由各里的志工輪流整理。謝謝大家。\n",
    );
    assert_eq!(repaired(page), want);
    // Without the headline, the doubled subheads still show each other.
    let rest = &page[page.find("　　市府").unwrap()..];
    let rest_want = &want[want.find("　　市府").unwrap()..];
    assert_eq!(repaired(rest), rest_want);
    // The clean body alone, with its 常常, 慢慢 and 謝謝, is untouched.
    let body = "　　住在大同區的陳太太常常帶孫子來換書。\n她說，孩子原本不愛看書，現在每個星期都吵\n著要來，慢慢地養成了習慣。謝謝。\n";
    assert_eq!(repaired(body), body);
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

/// The benchmark inputs: name and text, about 10 MB each.
fn bench_inputs() -> Vec<(&'static str, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    let mut v = Vec::new();
    if let Ok(hk) = std::fs::read_to_string(dir.join("hk-two-articles.txt")) {
        let lines: Vec<&str> = hk.split_inclusive('\n').collect();
        let lede: String = lines[46..79].concat();
        let clean: String = lines[..46].concat() + &lines[79..].concat();
        v.push(("hk page x829", hk.repeat(829)));
        v.push(("hk clean (no lede)", clean.repeat(10_000_000 / clean.len())));
        v.push(("hk lede (doubled)", lede.repeat(10_000_000 / lede.len())));
    }
    let cjk = "香港作為國際金融、貿易和航運中心，擁有成熟的資本市場、專業的服務體系。";
    let latin = "The quick brown fox jumps over the lazy dog, and the bookkeeper had had coffee.";
    v.push((
        "clean latin lines",
        format!("{latin}\n").repeat(10_000_000 / 81),
    ));
    v.push((
        "per-char doubled",
        "項項目目描描述述：：負責隧洞爆破方案優化設計\n".repeat(150_000),
    ));
    v.push(("one 10 MB line", cjk.repeat(10_000_000 / cjk.len())));
    v.push(("年 x 1e7", "年".repeat(10_000_000)));
    v.push(("ab x 5e6", "ab".repeat(5_000_000)));
    v.push((
        "1e6 identical lines",
        "同一行文字重複出現\n".repeat(1_000_000),
    ));
    v.push(("1e6 blank lines", "\n".repeat(1_000_000)));
    v.push(("1e6 equal doubled lines", "項目項目\n".repeat(1_000_000)));
    v
}

/// Times every benchmark input (best of `REPS`, default 5). With
/// `DUMP=path`, writes every edit to `path` so that two versions of the
/// finder can be compared byte for byte.
#[test]
#[ignore]
fn bench() {
    use std::fmt::Write;
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let mut dump = String::new();
    let only = std::env::var("ONLY").unwrap_or_default();
    for (name, input) in bench_inputs() {
        if !name.contains(only.as_str()) {
            continue;
        }
        let lines: Vec<Line> = LineIndices::new(&input).collect();
        let mut best = f64::MAX;
        let mut edits = Vec::new();
        for _ in 0..reps {
            let start = Instant::now();
            edits = find_doubled(&input, &lines, &Options::new());
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!(
            "{name:>24}: {:5.1} MB {:7.0} MB/s {:8} edits",
            input.len() as f64 / 1e6,
            input.len() as f64 / 1e6 / best,
            edits.len()
        );
        writeln!(dump, "== {name}").unwrap();
        for e in &edits {
            writeln!(dump, "{:?} {}", e.span, e.reason).unwrap();
        }
    }
    if let Ok(path) = std::env::var("DUMP") {
        std::fs::write(path, dump).unwrap();
    }
}
