//! Stage 4: join each block's lines into clean text and log every change.
//!
//! Between two lines of a block: nothing where either side is CJK, one space
//! where neither is; a line-end hyphen goes only where a word was split
//! (a lowercase continuation that is not a conjunction), and where the page
//! itself writes the word elsewhere, with or without the hyphen, that
//! decides. Each change is logged as a [`Repair`], and every input byte
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
        edits: Vec::new(),
        mixed_spacing: None,
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
            gap.len() > MERGE_GAP || input[gap].contains(['\n', '\r'])
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
    /// The edits of the stretch being built, reused.
    edits: Vec<Edit>,
    /// Whether the page sets a space between CJK and Latin text; read on
    /// first need.
    mixed_spacing: Option<bool>,
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
                    && !kept.contains(['\n', '\r'])
                    && last.absorb(kept.len(), e)
                {
                    self.doc.removed.push_str(kept);
                    self.doc.removed.push_str(&self.input[start..e.span.end]);
                    self.doc.text.push_str(e.replacement.as_str());
                    pos = e.span.end;
                    continue;
                }
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
            self.doc.text.push_str(e.replacement.as_str());
            pos = e.span.end;
        }
        self.edits = edits;
        self.doc.text.push_str(&self.input[pos..span.end]);
    }

    /// Fills `self.edits` with the edits inside one block, sorted.
    fn block_edits(&mut self, seg: &Segment, lines: &[Line], deleted: &[Edit]) {
        if let Some(m) = &seg.marker {
            self.edits.push(Edit::delete(
                m.clone(),
                RepairKind::CaptionMarker,
                Reason::CaptionMarker,
            ));
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
                    self.padding(line, deleted);
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
    /// spaces inside `line`, where no deletion touches the run.
    fn padding(&mut self, line: &Line, deleted: &[Edit]) {
        static TWO_SPACES: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new(b"  "));
        let text = &self.input.as_bytes()[line.trimmed.clone()];
        let base = line.trimmed.start;
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
        let text = &self.input.as_bytes()[line.trimmed.clone()];
        let inner = &text[..text.len().saturating_sub(2)];
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
            (Some((i, c)), Some((k, _))) if options.join_lines => script::url_break(
                &input[a.trimmed.start.min(i)..i + c.len_utf8()],
                &input[k..b.trimmed.end.max(k)],
            ),
            _ => script::UrlBreak::No,
        };
        if !options.join_lines {
            (Replacement::Newline, Reason::LineKept)
        } else if n.is_alphabetic()
            && crate::segment::is_drop_cap(a.text(input))
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
            // A headline set vertically joins without spaces.
            && !script::only_char(a.text(input)).is_some_and(script::is_cjk)
        {
            (Replacement::Space, Reason::HeadingLines)
        } else if mixed(c, n) && self.spaces_mixed_script() {
            // A page that sets a space between CJK text and a Latin word
            // or number (`搭载 16GB 内存`) gets one at a line break there.
            (Replacement::Space, Reason::MixedScriptSpacing)
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
    fn hyphen(&mut self, hpos: usize, next: usize) -> Hyphen {
        let input = self.input;
        let (word_start, left, right) = split_word(input, hpos, next);
        let Some(first) = right.chars().next() else {
            return Hyphen::Keep(Reason::NoWordAfterHyphen);
        };
        if left.is_empty() {
            // A dash set off by a space (`nil --` / `nobody`).
            return Hyphen::KeepSpaced(Reason::Dash);
        }
        // A number (`38-jährigen`), or a short lowercase word inside a
        // compound already hyphenated (`state-of-the-art`, `c'est-à-dire`;
        // not `Schleswig-Holstein-` + `sche`, `Kaiser-Wil-` + `helm`), keeps
        // it.
        if left.ends_with(|c: char| c.is_ascii_digit())
            || (input[..word_start].ends_with(script::is_line_hyphen)
                && left.chars().count() <= 3
                && left.chars().all(char::is_lowercase))
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        if is_conjunction(right) {
            return Hyphen::KeepSpaced(Reason::ElidedCompoundPart);
        }
        if !first.is_lowercase() {
            return Hyphen::Keep(Reason::HyphenBeforeCapital);
        }
        // The page's own spelling decides where it shows the word.
        let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
        // Whole, then with each hyphen a word may carry, in one buffer.
        let mut word = String::with_capacity(left.len() + right.len() + 3);
        for (i, h) in ["", "-", "⸗", "‐"].into_iter().enumerate() {
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
        if is_hyphenated_prefix(left) {
            return Hyphen::Keep(Reason::HyphenatedPrefix);
        }
        if is_hyphenated_particle(right) {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        Hyphen::Drop(Reason::SplitWord)
    }
}

/// A decision on a line-end hyphen, with its reason.
enum Hyphen {
    Drop(Reason),
    Keep(Reason),
    KeepSpaced(Reason),
}

/// Words after which a hyphen marks an elided compound part
/// (`Erziehungs⸗ und Zwangarbeit⸗Inſtitute`).
fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "und"
            | "oder"
            | "bzw"
            | "sowie"
            | "wie"
            | "als"
            | "bis"
            | "noch"
            | "and"
            | "or"
            | "nor"
            | "to"
            | "et"
            | "ou"
            | "u"
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
/// (`self-funded`, `well-known`, `vingt-cinq`, `porte-parole`) and are not
/// where a typesetter would split a longer word.
fn is_hyphenated_prefix(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
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
    )
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
    // A short ASCII line: its spaces as bits (and one past each end), then
    // one-byte tokens at bit `i` (spaces at `i` and `i + 2`, none at
    // `i + 1`), two of them in a row.
    if line.len() <= 62 && line.is_ascii() {
        let m = 1 | space_bits(line) << 1 | 1 << (line.len() + 1);
        let singles = m & (m >> 2) & !(m >> 1);
        return singles & (singles >> 2) != 0;
    }
    two_single_characters_bytewise(line)
}

/// The spaces of `line` (at most 64 bytes) as bits: bit `k` for byte `k`,
/// eight bytes at a time.
fn space_bits(line: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut m = 0;
    let mut chunks = line.chunks_exact(8);
    for (q, c) in (&mut chunks).enumerate() {
        let x = u64::from_le_bytes(c.try_into().unwrap_or_default()) ^ (ONES * u64::from(b' '));
        // 0x80 in each byte that was a space, exactly (no carry between
        // bytes); then eight 0/1 bytes to eight bits, as in the repair
        // stage's pair scan.
        let space = !(((x & LOW) + LOW) | x | LOW);
        m |= ((space >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * q);
    }
    let base = line.len() - chunks.remainder().len();
    for (k, &b) in chunks.remainder().iter().enumerate() {
        m |= u64::from(b == b' ') << (base + k);
    }
    m
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
/// a time.
#[cfg(test)]
fn two_single_characters_reference(line: &[u8]) -> bool {
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
    // A short ASCII line: its spaces as bits (and one past each end), then
    // one-byte tokens at bit `i` (spaces at `i` and `i + 2`, none at
    // `i + 1`), two of them in a row.
    if line.len() <= 62 && line.is_ascii() {
        let mut m: u64 = 1 | 1 << (line.len() + 1);
        for (k, &b) in line.iter().enumerate() {
            m |= u64::from(b == b' ') << (k + 1);
        }
        let singles = m & (m >> 2) & !(m >> 1);
        return singles & (singles >> 2) != 0;
    }
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

/// One of `a` and `b` is an ideograph or kana, the other a Latin letter or
/// digit: where pages differ on setting a space.
fn mixed(a: char, b: char) -> bool {
    let han = |c: char| matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x9fff | 0xf900..=0xfaff);
    // (CJK first: `is_alphanumeric` looks ideographs up in a table.)
    let latin = |c: char| !script::is_cjk(c) && c.is_alphanumeric();
    (han(a) && latin(b)) || (latin(a) && han(b))
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
    fn hyphens_are_decided_by_case_conjunction_and_page() {
        assert_eq!(
            text("Sie be⸗\nfanden ſich in der Unterſuchungs⸗\nKommißion, der Erziehungs⸗\nund Bildungsanſtalt.\n"),
            "Sie befanden ſich in der Unterſuchungs⸗Kommißion, der Erziehungs⸗ und Bildungsanſtalt."
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
        // Not where a two-letter ending of a split word looks like one.
        assert_eq!(text("Die Ro-\nse blüht.\n"), "Die Rose blüht.");
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

    proptest::proptest! {
        #[test]
        fn fast_two_single_characters_agrees_with_the_reference(s in "([a-c]{1,3}|[ ,.]|ü){0,40}") {
            proptest::prop_assert_eq!(
                super::two_single_characters(s.as_bytes()),
                super::two_single_characters_reference(s.as_bytes())
            );
        }

        #[test]
        fn spaced_letter_prefilter_never_misses_a_run(s in "(([a-cüễ𝐀]|„a|b“|c\\.|ab) {1,2}){0,12}") {
            if !super::spaced_letters(&s).is_empty() {
                proptest::prop_assert!(super::two_single_characters(s.as_bytes()), "{:?}", s);
            }
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
