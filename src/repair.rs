//! Stage 2: find the extra copies that fake-bold printing leaves in extracted text.
//!
//! Fake-bold type is printed two or four times, and extractors emit the text
//! once per impression. Four shapes are recognised, each only on evidence:
//!
//! * **Whole-line powers.** The trimmed line (white space ignored, so
//!   `Margaret Margaret` is a square) splits into k-th powers `u…u` (k = 4 tried before 2) of units
//!   of at most 64 characters: `前海作為前海作為，，` or `项项目目`. The
//!   split takes the smallest unit at each place that still lets the rest
//!   of the line split. Equal consecutive units count once, so a line that
//!   is one word repeated (`项目经验项目经验…`, `嘻嘻嘻嘻`) has no evidence.
//! * **Per-character stretches** inside a line: consecutive runs of one
//!   character whose lengths are all even (all multiples of 4 for k = 4),
//!   with plain text around them (`项项目目描描述述：：负责…`).
//! * **Repeated lines**: consecutive non-blank lines that are equal (a group
//!   of 2 to 4), or where one is an edge piece of the other
//!   (`股票代码：` / `股票代码：300218`, the shorter is the extra copy).
//! * **Overlap chains**: a word that ends one line and starts the next, on at
//!   least two consecutive line pairs (pdftotext's partial dedup leftovers).
//! * **Repeated passages**: a run of 2 to 8 consecutive non-blank lines
//!   followed at once (blank lines aside) by the same lines again, 2 to 4
//!   copies in all; the later copies are deleted line by line. It is
//!   evidence of its own when the passage holds at least 20 characters and
//!   a line of prose, has no page break inside, recurs nowhere else on the
//!   page and is no part of a longer pattern of lines (running headers,
//!   refrains, table rows).
//!
//! A finding is *strong* when its units hold at least
//! [`Options::min_doubled_chars`] different characters (each counted twice
//! when printed four times), so that a string of legitimate reduplications
//! (`高高興興天天高高興興`) is no evidence. A run of doubled ideographs
//! alone (no doubled mark, digit, Latin letter, space or longer unit)
//! needs twice as many, since reduplicated words chain; a doubled
//! ideographic space between the units counts as one more character (it
//! is a full-width cell, printed like the glyphs). A whole line whose every
//! character is printed k times is strong with more different characters
//! than a chain of reduplications holds (8: `尋尋覓覓冷冷清清淒淒慘慘戚戚`
//! holds 7), which lets a fake-bold headline (`社社區區書書櫃櫃遍遍地地開開花花`)
//! stand as evidence. Weaker ones (`测测试试`, a five-character label,
//! `志志工工輪輪班班維維護護`) are repaired only when the same page shows
//! strong evidence of doubling elsewhere, or three such whole lines of
//! four different characters or more (`房房屋屋出出租租`, `分分類類廣廣告告`;
//! not `爺爺奶奶` / `爸爸媽媽` / `哥哥姐姐`). A single adjacent pair is never
//! enough on its own, except a heading printed twice (a short line of
//! letters with no clause mark, standing apart from its neighbours, that
//! recurs nowhere else on the page) beside other doubling on other lines,
//! however weak. Every scan is linear: periods are bounded, lines
//! are compared with their neighbour only (or, for passages, with the
//! line at most 8 further on, by length and edge characters first), and
//! lines without a repeated bigram at both ends skip the whole-line search
//! at once.
//!
//! This file holds the entry points and the `Finder` pass that decides,
//! line by line, what is printed twice and on what evidence. The searches
//! it runs live one concept to a file under `repair/`: `prefilter` rules
//! out most lines from their bytes alone, `powers` splits a whole line
//! into units printed k times, `squares` finds runs followed by their own
//! copy, `inline` reads the runs inside a line (doubled marks, glued
//! capitals, lead-ins), `across` compares neighbouring lines (repeated
//! lines and passages, headings printed twice, overlap chains) and `noise`
//! finds stray marks.

use core::ops::Range;
use std::collections::HashMap;

use crate::lines::Line;
use crate::log::{Edit, Reason, RepairKind};
use crate::options::Options;
use crate::script::{self, ends_sentence, is_cjk, is_clause_mark, is_sentence_end, is_space};

