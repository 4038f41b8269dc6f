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
}

/// Fewest lines of one CJK character each that make a headline set
/// vertically.
const VERTICAL_CHARS: usize = 3;
/// Most lines of caption text above a credit line (`Foto: dpa`).
const CREDITED_LINES: usize = 3;
/// Most lines of a caption of one sentence over its credit line, with no
/// blank line or marker to set it apart.
const CAPTION_LINES: usize = 2;
/// Most lines of a stack of section label, headline and deck at the top
/// of a page (see [`Views::in_top_stack`]).
const TOP_STACK: usize = 4;
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
    "Photo:",
    "Photos:",
    "PHOTO:",
    "Foto:",
    "Fotos:",
    "Bild:",
    "Fig.",
    "Figure:",
    "Caption:",
];

/// The first characters of the non-ASCII [`MARKER_LABELS`] (a test checks
/// that the list is whole).
const LABEL_STARTS: &[char] = &['圖', '图', '図', '写', '表'];

/// The first two bytes of the ASCII [`MARKER_LABELS`] (a test checks that
/// the list is whole).
const ASCII_LABEL_STARTS: &[[u8; 2]] = &[*b"Ph", *b"PH", *b"Fo", *b"Bi", *b"Fi", *b"Ca"];

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
/// Lines of one width that show a CJK column of text under a headline
/// stack (see [`Views::cjk_column_from`]).
const COLUMN_LINES: usize = 3;
/// Widest CJK section label over a headline, four wide characters
/// (`地方短波`): see [`Views::heading_goes_on`].
const CJK_LABEL_WIDTH: u32 = 800;
/// How far short of its column a CJK title with a comma stops, at least:
/// three wide characters (see [`Views::cjk_comma_title`]).
const CJK_TITLE_SHORT: u32 = 600;
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
/// Lines over which a list of `;`-ended items stays open.
const LIST_SPAN: usize = 12;
/// A heading is at most this share of the column of the text after it.
const CJK_HEAD_RATIO: f32 = 0.80;
const LAT_HEAD_RATIO: f32 = 0.62;

/// Splits `lines` into blocks. `deleted` are the doubled copies the repair
/// stage found (sorted); lines they cover entirely are skipped.
///
/// One forward pass: a new block starts at a line where the break rules
/// say so (page break, caption marker, indent, a short line ending a
/// sentence, a lost indent, a heading, a dateline …), and its kind is
/// decided as it opens.
pub fn segment(input: &str, lines: &[Line], deleted: &[Edit], options: &Options) -> Vec<Segment> {
    let views = Views::new(input, lines, deleted, options);
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
        } else if views.subhead(j) || line.top_stack == 1 {
            BlockKind::Heading
        } else if line.marker > 0 || line.credit_caption || line.credited == 1 {
            BlockKind::Caption
        } else if line.byline || line.drop_cap || views.row(j) || line.entry || views.header_row(j)
        {
            // Who wrote it, not what it is about: body text of its own; a
            // drop cap opens body text; a table's row, its header row too,
            // and a listing's entry are paragraphs.
            BlockKind::Paragraph
        } else if views.heading_here(j)
            || views.table_title(j)
            || views.list_title(j)
            || views.header_row(j + 1)
            || (line.single_cjk && views.vertical(j))
            || line.cjk_title
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
    /// A byline, the whole line (`By Jane Smith`, `記者 陳大文`): see
    /// [`byline`].
    byline: bool,
    /// Width of the first word, for the fit test.
    first_word: u32,
    /// A Latin line ending in an article, a preposition or a conjunction
    /// (`Hoheit der`, `the mayor of`): no title ends there (see
    /// [`is_function_word`]).
    open_end: bool,
    /// The first word is one that is capitalised only to open a sentence
    /// (`The`, `Die`, `Le`): see [`opens_sentence`].
    opens_sentence: bool,
    /// The line ends inside a URL or an e-mail address that the next line
    /// goes on with (see [`script::url_break`]).
    url_runs_on: bool,
    /// Blank lines between this line and the previous line with text.
    blank_before: bool,
    /// A form feed before this line's text (since the previous line with text).
    page_break: bool,
    /// A running head or foot: the first line of a page or the last one,
    /// with a page number (see [`running_head`]).
    furniture: bool,
    /// May be a row of results (see [`score_row`]).
    score: bool,
    /// A name alone (`Ana Rita Sousa`, `Geneviève Lavoie`): see
    /// [`name_line`].
    names: bool,
    /// Holds a layout gap (runs of spaces), or, at a page's top, an
    /// ideographic space between CJK phrases (`高校野球秋季県大会　桜ケ丘が
    /// ７年ぶり優勝`).
    gapped: bool,
    /// In a headline stack at a page's top (see [`Views::top_stack_end`]):
    /// 1 where a heading opens, 2 where the heading above goes on, 0
    /// elsewhere.
    top_stack: u8,
    /// The label of the page's section at its top, over the headline
    /// (`SPORT`, `COMUNIDAD VALENCIANA`, `經濟`): see [`kicker`].
    kicker: bool,
    /// A CJK photo caption without a marker, Japanese style: a line set
    /// apart by blank lines whose credit follows a `＝` (`買い物客＝１０日、
    /// 長野県松本市`, `高橋由美子さん＝本人提供`).
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
    /// A CJK line opening with a doubled dash (`――受賞の知らせを聞いた
    /// ときは。`): an interviewer's question, a turn of its own after a
    /// sentence's end.
    question_dash: bool,
    /// CJK text ending in a photographer's or a source's credit
    /// (`…佐藤健一撮影`, `…本人提供`, `…攝`).
    credit_end: bool,
    /// Holds a photo credit (see [`credit_text`]); looked for only on a
    /// line with a caption marker and the few after it.
    credit_text: bool,
    /// Behind a marker, the text of a subhead (`■審批流程大幅提速`): see
    /// [`subhead_text`] and [`Views::subhead`].
    subhead: bool,
    /// A photo credit by label (`Foto: dpa/Kay Nietfeld`).
    credit_label: bool,
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
    /// Opens with a quotation mark and a lowercase word behind it (`«
    /// voleur de vélos » de la gare`): a phrase going on, as a line opening
    /// in lowercase does.
    quoted_lowercase: bool,
    /// Opens with an em dash and a space (`— Nunca.`): a speaker's turn in
    /// dialogue, an old paper's item of news (`— Leipzig, 13. März.`), or
    /// a sentence opened by a dash inside a paragraph.
    dash_turn: bool,
    /// Opens with a spaced en dash or hyphen and a lowercase word (`– and
    /// then`): a clause going on after a dash, where the line before stops
    /// mid-clause, not an item of a list.
    dash_clause: bool,
    /// The number a line starts with, as in `2. ` or `2) ` (1 to 999).
    list_number: u16,
    /// Dot leaders before a number at the end (`Inland ....... 3`).
    leaders: bool,
    /// An entry of a listing by the clock (`20.30 Tg2`, `1800 新聞報道`):
    /// the line opens with a time (see [`time_led`]), and is one of a run
    /// of at least [`TABLE_ROWS`] such lines close together (see
    /// [`mark_entries`]).
    entry: bool,
    /// Doubled copies were removed from this line (it was set in fake bold).
    doubled: bool,
    /// The blank line before this one is mere line spacing: it sits in a
    /// double-spaced column (see [`line_spacing`]).
    spacing: bool,
    /// The blank line before this one separates blocks set one to a line.
    own_line: bool,
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
        self.marker == 0
            && !self.byline
            && !self.dateline
            && !self.inner_stop
            && !self.ends_hyphen
            && !self.url_runs_on
            && !self.jump
            && !(self.cjk && script::is_clause_mark(self.last))
            && (!self.ends_sentence || matches!(self.last, '?' | '!' | '？' | '！'))
    }

    /// Ends a phrase: no article, preposition or conjunction, comma,
    /// colon or hyphen at its end.
    fn complete(&self) -> bool {
        !self.open_end && !matches!(self.last, ',' | ';' | ':' | '-')
    }
}

/// What the local column width of [`Views::new`] reads of a line.
struct ColumnLine {
    width: u32,
    indent: u32,
    /// Its width counts (no caption, no running head).
    counts: bool,
    cjk: bool,
    /// Alone between blank lines: its width counts for itself only.
    alone: bool,
}

struct Views {
    v: Vec<View>,
    has_blanks: bool,
    /// The page marks paragraph starts with an indent (some lines after a
    /// sentence end are indented deeper than the lines around them).
    shows_indents: bool,
    /// For each view, whether it is a row of a table or listing: a block of
    /// its own line (see [`mark_rows`]). Empty on a page without tables.
    rows: Vec<bool>,
}

