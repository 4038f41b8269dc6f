//! Unit tests of the repair stage: pages and the repairs they get.

use super::noise::*;
use super::*;
use crate::lines::LineIndices;

fn repair(input: &str) -> String {
    repair_with(input, &Options::new())
}

fn repair_with(input: &str, options: &Options) -> String {
    let lines: Vec<Line> = LineIndices::new(input).collect();
    let edits = find_doubled(input, &lines, options);
    apply(input, &edits)
}

fn apply(input: &str, edits: &[Edit]) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for e in edits {
        assert!(e.span.start >= pos, "edits overlap or are unsorted");
        assert!(input.is_char_boundary(e.span.start) && input.is_char_boundary(e.span.end));
        assert_eq!(e.kind, RepairKind::DoubledCopy);
        out.push_str(&input[pos..e.span.start]);
        pos = e.span.end;
    }
    out.push_str(&input[pos..]);
    out
}

fn nonws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn whole_runs_doubled() {
    assert_eq!(
        repair("深港合作深港合作，，新篇章新篇章\n"),
        "深港合作，新篇章\n"
    );
    assert_eq!(
        repair("兩地融合發展兩地融合發展，，在推動內在推動內\n"),
        "兩地融合發展，在推動內\n"
    );
}

#[test]
fn unit_starting_with_a_reduplication() {
    assert_eq!(repair("天天向上的精神天天向上的精神\n"), "天天向上的精神\n");
}

#[test]
fn per_character_twice_and_four_times() {
    assert_eq!(repair("工工作作经经历历概概况况：：\n"), "工作经历概况：\n");
    assert_eq!(
        repair("湖湖湖湖南南南南長長長長沙沙沙沙：：：：\n"),
        "湖南長沙：\n"
    );
    assert_eq!(repair("1111999999998888 年年年年報報報報\n"), "1998 年報\n");
    assert_eq!(repair("TThhee  qquuiicckk\n"), "The quick\n");
    assert_eq!(repair("AABB 99..  CCaarrddiiaacc\n"), "AB 9. Cardiac\n");
}

#[test]
fn per_character_mixed_with_clean_text() {
    assert_eq!(
        repair("工工作作內內容容說說明明：：負責橋樑設計與施工\n"),
        "工作內容說明：負責橋樑設計與施工\n"
    );
}

#[test]
fn a_word_printed_letter_by_letter_alone_on_its_line_needs_no_other_evidence() {
    assert_eq!(
        repair("Bussen går.\n\nFFAAKKTTAA\n\nRute: Oslo\n"),
        "Bussen går.\n\nFAKTA\n\nRute: Oslo\n"
    );
    // Fewer letters, figures, or ideographs (words said twice).
    for page in [
        "Bussen går.\n\nAABB\n",
        "Bussen går.\n\n11 22 33 44\n",
        "高高興興快快樂樂平平安安\n",
    ] {
        assert_eq!(repair(page), page);
    }
}

#[test]
fn a_short_cjk_title_printed_twice_goes_where_the_page_shows_doubling() {
    let page = "西湾规划公示首日西湾规划公示首日\n本报讯　市民踊跃提意见。\n\n严正声明严正声明\n近期，我公司发现有不法分子。\n";
    assert_eq!(
        repair(page),
        "西湾规划公示首日\n本报讯　市民踊跃提意见。\n\n严正声明\n近期，我公司发现有不法分子。\n"
    );
    // Alone, it may be a phrase said twice.
    let page = "本报讯　市民踊跃提意见。\n\n严正声明严正声明\n近期，我公司发现有不法分子。\n";
    assert_eq!(repair(page), page);
}

#[test]
fn short_doubled_labels_need_page_evidence() {
    let page = "工工作作內內容容說說明明：：負責設計\n教教學學\n備備註註：：無\n";
    assert_eq!(repair(page), "工作內容說明：負責設計\n教學\n備註：無\n");
    assert_eq!(
        repair("教教學學\n備備註註：：無\n"),
        "教教學學\n備備註註：：無\n"
    );
}

#[test]
fn doubled_letters_inside_doubled_words() {
    assert_eq!(repair("bbooookkss  ccooffffeeee\n"), "books coffee\n");
}

#[test]
fn a_headline_with_a_comma_printed_twice_at_the_top_goes() {
    let page = "CRONACA\n\nPiscina comunale, si riapre a settembre\nPiscina comunale, si riapre a settembre\n\n\
                Conclusi i lavori da 1,8 milioni.\n";
    assert_eq!(
        repair(page).matches("Piscina").count(),
        1,
        "{}",
        repair(page)
    );
    // A Japanese one parts its phrases with `、`.
    let page = "地域\n\n駅前の商店街、五十年の歴史に幕\n駅前の商店街、五十年の歴史に幕\n\n\
                来月末で閉店する店が相次ぐ。\n";
    assert_eq!(repair(page).matches("駅前").count(), 1, "{}", repair(page));
    // Lower on the page, a line with a comma said twice may be a refrain.
    let page =
        "Il coro cantava piano.\nTorna, torna a casa\nTorna, torna a casa\n\nPoi il silenzio.\n";
    assert_eq!(repair(page).matches("Torna, torna").count(), 2);
}

#[test]
fn repeated_lines() {
    let page = "Chapitre un\nChapitre un\n\nLe sang est prélevé.\nLe sang est prélevé.\n";
    assert_eq!(
        nonws(&repair(page)),
        nonws("Chapitre un\nLe sang est prélevé.\n")
    );
    let four = "Objectifs du cours\nObjectifs du cours\nObjectifs du cours\nObjectifs du cours\nSuite du texte\nSuite du texte\n";
    assert_eq!(
        nonws(&repair(four)),
        nonws("Objectifs du cours\nSuite du texte")
    );
}

#[test]
fn a_table_row_repeated_once_is_data_on_a_page_with_doubled_runs() {
    // The headline shows doubling, but the repeated row sits among
    // rows set in cells: two classes alike.
    let table =
        "社社區區長長者者學學堂堂開開課課\n\n課程　　　堂數　　學費\n手機入門　　８　　免費\n\
                 手機入門　　８　　免費\n網上購物　　６　　１００元\n";
    let kept = repair(table);
    assert!(kept.starts_with("社區長者學堂開課"), "{kept}");
    assert_eq!(kept.matches("手機入門").count(), 2, "{kept}");
    // The same rows as plain lines of text are a line printed twice.
    let prose = table.replace('　', "");
    assert_eq!(repair(&prose).matches("手機入門").count(), 1);
    // Lines printed twice elsewhere on the page: the row is one too.
    let twice = format!("大會主席致辭\n大會主席致辭\n首日議程公布\n首日議程公布\n{table}");
    assert_eq!(repair(&twice).matches("手機入門").count(), 1);
}

#[test]
fn a_whole_word_or_a_phrase_line_printed_twice_goes_beside_other_doubling() {
    let head = "COUNCIL BACKS ISLAND TWINNING\nCOUNCIL BACKS ISLAND TWINNING\n\n";
    let body = "By Mara Quigley By Mara Quigley\n\nThe council voted, and the mmaayyoorr said it was overdue.\n\
                The bookkeeper said that that was fine.\n";
    assert_eq!(
        nonws(&repair(&format!("{head}{body}"))),
        nonws(
            "COUNCIL BACKS ISLAND TWINNING\nBy Mara Quigley\nThe council voted, and the mayor said \
             it was overdue.\nThe bookkeeper said that that was fine.\n"
        )
    );
    // Alone, they may be meant.
    assert_eq!(repair(body), body);
}

