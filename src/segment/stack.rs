//! Headline stacks at the top of a page: section label, headline, deck
//! and byline.

use super::*;

/// A CJK section's label set plain is at most this wide, four ideographs
/// (`健康`, `藥師信箱`): a line wider opens a headline.
const CJK_LABEL_WIDTH: u32 = 800;

/// A currency's sign, which may open a deck as a figure does (`$410
/// million plan would link …`).
fn currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥')
}

impl Views {
    /// Marks the headline stacks at the tops of pages (see
    /// [`View::top_stack`]): a new heading opens at each line of a stack
    /// but a Latin line that goes on in lowercase or after an article, a
    /// preposition, a comma or a hyphen (`Ferry service to resume after`
    /// / `two-year wait for islanders`). A CJK headline's lines are
    /// headline and deck, a heading each, but two phrases in the same type
    /// (see [`Views::cjk_pair`]).
    pub(super) fn mark_top_stacks(&mut self) {
        // A line in capitals read as the section's label, a phrase of two
        // words or more, goes on into the headline's next line in capitals
        // no wider by a fifth: the headline's first line (`SECA DERRUBA
        // SAFRA` / `DE MILHO NO CERRADO`; not `WEATHER` / `HEATWAVE`).
        // So does a short CJK line into the line under it in the same
        // type, set tight, a phrase of one headline with it (`大肚山輕軌` ×2
        // / `綜合規劃核定` ×2, `路環舊市區` / `海堤加高工程下月展開`): a label is set
        // in a type of its own, or apart, or shorter.
        for k in 1..self.v.len() {
            let (a, b) = (&self.v[k - 1], &self.v[k]);
            let cjk_pair = a.kicker_phrase
                && a.cjk
                && (a.doubled || a.width > CJK_LABEL_WIDTH)
                && !b.blank_before
                && self.cjk_pair(k);
            // (A label of more words, articles among them, goes on into
            // any line in capitals set tight under it: `END OF THE LINE` /
            // `FOR THE TOWN'S LAST TRAM`.)
            let long_caps = a.kicker && !a.few_words && b.all_caps && !b.blank_before;
            if (a.kicker_phrase && self.caps_pair(k)) || cjk_pair || long_caps {
                self.v[k - 1].kicker = false;
            }
        }
        let mut i = 0;
        while i < self.v.len() {
            let at = i;
            i += 1;
            if let Some((top, end)) = self
                .deck_between_blanks_under(at)
                .or_else(|| self.headline_over_byline(at).map(|end| (at, end)))
            {
                // (The display lines above a deck, up to the page's top,
                // are its headline's, however they are set: `Pensioni, il
                // governo apre` / `alla flessibilità in uscita`, centred.)
                for g in top..at {
                    if self.v[g].top_stack == 0 && (g == top || self.v[g].blank_before) {
                        let group_end = (g + 1..at)
                            .find(|&x| self.v[x].blank_before)
                            .map_or(at - 1, |x| x - 1);
                        self.mark_stack_lines(g, group_end);
                    }
                }
                self.mark_stack_lines(at, end);
                self.caps_byline_under(end + 1);
                self.place_under_byline(end + 2);
                i = end + 1;
                continue;
            }
            // (Nor at a page's top where the text runs on from the page
            // before: `…訪問。「水` / form feed / `がどこまで来たか」「ど`.)
            // (A running head opens no stack: the stack starts under it.)
            if self.v[at].kicker
                || self.v[at].furniture
                || !self.page_top(at)
                || (self.v[at].page_break && self.goes_on_over_page(at))
            {
                continue;
            }
            let Some(end) = self.top_stack_end(at) else {
                continue;
            };
            // Under the stack, names and a place set apart by a slash
            // (`LAURA SEGARRA / Gandia`) are the byline, not a photo's
            // credit.
            let x = &mut self.v[end];
            if x.slash_credit && x.credited == 0 {
                x.slash_credit = false;
                x.byline = true;
            }
            // (Or a name alone, as the stack's end says; or in capitals.)
            // (Not a deck in capitals going on into its next line:
            // `OPERATIVES REJECT` / `NEW TERMS`.)
            let caps_deck = end + 1 < self.v.len() && self.caps_pair(end + 1);
            let tight = self.tight_name_over_text(end);
            let x = &mut self.v[end];
            x.byline |= x.names && (x.blank_before || tight) && !caps_deck;
            self.caps_byline_under(end);
            self.place_under_byline(end + 1);
            // (A deck of sentences is one heading; a CJK line ending in a
            // binding particle goes on: `代打森下の一打で` / `オーシャンズ
            // 逆転勝ち`.)
            // (Asked only of lines in bold, once: most stacks have none.)
            let mut plain_deck_under = None;
            for k in at..end {
                let cjk_goes_on = k > at && self.cjk_phrase_goes_on(k);
                // (Or both printed in fake bold, the headline's type, a
                // deck being set plain: `NNeeuuee  BBrrüücckkee  ssoollll` /
                // `OOrrttsskkeerrnn  eennttllaasstteenn`.)
                // (No wider than the line above by a fifth: a deck in bold is
                // set smaller, wider.)
                // (Or wider, right under it, where the stack ends over a
                // deck set plain: `IIll  PPoorrttoommaarree  eessppuuggnnaa` /
                // `LLuucciigglliiaannoo  ee  vvoollaa  iinn  vveettttaa` /
                // blank / `Decide una punizione …`.)
                let bold_pair = k > at
                    && self.v[k - 1].ends_bold()
                    && self.v[k].doubled
                    && (5 * self.v[k].width <= 6 * self.v[k - 1].width
                        || (!self.v[k].blank_before
                            && *plain_deck_under.get_or_insert_with(|| {
                                self.v.get(end).is_some_and(|x| !x.doubled)
                                    && self.deck_between_blanks(end).is_some()
                            })
                            // (Not a kicker far shorter: `Serie D` over
                            // `Il Portomare espugna …`.)
                            && self.v[k].width <= 2 * self.v[k - 1].width));
                // (So too a CJK headline's two phrases in the same type.)
                let cjk_pair = k > at && self.cjk_pair(k);
                // (A Latin headline of two lines right over its byline, no
                // deck between, the second narrower than the first: `Zulieferer
                // Brenner streicht` / `400 Stellen in Sachsen` / `Von Jana
                // Seidel`; a deck is set smaller, wider.)
                // (Or right over the text, the second line no wider than
                // the first by a quarter, both short of the text's column:
                // `Neue Radbrücke verbindet` / `Nord- und Südstadt` /
                // blank / `Nach zwei Jahren …`; a deck is set smaller,
                // wider.)
                let over_text = |e: usize| {
                    let (a, b, x) = (&self.v[e - 1], &self.v[e], &self.v[e + 1]);
                    let col = self.forward_col(e + 1) as f32;
                    x.blank_before
                        && !x.byline
                        && (a.width.max(b.width) as f32) < LAT_PAIR_RATIO * col
                        && self.headline_pair(e, true)
                };
                let latin_pair = k == at + 1
                    && k + 1 == end
                    && ((self.v[end].byline && self.headline_pair(k, false)) || over_text(k));
                let goes_on = k > at
                    && (cjk_goes_on
                        || cjk_pair
                        || latin_pair
                        || (!self.v[k].cjk
                            && (self.phrase_goes_on(k)
                                || bold_pair
                                || self.caps_pair(k)
                                || (k > at + 1 && !self.v[k - 1].display()))));
                self.v[k].top_stack = if goes_on { 2 } else { 1 };
            }
            i = end;
        }
    }

