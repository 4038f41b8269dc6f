//! Character classes the stages share: white space, CJK, sentence ends, hyphens.
//!
//! All tests are plain `match`es on code points: no tables to load, no
//! decoding twice, cheap enough for the hot path.

/// White space as a page layout uses it: ASCII white space, form feed, NBSP,
/// the ideographic space U+3000 and the other Unicode spaces.
#[inline]
pub fn is_space(c: char) -> bool {
    // `char::is_whitespace`, with CJK text (at and above U+3000, whose
    // only space is U+3000 itself) decided without its table.
    match c as u32 {
        0x3000 => true,
        0x3001.. => false,
        _ => c.is_whitespace(),
    }
}

/// Display width of `c` in cells (CJK ideographs and fullwidth forms 2,
/// control and combining characters 0): `unicode-width`'s answer, with the
/// common cases (ASCII, ideographs, CJK punctuation) decided without a table
/// lookup.
#[inline]
pub fn cell_width(c: char) -> usize {
    if c.is_ascii() {
        usize::from(!c.is_ascii_control())
    } else if matches!(
        c as u32,
        0x3000..=0x3029
            | 0x3030..=0x303e
            | 0x3041..=0x3096
            | 0x30a0..=0x30ff
            | 0x3400..=0x4dbf
            | 0x4e00..=0x9fff
            | 0xff01..=0xff60
    ) {
        2
    } else {
        unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
    }
}

/// Sum of [`cell_width`] over the characters of `text`. The common wide
/// characters of CJK text ([`common_wide`]) are counted from their bytes,
/// without decoding; on a line that opens with ASCII (Latin text, with an
/// accent or a curly quote here and there) runs of printable ASCII are
/// counted eight bytes at a time (not tried on CJK lines, whose runs of
/// ASCII are few and short). `cells_reference` is the plain version; a
/// property test checks that both agree.
pub(crate) fn cells(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut i, mut n) = (0, 0);
    if b.first().is_some_and(|&x| x < 0x80) {
        let eight = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or_default());
        while i < b.len() {
            if b.get(i..i + 8).is_some_and(|c| printable_ascii(eight(c))) {
                n += 8;
                i += 8;
            } else {
                let (w, len) = cell_at(text, i);
                n += w;
                i += len;
            }
        }
    } else {
        while i < b.len() {
            let (w, len) = cell_at(text, i);
            n += w;
            i += len;
        }
    }
    n
}

/// The width in cells of the character at byte `i` of `text` (a character
/// boundary), and its length in bytes.
#[inline(always)]
fn cell_at(text: &str, i: usize) -> (usize, usize) {
    let b = text.as_bytes();
    if b[i] < 0x80 {
        (usize::from(!b[i].is_ascii_control()), 1)
    } else if (0xe5..=0xe9).contains(&b[i]) {
        // The bulk of the ideographs (U+5000–U+9FFF), from the lead byte
        // alone.
        (2, 3)
    } else if b.len() - i >= 3 && common_wide([b[i], b[i + 1], b[i + 2]]) {
        (2, 3)
    } else if (0xc3..=0xc5).contains(&b[i]) {
        // Accented Latin letters (U+00C0–U+017F: `ä`, `é`, `ł`), one cell
        // each, from the lead byte alone.
        (1, 2)
    } else {
        let c = text[i..].chars().next().unwrap_or('\0');
        (cell_width(c), c.len_utf8())
    }
}

/// Whether the eight bytes of `x` (little-endian) are all printable ASCII
/// (U+0020–U+007E), one cell each: no high bit set, no byte below 0x20
/// and none equal to 0x7F (which become zero after an exclusive or).
#[inline]
fn printable_ascii(x: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    x & HIGH == 0 && below(x, 0x20) | below(x ^ (ONES * 0x7f), 1) == 0
}

