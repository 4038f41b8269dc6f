//! Textual cues of a line: section labels, datelines, running heads,
//! credits and caption markers.

use super::*;

/// Longest section label over a CJK page's headline, in characters
/// (`经济·产业`).
const CJK_KICKER_CHARS: usize = 6;
/// Most words of a Latin section label (`COMUNIDAD VALENCIANA`).
const KICKER_WORDS: usize = 3;

/// The text of a line at a page's top may be its section's label: a
/// phrase without punctuation or figures, of at most
/// [`CJK_KICKER_CHARS`] in CJK, not ending in a binding particle, and in
/// Latin script one word, or up to
/// [`KICKER_WORDS`] in capitals.
pub(super) fn kicker(v: &View, text: &str) -> bool {
    if !v.plain() || v.ends_sentence || v.inner_stop || text.contains(|c: char| c.is_numeric()) {
        return false;
    }
    // (Not a phrase ending in a particle that binds it to the next
    // line: `旧港倉庫群を` / `文化拠点に改修` is a headline's first line.)
    // (Nor a clause, its subject or object marked by a particle set
    // between ideographs: `北川が氾濫` is a headline; `読者の声` a label.)
    if v.cjk {
        return text.chars().count() <= CJK_KICKER_CHARS
            && !script::binding_particle(v.last)
            && !clause_particle(text);
    }
    // (Or two labels in capitals parted by a bullet or a bar, each such a
    // label: `SERIE C • GIRONE B`, `SPORT | FUSSBALL`.)
    if let Some((a, b)) = text.split_once(['•', '·', '|']) {
        return !text.contains(char::is_lowercase)
            && [a, b].iter().all(|x| {
                let words = x.split_whitespace().count();
                words > 0 && words <= KICKER_WORDS
            });
    }
    // (Articles and prepositions aside, in a line of one to
    // [`KICKER_WORDS`] more: `LETTERS TO THE EDITOR`.)
    // (Not where one ends the line, which goes on: `LA FIESTA DE LA` /
    // `VENDIMIA VUELVE A JEREZ`.)
    let (mut words, mut particles, mut last_particle) = (0, 0, false);
    for w in text.split_whitespace() {
        words += 1;
        last_particle = matches!(
            w,
            "TO" | "THE" | "OF" | "FOR" | "DE" | "DU" | "LA" | "LE" | "DES" | "DEL" | "DER"
        );
        particles += usize::from(last_particle);
    }
    words == 1
        || (words - particles <= KICKER_WORDS
            && words <= KICKER_WORDS + 2
            && (words <= KICKER_WORDS || !last_particle)
            && !text.contains(char::is_lowercase))
}

/// `text` holds a Japanese particle that marks a clause's subject,
/// object or place (`が`, `を`, `は`, `に`, `で`) between two ideographs
/// or katakana: `北川が氾濫`, `市長を選出`.
pub(super) fn clause_particle(text: &str) -> bool {
    let kanji = |c: char| script::is_cjk(c) && !matches!(c, '\u{3040}'..='\u{309f}');
    text.chars()
        .zip(text.chars().skip(1))
        .zip(text.chars().skip(2))
        .any(|((a, p), b)| kanji(a) && matches!(p, 'が' | 'を' | 'は' | 'に' | 'で') && kanji(b))
}

/// A section's label of [`kicker`] is a phrase that may open a headline
/// in capitals: two words or more, no conjunction or ampersand
/// (`FLOODWATERS ISOLATE`; not `WEATHER`, `BUSINESS AND FINANCE`, `ARTS &
/// CULTURE`); or a short CJK line that names no section by its word
/// (`大肚山輕軌`, not `地方新聞`).
pub(super) fn kicker_phrase(text: &str) -> bool {
    // (A CJK label names its section by a word of its own: `地方新聞`,
    // `体育版`, `特集`, or joins two by a middle dot or a conjunction,
    // `城市·民生`, `教育與科技`; other short lines may open a headline.)
    if !text.is_ascii() && text.contains(script::is_cjk) {
        return !text.contains(['·', '‧', '・', '與', '与', '及'])
            && ![
                "新聞",
                "新闻",
                "版",
                "特集",
                "專題",
                "专题",
                "ニュース",
                "專欄",
                "专栏",
            ]
            .iter()
            .any(|w| text.ends_with(w));
    }
    let mut words = text.split_whitespace();
    words.clone().nth(1).is_some()
        && !words.any(|w| {
            matches!(
                w,
                "AND" | "&" | "UND" | "ET" | "Y" | "E" | "EN" | "OG" | "I"
            )
        })
}

/// Articles, the commonest prepositions and conjunctions, and the
/// possessives a noun always follows (`their`, `seine`, `su`, `sa`), in
/// lowercase, in English, German, French, Spanish, Italian, Portuguese and
/// Dutch: words that a phrase goes on after, so no title ends with one.
/// (Not those that are English words a title may end with: `van`, `met`,
/// `do`; nor Italian and Portuguese possessives, which may close a
/// clause: `il terzo posto è suo`.)
pub(super) fn is_function_word(w: &str) -> bool {
    // (A sorted list searched by halves: a few lines of code in the line
    // loop, where a match of a hundred words is a long one.)
    w.len() <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.binary_search(&w).is_ok()
}

/// `word` is a verb that English headlines set in the present before its
/// object, and that names no thing in the plural (`seeks`, `backs`,
/// `takes`, `unveils`; not `plans`, `cuts`, `awards`, `wins`), nor is
/// said without one (`Labour wins`, `Council approves`): a headline's
/// line ending on it goes on.
pub(super) fn headline_verb(word: &str) -> bool {
    matches!(
        word,
        "seeks"
            | "backs"
            | "takes"
            | "urges"
            | "unveils"
            | "rejects"
            | "slams"
            | "hails"
            | "launches"
            | "appoints"
            | "announces"
            | "secures"
            | "clinches"
            | "boosts"
            | "stuns"
            | "gets"
            | "wants"
            | "joins"
            | "welcomes"
            | "celebrates"
            | "defends"
    )
}

/// `text` ends in a verb that English headlines set after a subject in
/// the plural, before its object (`Barangay captains back` / `P180-M
/// flood-control plan`, `Residents urge`): the bare form of a
/// [`headline_verb`] after a word ending in `s`.
pub(super) fn plural_headline_verb(text: &str) -> bool {
    let mut words = text.rsplit(' ');
    words.next().is_some_and(|verb| {
        matches!(
            verb,
            "back" | "seek" | "urge" | "reject" | "slam" | "hail" | "unveil" | "want" | "welcome"
        )
    }) && words.next().is_some_and(|subject| subject.ends_with('s'))
}

/// `text` ends in a capitalised function word that opens a sentence after
/// one ends on the line (`…zu prüfen. Ihre`, `…he said. The`): a line
/// whose sentence goes on below.
pub(super) fn opens_sentence_at_end(text: &str) -> bool {
    let Some((before, word)) = text.rsplit_once(' ') else {
        return false;
    };
    let mut lower = [0u8; LONGEST_FUNCTION_WORD];
    let Some(first) = word.chars().next() else {
        return false;
    };
    let rest = &word[first.len_utf8()..];
    // (The first letter in ASCII: `Über` opens no sentence often enough.)
    if !first.is_ascii_uppercase()
        || word.len() > LONGEST_FUNCTION_WORD
        || !before.ends_with(['.', '!', '?'])
    {
        return false;
    }
    lower[0] = first.to_ascii_lowercase() as u8;
    lower[1..word.len()].copy_from_slice(rest.as_bytes());
    core::str::from_utf8(&lower[..word.len()]).is_ok_and(is_function_word)
}

/// `w` is one of the conjunctions of [`FUNCTION_WORDS`] (`and`, `und`,
/// `oder`, `et`, `y`, `e`, `o`, `or`).
pub(super) fn is_conjunction(w: &str) -> bool {
    matches!(w, "and" | "und" | "oder" | "or" | "et" | "y" | "e" | "o")
}

/// Bytes of the longest word in [`FUNCTION_WORDS`].
pub(super) const LONGEST_FUNCTION_WORD: usize = 6;

/// The words of [`is_function_word`], sorted by their bytes.
pub(super) const FUNCTION_WORDS: [&str; 98] = [
    "a", "am", "an", "and", "as", "at", "au", "auf", "aus", "aux", "bei", "beim", "by", "che",
    "com", "con", "da", "das", "de", "del", "dem", "den", "der", "des", "di", "die", "dos", "du",
    "e", "een", "ein", "eine", "einem", "einen", "einer", "eines", "el", "em", "en", "et", "for",
    "from", "für", "gli", "het", "ihre", "ihrem", "ihren", "ihrer", "il", "im", "in", "into",
    "its", "la", "las", "le", "les", "leur", "leurs", "lo", "los", "mit", "na", "nach", "o",
    "oder", "of", "on", "or", "os", "para", "per", "por", "sa", "seine", "seinem", "seinen",
    "seiner", "ses", "su", "sus", "than", "the", "their", "to", "un", "und", "une", "vom", "von",
    "with", "y", "zu", "zum", "zur", "à", "über",
];

/// Starts like an item of a list: a number of one to three digits with `)`
/// and a space, or a bullet and a space. (`3. ` is left out: in
/// German it is as often a date, `3. März`, or an ordinal.)
pub(super) fn list_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &text.as_bytes()[digits..];
        return rest.len() > 2 && rest[0] == b')' && rest[1] == b' ';
    }
    // An en dash or hyphen marks an item (`– Opening hours extended`); not
    // an em dash: old papers run news items on after `— ` in one paragraph.
    let mut chars = text.chars();
    let first = chars.next();
    // Japanese lists set `▽` right before the item's text (`▽山本一郎さん
    // （８７）＝…`, `▽決勝　…`).
    if first == Some('▽') {
        return chars.next().is_some_and(|c| !c.is_whitespace() && c != '▽');
    }
    matches!(first, Some('•' | '·' | '*' | '・' | '▪' | '–' | '-')) && chars.next() == Some(' ')
}

/// Starts with a section number: `II. `, `3) `, `A. `.
pub(super) fn section_number(text: &str) -> bool {
    if !text.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    // A number of at most a few characters.
    let end = text.len().min(8);
    let head = text.as_bytes()[..end]
        .iter()
        .position(|&b| b == b'.' || b == b')')
        .filter(|&i| text[i + 1..].starts_with(' '))
        .map(|i| &text[..i]);
    match head {
        Some(h) if !h.is_empty() => {
            h.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
                || h.chars().all(|c| c.is_ascii_digit())
                || (h.len() == 1 && h.chars().all(|c| c.is_ascii_uppercase()))
        }
        _ => false,
    }
}

/// Starts with a section number that is not a name's initial (`C. F. von
/// Hardenberg.`; `I. Müller.`, since Fraktur I and J are one letter): a
/// Roman numeral or a number followed by a capitalised word
/// (`II. Zeitungs⸗Nachrichten.`), by two if it has a single character
/// (`I. Amtliche Nachrichten.`).
pub(super) fn section_heading(text: &str) -> bool {
    if !section_number(text) {
        return false;
    }
    let mut words = text.split_whitespace();
    let number = words.next().unwrap_or("");
    let roman = number
        .trim_end_matches(['.', ')'])
        .chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    let word = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.trim_end_matches(['.', ',', ';', ':']).chars().count() > 1
        })
    };
    if !roman && !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if number.chars().count() > 2 {
        return word(words.next());
    }
    word(words.next()) && word(words.next())
}

/// Longest tag of a CJK dateline, in characters (`記者周嘉文／台北報導`).
const CJK_DATELINE_CHARS: usize = 20;

/// Starts with a CJK dateline, which opens a news item: the paper's or an
/// agency's report (`【本報訊】`, `【新華社北京電】`, `本报讯`, `本报北京5月20日电`,
/// `（哥打巴鲁7日讯）`, `本報記者梁詠詩報道：`), a reporter and a place
/// (`〔記者周嘉文／台北報導〕`), a Japanese place and agency (`【ロンドン＝共同】`)
/// or place alone before the text, closed within [`CJK_DATELINE_CHARS`]
/// characters.
pub(super) fn cjk_dateline(text: &str) -> bool {
    const REPORTED: [&str; 7] = ["訊", "讯", "報導", "報道", "报道", "電", "电"];
    // The paper's own report without brackets (`本报讯　以…`), or its
    // reporter's (`本報記者梁詠詩報道：…`).
    if text.starts_with("本报讯") || text.starts_with("本報訊") {
        return true;
    }
    if let Some(rest) = text
        .strip_prefix("本報記者")
        .or_else(|| text.strip_prefix("本报记者"))
    {
        let tag = rest
            .char_indices()
            .take(CJK_DATELINE_CHARS)
            .find(|&(_, c)| matches!(c, '：' | '　'));
        return tag.is_some_and(|(i, _)| REPORTED.iter().any(|e| rest[..i].ends_with(e)));
    }
    // (Or a paper's or an agency's report by place and day: `本报北京5月20日
    // 电（记者王立新）…`, `新华社深圳3月5日电　…`.)
    let agency = ["本报", "本報", "新华社", "新華社", "中新社"]
        .iter()
        .find_map(|a| text.strip_prefix(a));
    if let Some(rest) = agency {
        let head = &rest[..rest
            .char_indices()
            .nth(CJK_DATELINE_CHARS)
            .map_or(rest.len(), |(i, _)| i)];
        return ["日电", "日電", "日讯", "日訊"]
            .iter()
            .any(|e| head.contains(e));
    }
    // (Each bracket's first byte is E3 or EF; most lines open otherwise.)
    if !matches!(text.as_bytes().first(), Some(0xe3 | 0xef)) {
        return false;
    }
    // (Or in round brackets, a place and a day before the agency's mark:
    // `（哥打巴鲁7日讯）吉兰丹州…`, `（中央社記者林雅婷台南12日電）`.)
    let round = text.starts_with('（');
    let Some(rest) = text.strip_prefix(['【', '〔', '［', '（']) else {
        return false;
    };
    let Some(end) = rest
        .char_indices()
        .take(CJK_DATELINE_CHARS + 1)
        .find(|&(_, c)| matches!(c, '】' | '〕' | '］' | '）'))
        .map(|(i, _)| i)
    else {
        return false;
    };
    let tag = &rest[..end];
    if round {
        return tag.contains('日') && REPORTED.iter().any(|e| tag.ends_with(e));
    }
    REPORTED.iter().any(|e| tag.ends_with(e))
        || tag.contains('＝')
        // A Japanese regional paper's place alone, the text right after it
        // (`【桜浜】昭和初期に…`); not a label of a results' row, labelled
        // again or one character long over cells parted by spaces
        // (`【勝】北原 3勝1敗 【敗】森田`).
        || (text.starts_with('【')
            && tag.chars().nth(PLACE_TAG_CHARS).is_none()
            && tag.chars().all(|c| script::is_cjk(c) && c.is_alphabetic())
            && rest[end..]
                .chars()
                .nth(1)
                .is_some_and(|c| script::is_cjk(c) && c.is_alphabetic())
            && !rest[end..].contains('【')
            && !(tag.chars().nth(1).is_none() && rest[end..].contains(' ')))
}

