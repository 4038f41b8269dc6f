//! newsprint turns the raw text extracted from scanned or PDF newspaper pages
//! into clean, typed blocks.
//!
//! It repairs the three ways such text arrives broken:
//!
//! 1. **Doubled characters** from fake-bold type printed twice or four
//!    times (`前海作為前海作為`, `TThhee`), without touching legitimate
//!    repetition (`天天`, "had had").
//! 2. **Column-wrapped lines**, rejoined into paragraphs: no space between
//!    CJK fragments, one space between Latin ones, line-end hyphens removed
//!    only where a word was split.
//! 3. **Headings and captions** told apart from body text, caption markers
//!    (`●`, `▲`, `圖：`, `Photo:`) removed; a paragraph that captions cut
//!    in two is linked to its continuation ([`Block::continued_by`]), and
//!    table rows stay apart from prose.
//!
//! Every change is logged with its input byte range and reason, and the
//! [`Document`] can rebuild its input from blocks and log.
//!
//! ```
//! use newsprint::BlockKind;
//!
//! let page = "深港合作\n\n前海作為粵港澳大灣區前海作為粵港澳大灣區\n的核心引擎之一的核心引擎之一。。\n\n●前海的夜景\n";
//! let doc = newsprint::clean(page);
//! let blocks: Vec<_> = doc.blocks().map(|b| (b.kind(), b.text())).collect();
//! assert_eq!(blocks, [
//!     (BlockKind::Heading, "深港合作"),
//!     (BlockKind::Paragraph, "前海作為粵港澳大灣區的核心引擎之一。"),
//!     (BlockKind::Caption, "前海的夜景"),
//! ]);
//! assert_eq!(doc.reconstruct(), page);
//! ```
//!
//! The stages, one module each, in the order a page goes through them:
//! [`lines`] → [`repair`] → [`mod@segment`] → [`mod@join`] → [`mod@render`];
//! before them, on request ([`Options::split_columns`]), [`columns`] reads
//! columns printed side by side one after another.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Before stage 1, on request: side-by-side columns put one after another.
pub mod columns;
// Stage 1: lines, with byte offsets, widths and edge characters.
pub mod lines;
// Stage 2: extra copies left by fake-bold printing.
pub mod repair;
// Stage 3: which lines form which block, and its kind.
pub mod segment;
// Stage 4: each block's clean text, and the repair log.
pub mod join;
// Stage 5: plain text, Markdown, JSON Lines.
pub mod render;

// What the stages share and produce.
pub mod document;
pub mod error;
// The page's own words, for the join stage's hyphen decisions.
mod lexicon;
pub mod log;
pub mod options;
pub mod script;
pub mod stream;

pub use columns::{split_columns, Columns};
pub use document::{Block, Document};
pub use error::Error;
pub use log::{Edit, Reason, Repair, RepairKind, Replacement};
pub use options::Options;
pub use render::{render, Format, UnknownFormat};
pub use segment::BlockKind;
pub use stream::Stream;

use lines::{Line, LineIndices};

/// Bytes of text cleaned at once; longer texts go piece by piece.
const PIECE: usize = 256 * 1024;

/// The end of the line that holds byte `at` of `text` (after its `\n`,
/// `\r\n` or lone `\r`), or the end of the text.
fn line_end_after(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let bytes = text.as_bytes();
    match memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
        None => text.len(),
        Some(i) if bytes[at + i] == b'\r' && bytes.get(at + i + 1) == Some(&b'\n') => at + i + 2,
        Some(i) => at + i + 1,
    }
}

/// Cleans `text` with the default [`Options`].
///
/// ```
/// let doc = newsprint::clean("The quick brown fox jumps over\nthe lazy dog.\n");
/// assert_eq!(doc.blocks().next().unwrap().text(), "The quick brown fox jumps over the lazy dog.");
/// ```
#[must_use]
pub fn clean(text: &str) -> Document {
    Cleaner::new(Options::new()).clean(text)
}

/// Cleans `text` with `options`.
#[must_use]
pub fn clean_with(text: &str, options: impl Into<Options>) -> Document {
    Cleaner::new(options).clean(text)
}

/// Cleans UTF-8 bytes with the default [`Options`].
///
/// Invalid UTF-8 is an [`Error::InvalidUtf8`] carrying the offset of the
/// first bad byte; see [`Cleaner::clean_bytes`] for the lossy mode.
///
/// ```
/// let err = newsprint::clean_bytes(b"ok\n\xff").unwrap_err();
/// assert!(matches!(err, newsprint::Error::InvalidUtf8 { offset: 3 }));
/// ```
pub fn clean_bytes(bytes: &[u8]) -> Result<Document, Error> {
    Cleaner::new(Options::new()).clean_bytes(bytes)
}

