//! Bylines: a writer's name, role, desk or place on a line of its own.

use super::*;

/// Widest line (in hundredths of a cell) under a byline that may be the
/// writer's role or place: see [`Views::byline_tail`].
pub(super) const BYLINE_TAIL: u32 = 36 * 100;

/// Longest note in brackets after a byline's names, in bytes (`avec
/// Belga`, `with AP`).
const BYLINE_NOTE_BYTES: usize = 24;

/// Longest line (in bytes) that [`byline`] reads.
const BYLINE_BYTES: usize = 120;

/// Most bytes of the names before the role in `Jane Smith, Staff Reporter`.
const NAMES_BYTES: usize = 48;

/// Words that introduce a byline (`By Jane Smith`, `Von Hans Müller`).
fn is_by(w: &str) -> bool {
    matches!(
        w,
        "By" | "BY"
            | "Von"
            | "VON"
            | "Par"
            | "PAR"
            | "Por"
            | "POR"
            | "Door"
            | "DOOR"
            | "Di"
            | "Av"
            | "Af"
            | "From"
            | "FROM"
    )
}

/// The first word of `text` is one of [`is_by`], which are two to four
/// letters long: looked for among its first five bytes only.
fn opens_with_by(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(5)];
    // (No space there: a word of five bytes or more, or the whole text.)
    is_by(
        head.iter()
            .position(|&b| b == b' ')
            .map_or(text, |k| &text[..k]),
    )
}

/// Lowercase words a byline's names may hold: particles of names
/// (`van der Berg`), conjunctions between names, `in` before a place, and
/// the fillers of `By our Correspondent`, `Von unserem Korrespondenten`,
/// `Van onze medewerker`.
pub(super) fn is_name_word(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "van"
            | "de"
            | "der"
            | "den"
            | "del"
            | "della"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "di"
            | "du"
            | "le"
            | "la"
            | "ten"
            | "ter"
            | "bin"
            | "al"
            | "and"
            | "und"
            | "et"
            | "y"
            | "e"
            | "&"
            | "in"
            | "aus"
            | "our"
            | "onze"
            | "unserem"
            | "unserer"
            | "notre"
            | "a"
    )
}

/// CJK words that open a byline, longest first (`本報記者 李明`, `文／陳大文`).
const CJK_BY: &[&str] = &[
    "本報記者",
    "本报记者",
    "特派記者",
    "特派记者",
    // A correspondent abroad (`特派員林志強／東京報導`).
    "特派員",
    "特派员",
    "特約記者",
    "特约记者",
    "實習記者",
    "实习记者",
    "見習記者",
    "见习记者",
    "記者",
    "记者",
    "通訊員",
    "通讯员",
    "撰文",
    // A reader's letter's signature (`读者 刘建国`); the space tells it
    // from `读者来信`.
    "读者 ",
    "讀者 ",
    "读者\u{3000}",
    "讀者\u{3000}",
    // Singapore's and Malaysia's `报道　谢家伟`; the separator tells it
    // from text opening with the word (`报道称…`).
    "报道\u{3000}",
    "報道\u{3000}",
    "报道 ",
    "報道 ",
    // `报道：黄慧玲`, `报道／周嘉慧`: the label of who reported it.
    "报道：",
    "報道：",
    "報導：",
    "报道／",
    "報道／",
    "報導／",
    "报道/",
    "報導/",
    // Who wrote and took the pictures (`文・写真　山岸玲奈`).
    "文・写真",
    "写真・文",
    "文と写真",
    // (Or with the photographs too: `文、攝影／許家豪`.)
    "文、攝影／",
    "文、摄影／",
    "文、圖／",
    "文、图／",
    "文・",
    "文／",
    "文/",
    "文：",
    "文:",
    "文｜",
];

/// Most words of a writer's role after a bar in a byline (see [`byline`]).
const BAR_ROLE_WORDS: usize = 4;

