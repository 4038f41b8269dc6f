//! Columns set side by side by a layout-keeping extractor, put one after another.
//!
//! `pdftotext -layout` (and OCR engines that keep spacing) print a page's
//! columns side by side: each output line holds a line of every column,
//! parted by a gutter of spaces. Cleaned as it stands, such text reads
//! across the columns. [`split_columns`] finds the gutters from the page's
//! own evidence and gives the text with each column's lines after the
//! previous column's, ready for [`clean`](crate::clean):
//!
//! ```
//! let page = "\
//! The council voted on Tuesday to      was closed for repairs last
//! rebuild the old ferry landing at     winter, and the ferry used a
//! the foot of Mill Street. The pier    pontoon beside the fish market
//! had been inspected twice and two     while the work went on, said
//! of its piles were rotten. It         the harbour master.
//! ";
//! let columns = newsprint::split_columns(page);
//! assert_eq!(columns.regions().len(), 1);
//! let doc = newsprint::clean(columns.text());
//! assert!(doc.blocks().next().unwrap().text().ends_with("It was closed for repairs last winter, and the ferry used a pontoon beside the fish market while the work went on, said the harbour master."));
//! // Every byte of the reordered text comes from a byte of the input.
//! let at = columns.text().find("was closed").unwrap();
//! assert_eq!(columns.source(at), page.find("was closed").unwrap());
//! ```
//!
//! A gutter is a column at which, on a run of lines, no text crosses, with
//! text on both sides of it on at least [`MIN_ROWS`] lines (or two, beside
//! a left-hand column that goes on alone, as full, for [`MIN_ROWS`] more:
//! a story's last lines at the top of the next column; or one, where the
//! page parted another story's columns at the same gutter). Three blank
//! lines or more part two stories and end a run. Columns are counted
//! in characters, as `pdftotext -layout` counts them, or in display cells
//! (CJK characters counting two), whichever lines up more of the right-hand
//! columns' lines. Both sides must read as columns of prose: each at least
//! [`MIN_COLUMN_CELLS`] wide (half that for CJK text counted in
//! characters), most of their lines filling most of it and, on the right,
//! starting at its edge, most of them words rather than figures (but for a
//! column of results and tables beside a long one of prose), and the
//! left-hand one's lines mostly stopping mid-sentence. A table's cells, a
//! list of fixtures or a line with a run of spaces here and there are left
//! as they are. A headline across the columns ends a run; so does a page
//! break. Three or more columns are split one gutter at a time.
//!
//! Text with no such gutter is given back as it is, without a copy.
//! Otherwise the lines of the split runs end in `\n`, with a blank line
//! between one column and the next; the spaces of the gutters are dropped,
//! each line keeping its indent within its column, and a line set across
//! the columns (a headline, a deck) loses the spaces that centre it.

use std::borrow::Cow;
use std::ops::{Range, RangeInclusive};

use crate::lines::line_end;
use crate::script::cell_width;

/// Fewest lines with text on both sides of a gutter.
pub const MIN_ROWS: usize = 4;
/// Fewest such lines beside a left column that goes on alone, as full, on
/// [`MIN_ROWS`] lines more.
const SHORT_ROWS: usize = 2;
/// Rows enough for a column of tables beside one of prose.
const LONG_ROWS: usize = 12;
/// Blank lines that part two stories rather than two paragraphs.
const BLANK_GAP: usize = 3;
/// Most lines of display type set across a page's columns.
const SPANNING_LINES: usize = 3;
/// Fewest lines with text on both sides of a gutter where words are spread
/// with runs of spaces (justified lines).
const PADDED_ROWS: usize = 8;
/// Narrowest column, in characters or cells, on either side of a gutter.
pub const MIN_COLUMN_CELLS: u32 = 20;
/// Widest paragraph indent in a column, in characters or cells.
const MAX_INDENT: u32 = 4;
/// Lines wider than this (in cells) are no layout of columns.
const MAX_LINE_CELLS: u32 = 1024;
/// Gutters tried at each level, the most often seen first.
const CANDIDATES: usize = 6;
/// Columns split inside columns, at most.
const MAX_DEPTH: u8 = 4;

/// A run of lines split at one gutter.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Region {
    /// The first and last input line of the run (1-based).
    pub lines: RangeInclusive<usize>,
    /// The column (in characters or display cells, see the [module
    /// documentation](self)) at which the right-hand column starts.
    pub gutter: usize,
}

