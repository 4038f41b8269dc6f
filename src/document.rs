//! [`Document`] and [`Block`]: the cleaned page, its blocks and its repair log.

use core::ops::{Range, RangeInclusive};

use crate::columns::{Columns, Region};
use crate::log::{Repair, Replacement, Span48};
use crate::segment::BlockKind;

/// A cleaned page: its blocks in input order and the log of every change.
///
/// The block texts and the log together hold the whole input: see
/// [`Document::reconstruct`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// All block texts, one after another.
    pub(crate) text: String,
    pub(crate) blocks: Vec<BlockData>,
    pub(crate) repairs: Vec<Repair>,
    /// All replaced input text, one after another (see [`Repair::original`]).
    pub(crate) removed: String,
    /// Invalid UTF-8 replaced while decoding (lossy mode only).
    pub(crate) decoded: Vec<Repair>,
    /// Runs of lines read column by column ([`Options::split_columns`](crate::Options::split_columns)).
    pub(crate) columns: Vec<Region>,
}

/// A block's record: ranges in the document's text and log, in the input,
/// and its first and last line number; kept compact (52 bytes), as a
/// document holds one for every few lines of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BlockData {
    pub(crate) kind: BlockKind,
    /// How many blocks ahead the paragraph goes on (0: it does not; see
    /// [`Block::continued_by`]), and what joins the two.
    pub(crate) continued_by: u8,
    pub(crate) joiner: Replacement,
    pub(crate) text: Span48,
    pub(crate) lines: Span48,
    pub(crate) span: Span48,
    pub(crate) repairs: Span48,
}

/// One block of a [`Document`]: a paragraph, heading or caption.
#[derive(Debug, Clone, Copy)]
pub struct Block<'d> {
    doc: &'d Document,
    data: &'d BlockData,
    index: usize,
}

impl<'d> Block<'d> {
    /// What the block is.
    pub fn kind(&self) -> BlockKind {
        self.data.kind
    }

    /// The block's clean text.
    pub fn text(&self) -> &'d str {
        &self.doc.text[self.data.text.get()]
    }

    /// First and last input line of the block (1-based, inclusive; blank
    /// lines at its edges not counted).
    pub fn lines(&self) -> RangeInclusive<usize> {
        self.data.lines.start()..=self.data.lines.end()
    }

    /// Byte range of the block in the input.
    pub fn span(&self) -> Range<usize> {
        self.data.span.get()
    }

    /// The changes made inside this block, in input order.
    pub fn repairs(&self) -> &'d [Repair] {
        &self.doc.repairs[self.data.repairs.get()]
    }

    /// The output text standing for `repair` (see [`Document::replacement`]).
    pub fn replacement(&self, repair: &Repair) -> &'d str {
        self.doc.replacement(repair)
    }

    /// Byte offset of this block's text within the document's concatenated
    /// output; subtract it from [`Repair::at`] to index [`Block::text`].
    pub fn text_offset(&self) -> usize {
        self.data.text.start()
    }

    /// The block's place in [`Document::blocks`].
    pub fn index(&self) -> usize {
        self.index
    }

    /// Where this paragraph goes on when a caption or a running head cuts
    /// it in two (at a column or page break): the index of the block that
    /// continues it, and the text that joins the two (`""` in CJK text and
    /// after a split word, `" "` between Latin words). The blocks stay in
    /// input order; the text and Markdown renderers write the paragraph
    /// whole, the blocks that cut it after it. (A link never reaches from
    /// one [`Stream`](crate::Stream) item to the next, nor across the rare
    /// cut between pieces of a long text where the blocks between fall.)
    ///
    /// ```
    /// let page = "The harbour board approved plans on Thursday\n\
    ///             for a new marina with berths for 120 yachts\n\
    ///             and a ferry pier, despite objections from\n\
    ///             \n\
    ///             Photo: The working quay at low tide.\n\
    ///             \n\
    ///             the fishing fleet, which lands its catch there.\n";
    /// let doc = newsprint::clean(page);
    /// let first = doc.blocks().next().unwrap();
    /// assert_eq!(first.continued_by(), Some((2, " ")));
    /// assert!(doc.to_text().starts_with("The harbour board approved plans on Thursday \
    ///     for a new marina with berths for 120 yachts and a ferry pier, despite \
    ///     objections from the fishing fleet, which lands its catch there.\n\n\
    ///     The working quay"));
    /// ```
    pub fn continued_by(&self) -> Option<(usize, &'static str)> {
        (self.data.continued_by > 0).then(|| {
            (
                self.index + usize::from(self.data.continued_by),
                self.data.joiner.as_str(),
            )
        })
    }
}