mod across;
mod inline;
mod noise;
mod powers;
mod prefilter;
#[cfg(test)]
mod props;
mod squares;
#[cfg(test)]
mod tests;

use self::inline::*;
pub use self::noise::find_noise;
use self::powers::*;
use self::prefilter::*;
use self::squares::*;

/// Longest unit (in characters) a doubled piece may have.
pub(crate) const MAX_PERIOD: usize = 64;
/// Longest line (in characters) searched for whole-line powers.
const MAX_WHOLE_LINE: usize = 1 << 16;
/// Longest per-character stretch kept before it is decided in pieces.
const MAX_STRETCH_RUNS: usize = 4096;
/// Marks a white-space position in the whole-line parse.
const WS: u8 = u8::MAX;
/// Most different characters a chain of reduplicated words is known to
/// hold: `尋尋覓覓冷冷清清淒淒慘慘戚戚` (Li Qingzhao, 聲聲慢), seven.
/// Everyday chains hold fewer (`高高興興`: 2, `平平安安快快樂樂健健康康`: 6).
const LONGEST_REDUPLICATION: usize = 7;
/// Grammatical particles, which no word reduplicates (`のの`, `的的`): a
/// line of characters each printed twice that holds one is a copy.
const NEVER_REDUPLICATED: [char; 12] = [
    'の', 'が', 'を', 'に', 'は', 'で', 'へ', '的', '了', '之', '與', '与',
];
/// Fewest different characters of a CJK line that is one phrase printed
/// twice (`严正声明严正声明`), a copy where the page shows doubling.
const CJK_TITLE_PRINTED_TWICE: usize = 4;
/// Fewest letters (each printed twice, three of them different at least)
/// of a line in a script with case printed letter by letter that is a copy
/// on its own (`FFAAKKTTAA`): no word doubles every letter.
const CASED_LINE_GROUPS: usize = 4;
/// Fewest different characters of a line printed character by character
/// that a particle shows to be a copy (see [`NEVER_REDUPLICATED`]).
const PARTICLE_LINE_CHARS: usize = 3;

/// Widest section label over a page's headline, in cells (`地域`,
/// `COMUNIDAD VALENCIANA`): see [`Finder::headline_at_top`].
const KICKER_CELLS: u32 = 30;
const IDEOGRAPHIC_SPACE: char = '\u{3000}';
/// Fewest words (an ideograph counting as one) of a heading printed twice
/// between blank lines that is evidence of its own (see
/// [`Finder::headline_alone`]).
const LONE_HEADLINE_WORDS: usize = 4;
/// Fewest letters (an ideograph counting as two) of such a heading.
const LONE_HEADLINE_LETTERS: usize = 20;
/// Fewest characters of each line of a CJK headline printed twice as a
/// block at a page's top (see [`Finder::headline_block_at_top`]).
const HEADLINE_PHRASE_CHARS: usize = 5;
/// Most lines of a passage emitted twice as a block.
const MAX_BLOCK_LINES: usize = 8;
/// Fewest characters (white space aside) of a passage emitted twice.
const MIN_BLOCK_CHARS: usize = 20;
/// Narrowest line (in columns) that counts as prose in such a passage.
const MIN_PROSE_WIDTH: u32 = 20;

const WHY_CHARS: Reason = Reason::CharactersPrintedTwice;
const WHY_RUNS: Reason = Reason::RunPrintedTwice;
const WHY_LINE: Reason = Reason::LineRepeated;

/// About the most bytes of lines read as one text by
/// [`Finder::run_squares`], which keeps its scratch space small on a page
/// of CJK text without a blank line.
const RUN_BYTES: usize = 1 << 14;

/// Fewest letters of each copy of a word in capitals printed twice with
/// nothing between (see [`Finder::glued_capitals`]).
const GLUED_LETTERS: usize = 5;