#[test]
fn two_lines_in_a_row_each_a_phrase_said_twice_show_doubling() {
    let page = "Nieuwe brug bij Oosterhaar Nieuwe brug bij Oosterhaar\n\
                gaat pas in 2027 open gaat pas in 2027 open\n\nDe gemeente wacht op geld.\n";
    assert_eq!(
        repair(page),
        "Nieuwe brug bij Oosterhaar\ngaat pas in 2027 open\n\nDe gemeente wacht op geld.\n"
    );
    // One such line alone, or two with text between, may be meant.
    let one = "New York, New York\n\nThe musical opens on Friday.\n";
    assert_eq!(repair(one), one);
    let apart = "Come on come on\nshe sang, and the hall sang back\nCome on come on\n";
    assert_eq!(repair(apart), apart);
    // Chants quoted line by line are meant.
    let chants =
        "The crowd answered:\nNo more cuts! No more cuts!\nSave our ward! Save our ward!\n";
    assert_eq!(repair(chants), chants);
}

#[test]
fn a_lead_in_glued_to_its_copy_goes_alone() {
    for (page, fixed) in [
        (
            "一、托育量能要跟上。一、托育量能要跟上。許多年輕父母\n",
            "一、托育量能要跟上。許多年輕父母\n",
        ),
        (
            "El truco de Marisa:El truco de Marisa: si el caldo\n",
            "El truco de Marisa: si el caldo\n",
        ),
        (
            "判決書指出判決書指出，，陳男當晚\n",
            "判決書指出，陳男當晚\n",
        ),
        (
            "编者按：编者按：本版欢迎读者投函\n",
            "编者按：本版欢迎读者投函\n",
        ),
        (
            "Em setembroEm setembro,, a cesta básica\n",
            "Em setembro, a cesta básica\n",
        ),
        (
            "【沙田訊】【沙田訊】沙田昨日舉行日賽\n",
            "【沙田訊】沙田昨日舉行日賽\n",
        ),
        (
            "（怡保讯）启华华小（怡保讯）启华华小日前举办\n",
            "（怡保讯）启华华小日前举办\n",
        ),
        (
            "視后周嘉欣視后周嘉欣主演的長篇劇昨日殺青\n",
            "視后周嘉欣主演的長篇劇昨日殺青\n",
        ),
        (
            "地铁出行地铁出行：：可乘坐地铁1号线\n",
            "地铁出行：可乘坐地铁1号线\n",
        ),
        (
            "QUIZ:QUIZ: The table quiz raised\n",
            "QUIZ: The table quiz raised\n",
        ),
        (
            "Shauna Mary QuinnShauna Mary Quinn, 31, of Bridge\n",
            "Shauna Mary Quinn, 31, of Bridge\n",
        ),
    ] {
        assert_eq!(repair(page), fixed);
    }
    // Said twice on purpose, or too short to tell.
    for page in [
        "研究研究，再決定。\n",
        "一步一步，慢慢來。\n",
        "Tora, Tora, Tora: the film\n",
        "New York, New York: a song\n",
        "看看看看。\n",
        "雨來了，雨來了，\n",
        "加油！加油！\n",
        "（一）（一）\n",
        "恭喜發財恭喜發財，新年快樂\n",
        "我愛你中國我愛你中國，歌聲響徹全場。\n",
        "生日快樂生日快樂\n",
        "天天天天，，\n",
        "記者：記者：\n",
        "注：注：见附表\n",
        "Bora Bora Bora Bora\n",
        "Walla WallaWalla is no copy\n",
        "GO:GO: a chant\n",
    ] {
        assert_eq!(repair(page), page);
    }
}

#[test]
fn a_chunk_opening_a_line_goes_on_from_the_copy_ending_the_line_before() {
    let page = "　　【本報訊】北安社區【本報訊】北安社區綜合服務綜合服務\n\
                中心昨日舉行開幕禮中心昨日舉行開幕禮，，標誌着氹仔北標誌着氹仔北\n\
                區首個一站式社區區首個一站式社區服務設施正式投入服務設施正式投入\n\
                運作運作。。中心樓高五層，設有長者日間\n護理、親子活動室及自修室等。\n";
    assert!(
        repair(page).contains("\n運作。中心樓高五層"),
        "{}",
        repair(page)
    );
    // Without the copy before it, words said twice stay.
    let page = "　　北安社區綜合服務中心昨日舉行開幕禮，標誌着氹仔北\n\
                區首個一站式社區服務設施正式投入\n運作運作。。中心樓高五層，設有長者日間\n\
                護理、親子活動室及自修室等。\n";
    assert!(repair(page).contains("\n運作運作"), "{}", repair(page));
}

#[test]
fn short_chunks_printed_twice_go_on_from_a_copy() {
    // On its line, after a copy (`新能源汽车业务` twice, then `已成为公`).
    let page = "公司表示，新能源汽车业务新能源汽车业务已成为公已成为公\n\
                司的核心增长引擎之一，在推动收入结构转型中发挥了关键作用。\n";
    assert!(
        repair(page).starts_with("公司表示，新能源汽车业务已成为公\n"),
        "{}",
        repair(page)
    );
    // At the start of the line after a line printed twice.
    let page = "　　港鐵東涌線延線工程進展港鐵東涌線延線工程進展\n順利順利，港鐵公司昨日表示，東\n\
                涌東站預計於明年第二季啟用。\n";
    assert!(repair(page).contains("\n順利，港鐵"), "{}", repair(page));
    // Without a copy before it, a word said twice stays.
    let page = "　　港鐵東涌線延線工程進展\n順利順利，港鐵公司昨日表示，東\n涌東站預計於明年第二季啟用。\n";
    assert_eq!(repair(page), page);
}

#[test]
fn a_lead_in_printed_twice_chunk_by_chunk_goes_alone() {
    for (page, fixed) in [
        (
            "记者昨日记者昨日从广州从广州地铁获悉地铁获悉：：地铁二十\n",
            "记者昨日从广州地铁获悉：地铁二十\n",
        ),
        (
            "的核心引擎之一的核心引擎之一，，在推動內在推動內的\n",
            "的核心引擎之一，在推動內的\n",
        ),
        (
            "KISUMUKISUMU,, MondayMonday –– Fishermen on the\n",
            "KISUMU, Monday – Fishermen on the\n",
        ),
        (
            "SOPOTSOPOT.. OdOd 1 maja bilet wstępu\n",
            "SOPOT. Od 1 maja bilet wstępu\n",
        ),
    ] {
        assert_eq!(repair(page), fixed);
    }
    // Words said twice, punctuation once; or reduplication.
    for page in [
        "研究研究討論討論，然後再決定。\n",
        "研究研究討論討論，，然後\n",
        "高高興興快快樂樂，，出門去\n",
    ] {
        assert_eq!(repair(page), page);
    }
}

#[test]
fn short_chunks_beside_a_doubled_mark_inside_a_line_go() {
    for (page, fixed) in [
        (
            "深圳前海近年發展迅速，成為的核心引擎之一的核心引擎之一，，在推動內在推動內地與香港合作\n",
            "深圳前海近年發展迅速，成為的核心引擎之一，在推動內地與香港合作\n",
        ),
        (
            "为今年评出的50户““绿色家庭绿色家庭””颁奖。获奖家庭中\n",
            "为今年评出的50户“绿色家庭”颁奖。获奖家庭中\n",
        ),
    ] {
        assert_eq!(repair(page), fixed);
    }
    // A comma doubled by mistake after words said twice, or a quotation
    // of words said twice: no print chunk by chunk.
    for page in [
        "大家一起研究研究討論討論，，然後再說\n",
        "他連聲說“謝謝謝謝”，轉身離開了會場\n",
    ] {
        assert_eq!(repair(page), page);
    }
}

