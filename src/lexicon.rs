//! The page's own words, which decide line-end hyphens: does the page write
//! `cooperate`, or `co-operate`?

use core::ops::Range;

use crate::script;

/// Shortest word (in bytes) a hyphen decision looks up: two letters each
/// side of the break.
pub(crate) const MIN_LOOKUP: usize = 4;

/// The words of the page: letters, digits and inner hyphens, not counting
/// a word cut by a line-end hyphen.
///
/// (An earlier version read the page only for the words its hyphen
/// decisions would ask about, known up front; it was no faster.)
/// `words_reference` is the plain version; a property test checks that
/// both agree.
#[inline(never)]
pub(crate) fn words(input: &str) -> Words<'_> {
    let mut set = Words::with_capacity(input, input.len() / 64);
    for_each_word(input, |t| set.insert(t));
    set
}

/// A set of words of one page, each kept as its byte range of the page.
///
/// Most words of a page are written many times, so most insertions find
/// their word already in: an open-addressing table whose slots keep each
/// word's full hash makes that check a hash, a compare and a word-sized
/// comparison of the bytes, not a call to `memcmp`.
pub(crate) struct Words<'a> {
    input: &'a str,
    /// A power of two of slots, at most half of them taken.
    slots: Vec<Slot>,
    /// Slots taken.
    len: usize,
}

/// One slot of [`Words`]: empty when `end` is 0 (no word ends there).
#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    start: usize,
    end: usize,
}

impl<'a> Words<'a> {
    /// An empty set of words of `input`, with room for `words` of them, or
    /// for 65,536 at most: a block that fills a piece of text makes the
    /// piece many times longer, and the table grows as its words come.
    fn with_capacity(input: &'a str, words: usize) -> Self {
        let slots = (2 * words).clamp(16, 1 << 17).next_power_of_two();
        Words {
            input,
            slots: vec![Slot::default(); slots],
            len: 0,
        }
    }

    /// The words, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        let input = self.input;
        self.slots
            .iter()
            .filter(|s| s.end != 0)
            .map(move |s| &input[s.start..s.end])
    }

    /// Whether `word` is one of the page's words.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        self.probe(w, hash(w)).is_ok()
    }

    /// The slot holding `w` (whose hash is `hash`), or the empty slot
    /// where it would go.
    #[inline(always)]
    fn probe(&self, w: &[u8], hash: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = slot_of(hash, mask);
        loop {
            let s = self.slots[i];
            if s.end == 0 {
                return Err(i);
            }
            if s.hash == hash && same(&self.input.as_bytes()[s.start..s.end], w) {
                return Ok(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `word`, a slice of the page, unless it is in already.
    #[inline(always)]
    fn insert(&mut self, word: &'a str) {
        let w = word.as_bytes();
        let hash = hash(w);
        let Err(i) = self.probe(w, hash) else {
            return;
        };
        // `word` lies inside `input`: its offset is that of its pointer.
        let start = word.as_ptr() as usize - self.input.as_ptr() as usize;
        debug_assert_eq!(self.input.get(start..start + w.len()), Some(word));
        self.slots[i] = Slot {
            hash,
            start,
            end: start + w.len(),
        };
        self.len += 1;
        if 2 * self.len > self.slots.len() {
            self.grow();
        }
    }

    /// Doubles the slots, placing every word again from its kept hash.
    fn grow(&mut self) {
        let doubled = vec![Slot::default(); 2 * self.slots.len()];
        let old = core::mem::replace(&mut self.slots, doubled);
        let mask = self.slots.len() - 1;
        for s in old.into_iter().filter(|s| s.end != 0) {
            let mut i = slot_of(s.hash, mask);
            while self.slots[i].end != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = s;
        }
    }
}

/// The first slot to try for `hash` in a table of `mask + 1` slots.
#[inline]
fn slot_of(hash: u64, mask: usize) -> usize {
    (hash >> 32) as usize & mask
}

/// The first eight bytes of `b` (at least eight) as a number.
#[inline]
fn first8(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().unwrap_or_default())
}

/// The first four bytes of `b` (at least four) as a number.
#[inline]
fn first4(b: &[u8]) -> u64 {
    u64::from(u32::from_le_bytes(b[..4].try_into().unwrap_or_default()))
}

/// The bytes of `b` (at most eight) as a number.
#[inline]
fn small(b: &[u8]) -> u64 {
    b.iter().rev().fold(0, |h, &x| (h << 8) | u64::from(x))
}

/// A hash of a word's bytes: its first and last eight (or four) bytes and
/// its length, then any bytes between, eight at a time.
#[inline]
fn hash(w: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let n = w.len();
    let (a, b) = match n {
        8.. => (first8(w), first8(&w[n - 8..])),
        4..=7 => (first4(w), first4(&w[n - 4..])),
        _ => (small(w), 0),
    };
    let mut h = (a ^ (n as u64)).wrapping_mul(K) ^ b;
    if n > 16 {
        for c in w[8..n - 8].chunks(8) {
            h = h.wrapping_mul(K) ^ small(c);
        }
    }
    h.wrapping_mul(K)
}

/// `a == b`, for words of four to sixteen bytes by two overlapping
/// word-sized comparisons.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    n == b.len()
        && match n {
            8..=16 => first8(a) == first8(b) && first8(&a[n - 8..]) == first8(&b[n - 8..]),
            4..=7 => first4(a) == first4(b) && first4(&a[n - 4..]) == first4(&b[n - 4..]),
            _ => a == b,
        }
}

/// Calls `f` on each word of `input` at least [`MIN_LOOKUP`] bytes long, as
/// [`words`] defines them, in one pass over the bytes: ASCII is classed from
/// a table, and only other characters are decoded.
#[inline]
fn for_each_word<'a>(input: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the start of a token: the ASCII bytes outside words
        // (spaces, punctuation) from the table alone.
        while bytes
            .get(i)
            .is_some_and(|&b| b < 0x80 && !WORD_BYTE[b as usize])
        {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let (word, len) = char_class(input, i);
        if !word {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        loop {
            // ASCII letters and digits, the bulk of a Latin word, from
            // the table alone.
            while bytes.get(i).is_some_and(|&b| WORD_BYTE[b as usize]) {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] < 0x80 {
                break;
            }
            let (word, len) = char_class(input, i);
            if !word {
                break;
            }
            i += len;
        }
        if let Some(t) = word_of(input, start..i) {
            f(t);
        }
    }
}

/// ASCII bytes that belong to a word: letters, digits, and the hyphens
/// `-` and `=` (see [`script::is_line_hyphen`]).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'-' as usize || b == b'=' as usize;
        b += 1;
    }
    t
};

