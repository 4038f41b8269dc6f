//! Tables, results and listings: rows set in columns, and the spacing
//! between lines.

use super::*;

/// Latin columns narrower than this (in hundredths of a cell) are a few
/// words wide: only the fit of the next word tells a short line.
pub(super) const NARROW_COL: u32 = 20 * 100;

/// Lines wider than this (in hundredths of a cell) are not lines of a
/// newspaper column but paragraphs already joined, one to a line.
pub(super) const LONG: u32 = 70 * 100;

/// Fewest lines of a page read by [`double_spaced_page`].
const DOUBLE_SPACED_LINES: usize = 8;

/// Every line of the page but a few (one in ten) stands after blank
/// lines, after one blank line at least twice as often as after more, and
/// at least two after two blank lines or more: an extractor that sets a blank line
/// after every line of text and parts the blocks with a wider gap.
pub(super) fn double_spaced_page(v: &[View]) -> bool {
    let n = v.len();
    if n < DOUBLE_SPACED_LINES {
        return false;
    }
    let (mut tight, mut one, mut more) = (0, 0, 0);
    for x in &v[1..] {
        match x.blanks {
            0 if !x.page_break => tight += 1,
            0 => {}
            1 => one += 1,
            _ => more += 1,
        }
    }
    10 * tight <= n && one >= 2 * more && more >= 2
}