#[test]
fn a_run_printed_twice_inside_a_line_goes_beside_a_line_printed_twice() {
    let page =
        "新村巴刹工程延误\n新村巴刹工程延误\n\n（蒲种23日讯）（蒲种23日讯）耗资480万令吉的\n\
                巴刹提升工程一再延误，至今仍未交付。\n";
    assert!(
        repair(page).contains("\n（蒲种23日讯）耗资"),
        "{}",
        repair(page)
    );
    // Without the line printed twice, a run alone is no evidence (one
    // opening with a dateline's tag in brackets is: see
    // `a_lead_in_glued_to_its_copy_goes_alone`).
    let page = "新村巴刹工程延误\n\n据悉，巴刹提升工程巴刹提升工程耗资480万令吉的\n\
                工程一再延误，至今仍未交付。\n";
    assert!(
        repair(page).contains("巴刹提升工程巴刹提升工程"),
        "{}",
        repair(page)
    );
}

#[test]
fn a_lead_in_whose_copy_a_line_break_cuts_goes_beside_other_doubling() {
    let other = "Como começou?Como começou? Na cozinha da avó.\n";
    let page = format!(
        "{other}O que mudou com a estrela?O que mudou com\na estrela? A casa ficou cheia.\n"
    );
    assert_eq!(
        nonws(&repair(&page)),
        nonws(
            "Como começou? Na cozinha da avó.\nO que mudou com a estrela?\nA casa ficou cheia.\n"
        )
    );
    let alone = "O que mudou com a estrela?O que mudou com\na estrela? A casa ficou cheia.\n";
    assert_eq!(repair(alone), alone);
    // The next line going on otherwise: nothing.
    let page = "O que mudou com a estrela?O que mudou com\no tempo, ninguém sabe.\n";
    assert_eq!(repair(page), page);
}

#[test]
fn a_dateline_in_capitals_glued_to_its_copy_goes_alone() {
    let page = "FREIBURGFREIBURG. Das Stadttheater verschiebt die Premiere.\n";
    assert_eq!(
        repair(page),
        "FREIBURG. Das Stadttheater verschiebt die Premiere.\n"
    );
    for page in ["WALLAWALLA is a town.\n", "BERIBERI was common.\n"] {
        assert_eq!(repair(page), page);
    }
    // A lead-in of words in capitals.
    let page = "ISLAND COMMUNITIESISLAND COMMUNITIES on the west\ncoast face a summer.\n";
    assert_eq!(
        repair(page),
        "ISLAND COMMUNITIES on the west\ncoast face a summer.\n"
    );
    // The copy must end a word.
    for page in [
        "ISLAND COMMUNITIESISLAND COMMUNITIESX met.\n",
        "THE NEW YORK TIMES NEW YORK said.\n",
    ] {
        assert_eq!(repair(page), page);
    }
}

#[test]
fn runs_printed_twice_inside_lines_show_doubling_on_two_lines() {
    // One line with a run said twice may mean it; two are the print.
    let one =
        "集團主席表示，今年最重要的工作是前海港區擴建工程前海港區擴建工程，\n預計明年底前完成。\n";
    assert_eq!(repair(one), one);
    let two = format!("據統計，2024年首季2024年首季共有一千二百艘貨輪停靠。\n{one}");
    let fixed = repair(&two);
    assert_eq!(fixed.matches("2024年首季").count(), 1, "{fixed}");
    assert_eq!(fixed.matches("前海港區擴建工程").count(), 1, "{fixed}");
    // Latin lines need other evidence on the page.
    let latin =
        "The Breaking newsBreaking news desk said\nthe Harbour RoadHarbour Road bridge shut.\n";
    assert_eq!(repair(latin), latin);
}

#[test]
fn one_phrase_said_twice_across_a_break_is_one_run() {
    // One run, over two lines, on a page without other doubling: kept.
    let page = "集團主席表示，今年最重要的工作是前海港區擴建\n工程前海港區擴建工程，預計明年底前完成第一期。\n";
    assert_eq!(repair(page), page);
}

#[test]
fn a_run_printed_twice_across_line_breaks_is_found() {
    // The copies of a 14-character run over three lines of ten.
    let page = "據統計，2024年首季2024年首季共有一千二百艘貨輪停靠。\n\n\
                深圳市副市長昨日在論\n壇上表示深圳市副市長\n昨日在論壇上表示，，\n\
                前海將推出更多措施。\n";
    let fixed = repair(page);
    let joined: String = fixed.split('\n').skip(2).collect();
    assert_eq!(joined, "深圳市副市長昨日在論壇上表示，前海將推出更多措施。");
    // The cut touches every line the copies touch, and is logged as
    // across the break.
    let lines: Vec<Line> = LineIndices::new(page).collect();
    let edits = find_doubled(page, &lines, &Options::new());
    let across: Vec<&str> = edits
        .iter()
        .filter(|e| e.reason == Reason::RunAcrossBreak)
        .map(|e| &page[e.span.clone()])
        .collect();
    assert_eq!(across, ["論", "壇上表示深圳市副市長", "昨日在"]);
    // Lines that break between the copies are compared as lines.
    let rows = "社社區區長長者者學學堂堂開開課課\n\n手機入門八堂免費報名\n手機入門八堂免費報名\n";
    assert_eq!(repair(rows).matches("手機入門").count(), 1);
}

#[test]
fn cjk_marks_printed_twice_go_where_the_page_shows_doubling() {
    let page =
        "社社區區長長者者學學堂堂開開課課\n\n每天都要加班，，工作量多了一倍。。\n「好！！」\n";
    assert_eq!(
        repair(page),
        "社區長者學堂開課\n\n每天都要加班，工作量多了一倍。\n「好！！」\n"
    );
    let plain = "每天都要加班，，工作量多了一倍。。\n";
    assert_eq!(repair(plain), plain);
}

#[test]
fn one_repeated_pair_is_not_enough() {
    let page = "Le sang est prélevé.\nLe sang est prélevé.\nAutre chose.\n";
    assert_eq!(repair(page), page);
}

#[test]
fn partial_leftover_copies() {
    let page = "公司名稱：\n公司名稱：華東紙業\n\n上市日期：\n上市日期：2010年\n\n證券代號：\n證券代號：600111\n";
    assert_eq!(
        nonws(&repair(page)),
        nonws("公司名稱：華東紙業\n上市日期：2010年\n證券代號：600111\n")
    );
    let page = "Acidoses graves\nAcidoses graves\nHypokaliémies (non reconnues par le laboratoire)\nnon reconnues par le laboratoire)\nAlcaloses graves\nAlcaloses graves\n";
    assert_eq!(
        nonws(&repair(page)),
        nonws(
            "Acidoses graves\nHypokaliémies (non reconnues par le laboratoire)\nAlcaloses graves"
        )
    );
    // Without repeated lines beside them, partial copies are chance.
    let page =
        "the balloon\nbookkeeper\nthe bookkeeper\nwill coffee\nbookkeeper\ncoffee bookkeeper\n";
    assert_eq!(repair(page), page);
    // Nor is a line two blank lines before a longer one its copy, on a
    // page that shows doubling.
    let page = "港の朝市、三十年の歩みに幕\n港の朝市、三十年の歩みに幕\n\nみなと写真展＝二十日まで、市立\n図書館\n\n\n図書館、夜間開館\nを延長\n";
    assert_eq!(
        repair(page),
        "港の朝市、三十年の歩みに幕\n\n\nみなと写真展＝二十日まで、市立\n図書館\n\n\n図書館、夜間開館\nを延長\n"
    );
}

