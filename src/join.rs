//! Stage 4: join each block's lines into clean text and log every change.
//!
//! Between two lines of a block: nothing where either side is CJK, one space
//! where neither is (a dash or an ellipsis at the break keeps the page's
//! spacing in Latin text); a line-end hyphen goes only where a word was
//! split (a lowercase continuation that is not a conjunction, after no
//! word in capitals), and where the page itself writes the word elsewhere,
//! with or without the hyphen, or an inflected form of the compound with
//! it, that decides. A hyphen repeated at the next line's start is kept
//! once. Each change is logged as a [`Repair`], and every input byte
//! outside the blocks (blank lines, indents) is logged too, so the document
//! can rebuild its input.
//!
//! This file holds the entry point and the builder that writes each
//! block's text and its log; whether a hyphen at a line's end goes or
//! stays is decided in `join/hyphen.rs`.

use core::ops::Range;

use std::sync::LazyLock;

use memchr::memmem;

use crate::document::{BlockData, Document};
use crate::lexicon;
use crate::lines::Line;
use crate::log::{Edit, Reason, Repair, RepairKind, Replacement, Span48};
use crate::options::Options;
use crate::script;
use crate::segment::{BlockKind, Segment};

mod hyphen;

use self::hyphen::*;

/// The ideographic space, U+3000, as wide as an ideograph.
const IDEOGRAPHIC_SPACE: char = '\u{3000}';
/// How many cells (an ideograph is two) the first line of a CJK heading
/// set on two lines may run past the second and still be a phrase of its
/// own, which the join parts from the next by a space.
const WRAPPED_HEADING_CELLS: u32 = 4;

/// Fewest letters of a word set letter-spaced that are closed up.
const SPACED_LETTERS: usize = 4;

/// Doubled copies at most this many bytes apart merge into one repair.
const MERGE_GAP: usize = 8;

/// Joins the lines of each segment and builds the [`Document`].
///
/// `deleted` are the repair stage's deletions, sorted and not overlapping.
pub fn join(
    input: &str,
    lines: &[Line],
    segments: &[Segment],
    deleted: &[Edit],
    options: &Options,
) -> Document {
    let mut b = Builder {
        input,
        options,
        doc: Document::default(),
        lexicon: None,
        compounds: None,
        edits: Vec::new(),
        mixed_spacing: None,
        spaced_heading_phrases: spaces_heading_phrases(input, lines, segments),
        languages: [None; Language::COUNT],
        two_spaces: NextAt::default(),
        wide_space: NextAt::default(),
        soft_hyphen: NextAt::default(),
    };
    b.doc.text.reserve(input.len());
    b.doc.blocks.reserve(segments.len());
    // The log is the largest part of a document after its text, so it is
    // reserved from a count: one repair a line break, a block's edges, and
    // each run of doubled copies that does not merge with the one before.
    let breaks: usize = segments
        .iter()
        .map(|g| {
            lines[g.lines.clone()]
                .iter()
                .filter(|l| !l.is_blank())
                .count()
        })
        .sum();
    let runs = deleted
        .windows(2)
        .filter(|w| {
            let gap = w[0].span.end..w[1].span.start;
            // (Bytes: a line end is one byte, and never part of another
            // character.)
            gap.len() > MERGE_GAP
                || input.as_bytes()[gap]
                    .iter()
                    .any(|&b| matches!(b, b'\n' | b'\r'))
        })
        .count()
        + 1;
    b.doc
        .repairs
        .reserve(breaks + 2 * segments.len() + 2 * runs + 8);
    let mut pos = 0;
    let mut d = 0;
    for (gi, seg) in segments.iter().enumerate() {
        let first = &lines[seg.lines.start];
        let last = &lines[seg.lines.end - 1];
        let span = first.trimmed.start..last.trimmed.end;
        // Everything between the previous block and this one.
        let d_end = d + deleted[d..].partition_point(|e| e.span.start < span.start);
        b.edits.clear();
        gap_edits(
            pos..span.start,
            &deleted[d..d_end],
            RepairKind::Whitespace,
            Replacement::Nothing,
            Reason::BetweenBlocks,
            &mut b.edits,
        );
        b.apply(pos..span.start, &deleted[d..d_end]);
        d = d_end;
        let d_end = d + deleted[d..].partition_point(|e| e.span.start < span.end);
        let repairs_start = b.doc.repairs.len();
        let text_start = b.doc.text.len();
        b.edits.clear();
        b.block_edits(seg, &lines[seg.lines.clone()], &deleted[d..d_end]);
        // A paragraph cut in two goes on as if its next part were its
        // next line (the hyphen of a split word goes here too).
        let (continued_by, joiner) = match seg.continued_by {
            Some(j) if j > gi && j - gi <= usize::from(u8::MAX) => {
                let next = &lines[segments[j].lines.start];
                let (joiner, _) = b.separator(
                    seg.kind,
                    last_kept(&lines[seg.lines.clone()], deleted),
                    next,
                    deleted,
                );
                b.sort_edits();
                ((j - gi) as u8, joiner)
            }
            _ => (0, Replacement::Nothing),
        };
        b.apply(span.clone(), &deleted[d..d_end]);
        d = d_end;
        b.doc.blocks.push(BlockData {
            kind: seg.kind,
            continued_by,
            joiner,
            text: Span48::new(text_start..b.doc.text.len()),
            lines: Span48::new(first.number..last.number),
            span: Span48::new(span.clone()),
            repairs: Span48::new(repairs_start..b.doc.repairs.len()),
        });
        pos = span.end;
    }
    b.edits.clear();
    gap_edits(
        pos..input.len(),
        &deleted[d..],
        RepairKind::Whitespace,
        Replacement::Nothing,
        Reason::BetweenBlocks,
        &mut b.edits,
    );
    b.apply(pos..input.len(), &deleted[d..]);
    b.doc
}