/// Whether the three bytes `b` open a character [`cell_width`] gives two
/// cells among the most common of CJK text: ideographs U+4E00–U+9FFF,
/// ideographic punctuation U+3000–U+3029 (`、。「」`), fullwidth forms
/// U+FF01–U+FF3F (`，：（）`). Others may be wide too.
#[inline]
fn common_wide(b: [u8; 3]) -> bool {
    matches!(
        b,
        [0xe5..=0xe9, _, _]
            | [0xe4, 0xb8..=0xbf, _]
            | [0xe3, 0x80, 0x80..=0xa9]
            | [0xef, 0xbc, 0x81..=0xbf]
    )
}

/// [`cells`] a character at a time.
#[cfg(test)]
pub(crate) fn cells_reference(text: &str) -> usize {
    text.chars().map(cell_width).sum()
}

/// `text.rsplit_once(c)`, by a search from the end for the first byte of
/// `c`. The standard search looks for its last byte, which ends many CJK
/// characters (`：` and `＝` end in bytes that `新` and `時` do), with a
/// word-at-a-time search that the few bytes before a line's last space do
/// not repay: an ASCII character is sought byte by byte, others by a
/// vector search for their first byte.
#[inline]
pub(crate) fn rsplit_once_char(text: &str, c: char) -> Option<(&str, &str)> {
    let mut buf = [0u8; 4];
    let c = c.encode_utf8(&mut buf).as_bytes();
    let b = text.as_bytes();
    // (A character's first byte never stands inside another character.)
    let at = if c.len() == 1 {
        (0..b.len()).rev().find(|&i| b[i] == c[0])?
    } else {
        memchr::memrchr_iter(c[0], b).find(|&i| b[i..].starts_with(c))?
    };
    Some((&text[..at], &text[at + c.len()..]))
}

/// `text.split(' ')`, by a plain test of each character: the standard
/// split sets up a word-at-a-time search for each space, which the few
/// bytes of a word do not repay.
#[inline]
// (The closure is the point: a `char` pattern is the search.)
#[allow(clippy::manual_pattern_char_comparison)]
pub(crate) fn split_spaces(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| c == ' ')
}

/// `text.split_once(pat)` for a pattern of two ASCII bytes (`", "`), from
/// each place of its first byte: the standard split sets up a substring
/// searcher, which one line does not repay.
#[inline]
pub(crate) fn split_once_ascii_pair<'a>(
    text: &'a str,
    pat: &[u8; 2],
) -> Option<(&'a str, &'a str)> {
    debug_assert!(pat.is_ascii());
    let b = text.as_bytes();
    let at = memchr::memchr_iter(pat[0], b).find(|&i| b.get(i + 1) == Some(&pat[1]))?;
    Some((&text[..at], &text[at + 2..]))
}

/// `c.is_uppercase()`, without the Unicode lookup for the characters of
/// U+3000–U+9FFF (CJK punctuation, kana, ideographs), which have no case:
/// a line of CJK text asks it of its first character.
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    !('\u{3000}'..='\u{9fff}').contains(&c) && c.is_uppercase()
}

/// `c.is_lowercase()`, without the Unicode lookup for U+3000–U+9FFF (see
/// [`is_uppercase`]).
#[inline]
pub(crate) fn is_lowercase(c: char) -> bool {
    !('\u{3000}'..='\u{9fff}').contains(&c) && c.is_lowercase()
}

/// `c.is_alphabetic()`, without the Unicode lookup for the letters of
/// Latin-1 and Latin Extended-A and -B (U+00C0–U+024F, all but `×` and
/// `÷`) and the ideographs U+4E00–U+9FFF.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        '×' | '÷' => false,
        '\u{c0}'..='\u{24f}' | '\u{4e00}'..='\u{9fff}' => true,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, with the shortcuts of [`is_alphabetic`].
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '×' | '÷' => false,
        '\u{c0}'..='\u{24f}' | '\u{4e00}'..='\u{9fff}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether `c` is written without spaces between words: Han ideographs, kana,