/// The text of [`split_columns`]: the input with side-by-side columns put
/// one after another, and where each byte of it came from.
#[derive(Debug, Clone)]
pub struct Columns<'a> {
    text: Cow<'a, str>,
    /// Copied stretches, in output order: `(output start, input start, length)`.
    pieces: Vec<(usize, usize, usize)>,
    /// The input line of each line of the text (1-based, both).
    line_numbers: Vec<usize>,
    regions: Vec<Region>,
}

impl<'a> Columns<'a> {
    /// The text with its columns one after another (the input itself when
    /// no gutter was found).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, without a copy when it is the input.
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// The runs of lines that were split, in input order of their first line.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// Whether any gutter was found (otherwise [`text`](Self::text) is the input).
    pub fn is_split(&self) -> bool {
        !self.regions.is_empty()
    }

    /// The input offset of byte `offset` of [`text`](Self::text). A line
    /// end added after a column's line maps to the end of that line's text
    /// in the input; offsets past the end map to the input's end.
    ///
    /// ```
    /// let input = "no columns here\n";
    /// assert_eq!(newsprint::split_columns(input).source(3), 3);
    /// ```
    pub fn source(&self, offset: usize) -> usize {
        if self.pieces.is_empty() {
            return offset;
        }
        let i = self
            .pieces
            .partition_point(|p| p.0 <= offset)
            .saturating_sub(1);
        let (out, input, len) = self.pieces[i];
        input + offset.saturating_sub(out).min(len)
    }

    /// The smallest input range that holds every byte of `range` of
    /// [`text`](Self::text) (a range of a column's lines spans the other
    /// columns' parts of those lines too).
    ///
    /// ```
    /// let page = "\
    /// The council voted on Tuesday to      was closed for repairs last
    /// rebuild the old ferry landing at     winter, and the ferry used a
    /// the foot of Mill Street. The pier    pontoon beside the fish market
    /// had been inspected twice and two     while the work went on.
    /// ";
    /// let columns = newsprint::split_columns(page);
    /// let at = columns.text().find("winter").unwrap();
    /// assert_eq!(columns.source_range(at..at + 6), 102..108);
    /// assert_eq!(&page[102..108], "winter");
    /// ```
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        if self.pieces.is_empty() {
            return range;
        }
        let first = self.pieces.partition_point(|p| p.0 + p.2 <= range.start);
        let hull = self.pieces[first..]
            .iter()
            .take_while(|p| p.0 < range.end)
            .map(|&(out, input, len)| {
                let a = input + range.start.saturating_sub(out);
                let b = input + (range.end - out).min(len);
                (a, b)
            })
            .fold(None, |acc: Option<(usize, usize)>, (a, b)| {
                Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b))))
            });
        match hull {
            Some((a, b)) => a..b,
            None => {
                let at = self.source(range.start);
                at..at
            }
        }
    }

    /// The input lines (first and last, 1-based) that lines `lines` of
    /// [`text`](Self::text) come from.
    pub fn source_lines(&self, lines: RangeInclusive<usize>) -> RangeInclusive<usize> {
        let numbers = self
            .line_numbers
            .get(lines.start().saturating_sub(1)..(*lines.end()).min(self.line_numbers.len()));
        match numbers {
            Some(n) if !n.is_empty() => {
                let (min, max) = n
                    .iter()
                    .fold((usize::MAX, 0), |(a, b), &x| (a.min(x), b.max(x)));
                min..=max
            }
            _ => lines,
        }
    }
}

/// A stretch of text on one line, between runs of two or more spaces.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// First and past-the-last display column.
    c0: u32,
    c1: u32,
    /// Its bytes in the input.
    b0: usize,
    b1: usize,
}

/// A line as the gutter search sees it.
#[derive(Debug, Clone)]
struct LineRuns {
    number: usize,
    /// Its content and the start of the next line.
    start: usize,
    end: usize,
    next: usize,
    /// Where its display columns are counted from (after a leading form feed).
    origin: usize,
    /// The leading white space is all plain spaces (one byte a column).
    plain_lead: bool,
    /// Its runs, as a range of `Splitter::runs`.
    runs: (u32, u32),
}

/// A line with text on both sides of a gutter: the first and past-the-last
/// columns of each side's text, whether each reads as prose, and whether
/// either holds a run of spaces.
struct Row {
    left: (u32, u32),
    right: (u32, u32),
    prose: (bool, bool),
    padded: bool,
    /// The left side ends a sentence.
    left_stops: bool,
    /// The right side ends in a run of figures of its own.
    figures_last: bool,
    /// The left side opens with a CJK character.
    wide: bool,
    /// The left side is a table's cells: parted at gutters the page's
    /// lines share, one of them too narrow for a column of text.
    cells: bool,
}