/// The line is a byline, whole: `By Jane Smith`, `BY JANE SMITH AND JOHN
/// DOE`, `Von Hans Müller`, `By our Correspondent`, a name with a role
/// (`Jane Smith, Staff Reporter`, `Hans Müller, Korrespondent in Rom`), or
/// in CJK a reporter's title and name (`記者 陳大文`, `本報記者 李明 北京報道`,
/// `文／陳大文`). Names are capitalised words, initials and particles; the
/// role must hold a word of [`is_role`]. A sentence (`By Monday the
/// plan`, `記者會上，…`) is none.
#[inline(never)]
pub(super) fn byline(text: &str) -> bool {
    if text.len() > BYLINE_BYTES {
        return false;
    }
    let first = text.as_bytes().first().copied().unwrap_or(0);
    if !first.is_ascii() {
        return match text.chars().next() {
            Some(
                '本' | '記' | '记' | '特' | '實' | '实' | '見' | '见' | '通' | '撰' | '文' | '读'
                | '讀' | '报' | '報' | '写' | '【' | '［' | '〔',
            ) => cjk_byline(text) || desk_byline(text),
            // A paper's or agency's reporter (`晚报记者 邵宇航`).
            Some('\u{4e00}'..='\u{9fff}')
                if text.chars().take(6).any(|c| c == '記' || c == '记') =>
            {
                cjk_byline(text)
            }
            Some(c) if script::is_uppercase(c) => {
                (names_then_comma(text.as_bytes()) && latin_byline(text)) || place_byline(text)
            }
            Some('\u{ac00}'..='\u{d7a3}') => korean_byline(text),
            // `（聞き手・田中誠）`: who asked the questions of an interview.
            Some('（') => interviewer(text) || bracketed_name(text),
            // A review's critic, named after `評・` (`評・川村恵子（文芸評論家）`).
            Some('評') => text.strip_prefix("評・").is_some_and(|rest| {
                let name = rest.split_once('（').map_or(rest, |(name, _)| name);
                (2..=5).contains(&name.chars().count())
                    && name.chars().all(|c| script::is_cjk(c) && c.is_alphabetic())
                    && (name.len() == rest.len() || cjk_name_and_place(rest))
            }),
            // A Taiwanese opinion page's writer, under the piece's title
            // (`◎ 張文彬`): a name of three ideographs (a section's label
            // behind the mark is most often two: `◎訃報`, `◎ 結語`).
            Some('◎') => text[3..]
                .trim_start_matches([' ', '\u{3000}'])
                .chars()
                .try_fold(0, |n, c| {
                    ('\u{4e00}'..='\u{9fff}').contains(&c).then_some(n + 1)
                })
                .is_some_and(|n| n == 3),
            Some('图' | '圖') => photo_text_label(text)
                .is_some_and(|names| !names.is_empty() && names.len() <= NAMES_BYTES),
            Some(c) if script::is_cjk(c) => reported_by(text) || desk_byline(text),
            _ => false,
        };
    }
    // `di Chiara Benedetti`, `par Julien Marchand`: Italian and French
    // bylines often open in lowercase.
    if let Some(names) = ["di ", "par ", "por "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
    {
        return latin_byline(&["By ", names].concat());
    }
    // A byline in brackets: `(From Our Own Correspondent)`, `(By Jane
    // Smith)`.
    if first == b'(' {
        return text
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .is_some_and(|inner| !inner.starts_with('(') && byline(inner));
    }
    if !first.is_ascii_uppercase() {
        return false;
    }
    // The writer's role or desk after a bar: `By DANA WHITCOMB | Ledger
    // staff`.
    // (The bar found by its byte first: most lines hold none.)
    let bar = memchr::memchr(b'|', text.as_bytes()).is_some();
    if bar
        && text.split_once(" | ").is_some_and(|(names, role)| {
            (1..=BAR_ROLE_WORDS).contains(&role.split_whitespace().count())
                && !role.contains('|')
                && !script::ends_sentence(role)
                && byline(names)
        })
    {
        return true;
    }
    // The newsroom or an agency alone (`Redacción`, `Da Redação`).
    if is_desk(text) {
        return true;
    }
    // `Propos recueillis par Julien Marchand`: an interview's byline; a
    // label of who wrote it (`Piše: Ivana Štimac`, `Tekst: Jan Nowak`).
    if let Some(names) = [
        "Propos recueillis par ",
        "Compiled by ",
        "Reported by ",
        // (A critic's: `Reviewed by Dana Whitcomb`; a feature's writer:
        // `Words by Nadia Ferreira`.)
        "Reviewed by ",
        "Review by ",
        "Words by ",
        "Story by ",
        "Text by ",
        "Written by ",
        "Piše: ",
        "Píše: ",
        "Pisze: ",
        "Napisal: ",
        "Tekst: ",
        "Text: ",
        "Texto: ",
        "Testo: ",
        // (Who wrote it and took its photos: `Tekst og foto: Siri Håland`.)
        "Tekst og foto: ",
        "Tekst og bilder: ",
        "Tekst og foto ",
        "Text och foto: ",
        "Text och bild: ",
        "Text und Fotos: ",
        "Text und Foto: ",
        "Text and photos: ",
        "Words and pictures: ",
        "Texte et photos : ",
        "Texto y fotos: ",
        "Testo e foto: ",
        "Tekst i zdjęcia: ",
    ]
    .iter()
    .find_map(|p| text.strip_prefix(p))
    {
        return latin_byline(&["By ", names].concat());
    }
    // Filipino `Ni`, Malay and Indonesian `Oleh` before names in capitals
    // (`Ni LEAH DELA CRUZ`): before others they are a passive's agent,
    // a headline's words (`Ditangkap` / `Oleh Warga di Depok`).
    // (Asked of lines opening with their letter only.)
    if matches!(first, b'N' | b'O') {
        if let Some(names) = ["Ni ", "NI ", "Oleh ", "OLEH "]
            .iter()
            .find_map(|p| text.strip_prefix(p))
        {
            return !names.contains(char::is_lowercase) && latin_byline(&["By ", names].concat());
        }
    }
    // Dutch `Van onze medewerker Lotte De Smet` (`Van` alone opens names:
    // `Van Morrison`).
    if let Some(rest) = text.strip_prefix("Van onze ") {
        return latin_byline(&["By our ", rest].concat());
    }
    // Cheap tests first: a byline starts with `By` (or the like), or names
    // two to five capitalised words before the comma of its role.
    ((opens_with_by(text) || names_then_comma(text.as_bytes())) && latin_byline(text))
        || place_byline(text)
}

/// Most words of the place after a byline's names (`| Teruel`).
pub(super) const PLACE_WORDS: usize = 3;

/// A byline with its place (or the writer's e-mail address) after a
/// spaced `|`, `·` or `/`: `Por Lucía Moreno | Teruel`, `By Jane Smith /
/// Leeds`, `Erik Sandell | erik.sandell@roslagsbladet.se`, `LAIA FERRER ·
/// PALAFRUGELL`, and without the word before the names (two to four of
/// them) where the place is set in capitals (`Ayşe Demirtaş / İSTANBUL`)
/// or after a bar or a dot. The place is one to [`PLACE_WORDS`]
/// capitalised words.
fn place_byline(text: &str) -> bool {
    let b = text.as_bytes();
    // (A middle dot, `·`, is C2 B7: found by its second byte, which other
    // letters end with too: `з` is D0 B7.)
    let dot = |i: usize| b[i] != 0xb7 || (i > 0 && b[i - 1] == 0xc2);
    let Some(end) = memchr::memchr3_iter(b'|', b'/', 0xb7, b).find(|&i| dot(i)) else {
        return false;
    };
    let sep = if b[end] == 0xb7 { end - 1 } else { end };
    if sep == 0 || b[sep - 1] != b' ' || b.get(end + 1) != Some(&b' ') {
        return false;
    }
    let (names, place) = (&text[..sep - 1], &text[end + 2..]);
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    // Or the writer's e-mail address (`Erik Sandell |
    // erik.sandell@roslagsbladet.se`).
    let email = !place.contains(' ')
        && place
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'));
    // Or the writer's desk (`By Kelly Huang / Staff reporter`).
    if names.split(' ').next().is_some_and(is_by) && is_desk(place) {
        return latin_byline(names);
    }
    let mut k = 0;
    if !email
        && (!place.split(' ').all(|w| {
            k += 1;
            capitalised(w)
        }) || k > PLACE_WORDS)
    {
        return false;
    }
    if names.split(' ').next().is_some_and(is_by) {
        return latin_byline(names);
    }
    // A place in capitals after a slash (`/ İSTANBUL`), or any place
    // after a bar (`Javier Ortega | Villarreal`): a slash alone also sets
    // off a photo's agency.
    let in_capitals = (place.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !place.chars().any(char::is_lowercase))
        || b[sep] != b'/'
        || email;
    let mut n = 0;
    in_capitals
        && names.split(' ').all(|w| {
            n += 1;
            capitalised(w) || is_name_word(w)
        })
        && (2..=4).contains(&n)
        && names.starts_with(char::is_uppercase)
        && names.rsplit(' ').next().is_some_and(capitalised)
}

/// An interview's credit in brackets: `（聞き手・田中誠）`, `（聞き手 田中誠）`;
/// or the reporter's, a name and title (`（藤原美咲記者）`, `（佐藤健特派員）`).
pub(super) fn interviewer(text: &str) -> bool {
    if let Some(name) = text
        .strip_prefix('（')
        .and_then(|t| t.strip_suffix('）'))
        .and_then(|t| {
            ["記者", "记者", "特派員", "通信員", "支局長", "編集委員"]
                .iter()
                .find_map(|r| t.strip_suffix(r))
        })
    {
        return (2..=8).contains(&name.chars().count())
            && name
                .chars()
                .all(|c| (script::is_cjk(c) && c.is_alphabetic()) || script::is_space(c));
    }
    text.strip_prefix("（聞き手")
        .and_then(|t| t.strip_suffix('）'))
        .map(|name| name.trim_start_matches(['・', '：', ' ', '\u{3000}']))
        .is_some_and(|name| {
            (2..=8).contains(&name.chars().count()) && name.chars().all(script::is_cjk)
        })
}

/// A Korean byline: a name of two to four Hangul syllables and the
/// reporter's title (`김민수 기자`, `김민수·이지은 기자`, `김민수 특파원`),
/// optionally with an e-mail address or a `=` before the dateline.
fn korean_byline(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c == '=' || script::is_space(c));
    let Some((names, title)) = text.split_once(' ') else {
        return false;
    };
    let title = title.split(' ').next().unwrap_or("");
    let hangul = |w: &str| {
        (2..=4).contains(&w.chars().count())
            && w.chars().all(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
    };
    matches!(title, "기자" | "특파원" | "선임기자" | "기자단")
        && names.split(['·', ',']).all(hangul)
        && text.split(' ').count() <= 3
}

/// A newsroom or agency credited alone on a byline's line, or with the
/// agencies that helped (`Staff writer, with CNA`, `Staff Reporter, with
/// agencies`).
fn is_desk(text: &str) -> bool {
    // (Desks are short, and most lines hold no comma before the agencies:
    // one scan for it tells.)
    if text.len() > DESK_BYTES {
        return false;
    }
    if let Some((desk, helpers)) = memchr::memchr(b',', text.as_bytes())
        .and_then(|i| Some((&text[..i], text[i..].strip_prefix(", with ")?)))
    {
        return is_desk(desk)
            && !helpers.is_empty()
            && helpers.split(' ').count() <= AGENCY_WORDS
            && !helpers.ends_with(['.', ',', ';']);
    }
    // Staff credits, in whatever case (`Staff reporter`, `STAFF WRITER`).
    (matches!(text.as_bytes().first(), Some(b'S' | b'O'))
        && STAFF.iter().any(|d| d.eq_ignore_ascii_case(text)))
        || matches!(
            text,
            "Redacción"
                | "Redação"
                | "Da Redação"
                | "Da redação"
                | "De la Redacción"
                | "Redazione"
                | "La Redazione"
                | "Redaktion"
                | "La Rédaction"
                | "Agencias"
                | "Agências"
                | "Agenzie"
                | "Agenturen"
                | "EFE"
                | "AFP"
                | "AP"
                | "Reuters"
                | "REUTERS"
                | "ANSA"
                | "Europa Press"
        )
}

/// Longest desk credit, with the agencies that helped, in bytes.
const DESK_BYTES: usize = 48;

/// Most words of the agencies named after a desk (`Staff writer, with
/// CNA and Reuters`).
const AGENCY_WORDS: usize = 3;

/// The staff credits of English-language papers, told in any case.
const STAFF: [&str; 9] = [
    "Staff",
    "Staff Reporter",
    "Staff Reporters",
    "Staff Writer",
    "Staff Writers",
    "Our Correspondent",
    "Special Correspondent",
    "Our Reporter",
    "Staff Correspondent",
];

/// `text` ends in a title and one capitalised name (`… leader Cllr Ann`,
/// `… said Mayor Ruth`), or in an abbreviated title alone (`… addressed
/// as Mr`): a name that goes on into the next line.
pub(super) fn ends_in_titled_name(text: &str) -> bool {
    // The name first: most lines end in a word in lowercase, and need no
    // search for the word before it.
    let Some((head, name)) = script::rsplit_once_char(text, ' ') else {
        return false;
    };
    // (Only titles that are nothing else: `Dr` and `St` end addresses.)
    if matches!(
        name.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Cllr" | "Prof" | "Mme" | "Mlle"
    ) {
        return true;
    }
    if !(name.starts_with(char::is_uppercase) && name.chars().all(script::is_alphabetic)) {
        return false;
    }
    let title = script::rsplit_once_char(head, ' ').map_or(head, |(_, title)| title);
    matches!(
        title.trim_end_matches('.'),
        "Cllr"
            | "Councillor"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Mayor"
            | "Judge"
            | "Sen"
            | "Rep"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Prof"
            | "Herr"
            | "Frau"
            | "Mme"
            | "Mlle"
    )
}

/// Lines `a` and `b` open with the same two words, the first capitalised
/// and of two letters or more, no sentence's opening word such as `The`
/// (`Harold J. Lindqvist, 79` / `Harold J. Lindqvist, a retired …`): a
/// name over the text that opens with it.
/// Wrapped text goes on from line to line and never repeats its opening.
pub(super) fn same_opening(a: &str, b: &str) -> bool {
    if !a.starts_with(|c: char| c.is_uppercase())
        || a.as_bytes().first() != b.as_bytes().first()
        || opens_sentence(a)
    {
        return false;
    }
    let (a1, a2) = first_two_words(a);
    a1.is_some_and(|w| w.chars().nth(1).is_some()) && a2.is_some() && (a1, a2) == first_two_words(b)
}

/// The first two words of `text`, without a comma after them.
fn first_two_words(text: &str) -> (Option<&str>, Option<&str>) {
    let mut w = script::split_spaces(text).map(|w| w.trim_end_matches(','));
    (w.next(), w.next())
}

/// Longest line (in bytes) that [`wrapped_byline`] reads as the rest of a
/// writer's role.
const ROLE_LINE_BYTES: usize = 40;

/// Lines `a` and `b` are a byline whose role wraps (`Siobhán Ní Bhriain,
/// Courts` / `Correspondent`): `a` names the writer before a comma, and
/// `b`, short, goes on with words of the role, one of them a role's own.
pub(super) fn wrapped_byline(a: &str, b: &str) -> bool {
    b.len() <= ROLE_LINE_BYTES
        && b.starts_with(|c: char| c.is_uppercase())
        && names_then_comma(a.as_bytes())
        && b.split_whitespace().any(is_role)
        && latin_byline(&[a, " ", b].concat())
}

/// Line `b` is the role of the writer named on line `a` above it, a
/// byline opening with its `By` word (`By Renee Castellanos` / `Business
/// Editor`, `Von Jörg Lenhardt` / `Korrespondent in Rom`): short,
/// capitalised, one of its words a role's own, no sentence's end.
pub(super) fn role_under_by(a: &str, b: &str) -> bool {
    a.split(' ').next().is_some_and(is_by) && !a.contains(',') && role_line(b)
}

/// Line `b` is a writer's role (`Business Editor`, `Indonesia
/// Correspondent`, `BUSINESS REPORTER`): short, capitalised, one of its
/// words a role's own, no sentence's end.
pub(super) fn role_line(b: &str) -> bool {
    b.len() <= ROLE_LINE_BYTES
        && b.starts_with(|c: char| c.is_uppercase())
        && !b.ends_with(['.', ',', ':'])
        && b.split_whitespace().any(is_role)
        // (Capitalised words but for articles, prepositions and roles in
        // lowercase, as Spanish and Italian set them: `Staff at the county
        // hospital` opens the text; `Escritora y profesora de Urbanismo`.)
        && b.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || super::cues::is_function_word(w) || is_role(w)
        })
}

