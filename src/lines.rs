//! Stage 1: split the input into lines with byte offsets, width and edge characters.

use core::ops::Range;

use crate::script;

/// One input line, as the later stages see it.
///
/// All offsets are byte offsets into the input. `content` excludes the line
/// terminator (`\n`, `\r\n` or a lone `\r`); `trimmed` further excludes
/// leading and trailing white space (including the ideographic space U+3000
/// and form feeds).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Line {
    /// 1-based line number.
    pub number: usize,
    /// Content of the line, without its terminator.
    pub content: Range<usize>,
    /// Start of the next line (end of the terminator).
    pub next: usize,
    /// Content without leading and trailing white space.
    pub trimmed: Range<usize>,
    /// Display width (in columns, CJK counting 2) of the trimmed content,
    /// saturating at `u32::MAX`.
    pub width: u32,
    /// Display width of the leading white space, saturating at `u32::MAX`.
    pub indent: u32,
    /// The line holds a form feed: a page break precedes its text.
    pub page_break: bool,
    /// First character of the trimmed content (`'\0'` for a blank line).
    pub first: char,
    /// Last character of the trimmed content (`'\0'` for a blank line).
    pub last: char,
}

impl Line {
    /// Whether the line holds nothing but white space.
    #[inline]
    pub fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }

    /// The trimmed text of this line within `input`.
    #[inline]
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.trimmed.clone()]
    }
}

/// An iterator over the [`Line`]s of a text, borrowing it.
///
/// ```
/// use newsprint::lines::LineIndices;
/// let lines: Vec<_> = LineIndices::new("ab\r\n\n 天\n").collect();
/// assert_eq!(lines.len(), 3);
/// assert_eq!(lines[0].content, 0..2);
/// assert!(lines[1].is_blank());
/// assert_eq!((lines[2].indent, lines[2].width), (1, 2));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndices<'a> {
    input: &'a str,
    pos: usize,
    number: usize,
}

impl<'a> LineIndices<'a> {
    /// Lines of `input`, from its first byte.
    pub fn new(input: &'a str) -> Self {
        Self::starting_at(input, 0, 0)
    }

    /// Lines of `input` from byte `pos` (a line start), numbering from `number + 1`.
    pub fn starting_at(input: &'a str, pos: usize, number: usize) -> Self {
        LineIndices { input, pos, number }
    }
}

impl Iterator for LineIndices<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.input.as_bytes();
        let start = self.pos;
        if start >= bytes.len() {
            return None;
        }
        let (end, next) = line_end(bytes, start);
        self.pos = next;
        self.number += 1;
        Some(measure(self.input, start..end, next, self.number))
    }
}

/// The end of the content of the line that starts at byte `start` of
/// `bytes`, and the start of the next line (after its `\n`, `\r\n` or lone
/// `\r`; the end of `bytes` for the last line).
#[inline]
pub(crate) fn line_end(bytes: &[u8], start: usize) -> (usize, usize) {
    let rest = &bytes[start..];
    match memchr::memchr2(b'\n', b'\r', rest) {
        None => (bytes.len(), bytes.len()),
        Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => {
            (start + i, start + i + 2)
        }
        Some(i) => (start + i, start + i + 1),
    }
}

/// The number of lines [`LineIndices`] finds in `text`: each `\n`,
/// `\r\n` or lone `\r` ends one, and text after the last ends one more.
///
/// Counted, not searched: every `\n` ends a line, and so does every `\r`
/// but one right before a `\n` (the pair ends one line). The counts are
/// plain loops over the bytes that the compiler vectorises, where a
/// search stops at every line end. `count_lines_reference` is the
/// search; a property test checks that both agree.
pub fn count_lines(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut n = count_byte(bytes, b'\n');
    // Most texts hold no `\r` at all: one search tells.
    if memchr::memchr(b'\r', bytes).is_some() {
        let pairs = bytes.windows(2).filter(|w| w == b"\r\n").count();
        n += count_byte(bytes, b'\r') - pairs;
    }
    let last = bytes.last();
    n + usize::from(!bytes.is_empty() && last != Some(&b'\n') && last != Some(&b'\r'))
}

/// How many bytes of `bytes` are `x`: counted in `u8`s per chunk of 255
/// bytes (which cannot overflow them), so that the loop runs on wide
/// vectors.
fn count_byte(bytes: &[u8], x: u8) -> usize {
    bytes
        .chunks(255)
        .map(|c| usize::from(c.iter().map(|&b| u8::from(b == x)).sum::<u8>()))
        .sum()
}

/// [`count_lines`] by searching for each line end, as first written.
#[cfg(test)]
fn count_lines_reference(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut after_cr = false;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // The `\n` of a `\r\n` ends no second line.
        if !(bytes[i] == b'\n' && after_cr && i > 0 && bytes[i - 1] == b'\r') {
            n += 1;
        }
        after_cr = bytes[i] == b'\r';
    }
    let last = bytes.last();
    n + usize::from(!bytes.is_empty() && last != Some(&b'\n') && last != Some(&b'\r'))
}

