//! Degenerate and unusual inputs give sensible documents, and every byte
//! stays accounted for.

use newsprint::{clean, BlockKind, RepairKind};

fn texts(s: &str) -> Vec<String> {
    let doc = clean(s);
    assert_eq!(doc.verify(s), Ok(()), "{s:?}");
    doc.blocks().map(|b| b.text().to_owned()).collect()
}

#[test]
fn empty_and_blank_inputs_have_no_blocks() {
    for s in [
        "",
        "\n",
        "\n\n\n",
        "   \t \u{3000}\n \r\n",
        "\u{c}",
        "\u{feff}",
    ] {
        let doc = clean(s);
        assert!(doc.is_empty(), "{s:?}");
        assert_eq!(doc.reconstruct(), s);
        // All of it is logged as white space.
        assert!(doc
            .repairs()
            .iter()
            .all(|r| r.kind() == RepairKind::Whitespace));
    }
}

#[test]
fn a_single_character_is_one_paragraph() {
    for s in ["a", "天", "。", "\u{301}", "😀"] {
        assert_eq!(texts(s), [s]);
    }
}

#[test]
fn no_final_newline_changes_nothing() {
    assert_eq!(
        texts("A short paragraph that goes\non to its end."),
        texts("A short paragraph that goes\non to its end.\n")
    );
}

#[test]
fn line_ends_of_every_kind_are_joined_alike() {
    let lf = texts("Some text that is wrapped\nacross three lines of\na column here.\n");
    assert_eq!(
        texts("Some text that is wrapped\r\nacross three lines of\r\na column here.\r\n"),
        lf
    );
    assert_eq!(
        texts("Some text that is wrapped\racross three lines of\ra column here.\r"),
        lf
    );
}

#[test]
fn a_byte_order_mark_is_logged_not_kept() {
    let s = "\u{feff}前海作為粵港澳大灣區的核心引擎。\n";
    let doc = clean(s);
    assert_eq!(
        doc.blocks().next().unwrap().text(),
        "前海作為粵港澳大灣區的核心引擎。"
    );
    assert_eq!(doc.original(&doc.repairs()[0]), "\u{feff}");
}

#[test]
fn controls_and_tabs_inside_a_line_are_kept() {
    let s = "A\tline with a tab and a\u{0} NUL in it.\n";
    assert_eq!(texts(s), ["A\tline with a tab and a\u{0} NUL in it."]);
}

#[test]
fn trailing_white_space_is_logged() {
    let s = "First line of text   \nand its second line.\t\n";
    let doc = clean(s);
    assert_eq!(
        doc.blocks().next().unwrap().text(),
        "First line of text and its second line."
    );
    assert_eq!(doc.verify(s), Ok(()));
}

#[test]
fn a_very_long_line_does_not_overflow_widths() {
    // 300,000 ideographs: 600,000 cells, more than any width arithmetic
    // should meet; in debug builds an overflow would panic.
    let s = "天".repeat(300_000) + "。\n短。\n";
    let doc = clean(&s);
    assert_eq!(doc.verify(&s), Ok(()));
    assert_eq!(doc.blocks().next().unwrap().kind(), BlockKind::Paragraph);
}

/// The `clean` example, which `cargo test` builds beside the tests.
fn clean_example() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    dir.join("examples")
        .join(format!("clean{}", std::env::consts::EXE_SUFFIX))
}

#[test]
fn the_clean_example_reports_invalid_utf8_with_its_offset() {
    let dir = std::env::temp_dir().join(format!("newsprint-edge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"good line\nbad \xff byte\n").unwrap();
    let out = std::process::Command::new(clean_example())
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid UTF-8 at byte offset 14"), "{err}");
    assert!(out.stdout.is_empty());

    let missing = dir.join("missing.txt");
    let out = std::process::Command::new(clean_example())
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    let out = std::process::Command::new(clean_example())
        .args(["--lossy", "--format", "jsonl"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bad \u{fffd} byte"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_bold_lead_in_printed_chunk_by_chunk_opens_its_paragraph() {
    // The lead-in `本报讯昨日从市园林局获悉：` in fake bold, each chunk
    // glued to its copy, then the line goes on in plain type.
    let page = "市民公园改造完成\n\n本报讯本报讯昨日昨日从市园林局从市园林局获悉获悉：：市民\n\
                公园改造工程已全部完工，园内新\n增步道三公里和儿童游乐区两处，\n\
                下周起对外开放。\n据介绍，改造后的公园设有四个出\n入口，并与地铁站连通。\n";
    assert_eq!(
        texts(page),
        [
            "市民公园改造完成",
            "本报讯昨日从市园林局获悉：市民公园改造工程已全部完工，园内新增步道三公里和儿童游乐区两处，下周起对外开放。",
            "据介绍，改造后的公园设有四个出入口，并与地铁站连通。",
        ]
    );
}

/// Cleaning a cleaned text again changes nothing: shapes property tests
/// found (a long CJK line with a comma is no title; a word's own double
/// letters do not open a stretch printed twice).
#[test]
fn cleaning_twice_is_cleaning_once_on_found_shapes() {
    for page in [
        "The club may ask its members for\na small sum each year, and charge a fee\nffoorr,,..\n",
        "If a member brings a claim against\nany club (including a counter-claim\n\
         or cross-appeal at a hearing) saying\nthat the rules or a.\n\n",
        "Members are solely responsible for\ndeciding how fit they are before\n\
         taking part in any of the games of\nthe Club.\n\nClub Rules Version 2.0,\n",
        "前言\n\nRust（锈）语言是一种注重性能与安全的系统级程序设计语言， 已\n\
         经具有十多年的发展历史，成熟且稳定。这种语言具有非常严谨而清晰 的语法特点，\n\
         适合完成各种底层任务，几乎可以在所有的操作系统中 运行。这种语言安全而强大，\n\
         适合各种人士学习使用。目前，基于这 种语言的相关技术正在飞速的发展，用户数量\n\
         急剧扩大，相关的资源非常多。\n",
        // Items behind a bullseye stay a list's, one to a paragraph.
        "徒步區試辦資訊\n\n◎實施路段：延平街全段（安平路至\n古堡街）\n◎實施時間：每週六、日14時至21時\n\
         ◎試辦期間：11月15日至明年2月15日\n",
        // A running head keeps its ideographic spaces as printed, and
        // where the text cleaned once shows it, cleaning again does too.
        "香港中文大學昨日公布研究結果，\n指出本港長者數目持續上升。\n\x0c\
         C6　娛樂　　香江日報　2025年3月12日　星期三\n\n另一項調查顯示，本港市民普遍支持。\n",
    ] {
        let once = clean(page).to_text();
        assert_eq!(clean(&once).to_text(), once, "{page:?}");
    }
    // The long line with a comma goes on into its paragraph.
    let doc = clean(
        "前言\n\nRust（锈）语言是一种注重性能与安全的系统级程序设计语言， 已\n\
         经具有十多年的发展历史，成熟且稳定。这种语言具有非常严谨而清晰 的语法特点，\n\
         适合完成各种底层任务，几乎可以在所有的操作系统中 运行。\n",
    );
    assert!(
        doc.blocks().any(|b| b.text().contains("已经具有")),
        "{:?}",
        doc.to_text()
    );
}
