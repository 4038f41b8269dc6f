//! Soak test: a large number of generated hostile pages through the cleaner.
//!
//! ```sh
//! cargo test --release --test soak -- --ignored --nocapture
//! SOAK_CASES=10000000 SOAK_SEED=7 cargo test --release --test soak -- --ignored --nocapture
//! ```
//!
//! `soak` runs `SOAK_CASES` cases (default 1,000,000) on every core;
//! `soak_smoke` runs 2,000 with the same generator on every `cargo test`.
//! Case `i` is generated from `SOAK_SEED` (default 0) and `i` alone, so a
//! failure can be replayed with `SOAK_ONLY=i`.
//!
//! For each case:
//!
//! - [`newsprint::clean`] does not panic, `verify(input)` is `Ok`, the
//!   blocks' spans are in order, on character boundaries and within the
//!   input, their line ranges in order, and the repair log in input order
//!   and within the input; rendering does not panic;
//! - the case's bytes, corrupted at random (or pure random bytes for one
//!   case in four), go through [`newsprint::clean_bytes`], which must fail
//!   exactly when they are not UTF-8, at the first bad byte, and through a
//!   lossy [`newsprint::Cleaner`], which must rebuild the lossy decoding
//!   and log every U+FFFD;
//! - with `Options::split_columns`, cleaning does not panic, the document
//!   rebuilds `split_columns(input).text()` and its blocks' spans lie
//!   within the input.
//!
//! A failing input is shrunk (characters removed while it still fails) and
//! printed with `{:?}` escapes.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use newsprint::{Cleaner, Document, Error, Options, RepairKind};

// ---------------------------------------------------------------------------
// Generator

/// SplitMix64: small, fast, seeded, deterministic.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, case: u64) -> Self {
        let mut r = Rng(seed ^ case.wrapping_mul(0xA076_1D64_78BD_642F));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// True with probability `1 / n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const CJK: &[char] = &[
    '天', '研', '究', '前', '海', '作', '為', '粵', '港', '澳', '大', '灣', '區', '的', '核', '心',
    '年', '度', '報', '告', '高', '興', '舊', '書', '市', '集', '老', '街', 'カ', 'ひ', 'の', 'ア',
    '한', '글', '「', '」', '『', '』', '（', '）', '、', '：',
];
const LATIN: &[char] = &[
    'a', 'b', 'e', 'h', 'o', 't', 'r', 's', 'n', 'T', 'H', 'ü', 'ß', 'é', 'ſ', 'I', 'l', '1', '0',
    '\'', '"', ',', '(', ')',
];
const WORDS: &[&str] = &[
    "the",
    "quick",
    "brown",
    "fox",
    "had",
    "had",
    "bookkeeper",
    "Mr.",
    "Dr.",
    "e.g.",
    "Nord",
    "Süd",
    "befanden",
    "Port",
    "Ellery",
    "天天",
    "高高興興",
    "研究研究",
    "2011",
    "年年度報告",
    "Photo:",
    "Fig.",
    "圖：",
    "图：",
    "Foto:",
    "1.",
    "a)",
    "—",
    "…",
];
const SPACES: &[char] = &[
    ' ', ' ', ' ', '\t', '\u{3000}', '\u{a0}', '\u{2009}', '\u{200b}',
];
const BREAKS: &[&str] = &[
    "\n", "\n", "\n", "\r\n", "\r", "\u{c}", "\n\n", "\r\n\r\n", "\u{2028}", "\u{85}",
];
const CONTROLS: &[char] = &[
    '\0', '\u{1}', '\u{7}', '\u{8}', '\u{b}', '\u{1b}', '\u{7f}', '\u{80}', '\u{9f}', '\u{feff}',
    '\u{fffd}', '\u{fffe}',
];
const MARKS: &[char] = &[
    '\u{301}', '\u{308}', '\u{20dd}', '\u{3099}', '\u{fe0f}', '\u{200c}', '\u{200d}',
];
const EMOJI: &[&str] = &[
    "😀",
    "👨\u{200d}👩\u{200d}👧\u{200d}👦",
    "🏳\u{fe0f}\u{200d}🌈",
    "👍🏽",
    "🇹🇼",
    "\u{200d}",
    "❤\u{fe0f}",
];
const RTL: &[&str] = &[
    "שלום",
    "עולם",
    "مرحبا",
    "\u{202e}abc\u{202c}",
    "\u{200f}",
    "\u{200e}",
    "\u{2067}x\u{2069}",
];
const CAPTION: &[&str] = &["●", "▲", "■", "◆", "● ", "▲ ", "圖：", "Photo: ", "Fig. 3 "];
const HYPHENS: &[&str] = &["-", "⸗", "\u{ad}", "-\n", "⸗\n", "\u{ad}\n", "‐", "–"];
const ENDS: &[&str] = &[
    ".", "。", "！", "？", "!", "?", "…", ".”", "。」", ":", ";", "，",
];