impl Views {
    fn new(input: &str, lines: &[Line], deleted: &[Edit], options: &Options) -> Self {
        let mut v: Vec<View> = Vec::with_capacity(lines.len());
        // The lines that may be rows of a table: few, and their facts kept
        // out of the views, which the column estimate reads many times over.
        let mut candidates: Vec<Candidate> = Vec::new();
        // The lines that open with a time: entries of a listing, if close
        // together (see [`mark_entries`]).
        let mut timed: Vec<usize> = Vec::new();
        let mut d = 0;
        let mut blank = false;
        let mut page_break = false;
        let mut kept = String::new();
        let mut prev_text = "";
        let mut since_marker = usize::MAX;
        for (index, line) in lines.iter().enumerate() {
            page_break |= line.page_break;
            if line.is_blank() {
                blank = true;
                continue;
            }
            while d < deleted.len() && deleted[d].span.end <= line.trimmed.start {
                d += 1;
            }
            let mut doubled = false;
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
                kept.push_str(&input[pos..line.trimmed.end]);
                let t = kept.trim_matches(script::is_space);
                if t.is_empty() {
                    // A whole line printed again: the line it copies was
                    // set in fake bold too. (A stray mark removed is no
                    // evidence of anything.)
                    if copy && !blank {
                        if let Some(prev) = v.last_mut() {
                            prev.doubled = true;
                        }
                    }
                    // A stray mark stands where a blank line would.
                    blank |= !copy;
                    continue;
                }
                doubled = true;
                t
            } else {
                line.text(input)
            };
            let mut view = measure(text, line.indent);
            view.byline = byline(text);
            // (A CJK line seldom holds an ASCII space or tab at all: one
            // search tells, before the test of every eight bytes.)
            let gapped = ((!view.cjk || memchr::memchr2(b' ', b'\t', text.as_bytes()).is_some())
                && script::layout_gap(text.as_bytes()))
                || (!view.clause && !text.is_ascii() && script::ideographic_gap(text));
            let (gaps, short_cells) = if gapped {
                layout_gaps(text, line.indent)
            } else {
                (0, false)
            };
            // (The unit first: its byte test rules out most lines, where
            // `is_alphabetic` looks a CJK line's last character up.)
            let figure_end = (may_end_in_figure(view.last) && figure(last_word(text)))
                || (view.cjk && cjk_figure_with_unit(cjk_value(text)))
                || (unit_after_figure(text)
                    && (view.last.is_alphabetic() || matches!(view.last, '%' | '‰')));
            view.gapped = gapped;
            view.names = !view.cjk && view.first.is_uppercase() && name_line(text);
            let score = !gapped
                && (score_row(&view, text) || paired_score(&view, text) || cjk_score(&view, text));
            view.score =
                score || (view.last.is_ascii_digit() && !view.cjk && is_score(last_word(text)));
            let tally = score || (!gapped && figure_end && tally_row(&view, text));
            view.dateline |= !view.cjk && dash_dateline(text);
            view.open_end =
                !view.cjk && view.last.is_lowercase() && is_function_word(last_word(text));
            let raw = line.text(input);
            if let Some(prev) = v.last_mut() {
                prev.url_runs_on = script::url_break(prev_text, raw) != script::UrlBreak::No;
                // The last line of a page: a running foot?
                prev.furniture |= page_break && running_head(prev_text);
            }
            // The first line of a page (or of the text): a running head?
            view.jump = jump_line(raw);
            view.furniture = ((page_break || v.is_empty()) && running_head(raw))
                || view.jump
                || (raw.starts_with(['P', 'S']) && page_label(raw));
            let at_top = page_break || v.last().is_none_or(|p| p.furniture);
            view.kicker = !view.furniture && at_top && kicker(&view, text);
            // A CJK headline at a page's top may part its phrases with one
            // ideographic space (looked for there only).
            let top = at_top || v.last().is_some_and(|p| p.kicker);
            view.gapped |= top && view.cjk && script::has_ideographic_space(text.as_bytes());
            prev_text = raw;
            view.index = index;
            view.blank_before = blank && index > 0;
            view.page_break = page_break;
            view.doubled = doubled;
            view.marker = caption_marker(line.text(input), options)
                .map_or(0, |len| u32::try_from(len).unwrap_or(u32::MAX));
            // Credits are looked for on a marker's line and a few after it.
            if view.marker > 0 {
                since_marker = 0;
            }
            since_marker = since_marker.saturating_add(1);
            view.credit_text = since_marker <= 1 + CREDITED_LINES && credit_text(text);
            view.subhead =
                view.marker > 0 && text.starts_with(MARKER_CHARS) && subhead_text(&view, text);
            // Decided below, once the lines after it are known.
            view.credit_caption = view.cjk && view.blank_before && equals_credit(text);
            view.slash_credit = slash_credit(&view, text);
            view.question_dash = view.cjk && (text.starts_with("――") || text.starts_with("——"));
            view.credit_end = (view.cjk
                && (text.ends_with(['攝', '摄'])
                    || text.ends_with("撮影")
                    || text.ends_with("提供")))
                || (view.last == ')' && bracketed_credit(text));
            let label = view.first.is_uppercase() && view.marker == 0 && label_row(&view, text);
            if view.first.is_ascii_digit() && time_led(text) {
                timed.push(v.len());
            }
            if gapped || tally || label {
                candidates.push(Candidate {
                    line: v.len(),
                    gaps,
                    short_cells,
                    figure_end,
                    tally,
                    score,
                    label,
                });
            }
            v.push(view);
            blank = false;
            page_break = false;
        }
        // The end of the text ends a page.
        if let Some(last) = v.last_mut() {
            last.furniture |= running_head(prev_text);
        }
        for k in 0..v.len() {
            if v[k].credit_caption {
                match equals_caption_end(&v, k) {
                    Some(end) if end > k => {
                        v[k].credit_caption = false;
                        v[k].credited = 1;
                        v[k + 1..=end].iter_mut().for_each(|x| x.credited = 2);
                    }
                    end => v[k].credit_caption = end.is_some(),
                }
            }
            // A credit line (by label, by a slash, a CJK photographer's)
            // that closes a group of a few lines set apart by blank lines:
            // the lines above it are its caption. Without a blank line, a
            // sentence alone on the line or two above, after a sentence's
            // end, is its caption, where the text after the credit opens
            // anew.
            let credit = v[k].credit_label || v[k].slash_credit || v[k].photo_credit;
            if credit && !v[k].blank_before && k > 0 {
                let next = v.get(k + 1);
                let first = if next.is_none_or(|n| n.blank_before) {
                    (k.saturating_sub(CREDITED_LINES)..k)
                        .rev()
                        .find(|&x| x == 0 || v[x].blank_before)
                        .filter(|&x| {
                            (x..k).all(|y| v[y].marker == 0 && (y == x || !v[y].blank_before))
                        })
                } else {
                    None
                };
                let first = first.or_else(|| {
                    if next.is_some_and(|n| n.first.is_lowercase()) || !v[k - 1].ends_sentence {
                        return None;
                    }
                    (k.saturating_sub(CAPTION_LINES)..k).find(|&x| {
                        // (At the text's top, only a line alone.)
                        let opens = if x == 0 {
                            k == 1
                        } else {
                            v[x].blank_before || v[x - 1].ends_sentence
                        };
                        opens
                            && (v[x].first.is_uppercase() || v[x].cjk)
                            && (x..k).all(|y| {
                                v[y].marker == 0
                                    && !v[y].inner_stop
                                    && (y + 1 == k || !v[y].ends_sentence)
                                    && (y == x || !v[y].blank_before)
                            })
                    })
                });
                // Otherwise, under text that has ended its sentence, the
                // credit is a caption alone (`…an der frischen Luft
                // bewegen.` / `Grafik: Deutscher Wetterdienst`): it never
                // joins the body text.
                let first = first.or_else(|| {
                    let marked = (k.saturating_sub(CREDITED_LINES)..k)
                        .rev()
                        .take_while(|&y| y + 1 == k || !v[y + 1].blank_before)
                        .any(|y| v[y].marker > 0);
                    // (Or under a table's row: `Source : Euronext`.)
                    let under_row = candidates
                        .binary_search_by_key(&(k - 1), |c| c.line)
                        .is_ok();
                    ((v[k - 1].ends_sentence || under_row)
                        && !marked
                        && next.is_none_or(|n| !n.first.is_lowercase()))
                    .then_some(k)
                });
                if let Some(first) = first {
                    v[first].credited = 1;
                    for x in &mut v[first + 1..=k] {
                        x.credited = 2;
                    }
                }
            }
        }
        mark_entries(&mut v, &timed);
        let has_blanks = v.iter().skip(1).any(|x| x.blank_before);
        // Local column width: for CJK the widest line of the window, for
        // Latin the second widest (one over-wide line does not widen the
        // column). Captions and lines of the other script do not count.
        // The window stops at a certain end of a block (a page break, or a
        // blank line after a sentence end), and a double-spaced run of
        // lines (a lede) is a column of its own.
        let (spaced, own_line) = line_spacing(&v);
        let separated: Vec<bool> = (0..v.len())
            .map(|k| {
                k > 0
                    && (v[k].page_break
                        || (v[k].blank_before && !spaced[k] && v[k - 1].ends_sentence))
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
        // What the estimate reads of each line, packed close: the window
        // reads each line some thirteen times.
        let lines: Vec<ColumnLine> = (0..v.len())
            .map(|k| {
                let x = &v[k];
                ColumnLine {
                    width: x.width,
                    indent: x.indent,
                    // Widths of captions do not count; nor those of a
                    // running head, set across the page.
                    counts: !(x.marker > 0 || x.credit_caption || x.credited > 0 || x.furniture),
                    cjk: x.cjk,
                    // A line alone between blank lines (or under the top
                    // of the text) is a headline, a deck, a byline more
                    // often than a column's line: it does not set the
                    // column of the lines around it.
                    alone: (k == 0 || x.blank_before)
                        && v.get(k + 1).is_none_or(|n| n.blank_before)
                        && !spaced[k],
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
            let mut base = u32::MAX;
            let cjk = v[k].cjk;
            for (y, x) in lines[lo..hi].iter().enumerate() {
                base = base.min(x.indent);
                // Widths of CJK and Latin lines are not comparable.
                if !x.counts || x.cjk != cjk || (x.alone && lo + y != k) {
                    continue;
                }
                if x.width > a {
                    b = a;
                    a = x.width;
                } else if x.width > b {
                    b = x.width;
                }
            }
            let col = if v[k].cjk || b == 0 { a } else { b };
            v[k].col = if col == 0 { v[k].width } else { col };
            v[k].base_indent = base;
        }
        for ((x, s), o) in v.iter_mut().zip(&spaced).zip(&own_line) {
            x.spacing = *s;
            x.own_line = *o;
        }
        let rows = mark_rows(&v, &candidates);
        let shows_indents = (1..v.len())
            .filter(|&k| {
                v[k].indent > v[k].base_indent && (v[k - 1].ends_sentence || v[k].blank_before)
            })
            .take(2)
            .count()
            >= 2;
        let mut views = Views {
            v,
            has_blanks,
            shows_indents,
            rows,
        };
        views.mark_top_stacks();
        views
    }

    /// Marks the headline stacks at the tops of pages (see
    /// [`View::top_stack`]): a new heading opens at each line of a stack
    /// but a Latin line that goes on in lowercase or after an article, a
    /// preposition, a comma or a hyphen (`Ferry service to resume after`
    /// / `two-year wait for islanders`). A CJK headline's lines are
    /// headline and deck, a heading each.
    fn mark_top_stacks(&mut self) {
        let mut i = 0;
        while i < self.v.len() {
            let at = i;
            i += 1;
            if let Some(end) = self
                .deck_between_blanks(at)
                .or_else(|| self.headline_over_byline(at))
            {
                // A line going on from the one above: a wrapped line of
                // the same heading, or one after a short line (`KOMMENTAR`
                // / `Ein Preis, der Vertrauen kostet`), a heading of its
                // own.
                self.v[at].top_stack = 1;
                for k in at + 1..=end {
                    let goes_on = self.phrase_goes_on(k) || !self.short(k - 1);
                    self.v[k].top_stack = if goes_on { 2 } else { 1 };
                }
                self.caps_byline_under(end + 1);
                i = end + 1;
                continue;
            }
            if self.v[at].kicker || !self.page_top(at) {
                continue;
            }
            let Some(end) = self.top_stack_end(at) else {
                continue;
            };
            // Under the stack, names and a place set apart by a slash
            // (`LAURA SEGARRA / Gandia`) are the byline, not a photo's
            // credit.
            let x = &mut self.v[end];
            if x.slash_credit && x.credited == 0 {
                x.slash_credit = false;
                x.byline = true;
            }
            // (Or a name alone, as the stack's end says.)
            x.byline |= x.names && x.blank_before;
            for k in at..end {
                let goes_on = k > at && !self.v[k].cjk && self.phrase_goes_on(k);
                self.v[k].top_stack = if goes_on { 2 } else { 1 };
            }
            i = end;
        }
    }

    /// Line `i` opens a headline of up to [`DECK_LINES`] lines over a
    /// byline, a blank line between or not, where a story starts in the
    /// text: after a blank line, a paragraph's end or a headline in fake
    /// bold (`HHiillllttooppppeerrss …` / `Moreno throws for three
    /// scores` / `in 35-14 homecoming win` / blank / `By Sam Ortega`).
    /// Display lines (see [`View::display`]), opening with a capital, a
    /// figure or CJK text, the last ending a phrase. Returns the last.
    fn headline_over_byline(&self, i: usize) -> Option<usize> {
        // (A byline within reach first: few lines have one.)
        let reach = (i + 1 + DECK_LINES).min(self.v.len());
        if !self.v[(i + 1).min(reach)..reach].iter().any(|x| x.byline) {
            return None;
        }
        let l = &self.v[i];
        let starts = i > 0
            && !self.page_top(i)
            && ((l.blank_before && !l.spacing) || self.after_paragraph(i) || self.v[i - 1].doubled);
        if !starts || !l.display() || !(l.cjk || l.first.is_uppercase() || l.first.is_numeric()) {
            return None;
        }
        let mut end = i;
        loop {
            let n = self.v.get(end + 1)?;
            if n.byline {
                break;
            }
            if n.blank_before || end + 1 - i >= DECK_LINES || !n.display() {
                return None;
            }
            end += 1;
        }
        self.v[end].complete().then_some(end)
    }

    /// Latin line `k` (after the first) goes on with the phrase of the line
    /// above: it opens in lowercase, or the line above ends in an article
    /// or a preposition, a hyphen or a comma.
    fn phrase_goes_on(&self, k: usize) -> bool {
        let p = &self.v[k - 1];
        self.v[k].first.is_lowercase() || p.open_end || p.ends_hyphen || matches!(p.last, ',' | '-')
    }

    /// Line `k` is set off above: the top of a page, or a blank line that
    /// is not mere line spacing.
    fn set_off(&self, k: usize) -> bool {
        self.page_top(k) || (self.v[k].blank_before && !self.v[k].spacing)
    }

    /// Line `k`, right under a headline stack, is its byline where it is a
    /// name in capitals (`JULIE LAMBERT`): short, no punctuation, over
    /// text that is not in capitals.
    fn caps_byline_under(&mut self, k: usize) {
        let (Some(x), Some(n)) = (self.v.get(k), self.v.get(k + 1)) else {
            return;
        };
        if (x.all_caps || x.names)
            && x.plain()
            && !x.ends_sentence
            && 3 * x.width <= 2 * self.forward_col(k)
            && !n.all_caps
        {
            self.v[k].byline = true;
        }
    }

    /// Line `i` opens a deck of up to [`DECK_LINES`] lines set between blank lines
    /// under the headline at a page's top (`Le tram roule enfin à Liège`
    /// / blank / `Après des années de retard, la ligne …`), though it holds
    /// commas: display lines (see [`View::display`]), the deck's last
    /// ending a phrase, and above it only display lines up to the page's
    /// top, at most [`TOP_STACK`] of them, in one or two groups of one or
    /// two set apart by blank lines, as a label and a headline are. A CJK deck is
    /// set wider or narrower than the text's column and the line under
    /// it, by a character or more: a line of the column between blank
    /// lines (column breaks, a double-spaced lede) is not one. Returns the deck's last line.
    fn deck_between_blanks(&self, i: usize) -> Option<usize> {
        let l = &self.v[i];
        if !l.blank_before
            || self.page_top(i)
            || l.credit_caption
            || l.credited > 0
            || !l.display()
            || matches!(l.last, ',' | ';' | ':')
            || !(l.cjk || l.first.is_uppercase() || l.first.is_numeric())
        {
            return None;
        }
        // The deck: up to [`DECK_LINES`] lines, then a blank line.
        let mut end = i;
        loop {
            let n = self.v.get(end + 1)?;
            if n.blank_before {
                break;
            }
            if end + 1 - i >= DECK_LINES || !n.display() {
                return None;
            }
            end += 1;
        }
        // Where every line stands between blank lines, a Latin deck is
        // told by the byline or dateline right under it.
        let byline_under = self.v.get(end + 1).is_some_and(|x| x.byline || x.dateline);
        if !l.cjk && l.spacing && !byline_under {
            return None;
        }
        let next = self.v.get(end + 1).map_or(0, |x| x.width);
        let cjk_off_column = byline_under
            || (i..=end).all(|k| {
                let x = &self.v[k];
                !x.cjk
                    || (x.width.abs_diff(self.forward_col(end)) >= CJK_SHORT
                        && x.width.abs_diff(next) >= CJK_SHORT)
            });
        if !self.v[end].complete() || !cjk_off_column {
            return None;
        }
        // Above: display lines back to the page's top, in at most two
        // groups (a label and the headline).
        let mut groups = 1;
        let mut k = i;
        while k > 0 && i - k < TOP_STACK {
            k -= 1;
            let x = &self.v[k];
            // (Three lines running on make no headline: `x` goes on from
            // the line above it, and the next from `x`.)
            // In CJK, a headline is set on one line: two lines running on
            // are text.
            let goes_on = k > 0 && !self.page_top(k) && !x.blank_before;
            let cjk_run = x.cjk && !self.v[k + 1].blank_before && k + 1 < i;
            if !x.display() || cjk_run || (k + 2 <= i && goes_on && !self.v[k + 1].blank_before) {
                return None;
            }
            if self.page_top(k) {
                return (groups <= 2).then_some(end);
            }
            groups += usize::from(x.blank_before);
        }
        None
    }

    /// The end (exclusive) of the headline stack of at least two lines
    /// that line `i`, at a page's top, opens: display lines (no marker, no
    /// sentence's end inside or at the end but a question's, no final
    /// hyphen or CJK comma) down to the line that plainly starts the text
    /// under them: a byline, a dateline, a credit or an indented line, at
    /// most [`TOP_STACK`] lines on, the line above it ending a phrase (`NEWS` / `Ferry service to resume
    /// after` / `two-year wait for islanders` / `Council backs £4.2m
    /// package to` / `replace the Morag Bell` / `By HELEN MARSH`). Failing
    /// those, where the type changes from plain to fake bold or back, as
    /// it does between a deck and a lede in bold, if the lines run into
    /// text after it. A CJK headline parting its phrases with an
    /// ideographic space may end its stack at a blank line.
    fn top_stack_end(&self, i: usize) -> Option<usize> {
        let display = View::display;
        let complete = View::complete;
        let first = &self.v[i];
        let opens = |c: char| c.is_uppercase() || c.is_numeric() || script::is_cjk(c);
        if !display(first) || !opens(first.first) {
            return None;
        }
        let mut change = None;
        let mut column = None;
        for k in i + 1..(i + 1 + TOP_STACK).min(self.v.len()) {
            let x = &self.v[k];
            // A line opening with punctuation goes on from the one above.
            let goes_on = script::is_clause_mark(x.first)
                || script::is_sentence_end(x.first)
                || script::is_closer(x.first);
            if goes_on {
                return None;
            }
            // A blank line under a CJK headline that parts its phrases
            // with an ideographic space, display type beyond doubt, and
            // its deck.
            // So does a name alone between blank lines under a Latin stack:
            // the byline.
            if x.blank_before {
                let cjk_display = first.cjk && first.gapped && !self.row(i);
                let name_under =
                    !first.cjk && x.names && self.v.get(k + 1).is_some_and(|n| n.blank_before);
                return ((cjk_display || name_under) && k >= i + 2 && complete(&self.v[k - 1]))
                    .then_some(k);
            }
            // (The last such line: a deck may be within a character of
            // the column under it.)
            if self.cjk_column_from(k) {
                column = Some(k);
            }
            if x.byline
                || x.dateline
                || x.slash_credit
                || (x.indent > x.base_indent && !x.page_break)
            {
                return (k >= i + 2 && complete(&self.v[k - 1])).then_some(k);
            }
            if change.is_none() && x.doubled != self.v[k - 1].doubled {
                change = Some(k);
            }
            if !display(x) {
                break;
            }
        }
        change
            .or(column)
            .filter(|&k| k >= i + 2 && complete(&self.v[k - 1]))
    }

    /// CJK line `k` opens a column of text: it and the next
    /// [`COLUMN_LINES`] - 1 lines are CJK lines of one width (within a
    /// character, for punctuation hung past the edge or pushed down), and
    /// the line above is of another, a character or more off, as a
    /// headline or a deck over the text is.
    fn cjk_column_from(&self, k: usize) -> bool {
        let Some(run) = self.v.get(k..k + COLUMN_LINES) else {
            return false;
        };
        let w = run[0].width;
        let near = |x: &View| x.width.abs_diff(w) <= CJK_SHORT / 2;
        run.iter().all(|x| x.cjk && !x.blank_before && near(x))
            && self.v[k - 1].cjk
            && self.v[k - 1].width.abs_diff(w) >= CJK_SHORT / 2
    }

    /// Line `k` is a row of a table or listing.
    fn row(&self, k: usize) -> bool {
        self.rows.get(k).copied().unwrap_or(false)
    }

    fn segment(&self, lines: &[Line], first: usize, last: usize, kind: BlockKind) -> Segment {
        let v = &self.v[first];
        let marked = match kind {
            BlockKind::Caption => true,
            BlockKind::Heading => v.subhead,
            _ => false,
        };
        let marker = (marked && v.marker > 0).then(|| {
            let start = lines[v.index].trimmed.start;
            start..start + v.marker as usize
        });
        Segment {
            kind,
            lines: self.v[first].index..self.v[last].index + 1,
            marker,
            continued_by: None,
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
    /// the paragraph that continues it (see [`Views::goes_on`]).
    fn continuations(&self, out: &mut [Segment], spans: &[(usize, usize)]) {
        let interrupts =
            |g: &Segment, k: usize| g.kind == BlockKind::Caption || self.v[spans[k].0].furniture;
        let text = |g: &Segment, k: usize| {
            g.kind == BlockKind::Paragraph
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
        if x.cjk != y.cjk || (self.shows_indents && y.indent > y.base_indent) {
            return false;
        }
        if x.cjk {
            !x.ends_sentence || (self.shows_indents && !self.short(a))
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
            // In a column a few words wide, a line that stops inside a
            // clause ends where the next word did not fit, however short
            // it looks (a list item's `;` still ends a short line).
            if col < NARROW_COL && l.last.is_alphanumeric() {
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
    /// lines around, a byline, or a running head or foot.
    fn hard_start(&self, j: usize) -> bool {
        let l = &self.v[j];
        // (Not after a word split at a line-end hyphen or inside a URL:
        // `Baden-` / form feed / `Baden, en dan …`.)
        let split = j > 0 && (self.v[j - 1].ends_hyphen || self.v[j - 1].url_runs_on);
        (l.page_break && !l.first.is_lowercase() && !split && !self.runs_on_over_page(j))
            || l.marker > 0
            || l.indent > l.base_indent
            || l.byline
            || l.furniture
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
        a.cjk
            && b.cjk
            && !a.ends_sentence
            && !matches!(a.last, ':' | '：')
            && (!self.short(i) || !self.heading_like(j))
    }

    /// Line `j` is a subhead behind a marker, not a caption: its text may
    /// be a subhead's (see [`subhead_text`]), it is short for its column,
    /// and the next line is no last line of a caption (a line ending a
    /// sentence before a blank line, or a photo credit).
    fn subhead(&self, j: usize) -> bool {
        let l = &self.v[j];
        // (A CJK subhead may stop a character short of the column.)
        let slack = if l.cjk { CJK_SHORT / 2 } else { CJK_SHORT };
        if !l.subhead || l.width + slack > l.col {
            return false;
        }
        let Some(n) = self.v.get(j + 1).filter(|n| !n.blank_before) else {
            return true;
        };
        let closes = n.ends_sentence && self.v.get(j + 2).is_none_or(|x| x.blank_before);
        // A credit in the lines that follow closes a caption.
        let credit = self.v[j + 1..]
            .iter()
            .take(CREDITED_LINES)
            .take_while(|x| !x.blank_before)
            .any(|x| x.credit_text || x.photo_credit);
        !closes && !credit
    }

    /// Line `i` sits in a run of short, unhyphenated, capitalised Latin
    /// lines: verse or a list, not the end of a paragraph.
    fn in_verse(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.v.len()
            && (i - 1..=i + 1).all(|k| {
                let l = &self.v[k];
                !l.cjk && self.short(k) && !l.ends_hyphen && l.first.is_uppercase()
            })
    }

    /// Text alone allows line `i` to be (part of) a heading.
    fn heading_like(&self, i: usize) -> bool {
        let l = &self.v[i];
        if !l.plain() {
            return false;
        }
        if l.cjk {
            !l.ends_sentence
        } else {
            // Old papers end headings with a period; a sentence set alone
            // is not one.
            (l.first.is_uppercase() || l.first.is_numeric())
                && l.latin_heading
                && (l.last != '.' || l.title_case)
        }
    }

    /// Looser than [`heading_like`](Views::heading_like), for lines set
    /// apart by the page itself (blank lines, a change of type, the top of
    /// the page): a headline may hold digits, a colon, a question.
    fn headline_like(&self, i: usize) -> bool {
        let l = &self.v[i];
        if l.cjk || self.heading_like(i) {
            return self.heading_like(i);
        }
        l.plain()
            && (l.first.is_uppercase() || l.first.is_numeric())
            && (!l.ends_sentence || matches!(l.last, '?' | '!') || l.title_case)
    }

    /// Line `i` belongs to a stack of at most four headline-like lines
    /// (headline, deck, byline) set off above and below by blank lines,
    /// the top of the page or an indented paragraph.
    fn in_headline_stack(&self, i: usize) -> bool {
        const STACK: usize = 4;
        // Its first line is headline-like; the others may go on in
        // lowercase (`La future médiathèque` / `ouvrira ses portes en 2026`).
        let part = |k: usize| {
            let l = &self.v[k];
            !l.inner_stop && self.headline_like(k)
                || (!l.cjk
                    && !l.inner_stop
                    && l.first.is_lowercase()
                    && l.plain()
                    && !l.ends_sentence)
        };
        let mut top = i;
        while !self.set_off(top) {
            if i - top + 1 >= STACK || !part(top - 1) {
                return false;
            }
            top -= 1;
        }
        let mut end = i;
        loop {
            match self.v.get(end + 1) {
                None => return false,
                Some(n) if (n.blank_before && !n.spacing) || self.hard_start(end + 1) => break,
                Some(_) if end + 1 - top < STACK && part(end + 1) => end += 1,
                Some(_) => return false,
            }
        }
        part(top) && self.headline_like(top) && (top..=end).all(part)
    }

    /// Latin line `k` ends where the next line's first word would still have
    /// fitted on it, against the column of the text below: it was ended
    /// there on purpose, not wrapped.
    fn ends_early(&self, k: usize) -> bool {
        let (l, Some(n)) = (&self.v[k], self.v.get(k + 1)) else {
            return false;
        };
        !l.cjk
            && !n.cjk
            && (l.width + SPACE_WIDTH + n.first_word) as f32 <= LAT_FIT * self.forward_col(k) as f32
    }

    /// Latin line `i` is part of a headline stack set without any blank
    /// line (headline, deck, over the lede): from the top of the page or a
    /// blank line down, at most three lines that are headline-like, end no
    /// sentence and are each followed by a capital; the first ends early
    /// (see [`ends_early`](Views::ends_early)), and the line after the
    /// stack opens a sentence (`The`, `Der`, see [`opens_sentence`]). A
    /// line of body text that ends early ends a paragraph, with a sentence
    /// end; a phrase that runs on goes on in lowercase; and a capital after
    /// a line without a sentence end starts a name, not a sentence's
    /// article or pronoun.
    fn in_tight_stack(&self, i: usize) -> bool {
        const STACK: usize = 3;
        let stacked = |k: usize| {
            let l = &self.v[k];
            let Some(n) = self.v.get(k + 1) else {
                return false;
            };
            !l.cjk
                && !l.inner_stop
                && (!l.ends_sentence || matches!(l.last, '?' | '!'))
                && l.last != ':'
                && (n.first.is_uppercase() || n.first.is_numeric())
                && self.headline_like(k)
        };
        let mut top = i;
        while !self.set_off(top) {
            if i - top + 1 >= STACK {
                return false;
            }
            top -= 1;
        }
        if !self.ends_early(top) || !(top..=i).all(stacked) {
            return false;
        }
        // The stack ends where a sentence or a dateline starts on the next
        // line.
        (i..top + STACK)
            .take_while(|&k| k == i || stacked(k))
            .any(|k| {
                self.v
                    .get(k + 1)
                    .is_some_and(|n| n.opens_sentence || n.dateline)
            })
    }

    /// Latin line `i` is a heading set right over its body text, with no
    /// blank line between (`Ruth M. Delgado, 78` / `Ruth Marie Delgado, a
    /// longtime …`, `Colour me unconvinced` / `SIR – Your columnist …`):
    /// set off above (a blank line, the top of a page), it opens with a
    /// capital, ends in a letter or a figure without a sentence end, and
    /// ends early (see [`ends_early`](Views::ends_early)), while the next
    /// line, opening with a capital, runs to the column's end as body
    /// text does. A line of a paragraph ends early only at the paragraph's
    /// end, and an address or a signature goes on in lines as short as
    /// itself. A line opening like a sentence (`The Apple` / `Lisa was a
    /// computer of`) may be one cut short: it is left to the other rules.
    fn heads_body(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        let set_off = self.set_off(i) || self.after_paragraph(i);
        set_off
            && !l.cjk
            && !n.cjk
            && l.marker == 0
            && !l.byline
            && !l.dateline
            && !l.list_item
            && !l.ends_sentence
            && !l.inner_stop
            && !l.url_runs_on
            && !l.opens_sentence
            && !l.open_end
            && l.first.is_uppercase()
            && l.last.is_alphanumeric()
            && !n.blank_before
            && n.first.is_uppercase()
            && self.ends_early(i)
            && self.fills_column(i + 1, self.forward_col(i))
    }

    /// Line `i` opens a page's text: the first line, the first after a page
    /// break or a running head, or the first under the section's label
    /// that tops the page (see [`View::kicker`]).
    fn page_top(&self, i: usize) -> bool {
        i == 0 || self.v[i].page_break || self.v[i - 1].furniture || self.v[i - 1].kicker
    }

    /// Line `i` follows the end of a Latin paragraph: a short line ending a
    /// sentence that went on from the line before it (not a heading set
    /// alone with a period, `Die neue Brücke über den Strom.`).
    fn after_paragraph(&self, i: usize) -> bool {
        i > 1 && {
            let p = &self.v[i - 1];
            !p.cjk
                && p.ends_sentence
                && !p.blank_before
                && !self.v[i - 2].ends_sentence
                && self.short(i - 1)
        }
    }

    /// Latin line `i` is the title of a brief set as wide as its text
    /// (`Chiude per restauro la biblioteca civica` / `La biblioteca
    /// resterà chiusa fino a giu-`): after a paragraph's end or under a
    /// section's label (`IN BREVE`), a phrase with no punctuation that
    /// ends in no article, preposition or conjunction (see
    /// [`is_function_word`]), over a line that opens a sentence (`La`,
    /// `The`, `Der`: see [`opens_sentence`]). In running text a capitalised
    /// article after a line with no sentence end starts a name, and the
    /// line before it either holds a comma or a sentence's end, or ends in
    /// a word the name completes. (Its width is an estimate: a title as
    /// wide as its text may measure a little wider.)
    fn brief_title(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        if l.cjk
            || n.cjk
            || n.blank_before
            || !n.opens_sentence
            || !self.fills_column(i + 1, self.forward_col(i))
        {
            return false;
        }
        let under_label = i > 0 && {
            let p = &self.v[i - 1];
            !p.cjk && p.title_case && self.heading_like(i - 1) && 2 * p.width <= p.col
        };
        (under_label || self.after_paragraph(i))
            && l.plain()
            && l.latin_heading
            && !l.ends_sentence
            && !l.inner_stop
            && !l.open_end
            && !l.byline
            && !l.dateline
            && !l.url_runs_on
            && l.first.is_uppercase()
            && l.last.is_alphanumeric()
            && l.width as f32 * LAT_FIT <= self.forward_col(i) as f32
    }

    /// CJK line `i`, opening a block in the text, is a title that parts
    /// its phrases with a comma (`区立図書館、夜間開館を拡大` over
    /// `品川区は４月から、区立図書館の夜`): no sentence's end in it or at
    /// its end, it ends in a letter, stops at least [`CJK_TITLE_SHORT`]
    /// short of the text's column, and the next line fills that column.
    /// A paragraph's first line fills its column as the next does; a line
    /// cut short before a long Latin word or figure shows it at one of its
    /// two ends.
    fn cjk_comma_title(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        // (A line with no comma is left to the rules for plain lines; one
        // opening a quotation may be a paragraph's first line cut short.)
        if !l.cjk
            || !l.clause
            || !n.cjk
            || n.blank_before
            || l.doubled
            || n.marker > 0
            || !comma_headline(l)
            || matches!(l.first, '「' | '『' | '“' | '（' | '(')
        {
            return false;
        }
        // (Below U+3000: the dashes and the ellipsis that go on a clause.)
        let letter = |c: char| c >= '\u{3000}' && script::is_cjk(c) && !script::is_closer(c);
        let fwd = self.forward_col(i);
        letter(l.last)
            && letter(n.first)
            && l.width + CJK_TITLE_SHORT <= fwd
            && n.width + CJK_SHORT > fwd
    }

    /// The last line of the headline set in fake bold that Latin line `i`
    /// opens (`HHaarroolldd  JJ..  PPeemmbbeerrttoonn,,  9911,,` /
    /// `rreettiirreedd …`), if it does: set off above, up to
    /// [`BOLD_STACK`] lines that all had doubled copies removed, none
    /// ending a sentence (but with `?` or `!`) or holding one's end, the
    /// first opening with a capital or a figure; then a blank line or a
    /// hard start, and the type changes (the next line was not doubled),
    /// as it does between a headline and its text.
    fn bold_stack_end(&self, i: usize) -> Option<usize> {
        let l = &self.v[i];
        let set_off = self.set_off(i);
        if !set_off
            || l.cjk
            || !l.doubled
            || l.marker > 0
            || l.byline
            || !(l.first.is_uppercase() || l.first.is_numeric())
        {
            return None;
        }
        let line = |k: usize| {
            let x = &self.v[k];
            !x.cjk
                && x.doubled
                && !x.inner_stop
                && x.marker == 0
                && (!x.ends_sentence || matches!(x.last, '?' | '!'))
        };
        let mut e = i;
        while e + 1 - i < BOLD_STACK
            && self
                .v
                .get(e + 1)
                .is_some_and(|n| !n.blank_before && !self.hard_start(e + 1) && line(e + 1))
        {
            e += 1;
        }
        let ends = self.v.get(e + 1).is_none_or(|n| {
            !n.doubled && ((n.blank_before && !n.spacing) || self.hard_start(e + 1))
        });
        ((i..=e).all(line) && ends).then_some(e)
    }

    /// Latin line `k` runs to the end of a column `col` wide (the text
    /// below, not a wider box above): the next line's first word would not
    /// have fitted on it, or it is not short of `col`.
    fn fills_column(&self, k: usize, col: u32) -> bool {
        let l = &self.v[k];
        let fits = self
            .v
            .get(k + 1)
            .is_some_and(|n| (l.width + SPACE_WIDTH + n.first_word) as f32 <= LAT_FIT * col as f32);
        !fits || l.width as f32 >= LAT_SHORT * col as f32
    }

    /// Line `k` could be a heading's second line: heading-like, but in
    /// Latin script it may start lowercase.
    fn heading_material(&self, k: usize) -> bool {
        let Some(l) = self.v.get(k) else {
            return false;
        };
        if l.cjk {
            self.heading_like(k)
        } else {
            // A second line in lowercase may hold digits (`ouvrira ses
            // portes en 2026`) and end a question (`nueva depuradora?`).
            l.plain()
                && ((!l.ends_sentence && l.latin_heading)
                    || (l.first.is_lowercase()
                        && (!l.ends_sentence || matches!(l.last, '?' | '!'))))
        }
    }

    /// By their text, line `j` can be the second line of a heading whose
    /// first line is `i`: heading material, or two Latin heading lines that
    /// both end in a period. Older German (and French, English) papers end
    /// every heading line with one (`Nichtamtliches.` over `Deutſches
    /// Reich.`), so a period there does not end the heading; a line whose
    /// punctuation differs from the first's is not in its style.
    fn heading_text_goes_on(&self, i: usize, j: usize) -> bool {
        let Some(b) = self.v.get(j) else {
            return false;
        };
        if self.heading_material(j) {
            return true;
        }
        period_heading(&self.v[i]) && period_heading(b) && b.plain() && b.latin_heading
    }

    /// Line `i`, opening a block, is a heading: heading-like, and followed
    /// by a hard start or a change of type style, or standing between blank
    /// lines, or clearly narrower than the text after it; at the top of a
    /// page, a blank line under it is enough.
    fn heading_here(&self, i: usize) -> bool {
        let Some(n) = self.v.get(i + 1) else {
            return false;
        };
        let l = &self.v[i];
        // A line that ends inside a URL goes on.
        if l.url_runs_on {
            return false;
        }
        // Set apart by the page itself: a headline stack between blank
        // lines, capitals throughout, or the type changing after it.
        if self.headline_like(i)
            && (self.in_headline_stack(i)
                || self.in_tight_stack(i)
                || l.all_caps
                || (l.doubled && !n.doubled && !n.first.is_lowercase()))
        {
            return true;
        }
        let top = self.page_top(i);
        // At the top of a page, over a blank line, a CJK headline may part
        // its phrases with a comma (`路線バス、運転手不足で減便相次ぐ`); it
        // is not as wide as the column of the text after it, as the text's
        // first line would be.
        if top
            && n.blank_before
            && l.cjk
            && comma_headline(l)
            && l.width.abs_diff(self.forward_col(i)) >= CJK_SHORT
        {
            return true;
        }
        // So may a Latin one over a blank line and a deck or a byline
        // (`Tram T2, al via i lavori in Valle Brembana`).
        if top
            && n.blank_before
            && !n.spacing
            && !l.cjk
            && byline_headline(l)
            && l.complete()
            && !l.inner_stop
            && (n.first.is_uppercase() || n.first.is_numeric())
            && (n.display() || n.byline)
        {
            return true;
        }
        if self.heads_body(i)
            || self.bold_stack_end(i).is_some()
            || self.cjk_comma_title(i)
            || self.brief_title(i)
        {
            return true;
        }
        // In the stack at a page's top, a CJK line well short of the text's
        // column is display type though it holds a comma (`「失敗しても、
        // また書けばいい」` over `作家　中村遥さん` and the lede); a line
        // printed in fake bold is measured without its copies, and is not.
        if l.cjk
            && !l.doubled
            && comma_headline(l)
            && self.in_top_stack(i)
            && 4 * l.width <= 3 * self.forward_col(i)
        {
            return true;
        }
        // At the top of a page, right above a byline (or above a deck
        // right above one), a headline or its deck may hold a comma
        // (`Ponte chiuso, Vercelli divisa in due` over `Di Marco Ferri`;
        // `加装电梯、更新管网、适老化改造同步推进` over `本报记者 王晓燕`).
        let display = |x: &View| byline_headline(x) || (x.cjk && comma_headline(x));
        let over_byline = !n.blank_before
            && (n.byline
                || (display(n)
                    && self
                        .v
                        .get(i + 2)
                        .is_some_and(|x| x.byline && !x.blank_before)));
        // So may a headline over a byline in the text, where a new story
        // starts after a paragraph's end or a blank line (`Moreno throws
        // for three scores in 35-14 homecoming win` / `By Sam Ortega`).
        let opens_story = self.in_top_stack(i)
            || self.after_paragraph(i)
            || (l.blank_before && !l.spacing && i > 0 && self.v[i - 1].ends_sentence);
        if over_byline && opens_story && display(l) && l.complete() {
            return true;
        }
        if !self.heading_like(i) {
            return false;
        }
        // A Latin line whose next line starts lowercase goes on into it,
        // unless the two make a two-line heading.
        if !l.cjk
            && n.first.is_lowercase()
            && (!self.heading_goes_on(i, i + 1)
                || self.v.get(i + 2).is_some_and(|x| x.first.is_lowercase()))
        {
            return false;
        }
        if self.hard_start(i + 1) || l.doubled != n.doubled || (top && n.blank_before) {
            return true;
        }
        // One or two lines set off by blank lines, where blank lines are
        // not the spacing of every line.
        let spaced = |k: usize| self.v.get(k).is_some_and(|x| x.blank_before);
        if spaced(i)
            && !self.double_spaced(i)
            && (spaced(i + 1) || (self.heading_text_goes_on(i, i + 1) && spaced(i + 2)))
        {
            return true;
        }
        // The text after it: the next line, or the line after a second
        // heading line.
        let after = if self.heading_text_goes_on(i, i + 1) {
            i + 2
        } else {
            i + 1
        };
        // A heading heads text. A Latin line followed by a line standing
        // alone that is no heading either (`Wilhelm.` over `Redaction und
        // Rendantur: Schwieger.`, a name over a dateline) is one of a run
        // of short lines set apart: a signature, an address, an imprint.
        // Not so a numbered section or a two-line heading: those are
        // headings even over a dateline.
        if !l.cjk
            && !l.section
            && after == i + 1
            && self.stands_alone(i + 1)
            && !self.heading_like(i + 1)
        {
            return false;
        }
        // Narrower than the text after it: than the column further on, or
        // than that text's first line where it is narrower still (a lede's
        // narrow column, a short line). In Latin script a line that is not
        // short for the column is body text a little shy of the edge, and
        // only the column counts.
        let fwd = self.forward_col(i);
        // In CJK, past a third line of a stack of headline and deck
        // (short lines without punctuation) to the text under them.
        let after = if l.cjk
            && self
                .v
                .get(after)
                .is_some_and(|x| self.heading_like(after) && 2 * x.width <= fwd)
            && self.v.get(after + 1).is_some_and(|x| !x.blank_before)
        {
            after + 1
        } else {
            after
        };
        let reference = match self.v.get(after) {
            // A numbered section heading (`II. Zeitungs⸗Nachrichten.`) is
            // often followed by a subhead or a dateline as short as itself:
            // only the column counts.
            _ if l.section => fwd,
            Some(x) if l.cjk => x.width.min(fwd),
            Some(x) if (x.width as f32) < LAT_SHORT * fwd as f32 => x.width,
            _ => fwd,
        };
        let ratio = if l.cjk {
            CJK_HEAD_RATIO
        } else {
            LAT_HEAD_RATIO
        };
        l.width as f32 <= ratio * reference as f32
    }

    /// Line `j` continues the one-line heading at `i`: heading material
    /// set right under it in the same type, short for the text after it.
    fn heading_goes_on(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        if b.blank_before
            || a.doubled != b.doubled
            || (a.ends_sentence && !period_heading(a))
            || j + 1 >= self.v.len()
        {
            return false;
        }
        if !self.heading_text_goes_on(i, j) || (!a.cjk && (a.numbered || b.numbered)) {
            return false;
        }
        // At the top of a page, a CJK headline's second line is its deck,
        // a heading of its own (but for a quotation broken across them);
        // in the text, a subhead set on two lines is one.
        let quoted = matches!(a.first, '「' | '『' | '“') && !script::is_closer(a.last);
        if a.cjk && !quoted && self.page_top(i) {
            return false;
        }
        // A section's label (`體育`, `地方短波`) over a wider headline is a
        // heading of its own.
        if a.cjk && a.width <= CJK_LABEL_WIDTH && b.width >= a.width + CJK_SHORT {
            return false;
        }
        // A capitalised Latin line under a heading starts its own (a deck,
        // a byline), but for old papers' headings that end in periods, and
        // after an article or a preposition (`… dispute as` / `Cill
        // Chiaráin residents …`); a quoted phrase in lowercase goes on.
        let lowercase_or_periods = b.first.is_lowercase()
            || b.quoted_lowercase
            || (period_heading(a) && period_heading(b))
            || a.open_end;
        if !b.cjk && !lowercase_or_periods {
            return false;
        }
        // The heading ends after line `j`.
        let n = &self.v[j + 1];
        let ratio = if b.cjk {
            CJK_HEAD_RATIO
        } else {
            LAT_HEAD_RATIO
        };
        self.hard_start(j + 1)
            || (n.blank_before && !self.double_spaced(j + 1))
            || b.width as f32 <= ratio * self.forward_col(j) as f32
    }

    /// Latin line `k` stands alone: short, and ending a sentence or with a
    /// colon, it is a block of one line.
    fn stands_alone(&self, k: usize) -> bool {
        let l = &self.v[k];
        !l.cjk && (l.ends_sentence || l.last == ':') && self.short(k)
    }

    /// Line `k` sits in a run of lines that all have blank lines between them.
    fn double_spaced(&self, k: usize) -> bool {
        self.v.get(k).is_some_and(|v| v.spacing)
    }

    /// Whether a new block starts at line `j`, the previous line with text
    /// being `i`, inside a block of `kind` that has `len` lines so far.
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
        // A headline set vertically, a character a line, is one block,
        // and ends with its last character.
        if a.single_cjk && self.vertical(i) {
            return !b.single_cjk;
        }
        // A headline stack at a page's top is headings, line by line or
        // over a line going on.
        if b.top_stack == 2 {
            return false;
        }
        if b.top_stack == 1 || a.top_stack > 0 {
            return true;
        }
        // The caption above a credit line goes on to it, and is a block
        // of its own.
        if b.credited == 2 {
            return false;
        }
        if b.credited == 1 || (a.credited > 0 && b.credited == 0) {
            return true;
        }
        // A subhead is a block of its own line.
        if kind == BlockKind::Heading && len == 1 && self.subhead(i) {
            return true;
        }
        // A caption set apart by its credit is a block of its own.
        if a.credit_caption || b.credit_caption {
            return true;
        }
        // A drop cap goes on in the word it opens.
        if a.drop_cap
            && b.first.is_alphabetic()
            && !b.cjk
            && !b.first.eq_ignore_ascii_case(&a.first)
        {
            return false;
        }
        // A byline, a running head or foot is a block of its own line; a
        // byline takes the writer's role or place set under it.
        if a.byline && len == 1 && self.byline_tail(j) {
            return false;
        }
        let tail = len == 2 && i > 0 && self.v[i - 1].byline && self.byline_tail(i);
        if (a.byline && len == 1) || tail || a.furniture {
            return true;
        }
        // A table's rows are blocks of a line each; so is a note under a
        // table (`Source: …`) before a sentence or a blank line, and a
        // table's or a list's title ends the paragraph before it.
        if self.row(i)
            || self.row(j)
            || ((a.ends_sentence || b.blank_before)
                && (self.table_title(j) || self.list_title(j) || self.header_row(j + 1)))
            || self.header_row(j)
        {
            return true;
        }
        // An entry of a listing by the clock opens a block, and its lines
        // go on to the next entry or blank line (its title and what it
        // is, `20.30 Cin cin` / `Quiz con Marco Bellini`).
        if b.entry && !a.ends_hyphen && !a.url_runs_on {
            return true;
        }
        if self.v[j - len.min(j)].entry {
            if !b.blank_before && len < ENTRY_GAP && !self.hard_start(j) && !self.row(j) {
                return false;
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
                return true;
            }
        }
        if len == 1
            && i > 0
            && self.row(i - 1)
            && (b.opens_sentence || b.blank_before)
            && !a.ends_hyphen
            && !a.url_runs_on
        {
            return true;
        }
        // A page break ends the block, unless the text plainly runs on
        // (a split word, or a sentence going on in lowercase or in CJK).
        if b.page_break {
            let runs_on = a.ends_hyphen
                || a.url_runs_on
                || (!a.ends_sentence && !matches!(a.last, ':' | '：') && b.first.is_lowercase())
                || self.runs_on_over_page(j);
            if !runs_on || kind != BlockKind::Paragraph {
                return true;
            }
        }
        // Blocks set one to a line, but not after a word split at a
        // line-end hyphen (`de re-` / blank / `parto.`) or inside a URL: the
        // blank line is a column break there.
        if b.blank_before && b.own_line && !a.ends_hyphen && !a.url_runs_on {
            return true;
        }
        if kind == BlockKind::Caption {
            return self.caption_ends(i, j, len, widest);
        }
        // A bulleted item goes on in the lines indented under its text (a
        // hanging indent: `• Founded in 1884 by` / `  Robert Haldane`).
        let item = &self.v[j - len.min(j)];
        if item.list_item && !b.list_item && !b.blank_before && b.indent > item.indent {
            return false;
        }
        if self.hard_start(j) {
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
        // A turn of dialogue after one that ended a sentence (`— E as
        // vendas?` / `— Melhores …`) is a paragraph of its own, as is an old
        // paper's next item of news after one; a dash that only opens a
        // sentence inside a paragraph (`… derb.` / `— Von Robert`) is not.
        if b.dash_turn && a.ends_sentence && item.dash_turn {
            return true;
        }
        // A bulleted item starts a block; an entry with dot leaders (`Inland
        // ...... 3`, a contents page) is a block of its own line; so is a
        // CJK section's title (`一、总体目标`), and its numbered items
        // start blocks.
        // Not a dash in the middle of a clause (`over` / `– and then`):
        // a list follows a colon, a sentence end or an item, and its
        // first line stands alone, not a full line of prose.
        let clause_dash = b.dash_clause
            && a.last.is_alphanumeric()
            && !item.list_item
            && kind == BlockKind::Paragraph
            && self.share(i) >= LAT_SHORT;
        if (b.list_item && !clause_dash) || a.leaders || b.leaders || b.cjk_numbered || a.cjk_title
        {
            return true;
        }
        if kind == BlockKind::Heading {
            // A headline in fake bold runs to its last bold line.
            if self.bold_stack_end(j - len.min(j)).is_some_and(|e| j <= e) {
                return false;
            }
            return !(len == 1 && self.heading_goes_on(i, j));
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

    /// Line `j` is a table's title: right above a row, not a row itself,
    /// and set like a title (no sentence end, no colon or comma at its
    /// end, opening with a capital, a figure or a CJK character).
    fn table_title(&self, j: usize) -> bool {
        let l = &self.v[j];
        !self.row(j)
            && self.row(j + 1)
            && !self.v[j + 1].blank_before
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
            if i - k + 1 >= TOP_STACK || self.v[k].blank_before || self.v[k - 1].ends_sentence {
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
    /// 3-1`) have no column labels: the line above them is their title.
    fn header_row(&self, j: usize) -> bool {
        let Some(i) = j.checked_sub(1) else {
            return false;
        };
        let Some(l) = self.v.get(j) else {
            return false;
        };
        let t = &self.v[i];
        let opens = i == 0 || t.blank_before || self.v[i - 1].ends_sentence;
        !l.blank_before
            && !l.clause
            && !t.cjk
            && opens
            && !t.inner_stop
            && !t.ends_sentence
            && t.last.is_alphanumeric()
            && !self.row(i)
            && self.table_title(j)
            && self.headline_like(i)
            && !self.v.get(j + 1).is_some_and(|x| x.score)
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
        // A credit of its own line, or at the end of one, ends the caption
        // (a credit label may open one: `Photo: Jane Smith` over its text).
        if a.photo_credit || a.slash_credit || a.credit_end {
            return true;
        }
        if self.hard_start(j) {
            return true;
        }
        if self.has_blanks {
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
            (b.first.is_uppercase() || b.first.is_numeric())
                && a.last.is_alphanumeric()
                && self.share(i) < LAT_SHORT_BEFORE_BLANK
        }
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
        if b.blank_before
            && !b.spacing
            && (a.width > LONG || b.width > LONG || matches!(a.last, ';' | ':' | '：'))
        {
            return true;
        }
        if b.blank_before && !b.spacing && self.stops_short_before_blank(i, j) {
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
        if a.ends_sentence {
            let spacing_only = self.double_spaced(j) && same_column(a, b);
            // A CJK line one or two characters short may only have had its
            // last character pushed down (punctuation cannot start a line):
            // it opens a paragraph when the line before stops short too, on
            // pages that do not show their indents.
            let lost_indent =
                self.lost_indent(j) && (!b.cjk || (a.width < a.col && !self.shows_indents));
            // The next item of a numbered list (`2.` a few lines after
            // `1.`); a number alone may be a date (`3. März`).
            let next_item = b.list_number > 1
                && (i.saturating_sub(3)..=i).any(|k| self.v[k].list_number + 1 == b.list_number);
            if self.short(i)
                || lost_indent
                || b.question_dash
                || next_item
                || self.heading_here(j)
                || b.dateline
                || a.doubled != b.doubled
                || (b.blank_before && !spacing_only)
            {
                return true;
            }
        }
        if !a.cjk {
            if a.last == ';' && (self.short(i) || list_item.is_some_and(|k| i - k <= LIST_SPAN)) {
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
            let item = !a.spaced_colon || self.short(j) || matches!(b.last, ';' | ',');
            // On a page that shows its indents, a quotation after a full
            // line's colon that is not indented goes on in the paragraph
            // (`Cllr Iain Ross said:` / `"We support it, …`).
            let capital = !b.first.is_lowercase() && (!self.shows_indents || self.short(i));
            let colon = a.last == ':' && (capital || (self.short(i) && item));
            // A line that stops mid-clause before a lowercase word goes
            // on, however short, where the next line is short too (a pull
            // quote or a box set narrow), not a full line of a list.
            let runs_on = b.first.is_lowercase() && a.last.is_alphanumeric() && self.short(j);
            if colon
                || (self.short(i) && self.share(i) < LAT_VERY_SHORT && !narrow_column && !runs_on)
            {
                return true;
            }
        }
        false
    }
}

/// Latin columns narrower than this (in hundredths of a cell) are a few
/// words wide: only the fit of the next word tells a short line.
const NARROW_COL: u32 = 20 * 100;

/// Lines wider than this (in hundredths of a cell) are not lines of a
/// newspaper column but paragraphs already joined, one to a line.
const LONG: u32 = 70 * 100;

/// For each line, whether the blank line before it is mere line spacing:
/// the line sits in a run of lines that all have blank lines between them,
/// and the run looks like one wrapped column: at least three of its lines
/// (or all but its last) within 15% of their median width, at most half of
/// them ending a sentence or clause, none of them a paragraph on its own
/// line ([`LONG`]). Elsewhere a run of blank-separated
/// lines is a run of blocks, one to a line (as in this crate's text output):
/// the second vector marks those.
fn line_spacing(v: &[View]) -> (Vec<bool>, Vec<bool>) {
    let n = v.len();
    let blank = |k: usize| k < n && v[k].blank_before;
    let mut spaced: Vec<bool> = (0..n)
        .map(|k| blank(k) && ((k > 0 && blank(k - 1)) || blank(k + 1)))
        .collect();
    let mut widths = Vec::new();
    let mut own_line = vec![false; n];
    let mut k = 0;
    while k < n {
        if !spaced[k] {
            k += 1;
            continue;
        }
        let mut end = k;
        while end + 1 < n && spaced[end + 1] {
            end += 1;
        }
        // The run's own lines: from the first with a blank line before it;
        // the line above may be a heading, the last may start the next block.
        widths.clear();
        widths.extend(v[k..=end].iter().map(|x| x.width));
        widths.sort_unstable();
        let median = widths[widths.len() / 2];
        let similar = v[k..=end]
            .iter()
            .filter(|x| 100 * x.width.abs_diff(median) <= 15 * median)
            .count();
        // A wrapped column cuts sentences anywhere; blocks one to a line
        // end them.
        let ended = v[k..end]
            .iter()
            .filter(|x| x.ends_sentence || matches!(x.last, ';' | ':' | '；' | '：'))
            .count();
        let above_long = k > 0 && v[k - 1].width > LONG;
        let column = median <= LONG
            && !above_long
            && 2 * ended <= end - k
            && (similar >= 3 || (similar >= 2 && similar + 1 >= end + 1 - k));
        if !column {
            spaced[k..=end].iter_mut().for_each(|s| *s = false);
            // Three blank lines in a row at least make a layout.
            if end - k >= 2 || above_long {
                own_line[k..=end].iter_mut().for_each(|s| *s = true);
            }
        }
        k = end + 1;
    }
    (spaced, own_line)
}

/// Most words in one cell of a table (`Brightwater Eng.`, `Fellside
/// Athletic`): a longer stretch between gaps is a line of prose set in a
/// column beside another.
const CELL_WORDS: u32 = 3;
/// Fewest consecutive lines that make a table.
const TABLE_ROWS: usize = 3;
/// Fewest consecutive results (see [`score_row`]) that make a listing.
const SCORE_ROWS: usize = 2;

/// The blank columns of a line with a layout gap (see
/// [`script::layout_gap`]),
/// and whether its cells are short (see [`Candidate::short_cells`]).
/// `text` is trimmed and starts at column `indent`; a tab runs to the next
/// multiple of eight, other white space is as wide as it is printed.
fn layout_gaps(text: &str, indent: u32) -> (u128, bool) {
    let (mut mask, mut col) = (0u128, indent);
    let (mut words, mut most, mut run) = (1u32, 1u32, 0u32);
    for c in text.chars() {
        let next = match c {
            '\t' => (col / 8).saturating_add(1).saturating_mul(8),
            _ if script::is_space(c) => col.saturating_add(script::cell_width(c).max(1) as u32),
            _ => {
                // A word after one space goes on the cell; after two or a
                // tab, it starts the next one.
                if run > 0 {
                    words = if run == 1 { words + 1 } else { 1 };
                    most = most.max(words);
                }
                run = 0;
                col = col.saturating_add(script::cell_width(c) as u32);
                continue;
            }
        };
        run = if c == '\t' { 2 } else { run + 1 };
        for k in col.min(128)..next.min(128) {
            mask |= 1 << k;
        }
        col = next;
    }
    (mask, most <= CELL_WORDS)
}

/// Gutters of a set of blank columns: runs of at least two columns.
fn gutters(mask: u128) -> u32 {
    let pairs = mask & (mask >> 1);
    (pairs & !(pairs << 1)).count_ones()
}

/// Every gap of a line (two blank columns or more, in `gaps`) touches one
/// of the gutters `common`: the line is set in the table's columns, where
/// justified prose spreads its gaps anywhere.
fn gaps_in_gutters(gaps: u128, common: u128) -> bool {
    let mut pairs = gaps & (gaps >> 1);
    let gutter = common & (common >> 1);
    while pairs != 0 {
        let start = pairs.trailing_zeros();
        let len = (!(pairs >> start)).trailing_zeros();
        let run = u128::MAX.checked_shr(128 - len).unwrap_or(0) << start;
        if run & gutter == 0 {
            return false;
        }
        pairs &= !run;
    }
    true
}

/// The last word of a trimmed line, or as much of it as [`figure`] reads
/// (a longer word is none).
fn last_word(text: &str) -> &str {
    let b = text.as_bytes();
    let from = b.len().saturating_sub(FIGURE_BYTES + 1);
    match b[from..].iter().rposition(|&c| c == b' ' || c == b'\t') {
        Some(i) => &text[from + i + 1..],
        None if from == 0 => text,
        // Longer than any figure: the part after the cut, which may not
        // start on a character boundary, is never one.
        None => "",
    }
}

/// Longest figure, in bytes.
const FIGURE_BYTES: usize = 16;

/// The last character of a figure: a digit, a dash, `%`, `)`, a capital
/// (`1-P`); the cheap test before [`figure`].
fn may_end_in_figure(last: char) -> bool {
    last.is_ascii_digit()
        || last.is_ascii_uppercase()
        || matches!(last, '-' | '%' | '％' | ')' | '–' | '—' | '°')
}

/// Units of measure that a table prints after a figure, set off by a space
/// (`12 km/h`, `8 %`, `1012 hPa`): the figure with its unit ends a row as
/// a figure does.
const UNITS: [&str; 13] = [
    "km/h", "m/s", "mph", "kn", "mm", "cm", "km", "kg", "hPa", "°C", "°F", "%", "‰",
];

/// The line ends in a figure followed by one of the [`UNITS`] (`Wind 12
/// km/h`, `Luftfeuchte 80 %`), as a row of a weather table or a fact box
/// does. Reads only the last two words.
fn unit_after_figure(text: &str) -> bool {
    // A unit (four bytes at most) is set off by a space or a tab in the
    // last five bytes: most lines have none there, and no unit then (the
    // last word is longer, or the whole line, with no figure before it).
    let b = text.as_bytes();
    if !b[b.len().saturating_sub(5)..]
        .iter()
        .any(|&c| c == b' ' || c == b'\t')
    {
        return false;
    }
    let unit = last_word(text);
    // Units are four bytes at most: most lines end in a longer word.
    unit.len() <= 4 && UNITS.contains(&unit) && {
        let head = text[..text.len() - unit.len()].trim_end_matches(' ');
        head.len() < text.len() - unit.len() && figure(last_word(head))
    }
}

/// [`unit_after_figure`] without its test of the last five bytes.
#[cfg(test)]
fn unit_after_figure_plain(text: &str) -> bool {
    let unit = last_word(text);
    unit.len() <= 4 && UNITS.contains(&unit) && {
        let head = text[..text.len() - unit.len()].trim_end_matches(' ');
        head.len() < text.len() - unit.len() && figure(last_word(head))
    }
}

/// A figure as tables print it: digits with their signs and separators
/// (`412`, `+0.0031`, `1,088`, `-14`, `3.5%`, `£120`, `1-P`, `-2°`,
/// `5°C`), at least half of it digits or signs, or a dash for nothing
/// (`--`, `–`).
fn figure(word: &str) -> bool {
    // A comma or semicolon after it: a figure in a sentence that goes on.
    if word.is_empty() || word.len() > FIGURE_BYTES || word.ends_with([',', ';']) {
        return false;
    }
    if matches!(word, "-" | "--" | "–" | "—") {
        return true;
    }
    let (mut digits, mut signs, mut chars) = (0usize, 0usize, 0usize);
    for c in word.chars() {
        chars += 1;
        if c.is_ascii_digit() {
            digits += 1;
        } else if matches!(
            c,
            '.' | ','
                | '+'
                | '-'
                | '–'
                | '−'
                | '%'
                | '％'
                | '/'
                | ':'
                | '('
                | ')'
                | '£'
                | '$'
                | '€'
                | '¥'
                | '°'
        ) {
            signs += 1;
        }
    }
    digits > 0 && 2 * (digits + signs) >= chars
}

/// `word` is a score: one or two digits, a dash or colon, one or two
/// digits (`2-2`, `3–1`, `1:0`).
fn is_score(word: &str) -> bool {
    let Some((a, b)) = word.split_once(['-', '–', ':']) else {
        return false;
    };
    let goals = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    goals(a) && goals(b)
}

/// The value of a CJK table's row: after its last space or a fullwidth
/// colon (`城东区 156部`, `贊成：38票`).
fn cjk_value(text: &str) -> &str {
    let word = last_word(text);
    word.rsplit_once('：').map_or(word, |(_, value)| value)
}

/// Most CJK characters of a unit glued to a figure (`52元`, `１１８０台`,
/// `8.6万辆`).
const CJK_UNIT_CHARS: usize = 2;

/// `word` is a figure followed by a CJK unit of at most [`CJK_UNIT_CHARS`]
/// characters, as the value of a CJK table's row is (`城东区 156部`,
/// `寒流前 52元`); the caller has split it off its label at a space.
fn cjk_figure_with_unit(word: &str) -> bool {
    let figure = word.trim_end_matches(|c: char| c.is_alphabetic() && script::is_cjk(c));
    let unit = word[figure.len()..].chars().count();
    (1..=CJK_UNIT_CHARS).contains(&unit)
        && figure
            .chars()
            .any(|c| c.is_ascii_digit() || is_fullwidth_digit(c))
        && figure.chars().all(|c| {
            c.is_ascii_digit() || is_fullwidth_digit(c) || matches!(c, '.' | ',' | '．' | '，')
        })
}

/// Line `x`, ending in a figure and without layout gaps (a line with gaps
/// that [`mark_rows`] did not take is prose), may be a row of a table set
/// without them (`Crayford 0 Dent United 0`, `Hawes 18 13 3 2 42`,
/// `滙豐控股 68.45 +0.85`): two words at least, opening with a capital, a
/// digit or a letter without case, ending no sentence, without clause
/// punctuation between words.
fn tally_row(x: &View, text: &str) -> bool {
    !x.ends_sentence
        && (x.first.is_uppercase() || x.first.is_ascii_digit() || uncased_letter(x.first))
        && text.len()
            > if x.cjk {
                cjk_value(text)
            } else {
                last_word(text)
            }
            .len()
        && !(x.clause && (text.contains(", ") || text.contains("; ")))
}

/// Longest row of a fact box read by [`label_row`], in bytes.
const LABEL_ROW_BYTES: usize = 80;
/// Longest label of a fact box's row, in bytes, with its colon.
const LABEL_BYTES: usize = 32;
/// Most words in the label of a fact box's row.
const LABEL_WORDS: usize = 3;

/// Line `x` may be a row of a fact box (`Öffnungszeiten: 7 bis 13 Uhr`,
/// `Gäller från: 3 mars`, `Prix : 2 euros`): a short Latin line that
/// opens with a label of one to [`LABEL_WORDS`] words, the first
/// capitalised, without figures, then a colon, a space and a value; it
/// does not run on into the next line (no final hyphen or comma). The
/// caller checks the capital, so that only such lines are read.
fn label_row(x: &View, text: &str) -> bool {
    if x.cjk
        || text.len() > LABEL_ROW_BYTES
        || x.ends_hyphen
        || x.credit_label
        || matches!(x.last, ',' | ';' | ':')
    {
        return false;
    }
    let head = &text.as_bytes()[..text.len().min(LABEL_BYTES)];
    let Some(colon) = head.iter().position(|&b| b == b':') else {
        return false;
    };
    // A space, then the value.
    if !text.as_bytes()[colon + 1..].starts_with(b" ")
        || text.as_bytes().get(colon + 2).is_none_or(|&b| b == b' ')
    {
        return false;
    }
    // French sets a space before the colon.
    let label = text[..colon].strip_suffix(' ').unwrap_or(&text[..colon]);
    // Words, a number (`RE 7`), places joined by a dash (`Karlsruhe–Basel`).
    let word = |w: &str| {
        w == "&"
            || ((1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            || (w.starts_with(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '–' | '.' | '\'' | '’')))
    };
    let words = label.split(' ').take(LABEL_WORDS + 1);
    let (mut count, mut all) = (0, true);
    for w in words {
        count += 1;
        all &= word(w);
    }
    all && count <= LABEL_WORDS
}

/// Longest line of a results listing read by [`score_row`], in bytes.
const SCORE_ROW_BYTES: usize = 80;

/// Line `x` may be a row of results (`利物浦 2：2 車路士`, `Hull 2-1
/// Leeds`, `Guarani 2 x 1 Ponte Preta`): a short line with one score,
/// digits on both sides of a colon, a dash or a spaced `x`, between names (the first not lowercase), ending no
/// sentence, without clause punctuation.
fn score_row(x: &View, text: &str) -> bool {
    if x.first.is_lowercase()
        || x.first.is_ascii_digit()
        || text.len() > SCORE_ROW_BYTES
        || x.ends_sentence
        || x.clause
        || !(x.last.is_alphabetic() || matches!(x.last, ')' | '）'))
        || !text.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let b = text.as_bytes();
    let digits_before = |i: usize| b[..i].last().is_some_and(u8::is_ascii_digit);
    let digits_after = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // Portuguese and Spanish pages set the score with a spaced `x`
    // (`Guarani 2 x 1 Ponte Preta`).
    let spaced_x = |i: usize, c: char| {
        matches!(c, 'x' | '×')
            && i >= 2
            && b[i - 1] == b' '
            && b.get(i + c.len_utf8()) == Some(&b' ')
            && digits_before(i - 1)
            && digits_after(i + c.len_utf8() + 1)
    };
    let scores = text
        .char_indices()
        .filter(|&(i, c)| {
            (matches!(c, ':' | '：' | '-' | '–')
                && digits_before(i)
                && digits_after(i + c.len_utf8()))
                || spaced_x(i, c)
        })
        .count();
    scores == 1
}

/// Line `x` may be a row of results set as two teams each with its score
/// (`Pine Ridge 35, Walla Walla 14`, `Martos CD 2 - Linares B 2`,
/// `Eastmont 21, Wenatchee 20 (OT)`): two halves around one `, ` or
/// spaced dash, each opening with a capital and ending in a number of at
/// most three digits (the second may add a bracketed note).
fn paired_score(x: &View, text: &str) -> bool {
    if x.cjk || text.len() > SCORE_ROW_BYTES || x.ends_sentence || !x.first.is_uppercase() {
        return false;
    }
    let mut halves = text.split(", ");
    let (a, b) = match (halves.next(), halves.next(), halves.next()) {
        (Some(a), Some(b), None) => (a, b),
        _ => match text.split_once(" - ").or_else(|| text.split_once(" – ")) {
            Some((a, b)) if !b.contains(" - ") && !b.contains(" – ") => (a, b),
            _ => return false,
        },
    };
    let b = match b.rsplit_once(" (") {
        Some((b, note)) if note.ends_with(')') && note.len() <= 8 => b,
        _ => b,
    };
    let ends_in_score = |h: &str| {
        h.rsplit_once(' ').is_some_and(|(name, n)| {
            !name.is_empty() && (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit())
        })
    };
    b.starts_with(char::is_uppercase) && ends_in_score(a) && ends_in_score(b)
}

/// CJK line `x` may be a row of results (`桜ケ丘３―０北山`, `南陵５－４東浜`):
/// short, one score of ASCII or fullwidth digits around a dash or colon,
/// between two names.
fn cjk_score(x: &View, text: &str) -> bool {
    /// Most characters of a CJK results row.
    const CHARS: usize = 20;
    if !x.cjk || x.clause || x.ends_sentence || text.len() > 3 * CHARS {
        return false;
    }
    let digit = |c: char| c.is_ascii_digit() || is_fullwidth_digit(c);
    if text.starts_with(digit) || !text.ends_with(|c: char| !digit(c) && script::is_cjk(c)) {
        return false;
    }
    let (mut scores, mut prev) = (0, '\0');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let dash = matches!(c, '―' | '－' | '：' | ':' | '-' | '—');
        if dash && digit(prev) && chars.peek().is_some_and(|&n| digit(n)) {
            scores += 1;
        }
        prev = c;
    }
    scores == 1
}

/// A Latin line ending in a photo credit in brackets: `… di Sellano.
/// (Foto di Marco Lupi)`, `(Photo: Jane Li)`, `(Bild: dpa)`.
fn bracketed_credit(text: &str) -> bool {
    let Some(open) = text.rfind('(') else {
        return false;
    };
    let inner = &text[open + 1..text.len() - 1];
    ["Foto", "Photo", "Bild", "Fotos", "Photos", "Picture"]
        .iter()
        .any(|w| {
            inner
                .strip_prefix(w)
                .is_some_and(|r| r.starts_with([' ', ':']))
        })
        && inner.split(' ').count() <= 6
}

/// Longest photo credit read by [`slash_credit`], in bytes.
const SLASH_CREDIT_BYTES: usize = 64;

/// A short Latin line of capitalised words around one ` / ` (`JANE LI /
/// MORNING LEDGER`, `EFE / Domenech Castelló`), or one `/` set close in a
/// line of capitals (`JAMES ORTIZ/HARBOUR TRIBUNE`), ending no sentence and
/// holding no figure: the credit under a photo.
fn slash_credit(x: &View, text: &str) -> bool {
    if text.len() > SLASH_CREDIT_BYTES || x.cjk || x.ends_sentence || x.clause {
        return false;
    }
    let b = text.as_bytes();
    let Some(slash) = memchr::memchr(b'/', b) else {
        return false;
    };
    let spaced = slash > 0 && b[slash - 1] == b' ' && b.get(slash + 1) == Some(&b' ');
    // Set close (`JAMES ORTIZ/HARBOUR TRIBUNE`), the credit is in capitals.
    let capitals = !spaced && !text.chars().any(char::is_lowercase);
    if !spaced && !capitals {
        return false;
    }
    let (names, agency) = (text[..slash].trim_end(), text[slash + 1..].trim_start());
    let capitalised = |part: &str| {
        let words = part.split(' ').filter(|w| !w.is_empty());
        words.clone().count() <= 4 && words.clone().all(|w| w.starts_with(char::is_uppercase))
    };
    !names.is_empty()
        && !agency.is_empty()
        && !text.bytes().any(|b| b.is_ascii_digit())
        && capitalised(names)
        && capitalised(agency)
}

/// Holds a photo credit (`＝`, `攝`, `提供`, `撮影`, `Foto`), as the lines
/// of a caption do and a subhead's do not.
fn credit_text(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let mut prev = '\0';
    for c in text.chars() {
        if matches!(c, '＝' | '攝' | '摄') || matches!((prev, c), ('提', '供') | ('撮', '影'))
        {
            return true;
        }
        prev = c;
    }
    false
}

/// Line `x`, with the blank columns `gaps`, may be a table's row: it has
/// layout gaps and does not end in a hyphen, a comma or a semicolon, as a
/// line of prose running on does.
fn set_in_columns(x: &View, gaps: u128) -> bool {
    gaps != 0 && !x.ends_hyphen && !matches!(x.last, ',' | ';' | '，' | '；')
}

/// A line set in columns may be a row of a listing without figures: its
/// cells are short, it opens with a capital or a digit and ends no
/// sentence or clause.
fn listing_row(x: &View, short_cells: bool) -> bool {
    short_cells
        && (x.first.is_uppercase() || x.first.is_numeric() || uncased_letter(x.first))
        && !x.ends_sentence
        && !matches!(x.last, ',' | ';' | '，' | '；')
}

/// A letter of a script without case (an ideograph, kana, hangul), which
/// opens a cell as a capital does in Latin.
fn uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// A line that may be a row of a table: with layout gaps, or a
/// [`tally_row`].
struct Candidate {
    /// Index of its view.
    line: usize,
    /// Columns (cells from the line's start, the first 128) that are blank
    /// inside the text, where the line has a layout gap; 0 otherwise. See
    /// [`layout_gaps`].
    gaps: u128,
    /// Every stretch of text between the gaps holds at most
    /// [`CELL_WORDS`] words: the cells of a table, not a column of prose.
    short_cells: bool,
    /// The last word is a figure (`412`, `+0.0031`, `1,088`, `--`, `1-P`):
    /// see [`figure`].
    figure_end: bool,
    /// May be a row of a table set without gaps: see [`tally_row`].
    tally: bool,
    /// May be a row of results: see [`score_row`]. Two such rows make a
    /// listing.
    score: bool,
    /// May be a row of a fact box: see [`label_row`].
    label: bool,
}

/// Finds the rows of tables and listings (see [`Views::rows`]) among the
/// `candidates`: the lines with layout gaps, with their blank columns (see
/// [`layout_gaps`]), and the [`tally_row`]s. Two kinds of
/// evidence, each over at least [`TABLE_ROWS`] consecutive lines:
///
/// - Set out in columns: every line has layout gaps, the lines share a
///   gutter (two or more columns blank in all of them), and every gap of
///   every line touches one of the shared gutters, which gaps between
///   words of justified prose do not; and half the lines end in a figure
///   or start with one, or the lines share two gutters and each is a
///   [`listing_row`] (not two columns of prose side by side).
/// - Set without gaps: every line is a [`tally_row`] (results, a league
///   table), none going on from the one before; or every line is a
///   [`label_row`] (a fact box: `Kosten: 48 miljoen euro` / `Lengte: 4,2
///   kilometer` / `Klaar: voorjaar 2027`), but a last one whose value
///   wraps onto a line going on in lowercase.
///
/// The runs are grown line by line as far as the evidence holds, and never
/// looked at again, so the pass is linear.
fn mark_rows(v: &[View], candidates: &[Candidate]) -> Vec<bool> {
    let mut marks = Vec::new();
    let mut mark = |lines: core::ops::Range<usize>| {
        if marks.is_empty() {
            marks.resize(v.len(), false);
        }
        marks[lines].iter_mut().for_each(|m| *m = true);
    };
    // Candidates `c..=e` hold the lines `k..=k + (e - c)` when their view
    // indices run on one by one.
    let next_line = |e: usize| {
        candidates
            .get(e + 1)
            .filter(|n| n.line == candidates[e].line + 1)
    };
    let mut c = 0;
    while c < candidates.len() {
        let (k, mut mask) = (candidates[c].line, candidates[c].gaps);
        if !set_in_columns(&v[k], mask) {
            c += 1;
            continue;
        }
        let mut e = c;
        while let Some(n) = next_line(e) {
            let (x, common) = (&v[n.line], mask & n.gaps);
            if x.blank_before
                || !set_in_columns(x, n.gaps)
                || gutters(common) == 0
                || !gaps_in_gutters(n.gaps, common)
            {
                break;
            }
            mask = common;
            e += 1;
        }
        let run = &candidates[c..=e];
        let figures = run
            .iter()
            .filter(|n| n.figure_end || v[n.line].first.is_ascii_digit())
            .count();
        let count = run.len();
        let table = count >= TABLE_ROWS
            && run.iter().all(|n| gaps_in_gutters(n.gaps, mask))
            && (2 * figures >= count
                || (gutters(mask) >= 2
                    && run.iter().all(|n| listing_row(&v[n.line], n.short_cells))));
        if table {
            mark(k..k + count);
        }
        c = if count >= TABLE_ROWS { e + 1 } else { c + 1 };
    }
    // Tallies, then fact boxes, whose last value may wrap onto a line going
    // on in lowercase: that row is prose.
    for labels in [false, true] {
        let pick = |n: &Candidate| if labels { n.label } else { n.tally };
        let wraps = labels;
        let mut c = 0;
        while c < candidates.len() {
            let k = candidates[c].line;
            if !pick(&candidates[c]) {
                c += 1;
                continue;
            }
            let mut e = c;
            while let Some(n) = next_line(e) {
                if !pick(n) || v[n.line].blank_before {
                    break;
                }
                e += 1;
            }
            let last = candidates[e].line;
            let wrapped = wraps
                && v.get(last + 1)
                    .is_some_and(|n| !n.blank_before && n.first.is_lowercase());
            let count = e + 1 - c - usize::from(wrapped);
            let scores = !labels && candidates[c..=e].iter().all(|n| n.score);
            if count >= TABLE_ROWS || (scores && count >= SCORE_ROWS) {
                mark(k..k + count);
            }
            c = e + 1;
        }
    }
    marks
}

/// The text opens with a quotation mark (`«`, `„`, `“`, `"`, `‘`), and the
/// first letter after it and any space is lowercase (`« voleur de vélos »`,
/// `„kleine Leute“`). Reads only the first characters.
fn quoted_lowercase(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(['«', '„', '“', '"', '‘', '‹']) else {
        return false;
    };
    rest.trim_start_matches([' ', '\u{a0}', '\u{202f}'])
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// `text` holds clause punctuation (see [`script::is_clause_mark`]) other
/// than a comma between digits (`8,4`, `1,088`): a figure's decimal or
/// thousands separator parts no clauses.
fn clause_outside_figures(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    text.char_indices().any(|(i, c)| {
        script::is_clause_mark(c) && !(c == ',' && digit(i.checked_sub(1)) && digit(Some(i + 1)))
    })
}

/// Most lines of a headline set in fake bold (see
/// [`Views::bold_stack_end`]).
const BOLD_STACK: usize = 3;

/// Most lines from one entry of a listing by the clock to the next (the
/// entry's title and the lines describing it).
const ENTRY_GAP: usize = 6;

/// The line opens with a time of day and a space, then text (`20.30 Tg2`,
/// `21:00 News`, `8h15 Météo`, `1800 新聞報道`): hours and minutes parted
/// by `.`, `:` or `h`, or four digits; the hour at most 24, the minutes at
/// most 59 (`1989 war` is a year). Reads only the first few bytes.
fn time_led(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let value = |i: usize| u32::from(b[i] - b'0');
    if !digit(0) {
        return false;
    }
    let hour_digits = if digit(1) { 2 } else { 1 };
    let (hour, minutes) = if matches!(b.get(hour_digits), Some(b'.' | b':' | b'h')) {
        (hour_digits, hour_digits + 1)
    } else if hour_digits == 2 && digit(2) && digit(3) {
        (2, 2)
    } else {
        return false;
    };
    let hours = if hour == 2 {
        value(0) * 10 + value(1)
    } else {
        value(0)
    };
    digit(minutes)
        && digit(minutes + 1)
        && !digit(minutes + 2)
        && hours <= 24
        && value(minutes) <= 5
        && b.get(minutes + 2) == Some(&b' ')
        && b.get(minutes + 3)
            .is_some_and(|&c| c != b' ' && !c.is_ascii_digit() && !c.is_ascii_lowercase())
}

/// Marks the entries of listings by the clock among the views whose lines
/// open with a time (`timed`, in order): runs of at least [`TABLE_ROWS`]
/// such lines, each at most [`ENTRY_GAP`] lines after the one before, blank
/// lines or headings between them or not (a TV listing's channels). A
/// time opening a line here and there in prose is no listing.
fn mark_entries(v: &mut [View], timed: &[usize]) {
    let mut start = 0;
    for k in 1..=timed.len() {
        if k == timed.len() || timed[k] - timed[k - 1] > ENTRY_GAP {
            if k - start >= TABLE_ROWS {
                for &x in &timed[start..k] {
                    v[x].entry = true;
                }
            }
            start = k;
        }
    }
}

/// Two lines of similar width within a narrow column (of at most 60 cells),
/// where blank lines between lines are mere spacing.
fn same_column(a: &View, b: &View) -> bool {
    const NARROW: u32 = 6000;
    a.width <= NARROW
        && b.width <= NARROW
        && 10 * a.width.abs_diff(b.width) <= 3 * a.width.max(b.width)
}

/// The facts of one line's text (with `indent` cells of indent).
fn measure(text: &str, indent: u32) -> View {
    measure_with(text, indent, true)
}

/// [`measure`], with the ASCII fast path on or off (the property test
/// checks that both agree).
fn measure_with(text: &str, indent: u32, fast: bool) -> View {
    let ascii = fast && text.is_ascii();
    let bytes = text.as_bytes();
    let mut sums = Sums::default();
    if ascii {
        // The common Latin case.
        sums.ascii_run(bytes);
    } else if fast {
        // Latin with accents (German, French), or CJK text: the runs of
        // ASCII as in the ASCII case, and the bulk of the ideographs
        // (U+5000–U+9FFF) known from their lead byte, without decoding.
        let mut i = 0;
        while i < bytes.len() {
            if (0xe5..=0xe9).contains(&bytes[i]) {
                sums.ideograph();
                i += 3;
            } else if bytes[i] < 0x80 {
                let end = bytes[i..]
                    .iter()
                    .position(|&b| b >= 0x80)
                    .map_or(bytes.len(), |k| i + k);
                sums.ascii_run(&bytes[i..end]);
                i = end;
            } else {
                let c = text[i..].chars().next().unwrap_or('\0');
                sums.char(c, fast);
                i += c.len_utf8();
            }
        }
    } else {
        for c in text.chars() {
            sums.char(c, fast);
        }
    }
    let Sums {
        wide,
        total,
        cells,
        latin,
        ambiguous,
        clause,
        colon_or_digit,
        first_word,
    } = sums;
    // Spanish opens a question or an exclamation with `¿`, `¡`: the line
    // is read from the letter after it (`¿Qué pasará en verano?` as a
    // capitalised line).
    let lead = text.trim_start_matches(['¿', '¡']);
    let first = lead.chars().next().unwrap_or('\0');
    let last = text.chars().next_back().unwrap_or('\0');
    // Mostly wide characters, or a CJK sentence's end after Latin words
    // (`Højlund扳平。`).
    let cjk = total > 0 && (2 * wide >= total || matches!(last, '。' | '！' | '？'));
    // Closing quotes and brackets, and the space French sets before `»`.
    let before_closers =
        text.trim_end_matches(|c: char| script::is_closer(c) || script::is_space(c));
    let end = before_closers.chars().next_back().unwrap_or('\0');
    // CJK numerals are lead bytes E4–E5, and `（` is EF BC 88.
    let section = (cjk && matches!(text.as_bytes().first(), Some(0xe4..=0xe5 | 0xef | b'(')))
        .then(|| cjk_section_number(text))
        .flatten();
    // A comma between digits is a decimal comma (`8,4 miljoen euro`), not
    // a clause's end; looked at only on lines with both.
    let clause = clause && (!colon_or_digit || clause_outside_figures(text));
    View {
        index: 0,
        width: indent
            .saturating_mul(100)
            .saturating_add(if cjk {
                cells.saturating_add(100 * ambiguous)
            } else {
                latin
            })
            .min(MAX_WIDTH),
        indent,
        cjk,
        first,
        last,
        ends_sentence: ends_sentence_unabbreviated(before_closers),
        spaced_colon: last == ':' && text[..text.len() - 1].ends_with([' ', '\u{a0}', '\u{202f}']),
        ends_hyphen: script::is_line_hyphen(last)
            && text[..text.len() - last.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic),
        clause,
        latin_heading: !colon_or_digit && !matches!(end, '!' | '?'),
        // Only heading candidates need these, and a line with clause
        // punctuation is none.
        title_case: !clause
            && if ascii {
                title_case_ascii(text)
            } else if fast {
                title_case_bytes(lead)
            } else {
                title_case(lead)
            },
        all_caps: !clause
            && !cjk
            && if ascii {
                all_caps_ascii(text)
            } else {
                all_caps(text)
            },
        // (Looked for on lines without clause punctuation, and on CJK
        // lines with it by their fullwidth stops alone.)
        inner_stop: if ascii {
            !clause && inner_stop_ascii(text)
        } else if !clause {
            inner_stop(text)
        } else {
            cjk && cjk_inner_stop(text)
        },
        numbered: section_number(text),
        list_item: list_item(text),
        quoted_lowercase: quoted_lowercase(text),
        dash_turn: text.starts_with("— "),
        dash_clause: text
            .strip_prefix("– ")
            .or_else(|| text.strip_prefix("- "))
            .is_some_and(|rest| rest.starts_with(char::is_lowercase)),
        list_number: list_number(text),
        leaders: colon_or_digit && leaders(text),
        entry: false,
        section: section_heading(text),
        // A dateline names its day in digits.
        dateline: !cjk && colon_or_digit && dateline(text),
        byline: false,
        first_word: first_word.unwrap_or(latin).min(MAX_WIDTH),
        open_end: false,
        url_runs_on: false,
        opens_sentence: opens_sentence(lead),
        blank_before: false,
        page_break: false,
        furniture: false,
        kicker: false,
        top_stack: 0,
        score: false,
        names: false,
        gapped: false,
        drop_cap: is_drop_cap(text),
        cjk_numbered: section.is_some(),
        cjk_title: section.is_some_and(|n| {
            let title = &text[n..];
            title.chars().count() <= CJK_TITLE_CHARS
                && !title
                    .chars()
                    .any(|c| script::is_clause_mark(c) || script::is_sentence_end(c))
        }),
        credit_caption: false,
        credit_label: is_credit_label(text),
        credited: 0,
        // (In fullwidth brackets, a credit naming a Latin source: `（Air
        // Tahiti Nui圖片）`.)
        photo_credit: (cjk || text.starts_with('（')) && photo_credit(text),
        single_cjk: script::only_char(text).is_some_and(script::is_cjk),
        subhead: false,
        credit_end: false,
        slash_credit: false,
        question_dash: false,
        jump: false,
        credit_text: false,
        marker: 0,
        doubled: false,
        spacing: false,
        own_line: false,
        col: 0,
        base_indent: 0,
    }
}

const PRINTABLE: u8 = 1;
const SPACE: u8 = 2;
const CLAUSE: u8 = 4;
const COLON_OR_DIGIT: u8 = 8;

/// [`latin_width`] of each ASCII character, divided by 5.
static ASCII_WIDTH: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (ascii_latin_width(b as u8) / 5) as u8;
        b += 1;
    }
    t
};

/// What [`measure`] asks of each ASCII character, as bit flags.
static ASCII_FLAGS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut f = 0;
        if !c.is_ascii_control() {
            f |= PRINTABLE;
        }
        if c.is_ascii_whitespace() || c == 0x0b {
            f |= SPACE;
        }
        if c == b',' || c == b';' {
            f |= CLAUSE;
        }
        if c == b':' || c.is_ascii_digit() {
            f |= COLON_OR_DIGIT;
        }
        t[b] = f;
        b += 1;
    }
    t
};

/// [`latin_width`] of an ASCII character.
const fn ascii_latin_width(c: u8) -> u32 {
    match c {
        b' ' => 50,
        b'i' | b'l' | b'j' | b'f' | b't' | b'r' | b'I' | b'.' | b',' | b';' | b':' | b'!'
        | b'\'' | b'`' | b'|' | b'(' | b')' | b'[' | b']' | b'-' | b'"' => 55,
        b'm' | b'w' | b'M' | b'W' => 150,
        b'A'..=b'Z' => 125,
        _ if c.is_ascii_control() => 0,
        _ => 100,
    }
}

/// Printed width of a Latin character in hundredths of an average letter:
/// enough to tell a full justified line from a short one far better than a
/// character count (a line of `ill` is narrower than one of `Mum`).
fn latin_width(c: char) -> u32 {
    match c {
        ' ' => 50,
        'i' | 'l' | 'j' | 'ſ' | 'f' | 't' | 'r' | 'I' | '.' | ',' | ';' | ':' | '!' | '\''
        | '’' | '‚' | '`' | '|' | '(' | ')' | '[' | ']' | '-' | '⸗' | '"' | '„' | '“' | '”'
        | '»' | '«' => 55,
        'm' | 'w' | 'M' | 'W' | 'Æ' | 'Œ' | 'æ' | 'œ' | '—' => 150,
        'A'..='Z' => 125,
        'a'..='z' | '0'..='9' => 100,
        _ if c.is_ascii() => 100 * u32::from(!c.is_ascii_control()),
        _ if c.is_uppercase() => 125,
        _ => 100 * script::cell_width(c) as u32,
    }
}

/// Ends with a sentence end (closers already stripped), not with the
/// one-letter abbreviation of a name or phrase (`S. M. S.`, `a. a. O.`).
fn ends_sentence_unabbreviated(text: &str) -> bool {
    let mut rev = text.chars().rev();
    match rev.next() {
        Some('.') => {
            let initial = matches!(
                (rev.next(), rev.next()),
                (Some(c), None) | (Some(c), Some(' ')) if c.is_alphanumeric() && !script::is_cjk(c)
            );
            let word = text[..text.len() - 1]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            !initial && !is_title(word)
        }
        Some(c) => script::is_sentence_end(c),
        None => false,
    }
}

/// A sentence ends inside `text`: `.`, `!` or `?` followed by a space and
/// a capital, or `。！？` before the last character.
fn inner_stop(text: &str) -> bool {
    let body = text.trim_end_matches(|c: char| script::is_sentence_end(c) || script::is_closer(c));
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '。' | '！' | '？' => return true,
            '.' | '!' | '?' => {
                let mut rest = chars.clone();
                if rest.next() == Some(' ') && rest.next().is_some_and(char::is_uppercase) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// [`inner_stop`] for a CJK line with clause punctuation: a fullwidth
/// `。` (E3 80 82), `！` (EF BC 81) or `？` (EF BC 9F) before the closing
/// punctuation, found from the lead bytes of CJK punctuation and
/// fullwidth forms (ideographs lead with E4 to E9).
fn cjk_inner_stop(text: &str) -> bool {
    let body = text.trim_end_matches(|c: char| script::is_sentence_end(c) || script::is_closer(c));
    let b = body.as_bytes();
    memchr::memchr2_iter(0xe3, 0xef, b).any(|j| {
        matches!(
            (b[j], b.get(j + 1..j + 3)),
            (0xe3, Some([0x80, 0x82])) | (0xef, Some([0xbc, 0x81 | 0x9f]))
        )
    })
}

/// At least eight letters, all capitals.
fn all_caps(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 8
}

/// At most two words, or at least half of the words capitalised.
fn title_case(text: &str) -> bool {
    let (mut words, mut capitals) = (0, 0);
    for w in text.split_whitespace() {
        words += 1;
        capitals += usize::from(w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()));
    }
    words <= 2 || 2 * capitals >= words
}

/// [`title_case`] a byte at a time: a character is decoded only to open a
/// word, or where its lead byte may open white space (U+0085, U+00A0,
/// U+1680, U+2000–U+3000 begin with C2, E1, E2 or E3), so that the accented
/// letters inside a word cost what ASCII ones do.
fn title_case_bytes(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut words, mut capitals) = (0usize, 0usize);
    let (mut space, mut i) = (true, 0);
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            let is_space = ASCII_FLAGS[usize::from(x)] & SPACE != 0;
            if space && !is_space {
                words += 1;
                capitals += usize::from(x.is_ascii_uppercase() || x.is_ascii_digit());
            }
            space = is_space;
            i += 1;
        } else if !space && !matches!(x, 0xc2 | 0xe1..=0xe3) {
            // Inside a word, and no white space: skip the character.
            i += utf8_len(x);
        } else {
            let c = text[i..].chars().next().unwrap_or('\0');
            let is_space = c.is_whitespace();
            if space && !is_space {
                words += 1;
                capitals += usize::from(c.is_uppercase() || c.is_numeric());
            }
            space = is_space;
            i += c.len_utf8();
        }
    }
    words <= 2 || 2 * capitals >= words
}

/// The length of the UTF-8 encoding that starts with byte `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0x80..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// [`title_case`] for ASCII text, eight bytes at a time: a word opens at
/// each byte other than white space after white space (or at the start).
/// `title_case_ascii_reference` is the plain version; a property test
/// checks that both agree.
fn title_case_ascii(text: &str) -> bool {
    let (mut words, mut capitals) = (0usize, 0usize);
    // 0x80 when the byte before the chunk is white space (the start is).
    let mut carry = 0x80;
    let mut count = |x: u64| {
        let space = ascii_eq(x, b' ') | ascii_in(x, b'\t', b'\r');
        let capital = ascii_in(x, b'A', b'Z') | ascii_in(x, b'0', b'9');
        let opens = !space & ((space << 8) | carry) & HIGH;
        words += high_bits(opens);
        capitals += high_bits(opens & capital);
        carry = space >> 56;
    };
    let mut chunks = text.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        count(u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    // The last bytes, padded with spaces (which open no word).
    let mut last = [b' '; 8];
    for (d, &b) in last.iter_mut().zip(chunks.remainder()) {
        *d = b;
    }
    count(u64::from_le_bytes(last));
    words <= 2 || 2 * capitals >= words
}

/// The running sums of [`measure_with`] over the characters of a line.
#[derive(Default)]
struct Sums {
    /// Characters two cells wide, other than white space.
    wide: usize,
    /// Characters other than white space.
    total: usize,
    /// Display cells, in hundredths.
    cells: u32,
    /// Estimated printed width (see [`latin_width`]).
    latin: u32,
    /// Characters that are one cell wide in Latin type and may be two in
    /// CJK type (`……`, `——`, `“”`).
    ambiguous: u32,
    /// A clause mark somewhere.
    clause: bool,
    /// A `:` or an ASCII digit somewhere.
    colon_or_digit: bool,
    /// The printed width up to and with the first white space.
    first_word: Option<u32>,
}

impl Sums {
    /// Adds a run of ASCII bytes, as [`Sums::char`] adds them one by one:
    /// the width and the counts in one pass (see [`AsciiTally::of`]), the
    /// width of the first word apart (the sums saturate as one sum).
    #[inline(always)]
    fn ascii_run(&mut self, run: &[u8]) {
        let clamp = |x: u64| u32::try_from(x).unwrap_or(u32::MAX);
        if self.first_word.is_none() {
            if let Some(k) = run
                .iter()
                .position(|&b| ASCII_FLAGS[b as usize] & SPACE != 0)
            {
                // Up to and with the space.
                let width: u64 = run[..=k]
                    .iter()
                    .map(|&b| u64::from(ASCII_WIDTH[b as usize]) * 5)
                    .sum();
                self.first_word = Some(clamp(u64::from(self.latin) + width));
            }
        }
        let tally = AsciiTally::of(run);
        self.latin = clamp(u64::from(self.latin) + tally.width);
        self.cells = clamp(u64::from(self.cells) + tally.printable as u64 * 100);
        self.total += tally.nonspace;
        self.clause |= tally.clause;
        self.colon_or_digit |= tally.colon_or_digit;
    }

    /// Adds an ideograph (U+4E00–U+9FFF): two cells, wide, no space nor
    /// punctuation.
    #[inline(always)]
    fn ideograph(&mut self) {
        self.cells = self.cells.saturating_add(200);
        self.latin = self.latin.saturating_add(200);
        self.total += 1;
        self.wide += 1;
    }

    /// Adds `c`; with `fast`, ASCII from the tables and ideographs from
    /// [`Sums::ideograph`].
    #[inline(always)]
    fn char(&mut self, c: char, fast: bool) {
        if fast && c.is_ascii() {
            // The ASCII letters of a Latin line with accents (German,
            // French) from the tables of the ASCII path.
            let flags = ASCII_FLAGS[c as usize];
            self.cells = self
                .cells
                .saturating_add(100 * u32::from(flags & PRINTABLE));
            self.latin = self
                .latin
                .saturating_add(5 * u32::from(ASCII_WIDTH[c as usize]));
            if flags & SPACE == 0 {
                self.total += 1;
            } else if self.first_word.is_none() {
                self.first_word = Some(self.latin);
            }
            self.clause |= flags & CLAUSE != 0;
            self.colon_or_digit |= flags & COLON_OR_DIGIT != 0;
            return;
        }
        if fast && ('\u{4e00}'..='\u{9fff}').contains(&c) {
            self.ideograph();
            return;
        }
        // Display cells and estimated printed width; the common cases
        // (ASCII, CJK ideographs and punctuation) without table lookups.
        let w = script::cell_width(c) as u32;
        // Characters of ambiguous width take two cells in CJK type.
        if w == 1 && !c.is_ascii() && unicode_width::UnicodeWidthChar::width_cjk(c) == Some(2) {
            self.ambiguous += 1;
        }
        let lw = if w == 2 { 200 } else { latin_width(c) };
        // Saturating: a line of tens of millions of characters is simply wide.
        self.cells = self.cells.saturating_add(100 * w);
        self.latin = self.latin.saturating_add(lw);
        if !script::is_space(c) {
            self.total += 1;
            self.wide += (w == 2) as usize;
        } else if self.first_word.is_none() {
            self.first_word = Some(self.latin);
        }
        self.clause |= script::is_clause_mark(c);
        self.colon_or_digit |= c == ':' || c.is_ascii_digit();
    }
}

/// What [`measure_with`] counts in an ASCII line.
struct AsciiTally {
    /// Estimated printed width (see [`latin_width`]).
    width: u64,
    /// Bytes that are not control characters.
    printable: usize,
    /// Bytes that are not white space.
    nonspace: usize,
    /// A `,` or `;` somewhere.
    clause: bool,
    /// A `:` or a digit somewhere.
    colon_or_digit: bool,
}

/// Where each count sits in an [`ASCII_TALLY`] entry: the width divided
/// by 5 in the low bits, then one field each for printable bytes, white
/// space, clause marks, colons and digits.
const TALLY_PRINTABLE: u32 = 16;
const TALLY_SPACE: u32 = 28;
const TALLY_CLAUSE: u32 = 40;
const TALLY_COLON_OR_DIGIT: u32 = 52;
/// Bytes whose entries are added up before the fields are taken apart: no
/// field carries into the next (widths to 30 × 1024 < 2¹⁶, counts to
/// 1024 < 2¹²).
const TALLY_CHUNK: usize = 1024;

/// [`ASCII_WIDTH`] and [`ASCII_FLAGS`] of each ASCII byte as fields of one
/// number (see [`TALLY_PRINTABLE`] …), so that one sum over the bytes
/// adds up all of them; 0 for the bytes above ASCII, which never come.
static ASCII_TALLY: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 128 {
        let f = ASCII_FLAGS[b];
        t[b] = ASCII_WIDTH[b] as u64
            | ((f & PRINTABLE != 0) as u64) << TALLY_PRINTABLE
            | ((f & SPACE != 0) as u64) << TALLY_SPACE
            | ((f & CLAUSE != 0) as u64) << TALLY_CLAUSE
            | ((f & COLON_OR_DIGIT != 0) as u64) << TALLY_COLON_OR_DIGIT;
        b += 1;
    }
    t
};

impl AsciiTally {
    /// The tally of ASCII `bytes`: a table entry a byte, added up
    /// [`TALLY_CHUNK`] bytes at a time (one load and one add a byte, where
    /// a sum per count took a pass each).
    fn of(bytes: &[u8]) -> Self {
        let field = |x: u64, shift: u32, bits: u32| (x >> shift) & ((1 << bits) - 1);
        let (mut width, mut printable, mut space, mut clause, mut colon_or_digit) = (0, 0, 0, 0, 0);
        for chunk in bytes.chunks(TALLY_CHUNK) {
            let x: u64 = chunk.iter().map(|&b| ASCII_TALLY[usize::from(b)]).sum();
            width += 5 * field(x, 0, TALLY_PRINTABLE);
            printable += field(x, TALLY_PRINTABLE, TALLY_SPACE - TALLY_PRINTABLE);
            space += field(x, TALLY_SPACE, TALLY_CLAUSE - TALLY_SPACE);
            clause += field(x, TALLY_CLAUSE, TALLY_COLON_OR_DIGIT - TALLY_CLAUSE);
            colon_or_digit += x >> TALLY_COLON_OR_DIGIT;
        }
        AsciiTally {
            width,
            printable: printable as usize,
            nonspace: bytes.len() - space as usize,
            clause: clause != 0,
            colon_or_digit: colon_or_digit != 0,
        }
    }
}

/// Ones in each byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
const HIGH: u64 = ONES << 7;

/// How many bytes of `m` are 0x80 (its others being 0): a multiplication
/// adds them up in the top byte (`count_ones` is a long sequence on the
/// baseline x86-64 target).
fn high_bits(m: u64) -> usize {
    ((m >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// 0x80 in each byte of `x` (all below 0x80) equal to `c`, 0 elsewhere.
fn ascii_eq(x: u64, c: u8) -> u64 {
    const LOW: u64 = !HIGH;
    let z = x ^ (ONES * u64::from(c));
    // No carry between bytes: each sum stays below 0x100.
    !(((z & LOW) + LOW) | z | LOW)
}

/// 0x80 in each byte of `x` (all below 0x80) within `lo..=hi`, 0 elsewhere.
fn ascii_in(x: u64, lo: u8, hi: u8) -> u64 {
    // Each sum stays below 0x100 (no carry between bytes) and sets the
    // high bit from `lo` on, and past `hi`.
    let from_lo = x + ONES * u64::from(0x80 - lo);
    let past_hi = x + ONES * u64::from(0x7f - hi);
    from_lo & !past_hi & HIGH
}

/// [`title_case_ascii`] a byte at a time.
#[cfg(test)]
fn title_case_ascii_reference(text: &str) -> bool {
    let (mut words, mut capitals) = (0usize, 0usize);
    let mut space = true;
    for &b in text.as_bytes() {
        let is_space = ASCII_FLAGS[b as usize] & SPACE != 0;
        if space && !is_space {
            words += 1;
            capitals += usize::from(b.is_ascii_uppercase() || b.is_ascii_digit());
        }
        space = is_space;
    }
    words <= 2 || 2 * capitals >= words
}

/// [`all_caps`] for ASCII text.
fn all_caps_ascii(text: &str) -> bool {
    let b = text.as_bytes();
    !b.iter().any(u8::is_ascii_lowercase)
        && b.iter().filter(|b| b.is_ascii_uppercase()).count() >= 8
}

/// [`inner_stop`] for ASCII text: a `.`, `!` or `?` followed by a space
/// and a capital, before the closing punctuation.
fn inner_stop_ascii(text: &str) -> bool {
    let body = text.trim_end_matches(|c: char| script::is_sentence_end(c) || script::is_closer(c));
    // Every position tested, with no early exit, so that the loop runs on
    // wide vectors.
    let b = body.as_bytes();
    let (next, after) = (
        b.get(1..).unwrap_or_default(),
        b.get(2..).unwrap_or_default(),
    );
    b.iter()
        .zip(next)
        .zip(after)
        .fold(false, |hit, ((&x, &y), &z)| {
            hit | (matches!(x, b'.' | b'!' | b'?') & (y == b' ') & z.is_ascii_uppercase())
        })
}

/// Most bytes after dot leaders: a page number, a price with its unit.
const LEADER_TAIL: usize = 24;

/// Dot leaders, then a short tail holding a figure: `Inland ....... 3`,
/// `Sport … 12`, `Weizen . . . . . 8,40—8,75 Mk.`.
fn leaders(text: &str) -> bool {
    let b = text.as_bytes();
    let from = b.len().saturating_sub(LEADER_TAIL + 5);
    // The end of the last leader: `..`, `. .` or `…` (0xe2 0x80 0xa6),
    // found from the last byte of each.
    let window = &b[from..];
    let Some(end) = memchr::memrchr2_iter(b'.', 0xa6, window).find(|&i| {
        let w = &window[..=i];
        w.ends_with(b"..") || w.ends_with(b". .") || w.ends_with("…".as_bytes())
    }) else {
        return false;
    };
    let tail = from + end + 1;
    if !text.is_char_boundary(tail) {
        return false;
    }
    let tail = text[tail..].trim_start_matches(['.', ' ', '…']);
    // A figure and at most a unit after it (`8,40—8,75 Mk.`).
    !tail.is_empty()
        && tail.len() <= LEADER_TAIL
        && tail.bytes().next().is_some_and(|c| c.is_ascii_digit())
        && tail.split(' ').count() <= 2
}

/// The number `text` starts with, followed by `.` or `)` and a space (0
/// where there is none).
fn list_number(text: &str) -> u16 {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text.as_bytes()[digits..];
    if !(1..=3).contains(&digits)
        || rest.len() < 3
        || !matches!(rest[0], b'.' | b')')
        || rest[1] != b' '
    {
        return 0;
    }
    text[..digits].parse().unwrap_or(0)
}

/// Abbreviated titles that stand before a name and so end no sentence
/// (`Dr.` / `Maximilian Weil`).
fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Dr" | "Prof"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Mme"
            | "Mlle"
            | "Hr"
            | "Fr"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Capt"
            | "Lt"
            | "Sgt"
            | "Rev"
            | "Mgr"
            | "Dir"
            | "Abg"
            | "Präs"
    )
}

/// Longest section label over a CJK page's headline, in characters
/// (`经济·产业`).
const CJK_KICKER_CHARS: usize = 6;
/// Most words of a Latin section label (`COMUNIDAD VALENCIANA`).
const KICKER_WORDS: usize = 3;

/// The text of a line at a page's top may be its section's label: a
/// phrase without punctuation or figures, of at most
/// [`CJK_KICKER_CHARS`] in CJK, and in Latin script one word, or up to
/// [`KICKER_WORDS`] in capitals.
fn kicker(v: &View, text: &str) -> bool {
    if !v.plain() || v.ends_sentence || v.inner_stop || text.contains(|c: char| c.is_numeric()) {
        return false;
    }
    if v.cjk {
        return text.chars().count() <= CJK_KICKER_CHARS;
    }
    let words = text.split_whitespace().count();
    words == 1 || (words <= KICKER_WORDS && !text.contains(char::is_lowercase))
}

/// Articles, the commonest prepositions and conjunctions, in lowercase,
/// in English, German, French, Spanish, Italian, Portuguese and Dutch:
/// words that a phrase goes on after, so no title ends with one. (Not
/// those that are English words a title may end with: `van`, `met`,
/// `do`.)
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "and"
            | "or"
            | "as"
            | "into"
            | "than"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "by"
            | "from"
            | "der"
            | "die"
            | "das"
            | "des"
            | "dem"
            | "den"
            | "ein"
            | "eine"
            | "einer"
            | "eines"
            | "einem"
            | "einen"
            | "und"
            | "oder"
            | "von"
            | "zu"
            | "zum"
            | "zur"
            | "mit"
            | "für"
            | "auf"
            | "aus"
            | "bei"
            | "nach"
            | "über"
            | "le"
            | "la"
            | "les"
            | "de"
            | "du"
            | "et"
            | "à"
            | "au"
            | "aux"
            | "un"
            | "une"
            | "el"
            | "los"
            | "las"
            | "del"
            | "y"
            | "con"
            | "por"
            | "para"
            | "il"
            | "lo"
            | "gli"
            | "di"
            | "e"
            | "da"
            | "che"
            | "per"
            | "o"
            | "os"
            | "dos"
            | "em"
            | "na"
            | "com"
            | "het"
            | "een"
            | "en"
    )
}

/// Starts like an item of a list: a number of one to three digits with `)`
/// and a space, or a bullet and a space. (`3. ` is left out: in
/// German it is as often a date, `3. März`, or an ordinal.)
fn list_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &text.as_bytes()[digits..];
        return rest.len() > 2 && rest[0] == b')' && rest[1] == b' ';
    }
    // An en dash or hyphen marks an item (`– Opening hours extended`); not
    // an em dash: old papers run news items on after `— ` in one paragraph.
    let mut chars = text.chars();
    matches!(chars.next(), Some('•' | '·' | '*' | '・' | '▪' | '–' | '-'))
        && chars.next() == Some(' ')
}

/// Starts with a section number: `II. `, `3) `, `A. `.
fn section_number(text: &str) -> bool {
    if !text.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    // A number of at most a few characters.
    let end = text.len().min(8);
    let head = text.as_bytes()[..end]
        .iter()
        .position(|&b| b == b'.' || b == b')')
        .filter(|&i| text[i + 1..].starts_with(' '))
        .map(|i| &text[..i]);
    match head {
        Some(h) if !h.is_empty() => {
            h.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
                || h.chars().all(|c| c.is_ascii_digit())
                || (h.len() == 1 && h.chars().all(|c| c.is_ascii_uppercase()))
        }
        _ => false,
    }
}

/// Starts with a section number that is not a name's initial (`C. F. von
/// Hardenberg.`; `I. Müller.`, since Fraktur I and J are one letter): a
/// Roman numeral or a number followed by a capitalised word
/// (`II. Zeitungs⸗Nachrichten.`), by two if it has a single character
/// (`I. Amtliche Nachrichten.`).
fn section_heading(text: &str) -> bool {
    if !section_number(text) {
        return false;
    }
    let mut words = text.split_whitespace();
    let number = words.next().unwrap_or("");
    let roman = number
        .trim_end_matches(['.', ')'])
        .chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    let word = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.trim_end_matches(['.', ',', ';', ':']).chars().count() > 1
        })
    };
    if !roman && !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if number.chars().count() > 2 {
        return word(words.next());
    }
    word(words.next()) && word(words.next())
}

/// Starts with a dateline set off by a dash, which opens a news item: a
/// place in capitals (one to three words), perhaps an agency in brackets,
/// then a dash (`PORT ELLERY — The council`, `LONDON (Reuters) – Prices`,
/// `BERLIN (dpa) -- Der Senat`).
fn dash_dateline(text: &str) -> bool {
    const PLACE_WORDS: usize = 3;
    const AGENCY_WORDS: usize = 3;
    let b = text.as_bytes();
    // Cheap test first: two capitals.
    if !(b.len() > 4 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase()) {
        return false;
    }
    let mut words = text.split(' ');
    let mut w = words.next();
    let mut place = 0;
    while let Some(x) = w {
        let caps = x.chars().count() >= 2
            && x.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''));
        if place == PLACE_WORDS || !caps {
            break;
        }
        place += 1;
        w = words.next();
    }
    if place == 0 {
        return false;
    }
    // `(Reuters)`, `(Our Correspondent)`
    if let Some(mut x) = w.filter(|x| x.starts_with('(')) {
        let mut n = 1;
        while !x.ends_with(')') {
            n += 1;
            match words.next() {
                Some(next) if n <= AGENCY_WORDS => x = next,
                _ => return false,
            }
        }
        w = words.next();
    }
    matches!(w, Some("—" | "–" | "--" | "-"))
}

/// Starts with a dateline, which opens a news item: a place (one to three
/// capitalised words), a comma, and within the next four words a day of the
/// month, with its period before a word or after a capitalised one
/// (`Berlin, 3. März.`, `Kaßel, vom 29. Sept.`, `Vor Sedan, den 2.
/// September`, `LONDON, March 3.`, `LONDON, March 3, 1914`). A bare number
/// (`Paris, 3 mars`) is too often a count to be taken for a day.
fn dateline(text: &str) -> bool {
    /// Most words of a place name.
    const PLACE_WORDS: usize = 3;
    /// Words after the comma that may hold the day.
    const DATE_WORDS: usize = 4;
    if !text.starts_with(char::is_uppercase) {
        return false;
    }
    let Some((place, rest)) = text.split_once(", ") else {
        return false;
    };
    let words = place.split_whitespace().count();
    if words == 0
        || words > PLACE_WORDS
        || !place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    let day = |d: &str| {
        (1..=2).contains(&d.len())
            && d.bytes().all(|b| b.is_ascii_digit())
            && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
    };
    let starts = |w: Option<&str>, f: fn(char) -> bool| w.is_some_and(|w| w.starts_with(f));
    let mut prev = None;
    let mut it = rest.split_whitespace().take(DATE_WORDS).peekable();
    while let Some(w) = it.next() {
        let next = it.peek().copied();
        let date = if let Some(d) = w.strip_suffix('.') {
            // `3. März`, `March 3.`
            day(d) && (starts(next, char::is_alphabetic) || starts(prev, char::is_uppercase))
        } else if let Some(d) = w.strip_suffix(',') {
            // `March 3, 1914`
            day(d) && starts(prev, char::is_uppercase)
        } else {
            false
        };
        if date {
            return true;
        }
        prev = Some(w);
    }
    false
}

/// Words capitalised only where they open a sentence (articles, pronouns,
/// the commonest prepositions and conjunctions), in English, German,
/// French, Spanish, Italian and Dutch.
fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "It"
            | "Its"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "He"
            | "She"
            | "They"
            | "We"
            | "But"
            | "And"
            | "When"
            | "While"
            | "After"
            | "Der"
            | "Die"
            | "Das"
            | "Ein"
            | "Eine"
            | "Im"
            | "Am"
            | "Es"
            | "Er"
            | "Wir"
            | "Le"
            | "La"
            | "Les"
            | "Un"
            | "Une"
            | "Il"
            | "Elle"
            | "El"
            | "Los"
            | "Las"
            | "Lo"
            | "Het"
            | "De"
            | "Een"
    )
}

