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
//! strong evidence of doubling elsewhere. A single adjacent pair is never
//! enough on its own, except a heading printed twice (a short line of
//! letters with no clause mark, standing apart from its neighbours, that
//! recurs nowhere else on the page) beside other doubling on other lines,
//! however weak. Every scan is linear: periods are bounded, lines
//! are compared with their neighbour only (or, for passages, with the
//! line at most 8 further on, by length and edge characters first), and
//! lines without a repeated bigram at both ends skip the whole-line search
//! at once.

use core::ops::Range;
use std::collections::HashMap;

use crate::lines::Line;
use crate::log::{Edit, Reason, RepairKind};
use crate::options::Options;
use crate::script::{self, ends_sentence, is_cjk, is_clause_mark, is_sentence_end, is_space};

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
const KICKER_CELLS: u32 = 20;
const IDEOGRAPHIC_SPACE: char = '\u{3000}';
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

/// Stray marks alone on a line inside running text: one or two characters
/// of scan or extraction noise (`|`, `.`, `—`, `'`) on a line between two
/// lines of words; and a stray mark (`~`, `|`, `·`, `` ` ``) ending a line
/// after a sentence's end, with the spaces before it. Returns deletions of
/// each such line's text, of kind
/// [`Noise`](crate::RepairKind::Noise); nothing when
/// [`Options::remove_noise`] is off.
///
/// ```
/// use newsprint::lines::LineIndices;
/// use newsprint::{repair, Options};
/// let page = "a fire broke out in the mill, which\n.\nfor some time threatened the town.\n";
/// let lines: Vec<_> = LineIndices::new(page).collect();
/// let noise = repair::find_noise(page, &lines, &Options::new());
/// assert_eq!(noise.len(), 1);
/// assert_eq!(&page[noise[0].span.clone()], ".");
/// ```
pub fn find_noise(input: &str, lines: &[Line], options: &Options) -> Vec<Edit> {
    let mut out = Vec::new();
    if !options.remove_noise {
        return out;
    }
    let words = |l: &Line| l.text(input).chars().any(char::is_alphanumeric);
    // The last line with text, unless a mark alone: whether it holds words
    // is asked only where a mark alone follows it (few lines; the test
    // looks each CJK character up).
    let mut prev: Option<&Line> = None;
    let mut candidate: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        if is_noise(line.text(input)) {
            candidate = prev.is_some_and(words).then_some(i);
            prev = None;
            continue;
        }
        if let Some(k) = candidate.take() {
            if words(line) {
                out.push(Edit::delete(
                    lines[k].trimmed.clone(),
                    RepairKind::Noise,
                    Reason::StrayMark,
                ));
            }
        }
        if let Some(mark) = trailing_mark(line.text(input)) {
            let end = line.trimmed.end;
            out.push(Edit::delete(
                end - mark..end,
                RepairKind::Noise,
                Reason::StrayMark,
            ));
        }
        prev = Some(line);
    }
    out
}

/// Byte length of a stray mark (`~`, `|`, `·`, `` ` ``) at the end of a
/// line after a sentence's end, with the spaces before it (`…citoyen-` /
/// `neté.    ~`, `…從重量刑。·`): scan noise, as a mark alone on a line is.
/// A line opening with a bar is a table's row, whose bars are rules.
///
/// Most lines end in none of the marks' last bytes (`·` is C2 B7), which
/// one byte tells; `trailing_mark_plain` decides the rest (a property
/// test checks that the byte never rules out a mark).
fn trailing_mark(text: &str) -> Option<usize> {
    if !matches!(text.as_bytes().last(), Some(b'~' | b'|' | b'`' | 0xb7)) {
        return None;
    }
    trailing_mark_plain(text)
}

fn trailing_mark_plain(text: &str) -> Option<usize> {
    let mark = text.chars().next_back()?;
    if !matches!(mark, '~' | '|' | '·' | '`') || text.starts_with(['|', '｜']) {
        return None;
    }
    let before = text[..text.len() - mark.len_utf8()].trim_end_matches(is_space);
    crate::script::ends_sentence(before).then(|| text.len() - before.len())
}

/// One or two marks that are no text: a stray bar, dot, dash or quote.
///
/// Most lines open with a letter or a digit, no mark, which one byte
/// tells; `is_noise_plain` decides the rest (a property test checks that
/// the byte never rules out noise).
fn is_noise(text: &str) -> bool {
    !text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        && is_noise_plain(text)
}

