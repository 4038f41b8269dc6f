//! The local column width each line is measured against, estimated from
//! the lines around it: widths change within a page.

use super::table::{line_spacing, Candidate};
use super::{View, FAR_INDENT, RIGHT_ALIGNED_INDENT, WINDOW};

/// Cells of a CJK mark hung past the column's edge (see [`hangs`]).
const CJK_HANGING: u32 = 200;

/// CJK punctuation a typesetter may hang past a column's right edge
/// rather than carry its word to the next line.
fn hangs(c: char) -> bool {
    matches!(
        c,
        '。' | '、' | '，' | '」' | '』' | '）' | '！' | '？' | '．' | '”'
    )
}

/// Most lines under a caption's marker line that the caption may go on
/// in (see [`local_widths`]).
const CAPTION_MARKER_LINES: usize = 3;

/// What the local column width of [`local_widths`] reads of a line.
struct ColumnLine {
    width: u32,
    indent: u32,
    /// Its width counts (no caption, no running head).
    counts: bool,
    cjk: bool,
    /// Alone between blank lines: its width counts for itself only.
    alone: bool,
}

/// Sets each line's column width ([`View::col`]), the indent of the
/// lines around it ([`View::base_indent`]), whether it is pushed to the
/// right, and the spacing of its lines ([`View::spacing`],
/// [`View::own_line`]). `candidates` are the lines that may be rows of a
/// table, by index.
pub(super) fn local_widths(v: &mut [View], candidates: &[Candidate]) {
    // Local column width: for CJK the widest line of the window (or the
    // widest width three lines share, over a line or two wider), for
    // Latin the second widest (one over-wide line does not widen the
    // column). Captions and lines of the other script do not count.
    // The window stops at a certain end of a block (a page break, or a
    // blank line after a sentence end or a byline, which may take a
    // line of its own for the writer's role), and a double-spaced run
    // of lines (a lede) is a column of its own.
    let (spaced, own_line) = line_spacing(v);
    let separated: Vec<bool> = (0..v.len())
        .map(|k| {
            k > 0
                && (v[k].page_break
                    || (v[k].blank_before
                        && !spaced[k]
                        && (v[k - 1].ends_sentence
                            || v[k - 1].byline
                            || (k >= 2 && v[k - 2].byline && !v[k - 1].blank_before))))
        })
        .collect();
    // The nearest separated line at or before each line (0 for none:
    // the first line is never separated), and after it (the end for
    // none), so that the window finds its ends at once.
    let mut sep_before = vec![0; v.len()];
    let mut sep_after = vec![v.len(); v.len()];
    for k in 1..v.len() {
        sep_before[k] = if separated[k] { k } else { sep_before[k - 1] };
    }
    for k in (0..v.len().saturating_sub(1)).rev() {
        sep_after[k] = if separated[k + 1] {
            k + 1
        } else {
            sep_after[k + 1]
        };
    }
    // A caption behind a marker goes on in the lines set tight under it
    // to its sentence's end (`■ Mr Lim at his stall in Jalan` /
    // `Kemuning Food Centre. The cloth sock he` / `uses is replaced every
    // two months.`), a few at most: those do not count either. (A CJK
    // column is as wide as its widest line: a caption's may be the
    // only full one near short rows, `桜ケ丘３―０北山`.)
    // (Not a brief's title behind its marker, short of its text: `■
    // Library extends hours` / `The central library will stay open
    // until`.)
    // (Nor the items of a list behind bullets, a marker near another:
    // `● A new sea wall, …` / `… the council says.` / `● A marina …`.)
    let reach = CAPTION_MARKER_LINES + 1;
    let lone = |k: usize| {
        (k.saturating_sub(reach)..(k + reach + 1).min(v.len())).all(|y| y == k || v[y].marker == 0)
    };
    let mut behind_marker = vec![false; v.len()];
    let (mut since, mut marker_width) = (usize::MAX, 0);
    for k in 0..v.len() {
        since = if v[k].marker > 0 {
            // (A width of 0 takes no line under a list's bullet.)
            marker_width = if lone(k) { v[k].width } else { 0 };
            0
        } else if since < CAPTION_MARKER_LINES
            && !v[k].cjk
            && !v[k].blank_before
            && !v[k - 1].ends_sentence
            && 4 * marker_width >= 3 * v[k].width
        {
            since + 1
        } else {
            usize::MAX
        };
        behind_marker[k] = since != usize::MAX;
    }
    // What the estimate reads of each line, packed close: the window
    // reads each line some thirteen times.
    let lines: Vec<ColumnLine> =
        (0..v.len())
            .map(|k| {
                let x = &v[k];
                ColumnLine {
                    // (A CJK line may hang its last stop or comma past the
                    // column's edge: `＝野々市市本町＝２日死去。` is as
                    // full as `通夜は３日午後７時、葬儀`.)
                    width: if x.cjk && hangs(x.last) {
                        x.width.saturating_sub(CJK_HANGING)
                    } else {
                        x.width
                    },
                    indent: x.indent,
                    // Widths of captions do not count; nor those of a
                    // running head, set across the page, of a book's entry,
                    // of a line set far in (a signature pushed right, `（論説委員…）`), or
                    // of a CJK table's row, its cells spaced out (not parted
                    // by single spaces).
                    counts: !(behind_marker[k]
                        || x.book
                        || x.credit_caption
                        || x.credited > 0
                        || x.furniture
                        || x.indent > FAR_INDENT
                        || (x.cjk
                            && (x.gapped
                                || candidates.binary_search_by_key(&k, |c| c.line).is_ok_and(
                                    |c| candidates[c].cjk_cells > 0 && !candidates[c].tight_cells,
                                )))),
                    cjk: x.cjk,
                    // A line alone between blank lines (or under the top
                    // of the text) is a headline, a deck, a byline more
                    // often than a column's line: it does not set the
                    // column of the lines around it.
                    // So is a CJK line between a sentence's end and the
                    // indented first line of a paragraph.
                    alone: ((k == 0 || x.blank_before)
                        && v.get(k + 1).is_none_or(|n| n.blank_before)
                        && !spaced[k])
                        || (x.cjk
                            && k > 0
                            && !x.blank_before
                            && v[k - 1].ends_sentence
                            && v.get(k + 1).is_some_and(|n| n.cjk && n.indent > x.indent)),
                }
            })
            .collect();
    for k in 0..v.len() {
        let mut lo = k.saturating_sub(WINDOW);
        let mut hi = (k + WINDOW + 1).min(v.len());
        // The last separated line in `lo + 1..=k`, the first in
        // `k + 1..hi`.
        lo = lo.max(sep_before[k]);
        hi = hi.min(sep_after[k]);
        if spaced[k] {
            lo = (lo..k).rev().find(|&i| !spaced[i]).map_or(lo, |i| i + 1);
            hi = (k + 1..hi).find(|&i| !spaced[i]).unwrap_or(hi);
        }
        let (mut a, mut b) = (0, 0);
        // How many lines are as wide as the widest.
        let mut widest = 0;
        let mut base = u32::MAX;
        let cjk = v[k].cjk;
        for (y, x) in lines[lo..hi].iter().enumerate() {
            base = base.min(x.indent);
            // Widths of CJK and Latin lines are not comparable.
            if !x.counts || x.cjk != cjk || (x.alone && lo + y != k) {
                continue;
            }
            if x.width > a {
                (a, b, widest) = (x.width, a, 1);
            } else if x.width == a {
                (b, widest) = (a, widest + 1);
            } else if x.width > b {
                b = x.width;
            }
        }
        let col = if cjk {
            // (Where the widest width is rare, the width the column's full
            // lines repeat; see [`repeated_width`].)
            if widest >= REPEATS {
                a
            } else {
                repeated_width(&lines[lo..hi]).map_or(a, |r| r.max(lines[k].width))
            }
        } else if b == 0 {
            a
        } else {
            b
        };
        v[k].col = if col == 0 { v[k].width } else { col };
        v[k].base_indent = base;
        let x = &v[k];
        v[k].right_aligned = x.indent >= RIGHT_ALIGNED_INDENT
            && x.indent >= x.base_indent + RIGHT_ALIGNED_INDENT
            && 10 * x.width >= 9 * x.col;
    }
    for ((x, s), o) in v.iter_mut().zip(&spaced).zip(&own_line) {
        x.spacing = *s;
        x.own_line = *o;
    }
}