/// The line's first word is one of [`is_sentence_opener`]: a line that
/// starts with it starts a sentence.
fn opens_sentence(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first().is_none_or(|c| !c.is_ascii_uppercase()) {
        return false;
    }
    let end = b.iter().take(6).position(|&c| c == b' ').unwrap_or(b.len());
    end <= 5 && is_sentence_opener(&text[..end])
}

/// The labels of a photo's credit among the [`CREDIT_LABELS`]: a caption
/// may go on behind them (see [`is_credit_label`]).
const PHOTO_LABELS: [&str; 10] = [
    "Foto:",
    "Fotos:",
    "Photo:",
    "Photos:",
    "Photograph:",
    "Picture:",
    "Pictures:",
    "FOTO:",
    "PHOTO:",
    "Bild:",
];

/// The labels of a credit with a colon (see [`is_credit_label`]).
const CREDIT_LABELS: [&str; 32] = [
    "Foto:",
    "Fotos:",
    "Photo:",
    "Photos:",
    "Photograph:",
    "Picture:",
    "Pictures:",
    "FOTO:",
    "PHOTO:",
    "Bild:",
    // The credit of a chart, a map, a drawing, and its source.
    "Grafik:",
    "Infografik:",
    "Grafiek:",
    "Graphic:",
    "Gráfico:",
    "Karte:",
    "Kaart:",
    "Quelle:",
    "Source:",
    "Sources:",
    "Fonte:",
    "Fuente:",
    "Bron:",
    "Källa:",
    "数据来源：",
    "资料来源：",
    "資料來源：",
    "来源：",
    "來源：",
    "Illustration:",
    "Illustratie:",
    "Illustrazione:",
];