struct Builder<'a> {
    input: &'a str,
    options: &'a Options,
    doc: Document,
    /// The words of the page, for hyphen decisions; built on first need.
    lexicon: Option<lexicon::Words<'a>>,
    /// The page's hyphenated compounds by first part and the stem of the
    /// next ([`lexicon::compound_stems`]); built on first need.
    compounds: Option<lexicon::Words<'a>>,
    /// The edits of the stretch being built, reused.
    edits: Vec<Edit>,
    /// Whether the page sets a space between CJK and Latin text; read on
    /// first need.
    mixed_spacing: Option<bool>,
    /// The pages (as ranges of line numbers) where a one-line CJK heading
    /// parts two phrases by a space (`發揮多重身份優勢 積極擔任推動者`), so
    /// that the page's headings set on two lines part theirs by one too.
    spaced_heading_phrases: Vec<Range<usize>>,
    /// Whether the page reads as each [`Language`], once asked (see
    /// [`Builder::reads`]).
    languages: [Option<bool>; Language::COUNT],
    /// Where the page next holds two spaces in a row, for
    /// [`Builder::padding`].
    two_spaces: NextAt,
    /// Where the page next holds an ideographic space, for
    /// [`Builder::padding`].
    wide_space: NextAt,
    /// Where the page next holds a soft hyphen, for
    /// [`Builder::soft_hyphens`].
    soft_hyphen: NextAt,
}

/// The pages (ranges of line numbers, a form feed starting a page) where a
/// heading set on one line parts two CJK phrases by a space (`港股三連升
/// 科技股領漲`): the page's style, which its headings set on two lines
/// follow.
fn spaces_heading_phrases(input: &str, lines: &[Line], segments: &[Segment]) -> Vec<Range<usize>> {
    let spaced: Vec<usize> = segments
        .iter()
        .filter(|g| g.kind == BlockKind::Heading && g.lines.len() == 1)
        .map(|g| &lines[g.lines.start])
        .filter(|line| {
            let gap = [' ', IDEOGRAPHIC_SPACE];
            line.text(input)
                .split_once(gap)
                .is_some_and(|(left, right)| {
                    // (A line in fake bold doubles the space too.)
                    let right = right.strip_prefix(gap).unwrap_or(right);
                    left.chars().next_back().is_some_and(script::is_cjk)
                        && right.chars().next().is_some_and(script::is_cjk)
                })
        })
        .map(|line| line.number)
        .collect();
    if spaced.is_empty() {
        // (Most pages.)
        return Vec::new();
    }
    let breaks: Vec<usize> = lines
        .iter()
        .filter(|l| l.page_break)
        .map(|l| l.number)
        .collect();
    let mut pages: Vec<Range<usize>> = spaced
        .into_iter()
        .map(|n| {
            let i = breaks.partition_point(|&b| b <= n);
            let start = i.checked_sub(1).map_or(0, |i| breaks[i]);
            start..breaks.get(i).map_or(usize::MAX, |&b| b)
        })
        .collect();
    pages.sort_unstable_by_key(|p| p.start);
    pages.dedup();
    pages
}

/// The first place at or after some offset where a needle occurs in the
/// page, kept from one line to the next: most pages hold few padded lines
/// or none, and then one search of the page's rest answers for many
/// lines, where a search of each line would cost a call each.
#[derive(Default)]
struct NextAt {
    /// The offset searched from (`None` before the first search).
    from: Option<usize>,
    /// The first occurrence at or after `from`, if any.
    at: Option<usize>,
}

impl NextAt {
    /// Whether `find` (the first occurrence of a needle of `len` bytes in a
    /// text) finds one inside `range` of `page`; ranges asked for in
    /// order of position search the page once.
    /// `occurs_in_reference` is the plain search of the range; a property
    /// test checks that both agree.
    fn occurs_in(
        &mut self,
        page: &[u8],
        range: Range<usize>,
        len: usize,
        find: impl Fn(&[u8]) -> Option<usize>,
    ) -> bool {
        // The occurrence kept is the first at or after `range.start` too
        // when the range starts between it and where its search started.
        let kept = self
            .from
            .is_some_and(|f| f <= range.start && self.at.is_none_or(|a| range.start <= a));
        if !kept {
            self.from = Some(range.start);
            self.at = find(&page[range.start..]).map(|i| range.start + i);
        }
        self.at.is_some_and(|a| a + len <= range.end)
    }
}

/// [`NextAt::occurs_in`] the plain way: a search of the range.
#[cfg(test)]
fn occurs_in_reference(
    page: &[u8],
    range: Range<usize>,
    find: impl Fn(&[u8]) -> Option<usize>,
) -> bool {
    find(&page[range]).is_some()
}

