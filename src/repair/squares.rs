//! Squares: a run of characters followed at once by its own copy.

use super::*;

/// A run printed `count` times in a row from `start`, each copy `period`
/// characters long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Square {
    pub(super) start: usize,
    pub(super) period: usize,
    pub(super) count: usize,
}

impl Square {
    /// A run of `period` characters from `start`, printed twice.
    pub(super) const fn twice(start: usize, period: usize) -> Self {
        Self {
            start,
            period,
            count: 2,
        }
    }

    /// The copies after the first.
    pub(super) fn later(&self) -> Range<usize> {
        self.start + self.period..self.start + self.count * self.period
    }

    /// All the copies.
    pub(super) fn whole(&self) -> Range<usize> {
        self.start..self.start + self.count * self.period
    }
}

/// The runs printed twice or more in `s` (characters, or bytes of an
/// ASCII line), each holding at least `min` distinct characters other
/// than white space and at most [`MAX_PERIOD`]; left to right. See
/// [`Finder::inline_squares`].
///
/// The loop over the pairs is kept apart from the check of a pair seen
/// again ([`square_at`]), which most pairs never reach, so that the loop
/// keeps its state in registers. `square_copies_reference` is the plain
/// version; a property test checks that both agree.
pub(super) fn square_copies<T: Copy + Eq + Into<u32>>(
    s: &[T],
    min: usize,
    space: impl Fn(T) -> bool,
    out: &mut Vec<Square>,
) {
    /// Slots of the table of pairs (a power of two).
    const SLOTS: usize = 64;
    let n = s.len();
    // Where each slot's pair (its key) was last seen; apart, so that
    // clearing them for each line is a few wide stores.
    let (mut keys, mut ats) = ([u64::MAX; SLOTS], [0u32; SLOTS]);
    let mut budget = 4 * MAX_PERIOD * n;
    // Characters up to here are in a copy already recorded.
    let mut done = 0;
    let mut x = 1;
    // The character before `x`, kept from the step before.
    let mut before = s.first().map_or(0, |&c| u64::from(c.into()));
    while x < n {
        let now = u64::from(s[x].into());
        let key = (before << 32) | now;
        before = now;
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize % SLOTS;
        let (k, at) = (keys[slot], ats[slot]);
        (keys[slot], ats[slot]) = (key, (x - 1) as u32);
        // A pair seen before was seen at `x - 2` or earlier.
        if k != key {
            x += 1;
            continue;
        }
        let (j, p) = (at as usize, x - 1 - at as usize);
        if p < min || p > MAX_PERIOD || j < done {
            x += 1;
            continue;
        }
        match square_at(s, j, p, done, min, &space, &mut budget) {
            Found::No => x += 1,
            Found::Spent => return,
            Found::Copies(copies) => {
                done = copies.whole().end;
                x = done + 1;
                if let Some(&c) = s.get(done) {
                    before = u64::from(c.into());
                }
                out.push(copies);
            }
        }
    }
}

/// A mark whose doubling shows a print chunk by chunk: see
/// [`chunks_at_marks`].
pub(super) fn chunk_mark(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '“' | '”' | '「' | '」' | '『' | '』' | '《' | '》'
    )
}