/// The labels of a credit without a colon (see [`is_credit_label`]).
const CREDIT_WORDS_LABELS: [&str; 9] = [
    "Foto ",
    "Fotos ",
    "Photo ",
    "Photos ",
    "FOTO ",
    "PHOTO ",
    "Fot. ",
    "Picture ",
    "Fotoğraf ",
];

/// Bytes of the longest of the [`CREDIT_LABELS`] with its colon, a space
/// before it counted (`Illustrazione\u{202f}：`).
const CREDIT_LABEL_BYTES: usize = 19;

/// Whether `text` opens with a byte that the starts [`is_credit_label`]
/// asks for open with (`数` and `来` open with E6, `資` and `资` with E8,
/// `來` with E4): most lines start otherwise.
fn may_open_credit(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'F' | b'P' | b'B' | b'G' | b'K' | b'Q' | b'I' | b'S' | 0xc2 | 0xe4 | 0xe6 | 0xe8)
    )
}

/// Whether the first [`CREDIT_LABEL_BYTES`] of `text` hold a colon (`:`,
/// or the byte 0x9a that ends `：`), as each of the [`CREDIT_LABELS`]
/// does: most lines have none there.
fn may_hold_label_colon(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(CREDIT_LABEL_BYTES)];
    head.iter().any(|&b| b == b':' || b == 0x9a)
}

