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
        | 0xff00..=0xff65    // fullwidth forms: punctuation, digits, letters
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

/// Whether `text` ends a sentence: its last character, after any closing
/// quotes, is sentence-ending punctuation.
pub fn ends_sentence(text: &str) -> bool {
    let mut chars = text.chars().rev().skip_while(|&c| is_closer(c));
    chars.next().is_some_and(is_sentence_end)
}

#[cfg(test)]
mod tests {
    use super::*;

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