/// Fewest different characters of a lead-in printed twice (see
/// [`Finder::lead_in_copy`]).
const LEAD_IN_CHARS: usize = 5;
/// Fewest whole lines printed character by character, each too short to
/// tell from a chain of reduplicated words, that show doubling on a page
/// (see [`Finder::run`]).
const CHAR_LINES: usize = 3;
/// Fewest different characters of each of the [`CHAR_LINES`]: a line of
/// two words said twice each (`爺爺奶奶`, `平平安安`) is common text.
const CHAR_LINE_LETTERS: usize = 4;
/// Fewest different characters of each of two whole lines printed
/// character by character that show doubling on a page
/// (`立立法法院院三三讀讀通通過過` / `長長照照保保險險法法草草案案`): an odd
/// count past three reduplicated words of two characters
/// (`平平安安快快樂樂健健康康`, six), which a chain of them never holds, and
/// no page holds two of the rarest chain (see [`LONGEST_REDUPLICATION`]).
const WIDE_CHAR_LINE_LETTERS: usize = 7;
/// Fewest such lines of [`WIDE_CHAR_LINE_LETTERS`].
const WIDE_CHAR_LINES: usize = 2;
/// Fewest letters of a label in capitals printed twice before its colon
/// (`AGM:AGM:`, see [`Finder::lead_in_copy`]).
const CAPS_LABEL_LETTERS: usize = 3;
/// Fewest different characters of a lead-in printed twice whose colon or
/// comma is printed twice too (see [`Finder::lead_in_copy`]).
const DOUBLED_MARK_CHARS: usize = 3;

/// Fewest runs printed twice inside lines (or across their breaks) that
/// show doubling on a page with no other evidence of it: one may be a
/// phrase said twice on purpose, two are the print.
const INLINE_RUNS: usize = 2;
/// CJK punctuation that never repeats in running text: printed twice
/// (`，，`, `。。`), it is doubled print (see [`Finder::doubled_marks`]).
const DOUBLED_MARKS: [&str; 5] = ["，", "。", "、", "；", "："];
const WHY_PARTIAL: Reason = Reason::PartialCopy;
/// Most lines of a group read by [`Finder::groups_across`].
const GROUP_LINES: usize = 3;
/// Most characters of such a group's copy.
const GROUP_CHARS: usize = 120;
/// Fewest characters of such a group's copy.
const GROUP_PAIRS: usize = 4;
/// Fewest different characters in such a group's copy.
const GROUP_DISTINCT: usize = 4;
const WHY_OVERLAP: Reason = Reason::WordRepeatedAcrossBreak;
const WHY_BLOCK: Reason = Reason::PassageRepeated;

/// Finds the extra copies of doubled (fake-bold) text in `input`.
///
/// `lines` must be every line of `input`, in order, as
/// [`LineIndices`](crate::lines::LineIndices) yields them. Returns deletions
/// ([`Edit`]s of kind [`DoubledCopy`](crate::RepairKind::DoubledCopy)),
/// sorted by position and not overlapping; the first copy is kept and later
/// ones deleted. A whole line that repeats another is deleted by an edit
/// spanning exactly that line's `trimmed` range. Returns nothing when
/// [`Options::repair_doubling`] is off.
pub fn find_doubled(input: &str, lines: &[Line], options: &Options) -> Vec<Edit> {
    find_doubled_with(input, lines, options, true)
}

fn find_doubled_with(input: &str, lines: &[Line], options: &Options, prefilter: bool) -> Vec<Edit> {
    if !options.repair_doubling || lines.is_empty() {
        return Vec::new();
    }
    // At least 2; at most far beyond any real line, so that the arithmetic
    // on it cannot overflow.
    let min_chars = options.min_doubled_chars.clamp(2, 1 << 12);
    Finder::new(input, lines, min_chars, prefilter).run()
}

/// Everything the repair stage removes: the extra copies of doubled text
/// ([`find_doubled`]) and stray marks alone on a line ([`find_noise`]),
/// sorted by position and not overlapping.
pub fn find_repairs(input: &str, lines: &[Line], options: &Options) -> Vec<Edit> {
    let doubled = find_doubled(input, lines, options);
    let noise = find_noise(input, lines, options);
    if noise.is_empty() {
        return doubled;
    }
    let mut all = doubled;
    all.extend(noise);
    all.sort_by_key(|e| (e.span.start, e.span.end));
    // A stray mark inside a doubled copy goes with the copy.
    let mut out: Vec<Edit> = Vec::with_capacity(all.len());
    for e in all {
        if out.last().is_none_or(|l| l.span.end <= e.span.start) {
            out.push(e);
        }
    }
    out
}