/// A photo credit by its label: `Foto: dpa/Kay Nietfeld`, `Photo : AFP`,
/// or the credit of a chart, a map, a drawing (`Grafik: Deutscher
/// Wetterdienst`, `Quelle: Statistisches Landesamt`);
/// a name or agency of a few words, no sentence (`Photo: The new ferry at
/// the quay.` is a caption of its own). Without a colon (`Foto ANP /
/// Remko de Waal`) only before an agency in capitals or a `/`.
fn is_credit_label(text: &str) -> bool {
    /// Most words of a credit after its label.
    const CREDIT_WORDS: usize = 5;
    /// Most words of a photographer's name after a label without a colon.
    const NAME_WORDS: usize = 3;
    // A copyright's holder, in a few words in capitals (`© BELGA/THOMAS
    // MICHIELS`, `©Reuters`).
    if let Some(holder) = text.strip_prefix('©') {
        let mut words = holder.split_whitespace();
        return (1..=CREDIT_WORDS).contains(&words.clone().count())
            && !words.any(|w| w.starts_with(char::is_lowercase) && !is_name_word(w));
    }
    if !may_open_credit(text)
        || !(text.starts_with("Fo")
            || text.starts_with("Ph")
            || text.starts_with("PH")
            || text.starts_with("FO")
            || text.starts_with("Pi")
            || text.starts_with("Bild")
            || text.starts_with(['G', 'K', 'Q', 'I'])
            || text.starts_with("So")
            || text.starts_with("Br")
            || text.starts_with("Fu")
            || text.starts_with(['数', '資', '资', '來', '来']))
        || script::ends_sentence(text)
    {
        return false;
    }
    let words = |rest: &str| (1..=CREDIT_WORDS).contains(&rest.split_whitespace().count());
    // Words in lowercase, but a name's particles (`de`, `van`): a
    // photographer's name has none; an agency may be one (`dpa`).
    let lowercase = |words: &str| {
        words
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase) && !is_name_word(w))
            .count()
    };
    // A caption behind a photo's label goes on in lowercase (`Foto: Ein
    // Regionalexpress hält im`).
    if may_hold_label_colon(text)
        && PHOTO_LABELS
            .iter()
            .filter_map(|w| label_len(text, w))
            .any(|n| lowercase(&text[n..]) >= 2)
    {
        return false;
    }
    if may_hold_label_colon(text)
        && CREDIT_LABELS
            .iter()
            .filter_map(|w| label_len(text, w))
            .any(|n| words(&text[n..]))
    {
        return true;
    }
    // Without a colon the credit must look like one: an agency in
    // capitals (`Foto ANP / Remko de Waal`, `Photo AFP`), a name and
    // its agency (`Foto Jan de Vries/Hollandse Hoogte`), or a name of two
    // or three words (`Foto Marieke Kok`). (Each of these labels opens
    // with `F` or `P`: most lines that get here do not.)
    if !text.starts_with(['F', 'P']) {
        return false;
    }
    CREDIT_WORDS_LABELS
        .iter()
        .filter_map(|w| text.strip_prefix(w))
        .any(|rest| {
            let agency = rest.split_whitespace().next().is_some_and(|w| {
                w.chars().filter(char::is_ascii_alphabetic).nth(2).is_some()
                    && w.chars().all(|c| c.is_ascii_uppercase())
            });
            // A headline goes on in lowercase (`Photo ID law struck down`).
            let names = rest.split('/').next().unwrap_or(rest);
            let name = (2..=NAME_WORDS).contains(&rest.split_whitespace().count())
                && !rest.contains(|c: char| c.is_numeric() || c == ':');
            words(rest) && (agency || rest.contains('/') || name) && lowercase(names) == 0
        })
}

/// The last line of the Japanese-style caption that line `k` opens (see
/// [`View::credit_caption`]): the caption runs on in CJK lines without a
/// sentence's end for at most [`CREDITED_LINES`] lines, and ends before a
/// blank line, the end of the text or a deeper indent, or at a line
/// closing with the credit (`…佐藤健一撮影`). `None` where the lines do
/// not end so.
fn equals_caption_end(v: &[View], k: usize) -> Option<usize> {
    for x in k..(k + CREDITED_LINES).min(v.len()) {
        let l = &v[x];
        if x > k && (l.blank_before || !l.cjk || l.indent > v[k].indent) {
            return None;
        }
        if l.ends_sentence || l.inner_stop {
            return None;
        }
        let next = v.get(x + 1);
        if l.credit_end || next.is_none_or(|n| n.blank_before || n.indent > v[k].indent) {
            return Some(x);
        }
    }
    None
}

/// The line ends on a photo credit after a fullwidth `＝`: a date, a
/// place, `本人提供`, `共同` (a short line that ends no sentence), or
/// ends on the `＝` with the credit on the next line. A `＝` inside a
/// sentence (`１ドル＝１５０円`) is told apart by the blank lines a
/// caption stands between, which the caller checks.
fn equals_credit(text: &str) -> bool {
    const MAX_CHARS: usize = 48;
    let Some((before, credit)) = text.rsplit_once('＝') else {
        return false;
    };
    // (The credit may go on to the next line, after a `＝` ending this.)
    !before.is_empty()
        && !text.contains('。')
        && credit.chars().count() <= 20
        && text.chars().count() <= MAX_CHARS
}

/// Most characters of a CJK section's title after its number.
const CJK_TITLE_CHARS: usize = 16;

/// The byte length of the CJK section number the line opens with: `一、`,
/// `十二、`, `（一）`, `(三)`.
fn cjk_section_number(text: &str) -> Option<usize> {
    let numeral = |c: char| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    };
    let body = text.trim_start_matches(['（', '(']);
    let digits = body.chars().take_while(|&c| numeral(c)).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    // Numerals are three bytes each.
    let after = &body[digits * 3..];
    let close = if body.len() < text.len() {
        after.strip_prefix(['）', ')'])
    } else {
        after.strip_prefix('、')
    };
    close.map(|rest| text.len() - rest.len())
}

/// A line of one capital letter, no more: a drop cap as extractors give
/// it, on a line of its own (`T` / `HE COUNCIL voted`); the join stage
/// joins it to its word without a space.
pub(crate) fn is_drop_cap(text: &str) -> bool {
    script::only_char(text).is_some_and(|c| c.is_uppercase() && !script::is_cjk(c))
}

/// Longest line (in bytes) that [`running_head`] reads.
const RUNNING_HEAD_BYTES: usize = 200;

/// A running head or foot, as set at the top or bottom of a page: a page
/// number alone (`4`, `- 4 -`, `Page 4`, `第4版`), or fields set apart by
/// `|`, `•`, `·` or runs of spaces of which the first or the last is the
/// page number (`4 | THE DAILY BUGLE`, `THE DAILY BUGLE   Tuesday, March
/// 3, 1998   Page 4`). Only lines next to a page break (or the start or
/// end of the text) are asked.
fn running_head(text: &str) -> bool {
    let digits = text.bytes().any(|b| b.is_ascii_digit()) || text.contains(is_fullwidth_digit);
    if text.len() > RUNNING_HEAD_BYTES || !digits {
        return false;
    }
    let mut fields = text
        .split(['|', '│', '•', '·', '\t', '\u{3000}'])
        .flat_map(|f| f.split("  "))
        .map(str::trim)
        .filter(|f| !f.is_empty());
    let Some(first) = fields.next() else {
        return false;
    };
    let mut count = 1;
    let mut last = first;
    for f in fields {
        count += 1;
        last = f;
    }
    (count == 1 && page_number(first))
        || (count > 1 && count <= 6 && (page_number(first) || page_number(last)))
}

/// A jump line, where a story goes on or comes from another page:
/// `Continued on Page 5`, `From Page 1`, `See HARBOUR, Page A4`,
/// `Fortsetzung auf Seite 3`, `Suite en page 4`.
fn jump_line(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "Continued on ",
        "Continued from ",
        "CONTINUED ON ",
        "Continued on page ",
        "From Page ",
        "From page ",
        "See ",
        "Fortsetzung auf ",
        "Fortsetzung von ",
        "Suite en ",
        "Suite de la ",
        "Continúa en ",
        "Viene de ",
    ];
    text.len() <= RUNNING_HEAD_BYTES
        && text.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && OPENERS.iter().any(|o| text.starts_with(o))
        && text.rsplit_once([' ', ',']).is_some_and(|(head, _)| {
            [
                "Page", "page", "PAGE", "Seite", "page", "página", "pagina", "p.",
            ]
            .iter()
            .any(|w| head.trim_end().ends_with(w))
        })
}

/// A page number with its word (`Page 5`, `Seite 12`), which is page
/// furniture wherever it stands.
fn page_label(text: &str) -> bool {
    ["Page ", "PAGE ", "Seite ", "SEITE ", "Página "]
        .iter()
        .any(|p| text.starts_with(p))
        && page_number(text)
}

/// A page number as printed: `4`, `A4`, `- 4 -`, `— 4 —`, `Page 4`,
/// `Seite 4`, `S. 4`, `p. 4`, `第4版`, `第 4 頁`, `4頁`.
fn page_number(field: &str) -> bool {
    let f = field.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' '));
    let f = [
        "Page ", "PAGE ", "Seite ", "SEITE ", "S. ", "p. ", "P. ", "Pg. ", "Pg ", "Página ",
        "Pagina ",
    ]
    .iter()
    .find_map(|p| f.strip_prefix(p))
    .unwrap_or(f);
    let f = f.strip_prefix('第').unwrap_or(f).trim();
    let f = f
        .strip_suffix(['版', '頁', '页', '面'])
        .map_or(f, str::trim_end);
    // One capital before the number: a section's page (`A4`, `B12`).
    let digits = f
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .unwrap_or(f);
    (1..=4).contains(&digits.chars().count())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || is_fullwidth_digit(c))
}

/// A fullwidth digit (`０`–`９`), as CJK pages set page numbers and dates.
fn is_fullwidth_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// Widest line (in hundredths of a cell) under a byline that may be the
/// writer's role or place: see [`Views::byline_tail`].
const BYLINE_TAIL: u32 = 36 * 100;

/// Longest line (in bytes) that [`byline`] reads.
const BYLINE_BYTES: usize = 120;

/// Most bytes of the names before the role in `Jane Smith, Staff Reporter`.
const NAMES_BYTES: usize = 48;

/// Words that introduce a byline (`By Jane Smith`, `Von Hans Müller`).
fn is_by(w: &str) -> bool {
    matches!(
        w,
        "By" | "BY"
            | "Von"
            | "VON"
            | "Par"
            | "PAR"
            | "Por"
            | "POR"
            | "Door"
            | "DOOR"
            | "Di"
            | "Av"
            | "Af"
    )
}

/// Lowercase words a byline's names may hold: particles of names
/// (`van der Berg`), conjunctions between names, `in` before a place, and
/// the fillers of `By our Correspondent`, `Von unserem Korrespondenten`.
fn is_name_word(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "van"
            | "de"
            | "der"
            | "den"
            | "del"
            | "della"
            | "da"
            | "di"
            | "du"
            | "le"
            | "la"
            | "ten"
            | "ter"
            | "bin"
            | "al"
            | "and"
            | "und"
            | "et"
            | "y"
            | "e"
            | "&"
            | "in"
            | "aus"
            | "our"
            | "unserem"
            | "unserer"
            | "notre"
            | "a"
    )
}

/// CJK words that open a byline, longest first (`本報記者 李明`, `文／陳大文`).
const CJK_BY: &[&str] = &[
    "本報記者",
    "本报记者",
    "特派記者",
    "特派记者",
    "特約記者",
    "特约记者",
    "實習記者",
    "实习记者",
    "見習記者",
    "见习记者",
    "記者",
    "记者",
    "通訊員",
    "通讯员",
    "撰文",
    // A reader's letter's signature (`读者 刘建国`); the space tells it
    // from `读者来信`.
    "读者 ",
    "讀者 ",
    "读者\u{3000}",
    "讀者\u{3000}",
    "文／",
    "文/",
    "文：",
    "文:",
    "文｜",
];

