//! The facts of one line's text: its printed width, how it ends, its
//! case, with ASCII fast paths.

use super::*;

/// The facts of one line's text (with `indent` cells of indent).
pub(super) fn measure(text: &str, indent: u32) -> View {
    measure_with(text, indent, true)
}

/// [`measure`], with the ASCII fast path on or off (the property test
/// checks that both agree).
pub(super) fn measure_with(text: &str, indent: u32, fast: bool) -> View {
    let ascii = fast && text.is_ascii();
    let bytes = text.as_bytes();
    let mut sums = Sums::default();
    if ascii {
        // The common Latin case.
        sums.ascii_run(bytes);
    } else if fast {
        // Latin with accents (German, French), or CJK text: the runs of
        // ASCII as in the ASCII case, and the bulk of the ideographs
        // (U+5000–U+9FFF) known from their lead byte, without decoding.
        let mut i = 0;
        while i < bytes.len() {
            if (0xe5..=0xe9).contains(&bytes[i]) {
                sums.ideograph();
                i += 3;
            } else if bytes[i] < 0x80 {
                let end = bytes[i..]
                    .iter()
                    .position(|&b| b >= 0x80)
                    .map_or(bytes.len(), |k| i + k);
                sums.ascii_run(&bytes[i..end]);
                i = end;
            } else {
                let c = text[i..].chars().next().unwrap_or('\0');
                sums.char(c, fast);
                i += c.len_utf8();
            }
        }
    } else {
        for c in text.chars() {
            sums.char(c, fast);
        }
    }
    let Sums {
        wide,
        total,
        cells,
        latin,
        ambiguous,
        clause,
        colon_or_digit,
        neutral,
        first_word,
    } = sums;
    // Spanish opens a question or an exclamation with `¿`, `¡`: the line
    // is read from the letter after it (`¿Qué pasará en verano?` as a
    // capitalised line).
    let lead = text.trim_start_matches(['¿', '¡']);
    let first = lead.chars().next().unwrap_or('\0');
    let last = text.chars().next_back().unwrap_or('\0');
    // Mostly wide characters, or a CJK sentence's end after Latin words
    // (`Højlund扳平。`).
    // (Figures belong to no script in a line of CJK phrases:
    // `終場收22,418點　成交值4,126億元` is CJK; a date or a code with a
    // few characters, `2025年3月10日`, `股票代码：300218`, is read as
    // before.)
    let cjk = total > 0
        && (2 * wide >= total
            || (wide >= CJK_PHRASES && 2 * wide >= total - neutral)
            || matches!(last, '。' | '！' | '？'));
    // Closing quotes and brackets, and the space French sets before `»`;
    // at a line's end, German closes its quotations with `“` and `‘`
    // (`dann geht es wieder.“`).
    let before_closers = trim_end_marks(text, |c| {
        script::is_closer(c) || script::is_space(c) || matches!(c, '“' | '‘')
    });
    let end = before_closers.chars().next_back().unwrap_or('\0');
    // CJK numerals are lead bytes E4–E5, and `（` is EF BC 88.
    let section = (cjk && matches!(text.as_bytes().first(), Some(0xe4..=0xe5 | 0xef | b'(')))
        .then(|| cjk_section_number(text))
        .flatten();
    // A comma between digits is a decimal comma (`8,4 miljoen euro`), not
    // a clause's end; looked at only on lines with both.
    let clause = clause && (!colon_or_digit || clause_outside_figures(text));
    let leader = if colon_or_digit {
        leaders(text)
    } else {
        Leaders::None
    };
    // Only heading candidates need these, and a line with clause
    // punctuation is none.
    let title_case = !clause
        && if ascii {
            title_case_ascii(text)
        } else if fast {
            title_case_bytes(lead)
        } else {
            title_case(lead)
        };
    let list_number = list_number(text);
    let quantity = text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾'))
        && quantity_lead(text);
    // The text after a spaced en dash or hyphen opening the line.
    let after_dash = text.strip_prefix("– ").or_else(|| text.strip_prefix("- "));
    View {
        index: 0,
        width: indent
            .saturating_mul(100)
            .saturating_add(if cjk {
                cells.saturating_add(100 * ambiguous)
            } else {
                latin
            })
            .min(MAX_WIDTH),
        indent,
        cjk,
        first,
        last,
        ends_sentence: ends_sentence_unabbreviated(before_closers)
            || (last == ')' && tagged_sentence_end(text))
            || (last == '）' && signed_sentence_end(text)),
        spaced_colon: last == ':' && text[..text.len() - 1].ends_with([' ', '\u{a0}', '\u{202f}']),
        // (Or after a figure: `the 17-` / `year-old`, `dem 3:1-` / `Sieg`.)
        ends_hyphen: script::is_line_hyphen(last)
            && text[..text.len() - last.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic() || c.is_ascii_digit()),
        clause,
        latin_heading: !colon_or_digit && !matches!(end, '!' | '?'),
        title_case,
        headline_case: title_case && !cjk && !colon_or_digit && headline_case(lead),
        // (Only short lines are looked at: a few words fill no column.)
        // (Words are parted by single spaces in such a line: a run of
        // spaces is a layout gap.)
        few_words: !cjk
            && text.len() <= FEW_WORDS_BYTES
            && first.is_uppercase()
            && text.bytes().filter(|&b| b == b' ').count() < FEW_WORDS,
        // (A comma may part a short phrase in capitals: `FIVE QUESTIONS,
        // ANSWERED`.)
        all_caps: (!clause
            || (text.len() <= FEW_WORDS_BYTES
                && !matches!(last, ',' | ';')
                && text.bytes().filter(|&b| b == b' ').count() <= FEW_WORDS))
            && !cjk
            && if ascii {
                all_caps_ascii(text)
            } else {
                all_caps(text)
            },
        // (Looked for on lines without clause punctuation, and on lines
        // with it by their fullwidth stops alone: a line of mixed scripts,
        // `ます。 開発者の Guido van Rossum は教`, holds one too.)
        inner_stop: if ascii {
            !clause && inner_stop_ascii(text)
        } else if !clause {
            inner_stop(text)
        } else {
            cjk_inner_stop(text)
        },
        numbered: section_number(text),
        list_item: list_item(text),
        bulleted: false,
        role_wrap: false,
        attribution: attribution_line(text),
        quoted_lowercase: quoted_lowercase(text),
        quoted_capital: text
            .strip_prefix(['‘', '“', '"', '«', '„'])
            .is_some_and(|rest| rest.starts_with(char::is_uppercase) && quotation_closes(rest)),
        dash_turn: text.starts_with("— "),
        dash_clause: after_dash.is_some_and(|rest| rest.starts_with(char::is_lowercase)),
        dash_figure: after_dash.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit())),
        list_number,
        bare_number: bare_number(text),
        list_item_capital: list_number > 0 && list_item_capital(text),
        quantity_lead: quantity,
        // (Asked of a quantity's line only: the lists of them read it.)
        measured: quantity && measured(text),
        weekday_lead: text.starts_with(|c: char| c.is_ascii_uppercase()) && weekday_lead(text),
        ends_in_preposition: false,
        verb_end: false,
        kicker_phrase: false,
        clock: u16::MAX,
        leaders: leader != Leaders::None,
        worded_leaders: leader == Leaders::Words,
        entry: false,
        section: section_heading(text),
        // A dateline names its day in digits.
        day_title: !cjk && colon_or_digit && day_title(text),
        month_lead: false,
        cjk_result: false,
        cjk_signature: false,
        book: false,
        spaced_cells: 0,
        word_cells: 0,
        tight_row: 0,
        tail_figures: 0,
        label_cells: 0,
        dateline: if cjk {
            cjk_dateline(text)
        } else {
            (colon_or_digit && dateline(text)) || weekday_dateline(text)
        },
        byline: false,
        first_word: first_word.unwrap_or(latin).min(MAX_WIDTH),
        open_end: false,
        ends_in_article: false,
        url_runs_on: false,
        opens_sentence: opens_sentence(lead),
        opens_clause: opens_clause(lead),
        blank_before: false,
        blanks: 0,
        right_aligned: false,
        page_break: false,
        furniture: false,
        kicker: false,
        top_stack: 0,
        score: false,
        pairs: false,
        tally: false,
        names: false,
        long_name: false,
        place_name: false,
        name_place: false,
        bio: false,
        gapped: false,
        phrased: false,
        drop_cap: is_drop_cap(text),
        cjk_numbered: section.is_some(),
        cjk_title: section.is_some_and(|n| {
            let title = &text[n..];
            title.chars().count() <= CJK_TITLE_CHARS
                && !title
                    .chars()
                    .any(|c| script::is_clause_mark(c) || script::is_sentence_end(c) || c == '：')
        }),
        credit_caption: false,
        credit_label: is_credit_label(text),
        source_note: false,
        credited: 0,
        // (In fullwidth brackets, a credit naming a Latin source: `（Air
        // Tahiti Nui圖片）`.)
        // (Or a picture's source naming one: `圖片來源：葉芷晴Instagram`.)
        photo_credit: ((cjk || text.starts_with(['（', '圖', '图', '照', '相']))
            && photo_credit(text))
            || (text.starts_with('(') && text.ends_with(')') && bracketed_credit(text)),
        single_cjk: script::only_char(text).is_some_and(script::is_cjk),
        subhead: false,
        credit_end: false,
        sentence_credit: false,
        stop_before_credit: false,
        slash_credit: false,
        turn: false,
        entry_label: false,
        field_row: false,
        jump: false,
        credit_text: false,
        marker: 0,
        doubled: false,
        copied: false,
        plain_tail: false,
        bold_label: false,
        caps_lead: false,
        caps_lede: false,
        caps_tail: false,
        capital_tail: false,
        place_mark: false,
        run_in: false,
        by_names: false,
        place_title: false,
        names_next: false,
        obituary: last.is_ascii_digit() && obituary_head(text),
        spacing: false,
        own_line: false,
        col: 0,
        base_indent: 0,
    }
}