/// A configured cleaner; cheap to reuse across pages.
#[derive(Debug, Clone, Default)]
pub struct Cleaner {
    options: Options,
}

impl Cleaner {
    /// A cleaner with `options`.
    pub fn new(options: impl Into<Options>) -> Self {
        Cleaner {
            options: options.into(),
        }
    }

    /// The options this cleaner runs with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Cleans `text`. Never fails and never panics.
    ///
    /// A text longer than a piece (256 KiB) is cleaned piece by piece, each
    /// cut at the start of a block with enough text after it for every
    /// decision about the blocks before (see [`Stream`]): the working
    /// memory of the stages stays that of one piece, and only the document
    /// grows with the input.
    #[must_use]
    pub fn clean(&self, text: &str) -> Document {
        if self.options.split_columns {
            let columns = split_columns(text);
            if columns.is_split() {
                let mut doc = self.clean_text(columns.text(), false);
                doc.map_to_input(&columns);
                return doc;
            }
        }
        self.clean_text(text, false)
    }

    /// [`Cleaner::clean`], where `continues` says that `text` goes on from
    /// text before it, cut where a block starts (a chunk of a [`Stream`]):
    /// its first line then opens no page.
    pub(crate) fn clean_text(&self, text: &str, continues: bool) -> Document {
        if text.len() <= PIECE {
            return self.clean_piece(text, continues);
        }
        let mut doc = Document::default();
        // The text is never longer than the input, and the log has about a
        // repair a line: reserved once, not doubled as the pieces come in.
        doc.text.reserve(text.len());
        // (Lines of text run to 24 bytes and more; blank runs, which
        // would reserve far too much, make few repairs.)
        doc.repairs
            .reserve(lines::count_lines(text).min(text.len() / 24) + 1);
        let (mut pos, mut line_base) = (0, 0);
        let mut size = PIECE;
        while pos < text.len() {
            let end = line_end_after(text, pos + size);
            let piece = &text[pos..end];
            let mut part = self.clean_piece(piece, continues || pos > 0);
            let (cut, lines) = if end == text.len() {
                (piece.len(), 0)
            } else {
                match stream::safe_cut(&part, piece) {
                    Some(cut) => cut,
                    None => {
                        // One block fills the piece: take a piece eight
                        // times the size (the passes add up to a seventh
                        // more than the last, so a giant block costs
                        // linear time).
                        size = size.saturating_mul(8);
                        continue;
                    }
                }
            };
            part.truncate_at(cut);
            part.shift(pos, line_base);
            doc.append(part);
            pos += cut;
            line_base += lines;
            size = PIECE;
        }
        doc
    }

    /// The pipeline on one piece of text: lines, repair, segment, join.
    fn clean_piece(&self, text: &str, continues: bool) -> Document {
        let mut lines: Vec<Line> = Vec::with_capacity(lines::count_lines(text) + 1);
        lines.extend(LineIndices::new(text));
        let deleted = repair::find_repairs(text, &lines, &self.options);
        let segments = segment::segment_text(text, &lines, &deleted, &self.options, continues);
        join::join(text, &lines, &segments, &deleted, &self.options)
    }

    /// Cleans UTF-8 bytes.
    ///
    /// With [`Options::lossy`] off, invalid UTF-8 is an
    /// [`Error::InvalidUtf8`]. With it on, each invalid sequence is replaced
    /// by U+FFFD and logged in [`Document::invalid_utf8`] as a
    /// [`RepairKind::InvalidUtf8`] repair whose `span` is the bad bytes'
    /// range in `bytes` and whose `at` is the U+FFFD's offset in the decoded
    /// text. All other spans refer to the decoded text, which is what
    /// [`Document::reconstruct`] gives back.
    ///
    /// ```
    /// use newsprint::{Cleaner, Options, RepairKind};
    /// let doc = Cleaner::new(Options::new().lossy(true)).clean_bytes(b"a\xffb\n").unwrap();
    /// assert_eq!(doc.blocks().next().unwrap().text(), "a\u{fffd}b");
    /// assert_eq!(doc.invalid_utf8()[0].kind(), RepairKind::InvalidUtf8);
    /// assert_eq!(doc.invalid_utf8()[0].span(), 1..2);
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8]) -> Result<Document, Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.clean(text)),
            Err(e) if !self.options.lossy => Err(Error::InvalidUtf8 {
                offset: e.valid_up_to(),
            }),
            Err(_) => {
                let (text, bad) = decode_lossy(bytes);
                let mut doc = self.clean(&text);
                doc.decoded = bad
                    .into_iter()
                    .map(|(span, at)| Repair::invalid_utf8(span, at))
                    .collect();
                Ok(doc)
            }
        }
    }
}

