//! Whole-line powers: a line that splits into units each printed k times.

use super::*;

/// Pre-filter for [`Finder::whole_line`], a necessary condition for
/// `edges_repeat` that costs one `memchr` over the line instead of
/// decoding it.
///
/// Ignoring white space, let the line be `a[0] a[1] … a[n-1]`. A square
/// `u u` of period `p` opens it only if `a[1] = a[0]` (`p = 1`) or, for
/// `p ≥ 2`, `a[p] = a[0]` and `a[p+1] = a[1]`: the opening pair of
/// characters comes back later. Mirrored, a square closes it only if
/// `a[n-2] = a[n-1]` or the closing pair comes back earlier. Periods are
/// not bounded here, so the test only ever lets more lines through.
pub(super) fn may_be_power(text: &str) -> bool {
    let mut head = text.char_indices().filter(|(_, c)| !is_space(*c));
    let (Some((_, x)), Some((at_y, y))) = (head.next(), head.next()) else {
        return false;
    };
    // `x`, then (white space aside) `y`, again after `y`'s place.
    let opens = x == y
        || occurrences(text, x, at_y, text.len())
            .any(|q| next_non_space_is(text, q + x.len_utf8(), y));
    if !opens {
        return false;
    }
    let mut tail = text.char_indices().rev().filter(|(_, c)| !is_space(*c));
    let (Some((_, z)), Some((at_y, y))) = (tail.next(), tail.next()) else {
        return false;
    };
    // `z`, preceded (white space aside) by `y`, again before `y`'s place.
    z == y || occurrences(text, z, 0, at_y).any(|q| prev_non_space_is(text, q, y))
}

/// Whether the first character at or after byte `at` other than white
/// space is `y`; a printable ASCII byte there decides it without decoding.
#[inline]
pub(super) fn next_non_space_is(text: &str, at: usize, y: char) -> bool {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii_graphic() => char::from(b) == y,
        _ => next_non_space(&text[at..]) == Some(y),
    }
}

/// Whether the last character before byte `at` other than white space is
/// `y`; a printable ASCII byte there decides it without decoding.
#[inline]
pub(super) fn prev_non_space_is(text: &str, at: usize, y: char) -> bool {
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        Some(b) if b.is_ascii_graphic() => char::from(b) == y,
        _ => text[..at].chars().rev().find(|c| !is_space(*c)) == Some(y),
    }
}

/// Byte offsets of the occurrences of `c` within `text[from..to]`, found
/// by `memchr` on the last byte of its encoding (a whole UTF-8 encoding
/// only matches at a character boundary).
pub(super) fn occurrences(
    text: &str,
    c: char,
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + '_ {
    let mut buf = [0u8; 4];
    let len = c.len_utf8();
    c.encode_utf8(&mut buf);
    let hay = &text.as_bytes()[from..to];
    memchr::memchr_iter(buf[len - 1], hay).filter_map(move |h| {
        let start = (h + 1).checked_sub(len)?;
        // A one-byte character is its last byte: no compare.
        (len == 1 || hay[start..=h] == buf[..len]).then_some(from + start)
    })
}

pub(super) fn next_non_space(text: &str) -> Option<char> {
    text.chars().find(|c| !is_space(*c))
}

/// The characters of `text` other than white space, and their byte
/// offsets; false when there are more than [`MAX_WHOLE_LINE`].
pub(super) fn non_space_chars(text: &str, chars: &mut Vec<char>, offs: &mut Vec<u32>) -> bool {
    chars.clear();
    offs.clear();
    let bytes = text.as_bytes();
    if text.is_ascii() {
        // One byte per character: no decoding, and room made once.
        chars.reserve(bytes.len().min(MAX_WHOLE_LINE));
        offs.reserve(bytes.len().min(MAX_WHOLE_LINE));
        for (i, &b) in bytes.iter().enumerate() {
            if chars.len() >= MAX_WHOLE_LINE {
                return false;
            }
            if !matches!(b, b' ' | b'\t'..=b'\r') {
                chars.push(char::from(b));
                offs.push(i as u32);
            }
        }
        return true;
    }
    let mut i = 0;
    while i < bytes.len() {
        if chars.len() >= MAX_WHOLE_LINE {
            return false;
        }
        // ASCII without decoding.
        let c = match bytes[i] {
            b @ 0..=0x7f => b as char,
            _ => text[i..].chars().next().unwrap_or_default(),
        };
        if !is_space(c) {
            chars.push(c);
            offs.push(i as u32);
        }
        i += c.len_utf8();
    }
    true
}