impl<'a> Builder<'a> {
    /// Copies `span` into the output, applying `self.edits` (inside it,
    /// sorted) and the repair stage's `deleted` copies inside it, merged in
    /// order, and logging each. Where two overlap (a caption marker `●●`
    /// covers a doubled copy of itself) the earlier keeps the overlap.
    fn apply(&mut self, span: Range<usize>, deleted: &[Edit]) {
        let mut pos = span.start;
        let first = self.doc.repairs.len();
        let (mut i, mut k) = (0, 0);
        let edits = core::mem::take(&mut self.edits);
        // The input bytes of merged copies not yet appended to
        // `doc.removed`: a run of copies merged one after another is one
        // stretch of the input, appended once.
        let mut removed: Option<Range<usize>> = None;
        loop {
            let e = match (edits.get(i), deleted.get(k)) {
                (Some(a), Some(b)) if b.span.start < a.span.start => {
                    k += 1;
                    b
                }
                (Some(a), _) => {
                    i += 1;
                    a
                }
                (None, Some(b)) => {
                    k += 1;
                    b
                }
                (None, None) => break,
            };
            let start = e.span.start.max(pos);
            if start >= e.span.end {
                continue;
            }
            let kept = &self.input[pos..start];
            self.doc.text.push_str(kept);
            // Doubled copies a few bytes apart on one line (`TThhee`) make
            // one repair: the log stays small and reads as whole words.
            if let Some(last) = self.doc.repairs[first..].last_mut() {
                if e.kind == RepairKind::DoubledCopy
                    && last.kind() == RepairKind::DoubledCopy
                    && last.reason() == e.reason
                    && kept.len() <= MERGE_GAP
                    && !kept.bytes().any(|b| matches!(b, b'\n' | b'\r'))
                    && last.absorb(kept.len(), e)
                {
                    // The bytes kept and the copy, one stretch of the
                    // input (going on from the stretch before, which
                    // ended at `pos`).
                    removed = Some(removed.map_or(pos, |r| r.start)..e.span.end);
                    push_replacement(&mut self.doc.text, e.replacement);
                    pos = e.span.end;
                    continue;
                }
            }
            if let Some(r) = removed.take() {
                self.doc.removed.push_str(&self.input[r]);
            }
            let original = self.doc.removed.len();
            self.doc.removed.push_str(&self.input[start..e.span.end]);
            let edit = Edit {
                span: start..e.span.end,
                ..e.clone()
            };
            self.doc
                .repairs
                .push(Repair::new(&edit, self.doc.text.len(), original));
            push_replacement(&mut self.doc.text, e.replacement);
            pos = e.span.end;
        }
        if let Some(r) = removed {
            self.doc.removed.push_str(&self.input[r]);
        }
        self.edits = edits;
        self.doc.text.push_str(&self.input[pos..span.end]);
    }

    /// Fills `self.edits` with the edits inside one block, sorted.
    fn block_edits(&mut self, seg: &Segment, lines: &[Line], deleted: &[Edit]) {
        if let Some(m) = &seg.marker {
            let (kind, why) = if seg.kind == BlockKind::Heading {
                (RepairKind::SubheadMarker, Reason::SubheadMarker)
            } else {
                (RepairKind::CaptionMarker, Reason::CaptionMarker)
            };
            self.edits.push(Edit::delete(m.clone(), kind, why));
        }
        let mut prev: Option<&Line> = None;
        for line in lines {
            if line.is_blank() || fully_deleted(line, deleted) {
                continue;
            }
            if let Some(p) = prev {
                self.line_break(seg.kind, p, line, deleted);
            }
            prev = Some(line);
        }
        // Padding inside a line (`The   former  Ashby  mill`, as layout-
        // preserving extractors justify): runs of spaces become one.
        for line in lines {
            if !line.is_blank() && !fully_deleted(line, deleted) {
                if self.options.collapse_spaces {
                    self.padding(line, seg, deleted);
                    self.letter_spacing(line, deleted, seg.row);
                }
                if self.options.dehyphenate {
                    self.soft_hyphens(line, deleted);
                }
            }
        }
        // The repair stage's deletions are merged in by `apply`.
        self.sort_edits();
    }

    fn sort_edits(&mut self) {
        if !self.edits.is_sorted_by_key(|e| e.span.start) {
            self.edits.sort_by_key(|e| e.span.start);
        }
    }

