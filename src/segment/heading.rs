//! Headings between body text: the rules that tell a short standalone
//! line from the last line of a paragraph.

use super::*;

impl Views {
    /// Line `i` sits in a run of short, unhyphenated, capitalised Latin
    /// lines: verse or a list, not the end of a paragraph.
    pub(super) fn in_verse(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.v.len()
            && (i - 1..=i + 1).all(|k| {
                let l = &self.v[k];
                !l.cjk && self.short(k) && !l.ends_hyphen && l.first.is_uppercase()
            })
    }

    /// CJK line `k` is indented otherwise than a paragraph opens: by more
    /// or less than the page's paragraph indent, or, where none is known,
    /// deeper than [`CJK_PARAGRAPH_INDENT`]; centred, as a headline is.
    pub(super) fn cjk_centred(&self, k: usize) -> bool {
        let x = &self.v[k];
        x.cjk
            && x.indent > x.base_indent
            && match self.cjk_paragraph_indent {
                Some(p) => (x.indent - x.base_indent).abs_diff(p) > 1,
                None => x.indent - x.base_indent > CJK_PARAGRAPH_INDENT,
            }
    }

    /// Text alone allows line `i` to be (part of) a heading.
    pub(super) fn heading_like(&self, i: usize) -> bool {
        let l = &self.v[i];
        // (A line ending on a dash goes on: `KŌWHAI BAY BOWLING CLUB —` /
        // `Annual general meeting, …`.)
        if !l.plain() || matches!(l.last, '—' | '–') {
            return false;
        }
        if l.cjk {
            !l.ends_sentence
        } else {
            // Old papers end headings with a period; a sentence set alone
            // is not one. (A subhead may quote a speaker: `‘Common
            // sense’`, `‘Cliff edge’ for pensioners`.)
            (l.first.is_uppercase() || l.first.is_numeric() || self.quoted_title(i))
                && l.latin_heading
                && (l.last != '.' || l.title_case)
        }
    }

    /// Latin line `i` opens with a quotation of a capitalised word that
    /// closes on it, a subhead quoting a speaker (`‘Common sense’`): not a
    /// quoted sentence (`"You either come to love it or you leave on the
    /// next boat."`), nor a quotation a colon above brings in (`… was
    /// blunt:` / `“Not on my watch”`).
    fn quoted_title(&self, i: usize) -> bool {
        let l = &self.v[i];
        l.quoted_capital && !l.ends_sentence && (i == 0 || self.v[i - 1].last != ':')
    }

    /// Looser than [`heading_like`](Views::heading_like), for lines set
    /// apart by the page itself (blank lines, a change of type, the top of
    /// the page): a headline may hold digits, a colon, a question.
    pub(super) fn headline_like(&self, i: usize) -> bool {
        let l = &self.v[i];
        if l.cjk || self.heading_like(i) {
            return self.heading_like(i);
        }
        // (A short phrase in capitals may hold a comma: `FIVE QUESTIONS,
        // ANSWERED`.)
        (l.plain() || (l.all_caps && l.marker == 0 && !l.ends_hyphen))
            && !matches!(l.last, '—' | '–')
            && (l.first.is_uppercase() || l.first.is_numeric() || self.quoted_title(i))
            && (!l.ends_sentence || matches!(l.last, '?' | '!') || l.title_case)
    }

    /// Line `i` belongs to a stack of at most four headline-like lines
    /// (headline, deck, byline) set off above and below by blank lines,
    /// the top of the page or an indented paragraph.
    fn in_headline_stack(&self, i: usize) -> bool {
        const STACK: usize = 4;
        // Its first line is headline-like; the others may go on in
        // lowercase (`La future médiathèque` / `ouvrira ses portes en 2026`).
        let part = |k: usize| {
            let l = &self.v[k];
            !l.inner_stop && self.headline_like(k)
                || (!l.cjk
                    && !l.inner_stop
                    && l.first.is_lowercase()
                    && l.plain()
                    && !l.ends_sentence)
        };
        let mut top = i;
        while !self.set_off(top) {
            if top == 0 || i - top + 1 >= STACK || !part(top - 1) {
                return false;
            }
            top -= 1;
        }
        let mut end = i;
        loop {
            match self.v.get(end + 1) {
                None => return false,
                // (A line going on in lowercase after the blank line: the
                // text runs on over a column break.)
                Some(n) if n.blank_before && !n.spacing && n.first.is_lowercase() => return false,
                Some(n) if (n.blank_before && !n.spacing) || self.hard_start(end + 1) => break,
                Some(_) if end + 1 - top < STACK && part(end + 1) => end += 1,
                Some(_) => return false,
            }
        }
        // (No heading ends in an article or a preposition; three lines or
        // more going on in lowercase to a stop are a paragraph, where a
        // deck on three lines ends in none: `Korfbaltrainer die drie` /
        // `generaties Alkmaarders` / `het spel leerde`.)
        let last = &self.v[end];
        let lower = (top + 1..=end)
            .filter(|&k| self.v[k].first.is_lowercase())
            .count();
        // (Nor is one sentence over lines, opening in sentence case:
        // `Compiled from reports of the Harlan` / `County Sheriff's
        // Office and the Oak` / `Hollow Police Department.`)
        let sentence = end > top
            && !self.v[top].title_case
            && !(top..end).any(|k| self.v[k].ends_sentence || self.v[k].inner_stop);
        // (Nor a lede of three lines or more opening on its dateline in
        // capitals, a stop after it: `KOLKATA: Nikhil Rawat struck …` /
        // `58 balls as …` / `Premier T20 League table.`)
        // (Not a headline in capitals over its deck: `FIRE AT THE DOCKS.`
        // / `Warehouses Destroyed and Two Men Hurt.`)
        let lede = self.v[top].caps_lede && !self.v[top].all_caps && end >= top + 2;
        let run_on =
            last.last == '.' && (lower >= 2 || (lower == 1 && end >= top + 2) || sentence || lede);
        part(top) && self.headline_like(top) && (top..=end).all(part) && !last.open_end && !run_on
    }

    /// Latin line `k` ends where the next line's first word would still have
    /// fitted on it, against the column of the text below: it was ended
    /// there on purpose, not wrapped.
    pub(super) fn ends_early(&self, k: usize) -> bool {
        let (l, Some(n)) = (&self.v[k], self.v.get(k + 1)) else {
            return false;
        };
        !l.cjk
            && !n.cjk
            && (l.width + SPACE_WIDTH + n.first_word) as f32 <= LAT_FIT * self.forward_col(k) as f32
    }

    /// Latin line `i` is part of a headline stack set without any blank
    /// line (headline, deck, over the lede): from the top of the page or a
    /// blank line down, at most three lines that are headline-like, end no
    /// sentence and are each followed by a capital; the first ends early
    /// (see [`ends_early`](Views::ends_early)), and the line after the
    /// stack opens a sentence (`The`, `Der`, see [`opens_sentence`]). A
    /// line of body text that ends early ends a paragraph, with a sentence
    /// end; a phrase that runs on goes on in lowercase; and a capital after
    /// a line without a sentence end starts a name, not a sentence's
    /// article or pronoun.
    fn in_tight_stack(&self, i: usize) -> bool {
        const STACK: usize = 3;
        let stacked = |k: usize| {
            let l = &self.v[k];
            let Some(n) = self.v.get(k + 1) else {
                return false;
            };
            !l.cjk
                && !l.inner_stop
                && (!l.ends_sentence || matches!(l.last, '?' | '!'))
                && l.last != ':'
                && (n.first.is_uppercase() || n.first.is_numeric())
                && self.headline_like(k)
        };
        let mut top = i;
        while !self.set_off(top) {
            if top == 0 || i - top + 1 >= STACK {
                return false;
            }
            top -= 1;
        }
        if !self.ends_early(top) || !(top..=i).all(stacked) {
            return false;
        }
        // The stack ends where a sentence or a dateline starts on the next
        // line.
        (i..top + STACK)
            .take_while(|&k| k == i || stacked(k))
            .any(|k| {
                self.v
                    .get(k + 1)
                    .is_some_and(|n| n.opens_sentence || n.dateline)
            })
    }

