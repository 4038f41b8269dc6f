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

/// The ideographic space, U+3000, as wide as an ideograph.
const IDEOGRAPHIC_SPACE: char = '\u{3000}';

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
                    self.letter_spacing(line, deleted);
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
    fn letter_spacing(&mut self, line: &Line, deleted: &[Edit]) {
        let text = &self.input[line.trimmed.clone()];
        if !two_single_characters(text.as_bytes()) {
            return;
        }
        let base = line.trimmed.start;
        for gap in spaced_letters(text) {
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
        let inner = &text[..text.len().saturating_sub(2)];
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
            // (Nor one wrapped after a CJK comma: `木造校舎、` / `解体前に`;
            // nor a Japanese one, which parts no phrases with a space:
            // `…小さな島で` / `フェリーの…`.)
            && !(matches!(c, '、' | '，' | '：' | '；') && script::is_cjk(n))
            && !(script::is_cjk(n) && is_kana(c))
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
        } else if script::is_cjk(c) || script::is_cjk(n) {
            (Replacement::Nothing, Reason::CjkLineBreak)
        } else if script::is_line_hyphen(c) && options.dehyphenate {
            let (hpos, _) = before.unwrap_or((a.trimmed.end, c));
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

    /// Decides a line-end hyphen at byte `hpos` inside a URL or an e-mail
    /// address, the address going on at byte `next`.
    ///
    /// URLs and addresses carry hyphens of their own (`have-your-say`,
    /// `harbour-council.gov.uk`), typesetters break them at those, and
    /// style guides tell them never to add one: the hyphen stays, unless
    /// the page itself writes the word whole (`exam-` / `ple.org` where the
    /// page has `example` elsewhere), which shows a typesetter split it.
    fn url_hyphen(&mut self, hpos: usize, next: usize) -> Hyphen {
        let input = self.input;
        let bytes = input.as_bytes();
        let alnum_before = |from: usize, hyphens: bool| {
            bytes[..from]
                .iter()
                .rposition(|&c| !(c.is_ascii_alphanumeric() || (hyphens && c == b'-')))
                .map_or(0, |i| i + 1)
        };
        let right_len = bytes[next..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - next);
        let right = &input[next..next + right_len];
        let word_start = alnum_before(hpos, false);
        let compound_start = alnum_before(hpos, true);
        if right.is_empty() || word_start == hpos {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
        let mut word = String::with_capacity(hpos - compound_start + right.len() + 1);
        for start in [word_start, compound_start] {
            word.clear();
            word.push_str(&input[start..hpos]);
            word.push_str(right);
            if lexicon.contains(word.as_str()) {
                return Hyphen::Drop(Reason::SplitWordPageWritesWhole);
            }
        }
        word.clear();
        word.push_str(&input[word_start..hpos + 1]);
        word.push_str(right);
        if lexicon.contains(word.as_str()) {
            return Hyphen::Keep(Reason::PageWritesHyphen);
        }
        Hyphen::Keep(Reason::CompoundHyphen)
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

    /// Decides a line-end hyphen at byte `hpos` followed by the word at `next`.
    /// Whether the page reads as `language`, read once (a few passes over
    /// the page) and only where a hyphen's decision asks.
    fn reads(&mut self, language: Language) -> bool {
        let input = self.input;
        *self.languages[language as usize].get_or_insert_with(|| match language {
            Language::Dutch => reads_dutch(input),
            Language::Nordic => reads_nordic(input),
            Language::Slavic => reads_slavic(input),
            Language::Maltese => reads_maltese(input),
            Language::Catalan => reads_catalan(input),
        })
    }

    fn hyphen(&mut self, hpos: usize, next: usize) -> Hyphen {
        let input = self.input;
        let (word_start, left, right) = split_word(input, hpos, next);
        if !left.is_empty() && repeats_hyphen(&input[next..]) {
            return Hyphen::Drop(Reason::RepeatedHyphen);
        }
        let Some(first) = right.chars().next() else {
            return Hyphen::Keep(Reason::NoWordAfterHyphen);
        };
        if left.is_empty() {
            // A dash set off by a space (`nil --` / `nobody`).
            return Hyphen::KeepSpaced(Reason::Dash);
        }
        // A number (`38-jährigen`), or a lowercase word inside a compound
        // already hyphenated, short (`state-of-the-art`, `c'est-à-dire`;
        // not `Schleswig-Holstein-` + `sche`, `Kaiser-Wil-` + `helm`) or
        // with the compound going on after the next part
        // (`Wells-next-` / `the-Sea`; not `US-ameri-` / `kanisch`), keeps
        // it.
        let chained = input[..word_start].ends_with(script::is_line_hyphen)
            && left.chars().all(char::is_lowercase)
            && (left.chars().nth(3).is_none()
                || input[next + right.len()..].starts_with(script::is_line_hyphen));
        // So does a compound going on after the next part in two hyphens
        // of its own or more (`Pont-` / `rhyd-y-groes`, `state-` /
        // `of-the-art`; not `quar-` / `ta-feira`, `Wil⸗` / `helm⸗Kanal`,
        // a word split inside a compound).
        let chained_on = right.chars().all(char::is_lowercase)
            && input[next + right.len()..]
                .strip_prefix(script::is_line_hyphen)
                .map(|rest| rest.trim_start_matches(char::is_alphabetic))
                .is_some_and(|rest| {
                    rest.strip_prefix(script::is_line_hyphen)
                        .is_some_and(|r| r.starts_with(char::is_alphabetic))
                });
        if left.ends_with(|c: char| c.is_ascii_digit()) || chained || chained_on {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Dutch `en` (and) is an ending of German and French words
        // (`Frau-` / `en`): a conjunction on Dutch pages only.
        // Swedish, Danish and Norwegian (`tunnelbane-` / `och`) on their
        // pages only (`trav-` / `eller` is English `traveller`).
        let nordic = matches!(right, "och" | "eller" | "og") && self.reads(Language::Nordic);
        // A case ending after an abbreviation (`HGSS-` / `a`, `PZPN-` /
        // `u`): no conjunction.
        if right.chars().nth(1).is_none()
            && left.chars().nth(1).is_some()
            && left.chars().all(char::is_uppercase)
        {
            return Hyphen::Keep(Reason::HyphenAfterCapitals);
        }
        // Polish and Czech `i`, `a` (and): a typesetter never carries one
        // letter of a word to the next line, but Romanian and Portuguese
        // bind a pronoun or an article of one with a hyphen (`într-o`,
        // `de-a`, `deixou-a`).
        let slavic = matches!(right, "i" | "a") && self.reads(Language::Slavic);
        // English `to` between two compounds' parts (`one- to two-year`,
        // `pre- to post-war`), where it stands before a hyphenated word:
        // elsewhere it ends words split before it (Italian `elogia-` /
        // `to`).
        let to = right == "to"
            && input[next + 2..]
                .trim_start()
                .split(char::is_whitespace)
                .next()
                .is_some_and(|w| w.contains('-'));
        if (is_conjunction(right) && right != "to")
            || to
            || nordic
            || slavic
            || (right == "en" && self.reads(Language::Dutch))
        {
            // Unless the page writes the word whole (`kro-` / `nor` beside
            // `kronor`, `Zo-` / `als` beside `zoals`).
            // (Dutch splits a word before a consonant and the vowel after
            // it, `fiet-` / `sen`: a consonant before `en` ends an elided
            // part, `fiets-` / `en voetpaden`, though the page writes
            // `fietsen`.)
            let dutch_part = right == "en" && left.ends_with(|c: char| !"aeiouyAEIOUY".contains(c));
            let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
            let whole = [left, right].concat();
            let lower = whole.to_lowercase();
            if !dutch_part && (lexicon.contains(&whole) || lexicon.contains(&lower)) {
                return Hyphen::Drop(Reason::SplitWordPageWritesWhole);
            }
            return Hyphen::KeepSpaced(Reason::ElidedCompoundPart);
        }
        // Any other word of one letter is bound to the word before it
        // (Romanian `într-o`, `de-a`, Portuguese `encontrou-o`): no split
        // word leaves a single letter to the next line.
        if right.chars().nth(1).is_none() && first.is_lowercase() {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        // An abbreviation or word in capitals before a lowercase word
        // (`FN-` / `rapport`): a typesetter splitting a word in capitals
        // goes on in capitals.
        if first.is_lowercase()
            && left.chars().nth(1).is_some()
            && left.chars().all(char::is_uppercase)
        {
            return Hyphen::Keep(Reason::HyphenAfterCapitals);
        }
        if !first.is_lowercase() {
            return Hyphen::Keep(Reason::HyphenBeforeCapital);
        }
        // Dutch sets a hyphen after a name in a compound (`Eemdijk-` /
        // `aanvoerder`), where German closes its nouns up (`Bahn-` /
        // `hof`): on a Dutch page, a name the page writes on its own
        // before a lowercase part (not a name split inside: `Alk-` /
        // `maar`).
        // Norwegian and Danish do so too (`Oslo-` / `området`, `Ruter-` /
        // `billett`).
        // (The page's words first: they are read for the hyphen anyway,
        // where the languages are read only for this.)
        if left.starts_with(char::is_uppercase) {
            let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
            let name = lexicon.contains(left) && !lexicon.contains([left, right].concat().as_str());
            if name && (self.reads(Language::Dutch) || self.reads(Language::Nordic)) {
                return Hyphen::Keep(Reason::CompoundHyphen);
            }
        }
        // The page's own spelling decides where it shows the word, at the
        // start of a sentence or a name too (`co-` / `operative` beside
        // `Prairie Grain Co-operative`).
        let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
        let mut chars = left.chars();
        let capital: String = chars
            .next()
            .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect());
        // Whole, then with each hyphen a word may carry, in one buffer.
        let mut word = String::with_capacity(left.len() + right.len() + 3);
        for (i, h) in ["", "-", "⸗", "‐"].into_iter().enumerate() {
            for left in [left, capital.as_str()] {
                word.clear();
                word.extend([left, h, right]);
                if lexicon.contains(word.as_str()) {
                    return if i == 0 {
                        Hyphen::Drop(Reason::SplitWordPageWritesWhole)
                    } else {
                        Hyphen::Keep(Reason::PageWritesHyphen)
                    };
                }
            }
        }
        // An inflected form of a compound the page writes with the hyphen
        // (`polsko-` / `niemieckiej` beside `polsko-niemiecka`): the same
        // first part, and the next part with the same stem.
        if right.chars().nth(lexicon::COMPOUND_STEM - 1).is_some() {
            let stem_len = right
                .char_indices()
                .nth(lexicon::COMPOUND_STEM)
                .map_or(right.len(), |(i, _)| i);
            let compounds = self
                .compounds
                .get_or_insert_with(|| lexicon::compound_stems(lexicon));
            for h in ["-", "⸗", "‐"] {
                word.clear();
                word.extend([left, h, &right[..stem_len]]);
                if compounds.contains(word.as_str()) {
                    return Hyphen::Keep(Reason::PageWritesHyphen);
                }
            }
        }
        // Dutch `oud-` (former: `Oud-burgemeester`) before a word of its
        // own; shorter parts end words split there (`oud-` / `ste`).
        let former = left.eq_ignore_ascii_case("oud")
            && right.chars().nth(FORMER_WORD - 1).is_some()
            && self.reads(Language::Dutch);
        // One consonant before the hyphen (`x-` / `ray`): no syllable of a
        // split word is a consonant alone, so the hyphen is the word's own;
        // so is `e-` before an electronic thing (`e-` / `post`), where a
        // vowel alone may be a syllable (Italian `a-` / `perto`).
        let letter = left.chars().nth(1).is_none()
            && left.chars().all(|c| {
                (c.is_alphabetic() && !"aeiouAEIOU".contains(c))
                    || (matches!(c, 'e' | 'E') && E_WORDS.iter().any(|w| right.starts_with(w)))
            });
        if is_hyphenated_prefix(left) || former || letter {
            return Hyphen::Keep(Reason::HyphenatedPrefix);
        }
        // Two Romance adjectives in `-ico` / `-ica` (`teórico-` /
        // `práctico`, `politico-` / `economica`): a split word's first part
        // ends no such adjective.
        let adjectives = left.chars().nth(4).is_some()
            && (left.ends_with("ico") || left.ends_with("ica"))
            && right.chars().nth(3).is_some()
            && right.contains("ic");
        if english_compound(left, right) || national_compound(left, right) || adjectives {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Catalan binds a pronoun to an infinitive (`donar-` / `li`, `fer-`
        // / `ho`); a Slavic adjective joins another by `-o` (`hrvatsko-` /
        // `slovenske`); Maltese binds its article (`għall-` / `bejgħ`).
        // (And writes its tens with a hyphen, `quaranta-` / `dues`, which
        // Italian closes up, `quarantadue`: on a Catalan page.)
        let catalan = (matches!(right, "li" | "ho" | "hi" | "les" | "los")
            && left.ends_with('r')
            && left.chars().all(char::is_lowercase))
            || (matches!(
                left,
                "vint"
                    | "trenta"
                    | "quaranta"
                    | "cinquanta"
                    | "seixanta"
                    | "setanta"
                    | "vuitanta"
                    | "noranta"
            ) && self.reads(Language::Catalan));
        let slavic_adjective = ["sko", "cko", "čko", "ško", "žko"]
            .iter()
            .any(|e| left.ends_with(e))
            && right.chars().nth(3).is_some()
            && self.reads(Language::Slavic);
        let maltese = is_maltese_article(left) && self.reads(Language::Maltese);
        if catalan || slavic_adjective || maltese {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        if reduplicated(left, right) {
            return Hyphen::Keep(Reason::ReduplicatedWord);
        }
        // Dutch sets a hyphen in a compound where the parts' vowels would
        // read as one (`auto-ongeluk`, `zee-egels`); inside a word it sets
        // a diaeresis there instead (`coördinatie`), which a typesetter
        // drops at a break (`co-` / `ordinatie`): the hyphen is the
        // lesser error. German closes such compounds (`Kaffeeernte`).
        if vowels_clash(left, right) && self.reads(Language::Dutch) {
            return Hyphen::Keep(Reason::VowelClash);
        }
        if is_compass_point(left, right) {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Portuguese weekdays (`quarta-` / `feira`).
        // (A French subject pronoun follows a verb in `-s`, `-x`, `-t`,
        // `-d`, `-z`: `peux-tu`, `dit-il`, `suis-je`, `ai-je`,
        // `rendez-vous`; not the Polish `projek-` / `tu`.)
        let subject = matches!(
            right,
            "je" | "tu" | "il" | "ils" | "elle" | "elles" | "nous" | "vous"
        );
        let verb = left.ends_with(['s', 'x', 't', 'd', 'z']) || left == "ai";
        if (is_hyphenated_particle(right) && (!subject || verb))
            || right.starts_with("feira")
            || (is_enclitic_pronoun(right) && left.ends_with(is_stressed_vowel))
            || (is_reflexive_pronoun(right) && ends_in_portuguese_verb(left))
            || (right == "t" && is_inverted_t(&input[next + 1..]))
        {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        Hyphen::Drop(Reason::SplitWord)
    }
}

/// The languages whose ways with hyphens [`Builder::hyphen`] asks a page
/// about.
#[derive(Clone, Copy)]
enum Language {
    /// Dutch (or Afrikaans): see [`reads_dutch`].
    Dutch,
    /// Swedish, Danish or Norwegian: see [`reads_nordic`].
    Nordic,
    /// Polish, Czech, Slovak or Croatian: see [`reads_slavic`].
    Slavic,
    /// Maltese: see [`reads_maltese`].
    Maltese,
    /// Catalan: see [`reads_catalan`].
    Catalan,
}

impl Language {
    /// How many there are.
    const COUNT: usize = 5;
}

/// Words that `e-` (electronic) makes a compound of (`e-post`,
/// `e-Government` is told by its capital).
const E_WORDS: [&str; 12] = [
    "mail", "post", "book", "bike", "commerce", "sport", "scooter", "ticket", "learning",
    "banking", "health", "handel",
];

/// Shortest word, in characters, after Dutch `oud-` (former) read as a
/// word of its own (`burgemeester`, `minister`).
const FORMER_WORD: usize = 6;

/// Shortest half, in characters, of a reduplicated word read by
/// [`reduplicated`]: shorter halves repeat inside plain words split at a
/// syllable (`mur-` / `mur`, `bon-` / `bon`).
const REDUPLICATED_HALF: usize = 4;

/// The two sides of a line-end hyphen are the same word (`reco-` / `reco`,
/// `quero-` / `quero`, `Tico-` / `tico`), of at least
/// [`REDUPLICATED_HALF`] letters (or a Hungarian numeral shared out,
/// `egy-egy`): a reduplicated word, written with its
/// hyphen (the caller has already let the page's own spelling decide).
fn reduplicated(left: &str, right: &str) -> bool {
    // (Hungarian doubles its numerals to share out: `egy-egy`, `két-két`;
    // Indonesian and Malay double short words for a plural: `ibu-ibu`.)
    (right.chars().nth(REDUPLICATED_HALF - 1).is_some()
        || matches!(
            right,
            "egy" | "két" | "ibu" | "dua" | "tiga" | "hal" | "apa"
        ))
        && left.len() == right.len()
        && left.chars().flat_map(char::to_lowercase).eq(right.chars())
}

/// A decision on a line-end hyphen, with its reason.
enum Hyphen {
    Drop(Reason),
    Keep(Reason),
    KeepSpaced(Reason),
}

/// An English compound adjective both of whose parts are common ones
/// (`long-` / `term`, `state-` / `owned`, `part-` / `time`): a first part
/// and a second part that English writes with a hyphen before a noun.
/// Both must match, so that `state-` / `ment` or `over-` / `time` close up.
/// And `great-` before a kinship word (`great-` / `grandchildren`).
fn english_compound(left: &str, right: &str) -> bool {
    // A participle English sets after any noun with a hyphen
    // (`Cardiff-based`, `pipe-borne`, `council-funded`), after a first
    // part of four letters or more (not a prefix split off: `de-` /
    // `based`).
    if left.chars().nth(3).is_some()
        && matches!(
            right,
            "based"
                | "borne"
                | "funded"
                | "backed"
                | "friendly"
                | "related"
                | "owned"
                | "affected"
                | "damaged"
                | "stricken"
                | "ravaged"
                | "hit"
        )
    {
        return true;
    }
    // An adverb before a participle (`much-` / `loved`, `ill-` /
    // `fated`, `hard-` / `won`, `long-` / `awaited`, `well-` /
    // `established`; a participle in `-ing` after `long`, `far`: `long-`
    // / `standing`, `far-` / `reaching`), of five letters or more (not an
    // ending split off: `long-` / `ed`).
    let participle =
        right.chars().nth(4).is_some() && (right.ends_with("ed") || right.ends_with("en"));
    if with_lowercase(left, |w| {
        matches!(
            w,
            "much" | "ill" | "ever" | "never" | "hard" | "fast" | "newly"
        )
    }) && (right.ends_with("ed") || right.ends_with("en") || right == "won")
    {
        return true;
    }
    if with_lowercase(left, |w| matches!(w, "long" | "well" | "far" | "short"))
        && (participle || (right.chars().nth(4).is_some() && right.ends_with("ing")))
    {
        return true;
    }
    // English compounds that keep their hyphen in British use.
    if with_lowercase(left, |w| {
        matches!(
            (w, right),
            ("drink", "driving" | "driver" | "drivers")
                | ("hat", "trick" | "tricks")
                | ("lamp", "post" | "posts")
                | ("half", "time" | "term")
                | ("co", "ordinator" | "ordinators" | "ordinated" | "operation")
                | ("grass", "roots")
        )
    }) {
        return true;
    }
    if left.eq_ignore_ascii_case("great")
        && ["grand", "aunt", "uncle", "niece", "nephew"]
            .iter()
            .any(|k| right.starts_with(k))
    {
        return true;
    }
    // (A word with other letters than ASCII is none of these.)
    let first = left.is_ascii()
        && with_lowercase(left, |w| {
            matches!(
                w,
                "long"
                    | "short"
                    | "state"
                    | "full"
                    | "part"
                    | "large"
                    | "small"
                    | "high"
                    | "low"
                    | "home"
                    | "tax"
                    | "city"
                    | "world"
                    | "record"
                    | "first"
                    | "second"
                    | "third"
                    | "last"
                    | "after"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "twelve"
                    | "twenty"
                    | "thirty"
                    | "fifty"
                    | "hundred"
            )
        });
    first
        && matches!(
            right,
            "term"
                | "third"
                | "thirds"
                | "quarters"
                | "fifth"
                | "fifths"
                | "owned"
                | "run"
                | "based"
                | "time"
                | "scale"
                | "level"
                | "made"
                | "free"
                | "class"
                | "rate"
                | "range"
                | "lived"
                | "year"
                | "month"
                | "week"
                | "day"
                | "hour"
                | "minute"
                | "party"
                | "lying"
                | "paid"
                | "profile"
                | "risk"
                | "speed"
                | "rise"
                | "end"
                | "income"
                | "quality"
                | "ranking"
                | "quarter"
                | "hours"
                | "school"
                | "half"
                | "round"
                | "floor"
                | "generation"
                | "storey"
                | "story"
                | "bedroom"
                | "lane"
                | "member"
                | "seat"
                | "star"
                | "point"
                | "page"
                | "mile"
                | "acre"
                | "hectare"
                | "man"
                | "person"
                | "stage"
                | "game"
                | "match"
        )
}

/// A compound of two nations' adjectives (`italo-` / `francese`, `franco-`
/// / `español`, `luso-` / `brasileiro`, `anglo-` / `american`): a
/// combining form of a nation before an adjective of one (told by its
/// ending), so that `franco-` / `phone` closes up.
fn national_compound(left: &str, right: &str) -> bool {
    let nation = with_lowercase(left, |w| {
        matches!(
            w,
            "italo"
                | "ítalo"
                | "franco"
                | "hispano"
                | "ispano"
                | "luso"
                | "anglo"
                | "germano"
                | "greco"
                | "russo"
                | "ruso"
                | "sino"
                | "austro"
                | "afro"
                | "indo"
                | "polacco"
        )
    });
    nation
        && right.chars().nth(4).is_some()
        && [
            "ese", "esi", "ano", "ani", "ana", "ane", "ais", "aise", "ois", "oise", "ol", "ola",
            "oles", "ês", "és", "esa", "eiro", "eira", "ico", "ica", "ino", "ina", "ian", "ish",
            "can",
        ]
        .iter()
        .any(|e| right.ends_with(e))
}

/// `text` opens a CJK quotation or bracket it does not close (`「本屋が
/// ない町で`).
fn open_quote(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '「' | '『' | '（' | '【' | '《' | '〈' | '“' => depth += 1,
            '」' | '』' | '）' | '】' | '》' | '〉' | '”' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// Words after which a hyphen marks an elided compound part
/// (`Erziehungs⸗ und Zwangarbeit⸗Inſtitute`, Polish `dwu- i trzyletnie`,
/// Hungarian `kis- és középvállalkozások`). (Finnish `ja` and `tai` also
/// end words split before them: `opetta-` / `ja`, `maanan-` / `tai`.)
fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "und"
            | "oder"
            | "bzw"
            | "sowie"
            | "wie"
            | "bis"
            | "noch"
            | "and"
            | "or"
            | "nor"
            | "to"
            | "et"
            | "ou"
            | "u"
            | "e"
            | "y"
            | "és"
            | "vagy"
            | "illetve"
            | "și"
            | "sau"
            | "oraz"
            | "lub"
            | "albo"
            | "nebo"
            | "ani"
    )
}

/// Words that follow a hyphen as a pronoun or particle bound to the word
/// before (Portuguese `disse-lhes`, `vê-se`; French `dit-il`, `peut-être`,
/// `celle-là`, `lui-même`): a typesetter's split never leaves so short or
/// so set a part on the next line.
fn is_hyphenated_particle(word: &str) -> bool {
    // Not the two-letter ones that also end words a typesetter splits
    // (German `Ro-se`, `Stra-ße`): `se`, `me`, `la`, `no` …
    matches!(
        word,
        "lhe"
            | "lhes"
            | "nos"
            | "vos"
            | "los"
            | "las"
            | "nas"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "je"
            | "tu"
            | "nous"
            | "vous"
            | "moi"
            | "toi"
            | "là"
            | "ci"
            | "être"
            | "même"
            | "mêmes"
    )
}

/// Words that stand before a hyphen as the first part of a compound
/// (`self-funded`, `well-known`, `vingt-cinq`, `porte-parole`,
/// `bem-vindos`) and are not where a typesetter would split a longer word.
fn is_hyphenated_prefix(word: &str) -> bool {
    with_lowercase(word, |w| {
        matches!(
            w,
            "self"
            | "ex"
            | "all"
            | "well"
            | "half"
            | "vice"
            | "vingt"
            | "trente"
            | "quarante"
            | "cinquante"
            | "soixante"
            | "porte"
            | "demi"
            | "arrière"
            // French `après-midi`, `avant-hier`, `sans-abri`: no French
            // word goes on from these closed up.
            | "après"
            | "avant"
            | "sans"
            | "dix"
            | "quatre"

            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            // Portuguese (`bem-vindos`, `recém-nascido`, `pós-guerra`).
            | "bem"
            | "recém"
            | "além"
            | "pós"
            | "pró"
        )
    })
}

/// Calls `f` on `word` in lower case ([`str::to_lowercase`]): a short
/// ASCII word (every word the lists of prefixes and first parts hold, and
/// most words) lowered in a buffer on the stack, without allocating.
/// A property test checks that both ways agree.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 16];
    if let Some(b) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(w) = core::str::from_utf8(b) {
            return f(w);
        }
    }
    f(&word.to_lowercase())
}

/// Whether joining `left` and `right` would set two vowels side by side
/// that Dutch reads as one sound (`o` + `o`, `e` + `e`, `a` + `u`, `e` +
/// `i` …).
fn vowels_clash(left: &str, right: &str) -> bool {
    let (Some(a), Some(b)) = (left.chars().next_back(), right.chars().next()) else {
        return false;
    };
    matches!(
        (a.to_ascii_lowercase(), b),
        ('a', 'a' | 'e' | 'i' | 'u')
            | ('e', 'e' | 'i' | 'u')
            | ('i', 'e' | 'i')
            | ('o', 'e' | 'i' | 'o' | 'u')
            | ('u', 'i' | 'u')
    )
}

/// Whether `input` reads as Swedish, Danish or Norwegian: `och`, `og`,
/// `att`, `det`, `ikke`, `inte` at least three times, and more often than
/// English and German's commonest words.
fn reads_nordic(input: &str) -> bool {
    let count = |w: &str| memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let nordic = count(" och ")
        + count(" og ")
        + count(" att ")
        + count(" det ")
        + count(" ikke ")
        + count(" inte ");
    nordic >= 3 && nordic > count(" the ") + count(" and ") + count(" der ") + count(" und ")
}

/// A Japanese kana (hiragana or katakana).
fn is_kana(c: char) -> bool {
    ('\u{3041}'..='\u{30ff}').contains(&c)
}

/// Whether `input` reads as Catalan: `amb` and `els`, which neither
/// Spanish nor Italian writes, at least three times.
fn reads_catalan(input: &str) -> bool {
    let count = |w: &str| {
        memmem::find_iter(input.as_bytes(), w.as_bytes())
            .take(3)
            .count()
    };
    count(" amb ") + count(" els ") >= 3
}

/// A Maltese article, assimilated or not, that binds the next word with
/// a hyphen (`il-`, `tal-`, `għall-`, `ir-`, `ix-`).
fn is_maltese_article(word: &str) -> bool {
    matches!(
        word,
        "il" | "l"
            | "tal"
            | "tas"
            | "tat"
            | "tar"
            | "tad"
            | "taż"
            | "tax"
            | "għall"
            | "għal"
            | "fil"
            | "fl"
            | "mill"
            | "mil"
            | "bil"
            | "lill"
            | "sal"
            | "mal"
            | "ir"
            | "is"
            | "it"
            | "id"
            | "ix"
            | "iż"
            | "in"
            | "iċ"
            | "iz"
            | "Il"
            | "Tal"
            | "Ir"
            | "Is"
            | "It"
    )
}

/// Whether `input` reads as Maltese: at least three of its letters `ħ`
/// and `għ`, which no other language writes.
fn reads_maltese(input: &str) -> bool {
    input.matches(['ħ', 'Ħ']).take(3).count() + input.matches("għ").take(3).count() >= 3
}

/// Whether `input` reads as Polish, Czech, Slovak or Croatian: at least
/// three of the letters those write and Romanian, Hungarian and Turkish
/// do not (`ł`, `ą`, `ę`, `ř`, `ě`, `ů`, `č`, `š`, `ž` …).
fn reads_slavic(input: &str) -> bool {
    /// Letters read as the sign of one of these languages.
    const LETTERS: &str = "łŁąęśźżćńěřůčšžđĄĘŚŹŻĆŃĚŘŮČŠŽĐ";
    input
        .chars()
        .filter(|&c| LETTERS.contains(c))
        .nth(2)
        .is_some()
}

/// Whether `input` reads as Dutch (or Afrikaans): the articles `het` and
/// `een`, which neither English nor German has, at least three times, and
/// more often than English and German's commonest words (`the`, `and`,
/// `der`, `und`). A few passes over the page, once.
fn reads_dutch(input: &str) -> bool {
    let count = |w: &str| memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let dutch = count(" het ") + count(" een ");
    dutch >= 3 && dutch > count(" the ") + count(" and ") + count(" der ") + count(" und ")
}

/// Whether `left` and `right` make a compass point that French, Italian
/// and Romanian write with a hyphen (`nord-est`, `sud-ouest`,
/// `nord-ovest`, `nord-vest`). Not the
/// English ones, which American papers write whole (`northeast`), nor the
/// German (`Nordost`).
fn is_compass_point(left: &str, right: &str) -> bool {
    (left.eq_ignore_ascii_case("nord") || left.eq_ignore_ascii_case("sud"))
        && matches!(right, "est" | "ouest" | "ovest" | "vest")
}

/// Whether `rest`, the text after a line-end hyphen, opens with a hyphen
/// again, right before a letter or digit (`biało-` / `-niebieskie`): the
/// Polish and Czech way of marking a compound's hyphen at a line break,
/// the hyphen repeated on the next line.
fn repeats_hyphen(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(script::is_line_hyphen)
        && chars.next().is_some_and(char::is_alphanumeric)
}

/// Pronouns that Portuguese binds by a hyphen to an infinitive, which
/// then ends on a stressed vowel (`amá-lo`, `fazê-la`, `pô-los`).
fn is_enclitic_pronoun(word: &str) -> bool {
    matches!(word, "lo" | "la" | "los" | "las")
}

/// Pronouns that Portuguese binds by a hyphen to a finite verb
/// (`realizou-se`, `deu-me`).
fn is_reflexive_pronoun(word: &str) -> bool {
    matches!(word, "se" | "me" | "te")
}

/// `word` ends as a Portuguese verb in the past or the plural does before
/// a bound pronoun (`realizou`, `vendeu`, `partiu`, `formaram`, `fazem`):
/// no word a typesetter splits before `-se` or `-me` ends so.
fn ends_in_portuguese_verb(word: &str) -> bool {
    word.len() > 3
        && ["ou", "eu", "iu", "am", "em"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// A vowel with an acute accent or a circumflex: stressed, ending an
/// infinitive before a bound pronoun ([`is_enclitic_pronoun`]). No word a
/// typesetter splits has one right before a last syllable `-lo` or `-la`.
fn is_stressed_vowel(c: char) -> bool {
    matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú' | 'â' | 'ê' | 'ô')
}

/// Whether `rest`, the text after a `t` that follows a line-end hyphen,
/// is the rest of a French inverted verb (`va-` / `t-il`, `a-` /
/// `t-elle`): a hyphen and a subject pronoun.
fn is_inverted_t(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix('-') else {
        return false;
    };
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    matches!(&rest[..len], "il" | "elle" | "on" | "ils" | "elles")
}

/// The word around a line-end hyphen at byte `hpos`, going on at byte
/// `next`: where its left part starts, the left part (letters and digits
/// before the hyphen) and the right part (those from `next`).
fn split_word(input: &str, hpos: usize, next: usize) -> (usize, &str, &str) {
    let word_start = input[..hpos]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(hpos, |(i, _)| i);
    let right_len = input[next..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(input.len() - next, |(i, _)| i);
    (
        word_start,
        &input[word_start..hpos],
        &input[next..next + right_len],
    )
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

#[cfg(test)]
mod tests {
    use crate::{clean, RepairKind};

    fn text(s: &str) -> String {
        clean(s)
            .blocks()
            .map(|b| b.text().to_owned())
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn cjk_joins_without_space_latin_with_one() {
        assert_eq!(
            text("在歷屆賽事之中，除了\n1952年的那次以外，這是第一\n次。\n"),
            "在歷屆賽事之中，除了1952年的那次以外，這是第一次。"
        );
        assert_eq!(
            text("The Apple\nLisa was a computer of\nits time.\n"),
            "The Apple Lisa was a computer of its time."
        );
    }

    #[test]
    fn a_cjk_heading_broken_inside_a_quotation_joins_without_a_space() {
        let page = "「本屋がない町で\n子どもは育たない」\n\n　町の書店が閉じてから三年、住民が集まり本棚を作った。\n";
        assert_eq!(
            clean(page).blocks().next().unwrap().text(),
            "「本屋がない町で子どもは育たない」"
        );
    }

    #[test]
    fn hyphens_are_decided_by_case_conjunction_and_page() {
        assert_eq!(
            text("Sie be⸗\nfanden ſich in der Unterſuchungs⸗\nKommißion, der Erziehungs⸗\nund Bildungsanſtalt.\n"),
            "Sie befanden ſich in der Unterſuchungs⸗Kommißion, der Erziehungs⸗ und Bildungsanſtalt."
        );
        // Compound adjectives of common English parts keep their hyphen.
        assert_eq!(
            text("a long-\nterm plan for a state-\nowned port, a state-\nment and a high-\nway today.\n"),
            "a long-term plan for a state-owned port, a statement and a highway today."
        );
        assert_eq!(
            text("for drink-\ndriving, a hat-\ntrick by a co-\nordinator at half-\ntime, not a hatred.\n"),
            "for drink-driving, a hat-trick by a co-ordinator at half-time, not a hatred."
        );
        assert_eq!(
            text("the long-\nawaited baths, a well-\nknown and far-\nreaching plan, short-\nened hours.\n"),
            "the long-awaited baths, a well-known and far-reaching plan, shortened hours."
        );
        assert_eq!(
            text("the low-\nlying farms, a high-\nrise and a low-\nland.\n"),
            "the low-lying farms, a high-rise and a lowland."
        );
        // One letter before it: the word's own hyphen; `great-` kin.
        assert_eq!(
            text("via e-\npost, an x-\nray and her great-\ngrandson, a great-\nness.\n"),
            "via e-post, an x-ray and her great-grandson, a greatness."
        );
        // A vowel alone may be a syllable: `e-` / `lezioni`, `a-` / `perto`.
        assert_eq!(
            text("dopo le e-\nlezioni sarà a-\nperto.\n"),
            "dopo le elezioni sarà aperto."
        );
        assert_eq!(
            text("na próxima quarta-\nfeira, na feira.\n"),
            "na próxima quarta-feira, na feira."
        );
        // German splits a word before `-en`.
        assert_eq!(
            text("die Rechte der Frau-\nen in der Stadt.\n"),
            "die Rechte der Frauen in der Stadt."
        );
        // Two nations' adjectives keep their hyphen; other words close up.
        assert_eq!(
            text("un fondo italo-\nfrancese e un accordo franco-\nespañol, non franco-\nphone.\n"),
            "un fondo italo-francese e un accordo franco-español, non francophone."
        );
        assert_eq!(
            text("de capital hispano-\nfrancés.\n"),
            "de capital hispano-francés."
        );
        // Swedish elides a part before `och`; Portuguese prefixes keep it.
        assert_eq!(
            text("Det är det som gör det svårt, säger han, och det blir dyrt för att tunnelbane-\noch busstrafiken ska kunna utökas.\n"),
            "Det är det som gör det svårt, säger han, och det blir dyrt för att tunnelbane- och busstrafiken ska kunna utökas."
        );
        // Not on an English page.
        assert_eq!(
            text("The weary trav-\neller reached the inn at night.\n"),
            "The weary traveller reached the inn at night."
        );
        assert_eq!(
            text("Os visitantes serão bem-\nvindos a partir das 7h.\n"),
            "Os visitantes serão bem-vindos a partir das 7h."
        );
        // Dutch elides a compound part before `en` (and), on a Dutch page.
        assert_eq!(
            text("het rapport van de milieu-\nen gezondheidsdienst is een van de stukken en het\nbeleid van de stad is een zaak van de raad en het college.\n"),
            "het rapport van de milieu- en gezondheidsdienst is een van de stukken en het beleid van de stad is een zaak van de raad en het college."
        );
        // Elided parts before Polish, Czech, Hungarian and Romanian
        // conjunctions; a French compound after `après`.
        assert_eq!(
            text("szkoły dwu-\ni trzyletnie, kis-\nés középvállalkozások, ceho-\nslovacký, malo-\na středně velké, agro-\nși zootehnie, un après-\nmidi.\n"),
            "szkoły dwu- i trzyletnie, kis- és középvállalkozások, cehoslovacký, malo- a středně velké, agro- și zootehnie, un après-midi."
        );
        // Portuguese binds a pronoun to a verb in the past or the plural.
        assert_eq!(
            text("realizou-\nse uma pesquisa e vende-\nram-se casas; a ro-\nse.\n"),
            "realizou-se uma pesquisa e venderam-se casas; a rose."
        );
        // Romance adjectives in `-ico` paired; fractions; a French subject
        // pronoun after its verb only.
        assert_eq!(
            text("un curso teórico-\npráctico y un políti-\nco; roughly two-\nthirds; peux-\ntu venir? Według projek-\ntu uchwały.\n"),
            "un curso teórico-práctico y un político; roughly two-thirds; peux-tu venir? Według projektu uchwały."
        );
        assert_eq!(
            text("prendre rendez-\nvous en ligne.\n"),
            "prendre rendez-vous en ligne."
        );
        // A Norwegian name the page writes on its own keeps its hyphen.
        assert_eq!(
            text("Mange bor i Oslo og jobber der. De overnatter hos venner i Oslo-\nområdet og tar bussen hjem, og det er dyrt.\n"),
            "Mange bor i Oslo og jobber der. De overnatter hos venner i Oslo-området og tar bussen hjem, og det er dyrt."
        );
        // `to` between compounds' parts, not an Italian syllable; a
        // Romanian compass point.
        assert_eq!(
            text("a one-\nto two-year plan; ha elogia-\nto la difesa a nord-\nvest.\n"),
            "a one- to two-year plan; ha elogiato la difesa a nord-vest."
        );
        // A number before a unit; a Hungarian numeral shared out; a
        // Dutch part elided before `en`, though the page writes the word
        // whole.
        assert_eq!(
            text("a five-\nstorey block, egy-\negy hinta.\n"),
            "a five-storey block, egy-egy hinta."
        );
        assert_eq!(
            text("het rapport over de fietsen is een stuk van het\nbeleid van een stad: de fiets-\nen voetgangersbrug is een zaak van de raad.\n"),
            "het rapport over de fietsen is een stuk van het beleid van een stad: de fiets- en voetgangersbrug is een zaak van de raad."
        );
        // Catalan pronouns and tens, a Croatian adjective, a Maltese
        // article, a case ending after an abbreviation, an adverb before a
        // participle.
        assert_eq!(
            text("amb els veïns, amb els nens: vol donar-\nli una vida; les quaranta-\ndues parades; a per-\nla.\n"),
            "amb els veïns, amb els nens: vol donar-li una vida; les quaranta-dues parades; a perla."
        );
        assert_eq!(text("sono trenta-\ndue.\n"), "sono trentadue.");
        assert_eq!(
            text("blizine hrvatsko-\nslovenske granice i članova HGSS-\na iz Ozlja, čak i žena.\n"),
            "blizine hrvatsko-slovenske granice i članova HGSS-a iz Ozlja, čak i žena."
        );
        assert_eq!(
            text(
                "Il-kalanka mhix għall-\nbejgħ, qal ħafna nies. Ħadd ma qal. a much-\nloved mum.\n"
            ),
            "Il-kalanka mhix għall-bejgħ, qal ħafna nies. Ħadd ma qal. a much-loved mum."
        );
        // A Dutch name the page writes alone, in a compound; not a name
        // split inside.
        assert_eq!(
            text("Eemdijk won en het is een van de mooiste van het seizoen: Eemdijk-\naanvoerder Sander Kool kopte en het werd 2-2 in Alk-\nmaar.\n"),
            "Eemdijk won en het is een van de mooiste van het seizoen: Eemdijk-aanvoerder Sander Kool kopte en het werd 2-2 in Alkmaar."
        );
        // A participle after any noun; a compound going on in hyphens.
        assert_eq!(
            text("a Cardiff-\nbased firm, pipe-\nborne water, a de-\nbased coin, Pont-\nrhyd-y-groes.\n"),
            "a Cardiff-based firm, pipe-borne water, a debased coin, Pont-rhyd-y-groes."
        );
        // Romanian and Portuguese bind a word of one letter with a hyphen.
        assert_eq!(
            text("a declarat într-\no conferință, la cea de-\na XXV-a ediție; encontrou-\no ontem.\n"),
            "a declarat într-o conferință, la cea de-a XXV-a ediție; encontrou-o ontem."
        );
        // A conjunction after the hyphen, but the page writes the word
        // whole: a split word.
        assert_eq!(
            text("Biljetten kostar 40 kronor. Priset är 40 kro-\nnor för vuxna.\n"),
            "Biljetten kostar 40 kronor. Priset är 40 kronor för vuxna."
        );
        // The page writes "well-known" elsewhere: the hyphen stays.
        assert_eq!(
            text("A well-known shop and a well-\nknown cafe were both open.\n"),
            "A well-known shop and a well-known cafe were both open."
        );
        // The page writes "cooperate" whole: the hyphen goes.
        assert_eq!(
            text("They cooperate. They co-\noperate daily with others.\n"),
            "They cooperate. They cooperate daily with others."
        );
    }

    #[test]
    fn a_japanese_headline_wrapped_over_lines_joins_without_spaces() {
        // (A headline in fake bold, each line printed twice, is one.)
        let page = "東京の銀行を辞めた\n東京の銀行を辞めた\n４２歳が小さな島で\n４２歳が小さな島で\n\
                    フェリーの船長になるまで\nフェリーの船長になるまで\n\n　銀行を辞めたのは４１歳の春。\n\
                    海技学校に通った。\n";
        assert_eq!(
            clean(page).blocks().next().unwrap().text(),
            "東京の銀行を辞めた４２歳が小さな島でフェリーの船長になるまで"
        );
    }

    #[test]
    fn compound_hyphens_stay() {
        assert_eq!(
            text("A state-of-the-\nart depot for the 38-\nyear-old system and a self-\nfunded plan.\n"),
            "A state-of-the-art depot for the 38-year-old system and a self-funded plan."
        );
        assert_eq!(
            text("Le porte-\nparole a compté vingt-\ncinq voix.\n"),
            "Le porte-parole a compté vingt-cinq voix."
        );
        assert_eq!(
            text("Peut-\nêtre, dit-\nil. Ele disse-\nlhes que sim.\n"),
            "Peut-être, dit-il. Ele disse-lhes que sim."
        );
        // A reduplicated word keeps its hyphen; a short syllable repeated
        // in a word split across lines does not.
        assert_eq!(
            text("A festa teve reco-\nreco e bumbo. Tico-\ntico no fubá.\n"),
            "A festa teve reco-reco e bumbo. Tico-tico no fubá."
        );
        assert_eq!(text("A low mur-\nmur rose.\n"), "A low murmur rose.");
        // Not where a two-letter ending of a split word looks like one.
        assert_eq!(text("Die Ro-\nse blüht.\n"), "Die Rose blüht.");
        // The page writes the word with its hyphen in a name; an ordinal's
        // compound.
        assert_eq!(
            text("Prairie Grain Co-operative said the co-\noperative had a record third-\nquarter.\n"),
            "Prairie Grain Co-operative said the co-operative had a record third-quarter."
        );
        assert_eq!(
            text("The hospital's after-\nhours roster and the after-\nwards.\n"),
            "The hospital's after-hours roster and the afterwards."
        );
        assert_eq!(
            text("A ten-\nyear lease and a seven-\nday week.\n"),
            "A ten-year lease and a seven-day week."
        );
        // A longer part inside a compound that goes on after the break.
        assert_eq!(
            text("He lives in Wells-next-\nthe-Sea, near the US-ameri-\nkanisch border.\n"),
            "He lives in Wells-next-the-Sea, near the US-amerikanisch border."
        );
    }

    #[test]
    fn layout_padding_collapses_but_doubled_spaces_are_repaired_first() {
        assert_eq!(
            text("The   former  Ashby  cotton  mill will become a\nworkshop and   gallery complex.\n"),
            "The former Ashby cotton mill will become a workshop and gallery complex."
        );
        let doc = clean("TThhee  qquuiicckk  bbrroowwnn  ffooxx  jjuummppeedd..\n");
        assert_eq!(
            doc.blocks().next().unwrap().text(),
            "The quick brown fox jumped."
        );
    }

    #[test]
    fn a_subhead_loses_its_marker_as_a_caption_does() {
        let page = "　　新措施下，企業申請落戶的時間由三\n個月縮短至一個月，業界普遍歡迎此項\n\
                    安排。\n◆審批流程大幅提速\n　　新措施下，企業申請落戶的時間由三\n\
                    個月縮短至一個月。\n";
        let doc = clean(page);
        let head = doc
            .blocks()
            .find(|b| b.kind() == crate::BlockKind::Heading)
            .unwrap();
        assert_eq!(head.text(), "審批流程大幅提速");
        let r = &head.repairs()[0];
        assert_eq!(
            (r.kind(), r.reason(), doc.original(r)),
            (
                crate::RepairKind::SubheadMarker,
                crate::Reason::SubheadMarker,
                "◆"
            )
        );
    }

    #[test]
    fn ideographic_padding_between_cells_becomes_one_space() {
        assert_eq!(text("手機入門　　　　８　 免費\n"), "手機入門 ８ 免費");
        // A single ideographic space parts words: it stays, and so does
        // the first of a run of plain spaces beside it.
        assert_eq!(text("社長　辭任  今日\n"), "社長　辭任 今日");
        // Between the cells of a table's rows, a single one is padding too.
        assert_eq!(
            text("名次　球隊　場數　積分\n１　嘉樂　１２　２２\n２　永輝　１２　２１\n３　蓮峰　１２　１９\n"),
            "名次 球隊 場數 積分|１ 嘉樂 １２ ２２|２ 永輝 １２ ２１|３ 蓮峰 １２ １９"
        );
        // A running head after a page break keeps them as printed.
        let page = "香港中文大學昨日公布研究結果，\n指出本港長者數目持續上升。\n\x0c\
                    C6　娛樂　　香江日報　2025年3月12日　星期三\n\n另一項調查顯示，本港市民普遍支持。\n";
        let doc = clean(page);
        let texts: Vec<&str> = doc.blocks().map(|b| b.text()).collect();
        assert!(
            texts.contains(&"C6　娛樂　　香江日報　2025年3月12日　星期三"),
            "{texts:?}"
        );
        let doc = clean("課程　　堂數\n");
        let r = &doc.repairs()[0];
        assert_eq!(
            (doc.original(r), doc.replacement(r), r.reason()),
            ("　　", " ", crate::Reason::LayoutPadding)
        );
    }

    proptest::proptest! {
        #[test]
        fn fast_two_single_characters_agrees_with_the_reference(s in "([a-c]{1,3}|[ ,.]|ü){0,40}") {
            proptest::prop_assert_eq!(
                super::two_single_characters(s.as_bytes()),
                super::two_single_characters_reference(s.as_bytes())
            );
        }

        #[test]
        fn kept_searches_agree_with_searching_each_range(
            page in "([a-c]{1,9}| {1,3}|\u{3000}|\n){0,30}",
            cuts in proptest::collection::vec((0usize..200, 0usize..12), 0..12),
        ) {
            let b = page.as_bytes();
            let two = |h: &[u8]| memchr::memmem::find(h, b"  ");
            let (mut spaces, mut wide) = (super::NextAt::default(), super::NextAt::default());
            for (start, len) in cuts {
                let start = start.min(b.len());
                let range = start..(start + len).min(b.len());
                proptest::prop_assert_eq!(
                    spaces.occurs_in(b, range.clone(), 2, two),
                    super::occurs_in_reference(b, range.clone(), two)
                );
                proptest::prop_assert_eq!(
                    wide.occurs_in(b, range.clone(), 3, crate::script::find_ideographic_space),
                    super::occurs_in_reference(b, range, crate::script::find_ideographic_space)
                );
            }
        }

        #[test]
        fn fast_two_single_characters_agrees_with_the_reference_on_wide_characters(s in "([a-c]{1,3}| |ü|年|𝐀|[ü年𝐀]{2}){0,24}") {
            proptest::prop_assert_eq!(
                super::two_single_characters(s.as_bytes()),
                super::two_single_characters_reference(s.as_bytes())
            );
        }

        #[test]
        fn lowered_on_the_stack_as_by_to_lowercase(w in "[a-zA-Z]{0,20}|[a-zA-ZÍÉíé]{0,10}") {
            proptest::prop_assert_eq!(super::with_lowercase(&w, str::to_owned), w.to_lowercase());
        }

        #[test]
        fn spaced_letter_prefilter_never_misses_a_run(s in "(([a-cüễ𝐀]|„a|b“|c\\.|ab) {1,2}){0,12}") {
            if !super::spaced_letters(&s).is_empty() {
                proptest::prop_assert!(super::two_single_characters(s.as_bytes()), "{:?}", s);
            }
        }
    }

    #[test]
    fn no_ideograph_is_latin() {
        for c in (0..=0xffffu32)
            .filter_map(char::from_u32)
            .filter(|&c| super::han(c))
        {
            assert!(!super::latin(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn mixed_script_breaks_follow_the_page() {
        // The page spaces Latin words in Chinese text: so does the join.
        assert_eq!(
            text("业内人士指出，端侧 AI 对芯片算力提出更高要求，处理器 NPU 性能提升，并配备 16GB\n内存。\n"),
            "业内人士指出，端侧 AI 对芯片算力提出更高要求，处理器 NPU 性能提升，并配备 16GB 内存。"
        );
        // It does not: no space.
        assert_eq!(
            text("该公司2021年推出首款5G手机，并配备16GB\n内存。\n"),
            "该公司2021年推出首款5G手机，并配备16GB内存。"
        );
    }

    #[test]
    fn letter_spaced_words_close_up() {
        assert_eq!(
            text("Herr Stadtrat M ü l l e r betonte, daß Schillers „W i l h e l m  T e l l“ gefiel.\n"),
            "Herr Stadtrat Müller betonte, daß Schillers „Wilhelm Tell“ gefiel."
        );
        assert_eq!(text("L o k a l e s.\n"), "Lokales.");
        let doc = clean("Der Chor sang „T e l l“ im Saal.\n");
        let spaced: Vec<_> = doc
            .repairs()
            .iter()
            .filter(|r| r.reason() == crate::Reason::LetterSpacing)
            .collect();
        assert_eq!(spaced.len(), 3);
        assert_eq!(doc.reconstruct(), "Der Chor sang „T e l l“ im Saal.\n");
        // Initials, short runs and single letters in prose stay.
        for s in [
            "Signed by A. B. C. D. Smith today.",
            "Plan B or plan C is a b c option.",
            "The x y z axes are drawn.",
        ] {
            assert_eq!(text(&format!("{s}\n")), s);
        }
    }

    #[test]
    fn soft_hyphens_inside_a_line_go() {
        assert_eq!(
            text("El plan abri\u{ad}rá el lunes, con\u{ad}firmó.\n"),
            "El plan abrirá el lunes, confirmó."
        );
    }

    #[test]
    fn urls_and_addresses_close_up_across_lines() {
        assert_eq!(
            text("Read the plan online at www.example.\ncom/news before Friday.\n"),
            "Read the plan online at www.example.com/news before Friday."
        );
        // A hyphen at the break in a URL's path is the URL's own.
        assert_eq!(
            text("Use the form at https://site.org/path-\nto/page to send it.\n"),
            "Use the form at https://site.org/path-to/page to send it."
        );
        // The page writes `example` whole: a typesetter split it.
        assert_eq!(
            text("Write to name@exam-\nple.org, as in the example.\n"),
            "Write to name@example.org, as in the example."
        );
        // Without that evidence the hyphen stays.
        assert_eq!(
            text("Write to name@exam-\nple.org before May.\n"),
            "Write to name@exam-ple.org before May."
        );
        assert_eq!(
            text("Mail jane.smith\n@example.org or see https://\nsite.org/help for more.\n"),
            "Mail jane.smith@example.org or see https://site.org/help for more."
        );
        // A URL that ends where the line ends keeps its space.
        assert_eq!(
            text("Details are at https://site.org/\nfor all readers who ask.\n"),
            "Details are at https://site.org/ for all readers who ask."
        );
    }

    #[test]
    fn dashes_at_a_line_break_keep_latin_spacing() {
        // A spaced dash opening or closing a line gets its space back.
        assert_eq!(
            text("He said it was over\n— and then he left the room. It was over —\nand then it was not.\n"),
            "He said it was over — and then he left the room. It was over — and then it was not."
        );
        // An en dash in the middle of a clause is no list item.
        assert_eq!(
            text("The council said that the plan was over\n– and then it was not, for the vote came\nback.\n"),
            "The council said that the plan was over – and then it was not, for the vote came back."
        );
        // After punctuation, never glued: a dialogue dash, an attribution.
        assert_eq!(
            text("“We will not let the station go”\n— Margaret Hale, volunteer, said it.\n"),
            "“We will not let the station go” — Margaret Hale, volunteer, said it."
        );
        // A closed-up dash stays closed; an ellipsis is followed by a space.
        assert_eq!(
            text("The council said the plan was over—\nand then it was not, as the war\n—the long one—came. He waited…\nand waited.\n"),
            "The council said the plan was over—and then it was not, as the war—the long one—came. He waited… and waited."
        );
        // CJK text sets them without spaces.
        assert_eq!(
            text("在歷屆賽事之中，他說——\n除了1952年的那次以外……\n這是第一次。\n"),
            "在歷屆賽事之中，他說——除了1952年的那次以外……這是第一次。"
        );
        assert_eq!(
            text("在歷屆賽事之中，他說\n——除了1952年的那次以外。\n"),
            "在歷屆賽事之中，他說——除了1952年的那次以外。"
        );
    }

    #[test]
    fn hyphens_after_capitals_and_in_numerals_stay() {
        assert_eq!(
            text("Enligt en ny FN-\nrapport ökar trafiken. Det var COVID-\n19 som stoppade den.\n"),
            "Enligt en ny FN-rapport ökar trafiken. Det var COVID-19 som stoppade den."
        );
        assert_eq!(
            text("Twenty-\nfive boats and thirty-\nthree crews came in ninety-\nnine days.\n"),
            "Twenty-five boats and thirty-three crews came in ninety-nine days."
        );
        // A word in capitals split by a typesetter goes on in capitals.
        assert_eq!(
            text("THE INTERNA-\nTIONAL FAIR opened on Monday and ran well.\n"),
            "THE INTERNA-TIONAL FAIR opened on Monday and ran well."
        );
        let doc = clean("Enligt en ny FN-\nrapport ökar trafiken.\n");
        assert!(doc
            .repairs()
            .iter()
            .any(|r| r.reason() == crate::Reason::HyphenAfterCapitals));
    }

    #[test]
    fn a_hyphen_repeated_at_the_next_line_start_is_kept_once() {
        let doc = clean("Wagony, pomalowane w biało-\n-niebieskie barwy miasta, pojawią się.\n");
        assert_eq!(
            doc.blocks().next().unwrap().text(),
            "Wagony, pomalowane w biało-niebieskie barwy miasta, pojawią się."
        );
        let hyphens: Vec<_> = doc
            .repairs()
            .iter()
            .filter(|r| r.kind() == RepairKind::Hyphen)
            .collect();
        assert_eq!(hyphens.len(), 1);
        assert_eq!(doc.original(hyphens[0]), "-");
        assert_eq!(hyphens[0].reason(), crate::Reason::RepeatedHyphen);
        assert_eq!(hyphens[0].span(), 27..28);
        // A dash opening the next line (a list item) is no repeated hyphen.
        assert_eq!(
            text("Wagony, pomalowane w biało-\n- niebieskie barwy.\n"),
            "Wagony, pomalowane w biało-|- niebieskie barwy."
        );
    }

    #[test]
    fn a_compound_the_page_writes_inflected_keeps_its_hyphen() {
        assert_eq!(
            text("Umowa o współpracy polsko-\nniemieckiej trwa. Komisja polsko-niemiecka obraduje.\n"),
            "Umowa o współpracy polsko-niemieckiej trwa. Komisja polsko-niemiecka obraduje."
        );
        // Not on the first part alone: `re-elected` keeps no `re-` / `port`.
        assert_eq!(
            text("She was re-elected. The re-\nport was read to the council.\n"),
            "She was re-elected. The report was read to the council."
        );
        // Nor on a second part that only starts alike.
        assert_eq!(
            text("Der Nord-Ostsee-Kanal und die Nord-\nostküste.\n"),
            "Der Nord-Ostsee-Kanal und die Nordostküste."
        );
    }

    #[test]
    fn bound_pronouns_after_a_stressed_vowel_and_inverted_t_stay() {
        assert_eq!(
            text("Difícil explicar; só amá-\nlo para entender. Vai fazê-\nla amanhã.\n"),
            "Difícil explicar; só amá-lo para entender. Vai fazê-la amanhã."
        );
        assert_eq!(
            text("Le marché va-\nt-il retrouver sa fréquentation ?\n"),
            "Le marché va-t-il retrouver sa fréquentation ?"
        );
        // A split word ending alike keeps no hyphen.
        assert_eq!(text("La fórmu-\nla del agua.\n"), "La fórmula del agua.");
    }

    #[test]
    fn compass_points_keep_their_hyphen_in_french_and_italian() {
        assert_eq!(
            text("I produttori del nord-\nest e il vento del sud-\nouest. Der Nord-\nosten.\n"),
            "I produttori del nord-est e il vento del sud-ouest. Der Nordosten."
        );
    }

    #[test]
    fn dutch_compounds_keep_the_hyphen_between_clashing_vowels() {
        assert_eq!(
            text("Het water is hoog en het is een probleem. Er was een ernstig auto-\nongeluk bij de dijk, waar zeldzame zee-\negels leven. Het plan is ge-\nbruikt voor een dijk.\n"),
            "Het water is hoog en het is een probleem. Er was een ernstig auto-ongeluk bij de dijk, waar zeldzame zee-egels leven. Het plan is gebruikt voor een dijk."
        );
        // `oud-` (former) before a word of its own, on a Dutch page.
        assert_eq!(
            text("Het is een probleem en het plan is een plan van een stad. Oud-\nburgemeester Piet Bruin is er. De oud-\nste brug is van hout.\n"),
            "Het is een probleem en het plan is een plan van een stad. Oud-burgemeester Piet Bruin is er. De oudste brug is van hout."
        );
        // Not on a German page, nor an English one.
        assert_eq!(
            text("Die Ernte ist gut, und der Preis steigt. Die Kaffee-\nernte beginnt im Mai, und der Markt ist voll.\n"),
            "Die Ernte ist gut, und der Preis steigt. Die Kaffeeernte beginnt im Mai, und der Markt ist voll."
        );
        assert_eq!(
            text("The zo-\nology course is new, and the students like it.\n"),
            "The zoology course is new, and the students like it."
        );
    }

    proptest::proptest! {
        #[test]
        fn dash_and_hyphen_breaks_rebuild_exactly(
            s in "([a-eA-Z]{1,5}|nord|est|lo|t-il|[—…–\\- ]|\n|[áéó]|天){0,80}"
        ) {
            let doc = clean(&s);
            proptest::prop_assert_eq!(doc.verify(&s), Ok(()));
        }
    }

    #[test]
    fn every_removed_hyphen_is_logged() {
        let doc = clean("An inspec-\ntion of the ship took place.\n");
        let hyphens: Vec<_> = doc
            .repairs()
            .iter()
            .filter(|r| r.kind() == RepairKind::Hyphen)
            .collect();
        assert_eq!(hyphens.len(), 1);
        assert_eq!(doc.original(hyphens[0]), "-");
        assert_eq!(hyphens[0].span(), 9..10);
    }
}
