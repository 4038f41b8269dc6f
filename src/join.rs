//! Stage 4: join each block's lines into clean text and log every change.
//!
//! Between two lines of a block: nothing where either side is CJK, one space
//! where neither is; a line-end hyphen goes only where a word was split
//! (lowercase continuation, not a conjunction, not a hyphenated word the page
//! itself uses). Each edit is logged as a [`Repair`], and every input byte
//! outside the blocks (blank lines, indents) is logged too, so the document
//! can rebuild its input.

use core::ops::Range;
use std::collections::HashSet;

use crate::document::{BlockData, Document};
use crate::lines::Line;
use crate::log::{Edit, Repair, RepairKind};
use crate::options::Options;
use crate::script;
use crate::segment::{BlockKind, Segment};

/// Joins the lines of each segment and builds the [`Document`].
pub fn join(
    input: &str,
    lines: &[Line],
    segments: &[Segment],
    deleted: &[Edit],
    options: &Options,
) -> Document {
    let mut b = Builder {
        input,
        doc: Document::default(),
        lexicon: None,
    };
    b.doc.text.reserve(input.len());
    b.doc.blocks.reserve(segments.len());
    let mut pos = 0;
    let mut d = 0;
    let mut edits = Vec::new();
    for seg in segments {
        let first = &lines[seg.lines.start];
        let last = &lines[seg.lines.end - 1];
        let span = first.trimmed.start..last.trimmed.end;
        // Everything between the previous block and this one.
        let d_end = d + deleted[d..].partition_point(|e| e.span.start < span.start);
        b.gap(
            pos..span.start,
            &deleted[d..d_end],
            RepairKind::Whitespace,
            "",
        );
        d = d_end;
        let d_end = d + deleted[d..].partition_point(|e| e.span.start < span.end);
        edits.clear();
        b.block_edits(seg, lines, &deleted[d..d_end], options, &mut edits);
        d = d_end;
        let repairs_start = b.doc.repairs.len();
        let text_start = b.doc.text.len();
        b.apply(span.clone(), &edits);
        b.doc.blocks.push(BlockData {
            kind: seg.kind,
            text: text_start..b.doc.text.len(),
            lines: (first.number, last.number),
            span: span.clone(),
            repairs: repairs_start..b.doc.repairs.len(),
        });
        pos = span.end;
    }
    b.gap(pos..input.len(), &deleted[d..], RepairKind::Whitespace, "");
    b.doc
}

struct Builder<'a> {
    input: &'a str,
    doc: Document,
    /// Hyphenated words the page uses (`E-Mail`), built on first need.
    lexicon: Option<HashSet<&'a str>>,
}

impl<'a> Builder<'a> {
    /// Logs the bytes of `range` outside any block: deleted copies as such,
    /// the white space around them as `kind`.
    fn gap(&mut self, range: Range<usize>, deleted: &[Edit], kind: RepairKind, sep: &'static str) {
        let mut edits = Vec::new();
        push_gap(range, deleted, kind, sep, &mut edits);
        for e in &edits {
            self.log(e);
        }
    }

    /// Records `e` as a repair at the current end of the output.
    fn log(&mut self, e: &Edit) {
        let start = self.doc.removed.len();
        self.doc.removed.push_str(&self.input[e.span.clone()]);
        self.doc.repairs.push(Repair {
            kind: e.kind,
            span: e.span.clone(),
            replacement: e.replacement,
            at: self.doc.text.len(),
            reason: e.reason,
            original: start..self.doc.removed.len(),
        });
        self.doc.text.push_str(e.replacement);
    }

    /// Copies `span` into the output, applying the sorted `edits`.
    fn apply(&mut self, span: Range<usize>, edits: &[Edit]) {
        let mut pos = span.start;
        for e in edits {
            self.doc.text.push_str(&self.input[pos..e.span.start]);
            self.log(e);
            pos = e.span.end;
        }
        self.doc.text.push_str(&self.input[pos..span.end]);
    }

    /// The edits inside one block, sorted by position.
    fn block_edits(
        &mut self,
        seg: &Segment,
        lines: &[Line],
        deleted: &[Edit],
        options: &Options,
        out: &mut Vec<Edit>,
    ) {
        if let Some(m) = &seg.marker {
            out.push(Edit::delete(
                m.clone(),
                RepairKind::CaptionMarker,
                "caption marker",
            ));
        }
        let mut prev: Option<&Line> = None;
        for line in &lines[seg.lines.clone()] {
            if line.is_blank() || fully_deleted(line, deleted) {
                continue;
            }
            if let Some(p) = prev {
                self.line_break(seg.kind, p, line, deleted, options, out);
            }
            prev = Some(line);
        }
        out.extend(deleted.iter().cloned());
        out.sort_by_key(|e| e.span.start);
        // A caption marker may cover a doubled copy of itself (`●●`): the
        // earlier edit keeps the overlap.
        let mut end = 0;
        out.retain_mut(|e| {
            e.span.start = e.span.start.max(end);
            end = end.max(e.span.end);
            !e.span.is_empty()
        });
    }

