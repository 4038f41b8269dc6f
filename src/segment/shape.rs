//! Rows told by their shape alone, where no gutters or figures set them
//! apart: runs of short lines that part their words with the same marks
//! (`Gary Hoch, 22; Linda Sayre, 19` / `Dale Moyer, 24; Ann Dech, 23`),
//! CJK lines that each open with a name and an age (`大西正雄さん（８９）
//! 加賀谷町本町`) or a label in lenticular brackets (`【交通】…`), a book's
//! entry, a line of fields parted by bars, a weather table's rows
//! under its header of days (`District Fri Sat Sun`), and a listing's
//! lines that open with words of one shape (`Wed., Mar. 5 — …` / `Thu.,
//! Mar. 6 — …`).

use super::cues::is_figure;
use super::*;

/// Most bytes of a line read for its shape: a row is short.
const SHAPE_BYTES: usize = 100;

/// Most marks in a shape: a longer line is prose.
const SHAPE_MARKS: usize = 8;

/// Fewest marks in a row's shape: a comma or a final stop alone is any
/// sentence's.
const ROW_MARKS: u8 = 2;

/// The marks a line parts its words with, in order: each character that is
/// no letter, figure or space, but a stop or a comma inside a figure
/// (`86.400`, `2,331.20`) and a hyphen or an apostrophe inside a word
/// (`Saint-Jean`, `O'Brien`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Shape {
    marks: [char; SHAPE_MARKS],
    len: u8,
}

impl Shape {
    /// Enough marks for a row, and not only commas: a list of names in a
    /// sentence wraps over lines that each hold commas alone (`Tom Byrne,
    /// Ann Walsh, Joe Ryan, Pat Doyle, Sean` / `Nolan, Eileen Roche, …`).
    fn of_row(self) -> bool {
        self.len >= ROW_MARKS
            && self.marks[..usize::from(self.len)]
                .iter()
                .any(|&c| c != ',')
    }
}

/// The [`Shape`] of `text`, or `None` for a line too long or with too many
/// marks to be a row.
pub(super) fn shape(text: &str) -> Option<Shape> {
    if text.len() > SHAPE_BYTES {
        return None;
    }
    let mut marks = ['\0'; SHAPE_MARKS];
    let mut len = 0;
    let mut prev = '\0';
    for (i, c) in text.char_indices() {
        // (Most characters are letters and spaces: the next is read only
        // after a mark.)
        if c.is_alphanumeric() || c == ' ' {
            prev = c;
            continue;
        }
        let next = text[i + c.len_utf8()..].chars().next().unwrap_or('\0');
        let inside = |between: fn(char) -> bool| between(prev) && between(next);
        let word = (matches!(c, '.' | ',' | ':') && inside(|x| x.is_ascii_digit()))
            || (matches!(c, '-' | '\'' | '’') && inside(char::is_alphanumeric));
        if !word {
            *marks.get_mut(len)? = c;
            len += 1;
        }
        prev = c;
    }
    Some(Shape {
        marks,
        len: len as u8,
    })
}

/// Most classes of characters in an [`Opening`].
const OPENING_CLASSES: usize = 8;

/// The shape of a line's first word: each run of capitals, of lowercase
/// letters and of figures one class (`A`, `a`, `9`), each other character
/// itself (`Wed.,` and `Thu.,` are both `Aa.,`; `8–10.10.` and
/// `11–12.10.` both `9–9.9.`).
type Opening = [char; OPENING_CLASSES];

/// The [`Opening`] of `text`, if its first word holds a figure or a mark
/// (a word of letters alone opens any line of prose) and is short.
fn opening(text: &str) -> Option<Opening> {
    let word = text.split(' ').next()?;
    let mut out = ['\0'; OPENING_CLASSES];
    let (mut n, mut marked) = (0, false);
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'A'
        } else if c.is_lowercase() {
            'a'
        } else if c.is_ascii_digit() {
            '9'
        } else {
            c
        };
        // (An apostrophe or a hyphen inside a word is the word's: `L'espoir`,
        // `C'est`.)
        if matches!(c, '\'' | '’' | '-' | '⸗') && n > 0 && matches!(out[n - 1], 'A' | 'a') {
            continue;
        }
        marked |= !matches!(class, 'A' | 'a');
        if n > 0 && out[n - 1] == class && matches!(class, 'A' | 'a' | '9') {
            continue;
        }
        *out.get_mut(n)? = class;
        n += 1;
    }
    // (A word of letters and its comma or stop opens lines of prose alike:
    // `Madrid, 3 de marzo.` / `España, según …` / `Europa, la UE …`.)
    let word_and_stop = n >= 2
        && out[..n - 1].iter().all(|c| matches!(c, 'A' | 'a'))
        && !out[n - 1].is_alphanumeric();
    (marked && !word_and_stop).then_some(out)
}

