//! Lines that repeat their neighbours: repeated lines and passages,
//! headings printed twice and words repeated across a line break.

use super::*;

impl Finder<'_> {
    /// Passages emitted twice as a block: a run of `k` (2 to
    /// [`MAX_BLOCK_LINES`]) consecutive non-blank lines followed, blank
    /// lines aside, by the same `k` lines again (2 to 4 copies in all, as
    /// fake bold prints). Marks the lines of the later copies in `deleted`,
    /// pushes their deletions and returns how many passages it found.
    ///
    /// Guards against text that repeats for its own reasons: no page break
    /// after the first line of the first copy (a running header or footer
    /// recurs across pages); no line of the passage elsewhere on the page (a
    /// refrain recurs); no pattern (the lines before or after the copies do
    /// not continue the period, the passage is no shorter passage repeated,
    /// five or more copies are a pattern); and enough text
    /// ([`Finder::block_is_text`]), so that a pair of table rows or labels is
    /// no passage, or a headline opening the page
    /// ([`Finder::headline_block_at_top`]).
    ///
    /// Linear: a passage is only tried where line `i` equals line `i + k`,
    /// lines compared by length and edge characters first, `k` bounded.
    pub(super) fn block_copies(&self, deleted: &mut [bool], edits: &mut Vec<Edit>) -> usize {
        if self.prefilter && !self.may_hold_block() {
            return 0;
        }
        let mut nb: Vec<Nb> = Vec::new();
        let (mut para, mut breaks, mut gap) = (0usize, 0usize, false);
        for (li, line) in self.lines.iter().enumerate() {
            breaks += usize::from(line.page_break);
            if line.is_blank() {
                gap = true;
                continue;
            }
            if gap && !nb.is_empty() {
                para += 1;
            }
            gap = false;
            nb.push(Nb { li, para, breaks });
        }
        let mut counts: Option<HashMap<&str, usize>> = None;
        let mut found = 0;
        let mut p = 0;
        while p + 4 <= nb.len() {
            // Inside a run of equal lines (the line-level rule's) no
            // passage starts: a shortcut through long runs.
            let equal_run = self.same(&nb, p, p + 1) && self.same(&nb, p, p + 2);
            let Some((k, m)) = (!equal_run).then(|| self.block_at(&nb, p)).flatten() else {
                p += 1;
                continue;
            };
            let end = p + m * k;
            let counts = counts.get_or_insert_with(|| {
                let mut map = HashMap::new();
                for l in self.lines.iter().filter(|l| !l.is_blank()) {
                    *map.entry(l.text(self.input)).or_insert(0) += 1;
                }
                map
            });
            let recurs = (p..p + k).any(|a| {
                let inside = (p..p + k).filter(|&b| self.same(&nb, a, b)).count() * m;
                counts
                    .get(self.lines[nb[a].li].text(self.input))
                    .is_some_and(|&n| n > inside)
            });
            // (Or a headline of short lines opening the page, its copies
            // ending at a blank line or the page's end, where a refrain
            // goes on in more lines: `我和我的祖国` / `一刻也不能分割` twice /
            // `无论我走到哪里`.)
            let closed = nb
                .get(end)
                .is_none_or(|q| q.para != nb[end - 1].para || q.breaks != nb[end - 1].breaks);
            let text = self.block_is_text(&nb, p, k)
                || (closed && self.headline_block_at_top(nb[p..p + k].iter().map(|q| q.li)));
            if nb[end - 1].breaks != nb[p].breaks || recurs || !text {
                p += 1;
                continue;
            }
            for q in &nb[p + k..end] {
                deleted[q.li] = true;
                edits.push(Edit::delete(
                    self.lines[q.li].trimmed.clone(),
                    RepairKind::DoubledCopy,
                    WHY_BLOCK,
                ));
            }
            found += 1;
            p = end;
        }
        found
    }

    /// Pre-filter for [`Finder::block_copies`]: whether some non-blank line
    /// equals the one 2 to [`MAX_BLOCK_LINES`] non-blank lines before it.
    /// One pass without allocation; lines are told apart by length and edge
    /// characters before their text is compared.
    pub(super) fn may_hold_block(&self) -> bool {
        // The last lines' keys (length and edge characters in one word,
        // compared first) and where they are.
        let mut keys = [u64::MAX; MAX_BLOCK_LINES];
        let mut at = [(0usize, 0usize); MAX_BLOCK_LINES];
        for (n, line) in self.lines.iter().filter(|l| !l.is_blank()).enumerate() {
            let len = line.trimmed.len();
            let key = ((len as u64) << 42) ^ ((line.first as u64) << 21) ^ line.last as u64;
            // Every slot holds one of the lines 2 to 8 back, but the line
            // just before (or no line yet, a key no line has: a text
            // compare would tell them apart anyway).
            let before = (n + MAX_BLOCK_LINES - 1) % MAX_BLOCK_LINES;
            let mut hit = false;
            for (s, &k) in keys.iter().enumerate() {
                hit |= (s != before) & (k == key);
            }
            if hit {
                let text = line.text(self.input);
                let same = |s: usize| {
                    let (start, len) = at[s];
                    s != before
                        && keys[s] == key
                        && self.input.get(start..start + len) == Some(text)
                };
                if (0..MAX_BLOCK_LINES).any(same) {
                    return true;
                }
            }
            keys[n % MAX_BLOCK_LINES] = key;
            at[n % MAX_BLOCK_LINES] = (line.trimmed.start, len);
        }
        false
    }

    /// Plain reference of [`Finder::may_hold_block`] for tests.
    #[cfg(test)]
    pub(super) fn may_hold_block_simple(&self) -> bool {
        let texts: Vec<&str> = self
            .lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.text(self.input))
            .collect();
        (0..texts.len()).any(|n| (2..=MAX_BLOCK_LINES.min(n)).any(|k| texts[n - k] == texts[n]))
    }

    /// The shortest passage of `k` lines starting at non-blank line `p`
    /// that the next lines repeat, with the number `m` (2 to 4) of copies;
    /// see [`Finder::block_copies`].
    pub(super) fn block_at(&self, nb: &[Nb], p: usize) -> Option<(usize, usize)> {
        for k in 2..=MAX_BLOCK_LINES {
            // The first copy is consecutive lines, and so is every longer one.
            if p + 2 * k > nb.len() || nb[p + k - 1].para != nb[p].para {
                return None;
            }
            if !self.same(nb, p, p + k)
                // The line before continues the period: a pattern.
                || p.checked_sub(1).is_some_and(|b| self.same(nb, b, b + k))
                // A shorter period of its own: lines repeated one by one
                // (the line-level rule's), or a shorter passage.
                || (1..k).any(|d| k % d == 0 && (0..k - d).all(|t| self.same(nb, p + t, p + t + d)))
            {
                continue;
            }
            let copy = |q: usize| {
                q + k <= nb.len()
                    && nb[q].para == nb[q + k - 1].para
                    && (0..k).all(|t| self.same(nb, p + t, q + t))
            };
            let mut m = 1;
            while m <= 4 && copy(p + m * k) {
                m += 1;
            }
            // A partial copy after the last one continues the pattern too.
            let after = p + m * k;
            if (2..=4).contains(&m) && !(after < nb.len() && self.same(nb, p, after)) {
                return Some((k, m));
            }
        }
        None
    }

    /// Whether non-blank lines `a` and `b` are equal.
    pub(super) fn same(&self, nb: &[Nb], a: usize, b: usize) -> bool {
        let (x, y) = (&self.lines[nb[a].li], &self.lines[nb[b].li]);
        x.trimmed.len() == y.trimmed.len()
            && x.first == y.first
            && x.last == y.last
            && x.text(self.input) == y.text(self.input)
    }

    /// Whether the passage of `k` lines at non-blank line `p` holds enough
    /// text to be one: at least [`MIN_BLOCK_CHARS`] characters other than
    /// white space (an ideograph counting two), several different ones, and a line of prose (at least
    /// [`MIN_PROSE_WIDTH`] columns, mostly letters, no column gap of white
    /// space, no label ending in a colon) — not table rows or labels.
    pub(super) fn block_is_text(&self, nb: &[Nb], p: usize, k: usize) -> bool {
        let need = self.min_chars.min(MIN_BLOCK_CHARS);
        let mut seen = Vec::new();
        let (mut chars, mut prose) = (0, false);
        for q in &nb[p..p + k] {
            let line = &self.lines[q.li];
            let (mut n, mut letters, mut spaces, mut column_gap) = (0, 0, 0, false);
            for c in line.text(self.input).chars() {
                if is_space(c) {
                    spaces += 1;
                    column_gap |= spaces >= 3 || c == '\t';
                    continue;
                }
                spaces = 0;
                n += 1;
                letters += usize::from(c.is_alphabetic());
                note_distinct(&mut seen, c, need);
                // (An ideograph holds about two letters' text.)
                chars += if is_cjk(c) { 2 } else { 1 };
            }
            prose |= line.width >= MIN_PROSE_WIDTH
                && 2 * letters >= n
                && !column_gap
                && !matches!(line.last, ':' | '：');
        }
        chars >= MIN_BLOCK_CHARS && seen.len() >= need && prose
    }

    /// Consecutive non-blank lines that repeat each other; lines marked in
    /// `skip` (copies of a block already found) are passed over.
    pub(super) fn line_candidates(&self, skip: &[bool]) -> Vec<LineCand> {
        let mut cands = Vec::new();
        let mut prev: Option<usize> = None;
        // The line `prev` has an exact copy after it, deleted.
        let mut prev_copied = false;
        let mut group_start = 0usize;
        for (li, line) in self.lines.iter().enumerate() {
            if line.is_blank() || skip[li] {
                continue;
            }
            let b = line.text(self.input);
            if let Some(a_i) = prev {
                let a = self.lines[a_i].text(self.input);
                // Lines that differ in their first and in their last
                // characters (most) are told apart from the lines'
                // records, as `compare` would tell them from their text.
                let (x, y) = (&self.lines[a_i], line);
                let relation = if x.first != y.first && x.last != y.last {
                    Relation::Other
                } else {
                    compare(a, b)
                };
                match relation {
                    Relation::Equal(n) if n >= 2 => {
                        cands.push(LineCand {
                            delete: li,
                            shape: LineShape::Exact,
                            strong: n >= self.min_chars,
                        });
                        prev_copied = true;
                        continue;
                    }
                    // (A partial copy sits right by its line: two blank
                    // lines between part stories, `…市立` / `図書館` / blank /
                    // blank / `図書館、夜間開館`.)
                    Relation::Edge {
                        a_shorter,
                        prefix,
                        n,
                        // (Not a line printed twice whole over text that
                        // opens with it and goes on after a comma: a name's
                        // heading over the notice, `Margaret Ann Flynn` ×2 /
                        // `Margaret Ann Flynn, 87, of`. Its copy is the one to
                        // go; a label's copies, `负责人：` ×2 / `负责人：王建国`,
                        // all go.)
                    } if n >= 2
                        && li - a_i <= 2
                        && !(a_shorter
                            && prev_copied
                            && b.strip_prefix(a).is_some_and(|r| r.starts_with(','))) =>
                    {
                        let (shorter, longer) = if a_shorter { (a, b) } else { (b, a) };
                        if !has_period_below(longer, n) {
                            // A label left over by a partial dedup: `Name：` / `Name：Value`.
                            let label = prefix
                                && shorter
                                    .chars()
                                    .next_back()
                                    .is_some_and(|c| !c.is_alphanumeric());
                            cands.push(LineCand {
                                delete: if a_shorter { a_i } else { li },
                                shape: if label {
                                    LineShape::Label
                                } else {
                                    LineShape::Partial
                                },
                                strong: n >= self.min_chars,
                            });
                            if a_shorter {
                                prev = Some(li);
                                prev_copied = false;
                                self.close_group(&mut cands, group_start);
                                group_start = cands.len();
                            }
                            continue;
                        }
                    }
                    _ => {}
                }
            }
            self.close_group(&mut cands, group_start);
            group_start = cands.len();
            prev = Some(li);
            prev_copied = false;
        }
        self.close_group(&mut cands, group_start);
        cands
    }

    /// Whether line `li`, which repeats the line just before it, sits in a
    /// table: the two lines and a line next to them are set with layout
    /// gaps (two spaces, a tab or ideographic spaces between cells), with
    /// no blank line among them.
    pub(super) fn row_among_rows(&self, li: usize) -> bool {
        let set_in_cells = |k: Option<usize>| {
            k.and_then(|k| self.lines.get(k)).is_some_and(|line| {
                let text = line.text(self.input);
                !line.is_blank()
                    && (script::layout_gap(text.as_bytes()) || script::ideographic_gap(text))
            })
        };
        // The pair, and a row above or below it (a table's last or first
        // row may be the one repeated).
        set_in_cells(Some(li))
            && set_in_cells(li.checked_sub(1))
            && (set_in_cells(li.checked_sub(2)) || set_in_cells(Some(li + 1)))
    }

    /// Whether the exact copy on line `li` and the line just before it are
    /// a heading printed twice: a short line of letters with no clause or
    /// sentence mark and no period of its own, standing apart from its
    /// neighbours (after a blank line, the end of a sentence or the label
    /// topping the page, before a blank line or a wider line), with no
    /// page break between the copies. Lines that repeat once in real text — a column's repeated cell, a
    /// refrain — tend to sit among other short lines without such marks.
    pub(super) fn heading_pair(&self, li: usize) -> bool {
        let Some(first) = li.checked_sub(1) else {
            return false;
        };
        let (a, b) = (&self.lines[first], &self.lines[li]);
        if a.is_blank() || b.page_break {
            return false;
        }
        let text = b.text(self.input);
        // (A headline opening the page may part its phrases with a comma:
        // `Piscina comunale, si riapre a settembre`, `港の朝市、三十年の歩みに幕`.)
        let at_top = self.headline_at_top(first);
        let (mut n, mut letters) = (0, 0);
        for c in text.chars().filter(|c| !is_space(*c)) {
            let comma = at_top && matches!(c, ',' | '，' | '、');
            if (is_clause_mark(c) && !comma)
                || is_sentence_end(c)
                || matches!(c, ':' | '：')
                || n >= MAX_PERIOD
            {
                return false;
            }
            n += 1;
            // (An ideograph counts as two letters: `藥師信箱`.)
            letters += usize::from(c.is_alphabetic()) << usize::from(is_cjk(c));
        }
        let before = at_top
            || first.checked_sub(1).is_none_or(|p| {
                self.lines[p].is_blank() || ends_sentence(self.lines[p].text(self.input))
            });
        // (At a page's top, over its deck, set smaller: `鷹見ＦＣ、終了間際に
        // 逆転` twice / `新加入の森下が２発`.)
        let after = at_top
            || self
                .lines
                .get(li + 1)
                .is_none_or(|q| q.is_blank() || q.width > b.width);
        // (A period shows where the line repeats itself at least twice:
        // `EXCLUSIVE` opens and ends with `E`, but is no repetition.)
        letters >= self.min_chars && before && after && !has_period_below(text, n / 2 + 1)
    }

    /// A heading printed twice ([`Finder::heading_pair`]) on a page that
    /// shows some other doubling, however weak, on other lines, or that
    /// opens the page (see [`Finder::headline_at_top`]): one such pair
    /// elsewhere alone may still be a cell or a refrain, and a heading that
    /// recurs elsewhere on the page is a running header, not a copy.
    pub(super) fn heading_with_company(&self, cands: &[LineCand]) -> bool {
        let Some(h) = cands.iter().find(|c| {
            c.shape == LineShape::Exact
                && (c.strong || self.headline_at_top(c.delete - 1))
                && self.heading_pair(c.delete)
        }) else {
            return false;
        };
        let pair = h.delete - 1..h.delete + 1;
        let company = cands.len() >= 2 || self.findings.iter().any(|f| !pair.contains(&f.line));
        (company || self.headline_at_top(pair.start) || self.headline_alone(pair.clone()))
            && !self.recurs(pair)
    }

    /// Two lines in a row each printed twice right under itself
    /// (`大肚山輕軌` ×2 / `綜合規劃核定` ×2): a headline on two lines in fake
    /// bold. The four lines stand apart (the text's or a page's top, a
    /// blank line or a sentence's end above; a blank line or the text's
    /// end below), hold no clause or sentence mark nor a colon, and hold
    /// letters enough for a headline between them
    /// ([`LONE_HEADLINE_LETTERS`], an ideograph counting as two): each
    /// line too short to be evidence alone, the two pairs are evidence of
    /// each other. A refrain or a table's repeated rows stand among other
    /// lines.
    pub(super) fn heading_in_pairs(&self, cands: &[LineCand]) -> bool {
        let blank = |i: usize| self.lines.get(i).is_none_or(Line::is_blank);
        let letters = |li: usize| {
            let mut n = 0;
            for c in self.lines[li].text(self.input).chars() {
                if is_clause_mark(c) || is_sentence_end(c) || matches!(c, ':' | '：') {
                    return None;
                }
                n += usize::from(c.is_alphabetic()) << usize::from(is_cjk(c));
            }
            Some(n)
        };
        cands.windows(2).any(|w| {
            let (a, b) = (&w[0], &w[1]);
            if a.shape != LineShape::Exact
                || b.shape != LineShape::Exact
                || b.delete != a.delete + 2
                || self.lines[a.delete].page_break
                || self.lines[b.delete - 1].page_break
                || self.lines[b.delete].page_break
            {
                return false;
            }
            let first = a.delete - 1;
            let above = first.checked_sub(1).is_none_or(|p| {
                self.lines[p].is_blank() || ends_sentence(self.lines[p].text(self.input))
            }) || self.opens_page(first).is_some();
            let (Some(x), Some(y)) = (letters(first), letters(b.delete - 1)) else {
                return false;
            };
            above
                && blank(b.delete + 1)
                && x + y >= LONE_HEADLINE_LETTERS
                && !self.recurs(first..a.delete + 1)
        })
    }

    /// The heading printed twice on lines `pair` stands between blank
    /// lines (or the text's ends) and holds words enough for a headline
    /// ([`LONE_HEADLINE_WORDS`] and [`LONE_HEADLINE_LETTERS`]; an ideograph
    /// counts as a word and as two letters): printed twice, such a line is
    /// evidence of its own, where a short cell or a refrain of a word or
    /// two is not.
    pub(super) fn headline_alone(&self, pair: Range<usize>) -> bool {
        let blank = |i: Option<usize>| i.and_then(|i| self.lines.get(i)).is_none_or(Line::is_blank);
        if !blank(pair.start.checked_sub(1)) || !blank(Some(pair.end)) {
            return false;
        }
        let text = self.lines[pair.start].text(self.input);
        let (mut words, mut letters, mut gap) = (0usize, 0usize, true);
        for c in text.chars() {
            if is_space(c) {
                gap = true;
                continue;
            }
            let wide = is_cjk(c);
            words += usize::from(gap || wide);
            letters += usize::from(c.is_alphabetic()) * if wide { 2 } else { 1 };
            gap = false;
        }
        words >= LONE_HEADLINE_WORDS && letters >= LONE_HEADLINE_LETTERS
    }

    /// Line `li` opens the text or a page, or follows only the section's
    /// label there (`地域`, `SPORT`: a short line ending no sentence) and a
    /// running head, and
    /// holds more different characters than a refrain of reduplicated
    /// words: a headline, which printed twice is evidence of its own.
    pub(super) fn headline_at_top(&self, li: usize) -> bool {
        let Some(labelled) = self.opens_page(li) else {
            return false;
        };
        // (Or, under the section's label, in a line with no character
        // twice in a row, which is no chain of reduplicated words at all,
        // as many as a CJK title: `健康` / `藥師信箱`.)
        let mut seen: Vec<char> = Vec::new();
        let (mut before, mut reduplicated) = ('\0', false);
        for c in self.lines[li]
            .text(self.input)
            .chars()
            .filter(|c| !is_space(*c))
        {
            note_distinct(&mut seen, c, LONGEST_REDUPLICATION + 1);
            reduplicated |= c == before;
            before = c;
        }
        seen.len() > LONGEST_REDUPLICATION
            || (labelled && !reduplicated && seen.len() >= CJK_TITLE_PRINTED_TWICE)
    }

    /// Whether line `li` opens the text or a page, or follows only the
    /// section's label there (a short line ending no sentence) and a
    /// running head: `Some(true)` under a label, `Some(false)` without one,
    /// `None` where text stands above it on its page.
    pub(super) fn opens_page(&self, li: usize) -> Option<bool> {
        let line = &self.lines[li];
        if line.page_break {
            return Some(false);
        }
        // The lines of its page above it, read back to the page's top (a
        // page break's line) or to a second line with text, whichever
        // comes first: blank lines between are read by the next two
        // headlines below at most.
        let (mut texts, mut labelled) = (0, false);
        for (k, l) in self.lines[..li].iter().enumerate().rev() {
            // (A running head at the page's top is furniture, no text:
            // `15 | IL CORRIERE DEL VOMANO | Giovedì 14 marzo 2024`; at
            // the top of the text too.)
            let furniture = (l.page_break || k == self.first_text)
                && crate::segment::running_head(l.text(self.input));
            if !l.is_blank() && !furniture {
                texts += 1;
                let label = l.width <= KICKER_CELLS && !is_sentence_end(l.last);
                if texts > 1 || !label {
                    return None;
                }
                labelled = true;
            }
            if l.page_break {
                break;
            }
        }
        Some(labelled)
    }

    /// The lines `lines` open the page (see [`Finder::opens_page`]), each a
    /// CJK phrase of letters alone, [`HEADLINE_PHRASE_CHARS`] or more, and
    /// hold together more different characters than a refrain of
    /// reduplicated words: a headline of short lines, which printed twice
    /// as a block is evidence of its own (`前海擴區三周年` / `港企落戶破六千家`
    /// twice), where cells and labels are not.
    pub(super) fn headline_block_at_top(&self, lines: impl Iterator<Item = usize>) -> bool {
        let mut lines = lines.peekable();
        if lines.peek().is_none_or(|&li| self.opens_page(li).is_none()) {
            return false;
        }
        let mut seen: Vec<char> = Vec::new();
        for li in lines {
            let text = self.lines[li].text(self.input);
            let phrase = text.chars().all(|c| is_cjk(c) && c.is_alphabetic())
                && text.chars().nth(HEADLINE_PHRASE_CHARS - 1).is_some();
            if !phrase {
                return false;
            }
            for c in text.chars() {
                note_distinct(&mut seen, c, LONGEST_REDUPLICATION + 1);
            }
        }
        seen.len() > LONGEST_REDUPLICATION
    }

    /// Whether the text of the lines `pair` (equal) is on another line too.
    pub(super) fn recurs(&self, pair: Range<usize>) -> bool {
        let line = &self.lines[pair.start];
        let text = line.text(self.input);
        self.lines.iter().enumerate().any(|(i, l)| {
            !pair.contains(&i)
                && l.trimmed.len() == line.trimmed.len()
                && l.text(self.input) == text
        })
    }

    /// Drops the exact copies of the group ending the list when the group is
    /// not 2 to 4 lines long (fake bold prints 2 or 4 times; 1000 equal
    /// lines are a pattern, not bold).
    #[inline]
    pub(super) fn close_group(&self, cands: &mut Vec<LineCand>, start: usize) {
        // Fewer than four candidates cannot hold more than three copies.
        if cands.len() < start + 4 {
            return;
        }
        let exact = cands[start..]
            .iter()
            .filter(|c| c.shape == LineShape::Exact)
            .count();
        if exact > 3 {
            let tail = cands.split_off(start);
            cands.extend(tail.into_iter().filter(|c| c.shape != LineShape::Exact));
        }
    }

    /// Short groups set apart by blank lines (a headline on two or
    /// three lines) printed twice as one stream that the line breaks cut:
    /// every character doubled (`ＡＡＩＩ熱熱潮潮帶帶動動科` / `科技技股股造造好好`), or
    /// the whole run twice (`八旬老人终于坐上家门口的电梯八旬` / `老人终于坐上家门口的电梯`).
    /// Replaces what the line-by-line scans found on the group's lines.
    /// Each line's text is read once for each group it may open, and the
    /// findings merged once: linear.
    pub(super) fn groups_across(&mut self) {
        let lines = self.lines;
        // The groups found, and their findings, merged with the line scans'
        // once at the end (each group's own bookkeeping would make the pass
        // quadratic in groups).
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut found: Vec<Finding> = Vec::new();
        let mut a = 0;
        while a < lines.len() {
            let set_off = a == 0 || lines[a - 1].is_blank() || lines[a].page_break;
            if lines[a].is_blank() || !set_off || !lines[a].first.is_alphanumeric() {
                a += 1;
                continue;
            }
            // The group: up to [`GROUP_LINES`] lines with text, then a blank
            // line or the end.
            let mut b = a;
            while b + 1 < lines.len() && !lines[b + 1].is_blank() && !lines[b + 1].page_break {
                b += 1;
                if b - a >= GROUP_LINES {
                    break;
                }
            }
            let closed = b + 1 >= lines.len() || lines[b + 1].is_blank();
            if b > a && b - a < GROUP_LINES && closed && self.group_doubled(a, b, &mut found) {
                groups.push((a, b));
            }
            a = b + 1;
        }
        if groups.is_empty() {
            return;
        }
        // (Both lists run in line order: a search by halves for each
        // finding.)
        self.findings.retain(|f| {
            let g = groups.partition_point(|&(_, b)| b < f.line);
            groups.get(g).is_none_or(|&(a, _)| f.line < a)
        });
        self.findings.extend(found);
        self.findings.sort_by_key(|f| f.line);
    }

    /// Lines `a..=b` are one stream printed twice (see
    /// [`Finder::groups_across`]): pushes the later copies' characters to
    /// `found`, as each line's finding, and says whether they were.
    fn group_doubled(&mut self, a: usize, b: usize, found: &mut Vec<Finding>) -> bool {
        // (Cheap tests first: every character twice opens with a pair, the
        // whole run twice has its first character again further on.)
        let first_text = self.lines[a].text(self.input);
        let mut opening = first_text.chars().filter(|c| !script::is_space(*c));
        let (Some(c0), Some(c1)) = (opening.next(), opening.next()) else {
            return false;
        };
        // (A group longer than a copy's most is none: its lines' lengths
        // tell before any is searched.)
        let bytes: usize = self.lines[a..=b].iter().map(|l| l.trimmed.len()).sum();
        if bytes > 2 * GROUP_CHARS * 4 {
            return false;
        }
        let again = first_text[c0.len_utf8()..].contains(c0)
            || self.lines[a + 1..=b]
                .iter()
                .any(|l| l.text(self.input).contains(c0));
        if c0 != c1 && !again {
            return false;
        }
        // (At most one character past a group's longest: a long line is
        // read no further.)
        let mut chars: Vec<(char, usize)> = Vec::new();
        for line in &self.lines[a..=b] {
            let text = line.text(self.input);
            let room = 2 * GROUP_CHARS + 1 - chars.len();
            chars.extend(
                text.char_indices()
                    .filter(|(_, c)| !script::is_space(*c))
                    .map(|(i, c)| (c, line.trimmed.start + i))
                    .take(room),
            );
            if chars.len() > 2 * GROUP_CHARS {
                return false;
            }
        }
        let n = chars.len();
        if n < 2 * GROUP_PAIRS || n % 2 == 1 {
            return false;
        }
        let half = n / 2;
        let pairs = (0..half).all(|i| chars[2 * i].0 == chars[2 * i + 1].0);
        let square = !pairs && (0..half).all(|i| chars[i].0 == chars[half + i].0);
        // (Some letters at least: no row of figures, no run of one mark;
        // and no sentence's end inside the run twice, as a chant repeated
        // holds: `中国队加油！中国` / `队加油！`.)
        let mut seen: Vec<char> = Vec::new();
        let copy: Vec<char> = if pairs {
            (0..half).map(|i| chars[2 * i].0).collect()
        } else {
            chars[..half].iter().map(|c| c.0).collect()
        };
        copy.iter()
            .filter(|c| c.is_alphabetic())
            .for_each(|&c| note_distinct(&mut seen, c, GROUP_DISTINCT));
        let chant = square
            && copy
                .iter()
                .any(|&c| script::is_sentence_end(c) || matches!(c, '!' | '！'));
        if !(pairs || square) || chant || seen.len() < GROUP_DISTINCT {
            return false;
        }
        let later: Vec<usize> = if pairs {
            (0..half).map(|i| 2 * i + 1).collect()
        } else {
            (half..n).collect()
        };
        // The copy must cross a line break: one line doubled alone is the
        // line scans' to find.
        let line_of = |off: usize| {
            self.lines[a..=b]
                .iter()
                .position(|l| l.trimmed.contains(&off))
        };
        let crosses = if pairs {
            (0..half).any(|i| line_of(chars[2 * i].1) != line_of(chars[2 * i + 1].1))
        } else {
            // (Not each copy a line of its own: a line repeated, whose
            // guards are the line-level rule's.)
            line_of(chars[0].1) != line_of(chars[half - 1].1)
                || line_of(chars[half].1) != line_of(chars[n - 1].1)
        };
        if !crosses {
            return false;
        }
        for li in a..=b {
            let range = self.lines[li].trimmed.clone();
            let first = self.spans.len();
            for &k in &later {
                let (c, off) = chars[k];
                if range.contains(&off) {
                    push_span(&mut self.spans, off..off + c.len_utf8());
                }
            }
            if self.spans.len() > first {
                found.push(Finding {
                    line: li,
                    strong: true,
                    spans: first..self.spans.len(),
                    why: Reason::RunAcrossBreak,
                });
            }
        }
        true
    }

    /// Deletes a word that ends one line and starts the next, when at least
    /// two consecutive line pairs overlap so.
    pub(super) fn overlap_chains(&self, deleted: &[bool], edits: &mut Vec<Edit>) {
        let kept = self
            .lines
            .iter()
            .enumerate()
            .filter(|(i, l)| !l.is_blank() && !deleted[*i])
            .map(|(_, l)| l);
        let mut prev: Option<&Line> = None;
        let mut chain: Vec<Range<usize>> = Vec::new();
        let mut chain_chars = 0;
        for line in kept {
            let hit = prev.and_then(|p| overlap(p.text(self.input), line.text(self.input)));
            match hit {
                Some((len, chars)) => {
                    chain.push(line.trimmed.start..line.trimmed.start + len);
                    chain_chars += chars;
                }
                None => {
                    self.close_chain(&mut chain, &mut chain_chars, edits);
                }
            }
            prev = Some(line);
        }
        self.close_chain(&mut chain, &mut chain_chars, edits);
    }

    #[inline]
    pub(super) fn close_chain(
        &self,
        chain: &mut Vec<Range<usize>>,
        chars: &mut usize,
        edits: &mut Vec<Edit>,
    ) {
        // Most lines close no chain (`chars` counts the chain's words).
        if chain.is_empty() {
            return;
        }
        if chain.len() >= 2 && *chars >= self.min_chars {
            for s in chain.drain(..) {
                edits.push(Edit::delete(s, RepairKind::DoubledCopy, WHY_OVERLAP));
            }
        }
        chain.clear();
        *chars = 0;
    }
}

