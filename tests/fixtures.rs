//! Expected-output tests: every case in `tests/specs/` and, when it exists
//! beside the repository, every fixture in `../shared/fixtures/`.
//!
//! - `NAME.txt` + `NAME.golden.jsonl`: the blocks must equal the golden ones
//!   in kind, text and line range. Cases named `block_*` are cut by page
//!   geometry that text cannot always see; they are held to a boundary F1
//!   and kind accuracy floor instead.
//! - `NAME.txt` + `NAME.clean.txt`: the non-white-space characters of the
//!   output must equal those of the reference.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Floors for the geometry cases, set to what has been reached so that any
/// regression fails.
const MIN_BOUNDARY_F1: f64 = 0.97;
const MIN_KIND_ACCURACY: f64 = 0.98;

#[derive(Debug, Clone, PartialEq)]
struct Golden {
    kind: String,
    text: String,
    lines: (usize, usize),
    /// The block that continues a paragraph cut in two (absent: none).
    continued_by: Option<usize>,
}

fn read_golden(path: &Path) -> Vec<Golden> {
    let text = fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            Golden {
                kind: v["kind"].as_str().unwrap().to_owned(),
                text: v["text"].as_str().unwrap().to_owned(),
                lines: (
                    v["lines"][0].as_u64().unwrap() as usize,
                    v["lines"][1].as_u64().unwrap() as usize,
                ),
                continued_by: v["continued_by"].as_u64().map(|i| i as usize),
            }
        })
        .collect()
}

fn cleaned(path: &Path) -> Vec<Golden> {
    let bytes = fs::read(path).unwrap();
    let doc = newsprint::clean_bytes(&bytes).unwrap();
    let input = std::str::from_utf8(&bytes).unwrap();
    assert_eq!(
        doc.verify(input),
        Ok(()),
        "{}: reconstruction",
        path.display()
    );
    doc.blocks()
        .map(|b| Golden {
            kind: b.kind().as_str().to_owned(),
            text: b.text().to_owned(),
            lines: (*b.lines().start(), *b.lines().end()),
            continued_by: b.continued_by().map(|(i, _)| i),
        })
        .collect()
}

fn cases(dir: &Path, suffix: &str) -> Vec<(String, PathBuf)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<_> = entries
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(suffix)?.to_owned();
            Some((stem.clone(), dir.join(format!("{stem}.txt"))))
        })
        .collect();
    v.sort();
    v
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures")
}

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs")
}

fn first_difference(want: &[Golden], got: &[Golden]) -> String {
    for i in 0..want.len().max(got.len()) {
        if want.get(i) != got.get(i) {
            return format!(
                "first difference at block {i}:\n  want {:?}\n  got  {:?}",
                want.get(i),
                got.get(i)
            );
        }
    }
    String::new()
}

fn check_exact(dir: &Path) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut n = 0;
    for (name, txt) in cases(dir, ".golden.jsonl") {
        if name.starts_with("block_") {
            continue;
        }
        n += 1;
        let want = read_golden(&dir.join(format!("{name}.golden.jsonl")));
        let got = cleaned(&txt);
        if want != got {
            failures.push(format!("{name}: {}", first_difference(&want, &got)));
        }
    }
    (n, failures)
}

#[test]
fn specs_are_exact() {
    let (n, failures) = check_exact(&specs());
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn shared_exact_fixtures() {
    let (_, failures) = check_exact(&shared());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shared_ink_fixtures() {
    let dir = shared();
    let mut failures = Vec::new();
    for (name, txt) in cases(&dir, ".clean.txt") {
        let reference: String = fs::read_to_string(dir.join(format!("{name}.clean.txt")))
            .unwrap()
            .split_whitespace()
            .collect();
        let got: String = cleaned(&txt)
            .iter()
            .flat_map(|b| b.text.split_whitespace())
            .collect();
        if got != reference {
            let i = got
                .chars()
                .zip(reference.chars())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let near = |s: &str| {
                s.chars()
                    .skip(i.saturating_sub(10))
                    .take(40)
                    .collect::<String>()
            };
            failures.push(format!(
                "{name}:\n  want …{}\n  got  …{}",
                near(&reference),
                near(&got)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shared_geometry_fixtures() {
    let dir = shared();
    let (mut tp, mut fp, mut fneg, mut kind_ok) = (0usize, 0usize, 0usize, 0usize);
    for (name, txt) in cases(&dir, ".golden.jsonl") {
        if !name.starts_with("block_") {
            continue;
        }
        let want = read_golden(&dir.join(format!("{name}.golden.jsonl")));
        let got = cleaned(&txt);
        let w: HashMap<usize, &str> = want.iter().map(|b| (b.lines.0, b.kind.as_str())).collect();
        let g: HashMap<usize, &str> = got.iter().map(|b| (b.lines.0, b.kind.as_str())).collect();
        let ws: HashSet<_> = w.keys().collect();
        let gs: HashSet<_> = g.keys().collect();
        tp += ws.intersection(&gs).count();
        fp += gs.difference(&ws).count();
        fneg += ws.difference(&gs).count();
        kind_ok += ws.intersection(&gs).filter(|s| w[s] == g[s]).count();
    }
    if tp + fp + fneg == 0 {
        return;
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fneg) as f64;
    let kind = kind_ok as f64 / tp.max(1) as f64;
    eprintln!("geometry fixtures: boundary F1 {f1:.3}, kind accuracy {kind:.3}");
    assert!(
        f1 >= MIN_BOUNDARY_F1,
        "boundary F1 {f1:.3} < {MIN_BOUNDARY_F1}"
    );
    assert!(
        kind >= MIN_KIND_ACCURACY,
        "kind accuracy {kind:.3} < {MIN_KIND_ACCURACY}"
    );
}