#[test]
fn overlap_chain_across_lines() {
    let page = "Hyperkaliémies (formes\nformes graves traitées en urgence\nurgence)\n";
    assert_eq!(
        nonws(&repair(page)),
        nonws("Hyperkaliémies (formes graves traitées en urgence)")
    );
    let single = "He had\nhad enough of it.\n";
    assert_eq!(repair(single), single);
}

#[test]
fn legitimate_repetition_survives() {
    for s in [
        "天天都是好日子\n",
        "他們高高興興地回家了\n",
        "我們研究研究再說\n",
        "謝謝你的幫忙\n",
        "2011 年年度报告\n",
        "生於1988年\n",
        "嘻嘻嘻嘻嘻嘻\n",
        "哦婆婆嘻嘻嘻嘻嘻嘻是一無所有\n",
        "婆婆\n",
        "大大增强了物质质量\n",
        "Elle doit être recherchée.\n",
        "ARTIFICIAL LEATHER CO.,LTD.\n",
        "He had had enough of the bookkeeper.\n",
        "Lesson one: coffee and toffee.\n",
        "研究研究\n",
        "高高興興\n",
        "高高興興天天高高興興年年\n",
        "興興研究研究年年謝謝年年高高\n",
        "天天天天天研 天天天天天研\n",
        "1988 committee 1988 committee\n",
        "工作經驗工作經驗工作經驗工作經驗工作經驗工作經驗工作經\n",
        "工作經驗工作經驗工作經驗工作經驗\n",
        "==========\n",
        "Chapter 1 .......... 5\n",
    ] {
        assert_eq!(repair(s), s, "{s}");
    }
}

#[test]
fn a_phrase_printed_four_times_with_spaces_is_one_headline() {
    // pdfplumber joins a headline printed four times into one line, the
    // copies parted by a space: strong evidence on its own.
    let body = "The text goes on here in a column.\n";
    let page = format!(
        "GULLS RAID THE PIER GULLS RAID THE PIER GULLS RAID THE PIER GULLS RAID THE PIER\n{body}"
    );
    assert_eq!(repair(&page), format!("GULLS RAID THE PIER\n{body}"));
    // Twice is prose, and a chant keeps its marks.
    for s in [
        "GULLS RAID THE PIER GULLS RAID THE PIER\n",
        "Out now! Out now! Out now! Out now!\n",
        "no more cuts no more cuts no more cuts no more cuts\n",
    ] {
        let page = format!("{s}{body}");
        assert_eq!(repair(&page), page);
    }
}

const BODY: &str =
    "　　市府去年在公園、捷運站和里民活動中心\n設置的社區書櫃，至今已增加到一百二十座。\n";

#[test]
fn heading_line_of_doubled_characters_is_evidence() {
    // Eight different characters, each printed twice: more than any
    // chain of reduplicated words holds.
    let page = format!("社社區區書書櫃櫃遍遍地地開開花花\n\n{BODY}");
    assert_eq!(repair(&page), format!("社區書櫃遍地開花\n\n{BODY}"));
    // In a column without blank lines too, and printed four times.
    let page = format!("社社區區書書櫃櫃遍遍地地開開花花\n{BODY}");
    assert_eq!(repair(&page), format!("社區書櫃遍地開花\n{BODY}"));
    let quad: String = "社區書櫃遍地開花".chars().flat_map(|c| [c; 4]).collect();
    assert_eq!(repair(&format!("{quad}\n")), "社區書櫃遍地開花\n");
    // Fewer, but a particle among them, which no chain holds.
    assert_eq!(repair("ままちちのの話話題題\n"), "まちの話題\n");
    for page in ["高高興興快快樂樂\n", "平平安安\n"] {
        assert_eq!(repair(page), page);
    }
    // It shows doubling for the page: a shorter doubled subhead goes too.
    let page =
        format!("社社區區書書櫃櫃遍遍地地開開花花\n\n{BODY}\n志志工工輪輪班班維維護護\n\n{BODY}");
    assert_eq!(
        repair(&page),
        format!("社區書櫃遍地開花\n\n{BODY}\n志工輪班維護\n\n{BODY}")
    );
}

#[test]
fn reduplication_chains_are_no_heading_evidence() {
    for line in [
        // 聲聲慢: seven different characters, all reduplicated.
        "尋尋覓覓冷冷清清淒淒慘慘戚戚",
        "尋尋覓覓　冷冷清清　淒淒慘慘戚戚",
        "尋尋覓覓　　冷冷清清　　淒淒慘慘戚戚",
        "平平安安快快樂樂健健康康",
        "平平安安　　快快樂樂　　健健康康",
        "男男女女老老少少",
        "哈哈哈哈呵呵呵呵嘻嘻嘻嘻嘿嘿嘿嘿",
        // A short doubled subhead alone: six characters.
        "志志工工輪輪班班維維護護",
    ] {
        for page in [
            format!("{line}\n"),
            format!("{BODY}\n{line}\n\n{BODY}"),
            format!("{BODY}{line}\n{BODY}"),
        ] {
            assert_eq!(repair(&page), page, "{page}");
        }
    }
}

#[test]
fn doubled_ideographic_space_is_a_doubled_character() {
    // Words printed twice, eleven different ideographs: one short of
    // the twelve a line of ideographs alone needs; the doubled
    // full-width space between the phrases is the twelfth.
    let page = "社區社區書櫃書櫃遍地遍地開花開花　　人有人有書讀書讀\n";
    assert_eq!(repair(page), "社區書櫃遍地開花　人有書讀\n");
    let single = "社區社區書櫃書櫃遍地遍地開花開花　人有人有書讀書讀\n";
    assert_eq!(repair(single), single);
    // A doubled space of another kind is layout, not ink.
    let ascii = "社區社區書櫃書櫃遍地遍地開花開花  人有人有書讀書讀\n";
    assert_eq!(repair(ascii), ascii);
    // The reviewer's headline: doubled space and eleven letters.
    let page = format!("社社區區書書櫃櫃遍遍地地開開花花　　人人人人有有書書讀讀\n\n{BODY}");
    assert_eq!(
        repair(&page),
        format!("社區書櫃遍地開花　人人有書讀\n\n{BODY}")
    );
}

#[test]
fn heading_printed_twice_with_other_doubling() {
    let weak = "\n備備註註：：無\n";
    let page = format!("{BODY}\n誰來整理書櫃\n誰來整理書櫃\n\n{BODY}{weak}");
    assert_eq!(
        repair(&page),
        format!("{BODY}\n誰來整理書櫃\n\n\n{BODY}\n備註：無\n")
    );
    // No blank lines: after a sentence, before a wider line.
    let page = format!("{BODY}誰來整理書櫃\n誰來整理書櫃\n{BODY}{weak}");
    assert_eq!(
        repair(&page),
        format!("{BODY}誰來整理書櫃\n\n{BODY}\n備註：無\n")
    );
    let page = format!("{BODY}\n志志工工輪輪班班維維護護\n\n{BODY}\n誰來整理書櫃\n誰來整理書櫃\n");
    assert_eq!(
        repair(&page),
        format!("{BODY}\n志工輪班維護\n\n{BODY}\n誰來整理書櫃\n\n")
    );
    let page = "The city council voted late on Tuesday.\n\nCouncil Votes to Close Depot\nCouncil Votes to Close Depot\n\nHHiigghh  SSttrreeeett\n";
    assert_eq!(
        repair(page),
        "The city council voted late on Tuesday.\n\nCouncil Votes to Close Depot\n\n\nHigh Street\n"
    );
}