/// `text` starts with two to five words, the last capitalised, then `, `
/// (`Jane Smith, `, `Jan van der Berg, `), within [`NAMES_BYTES`].
fn names_then_comma(text: &[u8]) -> bool {
    let Some(comma) = memchr::memchr(b',', &text[..text.len().min(NAMES_BYTES)]) else {
        return false;
    };
    if text.get(comma + 1) != Some(&b' ') {
        return false;
    }
    let names = &text[..comma];
    let spaces = memchr::memchr_iter(b' ', names).count();
    (1..=4).contains(&spaces)
        && names
            .rsplit(|&b| b == b' ')
            .next()
            .and_then(|w| w.first())
            .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
}

fn latin_byline(text: &str) -> bool {
    // A note in brackets after the names of a signed byline (`Par Julie
    // Vandenbroucke (avec Belga)`, `By Sam Ortega (with AP)`).
    let text = match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((names, note))
            if note.len() <= BYLINE_NOTE_BYTES
                && !note.contains(['(', ')'])
                && names.split(' ').next().is_some_and(is_by) =>
        {
            names
        }
        _ => text,
    };
    let (names, role) = match script::split_once_ascii_pair(text, b", ") {
        Some((n, r)) => (n, Some(r)),
        None => (text, None),
    };
    let mut words = names.split_whitespace();
    let by = words.next().is_some_and(is_by);
    let words = if by { words } else { names.split_whitespace() };
    // Names: capitalised words (`Müller`, `O'Neill`, `Smith-Jones`),
    // initials (`J.`), and the lowercase words of names.
    let (mut n, mut capitals, mut last_cap) = (0, 0, false);
    for w in words {
        n += 1;
        // `Von der Regierung`, `By de facto`: a sentence, not a name.
        if by
            && n == 1
            && w.starts_with(char::is_lowercase)
            && !matches!(w, "our" | "unserem" | "unserer" | "notre" | "onze" | "a")
        {
            return false;
        }
        // (An initial, `J.`, or a short given name cut so, `Ma.`.)
        let cap = w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            && (!w.ends_with('.') || (2..=3).contains(&w.chars().count()));
        if cap {
            capitals += 1;
        } else if !(is_name_word(w) || (by && is_role(w))) {
            return false;
        }
        last_cap = cap || (by && is_role(w));
    }
    if n == 0 || n > 7 || capitals == 0 || !last_cap {
        return false;
    }
    match role {
        // `By Jane Smith`: the word before is the evidence.
        None => by,
        // `Jane Smith, Staff Reporter`, `By Jane Smith, Reuters`.
        Some(role) => {
            (by || capitals >= 2)
                && role.split(", ").all(|part| {
                    let mut k = 0;
                    let mut ok_end = false;
                    for w in part.split_whitespace() {
                        k += 1;
                        let r = is_role(w);
                        let cap = w.starts_with(char::is_uppercase)
                            && w.chars().all(|c| c.is_alphabetic() || c == '-');
                        let link = matches!(
                            w,
                            "of" | "for"
                                | "in"
                                | "at"
                                | "für"
                                | "from"
                                | "aus"
                                | "de"
                                | "da"
                                | "do"
                                | "em"
                        );
                        if !(r || cap || link) {
                            return false;
                        }
                        ok_end = r || cap;
                    }
                    (1..=5).contains(&k) && ok_end
                })
                && (by || role.split_whitespace().any(is_role) || from_place(role))
        }
    }
}

