//! [`Stream`]: clean text from any reader, yielding blocks as they complete.

use std::io::BufRead;

use crate::document::Document;
use crate::error::Error;
use crate::log::Repair;
use crate::segment::BlockKind;
use crate::Cleaner;

/// Bytes gathered before a chunk is cleaned, by default. A chunk ends where
/// a block starts with [`LOOKAHEAD`] lines after it, so memory stays bounded
/// by this plus the largest block and those lines.
const CHUNK: usize = 64 * 1024;

/// Lines read past a block's start before the blocks before it are given
/// out: more than any decision of the segmenter looks ahead.
const LOOKAHEAD: usize = 16;

/// An iterator over the cleaned blocks of a reader, made by
/// [`Cleaner::stream`].
///
/// Each item is a [`Document`] holding one or more complete blocks, with
/// line numbers and byte spans counted from the start of the whole input,
/// and the white space between them, so that the items' reconstructions
/// together give back the input. An error (unreadable input, or invalid
/// UTF-8 without [`Options::lossy`](crate::Options::lossy)) comes after the
/// blocks of the text before it, and ends the stream.
/// The blocks near the end of each chunk read are held back until enough
/// text after them has been read to decide them as cleaning the whole text
/// would. (A chunk then starts at a block, which opens no page unless a
/// page break is there; the first lines of a chunk see no text before
/// them, which can change a decision that looks back, such as the local
/// column width; with the default chunk size this is rare. Likewise the repair stage weighs how much of the text read so far
/// is printed twice, so a short bold line near a chunk's edge may be
/// judged with less evidence than the whole page would give.)
///
/// ```
/// use newsprint::Cleaner;
/// let input = "Headline\n\nA paragraph that is wrapped\nover two lines.\n";
/// let mut texts = Vec::new();
/// for chunk in Cleaner::default().stream(input.as_bytes()) {
///     for block in chunk.unwrap().blocks() {
///         texts.push(block.text().to_owned());
///     }
/// }
/// assert_eq!(texts, ["Headline", "A paragraph that is wrapped over two lines."]);
/// ```
#[derive(Debug)]
pub struct Stream<R> {
    cleaner: Cleaner,
    reader: R,
    /// Text read but not yet given out.
    pending: String,
    /// Byte offset (in the whole input) of `pending`'s start.
    base: usize,
    /// Lines before `pending`'s start.
    base_line: usize,
    /// Invalid UTF-8 replaced in `pending` (lossy mode): global byte span,
    /// offset in `pending`.
    invalid: Vec<(core::ops::Range<usize>, usize)>,
    /// Bytes read from the reader so far.
    read: usize,
    done: bool,
    /// An error met while reading, given out after the text before it.
    error: Option<Error>,
    /// A read error met after part of a line was read, kept until that
    /// part is in `pending`.
    io_error: Option<std::io::Error>,
    line: Vec<u8>,
    /// Bytes to gather before cleaning a chunk: `initial_chunk`, doubled
    /// while one block fills it.
    chunk: usize,
    initial_chunk: usize,
}

impl Cleaner {
    /// Cleans the text of `reader` as it is read; see [`Stream`].
    pub fn stream<R: BufRead>(&self, reader: R) -> Stream<R> {
        Stream {
            cleaner: self.clone(),
            reader,
            pending: String::new(),
            base: 0,
            base_line: 0,
            invalid: Vec::new(),
            read: 0,
            done: false,
            error: None,
            io_error: None,
            line: Vec::new(),
            chunk: CHUNK,
            initial_chunk: CHUNK,
        }
    }
}

impl<R: BufRead> Stream<R> {
    /// Sets how many bytes are gathered before a chunk is cleaned (default
    /// 64 KiB). Smaller chunks give blocks out sooner; the decisions near a
    /// chunk's end see less of the text after them.
    #[must_use]
    pub fn chunk_size(mut self, bytes: usize) -> Self {
        self.chunk = bytes.max(1);
        self.initial_chunk = self.chunk;
        self
    }