#[test]
fn a_headline_printed_twice_at_the_top_of_a_page_is_evidence() {
    let page = format!("长江十年禁渔成效初显\n长江十年禁渔成效初显\n\n{BODY}");
    assert_eq!(repair(&page), format!("长江十年禁渔成效初显\n\n\n{BODY}"));
    // A word opening and ending with one letter is no line repeating
    // itself.
    let page = "EXCLUSIVE\nEXCLUSIVE\n\nA COUNCIL waste chief blew £9,000 of taxpayers’ cash.\n";
    assert_eq!(
        repair(page),
        "EXCLUSIVE\n\n\nA COUNCIL waste chief blew £9,000 of taxpayers’ cash.\n"
    );
    // Too few different characters for a headline.
    let page = format!("我親愛的祖國啊\n我親愛的祖國啊\n\n{BODY}");
    assert_eq!(repair(&page), page);
    // Under the section's label, a title of four different characters
    // is enough; not a refrain of reduplicated words.
    let page = format!("健康\n藥師信箱\n藥師信箱\n長輩同時吃多種藥　怎麼避免重複用藥？\n\n{BODY}");
    assert_eq!(
        repair(&page),
        format!("健康\n藥師信箱\n\n長輩同時吃多種藥　怎麼避免重複用藥？\n\n{BODY}")
    );
    let page = format!("健康\n慢慢走好\n慢慢走好\n長輩同時吃多種藥　怎麼避免重複用藥？\n\n{BODY}");
    assert_eq!(repair(&page), page);
    // Under the section's label that tops the page; not under text.
    let page = format!(
        "地域\n路線バス３割減便へ\n路線バス３割減便へ\n運転手不足で来春のダイヤ改正\n{BODY}"
    );
    assert_eq!(
        repair(&page),
        format!("地域\n路線バス３割減便へ\n\n運転手不足で来春のダイヤ改正\n{BODY}")
    );
    let page = format!("地域の話題をお伝えします。\n路線バス３割減便へ\n路線バス３割減便へ\n運転手不足で来春のダイヤ改正\n{BODY}");
    assert_eq!(repair(&page), page);
    // Under a running head and the label after a page break.
    let page = format!(
        "{BODY}\n\x0c15 | IL CORRIERE | Giovedì 14 marzo 2024\nSPORT\n\nIl Giulianova vola in vetta\nIl Giulianova vola in vetta\n\n{BODY}"
    );
    assert_eq!(
        repair(&page),
        format!("{BODY}\n\x0c15 | IL CORRIERE | Giovedì 14 marzo 2024\nSPORT\n\nIl Giulianova vola in vetta\n\n\n{BODY}")
    );
    // Under a running head that opens the text.
    let page = format!(
        "Lindenauer Wochenblatt · Donnerstag, 13. März 2025 · Seite 9\n\nLOKALES\n\n\
         Radweg nach Oberried kommt\nRadweg nach Oberried kommt\n\n{BODY}"
    );
    assert_eq!(
        repair(&page),
        format!("Lindenauer Wochenblatt · Donnerstag, 13. März 2025 · Seite 9\n\nLOKALES\n\nRadweg nach Oberried kommt\n\n\n{BODY}")
    );
}

#[test]
fn a_headline_printed_twice_between_blank_lines_is_evidence() {
    let page = format!(
        "{BODY}\nUludağ yolu geceleri aydınlanacak\nUludağ yolu geceleri aydınlanacak\n\n{BODY}"
    );
    assert_eq!(
        repair(&page),
        format!("{BODY}\nUludağ yolu geceleri aydınlanacak\n\n\n{BODY}")
    );
    let page =
        format!("{BODY}\n山城區夜市延長營業至凌晨兩時\n山城區夜市延長營業至凌晨兩時\n\n{BODY}");
    assert_eq!(
        repair(&page),
        format!("{BODY}\n山城區夜市延長營業至凌晨兩時\n\n\n{BODY}")
    );
    // Too few words, or text going on under it: a cell or a refrain.
    for page in [
        format!("{BODY}\nSunny and very warm\nSunny and very warm\n\n{BODY}"),
        format!("{BODY}\nWe shall overcome someday\nWe shall overcome someday\n{BODY}"),
    ] {
        assert_eq!(repair(&page), page);
    }
}

#[test]
fn heading_pair_traps_survive() {
    let weak = "\n備備註註：：無\n";
    for page in [
        // Alone, a pair may be a repeated cell or a refrain.
        format!("{BODY}\n誰來整理書櫃\n誰來整理書櫃\n\n{BODY}"),
        "我愛這片土地。\n\n我親愛的祖國啊\n我親愛的祖國啊\n".to_owned(),
        // Its own doubling is not other evidence.
        format!("{BODY}\n天天開開心心\n天天開開心心\n\n{BODY}"),
        // A sentence said twice, with company.
        format!("{BODY}\nLe sang est prélevé.\nLe sang est prélevé.\n\n{BODY}{weak}"),
        // Sentence marks inside.
        format!("{BODY}\n誰來，整理書櫃\n誰來，整理書櫃\n\n{BODY}{weak}"),
        // A table column: among other short cells.
        format!("{BODY}\n場地\n維多利亞公園\n維多利亞公園\n九龍公園\n\n{BODY}{weak}"),
        format!("{BODY}\n維多利亞公園\n維多利亞公園\n九龍公園\n\n{BODY}{weak}"),
        // A refrain that recurs, a running header.
        format!("我親愛的祖國啊\n我親愛的祖國啊\n\n{BODY}\n我親愛的祖國啊\n{weak}"),
        format!("THE DAILY NEWS\nTHE DAILY NEWS\n\n{BODY}\u{c}THE DAILY NEWS\n{weak}"),
        // Copies on two pages.
        format!("{BODY}\nTHE DAILY NEWS\n\u{c}THE DAILY NEWS\n\n{BODY}{weak}"),
        // Too short, periodic, no letters.
        format!("{BODY}\n書櫃\n書櫃\n\n{BODY}{weak}"),
        format!("{BODY}\n研究研究研究\n研究研究研究\n\n{BODY}{weak}"),
        format!("{BODY}\n2024-12-15\n2024-12-15\n\n{BODY}{weak}"),
    ] {
        // Nothing else is strong: had the pair counted, the label
        // would have gone too.
        assert_eq!(repair(&page), page);
    }
}

#[test]
fn legitimate_repetition_on_a_page_with_a_doubled_heading() {
    // The doubled heading shows doubling for the page; the body's
    // reduplications and repeats are still no candidates.
    let body = "他們高高興興地回家了，天天都是好日子。謝謝你的幫忙。\n2011 年年度报告，婆婆說大大增强了物质质量。嘻嘻嘻嘻嘻嘻。\n我們研究研究再說。\n";
    let page =
        format!("社社區區書書櫃櫃遍遍地地開開花花\n\n{body}\n志志工工輪輪班班維維護護\n\n{body}");
    assert_eq!(
        repair(&page),
        format!("社區書櫃遍地開花\n\n{body}\n志工輪班維護\n\n{body}")
    );
}