/// Hangul syllables excluded (Korean uses spaces), CJK and fullwidth
/// punctuation, CJK quotes and brackets.
#[inline]
pub fn is_cjk(c: char) -> bool {
    let c = c as u32;
    if c < 0x2e80 {
        // General punctuation that CJK text sets without spaces.
        return matches!(c, 0x2014 | 0x2026 | 0x2e3a | 0x2e3b);
    }
    matches!(c,
        0x2e80..=0x2fdf      // radicals
        | 0x3000..=0x303f    // CJK symbols and punctuation
        | 0x3040..=0x30ff    // hiragana, katakana
        | 0x3100..=0x312f    // bopomofo
        | 0x31c0..=0x31ff    // strokes, katakana ext
        | 0x3200..=0x33ff    // enclosed, compatibility
        | 0x3400..=0x4dbf    // ext A
        | 0x4e00..=0x9fff    // unified ideographs
        | 0xf900..=0xfaff    // compatibility ideographs
        | 0xfe10..=0xfe1f    // vertical forms
        | 0xfe30..=0xfe4f    // compatibility forms
        | 0xff00..=0xff9f    // fullwidth forms, halfwidth punctuation and katakana
        | 0x20000..=0x3134f  // ext B..G
    )
}

/// Punctuation that ends a sentence, in CJK or Latin text.
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '．' | '.' | '!' | '?' | '…' | '｡' | '︒' | '︕' | '︖'
    )
}

/// Closing quotes and brackets that may follow a sentence end (`。」`, `."`).
#[inline]
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '」' | '』'
            | '”'
            | '’'
            | '"'
            | '\''
            | ')'
            | '）'
            | '】'
            | '〉'
            | '》'
            | '«'
            | '‹'
            | '»'
            | '︶'
            | '﹂'
            | '﹄'
            | '︸'
            | '︼'
    )
}

/// A particle that binds a CJK line's last word to the next line's: no
/// headline or phrase ends on it (Japanese `で`, `を`, `が`, `は`, `の`,
/// Chinese `的`; not `に`, which ends a headline: `旧校舎、宿泊施設に`).
#[inline]
pub(crate) fn binding_particle(c: char) -> bool {
    matches!(c, 'で' | 'を' | 'が' | 'は' | 'の' | '的')
}

/// Punctuation that separates clauses inside a sentence; CJK headings
/// almost never carry it.
#[inline]
pub fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '、'
            | '；'
            | '。'
            | ','
            | ';'
            | '！'
            | '？'
            | '︐'
            | '︑'
            | '︒'
            | '︔'
            | '︕'
            | '︖'
    )
}

/// Hyphens a line may end with when a word is split across lines (`=` is
/// the Fraktur double hyphen as OCR often reads it).
#[inline]
pub fn is_line_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{ad}' | '⸗' | '‐' | '¬' | '=')
}

/// How a line break falls inside a URL or an e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlBreak {
    /// Not inside one: the ordinary joining rules apply.
    No,
    /// Inside one: the two lines close up with nothing between them.
    Join,
    /// Inside one, at a hyphen that ends the first line: the lines close
    /// up, and the hyphen is decided as a URL's (see `join`).
    Hyphen,
}

/// Bytes a URL or an e-mail address is printed with (ASCII only: a CJK
/// character or a space ends it; brackets and quotes around it are not
/// part of it).
static URL_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b':'
                    | b'/'
                    | b'?'
                    | b'#'
                    | b'@'
                    | b'&'
                    | b'='
                    | b'%'
                    | b'+'
            );
        b += 1;
    }
    t
};

/// [`URL_BYTES`] as 1, with `/` and `@` as 3, for [`url_tail`].
static URL_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = URL_BYTES[b] as u8;
        if b == b'/' as usize || b == b'@' as usize {
            t[b] = 3;
        }
        b += 1;
    }
    t
};

#[inline]
fn is_url_byte(b: u8) -> bool {
    URL_BYTES[usize::from(b)]
}

