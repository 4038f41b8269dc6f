use super::*;
use crate::script::cells;

/// Lays out columns side by side as `pdftotext -layout` does: each line
/// of a column padded with spaces to the next column's display column.
fn layout(columns: &[&[&str]], starts: &[usize]) -> String {
    layout_by(columns, starts, cells)
}

/// [`layout`], with the columns counted by `width`.
fn layout_by(columns: &[&[&str]], starts: &[usize], width: fn(&str) -> usize) -> String {
    let rows = columns.iter().map(|c| c.len()).max().unwrap_or(0);
    let mut out = String::new();
    for r in 0..rows {
        let mut line = String::new();
        for (c, col) in columns.iter().enumerate() {
            let text = col.get(r).copied().unwrap_or("");
            if text.is_empty() {
                continue;
            }
            let used = width(&line);
            line.extend(std::iter::repeat_n(' ', starts[c].saturating_sub(used)));
            line.push_str(text);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

const LEFT: &[&str] = &[
    "   The council voted on Tuesday night to",
    "rebuild the old ferry landing at the foot",
    "of Mill Street, ending a dispute that had",
    "divided the waterfront for three years.",
    "   The plan sets aside 4.2 million dollars",
    "for a new pier and a covered waiting room.",
];
const RIGHT: &[&str] = &[
    "   Opponents argued that the money would",
    "be better spent on the bus depot, which has",
    "been closed since the storm in March.",
    "   Work is expected to start in September",
    "and to take eighteen months.",
];

fn lines_of(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// The lines of `columns`, one after another, a blank line between each two.
fn read<'a>(columns: &[&[&'a str]]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        if i > 0 {
            out.push("");
        }
        out.extend_from_slice(c);
    }
    out
}

#[test]
fn two_columns_are_read_one_after_the_other() {
    let page = layout(&[LEFT, RIGHT], &[0, 46]);
    let columns = split_columns(&page);
    assert_eq!(
        columns.regions(),
        [Region {
            lines: 1..=6,
            gutter: 46
        }]
    );
    assert_eq!(lines_of(columns.text()), read(&[LEFT, RIGHT]));
}

#[test]
fn three_columns_are_split_one_gutter_at_a_time() {
    let third: &[&str] = &[
        "   The harbour master said two of the",
        "piles under the present pier were rotten",
        "below the waterline and had to go.",
        "   The council will publish drawings",
    ];
    let page = layout(&[LEFT, RIGHT, third], &[0, 46, 93]);
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 2, "{:?}", columns.regions());
    assert_eq!(lines_of(columns.text()), read(&[LEFT, RIGHT, third]));
}

#[test]
fn a_headline_across_the_columns_ends_the_run() {
    let mut page =
        String::from("Council backs new ferry landing after a long dispute over money\n\n");
    page.push_str(&layout(&[LEFT, RIGHT], &[0, 46]));
    page.push_str("Market hall to open on Sundays from June, traders and council agree\n");
    page.push_str(&layout(&[RIGHT, LEFT], &[0, 48]));
    let columns = split_columns(&page);
    let lines = lines_of(columns.text());
    assert_eq!(columns.regions().len(), 2, "{:?}", columns.regions());
    assert_eq!(
        lines[0],
        "Council backs new ferry landing after a long dispute over money"
    );
    let second = lines
        .iter()
        .position(|l| l.starts_with("Market hall"))
        .unwrap();
    assert_eq!(lines[2..second], read(&[LEFT, RIGHT]));
    assert_eq!(lines[second + 1..], read(&[RIGHT, LEFT]));
}

#[test]
fn a_headline_centred_over_the_columns_loses_its_centring() {
    let mut page =
        String::from("                Council backs new ferry landing after long dispute\n\n");
    page.push_str(&layout(&[LEFT, RIGHT], &[0, 46]));
    page.push_str("  A paragraph set across the page, its indent kept as printed,\n");
    page.push_str("and more of it, and more of it, and more of it, and more.\n");
    page.push_str("  A second paragraph across the page, its indent kept too.\n");
    page.push_str("And the last line of it.\n");
    let columns = split_columns(&page);
    let lines = lines_of(columns.text());
    assert_eq!(
        lines[0],
        "Council backs new ferry landing after long dispute"
    );
    assert!(lines.contains(&"  A second paragraph across the page, its indent kept too."));
    // The dropped spaces map nowhere: the headline's first byte is the input's.
    assert_eq!(columns.source(0), page.find("Council").unwrap());
}