#[test]
fn filler_line_cut_twice_survives() {
    let page = "工作經驗工作經驗工作經驗工作經驗工作經\n驗工作經驗工作經驗工作\n";
    assert_eq!(repair(page), page);
    let page = "工作經驗工作經驗工作經驗工作經驗工作經\n工作經驗工作經驗工\n";
    assert_eq!(repair(page), page);
}

#[test]
fn running_header_and_word_lists_survive() {
    let page = "THE DAILY NEWS\nFirst story here.\nTHE DAILY NEWS\nSecond story.\n";
    assert_eq!(repair(page), page);
    let list = "Paris\nParis\nLondon\nLondon\n";
    assert_eq!(repair(list), list);
    let many = "----------\n".repeat(1000);
    assert_eq!(repair(&many), many);
}

const LEDE: &str = "Patients and visitors at Kingsmead General\nwill no longer pay to park from next month,\nthe health trust announced yesterday.\n";
const NEXT: &str = "\nThe trust said the money raised by the charges\nwould be replaced by savings on agency staff.\n";

#[test]
fn passage_printed_twice_as_a_block() {
    let want = format!("{LEDE}{NEXT}");
    // Back to back, and with blank lines between the copies.
    for between in ["", "\n", "\n\n", " \n"] {
        let page = format!("{LEDE}{between}{LEDE}{NEXT}");
        assert_eq!(nonws(&repair(&page)), nonws(&want), "{page}");
    }
    // The later copy goes line by line, its trimmed text only.
    let page = format!("{LEDE}{LEDE}{NEXT}");
    let lines: Vec<Line> = LineIndices::new(&page).collect();
    let edits = find_doubled(&page, &lines, &Options::new());
    let spans: Vec<_> = edits.iter().map(|e| e.span.clone()).collect();
    assert_eq!(
        spans,
        (3..6).map(|i| lines[i].trimmed.clone()).collect::<Vec<_>>()
    );
    assert!(edits.iter().all(|e| e.reason == WHY_BLOCK));
    // Two lines; eight lines; four copies; ideographs.
    let two = "The council voted late on Tuesday to close\nthe depot on Mill Lane.\n";
    assert_eq!(repair(&format!("{two}{two}")), format!("{two}\n\n"));
    let eight: String = (1..=8)
        .map(|i| format!("line {i} of a long bold passage set in a column\n"))
        .collect();
    assert_eq!(
        nonws(&repair(&format!("{eight}\n{eight}{NEXT}"))),
        nonws(&format!("{eight}{NEXT}"))
    );
    assert_eq!(
        nonws(&repair(&format!("{LEDE}{LEDE}\n{LEDE}{LEDE}{NEXT}"))),
        nonws(&want)
    );
    let zh = "住在大同區的陳太太常常帶孫子來換書。\n她說，孩子原本不愛看書，現在每個星期都吵\n";
    assert_eq!(
        nonws(&repair(&format!("{zh}{zh}\n{BODY}"))),
        nonws(&format!("{zh}{BODY}"))
    );
    // A CJK headline of two short lines: an ideograph holds two
    // letters' text.
    let head = "代打森下の一打で\nオーシャンズ逆転勝ち\n";
    assert_eq!(
        nonws(&repair(&format!("スポーツ\n\n{head}{head}\n{BODY}"))),
        nonws(&format!("スポーツ\n\n{head}\n{BODY}"))
    );
    // Lines doubled one by one inside a passage printed twice: four
    // impressions.
    let quad = "The council voted late on Tuesday to close\nThe council voted late on Tuesday to close\nthe depot on Mill Lane.\nthe depot on Mill Lane.\n";
    assert_eq!(nonws(&repair(&format!("{quad}{quad}"))), nonws(two));
    // Line-by-line repeats stay the line-level rule's.
    let lines = "Patients and visitors at Kingsmead General\nPatients and visitors at Kingsmead General\nwill no longer pay to park from next month,\nwill no longer pay to park from next month,\n";
    assert_eq!(
        nonws(&repair(lines)),
        nonws("Patients and visitors at Kingsmead General\nwill no longer pay to park from next month,\n")
    );
}

#[test]
fn passage_copy_is_evidence_for_the_page() {
    let weak = "\n備備註註：：無\n";
    let page = format!("{LEDE}{LEDE}{NEXT}{weak}");
    assert_eq!(
        nonws(&repair(&page)),
        nonws(&format!("{LEDE}{NEXT}\n備註：無\n"))
    );
}

#[test]
fn passage_copy_is_not_compared_with_its_original() {
    // The first line of the copy extends the last line of the original:
    // no partial copy; the original stays whole.
    let a = "Patients and visitors at Kingsmead General\nwill no longer pay to park from next month,\nPatients\n";
    let page = format!("{a}{a}{NEXT}");
    assert_eq!(repair(&page), format!("{a}\n\n\n{NEXT}"));
}

#[test]
fn passage_guard_page_break() {
    // A running footer and header around a page break, and copies on
    // two pages.
    let header = "THE KINGSMEAD GAZETTE, TUESDAY MARCH 5\nNEWS IN BRIEF FROM AROUND THE REGION\n";
    for page in [
        format!("{header}\u{c}{header}{NEXT}"),
        format!("{header}\n\u{c}\n{header}{NEXT}"),
        format!("{LEDE}\u{c}{LEDE}{NEXT}"),
        format!("{LEDE}\n\u{c}\n{LEDE}{NEXT}"),
    ] {
        assert_eq!(repair(&page), page, "{page}");
    }
    // A page break before the first copy is no break between them.
    let page = format!("\u{c}{LEDE}{LEDE}{NEXT}");
    assert_eq!(nonws(&repair(&page)), nonws(&format!("{LEDE}{NEXT}")));
}

#[test]
fn passage_guard_refrain_and_patterns() {
    let refrain = "Rule, Britannia! Britannia, rule the waves:\nBritons never will be slaves.\n";
    let verse = "When Britain first, at Heaven's command,\nArose from out the azure main;\n";
    for page in [
        // A refrain that recurs on the page.
        format!("{verse}\n{refrain}\n{refrain}\n{verse}\n{refrain}"),
        format!("{refrain}{refrain}{verse}{refrain}"),
        // Five copies, or copies inside a longer run of the period.
        refrain.repeat(5),
        format!("Britons never will be slaves.\n{refrain}{refrain}"),
        format!("{refrain}{refrain}Rule, Britannia! Britannia, rule the waves:\n"),
        // A line of the passage missing from one copy.
        format!("{LEDE}\n{}", &LEDE[..LEDE.rfind("the").unwrap()]),
        // A blank line inside a copy: no run of consecutive lines.
        format!("{verse}\n{refrain}{verse}\n{refrain}"),
    ] {
        assert_eq!(repair(&page), page, "{page}");
    }
}

#[test]
fn passage_guard_too_little_text() {
    for page in [
        // A pair of table rows: figures and column gaps.
        "Kingsmead     12   4   3   38\nMill Lane     12   3   5   31\nKingsmead     12   4   3   38\nMill Lane     12   3   5   31\n",
        "1,204.50  1,198.25  +6.25\n  988.10    990.40  -2.30\n1,204.50  1,198.25  +6.25\n  988.10    990.40  -2.30\n",
        // Short labels and cells.
        "Name:\nAddress:\nName:\nAddress:\n",
        "Home team\nAway team\nHome team\nAway team\n",
        "Contact the trust by telephone:\nor in writing:\nContact the trust by telephone:\nor in writing:\n",
        // Under twenty characters.
        "Kingsmead General\nMill\nKingsmead General\nMill\n",
        "市府去年在公園\n捷運站\n市府去年在公園\n捷運站\n",
    ] {
        assert_eq!(repair(page), page, "{page}");
    }
}