impl Document {
    /// The blocks, in input order.
    pub fn blocks(&self) -> impl ExactSizeIterator<Item = Block<'_>> + DoubleEndedIterator + '_ {
        self.blocks
            .iter()
            .enumerate()
            .map(move |(index, data)| Block {
                doc: self,
                data,
                index,
            })
    }

    /// The block at `index` in [`Document::blocks`], if there is one.
    pub fn block(&self, index: usize) -> Option<Block<'_>> {
        self.blocks.get(index).map(|data| Block {
            doc: self,
            data,
            index,
        })
    }

    /// The number of blocks.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// Whether the document has no blocks (the input was empty or blank).
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Every change made, in input order, including white space removed
    /// between blocks.
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// The replacements of invalid UTF-8 made while decoding bytes in lossy
    /// mode (see [`Cleaner::clean_bytes`](crate::Cleaner::clean_bytes));
    /// empty otherwise. Their spans are byte ranges of the undecoded input.
    pub fn invalid_utf8(&self) -> &[Repair] {
        &self.decoded
    }

    /// The input text that `repair` replaced.
    ///
    /// ```
    /// let doc = newsprint::clean("A wrapped\nline.\n");
    /// let line_break = &doc.repairs()[0];
    /// assert_eq!(doc.original(line_break), "\n");
    /// ```
    pub fn original(&self, repair: &Repair) -> &str {
        if repair.kind() == crate::RepairKind::InvalidUtf8 {
            return "";
        }
        self.removed.get(repair.original()).unwrap_or("")
    }

    /// The output text that stands for `repair`'s span: nothing, a space,
    /// or for merged doubled copies the text kept between them.
    ///
    /// ```
    /// let doc = newsprint::clean("TThhee  qquuiicckk  bbrroowwnn  ffooxx\n");
    /// let r = &doc.repairs()[0];
    /// // From the second `T` on: every other character was a copy.
    /// assert_eq!(doc.original(r), "Thhee  qquuiicckk  bbrroowwnn  ffooxx");
    /// assert_eq!(doc.replacement(r), "he quick brown fox");
    /// ```
    pub fn replacement(&self, repair: &Repair) -> &str {
        if repair.kind() == crate::RepairKind::InvalidUtf8 {
            return "\u{fffd}";
        }
        self.text.get(repair.output()).unwrap_or("")
    }

    /// Rebuilds the input from the block texts and the repair log alone.
    ///
    /// For every input `s`, `clean(s).reconstruct() == s`: nothing is lost
    /// without a logged reason.
    ///
    /// ```
    /// let input = "●A caption\n\nSome text that was\nwrapped.\n";
    /// assert_eq!(newsprint::clean(input).reconstruct(), input);
    /// ```
    #[must_use]
    pub fn reconstruct(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + self.removed.len());
        let mut pos = 0;
        for r in &self.repairs {
            out.push_str(&self.text[pos..r.at()]);
            out.push_str(self.original(r));
            pos = r.output().end;
        }
        out.push_str(&self.text[pos..]);
        out
    }

    /// Checks that [`reconstruct`](Document::reconstruct) gives back `input`
    /// exactly; on failure returns the byte offset of the first difference.
    ///
    /// ```
    /// let input = "Line one of a\nwrapped paragraph.\n";
    /// assert_eq!(newsprint::clean(input).verify(input), Ok(()));
    /// ```
    pub fn verify(&self, input: &str) -> Result<(), usize> {
        let rebuilt = self.reconstruct();
        if rebuilt == input {
            return Ok(());
        }
        let at = rebuilt
            .bytes()
            .zip(input.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(rebuilt.len().min(input.len()));
        Err(at)
    }
}