/// A word that names a journalist's role or agency, in any case (the
/// evidence that `Jane Smith, Staff Reporter` is a byline).
fn is_role(w: &str) -> bool {
    const LONGEST: usize = 16;
    if w.len() > LONGEST {
        return false;
    }
    if !w.is_ascii() {
        return matches!(w, "envoyé" | "envoyée" | "Envoyé" | "Envoyée");
    }
    let mut buf = [0u8; LONGEST];
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[..w.len()].make_ascii_lowercase();
    matches!(
        &buf[..w.len()],
        b"reporter"
            | b"reporters"
            | b"correspondent"
            | b"correspondents"
            | b"correspondente"
            | b"editor"
            | b"writer"
            | b"columnist"
            | b"staff"
            | b"photographer"
            | b"critic"
            | b"contributor"
            | b"journalist"
            | b"journaliste"
            | b"reuters"
            | b"ap"
            | b"afp"
            | b"dpa"
            | b"bureau"
            | b"redakteur"
            | b"redakteurin"
            | b"korrespondent"
            | b"korrespondentin"
            | b"korrespondenten"
            | b"redaktion"
            | b"mitarbeiter"
            | b"corresponsal"
            | b"redactor"
            | b"redactora"
            | b"medewerker"
            | b"medewerkster"
            | b"verslaggever"
            | b"verslaggeefster"
            | b"redacteur"
            | b"redactrice"
            | b"sports"
            | b"desk"
            // (An opinion writer's trade: `Escritora y profesora de
            // Urbanismo`, `Novelist and critic`.)
            | b"author"
            | b"novelist"
            | b"professor"
            | b"historian"
            | b"economist"
            | b"escritor"
            | b"escritora"
            | b"periodista"
            | b"columnista"
            | b"profesor"
            | b"profesora"
            | b"autor"
            | b"autora"
            | b"autorin"
            | b"schriftsteller"
            | b"schriftstellerin"
            | b"scrittore"
            | b"scrittrice"
            | b"giornalista"
    )
}