/// A part of a line: a range of its runs, starting at byte `start`.
#[derive(Debug, Clone, Copy)]
struct Seg {
    line: u32,
    r0: u32,
    r1: u32,
    start: usize,
}

/// Between one column's lines and the next column's: a blank line.
const COLUMN_BREAK: Seg = Seg {
    line: u32::MAX,
    r0: 0,
    r1: 0,
    start: 0,
};

/// Finds the gutters of side-by-side columns in `input` and gives its text
/// with each column after the one to its left. See the [module
/// documentation](self).
#[must_use]
pub fn split_columns(input: &str) -> Columns<'_> {
    let unsplit = || Columns {
        text: Cow::Borrowed(input),
        pieces: Vec::new(),
        line_numbers: Vec::new(),
        regions: Vec::new(),
    };
    if !may_have_gutters(input.as_bytes()) {
        return unsplit();
    }
    // Columns counted in characters (as `pdftotext -layout` counts them)
    // and, where wide characters make a difference, in display cells: the
    // count that lines up more of the columns' lines is taken.
    let (mut s, mut reading) = read(input, true);
    // (Lead bytes of CJK, Hangul, fullwidth forms and beyond: not of the
    // curly quotes and dashes of Latin text.)
    if input
        .bytes()
        .any(|b| matches!(b, 0xe3..=0xed | 0xef | 0xf0))
    {
        let (cells, by_cells) = read(input, false);
        if by_cells.aligned > reading.aligned {
            (s, reading) = (cells, by_cells);
        }
    }
    if reading.regions.is_empty() {
        return unsplit();
    }
    reading.regions.sort_by_key(|r| *r.lines.start());
    s.assemble(&reading.order, reading.regions, &reading.spanning)
}

/// The lines of `input` in reading order, columns counted in characters
/// or in display cells.
fn read(input: &str, chars: bool) -> (Splitter<'_>, Reading) {
    let mut s = Splitter {
        input,
        chars,
        lines: Vec::new(),
        runs: Vec::new(),
    };
    s.measure();
    let mut reading = Reading {
        order: Vec::with_capacity(s.lines.len()),
        regions: Vec::new(),
        aligned: 0,
        spanning: Vec::new(),
    };
    let mut page_start = 0;
    for i in 0..=s.lines.len() {
        let new_page =
            i == s.lines.len() || (i > page_start && s.lines[i].origin > s.lines[i].start);
        if new_page {
            let segs: Vec<Seg> = (page_start..i).map(|l| s.whole(l)).collect();
            let regions = reading.regions.len();
            s.order(segs, 0, &mut reading);
            if reading.regions.len() > regions {
                s.mark_spanning(page_start..i, regions, &mut reading);
            }
            page_start = i;
        }
    }
    (s, reading)
}

/// Segments in reading order, the regions split, and how many lines of
/// their right-hand columns start right at the column's edge.
struct Reading {
    order: Vec<Seg>,
    regions: Vec<Region>,
    aligned: usize,
    /// For lines set across the columns of a page that has them (a
    /// headline, a deck, a label: a run of at most [`SPANNING_LINES`] lines
    /// between blank lines or columns), whose indent only centres them, the
    /// indent they keep (the run moved left to the page's margin, where its
    /// columns' lines start); `u32::MAX` for other lines, and empty where no
    /// page has columns.
    spanning: Vec<u32>,
}

/// Whether some line holds two spaces between text on its both sides: a
/// cheap test that spares most pages the measuring.
fn may_have_gutters(b: &[u8]) -> bool {
    let mut lines = 0;
    // The start of the line of the last gap counted, and where the last
    // run of spaces looked at ends: each byte is looked at a bounded
    // number of times, however long the line or the run.
    let (mut counted, mut seen) = (usize::MAX, 0);
    let mut line = 0;
    for at in memchr::memmem::find_iter(b, b"  ") {
        if at < seen || at == 0 || matches!(b[at - 1], b' ' | b'\n' | b'\r' | b'\x0c') {
            continue;
        }
        if let Some(i) = memchr::memrchr(b'\n', &b[seen.max(line)..at]) {
            line = seen.max(line) + i + 1;
        }
        seen = at + b[at..].iter().take_while(|&&c| c == b' ').count();
        if line == counted {
            continue;
        }
        if b.get(seen).is_some_and(|&c| !matches!(c, b'\n' | b'\r')) {
            counted = line;
            lines += 1;
            if lines >= SHORT_ROWS {
                return true;
            }
        }
    }
    false
}

struct Splitter<'a> {
    input: &'a str,
    /// Columns are counted in characters, not display cells.
    chars: bool,
    lines: Vec<LineRuns>,
    runs: Vec<Run>,
}

