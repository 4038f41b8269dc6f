//! Unit tests of the Latin-script layout rules.

use super::tests::blocks;
use super::*;

/// Six full lines of a justified column, the last ending a sentence.
const BODY: &str = "Die Verſammlung der Kaufleute hat geſtern beſchloſſen, den\n\
                    Hafen im kommenden Frühjahr zu erweitern und die alten\n\
                    Speicher am Ufer abzureißen, ſobald die Stadt zuſtimmt\n\
                    und die Mittel für den Bau bewilligt ſind. Der Antrag\n\
                    wurde nach langer Beratung mit großer Mehrheit ange⸗\n\
                    nommen, obgleich einige Mitglieder dagegen ſtimmten.\n";

fn page(middle: &str) -> String {
    format!("{BODY}{middle}{BODY}")
}

#[test]
fn a_short_line_before_a_blank_line_and_a_capital_ends_its_block() {
    // A letter's signature, then the next letter's headline.
    let s = "and I for one will not be voting for it at the next\nelection in the spring.\n\
             Margaret Holt, Thorpe Marriott\n\nColour me unconvinced\n\nSir, the new \
             timetable is worse than the\nold one in every respect that matters to me.\n";
    let b = blocks(s);
    assert!(b.contains(&(BlockKind::Paragraph, 3, 3)), "{b:?}");
    // A column break inside a clause: lowercase goes on, and so does a
    // full line.
    let s = "The council said on Monday that the new bus lanes\nwould open in the city centre by the end of\n\
             May, three weeks later than planned, in the\ncity\n\ncentre and on the ring road.\n";
    assert_eq!(blocks(s).len(), 1);
    let s = "The council said on Monday that the new bus lanes\nwould open in the city centre by the end of\n\
             May, three weeks later than planned, after\n\nCouncillor Jones had asked for a review of\n\
             the junctions near the station last year.\n";
    assert_eq!(blocks(s).len(), 1);
}

#[test]
fn a_question_the_next_line_could_have_held_ends_its_paragraph() {
    // Three lines between blank lines: the wide answer line shows the
    // column, which the question does not fill.
    let s = "Combien cela coûtera-t-il ?\n\
             Environ 25 millions d'euros sur six ans,\nfinancés à moitié par l'État.\n";
    assert_eq!(
        blocks(s),
        [(BlockKind::Paragraph, 1, 1), (BlockKind::Paragraph, 2, 3)]
    );
}

#[test]
fn finds_section_numbers_that_are_no_initials() {
    assert!(section_heading("I. Amtliche Nachrichten."));
    assert!(section_heading("IV. Vermiſchtes."));
    assert!(!section_heading("C. F. von Hardenberg."));
    assert!(!section_heading("I. Müller."));
    assert!(!section_heading("J. von Müller."));
    assert!(!section_heading("Inland."));
}

#[test]
fn finds_datelines() {
    assert!(dateline("Berlin, 3. März."));
    assert!(dateline("Kaßel, vom 29. Sept. Geſtern beſuchte der"));
    assert!(dateline("Vor Sedan, den 2. September ½ 2 Uhr Nachmittags."));
    assert!(dateline("LONDON, March 3. The House"));
    assert!(dateline("LONDON, March 3, 1914. The House"));
    assert!(!dateline("Paris, 3 mars. Le roi a"));
    assert!(!dateline("Herr Müller, der 3 Kinder hat,"));
    assert!(!dateline("Seine Majeſtät, die Kaiſerin und"));
    assert!(!dateline("In Berlin, Hamburg und 30 anderen Städten"));
    // A death notice going on: a verb before the day.
    assert!(!dateline("Cold Spring, died March 2, 2025. Private"));
    assert!(!dateline("Millbrook, died Feb. 26, 2025. Services"));
    assert!(dash_dateline("PORT ELLERY — The harbour board"));
    assert!(dash_dateline("LONDON (Reuters) – Prices rose"));
    assert!(dash_dateline("BERLIN (dpa) -- Der Senat hat"));
    assert!(!dash_dateline("NATO said — and"));
    assert!(!dash_dateline("US officials said — and"));
    assert!(!dash_dateline("THE END"));
    assert!(!dash_dateline("PORT ELLERY (a town of — many"));
    // The paper's initials alone, in brackets.
    assert!(dash_dateline("(SH) - Từ ngày 1-4, hơn 600") && dash_dateline("(AFP) – Le"));
    assert!(!dash_dateline("(see p. 4) - and") && !dash_dateline("(SH)-Từ"));
    // After a blank line, a dateline opens a block, though the line above
    // ends no sentence.
    let s = "Chợ Bến Gỗ tạm dời, tiểu thương lo mất khách\n\n(SH) - Từ ngày 1-4, hơn 600\n\
             tiểu thương chợ Bến Gỗ sẽ chuyển sang khu\nchợ tạm trên đường Hà Huy Tập.\n";
    assert_eq!(blocks(s)[1].1, 3, "{:?}", blocks(s));
    // Not after a clause going on over the blank line.
    let s = "The annual meeting will be held in the Town Hall,\n\n\
             Wexford, on Tuesday March 3, at eight o'clock. All\nmembers are asked to attend.\n";
    assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 4)]);
}