    /// Latin line `i` is a heading set right over its body text, with no
    /// blank line between (`Ruth M. Delgado, 78` / `Ruth Marie Delgado, a
    /// longtime …`, `Colour me unconvinced` / `SIR – Your columnist …`):
    /// set off above (a blank line, the top of a page), it opens with a
    /// capital, ends in a letter or a figure without a sentence end, and
    /// ends early (see [`ends_early`](Views::ends_early)), while the next
    /// line, opening with a capital, runs to the column's end as body
    /// text does. A line of a paragraph ends early only at the paragraph's
    /// end, and an address or a signature goes on in lines as short as
    /// itself. A line opening like a sentence (`The Apple` / `Lisa was a
    /// computer of`) may be one cut short: it is left to the other rules.
    pub(super) fn heads_body(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        let set_off = self.set_off(i) || self.after_paragraph(i);
        set_off
            && !l.cjk
            && !n.cjk
            && l.marker == 0
            && !l.byline
            && !l.dateline
            && !l.list_item
            && !l.ends_sentence
            && !l.inner_stop
            && !l.url_runs_on
            && !l.opens_sentence
            && !l.open_end
            && l.first.is_uppercase()
            && l.last.is_alphanumeric()
            && !n.blank_before
            && n.first.is_uppercase()
            && self.ends_early(i)
            && self.fills_column(i + 1, self.forward_col(i))
    }

    /// Line `i` is the title of a box of facts set right over its first
    /// entry (`SERVIÇO` / `Linha: 214 …`, `FACTS` / `Area: …`): a short
    /// phrase in capitals, no sentence, over a line that opens an entry of
    /// the box (see [`Views::box_entry`]); in CJK, see below.
    pub(super) fn box_title(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        // A CJK title with a label of its own, alone between blank lines
        // over the box's first entry or turn (`问与答：乐龄津贴怎么申请？` /
        // blank / `问：我今年67岁…`).
        if l.cjk {
            return l.entry_label
                && l.blank_before
                && n.blank_before
                && (n.entry_label || n.turn)
                && l.width + CJK_SHORT <= self.forward_col(i);
        }
        !l.cjk
            && l.caps_lead
            && l.plain()
            && !l.ends_sentence
            && !l.entry_label
            && !n.blank_before
            && n.entry_label
            && 2 * l.width <= l.col
            && self.box_entry(i + 1)
    }

    /// CJK line `i` is a headline over the dateline that opens its story
    /// on the next line (`合唱團週末義演` / `〔記者周嘉文／台北報導〕城南…`):
    /// no sentence's end or clause mark, narrower than the dateline's
    /// line, and the dateline right under it or after a blank line.
    pub(super) fn heads_dateline(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        l.cjk
            && n.cjk
            && n.dateline
            && l.marker == 0
            && !l.dateline
            && !l.ends_sentence
            && !l.inner_stop
            && !script::is_clause_mark(l.last)
            && l.width < n.width
    }

    /// Latin line `i`, set off above, opens a headline set a word to a line,
    /// as some extractors give one (`Marikina` / `dike` / `repairs` / `to` /
    /// …): [`WORD_STACK`] lines or more (but no more than
    /// [`WORD_STACK_MAX`]) of one word each, none ending a sentence, then a
    /// blank line. Running text sets several words to a line.
    pub(super) fn word_stack(&self, i: usize) -> bool {
        let one = |x: &View| {
            !x.cjk && !x.ends_sentence && x.marker == 0 && x.first_word + 100 * x.indent == x.width
        };
        if !self.set_off(i) || !one(&self.v[i]) {
            return false;
        }
        let run = self.v[i + 1..]
            .iter()
            .take(WORD_STACK_MAX)
            .take_while(|x| !x.blank_before && one(x))
            .count()
            + 1;
        (WORD_STACK..=WORD_STACK_MAX).contains(&run)
            && self.v.get(i + run).is_none_or(|n| n.blank_before)
    }

    /// Latin line `i` is a headline set across more columns than the text
    /// under it (`Liège : le pont de Fragnée fermé tout l’été` over a
    /// column two thirds as wide): at least [`WIDE_HEADLINE`] times as wide
    /// as any of the next lines (and the line above it), ending no sentence
    /// or clause, opening with a capital or a figure, over a line that opens
    /// a story (a sentence's first word, a dateline, a word in capitals),
    /// fills its column and runs on into the next (a capitalised word will
    /// do under a line set off above and [`FAR_WIDER_HEADLINE`] times as
    /// wide). Prose wrapped in one column does not change width so; a
    /// paragraph set on one line ends its sentence.
    fn wide_headline(&self, i: usize) -> bool {
        let (l, Some(n), Some(n2)) = (&self.v[i], self.v.get(i + 1), self.v.get(i + 2)) else {
            return false;
        };
        // Text under it, not a table's rows: two lines running on.
        if n.ends_sentence || n2.blank_before || self.row(i + 1) {
            return false;
        }
        let col = self.forward_col(i);
        // (The line above, if any, is no wider than the text under it.)
        let above = l.blank_before || i == 0 || self.v[i - 1].width <= col;
        above
            && !l.cjk
            && !n.cjk
            && !n.blank_before
            && l.marker == 0
            && l.complete()
            && (!l.ends_sentence || matches!(l.last, '?' | '!'))
            && (l.first.is_uppercase() || l.first.is_numeric())
            && l.width as f32 >= WIDE_HEADLINE * col as f32
            && (n.opens_sentence
                || n.dateline
                || n.caps_lead
                // (Or any capitalised word, a name (`Walter J. Abernathy,
                // who …`), under a line set off above and far wider.)
                || (l.blank_before
                    && n.first.is_uppercase()
                    && l.width as f32 >= FAR_WIDER_HEADLINE * col as f32))
            && self.fills_column(i + 1, col)
    }

    /// Line `i` opens a page's text: the first line (unless the text goes
    /// on from text before it), the first after a page break or a running
    /// head, or the first under the section's label that tops the page
    /// (see [`View::kicker`]).
    pub(super) fn page_top(&self, i: usize) -> bool {
        if i == 0 {
            return !self.continues || self.v[0].page_break;
        }
        self.v[i].page_break || self.v[i - 1].furniture || self.v[i - 1].kicker
    }

    /// Line `i` follows the end of a Latin paragraph: a short line ending a
    /// sentence that went on from the line before it (not a heading set
    /// alone with a period, `Die neue Brücke über den Strom.`).
    pub(super) fn after_paragraph(&self, i: usize) -> bool {
        i > 1 && {
            let p = &self.v[i - 1];
            !p.cjk
                && p.ends_sentence
                && !p.blank_before
                && !self.v[i - 2].ends_sentence
                && self.short(i - 1)
        }
    }

    /// Latin line `i` is the title of a brief set as wide as its text
    /// (`Chiude per restauro la biblioteca civica` / `La biblioteca
    /// resterà chiusa fino a giu-`): after a paragraph's end or under a
    /// section's label (`IN BREVE`), a phrase with no punctuation that
    /// ends in no article, preposition or conjunction (see
    /// [`is_function_word`]), over a line that opens a sentence (`La`,
    /// `The`, `Der`: see [`opens_sentence`]). In running text a capitalised
    /// article after a line with no sentence end starts a name, and the
    /// line before it either holds a comma or a sentence's end, or ends in
    /// a word the name completes. (Its width is an estimate: a title as
    /// wide as its text may measure a little wider.)
    fn brief_title(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        if l.cjk || n.cjk || n.blank_before || !self.fills_column(i + 1, self.forward_col(i)) {
            return false;
        }
        // (Or after a blank line under a sentence's end, an author's tag
        // in brackets counted (see [`tagged_sentence_end`]), where blank
        // lines part a page's items: `… einzureichen. (kw)` / blank /
        // `Schützenverein Hubertus Oberweiler` / `Die diesjährige …`.)
        let after_gap = l.blank_before && !l.spacing && i > 0 && self.v[i - 1].ends_sentence;
        let in_column = || {
            n.first.is_uppercase()
                // (Not a name in capitals going on: `… cari MARIA` /
                // `TERESA CIPRIANI ved. Marini, …`; nor one in title
                // case after a sentence's first words, `The Storm host
                // the Tennessee` / `Ridgebacks on Tuesday …`.)
                && !(l.caps_tail && n.caps_lead)
                && !(l.capital_tail
                    && l.opens_sentence
                    && !n.opens_sentence
                    && !n.caps_lead
                    && !n.dateline)
                && self.title_shaped(i, true)
                && self.in_brief_column(i)
        };
        // (In a column of briefs set tight, a title may follow a full
        // line's sentence end: `show on August 23. Ring` / `Marj on 0427
        // 118 603.` / `Pool hours cut for winter` / `The heated …`.)
        let after_sentence = i > 0 && !l.blank_before && self.v[i - 1].ends_sentence;
        if self.under_label(i) || after_gap || self.after_paragraph(i) {
            (self.title_shaped(i, false) && (n.opens_sentence || self.titles_its_text(i)))
                || in_column()
        } else {
            after_sentence && in_column()
        }
    }