    /// CJK lines `k - 1` and `k` are the two phrases of one headline: set
    /// in the same type, both in fake bold or both plain (a headline in
    /// bold over its deck set plain is two headings), the second no clause
    /// (the first may part its phrases with a comma: `市バス、来春から` /
    /// `全路線で運賃値上げ`), and the second no wider than the first by more than
    /// [`CJK_PHRASE_SPREAD`] (`二百餘戶災民` / `無家可歸`, `息口回落上車客趁勢入市` /
    /// `東九龍屋苑周末錄逾六十宗成交`; not `海辺の町で本を手渡す人々` /
    /// `『潮風の図書館』川村沙織著（青葉書房・2090円）`). Lines opening alike
    /// are entries set in parallel or a line and its copy, a line opening
    /// with a label and a colon is an entry (`日時：５月３日`), and a line
    /// parted by a space holds phrases of its own (`特集　地方の本屋を守る`,
    /// `来春開館へ　蔵書３０万冊`): no phrases of one headline (`【交通】…` /
    /// `【宿泊】…`).
    pub(super) fn cjk_pair(&self, k: usize) -> bool {
        let (above, line) = (&self.v[k - 1], &self.v[k]);
        line.cjk
            && above.cjk
            && above.first != line.first
            && !above.phrased
            && !line.phrased
            && !above.entry_label
            && !line.entry_label
            && !line.byline
            && above.ends_bold() == line.doubled
            && !line.clause
            && line.width as f32 <= CJK_PHRASE_SPREAD * above.width as f32
    }