    /// Pushes an edit removing all but the first space of each run of
    /// spaces inside `line`, where no deletion touches the run (in a
    /// table's row or a running head of `seg`, see
    /// [`wide_padding`](Self::wide_padding)).
    fn padding(&mut self, line: &Line, seg: &Segment, deleted: &[Edit]) {
        static TWO_SPACES: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new(b"  "));
        let page = self.input.as_bytes();
        let text = &page[line.trimmed.clone()];
        let base = line.trimmed.start;
        let range = line.trimmed.clone();
        let wide =
            self.wide_space
                .occurs_in(page, range.clone(), 3, script::find_ideographic_space);
        if wide {
            return self.wide_padding(line, seg, deleted);
        }
        if !self
            .two_spaces
            .occurs_in(page, range, 2, |b| TWO_SPACES.find(b))
        {
            return;
        }
        let mut from = 0;
        while let Some(i) = TWO_SPACES.find(&text[from..]) {
            let start = base + from + i;
            let len = text[from + i..].iter().take_while(|&&b| b == b' ').count();
            let run = start..start + len;
            from += i + len;
            let k = deleted.partition_point(|e| e.span.end <= run.start);
            if deleted.get(k).is_some_and(|e| e.span.start < run.end) {
                continue;
            }
            self.edits.push(Edit::delete(
                run.start + 1..run.end,
                RepairKind::Whitespace,
                Reason::LayoutPadding,
            ));
        }
    }

    /// [`padding`](Self::padding) on a line with ideographic spaces, which
    /// pad the cells of CJK tables (`課程　　　　　堂數`): a run of two
    /// spaces or more of which one is ideographic becomes one plain space;
    /// a single ideographic space (`社長　辭任`) stays, but between the
    /// cells of a table's `row` (`（中）佐々木　５　３　１`), and so does the
    /// first of a run of plain spaces.
    fn wide_padding(&mut self, line: &Line, seg: &Segment, deleted: &[Edit]) {
        let row = seg.row;
        let text = &self.input[line.trimmed.clone()];
        let base = line.trimmed.start;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !matches!(c, ' ' | IDEOGRAPHIC_SPACE) {
                continue;
            }
            let (mut end, mut wide, mut count) = (start + c.len_utf8(), c != ' ', 1);
            while let Some(&(i, c)) = chars
                .peek()
                .filter(|&&(_, c)| matches!(c, ' ' | IDEOGRAPHIC_SPACE))
            {
                (end, wide, count) = (i + c.len_utf8(), wide || c != ' ', count + 1);
                chars.next();
            }
            let run = base + start..base + end;
            let k = deleted.partition_point(|e| e.span.end <= run.start);
            // (A running head keeps its ideographic spaces as printed:
            // `C6　娛樂　　香江日報`.)
            let all_wide = wide && !text[start..end].contains(' ');
            if (count < 2 && !(row && wide))
                || (all_wide && seg.furniture)
                || deleted.get(k).is_some_and(|e| e.span.start < run.end)
            {
                continue;
            }
            self.edits.push(if wide {
                Edit {
                    span: run,
                    replacement: Replacement::Space,
                    kind: RepairKind::Whitespace,
                    reason: Reason::LayoutPadding,
                }
            } else {
                Edit::delete(
                    run.start + 1..run.end,
                    RepairKind::Whitespace,
                    Reason::LayoutPadding,
                )
            });
        }
    }

    /// Pushes edits closing up words set with their letters spaced apart
    /// for emphasis (`Herr M ü l l e r`, `„W i l h e l m  T e l l“`): a
    /// run of at least [`SPACED_LETTERS`] single letters, one space apart.
    /// The run may open after an opening quote and end on punctuation;
    /// initials (`A. B. C. D.`) are no run, as a stop ends one.
    /// In a table's `row`, capitals spaced apart are its column labels
    /// (`Lag S V O F P`) and keep their spaces.
    fn letter_spacing(&mut self, line: &Line, deleted: &[Edit], row: bool) {
        let text = &self.input[line.trimmed.clone()];
        if !two_single_characters(text.as_bytes()) {
            return;
        }
        let base = line.trimmed.start;
        let capital = |c: Option<char>| c.is_some_and(char::is_uppercase);
        for gap in spaced_letters(text) {
            if row
                && capital(text[..gap.start].chars().next_back())
                && capital(text[gap.end..].chars().next())
            {
                continue;
            }
            let gap = base + gap.start..base + gap.end;
            let k = deleted.partition_point(|e| e.span.end <= gap.start);
            if deleted.get(k).is_some_and(|e| e.span.start < gap.end) {
                continue;
            }
            self.edits.push(Edit::delete(
                gap,
                RepairKind::Whitespace,
                Reason::LetterSpacing,
            ));
        }
    }

    /// Pushes an edit removing each soft hyphen (U+00AD) inside `line`: an
    /// invisible break point a typesetter left, not text. One at the line's
    /// end is decided with the line break.
    fn soft_hyphens(&mut self, line: &Line, deleted: &[Edit]) {
        static SOFT_HYPHEN: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new("\u{ad}"));
        let page = self.input.as_bytes();
        let text = &page[line.trimmed.clone()];
        let inner = text.strip_suffix("\u{ad}".as_bytes()).unwrap_or(text);
        // Most pages hold few soft hyphens or none.
        let range = line.trimmed.start..line.trimmed.start + inner.len();
        if !self
            .soft_hyphen
            .occurs_in(page, range, 2, |b| SOFT_HYPHEN.find(b))
        {
            return;
        }
        // U+00AD is C2 AD; AD alone is also the last byte of other
        // characters (`í`, many ideographs).
        for i in memchr::memchr_iter(0xad, inner) {
            if i == 0 || inner[i - 1] != 0xc2 {
                continue;
            }
            let at = line.trimmed.start + i - 1;
            let k = deleted.partition_point(|e| e.span.end <= at);
            if deleted.get(k).is_some_and(|e| e.span.start < at + 2) {
                continue;
            }
            self.edits.push(Edit::delete(
                at..at + 2,
                RepairKind::Hyphen,
                Reason::SoftHyphen,
            ));
        }
    }

    /// Pushes the edits for the break between lines `a` and `b` of a block.
    fn line_break(&mut self, kind: BlockKind, a: &Line, b: &Line, deleted: &[Edit]) {
        let (sep, reason) = self.separator(kind, a, b, deleted);
        let gap = a.trimmed.end..b.trimmed.start;
        let lo = deleted.partition_point(|e| e.span.end <= gap.start);
        let hi = deleted.partition_point(|e| e.span.start < gap.end);
        gap_edits(
            gap,
            &deleted[lo..hi],
            RepairKind::LineBreak,
            sep,
            reason,
            &mut self.edits,
        );
    }

    /// What goes between lines `a` and `b` of a block of `kind` (pushing
    /// the edit that removes a line-end hyphen where a word was split).
    fn separator(
        &mut self,
        kind: BlockKind,
        a: &Line,
        b: &Line,
        deleted: &[Edit],
    ) -> (Replacement, Reason) {
        let input = self.input;
        let options = self.options;
        let before = kept_before(input, a.trimmed.end, deleted);
        let after = kept_after(input, b.trimmed.start, deleted);
        let (c, n) = (
            before.map_or('\0', |(_, c)| c),
            after.map_or('\0', |(_, c)| c),
        );
        let url = match (before, after) {
            // (A URL breaks between URL bytes, all ASCII: a character
            // beyond ASCII on either side is none.)
            _ if !c.is_ascii() || !n.is_ascii() => script::UrlBreak::No,
            (Some((i, c)), Some((k, _))) if options.join_lines => script::url_break(
                &input[a.trimmed.start.min(i)..i + c.len_utf8()],
                &input[k..b.trimmed.end.max(k)],
            ),
            _ => script::UrlBreak::No,
        };
        if !options.join_lines {
            (Replacement::Newline, Reason::LineKept)
        } else if a.trimmed.len() <= 4 // (one character at most)
            && crate::segment::is_drop_cap(a.text(input))
            // (After the drop cap: most lines are no single letter, and
            // a CJK letter after one takes a table lookup.)
            && n.is_alphabetic()
            && !n.eq_ignore_ascii_case(&a.first)
        {
            (Replacement::Nothing, Reason::DropCap)
        } else if url == script::UrlBreak::Join {
            // A URL or address broken after (or before) `/`, `.`, `@` …:
            // closed up.
            (Replacement::Nothing, Reason::LineBreak)
        } else if url == script::UrlBreak::Hyphen {
            let (hpos, _) = before.unwrap_or((a.trimmed.end, c));
            let next = after.map_or(b.trimmed.start, |(i, _)| i);
            match self.url_hyphen(hpos, next) {
                Hyphen::Drop(why) if options.dehyphenate => {
                    self.edits.push(Edit::delete(
                        hpos..hpos + c.len_utf8(),
                        RepairKind::Hyphen,
                        why,
                    ));
                    (Replacement::Nothing, why)
                }
                Hyphen::Drop(_) => (Replacement::Nothing, Reason::LineBreak),
                Hyphen::Keep(why) | Hyphen::KeepSpaced(why) => (Replacement::Nothing, why),
            }
        } else if kind == BlockKind::Heading
            // A headline set vertically joins without spaces, and so does
            // a CJK quotation broken inside (`「本屋がない町で` /
            // `子どもは育たない」`).
            && !script::only_char(a.text(input)).is_some_and(script::is_cjk)
            && !(script::is_cjk(c) && script::is_cjk(n) && open_quote(a.text(input)))
            // (Nor one wrapped after a CJK comma, whatever follows it:
            // `木造校舎、` / `解体前に`, `電機大手5社、` / `4社が上方修正`; nor a
            // Japanese one, which parts no phrases with a space:
            // `…小さな島で` / `フェリーの…`, `北川が氾濫` / `住宅800棟浸水`.)
            // (A figure after the break counts as CJK there: `…サヨナラ` /
            // `3年ぶり8強`.)
            && !(is_cjk_comma(c)
                || ((script::is_cjk(n) || n.is_ascii_digit())
                    && (is_kana(c) || a.text(input).chars().any(is_kana))))
            // (Nor a CJK one whose first line runs well past its second:
            // a line that ran out of room, `…“智造走廊”重点` / `项目在…`,
            // where phrases set one to a line are about as long.)
            && !(script::is_cjk(c) && script::is_cjk(n) && a.width > b.width.saturating_add(WRAPPED_HEADING_CELLS))
            // (Nor a CJK one on a page whose headings of one line set
            // their phrases tight: the line ran out of room, `老字号小贩中心`
            // / `翻新后重开`.)
            // (Or the first line ends in a figure: `东海岸联主场2比1` /
            // `力克裕廊猎鹰`.)
            && !(((script::is_cjk(c) && (script::is_cjk(n) || n.is_ascii_digit()))
                || (c.is_ascii_digit() && script::is_cjk(n) && !a.text(input).contains(' ')))
                && !self.spaces_heading_phrases_at(a.number))
        {
            (Replacement::Space, Reason::HeadingLines)
        } else if mixed(c, n) && self.spaces_mixed_script() {
            // A page that sets a space between CJK text and a Latin word
            // or number (`搭载 16GB 内存`) gets one at a line break there.
            (Replacement::Space, Reason::MixedScriptSpacing)
        } else if let Some(sep) = match (before, after) {
            // (A dash or an ellipsis on either side of the break, as
            // `latin_dash_break` asks first, is told from `c` and `n`.)
            _ if !matches!(c, '—' | '…') && !matches!(n, '—' | '…') => None,
            (Some((i, c)), Some((k, _))) => latin_dash_break(
                &input[a.trimmed.start.min(i)..i + c.len_utf8()],
                &input[k..b.trimmed.end.max(k)],
            ),
            _ => None,
        } {
            (sep, Reason::LineBreak)
        } else if script::is_cjk(c)
            || script::is_cjk(n)
            || (c.is_ascii_digit() || c == '.') && n.is_ascii_digit() && self.number_in_cjk(a, b)
        {
            (Replacement::Nothing, Reason::CjkLineBreak)
        } else if script::is_line_hyphen(c) && options.dehyphenate {
            let (hpos, _) = before.unwrap_or((a.trimmed.end, c));
            if soft_hyphen_break(&input[a.trimmed.start..hpos], n) {
                self.edits.push(Edit::delete(
                    hpos..hpos + c.len_utf8(),
                    RepairKind::Hyphen,
                    Reason::SoftHyphenBreak,
                ));
                return (Replacement::Nothing, Reason::SoftHyphenBreak);
            }
            match self.hyphen(hpos, after.map_or(b.trimmed.start, |(i, _)| i)) {
                Hyphen::Drop(why) => {
                    self.edits.push(Edit::delete(
                        hpos..hpos + c.len_utf8(),
                        RepairKind::Hyphen,
                        why,
                    ));
                    (Replacement::Nothing, why)
                }
                Hyphen::Keep(why) => (Replacement::Nothing, why),
                Hyphen::KeepSpaced(why) => (Replacement::Space, why),
            }
        } else {
            (Replacement::Space, Reason::LineBreak)
        }
    }

    /// Whether line number `n` is on a page of
    /// [`Builder::spaced_heading_phrases`].
    fn spaces_heading_phrases_at(&self, n: usize) -> bool {
        let pages = &self.spaced_heading_phrases;
        pages
            .get(pages.partition_point(|p| p.end <= n))
            .is_some_and(|p| p.contains(&n))
    }

    /// Whether lines `a` and `b` part a number set tight inside CJK text
    /// (`…2023年3月至1` / `1月间…`): CJK text on both sides of the digits,
    /// which a Latin line break never has.
    fn number_in_cjk(&self, a: &Line, b: &Line) -> bool {
        let number = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',');
        let left = self.input[a.trimmed.clone()].trim_end_matches(number);
        let right = self.input[b.trimmed.clone()].trim_start_matches(number);
        left.chars().next_back().is_some_and(script::is_cjk)
            && right.chars().next().is_some_and(script::is_cjk)
    }

    /// Whether the page sets CJK text and Latin words or numbers apart by a
    /// space (`端侧 AI 对`) more often than together (`2021年`).
    fn spaces_mixed_script(&mut self) -> bool {
        let input = self.input;
        *self.mixed_spacing.get_or_insert_with(|| {
            let (mut spaced, mut tight) = (0usize, 0usize);
            let (mut before, mut space) = ('\0', false);
            for c in input.chars() {
                if c == ' ' {
                    space = true;
                    continue;
                }
                if mixed(before, c) {
                    if space {
                        spaced += 1;
                    } else {
                        tight += 1;
                    }
                }
                before = c;
                space = false;
            }
            spaced >= 2 && spaced > tight
        })
    }
}