fn is_noise_plain(text: &str) -> bool {
    let mut n = 0;
    for c in text.chars().filter(|c| !is_space(*c)) {
        n += 1;
        if n > 2
            || !matches!(
                c,
                '|' | '¦'
                    | '.'
                    | ','
                    | '\''
                    | '`'
                    | '~'
                    | '_'
                    | '—'
                    | '–'
                    | '·'
                    | '^'
                    | '°'
                    | '‘'
                    | '’'
                    | '«'
                    | '»'
                    | '/'
                    | '\\'
                    | '・'
                    | '･'
                    | '、'
                    | '。'
                    | '，'
                    | '．'
                    | '｜'
            )
        {
            return false;
        }
    }
    n > 0
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
        let doubling_shown = blocks >= 1
            || intra_strong >= 1
            || exact_strong >= 2
            || self.heading_with_company(&cands);
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
        // ("1988 committee 1988 committee"); glued copies are not.
        let strong = (groups >= 2 || !loose)
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

    /// Runs [`Finder::inline_squares`] on each line with text that no
    /// finding covers yet: every line where the page has `shown` doubling
    /// already, otherwise the lines with CJK text only (where two runs
    /// printed twice are evidence enough, see [`INLINE_RUNS`]; cheap, as
    /// those lines are few bytes a character). Lines of CJK text that run
    /// on into each other are searched as one text instead (see
    /// [`Finder::run_squares`]).
    fn inline_pass(&mut self, shown: bool) {
        let mut scanned: Vec<usize> = self.findings.iter().map(|f| f.line).collect();
        scanned.sort_unstable();
        scanned.dedup();
        let mut scanned = AscendingLookup::new(&scanned);
        let mut scanned = |l: usize| scanned.contains(l);
        let n = self.lines.len();
        let mut li = 0;
        while li < n {
            let line = &self.lines[li];
            if line.is_blank() || scanned(li) {
                li += 1;
                continue;
            }
            let (mut end, mut bytes) = (li + 1, line.trimmed.len());
            while end < n
                && bytes < RUN_BYTES
                && runs_on_cjk(&self.lines[end - 1], &self.lines[end])
                && !scanned(end)
            {
                bytes += self.lines[end].trimmed.len();
                end += 1;
            }
            if end - li >= 2 {
                self.run_squares(li..end);
            } else if shown || line.text(self.input).bytes().max() >= Some(0xe3) {
                self.inline_squares(li);
            }
            li = end;
        }
    }

    /// [`Finder::inline_squares`] over the lines `run` of CJK text read as
    /// one, so that a run printed twice across a line break is found too
    /// (`…前海作為粵港澳大灣` / `區前海作為粵港澳大灣區的…`). The later
    /// copies are recorded line by line; copies that are whole lines are
    /// left to the comparison of lines.
    fn run_squares(&mut self, run: Range<usize>) {
        let min = self.min_chars.max(2);
        let sc = &mut self.scratch;
        sc.chars.clear();
        // The first character of each line of the run, and the end.
        let mut starts = core::mem::take(&mut sc.starts);
        starts.clear();
        for line in &self.lines[run.clone()] {
            starts.push(sc.chars.len());
            push_chars(&mut sc.chars, line.text(self.input));
        }
        starts.push(sc.chars.len());
        let mut copies = core::mem::take(&mut sc.copies);
        copies.clear();
        square_copies(&sc.chars, min, is_space, &mut copies);
        chunks_at_marks(&sc.chars, &mut copies);
        // The index in `run` of the line holding character `x`.
        let line_of = |x: usize| starts.partition_point(|&s| s <= x) - 1;
        // The last byte offset found: the line (in `run`), its character
        // and its byte.
        let mut cursor = (usize::MAX, 0, 0);
        for sq in &copies {
            let whole = sq.whole();
            let (first, last) = (line_of(whole.start), line_of(whole.end - 1));
            let chars = &self.scratch.chars;
            // Two equal lines in the repeated text, or copies that are
            // whole lines: the comparisons of lines and of passages decide
            // (they keep a table's row repeated once, a short refrain).
            let equal_lines = (first + 1..=last).any(|k| {
                let (a, b) = (starts[k - 1]..starts[k], starts[k]..starts[k + 1]);
                a.len() == b.len() && chars[a] == chars[b]
            });
            let whole_lines = (0..=sq.count)
                .all(|m| starts.binary_search(&(whole.start + m * sq.period)).is_ok());
            if equal_lines || (first < last && whole_lines) {
                continue;
            }
            // Any stretch as long as the later copies is a copy; the one
            // taken touches every line the copies touch, where one does,
            // so that all of them show the bold print, and starts as late
            // as it can, so that the first line keeps the most text.
            let drop = sq.period * (sq.count - 1);
            let from = (starts[last] + 1).saturating_sub(whole.start + drop);
            let to = (starts[first + 1] - whole.start - 1).min(sq.period);
            let t = if first < last && from <= to {
                to
            } else {
                sq.period
            };
            // A mark printed twice right after the copies (`…突出，，`) is
            // the print's evidence too.
            let marked = chars
                .get(whole.end..whole.end + 2)
                .is_some_and(|m| m[0] == m[1] && matches!(m[0], '，' | '。' | '、' | '；' | '：'));
            self.inline_runs += 1 + usize::from(marked);
            let mut cut = whole.start + t..whole.start + t + drop;
            while !cut.is_empty() {
                let k = line_of(cut.start);
                let piece = cut.start..cut.end.min(starts[k + 1]);
                // Byte offsets, read on from the last one asked for: the
                // pieces come in order, so the run's characters are summed
                // once over.
                let mut byte = |x: usize| -> usize {
                    if cursor.0 != k || cursor.1 > x {
                        cursor = (k, starts[k], self.lines[run.start + k].trimmed.start);
                    }
                    cursor.2 += chars[cursor.1..x]
                        .iter()
                        .map(|c| c.len_utf8())
                        .sum::<usize>();
                    cursor.1 = x;
                    cursor.2
                };
                let span = byte(piece.start)..byte(piece.end);
                let spans_from = self.spans.len();
                push_span(&mut self.spans, span);
                self.findings.push(Finding {
                    line: run.start + k,
                    strong: true,
                    spans: spans_from..self.spans.len(),
                    why: if first == last {
                        WHY_RUNS
                    } else {
                        Reason::RunAcrossBreak
                    },
                });
                cut.start = piece.end;
            }
        }
        self.scratch.copies = copies;
        self.scratch.starts = starts;
    }

    /// Pushes deletions of the extra copies of CJK punctuation printed
    /// twice or more (`，，`, `。。`), on the lines that stay: marks that
    /// never repeat in running text, unlike `……`, `——` or `！！`.
    ///
    /// One search of the page for the marks' lead bytes, not one a line
    /// (most CJK lines hold a few marks, and no mark doubled);
    /// `doubled_marks_reference` is the search line by line; a property
    /// test checks that both agree.
    fn doubled_marks(&self, deleted: &[bool], edits: &mut Vec<Edit>) {
        let page = self.input.as_bytes();
        // The line holding the byte looked at (the lines cover the page).
        let mut li = 0;
        for q in memchr::memchr2_iter(0xe3, 0xef, page) {
            let Some(pair) = page.get(q..q + 6) else {
                break;
            };
            let (mark, next) = pair.split_at(3);
            if mark != next || !DOUBLED_MARKS.iter().any(|m| m.as_bytes() == mark) {
                continue;
            }
            while self.lines.get(li).is_some_and(|l| l.next <= q) {
                li += 1;
            }
            let Some(line) = self.lines.get(li) else {
                break;
            };
            if !deleted[li] && line.trimmed.start <= q && q + 6 <= line.trimmed.end {
                let at = q + 3;
                edits.push(Edit::delete(at..at + 3, RepairKind::DoubledCopy, WHY_CHARS));
            }
        }
    }

    /// [`Finder::doubled_marks`] line by line, as first written.
    #[cfg(test)]
    fn doubled_marks_reference(&self, deleted: &[bool], edits: &mut Vec<Edit>) {
        for (li, line) in self.lines.iter().enumerate() {
            let b = line.text(self.input).as_bytes();
            if deleted[li] {
                continue;
            }
            // The marks are three bytes each, led by 0xe3 or 0xef.
            for i in memchr::memchr2_iter(0xe3, 0xef, b) {
                let (Some(mark), Some(next)) = (b.get(i..i + 3), b.get(i + 3..i + 6)) else {
                    continue;
                };
                if mark == next && DOUBLED_MARKS.iter().any(|m| m.as_bytes() == mark) {
                    let at = line.trimmed.start + i + 3;
                    edits.push(Edit::delete(at..at + 3, RepairKind::DoubledCopy, WHY_CHARS));
                }
            }
        }
    }

    /// Finds adjacent copies `u u` (or more) inside line `li`, `u` holding
    /// at least [`Finder::min_chars`] distinct characters (white space
    /// aside) and at most [`MAX_PERIOD`] characters; records the later
    /// copies.
    ///
    /// A copy repeats every pair of characters of `u` at the distance of
    /// `u`'s length: each pair is looked up in a small table of where it
    /// was last seen, and a pair seen again at a distance that could be a
    /// period is checked by extending the stretch of equal characters at
    /// that distance. The checks have a budget proportional to the line,
    /// so the cost stays linear whatever the line holds.
    fn inline_squares(&mut self, li: usize) {
        let line = &self.lines[li];
        let (text, base) = (line.text(self.input), line.trimmed.start);
        let min = self.min_chars.max(2);
        if text.len() < 2 * min {
            return;
        }
        let first_span = self.spans.len();
        let mut copies = core::mem::take(&mut self.scratch.copies);
        copies.clear();
        if text.is_ascii() {
            // A byte a character: no decoding.
            square_copies(
                text.as_bytes(),
                min,
                |b| matches!(b, b' ' | b'\t'..=b'\r'),
                &mut copies,
            );
            for c in copies.iter().map(Square::later) {
                push_span(&mut self.spans, base + c.start..base + c.end);
            }
        } else {
            let sc = &mut self.scratch;
            sc.chars.clear();
            push_chars(&mut sc.chars, text);
            square_copies(&sc.chars, min, is_space, &mut copies);
            // (Chunks are printed so in CJK text, whose lead bytes are E3
            // and above: one pass tells Latin lines with accents apart.)
            if text.bytes().any(|b| b >= 0xe3) {
                chunks_at_marks(&sc.chars, &mut copies);
            }
            // The characters' byte offsets, only for the few lines with
            // copies.
            sc.offs.clear();
            if !copies.is_empty() {
                sc.offs.extend(text.char_indices().map(|(i, _)| i as u32));
            }
            let byte = |y: usize| base + sc.offs.get(y).map_or(text.len(), |&o| o as usize);
            for c in copies.iter().map(Square::later) {
                push_span(&mut self.spans, byte(c.start)..byte(c.end));
            }
        }
        self.inline_runs += copies.len();
        self.scratch.copies = copies;
        if self.spans.len() > first_span {
            self.strong_runs(li, first_span);
        }
    }

    fn take_run(&mut self, li: usize, r: Run, runs: &mut Vec<Run>, at_start: &mut bool) {
        if r.count == 1 && runs.is_empty() {
            *at_start &= r.ws;
            return;
        }
        if r.ws {
            if !runs.is_empty() {
                runs.push(r);
            }
        } else if r.count % 2 == 0 && r.count <= 16 {
            runs.push(r);
            if runs.len() >= MAX_STRETCH_RUNS {
                self.flush(li, runs, *at_start);
                *at_start = false;
            }
        } else {
            self.flush(li, runs, *at_start);
            *at_start = false;
        }
    }

    /// Decides the stretch of even runs in `runs` and clears it.
    fn flush(&mut self, li: usize, runs: &mut Vec<Run>, at_start: bool) {
        while runs.last().is_some_and(|r| r.ws) {
            runs.pop();
        }
        // A stretch that opens inside a Latin word printed once (`ee` of
        // `a fee ffoorr`) starts after that word: a word's doubled last
        // letters are its spelling.
        let latin = |c: char| c.is_alphabetic() && !script::is_cjk(c);
        if runs.first().is_some_and(|r| latin(r.c))
            && self.input[..runs[0].start]
                .chars()
                .next_back()
                .is_some_and(latin)
        {
            let word = runs.iter().position(|r| r.ws).map_or(runs.len(), |k| k + 1);
            runs.drain(..word);
        }
        let seen = &mut self.scratch.seen;
        seen.clear();
        let mut marked = false;
        for (j, r) in runs.iter().enumerate() {
            // White space between doubled runs, or a doubled mark, digit or
            // Latin letter: not a reduplicated word.
            marked |= if r.ws { j > 0 } else { !is_word_char(r.c) };
            if !r.ws {
                note_distinct(seen, r.c, 2 * self.min_chars.max(2));
            }
        }
        let real = seen.len();
        if real >= 2 {
            let k = if runs.iter().all(|r| r.ws || r.count % 4 == 0) {
                4
            } else {
                2
            };
            let need = if marked {
                self.min_chars
            } else {
                2 * self.min_chars
            };
            let strong = real * k / 2 >= need;
            let weak = (at_start && runs.last().is_some_and(|r| !r.c.is_alphanumeric()))
                || self.whole_word(runs);
            if strong || weak {
                let first = self.spans.len();
                for r in runs.iter() {
                    if r.count % k == 0 {
                        let keep = r.count / k;
                        push_span(
                            &mut self.spans,
                            r.start + keep * r.clen..r.start + r.count * r.clen,
                        );
                    }
                }
                self.findings.push(Finding {
                    line: li,
                    strong,
                    spans: first..self.spans.len(),
                    why: WHY_CHARS,
                });
            }
        }
        runs.clear();
    }

    /// Words in capitals opening line `li`, printed twice with nothing
    /// between the copies (`FREIBURGFREIBURG.`, a bold dateline;
    /// `ISLAND COMMUNITIESISLAND COMMUNITIES on the west`, a bold lead-in):
    /// each copy at least [`GLUED_LETTERS`] letters, four of them
    /// different (so that `WALLAWALLA` is no copy), and the second ending
    /// a word. Strong on its own: capitals glued to a copy of themselves
    /// are no word.
    fn glued_capitals(&mut self, li: usize) {
        let line = &self.lines[li];
        let text = line.text(self.input);
        let caps = text
            .find(|c: char| !c.is_uppercase() && c != ' ')
            .map_or(text, |end| &text[..end]);
        let bytes = caps.as_bytes();
        // The copy starts where the first letter recurs right after a
        // capital, at most [`MAX_PERIOD`] characters in.
        let limit = (bytes.len() / 2).min(4 * MAX_PERIOD);
        for end in memchr::memchr_iter(bytes[0], &bytes[1..=limit]).map(|i| i + 1) {
            if !caps.is_char_boundary(end) {
                continue;
            }
            let run = &caps[..end];
            if !run.ends_with(|c: char| c.is_uppercase())
                || !caps[end..].starts_with(run)
                || text[2 * end..].starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            let mut seen = Vec::new();
            run.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, 4));
            if seen.len() < 4 || run.chars().filter(|c| !is_space(*c)).count() < GLUED_LETTERS {
                continue;
            }
            let at = line.trimmed.start + end;
            let first = self.spans.len();
            push_span(&mut self.spans, at..at + end);
            self.strong_runs(li, first);
            return;
        }
    }

    /// A bold lead-in printed twice at the start of line `li`, the copies
    /// glued: `一、托育量能要跟上。一、托育量能要跟上。許多…`, `El truco de
    /// Marisa:El truco de Marisa: si…`, whose run ends in a stop or a
    /// colon, `【沙田訊】【沙田訊】沙田昨日…`, whose run opens with a tag in
    /// brackets, or
    /// `判決書指出判決書指出，，陳男…`, whose punctuation after it is printed
    /// twice too. The run holds at least [`LEAD_IN_CHARS`] different
    /// characters and at most [`MAX_PERIOD`]. Strong on its own: text does
    /// not glue a phrase to itself.
    fn lead_in_copy(&mut self, li: usize) {
        let line = &self.lines[li];
        let text = line.text(self.input);
        let bytes = text.as_bytes();
        let Some(&lead) = bytes.first() else {
            return;
        };
        // The second copy starts where the line's first byte recurs; the
        // run is at most half of the line and of the bytes of
        // [`MAX_PERIOD`] characters.
        let limit = (bytes.len() / 2).min(4 * MAX_PERIOD);
        for end in memchr::memchr_iter(lead, &bytes[1..=limit]).map(|i| i + 1) {
            let unit = &bytes[..end];
            // The copy's last byte first: most places fail there, without
            // a call to compare the rest.
            if bytes.get(2 * end - 1) != Some(&bytes[end - 1])
                || !bytes[end..].starts_with(unit)
                || !text.is_char_boundary(end)
            {
                continue;
            }
            let run = &text[..end];
            let last = run.chars().next_back().unwrap_or(' ');
            let mark = |c: char| !c.is_alphanumeric() && !is_space(c);
            let after = &text[2 * end..];
            let doubled_mark = after
                .chars()
                .next()
                .is_some_and(|m| mark(m) && after[m.len_utf8()..].starts_with(m));
            let mut seen = Vec::new();
            run.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            // A refrain repeats a clause (`雨來了，雨來了，`, `Tora! Tora!`);
            // a lead-in ends in a stop or a colon (or, glued in Latin
            // text, which spaces its sentences, a question).
            let lead_in_end = matches!(last, '。' | '：' | ':' | '.' | '?');
            // So does one that opens with a tag in brackets, the place and
            // paper of a dateline (`【沙田訊】`, `（怡保讯）启华华小`).
            let tag = run.starts_with(['（', '【', '〔', '［', '(', '['])
                && run.contains(['）', '】', '〕', '］', ')', ']']);
            // In CJK text, words said twice are short (`研究研究`, `恭喜發財
            // 恭喜發財`: four different characters at most); a longer run of
            // ideographs or kana glued to itself is a copy (`視后周嘉欣視后
            // 周嘉欣主演`).
            // (Said twice on purpose, a phrase ends with the second
            // copy: `我愛你中國我愛你中國，`; a copy runs on into the text.)
            let ideographs = run.chars().all(|c| script::is_cjk(c) && c.is_alphabetic())
                && after.starts_with(|c: char| script::is_cjk(c) && c.is_alphabetic());
            // Behind a colon or comma printed twice, a shorter run is a
            // copy too (`地铁出行地铁出行：：`): text never doubles those.
            let doubled_colon =
                doubled_mark && after.starts_with(['：', ':', '，', ',', '、', '；']);
            let need = if doubled_colon {
                DOUBLED_MARK_CHARS
            } else {
                LEAD_IN_CHARS
            };
            if (lead_in_end || doubled_mark || tag || ideographs)
                && seen.len() >= need
                && run.chars().count() <= MAX_PERIOD
            {
                let at = line.trimmed.start + end;
                let first = self.spans.len();
                push_span(&mut self.spans, at..at + end);
                // The mark after it printed twice goes too (`Em setembro,,`).
                if doubled_mark {
                    let m = after.chars().next().map_or(0, char::len_utf8);
                    let from = at + end + m;
                    push_span(&mut self.spans, from..from + m);
                }
                self.strong_runs(li, first);
                return;
            }
        }
    }

    /// A bold lead-in printed twice chunk by chunk at the start of line
    /// `li`, each chunk glued to its copy and the punctuation in it printed
    /// twice too, before text printed once:
    /// `记者昨日记者昨日从广州从广州地铁获悉地铁获悉：：地铁二十五号线…`,
    /// `NAKURUNAKURU,, TuesdayTuesday –– Hundreds…` (a space printed once
    /// between chunks, an en dash printed twice among them). The
    /// chunks (each the shortest that is glued to its copy, at most
    /// [`MAX_PERIOD`] characters) are at least two, hold at least
    /// [`LEAD_IN_CHARS`] different characters, and one of them is a comma,
    /// colon, semicolon or stop printed twice (`，，`, `、、`, `：：`, `,,`,
    /// `..`): text says words twice (`天天`,
    /// `研究研究`), never its punctuation. Strong on its own.
    ///
    /// The first chunk's copy starts where the line's first byte recurs:
    /// asked only where it does (see [`first_byte_recurs`]).
    fn chunked_lead_in(&mut self, li: usize) {
        let line = &self.lines[li];
        let text = line.text(self.input);
        let bytes = text.as_bytes();
        // A mark printed twice must follow within the chunks' reach.
        if !holds_doubled_mark(&bytes[..bytes.len().min(8 * MAX_PERIOD)]) {
            return;
        }
        let first = self.spans.len();
        let (mut pos, mut chunks, mut marks) = (0, 0, 0);
        let mut seen = Vec::new();
        loop {
            // A space printed once may part the chunks of Latin text
            // (`NAKURUNAKURU,, TuesdayTuesday ––`).
            let spaced = pos > 0 && text[pos..].starts_with(' ');
            let Some(unit) = glued_unit(&text[pos + usize::from(spaced)..]) else {
                break;
            };
            pos += usize::from(spaced);
            let run = &text[pos..pos + unit];
            let mut chars = run.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                // A mark printed twice; an en dash goes with the chunks.
                match c {
                    '，' | '、' | '：' | '；' | '。' | ',' | ':' | ';' | '.' => marks += 1,
                    '–' => {}
                    _ => break,
                }
            } else {
                chunks += 1;
                run.chars()
                    .filter(|c| !is_space(*c))
                    .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            }
            let at = line.trimmed.start + pos + unit;
            push_span(&mut self.spans, at..at + unit);
            pos += 2 * unit;
        }
        if chunks < 2 || marks == 0 || seen.len() < LEAD_IN_CHARS {
            self.spans.truncate(first);
            return;
        }
        self.strong_runs(li, first);
    }

    /// A lead-in printed twice at the start of line `li` whose second copy
    /// the line break cuts (`O que mudou com a estrela?O que mudou com` /
    /// `a estrela? A…`): the line's text after the first copy is the
    /// start of it, the next line opens with the rest. Both parts of the
    /// second copy are recorded ([`Reason::RunAcrossBreak`]). Asked only
    /// on a page with other doubling.
    fn lead_in_across(&mut self, li: usize) {
        let Some(next) = self
            .lines
            .get(li + 1)
            .filter(|n| !n.is_blank() && !n.page_break)
        else {
            return;
        };
        let line = &self.lines[li];
        let text = line.text(self.input);
        let bytes = text.as_bytes();
        if bytes.is_empty() {
            return;
        }
        let following = next.text(self.input);
        for end in glued_ends(bytes) {
            // `end` is a boundary: the byte there is the line's first.
            let (unit, part) = (&text[..end], &bytes[end..]);
            if part.len() >= end || !unit.as_bytes().starts_with(part) {
                continue;
            }
            let rest = unit[part.len()..].trim_start();
            let ends = unit.ends_with(['。', '：', ':', '.', '?']);
            let mut seen = Vec::new();
            unit.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            let part_chars = text[end..].chars().filter(|c| !is_space(*c)).count();
            if !ends
                || rest.is_empty()
                || seen.len() < LEAD_IN_CHARS
                || part_chars < LEAD_IN_CHARS
                || !following.starts_with(rest)
            {
                continue;
            }
            let first = self.spans.len();
            push_span(&mut self.spans, line.trimmed.start + end..line.trimmed.end);
            let from = next.trimmed.start;
            let spaces = following[rest.len()..].len() - following[rest.len()..].trim_start().len();
            self.findings.push(Finding {
                line: li,
                strong: true,
                spans: first..self.spans.len(),
                why: Reason::RunAcrossBreak,
            });
            let first = self.spans.len();
            push_span(&mut self.spans, from..from + rest.len() + spaces);
            self.findings.push(Finding {
                line: li + 1,
                strong: true,
                spans: first..self.spans.len(),
                why: Reason::RunAcrossBreak,
            });
            return;
        }
    }

    /// Whether the stretch `runs` is a whole Latin word of at least three
    /// letters, each printed alike (`mmaayyoorr`): letters only, no other
    /// letter or digit on either side. Words double a letter or two in
    /// places (`bookkeeper`), never every one.
    fn whole_word(&self, runs: &[Run]) -> bool {
        let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
            return false;
        };
        let end = last.start + last.count * last.clen;
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        runs.len() >= 3
            && runs
                .iter()
                .all(|r| r.c.is_alphabetic() && !is_word_char(r.c))
            && !alnum(self.input[..first.start].chars().next_back())
            && !alnum(self.input[end..].chars().next())
    }

    /// Passages emitted twice as a block: a run of `k` (2 to
    /// [`MAX_BLOCK_LINES`]) consecutive non-blank lines followed, blank
    /// lines aside, by the same `k` lines again (2 to 4 copies in all, as
    /// fake bold prints). Marks the lines of the later copies in `deleted`,
    /// pushes their deletions and returns how many passages it found.
    ///
    /// Guards against text that repeats for its own reasons: no page break
    /// after the first line of the first copy (a running header or footer
    /// recurs across pages); no line of the passage elsewhere on the page (a
    /// refrain recurs); no pattern (the lines before or after the copies do
    /// not continue the period, the passage is no shorter passage repeated,
    /// five or more copies are a pattern); and enough text
    /// ([`Finder::block_is_text`]), so that a pair of table rows or labels is
    /// no passage.
    ///
    /// Linear: a passage is only tried where line `i` equals line `i + k`,
    /// lines compared by length and edge characters first, `k` bounded.
    fn block_copies(&self, deleted: &mut [bool], edits: &mut Vec<Edit>) -> usize {
        if self.prefilter && !self.may_hold_block() {
            return 0;
        }
        let mut nb: Vec<Nb> = Vec::new();
        let (mut para, mut breaks, mut gap) = (0usize, 0usize, false);
        for (li, line) in self.lines.iter().enumerate() {
            breaks += usize::from(line.page_break);
            if line.is_blank() {
                gap = true;
                continue;
            }
            if gap && !nb.is_empty() {
                para += 1;
            }
            gap = false;
            nb.push(Nb { li, para, breaks });
        }
        let mut counts: Option<HashMap<&str, usize>> = None;
        let mut found = 0;
        let mut p = 0;
        while p + 4 <= nb.len() {
            // Inside a run of equal lines (the line-level rule's) no
            // passage starts: a shortcut through long runs.
            let equal_run = self.same(&nb, p, p + 1) && self.same(&nb, p, p + 2);
            let Some((k, m)) = (!equal_run).then(|| self.block_at(&nb, p)).flatten() else {
                p += 1;
                continue;
            };
            let end = p + m * k;
            let counts = counts.get_or_insert_with(|| {
                let mut map = HashMap::new();
                for l in self.lines.iter().filter(|l| !l.is_blank()) {
                    *map.entry(l.text(self.input)).or_insert(0) += 1;
                }
                map
            });
            let recurs = (p..p + k).any(|a| {
                let inside = (p..p + k).filter(|&b| self.same(&nb, a, b)).count() * m;
                counts
                    .get(self.lines[nb[a].li].text(self.input))
                    .is_some_and(|&n| n > inside)
            });
            if nb[end - 1].breaks != nb[p].breaks || recurs || !self.block_is_text(&nb, p, k) {
                p += 1;
                continue;
            }
            for q in &nb[p + k..end] {
                deleted[q.li] = true;
                edits.push(Edit::delete(
                    self.lines[q.li].trimmed.clone(),
                    RepairKind::DoubledCopy,
                    WHY_BLOCK,
                ));
            }
            found += 1;
            p = end;
        }
        found
    }

    /// Pre-filter for [`Finder::block_copies`]: whether some non-blank line
    /// equals the one 2 to [`MAX_BLOCK_LINES`] non-blank lines before it.
    /// One pass without allocation; lines are told apart by length and edge
    /// characters before their text is compared.
    fn may_hold_block(&self) -> bool {
        // The last lines' keys (length and edge characters in one word,
        // compared first) and where they are.
        let mut keys = [u64::MAX; MAX_BLOCK_LINES];
        let mut at = [(0usize, 0usize); MAX_BLOCK_LINES];
        for (n, line) in self.lines.iter().filter(|l| !l.is_blank()).enumerate() {
            let len = line.trimmed.len();
            let key = ((len as u64) << 42) ^ ((line.first as u64) << 21) ^ line.last as u64;
            // Every slot holds one of the lines 2 to 8 back, but the line
            // just before (or no line yet, a key no line has: a text
            // compare would tell them apart anyway).
            let before = (n + MAX_BLOCK_LINES - 1) % MAX_BLOCK_LINES;
            let mut hit = false;
            for (s, &k) in keys.iter().enumerate() {
                hit |= (s != before) & (k == key);
            }
            if hit {
                let text = line.text(self.input);
                let same = |s: usize| {
                    let (start, len) = at[s];
                    s != before
                        && keys[s] == key
                        && self.input.get(start..start + len) == Some(text)
                };
                if (0..MAX_BLOCK_LINES).any(same) {
                    return true;
                }
            }
            keys[n % MAX_BLOCK_LINES] = key;
            at[n % MAX_BLOCK_LINES] = (line.trimmed.start, len);
        }
        false
    }

    /// Plain reference of [`Finder::may_hold_block`] for tests.
    #[cfg(test)]
    fn may_hold_block_simple(&self) -> bool {
        let texts: Vec<&str> = self
            .lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.text(self.input))
            .collect();
        (0..texts.len()).any(|n| (2..=MAX_BLOCK_LINES.min(n)).any(|k| texts[n - k] == texts[n]))
    }

    /// The shortest passage of `k` lines starting at non-blank line `p`
    /// that the next lines repeat, with the number `m` (2 to 4) of copies;
    /// see [`Finder::block_copies`].
    fn block_at(&self, nb: &[Nb], p: usize) -> Option<(usize, usize)> {
        for k in 2..=MAX_BLOCK_LINES {
            // The first copy is consecutive lines, and so is every longer one.
            if p + 2 * k > nb.len() || nb[p + k - 1].para != nb[p].para {
                return None;
            }
            if !self.same(nb, p, p + k)
                // The line before continues the period: a pattern.
                || p.checked_sub(1).is_some_and(|b| self.same(nb, b, b + k))
                // A shorter period of its own: lines repeated one by one
                // (the line-level rule's), or a shorter passage.
                || (1..k).any(|d| k % d == 0 && (0..k - d).all(|t| self.same(nb, p + t, p + t + d)))
            {
                continue;
            }
            let copy = |q: usize| {
                q + k <= nb.len()
                    && nb[q].para == nb[q + k - 1].para
                    && (0..k).all(|t| self.same(nb, p + t, q + t))
            };
            let mut m = 1;
            while m <= 4 && copy(p + m * k) {
                m += 1;
            }
            // A partial copy after the last one continues the pattern too.
            let after = p + m * k;
            if (2..=4).contains(&m) && !(after < nb.len() && self.same(nb, p, after)) {
                return Some((k, m));
            }
        }
        None
    }

    /// Whether non-blank lines `a` and `b` are equal.
    fn same(&self, nb: &[Nb], a: usize, b: usize) -> bool {
        let (x, y) = (&self.lines[nb[a].li], &self.lines[nb[b].li]);
        x.trimmed.len() == y.trimmed.len()
            && x.first == y.first
            && x.last == y.last
            && x.text(self.input) == y.text(self.input)
    }

    /// Whether the passage of `k` lines at non-blank line `p` holds enough
    /// text to be one: at least [`MIN_BLOCK_CHARS`] characters other than
    /// white space (an ideograph counting two), several different ones, and a line of prose (at least
    /// [`MIN_PROSE_WIDTH`] columns, mostly letters, no column gap of white
    /// space, no label ending in a colon) — not table rows or labels.
    fn block_is_text(&self, nb: &[Nb], p: usize, k: usize) -> bool {
        let need = self.min_chars.min(MIN_BLOCK_CHARS);
        let mut seen = Vec::new();
        let (mut chars, mut prose) = (0, false);
        for q in &nb[p..p + k] {
            let line = &self.lines[q.li];
            let (mut n, mut letters, mut spaces, mut column_gap) = (0, 0, 0, false);
            for c in line.text(self.input).chars() {
                if is_space(c) {
                    spaces += 1;
                    column_gap |= spaces >= 3 || c == '\t';
                    continue;
                }
                spaces = 0;
                n += 1;
                letters += usize::from(c.is_alphabetic());
                note_distinct(&mut seen, c, need);
                // (An ideograph holds about two letters' text.)
                chars += if is_cjk(c) { 2 } else { 1 };
            }
            prose |= line.width >= MIN_PROSE_WIDTH
                && 2 * letters >= n
                && !column_gap
                && !matches!(line.last, ':' | '：');
        }
        chars >= MIN_BLOCK_CHARS && seen.len() >= need && prose
    }

    /// Consecutive non-blank lines that repeat each other; lines marked in
    /// `skip` (copies of a block already found) are passed over.
    fn line_candidates(&self, skip: &[bool]) -> Vec<LineCand> {
        let mut cands = Vec::new();
        let mut prev: Option<usize> = None;
        let mut group_start = 0usize;
        for (li, line) in self.lines.iter().enumerate() {
            if line.is_blank() || skip[li] {
                continue;
            }
            let b = line.text(self.input);
            if let Some(a_i) = prev {
                let a = self.lines[a_i].text(self.input);
                // Lines that differ in their first and in their last
                // characters (most) are told apart from the lines'
                // records, as `compare` would tell them from their text.
                let (x, y) = (&self.lines[a_i], line);
                let relation = if x.first != y.first && x.last != y.last {
                    Relation::Other
                } else {
                    compare(a, b)
                };
                match relation {
                    Relation::Equal(n) if n >= 2 => {
                        cands.push(LineCand {
                            delete: li,
                            shape: LineShape::Exact,
                            strong: n >= self.min_chars,
                        });
                        continue;
                    }
                    Relation::Edge {
                        a_shorter,
                        prefix,
                        n,
                    } if n >= 2 => {
                        let (shorter, longer) = if a_shorter { (a, b) } else { (b, a) };
                        if !has_period_below(longer, n) {
                            // A label left over by a partial dedup: `Name：` / `Name：Value`.
                            let label = prefix
                                && shorter
                                    .chars()
                                    .next_back()
                                    .is_some_and(|c| !c.is_alphanumeric());
                            cands.push(LineCand {
                                delete: if a_shorter { a_i } else { li },
                                shape: if label {
                                    LineShape::Label
                                } else {
                                    LineShape::Partial
                                },
                                strong: n >= self.min_chars,
                            });
                            if a_shorter {
                                prev = Some(li);
                                self.close_group(&mut cands, group_start);
                                group_start = cands.len();
                            }
                            continue;
                        }
                    }
                    _ => {}
                }
            }
            self.close_group(&mut cands, group_start);
            group_start = cands.len();
            prev = Some(li);
        }
        self.close_group(&mut cands, group_start);
        cands
    }

    /// Whether line `li`, which repeats the line just before it, sits in a
    /// table: the two lines and a line next to them are set with layout
    /// gaps (two spaces, a tab or ideographic spaces between cells), with
    /// no blank line among them.
    fn row_among_rows(&self, li: usize) -> bool {
        let set_in_cells = |k: Option<usize>| {
            k.and_then(|k| self.lines.get(k)).is_some_and(|line| {
                let text = line.text(self.input);
                !line.is_blank()
                    && (script::layout_gap(text.as_bytes()) || script::ideographic_gap(text))
            })
        };
        // The pair, and a row above or below it (a table's last or first
        // row may be the one repeated).
        set_in_cells(Some(li))
            && set_in_cells(li.checked_sub(1))
            && (set_in_cells(li.checked_sub(2)) || set_in_cells(Some(li + 1)))
    }

    /// Whether the exact copy on line `li` and the line just before it are
    /// a heading printed twice: a short line of letters with no clause or
    /// sentence mark and no period of its own, standing apart from its
    /// neighbours (after a blank line, the end of a sentence or the label
    /// topping the page, before a blank line or a wider line), with no
    /// page break between the copies. Lines that repeat once in real text — a column's repeated cell, a
    /// refrain — tend to sit among other short lines without such marks.
    fn heading_pair(&self, li: usize) -> bool {
        let Some(first) = li.checked_sub(1) else {
            return false;
        };
        let (a, b) = (&self.lines[first], &self.lines[li]);
        if a.is_blank() || b.page_break {
            return false;
        }
        let text = b.text(self.input);
        // (A headline opening the page may part its phrases with a comma:
        // `Piscina comunale, si riapre a settembre`.)
        let at_top = self.headline_at_top(first);
        let (mut n, mut letters) = (0, 0);
        for c in text.chars().filter(|c| !is_space(*c)) {
            let comma = at_top && matches!(c, ',' | '，');
            if (is_clause_mark(c) && !comma)
                || is_sentence_end(c)
                || matches!(c, ':' | '：')
                || n >= MAX_PERIOD
            {
                return false;
            }
            n += 1;
            letters += usize::from(c.is_alphabetic());
        }
        let before = at_top
            || first.checked_sub(1).is_none_or(|p| {
                self.lines[p].is_blank() || ends_sentence(self.lines[p].text(self.input))
            });
        let after = self
            .lines
            .get(li + 1)
            .is_none_or(|q| q.is_blank() || q.width > b.width);
        letters >= self.min_chars && before && after && !has_period_below(text, n)
    }

    /// A heading printed twice ([`Finder::heading_pair`]) on a page that
    /// shows some other doubling, however weak, on other lines, or that
    /// opens the page (see [`Finder::headline_at_top`]): one such pair
    /// elsewhere alone may still be a cell or a refrain, and a heading that
    /// recurs elsewhere on the page is a running header, not a copy.
    fn heading_with_company(&self, cands: &[LineCand]) -> bool {
        let Some(h) = cands
            .iter()
            .find(|c| c.shape == LineShape::Exact && c.strong && self.heading_pair(c.delete))
        else {
            return false;
        };
        let pair = h.delete - 1..h.delete + 1;
        let company = cands.len() >= 2 || self.findings.iter().any(|f| !pair.contains(&f.line));
        (company || self.headline_at_top(pair.start)) && !self.recurs(pair)
    }

    /// Line `li` opens the text or a page, or follows only the section's
    /// label there (`地域`, `SPORT`: a short line ending no sentence) and a
    /// running head, and
    /// holds more different characters than a refrain of reduplicated
    /// words: a headline, which printed twice is evidence of its own.
    fn headline_at_top(&self, li: usize) -> bool {
        let line = &self.lines[li];
        // The lines of its page above it, read back to the page's top (a
        // page break's line) or to a second line with text, whichever
        // comes first: blank lines between are read by the next two
        // headlines below at most.
        let mut first = true;
        if !line.page_break {
            let mut texts = 0;
            for (k, l) in self.lines[..li].iter().enumerate().rev() {
                // (A running head at the page's top is furniture, no text:
                // `15 | IL CORRIERE DEL VOMANO | Giovedì 14 marzo 2024`; at
                // the top of the text too.)
                let furniture = (l.page_break || k == self.first_text)
                    && crate::segment::running_head(l.text(self.input));
                if !l.is_blank() && !furniture {
                    texts += 1;
                    let label = l.width <= KICKER_CELLS && !is_sentence_end(l.last);
                    if texts > 1 || !label {
                        first = false;
                        break;
                    }
                }
                if l.page_break {
                    break;
                }
            }
        }
        let mut seen: Vec<char> = Vec::new();
        for c in line.text(self.input).chars().filter(|c| !is_space(*c)) {
            note_distinct(&mut seen, c, LONGEST_REDUPLICATION + 1);
        }
        first && seen.len() > LONGEST_REDUPLICATION
    }

    /// Whether the text of the lines `pair` (equal) is on another line too.
    fn recurs(&self, pair: Range<usize>) -> bool {
        let line = &self.lines[pair.start];
        let text = line.text(self.input);
        self.lines.iter().enumerate().any(|(i, l)| {
            !pair.contains(&i)
                && l.trimmed.len() == line.trimmed.len()
                && l.text(self.input) == text
        })
    }

    /// Drops the exact copies of the group ending the list when the group is
    /// not 2 to 4 lines long (fake bold prints 2 or 4 times; 1000 equal
    /// lines are a pattern, not bold).
    #[inline]
    fn close_group(&self, cands: &mut Vec<LineCand>, start: usize) {
        // Fewer than four candidates cannot hold more than three copies.
        if cands.len() < start + 4 {
            return;
        }
        let exact = cands[start..]
            .iter()
            .filter(|c| c.shape == LineShape::Exact)
            .count();
        if exact > 3 {
            let tail = cands.split_off(start);
            cands.extend(tail.into_iter().filter(|c| c.shape != LineShape::Exact));
        }
    }

    /// Deletes a word that ends one line and starts the next, when at least
    /// two consecutive line pairs overlap so.
    fn overlap_chains(&self, deleted: &[bool], edits: &mut Vec<Edit>) {
        let kept = self
            .lines
            .iter()
            .enumerate()
            .filter(|(i, l)| !l.is_blank() && !deleted[*i])
            .map(|(_, l)| l);
        let mut prev: Option<&Line> = None;
        let mut chain: Vec<Range<usize>> = Vec::new();
        let mut chain_chars = 0;
        for line in kept {
            let hit = prev.and_then(|p| overlap(p.text(self.input), line.text(self.input)));
            match hit {
                Some((len, chars)) => {
                    chain.push(line.trimmed.start..line.trimmed.start + len);
                    chain_chars += chars;
                }
                None => {
                    self.close_chain(&mut chain, &mut chain_chars, edits);
                }
            }
            prev = Some(line);
        }
        self.close_chain(&mut chain, &mut chain_chars, edits);
    }

    #[inline]
    fn close_chain(&self, chain: &mut Vec<Range<usize>>, chars: &mut usize, edits: &mut Vec<Edit>) {
        // Most lines close no chain (`chars` counts the chain's words).
        if chain.is_empty() {
            return;
        }
        if chain.len() >= 2 && *chars >= self.min_chars {
            for s in chain.drain(..) {
                edits.push(Edit::delete(s, RepairKind::DoubledCopy, WHY_OVERLAP));
            }
        }
        chain.clear();
        *chars = 0;
    }
}