impl Document {
    /// Drops the blocks that start at or after input byte `cut` (a block's
    /// span start, or the start of the white space before it) and the log
    /// entries from there on.
    pub(crate) fn truncate_at(&mut self, cut: usize) {
        let keep = self.blocks.partition_point(|b| b.span.start() < cut);
        self.blocks.truncate(keep);
        // A paragraph whose continuation is cut off here no longer links
        // to it (the next piece may segment the text after the cut anew).
        let from = keep.saturating_sub(usize::from(u8::MAX));
        for (i, b) in self.blocks.iter_mut().enumerate().skip(from) {
            if i + usize::from(b.continued_by) >= keep {
                b.continued_by = 0;
            }
        }
        let r = self.repairs.partition_point(|r| r.span().start < cut);
        self.repairs.truncate(r);
        // The white space between two blocks, cut in two.
        if let Some(last) = self.repairs.last_mut().filter(|r| r.span().end > cut) {
            last.clip_end(cut);
        }
        let text_end = self.repairs.last().map_or(0, |r| r.output().end);
        let text_end = text_end.max(self.blocks.last().map_or(0, |b| b.text.end()));
        self.text.truncate(text_end);
        let removed_end = self.repairs.last().map_or(0, |r| r.original().end);
        self.removed.truncate(removed_end);
    }

    /// Appends `other`, the document of the text right after this one's
    /// (already [`shift`](Document::shift)ed to count from the same start).
    pub(crate) fn append(&mut self, mut other: Document) {
        let (text, removed, repairs) = (self.text.len(), self.removed.len(), self.repairs.len());
        // (Appended to an empty document, as the first piece is, nothing
        // moves.)
        if (text, repairs) != (0, 0) {
            for b in &mut other.blocks {
                b.text = b.text.moved(text);
                b.repairs = b.repairs.moved(repairs);
            }
        }
        if (text, removed) != (0, 0) {
            for r in &mut other.repairs {
                r.move_output(text, removed);
            }
        }
        // Grow by an eighth, not by doubling: a long document's log is most
        // of its memory.
        fn room<T>(v: &mut Vec<T>, more: usize) {
            if v.capacity() - v.len() < more {
                v.reserve_exact(more.max(v.len() / 8));
            }
        }
        room(&mut self.repairs, other.repairs.len());
        room(&mut self.blocks, other.blocks.len());
        if self.removed.capacity() - self.removed.len() < other.removed.len() {
            self.removed
                .reserve_exact(other.removed.len().max(self.removed.len() / 8));
        }
        self.text.push_str(&other.text);
        self.removed.push_str(&other.removed);
        self.blocks.append(&mut other.blocks);
        self.repairs.append(&mut other.repairs);
        self.decoded.append(&mut other.decoded);
    }

    /// Counts spans and lines from `bytes` and `lines` before the text this
    /// document was made of.
    /// Moves the document of `columns.text()` onto its input: blocks'
    /// lines and byte ranges become the input's (the smallest range that
    /// holds all of a block's lines and bytes); the texts, the repairs'
    /// spans and what [`reconstruct`](Document::reconstruct) gives stay
    /// those of the text in reading order.
    pub(crate) fn map_to_input(&mut self, columns: &Columns<'_>) {
        for b in &mut self.blocks {
            let lines = columns.source_lines(b.lines.start()..=b.lines.end());
            b.lines = Span48::new(*lines.start()..*lines.end());
            b.span = Span48::new(columns.source_range(b.span.get()));
        }
        // (Repairs keep their spans in the text in reading order: a line
        // end added after a column's line has no bytes in the input.)
        self.columns = columns.regions().to_vec();
    }

    /// The runs of input lines that were read column by column (empty
    /// unless [`Options::split_columns`](crate::Options::split_columns) found side-by-side columns).
    /// Blocks' [`lines`](Block::lines) and [`span`](Block::span) then refer
    /// to the input, but the repairs' spans and the text that
    /// [`reconstruct`](Document::reconstruct) gives back refer to the input
    /// in reading order, [`split_columns`](crate::split_columns)`(input).text()`.
    pub fn columns(&self) -> &[Region] {
        &self.columns
    }

    pub(crate) fn shift(&mut self, bytes: usize, lines: usize) {
        // (The first piece of a text moves by nothing.)
        if (bytes, lines) == (0, 0) {
            return;
        }
        for b in &mut self.blocks {
            b.span = b.span.moved(bytes);
            b.lines = b.lines.moved(lines);
        }
        for r in &mut self.repairs {
            r.shift(bytes);
        }
    }
}
