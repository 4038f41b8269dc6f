//! Stage 3: decide which lines form which block, and the kind of each block.
//!
//! The evidence is all on the page: a line's width against the local column
//! width (estimated from its neighbours, since widths change within a page,
//! and in printed-width units for Latin script), whether it ends a sentence,
//! its indent, caption markers, page breaks, a change between fake-bold and
//! plain type, and blank lines. A blank line alone does not end a paragraph
//! (at column breaks it falls mid-sentence): it counts after a sentence or
//! clause end, around a line that is a whole paragraph, between lines set
//! one to a block, and around headline stacks, but not as the spacing of a
//! double-spaced column.
//!
//! One forward pass decides, for each line, whether a new block starts
//! there ([`segment`]); the kind is settled as the block opens: a caption
//! by its marker, a heading by the heading rules (short and standalone, set
//! apart by blank lines or type, narrower than the text after it, all
//! capitals, a numbered section), otherwise a paragraph. A byline and a
//! running head or foot next to a page break are paragraphs of one line:
//! blocks are contiguous runs of lines, so a paragraph that a running head
//! interrupts is not joined across it, and its second part is a block that
//! starts in lowercase.
//!
//! This file holds the per-line view of the page, the pass that decides
//! where blocks break and the entry point. The rules it asks live one
//! concept to a file under `segment/`: `facts` measures a line's text
//! (printed width, ends, case), `own_text` reads what its own words say,
//! with the readers of `cues` and `bylines` (section labels, datelines,
//! credits, caption markers, bylines), `width` estimates the local column
//! width, `credits` settles which lines a credit closes into a caption,
//! `table` finds rows of tables and listings, `stack` the headline stack
//! at a page's top and `heading` the headings between stories.

use core::ops::Range;

use crate::lines::Line;
use crate::log::Edit;
use crate::options::Options;
use crate::script;

mod bylines;
mod credits;
mod cues;
mod facts;
mod heading;
#[cfg(test)]
mod latin_rules;
mod own_text;
mod shape;
mod stack;
mod table;
#[cfg(test)]
mod tests;
mod width;

use self::bylines::*;
use self::credits::mark_credited;
pub use self::cues::caption_marker;
use self::cues::*;
pub(crate) use self::cues::{is_drop_cap, running_head};
use self::facts::*;
use self::own_text::{cjk_wrapped_credit, read_credit_marks, read_own_text};
use self::table::*;
use self::width::local_widths;

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
#[non_exhaustive]
pub struct Segment {
    /// What the block is.
    pub kind: BlockKind,
    /// Indices (into the line slice) of the block's lines, a half-open
    /// range whose first and last lines hold text; lines between may be
    /// blank or deleted copies.
    pub lines: Range<usize>,
    /// Byte span of a caption's or a subhead's marker to remove, with the
    /// space after it.
    pub marker: Option<Range<usize>>,
    /// For a paragraph that a caption or running head cuts in two (at a
    /// column or page break): the index of the segment that continues it.
    pub continued_by: Option<usize>,
    /// A table's or a listing's row (or its header row): the padding
    /// between its cells becomes one plain space, a single ideographic
    /// space too.
    pub row: bool,
    /// Page furniture: a running head or foot (`C6　娛樂　　香江日報
    /// 2025年3月12日`), a paragraph that keeps its ideographic spaces as
    /// printed.
    pub furniture: bool,
}

/// Fewest lines of one CJK character each that make a headline set
/// vertically.
const VERTICAL_CHARS: usize = 3;
/// Most lines of caption text above a credit line (`Foto: dpa`).
const CREDITED_LINES: usize = 3;
/// Most lines of a caption set apart by blank lines over its credit line.
const CAPTION_GROUP_LINES: usize = 6;
/// Most lines of a caption of one sentence over its credit line, with no
/// blank line or marker to set it apart.
const CAPTION_LINES: usize = 3;
/// Most lines of a stack of section label, headline and deck at the top
/// of a page (see [`Views::in_top_stack`]).
const TOP_STACK: usize = 4;
/// Most lines of such a stack where a byline closes it: a headline of two
/// lines and a deck of three (see [`Views::top_stack_end`]).
const BYLINE_STACK: usize = 2 + DECK_LINES;
/// Most words of a Latin subhead behind a marker (see [`subhead_text`]).
const LATIN_SUBHEAD_WORDS: usize = 8;
/// Longest CJK subhead behind a marker, in characters (`◆家賃補助が後押し`).
const SUBHEAD_CHARS: usize = 16;
/// Longest CJK photo credit, in characters (`記者　何嘉欣　攝`).
const PHOTO_CREDIT_CHARS: usize = 20;

/// Most blocks between a jump line out of a story (`Continued on Page 5`)
/// and the one back into it (`From Page 1`).
const MAX_JUMP_BLOCKS: usize = 64;

/// Most blocks (captions, running heads) that may stand between a
/// paragraph and its continuation.
const MAX_INTERRUPTERS: usize = 3;

/// Most cells of a Latin paragraph's indent (see
/// [`Views::heading_here`]); a line set further in may be centred.
const PARAGRAPH_INDENT: u32 = 6;

/// Lines either side within which a hanging indent repeats (see
/// [`Views::latin_hanging_line`]).
const HANGING_REACH: usize = 8;

/// Most cells of a CJK paragraph's indent, two ideographic spaces: a line
/// set further in is centred where the page shows no paragraph's indent of
/// its own.
const CJK_PARAGRAPH_INDENT: u32 = 4;

/// Least indent, in cells beyond the column's own, of a Latin line set
/// flush right (see [`View::right_aligned`]).
const RIGHT_ALIGNED_INDENT: u32 = 8;

/// Most lines of a passage printed twice whose first copy a deleted line
/// is looked for in (see [`Views::new`]).
const MAX_BLOCK_COPY_LINES: usize = 8;

/// Most lines of a pull quote set off by blank lines (see [`Views::breaks`]).
const PULL_QUOTE_LINES: usize = 5;

/// Most lines of an item of a bulleted list, its bullet's line and the
/// lines its text runs on to (see [`mark_bulleted_lists`]).
const BULLET_ITEM_LINES: usize = 8;

/// Line `a` is a question answered after a dash on line `b`: Latin text
/// ending in `?`, then a line opening with a dash (`Hur kom du in på
/// fiolen?` / `– Pappa spelade …`).
fn question_answered(a: &View, b: &View) -> bool {
    !a.cjk && a.last == '?' && matches!(b.first, '–' | '—') && !b.cjk
}

/// Line `a` is a question set in fake bold over its answer in plain type
/// right under it (`Comment êtes-vous venue au vitrail ?` / `Par hasard,
/// vraiment. …`): an interviewer's on a page that says it is an
/// interview (see [`interview_cue`]), a subhead of an explainer elsewhere
/// (`Why are bills going up?`).
fn bold_question_answered(a: &View, b: &View) -> bool {
    a.ends_bold() && matches!(a.last, '?' | '？') && !b.doubled && !b.blank_before
}

/// The indent, in cells beyond the lines around, that most paragraphs of
/// the script given (CJK or not) open with: the most common indent of its
/// lines right under a sentence's end, with no blank line between; none
/// where none is indented.
fn paragraph_indent(v: &[View], cjk: bool) -> Option<u32> {
    const MOST: usize = 16;
    let mut counts = [0u32; MOST + 1];
    for k in 1..v.len() {
        let x = &v[k];
        if x.cjk == cjk && !x.blank_before && v[k - 1].ends_sentence && x.indent > x.base_indent {
            counts[((x.indent - x.base_indent) as usize).min(MOST)] += 1;
        }
    }
    let (indent, &n) = counts.iter().enumerate().rev().max_by_key(|&(_, n)| n)?;
    (n > 0 && indent < MOST).then_some(indent as u32)
}

/// A marker that opens two lines or more within reach of each other, no
/// blank line between (but where both are long, joined already), each running on
/// to the full column or ending its sentence, bullets a list's items
/// (`◆春の植木市　２２、２３` / … /
/// `◆民話を聞く会　２３日午`), not captions or subheads (set short of the
/// column and alone): each item is a paragraph, bullet and all.
fn mark_bulleted_lists(v: &mut [View]) {
    // (Items already joined, one to a line between blank lines, as this
    // crate writes them, make a list too where they are long, or bulleted
    // by a diamond or a bullseye, which point at no photo: two short lines
    // between blank lines behind `▲` are two captions.)
    let diamond = |x: &View| matches!(x.first, '◆' | '◇' | '◎');
    let joined = |x: &View| x.width > LONG || diamond(x);
    let runs_on = |k: usize, v: &[View]| {
        let x = &v[k];
        let alone = x.blank_before && v.get(k + 1).is_none_or(|n| n.blank_before);
        x.width + CJK_SHORT > x.col || x.ends_sentence || (diamond(x) && alone)
    };
    // The last item marked: a list goes on to its next item within reach.
    let mut last: Option<usize> = None;
    for k in 0..v.len() {
        if v[k].blank_before && !joined(&v[k]) {
            last = None;
        }
        if v[k].marker == 0 || !runs_on(k, v) {
            continue;
        }
        let same = |j: usize, v: &[View]| v[j].marker > 0 && v[j].first == v[k].first;
        let goes_on = last.is_some_and(|l| k - l <= BULLET_ITEM_LINES && v[l].first == v[k].first);
        let next = (k + 1..(k + 1 + BULLET_ITEM_LINES).min(v.len()))
            .take_while(|&j| !v[j].blank_before || (joined(&v[j]) && joined(&v[k])))
            .find(|&j| v[j].marker > 0)
            .filter(|&j| same(j, v) && runs_on(j, v));
        if goes_on || next.is_some() {
            v[k].marker = 0;
            v[k].subhead = false;
            v[k].list_item = true;
            v[k].bulleted = true;
            last = Some(k);
        }
    }
}

/// Fewest lines one after the other, each opening with a quantity or
/// each with a weekday, that make a list (see [`mark_lead_lists`]).
const LEAD_ROWS: usize = 3;
/// Fewest lines of a list of quantities that measure them in a unit (see
/// [`mark_lead_lists`]).
const MEASURED_ROWS: usize = 2;

/// Lines one after the other, [`LEAD_ROWS`] or more, each opening with a
/// quantity (a recipe's ingredients: `320 g di riso Carnaroli` / `1
/// cipolla dorata` / `1/2 bicchiere di vino bianco`) or each with a
/// weekday (a school's menu, a week's fixtures: `Mon. Chicken patty on
/// bun` / `Tue. Walking tacos`), are a list's items: each line is a
/// paragraph, whatever ends it. Quantities are measured in units on two
/// lines at least, or open after the text above has ended. (Prose wrapped
/// over a figure opens one line with it, seldom three in a row, and the
/// line above stops on an article or a hyphen, `… einen` / `2,4
/// Kilometer`, or inside its clause, `Police seized` / `40 kilos of …`.)
fn mark_lead_lists(v: &mut [View]) {
    // (A table's row set with gaps may open with a figure; a week's list
    // may set a gap after its day, `Mon.  Chicken patty on bun`.)
    let row = |x: &View| x.cjk || x.tally || x.list_item;
    for quantities in [true, false] {
        let lead = |x: &View| {
            if quantities {
                x.quantity_lead && !x.gapped
            } else {
                x.weekday_lead
            }
        };
        let mut k = 0;
        while k < v.len() {
            let mut end = k;
            while end < v.len()
                && lead(&v[end])
                && !row(&v[end])
                && (end == k
                    || (!v[end].blank_before && !v[end - 1].open_end && !v[end - 1].ends_hyphen))
            {
                end += 1;
            }
            // (Quantities measured in units, two at least, or opening
            // after the text above has ended: prose counts things in the
            // middle of its sentences, `Police seized` / `40 kilos of
            // cannabis, arrested` / `12 people and recovered` / `3 stolen
            // cars.`)
            let measured = v[k..end].iter().filter(|x| x.measured).count();
            let after_end = k == 0
                || v[k].blank_before
                || v[k - 1].ends_sentence
                || v[k - 1].all_caps
                || matches!(v[k - 1].last, ':' | '：');
            if end - k >= LEAD_ROWS && (!quantities || measured >= MEASURED_ROWS || after_end) {
                v[k..end].iter_mut().for_each(|x| x.list_item = true);
            }
            k = end.max(k + 1);
        }
    }
}

/// Fewest questions over their answers that make a page an interview
/// (see [`Views::interview`]).
const INTERVIEW_QUESTIONS: usize = 2;

/// Fewest lines of a list of entries each set as one sentence on its line
/// (see [`mark_sentence_lists`]).
const SENTENCE_ROWS: usize = 3;

/// Latin lines in a run of [`SENTENCE_ROWS`] or more, no blank line
/// between, that each open with a capital or a figure, part fields with
/// commas and end a sentence, the first after the text above has ended
/// and the last over a blank line (or a title in capitals), are a list's
/// entries, a paragraph each (`Merinda (s.), 1,840 tons,
/// Capt. R. Allsop, from Newcastle.` / `Coolangatta (s.), 2,215 tons, …`).
/// Prose seldom ends a sentence at the end of three lines in a row, each
/// opening one.
fn mark_sentence_lists(v: &mut [View]) {
    let entry = |x: &View| {
        !x.cjk
            && x.ends_sentence
            && x.clause
            && (x.first.is_uppercase() || x.first.is_numeric())
            && !x.list_item
    };
    let mut k = 0;
    while k < v.len() {
        let after_end = k == 0
            || v[k].blank_before
            || v[k - 1].ends_sentence
            || v[k - 1].all_caps
            || matches!(v[k - 1].last, ':' | '：');
        if !after_end {
            k += 1;
            continue;
        }
        let mut end = k;
        while end < v.len() && entry(&v[end]) && (end == k || !v[end].blank_before) {
            end += 1;
        }
        // (And end the text, at a blank line or the end: a paragraph's
        // sentences go on into a line that ends none, `Buses, trains and
        // ferries will run extra services.` / `The detour, via Main
        // Street, adds ten minutes to` / `most journeys.`)
        // (Or at the next day's title in a listing: `THURSDAY, MAY 15`.)
        let closed = v
            .get(end)
            .is_none_or(|x| x.blank_before || x.page_break || x.all_caps || x.day_title);
        if closed && end - k >= SENTENCE_ROWS {
            v[k..end].iter_mut().for_each(|x| x.list_item = true);
        }
        k = end.max(k + 1);
    }
}

/// Leaders ending in words (see [`Leaders::Words`]) make a row only beside
/// another row of leaders, no blank line between (`Vlissingen . . . .
/// N.A.P. + 3,12 m` / `Hansweert . . . . . N.A.P. + 3,41 m`): alone, they
/// are prose pausing (`every 12 minutes .... maybe in 2025.`).
fn drop_lone_worded_leaders(v: &mut [View]) {
    for k in 0..v.len() {
        let above = k > 0 && !v[k].blank_before && v[k - 1].leaders;
        let below = v.get(k + 1).is_some_and(|n| !n.blank_before && n.leaders);
        if v[k].worded_leaders && !above && !below {
            v[k].leaders = false;
        }
    }
}

/// Fewest lines counting up by their bare numbers that make a list (see
/// [`mark_counted_lines`]).
const COUNTED_LINES: usize = 3;

/// Lines set tight that open with bare numbers counting up one by one,
/// [`COUNTED_LINES`] at least (`1 2-1121 MAHI MAHI 14 J. Dodds` / `2 43-215
/// KIRKSTALL LAD 21 R. Fenwick` / `3 1111- BORA BORA BOY 98 …`), a
/// racecard's runners or a list's entries: each line is an item. Prose
/// seldom opens three lines running with one number after another.
fn mark_counted_lines(v: &mut [View]) {
    let mut start = 0;
    for k in 1..=v.len() {
        let counts = k < v.len()
            && v[k].bare_number > 0
            && !v[k].blank_before
            && v[k - 1].bare_number > 0
            && v[k].bare_number == v[k - 1].bare_number.wrapping_add(1);
        if !counts {
            if k - start >= COUNTED_LINES && v[start].bare_number > 0 {
                v[start..k].iter_mut().for_each(|x| x.list_item = true);
            }
            start = k;
        }
    }
}

/// Most lines of an item of a numbered list, its number's line and the
/// lines its text runs on to (see [`mark_numbered_lists`]).
const NUMBERED_ITEM_LINES: usize = 4;

/// Lines opening with numbers one after the other (`1. Apreciação do
/// relatório…;` / `2. Aplicação de resultados;`, `1. Pastor Emeka Nwosu`
/// / `2. Deaconess …`), each within [`NUMBERED_ITEM_LINES`] of the last,
/// are a numbered list's items, whatever ends their lines: each is a
/// paragraph. (A number alone opening a line may be a date, `3. März`:
/// the next number under it tells a list; a table's ranked rows are
/// rows.)
fn mark_numbered_lists(v: &mut [View]) {
    mark_counted_lines(v);
    for k in 1..v.len() {
        let n = v[k].list_number;
        // (A table's rows may open with their rank: `1. Illescas   31  19`
        // stays a row.)
        let row = |x: &View| x.cjk || x.gapped || x.tally;
        // (An item's text opens with a capital; a date's month or a word
        // in lowercase goes on a sentence, `den` / `14. Juni, und …`, as
        // does any number under a line ending in an article or a
        // preposition.)
        let item = |y: usize| {
            v[y].list_item_capital && (y == 0 || v[y].blank_before || !v[y - 1].open_end)
        };
        if n < 2 || row(&v[k]) || !item(k) {
            continue;
        }
        let previous = (k.saturating_sub(NUMBERED_ITEM_LINES)..k)
            .rev()
            .take_while(|&y| y + 1 == k || !v[y + 1].blank_before || v[y + 1].list_number > 0)
            .find(|&y| v[y].list_number > 0);
        if let Some(p) = previous.filter(|&p| v[p].list_number + 1 == n && !row(&v[p]) && item(p)) {
            v[p].list_item = true;
            v[k].list_item = true;
        }
    }
}