/// A non-blank line for [`Finder::block_copies`]: its index, its
/// paragraph (blank lines end one) and the page breaks up to it.
struct Nb {
    li: usize,
    para: usize,
    breaks: usize,
}

/// One intra-line finding: deletions `spans[spans]` on line `line`.
struct Finding {
    line: usize,
    strong: bool,
    spans: Range<usize>,
    why: Reason,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineShape {
    Exact,
    Partial,
    Label,
}

/// A line that repeats (part of) a neighbour.
struct LineCand {
    delete: usize,
    shape: LineShape,
    strong: bool,
}

#[derive(Default)]
struct Scratch {
    chars: Vec<char>,
    offs: Vec<u32>,
    c2: Vec<u8>,
    c4: Vec<u8>,
    runs: Vec<Run>,
    seen: Vec<char>,
    copies: Vec<Square>,
    /// Where each of those lines starts in `chars`.
    starts: Vec<usize>,
}

#[derive(Clone, Copy)]
struct Run {
    start: usize,
    clen: usize,
    count: usize,
    ws: bool,
    c: char,
}

/// The doubling search over one page: its lines, what it has found so far
/// and the scratch buffers it reuses from line to line.
struct Finder<'a> {
    input: &'a str,
    lines: &'a [Line],
    min_chars: usize,
    /// Skip the lines the pre-filters rule out (off only in tests, which
    /// check that the result is the same).
    prefilter: bool,
    spans: Vec<Range<usize>>,
    findings: Vec<Finding>,
    /// Runs printed twice inside lines (or across their breaks) found by
    /// the inline pass.
    inline_runs: usize,
    /// Whole lines of [`CHAR_LINE_LETTERS`] different characters or more,
    /// each printed twice or four times, too few to be evidence alone
    /// (`房房屋屋出出租租`).
    char_lines: usize,
    /// Those of them with [`WIDE_CHAR_LINE_LETTERS`] different characters
    /// or more.
    wide_char_lines: usize,
    /// The last line found to be one phrase said twice with a space
    /// between (`Dijkversterking bij Klaaswolde Dijkversterking bij
    /// Klaaswolde`), too weak to be evidence alone.
    last_phrase_line: Option<usize>,
    /// Lines of that kind right under another: a headline of two lines
    /// each printed twice (`loopt jaar vertraging op loopt jaar
    /// vertraging op` under the line above), which prose does not say.
    /// Phrases holding a sentence's mark are not counted: chants and
    /// refrains are quoted so (`Lock them up! Lock them up!`).
    phrase_pairs: usize,
    /// The first line with text.
    first_text: usize,
    scratch: Scratch,
}

impl<'a> Finder<'a> {
    /// A finder over `lines` of `input`, with nothing found yet.
    fn new(input: &'a str, lines: &'a [Line], min_chars: usize, prefilter: bool) -> Self {
        Finder {
            input,
            lines,
            min_chars,
            prefilter,
            spans: Vec::new(),
            findings: Vec::new(),
            inline_runs: 0,
            char_lines: 0,
            wide_char_lines: 0,
            last_phrase_line: None,
            phrase_pairs: 0,
            first_text: lines.iter().position(|l| !l.is_blank()).unwrap_or(0),
            scratch: Scratch::default(),
        }
    }