    /// Latin line `i`, shaped as a title after a paragraph's end, heads
    /// the text under it, whatever word opens that (`Silnici u Humpolce
    /// uzavřou` / `HUMPOLEC Kvůli opravě …`, `Otomobil satışları geriledi`
    /// / `Otomotiv distribütörlerinin verilerine`): it stops where the
    /// next line's first word would have fitted, so it is no line of a
    /// paragraph wrapped, and it ends in a word in lowercase (after a
    /// capitalised one a name may go on in the next line), no name alone,
    /// over a line that opens with a capital.
    fn titles_its_text(&self, i: usize) -> bool {
        let l = &self.v[i];
        let opens = self.v.get(i + 1).is_some_and(|n| n.first.is_uppercase());
        // (Verse sets every line short: the paragraph above must fill
        // its column but for its last line, and this line be clearly
        // narrower than the next, at most 85% of its width.)
        let prose = l.blank_before
            || (i > 1
                && !self.short(i - 2)
                && self
                    .v
                    .get(i + 1)
                    .is_some_and(|n| u64::from(l.width) * 20 <= u64::from(n.width) * 17));
        opens && prose && l.last.is_lowercase() && !l.names && !l.capital_tail && self.short(i)
    }

    /// Latin line `i` is set right under a section's label (`IN BREVE`):
    /// a short heading-like line in title case or capitals (or a longer
    /// one in capitals between blank lines: `Z KRONIKI POLICYJNEJ`).
    fn under_label(&self, i: usize) -> bool {
        i > 0 && {
            let p = &self.v[i - 1];
            let set_off = p.all_caps && self.set_off(i - 1) && self.v[i].blank_before;
            // (A name alone, not in capitals, is a byline: `Tan Wei Ling`
            // over the lede, not `KORT NYT`.)
            !p.cjk
                && (p.title_case || p.all_caps)
                && !p.byline
                && !(p.names && p.last.is_lowercase())
                && self.heading_like(i - 1)
                && (2 * p.width <= p.col || set_off)
        }
    }

    /// Latin line `i` has a brief's title's shape: a phrase with no
    /// punctuation, set flush (an indented line opens a paragraph), opening
    /// with a capital and ending in no article,
    /// preposition or conjunction, a little narrower than the column. In
    /// a column of briefs (`in_column`), a title may hold a colon or a
    /// figure (`Goor: bieb langer open`, `Kafé Bonbon fyller 50`), a comma
    /// over a dateline in capitals, and be set as wide as the text or
    /// wider, in its own type.
    fn title_shaped(&self, i: usize, in_column: bool) -> bool {
        let l = &self.v[i];
        // (Over a dateline in capitals, or a sentence's first word, a
        // title in a column may hold a comma: `Giulianova, furto al
        // chiosco` / `GIULIANOVA. Ignoti …`, `TSV Oberweiler, Tischtennis`
        // / `Die Abteilung lädt …`.)
        let over_dateline = in_column
            && self
                .v
                .get(i + 1)
                .is_some_and(|n| n.caps_lead || n.opens_sentence);
        (l.plain() || (over_dateline && l.marker == 0 && !l.ends_hyphen))
            && (l.latin_heading || (in_column && l.last != ':'))
            && !l.ends_sentence
            && !l.inner_stop
            && !l.open_end
            && !l.byline
            && !l.dateline
            && !l.url_runs_on
            && l.indent <= l.base_indent
            && l.first.is_uppercase()
            && l.last.is_alphanumeric()
            && (in_column || l.width as f32 * LAT_FIT <= self.forward_col(i) as f32)
    }

    /// Line `i` opens an item of a column of briefs under a section's
    /// label (`IN BRIEF` / `Show entries close Friday` / `Entries for the
    /// …` / blank / `Road closed for resurfacing` / `Part of Tarrin Road
    /// …`): right under the label, or after a blank line (or, the items
    /// set tight, right) under an item that ends a sentence and opens with
    /// a title itself (over a line opening with a capital), at most
    /// [`BRIEF_ITEMS`] items of at most [`BRIEF_LINES`] lines on. There a
    /// title may stand over a line that opens with any capital.
    fn in_brief_column(&self, i: usize) -> bool {
        let mut s = i;
        for _ in 0..BRIEF_ITEMS {
            // (A label ends no sentence: `Serbien.` over a line of text is
            // an older paper's heading.)
            if self.under_label(s) && !self.v[s - 1].ends_sentence {
                return true;
            }
            if s == 0 || !self.v[s - 1].ends_sentence {
                return false;
            }
            // The item above, back to its first line: under a blank line,
            // or, the items set tight, the nearest title under a sentence's
            // end or the label.
            let tight = !self.v[s].blank_before;
            let title = |k: usize| {
                k > 0
                    && self.title_shaped(k, true)
                    && self.v[k + 1].first.is_uppercase()
                    && (self.v[k - 1].ends_sentence || self.under_label(k))
            };
            let mut k = s - 1;
            while !(self.v[k].blank_before || (tight && title(k))) {
                if k == 0 || s - k > BRIEF_LINES {
                    return false;
                }
                k -= 1;
            }
            if k + 1 == s || !self.title_shaped(k, true) || !self.v[k + 1].first.is_uppercase() {
                return false;
            }
            s = k;
        }
        false
    }

    /// CJK line `i`, opening a block in the text, is a title that parts
    /// its phrases with a comma (`区立図書館、夜間開館を拡大` over
    /// `品川区は４月から、区立図書館の夜`): no sentence's end in it or at
    /// its end, it ends in a letter, holds at most [`CJK_TITLE_CHARS`]
    /// characters, stops at least [`CJK_TITLE_SHORT`] short of the text's
    /// column, and the next line fills that column.
    /// A paragraph's first line fills its column as the next does; a line
    /// cut short before a long Latin word or figure shows it at one of its
    /// two ends.
    pub(super) fn cjk_comma_title(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        // (A line with no comma is left to the rules for plain lines; one
        // opening a quotation may be a paragraph's first line cut short.)
        if !l.cjk
            || !l.clause
            || !n.cjk
            || n.blank_before
            || l.doubled
            || n.marker > 0
            || !comma_headline(l)
            || matches!(l.first, '「' | '『' | '“' | '（' | '(')
        {
            return false;
        }
        // (Below U+3000: the dashes and the ellipsis that go on a clause.)
        let letter = |c: char| c >= '\u{3000}' && script::is_cjk(c) && !script::is_closer(c);
        let fwd = self.forward_col(i);
        letter(l.last)
            && letter(n.first)
            && l.width <= 200 * CJK_TITLE_CHARS as u32
            && l.width + CJK_TITLE_SHORT <= fwd
            && n.width + CJK_SHORT > fwd
    }

    /// Lines `j..=e` are a CJK headline of a few short lines set off by
    /// blank lines (`電機大手5社、` / `4社が上方修正` / blank / `データセンター向け
    /// 好調、円安も追い風`): `j` opens after a blank line, at most
    /// [`BOLD_STACK`] lines follow without one, and each is well short of
    /// its column and two ideographs or more narrower than the line under
    /// the blank line that ends them, all in one type (doubled or not); the
    /// last ends no sentence, clause or quotation; under a sentence's end,
    /// a new story's dateline or byline follows them. A column breaks only
    /// at a full line, and no paragraph ends so. Returns `e`.
    pub(super) fn cjk_short_stack(&self, j: usize) -> Option<usize> {
        if j > 0 && !self.v[j].blank_before {
            return None;
        }
        let e = (j..self.v.len().min(j + BOLD_STACK))
            .take_while(|&k| k == j || !self.v[k].blank_before)
            .last()?;
        let (l, n) = (&self.v[e], self.v.get(e + 1)?);
        // (All in one type: a plain deck under a headline in fake bold is
        // a heading of its own.)
        let narrow = |x: &View| {
            x.cjk && x.doubled == self.v[j].doubled && x.width + 2 * CJK_SHORT <= n.width
        };
        // (Under a sentence's end, inside a story, only over a new
        // story's start: `…徙置大廈。` / blank / `食水供應` / `明起再度限制` /
        // blank / `【本報訊】…`; a list's items or lines of verse go on in
        // the text, `…工事を行う。` / blank / `北町` / `南浜`.)
        let inside = j > 0 && self.v[j - 1].ends_sentence && !(n.dateline || n.byline);
        (n.cjk
            && n.blank_before
            && !inside
            && !l.ends_sentence
            && !script::is_clause_mark(l.last)
            && !script::is_closer(l.last)
            && (j..=e).all(|k| narrow(&self.v[k]) && self.short(k)))
        .then_some(e)
    }