/// What goes at a line break beside an em dash or an ellipsis in Latin
/// text, `before` being the text of the line up to the break and `after`
/// that of the next line from it; none where neither side holds one, or
/// where the text beyond them is CJK (which sets them without spaces, and
/// for which [`script::is_cjk`] counts them).
///
/// A dash keeps the page's spacing: set off by a space on its far side
/// (`over` / `— and then`, `over —` / `and then`), it gets one at the
/// break too; closed up (`over—` / `and`, `1914` / `—1918`), it stays
/// closed, unless it opens a line after punctuation (a dialogue dash after
/// `?`, an attribution after a closing quote), where it is never glued. An
/// ellipsis ending a line is followed by a space. Only the dashes and one
/// run of spaces beside the break are read.
fn latin_dash_break(before: &str, after: &str) -> Option<Replacement> {
    let open = |c: char| matches!(c, '—' | '…');
    let c = before.chars().next_back()?;
    let n = after.chars().next()?;
    if !open(c) && !open(n) {
        return None;
    }
    let left = before.trim_end_matches(open);
    let right = after.trim_start_matches(open);
    let strong_left = left.trim_end().chars().next_back();
    let strong_right = right.trim_start().chars().next();
    if strong_left.is_none_or(script::is_cjk) || strong_right.is_none_or(script::is_cjk) {
        return None;
    }
    let spaced = if c == '…' {
        true
    } else if open(c) {
        left.ends_with(char::is_whitespace)
    } else {
        right.starts_with(char::is_whitespace) || !c.is_alphanumeric()
    };
    Some(if spaced {
        Replacement::Space
    } else {
        Replacement::Nothing
    })
}