    /// Latin lines `k - 1` and `k` are one headline's: display lines in
    /// the same type, the first holding no clause nor ending a sentence,
    /// the second opening none (`Il cantiere aprirà in estate` is a deck),
    /// narrower than the first (or, `wider`, no wider by a quarter), and
    /// not in sentence case under a first line in title case (`Council
    /// Votes to Close Depot` / `Eleven routes to be redrawn`, a headline
    /// and its deck).
    fn headline_pair(&self, k: usize, wider: bool) -> bool {
        let (a, b) = (&self.v[k - 1], &self.v[k]);
        !a.cjk
            && !b.cjk
            && a.display()
            && b.display()
            && !b.blank_before
            && !a.ends_sentence
            && !b.ends_sentence
            && !a.clause
            && !b.opens_sentence
            && a.ends_bold() == b.doubled
            && (!a.title_case || b.title_case)
            && (b.width < a.width || (wider && 4 * b.width <= 5 * a.width))
    }

    /// CJK line `k` goes on the phrase of the CJK line above it, which
    /// ends in a particle that binds it to the next line or in a colon
    /// (`代打森下の一打で` / `オーシャンズ逆転勝ち`, `水墨裏的城市：` /
    /// `年輕畫家重寫維港風景`).
    pub(super) fn cjk_phrase_goes_on(&self, k: usize) -> bool {
        let (a, b) = (&self.v[k - 1], &self.v[k]);
        // (Not a label's copy under it: `報告編號：` / `報告編號：`.)
        // (`に` may end a headline over its deck, `旧校舎、宿泊施設に` /
        // `白山市　来春開業へ改修進む`, but binds a line in fake bold to
        // the next in the same bold: `防災庁、来年度に` / `内閣府外局で発足へ`.)
        let bold_ni = a.last == 'に' && a.ends_bold() && b.doubled && !b.phrased;
        a.cjk
            && b.cjk
            && (script::binding_particle(a.last) || bold_ni || (a.last == '：' && b.last != '：'))
    }

    /// Latin line `k` goes on the headline in capitals on the line above
    /// it, in capitals too and no wider than it by a fifth (`FLOODWATERS
    /// ISOLATE` / `RIVERINA TOWNS`, `SECA DERRUBA SAFRA` / `DE MILHO NO
    /// CERRADO`): a deck is set in smaller type, and not in capitals under
    /// a headline in them; a section's label is far shorter than the
    /// headline under it.
    fn caps_pair(&self, k: usize) -> bool {
        let (a, b) = (&self.v[k - 1], &self.v[k]);
        a.all_caps
            && b.all_caps
            && !a.cjk
            && !b.cjk
            && !b.byline
            && !a.ends_sentence
            && !b.blank_before
            && 5 * b.width <= 6 * a.width
    }

    /// Line `i` opens a headline of up to [`DECK_LINES`] lines over a
    /// byline, a blank line between or not, where a story starts in the
    /// text: after a blank line, a paragraph's end or a headline in fake
    /// bold (`HHiillllttooppppeerrss …` / `Moreno throws for three
    /// scores` / `in 35-14 homecoming win` / blank / `By Sam Ortega`).
    /// Display lines (see [`View::display`]), opening with a capital, a
    /// figure or CJK text, the last ending a phrase. Returns the last.
    fn headline_over_byline(&self, i: usize) -> Option<usize> {
        // (A byline within reach first: few lines have one.)
        // (Or a name alone under a headline in capitals: `WHY OUR CITIES
        // NEED MORE TREES,` / `NOT MORE FLYOVERS` / `Meera Raghavan`.)
        let reach = (i + 1 + DECK_LINES).min(self.v.len());
        if !self.v[(i + 1).min(reach)..reach]
            .iter()
            .any(|x| x.byline || x.names)
        {
            return None;
        }
        let l = &self.v[i];
        let starts = i > 0
            && !self.page_top(i)
            && ((l.blank_before && !l.spacing) || self.after_paragraph(i) || self.v[i - 1].doubled);
        if !starts || !l.display() || !(l.cjk || l.first.is_uppercase() || l.first.is_numeric()) {
            return None;
        }
        let mut end = i;
        loop {
            let n = self.v.get(end + 1)?;
            if n.byline || (n.names && !n.blank_before && self.v[end].all_caps && !n.all_caps) {
                break;
            }
            if n.blank_before || end + 1 - i >= DECK_LINES || !n.display() {
                return None;
            }
            end += 1;
        }
        self.v[end].complete().then_some(end)
    }