impl<'a> Splitter<'a> {
    /// Splits every line into its runs.
    fn measure(&mut self) {
        // (Only the lines' bounds: `LineIndices` would measure them too.)
        let bytes = self.input.as_bytes();
        let (mut start, mut number) = (0, 0);
        while start < bytes.len() {
            let (end, next) = line_end(bytes, start);
            number += 1;
            let text = &self.input[start..end];
            // A page break opens the line: columns are counted after it.
            let lead_ff = text.len() - text.trim_start_matches(['\x0c', ' ']).len();
            let origin = text[..lead_ff]
                .rfind('\x0c')
                .map_or(start, |i| start + i + 1);
            let first = self.runs.len() as u32;
            // Most lines hold one run of text after plain spaces: measured
            // without a walk through their characters.
            let body = &self.input[origin..end];
            let lead = body.len() - body.trim_start_matches(' ').len();
            let inner = body[lead..].trim_end_matches(' ');
            if !inner.is_empty()
                && !inner.starts_with(char::is_whitespace)
                && !inner.contains('\x0c')
                && memchr::memmem::find(inner.as_bytes(), b"  ").is_none()
            {
                let width = if self.chars {
                    inner.bytes().filter(|&b| b & 0xc0 != 0x80).count()
                } else {
                    crate::script::cells(inner)
                };
                let (c0, b0) = (lead as u32, origin + lead);
                let c1 = u32::try_from(lead + width).unwrap_or(u32::MAX);
                self.runs.push(if c1 > MAX_LINE_CELLS {
                    Run {
                        c0: 0,
                        c1: MAX_LINE_CELLS + 1,
                        b0: origin,
                        b1: end,
                    }
                } else {
                    Run {
                        c0,
                        c1,
                        b0,
                        b1: b0 + inner.len(),
                    }
                });
                self.push_line(number, start..end, next, origin, true, first);
                start = next;
                continue;
            }
            let mut col: u32 = 0;
            // The open run's first column and byte, where its text ends so
            // far, and the spaces since.
            let mut open: Option<(u32, usize)> = None;
            let (mut c_end, mut b_end) = (0, origin);
            let mut gap = 0;
            let mut plain_lead = true;
            let mut barrier = false;
            for (i, c) in self.input[origin..end].char_indices() {
                let at = origin + i;
                if c == ' ' {
                    gap += 1;
                    col += 1;
                    continue;
                }
                if c == '\x0c' {
                    // A page break after text: no layout line.
                    barrier = true;
                    break;
                }
                let w = if self.chars { 1 } else { cell_width(c) as u32 };
                match open {
                    None if c.is_whitespace() => {
                        // An indent of other white space: counted, but
                        // its bytes are no column's.
                        plain_lead = false;
                        col += w;
                        continue;
                    }
                    None => open = Some((col, at)),
                    Some((c0, b0)) if gap >= 2 => {
                        self.runs.push(Run {
                            c0,
                            c1: c_end,
                            b0,
                            b1: b_end,
                        });
                        open = Some((col, at));
                    }
                    Some(_) => {}
                }
                col += w;
                gap = 0;
                (c_end, b_end) = (col, at + c.len_utf8());
                if col > MAX_LINE_CELLS {
                    barrier = true;
                    break;
                }
            }
            if barrier {
                self.runs.truncate(first as usize);
                self.runs.push(Run {
                    c0: 0,
                    c1: MAX_LINE_CELLS + 1,
                    b0: origin,
                    b1: end,
                });
            } else if let Some((c0, b0)) = open {
                self.runs.push(Run {
                    c0,
                    c1: c_end,
                    b0,
                    b1: b_end,
                });
            }
            self.push_line(number, start..end, next, origin, plain_lead, first);
            start = next;
        }
    }

    /// Records line `number` (its content, the start of the next line,
    /// where its columns are counted from), whose runs start at `first`.
    fn push_line(
        &mut self,
        number: usize,
        content: Range<usize>,
        next: usize,
        origin: usize,
        plain_lead: bool,
        first: u32,
    ) {
        self.lines.push(LineRuns {
            number,
            start: content.start,
            end: content.end,
            next,
            origin,
            plain_lead,
            runs: (first, self.runs.len() as u32),
        });
    }

    /// A whole line as a segment.
    fn whole(&self, l: usize) -> Seg {
        let line = &self.lines[l];
        Seg {
            line: l as u32,
            r0: line.runs.0,
            r1: line.runs.1,
            start: line.start,
        }
    }

    fn seg_runs(&self, s: Seg) -> &[Run] {
        &self.runs[s.r0 as usize..s.r1 as usize]
    }