/// `text` opens a letter to the editor with its salutation (`Sir, – May
/// I …`, `Dear Editor,`, `Madam,`): a letter starts there, as a story
/// does at its dateline.
pub(super) fn salutation(text: &str) -> bool {
    [
        "Sir, ",
        "Sir,",
        "SIR, ",
        // (A dash after it, no comma: `Sir – Please allow me …`, `SIR -
        // May I …`.)
        "Sir – ",
        "Sir — ",
        "Sir - ",
        "SIR – ",
        "SIR - ",
        "Madam, ",
        "Dear Editor,",
        "Dear Sir,",
        "Dear Sir or Madam,",
        "To the editor:",
        "To the Editor:",
    ]
    .iter()
    .any(|s| text.starts_with(s))
        && !text.starts_with("Sir, who")
}

/// Most characters of a place alone in a CJK dateline's brackets (`【桜浜】`).
const PLACE_TAG_CHARS: usize = 6;

/// Most bytes before the dash of a log's timed entry (`Feb. 10, 11:40
/// a.m. —`).
const TIMED_OPENER_BYTES: usize = 30;

/// Starts as an entry of a police log or a timeline does: a day perhaps,
/// a time on the clock and a dash (`Feb. 5, 10:14 a.m. — A caller`,
/// `22:15 – Feuerwehreinsatz`), at most five words before the dash.
pub(super) fn timed_opener(text: &str) -> bool {
    let b = text.as_bytes();
    let head = &b[..b.len().min(TIMED_OPENER_BYTES)];
    // (A figure on each side of a colon near the start: few lines have
    // one.)
    if !head
        .first()
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return false;
    }
    let clock_colon = memchr::memchr_iter(b':', head).any(|i| {
        i > 0 && head[i - 1].is_ascii_digit() && head.get(i + 1).is_some_and(u8::is_ascii_digit)
    });
    if !clock_colon {
        return false;
    }
    let mut end = b.len().min(TIMED_OPENER_BYTES + " — ".len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let near = &text[..end];
    let Some((before, _)) = [" — ", " – "]
        .iter()
        .filter_map(|d| near.split_once(d))
        .min_by_key(|(b, _)| b.len())
    else {
        return false;
    };
    let clock = |w: &str| {
        w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && h.bytes().all(|b| b.is_ascii_digit())
                && m.len() == 2
                && m.bytes().all(|b| b.is_ascii_digit())
        })
    };
    before.len() <= TIMED_OPENER_BYTES
        && before.split(' ').nth(5).is_none()
        && before.split(' ').any(|w| clock(w.trim_end_matches(',')))
}

/// Starts with a dateline set off by a dash, which opens a news item: a
/// place in capitals (one to three words), perhaps its state or country
/// after a comma (`FORT ADLER, Texas (AP) —`), perhaps an agency in
/// brackets, then a dash (`PORT ELLERY — The council`, `LONDON (Reuters) – Prices`,
/// `BERLIN (dpa) -- Der Senat`), or a colon after the place (`JOHOR BARU:
/// A total`); or the paper's or agency's initials in brackets alone
/// (`(SH) - Từ ngày`, `(AFP) – Le`).
pub(super) fn dash_dateline(text: &str) -> bool {
    const PLACE_WORDS: usize = 3;
    const AGENCY_WORDS: usize = 3;
    let b = text.as_bytes();
    if let Some(rest) = text.strip_prefix('(') {
        let Some((initials, after)) = rest.split_once(')') else {
            return false;
        };
        return (2..=6).contains(&initials.len())
            && initials.bytes().all(|c| c.is_ascii_uppercase())
            && ["—", "–", "--", "-"].iter().any(|d| {
                after
                    .strip_prefix(' ')
                    .and_then(|a| a.strip_prefix(d))
                    .is_some_and(|a| a.starts_with(' '))
            });
    }
    // Cheap test first: two capitals.
    if !(b.len() > 4 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase()) {
        return false;
    }
    let mut words = text.split(' ');
    let mut w = words.next();
    let mut place = 0;
    let caps = |x: &str| {
        x.chars().count() >= 2
            && x.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
    };
    while let Some(x) = w {
        if place == PLACE_WORDS || !caps(x) {
            break;
        }
        place += 1;
        w = words.next();
    }
    // (The place's last word may carry a comma before its state or
    // country in title case, as American and Canadian papers set it:
    // `FORT ADLER, Texas (AP) —`, `DORION, Ont. —`.)
    if let Some(x) = w.and_then(|x| x.strip_suffix(',')) {
        if place < PLACE_WORDS && caps(x) {
            let state = words.next().is_some_and(|s| {
                s.starts_with(|c: char| c.is_ascii_uppercase())
                    && s.chars().skip(1).all(|c| c.is_lowercase() || c == '.')
            });
            if !state {
                return false;
            }
            place += 1;
            w = words.next();
        }
    }
    // (Or a colon after the place, as Malaysian, Singaporean and Indian
    // papers set it: `JOHOR BARU: A total of`, `NEW DELHI: The Centre`;
    // not a label in capitals, `NOTE: The`.)
    if let Some(x) = w.and_then(|x| x.strip_suffix(':')) {
        let label = matches!(
            x,
            "NOTE"
                | "NB"
                | "PS"
                | "UPDATE"
                | "WARNING"
                | "EDITOR"
                | "PHOTO"
                | "PHOTOS"
                | "PICTURE"
                | "PICTURES"
                | "PICTURED"
                | "FOTO"
                | "BILD"
                | "FILE"
                | "SOURCE"
                | "VENUE"
                | "TIME"
                | "DATE"
                | "TEL"
                | "FAX"
                | "EMAIL"
                | "WEB"
                | "TICKETS"
                | "PRICE"
                | "ADDRESS"
                | "CONTACT"
                | "Q"
                | "A"
        );
        let after = words
            .next()
            .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        return place < PLACE_WORDS && caps(x) && x.len() >= 4 && !label && after;
    }
    if place == 0 {
        return false;
    }
    // `(Reuters)`, `(Our Correspondent)`
    if let Some(mut x) = w.filter(|x| x.starts_with('(')) {
        let mut n = 1;
        while !x.ends_with(')') {
            n += 1;
            match words.next() {
                Some(next) if n <= AGENCY_WORDS => x = next,
                _ => return false,
            }
        }
        w = words.next();
    }
    matches!(w, Some("—" | "–" | "--" | "-"))
}

/// Longest day's title read by [`day_title`], in bytes.
const DAY_TITLE_BYTES: usize = 40;

/// `text` is a day's date alone, the title of a listing's day: a weekday's
/// name, then a day in figures and a month's name, with `de` or `of`
/// between them or not (`Freitag, 14. März`, `Friday, March 14`,
/// `Vendredi 14 mars`, `Sábado 15 de marzo`), and nothing else.
pub(super) fn day_title(text: &str) -> bool {
    if text.len() > DAY_TITLE_BYTES || !text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    // The weekday first: 5 to 13 bytes (`lunes`, `poniedziałek`, with
    // `-feira` after it in Portuguese), up to a space, a comma or a stop;
    // every weekday opens with an ASCII letter.
    let b = text.as_bytes();
    let Some(end) = b
        .iter()
        .take(20)
        .position(|&c| matches!(c, b' ' | b',' | b'.'))
    else {
        return false;
    };
    if !weekday_name(&text[..end]) {
        return false;
    }
    let words = text[end + 1..].split_whitespace();
    let (mut figures, mut names) = (0, 0);
    for w in words {
        let w = w.trim_end_matches([',', '.']);
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 4 {
            figures += 1;
        } else if matches!(w, "de" | "del" | "of") {
            continue;
        } else if is_month(w) {
            names += 1;
        } else {
            return false;
        }
    }
    (1..=2).contains(&figures) && names == 1
}

/// `word` names a month, in full or cut short (`März`, `March`, `mars`,
/// `marzo`, `Dec`, Dutch `mrt`): its first three letters are a month's.
pub(super) fn is_month(word: &str) -> bool {
    // (Austrian German names January `Jänner`.)
    const MONTHS: [&str; 36] = [
        "jan", "jän", "feb", "fév", "fev", "mär", "mar", "maa", "mrt", "apr", "avr", "abr", "mai",
        "may", "mag", "mei", "maj", "jun", "jui", "giu", "jul", "lug", "aug", "aoû", "ago", "sep",
        "set", "okt", "oct", "ott", "out", "nov", "dez", "dec", "déc", "dic",
    ];
    let lower = word.to_lowercase();
    word.chars().count() >= 3
        && word.chars().all(char::is_alphabetic)
        && (MONTHS.iter().any(|m| lower.starts_with(m)) || month_name(word))
}

/// `word` is a month's whole name (`April`, `März`, `septembre`, `mei`),
/// in the languages the crate reads; a period after it aside.
#[inline(never)]
pub(super) fn month_name(word: &str) -> bool {
    const MONTHS: [&str; 150] = [
        "january",
        "jänner",
        "feber",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januar",
        "februar",
        "märz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "januari",
        "februari",
        "maart",
        "mei",
        "augustus",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "gennaio",
        "febbraio",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "settembre",
        "ottobre",
        "dicembre",
        "janeiro",
        "fevereiro",
        "março",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "dezembro",
        "gener",
        "febrer",
        "març",
        "maig",
        "juny",
        "juliol",
        "agost",
        "setembre",
        "desembre",
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "iunie",
        "iulie",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
        // (Finnish, as a date writes them: `12. kesäkuuta 2024`.)
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
        // (Polish and Czech, as a date writes them, in the genitive:
        // `21 lutego 2025`, `7. března 2025`.)
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
        // (Turkish.)
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
        // (Indonesian and Malay, the names the others lack; Swedish,
        // Danish.)
        "maret",
        "agustus",
        "desember",
        "augusti",
        "marts",
    ];
    let word = word.trim_end_matches(['.', ',']);
    // (Compared letter by letter in lowercase, without a new string.)
    let same =
        |m: &&str| m.len() == word.len() && word.chars().flat_map(char::to_lowercase).eq(m.chars());
    (3..=14).contains(&word.len()) && MONTHS.iter().any(same)
}

/// `word` names a day of the week, whole or cut short to two or three
/// letters, a period after it aside (`Fri`, `Sa.`, `Mittwoch`): a column
/// of a weather table's header, in a row of such words.
pub(super) fn weekday_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let w = word.as_bytes();
    if !(2..=12).contains(&w.len()) || !w[0].is_ascii_uppercase() {
        return false;
    }
    // (Compared byte by byte, the first letter's case aside: a day's other
    // letters are lowercase, `Sáb`, `Lördag`.)
    let cut = w.len() <= 3 || word.chars().count() <= 3;
    WEEKDAYS.iter().any(|d| {
        let d = d.as_bytes();
        if cut {
            d.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))
        } else {
            d.eq_ignore_ascii_case(w)
        }
    })
}

/// The days of the week, in lowercase, in the languages of the page (see
/// [`day_title`]).
const WEEKDAYS: [&str; 107] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "segunda",
    "terça",
    "quarta",
    "quinta",
    "sexta",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mandag",
    "tirsdag",
    "lørdag",
    "søndag",
    "poniedziałek",
    "niedziela",
    // (Catalan.)
    "dilluns",
    "dimarts",
    "dimecres",
    "dijous",
    "divendres",
    "dissabte",
    "diumenge",
    // (Hungarian.)
    "hétfő",
    "kedd",
    "szerda",
    "csütörtök",
    "péntek",
    "szombat",
    "vasárnap",
    // (Finnish.)
    "maanantai",
    "tiistai",
    "keskiviikko",
    "torstai",
    "perjantai",
    "lauantai",
    "sunnuntai",
    // (Romanian, its longer names: `luni` and `joi` are words and names
    // besides.)
    "marți",
    "miercuri",
    "vineri",
    "sâmbătă",
    "duminică",
    // (Polish, Czech, Turkish, Indonesian and Malay, those whose first
    // letter is ASCII.)
    "wtorek",
    "czwartek",
    "piątek",
    "sobota",
    "pondělí",
    "středa",
    "pátek",
    "neděle",
    "pazartesi",
    "perşembe",
    "cuma",
    "cumartesi",
    "pazar",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
];

/// Starts with a dateline, which opens a news item: a place (one to three
/// capitalised words), a comma, and within the next four words a day of the
/// month, with its period before a word or after a capitalised one
/// (`Berlin, 3. März.`, `Kaßel, vom 29. Sept.`, `Vor Sedan, den 2.
/// September`, `LONDON, March 3.`, `LONDON, March 3, 1914`), and no verb
/// before it. A bare number (`Paris, 3 mars`) is too often a count to be
/// taken for a day.
pub(super) fn dateline(text: &str) -> bool {
    /// Most words of a place name.
    const PLACE_WORDS: usize = 3;
    /// Words after the comma that may hold the day.
    const DATE_WORDS: usize = 4;
    if !text.starts_with(char::is_uppercase) {
        return false;
    }
    let Some((place, rest)) = script::split_once_ascii_pair(text, b", ") else {
        return false;
    };
    let words = place.split_whitespace().count();
    if words == 0
        || words > PLACE_WORDS
        || !place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    let day = |d: &str| {
        (1..=2).contains(&d.len())
            && d.bytes().all(|b| b.is_ascii_digit())
            && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
    };
    let starts = |w: Option<&str>, f: fn(char) -> bool| w.is_some_and(|w| w.starts_with(f));
    let mut prev = None;
    let mut it = rest.split_whitespace().take(DATE_WORDS).peekable();
    while let Some(w) = it.next() {
        // A longer word in lowercase before the day is a sentence's verb
        // (`Cold Spring, died March 2, 2025.`, a death notice going on),
        // not a dateline's article (`vom`, `den`).
        if w.starts_with(char::is_lowercase) && w.chars().nth(3).is_some() {
            return false;
        }
        let next = it.peek().copied();
        let date = if let Some(d) = w.strip_suffix('.') {
            // `3. März`, `March 3.`
            day(d) && (starts(next, char::is_alphabetic) || starts(prev, char::is_uppercase))
        } else if let Some(d) = w.strip_suffix(',') {
            // `March 3, 1914`
            day(d) && starts(prev, char::is_uppercase)
        } else {
            false
        };
        if date {
            return true;
        }
        prev = Some(w);
    }
    false
}

/// Most bytes of a dateline of a place and a weekday (see
/// [`weekday_dateline`]).
const WEEKDAY_DATELINE_BYTES: usize = 40;