/// One small piece of text: a character or short sequence of some class.
fn atom(r: &mut Rng, out: &mut String) {
    match r.below(100) {
        0..=24 => out.push(r.pick(CJK)),
        25..=44 => out.push(r.pick(LATIN)),
        45..=52 => out.push_str(r.pick(WORDS)),
        53..=62 => out.push(r.pick(SPACES)),
        63..=70 => out.push_str(r.pick(BREAKS)),
        71..=73 => out.push(r.pick(CONTROLS)),
        74..=76 => out.push(r.pick(MARKS)),
        77..=79 => out.push_str(r.pick(EMOJI)),
        80..=82 => out.push_str(r.pick(RTL)),
        83..=86 => out.push_str(r.pick(CAPTION)),
        87..=90 => out.push_str(r.pick(HYPHENS)),
        91..=96 => out.push_str(r.pick(ENDS)),
        _ => out.push(any_char(r)),
    }
}

/// Any Unicode scalar value, weighted towards the Basic Multilingual Plane.
fn any_char(r: &mut Rng) -> char {
    let max = if r.one_in(4) { 0x11_0000 } else { 0x1_0000 };
    loop {
        if let Some(c) = char::from_u32(r.below(max) as u32) {
            return c;
        }
    }
}

/// A run of `1..=max` atoms.
fn run(r: &mut Rng, max: usize) -> String {
    let mut s = String::new();
    for _ in 0..1 + r.below(max) {
        atom(r, &mut s);
    }
    s
}

/// A line of text (no terminator) from prose-like pieces, possibly printed
/// twice or four times (every run, or every character).
fn line(r: &mut Rng, out: &mut String) {
    let mode = r.below(10);
    let pieces = 1 + r.below(8);
    for _ in 0..pieces {
        let mut piece = run(r, 12);
        if r.one_in(3) {
            piece.retain(|c| c != '\n' && c != '\r');
        }
        match mode {
            // Every run doubled (or quadrupled), as fake bold is.
            0..=2 => {
                let k = if r.one_in(4) { 4 } else { 2 };
                for _ in 0..k {
                    out.push_str(&piece);
                }
            }
            // Every character doubled.
            3 => {
                for c in piece.chars() {
                    out.push(c);
                    out.push(c);
                }
            }
            _ => out.push_str(&piece),
        }
    }
}

/// A generated page: lines, blank lines, repeated lines, doubled runs,
/// long lines and any mix of the atoms.
fn page(r: &mut Rng) -> String {
    let mut out = String::new();
    match r.below(20) {
        // Short soup of atoms.
        0..=5 => {
            for _ in 0..r.below(40) {
                atom(r, &mut out);
            }
        }
        // A long line (or a few), sometimes one run repeated.
        6 => {
            let unit = run(r, 6);
            if r.one_in(2) {
                out.push_str(&unit.repeat(50 + r.below(1000)));
            } else {
                for _ in 0..200 + r.below(2000) {
                    atom(r, &mut out);
                }
            }
        }
        // A page of lines.
        _ => {
            let lines = 1 + r.below(30);
            let mut prev = String::new();
            for _ in 0..lines {
                let mut l = String::new();
                if r.one_in(6) && !prev.is_empty() {
                    // The same line again (a bold line repeated).
                    l = prev.clone();
                } else if r.one_in(8) {
                    // A blank or white-space line.
                    for _ in 0..r.below(3) {
                        l.push(r.pick(SPACES));
                    }
                } else {
                    if r.one_in(6) {
                        l.push_str(r.pick(CAPTION));
                    }
                    if r.one_in(8) {
                        l.push_str(&" ".repeat(r.below(8)));
                    }
                    line(r, &mut l);
                    if r.one_in(4) {
                        l.push_str(r.pick(ENDS));
                    }
                    if r.one_in(8) {
                        l.push_str(r.pick(HYPHENS));
                    }
                }
                out.push_str(&l);
                out.push_str(if r.one_in(3) { r.pick(BREAKS) } else { "\n" });
                prev = l;
            }
            if r.one_in(4) {
                // Drop the final terminator.
                while out.ends_with(['\n', '\r']) {
                    out.pop();
                }
            }
        }
    }
    out
}