/// Whether the first byte of a line's text `b` recurs in the line's first
/// half, and within the bytes of [`MAX_PERIOD`] characters: where the copy
/// of a lead-in printed twice starts (see [`Finder::lead_in_copy`] and
/// [`Finder::chunked_lead_in`]). A line where it does not holds neither.
fn first_byte_recurs(b: &[u8]) -> bool {
    let limit = (b.len() / 2).min(4 * MAX_PERIOD);
    limit > 0 && memchr::memchr(b[0], &b[1..=limit]).is_some()
}

/// Whether `b` holds a comma, colon, semicolon or stop printed twice
/// (`,,`, `::`, `..`, `，，`, `：：`, `、、`, `。。`): what
/// [`Finder::chunked_lead_in`] asks of a line before it looks for chunks.
/// ASCII marks by two searches, fullwidth ones by their lead bytes.
fn holds_doubled_mark(b: &[u8]) -> bool {
    let ascii = memchr::memchr3_iter(b',', b':', b';', b).any(|i| b.get(i + 1) == Some(&b[i]))
        || memchr::memchr_iter(b'.', b).any(|i| b.get(i + 1) == Some(&b'.'));
    ascii
        || memchr::memchr2_iter(0xe3, 0xef, b).any(|i| {
            let mark = b.get(i..i + 3);
            matches!(
                mark,
                Some([0xe3, 0x80, 0x81 | 0x82]) | Some([0xef, 0xbc, 0x8c | 0x9a | 0x9b])
            ) && b.get(i + 3..i + 6) == mark
        })
}

/// The byte length of the shortest run (at most [`MAX_PERIOD`] characters)
/// that starts `text` and is followed at once by a copy of itself.
fn glued_unit(text: &str) -> Option<usize> {
    text.char_indices()
        .skip(1)
        .take(MAX_PERIOD)
        .map(|(end, _)| end)
        .take_while(|&end| 2 * end <= text.len())
        .find(|&end| text[end..].starts_with(&text[..end]))
}

/// Appends the characters of `text` to `chars`, with room made for them
/// once (as many as bytes, at most) rather than as they come.
/// Where [`Finder::lead_in_across`] tries the first copy of a lead-in on
/// the line `bytes` (not empty) ending: a stop, a colon or a question mark
/// (the last byte of `.`, `:`, `?`, `。` or `：`) glued to the line's first
/// byte again, within the bytes of [`MAX_PERIOD`] characters; in order.
///
/// Found from where the line's first byte recurs (one search; in Latin
/// text a capital, seldom), not from the marks. `glued_ends_reference` is
/// the search from the marks; a property test checks that both agree.
fn glued_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let limit = bytes.len().min(4 * MAX_PERIOD);
    // The byte after the mark ends the copy: at most `limit`, inside the
    // line.
    let last = limit.min(bytes.len() - 1);
    memchr::memchr_iter(bytes[0], &bytes[1..=last])
        .map(|k| k + 1)
        .filter(move |&end| match bytes[end - 1] {
            b'.' | b':' | b'?' => true,
            0x82 => bytes[..end].ends_with("。".as_bytes()),
            0x9a => bytes[..end].ends_with("：".as_bytes()),
            _ => false,
        })
}

/// [`glued_ends`] as first written: from the marks, then sorted.
#[cfg(test)]
fn glued_ends_reference(bytes: &[u8]) -> Vec<usize> {
    let lead = bytes[0];
    let limit = bytes.len().min(4 * MAX_PERIOD);
    let glued = |i: usize| {
        let end = i + 1;
        let mark = match bytes[i] {
            b'.' | b':' | b'?' => true,
            0x82 => bytes[..end].ends_with("。".as_bytes()),
            0x9a => bytes[..end].ends_with("：".as_bytes()),
            _ => false,
        };
        (mark && bytes.get(end) == Some(&lead)).then_some(end)
    };
    let mut ends: Vec<usize> = memchr::memchr3_iter(b'.', b':', b'?', &bytes[..limit])
        .chain(memchr::memchr2_iter(0x82, 0x9a, &bytes[..limit]))
        .filter_map(glued)
        .collect();
    ends.sort_unstable();
    ends
}

fn push_chars(chars: &mut Vec<char>, text: &str) {
    chars.reserve(text.len());
    for c in text.chars() {
        chars.push(c);
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

/// Line `b` runs on from line `a` in CJK text, which breaks anywhere: no
/// blank line or page break between, CJK characters on both sides.
fn runs_on_cjk(a: &Line, b: &Line) -> bool {
    !a.is_blank() && !b.is_blank() && !b.page_break && is_cjk(a.last) && is_cjk(b.first)
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

/// A run printed `count` times in a row from `start`, each copy `period`
/// characters long.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Square {
    start: usize,
    period: usize,
    count: usize,
}

impl Square {
    /// The copies after the first.
    fn later(&self) -> Range<usize> {
        self.start + self.period..self.start + self.count * self.period
    }

    /// All the copies.
    fn whole(&self) -> Range<usize> {
        self.start..self.start + self.count * self.period
    }
}

/// The runs printed twice or more in `s` (characters, or bytes of an
/// ASCII line), each holding at least `min` distinct characters other
/// than white space and at most [`MAX_PERIOD`]; left to right. See
/// [`Finder::inline_squares`].
///
/// The loop over the pairs is kept apart from the check of a pair seen
/// again ([`square_at`]), which most pairs never reach, so that the loop
/// keeps its state in registers. `square_copies_reference` is the plain
/// version; a property test checks that both agree.
fn square_copies<T: Copy + Eq + Into<u32>>(
    s: &[T],
    min: usize,
    space: impl Fn(T) -> bool,
    out: &mut Vec<Square>,
) {
    /// Slots of the table of pairs (a power of two).
    const SLOTS: usize = 64;
    let n = s.len();
    // Where each slot's pair (its key) was last seen; apart, so that
    // clearing them for each line is a few wide stores.
    let (mut keys, mut ats) = ([u64::MAX; SLOTS], [0u32; SLOTS]);
    let mut budget = 4 * MAX_PERIOD * n;
    // Characters up to here are in a copy already recorded.
    let mut done = 0;
    let mut x = 1;
    // The character before `x`, kept from the step before.
    let mut before = s.first().map_or(0, |&c| u64::from(c.into()));
    while x < n {
        let now = u64::from(s[x].into());
        let key = (before << 32) | now;
        before = now;
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize % SLOTS;
        let (k, at) = (keys[slot], ats[slot]);
        (keys[slot], ats[slot]) = (key, (x - 1) as u32);
        // A pair seen before was seen at `x - 2` or earlier.
        if k != key {
            x += 1;
            continue;
        }
        let (j, p) = (at as usize, x - 1 - at as usize);
        if p < min || p > MAX_PERIOD || j < done {
            x += 1;
            continue;
        }
        match square_at(s, j, p, done, min, &space, &mut budget) {
            Found::No => x += 1,
            Found::Spent => return,
            Found::Copies(copies) => {
                done = copies.whole().end;
                x = done + 1;
                if let Some(&c) = s.get(done) {
                    before = u64::from(c.into());
                }
                out.push(copies);
            }
        }
    }
}

/// A mark whose doubling shows a print chunk by chunk: see
/// [`chunks_at_marks`].
fn chunk_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '“' | '”' | '「' | '」' | '『' | '』' | '《' | '》'
    )
}

/// Chunks printed twice beside a mark printed twice, where fake bold is
/// printed chunk by chunk (`的核心引擎之一的核心引擎之一，，在推動內在推動內`,
/// `““绿色家庭绿色家庭””`): too short a chunk for [`square_copies`], but
/// the doubled mark beside it is the print's evidence. A chunk is the
/// shortest run of 2 to [`MAX_PERIOD`] characters without white space or
/// a mark, its first two characters different, printed twice right
/// before or right after the pair of marks.
///
/// Words said twice before a comma doubled by mistake (`研究研究討論討論，，
/// 然後`) are no such print: the pair and its chunks are copies where the
/// chain is anchored, by a copy already found (or a chunk taken) touching
/// the pair, by a second pair closing the chunk after it, or by a chunk
/// of [`LEAD_IN_CHARS`] different characters.
///
/// Merges the copies into `copies` (in order, not overlapping, those
/// already there kept). A chunk's search stops at the first mark or
/// space, and only doubled marks start one, so the cost stays linear.
fn chunks_at_marks(s: &[char], copies: &mut Vec<Square>) {
    let n = s.len();
    let plain = |c: char| !chunk_mark(c) && !is_space(c);
    let pair_at = |i: usize| {
        s.get(i).is_some_and(|&c| {
            chunk_mark(c)
                && s.get(i + 1) == Some(&c)
                && s.get(i + 2) != Some(&c)
                && (i == 0 || s[i - 1] != c)
        })
    };
    // The shortest chunk printed twice that ends at `end` (backwards) or
    // starts at `start`, not reaching before `floor`.
    let before = |end: usize, floor: usize| {
        (2..=MAX_PERIOD)
            .take_while(|&p| end >= floor + 2 * p && plain(s[end - p]) && plain(s[end - 2 * p]))
            .find(|&p| s[end - p] != s[end - p + 1] && s[end - 2 * p..end - p] == s[end - p..end])
    };
    let after = |start: usize| {
        (2..=MAX_PERIOD)
            .take_while(|&p| {
                start + 2 * p <= n && plain(s[start + p - 1]) && plain(s[start + 2 * p - 1])
            })
            .find(|&p| {
                s[start] != s[start + 1] && s[start..start + p] == s[start + p..start + 2 * p]
            })
    };
    let wide =
        |from: usize, p: usize| distinct_at_least(&s[from..from + p], LEAD_IN_CHARS, is_space);
    let mut found: Vec<Square> = Vec::new();
    // The copies already found, walked in order beside the pairs.
    let mut next_copy = 0;
    let (mut i, mut done) = (0, 0);
    while i + 1 < n {
        // (Most characters differ from the next: one compare tells.)
        if s[i] != s[i + 1] || !pair_at(i) {
            i += 1;
            continue;
        }
        while copies.get(next_copy).is_some_and(|c| c.whole().end < i) {
            next_copy += 1;
        }
        let touching = |c: &Square| c.whole().end == i || c.start == i + 2;
        let anchored = copies[next_copy..].iter().take(2).any(touching)
            || (i > 0 && i == done && !found.is_empty());
        let (b, a) = (before(i, done), after(i + 2));
        let closed = a.is_some_and(|p| pair_at(i + 2 + 2 * p));
        let wide_chunk = b.is_some_and(|p| wide(i - p, p)) || a.is_some_and(|p| wide(i + 2, p));
        if !(anchored || closed || wide_chunk) || (b.is_none() && a.is_none() && !anchored) {
            i += 2;
            continue;
        }
        if let Some(p) = b {
            found.push(Square {
                start: i - 2 * p,
                period: p,
                count: 2,
            });
        }
        found.push(Square {
            start: i,
            period: 1,
            count: 2,
        });
        i += 2;
        if let Some(p) = a {
            found.push(Square {
                start: i,
                period: p,
                count: 2,
            });
            i += 2 * p;
        }
        done = i;
    }
    if found.is_empty() {
        return;
    }
    // Merged in order; where two overlap, the one that starts first stays
    // (on a tie, the one found by [`square_copies`]).
    let mut all: Vec<Square> = Vec::with_capacity(copies.len() + found.len());
    let (mut x, mut y) = (copies.drain(..).peekable(), found.into_iter().peekable());
    loop {
        let next = match (x.peek(), y.peek()) {
            (Some(p), Some(q)) if q.start < p.start => y.next(),
            (Some(_), _) => x.next(),
            (None, Some(_)) => y.next(),
            (None, None) => break,
        };
        let Some(sq) = next else { break };
        if all.last().is_none_or(|l| l.whole().end <= sq.start) {
            all.push(sq);
        }
    }
    drop(x);
    *copies = all;
}

