//! Cheap byte tests that rule out doubling on most lines before any
//! character is decoded.

use super::*;

/// Pre-filter for [`Finder::per_char`]: walks the input once, left to
/// right, to the few places where a character may be followed by the same
/// character, without decoding the text in between.
///
/// A per-character finding needs a stretch of doubled runs holding two
/// different characters, so somewhere a doubled run `x x…` is followed,
/// with nothing but white space between, by a doubled run `y y…` of
/// another character. Equal adjacent characters are equal adjacent byte
/// strings of 1 to 4 bytes: [`may_pair_at_for`] tests the lengths at
/// every byte, 64 bytes at a time (which the compiler vectorises), and
/// [`doubled_char_at`] checks its rare hits exactly.
pub(super) struct PairScan<'a> {
    input: &'a str,
    /// Where the first doubled character of the line last asked about
    /// starts (the line's end when there is none).
    pub(super) first: usize,
    /// The next byte where [`may_pair_at_for`] holds, at or after the lines
    /// seen so far (or the input length).
    next: usize,
    /// The block last tested (its first byte) and its hits, one bit per
    /// byte: a search restarts after every hit, often in the same block
    /// (English has a legitimate doubled letter every few words).
    block: usize,
    hits: u64,
}

/// Bytes tested per block of [`PairScan::find`], one bit each in a `u64`.
pub(super) const BLOCK: usize = 64;
/// Bytes a test at one position reads beyond it.
pub(super) const AHEAD: usize = 7;

impl<'a> PairScan<'a> {
    pub(super) fn new(input: &'a str) -> Self {
        PairScan {
            input,
            first: 0,
            next: 0,
            block: usize::MAX,
            hits: 0,
        }
    }

    /// Whether the line `range` may hold a per-character stretch: two
    /// doubled runs of different characters with only white space between.
    pub(super) fn stretch_possible(&mut self, range: Range<usize>) -> bool {
        self.first = range.end;
        if self.next < range.start {
            self.next = self.find(range.start);
        }
        // The last doubled run: where it ends and its character.
        let mut last: Option<(usize, char)> = None;
        while self.next < range.end {
            let j = self.next;
            let Some(c) = doubled_char_at(self.input, j, range.end) else {
                self.next = self.find(j + 1);
                continue;
            };
            if let Some((end, x)) = last {
                let between = self.input.get(end..j).unwrap_or("x");
                if x != c && between.chars().all(is_space) {
                    return true;
                }
            } else {
                self.first = j;
            }
            // Skip the rest of the run of `c`: its pairs change nothing.
            let k = c.len_utf8();
            let bytes = self.input.as_bytes();
            let mut end = j + 2 * k;
            if k == 1 {
                // One byte: no slice compare.
                while end < range.end && bytes[end] == bytes[j] {
                    end += 1;
                }
            } else {
                while end + k <= range.end && bytes[end..end + k] == bytes[j..j + k] {
                    end += k;
                }
            }
            last = Some((end, c));
            self.next = self.find(end);
        }
        false
    }

    /// The first byte at or after `from` where [`may_pair_at_for`] holds.
    pub(super) fn find(&mut self, from: usize) -> usize {
        let len = self.input.len();
        let mut b = from - from % BLOCK;
        let mut m = self.hits_at(b) & (!0u64 << (from - b));
        while m == 0 {
            b += BLOCK;
            if b >= len {
                return len;
            }
            m = self.hits_at(b);
        }
        b + m.trailing_zeros() as usize
    }

    /// The positions in the block at `b` where [`may_pair_at_for`] holds, one
    /// bit each (none at or beyond the end of the input).
    pub(super) fn hits_at(&mut self, b: usize) -> u64 {
        if b != self.block {
            self.block = b;
            self.hits = block_hits(self.input.as_bytes(), b);
        }
        self.hits
    }
}

/// [`may_pair_at_for`] at the [`BLOCK`] positions from `b`, as bits. Whole
/// blocks are tested at all positions at once, without an early exit, so
/// that the loop is vectorised; the last bytes on a zero-padded copy.
pub(super) fn block_hits(bytes: &[u8], b: usize) -> u64 {
    let mut w = [0u8; BLOCK + AHEAD];
    let mut valid = !0u64;
    match bytes.get(b..b + BLOCK + AHEAD) {
        Some(s) => w.copy_from_slice(s),
        None => {
            let rest = bytes.get(b..).unwrap_or_default();
            w[..rest.len()].copy_from_slice(rest);
            if rest.len() < BLOCK {
                valid = (1u64 << rest.len()) - 1;
            }
        }
    }
    // Which lead bytes the block holds: most blocks are ASCII, or ASCII
    // and 3-byte characters (CJK), and need only those tests.
    let (mut l2, mut l3, mut l4) = (false, false, false);
    for &b in &w[..BLOCK] {
        l2 |= b & 0xe0 == 0xc0;
        l3 |= b & 0xf0 == 0xe0;
        l4 |= b & 0xf8 == 0xf0;
    }
    let mut hit = [0u8; BLOCK];
    match (l2, l3, l4) {
        (false, false, false) => fill_hits::<false, false, false>(&w, &mut hit),
        (false, true, false) => fill_hits::<false, true, false>(&w, &mut hit),
        _ => fill_hits::<true, true, true>(&w, &mut hit),
    }
    // Eight 0/1 bytes to eight bits: the multiplier moves byte `i`'s low
    // bit to bit 56 + i, with no two products overlapping.
    let mut bits = 0u64;
    for (q, chunk) in hit.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        bits |= (x.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * q);
    }
    bits & valid
}