/// Bytes for the byte-level entry points: the page's bytes with a few
/// corruptions, or pure random bytes.
fn bytes(r: &mut Rng, text: &str) -> Vec<u8> {
    if r.one_in(4) {
        return (0..r.below(200))
            .map(|_| {
                if r.one_in(4) {
                    r.pick(b"\n\r ab\xe5\xb9\xb4")
                } else {
                    r.next() as u8
                }
            })
            .collect();
    }
    let mut b = text.as_bytes().to_vec();
    for _ in 0..r.below(4) {
        let at = r.below(b.len() + 1);
        match r.below(4) {
            0 => b.insert(at, r.pick(&[0xff, 0xfe, 0xc0, 0x80, 0xed, 0xf4, 0xe5])),
            1 if at < b.len() => b[at] = r.next() as u8,
            2 if at < b.len() => {
                b.remove(at);
            }
            _ => {
                let bad: &[u8] =
                    r.pick(&[&b"\xe5\xb9"[..], b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc3"]);
                b.splice(at..at, bad.iter().copied());
            }
        }
    }
    b
}

// ---------------------------------------------------------------------------
// Checks

thread_local! {
    /// Set while a case runs: panics are recorded, not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

fn quiet_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let msg = match info.payload().downcast_ref::<&str>() {
                    Some(s) => (*s).to_owned(),
                    None => info
                        .payload()
                        .downcast_ref::<String>()
                        .cloned()
                        .unwrap_or_default(),
                };
                let at = info.location().map(|l| l.to_string()).unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = format!("panicked at {at}: {msg}"));
            } else {
                default(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into an error naming it.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.map_err(|_| LAST_PANIC.with(|p| p.borrow().clone()))
}

/// The invariants of a document cleaned from `input`; a panic while
/// checking them (in `verify`, say) is a failure too.
fn check_doc(doc: &Document, input: &str) -> Result<(), String> {
    guarded(|| check_doc_inner(doc, input)).map_err(|e| format!("checking the document: {e}"))?
}

fn check_doc_inner(doc: &Document, input: &str) -> Result<(), String> {
    doc.verify(input)
        .map_err(|at| format!("verify failed at byte {at}"))?;
    let mut end = 0;
    let mut line = 1;
    for (i, b) in doc.blocks().enumerate() {
        let span = b.span();
        if span.start < end || span.start > span.end || span.end > input.len() {
            return Err(format!(
                "block {i} span {span:?} out of order or bounds (previous end {end}, input {})",
                input.len()
            ));
        }
        if !input.is_char_boundary(span.start) || !input.is_char_boundary(span.end) {
            return Err(format!("block {i} span {span:?} not on char boundaries"));
        }
        let lines = b.lines();
        if lines.start() < &line || lines.start() > lines.end() {
            return Err(format!(
                "block {i} lines {lines:?} out of order (previous start {line})"
            ));
        }
        end = span.end;
        line = *lines.start();
    }
    let mut start = 0;
    for (i, r) in doc.repairs().iter().enumerate() {
        if r.span().start < start || r.span().start > r.span().end || r.span().end > input.len() {
            return Err(format!(
                "repair {i} ({}) span {:?} out of order or bounds",
                r.kind(),
                r.span()
            ));
        }
        start = r.span().start;
    }
    Ok(())
}

/// Everything checked on one string input.
fn check_text(input: &str) -> Result<(), String> {
    let doc = guarded(|| newsprint::clean(input)).map_err(|e| format!("clean: {e}"))?;
    check_doc(&doc, input)?;
    guarded(|| (doc.to_text(), doc.to_markdown(), doc.to_json_lines()))
        .map_err(|e| format!("render: {e}"))?;
    check_columns(input)
}

/// With columns read one after another: the document rebuilds the text in
/// reading order, and its blocks point into the input.
fn check_columns(input: &str) -> Result<(), String> {
    let text = guarded(|| newsprint::split_columns(input).into_text().into_owned())
        .map_err(|e| format!("split_columns: {e}"))?;
    let cleaner = Cleaner::new(Options::new().split_columns(true));
    let doc = guarded(|| cleaner.clean(input)).map_err(|e| format!("clean, columns: {e}"))?;
    guarded(|| doc.verify(&text))
        .map_err(|e| format!("verify, columns: {e}"))?
        .map_err(|at| format!("columns: the reading order is not rebuilt at byte {at}"))?;
    for (i, b) in doc.blocks().enumerate() {
        let span = b.span();
        if span.start > span.end || span.end > input.len() {
            return Err(format!("columns: block {i} span {span:?} out of bounds"));
        }
    }
    Ok(())
}

/// Everything checked on one byte input, strict and lossy.
fn check_bytes(bytes: &[u8], lossy: &Cleaner) -> Result<(), String> {
    let strict =
        guarded(|| newsprint::clean_bytes(bytes)).map_err(|e| format!("clean_bytes: {e}"))?;
    match (std::str::from_utf8(bytes), strict) {
        (Ok(text), Ok(doc)) => check_doc(&doc, text)?,
        (Err(e), Err(Error::InvalidUtf8 { offset })) if offset == e.valid_up_to() => {}
        (_, Err(e)) => return Err(format!("clean_bytes: unexpected error {e}")),
        (Err(e), Ok(_)) => return Err(format!("clean_bytes accepted invalid UTF-8 ({e})")),
    }
    let doc = guarded(|| lossy.clean_bytes(bytes))
        .map_err(|e| format!("lossy clean_bytes: {e}"))?
        .map_err(|e| format!("lossy clean_bytes failed: {e}"))?;
    let text = String::from_utf8_lossy(bytes);
    check_doc(&doc, &text).map_err(|e| format!("lossy: {e}"))?;
    // Every logged replacement is a U+FFFD at `at` standing for bad bytes.
    let mut prev = 0;
    for r in doc.invalid_utf8() {
        if r.kind() != RepairKind::InvalidUtf8
            || r.span().start < prev
            || r.span().is_empty()
            || r.span().end > bytes.len()
            || std::str::from_utf8(&bytes[r.span()]).is_ok()
            || text.get(r.at()..r.at() + 3) != Some("\u{fffd}")
        {
            return Err(format!("lossy: bad invalid_utf8 entry {r:?}"));
        }
        prev = r.span().end;
    }
    let genuine = std::str::from_utf8(bytes).map_or_else(
        |_| count_genuine_fffd(bytes),
        |t| t.matches('\u{fffd}').count(),
    );
    if text.matches('\u{fffd}').count() != genuine + doc.invalid_utf8().len() {
        return Err(format!(
            "lossy: {} U+FFFD in the decoding, {genuine} in the input, {} logged",
            text.matches('\u{fffd}').count(),
            doc.invalid_utf8().len()
        ));
    }
    Ok(())
}

/// U+FFFD characters present in the valid parts of `bytes`.
fn count_genuine_fffd(bytes: &[u8]) -> usize {
    bytes
        .utf8_chunks()
        .map(|c| c.valid().matches('\u{fffd}').count())
        .sum()
}

/// Removes characters from `input` while `fails` still holds: halves, then
/// ever smaller chunks, then single characters.
fn shrink(input: &str, fails: impl Fn(&str) -> bool) -> String {
    let mut chars: Vec<char> = input.chars().collect();
    let mut chunk = chars.len().max(1);
    while chunk >= 1 {
        let mut i = 0;
        let mut progress = false;
        while i < chars.len() {
            let mut trial = chars.clone();
            trial.drain(i..(i + chunk).min(chars.len()));
            let s: String = trial.iter().collect();
            if fails(&s) {
                chars = trial;
                progress = true;
            } else {
                i += chunk;
            }
        }
        if chunk == 1 && !progress {
            break;
        }
        if !progress {
            chunk /= 2;
        }
    }
    chars.into_iter().collect()
}

/// Shrinks failing bytes the same way, then by removing one to four bytes
/// anywhere (a whole UTF-8 sequence) until no removal keeps it failing.
fn shrink_bytes(input: &[u8], fails: impl Fn(&[u8]) -> bool) -> Vec<u8> {
    let mut b = input.to_vec();
    let mut chunk = b.len().max(1);
    while chunk > 4 {
        let mut i = 0;
        let mut progress = false;
        while i < b.len() {
            let mut trial = b.clone();
            trial.drain(i..(i + chunk).min(b.len()));
            if fails(&trial) {
                b = trial;
                progress = true;
            } else {
                i += chunk;
            }
        }
        if !progress {
            chunk /= 2;
        }
    }
    loop {
        let mut progress = false;
        for size in [4, 3, 2, 1] {
            let mut i = 0;
            while i + size <= b.len() {
                let mut trial = b.clone();
                trial.drain(i..i + size);
                if fails(&trial) {
                    b = trial;
                    progress = true;
                } else {
                    i += 1;
                }
            }
        }
        if !progress {
            return b;
        }
    }
}

// ---------------------------------------------------------------------------
// Driver

struct Report {
    cases: usize,
    bytes: usize,
    elapsed: Duration,
    failures: Vec<String>,
    slowest: (Duration, usize, usize),
}

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.replace(['_', ','], "").parse().ok())
        .unwrap_or(default)
}

