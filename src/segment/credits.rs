//! Which lines a photo's credit closes into a caption: the few lines
//! above a credit line, a CJK sentence ending in its photographer's name,
//! a Latin group ending in a credit in brackets.

use super::cues::{equals_caption_end, equals_caption_start};
use super::table::Candidate;
use super::{View, CAPTION_GROUP_LINES, CAPTION_LINES, CREDITED_LINES};

/// How much wider than its column (in tenths) a line set inside a
/// paragraph is, as a caption set across columns.
const WIDE_CAPTION: u64 = 12;

/// Sets [`View::credited`] on the lines a credit closes into a caption
/// (1 on its first line, 2 on the others), and settles
/// [`View::credit_caption`] on a CJK line that reads as one (`…＝写真`).
/// `candidates` are the lines that may be rows of a table, by index.
pub(super) fn mark_credited(v: &mut [View], candidates: &[Candidate]) {
    for k in 0..v.len() {
        if v[k].credit_caption {
            v[k].credit_caption = false;
            let start = equals_caption_start(v, k);
            match start.and_then(|start| Some((start, equals_caption_end(v, start)?))) {
                Some((start, end)) if end > start => {
                    v[start].credited = 1;
                    v[start + 1..=end].iter_mut().for_each(|x| x.credited = 2);
                }
                Some((start, _)) => v[start].credit_caption = true,
                None => {}
            }
        }
        // A credit line (by label, by a slash, a CJK photographer's)
        // that closes a group of a few lines set apart by blank lines:
        // the lines above it are its caption. Without a blank line, a
        // sentence alone on the line or two above, after a sentence's
        // end, is its caption, where the text after the credit opens
        // anew.
        // A name in capitals alone under a sentence (`ODILE MEYLAN`,
        // `AJUNTAMENT DE PALAFRUGELL`) credits a group set apart by
        // blank lines only: elsewhere it may be a byline.
        let caps_credit = k > 0 && v[k].all_caps && v[k].names && v[k - 1].ends_sentence;
        // (A table's note credits no caption.)
        if v[k].source_note {
            continue;
        }
        // (Or a Latin credit in brackets alone on its line: `(Fotoğraf:
        // Serkan Aydın)`.)
        let bracketed = !v[k].cjk && v[k].first == '(' && v[k].credit_end;
        let credit =
            v[k].credit_label || v[k].slash_credit || v[k].photo_credit || caps_credit || bracketed;
        // A candidate row (not a label's) with another right above or
        // below it: a table's row, where a line alone that ends in a
        // score (`Luca Marchionni esulta dopo il 3-1`) is none.
        let candidate = |y: usize| candidates.binary_search_by_key(&y, |c| c.line).ok();
        let in_rows = |y: usize| {
            candidate(y).is_some_and(|c| !candidates[c].label)
                && ((y > 0 && !v[y].blank_before && candidate(y - 1).is_some())
                    || v.get(y + 1).is_some_and(|n| !n.blank_before) && candidate(y + 1).is_some())
        };
        // A credit alone between blank lines under a caption behind a
        // marker belongs to it (`▲ Einsatzkräfte der Bergrettung` /
        // `am Hochstaffkogel.` / blank / `FOTO: APA/BERGRETTUNG`); so does
        // one set right under it, a blank line after (`■ Hall committee
        // members …` / `… outside Ferncliff Hall.` / `PHOTO: SUPPLIED`).
        if credit && !caps_credit && v.get(k + 1).is_none_or(|n| n.blank_before || n.furniture) {
            let top = (k.saturating_sub(CAPTION_GROUP_LINES)..k)
                .rev()
                .find(|&x| x == 0 || v[x].blank_before);
            if top.is_some_and(|t| v[t].marker > 0 && (t + 1..k).all(|y| v[y].marker == 0)) {
                v[k].credited = 2;
                continue;
            }
        }
        // A credit alone between blank lines under a sentence's end is a
        // caption of its own (`…終於等到這一天！」` / blank / `圖片來源：
        // 葉芷晴Instagram` / blank): the photo's.
        // (Or, wholly in brackets, over text: `（讀者提供）` / `有熟客…`.)
        if credit
            && !caps_credit
            && v[k].blank_before
            && k > 0
            && v[k - 1].ends_sentence
            && (v.get(k + 1).is_none_or(|n| n.blank_before || n.furniture)
                || (matches!(v[k].first, '（' | '(') && matches!(v[k].last, '）' | ')')))
        {
            v[k].credited = 1;
            continue;
        }
        // A CJK credit alone under a line set across the text's column,
        // half as wide again, the paragraph going on under both, closes
        // that line's caption: `…朋友曾勸他` / `陳男的自小客車撞上分隔島後車頭全毀，所幸未波及
        // 其他用路人。` / `（翻攝畫面）` / `搭計程車回家，…`.
        if v[k].photo_credit
            && v[k].cjk
            && v[k].credited == 0
            && k > 1
            && !v[k].blank_before
            && !v[k - 1].blank_before
            && v[k - 1].cjk
            && v[k - 1].marker == 0
            && v[k - 1].credited == 0
            && v.get(k + 1).is_some_and(|n| {
                let around = n.width.max(v[k - 2].width);
                n.cjk && v[k - 2].cjk && !n.blank_before && 2 * v[k - 1].width >= 3 * around
            })
        {
            v[k - 1].credited = 1;
            v[k].credited = 2;
            continue;
        }
        if credit && !v[k].blank_before && k > 0 {
            let next = v.get(k + 1);
            // (A running foot under it ends the group as a blank
            // line does.)
            let first = if next.is_none_or(|n| n.blank_before || n.furniture) {
                // (A credit in capitals under the text's top may be
                // its byline.)
                // (At the text's top, a group of a caption's
                // lines under a credit, no more.)
                (k.saturating_sub(CAPTION_GROUP_LINES)..k)
                    .rev()
                    .find(|&x| (x == 0 && !caps_credit && k <= CREDITED_LINES) || v[x].blank_before)
                    // (No table's row, but a label's: `Source :
                    // Euronext` under a table credits no caption; nor
                    // text going on over a column break: `“Mấy năm đầu
                    // năng` / blank / `suất giảm, …`.)
                    .filter(|&x| {
                        let goes_on = x > 0 && v[x].first.is_lowercase() && !v[x - 1].ends_sentence;
                        !goes_on
                            && (x..k).all(|y| {
                                v[y].marker == 0 && (y == x || !v[y].blank_before) && !in_rows(y)
                            })
                    })
            } else {
                None
            };
            // A caption set inside a paragraph that it cuts mid-sentence,
            // the paragraph going on in lowercase under its credit (`… Tam`
            // / blank / `Traktůrek skončil v příkopu.` / `Foto: Policie
            // ČR` / `objel dvakrát …`): the lines from the blank line, from
            // a line wider than the column or from a lead-in in capitals
            // (`MATCHVINNARE. Elias Nyström …`), down to the credit.
            let first = first.or_else(|| {
                let resumes = !caps_credit
                    && next.is_some_and(|n| n.first.is_lowercase() && !n.cjk && !n.blank_before);
                if !resumes {
                    return None;
                }
                // (Wider than the column: than the lines above and under it.)
                let column = v[k + 1].width.max(
                    v.get(k + 2)
                        .filter(|n| !n.blank_before)
                        .map_or(0, |n| n.width),
                );
                let wide = |y: usize| {
                    u64::from(v[y].width) * 10
                        > u64::from(column.max(v[y - 1].width)) * WIDE_CAPTION
                };
                (k.saturating_sub(CAPTION_LINES + 1)..k)
                    .rev()
                    .find(|&x| x > 0 && (v[x].blank_before || wide(x) || v[x].caps_lead))
                    .filter(|&x| {
                        let cut = !v[x - 1].ends_sentence
                            && (v[x - 1].last.is_alphanumeric()
                                || matches!(v[x - 1].last, ',' | '-'));
                        cut && (x + 1..k).all(|y| !v[y].blank_before)
                            && v[x].first.is_uppercase()
                            && (x..k).all(|y| v[y].marker == 0 && !v[y].cjk && !in_rows(y))
                    })
            });
            let first = first.or_else(|| {
                if caps_credit
                    || next.is_some_and(|n| n.first.is_lowercase())
                    || !v[k - 1].ends_sentence
                {
                    return None;
                }
                (k.saturating_sub(CAPTION_LINES)..k).find(|&x| {
                    // (At the text's top, only a line alone.)
                    let opens = if x == 0 {
                        k == 1
                    } else {
                        v[x].blank_before || v[x - 1].ends_sentence
                    };
                    opens
                        && (v[x].first.is_uppercase() || v[x].cjk)
                        && (x..k).all(|y| {
                            v[y].marker == 0
                                && !v[y].inner_stop
                                && (y + 1 == k || !v[y].ends_sentence)
                                && (y == x || !v[y].blank_before)
                        })
                })
            });
            // Otherwise, under text that has ended its sentence, the
            // credit is a caption alone (`…an der frischen Luft
            // bewegen.` / `Grafik: Deutscher Wetterdienst`): it never
            // joins the body text.
            let first = first.or_else(|| {
                if caps_credit {
                    return None;
                }
                let marked = (k.saturating_sub(CREDITED_LINES)..k)
                    .rev()
                    .take_while(|&y| y + 1 == k || !v[y + 1].blank_before)
                    .any(|y| v[y].marker > 0);
                // (Or under a table's row, a photo's credit; a
                // source's note is taken above.)
                let under_row = in_rows(k - 1);
                ((v[k - 1].ends_sentence || under_row)
                    && !marked
                    && next.is_none_or(|n| !n.first.is_lowercase()))
                .then_some(k)
            });
            if let Some(first) = first {
                v[first].credited = 1;
                for x in &mut v[first + 1..=k] {
                    x.credited = 2;
                }
            }
        }
        // A CJK line alone whose sentence ends before its credit, after
        // a sentence's end, is a caption of its own line (`衛福部長在立法院
        // 答詢時表示，…挑戰。記者張志豪／攝影`, `…用餐。（吴秀玲摄）`).
        if v[k].credit_end
            && v[k].cjk
            && v[k].marker == 0
            && v[k].credited == 0
            && (v[k].blank_before || (k > 0 && v[k - 1].ends_sentence))
            && v[k].sentence_credit
        {
            v[k].credited = 1;
            continue;
        }
        // (Or a CJK line set across the text's column inside a paragraph
        // that goes on under it, half as wide again as the lines about it:
        // `…婚姻届を提出した。挙` / `昨年の主演映画の舞台あいさつに登場した
        // 森川悠斗（撮影・小林誠）` / `式や披露宴の予定は…`.)
        if (v[k].credit_end || v[k].credit_caption)
            && v[k].cjk
            && v[k].marker == 0
            && v[k].credited == 0
            && k > 0
            && v.get(k + 1).is_some_and(|n| {
                let around = n.width.max(v[k - 1].width);
                n.cjk && v[k - 1].cjk && !n.blank_before && 2 * v[k].width >= 3 * around
            })
        {
            v[k].credit_caption = false;
            v[k].credited = 1;
            continue;
        }
        // (Or the last line of a CJK group set apart by blank lines:
        // `图为白鹭在湖边湿地` / `觅食。新华社发` / blank; the credit in
        // brackets, no sentence need end before it: `九回裏、サヨナラ打を
        // 放ちガッツ` / `ポーズする北陽学園の大野（撮` / `影・小林拓也）`.)
        if v[k].credit_end
            && v[k].cjk
            && (v[k].sentence_credit || v[k].last == '）')
            && v[k].credited == 0
            && !v[k].blank_before
            && v.get(k + 1).is_none_or(|n| n.blank_before)
        {
            let first = (k.saturating_sub(CAPTION_GROUP_LINES)..k)
                .rev()
                .find(|&x| v[x].blank_before)
                .filter(|&x| (x..=k).all(|y| v[y].cjk && v[y].marker == 0 && !v[y].byline))
                .filter(|&x| (x..k).all(|y| !v[y].ends_sentence));
            if let Some(first) = first {
                v[first].credited = 1;
                for x in &mut v[first + 1..=k] {
                    x.credited = 2;
                }
                continue;
            }
        }
        // A Latin group set apart by blank lines (or a running foot
        // under it) whose last line ends in a credit in brackets is a
        // caption (`I carabinieri davanti alla farmacia di` / `via
        // Tiburtina dopo la rapina (foto Sabatini)`).
        // (Or a line alone, set tight between the end of a sentence and
        // a capital: `… sagt ein Sprecher.` / `Das Motorschiff bei einer
        // Probefahrt. (Bild: Urs Graf/Keystone)` / `In Riedikon …`.)
        let closed = v.get(k + 1).is_none_or(|n| n.blank_before || n.furniture);
        let alone = k > 0
            && v[k].stop_before_credit
            && v[k - 1].ends_sentence
            && v[k].first.is_uppercase()
            && v.get(k + 1).is_some_and(|n| n.first.is_uppercase());
        if v[k].credit_end && !v[k].cjk && v[k].credited == 0 && (closed || alone) {
            // (At the text's top, a group of a caption's lines, no
            // more: the text's first lines are no caption.)
            let first = if closed {
                (k.saturating_sub(CAPTION_GROUP_LINES)..=k)
                    .rev()
                    .find(|&x| (x == 0 && k < CREDITED_LINES) || v[x].blank_before)
            } else {
                Some(k)
            }
            .filter(|&x| (x..=k).all(|y| v[y].marker == 0 && !v[y].byline));
            if let Some(first) = first {
                v[first].credited = 1;
                for x in &mut v[first + 1..=k] {
                    x.credited = 2;
                }
            }
        }
    }
}