#[test]
fn runs_printed_twice_inside_a_line_go_where_the_page_shows_doubling() {
    let page = "深港科技合作區深港科技合作區\n今年最重要的工作是前海港區擴建工程前海港區擴建工程，預計明年完成。\n\
                研究研究再說，我們天天見面，高高興興。\n\
                the mayor said The Harbour Authority The Harbour Authority said so.\n";
    assert_eq!(
        repair(page),
        "深港科技合作區\n今年最重要的工作是前海港區擴建工程，預計明年完成。\n\
         研究研究再說，我們天天見面，高高興興。\n\
         the mayor said The Harbour Authority said so.\n"
    );
    // Without doubling elsewhere on the page, a line is left alone.
    let page = "今年最重要的工作是前海港區擴建工程前海港區擴建工程，預計明年完成。\n";
    assert_eq!(repair(page), page);
    // Linear on hostile lines: a few characters over and over.
    let line =
        "深港科技合作區深港科技合作區\n".to_owned() + &"甲乙丙丁戊己庚".repeat(20_000) + "\n";
    let _ = repair(&line);
}

#[test]
fn stray_marks_between_lines_of_words_go() {
    let noise = |page: &str| -> Vec<String> {
        let lines: Vec<Line> = LineIndices::new(page).collect();
        find_noise(page, &lines, &Options::new())
            .iter()
            .map(|e| page[e.span.clone()].to_owned())
            .collect()
    };
    assert_eq!(noise("flax mill, which\n.\nfor some time\n"), ["."]);
    assert_eq!(noise("会場には多くの人が\n・\n訪れた。\n"), ["・"]);
    // A CJK stop or comma carried onto its own line ends the line above.
    assert!(noise("約一小時將火救熄\n。\n事件中共有九人\n").is_empty());
    assert!(noise("多名住客\n，\n被困。\n").is_empty());
    assert_eq!(noise("將火救熄。\n。\n事件中共有九人\n"), ["。"]);
    let doc = crate::clean("約一小時將火救熄\n。\n　事件中共有九人。\n");
    assert_eq!(doc.to_text(), "約一小時將火救熄。\n\n事件中共有九人。\n");
    assert_eq!(
        noise("THE GAZETTE.\n|\nLOCAL NEWS.\n\n—\n\nFire at the mill.\n"),
        ["|", "—"]
    );
    // Section breaks, bullets, marks at the edges of the text, and two
    // in a row stay.
    for page in [
        "One.\n* * *\nTwo.\n",
        "One.\n•\nTwo.\n",
        "|\nText.\n",
        "Text.\n.\n",
        "a\n|\n|\nb\n",
    ] {
        assert!(noise(page).is_empty(), "{page:?}");
    }
    // A mark ending a line after a sentence's end, with its spaces.
    assert_eq!(
        noise("suivre un stage de citoyen-\nneté.    ~\n"),
        ["    ~"]
    );
    assert_eq!(noise("因此從重量刑。·\n"), ["·"]);
    // Not mid-sentence, nor a table's rule.
    for page in ["a ~\n", "| Total. |\n", "Its name was Tilde ~ ok.\n"] {
        assert!(noise(page).is_empty(), "{page:?}");
    }
    let doc = crate::clean("Il devra suivre un stage.  ~\n");
    assert_eq!(doc.to_text(), "Il devra suivre un stage.\n");
    assert_eq!(doc.reconstruct(), "Il devra suivre un stage.  ~\n");
    let page = "flax mill, which\n.\nfor some time\n";
    let lines: Vec<Line> = LineIndices::new(page).collect();
    assert!(find_noise(page, &lines, &Options::new().remove_noise(false)).is_empty());
    let doc = crate::clean(page);
    assert_eq!(doc.to_text(), "flax mill, which for some time\n");
    assert_eq!(doc.reconstruct(), page);
    assert!(doc.repairs().iter().any(|r| r.kind() == RepairKind::Noise));
}

#[test]
fn switch_off() {
    let s = "深港合作深港合作，，新篇章新篇章\n";
    assert_eq!(repair_with(s, &Options::new().repair_doubling(false)), s);
}

#[test]
fn degenerate_inputs_are_fast_and_safe() {
    let long = "年".repeat(1_000_000);
    assert_eq!(repair(&long), long);
    let ab = "ab".repeat(1_000_000);
    assert_eq!(repair(&ab), ab);
    let doubled: String = "前海作為粵港澳大灣區".repeat(2).repeat(20_000);
    let _ = repair(&doubled);
    for s in ["", "\n", "a", "aa", "\u{3000}", "é\r\né", "\u{c}x\u{c}x"] {
        let _ = repair(s);
    }
    // Lines repeating with short periods: patterns, tried in bounded
    // steps each.
    for period in 1..=10 {
        let page: String = (0..period)
            .map(|i| format!("line {i} of a passage that repeats over and over\n"))
            .collect::<String>()
            .repeat(200_000 / period);
        assert!(repair(&page) == page);
    }
    // Thousands of passages printed twice, all repaired.
    let mut page = String::new();
    let mut want = String::new();
    for i in 0..20_000 {
        let block = format!(
            "Passage {i} was set in bold type\nand printed twice ({i}) by the extractor.\n"
        );
        page.push_str(&block);
        page.push_str(&block);
        page.push('\n');
        want.push_str(&block);
    }
    assert!(nonws(&repair(&page)) == nonws(&want));
}

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    if !dir.is_dir() {
        return;
    }
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ink_") && n.ends_with(".txt") && !n.ends_with(".clean.txt"))
        .collect();
    names.sort();
    let mut failed = Vec::new();
    for name in &names {
        let input = std::fs::read_to_string(dir.join(name)).unwrap();
        let clean = std::fs::read_to_string(dir.join(name.replace(".txt", ".clean.txt"))).unwrap();
        let got = nonws(&repair(&input));
        if got != nonws(&clean) {
            eprintln!("{name}: got\n{got}\nwant\n{}", nonws(&clean));
            failed.push(name.clone());
        }
    }
    assert!(failed.is_empty(), "ink fixtures failed: {failed:?}");

    // The hk page: the fake-bold lede (lines 47-79) repaired, nothing else touched.
    let input = std::fs::read_to_string(dir.join("hk-two-articles.txt")).unwrap();
    let golden = std::fs::read_to_string(dir.join("hk-two-articles.golden.jsonl")).unwrap();
    let lines: Vec<Line> = LineIndices::new(&input).collect();
    let edits = find_doubled(&input, &lines, &Options::new());
    let lede = lines[46].content.start..lines[78].next;
    for e in &edits {
        assert!(
            e.span.start >= lede.start && e.span.end <= lede.end,
            "edit outside the lede: {:?}",
            &input[e.span.clone()]
        );
    }
    let inside: Vec<Edit> = edits
        .iter()
        .map(|e| Edit {
            span: e.span.start - lede.start..e.span.end - lede.start,
            ..e.clone()
        })
        .collect();
    let repaired = nonws(&apply(&input[lede.clone()], &inside));
    let want = golden
        .lines()
        .find(|l| l.contains("\"lines\": [47, 79]"))
        .and_then(|l| l.split("\"text\": \"").nth(1))
        .and_then(|t| t.split('"').next())
        .expect("golden lede block");
    assert_eq!(repaired, nonws(want));
}

