//! Property tests of the repair stage: fast paths against plain ones,
//! and repairs that keep the text.

use super::*;
use super::{across::*, noise::*};
use crate::lines::LineIndices;
use proptest::prelude::*;

fn repair(input: &str) -> String {
    let lines: Vec<Line> = LineIndices::new(input).collect();
    let edits = find_doubled(input, &lines, &Options::new());
    let mut out = String::new();
    let mut pos = 0;
    for e in &edits {
        out.push_str(&input[pos..e.span.start]);
        pos = e.span.end;
    }
    out.push_str(&input[pos..]);
    out
}

/// Words of distinct letters, no letter shared between words.
/// [`distinct_words`] of at least six characters in all: a label long
/// enough to be evidence (filtered locally, so that no run of rejected
/// cases ends the test).
fn long_enough() -> impl Strategy<Value = Vec<String>> {
    distinct_words().prop_filter("at least six characters", |w| {
        w.iter().map(|x| x.chars().count()).sum::<usize>() >= 6
    })
}

fn distinct_words() -> impl Strategy<Value = Vec<String>> {
    Just(
        "的是不了人我在有他這中大來上國個到說們為子和你地出道也時年"
            .chars()
            .collect::<Vec<char>>(),
    )
    .prop_shuffle()
    .prop_flat_map(|pool| {
        proptest::collection::vec(1usize..4, 1..8).prop_map(move |sizes| {
            let mut words = Vec::new();
            let mut at = 0;
            for s in sizes {
                if at + s > pool.len() {
                    break;
                }
                words.push(pool[at..at + s].iter().collect::<String>());
                at += s;
            }
            words
        })
    })
}