/// `edges_repeat` on the line's characters other than white space,
/// already decoded: a square of period at most [`MAX_PERIOD`] starts them,
/// and one ends them.
pub(super) fn edges_repeat_chars(chars: &[char]) -> bool {
    let n = chars.len();
    starts_with_square(&chars[..n.min(2 * MAX_PERIOD)])
        && ends_with_square(&chars[n.saturating_sub(2 * MAX_PERIOD)..])
}

/// [`starts_with_square`] mirrored: whether `a` ends with a square.
pub(super) fn ends_with_square(a: &[char]) -> bool {
    let n = a.len();
    let last = a.last().copied();
    (1..=n / 2).any(|p| Some(a[n - 1 - p]) == last && a[n - p..] == a[n - 2 * p..n - p])
}

/// Cheap necessary condition for a whole-line power split: a square of
/// period at most [`MAX_PERIOD`] starts the line, and one ends it. The
/// reference for [`edges_repeat_chars`], which works on decoded characters.
#[cfg(test)]
pub(super) fn edges_repeat(text: &str) -> bool {
    let mut buf = ['\0'; 2 * MAX_PERIOD];
    let mut n = 0;
    for c in text.chars().filter(|c| !is_space(*c)).take(2 * MAX_PERIOD) {
        buf[n] = c;
        n += 1;
    }
    if !starts_with_square(&buf[..n]) {
        return false;
    }
    n = 0;
    for c in text
        .chars()
        .rev()
        .filter(|c| !is_space(*c))
        .take(2 * MAX_PERIOD)
    {
        buf[n] = c;
        n += 1;
    }
    starts_with_square(&buf[..n])
}

pub(super) fn starts_with_square(a: &[char]) -> bool {
    let first = a.first().copied();
    (1..=a.len() / 2).any(|p| Some(a[p]) == first && a[..p] == a[p..2 * p])
}

/// How [`greedy_powers`] ended.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Greedy {
    /// The greedy split reached the end of the line.
    Done,
    /// No k-th power starts at the first character: no split at all.
    NoStart,
    /// Stuck further on: only the full parse can tell.
    Stuck,
}

/// The whole-line split of [`power_parse`], k = 4 tried before 2: the `k`
/// chosen and, in `c4` or `c2`, the period at each piece start.
///
/// Why it is cheaper: the greedy split (smallest unit at each place) is
/// tried first. When it reaches the end it is the split the full parse
/// takes, since the smallest unit there is feasible and no smaller one
/// exists; when nothing starts the line there is no split. Only lines where
/// it gets stuck later pay for the full parse ([`power_parse`], or
/// [`power_parse_for`] when only squares are left to try).
pub(super) fn split_powers(chars: &[char], c2: &mut Vec<u8>, c4: &mut Vec<u8>) -> Option<usize> {
    match greedy_powers::<4>(chars, c4) {
        Greedy::Done => return Some(4),
        // Both answers from one full parse.
        Greedy::Stuck => {
            return match power_parse(chars, c2, c4) {
                (true, _) => Some(4),
                (false, true) => Some(2),
                (false, false) => None,
            }
        }
        Greedy::NoStart => {}
    }
    match greedy_powers::<2>(chars, c2) {
        Greedy::Done => Some(2),
        Greedy::Stuck => power_parse_for::<2>(chars, c2).then_some(2),
        Greedy::NoStart => None,
    }
}