/// The run of URL bytes that `b` ends with, and whether it is
/// [`url_like`]. One pass back over the run notes whether it holds a `/`
/// or an `@`: without either (most line ends, a word), only a `www.` at
/// its start could make it a URL, and the run is not read again.
/// `url_tail_reference` is the plain version; a property test checks that
/// both agree.
fn url_tail(b: &[u8]) -> (&[u8], bool) {
    let mut start = b.len();
    let mut marks = 0;
    // Bit 1 for a URL byte, bit 2 for `/` and `@` (a table of both, one
    // look-up a byte).
    while let Some(&class) = start.checked_sub(1).map(|i| &URL_CLASS[usize::from(b[i])]) {
        if class == 0 {
            break;
        }
        start -= 1;
        marks |= class;
    }
    let marks = marks & 2 != 0;
    let tail = &b[start..];
    let www = tail.first().is_some_and(|&c| c | 0x20 == b'w');
    (tail, (marks || www) && url_like(tail))
}

/// [`url_tail`] as first written.
#[cfg(test)]
fn url_tail_reference(b: &[u8]) -> (&[u8], bool) {
    let tail = &b[b
        .iter()
        .rposition(|&c| !is_url_byte(c))
        .map_or(0, |i| i + 1)..];
    (tail, url_like(tail))
}

/// A URL or an address in progress: `www.`, a scheme's `://`, or an `@`
/// after a letter or digit (`name@exam`; not a handle, `@bugle`).
fn url_like(t: &[u8]) -> bool {
    if t.len() >= 4 && t[..4].eq_ignore_ascii_case(b"www.") {
        return true;
    }
    // One pass for `://` and an `@` after a letter or digit.
    let mut prev = [0u8; 2];
    for &c in t {
        if (c == b'/' && prev == [b':', b'/']) || (c == b'@' && prev[1].is_ascii_alphanumeric()) {
            return true;
        }
        prev = [prev[1], c];
    }
    false
}

/// `h`, the start of a line, holds more of a URL: an inner `/`, `?`, `=`,
/// `&` or `#` before a letter or digit (or a final `/`), or an inner `.`
/// before two of them (`ple.org`, `s/today`; not `e.g.`).
fn more_url(h: &[u8]) -> bool {
    // One pass: the separator seen last, and the letters and digits after it.
    let (mut sep, mut run) = (0u8, 0usize);
    for (i, &c) in h.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            run += 1;
            if (sep == b'.' && run >= 2) || (sep != 0 && sep != b'.') {
                return true;
            }
        } else {
            sep = if i > 0 && matches!(c, b'/' | b'?' | b'=' | b'&' | b'#' | b'.') {
                c
            } else {
                0
            };
            run = 0;
        }
    }
    // A final `/` (`news/`).
    h.len() > 1 && h[h.len() - 1] == b'/'
}