    /// CJK line `i` is a title set flush between two paragraphs on a page
    /// that indents its paragraphs (`…と話した。` / `加賀谷町議会、新庁舎設計案を可決`
    /// / `　加賀谷町議会は１３日の臨`): the line above ends a sentence, the
    /// next opens a paragraph with its indent, and the line itself ends no
    /// sentence or clause and holds at most [`CJK_FLUSH_TITLE_CHARS`]
    /// characters. A paragraph's first line there would be indented too;
    /// however wide, the line is no part of the text's column.
    pub(super) fn cjk_flush_title(&self, i: usize) -> bool {
        let (l, Some(n)) = (&self.v[i], self.v.get(i + 1)) else {
            return false;
        };
        i > 0
            && l.cjk
            && n.cjk
            && !l.blank_before
            && !n.blank_before
            && self.v[i - 1].ends_sentence
            && self.shows_indents(true)
            && l.indent <= l.base_indent
            && n.indent > l.indent
            && self
                .cjk_paragraph_indent
                .is_none_or(|p| (n.indent - l.indent).abs_diff(p) <= 1)
            && comma_headline(l)
            && !l.byline
            && !l.cjk_signature
            && l.width <= 200 * CJK_FLUSH_TITLE_CHARS
    }

    /// The last line of the headline set in fake bold that line `i` opens
    /// (`HHaarroolldd  JJ..  PPeemmbbeerrttoonn,,  9911,,` / `rreettiirreedd
    /// …`, `築１００年の木造校舎、` printed twice / `解体前に最後の同窓会`
    /// printed twice), if it does: set off above, up to
    /// [`BOLD_STACK`] lines that all had doubled copies removed, none
    /// ending a sentence (but with `?` or `!`) or holding one's end, the
    /// first opening with a capital, a figure or CJK; then a blank line, a
    /// dateline or a hard start, and the type changes (the next line was not
    /// doubled),
    /// as it does between a headline and its text.
    pub(super) fn bold_stack_end(&self, i: usize) -> Option<usize> {
        let l = &self.v[i];
        let set_off = self.set_off(i);
        if !set_off
            || !l.doubled
            || l.marker > 0
            || l.byline
            || !(l.first.is_uppercase() || l.first.is_numeric() || l.cjk)
        {
            return None;
        }
        let line = |k: usize| {
            let x = &self.v[k];
            x.cjk == l.cjk
                && x.doubled
                && !x.inner_stop
                && x.marker == 0
                && (!x.ends_sentence || matches!(x.last, '?' | '!'))
        };
        // (A section's label in capitals over a headline set in lowercase
        // is a stack of its own, though in the same type: `PPOOLLÍÍCCIIAA`
        // / `LLaaddrrããoo  ffiiccaa  pprreessoo`.)
        if self.caps_label_over_lowercase(i) {
            return Some(i);
        }
        let mut e = i;
        while e + 1 - i < BOLD_STACK
            && self
                .v
                .get(e + 1)
                .is_some_and(|n| !n.blank_before && !self.hard_start(e + 1) && line(e + 1))
        {
            e += 1;
        }
        // (Or a dateline set tight under it: `cracks in spillway` printed
        // twice / `FORT ADLER, Texas (AP) —`.)
        let ends = self.v.get(e + 1).is_none_or(|n| {
            !n.doubled && ((n.blank_before && !n.spacing) || n.dateline || self.hard_start(e + 1))
        });
        ((i..=e).all(line) && ends).then_some(e)
    }

    /// Latin line `i` is a section's label in capitals (see
    /// [`View::kicker`]: `POLÍCIA`, `SAÚDE PÚBLICA`) over a capitalised
    /// line in lowercase, its headline: the case changes as the type does.
    fn caps_label_over_lowercase(&self, i: usize) -> bool {
        let l = &self.v[i];
        l.kicker
            && !l.cjk
            && l.caps_lead
            && l.caps_tail
            && self.v.get(i + 1).is_some_and(|n| {
                !n.cjk
                    && !n.blank_before
                    && script::is_uppercase(n.first)
                    && !n.all_caps
                    && !n.caps_tail
            })
    }

    /// Lines `a` and `b` (the next) are set tight and both end in a score
    /// (`BALLYCORR 1-14` / `ST FINIAN'S 2-10`) or both pair two sides
    /// (`Ballycorr v Drumlea` / `Kilmore v Castlebrack`): a box of two
    /// rows, where three make a table.
    pub(super) fn result_pair(&self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (self.v.get(a), self.v.get(b)) else {
            return false;
        };
        let ends_in_score = |v: &View| v.score && v.last.is_ascii_digit() && !v.cjk;
        ((ends_in_score(x) && ends_in_score(y)) || (x.pairs && y.pairs)) && !y.blank_before
    }

    /// Line `k` is a name in capitals set tight between a line ending no
    /// sentence and a line going on in lowercase, no byline (`par Hélène
    /// DUMAREST`): a death notice's sentence runs through it.
    pub(super) fn caps_name_in_sentence(&self, k: usize) -> bool {
        let x = &self.v[k];
        x.names
            && x.all_caps
            && !x.blank_before
            && k > 0
            && !self.v[k - 1].ends_sentence
            && self
                .v
                .get(k + 1)
                .is_some_and(|n| !n.blank_before && n.first.is_lowercase() && !n.byline)
    }

    /// CJK line `i`, between blank lines in plain type and flush with its
    /// neighbours, is as wide as the widest line of the text just before it
    /// and of the text just after it, and the text before ends a sentence.
    fn column_broken(&self, i: usize) -> bool {
        let l = &self.v[i];
        let Some(n) = self.v.get(i + 1) else {
            return false;
        };
        if i == 0 || !l.blank_before || !n.blank_before || l.doubled || l.marker > 0 {
            return false;
        }
        let p = &self.v[i - 1];
        let text = |x: &View| x.cjk && x.marker == 0 && !x.doubled && x.indent == l.indent;
        let before = self.v[i.saturating_sub(WINDOW)..i]
            .iter()
            .rev()
            .take_while(|x| text(x))
            .map(|x| x.width)
            .max();
        let after = self.v[i + 1..(i + 1 + WINDOW).min(self.v.len())]
            .iter()
            .take_while(|x| text(x))
            .map(|x| x.width)
            .max();
        p.ends_sentence
            && !p.blank_before
            && !n.ends_sentence
            && text(n)
            && before == Some(l.width)
            && after == Some(l.width)
    }

    /// Latin line `k` runs to the end of a column `col` wide (the text
    /// below, not a wider box above): the next line's first word would not
    /// have fitted on it, or it is not short of `col`.
    fn fills_column(&self, k: usize, col: u32) -> bool {
        let l = &self.v[k];
        let fits = self
            .v
            .get(k + 1)
            .is_some_and(|n| (l.width + SPACE_WIDTH + n.first_word) as f32 <= LAT_FIT * col as f32);
        !fits || l.width as f32 >= LAT_SHORT * col as f32
    }

    /// Line `k` could be a heading's second line: heading-like, but in
    /// Latin script it may start lowercase.
    fn heading_material(&self, k: usize) -> bool {
        let Some(l) = self.v.get(k) else {
            return false;
        };
        if l.cjk {
            self.heading_like(k)
        } else {
            // A second line in lowercase may hold digits (`ouvrira ses
            // portes en 2026`) and end a question (`nueva depuradora?`).
            l.plain()
                && ((!l.ends_sentence && l.latin_heading)
                    || (l.first.is_lowercase()
                        && (!l.ends_sentence || matches!(l.last, '?' | '!'))))
        }
    }

