//! Invariants for any input: no panic, every byte accounted for, idempotence,
//! no false repair on clean prose.

use newsprint::{clean, Cleaner, Options, RepairKind};
use proptest::prelude::*;

/// Characters that stress the stages: CJK, Latin, marks, white space of
/// every kind, caption markers, hyphens, sentence ends, controls, emoji.
fn page_char() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => prop::sample::select(vec!['天', '研', '究', '前', '海', '。', '，', '「', '」', 'カ', 'ひ']),
        8 => prop::sample::select(vec!['a', 'b', 'e', 'T', 'h', ' ', '.', ',', '-', '⸗', 'ſ']),
        4 => prop::sample::select(vec!['\n', '\n', '\r', '\u{c}', '\t', '\u{3000}', '\u{a0}']),
        2 => prop::sample::select(vec!['●', '▲', '\u{ad}', '\u{301}', '\0', '\u{feff}', '😀', '\u{200d}', 'ש', '\u{202e}']),
        1 => any::<char>(),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(page_char(), 0..300).prop_map(|v| v.into_iter().collect())
}

/// A page made of doubled and clean runs, lines and blank lines.
fn doubled_page() -> impl Strategy<Value = String> {
    let run =
        prop::collection::vec(page_char(), 1..12).prop_map(|v| v.into_iter().collect::<String>());
    prop::collection::vec((run, 1usize..5), 0..40).prop_map(|runs| {
        runs.into_iter()
            .map(|(r, k)| if r.contains('\n') { r } else { r.repeat(k) })
            .collect()
    })
}

/// Pieces of the page furniture the segmenter reads cues from (datelines,
/// credits, labels, bullets, running heads, signatures), among words,
/// figures and breaks, so that each cue's reader meets its edges: cut
/// short, doubled, at a line's end or a page's.
fn cue_page() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "【本報訊】",
        "〔記者王明／台北報導〕",
        "【桜浜】",
        "本报讯　",
        "資料來源：",
        "（資料來源：",
        "Fuente: ",
        "Source : ",
        "Photo courtesy of ",
        "Arkivfoto: ",
        "PHOTO | ",
        "Sursa foto: ",
        "Feb. 5, 10:14 a.m. — ",
        "22:15 – ",
        "”——",
        "（档案照片）",
        "（藤原記者）",
        "◆",
        "◇",
        "2024年3月11日",
        "　",
        "Page 6 — ",
        "Ellison, 92",
        "Area: ",
        "I dag: ",
        "咨询电话：",
        "0575-88001234",
        "ÉTÉ",
        "NEWS",
        "FERRY FARES",
        "Kikuyu",
        "JOSEPH KAMAU,",
        "egy-",
        "fiets-",
        "en ",
        "to ",
        "o ",
        "a ",
        "și ",
        "se ",
        "——李文（45岁，商人）",
        "＝大多喜町で",
        "（田中撮影）",
        "Giulianova, ",
        "GIULIANOVA. ",
        "SERVIÇO",
        "Linha: 214",
        "7",
        "2025 ",
        "the ",
        "天天",
        "。",
        "，",
        "-",
        ":",
        "|",
        ")",
        "）",
        "  ",
        "    ",
        "                  ",
    ]);
    let line = prop::collection::vec(piece, 0..6).prop_map(|v| v.concat());
    let sep = prop::sample::select(vec!["\n", "\n", "\n", "\n\n", "\n\n\n", "\n\u{c}", "\r\n"]);
    prop::collection::vec((line, sep), 0..30)
        .prop_map(|v| v.into_iter().flat_map(|(l, s)| [l, s.to_owned()]).collect())
}

/// Real clean prose (see `tests/corpus/README.md`), one paragraph a line.
const CORPUS: &[&str] = &[
    include_str!("corpus/python-zh-hant.txt"),
    include_str!("corpus/python-zh-hans.txt"),
    include_str!("corpus/python-ja.txt"),
    include_str!("corpus/apache-2.0.txt"),
];

/// A stretch of real clean prose, its words rewrapped into lines of a
/// random column width, as a narrow newspaper column would set them.
fn prose() -> impl Strategy<Value = String> {
    (
        0..CORPUS.len(),
        any::<prop::sample::Index>(),
        1usize..12,
        8usize..40,
    )
        .prop_map(|(doc, start, count, width)| {
            let words: Vec<&str> = CORPUS[doc].split_whitespace().collect();
            let from = start.index(words.len());
            let text = words[from..(from + 6 * count).min(words.len())].join(" ");
            let mut out = String::new();
            let mut col = 0;
            for c in text.chars() {
                if col >= width && (c == ' ' || !c.is_ascii()) {
                    out.push('\n');
                    col = 0;
                    if c == ' ' {
                        continue;
                    }
                }
                out.push(c);
                col += 1;
            }
            out.push('\n');
            out
        })
}