/// What [`square_at`] found.
enum Found {
    /// No copies there.
    No,
    /// A run printed twice or more.
    Copies(Square),
    /// The budget of the line is spent: nothing more is looked for.
    Spent,
}

/// For [`square_copies`]: checks the pair at `j` seen again `p` further on,
/// past the copies recorded up to `done`, charging `budget`.
#[inline(never)]
fn square_at<T: Copy + Eq>(
    s: &[T],
    j: usize,
    p: usize,
    done: usize,
    min: usize,
    space: impl Fn(T) -> bool,
    budget: &mut usize,
) -> Found {
    let n = s.len();
    // The stretch where characters equal those `p` further on, around
    // `j`.
    let (mut lo, mut hi) = (j, j);
    while lo > done && s[lo - 1] == s[lo - 1 + p] {
        lo -= 1;
    }
    while hi + p < n && s[hi] == s[hi + p] {
        hi += 1;
    }
    *budget = budget.saturating_sub(hi - lo + 1);
    if *budget == 0 {
        return Found::Spent;
    }
    // Copies start on a character, not white space, and hold enough
    // distinct ones (`研究研究`, `very very` do not).
    let start = (lo..=hi.saturating_sub(p)).find(|&i| !space(s[i]));
    let Some(start) =
        start.filter(|&i| i + p <= hi && distinct_at_least(&s[i..i + p], min, &space))
    else {
        return Found::No;
    };
    let mut k = 2;
    while start + (k + 1) * p <= n && s[start..start + p] == s[start + k * p..start + (k + 1) * p] {
        k += 1;
    }
    Found::Copies(Square {
        start,
        period: p,
        count: k,
    })
}

/// [`square_copies`] in one loop, as first written.
#[cfg(test)]
fn square_copies_reference<T: Copy + Eq + Into<u32>>(
    s: &[T],
    min: usize,
    space: impl Fn(T) -> bool,
    out: &mut Vec<Square>,
) {
    /// Slots of the table of pairs (a power of two).
    const SLOTS: usize = 64;
    let n = s.len();
    let mut seen = [(u64::MAX, 0u32); SLOTS];
    let mut budget = 4 * MAX_PERIOD * n;
    // Characters up to here are in a copy already recorded.
    let mut done = 0;
    let mut x = 1;
    while x < n {
        let key = (u64::from(s[x - 1].into()) << 32) | u64::from(s[x].into());
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize % SLOTS;
        let (k, at) = seen[slot];
        seen[slot] = (key, (x - 1) as u32);
        let j = at as usize;
        let p = x - 1 - j.min(x - 1);
        if k != key || p < min || p > MAX_PERIOD || j < done {
            x += 1;
            continue;
        }
        // The stretch where characters equal those `p` further on, around
        // `j`.
        let (mut lo, mut hi) = (j, j);
        while lo > done && s[lo - 1] == s[lo - 1 + p] {
            lo -= 1;
        }
        while hi + p < n && s[hi] == s[hi + p] {
            hi += 1;
        }
        budget = budget.saturating_sub(hi - lo + 1);
        if budget == 0 {
            return;
        }
        // Copies start on a character, not white space, and hold enough
        // distinct ones (`研究研究`, `very very` do not).
        let start = (lo..=hi.saturating_sub(p)).find(|&i| !space(s[i]));
        let Some(start) =
            start.filter(|&i| i + p <= hi && distinct_at_least(&s[i..i + p], min, &space))
        else {
            x += 1;
            continue;
        };
        let mut k = 2;
        while start + (k + 1) * p <= n
            && s[start..start + p] == s[start + k * p..start + (k + 1) * p]
        {
            k += 1;
        }
        out.push(Square {
            start,
            period: p,
            count: k,
        });
        done = start + k * p;
        x = done + 1;
    }
}

/// Whether `run` holds at least `min` distinct characters other than white
/// space (reduplication like `研究研究` or `very very` holds few).
fn distinct_at_least<T: Copy + Eq>(run: &[T], min: usize, space: impl Fn(T) -> bool) -> bool {
    let mut seen: Vec<T> = Vec::with_capacity(min);
    for &c in run {
        if !space(c) && !seen.contains(&c) {
            seen.push(c);
            if seen.len() >= min {
                return true;
            }
        }
    }
    false
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

/// Pre-filter for [`Finder::whole_line`], a necessary condition for
/// `edges_repeat` that costs one `memchr` over the line instead of
/// decoding it.
///
/// Ignoring white space, let the line be `a[0] a[1] … a[n-1]`. A square
/// `u u` of period `p` opens it only if `a[1] = a[0]` (`p = 1`) or, for
/// `p ≥ 2`, `a[p] = a[0]` and `a[p+1] = a[1]`: the opening pair of
/// characters comes back later. Mirrored, a square closes it only if
/// `a[n-2] = a[n-1]` or the closing pair comes back earlier. Periods are
/// not bounded here, so the test only ever lets more lines through.
fn may_be_power(text: &str) -> bool {
    let mut head = text.char_indices().filter(|(_, c)| !is_space(*c));
    let (Some((_, x)), Some((at_y, y))) = (head.next(), head.next()) else {
        return false;
    };
    // `x`, then (white space aside) `y`, again after `y`'s place.
    let opens = x == y
        || occurrences(text, x, at_y, text.len())
            .any(|q| next_non_space_is(text, q + x.len_utf8(), y));
    if !opens {
        return false;
    }
    let mut tail = text.char_indices().rev().filter(|(_, c)| !is_space(*c));
    let (Some((_, z)), Some((at_y, y))) = (tail.next(), tail.next()) else {
        return false;
    };
    // `z`, preceded (white space aside) by `y`, again before `y`'s place.
    z == y || occurrences(text, z, 0, at_y).any(|q| prev_non_space_is(text, q, y))
}

/// Whether the first character at or after byte `at` other than white
/// space is `y`; a printable ASCII byte there decides it without decoding.
#[inline]
fn next_non_space_is(text: &str, at: usize, y: char) -> bool {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii_graphic() => char::from(b) == y,
        _ => next_non_space(&text[at..]) == Some(y),
    }
}

/// Whether the last character before byte `at` other than white space is
/// `y`; a printable ASCII byte there decides it without decoding.
#[inline]
fn prev_non_space_is(text: &str, at: usize, y: char) -> bool {
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        Some(b) if b.is_ascii_graphic() => char::from(b) == y,
        _ => text[..at].chars().rev().find(|c| !is_space(*c)) == Some(y),
    }
}

/// Byte offsets of the occurrences of `c` within `text[from..to]`, found
/// by `memchr` on the last byte of its encoding (a whole UTF-8 encoding
/// only matches at a character boundary).
fn occurrences(text: &str, c: char, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let mut buf = [0u8; 4];
    let len = c.len_utf8();
    c.encode_utf8(&mut buf);
    let hay = &text.as_bytes()[from..to];
    memchr::memchr_iter(buf[len - 1], hay).filter_map(move |h| {
        let start = (h + 1).checked_sub(len)?;
        // A one-byte character is its last byte: no compare.
        (len == 1 || hay[start..=h] == buf[..len]).then_some(from + start)
    })
}

fn next_non_space(text: &str) -> Option<char> {
    text.chars().find(|c| !is_space(*c))
}

/// Pre-filter for [`Finder::per_char`]: walks the input once, left to
/// right, to the few places where a character may be followed by the same
/// character, without decoding the text in between.
///
/// A per-character finding needs a stretch of doubled runs holding two
/// different characters, so somewhere a doubled run `x x…` is followed,
/// with nothing but white space between, by a doubled run `y y…` of
/// another character. Equal adjacent characters are equal adjacent byte
/// strings of 1 to 4 bytes: [`may_pair_at_for`] tests the lengths at
/// every byte, 64 bytes at a time (which the compiler vectorises), and
/// [`doubled_char_at`] checks its rare hits exactly.
struct PairScan<'a> {
    input: &'a str,
    /// Where the first doubled character of the line last asked about
    /// starts (the line's end when there is none).
    first: usize,
    /// The next byte where [`may_pair_at_for`] holds, at or after the lines
    /// seen so far (or the input length).
    next: usize,
    /// The block last tested (its first byte) and its hits, one bit per
    /// byte: a search restarts after every hit, often in the same block
    /// (English has a legitimate doubled letter every few words).
    block: usize,
    hits: u64,
}

/// Bytes tested per block of [`PairScan::find`], one bit each in a `u64`.
const BLOCK: usize = 64;
/// Bytes a test at one position reads beyond it.
const AHEAD: usize = 7;

impl<'a> PairScan<'a> {
    fn new(input: &'a str) -> Self {
        PairScan {
            input,
            first: 0,
            next: 0,
            block: usize::MAX,
            hits: 0,
        }
    }

    /// Whether the line `range` may hold a per-character stretch: two
    /// doubled runs of different characters with only white space between.
    fn stretch_possible(&mut self, range: Range<usize>) -> bool {
        self.first = range.end;
        if self.next < range.start {
            self.next = self.find(range.start);
        }
        // The last doubled run: where it ends and its character.
        let mut last: Option<(usize, char)> = None;
        while self.next < range.end {
            let j = self.next;
            let Some(c) = doubled_char_at(self.input, j, range.end) else {
                self.next = self.find(j + 1);
                continue;
            };
            if let Some((end, x)) = last {
                let between = self.input.get(end..j).unwrap_or("x");
                if x != c && between.chars().all(is_space) {
                    return true;
                }
            } else {
                self.first = j;
            }
            // Skip the rest of the run of `c`: its pairs change nothing.
            let k = c.len_utf8();
            let bytes = self.input.as_bytes();
            let mut end = j + 2 * k;
            if k == 1 {
                // One byte: no slice compare.
                while end < range.end && bytes[end] == bytes[j] {
                    end += 1;
                }
            } else {
                while end + k <= range.end && bytes[end..end + k] == bytes[j..j + k] {
                    end += k;
                }
            }
            last = Some((end, c));
            self.next = self.find(end);
        }
        false
    }

    /// The first byte at or after `from` where [`may_pair_at_for`] holds.
    fn find(&mut self, from: usize) -> usize {
        let len = self.input.len();
        let mut b = from - from % BLOCK;
        let mut m = self.hits_at(b) & (!0u64 << (from - b));
        while m == 0 {
            b += BLOCK;
            if b >= len {
                return len;
            }
            m = self.hits_at(b);
        }
        b + m.trailing_zeros() as usize
    }

    /// The positions in the block at `b` where [`may_pair_at_for`] holds, one
    /// bit each (none at or beyond the end of the input).
    fn hits_at(&mut self, b: usize) -> u64 {
        if b != self.block {
            self.block = b;
            self.hits = block_hits(self.input.as_bytes(), b);
        }
        self.hits
    }
}

/// [`may_pair_at_for`] at the [`BLOCK`] positions from `b`, as bits. Whole
/// blocks are tested at all positions at once, without an early exit, so
/// that the loop is vectorised; the last bytes on a zero-padded copy.
fn block_hits(bytes: &[u8], b: usize) -> u64 {
    let mut w = [0u8; BLOCK + AHEAD];
    let mut valid = !0u64;
    match bytes.get(b..b + BLOCK + AHEAD) {
        Some(s) => w.copy_from_slice(s),
        None => {
            let rest = bytes.get(b..).unwrap_or_default();
            w[..rest.len()].copy_from_slice(rest);
            if rest.len() < BLOCK {
                valid = (1u64 << rest.len()) - 1;
            }
        }
    }
    // Which lead bytes the block holds: most blocks are ASCII, or ASCII
    // and 3-byte characters (CJK), and need only those tests.
    let (mut l2, mut l3, mut l4) = (false, false, false);
    for &b in &w[..BLOCK] {
        l2 |= b & 0xe0 == 0xc0;
        l3 |= b & 0xf0 == 0xe0;
        l4 |= b & 0xf8 == 0xf0;
    }
    let mut hit = [0u8; BLOCK];
    match (l2, l3, l4) {
        (false, false, false) => fill_hits::<false, false, false>(&w, &mut hit),
        (false, true, false) => fill_hits::<false, true, false>(&w, &mut hit),
        _ => fill_hits::<true, true, true>(&w, &mut hit),
    }
    // Eight 0/1 bytes to eight bits: the multiplier moves byte `i`'s low
    // bit to bit 56 + i, with no two products overlapping.
    let mut bits = 0u64;
    for (q, chunk) in hit.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        bits |= (x.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * q);
    }
    bits & valid
}

/// [`may_pair_at_for`] at every position of a block, as 0 or 1.
#[inline(always)]
fn fill_hits<const E2: bool, const E3: bool, const E4: bool>(
    w: &[u8; BLOCK + AHEAD],
    hit: &mut [u8; BLOCK],
) {
    for (t, h) in hit.iter_mut().enumerate() {
        *h = u8::from(may_pair_at_for::<E2, E3, E4>(w, t));
    }
}

/// Plain reference of [`PairScan::find`] for tests: one position at a
/// time, on a zero-padded copy.
#[cfg(test)]
fn find_pair_simple(input: &str, from: usize) -> usize {
    let bytes = input.as_bytes();
    (from..bytes.len())
        .find(|&j| {
            let mut w = [0u8; AHEAD + 1];
            let rest = &bytes[j..(j + AHEAD + 1).min(bytes.len())];
            w[..rest.len()].copy_from_slice(rest);
            may_pair_at(&w, 0)
        })
        .unwrap_or(bytes.len())
}

/// [`may_pair_at_for`] with every test, for the tests' plain search.
#[cfg(test)]
fn may_pair_at(w: &[u8], t: usize) -> bool {
    may_pair_at_for::<true, true, true>(w, t)
}

/// Whether the bytes at `w[t..]` may be a character followed by itself:
/// an ASCII byte other than white space twice, or a lead byte of a 2-, 3-
/// or 4-byte encoding that starts the same string twice. Branch-free so
/// that it vectorises. Only the tests for the encoding lengths that `E2`,
/// `E3` and `E4` ask for are made: a block without lead bytes of a length
/// needs no test for it.
#[inline(always)]
fn may_pair_at_for<const E2: bool, const E3: bool, const E4: bool>(w: &[u8], t: usize) -> bool {
    let b = w[t];
    let ascii = (b < 0x80) & (b != b' ') & !(b'\t'..=b'\r').contains(&b);
    let e1 = ascii & (b == w[t + 1]);
    let e2 = (b & 0xe0 == 0xc0) & (b == w[t + 2]) & (w[t + 1] == w[t + 3]);
    let e3 = (b & 0xf0 == 0xe0) & (b == w[t + 3]) & (w[t + 1] == w[t + 4]) & (w[t + 2] == w[t + 5]);
    let e4 = (b & 0xf8 == 0xf0)
        & (b == w[t + 4])
        & (w[t + 1] == w[t + 5])
        & (w[t + 2] == w[t + 6])
        & (w[t + 3] == w[t + 7]);
    e1 | (E2 & e2) | (E3 & e3) | (E4 & e4)
}

/// The character at byte `j` when it is no white space and the same
/// character follows it before `end`.
fn doubled_char_at(input: &str, j: usize, end: usize) -> Option<char> {
    let bytes = input.as_bytes();
    // ASCII, the common case, without decoding.
    if let Some(&b) = bytes.get(j).filter(|b| b.is_ascii()) {
        let ok = j + 2 <= end && input.is_char_boundary(end) && bytes[j + 1] == b;
        return (ok && !matches!(b, b' ' | b'\t'..=b'\r')).then_some(char::from(b));
    }
    let c = input.get(j..end)?.chars().next()?;
    let k = c.len_utf8();
    (j + 2 * k <= end && bytes[j..j + k] == bytes[j + k..j + 2 * k] && !is_space(c)).then_some(c)
}

/// The characters of `text` other than white space, and their byte
/// offsets; false when there are more than [`MAX_WHOLE_LINE`].
fn non_space_chars(text: &str, chars: &mut Vec<char>, offs: &mut Vec<u32>) -> bool {
    chars.clear();
    offs.clear();
    let bytes = text.as_bytes();
    if text.is_ascii() {
        // One byte per character: no decoding, and room made once.
        chars.reserve(bytes.len().min(MAX_WHOLE_LINE));
        offs.reserve(bytes.len().min(MAX_WHOLE_LINE));
        for (i, &b) in bytes.iter().enumerate() {
            if chars.len() >= MAX_WHOLE_LINE {
                return false;
            }
            if !matches!(b, b' ' | b'\t'..=b'\r') {
                chars.push(char::from(b));
                offs.push(i as u32);
            }
        }
        return true;
    }
    let mut i = 0;
    while i < bytes.len() {
        if chars.len() >= MAX_WHOLE_LINE {
            return false;
        }
        // ASCII without decoding.
        let c = match bytes[i] {
            b @ 0..=0x7f => b as char,
            _ => text[i..].chars().next().unwrap_or_default(),
        };
        if !is_space(c) {
            chars.push(c);
            offs.push(i as u32);
        }
        i += c.len_utf8();
    }
    true
}

/// `edges_repeat` on the line's characters other than white space,
/// already decoded: a square of period at most [`MAX_PERIOD`] starts them,
/// and one ends them.
fn edges_repeat_chars(chars: &[char]) -> bool {
    let n = chars.len();
    starts_with_square(&chars[..n.min(2 * MAX_PERIOD)])
        && ends_with_square(&chars[n.saturating_sub(2 * MAX_PERIOD)..])
}

/// [`starts_with_square`] mirrored: whether `a` ends with a square.
fn ends_with_square(a: &[char]) -> bool {
    let n = a.len();
    let last = a.last().copied();
    (1..=n / 2).any(|p| Some(a[n - 1 - p]) == last && a[n - p..] == a[n - 2 * p..n - p])
}

/// Plain reference of [`doubled_char_at`] for tests.
#[cfg(test)]
fn doubled_char_at_simple(input: &str, j: usize, end: usize) -> Option<char> {
    let c = input.get(j..end)?.chars().next()?;
    let k = c.len_utf8();
    let bytes = input.as_bytes();
    (j + 2 * k <= end && bytes[j..j + k] == bytes[j + k..j + 2 * k] && !is_space(c)).then_some(c)
}