    fn run(&mut self) -> Vec<Edit> {
        // Intra-line findings. Most lines hold no doubling at all; two cheap
        // necessary conditions let them skip the full scans (see
        // [`may_be_power`] and [`PairScan`]).
        let mut pairs = PairScan::new(self.input);
        for li in 0..self.lines.len() {
            let line = &self.lines[li];
            if line.is_blank() {
                continue;
            }
            let (power, stretch, from) = if self.prefilter {
                let power = may_be_power(line.text(self.input));
                let stretch = pairs.stretch_possible(line.trimmed.clone());
                (power, stretch, pairs.first - line.trimmed.start)
            } else {
                (true, true, 0)
            };
            if power || stretch {
                self.scan_line(li, power, stretch, from);
            }
            if self.findings.last().is_none_or(|f| f.line != li) {
                // Both lead-ins printed twice have their copy start where
                // the line's first byte recurs: one search tells for both.
                let recurs = first_byte_recurs(line.text(self.input).as_bytes());
                // (A lead-in doubled chunk by chunk holds the other two
                // lead-ins' shapes: it goes first.)
                if recurs {
                    self.chunked_lead_in(li);
                }
                // (Below U+3000: no Unicode lookup for an ideograph.)
                if self.findings.last().is_none_or(|f| f.line != li)
                    && line.first < '\u{3000}'
                    && line.first.is_uppercase()
                {
                    self.glued_capitals(li);
                }
                if recurs && self.findings.last().is_none_or(|f| f.line != li) {
                    self.lead_in_copy(li);
                }
            }
        }
        // Headlines of two or three lines printed twice as one stream.
        self.groups_across();
        // Lead-ins whose copy a line break cuts, on a page that shows
        // doubling already (the search is too costly for every page).
        if !self.findings.is_empty() {
            let found: Vec<usize> = self.findings.iter().map(|f| f.line).collect();
            let mut found = AscendingLookup::new(&found);
            for li in 0..self.lines.len() {
                if !self.lines[li].is_blank() && !found.contains(li) {
                    self.lead_in_across(li);
                }
            }
        }
        // A run printed twice inside a line of other text (`…是前海港區擴建
        // 工程前海港區擴建工程，預計…`), on a page that shows doubling
        // already (its bold headline or lede printed twice), or on
        // [`INLINE_RUNS`] such runs at least.
        let shown = self.findings.iter().any(|f| f.strong) || self.line_printed_twice();
        let (findings, spans) = (self.findings.len(), self.spans.len());
        self.inline_pass(shown);
        if !shown && self.inline_runs < INLINE_RUNS {
            self.findings.truncate(findings);
            self.spans.truncate(spans);
        }
        let intra_strong = self.findings.iter().filter(|f| f.strong).count();

        // Passages emitted twice as a block of lines; their later copies
        // are out of the line-level comparisons below.
        let mut deleted = vec![false; self.lines.len()];
        let mut edits: Vec<Edit> = Vec::new();
        let blocks = self.block_copies(&mut deleted, &mut edits);

        // Line-level candidates.
        let cands = self.line_candidates(&deleted);
        let labels = cands.iter().filter(|c| c.shape == LineShape::Label).count();
        let exact_strong = cands
            .iter()
            .filter(|c| c.strong && c.shape == LineShape::Exact)
            .count();
        // Partial copies are common by chance in narrow columns of short
        // words; they count only beside repeated lines or doubled runs, or
        // as a series of leftover labels.
        // (So are [`CHAR_LINES`] whole lines printed character by
        // character, of four words or more: `分分類類廣廣告告` /
        // `房房屋屋出出租租` / `二二手手物物品品`; or two of six or more; or
        // two lines in a row each one phrase said twice.)
        let doubling_shown = blocks >= 1
            || intra_strong >= 1
            || self.char_lines >= CHAR_LINES
            || self.wide_char_lines >= WIDE_CHAR_LINES
            || exact_strong >= 2
            || self.phrase_pairs >= 1
            || self.heading_with_company(&cands)
            || self.heading_in_pairs(&cands);
        // A row of a table repeated once is data (two classes alike), unless
        // the page shows lines printed twice elsewhere.
        let lines_shown = blocks >= 1 || exact_strong >= 2;
        for c in &cands {
            let ok = (doubling_shown
                && (lines_shown || c.shape != LineShape::Exact || !self.row_among_rows(c.delete)))
                || (c.shape == LineShape::Label && labels >= 3);
            if ok && !deleted[c.delete] {
                deleted[c.delete] = true;
                let why = match c.shape {
                    LineShape::Exact => WHY_LINE,
                    LineShape::Partial | LineShape::Label => WHY_PARTIAL,
                };
                edits.push(Edit::delete(
                    self.lines[c.delete].trimmed.clone(),
                    RepairKind::DoubledCopy,
                    why,
                ));
            }
        }

        // Intra-line findings on the lines that stay.
        let any_strong = doubling_shown;
        for f in &self.findings {
            if deleted[f.line] || !(f.strong || any_strong) {
                continue;
            }
            for s in &self.spans[f.spans.clone()] {
                edits.push(Edit::delete(s.clone(), RepairKind::DoubledCopy, f.why));
            }
        }

        // Marks printed twice, alone, on a page that shows doubling.
        if any_strong {
            self.doubled_marks(&deleted, &mut edits);
        }

        // Words repeated across line breaks, in chains.
        self.overlap_chains(&deleted, &mut edits);

        edits.sort_by_key(|e| (e.span.start, e.span.end));
        let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
        for e in edits {
            if e.span.is_empty() {
                continue;
            }
            match out.last_mut() {
                Some(last) if e.span.start < last.span.end => {}
                Some(last) if e.span.start == last.span.end && last.reason == e.reason => {
                    last.span.end = e.span.end;
                }
                _ => out.push(e),
            }
        }
        out
    }