    /// Latin line `k` (after the first) goes on with the phrase of the line
    /// above: it opens in lowercase, or the line above ends in an article
    /// or a preposition, a hyphen or a comma; or both are set in capitals
    /// (see [`Views::caps_goes_on`]).
    fn phrase_goes_on(&self, k: usize) -> bool {
        let p = &self.v[k - 1];
        // (Or a verb that takes the next line for its object, that line
        // no wider by a fifth: `Water utility seeks` / `R2.4bn loan`.)
        let object = p.verb_end && !p.ends_sentence && 5 * self.v[k].width <= 6 * p.width;
        // (A quoted phrase in lowercase goes on too: `Bus depot sale` /
        // `‘could leave town`.)
        self.v[k].first.is_lowercase()
            || self.v[k].quoted_lowercase
            || object
            || p.open_end
            || p.ends_hyphen
            || matches!(p.last, ',' | '-')
            || self.caps_goes_on(k - 1, k)
    }

    /// Line `j` goes on with the headline in capitals on line `i` right
    /// above it (`HERITAGE POTATOES GIVEN` / `NEW LEASE OF LIFE`): both in
    /// capitals, the first no section's label and ending no sentence, the
    /// second no byline (though it may read as a name in capitals: `NEARS
    /// ITS TARGET`). A deck under such a headline is set in lowercase.
    ///
    /// So too in headline style, every long word capitalised (`Pemkot
    /// Kebut Normalisasi Kali Semarang` / `Jelang Musim Hujan`), and for a
    /// few words under a longer line (`Fenwick to coach` / `Ashby
    /// cricketers`): a deck is set as a sentence.
    pub(super) fn caps_goes_on(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.v[i], &self.v[j]);
        // (Or a few words shorter than the line above, no deck's
        // sentence: `Fenwick to coach` / `Ashby cricketers`.)
        let tail = !a.all_caps
            && !a.cjk
            && !b.cjk
            && b.few_words
            && b.width <= a.width
            && !b.names
            && !b.clause
            && a.latin_heading
            && b.latin_heading;
        ((a.all_caps && b.all_caps) || (a.headline_case && b.headline_case) || tail)
            && !a.kicker
            && !a.ends_sentence
            && !b.blank_before
            && !b.byline
            && b.marker == 0
    }

    /// Line `k` is set off above: the top of a page, or a blank line that
    /// is not mere line spacing. (The first line of a text that goes on
    /// from text before it is set off only by a blank line.)
    pub(super) fn set_off(&self, k: usize) -> bool {
        self.page_top(k) || (self.v[k].blank_before && !self.v[k].spacing)
    }

    /// Line `k`, right under a headline stack, is its byline where it is a
    /// name in capitals (`JULIE LAMBERT`): short (two thirds of the column;
    /// names alone between blank lines, narrower than the column), no
    /// punctuation, over text that is not in capitals.
    fn caps_byline_under(&mut self, k: usize) {
        let (Some(x), Some(n)) = (self.v.get(k), self.v.get(k + 1)) else {
            return;
        };
        let col = self.forward_col(k);
        let alone = x.names && x.blank_before && n.blank_before && x.width < col;
        if (x.all_caps || x.names)
            && x.plain()
            && !x.ends_sentence
            && (3 * x.width <= 2 * col || alone)
            && !n.all_caps
        {
            self.v[k].byline = true;
        }
    }

    /// Line `k`, a place's name in capitals alone right under the byline
    /// and over the text (`Ayşe Yılmaz` / `ANKARA` / `Türkiye …`), is the
    /// story's dateline: a few words, no figure, no punctuation, at most
    /// half the column.
    fn place_under_byline(&mut self, k: usize) {
        let (Some(x), Some(n)) = (self.v.get(k), self.v.get(k + 1)) else {
            return;
        };
        let place = !x.cjk
            && x.caps_lead
            && x.caps_tail
            && x.few_words
            && x.latin_heading
            && x.plain()
            && !x.ends_sentence
            && 2 * x.width <= x.col;
        if place && self.v[k - 1].byline && !n.cjk && !n.caps_lead {
            self.v[k].dateline = true;
            self.v[k].top_stack = 0;
        }
    }

    /// Line `i` opens a deck of up to [`DECK_LINES`] lines set between blank lines
    /// under the headline at a page's top (`Le tram roule enfin à Liège`
    /// / blank / `Après des années de retard, la ligne …`), though it holds
    /// commas: display lines (see [`View::display`]), the deck's last
    /// ending a phrase, and above it only display lines up to the page's
    /// top, at most [`TOP_STACK`] of them, in one or two groups of one or
    /// two set apart by blank lines, as a label and a headline are. A CJK deck is
    /// set wider or narrower than the text's column and the line under
    /// it, by a character or more: a line of the column between blank
    /// lines (column breaks, a double-spaced lede) is not one. Returns the deck's last line.
    pub(super) fn deck_between_blanks(&self, i: usize) -> Option<usize> {
        self.deck_between_blanks_under(i).map(|(_, end)| end)
    }

    /// [`deck_between_blanks`](Views::deck_between_blanks), with the first
    /// line of the stack above the deck: `(top, end)`.
    fn deck_between_blanks_under(&self, i: usize) -> Option<(usize, usize)> {
        let l = &self.v[i];
        // (Nor a letter's signature under its title: `王志明／退休教師（台南市）`.)
        if !l.blank_before
            || self.page_top(i)
            || l.credit_caption
            || l.credited > 0
            || l.cjk_signature
            || !(l.cjk || l.first.is_uppercase() || l.first.is_numeric() || currency(l.first))
        {
            return None;
        }
        // The deck: up to [`DECK_LINES`] lines (over a name, up to
        // [`SIGNED_DECK_LINES`]), then a blank line.
        let mut end = i;
        loop {
            let n = self.v.get(end + 1)?;
            if n.blank_before {
                break;
            }
            if end + 1 - i >= SIGNED_DECK_LINES {
                return None;
            }
            end += 1;
        }
        // (Nor are a table's or a register's rows: `Lena Hofbauer, Kirchweg
        // 4` / `Max Gruber, Am Anger 12` under their title.)
        if (i..=end).any(|k| self.row(k)) {
            return None;
        }
        // (A line alone ending a clause is none: a comma goes on in the
        // deck's next line, `… back to Calderbridge,` / `but cheaper …`.)
        if end == i && matches!(l.last, ',' | ';' | ':') {
            return None;
        }
        // (No sentence going on in lowercase over the blank line under it:
        // text cut by a column break, `… sous le regard` / blank / `ému des
        // parents.`)
        // (An Italian byline opens in lowercase: `di Marco Bellandi`.)
        if self
            .v
            .get(end + 1)
            .is_some_and(|n| n.first.is_lowercase() && !n.byline)
        {
            return None;
        }
        // Display lines; or, over the writer's name alone between blank
        // lines, whole sentences (`Les travaux débutent lundi. Les bus
        // seront déviés.` / blank / `Nadia Rochat`).
        // (A quotation over its speaker is a pull quote, no deck.)
        if self.v[end].attribution {
            return None;
        }
        let signed = end + 1 < self.v.len() && self.signs_deck(end + 1);
        if end + 1 - i > DECK_LINES && !signed {
            return None;
        }
        let deck = (i..=end)
            .all(|k| self.v[k].display() || (k < end && self.v[k].display_wrapped()))
            || (signed
                && (i..=end).all(|k| self.v[k].deck_text())
                && (self.v[end].ends_sentence || self.v[end].complete()));
        if !deck {
            return None;
        }
        // Where every line stands between blank lines, a Latin deck is
        // told by the byline or dateline right under it.
        let byline_under = self.v.get(end + 1).is_some_and(|x| x.byline || x.dateline);
        if !l.cjk && l.spacing && !byline_under {
            return None;
        }
        let next = self.v.get(end + 1).map_or(0, |x| x.width);
        let cjk_off_column = byline_under
            || (i..=end).all(|k| {
                let x = &self.v[k];
                !x.cjk
                    || (x.width.abs_diff(self.forward_col(end)) >= CJK_SHORT
                        && x.width.abs_diff(next) >= CJK_SHORT)
            });
        // (A word ending a deck over its byline ends a phrase, though it
        // reads as an article: `…, CDU verliert einen` / blank / `Von Jörg
        // Lenhardt`.)
        let last = &self.v[end];
        let complete =
            last.complete() || (byline_under && !matches!(last.last, ',' | ';' | ':' | '-'));
        if !complete || !cjk_off_column {
            return None;
        }
        // Above: display lines back to the page's top, in at most two
        // groups (a label and the headline).
        let mut groups = 1;
        let mut k = i;
        let text_col = || self.forward_col(end);
        while k > 0 && i - k < TOP_STACK {
            k -= 1;
            let x = &self.v[k];
            // (Three lines running on make no headline: `x` goes on from
            // the line above it, and the next from `x`.)
            // In CJK, a headline is set on one line: two lines running on
            // are text.
            // (But a Latin headline of short lines going on in lowercase
            // may take three: `Chuva forte` / `alaga centro` / `de Vila
            // Serena`.)
            // (Or a quoted phrase in lowercase: `Bus depot sale` / `‘could
            // leave town` / `without a garage’`.)
            // (Short, or a heading's share of the text's column under the
            // deck: a headline set large fills its own, `Bus depot plan` /
            // `sparks row over` / `green belt fields`.)
            let short_phrases = !x.cjk
                && (k..=k + 1).all(|y| {
                    let v = &self.v[y];
                    (self.share(y) < LAT_VERY_SHORT
                        || (v.width as f32) < LAT_PAIR_RATIO * text_col() as f32)
                        && (v.first.is_lowercase() || v.quoted_lowercase)
                });
            let goes_on = k > 0 && !self.page_top(k) && !x.blank_before;
            // (Nor a CJK headline printed in fake bold, wrapped at a comma:
            // `築１００年の木造校舎、` / `解体前に最後の同窓会`.)
            // (Nor one wrapped after a particle that binds its phrase to
            // the next line: `旧港倉庫群を` / `文化拠点に改修`.)
            let bold = x.cjk && x.doubled;
            // (Nor its two phrases in one type: `一季度新能源汽车出口` /
            // `同比增长逾四成`.)
            let cjk_run = x.cjk
                && !self.v[k + 1].blank_before
                && k + 1 < i
                && !bold
                && !script::binding_particle(x.last)
                && !self.cjk_pair(k + 1);
            if !(x.display() || bold)
                || cjk_run
                || (k + 2 <= i && goes_on && !self.v[k + 1].blank_before && !short_phrases)
            {
                return None;
            }
            if self.page_top(k) {
                return (groups <= 2).then_some((k, end));
            }
            groups += usize::from(x.blank_before);
        }
        None
    }

    /// Marks lines `from..=to`, one heading or more, as lines of a page's
    /// headline stack (see [`View::top_stack`]): a new heading opens at the
    /// first and at each line that does not go on from the one above.
    fn mark_stack_lines(&mut self, from: usize, to: usize) {
        self.v[from].top_stack = 1;
        for k in from + 1..=to {
            // A line going on from the one above: a wrapped line of the
            // same heading, or one after a short line (`KOMMENTAR` / `Ein
            // Preis, der Vertrauen kostet`), a heading of its own.
            // (Not where the type changes: a headline in fake bold over
            // its deck.)
            let same_type = self.v[k - 1].ends_bold() == self.v[k].doubled;
            // (A CJK line ending on a comma goes on: `築百年の木造校舎、` /
            // `解体前に最後の同窓会`.)
            let goes_on = !self.v[k].blank_before
                && (self.phrase_goes_on(k)
                    || self.cjk_phrase_goes_on(k)
                    || (self.v[k - 1].cjk && matches!(self.v[k - 1].last, '、' | '，'))
                    || self.cjk_pair(k)
                    || (!self.short(k - 1) && same_type)
                    || self.caps_pair(k));
            self.v[k].top_stack = if goes_on { 2 } else { 1 };
        }
    }

    /// The end (exclusive) of the headline stack of at least two lines
    /// that line `i`, at a page's top, opens: display lines (no marker, no
    /// sentence's end inside or at the end but a question's, no final
    /// hyphen or CJK comma) down to the line that plainly starts the text
    /// under them: a byline, a dateline, a credit or an indented line, at
    /// most [`TOP_STACK`] lines on (a byline, [`BYLINE_STACK`]), the line above it ending a phrase (`NEWS` / `Ferry service to resume
    /// after` / `two-year wait for islanders` / `Council backs £4.2m
    /// package to` / `replace the Morag Bell` / `By HELEN MARSH`). Failing
    /// those, where the type changes from plain to fake bold or back, as
    /// it does between a deck and a lede in bold, if the lines run into
    /// text after it. A CJK headline parting its phrases with an
    /// ideographic space may end its stack at a blank line.
    pub(super) fn top_stack_end(&self, i: usize) -> Option<usize> {
        let display = View::display;
        let complete = View::complete;
        let first = &self.v[i];
        let opens = |c: char| c.is_uppercase() || c.is_numeric() || script::is_cjk(c);
        // (Nor does a paragraph's indented first line, as an indented line
        // under a stack ends it: `  Beim Standesamt Oberwald wurden in` /
        // `der Zeit vom 26. April bis 3. Mai` / `folgende …:`; a CJK
        // headline may be centred, `        東東區區補補時時絕絕殺殺`.)
        if !display(first)
            || !opens(first.first)
            || (first.indent > first.base_indent && !first.page_break && !self.cjk_centred(i))
        {
            return None;
        }
        let mut change = None;
        let mut column = None;
        for k in i + 1..(i + 1 + BYLINE_STACK).min(self.v.len()) {
            let x = &self.v[k];
            // (Past [`TOP_STACK`] lines, only a byline closes the stack: a
            // headline of two lines over a deck of three, `By Anna Reyes`.)
            if k > i + TOP_STACK && !x.byline {
                if !display(x) {
                    break;
                }
                continue;
            }
            // A line opening with punctuation goes on from the one above.
            let goes_on = script::is_clause_mark(x.first)
                || script::is_sentence_end(x.first)
                || script::is_closer(x.first);
            if goes_on {
                return None;
            }
            // A blank line under a CJK headline that parts its phrases
            // with an ideographic space, display type beyond doubt, and
            // its deck.
            // So does a name alone between blank lines under a Latin stack:
            // the byline.
            if x.blank_before {
                // (Or set off the text's column, wider or narrower by a
                // character or more, every line of it.)
                let col = self.forward_col(k);
                // (Not a quotation broken over two lines: one heading.)
                let open_quote = |x: &View| {
                    matches!(x.first, '「' | '『' | '“' | '（')
                        && !matches!(x.last, '」' | '』' | '”' | '）')
                };
                let off_column = (i..k).all(|x| {
                    let x = &self.v[x];
                    x.cjk && x.width.abs_diff(col) >= CJK_SHORT && !open_quote(x)
                });
                let cjk_display = first.cjk && ((first.gapped && !self.row(i)) || off_column);
                // (Or over the lede's dateline: `PRIYA NARAYANAN` /
                // `MYSURU: The city …`.)
                let name_under = !first.cjk
                    && (x.names || x.byline)
                    && self
                        .v
                        .get(k + 1)
                        .is_some_and(|n| n.blank_before || n.dateline || n.caps_lead);
                // (Or a deck between blank lines under it: `Roseto,
                // chiude dopo sessant'anni` / `la storica merceria` /
                // blank / `La titolare: «…»`.)
                // (Over such a deck, a headline of one line is a stack.)
                let deck_under = self.deck_between_blanks(k).is_some();
                // (A headline of one line under the section's label.)
                let lines = if i > 0 && self.v[i - 1].kicker { 1 } else { 2 };
                // (Or a CJK headline of one line, a character or more short
                // of the column, right under the page's running head:
                // `経済 8 東都新聞 …` / blank / `日経平均、続伸 3万9千円台回復` /
                // blank / text.)
                // (Not a photo's caption there: `テープカットで開館を祝う関係者
                // ＝２日、湊市本町`.)
                let under_head = k == i + 1
                    && first.cjk
                    && i > 0
                    && self.v[i - 1].furniture
                    && !first.credit_caption
                    && first.credited == 0
                    && first.width + CJK_SHORT / 2 <= col;
                return (((cjk_display || name_under) && k >= i + lines)
                    || deck_under
                    || under_head)
                    .then_some(k)
                    .filter(|&k| complete(&self.v[k - 1]));
            }
            // (The last such line: a deck may be within a character of
            // the column under it.)
            if self.cjk_column_from(k) {
                column = Some(k);
            }
            // (A table's row under its title ends the stack too; a CJK
            // line centred as the headline is goes on in it.)
            if x.byline
                || self.tight_name_over_text(k)
                || x.dateline
                || x.slash_credit
                || (x.indent > x.base_indent && !x.page_break && !self.cjk_centred(k))
                || self.row(k)
                || self.header_row(k)
            {
                return (k >= i + 2 && complete(&self.v[k - 1])).then_some(k);
            }
            if change.is_none() && x.doubled != self.v[k - 1].ends_bold() {
                change = Some(k);
            }
            if !display(x) && !self.signed_deck_from(k) {
                break;
            }
        }
        // (A CJK deck set plain under a headline in fake bold, a line or
        // two set across the text's column, a quarter wider at least, goes
        // with the stack: `深水埗舊樓重建計劃出爐` printed twice / `市建局承諾
        // …　區議員促延長搬遷期` / the text's lines.)
        let deck_end = change.filter(|_| first.cjk).map(|c| {
            let wide_deck = |k: usize| {
                let x = &self.v[k];
                let next = self.v.get(k + 1);
                x.cjk
                    && !x.doubled
                    && !x.clause
                    && !x.ends_sentence
                    && !x.blank_before
                    && display(x)
                    && next.is_some_and(|n| n.cjk && 4 * x.width >= 5 * n.width)
            };
            (c..(c + 2).min(self.v.len()))
                .take_while(|&k| wide_deck(k))
                .count()
                + c
        });
        match deck_end {
            Some(e) if Some(e) != change => Some(e),
            _ => change.or(column),
        }
        .filter(|&k| k >= i + 2 && complete(&self.v[k - 1]))
    }

    /// Latin line `k`, a name alone set tight under a line of the stack
    /// and over the text (`Iron ore rally … 8,900 points` / `Kate
    /// Lindqvist` / `Australian shares closed …`), is its byline: the line
    /// above is display type, the lines under it the text's, the first
    /// wider than the name.
    fn tight_name_over_text(&self, k: usize) -> bool {
        let x = &self.v[k];
        k > 0
            && x.names
            && !x.cjk
            && !x.blank_before
            && self.v[k - 1].display()
            && !self.v[k - 1].cjk
            && self.v.get(k + 1).is_some_and(|n| {
                !n.blank_before
                    && !n.names
                    && !n.cjk
                    && !n.all_caps
                    && n.first.is_uppercase()
                    && n.width > x.width
            })
            && self.v.get(k + 2).is_some_and(|m| !m.blank_before)
    }

    /// Line `k` is in a deck of whole sentences that goes on a stack over
    /// a name or a byline alone between blank lines (`Les travaux
    /// débutent lundi. …` / blank / `Nadia Rochat`): Latin lines with no
    /// marker, byline, dateline or final hyphen down to a blank line at
    /// most [`SIGNED_DECK_LINES`] lines on.
    fn signed_deck_from(&self, k: usize) -> bool {
        for e in k..(k + SIGNED_DECK_LINES).min(self.v.len()) {
            if !self.v[e].deck_text() {
                return false;
            }
            let Some(n) = self.v.get(e + 1) else {
                return false;
            };
            if n.blank_before || n.byline {
                return self.signs_deck(e + 1);
            }
        }
        false
    }

    /// Line `k`, after a blank line, signs the deck above it: a name or a
    /// byline alone, a blank line or the end of the text under it; or a
    /// byline set tight over a dateline (`syksyllä kirkonkylän kouluun.` /
    /// `Heikki Rautiainen` / `YLÄ-JÄRVELÄ. Kunnanvaltuusto …`).
    fn signs_deck(&self, k: usize) -> bool {
        let x = &self.v[k];
        let alone = (x.names || x.byline) && self.v.get(k + 1).is_none_or(|n| n.blank_before);
        let over_dateline = x.byline
            && !x.blank_before
            && self
                .v
                .get(k + 1)
                .is_some_and(|n| !n.blank_before && (n.dateline || n.place_mark || n.caps_lede));
        (x.blank_before && alone) || over_dateline
    }

    /// CJK line `k` opens a column of text: it and the next
    /// [`COLUMN_LINES`] - 1 lines are CJK lines of one width (within a
    /// character, for punctuation hung past the edge or pushed down), and
    /// the line above is of another, a character or more off, as a
    /// headline or a deck over the text is.
    pub(super) fn cjk_column_from(&self, k: usize) -> bool {
        let Some(run) = self.v.get(k..k + COLUMN_LINES) else {
            return false;
        };
        let w = run[0].width;
        let near = |x: &View| x.width.abs_diff(w) <= CJK_SHORT / 2;
        run.iter().all(|x| x.cjk && !x.blank_before && near(x))
            && self.v[k - 1].cjk
            && self.v[k - 1].width.abs_diff(w) >= CJK_SHORT / 2
    }
}