#[test]
fn each_page_is_split_on_its_own() {
    let mut page = layout(&[LEFT, RIGHT], &[0, 46]);
    page.push('\x0c');
    page.push_str(&layout(&[RIGHT, LEFT], &[0, 50]));
    let columns = split_columns(&page);
    let gutters: Vec<usize> = columns.regions().iter().map(|r| r.gutter).collect();
    assert_eq!(gutters, [46, 50]);
    let lines = lines_of(columns.text());
    // The page break stays before the second page's first column.
    assert_eq!(
        lines[LEFT.len() + RIGHT.len() + 1],
        format!("\x0c{}", RIGHT[0])
    );
}

#[test]
fn cjk_columns_are_measured_in_display_cells() {
    let left: &[&str] = &[
        "　　市政府昨日宣布，將於明年春季在北區興建",
        "一座新的公共圖書館，預計耗資三億元，可容納",
        "藏書四十萬冊，並設有兒童閱讀室及自修室。",
        "　　文化局局長表示，北區人口在過去十年增加",
        "近三成，但區內只有一間小型圖書館。",
    ];
    let right: &[&str] = &[
        "　　有家長表示歡迎，認為新館可以減輕現有",
        "圖書館的壓力，亦為區內兒童提供更多課後活",
        "動的場地，又可讓學生在課後有一個安靜的地",
        "方溫習。",
    ];
    let page = layout(&[left, right], &[0, 48]);
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 1);
    assert_eq!(lines_of(columns.text()), read(&[left, right]));
}

#[test]
fn cjk_columns_are_measured_in_characters_as_pdftotext_does() {
    // `pdftotext -layout` gives every character one column: the right-hand
    // column starts at the 28th character, whatever the widths before it.
    let left: &[&str] = &[
        "  市政府昨日宣布，將於明年春季在北區興建一座新",
        "公共圖書館，預計耗資三億元，可容納藏書四十萬冊",
        "，並設有兒童閱讀室及自修室。",
        "  文化局局長表示，北區人口在過去十年增加近三成",
        "，但區內只有一間小型圖書館。",
    ];
    let right: &[&str] = &[
        "有家長表示歡迎，認為新館可以減輕現有",
        "圖書館的壓力，亦為區內兒童提供更多課",
        "後活動的場地。",
        "  另外，文化局計劃在新館開幕後舉辦一連",
        "串閱讀推廣活動，希望培養閱讀習慣。",
    ];
    let page = &layout_by(&[left, right], &[0, 28], |s| s.chars().count());
    let columns = split_columns(page);
    assert_eq!(columns.regions().len(), 1, "{:?}", columns.regions());
    let doc = crate::clean(columns.text());
    let texts: Vec<&str> = doc.blocks().map(|b| b.text()).collect();
    assert_eq!(
        texts,
        [
            "市政府昨日宣布，將於明年春季在北區興建一座新公共圖書館，預計耗資三億元，可容納藏書四十萬冊，並設有兒童閱讀室及自修室。",
            "文化局局長表示，北區人口在過去十年增加近三成，但區內只有一間小型圖書館。",
            "有家長表示歡迎，認為新館可以減輕現有圖書館的壓力，亦為區內兒童提供更多課後活動的場地。",
            "另外，文化局計劃在新館開幕後舉辦一連串閱讀推廣活動，希望培養閱讀習慣。",
        ]
    );
}

#[test]
fn a_short_right_column_beside_a_long_left_one_is_split() {
    let right: &[&str] = &[
        "   Work is expected to start in September",
        "and to take eighteen months.",
    ];
    let left: Vec<&str> = LEFT.iter().chain(&LEFT[1..4]).copied().collect();
    let page = layout(&[&left, right], &[0, 46]);
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 1, "{page}");
    assert_eq!(lines_of(columns.text()), read(&[&left, right]));
    // Two lines with a gap and nothing under them are no columns.
    let two = layout(&[&LEFT[..2], right], &[0, 46]);
    assert!(!split_columns(&two).is_split());
}