/// Lines of one width that make it a CJK column's (see [`repeated_width`]).
const REPEATS: usize = 3;

/// Most lines set wider than that column over it: a headline and a deck.
const WIDER_LINES: usize = 2;

/// The widest width that [`REPEATS`] CJK lines of `window` share, where no
/// more than [`WIDER_LINES`] are wider: a column's full lines are all one
/// width, cell for cell, where a headline's or a deck's line set tight over
/// the text is a width of its own. More lines wider are a wider column's, a
/// listing's entries set across the page: `None`.
fn repeated_width(window: &[ColumnLine]) -> Option<u32> {
    // (A window holds at most `2 * WINDOW + 1` lines: no allocation.)
    let mut buf = [0u32; 2 * WINDOW + 1];
    let mut n = 0;
    let lines = window.iter().filter(|x| x.counts && x.cjk && !x.alone);
    for (slot, x) in buf.iter_mut().zip(lines) {
        *slot = x.width;
        n += 1;
    }
    let widths = &mut buf[..n];
    widths.sort_unstable_by(|p, q| q.cmp(p));
    let mut wider = 0;
    while wider < n {
        let run = widths[wider..]
            .iter()
            .take_while(|&&w| w == widths[wider])
            .count();
        if run >= REPEATS {
            return (wider <= WIDER_LINES).then_some(widths[wider]);
        }
        wider += run;
    }
    None
}
