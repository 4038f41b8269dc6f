//! Runs printed twice inside a line or across a line break: squares in
//! a line's characters, doubled marks, glued capitals and lead-ins.

use super::*;

impl Finder<'_> {
    /// Runs [`Finder::inline_squares`] on each line with text that no
    /// finding covers yet: every line where the page has `shown` doubling
    /// already, otherwise the lines with CJK text only (where two runs
    /// printed twice are evidence enough, see [`INLINE_RUNS`]; cheap, as
    /// those lines are few bytes a character). Lines of CJK text that run
    /// on into each other are searched as one text instead (see
    /// [`Finder::run_squares`]).
    pub(super) fn inline_pass(&mut self, shown: bool) {
        let mut scanned: Vec<usize> = self.findings.iter().map(|f| f.line).collect();
        scanned.sort_unstable();
        scanned.dedup();
        let mut scanned = AscendingLookup::new(&scanned);
        let mut scanned = |l: usize| scanned.contains(l);
        let n = self.lines.len();
        // Lines ending in a copy found so far, brought up to date as the
        // pass finds more (each finding read once).
        let mut ends_in_copy = vec![false; n];
        let mut read = 0;
        let mut li = 0;
        while li < n {
            for f in &self.findings[read..] {
                let end = self.lines[f.line].trimmed.end;
                ends_in_copy[f.line] |= self.spans[f.spans.clone()]
                    .last()
                    .is_some_and(|s| s.end == end);
            }
            read = self.findings.len();
            let line = &self.lines[li];
            if line.is_blank() || scanned(li) {
                li += 1;
                continue;
            }
            let (mut end, mut bytes) = (li + 1, line.trimmed.len());
            while end < n
                && bytes < RUN_BYTES
                && runs_on_cjk(&self.lines[end - 1], &self.lines[end])
                && !scanned(end)
            {
                bytes += self.lines[end].trimmed.len();
                end += 1;
            }
            // (A chunk printed twice opening the line goes on from a copy
            // ending the line before.)
            let after_copy =
                li > 0 && ends_in_copy[li - 1] && runs_on_cjk(&self.lines[li - 1], line);
            if end - li >= 2 {
                self.run_squares(li..end, after_copy);
            } else if shown || line.text(self.input).bytes().max() >= Some(0xe3) {
                self.inline_squares(li, after_copy);
            }
            li = end;
        }
    }

    /// [`Finder::inline_squares`] over the lines `run` of CJK text read as
    /// one, so that a run printed twice across a line break is found too
    /// (`…前海作為粵港澳大灣` / `區前海作為粵港澳大灣區的…`). The later
    /// copies are recorded line by line; copies that are whole lines are
    /// left to the comparison of lines.
    pub(super) fn run_squares(&mut self, run: Range<usize>, after_copy: bool) {
        let min = self.min_chars.max(2);
        let sc = &mut self.scratch;
        sc.chars.clear();
        // The first character of each line of the run, and the end.
        let mut starts = core::mem::take(&mut sc.starts);
        starts.clear();
        for line in &self.lines[run.clone()] {
            starts.push(sc.chars.len());
            push_chars(&mut sc.chars, line.text(self.input));
        }
        starts.push(sc.chars.len());
        let mut copies = core::mem::take(&mut sc.copies);
        copies.clear();
        square_copies(&sc.chars, min, is_space, &mut copies);
        chunks_at_marks(&sc.chars, &mut copies, after_copy);
        chunks_after_copies(&sc.chars, min, &mut copies, after_copy);
        // The index in `run` of the line holding character `x`.
        let line_of = |x: usize| starts.partition_point(|&s| s <= x) - 1;
        // The last byte offset found: the line (in `run`), its character
        // and its byte.
        let mut cursor = (usize::MAX, 0, 0);
        for sq in &copies {
            let whole = sq.whole();
            let (first, last) = (line_of(whole.start), line_of(whole.end - 1));
            let chars = &self.scratch.chars;
            // Two equal lines in the repeated text, or copies that are
            // whole lines: the comparisons of lines and of passages decide
            // (they keep a table's row repeated once, a short refrain).
            let equal_lines = (first + 1..=last).any(|k| {
                let (a, b) = (starts[k - 1]..starts[k], starts[k]..starts[k + 1]);
                a.len() == b.len() && chars[a] == chars[b]
            });
            let whole_lines = (0..=sq.count)
                .all(|m| starts.binary_search(&(whole.start + m * sq.period)).is_ok());
            if equal_lines || (first < last && whole_lines) {
                continue;
            }
            // Any stretch as long as the later copies is a copy; the one
            // taken touches every line the copies touch, where one does,
            // so that all of them show the bold print, and starts as late
            // as it can, so that the first line keeps the most text.
            let drop = sq.period * (sq.count - 1);
            let from = (starts[last] + 1).saturating_sub(whole.start + drop);
            let to = (starts[first + 1] - whole.start - 1).min(sq.period);
            let t = if first < last && from <= to {
                to
            } else {
                sq.period
            };
            // A mark printed twice right after the copies (`…突出，，`) is
            // the print's evidence too.
            let marked = chars
                .get(whole.end..whole.end + 2)
                .is_some_and(|m| m[0] == m[1] && matches!(m[0], '，' | '。' | '、' | '；' | '：'));
            self.inline_runs += 1 + usize::from(marked);
            let mut cut = whole.start + t..whole.start + t + drop;
            while !cut.is_empty() {
                let k = line_of(cut.start);
                let piece = cut.start..cut.end.min(starts[k + 1]);
                // Byte offsets, read on from the last one asked for: the
                // pieces come in order, so the run's characters are summed
                // once over.
                let mut byte = |x: usize| -> usize {
                    if cursor.0 != k || cursor.1 > x {
                        cursor = (k, starts[k], self.lines[run.start + k].trimmed.start);
                    }
                    cursor.2 += chars[cursor.1..x]
                        .iter()
                        .map(|c| c.len_utf8())
                        .sum::<usize>();
                    cursor.1 = x;
                    cursor.2
                };
                let span = byte(piece.start)..byte(piece.end);
                let spans_from = self.spans.len();
                push_span(&mut self.spans, span);
                self.findings.push(Finding {
                    line: run.start + k,
                    strong: true,
                    spans: spans_from..self.spans.len(),
                    why: if first == last {
                        WHY_RUNS
                    } else {
                        Reason::RunAcrossBreak
                    },
                });
                cut.start = piece.end;
            }
        }
        self.scratch.copies = copies;
        self.scratch.starts = starts;
    }

    /// Pushes deletions of the extra copies of CJK punctuation printed
    /// twice or more (`，，`, `。。`), on the lines that stay: marks that
    /// never repeat in running text, unlike `……`, `——` or `！！`.
    ///
    /// One search of the page for the marks' lead bytes, not one a line
    /// (most CJK lines hold a few marks, and no mark doubled);
    /// `doubled_marks_reference` is the search line by line; a property
    /// test checks that both agree.
    pub(super) fn doubled_marks(&self, deleted: &[bool], edits: &mut Vec<Edit>) {
        let page = self.input.as_bytes();
        // The line holding the byte looked at (the lines cover the page).
        let mut li = 0;
        for q in memchr::memchr2_iter(0xe3, 0xef, page) {
            let Some(pair) = page.get(q..q + 6) else {
                break;
            };
            let (mark, next) = pair.split_at(3);
            if mark != next || !DOUBLED_MARKS.iter().any(|m| m.as_bytes() == mark) {
                continue;
            }
            while self.lines.get(li).is_some_and(|l| l.next <= q) {
                li += 1;
            }
            let Some(line) = self.lines.get(li) else {
                break;
            };
            if !deleted[li] && line.trimmed.start <= q && q + 6 <= line.trimmed.end {
                let at = q + 3;
                edits.push(Edit::delete(at..at + 3, RepairKind::DoubledCopy, WHY_CHARS));
            }
        }
    }

    /// [`Finder::doubled_marks`] line by line, as first written.
    #[cfg(test)]
    pub(super) fn doubled_marks_reference(&self, deleted: &[bool], edits: &mut Vec<Edit>) {
        for (li, line) in self.lines.iter().enumerate() {
            let b = line.text(self.input).as_bytes();
            if deleted[li] {
                continue;
            }
            // The marks are three bytes each, led by 0xe3 or 0xef.
            for i in memchr::memchr2_iter(0xe3, 0xef, b) {
                let (Some(mark), Some(next)) = (b.get(i..i + 3), b.get(i + 3..i + 6)) else {
                    continue;
                };
                if mark == next && DOUBLED_MARKS.iter().any(|m| m.as_bytes() == mark) {
                    let at = line.trimmed.start + i + 3;
                    edits.push(Edit::delete(at..at + 3, RepairKind::DoubledCopy, WHY_CHARS));
                }
            }
        }
    }

    /// Finds adjacent copies `u u` (or more) inside line `li`, `u` holding
    /// at least [`Finder::min_chars`] distinct characters (white space
    /// aside) and at most [`MAX_PERIOD`] characters; records the later
    /// copies.
    ///
    /// A copy repeats every pair of characters of `u` at the distance of
    /// `u`'s length: each pair is looked up in a small table of where it
    /// was last seen, and a pair seen again at a distance that could be a
    /// period is checked by extending the stretch of equal characters at
    /// that distance. The checks have a budget proportional to the line,
    /// so the cost stays linear whatever the line holds.
    pub(super) fn inline_squares(&mut self, li: usize, after_copy: bool) {
        let line = &self.lines[li];
        let (text, base) = (line.text(self.input), line.trimmed.start);
        let min = self.min_chars.max(2);
        if text.len() < 2 * min {
            return;
        }
        let first_span = self.spans.len();
        let mut copies = core::mem::take(&mut self.scratch.copies);
        copies.clear();
        if text.is_ascii() {
            // A byte a character: no decoding.
            square_copies(
                text.as_bytes(),
                min,
                |b| matches!(b, b' ' | b'\t'..=b'\r'),
                &mut copies,
            );
            for c in copies.iter().map(Square::later) {
                push_span(&mut self.spans, base + c.start..base + c.end);
            }
        } else {
            let sc = &mut self.scratch;
            sc.chars.clear();
            push_chars(&mut sc.chars, text);
            square_copies(&sc.chars, min, is_space, &mut copies);
            // (Chunks are printed so in CJK text, whose lead bytes are E3
            // and above: one pass tells Latin lines with accents apart.)
            if text.bytes().any(|b| b >= 0xe3) {
                chunks_at_marks(&sc.chars, &mut copies, after_copy);
                chunks_after_copies(&sc.chars, min, &mut copies, after_copy);
            }
            // The characters' byte offsets, only for the few lines with
            // copies.
            sc.offs.clear();
            if !copies.is_empty() {
                sc.offs.extend(text.char_indices().map(|(i, _)| i as u32));
            }
            let byte = |y: usize| base + sc.offs.get(y).map_or(text.len(), |&o| o as usize);
            for c in copies.iter().map(Square::later) {
                push_span(&mut self.spans, byte(c.start)..byte(c.end));
            }
        }
        self.inline_runs += copies.len();
        self.scratch.copies = copies;
        if self.spans.len() > first_span {
            self.strong_runs(li, first_span);
        }
    }

    pub(super) fn take_run(&mut self, li: usize, r: Run, runs: &mut Vec<Run>, at_start: &mut bool) {
        if r.count == 1 && runs.is_empty() {
            *at_start &= r.ws;
            return;
        }
        if r.ws {
            if !runs.is_empty() {
                runs.push(r);
            }
        } else if r.count % 2 == 0 && r.count <= 16 {
            runs.push(r);
            if runs.len() >= MAX_STRETCH_RUNS {
                self.flush(li, runs, *at_start);
                *at_start = false;
            }
        } else {
            self.flush(li, runs, *at_start);
            *at_start = false;
        }
    }

    /// Decides the stretch of even runs in `runs` and clears it.
    pub(super) fn flush(&mut self, li: usize, runs: &mut Vec<Run>, at_start: bool) {
        while runs.last().is_some_and(|r| r.ws) {
            runs.pop();
        }
        // A stretch that opens inside a Latin word printed once (`ee` of
        // `a fee ffoorr`) starts after that word: a word's doubled last
        // letters are its spelling.
        let latin = |c: char| c.is_alphabetic() && !script::is_cjk(c);
        if runs.first().is_some_and(|r| latin(r.c))
            && self.input[..runs[0].start]
                .chars()
                .next_back()
                .is_some_and(latin)
        {
            let word = runs.iter().position(|r| r.ws).map_or(runs.len(), |k| k + 1);
            runs.drain(..word);
        }
        let seen = &mut self.scratch.seen;
        seen.clear();
        let mut marked = false;
        for (j, r) in runs.iter().enumerate() {
            // White space between doubled runs, or a doubled mark, digit or
            // Latin letter: not a reduplicated word.
            marked |= if r.ws { j > 0 } else { !is_word_char(r.c) };
            if !r.ws {
                note_distinct(seen, r.c, 2 * self.min_chars.max(2));
            }
        }
        let real = seen.len();
        if real >= 2 {
            let k = if runs.iter().all(|r| r.ws || r.count % 4 == 0) {
                4
            } else {
                2
            };
            let need = if marked {
                self.min_chars
            } else {
                2 * self.min_chars
            };
            let strong = real * k / 2 >= need;
            let weak = (at_start && runs.last().is_some_and(|r| !r.c.is_alphanumeric()))
                || self.whole_word(runs);
            if strong || weak {
                let first = self.spans.len();
                for r in runs.iter() {
                    if r.count % k == 0 {
                        let keep = r.count / k;
                        push_span(
                            &mut self.spans,
                            r.start + keep * r.clen..r.start + r.count * r.clen,
                        );
                    }
                }
                self.findings.push(Finding {
                    line: li,
                    strong,
                    spans: first..self.spans.len(),
                    why: WHY_CHARS,
                });
            }
        }
        runs.clear();
    }

    /// Words in capitals opening line `li`, printed twice with nothing
    /// between the copies (`FREIBURGFREIBURG.`, a bold dateline;
    /// `ISLAND COMMUNITIESISLAND COMMUNITIES on the west`, a bold lead-in):
    /// each copy at least [`GLUED_LETTERS`] letters, four of them
    /// different (so that `WALLAWALLA` is no copy), and the second ending
    /// a word. Strong on its own: capitals glued to a copy of themselves
    /// are no word.
    pub(super) fn glued_capitals(&mut self, li: usize) {
        let line = &self.lines[li];
        let text = line.text(self.input);
        let caps = text
            .find(|c: char| !c.is_uppercase() && c != ' ')
            .map_or(text, |end| &text[..end]);
        let bytes = caps.as_bytes();
        // The copy starts where the first letter recurs right after a
        // capital, at most [`MAX_PERIOD`] characters in.
        let limit = (bytes.len() / 2).min(4 * MAX_PERIOD);
        for end in memchr::memchr_iter(bytes[0], &bytes[1..=limit]).map(|i| i + 1) {
            if !caps.is_char_boundary(end) {
                continue;
            }
            let run = &caps[..end];
            if !run.ends_with(|c: char| c.is_uppercase())
                || !caps[end..].starts_with(run)
                || text[2 * end..].starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            let mut seen = Vec::new();
            run.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, 4));
            if seen.len() < 4 || run.chars().filter(|c| !is_space(*c)).count() < GLUED_LETTERS {
                continue;
            }
            let at = line.trimmed.start + end;
            let first = self.spans.len();
            push_span(&mut self.spans, at..at + end);
            self.strong_runs(li, first);
            return;
        }
    }

    /// A bold lead-in printed twice at the start of line `li`, the copies
    /// glued: `一、托育量能要跟上。一、托育量能要跟上。許多…`, `El truco de
    /// Marisa:El truco de Marisa: si…`, whose run ends in a stop or a
    /// colon, `【沙田訊】【沙田訊】沙田昨日…`, whose run opens with a tag in
    /// brackets,
    /// `判決書指出判決書指出，，陳男…`, whose punctuation after it is printed
    /// twice too, `AGM:AGM:`, a label in capitals, or `Darren Michael
    /// PikeDarren Michael Pike, 29`, Latin words glued to their copy. The run holds at least [`LEAD_IN_CHARS`] different
    /// characters and at most [`MAX_PERIOD`]. Strong on its own: text does
    /// not glue a phrase to itself.
    pub(super) fn lead_in_copy(&mut self, li: usize) {
        let line = &self.lines[li];
        let text = line.text(self.input);
        let bytes = text.as_bytes();
        let Some(&lead) = bytes.first() else {
            return;
        };
        // The second copy starts where the line's first byte recurs; the
        // run is at most half of the line and of the bytes of
        // [`MAX_PERIOD`] characters.
        let limit = (bytes.len() / 2).min(4 * MAX_PERIOD);
        for end in memchr::memchr_iter(lead, &bytes[1..=limit]).map(|i| i + 1) {
            let unit = &bytes[..end];
            // The copy's last byte first: most places fail there, without
            // a call to compare the rest.
            if bytes.get(2 * end - 1) != Some(&bytes[end - 1])
                || !bytes[end..].starts_with(unit)
                || !text.is_char_boundary(end)
            {
                continue;
            }
            let run = &text[..end];
            let last = run.chars().next_back().unwrap_or(' ');
            let mark = |c: char| !c.is_alphanumeric() && !is_space(c);
            let after = &text[2 * end..];
            let doubled_mark = after
                .chars()
                .next()
                .is_some_and(|m| mark(m) && after[m.len_utf8()..].starts_with(m));
            let mut seen = Vec::new();
            run.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            // A refrain repeats a clause (`雨來了，雨來了，`, `Tora! Tora!`);
            // a lead-in ends in a stop or a colon (or, glued in Latin
            // text, which spaces its sentences, a question).
            let lead_in_end = matches!(last, '。' | '：' | ':' | '.' | '?');
            // So does one that opens with a tag in brackets, the place and
            // paper of a dateline (`【沙田訊】`, `（怡保讯）启华华小`).
            let tag = run.starts_with(['（', '【', '〔', '［', '(', '['])
                && run.contains(['）', '】', '〕', '］', ')', ']']);
            // In CJK text, words said twice are short (`研究研究`, `恭喜發財
            // 恭喜發財`: four different characters at most); a longer run of
            // ideographs or kana glued to itself is a copy (`視后周嘉欣視后
            // 周嘉欣主演`).
            // (Said twice on purpose, a phrase ends with the second
            // copy: `我愛你中國我愛你中國，`; a copy runs on into the text.)
            let ideographs = run.chars().all(|c| script::is_cjk(c) && c.is_alphabetic())
                && after.starts_with(|c: char| script::is_cjk(c) && c.is_alphabetic());
            // Behind a colon or comma printed twice, a shorter run is a
            // copy too (`地铁出行地铁出行：：`): text never doubles those.
            let doubled_colon =
                doubled_mark && after.starts_with(['：', ':', '，', ',', '、', '；']);
            // So is a CJK label before its colon (`编者按：编者按：本版…`):
            // no text says a label twice.
            let label = last == '：'
                && run.chars().count() >= 4
                && run[..run.len() - '：'.len_utf8()]
                    .chars()
                    .all(|c| script::is_cjk(c) && c.is_alphabetic());
            // So is a label in capitals before its colon (`LOTTO:LOTTO:`,
            // `AGM:AGM:`), and a run of Latin words glued to its copy
            // with no space (`Darren Michael PikeDarren Michael Pike, 29`):
            // text spaces the words it says twice.
            let latin = |c: char| c.is_alphabetic() && !script::is_cjk(c);
            let caps_label = last == ':'
                && run.len() > CAPS_LABEL_LETTERS
                && run[..run.len() - 1]
                    .chars()
                    .all(|c| c == ' ' || (latin(c) && c.is_uppercase()));
            let glued_words = run.starts_with(|c: char| latin(c) && c.is_uppercase())
                && latin(last)
                && run.contains(' ')
                && !after.starts_with(char::is_alphanumeric);
            let need = if doubled_colon || caps_label {
                DOUBLED_MARK_CHARS
            } else if label {
                // (Three letters and the colon.)
                LEAD_IN_CHARS - 1
            } else {
                LEAD_IN_CHARS
            };
            if (lead_in_end
                || doubled_mark
                || tag
                || ideographs
                || label
                || caps_label
                || glued_words)
                && seen.len() >= need
                && run.chars().count() <= MAX_PERIOD
            {
                let at = line.trimmed.start + end;
                let first = self.spans.len();
                push_span(&mut self.spans, at..at + end);
                // The mark after it printed twice goes too (`Em setembro,,`).
                if doubled_mark {
                    let m = after.chars().next().map_or(0, char::len_utf8);
                    let from = at + end + m;
                    push_span(&mut self.spans, from..from + m);
                }
                self.strong_runs(li, first);
                return;
            }
        }
    }

    /// A bold lead-in printed twice chunk by chunk at the start of line
    /// `li`, each chunk glued to its copy and the punctuation in it printed
    /// twice too, before text printed once:
    /// `记者昨日记者昨日从广州从广州地铁获悉地铁获悉：：地铁二十五号线…`,
    /// `NAKURUNAKURU,, TuesdayTuesday –– Hundreds…` (a space printed once
    /// between chunks, an en dash printed twice among them). The
    /// chunks (each the shortest that is glued to its copy, at most
    /// [`MAX_PERIOD`] characters) are at least two, hold at least
    /// [`LEAD_IN_CHARS`] different characters, and one of them is a comma,
    /// colon, semicolon or stop printed twice (`，，`, `、、`, `：：`, `,,`,
    /// `..`): text says words twice (`天天`,
    /// `研究研究`), never its punctuation. Strong on its own.
    ///
    /// The first chunk's copy starts where the line's first byte recurs:
    /// asked only where it does (see [`first_byte_recurs`]).
    pub(super) fn chunked_lead_in(&mut self, li: usize) {
        let line = &self.lines[li];
        let text = line.text(self.input);
        let bytes = text.as_bytes();
        // A mark printed twice must follow within the chunks' reach.
        if !holds_doubled_mark(&bytes[..bytes.len().min(8 * MAX_PERIOD)]) {
            return;
        }
        let first = self.spans.len();
        let (mut pos, mut chunks, mut marks) = (0, 0, 0);
        let mut seen = Vec::new();
        loop {
            // A space printed once may part the chunks of Latin text
            // (`NAKURUNAKURU,, TuesdayTuesday ––`).
            let spaced = pos > 0 && text[pos..].starts_with(' ');
            let Some(unit) = glued_unit(&text[pos + usize::from(spaced)..]) else {
                break;
            };
            pos += usize::from(spaced);
            let run = &text[pos..pos + unit];
            let mut chars = run.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                // A mark printed twice; an en dash goes with the chunks.
                match c {
                    '，' | '、' | '：' | '；' | '。' | ',' | ':' | ';' | '.' => marks += 1,
                    '–' => {}
                    _ => break,
                }
            } else {
                chunks += 1;
                run.chars()
                    .filter(|c| !is_space(*c))
                    .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            }
            let at = line.trimmed.start + pos + unit;
            push_span(&mut self.spans, at..at + unit);
            pos += 2 * unit;
        }
        if chunks < 2 || marks == 0 || seen.len() < LEAD_IN_CHARS {
            self.spans.truncate(first);
            return;
        }
        self.strong_runs(li, first);
    }

    /// A lead-in printed twice at the start of line `li` whose second copy
    /// the line break cuts (`O que mudou com a estrela?O que mudou com` /
    /// `a estrela? A…`): the line's text after the first copy is the
    /// start of it, the next line opens with the rest. Both parts of the
    /// second copy are recorded ([`Reason::RunAcrossBreak`]). Asked only
    /// on a page with other doubling.
    pub(super) fn lead_in_across(&mut self, li: usize) {
        let Some(next) = self
            .lines
            .get(li + 1)
            .filter(|n| !n.is_blank() && !n.page_break)
        else {
            return;
        };
        let line = &self.lines[li];
        let text = line.text(self.input);
        let bytes = text.as_bytes();
        if bytes.is_empty() {
            return;
        }
        let following = next.text(self.input);
        for end in glued_ends(bytes) {
            // `end` is a boundary: the byte there is the line's first.
            let (unit, part) = (&text[..end], &bytes[end..]);
            if part.len() >= end || !unit.as_bytes().starts_with(part) {
                continue;
            }
            let rest = unit[part.len()..].trim_start();
            let ends = unit.ends_with(['。', '：', ':', '.', '?']);
            let mut seen = Vec::new();
            unit.chars()
                .filter(|c| !is_space(*c))
                .for_each(|c| note_distinct(&mut seen, c, LEAD_IN_CHARS));
            let part_chars = text[end..].chars().filter(|c| !is_space(*c)).count();
            if !ends
                || rest.is_empty()
                || seen.len() < LEAD_IN_CHARS
                || part_chars < LEAD_IN_CHARS
                || !following.starts_with(rest)
            {
                continue;
            }
            let first = self.spans.len();
            push_span(&mut self.spans, line.trimmed.start + end..line.trimmed.end);
            let from = next.trimmed.start;
            let spaces = following[rest.len()..].len() - following[rest.len()..].trim_start().len();
            self.findings.push(Finding {
                line: li,
                strong: true,
                spans: first..self.spans.len(),
                why: Reason::RunAcrossBreak,
            });
            let first = self.spans.len();
            push_span(&mut self.spans, from..from + rest.len() + spaces);
            self.findings.push(Finding {
                line: li + 1,
                strong: true,
                spans: first..self.spans.len(),
                why: Reason::RunAcrossBreak,
            });
            return;
        }
    }

    /// Whether the stretch `runs` is whole Latin words, one at least of
    /// three letters, each letter printed alike (`mmaayyoorr`, `AA
    /// GGRRAANN`) and the spaces between them too: letters only, no other
    /// letter or digit on either side. Words double a letter or two in
    /// places (`bookkeeper`), never every one.
    pub(super) fn whole_word(&self, runs: &[Run]) -> bool {
        let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
            return false;
        };
        let end = last.start + last.count * last.clen;
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let (mut letters, mut longest) = (0, 0);
        for r in runs {
            if r.ws {
                if r.count != 2 {
                    return false;
                }
                letters = 0;
            } else if r.c.is_alphabetic() && !is_word_char(r.c) {
                letters += 1;
                longest = longest.max(letters);
            } else {
                return false;
            }
        }
        longest >= 3
            && !alnum(self.input[..first.start].chars().next_back())
            && !alnum(self.input[end..].chars().next())
    }
}