/// The line is a byline, whole: `By Jane Smith`, `BY JANE SMITH AND JOHN
/// DOE`, `Von Hans Müller`, `By our Correspondent`, a name with a role
/// (`Jane Smith, Staff Reporter`, `Hans Müller, Korrespondent in Rom`), or
/// in CJK a reporter's title and name (`記者 陳大文`, `本報記者 李明 北京報道`,
/// `文／陳大文`). Names are capitalised words, initials and particles; the
/// role must hold a word of [`is_role`]. A sentence (`By Monday the
/// plan`, `記者會上，…`) is none.
#[inline(never)]
fn byline(text: &str) -> bool {
    if text.len() > BYLINE_BYTES {
        return false;
    }
    let first = text.as_bytes().first().copied().unwrap_or(0);
    if !first.is_ascii() {
        return match text.chars().next() {
            Some(
                '本' | '記' | '记' | '特' | '實' | '实' | '見' | '见' | '通' | '撰' | '文' | '读'
                | '讀' | '【' | '［' | '〔',
            ) => cjk_byline(text),
            Some(c) if c.is_uppercase() => {
                (names_then_comma(text.as_bytes()) && latin_byline(text)) || place_byline(text)
            }
            Some('\u{ac00}'..='\u{d7a3}') => korean_byline(text),
            // `（聞き手・田中誠）`: who asked the questions of an interview.
            Some('（') => interviewer(text),
            Some(c) if script::is_cjk(c) => reported_by(text) || desk_byline(text),
            _ => false,
        };
    }
    // `di Chiara Benedetti`, `par Julien Marchand`: Italian and French
    // bylines often open in lowercase.
    if let Some(names) = ["di ", "par ", "por "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
    {
        return latin_byline(&["By ", names].concat());
    }
    if !first.is_ascii_uppercase() {
        return false;
    }
    // The newsroom or an agency alone (`Redacción`, `Da Redação`).
    if is_desk(text) {
        return true;
    }
    // `Propos recueillis par Julien Marchand`: an interview's byline.
    if let Some(names) = text.strip_prefix("Propos recueillis par ") {
        return latin_byline(&["By ", names].concat());
    }
    // Cheap tests first: a byline starts with `By` (or the like), or names
    // two to five capitalised words before the comma of its role.
    ((is_by(text.split(' ').next().unwrap_or("")) || names_then_comma(text.as_bytes()))
        && latin_byline(text))
        || place_byline(text)
}

/// Most words of the place after a byline's names (`| Teruel`).
const PLACE_WORDS: usize = 3;

/// A byline with its place after a spaced `|` or `/`: `Por Lucía Moreno |
/// Teruel`, `By Jane Smith / Leeds`, and without the word before the names
/// (two to four of them) where the place is set in capitals (`Ayşe
/// Demirtaş / İSTANBUL`). The place is one to [`PLACE_WORDS`] capitalised
/// words.
fn place_byline(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(sep) = memchr::memchr2(b'|', b'/', b) else {
        return false;
    };
    if sep == 0 || b[sep - 1] != b' ' || b.get(sep + 1) != Some(&b' ') {
        return false;
    }
    let (names, place) = (&text[..sep - 1], &text[sep + 2..]);
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    let mut k = 0;
    if !place.split(' ').all(|w| {
        k += 1;
        capitalised(w)
    }) || k > PLACE_WORDS
    {
        return false;
    }
    if names.split(' ').next().is_some_and(is_by) {
        return latin_byline(names);
    }
    // A place in capitals after a slash (`/ İSTANBUL`), or any place
    // after a bar (`Javier Ortega | Villarreal`): a slash alone also sets
    // off a photo's agency.
    let in_capitals = (place.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !place.chars().any(char::is_lowercase))
        || b[sep] == b'|';
    let mut n = 0;
    in_capitals
        && names.split(' ').all(|w| {
            n += 1;
            capitalised(w) || is_name_word(w)
        })
        && (2..=4).contains(&n)
        && names.starts_with(char::is_uppercase)
        && names.rsplit(' ').next().is_some_and(capitalised)
}

/// An interview's credit in brackets: `（聞き手・田中誠）`, `（聞き手 田中誠）`.
fn interviewer(text: &str) -> bool {
    text.strip_prefix("（聞き手")
        .and_then(|t| t.strip_suffix('）'))
        .map(|name| name.trim_start_matches(['・', '：', ' ', '\u{3000}']))
        .is_some_and(|name| {
            (2..=8).contains(&name.chars().count()) && name.chars().all(script::is_cjk)
        })
}

/// A Korean byline: a name of two to four Hangul syllables and the
/// reporter's title (`김민수 기자`, `김민수·이지은 기자`, `김민수 특파원`),
/// optionally with an e-mail address or a `=` before the dateline.
fn korean_byline(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c == '=' || script::is_space(c));
    let Some((names, title)) = text.split_once(' ') else {
        return false;
    };
    let title = title.split(' ').next().unwrap_or("");
    let hangul = |w: &str| {
        (2..=4).contains(&w.chars().count())
            && w.chars().all(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
    };
    matches!(title, "기자" | "특파원" | "선임기자" | "기자단")
        && names.split(['·', ',']).all(hangul)
        && text.split(' ').count() <= 3
}

/// A newsroom or agency credited alone on a byline's line.
fn is_desk(text: &str) -> bool {
    matches!(
        text,
        "Redacción"
            | "Redação"
            | "Da Redação"
            | "Da redação"
            | "De la Redacción"
            | "Redazione"
            | "La Redazione"
            | "Redaktion"
            | "La Rédaction"
            | "Staff"
            | "Staff Reporter"
            | "Staff Reporters"
            | "Staff Writer"
            | "Staff Writers"
            | "Agencias"
            | "Agências"
            | "Agenzie"
            | "Agenturen"
            | "EFE"
            | "AFP"
            | "AP"
            | "Reuters"
            | "REUTERS"
            | "ANSA"
            | "Europa Press"
    )
}

/// `text` starts with two to five words, the last capitalised, then `, `
/// (`Jane Smith, `, `Jan van der Berg, `), within [`NAMES_BYTES`].
fn names_then_comma(text: &[u8]) -> bool {
    let Some(comma) = memchr::memchr(b',', &text[..text.len().min(NAMES_BYTES)]) else {
        return false;
    };
    if text.get(comma + 1) != Some(&b' ') {
        return false;
    }
    let names = &text[..comma];
    let spaces = memchr::memchr_iter(b' ', names).count();
    (1..=4).contains(&spaces)
        && names
            .rsplit(|&b| b == b' ')
            .next()
            .and_then(|w| w.first())
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
}

fn latin_byline(text: &str) -> bool {
    let (names, role) = match text.split_once(", ") {
        Some((n, r)) => (n, Some(r)),
        None => (text, None),
    };
    let mut words = names.split_whitespace();
    let by = words.next().is_some_and(is_by);
    let words = if by { words } else { names.split_whitespace() };
    // Names: capitalised words (`Müller`, `O'Neill`, `Smith-Jones`),
    // initials (`J.`), and the lowercase words of names.
    let (mut n, mut capitals, mut last_cap) = (0, 0, false);
    for w in words {
        n += 1;
        // `Von der Regierung`, `By de facto`: a sentence, not a name.
        if by
            && n == 1
            && w.starts_with(char::is_lowercase)
            && !matches!(w, "our" | "unserem" | "unserer" | "notre" | "a")
        {
            return false;
        }
        let cap = w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            && (!w.ends_with('.') || w.chars().count() == 2);
        if cap {
            capitals += 1;
        } else if !(is_name_word(w) || (by && is_role(w))) {
            return false;
        }
        last_cap = cap || (by && is_role(w));
    }
    if n == 0 || n > 7 || capitals == 0 || !last_cap {
        return false;
    }
    match role {
        // `By Jane Smith`: the word before is the evidence.
        None => by,
        // `Jane Smith, Staff Reporter`, `By Jane Smith, Reuters`.
        Some(role) => {
            (by || capitals >= 2)
                && role.split(", ").all(|part| {
                    let mut k = 0;
                    let mut ok_end = false;
                    for w in part.split_whitespace() {
                        k += 1;
                        let r = is_role(w);
                        let cap = w.starts_with(char::is_uppercase)
                            && w.chars().all(|c| c.is_alphabetic() || c == '-');
                        let link = matches!(
                            w,
                            "of" | "for"
                                | "in"
                                | "at"
                                | "für"
                                | "from"
                                | "aus"
                                | "de"
                                | "da"
                                | "do"
                                | "em"
                        );
                        if !(r || cap || link) {
                            return false;
                        }
                        ok_end = r || cap;
                    }
                    (1..=5).contains(&k) && ok_end
                })
                && (by || role.split_whitespace().any(is_role) || from_place(role))
        }
    }
}

/// A word that names a journalist's role or agency, in any case (the
/// evidence that `Jane Smith, Staff Reporter` is a byline).
fn is_role(w: &str) -> bool {
    const LONGEST: usize = 16;
    if w.len() > LONGEST {
        return false;
    }
    if !w.is_ascii() {
        return matches!(w, "envoyé" | "envoyée" | "Envoyé" | "Envoyée");
    }
    let mut buf = [0u8; LONGEST];
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[..w.len()].make_ascii_lowercase();
    matches!(
        &buf[..w.len()],
        b"reporter"
            | b"reporters"
            | b"correspondent"
            | b"correspondents"
            | b"correspondente"
            | b"editor"
            | b"writer"
            | b"columnist"
            | b"staff"
            | b"photographer"
            | b"critic"
            | b"contributor"
            | b"journalist"
            | b"journaliste"
            | b"reuters"
            | b"ap"
            | b"afp"
            | b"dpa"
            | b"bureau"
            | b"redakteur"
            | b"redakteurin"
            | b"korrespondent"
            | b"korrespondentin"
            | b"korrespondenten"
            | b"redaktion"
            | b"mitarbeiter"
            | b"corresponsal"
            | b"redactor"
            | b"redactora"
    )
}

fn cjk_byline(text: &str) -> bool {
    /// Most characters after the title: names, a place and `報道`.
    const REST: usize = 24;
    // `記者　何嘉欣　攝`: who took the photo, not who wrote the text.
    if text.ends_with(['攝', '摄']) {
        return false;
    }
    /// Most characters of one part: a name, or a place with `報道`.
    const NAME_PART: usize = 6;
    // `【本報訊】記者 李嘉欣`: a short bracketed tag before the byline.
    if let Some((tag, rest)) = text
        .strip_prefix(['【', '［', '〔'])
        .and_then(|t| t.split_once(['】', '］', '〕']))
    {
        if !rest.is_empty() && tag.chars().count() <= 4 {
            return cjk_byline(rest.trim_start_matches(script::is_space));
        }
    }
    // `【記者陳建宏／台南報導】` alone on its line.
    let text = match text.strip_prefix(['【', '［', '〔']) {
        Some(t) => match t.strip_suffix(['】', '］', '〕']) {
            Some(t) => t,
            None => return false,
        },
        None => text,
    };
    let Some(by) = CJK_BY.iter().find(|b| text.starts_with(*b)) else {
        return false;
    };
    let rest = text[by.len()..].trim_start_matches(|c: char| {
        script::is_space(c) || matches!(c, '／' | '/' | '：' | ':' | '｜')
    });
    // A role in brackets after the name (`文：陳國強（測量師）`).
    let rest = match rest.strip_suffix('）').and_then(|r| r.rsplit_once('（')) {
        Some((name, role)) if role.chars().count() <= NAME_PART => name,
        _ => rest,
    };
    // `記者會`, `記者們`: words, not a reporter's name.
    if rest.starts_with([
        '會', '会', '們', '们', '證', '证', '節', '节', '站', '席', '團', '团', '室', '群', '招',
    ]) {
        return false;
    }
    // Names, a place and `報道`, each a short part between spaces or
    // separators (`李明 北京報道`, `陳建宏／台南報導`): a body line that
    // happens to open with `記者` (`記者昨日走訪了市區多間商店`) runs on.
    let (mut parts, mut part, mut count) = (0, 0, 0);
    for c in rest.chars().chain([' ']) {
        count += 1;
        if script::is_space(c) || matches!(c, '、' | '／' | '/' | '·' | '‧' | '・') {
            if part > 0 {
                parts += 1;
            }
            part = 0;
            continue;
        }
        let name = script::is_cjk(c) && !script::is_clause_mark(c) && !script::is_sentence_end(c);
        part += 1;
        if count > REST || !name || part > NAME_PART {
            return false;
        }
    }
    (1..=4).contains(&parts)
}

/// A CJK name and `報道` (reported by) alone, set apart by a space
/// (`陈莉莉 报道`); not a sentence that ends so (`据新华社报道`).
fn reported_by(text: &str) -> bool {
    /// Most characters of the name.
    const NAME: usize = 6;
    let Some(name) = ["報道", "报道", "報導", "报导"]
        .iter()
        .find_map(|r| text.strip_suffix(r))
    else {
        return false;
    };
    let Some(name) = name.strip_suffix(script::is_space) else {
        return false;
    };
    let letter =
        |c: char| script::is_cjk(c) && !script::is_clause_mark(c) && !script::is_sentence_end(c);
    // Kinds of report, not names (`专题 报道`, `深度 报道`).
    let kind = [
        "专题", "專題", "深度", "特别", "特別", "连续", "連續", "独家", "獨家", "综合", "綜合",
        "新闻", "新聞", "现场", "現場", "图片", "圖片",
    ];
    (2..=NAME).contains(&name.chars().count()) && name.chars().all(letter) && !kind.contains(&name)
}

/// The writer's place after the names (`Ana Clara Sousa, de Teresina`,
/// `Jan Kowalski, aus Berlin`): a preposition of place and at most three
/// capitalised words.
fn from_place(role: &str) -> bool {
    let Some((prep, place)) = role.split_once(' ') else {
        return false;
    };
    matches!(prep, "from" | "aus" | "de" | "da" | "do" | "em" | "in")
        && (1..=3).contains(&place.split_whitespace().count())
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// Most bytes of a line that is a name alone.
const NAME_LINE_BYTES: usize = 48;

/// `text` is a person's name alone: two to four words, each capitalised
/// but for a name's particles (`de`, `van`), of letters, hyphens and
/// apostrophes.
fn name_line(text: &str) -> bool {
    if text.len() > NAME_LINE_BYTES {
        return false;
    }
    let mut n = 0;
    for w in text.split(' ') {
        n += 1;
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if n > 4 || !letters || !(w.starts_with(char::is_uppercase) || is_name_word(w)) {
            return false;
        }
    }
    n >= 2
}

/// A newsroom's desks that sign a story (`社会部 田中花子`).
const NEWS_DESKS: [&str; 16] = [
    "社会部",
    "社會部",
    "政治部",
    "経済部",
    "經濟部",
    "经济部",
    "運動部",
    "运动部",
    "文化部",
    "写真部",
    "報道部",
    "报道部",
    "外信部",
    "国際部",
    "地方部",
    "科学部",
];

/// A newsroom's desk and a name (`北陸支局　中村健一`, `社会部 田中花子`),
/// set apart by a space: a desk ending in `支局`, `総局`, `支社`, `本社` or
/// `部`, and a name of a few letters.
fn desk_byline(text: &str) -> bool {
    /// Most characters of the desk and of the name.
    const PART: usize = 6;
    // (Two parts of wide characters and a space between, the desk ending
    // in one of a few letters: most lines are longer, or have none.)
    let b = text.as_bytes();
    if b.len() > 2 * PART * 3 + 3
        || !(memchr::memchr(b' ', b).is_some()
            || memchr::memchr_iter(0xe3, b).any(|j| b.get(j + 1..j + 3) == Some(&[0x80, 0x80])))
    {
        return false;
    }
    let Some((desk, name)) = text.split_once(script::is_space) else {
        return false;
    };
    let name = name.trim_start_matches(script::is_space);
    let letter = |c: char| {
        script::is_cjk(c)
            && !script::is_clause_mark(c)
            && !script::is_sentence_end(c)
            && !script::is_space(c)
    };
    let part = |p: &str| (2..=PART).contains(&p.chars().count()) && p.chars().all(letter);
    // (A newsroom's desk in `部`, not a ministry or a club: `外交部 回应…`,
    // `足球俱乐部　成立…` open headlines.)
    let desk_end = ["支局", "総局", "总局", "支社", "本社"]
        .iter()
        .any(|e| desk.ends_with(e))
        || NEWS_DESKS.iter().any(|d| desk.ends_with(d));
    desk_end && part(desk) && part(name)
}

/// A Latin line that ends a sentence with a period: the style of a heading
/// in papers that end every heading line with one.
fn period_heading(l: &View) -> bool {
    !l.cjk && l.ends_sentence && l.last == '.'
}

/// Byte length of `label` at the start of `t`, also where a space or a
/// no-break space stands before its colon (`Photo :`, French `Photo\u{a0}:`).
fn label_len(t: &str, label: &str) -> Option<usize> {
    if label.as_bytes().first()? != t.as_bytes().first()? {
        return None;
    }
    if t.starts_with(label) {
        return Some(label.len());
    }
    let word = label.strip_suffix([':', '：'])?;
    let rest = t.strip_prefix(word)?;
    let rest = rest.strip_prefix([' ', '\u{a0}', '\u{202f}'])?;
    let rest = rest.strip_prefix([':', '：'])?;
    Some(t.len() - rest.len())
}

/// Byte length of the caption marker `text` starts with (and the white
/// space after it), if any. A run of markers counts as one (`●●` is a
/// bullet printed twice), so that the caption text never starts with one.
pub fn caption_marker(text: &str, options: &Options) -> Option<usize> {
    // Most lines start with a character no built-in marker starts with.
    if options.caption_markers.is_empty() && !may_open_marker(text) {
        return None;
    }
    caption_marker_plain(text, options)
}

/// Whether `text` starts as a built-in marker may start: a lead byte from
/// [`MARKER_START`], then the first two bytes of an ASCII label
/// ([`ASCII_LABEL_STARTS`]), or past ASCII one of [`MARKER_CHARS`] or
/// [`LABEL_STARTS`] (ideographs share lead bytes).
fn may_open_marker(text: &str) -> bool {
    let Some(&b) = text.as_bytes().first() else {
        return false;
    };
    MARKER_START[usize::from(b)]
        && if b < 0x80 {
            text.as_bytes()
                .get(..2)
                .is_some_and(|two| ASCII_LABEL_STARTS.iter().any(|s| s == two))
        } else {
            text.chars()
                .next()
                .is_some_and(|c| MARKER_CHARS.contains(&c) || LABEL_STARTS.contains(&c))
        }
}

/// [`caption_marker`] without the first-character filter.
fn caption_marker_plain(text: &str, options: &Options) -> Option<usize> {
    let one = |t: &str| -> Option<usize> {
        if let Some(c) = t.chars().next().filter(|c| MARKER_CHARS.contains(c)) {
            return Some(c.len_utf8());
        }
        MARKER_LABELS
            .iter()
            .copied()
            .chain(options.caption_markers.iter().map(String::as_str))
            .find_map(|m| label_len(t, m))
    };
    let mut len = one(text)?;
    loop {
        len += text[len..].len() - text[len..].trim_start_matches(script::is_space).len();
        match one(&text[len..]) {
            Some(more) if more > 0 => len += more,
            _ => break,
        }
    }
    // A marker alone is not a caption.
    (len < text.len()).then_some(len)
}

/// A CJK photo credit alone on its line, in brackets or not: `記者　何嘉欣
/// 攝`, `（記者林雅婷攝）`, `（資料圖片）`, `（新華社圖片）`, `（撮影・佐藤一郎）`.
fn photo_credit(text: &str) -> bool {
    let inner = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
        .unwrap_or(text);
    let taken = inner.ends_with(['攝', '摄']);
    // A picture, one provided, one sent by an agency (`（新华社发）`), one
    // taken.
    let bracketed = inner.len() < text.len()
        && ([
            "圖片", "图片", "提供", "供图", "供圖", "社发", "社發", "撮影",
        ]
        .iter()
        .any(|e| inner.ends_with(e))
            || inner.starts_with("撮影"));
    (taken || bracketed) && inner.chars().count() <= PHOTO_CREDIT_CHARS
}

/// A Latin line that may be a headline over a byline, though it holds a
/// comma or a colon: capitalised, no marker, no sentence's end, no final
/// hyphen, comma or colon.
fn byline_headline(l: &View) -> bool {
    !l.cjk
        && l.marker == 0
        && !l.byline
        && !l.ends_sentence
        && !l.ends_hyphen
        && !l.url_runs_on
        && !matches!(l.last, ',' | ';' | ':')
        && (l.first.is_uppercase() || l.first.is_numeric())
}

/// A CJK line that may be a headline though it holds a comma between its
/// phrases: no marker, no sentence's end inside or at its end, no comma
/// at its end.
fn comma_headline(l: &View) -> bool {
    l.marker == 0 && !l.ends_sentence && !l.inner_stop && !script::is_clause_mark(l.last)
}

/// The text of a CJK line behind a marker may be a subhead's
/// (`■審批流程大幅提速`, `◆家賃補助が後押し`): a phrase without clause or
/// sentence punctuation and without a photo credit (`攝`, `提供`, `撮影`,
/// `＝`), which a caption holds.
fn subhead_text(v: &View, text: &str) -> bool {
    let plain = !v.clause && !v.ends_sentence && !v.inner_stop && !v.ends_hyphen;
    if !v.cjk {
        // A Latin brief's title (`■ Road works on Mill Lane`): a few
        // capitalised words.
        let title = text.trim_start_matches(MARKER_CHARS).trim_start();
        return plain
            && title.starts_with(char::is_uppercase)
            && title.split_whitespace().count() <= LATIN_SUBHEAD_WORDS;
    }
    plain && !v.photo_credit && text.chars().count() <= SUBHEAD_CHARS + 2 && !credit_text(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::LineIndices;
    use crate::script::layout_gap;

    /// The blocks of `s` as (kind, first line number, last line number),
    /// without the repair stage.
    pub(super) fn blocks(s: &str) -> Vec<(BlockKind, usize, usize)> {
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
    fn a_headline_stack_stands_apart_from_the_lede() {
        let s = "Council Votes to Close Depot in 2025\nEleven routes to be redrawn\nBy Jane Holloway\n\n\
                 LONDON, March 3 — The council voted late on\nTuesday to close the depot, ending a long\n\
                 dispute over the site.\n";
        let b = blocks(s);
        assert_eq!(
            b[..3].iter().map(|x| x.0).collect::<Vec<_>>(),
            [BlockKind::Heading, BlockKind::Heading, BlockKind::Paragraph]
        );
        assert_eq!(b[3], (BlockKind::Paragraph, 5, 7));
    }

    #[test]
    fn finds_bylines() {
        for s in [
            "By Jane Smith",
            "BY JANE SMITH AND JOHN DOE",
            "Von Hans Müller",
            "By our Correspondent",
            "By Jane Smith, Reuters",
            "Jane Smith, Staff Reporter",
            "Hans Müller, Korrespondent in Rom",
            "By J. R. van der Berg",
            "記者 陳大文",
            "本報記者 李明",
            "本报记者 李明 北京报道",
            "文／陳大文",
            "【記者陳建宏／台南報導】",
            "【本報訊】記者　李嘉欣",
            "陈莉莉 报道",
            "Ana Clara Sousa, de Teresina",
            "北陸支局　中村健一",
            "社会部 田中花子",
            "Da Redação",
            "Redacción",
            "Propos recueillis par Julien Marchand",
        ] {
            assert!(byline(s), "{s}");
        }
        for s in [
            "By Monday the plan had",
            "By the Numbers",
            "Von der Regierung",
            "Jane Smith, the mayor",
            "Kevin Dawes, 41, of Marsh Lane",
            "Paris, London",
            "記者會上，部長表示",
            "記者們",
            "据新华社报道",
            "全部 三十人",
            "外交部 回应美方指控",
            "足球俱乐部　成立三十周年",
            "专题 报道",
            "【記者陳建宏／台南報導】興建於1925年的新",
            "記者昨日走訪了市區多間商店發現",
            "本报讯　闲置近十年的城东纺织厂旧厂",
            "【本報訊】港鐵東涌西延線昨日正式通車",
            "By",
            "Propos recueillis par le maire",
        ] {
            assert!(!byline(s), "{s}");
        }
    }

    #[test]
    fn finds_bylines_with_their_place() {
        for s in [
            "Por Lucía Moreno | Teruel",
            "By Jane Smith / Leeds",
            "Von Hans Müller | Bad Tölz",
            "Jan van der Berg / AMSTERDAM",
            "Łukasz Nowak / WARSZAWA",
        ] {
            assert!(byline(s), "{s}");
        }
        for s in [
            "Rome / Milan",
            "Brexit / EU",
            "By Monday | Tuesday evening at the town hall",
            "Lucía Moreno / Teruel",
            "Price rises / Wages fall",
            "Jane Smith / leeds",
        ] {
            assert!(!byline(s), "{s}");
        }
        // Under a headline, over the text: a paragraph of its own.
        let s = "Water Runs Dry in the Village\n\nPor Lucía Moreno | Teruel\n\n\
                 Los vecinos llevan tres semanas sin agua en\nla plaza mayor del pueblo.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 5, 6)
            ]
        );
    }

    #[test]
    fn a_spanish_question_is_read_from_its_first_letter() {
        let m = measure("¿Quién pagará la", 0);
        assert_eq!(m.first, 'Q');
        // A question set apart as a subhead is a heading, as it is without
        // its opening `¿`.
        for q in ["¿Qué pasará en verano?", "Qué pasará en verano?"] {
            let s = format!(
                "Los vecinos esperan la obra desde\nhace años en la plaza mayor.\n\n{q}\n\n\
                 Con el calor el consumo se duplica en\ntodo el pueblo y en la comarca.\n"
            );
            assert_eq!(blocks(&s)[1], (BlockKind::Heading, 4, 4), "{q}");
        }
        // At the top of a page, on two lines.
        let s =
            "¿Quién pagará la\nnueva depuradora?\n\nEl ayuntamiento aprobó ayer el proyecto de\n\
                 la nueva depuradora, que costará seis millones.\n";
        assert_eq!(blocks(s)[0], (BlockKind::Heading, 1, 2));
        // Lowercase after `¿` goes on from the line before.
        let s =
            "Los vecinos se preguntan, con razón,\n¿quién pagará la nueva depuradora del pueblo?\n";
        assert_eq!(blocks(s).len(), 1);
    }

    #[test]
    fn a_line_with_a_comma_over_a_byline_at_the_top_is_a_headline() {
        let s = "Bridge closed, town cut in two\nBy Mark Fern\nThe sudden closure of the bridge has cut\n\
                 the town in two for the second time.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 2),
                (BlockKind::Paragraph, 3, 4)
            ]
        );
        // Lower on the page, a paragraph's last line over a byline is text.
        let s = "The works end in May.\nThe bridge closed, and the town\nBy Mark Fern\n";
        assert_eq!(blocks(s)[0].0, BlockKind::Paragraph);
    }

    #[test]
    fn a_byline_is_a_paragraph_of_its_own() {
        let s = "Harbour Plan Wins Approval\nBy Jane Smith\nThe harbour board approved plans on Thursday\n\
                 for a new marina with berths for 120 yachts.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 2),
                (BlockKind::Paragraph, 3, 4)
            ]
        );
        let s = "老街書市重開\n記者 陳大文\n停業近三年的臨溪鎮舊書市集，昨日在老街騎樓下重新\n開張，數十個攤位從清晨起便擠滿了前來尋書的居民。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 2),
                (BlockKind::Paragraph, 3, 4)
            ]
        );
    }

    #[test]
    fn finds_jump_lines() {
        for s in [
            "Continued on Page 5",
            "From Page 1",
            "See HARBOUR, Page 4",
            "Fortsetzung auf Seite 3",
        ] {
            assert!(jump_line(s), "{s}");
        }
        assert!(page_label("Page 5") && page_label("Seite 12"));
        assert!(!page_label("Page 3 Scandal Rocks Town") && !page_label("5"));
        for s in [
            "See you on page 5 of the report we published 2",
            "From 1 to 5",
            "Continued on",
        ] {
            assert!(!jump_line(s), "{s}");
        }
    }

    #[test]
    fn finds_running_heads_and_page_numbers() {
        assert!(running_head(
            "THE DAILY BUGLE   Tuesday, March 3, 1998   Page 4"
        ));
        assert!(running_head("4 | THE DAILY BUGLE"));
        assert!(running_head("THE DAILY BUGLE | A12"));
        assert!(running_head("- 5 -"));
        assert!(running_head("第4版"));
        assert!(running_head("１０　地域　２０２４年５月１２日（日曜日）"));
        assert!(!running_head("1998 was a good year for the port"));
        assert!(!running_head("Page 3 Scandal Rocks Town"));
        assert!(!running_head("THE DAILY BUGLE"));
        assert!(!running_head("12345"));
    }

    #[test]
    fn a_running_head_after_a_page_break_is_kept_out_of_the_paragraph() {
        let s = "The new ferry will make four return trips a day\nthrough the summer and two in winter, and the\n\
                 \u{c}THE DAILY BUGLE   Tuesday, March 3, 1998   Page 4\ncouncil says it will review the timetable once\n\
                 it has a season of ticket data.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 5)
            ]
        );
        // A running foot before the page break.
        let s = "The new ferry will make four return trips a day\nthrough the summer and two in winter, and the\n\
                 4 | THE DAILY BUGLE\n\u{c}council says it will review the timetable.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4)
            ]
        );
    }

    #[test]
    fn a_headline_stack_without_blank_lines_stands_apart_from_the_lede() {
        let s = "Council Votes to Close Bus Depot\nEleven routes will be redrawn by the autumn\n\
                 The council voted late on Tuesday to close the\nbus depot on Mill Road, ending a dispute over\n\
                 the site that has run for more than ten years.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 3, 5)
            ]
        );
        // The lede's first line goes on in lowercase: no deck.
        let s = "Council Votes to Close Bus Depot\nThe council voted late on Tuesday to close the\n\
                 bus depot on Mill Road, ending a dispute over\nthe site that has run for more than ten years.\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 2, 4)]
        );
        assert!(opens_sentence("The council"));
        assert!(opens_sentence("Die Kosten"));
        assert!(!opens_sentence("Theatre goers"));
        assert!(!opens_sentence("Mill Road"));
    }

    #[test]
    fn finds_figures_and_gutters() {
        for w in [
            "412", "+0.0031", "1,088", "-14", "--", "3.5%", "£120", "1-P", "(3)",
        ] {
            assert!(figure(w), "{w}");
        }
        for w in ["Chg", "Eng.", "1990s-style", "2021,", "12;", "Alston"] {
            assert!(!figure(w), "{w}");
        }
        assert_eq!(last_word("Alder Foods   412    +3"), "+3");
        // Two gutters of two columns or more; a single blank column is none.
        assert_eq!(gutters(0b0110_0111_0010), 2);
        assert!(gaps_in_gutters(0b1110_0000, 0b0110_0000));
        assert!(!gaps_in_gutters(0b0110_0110, 0b0000_0110));
        assert!(!layout_gap(b"Alder Foods 412 and Brightwater Eng."));
        assert!(layout_gap(b"Alder Foods 412 and  Brightwater Eng."));
        assert!(layout_gap(b"Alder Foods  412"));
        assert!(layout_gap(b"12345678  "));
        assert!(layout_gap(b"1234567  8"));
        assert!(layout_gap(b"Eng.\t3"));
        assert!(!layout_gap(b"a b c d e f g h i j k l m n o p"));
        let (gaps, short) = layout_gaps("Alder Foods  412", 2);
        assert_eq!(gaps, 1 << 7 | 1 << 13 | 1 << 14);
        assert!(short);
        // A tab runs to the next multiple of eight.
        assert_eq!(layout_gaps("ab\tc", 0).0, 0b1111_1100);
        assert!(!layout_gaps("one two three four  five", 0).1);
    }

    #[test]
    fn rows_of_a_table_set_in_columns_are_blocks_of_their_own() {
        let s = "Shares rose for a third day on Wednesday as\ntraders bet on lower borrowing costs.\n\
                 HARBOUR EXCHANGE\nCompany          Close    Chg\nQuayside Foods     318     +4\n\
                 Northgate Steel  2,046    -22\nPellow & Sons       71     --\n\
                 Dealers said volumes were thin, with many\ndesks short-staffed before the holiday.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 6),
                (BlockKind::Paragraph, 7, 7),
                (BlockKind::Paragraph, 8, 9)
            ]
        );
        // Tabs and a listing without figures.
        let s = "Mon\tChoir\tVillage hall\nTue\tYoga\tSchool gym\nWed\tBingo\tLegion club\n";
        assert_eq!(blocks(s).len(), 3);
    }

    #[test]
    fn a_run_printed_twice_across_lines_stays_one_paragraph() {
        // The copy is cut from every line it touches: the lines keep one
        // type, and no line cut short stands alone as a headline.
        let s = "前海深港合作再提速前海深港合作再提速\n\n前海作為大灣區的引擎\n之一，在推動內地與香\n\
                 港服務業合作方面，已\n累積不少經驗。\n\n深圳市副市長昨日在論\n壇上表示深圳市副市長\n\
                 昨日在論壇上表示，，\n前海將推出更多便利港\n人執業的措施。\n";
        let lines: Vec<Line> = LineIndices::new(s).collect();
        let options = Options::new();
        let deleted = crate::repair::find_repairs(s, &lines, &options);
        let got: Vec<_> = segment(s, &lines, &deleted, &options)
            .into_iter()
            .map(|g| (g.kind, g.lines.start, g.lines.end))
            .collect();
        assert_eq!(
            got,
            [
                (BlockKind::Heading, 0, 1),
                (BlockKind::Paragraph, 2, 6),
                (BlockKind::Paragraph, 7, 12)
            ]
        );
    }

    #[test]
    fn a_cjk_semicolon_before_a_blank_line_goes_on() {
        let s = "分析員指出，大市短期阻力位於二萬點，若能\n企穩，有望進一步上試二萬零五百點；\n\n\
                 不過亦有基金經理提醒投資者，內地經濟數\n據仍然反覆，宜步步為營。\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 5)]);
    }

    #[test]
    fn a_subhead_printed_twice_across_a_break_keeps_its_first_line_whole() {
        let s = "全日成交額增至一千二百三十億元。\n\n科技股表現突出科\n技股表現突出，，科技指數升百分\n\
                 之二點四。分析員指出，大市短期\n阻力位於二萬點，若能企穩。\n";
        let lines: Vec<Line> = LineIndices::new(s).collect();
        let options = Options::new();
        let deleted = crate::repair::find_repairs(s, &lines, &options);
        let kinds: Vec<_> = segment(s, &lines, &deleted, &options)
            .into_iter()
            .map(|g| g.kind)
            .collect();
        assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Paragraph]);
    }

    #[test]
    fn cjk_tables_padded_with_ideographic_spaces_are_rows() {
        let s = "學堂首季課程\n課程　　　　　堂數　　學費\n手機入門　　　　８　　免費\n\
                 網上購物　　　　６　　１００元\n健康飲食　　　　６　　１００元\n";
        let b = blocks(s);
        assert_eq!(b.len(), 5, "{b:?}");
        assert_eq!(b[1], (BlockKind::Paragraph, 2, 2));
        // One ideographic space between words is no cell: prose.
        let prose = "市民今日　踴躍參與活動\n場面熱鬧　氣氛融洽非常\n主辦單位　表示十分滿意\n";
        assert_eq!(blocks(prose).len(), 1);
    }

    #[test]
    fn rows_without_gaps_are_blocks_when_three_end_in_figures() {
        let s = "RESULTS\nCounty Alliance, Premier Division\nOrford 0 Marsh End 0\nKelby Town 3 Ashwell 1\n\
                 Holme Park 1 Frinby United 4\nAttendance: 290 (Orford)\n\nMarsh End travel to Kelby\n\
                 Town next Saturday.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 6),
                (BlockKind::Paragraph, 8, 9)
            ]
        );
        // Two such lines are not enough; a line going on in lowercase, or
        // ending a sentence, is prose.
        let s = "The club was founded in 1921 and moved to Mill\nLane in 1948, where it played until 2003\n\
                 Its new ground holds 4,000\nand cost 2 million.\n";
        assert_eq!(blocks(s).len(), 1);
    }

    #[test]
    fn stacked_label_lines_of_a_fact_box_are_rows() {
        let s = "The pool reopens after a year of repairs.\n\nAt a glance\n\nOpening hours: 6 am to 9 pm\n\
                 Entry: free for residents\nLanes: eight\n\nThe council paid for the work.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 6),
                (BlockKind::Paragraph, 7, 7),
                (BlockKind::Paragraph, 9, 9)
            ]
        );
        // French sets a space before the colon.
        let s = "Le marché ouvre samedi.\n\nHoraires : de 7 h à 13 h\nPrix : entrée libre\n\
                 Accès : par la rue Haute\n";
        assert_eq!(blocks(s).len(), 4);
        // Labels with a number and places joined by a dash.
        let s = "Die Ausschreibung ist abgeschlossen.\nPünktlichkeit im Oktober\n\
                 RE 7 Karlsruhe–Basel: 81,2 Prozent\nRB 26 Offenburg–Freiburg: 88,5 Prozent\n\
                 S 1 Karlsruhe–Bühl: 79,0 Prozent\n";
        assert_eq!(
            blocks(s)[1..],
            [
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5)
            ]
        );
    }

    #[test]
    fn prose_with_colons_is_no_fact_box() {
        // Two label lines are not enough.
        let s = "Opening hours: 6 am to 9 pm\nEntry: free for residents and\nvisitors alike.\n";
        assert_eq!(blocks(s).len(), 1);
        // Labels of more than three words, or with figures, are prose.
        let s = "The mayor said at the meeting: it is\nIn the end she added: the pool\n\
                 Works 2024: the repairs were\nfinished on time and on budget.\n";
        assert_eq!(blocks(s).len(), 1);
        // A line going on into the next (a comma, a hyphen) is no row.
        let s = "Opening hours: six in the morning to\nEntry: free for residents, for\n\
                 Lanes: eight, the council said, since re-\npairs finished.\n";
        assert_eq!(blocks(s).len(), 1);
        // Nor is the last line of a box whose value wraps.
        let s = "Opening hours: 6 am to 9 pm\nEntry: free for residents\nLanes: eight\n\
                 Parking: at the station and\nin the market square.\n";
        assert_eq!(blocks(s)[3..], [(BlockKind::Paragraph, 4, 5)]);
    }

    #[test]
    fn justified_prose_with_gaps_and_figures_stays_one_paragraph() {
        let s = "The   new footbridge over  the  Leam will  open\n14 May,   two  years later   than  planned, 40\n\
                 the   council  agreed  to pay a further   2,000\nto finish the work. The original budget of 1.1\n\
                 million pounds was set in 2019.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 5)]);
        // Two columns of prose side by side share one gutter: no table.
        let s = "Mill Road will close to traffic    Free school lunches will be\n\
                 from Monday while engineers        offered through the summer\n\
                 replace the bearings on the        holidays for the first time\n\
                 canal bridge, the council said.    the committee agreed.\n";
        assert!(blocks(s).len() <= 2);
    }

    #[test]
    fn a_word_split_before_a_blank_line_runs_on() {
        // Blank lines around every line below the split: blocks one to a
        // line, but the split word goes on over its blank line.
        let s = "The volunteers will help with the food de-\n\nliveries.\n\n\
                 What happens in summer?\n\nWith the heat, the demand doubles.\n";
        assert_eq!(blocks(s)[0], (BlockKind::Paragraph, 1, 3));
    }

    #[test]
    fn a_list_item_an_attribution_or_a_deck_ends_at_a_blank_line() {
        let s = "In figures\n\n• 40 new trams\n• 600 seats in all\n• 220 seats in each car\n\n\
                 The old cars will go to the transport\nmuseum or be sold to other cities.\n";
        assert_eq!(
            blocks(s)[3..],
            [(BlockKind::Paragraph, 5, 5), (BlockKind::Paragraph, 7, 8)]
        );
        let s = "The station has served the bay for a\ncentury and more, the trustees said.\n\n\
                 “We will not let the station go”\n— Margaret Hale, volunteer\n\n\
                 Under the plan each household will pay\nan extra sum a year to the parish.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 4, 5),
                (BlockKind::Paragraph, 7, 8)
            ]
        );
        // A deck with a comma, alone between blank lines and short of the
        // column, is no column's top (it is a heading under the page's
        // headline); a full line alone is.
        let s = "Bridge Closes for Repairs\n\nTraffic diverted, shops fear for trade\n\n\
                 The council closed the Old Mill Bridge on Monday\nafter engineers found cracks in two of its\n\
                 steel beams, the city said.\n";
        assert_eq!(blocks(s)[1], (BlockKind::Heading, 3, 3));
        let s = "The works end in May.\n\nThe council closed the Old Mill Bridge on\n\n\
                 Monday after engineers found cracks in two\nof its steel beams, the city said.\n";
        assert_eq!(blocks(s)[1], (BlockKind::Paragraph, 3, 6));
        // An item going on in lowercase over a column break goes on.
        let s = "• 220 seats in\n\neach car.\n\nThe old cars will go.\n";
        assert_eq!(blocks(s)[0], (BlockKind::Paragraph, 1, 3));
    }

    #[test]
    fn a_line_ending_inside_a_url_runs_on() {
        let s = "Readers can find the full proposal online at\nwww.example.\ncom/harbour-plan before the end of the month.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 3)]);
    }

    #[test]
    fn capitals_and_questions_set_apart_are_headings() {
        let s = "WAREHOUSE FIRE: MAN CHARGED\nA man has been charged with arson after a\nfire destroyed a warehouse on Friday.\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 2, 3)]
        );
    }

    #[test]
    fn a_sentence_alone_on_its_line_is_no_heading() {
        let s = "Kevin Dawes, 41, of Marsh Lane, appeared before the\nmagistrates in town yesterday morning.\n\n\
                 He denies the charge.\n\nThe blaze took more than sixty firefighters\neight hours to bring under control.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 6, 7)
            ]
        );
    }

    #[test]
    fn a_page_break_mid_sentence_runs_on() {
        let s = "The depot is being extended to take another\n\u{c}sixty buses, officials said on Monday.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 2)]);
        let s = "The depot is being extended, officials said.\n\u{c}The union wants written assurances.\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Paragraph, 1, 1), (BlockKind::Paragraph, 2, 2)]
        );
    }

    #[test]
    fn a_short_phrase_behind_a_marker_is_a_subhead() {
        let body = "　　新措施下，企業申請落戶的時間由三\n個月縮短至一個月，業界普遍歡迎此項\n安排，認為有助吸引更多企業。\n";
        let s = format!("■審批流程大幅提速\n{body}");
        assert_eq!(
            blocks(&s),
            [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 2, 4)]
        );
        // One character short of the column.
        let s = "■大里圖書館週末延長開放\n大里區圖書館自下月起，週六\n日開放時間延長至晚間九時，\n方便上班族借閱。\n";
        assert_eq!(blocks(s)[0], (BlockKind::Heading, 1, 1));
        // A caption: a sentence, a credit, or a line the next one closes.
        for caption in [
            "■前海港區的貨櫃碼頭夜景。\n",
            "■前海港區的貨櫃碼頭夜景\n（記者 梁家明 攝）\n",
            "■棚田で稲を刈るオーナ\nーの家族ら＝１２日、長\n野県千曲市\n",
            "▲ 大埔\n海旁有大樹倒塌。\n",
        ] {
            let s = format!("{body}\n{caption}\n{body}");
            assert_eq!(blocks(&s)[1].0, BlockKind::Caption, "{caption}");
        }
    }

    #[test]
    fn a_japanese_caption_on_two_lines_is_one_caption() {
        // Between blank lines, inside a paragraph it cuts.
        let s = "通院にバスを使う女性は「とき\nどき乗り遅れると、次の便\n\n\
                 減便の案内が張り出されたバス停＝１０\n日、長野県松本市で\n\n\
                 まで１時間以上待つこともあ\nる」と話す。\n";
        let b = blocks(s);
        assert_eq!(b[1], (BlockKind::Caption, 4, 5), "{b:?}");
        assert_eq!(b.len(), 3);
        // Closed by the photographer's credit, an indented paragraph after.
        let s = "　会場には多くの人が訪れた。\n\n朝市で野菜を選ぶ来場者たち＝１２日午前、\n\
                 港町中央公園で、佐藤健一撮影\n　会場では高校生が育てたトマトも販売された。\n";
        assert_eq!(blocks(s)[1], (BlockKind::Caption, 3, 4));
        // A sentence is no caption.
        let s = "　会場には多くの人が訪れた。\n\n来場者は＝の記号について\n話し合った。\n";
        assert!(blocks(s).iter().all(|b| b.0 == BlockKind::Paragraph));
    }

    #[test]
    fn a_credit_closes_a_caption_in_brackets_or_at_the_end_of_its_line() {
        let body = "　　新建處表示，將持續追蹤各\n路段的施工進度，確保如期完工。\n";
        for caption in [
            "圖：整平後的騎樓地面平坦，民眾\n（記者林雅婷攝）\n",
            "▲延平北路段騎樓整平前\n的原貌。圖／市府新建處提供\n",
        ] {
            let s = format!("{body}{caption}{body}");
            assert_eq!(
                blocks(&s),
                [
                    (BlockKind::Paragraph, 1, 2),
                    (BlockKind::Caption, 3, 4),
                    (BlockKind::Paragraph, 5, 6)
                ],
                "{caption}"
            );
        }
        assert!(photo_credit("（資料圖片）") && photo_credit("記者　何嘉欣　攝"));
        assert!(photo_credit("（撮影・佐藤一郎）"));
        assert!(photo_credit("（新华社发）") && photo_credit("（受访者供图）"));
        assert!(photo_credit("（中村健一撮影）"));
        // A Japanese caption whose `＝` ends its line: the credit goes on.
        let s = "つ。\n\n自転車専用道を走る観光客ら＝\n金沢市広坂で\n（中村健一撮影）\n\n\
                 広坂通りの自転車通行量は、開通から半\n年で約二・五倍になった。\n";
        assert_eq!(blocks(s)[1], (BlockKind::Caption, 3, 5));
        let s = "調した。\n\n新酒を味わう来場者＝\n１２日、新潟県十日町\n市\n";
        assert_eq!(blocks(s)[1], (BlockKind::Caption, 3, 5));
        // In fullwidth brackets, a credit naming a Latin source closes the
        // caption above it.
        let s = "圖：Bora Bora的水上屋是不少新\n婚夫婦的首選。\n（Air Tahiti Nui圖片）\n\
                 旅行社業界普遍歡迎新安排。永安旅\n遊發言人表示，已有客人查詢。\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Caption, 1, 3), (BlockKind::Paragraph, 4, 5)]
        );
        assert!(!photo_credit("市府提供") && !photo_credit("圖片"));
    }

    #[test]
    fn a_cjk_headline_and_its_deck_at_the_top_are_two_headings() {
        let body =
            "　　港鐵新線昨日正式通車，首日客量超過十\n萬人次，月台一度擠滿乘客，車站要實施人\n\
                    潮管制。\n";
        let s = format!("港鐵新線通車首日\n沿線居民終於不用轉車\n\n{body}");
        assert_eq!(
            blocks(&s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 4, 6)
            ]
        );
        // A subhead set on two lines in the text is one heading.
        let s = format!("{body}\n深港市場互聯互通\n釋放巨大協同效應\n\n{body}");
        assert!(blocks(&s).contains(&(BlockKind::Heading, 5, 6)));
    }

    #[test]
    fn a_weather_table_with_fullwidth_percents_is_rows() {
        let s = "各地の予報\n地点 天気 最高 最低 降水\n福岡 晴れ 24 15 10％\n北九州 晴れ時々曇り 23 14 20％\n\
                 飯塚 晴れ 25 13 10％\n\n週間は晴れの日が続く見込み。\n";
        let b = blocks(s);
        assert!(b.contains(&(BlockKind::Paragraph, 3, 3)), "{b:?}");
        assert!(b.contains(&(BlockKind::Paragraph, 5, 5)), "{b:?}");
        assert!(figure("10％") && !figure("％"));
    }

    #[test]
    fn a_stack_of_three_short_cjk_lines_over_the_text_is_headline_and_deck() {
        let s = "特集　地方の本屋を守る\n人口二万人の町に\n残った最後の一軒\n\
                 岩手県遠野市の駅前にある「ほんのいえ」は、\n創業七十年を迎える小さな書店だ。店主の佐々\n\
                 木和子さんは、毎朝六時に店を開ける。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 3),
                (BlockKind::Paragraph, 4, 6)
            ]
        );
    }

    #[test]
    fn short_display_lines_with_commas_at_the_top_are_headings() {
        let s = "インタビュー\n「失敗しても、また書けばいい」\n作家　中村遥さん\n\
                 デビュー作『海のない港』で新人賞を受けた\n中村遥さん（29）に、創作について聞いた。\n";
        let b = blocks(s);
        assert!(
            b.iter().any(|x| x.0 == BlockKind::Heading && x.1 == 2),
            "{b:?}"
        );
        assert_eq!(b.last(), Some(&(BlockKind::Paragraph, 4, 5)), "{b:?}");
    }

    #[test]
    fn share_prices_under_cjk_names_are_rows() {
        let s = "藍籌股收市價\n股份 收市價 變動\n滙豐控股 68.45 +0.85\n騰訊控股 412.60 +9.20\n\
                 友邦保險 58.30 -0.25\n\n分析員指出，大市短期阻力位於二萬點。\n";
        let b = blocks(s);
        assert!(b.contains(&(BlockKind::Paragraph, 4, 4)), "{b:?}");
        assert!(b.contains(&(BlockKind::Paragraph, 5, 5)), "{b:?}");
        // Figures with a CJK unit glued on, under a title.
        let s = "王先生說，損失慘重。\n虱目魚產地價格（每台斤）\n寒流前 52元\n寒流後 38元\n\
                 去年同期 48元\n養殖戶說，希望救助金能早點\n發下來。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 7)
            ]
        );
        assert!(cjk_figure_with_unit("１１８０台") && cjk_figure_with_unit("8.6万辆"));
        assert_eq!(cjk_value("贊成：38票"), "38票");
        let s = "市府會一步一步來。」\n表決結果\n贊成：38票\n反對：12票\n棄權：3票\n";
        assert_eq!(blocks(s).len(), 5, "{:?}", blocks(s));
        for (line, stop) in [
            ("都によると、対象は約６万人。保育の", true),
            ("「本当に？」と聞くと、彼は", true),
            ("加装电梯、更新管网！", false),
            ("加装电梯、更新管网", false),
        ] {
            assert_eq!(cjk_inner_stop(line), stop, "{line}");
        }
        assert!(!cjk_figure_with_unit("52") && !cjk_figure_with_unit("大约三部"));
    }

    #[test]
    fn a_deck_with_commas_over_a_byline_is_a_heading() {
        let s = "老旧小区改造惠及三万户\n加装电梯、更新管网、适老化改造同步推进\n本报记者 王晓燕\n\
                 本报讯 今年以来，我市加快推进老旧小区改造，惠及居民三万户。\n";
        let b = blocks(s);
        assert_eq!(b[1], (BlockKind::Heading, 2, 2), "{b:?}");
        // Not in the text below its top.
        let s =
            "我市加快推进老旧小区改造。\n今年以来，惠及居民三万户。\n加装电梯、更新管网同步推进\n\
                 本报记者 王晓燕\n";
        assert!(blocks(s).iter().all(|b| b.0 != BlockKind::Heading));
    }

    #[test]
    fn two_results_rows_and_credits_that_close_captions() {
        assert!(bracketed_credit(
            "cortile della scuola. (Foto di Marco Lupi)"
        ));
        assert!(!bracketed_credit(
            "the old photographs (Photographs of the pier)"
        ));
        let s = "女排世界杯昨日战罢两场。\n中国 3:1 日本\n法国 3:2 韩国（加时）\n\
                 中国队将于周日对阵巴西，争取小组头名出线。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Paragraph, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4)
            ]
        );
        // A bracketed credit ends the caption: the next line is body text.
        let s = "　　前海吸引大批港資企業進駐，今年首季\n新增註冊企業超過一千家，按年上升。\n\
                 ●前海合作區近年吸引港資企業進駐。\n（資料圖片）\n有經濟學者認為，前海將在未來五年\n\
                 內成為兩地規則銜接的試驗田。\n";
        assert_eq!(blocks(s)[1], (BlockKind::Caption, 3, 4));
        // So does a credit of names and an agency.
        let s = "The council voted 7-2 late on Tuesday to approve the plan for\nthe old harbour.\n\
                 ● The fish market on Quay Street will stay where it is.\nJANE LI / MORNING LEDGER\n\
                 Council member Ana Pruitt, who voted against, said she\nwould appeal.\n";
        assert_eq!(blocks(s)[1], (BlockKind::Caption, 3, 4));
        assert!(!slash_credit(
            &measure("Input / output", 0),
            "Input / output ratios rose"
        ));
    }

    #[test]
    fn an_interviewers_question_after_a_dash_opens_a_paragraph() {
        let s = "大学を休学していた時期に、毎日少しずつ書いてい\nました。誰にも見せるつもりはなかったんです。\n\
                 ――受賞の知らせを聞いたときは。\n信じられませんでした。家族に電話をかけて、何度も\n確かめました。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 5)
            ]
        );
        // A dash that goes on with a sentence stays in it.
        let s = "他說出了心裏話：這不是結束，而是新的開始\n——至少他這樣相信，也這樣告訴家人。\n";
        assert_eq!(blocks(s).len(), 1);
    }

    #[test]
    fn a_source_under_a_table_is_its_caption() {
        let s = "Les valeurs du CAC 40 ont fini en ordre dispersé mardi soir.\n\
                 Renault          41,15     +0,9 %\nTotalEnergies    58,62     -0,4 %\n\
                 Kering          231,10     -3,6 %\nSource : Euronext\n\
                 Les investisseurs attendent les chiffres de l'inflation.\n";
        assert!(
            blocks(s).contains(&(BlockKind::Caption, 5, 5)),
            "{:?}",
            blocks(s)
        );
    }

    #[test]
    fn a_headline_and_its_deck_over_a_byline_are_headings() {
        let s = "Torino, il consiglio approva il nuovo parco\nIl cantiere aprirà in estate\n\
                 di Marco Bianchi\nTORINO. Il consiglio comunale ha approvato ieri sera il progetto\n\
                 del nuovo parco lungo la Dora.\n";
        let b = blocks(s);
        assert_eq!(b[0], (BlockKind::Heading, 1, 1), "{b:?}");
        assert_eq!(b[1], (BlockKind::Heading, 2, 2), "{b:?}");
    }

    #[test]
    fn a_latin_brief_title_behind_a_marker_is_a_subhead() {
        let s = "■ Library extends hours\nThe central library will stay open until\n\
                 9 p.m. on weekdays from April 1.\n■ Road works on Mill Lane\n\
                 Mill Lane will close between the bridge\nand the school for two weeks.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 3),
                (BlockKind::Heading, 4, 4),
                (BlockKind::Paragraph, 5, 6)
            ]
        );
        let close = "JAMES ORTIZ/HARBOUR TRIBUNE";
        assert!(slash_credit(&measure(close, 0), close));
        assert!(!slash_credit(&measure("and/or", 0), "and/or"));
    }

    #[test]
    fn results_under_a_section_label_have_a_title_not_a_header_row() {
        let s = "Dat kost hen zes minuten extra.\nSPORT\nUitslagen eerste klasse A\n\
                 AFC '34 – Kolping Boys 2-2\nHollandia – Purmersteijn 1-0\nKGB – Zouaven 3-1\n";
        assert_eq!(
            blocks(s)[1..3],
            [(BlockKind::Heading, 2, 2), (BlockKind::Heading, 3, 3)]
        );
    }

    #[test]
    fn results_of_two_teams_each_with_its_score_are_rows() {
        let s = "The Hilltoppers won again.\nPine Ridge 35, Walla Walla 14\n\
                 Eastmont 21, Wenatchee 20 (OT)\nCascade 42, Chelan 7\n";
        assert_eq!(blocks(s).len(), 4, "{:?}", blocks(s));
        let v = |t: &str| measure(t, 0);
        for t in [
            "Martos CD 2 - Linares B 2",
            "Eastmont 21, Wenatchee 20 (OT)",
        ] {
            assert!(paired_score(&v(t), t), "{t}");
        }
        for t in [
            "In 2023, Smith scored 14",
            "Rome, Italy 2",
            "Pine Ridge 35, 36 and 37",
        ] {
            assert!(!paired_score(&v(t), t), "{t}");
        }
        for t in ["桜ケ丘３―０北山", "南陵5－4東浜"] {
            assert!(cjk_score(&v(t), t), "{t}");
        }
        assert!(!cjk_score(&v("２０２４年３月"), "２０２４年３月"));
    }

    #[test]
    fn results_rows_are_blocks_of_their_own() {
        let s = "◆其他賽果\n阿士東維拉 3：0 布萊頓\n利物浦 2：2 車路士\n阿仙奴 1：0 韋斯咸\n\
                 另一場賽事，曼城作客0：0與對手握手言和，積分榜形勢未有變化。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5)
            ]
        );
        let prose = "the council voted 6-1 on the plan";
        assert!(!score_row(&measure(prose, 0), prose));
        assert!(score_row(&measure("Hull 2-1 Leeds", 0), "Hull 2-1 Leeds"));
    }

    #[test]
    fn results_with_a_spaced_x_are_rows() {
        let s = "O time bugrino saiu atrás no placar, mas virou\nno segundo tempo.\n\
                 Resultados da rodada\nSantos 2 x 1 Ponte Preta\nXV de Jaú 0 x 0 Ituano\n\
                 Mirassol 1 x 1 São Bento\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 6)
            ]
        );
        // An `x` between words and figures in prose is no score.
        let prose = "a equipe venceu por 2 x 1 em casa";
        assert!(score_row(
            &measure("Santos 2 x 1 Ponte", 0),
            "Santos 2 x 1 Ponte"
        ));
        assert!(!score_row(
            &measure("Santos 2x1 Ponte", 0),
            "Santos 2x1 Ponte"
        ));
        assert!(!score_row(&measure(prose, 0), prose));
    }

    #[test]
    fn a_heading_set_right_over_its_body_stands_apart() {
        // An obituary's name over its text, after a paragraph's end.
        let s = "A service will be held at 11 a.m.\nSaturday at Grace Church.\n\n\
                 Ruth M. Delgado, 78\nRuth Marie Delgado, a longtime\n\
                 crossing guard at Lincoln Ele-\nmentary, died Sunday. Visitation\n\
                 is 5 to 7 p.m. Friday at Brandt\nFuneral Home, 44 Elm St.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Heading, 4, 4),
                (BlockKind::Paragraph, 5, 9)
            ]
        );
        // A letter's headline after a signature, and after an info box set
        // wider than the letters' column.
        let s = "Write to: Letters, The Courier, 14 Bridge Row,\n\
                 Norwich NR1 3AB, or email letters@courier.example.co.uk\n\n\
                 Bus cuts leave villages stranded\nSIR – The county council's decision to\n\
                 withdraw the Sunday service on route 47\nwill leave those of us in Thorpe Marriott\n\
                 with no means of reaching the city.\n\n\
                 Margaret Holt, Thorpe Marriott, Norfolk\n\n\
                 Colour me unconvinced\nSIR – Your columnist (Opinion, 12 March)\n\
                 argues that the new cycle lanes on Prince\nof Wales Road have transformed it.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Heading, 4, 4),
                (BlockKind::Paragraph, 5, 8),
                (BlockKind::Paragraph, 10, 10),
                (BlockKind::Heading, 12, 12),
                (BlockKind::Paragraph, 13, 15)
            ]
        );
        // An address goes on in lines as short as its first: no heading.
        let s = "Write to us.\n\nMargaret Holt\n14 Bridge Row\nNorwich\n";
        assert!(!blocks(s)
            .iter()
            .any(|b| b.0 == BlockKind::Heading && b.1 == 3));
    }

    #[test]
    fn a_headline_stack_at_a_pages_top_is_headline_and_deck() {
        // Under the section's label, down to the byline; lines going on
        // after `after`, `to` and in lowercase.
        let s = "COMUNIDAD VALENCIANA\nEl puerto de Gandia recibirá\ncruceros a partir de 2026\n\
                 LAURA SEGARRA / Gandia\nEl puerto de Gandia recibirá sus\nprimeros cruceros en 2026.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 6)
            ]
        );
        let s = "NEWS\nFerry service to resume after\ntwo-year wait for islanders\n\
                 Council backs £4.2m package to\nreplace the Morag Bell\nBy HELEN MARSH\n\
                 A PASSENGER ferry linking the island\nwith the mainland will resume.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 3),
                (BlockKind::Heading, 4, 5),
                (BlockKind::Paragraph, 6, 6),
                (BlockKind::Paragraph, 7, 8)
            ]
        );
        // In CJK, over an indented lede: headline and deck.
        let s = "城市·民生\n老旧小区加装电梯提速\n今年全市计划完成1200部，已有过半开工\n\
                 \u{3000}\u{3000}本报讯（记者 王磊）记者\n昨日从市住建局获悉，今年全市\n\
                 老旧小区加装电梯计划完成。\n";
        assert_eq!(
            blocks(s)[..4],
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 4, 6)
            ]
        );
        // In CJK, down to the text's column of lines of one width.
        let s = "東京都、保育士の処遇改善へ\n月額２万円を上乗せ　来年度から\n\
                 東京都は１０日、都内の認可保育所\nで働く保育士の給与を、来年度から\n\
                 月額２万円上乗せする方針を明らか\nにした。人手不足が深刻になるなか\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 3, 6)
            ]
        );
        // Lines going on after a comma pushed down are no stack.
        let s = "開発者の Guido van Rossum は教育用の\nプログラミング言語「ABC」の開発に参加\n\
                 、ABC は実用上の目的にはあまり適して\n。 このため、Guido はより実用的な\n";
        assert!(
            blocks(s).iter().all(|b| b.0 == BlockKind::Paragraph),
            "{:?}",
            blocks(s)
        );
        // A deck between blank lines, though it holds commas; in CJK, set
        // wider than the text's column.
        let s = "LIÈGE\n\nLe tram roule enfin à Liège\n\nAprès des années de retard, la ligne\n\
                 Sclessin-Coronmeuse a accueilli ses\npremiers voyageurs samedi\n\nJULIE LAMBERT\n\n\
                 Le premier tram est parti à 6 h 12 de\nla place Saint-Lambert, samedi matin.\n";
        assert_eq!(blocks(s)[2], (BlockKind::Heading, 5, 7));
        // The name in capitals under it is the byline.
        assert_eq!(blocks(s)[3], (BlockKind::Paragraph, 9, 9));
        let s = "社区长者食堂开进老小区\n\n成都武侯区已建成42个助餐点，每天服务老人近五千人次\n\n\
                 \u{3000}\u{3000}本报讯（记者 刘洋）中\n午十一点半，武侯区玉林街\n道的长者食堂里坐满了老\n\
                 人。今天的菜有红烧肉。\n";
        assert_eq!(blocks(s)[1], (BlockKind::Heading, 3, 3));
        // A headline and its deck in one group, the headline short.
        let s = "Pays de Retz\n\nTempête : la côte panse ses plaies\n\
                 Arbres arrachés, toitures envolées et 3 000 foyers\ntoujours privés d'électricité hier soir\n\n\
                 Saint-Brevin-les-Pins. Les rafales ont\natteint 148 km/h dans la nuit.\n";
        assert_eq!(
            blocks(s)[1..3],
            [(BlockKind::Heading, 3, 3), (BlockKind::Heading, 4, 5)]
        );
        // As wide as the column, over a byline.
        let s = "金沢・広坂に自転車専用道\n\n観光客にも好評、市は来年度延伸へ\n\n北陸支局　中村健一\n\n\
                 金沢市中心部の広坂通りで、車道\nの一部を自転車専用道に改めた区\n間の利用が伸びている。\n";
        assert_eq!(
            blocks(s)[1..3],
            [(BlockKind::Heading, 3, 3), (BlockKind::Paragraph, 5, 5)]
        );
        // Not a line as wide as the text's column between column breaks.
        let s = "社区长者食堂开进老小区\n\n成都武侯区已建成，每天服\n\n\
                 务老人近五千人次。武侯区\n玉林街道的长者食堂里坐满\n了老人。今天的菜有红烧肉\n\
                 和豆腐，很受欢迎。\n";
        assert_eq!(blocks(s)[1].0, BlockKind::Paragraph);
        // A CJK headline parting its phrases with an ideographic space,
        // and its deck, over a blank line.
        let s = "高校野球秋季県大会　桜ケ丘が７年ぶり優勝\nエース佐藤、決勝で完封\n\n\
                 第７７回秋季県高校野球大会は２日、県営\n球場で決勝があり、桜ケ丘が北山を３―０\n\
                 で破り、７年ぶり５度目の優勝を果たした。\n";
        assert_eq!(
            blocks(s)[..3],
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 4, 6)
            ]
        );
        // A name alone between blank lines under the stack is its byline.
        let s = "SOCIEDADE\n\nAviso laranja para sete distritos devido à chuva forte\n\
                 IPMA prevê descida acentuada das temperaturas a partir de quinta-feira\n\n\
                 Ana Rita Sousa\n\nO Instituto Português do Mar e da\nAtmosfera emitiu ontem um aviso.\n";
        assert_eq!(
            blocks(s)[1..4],
            [
                (BlockKind::Heading, 3, 3),
                (BlockKind::Heading, 4, 4),
                (BlockKind::Paragraph, 6, 6)
            ]
        );
        assert!(name_line("Geneviève Lavoie") && name_line("Jan de Vries"));
        assert!(!name_line("Porto 9 15 chuva") && !name_line("SOCIEDADE"));
        // A page opening on a paragraph is no stack.
        let s = "The council met on Monday night\nto approve the plan for the pier\n\
                 after a long debate.\n  Residents had asked for it.\n";
        assert!(blocks(s).iter().all(|b| b.0 == BlockKind::Paragraph));
    }

    #[test]
    fn a_quotation_after_a_colon_goes_on_where_paragraphs_are_indented() {
        let s = "  The council backed the plan\nafter a long debate on Monday.\n\
                 \x20 Opposition members warned that\ncosts could rise. Cllr Ross said:\n\
                 \"We support it, but the com-\nmittee must keep an eye on it.\"\n\
                 \x20 The ferry will sail in June.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 3, 6),
                (BlockKind::Paragraph, 7, 7)
            ]
        );
    }

    #[test]
    fn a_latin_headline_with_a_comma_tops_the_page_over_a_blank_line() {
        let s = "Tram T2, al via i lavori in Valle Brembana\n\nTrenta mesi di cantiere per collegare\n\
                 Bergamo a Villa d'Almè\n\ndi Chiara Locatelli\n\nBERGAMO. I lavori partono lunedì.\n";
        assert_eq!(blocks(s)[0], (BlockKind::Heading, 1, 1));
        // A column's top line cut before a blank line goes on.
        let s = "Il consiglio comunale, riunito per\n\nla seduta di ieri, ha approvato il piano.\n";
        assert_eq!(blocks(s)[0].0, BlockKind::Paragraph);
    }

    #[test]
    fn a_headline_over_a_byline_in_the_text_opens_a_story() {
        let s = "den Ausbau der Nord-\nSüd-Achse im Regionalverkehr.\n\nKOMMENTAR\n\
                 Ein Preis, der Vertrauen kostet\nVon Sabine Kraft\n\
                 Wer ein günstiges Ticket verspricht, muss\nauch sagen, wie lange es günstig bleibt.\n";
        assert_eq!(
            blocks(s)[1..4],
            [
                (BlockKind::Heading, 4, 4),
                (BlockKind::Heading, 5, 5),
                (BlockKind::Paragraph, 6, 6)
            ]
        );
        let s =
            "Das Bad bleibt bis Ende Mai geöffnet.\n\nHallenbad in Bad Wildau wird bis 2027 für\n\
                 14 Millionen Euro saniert\nVon Petra Lang\nDas Hallenbad wird saniert.\n";
        assert_eq!(blocks(s)[1], (BlockKind::Heading, 3, 4));
    }

    #[test]
    fn review_findings_of_the_ninth_stop_stay_mended() {
        // A line ending in `in` goes on into a name: no brief's title.
        let s = "The council will meet again next week to\ndiscuss the plan.\n\
                 Mayor Smith spoke to reporters in\nThe Hague on Monday about the harbour and\n\
                 the new ferry route to the islands.\n";
        assert!(
            blocks(s).iter().all(|b| b.0 == BlockKind::Paragraph),
            "{:?}",
            blocks(s)
        );
        // `van` ends an English headline; the deck under it is its own.
        let s = "NEWS\nPolice seize drugs in stolen van\nDriver, 34, arrested on the motorway\n\
                 By JOHN SMITH\nPolice stopped a van on the M6 on Monday.\n";
        assert_eq!(
            blocks(s)[1..3],
            [(BlockKind::Heading, 2, 2), (BlockKind::Heading, 3, 3)]
        );
        // A headline on two lines at the top of the page, then a deck.
        let s = "Le tram roule enfin\nà Liège\n\nAprès des années de retard, la ligne\n\
                 Sclessin-Coronmeuse a accueilli ses\npremiers voyageurs samedi\n\nJULIE LAMBERT\n\n\
                 Le premier tram est parti à 6 h 12 de\nla place Saint-Lambert, samedi matin.\n";
        assert_eq!(blocks(s)[1], (BlockKind::Heading, 4, 6));
        // A ministry or a kind of report is no byline.
        for line in ["外交部 回应美方指控", "专题 报道"] {
            assert!(!byline(line), "{line}");
        }
    }

    #[test]
    fn a_heading_line_ending_in_a_preposition_goes_on() {
        let s = "Connemara road works to\nrun into a third summer\n\n\
                 Council blames contractor dispute as\nCill Chiaráin residents face more delays\n\n\
                 \x20  Works on the R340 coast road will not\nbe finished before the end of next year.\n";
        assert_eq!(blocks(s)[1], (BlockKind::Heading, 4, 5));
    }

    #[test]
    fn a_brief_title_after_a_paragraph_or_a_label_heads_its_text() {
        let before = "La Juventus ha battuto il Torino 2-1 e\nresta a tre punti dalla vetta.\n";
        let body = "La biblioteca resterà chiusa fino a giu-\ngno per il rifacimento del tetto.\n";
        // Under a section's label, as wide as the text.
        let s = format!("{before}IN BREVE\nChiude per restauro la biblioteca civica\n{body}");
        assert_eq!(blocks(&s)[2], (BlockKind::Heading, 4, 4));
        // After a paragraph's end, shorter than the text.
        let s = format!("{before}Nuove corse notturne del tram\n{body}");
        assert_eq!(blocks(&s)[1], (BlockKind::Heading, 3, 3));
        // A line ending in an article, or holding a comma, goes on into a
        // name.
        for first in [
            "Il sindaco ha incontrato ieri il direttore de",
            "Ieri il sindaco, con il direttore di",
        ] {
            let s = format!("{before}{first}\n{body}");
            assert_eq!(blocks(&s)[1].0, BlockKind::Paragraph, "{first}");
        }
    }

    #[test]
    fn entries_of_a_listing_by_the_clock_are_blocks() {
        let s = "STASERA IN TV\n\nRAI 1\n20.00 Tg1\n20.30 Cin cin\nQuiz con Marco Bellini\n\
                 21.30 Il commissario Ferraris\nSerie. Genova, 1956: un delitto al\n\
                 porto mette alla prova il commissario\n23.40 Porta aperta\nAttualità\n\n\
                 RAI 2\n20.30 Tg2\n21.00 Via dei Mille\nFiction con Laura Vinci\n";
        let b = blocks(s);
        let entries: Vec<_> = b
            .iter()
            .filter(|x| x.1 >= 4 && x.1 != 13)
            .copied()
            .collect();
        assert_eq!(
            entries,
            [
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 6),
                (BlockKind::Paragraph, 7, 9),
                (BlockKind::Paragraph, 10, 11),
                (BlockKind::Paragraph, 14, 14),
                (BlockKind::Paragraph, 15, 16)
            ],
            "{b:?}"
        );
        // A blank line ends an entry.
        let s = "1800 日日有食神\n1830 新聞報道\n2230 晚間新聞\n\n港視二台\n1900 財經透視\n";
        assert_eq!(blocks(s)[2], (BlockKind::Paragraph, 3, 3));
        for t in [
            "20.30 Tg2",
            "8:15 News",
            "8h15 Météo",
            "1800 日日有食神",
            "0630 Early",
        ] {
            assert!(time_led(t), "{t}");
        }
        for t in [
            "1989 war ein Jahr",
            "20.30",
            "20.305 x",
            "25.00 Uhr",
            "3.5 Prozent",
            "2 x 1",
            "(.30 a",
            "",
        ] {
            assert!(!time_led(t), "{t}");
        }
        // Two times in prose make no listing.
        let s = "Die Sitzung beginnt heute\n19.30 Uhr im Rathaus, danach\n20.15 Uhr folgt die Debatte.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 3)]);
    }

    #[test]
    fn a_heading_goes_on_in_a_quoted_lowercase_phrase() {
        let s = "TRIBUNAL CORRECTIONNEL\n\nSix mois avec sursis pour le\n\
                 « voleur de vélos » de la gare\n\nBORDEAUX. Il comparaissait libre,\n\
                 mardi, devant la 4e chambre du tri-\nbunal correctionnel.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 3, 4),
                (BlockKind::Paragraph, 6, 8)
            ]
        );
        assert!(quoted_lowercase("„kleine Leute“ im Rat"));
        assert!(!quoted_lowercase("« Vous vous moquez"));
        assert!(!quoted_lowercase("voleur"));
    }

    #[test]
    fn a_decimal_comma_parts_no_clauses() {
        let s = "ZAANSTAD\n\nRaad zegt ja tegen\nfietsbrug over de Zaan\n\n\
                 Omstreden plan kost 8,4 miljoen euro\n\nDoor Sanne de Wit\n\n\
                 ZAANDAM – De gemeenteraad heeft dinsdagavond\nna een lang debat ingestemd met de bouw\n\
                 van een fietsbrug over de Zaan.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 3, 4),
                (BlockKind::Heading, 6, 6),
                (BlockKind::Paragraph, 8, 8),
                (BlockKind::Paragraph, 10, 12)
            ]
        );
        assert!(!measure("Kosten 8,4 miljoen", 0).clause);
        assert!(!measure("Library Hours Cut to Save £90,000", 0).clause);
        assert!(measure("Kosten 8, 4 of 5", 0).clause);
        assert!(measure("Zaandam, 8,4", 0).clause);
    }

    #[test]
    fn a_headline_in_fake_bold_over_plain_type_is_one_heading() {
        let s = "OBITUARIES\n\nHHaarroolldd  JJ..  PPeemmbbeerrttoonn,,  9911,,\n\
                 rreettiirreedd  bbooookkkkeeeeppeerr  aanndd\ncchhooiirr  ddiirreeccttoorr\n\n\
                 By Linda Marsh, Staff Writer\n\nHARTWELL — Harold James Pemberton, who\n\
                 kept the books for the feed store, died\nTuesday at his home. He was 91.\n";
        let lines: Vec<Line> = LineIndices::new(s).collect();
        let options = Options::new();
        let deleted = crate::repair::find_repairs(s, &lines, &options);
        let got: Vec<_> = segment(s, &lines, &deleted, &options)
            .into_iter()
            .map(|g| {
                (
                    g.kind,
                    lines[g.lines.start].number,
                    lines[g.lines.end - 1].number,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Heading, 3, 5),
                (BlockKind::Paragraph, 7, 7),
                (BlockKind::Paragraph, 9, 11)
            ]
        );
    }

    #[test]
    fn a_headline_like_line_over_bulleted_items_titles_the_list() {
        let s = "Un plato de cuchara para los días de frío.\nIngredientes (4 personas)\n\
                 - 300 g de lentejas pardinas\n- 1 chorizo asturiano\n- 2 dientes de ajo\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Heading, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5)
            ]
        );
        // A lead-in sentence over the list is no title.
        let s = "The plan was agreed.\nThe council will now:\n- close the depot\n- sell the site\n";
        assert!(blocks(s).iter().all(|b| b.0 == BlockKind::Paragraph));
    }

    #[test]
    fn a_tables_title_over_its_header_row_is_the_heading() {
        let s = "Die Straßen können dann vor allem in den\nKammlagen glatt sein.\n\
                 Heute in der Region\nStadt heute morgen\nDresden 5° 3°\nLeipzig 7° 4°\n\
                 Chemnitz 3° 1°\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 6),
                (BlockKind::Paragraph, 7, 7)
            ]
        );
        // A kicker over the table's title: both headings.
        let s = "the table.\n\nRESULTS\nNorthern League, Division One\n\
                 Alston Rovers 2 Brough Town 1\nCrayford 0 Dent United 0\nEskdale 3 Fellside 2\n";
        assert_eq!(blocks(s)[2], (BlockKind::Heading, 4, 4), "{:?}", blocks(s));
    }

    #[test]
    fn figures_with_degrees_and_units_end_rows() {
        let s = "Die Temperaturen erreichen am Nachmittag 3 bis\n7 Grad, im Bergland um 0 Grad.\n\
                 Heute in der Region\nDresden 5° 3°\nLeipzig 7° 4°\nFichtelberg -2° -5°\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Heading, 3, 3),
                (BlockKind::Paragraph, 4, 4),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 6)
            ]
        );
        let s = "Wind