    /// By their text, line `j` can be the second line of a heading whose
    /// first line is `i`: heading material, or two Latin heading lines that
    /// both end in a period. Older German (and French, English) papers end
    /// every heading line with one (`Nichtamtliches.` over `Deutſches
    /// Reich.`), so a period there does not end the heading; a line whose
    /// punctuation differs from the first's is not in its style.
    fn heading_text_goes_on(&self, i: usize, j: usize) -> bool {
        let Some(b) = self.v.get(j) else {
            return false;
        };
        if self.heading_material(j) {
            return true;
        }
        // (Or a line after an article or a preposition, figures and all:
        // `Police seek driver in` / `Route 9 hit-and-run`; or after a verb
        // taking it for its object, `Water utility seeks` / `R2.4bn loan`.)
        let a = &self.v[i];
        let after_preposition =
            (a.ends_in_article || a.verb_end) && !b.cjk && b.plain() && !b.ends_sentence;
        after_preposition
            || (period_heading(a) && period_heading(b) && b.plain() && b.latin_heading)
    }

    /// CJK line `i` is an entry of a box of facts among others set tight
    /// about it, three in a run at least (`長度：約1.2公里` / `造價：約8億港元`
    /// / `動工：2025年4月`): no heading, though one alone may be
    /// (`廖宇軒：加強隴港青年交流`).
    pub(super) fn among_entries(&self, i: usize) -> bool {
        if !(self.v[i].cjk && self.v[i].entry_label) {
            return false;
        }
        let entry = |k: usize| self.v.get(k).is_some_and(|x| x.cjk && x.entry_label);
        let tight = |k: usize| self.v.get(k).is_some_and(|x| !x.blank_before);
        let up = (i > 0 && tight(i) && entry(i - 1)) as usize
            + (i > 1 && tight(i) && tight(i - 1) && entry(i - 1) && entry(i - 2)) as usize;
        let down = (tight(i + 1) && entry(i + 1)) as usize
            + (tight(i + 1) && tight(i + 2) && entry(i + 1) && entry(i + 2)) as usize;
        up + down >= 2
    }

