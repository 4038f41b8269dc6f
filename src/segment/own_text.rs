//! What a line's own text says of it, read before the lines around it:
//! a row of a table or a score, a dateline, a lead in capitals, a name, a
//! line ending open on an article or a title, a caption's credit.

use super::bylines::*;
use super::cues::*;
use super::table::*;
use super::{script, View, MARKER_CHARS};

/// What [`read_own_text`] found that the views do not keep: the reading
/// of a line that may be a row of a table.
pub(super) struct OwnText {
    /// Set in fields parted by layout gaps.
    pub gapped: bool,
    /// Its blank columns, a bit each (see [`layout_gaps`]), and whether
    /// its cells are short.
    pub gaps: u128,
    pub short_cells: bool,
    /// It ends in a figure (with its unit).
    pub figure_end: bool,
    /// It ends in a figure with its unit set tight (see
    /// [`glued_unit_figure`]).
    pub glued_end: bool,
    /// It ends in a time of day and holds another (see [`two_clocks`]).
    pub clocks: bool,
    /// It reads as a score or a result.
    pub score: bool,
    /// It reads as a row of a tally: figures in cells, a result, an entry.
    pub tally: bool,
    /// A list's entry of a name, an age and a place.
    pub aged: bool,
}

/// Reads `text`, the line measured as `view` and indented by `indent`
/// cells, for what its own words say, and sets those flags of `view`.
pub(super) fn read_own_text(view: &mut View, text: &str, indent: u32) -> OwnText {
    // (A CJK line seldom holds an ASCII space or tab at all: one
    // search tells, before the test of every eight bytes.)
    let gapped = ((!view.cjk || memchr::memchr2(b' ', b'\t', text.as_bytes()).is_some())
        && script::layout_gap(text.as_bytes()))
        || (!view.clause && !text.is_ascii() && script::ideographic_gap(text));
    let (gaps, short_cells) = if gapped {
        layout_gaps(text, indent)
    } else {
        (0, false)
    };
    // (The unit first: its byte test rules out most lines, where
    // `is_alphabetic` looks a CJK line's last character up.)
    let glued_end = matches!(view.last, 'm' | 'h' | 'p') && glued_unit_figure(last_word(text));
    let figure_end = (may_end_in_figure(view.last) && figure(last_word(text)))
        || glued_end
        // (A short CJK row may read as Latin by its count of characters:
        // `沿海 多云 16℃～22℃`.)
        || ((view.cjk || !view.last.is_ascii()) && cjk_figure_with_unit(cjk_value(text)))
        || (unit_after_figure(text)
            && (view.last.is_alphabetic() || matches!(view.last, '%' | '‰')));
    view.gapped = gapped;
    // A line in title case ending in a stop is an older paper's heading
    // (`Fire at the Docks.`, `Three Men are Killed near Leeds.`), but for a
    // sentence naming people that opens as a clause does (`Then Chidi
    // Okafor found two.`, `But Anna Lind Won.`).
    if view.title_case && view.last == '.' && !view.cjk {
        view.title_case = !(opens_clause(text) || text.starts_with("Then "));
    }
    view.tail_figures = if figure_end && !view.cjk {
        tail_figures(text)
    } else {
        0
    };
    view.label_cells = if !view.cjk
        && !view.clause
        && !view.ends_sentence
        && view.marker == 0
        && view.first.is_uppercase()
    {
        label_cells(text)
    } else {
        0
    };
    view.phrased = view.cjk && {
        let t = text.trim_matches([' ', '\u{3000}']).as_bytes();
        memchr::memchr(b' ', t).is_some() || script::ideographic_spaces(t).next().is_some()
    };
    view.names = !view.cjk && view.first.is_uppercase() && name_line(text);
    view.long_name = view.names
        && !view.few_words
        && (view.last == ')'
            || text.split(' ').any(|w| {
                matches!(
                    w,
                    "bin"
                        | "binti"
                        | "binte"
                        | "Bin"
                        | "Binti"
                        | "Binte"
                        | "van"
                        | "von"
                        | "de"
                        | "ibn"
                )
            }));
    view.place_name = view.names && place_particles(text);
    // (Told first by its copula: few lines hold ` is ` or ` was `.)
    view.bio = !view.cjk
        && view.first.is_uppercase()
        && memchr::memmem::find(text.as_bytes(), b" is ")
            .or_else(|| memchr::memmem::find(text.as_bytes(), b" was "))
            .is_some()
        && writer_bio(text);
    // (A letter's signature may open with a dash: `— Desmond
    // Achebe, Old Town`.)
    // (Or close with a stop, as Irish and British papers print it:
    // `Declan Moloney, Ballinrobe, Co Mayo.`.)
    let signed = text
        .strip_prefix("— ")
        .or_else(|| text.strip_prefix("– "))
        .unwrap_or(text);
    let signed = signed.strip_suffix('.').unwrap_or(signed);
    view.name_place = !view.cjk
        && view.clause
        && (!view.ends_sentence || view.last == '.')
        && signed.len() <= NAME_AND_PLACE_BYTES
        && signed.starts_with(char::is_uppercase)
        && name_and_place(signed);
    view.cjk_result = cjk_score(view, text);
    view.cjk_signature = view.cjk
        && ((view.last == '）' && cjk_name_and_place(text))
            || (matches!(view.last, '上' | '啟' | '启') && super::bylines::signs_letter(text)));
    view.book = ((view.cjk && view.last == '）' && matches!(view.first, '『' | '《'))
        || (!view.cjk && view.last == ')' && view.first.is_uppercase()))
        && super::shape::book_entry(text);
    let score = score_row(view, text) || paired_score(view, text) || view.cjk_result;
    view.score = score || (view.last.is_ascii_digit() && !view.cjk && is_score(last_word(text)));
    // (Or an entry of a listing of events, ending in its time.)
    let timed_entry =
        !view.ends_sentence && !view.cjk && script::is_uppercase(view.first) && time_end(text);
    // (Or a row whose figures stand inside it, ending in a word.)
    let inside = !figure_end
        && !view.latin_heading
        && !view.cjk
        && view.last.is_alphabetic()
        && text.len() <= INSIDE_ROW_BYTES
        && figures_inside(text);
    // (A row set with gaps whose cells do not line up ends in its
    // score: `SV Oberau  –  TSV Haldenwang        3:1`.)
    // (Each reader's gate here, at the call: most lines meet none,
    // and the readers' code stays out of the loop's working set.)
    view.pairs = !gapped
        && if view.cjk {
            !view.clause && !view.ends_sentence && cjk_pairing(view, text)
        } else {
            view.first.is_uppercase() && !view.ends_sentence && pairing(view, text)
        };
    let tally = score
        || (gapped && view.score)
        || view.pairs
        || (view.cjk && matches!(view.last, '〕' | '）' | ']') && page_reference_end(text))
        || (!gapped && (((figure_end || inside) && tally_row(view, text)) || timed_entry));
    // (A list's entry of a name, an age and a place too, so that its
    // rows set one to a paragraph stay apart: `Anna Hofer, 89,
    // Saalfelden`.)
    // (An age is in figures: a line without a figure or a colon, which
    // may be a heading's, holds none.)
    let aged = script::is_uppercase(view.first) && !view.latin_heading && aged_row(text);
    let tally = tally || (aged && view.clause && (view.last.is_alphabetic() || view.last == '.'));
    // (Or a line of two times of day: `Zon op 08.27, onder 16.31`.)
    let clocks = (view.last.is_ascii_digit() || matches!(view.last, 'r' | 'h'))
        && !view.cjk
        && !view.ends_sentence
        && script::is_uppercase(view.first)
        && two_clocks(text);
    view.tally = tally;
    view.dateline |= !view.cjk && (dash_dateline(text) || timed_opener(text) || salutation(text));
    view.caps_lead = script::is_uppercase(view.first) && caps_lead(text);
    view.caps_lede = view.caps_lead && caps_lede(text);
    view.caps_tail = !view.cjk && script::is_uppercase(view.last) && caps_lead(last_word(text));
    view.capital_tail =
        !view.cjk && view.last.is_alphabetic() && last_word(text).starts_with(char::is_uppercase);
    view.place_mark = !view.cjk && script::is_uppercase(view.first) && place_mark(text);
    view.place_title = view.cjk
        && !view.clause
        && !view.ends_sentence
        && view.marker == 0
        && place_slash_title(text);
    // (Or a title and a given name, the name going on: `Cllr Ann` /
    // `Moss said …`.)
    // (Or an article opening a sentence at the line's end: `…
    // zu prüfen. Ihre` / `Sprecherin …`.)
    view.open_end = !view.cjk
        && ((view.last.is_lowercase() && is_function_word(last_word(text)))
            || (view.last.is_alphabetic() && ends_in_titled_name(text))
            || (view.last.is_lowercase() && opens_sentence_at_end(text)));
    view.ends_in_article = view.open_end && !is_conjunction(last_word(text));
    view.ends_in_preposition = view.ends_in_article
        || (view.last.is_ascii_lowercase()
            && matches!(
                last_word(text),
                "past"
                    | "against"
                    | "after"
                    | "before"
                    | "behind"
                    | "beyond"
                    | "toward"
                    | "towards"
                    | "despite"
                    | "amid"
                    | "onto"
                    | "gegen"
                    | "nach"
            ));
    view.verb_end = !view.cjk
        && view.last.is_ascii_lowercase()
        && if view.last == 's' {
            headline_verb(last_word(text))
        } else {
            plural_headline_verb(text)
        };
    OwnText {
        gapped,
        gaps,
        short_cells,
        figure_end,
        glued_end,
        clocks,
        score,
        tally,
        aged,
    }
}

