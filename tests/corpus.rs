//! Real clean prose (see `tests/corpus/README.md`) comes through untouched:
//! no doubled-copy repair, and every non-space character kept but for
//! line-end hyphens of split words.

use newsprint::RepairKind;

fn check(name: &str, text: &str) {
    let doc = newsprint::clean(text);
    let doubled: Vec<_> = doc
        .repairs()
        .iter()
        .filter(|r| r.kind() == RepairKind::DoubledCopy)
        .map(|r| (r.span(), doc.original(r).to_owned()))
        .collect();
    assert!(doubled.is_empty(), "{name}: false repairs {doubled:?}");
    let hyphens = doc
        .repairs()
        .iter()
        .filter(|r| r.kind() == RepairKind::Hyphen)
        .count();
    let markers: usize = doc
        .repairs()
        .iter()
        .filter(|r| r.kind() == RepairKind::CaptionMarker)
        .map(|r| {
            doc.original(r)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .sum();
    let count = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let kept: usize = doc.blocks().map(|b| count(b.text())).sum();
    assert_eq!(
        kept + hyphens + markers,
        count(text),
        "{name}: characters lost"
    );
    assert_eq!(doc.verify(text), Ok(()), "{name}");
}

#[test]
fn corpus_comes_through_untouched() {
    for (name, text) in [
        ("python-zh-hant", include_str!("corpus/python-zh-hant.txt")),
        ("python-zh-hans", include_str!("corpus/python-zh-hans.txt")),
        ("python-ja", include_str!("corpus/python-ja.txt")),
        ("apache-2.0", include_str!("corpus/apache-2.0.txt")),
        ("mit", include_str!("corpus/mit.txt")),
    ] {
        check(name, text);
    }
}

#[test]
fn legitimate_repetition_survives() {
    for text in [
        "天天向上，高高興興地研究研究這個問題。謝謝大家。\n",
        "2011 年年度报告，嘻嘻嘻嘻嘻嘻，婆婆说大大增强了物质质量。\n",
        "He had had enough; the bookkeeper drank coffee in 1988.\n",
        "Cette question doit être recherchée avec soin.\n",
        "ANHUI ANLI ARTIFICIAL LEATHER CO.,LTD.\n",
        "Running header\nSome body text that goes on.\nRunning header\n",
        "项目经验项目经验项目经验项目经验项目经验项目经验\n",
        "yes yes yes yes\nno no no no\n",
    ] {
        check(text, text);
    }
}