/// Pages of short lines over a small alphabet, many of them doubled
/// in one of the ways fake bold doubles text, or repeating a neighbour.
fn page() -> impl Strategy<Value = String> {
    let line = ("[ab年天：1 \u{3000}]{0,10}", 0usize..7).prop_map(|(s, mode)| match mode {
        0 => s,
        1 => s.chars().flat_map(|c| [c, c]).collect(),
        2 => s.chars().flat_map(|c| [c; 4]).collect(),
        3 => s.repeat(2),
        4 => format!("{s} {s}"),
        5 => s
            .split(' ')
            .map(|w| w.repeat(2))
            .collect::<Vec<_>>()
            .join(" "),
        _ => s.chars().flat_map(|c| [c, c]).chain(s.chars()).collect(),
    });
    (
        proptest::collection::vec(line, 0..8),
        proptest::collection::vec(any::<bool>(), 8),
    )
        .prop_map(|(lines, dup)| {
            let mut out = String::new();
            for (l, d) in lines.iter().zip(dup) {
                out.push_str(l);
                out.push('\n');
                if d {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            out
        })
}

proptest! {
    #[test]
    fn fast_parse_matches_reference(s in "[ab c]{0,40}", k in prop_oneof![Just(2usize), Just(4usize)]) {
        let chars: Vec<char> = s.chars().collect();
        prop_assert_eq!(fast_powers(&chars, k), reference_powers(&chars, k));
    }

    #[test]
    fn fast_parse_matches_reference_on_doubles(parts in proptest::collection::vec("[abc]{1,5}", 1..6)) {
        let s: String = parts.iter().map(|p| p.repeat(2)).collect();
        let chars: Vec<char> = s.chars().collect();
        for k in [2, 4] {
            prop_assert_eq!(fast_powers(&chars, k), reference_powers(&chars, k));
        }
    }

    #[test]
    fn greedy_split_matches_full_parse(
        parts in proptest::collection::vec(("[ab c]{1,6}", 0usize..4), 0..8),
    ) {
        // Pieces printed once, twice, four times, or twice with their
        // first character again: greedy splits that finish, stop at the
        // start or get stuck.
        let s: String = parts
            .iter()
            .map(|(p, m)| match m {
                0 => p.clone(),
                1 => p.repeat(2),
                2 => p.repeat(4),
                _ => format!("{}{}", p.repeat(2), &p[..1]),
            })
            .collect();
        let chars: Vec<char> = s.chars().collect();
        let want = [4, 2]
            .into_iter()
            .find_map(|k| fast_powers(&chars, k).map(|v| (k, v)));
        prop_assert_eq!(split_pieces(&chars), want);
    }

    #[test]
    fn one_power_parse_matches_joint_parse(
        parts in proptest::collection::vec(("[ab c]{1,4}", 1usize..5), 0..10),
    ) {
        let s: String = parts.iter().map(|(p, m)| p.repeat(*m)).collect();
        let chars: Vec<char> = s.chars().collect();
        let (mut c2, mut c4, mut c) = (Vec::new(), Vec::new(), Vec::new());
        let (ok4, ok2) = power_parse(&chars, &mut c2, &mut c4);
        prop_assert_eq!(power_parse_for::<2>(&chars, &mut c), ok2);
        if ok2 {
            prop_assert_eq!(pieces(&chars, 2, &c), pieces(&chars, 2, &c2));
        }
        prop_assert_eq!(power_parse_for::<4>(&chars, &mut c), ok4);
        if ok4 {
            prop_assert_eq!(pieces(&chars, 4, &c), pieces(&chars, 4, &c4));
        }
    }

    #[test]
    fn doubled_char_matches_plain_test(s in "[aé年 \t]{0,12}") {
        for j in 0..=s.len() + 1 {
            for end in j..=s.len() + 1 {
                prop_assert_eq!(doubled_char_at(&s, j, end), doubled_char_at_simple(&s, j, end));
            }
        }
    }

    #[test]
    fn per_char_from_first_pair_matches_whole_scan(page in page()) {
        // Starting at the first doubled character (as the pair scan
        // finds it) finds what a scan of the whole line finds.
        let lines: Vec<Line> = LineIndices::new(&page).collect();
        let mut pairs = PairScan::new(&page);
        for line in lines.iter().filter(|l| !l.is_blank()) {
            let text = line.text(&page);
            pairs.stretch_possible(line.trimmed.clone());
            let from = pairs.first - line.trimmed.start;
            let plain = (0..text.len())
                .find(|&j| doubled_char_at_simple(text, j, text.len()).is_some())
                .unwrap_or(text.len());
            prop_assert_eq!(from, plain);
            let run = |from: usize| {
                let mut finder = Finder::new(&page, &lines, 2, true);
                finder.per_char(0, text, line.trimmed.start, from);
                let found: Vec<_> = finder
                    .findings
                    .iter()
                    .map(|f| (f.strong, finder.spans[f.spans.clone()].to_vec()))
                    .collect();
                found
            };
            prop_assert_eq!(run(from), run(0));
        }
    }

    #[test]
    fn edges_on_chars_match_edges_on_text(s in "[ab \u{3000}é]{0,300}") {
        let chars: Vec<char> = s.chars().filter(|c| !is_space(*c)).collect();
        prop_assert_eq!(edges_repeat_chars(&chars), edges_repeat(&s));
    }

    #[test]
    fn block_search_matches_simple_search(
        parts in proptest::collection::vec(("[aé年😀 \t\n\u{3000}\u{c}x]{1,3}", 1usize..4), 0..80),
        froms in proptest::collection::vec(any::<proptest::sample::Index>(), 1..20),
    ) {
        // Characters printed once or more, across several blocks.
        let s: String = parts.iter().map(|(p, m)| p.repeat(*m)).collect();
        let mut froms: Vec<usize> = froms.iter().map(|i| i.index(s.len() + 1)).collect();
        // In order, as the scan asks (the cached block is reused), then
        // in any order.
        froms.sort_unstable();
        let mut scan = PairScan::new(&s);
        for &from in &froms {
            prop_assert_eq!(scan.find(from), find_pair_simple(&s, from), "{}", from);
        }
        froms.reverse();
        for &from in &froms {
            prop_assert_eq!(scan.find(from), find_pair_simple(&s, from), "{}", from);
        }
    }

    #[test]
    fn overlap_matches_plain_words(
        pre in "[abé年 ,.1]{0,8}",
        w in "[abé年1]{0,70}",
        post in "[abé年 ,.1]{0,8}",
        cut in 0usize..3,
    ) {
        // A word that ends one line and starts the next, sometimes cut.
        let a = format!("{pre}{w}");
        let b: String = w.chars().skip(cut).collect::<String>() + &post;
        prop_assert_eq!(overlap(&a, &b), overlap_words(&a, &b));
        prop_assert_eq!(overlap(&b, &a), overlap_words(&b, &a));
    }

    #[test]
    fn noise_tests_by_one_byte_rule_out_no_noise(line in "[a1 .|~`·。—]{0,4}") {
        prop_assert_eq!(is_noise(&line), is_noise_plain(&line));
        prop_assert_eq!(trailing_mark(&line), trailing_mark_plain(&line));
    }

    #[test]
    fn glued_ends_match_the_search_from_the_marks(
        line in "(A|a|年|。|：|[.:?]| |\u{e9}){1,40}",
        long in "(A|[.:?]|年|。){250,270}",
    ) {
        for l in [&line, &long] {
            let b = l.as_bytes();
            prop_assert_eq!(glued_ends(b).collect::<Vec<_>>(), glued_ends_reference(b));
        }
    }

    #[test]
    fn doubled_marks_match_the_search_line_by_line(
        lines in proptest::collection::vec("([ 　a年]|，|。|：|；|、|！|\u{ff0c}\u{ff0c}|。。|\r){0,12}", 0..12),
        gone in proptest::collection::vec(proptest::bool::ANY, 12),
    ) {
        let page = lines.join("\n");
        let lines: Vec<Line> = LineIndices::new(&page).collect();
        let finder = Finder::new(&page, &lines, 6, true);
        let deleted: Vec<bool> = (0..lines.len()).map(|i| gone[i % gone.len()]).collect();
        let (mut fast, mut plain) = (Vec::new(), Vec::new());
        finder.doubled_marks(&deleted, &mut fast);
        finder.doubled_marks_reference(&deleted, &mut plain);
        prop_assert_eq!(fast, plain);
    }

    #[test]
    fn block_prefilter_matches_plain_search(
        lines in proptest::collection::vec("[ab]{0,2}|abc|a b", 0..24),
    ) {
        // A few different lines, so that some repeat at every distance.
        let page = lines.join("\n");
        let lines: Vec<Line> = LineIndices::new(&page).collect();
        let finder = Finder::new(&page, &lines, 6, true);
        prop_assert_eq!(finder.may_hold_block(), finder.may_hold_block_simple());
    }

    #[test]
    fn clean_words_get_no_edits(words in distinct_words()) {
        let line = words.concat() + "\n";
        prop_assert_eq!(repair(&line), line.clone());
        let spaced = words.join(" ") + "\n";
        prop_assert_eq!(repair(&spaced), spaced.clone());
    }

    #[test]
    fn doubling_every_char_is_undone(words in long_enough()) {
        // A doubled mark ends the label, as it does in real bold labels.
        let clean = words.concat() + "：";
        let doubled: String = clean.chars().flat_map(|c| [c, c]).collect();
        prop_assert_eq!(repair(&(doubled + "\n")), clean + "\n");
    }

    #[test]
    fn doubling_every_run_is_undone(words in long_enough()) {
        let clean = words.concat() + "：";
        let doubled: String = words.iter().map(|w| w.repeat(2)).collect::<String>() + "：：";
        prop_assert_eq!(repair(&(doubled + "\n")), clean + "\n");
    }

    #[test]
    fn prefilters_change_nothing(page in page()) {
        let lines: Vec<Line> = LineIndices::new(&page).collect();
        let options = Options::new();
        prop_assert_eq!(
            find_doubled_with(&page, &lines, &options, true),
            find_doubled_with(&page, &lines, &options, false)
        );
        let options = options.min_doubled_chars(2);
        prop_assert_eq!(
            find_doubled_with(&page, &lines, &options, true),
            find_doubled_with(&page, &lines, &options, false)
        );
    }

    #[test]
    fn prefilters_never_reject_a_candidate(page in page()) {
        // Each pre-filter on its own, line by line: whatever the full
        // test or scan would accept, the pre-filter lets through.
        let lines: Vec<Line> = LineIndices::new(&page).collect();
        let mut pairs = PairScan::new(&page);
        for line in lines.iter().filter(|l| !l.is_blank()) {
            let text = line.text(&page);
            if edges_repeat(text) {
                prop_assert!(may_be_power(text), "{:?}", text);
            }
            let mut finder = Finder::new(&page, &lines, 2, false);
            finder.per_char(0, text, line.trimmed.start, 0);
            let stretch = pairs.stretch_possible(line.trimmed.clone());
            prop_assert!(stretch || finder.findings.is_empty(), "{:?}", text);
        }
        for pair in lines.windows(2) {
            let (a, b) = (pair[0].text(&page), pair[1].text(&page));
            if a.is_empty() || b.is_empty() {
                continue;
            }
            prop_assert_eq!(compare(a, b), compare_chars(a, b));
            // The line records' edges tell what `compare` tells first.
            if pair[0].first != pair[1].first && pair[0].last != pair[1].last {
                prop_assert_eq!(compare(a, b), Relation::Other);
            }
            prop_assert_eq!(overlap(a, b), overlap_words(a, b));
        }
    }

    #[test]
    fn passage_printed_twice_is_undone(
        // Words long enough that every line is prose (20 columns or
        // more), as the rule asks of one line at least.
        words in proptest::collection::vec("[a-z]{5,8}", 30),
        n in 2usize..14,
        at in any::<proptest::sample::Index>(),
        k in 2usize..=8,
        blank in any::<bool>(),
    ) {
        // A word whose every letter is printed twice (`iirrdd`) is a
        // copy beside the passage's doubling: no prose word is one.
        let all_doubled = |w: &str| {
            let b = w.as_bytes();
            b.len() % 2 == 0 && b.chunks(2).all(|p| p[0] == p[1])
        };
        proptest::prop_assume!(!words.iter().any(|w| all_doubled(w)));
        // Different lines of prose; lines `from..from + k` printed twice.
        let lines: Vec<String> = (0..n)
            .map(|i| format!("{} {} {} line {i}", words[i], words[i + 1], words[i + 2]))
            .collect();
        let k = k.min(n);
        let from = at.index(n - k + 1);
        let clean = lines.join("\n") + "\n";
        let mut page = String::new();
        for (i, l) in lines.iter().enumerate() {
            page.push_str(l);
            page.push('\n');
            if i + 1 == from + k {
                if blank {
                    page.push('\n');
                }
                for l in &lines[from..from + k] {
                    page.push_str(l);
                    page.push('\n');
                }
            }
        }
        let nonws = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        prop_assert_eq!(nonws(&repair(&page)), nonws(&clean));
        prop_assert_eq!(repair(&clean), clean.clone());
    }

    #[test]
    fn square_copies_agree_on_bytes_and_characters(
        parts in proptest::collection::vec("[a-h ]{1,9}", 1..8),
        twice in proptest::collection::vec(proptest::bool::ANY, 8),
    ) {
        let mut s = String::new();
        for (p, t) in parts.iter().zip(&twice) {
            s.push_str(p);
            if *t {
                s.push_str(p);
            }
        }
        let chars: Vec<char> = s.chars().collect();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        square_copies(s.as_bytes(), 6, |x| x == b' ', &mut a);
        square_copies(&chars, 6, |c| c == ' ', &mut b);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn square_copies_agree_with_the_reference(
        parts in proptest::collection::vec("[a-d ]{1,9}", 1..10),
        times in proptest::collection::vec(1usize..4, 10),
        min in 2usize..7,
    ) {
        let mut s = String::new();
        for (p, &t) in parts.iter().zip(&times) {
            s.push_str(&p.repeat(t));
        }
        let (mut a, mut b) = (Vec::new(), Vec::new());
        square_copies(s.as_bytes(), min, |x| x == b' ', &mut a);
        square_copies_reference(s.as_bytes(), min, |x| x == b' ', &mut b);
        prop_assert_eq!(&a, &b);
        let chars: Vec<char> = s.chars().collect();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        square_copies(&chars, min, |c| c == ' ', &mut a);
        square_copies_reference(&chars, min, |c| c == ' ', &mut b);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn never_panics(s in "[a-cé年 \n\r\u{3000}]{0,80}") {
        let lines: Vec<Line> = LineIndices::new(&s).collect();
        let edits = find_doubled(&s, &lines, &Options::new());
        let mut pos = 0;
        for e in &edits {
            prop_assert!(e.span.start >= pos && e.span.start < e.span.end);
            prop_assert!(s.is_char_boundary(e.span.start) && s.is_char_boundary(e.span.end));
            pos = e.span.end;
        }
    }
}
