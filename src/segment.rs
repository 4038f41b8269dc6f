//! Stage 3: decide which lines form which block, and the kind of each block.
//!
//! The evidence is all on the page: a line's width against the local column
//! width (estimated from its neighbours, since widths change within a page),
//! whether it ends a sentence, its indent, blank lines and page breaks
//! around it, and caption markers. Blank lines alone never end a paragraph:
//! at column breaks they fall mid-sentence.

use core::ops::Range;

use crate::lines::Line;
use crate::log::Edit;
use crate::options::Options;
use crate::script;

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum BlockKind {
    /// Body text.
    Paragraph,
    /// A headline, subhead or dateline: a short standalone line or two.
    Heading,
    /// A photo caption, introduced by a marker such as `●` or `Photo:`.
    Caption,
}

impl BlockKind {
    /// The kind's name as used in JSON Lines output.
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::Caption => "caption",
        }
    }
}

impl core::fmt::Display for BlockKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A block as segmentation sees it: a run of lines and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// What the block is.
    pub kind: BlockKind,
    /// Indices (into the line slice) of the block's first and last lines.
    /// Both hold text; lines between may be blank or deleted copies.
    pub lines: Range<usize>,
    /// Byte span of a caption marker to remove, with the space after it.
    pub marker: Option<Range<usize>>,
}

/// Caption markers every page may use. A single marker character, or a
/// label followed by a colon.
const MARKER_CHARS: &[char] = &['●', '▲', '■', '◆', '▼', '►', '▶', '◎', '★'];
const MARKER_LABELS: &[&str] = &[
    "圖：",
    "图：",
    "圖:",
    "图:",
    "写真：",
    "写真:",
    "Photo:",
    "PHOTO:",
    "Photo ",
    "Foto:",
    "Bild:",
    "Fig.",
    "Figure:",
    "Caption:",
];

/// Splits `lines` into blocks. `deleted` are the doubled copies the repair
/// stage found (sorted); lines they cover entirely are skipped.
pub fn segment(input: &str, lines: &[Line], deleted: &[Edit], options: &Options) -> Vec<Segment> {
    let views = Views::new(input, lines, deleted, options);
    let mut out = Vec::new();
    let n = views.len();
    let mut k = 0;
    while k < n {
        let v = &views.v[k];
        let (kind, end) = if v.marker.is_some() && options.classify {
            (BlockKind::Caption, views.caption_end(k))
        } else if let Some(end) = views.heading_at(k).filter(|_| options.classify) {
            (BlockKind::Heading, end)
        } else {
            (BlockKind::Paragraph, views.paragraph_end(k))
        };
        let marker = if kind == BlockKind::Caption {
            v.marker.clone()
        } else {
            None
        };
        out.push(Segment {
            kind,
            lines: v.index..views.v[end].index + 1,
            marker,
        });
        k = end + 1;
    }
    out
}

/// One line with text, as segmentation sees it once doubled copies are out.
#[derive(Debug, Clone)]
struct View {
    /// Index into the line slice.
    index: usize,
    width: usize,
    indent: usize,
    first: char,
    last: char,
    ends_sentence: bool,
    /// Clause punctuation (`，`, `,` …) before the last character.
    clause_inside: bool,
    /// Blank lines between this line and the previous line with text.
    blank_before: bool,
    /// A form feed before this line's text (since the previous line with text).
    page_break: bool,
    marker: Option<Range<usize>>,
    /// Display width of the first word.
    first_word: usize,
    /// Doubled copies were removed from this line (it was set in fake bold).
    doubled: bool,
    /// Local column width.
    col: usize,
}

struct Views {
    v: Vec<View>,
}