const PRINTABLE: u8 = 1;
pub(super) const SPACE: u8 = 2;
pub(super) const CLAUSE: u8 = 4;
const COLON_OR_DIGIT: u8 = 8;

/// [`latin_width`] of each ASCII character, divided by 5.
pub(super) static ASCII_WIDTH: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (ascii_latin_width(b as u8) / 5) as u8;
        b += 1;
    }
    t
};

/// What [`measure`] asks of each ASCII character, as bit flags.
pub(super) static ASCII_FLAGS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut f = 0;
        if !c.is_ascii_control() {
            f |= PRINTABLE;
        }
        if c.is_ascii_whitespace() || c == 0x0b {
            f |= SPACE;
        }
        if c == b',' || c == b';' {
            f |= CLAUSE;
        }
        if c == b':' || c.is_ascii_digit() {
            f |= COLON_OR_DIGIT;
        }
        t[b] = f;
        b += 1;
    }
    t
};

/// [`latin_width`] of an ASCII character.
pub(super) const fn ascii_latin_width(c: u8) -> u32 {
    match c {
        b' ' => 50,
        b'i' | b'l' | b'j' | b'f' | b't' | b'r' | b'I' | b'.' | b',' | b';' | b':' | b'!'
        | b'\'' | b'`' | b'|' | b'(' | b')' | b'[' | b']' | b'-' | b'"' => 55,
        b'm' | b'w' | b'M' | b'W' => 150,
        b'A'..=b'Z' => 125,
        _ if c.is_ascii_control() => 0,
        _ => 100,
    }
}

/// Printed width of a Latin character in hundredths of an average letter:
/// enough to tell a full justified line from a short one far better than a
/// character count (a line of `ill` is narrower than one of `Mum`).
pub(super) fn latin_width(c: char) -> u32 {
    match c {
        ' ' => 50,
        'i' | 'l' | 'j' | 'ſ' | 'f' | 't' | 'r' | 'I' | '.' | ',' | ';' | ':' | '!' | '\''
        | '’' | '‚' | '`' | '|' | '(' | ')' | '[' | ']' | '-' | '⸗' | '"' | '„' | '“' | '”'
        | '»' | '«' => 55,
        'm' | 'w' | 'M' | 'W' | 'Æ' | 'Œ' | 'æ' | 'œ' | '—' => 150,
        'A'..='Z' => 125,
        'a'..='z' | '0'..='9' => 100,
        _ if c.is_ascii() => 100 * u32::from(!c.is_ascii_control()),
        _ if c.is_uppercase() => 125,
        _ => 100 * script::cell_width(c) as u32,
    }
}