/// A page of one to four paragraphs of real prose, each ending a sentence,
/// wrapped in a newspaper column of 24 to 40 characters, blank lines
/// between them; with `bold`, some lines printed twice as fake bold is
/// (every run, or every character).
fn page_of_paragraphs(bold: bool) -> impl Strategy<Value = String> {
    let paragraph = (0..CORPUS.len(), any::<prop::sample::Index>(), 12usize..60);
    (
        prop::collection::vec(paragraph, 1..4),
        24usize..40,
        any::<u64>(),
    )
        .prop_map(move |(paragraphs, width, seed)| {
            let mut out = String::new();
            let mut rng = seed;
            let mut seen = Vec::new();
            for (doc, start, count) in paragraphs {
                let words: Vec<&str> = CORPUS[doc].split_whitespace().collect();
                // Paragraphs start at a sentence.
                let from = start.index(words.len());
                let from = (0..from)
                    .rev()
                    .find(|&i| words[i].ends_with(['.', '。', '!', '?']))
                    .map_or(0, |i| i + 1);
                let mut text = words[from..(from + count).min(words.len())].join(" ");
                if !text.ends_with(['.', '。', '!', '?']) {
                    text.push('.');
                }
                // Real pages do not print a paragraph twice.
                if seen.contains(&text) {
                    continue;
                }
                seen.push(text.clone());
                for line in wrap(&text, width) {
                    rng = rng
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    if bold && rng >> 62 == 0 {
                        if rng >> 61 & 1 == 0 {
                            out.extend(line.chars().flat_map(|c| [c, c]));
                        } else {
                            for run in line.split_inclusive([' ', ',', '.', '，', '。']) {
                                out.push_str(run);
                                out.push_str(run);
                            }
                        }
                    } else {
                        out.push_str(&line);
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            out
        })
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for c in text.chars() {
        let line = lines.last_mut().unwrap();
        if line.chars().count() >= width && (c == ' ' || !c.is_ascii()) {
            lines.push(String::new());
            if c == ' ' {
                continue;
            }
        }
        lines.last_mut().unwrap().push(c);
    }
    lines
}

/// Two columns of real running text, each wrapped at 24 to 40 characters, laid
/// out side by side as `pdftotext -layout` prints them (the right-hand
/// column starting 2 to 6 characters after the widest left-hand line);
/// returns the page and the two columns' texts.
fn side_by_side() -> impl Strategy<Value = (String, String, String)> {
    let column = (0..CORPUS.len(), any::<prop::sample::Index>(), 24usize..40);
    (column.clone(), column, 2usize..7)
        .prop_map(|(a, b, gap)| {
            let take = |(doc, start, width): (usize, prop::sample::Index, usize)| {
                // (Words no column could hold, web addresses, are left out.)
                let words: Vec<&str> = CORPUS[doc]
                    .split_whitespace()
                    .filter(|w| !w.is_ascii() || w.len() <= 16)
                    .collect();
                // Running text (past the licence's title block in capitals),
                // enough for six lines or more.
                let words = if words.len() > 400 {
                    &words[40..]
                } else {
                    &words[..]
                };
                let mut text = String::new();
                for w in words
                    .iter()
                    .cycle()
                    .skip(start.index(words.len()))
                    .take(words.len())
                {
                    if text.chars().count() >= 6 * width {
                        break;
                    }
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(w);
                }
                wrap(&text, width)
            };
            let (left, right) = (take(a), take(b));
            let edge = left.iter().map(|l| l.chars().count()).max().unwrap_or(0) + gap;
            let mut page = String::new();
            for i in 0..left.len().max(right.len()) {
                let l = left.get(i).map_or("", String::as_str);
                page.push_str(l);
                if let Some(r) = right.get(i) {
                    page.extend(std::iter::repeat_n(' ', edge - l.chars().count()));
                    page.push_str(r);
                }
                page.push('\n');
            }
            (page, left.concat(), right.concat())
        })
        .prop_filter("four lines side by side", |(page, ..)| {
            page.lines()
                .filter(|l| l.contains("  ") && !l.starts_with(' '))
                .count()
                >= 4
        })
}

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// 2000 cases a property, or `PROPTEST_CASES` where it is set (a soak):
/// `ProptestConfig::with_cases` alone would override it.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_string_is_rebuilt_exactly(s in any::<String>()) {
        let doc = clean(&s);
        prop_assert_eq!(doc.reconstruct(), s);
    }

    #[test]
    fn any_page_is_rebuilt_exactly(s in page()) {
        let doc = clean(&s);
        prop_assert_eq!(doc.verify(&s), Ok(()));
        let mut last = 0;
        for b in doc.blocks() {
            prop_assert!(!b.text().is_empty());
            prop_assert!(b.span().start >= last && b.span().end <= s.len());
            prop_assert!(b.lines().start() <= b.lines().end());
            last = b.span().end;
        }
    }

    #[test]
    fn pages_of_cues_are_rebuilt_exactly(s in cue_page()) {
        let doc = clean(&s);
        prop_assert_eq!(doc.verify(&s), Ok(()));
        for b in doc.blocks() {
            prop_assert!(!b.text().is_empty());
        }
    }

    #[test]
    fn doubled_pages_are_rebuilt_exactly(s in doubled_page()) {
        let doc = clean(&s);
        prop_assert_eq!(doc.verify(&s), Ok(()));
    }

    #[test]
    fn every_stage_off_still_rebuilds(s in page()) {
        let options = Options::new().repair_doubling(false).join_lines(false).classify(false).dehyphenate(false);
        let doc = Cleaner::new(options).clean(&s);
        prop_assert_eq!(doc.verify(&s), Ok(()));
    }

    #[test]
    fn any_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..200)) {
        let lossy = Cleaner::new(Options::new().lossy(true)).clean_bytes(&b).unwrap();
        match std::str::from_utf8(&b) {
            Ok(s) => prop_assert_eq!(lossy.reconstruct(), s),
            Err(e) => {
                let err = newsprint::clean_bytes(&b).unwrap_err();
                let ok = matches!(err, newsprint::Error::InvalidUtf8 { offset } if offset == e.valid_up_to());
                prop_assert!(ok, "wrong error {:?}", err);
                prop_assert!(!lossy.invalid_utf8().is_empty());
            }
        }
    }

    #[test]
    fn clean_prose_gets_no_repair_but_joins(s in prose()) {
        let doc = clean(&s);
        let kinds: Vec<_> = doc.repairs().iter().map(|r| r.kind())
            .filter(|k| !matches!(k, RepairKind::LineBreak | RepairKind::Whitespace)).collect();
        prop_assert!(kinds.is_empty(), "{:?}", kinds);
        let out: String = doc.blocks().map(|b| b.text()).collect();
        prop_assert_eq!(non_space(&out), non_space(&s));
    }

    #[test]
    fn cleaning_the_output_changes_nothing(s in page_of_paragraphs(false)) {
        let once = clean(&s).to_text();
        let twice = clean(&once).to_text();
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn repairs_are_idempotent(s in page_of_paragraphs(true)) {
        let once = clean(&s).to_text();
        let again = clean(&once);
        let doubled = again.repairs().iter().filter(|r| r.kind() == RepairKind::DoubledCopy).count();
        prop_assert_eq!(doubled, 0, "{:?}", once);
        prop_assert_eq!(non_space(&again.to_text()), non_space(&once));
    }

    #[test]
    fn columns_side_by_side_are_read_one_after_another((page, left, right) in side_by_side()) {
        let columns = newsprint::split_columns(&page);
        prop_assert!(columns.is_split(), "{}", page);
        prop_assert_eq!(non_space(columns.text()), non_space(&(left + &right)));
    }

    #[test]
    fn split_columns_keeps_every_byte(s in prop_oneof![cue_page(), side_by_side().prop_map(|p| p.0)]) {
        let columns = newsprint::split_columns(&s);
        let text = columns.text();
        // Every byte comes from the same byte of the input, but for the
        // line ends added after a column's lines; only white space is dropped.
        for (i, b) in text.bytes().enumerate().filter(|&(_, b)| b != b'\n') {
            prop_assert_eq!(s.as_bytes()[columns.source(i)], b);
        }
        let sorted = |t: &str| { let mut v: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect(); v.sort_unstable(); v };
        prop_assert_eq!(sorted(text), sorted(&s));
        // Cleaned with the option, the document rebuilds the text in
        // reading order and points into the input.
        let doc = Cleaner::new(Options::new().split_columns(true)).clean(&s);
        prop_assert_eq!(doc.reconstruct(), text);
        let last_line = s.lines().count().max(1) + 1;
        for b in doc.blocks() {
            prop_assert!(b.span().end <= s.len() && b.span().start <= b.span().end);
            prop_assert!(*b.lines().end() <= last_line, "{:?}", b.lines());
        }
    }
}