impl Views {
    fn new(input: &str, lines: &[Line], deleted: &[Edit], options: &Options) -> Self {
        let mut v: Vec<View> = Vec::new();
        let mut d = 0;
        let mut blank = false;
        let mut page_break = false;
        for (index, line) in lines.iter().enumerate() {
            page_break |= line.page_break;
            if line.is_blank() {
                blank = true;
                continue;
            }
            while d < deleted.len() && deleted[d].span.end <= line.trimmed.start {
                d += 1;
            }
            let mut kept;
            let mut doubled = false;
            let text: &str = if d < deleted.len() && deleted[d].span.start < line.trimmed.end {
                kept = String::new();
                let mut pos = line.trimmed.start;
                while d < deleted.len() && deleted[d].span.start < line.trimmed.end {
                    kept.push_str(&input[pos..deleted[d].span.start.max(pos)]);
                    pos = deleted[d].span.end.min(line.trimmed.end);
                    if deleted[d].span.end > line.trimmed.end {
                        break;
                    }
                    d += 1;
                }
                kept.push_str(&input[pos..line.trimmed.end]);
                kept.truncate(kept.trim_end().len());
                if kept.trim_start().is_empty() {
                    continue;
                }
                doubled = true;
                &kept
            } else {
                line.text(input)
            };
            let recomputed;
            let (width, first, last) = if text.len() == line.trimmed.len() {
                (line.width, line.first, line.last)
            } else {
                recomputed = crate::lines::measure(text, 0..text.len(), text.len(), 0);
                (recomputed.width, recomputed.first, recomputed.last)
            };
            let body = &text[..text.len() - last.len_utf8()];
            v.push(View {
                index,
                width,
                indent: line.indent,
                first,
                last,
                ends_sentence: script::ends_sentence(text),
                clause_inside: body.chars().any(script::is_clause_mark),
                blank_before: blank,
                page_break,
                marker: caption_marker(text, options)
                    .map(|len| line.trimmed.start..line.trimmed.start + len),
                doubled,
                first_word: text.split(script::is_space).next().map_or(0, |w| {
                    if w.is_ascii() {
                        w.len()
                    } else {
                        crate::lines::measure(w, 0..w.len(), w.len(), 0).width
                    }
                }),
                col: 0,
            });
            blank = false;
            page_break = false;
        }
        // Local column width: the second widest line among the nine around,
        // so that one wide heading or caption does not widen the column.
        const HALF: usize = 4;
        for k in 0..v.len() {
            let lo = k.saturating_sub(HALF);
            let hi = (k + HALF + 1).min(v.len());
            let (mut a, mut b) = (0, 0);
            for w in v[lo..hi].iter().map(|x| x.width) {
                if w > a {
                    b = a;
                    a = w;
                } else if w > b {
                    b = w;
                }
            }
            v[k].col = if hi - lo > 1 { b } else { a };
        }
        Views { v }
    }

    fn len(&self) -> usize {
        self.v.len()
    }

    /// Slack (display columns) within which a line counts as full width.
    fn slack(v: &View) -> usize {
        if script::is_cjk(v.last) {
            2
        } else {
            4
        }
    }

    /// Whether line `p` stops short of its column's right edge: in CJK, by
    /// a character or more; in Latin script, by enough room for the first
    /// word of the next line `n`.
    fn is_short(p: &View, n: &View) -> bool {
        if script::is_cjk(p.last) {
            p.width + 2 <= p.col
        } else {
            p.width + 1 + n.first_word <= p.col
        }
    }

    /// Whether line `k` could be part of a heading: no clause punctuation,
    /// no caption marker, no line-end hyphen, no CJK sentence end.
    fn quiet(&self, k: usize) -> bool {
        let v = &self.v[k];
        !(v.clause_inside
            || v.marker.is_some()
            || script::is_clause_mark(v.last)
            || script::is_line_hyphen(v.last)
            || (v.ends_sentence && script::is_cjk(v.last)))
    }

    /// If a heading starts at line `k`, its last line: one to three quiet
    /// lines of similar width, standing alone (a blank line, page break or
    /// caption follows) or clearly narrower than the line after them.
    fn heading_at(&self, k: usize) -> Option<usize> {
        let width = self.v[k].width;
        let slack = Self::slack(&self.v[k]);
        for e in k..(k + 3).min(self.len()) {
            if !self.quiet(e) || self.v[e].width.abs_diff(width) > 2 * slack {
                return None;
            }
            if e > k && self.v[e - 1].ends_sentence {
                return None;
            }
            if e > k && self.blank_break(e) {
                return None;
            }
            let narrow = self.v.get(e + 1).is_some_and(|n| {
                5 * self.v[k..=e].iter().map(|v| v.width).max().unwrap_or(0) <= 4 * n.width
            });
            // Latin text after a heading starts a sentence.
            let continues = self.v.get(e + 1).is_some_and(|n| n.first.is_lowercase());
            if (self.boundary_after(e) || narrow) && !continues {
                return Some(e);
            }
        }
        None
    }

    /// A blank line, page break, caption or the end of the page follows
    /// `k`, or the next line is set in another style (fake bold or not).
    fn boundary_after(&self, k: usize) -> bool {
        let Some(n) = self.v.get(k + 1) else {
            return true;
        };
        let v = &self.v[k];
        // At the top of a page, a blank line under a line is a break even
        // where the column below is double-spaced.
        let top = k == 0
            || (v.page_break && !v.blank_before)
            || (!v.blank_before && self.v[k - 1].page_break);
        self.blank_break(k + 1)
            || (top && n.blank_before)
            || n.page_break
            || n.marker.is_some()
            || v.doubled != n.doubled
    }

    /// A blank line before line `k` that is not merely the spacing of every
    /// line around (a double-spaced column).
    fn blank_break(&self, k: usize) -> bool {
        self.v.get(k).is_some_and(|v| v.blank_before) && !self.double_spaced(k)
    }

    /// Line `k` sits in a run of lines that all have blank lines between them.
    fn double_spaced(&self, k: usize) -> bool {
        let spaced = |i: usize| self.v.get(i).is_some_and(|v| v.blank_before);
        spaced(k) && (spaced(k.wrapping_sub(1)) || spaced(k + 1))
    }