/// Whether the character at byte `i` (a character boundary) belongs to a
/// word (a letter, digit or hyphen), and its length in bytes.
#[inline(always)]
fn char_class(input: &str, i: usize) -> (bool, usize) {
    let b = input.as_bytes()[i];
    if b < 0x80 {
        (WORD_BYTE[b as usize], 1)
    } else {
        let c = input[i..].chars().next().unwrap_or('\0');
        (
            script::is_alphanumeric(c) || script::is_line_hyphen(c),
            c.len_utf8(),
        )
    }
}

/// The word the token `span` stands for: none when a line-end hyphen cuts
/// it (it ends the line on a hyphen); without its edge hyphens; none when
/// shorter than anything asked for.
#[inline]
fn word_of(input: &str, span: Range<usize>) -> Option<&str> {
    if span.len() < MIN_LOOKUP {
        return None;
    }
    let bytes = input.as_bytes();
    let (first, last) = (bytes[span.start], bytes[span.end - 1]);
    let t = &input[span.clone()];
    // Most words neither start nor end with a hyphen (of which only `-`
    // and `=` are ASCII, and the others end in a byte of 0x80 and more).
    let letters = |b: u8| WORD_BYTE[b as usize] & (b > b'=');
    let t = if letters(first) && letters(last) {
        t
    } else {
        // (A line may end in spaces after its hyphen: `voorzitter Marie- `
        // / `ke Ooms`.)
        let rest = &bytes[span.end..];
        let blank = rest
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let line_end = matches!(&rest[blank..], [] | [b'\n', ..] | [b'\r', b'\n', ..]);
        if line_end && t.ends_with(script::is_line_hyphen) {
            return None;
        }
        t.trim_matches(script::is_line_hyphen)
    };
    // A word split at a line end has at least two letters on each side:
    // shorter words are never asked for.
    (t.len() >= MIN_LOOKUP).then_some(t)
}

/// Characters of the part after a compound's hyphen that
/// [`compound_stems`] keeps: enough for a stem, short of most endings
/// (`niemiec-ka`, `niemiec-kiej`).
pub(crate) const COMPOUND_STEM: usize = 5;