    /// Where `s` is parted at column `x`: the index of its first run right
    /// of the gutter, or `None` when a run crosses it.
    fn cut(&self, s: Seg, x: u32) -> Option<u32> {
        let runs = self.seg_runs(s);
        let k = runs.partition_point(|r| r.c1 < x);
        match runs.get(k) {
            Some(r) if r.c0 < x => None,
            _ => Some(s.r0 + k as u32),
        }
    }

    /// Puts `segs` (lines or parts of lines, top to bottom) in reading
    /// order onto `out`: the runs of them that stand in columns, column
    /// by column, and the rest as they are.
    fn order(&self, segs: Vec<Seg>, depth: u8, out: &mut Reading) {
        if depth >= MAX_DEPTH || segs.len() < MIN_ROWS {
            out.order.extend(segs);
            return;
        }
        // How many lines a gap crosses at each column (a gap covers the
        // columns after its left run's end up to its right run's start),
        // and the columns where text resumes after a gap: the gutters to try.
        let mut cover = vec![0i32; MAX_LINE_CELLS as usize + 3];
        let mut starts: Vec<u32> = Vec::new();
        for &s in &segs {
            for pair in self.seg_runs(s).windows(2) {
                cover[pair[0].c1 as usize + 1] += 1;
                cover[pair[1].c0 as usize + 1] -= 1;
                starts.push(pair[1].c0);
            }
        }
        let mut sum = 0;
        for c in &mut cover {
            sum += *c;
            *c = sum;
        }
        starts.sort_unstable();
        starts.dedup();
        let mut counts: Vec<(i32, u32)> = starts
            .into_iter()
            .map(|x| (cover[x as usize], x))
            .filter(|&(n, _)| n >= SHORT_ROWS as i32)
            .collect();
        counts.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        counts.truncate(CANDIDATES);
        // Runs of segments split at a gutter: (first, past last, gutter).
        let mut taken: Vec<(usize, usize, u32, usize)> = Vec::new();
        let mut used = vec![false; segs.len()];
        // Gutters taken on this page: a run cut at one of them again (the
        // next story under a headline across the columns) needs a single
        // line with text on both sides.
        let mut gutters_taken: Vec<(u32, u32)> = Vec::new();
        for &(_, x) in &counts {
            let mut i = 0;
            while i < segs.len() {
                if self.cut(segs[i], x).is_none() {
                    i += 1;
                    continue;
                }
                // (A run ends at a gap of [`BLANK_GAP`] blank lines: the
                // space between two stories, not a paragraph's.)
                let (mut j, mut blanks) = (i, 0);
                while j < segs.len() && self.cut(segs[j], x).is_some() && blanks < BLANK_GAP {
                    blanks = if segs[j].r0 == segs[j].r1 {
                        blanks + 1
                    } else {
                        0
                    };
                    j += 1;
                }
                // Blank parts at the run's edges belong to no column.
                let (mut a, mut b) = (i, j);
                while a < b && segs[a].r0 == segs[a].r1 {
                    a += 1;
                }
                while b > a && segs[b - 1].r0 == segs[b - 1].r1 {
                    b -= 1;
                }
                let free = !used[a..b].contains(&true);
                let again = gutters_taken.iter().find(|g| g.0 == x).map(|g| g.1);
                if let Some((edge, aligned)) = self
                    .columns_at(&segs[a..b], x, &counts, again)
                    .filter(|_| free)
                {
                    taken.push((a, b, edge, aligned));
                    used[a..b].fill(true);
                    gutters_taken.push((x, edge));
                }
                i = j;
            }
        }
        if taken.is_empty() {
            out.order.extend(segs);
            return;
        }
        taken.sort_unstable();
        let mut at = 0;
        for (a, b, x, aligned) in taken {
            out.order.extend_from_slice(&segs[at..a]);
            out.aligned += aligned;
            // Each line gives a part to both columns, blank where the
            // column has no text there (a paragraph's gap, as printed).
            let (mut left, mut right) = (Vec::new(), Vec::new());
            for &s in &segs[a..b] {
                let k = self.cut(s, x).unwrap_or(s.r1);
                left.push(Seg { r1: k, ..s });
                right.push(Seg {
                    r0: k,
                    start: self.byte_at(s, k, x),
                    ..s
                });
            }
            let left = self.trim_blank(left);
            let right = self.trim_blank(right);
            out.regions.push(Region {
                lines: self.lines[segs[a].line as usize].number
                    ..=self.lines[segs[b - 1].line as usize].number,
                gutter: x as usize,
            });
            self.order(left, depth + 1, out);
            out.order.push(COLUMN_BREAK);
            self.order(right, depth + 1, out);
            at = b;
        }
        out.order.extend_from_slice(&segs[at..]);
    }