    /// Two lines of similar width within a narrow column.
    fn same_column(a: &View, b: &View) -> bool {
        const NARROW: usize = 60;
        a.width <= NARROW
            && b.width <= NARROW
            && 10 * a.width.abs_diff(b.width) <= 3 * a.width.max(b.width)
    }

    fn caption_end(&self, k: usize) -> usize {
        let mut end = k;
        let mut width = self.v[k].width;
        while let Some(n) = self.v.get(end + 1) {
            let v = &self.v[end];
            if n.blank_before || n.page_break || n.marker.is_some() {
                break;
            }
            let slack = Self::slack(v);
            let short = v.width + slack <= width;
            if v.width + 2 * slack <= width && end > k {
                break;
            }
            if v.ends_sentence && (short || n.width.abs_diff(width) > slack) {
                break;
            }
            width = width.max(n.width);
            end += 1;
        }
        end
    }

    fn paragraph_end(&self, k: usize) -> usize {
        let mut end = k;
        while end + 1 < self.len() && !self.breaks_after(end) {
            end += 1;
        }
        end
    }

    /// Whether a paragraph ends after line `j`.
    fn breaks_after(&self, j: usize) -> bool {
        let (p, n) = (&self.v[j], &self.v[j + 1]);
        if n.marker.is_some() {
            return true;
        }
        let hyphen = script::is_line_hyphen(p.last);
        if n.page_break {
            let continues = hyphen
                || script::is_clause_mark(p.last)
                || (!p.ends_sentence && (script::is_cjk(p.last) || n.first.is_lowercase()));
            return !continues;
        }
        if !p.ends_sentence {
            return false;
        }
        if n.indent > p.indent || Self::is_short(p, n) || self.heading_at(j + 1).is_some() {
            return true;
        }
        // The extractor lost the indent: the first line of the next
        // paragraph is one or two characters short of the column.
        if script::is_cjk(n.first) {
            let missing = n.col.saturating_sub(n.width);
            if (2..=4).contains(&missing) {
                return true;
            }
        }
        // A different column or region starts.
        if n.width > p.col + 2 * Self::slack(p) {
            return true;
        }
        // A blank line after a sentence end, unless it is merely the line
        // spacing of a narrow double-spaced column.
        n.blank_before && !(self.double_spaced(j + 1) && Self::same_column(p, n))
    }
}

/// Byte length of the caption marker `text` starts with (and the white space
/// after it), if any.
pub fn caption_marker(text: &str, options: &Options) -> Option<usize> {
    let mut len = None;
    if let Some(c) = text.chars().next() {
        if MARKER_CHARS.contains(&c) {
            len = Some(c.len_utf8());
        }
    }
    if len.is_none() {
        len = MARKER_LABELS
            .iter()
            .copied()
            .chain(options.caption_markers.iter().map(String::as_str))
            .find(|m| text.starts_with(m))
            .map(str::len);
    }
    let len = len?;
    let rest = &text[len..];
    let after = rest.len() - rest.trim_start_matches(script::is_space).len();
    // A marker alone is not a caption.
    (len + after < text.len()).then_some(len + after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::LineIndices;

    fn blocks(s: &str) -> Vec<(BlockKind, usize, usize)> {
        let lines: Vec<Line> = LineIndices::new(s).collect();
        segment(s, &lines, &[], &Options::new())
            .into_iter()
            .map(|g| {
                (
                    g.kind,
                    lines[g.lines.start].number,
                    lines[g.lines.end - 1].number,
                )
            })
            .collect()
    }

    #[test]
    fn finds_caption_markers() {
        let o = Options::new();
        assert_eq!(caption_marker("●甘肅", &o), Some(3));
        assert_eq!(caption_marker("Photo: A ship", &o), Some(7));
        assert_eq!(caption_marker("●", &o), None);
        assert_eq!(caption_marker("Photograph", &o), None);
    }

    #[test]
    fn short_line_mid_sentence_does_not_end_a_paragraph() {
        let s = "這是一個很長的句子的開頭部分，\n還有\n\n更多的內容在這裏繼續寫下去。\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 4)]);
    }

    #[test]
    fn short_line_ending_a_sentence_ends_a_paragraph() {
        let s = "這是一個很長的句子的開頭部分，寫\n得很長。\n第二段從這裏開始，一直寫到這行\n的末尾為止。\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Paragraph, 1, 2), (BlockKind::Paragraph, 3, 4)]
        );
    }

    #[test]
    fn caption_runs_to_the_blank_line() {
        let s = "●圖片說明第一行，還有更多\n第二行結束了\n\n正文從這裏開始，一直寫到這行\n的末尾為止。\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Caption, 1, 2), (BlockKind::Paragraph, 4, 5)]
        );
    }

    #[test]
    fn short_standalone_line_is_a_heading() {
        let s = "上一段到此結束了，寫得很長很長。\n\n新的標題\n正文從這裏開始，一直寫到這行\n的末尾為止。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 4, 5)
            ]
        );
    }
}