/// A dateline of a place in capitals and the weekday, as older British
/// papers set it on a line of its own over the text (`GRIMSTON,
/// Tuesday.`, `LONDON, Monday,`), or the day of the month, as Spanish
/// ones do (`TORDESILLAS, 11.`): no more on the line.
pub(super) fn weekday_dateline(text: &str) -> bool {
    if text.len() > WEEKDAY_DATELINE_BYTES || !text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    // (The comma found by its byte: most short lines hold none.)
    let Some(comma) = memchr::memchr(b',', text.as_bytes()) else {
        return false;
    };
    let (place, day) = (&text[..comma], &text[comma + 1..]);
    let Some(day) = day.strip_prefix(' ') else {
        return false;
    };
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && place.split(' ').count() <= 3
        && !place.contains(char::is_lowercase)
        && day.strip_suffix(['.', ',']).is_some_and(|d| {
            (d.starts_with(char::is_uppercase) && weekday_name(d))
                || ((1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Most bytes of the place that opens a line as its Ortsmarke.
const PLACE_MARK_BYTES: usize = 32;

/// Opens with a place and a period, as German papers open a local story
/// (its Ortsmarke: `Oberaich. Schwer verletzt …`, `Bad Tölz. Die …`): one
/// or two capitalised words of letters (or with a hyphen), four letters
/// at least, a period, a space and a capitalised word. Not a one-word
/// sentence that answers (`Danke.`, `Well.`) or an abbreviation (`Prof.`).
pub(super) fn place_mark(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(PLACE_MARK_BYTES)];
    let Some(dot) = memchr::memchr_iter(b'.', head).find(|&i| head.get(i + 1) == Some(&b' '))
    else {
        return false;
    };
    let (place, rest) = (&text[..dot], &text[dot + 2..]);
    let mut words = 0;
    let word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !w.ends_with('-')
    };
    for w in place.split(' ') {
        words += 1;
        if words > 2 || !word(w) {
            return false;
        }
    }
    place.chars().filter(|c| c.is_alphabetic()).nth(3).is_some()
        && rest.starts_with(char::is_uppercase)
        && !matches!(
            place,
            "Danke"
                | "Nein"
                | "Bitte"
                | "Genau"
                | "Stimmt"
                | "Richtig"
                | "Well"
                | "Okay"
                | "Thanks"
                | "Merci"
                | "Prof"
                | "Dipl"
                | "Sept"
                | "Febr"
                | "Corp"
        )
}

/// `text` opens as an entry of a listing by date: a weekday, whole or cut
/// short with a period (`Ven.`, `Sam.`, `Fri`), then a day of the month,
/// then more (`Ven. 8 août, 20 h — Alexis Tremblay-Bolduc, quai, 35 $`).
/// A day's date alone is a title (see [`day_title`]).
pub(super) fn dated_entry(text: &str) -> bool {
    let mut words = text.splitn(3, ' ');
    let (Some(word), Some(date), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let date = date.trim_end_matches([',', '.']);
    // (An English day may carry its ordinal's ending: `Friday, 21st
    // March: Wake-keeping …`.)
    let date = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|e| date.strip_suffix(e))
        .unwrap_or(date);
    // (The day's figures first: most lines fail there.)
    if !(1..=2).contains(&date.len()) || !date.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // A weekday whole, cut short with a period (`Ven.`, `Sam.`), or an
    // English one's three letters (`Fri`): not a word that starts as one
    // does (`Die 3 Kinder`, `Mit 2 Toren`).
    // (A comma may follow the period: `Fr., 5. Juli: …`.)
    let word = word.trim_end_matches(',');
    let cut = word.strip_suffix('.');
    let day = cut.unwrap_or(word);
    // (Weekdays are listed in lowercase, their capitals ASCII.)
    let prefix = |w: &&str| {
        w.len() >= day.len()
            && w.is_char_boundary(day.len())
            && w[..day.len()].eq_ignore_ascii_case(day)
    };
    let whole = |w: &&str| w.eq_ignore_ascii_case(day);
    let english = matches!(day, "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun");
    // A weekday's two letters before the day and its month (`Wo 16 okt.`,
    // `Di 3. März`): not a word of two letters before a count.
    // (Or its number, `Sa., 14. 9.: Bauernmarkt …`.)
    let month_number = |m: &str| {
        m.trim_end_matches([':', ','])
            .strip_suffix('.')
            .and_then(|d| d.parse::<u8>().ok())
            .is_some_and(|d| (1..=12).contains(&d))
    };
    let two = day.len() == 2
        && WEEKDAY_PAIRS.iter().any(whole)
        && rest
            .split(' ')
            .next()
            .is_some_and(|m| is_month(m.trim_end_matches(['.', ',', ':'])) || month_number(m));
    if two {
        return !day_title(text);
    }
    day.chars().nth(2).is_some()
        && day.starts_with(|c: char| c.is_ascii_uppercase())
        && (english
            || if cut.is_some() {
                WEEKDAYS.iter().any(prefix)
            } else {
                WEEKDAYS.iter().any(whole)
            })
        && !rest.is_empty()
        && !day_title(text)
}

/// The weekdays' two-letter forms in listings (Dutch, German, French,
/// Spanish, Italian, English), in lowercase.
const WEEKDAY_PAIRS: [&str; 23] = [
    "ma", "di", "wo", "do", "vr", "za", "zo", "mo", "mi", "fr", "sa", "so", "lu", "me", "je", "ve",
    "ju", "vi", "gi", "tu", "we", "th", "su",
];

/// Most characters of the place before the slash of a CJK brief's title.
const PLACE_SLASH_CHARS: usize = 4;

/// `text` is a CJK brief's title after its place and a fullwidth slash
/// (`彰化／長者共餐再增5處`, `南投／集集綠色隧道封閉`): two to
/// [`PLACE_SLASH_CHARS`] ideographs, the slash, and a phrase of four
/// characters at least, no second slash (a credit's `記者／攝` has one
/// word after it, a dateline's brackets come first).
pub(super) fn place_slash_title(text: &str) -> bool {
    // (Looked for in the first characters only, where the place ends.)
    let mut end = text.len().min((PLACE_SLASH_CHARS + 1) * 3);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let Some(slash) = head.find('／') else {
        return false;
    };
    let (place, title) = (&text[..slash], &text[slash + '／'.len_utf8()..]);
    let n = place.chars().count();
    (2..=PLACE_SLASH_CHARS).contains(&n)
        && place
            .chars()
            .all(|c| script::is_cjk(c) && script::is_alphabetic(c))
        && title.chars().count() >= 4
        && !title.contains('／')
        && !title.ends_with(['攝', '摄'])
        && !title.ends_with("提供")
}

/// Whether `input` reads as German: its articles and `und` three times at
/// least, and more often than English ones.
pub(super) fn reads_german(input: &str) -> bool {
    let count = |w: &str| memchr::memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let german = count(" der ") + count(" die ") + count(" das ") + count(" und ");
    german >= 3 && german > count(" the ") + count(" and ")
}

/// Whether `input` says it is an interview: a line opening with the
/// format's label or the interviewer's credit (`Propos recueillis par
/// …`, `INTERVIEW`, `Das Gespräch führte …`, `（聞き手・…）`, `专访`), or the
/// lede saying the guest answers the paper's questions (`répond à nos
/// questions`). (The word alone inside a sentence is no cue: `told the
/// BBC in an interview`.)
pub(super) fn interview_cue(input: &str) -> bool {
    const OPENERS: [&str; 14] = [
        "propos recueillis",
        "interview",
        "entretien",
        "entrevista",
        "intervista",
        "das gespräch führte",
        "interviewed by",
        "q&a",
        "聞き手",
        "（聞き手",
        "专访",
        "專訪",
        "访谈",
        "訪談",
    ];
    const INSIDE: [&str; 4] = [
        "répond à nos questions",
        "answers our questions",
        "answered our questions",
        "beantwortet unsere fragen",
    ];
    input.lines().any(|line| {
        let line = line
            .trim_start_matches([' ', '\t', '\u{3000}'])
            .to_lowercase();
        OPENERS.iter().any(|o| line.starts_with(o)) || INSIDE.iter().any(|i| line.contains(i))
    })
}

/// Words capitalised only where they open a sentence (articles, pronouns,
/// the commonest prepositions and conjunctions), in English, German,
/// French, Spanish, Italian and Dutch.
fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "It"
            | "Its"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "He"
            | "She"
            | "They"
            | "We"
            | "But"
            | "And"
            | "When"
            | "While"
            | "After"
            | "Der"
            | "Die"
            | "Das"
            | "Ein"
            | "Eine"
            | "Im"
            | "Am"
            | "Es"
            | "Er"
            | "Wir"
            | "Le"
            | "La"
            | "Les"
            | "Un"
            | "Une"
            | "Il"
            | "Elle"
            | "El"
            | "Los"
            | "Las"
            | "Lo"
            | "Het"
            | "De"
            | "Een"
    )
}

/// The line's first word is in capitals, two letters or more (`SOPOT.`,
/// `LIÈGE –`, `A HEALTH`: a single letter reads the next word too).
pub(super) fn caps_lead(text: &str) -> bool {
    let mut words = script::split_spaces(text);
    // (Capitals before the length: most words fail at their second
    // letter.)
    // (A place's name may join its parts with a hyphen: `YLÄ-JÄRVELÄ.`)
    let caps = |w: &str| {
        let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
        caps_word(w) && w.chars().nth(1).is_some()
    };
    let one_char = |w: &str| {
        let mut c = w.chars();
        c.next().is_some() && c.next().is_none()
    };
    match words.next() {
        Some(w) if one_char(w) => words.next().is_some_and(caps),
        Some(w) => caps(w),
        None => false,
    }
}

/// `w` is in capitals, its parts joined by hyphens or not (`SOPOT`,
/// `YLÄ-JÄRVELÄ`).
fn caps_word(w: &str) -> bool {
    !w.starts_with('-') && w.chars().all(|c| c.is_uppercase() || c == '-')
}

/// [`caps_lead`] as a story's lede opens: the word in capitals of three
/// letters or more, no comma after it (`SOPOT.`, `BENGALURU:`, `A
/// HEALTH board`; not an abbreviation going on in a sentence, `EC, no
/// domingo`, `JP Nagar`).
pub(super) fn caps_lede(text: &str) -> bool {
    let mut words = script::split_spaces(text);
    let lede = |w: &str| {
        let word = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
        !w.ends_with(',') && word.chars().nth(2).is_some() && caps_word(word)
    };
    match words.next() {
        Some(w) if w.chars().nth(1).is_none() => words.next().is_some_and(lede),
        Some(w) => lede(w),
        None => false,
    }
}

/// The line's first word is one of [`is_sentence_opener`]: a line that
/// starts with it starts a sentence.
pub(super) fn opens_sentence(text: &str) -> bool {
    lead_word(text, 5).is_some_and(is_sentence_opener)
}

/// The line's first word, opening with an ASCII capital, if it is at most
/// `most` bytes long: the words that open sentences are short, and most
/// lines are passed over at their first byte or few.
fn lead_word(text: &str, most: usize) -> Option<&str> {
    let b = text.as_bytes();
    if b.first().is_none_or(|c| !c.is_ascii_uppercase()) {
        return None;
    }
    let end = b
        .iter()
        .take(most + 1)
        .position(|&c| c == b' ')
        .unwrap_or(b.len());
    // (A space is ASCII: `end` is a character's boundary.)
    (end <= most).then(|| &text[..end])
}

/// The line's first word is a pronoun or a conjunction that is
/// capitalised only to open a sentence (`When`, `He`, `Quand`; not an
/// article, `The`, which may open a name going on in a sentence: `…
/// read` / `The Times`; nor `Elle`, a magazine's name, nor `Sie`, which
/// German capitalises inside a sentence).
pub(super) fn opens_clause(text: &str) -> bool {
    // (The word may carry a contraction or a comma: `It’s`, `They're`,
    // `But,`.)
    let Some(word) = lead_word(text, 9) else {
        return false;
    };
    let word = ["’s", "'s", "’re", "'re", ","]
        .iter()
        .find_map(|tail| word.strip_suffix(tail))
        .unwrap_or(word);
    matches!(
        word,
        "It" | "He"
            | "She"
            | "They"
            | "We"
            | "But"
            | "When"
            | "While"
            | "After"
            | "This"
            | "These"
            | "Those"
            | "Es"
            | "Er"
            | "Wir"
            | "Aber"
            | "Als"
            | "Wenn"
            | "Ils"
            | "Nous"
            | "Mais"
            | "Quand"
    )
}

/// The labels of a photo's credit among the [`CREDIT_LABELS`]: a caption
/// may go on behind them (see [`is_credit_label`]).
const PHOTO_LABELS: [&str; 25] = [
    "Foto:",
    "Fotoğraf:",
    "FOTOĞRAF:",
    "Fotó:",
    "FOTÓ:",
    "Fotografia:",
    "Fotografía:",
    "Fotografie:",
    "Beeld:",
    "Fotos:",
    "Photo:",
    "Photos:",
    "Photograph:",
    "Picture:",
    "Pictures:",
    "PICTURE:",
    "PICTURES:",
    "Pic:",
    "Pics:",
    "FOTO:",
    "PHOTO:",
    "Bild:",
    "Ảnh:",
    "Kuva:",
    "KUVA:",
];

/// The labels of a credit with a colon but a photo's (see [`CREDIT_LABELS`]).
const OTHER_CREDIT_LABELS: [&str; 25] = [
    // The credit of a chart, a map, a drawing, and its source.
    "Grafik:",
    "Infografik:",
    "Grafiek:",
    "Graphic:",
    "Gráfico:",
    "Karte:",
    "Kaart:",
    "Quelle:",
    "Source:",
    "Sources:",
    "Fonte:",
    "Fuente:",
    "Bron:",
    "Källa:",
    "数据来源：",
    "资料来源：",
    "資料來源：",
    "来源：",
    "來源：",
    "Illustration:",
    "Illustratie:",
    "Illustrazione:",
    // An architect's picture of what is to be built.
    "Visualisierung:",
    "Rendering:",
    "Simulation:",
];

/// The labels of a credit with a colon (see [`is_credit_label`]): the
/// [`PHOTO_LABELS`], then the others.
pub(super) const CREDIT_LABELS: [&str; PHOTO_LABELS.len() + OTHER_CREDIT_LABELS.len()] = {
    let mut all = [""; PHOTO_LABELS.len() + OTHER_CREDIT_LABELS.len()];
    let mut k = 0;
    while k < all.len() {
        all[k] = if k < PHOTO_LABELS.len() {
            PHOTO_LABELS[k]
        } else {
            OTHER_CREDIT_LABELS[k - PHOTO_LABELS.len()]
        };
        k += 1;
    }
    all
};

/// The labels of a credit without a colon (see [`is_credit_label`]).
pub(super) const CREDIT_WORDS_LABELS: [&str; 15] = [
    "Foto ",
    "Fotos ",
    "Photo by ",
    "Photos by ",
    "Picture by ",
    "Pictures by ",
    "Photo ",
    "Photos ",
    "FOTO ",
    "PHOTO ",
    "PHOTO BY ",
    "Fot. ",
    "FOT. ",
    "Picture ",
    "Fotoğraf ",
];

/// `above` ends in a photo's label after a sentence (`… verlaufen.
/// Foto:`) and `text` is the credit it labels, wrapped to its own line: a
/// name or an agency of a few words, each capitalised or a name's
/// particle, no sentence (`Petra Lindner`, `APA/Hans Huber`).
pub(super) fn credit_after_label(above: &str, text: &str) -> bool {
    /// Most words of a credit wrapped under its label.
    const WORDS: usize = 4;
    let label = PHOTO_LABELS.iter().any(|l| {
        above
            .strip_suffix(l)
            .is_some_and(|before| before.ends_with(". ") || before.is_empty())
    });
    let words = text.split_whitespace();
    label
        && (1..=WORDS).contains(&words.clone().count())
        && !script::ends_sentence(text)
        && words
            .into_iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_name_word(w))
}