#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) enum Relation {
    Equal(usize),
    Edge {
        a_shorter: bool,
        prefix: bool,
        n: usize,
    },
    Other,
}

/// How the non-white-space characters of `a` and `b` (trimmed lines)
/// relate: equal, or the shorter one is a prefix or suffix of the longer
/// (`n` counts the shorter).
pub(super) fn compare(a: &str, b: &str) -> Relation {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    // Equal lines and prefixes share the first character, suffixes the
    // last; trimmed lines start and end with no white space. Bytes first,
    // then whole characters (CJK lines share lead bytes).
    let wide = |p: Option<&u8>| p.is_some_and(|p| !p.is_ascii());
    let first_differs =
        x.first() != y.first() || (wide(x.first()) && a.chars().next() != b.chars().next());
    let last_differs =
        x.last() != y.last() || (wide(x.last()) && a.chars().next_back() != b.chars().next_back());
    if first_differs && last_differs {
        return Relation::Other;
    }
    if a == b {
        return Relation::Equal(a.chars().filter(|c| !is_space(*c)).count());
    }
    compare_chars(a, b)
}

/// [`compare`] without its shortcuts.
pub(super) fn compare_chars(a: &str, b: &str) -> Relation {
    let x = a.chars().filter(|c| !is_space(*c));
    let y = b.chars().filter(|c| !is_space(*c));
    match edge(x, y) {
        (Some(a_shorter), n) => Relation::Edge {
            a_shorter,
            prefix: true,
            n,
        },
        (None, n) if n == usize::MAX => {
            let x = a.chars().rev().filter(|c| !is_space(*c));
            let y = b.chars().rev().filter(|c| !is_space(*c));
            match edge(x, y) {
                (Some(a_shorter), n) => Relation::Edge {
                    a_shorter,
                    prefix: false,
                    n,
                },
                _ => Relation::Other,
            }
        }
        (None, n) => Relation::Equal(n),
    }
}