/// For each line, whether the blank line before it is mere line spacing:
/// the line sits in a run of lines that all have blank lines between them,
/// and the run looks like one wrapped column: three lines of its own at
/// least (its last line, where text set tight goes on under it, opens
/// that text: a signature and a title between blank lines over the next
/// letter are no column), at least three of its lines
/// (or all but its last, of three lines or more: a headline alone between
/// blank lines over a paragraph set tight is no column) within 15% of
/// their median width, at most half of
/// them ending a sentence or clause, none of them a paragraph on its own
/// line ([`LONG`]). Elsewhere a run of blank-separated
/// lines is a run of blocks, one to a line (as in this crate's text output):
/// the second vector marks those.
pub(super) fn line_spacing(v: &[View]) -> (Vec<bool>, Vec<bool>) {
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
        // (A last line over text set tight opens that text: it is none of
        // the run's, which must hold three lines of its own.)
        let own_lines = if end + 1 < n && !blank(end + 1) {
            end - k
        } else {
            end - k + 1
        };
        widths.clear();
        widths.extend(v[k..=end].iter().map(|x| x.width));
        widths.sort_unstable();
        let median = widths[widths.len() / 2];
        let near = |x: &View| 100 * x.width.abs_diff(median) <= 15 * median;
        let similar = v[k..=end].iter().filter(|x| near(x)).count();
        // A wrapped column cuts sentences anywhere; blocks one to a line
        // end them, or are a box's entries and a letter's signature
        // (`ANNE-MARIE KERR, Kurow` / `Write to us` / `Email: …` / `Post:
        // …`).
        let ended = v[k..end]
            .iter()
            .filter(|x| {
                x.ends_sentence
                    || matches!(x.last, ';' | ':' | '；' | '：')
                    || x.entry_label
                    || x.name_place
            })
            .count();
        let above_long = k > 0 && v[k - 1].width > LONG;
        let column = median <= LONG
            && own_lines >= 3
            && !above_long
            && 2 * ended <= end - k
            && (similar >= 3 || (similar >= 2 && end > k + 1 && v[k..end].iter().all(near)));
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
/// Widest column of labels, in cells, that a table of labels and their
/// values opens with (`Donderdag 2°`, `年產量`): see [`label_column`].
const LABEL_COLUMN: u32 = 14;
/// Fewest consecutive lines that make a table.
pub(super) const TABLE_ROWS: usize = 3;
/// Fewest consecutive results (see [`score_row`]) that make a listing.
const SCORE_ROWS: usize = 2;

/// The blank columns of a line with a layout gap (see
/// [`script::layout_gap`]),
/// and whether its cells are short (see [`Candidate::short_cells`]).
/// `text` is trimmed and starts at column `indent`; a tab runs to the next
/// multiple of eight, other white space is as wide as it is printed.
pub(super) fn layout_gaps(text: &str, indent: u32) -> (u128, bool) {
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
pub(super) fn gutters(mask: u128) -> u32 {
    let pairs = mask & (mask >> 1);
    (pairs & !(pairs << 1)).count_ones()
}

/// The first gutter of the blank columns `mask` starts at most
/// [`LABEL_COLUMN`] cells in: the rows open with a column of labels.
fn label_column(mask: u128) -> bool {
    let pairs = mask & (mask >> 1);
    pairs != 0 && pairs.trailing_zeros() <= LABEL_COLUMN
}

/// A row's one gap (`gaps`) lies right of the first gutter of the rows
/// around it (`mask`): its first cell is wider than theirs and ran into
/// the gutter.
fn overflows_into(gaps: u128, mask: u128) -> bool {
    gutters(gaps) == 1 && mask != 0 && gaps.trailing_zeros() > mask.trailing_zeros()
}

/// Every gap of a line (two blank columns or more, in `gaps`) touches one
/// of the gutters `common`: the line is set in the table's columns, where
/// justified prose spreads its gaps anywhere.
pub(super) fn gaps_in_gutters(gaps: u128, common: u128) -> bool {
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
pub(super) fn last_word(text: &str) -> &str {
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
pub(super) fn may_end_in_figure(last: char) -> bool {
    last.is_ascii_digit()
        || last.is_ascii_uppercase()
        || matches!(last, '-' | '%' | '％' | ')' | '–' | '—' | '－' | '°')
}

/// `word` is a time or a measure with its unit set tight after the
/// figure, as a tide table or a sun's times print them (`6.48am`,
/// `7.52pm`, `4.8m`, `12h`), or points as a league's table prints them
/// (`59p`): a row's last cell.
pub(super) fn glued_unit_figure(word: &str) -> bool {
    let figure = ["am", "pm", "m", "h", "p"]
        .iter()
        .find_map(|unit| word.strip_suffix(unit))
        .unwrap_or("");
    figure.ends_with(|c: char| c.is_ascii_digit())
        && figure.len() <= 5
        && figure
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b':'))
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
pub(super) fn unit_after_figure(text: &str) -> bool {
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
pub(super) fn unit_after_figure_plain(text: &str) -> bool {
    let unit = last_word(text);
    unit.len() <= 4 && UNITS.contains(&unit) && {
        let head = text[..text.len() - unit.len()].trim_end_matches(' ');
        head.len() < text.len() - unit.len() && figure(last_word(head))
    }
}

/// A figure as tables print it: digits with their signs and separators
/// (`412`, `+0.0031`, `1,088`, `-14`, `3.5%`, `£120`, `1-P`, `-2°`,
/// `5°C`), at least half of it digits or signs, or a dash for nothing
/// (`--`, `–`, CJK tables' `－`).
pub(super) fn figure(word: &str) -> bool {
    // A comma or semicolon after it: a figure in a sentence that goes on.
    if word.is_empty() || word.len() > FIGURE_BYTES || word.ends_with([',', ';']) {
        return false;
    }
    if matches!(word, "-" | "--" | "–" | "—" | "－") {
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

/// Most figures [`tail_figures`] counts, and most labels
/// [`label_cells`] counts.
const TAIL_CELLS: u8 = 16;

/// How many words at the end of `text` are figures (see [`figure`]): the
/// cells of a row of a table set without gaps (`1. Ålvik FF 14 10 3 1
/// 33`: five), up to [`TAIL_CELLS`].
pub(super) fn tail_figures(text: &str) -> u8 {
    let n = text
        .split_ascii_whitespace()
        .rev()
        .take(usize::from(TAIL_CELLS))
        .take_while(|w| figure(w))
        .count();
    n as u8
}

/// Most letters of a column's label read by [`label_cells`] (`Pts`,
/// `Pkt`, `GD`).
const LABEL_LETTERS: usize = 3;

/// Fewest labels [`label_cells`] counts: fewer are words of a title.
const LABELS: usize = 3;

/// How many column labels follow the first word of `text` (of two
/// letters or more), a table's header row set without gaps (`Lag S V O F
/// P`: five; `Team P W D L Pts`): each word after the first of one to [`LABEL_LETTERS`]
/// letters, opening with a capital; 0 where another word stands there or
/// fewer than [`LABELS`] do.
pub(super) fn label_cells(text: &str) -> u8 {
    let mut words = text.split_ascii_whitespace();
    // (The first, the names' column's label, is a word: `T A B E L L E`
    // is a title set letter-spaced.)
    if words.next().is_none_or(|w| w.chars().nth(1).is_none()) {
        return 0;
    }
    let mut n = 0;
    for w in words {
        let mut chars = w.chars();
        let label = chars.next().is_some_and(char::is_uppercase)
            && w.chars().count() <= LABEL_LETTERS
            && chars.all(char::is_alphabetic);
        if !label || n == usize::from(TAIL_CELLS) {
            return 0;
        }
        n += 1;
    }
    if n >= LABELS {
        n as u8
    } else {
        0
    }
}

/// `word` is a score: one or two digits, a dash or colon, one or two
/// digits (`2-2`, `3–1`, `1:0`).
pub(super) fn is_score(word: &str) -> bool {
    let Some((a, b)) = word.split_once(['-', '–', ':']) else {
        return false;
    };
    let goals = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    goals(a) && goals(b)
}

/// The value of a CJK table's row: after its last space or a fullwidth
/// colon (`城东区 156部`, `贊成：38票`).
pub(super) fn cjk_value(text: &str) -> &str {
    let word = last_word(text);
    script::rsplit_once_char(word, '：').map_or(word, |(_, value)| value)
}

/// Most CJK characters of a unit glued to a figure (`52元`, `１１８０台`,
/// `8.6万辆`).
const CJK_UNIT_CHARS: usize = 2;

/// `word` is a figure (or a range of them) followed by a CJK unit of at
/// most [`CJK_UNIT_CHARS`] characters, as the value of a CJK table's row is
/// (`城东区 156部`, `寒流前 52元`, `18～26℃`); the caller has split it off
/// its label at a space.
pub(super) fn cjk_figure_with_unit(word: &str) -> bool {
    let figure =
        word.trim_end_matches(|c: char| (c.is_alphabetic() && script::is_cjk(c)) || c == '℃');
    let unit = word[figure.len()..].chars().count();
    // (Or a range, a day's temperatures: `18～26℃`, `12℃～18℃`.)
    (1..=CJK_UNIT_CHARS).contains(&unit)
        && figure.chars().any(is_figure)
        && figure.chars().all(|c| {
            is_figure(c) || matches!(c, '.' | ',' | '．' | '，' | '～' | '~' | '－' | '℃' | '°')
        })
}

/// Line `x`, ending in a figure and without layout gaps (a line with gaps
/// that [`mark_rows`] did not take is prose), may be a row of a table set
/// without them (`Crayford 0 Dent United 0`, `Hawes 18 13 3 2 42`,
/// `滙豐控股 68.45 +0.85`): two words at least, opening with a capital, a
/// digit or a letter without case, ending no sentence, without clause
/// punctuation between words but before a price (`Three-bed semi,
/// Whalley £285,000`: what and where, then what it costs).
pub(super) fn tally_row(x: &View, text: &str) -> bool {
    !x.ends_sentence
        && (x.first.is_uppercase() || x.first.is_ascii_digit() || uncased_letter(x.first))
        && text.len()
            > if x.cjk {
                cjk_value(text)
            } else {
                last_word(text)
            }
            .len()
        && (!(x.clause && clause_outside_brackets(text))
            || (!x.cjk
                && (last_word(text).starts_with(['£', '$', '€', '¥']) || price(last_word(text)))))
}

/// `word` is a price without its currency's sign, a figure with two
/// decimals (`2,80`, `45,00`, `1.299.00` no): what a row of a price list
/// ends in after the thing and its unit (`Ziemniaki, kg 2,80`).
fn price(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && matches!(b[b.len() - 3], b',' | b'.')
        && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
        && b[..b.len() - 3].iter().all(u8::is_ascii_digit)
}

/// `text` holds a comma or a semicolon and a space outside brackets: a
/// clause's, where one inside them parts a row's note (`Gold (10g,
/// Mumbai) Rs 78,950 +210`).
pub(super) fn clause_outside_brackets(text: &str) -> bool {
    let mut depth = 0u32;
    let mut prev = '\0';
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ' ' if depth == 0 && matches!(prev, ',' | ';') => return true,
            _ => {}
        }
        prev = c;
    }
    false
}

/// Longest line (in bytes) read by [`pairing`].
const PAIRING_BYTES: usize = 64;

/// Latin line `text` pairs two sides for a match to come, as a list of
/// fixtures sets them (`Jelen – Sloga`, `Arsenal v Chelsea`, `Real
/// Madrid - Celta`): one spaced dash, `v` or `vs` between two names of one to
/// three capitalised words, without figures or other punctuation. A row
/// of a table set without gaps, where three come together.
#[inline(never)]
pub(super) fn pairing(x: &View, text: &str) -> bool {
    if x.cjk
        || x.ends_sentence
        || text.len() > PAIRING_BYTES
        || !x.first.is_uppercase()
        || !x.last.is_alphabetic()
    {
        return false;
    }
    // Word by word, most lines failing at their first word in lowercase
    // (the spaces found byte by byte: the words are short).
    let (mut before, mut after, mut marks, mut joined) = (0, 0, 0, 0usize);
    let b = text.as_bytes();
    let mut k = 0;
    while k <= b.len() {
        let end = b[k..]
            .iter()
            .position(|&c| c == b' ')
            .map_or(b.len(), |p| k + p);
        let w = &text[k..end];
        k = end + 1;
        if matches!(w, "–" | "-" | "—" | "v" | "vs" | "vs.") {
            marks += 1;
            continue;
        }
        // (A place's particle inside a side's name: `Borgo Val di Sieve`.)
        let particle = before > 0 && is_name_word(w);
        let name = (w.starts_with(char::is_uppercase) || particle)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
        if !name || marks > 1 {
            return false;
        }
        if marks == 0 {
            before += 1;
        } else {
            after += 1;
        }
        joined += usize::from(
            w.match_indices('-')
                .any(|(i, _)| w[i + 1..].starts_with(char::is_uppercase) && i > 0),
        );
    }
    // (Italian papers join the sides by a hyphen without spaces:
    // `Castelnuovo-Monteleone`, `San Faustino-Borgo Alto`.)
    (marks == 1 && (1..=3).contains(&before) && (1..=3).contains(&after))
        || (marks == 0 && joined == 1 && (1..=PAIRING_WORDS).contains(&before))
}

/// Most words of a pairing joined by a hyphen without spaces.
const PAIRING_WORDS: usize = 5;

/// Most characters of a CJK fixture's line: see [`cjk_pairing`].
const CJK_PAIRING_CHARS: usize = 32;

/// CJK line `text` pairs two sides for a match to come, as a list of
/// fixtures sets them (`鷹見ＦＣ―南台ヴィクトリー（鷹見陸）`, `山城ＳＣ－東郷ＦＣ`):
/// one dash between two names of two characters or more, the venue in
/// brackets after them at most, with no clause or sentence mark. A row of
/// a table set without gaps, where three come together.
#[inline(never)]
pub(super) fn cjk_pairing(x: &View, text: &str) -> bool {
    if !x.cjk || x.clause || x.ends_sentence || x.marker > 0 || !holds_dash(text.as_bytes()) {
        return false;
    }
    let sides = text.strip_suffix('）').map_or(text, |t| {
        t.rsplit_once('（').map_or(t, |(before, _)| before)
    });
    if sides.chars().count() > CJK_PAIRING_CHARS {
        return false;
    }
    let mut parts = sides.split(['―', '－', '—']);
    let name = |p: Option<&str>| {
        p.is_some_and(|p| {
            p.chars().count() >= 2 && p.chars().all(|c| c.is_alphanumeric() || c == '・')
        })
    };
    name(parts.next()) && name(parts.next()) && parts.next().is_none()
}

/// `b` holds `―`, `—` (E2 80 95, E2 80 94) or `－` (EF BC 8D), told from
/// the bytes: most CJK lines hold none, and are not decoded.
pub(super) fn holds_dash(b: &[u8]) -> bool {
    memchr::memchr2_iter(0xe2, 0xef, b).any(|i| {
        matches!(
            (b[i], b.get(i + 1), b.get(i + 2)),
            (0xe2, Some(0x80), Some(0x94 | 0x95)) | (0xef, Some(0xbc), Some(0x8d))
        )
    })
}

/// Most words in a row whose figures stand inside it: see
/// [`figures_inside`].
const INSIDE_ROW_WORDS: usize = 6;
/// Longest such row, in bytes.
pub(super) const INSIDE_ROW_BYTES: usize = 48;

/// Latin line `text` holds two figures side by side and ends in a word
/// (`Porto 9 15 chuva`, `Milano 5 12 sereno`, `Oslo 12 4 Fair`): a row of a
/// table set without gaps whose last cell is a word, as a weather table's
/// is. Prose seldom sets two figures side by side; at most
/// [`INSIDE_ROW_WORDS`] words.
pub(super) fn figures_inside(text: &str) -> bool {
    // Two figures side by side hold a digit, a space and a digit (or a
    // sign) in a row: most lines have none, which one pass over the bytes
    // tells.
    // (A figure may carry its unit: `Dienstag 19° 11° heiter`; `°` ends
    // in the byte B0.)
    let pair = text.as_bytes().windows(3).any(|w| {
        (w[0].is_ascii_digit() || matches!(w[0], 0xb0 | b'%'))
            && w[1] == b' '
            && (w[2].is_ascii_digit() || matches!(w[2], b'-' | b'+'))
    });
    if !pair {
        return false;
    }
    let mut words = text.split(' ').filter(|w| !w.is_empty());
    let mut prev_figure = false;
    let mut pair = false;
    let mut last = "";
    for (n, w) in words.by_ref().enumerate() {
        if n == INSIDE_ROW_WORDS {
            return false;
        }
        let figure = w.bytes().any(|b| b.is_ascii_digit()) && figure(w);
        pair |= prev_figure && figure;
        prev_figure = figure;
        last = w;
    }
    pair && last.starts_with(char::is_alphabetic)
}

/// Longest row of a fact box read by [`label_row`], in bytes.
const LABEL_ROW_BYTES: usize = 80;
/// Longest label of a fact box's row, in bytes, with its colon.
const LABEL_BYTES: usize = 40;
/// Most words in the label of a fact box's row, articles and
/// prepositions inside it aside (see [`opens_with_label`]).
const LABEL_WORDS: usize = 3;

/// Line `x` may be a row of a fact box (`Öffnungszeiten: 7 bis 13 Uhr`,
/// `Gäller från: 3 mars`, `Prix : 2 euros`): a short Latin line that
/// opens with a label of one to [`LABEL_WORDS`] words, the first
/// capitalised, without figures, then a colon, a space and a value; it
/// does not run on into the next line (no final hyphen or comma). The
/// caller checks the capital, so that only such lines are read.
pub(super) fn label_row(x: &View, text: &str) -> bool {
    !(x.cjk
        || text.len() > LABEL_ROW_BYTES
        || x.ends_hyphen
        || x.credit_label
        || matches!(x.last, ',' | ';' | ':'))
        && opens_with_label(text)
}

/// `text` opens with the label of a row or an entry of a fact box: one to
/// [`LABEL_WORDS`] words without figures (but a number, `RE 7`), and the
/// articles and prepositions between them (`Part de la région`, twice as
/// many words in all at most), a colon, a space and a value (see
/// [`label_row`]).
pub(super) fn opens_with_label(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(LABEL_BYTES)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    // A space, then the value; or a gap of spaces, set in columns as
    // `pdftotext -layout` gives them (`Bauherrschaft:      Meier-Brunner
    // Immobilien AG`).
    let after = &text.as_bytes()[colon + 1..];
    let spaces = after.iter().take_while(|&&b| b == b' ').count();
    if spaces == 0 || spaces == after.len() {
        return false;
    }
    // French sets a space before the colon.
    let label = text[..colon].strip_suffix(' ').unwrap_or(&text[..colon]);
    // Words, a number (`RE 7`) or a year (`Umsatz 2023`), places joined by
    // a dash (`Karlsruhe–Basel`).
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    // (A year only after one word: `He said the 2024: plan` is prose.)
    if label.split(' ').any(year) && label.split(' ').nth(2).is_some() {
        return false;
    }
    let word = |w: &str| {
        w == "&"
            || (((1..=3).contains(&w.len()) || year(w)) && w.bytes().all(|b| b.is_ascii_digit()))
            || (w.starts_with(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '–' | '.' | '\'' | '’')))
    };
    // (Articles and prepositions inside it count for no word: `Part de la
    // région : 310 000 euros`.)
    let words = label.split(' ').take(2 * LABEL_WORDS + 1);
    let (mut count, mut all, mut capitals) = (0, true, true);
    for (i, w) in words.enumerate() {
        let particle = matches!(
            w,
            "de" | "la"
                | "le"
                | "les"
                | "du"
                | "des"
                | "of"
                | "the"
                | "der"
                | "die"
                | "das"
                | "von"
                | "di"
                | "del"
                | "della"
                | "van"
                | "het"
        );
        // (Nor does a note in brackets after a word: `Reichweite (WLTP)`,
        // `Ladeleistung (DC)`, a team's formation, `VALSESIA (4-3-1-2)`.)
        let note = i > 0
            && w.len() >= 3
            && w.starts_with('(')
            && w.ends_with(')')
            && w[1..w.len() - 1].chars().all(|c| {
                c.is_alphanumeric() || matches!(c, '%' | '/' | '.' | '-' | '–' | '€' | '$' | '£')
            });
        count += usize::from(i == 0 || !(particle || note));
        capitals &= particle || note || w.starts_with(char::is_uppercase);
        all &= word(w) || note;
    }
    // (One word more where every word is capitalised, a name's:
    // `Kapel Zorgcentrum Het Anker: 15.00 uur`.)
    let most = LABEL_WORDS + usize::from(capitals);
    all && count <= most && label.split(' ').nth(2 * LABEL_WORDS).is_none()
}

/// Longest name and mark before the gap of a [`rated_row`], in bytes.
const RATED_NAME_BYTES: usize = 32;

/// `text` is a row of player ratings or marks: a name of one to three
/// capitalised words and a mark in figures (`7`, `7,5`, `6.5`, `8½`),
/// two spaces or more, then a remark opening with a capital (`Ferrante 7
/// Due parate decisive.`, `Bellandi 7,5  Un gol da centravanti vero.`).
/// Three such lines in a row are a listing, though each ends a sentence.
/// The caller asks only lines with a gap of spaces (see
/// [`script::layout_gap`]).
pub(super) fn rated_row(text: &str) -> bool {
    // (Byte by byte: the head is short, and a searcher costs more to set
    // up than to run here.)
    let head = &text.as_bytes()[..text.len().min(RATED_NAME_BYTES + 2)];
    let Some(gap) = head.windows(2).position(|w| w == b"  ") else {
        return false;
    };
    let (left, remark) = (&text[..gap], text[gap..].trim_start());
    let Some((name, mark)) = left.rsplit_once(' ') else {
        return false;
    };
    let mark = mark.strip_suffix('½').unwrap_or(mark);
    // (Or none given: `sv`, senza voto.)
    let figures = (mark.starts_with(|c: char| c.is_ascii_digit())
        && mark.len() <= 4
        && mark
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.'))
        || matches!(mark, "sv" | "s.v." | "nv");
    let mut words = name.split(' ');
    figures
        && remark.starts_with(char::is_uppercase)
        && (1..=3).contains(&words.clone().count())
        && words.all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
}

/// Most letters of the abbreviation that opens a [`dashed_label_row`].
const DASHED_LABEL_LETTERS: usize = 4;
/// Most letters of the word that opens a [`dashed_label_row`].
const DASHED_LABEL_WORD: usize = 8;

/// `text` is a row of a box score's notes or a listing's key: an
/// abbreviation, capitals of one to [`DASHED_LABEL_LETTERS`] letters, or
/// a capitalised word of up to [`DASHED_LABEL_WORD`], a spaced dash, then
/// a value (`HR — Riverside: Kowalczyk (6).`, `Att — 31,204. T — 3:22.`,
/// `Toss - Surrey.`, `Scorers — Ali 2, Bell.`). Three such lines in a row
/// are a listing: prose seldom opens three lines running so.
pub(super) fn dashed_label_row(text: &str) -> bool {
    let b = text.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    // (Most lines have no space right after their first word's letters.)
    if b.get(letters) != Some(&b' ') {
        return false;
    }
    let capitals = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let abbreviation = capitals == letters && letters <= DASHED_LABEL_LETTERS;
    let word = capitals == 1 && letters <= DASHED_LABEL_WORD;
    letters >= 1
        && (abbreviation || word)
        && b[0].is_ascii_uppercase()
        && [" — ", " – ", " - "].iter().any(|d| {
            text[letters..]
                .strip_prefix(d)
                .is_some_and(|value| !value.is_empty())
        })
}

/// Fewest cells of each of two CJK rows that make a table alone (see
/// [`mark_rows`]).
const LINE_SCORE_CELLS: u8 = 4;

/// Most characters in a cell of a CJK row read by [`cjk_cell_row`].
const CJK_CELL_CHARS: usize = 10;

/// More characters a cell may hold where single spaces part the cells: a
/// listing's entry, `6月22日（日）下午3時 街坊粵曲欣賞會`.
const TIGHT_CELL_EXTRA: usize = 6;
/// Most cells of a CJK row read by [`cjk_cell_row`].
const CJK_CELLS: usize = 6;

/// CJK line `x` may be a row of a table or a listing set with ideographic
/// spaces (or runs of spaces) between its cells (`屯門醫院　逾8小時`,
/// `黄浦区　张志强家庭`, `電源部品　　２３４０（＋２２）`, `頭馬  步步高陞
/// 何子聰    1:22.41`): two to [`CJK_CELLS`] cells of at
/// most [`CJK_CELL_CHARS`] characters each, parted by ideographic spaces
/// (and spaces) inside the line, and no comma or stop, as a sentence holds.
/// Returns the number of cells, 0 for no such row, and whether single
/// spaces part them (three cells or more, a figure among them). A run of
/// such lines makes a table ([`mark_rows`]); a headline parting its
/// phrases with an ideographic space stands alone.
pub(super) fn cjk_cell_row(x: &View, text: &str) -> (u8, bool) {
    // (A row of CJK names over figures may read as Latin by its count of
    // characters: `出口　　　　　　852.7　　　　　　9.1`.)
    // (A Latin line opens with ASCII: most are told by their first byte.)
    // (Or by single spaces, three cells at least, with a figure: `東邦電機
    // 1兆2450億円 8.2％増`.)
    let spaced = script::has_ideographic_space(text.as_bytes())
        || (x.cjk && script::layout_gap(text.as_bytes()));
    // (A figure in one of them at least: a stack of headlines parts its
    // phrases so too, `全運會閉幕 港隊 成績創新高`.)
    // (An entry by the clock, `10:30 女子跳远决赛`, is a timed listing's,
    // read as such: see [`leading_clock`].)
    let single = !spaced
        && x.cjk
        && memchr::memchr(b' ', text.as_bytes()).is_some()
        && text.contains(|c: char| c.is_ascii_digit() || is_fullwidth_digit(c))
        && !(x.first.is_ascii_digit() && leading_clock(text).is_some());
    if x.clause || x.ends_sentence || (!x.cjk && x.first.is_ascii()) || !(spaced || single) {
        return (0, false);
    }
    if !x.cjk && !text.chars().any(|c| script::is_cjk(c) && c.is_alphabetic()) {
        return (0, false);
    }
    let (mut cells, mut chars, mut gap) = (1, 0, false);
    for c in text.chars() {
        if matches!(c, '\u{3000}' | ' ' | '\t') {
            gap = true;
            continue;
        }
        if matches!(c, '。' | '，' | '、' | '；' | '！' | '？') {
            return (0, false);
        }
        if gap {
            (cells, chars, gap) = (cells + 1, 0, false);
        }
        chars += 1;
        if chars > CJK_CELL_CHARS + usize::from(single) * TIGHT_CELL_EXTRA || cells > CJK_CELLS {
            return (0, false);
        }
    }
    if cells >= 2 {
        (cells as u8, single)
    } else {
        (0, false)
    }
}

/// Most cells [`spaced_cells`] counts.
const SPACED_CELLS: usize = 16;

/// Most characters of a cell read by [`word_cells`].
const WORD_CELL_CHARS: usize = 8;

/// The cells of `text` parted by single ASCII spaces, each of at most
/// [`WORD_CELL_CHARS`] characters and [`SPACED_CELLS`] of them at most
/// (`順位 チーム 試合 勝 敗 分 勝率`: seven; `600123 华东电气 12.35
/// +10.02%`: four); 0 where a cell is longer.
pub(super) fn word_cells(text: &str) -> u8 {
    let mut cells = 0;
    for cell in text.split(' ') {
        cells += 1;
        if cell.is_empty() || cells > SPACED_CELLS || cell.chars().nth(WORD_CELL_CHARS).is_some() {
            return 0;
        }
    }
    u8::try_from(cells).unwrap_or(0)
}

/// The cells of CJK line `text` parted by ideographic spaces (or runs of
/// them, or of two spaces or more), where it holds one: 0 without, or
/// beyond [`SPACED_CELLS`].
#[inline(never)]
pub(super) fn spaced_cells(text: &str) -> u8 {
    if !script::has_ideographic_space(text.as_bytes()) {
        return 0;
    }
    let (mut cells, mut gap) = (1usize, false);
    let mut spaces = 0;
    for c in text.chars() {
        match c {
            '\u{3000}' => gap = true,
            ' ' => {
                spaces += 1;
                gap |= spaces >= 2;
                continue;
            }
            _ => {
                if gap {
                    cells += 1;
                }
                gap = false;
            }
        }
        spaces = 0;
        if cells > SPACED_CELLS {
            return 0;
        }
    }
    cells as u8
}

/// Longest line of a results listing read by [`score_row`], in bytes.
const SCORE_ROW_BYTES: usize = 80;

/// Line `x` may be a row of results (`利物浦 2：2 車路士`, `Hull 2-1
/// Leeds`, `Guarani 2 x 1 Ponte Preta`): a short line with one score,
/// digits on both sides of a colon, a dash or a spaced `x`, between names (the first not lowercase), ending no
/// sentence, without clause punctuation.
pub(super) fn score_row(x: &View, text: &str) -> bool {
    // (A note in brackets may end in a stop: `Ourense (pr.)`.)
    if script::is_lowercase(x.first)
        || x.first.is_ascii_digit()
        || text.len() > SCORE_ROW_BYTES
        || (x.ends_sentence && !text.ends_with(".)"))
        || x.clause
        || !(script::is_alphabetic(x.last) || matches!(x.last, ')' | '）'))
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
/// `Eastmont 21, Wenatchee 20 (OT)`, `Glen Rovers 2-21 Midleton 1-19`):
/// two halves around one `, ` or spaced dash (or none after a score of
/// goals and points), each opening with a capital and ending in a number
/// of at most three digits or such a score (the second may add a
/// bracketed note).
pub(super) fn paired_score(x: &View, text: &str) -> bool {
    // (The second half ends in its score or a bracketed note: most lines
    // end otherwise, and are not searched.)
    if x.cjk
        || text.len() > SCORE_ROW_BYTES
        || x.ends_sentence
        || !(x.last.is_ascii_digit() || x.last == ')')
        || !x.first.is_uppercase()
    {
        return false;
    }
    let mut halves = text.split(", ");
    let (a, b) = match (halves.next(), halves.next(), halves.next()) {
        (Some(a), Some(b), None) => (a, b),
        _ => match text.split_once(" - ").or_else(|| text.split_once(" – ")) {
            Some((a, b)) if !b.contains(" - ") && !b.contains(" – ") => (a, b),
            // Or no mark between them: after the first half's score in
            // goals and points (`Glen Rovers 2-21 Midleton 1-19`).
            _ => match text.split(' ').position(is_score) {
                Some(k) => {
                    let at = text
                        .split(' ')
                        .take(k + 1)
                        .map(|w| w.len() + 1)
                        .sum::<usize>();
                    (
                        text[..at - 1].trim_end(),
                        text[at.min(text.len())..].trim_start(),
                    )
                }
                None => return false,
            },
        },
    };
    let b = match b.rsplit_once(" (") {
        Some((b, note)) if note.ends_with(')') && note.len() <= 8 => b,
        _ => b,
    };
    let ends_in_score = |h: &str| {
        h.rsplit_once(' ').is_some_and(|(name, n)| {
            !name.is_empty()
                && (((1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()))
                    || is_score(n))
        })
    };
    b.starts_with(char::is_uppercase) && ends_in_score(a) && ends_in_score(b)
}

/// CJK line `x` may be a row of results (`桜ケ丘３―０北山`, `南陵５－４東浜`):
/// short, one score of ASCII or fullwidth digits around a dash or colon,
/// between two names.
pub(super) fn cjk_score(x: &View, text: &str) -> bool {
    /// Most characters of a CJK results row.
    const CHARS: usize = 20;
    if !x.cjk || x.clause || x.ends_sentence || text.len() > 3 * CHARS {
        return false;
    }
    let digit = is_figure;
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
/// (Foto di Marco Lupi)`, `(Photo: Jane Li)`, `(Bild: dpa)`; or a photo
/// agency's name alone in brackets, `(Ansa)`.
pub(super) fn bracketed_credit(text: &str) -> bool {
    let Some(open) = text.rfind('(') else {
        return false;
    };
    let inner = &text[open + 1..text.len() - 1];
    // (Or a photo agency's name alone in brackets on the caption's last
    // line: `durante la conferenza stampa di ieri a Roma` / `(Ansa)`.)
    if open == 0 && PHOTO_AGENCIES.contains(&inner) {
        return true;
    }
    // (Italian sets it in lowercase: `(foto Di Marco)`.)
    // (Vietnamese `(Ảnh: Minh Trí)`, Filipino `(Kuha ni Jun Sarmiento)`.)
    [
        "Foto",
        "Photo",
        "Bild",
        "Fotos",
        "Photos",
        "Picture",
        "foto",
        "photo",
        "Fotó",
        "Kuva",
        "Ảnh",
        "Kuha",
        "Larawan",
        "Fotoğraf",
        "Zdjęcie",
        "Fotografie",
    ]
    .iter()
    .any(|w| {
        inner
            .strip_prefix(w)
            .is_some_and(|r| r.starts_with([' ', ':']))
    }) && inner.split(' ').count() <= 6
}

/// Photo agencies credited by name alone in brackets under a caption.
const PHOTO_AGENCIES: [&str; 12] = [
    "Ansa",
    "ANSA",
    "LaPresse",
    "Imagoeconomica",
    "Getty Images",
    "EPA",
    "AFP",
    "Reuters",
    "dpa",
    "Keystone",
    "Belga",
    "ANP",
];

/// Longest photo credit read by [`slash_credit`], in bytes.
const SLASH_CREDIT_BYTES: usize = 64;

/// A short Latin line of capitalised words around one ` / ` (`JANE LI /
/// MORNING LEDGER`, `EFE / Domenech Castelló`), or one `/` set close in a
/// line of capitals (`JAMES ORTIZ/HARBOUR TRIBUNE`) or after a name (`Ana
/// Lima/Folha do Vale`), ending no sentence and
/// holding no figure: the credit under a photo.
pub(super) fn slash_credit(x: &View, text: &str) -> bool {
    if text.len() > SLASH_CREDIT_BYTES || x.cjk || x.ends_sentence || x.clause {
        return false;
    }
    let b = text.as_bytes();
    let Some(slash) = memchr::memchr(b'/', b) else {
        return false;
    };
    let spaced = slash > 0 && b[slash - 1] == b' ' && b.get(slash + 1) == Some(&b' ');
    let (names, agency) = (text[..slash].trim_end(), text[slash + 1..].trim_start());
    // Set close, the credit is in capitals (`JAMES ORTIZ/HARBOUR TRIBUNE`)
    // or opens with a name of two words or more (`Ana Lima/Folha do Vale`).
    let capitals = !spaced && !text.chars().any(char::is_lowercase);
    if !spaced && !capitals && !name_line(names) {
        return false;
    }
    let capitalised = |part: &str| {
        let words = part.split(' ').filter(|w| !w.is_empty());
        words.clone().count() <= 4
            && words
                .clone()
                .all(|w| w.starts_with(char::is_uppercase) || is_name_word(w))
            && part.starts_with(char::is_uppercase)
    };
    !names.is_empty()
        && !agency.is_empty()
        && !text.bytes().any(|b| b.is_ascii_digit())
        && capitalised(names)
        && capitalised(agency)
}

/// Holds a photo credit (`＝`, `攝`, `提供`, `撮影`, `Foto`), as the lines
/// of a caption do and a subhead's do not.
pub(super) fn credit_text(text: &str) -> bool {
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
pub(super) struct Candidate {
    /// Index of its view.
    pub(super) line: usize,
    /// Columns (cells from the line's start, the first 128) that are blank
    /// inside the text, where the line has a layout gap; 0 otherwise. See
    /// [`layout_gaps`].
    pub(super) gaps: u128,
    /// Every stretch of text between the gaps holds at most
    /// [`CELL_WORDS`] words: the cells of a table, not a column of prose.
    pub(super) short_cells: bool,
    /// The last word is a figure (`412`, `+0.0031`, `1,088`, `--`, `1-P`):
    /// see [`figure`].
    pub(super) figure_end: bool,
    /// May be a row of a table set without gaps: see [`tally_row`].
    pub(super) tally: bool,
    /// May be a row of results: see [`score_row`]. Two such rows make a
    /// listing.
    pub(super) score: bool,
    /// May be a row of a fact box (see [`label_row`]), of a list of people
    /// ([`named_row`]) or of a CJK table.
    pub(super) label: bool,
    /// The cells of a CJK table's row, 0 for none: see [`cjk_cell_row`].
    pub(super) cjk_cells: u8,
    /// Those cells are parted by single spaces: the row is no wider than
    /// its text, as a line of prose is.
    pub(super) tight_cells: bool,
    /// The first cell is a date: see [`month_day_first`].
    pub(super) date_first: bool,
    /// The line holds a digit.
    pub(super) digits: bool,
    /// It ends in a figure with its unit set tight (`7.52pm`): see
    /// [`glued_unit_figure`].
    pub(super) glued_end: bool,
    /// It ends in a time of day and holds another: see [`two_clocks`].
    pub(super) clocks: bool,
    /// It opens an entry of a register, a name and its comma: see
    /// [`name_comma_row`].
    pub(super) named: bool,
    /// A row of a fact box, a label, its colon and a value: see
    /// [`label_row`].
    pub(super) boxed: bool,
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
pub(super) fn mark_rows(v: &[View], candidates: &[Candidate]) -> Vec<bool> {
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
        // Rows whose first cell ran into the gutter, taken in between.
        let mut overflowed = 0;
        while let Some(n) = next_line(e) {
            let (x, common) = (&v[n.line], mask & n.gaps);
            // A table of rows enough ends before a row that would lose one
            // of its gutters (`Sunrise 6.04am` under `Wagga Wagga -1 17`),
            // but for its last row, whose first cell may run into one
            // (`Brent crude ($/bbl) 82.14`, see [`one_cell_overflows`]).
            let enough = e + 1 - c >= TABLE_ROWS && gutters(common) < gutters(mask);
            let last = next_line(e + 1).is_none_or(|m| v[m.line].blank_before);
            // (So may a row between others, its first cell running into
            // the gutter, the next row keeping to it: `Manzana Red Delicious
            // (caja 18 kg)   $ 17.200` among `Durazno (cajón 10 kg)
            // $ 14.000`.)
            if gutters(common) == 0 && overflows_into(n.gaps, mask) && !x.blank_before {
                let rejoins = next_line(e + 1).is_some_and(|m| {
                    !v[m.line].blank_before
                        && gutters(mask & m.gaps) > 0
                        && gaps_in_gutters(m.gaps, mask & m.gaps)
                });
                if rejoins && set_in_columns(x, n.gaps) {
                    overflowed += 1;
                    e += 1;
                    continue;
                }
            }
            if x.blank_before
                || !set_in_columns(x, n.gaps)
                || gutters(common) == 0
                || !gaps_in_gutters(n.gaps, common)
                || (enough && !last)
            {
                break;
            }
            mask = common;
            e += 1;
        }
        let run = &candidates[c..=e];
        let figures = figure_rows(v, run);
        let count = run.len();
        let in_gutters = || {
            run.iter()
                .filter(|n| !gaps_in_gutters(n.gaps, mask))
                .count()
                <= overflowed
                || one_cell_overflows(run)
        };
        // (Or two rows ending in figures that share two gutters: a box of
        // two results, `Northfield  58   Carver      52`.)
        // (Or one gutter, every cell a few words: `Sunrise 6.48am    Sunset
        // 7.52pm` / `Moonrise 9.15pm   Moonset 6.02am`.)
        let pair = count == 2
            && (gutters(mask) >= 2 || run.iter().all(|n| n.short_cells))
            && run.iter().all(|n| n.figure_end);
        let table = (pair && in_gutters())
            || count >= TABLE_ROWS
                && in_gutters()
                && (2 * figures >= count
                    || (gutters(mask) >= 2
                        && run.iter().all(|n| listing_row(&v[n.line], n.short_cells)))
                    // (Or a column of labels, narrow, beside their values:
                    // `海拔    約1100公尺` / `品種    鐵比卡、藝伎`, `Vandaag   6°
                    // bewolkt, later regen`; two columns of prose side by
                    // side are each far wider.)
                    // (Ending where the text does, or at a blank line or a
                    // title in bold or capitals: a row's value may wrap
                    // onto a line of its own, `Sonntag      Gottesdienst im
                    // Festzelt, danach` / `Frühschoppen`.)
                    || (label_column(mask)
                        && run.iter().all(|n| listing_row(&v[n.line], true))
                        && v.get(run[count - 1].line + 1).is_none_or(|n| {
                            n.blank_before || n.doubled || n.all_caps || n.furniture
                        })));
        if table {
            mark(k..k + count);
            // A total's rows under the table, their labels run over the
            // first gutters, their figures in the last column: `Extras (b
            // 1, lb 4, w 6, nb 2)        13` / `Total (8 wkts, 50 overs)
            // 214` under a scorecard's batters.
            let rightmost = 1u128 << (127 - mask.leading_zeros().min(127));
            while let Some(n) = next_line(e)
                .filter(|n| n.figure_end && n.gaps & rightmost != 0 && !v[n.line].blank_before)
            {
                mark(n.line..n.line + 1);
                e += 1;
            }
        }
        c = if count >= TABLE_ROWS { e + 1 } else { c + 1 };
    }
    // Rows parted alike: at least [`TABLE_ROWS`] lines in a row, each
    // with as many gaps, the cells short, half of them ending in a figure
    // or opening with one, where the gaps do not line up (an extractor
    // that keeps two spaces between cells but not their columns:
    // `Variety  Last season  This week` / `Teja  21,000  12,500` /
    // `Wonder Hot  19,200  11,800`).
    let alike = |n: &Candidate| {
        n.short_cells && set_in_columns(&v[n.line], n.gaps) && !v[n.line].ends_sentence
    };
    let mut c = 0;
    while c < candidates.len() {
        let cells = gutters(candidates[c].gaps);
        let mut e = c;
        if cells > 0 && alike(&candidates[c]) {
            while let Some(n) = next_line(e) {
                if !alike(n) || v[n.line].blank_before || gutters(n.gaps) != cells {
                    break;
                }
                e += 1;
            }
        }
        let run = &candidates[c..=e];
        if run.len() >= TABLE_ROWS && 2 * figure_rows(v, run) >= run.len() {
            mark(candidates[c].line..candidates[e].line + 1);
        }
        c = e + 1;
    }
    // Tallies, then fact boxes, whose last value may wrap onto a line going
    // on in lowercase: that row is prose.
    for labels in [false, true] {
        let pick = |n: &Candidate| if labels { n.label } else { n.tally || n.clocks };
        let wraps = labels;
        let mut c = 0;
        while c < candidates.len() {
            if !pick(&candidates[c]) {
                c += 1;
                continue;
            }
            let mut e = c;
            // (A CJK entry whose cells single spaces part may wrap onto a
            // line of its own, the next entry, of as many cells, right
            // under it: the run goes on over that line, which is no row.)
            let over_wrap = |e: usize| {
                let x = candidates[e].line;
                candidates.get(e + 1).filter(|n| {
                    n.line == x + 2
                        && n.tight_cells
                        && candidates[e].tight_cells
                        && n.cjk_cells == candidates[e].cjk_cells
                        && v[x + 1].cjk
                        && !v[x + 1].blank_before
                        && !v[n.line].blank_before
                })
            };
            while let Some(n) = next_line(e).or_else(|| over_wrap(e)) {
                // (A blank line that is only a double-spaced column's
                // spacing parts no rows.)
                if !pick(n) || (v[n.line].blank_before && !v[n.line].spacing) {
                    break;
                }
                e += 1;
            }
            // A title over results (`PRIMERA FEB · JORNADA 24`) is none of
            // them: results have no header row.
            if !labels
                && e > c
                && !candidates[c].score
                && candidates[c + 1..=e].iter().all(|n| n.score)
            {
                c += 1;
            }
            let last = candidates[e].line;
            // (Or onto a line of its own before the box's next entry:
            // `Partners: Lea Valley Trust, Bramford` / `Parish Council` /
            // `Next survey: April 2026`.)
            let wrapped = wraps
                && v.get(last + 1).is_some_and(|n| {
                    !n.blank_before
                        && (n.first.is_lowercase()
                            || v.get(last + 2)
                                .is_some_and(|m| !m.blank_before && m.entry_label))
                });
            let count = e + 1 - c - usize::from(wrapped);
            let scores = !labels && candidates[c..=e].iter().all(|n| n.score);
            // CJK rows of two cells stop short of the column, where prose
            // parting its words with ideographic spaces fills it.
            let cells = |n: &Candidate| {
                let x = &v[n.line];
                n.cjk_cells >= 3 || n.tight_cells || x.width + CJK_SHORT / 2 <= x.col
            };
            let cjk = candidates[c..=e].iter().filter(|n| n.cjk_cells > 0);
            let (cjk_rows, cjk_cells) =
                cjk.fold((0, 0), |(r, k), n| (r + 1, k + usize::from(cells(n))));
            let prose = cjk_rows > 0 && 2 * cjk_cells <= cjk_rows;
            // (Two CJK rows of as many cells, four or more, are a table of
            // their own: a line score, `巨人　010　000　100　2` over `阪神　…`.)
            // (Or two tallies of as many cells parted by single spaces,
            // four or more: `海神 010 200 000 3 8 0` over `山豹 000 100 003
            // 4 9 1`.)
            let run = &candidates[c..=e];
            let words = |n: &Candidate| v[n.line].word_cells;
            // Line `k` stands under a box's title: a Latin line alone with no
            // sentence's end, after a blank line or a sentence's end.
            let titled = |k: usize| {
                k > 0 && {
                    let t = &v[k - 1];
                    !t.cjk
                        && t.latin_heading
                        && !t.ends_sentence
                        && t.marker == 0
                        && (k == 1 || t.blank_before || v[k - 2].ends_sentence)
                }
            };
            // (Or two tallies ending in a time or a measure set tight: `Sunrise
            // 5.58am Sunset 7.52pm` / `Moonrise 11.14am Moonset 12.40am`;
            // or in two times of day, `Zon op 08.27, onder 16.31` /
            // `Hoogwater Kampen 03.14 en 15.41`, the second running on into
            // no line in lowercase.)
            let pair = run.len() == 2
                && if labels {
                    (run[0].cjk_cells >= LINE_SCORE_CELLS && run[0].cjk_cells == run[1].cjk_cells)
                        // (Or two entries of a register alone under their
                        // title: `Naissances` / `Jeanne Perrot, rue des
                        // Tanneurs.` / `Marcel Vidal, faubourg Saint-Jean.`.)
                        || (run.iter().all(|n| n.named)
                            && v.get(run[1].line + 1).is_none_or(|x| x.blank_before))
                        // (Or two Latin rows of a box under its title, the
                        // next line no value going on: `Farmacie di turno`
                        // / `Sabato 8: Farmacia San Rocco, …` / `Domenica
                        // 9: Farmacia Comunale, …`.)
                        || (run.iter().all(|n| n.boxed)
                            && titled(run[0].line)
                            && v.get(run[1].line + 1).is_none_or(|x| {
                                x.blank_before || !x.first.is_lowercase()
                            }))
                } else {
                    (words(&run[0]) >= LINE_SCORE_CELLS
                        && words(&run[0]) == words(&run[1])
                        && run.iter().all(|n| n.figure_end))
                        || run.iter().all(|n| n.glued_end)
                        || (run.iter().all(|n| n.clocks)
                            && v.get(run[1].line + 1)
                                .is_none_or(|x| x.blank_before || !x.first.is_lowercase()))
                };
            if !prose && (count >= TABLE_ROWS || (scores && count >= SCORE_ROWS) || pair) {
                // (Row by row: a wrapped entry's second line is none.)
                for n in &candidates[c..c + count] {
                    mark(n.line..n.line + 1);
                }
            }
            c = e + 1;
        }
    }
    if !marks.is_empty() {
        widen_rows(v, candidates, &mut marks);
    }
    marks
}

/// Takes into the rows marked in `marks` a row set right above or under
/// them whose last cell runs longer than a cell's words, a forecast's
/// words, say (`Metro Manila   25–33°C   Maulap, may pag-ulan sa hapon`
/// over `Lucena    24–32°C   Bahagyang maulap`): a candidate with as
/// many gutters as the row beside it, two at least, holding a figure and
/// ending no sentence; and a short tally set right under them.
fn widen_rows(v: &[View], candidates: &[Candidate], marks: &mut [bool]) {
    let like = |a: &Candidate, b: &Candidate| {
        let x = &v[a.line];
        !marks[a.line]
            && marks[b.line]
            && a.digits
            && !x.ends_sentence
            && set_in_columns(x, a.gaps)
            && gutters(a.gaps) >= 2
            && gutters(a.gaps) == gutters(b.gaps)
    };
    // (So is a short tally ending in a figure set tight under the last
    // row: `Sunrise 6.48am    Sunset 7.52pm` / `Moonrise 9.15pm
    // Moonset 6.02am` / `Full moon April 24`; not a line of prose.)
    let tail = |a: &Candidate, b: &Candidate| {
        marks[a.line]
            && !marks[b.line]
            && b.tally
            && b.figure_end
            && 3 * v[b.line].width <= 2 * v[b.line].col
            && !v[b.line].ends_sentence
    };
    // (One row on each side: the marks are read before any is set.)
    let widened: Vec<usize> = candidates
        .windows(2)
        .filter(|p| p[1].line == p[0].line + 1 && !v[p[1].line].blank_before)
        .filter_map(|p| {
            if like(&p[0], &p[1]) {
                Some(p[0].line)
            } else {
                (like(&p[1], &p[0]) || tail(&p[0], &p[1])).then_some(p[1].line)
            }
        })
        .collect();
    for k in widened {
        marks[k] = true;
    }
}

/// How many of the rows `run` end in a figure or open with a digit or a
/// date.
fn figure_rows(v: &[View], run: &[Candidate]) -> usize {
    run.iter()
        .filter(|n| n.figure_end || n.date_first || v[n.line].first.is_ascii_digit())
        .count()
}

/// Latin line `text` opens with a month's name and a day, as a figure
/// (`March 3     Tamil / First Language`, `Sept. 14   Final`); a date
/// whose day comes first opens with a figure already.
pub(super) fn month_day_first(text: &str) -> bool {
    let mut words = text.split_ascii_whitespace();
    let (Some(month), Some(day)) = (words.next(), words.next()) else {
        return false;
    };
    let day = day.trim_end_matches([',', '.']);
    let month = month.trim_end_matches('.');
    (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit()) && is_month(month)
}

/// The rows `run` keep to the gutters they share but for one row, whose
/// wide first cell runs into a gutter (`Brent crude ($/bbl) 82.14`): every
/// row's gaps touch the gutters of all the other rows, which are more than
/// the gutters of the whole run. Linear: the other rows' blank columns come
/// from the rows before and after each row, and only the first row whose
/// leaving out gains a gutter is tried.
fn one_cell_overflows(run: &[Candidate]) -> bool {
    let n = run.len();
    // after[r]: the blank columns of the rows after row `r`.
    let mut after = vec![u128::MAX; n + 1];
    for r in (0..n).rev() {
        after[r] = after[r + 1] & run[r].gaps;
    }
    let all = after[0];
    let mut before = u128::MAX;
    for (r, row) in run.iter().enumerate() {
        let others = before & after[r + 1];
        if gutters(others) > gutters(all) {
            return run.iter().all(|x| gaps_in_gutters(x.gaps, others));
        }
        before &= row.gaps;
    }
    false
}

/// The text opens with a quotation mark (`«`, `„`, `“`, `"`, `‘`), and the
/// first letter after it and any space is lowercase (`« voleur de vélos »`,
/// `„kleine Leute“`). Reads only the first characters.
pub(super) fn quoted_lowercase(text: &str) -> bool {
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
pub(super) fn clause_outside_figures(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    text.char_indices().any(|(i, c)| {
        script::is_clause_mark(c) && !(c == ',' && digit(i.checked_sub(1)) && digit(Some(i + 1)))
    })
}

/// Most lines of a headline set in fake bold (see
/// [`Views::bold_stack_end`]).
pub(super) const BOLD_STACK: usize = 3;

/// Most lines from one entry of a listing by the clock to the next (the
/// entry's title and the lines describing it).
pub(super) const ENTRY_GAP: usize = 6;

/// The line ends in a time of day, as an entry of a listing of events
/// does (`Oper Graz: Die Fledermaus, 19 Uhr`, `… Nowlan Park, 3.30pm`,
/// `… salle Mermoz, 20h30`): after a comma, hours and minutes parted by
/// `.`, `:` or `h`, or the hour alone before `Uhr`, `h`, `am` or `pm`.
/// Reads only the last word or two.
pub(super) fn time_end(text: &str) -> bool {
    // (Most lines end otherwise than in a digit, ` Uhr`, ` h` or a digit
    // and `am` or `pm`.)
    let b = text.as_bytes();
    let unit = match b {
        [.., b' ', b'U', b'h', b'r'] | [.., b' ', b'h'] => true,
        [.., x, b'a' | b'p', b'm'] => x.is_ascii_digit() || *x == b' ',
        [.., x] => x.is_ascii_digit(),
        [] => false,
    };
    if !unit {
        return false;
    }
    // The last word, with a unit set apart (`19 Uhr`) or glued on
    // (`3.30pm`).
    let (rest, spaced_unit) = match text.rsplit_once(' ') {
        Some((rest, "Uhr" | "h" | "am" | "pm")) => (rest, true),
        _ => (text, false),
    };
    // (An entry's time follows a comma: `…, 19 Uhr`; a price ending a
    // line of prose does not, `rose to 12.40`.)
    let Some((entry, last)) = rest.rsplit_once(' ') else {
        return false;
    };
    if !entry.ends_with(',') {
        return false;
    }
    let (time, glued_unit) = match last.strip_suffix("am").or_else(|| last.strip_suffix("pm")) {
        Some(time) => (time, true),
        None => (last, false),
    };
    let b = time.as_bytes();
    let number = |s: &[u8]| (1..=2).contains(&s.len()) && s.iter().all(u8::is_ascii_digit);
    let value = |s: &[u8]| s.iter().fold(0, |n, &d| 10 * n + u32::from(d - b'0'));
    match b.iter().position(|&c| matches!(c, b'.' | b':' | b'h')) {
        Some(i) => {
            let (hour, minutes) = (&b[..i], &b[i + 1..]);
            number(hour)
                && value(hour) <= 24
                && ((minutes.len() == 2 && number(minutes) && value(minutes) <= 59)
                    || (minutes.is_empty() && b[i] == b'h'))
        }
        None => number(b) && value(b) <= 24 && (spaced_unit || glued_unit),
    }
}

/// Longest line read by [`two_clocks`], in bytes.
const CLOCKS_BYTES: usize = 48;

/// `word` is a time of day in figures, hours and minutes parted by `.` or
/// `:` (`08.27`, `6:45`), a comma or a semicolon after it aside.
fn clock(word: &str) -> bool {
    let b = word.trim_end_matches([',', ';']).as_bytes();
    let number = |s: &[u8]| (1..=2).contains(&s.len()) && s.iter().all(u8::is_ascii_digit);
    let value = |s: &[u8]| s.iter().fold(0, |n, &d| 10 * n + u32::from(d - b'0'));
    b.iter()
        .position(|&c| matches!(c, b'.' | b':'))
        .is_some_and(|i| {
            let (hour, minutes) = (&b[..i], &b[i + 1..]);
            number(hour)
                && value(hour) <= 24
                && minutes.len() == 2
                && number(minutes)
                && value(minutes) <= 59
        })
}

/// A short line that ends in a time of day and holds another, as a
/// weather box prints the sun's and the tide's times under its table
/// (`Zon op 08.27, onder 16.31`, `High water 03:14 and 15:41`), or ends
/// in one and its unit (`Sonnenaufgang 5.31 Uhr`): two such lines make a
/// listing of their own.
pub(super) fn two_clocks(text: &str) -> bool {
    text.len() <= CLOCKS_BYTES && {
        let mut words = text.split(' ').rev();
        match words.next() {
            // (Or one with its unit: `Sonnenaufgang 5.31 Uhr` /
            // `Sonnenuntergang 21.12 Uhr`.)
            Some("Uhr" | "h") => words.next().is_some_and(clock),
            Some(last) => clock(last) && words.any(clock),
            None => false,
        }
    }
}

/// The line opens with a time of day and a space, then text (`20.30 Tg2`,
/// `21:00 News`, `8h15 Météo`, `1800 新聞報道`): hours and minutes parted
/// by `.`, `:` or `h`, or four digits; the hour at most 24, the minutes at
/// most 59 (`1989 war` is a year). Reads only the first few bytes.
/// CJK line `text` ends on a page's number in brackets (`中環街市夜市試行兩周
/// 〔A6〕`, `港股半日升逾三百點（B1）`): a teaser or an index's entry, a row
/// of the strip where such lines come together.
#[inline(never)]
pub(super) fn page_reference_end(text: &str) -> bool {
    let Some(inner) = text.strip_suffix(['〕', '）', ']']) else {
        return false;
    };
    let Some((before, page)) = inner.rsplit_once(['〔', '（', '[']) else {
        return false;
    };
    let mut chars = page.chars();
    let section = chars
        .next()
        .is_some_and(|c| c.is_ascii_uppercase() || ('Ａ'..='Ｚ').contains(&c));
    let digits = chars.clone().count();
    !before.is_empty() && section && (1..=2).contains(&digits) && chars.all(is_figure)
}

/// Latin line `text` opens as an agenda's entry: one capitalised word of
/// four letters or more and a period, then the entry opening with a
/// capital, a figure or a quotation mark (`Exposición. «Oficios del
/// río», …`, `Concierto. Banda Municipal …`).
#[inline(never)]
pub(super) fn kind_led(text: &str) -> bool {
    // (The first word's end first: most lines go on after a space.)
    let b = text.as_bytes();
    let Some(end) = b.iter().position(|&c| c == b'.' || c == b' ') else {
        return false;
    };
    if b[end] != b'.' || b.get(end + 1) != Some(&b' ') {
        return false;
    }
    let (word, rest) = (&text[..end], &text[end + 2..]);
    word.chars().count() >= 4
        && word.chars().all(char::is_alphabetic)
        && rest.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '“' | '"' | '„')
        })
}

/// Line `text` sets three cells or more apart with spaced middle dots
/// (`dj. 14 · Quartet Segre · Auditori, 20 h`): an entry of a listing,
/// where such lines come together (see [`mark_entries`]). (`·` is C2
/// B7: the caller asks only the lines that hold a B7 byte.)
#[inline(never)]
pub(super) fn dotted_entry(text: &str) -> bool {
    text.matches(" · ").nth(1).is_some()
}

/// CJK line `text` opens with a day of the month and a time of day
/// (`16日 19:30 滨湖大剧院 越剧…`), or its weekday in brackets (`21日（日）
/// 県人会合同運動会`): an entry of a listing, where such lines come
/// together (see [`mark_entries`]).
#[inline(never)]
pub(super) fn cjk_day_timed(text: &str) -> bool {
    let day = text.chars().take_while(|&c| is_figure(c)).count();
    let Some(rest) = text.trim_start_matches(is_figure).strip_prefix('日') else {
        return false;
    };
    // (Or its weekday in brackets and a space, the entry after it:
    // `21日（日） 県人会合同運動会 午前8時 中央公園`.)
    if (1..=2).contains(&day)
        && strip_weekday(rest).is_some_and(|t| t.starts_with([' ', '\u{3000}']))
    {
        return true;
    }
    (1..=2).contains(&day)
        && Some(rest)
            .and_then(|t| t.strip_prefix([' ', '\u{3000}']))
            .is_some_and(|t| {
                let t = t.trim_start_matches([' ', '\u{3000}']);
                let b = t.as_bytes();
                let hour = b.iter().take_while(|c| c.is_ascii_digit()).count();
                (1..=2).contains(&hour)
                    && b.get(hour) == Some(&b':')
                    && b.get(hour + 1..hour + 3)
                        .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            })
}

/// CJK line `text` opens with a day's date, or a range of days, and a
/// comma or a space (`3月6日，配天宮前，黑色皮夾。`, `３月８日　嘉義車站`,
/// `5月3日至6月30日 “运河记忆”老照片展`), its weekday in brackets perhaps
/// (`9月14日（星期六）上午10时 …`): an entry of a listing by date,
/// where such lines come together (see [`mark_entries`]).
#[inline(never)]
pub(super) fn cjk_date_led(text: &str) -> bool {
    let figure = is_figure;
    let figures = |s: &str| s.chars().take_while(|&c| figure(c)).count();
    if !(1..=2).contains(&figures(text)) {
        return false;
    }
    let Some(day) = text.trim_start_matches(figure).strip_prefix('月') else {
        return false;
    };
    let Some(rest) = (1..=2)
        .contains(&figures(day))
        .then(|| day.trim_start_matches(figure).strip_prefix('日'))
        .flatten()
    else {
        return false;
    };
    // (Or a range of days: `5月1日至5日`, `5月3日至6月30日`, `4月2日～6日`.)
    let rest = match rest.strip_prefix(['至', '～', '~', '－']) {
        Some(end) => {
            let end = match end.split_once('月') {
                Some((month, day))
                    if (1..=2).contains(&figures(month))
                        && figures(month) == month.chars().count() =>
                {
                    day
                }
                _ => end,
            };
            if !(1..=2).contains(&figures(end)) {
                return false;
            }
            let Some(after) = end.trim_start_matches(figure).strip_prefix('日') else {
                return false;
            };
            after
        }
        None => rest,
    };
    // (Or its weekday in brackets, and the time glued on: `9月14日（星期六）
    // 上午10时 中秋灯笼工作坊`.)
    match strip_weekday(rest) {
        Some(after) => {
            after.starts_with(['，', '\u{3000}', ' ', '、'])
                || ["上午", "下午", "晚上", "中午", "午前", "午後"]
                    .iter()
                    .any(|w| after.starts_with(w))
        }
        None => rest.starts_with(['，', '\u{3000}', ' ', '、']),
    }
}

/// The time of day `text` opens with (`19.30`, `7:45`, `20h15`,
/// `1.00pm`) before a space and a word that is no lowercase one or a
/// figure, in minutes after midnight (`22:10 天天饮食`: 1330; `1.00pm News`:
/// 60, its `pm` aside), or `None`: an entry of a listing by the clock,
/// where such lines come together.
pub(super) fn leading_clock(text: &str) -> Option<u16> {
    clock_lead(text, false)
}

/// [`leading_clock`], the word after the time in lowercase too (`19.00
/// heute`, `21.45 heute-journal`): an entry only between entries (see
/// [`mark_loose_entries`]).
pub(super) fn loose_leading_clock(text: &str) -> Option<u16> {
    clock_lead(text, true)
}

/// [`leading_clock`], a word in lowercase after the time allowed or not.
fn clock_lead(text: &str, lowercase: bool) -> Option<u16> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let value = |i: usize| u32::from(b[i] - b'0');
    if !digit(0) {
        return None;
    }
    let hour_digits = if digit(1) { 2 } else { 1 };
    if b.get(hour_digits..hour_digits + 3) == Some(b" h ") {
        return spaced_clock(b, hour_digits);
    }
    let (hour, minutes) = if matches!(b.get(hour_digits), Some(b'.' | b':' | b'h')) {
        (hour_digits, hour_digits + 1)
    } else if hour_digits == 2 && digit(2) && digit(3) {
        (2, 2)
    } else {
        return None;
    };
    let hours = if hour == 2 {
        value(0) * 10 + value(1)
    } else {
        value(0)
    };
    // (English listings may glue `am` or `pm` to the time: `1.00pm News`.)
    let space = match b.get(minutes + 2..minutes + 4) {
        Some(b"am" | b"pm") if hours <= 12 => minutes + 4,
        _ => minutes + 2,
    };
    let led = digit(minutes)
        && digit(minutes + 1)
        && !digit(minutes + 2)
        && hours <= 24
        && value(minutes) <= 5
        && b.get(space) == Some(&b' ')
        && b.get(space + 1).is_some_and(|&c| {
            c != b' ' && !c.is_ascii_digit() && (lowercase || !c.is_ascii_lowercase())
        });
    // (The minutes read only once the digits are known to be there.)
    led.then(|| {
        let clock = hours * 60 + value(minutes) * 10 + value(minutes + 1);
        u16::try_from(clock).unwrap_or(u16::MAX)
    })
}

/// [`leading_clock`] of a time whose hour French sets apart, its minutes
/// perhaps after it (`20 h 30 Concert`, `21 h Cinéma`, `9 h – 17 h
/// Brocante`): `b` opens with the hour's `digits` figures and ` h `.
fn spaced_clock(b: &[u8], digits: usize) -> Option<u16> {
    let value = |i: usize| u16::from(b[i] - b'0');
    let hours = if digits == 2 {
        value(0) * 10 + value(1)
    } else {
        value(0)
    };
    let rest = digits + 3;
    let two_figures = b
        .get(rest..rest + 3)
        .is_some_and(|m| m[0].is_ascii_digit() && m[1].is_ascii_digit() && m[2] == b' ');
    let (minutes, next) = if two_figures {
        (value(rest) * 10 + value(rest + 1), rest + 3)
    } else {
        (0, rest)
    };
    let led = hours <= 24
        && minutes < 60
        && b.get(next)
            .is_some_and(|&c| c != b' ' && !c.is_ascii_digit() && !c.is_ascii_lowercase());
    led.then_some(hours * 60 + minutes)
}

/// Most bytes before the colon of an event's entry (`Liezen, Kulturhaus,
/// 19.30 Uhr:`).
const PLACE_TIMED_BYTES: usize = 48;

/// The line opens as an entry of a listing of events: a place, a venue
/// (one to three parts parted by commas), then a time of day, then a colon
/// and the event (`Admont, Stiftskirche, 19 Uhr: Orgelkonzert`, `Liezen,
/// Kulturhaus, 19.30 Uhr: Kabarett`, `Sion, Théâtre, 20h: Concert`). The
/// time is an hour (with its minutes after a `.`, `:` or `h`) and perhaps
/// a word for it (`Uhr`, `h`).
pub(super) fn place_timed(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(PLACE_TIMED_BYTES)];
    // (A plain loop: the head is short, and most lines hold no `: `.)
    let Some(colon) = (1..head.len()).find(|&i| head[i - 1] == b':' && head[i] == b' ') else {
        return false;
    };
    let colon = colon - 1;
    let before = &text[..colon];
    let Some((place, time)) = before.rsplit_once(", ") else {
        return false;
    };
    let places = place.split(", ").count();
    let clock = time.split(' ').next().unwrap_or("");
    let unit = time.split(' ').nth(1);
    let mut parts = clock.splitn(2, ['.', ':', 'h']);
    let hour = parts.next().and_then(|h| h.parse::<u32>().ok());
    let minutes = parts.next();
    (1..=3).contains(&places)
        && text.starts_with(char::is_uppercase)
        && hour.is_some_and(|h| h <= 24)
        && clock.len() <= 5
        && minutes
            .is_none_or(|m| m.is_empty() || (m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit())))
        && time.split(' ').count() <= 2
        && unit.is_none_or(|u| matches!(u, "Uhr" | "h" | "heures" | "ore"))
}

/// Marks the entries of listings by the clock among the views whose lines
/// open with a time (`timed`, in order): runs of at least [`TABLE_ROWS`]
/// such lines, each at most [`ENTRY_GAP`] lines after the one before, blank
/// lines or headings between them or not (a TV listing's channels). A
/// time opening a line here and there in prose is no listing.
pub(super) fn mark_entries(v: &mut [View], timed: &[usize]) {
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

/// Marks as entries the lines of `loose` (views whose lines open with a
/// time and a word in lowercase, and their times) set tight beside an
/// entry, in the order of the clock: a programme's name in lowercase
/// between others (`19.00 heute` over `19.20 Wetter`; `21.45
/// heute-journal` between `20.15 Die Toten vom Schilfsee` and `22.00 Der
/// Kommissar`). In prose a time opening a line goes on from the line above.
pub(super) fn mark_loose_entries(v: &mut [View], loose: &[(usize, u16)]) {
    for &(k, clock) in loose {
        let before = k
            .checked_sub(1)
            .map(|p| &v[p])
            .filter(|p| p.entry && !v[k].blank_before);
        let after = v.get(k + 1).filter(|n| n.entry && !n.blank_before);
        let ordered =
            before.is_none_or(|p| p.clock < clock) && after.is_none_or(|n| clock < n.clock);
        if (before.is_some() || after.is_some()) && ordered {
            v[k].entry = true;
            v[k].clock = clock;
        }
    }
}

/// Two lines of similar width within a narrow column (of at most 60 cells),
/// where blank lines between lines are mere spacing.
pub(super) fn same_column(a: &View, b: &View) -> bool {
    const NARROW: u32 = 6000;
    a.width <= NARROW
        && b.width <= NARROW
        && 10 * a.width.abs_diff(b.width) <= 3 * a.width.max(b.width)
}

/// Most characters of a label run in before a period (`Dónde dormir.`).
const RUN_IN_CHARS: usize = 24;

/// The question's words a box's run-in label opens with (see
/// [`run_in_label`]): a box tells where, how, what; prose opens so with a
/// subject (`He left. The house …`).
const ASKS: [&str; 24] = [
    "where", "how", "what", "when", "getting", "dónde", "cómo", "qué", "cuándo", "où", "comment",
    "quand", "wo", "wie", "wann", "dove", "come", "quando", "onde", "como", "waar", "hoe", "wat",
    "wanneer",
];

/// Latin line `text` opens with a label of two or three words run in
/// before a period, its first a question's word, the entry's text going
/// on after it with a capital (`Dónde comer. Casa Cuesta, …`, `Getting
/// there. Trains leave …`): returns that word's index in [`ASKS`]. See
/// [`mark_run_in_labels`] for the evidence a box gives.
pub(super) fn run_in_label(text: &str) -> Option<usize> {
    // (The question's word first: most lines open otherwise. Its letters
    // after the first are lowercase, `Dónde`, `Où`.)
    let first = text.split(' ').next()?.as_bytes();
    let ask = ASKS
        .iter()
        .position(|a| a.as_bytes().eq_ignore_ascii_case(first))?;
    let end = text
        .char_indices()
        .nth(RUN_IN_CHARS + 2)
        .map_or(text.len(), |(i, _)| i);
    let (label, _) = text[..end].split_once(". ")?;
    let rest = &text[label.len() + 2..];
    let mut words = label.split(' ');
    words.next()?;
    let others = words.clone().count();
    ((1..=2).contains(&others)
        && rest.starts_with(char::is_uppercase)
        && words.all(|w| !w.is_empty() && w.chars().all(char::is_lowercase)))
    .then_some(ask)
}

/// Marks the lines `run_ins` (each with its label's question word, see
/// [`run_in_label`]) that open entries of a box: two whose labels share
/// that word (`Dónde dormir. …` / … / `Dónde comer. …`), at most
/// [`ENTRY_GAP`] lines apart, and any other within as many lines of
/// one of those (`Cómo llegar. …`).
pub(super) fn mark_run_in_labels(v: &mut [View], run_ins: &[(usize, usize)]) {
    let near = |a: usize, b: usize| a.abs_diff(b) <= ENTRY_GAP;
    for pair in run_ins.windows(2) {
        let ((a, x), (b, y)) = (pair[0], pair[1]);
        if near(a, b) && x == y {
            v[a].run_in = true;
            v[b].run_in = true;
        }
    }
    for k in 0..run_ins.len() {
        let line = run_ins[k].0;
        let marked =
            |m: Option<&(usize, usize)>| m.is_some_and(|&(l, _)| v[l].run_in && near(l, line));
        if marked(k.checked_sub(1).and_then(|p| run_ins.get(p))) || marked(run_ins.get(k + 1)) {
            v[line].run_in = true;
        }
    }
}