/// Splits `chars` left to right into `K`-th powers, taking the smallest
/// period (at most [`MAX_PERIOD`]) at each place and stepping over white
/// space; writes the periods (or [`WS`]) at the places into `choice`. `K`
/// is a constant so that its products and quotients cost no division.
pub(super) fn greedy_powers<const K: usize>(chars: &[char], choice: &mut Vec<u8>) -> Greedy {
    let n = chars.len();
    choice.clear();
    choice.resize(n + 1, 0);
    if n < 2 {
        return Greedy::NoStart;
    }
    let mut i = 0;
    let mut started = false;
    while i < n {
        if is_space(chars[i]) {
            choice[i] = WS;
            i += 1;
            continue;
        }
        let Some(p) = smallest_power::<K>(&chars[i..]) else {
            return if started {
                Greedy::Stuck
            } else {
                Greedy::NoStart
            };
        };
        started = true;
        choice[i] = p as u8;
        i += K * p;
    }
    Greedy::Done
}

/// The smallest period `p` (at most [`MAX_PERIOD`]) of a `K`-th power that
/// starts `rest` (not empty).
#[inline]
pub(super) fn smallest_power<const K: usize>(rest: &[char]) -> Option<usize> {
    let c = rest[0];
    let pmax = MAX_PERIOD.min(rest.len() / K);
    // The first character must come back `p` on; most periods fail there.
    let rest = &rest[..K * pmax];
    (1..=pmax).find(|&p| rest[p] == c && (1..(K - 1) * p).all(|t| rest[t] == rest[p + t]))
}

/// [`power_parse`] for one `K` (2 or 4): fills `c` and returns whether the
/// line splits into `K`-th powers. Why apart: once fourth powers are ruled
/// out, squares alone cost half, and give up as soon as they can.
pub(super) fn power_parse_for<const K: usize>(chars: &[char], c: &mut Vec<u8>) -> bool {
    let n = chars.len();
    c.clear();
    c.resize(n + 1, 0);
    c[n] = WS;
    if n < 2 {
        return false;
    }
    let pmax = MAX_PERIOD.min(n / 2);
    // ext[p]: how many characters from i on equal the ones p further on.
    let mut ext = [0u32; MAX_PERIOD + 1];
    let mut last = n;
    for i in (0..n).rev() {
        let ch = chars[i];
        let room = (n - i - 1).min(pmax);
        let ahead = &chars[i + 1..=i + room];
        for (e, &d) in ext[1..=room].iter_mut().zip(ahead) {
            *e = if d == ch { *e + 1 } else { 0 };
        }
        if is_space(ch) {
            if c[i + 1] != 0 {
                c[i] = WS;
            }
        } else {
            for p in 1..=pmax {
                if i + K * p > n {
                    break;
                }
                if ext[p] as usize >= (K - 1) * p && c[i + K * p] != 0 {
                    c[i] = p as u8;
                    break;
                }
            }
        }
        if c[i] != 0 {
            last = i;
        }
        // No piece reaches past a stretch of K * pmax infeasible places.
        if last - i >= K * pmax {
            return false;
        }
    }
    c[0] != 0
}

