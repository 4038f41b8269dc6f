//! Shared by the benches and the throughput example: inputs and the naive
//! line join that the pipeline is measured against.

#![allow(dead_code)]

use std::path::Path;

/// The simplest possible line join: split lines, a run of blank lines is a
/// paragraph break, join with nothing when both sides are CJK and one space
/// otherwise, into a fresh `String`.
pub fn naive_join(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            blank = true;
            continue;
        }
        if let Some(prev) = out.chars().next_back() {
            if blank {
                out.push_str("\n\n");
            } else if !(is_cjk(prev) && line.chars().next().is_some_and(is_cjk)) {
                out.push(' ');
            }
        }
        out.push_str(line);
        blank = false;
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9fff | 0xf900..=0xfaff | 0xff00..=0xffef)
}

/// A sample page of the repository by name (`zh-hant`, `en`, `de`).
pub fn page(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["examples/pages", "tests/specs"] {
        if let Ok(s) = std::fs::read_to_string(root.join(dir).join(format!("{name}.txt"))) {
            return s;
        }
    }
    panic!("no sample page {name}")
}

/// `text` repeated (whole lines) to about `size` bytes.
pub fn repeat_to(text: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + text.len());
    while s.len() < size {
        let room = size - s.len();
        if room >= text.len() {
            s.push_str(text);
        } else {
            let cut = text.as_bytes()[..room]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            if cut == 0 {
                break;
            }
            s.push_str(&text[..cut]);
        }
    }
    if s.is_empty() {
        s.push_str(text);
    }
    s
}