/// Cheap necessary condition for a whole-line power split: a square of
/// period at most [`MAX_PERIOD`] starts the line, and one ends it. The
/// reference for [`edges_repeat_chars`], which works on decoded characters.
#[cfg(test)]
fn edges_repeat(text: &str) -> bool {
    let mut buf = ['\0'; 2 * MAX_PERIOD];
    let mut n = 0;
    for c in text.chars().filter(|c| !is_space(*c)).take(2 * MAX_PERIOD) {
        buf[n] = c;
        n += 1;
    }
    if !starts_with_square(&buf[..n]) {
        return false;
    }
    n = 0;
    for c in text
        .chars()
        .rev()
        .filter(|c| !is_space(*c))
        .take(2 * MAX_PERIOD)
    {
        buf[n] = c;
        n += 1;
    }
    starts_with_square(&buf[..n])
}

fn starts_with_square(a: &[char]) -> bool {
    let first = a.first().copied();
    (1..=a.len() / 2).any(|p| Some(a[p]) == first && a[..p] == a[p..2 * p])
}

/// How [`greedy_powers`] ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Greedy {
    /// The greedy split reached the end of the line.
    Done,
    /// No k-th power starts at the first character: no split at all.
    NoStart,
    /// Stuck further on: only the full parse can tell.
    Stuck,
}

/// The whole-line split of [`power_parse`], k = 4 tried before 2: the `k`
/// chosen and, in `c4` or `c2`, the period at each piece start.
///
/// Why it is cheaper: the greedy split (smallest unit at each place) is
/// tried first. When it reaches the end it is the split the full parse
/// takes, since the smallest unit there is feasible and no smaller one
/// exists; when nothing starts the line there is no split. Only lines where
/// it gets stuck later pay for the full parse ([`power_parse`], or
/// [`power_parse_for`] when only squares are left to try).
fn split_powers(chars: &[char], c2: &mut Vec<u8>, c4: &mut Vec<u8>) -> Option<usize> {
    match greedy_powers::<4>(chars, c4) {
        Greedy::Done => return Some(4),
        // Both answers from one full parse.
        Greedy::Stuck => {
            return match power_parse(chars, c2, c4) {
                (true, _) => Some(4),
                (false, true) => Some(2),
                (false, false) => None,
            }
        }
        Greedy::NoStart => {}
    }
    match greedy_powers::<2>(chars, c2) {
        Greedy::Done => Some(2),
        Greedy::Stuck => power_parse_for::<2>(chars, c2).then_some(2),
        Greedy::NoStart => None,
    }
}

/// Splits `chars` left to right into `K`-th powers, taking the smallest
/// period (at most [`MAX_PERIOD`]) at each place and stepping over white
/// space; writes the periods (or [`WS`]) at the places into `choice`. `K`
/// is a constant so that its products and quotients cost no division.
fn greedy_powers<const K: usize>(chars: &[char], choice: &mut Vec<u8>) -> Greedy {
    let n = chars.len();
    choice.clear();
    choice.resize(n + 1, 0);
    if n < 2 {
        return Greedy::NoStart;
    }
    let mut i = 0;
    let mut started = false;
    while i < n {
        if is_space(chars[i]) {
            choice[i] = WS;
            i += 1;
            continue;
        }
        let Some(p) = smallest_power::<K>(&chars[i..]) else {
            return if started {
                Greedy::Stuck
            } else {
                Greedy::NoStart
            };
        };
        started = true;
        choice[i] = p as u8;
        i += K * p;
    }
    Greedy::Done
}

/// The smallest period `p` (at most [`MAX_PERIOD`]) of a `K`-th power that
/// starts `rest` (not empty).
#[inline]
fn smallest_power<const K: usize>(rest: &[char]) -> Option<usize> {
    let c = rest[0];
    let pmax = MAX_PERIOD.min(rest.len() / K);
    // The first character must come back `p` on; most periods fail there.
    let rest = &rest[..K * pmax];
    (1..=pmax).find(|&p| rest[p] == c && (1..(K - 1) * p).all(|t| rest[t] == rest[p + t]))
}

/// [`power_parse`] for one `K` (2 or 4): fills `c` and returns whether the
/// line splits into `K`-th powers. Why apart: once fourth powers are ruled
/// out, squares alone cost half, and give up as soon as they can.
fn power_parse_for<const K: usize>(chars: &[char], c: &mut Vec<u8>) -> bool {
    let n = chars.len();
    c.clear();
    c.resize(n + 1, 0);
    c[n] = WS;
    if n < 2 {
        return false;
    }
    let pmax = MAX_PERIOD.min(n / 2);
    // ext[p]: how many characters from i on equal the ones p further on.
    let mut ext = [0u32; MAX_PERIOD + 1];
    let mut last = n;
    for i in (0..n).rev() {
        let ch = chars[i];
        let room = (n - i - 1).min(pmax);
        let ahead = &chars[i + 1..=i + room];
        for (e, &d) in ext[1..=room].iter_mut().zip(ahead) {
            *e = if d == ch { *e + 1 } else { 0 };
        }
        if is_space(ch) {
            if c[i + 1] != 0 {
                c[i] = WS;
            }
        } else {
            for p in 1..=pmax {
                if i + K * p > n {
                    break;
                }
                if ext[p] as usize >= (K - 1) * p && c[i + K * p] != 0 {
                    c[i] = p as u8;
                    break;
                }
            }
        }
        if c[i] != 0 {
            last = i;
        }
        // No piece reaches past a stretch of K * pmax infeasible places.
        if last - i >= K * pmax {
            return false;
        }
    }
    c[0] != 0
}

/// Whole-line power parse, also the reference for [`power_parse_for`] and
/// [`split_powers`] in tests. Fills `c2`/`c4` (length `n + 1`) with, at each
/// position, the smallest period of a square / fourth power starting there
/// that lets the rest of the line split, [`WS`] for white space that lets
/// it, or 0. Returns whether the line splits into fourth powers and squares.
fn power_parse(chars: &[char], c2: &mut Vec<u8>, c4: &mut Vec<u8>) -> (bool, bool) {
    let n = chars.len();
    c2.clear();
    c2.resize(n + 1, 0);
    c4.clear();
    c4.resize(n + 1, 0);
    c2[n] = WS;
    c4[n] = WS;
    if n < 2 {
        return (false, false);
    }
    let pmax = MAX_PERIOD.min(n / 2);
    // ext[p]: how many characters from i on equal the ones p further on.
    let mut ext = [0u32; MAX_PERIOD + 1];
    let (mut last2, mut last4) = (n, n);
    for i in (0..n).rev() {
        let c = chars[i];
        let room = (n - i - 1).min(pmax);
        let ahead = &chars[i + 1..=i + room];
        for (e, &d) in ext[1..=room].iter_mut().zip(ahead) {
            *e = if d == c { *e + 1 } else { 0 };
        }
        if is_space(c) {
            if c2[i + 1] != 0 {
                c2[i] = WS;
            }
            if c4[i + 1] != 0 {
                c4[i] = WS;
            }
        } else {
            for p in 1..=pmax {
                if i + 2 * p > n {
                    break;
                }
                if ext[p] as usize >= p && c2[i + 2 * p] != 0 {
                    c2[i] = p as u8;
                    break;
                }
            }
            for p in 1..=pmax {
                if i + 4 * p > n {
                    break;
                }
                if ext[p] as usize >= 3 * p && c4[i + 4 * p] != 0 {
                    c4[i] = p as u8;
                    break;
                }
            }
        }
        if c2[i] != 0 {
            last2 = i;
        }
        if c4[i] != 0 {
            last4 = i;
        }
        if last2 - i >= 2 * pmax && last4 - i >= 4 * pmax {
            return (false, false);
        }
    }
    (c4[0] != 0, c2[0] != 0)
}

/// Plain reference of [`power_parse`] for tests: the split into k-th powers
/// (smallest feasible unit first), as `(start, period)` pieces, or `None`.
#[cfg(test)]
pub(crate) fn reference_powers(chars: &[char], k: usize) -> Option<Vec<(usize, usize)>> {
    let n = chars.len();
    let is_power = |i: usize, p: usize| {
        i + k * p <= n && (0..(k - 1) * p).all(|t| chars[i + t] == chars[i + p + t])
    };
    let mut ok = vec![false; n + 1];
    ok[n] = true;
    for i in (0..n).rev() {
        ok[i] = if is_space(chars[i]) {
            ok[i + 1]
        } else {
            (1..=MAX_PERIOD).any(|p| is_power(i, p) && ok[i + k * p])
        };
    }
    if n == 0 || !ok[0] {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if is_space(chars[i]) {
            i += 1;
            continue;
        }
        let p = (1..=MAX_PERIOD).find(|&p| is_power(i, p) && ok[i + k * p])?;
        out.push((i, p));
        i += k * p;
    }
    (!out.is_empty()).then_some(out)
}

/// The pieces [`power_parse`] chose for `k`, in the shape of
/// [`reference_powers`].
#[cfg(test)]
pub(crate) fn fast_powers(chars: &[char], k: usize) -> Option<Vec<(usize, usize)>> {
    let (mut c2, mut c4) = (Vec::new(), Vec::new());
    let (ok4, ok2) = power_parse(chars, &mut c2, &mut c4);
    let (ok, choice) = if k == 4 { (ok4, &c4) } else { (ok2, &c2) };
    if !ok {
        return None;
    }
    pieces(chars, k, choice)
}

/// The split [`split_powers`] chose, as `k` and the pieces of
/// [`reference_powers`]; for tests against [`power_parse`].
#[cfg(test)]
fn split_pieces(chars: &[char]) -> Option<(usize, Vec<(usize, usize)>)> {
    let (mut c2, mut c4) = (Vec::new(), Vec::new());
    let k = split_powers(chars, &mut c2, &mut c4)?;
    let choice = if k == 4 { &c4 } else { &c2 };
    Some((k, pieces(chars, k, choice)?))
}

/// The pieces a walk over `choice` takes, for tests.
#[cfg(test)]
fn pieces(chars: &[char], k: usize, choice: &[u8]) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if choice[i] == WS {
            i += 1;
            continue;
        }
        let p = choice[i] as usize;
        out.push((i, p));
        i += k * p;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg_attr(test, derive(Debug, PartialEq))]
enum Relation {
    Equal(usize),
    Edge {
        a_shorter: bool,
        prefix: bool,
        n: usize,
    },
    Other,
}

/// How the non-white-space characters of `a` and `b` (trimmed lines)
/// relate: equal, or the shorter one is a prefix or suffix of the longer
/// (`n` counts the shorter).
fn compare(a: &str, b: &str) -> Relation {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    // Equal lines and prefixes share the first character, suffixes the
    // last; trimmed lines start and end with no white space. Bytes first,
    // then whole characters (CJK lines share lead bytes).
    let wide = |p: Option<&u8>| p.is_some_and(|p| !p.is_ascii());
    let first_differs =
        x.first() != y.first() || (wide(x.first()) && a.chars().next() != b.chars().next());
    let last_differs =
        x.last() != y.last() || (wide(x.last()) && a.chars().next_back() != b.chars().next_back());
    if first_differs && last_differs {
        return Relation::Other;
    }
    if a == b {
        return Relation::Equal(a.chars().filter(|c| !is_space(*c)).count());
    }
    compare_chars(a, b)
}

/// [`compare`] without its shortcuts.
fn compare_chars(a: &str, b: &str) -> Relation {
    let x = a.chars().filter(|c| !is_space(*c));
    let y = b.chars().filter(|c| !is_space(*c));
    match edge(x, y) {
        (Some(a_shorter), n) => Relation::Edge {
            a_shorter,
            prefix: true,
            n,
        },
        (None, n) if n == usize::MAX => {
            let x = a.chars().rev().filter(|c| !is_space(*c));
            let y = b.chars().rev().filter(|c| !is_space(*c));
            match edge(x, y) {
                (Some(a_shorter), n) => Relation::Edge {
                    a_shorter,
                    prefix: false,
                    n,
                },
                _ => Relation::Other,
            }
        }
        (None, n) => Relation::Equal(n),
    }
}

/// Walks two character sequences in step: `(Some(x_is_shorter), common)`
/// when one ends inside the other, `(None, len)` when they are equal,
/// `(None, usize::MAX)` when they differ.
fn edge(
    mut x: impl Iterator<Item = char>,
    mut y: impl Iterator<Item = char>,
) -> (Option<bool>, usize) {
    let mut n = 0;
    loop {
        match (x.next(), y.next()) {
            (None, None) => return (None, n),
            (None, Some(_)) => return (Some(true), n),
            (Some(_), None) => return (Some(false), n),
            (Some(p), Some(q)) if p == q => n += 1,
            _ => return (None, usize::MAX),
        }
    }
}

/// Whether `text` (white space ignored) repeats with a period shorter than
/// `n` and at most [`MAX_PERIOD`]: a filler line cut at two places is not a
/// copy of itself.
fn has_period_below(text: &str, n: usize) -> bool {
    let it = || text.chars().filter(|c| !is_space(*c));
    (1..n.min(MAX_PERIOD + 1)).any(|q| {
        let mut shifted = it().skip(q).peekable();
        shifted.peek().is_some() && it().zip(shifted).all(|(a, b)| a == b)
    })
}

/// The word that ends `a` and starts `b`: byte length in `b` and characters.
fn overlap(a: &str, b: &str) -> Option<(usize, usize)> {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.last()?.is_ascii() {
        if let Some(hit) = overlap_ascii(x, y) {
            return hit;
        }
    }
    let last = a.chars().next_back()?;
    // Pre-filter: the word is a start of `b` that ends with `last` (within
    // its first MAX_PERIOD + 1 characters, at most 4 bytes each) and ends
    // `a`. One `memchr` finds the candidate ends.
    let window = &b.as_bytes()[..b.len().min(4 * (MAX_PERIOD + 1))];
    let a_ends_with = |end: usize| a.as_bytes().ends_with(&window[..end]);
    if !occurrences(b, last, 0, window.len()).any(|q| a_ends_with(q + last.len_utf8())) {
        return None;
    }
    overlap_words(a, b)
}

/// [`overlap_words`] on bytes, for the common case where `a` ends with an
/// ASCII character: `b`'s first word is read without decoding. `None` when
/// it cannot tell (a character beyond ASCII next to the word, a word longer
/// than [`MAX_PERIOD`]); otherwise the answer.
fn overlap_ascii(x: &[u8], y: &[u8]) -> Option<Option<(usize, usize)>> {
    let &last = x.last()?;
    if !last.is_ascii_alphanumeric() {
        return Some(None);
    }
    let len = y.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    if len > MAX_PERIOD || y.get(len).is_some_and(|b| !b.is_ascii()) {
        return None;
    }
    // The word ends with `last` if `a` ends with it: most fail there.
    if len < 3 || x.len() <= len || y[len - 1] != last || x[x.len() - len..] != y[..len] {
        return Some(None);
    }
    let before = x[x.len() - len - 1];
    if !before.is_ascii() {
        return None;
    }
    Some((!before.is_ascii_alphanumeric()).then_some((len, len)))
}