/// Chunks printed twice beside a mark printed twice, where fake bold is
/// printed chunk by chunk (`的核心引擎之一的核心引擎之一，，在推動內在推動內`,
/// `““绿色家庭绿色家庭””`): too short a chunk for [`square_copies`], but
/// the doubled mark beside it is the print's evidence. A chunk is the
/// shortest run of 2 to [`MAX_PERIOD`] characters without white space or
/// a mark, its first two characters different, printed twice right
/// before or right after the pair of marks.
///
/// Words said twice before a comma doubled by mistake (`研究研究討論討論，，
/// 然後`) are no such print: the pair and its chunks are copies where the
/// chain is anchored, by a copy already found (or a chunk taken) touching
/// the pair or the chunk before it, by a second pair closing the chunk
/// after it, or by a chunk of [`LEAD_IN_CHARS`] different characters.
///
/// `after_copy`: the text goes on from a copy found before it (on the line
/// before), which anchors a chunk that opens it.
///
/// Merges the copies into `copies` (in order, not overlapping, those
/// already there kept). A chunk's search stops at the first mark or
/// space, and only doubled marks start one, so the cost stays linear.
pub(super) fn chunks_at_marks(s: &[char], copies: &mut Vec<Square>, after_copy: bool) {
    let n = s.len();
    let plain = |c: char| !chunk_mark(c) && !is_space(c);
    let pair_at = |i: usize| {
        s.get(i).is_some_and(|&c| {
            chunk_mark(c)
                && s.get(i + 1) == Some(&c)
                && s.get(i + 2) != Some(&c)
                && (i == 0 || s[i - 1] != c)
        })
    };
    // The shortest chunk printed twice that ends at `end` (backwards) or
    // starts at `start`, not reaching before `floor`.
    let before = |end: usize, floor: usize| {
        (2..=MAX_PERIOD)
            .take_while(|&p| end >= floor + 2 * p && plain(s[end - p]) && plain(s[end - 2 * p]))
            .find(|&p| s[end - p] != s[end - p + 1] && s[end - 2 * p..end - p] == s[end - p..end])
    };
    let after = |start: usize| {
        (2..=MAX_PERIOD)
            .take_while(|&p| {
                start + 2 * p <= n && plain(s[start + p - 1]) && plain(s[start + 2 * p - 1])
            })
            .find(|&p| {
                s[start] != s[start + 1] && s[start..start + p] == s[start + p..start + 2 * p]
            })
    };
    let wide =
        |from: usize, p: usize| distinct_at_least(&s[from..from + p], LEAD_IN_CHARS, is_space);
    let mut found: Vec<Square> = Vec::new();
    // The copies already found, walked in order beside the pairs.
    let mut next_copy = 0;
    let (mut i, mut done) = (0, 0);
    while i + 1 < n {
        // (Most characters differ from the next: one compare tells.)
        if s[i] != s[i + 1] || !pair_at(i) {
            i += 1;
            continue;
        }
        while copies.get(next_copy).is_some_and(|c| c.whole().end < i) {
            next_copy += 1;
        }
        let (b, a) = (before(i, done), after(i + 2));
        // (Or touching the chunk before the pair: `…正式投入服務設施正式投入` /
        // `運作運作。。`.)
        let chunk_start = b.map_or(i, |p| i - 2 * p);
        let touching =
            |c: &Square| c.whole().end == i || c.whole().end == chunk_start || c.start == i + 2;
        let anchored = copies[next_copy..].iter().take(2).any(touching)
            || (after_copy && chunk_start == 0 && b.is_some())
            || (i > 0
                && (i == done || (chunk_start == done && chunk_start < i))
                && !found.is_empty());
        let closed = a.is_some_and(|p| pair_at(i + 2 + 2 * p));
        let wide_chunk = b.is_some_and(|p| wide(i - p, p)) || a.is_some_and(|p| wide(i + 2, p));
        if !(anchored || closed || wide_chunk) || (b.is_none() && a.is_none() && !anchored) {
            i += 2;
            continue;
        }
        if let Some(p) = b {
            found.push(Square::twice(i - 2 * p, p));
        }
        found.push(Square::twice(i, 1));
        i += 2;
        if let Some(p) = a {
            found.push(Square::twice(i, p));
            i += 2 * p;
        }
        done = i;
    }
    merge_squares(copies, found);
}

/// Merges `found` into `copies`, both in order: where two overlap, the one
/// that starts first stays (on a tie, the one in `copies`).
fn merge_squares(copies: &mut Vec<Square>, found: Vec<Square>) {
    if found.is_empty() {
        return;
    }
    let mut all: Vec<Square> = Vec::with_capacity(copies.len() + found.len());
    let (mut x, mut y) = (copies.drain(..).peekable(), found.into_iter().peekable());
    loop {
        let next = match (x.peek(), y.peek()) {
            (Some(p), Some(q)) if q.start < p.start => y.next(),
            (Some(_), _) => x.next(),
            (None, Some(_)) => y.next(),
            (None, None) => break,
        };
        let Some(sq) = next else { break };
        if all.last().is_none_or(|l| l.whole().end <= sq.start) {
            all.push(sq);
        }
    }
    drop(x);
    *copies = all;
}

/// Chunks printed twice that go on right after a copy, where CJK fake
/// bold is printed chunk by chunk (`新能源汽车业务新能源汽车业务` then
/// `已成为公已成为公`): each too short for [`square_copies`], but the
/// copy it touches is the print's evidence, and so on along the chain.
/// `after_copy`: the text goes on from a copy found before it (on the line
/// before), which starts a chain at its first character (`…工程進展` /
/// `順利順利，港鐵…`).
///
/// A chunk is the shortest run of 2 to `min - 1` characters without white
/// space or a mark, its first two characters different, printed twice
/// right there. Each copy's end is read once, and a chain moves forward
/// over the chunks it takes, so the cost stays linear.
pub(super) fn chunks_after_copies(
    s: &[char],
    min: usize,
    copies: &mut Vec<Square>,
    after_copy: bool,
) {
    let plain =
        |c: char| !chunk_mark(c) && !is_space(c) && !is_clause_mark(c) && !is_sentence_end(c);
    let chunk_at = |at: usize| {
        (2..min.min(MAX_PERIOD + 1))
            .take_while(|&p| {
                at + 2 * p <= s.len() && plain(s[at + p - 1]) && plain(s[at + 2 * p - 1])
            })
            .find(|&p| plain(s[at]) && s[at] != s[at + 1] && s[at..at + p] == s[at + p..at + 2 * p])
    };
    let mut found: Vec<Square> = Vec::new();
    let ends = after_copy
        .then_some(0)
        .into_iter()
        .chain(copies.iter().map(|c| c.whole().end));
    let mut done = 0;
    for mut at in ends {
        if at < done {
            continue;
        }
        while let Some(p) = chunk_at(at) {
            found.push(Square::twice(at, p));
            at += 2 * p;
        }
        done = at;
    }
    merge_squares(copies, found);
}

