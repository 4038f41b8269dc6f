//! The page's own words, which decide line-end hyphens: does the page write
//! `cooperate`, or `co-operate`?

use core::ops::Range;

use rustc_hash::FxHashSet;

use crate::script;

/// Shortest word (in bytes) a hyphen decision looks up: two letters each
/// side of the break.
pub(crate) const MIN_LOOKUP: usize = 4;

/// The words of the page: letters, digits and inner hyphens, not counting
/// a word cut by a line-end hyphen.
///
/// (An earlier version read the page only for the words its hyphen
/// decisions would ask about, known up front; it was no faster, as reading
/// the words, not hashing them, is the cost.) [`words_reference`] is the
/// plain version; a property test checks that both agree.
#[inline(never)]
pub(crate) fn words(input: &str) -> FxHashSet<&str> {
    let mut set = FxHashSet::with_capacity_and_hasher(input.len() / 64, Default::default());
    for_each_word(input, |t| {
        set.insert(t);
    });
    set
}

/// Calls `f` on each word of `input` at least [`MIN_LOOKUP`] bytes long, as
/// [`words`] defines them, in one pass over the bytes: ASCII is classed from
/// a table, and only other characters are decoded.
#[inline]
fn for_each_word<'a>(input: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the start of a token.
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
            c.is_alphanumeric() || script::is_line_hyphen(c),
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
        let rest = &bytes[span.end..];
        let line_end = matches!(rest, [] | [b'\n', ..] | [b'\r', b'\n', ..]);
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
pub(crate) fn compound_stems<'a>(words: &FxHashSet<&'a str>) -> FxHashSet<&'a str> {
    let mut stems = FxHashSet::default();
    for &w in words {
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

/// [`words`] the plain way, line by line with `str::split`.
#[cfg(test)]
fn words_reference(input: &str) -> FxHashSet<&str> {
    let mut set = FxHashSet::default();
    for line in input.lines() {
        let mut tokens = line
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

    const TEXT: &str = "([a-dé1⸗=\\- ,\n\r]|ab|\r\n){0,60}";

    #[test]
    fn compound_stems_cut_after_the_stem_of_each_part() {
        let words = words("polsko-niemiecka Nord-Ostsee-Kanal re-elected state-of-the-art\n");
        let mut stems: Vec<_> = compound_stems(&words).into_iter().collect();
        stems.sort_unstable();
        assert_eq!(
            stems,
            ["Nord-Ostse", "Ostsee-Kanal", "polsko-niemi", "re-elect"]
        );
    }

    proptest! {
        #[test]
        fn fast_words_match_reference(s in TEXT) {
            prop_assert_eq!(words(&s), words_reference(&s));
        }

    }
}