/// [`overlap`] without its pre-filter.
fn overlap_words(a: &str, b: &str) -> Option<(usize, usize)> {
    let last = a.chars().next_back()?;
    if !b.chars().take(MAX_PERIOD + 1).any(|c| c == last) || !last.is_alphanumeric() {
        return None;
    }
    let mut len = 0;
    let mut chars = 0;
    for c in b.chars() {
        if chars > MAX_PERIOD {
            return None;
        }
        if !c.is_alphanumeric() {
            break;
        }
        len += c.len_utf8();
        chars += 1;
    }
    if chars < 3 || a.len() <= len {
        return None;
    }
    let w = &b[..len];
    if !a.ends_with(w) {
        return None;
    }
    let before = a[..a.len() - len].chars().next_back()?;
    if before.is_alphanumeric() {
        return None;
    }
    Some((len, chars))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::LineIndices;

    fn repair(input: &str) -> String {
        repair_with(input, &Options::new())
    }

    fn repair_with(input: &str, options: &Options) -> String {
        let lines: Vec<Line> = LineIndices::new(input).collect();
        let edits = find_doubled(input, &lines, options);
        apply(input, &edits)
    }

    fn apply(input: &str, edits: &[Edit]) -> String {
        let mut out = String::new();
        let mut pos = 0;
        for e in edits {
            assert!(e.span.start >= pos, "edits overlap or are unsorted");
            assert!(input.is_char_boundary(e.span.start) && input.is_char_boundary(e.span.end));
            assert_eq!(e.kind, RepairKind::DoubledCopy);
            out.push_str(&input[pos..e.span.start]);
            pos = e.span.end;
        }
        out.push_str(&input[pos..]);
        out
    }

    fn nonws(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn whole_runs_doubled() {
        assert_eq!(
            repair("深港合作深港合作，，新篇章新篇章\n"),
            "深港合作，新篇章\n"
        );
        assert_eq!(
            repair("兩地融合發展兩地融合發展，，在推動內在推動內\n"),
            "兩地融合發展，在推動內\n"
        );
    }

    #[test]
    fn unit_starting_with_a_reduplication() {
        assert_eq!(repair("天天向上的精神天天向上的精神\n"), "天天向上的精神\n");
    }

    #[test]
    fn per_character_twice_and_four_times() {
        assert_eq!(repair("工工作作经经历历概概况况：：\n"), "工作经历概况：\n");
        assert_eq!(
            repair("湖湖湖湖南南南南長長長長沙沙沙沙：：：：\n"),
            "湖南長沙：\n"
        );
        assert_eq!(repair("1111999999998888 年年年年報報報報\n"), "1998 年報\n");
        assert_eq!(repair("TThhee  qquuiicckk\n"), "The quick\n");
        assert_eq!(repair("AABB 99..  CCaarrddiiaacc\n"), "AB 9. Cardiac\n");
    }

    #[test]
    fn per_character_mixed_with_clean_text() {
        assert_eq!(
            repair("工工作作內內容容說說明明：：負責橋樑設計與施工\n"),
            "工作內容說明：負責橋樑設計與施工\n"
        );
    }

    #[test]
    fn a_word_printed_letter_by_letter_alone_on_its_line_needs_no_other_evidence() {
        assert_eq!(
            repair("Bussen går.\n\nFFAAKKTTAA\n\nRute: Oslo\n"),
            "Bussen går.\n\nFAKTA\n\nRute: Oslo\n"
        );
        // Fewer letters, figures, or ideographs (words said twice).
        for page in [
            "Bussen går.\n\nAABB\n",
            "Bussen går.\n\n11 22 33 44\n",
            "高高興興快快樂樂平平安安\n",
        ] {
            assert_eq!(repair(page), page);
        }
    }

    #[test]
    fn a_short_cjk_title_printed_twice_goes_where_the_page_shows_doubling() {
        let page = "西湾规划公示首日西湾规划公示首日\n本报讯　市民踊跃提意见。\n\n严正声明严正声明\n近期，我公司发现有不法分子。\n";
        assert_eq!(
            repair(page),
            "西湾规划公示首日\n本报讯　市民踊跃提意见。\n\n严正声明\n近期，我公司发现有不法分子。\n"
        );
        // Alone, it may be a phrase said twice.
        let page = "本报讯　市民踊跃提意见。\n\n严正声明严正声明\n近期，我公司发现有不法分子。\n";
        assert_eq!(repair(page), page);
    }

    #[test]
    fn short_doubled_labels_need_page_evidence() {
        let page = "工工作作內內容容說說明明：：負責設計\n教教學學\n備備註註：：無\n";
        assert_eq!(repair(page), "工作內容說明：負責設計\n教學\n備註：無\n");
        assert_eq!(
            repair("教教學學\n備備註註：：無\n"),
            "教教學學\n備備註註：：無\n"
        );
    }

    #[test]
    fn doubled_letters_inside_doubled_words() {
        assert_eq!(repair("bbooookkss  ccooffffeeee\n"), "books coffee\n");
    }

    #[test]
    fn a_headline_with_a_comma_printed_twice_at_the_top_goes() {
        let page = "CRONACA\n\nPiscina comunale, si riapre a settembre\nPiscina comunale, si riapre a settembre\n\n\
                    Conclusi i lavori da 1,8 milioni.\n";
        assert_eq!(
            repair(page).matches("Piscina").count(),
            1,
            "{}",
            repair(page)
        );
        // Lower on the page, a line with a comma said twice may be a refrain.
        let page = "Il coro cantava piano.\nTorna, torna a casa\nTorna, torna a casa\n\nPoi il silenzio.\n";
        assert_eq!(repair(page).matches("Torna, torna").count(), 2);
    }

    #[test]
    fn repeated_lines() {
        let page = "Chapitre un\nChapitre un\n\nLe sang est prélevé.\nLe sang est prélevé.\n";
        assert_eq!(
            nonws(&repair(page)),
            nonws("Chapitre un\nLe sang est prélevé.\n")
        );
        let four = "Objectifs du cours\nObjectifs du cours\nObjectifs du cours\nObjectifs du cours\nSuite du texte\nSuite du texte\n";
        assert_eq!(
            nonws(&repair(four)),
            nonws("Objectifs du cours\nSuite du texte")
        );
    }

    #[test]
    fn a_table_row_repeated_once_is_data_on_a_page_with_doubled_runs() {
        // The headline shows doubling, but the repeated row sits among
        // rows set in cells: two classes alike.
        let table =
            "社社區區長長者者學學堂堂開開課課\n\n課程　　　堂數　　學費\n手機入門　　８　　免費\n\
                     手機入門　　８　　免費\n網上購物　　６　　１００元\n";
        let kept = repair(table);
        assert!(kept.starts_with("社區長者學堂開課"), "{kept}");
        assert_eq!(kept.matches("手機入門").count(), 2, "{kept}");
        // The same rows as plain lines of text are a line printed twice.
        let prose = table.replace('　', "");
        assert_eq!(repair(&prose).matches("手機入門").count(), 1);
        // Lines printed twice elsewhere on the page: the row is one too.
        let twice = format!("大會主席致辭\n大會主席致辭\n首日議程公布\n首日議程公布\n{table}");
        assert_eq!(repair(&twice).matches("手機入門").count(), 1);
    }

    #[test]
    fn a_whole_word_or_a_phrase_line_printed_twice_goes_beside_other_doubling() {
        let head = "COUNCIL BACKS ISLAND TWINNING\nCOUNCIL BACKS ISLAND TWINNING\n\n";
        let body = "By Mara Quigley By Mara Quigley\n\nThe council voted, and the mmaayyoorr said it was overdue.\n\
                    The bookkeeper said that that was fine.\n";
        assert_eq!(
            nonws(&repair(&format!("{head}{body}"))),
            nonws(
                "COUNCIL BACKS ISLAND TWINNING\nBy Mara Quigley\nThe council voted, and the mayor said \
                 it was overdue.\nThe bookkeeper said that that was fine.\n"
            )
        );
        // Alone, they may be meant.
        assert_eq!(repair(body), body);
    }

    #[test]
    fn a_lead_in_glued_to_its_copy_goes_alone() {
        for (page, fixed) in [
            (
                "一、托育量能要跟上。一、托育量能要跟上。許多年輕父母\n",
                "一、托育量能要跟上。許多年輕父母\n",
            ),
            (
                "El truco de Marisa:El truco de Marisa: si el caldo\n",
                "El truco de Marisa: si el caldo\n",
            ),
            (
                "判決書指出判決書指出，，陳男當晚\n",
                "判決書指出，陳男當晚\n",
            ),
            (
                "Em setembroEm setembro,, a cesta básica\n",
                "Em setembro, a cesta básica\n",
            ),
            (
                "【沙田訊】【沙田訊】沙田昨日舉行日賽\n",
                "【沙田訊】沙田昨日舉行日賽\n",
            ),
            (
                "（怡保讯）启华华小（怡保讯）启华华小日前举办\n",
                "（怡保讯）启华华小日前举办\n",
            ),
            (
                "視后周嘉欣視后周嘉欣主演的長篇劇昨日殺青\n",
                "視后周嘉欣主演的長篇劇昨日殺青\n",
            ),
            (
                "地铁出行地铁出行：：可乘坐地铁1号线\n",
                "地铁出行：可乘坐地铁1号线\n",
            ),
        ] {
            assert_eq!(repair(page), fixed);
        }
        // Said twice on purpose, or too short to tell.
        for page in [
            "研究研究，再決定。\n",
            "一步一步，慢慢來。\n",
            "Tora, Tora, Tora: the film\n",
            "New York, New York: a song\n",
            "看看看看。\n",
            "雨來了，雨來了，\n",
            "加油！加油！\n",
            "（一）（一）\n",
            "恭喜發財恭喜發財，新年快樂\n",
            "我愛你中國我愛你中國，歌聲響徹全場。\n",
            "生日快樂生日快樂\n",
            "天天天天，，\n",
        ] {
            assert_eq!(repair(page), page);
        }
    }

    #[test]
    fn a_lead_in_printed_twice_chunk_by_chunk_goes_alone() {
        for (page, fixed) in [
            (
                "记者昨日记者昨日从广州从广州地铁获悉地铁获悉：：地铁二十\n",
                "记者昨日从广州地铁获悉：地铁二十\n",
            ),
            (
                "的核心引擎之一的核心引擎之一，，在推動內在推動內的\n",
                "的核心引擎之一，在推動內的\n",
            ),
            (
                "KISUMUKISUMU,, MondayMonday –– Fishermen on the\n",
                "KISUMU, Monday – Fishermen on the\n",
            ),
            (
                "SOPOTSOPOT.. OdOd 1 maja bilet wstępu\n",
                "SOPOT. Od 1 maja bilet wstępu\n",
            ),
        ] {
            assert_eq!(repair(page), fixed);
        }
        // Words said twice, punctuation once; or reduplication.
        for page in [
            "研究研究討論討論，然後再決定。\n",
            "研究研究討論討論，，然後\n",
            "高高興興快快樂樂，，出門去\n",
        ] {
            assert_eq!(repair(page), page);
        }
    }

    #[test]
    fn short_chunks_beside_a_doubled_mark_inside_a_line_go() {
        for (page, fixed) in [
            (
                "深圳前海近年發展迅速，成為的核心引擎之一的核心引擎之一，，在推動內在推動內地與香港合作\n",
                "深圳前海近年發展迅速，成為的核心引擎之一，在推動內地與香港合作\n",
            ),
            (
                "为今年评出的50户““绿色家庭绿色家庭””颁奖。获奖家庭中\n",
                "为今年评出的50户“绿色家庭”颁奖。获奖家庭中\n",
            ),
        ] {
            assert_eq!(repair(page), fixed);
        }
        // A comma doubled by mistake after words said twice, or a quotation
        // of words said twice: no print chunk by chunk.
        for page in [
            "大家一起研究研究討論討論，，然後再說\n",
            "他連聲說“謝謝謝謝”，轉身離開了會場\n",
        ] {
            assert_eq!(repair(page), page);
        }
    }

    #[test]
    fn a_run_printed_twice_inside_a_line_goes_beside_a_line_printed_twice() {
        let page =
            "新村巴刹工程延误\n新村巴刹工程延误\n\n（蒲种23日讯）（蒲种23日讯）耗资480万令吉的\n\
                    巴刹提升工程一再延误，至今仍未交付。\n";
        assert!(
            repair(page).contains("\n（蒲种23日讯）耗资"),
            "{}",
            repair(page)
        );
        // Without the line printed twice, a run alone is no evidence (one
        // opening with a dateline's tag in brackets is: see
        // `a_lead_in_glued_to_its_copy_goes_alone`).
        let page = "新村巴刹工程延误\n\n据悉，巴刹提升工程巴刹提升工程耗资480万令吉的\n\
                    工程一再延误，至今仍未交付。\n";
        assert!(
            repair(page).contains("巴刹提升工程巴刹提升工程"),
            "{}",
            repair(page)
        );
    }

    #[test]
    fn a_lead_in_whose_copy_a_line_break_cuts_goes_beside_other_doubling() {
        let other = "Como começou?Como começou? Na cozinha da avó.\n";
        let page = format!(
            "{other}O que mudou com a estrela?O que mudou com\na estrela? A casa ficou cheia.\n"
        );
        assert_eq!(
            nonws(&repair(&page)),
            nonws("Como começou? Na cozinha da avó.\nO que mudou com a estrela?\nA casa ficou cheia.\n")
        );
        let alone = "O que mudou com a estrela?O que mudou com\na estrela? A casa ficou cheia.\n";
        assert_eq!(repair(alone), alone);
        // The next line going on otherwise: nothing.
        let page = "O que mudou com a estrela?O que mudou com\no tempo, ninguém sabe.\n";
        assert_eq!(repair(page), page);
    }

    #[test]
    fn a_dateline_in_capitals_glued_to_its_copy_goes_alone() {
        let page = "FREIBURGFREIBURG. Das Stadttheater verschiebt die Premiere.\n";
        assert_eq!(
            repair(page),
            "FREIBURG. Das Stadttheater verschiebt die Premiere.\n"
        );
        for page in ["WALLAWALLA is a town.\n", "BERIBERI was common.\n"] {
            assert_eq!(repair(page), page);
        }
        // A lead-in of words in capitals.
        let page = "ISLAND COMMUNITIESISLAND COMMUNITIES on the west\ncoast face a summer.\n";
        assert_eq!(
            repair(page),
            "ISLAND COMMUNITIES on the west\ncoast face a summer.\n"
        );
        // The copy must end a word.
        for page in [
            "ISLAND COMMUNITIESISLAND COMMUNITIESX met.\n",
            "THE NEW YORK TIMES NEW YORK said.\n",
        ] {
            assert_eq!(repair(page), page);
        }
    }

    #[test]
    fn runs_printed_twice_inside_lines_show_doubling_on_two_lines() {
        // One line with a run said twice may mean it; two are the print.
        let one = "集團主席表示，今年最重要的工作是前海港區擴建工程前海港區擴建工程，\n預計明年底前完成。\n";
        assert_eq!(repair(one), one);
        let two = format!("據統計，2024年首季2024年首季共有一千二百艘貨輪停靠。\n{one}");
        let fixed = repair(&two);
        assert_eq!(fixed.matches("2024年首季").count(), 1, "{fixed}");
        assert_eq!(fixed.matches("前海港區擴建工程").count(), 1, "{fixed}");
        // Latin lines need other evidence on the page.
        let latin =
            "The Breaking newsBreaking news desk said\nthe Harbour RoadHarbour Road bridge shut.\n";
        assert_eq!(repair(latin), latin);
    }

    #[test]
    fn one_phrase_said_twice_across_a_break_is_one_run() {
        // One run, over two lines, on a page without other doubling: kept.
        let page = "集團主席表示，今年最重要的工作是前海港區擴建\n工程前海港區擴建工程，預計明年底前完成第一期。\n";
        assert_eq!(repair(page), page);
    }

    #[test]
    fn a_run_printed_twice_across_line_breaks_is_found() {
        // The copies of a 14-character run over three lines of ten.
        let page = "據統計，2024年首季2024年首季共有一千二百艘貨輪停靠。\n\n\
                    深圳市副市長昨日在論\n壇上表示深圳市副市長\n昨日在論壇上表示，，\n\
                    前海將推出更多措施。\n";
        let fixed = repair(page);
        let joined: String = fixed.split('\n').skip(2).collect();
        assert_eq!(joined, "深圳市副市長昨日在論壇上表示，前海將推出更多措施。");
        // The cut touches every line the copies touch, and is logged as
        // across the break.
        let lines: Vec<Line> = LineIndices::new(page).collect();
        let edits = find_doubled(page, &lines, &Options::new());
        let across: Vec<&str> = edits
            .iter()
            .filter(|e| e.reason == Reason::RunAcrossBreak)
            .map(|e| &page[e.span.clone()])
            .collect();
        assert_eq!(across, ["論", "壇上表示深圳市副市長", "昨日在"]);
        // Lines that break between the copies are compared as lines.
        let rows =
            "社社區區長長者者學學堂堂開開課課\n\n手機入門八堂免費報名\n手機入門八堂免費報名\n";
        assert_eq!(repair(rows).matches("手機入門").count(), 1);
    }

    #[test]
    fn cjk_marks_printed_twice_go_where_the_page_shows_doubling() {
        let page =
            "社社區區長長者者學學堂堂開開課課\n\n每天都要加班，，工作量多了一倍。。\n「好！！」\n";
        assert_eq!(
            repair(page),
            "社區長者學堂開課\n\n每天都要加班，工作量多了一倍。\n「好！！」\n"
        );
        let plain = "每天都要加班，，工作量多了一倍。。\n";
        assert_eq!(repair(plain), plain);
    }

    #[test]
    fn one_repeated_pair_is_not_enough() {
        let page = "Le sang est prélevé.\nLe sang est prélevé.\nAutre chose.\n";
        assert_eq!(repair(page), page);
    }

    #[test]
    fn partial_leftover_copies() {
        let page = "公司名稱：\n公司名稱：華東紙業\n\n上市日期：\n上市日期：2010年\n\n證券代號：\n證券代號：600111\n";
        assert_eq!(
            nonws(&repair(page)),
            nonws("公司名稱：華東紙業\n上市日期：2010年\n證券代號：600111\n")
        );
        let page = "Acidoses graves\nAcidoses graves\nHypokaliémies (non reconnues par le laboratoire)\nnon reconnues par le laboratoire)\nAlcaloses graves\nAlcaloses graves\n";
        assert_eq!(
            nonws(&repair(page)),
            nonws("Acidoses graves\nHypokaliémies (non reconnues par le laboratoire)\nAlcaloses graves")
        );
        // Without repeated lines beside them, partial copies are chance.
        let page =
            "the balloon\nbookkeeper\nthe bookkeeper\nwill coffee\nbookkeeper\ncoffee bookkeeper\n";
        assert_eq!(repair(page), page);
    }

    #[test]
    fn overlap_chain_across_lines() {
        let page = "Hyperkaliémies (formes\nformes graves traitées en urgence\nurgence)\n";
        assert_eq!(
            nonws(&repair(page)),
            nonws("Hyperkaliémies (formes graves traitées en urgence)")
        );
        let single = "He had\nhad enough of it.\n";
        assert_eq!(repair(single), single);
    }

    #[test]
    fn legitimate_repetition_survives() {
        for s in [
            "天天都是好日子\n",
            "他們高高興興地回家了\n",
            "我們研究研究再說\n",
            "謝謝你的幫忙\n",
            "2011 年年度报告\n",
            "生於1988年\n",
            "嘻嘻嘻嘻嘻嘻\n",
            "哦婆婆嘻嘻嘻嘻嘻嘻是一無所有\n",
            "婆婆\n",
            "大大增强了物质质量\n",
            "Elle doit être recherchée.\n",
            "ARTIFICIAL LEATHER CO.,LTD.\n",
            "He had had enough of the bookkeeper.\n",
            "Lesson one: coffee and toffee.\n",
            "研究研究\n",
            "高高興興\n",
            "高高興興天天高高興興年年\n",
            "興興研究研究年年謝謝年年高高\n",
            "天天天天天研 天天天天天研\n",
            "1988 committee 1988 committee\n",
            "工作經驗工作經驗工作經驗工作經驗工作經驗工作經驗工作經\n",
            "工作經驗工作經驗工作經驗工作經驗\n",
            "==========\n",
            "Chapter 1 .......... 5\n",
        ] {
            assert_eq!(repair(s), s, "{s}");
        }
    }

    const BODY: &str =
        "　　市府去年在公園、捷運站和里民活動中心\n設置的社區書櫃，至今已增加到一百二十座。\n";

    #[test]
    fn heading_line_of_doubled_characters_is_evidence() {
        // Eight different characters, each printed twice: more than any
        // chain of reduplicated words holds.
        let page = format!("社社區區書書櫃櫃遍遍地地開開花花\n\n{BODY}");
        assert_eq!(repair(&page), format!("社區書櫃遍地開花\n\n{BODY}"));
        // In a column without blank lines too, and printed four times.
        let page = format!("社社區區書書櫃櫃遍遍地地開開花花\n{BODY}");
        assert_eq!(repair(&page), format!("社區書櫃遍地開花\n{BODY}"));
        let quad: String = "社區書櫃遍地開花".chars().flat_map(|c| [c; 4]).collect();
        assert_eq!(repair(&format!("{quad}\n")), "社區書櫃遍地開花\n");
        // Fewer, but a particle among them, which no chain holds.
        assert_eq!(repair("ままちちのの話話題題\n"), "まちの話題\n");
        for page in ["高高興興快快樂樂\n", "平平安安\n"] {
            assert_eq!(repair(page), page);
        }
        // It shows doubling for the page: a shorter doubled subhead goes too.
        let page = format!(
            "社社區區書書櫃櫃遍遍地地開開花花\n\n{BODY}\n志志工工輪輪班班維維護護\n\n{BODY}"
        );
        assert_eq!(
            repair(&page),
            format!("社區書櫃遍地開花\n\n{BODY}\n志工輪班維護\n\n{BODY}")
        );
    }

    #[test]
    fn reduplication_chains_are_no_heading_evidence() {
        for line in [
            // 聲聲慢: seven different characters, all reduplicated.
            "尋尋覓覓冷冷清清淒淒慘慘戚戚",
            "尋尋覓覓　冷冷清清　淒淒慘慘戚戚",
            "尋尋覓覓　　冷冷清清　　淒淒慘慘戚戚",
            "平平安安快快樂樂健健康康",
            "平平安安　　快快樂樂　　健健康康",
            "男男女女老老少少",
            "哈哈哈哈呵呵呵呵嘻嘻嘻嘻嘿嘿嘿嘿",
            // A short doubled subhead alone: six characters.
            "志志工工輪輪班班維維護護",
        ] {
            for page in [
                format!("{line}\n"),
                format!("{BODY}\n{line}\n\n{BODY}"),
                format!("{BODY}{line}\n{BODY}"),
            ] {
                assert_eq!(repair(&page), page, "{page}");
            }
        }
    }

    #[test]
    fn doubled_ideographic_space_is_a_doubled_character() {
        // Words printed twice, eleven different ideographs: one short of
        // the twelve a line of ideographs alone needs; the doubled
        // full-width space between the phrases is the twelfth.
        let page = "社區社區書櫃書櫃遍地遍地開花開花　　人有人有書讀書讀\n";
        assert_eq!(repair(page), "社區書櫃遍地開花　人有書讀\n");
        let single = "社區社區書櫃書櫃遍地遍地開花開花　人有人有書讀書讀\n";
        assert_eq!(repair(single), single);
        // A doubled space of another kind is layout, not ink.
        let ascii = "社區社區書櫃書櫃遍地遍地開花開花  人有人有書讀書讀\n";
        assert_eq!(repair(ascii), ascii);
        // The reviewer's headline: doubled space and eleven letters.
        let page = format!("社社區區書書櫃櫃遍遍地地開開花花　　人人人人有有書書讀讀\n\n{BODY}");
        assert_eq!(
            repair(&page),
            format!("社區書櫃遍地開花　人人有書讀\n\n{BODY}")
        );
    }

    #[test]
    fn heading_printed_twice_with_other_doubling() {
        let weak = "\n備備註註：：無\n";
        let page = format!("{BODY}\n誰來整理書櫃\n誰來整理書櫃\n\n{BODY}{weak}");
        assert_eq!(
            repair(&page),
            format!("{BODY}\n誰來整理書櫃\n\n\n{BODY}\n備註：無\n")
        );
        // No blank lines: after a sentence, before a wider line.
        let page = format!("{BODY}誰來整理書櫃\n誰來整理書櫃\n{BODY}{weak}");
        assert_eq!(
            repair(&page),
            format!("{BODY}誰來整理書櫃\n\n{BODY}\n備註：無\n")
        );
        let page =
            format!("{BODY}\n志志工工輪輪班班維維護護\n\n{BODY}\n誰來整理書櫃\n誰來整理書櫃\n");
        assert_eq!(
            repair(&page),
            format!("{BODY}\n志工輪班維護\n\n{BODY}\n誰來整理書櫃\n\n")
        );
        let page = "The city council voted late on Tuesday.\n\nCouncil Votes to Close Depot\nCouncil Votes to Close Depot\n\nHHiigghh  SSttrreeeett\n";
        assert_eq!(
            repair(page),
            "The city council voted late on Tuesday.\n\nCouncil Votes to Close Depot\n\n\nHigh Street\n"
        );
    }

    #[test]
    fn a_headline_printed_twice_at_the_top_of_a_page_is_evidence() {
        let page = format!("长江十年禁渔成效初显\n长江十年禁渔成效初显\n\n{BODY}");
        assert_eq!(repair(&page), format!("长江十年禁渔成效初显\n\n\n{BODY}"));
        // Too few different characters for a headline.
        let page = format!("我親愛的祖國啊\n我親愛的祖國啊\n\n{BODY}");
        assert_eq!(repair(&page), page);
        // Under the section's label that tops the page; not under text.
        let page = format!(
            "地域\n路線バス３割減便へ\n路線バス３割減便へ\n運転手不足で来春のダイヤ改正\n{BODY}"
        );
        assert_eq!(
            repair(&page),
            format!("地域\n路線バス３割減便へ\n\n運転手不足で来春のダイヤ改正\n{BODY}")
        );
        let page = format!("地域の話題をお伝えします。\n路線バス３割減便へ\n路線バス３割減便へ\n運転手不足で来春のダイヤ改正\n{BODY}");
        assert_eq!(repair(&page), page);
        // Under a running head and the label after a page break.
        let page = format!(
            "{BODY}\n\x0c15 | IL CORRIERE | Giovedì 14 marzo 2024\nSPORT\n\nIl Giulianova vola in vetta\nIl Giulianova vola in vetta\n\n{BODY}"
        );
        assert_eq!(
            repair(&page),
            format!("{BODY}\n\x0c15 | IL CORRIERE | Giovedì 14 marzo 2024\nSPORT\n\nIl Giulianova vola in vetta\n\n\n{BODY}")
        );
        // Under a running head that opens the text.
        let page = format!(
            "Lindenauer Wochenblatt · Donnerstag, 13. März 2025 · Seite 9\n\nLOKALES\n\n\
             Radweg nach Oberried kommt\nRadweg nach Oberried kommt\n\n{BODY}"
        );
        assert_eq!(
            repair(&page),
            format!("Lindenauer Wochenblatt · Donnerstag, 13. März 2025 · Seite 9\n\nLOKALES\n\nRadweg nach Oberried kommt\n\n\n{BODY}")
        );
    }

    #[test]
    fn heading_pair_traps_survive() {
        let weak = "\n備備註註：：無\n";
        for page in [
            // Alone, a pair may be a repeated cell or a refrain.
            format!("{BODY}\n誰來整理書櫃\n誰來整理書櫃\n\n{BODY}"),
            "我愛這片土地。\n\n我親愛的祖國啊\n我親愛的祖國啊\n".to_owned(),
            // Its own doubling is not other evidence.
            format!("{BODY}\n天天開開心心\n天天開開心心\n\n{BODY}"),
            // A sentence said twice, with company.
            format!("{BODY}\nLe sang est prélevé.\nLe sang est prélevé.\n\n{BODY}{weak}"),
            // Sentence marks inside.
            format!("{BODY}\n誰來，整理書櫃\n誰來，整理書櫃\n\n{BODY}{weak}"),
            // A table column: among other short cells.
            format!("{BODY}\n場地\n維多利亞公園\n維多利亞公園\n九龍公園\n\n{BODY}{weak}"),
            format!("{BODY}\n維多利亞公園\n維多利亞公園\n九龍公園\n\n{BODY}{weak}"),
            // A refrain that recurs, a running header.
            format!("我親愛的祖國啊\n我親愛的祖國啊\n\n{BODY}\n我親愛的祖國啊\n{weak}"),
            format!("THE DAILY NEWS\nTHE DAILY NEWS\n\n{BODY}\u{c}THE DAILY NEWS\n{weak}"),
            // Copies on two pages.
            format!("{BODY}\nTHE DAILY NEWS\n\u{c}THE DAILY NEWS\n\n{BODY}{weak}"),
            // Too short, periodic, no letters.
            format!("{BODY}\n書櫃\n書櫃\n\n{BODY}{weak}"),
            format!("{BODY}\n研究研究研究\n研究研究研究\n\n{BODY}{weak}"),
            format!("{BODY}\n2024-12-15\n2024-12-15\n\n{BODY}{weak}"),
        ] {
            // Nothing else is strong: had the pair counted, the label
            // would have gone too.
            assert_eq!(repair(&page), page);
        }
    }

    #[test]
    fn legitimate_repetition_on_a_page_with_a_doubled_heading() {
        // The doubled heading shows doubling for the page; the body's
        // reduplications and repeats are still no candidates.
        let body = "他們高高興興地回家了，天天都是好日子。謝謝你的幫忙。\n2011 年年度报告，婆婆說大大增强了物质质量。嘻嘻嘻嘻嘻嘻。\n我們研究研究再說。\n";
        let page = format!(
            "社社區區書書櫃櫃遍遍地地開開花花\n\n{body}\n志志工工輪輪班班維維護護\n\n{body}"
        );
        assert_eq!(
            repair(&page),
            format!("社區書櫃遍地開花\n\n{body}\n志工輪班維護\n\n{body}")
        );
    }

    #[test]
    fn filler_line_cut_twice_survives() {
        let page = "工作經驗工作經驗工作經驗工作經驗工作經\n驗工作經驗工作經驗工作\n";
        assert_eq!(repair(page), page);
        let page = "工作經驗工作經驗工作經驗工作經驗工作經\n工作經驗工作經驗工\n";
        assert_eq!(repair(page), page);
    }

    #[test]
    fn running_header_and_word_lists_survive() {
        let page = "THE DAILY NEWS\nFirst story here.\nTHE DAILY NEWS\nSecond story.\n";
        assert_eq!(repair(page), page);
        let list = "Paris\nParis\nLondon\nLondon\n";
        assert_eq!(repair(list), list);
        let many = "----------\n".repeat(1000);
        assert_eq!(repair(&many), many);
    }

    const LEDE: &str = "Patients and visitors at Kingsmead General\nwill no longer pay to park from next month,\nthe health trust announced yesterday.\n";
    const NEXT: &str = "\nThe trust said the money raised by the charges\nwould be replaced by savings on agency staff.\n";

    #[test]
    fn passage_printed_twice_as_a_block() {
        let want = format!("{LEDE}{NEXT}");
        // Back to back, and with blank lines between the copies.
        for between in ["", "\n", "\n\n", " \n"] {
            let page = format!("{LEDE}{between}{LEDE}{NEXT}");
            assert_eq!(nonws(&repair(&page)), nonws(&want), "{page}");
        }
        // The later copy goes line by line, its trimmed text only.
        let page = format!("{LEDE}{LEDE}{NEXT}");
        let lines: Vec<Line> = LineIndices::new(&page).collect();
        let edits = find_doubled(&page, &lines, &Options::new());
        let spans: Vec<_> = edits.iter().map(|e| e.span.clone()).collect();
        assert_eq!(
            spans,
            (3..6).map(|i| lines[i].trimmed.clone()).collect::<Vec<_>>()
        );
        assert!(edits.iter().all(|e| e.reason == WHY_BLOCK));
        // Two lines; eight lines; four copies; ideographs.
        let two = "The council voted late on Tuesday to close\nthe depot on Mill Lane.\n";
        assert_eq!(repair(&format!("{two}{two}")), format!("{two}\n\n"));
        let eight: String = (1..=8)
            .map(|i| format!("line {i} of a long bold passage set in a column\n"))
            .collect();
        assert_eq!(
            nonws(&repair(&format!("{eight}\n{eight}{NEXT}"))),
            nonws(&format!("{eight}{NEXT}"))
        );
        assert_eq!(
            nonws(&repair(&format!("{LEDE}{LEDE}\n{LEDE}{LEDE}{NEXT}"))),
            nonws(&want)
        );
        let zh = "住在大同區的陳太太常常帶孫子來換書。\n她說，孩子原本不愛看書，現在每個星期都吵\n";
        assert_eq!(
            nonws(&repair(&format!("{zh}{zh}\n{BODY}"))),
            nonws(&format!("{zh}{BODY}"))
        );
        // A CJK headline of two short lines: an ideograph holds two
        // letters' text.
        let head = "代打森下の一打で\nオーシャンズ逆転勝ち\n";
        assert_eq!(
            nonws(&repair(&format!("スポーツ\n\n{head}{head}\n{BODY}"))),
            nonws(&format!("スポーツ\n\n{head}\n{BODY}"))
        );
        // Lines doubled one by one inside a passage printed twice: four
        // impressions.
        let quad = "The council voted late on Tuesday to close\nThe council voted late on Tuesday to close\nthe depot on Mill Lane.\nthe depot on Mill Lane.\n";
        assert_eq!(nonws(&repair(&format!("{quad}{quad}"))), nonws(two));
        // Line-by-line repeats stay the line-level rule's.
        let lines = "Patients and visitors at Kingsmead General\nPatients and visitors at Kingsmead General\nwill no longer pay to park from next month,\nwill no longer pay to park from next month,\n";
        assert_eq!(
            nonws(&repair(lines)),
            nonws("Patients and visitors at Kingsmead General\nwill no longer pay to park from next month,\n")
        );
    }

    #[test]
    fn passage_copy_is_evidence_for_the_page() {
        let weak = "\n備備註註：：無\n";
        let page = format!("{LEDE}{LEDE}{NEXT}{weak}");
        assert_eq!(
            nonws(&repair(&page)),
            nonws(&format!("{LEDE}{NEXT}\n備註：無\n"))
        );
    }

    #[test]
    fn passage_copy_is_not_compared_with_its_original() {
        // The first line of the copy extends the last line of the original:
        // no partial copy; the original stays whole.
        let a = "Patients and visitors at Kingsmead General\nwill no longer pay to park from next month,\nPatients\n";
        let page = format!("{a}{a}{NEXT}");
        assert_eq!(repair(&page), format!("{a}\n\n\n{NEXT}"));
    }

    #[test]
    fn passage_guard_page_break() {
        // A running footer and header around a page break, and copies on
        // two pages.
        let header =
            "THE KINGSMEAD GAZETTE, TUESDAY MARCH 5\nNEWS IN BRIEF FROM AROUND THE REGION\n";
        for page in [
            format!("{header}\u{c}{header}{NEXT}"),
            format!("{header}\n\u{c}\n{header}{NEXT}"),
            format!("{LEDE}\u{c}{LEDE}{NEXT}"),
            format!("{LEDE}\n\u{c}\n{LEDE}{NEXT}"),
        ] {
            assert_eq!(repair(&page), page, "{page}");
        }
        // A page break before the first copy is no break between them.
        let page = format!("\u{c}{LEDE}{LEDE}{NEXT}");
        assert_eq!(nonws(&repair(&page)), nonws(&format!("{LEDE}{NEXT}")));
    }

    #[test]
    fn passage_guard_refrain_and_patterns() {
        let refrain =
            "Rule, Britannia! Britannia, rule the waves:\nBritons never will be slaves.\n";
        let verse = "When Britain first, at Heaven's command,\nArose from out the azure main;\n";
        for page in [
            // A refrain that recurs on the page.
            format!("{verse}\n{refrain}\n{refrain}\n{verse}\n{refrain}"),
            format!("{refrain}{refrain}{verse}{refrain}"),
            // Five copies, or copies inside a longer run of the period.
            refrain.repeat(5),
            format!("Britons never will be slaves.\n{refrain}{refrain}"),
            format!("{refrain}{refrain}Rule, Britannia! Britannia, rule the waves:\n"),
            // A line of the passage missing from one copy.
            format!("{LEDE}\n{}", &LEDE[..LEDE.rfind("the").unwrap()]),
            // A blank line inside a copy: no run of consecutive lines.
            format!("{verse}\n{refrain}{verse}\n{refrain}"),
        ] {
            assert_eq!(repair(&page), page, "{page}");
        }
    }

    #[test]
    fn passage_guard_too_little_text() {
        for page in [
            // A pair of table rows: figures and column gaps.
            "Kingsmead     12   4   3   38\nMill Lane     12   3   5   31\nKingsmead     12   4   3   38\nMill Lane     12   3   5   31\n",
            "1,204.50  1,198.25  +6.25\n  988.10    990.40  -2.30\n1,204.50  1,198.25  +6.25\n  988.10    990.40  -2.30\n",
            // Short labels and cells.
            "Name:\nAddress:\nName:\nAddress:\n",
            "Home team\nAway team\nHome team\nAway team\n",
            "Contact the trust by telephone:\nor in writing:\nContact the trust by telephone:\nor in writing:\n",
            // Under twenty characters.
            "Kingsmead General\nMill\nKingsmead General\nMill\n",
            "市府去年在公園\n捷運站\n市府去年在公園\n捷運站\n",
        ] {
            assert_eq!(repair(page), page, "{page}");
        }
    }

    #[test]
    fn runs_printed_twice_inside_a_line_go_where_the_page_shows_doubling() {
        let page = "深港科技合作區深港科技合作區\n今年最重要的工作是前海港區擴建工程前海港區擴建工程，預計明年完成。\n\
                    研究研究再說，我們天天見面，高高興興。\n\
                    the mayor said The Harbour Authority The Harbour Authority said so.\n";
        assert_eq!(
            repair(page),
            "深港科技合作區\n今年最重要的工作是前海港區擴建工程，預計明年完成。\n\
             研究研究再說，我們天天見面，高高興興。\n\
             the mayor said The Harbour Authority said so.\n"
        );
        // Without doubling elsewhere on the page, a line is left alone.
        let page = "今年最重要的工作是前海港區擴建工程前海港區擴建工程，預計明年完成。\n";
        assert_eq!(repair(page), page);
        // Linear on hostile lines: a few characters over and over.
        let line =
            "深港科技合作區深港科技合作區\n".to_owned() + &"甲乙丙丁戊己庚".repeat(20_000) + "\n";
        let _ = repair(&line);
    }

    #[test]
    fn stray_marks_between_lines_of_words_go() {
        let noise = |page: &str| -> Vec<String> {
            let lines: Vec<Line> = LineIndices::new(page).collect();
            find_noise(page, &lines, &Options::new())
                .iter()
                .map(|e| page[e.span.clone()].to_owned())
                .collect()
        };
        assert_eq!(noise("flax mill, which\n.\nfor some time\n"), ["."]);
        assert_eq!(noise("会場には多くの人が\n・\n訪れた。\n"), ["・"]);
        assert_eq!(
            noise("THE GAZETTE.\n|\nLOCAL NEWS.\n\n—\n\nFire at the mill.\n"),
            ["|", "—"]
        );
        // Section breaks, bullets, marks at the edges of the text, and two
        // in a row stay.
        for page in [
            "One.\n* * *\nTwo.\n",
            "One.\n•\nTwo.\n",
            "|\nText.\n",
            "Text.\n.\n",
            "a\n|\n|\nb\n",
        ] {
            assert!(noise(page).is_empty(), "{page:?}");
        }
        // A mark ending a line after a sentence's end, with its spaces.
        assert_eq!(
            noise("suivre un stage de citoyen-\nneté.    ~\n"),
            ["    ~"]
        );
        assert_eq!(noise("因此從重量刑。·\n"), ["·"]);
        // Not mid-sentence, nor a table's rule.
        for page in ["a ~\n", "| Total. |\n", "Its name was Tilde ~ ok.\n"] {
            assert!(noise(page).is_empty(), "{page:?}");
        }
        let doc = crate::clean("Il devra suivre un stage.  ~\n");
        assert_eq!(doc.to_text(), "Il devra suivre un stage.\n");
        assert_eq!(doc.reconstruct(), "Il devra suivre un stage.  ~\n");
        let page = "flax mill, which\n.\nfor some time\n";
        let lines: Vec<Line> = LineIndices::new(page).collect();
        assert!(find_noise(page, &lines, &Options::new().remove_noise(false)).is_empty());
        let doc = crate::clean(page);
        assert_eq!(doc.to_text(), "flax mill, which for some time\n");
        assert_eq!(doc.reconstruct(), page);
        assert!(doc.repairs().iter().any(|r| r.kind() == RepairKind::Noise));
    }

    #[test]
    fn switch_off() {
        let s = "深港合作深港合作，，新篇章新篇章\n";
        assert_eq!(repair_with(s, &Options::new().repair_doubling(false)), s);
    }

    #[test]
    fn degenerate_inputs_are_fast_and_safe() {
        let long = "年".repeat(1_000_000);
        assert_eq!(repair(&long), long);
        let ab = "ab".repeat(1_000_000);
        assert_eq!(repair(&ab), ab);
        let doubled: String = "前海作為粵港澳大灣區".repeat(2).repeat(20_000);
        let _ = repair(&doubled);
        for s in ["", "\n", "a", "aa", "\u{3000}", "é\r\né", "\u{c}x\u{c}x"] {
            let _ = repair(s);
        }
        // Lines repeating with short periods: patterns, tried in bounded
        // steps each.
        for period in 1..=10 {
            let page: String = (0..period)
                .map(|i| format!("line {i} of a passage that repeats over and over\n"))
                .collect::<String>()
                .repeat(200_000 / period);
            assert!(repair(&page) == page);
        }
        // Thousands of passages printed twice, all repaired.
        let mut page = String::new();
        let mut want = String::new();
        for i in 0..20_000 {
            let block = format!(
                "Passage {i} was set in bold type\nand printed twice ({i}) by the extractor.\n"
            );
            page.push_str(&block);
            page.push_str(&block);
            page.push('\n');
            want.push_str(&block);
        }
        assert!(nonws(&repair(&page)) == nonws(&want));
    }

    #[test]
    fn fixtures() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
        if !dir.is_dir() {
            return;
        }
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("ink_") && n.ends_with(".txt") && !n.ends_with(".clean.txt"))
            .collect();
        names.sort();
        let mut failed = Vec::new();
        for name in &names {
            let input = std::fs::read_to_string(dir.join(name)).unwrap();
            let clean =
                std::fs::read_to_string(dir.join(name.replace(".txt", ".clean.txt"))).unwrap();
            let got = nonws(&repair(&input));
            if got != nonws(&clean) {
                eprintln!("{name}: got\n{got}\nwant\n{}", nonws(&clean));
                failed.push(name.clone());
            }
        }
        assert!(failed.is_empty(), "ink fixtures failed: {failed:?}");

        // The hk page: the fake-bold lede (lines 47-79) repaired, nothing else touched.
        let input = std::fs::read_to_string(dir.join("hk-two-articles.txt")).unwrap();
        let golden = std::fs::read_to_string(dir.join("hk-two-articles.golden.jsonl")).unwrap();
        let lines: Vec<Line> = LineIndices::new(&input).collect();
        let edits = find_doubled(&input, &lines, &Options::new());
        let lede = lines[46].content.start..lines[78].next;
        for e in &edits {
            assert!(
                e.span.start >= lede.start && e.span.end <= lede.end,
                "edit outside the lede: {:?}",
                &input[e.span.clone()]
            );
        }
        let inside: Vec<Edit> = edits
            .iter()
            .map(|e| Edit {
                span: e.span.start - lede.start..e.span.end - lede.start,
                ..e.clone()
            })
            .collect();
        let repaired = nonws(&apply(&input[lede.clone()], &inside));
        let want = golden
            .lines()
            .find(|l| l.contains("\"lines\": [47, 79]"))
            .and_then(|l| l.split("\"text\": \"").nth(1))
            .and_then(|t| t.split('"').next())
            .expect("golden lede block");
        assert_eq!(repaired, nonws(want));
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use crate::lines::LineIndices;
    use proptest::prelude::*;

    fn repair(input: &str) -> String {
        let lines: Vec<Line> = LineIndices::new(input).collect();
        let edits = find_doubled(input, &lines, &Options::new());
        let mut out = String::new();
        let mut pos = 0;
        for e in &edits {
            out.push_str(&input[pos..e.span.start]);
            pos = e.span.end;
        }
        out.push_str(&input[pos..]);
        out
    }

    /// Words of distinct letters, no letter shared between words.
    /// [`distinct_words`] of at least six characters in all: a label long
    /// enough to be evidence (filtered locally, so that no run of rejected
    /// cases ends the test).
    fn long_enough() -> impl Strategy<Value = Vec<String>> {
        distinct_words().prop_filter("at least six characters", |w| {
            w.iter().map(|x| x.chars().count()).sum::<usize>() >= 6
        })
    }

    fn distinct_words() -> impl Strategy<Value = Vec<String>> {
        Just(
            "的是不了人我在有他這中大來上國個到說們為子和你地出道也時年"
                .chars()
                .collect::<Vec<char>>(),
        )
        .prop_shuffle()
        .prop_flat_map(|pool| {
            proptest::collection::vec(1usize..4, 1..8).prop_map(move |sizes| {
                let mut words = Vec::new();
                let mut at = 0;
                for s in sizes {
                    if at + s > pool.len() {
                        break;
                    }
                    words.push(pool[at..at + s].iter().collect::<String>());
                    at += s;
                }
                words
            })
        })
    }

    /// Pages of short lines over a small alphabet, many of them doubled
    /// in one of the ways fake bold doubles text, or repeating a neighbour.
    fn page() -> impl Strategy<Value = String> {
        let line = ("[ab年天：1 \u{3000}]{0,10}", 0usize..7).prop_map(|(s, mode)| match mode {
            0 => s,
            1 => s.chars().flat_map(|c| [c, c]).collect(),
            2 => s.chars().flat_map(|c| [c; 4]).collect(),
            3 => s.repeat(2),
            4 => format!("{s} {s}"),
            5 => s
                .split(' ')
                .map(|w| w.repeat(2))
                .collect::<Vec<_>>()
                .join(" "),
            _ => s.chars().flat_map(|c| [c, c]).chain(s.chars()).collect(),
        });
        (
            proptest::collection::vec(line, 0..8),
            proptest::collection::vec(any::<bool>(), 8),
        )
            .prop_map(|(lines, dup)| {
                let mut out = String::new();
                for (l, d) in lines.iter().zip(dup) {
                    out.push_str(l);
                    out.push('\n');
                    if d {
                        out.push_str(l);
                        out.push('\n');
                    }
                }
                out
            })
    }

    proptest! {
        #[test]
        fn fast_parse_matches_reference(s in "[ab c]{0,40}", k in prop_oneof![Just(2usize), Just(4usize)]) {
            let chars: Vec<char> = s.chars().collect();
            prop_assert_eq!(fast_powers(&chars, k), reference_powers(&chars, k));
        }

        #[test]
        fn fast_parse_matches_reference_on_doubles(parts in proptest::collection::vec("[abc]{1,5}", 1..6)) {
            let s: String = parts.iter().map(|p| p.repeat(2)).collect();
            let chars: Vec<char> = s.chars().collect();
            for k in [2, 4] {
                prop_assert_eq!(fast_powers(&chars, k), reference_powers(&chars, k));
            }
        }

        #[test]
        fn greedy_split_matches_full_parse(
            parts in proptest::collection::vec(("[ab c]{1,6}", 0usize..4), 0..8),
        ) {
            // Pieces printed once, twice, four times, or twice with their
            // first character again: greedy splits that finish, stop at the
            // start or get stuck.
            let s: String = parts
                .iter()
                .map(|(p, m)| match m {
                    0 => p.clone(),
                    1 => p.repeat(2),
                    2 => p.repeat(4),
                    _ => format!("{}{}", p.repeat(2), &p[..1]),
                })
                .collect();
            let chars: Vec<char> = s.chars().collect();
            let want = [4, 2]
                .into_iter()
                .find_map(|k| fast_powers(&chars, k).map(|v| (k, v)));
            prop_assert_eq!(split_pieces(&chars), want);
        }

        #[test]
        fn one_power_parse_matches_joint_parse(
            parts in proptest::collection::vec(("[ab c]{1,4}", 1usize..5), 0..10),
        ) {
            let s: String = parts.iter().map(|(p, m)| p.repeat(*m)).collect();
            let chars: Vec<char> = s.chars().collect();
            let (mut c2, mut c4, mut c) = (Vec::new(), Vec::new(), Vec::new());
            let (ok4, ok2) = power_parse(&chars, &mut c2, &mut c4);
            prop_assert_eq!(power_parse_for::<2>(&chars, &mut c), ok2);
            if ok2 {
                prop_assert_eq!(pieces(&chars, 2, &c), pieces(&chars, 2, &c2));
            }
            prop_assert_eq!(power_parse_for::<4>(&chars, &mut c), ok4);
            if ok4 {
                prop_assert_eq!(pieces(&chars, 4, &c), pieces(&chars, 4, &c4));
            }
        }

        #[test]
        fn doubled_char_matches_plain_test(s in "[aé年 \t]{0,12}") {
            for j in 0..=s.len() + 1 {
                for end in j..=s.len() + 1 {
                    prop_assert_eq!(doubled_char_at(&s, j, end), doubled_char_at_simple(&s, j, end));
                }
            }
        }

        #[test]
        fn per_char_from_first_pair_matches_whole_scan(page in page()) {
            // Starting at the first doubled character (as the pair scan
            // finds it) finds what a scan of the whole line finds.
            let lines: Vec<Line> = LineIndices::new(&page).collect();
            let mut pairs = PairScan::new(&page);
            for line in lines.iter().filter(|l| !l.is_blank()) {
                let text = line.text(&page);
                pairs.stretch_possible(line.trimmed.clone());
                let from = pairs.first - line.trimmed.start;
                let plain = (0..text.len())
                    .find(|&j| doubled_char_at_simple(text, j, text.len()).is_some())
                    .unwrap_or(text.len());
                prop_assert_eq!(from, plain);
                let run = |from: usize| {
                    let mut finder = Finder::new(&page, &lines, 2, true);
                    finder.per_char(0, text, line.trimmed.start, from);
                    let found: Vec<_> = finder
                        .findings
                        .iter()
                        .map(|f| (f.strong, finder.spans[f.spans.clone()].to_vec()))
                        .collect();
                    found
                };
                prop_assert_eq!(run(from), run(0));
            }
        }

        #[test]
        fn edges_on_chars_match_edges_on_text(s in "[ab \u{3000}é]{0,300}") {
            let chars: Vec<char> = s.chars().filter(|c| !is_space(*c)).collect();
            prop_assert_eq!(edges_repeat_chars(&chars), edges_repeat(&s));
        }

        #[test]
        fn block_search_matches_simple_search(
            parts in proptest::collection::vec(("[aé年😀 \t\n\u{3000}\u{c}x]{1,3}", 1usize..4), 0..80),
            froms in proptest::collection::vec(any::<proptest::sample::Index>(), 1..20),
        ) {
            // Characters printed once or more, across several blocks.
            let s: String = parts.iter().map(|(p, m)| p.repeat(*m)).collect();
            let mut froms: Vec<usize> = froms.iter().map(|i| i.index(s.len() + 1)).collect();
            // In order, as the scan asks (the cached block is reused), then
            // in any order.
            froms.sort_unstable();
            let mut scan = PairScan::new(&s);
            for &from in &froms {
                prop_assert_eq!(scan.find(from), find_pair_simple(&s, from), "{}", from);
            }
            froms.reverse();
            for &from in &froms {
                prop_assert_eq!(scan.find(from), find_pair_simple(&s, from), "{}", from);
            }
        }

        #[test]
        fn overlap_matches_plain_words(
            pre in "[abé年 ,.1]{0,8}",
            w in "[abé年1]{0,70}",
            post in "[abé年 ,.1]{0,8}",
            cut in 0usize..3,
        ) {
            // A word that ends one line and starts the next, sometimes cut.
            let a = format!("{pre}{w}");
            let b: String = w.chars().skip(cut).collect::<String>() + &post;
            prop_assert_eq!(overlap(&a, &b), overlap_words(&a, &b));
            prop_assert_eq!(overlap(&b, &a), overlap_words(&b, &a));
        }

        #[test]
        fn noise_tests_by_one_byte_rule_out_no_noise(line in "[a1 .|~`·。—]{0,4}") {
            prop_assert_eq!(is_noise(&line), is_noise_plain(&line));
            prop_assert_eq!(trailing_mark(&line), trailing_mark_plain(&line));
        }

        #[test]
        fn glued_ends_match_the_search_from_the_marks(
            line in "(A|a|年|。|：|[.:?]| |\u{e9}){1,40}",
            long in "(A|[.:?]|年|。){250,270}",
        ) {
            for l in [&line, &long] {
                let b = l.as_bytes();
                prop_assert_eq!(glued_ends(b).collect::<Vec<_>>(), glued_ends_reference(b));
            }
        }

        #[test]
        fn doubled_marks_match_the_search_line_by_line(
            lines in proptest::collection::vec("([ 　a年]|，|。|：|；|、|！|\u{ff0c}\u{ff0c}|。。|\r){0,12}", 0..12),
            gone in proptest::collection::vec(proptest::bool::ANY, 12),
        ) {
            let page = lines.join("\n");
            let lines: Vec<Line> = LineIndices::new(&page).collect();
            let finder = Finder::new(&page, &lines, 6, true);
            let deleted: Vec<bool> = (0..lines.len()).map(|i| gone[i % gone.len()]).collect();
            let (mut fast, mut plain) = (Vec::new(), Vec::new());
            finder.doubled_marks(&deleted, &mut fast);
            finder.doubled_marks_reference(&deleted, &mut plain);
            prop_assert_eq!(fast, plain);
        }

        #[test]
        fn block_prefilter_matches_plain_search(
            lines in proptest::collection::vec("[ab]{0,2}|abc|a b", 0..24),
        ) {
            // A few different lines, so that some repeat at every distance.
            let page = lines.join("\n");
            let lines: Vec<Line> = LineIndices::new(&page).collect();
            let finder = Finder::new(&page, &lines, 6, true);
            prop_assert_eq!(finder.may_hold_block(), finder.may_hold_block_simple());
        }

        #[test]
        fn clean_words_get_no_edits(words in distinct_words()) {
            let line = words.concat() + "\n";
            prop_assert_eq!(repair(&line), line.clone());
            let spaced = words.join(" ") + "\n";
            prop_assert_eq!(repair(&spaced), spaced.clone());
        }

        #[test]
        fn doubling_every_char_is_undone(words in long_enough()) {
            // A doubled mark ends the label, as it does in real bold labels.
            let clean = words.concat() + "：";
            let doubled: String = clean.chars().flat_map(|c| [c, c]).collect();
            prop_assert_eq!(repair(&(doubled + "\n")), clean + "\n");
        }

        #[test]
        fn doubling_every_run_is_undone(words in long_enough()) {
            let clean = words.concat() + "：";
            let doubled: String = words.iter().map(|w| w.repeat(2)).collect::<String>() + "：：";
            prop_assert_eq!(repair(&(doubled + "\n")), clean + "\n");
        }

        #[test]
        fn prefilters_change_nothing(page in page()) {
            let lines: Vec<Line> = LineIndices::new(&page).collect();
            let options = Options::new();
            prop_assert_eq!(
                find_doubled_with(&page, &lines, &options, true),
                find_doubled_with(&page, &lines, &options, false)
            );
            let options = options.min_doubled_chars(2);
            prop_assert_eq!(
                find_doubled_with(&page, &lines, &options, true),
                find_doubled_with(&page, &lines, &options, false)
            );
        }

        #[test]
        fn prefilters_never_reject_a_candidate(page in page()) {
            // Each pre-filter on its own, line by line: whatever the full
            // test or scan would accept, the pre-filter lets through.
            let lines: Vec<Line> = LineIndices::new(&page).collect();
            let mut pairs = PairScan::new(&page);
            for line in lines.iter().filter(|l| !l.is_blank()) {
                let text = line.text(&page);
                if edges_repeat(text) {
                    prop_assert!(may_be_power(text), "{:?}", text);
                }
                let mut finder = Finder::new(&page, &lines, 2, false);
                finder.per_char(0, text, line.trimmed.start, 0);
                let stretch = pairs.stretch_possible(line.trimmed.clone());
                prop_assert!(stretch || finder.findings.is_empty(), "{:?}", text);
            }
            for pair in lines.windows(2) {
                let (a, b) = (pair[0].text(&page), pair[1].text(&page));
                if a.is_empty() || b.is_empty() {
                    continue;
                }
                prop_assert_eq!(compare(a, b), compare_chars(a, b));
                // The line records' edges tell what `compare` tells first.
                if pair[0].first != pair[1].first && pair[0].last != pair[1].last {
                    prop_assert_eq!(compare(a, b), Relation::Other);
                }
                prop_assert_eq!(overlap(a, b), overlap_words(a, b));
            }
        }

        #[test]
        fn passage_printed_twice_is_undone(
            // Words long enough that every line is prose (20 columns or
            // more), as the rule asks of one line at least.
            words in proptest::collection::vec("[a-z]{5,8}", 30),
            n in 2usize..14,
            at in any::<proptest::sample::Index>(),
            k in 2usize..=8,
            blank in any::<bool>(),
        ) {
            // A word whose every letter is printed twice (`iirrdd`) is a
            // copy beside the passage's doubling: no prose word is one.
            let all_doubled = |w: &str| {
                let b = w.as_bytes();
                b.len() % 2 == 0 && b.chunks(2).all(|p| p[0] == p[1])
            };
            proptest::prop_assume!(!words.iter().any(|w| all_doubled(w)));
            // Different lines of prose; lines `from..from + k` printed twice.
            let lines: Vec<String> = (0..n)
                .map(|i| format!("{} {} {} line {i}", words[i], words[i + 1], words[i + 2]))
                .collect();
            let k = k.min(n);
            let from = at.index(n - k + 1);
            let clean = lines.join("\n") + "\n";
            let mut page = String::new();
            for (i, l) in lines.iter().enumerate() {
                page.push_str(l);
                page.push('\n');
                if i + 1 == from + k {
                    if blank {
                        page.push('\n');
                    }
                    for l in &lines[from..from + k] {
                        page.push_str(l);
                        page.push('\n');
                    }
                }
            }
            let nonws = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(nonws(&repair(&page)), nonws(&clean));
            prop_assert_eq!(repair(&clean), clean.clone());
        }

        #[test]
        fn square_copies_agree_on_bytes_and_characters(
            parts in proptest::collection::vec("[a-h ]{1,9}", 1..8),
            twice in proptest::collection::vec(proptest::bool::ANY, 8),
        ) {
            let mut s = String::new();
            for (p, t) in parts.iter().zip(&twice) {
                s.push_str(p);
                if *t {
                    s.push_str(p);
                }
            }
            let chars: Vec<char> = s.chars().collect();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            square_copies(s.as_bytes(), 6, |x| x == b' ', &mut a);
            square_copies(&chars, 6, |c| c == ' ', &mut b);
            prop_assert_eq!(a, b);
        }

        #[test]
        fn square_copies_agree_with_the_reference(
            parts in proptest::collection::vec("[a-d ]{1,9}", 1..10),
            times in proptest::collection::vec(1usize..4, 10),
            min in 2usize..7,
        ) {
            let mut s = String::new();
            for (p, &t) in parts.iter().zip(&times) {
                s.push_str(&p.repeat(t));
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            square_copies(s.as_bytes(), min, |x| x == b' ', &mut a);
            square_copies_reference(s.as_bytes(), min, |x| x == b' ', &mut b);
            prop_assert_eq!(&a, &b);
            let chars: Vec<char> = s.chars().collect();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            square_copies(&chars, min, |c| c == ' ', &mut a);
            square_copies_reference(&chars, min, |c| c == ' ', &mut b);
            prop_assert_eq!(a, b);
        }

        #[test]
        fn never_panics(s in "[a-cé年 \n\r\u{3000}]{0,80}") {
            let lines: Vec<Line> = LineIndices::new(&s).collect();
            let edits = find_doubled(&s, &lines, &Options::new());
            let mut pos = 0;
            for e in &edits {
                prop_assert!(e.span.start >= pos && e.span.start < e.span.end);
                prop_assert!(s.is_char_boundary(e.span.start) && s.is_char_boundary(e.span.end));
                pos = e.span.end;
            }
        }
    }
}