/// At most this many distinct failures are shrunk and kept.
const MAX_FAILURES: usize = 10;

fn soak_run(cases: usize, seed: u64, only: Option<usize>) -> Report {
    quiet_panics();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(only.unwrap_or(0));
    let end = only.map_or(cases, |i| i + 1);
    let failures = Mutex::new(Vec::<(String, String)>::new());
    let bytes_total = AtomicUsize::new(0);
    let slowest = Mutex::new((Duration::ZERO, 0usize, 0usize));
    let lossy = Cleaner::new(Options::new().lossy(true));
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let mut local_bytes = 0;
                let mut local_slow = (Duration::ZERO, 0, 0);
                loop {
                    let i = next.fetch_add(64, Relaxed);
                    if i >= end {
                        break;
                    }
                    for case in i..(i + 64).min(end) {
                        let mut r = Rng::new(seed, case as u64);
                        let input = page(&mut r);
                        let raw = bytes(&mut r, &input);
                        local_bytes += input.len() + raw.len();
                        let t = Instant::now();
                        let text_result = check_text(&input);
                        let bytes_result = check_bytes(&raw, &lossy);
                        let took = t.elapsed();
                        if took > local_slow.0 {
                            local_slow = (took, case, input.len());
                        }
                        let mut found = Vec::new();
                        if let Err(e) = text_result {
                            let key = error_key(&e);
                            if is_new(&failures, &key) {
                                let min = shrink(&input, |s| {
                                    check_text(s).is_err_and(|e2| error_key(&e2) == key)
                                });
                                let e_min = check_text(&min).unwrap_err();
                                found.push((
                                    key,
                                    format!(
                                        "case {case} (replay: SOAK_SEED={seed} SOAK_ONLY={case}): {e}\n  input: {}\n  shrunk: {min:?}\n  shrunk error: {e_min}",
                                        shown(&format!("{input:?}"))
                                    ),
                                ));
                            }
                        }
                        if let Err(e) = bytes_result {
                            let key = format!("bytes: {}", error_key(&e));
                            if is_new(&failures, &key) {
                                let min = shrink_bytes(&raw, |b| {
                                    check_bytes(b, &lossy).is_err_and(|e2| {
                                        format!("bytes: {}", error_key(&e2)) == key
                                    })
                                });
                                let e_min = check_bytes(&min, &lossy).unwrap_err();
                                found.push((
                                    key,
                                    format!(
                                        "case {case} (replay: SOAK_SEED={seed} SOAK_ONLY={case}), bytes: {e}\n  bytes: {}\n  shrunk: b\"{}\"\n  shrunk error: {e_min}",
                                        shown(&format!("b\"{}\"", raw.escape_ascii())),
                                        min.escape_ascii()
                                    ),
                                ));
                            }
                        }
                        if !found.is_empty() {
                            let mut f = failures.lock().unwrap();
                            for (key, msg) in found {
                                if f.len() < MAX_FAILURES && !f.iter().any(|(k, _)| *k == key) {
                                    eprintln!("FAILURE {msg}");
                                    f.push((key, msg));
                                }
                            }
                        }
                    }
                }
                bytes_total.fetch_add(local_bytes, Relaxed);
                let mut s = slowest.lock().unwrap();
                if local_slow.0 > s.0 {
                    *s = local_slow;
                }
            });
        }
    });
    Report {
        cases: end - only.unwrap_or(0),
        bytes: bytes_total.into_inner(),
        elapsed: started.elapsed(),
        failures: failures
            .into_inner()
            .unwrap()
            .into_iter()
            .map(|(_, m)| m)
            .collect(),
        slowest: slowest.into_inner().unwrap(),
    }
}