#[test]
fn a_headline_printed_twice_under_its_label_goes_though_its_deck_is_narrower() {
    let page = "                    サッカー　東西リーグ第３節\n      鷹見ＦＣ、終了間際に逆転\n      鷹見ＦＣ、終了間際に逆転\n\
                \x20             新加入の森下が２発\n\n　東西リーグは１０日、各地で第３\n節の４試合を行った。\n";
    assert_eq!(
        repair(page),
        page.replacen(
            "逆転\n      鷹見ＦＣ、終了間際に逆転\n",
            "逆転\n      \n",
            1
        )
    );
    // Not in the text's body, where a repeated line with a comma may be
    // verse or a table's cell.
    let body = "　東西リーグは１０日、各地で第３\n節の４試合を行った。\n鷹見ＦＣ、終了間際に逆転\n鷹見ＦＣ、終了間際に逆転\n新加入の森下が２発\n";
    assert_eq!(repair(body), body);
}

#[test]
fn a_headline_printed_twice_as_one_stream_across_its_lines_is_repaired() {
    // The whole run twice, the second copy cut by the line break.
    assert_eq!(
        repair("日報 A07\n\n老街書店終於重新開張老街\n書店終於重新開張\n\n記者 周文\n"),
        "日報 A07\n\n老街書店終於重新開張\n\n\n記者 周文\n"
    );
    // Every character twice, a pair cut by the line break.
    assert_eq!(
        repair("\nAAII熱熱潮潮帶帶動動科\n科技技股股造造好好\n\n恒指收市升逾三百點。\n"),
        "\nAI熱潮帶動科\n技股造好\n\n恒指收市升逾三百點。\n"
    );
    // Legitimate repetition is no stream printed twice: a line repeated
    // alone (the line-level rule's), a short reduplication.
    assert_eq!(
        repair("\n研究研究\n討論討論\n\n"),
        "\n研究研究\n討論討論\n\n"
    );
    assert_eq!(
        repair("\n天天向上\n天天向上\n\n好好學習。\n"),
        "\n天天向上\n天天向上\n\n好好學習。\n"
    );
}

#[test]
fn review_18_groups_printed_twice_keep_chants_and_figures() {
    // F12: a chant repeated, a row of figures, are no stream printed twice.
    assert_eq!(
        repair("球迷赛后高喊\n\n中国队加油！中国\n队加油！\n\n昨晚数万名球迷齐声高喊。\n"),
        "球迷赛后高喊\n\n中国队加油！中国\n队加油！\n\n昨晚数万名球迷齐声高喊。\n"
    );
    assert_eq!(
        repair(
            "Lottozahlen vom Samstag\n\n5 18 23 5\n18 23\n\nDer Jackpot wurde nicht geknackt.\n"
        ),
        "Lottozahlen vom Samstag\n\n5 18 23 5\n18 23\n\nDer Jackpot wurde nicht geknackt.\n"
    );
}

#[test]
fn a_headline_of_short_lines_printed_twice_as_a_block_at_a_page_top_is_repaired() {
    let page = "A1 要聞 香江日報 2025年4月8日 星期二\n\n前海擴區三周年\n港企落戶破六千家\n\
                前海擴區三周年\n港企落戶破六千家\n\n——跨境理財通擴容，首季港資流入按年增32%\n\n\
                \u{3000}\u{3000}前海管理局昨日公布，區內港資企業已突破六千家。\n";
    let doc = crate::clean(page);
    let headings: Vec<&str> = doc
        .blocks()
        .filter(|b| b.kind() == crate::BlockKind::Heading)
        .map(|b| b.text())
        .collect();
    assert_eq!(
        headings,
        [
            "前海擴區三周年港企落戶破六千家",
            "——跨境理財通擴容，首季港資流入按年增32%"
        ]
    );
    // Two short rows printed twice inside the text are no headline.
    let page = "今日比賽結果如下：\n\n東區 3\n沙田 2\n東區 3\n沙田 2\n\n下周再戰。\n";
    let rows = crate::clean(page)
        .blocks()
        .filter(|b| b.text().starts_with("東區"))
        .count();
    assert_eq!(rows, 2);
}

#[test]
fn three_whole_lines_printed_character_by_character_show_doubling() {
    let body = "市中心餐館誠聘廚房幫工，請致電黃小姐。\n";
    let page =
        format!("求求職職廣廣告告\n{body}\n租租屋屋資資訊訊\n{body}\n二二手手傢傢俬俬\n{body}");
    assert_eq!(
        repair(&page),
        format!("求職廣告\n{body}\n租屋資訊\n{body}\n二手傢俬\n{body}")
    );
    // Two are too few: reduplicated words may stand alone on a line.
    let two = format!("高高興興快快樂樂\n{body}\n乾乾淨淨整整齊齊\n{body}");
    assert_eq!(repair(&two), two);
    // Nor do two words said twice each count, one to a line or not.
    for words in [
        "爺爺奶奶\n爸爸媽媽\n哥哥姐姐\n",
        "平平安安\n快快樂樂\n健健康康\n",
        "爸爸\n媽媽\n哥哥\n姐姐\n",
        "平平安安快快樂樂健健康康\n開開心心高高興興順順利利\n",
    ] {
        assert_eq!(repair(words), words);
    }
    // Two lines of seven different characters or more are enough.
    let two = format!("立立法法院院三三讀讀通通過過\n長長照照保保險險法法草草案案\n\n{body}");
    assert_eq!(
        repair(&two),
        format!("立法院三讀通過\n長照保險法草案\n\n{body}")
    );
}

#[test]
fn a_name_printed_twice_over_the_notice_opening_with_it_keeps_one_copy() {
    let page = "DEATH NOTICES\nDEATH NOTICES\n\nRuth Ann Moss\nRuth Ann Moss\n\
                Ruth Ann Moss, 90, of Elm Creek died Monday at her home.\n";
    assert_eq!(
        repair(page),
        "DEATH NOTICES\n\n\nRuth Ann Moss\n\nRuth Ann Moss, 90, of Elm Creek died Monday at her home.\n"
    );
}

#[test]
fn review_20_a_labels_copies_over_its_value_all_go() {
    let page = "ＣＯＮＣＬＵＳＩＯＮ\nTThhee  rreeppoorrtt  iiss  ffiinnaall..\nConclusion:\nConclusion:\n\
                Conclusion: the results confirm the hypothesis.\n";
    assert_eq!(
        repair(page).matches("Conclusion:").count(),
        1,
        "{}",
        repair(page)
    );
}

#[test]
fn a_headline_on_two_lines_each_printed_twice_is_repaired() {
    let s = "南岸日報 地方新聞 2025年3月4日 星期二\n\n\n大肚山輕軌\n大肚山輕軌\n綜合規劃核定\n綜合規劃核定\n\n\
             市府昨日宣布，輕軌綜合規劃已獲核定，預計明年完成基本設計。\n";
    assert_eq!(
        repair(s),
        "南岸日報 地方新聞 2025年3月4日 星期二\n\n\n大肚山輕軌\n\n綜合規劃核定\n\n\n\
         市府昨日宣布，輕軌綜合規劃已獲核定，預計明年完成基本設計。\n"
    );
    // Two refrains of a song, each sung twice, stand among other lines:
    // no headline.
    let song = "我們唱著歌。\n山上的花\n山上的花\n水裡的魚\n水裡的魚\n大家一起唱。\n";
    assert_eq!(repair(song), song);
    // Nor is a pair of short lines with a clause mark one.
    let rows = "前文已完。\n\n甲，乙\n甲，乙\n丙，丁\n丙，丁\n\n下文。\n";
    assert_eq!(repair(rows), rows);
}