/// Whether the break between a line ending in `before` and the next line
/// starting with `after` falls inside a URL or an e-mail address, which
/// print breaks after (or before) `/`, `.`, `-`, `_`, `@` and the like,
/// never at a space.
///
/// The evidence is the URL at the end of the first line (`www.`, `://`,
/// `name@`) and how the next line goes on:
///
/// - after `-`, `_`, `~`, `@`, `=`, `&`, `%`, `+`, which end no URL and no
///   sentence: any letter or digit continues it (`name@exam-` / `ple.org`);
/// - after `.`: a lowercase letter or a digit (`www.example.` / `com`; a
///   capital starts the next sentence after a URL that ended one);
/// - after `/`, `?`, `#`, which may end a whole URL: only a line start
///   that holds more of a URL (`site.org/` / `news/today`; not `site.org/`
///   / `for details`);
/// - after a letter or digit: a line start with a separator (`www.example`
///   / `.com`, broken before the `.`), or a lowercase line start that
///   holds more of a URL (`https://www.exam` / `ple.org/news`).
///
/// Also a scheme broken after its colon (`https:` / `//site.org`) and an
/// address broken before its `@` (`jane.smith` / `@example.org`).
///
/// Cheap: it looks at the last and first bytes first, and then only at the
/// last and first runs of URL bytes.
///
/// ```
/// use newsprint::script::{url_break, UrlBreak};
/// assert_eq!(url_break("online at www.example.", "com/news today"), UrlBreak::Join);
/// assert_eq!(url_break("see https://site.org/path-", "to/page"), UrlBreak::Hyphen);
/// assert_eq!(url_break("see https://site.org/", "for details"), UrlBreak::No);
/// assert_eq!(url_break("at www.example.com.", "The council"), UrlBreak::No);
/// assert_eq!(url_break("a well-", "known cafe"), UrlBreak::No);
/// ```
pub fn url_break(before: &str, after: &str) -> UrlBreak {
    let (b, a) = (before.as_bytes(), after.as_bytes());
    let (Some(&last), Some(&first)) = (b.last(), a.first()) else {
        return UrlBreak::No;
    };
    let lower = first.is_ascii_lowercase() || first.is_ascii_digit();
    // The commonest cases without looking further: no URL byte at the
    // break, or a sentence end before a capital.
    if !is_url_byte(last) || !is_url_byte(first) || (last == b'.' && !lower) {
        return UrlBreak::No;
    }
    let (tail, url) = url_tail(b);
    // Only a URL, a scheme or an address before an `@` reads further.
    if !url && last != b':' && first != b'@' {
        return UrlBreak::No;
    }
    let head = &a[..a.iter().position(|&c| !is_url_byte(c)).unwrap_or(a.len())];
    let alnum = |k: usize| head.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let join = |yes: bool| if yes { UrlBreak::Join } else { UrlBreak::No };
    if url {
        return match last {
            b'-' if alnum(0) => UrlBreak::Hyphen,
            b'_' | b'~' | b'@' | b'=' | b'&' | b'%' | b'+' => join(alnum(0)),
            b'.' => UrlBreak::Join,
            b'/' | b'?' | b'#' => join(alnum(0) && more_url(head)),
            b':' => join(head.starts_with(b"//") || first.is_ascii_digit()),
            _ if last.is_ascii_alphanumeric() => join(
                (matches!(first, b'.' | b'/' | b'-' | b'_' | b'?' | b'#') && alnum(1))
                    || (lower && more_url(head)),
            ),
            _ => UrlBreak::No,
        };
    }
    // `https:` / `//site.org`
    if (tail.eq_ignore_ascii_case(b"http:") || tail.eq_ignore_ascii_case(b"https:"))
        && head.starts_with(b"//")
    {
        return UrlBreak::Join;
    }
    // `jane.smith` / `@example.org`
    join(
        first == b'@'
            && alnum(1)
            && more_url(&head[1..])
            && last.is_ascii_alphanumeric()
            && tail
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+')),
    )
}