    /// Records a strong finding of runs printed twice on line `li`: the
    /// spans pushed from index `first` on.
    fn strong_runs(&mut self, li: usize, first: usize) {
        self.findings.push(Finding {
            line: li,
            strong: true,
            spans: first..self.spans.len(),
            why: WHY_RUNS,
        });
    }

    /// Looks for whole-line powers, then for per-character stretches; each
    /// only when the pre-filters left it possible. No character is doubled
    /// before byte `from` of the trimmed line.
    fn scan_line(&mut self, li: usize, power: bool, stretch: bool, from: usize) {
        let line = &self.lines[li];
        let text = &self.input[line.trimmed.clone()];
        let base = line.trimmed.start;
        if power && self.whole_line(li, text, base) {
            return;
        }
        if stretch {
            self.per_char(li, text, base, from);
        }
    }

    fn whole_line(&mut self, li: usize, text: &str, base: usize) -> bool {
        if text.len() > u32::MAX as usize {
            return false;
        }
        // White space is ignored: the copies of a Latin run are often
        // set apart by a space (`Margaret Margaret`) or lose one.
        let sc = &mut self.scratch;
        if !non_space_chars(text, &mut sc.chars, &mut sc.offs) || !edges_repeat_chars(&sc.chars) {
            return false;
        }
        let (k, choice) = match split_powers(&sc.chars, &mut sc.c2, &mut sc.c4) {
            Some(4) => (4, &sc.c4),
            Some(_) => (2, &sc.c2),
            None => return false,
        };
        let chars = &sc.chars;
        let bytes = text.as_bytes();
        let end_of = |j: usize| sc.offs[j] as usize + chars[j].len_utf8();
        let n = chars.len();
        let first = self.spans.len();
        let mut groups = 0usize;
        let cap = 2 * self.min_chars.max(2);
        sc.seen.clear();
        // The different letters, up to `cap`: ASCII ones in a bit set, the
        // others in `sc.seen` (as [`note_distinct`] counts them).
        let (mut ascii_seen, mut letters) = (0u128, 0usize);
        let mut marked = false;
        let mut loose = false;
        let mut prev: Option<(usize, usize)> = None;
        // Where the last copy of the previous unit ends.
        let mut prev_end = 0;
        let mut all_single = true;
        let mut particle = false;
        let mut wide_gap = false;
        let mut i = 0;
        while i < n {
            let p = choice[i] as usize;
            if p == 0 || p == WS as usize {
                break; // unreachable: the line has no white space left
            }
            all_single &= p == 1;
            particle |= p == 1 && NEVER_REDUPLICATED.contains(&chars[i]);
            // A gap of white space printed k times keeps one copy (it
            // holds at least k bytes then: most gaps are empty).
            let (g0, g1) = (prev_end, sc.offs[i] as usize);
            if prev.is_some() && g1 >= g0 + k {
                let gap = &text[g0..g1];
                let m = gap.chars().count();
                if m % k == 0 {
                    // An ideographic space is a full-width character cell,
                    // printed k times like the glyphs around it.
                    wide_gap |= gap.chars().all(|c| c == IDEOGRAPHIC_SPACE);
                    let keep: usize = gap.chars().take(m / k).map(char::len_utf8).sum();
                    push_span(&mut self.spans, base + g0 + keep..base + g1);
                }
            }
            let same = prev.is_some_and(|(pi, pp)| {
                pp == p && chars[pi] == chars[i] && chars[pi..pi + p] == chars[i..i + p]
            });
            if !same {
                groups += 1;
                marked |= p >= 3;
                for &c in &chars[i..i + p] {
                    marked |= !is_word_char(c);
                    if letters < cap {
                        let new = if c.is_ascii() {
                            let bit = 1u128 << (c as u32);
                            let new = ascii_seen & bit == 0;
                            ascii_seen |= bit;
                            new
                        } else {
                            let new = !sc.seen.contains(&c);
                            if new {
                                sc.seen.push(c);
                            }
                            new
                        };
                        letters += usize::from(new);
                    }
                }
            }
            prev = Some((i, p));
            // The white space between the copies goes with the copy, unless
            // it holds a page break.
            let (b0, b1) = (end_of(i + p - 1), sc.offs[i + p] as usize);
            let from = if b1 > b0 {
                loose = true;
                if bytes[b0..b1].contains(&b'\x0c') {
                    b1
                } else {
                    b0
                }
            } else {
                b0
            };
            prev_end = end_of(i + k * p - 1);
            push_span(&mut self.spans, base + from..base + prev_end);
            i += k * p;
        }
        // Four copies of each unit are twice the evidence of two.
        let distinct = letters + usize::from(wide_gap);
        let need = if marked {
            self.min_chars
        } else {
            2 * self.min_chars
        };
        // Every character printed k times, more different ones than any
        // chain of reduplicated words holds (see [`LONGEST_REDUPLICATION`]),
        // or a particle among them, which no chain holds (`ままちちのの話話
        // 題題`).
        // (Nor does a script with case reduplicate its letters: a word
        // whose every letter is printed twice, `FFAAKKTTAA`, is a copy.)
        let cased = groups >= CASED_LINE_GROUPS
            && letters >= 3
            && chars
                .iter()
                .all(|&c| c.is_alphabetic() && (c.is_uppercase() || c.is_lowercase()));
        let no_chain = all_single
            && (letters > LONGEST_REDUPLICATION.max(self.min_chars - 1)
                || (particle && letters >= PARTICLE_LINE_CHARS)
                || cased);
        // One phrase said twice with a space between is prose
        // ("1988 committee 1988 committee"); glued copies are not, nor
        // four copies of a phrase filling the line (`PIER PANIC PIER PANIC
        // PIER PANIC PIER PANIC`, as pdfplumber joins a headline printed
        // four times; a chant has its marks, `Out! Out! Out! Out!`, or runs
        // on in lowercase inside a sentence, `no more cuts no more cuts …`).
        let mark = |c: &char| matches!(c, '.' | '!' | '?' | '。' | '！' | '？');
        let four_copies = k == 4 && !chars[0].is_lowercase() && !chars.iter().any(mark);
        let strong = (groups >= 2 || !loose || four_copies)
            && (distinct >= need || (groups >= 2 && distinct * k / 2 >= need) || no_chain);
        // A line that is one phrase said twice (`By Mara Quigley By Mara
        // Quigley`) goes where the page shows doubling elsewhere.
        // (A CJK title is shorter: `严正声明严正声明`.)
        let fewest = if chars.iter().all(|&c| script::is_cjk(c)) {
            CJK_TITLE_PRINTED_TWICE.min(self.min_chars)
        } else {
            self.min_chars
        };
        let weak = (groups >= 2 && distinct >= 2) || (groups == 1 && distinct >= fewest);
        if !(strong || weak) {
            self.spans.truncate(first);
            return false;
        }
        // (A phrase with a sentence's mark is a chant or a refrain quoted
        // line by line, `Lock them up! Lock them up!`: no headline.)
        if !strong && loose && groups == 1 && !chars.iter().any(mark) {
            self.phrase_pairs += usize::from(self.last_phrase_line.is_some_and(|p| p + 1 == li));
            self.last_phrase_line = Some(li);
        }
        self.char_lines += usize::from(!strong && all_single && letters >= CHAR_LINE_LETTERS);
        self.wide_char_lines +=
            usize::from(!strong && all_single && letters >= WIDE_CHAR_LINE_LETTERS);
        self.findings.push(Finding {
            line: li,
            strong,
            spans: first..self.spans.len(),
            why: if all_single { WHY_CHARS } else { WHY_RUNS },
        });
        true
    }