#[test]
fn narrow_cjk_columns_counted_in_characters_are_split() {
    // Fourteen characters a column, as Japanese papers set them.
    let left: &[&str] = &[
        "  浜崎港で三十年続いてきた朝",
        "市が、来月末で閉鎖されること",
        "になった。出店者の高齢化と後",
        "継者不足が主な理由だという。",
        "  朝市は一九九五年に始まった",
    ];
    let right: &[&str] = &[
        "市内の飲食店主らは先月、署名",
        "を集めて組合に提出したが、組",
        "合は人手の問題は解決できない",
        "と答えた。",
    ];
    let page = layout_by(&[left, right], &[0, 19], |s| s.chars().count());
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 1, "{page}");
    assert_eq!(lines_of(columns.text()), read(&[left, right]));
}

#[test]
fn a_column_of_results_beside_a_long_column_of_prose_is_split() {
    let prose: Vec<&str> = LEFT
        .iter()
        .chain(RIGHT)
        .chain(&LEFT[..3])
        .copied()
        .collect();
    let results: &[&str] = &[
        "Harbourton  58   Carver      52",
        "Eastport    61   St. Anne's  44",
        "Millbrook   70   Old Quay    66",
        "Team           W   L   Pts",
        "Lakeview      14   3    29",
        "Northfield    12   4    26",
        "Harmon         9   8    19",
        "Carver         6  11    13",
        "Eastport       2  17     5",
        "Port Ellery    5  12    11",
        "Team scores: Harmon 188,",
        "Northfield 164, Carver 120,",
        "Lakeview 97, Eastport 61.",
        "Next meet: March 4.",
    ];
    let page = layout(&[&prose, results], &[0, 48]);
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 1, "{page}");
    assert_eq!(lines_of(columns.text()), read(&[&prose, results]));
}

#[test]
fn verse_with_a_gap_and_dialogue_after_dashes_are_no_columns() {
    // Two lines with a gap under a stanza: no column starts beside the
    // stanza's first line.
    let verse = "\
whose woods these are I think I know
his house is in the village though
he will not see me stopping here
to watch his woods fill up with snow

my little horse must think it queer   to stop without a farmhouse near
between the woods and frozen lake     the darkest evening of the year.
";
    // A dash opens no CJK column: Latin lines keep the full width.
    let dialogue = "\
— ya lo sé, dijo él     pero no vino nadie hoy
— no me digas eso       que me voy a casa ahora
— y tú qué dices        que no lo sabía yo antes
— pues vete ya          y no vuelvas nunca más
";
    for text in [verse, dialogue] {
        assert!(!split_columns(text).is_split(), "{text}");
    }
}

#[test]
fn a_blank_line_inside_columns_is_copied_once() {
    let mut page = layout(&[&LEFT[..3], &RIGHT[..2]], &[0, 46]);
    page.push('\n');
    page.push_str(&layout(&[&LEFT[3..], &RIGHT[2..]], &[0, 46]));
    let page = page.replace('\n', "\r\n");
    let columns = split_columns(&page);
    assert!(columns.is_split());
    // No input byte is copied twice: the blank line's `\r` goes to the
    // left column only.
    let mut from: Vec<usize> = (0..columns.text().len())
        .filter(|&i| columns.text().as_bytes()[i] == b'\r')
        .map(|i| columns.source(i))
        .collect();
    let n = from.len();
    from.dedup();
    assert_eq!(from.len(), n, "{:?}", columns.text());
    assert!(n >= 1);
}

#[test]
fn two_stories_with_short_right_columns_are_split_story_by_story() {
    // Each story's right-hand column holds its last lines only; a gap of
    // blank lines parts the stories, and the second one's gutter is the
    // first one's.
    let left: Vec<&str> = LEFT.iter().chain(&LEFT[1..4]).copied().collect();
    let first = layout(&[&left, &RIGHT[..3]], &[0, 46]);
    let second = layout(&[&left, &RIGHT[3..4]], &[0, 46]);
    let page = format!(
        "Council backs new ferry landing\n{first}\n\n\n\nMarket hall to open on Sundays\n{second}"
    );
    let columns = split_columns(&page);
    let lines = lines_of(columns.text());
    let market = lines.iter().position(|l| l.starts_with("Market")).unwrap();
    // The first story's right column comes before the second headline,
    // the second story's after its own left column.
    assert_eq!(lines[market - 5], RIGHT[2], "{lines:#?}");
    assert_eq!(lines.last(), Some(&RIGHT[3]), "{lines:#?}");
    assert_eq!(columns.regions().len(), 2);
}

