//! Unit tests of the join stage: blocks and the text they give.

use crate::{clean, RepairKind};

fn text(s: &str) -> String {
    clean(s)
        .blocks()
        .map(|b| b.text().to_owned())
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn cjk_joins_without_space_latin_with_one() {
    assert_eq!(
        text("在歷屆賽事之中，除了\n1952年的那次以外，這是第一\n次。\n"),
        "在歷屆賽事之中，除了1952年的那次以外，這是第一次。"
    );
    assert_eq!(
        text("The Apple\nLisa was a computer of\nits time.\n"),
        "The Apple Lisa was a computer of its time."
    );
}

#[test]
fn a_number_split_inside_cjk_text_is_closed_up() {
    assert_eq!(
        text("法院查明，2023年3月至1\n1月间，罗某注册账号，发布了3.\n5万条广告。\n"),
        "法院查明，2023年3月至11月间，罗某注册账号，发布了3.5万条广告。"
    );
    // Between Latin words, or with Latin text on one side, numbers part.
    assert_eq!(
        text("Rooms 12\n14 and 16 are shut.\n"),
        "Rooms 12 14 and 16 are shut."
    );
    assert_eq!(text("第3章 Page 12\n14 lines\n"), "第3章 Page 12 14 lines");
}

#[test]
fn a_cjk_heading_broken_inside_a_quotation_joins_without_a_space() {
    let page = "「本屋がない町で\n子どもは育たない」\n\n　町の書店が閉じてから三年、住民が集まり本棚を作った。\n";
    assert_eq!(
        clean(page).blocks().next().unwrap().text(),
        "「本屋がない町で子どもは育たない」"
    );
}

#[test]
fn hyphens_are_decided_by_case_conjunction_and_page() {
    assert_eq!(
        text("Sie be⸗\nfanden ſich in der Unterſuchungs⸗\nKommißion, der Erziehungs⸗\nund Bildungsanſtalt.\n"),
        "Sie befanden ſich in der Unterſuchungs⸗Kommißion, der Erziehungs⸗ und Bildungsanſtalt."
    );
    // Compound adjectives of common English parts keep their hyphen.
    assert_eq!(
        text(
            "a long-\nterm plan for a state-\nowned port, a state-\nment and a high-\nway today.\n"
        ),
        "a long-term plan for a state-owned port, a statement and a highway today."
    );
    assert_eq!(
        text("for drink-\ndriving, a hat-\ntrick by a co-\nordinator at half-\ntime, not a hatred.\n"),
        "for drink-driving, a hat-trick by a co-ordinator at half-time, not a hatred."
    );
    assert_eq!(
        text("the long-\nawaited baths, a well-\nknown and far-\nreaching plan, short-\nened hours.\n"),
        "the long-awaited baths, a well-known and far-reaching plan, shortened hours."
    );
    assert_eq!(
        text("the low-\nlying farms, a high-\nrise and a low-\nland.\n"),
        "the low-lying farms, a high-rise and a lowland."
    );
    // One letter before it: the word's own hyphen; `great-` kin.
    assert_eq!(
        text("via e-\npost, an x-\nray and her great-\ngrandson, a great-\nness.\n"),
        "via e-post, an x-ray and her great-grandson, a greatness."
    );
    // A vowel alone may be a syllable: `e-` / `lezioni`, `a-` / `perto`.
    assert_eq!(
        text("dopo le e-\nlezioni sarà a-\nperto.\n"),
        "dopo le elezioni sarà aperto."
    );
    assert_eq!(
        text("na próxima quarta-\nfeira, na feira.\n"),
        "na próxima quarta-feira, na feira."
    );
    // A part in lowercase without a vowel is an abbreviation's, no
    // syllable's (not in Czech, whose `r` makes one).
    assert_eq!(
        text("musiken till en tv-\nserie om flottningen och ett pc-\nspel.\n"),
        "musiken till en tv-serie om flottningen och ett pc-spel."
    );
    // Not words that end as an infinitive and a pronoun do.
    assert_eq!(
        text("o programa de apoio às famílias conver-\nte as ajudas numa única medida, que não\nhá, e o ministro afir-\nme que não há uma solução.\n"),
        "o programa de apoio às famílias converte as ajudas numa única medida, que não há, e o ministro afirme que não há uma solução."
    );
    assert_eq!(
        text("une politesse qui frisait la petite-\nment mesquine, la petites-\nse de ses arguments.\n"),
        "une politesse qui frisait la petitement mesquine, la petitesse de ses arguments."
    );
    // So do a Spanish axis and a range's dash after a year.
    assert_eq!(
        text("el tráfico en el eje norte-\nsur del centro ha crecido.\n"),
        "el tráfico en el eje norte-sur del centro ha crecido."
    );
    // So do words reduplicated with a vowel changed.
    assert_eq!(
        text("per on van xino-\nxano els turistes, fent zig-\nzag.\n"),
        "per on van xino-xano els turistes, fent zig-zag."
    );
    // So do Polish colours' combining forms.
    assert_eq!(
        text("Peron ma wiatę, windę i biało-\nczerwone barwy, a to jest nowy przystanek i jest też wiata.\n"),
        "Peron ma wiatę, windę i biało-czerwone barwy, a to jest nowy przystanek i jest też wiata."
    );
    // So do `eco-` / `friendly` and `italo-` / `tedesco`.
    assert_eq!(
        text("well-lit and eco-\nfriendly, not un-\nfriendly; il gruppo italo-\ntedesco.\n"),
        "well-lit and eco-friendly, not unfriendly; il gruppo italo-tedesco."
    );
    // French kin keep theirs (`grand-` / `père`, not `grand-` / `father`).
    assert_eq!(
        text("durant lequel le grand-\npère perd son troupeau, his grand-\nfather said.\n"),
        "durant lequel le grand-père perd son troupeau, his grandfather said."
    );
    // French kin keep theirs.
    assert_eq!(
        text("se souvient son petit-\nfils Antoine et ses petits-\nenfants.\n"),
        "se souvient son petit-fils Antoine et ses petits-enfants."
    );
    // A Portuguese infinitive before a bound pronoun keeps its hyphen.
    assert_eq!(
        text("A assembleia não vai realizar-\nse na sede da associação, que não\ntem lugar para uma reunião.\n"),
        "A assembleia não vai realizar-se na sede da associação, que não tem lugar para uma reunião."
    );
    // A verb before two bound pronouns keeps its hyphen; a word split
    // inside a compound does not.
    assert_eq!(
        text("Els grans voldríem treure-\nse-les de tant en tant, na quar-\nta-feira.\n"),
        "Els grans voldríem treure-se-les de tant en tant, na quarta-feira."
    );
    // German splits a word before `-en`.
    assert_eq!(
        text("die Rechte der Frau-\nen in der Stadt.\n"),
        "die Rechte der Frauen in der Stadt."
    );
    // Two nations' adjectives keep their hyphen; other words close up.
    assert_eq!(
        text("un fondo italo-\nfrancese e un accordo franco-\nespañol, non franco-\nphone.\n"),
        "un fondo italo-francese e un accordo franco-español, non francophone."
    );
    assert_eq!(
        text("de capital hispano-\nfrancés.\n"),
        "de capital hispano-francés."
    );
    // Swedish elides a part before `och`; Portuguese prefixes keep it.
    assert_eq!(
        text("Det är det som gör det svårt, säger han, och det blir dyrt för att tunnelbane-\noch busstrafiken ska kunna utökas.\n"),
        "Det är det som gör det svårt, säger han, och det blir dyrt för att tunnelbane- och busstrafiken ska kunna utökas."
    );
    // Not on an English page.
    assert_eq!(
        text("The weary trav-\neller reached the inn at night.\n"),
        "The weary traveller reached the inn at night."
    );
    assert_eq!(
        text("Os visitantes serão bem-\nvindos a partir das 7h.\n"),
        "Os visitantes serão bem-vindos a partir das 7h."
    );
    // Dutch elides a compound part before `en` (and), on a Dutch page.
    assert_eq!(
        text("het rapport van de milieu-\nen gezondheidsdienst is een van de stukken en het\nbeleid van de stad is een zaak van de raad en het college.\n"),
        "het rapport van de milieu- en gezondheidsdienst is een van de stukken en het beleid van de stad is een zaak van de raad en het college."
    );
    // Elided parts before Polish, Czech, Hungarian and Romanian
    // conjunctions; a French compound after `après`.
    assert_eq!(
        text("szkoły dwu-\ni trzyletnie, kis-\nés középvállalkozások, ceho-\nslovacký, malo-\na středně velké, agro-\nși zootehnie, un après-\nmidi.\n"),
        "szkoły dwu- i trzyletnie, kis- és középvállalkozások, cehoslovacký, malo- a středně velké, agro- și zootehnie, un après-midi."
    );
    // Portuguese binds a pronoun to a verb in the past or the plural.
    assert_eq!(
        text("realizou-\nse uma pesquisa e vende-\nram-se casas; a ro-\nse.\n"),
        "realizou-se uma pesquisa e venderam-se casas; a rose."
    );
    // Romance adjectives in `-ico` paired; fractions; a French subject
    // pronoun after its verb only.
    assert_eq!(
        text("un curso teórico-\npráctico y un políti-\nco; roughly two-\nthirds; peux-\ntu venir? Według projek-\ntu uchwały.\n"),
        "un curso teórico-práctico y un político; roughly two-thirds; peux-tu venir? Według projektu uchwały."
    );
    assert_eq!(
        text("prendre rendez-\nvous en ligne.\n"),
        "prendre rendez-vous en ligne."
    );
    // A Norwegian name the page writes on its own keeps its hyphen.
    assert_eq!(
        text("Mange bor i Oslo og jobber der. De overnatter hos venner i Oslo-\nområdet og tar bussen hjem, og det er dyrt.\n"),
        "Mange bor i Oslo og jobber der. De overnatter hos venner i Oslo-området og tar bussen hjem, og det er dyrt."
    );
    // `to` between compounds' parts, not an Italian syllable; a
    // Romanian compass point.
    assert_eq!(
        text("a one-\nto two-year plan; ha elogia-\nto la difesa a nord-\nvest.\n"),
        "a one- to two-year plan; ha elogiato la difesa a nord-vest."
    );
    // A number before a unit; a Hungarian numeral shared out; a
    // Dutch part elided before `en`, though the page writes the word
    // whole.
    assert_eq!(
        text("a five-\nstorey block, egy-\negy hinta.\n"),
        "a five-storey block, egy-egy hinta."
    );
    assert_eq!(
        text("het rapport over de fietsen is een stuk van het\nbeleid van een stad: de fiets-\nen voetgangersbrug is een zaak van de raad.\n"),
        "het rapport over de fietsen is een stuk van het beleid van een stad: de fiets- en voetgangersbrug is een zaak van de raad."
    );
    // Catalan pronouns and tens, a Croatian adjective, a Maltese
    // article, a case ending after an abbreviation, an adverb before a
    // participle.
    assert_eq!(
        text("amb els veïns, amb els nens: vol donar-\nli una vida; les quaranta-\ndues parades; a per-\nla.\n"),
        "amb els veïns, amb els nens: vol donar-li una vida; les quaranta-dues parades; a perla."
    );
    assert_eq!(text("sono trenta-\ndue.\n"), "sono trentadue.");
    assert_eq!(
        text("the single-\ncelled organism; dash-\ncam footage; a walk-\nin clinic; com ar-\ncondicionado.\n"),
        "the single-celled organism; dash-cam footage; a walk-in clinic; com ar-condicionado."
    );
    assert_eq!(
        text("l'assistenza socio-\nsanitaria e la socio-\nlogia, il contesto socio-\nlogico.\n"),
        "l'assistenza socio-sanitaria e la sociologia, il contesto sociologico."
    );
    assert_eq!(
        text("im Rathaus kosten-\nlos beraten; para parti-\nlos logo.\n"),
        "im Rathaus kostenlos beraten; para parti-los logo."
    );
    assert_eq!(
        text("Agrisky, a four-year-\nold start-up, and a two-day-\nlong fair.\n"),
        "Agrisky, a four-year-old start-up, and a two-day-long fair."
    );
    // Or in figures, on an English page; German splits such a word.
    assert_eq!(
        text(
            "Then the rookie, a 22-year-\nold who was playing in the minors, and the manager \
              hit the ball.\n"
        ),
        "Then the rookie, a 22-year-old who was playing in the minors, and the manager hit \
         the ball."
    );
    // (But a word split after the number's unit closes up: `40-kilo-` /
    // `metre`.)
    assert_eq!(
        text(
            "The race, a 40-kilo-\nmetre loop, and the 5-million-\ndollar prize drew the \
              crowds.\n"
        ),
        "The race, a 40-kilometre loop, and the 5-million-dollar prize drew the crowds."
    );
    assert_eq!(
        text("Der 38-jähri-\ngen Fahrerin und der Polizei ist nichts passiert.\n"),
        "Der 38-jährigen Fahrerin und der Polizei ist nichts passiert."
    );
    // Finnish compounds whose parts meet at one vowel.
    assert_eq!(
        text("Päätös oli selvä, ja oppilaat ovat koulussa myös kesällä ja talvella. Hänen mukaansa he istuvat linja-\nautossa, ja kou-\nlu on kiinni.\n"),
        "Päätös oli selvä, ja oppilaat ovat koulussa myös kesällä ja talvella. Hänen mukaansa he istuvat linja-autossa, ja koulu on kiinni."
    );
    // German writes `ja` too, and splits there.
    assert_eq!(
        text("Das ist ja gut, und das war ja klar. Die Stadt hat ja neue Ide-\nen vorgestellt.\n"),
        "Das ist ja gut, und das war ja klar. Die Stadt hat ja neue Ideen vorgestellt."
    );
    // Romanian, Polish and Czech vowels make syllables as any other.
    assert_eq!(
        text("ne-a pără-\nsit; dęb-\nski; děl-\nník.\n"),
        "ne-a părăsit; dębski; dělník."
    );
    assert_eq!(
        text(
            "a programme of long-\noverdue repairs to the long-\nhaul fleet on hire-\npurchase.\n"
        ),
        "a programme of long-overdue repairs to the long-haul fleet on hire-purchase."
    );
    assert_eq!(
        text("El decorat és el primer encert. Tot i això, és valenta i és llarga: l'hora i quaranta-\ncinc minuts.\n"),
        "El decorat és el primer encert. Tot i això, és valenta i és llarga: l'hora i quaranta-cinc minuts."
    );
    assert_eq!(
        text("blizine hrvatsko-\nslovenske granice i članova HGSS-\na iz Ozlja, čak i žena.\n"),
        "blizine hrvatsko-slovenske granice i članova HGSS-a iz Ozlja, čak i žena."
    );
    assert_eq!(
        text("Il-kalanka mhix għall-\nbejgħ, qal ħafna nies. Ħadd ma qal. a much-\nloved mum.\n"),
        "Il-kalanka mhix għall-bejgħ, qal ħafna nies. Ħadd ma qal. a much-loved mum."
    );
    // A Dutch name the page writes alone, in a compound; not a name
    // split inside.
    assert_eq!(
        text("Eemdijk won en het is een van de mooiste van het seizoen: Eemdijk-\naanvoerder Sander Kool kopte en het werd 2-2 in Alk-\nmaar.\n"),
        "Eemdijk won en het is een van de mooiste van het seizoen: Eemdijk-aanvoerder Sander Kool kopte en het werd 2-2 in Alkmaar."
    );
    // A participle after any noun; a compound going on in hyphens.
    assert_eq!(
        text(
            "a Cardiff-\nbased firm, pipe-\nborne water, a de-\nbased coin, Pont-\nrhyd-y-groes.\n"
        ),
        "a Cardiff-based firm, pipe-borne water, a debased coin, Pont-rhyd-y-groes."
    );
    // Romanian and Portuguese bind a word of one letter with a hyphen.
    assert_eq!(
        text("a declarat într-\no conferință, la cea de-\na XXV-a ediție; encontrou-\no ontem.\n"),
        "a declarat într-o conferință, la cea de-a XXV-a ediție; encontrou-o ontem."
    );
    // A conjunction after the hyphen, but the page writes the word
    // whole: a split word.
    assert_eq!(
        text("Biljetten kostar 40 kronor. Priset är 40 kro-\nnor för vuxna.\n"),
        "Biljetten kostar 40 kronor. Priset är 40 kronor för vuxna."
    );
    // The page writes "well-known" elsewhere: the hyphen stays.
    assert_eq!(
        text("A well-known shop and a well-\nknown cafe were both open.\n"),
        "A well-known shop and a well-known cafe were both open."
    );
    // The page writes "cooperate" whole: the hyphen goes.
    assert_eq!(
        text("They cooperate. They co-\noperate daily with others.\n"),
        "They cooperate. They cooperate daily with others."
    );
}

#[test]
fn a_japanese_headline_wrapped_over_lines_joins_without_spaces() {
    // (A headline in fake bold, each line printed twice, is one.)
    let page = "東京の銀行を辞めた\n東京の銀行を辞めた\n４２歳が小さな島で\n４２歳が小さな島で\n\
                フェリーの船長になるまで\nフェリーの船長になるまで\n\n　銀行を辞めたのは４１歳の春。\n\
                海技学校に通った。\n";
    assert_eq!(
        clean(page).blocks().next().unwrap().text(),
        "東京の銀行を辞めた４２歳が小さな島でフェリーの船長になるまで"
    );
}

#[test]
fn a_chinese_headline_keeps_a_space_between_phrases_but_not_in_a_wrap() {
    let body = "\u{3000}\u{3000}本報記者昨日從市政府獲悉，新區將於下月\n開工建設，預計三年內完成全部工程。\n";
    // (Between stories: at a page's top, a second line is the deck.)
    let first = |page: String| clean(&page).blocks().nth(1).unwrap().text().to_owned();
    // Two phrases set one to a line, about as long, on a page whose
    // heading of one line parts its phrases by a space.
    let spaced = "\n發揮多重身份優勢 積極擔任推動者\n\n";
    assert_eq!(
        first(format!(
            "{body}\n深港市場互聯互通\n釋放巨大協同效應\n\n{body}{spaced}{body}"
        )),
        "深港市場互聯互通 釋放巨大協同效應"
    );
    // The style is the page's: after a form feed, the next page's
    // headings set theirs tight.
    let page =
        format!("{body}{spaced}{body}\u{c}{body}\n深港市場互聯互通\n釋放巨大協同效應\n\n{body}");
    assert!(clean(&page)
        .blocks()
        .any(|b| b.text() == "深港市場互聯互通釋放巨大協同效應"));
    // A page whose headings show no such space closes them up.
    assert_eq!(
        first(format!(
            "{body}\n深港市場互聯互通\n釋放巨大協同效應\n\n{body}"
        )),
        "深港市場互聯互通釋放巨大協同效應"
    );
    // A line that ran out of room.
    assert_eq!(
        first(format!(
            "{body}\n全省首批二十四个智造走廊重点\n项目在新区开工\n\n{body}"
        )),
        "全省首批二十四个智造走廊重点项目在新区开工"
    );
}

#[test]
fn compound_hyphens_stay() {
    assert_eq!(
        text("A state-of-the-\nart depot for the 38-\nyear-old system and a self-\nfunded plan.\n"),
        "A state-of-the-art depot for the 38-year-old system and a self-funded plan."
    );
    assert_eq!(
        text("Le porte-\nparole a compté vingt-\ncinq voix.\n"),
        "Le porte-parole a compté vingt-cinq voix."
    );
    assert_eq!(
        text("Peut-\nêtre, dit-\nil. Ele disse-\nlhes que sim.\n"),
        "Peut-être, dit-il. Ele disse-lhes que sim."
    );
    // A reduplicated word keeps its hyphen; a short syllable repeated
    // in a word split across lines does not.
    assert_eq!(
        text("A festa teve reco-\nreco e bumbo. Tico-\ntico no fubá.\n"),
        "A festa teve reco-reco e bumbo. Tico-tico no fubá."
    );
    assert_eq!(text("A low mur-\nmur rose.\n"), "A low murmur rose.");
    // Repeated after a syllable of its own.
    assert_eq!(
        text("Ljudi će dolaziti malo-\npomalo, najprije vikendom.\n"),
        "Ljudi će dolaziti malo-pomalo, najprije vikendom."
    );
    // Not where a two-letter ending of a split word looks like one.
    assert_eq!(text("Die Ro-\nse blüht.\n"), "Die Rose blüht.");
    // The page writes the word with its hyphen in a name; an ordinal's
    // compound.
    assert_eq!(
        text("Prairie Grain Co-operative said the co-\noperative had a record third-\nquarter.\n"),
        "Prairie Grain Co-operative said the co-operative had a record third-quarter."
    );
    assert_eq!(
        text("The hospital's after-\nhours roster and the after-\nwards.\n"),
        "The hospital's after-hours roster and the afterwards."
    );
    assert_eq!(
        text("A ten-\nyear lease and a seven-\nday week.\n"),
        "A ten-year lease and a seven-day week."
    );
    // A longer part inside a compound that goes on after the break.
    assert_eq!(
        text("He lives in Wells-next-\nthe-Sea, near the US-ameri-\nkanisch border.\n"),
        "He lives in Wells-next-the-Sea, near the US-amerikanisch border."
    );
    // A place's name going on after a particle to a capital.
    assert_eq!(
        text("Ils iront à Estavayer-\nle-Lac et à l'Hôtel-\nde-Ville.\n"),
        "Ils iront à Estavayer-le-Lac et à l'Hôtel-de-Ville."
    );
    // A figure or an ordinal before its compound's part.
    assert_eq!(
        text(
            "Fighting 21st-
century fires in 1990s-
style trucks.
"
        ),
        "Fighting 21st-century fires in 1990s-style trucks."
    );
}

#[test]
fn a_suspended_hyphen_stands_before_als_auch() {
    assert_eq!(
        text("Sowohl die Jugend-\nals auch die Seniorengruppe trainiert. Die Materi-\nals sind neu.\n"),
        "Sowohl die Jugend- als auch die Seniorengruppe trainiert. Die Materials sind neu."
    );
}

#[test]
fn an_english_prefix_keeps_its_hyphen_before_its_own_vowel() {
    let english = "The mayor and the council said the plan and the budget \
                   were agreed, and the chairman, who was re-\nelected, and the co-\n\
                   owner said the pre-\nexisting deal had been re-\nwritten.\n";
    assert_eq!(
        text(english),
        "The mayor and the council said the plan and the budget were agreed, and the \
         chairman, who was re-elected, and the co-owner said the pre-existing deal had \
         been rewritten."
    );
    // Spanish closes such words up.
    let spanish =
        "El alcalde de la ciudad fue re-\nelegido por la mayoría de los votos de la junta.\n";
    assert_eq!(
        text(spanish),
        "El alcalde de la ciudad fue reelegido por la mayoría de los votos de la junta."
    );
}

#[test]
fn an_english_number_keeps_its_hyphen_before_a_noun() {
    let english = "The mayor and the council said the plan and the budget \
                   were agreed, and that it was a two-\npossession game with four-\n\
                   teen minutes left in the third quarter.\n";
    assert_eq!(
        text(english),
        "The mayor and the council said the plan and the budget were agreed, and that it \
         was a two-possession game with fourteen minutes left in the third quarter."
    );
    assert!(super::hyphen::english_number_compound("Three", "year"));
    assert!(!super::hyphen::english_number_compound("seven", "ty"));
    assert!(!super::hyphen::english_number_compound("ten", "sion"));
    assert!(super::hyphen::english_number_compound("top", "six"));
    assert!(!super::hyphen::english_number_compound("some", "one"));
    assert!(!super::hyphen::english_number_compound("of", "ten"));
    // A Portuguese `meio-` / `dia` keeps it too.
    let page =
        "A organização não divulgou uma estimativa. A feira abre às seis e vai até o meio-\n\
                dia de sábado.\n";
    assert!(text(page).contains("até o meio-dia"), "{}", text(page));
}

#[test]
fn layout_padding_collapses_but_doubled_spaces_are_repaired_first() {
    assert_eq!(
        text("The   former  Ashby  cotton  mill will become a\nworkshop and   gallery complex.\n"),
        "The former Ashby cotton mill will become a workshop and gallery complex."
    );
    let doc = clean("TThhee  qquuiicckk  bbrroowwnn  ffooxx  jjuummppeedd..\n");
    assert_eq!(
        doc.blocks().next().unwrap().text(),
        "The quick brown fox jumped."
    );
}

#[test]
fn a_subhead_loses_its_marker_as_a_caption_does() {
    let page = "　　新措施下，企業申請落戶的時間由三\n個月縮短至一個月，業界普遍歡迎此項\n\
                安排。\n◆審批流程大幅提速\n　　新措施下，企業申請落戶的時間由三\n\
                個月縮短至一個月。\n";
    let doc = clean(page);
    let head = doc
        .blocks()
        .find(|b| b.kind() == crate::BlockKind::Heading)
        .unwrap();
    assert_eq!(head.text(), "審批流程大幅提速");
    let r = &head.repairs()[0];
    assert_eq!(
        (r.kind(), r.reason(), doc.original(r)),
        (
            crate::RepairKind::SubheadMarker,
            crate::Reason::SubheadMarker,
            "◆"
        )
    );
}

#[test]
fn ideographic_padding_between_cells_becomes_one_space() {
    assert_eq!(text("手機入門　　　　８　 免費\n"), "手機入門 ８ 免費");
    // A single ideographic space parts words: it stays, and so does
    // the first of a run of plain spaces beside it.
    assert_eq!(text("社長　辭任  今日\n"), "社長　辭任 今日");
    // Between the cells of a table's rows, a single one is padding too.
    assert_eq!(
        text("名次　球隊　場數　積分\n１　嘉樂　１２　２２\n２　永輝　１２　２１\n３　蓮峰　１２　１９\n"),
        "名次 球隊 場數 積分|１ 嘉樂 １２ ２２|２ 永輝 １２ ２１|３ 蓮峰 １２ １９"
    );
    // A running head after a page break keeps them as printed.
    let page = "香港中文大學昨日公布研究結果，\n指出本港長者數目持續上升。\n\x0c\
                C6　娛樂　　香江日報　2025年3月12日　星期三\n\n另一項調查顯示，本港市民普遍支持。\n";
    let doc = clean(page);
    let texts: Vec<&str> = doc.blocks().map(|b| b.text()).collect();
    assert!(
        texts.contains(&"C6　娛樂　　香江日報　2025年3月12日　星期三"),
        "{texts:?}"
    );
    let doc = clean("課程　　堂數\n");
    let r = &doc.repairs()[0];
    assert_eq!(
        (doc.original(r), doc.replacement(r), r.reason()),
        ("　　", " ", crate::Reason::LayoutPadding)
    );
}

proptest::proptest! {
    #[test]
    fn fast_two_single_characters_agrees_with_the_reference(s in "([a-c]{1,3}|[ ,.]|ü){0,40}") {
        proptest::prop_assert_eq!(
            super::two_single_characters(s.as_bytes()),
            super::two_single_characters_reference(s.as_bytes())
        );
    }

    #[test]
    fn kept_searches_agree_with_searching_each_range(
        page in "([a-c]{1,9}| {1,3}|\u{3000}|\n){0,30}",
        cuts in proptest::collection::vec((0usize..200, 0usize..12), 0..12),
    ) {
        let b = page.as_bytes();
        let two = |h: &[u8]| memchr::memmem::find(h, b"  ");
        let (mut spaces, mut wide) = (super::NextAt::default(), super::NextAt::default());
        for (start, len) in cuts {
            let start = start.min(b.len());
            let range = start..(start + len).min(b.len());
            proptest::prop_assert_eq!(
                spaces.occurs_in(b, range.clone(), 2, two),
                super::occurs_in_reference(b, range.clone(), two)
            );
            proptest::prop_assert_eq!(
                wide.occurs_in(b, range.clone(), 3, crate::script::find_ideographic_space),
                super::occurs_in_reference(b, range, crate::script::find_ideographic_space)
            );
        }
    }

    #[test]
    fn fast_two_single_characters_agrees_with_the_reference_on_wide_characters(s in "([a-c]{1,3}| |ü|年|𝐀|[ü年𝐀]{2}){0,24}") {
        proptest::prop_assert_eq!(
            super::two_single_characters(s.as_bytes()),
            super::two_single_characters_reference(s.as_bytes())
        );
    }

    #[test]
    fn lowered_on_the_stack_as_by_to_lowercase(w in "[a-zA-Z]{0,20}|[a-zA-ZÍÉíé]{0,10}") {
        proptest::prop_assert_eq!(super::with_lowercase(&w, str::to_owned), w.to_lowercase());
    }

    #[test]
    fn spaced_letter_prefilter_never_misses_a_run(s in "(([a-cüễ𝐀]|„a|b“|c\\.|ab) {1,2}){0,12}") {
        if !super::spaced_letters(&s).is_empty() {
            proptest::prop_assert!(super::two_single_characters(s.as_bytes()), "{:?}", s);
        }
    }
}

#[test]
fn no_ideograph_is_latin() {
    for c in (0..=0xffffu32)
        .filter_map(char::from_u32)
        .filter(|&c| super::han(c))
    {
        assert!(!super::latin(c), "U+{:04X}", c as u32);
    }
}

#[test]
fn mixed_script_breaks_follow_the_page() {
    // The page spaces Latin words in Chinese text: so does the join.
    assert_eq!(
        text("业内人士指出，端侧 AI 对芯片算力提出更高要求，处理器 NPU 性能提升，并配备 16GB\n内存。\n"),
        "业内人士指出，端侧 AI 对芯片算力提出更高要求，处理器 NPU 性能提升，并配备 16GB 内存。"
    );
    // It does not: no space.
    assert_eq!(
        text("该公司2021年推出首款5G手机，并配备16GB\n内存。\n"),
        "该公司2021年推出首款5G手机，并配备16GB内存。"
    );
}

#[test]
fn letter_spaced_words_close_up() {
    assert_eq!(
        text("Herr Stadtrat M ü l l e r betonte, daß Schillers „W i l h e l m  T e l l“ gefiel.\n"),
        "Herr Stadtrat Müller betonte, daß Schillers „Wilhelm Tell“ gefiel."
    );
    assert_eq!(text("L o k a l e s.\n"), "Lokales.");
    let doc = clean("Der Chor sang „T e l l“ im Saal.\n");
    let spaced: Vec<_> = doc
        .repairs()
        .iter()
        .filter(|r| r.reason() == crate::Reason::LetterSpacing)
        .collect();
    assert_eq!(spaced.len(), 3);
    assert_eq!(doc.reconstruct(), "Der Chor sang „T e l l“ im Saal.\n");
    // Initials, short runs and single letters in prose stay.
    for s in [
        "Signed by A. B. C. D. Smith today.",
        "Plan B or plan C is a b c option.",
        "The x y z axes are drawn.",
    ] {
        assert_eq!(text(&format!("{s}\n")), s);
    }
}

#[test]
fn soft_hyphens_inside_a_line_go() {
    assert_eq!(
        text("El plan abri\u{ad}rá el lunes, con\u{ad}firmó.\n"),
        "El plan abrirá el lunes, confirmó."
    );
}

#[test]
fn a_line_end_hyphen_drawn_at_a_soft_hyphen_goes() {
    // The soft hyphen still before the hyphen the typesetter drew there
    // (`\u{ad}‐`, as poppler and PyMuPDF read Chromium's PDFs): the word is
    // written whole, whatever the lexicon says of its halves.
    assert_eq!(
        text("The survey took a whole sum\u{ad}\u{2010}\nmer and a well\u{ad}-\nknown guide.\n"),
        "The survey took a whole summer and a wellknown guide."
    );
    // A hyphen set off by a space is a dash, U+2010 too (pdfplumber reads
    // the soft hyphen's break so, but a dash may be set so as well).
    assert_eq!(
        text("It was nil -\nnobody came.\n"),
        "It was nil - nobody came."
    );
    assert!(text("It starts in May \u{2010}\nends the service.\n").contains("May \u{2010} ends"));
    // Both edits are logged.
    let doc = clean("A whole sum\u{ad}\u{2010}\nmer.\n");
    let reasons: Vec<_> = doc.repairs().iter().map(|r| r.reason()).collect();
    assert!(
        reasons.contains(&crate::Reason::SoftHyphenBreak),
        "{reasons:?}"
    );
    assert!(reasons.contains(&crate::Reason::SoftHyphen), "{reasons:?}");
}

#[test]
fn urls_and_addresses_close_up_across_lines() {
    assert_eq!(
        text("Read the plan online at www.example.\ncom/news before Friday.\n"),
        "Read the plan online at www.example.com/news before Friday."
    );
    // A hyphen at the break in a URL's path is the URL's own.
    assert_eq!(
        text("Use the form at https://site.org/path-\nto/page to send it.\n"),
        "Use the form at https://site.org/path-to/page to send it."
    );
    // The page writes `example` whole: a typesetter split it.
    assert_eq!(
        text("Write to name@exam-\nple.org, as in the example.\n"),
        "Write to name@example.org, as in the example."
    );
    // Without that evidence the hyphen stays.
    assert_eq!(
        text("Write to name@exam-\nple.org before May.\n"),
        "Write to name@exam-ple.org before May."
    );
    assert_eq!(
        text("Mail jane.smith\n@example.org or see https://\nsite.org/help for more.\n"),
        "Mail jane.smith@example.org or see https://site.org/help for more."
    );
    // A URL that ends where the line ends keeps its space.
    assert_eq!(
        text("Details are at https://site.org/\nfor all readers who ask.\n"),
        "Details are at https://site.org/ for all readers who ask."
    );
}

#[test]
fn dashes_at_a_line_break_keep_latin_spacing() {
    // A spaced dash opening or closing a line gets its space back.
    assert_eq!(
        text("He said it was over\n— and then he left the room. It was over —\nand then it was not.\n"),
        "He said it was over — and then he left the room. It was over — and then it was not."
    );
    // An en dash in the middle of a clause is no list item.
    assert_eq!(
        text("The council said that the plan was over\n– and then it was not, for the vote came\nback.\n"),
        "The council said that the plan was over – and then it was not, for the vote came back."
    );
    // After punctuation, never glued: a dialogue dash, an attribution.
    assert_eq!(
        text("“We will not let the station go”\n— Margaret Hale, volunteer, said it.\n"),
        "“We will not let the station go” — Margaret Hale, volunteer, said it."
    );
    // A closed-up dash stays closed; an ellipsis is followed by a space.
    assert_eq!(
        text("The council said the plan was over—\nand then it was not, as the war\n—the long one—came. He waited…\nand waited.\n"),
        "The council said the plan was over—and then it was not, as the war—the long one—came. He waited… and waited."
    );
    // CJK text sets them without spaces.
    assert_eq!(
        text("在歷屆賽事之中，他說——\n除了1952年的那次以外……\n這是第一次。\n"),
        "在歷屆賽事之中，他說——除了1952年的那次以外……這是第一次。"
    );
    assert_eq!(
        text("在歷屆賽事之中，他說\n——除了1952年的那次以外。\n"),
        "在歷屆賽事之中，他說——除了1952年的那次以外。"
    );
}

#[test]
fn hyphens_after_capitals_and_in_numerals_stay() {
    assert_eq!(
        text("Enligt en ny FN-\nrapport ökar trafiken. Det var COVID-\n19 som stoppade den.\n"),
        "Enligt en ny FN-rapport ökar trafiken. Det var COVID-19 som stoppade den."
    );
    assert_eq!(
        text("Twenty-\nfive boats and thirty-\nthree crews came in ninety-\nnine days.\n"),
        "Twenty-five boats and thirty-three crews came in ninety-nine days."
    );
    // A word in capitals split by a typesetter goes on in capitals.
    assert_eq!(
        text("THE INTERNA-\nTIONAL FAIR opened on Monday and ran well.\n"),
        "THE INTERNA-TIONAL FAIR opened on Monday and ran well."
    );
    let doc = clean("Enligt en ny FN-\nrapport ökar trafiken.\n");
    assert!(doc
        .repairs()
        .iter()
        .any(|r| r.reason() == crate::Reason::HyphenAfterCapitals));
}

#[test]
fn a_hyphen_repeated_at_the_next_line_start_is_kept_once() {
    let doc = clean("Wagony, pomalowane w biało-\n-niebieskie barwy miasta, pojawią się.\n");
    assert_eq!(
        doc.blocks().next().unwrap().text(),
        "Wagony, pomalowane w biało-niebieskie barwy miasta, pojawią się."
    );
    let hyphens: Vec<_> = doc
        .repairs()
        .iter()
        .filter(|r| r.kind() == RepairKind::Hyphen)
        .collect();
    assert_eq!(hyphens.len(), 1);
    assert_eq!(doc.original(hyphens[0]), "-");
    assert_eq!(hyphens[0].reason(), crate::Reason::RepeatedHyphen);
    assert_eq!(hyphens[0].span(), 27..28);
    // A dash opening the next line (a list item) is no repeated hyphen.
    assert_eq!(
        text("Wagony, pomalowane w biało-\n- niebieskie barwy.\n"),
        "Wagony, pomalowane w biało-|- niebieskie barwy."
    );
}

#[test]
fn a_compound_the_page_writes_inflected_keeps_its_hyphen() {
    assert_eq!(
        text("Umowa o współpracy polsko-\nniemieckiej trwa. Komisja polsko-niemiecka obraduje.\n"),
        "Umowa o współpracy polsko-niemieckiej trwa. Komisja polsko-niemiecka obraduje."
    );
    // Not on the first part alone: `re-elected` keeps no `re-` / `port`.
    assert_eq!(
        text("She was re-elected. The re-\nport was read to the council.\n"),
        "She was re-elected. The report was read to the council."
    );
    // Nor on a second part that only starts alike.
    assert_eq!(
        text("Der Nord-Ostsee-Kanal und die Nord-\nostküste.\n"),
        "Der Nord-Ostsee-Kanal und die Nordostküste."
    );
}

#[test]
fn bound_pronouns_after_a_stressed_vowel_and_inverted_t_stay() {
    assert_eq!(
        text("Difícil explicar; só amá-\nlo para entender. Vai fazê-\nla amanhã.\n"),
        "Difícil explicar; só amá-lo para entender. Vai fazê-la amanhã."
    );
    assert_eq!(
        text("Le marché va-\nt-il retrouver sa fréquentation ?\n"),
        "Le marché va-t-il retrouver sa fréquentation ?"
    );
    // A split word ending alike keeps no hyphen.
    assert_eq!(text("La fórmu-\nla del agua.\n"), "La fórmula del agua.");
}

#[test]
fn compass_points_keep_their_hyphen_in_french_and_italian() {
    assert_eq!(
        text("I produttori del nord-\nest e il vento del sud-\nouest. Der Nord-\nosten.\n"),
        "I produttori del nord-est e il vento del sud-ouest. Der Nordosten."
    );
}

#[test]
fn dutch_compounds_keep_the_hyphen_between_clashing_vowels() {
    assert_eq!(
        text("Het water is hoog en het is een probleem. Er was een ernstig auto-\nongeluk bij de dijk, waar zeldzame zee-\negels leven. Het plan is ge-\nbruikt voor een dijk.\n"),
        "Het water is hoog en het is een probleem. Er was een ernstig auto-ongeluk bij de dijk, waar zeldzame zee-egels leven. Het plan is gebruikt voor een dijk."
    );
    // `oud-` (former) before a word of its own, on a Dutch page.
    assert_eq!(
        text("Het is een probleem en het plan is een plan van een stad. Oud-\nburgemeester Piet Bruin is er. De oud-\nste brug is van hout.\n"),
        "Het is een probleem en het plan is een plan van een stad. Oud-burgemeester Piet Bruin is er. De oudste brug is van hout."
    );
    // Not on a German page, nor an English one.
    assert_eq!(
        text("Die Ernte ist gut, und der Preis steigt. Die Kaffee-\nernte beginnt im Mai, und der Markt ist voll.\n"),
        "Die Ernte ist gut, und der Preis steigt. Die Kaffeeernte beginnt im Mai, und der Markt ist voll."
    );
    assert_eq!(
        text("The zo-\nology course is new, and the students like it.\n"),
        "The zoology course is new, and the students like it."
    );
}

proptest::proptest! {
    #[test]
    fn dash_and_hyphen_breaks_rebuild_exactly(
        s in "([a-eA-Z]{1,5}|nord|est|lo|t-il|[—…–\\- ]|\n|[áéó]|天){0,80}"
    ) {
        let doc = clean(&s);
        proptest::prop_assert_eq!(doc.verify(&s), Ok(()));
    }
}

#[test]
fn every_removed_hyphen_is_logged() {
    let doc = clean("An inspec-\ntion of the ship took place.\n");
    let hyphens: Vec<_> = doc
        .repairs()
        .iter()
        .filter(|r| r.kind() == RepairKind::Hyphen)
        .collect();
    assert_eq!(hyphens.len(), 1);
    assert_eq!(doc.original(hyphens[0]), "-");
    assert_eq!(hyphens[0].span(), 9..10);
}

#[test]
fn a_romanized_chinese_given_name_keeps_its_hyphen() {
    // Glossed in characters.
    assert_eq!(
        text("The minister, Chen Yu-\nting (陳郁婷), spoke.\n"),
        "The minister, Chen Yu-ting (陳郁婷), spoke."
    );
    // On a page that writes such names whole.
    assert_eq!(
        text("Lin Chia-hao met Mayor Kao Wen-\nchieh and Mr Sa-\nkuraba on Monday.\n"),
        "Lin Chia-hao met Mayor Kao Wen-chieh and Mr Sakuraba on Monday."
    );
    // Nor a name split with no such evidence, nor one that is no syllable.
    assert_eq!(
        text("Mayor Kao Wen-\nchieh and Mrs Ka-\nren Smith met.\n"),
        "Mayor Kao Wenchieh and Mrs Karen Smith met."
    );
    // Glossed, Cantonese syllables too; a Japanese name glossed is split.
    assert_eq!(
        text("The grocer Tang Ka-\nyee (鄧嘉怡) and Governor Aoi Sa-\nkuraba (櫻庭葵) met.\n"),
        "The grocer Tang Ka-yee (鄧嘉怡) and Governor Aoi Sakuraba (櫻庭葵) met."
    );
    // A long run of CJK text before the surname is read back a little
    // only.
    let cjk: String = (0..200u32)
        .filter_map(|i| char::from_u32(0x4e00 + i * 37))
        .collect();
    assert_eq!(
        text(&format!("{cjk} Chen Yu-\nting (陳郁婷)。\n")),
        format!("{cjk} Chen Yu-ting (陳郁婷)。")
    );
    for w in ["ting", "chieh", "hao", "yu", "zhuang", "hsin"] {
        assert!(super::hyphen::is_chinese_syllable(w), "{w}");
    }
    for w in ["kuraba", "day", "yee", "str"] {
        assert!(!super::hyphen::is_chinese_syllable(w), "{w}");
    }
}

#[test]
fn a_portuguese_verb_keeps_its_hyphen_before_se() {
    let page = "A organização não divulgou uma estimativa. A edição da fei-\n\
                ra realiza-\nse no sábado, e a inscrição é gratuita. A fra-\nse ficou.\n";
    assert_eq!(
        text(page),
        "A organização não divulgou uma estimativa. A edição da feira realiza-se no sábado, \
         e a inscrição é gratuita. A frase ficou."
    );
    // So does `guarda-` before a noun.
    let page = "A organização não divulgou uma estimativa. A edição contou com dois guarda-\n\
                vidas na praia.\n";
    assert!(
        text(page).ends_with("dois guarda-vidas na praia."),
        "{}",
        text(page)
    );
    // Italian closes such words up (`rimase`).
    let page =
        "La commissione non rimase in sala: persua-\nse il sindaco a rinviare la riunione.\n";
    assert_eq!(
        text(page),
        "La commissione non rimase in sala: persuase il sindaco a rinviare la riunione."
    );
}

#[test]
fn a_finnish_word_split_before_its_ending_ja_closes_up() {
    // Finnish ends words in `-ja` (`opettaja`, `kirjoja`), so a hyphen
    // before `ja` is a split word's, though `ja` is also the conjunction.
    let page = "Koulu ja kirjasto ja kunta ja seurakunta. Uusi opetta-\nja aloittaa syksyllä.\n";
    assert!(
        text(page).ends_with("Uusi opettaja aloittaa syksyllä."),
        "{}",
        text(page)
    );
}

#[test]
fn review_58_hyphens_of_belgian_numbers_aujourdhui_and_nordic_names() {
    assert_eq!(
        text("Il a marqué à la nonante-\ntroisième minute, à septante-\nhuit ans.\n"),
        "Il a marqué à la nonante-troisième minute, à septante-huit ans."
    );
    assert_eq!(
        text("Il faut aujour-\nd'hui descendre en ville.\n"),
        "Il faut aujourd'hui descendre en ville."
    );
    // A Danish page (read by `på`, `med`, `som`) sets a hyphen after a
    // name the page writes alone.
    assert_eq!(
        text(
            "Holdet fra Fjordby vandt på hjemmebane og på udebane. Den tidligere Fjordby-\n\
             angriber scorede som den første på banen.\n"
        ),
        "Holdet fra Fjordby vandt på hjemmebane og på udebane. Den tidligere Fjordby-angriber \
         scorede som den første på banen."
    );
}

#[test]
fn review_18_a_slovene_page_reads_as_no_nordic_one() {
    // F5: Slovene `med` makes no Nordic page.
    assert_eq!(
        text(
            "Župan je med obiskom povedal, da bo občina med poletjem obnovila most. Med gradnjo \
             bo promet med Tezno urejen po obvozu, je dodal, in svetnica Ana Novak-\nova bo vodila \
             skupino.\n"
        ),
        "Župan je med obiskom povedal, da bo občina med poletjem obnovila most. Med gradnjo \
         bo promet med Tezno urejen po obvozu, je dodal, in svetnica Ana Novakova bo vodila skupino."
    );
}

#[test]
fn english_compounds_of_making_above_and_up_keep_their_hyphen() {
    assert_eq!(
        text(
            "Decision-\nmaking is slow; the above-\nnamed trust offers tidy-\nups and a follow-\nup visit, \
             but the cup-\nboard was bare.\n"
        ),
        "Decision-making is slow; the above-named trust offers tidy-ups and a follow-up visit, \
         but the cupboard was bare."
    );
}

#[test]
fn review_19_crafts_written_whole_close_up() {
    assert_eq!(
        text("a tradition of dress-\nmaking and wine-\nmaking, a ketch-\nup stall and a set-\nup fee.\n"),
        "a tradition of dressmaking and winemaking, a ketchup stall and a setup fee."
    );
}

#[test]
fn prefixes_that_keep_their_hyphen_before_a_whole_word() {
    assert_eq!(
        text(
            "A non-\nexecutive director and the board bought the semi-\ndetached house, south-\nfacing, \
             and called it non-\nsense at the semi-\nnary and the semi-\nfinal.\n"
        ),
        "A non-executive director and the board bought the semi-detached house, south-facing, \
         and called it nonsense at the seminary and the semifinal."
    );
    assert_eq!(
        text(
            "Le vide-\ngreniers du centre-\nville attire du monde à la garde-\nrie, où la \
             casse-\nrole était vide; ils vide-\nront les poubelles.\n"
        ),
        "Le vide-greniers du centre-ville attire du monde à la garderie, où la casserole \
         était vide; ils videront les poubelles."
    );
    // Outside English pages, `semi-` and `non-` close up.
    assert_eq!(
        text("Bekijk de semi-\nfinale en het non-\nnenklooster op zondag.\n"),
        "Bekijk de semifinale en het nonnenklooster op zondag."
    );
}

#[test]
fn spanish_splits_words_before_nos_where_portuguese_binds_it() {
    let es = "«Nunca dejéis de preguntar por qué», repetía a sus alum-\nnos, muchos de ellos hoy abuelos.\n";
    assert_eq!(
        text(es),
        "«Nunca dejéis de preguntar por qué», repetía a sus alumnos, muchos de ellos hoy abuelos."
    );
    let pt = "A associação não esqueceu a ajuda que deu-\nnos a organização de uma festa.\n";
    assert_eq!(
        text(pt),
        "A associação não esqueceu a ajuda que deu-nos a organização de uma festa."
    );
    // On a Portuguese page, words split before them are no verbs.
    let pt = "A associação não tem verba: ape-\nnas uma festa por ano, há três se-\nmanas, e não me-\nnos de uma reunião com os gover-\nnos.\n";
    assert_eq!(
        text(pt),
        "A associação não tem verba: apenas uma festa por ano, há três semanas, e não menos de uma reunião com os governos."
    );
}

#[test]
fn compounds_of_winning_leading_hand_made_and_paired_colours_keep_their_hyphen() {
    assert_eq!(
        text(
            "his match-\nwinning goal, an industry-\nleading brand and hand-\nstitched quilts, \
             but a hand-\nsome man was mis-\nleading us.\n"
        ),
        "his match-winning goal, an industry-leading brand and hand-stitched quilts, \
         but a handsome man was misleading us."
    );
    assert_eq!(
        text("Die rot-\ngrüne Koalition und die Landes-\nregierung streiten.\n"),
        "Die rot-grüne Koalition und die Landesregierung streiten."
    );
}

#[test]
fn an_english_participle_keeps_its_hyphen_before_a_noun() {
    let english = "The board said the firm and the union had agreed that the old \
                   defined-\nbenefit scheme would stay, and that the news was wicked-\n\
                   ness itself to the members who had hoped for more.\n";
    assert_eq!(
        text(english),
        "The board said the firm and the union had agreed that the old defined-benefit \
         scheme would stay, and that the news was wickedness itself to the members who had \
         hoped for more."
    );
    assert!(super::hyphen::english_participle_compound(
        "limited",
        "liability"
    ));
    assert!(!super::hyphen::english_participle_compound(
        "supposed", "ly"
    ));
    assert!(!super::hyphen::english_participle_compound(
        "proceed", "ings"
    ));
    assert!(!super::hyphen::english_participle_compound("obed", "ience"));
    assert!(super::hyphen::english_participle_compound("fixed", "rate"));
    assert!(super::hyphen::english_participle_compound(
        "fixed", "income"
    ));
    assert!(!super::hyphen::english_participle_compound(
        "featherbed",
        "ding"
    ));
    assert!(!super::hyphen::english_participle_compound(
        "preced", "ence"
    ));
}

#[test]
fn ex_keeps_its_hyphen_before_a_post_and_closes_up_a_split_word() {
    let english = "The committee heard from the ex-\nminister, who said the board had ex-\n\
                   perienced delays and that the state ex-\naminer had found no fault with the plan.\n";
    assert_eq!(
        text(english),
        "The committee heard from the ex-minister, who said the board had experienced delays \
         and that the state examiner had found no fault with the plan."
    );
    assert!(super::hyphen::former_holder("Ex", "Bundeskanzler"));
    assert!(super::hyphen::former_holder("ex", "gedeputeerde"));
    assert!(!super::hyphen::former_holder("ex", "pressway"));
}

#[test]
fn review_72_bound_words_keep_their_hyphen() {
    // Catalan binds any pronoun to an infinitive, on a Catalan page, and
    // writes its hundreds with a hyphen.
    let ca = "El consell va decidir amb els veïns i amb els comerciants que és hora de tapar-\n\
              lo del tot i de desviar-\nne el trànsit cap a la ronda, amb vuit-\n\
              cents metres de carril nou dels quals ja és clar el traçat.\n";
    assert_eq!(
        text(ca),
        "El consell va decidir amb els veïns i amb els comerciants que és hora de tapar-lo \
         del tot i de desviar-ne el trànsit cap a la ronda, amb vuit-cents metres de carril \
         nou dels quals ja és clar el traçat."
    );
    // (Spanish splits its words so: `tapar-` / `lo` is `taparlo`.)
    assert_eq!(
        text("Los vecinos piden al ayuntamiento que decida si quiere tapar-\nlo o no.\n"),
        "Los vecinos piden al ayuntamiento que decida si quiere taparlo o no."
    );
    // (Infinitives in `-re` too.)
    assert_eq!(
        text(
            "Els veïns volen dir-li que cal veure-\nho amb els tècnics, i és clar que dels plans \
              cal prendre-\nla seriosament.\n"
        ),
        "Els veïns volen dir-li que cal veure-ho amb els tècnics, i és clar que dels plans \
         cal prendre-la seriosament."
    );
    // Hungarian binds its question's `e` to a verb, and joins two
    // nations' names whole.
    let hu = "A néző nem tudja, hogy megy-\ne vagy marad, és az egész az osztrák-\n\
              magyar idők vidéki állomásait idézi, ahol egy vonat sem volt pontos.\n";
    assert_eq!(
        text(hu),
        "A néző nem tudja, hogy megy-e vagy marad, és az egész az osztrák-magyar idők \
         vidéki állomásait idézi, ahol egy vonat sem volt pontos."
    );
    // (Elsewhere `e` after a hyphen is Italian `and` after a compound's
    // part.)
    assert_eq!(
        text("Le analisi pre-\ne post-partita sono state lunghe.\n"),
        "Le analisi pre- e post-partita sono state lunghe."
    );
    // Romanian binds its reflexive `și` to a negation.
    assert_eq!(
        text("Antrenorul nu-\nși ascunde ambiția de a promova.\n"),
        "Antrenorul nu-și ascunde ambiția de a promova."
    );
}

#[test]
fn review_72_a_cjk_headline_wrapped_after_a_figure_closes_up() {
    let s = "东海岸联主场2比1\n力克裕廊猎鹰\n\n\
             【本报讯】东海岸联昨晚在主场以2比1击败裕廊猎鹰，\n继续领跑积分榜。\n";
    assert!(
        text(s).starts_with("东海岸联主场2比1力克裕廊猎鹰|"),
        "{}",
        text(s)
    );
}