    /// Line `i`, opening a block, is a heading: heading-like, and followed
    /// by a hard start or a change of type style, or standing between blank
    /// lines, or clearly narrower than the text after it; at the top of a
    /// page, a blank line under it is enough.
    pub(super) fn heading_here(&self, i: usize) -> bool {
        let Some(n) = self.v.get(i + 1) else {
            return false;
        };
        let l = &self.v[i];
        // A box's title over its first entry, though it ends a question;
        // a brief's title under a listing's last entry, though it holds a
        // colon.
        // (So is a CJK title set flush between indented paragraphs.)
        // (Not the date or the body set plain under a letter's signature:
        // `鄉長 吳文德 敬上` / `中華民國一一四年五月九日`.)
        if l.cjk && !l.doubled && i > 0 && self.v[i - 1].signs_off() {
            return false;
        }
        if self.box_title(i) || self.title_after_entry(i) || self.cjk_flush_title(i) {
            return true;
        }
        // A CJK quotation opened on the line and closed after a sentence's
        // end on the next, set off, is a pull quote, no heading (`“夜市是
        // 一座城市` / `最有人情味的地方。”`).
        if l.cjk
            && matches!(l.first, '“' | '「' | '『')
            && !script::is_closer(l.last)
            && !n.blank_before
            && n.ends_sentence
            && script::is_closer(n.last)
        {
            return false;
        }
        // A Latin line ending in an article or a preposition is a heading
        // only with the line it goes on into (`Police seek driver in` /
        // `Route 9 hit-and-run`); over text it opens the text (`Murtal.
        // Wer im Jänner die` / `Heizkostenzuschüsse des Landes beantragt`
        // / `hat, sollte …`).
        if !l.cjk && l.ends_in_article && !n.blank_before && !self.heading_goes_on(i, i + 1) {
            return false;
        }
        // A short sentence set tight under the text's last one, over the
        // letter's signature, closes the letter (`… she reads this.` /
        // `Thank you.` / blank / `Alan Whitcombe, Dieppe`).
        if !l.cjk
            && !l.blank_before
            && l.last == '.'
            && i > 0
            && self.v[i - 1].ends_sentence
            && (n.name_place || n.byline)
        {
            return false;
        }
        // A match's result under the report's byline is the report's, no
        // headline (`By Declan Furlong` / blank / `Kilmore 2-14 Ballyduff
        // 1-16`): the headline stands above the byline.
        if l.score && !l.cjk && i > 0 && self.v[i - 1].byline {
            return false;
        }
        // A line ending in a day whose month opens the next line goes on
        // into it: a date set over the line end, no title's end.
        if l.last.is_ascii_digit() && n.month_lead && !n.blank_before {
            return false;
        }
        // A letter's title, set off under the signature that closes the
        // letter before it, over its text set tight (`… in Kauf.` /
        // `Herbert Zach, Graz` / blank
        // / `Wer denkt an die Geschäfte?` / `Mein Mann und ich …`), or over
        // its salutation after a blank line (`Thank you, Ward 7` / blank /
        // `Sir – Please allow me …`).
        // (On a page pasted without blank lines, with none around the
        // signature: `PETER WAFULA, Bungoma` / `Land reforms need
        // patience` / `The county government's plan …`.)
        // (There it stops short, where a letter's first line fills the
        // column.)
        let set_off = (l.blank_before && !l.spacing)
            || (i > 1 && !l.blank_before && !self.v[i - 1].blank_before && self.short(i));
        if !l.cjk
            && set_off
            && i > 1
            && self.v[i - 1].name_place
            && self.v[i - 2].ends_sentence
            && (!n.blank_before || n.dateline || self.short(i))
            && !n.name_place
            && !n.first.is_lowercase()
            && !l.open_end
            && l.first.is_uppercase()
            && l.display()
            && !l.names
            && !l.name_place
            && !matches!(l.last, '.' | ',' | ';' | ':')
        {
            return true;
        }
        // A note on the writer under the piece's last sentence is text,
        // over the end, two blank lines or with a period of its own.
        if l.bio && i > 0 && self.v[i - 1].ends_sentence && (l.ends_sentence || n.blanks >= 2) {
            return false;
        }
        // A CJK name and a place in brackets right under a sentence's end
        // signs the letter above it (`…好好吃一顿饭。` / `林美华（槟城）`); so
        // does one between blank lines there, or under the letter's title,
        // over its text, blank lines about it or none (`缺工問題不能只靠移工`
        // / `王志明／退休教師（台南市）` / `近年各行各業都喊缺工，…`; not a
        // table's title over its rows, `外匯牌價（港元）`).
        let under_sentence = || self.v[i - 1].ends_sentence && (!l.blank_before || n.blank_before);
        let over_text = n.clause && l.blank_before == n.blank_before;
        if l.cjk_signature && i > 0 && (over_text || under_sentence()) {
            return false;
        }
        // An interviewer's question over its answer is text.
        if self.interview && (question_answered(l, n) || bold_question_answered(l, n)) {
            return false;
        }
        // A CJK headline over its deck, between blank lines.
        if l.cjk && self.cjk_headline_over_deck(i, i + 1) {
            return true;
        }
        // A CJK brief's title after its place and a slash, opening a block
        // over its text (`彰化／長者共餐再增5處` / `彰化縣政府今年…`).
        if l.place_title
            && !n.blank_before
            && n.cjk
            && (i == 0 || l.blank_before || self.v[i - 1].ends_sentence)
        {
            return true;
        }
        // A CJK label wholly in lenticular brackets, no dateline
        // (`【バスケットボール女子】` between results), is a heading.
        if l.cjk && l.first == '【' && l.last == '】' && !l.dateline && !l.clause {
            return true;
        }
        // A CJK line wholly in brackets is a note (`（単位：億円、…）`) or
        // the writer's signature (`（大肚山醫院藥劑部主任　蔡明宏）`), no
        // headline.
        if l.in_brackets() {
            return false;
        }
        // A CJK line alone between blank lines after a block's end, over a
        // paragraph's indented first line, is a headline though it holds a
        // comma (`中部の景況感、２期ぶり悪化`): no paragraph ends there
        // without a stop.
        // (Not a sentence closing a quotation: `他強調，「政府不會退讓」`.)
        if l.cjk
            && comma_headline(l)
            && !script::is_closer(l.last)
            && l.blank_before
            && n.blank_before
            && i > 0
            && (self.v[i - 1].ends_sentence
                || self.row(i - 1)
                || script::is_closer(self.v[i - 1].last))
            && self.hard_start(i + 1)
        {
            return true;
        }
        // So is a Latin line alone between blank lines after a sentence's
        // end, ending in a word, over a capitalised line (`Roda de Ter,
        // sense aigua dimarts`): a paragraph's last line ends with a stop,
        // and a column break inside a clause goes on as it began.
        if !l.cjk
            && comma_headline(l)
            && l.last.is_alphabetic()
            && script::is_uppercase(l.first)
            && l.blank_before
            && n.blank_before
            && !n.spacing
            && script::is_uppercase(n.first)
            && !l.names
            && !l.name_place
            && !l.byline
            && !l.open_end
            && i > 0
            && self.v[i - 1].ends_sentence
            && self.v.get(i + 2).is_some_and(|m| !m.blank_before)
        {
            return true;
        }
        // A title set off above, right over a dateline, a lede opening in
        // capitals or a letter's salutation (`Volunteers deserve our
        // thanks` / `Sir, – May I …`, `Heavy rain uproots 40 trees; …` /
        // `BENGALURU: Heavy rain …`), or a German brief's place
        // (`Radfahrer bei Sturz schwer verletzt` / `Oberaich. Schwer …`).
        if !l.cjk
            && (n.dateline
                // (Not a name in capitals going on: `… cari MARIA` /
                // `TERESA CIPRIANI ved. Marini, …`.)
                || (n.caps_lede && !n.all_caps && !l.caps_tail)
                // (A title ends in a word: `Geplant sind insgesamt 14` /
                // `Haltestellen. Die …` is a sentence going on.)
                || (n.place_mark && l.last.is_alphabetic()))
            && !n.blank_before
            && !l.open_end
            && self.set_off(i)
            && l.display()
            && !l.names
            // (Not a notice opening with a surname in capitals and a comma,
            // `BRANDT, Eugene R., 81, of Harlan` / `Falls, Sept. 28. …`.)
            && (!l.caps_lead || l.caps_lede)
            && l.first.is_uppercase()
        {
            return true;
        }
        // So is a Latin headline of two lines, set off above and over a
        // blank line and a dateline or a lede opening in capitals, its
        // first holding a comma (`Roseto,
        // corsi di nuoto` / `gratuiti per gli over 65` / blank / `ROSETO
        // DEGLI ABRUZZI. Partono …`).
        if !l.cjk
            && !n.blank_before
            && self
                .v
                .get(i + 2)
                .is_some_and(|m| (m.dateline || (m.caps_lede && !m.all_caps)) && m.blank_before)
            && self.set_off(i)
            && l.display()
            && n.display_wrapped()
            && !n.ends_sentence
            && !l.names
            && l.first.is_uppercase()
            // (Both short for the column: a caption over the text runs
            // its lines full, `Il sindaco Mario Rossi, a destra, durante`
            // / `la conferenza stampa in municipio`.)
            && self.short(i)
            && self.short(i + 1)
            && self.heading_goes_on(i, i + 1)
        {
            return true;
        }
        // A day's date alone over the entries of a listing (`Freitag, 14.
        // März` / `Lindenau. 19.30 Uhr, Stadthalle: …`).
        if l.day_title && (n.first.is_uppercase() || n.first.is_ascii_digit()) {
            return true;
        }
        // A Latin line alone between blank lines over a story's dateline
        // is its headline, though it holds a comma or runs wider than the
        // column (`Chợ Bến Gỗ tạm dời, tiểu thương lo mất khách` / blank /
        // `(SH) - Từ ngày 1-4, …`); or over a lede opening in capitals
        // (`Alba Adriatica, arriva lo scuolabus elettrico` / blank / `ALBA
        // ADRIATICA. Da lunedì …`).
        if !l.cjk
            && (n.dateline || (n.caps_lede && !n.all_caps))
            && n.blank_before
            && self.set_off(i)
            && l.display()
            && !l.open_end
            && !matches!(l.last, ',' | ';' | ':')
            && !l.names
            && !l.name_place
            && l.first.is_uppercase()
        {
            return true;
        }
        // A quotation over its speaker, on its next line or the one after
        // (`「每次收工都會同劇組` / `去食碗紅豆沙」` / `──周嘉欣`), is a pull
        // quote: a paragraph.
        let speaker = |k: usize| {
            self.v
                .get(k)
                .is_some_and(|x| x.attribution && !x.blank_before)
        };
        let quote = matches!(l.first, '「' | '“' | '『');
        if quote && (speaker(i + 1) || (!n.blank_before && speaker(i + 2))) {
            return false;
        }
        // So is a CJK quotation alone between blank lines in the text, on
        // a line or two (`「地域の足は自分たちで` / `守るしかない」`); at a
        // page's top it may be the headline.
        let closes = |x: &View| matches!(x.last, '」' | '』');
        let alone = |k: usize| self.v.get(k + 1).is_none_or(|x| x.blank_before);
        if l.cjk
            && matches!(l.first, '「' | '『')
            && l.blank_before
            && !self.page_top(i)
            && ((closes(l) && alone(i)) || (!n.blank_before && closes(n) && alone(i + 1)))
        {
            return false;
        }
        // A line that ends inside a URL goes on; so does one that ends in
        // an article or a preposition before a line going on in lowercase,
        // unless the heading goes on there too.
        if l.url_runs_on
            || (l.open_end && n.first.is_lowercase() && !self.heading_goes_on(i, i + 1))
        {
            return false;
        }
        // On a page that shows its indents, an indented CJK line opens a
        // paragraph, though a column break cuts it short
        // (`　厚生労働省の中央最低賃` / blank / `金審議会は…`).
        // (Indented as its paragraphs are, or set right under text: a line
        // set off above, or under such a line, or in the stack at a page's
        // top, deeper or less deep, is centred, as a section label, a
        // headline or its deck is.)
        // (Where no paragraph's indent is known, one deeper than any a
        // paragraph takes, two ideographic spaces, is centring.)
        let centred = |k: usize| self.cjk_centred(k);
        if l.cjk
            && self.shows_indents(true)
            && l.indent > l.base_indent
            && !(centred(i)
                && (self.set_off(i)
                    || self.in_top_stack(i)
                    || (i > 0 && self.set_off(i - 1) && centred(i - 1))))
            && !l.ends_sentence
        {
            return false;
        }
        // So does a Latin line indented as a paragraph, going on in the
        // next line set flush (`   Kirsty Lowrie, of Hunter` / `Street,
        // Auchterarder, admitted …`); a centred heading stands alone.
        if !l.cjk
            && self.shows_indents(false)
            && l.indent > l.base_indent
            && l.indent <= l.base_indent + PARAGRAPH_INDENT
            && !n.blank_before
            && n.indent <= l.base_indent
            && !l.ends_sentence
        {
            return false;
        }
        // A name right under the text's last sentence, a blank line under
        // it, signs that text (`… ông Hải khẳng định.` / `HOÀI THU`).
        if l.names
            && i > 0
            && !l.blank_before
            && !l.page_break
            && n.blank_before
            && self.v[i - 1].ends_sentence
        {
            return false;
        }
        // A CJK line set off by blank lines that runs exactly as wide as
        // the text on both sides is a paragraph's first line cut off by a
        // column break (`東華大學海洋生物研究室主任許文彬` / blank /
        // `指出，潮間帶是…`): a headline is set to its own length.
        if l.cjk && self.column_broken(i) {
            return false;
        }
        // A name in capitals alone between blank lines under the text's
        // last sentence, over a label in capitals or a marked line, signs
        // the story (`… i flickklassen.` / `HELENA BERGKVIST` /
        // `RESULTAT`); so does one in title case, an obituary's writer
        // over the next obituary's name (`Peter Doyle` / `ROBERT "BOB"
        // KINNANE`).
        if l.names
            && l.blank_before
            && n.blank_before
            && i > 0
            && self.v[i - 1].ends_sentence
            && (n.all_caps || n.marker > 0)
        {
            return false;
        }
        // Two lines ending in scores or pairing two sides, set tight, are
        // a box of two rows, no headlines (`BALLYCORR 1-14` / `ST
        // FINIAN'S 2-10`).
        if self.result_pair(i, i + 1) || (i > 0 && self.result_pair(i - 1, i)) {
            return false;
        }
        // A CJK line alone between blank lines under a section's label
        // alone between blank lines, over the text, is a brief's title,
        // though nearly as wide as the column (`财经简讯` / blank /
        // `本地车企发布新款电动货车` / blank / `滨江汽车集团昨日发布…`).
        // (The blank lines read as spacing where the lines around are of
        // one width: the label's shortness tells.)
        if l.cjk
            && i > 0
            && l.blank_before
            && n.blank_before
            && n.cjk
            && !l.clause
            && comma_headline(l)
            && self.v.get(i + 2).is_some_and(|m| !m.blank_before)
            && {
                let p = &self.v[i - 1];
                p.cjk
                    && p.blank_before
                    && !p.clause
                    && comma_headline(p)
                    && 2 * p.width <= l.width
                    && self.heading_like(i - 1)
            }
        {
            return true;
        }
        // A name in capitals inside a notice's sentence, and the line that
        // leads into it, are text: `Serenamente si è spenta` / `MARIA
        // GRAZIA FORLINI` / `ved. Marcozzi, di anni 91.`
        if self.caps_name_in_sentence(i)
            || (!l.ends_sentence && !n.blank_before && self.caps_name_in_sentence(i + 1))
        {
            return false;
        }
        // Set apart by the page itself: a headline stack between blank
        // lines, capitals throughout, or the type changing after it.
        if self.headline_like(i)
            && (self.in_headline_stack(i)
                || self.in_tight_stack(i)
                || l.all_caps
                || (l.ends_bold() && !n.doubled && !n.first.is_lowercase()))
        {
            return true;
        }
        // A label in capitals with a note in brackets, set off above after
        // a sentence's end and short of the text's column, over a line of
        // text that fills it, is an item's title (`TAUREAU (20 avril – 20
        // mai)` / `Côté finances, évitez …`): a story opening on its
        // dateline fills its first line.
        if !l.cjk
            && l.caps_lead
            && l.last == ')'
            && l.marker == 0
            && !l.clause
            && !l.byline
            && !l.ends_sentence
            && l.blank_before
            && !l.spacing
            && i > 0
            && self.v[i - 1].ends_sentence
            && !n.blank_before
            && !n.cjk
            && n.first.is_uppercase()
            && (l.width as f32) < LAT_SHORT * self.forward_col(i) as f32
            && self.fills_column(i + 1, self.forward_col(i))
        {
            return true;
        }
        let top = self.page_top(i);
        // At the top of a page, over a blank line, a CJK headline may part
        // its phrases with a comma (`路線バス、運転手不足で減便相次ぐ`); it
        // is not as wide as the column of the text after it, as the text's
        // first line would be.
        if top
            && n.blank_before
            && l.cjk
            && comma_headline(l)
            && l.width.abs_diff(self.forward_col(i)) >= CJK_SHORT
        {
            return true;
        }
        // So may a Latin one over a blank line and a deck or a byline
        // (`Tram T2, al via i lavori in Valle Brembana`).
        if top
            && n.blank_before
            && !n.spacing
            && !l.cjk
            && byline_headline(l)
            && l.complete()
            && !l.inner_stop
            && (n.first.is_uppercase() || n.first.is_numeric())
            && (n.display() || n.byline)
        {
            return true;
        }
        // A name over the text that opens with it, set off above; a name
        // and an age between blank lines, an obituary's head.
        let named = (l.names_next || (l.obituary && n.blank_before))
            && !l.ends_sentence
            && !l.byline
            && (self.set_off(i) || self.after_paragraph(i));
        if named
            || self.word_stack(i)
            || self.heads_body(i)
            || self.wide_headline(i)
            || self.bold_stack_end(i).is_some()
            || self.cjk_comma_title(i)
            || self.brief_title(i)
        {
            return true;
        }
        // In the stack at a page's top, a CJK line well short of the text's
        // column is display type though it holds a comma (`「失敗しても、
        // また書けばいい」` over `作家　中村遥さん` and the lede); a line
        // printed in fake bold is measured without its copies, and is not.
        // A line printed again whole there is set in bold display type,
        // however wide (`鷹見ＦＣ、終了間際に逆転` twice over its deck),
        // but for a lede in bold, its lines each printed again going on
        // to a sentence's end (`政府将在未来三年内，在全岛各个组屋区` twice
        // / … / `就近参与健身、学习和社交活动。` twice).
        let bold_lede = || {
            (i..self.v.len().min(i + TOP_STACK))
                .take_while(|&k| k == i || (self.v[k].copied && !self.v[k].blank_before))
                .any(|k| self.v[k].ends_sentence)
        };
        if l.cjk
            && comma_headline(l)
            && self.in_top_stack(i)
            && ((l.copied && !bold_lede())
                || (!l.doubled && 4 * l.width <= 3 * self.forward_col(i)))
        {
            return true;
        }
        // At the top of a page, right above a byline (or above a deck
        // right above one), a headline or its deck may hold a comma
        // (`Ponte chiuso, Vercelli divisa in due` over `Di Marco Ferri`;
        // `加装电梯、更新管网、适老化改造同步推进` over `本报记者 王晓燕`).
        let display = |x: &View| byline_headline(x) || (x.cjk && comma_headline(x));
        // (A blank line may part the byline from the stack at a page's
        // top: `…mandátů, účast stoupla` / blank / `PAVLA KŘENKOVÁ`.)
        let over_byline = (!n.blank_before || (self.in_top_stack(i) && !n.spacing))
            && (n.byline
                || (display(n)
                    && self
                        .v
                        .get(i + 2)
                        .is_some_and(|x| x.byline && !x.blank_before)));
        // So may a headline over a byline in the text, where a new story
        // starts after a paragraph's end or a blank line (`Moreno throws
        // for three scores in 35-14 homecoming win` / `By Sam Ortega`).
        let opens_story = self.in_top_stack(i)
            || self.after_paragraph(i)
            || (l.blank_before && !l.spacing && i > 0 && self.v[i - 1].ends_sentence);
        if over_byline && opens_story && display(l) && l.complete() {
            return true;
        }
        // So may a headline of two lines at a page's top whose first ends
        // in a comma, the second going on in lowercase to the headline's
        // end over a blank line and the byline (`Kampen krijgt hogere
        // dijk,` / `maar de bomen moeten weg` / blank / `Door Femke de
        // Wit`).
        if !l.cjk
            && l.last == ','
            && self.in_top_stack(i)
            && l.marker == 0
            && (l.first.is_uppercase() || l.first.is_numeric())
            && !n.blank_before
            && n.first.is_lowercase()
            && !n.ends_sentence
            && !matches!(n.last, ',' | ';' | ':' | '-')
            && n.complete()
            && self.v.get(i + 2).is_some_and(|x| x.byline && !x.spacing)
        {
            return true;
        }
        // A CJK line alone between blank lines, well short of the column
        // of the text under it or after a sentence's end, is a heading
        // though it holds a comma (`円、１ドル＝１５２円台`,
        // `《阿嬤的麵攤》票房破億`): a paragraph's last line ends its
        // sentence, and a column break falls inside a longer run of text.
        // (Not a quotation's end: `他強調，「政府不會退讓」` is a
        // paragraph of its own.)
        if l.cjk
            && n.cjk
            && self.set_off(i)
            && n.blank_before
            && !n.spacing
            && !l.byline
            && !script::is_closer(l.last)
            && comma_headline(l)
            && (l.width + 2 * CJK_SHORT <= self.forward_col(i)
                || (i > 0 && self.v[i - 1].ends_sentence))
        {
            return true;
        }
        // A CJK line set flush under a full line of the text on a page that
        // shows its indents, ending in the colon that brings in a list, is
        // the paragraph's last line (`…提供免費接駁車。` / `管制路段如下：` /
        // `順天路：…`): a title would stand off the text or change its type.
        if l.cjk
            && l.last == '：'
            && i > 0
            && !l.blank_before
            && !l.doubled
            && l.indent <= l.base_indent
            && self.shows_indents(true)
            && self.v[i - 1].cjk
            && !self.v[i - 1].doubled
            && !self.short(i - 1)
        {
            return false;
        }
        if !self.heading_like(i) {
            return false;
        }
        // A Latin line whose next line starts lowercase goes on into it,
        // unless the two make a two-line heading.
        if !l.cjk
            && n.first.is_lowercase()
            && (!self.heading_goes_on(i, i + 1)
                || self.v.get(i + 2).is_some_and(|x| x.first.is_lowercase()))
        {
            return false;
        }
        if self.hard_start(i + 1) || l.ends_bold() != n.doubled || (top && n.blank_before) {
            return true;
        }
        // One or two lines set off by blank lines, where blank lines are
        // not the spacing of every line (but not a line alone that ends in
        // an article or a preposition, cut off at a column's foot).
        // (Under the blank line the text must open anew: one going on in
        // lowercase runs on over a column break.)
        let spaced = |k: usize| {
            self.v
                .get(k)
                .is_some_and(|x| x.blank_before && !x.first.is_lowercase())
        };
        if spaced(i)
            && !self.double_spaced(i)
            && ((spaced(i + 1) && !l.open_end)
                || (self.heading_text_goes_on(i, i + 1) && spaced(i + 2)))
        {
            return true;
        }
        // A Latin heading of two lines set tight between paragraphs, under
        // a sentence's end: its second line shorter, ending in a word, over
        // a full line opening with a capital (`eingereicht werden.` /
        // `Feuerwehr bekommt neues` / `Löschfahrzeug` / `Die Freiwillige
        // Feuerwehr …`): no paragraph's last line ends without its stop.
        if !l.cjk
            && i > 0
            && self.v[i - 1].ends_sentence
            && !l.blank_before
            && !n.blank_before
            && l.latin_heading
            && n.latin_heading
            && n.few_words
            && !n.names
            && l.last.is_alphabetic()
            && n.last.is_alphabetic()
            && n.width < l.width
            && self.short(i + 1)
            && self.v.get(i + 2).is_some_and(|m| {
                !m.blank_before && !m.cjk && m.first.is_uppercase() && !self.short(i + 2)
            })
        {
            return true;
        }
        // The text after it: the next line, or the line after a second
        // heading line.
        let after = if self.heading_text_goes_on(i, i + 1) {
            i + 2
        } else {
            i + 1
        };
        // A heading heads text. A Latin line followed by a line standing
        // alone that is no heading either (`Wilhelm.` over `Redaction und
        // Rendantur: Schwieger.`, a name over a dateline) is one of a run
        // of short lines set apart: a signature, an address, an imprint.
        // Not so a numbered section or a two-line heading: those are
        // headings even over a dateline.
        if !l.cjk
            && !l.section
            && after == i + 1
            && self.stands_alone(i + 1)
            && !self.heading_like(i + 1)
        {
            return false;
        }
        // Narrower than the text after it: than the column further on, or
        // than that text's first line where it is narrower still (a lede's
        // narrow column, a short line). In Latin script a line that is not
        // short for the column is body text a little shy of the edge, and
        // only the column counts.
        let fwd = self.forward_col(i);
        // In CJK, past a third line of a stack of headline and deck
        // (short lines without punctuation) to the text under them.
        let after = if l.cjk
            && self
                .v
                .get(after)
                .is_some_and(|x| self.heading_like(after) && 2 * x.width <= fwd)
            && self.v.get(after + 1).is_some_and(|x| !x.blank_before)
        {
            after + 1
        } else {
            after
        };
        let reference = match self.v.get(after) {
            // A numbered section heading (`II. Zeitungs⸗Nachrichten.`) is
            // often followed by a subhead or a dateline as short as itself:
            // only the column counts.
            _ if l.section => fwd,
            Some(x) if l.cjk => x.width.min(fwd),
            Some(x) if (x.width as f32) < LAT_SHORT * fwd as f32 => x.width,
            _ => fwd,
        };
        let ratio = if l.cjk {
            CJK_HEAD_RATIO
        } else {
            LAT_HEAD_RATIO
        };
        l.width as f32 <= ratio * reference as f32
    }