    /// Marks the lines of the page `lines` that stand outside the regions
    /// split on it (from `regions` on) in runs of at most
    /// [`SPANNING_LINES`]: display type set across the columns.
    fn mark_spanning(&self, lines: Range<usize>, regions: usize, reading: &mut Reading) {
        if reading.spanning.is_empty() {
            reading.spanning = vec![u32::MAX; self.lines.len()];
        }
        // (Lines are numbered from 1 in order: line `l` is number `l + 1`.
        // Marked once, not looked up region by region: a page may hold
        // thousands.)
        let mut within = vec![false; lines.len()];
        for r in &reading.regions[regions..] {
            let (a, b) = (r.lines.start() - 1, *r.lines.end());
            within[a.saturating_sub(lines.start)..b.saturating_sub(lines.start).min(lines.len())]
                .fill(true);
        }
        let inside = |l: usize| within[l - lines.start];
        let margin = (lines.start..lines.end)
            .filter(|&l| inside(l))
            .filter_map(|l| {
                self.runs[self.lines[l].runs.0 as usize..self.lines[l].runs.1 as usize].first()
            })
            .map(|r| r.c0)
            .min()
            .unwrap_or(0);
        let mut run: Vec<usize> = Vec::new();
        for l in lines.start..=lines.end {
            let line = self.lines.get(l).filter(|_| l < lines.end);
            let text = line.is_some_and(|line| line.runs.0 < line.runs.1) && !inside(l);
            if text {
                run.push(l);
                continue;
            }
            if run.len() <= SPANNING_LINES {
                // The run moves left as one, to the margin: the indents of
                // its lines to one another are kept.
                let lead = |k: usize| self.runs[self.lines[k].runs.0 as usize].c0;
                let plain = || run.iter().copied().filter(|&k| self.lines[k].plain_lead);
                let shift = plain().map(lead).min().unwrap_or(0).saturating_sub(margin);
                for k in plain() {
                    reading.spanning[k] = lead(k) - shift;
                }
            }
            run.clear();
        }
    }

    /// `parts` of a column without the blank ones above and below its
    /// text (but for one that holds a page break).
    fn trim_blank(&self, mut parts: Vec<Seg>) -> Vec<Seg> {
        let keep = |s: &Seg| {
            let line = &self.lines[s.line as usize];
            s.r0 < s.r1 || (s.start == line.start && line.origin > line.start)
        };
        let last = parts.iter().rposition(keep).map_or(0, |i| i + 1);
        parts.truncate(last);
        let first = parts.iter().position(keep).unwrap_or(parts.len());
        parts.drain(..first);
        parts
    }

    /// The byte at which the part of `s` from run `k` on starts, at
    /// column `x`: the spaces of its indent within the column are kept.
    fn byte_at(&self, s: Seg, k: u32, x: u32) -> usize {
        let line = &self.lines[s.line as usize];
        match self.runs.get(k as usize).filter(|_| k < s.r1) {
            Some(r) if k > s.r0 || line.plain_lead || r.c0 == x => r.b0 - (r.c0 - x) as usize,
            Some(r) => r.b0,
            // (An empty part: past the line, so that a blank line's part
            // is never taken for the whole line.)
            None => line.next,
        }
    }