    /// Per-character stretches in `text` (at byte `base` of the input).
    /// The scan starts at byte `from`, before which no character other than
    /// white space is doubled: there every character is a run of one, which
    /// only tells whether the line starts with a stretch.
    fn per_char(&mut self, li: usize, text: &str, base: usize, from: usize) {
        let mut runs = core::mem::take(&mut self.scratch.runs);
        runs.clear();
        let mut at_start = text[..from].chars().all(is_space);
        let mut cur = Run {
            start: base,
            clen: 0,
            count: 0,
            ws: false,
            c: '\0',
        };
        for (i, c) in text[from..].char_indices() {
            let i = from + i;
            if c == cur.c && cur.count > 0 {
                cur.count += 1;
                continue;
            }
            if cur.count > 1 || !runs.is_empty() {
                self.take_run(li, cur, &mut runs, &mut at_start);
            } else if cur.count == 1 && !cur.ws {
                // The common case: a lone character outside any stretch.
                at_start = false;
            }
            cur = Run {
                start: base + i,
                clen: c.len_utf8(),
                count: 1,
                ws: is_space(c),
                c,
            };
        }
        if cur.count > 0 {
            self.take_run(li, cur, &mut runs, &mut at_start);
        }
        self.flush(li, &mut runs, at_start);
        self.scratch.runs = runs;
    }