/// Fewest days of the week that head a weather table's columns.
const DAY_COLUMNS: usize = 3;

/// Most rows of a weather table under its header of days.
const DAY_ROWS: usize = 12;

/// How many words at the end of `text` name days of the week in a row
/// (`District Fri Sat Sun`: three), each a different day.
fn day_columns(text: &str) -> usize {
    // (Most lines end in no capitalised word: told by the last one.)
    let mut days = [""; 7];
    let mut n = 0;
    for w in text.split_whitespace().rev() {
        if !weekday_word(w) || days[..n].contains(&w) {
            break;
        }
        days[n] = w;
        n += 1;
        if n == days.len() {
            break;
        }
    }
    n
}

/// Most characters of a name before its age in [`aged_lead`].
const AGED_LEAD_CHARS: usize = 8;

/// CJK `text` opens with a name and an age in brackets, an entry of a
/// list of deaths or of people (`大西正雄さん（８９）加賀谷町本町、元町議`,
/// `林美玲（72歲）`): two to [`AGED_LEAD_CHARS`] ideographs or kana, then
/// one to three digits in brackets.
pub(super) fn aged_lead(text: &str) -> bool {
    // (The bracket opens within the name's reach: most lines are read no
    // further.)
    let reach = (3 * (AGED_LEAD_CHARS + 1)).min(text.len());
    let Some(open) = memchr::memmem::find(&text.as_bytes()[..reach], "（".as_bytes()) else {
        return false;
    };
    let (name, rest) = (&text[..open], &text[open + "（".len()..]);
    let Some((age, _)) = rest.split_once('）') else {
        return false;
    };
    let age = age.trim_end_matches(['歳', '歲', '岁']);
    (2..=AGED_LEAD_CHARS).contains(&name.chars().count())
        && name.chars().all(|c| script::is_cjk(c) && c.is_alphabetic())
        && (1..=3).contains(&age.chars().count())
        && age.chars().all(is_figure)
}

/// Most characters of a box's label in lenticular brackets (see
/// [`label_goes_on`]).
const BOX_LABEL_CHARS: usize = 8;

/// CJK `text` opens with a short label in lenticular brackets and goes on
/// after it (`【宿泊】1泊2食付き1万2000円から`; not `【メモ】` alone).
pub(super) fn label_goes_on(text: &str) -> bool {
    text.strip_prefix('【')
        .and_then(|t| t.split_once('】'))
        .is_some_and(|(label, rest)| {
            (1..=BOX_LABEL_CHARS).contains(&label.chars().count()) && !rest.trim().is_empty()
        })
}

/// Most words in a field of [`barred_fields`].
const FIELD_WORDS: usize = 5;

/// Latin `text` is three fields or more parted by spaced bars, each of at
/// most [`FIELD_WORDS`] words (`Serves 6 | Prep: 30 min | Cook: 40 min`):
/// a recipe's or a listing's facts, which no sentence runs into.
pub(super) fn barred_fields(text: &str) -> bool {
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        return false;
    }
    let mut fields = 0;
    for field in text.split(" | ") {
        fields += 1;
        let words = field.split_whitespace().count();
        if words == 0 || words > FIELD_WORDS || field.contains('|') {
            return false;
        }
    }
    fields >= 3
}

/// Marks lines `range` in `rows`, sized to `n` lines on first need.
fn set_rows(rows: &mut Vec<bool>, n: usize, range: core::ops::Range<usize>) {
    if rows.is_empty() {
        rows.resize(n, false);
    }
    rows[range].iter_mut().for_each(|r| *r = true);
}

/// Marks in `rows` the runs of at least `fewest` lines that are each an
/// `entry` (by index), no blank line between: a list's entries, one to a
/// line, but for a last one that wraps on (see [`wraps_on`]).
fn mark_entry_runs(v: &[View], rows: &mut Vec<bool>, fewest: usize, entry: impl Fn(usize) -> bool) {
    let mut k = 0;
    while k < v.len() {
        if !entry(k) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e + 1 < v.len() && !v[e + 1].blank_before && entry(e + 1) {
            e += 1;
        }
        if e + 1 - k >= fewest {
            set_rows(rows, v.len(), k..e + 1 - usize::from(wraps_on(v, e)));
        }
        k = e + 1;
    }
}