    /// Whether the segments on both sides of `x` read as two columns of
    /// prose; if so, the right-hand column's left edge (`x` or after it)
    /// and how many of its lines start there. `again`: the edge of the
    /// columns the page has parted at `x` already.
    fn columns_at(
        &self,
        segs: &[Seg],
        x: u32,
        gutters: &[(i32, u32)],
        again: Option<u32>,
    ) -> Option<(u32, usize)> {
        let mut rows: Vec<Row> = Vec::new();
        // A gap that holds a gutter most lines share parts columns; one
        // that holds none, words in a column's line.
        let shared = |gap: &[Run]| {
            gutters.iter().any(|&(n, g)| {
                gap[0].c1 < g
                    && g <= gap[1].c0
                    && (2 * n as usize >= segs.len() || n as usize > SHORT_ROWS)
            })
        };
        for &s in segs {
            let k = self.cut(s, x)?;
            if k == s.r0 || k == s.r1 {
                continue;
            }
            let left = &self.runs[s.r0 as usize..k as usize];
            let right = &self.runs[k as usize..s.r1 as usize];
            let text = |runs: &[Run]| &self.input[runs[0].b0..runs[runs.len() - 1].b1];
            // The right side's own column ends where another gutter parts
            // it from a third column of prose beside it (not from a
            // table's next cell).
            let own = right
                .windows(2)
                .position(|gap| shared(gap) && reads_as_prose(text(&gap[1..])))
                .map_or(right.len(), |i| i + 1);
            rows.push(Row {
                left: (left[0].c0, left[left.len() - 1].c1),
                right: (right[0].c0, right[own - 1].c1),
                prose: (reads_as_prose(text(left)), reads_as_prose(text(right))),
                padded: !left.windows(2).chain(right.windows(2)).all(shared),
                left_stops: self.input[..left[left.len() - 1].b1]
                    .ends_with(['.', '!', '?', '。', '！', '？']),
                figures_last: right.len() > 1 && is_figures(text(&right[right.len() - 1..])),
                // (Ideographs and kana, not a dash or an ellipsis.)
                wide: text(left)
                    .chars()
                    .next()
                    .is_some_and(|c| cell_width(c) == 2),
                cells: left.len() > 1
                    && left.windows(2).all(shared)
                    && left.iter().any(|r| r.c1 - r.c0 < MIN_COLUMN_CELLS / 2),
            });
        }
        // Words spread with runs of spaces (a justified line, as some
        // extractors print it) can leave a gap at one column on a few
        // lines by chance: such lines must show it on more.
        let padded = rows.iter().filter(|r| r.padded).count();
        let need = if 3 * padded >= rows.len() {
            PADDED_ROWS
        } else {
            MIN_ROWS
        };
        let fewest = if again.is_some() { 1 } else { SHORT_ROWS };
        if rows.len() < need.min(fewest) {
            return None;
        }
        let l0 = rows.iter().map(|r| r.left.0).min().unwrap_or(0);
        let l1 = rows.iter().map(|r| r.left.1).max().unwrap_or(0);
        // A short right-hand column (the end of a story, two or three
        // lines) beside a long left one: the left column's own lines, as
        // full as its lines beside the short one, stop short of the gutter
        // on [`MIN_ROWS`] lines more.
        if rows.len() < need {
            let full_alone = |s: &Seg| {
                self.seg_runs(*s)
                    .last()
                    .is_some_and(|r| r.c1 < x && 5 * r.c1.saturating_sub(l0) >= 4 * (l1 - l0))
            };
            // (The two columns start together: no full line of the left
            // one stands above the first line with both, as a stanza over
            // two lines of verse with a gap does; a headline may.)
            let both = |s: &Seg| self.cut(*s, x).is_some_and(|k| s.r0 < k && k < s.r1);
            let top_both = segs.iter().take_while(|s| !both(s)).all(|s| !full_alone(s));
            let full_alone = segs.iter().filter(|s| full_alone(s)).count();
            if need != MIN_ROWS || full_alone < MIN_ROWS || !top_both {
                return None;
            }
        }
        // The right-hand column's edge: where its least indented line starts.
        let r0 = segs
            .iter()
            .filter_map(|&s| self.cut(s, x).filter(|&k| k < s.r1))
            .map(|k| self.runs[k as usize].c0)
            // (Or, beside a single line, the edge the page's columns at
            // `x` had: one line, indented, tells none.)
            .chain(again.filter(|_| rows.len() < SHORT_ROWS))
            .min()
            .unwrap_or(x);
        let r1 = rows.iter().map(|r| r.right.1).max().unwrap_or(0);
        // The gutter is a band of white at least two columns wide.
        // (Counted in characters, a column of CJK text is half as wide.)
        let narrow = self.chars && 2 * rows.iter().filter(|r| r.wide).count() >= rows.len();
        let min = if narrow {
            MIN_COLUMN_CELLS / 2
        } else {
            MIN_COLUMN_CELLS
        };
        if r0 < l1 + 2 || l1 - l0 < min || r1 - r0 < min {
            return None;
        }
        let most = |n: usize| 5 * n >= 3 * rows.len();
        let count = |f: &dyn Fn(&Row) -> bool| rows.iter().filter(|r| f(r)).count();
        // (The last row may end a paragraph or a short column: it counts
        // as full.)
        let body = &rows[..rows.len() - 1];
        let full_left = 1 + body
            .iter()
            .filter(|r| 5 * (r.left.1 - l0) >= 3 * (l1 - l0))
            .count();
        let full_right = 1 + body
            .iter()
            .filter(|r| 5 * (r.right.1 - r0) >= 3 * (r1 - r0))
            .count();
        let prose_left = count(&|r| r.prose.0);
        let prose_right = count(&|r| r.prose.1);
        // A column's lines start at its edge, or a paragraph's indent
        // after it; words spread to fill a justified line stop anywhere.
        let aligned = count(&|r| r.right.0 == r0);
        let indented = count(&|r| r.right.0 <= r0 + MAX_INDENT);
        // A column's lines mostly stop mid-sentence; sentences set two
        // spaces apart stop at the gap. A row that ends in a column of
        // figures is a table's.
        let stops = count(&|r| r.left_stops);
        let tabled = count(&|r| r.figures_last);
        // (A left side set in cells is a table's row, whatever it holds:
        // `鷹見ＦＣ          ２―１   港北ユナイテッド`.)
        let celled = count(&|r| r.cells);
        // (A column of results and tables beside a long column of prose,
        // a sports page's: on a long run, the prose and the edge tell; two
        // lines in three of prose, the report's own score lines and byline
        // aside.)
        let tables_beside_prose = rows.len() >= LONG_ROWS
            && 3 * prose_left >= 2 * rows.len()
            && 5 * indented >= 4 * rows.len();
        // (A listing's ragged lines beside the prose, every one of them at
        // the column's edge, are a column too: `■展覧会` / `小野寺透展＝市立
        // 美術館、12月8日ま` / `で。月曜休館。…`.)
        let ragged_listing = tables_beside_prose && 5 * aligned >= 4 * rows.len();
        let columns = most(full_left)
            && (most(full_right) || ragged_listing)
            && most(indented)
            && 2 * prose_left >= rows.len()
            && 2 * stops <= rows.len()
            && 2 * celled < rows.len()
            && ((2 * prose_right >= rows.len() && 2 * tabled < rows.len()) || tables_beside_prose);
        columns.then_some((r0, aligned))
    }