    /// Latin line `j`, capitalised, is the second line of the headline on
    /// line `i` right above it, not its deck: no wider than it (a deck is
    /// set smaller, so wider), or by a fifth after a preposition that ends
    /// no headline (`Bayside rallies past` / `Millbrook in overtime`),
    /// neither ending a sentence, and
    /// the heading ending under it at a blank line or a byline (`Shipyard
    /// lands $640 million` / `Navy contract`).
    pub(super) fn latin_pair(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        // (Wider by a fifth after a preposition that ends no headline.)
        let width = if a.ends_in_preposition {
            5 * b.width <= 6 * a.width
        } else {
            b.width <= a.width
        };
        !a.cjk
            && !b.cjk
            && !a.ends_sentence
            && !b.ends_sentence
            && !b.byline
            && !b.dateline
            && !b.names
            && b.display()
            && width
            && self.v.get(j + 1).is_none_or(|n| n.blank_before || n.byline)
    }

    /// Line `j` continues the one-line heading at `i`: heading material
    /// set right under it in the same type, short for the text after it.
    pub(super) fn heading_goes_on(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        // (A letter's signature under its title is none of it:
        // `公車班次太少` / `林志成（高雄市）`.)
        if b.blank_before
            || b.cjk_signature
            || a.ends_bold() != b.doubled
            || (a.ends_sentence && !period_heading(a))
            || j + 1 >= self.v.len()
        {
            return false;
        }
        if !self.heading_text_goes_on(i, j) || (!a.cjk && (a.numbered || b.numbered)) {
            return false;
        }
        // At the top of a page, a CJK headline's second line is its deck,
        // a heading of its own (but for a quotation broken across them);
        // in the text, a subhead set on two lines is one.
        let quoted = matches!(a.first, '「' | '『' | '“') && !script::is_closer(a.last);
        // (Nor a line ending in a particle that binds it to the next:
        // `代打森下の一打で` / `オーシャンズ逆転勝ち`.)
        // (So is one over the dateline that opens the story: `港町に映画館が
        // 復活` / `――閉館から１５年、有志が再建` / `【潮見】…`.)
        let over_dateline = self.v.get(j + 1).is_some_and(|n| n.dateline && n.cjk);
        // (Nor one ending on a colon, the headline going on after it:
        // `水墨裏的城市：` / `年輕畫家重寫維港風景`.)
        // (Nor the headline's second phrase, in the same type as its first:
        // `二百餘戶災民` / `無家可歸` / `【本報訊】…`.)
        if a.cjk
            && !quoted
            && !script::binding_particle(a.last)
            && (a.last != '：' || b.last == '：')
            && (self.page_top(i) || over_dateline)
            && !(j == i + 1 && self.cjk_pair(j))
        {
            return false;
        }
        // A section's label (`體育`, `地方短波`) over a wider headline is a
        // heading of its own.
        if a.cjk && a.width <= CJK_LABEL_WIDTH && b.width >= a.width + CJK_SHORT {
            return false;
        }
        // A capitalised Latin line under a heading starts its own (a deck,
        // a byline), but for old papers' headings that end in periods, and
        // after an article or a preposition (`… dispute as` / `Cill
        // Chiaráin residents …`), or a verb that takes its object on the
        // next line (`Water utility seeks` / `R2.4bn loan`); a quoted
        // phrase in lowercase goes on.
        let lowercase_or_periods = b.first.is_lowercase()
            || b.quoted_lowercase
            || (period_heading(a) && period_heading(b))
            || a.open_end
            || (a.verb_end && 5 * b.width <= 6 * a.width)
            || self.caps_goes_on(i, j);
        if !b.cjk && !lowercase_or_periods && !self.latin_pair(i, j) {
            return false;
        }
        // The heading ends after line `j`.
        let n = &self.v[j + 1];
        let ratio = if b.cjk {
            CJK_HEAD_RATIO
        } else {
            LAT_HEAD_RATIO
        };
        // (Or both lines stop well short of the column, no sentence ended,
        // over a capitalised line wider than them: no paragraph sets two
        // short lines in a row. `Obras no Porto Interior` / `arrancam na
        // quarta-feira` / `As obras de reforço do muro de pro-`.)
        let col = self.forward_col(j) as f32;
        let pair = !a.cjk
            && !b.ends_sentence
            && !b.open_end
            && (a.width.max(b.width) as f32) <= LAT_PAIR_RATIO * col
            && script::is_uppercase(n.first)
            && n.width > b.width;
        // (Capitals end at a line in lowercase under them: the type
        // changes.)
        self.hard_start(j + 1)
            || (n.blank_before && !self.double_spaced(j + 1))
            || (a.all_caps && self.caps_goes_on(i, j) && !n.all_caps)
            || b.width as f32 <= ratio * col
            || pair
    }

    /// Latin line `k` stands alone: short, and ending a sentence or with a
    /// colon, it is a block of one line.
    fn stands_alone(&self, k: usize) -> bool {
        let l = &self.v[k];
        !l.cjk && (l.ends_sentence || l.last == ':') && self.short(k)
    }

    /// Line `k` sits in a run of lines that all have blank lines between them.
    pub(super) fn double_spaced(&self, k: usize) -> bool {
        self.v.get(k).is_some_and(|v| v.spacing)
    }
}