/// Whether the first byte of a line's text `b` recurs in the line's first
/// half, and within the bytes of [`MAX_PERIOD`] characters: where the copy
/// of a lead-in printed twice starts (see [`Finder::lead_in_copy`] and
/// [`Finder::chunked_lead_in`]). A line where it does not holds neither.
pub(super) fn first_byte_recurs(b: &[u8]) -> bool {
    let limit = (b.len() / 2).min(4 * MAX_PERIOD);
    limit > 0 && memchr::memchr(b[0], &b[1..=limit]).is_some()
}

/// Whether `b` holds a comma, colon, semicolon or stop printed twice
/// (`,,`, `::`, `..`, `，，`, `：：`, `、、`, `。。`): what
/// [`Finder::chunked_lead_in`] asks of a line before it looks for chunks.
/// ASCII marks by two searches, fullwidth ones by their lead bytes.
pub(super) fn holds_doubled_mark(b: &[u8]) -> bool {
    let ascii = memchr::memchr3_iter(b',', b':', b';', b).any(|i| b.get(i + 1) == Some(&b[i]))
        || memchr::memchr_iter(b'.', b).any(|i| b.get(i + 1) == Some(&b'.'));
    ascii
        || memchr::memchr2_iter(0xe3, 0xef, b).any(|i| {
            let mark = b.get(i..i + 3);
            matches!(
                mark,
                Some([0xe3, 0x80, 0x81 | 0x82]) | Some([0xef, 0xbc, 0x8c | 0x9a | 0x9b])
            ) && b.get(i + 3..i + 6) == mark
        })
}