/// Pushes the edits for the white space of `range`, a stretch between two
/// pieces of kept text, around the deletions inside it (which `apply` adds):
/// the first stretch becomes `kind` with `sep`, later ones are removed as
/// white space.
fn gap_edits(
    range: Range<usize>,
    deleted: &[Edit],
    kind: RepairKind,
    sep: Replacement,
    reason: Reason,
    out: &mut Vec<Edit>,
) {
    let mut pos = range.start;
    let mut first = true;
    let mut white = |span: Range<usize>, out: &mut Vec<Edit>| {
        if span.is_empty() {
            return;
        }
        out.push(if first {
            first = false;
            Edit {
                span,
                replacement: sep,
                kind,
                reason,
            }
        } else {
            Edit::delete(span, RepairKind::Whitespace, Reason::AroundCopy)
        });
    };
    for e in deleted {
        let start = e.span.start.max(pos);
        let end = e.span.end.min(range.end);
        if start >= end {
            continue;
        }
        white(pos..start, out);
        pos = end;
    }
    white(pos..range.end, out);
}

fn fully_deleted(line: &Line, deleted: &[Edit]) -> bool {
    let i = deleted.partition_point(|e| e.span.end <= line.trimmed.start);
    deleted
        .get(i)
        .is_some_and(|e| e.span.start <= line.trimmed.start && e.span.end >= line.trimmed.end)
}