/// Bytes of the longest of the [`CREDIT_LABELS`] with its colon, a space
/// before it counted (`Visualisierung\u{202f}：`).
const CREDIT_LABEL_BYTES: usize = 20;

/// `text` is a name of two to four words in capitals (`SATISH BADIGER`,
/// `M. KARUNAKARAN`): letters, initials' periods and hyphens.
fn caps_name(text: &str) -> bool {
    let words = text.split(' ').count();
    (2..=4).contains(&words)
        && text.split(' ').all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
                && !matches!(
                    w,
                    "AND"
                        | "OR"
                        | "BUT"
                        | "THE"
                        | "OF"
                        | "IN"
                        | "ON"
                        | "AT"
                        | "TO"
                        | "FOR"
                        | "THEN"
                )
        })
}

/// The credit after a label of one or two words that ends in a photo's
/// word, and a colon or a bar (`Arkivfoto: Mette Kjær`, `Symbolbild:
/// dpa`, `Sursa foto: Primăria`, `PHOTO | BRIAN OCHOLA | MIRROR`).
fn compound_photo_label(text: &str) -> Option<&str> {
    /// A photo's word, in lowercase, that ends a label.
    const ENDS: [&str; 6] = ["foto", "fotos", "photo", "photos", "bild", "bilder"];
    if !text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let head = &text.as_bytes()[..text.len().min(CREDIT_LABEL_BYTES)];
    let at = memchr::memchr2(b':', b'|', head)?;
    let label = text[..at].trim_end();
    let word = label.rsplit(' ').next()?;
    // (The labels of one word alone, `Foto:`, are the [`PHOTO_LABELS`].)
    let own = head[at] == b'|' || label.contains(' ');
    let photo = label.split(' ').nth(2).is_none()
        && ENDS.iter().any(|e| {
            (own || word.len() > e.len())
                && word
                    .len()
                    .checked_sub(e.len())
                    .and_then(|i| word.get(i..))
                    .is_some_and(|end| end.eq_ignore_ascii_case(e))
        });
    photo.then(|| text[at + 1..].trim_start())
}

/// Whether `text` opens with a byte that the starts [`is_credit_label`]
/// asks for open with (`数` and `来` open with E6, `資` and `资` with E8,
/// `來` with E4, Vietnamese `Ả` with E1): most lines start otherwise.
pub(super) fn may_open_credit(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(
            b'F' | b'P'
                | b'B'
                | b'G'
                | b'K'
                | b'Q'
                | b'I'
                | b'S'
                | b'V'
                | b'R'
                | 0xc2
                | 0xe1
                | 0xe4
                | 0xe6
                | 0xe8
        )
    )
}

/// Whether the first [`CREDIT_LABEL_BYTES`] of `text` hold a colon (`:`,
/// or the byte 0x9a that ends `：`), as each of the [`CREDIT_LABELS`]
/// does: most lines have none there.
pub(super) fn may_hold_label_colon(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(CREDIT_LABEL_BYTES)];
    head.iter().any(|&b| b == b':' || b == 0x9a)
}

/// The labels of a note giving a table's or a chart's source.
const SOURCE_LABELS: [&str; 22] = [
    "Source:",
    "Sources:",
    "Quelle:",
    "Fonte:",
    "Fuente:",
    "Bron:",
    "Källa:",
    "Kilde:",
    "Lähde:",
    "Źródło:",
    "Zdroj:",
    "Forrás:",
    "Sursa:",
    "Nguồn:",
    "数据来源：",
    "资料来源：",
    "資料來源：",
    "數據來源：",
    "来源：",
    "來源：",
    "出所：",
    "出典：",
];

/// The line opens with a source's label, perhaps in brackets (`Source:
/// Euronext`, `Fuente : INE`, `（資料來源：置業通地產）`): under a table, the
/// note of where its figures come from.
pub(super) fn source_label(text: &str) -> bool {
    // (Each Latin label opens with one of these bytes; most lines open
    // otherwise. Each CJK label but two ends in `源：`, at most six
    // characters in.)
    let first = text.as_bytes().first().copied().unwrap_or(0);
    if first >= 0xe0 {
        if !text.starts_with(['数', '资', '資', '數', '来', '來', '出', '（']) {
            return false;
        }
        let t = text.strip_prefix('（').unwrap_or(text);
        // (`源` after one to four characters of three bytes each.)
        let source = (1..=4).any(|k| t.get(3 * k..3 * k + 6) == Some("源："));
        return t.starts_with("出所：")
            || t.starts_with("出典：")
            || (source && SOURCE_LABELS.iter().any(|w| t.starts_with(w)));
    }
    if !matches!(
        first,
        b'S' | b'Q' | b'F' | b'B' | b'K' | b'L' | b'Z' | b'N' | b'(' | 0xc5
    ) || !may_hold_label_colon(text)
    {
        return false;
    }
    let text = text.strip_prefix('(').unwrap_or(text);
    // (Or in capitals: `SOURCE: …`, `QUELLE: …`.)
    SOURCE_LABELS.iter().any(|w| {
        label_len(text, w).is_some()
            || text
                .get(..w.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(w) && !h.contains(char::is_lowercase))
    })
}

/// Latin `text` ends in a photo's credit by its label after a sentence's
/// end (`… am Mittwoch in Stuttgart. Foto: Lea Brenner`): a caption's last
/// line, where a sentence of text ends in none.
pub(super) fn stop_then_photo_credit(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(colon) = memchr::memrchr(b':', b) else {
        return false;
    };
    let Some(stop) = (1..colon)
        .rev()
        .find(|&i| b[i] == b' ' && matches!(b[i - 1], b'.' | b'!' | b'?'))
    else {
        return false;
    };
    let credit = &text[stop + 1..];
    PHOTO_LABELS.iter().any(|l| credit.starts_with(l)) && is_credit_label(credit)
}

/// A photo credit by its label: `Foto: dpa/Kay Nietfeld`, `Photo : AFP`,
/// or the credit of a chart, a map, a drawing (`Grafik: Deutscher
/// Wetterdienst`, `Quelle: Statistisches Landesamt`);
/// a name or agency of a few words, no sentence (`Photo: The new ferry at
/// the quay.` is a caption of its own). Without a colon (`Foto ANP /
/// Remko de Waal`) only before an agency in capitals or a `/`.
pub(super) fn is_credit_label(text: &str) -> bool {
    /// Most words of a credit after its label.
    const CREDIT_WORDS: usize = 5;
    /// Most words of a photographer's name after a label without a colon.
    const NAME_WORDS: usize = 3;
    // (A dash may set the credit off: `— PHOTO: M. KARUNAKARAN`, or a
    // photographer's name in capitals alone, `— SATISH BADIGER`; a pull
    // quote's speaker is set in lowercase, `— Fiona Bell`.)
    let text = if text.starts_with(['—', '–', '-']) {
        let rest = ["— ", "– ", "-- "]
            .iter()
            .find_map(|d| text.strip_prefix(d));
        // (Or the Indian papers' credit of a photo lent: `— Special
        // Arrangement`.)
        if rest.is_some_and(|r| {
            caps_name(r) || matches!(r, "Special Arrangement" | "SPECIAL ARRANGEMENT")
        }) {
            return true;
        }
        rest.unwrap_or(text)
    } else {
        text
    };
    // A copyright's holder, in a few words in capitals (`© BELGA/THOMAS
    // MICHIELS`, `©Reuters`).
    if let Some(holder) = text.strip_prefix('©') {
        let mut words = holder.split_whitespace();
        return (1..=CREDIT_WORDS).contains(&words.clone().count())
            && !words.any(|w| w.starts_with(char::is_lowercase) && !is_name_word(w));
    }
    let upper = text.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    if let Some(rest) = compound_photo_label(text).filter(|_| upper) {
        return (1..=CREDIT_WORDS).contains(&rest.split_whitespace().count())
            && !rest
                .split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase) && !is_name_word(w));
    }
    // Who lent the photo (`Photo courtesy of the Ellison family`), or
    // who on the staff took it (`Staff photo by Dale Pruitt`).
    if let Some(rest) = [
        "Photo courtesy of ",
        "Photos courtesy of ",
        "Courtesy of ",
        "Staff photo by ",
        "Staff photos by ",
        // (Or in capitals: `COURTESY OF THE DELTA ROVERS`.)
        "PHOTO COURTESY OF ",
        "COURTESY OF ",
        "STAFF PHOTO BY ",
    ]
    .iter()
    .filter(|_| upper && text.starts_with(['P', 'C', 'S']))
    .find_map(|p| text.strip_prefix(p))
    {
        return (1..=CREDIT_WORDS).contains(&rest.split_whitespace().count())
            && !script::ends_sentence(rest);
    }
    // Or where it came from, alone: `Submitted photo`, `File photo`.
    if matches!(
        text,
        "Submitted photo"
            | "Contributed photo"
            | "Courtesy photo"
            | "File photo"
            | "Staff photo"
            // (French papers' `droits réservés`: the owner is not named.)
            | "DR"
            | "D.R."
            | "Photo DR"
            | "Photo D.R."
    ) {
        return true;
    }
    // Polish sets its label in lowercase (`fot. Tomasz Grzelak`), before a
    // name or an agency in capitals.
    if let Some(rest) = text.strip_prefix("fot. ") {
        let mut words = rest.split_whitespace();
        return (1..=NAME_WORDS).contains(&words.clone().count())
            && words.all(|w| w.starts_with(char::is_uppercase));
    }
    if !may_open_credit(text)
        || !(text.starts_with("Fo")
            || text.starts_with("Ph")
            || text.starts_with("PH")
            || text.starts_with("FO")
            || text.starts_with("Pi")
            || text.starts_with("PI")
            || text.starts_with("Bild")
            || text.starts_with("Beeld")
            || text.starts_with(['G', 'K', 'Q', 'I', 'V', 'R'])
            || text.starts_with("So")
            || text.starts_with("Si")
            || text.starts_with("Br")
            || text.starts_with("Fu")
            || text.starts_with(['数', '資', '资', '來', '来', 'Ả']))
        || script::ends_sentence(text)
    {
        return false;
    }
    let words = |rest: &str| (1..=CREDIT_WORDS).contains(&rest.split_whitespace().count());
    // Words in lowercase, but a name's particles (`de`, `van`): a
    // photographer's name has none; an agency may be one (`dpa`).
    let lowercase = |words: &str| {
        words
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase) && !is_name_word(w))
            .count()
    };
    // A caption behind a photo's label goes on in lowercase (`Foto: Ein
    // Regionalexpress hält im`).
    if may_hold_label_colon(text)
        && PHOTO_LABELS
            .iter()
            .filter_map(|w| label_len(text, w))
            .any(|n| lowercase(&text[n..]) >= 2)
    {
        return false;
    }
    if may_hold_label_colon(text)
        && CREDIT_LABELS
            .iter()
            .filter_map(|w| label_len(text, w))
            .any(|n| words(&text[n..]))
    {
        return true;
    }
    // Without a colon the credit must look like one: an agency in
    // capitals (`Foto ANP / Remko de Waal`, `Photo AFP`), a name and
    // its agency (`Foto Jan de Vries/Hollandse Hoogte`), or a name of two
    // or three words (`Foto Marieke Kok`). (Each of these labels opens
    // with `F` or `P`: most lines that get here do not.)
    if !text.starts_with(['F', 'P']) {
        return false;
    }
    CREDIT_WORDS_LABELS
        .iter()
        .filter_map(|w| text.strip_prefix(w))
        .any(|rest| {
            let agency = rest.split_whitespace().next().is_some_and(|w| {
                w.chars().filter(char::is_ascii_alphabetic).nth(2).is_some()
                    && w.chars().all(|c| c.is_ascii_uppercase())
            });
            // A headline goes on in lowercase (`Photo ID law struck down`).
            let names = rest.split('/').next().unwrap_or(rest);
            let name = (2..=NAME_WORDS).contains(&rest.split_whitespace().count())
                && !rest.contains(|c: char| c.is_numeric() || c == ':');
            words(rest) && (agency || rest.contains('/') || name) && lowercase(names) == 0
        })
}

/// The first line of the Japanese-style caption whose credit line `k`
/// holds (after its `＝`): the line itself after a blank line, or the
/// first of the CJK lines running on into it from a blank line or, where
/// a photographer in brackets closes it, a sentence's end (at most
/// [`CREDITED_LINES`] in all, none ending a sentence or set deeper in, the
/// credit's line neither).
pub(super) fn equals_caption_start(v: &[View], k: usize) -> Option<usize> {
    let start = (k.saturating_sub(CREDITED_LINES - 1)..=k)
        .rev()
        .find(|&x| v[x].blank_before || x == 0 || v[x - 1].ends_sentence)?;
    let l = &v[start];
    let runs_on = v[start..k]
        .iter()
        .all(|x| x.cjk && !x.ends_sentence && !x.inner_stop && x.indent <= l.indent);
    // (Without a blank line, after a sentence's end, where a photographer
    // in brackets closes it and the text goes on indented under it:
    // `…と話した。` / `見頃を迎えた菜の花畑の横` / `を走る列車＝大多喜町で` /
    // `（田中健一撮影）` / `　一方で、…`.)
    // (The credit's place may wrap onto a line of its own first: `…社長＝
    // １` / `５日、金沢市` / `（撮影・山田太郎）`.)
    let closed = || {
        (k..(k + 3).min(v.len())).any(|x| {
            let c = &v[x];
            c.photo_credit
                && c.last == '）'
                && v.get(x + 1)
                    .is_none_or(|n| n.blank_before || n.indent > l.indent)
        })
    };
    // (Or set flush between indented paragraphs, its credit's place on its
    // last line: `…に戻ってくるという。` / `バケツの稚魚を川に放す児童たち
    // ＝15日、` / `盛岡市の中津川` / `　放流に参加した…`.)
    let flush = || {
        v[start - 1].indent == l.indent
            && (k..(k + 2).min(v.len())).any(|x| {
                v.get(x + 1)
                    .is_some_and(|n| !n.blank_before && n.indent > l.indent)
            })
            && v[..start]
                .iter()
                .rev()
                .take(CREDITED_LINES * 4)
                .any(|x| x.indent > l.indent)
    };
    let set_off =
        l.blank_before || (start > 0 && v[start - 1].ends_sentence && (closed() || flush()));
    // (A credit line set deeper in opens a paragraph under a title:
    // `催し` / `　遺作展＝６月１日～３０日、…`.)
    (set_off && runs_on && v[k].indent <= l.indent).then_some(start)
}