/// Marks as bylines the names alone that the lines around them tell: a
/// Latin name of a few words under a headline or its deck, over a lede
/// opening with its dateline (`Mads Ørjasæter` / `RÅHOLT: Når …`; not a
/// page's first line, its headline, nor a headline's last words in its
/// style, `Festival Kuliner Kota Lama` / `Digelar Akhir Pekan`); and a CJK
/// name of two to four ideographs alone between blank lines, under a
/// headline and over the indented text (`乡村图书室不该只是“摆设”` / blank
/// / `周晓岚` / blank / `　　前不久…`); a Latin name alone between blank
/// lines under a headline stack (`Sandra Kübler`), or in capitals right
/// over the text there (`PETR DVOŘÁČEK` / `Od dubna, …`); and a Latin name
/// in capitals set tight between a headline's or deck's last line and the
/// text (`clàssic de Sòfocles` / `JORDI SEGARRA` / `La directora …`).
fn mark_lone_names(v: &mut [View]) {
    for k in 1..v.len() {
        let (above, x) = (&v[k - 1], &v[k]);
        let latin = k >= 2 && {
            let (n, top) = (x, &v[k - 2]);
            // (After a deck of whole sentences too, over a dateline:
            // `syksyllä kirkonkylän kouluun.` / `Heikki Rautiainen` /
            // `YLÄ-JÄRVELÄ. Kunnanvaltuusto …`.)
            (n.dateline || n.place_mark || (n.caps_lede && !n.all_caps))
                && above.names
                && above.few_words
                && !above.ends_sentence
                && !above.all_caps
                && above.marker == 0
                // (Not a name a sentence goes on in: `… addressed as Mr` /
                // `Olamide Gbolahan Ajibade-` / `Lawson. All former …`.)
                && !above.ends_hyphen
                && !top.open_end
                && (!top.ends_sentence || n.dateline || n.place_mark)
                && !(above.headline_case && top.headline_case)
        };
        if latin {
            v[k - 1].byline = true;
        }
        let x = &v[k];
        let cjk = v.get(k + 1).is_some_and(|n| {
            x.cjk
                && (400..=800).contains(&x.width)
                && x.indent == 0
                && !x.clause
                && !x.ends_sentence
                && x.marker == 0
                && x.blank_before
                && n.blank_before
                && n.indent > x.indent
                && n.cjk
                && !v[k - 1].ends_sentence
                && (k < 2 || v[k - 1].blank_before || v[k - 2].ends_sentence)
        });
        if cjk {
            v[k].byline = true;
        }
        // A Latin name alone under a headline stack (a line set apart that
        // ends no sentence, no jump line or running head): between blank
        // lines, the stack's line wider than it, over the text set tight
        // (`Wegen Gleisarbeiten fällt …` / blank / `Sandra Kübler` / blank
        // / `Vom 7. Juli …`; in a double-spaced lede, a line of
        // capitalised words is its first); or in capitals right over the
        // text (`Zastupitelé schválili …` / blank / `PETR DVOŘÁČEK` / `Od
        // dubna, kdy …`). Not a subhead after text that has ended its
        // sentence.
        let (above, x) = (&v[k - 1], &v[k]);
        let under_stack = x.names
            && x.marker == 0
            && x.blank_before
            && !above.ends_sentence
            && !above.jump
            && !above.furniture
            && (k == 1 || above.blank_before);
        let alone = v.get(k + 1).is_some_and(|n| {
            !x.all_caps
                && !x.ends_sentence
                && n.blank_before
                && !n.names
                && script::is_uppercase(n.first)
                && v.get(k + 2).is_some_and(|m| !m.blank_before)
                && above.width > x.width
        });
        // (Not over a deck over the byline: `ROVERS SINK PORT AGNES` /
        // `Late Okafor strike settles the derby` / blank / `By Tomas
        // Reilly` is a headline.)
        let over_deck =
            |n: &View| n.display() && v.get(k + 2).is_some_and(|m| m.blank_before && m.byline);
        let caps_over_text = v.get(k + 1).is_some_and(|n| {
            x.all_caps && !n.blank_before && !n.all_caps && !n.names && !over_deck(n)
        });
        if under_stack && (alone || caps_over_text) {
            v[k].byline = true;
        }
        // A name alone between blank lines under a story's last sentence
        // signs it (`… gilt als wahrscheinlich.` / blank / `Michaela
        // Steiner` / blank), over the end of the text or a short line alone
        // or after two blank lines (the next letter's title),
        // a heading's (over text going on, it is a subhead: `Neue
        // Haltestellen` / blank / `Die Busse halten …`).
        let (above, x) = (&v[k - 1], &v[k]);
        let signs = x.names
            && !x.place_name
            && (x.few_words || x.long_name)
            && x.marker == 0
            && x.blank_before
            && above.ends_sentence
            && !above.names
            && v.get(k + 1).is_none_or(|n| {
                n.blank_before
                    && n.width <= 2 * x.width
                    && (n.blanks >= 2 || v.get(k + 2).is_none_or(|m| m.blank_before))
                    // (A phrase in capitals over a title set otherwise is a
                    // section's label: `KETCH OVERDUE` / `Anxiety for Crew
                    // of Three`, `PETITES ANNONCES` / `Immobilier`.)
                    && (!x.all_caps || n.all_caps || n.marker > 0)
            });
        if signs {
            v[k].byline = true;
        }
        // A name in capitals set tight over the text opening under it,
        // under a line that ends no sentence (a headline's, a deck's):
        // `clàssic de Sòfocles` / `JORDI SEGARRA` / `La directora …`;
        // running text reads on through no such line. (A blank line above
        // it, a deck's commas too: `…mandátů, účast stoupla` / blank /
        // `PAVLA KŘENKOVÁ` / `HORNÍ LHOTICE. Opakované …`.)
        let (above, x) = (&v[k - 1], &v[k]);
        // (In the stack at a page's top: no sentence ends above it back to
        // the page's first line, a few lines up; inside a story, a name in
        // capitals may go on a sentence, `… la scomparsa di` / `GIUSEPPE
        // VERDI` / `I figli …`.)
        let in_top_stack = || {
            let top = (0..k)
                .rev()
                .take(2 * TOP_STACK)
                .find(|&t| t == 0 || v[t].page_break);
            top.is_some_and(|t| v[t..k].iter().all(|y| !y.ends_sentence))
        };
        let caps_between = v.get(k + 1).is_some_and(|n| {
            x.names
                && x.all_caps
                && x.few_words
                && x.marker == 0
                && !n.blank_before
                && !above.ends_sentence
                && !above.all_caps
                && (!above.clause || x.blank_before)
                && above.marker == 0
                && !above.byline
                && !above.furniture
                && !above.gapped
                && !n.gapped
                && !n.all_caps
                && !n.names
                && script::is_uppercase(n.first)
                && !above.open_end
                && in_top_stack()
        });
        if caps_between {
            v[k].byline = true;
        }
    }
}

