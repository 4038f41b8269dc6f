//! Shared by the benches and the throughput example: inputs and the naive
//! line join that the pipeline is measured against.

#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

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

/// Counts live and peak heap bytes, for the examples that report memory
/// (each sets it as its `#[global_allocator]`).
pub struct Counting;

pub static LIVE: AtomicUsize = AtomicUsize::new(0);
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let live =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}