/// The character `text` consists of, if it is exactly one.
#[inline]
pub fn only_char(text: &str) -> Option<char> {
    // (One character is four bytes at most: most texts are told from
    // their length.)
    if text.len() > 4 {
        return None;
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Whether `text` ends a sentence: its last character, after any closing
/// quotes and brackets and the spaces among them (French sets one before
/// `»`), is sentence-ending punctuation.
pub fn ends_sentence(text: &str) -> bool {
    let mut chars = text
        .chars()
        .rev()
        .skip_while(|&c| is_closer(c) || is_space(c));
    chars.next().is_some_and(is_sentence_end)
}

/// Two spaces in a row or a tab somewhere in `b`: eight bytes at a time.
#[inline]
pub(crate) fn layout_gap(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // 0x80 in each byte of `x` that is zero, exactly (no borrow between
    // bytes).
    let zero = |x: u64| !(((x & LOW) + LOW) | x | LOW);
    // The gaps found in `x`, given whether the byte before it was a space
    // (as its high bit), and whether its last byte is one.
    let scan = |x: u64, carry: u64| {
        let space = zero(x ^ (ONES * u64::from(b' ')));
        let found = (space & ((space << 8) | carry)) | zero(x ^ (ONES * u64::from(b'\t')));
        (found, space >> 56)
    };
    let (mut carry, mut found) = (0u64, 0u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let f;
        (f, carry) = scan(
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
            carry,
        );
        found |= f;
    }
    let rest = chunks.remainder();
    if rest.is_empty() {
        return found != 0;
    }
    let last = match b.len().checked_sub(8).and_then(|i| b.get(i..)) {
        // The last eight bytes, which overlap the chunks before: a pair
        // across the last boundary lies inside them, and one before them
        // was seen already.
        Some(last) => scan(u64::from_le_bytes(last.try_into().unwrap_or_default()), 0),
        // A short line, padded with zero bytes (neither space nor tab).
        None => scan(
            rest.iter().rev().fold(0, |x, &c| (x << 8) | u64::from(c)),
            carry,
        ),
    };
    (found | last.0) != 0
}

/// [`layout_gap`] a byte at a time.
#[cfg(test)]
fn layout_gap_reference(b: &[u8]) -> bool {
    b.contains(&b'\t') || b.windows(2).any(|w| w == b"  ")
}

/// Two ideographic spaces in a row, or one beside a space or a tab,
/// inside a trimmed line: the gap between two cells of a CJK table
/// (`手機入門　　　　８　　免費`), where a single one parts the words
/// of a headline (`社長　辭任`).
pub(crate) fn ideographic_gap(text: &str) -> bool {
    // (Most lines beyond ASCII are Latin with an accent: no 0xE3, the
    // lead byte of U+3000, and one plain search tells.)
    if memchr::memchr(0xe3, text.as_bytes()).is_none() {
        return false;
    }
    ideographic_spaces(text.as_bytes()).any(|i| {
        let after = &text[i + 3..];
        let before = &text[..i];
        after.starts_with(['\u{3000}', ' ', '\t']) || before.ends_with([' ', '\t'])
    })
}

/// Finds ideographic spaces (U+3000).
static IDEOGRAPHIC_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{3000}"));

/// The byte offsets of the ideographic spaces (U+3000) in `b`.
pub(crate) fn ideographic_spaces(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    IDEOGRAPHIC_SPACE.find_iter(b)
}

/// Whether `b` holds an ideographic space (U+3000).
pub(crate) fn has_ideographic_space(b: &[u8]) -> bool {
    IDEOGRAPHIC_SPACE.find(b).is_some()
}

/// The byte offset of the first ideographic space (U+3000) in `b`.
pub(crate) fn find_ideographic_space(b: &[u8]) -> Option<usize> {
    IDEOGRAPHIC_SPACE.find(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_ends_before_closing_quotes_and_the_space_before_them() {
        assert!(ends_sentence("« Ils ont été sciés. »"));
        assert!(ends_sentence("“It felt like being handed the bill.”"));
        assert!(ends_sentence("他說：「好。」"));
        assert!(!ends_sentence("« Ils ont été sciés »"));
    }

    proptest::proptest! {
        #[test]
        fn rsplit_once_char_agrees_with_the_standard_library(
            s in "[ a年：＝，。\u{1f600}]{0,24}",
            c in proptest::sample::select(vec![' ', 'a', '年', '：', '＝', '\u{1f600}']),
        ) {
            proptest::prop_assert_eq!(rsplit_once_char(&s, c), s.rsplit_once(c));
        }
    }

    proptest::proptest! {
        #[test]
        fn split_spaces_agrees_with_the_standard_library(s in "[ a年\t]{0,24}") {
            proptest::prop_assert_eq!(
                split_spaces(&s).collect::<Vec<_>>(),
                s.split(' ').collect::<Vec<_>>()
            );
            proptest::prop_assert_eq!(
                split_spaces(&s).rev().collect::<Vec<_>>(),
                s.rsplit(' ').collect::<Vec<_>>()
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn split_once_ascii_pair_agrees_with_the_standard_library(s in "[ ,;a年]{0,16}") {
            for pat in [b", ", b"; ", b",,"] {
                let p = core::str::from_utf8(pat).unwrap_or_default();
                proptest::prop_assert_eq!(split_once_ascii_pair(&s, pat), s.split_once(p));
            }
        }
    }

    #[test]
    fn case_and_letters_agree_with_the_standard_library_everywhere() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn halfwidth_katakana_is_cjk() {
        assert!(is_cjk('ﾄ') && is_cjk('ｰ') && is_cjk('ﾟ') && is_cjk('｡'));
        assert!(!is_cjk('ﾡ')); // halfwidth hangul: Korean sets spaces
    }

    #[test]
    fn common_wide_characters_are_wide() {
        for c in (0..=0xffffu32).filter_map(char::from_u32) {
            let mut b = [0u8; 4];
            if c.encode_utf8(&mut b).len() == 3 && common_wide([b[0], b[1], b[2]]) {
                assert_eq!(cell_width(c), 2, "{c:?}");
            }
        }
    }

    #[test]
    fn accented_latin_letters_are_one_cell() {
        for c in ('\u{c0}'..='\u{17f}').filter(|c| (0xc3..=0xc5).contains(&(*c as u32 >> 6 | 0xc0)))
        {
            assert_eq!(cell_width(c), 1, "{c:?}");
        }
        assert_eq!(cells("àÿĀſ"), 4);
    }

    #[test]
    fn printable_ascii_checks_every_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut x = [b'a'; 8];
                x[at] = b;
                let want = (0x20..0x7f).contains(&b);
                assert_eq!(
                    printable_ascii(u64::from_le_bytes(x)),
                    want,
                    "{b:#x} at {at}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn cells_agree_with_the_reference(s in "[a \t\u{1}éäßłĀſ\u{bf}\u{300}中一丁䷀㐀、。〪〰「，＝｀ｰ\u{ff00}！😀]{0,30}") {
            proptest::prop_assert_eq!(cells(&s), cells_reference(&s));
        }

        #[test]
        fn layout_gaps_agree_with_the_reference(s in "[a \t]{0,30}") {
            proptest::prop_assert_eq!(layout_gap(s.as_bytes()), layout_gap_reference(s.as_bytes()));
        }

        #[test]
        fn only_char_is_the_one_character(s in "[aé年\u{1f600}]{0,3}") {
            let mut chars = s.chars();
            let want = chars.next().filter(|_| chars.next().is_none());
            proptest::prop_assert_eq!(only_char(&s), want);
        }

        #[test]
        fn url_tails_agree_with_the_reference(s in "([a-zW ]|www\\.|WwW\\.|://|[@/:.]|é){0,12}") {
            proptest::prop_assert_eq!(url_tail(s.as_bytes()), url_tail_reference(s.as_bytes()));
        }

        #[test]
        fn cells_of_long_ascii_runs_agree_with_the_reference(s in "([ -~]{0,20}|[\u{0}-\u{1f}\u{7f}]|é|中|\u{80}){0,12}") {
            proptest::prop_assert_eq!(cells(&s), cells_reference(&s));
        }
    }

    #[test]
    fn classifies_scripts() {
        for c in [
            '天', '「', '。', 'カ', 'ひ', '，', '（', '𠀀', '４', 'Ａ', '︒',
        ] {
            assert!(is_cjk(c), "{c}");
        }
        for c in ['a', 'ß', '1', ' ', '-', 'é', '한'] {
            assert!(!is_cjk(c), "{c}");
        }
    }

    #[test]
    fn sentence_ends_look_through_closing_quotes() {
        assert!(ends_sentence("融合發展。」"));
        assert!(ends_sentence("he said.\""));
        assert!(!ends_sentence("認同感」"));
        assert!(!ends_sentence("Einrich⸗"));
        assert!(!ends_sentence(""));
    }

    #[test]
    fn cell_width_agrees_with_unicode_width() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            let want = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            assert_eq!(cell_width(c), want, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn is_space_is_unicode_white_space() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn ideographic_space_is_space() {
        assert!(is_space('\u{3000}'));
        assert!(is_space('\u{c}'));
        assert!(!is_space('a'));
    }
}