/// The last line `e` of a run of entries may wrap onto the line under it,
/// set tight (`【宿泊】…子ども400` / `円（いずれも税込み）`): it counts for
/// the run, but is then no row of its own line.
fn wraps_on(v: &[View], e: usize) -> bool {
    v.get(e + 1)
        .is_some_and(|n| !n.blank_before && !n.page_break)
}

/// Most bytes of a book's entry read by [`book_entry`].
const BOOK_ENTRY_BYTES: usize = 160;

/// `text` is a book's entry, as reviews and lists of new books set it: in
/// CJK a title in title brackets first, then its author, then its
/// publisher and price in brackets at the end (`『台所の民俗学』高木俊介著
/// （北辰社・2640円）`, `《城南旧事》林海音著（三联书店，45元）`); in Latin
/// script see [`latin_book_entry`].
pub(super) fn book_entry(text: &str) -> bool {
    if text.len() > BOOK_ENTRY_BYTES {
        return false;
    }
    if text.ends_with(')') {
        return latin_book_entry(text);
    }
    if !text.ends_with('）') {
        return false;
    }
    let Some(rest) = text
        .strip_prefix('『')
        .and_then(|t| t.split_once('』'))
        .or_else(|| text.strip_prefix('《').and_then(|t| t.split_once('》')))
        .map(|(_, rest)| rest)
    else {
        return false;
    };
    let Some((author, note)) = rest.rsplit_once('（') else {
        return false;
    };
    // (The author with the word for what they did, `著`, `編`, `作`; the
    // price with its currency: an age in brackets is no price,
    // `…田中さん（６５）`.)
    let price = note
        .trim_end_matches('）')
        .strip_suffix(['円', '元', '圓'])
        .is_some_and(|p| p.ends_with(is_figure));
    author.ends_with([
        '著', '作', '編', '编', '訳', '译', '絵', '绘', '繪', '撰', '文',
    ]) && price
}

/// Latin `text` is a book's entry (`The Glass Orchard, by Mira Ellison
/// (Halvorsen Press, 320 pages, $28)`): a title, `by` and the author,
/// then in brackets at the end the publisher and a price or the pages.
fn latin_book_entry(text: &str) -> bool {
    let Some((book, note)) = text.rsplit_once(" (") else {
        return false;
    };
    let note = note.strip_suffix(')').unwrap_or(note);
    // (The publisher first, then the pages or the price: `Halvorsen Press,
    // 320 pages, $28`, `Kestrel, 288 pp.`.)
    let mut parts = note.split(", ");
    let publisher = parts
        .next()
        .is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()));
    let priced = parts.any(|p| {
        p.strip_prefix(['$', '£', '€'])
            .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_digit()))
            || p.ends_with(" pages")
            || p.ends_with(" pp.")
            || p.ends_with(" pp")
    });
    // (The author's name, capitalised words, runs from `by` to the
    // bracket: `Marsh Lane, resurfaced by the county (at a cost of
    // $2.1m)` is prose.)
    let author = book
        .rsplit_once(" by ")
        .or_else(|| book.rsplit_once(" By "))
        .is_some_and(|(_, name)| {
            let words = name.split(' ').count();
            (1..=AUTHOR_WORDS).contains(&words)
                && name
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        });
    publisher && priced && author
}

/// Most words of a book's author's name (see [`latin_book_entry`]).
const AUTHOR_WORDS: usize = 5;