#[test]
fn two_period_ended_heading_lines_make_one_heading() {
    let s = page("Vermiſchtes.\nAus der Provinz.\n");
    assert_eq!(
        blocks(&s),
        [
            (BlockKind::Paragraph, 1, 6),
            (BlockKind::Heading, 7, 8),
            (BlockKind::Paragraph, 9, 14)
        ]
    );
}

#[test]
fn a_heading_is_measured_against_the_column_not_a_nearly_full_line() {
    let s =
        page("Die neue Brücke über den Strom.\nDie Arbeiten an der Brücke haben in dieſer Woche\n");
    assert_eq!(
        blocks(&s)[..3],
        [
            (BlockKind::Paragraph, 1, 6),
            (BlockKind::Heading, 7, 7),
            (BlockKind::Paragraph, 8, 14)
        ]
    );
}

#[test]
fn a_numbered_section_over_a_dateline_is_a_heading() {
    let s = page("III. Handel und Verkehr.\nHamburg, vom 4. Mai.\n");
    assert_eq!(
        blocks(&s),
        [
            (BlockKind::Paragraph, 1, 6),
            (BlockKind::Heading, 7, 7),
            (BlockKind::Paragraph, 8, 8),
            (BlockKind::Paragraph, 9, 14)
        ]
    );
}

#[test]
fn a_signature_over_a_standalone_line_is_no_heading() {
    let s = page("Friedrich.\nFür die Redaktion: Schulze.\n");
    assert_eq!(
        blocks(&s),
        [
            (BlockKind::Paragraph, 1, 6),
            (BlockKind::Paragraph, 7, 7),
            (BlockKind::Paragraph, 8, 8),
            (BlockKind::Paragraph, 9, 14)
        ]
    );
}

#[test]
fn a_dateline_after_a_full_sentence_end_opens_a_paragraph() {
    let s = format!("{BODY}München, 2. Mai. Die Kammer der Abgeordneten hat in\n{BODY}");
    assert_eq!(
        blocks(&s),
        [(BlockKind::Paragraph, 1, 6), (BlockKind::Paragraph, 7, 13)]
    );
}

#[test]
fn two_short_lines_over_a_wider_capitalised_one_are_a_heading() {
    // Briefs with no blank lines: each title set on two short lines.
    let s = "BREVES\nObras no Porto Interior\narrancam na quarta-feira\n\
             As obras de reforço do muro de pro-\ntecção contra inundações no Porto\n\
             Interior arrancam na próxima quarta-\nfeira, anunciou ontem o Gabinete de\n\
             Obras Costeiras (GOC). Os trabalhos\nvão decorrer em três fases.\n";
    let b = blocks(s);
    assert_eq!(
        &b[1..],
        [(BlockKind::Heading, 2, 3), (BlockKind::Paragraph, 4, 9)],
        "{b:?}"
    );
}