/// Caption markers every page may use. A single marker character, or a
/// label followed by a colon.
const MARKER_CHARS: &[char] = &[
    '●', '▲', '■', '◆', '▼', '►', '▶', '◎', '★', '◇', '□', '△', '☆',
];
/// The bytes a built-in marker may start with: the first bytes of
/// [`MARKER_CHARS`] and [`MARKER_LABELS`].
static MARKER_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < MARKER_CHARS.len() {
        // The lead byte of the character's UTF-8 encoding.
        let c = MARKER_CHARS[i] as u32;
        let lead = match c {
            0..=0x7f => c,
            0x80..=0x7ff => 0xc0 | (c >> 6),
            0x800..=0xffff => 0xe0 | (c >> 12),
            _ => 0xf0 | (c >> 18),
        };
        t[lead as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < MARKER_LABELS.len() {
        t[MARKER_LABELS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};
const MARKER_LABELS: &[&str] = &[
    "圖：",
    "图：",
    "圖:",
    "图:",
    "圖／",
    "图／",
    "圖/",
    "图/",
    "図：",
    "図:",
    "表：",
    "表:",
    "写真：",
    "写真:",
    "（写真）",
    "Photo:",
    "Photos:",
    "PHOTO:",
    "Foto:",
    "Fotos:",
    "FOTO:",
    "Bild:",
    "Picture:",
    "PICTURE:",
    "Pictured:",
    "PICTURED:",
    "Fig.",
    "Figure:",
    "Caption:",
];

/// The first characters of the non-ASCII [`MARKER_LABELS`] (a test checks
/// that the list is whole).
const LABEL_STARTS: &[char] = &['圖', '图', '図', '写', '表', '（'];

/// The first two bytes of the ASCII [`MARKER_LABELS`] (a test checks that
/// the list is whole).
const ASCII_LABEL_STARTS: &[[u8; 2]] = &[
    *b"Ph", *b"PH", *b"Fo", *b"FO", *b"Bi", *b"Pi", *b"PI", *b"Fi", *b"Ca",
];

/// Widths are capped here (167,772 cells, far beyond any column), so that
/// the arithmetic on them cannot overflow.
const MAX_WIDTH: u32 = 1 << 24;

/// Printed width of a space, in the hundredths of [`latin_width`].
const SPACE_WIDTH: u32 = 50;

/// Lines on each side that the local column estimate looks at.
const WINDOW: usize = 6;
/// A CJK line is short when at least this many width units (hundredths of
/// a column) shy of its column: two cells, one ideograph.
const CJK_SHORT: u32 = 400;
/// A CJK paragraph's first line whose indent the extractor lost is one or
/// two ideographs short of the column.
const CJK_LOST: core::ops::RangeInclusive<u32> = 200..=400;
/// Most lines of a deck set between blank lines (see
/// [`Views::deck_between_blanks`]).
const DECK_LINES: usize = 3;
/// Most lines between two entries of a CJK box of facts (see
/// [`Views::box_entry`]).
const ENTRY_REACH: usize = 3;
/// Most lines of a deck of whole sentences over the writer's name (see
/// [`Views::deck_between_blanks`]).
const SIGNED_DECK_LINES: usize = 5;
/// Most items of a column of briefs between a brief and the section's
/// label over them (see [`Views::in_brief_column`]).
const BRIEF_ITEMS: usize = 8;
/// Most lines of a brief in a column of briefs (see
/// [`Views::in_brief_column`]).
const BRIEF_LINES: usize = 24;
/// Lines of one width that show a CJK column of text under a headline
/// stack (see [`Views::cjk_column_from`]).
const COLUMN_LINES: usize = 3;
/// Widest CJK section label over a headline, four wide characters
/// (`地方短波`): see [`Views::heading_goes_on`].
const CJK_LABEL_WIDTH: u32 = 800;
/// How far short of its column a CJK title with a comma stops, at least:
/// three wide characters (see [`Views::cjk_comma_title`]).
const CJK_TITLE_SHORT: u32 = 600;
/// At most this many characters in a CJK title set flush between indented
/// paragraphs (see [`Views::cjk_flush_title`]).
const CJK_FLUSH_TITLE_CHARS: u32 = 24;
/// Latin: a line is short below this share of its column (justified text)…
const LAT_SHORT: f32 = 0.86;
/// …or when the next line's first word would have fitted within this share
/// (ragged text).
const LAT_FIT: f32 = 0.94;
/// Latin: a line before a blank line and a capital ends its block below
/// this share of its column (see [`Views::stops_short_before_blank`]).
const LAT_SHORT_BEFORE_BLANK: f32 = 0.75;
/// Latin: a very short line ends its paragraph whatever its last character.
const LAT_VERY_SHORT: f32 = 0.60;
/// Latin: a paragraph's first line that lost its indent is below this share.
const LAT_LOST: f32 = 0.84;
/// Latin: `.` then a lowercase word is an abbreviation unless the line is
/// shorter than this share of the column.
const LAT_ABBREVIATION: f32 = 0.75;
/// Latin: a line ending in `;` ends a list's item before a line in
/// lowercase only below this share of its column.
const LAT_ITEM_SHORT: f32 = 0.75;
/// Lines over which a list of `;`-ended items stays open.
const LIST_SPAN: usize = 12;
/// A heading is at most this share of the column of the text after it.
const CJK_HEAD_RATIO: f32 = 0.80;
const LAT_HEAD_RATIO: f32 = 0.62;
/// Both lines of a Latin heading set on two lines are at most this share
/// of the column of the text after them (see [`Views::heading_goes_on`]).
const LAT_PAIR_RATIO: f32 = 0.75;
/// Fewest blank lines after a sentence's end that show a page parting its
/// paragraphs with them (see [`Views::blank_paragraphs`]).
const BLANK_PARAGRAPHS: usize = 3;
/// A line indented more cells than this is set off from its column (a
/// signature pushed right): its width sets no column.
const FAR_INDENT: u32 = 8;
/// Fewest and most lines of a headline set a word to a line (see
/// [`Views::word_stack`]).
const WORD_STACK: usize = 4;
const WORD_STACK_MAX: usize = 16;
/// A Latin headline set across columns is at least this many times as wide
/// as the text under it (see [`Views::wide_headline`]).
const WIDE_HEADLINE: f32 = 1.2;
/// A headline this many times as wide as the text under it may sit over a
/// lede that opens with a name.
const FAR_WIDER_HEADLINE: f32 = 1.3;
/// The second phrase of a CJK headline set on two lines may be this many
/// times as wide as the first (see [`Views::cjk_pair`]).
const CJK_PHRASE_SPREAD: f32 = 2.0;

/// Splits `lines` into blocks. `deleted` are the doubled copies the repair
/// stage found (sorted); lines they cover entirely are skipped.
///
/// One forward pass: a new block starts at a line where the break rules
/// say so (page break, caption marker, indent, a short line ending a
/// sentence, a lost indent, a heading, a dateline …), and its kind is
/// decided as it opens.
pub fn segment(input: &str, lines: &[Line], deleted: &[Edit], options: &Options) -> Vec<Segment> {
    segment_text(input, lines, deleted, options, false)
}

/// [`segment`], where `continues` says that `input` goes on from text
/// before it (a piece of a longer input, cut where a block starts): then
/// its first line opens no page, and the rules for a page's top (section
/// label, headline stack, running head) leave it alone.
pub(crate) fn segment_text(
    input: &str,
    lines: &[Line],
    deleted: &[Edit],
    options: &Options,
    continues: bool,
) -> Vec<Segment> {
    let views = Views::new(input, lines, deleted, options, continues);
    let v = &views.v;
    let mut out: Vec<Segment> = Vec::new();
    // The first and last view of each segment.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let mut kind = BlockKind::Paragraph;
    let mut list_item = None;
    let mut widest = 0;
    for (j, line) in v.iter().enumerate() {
        let opens = j == 0 || views.breaks(j - 1, j, kind, j - start, widest, &mut list_item);
        if !opens {
            widest = widest.max(line.width);
            continue;
        }
        widest = line.width;
        if j > 0 {
            out.push(views.segment(lines, start, j - 1, kind));
            spans.push((start, j - 1));
        }
        start = j;
        kind = if !options.classify || line.furniture {
            // A running head is page furniture, no heading of the text
            // after it (which goes on from the page before): a paragraph.
            BlockKind::Paragraph
        } else if (views.subhead(j) || line.top_stack == 1) && !views.among_entries(j) {
            BlockKind::Heading
        } else if line.marker > 0 || line.credit_caption || line.credited == 1 {
            BlockKind::Caption
        } else if line.byline
            // (A letter's signature under its last sentence, the name in
            // capitals, the place not: `… we demand from them.` / `ENOCH
            // TETTEH, Teshie-Nungua`; not `KWAME ASANTE, NPP` over a
            // candidate's profile, nor `MAYOR RESIGNS, CITES HEALTH`.)
            || (line.name_place
                && line.caps_lead
                && !line.caps_tail
                && !line.blank_before
                && !line.doubled
                && j > 0
                && v[j - 1].ends_sentence
                && !v[j - 1].name_place)
            || (line.cjk_result && views.short(j))
            || line.bulleted
            || line.list_item
            || (line.dateline && (line.cjk || (line.few_words && line.caps_lead)))
            || line.source_note
            || line.field_row
            || line.drop_cap
            || line.leaders
            || views.row(j)
            || line.entry
            || views.header_row(j)
            || views.column_labels(j)
            || views.box_entry(j)
            || views.among_entries(j)
        {
            // Who wrote it, not what it is about: body text of its own; a
            // CJK dateline, a place alone under the byline and a drop cap
            // open body text; a table's row, its header row too,
            // and a listing's entry are paragraphs.
            BlockKind::Paragraph
        } else if views.heading_here(j)
            || views.cjk_short_stack(j).is_some()
            || views.table_title(j)
            || views.list_title(j)
            || views.header_row(j + 1)
            || (line.single_cjk && views.vertical(j))
            || views.cjk_title(j)
        {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
    }
    if !v.is_empty() {
        out.push(views.segment(lines, start, v.len() - 1, kind));
        spans.push((start, v.len() - 1));
    }
    if options.classify {
        views.continuations(&mut out, &spans);
    }
    out
}

/// One line with text, as segmentation sees it once doubled copies are out.
#[derive(Debug, Clone)]
struct View {
    /// Index into the line slice.
    index: usize,
    /// Width in hundredths of a column, indent included: display width for
    /// CJK lines, an estimate of the printed width for Latin ones.
    width: u32,
    indent: u32,
    /// At least half the characters are wide (CJK).
    cjk: bool,
    first: char,
    last: char,
    ends_sentence: bool,
    ends_hyphen: bool,
    /// Ends on a colon set off by a space (French `confirmé :`).
    spaced_colon: bool,
    /// Clause punctuation (`，`, `,` …) anywhere, but a decimal comma
    /// between digits (`8,4 miljoen`, see [`clause_outside_figures`]).
    clause: bool,
    /// Latin heading material: no `:`, no digits, no final `!` or `?`.
    latin_heading: bool,
    /// Latin letters, at least eight, all capitals (`WAREHOUSE FIRE`).
    all_caps: bool,
    /// Latin words in headline style, every long one capitalised (`Jelang
    /// Musim Hujan`): see [`headline_case`].
    headline_case: bool,
    /// Latin text of at most [`FEW_WORDS`] words opening with a capital
    /// (`Ashby cricketers`).
    few_words: bool,
    /// A sentence ends inside the line (`hopeful. The`, `。` before its end).
    inner_stop: bool,
    /// Set like a title: at most two words, or at least half of them
    /// capitalised (`Der Krieg und die deutſche Bühne. I.`, not `He denies
    /// the charge.`).
    title_case: bool,
    /// Starts with a section number (`II.`, `3)`).
    numbered: bool,
    /// Starts with a section number that cannot be a name's initial: see
    /// [`section_heading`].
    section: bool,
    /// Starts with a dateline (`Berlin, 3. März.`): see [`dateline`].
    dateline: bool,
    /// A day's date alone, the title of a listing's day (`Freitag, 14.
    /// März`, `Friday, March 14`): see [`day_title`].
    day_title: bool,
    /// The cells of a CJK line set with ideographic spaces between them
    /// (`名次　球队　　　　赛　胜　平　负　积分`: seven), 0 for none: see
    /// [`spaced_cells`].
    spaced_cells: u8,
    /// The cells of a CJK line of short cells parted by single spaces
    /// (`月份 收入 按年變幅`: three), and of the line under one such, 0 for
    /// none: see [`word_cells`].
    word_cells: u8,
    /// The cells of a CJK row that single spaces part (`29日上午10时
    /// 开幕仪式`: two), 0 for none: see [`cjk_cell_row`]. Its entry may
    /// wrap onto the line under it.
    tight_row: u8,
    /// The figures a Latin line ends in, 0 for none: see [`tail_figures`].
    tail_figures: u8,
    /// The column labels after a Latin line's first word (`Lag S V O F
    /// P`: five), 0 for none: see [`label_cells`].
    label_cells: u8,
    /// A CJK name and a place in brackets (`林美华（槟城）`): see
    /// [`cjk_name_and_place`].
    cjk_signature: bool,
    /// A book's entry, title, author, publisher and price (`『台所の民俗学』
    /// 高木俊介著（北辰社・2640円）`, `The Glass Orchard, by Mira Ellison
    /// (Halvorsen Press, 320 pages, $28)`): see [`shape::book_entry`]. A
    /// row of its own line, whose width sets no column.
    book: bool,
    /// A CJK row of results, two names around a score (`桜ケ丘３―０北山`):
    /// see [`cjk_score`]; a block of its own line, alone or not.
    cjk_result: bool,
    /// Opens with a month's name right under a line that ends in a figure:
    /// a date set over the line end (`… on Wednesday 10` / `April at 7pm
    /// …`), no title's end before it.
    month_lead: bool,
    /// A byline, the whole line (`By Jane Smith`, `記者 陳大文`): see
    /// [`byline`].
    byline: bool,
    /// Width of the first word, for the fit test.
    first_word: u32,
    /// A Latin line ending in an article, a preposition or a conjunction
    /// (`Hoheit der`, `the mayor of`): no title ends there (see
    /// [`is_function_word`]).
    open_end: bool,
    /// [`View::open_end`] at an article, a preposition or a possessive,
    /// not a conjunction, at which a list's item may end (`…; and` / `(d)
    /// If …`): a phrase that goes on, `… zu prüfen. Ihre` / `Sprecherin …`.
    ends_in_article: bool,
    /// The first word is one that is capitalised only to open a sentence
    /// (`The`, `Die`, `Le`): see [`opens_sentence`].
    opens_sentence: bool,
    /// The first word is a pronoun or a conjunction capitalised only to
    /// open a sentence (`When`, `He`): see [`opens_clause`].
    opens_clause: bool,
    /// The line opens with the same two capitalised words as the next
    /// (see [`same_opening`]).
    names_next: bool,
    /// A name and an age, an obituary's head: see [`obituary_head`].
    obituary: bool,
    /// The first word is in capitals (`SOPOT.`, `A HEALTH board`), as a
    /// story's first words often are.
    caps_lead: bool,
    /// [`View::caps_lead`], as a story's lede opens: see [`caps_lede`].
    caps_lede: bool,
    /// The last word is in capitals (`… dei suoi cari MARIA`): a name in
    /// capitals may go on in the next line.
    caps_tail: bool,
    /// The last word opens with a capital (`… host the Tennessee`): a name
    /// may go on in the next line.
    capital_tail: bool,
    /// Opens with a place and a period (`Oberaich. Schwer verletzt …`):
    /// see [`place_mark`].
    place_mark: bool,
    /// Opens in lowercase with a by-word before names (`von Anna Huber`,
    /// `door Jan de Vries`): a byline, set tight under its headline or
    /// after a blank line.
    by_names: bool,
    /// Opens an entry of a box with a label run in before a period, as
    /// another line near it does (see [`mark_run_in_labels`]).
    run_in: bool,
    /// A CJK brief's title after its place and a slash (`彰化／長者共餐再增5處`):
    /// see [`place_slash_title`].
    place_title: bool,
    /// The line ends inside a URL or an e-mail address that the next line
    /// goes on with (see [`script::url_break`]).
    url_runs_on: bool,
    /// Blank lines between this line and the previous line with text.
    blank_before: bool,
    /// How many (saturating at 255).
    blanks: u8,
    /// A form feed before this line's text (since the previous line with text).
    page_break: bool,
    /// A running head or foot: the first line of a page or the last one,
    /// with a page number (see [`running_head`]).
    furniture: bool,
    /// May be a row of results (see [`score_row`]).
    score: bool,
    /// Pairs two sides for a match to come (see [`pairing`],
    /// [`cjk_pairing`]).
    pairs: bool,
    /// May be a row of a table set without gaps, of results or of a
    /// listing (see [`tally_row`], [`time_end`]).
    tally: bool,
    /// A name alone (`Ana Rita Sousa`, `Geneviève Lavoie`): see
    /// [`name_line`].
    names: bool,
    /// A name alone of four words, one of them a patronymic's or a
    /// family's particle (`Nur Aisyah Binte Rahman`, `Anna Maria van der
    /// Berg`), or with a title in brackets (`Lim Siew Hong (Madam)`): as
    /// few words as a name of three (see [`View::few_words`]).
    long_name: bool,
    /// [`View::names`], but a place's name, parted by hyphens around a
    /// lowercase particle (`Les Moutiers-sur-Vase`, `Frankfurt am Main`
    /// too): no person signs so.
    place_name: bool,
    /// A name and a place, a letter's signature (`Johan van der Merwe,
    /// Zevenwacht`): see [`name_and_place`].
    name_place: bool,
    /// A note on the writer under an opinion piece (`Fiona Radcliffe is a
    /// former chair of the Chamber of Trade`): see [`writer_bio`].
    bio: bool,
    /// Holds a layout gap (runs of spaces), or, at a page's top, an
    /// ideographic space between CJK phrases (`高校野球秋季県大会　桜ケ丘が
    /// ７年ぶり優勝`).
    gapped: bool,
    /// A CJK line holding a space or an ideographic space between its
    /// phrases (`来春開館へ　蔵書３０万冊`).
    phrased: bool,
    /// In a headline stack at a page's top (see [`Views::top_stack_end`]):
    /// 1 where a heading opens, 2 where the heading above goes on, 0
    /// elsewhere.
    top_stack: u8,
    /// The label of the page's section at its top, over the headline
    /// (`SPORT`, `COMUNIDAD VALENCIANA`, `經濟`): see [`kicker`].
    kicker: bool,
    /// A CJK photo caption without a marker, Japanese style: a line set
    /// apart by blank lines whose credit follows a `＝` (`買い物客＝１０日、
    /// 長野県松本市`, `高橋由美子さん＝本人提供`). Where the caption takes
    /// more lines, its first line is [`View::credited`] instead.
    credit_caption: bool,
    /// A CJK photo credit (`記者　何嘉欣　攝`), which ends the caption above.
    photo_credit: bool,
    /// A jump line (`Continued on Page 5`, `From Page 1`): see
    /// [`jump_line`].
    jump: bool,
    /// A photo credit of names and an agency set apart by a slash (`JANE
    /// LI / MORNING LEDGER`, `EFE / Domenech Castelló`): see
    /// [`slash_credit`].
    slash_credit: bool,
    /// A turn of an interview, one of its own after a sentence's end: a
    /// CJK line opening with a doubled dash (`――受賞の知らせを聞いた
    /// ときは。`), the interviewer's question, or a line opening with a
    /// speaker's label (`問：`, `答：`, `Q:`): see [`interview_turn`].
    turn: bool,
    /// A line opening with a label of a few ideographs or words and a
    /// colon (`展期：即日起`, `地铁出行：可乘坐`, `Area: 46 hectares`): an
    /// entry of a box of facts where others stand near it (see
    /// [`Views::box_entry`]).
    entry_label: bool,
    /// A CJK row of two fields or more, each a label and a colon, parted by
    /// a gap (`經文：出埃及記16章  講員：張明道牧師`): a paragraph of its
    /// own (see [`cjk_field_row`]).
    field_row: bool,
    /// CJK text ending in a photographer's or a source's credit
    /// (`…佐藤健一撮影`, `…本人提供`, `…攝`).
    credit_end: bool,
    /// A CJK line whose sentence ends before the credit it ends in (see
    /// [`cjk_sentence_then_credit`]): a caption, alone after text.
    sentence_credit: bool,
    /// A Latin line ending in a bracketed credit after a sentence's end or
    /// with its label's colon (`… Probefahrt. (Bild: Urs Graf)`), not a
    /// pointer inside a sentence (`Die Siegerin (Foto oben)`).
    stop_before_credit: bool,
    /// Holds a photo credit (see [`credit_text`]); looked for only on a
    /// line with a caption marker and the few after it.
    credit_text: bool,
    /// Behind a marker, the text of a subhead (`■審批流程大幅提速`): see
    /// [`subhead_text`] and [`Views::subhead`].
    subhead: bool,
    /// A photo credit by label (`Foto: dpa/Kay Nietfeld`).
    credit_label: bool,
    /// Right under a table's row, the note of its source: a paragraph of
    /// its own line, no caption.
    source_note: bool,
    /// In a caption whose text stands above a credit line, the credit
    /// closing it (`Fahrgäste am Hauptbahnhof.` / `Foto: dpa`): 1 at its
    /// first line, 2 at the others, 0 elsewhere.
    credited: u8,
    /// One CJK character alone: a letter of a headline set vertically
    /// (`專` / `訪` / …), one to a line.
    single_cjk: bool,
    /// Opens with a CJK section number (`一、`, `（一）`): a section's
    /// title, or a numbered item.
    cjk_numbered: bool,
    /// A CJK section's title: numbered, short, no clause or sentence end
    /// after its number (`一、总体目标`; not `一、……，……。`, a numbered
    /// paragraph).
    cjk_title: bool,
    /// One capital letter alone: a drop cap, the first letter of the word
    /// that opens the next line (`T` / `HE COUNCIL voted`).
    drop_cap: bool,
    /// Byte length of the caption marker the line starts with (0: none).
    marker: u32,
    /// Starts like an item of a list: `3) `, `• `.
    list_item: bool,
    /// Opens an item of a list bulleted by a caption's marker: see
    /// [`mark_bulleted_lists`].
    bulleted: bool,
    /// A dash and a name alone, a CJK quotation's speaker set under it
    /// (`──周嘉欣`): see [`attribution_line`].
    attribution: bool,
    /// The writer's role, wrapped from the byline above (`By Helen Marsh,
    /// Environment` / `Correspondent`): see [`wrapped_byline`].
    role_wrap: bool,
    /// Opens with a quotation mark and a lowercase word behind it (`«
    /// voleur de vélos » de la gare`): a phrase going on, as a line opening
    /// in lowercase does.
    quoted_lowercase: bool,
    /// The line opens with a quotation of a capitalised word that closes
    /// on it (`‘Common sense’`, `‘Cliff edge’ for pensioners`): a subhead
    /// may quote a speaker.
    quoted_capital: bool,
    /// Opens with an em dash and a space (`— Nunca.`): a speaker's turn in
    /// dialogue, an old paper's item of news (`— Leipzig, 13. März.`), or
    /// a sentence opened by a dash inside a paragraph.
    dash_turn: bool,
    /// Opens with a spaced en dash or hyphen and a lowercase word (`– and
    /// then`): a clause going on after a dash, where the line before stops
    /// mid-clause, not an item of a list.
    dash_clause: bool,
    /// Opens with a spaced en dash or hyphen and a figure (`– 3 april
    /// 2024`): a range's end after a line ending in a figure.
    dash_figure: bool,
    /// The number a line starts with, as in `2. ` or `2) ` (1 to 999).
    list_number: u16,
    /// The number a line starts with bare, one or two figures and a space
    /// before a capital or a figure (`3 1111- BORA BORA BOY 98`), 0 for
    /// none: a runner's or a row's number where such lines count up.
    bare_number: u8,
    /// Opens with a quantity and a word (`250g sweet potato`, `1/2
    /// bicchiere`, `4 pandan leaves`): see [`quantity_lead`].
    quantity_lead: bool,
    /// Opens with a quantity measured in a unit or equated (`250g`, `60 g
    /// di burro`, `1 Euro = …`): see [`measured`].
    measured: bool,
    /// Opens with a weekday's name, whole or cut short, then more
    /// (`Saturday Red Willow at Hartsfield, 7:30 p.m.`, `Mon. Chicken
    /// patty on bun`): see [`weekday_lead`].
    weekday_lead: bool,
    /// [`View::list_number`] is followed by a word opening with a capital
    /// that names no month (`2. Aplicação …`, not `14. Juni`).
    list_item_capital: bool,
    /// Ends in an article or a preposition (see [`View::ends_in_article`])
    /// or in one that ends no headline (`past`, `against`).
    ends_in_preposition: bool,
    /// Ends in a verb that headlines set before its object (`Water
    /// utility seeks` / `R2.4bn loan`): see [`headline_verb`].
    verb_end: bool,
    /// A section's label at a page's top (see [`View::kicker`]) of two
    /// words or more and no conjunction (`FLOODWATERS ISOLATE`, not
    /// `WEATHER` or `BUSINESS AND FINANCE`): it may be a headline's first
    /// line; or a short CJK line that names no section by its word
    /// (`大肚山輕軌`, not `地方新聞`).
    kicker_phrase: bool,
    /// The time a listing's entry opens with, in minutes after midnight
    /// (`22:10 天天饮食`: 1330); `u16::MAX` for none.
    clock: u16,
    /// Dot leaders before a number at the end (`Inland ....... 3`).
    leaders: bool,
    /// The leaders end in words (see [`Leaders::Words`]): a row only
    /// beside another row of leaders.
    worded_leaders: bool,
    /// An entry of a listing by the clock (`20.30 Tg2`, `1800 新聞報道`):
    /// the line opens with a time (see [`leading_clock`]), and is one of a run
    /// of at least [`TABLE_ROWS`] such lines close together (see
    /// [`mark_entries`]).
    entry: bool,
    /// Doubled copies were removed from this line (it was set in fake bold).
    doubled: bool,
    /// The line was printed again whole on the next line: fake bold that
    /// leaves the line's own text, and its width, as set.
    copied: bool,
    /// After its doubled copies the line goes on in plain type: a lead-in
    /// in fake bold opens it. See [`View::ends_bold`].
    plain_tail: bool,
    /// A Latin line opening with a label and its colon in fake bold, going
    /// on in plain type (`$$4488  mmiilllliioonn:: cost of`): an entry's
    /// first line.
    bold_label: bool,
    /// The blank line before this one is mere line spacing: it sits in a
    /// double-spaced column (see [`line_spacing`]).
    spacing: bool,
    /// The blank line before this one separates blocks set one to a line.
    own_line: bool,
    /// Set flush right, far in from the column's left edge: a letter's
    /// signature (`             Maria Egger, Stans`), a notice's issuer
    /// and date (`          江城市中级人民法院`); see
    /// [`RIGHT_ALIGNED_INDENT`].
    right_aligned: bool,
    /// Local column width and the smallest indent around.
    col: u32,
    base_indent: u32,
}

impl View {
    /// No caption marker, no clause punctuation, no line-end hyphen: the
    /// first test of any heading line.
    fn plain(&self) -> bool {
        self.marker == 0 && !self.clause && !self.ends_hyphen
    }

    /// May be a line of a headline stack at a page's top, though it holds
    /// commas: no marker, byline, dateline or jump, no sentence's end
    /// inside or at the end (but a question's), no final hyphen or CJK
    /// comma.
    fn display(&self) -> bool {
        !self.ends_hyphen && self.display_wrapped()
    }

    /// May be a line of a headline stack that wraps on into the next at a
    /// line-end hyphen (`Stadtrat gibt grünes Licht für Fuß-` / `und
    /// Radbrücke zur Lauterau`): [`View::display`] but for the hyphen.
    fn display_wrapped(&self) -> bool {
        self.marker == 0
            && !self.byline
            && !self.book
            && !self.dateline
            && !self.inner_stop
            && !self.url_runs_on
            && !self.jump
            // (A question or an exclamation may end a headline, CJK too:
            // `…怎麼避免重複用藥？`.)
            && !(self.cjk && script::is_clause_mark(self.last) && !matches!(self.last, '？' | '！'))
            && (!self.ends_sentence || matches!(self.last, '?' | '!' | '？' | '！'))
    }

    /// May be a line of a deck of whole sentences over its writer's name:
    /// Latin, with no marker, byline, dateline or line-end hyphen.
    fn deck_text(&self) -> bool {
        !self.cjk && self.marker == 0 && !self.byline && !self.dateline && !self.ends_hyphen
    }

    /// Ends a phrase: no article, preposition or conjunction, comma,
    /// colon or hyphen at its end.
    fn complete(&self) -> bool {
        !self.open_end && !matches!(self.last, ',' | ';' | ':' | '-')
    }

    /// A CJK line wholly in full-width brackets: a note, a source, a
    /// credit or a signature (`（彼得前書5章7節）`, `（中通社）`).
    fn in_brackets(&self) -> bool {
        self.cjk && self.first == '（' && self.last == '）'
    }

    /// A CJK signature with its closing words (`鄉長 吳文德 敬上`), not a
    /// name and a place in brackets (`林美华（槟城）`): it closes its block.
    fn signs_off(&self) -> bool {
        self.cjk_signature && self.last != '）'
    }

    /// The line ends in fake bold: doubled, and no lead-in going on in
    /// plain type. The type changes between lines `a` and `b` where
    /// `a.ends_bold() != b.doubled`.
    fn ends_bold(&self) -> bool {
        self.doubled && !self.plain_tail
    }
}

struct Views {
    v: Vec<View>,
    /// The text goes on from text before it: its first line opens no page.
    continues: bool,
    has_blanks: bool,
    /// The page parts its paragraphs with blank lines (at least
    /// [`BLANK_PARAGRAPHS`] blank lines after a sentence's end, and no
    /// indents shown): a short line after a sentence's end is no paragraph
    /// whose indent was lost.
    blank_paragraphs: bool,
    /// Whether the page marks paragraph starts with an indent (some lines
    /// after a sentence end are indented deeper than the lines around
    /// them), in Latin text and in CJK text: see [`Views::shows_indents`].
    indents_shown: [bool; 2],
    /// The indent, in cells beyond the lines around, that most of the
    /// page's CJK paragraphs open with, counted on lines right after a
    /// sentence's end (none where no such line is indented).
    cjk_paragraph_indent: Option<u32>,
    /// The page is an interview set as questions answered after a dash
    /// (`Hur kom du in på fiolen?` / `– Pappa spelade …`), or in plain type
    /// under a bold question where the page says it is an interview,
    /// [`INTERVIEW_QUESTIONS`] pairs at least (see [`question_answered`],
    /// [`bold_question_answered`]): its questions are text, no headings.
    interview: bool,
    /// For each view, whether it is a row of a table or listing: a block of
    /// its own line (see [`mark_rows`]). Empty on a page without tables.
    rows: Vec<bool>,
}

impl Views {
    fn new(
        input: &str,
        lines: &[Line],
        deleted: &[Edit],
        options: &Options,
        continues: bool,
    ) -> Self {
        let mut v: Vec<View> = Vec::with_capacity(lines.len());
        // The lines that may be rows of a table: few, and their facts kept
        // out of the views, which the column estimate reads many times over.
        let mut candidates: Vec<Candidate> = Vec::new();
        // The lines opening with a label run in before a period, and the
        // label's question word.
        let mut run_ins: Vec<(usize, usize)> = Vec::new();
        // The lines that open with a time: entries of a listing, if close
        // together (see [`mark_entries`]).
        let mut timed: Vec<usize> = Vec::new();
        // (And those whose time a word in lowercase follows.)
        let mut loose: Vec<(usize, u16)> = Vec::new();
        let mut d = 0;
        let mut blank = false;
        let mut blanks = 0u8;
        let mut page_break = false;
        let mut kept = String::new();
        let mut prev_text = "";
        let mut since_marker = usize::MAX;
        // The last line was read as pointing to another page, or as a
        // Romanian byline, from its own text: a line going on from it in
        // lowercase says it was prose (see below).
        let mut pointer_or_de = false;
        for (index, line) in lines.iter().enumerate() {
            page_break |= line.page_break;
            if line.is_blank() {
                blank = true;
                blanks = blanks.saturating_add(1);
                continue;
            }
            while d < deleted.len() && deleted[d].span.end <= line.trimmed.start {
                d += 1;
            }
            let (mut doubled, mut plain_tail, mut bold_label) = (false, false, false);
            let text: &str = if d < deleted.len() && deleted[d].span.start < line.trimmed.end {
                kept.clear();
                let mut pos = line.trimmed.start;
                let mut copy = false;
                while d < deleted.len() && deleted[d].span.start < line.trimmed.end {
                    copy |= deleted[d].kind == crate::RepairKind::DoubledCopy;
                    kept.push_str(&input[pos..deleted[d].span.start.max(pos)]);
                    pos = deleted[d].span.end.min(line.trimmed.end);
                    if deleted[d].span.end > line.trimmed.end {
                        break;
                    }
                    d += 1;
                }
                let tail = &input[pos..line.trimmed.end];
                bold_label = kept.trim_end().ends_with(':');
                kept.push_str(tail);
                let t = kept.trim_matches(script::is_space);
                if t.is_empty() {
                    // A whole line printed again: the line it copies was
                    // set in fake bold too. (A stray mark removed is no
                    // evidence of anything.) In a passage printed twice,
                    // that is the line of the first copy with its text
                    // (`前海擴區三周年` / `港企落戶破六千家` twice), else the
                    // line above.
                    if copy && !blank {
                        let raw = line.text(input);
                        let first = v.len().saturating_sub(MAX_BLOCK_COPY_LINES);
                        let copied = (first..v.len())
                            .rev()
                            .find(|&k| lines[v[k].index].text(input) == raw)
                            .or(v.len().checked_sub(1));
                        if let Some(prev) = copied.map(|k| &mut v[k]) {
                            prev.doubled = true;
                            prev.copied = true;
                        }
                    }
                    // A stray mark stands where a blank line would.
                    blank |= !copy;
                    continue;
                }
                doubled = true;
                // A lead-in in fake bold goes on in plain type on its line
                // (`记者昨日记者昨日…：：地铁`).
                plain_tail = tail
                    .chars()
                    .filter(|c| !script::is_space(*c))
                    .nth(1)
                    .is_some();
                t
            } else {
                line.text(input)
            };
            let mut view = measure(text, line.indent);
            // (Or a by-word in lowercase and the names, alone after a blank
            // line under a headline: Romanian `de Dorina Pop`; a line
            // opening so elsewhere goes on a sentence, `de São Paulo, onde
            // …`, undone below.)
            // (So too German, French, Italian, Spanish and Dutch bylines
            // set in lowercase: `von Petra Hollerbach`, `par Claire Roux`.)
            // (The by-word looked for only after a blank line, on a line
            // opening in lowercase.)
            // (Or a correspondent's: `dal nostro inviato Luca Marchetti`,
            // `de notre envoyée spéciale Anne Roux`, longest first.)
            let lowercase_by = || {
                [
                    "dal nostro inviato ",
                    "dalla nostra inviata ",
                    "dal nostro corrispondente ",
                    "dalla nostra corrispondente ",
                    "de notre envoyé spécial ",
                    "de notre envoyée spéciale ",
                    "de notre correspondant ",
                    "de notre correspondante ",
                    "de nuestro enviado especial ",
                    "de nuestra enviada especial ",
                    "de nuestro corresponsal ",
                    "de ",
                    "von ",
                    "par ",
                    "di ",
                    "por ",
                    "door ",
                ]
                .iter()
                .find(|w| text.starts_with(**w))
                .map(|w| w.len())
            };
            view.by_names =
                view.first.is_lowercase() && lowercase_by().is_some_and(|n| name_line(&text[n..]));
            let lowercase_byline =
                blank && view.by_names && v.last().is_some_and(|p| !p.ends_sentence && !p.cjk);
            let own_byline = byline(text);
            view.byline = own_byline || lowercase_byline;
            let own = read_own_text(&mut view, text, line.indent);
            // (A letter's signature giving the writer's age, set apart,
            // reads as a byline, over the letter as under it: see
            // [`cjk_name_and_age`]. Read after a blank line only: most
            // lines are not.)
            view.byline |= blank && view.cjk && cjk_name_and_age(text);
            let raw = line.text(input);
            // (A credit in brackets wrapped onto this line: `… nghiêm
            // trọng. (Ảnh: Minh` / `Trí)`.)
            let wrapped_credit = !blank
                && view.last == ')'
                && !view.cjk
                && !text.contains('(')
                && prev_text.rsplit_once('(').is_some_and(|(_, open)| {
                    !open.contains(')') && bracketed_credit(&format!("({open} {text}"))
                })
                // (Or a Japanese photographer's: `…北陽学園の大野（撮` /
                // `影・小林拓也）`.)
                || (!blank
                    && view.cjk
                    && view.last == '）'
                    && !text.contains('（')
                    && prev_text.rsplit_once('（').is_some_and(|(_, open)| {
                        !open.contains('）') && cjk_wrapped_credit(open, text)
                    }));
            view.ends_sentence |=
                view.cjk && view.last == '）' && !blank && attributed_quote_end(prev_text, text);
            if let Some(prev) = v.last_mut() {
                prev.url_runs_on = script::url_break(prev_text, raw) != script::UrlBreak::No;
                // The last line of a page: a running foot?
                prev.furniture |= page_break && running_head(prev_text);
                // A byline whose role wraps onto this line.
                // (Or a role set under a `By` line: `By Renee Castellanos`
                // / `Business Editor`.)
                // (Or the writer's e-mail address under the name: `Ingrid
                // Haugen` / `ingrid.haugen@fjellbygda.no`.)
                // (Or a role under a name alone after a blank line: `Lim
                // Wei Ling` / `Indonesia Correspondent`.)
                if !blank
                    && (wrapped_byline(prev_text, raw)
                        || (prev.byline && !prev.cjk && role_under_by(prev_text, raw))
                        // (Or under a name in fake bold, the type changing:
                        // `LLUUCCÍÍAA  MMEENNDDIIZZÁÁBBAALL` / `Escritora y
                        // profesora de Urbanismo`.)
                        || (prev.names
                            && (prev.blank_before || (prev.doubled && !view.doubled))
                            && role_line(raw))
                        || ((prev.byline || prev.names) && email_alone(raw)))
                {
                    prev.byline = true;
                    view.role_wrap = true;
                }
                // A name over the text that opens with it (an obituary's
                // `Harold J. Lindqvist, 79` / `Harold J. Lindqvist, a …`).
                prev.names_next = !blank && !prev.cjk && same_opening(prev_text, raw);
                // (`He read the key passage from page 12` / `of the report
                // …`, `… reúne obras` / blank / `de Pablo Picasso` / `y de
                // otros pintores …`: a sentence going on.)
                if pointer_or_de && !blank && script::is_lowercase(view.first) {
                    prev.jump = false;
                    prev.furniture = false;
                    prev.byline = false;
                }
            }
            // (Asked only under a line ending in a figure, or in one and a
            // period: most lines are not.)
            let after_figure = v.last().is_some_and(|p| {
                p.last.is_ascii_digit()
                    || (p.last == '.'
                        && prev_text
                            .as_bytes()
                            .iter()
                            .rev()
                            .nth(1)
                            .is_some_and(u8::is_ascii_digit))
            });
            let month_first = after_figure
                && !view.cjk
                && view.first.is_alphabetic()
                && month_name(text.split([' ', ',']).next().unwrap_or(""));
            view.month_lead = month_first && v.last().is_some_and(|p| p.last.is_ascii_digit());
            // A day's ordinal at a line's end, its month opening the next
            // line (`am Freitag, 14.` / `November, von 15 bis …`): a date,
            // no sentence's end.
            if month_first && !blank {
                if let Some(prev) = v.last_mut() {
                    prev.ends_sentence &= !day_ordinal_end(prev_text);
                }
            }
            // A number's mark at a line's end, its figure opening the next
            // line (`Certificate of Occupancy No.` / `14/22/1998 in the
            // name of …`): no sentence's end.
            if !blank && view.first.is_ascii_digit() {
                if let Some(prev) = v.last_mut().filter(|p| p.ends_sentence && p.last == '.') {
                    prev.ends_sentence = !numbering_mark_end(prev_text);
                }
            }
            // A photo's label ending the line above, its photographer's
            // name alone on this (`… soll der neue Weg verlaufen. Foto:` /
            // `Petra Lindner`): the name is the credit.
            if !blank
                && v.last().is_some_and(|p| p.last == ':' && !p.cjk)
                && credit_after_label(prev_text, raw)
            {
                view.credit_label = true;
            }
            // The first line of a page (or of the text): a running head?
            // (Or a line pointing to another page where a block may
            // start: `Více o volbách čtěte na straně 3`, `Seite 20: Das
            // sagen die Anwohner`.)
            let jump = jump_line(raw);
            let pointer = !jump
                && (blank || v.last().is_none_or(|p| p.ends_sentence))
                // (A Turkish pointer ends in its page's word, `… 13.
                // sayfada`.)
                && (((view.last.is_ascii_digit() || view.last == 'a') && page_pointer(raw))
                    || (raw.starts_with(['P', 'S']) && page_teaser(raw)));
            view.jump = jump || pointer;
            pointer_or_de = pointer || (lowercase_byline && !own_byline);
            let first = v.is_empty() && !continues;
            // (Or, dated, after a blank line, where a page's text cleaned
            // once shows it: cleaning again keeps it as it was; or right
            // under a CJK sentence's end, a page's foot with no break.)
            // (Or, CJK, under any line where it names its page in numerals,
            // `中原体坛报　1985年5月19日　第三版` under a table's last row.)
            view.furniture = ((page_break || first) && running_head(raw))
                || ((blank
                    || v.last().is_some_and(|p| p.ends_sentence && p.cjk)
                    || (view.cjk
                        && !view.clause
                        && !view.ends_sentence
                        && (script::has_ideographic_space(raw.as_bytes())
                            || memchr::memchr(b' ', raw.as_bytes()).is_some())
                        && cjk_page_field(raw)))
                    && dated_running_head(raw))
                || view.jump
                || (raw.starts_with(['P', 'S']) && (page_label(raw) || labelled_running_head(raw)))
                || ad_label(raw);
            let at_top = page_break || v.last().map_or(!continues, |p| p.furniture);
            view.kicker = !view.furniture && at_top && kicker(&view, text);
            view.kicker_phrase = view.kicker && kicker_phrase(text);
            // A CJK headline at a page's top may part its phrases with one
            // ideographic space (looked for there only).
            let top = at_top || v.last().is_some_and(|p| p.kicker);
            view.gapped |= top && view.cjk && script::has_ideographic_space(text.as_bytes());
            prev_text = raw;
            view.index = index;
            view.blank_before = blank && index > 0;
            view.blanks = if view.blank_before { blanks } else { 0 };
            view.page_break = page_break;
            view.doubled = doubled;
            view.plain_tail = plain_tail;
            view.bold_label = plain_tail && bold_label && !view.cjk;
            // (A writer's name behind a mark is a byline: `◎ 張文彬`.)
            view.marker = caption_marker(line.text(input), options)
                .filter(|_| !(view.byline && text.starts_with(MARKER_CHARS)))
                .map_or(0, |len| u32::try_from(len).unwrap_or(u32::MAX));
            // Right under a caption, `图／记者 陈晓东` is its photographer's
            // credit, label and all, not a caption of its own.
            // So is one that names who provided or took the photo, or a
            // reporter, under a caption without a marker
            // (`修復完成的光明戲院保留了原有的木造` / `屋架。` /
            // `圖／宜蘭縣文化局提供`, `图/本报记者 王川`).
            let credited = || {
                text.ends_with("提供")
                    || text.ends_with(['攝', '摄'])
                    || text.contains("记者")
                    || text.contains("記者")
            };
            if view.marker > 0
                && !blank
                && (since_marker <= CAPTION_LINES || credited())
                && slash_credit_label(text)
            {
                view.marker = 0;
                view.photo_credit = true;
            }
            // Credits are looked for on a marker's line and a few after it.
            if view.marker > 0 {
                since_marker = 0;
            }
            since_marker = since_marker.saturating_add(1);
            view.credit_text = since_marker <= 1 + CREDITED_LINES && credit_text(text);
            read_credit_marks(&mut view, text);
            view.credit_end |= wrapped_credit;
            let (cjk_cells, tight_cells) = if view.marker == 0 {
                cjk_cell_row(&view, text)
            } else {
                (0, false)
            };
            view.tight_row = if tight_cells { cjk_cells } else { 0 };
            // (Counted on CJK lines set with ideographic spaces, and on the
            // line under one such, a row of figures that reads as Latin.)
            let under_cells = v.last().is_some_and(|p| p.spaced_cells >= 3);
            view.spaced_cells = if (view.cjk || under_cells) && !view.clause && view.marker == 0 {
                spaced_cells(text)
            } else {
                0
            };
            let under_words = v.last().is_some_and(|p| p.word_cells >= 3);
            // (Or on a tally led by a CJK name, a line score that reads as
            // Latin: `海神 010 200 000 3 8 0`.)
            let cjk_tally = own.tally && script::is_cjk(view.first);
            view.word_cells =
                if (view.cjk || under_words || cjk_tally) && !view.clause && view.marker == 0 {
                    word_cells(text)
                } else {
                    0
                };
            // (An entry opens after a blank line, a sentence's end, a
            // title or another row: not where the line above runs on into
            // it, `… der Herzog von` / `Cumberland, von Deßau. — …`.)
            let opens_entry = || {
                blank
                    || v.last().is_none_or(|p| {
                        p.ends_sentence
                            || (!p.open_end
                                && (!p.clause
                                    || candidates
                                        .last()
                                        .is_some_and(|c| c.label && c.line + 1 == v.len())))
                    })
            };
            let named = !view.cjk
                && script::is_uppercase(view.first)
                && view.marker == 0
                && !view.ends_hyphen
                && !view.open_end
                && !matches!(view.last, ',' | ';' | ':')
                // (An entry ends whole, a stop, a figure or a name: `…
                // Saint-Aubin.`, `Kirchweg 4`, `Lotte Visser`; a line of
                // prose runs on, `España, según …, un paquete`.)
                && (matches!(view.last, '.' | ')') || view.last.is_ascii_digit() || view.capital_tail)
                && opens_entry()
                && name_comma_row(text);
            let boxed =
                script::is_uppercase(view.first) && view.marker == 0 && label_row(&view, text);
            let label = cjk_cells > 0
                || boxed
                || (script::is_uppercase(view.first)
                    && view.marker == 0
                    && (named_row(text)
                        || own.aged
                        || (own.gapped && rated_row(text))
                        || dashed_label_row(text)
                        || named));
            // (Or a CJK listing's, its name before a `＝` or its date first.)
            if let Some(clock) = view
                .first
                .is_ascii_digit()
                .then(|| leading_clock(text))
                .flatten()
            {
                view.clock = clock;
            } else if view.first.is_ascii_digit() && !view.cjk && !view.ends_sentence {
                if let Some(clock) = loose_leading_clock(text) {
                    loose.push((v.len(), clock));
                }
            }
            if view.clock != u16::MAX
                || (view.cjk && equals_entry(text))
                || (view.cjk
                    && is_figure(view.first)
                    && (cjk_date_led(text) || cjk_day_timed(text)))
                // (Or an agenda's, its kind first, after a sentence's end or
                // a blank line: `Exposición. «Oficios del río», …`.)
                || (!view.cjk
                    && script::is_uppercase(view.first)
                    && (blank || v.last().is_some_and(|p| p.ends_sentence))
                    && kind_led(text))
                // (Or one whose cells a middle dot parts: `dj. 14 · Quartet
                // Segre · Auditori, 20 h`; no running head, `Seite 10 ·
                // Lindenauer Wochenblatt · Donnerstag, 13. März 2025`.)
                || (!view.cjk
                    && !view.ends_sentence
                    && memchr::memchr(0xb7, text.as_bytes()).is_some()
                    && dotted_entry(text)
                    && !running_head(raw))
                // (Heading material holds neither a colon nor a figure:
                // no entry's time.)
                // (Or a weekday's two letters in lowercase first: `za 22
                // mrt   Rommelmarkt, …`.)
                || ((script::is_uppercase(view.first)
                    || (view.first.is_ascii_lowercase() && text.as_bytes().get(2) == Some(&b' ')))
                    && !view.cjk
                    && !view.latin_heading
                    && (place_timed(text) || dated_entry(text)))
            {
                timed.push(v.len());
            }
            // (A label run in before a period: `Dónde comer. Casa …`.)
            if !view.cjk && view.first.is_uppercase() {
                if let Some(ask) = run_in_label(text) {
                    run_ins.push((v.len(), ask));
                }
            }
            // Under a table's row, a source's label (`Fuente: INE`) opens
            // the table's note, a blank line between or not; after a blank
            // line, a graphic's (`SOURCE: HARBOR CITY PUBLIC WORKS` under a
            // box of figures).
            view.source_note = (blank || candidates.last().is_some_and(|c| c.line + 1 == v.len()))
                && source_label(text);
            // (A running head is no row, though set in fields like one.)
            if (own.gapped || own.tally || own.clocks || label) && !view.furniture {
                candidates.push(Candidate {
                    line: v.len(),
                    gaps: own.gaps,
                    short_cells: own.short_cells,
                    figure_end: own.figure_end,
                    tally: own.tally,
                    score: own.score,
                    label,
                    cjk_cells,
                    tight_cells,
                    date_first: !view.cjk && view.first.is_uppercase() && month_day_first(text),
                    digits: text.bytes().any(|b| b.is_ascii_digit()),
                    glued_end: own.glued_end,
                    clocks: own.clocks,
                    named,
                    boxed,
                });
            }
            v.push(view);
            blank = false;
            blanks = 0;
            page_break = false;
        }
        // The end of the text ends a page.
        if let Some(last) = v.last_mut() {
            last.furniture |= running_head(prev_text);
        }
        // Names alone, told by the lines around them, are bylines (see
        // [`mark_lone_names`]).
        mark_lone_names(&mut v);
        mark_run_in_labels(&mut v, &run_ins);
        // A place and its period open a story so on German pages only
        // (elsewhere, `Liability. While …` ends a sentence going on).
        if v.iter().any(|x| x.place_mark) && !reads_german(input) {
            v.iter_mut().for_each(|x| x.place_mark = false);
        }
        // A page set double-spaced throughout, its blocks parted by two
        // blank lines or more: one blank line is only its spacing.
        if double_spaced_page(&v) {
            for x in v.iter_mut().filter(|x| x.blanks == 1) {
                x.blank_before = false;
            }
        }
        mark_credited(&mut v, &candidates);
        mark_entries(&mut v, &timed);
        mark_loose_entries(&mut v, &loose);
        let has_blanks = v.iter().skip(1).any(|x| x.blank_before);
        local_widths(&mut v, &candidates);
        mark_bulleted_lists(&mut v);
        mark_numbered_lists(&mut v);
        mark_lead_lists(&mut v);
        mark_sentence_lists(&mut v);
        drop_lone_worded_leaders(&mut v);
        let mut rows = mark_rows(&v, &candidates);
        shape::mark_shaped_rows(&v, |k| lines[v[k].index].text(input), &mut rows);
        // (Each script by its own lines: a Portuguese brief flush under a
        // Chinese story's indented paragraphs shows none.)
        // (A CJK line indented by a paragraph's indent over a line set
        // flush opens a paragraph after a title too: `加賀谷町議会、新庁舎
        // 設計案を可決` / `　加賀谷町議会は１３日の臨` / `時会で、…`.)
        let opens_flush = |k: usize| {
            let x = &v[k];
            x.cjk
                && x.indent - x.base_indent <= CJK_PARAGRAPH_INDENT
                && v.get(k + 1).is_some_and(|n| {
                    n.cjk && !n.blank_before && n.indent == n.base_indent && n.indent < x.indent
                })
        };
        let indents = |cjk: bool| {
            (1..v.len())
                .filter(|&k| {
                    v[k].cjk == cjk
                        && v[k].indent > v[k].base_indent
                        && (v[k - 1].ends_sentence || v[k].blank_before || opens_flush(k))
                })
                .take(2)
                .count()
                >= 2
        };
        let indents_shown = [indents(false), indents(true)];
        let cjk_paragraph_indent = paragraph_indent(&v, true);
        // A CJK result alone counts only beside another within two lines
        // (round labels between them); a headline holds a score too
        // (`国乒男团3:1击败日本队`).
        let results: Vec<usize> = (0..v.len()).filter(|&k| v[k].cjk_result).collect();
        for (n, &k) in results.iter().enumerate() {
            let near = |m: Option<&usize>| m.is_some_and(|&m| m.abs_diff(k) <= 2);
            if !near(n.checked_sub(1).and_then(|p| results.get(p))) && !near(results.get(n + 1)) {
                v[k].cjk_result = false;
            }
        }
        let pairs = |answered: fn(&View, &View) -> bool| {
            (1..v.len()).filter(|&k| answered(&v[k - 1], &v[k])).count()
        };
        let interview = pairs(question_answered) >= INTERVIEW_QUESTIONS
            || (pairs(bold_question_answered) >= INTERVIEW_QUESTIONS && interview_cue(input));
        let blank_paragraphs = !indents_shown.contains(&true)
            && (1..v.len())
                .filter(|&k| v[k].blank_before && !v[k].spacing && v[k - 1].ends_sentence)
                .nth(BLANK_PARAGRAPHS - 1)
                .is_some();
        let mut views = Views {
            v,
            continues,
            has_blanks,
            blank_paragraphs,
            indents_shown,
            cjk_paragraph_indent,
            interview,
            rows,
        };
        views.mark_top_stacks();
        views
    }

    /// Under line `j` a new listing starts, not the entry opening at line
    /// `opener` goes on: the next entry's time is earlier than the
    /// opener's, or one of them has none (`22:10 天天饮食` / `江城电视台二套
    /// （都市频道）` / `07:30 都市早班车`), where a programme's description
    /// under its title is followed by a later time; or prose opens at line
    /// `j` under a title that is not the entry's first line (`21:00 週二強檔
    /// 《追兇108小時》` / `今晚推薦` / `《浪浪回家》今晚劇情急轉，獸`); or line `j`
    /// closes the text with a note in brackets.
    fn new_listing_under(&self, j: usize, opener: usize) -> bool {
        let o = &self.v[opener];
        match self.v.get(j + 1) {
            Some(m) if m.entry => {
                (m.clock == u16::MAX) != (o.clock == u16::MAX) || m.clock < o.clock
            }
            Some(_) => j > opener + 1 && self.v[j].clause && !self.v[j - 1].clause,
            None => matches!(self.v[j].first, '（' | '('),
        }
    }

    /// Line `k` is a CJK section's title (see [`View::cjk_title`]), not a
    /// numbered paragraph's first line: a title does not fill its column
    /// (to within an ideograph) and go on in the next line (`一、我公司从未授权任何单位或个人以` /
    /// `“陈记酱园”名义开设网店…`).
    fn cjk_title(&self, k: usize) -> bool {
        let l = &self.v[k];
        l.cjk_title
            && !(l.width + CJK_SHORT >= l.col
                && self
                    .v
                    .get(k + 1)
                    .is_some_and(|n| n.cjk && !n.blank_before && !n.cjk_numbered))
    }

    /// Line `k` is a row of a table or listing.
    fn row(&self, k: usize) -> bool {
        self.rows.get(k).copied().unwrap_or(false)
    }

    /// Whether the page marks paragraph starts with an indent in text of
    /// the script given (CJK or not), read from that script's lines only.
    fn shows_indents(&self, cjk: bool) -> bool {
        self.indents_shown[usize::from(cjk)]
    }

    fn segment(&self, lines: &[Line], first: usize, last: usize, kind: BlockKind) -> Segment {
        let v = &self.v[first];
        let marked = match kind {
            BlockKind::Caption => true,
            BlockKind::Heading => v.marker > 0 && (v.subhead || self.subhead(first)),
            _ => false,
        };
        let row = kind == BlockKind::Paragraph
            && (self.row(first) || self.header_row(first) || self.column_labels(first));
        let marker = (marked && v.marker > 0).then(|| {
            let start = lines[v.index].trimmed.start;
            start..start + v.marker as usize
        });
        Segment {
            kind,
            lines: self.v[first].index..self.v[last].index + 1,
            marker,
            continued_by: None,
            row,
            furniture: v.furniture && first == last && !row,
        }
    }

    /// Line `k` is in a run of at least [`VERTICAL_CHARS`] lines of one CJK
    /// character each: a headline set vertically.
    fn vertical(&self, k: usize) -> bool {
        // Each side read no further than the run needs (a long run of such
        // lines costs no more a line).
        let alone = |i: &usize| self.v[*i].single_cjk;
        let need = VERTICAL_CHARS - 1;
        let back = (0..k).rev().take(need).take_while(alone).count();
        let ahead = (k + 1..self.v.len()).take(need).take_while(alone).count();
        self.v[k].single_cjk && back + 1 + ahead >= VERTICAL_CHARS
    }

    /// Links each paragraph that captions or running heads cut in two to
    /// the paragraph that continues it (see [`Views::goes_on`]). A table's
    /// row is no part of a paragraph's text, on either side.
    fn continuations(&self, out: &mut [Segment], spans: &[(usize, usize)]) {
        let interrupts =
            |g: &Segment, k: usize| g.kind == BlockKind::Caption || self.v[spans[k].0].furniture;
        let text = |g: &Segment, k: usize| {
            g.kind == BlockKind::Paragraph
                && !g.row
                && !self.v[spans[k].0].furniture
                && !self.v[spans[k].0].byline
        };
        for i in 0..out.len() {
            if !text(&out[i], i) {
                continue;
            }
            let mut j = i + 1;
            while j < out.len() && j - i <= MAX_INTERRUPTERS && interrupts(&out[j], j) {
                j += 1;
            }
            if j > i + 1
                && j < out.len()
                && text(&out[j], j)
                && self.goes_on(spans[i].1, spans[j].0)
            {
                out[i].continued_by = Some(j);
                continue;
            }
            // A story that jumps (`Continued on Page 5`) goes on after the
            // next jump line (`From Page 1`), however much stands between.
            let jump = |k: usize| self.v[spans[k].0].jump;
            if i + 1 < out.len() && jump(i + 1) {
                let back = (i + 2..out.len().min(i + 2 + MAX_JUMP_BLOCKS)).find(|&k| jump(k));
                if let Some(k) = back.filter(|&k| k + 1 < out.len()) {
                    if text(&out[k + 1], k + 1) && self.goes_on(spans[i].1, spans[k + 1].0) {
                        out[i].continued_by = Some(k + 1);
                    }
                }
            }
        }
    }

    /// Whether the text of line `a`, a paragraph's last, goes on at line
    /// `b` after the blocks between them: `b` opens no paragraph (no
    /// indent on a page that indents them) and `a` stops mid-sentence
    /// (before a lowercase word, after a hyphen or comma, in Latin text);
    /// in CJK text on a page that indents its paragraphs, `a` may end a
    /// sentence if it runs to the column's end.
    fn goes_on(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.v[a], &self.v[b]);
        // (A line alone between blank lines after a sentence's end is a
        // headline.)
        let alone = y.blank_before && self.v.get(b + 1).is_none_or(|n| n.blank_before);
        if x.cjk != y.cjk
            || (self.shows_indents(y.cjk) && y.indent > y.base_indent)
            || (x.ends_sentence && alone)
        {
            return false;
        }
        if x.cjk {
            !x.ends_sentence || (self.shows_indents(true) && !self.short(a))
        } else {
            !x.ends_sentence
                && (y.first.is_lowercase() || x.ends_hyphen || matches!(x.last, ',' | ';'))
        }
    }

    /// The column of the text after line `i`: the widest of the next lines.
    fn forward_col(&self, i: usize) -> u32 {
        self.v[i + 1..(i + 1 + WINDOW).min(self.v.len())]
            .iter()
            .filter(|x| x.marker == 0 && !x.furniture)
            .map(|x| x.width)
            .max()
            .unwrap_or(self.v[i].col)
    }

    fn share(&self, i: usize) -> f32 {
        self.v[i].width as f32 / self.v[i].col.max(1) as f32
    }

    /// Line `i` stops short of its column's right edge: in CJK by two cells
    /// or more; in Latin script below a share of the column, or with room
    /// left for the next line's first word.
    /// Latin line `i` stops where the next line's first word would have
    /// fitted on it.
    fn next_word_fits(&self, i: usize) -> bool {
        let l = &self.v[i];
        self.v.get(i + 1).filter(|n| !n.cjk).is_some_and(|n| {
            let col = l.col.max(n.width);
            (l.width + SPACE_WIDTH + n.first_word) as f32 <= LAT_FIT * col as f32
        })
    }

    fn short(&self, i: usize) -> bool {
        let l = &self.v[i];
        if l.cjk {
            return l.width + CJK_SHORT <= l.col;
        }
        if let Some(n) = self.v.get(i + 1).filter(|n| !n.cjk) {
            // The next line, set wider than the column estimate, shows the
            // column is at least as wide.
            let col = l.col.max(n.width);
            if (l.width + SPACE_WIDTH + n.first_word) as f32 <= LAT_FIT * col as f32 {
                return true;
            }
            // (A sentence's end over a quotation that opens the next line,
            // a new speaker's paragraph, where the quotation's first word
            // would have fitted: `… out of business.` / `"A lot of people
            // …`.)
            if l.ends_sentence
                && matches!(n.first, '"' | '“')
                && l.width + SPACE_WIDTH + n.first_word <= col
            {
                return true;
            }
            // In a column a few words wide, a line that stops inside a
            // clause ends where the next word did not fit, however short
            // it looks (a list item's `;` still ends a short line); in any
            // column where the next word would have run past its edge
            // (`dank der vielen` / `Briefwähler.`), but for a box's or a
            // list's next entry.
            // (So at a comma, where the next word ran past the edge, in a
            // sentence going on from a full line above: `kentin en büyük
            // ulaşım yatırımı` / `olduğunu belirterek,` / `“Öğrencilerimiz
            // artık …`; not a letter's salutation, `Liebe Redaktion,`.)
            let clause_comma = l.last == ','
                && i > 0
                && !l.blank_before
                && !self.v[i - 1].ends_sentence
                && self.share(i - 1) >= LAT_SHORT;
            if (l.last.is_alphanumeric() && col < NARROW_COL)
                || ((l.last.is_alphanumeric() || clause_comma)
                    && (l.width + SPACE_WIDTH + n.first_word > col
                        && !n.entry_label
                        && !n.list_item
                        && !n.dateline))
            {
                return false;
            }
        }
        self.share(i) < LAT_SHORT
    }

    /// Line `j` is a paragraph's first line whose indent the extractor lost:
    /// a little short of the column.
    fn lost_indent(&self, j: usize) -> bool {
        let l = &self.v[j];
        if l.cjk {
            CJK_LOST.contains(&l.col.saturating_sub(l.width))
        } else {
            self.share(j) < LAT_LOST && !l.first.is_lowercase()
        }
    }

    /// A new block must start at line `j`: a page break (unless the text
    /// runs on in lowercase), a caption marker, an indent deeper than the
    /// lines around, a byline, a running head or foot, or a dateline after
    /// a blank line.
    fn hard_start(&self, j: usize) -> bool {
        let l = &self.v[j];
        let lowercase = script::is_lowercase(l.first) || l.quoted_lowercase;
        (l.page_break && !lowercase && !self.goes_on_over_page(j))
            || l.marker > 0
            // (Not a line in lowercase, indented deeper, under one that
            // ends on an article or a possessive, or set tight under one
            // that ends no sentence: the second line of a centred headline,
            // `El hospital comarcal estrena su` / `nueva ala de pediatría`,
            // `Councillors back £2.4m plan to rebuild` / `crumbling Harbour
            // Road depot`.)
            || (l.indent > l.base_indent && !self.indented_goes_on(j, lowercase))
            || l.byline
            || l.furniture
            || (l.dateline && (l.blank_before || l.cjk) && !self.clause_goes_on(j))
            // (Or set tight under a headline printed twice line by line:
            // `cracks in spillway` twice / `FORT ADLER, Texas (AP) —`.)
            || (l.dateline && !l.copied && j > 0 && self.v[j - 1].copied)
            || self.box_entry(j)
    }

    /// Line `j`, indented deeper than the lines around it (`lowercase` if
    /// it opens in lowercase), goes on the block above it: a centred
    /// headline's second line, a headline's line over its indented text,
    /// a CJK label's text under its hanging indent.
    fn indented_goes_on(&self, j: usize, lowercase: bool) -> bool {
        (lowercase && self.centred_goes_on(j))
            || self.headline_goes_on_indented(j)
            || self.cjk_hanging_line(j)
            || self.latin_hanging_line(j)
    }

    /// Latin line `j` goes on an entry under a hanging indent, as
    /// registers and logs set them (`Oct. 4, 6:50 p.m. — Grass fire, 1200
    /// block of Kessel Road.` / `    Corliss Fire Department responded.`):
    /// set tight under a flush line that nearly fills the column, a flush line or
    /// the end under it, and another such pair of the same indents within
    /// [`HANGING_REACH`] lines. Where paragraphs are indented instead, the
    /// line over an indented one is a paragraph's last, short or not, and
    /// the indented line opens a paragraph of lines under it.
    fn latin_hanging_line(&self, j: usize) -> bool {
        let pair = |k: usize| {
            k > 0 && {
                let (a, b) = (&self.v[k - 1], &self.v[k]);
                !a.cjk
                    && !b.cjk
                    && !b.blank_before
                    && !b.page_break
                    && b.marker == 0
                    && a.indent + PARAGRAPH_INDENT / 2 <= b.indent
                    && a.indent <= b.base_indent
                    && (a.first.is_uppercase() || a.first.is_ascii_digit())
                    && self.share(k - 1) >= LAT_SHORT
                    && self
                        .v
                        .get(k + 1)
                        .is_none_or(|n| n.blank_before || n.indent < b.indent)
            }
        };
        pair(j)
            && (j.saturating_sub(HANGING_REACH)..(j + HANGING_REACH).min(self.v.len()))
                .any(|m| m != j && self.v[m].indent == self.v[j].indent && pair(m))
    }

    /// CJK line `j`, indented deeper than the line above it, goes on that
    /// line's clause under a hanging indent: the line above fills its
    /// column and stops inside a clause, on a letter or a comma, and opens
    /// with a label (`主旨：公告本鄉中正路…請` / `      鄉民及遊客配合。`) or
    /// an item's number, as no paragraph ends.
    fn cjk_hanging_line(&self, j: usize) -> bool {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        let (a, b) = (&self.v[i], &self.v[j]);
        a.cjk
            && b.cjk
            && !b.blank_before
            && !b.page_break
            && b.marker == 0
            && !a.ends_sentence
            && (script::is_clause_mark(a.last)
                || (script::is_cjk(a.last) && script::is_alphabetic(a.last)))
            && !self.short(i)
            && (a.entry_label || a.list_item || a.numbered)
    }

    /// Line `j` is a brief's title over its text, right after a listing's
    /// last entry (`Sam. 15 – Villard, salle des fêtes : lecture` /
    /// `Médiathèque : horaires d’hiver` / `À partir du 3 novembre, …`): a
    /// short line of a title, under an entry that ends its phrase, over a
    /// line of text going on.
    fn title_after_entry(&self, j: usize) -> bool {
        let (Some(i), b) = (j.checked_sub(1), &self.v[j]) else {
            return false;
        };
        let a = &self.v[i];
        a.entry
            && !b.entry
            && !b.blank_before
            && a.complete()
            && !a.ends_sentence
            && b.first.is_uppercase()
            && !b.ends_sentence
            && !b.inner_stop
            && !matches!(b.last, ',' | ';' | ':')
            && self.short(j)
            && self
                .v
                .get(j + 1)
                .is_some_and(|n| !n.entry && !n.blank_before && !n.ends_sentence)
    }

    /// Line `j` lies in a bulleted list's item, before the list's next
    /// item: no blank line, page break or other bullet between, and within
    /// [`BULLET_ITEM_LINES`] lines.
    fn before_next_bullet(&self, j: usize) -> bool {
        let breaks = |x: &View| x.blank_before || x.page_break;
        let end = (j + BULLET_ITEM_LINES).min(self.v.len());
        !breaks(&self.v[j])
            && (j + 1..end)
                .map(|k| &self.v[k])
                .find(|x| breaks(x) || x.list_item || x.marker > 0)
                .is_some_and(|x| x.bulleted && !breaks(x))
    }

    /// Line `j`, indented, goes on a headline's first line set off above
    /// it: the object of its verb (`Rawat's unbeaten 104 takes` /
    /// `Kolkata Tigers to the top`), or a CJK phrase after a colon or a
    /// binding particle (`水墨裏的城市：` / `年輕畫家重寫維港風景`) or in the
    /// same type, indented no deeper (see [`Views::cjk_pair`]; `大雪で道東
    /// の交通網混乱` / `　北海道東部で…` opens the text). Not a
    /// paragraph's line that leads into an indented quotation (`　　陳伯說：`
    /// / `　　「這裡的…`), nor a label's copy.
    fn headline_goes_on_indented(&self, j: usize) -> bool {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        let (a, l) = (&self.v[i], &self.v[j]);
        let headline_top = !a.clause && (a.blank_before || self.page_top(i));
        !l.blank_before
            && headline_top
            && (a.verb_end
                || (!l.clause && l.last != '：' && self.cjk_phrase_goes_on(j))
                || (self.cjk_pair(j) && l.indent <= a.indent))
    }

    /// The line before line `j` ends on an article, a preposition or a
    /// possessive, or ends no sentence with no blank line between (a
    /// title in capitals aside): a paragraph opens in lowercase after
    /// neither.
    fn centred_goes_on(&self, j: usize) -> bool {
        j.checked_sub(1).is_some_and(|i| {
            let a = &self.v[i];
            a.open_end || (!a.ends_sentence && !self.v[j].blank_before && !a.cjk && !a.all_caps)
        })
    }

    /// The line before line `j` ends inside a clause: on a comma or a
    /// semicolon, a dash, an article or a preposition, or a line-end
    /// hyphen. A blank line after it is a column break.
    fn clause_goes_on(&self, j: usize) -> bool {
        j.checked_sub(1).is_some_and(|i| {
            let p = &self.v[i];
            p.open_end
                || p.ends_hyphen
                || matches!(p.last, ',' | ';' | '，' | '、' | '；' | '–' | '—')
        })
    }

    /// Line `j` opens an entry of a box of facts: it opens with a
    /// label and a colon (see [`View::entry_label`]), is not the box's
    /// title, the line before it
    /// stops short of the column, ends a sentence or is an entry of one
    /// line (prose wraps a line full before `表示：`), and another line at
    /// most [`ENTRY_REACH`]
    /// lines before or after it opens with a label too.
    fn box_entry(&self, j: usize) -> bool {
        // (Alone between blank lines over the first entry, a line with a
        // label is the box's title: `Fakta: Nya tidtabellen`.)
        let entry = |k: usize, blank: bool| {
            self.v
                .get(k)
                .is_some_and(|n| n.blank_before == blank && n.entry_label)
        };
        // (A CJK one over a blank line and the first turn of a questions'
        // box: `问与答：乐龄津贴怎么申请？` / blank / `问：我今年67岁…`.)
        let cjk_title = self.v[j].cjk
            && self
                .v
                .get(j + 1)
                .is_some_and(|n| n.blank_before && (n.entry_label || n.turn));
        let title = self.v[j].blank_before
            && (j == 0 || !self.v[j - 1].entry_label)
            && ((!self.v[j].cjk && entry(j + 1, true) && entry(j + 2, false)) || cjk_title);
        // (Or an entry's value has wrapped onto the line before, which
        // ends no clause going on: a CJK one closes its brackets there,
        // `一季度经济运行工作（2版）`, or stands in a box of entries, two
        // more right above it: `建设标准：…报` / `刊不少于20种…` / `管理方式：…`.)
        let in_box = |k: usize| {
            k >= 2
                && self.v[k - 1].entry_label
                && self.v[k - 2].entry_label
                && !self.v[k].blank_before
        };
        self.v[j].entry_label
            && !title
            && (self.v[j].cjk || !self.clause_goes_on(j))
            && (j == 0
                || self.v[j].blank_before
                || self.v[j - 1].ends_sentence
                || self.v[j - 1].entry_label
                || self.short(j - 1)
                || (j >= 2
                    && entry(j - 2, false)
                    && !self.v[j - 1].blank_before
                    && (!self.v[j].cjk || script::is_closer(self.v[j - 1].last) || in_box(j - 2))))
            && (j.saturating_sub(ENTRY_REACH)..(j + ENTRY_REACH + 1).min(self.v.len()))
                .any(|k| k != j && self.v[k].entry_label)
    }

    /// Line `j`, after a page break, plainly goes on with the text of the
    /// line before: a word split at a line-end hyphen or inside a URL; a
    /// line ending in an article or a preposition (`am` / form feed /
    /// `Donnerstag`), unless into a line standing alone before a blank line
    /// with no sentence's end (the next page's headline); a comma before a
    /// line that ends a sentence (`on Thursday,` / form feed / `January 16,
    /// at 7pm.`); a sentence going on in lowercase or in a quotation opening
    /// in lowercase; a full Latin line stopping mid-clause before a figure
    /// or a capitalised word of text (`… to southern` / form feed /
    /// `Ontario, said …`); CJK text (see [`Views::runs_on_over_page`]).
    fn goes_on_over_page(&self, j: usize) -> bool {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        let (a, b) = (&self.v[i], &self.v[j]);
        let alone = !b.ends_sentence && self.v.get(j + 1).is_some_and(|x| x.blank_before);
        a.ends_hyphen
            || a.url_runs_on
            || (a.open_end && !alone)
            || (a.last == ',' && b.ends_sentence)
            || (!a.ends_sentence
                && !matches!(a.last, ':' | '：')
                && (b.first.is_lowercase() || b.quoted_lowercase))
            // (Or a full Latin line stopping mid-clause before a figure:
            // `… Pazar günü saat` / `15.00’te okurlarıyla …`.)
            || (!a.cjk
                && !b.cjk
                && a.last.is_alphabetic()
                && b.first.is_ascii_digit()
                && !b.furniture
                && !b.list_item
                && !self.short(i))
            // (Or before a capitalised word, a name's, into a line of text
            // going on: `… and a Welsh` / form feed / `Government grant.
            // “It has …`; not into the next page's headline, byline,
            // dateline or running head.)
            || (!a.cjk
                && !b.cjk
                && a.last.is_alphabetic()
                && !a.open_end
                && script::is_uppercase(b.first)
                && !alone
                && !b.furniture
                && !b.list_item
                && !b.all_caps
                && !b.caps_lead
                && !b.byline
                && !b.dateline
                && !self.short(i)
                && (b.inner_stop || b.clause || !self.heading_like(j)))
            || self.runs_on_over_page(j)
    }

    /// Line `j`, after a page break, goes on with the CJK text of the line
    /// before: that line ends inside a sentence, with no colon, and is a
    /// full line of its column or goes on into a line that is no headline
    /// (one standing short above the text of the new page).
    fn runs_on_over_page(&self, j: usize) -> bool {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        let (a, b) = (&self.v[i], &self.v[j]);
        // (On a page that shows its indents, a full line ending a sentence
        // goes on too where the new page's first line is set flush: no
        // paragraph opens there.)
        let flush = self.shows_indents(b.cjk)
            && a.ends_sentence
            && b.indent <= b.base_indent
            && !b.furniture
            && !self.short(i)
            && !self.heading_like(j);
        a.cjk
            && b.cjk
            && (!a.ends_sentence || flush)
            && !matches!(a.last, ':' | '：')
            && (!self.short(i) || !self.heading_like(j))
    }

    /// Line `j` is a subhead behind a marker, not a caption: its text may
    /// be a subhead's (see [`subhead_text`]), it is short for its column,
    /// and the next line is no last line of a caption (a line ending a
    /// sentence before a blank line, or a photo credit), nor a Latin
    /// sentence going on in lowercase (`● Jean-Guy Pelletier avait` /
    /// `fondé le Théâtre…`): a subhead is a line of its own.
    fn subhead(&self, j: usize) -> bool {
        let l = &self.v[j];
        // (A CJK subhead may stop a character short of the column.)
        let slack = if l.cjk { CJK_SHORT / 2 } else { CJK_SHORT };
        // (Or as wide, set right over a CJK paragraph's indented first
        // line: `■武汉港一季度集装箱吞吐量增长` / `　　本报讯 …`.)
        let over_indent = l.cjk
            && self
                .v
                .get(j + 1)
                .is_some_and(|n| !n.blank_before && n.cjk && n.indent > l.indent);
        // (Or over a table's rows set in cells, or a list's items, wider
        // than itself: `■第３節結果` / `鷹見ＦＣ          ２―１   港北ユナイテッド`,
        // `■催し` / `◇春の山菜教室　16日午前10時、妙高市`.)
        let over_rows = self.v.get(j + 1).is_some_and(|n| {
            !n.blank_before && (n.gapped || n.bulleted || n.list_item) && n.width > l.width
        });
        // (Over a list's numbered items, a Latin subhead may hold a comma:
        // `■ Stafett 4x100 m, åk 6` / `1) Tornskolan 51,88`.)
        let titles_items = !l.cjk
            && l.marker > 0
            && !l.ends_sentence
            && self
                .v
                .get(j + 1)
                .is_some_and(|n| !n.blank_before && n.list_item);
        if !(l.subhead || titles_items)
            || (l.width + slack > l.col && !over_indent && !over_rows && !titles_items)
        {
            return false;
        }
        let Some(n) = self.v.get(j + 1).filter(|n| !n.blank_before) else {
            return true;
        };
        if !l.cjk && (n.first.is_lowercase() || n.quoted_lowercase) {
            return false;
        }
        // Nor a CJK line that ran out of room, its text going on in a short
        // line that ends no sentence: a caption's two lines
        // (`▲診療所の前で島の人と話す佐` / `伯さん（右）`).
        if l.cjk
            && n.cjk
            && l.width + 2 * CJK_SHORT > l.col
            && !n.ends_sentence
            && !n.entry_label
            && self.short(j + 1)
        {
            return false;
        }
        let closes = n.ends_sentence && self.v.get(j + 2).is_none_or(|x| x.blank_before);
        // A credit in the lines that follow closes a caption.
        let credit = self.v[j + 1..]
            .iter()
            .take(CREDITED_LINES)
            .take_while(|x| !x.blank_before)
            .any(|x| x.credit_text || x.photo_credit || x.credit_label);
        !closes && !credit
    }

    /// Whether a new block starts at line `j`, the previous line with text
    /// being `i`, inside a block of `kind` that has `len` lines so far.
    /// Whether a new block starts at line `j` (the line before being `i`,
    /// in a block of `kind` with `len` lines so far) for what one of the
    /// two lines is: a headline set vertically or in a page's top stack, a
    /// caption's credit, a drop cap, a quotation's speaker, a byline, a
    /// running head, a signature, a line pushed right. `None` where neither
    /// line settles it.
    fn own_block_break(&self, i: usize, j: usize, kind: BlockKind, len: usize) -> Option<bool> {
        let (a, b) = (&self.v[i], &self.v[j]);
        // A headline set vertically, a character a line, is one block,
        // and ends with its last character.
        if a.single_cjk && self.vertical(i) {
            return Some(!b.single_cjk);
        }
        // A headline stack at a page's top is headings, line by line or
        // over a line going on.
        if b.top_stack == 2 {
            return Some(false);
        }
        if b.top_stack == 1 || a.top_stack > 0 {
            return Some(true);
        }
        // A CJK enumeration comma ends nothing: the list goes on on the
        // next line, however it is indented (`開放科室：內科、…、眼科、` /
        // `  耳鼻喉科、口腔科`), but for a page break, a blank line or a
        // box's next entry.
        if a.cjk
            && a.last == '、'
            && b.cjk
            && !b.blank_before
            && !b.page_break
            && !b.entry_label
            && b.marker == 0
        {
            return Some(false);
        }
        // The caption above a credit line goes on to it, and is a block
        // of its own.
        if b.credited == 2 {
            return Some(false);
        }
        if b.credited == 1 || (a.credited > 0 && b.credited == 0) {
            return Some(true);
        }
        // A subhead is a block of its own line.
        if kind == BlockKind::Heading && len == 1 && self.subhead(i) {
            return Some(true);
        }
        // A caption set apart by its credit is a block of its own.
        if a.credit_caption || b.credit_caption {
            return Some(true);
        }
        // A drop cap goes on in the word it opens.
        if a.drop_cap
            && b.first.is_alphabetic()
            && !b.cjk
            && !b.first.eq_ignore_ascii_case(&a.first)
        {
            return Some(false);
        }
        // A quotation's speaker set under it after a dash (`「…紅豆沙」` /
        // `──周嘉欣`) closes it.
        let closes_quote = |x: &View| matches!(x.last, '」' | '”' | '』' | '"');
        // (So does a Latin one, short, though the quotation ends its
        // sentence: `… There is no plan B.”` / `— Mayor Colleen Barrett`.)
        // (A name and a title, set as a title: not a list's first item,
        // `— A five per cent pay rise`, nor a credit, `— Reporting by …`.)
        let latin_attribution = !b.cjk
            && b.dash_turn
            && b.title_case
            && !b.ends_sentence
            && !b.inner_stop
            && self.short(j);
        if (b.attribution || latin_attribution) && !b.blank_before && closes_quote(a) {
            return Some(false);
        }
        // (And ends it.)
        if a.attribution && i > 0 && closes_quote(&self.v[i - 1]) {
            return Some(true);
        }
        // A CJK dateline alone on its line (`〔記者張家豪／彰化報導〕`) opens
        // the paragraph under it.
        if a.dateline && a.cjk && len == 1 && !b.blank_before && b.cjk && !b.dateline {
            return Some(false);
        }
        // A byline, a running head or foot is a block of its own line; a
        // byline takes the writer's role or place set under it.
        // (And goes on into a line in lowercase set tight under it, its
        // words wrapped: `Compiled by Sentinel staff` / `from public
        // records.`, `By Ana Ruiz` / `and Tom Hale`.)
        if a.byline
            && len == 1
            && (b.role_wrap
                || self.byline_tail(j)
                || (!b.blank_before && !b.cjk && b.first.is_lowercase()))
        {
            return Some(false);
        }
        let tail =
            len == 2 && i > 0 && self.v[i - 1].byline && (a.role_wrap || self.byline_tail(i));
        // (A table's note wraps onto a last line before a blank line:
        // `Quelle: Nahverkehrsgesellschaft` / `Baden-Württemberg`; a
        // sentence's end there goes on from a comma, `Fuente: Mercado
        // Concentrador,` / `cotizaciones del miércoles.`)
        let note_goes_on = a.source_note
            && !b.blank_before
            && (!b.ends_sentence || matches!(a.last, ',' | ';'))
            && self.v.get(j + 1).is_none_or(|n| n.blank_before);
        // (So is a letter's signature of a name and a place, before a
        // blank line: `Johan van der Merwe, Zevenwacht` / blank / `Letters
        // must include …`.)
        // (Or, on a page pasted without blank lines, a name and a place
        // alone under a sentence's end, over a capital: `… and enforce it.`
        // / `PETER WAFULA, Bungoma` / `Land reforms need patience`.)
        // (Or a CJK one with the writer's work set tight between the
        // letter's title and its text: `公車班次太少` / `林志成／上班族（高雄市）`
        // / `我每天搭公車上班，…`.)
        let signature = (a.name_place || a.cjk_signature)
            && len == 1
            && ((b.blank_before && !b.spacing)
                || (!a.blank_before
                    && !b.blank_before
                    && a.name_place
                    && i > 0
                    && self.v[i - 1].ends_sentence
                    && b.first.is_uppercase())
                || (a.cjk_signature && !b.blank_before && b.cjk && b.clause));
        // (A signature set flush right goes on after its comma in the
        // place set flush right under it: `Maria Fernanda Lopes,` / `Vila
        // Nova da Ribeira`.)
        let signed_place = a.last == ',' && b.right_aligned && !b.blank_before && !b.ends_sentence;
        // (A CJK line wholly in brackets that closes the text above it, a
        // signature, is a block of its own line: `…與處方醫師聯繫。` /
        // `（社会部・山本美咲）` / `ことば`; so is one over an interview's
        // turn. Not a dateline opening the text under it: `（中央社記者
        // 林雅婷台南12日電）` / `強烈大陸冷氣團南下…`.)
        let bracketed =
            a.in_brackets() && len == 1 && (b.turn || (i > 0 && self.v[i - 1].ends_sentence));
        if (a.byline && len == 1)
            || bracketed
            || signature
            || tail
            || a.furniture
            || (a.source_note && !note_goes_on)
            // (Not one going on in lowercase: a centred headline's first
            // line, long enough to reach the right edge, `El hospital
            // comarcal estrena su` / `nueva ala de pediatría`.)
            // (Nor a CJK headline's line ending on a colon: `水墨裏的城市：`
            // / `年輕畫家重寫維港風景`.)
            || (a.right_aligned
                && (len == 1 || self.v[i - 1].right_aligned)
                && !signed_place
                && !(a.cjk && a.last == '：' && !b.blank_before)
                && !(!a.ends_sentence && !b.blank_before && b.first.is_lowercase()))
        {
            return Some(true);
        }
        if a.right_aligned && signed_place {
            return Some(false);
        }
        None
    }

    /// CJK row `i`, its cells parted by single spaces, wraps onto the
    /// line under it: a CJK line of no row, set tight under it, with the
    /// listing's next row, of as many cells, right under that (a title
    /// over the next table's rows heads rows of another shape).
    fn wraps_entry(&self, i: usize) -> bool {
        let (Some(b), Some(c)) = (self.v.get(i + 1), self.v.get(i + 2)) else {
            return false;
        };
        self.v[i].tight_row > 0
            && c.tight_row == self.v[i].tight_row
            && b.cjk
            && !b.blank_before
            && !self.row(i + 1)
            && !c.blank_before
            && self.row(i + 2)
    }

    /// Whether a new block starts at line `j` (the line before being `i`,
    /// in a block with `len` lines so far) in a table, a listing, a box of
    /// entries or a pull quote: rows are blocks of a line each, an entry
    /// runs to the next. `None` where neither line is part of one.
    fn listing_break(&self, i: usize, j: usize, len: usize) -> Option<bool> {
        let (a, b) = (&self.v[i], &self.v[j]);
        // The block's first line.
        let opener = &self.v[j - len.min(j)];
        // A table's rows are blocks of a line each; so is a note under a
        // table (`Source: …`) before a sentence or a blank line, and a
        // table's or a list's title ends the paragraph before it.
        // (So is a CJK result alone, between its round's labels:
        // `決勝` / `桜ケ丘３―０北山` / `３位決定戦` / `南陵５―４東浜`.)
        // (A CJK entry whose cells single spaces part may wrap onto a
        // line of its own before the listing's next entry: `30日上午11时
        // 华文绘本分享会：《外婆的` / `甘榜》作者见面` / `30日下午3时 …`.)
        if self.row(i) && self.wraps_entry(i) {
            return Some(false);
        }
        // Under a hanging indent an entry runs over its indented lines, and
        // the next flush line opens the next entry.
        if !a.cjk && !b.cjk {
            if b.indent > a.indent && self.latin_hanging_line(j) {
                return Some(false);
            }
            if b.indent < a.indent && self.latin_hanging_line(i) {
                return Some(true);
            }
        }
        // (So may a Latin row or entry that ends in a comma, onto a line
        // of its own set tight under it, before the next entry or a blank
        // line: `Fr., 16. Mai, 19 Uhr: Maibaumfest des Heimatvereins,` /
        // `Festplatz Oberbach` / `Sa., 17. Mai, …`.)
        if (self.row(i) || a.entry)
            && !a.cjk
            && a.last == ','
            && !b.blank_before
            && !b.cjk
            && !b.entry
            && b.marker == 0
            && !b.page_break
            && !self.row(j)
            && self
                .v
                .get(j + 1)
                .is_none_or(|n| n.blank_before || n.entry || self.row(j + 1))
        {
            return Some(false);
        }
        if self.row(i)
            || self.row(j)
            || ((a.score || a.pairs) && self.result_pair(i, j))
            || (a.cjk_result && self.short(i))
            || (b.cjk_result && self.short(j))
            || ((a.ends_sentence || b.blank_before)
                && (self.table_title(j) || self.list_title(j) || self.header_row(j + 1)))
            || self.header_row(j)
            || self.column_labels(j)
        {
            return Some(true);
        }
        // Rows set one to a paragraph (as this crate writes them) stay
        // apart: a blank line between two is no column break, nor line
        // spacing.
        if b.blank_before && a.tally && b.tally {
            return Some(true);
        }
        // An entry of a listing by the clock opens a block, and its lines
        // go on to the next entry or blank line (its title and what it
        // is, `20.30 Cin cin` / `Quiz con Marco Bellini`).
        if b.entry && !a.ends_hyphen && !a.url_runs_on {
            return Some(true);
        }
        // A day's title or a title in capitals under an entry opens a
        // block too: the listing's next day, or the next box (`Samstag,
        // 16. März`, `TIPP DER WOCHE`).
        if opener.entry && (b.day_title || b.all_caps) && !a.ends_hyphen && !a.url_runs_on {
            return Some(true);
        }
        // A pull quote set off by blank lines (`‘I just sat on the` /
        // `step and cried` / `like a baby’`) runs to the line closing its
        // quotation, and ends there.
        if !opener.cjk
            && matches!(opener.first, '‘' | '“' | '"')
            && opener.blank_before
            && len <= PULL_QUOTE_LINES
        {
            let closed = matches!(a.last, '’' | '”' | '"');
            if closed && b.blank_before {
                return Some(true);
            }
            // (Its lines set in as its first is, short ones, go on; a page
            // break does not.)
            if !closed
                && !b.blank_before
                && !b.page_break
                && !a.ends_sentence
                && opener.indent > opener.base_indent
                && b.indent == opener.indent
            {
                return Some(false);
            }
        }
        // A CJK label in lenticular brackets opens a block of its own
        // (`▽３位決定戦　…` / `【バスケットボール女子】`).
        if b.cjk && b.first == '【' && b.last == '】' && !b.dateline && !b.clause {
            return Some(true);
        }
        // A CJK item of a list (`▽観衆　１万２０３８人`) ends at a blank
        // line, but where a clause runs on; so does a quotation set alone
        // (`「地域の足は自分たちで` / `守るしかない」`).
        if opener.cjk
            && matches!(opener.first, '「' | '『')
            && opener.blank_before
            && matches!(a.last, '」' | '』')
            && b.blank_before
            && !b.spacing
            && !matches!(b.first, 'と' | 'は' | 'が' | 'の' | 'を' | 'に' | '、')
        {
            return Some(true);
        }
        if opener.list_item
            && opener.cjk
            && b.blank_before
            && !b.spacing
            && !script::is_clause_mark(a.last)
        {
            return Some(true);
        }
        // A CJK box entry's value goes on over a sentence's end to a line
        // set between it and the next entry (`会期：３月３１日（日）まで。` /
        // `月曜休館` / `会場：…`).
        if opener.cjk
            && opener.entry_label
            && b.cjk
            && !b.blank_before
            && !b.entry_label
            && len < ENTRY_GAP
            && self
                .v
                .get(j + 1)
                .is_some_and(|n| n.entry_label && !n.blank_before)
            && !self.hard_start(j)
            && !self.row(j)
            && self.box_entry(j - len)
        {
            return Some(false);
        }
        // In a CJK box set double-spaced, an entry's value wraps over the
        // blank line that spaces it (`报名方式：通过“江城教育”微信公` /
        // blank / `众号或市民服务网在线报名`), up to the next entry or the
        // value's sentence end.
        if script::is_cjk(opener.first)
            && opener.entry_label
            && len == 1
            && script::is_cjk(b.last)
            && b.blank_before
            && !b.entry_label
            && !a.ends_sentence
            && !self.hard_start(j)
            && self
                .v
                .get(j + 1)
                .is_none_or(|n| n.entry_label || b.ends_sentence)
            && self.box_entry(i)
        {
            return Some(false);
        }
        // Past those, a box's last entry ends at a blank line before a line
        // alone, a section's label (`洽詢電話：03-5960000轉21` / blank /
        // `社區簡訊` / blank).
        // So does the last of entries set one to a line, stopping short,
        // before text of its own (`北部山区：阵雨，14℃～22℃` /
        // `沿江地区：晴，19℃～28℃` / blank / `气象部门提醒，…`).
        let last_of_rows = || {
            len == 1
                && i > 0
                && !a.blank_before
                && self.v[i - 1].entry_label
                && !b.entry_label
                && !script::is_clause_mark(a.last)
                && self.short(i)
        };
        if a.cjk
            && opener.entry_label
            && b.blank_before
            && !b.spacing
            && (self.v.get(j + 1).is_none_or(|n| n.blank_before) || last_of_rows())
        {
            return Some(true);
        }
        if opener.entry {
            if self.title_after_entry(j) {
                return Some(true);
            }
            // A CJK entry's line that stops short of the column (or of the
            // line under it) was not wrapped: a line set flush under it
            // opens a block where a new listing starts under it, a
            // channel's or a section's title (`22:10 天天饮食` /
            // `江城电视台二套（都市频道）`).
            // (An entry of a time and a few ideographs reads as Latin.)
            let cjk = |x: &View, c: char| x.cjk || script::is_cjk(c);
            if cjk(a, a.last)
                && cjk(b, b.first)
                && !b.blank_before
                && b.indent <= opener.indent
                && (self.short(i) || a.width + CJK_SHORT < b.width)
                && self.new_listing_under(j, j - len.min(j))
            {
                return Some(true);
            }
            // Entries set a sentence or more to a line, each ending its
            // line, end at their line's end: the line under the last one,
            // opening text that runs on over lines of its own, is none of
            // its (`17 h Théâtre … Dès 10 ans.` / `Vos annonces pour
            // l'agenda sont à envoyer à` / `agenda@…`). An entry's own
            // second line ends its sentence there, or an entry follows it
            // (`14.00 Stadtführung … Kirche.` / `Anmeldung erforderlich.`).
            let text_under = !b.ends_sentence
                && self
                    .v
                    .get(j + 1)
                    .is_some_and(|n| !n.blank_before && !n.entry);
            if len == 1
                && a.ends_sentence
                && !b.entry
                && text_under
                && i > 0
                && self.v[i - 1].entry
                && self.v[i - 1].ends_sentence
                && !a.ends_hyphen
            {
                return Some(true);
            }
            // (Nor one whose sentence ended short of its column, over a
            // heading: `Zo 13 april, 14.30 uur: Voorjaarscon-` / … /
            // `Sint-Jan.` / `Ingezonden` / `Afgelopen zaterdag …`.)
            if a.ends_sentence && !b.entry && self.short(i) && self.heading_here(j) {
                return Some(true);
            }
            if !b.blank_before && len < ENTRY_GAP && !self.hard_start(j) && !self.row(j) {
                return Some(false);
            }
            // A blank line ends the entry, but a column break inside a
            // clause or a word.
            if b.blank_before
                && !b.spacing
                && !a.ends_hyphen
                && !a.url_runs_on
                && !script::is_clause_mark(a.last)
                && !b.first.is_lowercase()
            {
                return Some(true);
            }
        }
        if len == 1
            && i > 0
            && self.row(i - 1)
            && (b.opens_sentence || b.blank_before)
            && !a.ends_hyphen
            && !a.url_runs_on
        {
            return Some(true);
        }
        None
    }

    fn breaks(
        &self,
        i: usize,
        j: usize,
        kind: BlockKind,
        len: usize,
        widest: u32,
        list_item: &mut Option<usize>,
    ) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        if let Some(breaks) = self
            .own_block_break(i, j, kind, len)
            .or_else(|| self.listing_break(i, j, len))
        {
            return breaks;
        }
        // The block's first line.
        let opener = &self.v[j - len.min(j)];
        // A page break ends the block, unless the text plainly goes on.
        if b.page_break && (!self.goes_on_over_page(j) || kind != BlockKind::Paragraph) {
            return true;
        }
        // Blocks set one to a line, but not after a word split at a
        // line-end hyphen (`de re-` / blank / `parto.`) or inside a URL: the
        // blank line is a column break there. Nor inside a CJK paragraph's
        // clause, its line of prose ending in a letter (`…变化情况，逐步` /
        // blank / `加密高峰时段的班次。`): no CJK paragraph ends so.
        // (Or a line of prose ending in a particle that binds it to the
        // next, `…補助制度を` / blank / `設ける方針だ。`.)
        let cjk_clause_goes_on = kind == BlockKind::Paragraph
            && len >= 2
            && a.cjk
            && b.cjk
            && (a.clause || script::binding_particle(a.last))
            && script::is_cjk(a.last)
            && script::is_alphabetic(a.last);
        // (Nor inside a Latin paragraph's sentence going on in lowercase:
        // `og samlet dunet når` / blank / `fuglene hadde forlatt
        // reirene.`; a line alone may be a headline over its byline, `de
        // Dorina Pop`.)
        let latin_goes_on = kind == BlockKind::Paragraph
            && len >= 2
            && !a.cjk
            && !b.cjk
            && !a.ends_sentence
            && b.first.is_lowercase();
        if b.blank_before
            && b.own_line
            && !a.ends_hyphen
            && !a.url_runs_on
            && !cjk_clause_goes_on
            && !latin_goes_on
        {
            return true;
        }
        // A CJK line alone between blank lines over a new start, a dateline
        // most often, is a headline, though the text above stops mid-clause
        // (a box's last entry: `…飲水機十二部` / blank / `油麻地唐樓天台僭建
        // 屋宇署限期清拆` / blank / `【本報訊】…`); not a clause closing a
        // quotation (`と、ずっと…していました」`).
        if a.cjk
            && b.cjk
            && b.blank_before
            && !b.ends_sentence
            && !b.clause
            && !script::is_closer(b.last)
            && self
                .v
                .get(j + 1)
                .is_some_and(|n| n.blank_before && self.hard_start(j + 1))
            && self.heading_here(j)
        {
            return true;
        }
        if kind == BlockKind::Caption {
            return self.caption_ends(i, j, len, widest);
        }
        // A bulleted item goes on in the lines indented under its text (a
        // hanging indent: `• Founded in 1884 by` / `  Robert Haldane`); so
        // does a listing's entry by the clock (`20.00 Lente aan de
        // Schelde: koor` / `   Zevenstemmig. Markt, Oudenaarde.`).
        // (An entry's lines hang under it to the next entry, a blank line
        // or the end: an indented line over a line set flush opens a
        // paragraph after the listing.)
        let hangs = |k: usize| {
            self.v.get(k).is_none_or(|n| {
                n.blank_before || n.entry || n.page_break || n.indent > opener.indent
            })
        };
        if (opener.list_item || (opener.entry && hangs(j + 1)))
            && !b.list_item
            && !b.entry
            && !b.blank_before
            && b.indent > opener.indent
        {
            return false;
        }
        // An item of a bulleted list goes on to the list's next item,
        // after its sentence's end too (`◇市民写真展＝20日まで、` /
        // `市民会館２階ギャラリー。` / `入場無料` / `◇親子料理教室＝…`).
        if opener.bulleted && b.marker == 0 && !b.list_item && self.before_next_bullet(j) {
            return false;
        }
        // A wire service's name set under the dash that brings it in ends
        // the item, though it reads as a byline (`… for zoning changes. –`
        // / `REUTERS`).
        if !a.cjk
            && matches!(a.last, '–' | '—')
            && !b.blank_before
            && b.first.is_uppercase()
            && !b.ends_sentence
            && self.short(j)
        {
            return false;
        }
        // An entry of a box with its label run in (`Dónde comer. Casa
        // Cuesta, …`) opens after a sentence's end.
        if b.run_in && a.ends_sentence && !a.ends_hyphen {
            return true;
        }
        if self.hard_start(j) {
            return true;
        }
        // (A blank line under a CJK headline is no column break, though
        // the lines around read as double-spaced.)
        if len == 1 && self.cjk_headline_over_deck(i, j) {
            return true;
        }
        // A CJK headline of a few short lines set off by blank lines ends
        // at the blank line under it.
        if b.blank_before && self.cjk_short_stack(j - len.min(j)) == Some(i) {
            return true;
        }
        if b.blank_before && !b.spacing && self.closes_at_blank(i, j, len) {
            return true;
        }
        // A heading set right over its body text opens a block after a
        // blank line, whatever the line before it (a signature, an
        // address that ends no sentence).
        if b.blank_before
            && !b.spacing
            && !a.ends_hyphen
            && !a.url_runs_on
            && !script::is_clause_mark(a.last)
            && self.heads_body(j)
        {
            return true;
        }
        // So is a box's title over its first entry, whatever ends the
        // line before it (`Marcos Tavares/Diário` / `SERVIÇO` / `Linha:
        // 214 …`).
        if !a.ends_hyphen && !a.url_runs_on && self.box_title(j) {
            return true;
        }
        // So is a CJK headline set right over a dateline (`合唱團週末義演` /
        // `〔記者周嘉文／台北報導〕…`), whatever ends the line before it.
        if b.blank_before && !a.ends_hyphen && self.heads_dateline(j) {
            return true;
        }
        // A turn of dialogue after one that ended a sentence (`— E as
        // vendas?` / `— Melhores …`) is a paragraph of its own, as is an old
        // paper's next item of news after one; a dash that only opens a
        // sentence inside a paragraph (`… derb.` / `— Von Robert`) is not.
        if b.dash_turn && a.ends_sentence && opener.dash_turn {
            return true;
        }
        // A bulleted item starts a block; an entry with dot leaders (`Inland
        // ...... 3`, a contents page) is a block of its own line; so is a
        // CJK section's title (`一、总体目标`), and its numbered items
        // start blocks.
        // Not a dash in the middle of a clause (`over` / `– and then`):
        // a list follows a colon, a sentence end or an item, and its
        // first line stands alone, not a full line of prose.
        // (Nor a range's dash between figures: `14 mei 1938` / `– 3 april
        // 2024.`, however short the line, `NAIDOO, Savithri. 12.05.1946`
        // / `– 01.02.2025. Mother, …`.)
        let range = b.dash_figure && a.last.is_ascii_digit();
        let clause_dash = (b.dash_clause || range)
            && a.last.is_alphanumeric()
            && !opener.list_item
            && kind == BlockKind::Paragraph
            && (range || self.share(i) >= LAT_SHORT);
        // (A CJK number after a full line that stops mid-clause goes on
        // in the text: `…將於本週` / `六、日封閉`, Saturday and Sunday.)
        // (Nor after a comma: `…推向右外野，` / `二、三壘跑者都跑回本壘。`.)
        // (A line as wide as the full line above it is full too, where a
        // wider line further on makes it look short: `…犠打で１死` /
        // `二、三塁とし、…`.)
        // (Not in a numbered item's lines: `一、特優：…` / `…徐佳慧` /
        // `二、優等：…`.)
        let full = || {
            !self.short(i)
                || (i > 0
                    && !a.blank_before
                    && !opener.cjk_numbered
                    && !a.cjk_numbered
                    && !self.v[i - 1].cjk_numbered
                    && self.v[i - 1].cjk
                    && self.v[i - 1].width == a.width
                    && !self.v[i - 1].ends_sentence)
        };
        // (Over a column break too, where a full line of the paragraph
        // stops inside a word: `…工程費的二分之` / blank / `一、最多…`; not
        // over a list, its next item under it: `…研擬出對策` / blank /
        // `一、缺工…。` / `二、…`.)
        let runs_on = || {
            a.cjk
                && (!b.blank_before
                    || (kind == BlockKind::Paragraph
                        && len >= 2
                        && script::is_cjk(a.last)
                        && script::is_alphabetic(a.last)
                        && !self.short(i)
                        && !self.v.get(j + 1).is_some_and(|n| n.cjk_numbered)))
                && !a.ends_sentence
                && !matches!(a.last, '：' | ':' | '；' | ';')
                && (full() || matches!(a.last, '，' | '、'))
        };
        let numbered = b.cjk_numbered && !runs_on();
        if (b.list_item && !clause_dash) || a.leaders || b.leaders || numbered || self.cjk_title(i)
        {
            return true;
        }
        if kind == BlockKind::Heading {
            // A headline set a word to a line runs to the blank line under it.
            if !b.blank_before && self.word_stack(j - len.min(j)) {
                return false;
            }
            // A headline in fake bold runs to its last bold line.
            // So does a CJK headline of short lines set off by blank lines.
            let opener = j - len.min(j);
            if self
                .bold_stack_end(opener)
                .or_else(|| self.cjk_short_stack(opener))
                .is_some_and(|e| j <= e)
            {
                return false;
            }
            // (A third line going on in lowercase goes on too: `Le glacier
            // du` / `Mont-Rouge a perdu` / `un tiers de sa masse`.)
            // (Not a byline in lowercase: `von Anna Huber`, `door Jan de
            // Vries`.)
            let third = len == 2
                && !b.cjk
                && b.first.is_lowercase()
                && !a.ends_sentence
                && !b.byline
                && !b.by_names;
            return !((len == 1 || third) && self.heading_goes_on(i, j));
        }
        self.paragraph_ends(i, j, list_item)
    }

    /// Latin line `i`, the last of a block of `len` lines, ends it before
    /// the blank line above line `j`, which opens with a capital or a
    /// figure: the block is a list's item of one line (`• 220 seats in
    /// each car`), a pull quote's attribution (`— Margaret Hale,
    /// volunteer` under a line closing the quotation), or a line alone
    /// between blank lines that ends early (see
    /// [`ends_early`](Views::ends_early)). None is a column's top cut
    /// mid-sentence, as a line before a blank line that does not end a
    /// sentence often is.
    fn closes_at_blank(&self, i: usize, j: usize, len: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        if a.cjk
            || a.ends_hyphen
            || a.url_runs_on
            || matches!(a.last, ',' | ':')
            || !(b.first.is_uppercase() || b.first.is_numeric())
        {
            return false;
        }
        let item = len == 1 && a.list_item;
        let attribution = a.dash_turn
            && !a.ends_sentence
            && i > 0
            && matches!(self.v[i - 1].last, '”' | '"' | '»' | '«' | '’');
        // A line alone between blank lines (a deck, a standfirst) that
        // stops where the next line's first word would have fitted: not
        // wrapped there.
        let alone = len == 1
            && (self.page_top(i) || a.blank_before)
            && !a.ends_sentence
            && self.ends_early(i);
        item || attribution || alone
    }

    /// CJK lines `i` and `j` are a headline and its deck, each alone
    /// between blank lines, after a story's end and over the next story's
    /// indented first line (`（山本真一記者）` / blank / `路線バス一部廃止へ` /
    /// blank / `南陽交通　来年三月末` / blank / `　県南部で…`): text that ends
    /// no sentence before a paragraph's first line is display type, not
    /// text broken by a column.
    pub(super) fn cjk_headline_over_deck(&self, i: usize, j: usize) -> bool {
        let alone = |k: usize| {
            let x = &self.v[k];
            x.cjk
                && x.blank_before
                && !x.ends_sentence
                && !x.inner_stop
                && !script::is_clause_mark(x.last)
                && self.v.get(k + 1).is_some_and(|n| n.blank_before)
        };
        i > 0
            && (self.v[i - 1].ends_sentence || self.v[i - 1].byline)
            && alone(i)
            && alone(j)
            && j + 1 < self.v.len()
            && self.hard_start(j + 1)
    }

    /// Line `j` is a table's title: right above a row, not a row itself,
    /// and set like a title (no sentence end, no colon or comma at its
    /// end, opening with a capital, a figure or a CJK character).
    fn table_title(&self, j: usize) -> bool {
        let l = &self.v[j];
        // (A note in brackets over the rows is none: `（単位：億円）`.)
        let note = matches!(l.first, '（' | '(') && matches!(l.last, '）' | ')');
        // (A blank line may part the rows from a short title alone over
        // them: `IDUĆE KOLO (nedjelja, 15 sati)` / blank / `Jelen – Sloga`.)
        // (Or the entries of a listing by the clock, two at least: a
        // channel's name over its programmes, `滨海新闻综合频道` / `18:30
        // 滨海新闻`; or a CJK table's column labels, `積分榜（前五名）` / `球隊
        // 場數 勝 和 負 積分`.)
        let entries = |k: usize| self.v.get(k).is_some_and(|x| x.entry && !x.blank_before);
        // (Or lines with dot leaders, two at least: `Wasserstände vom 12.
        // März` / `Leitmeritz . . . . . + 0,86 m`.)
        let leaders = |k: usize| self.v.get(k).is_some_and(|x| x.leaders);
        // (Or a Latin title short of the column of the text above it, over
        // rows after a blank line: `…fastlandssidan.` / blank /
        // `Avgångar från Kvarnvik, vardagar` / blank / `06.00–09.00     var
        // 20:e minut`; the rows' own column is narrower.)
        let above_rows = |j: usize| {
            !l.cjk
                && self.row(j + 1)
                && j > 0
                && self.v[j - 1].ends_sentence
                && l.width as f32 <= LAT_FIT * self.v[j - 1].col as f32
        };
        !note
            && !self.row(j)
            && !l.entry
            && !l.leaders
            && (self.row(j + 1)
                || (entries(j + 1) && entries(j + 2))
                || (leaders(j + 1) && leaders(j + 2) && !self.v[j + 2].blank_before)
                || (l.cjk && self.v.get(j + 1).is_some_and(|n| n.cjk) && self.column_labels(j + 1)))
            && (!self.v[j + 1].blank_before
                || (self.set_off(j) && (self.short(j) || leaders(j + 1) || above_rows(j))))
            && l.marker == 0
            && !l.ends_sentence
            && !l.ends_hyphen
            && !l.inner_stop
            && !l.url_runs_on
            && !matches!(l.last, ':' | '：' | ',' | '，' | ';' | '；')
            && (l.first.is_uppercase() || l.first.is_numeric() || l.cjk)
    }

    /// Line `i` is one of the first [`TOP_STACK`] lines of its page (or of
    /// the text), with no blank line and no sentence's end above it there:
    /// a section label, a headline, a deck.
    fn in_top_stack(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            if self.page_top(k) {
                return true;
            }
            if k == 0
                || i - k + 1 >= TOP_STACK
                || self.v[k].blank_before
                || self.v[k - 1].ends_sentence
            {
                return false;
            }
            k -= 1;
        }
    }

    /// Line `j` is a table's header row under the table's title (`Heute in
    /// der Region` / `Stadt heute morgen` / `Dresden 5° 3°`): right above
    /// the rows (see [`table_title`](Views::table_title)), under a
    /// headline-like line that opens a block (after a blank line or a
    /// sentence's end) and ends no sentence or clause. The line above is
    /// the title, a heading; the header row is a paragraph, as it is in a
    /// table set in columns. Column labels hold no clause punctuation: a
    /// line with a comma there is the title under a kicker (`RESULTS` /
    /// `Northern League, Division One`). Results rows (`KGB – Zouaven
    /// 3-1`) have no column labels: the line above them is their title;
    /// nor have a listing's entries (`AGENDA` / `dj. 14 · Quartet Segre ·
    /// Auditori, 20 h`), nor is a box's entry a title (`Preu: 18 euros`).
    fn header_row(&self, j: usize) -> bool {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        let Some(l) = self.v.get(j) else {
            return false;
        };
        let t = &self.v[i];
        let opens = i == 0 || t.blank_before || self.v[i - 1].ends_sentence;
        // (A title alone between blank lines may stand over the header
        // row: `TOP GAINERS (BSE)` / blank / `Company Close (₹) Change
        // (%)` / `Vardhan Infosystems 1,642.35 +6.80`; it may end in a
        // bracket, `AUCTION SALE No. 19 (US$ per kg)`.)
        // (Spanning the table's columns as labels do: a narrow line there
        // is a part's title, `RESULTS` / blank / `First grade` / `Woy Woy
        // 18 d Kincumber 14`.)
        let spans_rows = self
            .v
            .get(j + 1)
            .is_some_and(|n| 5 * l.width >= 3 * n.width);
        let titled = !l.blank_before || (t.blank_before && spans_rows);
        titled
            && !l.clause
            && !t.cjk
            && opens
            && !t.inner_stop
            && !t.ends_sentence
            && (t.last.is_alphanumeric() || t.last == ')')
            && !self.row(i)
            && !t.entry_label
            && self.table_title(j)
            && self.row(j + 1)
            && self.headline_like(i)
            && !self.v.get(j + 1).is_some_and(|x| x.score)
    }

    /// Latin line `j` labels the columns of the table right under it
    /// (`P   W   D   L   Pts` over `Kerikeri   11   9   0   2   41`): set in
    /// columns itself, with no clause punctuation, over a row. A header
    /// row is a paragraph, as the rows are.
    fn column_labels(&self, j: usize) -> bool {
        let l = &self.v[j];
        // (Or a CJK line of as many cells as the row under it, three at
        // least: `名次　球队　赛　胜　平　负　积分` over `1　　桐溪铁路　　9　7　1　1　22`.)
        // (Or parted by single spaces: `月份 收入 按年變幅` over `一月 193.4
        // +56.3%`.)
        if l.cjk {
            let same = |n: &View| {
                (l.spaced_cells >= 3 && n.spaced_cells == l.spaced_cells)
                    || (l.word_cells >= 3 && n.word_cells == l.word_cells)
            };
            return !l.ends_sentence
                && self
                    .v
                    .get(j + 1)
                    .is_some_and(|n| (!n.blank_before || n.spacing) && same(n))
                && self.row(j + 1);
        }
        // (Or set without gaps, a label over each figure of the row:
        // `Lag S V O F P` over `1. Ålvik FF 14 10 3 1 33`.)
        let labelled = |n: &View| l.label_cells > 0 && n.tail_figures == l.label_cells;
        (l.gapped || self.v.get(j + 1).is_some_and(labelled))
            && !l.cjk
            && !l.clause
            && !l.ends_sentence
            && self.v.get(j + 1).is_some_and(|n| !n.blank_before)
            && self.row(j + 1)
    }

    /// Line `j` is a list's title (`Ingredientes (4 personas)` over `- 300
    /// g de lentejas` / `- 1 chorizo`): set like a headline (see
    /// [`headline_like`](Views::headline_like)), no list item itself nor
    /// holding a sentence's end, right above two bulleted items. A lead-in
    /// sentence over a list ends with a colon, which a headline-like line
    /// does not.
    fn list_title(&self, j: usize) -> bool {
        let l = &self.v[j];
        let item = |k: usize| {
            self.v
                .get(k)
                .is_some_and(|x| x.list_item && !x.blank_before && !x.cjk)
        };
        !l.cjk
            && !l.list_item
            && !l.inner_stop
            && l.last != ':'
            && item(j + 1)
            && item(j + 2)
            && self.headline_like(j)
    }

    /// Line `j`, right under a byline, is the writer's role or place
    /// (`By Jane Holloway` / `Transport Correspondent`, `EFE` / `Almendral
    /// (Badajoz)`): short, capitalised, ending no sentence, no dateline,
    /// with a blank line (or the end) after it.
    fn byline_tail(&self, j: usize) -> bool {
        let b = &self.v[j];
        !b.blank_before
            && !b.dateline
            && !b.ends_sentence
            && !b.inner_stop
            && !b.cjk
            && b.marker == 0
            && b.width <= BYLINE_TAIL
            && b.first.is_uppercase()
            && self.v.get(j + 1).is_none_or(|n| n.blank_before)
    }

    /// Whether the caption whose widest line so far is `widest` ends after
    /// line `i`: at the next blank line or hard start; on a page without
    /// blank lines, after a line short for the caption's own column or a
    /// sentence end before a line of another width.
    fn caption_ends(&self, i: usize, j: usize, len: usize, widest: u32) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        if b.blank_before {
            return true;
        }
        // A credit by label under the caption's text closes it.
        if a.credit_label && len > 1 {
            return true;
        }
        // The photographer's credit closes the caption, alone on its line
        // (`記者　何嘉欣　攝`, `Foto: Helena Castro/Agência Minas`) or at the
        // end of the caption's last (`…的原貌。圖／市府新建處提供`).
        if b.photo_credit || b.credit_label || b.credit_end || b.slash_credit {
            return false;
        }
        // So does a note in brackets alone on the caption's last line,
        // short of the column, before a blank line: where the photo was taken
        // (`（県営球場で）`) or whose it is (`（中通社）`).
        if b.in_brackets() && b.width < b.col && self.v.get(j + 1).is_none_or(|n| n.blank_before) {
            return false;
        }
        // A credit of its own line, or at the end of one, ends the caption
        // (a credit label may open one: `Photo: Jane Smith` over its text).
        if a.photo_credit || a.slash_credit || a.credit_end {
            return true;
        }
        // So does a photographer's name in capitals alone under the
        // caption's sentence (`l'assaig general.` / `ANNA PUJOL`, `D.
        // SÁEZ`).
        // (An initial before the surname, `D. SÁEZ`, reads by the surname.)
        let caps_credit = |k: usize| {
            let x = &self.v[k];
            x.names
                && (x.all_caps || x.caps_tail)
                && x.few_words
                && k > 0
                && self.v[k - 1].ends_sentence
        };
        if caps_credit(j) {
            return false;
        }
        if caps_credit(i) && len > 1 {
            return true;
        }
        if self.hard_start(j) {
            return true;
        }
        // A CJK caption set across the text's column, half as wide again,
        // ends over a line of that column: the text that the caption cut
        // mid-sentence goes on there (`▲七回、満塁本塁打を放ち、…（撮影・田中健太）` /
        // `野は、少し照れくさそうに笑っ`).
        // (A caption of that one line; the line above it stops
        // mid-sentence, as wide as the line under it.)
        let cut = (j > len && len == 1)
            .then(|| &self.v[j - 2])
            .is_some_and(|p| {
                p.cjk
                    && !p.ends_sentence
                    && p.width.abs_diff(b.width) <= CJK_SHORT
                    && 2 * a.width >= 3 * p.width.max(b.width)
            });
        if cut && a.cjk && b.cjk && b.marker == 0 {
            return true;
        }
        // (On a page with blank lines, a caption set apart by one goes on
        // to the next; one opening tight under the text ends as a
        // paragraph does: `…會回來。` / `圖：翻新後的街市環境明亮，不少市民到`
        // / `場選購。` / `市政署表示，…`.)
        // (Unless the lines under it are set narrower than the text,
        // in the caption's own column: `Photo: The mill on Wednesday.` /
        // `The roof collapsed in the` / `early hours, …`.)
        let narrow = if b.cjk {
            2 * b.width <= b.col
        } else {
            self.share(j) < LAT_SHORT_BEFORE_BLANK
        };
        if self.has_blanks && (j == len || self.v[j - len].blank_before || narrow) {
            return false;
        }
        // A Latin caption's sentence going on in lowercase goes on, however
        // short its line (`flats at Bellaroo on Wednesday` / `afternoon.`).
        if !a.cjk && !a.ends_sentence && !a.ends_hyphen && b.first.is_lowercase() {
            return false;
        }
        let col = widest.max(b.width);
        let short = if a.cjk {
            a.width + CJK_SHORT <= col
        } else {
            (a.width as f32) < LAT_SHORT * col as f32
                || (a.width + SPACE_WIDTH + b.first_word) as f32 <= LAT_FIT * col as f32
        };
        short || (a.ends_sentence && a.width.abs_diff(b.width) > CJK_SHORT)
    }

    /// Line `i`, before a blank line, stops well short of its column
    /// without ending a sentence or a clause, and line `j` after the blank
    /// line opens like a new block (a capital, a digit, CJK text that is
    /// no punctuation): a signature, a byline, a headline's last line, a
    /// listing's entry. A column break comes after a full line, or inside
    /// a clause that goes on in lowercase.
    fn stops_short_before_blank(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        if a.ends_sentence || a.ends_hyphen || script::is_clause_mark(a.last) || a.last == ':' {
            return false;
        }
        if a.cjk {
            // CJK columns are ragged where extractors cut them: only a line
            // under half its column, standing alone, tells (a listing's
            // entry, not the end of a column cut mid-sentence).
            (i == 0 || a.blank_before)
                && script::is_cjk(a.last)
                && b.cjk
                && !script::is_clause_mark(b.first)
                && !script::is_closer(b.first)
                && !script::is_sentence_end(b.first)
                && 2 * a.width <= a.col
        } else {
            // (Or fills it, where the line after the blank opens a
            // sentence with a word no sentence holds capitalised inside:
            // a deck's last line, `matriarch of the Doyle clan` / blank /
            // `When Margaret Doyle retired`.)
            // (Or where the line after the blank is a title alone between
            // blank lines, over text opening anew: `olio extravergine
            // d’oliva, sale, pepe` / blank / `Preparazione` / blank /
            // `Tagliate la zucca …`; a sentence broken by a column would
            // go on after it.)
            let title_alone = || {
                self.v
                    .get(j + 1)
                    .is_some_and(|n| n.blank_before && !n.spacing && n.first.is_uppercase())
                    && !b.spacing
                    && self.heading_like(j)
                    && 2 * b.width <= b.col
            };
            (b.first.is_uppercase() || b.first.is_numeric())
                && a.last.is_alphanumeric()
                && (self.share(i) < LAT_SHORT_BEFORE_BLANK || b.opens_clause || title_alone())
                && !self.sentence_runs_over_blank(i, j)
        }
    }

    /// Latin line `i` goes on a sentence from the line above it, which
    /// ends in a word, and line `j` after the blank line goes on it in
    /// turn into two lines at least, neither ending a sentence: the blank
    /// line breaks a column inside one sentence, before a noun German
    /// writes with a capital (`Täglich` / `rollen derzeit rund 14 000` /
    /// blank / `Fahrzeuge durch die enge` / `Hauptstraße, darunter …`).
    fn sentence_runs_over_blank(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        let Some(p) = i.checked_sub(1).map(|p| &self.v[p]) else {
            return false;
        };
        !a.blank_before
            && !p.blank_before
            && i >= 2
            && !p.ends_sentence
            && p.last.is_alphabetic()
            && !p.cjk
            && !a.names
            && !a.byline
            && !b.ends_sentence
            && !b.names
            && !b.byline
            && self.v.get(j + 1).is_some_and(|n| !n.blank_before && !n.cjk)
            // (Three lines at least, no headline of two over the text
            // after the next blank line: `… rund 14 000` / blank / `Neue
            // Ampel am` / `Ortseingang geplant` / blank / `Die Kreuzung …`.)
            && self.v.get(j + 2).is_some_and(|n| !n.blank_before)
    }

    /// Line `k` is Latin text in capitals, a few words between blank lines
    /// (or the text's edges), no page furniture.
    fn caps_alone(&self, k: usize) -> bool {
        let l = &self.v[k];
        l.all_caps
            && !l.cjk
            && !l.furniture
            && l.few_words
            && (k == 0 || l.blank_before)
            && self.v.get(k + 1).is_none_or(|n| n.blank_before)
    }

    /// Whether the paragraph ends after line `i` (the next line being `j`).
    fn paragraph_ends(&self, i: usize, j: usize, list_item: &mut Option<usize>) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        if a.ends_hyphen || a.url_runs_on {
            return false;
        }
        // Paragraphs one to a line, unwrapped: a line wider than any column
        // that ends a sentence, beside a line of another width, is whole.
        if a.width > LONG
            && a.ends_sentence
            && 100 * a.width.abs_diff(b.width) > 15 * a.width.max(b.width)
        {
            return true;
        }
        // A paragraph on a line of its own, or a clause end before a blank
        // line (not line spacing): the blank line ends the block. (A CJK
        // semicolon goes on over a column break: it ends no paragraph.)
        // (Not a CJK line cut inside a word, ending in a letter: `…走進來，把自`
        // / blank / `己的故事留下。`.)
        let cjk_cut = a.cjk && b.cjk && script::is_cjk(a.last) && script::is_alphabetic(a.last);
        if b.blank_before
            && !b.spacing
            && (((a.width > LONG || b.width > LONG) && !cjk_cut)
                || matches!(a.last, ';' | ':' | '：'))
        {
            return true;
        }
        if b.blank_before && !b.spacing && self.stops_short_before_blank(i, j) {
            return true;
        }
        // A line in capitals alone between blank lines (a notice's title,
        // `AVISO DE EXTRAVIO`) is no sentence going on over a column break,
        // nor a double-spaced page's line.
        if b.blank_before && (self.caps_alone(i) || self.caps_alone(j)) {
            return true;
        }
        // (A CJK row of fields is a paragraph of its own.)
        // (So is where it closes, short of the column, a CJK line wholly in
        // brackets under a sentence's end, the source of a quotation:
        // `「你們要將一切的憂慮卸給神…。」` / `（彼得前書5章7節）` / `代禱事項`.)
        // (So is a source's note set off by a blank line.)
        // (So does a letter's signature with its closing words, `鄉長 吳文德
        // 敬上`, and the date under it before a blank line.)
        if a.field_row
            || b.field_row
            || a.signs_off()
            || (b.blank_before && i > 0 && self.v[i - 1].signs_off())
            || (b.source_note && b.blank_before)
            || (a.in_brackets()
                && b.cjk
                && self.short(i)
                && i > 0
                && self.v[i - 1].ends_sentence
                && !script::is_closer(b.first)
                && !script::is_sentence_end(b.first))
        {
            return true;
        }
        if !a.cjk {
            let blank_break = b.blank_before && !b.spacing;
            if a.last == '.'
                && b.first.is_lowercase()
                && self.share(i) >= LAT_ABBREVIATION
                && !blank_break
            {
                // An abbreviation, or OCR's `.` for a hyphen.
                return false;
            }
            if self.in_verse(i) && self.share(i) >= LAT_VERY_SHORT {
                return false;
            }
        }
        // A quotation closing a Japanese paragraph sets no stop before its
        // bracket (`…できるだけ続けるよ」`): a short line ending so ends the
        // paragraph, unless the next goes on with a particle (`」と笑う`)
        // or a mark that opens no line.
        if a.cjk
            && b.cjk
            && matches!(a.last, '」' | '』')
            && !a.ends_sentence
            && !"とのがをにへっはもでやかまよな".contains(b.first)
            && !script::is_clause_mark(b.first)
            && !script::is_closer(b.first)
            && !script::is_sentence_end(b.first)
            && self.short(i)
        {
            return true;
        }
        // A dateline alone on its line opens a story under a short line, its
        // headline's (`Incendio en un molino` / `TORDESILLAS, 11.`).
        if b.dateline && b.last == '.' && !a.cjk && !b.cjk && self.short(i) {
            return true;
        }
        // A line opening with a label in fake bold and its colon opens an
        // entry (`$$4488  mmiilllliioonn:: cost of` / `the first phase of the`
        // / `seawall` / `11,,990000  ffeeeett:: length of`).
        if b.bold_label {
            return true;
        }
        // A line in capitals printed in fake bold under a plain line that
        // ends no sentence but closes its phrase starts anew: the type
        // changes (`Pe. Antônio Carlos Ribeiro, pároco` / `HORÁRIOS DAS
        // MISSAS` printed twice).
        if !a.cjk
            && !b.cjk
            && !a.ends_bold()
            && b.ends_bold()
            && (b.all_caps || b.copied || (b.caps_lead && b.caps_tail && b.few_words))
            && b.latin_heading
            && a.complete()
            // (Not after a capitalised word, a name the line may go on:
            // `… e o Conselho` / `PPAASSTTOORRAALL  DDAA  PPAARRÓÓQQUUIIAA`;
            // a row's last cell ends with its line, `Terça a sexta   7h
            // Matriz`.)
            && (!a.capital_tail || a.gapped)
        {
            return true;
        }
        // (A dateline alone on its line is a paragraph of its own:
        // `Liegnitz, 14. März.` / `Die gestrige Sitzung …`, as the text
        // under it opens with a capital after a sentence's end.)
        if a.ends_sentence {
            let spacing_only = self.double_spaced(j) && same_column(a, b);
            // A CJK line one or two characters short may only have had its
            // last character pushed down (punctuation cannot start a line):
            // it opens a paragraph when the line before stops short too, on
            // pages that do not show their indents.
            let lost_indent = self.lost_indent(j)
                && if b.cjk {
                    a.width < a.col && !self.shows_indents(true)
                } else {
                    // (Where the page shows its indents, a flush line the
                    // next word would not fit after is no lost indent; a
                    // name in capitals under the text signs it.)
                    let flush_text =
                        self.shows_indents(false) && !self.next_word_fits(i) && !b.caps_lead;
                    !(self.blank_paragraphs || flush_text)
                };
            // The next item of a numbered list (`2.` a few lines after
            // `1.`); a number alone may be a date (`3. März`).
            let next_item = b.list_number > 1
                && (i.saturating_sub(3)..=i).any(|k| self.v[k].list_number + 1 == b.list_number);
            // (On a page that shows its indents, a line under a full one's
            // share goes on into a line set flush where the next word would
            // not have fitted on it.)
            // (A name in capitals opens an entry: `SCHULTZ, Dennis`.)
            let flush_goes_on = !a.cjk
                && self.shows_indents(false)
                && b.indent <= b.base_indent
                && !b.blank_before
                && !b.caps_lead
                && !self.next_word_fits(i);
            // (A short line ending in an article goes on: `Murtal. Wer im
            // Jänner die` / `Heizkostenzuschüsse des Landes …`.)
            if (self.short(i) && !flush_goes_on && !a.ends_in_article)
                || lost_indent
                || b.turn
                || next_item
                || self.heading_here(j)
                || b.dateline
                || (b.dash_turn && b.name_place)
                // (Or a letter's signature of a name and a place over a
                // blank line or the end: `… fills it in?` / `Ken Radway,
                // Wexcombe`.)
                || (b.name_place && self.v.get(j + 1).is_none_or(|n| n.blank_before))
                // (A CJK notice's label in brackets opens the next: `【招募】…`,
                // `【失物招领】…`.)
                || (a.cjk && b.cjk && b.first == '【')
                || a.ends_bold() != b.doubled
                || (b.blank_before && !spacing_only)
            {
                return true;
            }
        }
        if !a.cjk {
            // (A line the next word would have fitted after, but well
            // over a short line's share, goes on in lowercase into a line
            // that wraps on: `na. Horáček jedná o koalici s ODS;` / `obě
            // strany se shodují na opravě česko-`; not into the next item,
            // `une école ;` / `un gymnase ;`.)
            let item_end = self.short(i)
                && (!b.first.is_lowercase()
                    || self.share(i) < LAT_ITEM_SHORT
                    || matches!(b.last, ';' | '.'));
            if a.last == ';' && (item_end || list_item.is_some_and(|k| i - k <= LIST_SPAN)) {
                *list_item = Some(i);
                return true;
            }
            // A very short line, unless the next is as short: a narrow
            // column (a lede beside a wide body), not a paragraph end.
            let narrow_column = 100 * a.width.abs_diff(b.width) <= 15 * a.width.max(b.width);
            // A colon ends the block before a list or a quotation; before a
            // lowercase word only where the line stops short (a list whose
            // items start lowercase), not where the clause runs on. French
            // sets a space before a colon, and a clause after it often: there
            // the next line must read as a list item too (short itself, or
            // ending on `;` or `,`), not run on (`confirmé :` /
            // `l'ouverture reste prévue pour la rentrée`).
            // (Nor, after any colon, a full line running on in lowercase
            // into the next: `A díszlet Lőrinc Panna munkája:` / `kopott
            // padok, egy menetrendi tábla,` / `amelyen …`.)
            let prose_after = self.share(j) >= LAT_SHORT
                && self
                    .v
                    .get(j + 1)
                    .is_some_and(|n| !n.blank_before && !n.cjk && n.first.is_lowercase());
            let item =
                !prose_after && (!a.spaced_colon || self.short(j) || matches!(b.last, ';' | ','));
            // On a page that shows its indents or parts its paragraphs with
            // blank lines, a quotation after a full line's colon that is not
            // set off goes on in the paragraph (`Cllr Iain Ross said:` /
            // `"We support it, …`).
            // (So on any page, where the line is full: `… Association,
            // said:` / `“We are not against a bypass.`)
            let set_off = self.shows_indents(a.cjk)
                || self.blank_paragraphs
                || matches!(b.first, '“' | '"' | '‘' | '«' | '„');
            let capital = !b.first.is_lowercase() && (!set_off || self.short(i));
            // (Or a title over the first of the entries it announces, set
            // indented: `folgende Eintragungen vorgenommen:` / `Geburten` /
            // `  Ein Sohn, Klaus-Dieter, …`.)
            let titled = b.first.is_uppercase()
                && b.few_words
                && b.latin_heading
                && !b.clause
                && self.short(j)
                && self.v.get(j + 1).is_some_and(|n| {
                    !n.blank_before && n.indent > n.base_indent && n.indent > b.indent
                });
            let colon = a.last == ':' && (capital || titled || (self.short(i) && item));
            // A line that stops mid-clause before a lowercase word goes
            // on, however short, where the next line is short too (a pull
            // quote or a box set narrow), not a full line of a list.
            let runs_on = b.first.is_lowercase() && a.last.is_alphanumeric() && self.short(j);
            // A signature's name and a comma over its place, a blank line
            // under it (`JOSEPH KAMAU,` / `Kikuyu`), is one block; a
            // salutation (`Dear Editor,`) is set over a full line.
            let signed = a.last == ','
                && !b.blank_before
                && self.share(j) < LAT_VERY_SHORT
                && self.v.get(j + 1).is_none_or(|n| n.blank_before);
            // (Nor a column or page break inside a clause: `Teil der
            // Böschung` / blank / `zur Bahntrasse gehört.`)
            let column_break = ((b.blank_before && !b.spacing) || b.page_break)
                && b.first.is_lowercase()
                && a.last.is_alphanumeric();
            // (A lead-in printed twice filled the line: its copy is gone,
            // `Fietsendief gepakt.Fietsendief gepakt. De` / `politie …`.)
            let lead_in = a.plain_tail && !a.ends_sentence;
            // (Nor a name in capitals inside a notice's sentence: `… della
            // scomparsa di` / `ELIO CANZANO` / `la famiglia lo ricorda …`;
            // nor a line ending in an article or a preposition, `… zu
            // prüfen. Ihre` / `Sprecherin …`; a list's item may end in a
            // conjunction.)
            if colon
                || (self.short(i)
                    && self.share(i) < LAT_VERY_SHORT
                    && !narrow_column
                    && !runs_on
                    && !signed
                    && !column_break
                    && !lead_in
                    && !a.ends_in_article
                    && !self.caps_name_in_sentence(i))
            {
                return true;
            }
        }
        false
    }
}