#[test]
fn a_short_third_column_leaves_the_first_gutter_alone() {
    // The middle column is full only up to the third column's gutter:
    // its lines beside the third column's three count as full.
    let left: &[&str] = &[
        "  【本報訊】市政府昨日宣布，",
        "將於明年春季在北區興建一座新的",
        "公共圖書館，預計耗資三億元，可",
        "容納藏書四十萬冊。",
        "  文化局局長表示，北區人口在",
        "過去十年增加近三成，但區內只有",
        "一間小型圖書館，座位長期不足。",
    ];
    let middle: &[&str] = &[
        "  她說，新館將採用開放式設計",
        "，引入大量自然光，並在頂層設置",
        "空中花園，讓市民在閱讀之餘亦可",
        "休憩。",
        "  有區議員指出，工程期間附近",
        "道路或會出現擠塞，要求當局提早",
        "公布交通安排。",
    ];
    let third: &[&str] = &[
        "  當局回應稱，已委託顧問公司",
        "進行交通評估，報告將於下月提交",
        "議會審議。",
    ];
    let page = layout_by(&[left, middle, third], &[0, 19, 37], |s| s.chars().count());
    let columns = split_columns(&page);
    let lines = lines_of(columns.text());
    assert_eq!(lines[..left.len()], left[..], "{page}");
}

#[test]
fn tables_and_lists_are_no_columns() {
    // Figures on the right.
    let table = "\
Harbourton Rovers            12    8    3    1   27
Millbrook United             12    7    2    3   23
St Anne's Athletic           12    5    4    3   19
Port Ellery Town             12    2    1    9    7
";
    // Names on both sides, no running text.
    let fixtures = "\
Harbourton Rovers Football Club       Millbrook United Football Club
St Anne's Athletic Football Club      Port Ellery Town Football Club
Kingsbridge Wanderers Football Club   Old Quay Rangers Football Club
";
    // Listings: a time and a title.
    let listings = "\
19.00   News and weather for the south of the county tonight
19.30   The garden programme visits a walled garden in spring
20.00   A drama in six parts about a fishing family in trouble
";
    // CJK results, cells on the left: names both sides of the score.
    let results = "\
鷹見ＦＣ          ２―１   港北ユナイテッド
白浜シーガルズ    ０―０   山城ＳＣ
北原レッズ        ３―２   西浦アスレチック
東郷ＦＣ          １―３   南台ヴィクトリー
東西ユナイテッド  ２―２   北浜アスレチック
";
    for text in [table, fixtures, listings, results] {
        let columns = split_columns(text);
        assert!(!columns.is_split(), "{text}\n{:?}", columns.regions());
        assert!(matches!(columns.into_text(), Cow::Borrowed(_)));
    }
}

#[test]
fn sentences_set_two_spaces_apart_and_tables_of_prose_are_no_columns() {
    // Sentences whose gaps line up (a column stops mid-sentence).
    let river = "\
The harbour master said it.  The pier had been inspected twice
and two of its piles rotten.  Work will start in the autumn and
take eighteen months or so.  The council will publish drawings
and the plans for the ramp.  Two public sessions will be held.
";
    // A table with a column of prose and one of figures.
    let table = "\
Harbourton upper school     closed for the rest of the week     12
Millbrook primary school    open as usual from monday on         7
St Anne's grammar school    opens late on tuesday and friday     3
Port Ellery infant school   closed until the roof is mended      5
";
    for text in [river, table] {
        assert!(!split_columns(text).is_split(), "{text}");
    }
}

#[test]
fn double_spaces_inside_prose_are_no_gutter() {
    let text = "\
The council met on Tuesday.  It voted to rebuild the
landing.  Opponents said the money would be better
spent elsewhere.  The harbour master said two of the
piles were rotten.  Work starts in September.
";
    assert!(!split_columns(text).is_split());
}