/// Ends with a sentence end (closers already stripped), not with the
/// one-letter abbreviation of a name or phrase (`S. M. S.`, `a. a. O.`).
pub(super) fn ends_sentence_unabbreviated(text: &str) -> bool {
    let mut rev = text.chars().rev();
    match rev.next() {
        Some('.') => {
            // (A figure alone after a month's name is no initial: `… on
            // August 1.`; elsewhere it may be a German ordinal, `am 3.` /
            // `Adventsonntag`.)
            // (Nor is a unit's letter after a figure: `de 7 h à 13 h.`.)
            let b = text.as_bytes();
            let unit = matches!(b, [.., d, b' ', l, b'.'] if d.is_ascii_digit() && l.is_ascii_alphabetic());
            let initial = !unit
                && matches!(
                    (rev.next(), rev.next()),
                    (Some(c), None) | (Some(c), Some(' ')) if c.is_alphanumeric() && !script::is_cjk(c)
                )
                && !(text[..text.len() - 1].ends_with(|c: char| c.is_ascii_digit())
                    && text[..text.len() - 2]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        // (Or its name cut short: `from Dec. 21 through
                        // Jan. 2.`)
                        .is_some_and(|w| {
                            super::cues::month_name(w)
                                || (w.ends_with('.') && super::cues::is_month(&w[..w.len() - 1]))
                        }));
            let word = text[..text.len() - 1]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            // (A figure before the period first: few lines end in one.)
            let before = &text[..text.len() - 1];
            let ordinal =
                before.ends_with(|c: char| c.is_ascii_digit()) && ordinal_after_article(before);
            !initial && !is_title(word) && !ordinal
        }
        Some(c) => script::is_sentence_end(c),
        None => false,
    }
}

/// `text` (before a period) ends in a number of one to three figures
/// after a German article or a contracted preposition (not `am`, English
/// too, `I am 25.`; a date's month on the next line is read as such): an
/// ordinal, its noun on the next line (`eröffnet am 4. Juli das 25.` / `Operetten-
/// festival`), no sentence's end.
fn ordinal_after_article(text: &str) -> bool {
    let Some((before, number)) = text.rsplit_once(' ') else {
        return false;
    };
    (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            before.rsplit(' ').next().unwrap_or(""),
            "der" | "die" | "das" | "dem" | "den" | "des" | "im" | "vom" | "zum" | "zur" | "beim"
        )
}

/// `text` ends in a day's ordinal, 1 to 31 and a period, after a weekday
/// and its comma or a preposition of dates (`am Freitag, 14.`, `bis 3.`,
/// `od 3.`); not a count, `… up to 45.`.
pub(super) fn day_ordinal_end(text: &str) -> bool {
    let Some((before, day)) = text.strip_suffix('.').and_then(|t| t.rsplit_once(' ')) else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or("");
    (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        && (word.ends_with(',')
            || matches!(
                word,
                "am" | "vom" | "bis" | "zum" | "ab" | "seit" | "den" | "dem" | "od" | "do"
            ))
}

/// Longest author's tag in brackets, in bytes (`(kw)`, `(red/dpa)`).
const AUTHOR_TAG_BYTES: usize = 10;

/// `text` ends in an author's tag in brackets, lowercase letters that sign
/// a short item, after a sentence's end (`… einzureichen. (kw)`), or is
/// the tag alone (`(red)`): the item, and its sentence, end there.
pub(super) fn tagged_sentence_end(text: &str) -> bool {
    let Some((before, tag)) = text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) else {
        return false;
    };
    let before = before.trim_end();
    (2..=AUTHOR_TAG_BYTES).contains(&tag.len())
        && tag.bytes().all(|b| b.is_ascii_lowercase() || b == b'/')
        && (before.is_empty()
            || ends_sentence_unabbreviated(
                before.trim_end_matches(|c: char| script::is_closer(c) || script::is_space(c)),
            ))
}

/// Most characters of a writer's name in brackets after a CJK story's
/// last sentence.
const SIGNATURE_CHARS: usize = 8;

/// `text` ends in the writer's name in fullwidth brackets after a CJK
/// sentence's end (`…と話した。（田中美咲）`): the story ends there.
pub(super) fn signed_sentence_end(text: &str) -> bool {
    let Some((before, name)) = text.strip_suffix('）').and_then(|t| t.rsplit_once('（')) else {
        return false;
    };
    let n = name.chars().count();
    (2..=SIGNATURE_CHARS).contains(&n)
        && name
            .chars()
            .all(|c| (script::is_cjk(c) && c.is_alphabetic()) || c == '\u{3000}' || c == '・')
        && before.ends_with(['。', '！', '？'])
}

/// Most characters of the name in an attribution line (see
/// [`attribution_line`]).
const ATTRIBUTION_NAME_CHARS: usize = 24;

/// `text` is a dash and a name alone, the speaker of the CJK quotation
/// above it (`──周嘉欣`, `——李文杰（45岁）`): two dashes before at most
/// [`ATTRIBUTION_NAME_CHARS`] characters that end no sentence.
pub(super) fn attribution_line(text: &str) -> bool {
    // (Each dash's first byte is E2; most lines open otherwise.)
    if text.as_bytes().first() != Some(&0xe2) {
        return false;
    }
    // (A Latin pull quote's speaker is a paragraph of its own.)
    let Some(name) = ["──", "——", "――"].iter().find_map(|d| text.strip_prefix(d))
    else {
        return false;
    };
    let name = name.trim_start();
    !name.is_empty()
        && name.chars().nth(ATTRIBUTION_NAME_CHARS).is_none()
        && !name.contains(['。', '，', '、', '！', '？', '.', '!', '?'])
        && name.chars().next().is_some_and(char::is_alphabetic)
}

