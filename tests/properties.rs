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

const WORDS_EN: &[&str] = &[
    "the",
    "bookkeeper",
    "coffee",
    "committee",
    "1988",
    "news",
    "press",
    "paper",
    "letter",
    "will",
    "see",
    "agree",
    "balloon",
    "Mississippi",
    "a",
    "is",
    "it",
    "harbour",
    "ferry",
    "town",
    "council",
    "vote",
    "said",
    "on",
    "Saturday",
    "keeps",
    "all",
    "tall",
    "speed",
    "good",
];
/// Real words, a few of them reduplicated as Chinese writes them.
const WORDS_ZH: &[&str] = &[
    "香港",
    "前海",
    "合作",
    "發展",
    "大灣區",
    "經濟",
    "的",
    "了",
    "是",
    "市場",
    "青年",
    "交流",
    "文化",
    "科技",
    "創新",
    "金融",
    "政府",
    "企業",
    "人才",
    "國家",
    "地區",
    "社會",
    "服務",
    "天天",
    "研究研究",
    "高高興興",
    "謝謝",
    "年年",
    "人人",
];

/// Clean prose wrapped into lines: sentences of real words.
fn prose() -> impl Strategy<Value = String> {
    let en = prop::collection::vec(prop::sample::select(WORDS_EN), 3..12)
        .prop_map(|w| format!("{}.", no_repeats(w).join(" ")));
    let zh = prop::collection::vec(prop::sample::select(WORDS_ZH), 3..12)
        .prop_map(|w| format!("{}。", no_repeats(w).concat()));
    (
        prop::collection::vec(prop_oneof![en, zh], 1..12),
        8usize..40,
    )
        .prop_map(|(sentences, width)| {
            let text = sentences.join(" ");
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

/// Real prose does not set the same word twice in a row, nor two
/// reduplicated words one after another (where it does, as in "had had",
/// that case is tested on its own in `tests/corpus.rs`).
fn no_repeats(mut words: Vec<&'static str>) -> Vec<&'static str> {
    let reduplicated = |w: &str| {
        let c: Vec<char> = w.chars().collect();
        c.len() >= 2 && (c[0] == c[1] || c[..c.len() / 2] == c[c.len() / 2..])
    };
    words.dedup();
    words.dedup_by(|a, b| reduplicated(a) && reduplicated(b));
    words
}

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

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
        let kinds: Vec<_> = doc.repairs().iter().map(|r| r.kind)
            .filter(|k| !matches!(k, RepairKind::LineBreak | RepairKind::Whitespace)).collect();
        prop_assert!(kinds.is_empty(), "{:?}", kinds);
        let out: String = doc.blocks().map(|b| b.text()).collect();
        prop_assert_eq!(non_space(&out), non_space(&s));
    }

    #[test]
    fn cleaning_the_output_changes_nothing(s in prose()) {
        let once = clean(&s).to_text();
        let twice = clean(&once).to_text();
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn repairs_are_idempotent(s in doubled_page()) {
        let once = clean(&s).to_text();
        let again = clean(&once);
        let doubled = again.repairs().iter().filter(|r| r.kind == RepairKind::DoubledCopy).count();
        prop_assert_eq!(doubled, 0, "{:?}", once);
        prop_assert_eq!(non_space(&again.to_text()), non_space(&once));
    }
}