/// Decodes `bytes`, replacing each invalid sequence by U+FFFD; returns the
/// text and, for each replacement, the bad bytes' range and its offset in
/// the text.
fn decode_lossy(bytes: &[u8]) -> (String, Vec<(core::ops::Range<usize>, usize)>) {
    let mut text = String::with_capacity(bytes.len());
    let mut bad = Vec::new();
    let mut pos = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        pos += chunk.valid().len();
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            bad.push((pos..pos + invalid.len(), text.len()));
            text.push('\u{fffd}');
            pos += invalid.len();
        }
    }
    (text, bad)
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    /// The sample pages, each repeated, run together past several pieces.
    fn long_text() -> String {
        let pages = [
            include_str!("../examples/pages/zh-hant.txt"),
            include_str!("../examples/pages/en.txt"),
            include_str!("../examples/pages/de.txt"),
            include_str!("../examples/pages/bold-extract.txt"),
        ];
        let mut s = String::new();
        while s.len() < 3 * PIECE {
            for p in pages {
                s.push_str(p);
                s.push('\n');
            }
        }
        s
    }

    #[test]
    fn long_texts_are_cleaned_by_pieces_as_if_whole() {
        let text = long_text();
        let cleaner = Cleaner::default();
        let pieces = cleaner.clean(&text);
        let whole = cleaner.clean_piece(&text, false);
        assert_eq!(pieces.verify(&text), Ok(()));
        type Row = (BlockKind, String, (usize, usize), core::ops::Range<usize>);
        let key = |d: &Document| -> Vec<Row> {
            d.blocks()
                .map(|b| {
                    (
                        b.kind(),
                        b.text().to_owned(),
                        (*b.lines().start(), *b.lines().end()),
                        b.span(),
                    )
                })
                .collect()
        };
        let (a, b) = (key(&pieces), key(&whole));
        let same = a.iter().filter(|x| b.contains(x)).count();
        // Pieces are cut where every decision about the blocks before is
        // made; only page-wide evidence (how much is printed twice) can
        // differ near a cut.
        assert!(
            100 * same >= 99 * b.len(),
            "{same} of {} blocks agree",
            b.len()
        );
        for blk in pieces.blocks() {
            assert!(text[blk.span()].starts_with(|c: char| !c.is_whitespace()));
        }
    }

    /// Where a piece goes on from text before it, its first line opens no
    /// page: a paragraph's first lines there are no headline stack.
    #[test]
    fn a_piece_that_goes_on_opens_no_page() {
        let text = "Mayor Ann Holt (Labour)\nsaid it was a good day for all\n\n\
                    The families who had used the pool\nfor decades. The pool was closed\n\
                    in the autumn of 2022 because of\ndamage to its roof and walls.\n";
        let kinds = |continues| {
            let doc = Cleaner::default().clean_text(text, continues);
            doc.blocks().map(|b| b.kind()).collect::<Vec<_>>()
        };
        assert_eq!(kinds(true), [BlockKind::Paragraph]);
        assert_ne!(kinds(false), [BlockKind::Paragraph]);
    }

    /// A piece is cut before a paragraph that follows a paragraph's end,
    /// at the start of the blank lines that set it off, rather than
    /// between the rows of a table.
    #[test]
    fn pieces_are_cut_before_a_paragraph_and_its_blank_lines() {
        let para = "The council met on Monday evening\nto discuss the budget for next year\n\
                    and agreed to raise the rates.\n\n";
        let mut text = para.repeat(10);
        let last_para = text.len() - para.len();
        for k in 0..20 {
            text.push_str(&format!("Riverside Rovers   {k}   {}\n", 20 - k));
        }
        let doc = Cleaner::default().clean(&text);
        let rows = doc
            .blocks()
            .filter(|b| b.text().starts_with("Riverside"))
            .count();
        assert!(rows >= 16, "{rows} rows");
        let blank = last_para - 1;
        let lines = text[..blank].matches('\n').count();
        assert_eq!(stream::safe_cut(&doc, &text), Some((blank, lines)));
    }
}