/// Most characters of a CJK quotation's attribution after its dash: a
/// name and a bracketed age and trade (`——李文杰（45岁，商人）`).
const ATTRIBUTION_CHARS: usize = 24;

/// `text`, perhaps with the line before it (`prev`), ends a CJK quotation
/// and its speaker: a closing quotation mark or sentence's end, a dash,
/// then a name (of at most [`SIGNATURE_CHARS`]) and what the speaker is
/// in brackets, of at most [`ATTRIBUTION_CHARS`] in all (`“……家长。”——郑秀琴` / `（38岁，家庭主妇）`), as a
/// street poll prints its voices one under another.
pub(super) fn attributed_quote_end(prev: &str, text: &str) -> bool {
    const DASH: &str = "——";
    if !text.ends_with('）') {
        return false;
    }
    let (head, tail, rest) = match text.rfind(DASH) {
        Some(i) => (&text[..i], &text[i + DASH.len()..], ""),
        None => match prev.rfind(DASH) {
            Some(i) => (&prev[..i], &prev[i + DASH.len()..], text),
            None => return false,
        },
    };
    let attribution = || tail.chars().chain(rest.chars());
    let name = || attribution().take_while(|&c| c != '（');
    head.ends_with(['”', '」', '』', '。', '！', '？'])
        && attribution().nth(ATTRIBUTION_CHARS).is_none()
        && attribution().any(|c| c == '（')
        && name().nth(SIGNATURE_CHARS).is_none()
        && !name().any(script::is_clause_mark)
        && !attribution().any(|c| script::is_sentence_end(c) || matches!(c, '“' | '「'))
}

/// `text.trim_end_matches(marks)`, where `marks` holds punctuation and
/// white space only: a line ending in an ASCII letter or digit, or in an
/// ideograph (U+5000–U+9FFF, lead byte E5 to E9), as most lines do, has
/// none of them to trim, and is told from its last bytes.
#[inline]
pub(super) fn trim_end_marks(text: &str, marks: impl Fn(char) -> bool) -> &str {
    match text.as_bytes() {
        [.., x] if x.is_ascii_alphanumeric() => text,
        [.., 0xe5..=0xe9, _, _] => text,
        _ => text.trim_end_matches(marks),
    }
}

/// A sentence ends inside `text`: `.`, `!` or `?` followed by a space and
/// a capital (a quotation mark between or not), or `。！？` before the last
/// character; not a day's ordinal before its month (`am 12. März`, see
/// [`day_before_month`]).
pub(super) fn inner_stop(text: &str) -> bool {
    let body = trim_end_marks(text, |c| script::is_sentence_end(c) || script::is_closer(c));
    let mut chars = body.char_indices().map(|(k, c)| (c, k));
    while let Some((c, k)) = chars.next() {
        match c {
            '。' | '！' | '？' => return true,
            '.' | '!' | '?' if !day_before_month(body, k) => {
                // (The next sentence may open with a quotation mark:
                // `grant. “It has been`.)
                let mut rest = chars.clone().map(|(c, _)| c);
                if rest.next() == Some(' ')
                    && rest
                        .next()
                        .and_then(|n| {
                            if matches!(n, '“' | '‘' | '"' | '\'' | '«' | '„' | '(') {
                                rest.next()
                            } else {
                                Some(n)
                            }
                        })
                        .is_some_and(char::is_uppercase)
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// [`inner_stop`] for a CJK line with clause punctuation: a fullwidth
/// `。` (E3 80 82), `！` (EF BC 81) or `？` (EF BC 9F) before the closing
/// punctuation, found from the lead bytes of CJK punctuation and
/// fullwidth forms (ideographs lead with E4 to E9).
pub(super) fn cjk_inner_stop(text: &str) -> bool {
    let body = trim_end_marks(text, |c| script::is_sentence_end(c) || script::is_closer(c));
    let b = body.as_bytes();
    memchr::memchr2_iter(0xe3, 0xef, b).any(|j| {
        matches!(
            (b[j], b.get(j + 1..j + 3)),
            (0xe3, Some([0x80, 0x82])) | (0xef, Some([0xbc, 0x81 | 0x9f]))
        )
    })
}

/// At least eight letters, all capitals.
pub(super) fn all_caps(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 8
}

/// Most words of a line that [`View::few_words`] holds.
pub(super) const FEW_WORDS: usize = 3;
/// Longest line, in bytes, that [`View::few_words`] holds.
const FEW_WORDS_BYTES: usize = 40;

/// Set in headline style: every word of four letters or more capitalised,
/// at least two of them, and not all in capitals (`Pemkot Kebut
/// Normalisasi Kali Semarang`, `For Harbour Works`; not `Stadtwerke
/// erhöhen die Preise`, nor German nouns around its short words).
pub(super) fn headline_case(text: &str) -> bool {
    let mut long = 0;
    let mut lower = false;
    for w in text.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else {
            continue;
        };
        if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            // German capitalises every noun: its short words tell a line
            // of nouns (`Wegen Kanal- und Pflasterarbeiten ist`).
            if matches!(
                w,
                "und"
                    | "der"
                    | "die"
                    | "das"
                    | "den"
                    | "dem"
                    | "des"
                    | "ist"
                    | "mit"
                    | "von"
                    | "vom"
                    | "zum"
                    | "zur"
                    | "auf"
                    | "aus"
                    | "bei"
                    | "für"
            ) {
                return false;
            }
            continue;
        }
        if !first.is_uppercase() {
            return false;
        }
        long += 1;
        lower |= w.chars().skip(1).any(char::is_lowercase);
    }
    long >= 2 && lower
}

/// At most two words, or at least half of the words capitalised.
pub(super) fn title_case(text: &str) -> bool {
    let (mut words, mut capitals) = (0, 0);
    for w in text.split_whitespace() {
        words += 1;
        capitals += usize::from(w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()));
    }
    words <= 2 || 2 * capitals >= words
}

/// [`title_case`] a byte at a time: a character is decoded only to open a
/// word, or where its lead byte may open white space (U+0085, U+00A0,
/// U+1680, U+2000–U+3000 begin with C2, E1, E2 or E3), so that the accented
/// letters inside a word cost what ASCII ones do.
pub(super) fn title_case_bytes(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut words, mut capitals) = (0usize, 0usize);
    let (mut space, mut i) = (true, 0);
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            // Eight ASCII bytes at once where they are, as
            // [`title_case_ascii`] reads them.
            if let Some(chunk) = b.get(i..i + 8) {
                let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
                if x & HIGH == 0 {
                    let (opens, capital, carry) = openings(x, if space { 0x80 } else { 0 });
                    words += opens;
                    capitals += capital;
                    space = carry != 0;
                    i += 8;
                    continue;
                }
            }
            let is_space = ASCII_FLAGS[usize::from(x)] & SPACE != 0;
            if space && !is_space {
                words += 1;
                capitals += usize::from(x.is_ascii_uppercase() || x.is_ascii_digit());
            }
            space = is_space;
            i += 1;
        } else if !space && !matches!(x, 0xc2 | 0xe1..=0xe3) {
            // Inside a word, and no white space: skip the character.
            i += utf8_len(x);
        } else {
            let c = text[i..].chars().next().unwrap_or('\0');
            let is_space = c.is_whitespace();
            if space && !is_space {
                words += 1;
                capitals += usize::from(c.is_uppercase() || c.is_numeric());
            }
            space = is_space;
            i += c.len_utf8();
        }
    }
    words <= 2 || 2 * capitals >= words
}