/// Reads `text`, the line measured as `view` with its caption marker
/// settled, for the marks of a caption's credit, a subhead behind a
/// marker, an interview's turn and a fact box's label, and sets those
/// flags of `view`.
pub(super) fn read_credit_marks(view: &mut View, text: &str) {
    view.subhead = view.marker > 0 && text.starts_with(MARKER_CHARS) && subhead_text(view, text);
    // Decided below, once the lines after it are known.
    view.credit_caption = view.cjk && equals_credit(text);
    view.slash_credit = slash_credit(view, text);
    view.turn = interview_turn(view, text);
    // (A CJK label may stand over a value in figures that makes
    // the line read as Latin: `咨询电话：0575-88001234`.)
    view.entry_label = (text.as_bytes().first().is_some_and(|&b| b >= 0xe0)
        && cjk_entry_label(text))
        || (!view.cjk && latin_entry_label(text));
    view.field_row = view.entry_label && view.cjk && cjk_field_row(text);
    // (In brackets too: `…用餐。（吴秀玲摄）`.)
    let unbracketed = text.strip_suffix('）').unwrap_or(text);
    view.credit_end = (view.cjk
        && (unbracketed.ends_with(['攝', '摄'])
            || unbracketed.ends_with("撮影")
            || unbracketed.ends_with("攝影")
            || unbracketed.ends_with("摄影")
            || unbracketed.ends_with("提供")
            // (Or an agency's release: `…觅食。新华社发`.)
            || (unbracketed.ends_with(['发', '發'])
                && unbracketed
                    .rsplit_once('。')
                    .is_some_and(|(_, credit)| credit.contains('社')))))
        || (view.last == ')' && bracketed_credit(text))
        // (Or a Japanese photographer's credit in brackets at the
        // caption's end: `…森川悠斗（撮影・小林誠）`.)
        || (view.last == '）'
            && text
                .rsplit_once('（')
                .is_some_and(|(_, credit)| photographer_label(credit)));
    // (Or unbracketed after a sentence's end: `… in Stuttgart. Foto: Lea
    // Brenner`.)
    let labelled_credit = !view.cjk && view.last.is_alphabetic() && stop_then_photo_credit(text);
    view.credit_end |= labelled_credit;
    view.sentence_credit = view.credit_end && view.cjk && cjk_sentence_then_credit(text);
    view.stop_before_credit = labelled_credit
        || (view.credit_end
            && !view.cjk
            && text.rsplit_once('(').is_some_and(|(before, credit)| {
                before.trim_end().ends_with(['.', '!', '?']) || credit.contains(':')
            }));
}

/// `credit`, the text after a bracket, opens with a Japanese or Chinese
/// photographer's label (`撮影・`, `写真：`, `攝影：`).
fn photographer_label(credit: &str) -> bool {
    ["撮影・", "撮影：", "写真・", "写真：", "攝影：", "摄影："]
        .iter()
        .any(|l| credit.starts_with(l))
}

/// A CJK photographer's credit in brackets wrapped over a line's end:
/// `open` after the bracket on one line, `text` the next line, closing it
/// (`撮` / `影・小林拓也）`).
pub(super) fn cjk_wrapped_credit(open: &str, text: &str) -> bool {
    // (The label is at most three characters: what of it is not on this
    // line is on the next.)
    photographer_label(open)
        || open.len() <= 9 && {
            let mut label = String::with_capacity(open.len() + 12);
            label.push_str(open);
            label.extend(text.chars().take(3));
            photographer_label(&label)
        }
}