fn cjk_byline(text: &str) -> bool {
    /// Most characters after the title: names, a place and `報道`.
    const REST: usize = 24;
    /// Most characters of a paper's name before `記者`.
    const PAPER_CHARS: usize = 6;
    // `記者　何嘉欣　攝`: who took the photo, not who wrote the text.
    if text.trim_end_matches(['）', ')']).ends_with(['攝', '摄']) {
        return false;
    }
    /// Most characters of one part: a name, or a place with `報道`.
    const NAME_PART: usize = 6;
    // `【本報訊】記者 李嘉欣`: a short bracketed tag before the byline.
    if let Some((tag, rest)) = text
        .strip_prefix(['【', '［', '〔'])
        .and_then(|t| t.split_once(['】', '］', '〕']))
    {
        if !rest.is_empty() && tag.chars().count() <= 4 {
            return cjk_byline(rest.trim_start_matches(script::is_space));
        }
    }
    // `【記者陳建宏／台南報導】` alone on its line.
    let text = match text.strip_prefix(['【', '［', '〔']) {
        Some(t) => match t.strip_suffix(['】', '］', '〕']) {
            Some(t) => t,
            None => return false,
        },
        None => text,
    };
    // The paper's commentator or editors, unnamed.
    if matches!(
        text,
        "本报评论员"
            | "本報評論員"
            | "本报特约评论员"
            | "本報特約評論員"
            | "本报编辑部"
            | "本報編輯部"
    ) {
        return true;
    }
    // Or a paper's or agency's reporter (`晚报记者 邵宇航`, `新华社记者
    // 王磊`): up to four characters before `記者`.
    let paper = || {
        let at = text
            .char_indices()
            .take(PAPER_CHARS + 2)
            .find(|&(_, c)| c == '記' || c == '记')?
            .0;
        let (name, title) = text.split_at(at);
        let short = (2..=PAPER_CHARS).contains(&name.chars().count());
        (short
            && name
                .chars()
                .all(|c| script::is_cjk(c) && !script::is_clause_mark(c))
            && (title.starts_with("記者") || title.starts_with("记者")))
        .then_some(at + "記者".len())
    };
    let Some(by) = CJK_BY
        .iter()
        .find(|b| text.starts_with(*b))
        .map(|b| b.len())
        .or_else(paper)
    else {
        return false;
    };
    // (`特派員` is a noun too: `特派員制度明年取消`; the byline sets a slash or
    // `報導` after the name.)
    if text.starts_with("特派")
        && !text.contains(['／', '/'])
        && !text.contains("報導")
        && !text.contains("报道")
    {
        return false;
    }
    let rest = text[by..].trim_start_matches(|c: char| {
        script::is_space(c) || matches!(c, '／' | '/' | '：' | ':' | '｜')
    });
    // A role in brackets after the name (`文：陳國強（測量師）`).
    let rest = match rest.strip_suffix('）').and_then(|r| r.rsplit_once('（')) {
        Some((name, role)) if role.chars().count() <= NAME_PART => name,
        _ => rest,
    };
    // `記者會`, `記者們`: words, not a reporter's name.
    if rest.starts_with([
        '會', '会', '們', '们', '證', '证', '節', '节', '站', '席', '團', '团', '室', '群', '招',
    ]) {
        return false;
    }
    // (Or glued, a name and a place before `報導` with nothing between:
    // `記者王小明台北報導`.)
    if let Some(glued) = REPORTED.iter().find_map(|r| rest.strip_suffix(r)) {
        let n = glued.chars().count();
        if (GLUED_NAME_PLACE.0..=GLUED_NAME_PLACE.1).contains(&n)
            && glued
                .chars()
                .all(|c| script::is_cjk(c) && c.is_alphabetic())
        {
            return true;
        }
    }
    // Names, a place and `報道`, each a short part between spaces or
    // separators (`李明 北京報道`, `陳建宏／台南報導`, and the photographer
    // after the writer: `记者 梁晓彤　图/记者 苏伟`): a body line that
    // happens to open with `記者` (`記者昨日走訪了市區多間商店`) runs on.
    let (mut parts, mut part, mut count) = (0, 0, 0);
    for c in rest.chars().chain([' ']) {
        count += 1;
        if script::is_space(c) || matches!(c, '、' | '／' | '/' | '·' | '‧' | '・') {
            if part > 0 {
                parts += 1;
            }
            part = 0;
            continue;
        }
        let name = script::is_cjk(c) && !script::is_clause_mark(c) && !script::is_sentence_end(c);
        part += 1;
        if count > REST || !name || part > NAME_PART {
            return false;
        }
    }
    (1..=BYLINE_PARTS).contains(&parts)
}

/// `報道` (reported) as a CJK byline ends with it, in its four spellings.
const REPORTED: [&str; 4] = ["報道", "报道", "報導", "报导"];

/// Fewest and most characters of a name and a place glued before `報導`
/// in a CJK byline (`記者王小明台北報導`: five).
const GLUED_NAME_PLACE: (usize, usize) = (4, 8);

/// Most parts (names, titles, a place) of a CJK byline.
const BYLINE_PARTS: usize = 6;

/// A CJK name and `報道` (reported by) alone, set apart by a space
/// (`陈莉莉 报道`); not a sentence that ends so (`据新华社报道`).
fn reported_by(text: &str) -> bool {
    /// Most characters of the name.
    const NAME: usize = 6;
    let Some(name) = REPORTED.iter().find_map(|r| text.strip_suffix(r)) else {
        return false;
    };
    let Some(name) = name.strip_suffix(script::is_space) else {
        return false;
    };
    let letter =
        |c: char| script::is_cjk(c) && !script::is_clause_mark(c) && !script::is_sentence_end(c);
    // Kinds of report, not names (`专题 报道`, `深度 报道`).
    let kind = [
        "专题", "專題", "深度", "特别", "特別", "连续", "連續", "独家", "獨家", "综合", "綜合",
        "新闻", "新聞", "现场", "現場", "图片", "圖片",
    ];
    (2..=NAME).contains(&name.chars().count()) && name.chars().all(letter) && !kind.contains(&name)
}