/// Walks two character sequences in step: `(Some(x_is_shorter), common)`
/// when one ends inside the other, `(None, len)` when they are equal,
/// `(None, usize::MAX)` when they differ.
pub(super) fn edge(
    mut x: impl Iterator<Item = char>,
    mut y: impl Iterator<Item = char>,
) -> (Option<bool>, usize) {
    let mut n = 0;
    loop {
        match (x.next(), y.next()) {
            (None, None) => return (None, n),
            (None, Some(_)) => return (Some(true), n),
            (Some(_), None) => return (Some(false), n),
            (Some(p), Some(q)) if p == q => n += 1,
            _ => return (None, usize::MAX),
        }
    }
}

/// Whether `text` (white space ignored) repeats with a period shorter than
/// `n` and at most [`MAX_PERIOD`]: a filler line cut at two places is not a
/// copy of itself.
pub(super) fn has_period_below(text: &str, n: usize) -> bool {
    let it = || text.chars().filter(|c| !is_space(*c));
    (1..n.min(MAX_PERIOD + 1)).any(|q| {
        let mut shifted = it().skip(q).peekable();
        shifted.peek().is_some() && it().zip(shifted).all(|(a, b)| a == b)
    })
}

/// The word that ends `a` and starts `b`: byte length in `b` and characters.
pub(super) fn overlap(a: &str, b: &str) -> Option<(usize, usize)> {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.last()?.is_ascii() {
        if let Some(hit) = overlap_ascii(x, y) {
            return hit;
        }
    }
    let last = a.chars().next_back()?;
    // Pre-filter: the word is a start of `b` that ends with `last` (within
    // its first MAX_PERIOD + 1 characters, at most 4 bytes each) and ends
    // `a`. One `memchr` finds the candidate ends.
    let window = &b.as_bytes()[..b.len().min(4 * (MAX_PERIOD + 1))];
    let a_ends_with = |end: usize| a.as_bytes().ends_with(&window[..end]);
    if !occurrences(b, last, 0, window.len()).any(|q| a_ends_with(q + last.len_utf8())) {
        return None;
    }
    overlap_words(a, b)
}