/// The last line of the Japanese-style caption that line `k` opens (see
/// [`View::credit_caption`]): the caption runs on in CJK lines without a
/// sentence's end for at most [`CREDITED_LINES`] lines, and ends before a
/// blank line, the end of the text or a deeper indent, or at a line
/// closing with the credit (`…佐藤健一撮影`). `None` where the lines do
/// not end so.
pub(super) fn equals_caption_end(v: &[View], k: usize) -> Option<usize> {
    // (And a photographer in brackets on a line of its own after them:
    // `…社長＝１` / `５日、金沢市` / `（撮影・山田太郎）`.)
    for x in k..(k + CREDITED_LINES + 1).min(v.len()) {
        let l = &v[x];
        if x == k + CREDITED_LINES && !l.photo_credit {
            return None;
        }
        if x > k && (l.blank_before || l.page_break || !l.cjk || l.indent > v[k].indent) {
            return None;
        }
        if l.ends_sentence || l.inner_stop {
            return None;
        }
        // (A page break ends it: a running head may follow.)
        let next = v.get(x + 1);
        if l.credit_end
            || (l.photo_credit && x > k)
            || next.is_none_or(|n| n.blank_before || n.page_break || n.indent > v[k].indent)
        {
            return Some(x);
        }
    }
    None
}

/// Most characters of the credit after a caption's sentence (see
/// [`cjk_sentence_then_credit`]).
const SENTENCE_CREDIT_CHARS: usize = 14;

/// CJK `text` is a caption's sentence and its credit: a sentence's end
/// (`。`), then a short credit ending the line (`記者張志豪／攝影`,
/// `（吴秀玲摄）`, `圖／中視提供`, `本报记者 赵强摄`).
pub(super) fn cjk_sentence_then_credit(text: &str) -> bool {
    let Some((sentence, credit)) = text.rsplit_once('。') else {
        return false;
    };
    // (A credit's shape: in brackets, or a slash, a reporter or a
    // picture's word, or a space before the name: `他退休后开始学习摄影`,
    // `…由主辦單位提供` end clauses.)
    // (Or an agency's release: `新华社发`, `中新社發`.)
    let shaped = credit.starts_with('（')
        || credit.contains(['／', '/', ' ', '\u{3000}', '圖', '图'])
        || credit.contains("記者")
        || credit.contains("记者")
        || (credit.ends_with(['发', '發']) && credit.contains('社'));
    !sentence.is_empty()
        && shaped
        && (1..=SENTENCE_CREDIT_CHARS).contains(&credit.chars().count())
        && !credit.contains(['，', '、'])
}

/// The line ends on a Japanese caption's day and place in brackets
/// (`（１２日、東京都港区）`, `（５日）`), on its own line or after the
/// caption's text, with no sentence's end.
fn dated_bracket_credit(text: &str) -> bool {
    const MAX_CHARS: usize = 48;
    let Some(inner) = text.strip_suffix('）') else {
        return false;
    };
    let Some((_, inner)) = script::rsplit_once_char(inner, '（') else {
        return false;
    };
    let figure = is_figure;
    let figures = inner.chars().take_while(|&c| figure(c)).count();
    let day = inner.trim_start_matches(figure);
    (1..=2).contains(&figures)
        && (day == "日" || day.starts_with("日、"))
        && !text.contains('。')
        && text.chars().count() <= MAX_CHARS
}

/// The line ends on a photo credit after a fullwidth `＝`: a date, a
/// place, `本人提供`, `共同` (a short line that ends no sentence), or
/// ends on the `＝` with the credit on the next line. A figure after the
/// `＝` opens a date, not a value (`１ドル＝１５２円台`, a headline); a `＝`
/// inside a sentence (`１ドル＝１５０円`) is told apart by the blank lines
/// a caption stands between, which the caller checks.
pub(super) fn equals_credit(text: &str) -> bool {
    const MAX_CHARS: usize = 48;
    let Some((before, credit)) = script::rsplit_once_char(text, '＝') else {
        return dated_bracket_credit(text);
    };
    // A figure after it is a date (`＝１２日、…`), not a value it equals
    // (`１ドル＝１５２円台`).
    let after_figure = credit.trim_start_matches(is_figure);
    if after_figure.len() < credit.len()
        && !after_figure.is_empty()
        && !after_figure.starts_with(['日', '月', '年'])
    {
        return false;
    }
    // (The credit may go on to the next line, after a `＝` ending this;
    // or open this line, a date first, wrapped from the caption above:
    // `改修が計画されている旧港倉庫群` / `＝4日、浜崎市港町`.)
    let dated = after_figure.len() < credit.len();
    // (Or a source's, wrapped from the caption above: `分析に使われた
    // 小惑星の砂の粒` / `＝研究チーム提供`.)
    let sourced = ["提供", "撮影", "写す", "共同", "ロイター", "時事"]
        .iter()
        .any(|w| credit.ends_with(w));
    (!before.is_empty() || dated || sourced)
        && !text.contains('。')
        && credit.chars().count() <= 20
        && text.chars().count() <= MAX_CHARS
}

/// Most characters of a CJK section's title after its number.
pub(super) const CJK_TITLE_CHARS: usize = 16;

/// The byte length of the CJK section number the line opens with: `一、`,
/// `十二、`, `（一）`, `(三)`.
pub(super) fn cjk_section_number(text: &str) -> Option<usize> {
    let numeral = |c: char| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    };
    let body = text.trim_start_matches(['（', '(']);
    let digits = body.chars().take_while(|&c| numeral(c)).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    // Numerals are three bytes each.
    let after = &body[digits * 3..];
    let close = if body.len() < text.len() {
        after.strip_prefix(['）', ')'])
    } else {
        after.strip_prefix('、')
    };
    close.map(|rest| text.len() - rest.len())
}

/// A line of one capital letter, no more: a drop cap as extractors give
/// it, on a line of its own (`T` / `HE COUNCIL voted`); the join stage
/// joins it to its word without a space.
pub(crate) fn is_drop_cap(text: &str) -> bool {
    script::only_char(text).is_some_and(|c| c.is_uppercase() && !script::is_cjk(c))
}

/// Longest line (in bytes) that [`running_head`] reads.
const RUNNING_HEAD_BYTES: usize = 200;

/// A running head or foot, as set at the top or bottom of a page: a page
/// number alone (`4`, `- 4 -`, `Page 4`, `第4版`), or fields set apart by
/// `|`, `•`, `·`, a spaced dash or runs of spaces of which the first or
/// the last is the page number (`4 | THE DAILY BUGLE`, `THE DAILY BUGLE
/// Tuesday, March 3, 1998   Page 4`, `Waikato Courier - Saturday, May
/// 17, 2025 - 23`, `Ｂ４　地產　２０２５年３月１８日`), or, in CJK, of which
/// one is a whole date (`濠江日報　體育　2024年3月11日　星期一`). Only lines
/// next to a page break (or the start or end of the text) are asked.
pub(crate) fn running_head(text: &str) -> bool {
    // (A CJK date may be in numerals: `二○二五年三月十七日`.)
    let digits = text.bytes().any(|b| b.is_ascii_digit())
        || text.contains(is_fullwidth_digit)
        || text.contains('年');
    if text.len() > RUNNING_HEAD_BYTES || !digits {
        return false;
    }
    // (CJK text sets no spaces in its sentences: there one parts fields,
    // `竹塹日報 2024年10月9日 星期三 地方新聞`, in a dated line without
    // clauses.)
    // (Latin letters only in a page's code: `維港日報 2025年11月18日 星期二
    // A1`.)
    // (Or, without the weekday, with the page's field: `狮城体育周报 第5版
    // 2024年6月14日`, `滨江晚报 2024年9月20日 A07 城事`.)
    let cjk = text.contains('年')
        && text.contains('月')
        && !text.contains(|c: char| "，。、；！？".contains(c))
        && text
            .split([' ', '\u{3000}'])
            .all(|w| page_code(w) || !w.contains(|c: char| c.is_ascii_alphabetic()))
        && (names_weekday(text)
            || ((cjk_page_field(text) || text.split([' ', '\u{3000}']).any(cjk_page_number))
                && text.split([' ', '\u{3000}']).any(cjk_date)));
    let mut fields = text
        .split(['|', '│', '｜', '•', '·', '\t', '\u{3000}', '／'])
        .flat_map(|f| f.split(if cjk { " " } else { "  " }))
        .flat_map(|f| f.split(" - "))
        .flat_map(|f| f.split(" – "))
        .flat_map(|f| f.split(" — "))
        .map(str::trim)
        .filter(|f| !f.is_empty());
    let Some(first) = fields.next() else {
        return false;
    };
    let (mut count, mut last, mut dated) = (1, first, cjk_date(first) || day_title(first));
    for f in fields {
        count += 1;
        last = f;
        // (Or a Latin day's date: `Friday 8 November`, after its place:
        // `HYDERABAD, FRIDAY, NOVEMBER 7, 2025`, `Goiânia, terça-feira, 8 de
        // julho de 2025`.)
        dated |= cjk_date(f)
            || cjk_weekday_date(f)
            || day_title(f)
            || f.split_once(", ")
                .is_some_and(|(_, day)| day_title(day) || lowercase_day_title(day));
    }
    // (Or a section's name and page in a dated head: `DE VLIETBODE |
    // WOENSDAG 12 MAART 2025 | REGIO 5`; the year looked for last.)
    let section = (section_page(first) || section_page(last)) && holds_year(text);
    // (Or a short CJK head of a page number and a section's name: `A13
    // 港聞‧地區`, `松本・安曇野 19`; or the paper's name too, `C12 啟事
    // 香江日報`, its other fields CJK words.)
    // (Its fields may stand far apart, as `pdftotext -layout` sets them.)
    let cjk_page = text.chars().filter(|c| !c.is_whitespace()).count() <= CJK_HEAD_CHARS
        && text.contains(script::is_cjk)
        && short_cjk_head(text);
    if cjk_page || dated_head_in_one_field(text) || named_dated_head(text) || date_then_name(text) {
        return true;
    }
    // (A CJK head may set its page's number in brackets: `北信濃新聞
    // 昭和三十九年十月八日（木曜日） (3)`.)
    let bracketed_page = cjk
        && matches!(last.chars().next(), Some('(' | '（'))
        && page_number(last.trim_matches(['(', ')', '（', '）']));
    (count == 1 && (page_number(first) || dated_page(first)))
        || (count > 1
            && count <= 6
            && (page_number(first) || page_number(last) || bracketed_page || dated || section))
}

/// A short CJK running head's fields, parted by spaces: a page's number
/// and a section's name (`A13 港聞‧地區`, `松本・安曇野 19`), or a page's
/// code, the section's and the paper's name (`C12 啟事 香江日報`), its other
/// fields CJK words.
fn short_cjk_head(text: &str) -> bool {
    // (Three characters at most: `2024` is a year.)
    let page = |w: &str| cjk_page_number(w) || (page_number(w) && w.chars().count() <= 3);
    let words = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| (script::is_cjk(c) && c.is_alphabetic()) || matches!(c, '‧' | '・'))
    };
    let first = text.split_whitespace().next().unwrap_or("");
    let last = text.split_whitespace().next_back().unwrap_or("");
    match text.split_whitespace().count() {
        2 => page(first) || page(last),
        // (A page's code, letters and figures, with three fields: a bare
        // number there ends a table's row, `冠軍 聖保羅書院 12`.)
        // (Or between the paper's and the section's name, set far apart:
        // `南方體育報          B3    社區運動`; a headline parts a code so
        // by single spaces, `周冠宇 F1 首奪分`.)
        3 => {
            let middle = text.split_whitespace().nth(1).unwrap_or("");
            (page_code(first) && text.split_whitespace().skip(1).all(words))
                || (page_code(last) && text.split_whitespace().take(2).all(words))
                || (page_code(middle) && words(first) && words(last) && text.contains("  "))
        }
        _ => false,
    }
}

/// [`day_title`] of a weekday written in lowercase, as Portuguese,
/// Spanish, French and Italian write it after a place (`terça-feira, 8 de
/// julho de 2025`).
fn lowercase_day_title(day: &str) -> bool {
    let Some(first) = day.chars().next().filter(char::is_ascii_lowercase) else {
        return false;
    };
    let mut capitalised = String::with_capacity(day.len());
    capitalised.push(first.to_ascii_uppercase());
    capitalised.push_str(&day[1..]);
    day_title(&capitalised)
}

/// `w` is a page's number in a CJK running head: its code (see
/// [`page_code`]) or one to three figures alone (`24`, `０８`; `2024` is a
/// year).
fn cjk_page_number(w: &str) -> bool {
    page_code(w) || ((1..=3).contains(&w.chars().count()) && w.chars().all(is_figure))
}

/// `w` is a page's code: one or two capitals and one to three figures
/// (`A1`, `B14`, `SA3`).
pub(super) fn page_code(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && (1..=3).contains(&(b.len() - letters))
        && b[letters..].iter().all(u8::is_ascii_digit)
}

/// The label of an advertisement set in the page (`ANZEIGE`, `ANNONS`,
/// `ADVERTISEMENT`, `广告`): page furniture, a paragraph of its own, no
/// heading of the text under it.
pub(super) fn ad_label(text: &str) -> bool {
    text.len() <= 16
        && matches!(
            text,
            "ANZEIGE"
                | "Anzeige"
                | "ANNONS"
                | "Annons"
                | "ANNONCE"
                | "ANNONSE"
                | "ADVERTISEMENT"
                | "Advertisement"
                | "ADVERTORIAL"
                | "ADVERTENTIE"
                | "Advertentie"
                | "PUBLICIDAD"
                | "PUBBLICITÀ"
                | "PUBLICIDADE"
                | "REKLAMA"
                | "MAINOS"
                | "广告"
                | "廣告"
                | "広告"
        )
}

/// `text` is a running head (see [`running_head`]) that holds a date or a
/// year (`C7　天氣　　香江日報　2025年3月12日　星期三`): one is told as such
/// anywhere, not only at a page's top, where rows of figures are not.
pub(super) fn dated_running_head(text: &str) -> bool {
    // (Cheap tests first: most lines after a blank line hold no year.)
    let year = |w: &[u8]| {
        matches!(w[..2], [b'1', b'9'] | [b'2', b'0'])
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    };
    // (And a date's head parts its fields: `　`, `|`, `·`, a dash.)
    let cjk_date = text.contains('年');
    // (Or a date and a page in one field, `The Breifne Observer, Thursday,
    // March 20, 2025 7`.)
    let parted = || {
        text.contains(['\u{3000}', '|', '·', '•', '‧', '│', '—', '–'])
            || text.contains("  ")
            || dated_page(text)
            || (cjk_date
                && text.contains(' ')
                && !text.contains(['，', '。', '、'])
                && names_weekday(text))
    };
    text.len() <= RUNNING_HEAD_BYTES
        && (cjk_date || text.as_bytes().windows(4).any(year))
        && parted()
        && running_head(text)
        && (cjk_date || holds_year(text))
}