Berlin Nordwest 12 km/h
Hamburg West 20 km/h
München Süd 8 km/h
";
        assert_eq!(blocks(s).len(), 4, "{:?}", blocks(s));
        for w in ["5°", "-2°", "12°C"] {
            assert!(figure(w), "{w}");
        }
        assert!(unit_after_figure("Wind 12 km/h") && unit_after_figure("Feuchte 80 %"));
        assert!(!unit_after_figure("km/h") && !unit_after_figure("mit km/h"));
    }

    #[test]
    fn a_short_line_of_latin_words_ending_a_cjk_sentence_ends_the_paragraph() {
        let s = "曼聯今晚主場迎戰熱刺，上半場落後一球，\n第六十八分鐘由新星Rasmus\nHøjlund扳平。\n\
                 賽後領隊表示滿意，認為球隊表現有進步，\n並會繼續努力爭取佳績。\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Paragraph, 1, 3), (BlockKind::Paragraph, 4, 5)]
        );
    }

    #[test]
    fn a_headline_with_a_comma_at_the_top_of_the_page() {
        let body =
            "　全国の路線バス事業者で、運\n転手不足を理由とした減便や路\n線廃止が相次いでいる。\n";
        let s = format!("路線バス、運転手不足で減便相次ぐ\n\n{body}");
        assert_eq!(blocks(&s)[0], (BlockKind::Heading, 1, 1));
        // As wide as the text's column, it is the text's first line.
        let s = format!("国土交通省によると、昨年度\n\n{body}");
        assert_eq!(blocks(&s)[0].0, BlockKind::Paragraph);
    }

    #[test]
    fn a_cjk_title_with_a_comma_in_the_text_heads_its_brief() {
        let body = "品川区は４月から、区立図書館の夜\n間開館を全館に広げる。\n";
        let s = format!("都によると、対象は約６万人。\n区立図書館、夜間開館を拡大\n{body}");
        assert_eq!(blocks(&s)[1], (BlockKind::Heading, 2, 2));
        // A paragraph's first line fills the column.
        let s = format!("都によると、対象は約６万人。\n千鳥ケ淵では、たまたま通りかかっ\n{body}");
        assert_eq!(blocks(&s)[1], (BlockKind::Paragraph, 2, 4));
        // A line cut short before a Latin word goes on.
        let s = format!(
            "都によると、対象は約６万人。\n区立図書館、夜間は\nWiFiも使える区立図書館の夜\n{body}"
        );
        assert_eq!(blocks(&s)[1], (BlockKind::Paragraph, 2, 5));
    }

    #[test]
    fn a_word_split_over_a_page_break_goes_on_before_a_capital() {
        let s = "zegt voorzitter Joyce de Wit. Elke zomer\nging hij twee weken naar Baden-\n\
                 \u{c}Baden, en dan belde hij nog\nelke dag over de opstelling.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 4)]);
    }

    #[test]
    fn a_cjk_section_label_over_a_headline_is_a_heading_of_its_own() {
        let s = "比賽在旺角場舉行。\n地方短波\n旗津渡輪增班\n高雄市政府宣布，旗津渡輪\n自下月起增加班次。\n";
        assert_eq!(
            blocks(s)[1..3],
            [(BlockKind::Heading, 2, 2), (BlockKind::Heading, 3, 3)]
        );
    }

    #[test]
    fn an_indented_page_runs_a_full_line_ending_a_sentence_on() {
        // Paragraphs open indented after blank lines and subheads; a line
        // one character short ending a sentence goes on, as the next line
        // is not indented.
        let s = "◆町の話題\n\n　市の担当者は「もっと若い\n人に来てほしい。商店街それぞれ\n\
                 の個性を生かしたい」と話す。\n制度の利用を希望する問い合\n\
                 わせは増えているという。\n\n　一方で、昔からの店主から\n\
                 は駐車場の不足を心配する声も\n上がる。\n";
        let b = blocks(s);
        assert_eq!(b[1], (BlockKind::Paragraph, 3, 7), "{b:?}");
    }

    #[test]
    fn a_lone_headline_sets_no_column() {
        // The headline is wider than the text's column: the text's full
        // lines are not short beside it.
        let s = "路線バス運転手不足で減便相次ぐ\n\n　全国の路線バス事業者で、\n\
                 運転手不足を理由とした減便\nや路線廃止が相次いでいる。\n\
                 国土交通省によると、減便し\nた事業者は約１．５倍に上っ\nた。\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 3, 8)]
        );
    }

    #[test]
    fn a_page_break_inside_cjk_text_runs_on() {
        let s = "博覽會共有二百家企業參展，主辦單位提醒\n有意參展的企業，「大家要\n\
                 \u{c}先做好功課，看看哪些業務最適合落地。」\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 3)]);
        // Not after a sentence's end, nor into a headline standing short
        // under a short line.
        let s = "博覽會共有二百家企業參展，主辦單位提醒\n有意參展的企業及早準備。\n\
                 \u{c}先做好功課，看看哪些業務最適合落地。\n";
        assert_eq!(blocks(s).len(), 2);
    }

    #[test]
    fn a_title_at_a_line_end_ends_no_sentence() {
        assert!(!ends_sentence_unabbreviated("der Verkehrsingenieur Dr."));
        assert!(ends_sentence_unabbreviated("the vote was carried."));
        assert!(!ends_sentence_unabbreviated("Kaiser Wilhelm I."));
    }

    #[test]
    fn numbered_items_open_blocks_in_sequence() {
        let s = "The main changes are:\n1. Single fares rise on all urban routes.\n\
                 2. Day tickets are withdrawn on route 40.\n3. Children travel free at weekends.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Paragraph, 2, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 4)
            ]
        );
        assert_eq!(list_number("30. Juni 1909"), 30);
        assert_eq!(list_number("1988 war"), 0);
    }

    #[test]
    fn contents_entries_and_bullets_stand_alone() {
        let s = "Inland ........ 3\nAusland ....... 5\nSport ......... 12\n";
        assert_eq!(blocks(s).len(), 3);
        let s = "The shop at a glance, for readers who are new\n• Owners: the same family since 1961\n• Staff: four people in the shop\n";
        assert_eq!(blocks(s).len(), 3);
        assert!(leaders("Inland ........ 3"));
        assert!(!leaders("in the year 1988"));
        assert!(leaders("Weizen . . . . . . . . . 8,40—8,75 Mk."));
        assert!(leaders("Sport … 12"));
        assert!(!leaders("He paused... 3 of them left, he said."));
    }

    #[test]
    fn list_items_open_blocks() {
        assert!(list_item("• Day tickets are withdrawn."));
        assert!(list_item("2) Under-16s travel free."));
        assert!(!list_item("30. Juni 1909 entsprechend."));
        assert!(!list_item("— denn auf Grund des Geständnisses"));
        assert!(list_item("– Opening hours extended to 8pm"));
        assert!(list_item("- New bus stop on Mill Lane"));
    }

    #[test]
    fn a_cjk_line_one_short_after_a_full_sentence_end_goes_on() {
        // Punctuation cannot start a line, so the last character of a full
        // line often moves down: a line one short is no paragraph start
        // where the line before filled the column.
        let s = "修復團隊將以傳統工法替換腐朽的檜木樑柱，並補強屋架，預計明年完工。\n\
                 負責人表示，約有七成的原始構件都可以保留下\n來，其餘則依照老照片複製。\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 3)]);
    }

    proptest::proptest! {
        #[test]
        fn layout_gap_agrees_with_a_plain_scan(s in "[ a\t.1]{0,40}") {
            let b = s.as_bytes();
            let plain = b.windows(2).any(|w| w == b"  ") || b.contains(&b'\t');
            proptest::prop_assert_eq!(layout_gap(b), plain);
        }

        #[test]
        fn ascii_fast_path_agrees_with_the_general_one(s in "[ -~\t]{0,80}") {
            let (fast, slow) = (measure_with(&s, 2, true), measure_with(&s, 2, false));
            proptest::prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }

        #[test]
        fn ascii_fast_path_agrees_on_long_lines(s in "[ -~\t\x00-\x1f\x7f]{1000,2100}") {
            let (fast, slow) = (measure_with(&s, 2, true), measure_with(&s, 2, false));
            proptest::prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }

        #[test]
        fn unit_filter_agrees_with_the_plain_test(
            s in "([0-9]{1,3}|[a-z]{1,6}|km/h|hPa|°C|%|‰|[ \t]{1,2}|[.,-]){0,6}"
        ) {
            proptest::prop_assert_eq!(unit_after_figure(&s), unit_after_figure_plain(&s));
        }

        #[test]
        fn credit_label_filters_pass_every_label(
            label in proptest::sample::select(&CREDIT_LABELS[..]),
            space in "( |\u{a0}|\u{202f})?",
            colon in "[:：]",
            rest in "[a-z ]{0,8}",
        ) {
            let word = label.strip_suffix([':', '：']).unwrap_or(label);
            for text in [format!("{label}{rest}"), format!("{word}{space}{colon}{rest}")] {
                if CREDIT_LABELS.iter().any(|w| label_len(&text, w).is_some()) {
                    proptest::prop_assert!(may_hold_label_colon(&text), "{:?}", text);
                }
            }
        }

        #[test]
        fn credit_prefixes_open_as_the_filters_expect(
            label in proptest::sample::select(&CREDIT_WORDS_LABELS[..]),
            start in "(Fo|Ph|PH|FO|Pi|Bild|[GKQI]|So|Br|Fu|[数資资來来])",
        ) {
            proptest::prop_assert!(label.starts_with(['F', 'P']));
            proptest::prop_assert!(may_open_credit(&start));
        }

        #[test]
        fn mixed_fast_path_agrees_with_the_general_one(s in "[ -~\tüßé年，。\u{3000}]{0,60}") {
            let (fast, slow) = (measure_with(&s, 2, true), measure_with(&s, 2, false));
            proptest::prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }

        #[test]
        fn marker_filter_agrees_with_the_plain_search(
            s in "((●|▲|圖|图|図|写真|写|Photo|Fig\\.|Bild|甘|P)(：|:|／| :)? ?){0,2}[甘a]?"
        ) {
            let o = Options::new();
            proptest::prop_assert_eq!(caption_marker(&s, &o), caption_marker_plain(&s, &o));
        }

        #[test]
        fn title_case_ascii_agrees_with_the_reference(
            s in "([A-Za-z0-9@\\[`{/:]{1,3}|[ \t\n\x0b\x0c\r\x08\x0e\x1f]){0,30}"
        ) {
            proptest::prop_assert_eq!(title_case_ascii(&s), title_case_ascii_reference(&s));
        }

        #[test]
        fn title_case_bytes_agrees_with_title_case(
            s in "([A-Za-z0-9]{1,3}|[äÄéÉßΣσ١½] ?|[ \t\u{85}\u{a0}\u{1680}\u{2000}\u{2009}\u{2028}\u{202f}\u{205f}\u{3000}]|年|€){0,20}"
        ) {
            proptest::prop_assert_eq!(title_case_bytes(&s), title_case(&s));
        }

        #[test]
        fn cjk_fast_path_agrees_with_the_general_one(
            s in "[年中，。、\u{3000}「][年中一丁a1 ，。、…—“」：\u{3000}]{0,30}"
        ) {
            let (fast, slow) = (measure_with(&s, 2, true), measure_with(&s, 2, false));
            proptest::prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }

        #[test]
        fn ascii_fast_path_agrees_on_words(
            s in "([A-Z][a-z]{0,4}|[A-Z]{1,9}|[a-z]{1,5}|[0-9]|[.!?,:;\"')]|[ \t\x0b\x0c]){0,24}|([A-Z]{1,5}|[0-9.!?'] ?){0,5}"
        ) {
            let (fast, slow) = (measure_with(&s, 2, true), measure_with(&s, 2, false));
            proptest::prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }
    }

    fn links(s: &str) -> Vec<Option<usize>> {
        let lines: Vec<Line> = LineIndices::new(s).collect();
        segment(s, &lines, &[], &Options::new())
            .into_iter()
            .map(|g| g.continued_by)
            .collect()
    }

    #[test]
    fn a_byline_takes_the_role_or_place_under_it() {
        let body = "The city council voted on Tuesday to close the depot.\n";
        for (byline, tail) in [
            ("By Jane Holloway", "Transport Correspondent"),
            ("EFE", "Almendral (Badajoz)"),
        ] {
            let s = format!("Council Votes to Close Depot\n\n{byline}\n{tail}\n\n{body}");
            assert!(blocks(&s).contains(&(BlockKind::Paragraph, 3, 4)), "{tail}");
        }
        // A dateline opening the text right under it is the text.
        let s = "Council Votes to Close Depot\n\nVon Katrin Lemberg\nFreiburg. Die Strecke\nwird gebaut.\n";
        assert!(blocks(s).contains(&(BlockKind::Paragraph, 3, 3)));
    }

    #[test]
    fn a_story_that_jumps_goes_on_after_the_jump_back() {
        let s =
            "The closure, which began in November, has\nadded up to 20 minutes to commutes, and\n\
                 several businesses say trade has\n\nContinued on Page 5\n\nAT A GLANCE\n\
                 – Bridge built: 1961\n– Length: 140 m\n– Daily crossings: 9,000\n– Piers: 3\n\n\
                 From Page 1\n\nfallen by a third, the chamber of commerce said.\n";
        let l = links(s);
        assert_eq!(l[0], Some(l.len() - 1), "{l:?}");
        // Without the jump lines, the box stands too far for a link.
        let s = s
            .replace("Continued on Page 5", "")
            .replace("From Page 1", "");
        assert_eq!(links(&s)[0], None);
    }

    #[test]
    fn a_paragraph_cut_by_a_caption_goes_on_after_it() {
        // Mid-sentence, before a lowercase word.
        let s = "The county will run night buses between the\nvalley towns again from next month, after a\n\
                 trial that carried more passengers than\n\nPhoto: A night bus.\n\n\
                 expected, the transport office said.\n";
        assert_eq!(links(s), [Some(2), None, None]);
        // A sentence ends before the caption and a capital opens the next.
        let s = "The county will run night buses between the\nvalley towns again from next month, after a\n\
                 trial that carried many more passengers.\n\nPhoto: A night bus.\n\n\
                 Fares stay as they are, the office said.\n";
        assert_eq!(links(s), [None, None, None]);
        // CJK on a page that indents its paragraphs: a sentence that ends
        // at the column's end goes on in a line without an indent.
        let s = "　　山城區夜市由下月起延長營業至凌晨\n兩時，區議會昨日通過試行半年的方案。\n\n\
                 ▲夜市入口。\n\n攤販和附近居民都表示歡迎，認為可以\n吸引更多旅客。\n\
                 \u{3000}\u{3000}經營小食攤二十年的林太太說，過去\n每晚十一時便要收檔。\n\
                 \u{3000}\u{3000}另外，管理處將於本月底舉行居民諮\n詢會。\n";
        assert_eq!(links(s)[0], Some(2));
        // An indented line after the caption opens a paragraph.
        let s = "　　山城區夜市由下月起延長營業至凌晨\n兩時，區議會昨日通過試行半年的方案。\n\n\
                 ▲夜市入口。\n\n　　攤販和附近居民都表示歡迎，認為可\n以吸引更多旅客。\n\
                 \u{3000}\u{3000}經營小食攤二十年的林太太說，過去\n每晚十一時便要收檔。\n\
                 \u{3000}\u{3000}另外，管理處將於本月底舉行居民諮\n詢會。\n";
        assert_eq!(links(s)[0], None);
    }

    #[test]
    fn a_japanese_caption_is_told_by_its_credit() {
        let s = "\u{3000}発案したのは商店街で喫茶店を営む高橋さん。閉店\nした書店の棚を譲り受け、昨年春に店先に置い\n\n\
                 棚に並んだ古本を手に取る買い物客＝１０日、長野県松本市\n\nたのが始まりだ。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Caption, 4, 4),
                (BlockKind::Paragraph, 6, 6)
            ]
        );
        assert_eq!(links(s)[0], Some(2));
        // A `＝` inside running text is none.
        let s = "円相場は１ドル＝１５０円台で推移し、輸出企業の業績を\n押し上げている。\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 2)]);
    }

    #[test]
    fn a_vertical_headline_and_a_photo_credit() {
        let s = "專\n訪\n老\n闆\n\n【本報訊】深水埗一間經營了四十年的茶餐廳，上月起\n推出「不加價承諾」。\n\n\
                 ■梁志強在茶餐廳門口與熟客閒聊。\n記者　何嘉欣　攝\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 4),
                (BlockKind::Paragraph, 6, 7),
                (BlockKind::Caption, 9, 10)
            ]
        );
        let doc = crate::clean(s);
        assert_eq!(doc.blocks().next().unwrap().text(), "專訪老闆");
        assert!(!byline("記者　何嘉欣　攝"));
        assert!(byline("读者 刘建国") && !byline("读者来信"));
        assert!(byline("文：陳國強（測量師）") && byline("（聞き手・田中誠）"));
        assert!(byline("di Chiara Benedetti") && byline("Javier Ortega | Villarreal"));
        assert!(!byline("di questo passo la scuola chiude") && !byline("（注：本文為作者意見）"));
        assert!(
            byline("김민수 기자")
                && byline("김민수·이지은 기자")
                && byline("김민수 기자 kim@news.kr")
        );
        assert!(!byline("구청 관계자는 기자에게 말했다") && !byline("기자회견"));
    }

    #[test]
    fn a_caption_above_its_credit_line() {
        let s = "Die Bundesregierung hatte zuvor signalisiert, ihren\nZuschuss nicht weiter zu erhöhen.\n\n\
                 Fahrgäste am Berliner Hauptbahnhof. Die Zahl\nder Abonnenten liegt bei rund 13 Millionen.\n\
                 Foto: dpa/Kay Nietfeld\n\n„Wir wollen das Ticket dauerhaft sichern“, sagte sie.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Caption, 4, 6),
                (BlockKind::Paragraph, 8, 8)
            ]
        );
        let doc = crate::clean(s);
        assert_eq!(
            doc.blocks().nth(1).unwrap().text(),
            "Fahrgäste am Berliner Hauptbahnhof. Die Zahl der Abonnenten liegt bei rund 13 Millionen. Foto: dpa/Kay Nietfeld"
        );
        // A credit line alone stays a caption of its own.
        let s = "Der Hafen am Abend.\n\nFoto: dpa\n";
        assert_eq!(blocks(s)[1].0, BlockKind::Caption);
        // A caption line under a short paragraph is no credit of it.
        let s = "The ferry returns on Monday.\nPhoto: The new ferry at the quay.\n\nMore text.\n";
        assert_eq!(blocks(s)[0], (BlockKind::Paragraph, 1, 1));
    }

    #[test]
    fn a_credit_without_a_colon_closes_its_caption() {
        let s = "The works start in March.\n\nWorkers on the north bank of the\nriver at dawn.\n\
                 Photo AFP / Jan Visser\n\nThe council agreed the plan.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Caption, 3, 5),
                (BlockKind::Paragraph, 7, 7)
            ]
        );
        assert!(is_credit_label("Foto ANP / Remko de Waal"));
        assert!(is_credit_label("Photo Jan Visser/Hollandse Hoogte"));
        assert!(!is_credit_label("Photo ID law struck down"));
        // A caption behind the label goes on in lowercase; an agency may
        // be written so.
        assert!(!is_credit_label("Foto: Ein Regionalexpress hält im"));
        assert!(is_credit_label("Foto: dpa/Uli Deck"));
        assert!(is_credit_label("Foto: Jan de Vries"));
        assert!(is_credit_label("Foto Marieke Kok"));
        assert!(is_credit_label("Photograph: Joe O'Shaughnessy"));
        assert!(is_credit_label("© BELGA/THOMAS MICHIELS") && is_credit_label("©Reuters"));
        assert!(!is_credit_label("© all rights reserved by the publisher"));
        assert!(!is_credit_label("Foto wedstrijd voor scholen"));
        // Without a colon, words that are no agency are prose.
        assert!(!is_credit_label("Photo booths for the fair"));
        assert!(!is_credit_label("Photo A day at the fair"));
    }

    #[test]
    fn a_credit_line_under_a_finished_sentence_is_a_caption_alone() {
        let s = "Am Donnerstag dreht der Wind auf Nordost,\nund es wird spürbar kälter. Die\n\
                 Straßen können dann vor allem in den\nKammlagen glatt sein. Wer wetter-\n\
                 fühlig ist, sollte sich trotzdem an\nder frischen Luft bewegen.\n\
                 Grafik: Deutscher Wetterdienst\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Paragraph, 1, 6), (BlockKind::Caption, 7, 7)]
        );
        assert!(is_credit_label("Quelle: Statistisches Landesamt"));
        assert!(is_credit_label("Source : Euronext") && is_credit_label("数据来源：前海管理局"));
        assert_eq!(
            caption_marker("表：前海一季度主要经济指标", &Options::new()),
            Some(6)
        );
        assert!(is_credit_label("Karte : OpenStreetMap"));
        // A sentence after the label is text, not a credit.
        assert!(!is_credit_label(
            "Quelle: Das Amt hat die Zahlen nicht genannt."
        ));
        assert!(!is_credit_label("Grafiken zeigen den Verlauf"));
    }

    #[test]
    fn a_sentence_over_its_credit_line_is_the_caption() {
        // No blank lines: the sentence alone on the line above the credit,
        // after a paragraph's end, is the caption, credit and all.
        let s = "The bridge has been closed since\nMonday morning.\nThe closed bridge over the river.\n\
                 Photo: AP\n   The mayor has called a meeting\nfor Thursday.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Caption, 3, 4),
                (BlockKind::Paragraph, 5, 6)
            ]
        );
        // A line going on from the one above is no caption.
        let s = "The bridge has been closed since\nMonday morning, the mayor said.\nPhoto: AP\n\
                 The mayor has called a meeting.\n";
        assert_eq!(blocks(s)[0], (BlockKind::Paragraph, 1, 2));
        // A sentence on two lines after a paragraph's end is, over a
        // credit by a slash or a CJK photographer's.
        let s = "The rates will rise in July,\nthe council said.\nA crew repairs a broken main on\n\
                 Alder Street in March.\nGREG HOLT / The Valley Ledger\nThe council also backed a long-\n\
                 term plan to replace the main.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Caption, 3, 5),
                (BlockKind::Paragraph, 6, 7)
            ]
        );
        let s =
            "部分小区的改造工程进展顺利，居民\n反映良好。\n图为东湖小区新装的电梯已投入\n使用。\n\
                 本报记者 陈晓 摄\n市住建局相关负责人介绍，每部电梯\n的补贴标准提高了。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Caption, 3, 5),
                (BlockKind::Paragraph, 6, 7)
            ]
        );
    }

    #[test]
    fn a_credit_line_under_a_marked_caption_closes_it() {
        let s = "The fair opens today.\n\n● A potter shows her work\nin the square.\n\
                 Photo: Ana Reis/Agency North\n\nWhat changes for visitors?\n\nThe stalls stay open until\nthe end of the year.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Caption, 3, 5),
                (BlockKind::Heading, 7, 7),
                (BlockKind::Paragraph, 9, 10)
            ]
        );
        let doc = crate::clean(s);
        assert_eq!(
            doc.blocks().nth(1).unwrap().text(),
            "A potter shows her work in the square. Photo: Ana Reis/Agency North"
        );
        // On a page with blank lines, the credit closes the caption all
        // the same: the text under it is the body's.
        let s = "Die Strecke zwischen Karlsruhe und Basel\nist seit Jahren voll.\n\nFoto: Ein Regionalexpress hält im\nBahnhof Offenburg.\n\
                 Foto: dpa/Uli Deck\n„Mehr Züge auf dasselbe Gleis zu\nschicken, löst das Problem nicht“.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Caption, 4, 6),
                (BlockKind::Paragraph, 7, 8)
            ]
        );
    }

    #[test]
    fn a_bulleted_item_goes_on_under_its_hanging_indent() {
        let s = "FACT FILE\n• Founded in 1884 by the mill owner\n  Robert Haldane\n\
                 • Collection: about 40,000 objects,\n  including 1,200 fossils\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 3),
                (BlockKind::Paragraph, 4, 5)
            ]
        );
    }

    #[test]
    fn turns_of_dialogue_after_a_sentence_end_are_paragraphs() {
        let s = "Perguntamos a dona Cida Ramos, que\nvende tapetes há 31 anos, o que\nsentiu ao voltar, e ela respondeu.\n\n\
                 — A senhora pensou em desistir?\n— Nunca. Eu tenho este ofício no\n\
                 sangue. Difícil explicar; só amá-\nlo para entender e vender bem.\n\
                 — E as vendas foram boas, então?\n— Melhores do que eu esperava.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 3),
                (BlockKind::Paragraph, 5, 5),
                (BlockKind::Paragraph, 6, 8),
                (BlockKind::Paragraph, 9, 9),
                (BlockKind::Paragraph, 10, 10)
            ]
        );
        // A dash opening a sentence inside a paragraph that did not open
        // with one stays in it.
        let s = "Man vergißt alle Theorien, wenn man\ndieſe Bilder ſieht, ſo derb ſind ſie.\n\
                 — Von Robert Curry iſt die ſchöne\nWinterlandſchaft zu ſehen, die gut iſt.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 4)]);
    }

    #[test]
    fn a_dash_in_the_middle_of_a_clause_is_no_list_item() {
        let s =
            "The council said that the plan was over\n– and then it was not, for the vote came\n\
                 back the other way on Tuesday night.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 3)]);
        // Items of a list after a colon, and an item going on under one.
        let s = "The plan has three parts, the mayor\nsaid at the meeting on Tuesday night:\n\
                 – new cycle lanes in the town centre\n– more buses on the routes to the\n\
                 coast\n– lower fares for all pupils\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 2),
                (BlockKind::Paragraph, 3, 3),
                (BlockKind::Paragraph, 4, 5),
                (BlockKind::Paragraph, 6, 6)
            ]
        );
    }

    #[test]
    fn cjk_sections_and_numbered_items() {
        let s = "一、总体目标\n《意见》明确，未来三年全省将新建或改造\n县级物流配送中心60个。\n\
                 二、重点任务\n（一）完善县域物流网络。支持邮政、快递\n企业共建共享县级分拨中心。\n\
                 （二）培育新型商业主体。鼓励连锁超市向\n乡镇延伸。\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Heading, 1, 1),
                (BlockKind::Paragraph, 2, 3),
                (BlockKind::Heading, 4, 4),
                (BlockKind::Paragraph, 5, 6),
                (BlockKind::Paragraph, 7, 8)
            ]
        );
        assert_eq!(cjk_section_number("（十二）项目"), Some(12));
        assert_eq!(cjk_section_number("三、保障措施"), Some(6));
        assert!(
            cjk_section_number("一些企业表示").is_none()
                && cjk_section_number("一一对应").is_none()
        );
    }

    #[test]
    fn a_drop_cap_opens_its_paragraph() {
        let s = "Harbour Trust Rejects Plan\n\nT\nHE HARBOUR TRUST voted on Thursday\nto reject the plan.\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 3, 5)]
        );
        let doc = crate::clean(s);
        assert_eq!(
            doc.blocks().nth(1).unwrap().text(),
            "THE HARBOUR TRUST voted on Thursday to reject the plan."
        );
        // The letters of a directory are no drop caps.
        let s = "A\nAbbey Road Garage, 12 High Street\nB\nBaker's Yard, 3 Mill Lane\n";
        assert!(!crate::clean(s).to_text().contains("AAbbey"));
    }

    #[test]
    fn unwrapped_paragraphs_one_to_a_line_stay_apart() {
        let a = "The extra hours cost about $48,000 a year, which the county will pay from a fund set aside for library services after a review of opening times last spring.";
        let b = "Councillor Rick Abano, who chairs the services committee, called the move overdue and said other branches would follow.";
        assert_eq!(
            blocks(&format!("{a}\n{b}\n")),
            [(BlockKind::Paragraph, 1, 1), (BlockKind::Paragraph, 2, 2)]
        );
    }

    #[test]
    fn a_pull_quote_set_narrow_stays_one_block() {
        let s = "house on Lock Street was left with a metre of water in the kitchen.\n\
                 \"We lost everything\ndownstairs in\ntwenty minutes.\"\n\
                 Emergency services rescued 46 people by boat, the county fire service\n\
                 said, and a rest centre was opened at the secondary school.\n";
        assert_eq!(
            blocks(s),
            [
                (BlockKind::Paragraph, 1, 1),
                (BlockKind::Paragraph, 2, 4),
                (BlockKind::Paragraph, 5, 6)
            ]
        );
    }

    #[test]
    fn a_narrow_column_breaks_where_the_next_word_did_not_fit() {
        let s = "Pier Fire\n\nA fire at\nthe end of\nthe old\nwood pier\nwas put out\nby crews\n\
                 from three\nstations\nlate on\nFriday. No\none was in-\njured, but\nthe cafe\n\
                 and a fish-\ning tackle\nshop were\ndestroyed.\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 3, 19)]
        );
    }

    #[test]
    fn a_french_colon_before_a_running_clause_joins() {
        let s = "Interrogé mardi par nos confrères, le porte-\nparole de la mairie l'a confirmé :\n\
                 l'ouverture reste prévue pour la rentrée\n2026, a-t-il déclaré devant la presse.\n";
        assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 4)]);
        // A list after the colon still stands apart.
        let s = "Le conseil a retenu trois projets pour le quartier :\nune école ;\nun gymnase ;\nun parc.\n";
        assert_ne!(blocks(s).len(), 1);
    }

    #[test]
    fn marker_start_table_lets_every_marker_through() {
        for c in MARKER_CHARS {
            let s = format!("{c} A caption");
            assert!(MARKER_START[usize::from(s.as_bytes()[0])], "{c}");
            assert!(caption_marker(&s, &Options::new()).is_some(), "{c}");
        }
        for m in MARKER_LABELS {
            let s = format!("{m} A caption");
            assert!(caption_marker(&s, &Options::new()).is_some(), "{m}");
        }
        assert_eq!(caption_marker("A plain line", &Options::new()), None);
        // French spacing before the colon.
        for s in [
            "Photo : La façade",
            "Photo\u{a0}: La façade",
            "Photo\u{202f}: La façade",
        ] {
            let len = caption_marker(s, &Options::new()).unwrap();
            assert_eq!(&s[len..], "La façade", "{s:?}");
        }
        assert_eq!(
            caption_marker("Photo album sales rose", &Options::new()),
            None
        );
    }

    #[test]
    fn white_space_opens_with_the_lead_bytes_title_case_bytes_decodes() {
        for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
            let mut b = [0u8; 4];
            c.encode_utf8(&mut b);
            if c.is_whitespace() {
                assert!(matches!(b[0], 0xc2 | 0xe1..=0xe3), "{c:?}");
            }
            assert_eq!(utf8_len(b[0]), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn label_starts_hold_every_label_start() {
        for m in MARKER_LABELS {
            let c = m.chars().next().unwrap();
            assert!(c.is_ascii() || LABEL_STARTS.contains(&c), "{m}");
            // Matched whole, or without its colon: at least two bytes.
            let two = [m.as_bytes()[0], m.as_bytes()[1]];
            assert!(
                m.len() >= 3 && (!c.is_ascii() || ASCII_LABEL_STARTS.contains(&two)),
                "{m}"
            );
        }
        assert!(MARKER_CHARS.iter().all(|c| !c.is_ascii()));
    }

    #[test]
    fn ascii_tables_agree_with_the_character_rules() {
        for b in 0u8..128 {
            let c = b as char;
            assert_eq!(ASCII_WIDTH[b as usize] as u32 * 5, latin_width(c), "{c:?}");
            assert_eq!(
                ASCII_FLAGS[b as usize] & SPACE != 0,
                script::is_space(c),
                "{c:?}"
            );
            assert_eq!(
                ASCII_FLAGS[b as usize] & CLAUSE != 0,
                script::is_clause_mark(c),
                "{c:?}"
            );
        }
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

#[cfg(test)]
mod latin_rules {
    use super::tests::blocks;
    use super::*;

    /// Six full lines of a justified column, the last ending a sentence.
    const BODY: &str = "Die Verſammlung der Kaufleute hat geſtern beſchloſſen, den\n\
                        Hafen im kommenden Frühjahr zu erweitern und die alten\n\
                        Speicher am Ufer abzureißen, ſobald die Stadt zuſtimmt\n\
                        und die Mittel für den Bau bewilligt ſind. Der Antrag\n\
                        wurde nach langer Beratung mit großer Mehrheit ange⸗\n\
                        nommen, obgleich einige Mitglieder dagegen ſtimmten.\n";

    fn page(middle: &str) -> String {
        format!("{BODY}{middle}{BODY}")
    }

    #[test]
    fn a_short_line_before_a_blank_line_and_a_capital_ends_its_block() {
        // A letter's signature, then the next letter's headline.
        let s = "and I for one will not be voting for it at the next\nelection in the spring.\n\
                 Margaret Holt, Thorpe Marriott\n\nColour me unconvinced\n\nSir, the new \
                 timetable is worse than the\nold one in every respect that matters to me.\n";
        let b = blocks(s);
        assert!(b.contains(&(BlockKind::Paragraph, 3, 3)), "{b:?}");
        // A column break inside a clause: lowercase goes on, and so does a
        // full line.
        let s = "The council said on Monday that the new bus lanes\nwould open in the city centre by the end of\n\
                 May, three weeks later than planned, in the\ncity\n\ncentre and on the ring road.\n";
        assert_eq!(blocks(s).len(), 1);
        let s = "The council said on Monday that the new bus lanes\nwould open in the city centre by the end of\n\
                 May, three weeks later than planned, after\n\nCouncillor Jones had asked for a review of\n\
                 the junctions near the station last year.\n";
        assert_eq!(blocks(s).len(), 1);
    }

    #[test]
    fn a_question_the_next_line_could_have_held_ends_its_paragraph() {
        // Three lines between blank lines: the wide answer line shows the
        // column, which the question does not fill.
        let s = "Combien cela coûtera-t-il ?\n\
                 Environ 25 millions d'euros sur six ans,\nfinancés à moitié par l'État.\n";
        assert_eq!(
            blocks(s),
            [(BlockKind::Paragraph, 1, 1), (BlockKind::Paragraph, 2, 3)]
        );
    }

    #[test]
    fn finds_section_numbers_that_are_no_initials() {
        assert!(section_heading("I. Amtliche Nachrichten."));
        assert!(section_heading("IV. Vermiſchtes."));
        assert!(!section_heading("C. F. von Hardenberg."));
        assert!(!section_heading("I. Müller."));
        assert!(!section_heading("J. von Müller."));
        assert!(!section_heading("Inland."));
    }

    #[test]
    fn finds_datelines() {
        assert!(dateline("Berlin, 3. März."));
        assert!(dateline("Kaßel, vom 29. Sept. Geſtern beſuchte der"));
        assert!(dateline("Vor Sedan, den 2. September ½ 2 Uhr Nachmittags."));
        assert!(dateline("LONDON, March 3. The House"));
        assert!(dateline("LONDON, March 3, 1914. The House"));
        assert!(!dateline("Paris, 3 mars. Le roi a"));
        assert!(!dateline("Herr Müller, der 3 Kinder hat,"));
        assert!(!dateline("Seine Majeſtät, die Kaiſerin und"));
        assert!(!dateline("In Berlin, Hamburg und 30 anderen Städten"));
        assert!(dash_dateline("PORT ELLERY — The harbour board"));
        assert!(dash_dateline("LONDON (Reuters) – Prices rose"));
        assert!(dash_dateline("BERLIN (dpa) -- Der Senat hat"));
        assert!(!dash_dateline("NATO said — and"));
        assert!(!dash_dateline("US officials said — and"));
        assert!(!dash_dateline("THE END"));
        assert!(!dash_dateline("PORT ELLERY (a town of — many"));
    }

    #[test]
    fn two_period_ended_heading_lines_make_one_heading() {
        let s = page("Vermiſchtes.\nAus der Provinz.\n");
        assert_eq!(
            blocks(&s),
            [
                (BlockKind::Paragraph, 1, 6),
                (BlockKind::Heading, 7, 8),
                (BlockKind::Paragraph, 9, 14)
            ]
        );
    }

    #[test]
    fn a_heading_is_measured_against_the_column_not_a_nearly_full_line() {
        let s = page(
            "Die neue Brücke über den Strom.\nDie Arbeiten an der Brücke haben in dieſer Woche\n",
        );
        assert_eq!(
            blocks(&s)[..3],
            [
                (BlockKind::Paragraph, 1, 6),
                (BlockKind::Heading, 7, 7),
                (BlockKind::Paragraph, 8, 14)
            ]
        );
    }

    #[test]
    fn a_numbered_section_over_a_dateline_is_a_heading() {
        let s = page("III. Handel und Verkehr.\nHamburg, vom 4. Mai.\n");
        assert_eq!(
            blocks(&s),
            [
                (BlockKind::Paragraph, 1, 6),
                (BlockKind::Heading, 7, 7),
                (BlockKind::Paragraph, 8, 8),
                (BlockKind::Paragraph, 9, 14)
            ]
        );
    }

    #[test]
    fn a_signature_over_a_standalone_line_is_no_heading() {
        let s = page("Friedrich.\nFür die Redaktion: Schulze.\n");
        assert_eq!(
            blocks(&s),
            [
                (BlockKind::Paragraph, 1, 6),
                (BlockKind::Paragraph, 7, 7),
                (BlockKind::Paragraph, 8, 8),
                (BlockKind::Paragraph, 9, 14)
            ]
        );
    }

    #[test]
    fn a_dateline_after_a_full_sentence_end_opens_a_paragraph() {
        let s = format!("{BODY}München, 2. Mai. Die Kammer der Abgeordneten hat in\n{BODY}");
        assert_eq!(
            blocks(&s),
            [(BlockKind::Paragraph, 1, 6), (BlockKind::Paragraph, 7, 13)]
        );
    }
}