/// What [`square_at`] found.
pub(super) enum Found {
    /// No copies there.
    No,
    /// A run printed twice or more.
    Copies(Square),
    /// The budget of the line is spent: nothing more is looked for.
    Spent,
}

/// For [`square_copies`]: checks the pair at `j` seen again `p` further on,
/// past the copies recorded up to `done`, charging `budget`.
#[inline(never)]
pub(super) fn square_at<T: Copy + Eq>(
    s: &[T],
    j: usize,
    p: usize,
    done: usize,
    min: usize,
    space: impl Fn(T) -> bool,
    budget: &mut usize,
) -> Found {
    let n = s.len();
    // The stretch where characters equal those `p` further on, around
    // `j`.
    let (mut lo, mut hi) = (j, j);
    while lo > done && s[lo - 1] == s[lo - 1 + p] {
        lo -= 1;
    }
    while hi + p < n && s[hi] == s[hi + p] {
        hi += 1;
    }
    *budget = budget.saturating_sub(hi - lo + 1);
    if *budget == 0 {
        return Found::Spent;
    }
    // Copies start on a character, not white space, and hold enough
    // distinct ones (`研究研究`, `very very` do not).
    let start = (lo..=hi.saturating_sub(p)).find(|&i| !space(s[i]));
    let Some(start) =
        start.filter(|&i| i + p <= hi && distinct_at_least(&s[i..i + p], min, &space))
    else {
        return Found::No;
    };
    let mut k = 2;
    while start + (k + 1) * p <= n && s[start..start + p] == s[start + k * p..start + (k + 1) * p] {
        k += 1;
    }
    Found::Copies(Square {
        start,
        period: p,
        count: k,
    })
}

/// [`square_copies`] in one loop, as first written.
#[cfg(test)]
pub(super) fn square_copies_reference<T: Copy + Eq + Into<u32>>(
    s: &[T],
    min: usize,
    space: impl Fn(T) -> bool,
    out: &mut Vec<Square>,
) {
    /// Slots of the table of pairs (a power of two).
    const SLOTS: usize = 64;
    let n = s.len();
    let mut seen = [(u64::MAX, 0u32); SLOTS];
    let mut budget = 4 * MAX_PERIOD * n;
    // Characters up to here are in a copy already recorded.
    let mut done = 0;
    let mut x = 1;
    while x < n {
        let key = (u64::from(s[x - 1].into()) << 32) | u64::from(s[x].into());
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize % SLOTS;
        let (k, at) = seen[slot];
        seen[slot] = (key, (x - 1) as u32);
        let j = at as usize;
        let p = x - 1 - j.min(x - 1);
        if k != key || p < min || p > MAX_PERIOD || j < done {
            x += 1;
            continue;
        }
        // The stretch where characters equal those `p` further on, around
        // `j`.
        let (mut lo, mut hi) = (j, j);
        while lo > done && s[lo - 1] == s[lo - 1 + p] {
            lo -= 1;
        }
        while hi + p < n && s[hi] == s[hi + p] {
            hi += 1;
        }
        budget = budget.saturating_sub(hi - lo + 1);
        if budget == 0 {
            return;
        }
        // Copies start on a character, not white space, and hold enough
        // distinct ones (`研究研究`, `very very` do not).
        let start = (lo..=hi.saturating_sub(p)).find(|&i| !space(s[i]));
        let Some(start) =
            start.filter(|&i| i + p <= hi && distinct_at_least(&s[i..i + p], min, &space))
        else {
            x += 1;
            continue;
        };
        let mut k = 2;
        while start + (k + 1) * p <= n
            && s[start..start + p] == s[start + k * p..start + (k + 1) * p]
        {
            k += 1;
        }
        out.push(Square {
            start,
            period: p,
            count: k,
        });
        done = start + k * p;
        x = done + 1;
    }
}

/// Whether `run` holds at least `min` distinct characters other than white
/// space (reduplication like `研究研究` or `very very` holds few).
pub(super) fn distinct_at_least<T: Copy + Eq>(
    run: &[T],
    min: usize,
    space: impl Fn(T) -> bool,
) -> bool {
    let mut seen: Vec<T> = Vec::with_capacity(min);
    for &c in run {
        if !space(c) && !seen.contains(&c) {
            seen.push(c);
            if seen.len() >= min {
                return true;
            }
        }
    }
    false
}