/// The length of the UTF-8 encoding that starts with byte `lead`.
pub(super) fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0x80..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// [`title_case`] for ASCII text, eight bytes at a time: a word opens at
/// each byte other than white space after white space (or at the start).
/// `title_case_ascii_reference` is the plain version; a property test
/// checks that both agree.
pub(super) fn title_case_ascii(text: &str) -> bool {
    let (mut words, mut capitals) = (0usize, 0usize);
    // 0x80 when the byte before the chunk is white space (the start is).
    let mut carry = 0x80;
    let mut count = |x: u64| {
        let space = ascii_eq(x, b' ') | ascii_in(x, b'\t', b'\r');
        let capital = ascii_in(x, b'A', b'Z') | ascii_in(x, b'0', b'9');
        let opens = !space & ((space << 8) | carry) & HIGH;
        words += high_bits(opens);
        capitals += high_bits(opens & capital);
        carry = space >> 56;
    };
    let mut chunks = text.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        count(u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    // The last bytes, padded with spaces (which open no word).
    let mut last = [b' '; 8];
    for (d, &b) in last.iter_mut().zip(chunks.remainder()) {
        *d = b;
    }
    count(u64::from_le_bytes(last));
    words <= 2 || 2 * capitals >= words
}

/// The running sums of [`measure_with`] over the characters of a line.
#[derive(Default)]
struct Sums {
    /// Characters two cells wide, other than white space.
    wide: usize,
    /// Characters other than white space.
    total: usize,
    /// Display cells, in hundredths.
    cells: u32,
    /// Estimated printed width (see [`latin_width`]).
    latin: u32,
    /// Characters that are one cell wide in Latin type and may be two in
    /// CJK type (`……`, `——`, `“”`).
    ambiguous: u32,
    /// A clause mark somewhere.
    clause: bool,
    /// A `:` or an ASCII digit somewhere.
    colon_or_digit: bool,
    /// How many `:` and ASCII digits, which belong to no script.
    neutral: usize,
    /// The printed width up to and with the first white space.
    first_word: Option<u32>,
}

impl Sums {
    /// Adds a run of ASCII bytes, as [`Sums::char`] adds them one by one:
    /// the width and the counts in one pass (see [`AsciiTally::of`]), the
    /// width of the first word apart (the sums saturate as one sum).
    #[inline(always)]
    fn ascii_run(&mut self, run: &[u8]) {
        let clamp = |x: u64| u32::try_from(x).unwrap_or(u32::MAX);
        if self.first_word.is_none() {
            if let Some(k) = run
                .iter()
                .position(|&b| ASCII_FLAGS[b as usize] & SPACE != 0)
            {
                // Up to and with the space.
                let width: u64 = run[..=k]
                    .iter()
                    .map(|&b| u64::from(ASCII_WIDTH[b as usize]) * 5)
                    .sum();
                self.first_word = Some(clamp(u64::from(self.latin) + width));
            }
        }
        let tally = AsciiTally::of(run);
        self.latin = clamp(u64::from(self.latin) + tally.width);
        self.cells = clamp(u64::from(self.cells) + tally.printable as u64 * 100);
        self.total += tally.nonspace;
        self.clause |= tally.clause;
        self.colon_or_digit |= tally.colon_or_digit > 0;
        self.neutral += tally.colon_or_digit;
    }

    /// Adds an ideograph (U+4E00–U+9FFF): two cells, wide, no space nor
    /// punctuation.
    #[inline(always)]
    fn ideograph(&mut self) {
        self.cells = self.cells.saturating_add(200);
        self.latin = self.latin.saturating_add(200);
        self.total += 1;
        self.wide += 1;
    }

    /// Adds `c`; with `fast`, ASCII from the tables and ideographs from
    /// [`Sums::ideograph`].
    #[inline(always)]
    fn char(&mut self, c: char, fast: bool) {
        if fast && c.is_ascii() {
            // The ASCII letters of a Latin line with accents (German,
            // French) from the tables of the ASCII path.
            let flags = ASCII_FLAGS[c as usize];
            self.cells = self
                .cells
                .saturating_add(100 * u32::from(flags & PRINTABLE));
            self.latin = self
                .latin
                .saturating_add(5 * u32::from(ASCII_WIDTH[c as usize]));
            if flags & SPACE == 0 {
                self.total += 1;
            } else if self.first_word.is_none() {
                self.first_word = Some(self.latin);
            }
            self.clause |= flags & CLAUSE != 0;
            self.colon_or_digit |= flags & COLON_OR_DIGIT != 0;
            self.neutral += usize::from(flags & COLON_OR_DIGIT != 0);
            return;
        }
        if fast && ('\u{4e00}'..='\u{9fff}').contains(&c) {
            self.ideograph();
            return;
        }
        // Display cells and estimated printed width; the common cases
        // (ASCII, CJK ideographs and punctuation) without table lookups.
        let w = script::cell_width(c) as u32;
        // Characters of ambiguous width take two cells in CJK type.
        if w == 1 && !c.is_ascii() && unicode_width::UnicodeWidthChar::width_cjk(c) == Some(2) {
            self.ambiguous += 1;
        }
        let lw = if w == 2 { 200 } else { latin_width(c) };
        // Saturating: a line of tens of millions of characters is simply wide.
        self.cells = self.cells.saturating_add(100 * w);
        self.latin = self.latin.saturating_add(lw);
        if !script::is_space(c) {
            self.total += 1;
            self.wide += (w == 2) as usize;
        } else if self.first_word.is_none() {
            self.first_word = Some(self.latin);
        }
        self.clause |= script::is_clause_mark(c);
        self.colon_or_digit |= c == ':' || c.is_ascii_digit();
        self.neutral += usize::from(c == ':' || c.is_ascii_digit());
    }
}

/// Fewest wide characters of a line of CJK phrases, whose figures are
/// read as belonging to no script (see [`measure_with`]).
const CJK_PHRASES: usize = 6;

/// What [`measure_with`] counts in an ASCII line.
struct AsciiTally {
    /// Estimated printed width (see [`latin_width`]).
    width: u64,
    /// Bytes that are not control characters.
    printable: usize,
    /// Bytes that are not white space.
    nonspace: usize,
    /// A `,` or `;` somewhere.
    clause: bool,
    /// How many `:` and digits.
    colon_or_digit: usize,
}

/// Where each count sits in an [`ASCII_TALLY`] entry: the width divided
/// by 5 in the low bits, then one field each for printable bytes, white
/// space, clause marks, colons and digits.
const TALLY_PRINTABLE: u32 = 16;
const TALLY_SPACE: u32 = 28;
const TALLY_CLAUSE: u32 = 40;
const TALLY_COLON_OR_DIGIT: u32 = 52;
/// Bytes whose entries are added up before the fields are taken apart: no
/// field carries into the next (widths to 30 × 1024 < 2¹⁶, counts to
/// 1024 < 2¹²).
const TALLY_CHUNK: usize = 1024;

/// [`ASCII_WIDTH`] and [`ASCII_FLAGS`] of each ASCII byte as fields of one
/// number (see [`TALLY_PRINTABLE`] …), so that one sum over the bytes
/// adds up all of them; 0 for the bytes above ASCII, which never come.
static ASCII_TALLY: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 128 {
        let f = ASCII_FLAGS[b];
        t[b] = ASCII_WIDTH[b] as u64
            | ((f & PRINTABLE != 0) as u64) << TALLY_PRINTABLE
            | ((f & SPACE != 0) as u64) << TALLY_SPACE
            | ((f & CLAUSE != 0) as u64) << TALLY_CLAUSE
            | ((f & COLON_OR_DIGIT != 0) as u64) << TALLY_COLON_OR_DIGIT;
        b += 1;
    }
    t
};