/// CJK `text` names a weekday (`星期三`, `禮拜五`, `水曜日`), as a running
/// head's date does: its fields may be parted by single spaces.
fn names_weekday(text: &str) -> bool {
    ["星期", "禮拜", "礼拜", "曜"]
        .iter()
        .any(|w| text.contains(w))
        // (Or a Japanese date's weekday in brackets: `2024年3月16日（土）`.)
        // (Or inside the head of a paper named so, before the page's
        // field: `東都新聞 2025年1月23日（木） 総合3`; not an event's date and
        // time, `講演会 2025年2月1日（土） 会場3`.)
        || ["（月）", "（火）", "（水）", "（木）", "（金）", "（土）", "（日）"]
            .iter()
            .any(|w| text.ends_with(w))
        || (["新聞", "新闻", "報", "报"].iter().any(|p| text.contains(p))
            && ["日（月） ", "日（火） ", "日（水） ", "日（木） ", "日（金） ", "日（土） ", "日（日） "]
                .iter()
                .any(|w| text.contains(w)))
}

/// `text` opens with a weekday's name, whole or cut short with a stop
/// (`Mon.`, `Thurs.`, `Mo.`, `ven.`), a comma or a space after it, then
/// more text: a row of a week's list (`Saturday Red Willow at Hartsfield,
/// 7:30 p.m.`, `Mon. Chicken patty on bun`). Not its possessive
/// (`Monday's meeting`).
pub(super) fn weekday_lead(text: &str) -> bool {
    const SHORT: [&str; 24] = [
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Mo", "Di", "Mi",
        "Do", "Fr", "Sa", "So", "Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim",
    ];
    let Some((word, rest)) = text.split_once(' ') else {
        return false;
    };
    let whole = word.strip_suffix(',').unwrap_or(word);
    (weekday_name(whole) || word.strip_suffix('.').is_some_and(|w| SHORT.contains(&w)))
        && rest.trim_start().starts_with(|c: char| c.is_alphanumeric())
}

/// For each ASCII letter, the byte lengths of the [`WEEKDAYS`] that open
/// with it, a bit each.
const WEEKDAY_SHAPES: [u16; 26] = {
    let mut shapes = [0u16; 26];
    let mut k = 0;
    while k < WEEKDAYS.len() {
        let w = WEEKDAYS[k].as_bytes();
        shapes[(w[0] - b'a') as usize] |= 1 << w.len();
        k += 1;
    }
    shapes
};

/// `word` is a weekday's name, in any case, in the languages the crate
/// reads (`lunes`, `Donnerstag`, `Quinta-feira`: 5 to 13 bytes, with
/// `-feira` after it in Portuguese).
pub(super) fn weekday_name(word: &str) -> bool {
    let day = word.strip_suffix("-feira").unwrap_or(word);
    // (Every weekday opens with an ASCII letter: its first byte and its
    // length tell most words apart, by [`WEEKDAY_SHAPES`], before the
    // list is searched.)
    let first = day.as_bytes().first().map(u8::to_ascii_lowercase);
    let shape = first.filter(u8::is_ascii_lowercase).is_some_and(|f| {
        day.len() < 16 && WEEKDAY_SHAPES[(f - b'a') as usize] & (1 << day.len()) != 0
    });
    shape
        && WEEKDAYS.iter().any(|w| {
            w.len() == day.len()
                && Some(w.as_bytes()[0]) == first
                && day.chars().flat_map(char::to_lowercase).eq(w.chars())
        })
}

/// A Latin running head set in one field: a weekday's name, a year, and
/// two numbers besides, the day's and the page's (`WIRTSCHAFT 8 Badische
/// Rundschau Donnerstag, 6. März 2025`, `30 Lunedì 20 ottobre 2025
/// CORRIERE DELLA VALLE SPORT`), or a page's code (`B3 CIDADES GAZETA DO
/// VALE Quinta-feira, 14 de agosto de 2025`); no sentence's end, no word
/// in lowercase but a month's or a short particle.
fn dated_head_in_one_field(text: &str) -> bool {
    if text.ends_with(['.', '!', '?']) {
        return false;
    }
    let (mut weekday, mut year, mut numbers, mut code) = (false, false, 0, false);
    // (Older heads part their fields by dashes set tight: `EL HERALDO DE
    // LA MESETA.—Jueves 12 de marzo de 1931.—Pág. 3`.)
    for w in text.split([' ', '—']).filter(|w| !w.is_empty()) {
        let w = w.trim_end_matches([',', '.']);
        weekday |= weekday_name(w);
        let digits = w.bytes().all(|b| b.is_ascii_digit());
        year |= digits && w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        numbers += usize::from(digits && (1..=3).contains(&w.len()));
        code |= page_code(w);
        // (Words in lowercase are a month's, a weekday's or particles: a dateline's
        // sentence, `BERLIN, Montag, 6. März 2025 – Die Regierung hat neue
        // …`, holds others.)
        // (Or a weekday's, as Hungarian writes it: `2024. március 20.,
        // szerda`.)
        // (A name's particle aside: `Il Corriere della Valle`.)
        if w.len() >= 4
            && w.starts_with(char::is_lowercase)
            && !month_name(w)
            && !weekday_name(w)
            && !is_name_word(w)
        {
            return false;
        }
    }
    weekday && year && (numbers >= 2 || (numbers >= 1 && code))
}

/// Most words of a Latin running head read by [`named_dated_head`].
const NAMED_HEAD_WORDS: usize = 14;

/// Most characters of a name's field in a CJK running head read by
/// [`named_dated_head`] (`地產新聞`, `香江日報`).
const CJK_HEAD_FIELD_CHARS: usize = 8;

/// A running head without a page's number: a section's or the paper's
/// name, then the day's whole date, its year last (`REISE Frankfurter
/// Rundblick Donnerstag, 12. Juni 2025`, `HOMES & PROPERTY | THE SUNDAY
/// LEDGER | 14 September 2025`, `VIAJES LA VOZ PENINSULAR SÁBADO 17 DE
/// MAYO DE 2025`). The fields are parted by `|`, or set in capitals, or a
/// section's label in capitals opens the head (`PROPERTY The Kilbracken
/// Herald March 6, 2024`); two words at least stand before it, none in lowercase but a
/// short particle (a headline's verb is one: `Polls close on Sunday 4 May
/// 2025` is none). In CJK, the date is a field of its own, first or last,
/// beside two or more fields of CJK words, one the paper's name
/// (`地產新聞 香江日報 2025年3月17日`; not `颱風襲港 全港停課 2025年4月8日`).
fn named_dated_head(text: &str) -> bool {
    if text.contains('年') || (text.contains(script::is_cjk) && text.split(' ').any(dotted_date)) {
        let fields: Vec<&str> = text
            .split([' ', '\u{3000}'])
            .filter(|f| !f.is_empty())
            .take(6)
            .collect();
        let name = |f: &str| {
            f.chars().count() <= CJK_HEAD_FIELD_CHARS
                && f.chars()
                    .all(|c| (script::is_cjk(c) && c.is_alphabetic()) || matches!(c, '‧' | '・'))
        };
        let n = fields.len();
        let paper = |f: &&str| {
            ["報", "报", "新聞", "新闻", "周刊", "週刊", "晨報", "日報"]
                .iter()
                .any(|e| f.ends_with(e))
        };
        // (Or the date between the paper's name and the issue's or the
        // page's number, `清溪县报 第1436期 2025年5月16日 本期8版`, `社會 8
        // 今日快報 2025.3.22 星期六`: once the number is there, the date may
        // stand anywhere.)
        let date = |f: &str| cjk_date(f) || dotted_date(f);
        let numbered = fields.iter().any(|f| issue_or_page(f));
        let others = |skip: usize| {
            fields
                .iter()
                .enumerate()
                .all(|(k, f)| k == skip || name(f) || issue_or_page(f))
        };
        return (3..=5).contains(&n)
            && fields.iter().any(paper)
            && ((date(fields[n - 1]) && others(n - 1))
                || (date(fields[0]) && others(0))
                || (numbered && fields.iter().position(|f| date(f)).is_some_and(others)));
    }
    if text.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let words = head_words(text);
    // (A front page's head may end in the cover price: `THE WEXHAM
    // COURIER Thursday 13 March 2025 85p`.)
    let priced = words.len() > 1
        && words.last().is_some_and(|w| cover_price(w))
        && words.iter().any(|w| masthead_word(w));
    let words = &words[..words.len() - usize::from(priced)];
    let n = words.len();
    if n > NAMED_HEAD_WORDS || !words.last().is_some_and(|w| holds_year(w)) {
        return false;
    }
    // The date: back from the year over days, months, weekdays and the
    // particles between them.
    let (mut days, mut months) = (0, 0);
    let mut start = n - 1;
    while start > 0 {
        let w = words[start - 1];
        // (The weekday asked first: `MARDI` opens as `mars` does.)
        if w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) {
            days += 1;
        } else if is_month(w) && !weekday_name(w) && !paper_word(w) {
            months += 1;
        } else if !weekday_name(w) && !matches!(w, "de" | "DE" | "del" | "DEL" | "of" | "OF") {
            break;
        }
        start -= 1;
    }
    let names = &words[..start];
    // (Or a section's label in capitals before the paper's name: `PROPERTY
    // The Kilbracken Herald March 6, 2024`.)
    let label = names.len() >= 3
        && names[0].chars().nth(2).is_some()
        && names[0].chars().all(char::is_uppercase)
        && names[1..]
            .iter()
            .any(|w| !w.chars().all(char::is_uppercase));
    // (Or in capitals throughout: `SANTÉ LE QUOTIDIEN DU CENTRE MARDI 14
    // OCTOBRE 2025`, or in its names at least: `THE SOUTHERN CROSS HERALD
    // Monday, February 17, 2025`; a headline in title case names no
    // paper, `Town Hall Meeting Set For Tuesday, March 4, 2025`.)
    let caps = !text.contains(char::is_lowercase)
        || (names.iter().all(|w| !w.contains(char::is_lowercase))
            && names.iter().any(|w| masthead_word(w)));
    days == 1
        && months == 1
        && (label || caps || text.contains(['|', '│']))
        && names.len() >= 2
        && names
            .iter()
            .all(|w| !(w.len() >= 4 && w.starts_with(char::is_lowercase)))
}

/// Most words of the paper's name after the date in [`date_then_name`].
const NAME_AFTER_DATE_WORDS: usize = 6;

/// A running head that sets the day's date first and the paper's name in
/// capitals after it (`Tuesday, March 4, 2025 THE MILLBROOK GAZETTE`,
/// `Samstag, 8. März 2025 KURIER`): a month and a day's figures before
/// the year, then up to [`NAME_AFTER_DATE_WORDS`] words without a letter
/// in lowercase, one naming a paper (see [`masthead_word`]), perhaps the
/// page's number or the cover price last.
fn date_then_name(text: &str) -> bool {
    let words = head_words(text);
    let Some(year) = words
        .iter()
        .take(6)
        .position(|w| holds_year(w) && w.len() == 4)
    else {
        return false;
    };
    let (date, name) = (&words[..year], &words[year + 1..]);
    let name = match name.last() {
        Some(w) if page_number(w) || cover_price(w) => &name[..name.len() - 1],
        _ => name,
    };
    let day = |w: &&str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    words.len() <= NAMED_HEAD_WORDS
        && date.iter().any(|w| is_month(w) && !paper_word(w))
        && date.iter().any(day)
        && (1..=NAME_AFTER_DATE_WORDS).contains(&name.len())
        && name.iter().all(|w| !w.contains(char::is_lowercase))
        && name.iter().any(|w| masthead_word(w))
}