/// Marks in `rows` (sized to `v` on first need) the runs of at least
/// [`TABLE_ROWS`] Latin lines in a row that share a [`Shape`] of
/// [`ROW_MARKS`] marks or more, each opening with a capital or a figure
/// and none ending in a hyphen or a clause's mark: the rows of a listing
/// set one to a line (`Moyer to Dech, Dorrance, $7,500` / `Yeager to
/// Yeager, Milroy, $1`). `text(k)` is line `k`'s text.
pub(super) fn mark_shaped_rows<'a>(
    v: &[View],
    text: impl Fn(usize) -> &'a str,
    rows: &mut Vec<bool>,
) {
    // (Only lines that may be rows are read: most lines of prose go on
    // in lowercase or after a comma, and are passed over.)
    let open = |x: &View| {
        !x.cjk
            && !x.doubled
            && !x.ends_hyphen
            && x.marker == 0
            && (x.first.is_uppercase() || x.first.is_ascii_digit())
            && !matches!(x.last, ',' | ';' | ':')
    };
    // A book's entry is a row of its own line; so is a line of fields
    // parted by bars.
    for (k, x) in v.iter().enumerate() {
        // (Not inside a sentence: `… listed on the notice board as` /
        // `Parking | Street lighting | Grants to sports clubs` / `and will
        // be …`.)
        let in_sentence = (k > 0 && v[k - 1].open_end)
            || v.get(k + 1)
                .is_some_and(|n| !n.blank_before && n.first.is_lowercase());
        if x.book || (!x.cjk && !x.furniture && !x.byline && !in_sentence && barred_fields(text(k)))
        {
            set_rows(rows, v.len(), k..k + 1);
        }
    }
    // A weather table's header, its last three words or more days of the
    // week (`District Fri Sat Sun`), and the lines set tight under it that
    // end no sentence, hold no clause and are not in capitals (`Riverina
    // High High Moderate`): rows, one to a line.
    for k in 0..v.len() {
        // (A header holds no clause and ends no sentence: most lines of
        // prose are passed over unread.)
        let x = &v[k];
        if x.cjk || x.clause || x.ends_sentence || day_columns(text(k)) < DAY_COLUMNS {
            continue;
        }
        let end = (k + 1..v.len().min(k + 1 + DAY_ROWS))
            .take_while(|&m| {
                let x = &v[m];
                !x.blank_before && !x.cjk && !x.ends_sentence && !x.clause && !x.all_caps
            })
            .last();
        if let Some(end) = end {
            set_rows(rows, v.len(), k..end + 1);
        }
    }
    // Two CJK lines or more in a row opening with a label in lenticular
    // brackets and going on after it are a box's entries (`【交通】JR山科線
    // …` / `【宿泊】1泊2食付き…`), one to a line.
    mark_entry_runs(v, rows, 2, |k| {
        let x = &v[k];
        x.cjk && x.first == '【' && !x.ends_sentence && label_goes_on(text(k))
    });
    // CJK lines each opening with a name and its age, no blank line
    // between, are entries of a list of people, one to a line.
    mark_entry_runs(v, rows, TABLE_ROWS, |k| {
        let x = &v[k];
        x.cjk && x.marker == 0 && script::is_cjk(x.first) && aged_lead(text(k))
    });
    // Latin lines that each open with a word of one shape holding a figure
    // or a mark, [`TABLE_ROWS`] or more set tight in a row, are a
    // listing's entries, one to a line (`Wed., Mar. 5 — Garden club …` /
    // `Thu., Mar. 6 — …`, `8–10.10.  Apteka …` / `11–12.10.  Apteka …`,
    // `165 000 € : achat des murs` / `38 000 € de travaux`): prose opens
    // its lines with words alike only by chance, and not three in a row.
    // (The run opens a block: after a blank line, a sentence's end, a
    // colon or a title of a few words; not inside a paragraph wrapped over
    // lines that open with figures, a box score's `5-11 2-3 12, …` /
    // `3-6 11, …`. A listing by the clock has its entries already.)
    let set_off = |k: usize| {
        k == 0
            || v[k].blank_before
            || v[k - 1].ends_sentence
            || matches!(v[k - 1].last, ':' | '：')
            || (v[k - 1].few_words && !v[k - 1].clause)
    };
    // (No entry ends on a conjunction or an article, as prose's lines do:
    // `12 councillors voted in favour of the plan and` / `10 voted …`.)
    let alike = |x: &View| open(x) && !x.entry && !x.open_end;
    let mut k = 0;
    while k < v.len() {
        let Some(first) = (alike(&v[k]) && set_off(k))
            .then(|| opening(text(k)))
            .flatten()
        else {
            k += 1;
            continue;
        };
        let mut e = k;
        while e + 1 < v.len()
            && !v[e + 1].blank_before
            && alike(&v[e + 1])
            && opening(text(e + 1)) == Some(first)
        {
            e += 1;
        }
        if e + 1 - k >= TABLE_ROWS {
            set_rows(rows, v.len(), k..e + 1 - usize::from(wraps_on(v, e)));
        }
        k = e + 1;
    }
    let mut k = 0;
    while k < v.len() {
        let mut e = k;
        while e + 1 < v.len() && open(&v[e]) && open(&v[e + 1]) {
            e += 1;
        }
        if e + 1 - k >= TABLE_ROWS {
            let shapes: Vec<Option<Shape>> = (k..=e).map(|x| shape(text(x))).collect();
            let mut s = 0;
            while s < shapes.len() {
                let same = shapes[s..]
                    .iter()
                    .take_while(|x| x.is_some() && **x == shapes[s])
                    .count();
                if same >= TABLE_ROWS && shapes[s].is_some_and(Shape::of_row) {
                    set_rows(rows, v.len(), k + s..k + s + same);
                }
                s += same.max(1);
            }
        }
        k = e + 1;
    }
}