/// Whole-line power parse, also the reference for [`power_parse_for`] and
/// [`split_powers`] in tests. Fills `c2`/`c4` (length `n + 1`) with, at each
/// position, the smallest period of a square / fourth power starting there
/// that lets the rest of the line split, [`WS`] for white space that lets
/// it, or 0. Returns whether the line splits into fourth powers and squares.
pub(super) fn power_parse(chars: &[char], c2: &mut Vec<u8>, c4: &mut Vec<u8>) -> (bool, bool) {
    let n = chars.len();
    c2.clear();
    c2.resize(n + 1, 0);
    c4.clear();
    c4.resize(n + 1, 0);
    c2[n] = WS;
    c4[n] = WS;
    if n < 2 {
        return (false, false);
    }
    let pmax = MAX_PERIOD.min(n / 2);
    // ext[p]: how many characters from i on equal the ones p further on.
    let mut ext = [0u32; MAX_PERIOD + 1];
    let (mut last2, mut last4) = (n, n);
    for i in (0..n).rev() {
        let c = chars[i];
        let room = (n - i - 1).min(pmax);
        let ahead = &chars[i + 1..=i + room];
        for (e, &d) in ext[1..=room].iter_mut().zip(ahead) {
            *e = if d == c { *e + 1 } else { 0 };
        }
        if is_space(c) {
            if c2[i + 1] != 0 {
                c2[i] = WS;
            }
            if c4[i + 1] != 0 {
                c4[i] = WS;
            }
        } else {
            for p in 1..=pmax {
                if i + 2 * p > n {
                    break;
                }
                if ext[p] as usize >= p && c2[i + 2 * p] != 0 {
                    c2[i] = p as u8;
                    break;
                }
            }
            for p in 1..=pmax {
                if i + 4 * p > n {
                    break;
                }
                if ext[p] as usize >= 3 * p && c4[i + 4 * p] != 0 {
                    c4[i] = p as u8;
                    break;
                }
            }
        }
        if c2[i] != 0 {
            last2 = i;
        }
        if c4[i] != 0 {
            last4 = i;
        }
        if last2 - i >= 2 * pmax && last4 - i >= 4 * pmax {
            return (false, false);
        }
    }
    (c4[0] != 0, c2[0] != 0)
}

/// Plain reference of [`power_parse`] for tests: the split into k-th powers
/// (smallest feasible unit first), as `(start, period)` pieces, or `None`.
#[cfg(test)]
pub(crate) fn reference_powers(chars: &[char], k: usize) -> Option<Vec<(usize, usize)>> {
    let n = chars.len();
    let is_power = |i: usize, p: usize| {
        i + k * p <= n && (0..(k - 1) * p).all(|t| chars[i + t] == chars[i + p + t])
    };
    let mut ok = vec![false; n + 1];
    ok[n] = true;
    for i in (0..n).rev() {
        ok[i] = if is_space(chars[i]) {
            ok[i + 1]
        } else {
            (1..=MAX_PERIOD).any(|p| is_power(i, p) && ok[i + k * p])
        };
    }
    if n == 0 || !ok[0] {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if is_space(chars[i]) {
            i += 1;
            continue;
        }
        let p = (1..=MAX_PERIOD).find(|&p| is_power(i, p) && ok[i + k * p])?;
        out.push((i, p));
        i += k * p;
    }
    (!out.is_empty()).then_some(out)
}

/// The pieces [`power_parse`] chose for `k`, in the shape of
/// [`reference_powers`].
#[cfg(test)]
pub(crate) fn fast_powers(chars: &[char], k: usize) -> Option<Vec<(usize, usize)>> {
    let (mut c2, mut c4) = (Vec::new(), Vec::new());
    let (ok4, ok2) = power_parse(chars, &mut c2, &mut c4);
    let (ok, choice) = if k == 4 { (ok4, &c4) } else { (ok2, &c2) };
    if !ok {
        return None;
    }
    pieces(chars, k, choice)
}

/// The split [`split_powers`] chose, as `k` and the pieces of
/// [`reference_powers`]; for tests against [`power_parse`].
#[cfg(test)]
pub(super) fn split_pieces(chars: &[char]) -> Option<(usize, Vec<(usize, usize)>)> {
    let (mut c2, mut c4) = (Vec::new(), Vec::new());
    let k = split_powers(chars, &mut c2, &mut c4)?;
    let choice = if k == 4 { &c4 } else { &c2 };
    Some((k, pieces(chars, k, choice)?))
}

/// The pieces a walk over `choice` takes, for tests.
#[cfg(test)]
pub(super) fn pieces(chars: &[char], k: usize, choice: &[u8]) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if choice[i] == WS {
            i += 1;
            continue;
        }
        let p = choice[i] as usize;
        out.push((i, p));
        i += k * p;
    }
    (!out.is_empty()).then_some(out)
}