/// The hyphenated compounds of `words` cut after the stem of each part
/// that follows a hyphen: the part before the hyphen, the hyphen, and the
/// first [`COMPOUND_STEM`] characters of the part after it
/// (`polsko-niemiecka` gives `polsko-niemi`; `Nord-Ostsee-Kanal` gives
/// `Nord-Ostse` and `Ostsee-Kanal`). Parts after a hyphen shorter than a
/// stem give none.
pub(crate) fn compound_stems<'a>(words: &Words<'a>) -> Words<'a> {
    let mut stems = Words::with_capacity(words.input, 16);
    for w in words.iter() {
        let mut part_start = 0;
        for (h, c) in w.char_indices() {
            if !script::is_line_hyphen(c) {
                continue;
            }
            let after = h + c.len_utf8();
            // The stem: up to COMPOUND_STEM characters, none a hyphen.
            let mut end = after;
            let mut n = 0;
            for (i, c) in w[after..].char_indices() {
                if n == COMPOUND_STEM || script::is_line_hyphen(c) {
                    break;
                }
                end = after + i + c.len_utf8();
                n += 1;
            }
            if n == COMPOUND_STEM && h > part_start {
                stems.insert(&w[part_start..end]);
            }
            part_start = after;
        }
    }
    stems
}

/// [`words`] the plain way, line by line with `str::split`, in a standard
/// hash set.
#[cfg(test)]
fn words_reference(input: &str) -> std::collections::HashSet<&str> {
    let mut set = std::collections::HashSet::new();
    for line in input.lines() {
        let mut tokens = line
            .trim_end_matches([' ', '\t'])
            .split(|c: char| !(c.is_alphanumeric() || script::is_line_hyphen(c)))
            .peekable();
        while let Some(t) = tokens.next() {
            let last = tokens.peek().is_none();
            if last && t.ends_with(script::is_line_hyphen) {
                continue;
            }
            let t = t.trim_matches(script::is_line_hyphen);
            if t.len() >= MIN_LOOKUP {
                set.insert(t);
            }
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TEXT: &str = "([a-dé1⸗=\\- ,\n\r\t]|ab|\r\n){0,60}";

    #[test]
    fn compound_stems_cut_after_the_stem_of_each_part() {
        let words = words("polsko-niemiecka Nord-Ostsee-Kanal re-elected state-of-the-art\n");
        let mut stems: Vec<_> = compound_stems(&words).iter().collect();
        stems.sort_unstable();
        assert_eq!(
            stems,
            ["Nord-Ostse", "Ostsee-Kanal", "polsko-niemi", "re-elect"]
        );
    }

    #[test]
    fn a_word_cut_before_trailing_spaces_is_no_word_of_the_page() {
        for text in [
            "zegt Marie- \nke Ooms",
            "zegt Marie-\t \r\nke Ooms",
            "zegt Marie- ",
        ] {
            assert!(!words(text).contains("Marie"), "{text:?}");
            assert!(!words_reference(text).contains("Marie"), "{text:?}");
        }
        assert!(words("zegt Marie- en Ooms").contains("Marie"));
    }

    proptest! {
        #[test]
        fn fast_words_match_reference(s in TEXT) {
            let (fast, plain) = (words(&s), words_reference(&s));
            let found: std::collections::HashSet<&str> = fast
                .slots
                .iter()
                .filter(|x| x.end != 0)
                .map(|x| &s[x.start..x.end])
                .collect();
            prop_assert_eq!(fast.len, found.len());
            prop_assert_eq!(&found, &plain);
            for w in &plain {
                prop_assert!(fast.contains(w));
            }
        }

        #[test]
        fn fast_words_match_reference_on_longer_pages(s in "([a-dé1⸗=\\- ,.\n\r]|abcdefgh|年|\r\n){60,300}") {
            let (fast, plain) = (words(&s), words_reference(&s));
            let found: std::collections::HashSet<&str> = fast.iter().collect();
            prop_assert_eq!(&found, &plain);
        }

        #[test]
        fn word_comparison_matches_slices(p in "[ab]{0,12}", x in "[ab]{0,6}", y in "[ab]{0,6}") {
            let (a, b) = (format!("{p}{x}"), format!("{p}{y}"));
            prop_assert_eq!(same(a.as_bytes(), b.as_bytes()), a == b);
        }

        #[test]
        fn lookups_match_reference(s in TEXT, queries in proptest::collection::vec("[a-dé1⸗=\\-]{0,20}", 0..20)) {
            let (fast, plain) = (words(&s), words_reference(&s));
            for q in &queries {
                prop_assert_eq!(fast.contains(q), plain.contains(q.as_str()), "{:?}", q);
            }
        }

    }
}