/// The spaces inside runs of letters set apart for emphasis in `text`
/// (see [`Builder::letter_spacing`]), as byte ranges of `text`.
fn spaced_letters(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut gaps = Vec::new();
    let mut run: Vec<Range<usize>> = Vec::new();
    let close = |run: &mut Vec<Range<usize>>, gaps: &mut Vec<Range<usize>>| {
        if run.len() >= SPACED_LETTERS {
            gaps.extend(run.windows(2).map(|w| w[0].end..w[1].start));
        }
        run.clear();
    };
    let mut pos = 0;
    while pos < bytes.len() {
        let spaces = bytes[pos..].iter().take_while(|&&b| b == b' ').count();
        let start = pos + spaces;
        let end = memchr::memchr(b' ', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        pos = end;
        let token = &text[start..end];
        let core = token.trim_start_matches(['„', '"', '“', '‚', '‘', '«', '»', '(']);
        let lead = core.len() < token.len();
        let letter = core.trim_end_matches([
            '.', ',', ';', ':', '!', '?', '“', '”', '"', '\'', '’', '‘', '»', '«', ')',
        ]);
        let trail = letter.len() < core.len();
        let single =
            script::only_char(letter).is_some_and(|c| c.is_alphabetic() && !script::is_cjk(c));
        if !single || spaces != 1 || lead {
            close(&mut run, &mut gaps);
        }
        if single {
            run.push(start..end);
            if trail {
                close(&mut run, &mut gaps);
            }
        }
    }
    close(&mut run, &mut gaps);
    gaps
}

/// Whether `line` holds two tokens of one character each, one space
/// apart (`M ü`): the least a run of spaced letters shows. Most lines
/// have none, and this is told from the spaces alone.
/// `two_single_characters_reference` is the plain version; a property
/// test checks that both agree.
fn two_single_characters(line: &[u8]) -> bool {
    // A short line: its spaces as bits (and one past each end), then
    // tokens of one character of `k` bytes at bit `i` (spaces at `i` and
    // `i + k + 1`, a byte other than a space at `i + 1` and continuation
    // bytes after it), two of them in a row.
    if line.len() <= 62 && line.is_ascii() {
        // One-byte tokens only.
        let (spaces, _) = space_bits::<false>(line);
        let m = 1 | spaces << 1 | 1 << (line.len() + 1);
        let single1 = m & !(m >> 1) & (m >> 2);
        return single1 & (single1 >> 2) != 0;
    }
    if line.len() <= 62 {
        // (CJK lines seldom hold an ASCII space at all.)
        if memchr::memchr(b' ', line).is_none() {
            return false;
        }
        let (spaces, cont) = space_bits::<true>(line);
        let m = 1 | spaces << 1 | 1 << (line.len() + 1);
        let opens = m & !(m >> 1);
        let single1 = opens & (m >> 2);
        let c = cont << 1;
        let single2 = opens & (c >> 2) & (m >> 3);
        let single3 = opens & (c >> 2) & (c >> 3) & (m >> 4);
        let single4 = opens & (c >> 2) & (c >> 3) & (c >> 4) & (m >> 5);
        let singles = single1 | single2 | single3 | single4;
        return (single1 & (singles >> 2))
            | (single2 & (singles >> 3))
            | (single3 & (singles >> 4))
            | (single4 & (singles >> 5))
            != 0;
    }
    two_single_characters_bytewise(line)
}

/// The spaces of `line` (at most 64 bytes) as bits, bit `k` for byte `k`,
/// and (when `CONT`) its UTF-8 continuation bytes (`10xxxxxx`) likewise;
/// eight bytes at a time.
fn space_bits<const CONT: bool>(line: &[u8]) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = !LOW;
    // Eight 0/1 bytes (in their high bits) to eight bits, as in the repair
    // stage's pair scan.
    let bits = |x: u64| (x >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let (mut m, mut cont) = (0, 0);
    let mut chunks = line.chunks_exact(8);
    for (q, c) in (&mut chunks).enumerate() {
        let x = u64::from_le_bytes(c.try_into().unwrap_or_default());
        let y = x ^ (ONES * u64::from(b' '));
        // 0x80 in each byte that was a space, exactly (no carry between
        // bytes); in each with its top bits 10, from the bit below moved
        // up.
        let space = !(((y & LOW) + LOW) | y | LOW);
        m |= bits(space) << (8 * q);
        if CONT {
            cont |= bits(x & !(x << 1) & HIGH) << (8 * q);
        }
    }
    let base = line.len() - chunks.remainder().len();
    for (k, &b) in chunks.remainder().iter().enumerate() {
        m |= u64::from(b == b' ') << (base + k);
        if CONT {
            cont |= u64::from(b & 0xc0 == 0x80) << (base + k);
        }
    }
    (m, cont)
}

/// [`two_single_characters`] a byte at a time, for any line.
fn two_single_characters_bytewise(line: &[u8]) -> bool {
    // One pass over the bytes: the length and first byte of the token
    // being read, and whether the one before was a single character with
    // one space after it.
    let single = |len: usize, lead: u8| {
        if lead < 0x80 {
            len == 1
        } else {
            len == lead.leading_ones() as usize
        }
    };
    // CJK lines seldom hold an ASCII space at all.
    let Some(first) = memchr::memchr(b' ', line) else {
        return false;
    };
    let (mut len, mut lead, mut prev) = (0usize, 0u8, false);
    // The token before the first space, then the rest a byte at a time.
    let (head, line) = line.split_at(first);
    if let Some(&b) = head.first() {
        (len, lead) = (head.len(), b);
    }
    for &b in line {
        if b == b' ' {
            let now = len > 0 && single(len, lead);
            if prev && now {
                return true;
            }
            prev = now;
            len = 0;
        } else {
            if len == 0 {
                lead = b;
            }
            len += 1;
        }
    }
    prev && len > 0 && single(len, lead)
}

/// [`two_single_characters`] as first written, its short lines a byte at
/// a time (longer lines as [`two_single_characters_bytewise`] reads them).
#[cfg(test)]
fn two_single_characters_reference(line: &[u8]) -> bool {
    // A short ASCII line: its spaces as bits (and one past each end), then
    // one-byte tokens at bit `i` (spaces at `i` and `i + 2`, none at
    // `i + 1`), two of them in a row.
    if line.len() <= 62 && line.is_ascii() {
        if !line.contains(&b' ') {
            return false;
        }
        let mut m: u64 = 1 | 1 << (line.len() + 1);
        for (k, &b) in line.iter().enumerate() {
            m |= u64::from(b == b' ') << (k + 1);
        }
        let singles = m & (m >> 2) & !(m >> 1);
        return singles & (singles >> 2) != 0;
    }
    two_single_characters_bytewise(line)
}

/// Appends `r` to `text`; most repairs replace with nothing, and then
/// nothing is called.
#[inline]
fn push_replacement(text: &mut String, r: Replacement) {
    if r != Replacement::Nothing {
        text.push_str(r.as_str());
    }
}

/// One of `a` and `b` is an ideograph or kana, the other a Latin letter or
/// digit: where pages differ on setting a space.
fn mixed(a: char, b: char) -> bool {
    // One side of each, so two ideographs (or two Latin letters) are
    // told apart at once: no ideograph is a Latin letter or digit (a
    // test checks each).
    match (han(a), han(b)) {
        (true, false) => latin(b),
        (false, true) => latin(a),
        _ => false,
    }
}

/// An ideograph or kana, for [`mixed`].
fn han(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x9fff | 0xf900..=0xfaff)
}