#[test]
fn a_title_over_a_place_and_its_period_is_a_heading() {
    for s in [
        "Oberaich. Schwer verletzt hat",
        "Bad Tölz. Die Stadt",
        "Garmisch-Partenkirchen. Der",
    ] {
        assert!(place_mark(s), "{s}");
    }
    for s in [
        "Danke. Das war",
        "Prof. Müller sagte",
        "Ulm.",
        "Ulm. Der",
        "in Oberaich. Der",
        "Der Rat hat getagt. Die",
    ] {
        assert!(!place_mark(s), "{s}");
    }
    let s =
        "Polizeibericht\n\nRadfahrer bei Sturz schwer verletzt\nOberaich. Schwer verletzt hat sich\n\
             am Montagnachmittag ein Radfahrer\nbei einem Sturz auf der Staatsstraße\n\
             zwischen Oberaich und Kirchdorf.\n";
    assert_eq!(
        &blocks(s)[1..],
        [(BlockKind::Heading, 3, 3), (BlockKind::Paragraph, 4, 7)]
    );
    // Only German pages open a story so: elsewhere a sentence goes on.
    let s = "Accepting Warranty or Additional\nLiability. While redistributing\n\
             the Work or Derivative Works.\n";
    assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 3)]);
    // A title ends in a word: a sentence going on over a column break.
    let s = "vorgesehen, wenn der Be-\ntriebshof in Tannberg um-\ngebaut ist.\n\n\
             Geplant sind insgesamt 14\nHaltestellen. Die Abstim-\nmung der Fahrpläne von Bus-\n\
             und Bahnverkehr soll dafür\nsorgen, dass Fahrgäste in\nTannberg ohne lange War-\n\
             tezeit umsteigen können.\n";
    assert!(blocks(s).iter().all(|b| b.0 == BlockKind::Paragraph));
}

#[test]
fn events_by_place_venue_and_time_are_a_listing() {
    for s in [
        "Admont, Stiftskirche, 19 Uhr: Orgelkonzert",
        "Liezen, Kulturhaus, 19.30 Uhr: Kabarett mit",
        "Gröbming, Gasthof Post, 20 Uhr: Schnapsen",
        "Sion, Théâtre, 20h30: Concert",
        "Sion, Théâtre, 20h: Concert",
    ] {
        assert!(place_timed(s), "{s}");
    }
    for s in [
        "Liezen, Kulturhaus: Kabarett",
        "Wie der Bürgermeister sagte, 2024 wird: ein gutes Jahr",
        "Admont, Stiftskirche, 1990: Orgelkonzert",
        "admont, Stiftskirche, 19 Uhr: Orgelkonzert",
    ] {
        assert!(!place_timed(s), "{s}");
    }
    let s = "VERANSTALTUNGEN\nFreitag, 15. März\nAdmont, Stiftskirche, 19 Uhr: Orgelkonzert\n\
             Liezen, Kulturhaus, 19.30 Uhr: Kabarett mit\nResi Hödlmoser („Grantig“)\n\
             Aigen, Gemeindesaal, 20 Uhr: Volkstanzabend\nSamstag, 16. März\n\
             Rottenmann, Hauptplatz, 8 Uhr: Bauernmarkt\nStainach, Pfarrsaal, 14 Uhr: Ostereiermalen\n\
             TIPP DER WOCHE\nÜber 60 Aussteller bieten beim Frühlingsmarkt Pflanzen an.\n";
    let b = blocks(s);
    assert_eq!(
        &b[2..],
        [
            (BlockKind::Paragraph, 3, 3),
            (BlockKind::Paragraph, 4, 5),
            (BlockKind::Paragraph, 6, 6),
            (BlockKind::Heading, 7, 7),
            (BlockKind::Paragraph, 8, 8),
            (BlockKind::Paragraph, 9, 9),
            (BlockKind::Heading, 10, 10),
            (BlockKind::Paragraph, 11, 11)
        ],
        "{b:?}"
    );
}

#[test]
fn a_group_ending_in_a_credit_in_brackets_is_a_caption() {
    let s = "Il titolare ha ringraziato i carabinieri. «Sono stati\nvelocissimi».\n\n\
             I carabinieri davanti alla farmacia di\nvia Tiburtina dopo la rapina (foto Sabatini)\n\
             il Faro Adriatico · mercoledì 13 marzo 2024 · Cronaca di Pescara 17\n";
    let b = blocks(s);
    assert_eq!(b[1], (BlockKind::Caption, 4, 5), "{b:?}");
}

