//! Stray marks alone on a line or after a sentence: scan noise.

use super::*;

/// Stray marks alone on a line inside running text: one or two characters
/// of scan or extraction noise (`|`, `.`, `—`, `'`) on a line between two
/// lines of words, but for a CJK stop or comma carried over from the line
/// above; and a stray mark (`~`, `|`, `·`, `` ` ``) ending a line
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
            candidate = prev
                .is_some_and(|p| words(p) && !wrapped_cjk_mark(p.text(input), line.text(input)))
                .then_some(i);
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

/// `mark`, a CJK stop or comma alone on its line, is the end of line
/// `prev`, a CJK line that stops on an ideograph or a kana, carried over by
/// a typesetter or a scan (`…約一小時將火救熄` / `。`): text, no noise.
fn wrapped_cjk_mark(prev: &str, mark: &str) -> bool {
    matches!(mark.trim_matches(is_space), "。" | "，" | "、" | "．")
        && prev
            .chars()
            .next_back()
            .is_some_and(|c| crate::script::is_cjk(c) && c.is_alphabetic())
}

/// Byte length of a stray mark (`~`, `|`, `·`, `` ` ``) at the end of a
/// line after a sentence's end, with the spaces before it (`…citoyen-` /
/// `neté.    ~`, `…從重量刑。·`): scan noise, as a mark alone on a line is.
/// A line opening with a bar is a table's row, whose bars are rules.
///
/// Most lines end in none of the marks' last bytes (`·` is C2 B7), which
/// one byte tells; `trailing_mark_plain` decides the rest (a property
/// test checks that the byte never rules out a mark).
pub(super) fn trailing_mark(text: &str) -> Option<usize> {
    if !matches!(text.as_bytes().last(), Some(b'~' | b'|' | b'`' | 0xb7)) {
        return None;
    }
    trailing_mark_plain(text)
}

pub(super) fn trailing_mark_plain(text: &str) -> Option<usize> {
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
pub(super) fn is_noise(text: &str) -> bool {
    !text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        && is_noise_plain(text)
}

pub(super) fn is_noise_plain(text: &str) -> bool {
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