/// [`overlap_words`] on bytes, for the common case where `a` ends with an
/// ASCII character: `b`'s first word is read without decoding. `None` when
/// it cannot tell (a character beyond ASCII next to the word, a word longer
/// than [`MAX_PERIOD`]); otherwise the answer.
pub(super) fn overlap_ascii(x: &[u8], y: &[u8]) -> Option<Option<(usize, usize)>> {
    let &last = x.last()?;
    if !last.is_ascii_alphanumeric() {
        return Some(None);
    }
    let len = y.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    if len > MAX_PERIOD || y.get(len).is_some_and(|b| !b.is_ascii()) {
        return None;
    }
    // The word ends with `last` if `a` ends with it: most fail there.
    if len < 3 || x.len() <= len || y[len - 1] != last || x[x.len() - len..] != y[..len] {
        return Some(None);
    }
    let before = x[x.len() - len - 1];
    if !before.is_ascii() {
        return None;
    }
    Some((!before.is_ascii_alphanumeric()).then_some((len, len)))
}

/// [`overlap`] without its pre-filter.
pub(super) fn overlap_words(a: &str, b: &str) -> Option<(usize, usize)> {
    let last = a.chars().next_back()?;
    if !b.chars().take(MAX_PERIOD + 1).any(|c| c == last) || !last.is_alphanumeric() {
        return None;
    }
    let mut len = 0;
    let mut chars = 0;
    for c in b.chars() {
        if chars > MAX_PERIOD {
            return None;
        }
        if !c.is_alphanumeric() {
            break;
        }
        len += c.len_utf8();
        chars += 1;
    }
    if chars < 3 || a.len() <= len {
        return None;
    }
    let w = &b[..len];
    if !a.ends_with(w) {
        return None;
    }
    let before = a[..a.len() - len].chars().next_back()?;
    if before.is_alphanumeric() {
        return None;
    }
    Some((len, chars))
}