/// The writer's place after the names (`Ana Clara Sousa, de Teresina`,
/// `Jan Kowalski, aus Berlin`): a preposition of place and at most three
/// capitalised words.
fn from_place(role: &str) -> bool {
    let Some((prep, place)) = role.split_once(' ') else {
        return false;
    };
    matches!(prep, "from" | "aus" | "de" | "da" | "do" | "em" | "in")
        && (1..=3).contains(&place.split_whitespace().count())
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// Most characters of a writer's name alone in brackets (see
/// [`bracketed_name`]).
const BRACKETED_NAME_CHARS: usize = 6;
/// Most letters of the work and name, or of the place, around a writer's
/// age in brackets (see [`cjk_name_and_age`]).
const AGED_NAME_CHARS: usize = 10;
/// Most bytes of a signature giving the writer's age: the work and name,
/// the age and the place, in ideographs of three bytes each.
const AGED_NAME_BYTES: usize = 3 * (2 * AGED_NAME_CHARS + 8);

/// `text` is a writer's name alone in brackets, closing a story (`（山口健太）`,
/// `（山本　健太）`): two to [`BRACKETED_NAME_CHARS`] ideographs or kana,
/// an ideographic space between or not.
pub(super) fn bracketed_name(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('（').and_then(|t| t.strip_suffix('）')) else {
        return false;
    };
    // (Not a photographer's credit: `（中村健一撮影）`.)
    if photo_credit(text) || inner.ends_with("撮影") || inner.ends_with("提供") {
        return false;
    }
    let n = inner.chars().filter(|&c| c != '\u{3000}').count();
    (2..=BRACKETED_NAME_CHARS).contains(&n)
        && inner
            .chars()
            .all(|c| c == '\u{3000}' || (script::is_cjk(c) && c.is_alphabetic()))
}

/// Most characters of a CJK letter's signature before its closing words
/// (see [`signs_letter`]).
const SIGNATURE_CHARS: usize = 14;

/// CJK `text` signs a letter or a notice with the closing words after the
/// writer's title and name (`鄉長 吳文德 敬上`, `校長 陳美玲 謹啟`,
/// `理事会 谨启`): short, the name set apart by a space, no sentence in it.
pub(super) fn signs_letter(text: &str) -> bool {
    let Some(head) = ["敬上", "謹上", "谨上", "敬啟", "敬启", "謹啟", "谨启"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
    else {
        return false;
    };
    let head = head.trim_end_matches(script::is_space);
    !head.is_empty()
        && head.chars().count() <= SIGNATURE_CHARS
        && head.contains(script::is_space)
        && !head.contains(|c: char| script::is_clause_mark(c) || script::is_sentence_end(c))
}

/// `text` is a CJK name and a place in brackets, a letter's signature
/// (`林美华（槟城）`, `陳大文（觀塘）`, `讀者梁佩儀（荃灣）`): two to four
/// ideographs, perhaps after the word for a reader, then one to
/// [`BRACKETED_NAME_CHARS`] in brackets, and nothing else; the place and
/// the writer's work parted by a middle dot (`黃淑芬（台中市・國小教師）`), or
/// the work after the name and a slash (`王志明／退休教師（台南市）`).
pub(super) fn cjk_name_and_place(text: &str) -> bool {
    let Some((name, place)) = text.strip_suffix('）').and_then(|t| t.split_once('（')) else {
        return false;
    };
    let (name, work) = name.split_once(['／', '/']).unwrap_or((name, "字"));
    // (The name may follow the word for a reader: `讀者梁佩儀（荃灣）`.)
    let name = ["讀者", "读者"]
        .iter()
        .find_map(|r| name.strip_prefix(r))
        .unwrap_or(name);
    let letters = |s: &str, most: usize| {
        (1..=most).contains(&s.chars().count())
            && s.chars().all(|c| script::is_cjk(c) && c.is_alphabetic())
    };
    name.chars().count() >= 2
        && letters(name, 4)
        && letters(work, BRACKETED_NAME_CHARS)
        && place
            .split(['・', '‧', '·'])
            .all(|p| letters(p, BRACKETED_NAME_CHARS))
}

/// `text` is a letter's signature giving the writer's age in brackets
/// (`主婦・佐藤恵子（６８歳）横浜市`, `陳志明（72歲）`, `会社員　山田健（４５）　京都市`):
/// a name of two ideographs or more, perhaps after the writer's work
/// parted by a middle dot or a space, then one to three digits, perhaps
/// with the word for years, in brackets, then at most a place (after a
/// work and a name only).
pub(super) fn cjk_name_and_age(text: &str) -> bool {
    // (Read only on short lines: most lines of text are longer.)
    if text.len() > AGED_NAME_BYTES {
        return false;
    }
    let Some((who, rest)) = text.split_once('（') else {
        return false;
    };
    let Some((age, place)) = rest.split_once('）') else {
        return false;
    };
    let letters = |s: &str, least: usize, most: usize| {
        let n = s
            .chars()
            .filter(|&c| !matches!(c, '・' | '\u{3000}' | ' '))
            .count();
        (least..=most).contains(&n)
            && s.chars().all(|c| {
                matches!(c, '・' | '\u{3000}' | ' ') || (script::is_cjk(c) && c.is_alphabetic())
            })
    };
    // (The bracket may hold the writer's place before the age, parted by
    // a middle dot or a space: `無職・佐藤和子（東京都・７３歳）`,
    // `会社員　山田太郎（東京都　４５）`; nothing follows it then.)
    let (home, age) = match age.rsplit_once(['・', '\u{3000}', ' ']) {
        Some((home, age)) => (Some(home), age),
        None => (None, age),
    };
    let digits = age.trim_end_matches(['歳', '歲', '岁']);
    // (Not a person named in the text: `…を営む男性（58）は`, `の佐々木和子さん
    // （68）は`.)
    let who = who.trim();
    let hiragana = |c: char| ('\u{3041}'..='\u{309f}').contains(&c);
    (1..=3).contains(&digits.chars().count())
        && !who.starts_with(hiragana)
        && !who.ends_with(hiragana)
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && letters(who, 2, AGED_NAME_CHARS)
        && home.is_none_or(|h| letters(h, 2, AGED_NAME_CHARS) && place.trim().is_empty())
        // (A place follows only the writer's work and name parted by a
        // dot or a space: `主婦・佐藤恵子（６８歳）横浜市`, not a headline's
        // `七旬翁（72歲）墮樓亡`.)
        && (place.trim().is_empty()
            || (who.contains(['・', '\u{3000}', ' '])
                && letters(place.trim(), 2, AGED_NAME_CHARS)
                && !place.contains(hiragana)))
}

/// `text` is a name and a place after a comma, a letter's signature
/// (`Johan van der Merwe, Zevenwacht`, `Joan Pettigrew, Tallong Park`,
/// `Margaret Holt, Thorpe Marriott, Norfolk`): a name (see
/// [`name_line`]), then one or two places of one to three capitalised
/// words each, or a body the writer speaks for, of up to five words with
/// joining words between them (`Mill Road Cycling Group`, `Friends of
/// the Park`).
pub(super) fn name_and_place(text: &str) -> bool {
    // (A name and a place fill no column: most lines are longer.)
    if text.len() > NAME_AND_PLACE_BYTES {
        return false;
    }
    let Some((name, places)) = text.split_once(", ") else {
        return false;
    };
    // (The place first: most lines go on in lowercase after a comma.)
    // (Past three words, a body's name, with a joining word or a body's
    // noun at its end; not a headline's words, `Mark Carney, Liberals Win
    // Minority Government`.)
    let body = |p: &str| {
        p.split(' ')
            .any(|w| matches!(w, "of" | "the" | "and" | "for"))
            || p.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "Group"
                        | "Society"
                        | "Association"
                        | "Club"
                        | "Council"
                        | "Committee"
                        | "Trust"
                        | "Union"
                        | "League"
                        | "Foundation"
                        | "Network"
                        | "Alliance"
                        | "Forum"
                        | "Campaign"
                )
            })
    };
    let place = |p: &str| {
        let words = p.split(' ').count();
        p.starts_with(char::is_uppercase)
            && (1..=BODY_WORDS).contains(&words)
            && (words <= 3 || body(p))
            && p.split(' ').enumerate().all(|(i, w)| {
                // (Or a place's own particle: `An Spidéal, Co na Gaillimhe`,
                // `Newcastle upon Tyne`, `Alcalá de Henares`.)
                let joining = i > 0
                    && i + 1 < words
                    && matches!(
                        w,
                        "of" | "the"
                            | "and"
                            | "for"
                            | "upon"
                            | "na"
                            | "de"
                            | "la"
                            | "del"
                            | "da"
                            | "do"
                    );
                joining
                    || (w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            })
    };
    let (first, second) = places
        .split_once(", ")
        .map_or((places, None), |(a, b)| (a, Some(b)));
    place(first) && second.is_none_or(place) && name_line(name)
}

/// Most words of the place or the body after a letter writer's name (see
/// [`name_and_place`]).
const BODY_WORDS: usize = 5;

/// Most bytes of a line that is a name and a place (see
/// [`name_and_place`]).
pub(super) const NAME_AND_PLACE_BYTES: usize = 2 * NAME_LINE_BYTES;

/// Most bytes of a line that is a name alone.
const NAME_LINE_BYTES: usize = 48;

/// Most words of a writer's name before the verb of [`writer_bio`].
const BIO_NAME_WORDS: usize = 4;
/// Fewest words of the role after the article in [`writer_bio`]: a
/// headline that names someone (`Harris is the favourite`) is shorter.
const BIO_ROLE_WORDS: usize = 4;