impl AsciiTally {
    /// The tally of ASCII `bytes`: a table entry a byte, added up
    /// [`TALLY_CHUNK`] bytes at a time (one load and one add a byte, where
    /// a sum per count took a pass each).
    fn of(bytes: &[u8]) -> Self {
        let field = |x: u64, shift: u32, bits: u32| (x >> shift) & ((1 << bits) - 1);
        let (mut width, mut printable, mut space, mut clause, mut colon_or_digit) = (0, 0, 0, 0, 0);
        for chunk in bytes.chunks(TALLY_CHUNK) {
            let x: u64 = chunk.iter().map(|&b| ASCII_TALLY[usize::from(b)]).sum();
            width += 5 * field(x, 0, TALLY_PRINTABLE);
            printable += field(x, TALLY_PRINTABLE, TALLY_SPACE - TALLY_PRINTABLE);
            space += field(x, TALLY_SPACE, TALLY_CLAUSE - TALLY_SPACE);
            clause += field(x, TALLY_CLAUSE, TALLY_COLON_OR_DIGIT - TALLY_CLAUSE);
            colon_or_digit += x >> TALLY_COLON_OR_DIGIT;
        }
        AsciiTally {
            width,
            printable: printable as usize,
            nonspace: bytes.len() - space as usize,
            clause: clause != 0,
            colon_or_digit: colon_or_digit as usize,
        }
    }
}

/// In eight ASCII bytes `x`: how many words open there (at a byte other
/// than white space after white space, or after the bytes before when
/// `carry` is 0x80, as it is after white space), how many of them open
/// with a capital or a digit, and the carry for the eight bytes after; as
/// [`title_case_ascii`] counts them.
#[inline]
fn openings(x: u64, carry: u64) -> (usize, usize, u64) {
    let space = ascii_eq(x, b' ') | ascii_in(x, b'\t', b'\r');
    let capital = ascii_in(x, b'A', b'Z') | ascii_in(x, b'0', b'9');
    let opens = !space & ((space << 8) | carry) & HIGH;
    (high_bits(opens), high_bits(opens & capital), space >> 56)
}

/// Ones in each byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
const HIGH: u64 = ONES << 7;