/// `escaped` whole if short, else its length and start.
fn shown(escaped: &str) -> String {
    if escaped.len() <= 400 {
        escaped.to_owned()
    } else {
        let cut = (0..=300)
            .rev()
            .find(|&i| escaped.is_char_boundary(i))
            .unwrap_or(0);
        format!("{}… ({} bytes escaped)", &escaped[..cut], escaped.len())
    }
}

/// What kind of failure `e` is, without the offsets, so that one bug is
/// shrunk and reported once.
fn error_key(e: &str) -> String {
    e.chars()
        .filter(|c| !c.is_ascii_digit())
        .take(160)
        .collect()
}

fn is_new(failures: &Mutex<Vec<(String, String)>>, key: &str) -> bool {
    let f = failures.lock().unwrap();
    f.len() < MAX_FAILURES && !f.iter().any(|(k, _)| k == key)
}

fn run_and_report(cases: usize) {
    let seed = env("SOAK_SEED", 0);
    let only = std::env::var("SOAK_ONLY").ok().and_then(|s| s.parse().ok());
    let report = soak_run(cases, seed, only);
    let (slow, slow_case, slow_len) = report.slowest;
    println!(
        "soak: {} cases (seed {seed}), {:.1} MB of input, in {:.2?} ({:.0} cases/s); slowest case {slow_case} ({slow_len} bytes) took {slow:.2?}; {} failure(s)",
        report.cases,
        report.bytes as f64 / 1e6,
        report.elapsed,
        report.cases as f64 / report.elapsed.as_secs_f64().max(1e-9),
        report.failures.len()
    );
    assert!(
        report.failures.is_empty(),
        "{} failure(s):\n{}",
        report.failures.len(),
        report.failures.join("\n")
    );
}

#[test]
#[ignore = "long: run with `cargo test --release --test soak -- --ignored --nocapture`"]
fn soak() {
    run_and_report(env("SOAK_CASES", 1_000_000) as usize);
}

#[test]
fn soak_smoke() {
    run_and_report(2_000);
}

/// The generator and shrinker themselves.
#[test]
fn generator_is_deterministic_and_shrink_minimises() {
    let a: Vec<String> = (0..50).map(|i| page(&mut Rng::new(1, i))).collect();
    let b: Vec<String> = (0..50).map(|i| page(&mut Rng::new(1, i))).collect();
    assert_eq!(a, b);
    assert!(a.iter().any(|p| p.contains('\n')));
    assert_eq!(
        shrink("xxaxxbxx", |s| s.contains('a') && s.contains('b')),
        "ab"
    );
    assert_eq!(shrink_bytes(b"12\xff34", |b| b.contains(&0xff)), b"\xff");
}