    /// The edits for the break between lines `a` and `b` of one block.
    fn line_break(
        &mut self,
        kind: BlockKind,
        a: &Line,
        b: &Line,
        deleted: &[Edit],
        options: &Options,
        out: &mut Vec<Edit>,
    ) {
        let input = self.input;
        let before = kept_before(input, a.trimmed.end, deleted);
        let after = kept_after(input, b.trimmed.start, deleted);
        let (c, n) = (
            before.map_or('\0', |(_, c)| c),
            after.map_or('\0', |(_, c)| c),
        );
        let (sep, reason) = if !options.join_lines {
            ("\n", "line kept (joining off)")
        } else if kind == BlockKind::Heading {
            (" ", "heading set on two lines")
        } else if script::is_cjk(c) || script::is_cjk(n) {
            ("", "line break inside CJK text")
        } else if script::is_line_hyphen(c) && options.dehyphenate {
            let (hpos, _) = before.unwrap_or((a.trimmed.end, c));
            match self.hyphen(hpos, c, after.map_or(b.trimmed.start, |(i, _)| i)) {
                Hyphen::Drop => {
                    out.push(Edit::delete(
                        hpos..hpos + c.len_utf8(),
                        RepairKind::Hyphen,
                        "word split across lines",
                    ));
                    ("", "word split across lines")
                }
                Hyphen::Keep => ("", "hyphenated word across lines"),
                Hyphen::KeepSpaced => (" ", "hyphen of an elided compound part"),
            }
        } else {
            (" ", "line break inside a paragraph")
        };
        let gap = a.trimmed.end..b.trimmed.start;
        let lo = deleted.partition_point(|e| e.span.end <= gap.start);
        let hi = deleted.partition_point(|e| e.span.start < gap.end);
        let mut edits = Vec::new();
        push_gap(
            gap,
            &deleted[lo..hi],
            RepairKind::LineBreak,
            sep,
            &mut edits,
        );
        // The deletions themselves are added by the caller.
        out.extend(
            edits
                .into_iter()
                .filter(|e| e.kind != RepairKind::DoubledCopy)
                .map(|mut e| {
                    if e.kind == RepairKind::LineBreak {
                        e.reason = reason;
                    }
                    e
                }),
        );
    }

    /// Decides a line-end hyphen at byte `hpos` followed by the word at `next`.
    fn hyphen(&mut self, hpos: usize, hyphen: char, next: usize) -> Hyphen {
        let input = self.input;
        let word_start = input[..hpos]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric())
            .last()
            .map_or(hpos, |(i, _)| i);
        let left = &input[word_start..hpos];
        let right_len = input[next..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(input.len() - next, |(i, _)| i);
        let right = &input[next..next + right_len];
        let Some(first) = right.chars().next() else {
            return Hyphen::Keep;
        };
        if left.is_empty() {
            return Hyphen::Keep;
        }
        if is_conjunction(right) {
            return Hyphen::KeepSpaced;
        }
        if !first.is_lowercase() {
            return Hyphen::Keep;
        }
        // The page's own spelling decides: a compound it writes with a
        // hyphen elsewhere keeps it.
        let lexicon = self.lexicon.get_or_insert_with(|| hyphenated_words(input));
        let mut joined = String::with_capacity(left.len() + right.len() + 3);
        joined.push_str(left);
        joined.push(hyphen);
        joined.push_str(right);
        if lexicon.contains(joined.as_str()) {
            return Hyphen::Keep;
        }
        joined.clear();
        joined.push_str(left);
        joined.push('-');
        joined.push_str(right);
        if hyphen != '-' && lexicon.contains(joined.as_str()) {
            return Hyphen::Keep;
        }
        Hyphen::Drop
    }
}

enum Hyphen {
    Drop,
    Keep,
    KeepSpaced,
}

fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "und"
            | "oder"
            | "bzw"
            | "sowie"
            | "wie"
            | "als"
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

/// Words of the page with a hyphen inside (`E-Mail`, `Staats⸗Anzeiger`).
fn hyphenated_words(input: &str) -> HashSet<&str> {
    input
        .split(|c: char| !(c.is_alphanumeric() || script::is_line_hyphen(c)))
        .filter(|w| {
            let inner = w.trim_matches(script::is_line_hyphen);
            inner.len() == w.len() && inner.chars().any(script::is_line_hyphen)
        })
        .collect()
}

/// Splits `range` around the deletions inside it: deletions stay
/// [`DoubledCopy`](RepairKind::DoubledCopy) edits, the first stretch of white
/// space becomes `kind` with `sep`, later stretches are removed as white space.
fn push_gap(
    range: Range<usize>,
    deleted: &[Edit],
    kind: RepairKind,
    sep: &'static str,
    out: &mut Vec<Edit>,
) {
    let mut pos = range.start;
    let mut first = true;
    let mut ws = |span: Range<usize>, out: &mut Vec<Edit>| {
        if span.is_empty() {
            return;
        }
        let (k, s, reason) = if first {
            first = false;
            (
                kind,
                sep,
                if kind == RepairKind::LineBreak {
                    "line break"
                } else {
                    "white space between blocks"
                },
            )
        } else {
            (
                RepairKind::Whitespace,
                "",
                "white space around a removed copy",
            )
        };
        out.push(Edit {
            span,
            replacement: s,
            kind: k,
            reason,
        });
    };
    for e in deleted {
        let s = e.span.start.max(pos);
        let end = e.span.end.min(range.end);
        if s >= end {
            continue;
        }
        ws(pos..s, out);
        out.push(Edit {
            span: s..end,
            ..e.clone()
        });
        pos = end;
    }
    ws(pos..range.end, out);
}

fn fully_deleted(line: &Line, deleted: &[Edit]) -> bool {
    let i = deleted.partition_point(|e| e.span.end <= line.trimmed.start);
    deleted
        .get(i)
        .is_some_and(|e| e.span.start <= line.trimmed.start && e.span.end >= line.trimmed.end)
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