/// A letter or digit of no CJK script, for [`mixed`].
fn latin(c: char) -> bool {
    // (CJK first: `is_alphanumeric` looks ideographs up in a table.)
    !script::is_cjk(c) && c.is_alphanumeric()
}

/// The last line of `lines` with text that the deletions leave.
fn last_kept<'l>(lines: &'l [Line], deleted: &[Edit]) -> &'l Line {
    lines
        .iter()
        .rev()
        .find(|l| !l.is_blank() && !fully_deleted(l, deleted))
        .unwrap_or(&lines[lines.len() - 1])
}

/// The last character before byte `end` that no deletion covers.
fn kept_before(input: &str, mut end: usize, deleted: &[Edit]) -> Option<(usize, char)> {
    loop {
        let i = deleted.partition_point(|e| e.span.start < end);
        match i.checked_sub(1).map(|i| &deleted[i]) {
            Some(e) if e.span.end >= end && e.span.start < end => end = e.span.start,
            _ => break,
        }
    }
    input[..end].char_indices().next_back()
}

/// The first character at or after byte `start` that no deletion covers.
fn kept_after(input: &str, mut start: usize, deleted: &[Edit]) -> Option<(usize, char)> {
    loop {
        let i = deleted.partition_point(|e| e.span.end <= start);
        match deleted.get(i) {
            Some(e) if e.span.start <= start => start = e.span.end,
            _ => break,
        }
    }
    input[start..].chars().next().map(|c| (start, c))
}

/// A CJK comma, colon or semicolon: no space follows one.
fn is_cjk_comma(c: char) -> bool {
    matches!(c, '、' | '，' | '：' | '；')
}

/// A Japanese kana (hiragana or katakana).
fn is_kana(c: char) -> bool {
    ('\u{3041}'..='\u{30ff}').contains(&c)
}

/// Whether a line-end hyphen, after `left` (the line up to it), was drawn
/// at a soft hyphen, and so splits a word that is written whole: a soft
/// hyphen (U+00AD) right before it, after a letter, with a letter `n` to
/// go on (`envi\u{ad}‐` / `ronmental`, as poppler and PyMuPDF read such a
/// break; the soft hyphen itself goes with the line's others, see
/// [`Builder::soft_hyphens`]).
/// (pdfplumber reads the same break as U+2010 set off by a space, `appea
/// ‐` / `red`; so may a dash be set, `in May ‐` / `ends …`: left alone.)
fn soft_hyphen_break(left: &str, n: char) -> bool {
    let mut rest = left.chars().rev();
    n.is_alphabetic()
        && rest.next() == Some('\u{ad}')
        && rest.next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests;