    /// Reads one line (ended by `\n`, `\r\n` or a lone `\r`, as
    /// [`LineIndices`](crate::lines::LineIndices) splits) into `self.line`;
    /// returns its length, 0 at the end of the input.
    fn read_line(&mut self) -> std::io::Result<usize> {
        self.line.clear();
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // Give out what was read of the line first; the error after.
                Err(e) if !self.line.is_empty() => {
                    self.io_error = Some(e);
                    return Ok(self.line.len());
                }
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(self.line.len());
            }
            match memchr::memchr2(b'\n', b'\r', buf) {
                Some(i) => {
                    let end = buf[i];
                    self.line.extend_from_slice(&buf[..=i]);
                    self.reader.consume(i + 1);
                    if end == b'\r' {
                        // A `\r\n` may straddle two reads.
                        match self.reader.fill_buf() {
                            Ok(next) if next.first() == Some(&b'\n') => {
                                self.line.push(b'\n');
                                self.reader.consume(1);
                            }
                            Ok(_) => {}
                            Err(e) => self.io_error = Some(e),
                        }
                    }
                    return Ok(self.line.len());
                }
                None => {
                    let n = buf.len();
                    self.line.extend_from_slice(buf);
                    self.reader.consume(n);
                }
            }
        }
    }

    /// Reads lines until `pending` holds at least `chunk` bytes, the input
    /// ends, or an error is met (kept for after the text before it).
    fn fill(&mut self) {
        while !self.done && self.pending.len() < self.chunk {
            let n = match self.read_line() {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    self.error = Some(e.into());
                    break;
                }
            };
            if n == 0 {
                self.done = true;
                break;
            }
            match std::str::from_utf8(&self.line) {
                Ok(s) => self.pending.push_str(s),
                Err(e) if !self.cleaner.options().lossy => {
                    // The line's valid start is text before the error.
                    let valid = &self.line[..e.valid_up_to()];
                    self.pending
                        .push_str(std::str::from_utf8(valid).unwrap_or_default());
                    self.done = true;
                    self.error = Some(Error::InvalidUtf8 {
                        offset: self.read + e.valid_up_to(),
                    });
                    break;
                }
                Err(_) => {
                    let mut pos = self.read;
                    for chunk in self.line.utf8_chunks() {
                        self.pending.push_str(chunk.valid());
                        pos += chunk.valid().len();
                        if !chunk.invalid().is_empty() {
                            let len = chunk.invalid().len();
                            self.invalid.push((pos..pos + len, self.pending.len()));
                            self.pending.push('\u{fffd}');
                            pos += len;
                        }
                    }
                }
            }
            self.read += n;
            // An error met after this line was read comes after its text.
            if let Some(e) = self.io_error.take() {
                self.done = true;
                self.error = Some(e.into());
            }
        }
    }
}

