//! `stages FILE`: times each pipeline stage on FILE (release build), for
//! profiling; prints MB/s per stage.
use std::time::Instant;

use newsprint::lines::{Line, LineIndices};
use newsprint::{join, repair, segment, Format, Options};

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let mb = text.len() as f64 / 1e6;
    let options = Options::new();
    let t = Instant::now();
    let lines: Vec<Line> = LineIndices::new(&text).collect();
    let t_lines = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let deleted = repair::find_repairs(&text, &lines, &options);
    let t_repair = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let segments = segment::segment(&text, &lines, &deleted, &options);
    let t_segment = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let doc = join::join(&text, &lines, &segments, &deleted, &options);
    let t_join = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut out = String::new();
    newsprint::render(&doc, Format::JsonLines, &mut out).unwrap();
    let t_render = t.elapsed().as_secs_f64();
    for (name, secs) in [
        ("lines", t_lines),
        ("repair", t_repair),
        ("segment", t_segment),
        ("join", t_join),
        ("render jsonl", t_render),
    ] {
        println!("{name:>13}: {:8.1} MB/s ({:.3} s)", mb / secs, secs);
    }
}
