//! The streaming entry point gives the same blocks as cleaning the whole
//! text at once, with global line numbers and spans.

use newsprint::{Cleaner, Options};

type Row = (
    newsprint::BlockKind,
    String,
    (usize, usize),
    std::ops::Range<usize>,
);

/// The blocks of `doc` as comparable rows.
fn rows(doc: &newsprint::Document) -> impl Iterator<Item = Row> + '_ {
    doc.blocks().map(|b| {
        (
            b.kind(),
            b.text().to_owned(),
            (*b.lines().start(), *b.lines().end()),
            b.span(),
        )
    })
}

fn whole(text: &str) -> Vec<Row> {
    rows(&newsprint::clean(text)).collect()
}

fn streamed(text: &str, chunk: usize) -> Vec<Row> {
    let mut out = Vec::new();
    for doc in Cleaner::default().stream(text.as_bytes()).chunk_size(chunk) {
        let doc = doc.unwrap();
        out.extend(rows(&doc));
    }
    out
}

fn samples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "txt").then(|| {
                (
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
        })
        .collect();
    v.sort();
    v
}

#[test]
fn streaming_matches_whole_text() {
    // A page that fits a chunk comes out exactly as whole.
    for (name, text) in samples() {
        assert_eq!(streamed(&text, 1 << 20), whole(&text), "{name}");
    }
}

#[test]
fn streaming_in_small_chunks_loses_nothing_and_mostly_agrees() {
    let all: String = samples().into_iter().map(|(_, t)| t + "\u{c}").collect();
    let want = whole(&all);
    for chunk in [1000, 4096] {
        let mut rebuilt = String::new();
        let mut got = Vec::new();
        for doc in Cleaner::default().stream(all.as_bytes()).chunk_size(chunk) {
            let doc = doc.unwrap();
            rebuilt.push_str(&doc.reconstruct());
            got.extend(rows(&doc));
        }
        assert_eq!(rebuilt, all, "chunks of {chunk} lose nothing");
        for b in &got {
            assert!(
                all[b.3.clone()].starts_with(b.1.chars().next().unwrap())
                    || b.0 == newsprint::BlockKind::Caption
            );
        }
        // Decisions that weigh the whole page's evidence (how much of it is
        // printed twice) can differ near a chunk's edge; a chunk starts with
        // the white space before its first block, and where a paragraph
        // follows a paragraph, so the page-top rules leave it alone.
        let same = got.iter().filter(|b| want.contains(b)).count();
        assert!(
            100 * same >= 99 * want.len(),
            "chunks of {chunk}: {same} of {} blocks agree",
            want.len()
        );
    }
}

#[test]
fn streaming_reports_invalid_utf8_with_global_offset() {
    let mut bytes = "a line of text.\n".repeat(10).into_bytes();
    bytes.extend_from_slice(b"bad \xff byte\n");
    let err = Cleaner::default()
        .stream(&bytes[..])
        .chunk_size(16)
        .find_map(Result::err)
        .unwrap();
    assert!(
        matches!(err, newsprint::Error::InvalidUtf8 { offset: 164 }),
        "{err}"
    );
    let lossy: Vec<_> = Cleaner::new(Options::new().lossy(true))
        .stream(&bytes[..])
        .map(Result::unwrap)
        .collect();
    let replaced: Vec<_> = lossy
        .iter()
        .flat_map(|d| d.invalid_utf8().iter().map(|r| r.span()))
        .collect();
    assert_eq!(replaced, vec![(164..165)]);
}

#[test]
fn one_huge_block_streams_in_linear_time() {
    // A 1 MB paragraph with no break: the chunk doubles instead of growing
    // line by line, so this finishes quickly (a quadratic stream would not).
    let text = "word word word word word word word word\n".repeat(25_000);
    let blocks = streamed(&text, 1024);
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].2, (1, 25_000));
}

#[test]
fn headings_over_one_long_run_of_text_are_cut_in_linear_time() {
    // Headings top each piece, and one block fills the rest of it: a cut
    // at that block's start would move on a few bytes a pass (a quadratic
    // clean); the piece grows instead.
    let unit = "東京都、保育士の処遇改善へ\n月額２万円を上乗せ　来年度から\n\
                東京都は１０日、都内の認可保育所\nで働く保育士の給与を、来年度から\n";
    let text = unit.repeat(1_000_000 / unit.len());
    let doc = newsprint::clean(&text);
    assert_eq!(doc.verify(&text), Ok(()));
    assert!(doc.blocks().count() < 10, "{}", doc.blocks().count());
    assert_eq!(streamed(&text, 64 * 1024), whole(&text));
}