/// How many bytes of `m` are 0x80 (its others being 0): a multiplication
/// adds them up in the top byte (`count_ones` is a long sequence on the
/// baseline x86-64 target).
fn high_bits(m: u64) -> usize {
    ((m >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// 0x80 in each byte of `x` (all below 0x80) equal to `c`, 0 elsewhere.
fn ascii_eq(x: u64, c: u8) -> u64 {
    const LOW: u64 = !HIGH;
    let z = x ^ (ONES * u64::from(c));
    // No carry between bytes: each sum stays below 0x100.
    !(((z & LOW) + LOW) | z | LOW)
}

/// 0x80 in each byte of `x` (all below 0x80) within `lo..=hi`, 0 elsewhere.
fn ascii_in(x: u64, lo: u8, hi: u8) -> u64 {
    // Each sum stays below 0x100 (no carry between bytes) and sets the
    // high bit from `lo` on, and past `hi`.
    let from_lo = x + ONES * u64::from(0x80 - lo);
    let past_hi = x + ONES * u64::from(0x7f - hi);
    from_lo & !past_hi & HIGH
}

/// [`title_case_ascii`] a byte at a time.
#[cfg(test)]
pub(super) fn title_case_ascii_reference(text: &str) -> bool {
    let (mut words, mut capitals) = (0usize, 0usize);
    let mut space = true;
    for &b in text.as_bytes() {
        let is_space = ASCII_FLAGS[b as usize] & SPACE != 0;
        if space && !is_space {
            words += 1;
            capitals += usize::from(b.is_ascii_uppercase() || b.is_ascii_digit());
        }
        space = is_space;
    }
    words <= 2 || 2 * capitals >= words
}

/// [`all_caps`] for ASCII text.
fn all_caps_ascii(text: &str) -> bool {
    let b = text.as_bytes();
    !b.iter().any(u8::is_ascii_lowercase)
        && b.iter().filter(|b| b.is_ascii_uppercase()).count() >= 8
}

/// [`inner_stop`] for ASCII text: a `.`, `!` or `?` followed by a space
/// and a capital, before the closing punctuation.
pub(super) fn inner_stop_ascii(text: &str) -> bool {
    let body = trim_end_marks(text, |c| script::is_sentence_end(c) || script::is_closer(c));
    // Every position tested, with no early exit, so that the loop runs on
    // wide vectors.
    let b = body.as_bytes();
    let (next, after) = (
        b.get(1..).unwrap_or_default(),
        b.get(2..).unwrap_or_default(),
    );
    let stop = |x: u8, y: u8| matches!(x, b'.' | b'!' | b'?') & (y == b' ');
    b.iter()
        .zip(next)
        .zip(after)
        .fold(false, |hit, ((&x, &y), &z)| {
            hit | (stop(x, y) & z.is_ascii_uppercase())
        })
        && plain_stop(body)
        || quoted_stop(b)
}

/// A stop in `body`, a space and a capital after it, that is not a day's
/// ordinal before its month (`per 30. September`): read only on lines the
/// wide loop found one in.
#[inline(never)]
fn plain_stop(body: &str) -> bool {
    let b = body.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', b).any(|k| {
        b.get(k + 1) == Some(&b' ')
            && b.get(k + 2).is_some_and(u8::is_ascii_uppercase)
            && !day_before_month(body, k)
    })
}

/// The `.` at byte `k` of `text` closes a day's number of one or two
/// figures and a month's name follows it (`12. März`, `30. September`):
/// an ordinal, no sentence's end.
pub(super) fn day_before_month(text: &str, k: usize) -> bool {
    let b = text.as_bytes();
    let digits = b[..k]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&digits)
        || b[..k - digits]
            .last()
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    text.get(k + 2..)
        .and_then(|rest| rest.split([' ', ',', '.']).next())
        .is_some_and(month_name)
}

/// A stop, a space and a quotation mark before a capital in `b` (`said.
/// "It`): read only at the quotation marks, which most lines lack, out of
/// the hot loop.
#[inline(never)]
fn quoted_stop(b: &[u8]) -> bool {
    memchr::memchr3_iter(b'"', b'\'', b'(', b).any(|k| {
        k >= 2
            && matches!(b[k - 2], b'.' | b'!' | b'?')
            && b[k - 1] == b' '
            && b.get(k + 1).is_some_and(u8::is_ascii_uppercase)
    })
}

/// Most bytes after dot leaders: a page number, a price with its unit.
const LEADER_TAIL: usize = 24;

/// Fewest dots of leaders before a tail that opens with a sign or a word
/// (`Leitmeritz . . . . . + 0,86 m`, `Vlissingen . . . . N.A.P. + 3,12 m`):
/// more than an ellipsis holds.
const LEADER_DOTS: usize = 4;
/// Most words of such a tail (`5.12 a.m. 5.40 p.m.`).
const LEADER_TAIL_WORDS: usize = 4;

/// What dot leaders end a line with (see [`leaders`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Leaders {
    /// None.
    None,
    /// A figure and at most a unit (`Inland ....... 3`): a row alone.
    Figure,
    /// A few words with a figure among them (`Leitmeritz . . . . . + 0,86
    /// m`): a row where a row of leaders stands beside it, for prose may
    /// pause so (`every 12 minutes .... maybe in 2025.`).
    Words,
}

/// Dot leaders, then a short tail holding a figure: `Inland ....... 3`,
/// `Sport … 12`, `Weizen . . . . . 8,40—8,75 Mk.`; after
/// [`LEADER_DOTS`] dots or more set off by a space, a tail of up to
/// [`LEADER_TAIL_WORDS`] words with a figure anywhere (`To-day ........
/// 5.12 a.m. 5.40 p.m.`; not a move in a game's score, `12. ... Sd7`).
pub(super) fn leaders(text: &str) -> Leaders {
    let b = text.as_bytes();
    let from = b.len().saturating_sub(LEADER_TAIL + 5);
    // The end of the last leader: `..`, `. .` or `…` (0xe2 0x80 0xa6),
    // found from the last byte of each.
    let window = &b[from..];
    let Some(end) = memchr::memrchr2_iter(b'.', 0xa6, window).find(|&i| {
        let w = &window[..=i];
        w.ends_with(b"..") || w.ends_with(b". .") || w.ends_with("…".as_bytes())
    }) else {
        return Leaders::None;
    };
    let tail = from + end + 1;
    if !text.is_char_boundary(tail) {
        return Leaders::None;
    }
    let (leader, tail) = text.split_at(tail);
    let tail = tail.trim_start_matches(['.', ' ', '…']);
    if tail.is_empty() || tail.len() > LEADER_TAIL {
        return Leaders::None;
    }
    let words = tail.split(' ').filter(|w| !w.is_empty()).count();
    // A figure and at most a unit after it (`8,40—8,75 Mk.`).
    if tail.bytes().next().is_some_and(|c| c.is_ascii_digit()) && words <= 2 {
        return Leaders::Figure;
    }
    // (The leader's dots after the last space before them: a dot closing
    // a number or a word is none.)
    let run = leader.trim_end_matches(['.', ' ', '…']);
    let set_off = leader[run.len()..].starts_with(' ');
    let dots: usize = leader[run.len()..]
        .chars()
        .map(|c| match c {
            '.' => 1,
            '…' => 3,
            _ => 0,
        })
        .sum();
    if set_off
        && dots >= LEADER_DOTS
        && words <= LEADER_TAIL_WORDS
        && tail.bytes().any(|c| c.is_ascii_digit())
    {
        Leaders::Words
    } else {
        Leaders::None
    }
}