/// The byte length of the shortest run (at most [`MAX_PERIOD`] characters)
/// that starts `text` and is followed at once by a copy of itself.
pub(super) fn glued_unit(text: &str) -> Option<usize> {
    text.char_indices()
        .skip(1)
        .take(MAX_PERIOD)
        .map(|(end, _)| end)
        .take_while(|&end| 2 * end <= text.len())
        .find(|&end| text[end..].starts_with(&text[..end]))
}

/// Appends the characters of `text` to `chars`, with room made for them
/// once (as many as bytes, at most) rather than as they come.
/// Where [`Finder::lead_in_across`] tries the first copy of a lead-in on
/// the line `bytes` (not empty) ending: a stop, a colon or a question mark
/// (the last byte of `.`, `:`, `?`, `。` or `：`) glued to the line's first
/// byte again, within the bytes of [`MAX_PERIOD`] characters; in order.
///
/// Found from where the line's first byte recurs (one search; in Latin
/// text a capital, seldom), not from the marks. `glued_ends_reference` is
/// the search from the marks; a property test checks that both agree.
pub(super) fn glued_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let limit = bytes.len().min(4 * MAX_PERIOD);
    // The byte after the mark ends the copy: at most `limit`, inside the
    // line.
    let last = limit.min(bytes.len() - 1);
    memchr::memchr_iter(bytes[0], &bytes[1..=last])
        .map(|k| k + 1)
        .filter(move |&end| match bytes[end - 1] {
            b'.' | b':' | b'?' => true,
            0x82 => bytes[..end].ends_with("。".as_bytes()),
            0x9a => bytes[..end].ends_with("：".as_bytes()),
            _ => false,
        })
}