/// Where the cleaned `doc` of `text`, a piece of a longer input, may be
/// cut, and the number of lines before the cut: before a block that has
/// [`LOOKAHEAD`] lines after it, at the start of the white space before it
/// (so that the next piece opens with the blank lines, or the page break,
/// that set the block off). Of those blocks in the piece's
/// second half, the last that [`starts_cleanly`]; else the last.
///
/// `None` while the piece holds too little to decide, and where no such
/// block starts in the piece's second half: a block filling the rest of the
/// piece (headings over a long run of text) would otherwise be cut off a
/// little at a time, each pass cleaning the whole piece again for a few
/// bytes of progress.
pub(crate) fn safe_cut(doc: &Document, text: &str) -> Option<(usize, usize)> {
    let total = crate::lines::count_lines(text);
    let cut_before = |i: usize| {
        let block = &doc.blocks[i];
        let start = block.span.start();
        let text_end = text[..start]
            .trim_end_matches(crate::script::is_space)
            .len();
        let cut = crate::line_end_after(text, text_end).min(start);
        // Lines between the cut and the block's first line.
        let gap = &text[cut..start];
        let partial = !gap.is_empty() && !gap.ends_with(['\n', '\r']);
        let blank = crate::lines::count_lines(gap) - usize::from(partial);
        (cut, block.lines.start() - 1 - blank)
    };
    let mut candidates = (1..doc.blocks.len())
        .rev()
        .skip_while(|&i| doc.blocks[i].lines.start() + LOOKAHEAD > total)
        .map(|i| (i, cut_before(i)))
        .take_while(|&(_, (cut, _))| 2 * cut >= text.len())
        .peekable();
    let last = candidates.peek().map(|&(_, cut)| cut);
    let at_block = candidates
        .find(|&(i, (cut, _))| starts_cleanly(doc, text, i, cut))
        .map(|(_, cut)| cut)
        .or(last);
    // Else the end of the piece, where all after the last block (if any)
    // is white space of at least [`LOOKAHEAD`] lines: a long blank run
    // holds no block that could go on.
    at_block.or_else(|| {
        let end = doc.blocks.last().map_or(0, |b| b.span.end());
        let tail = &text[end..];
        let blank = tail.trim_start_matches(crate::script::is_space).is_empty();
        (blank && crate::lines::count_lines(tail) > LOOKAHEAD).then_some((text.len(), total))
    })
}

/// Block `i` of `doc` is a good place to start the next piece (cut at
/// `cut`): a page break sets it off, or it is a paragraph of two lines or
/// more after a paragraph that ends a sentence. The next piece sees no
/// text before its cut, so a decision that looks back (a headline stack at
/// a page's top, a table's rows, a paragraph going on over a column break)
/// is safest there.
fn starts_cleanly(doc: &Document, text: &str, i: usize, cut: usize) -> bool {
    let (before, block) = (&doc.blocks[i - 1], &doc.blocks[i]);
    let paragraphs = before.kind == BlockKind::Paragraph && block.kind == BlockKind::Paragraph;
    let ends = crate::script::ends_sentence(&doc.text[before.text.get()]);
    text[cut..block.span.start()].contains('\u{c}')
        || (paragraphs
            && ends
            && block.lines.end() > block.lines.start()
            && before.continued_by == 0)
}

impl<R: BufRead> Iterator for Stream<R> {
    type Item = Result<Document, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.fill();
            if self.pending.is_empty() {
                // The text before an error has been given out: now the
                // error, once.
                return self.error.take().map(Err);
            }
            let mut doc = self.cleaner.clean_text(&self.pending, self.base > 0);
            // Hold back the blocks near the end unless the input has ended:
            // the last may go on in the text not read yet, and the decisions
            // about a block look a few lines past its end.
            let (cut, lines_used) = if self.done {
                (self.pending.len(), crate::lines::count_lines(&self.pending))
            } else {
                match safe_cut(&doc, &self.pending) {
                    Some(cut) => cut,
                    None => {
                        // Too little read to decide: read on, doubling the
                        // chunk so that a long block costs linear time.
                        self.chunk = self.chunk.max(self.pending.len() * 2);
                        continue;
                    }
                }
            };
            doc.truncate_at(cut);
            doc.shift(self.base, self.base_line);
            let (now, later): (Vec<_>, Vec<_>) =
                self.invalid.drain(..).partition(|&(_, at)| at < cut);
            // Offsets in the decoded text, counted from its start.
            doc.decoded = now
                .into_iter()
                .map(|(span, at)| Repair::invalid_utf8(span, self.base + at))
                .collect();
            self.invalid = later.into_iter().map(|(s, at)| (s, at - cut)).collect();
            self.pending.drain(..cut);
            self.chunk = self.chunk.min(self.initial_chunk);
            self.base += cut;
            self.base_line += lines_used;
            if doc.is_empty() && doc.repairs.is_empty() && doc.decoded.is_empty() {
                continue;
            }
            return Some(Ok(doc));
        }
    }
}

impl<R: BufRead> core::iter::FusedIterator for Stream<R> {}