#[test]
fn a_sentence_goes_on_over_a_page_break_before_a_name() {
    let s = "Long-haul driver Raj Sandhu, who hauls\nlumber from Thunder Bay to southern\n\
             \u{c}Ontario, said his company had had to\nsend its trucks through Minnesota.\n";
    assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 4)]);
    let s = "General manager Owain Rees said the\nrepairs had been paid for by the\n\
             funds of a public appeal and a Welsh\n\u{c}Government grant. It has been a\n\
             long haul, but we are back, he\nsaid.\n";
    assert_eq!(blocks(s), [(BlockKind::Paragraph, 1, 6)]);
    // Not into the next page's headline.
    let s = "General manager Owain Rees said the\nrepairs had been paid for by the\n\
             funds of a public appeal and a Welsh\n\u{c}Harbour Board Backs Ferry Plan\n\n\
             The harbour board voted on Monday to back the plan for a new ferry.\n";
    assert!(
        blocks(s).contains(&(BlockKind::Heading, 4, 4)),
        "{:?}",
        blocks(s)
    );
}

#[test]
fn entries_opening_with_a_weekday_and_a_day_are_a_listing() {
    assert!(dated_entry(
        "Ven. 8 août, 20 h — Alexis Tremblay-Bolduc, quai, 35 $"
    ));
    assert!(dated_entry("Fri 14 March, 7pm: Quiz night"));
    assert!(!dated_entry("Freitag, 14. März"));
    assert!(!dated_entry("Mercredi soir, les élus ont voté."));
    assert!(!dated_entry("Mer 13"));
    // A word that starts as a weekday does, with no period.
    assert!(!dated_entry("Die 3 Kinder spielen im Garten."));
    assert!(!dated_entry("Mit 2 Toren siegte der Verein."));
    let s = "À L’AFFICHE\nVen. 8 août, 20 h — Alexis Tremblay-Bolduc, quai, 35 $\n\
             Sam. 9 août, 19 h 30 — Bonbon Fondant, église Saint-Pierre, 28 $\n\
             Mer. 13 août, 20 h — Orchestre de chambre de Trois-Rivières, 45 $\n";
    assert_eq!(
        &blocks(s)[1..],
        [
            (BlockKind::Paragraph, 2, 2),
            (BlockKind::Paragraph, 3, 3),
            (BlockKind::Paragraph, 4, 4)
        ]
    );
}

#[test]
fn a_headline_with_a_comma_alone_between_blank_lines() {
    let s = "La factura es repartirà a parts iguals pels dos\najuntaments.\n\n\
             Roda de Ter, sense aigua dimarts\n\nEls veïns de Roda de Ter es\nquedaran sense subministrament\n\
             d'aigua dimarts, de 8 a 14 hores.\n";
    assert_eq!(blocks(s)[1], (BlockKind::Heading, 4, 4), "{:?}", blocks(s));
    // A letter's signature: a name and places.
    assert!(name_and_place("Margaret Holt, Thorpe Marriott, Norfolk"));
    let s = "I for one will not be voting for it at the next\nelection in the spring.\n\n\
             Margaret Holt, Thorpe Marriott, Norfolk\n\nThe new timetable is worse than\nthe old one in every respect.\n";
    assert_eq!(
        blocks(s)[1],
        (BlockKind::Paragraph, 4, 4),
        "{:?}",
        blocks(s)
    );
}

#[test]
fn an_abbreviation_going_on_is_no_lede_in_capitals() {
    assert!(caps_lede("BENGALURU: Water supply") && caps_lede("A HEALTH board said"));
    assert!(!caps_lede("EC, no domingo, o Juventude") && !caps_lede("JP Nagar and Banashankari"));
    let s = "Juventude assume a liderança\n\nCom a virada por 3 a 2 sobre o Gaivotas\n\
             EC, no domingo, o Juventude Itaperó as-\nsumiu a liderança do Campeonato.\n";
    assert_eq!(
        blocks(s),
        [(BlockKind::Heading, 1, 1), (BlockKind::Paragraph, 3, 5)]
    );
}

#[test]
fn on_a_page_showing_indents_a_flush_line_is_no_lost_indent() {
    let s = "DEATH NOTICES\n\n   BRANNIGAN, Louise M., 91, formerly\nof Millersburg, died Oct. 12 at\n\
             Whispering Pines Care Center. Private\ngraveside service.\n   DOTSON, Earl Ray, 67, of Route 3,\n\
             Cedar Fork, died Oct. 14 at home.\nVisitation 5 to 8 p.m. Friday at\nGreer Funeral Home.\n\
             \u{20}  PRUITT, Kathleen, 73, of Hazel\nGreen, died Oct. 11. Arrangements by\nLedbetter-Crane Funeral Home.\n";
    let b = blocks(s);
    assert!(b.contains(&(BlockKind::Paragraph, 7, 10)), "{b:?}");
}