#[test]
fn every_byte_of_the_text_maps_to_the_same_byte_of_the_input() {
    let mut page = String::from("\x0cHeadline across the whole page over the columns\n");
    page.push_str(&layout(&[LEFT, RIGHT], &[0, 46]).replace('\n', "\r\n"));
    let columns = split_columns(&page);
    assert!(columns.is_split());
    let text = columns.text();
    for (i, b) in text.bytes().enumerate() {
        if b != b'\n' {
            assert_eq!(page.as_bytes()[columns.source(i)], b, "byte {i}");
        }
    }
    // Nothing but the gutters' spaces and line ends is dropped.
    let ink = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        v.sort_unstable();
        v
    };
    assert_eq!(ink(text), ink(&page));
}

#[test]
fn hostile_layouts_stay_linear_in_their_work() {
    // Many gaps on one line and many lines of gaps: the search looks at a
    // bounded number of gutters per level.
    let line = "ab  ".repeat(20_000);
    let many = "word word  word word  word\n".repeat(20_000);
    for text in [line.as_str(), many.as_str()] {
        let columns = split_columns(text);
        assert!(columns.text().len() <= text.len() + text.len() / 2);
    }
}

#[test]
fn the_cleaner_option_points_blocks_at_their_input_lines() {
    let mut page = String::from("Council backs new ferry landing\n\n");
    page.push_str(&layout(&[LEFT, RIGHT], &[0, 46]));
    let options = crate::Options::new().split_columns(true);
    let doc = crate::Cleaner::new(options).clean(&page);
    assert_eq!(doc.columns().len(), 1);
    let blocks: Vec<_> = doc.blocks().map(|b| (b.lines(), &page[b.span()])).collect();
    // The heading, LEFT's two paragraphs, RIGHT's two.
    let lines: Vec<_> = blocks.iter().map(|b| b.0.clone()).collect();
    assert_eq!(lines, [1..=1, 3..=6, 7..=8, 3..=5, 6..=7]);
    assert!(blocks[1].1.starts_with("The council voted"));
    assert!(blocks[3].1.starts_with("Opponents argued"));
    assert!(blocks[3].1.ends_with("storm in March."));
    // Without the option, nothing is read column by column.
    assert!(crate::clean(&page).columns().is_empty());
}

#[test]
fn the_prefilter_counts_lines_with_text_after_a_gap() {
    assert!(!may_have_gutters(b"ab  cd  ef  gh\n"));
    assert!(!may_have_gutters(
        b"  indent\n  indent\n  indent\ntrailing  \n"
    ));
    assert!(may_have_gutters(b"ab  cd\nef   gh\n\x0cij  kl\nmn  op"));
    // One long line is one line, looked at once.
    assert!(!may_have_gutters("ab  ".repeat(100_000).as_bytes()));
}

#[test]
fn a_last_line_without_its_line_end_keeps_the_line_map() {
    for end in ["", "\r"] {
        let mut page = layout(&[LEFT, RIGHT], &[0, 46]);
        page.push_str("and the pier was closed.");
        page.push_str(end);
        let columns = split_columns(&page);
        let lines = lines_of(columns.text());
        let right = lines.iter().position(|l| *l == RIGHT[0]).unwrap();
        assert_eq!(lines[right - 1], "", "{end:?}");
        assert_eq!(
            columns.source_lines(right + 1..=right + 1),
            1..=1,
            "{end:?}"
        );
    }
}