/// The number `text` starts with, followed by `.` or `)` and a space (0
/// where there is none).
pub(super) fn list_number(text: &str) -> u16 {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text.as_bytes()[digits..];
    if !(1..=3).contains(&digits)
        || rest.len() < 3
        || !matches!(rest[0], b'.' | b')')
        || rest[1] != b' '
    {
        return 0;
    }
    text[..digits].parse().unwrap_or(0)
}

/// `text` ends in an abbreviated mark of numbering, capitalised (`No.`,
/// `Nos.`, `Art.`, `Vol.`, `Fig.`) or a page's (`p.`, `pp.`), a
/// telephone's (`Tel.`, `Tél.`, `Ph.`) or a month cut short (`Feb.`,
/// `Sept.`; not `Jan.`, a name too): a figure follows it (`died Tuesday,
/// Feb.` / `27, 2024`).
pub(super) fn numbering_mark_end(text: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    matches!(
        word,
        "No."
            | "Nos."
            | "Art."
            | "Vol."
            | "Fig."
            | "p."
            | "pp."
            | "Nº."
            | "Tel."
            | "Tél."
            | "Ph."
            | "Tfn."
            | "Tlf."
            | "Feb."
            | "Apr."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Oct."
            | "Nov."
            | "Dec."
    )
}

/// `text` opens with a quantity, a figure (`250`, `1,2`, `1/2`, `½`)
/// bare or glued to a unit (`250g`, `70ml`, `1.5kg`), then a word: a
/// recipe's ingredient, a list's entry (`4 pandan leaves`, `60 g di
/// burro`). Not a list's number (`2.`), a time or a date (`20:00`,
/// `10.00`, `3.5.`) nor a figure in a series (`11, 19`).
pub(super) fn quantity_lead(text: &str) -> bool {
    let Some((first, rest)) = text.split_once(' ') else {
        return false;
    };
    let figures = first.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &first[figures.len()..];
    let figure = !figures.is_empty()
        && figures.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾'))
        && figures.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾'))
        && figures
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | '½' | '¼' | '¾'));
    let bare = unit.is_empty();
    let unit = matches!(
        unit,
        "" | "g" | "kg" | "mg" | "ml" | "cl" | "dl" | "l" | "oz" | "lb" | "lbs" | "tsp" | "tbsp"
    );
    // (A clock's time, `10.00`, opens an entry of a programme.)
    let time = bare
        && figures
            .split_once('.')
            .is_some_and(|(h, m)| (1..=2).contains(&h.len()) && m.len() == 2);
    figure && unit && !time && rest.starts_with(char::is_alphabetic)
}

/// `text`, opening with a quantity (see [`quantity_lead`]), measures it
/// in a unit, glued or not (`250g`, `60 g di burro`, `2 tbsp oil`, `1
/// cup`), or equates it (`1 Euro = 1,0832 US-Dollar`): a recipe's
/// ingredient, a rate's row, where prose counts things (`40 kilos`, `12
/// people`).
pub(super) fn measured(text: &str) -> bool {
    const UNITS: [&str; 22] = [
        "g", "kg", "mg", "ml", "cl", "dl", "l", "oz", "lb", "lbs", "tsp", "tbsp", "cup", "cups",
        "EL", "TL", "litri", "litro", "litre", "litres", "liter", "liters",
    ];
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let glued = first.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
    UNITS.contains(&glued)
        || words.next().is_some_and(|w| UNITS.contains(&w))
        || text.contains(" = ")
}

/// The number `text` opens with bare (see [`View::bare_number`]): one or
/// two figures, a space, then a capital or a figure; 0 for none.
fn bare_number(text: &str) -> u8 {
    let b = text.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    let next = b.get(digits + 1).copied().unwrap_or(b' ');
    if !(1..=2).contains(&digits)
        || b.get(digits) != Some(&b' ')
        || !(next.is_ascii_uppercase() || next.is_ascii_digit())
    {
        return 0;
    }
    text[..digits].parse().unwrap_or(0)
}

/// The word after a list's number (see [`list_number`]) opens with a
/// capital and names no month: an item's text (`2. Aplicação de
/// resultados`), not a date (`14. Juni`).
pub(super) fn list_item_capital(text: &str) -> bool {
    let word = text.split_once(' ').map_or("", |(_, rest)| {
        rest.split([' ', ',', '.']).next().unwrap_or("")
    });
    word.starts_with(char::is_uppercase) && !is_month(word)
}

/// Abbreviated titles that stand before a name, and units of money or
/// numbering before a figure, and so end no sentence (`Dr.` / `Maximilian
/// Weil`, `a fine of Rs.` / `5,000`, `Nr.` / `12`).
fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Rs" | "Nr"
            | "Dr"
            | "Prof"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Mme"
            | "Mlle"
            | "Hr"
            | "Fr"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Capt"
            | "Lt"
            | "Sgt"
            | "Rev"
            | "Mgr"
            | "Dir"
            | "Abg"
            | "Präs"
            // (And the marks before a married woman's maiden name, as
            // notices set them: `Frau Elisabeth geb.` / `Maier`.)
            | "geb"
            | "verw"
            | "gesch"
            | "Vve"
    )
}

/// `rest`, a line after its opening quotation mark, closes the quotation:
/// a closing mark at its end or before a space (`Common sense’`, `Cliff
/// edge’ for pensioners`), not an apostrophe inside a word (`It’s`).
fn quotation_closes(rest: &str) -> bool {
    rest.match_indices(['’', '”', '"', '»', '“'])
        .any(|(at, mark)| {
            rest[at + mark.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        })
}