/// [`glued_ends`] as first written: from the marks, then sorted.
#[cfg(test)]
pub(super) fn glued_ends_reference(bytes: &[u8]) -> Vec<usize> {
    let lead = bytes[0];
    let limit = bytes.len().min(4 * MAX_PERIOD);
    let glued = |i: usize| {
        let end = i + 1;
        let mark = match bytes[i] {
            b'.' | b':' | b'?' => true,
            0x82 => bytes[..end].ends_with("。".as_bytes()),
            0x9a => bytes[..end].ends_with("：".as_bytes()),
            _ => false,
        };
        (mark && bytes.get(end) == Some(&lead)).then_some(end)
    };
    let mut ends: Vec<usize> = memchr::memchr3_iter(b'.', b':', b'?', &bytes[..limit])
        .chain(memchr::memchr2_iter(0x82, 0x9a, &bytes[..limit]))
        .filter_map(glued)
        .collect();
    ends.sort_unstable();
    ends
}

pub(super) fn push_chars(chars: &mut Vec<char>, text: &str) {
    chars.reserve(text.len());
    for c in text.chars() {
        chars.push(c);
    }
}

/// Line `b` runs on from line `a` in CJK text, which breaks anywhere: no
/// blank line or page break between, CJK characters on both sides.
pub(super) fn runs_on_cjk(a: &Line, b: &Line) -> bool {
    !a.is_blank() && !b.is_blank() && !b.page_break && is_cjk(a.last) && is_cjk(b.first)
}