#[test]
fn a_column_of_results_beside_a_report_with_its_score_lines_is_split() {
    let prose: &[&str] = &[
        "By Eoin Tierney",
        "",
        "BALLYCORR 1-14",
        "ST FINIAN'S 2-10",
        "",
        "A POINT from Niall Fahy four minutes",
        "into added time sent Ballycorr through",
        "to the county senior semi-final at",
        "Tullagh Park on Sunday, ending a",
        "stubborn fight-back from St Finian's.",
        "",
        "The winners led by six at the break, 1-9",
        "to 0-6, after a well-taken goal from",
        "corner-forward Shane Dowd, but two goals",
        "in the space of a minute from Colm",
        "Rafferty turned the game on its head.",
        "",
        "Ballycorr manager Pádraig Keane admitted",
        "his side had \"switched off\" after half-",
        "time and let the visitors back into it.",
    ];
    let results: &[&str] = &[
        "SENIOR FOOTBALL QUARTER-FINALS",
        "",
        "Ballycorr     1-14  St Finian's   2-10",
        "Drumlea       3-11  Annagh Gaels  0-12",
        "Kilmore       0-16  Rathcoole     1-12",
        "Drumlea       3-11  Annagh Gaels  0-12",
        "Kilmore       0-16  Rathcoole     1-12",
        "Castlebrack   2-09  Moyvalley     2-08",
        "",
        "INTERMEDIATE HURLING ROUND 3",
        "",
        "Clonmore      2-17  Tullagh       1-15",
        "Ballinure     0-21  Carrigeen     3-11",
        "Moyvalley     1-13  Drumlea       1-13",
        "",
        "Semi-final draw",
        "",
        "Ballycorr v Drumlea",
        "Kilmore v Castlebrack",
        "",
        "Fixtures this week",
    ];
    let page = layout(&[prose, results], &[0, 46]);
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 1, "{page}");
    assert!(
        columns
            .text()
            .contains("Ballycorr manager Pádraig Keane admitted\nhis side"),
        "{}",
        columns.text()
    );
}

#[test]
fn a_listings_ragged_column_beside_cjk_prose_is_split() {
    let prose: &[&str] = &[
        "　【港市】港町の暮らしを半世紀に",
        "わたって木版画に刻んできた版画",
        "家、小野寺透さん（82）の回顧展",
        "が19日から、市立美術館で始まる。",
        "初期の漁港シリーズから近作まで",
        "約100点が並ぶ。",
        "",
        "▲「朝の競り」（1968年）の前で制",
        "作当時を振り返る小野寺さん＝市立",
        "美術館で",
        "",
        "　小野寺さんは漁師の家に生まれ、",
        "高校卒業後に上京して版画を学ん",
        "だ。30歳で帰郷してからは、早朝の",
        "魚市場や網を繕う人々の姿を題材に",
        "してきた。",
        "　会場では、一枚の作品に使う版木",
        "や彫刻刀も展示する。担当学芸員の",
        "村瀬美穂さんは「色を重ねる工程を",
        "知ると、作品の見え方が変わるは",
        "ず」と話す。",
        "　小野寺さん自身は「港の風景はこ",
        "の50年でずいぶん変わったが、働く",
        "人の手つきは昔のまま。そこを見て",
        "ほしい」と語った。",
        "　小野寺さんの作品は、地元漁協の",
        "カレンダーや駅のポスターにも長く",
        "使われてきた。会場の一角には、そ",
        "うした印刷物約40点を集めたコー",
        "ナーも設けた。",
        "　会期中の土曜日には、小野寺さん",
        "によるギャラリートークを予定して",
        "",
    ];
    let listing: &[&str] = &[
        "いる。参加無料だが、各回先着30人。問",
        "い合わせは同館へ。",
        "",
        "文化ガイド",
        "",
        "■展覧会",
        "",
        "小野寺透展＝市立美術館、12月8日ま",
        "で。月曜休館。一般800円、高校生以下",
        "無料。",
        "港の絵はがき展＝みなと資料館、",
        "11月4日まで。入場無料。",
        "",
        "■音楽",
        "",
        "市民オーケストラ定期演奏会＝26日午",
        "後2時、市民会館大ホール。一",
        "般2000円。",
        "ジャズナイト＝27日午後7時、喫茶ブ",
        "ルーポート。1500円（1ドリンク付",
        "き）。",
        "",
        "■映画",
        "",
        "名作上映会「波止場の灯」＝20日午",
        "前10時と午後2時、市民会館小ホール。",
        "500円。",
        "",
        "■講座",
        "",
        "はじめての木版画＝11月2日午前10時、",
        "市立美術館講堂。定員20人、材料",
        "費500円。申し込みは同館へ。",
    ];
    let page = layout(&[prose, listing], &[0, 35]);
    let columns = split_columns(&page);
    assert_eq!(columns.regions().len(), 1, "{page}");
    assert!(
        columns.text().contains("無料。\n港の絵はがき展"),
        "{}",
        columns.text()
    );
}