/// A note on the writer closing an opinion piece, as English pages set it:
/// the writer's name, `is` or `was`, an article and the role
/// (`Fiona Radcliffe is a former chair of Calderbridge Chamber of Trade`,
/// `Tom Ashby was the paper's rugby correspondent for 30 years`). Text, no
/// headline: headlines drop their articles and copulas.
pub(super) fn writer_bio(text: &str) -> bool {
    let mut words = text.split(' ');
    let mut name = 0;
    for w in words.by_ref() {
        if matches!(w, "is" | "was") {
            break;
        }
        let initial = w.len() == 2 && w.ends_with('.');
        if name == BIO_NAME_WORDS
            || !(w.starts_with(char::is_uppercase) || is_name_word(w) || initial)
        {
            return false;
        }
        name += 1;
    }
    name >= 2 && matches!(words.next(), Some("a" | "an" | "the")) && words.count() >= BIO_ROLE_WORDS
}

/// `text` is a person's name alone: two to four words, each capitalised
/// but for a name's particles (`de`, `van`), of letters, hyphens and
/// apostrophes, perhaps with a title in brackets after it (`(Madam)`).
pub(super) fn name_line(text: &str) -> bool {
    // (A letter writer's title may follow in brackets: `Lim Siew Hong
    // (Madam)`, `Joan Whitely (Mrs)`.)
    let text = [" (Madam)", " (Mrs)", " (Mr)", " (Ms)", " (Miss)", " (Dr)"]
        .iter()
        .find_map(|t| text.strip_suffix(t))
        .unwrap_or(text);
    // (Two to four words, told from the spaces before any word is read.)
    if text.len() > NAME_LINE_BYTES
        || !(1..=3).contains(&text.bytes().filter(|&b| b == b' ').count())
    {
        return false;
    }
    // (The capital or the particle before the letters: most lines fail at
    // their second word, a lowercase one, from its first.)
    // (A preposition or an article in capitals makes a section's label:
    // `CITY IN BRIEF`, `NEWS OF THE WEEK`.)
    // (An initial, `K.`, is part of a name: `K. RAMESH`.)
    // (Nor one capitalised after the first word, as a headline in title
    // case sets it: `Crew Of Fourteen` / `Feared Drowned`.)
    // (A place's `in` or `aus` follows a person's whole name, `Hans Berger
    // aus Ried`; after one word it makes a brief's title, `Blutspende in
    // Waldheim`.)
    if script::split_spaces(text)
        .nth(1)
        .is_some_and(|w| matches!(w, "in" | "aus"))
    {
        return false;
    }
    script::split_spaces(text).enumerate().all(|(k, w)| {
        let initial =
            w.len() == 2 && w.as_bytes()[1] == b'.' && w.as_bytes()[0].is_ascii_uppercase();
        initial
            || ((w.starts_with(char::is_uppercase) || is_name_word(w))
                && !matches!(w, "IN" | "EN" | "OF" | "ON" | "AT" | "TO" | "THE" | "FOR")
                && !(k > 0 && matches!(w, "Of" | "The" | "For" | "To" | "At" | "With"))
                && w.chars()
                    .all(|c| script::is_alphabetic(c) || matches!(c, '-' | '\'' | '’')))
    })
}

/// Longest e-mail address read by [`email_alone`], in bytes.
const EMAIL_BYTES: usize = 64;

/// `text` is an e-mail address alone (`ingrid.haugen@fjellbygda.no`).
pub(super) fn email_alone(text: &str) -> bool {
    text.len() <= EMAIL_BYTES
        && !text.contains(' ')
        && text.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        })
}

/// `text`, a line of names, holds a place's particle: a lowercase word
/// between hyphens or spaces (`Les Moutiers-sur-Vase`, `Frankfurt am
/// Main`, `Saint-Jean-de-Luz`), which a person's name does not.
pub(super) fn place_particles(text: &str) -> bool {
    // (`de`, `la` between spaces belong to people's names too: `Eva de
    // Boer`; between hyphens, to places.)
    text.split(' ').any(|w| {
        matches!(w, "am" | "an" | "im" | "upon" | "on" | "sur")
            || w.split('-').skip(1).any(|p| {
                matches!(
                    p,
                    "sur" | "lès" | "les" | "en" | "de" | "du" | "des" | "le" | "la" | "sous"
                )
            })
    })
}

/// `text` is the head of an obituary: a name of two to five words, with
/// initials and a nickname in quotation marks, and the age after a comma
/// (`Margaret "Peggy" Ellison, 92`, `Harold J. Lindqvist, 79`); the
/// surname may come first, in capitals, and a comma after it
/// (`ABERNETHY, Colin James, 88`).
pub(super) fn obituary_head(text: &str) -> bool {
    let Some((name, age)) = text.rsplit_once(", ") else {
        return false;
    };
    let (surname, given) = name
        .split_once(", ")
        .filter(|(s, _)| s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase))
        .unwrap_or(("", name));
    let words = given.split(' ').count() + surname.split(' ').filter(|w| !w.is_empty()).count();
    (1..=3).contains(&age.len())
        && age.bytes().all(|b| b.is_ascii_digit())
        && name.len() <= NAME_LINE_BYTES
        && (2..=5).contains(&words)
        && surname
            .split(' ')
            .chain(given.split(' '))
            .filter(|w| !w.is_empty())
            .all(|w| {
                let w = w.trim_matches(['"', '“', '”', '\'', '‘', '’']);
                (w.starts_with(char::is_uppercase) || is_name_word(w))
                    && w.chars()
                        .all(|c| script::is_alphabetic(c) || matches!(c, '-' | '\'' | '’' | '.'))
            })
}

/// `text` is an entry of a list of people: a name (see [`name_line`])
/// and what it stands for in brackets (`Kipkemboi Rono (Lanet/Umoja)`,
/// `Anna Berg (SPD)`). Three such lines in a row are a listing.
pub(super) fn named_row(text: &str) -> bool {
    text.strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .is_some_and(|(name, what)| {
            !what.is_empty() && !what.contains(['(', ')']) && name_line(name)
        })
}

/// The words in lowercase inside a name of a [`name_comma_row`]: its
/// particles, a widow's title, and `to` between a deed's parties
/// (`Moyer to Dech`).
const NAME_PARTICLES: [&str; 16] = [
    "van", "von", "de", "der", "den", "du", "des", "la", "le", "da", "di", "del", "dos", "to",
    "veuve", "née",
];

/// Longest entry read by [`name_comma_row`], in bytes.
const NAME_COMMA_ROW_BYTES: usize = 96;
/// Most words of the name before the comma of a [`name_comma_row`].
const NAME_COMMA_WORDS: usize = 4;