/// `w` names a newspaper, as a masthead's words do (`HERALD`, `Courier`,
/// `Zeitung`, `Gazzetta`): a head whose name in capitals holds one is a
/// paper's, not an event's (`SPRING CRAFT FAIR Saturday 15 March 2025
/// £5`) nor a notice's.
fn masthead_word(w: &str) -> bool {
    const WORDS: [&str; 72] = [
        "herald",
        "courier",
        "gazette",
        "times",
        "news",
        "post",
        "journal",
        "chronicle",
        "tribune",
        "mail",
        "express",
        "star",
        "observer",
        "guardian",
        "echo",
        "advertiser",
        "mercury",
        "telegraph",
        "standard",
        "record",
        "press",
        "sentinel",
        "ledger",
        "bulletin",
        "examiner",
        "argus",
        "leader",
        "register",
        "dispatch",
        "inquirer",
        "enquirer",
        "daily",
        "weekly",
        "zeitung",
        "anzeiger",
        "bote",
        "kurier",
        "tagblatt",
        "nachrichten",
        "rundschau",
        "courrier",
        "corriere",
        "gazzetta",
        "giornale",
        "diario",
        "jornal",
        "krant",
        "dagblad",
        // (Mastheads in the other languages the crate reads: `GAZETA
        // LUBELSKA`, `HABER GAZETESİ`, `SUARA RAKYAT`, `Harian Kota`.)
        "gazeta",
        "gazete",
        "gazetesi",
        "gazetesİ",
        "dziennik",
        "noviny",
        "harian",
        "koran",
        "suara",
        "tribun",
        "heraldo",
        "noticias",
        "correio",
        "folha",
        "avis",
        "avisen",
        "tidning",
        "tidende",
        "posten",
        "bladet",
        "nieuwsblad",
        "courant",
        "sanomat",
        "lehti",
    ];
    w.len() >= 3 && WORDS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// `w` is a cover price, as a front page's head ends in it: figures
/// after a currency's sign or before a penny's or a cent's letter (`85p`,
/// `£1.20`, `$2.50`, `€1,80`, `50c`).
fn cover_price(w: &str) -> bool {
    let (sign, rest) = match w.strip_prefix(['£', '$', '€']) {
        Some(rest) => (true, rest),
        None => (false, w),
    };
    let (cents, figures) = match rest.strip_suffix(['p', 'c']) {
        Some(f) => (true, f),
        None => (false, rest),
    };
    (sign || cents)
        && (1..=6).contains(&figures.len())
        && figures.starts_with(|c: char| c.is_ascii_digit())
        && figures
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// The words of a Latin running head read by [`named_dated_head`] and
/// [`date_then_name`], their commas and stops aside, fields parted by `|`
/// read as words: [`NAMED_HEAD_WORDS`] and one more at most.
fn head_words(text: &str) -> Vec<&str> {
    text.split([' ', '|', '│'])
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !w.is_empty())
        .take(NAMED_HEAD_WORDS + 1)
        .collect()
}

/// A word of a paper's name that opens as a month does (`THE GRIMSTON
/// EVENING MAIL, TUESDAY, JANUARY 20, 1953`; `mai` is May), read as no
/// month by [`named_dated_head`].
fn paper_word(w: &str) -> bool {
    ["mail", "main", "mainichi"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// A date in figures parted by stops, the year first (`2025.3.22`), as
/// CJK heads may write it.
fn dotted_date(field: &str) -> bool {
    let mut parts = field.split('.');
    let year = parts
        .next()
        .is_some_and(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")));
    let rest: Vec<&str> = parts.collect();
    year && rest.len() == 2
        && rest
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A CJK running head's field that numbers the issue or the page: `第1436期`,
/// `第5版`, `本期8版`, `8`, `A07`.
fn issue_or_page(field: &str) -> bool {
    let inner = field
        .strip_prefix("本期")
        .or_else(|| field.strip_prefix('第'))
        .and_then(|f| f.strip_suffix(['期', '版', '号', '號']));
    // (A section's letter may open the page's number: `第B2版`.)
    let digits = |f: &str| {
        let f = f
            .strip_prefix(|c: char| c.is_ascii_uppercase())
            .unwrap_or(f);
        (1..=5).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit())
    };
    cjk_page_number(field) || inner.is_some_and(digits)
}

/// Most characters of a short CJK running head (see [`running_head`]).
const CJK_HEAD_CHARS: usize = 16;

/// A field of a running head holds a year (`2025`) as a word.
fn holds_year(field: &str) -> bool {
    field.split([' ', ',', '.']).any(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A field of a running head is a section's or the paper's name and the
/// page (`REGIO 5`, `Sport 12`, `8 Region Tösstal`, `4 THE COROMANDEL
/// COURIER`): a number of up to three figures before or after one to
/// four words of letters.
fn section_page(field: &str) -> bool {
    let page = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let name = |n: &str| {
        let mut words = n.split(' ');
        (1..=4).contains(&words.clone().count())
            && words.all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
    };
    field
        .rsplit_once(' ')
        .is_some_and(|(n, p)| name(n) && page(p))
        || field
            .split_once(' ')
            .is_some_and(|(p, n)| page(p) && name(n))
}

/// Most words of a running head read by [`dated_page`].
const DATED_PAGE_WORDS: usize = 10;

/// A running head in one field: a paper's name and date with the page's
/// number after its year, or before the name (`The Breifne Observer,
/// Thursday, March 20, 2025 7`, `7 The Breifne Observer, Thursday, March
/// 20, 2025`).
fn dated_page(text: &str) -> bool {
    let year = |w: &str| {
        let w = w.trim_end_matches(',');
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    let words: Vec<&str> = text.split_whitespace().take(DATED_PAGE_WORDS + 1).collect();
    let n = words.len();
    // (A section's name may stand between the year and the page:
    // `Waitaki Examiner Tuesday, March 12, 2024 Opinion 9`.)
    let section = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    (4..=DATED_PAGE_WORDS).contains(&n)
        && ((page_number(words[n - 1])
            && (year(words[n - 2]) || (n >= 5 && year(words[n - 3]) && section(words[n - 2]))))
            || (page_number(words[0]) && year(words[n - 1])))
}

/// `field` is a CJK date, whole: a year, a month and a day in figures
/// or numerals (`2024年3月11日`, `２０２５年３月１８日`, `二○二五年三月十七日`),
/// or in an era's years (`中華民國114年6月3日`, `令和7年6月12日`),
/// perhaps with the era's year
/// or the weekday in brackets (`２０２５年（令和７年）６月１３日（金曜日）`,
/// `2025年3月14日（星期五）`).
fn cjk_date(field: &str) -> bool {
    // (Or in Chinese numerals: `二○二五年三月十七日`.)
    let figures = |s: &str, most: usize| {
        let numerals = s.chars().all(|c| "〇○零一二三四五六七八九十".contains(c));
        (1..=most).contains(&s.chars().count()) && (numerals || s.chars().all(is_figure))
    };
    // (A bracket's text: an era's year, a weekday.)
    fn unbracket(s: &str) -> Option<&str> {
        match s.strip_prefix(['（', '(']) {
            Some(t) => t.split_once(['）', ')']).map(|(_, rest)| rest),
            None => Some(s),
        }
    }
    let Some((year, rest)) = field.split_once('年') else {
        return false;
    };
    // (Or a year of an era: `中華民國114年6月3日`, `令和7年6月12日`.)
    let era = ["中華民國", "中华民国", "民國", "民国", "令和", "平成"]
        .iter()
        .find_map(|e| year.strip_prefix(e));
    let year_figures = match era {
        Some(y) => figures(y, 3) || y == "元",
        None => figures(year, 4) && year.chars().count() == 4,
    };
    let Some((month, rest)) = unbracket(rest).and_then(|r| r.split_once('月')) else {
        return false;
    };
    let day = rest
        .split_once('日')
        .and_then(|(day, after)| (unbracket(after) == Some("")).then_some(day));
    year_figures && figures(month, 2) && day.is_some_and(|d| figures(d, 3))
}

/// A CJK day's date without its year, its weekday bracketed after it, as
/// a running head sets it (`9月5日（木）`, `10月3日(星期四)`).
fn cjk_weekday_date(field: &str) -> bool {
    let figures = |s: &str| (1..=2).contains(&s.chars().count()) && s.chars().all(is_figure);
    field.split_once('月').is_some_and(|(month, rest)| {
        rest.split_once('日').is_some_and(|(day, weekday)| {
            figures(month) && figures(day) && strip_weekday(weekday) == Some("")
        })
    })
}

/// `text` after a weekday in brackets that opens it (`（星期六）`, `（日）`,
/// `(木)`), or `None` where it opens with none.
pub(super) fn strip_weekday(text: &str) -> Option<&str> {
    let inner = text.strip_prefix(['（', '('])?;
    let (day, after) = inner.split_once(['）', ')'])?;
    let day = day
        .strip_prefix("星期")
        .or_else(|| day.strip_prefix("礼拜"))
        .or_else(|| day.strip_prefix("禮拜"))
        .unwrap_or(day);
    let day = day.strip_suffix("曜日").unwrap_or(day);
    let weekday = day.chars().count() == 1
        && day
            .chars()
            .all(|c| "日月火水木金土一二三四五六天".contains(c));
    weekday.then_some(after)
}

/// A jump line, where a story goes on or comes from another page:
/// `Continued on Page 5`, `From Page 1`, `See HARBOUR, Page A4`,
/// `Fortsetzung auf Seite 3`, `Suite en page 4`, and in CJK brackets
/// (see [`cjk_jump_line`]).
pub(super) fn jump_line(text: &str) -> bool {
    if text.starts_with(['（', '('])
        || text.starts_with(['續', '续', '詳', '详', '下', '轉', '转', '上', '接', '承'])
    {
        return cjk_jump_line(text);
    }
    const OPENERS: &[&str] = &[
        "Continued on ",
        "Continued from ",
        "CONTINUED ON ",
        "Continued on page ",
        "From Page ",
        "From page ",
        "FROM PAGE ",
        "CONTINUED FROM ",
        "See ",
        "SEE ",
        "Fortsetzung auf ",
        "Fortsetzung von ",
        "Suite en ",
        "Suite de la ",
        "Continúa en ",
        "Sigue en ",
        "Sigue de ",
        "Viene de ",
    ];
    // (Or a page's code after the opener alone: `Continued on B4`.)
    text.len() <= RUNNING_HEAD_BYTES
        && text.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && OPENERS.iter().any(|o| text.starts_with(o))
        && text.rsplit_once([' ', ',']).is_some_and(|(head, page)| {
            [
                "Page", "page", "PAGE", "Seite", "page", "página", "pagina", "p.",
            ]
            .iter()
            .any(|w| head.trim_end().ends_with(w))
                || (page_code(page) && OPENERS.iter().any(|o| o.trim_end() == head))
        })
}

/// Longest line read by [`page_pointer`], in bytes.
const PAGE_POINTER_BYTES: usize = 64;

/// A line that points the reader to another page, in any language: a
/// capital first, the last words a page's word and its number (`Více o
/// volbách čtěte na straně 3`, `Jatkuu sivulla 4`, `Les mer på side 6`,
/// `Continua a pagina 5`), no sentence's end. Only where a block may start
/// (see [`Views::new`](super::Views)): a line inside a paragraph may end
/// so too.
pub(super) fn page_pointer(text: &str) -> bool {
    if text.len() > PAGE_POINTER_BYTES || !text.starts_with(char::is_uppercase) {
        return false;
    }
    // (Turkish sets the page's number before its word: `Devamı 13.
    // sayfada`.)
    if let Some(head) = ["sayfada", "sayfaya"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
    {
        let mut words = head.split_whitespace().rev();
        return words
            .next()
            .and_then(|n| n.strip_suffix('.'))
            .is_some_and(page_number)
            && words.next().is_some()
            && !head.contains(['!', '?']);
    }
    if !text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((head, number)) = text.rsplit_once(' ') else {
        return false;
    };
    // (Words before the page's: `Page 5` alone is a page's label.)
    let Some((before, word)) = head.rsplit_once(' ') else {
        return false;
    };
    // (Or the page's word cut short: `Bersambung ke hlm 15`, `Continua a
    // pag. 5`.)
    let short = matches!(word, "hlm" | "hlm." | "pag." | "pág." | "str.");
    page_number(number)
        && !before.contains(['.', '!', '?'])
        && (short
            || matches!(
                word,
                "page"
                    | "Page"
                    | "Seite"
                    | "pagina"
                    | "página"
                    | "pàgina"
                    | "straně"
                    | "strane"
                    | "stronie"
                    | "sivulla"
                    | "side"
                    | "sidan"
                    | "siden"
                    | "stranici"
                    | "strani"
                    | "halaman"
            ))
}

/// A line that points the reader to a story on another page by its
/// title: a page's label, a colon and the title (`Seite 20: Das sagen die
/// Anwohner`, `Page 4: Why the vote matters`), no sentence's end.
pub(super) fn page_teaser(text: &str) -> bool {
    let Some((label, title)) = text.split_once(": ") else {
        return false;
    };
    text.len() <= PAGE_POINTER_BYTES
        && page_label(label)
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', ','])
}

/// Most characters inside the brackets of a CJK jump line.
const CJK_JUMP_CHARS: usize = 12;

/// A CJK jump line, alone in brackets: `（下转第3版）`, `（上接第1版）`,
/// `（續A4版）`, `（３面に続く）`: a page's number and a word of going on
/// or coming from (转, 接, 续, 続) or of a page (版, 面).
fn cjk_jump_line(text: &str) -> bool {
    let Some(inner) = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
    else {
        return bare_cjk_jump(text);
    };
    // (Or a pointer to a related story: `（２面に関連記事）`, `（相关报道见第3版）`,
    // `（詳見A4）`.)
    let related = [
        "関連",
        "関係記事",
        "相关",
        "相關",
        "詳見",
        "详见",
        "見第",
        "见第",
        "見A",
        "见A",
    ]
    .iter()
    .any(|w| inner.contains(w));
    inner.chars().count() <= CJK_JUMP_CHARS
        && inner.chars().any(is_figure)
        && ((inner.contains(['转', '轉', '接', '續', '续', '続']) && inner.contains(['版', '面']))
            || related)
}

/// A CJK jump line without brackets: a word of going on or of seeing
/// and the page alone (`續見A4`, `续见第3版`, `下轉A6`, `轉第5頁`), or of
/// coming from it (`上接第1版`, `接A1`).
fn bare_cjk_jump(text: &str) -> bool {
    const LEADS: [&str; 13] = [
        "續見", "续见", "詳見", "详见", "下轉", "下转", "上接", "轉", "转", "續", "续", "接", "承",
    ];
    let Some(page) = LEADS.iter().find_map(|w| text.strip_prefix(w)) else {
        return false;
    };
    let page = page.strip_prefix('第').unwrap_or(page);
    let page = page.strip_suffix(['版', '頁', '页', '面']).unwrap_or(page);
    page_code(page) || ((1..=3).contains(&page.chars().count()) && page.chars().all(is_figure))
}

/// A page number with its word (`Page 5`, `Seite 12`), which is page
/// furniture wherever it stands.
pub(super) fn page_label(text: &str) -> bool {
    text.split_once(' ')
        .is_some_and(|(word, _)| PAGE_WORDS.contains(&word))
        && page_number(text)
}

/// The words of a page's label (see [`page_label`]).
const PAGE_WORDS: [&str; 12] = [
    "Page", "PAGE", "Seite", "SEITE", "Página", "Pagina", "Sivu", "Sida", "Side", "Strona",
    "Strana", "Stran",
];

/// CJK `text` holds a field naming a page in numerals or figures, parted
/// by ideographic or plain spaces (`第三版`, `第12版`, `A4版`), as a
/// running head does.
pub(super) fn cjk_page_field(text: &str) -> bool {
    text.split(['\u{3000}', ' ']).any(|f| {
        let Some(inner) = f.strip_suffix(['版', '頁', '页', '面']) else {
            return false;
        };
        let inner = inner.strip_prefix('第').unwrap_or(inner);
        (1..=3).contains(&inner.chars().count())
            && inner
                .chars()
                .all(|c| is_figure(c) || "一二三四五六七八九十".contains(c))
    })
}

/// A running head that opens with its page's label and goes on with the
/// paper's name and date (`Pagina 9 IL GIORNALE DEL LARIO Giovedì 14
/// aprile 1983`, `Seite 6 Oberwälder Bote Samstag, 5. Mai 1956`): page
/// furniture wherever it stands, as [`page_label`] is. A month's name and
/// a year tell it from a sentence opening with a page.
pub(super) fn labelled_running_head(text: &str) -> bool {
    let mut words = text.splitn(3, ' ');
    let (Some(word), Some(number), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    text.len() <= RUNNING_HEAD_BYTES
        && PAGE_WORDS.contains(&word)
        && page_number(number)
        && !script::ends_sentence(text)
        && holds_year(rest)
        && rest
            .split([' ', ','])
            .any(|w| month_name(w.trim_end_matches('.')))
}

/// A page number as printed: `4`, `A4`, `- 4 -`, `— 4 —`, `Page 4`,
/// `Seite 4`, `S. 4`, `p. 4`, `第4版`, `第 4 頁`, `4頁`.
fn page_number(field: &str) -> bool {
    let f = field.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' '));
    let f = [
        "Page ",
        "PAGE ",
        "Seite ",
        "SEITE ",
        "S. ",
        "p. ",
        "P. ",
        "Pg. ",
        "Pg ",
        "Página ",
        "Pagina ",
        "Halaman ",
        "HALAMAN ",
        "Hal. ",
        "Strona ",
        "Str. ",
        "Stran ",
        "Stranica ",
        "Sivu ",
        "Sida ",
        "Side ",
        "Blz. ",
        "Pag. ",
        "Pàgina ",
        "Trang ",
        "TRANG ",
        "Pahina ",
        "PAHINA ",
        "Sayfa ",
        "SAYFA ",
        "Strana ",
    ]
    .iter()
    .find_map(|p| f.strip_prefix(p))
    .unwrap_or(f);
    let f = f.strip_prefix('第').unwrap_or(f).trim();
    let f = f
        .strip_suffix(['版', '頁', '页', '面'])
        .map_or(f, str::trim_end);
    // One capital before the number: a section's page (`A4`, `B12`,
    // fullwidth `Ｂ４`).
    let digits = f
        .strip_prefix(|c: char| c.is_ascii_uppercase() || ('Ａ'..='Ｚ').contains(&c))
        .unwrap_or(f);
    (1..=4).contains(&digits.chars().count()) && digits.chars().all(is_figure)
}

/// A fullwidth digit (`０`–`９`), as CJK pages set page numbers and dates.
pub(super) fn is_fullwidth_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// An ASCII or a fullwidth digit: a figure as CJK pages set it either way.
pub(super) fn is_figure(c: char) -> bool {
    c.is_ascii_digit() || is_fullwidth_digit(c)
}

/// A Latin line that ends a sentence with a period: the style of a heading
/// in papers that end every heading line with one.
pub(super) fn period_heading(l: &View) -> bool {
    !l.cjk && l.ends_sentence && l.last == '.'
}

/// Byte length of `label` at the start of `t`, also where a space or a
/// no-break space stands before its colon (`Photo :`, French `Photo\u{a0}:`).
pub(super) fn label_len(t: &str, label: &str) -> Option<usize> {
    if label.as_bytes().first()? != t.as_bytes().first()? {
        return None;
    }
    if t.starts_with(label) {
        return Some(label.len());
    }
    let word = label.strip_suffix([':', '：'])?;
    let rest = t.strip_prefix(word)?;
    let rest = rest.strip_prefix([' ', '\u{a0}', '\u{202f}'])?;
    let rest = rest.strip_prefix([':', '：'])?;
    Some(t.len() - rest.len())
}

/// Byte length of the caption marker `text` starts with (and the white
/// space after it), if any. A run of markers counts as one (`●●` is a
/// bullet printed twice), so that the caption text never starts with one.
pub fn caption_marker(text: &str, options: &Options) -> Option<usize> {
    // Most lines start with a character no built-in marker starts with.
    if options.caption_markers.is_empty() && !may_open_marker(text) {
        return None;
    }
    caption_marker_plain(text, options)
}

/// Whether `text` starts as a built-in marker may start: a lead byte from
/// [`MARKER_START`], then the first two bytes of an ASCII label
/// ([`ASCII_LABEL_STARTS`]), or past ASCII one of [`MARKER_CHARS`] or
/// [`LABEL_STARTS`] (ideographs share lead bytes).
fn may_open_marker(text: &str) -> bool {
    let Some(&b) = text.as_bytes().first() else {
        return false;
    };
    MARKER_START[usize::from(b)]
        && if b < 0x80 {
            text.as_bytes()
                .get(..2)
                .is_some_and(|two| ASCII_LABEL_STARTS.iter().any(|s| s == two))
        } else {
            text.chars()
                .next()
                .is_some_and(|c| MARKER_CHARS.contains(&c) || LABEL_STARTS.contains(&c))
        }
}

/// [`caption_marker`] without the first-character filter.
pub(super) fn caption_marker_plain(text: &str, options: &Options) -> Option<usize> {
    // `图/文　本报记者…`: who took the pictures and wrote the text, a byline.
    if photo_text_label(text).is_some() {
        return None;
    }
    let one = |t: &str| -> Option<usize> {
        if let Some(c) = t.chars().next().filter(|c| MARKER_CHARS.contains(c)) {
            return Some(c.len_utf8());
        }
        MARKER_LABELS
            .iter()
            .copied()
            .chain(options.caption_markers.iter().map(String::as_str))
            .find_map(|m| label_len(t, m))
    };
    let mut len = one(text)?;
    // (A reference to the photo in running text goes on with its
    // sentence's mark: `…山田さん` / `（写真）。`.)
    if text[len..].starts_with(|c: char| {
        script::is_clause_mark(c) || script::is_sentence_end(c) || script::is_closer(c)
    }) {
        return None;
    }
    loop {
        len += text[len..].len() - text[len..].trim_start_matches(script::is_space).len();
        match one(&text[len..]) {
            Some(more) if more > 0 => len += more,
            _ => break,
        }
    }
    // A marker alone is not a caption.
    (len < text.len()).then_some(len)
}

/// A CJK photo credit alone on its line, in brackets or not: `記者　何嘉欣
/// 攝`, `（記者林雅婷攝）`, `（資料圖片）`, `（新華社圖片）`, `（档案照片）`,
/// `（撮影・佐藤一郎）`.
pub(super) fn photo_credit(text: &str) -> bool {
    let inner = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
        .unwrap_or(text);
    let taken = inner.ends_with(['攝', '摄']);
    // A picture, one provided, one sent by an agency (`（新华社发）`), one
    // taken.
    let bracketed = inner.len() < text.len()
        && ([
            "圖片",
            "图片",
            "提供",
            "供图",
            "供圖",
            "社发",
            "社發",
            "撮影",
            "照片",
            "相片",
            "資料圖",
            "资料图",
            "檔案圖",
            "档案图",
        ]
        .iter()
        .any(|e| inner.ends_with(e))
            || inner.starts_with("撮影")
            // (Or taken off a screen or a video: `（翻攝畫面）`, `（翻攝自臉書）`.)
            || inner.starts_with("翻攝")
            || inner.starts_with("翻摄")
            || inner.starts_with("摄影：")
            || inner.starts_with("攝影："));
    // (Or a picture's source named by its label, bracketed or not:
    // `圖片來源：葉芷晴Instagram`.)
    let source = [
        "圖片來源：",
        "图片来源：",
        "照片來源：",
        "照片来源：",
        "相片來源：",
    ]
    .iter()
    .any(|l| inner.starts_with(l));
    (taken || bracketed || source) && inner.chars().count() <= PHOTO_CREDIT_CHARS
}

/// The rest of `text` after a label of who took the pictures and wrote
/// the text (`图/文　本报记者　赵雨桐`, `圖文／林志明`): a byline, no caption.
pub(super) fn photo_text_label(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['图', '圖'])?;
    let rest = rest
        .strip_prefix(['/', '／'])
        .and_then(|r| r.strip_prefix('文'))
        .or_else(|| {
            rest.strip_prefix('文')
                .and_then(|r| r.strip_prefix(['/', '／', '：']))
        })?;
    Some(rest.trim_start_matches(script::is_space))
}

/// A CJK credit by the slash label of a picture (`图／记者 陈晓东`,
/// `圖／林志明`): the label, then a name (after the word for a reporter,
/// if any) in at most [`PHOTO_CREDIT_CHARS`] CJK characters and spaces,
/// without the punctuation a caption's text has.
pub(super) fn slash_credit_label(text: &str) -> bool {
    let Some(rest) = ["图／", "圖／", "图/", "圖/"]
        .iter()
        .find_map(|l| text.strip_prefix(l))
    else {
        return false;
    };
    let n = rest.chars().count();
    (2..=PHOTO_CREDIT_CHARS).contains(&n)
        && !rest.contains(['，', '。', '、', '：', '；', ',', '.'])
        && rest
            .chars()
            .all(|c| script::is_cjk(c) || c == ' ' || c == '\u{3000}')
}

/// A Latin line that may be a headline over a byline, though it holds a
/// comma or a colon: capitalised, no marker, no sentence's end, no final
/// hyphen, comma or colon.
pub(super) fn byline_headline(l: &View) -> bool {
    !l.cjk
        && l.marker == 0
        && !l.byline
        && !l.ends_sentence
        && !l.ends_hyphen
        && !l.url_runs_on
        && !matches!(l.last, ',' | ';' | ':')
        && (l.first.is_uppercase() || l.first.is_numeric())
}

/// A CJK line that may be a headline though it holds a comma between its
/// phrases: no marker, no sentence's end inside or at its end, no comma
/// at its end.
pub(super) fn comma_headline(l: &View) -> bool {
    l.marker == 0 && !l.ends_sentence && !l.inner_stop && !script::is_clause_mark(l.last)
}

/// The text of a CJK line behind a marker may be a subhead's
/// (`■審批流程大幅提速`, `◆家賃補助が後押し`): a phrase without clause or
/// sentence punctuation and without a photo credit (`攝`, `提供`, `撮影`,
/// `＝`), which a caption holds.
pub(super) fn subhead_text(v: &View, text: &str) -> bool {
    let plain = !v.clause && !v.ends_sentence && !v.inner_stop && !v.ends_hyphen;
    if !v.cjk {
        // A Latin brief's title (`■ Road works on Mill Lane`): a few
        // capitalised words.
        let title = text.trim_start_matches(MARKER_CHARS).trim_start();
        return plain
            && title.starts_with(char::is_uppercase)
            && title.split_whitespace().count() <= LATIN_SUBHEAD_WORDS;
    }
    plain && !v.photo_credit && text.chars().count() <= SUBHEAD_CHARS + 2 && !credit_text(text)
}

/// Line `l` with text `text` opens a turn of an interview: a CJK line
/// opening with a doubled dash (`――受賞の知らせを聞いたときは。`), or a
/// line opening with a speaker's label and a colon (`問：`, `答：`,
/// `记者：`, `Q:`, `A:`).
pub(super) fn interview_turn(l: &View, text: &str) -> bool {
    const LABELS: [&str; 11] = [
        "問：",
        "问：",
        "答：",
        "記者：",
        "记者：",
        "Q:",
        "A:",
        "Q：",
        "A：",
        "Ｑ：",
        "Ａ：",
    ];
    (l.cjk && (text.starts_with("――") || text.starts_with("——")))
        || LABELS.iter().any(|label| text.starts_with(label))
        || latin_turn(text)
}

/// A Latin question's or answer's letter and its colon, French setting a
/// space before it (`Q : Pourquoi …`, `R : Le terrain …`; `P:` and `R:`
/// in Spanish, `F:` and `A:` in German).
fn latin_turn(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(['Q', 'R', 'P', 'F', 'A']) else {
        return false;
    };
    let rest = rest
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(rest);
    rest.starts_with(": ")
}

/// `text` opens with the label of an entry of a Latin box of facts,
/// capitalised (`Area: 46 hectares`, `I morgen: Sol og lette skyer`,
/// `Next survey: April 2026`; see [`opens_with_label`]). Unlike a row of
/// a fact box, its value may wrap onto the next lines.
pub(super) fn latin_entry_label(text: &str) -> bool {
    text.starts_with(|c: char| c.is_uppercase()) && opens_with_label(text)
}

/// Most characters of the name before the `＝` of an entry of a CJK
/// listing of events (see [`equals_entry`]).
const EQUALS_ENTRY_CHARS: usize = 12;

/// `text` opens as an entry of a CJK listing of events: a name of two to
/// [`EQUALS_ENTRY_CHARS`] ideographs or kana, then a fullwidth `＝` and
/// what, when and where (`浜崎俳句会＝十八日午後一時、中央公民館`).
#[inline(never)]
pub(super) fn equals_entry(text: &str) -> bool {
    // (Most lines have no `＝` as their third to thirteenth character,
    // which three-byte ideographs and kana put at bytes 6 to 36.)
    // (Its last byte first: `＝` is EF BC 9D.)
    let b = text.as_bytes();
    if !(2..=EQUALS_ENTRY_CHARS)
        .any(|n| b.get(3 * n + 2) == Some(&0x9d) && b[3 * n..3 * n + 2] == [0xef, 0xbc])
    {
        return false;
    }
    for (n, (i, c)) in text.char_indices().enumerate() {
        if c == '＝' {
            return n >= 2 && text.len() > i + c.len_utf8();
        }
        if n == EQUALS_ENTRY_CHARS
            || !(script::is_cjk(c) && (script::is_alphabetic(c) || c == '・'))
        {
            return false;
        }
    }
    false
}

/// Most characters of the label of an entry of a CJK box of facts
/// (`お問い合わせ`).
const ENTRY_LABEL_CHARS: usize = 6;

/// `text` opens with the label of an entry of a CJK box of facts: two to
/// [`ENTRY_LABEL_CHARS`] ideographs or kana and a fullwidth colon, then
/// the entry (`展期：即日起至8月31日`, `开放时间：每周二至周日`,
/// `問い合わせ：同ギャラリー`).
pub(super) fn cjk_entry_label(text: &str) -> bool {
    // (Most lines have no `：` as their third to seventh character, which
    // three-byte ideographs put at bytes 6 to 18.)
    if ![6, 9, 12, 15, 18]
        .iter()
        .any(|&at| text.get(at..at + 3) == Some("："))
    {
        return false;
    }
    for (n, (i, c)) in text.char_indices().enumerate() {
        if c == '：' {
            return (2..=ENTRY_LABEL_CHARS).contains(&n) && text.len() > i + c.len_utf8();
        }
        if n == ENTRY_LABEL_CHARS || !(script::is_cjk(c) && script::is_alphabetic(c)) {
            return false;
        }
    }
    false
}

/// A CJK line of two fields or more, each a label and a colon, that a gap
/// of two spaces or an ideographic space parts: `經文：出埃及記16章  講員：張
/// 明道牧師`. No sentence sets such a gap inside it: the line is a row of
/// facts of its own, whatever surrounds it.
pub(super) fn cjk_field_row(text: &str) -> bool {
    // (No sentence's clause: `表示：今年稅收優於預期，主計處長  補充：…` is
    // prose; and a field's label is a word of at most four characters,
    // where a sentence's subject and verb run longer, `財政局長指出：`.)
    let field = |t: &str| cjk_entry_label(t) && t.chars().take(5).any(|c| c == '：');
    if !field(text) || text.contains(['，', '。']) {
        return false;
    }
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = memchr::memchr2(b' ', 0xe3, &bytes[from..]).map(|k| from + k) {
        from = at + 1;
        // (One space after a value in figures parts fields too: `新聞熱線：
        // （05）532-1234 傳真：（05）532-5678`.)
        let gap = if bytes[at] == b' ' {
            bytes.get(at + 1) == Some(&b' ') || (at > 0 && bytes[at - 1].is_ascii_digit())
        } else {
            text.get(at..at + 3) == Some("\u{3000}")
        };
        if gap {
            let rest = text[at..].trim_start_matches([' ', '\u{3000}']);
            if field(rest) {
                return true;
            }
            from = text.len() - rest.len();
        }
    }
    false
}

#[cfg(test)]
mod weekday_tests {
    use super::*;

    /// [`weekday_name`] without its gate by first letter and length.
    fn weekday_name_reference(word: &str) -> bool {
        let day = word.strip_suffix("-feira").unwrap_or(word);
        let lower: String = day.chars().flat_map(char::to_lowercase).collect();
        WEEKDAYS.contains(&lower.as_str())
    }

    #[test]
    fn the_gate_by_first_letter_and_length_finds_every_weekday() {
        for w in WEEKDAYS {
            let capital: String = w[..1].to_uppercase() + &w[1..];
            for form in [w.to_string(), capital, w.to_uppercase()] {
                assert!(weekday_name(&form), "{form}");
            }
        }
        for word in [
            "Quinta-feira",
            "Donnerstag",
            "Mardi",
            "Tuesday",
            "Tues",
            "Mars",
            "Der",
            "Zeitung",
            "",
            "ü",
            "Sonnabend",
        ] {
            assert_eq!(weekday_name(word), weekday_name_reference(word), "{word}");
        }
    }
}