/// [`may_pair_at_for`] at every position of a block, as 0 or 1.
#[inline(always)]
pub(super) fn fill_hits<const E2: bool, const E3: bool, const E4: bool>(
    w: &[u8; BLOCK + AHEAD],
    hit: &mut [u8; BLOCK],
) {
    for (t, h) in hit.iter_mut().enumerate() {
        *h = u8::from(may_pair_at_for::<E2, E3, E4>(w, t));
    }
}

/// Plain reference of [`PairScan::find`] for tests: one position at a
/// time, on a zero-padded copy.
#[cfg(test)]
pub(super) fn find_pair_simple(input: &str, from: usize) -> usize {
    let bytes = input.as_bytes();
    (from..bytes.len())
        .find(|&j| {
            let mut w = [0u8; AHEAD + 1];
            let rest = &bytes[j..(j + AHEAD + 1).min(bytes.len())];
            w[..rest.len()].copy_from_slice(rest);
            may_pair_at(&w, 0)
        })
        .unwrap_or(bytes.len())
}

/// [`may_pair_at_for`] with every test, for the tests' plain search.
#[cfg(test)]
pub(super) fn may_pair_at(w: &[u8], t: usize) -> bool {
    may_pair_at_for::<true, true, true>(w, t)
}

/// Whether the bytes at `w[t..]` may be a character followed by itself:
/// an ASCII byte other than white space twice, or a lead byte of a 2-, 3-
/// or 4-byte encoding that starts the same string twice. Branch-free so
/// that it vectorises. Only the tests for the encoding lengths that `E2`,
/// `E3` and `E4` ask for are made: a block without lead bytes of a length
/// needs no test for it.
#[inline(always)]
pub(super) fn may_pair_at_for<const E2: bool, const E3: bool, const E4: bool>(
    w: &[u8],
    t: usize,
) -> bool {
    let b = w[t];
    let ascii = (b < 0x80) & (b != b' ') & !(b'\t'..=b'\r').contains(&b);
    let e1 = ascii & (b == w[t + 1]);
    let e2 = (b & 0xe0 == 0xc0) & (b == w[t + 2]) & (w[t + 1] == w[t + 3]);
    let e3 = (b & 0xf0 == 0xe0) & (b == w[t + 3]) & (w[t + 1] == w[t + 4]) & (w[t + 2] == w[t + 5]);
    let e4 = (b & 0xf8 == 0xf0)
        & (b == w[t + 4])
        & (w[t + 1] == w[t + 5])
        & (w[t + 2] == w[t + 6])
        & (w[t + 3] == w[t + 7]);
    e1 | (E2 & e2) | (E3 & e3) | (E4 & e4)
}

/// The character at byte `j` when it is no white space and the same
/// character follows it before `end`.
pub(super) fn doubled_char_at(input: &str, j: usize, end: usize) -> Option<char> {
    let bytes = input.as_bytes();
    // ASCII, the common case, without decoding.
    if let Some(&b) = bytes.get(j).filter(|b| b.is_ascii()) {
        let ok = j + 2 <= end && input.is_char_boundary(end) && bytes[j + 1] == b;
        return (ok && !matches!(b, b' ' | b'\t'..=b'\r')).then_some(char::from(b));
    }
    let c = input.get(j..end)?.chars().next()?;
    let k = c.len_utf8();
    (j + 2 * k <= end && bytes[j..j + k] == bytes[j + k..j + 2 * k] && !is_space(c)).then_some(c)
}

/// Plain reference of [`doubled_char_at`] for tests.
#[cfg(test)]
pub(super) fn doubled_char_at_simple(input: &str, j: usize, end: usize) -> Option<char> {
    let c = input.get(j..end)?.chars().next()?;
    let k = c.len_utf8();
    let bytes = input.as_bytes();
    (j + 2 * k <= end && bytes[j..j + k] == bytes[j + k..j + 2 * k] && !is_space(c)).then_some(c)
}