    /// Builds the reordered text: lines of unsplit pages as they are, the
    /// parts of split lines each ending in `\n`.
    fn assemble(&self, order: &[Seg], regions: Vec<Region>, spanning: &[u32]) -> Columns<'a> {
        let mut text = String::with_capacity(self.input.len() + self.input.len() / 16);
        let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
        let mut line_numbers = Vec::with_capacity(order.len());
        let mut copy = |text: &mut String, from: usize, to: usize| {
            if from == to {
                return;
            }
            match pieces.last_mut() {
                Some(p) if p.1 + p.2 == from && p.0 + p.2 == text.len() => p.2 += to - from,
                _ => pieces.push((text.len(), from, to - from)),
            }
            text.push_str(&self.input[from..to]);
        };
        for &s in order {
            let Some(line) = self.lines.get(s.line as usize) else {
                text.push('\n');
                line_numbers.push(line_numbers.last().copied().unwrap_or(1));
                continue;
            };
            line_numbers.push(line.number);
            if s.start == line.start && s.r0 == line.runs.0 && s.r1 == line.runs.1 {
                // As it is, but that it ends in a line end of its own (the
                // last line may have none; a lone `\r` would pair with the
                // next `\n`), and that a line set across the columns loses
                // the spaces that centre it past the page's margin (a page
                // break before them kept).
                let first = self.runs[line.runs.0 as usize..line.runs.1 as usize].first();
                let from = match (spanning.get(s.line as usize), first) {
                    (Some(&indent), Some(r)) if indent < r.c0 => {
                        copy(&mut text, line.start, line.origin);
                        r.b0 - indent as usize
                    }
                    _ => line.start,
                };
                if self.input[line.end..line.next].ends_with('\n') {
                    copy(&mut text, from, line.next);
                } else {
                    copy(&mut text, from, line.end);
                    text.push('\n');
                }
                continue;
            }
            // A column's part: from its start (a page break and the indent
            // kept) to its last text.
            let end = if s.r0 == s.r1 {
                // A blank part: a page break opening the line is kept.
                if s.start == line.start {
                    line.origin
                } else {
                    s.start
                }
            } else {
                self.runs[s.r1 as usize - 1].b1
            };
            copy(&mut text, s.start, end.max(s.start));
            text.push('\n');
        }
        Columns {
            text: Cow::Owned(text),
            pieces,
            line_numbers,
            regions,
        }
    }
}

/// Whether `text` holds figures and their signs only (`12`, `3.5%`, `1-0`).
fn is_figures(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b" .,:%+-/()".contains(&b))
}

/// Whether a column's line reads as running text: Latin words in lower
/// case, or CJK characters, rather than names and figures.
fn reads_as_prose(text: &str) -> bool {
    let mut cjk = 0;
    let mut prev_space = true;
    for c in text.chars() {
        if prev_space && c.is_lowercase() {
            return true;
        }
        if crate::script::is_cjk(c) {
            cjk += 1;
            if cjk >= 4 {
                return true;
            }
        }
        prev_space = c == ' ';
    }
    false
}

#[cfg(test)]
mod tests;