/// `text` may be an entry of a register or a list of people or places: a
/// name of one to [`NAME_COMMA_WORDS`] words, the first capitalised, no
/// other in lowercase but a short particle, then a comma and what it is
/// (`Lena Hofbauer, Kirchweg 4`, `Léa Fournier, le 28 mars, à
/// Saint-Aubin.`, `Sem, zoon van Lotte Visser`, `Moyer to Dech,
/// Dorrance, $7,500`, `Mme veuve Giraud, 78 ans, place du Marché.`).
/// What it is holds a figure or a word in lowercase: a list of names
/// wrapped over lines (`Mendoza-Ruiz, Ethan Voss.`) is none. Three such
/// lines in a row, set tight, are a listing: a wrapped column seldom
/// opens three lines running with a name and its comma.
pub(super) fn name_comma_row(text: &str) -> bool {
    if text.len() > NAME_COMMA_ROW_BYTES {
        return false;
    }
    let Some((name, what)) = text.split_once(", ") else {
        return false;
    };
    let mut words = name.split(' ');
    let described = what
        .split(' ')
        .any(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '$'));
    // (A day's title in capitals is none: `THURSDAY, MAY 15`.)
    described
        && text.contains(char::is_lowercase)
        && !weekday_name(name)
        && name.starts_with(char::is_uppercase)
        && (1..=NAME_COMMA_WORDS).contains(&words.clone().count())
        && words.all(|w| {
            (w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(&w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        })
}

/// `text` is an entry of a list of deaths or jubilees: a name, an age and
/// a place parted by commas (`Anna Hofer, 89, Saalfelden`, `H.
/// Smit-Veenstra, 91, Hattem`, `Theresia Rainer, 92, Zell am See`), and
/// perhaps the day after it (`Lyle D. Carver, 74, Pine Ridge, March 1.`).
/// Three such lines in a row are a listing. The age may carry its word,
/// and a stop after it (`Antonio Gil Sanchis, 84 años. Almarzal.`,
/// `Johann Leitner, 78 Jahre, Hollerweg 9`).
pub(super) fn aged_row(text: &str) -> bool {
    match without_age_word(text) {
        Some(bare) => aged_row_bare(&bare),
        None => aged_row_bare(text),
    }
}

/// The words for years of age that follow an age in a list of deaths.
const AGE_WORDS: [&str; 9] = [
    "años", "Jahre", "ans", "anni", "anos", "jaar", "år", "lat", "years",
];

/// `text` with the word after its age left out and a comma after the age
/// (`Ana Roig, 77 años. Alzira.` → `Ana Roig, 77, Alzira.`), or `None`
/// where no age carries such a word. (A list of deaths is rare: the copy
/// is made only where the word is there.)
fn without_age_word(text: &str) -> Option<String> {
    let (name, rest) = text.split_once(", ")?;
    let figures = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&figures) {
        return None;
    }
    let after = rest[figures..].strip_prefix(' ')?;
    let word = AGE_WORDS.iter().find(|w| after.starts_with(*w))?;
    let place = after[word.len()..]
        .strip_prefix(". ")
        .or_else(|| after[word.len()..].strip_prefix(", "))?;
    Some(format!("{name}, {}, {place}", &rest[..figures]))
}

/// [`aged_row`] of an age without its word.
fn aged_row_bare(text: &str) -> bool {
    let Some((mut head, mut place)) = text.rsplit_once(", ") else {
        return false;
    };
    // (The day: a month's name and a day's figures, or the other way
    // round, a stop after it.)
    let day = place.strip_suffix('.').is_some_and(|d| {
        let mut words = d.split(' ');
        let (Some(a), Some(b), None) = (words.next(), words.next(), words.next()) else {
            return false;
        };
        let figures = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit());
        (month_name(a) && figures(b)) || (figures(a) && month_name(b))
    });
    if day {
        let Some(before) = head.rsplit_once(", ") else {
            return false;
        };
        (head, place) = before;
    }
    // (A street's number may end the place: `Am Anger 2`.)
    let place = place
        .trim_end_matches('.')
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    place.starts_with(char::is_uppercase)
        && place.split(' ').count() <= 4
        && place
            .chars()
            .all(|c| script::is_alphabetic(c) || matches!(c, ' ' | '-' | '.' | '\''))
        && obituary_head(head)
}

/// A newsroom's desks that sign a story (`社会部 田中花子`).
const NEWS_DESKS: [&str; 16] = [
    "社会部",
    "社會部",
    "政治部",
    "経済部",
    "經濟部",
    "经济部",
    "運動部",
    "运动部",
    "文化部",
    "写真部",
    "報道部",
    "报道部",
    "外信部",
    "国際部",
    "地方部",
    "科学部",
];

/// A newsroom's desk and a name (`北陸支局　中村健一`, `社会部 田中花子`),
/// set apart by a space: a desk ending in `支局`, `総局`, `支社`, `本社` or
/// `部`, and a name of a few letters.
fn desk_byline(text: &str) -> bool {
    /// Most characters of the desk and of the name.
    const PART: usize = 6;
    // (Two parts of wide characters and a space between, the desk ending
    // in one of a few letters: most lines are longer, or have none.)
    let b = text.as_bytes();
    if b.len() > 2 * PART * 3 + 3
        || !(memchr::memchr(b' ', b).is_some()
            || memchr::memchr_iter(0xe3, b).any(|j| b.get(j + 1..j + 3) == Some(&[0x80, 0x80])))
    {
        return false;
    }
    let Some((desk, name)) = text.split_once(script::is_space) else {
        return false;
    };
    let name = name.trim_start_matches(script::is_space);
    let letter = |c: char| {
        script::is_cjk(c)
            && !script::is_clause_mark(c)
            && !script::is_sentence_end(c)
            && !script::is_space(c)
    };
    let part = |p: &str| (2..=PART).contains(&p.chars().count()) && p.chars().all(letter);
    // (A newsroom's desk in `部`, not a ministry or a club: `外交部 回应…`,
    // `足球俱乐部　成立…` open headlines.)
    let desk_end = ["支局", "総局", "总局", "支社", "本社"]
        .iter()
        .any(|e| desk.ends_with(e))
        || NEWS_DESKS.iter().any(|d| desk.ends_with(d));
    desk_end && part(desk) && part(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`name_line`] as first written, a word at a time.
    fn name_line_reference(text: &str) -> bool {
        if text.len() > NAME_LINE_BYTES {
            return false;
        }
        let mut n = 0;
        for w in text.split(' ') {
            n += 1;
            if n == 2 && matches!(w, "in" | "aus") {
                return false;
            }
            let letters = w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
            if n > 4 || !letters || !(w.starts_with(char::is_uppercase) || is_name_word(w)) {
                return false;
            }
        }
        n >= 2
    }

    proptest::proptest! {
        #[test]
        fn name_line_agrees_with_the_reference(s in "(Ana|Rita|de|van|in|aus|Jan|x|Ü|ß|-|'|1| ){0,14}") {
            proptest::prop_assert_eq!(name_line(&s), name_line_reference(&s));
        }

        #[test]
        fn opens_with_by_reads_the_first_word(s in "(By|BY|Von|Door|Di|Avis|B|y|[ aé]){0,6}") {
            let first = s.split(' ').next().unwrap_or("");
            proptest::prop_assert_eq!(opens_with_by(&s), is_by(first));
        }
    }
}