/// Builds the [`Line`] record for `content`.
pub fn measure(input: &str, content: Range<usize>, next: usize, number: usize) -> Line {
    let text = &input[content.clone()];
    let mut page_break = false;
    let mut indent = 0;
    let mut lead = text.len();
    if opens_no_space(text.as_bytes()) {
        // Most lines: no white space to skip, nothing to decode.
        lead = 0;
    } else {
        for (i, c) in text.char_indices() {
            // A byte-order mark opening the input is no text.
            if c == '\u{feff}' && i == 0 && content.start == 0 {
                continue;
            }
            if c == '\u{c}' {
                page_break = true;
            }
            if !script::is_space(c) {
                lead = i;
                break;
            }
            indent += space_width(c);
        }
    }
    let body = &text[lead..];
    let trail = match body.as_bytes() {
        // Most lines end in ASCII other than white space, or in a CJK
        // character (three bytes led by 0xE3 to 0xEF) other than U+3000:
        // nothing to trim.
        [.., b] if b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r') => body,
        [.., l @ 0xe3..=0xef, x, y] if [*l, *x, *y] != [0xe3, 0x80, 0x80] => body,
        _ => body.trim_end_matches(|c: char| {
            page_break |= c == '\u{c}';
            script::is_space(c)
        }),
    };
    let trimmed = content.start + lead..content.start + lead + trail.len();
    let width = if trail.is_ascii() {
        trail.len()
    } else {
        script::cells(trail)
    };
    Line {
        number,
        content,
        next,
        trimmed,
        width: u32::try_from(width).unwrap_or(u32::MAX),
        indent: u32::try_from(indent).unwrap_or(u32::MAX),
        page_break,
        first: trail.chars().next().unwrap_or('\0'),
        last: trail.chars().next_back().unwrap_or('\0'),
    }
}

/// Whether the character opening `b` is no white space and no byte-order
/// mark, told from its first bytes: ASCII other than white space, or a
/// character beyond ASCII other than U+0085, U+00A0, U+1680,
/// U+2000–U+205F (led by 0xC2, 0xE1, 0xE2), U+3000 and U+FEFF.
#[inline]
fn opens_no_space(b: &[u8]) -> bool {
    match b {
        // (`u8::is_ascii_whitespace` leaves out the vertical tab.)
        [x, ..] if x.is_ascii() => !matches!(x, b' ' | b'\t'..=b'\r'),
        [0xc2 | 0xe1 | 0xe2, ..] | [0xe3, 0x80, 0x80, ..] | [0xef, 0xbb, 0xbf, ..] => false,
        [_, ..] => true,
        [] => false,
    }
}

fn space_width(c: char) -> usize {
    match c {
        '\t' => 4,
        '\u{3000}' => 2,
        _ => script::cell_width(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_every_kind_of_line_end() {
        let s = "a\nb\r\nc\rd";
        let v: Vec<_> = LineIndices::new(s).map(|l| &s[l.content]).collect();
        assert_eq!(v, ["a", "b", "c", "d"]);
    }

    #[test]
    fn counts_lines_as_the_iterator_splits_them() {
        for s in [
            "", "a", "a\n", "a\r\nb", "a\rb\r", "\r\n\r\n", "\n\r", "x\r\r\ny",
        ] {
            assert_eq!(count_lines(s), LineIndices::new(s).count(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn counted_lines_agree_with_the_search(s in "([a\r\n]|\r\n|é){0,600}") {
            proptest::prop_assert_eq!(count_lines(&s), count_lines_reference(&s));
            proptest::prop_assert_eq!(count_lines(&s), LineIndices::new(&s).count());
        }
    }

    #[test]
    fn characters_said_to_open_no_space_are_none() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            let mut b = [0u8; 4];
            let e = c.encode_utf8(&mut b).as_bytes();
            if opens_no_space(e) {
                assert!(
                    !script::is_space(c) && c != '\u{feff}',
                    "U+{:04X}",
                    c as u32
                );
            }
            if e.len() == 3 && e[0] >= 0xe3 && e != "\u{3000}".as_bytes() {
                assert!(!script::is_space(c), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn cjk_lines_are_trimmed_of_ideographic_spaces() {
        let s = "\u{3000}「天」\u{3000}\n";
        let l = LineIndices::new(s).next().unwrap();
        assert_eq!((l.text(s), l.indent), ("「天」", 2));
    }

    #[test]
    fn vertical_tabs_are_trimmed() {
        let s = "\u{b}a b\u{b}\n";
        let l = LineIndices::new(s).next().unwrap();
        assert_eq!((l.text(s), l.indent), ("a b", 0));
    }

    #[test]
    fn form_feed_marks_a_page_break() {
        let s = "\u{c}Next page\n";
        let l = LineIndices::new(s).next().unwrap();
        assert!(l.page_break);
        assert_eq!(l.text(s), "Next page");
        assert!(LineIndices::new("\u{c}\n").next().unwrap().is_blank());
    }
}