    /// Two neighbouring lines hold the same text, a line printed twice
    /// (a headline in fake bold), of at least [`LEAD_IN_CHARS`] different
    /// characters: the page shows doubling, as a strong finding inside a
    /// line does. Lengths are compared first: most pairs differ there.
    fn line_printed_twice(&self) -> bool {
        self.lines.windows(2).any(|w| {
            let (a, b) = (&w[0], &w[1]);
            if a.is_blank() || a.trimmed.len() != b.trimmed.len() {
                return false;
            }
            let text = a.text(self.input);
            if text != b.text(self.input) {
                return false;
            }
            let mut seen = Vec::new();
            text.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            seen.len() >= LEAD_IN_CHARS
        })
    }
}

/// Membership in a sorted list of line indices, asked of lines in
/// ascending order: a cursor walks the list once, where a binary search
/// for every line of the page cost a logarithm each.
struct AscendingLookup<'a> {
    sorted: &'a [usize],
    /// The first entry not below the last line asked about.
    at: usize,
}

impl<'a> AscendingLookup<'a> {
    fn new(sorted: &'a [usize]) -> Self {
        AscendingLookup { sorted, at: 0 }
    }

    /// Whether `li` is in the list; `li` is at least the line asked
    /// about before.
    fn contains(&mut self, li: usize) -> bool {
        debug_assert!(self.at == 0 || self.sorted[self.at - 1] < li);
        while self.sorted.get(self.at).is_some_and(|&x| x < li) {
            self.at += 1;
        }
        self.sorted.get(self.at) == Some(&li)
    }
}

/// Letters of scripts that reduplicate words (`高高興興`, `ときどき`): a
/// string of doubled ones alone is weak evidence.
fn is_word_char(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff        // kana
        | 0x3400..=0x4dbf      // CJK ext A
        | 0x4e00..=0x9fff      // unified ideographs
        | 0xac00..=0xd7af      // Hangul syllables
        | 0xf900..=0xfaff      // compatibility ideographs
        | 0x20000..=0x3134f) // ext B..G
}

/// Adds `c` to the small set `seen` unless it holds `cap` characters already.
fn note_distinct(seen: &mut Vec<char>, c: char, cap: usize) {
    if seen.len() < cap && !seen.contains(&c) {
        seen.push(c);
    }
}

fn push_span(spans: &mut Vec<Range<usize>>, s: Range<usize>) {
    if s.is_empty() {
        return;
    }
    if let Some(last) = spans.last_mut() {
        if last.end == s.start {
            last.end = s.end;
            return;
        }
    }
    spans.push(s);
}