#[test]
fn an_error_comes_after_the_text_before_it() {
    let mut bytes = "A first paragraph of text that ends.\n\n"
        .repeat(400)
        .into_bytes();
    let bad = bytes.len();
    bytes.extend_from_slice(b"bad \xff byte\nmore text\n");
    let items: Vec<_> = Cleaner::default()
        .stream(&bytes[..])
        .chunk_size(512)
        .collect();
    let (last, before) = items.split_last().unwrap();
    assert!(matches!(last, Err(newsprint::Error::InvalidUtf8 { offset }) if *offset == bad + 4));
    let rebuilt: String = before
        .iter()
        .map(|d| d.as_ref().unwrap().reconstruct())
        .collect();
    // All the text before the first invalid byte, the valid start of its
    // line included.
    assert!(
        rebuilt.as_bytes() == &bytes[..bad + 4],
        "{} bytes given",
        rebuilt.len()
    );
}

#[test]
fn lone_carriage_returns_are_cut_into_chunks() {
    let text = "A paragraph ends here.\r\rAnother one starts.\r".repeat(2000);
    let docs: Vec<_> = Cleaner::default()
        .stream(text.as_bytes())
        .chunk_size(4096)
        .map(Result::unwrap)
        .collect();
    assert!(docs.len() > 5, "{} chunks", docs.len());
    let rebuilt: String = docs.iter().map(|d| d.reconstruct()).collect();
    assert_eq!(rebuilt, text);
}

#[test]
fn white_space_only_input_streams_its_log() {
    let text = " \n\n\t\n";
    let rebuilt: String = Cleaner::default()
        .stream(text.as_bytes())
        .map(|d| d.unwrap().reconstruct())
        .collect();
    assert_eq!(rebuilt, text);
}

/// A reader that hands out its parts one read at a time, then an error.
struct Scripted {
    parts: Vec<std::io::Result<Vec<u8>>>,
    buf: Vec<u8>,
}

impl std::io::Read for Scripted {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        use std::io::BufRead;
        let n = {
            let b = self.fill_buf()?;
            let n = b.len().min(out.len());
            out[..n].copy_from_slice(&b[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl std::io::BufRead for Scripted {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.buf.is_empty() && !self.parts.is_empty() {
            self.buf = self.parts.remove(0)?;
        }
        Ok(&self.buf)
    }

    fn consume(&mut self, n: usize) {
        self.buf.drain(..n);
    }
}

#[test]
fn text_read_before_an_error_is_given_out_first() {
    use std::io::{Error, ErrorKind};
    for (parts, want) in [
        // The valid start of a line with invalid UTF-8.
        (
            vec![Ok(b"Hello world.\nabc\xffdef\n".to_vec())],
            "Hello world.\nabc",
        ),
        // A line ending in a lone CR, then a failing read.
        (
            vec![Ok(b"Hello world.\r".to_vec()), Err(Error::other("gone"))],
            "Hello world.\r",
        ),
        // Part of a line, then a failing read.
        (
            vec![
                Ok(b"Hello world.\nSecond line".to_vec()),
                Err(Error::other("gone")),
            ],
            "Hello world.\nSecond line",
        ),
        // An interrupted read is tried again.
        (
            vec![
                Ok(b"One.\n".to_vec()),
                Err(Error::from(ErrorKind::Interrupted)),
                Ok(b"Two.\n".to_vec()),
            ],
            "One.\nTwo.\n",
        ),
    ] {
        let errors_expected = want != "One.\nTwo.\n";
        let reader = Scripted {
            parts,
            buf: Vec::new(),
        };
        let items: Vec<_> = Cleaner::default().stream(reader).collect();
        let text: String = items
            .iter()
            .filter_map(|d| d.as_ref().ok())
            .map(|d| d.reconstruct())
            .collect();
        assert_eq!(text, want);
        assert_eq!(items.last().unwrap().is_err(), errors_expected, "{want:?}");
    }
}

#[test]
fn long_blank_runs_are_cut_into_pieces() {
    let text = format!(
        "A paragraph of text.\n{}Another one.\n",
        "\n".repeat(2_000_000)
    );
    let doc = newsprint::clean(&text);
    assert_eq!(doc.verify(&text), Ok(()));
    let lines: Vec<_> = doc.blocks().map(|b| *b.lines().start()).collect();
    assert_eq!(lines, [1, 2_000_002]);
}
